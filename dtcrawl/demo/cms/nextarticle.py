"""Node.js/Express news portal with "infinite reading" (the ``nextarticle`` family).

URL shapes:
- home ``/``;
- section ``/chuyen-muc/<slug>``, page N ``/chuyen-muc/<slug>?page=N`` (one-based, numbered window);
- article ``/bai-viet/<slug>-<id>``.

Every article page renders, below its own article (``article.main-article``), the FULL next
(older) article of the same section inside ``article.next-article`` after a "Bài viết tiếp theo"
separator: its title, date, sapo, every paragraph and caption, and its byline. The last article of
a section has none. Links from the next-article box, the "Đọc nhiều" box and the home page carry
``utm_*`` tracking parameters; share buttons are ``javascript:`` links; the title area shows a view
counter. No sitemap; an RSS feed per site at ``/rss``.
"""

from __future__ import annotations

from datetime import datetime

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
    weekday,
)

SECTION_PREFIX = "/chuyen-muc/"
ARTICLE_PREFIX = "/bai-viet/"


def reading_date(moment: datetime) -> str:
    """The date line the portal shows: weekday, day/month/year and time.

    >>> reading_date(datetime(2024, 3, 5, 7, 40))
    'Thứ Ba, 05/03/2024 - 07:40'
    """
    return f"{weekday(moment)}, {dmy(moment)} - {moment:%H:%M}"


class NextArticleSite(CmsSite):
    family_headers = {"X-Powered-By": "Express", "Server": "nginx/1.22.1"}
    number_base = 20_410
    number_stride = 13
    image_folder = "/uploads/news"

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"{ARTICLE_PREFIX}{slugify(item.title, max_len=70)}-{item.number}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        path = SECTION_PREFIX + (section or self.news).slug
        return path + (f"?page={page}" if page > 1 else "")

    def home_path(self) -> str:
        return "/"

    def extra_paths(self) -> dict[str, str]:
        return {"rss": "/rss"}

    def link(self, item: Item, seed: str, where: str) -> str:
        """An article link; boxes that count clicks add ``utm_*`` parameters to some of them."""
        href = self.article_path(item)
        if item.kind != "article":
            return href
        if where == "next":
            return href + "?utm_source=doc-tiep&utm_medium=web&utm_campaign=infinite"
        if where in ("popular", "home") and stable_int(seed + item.key, 0, 9) < 4:
            return href + f"?utm_source={where}&utm_medium=box"
        return href

    def next_article(self, item: Item) -> Item | None:
        """The next older healthy article of the item's section, or None for the last one."""
        listed = self.listed(item.section)
        index = listed.index(item)
        for other in listed[index + 1 :]:
            if other.kind == "article":
                return other
        return None

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path.rstrip("/") or "/", request.params
        if path == "/":
            return self.html_response(self.home_html(request))
        if path == "/rss":
            return self.text_response(self.rss_xml(request), "application/rss+xml")
        if path.startswith(SECTION_PREFIX):
            slug = path[len(SECTION_PREFIX) :]
            section = None if slug == self.news.slug else self.section_by_slug(slug)
            if section is None and slug != self.news.slug:
                return None
            page = page_number(params.get("page"))
            items, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.listing_html(section, page, pages, items, request))
        if path.startswith(ARTICLE_PREFIX):
            tail = path[len(ARTICLE_PREFIX) :].rsplit("-", 1)[-1]
            item = self.by_number.get(page_number(tail, 0))
            if item is None or path != self.article_path(item):
                return None
            return self.article_response(item, request)
        return None

    # -- frame

    def frame(self, title: str, crumbs: list[tuple[str, str]], content: str, seed: str) -> str:
        portal = self.portal
        menu = "".join(
            f'<li class="nav-item"><a class="nav-link" href="{esc(self.listing_path(s))}">'
            f"{esc(s.name)}</a></li>"
            for s in [self.news, *self.sections.values()]
        )
        crumb = "".join(
            f'<li class="breadcrumb-item"><a href="{esc(href)}">{esc(name)}</a></li>'
            for name, href in [("Trang chủ", "/"), *crumbs]
        )
        stats, visits = tthc_stats(seed), visitor_stats(seed)
        question, options = poll(seed)
        choices = "".join(
            f'<label class="poll-option"><input type="radio" name="poll" value="{i}"> '
            f"{esc(o)}</label>"
            for i, o in enumerate(options)
        )
        popular = "".join(
            f'<li><a href="{esc(self.link(it, seed, "popular"))}">{esc(it.title)}</a></li>'
            for it in self.latest(12)[6:12]
        )
        latest = "".join(
            f'<li><a href="{esc(self.link(it, seed, "latest"))}">{esc(it.title)}</a>'
            f'<span class="time">{dmy(it.published)}</span></li>'
            for it in self.latest(6)
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(portal.name)}</title>
<link rel="stylesheet" href="/static/css/app.min.css?v=3.8.2">
<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss">
</head>
<body class="portal-body">
<header class="site-header">
<div class="topbar"><span class="today">{esc(portal.agency)}</span>
<a class="topbar-link" href="javascript:void(0)" onclick="toggleContrast()">Tương phản cao</a>
<form class="search-form" action="/tim-kiem" method="get"><input name="q" placeholder="Tìm kiếm..."></form></div>
<div class="brand"><a href="/"><img src="/static/img/logo.png" alt="{esc(portal.name)}"></a>
<span class="brand-name">{esc(portal.name)}</span></div>
<nav class="main-nav"><ul class="nav"><li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>{menu}</ul></nav>
</header>
<div class="container">
<ol class="breadcrumb">{crumb}</ol>
<div class="row">
<main class="col-main">
{content}
</main>
<aside class="col-side">
<section class="widget widget-latest"><h3 class="widget-title">Tin mới</h3><ul>{latest}</ul></section>
<section class="widget widget-popular"><h3 class="widget-title">Đọc nhiều</h3><ul>{popular}</ul></section>
<section class="widget widget-tthc"><h3 class="widget-title">Kết quả giải quyết TTHC</h3>
<ul><li>Hồ sơ tiếp nhận: <b>{thousands(stats["total"])}</b></li>
<li>Giải quyết đúng hạn: <b>{thousands(stats["ontime"])}</b></li>
<li>Trễ hạn: <b>{thousands(stats["late"])}</b></li>
<li>Tỷ lệ đúng hạn: <b>{stats["percent"]}%</b></li></ul></section>
<section class="widget widget-poll"><h3 class="widget-title">Thăm dò ý kiến</h3><p>{esc(question)}</p>{choices}
<button type="button" onclick="vote()">Biểu quyết</button></section>
<section class="widget widget-links"><h3 class="widget-title">Liên kết</h3>
<a href="https://dichvucong.gov.vn/?utm_source=portal"><img src="/static/img/banner-dvc.png" alt="Cổng Dịch vụ công quốc gia"></a>
<a href="/chuyen-muc/{esc(self.news.slug)}"><img src="/static/img/banner-tin.png" alt="Tin tức"></a></section>
<section class="widget widget-counter"><h3 class="widget-title">Lượt truy cập</h3>
<p>Đang trực tuyến: {thousands(visits["online"])}</p><p>Hôm nay: {thousands(visits["today"])}</p>
<p>Tổng số: {thousands(visits["total"])}</p></section>
</aside>
</div>
</div>
<footer class="site-footer">
<p class="owner">Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}</p>
<p class="copyright">{esc(reuse_notice(portal))}</p>
</footer>
<script src="/static/js/app.bundle.js?v=3.8.2"></script>
</body>
</html>
"""

    # -- pages

    def home_html(self, request: Request) -> str:
        blocks = []
        for section in [None, *self.sections.values()]:
            listed = [it for it in self.listed(section) if it.kind == "article"][:4]
            if not listed:
                continue
            shown = section or self.news
            rows = "".join(
                f'<div class="card-news"><a href="{esc(self.link(it, request.seed, "home"))}">'
                f'<img src="{esc(image_path(it, 0, self.image_folder))}" alt=""></a>'
                f'<h3 class="card-title"><a href="{esc(self.link(it, request.seed, "home"))}">'
                f'{esc(it.title)}</a></h3><span class="time">{dmy(it.published)}</span></div>'
                for it in listed
            )
            blocks.append(
                f'<section class="home-block"><h2 class="block-title"><a href="'
                f'{esc(self.listing_path(section))}">{esc(shown.name)}</a></h2>{rows}</section>'
            )
        return self.frame(self.portal.name, [], "\n".join(blocks), request.seed)

    def listing_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        shown = section or self.news
        rows = "".join(
            f'<div class="list-item"><a class="thumb" href="{esc(self.article_path(it))}">'
            f'<img src="{esc(image_path(it, 0, self.image_folder))}" alt=""></a>'
            f'<h3 class="list-title"><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></h3>'
            f'<span class="time">{dmy(it.published)}</span>'
            f'<p class="list-sapo">{esc(it.sapo(request.revision))}</p></div>'
            for it in items
        )
        pager = []
        if page > 1:
            pager.append(
                f'<li class="page-item"><a class="page-link" href="'
                f'{esc(self.listing_path(section, page - 1))}">&laquo;</a></li>'
            )
        for n in pager_window(page, pages):
            if n is None:
                pager.append('<li class="page-item disabled"><span>…</span></li>')
            elif n == page:
                pager.append(f'<li class="page-item active"><span>{n}</span></li>')
            else:
                pager.append(
                    f'<li class="page-item"><a class="page-link" href="'
                    f'{esc(self.listing_path(section, n))}">{n}</a></li>'
                )
        if page < pages:
            pager.append(
                f'<li class="page-item"><a class="page-link" href="'
                f'{esc(self.listing_path(section, page + 1))}">&raquo;</a></li>'
            )
        content = (
            f'<h1 class="section-title">{esc(shown.name)}</h1><div class="list-news">{rows}</div>'
            f'<ul class="pagination">{"".join(pager)}</ul>'
        )
        return self.frame(
            shown.name, [(shown.name, self.listing_path(section))], content, request.seed
        )

    def body_html(self, item: Item, revision: int) -> str:
        """The article text: the sapo (first paragraph, bold), paragraphs and captioned photos."""
        parts = []
        first = True
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                cls = ' class="sapo"' if first else ""
                parts.append(f"<p{cls}>{esc(value)}</p>")
                first = False
            else:
                index, caption = value
                parts.append(
                    f'<figure class="image"><img src="{esc(image_path(item, index, self.image_folder))}"'
                    f' alt="{esc(caption)}"><figcaption>{esc(caption)}</figcaption></figure>'
                )
        if item.author:
            parts.append(f'<p class="author">{esc(item.author)}</p>')
        if item.source:
            parts.append(f'<p class="source">Nguồn: {esc(item.source)}</p>')
        return "".join(parts)

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        modified = item.shown_modified(revision)
        updated = (
            f' <span class="updated">(Cập nhật: {reading_date(modified)})</span>'
            if modified
            else ""
        )
        share = (
            '<div class="share"><a href="javascript:void(0)" onclick="share(\'facebook\')">Chia sẻ</a>'
            ' <a href="javascript:window.print()">In bài</a>'
            ' <a href="javascript:void(0)" onclick="copyLink()">Sao chép liên kết</a></div>'
        )
        main = f"""<article class="main-article" data-id="{item.number}">
<h1 class="article-title">{esc(item.title)}</h1>
<div class="article-meta"><span class="date">{reading_date(item.published)}</span>{updated}
<span class="views">{thousands(view_count(seed))} lượt xem</span></div>
{share}
<div class="article-body">{self.body_html(item, revision)}</div>
</article>"""
        related = "".join(
            f'<li><a href="{esc(self.link(it, seed, "related"))}">{esc(it.title)}</a></li>'
            for it in self.others(item, 5)
        )
        following = ""
        nxt = self.next_article(item)
        if nxt is not None:
            href = self.link(nxt, seed, "next")
            following = f"""<div class="next-separator"><span>Bài viết tiếp theo</span></div>
<article class="next-article" data-url="{esc(self.article_path(nxt))}">
<h2 class="article-title"><a href="{esc(href)}">{esc(nxt.title)}</a></h2>
<div class="article-meta"><span class="date">{reading_date(nxt.published)}</span>
<span class="views">{thousands(view_count(seed + nxt.key))} lượt xem</span></div>
<div class="article-body">{self.body_html(nxt, revision)}</div>
<a class="read-more" href="{esc(href)}">Xem bài viết</a>
</article>"""
        content = (
            f'{main}\n<section class="related-news"><h3>Tin cùng chuyên mục</h3><ul>{related}</ul>'
            f"</section>\n{following}"
        )
        crumbs = [(item.section.name, self.listing_path(item.section))]
        return self.frame(item.title, crumbs, content, seed)

    def rss_xml(self, request: Request) -> str:
        items = "".join(
            f"<item><title>{esc(it.title)}</title><link>{request.base_url}{self.article_path(it)}"
            f"</link><description>{esc(it.sapo())}</description>"
            f"<pubDate>{it.published:%d/%m/%Y %H:%M}</pubDate></item>"
            for it in self.latest(20)
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{esc(self.portal.name)}</title><link>{request.base_url}/</link>{items}"
            "</channel></rss>"
        )

    def error_html(self, status: int) -> str:
        return self.frame(
            "Không tìm thấy trang",
            [],
            '<div class="error-page"><h1>404</h1><p>Trang bạn tìm không tồn tại hoặc đã được gỡ bỏ.'
            '</p><a href="/">Quay về trang chủ</a></div>',
            f"err{status}",
        )
