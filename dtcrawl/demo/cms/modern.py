"""Modern slug family (cds-tayphong): HTML5, JSON-LD, sitemap.

URL shapes:
- home ``/vi`` (``/`` redirects there; ``/vi/`` is the same page);
- article ``/vi/bai-viet/<slug>`` (a trailing slash serves it too);
- listing ``/vi/tin-tuc?page=N``, per category ``/vi/chuyen-muc/<slug>?page=N`` (pagination
  links are query-only, ``?page=2``);
- search ``/vi/tim-kiem?q=…`` (disallowed in robots.txt, linked from article tags);
- ``/sitemap.xml`` (a sitemap index named only in robots.txt) → ``/sitemaps/bai-viet.xml``,
  ``/sitemaps/chuyen-muc.xml``.
Articles carry ``<link rel="canonical">``, ``article:published_time``, ``<time datetime>`` and a
JSON-LD NewsArticle; photos are ``figure``/``figcaption``; the byline is "Tin, ảnh: …".
"""

from __future__ import annotations

import json
from urllib.parse import quote

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    dmy,
    esc,
    image_path,
    iso_vn,
    page_number,
    pager_window,
    poll,
    reuse_notice,
    slugify,
    stable_int,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    with_param,
)

HOME = "/vi"
NEWS = "/vi/tin-tuc"
SEARCH = "/vi/tim-kiem"
TAGS = ("chuyển đổi số", "chính quyền số", "dịch vụ công trực tuyến", "kinh tế số", "dữ liệu số")


class ModernSite(CmsSite):
    family_headers = {"Server": "nginx/1.24.0", "X-Powered-By": "Next.js"}
    image_folder = "/uploads/images"

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/vi/bai-viet/{slugify(item.title)}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = NEWS if self.is_news(section) else f"/vi/chuyen-muc/{section.slug}"
        return base if page == 1 else f"{base}?page={page}"

    def home_path(self) -> str:
        return HOME

    def extra_paths(self) -> dict[str, str]:
        return {"sitemap": "/sitemap.xml"}

    def link(self, item: Item, seed: str) -> str:
        path = self.article_path(item)
        if item.kind != "article":  # broken pages have one URL only, so tests can find them
            return path
        roll = stable_int(seed + item.key, 0, 9)
        if roll < 2 and "tracking_utm" in self.portal.features:
            return with_param(path, "utm_source=zalo&utm_medium=share")
        if roll == 2 and "trailing_slash" in self.portal.features:
            return path + "/"
        return path

    def robots_txt(self, request: Request) -> str:
        return super().robots_txt(request) + f"\nSitemap: {request.base_url}/sitemap.xml\n"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path.rstrip("/") or "/"
        if path == "/":
            return Response(301, {"Location": HOME}, b"")
        if path == HOME:
            return self.html_response(self.home_html(request))
        if path == "/sitemap.xml":
            return self.xml_response(self.sitemap_index(request))
        if path == "/sitemaps/bai-viet.xml":
            return self.xml_response(self.sitemap_articles(request))
        if path == "/sitemaps/chuyen-muc.xml":
            return self.xml_response(self.sitemap_sections(request))
        if path.startswith("/vi/bai-viet/"):
            item = self.by_path.get(path)
            return self.article_response(item, request) if item else None
        page = page_number(request.params.get("page"))
        if path == NEWS:
            return self.listing_response(None, page, request)
        if path.startswith("/vi/chuyen-muc/"):
            section = self.section_by_slug(path.rsplit("/", 1)[1])
            return self.listing_response(section, page, request) if section else None
        if path == SEARCH:
            return self.search_response(request)
        return None

    def listing_response(
        self, section: Section | None, page: int, request: Request
    ) -> Response | None:
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:  # an empty section still has its (empty) first page
            return None
        shown = section or self.news
        return self.html_response(self.listing_html(shown.name, items, page, pages, request))

    def search_response(self, request: Request) -> Response:
        words = request.params.get("q", "").lower().split()
        hits = [
            it
            for it in self.items
            if it.kind == "article" and all(w in it.title.lower() for w in words)
        ]
        page = page_number(request.params.get("page"))
        items, pages = self.page_of(hits, page)
        title = f"Kết quả tìm kiếm: {request.params.get('q', '')}"
        return self.html_response(self.listing_html(title, items, page, pages, request))

    def xml_response(self, xml: str) -> Response:
        return Response(
            200, {"Content-Type": "application/xml; charset=utf-8"}, xml.encode("utf-8")
        )

    # -- sitemaps

    def sitemap_index(self, request: Request) -> str:
        newest = max((it.last_modified(request.revision) for it in self.items), default=None)
        lastmod = f"<lastmod>{iso_vn(newest)}</lastmod>" if newest else ""
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"<sitemap><loc>{request.base_url}/sitemaps/bai-viet.xml</loc>{lastmod}</sitemap>\n"
            f"<sitemap><loc>{request.base_url}/sitemaps/chuyen-muc.xml</loc></sitemap>\n"
            "</sitemapindex>\n"
        )

    def sitemap_articles(self, request: Request) -> str:
        urls = "".join(
            f"<url><loc>{esc(request.base_url + self.article_path(it))}</loc>"
            f"<lastmod>{iso_vn(it.last_modified(request.revision))}</lastmod>"
            "<changefreq>monthly</changefreq><priority>0.8</priority></url>\n"
            for it in self.items
            if it.kind == "article"
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n'
        )

    def sitemap_sections(self, request: Request) -> str:
        paths = [HOME, NEWS] + [self.listing_path(s) for s in self.sections.values()]
        urls = "".join(
            f"<url><loc>{esc(request.base_url + p)}</loc><changefreq>daily</changefreq></url>\n"
            for p in paths
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}</urlset>\n'
        )

    # -- frame

    def frame(
        self, title: str, main: str, seed: str, head: str = "", crumbs: list[tuple[str, str]] = ()
    ) -> str:
        portal = self.portal
        nav = "".join(
            f'<li><a class="nav-link" href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = "".join(
            f'<li class="breadcrumb-item"><a href="{esc(href)}">{esc(label)}</a></li>'
            for href, label in crumbs
        )
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        answers = "".join(
            f'<li><label><input type="radio" name="poll"> {esc(o)}</label></li>' for o in options
        )
        latest = "".join(
            f'<li><a href="{esc(self.link(it, seed))}">{esc(it.title)}</a>'
            f'<span class="meta">({dmy(it.published)}, {it.published:%H:%M})</span></li>'
            for it in self.latest(5)
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(portal.name)}</title>
<meta property="og:site_name" content="{esc(portal.name)}">
{head}
<link rel="stylesheet" href="/_next/static/css/app.css">
<link rel="icon" href="/favicon.ico">
</head>
<body class="antialiased">
<a class="sr-only focus:not-sr-only" href="#noi-dung">Bỏ qua điều hướng</a>
<div class="topbar"><div class="container">Chào mừng bạn đến với {esc(portal.name)} <span class="float-right"><a href="/vi/dang-nhap">Đăng nhập</a></span></div></div>
<header class="site-header"><div class="container flex">
<a class="brand" href="{HOME}"><img src="/images/logo-cds.png" alt="Logo {esc(portal.name)}"><span>{esc(portal.name.upper())}</span></a>
<form class="search" action="{SEARCH}" method="get"><input type="search" name="q" placeholder="Tìm kiếm..."></form>
</div>
<nav class="main-nav"><ul class="container flex"><li><a class="nav-link" href="{HOME}">Trang chủ</a></li>
<li><a class="nav-link" href="{NEWS}">{esc(self.news.name)}</a></li>{nav}</ul></nav>
</header>
<div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{HOME}">Trang chủ</a></li>{crumb}</ol></div>
<div class="container grid" id="noi-dung">
<main class="col-main">
{main}
</main>
<aside class="col-side">
<section class="widget"><h2 class="widget-title">Tin mới</h2><ul class="news-mini">{latest}</ul></section>
<section class="widget tthc"><h2 class="widget-title">Kết quả giải quyết TTHC</h2>
<div class="stat"><span class="num">{stats["percent"]}%</span><span class="lbl">hồ sơ đúng hạn</span></div>
<div class="stat"><span class="num">{thousands(stats["total"])}</span><span class="lbl">hồ sơ đã xử lý</span></div>
<div class="stat"><span class="num">{stats["late"]}</span><span class="lbl">hồ sơ trễ hạn</span></div></section>
<section class="widget poll"><h2 class="widget-title">Khảo sát</h2><p>{esc(question)}</p><ul>{answers}</ul><button type="button">Gửi ý kiến</button></section>
</aside>
</div>
<footer class="site-footer"><div class="container">
<p class="footer-title">{esc(portal.name)}</p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} · Điện thoại: {esc(portal.phone)}</p>
<p class="small">{esc(reuse_notice(portal))}</p>
<div class="visitors">Đang truy cập: <b>{thousands(visits["online"])}</b> · Hôm nay: <b>{thousands(visits["today"])}</b> · Tất cả: <b>{thousands(visits["total"])}</b></div>
<a class="back-to-top" href="#noi-dung">Về đầu trang</a>
</div></footer>
<script src="/_next/static/chunks/main.js" defer></script>
</body>
</html>
"""

    def card(self, item: Item, seed: str, revision: int) -> str:
        return (
            f'<article class="card"><a class="thumb" href="{esc(self.link(item, seed))}"><img loading="lazy" '
            f'src="{esc(image_path(item, 0, self.image_folder))}" alt="{esc(item.title)}"></a>'
            f'<div class="card-body"><span class="badge">{esc(item.section.name)}</span>'
            f'<h3 class="card-title"><a href="{esc(self.link(item, seed))}">{esc(item.title)}</a></h3>'
            f'<time datetime="{iso_vn(item.published)}">{dmy(item.published)}</time>'
            f'<p class="excerpt">{esc(item.sapo(revision))}</p></div></article>'
        )

    # -- pages

    def home_html(self, request: Request) -> str:
        latest = [it for it in self.items if it.kind == "article"][: self.portal.page_size]
        cards = "".join(self.card(it, request.seed, request.revision) for it in latest)
        sections = "".join(
            f'<a class="chip" href="{esc(self.listing_path(s))}">{esc(s.name)}</a>'
            for s in self.sections.values()
        )
        main = (
            f'<section class="home-latest"><h1 class="section-title">Tin mới nhất</h1>'
            f'<div class="cards">{cards}</div><a class="more" href="{NEWS}">Xem thêm tin tức →</a></section>'
            f'<section class="home-sections"><h2>Chuyên mục</h2>{sections}</section>'
        )
        return self.frame("Trang chủ", main, request.seed)

    def listing_html(
        self, title: str, items: list[Item], page: int, pages: int, request: Request
    ) -> str:
        cards = "".join(self.card(it, request.seed, request.revision) for it in items)
        links = []
        if page > 1:
            links.append(
                f'<a class="page-link" rel="prev" href="?page={page - 1}">← Trang trước</a>'
            )
        for n in pager_window(page, pages):
            if n is None:
                links.append('<span class="page-link gap">…</span>')
            elif n == page:
                links.append(f'<span class="page-link active" aria-current="page">{n}</span>')
            else:
                links.append(f'<a class="page-link" href="?page={n}">{n}</a>')
        if page < pages:
            links.append(f'<a class="page-link" rel="next" href="?page={page + 1}">Trang sau →</a>')
        main = (
            f'<h1 class="section-title">{esc(title)}</h1><div class="cards">{cards}</div>'
            f'<nav class="pagination" aria-label="Phân trang">{"".join(links)}</nav>'
        )
        return self.frame(
            title if page == 1 else f"{title} - Trang {page}",
            main,
            request.seed,
            crumbs=[(NEWS, self.news.name)],
        )

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        parts = []
        first = True
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                parts.append(
                    f'<p class="lead"><strong>{esc(value)}</strong></p>'
                    if first
                    else f"<p>{esc(value)}</p>"
                )
                first = False
            else:
                index, caption = value
                parts.append(
                    f'<figure class="image"><img src="{esc(image_path(item, index, self.image_folder))}" alt="{esc(caption)}">'
                    f"<figcaption>{esc(caption)}</figcaption></figure>"
                )
        if item.author:
            label = "Tin, ảnh: " if item.images else ""
            parts.append(
                f'<p class="byline" style="text-align:right"><em>{label}{esc(item.author)}</em></p>'
            )
        if item.source:
            parts.append(f'<p class="source">Nguồn: {esc(item.source)}</p>')
        url = request.base_url + self.article_path(item)
        modified = item.shown_modified(revision)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": item.title,
            "datePublished": iso_vn(item.published),
            "dateModified": iso_vn(modified or item.published),
            "mainEntityOfPage": url,
            "articleSection": item.section.name,
            "image": [request.base_url + image_path(item, 0, self.image_folder)],
            "publisher": {"@type": "Organization", "name": self.portal.name},
        }
        if item.author:
            ld["author"] = {"@type": "Person", "name": item.author}
        head = (
            f'<link rel="canonical" href="{esc(url)}">\n'
            f'<meta name="description" content="{esc(item.sapo(revision))}">\n'
            f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(item.title)}">\n'
            f'<meta property="og:url" content="{esc(url)}">\n'
            f'<meta property="article:published_time" content="{iso_vn(item.published)}">\n'
            + (
                f'<meta property="article:modified_time" content="{iso_vn(modified)}">\n'
                if modified
                else ""
            )
            + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
        tags = " ".join(
            f'<a class="tag" href="{SEARCH}?q={quote(t)}">{esc(t)}</a>'
            for t in TAGS
            if t in " ".join(item.body(revision)).lower()
        )
        related = "".join(
            f'<li><a href="{esc(self.link(it, seed))}">{esc(it.title)}</a> <span class="meta">({dmy(it.published)}, {it.published:%H:%M})</span></li>'
            for it in self.others(item, 4)
        )
        updated = (
            f' · Cập nhật <time datetime="{iso_vn(modified)}">{dmy(modified)} {modified:%H:%M}</time>'
            if modified
            else ""
        )
        main = f"""<article class="post">
<header class="post-header"><a class="badge" href="{esc(self.listing_path(item.section))}">{esc(item.section.name)}</a>
<h1 class="post-title">{esc(item.title)}</h1>
<div class="post-meta"><time datetime="{iso_vn(item.published)}">{dmy(item.published)} {item.published:%H:%M}</time>{updated} · <span class="views">Lượt xem: {view_count(seed)}</span></div>
<div class="post-tools">Xem với cỡ chữ: <button data-size="-1">A-</button><button data-size="0">A</button><button data-size="1">A+</button> · <a href="javascript:window.print()">Bản in</a> · <a href="mailto:?subject={esc(item.title)}">Gửi email</a></div>
</header>
<div class="post-content">{"".join(parts)}</div>
<footer class="post-footer"><div class="tags">Từ khóa: {tags}</div>
<div class="share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={quote(url)}" rel="nofollow">Facebook</a> <a href="https://zalo.me/share?u={quote(url)}" rel="nofollow">Zalo</a></div></footer>
</article>
<section class="related"><h2>Tin liên quan</h2><ul>{related}</ul></section>"""
        crumbs = [(self.listing_path(item.section), item.section.name)]
        return self.frame(item.title, main, seed, head, crumbs)

    def error_html(self, status: int) -> str:
        if status == 404:
            main = '<div class="error-page"><h1>404</h1><p>Không tìm thấy nội dung bạn yêu cầu.</p></div>'
        else:
            main = f'<div class="error-page"><h1>{status}</h1><p>Hệ thống đang bận, vui lòng thử lại sau.</p></div>'
        return self.frame("Không tìm thấy trang", main, f"err{status}")
