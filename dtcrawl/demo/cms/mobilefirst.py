"""Mobile-first Laravel news CMS of a Vietnamese vendor (blind family ``mobilefirst``).

URL shapes:
- home ``/``; news listing ``/tin-tuc``; section ``/chuyen-muc/<slug>``; page N is ``?page=N``
  (Laravel paginator, one-based; listings show 12 items, a "Tải thêm" button whose plain href
  is the next page, and a numbered pager);
- article ``/tin-tuc/<slug>.html``; its AMP twin ``/amp/tin-tuc/<slug>.html`` (announced by
  ``<link rel="amphtml">``, canonical link back); short links ``/t/<base36 id>`` answer 301 to
  the article (share boxes and the "Tin mới" ticker use them).
Article pages put the byline "Tác giả: …" under the title, a JSON-LD NewsArticle whose author is
the site itself, lazy images (``data-src``) with ``figcaption``, and hide everything after the
third paragraph in a ``div.collapse`` behind a "Xem toàn bộ bài viết ▼" button.
"""

from __future__ import annotations

import json
from datetime import datetime
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
    weekday,
)

NEWS = "/tin-tuc"
#: Paragraphs shown before the "Xem toàn bộ bài viết" expander.
VISIBLE_PARAGRAPHS = 3
PLACEHOLDER = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"


def base36(number: int) -> str:
    """``number`` written in base 36 (lower case), as the short links use it.

    >>> base36(48213), base36(0)
    ('1179', '0')
    """
    if number == 0:
        return "0"
    out = ""
    while number:
        number, digit = divmod(number, 36)
        out = DIGITS36[digit] + out
    return out


def shown_date(moment: datetime) -> str:
    """The date line of this CMS: "thứ hai - 11/11/2024 04:09" style.

    >>> shown_date(datetime(2024, 11, 11, 4, 9))
    'Thứ hai - 11/11/2024 04:09'
    """
    return f"{weekday(moment, lower=True)} - {dmy(moment)} {moment:%H:%M}"


class MobileFirstSite(CmsSite):
    family_headers = {
        "Server": "nginx",
        "X-Powered-By": "PHP/8.1.27",
        "Set-Cookie": "laravel_session=eyJpdiI6IjNmT2R; path=/; httponly; samesite=lax",
    }
    image_folder = "/storage/uploads/tin-tuc"
    number_base = 48200
    number_stride = 3

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/tin-tuc/{slugify(item.title)}.html"

    def amp_path(self, item: Item) -> str:
        return "/amp" + self.article_path(item)

    def short_path(self, item: Item) -> str:
        return f"/t/{base36(item.number)}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = NEWS if self.is_news(section) else f"/chuyen-muc/{section.slug}"
        return base if page == 1 else f"{base}?page={page}"

    def robots_txt(self, request: Request) -> str:
        return super().robots_txt(request)

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return self.html_response(self.home_html(request))
        if path.startswith("/t/"):
            code = path[3:].strip("/").lower()
            for item in self.items:
                if base36(item.number) == code:
                    location = request.base_url + self.article_path(item)
                    return Response(301, {"Location": location, **self.family_headers}, b"")
            return None
        if path.startswith("/amp/tin-tuc/"):
            item = self.by_path.get(path[len("/amp") :])
            if item is None:
                return None
            if item.kind in ("missing", "error"):
                return self.error_response(404 if item.kind == "missing" else 500)
            return self.html_response(self.amp_html(item, request))
        if path.startswith("/tin-tuc/"):
            item = self.by_path.get(path)
            return self.article_response(item, request) if item else None
        page = page_number(request.params.get("page"))
        if path == NEWS:
            return self.listing_response(None, page, request)
        if path.startswith("/chuyen-muc/"):
            section = self.section_by_slug(path.rsplit("/", 1)[1])
            return self.listing_response(section, page, request) if section else None
        return None

    def listing_response(
        self, section: Section | None, page: int, request: Request
    ) -> Response | None:
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        shown = section or self.news
        return self.html_response(self.listing_html(shown, items, page, pages, request))

    # -- frame

    def frame(
        self,
        title: str,
        main: str,
        seed: str,
        head: str = "",
        crumbs: list[tuple[str, str]] = (),
        active: str = "",
    ) -> str:
        portal = self.portal
        menu = "".join(
            f'<li class="nav-item{" active" if s.name == active else ""}">'
            f'<a class="nav-link" href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = "".join(
            f'<li class="breadcrumb-item"><a href="{esc(href)}">{esc(label)}</a></li>'
            for href, label in crumbs
        )
        ticker = "".join(
            f'<li><a href="{self.short_path(it)}">{esc(it.title)}</a></li>' for it in self.latest(8)
        )
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        answers = "".join(
            f'<div class="form-check"><input class="form-check-input" type="radio" name="vote" '
            f'id="vote{i}" value="{i}"><label class="form-check-label" for="vote{i}">{esc(o)}'
            "</label></div>"
            for i, o in enumerate(options, 1)
        )
        featured = [it for it in self.items if it.kind == "article"]
        featured = sorted(featured, key=lambda it: view_count(it.key), reverse=True)[:5]
        hot = "".join(
            f'<li class="media"><a class="media-thumb" href="{esc(self.article_path(it))}">'
            f'<img class="lazy" src="{PLACEHOLDER}" data-src="{esc(image_path(it, 0, self.image_folder))}" '
            f'alt="{esc(it.title)}"></a><div class="media-body"><a href="{esc(self.article_path(it))}">'
            f"{esc(it.title)}</a></div></li>"
            for it in featured
        )
        breadcrumb = (
            f'<nav aria-label="breadcrumb" class="container"><ol class="breadcrumb">'
            f'<li class="breadcrumb-item"><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>'
            f"{crumb}</ol></nav>"
            if crumbs
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="csrf-token" content="{esc(stable_int(seed, 10**9, 10**10 - 1))}">
<title>{esc(title)} - {esc(portal.name)}</title>
<meta property="og:site_name" content="{esc(portal.name)}">
<meta name="theme-color" content="#0a58a5">
<link rel="manifest" href="/manifest.json">
{head}
<link rel="stylesheet" href="/css/app.css?id=7c2f91a4e0b3d5">
<link rel="shortcut icon" href="/favicon.ico">
</head>
<body class="mobile-first">
<div id="app">
<header class="header sticky-top" id="header">
<div class="header-top d-none d-md-block"><div class="container">
<span class="today">{esc(weekday_today(seed))}</span>
<a class="float-right" href="/lien-he">Liên hệ</a> <a class="float-right" href="/so-do-trang">Sơ đồ trang</a>
</div></div>
<div class="header-main"><div class="container d-flex align-items-center">
<button class="navbar-toggler" type="button" data-toggle="offcanvas" aria-label="Mở menu"><span class="navbar-toggler-icon"></span></button>
<a class="logo" href="/"><img src="/images/logo.png" alt="{esc(portal.name)}"><span class="logo-text">{esc(portal.name)}</span></a>
<a class="btn-search" href="javascript:void(0)" data-toggle="search" aria-label="Tìm kiếm"><i class="fa fa-search"></i></a>
</div></div>
<nav class="navbar-main offcanvas-collapse" id="mainMenu"><div class="container"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/"><i class="fa fa-home"></i> Trang chủ</a></li>
<li class="nav-item"><a class="nav-link" href="{NEWS}">{esc(self.news.name)}</a></li>{menu}
</ul></div></nav>
<form class="search-form collapse" action="/tim-kiem" method="get"><input type="search" name="keyword" placeholder="Nhập từ khóa..."><button type="submit">Tìm</button></form>
</header>
<div class="ticker"><div class="container d-flex"><span class="ticker-label">Tin mới</span>
<div class="ticker-wrap"><ul class="ticker-list">{ticker}</ul></div></div></div>
{breadcrumb}
<div class="container page-body"><div class="row">
<div class="col-lg-8 col-main">
{main}
</div>
<aside class="col-lg-4 col-sidebar">
<div class="box box-hot"><div class="box-title">Tin nổi bật</div><ul class="list-media">{hot}</ul></div>
<div class="box box-tthc"><div class="box-title">Kết quả giải quyết TTHC</div>
<p class="tthc-month">Tháng {stats["month"]}</p>
<div class="tthc-row"><span>Hồ sơ đã giải quyết</span><b>{thousands(stats["total"])}</b></div>
<div class="tthc-row"><span>Đúng hạn</span><b>{thousands(stats["ontime"])} ({stats["percent"]}%)</b></div>
<div class="tthc-row"><span>Trễ hạn</span><b>{stats["late"]}</b></div>
<a class="btn btn-sm btn-outline-primary" href="https://dichvucong.gov.vn" rel="nofollow">Dịch vụ công trực tuyến</a></div>
<div class="box box-poll"><div class="box-title">Thăm dò ý kiến</div><form method="post" action="/binh-chon"><p>{esc(question)}</p>{answers}<button class="btn btn-primary btn-sm" type="submit">Bình chọn</button> <a href="/binh-chon/ket-qua">Xem kết quả</a></form></div>
<div class="box box-banner"><a href="https://dichvucong.gov.vn" rel="nofollow"><img src="/storage/banners/dvc-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia"></a>
<a href="https://chinhphu.vn" rel="nofollow"><img src="/storage/banners/cong-ttdt-chinh-phu.png" alt="Cổng Thông tin điện tử Chính phủ"></a>
<a href="/chuyen-muc/{slugify("Chuyển đổi số")}"><img src="/storage/banners/chuyen-doi-so.png" alt="Chuyển đổi số {esc(portal.province)}"></a></div>
</aside>
</div></div>
<footer class="footer"><div class="container">
<div class="footer-name">{esc(portal.name.upper())}</div>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)} - Email: banbientap@{esc(portal.domain)}</p>
<p class="footer-note">{esc(reuse_notice(portal))}</p>
<div class="counter">Đang online: {thousands(visits["online"])} | Hôm nay: {thousands(visits["today"])} | Tổng lượt truy cập: {thousands(visits["total"])}</div>
<p class="copyright">Thiết kế và phát triển bởi Công ty Cổ phần Giải pháp số Việt Tín</p>
</div></footer>
<nav class="bottom-nav d-md-none">
<a href="/"><i class="fa fa-home"></i><span>Trang chủ</span></a>
<a href="{NEWS}"><i class="fa fa-newspaper-o"></i><span>Tin tức</span></a>
<a href="/chuyen-muc/{slugify("Chuyển đổi số")}"><i class="fa fa-microchip"></i><span>CĐS</span></a>
<a href="javascript:void(0)" data-toggle="search"><i class="fa fa-search"></i><span>Tìm kiếm</span></a>
<a href="javascript:void(0)" data-toggle="offcanvas"><i class="fa fa-bars"></i><span>Menu</span></a>
</nav>
<div class="cookie-consent" id="cookieConsent" role="dialog">Website sử dụng cookie để cải thiện trải nghiệm của bạn. Khi tiếp tục truy cập, bạn đồng ý với <a href="/chinh-sach-bao-mat">chính sách bảo mật</a> của chúng tôi. <button type="button" class="btn btn-sm btn-light js-cookie-accept">Đồng ý</button></div>
<a href="#header" class="back-top" aria-label="Lên đầu trang">&#8679;</a>
</div>
<script src="/js/manifest.js?id=3e1f"></script>
<script src="/js/vendor.js?id=9a07"></script>
<script src="/js/app.js?id=51c8"></script>
</body>
</html>
"""

    def card(self, item: Item, request: Request, big: bool = False) -> str:
        href = esc(self.article_path(item))
        return (
            f'<div class="post-item{" post-item-lg" if big else ""}">'
            f'<a class="post-thumb" href="{href}"><img class="lazy" src="{PLACEHOLDER}" '
            f'data-src="{esc(image_path(item, 0, self.image_folder))}" alt="{esc(item.title)}"></a>'
            f'<div class="post-info"><h3 class="post-title"><a href="{href}">{esc(item.title)}</a></h3>'
            f'<div class="post-meta"><a class="cat" href="{esc(self.listing_path(item.section))}">'
            f'{esc(item.section.name)}</a> <span class="time">{dmy(item.published)}</span></div>'
            f'<p class="post-sapo">{esc(item.sapo(request.revision, 160))}</p></div></div>'
        )

    # -- pages

    def home_html(self, request: Request) -> str:
        latest = [it for it in self.items if it.kind == "article"]
        lead = latest[:1]
        blocks = [
            '<section class="home-hero">'
            + "".join(self.card(it, request, big=True) for it in lead)
            + "</section>",
            '<section class="home-latest"><h2 class="block-title"><a href="/tin-tuc">Tin mới nhất</a></h2>'
            + "".join(self.card(it, request) for it in latest[1:7])
            + f'<a class="btn btn-load-more" href="{NEWS}">Xem tất cả</a></section>',
        ]
        for section in self.sections.values():
            items = [it for it in self.by_section.get(section.name, []) if it.kind == "article"]
            if not items:
                continue
            blocks.append(
                f'<section class="home-cat"><h2 class="block-title"><a href="{esc(self.listing_path(section))}">'
                f"{esc(section.name)}</a></h2>"
                + "".join(self.card(it, request) for it in items[:3])
                + "</section>"
            )
        return self.frame(self.portal.name, "\n".join(blocks), request.seed)

    def listing_html(
        self, section: Section, items: list[Item], page: int, pages: int, request: Request
    ) -> str:
        cards = "".join(self.card(it, request) for it in items)
        numbers = []
        prev = (
            f'<li class="page-item"><a class="page-link" href="?page={page - 1}" rel="prev" aria-label="« Trước">&lsaquo;</a></li>'
            if page > 1
            else '<li class="page-item disabled" aria-disabled="true"><span class="page-link">&lsaquo;</span></li>'
        )
        numbers.append(prev)
        for n in pager_window(page, pages):
            if n is None:
                numbers.append(
                    '<li class="page-item disabled" aria-disabled="true"><span class="page-link">...</span></li>'
                )
            elif n == page:
                numbers.append(
                    f'<li class="page-item active" aria-current="page"><span class="page-link">{n}</span></li>'
                )
            else:
                numbers.append(
                    f'<li class="page-item"><a class="page-link" href="?page={n}">{n}</a></li>'
                )
        numbers.append(
            f'<li class="page-item"><a class="page-link" href="?page={page + 1}" rel="next" aria-label="Sau »">&rsaquo;</a></li>'
            if page < pages
            else '<li class="page-item disabled" aria-disabled="true"><span class="page-link">&rsaquo;</span></li>'
        )
        more = (
            f'<div class="load-more text-center"><a class="btn btn-load-more" href="?page={page + 1}" '
            f'data-next="{esc(self.listing_path(section, page + 1))}" data-ajax="1">Tải thêm</a></div>'
            if page < pages
            else ""
        )
        main = (
            f'<h1 class="cat-title">{esc(section.name)}</h1>'
            f'<div class="post-list" id="postList">{cards}</div>{more}'
            f'<nav class="d-none d-md-block"><ul class="pagination">{"".join(numbers)}</ul></nav>'
        )
        title = section.name if page == 1 else f"{section.name} - Trang {page}"
        crumbs = [(self.listing_path(section), section.name)]
        return self.frame(title, main, request.seed, crumbs=crumbs, active=section.name)

    def body_markup(self, item: Item, revision: int, amp: bool = False) -> tuple[str, str]:
        """The body as (visible part, collapsed rest); AMP puts everything in the first."""
        shown: list[str] = []
        rest: list[str] = []
        count = 0
        for kind, value in body_blocks(item, revision):
            target = shown if amp or count < VISIBLE_PARAGRAPHS else rest
            if kind == "p":
                target.append(f"<p>{esc(value)}</p>")
                count += 1
                continue
            index, caption = value
            src = esc(image_path(item, index, self.image_folder))
            if amp:
                img = (
                    f'<amp-img src="{src}" width="800" height="533" layout="responsive" '
                    f'alt="{esc(caption)}"></amp-img>'
                )
            else:
                img = (
                    f'<img class="lazy img-fluid" src="{PLACEHOLDER}" data-src="{src}" '
                    f'alt="{esc(caption)}" width="800" height="533">'
                )
            target.append(
                f'<figure class="image">{img}<figcaption>{esc(caption)}</figcaption></figure>'
            )
        return "".join(shown), "".join(rest)

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        url = request.base_url + self.article_path(item)
        amp_url = request.base_url + self.amp_path(item)
        short_url = request.base_url + self.short_path(item)
        modified = item.shown_modified(revision)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": item.title,
            "description": item.sapo(revision),
            "image": [request.base_url + image_path(item, 0, self.image_folder)],
            "datePublished": iso_vn(item.published),
            "dateModified": iso_vn(modified or item.published),
            "author": {"@type": "Organization", "name": self.portal.name},
            "publisher": {
                "@type": "Organization",
                "name": self.portal.name,
                "logo": {"@type": "ImageObject", "url": request.base_url + "/images/logo.png"},
            },
        }
        head = (
            f'<link rel="canonical" href="{esc(url)}">\n'
            f'<link rel="amphtml" href="{esc(amp_url)}">\n'
            f'<meta name="description" content="{esc(item.sapo(revision))}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(item.title)}">\n'
            f'<meta property="og:url" content="{esc(url)}">\n'
            f'<meta property="og:image" content="{esc(request.base_url + image_path(item, 0, self.image_folder))}">\n'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
        shown, rest = self.body_markup(item, revision)
        if rest:
            body = (
                f'{shown}<div class="collapse" id="postMore" style="display:none">{rest}</div>'
                '<div class="readmore-wrap"><button type="button" class="btn btn-readmore" '
                'data-toggle="collapse" data-target="#postMore">Xem toàn bộ bài viết ▼</button></div>'
            )
        else:
            body = shown
        source = (
            f'<p class="post-source text-right"><strong>Nguồn: {esc(item.source)}</strong></p>'
            if item.source
            else ""
        )
        byline = (
            f'<div class="post-author">Tác giả: <strong>{esc(item.author)}</strong></div>'
            if item.author
            else ""
        )
        mobile = (
            f' <a class="amp-link" href="{esc(self.amp_path(item))}">Phiên bản di động</a>'
            if stable_int(item.key + "amp", 0, 2) == 0
            else ""
        )
        updated = (
            f' <span class="updated">(Cập nhật: {dmy(modified)} {modified:%H:%M})</span>'
            if modified
            else ""
        )
        related = "".join(self.card(it, request) for it in self.others(item, 4))
        enc = quote(short_url, safe="")
        main = f"""<article class="post-detail" itemscope itemtype="https://schema.org/NewsArticle">
<div class="post-cat"><a href="{esc(self.listing_path(item.section))}">{esc(item.section.name)}</a></div>
<h1 class="post-detail-title">{esc(item.title)}</h1>
<div class="post-detail-meta">{byline}<span class="post-date"><i class="fa fa-clock-o"></i> {shown_date(item.published)}</span>{updated}
<span class="post-views"><i class="fa fa-eye"></i> {thousands(view_count(seed))}</span>{mobile}</div>
<div class="post-detail-content" id="postContent">{body}</div>
{source}
<div class="share-box"><span class="share-label">Chia sẻ:</span>
<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={enc}" rel="nofollow" target="_blank">Facebook</a>
<a class="share-zalo" href="https://sp.zalo.me/share_inline?url={enc}" rel="nofollow" target="_blank">Zalo</a>
<a class="share-copy" href="{self.short_path(item)}" data-copy="{esc(short_url)}">Sao chép liên kết</a>
<a class="share-print" href="javascript:window.print()">In bài</a></div>
</article>
<section class="related-news"><h2 class="block-title">Tin liên quan</h2><div class="post-list">{related}</div></section>"""
        crumbs = [(self.listing_path(item.section), item.section.name)]
        return self.frame(item.title, main, seed, head, crumbs, active=item.section.name)

    def amp_html(self, item: Item, request: Request) -> str:
        revision = request.revision
        url = request.base_url + self.article_path(item)
        body, _ = self.body_markup(item, revision, amp=True)
        byline = f'<p class="author">Tác giả: {esc(item.author)}</p>' if item.author else ""
        source = f'<p class="source">Nguồn: {esc(item.source)}</p>' if item.source else ""
        related = "".join(
            f'<li><a href="{esc(self.amp_path(it))}">{esc(it.title)}</a></li>'
            for it in self.others(item, 4)
        )
        return f"""<!doctype html>
<html amp lang="vi">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>{esc(item.title)} - {esc(self.portal.name)}</title>
<link rel="canonical" href="{esc(url)}">
<meta name="viewport" content="width=device-width">
<style amp-boilerplate>body{{visibility:hidden}}</style><noscript><style amp-boilerplate>body{{visibility:visible}}</style></noscript>
<style amp-custom>body{{font-family:Arial,sans-serif}}.header{{background:#0a58a5;color:#fff}}</style>
</head>
<body>
<header class="header"><a href="/">{esc(self.portal.name)}</a></header>
<article class="amp-article">
<div class="cat">{esc(item.section.name)}</div>
<h1>{esc(item.title)}</h1>
{byline}<p class="date">{shown_date(item.published)}</p>
<div class="content">{body}</div>
{source}
</article>
<section class="related"><h2>Tin liên quan</h2><ul>{related}</ul></section>
<footer class="footer"><p>{esc(self.portal.name)}</p><p>{esc(self.portal.licence)}</p>
<a href="{esc(url)}">Xem phiên bản đầy đủ</a></footer>
</body>
</html>
"""

    def error_html(self, status: int) -> str:
        if status == 404:
            main = (
                '<div class="page-404 text-center"><h1>404</h1><p>Xin lỗi, trang bạn tìm không '
                'tồn tại hoặc đã bị gỡ bỏ.</p><a class="btn btn-primary" href="/">Về trang chủ</a></div>'
            )
        else:
            main = (
                f'<div class="page-404 text-center"><h1>{status}</h1><p>Máy chủ đang gặp sự cố, '
                "vui lòng quay lại sau ít phút.</p></div>"
            )
        return self.frame("Không tìm thấy trang", main, f"err{status}")


def weekday_today(seed: str) -> str:
    """The header's date line (a fixed day, so pages stay deterministic)."""
    day = datetime(2025, 11, 24)
    return f"{weekday(day)}, ngày {dmy(day)}"
