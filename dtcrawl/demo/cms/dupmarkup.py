"""A provincial portal on a Bootstrap 5 theme that renders its blocks twice (desktop and mobile).

Responsive themes of this kind do not reflow one copy of the markup: they print a block once
for wide screens (``d-none d-md-block``) and once for phones (``d-block d-md-none``) and let CSS
hide one of them. Here the main menu (navbar and off-canvas), the listing cards (desktop card
and compact phone row), the pager (numbers and "Trước/Sau"), the article's date line, and on a
share of the articles the lead or the whole body come twice; some articles carry the body a
third time, for an "AMP-like" reader, in a ``<template>`` or a ``<noscript>``. The sidebar and
the foot of articles hold tab panes ("Tin mới", "Đọc nhiều", "Tin liên quan"), all but one
hidden by CSS.

Article layouts (:func:`layout_of`, by article key):
- ``plain``: the body once;
- ``lead-twice``: the first paragraph shown above the photo on phones and beside it on desktops;
- ``responsive-body``: the whole body in a desktop ``div`` and again in a phone ``div``;
- ``reader-mode``: the body once, plus a hidden "Chế độ đọc" copy and a ``<template>`` copy;
- ``noscript-copy``: desktop and phone copies, plus a third inside ``<noscript>``.

URL shapes:
- home ``/``;
- news ``/danh-muc/tin-tuc.html``, page N ``/danh-muc/tin-tuc/trang-N.html`` (one-based);
- topic ``/danh-muc/<slug>.html``, page N ``/danh-muc/<slug>/trang-N.html``;
- article ``/tin-bai/<id>/<slug>.html``; short share link ``/tin-bai/<id>`` (same page, linked
  from the share box); print view ``/tin-bai/<id>/<slug>.html?view=print``; the home page adds
  ``?utm_source=trangchu&utm_medium=the`` to some links;
- ``/sitemap.xml`` (named in robots.txt).
"""

from __future__ import annotations

from datetime import datetime
from xml.sax.saxutils import escape as xml_escape

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
    listing_date,
    pager_numbers,
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

LAYOUTS = ("plain", "lead-twice", "responsive-body", "reader-mode", "noscript-copy")
TRACKING = "utm_source=trangchu&utm_medium=the"
NEWS_SLUG = "tin-tuc"


def layout_of(key: str) -> str:
    """Which duplicated-markup layout the article ``key`` is served in (see module doc).

    >>> layout_of("x") in LAYOUTS
    True
    """
    return LAYOUTS[stable_int(key + ":bs5-layout", 0, len(LAYOUTS) - 1)]


def date_line(moment: datetime) -> str:
    """The date under an article title ("Thứ hai - 11/11/2024 04:09").

    >>> date_line(datetime(2024, 11, 11, 4, 9))
    'Thứ hai - 11/11/2024 04:09'
    """
    return f"{weekday(moment, lower=True)} - {dmy(moment)} {moment:%H:%M}"


def gold_record(site: CmsSite, key: str) -> dict:
    """What a careful archivist stores for article ``key``: every paragraph once, in order.

    The duplicated copies (phone/desktop, reader mode, template, noscript) add nothing.
    """
    item = site.by_key[key]
    return {
        "title": item.title,
        "published": iso_vn(item.published),
        "modified": iso_vn(item.modified) if item.modified else None,
        "author": item.author,
        "source": item.source,
        "body": "\n\n".join(item.paragraphs),
        "captions": [str(img.get("caption") or "") for img in item.images if img.get("caption")],
        "layout": layout_of(key),
    }


class DupMarkupSite(CmsSite):
    family_headers = {"Server": "nginx/1.22.1", "X-Powered-By": "PHP/8.1.27"}
    number_base = 15_300
    number_stride = 3
    image_folder = "/storage/photos"

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/tin-bai/{item.number}/{slugify(item.title, max_len=80)}.html"

    def short_path(self, item: Item) -> str:
        """The share box's short link; it serves the same page."""
        return f"/tin-bai/{item.number}"

    def print_path(self, item: Item) -> str:
        return self.article_path(item) + "?view=print"

    def article_aliases(self, item: Item) -> list[str]:
        return [self.short_path(item)]

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def extra_paths(self) -> dict[str, str]:
        return {"sitemap": "/sitemap.xml"}

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        slug = NEWS_SLUG if self.is_news(section) else section.slug
        if page == 1:
            return f"/danh-muc/{slug}.html"
        return f"/danh-muc/{slug}/trang-{page}.html"

    def robots_txt(self, request: Request) -> str:
        return super().robots_txt(request) + f"\nSitemap: {request.base_url}/sitemap.xml\n"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path in ("/", "/index.html"):
            return self.html_response(self.home_html(request))
        if path == "/sitemap.xml":
            return Response(
                200,
                {"Content-Type": "application/xml; charset=utf-8"},
                self.sitemap(request).encode("utf-8"),
            )
        parts = path.strip("/").split("/")
        if parts[0] == "tin-bai" and len(parts) in (2, 3) and parts[1].isdigit():
            item = self.by_number.get(int(parts[1]))
            if item is None:
                return None
            if len(parts) == 3 and path != self.article_path(item):
                return None
            if params.get("view") == "print":
                if item.kind in ("missing", "error"):
                    return None
                return self.html_response(self.print_html(item, request))
            return self.article_response(item, request)
        if parts[0] == "danh-muc" and len(parts) in (2, 3):
            page = 1
            if len(parts) == 3:
                if not (parts[2].startswith("trang-") and parts[2].endswith(".html")):
                    return None
                number = parts[2][len("trang-") : -len(".html")]
                if not number.isdigit() or int(number) < 2:
                    return None
                slug, page = parts[1], int(number)
            else:
                if not parts[1].endswith(".html"):
                    return None
                slug = parts[1][: -len(".html")]
            if slug == NEWS_SLUG:
                section = None
            else:
                section = self.section_by_slug(slug)
                if section is None or section.slug != slug:
                    return None
            _, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.listing_html(section, page, request))
        return None

    # -- shared frame

    def menu_links(self) -> list[tuple[str, str]]:
        return [
            ("Tin tức", self.listing_path(None)),
            *[(s.name, self.listing_path(s)) for s in self.sections.values()],
        ]

    def tabs(self, prefix: str, panes: list[tuple[str, list[Item]]]) -> str:
        """Bootstrap tabs: every pane in the markup, only the first shown."""
        heads, bodies = [], []
        for index, (name, items) in enumerate(panes):
            ident = f"{prefix}-{index}"
            active = " active" if index == 0 else ""
            heads.append(
                f'<li class="nav-item" role="presentation"><button class="nav-link{active}" '
                f'data-bs-toggle="tab" data-bs-target="#{ident}" type="button" role="tab">'
                f"{esc(name)}</button></li>"
            )
            rows = "".join(
                f'<li class="list-group-item"><a href="{esc(self.article_path(it))}">'
                f'{esc(it.title)}</a> <small class="text-muted">{listing_date(it.published)}'
                "</small></li>"
                for it in items
            )
            bodies.append(
                f'<div class="tab-pane fade{" show active" if index == 0 else ""}" id="{ident}" '
                f'role="tabpanel"><ul class="list-group list-group-flush">{rows}</ul></div>'
            )
        return (
            f'<ul class="nav nav-tabs" role="tablist">{"".join(heads)}</ul>'
            f'<div class="tab-content">{"".join(bodies)}</div>'
        )

    def most_read(self, count: int = 5) -> list[Item]:
        healthy = [it for it in self.items if it.kind == "article"]
        return sorted(healthy, key=lambda it: (-view_count(it.key), it.key))[:count]

    def frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        request: Request,
        head: str = "",
    ) -> str:
        p = self.portal
        desktop_menu = "".join(
            f'<li class="nav-item"><a class="nav-link" href="{esc(href)}">{esc(name)}</a></li>'
            for name, href in self.menu_links()
        )
        mobile_menu = "".join(
            f'<a class="list-group-item list-group-item-action" href="{esc(href)}">{esc(name)}</a>'
            for name, href in self.menu_links()
        )
        crumb = "".join(
            f'<li class="breadcrumb-item"><a href="{esc(href)}">{esc(name)}</a></li>'
            if href
            else f'<li class="breadcrumb-item active" aria-current="page">{esc(name)}</li>'
            for name, href in [("Trang chủ", "/"), *crumbs]
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<div class="form-check"><input class="form-check-input" type="radio" name="bc" '
            f'id="bc{i}" value="{i}"><label class="form-check-label" for="bc{i}">{esc(o)}</label>'
            "</div>"
            for i, o in enumerate(options)
        )
        side_tabs = self.tabs(
            "sb",
            [("Tin mới", self.latest(6)), ("Đọc nhiều", self.most_read(6))],
        )
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(p.name)}</title>
<link href="/themes/ngan/css/bootstrap.min.css" rel="stylesheet">
<link href="/themes/ngan/css/style.css?v=3.2.1" rel="stylesheet">{head}
</head><body class="bg-light">
<a class="visually-hidden-focusable" href="#noi-dung-chinh">Bỏ qua điều hướng</a>
<div class="topbar bg-primary text-white small py-1"><div class="container d-flex
justify-content-between"><span class="d-none d-md-inline">Chào mừng bạn đến với {esc(p.name)}</span>
<span><a class="text-white" href="javascript:void(0);" onclick="doiCoChu(-1)">A-</a>
<a class="text-white" href="javascript:void(0);" onclick="doiCoChu(1)">A+</a> |
<a class="text-white" href="javascript:void(0);" data-bs-toggle="modal"
data-bs-target="#dangNhap">Đăng nhập</a></span></div></div>
<header class="site-header bg-white"><div class="container py-2 d-flex align-items-center">
<a href="/"><img src="/themes/ngan/img/quoc-huy.png" alt="Quốc huy" height="64"></a>
<div class="ms-3"><div class="text-uppercase small">{esc(p.agency)}</div>
<div class="site-name fw-bold text-danger text-uppercase">{esc(p.name)}</div></div>
<button class="btn btn-outline-primary ms-auto d-lg-none" type="button" data-bs-toggle="offcanvas"
data-bs-target="#menuDiDong" aria-label="Mở menu"><span class="navbar-toggler-icon"></span></button>
</div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary d-none d-lg-flex" id="menuChinh">
<div class="container"><ul class="navbar-nav me-auto"><li class="nav-item"><a class="nav-link"
href="/"><i class="bi bi-house-fill"></i> Trang chủ</a></li>{desktop_menu}
<li class="nav-item"><a class="nav-link" href="javascript:void(0);">Liên hệ</a></li></ul>
<form class="d-flex" action="/tim-kiem" method="get"><input class="form-control form-control-sm"
name="q" placeholder="Tìm kiếm..."></form></div></nav>
<div class="offcanvas offcanvas-start d-lg-none" tabindex="-1" id="menuDiDong">
<div class="offcanvas-header"><h5 class="offcanvas-title">Danh mục</h5><button type="button"
class="btn-close" data-bs-dismiss="offcanvas" aria-label="Đóng"></button></div>
<div class="offcanvas-body"><div class="list-group list-group-flush"><a
class="list-group-item list-group-item-action" href="/">Trang chủ</a>{mobile_menu}</div></div>
</div>
<div class="container mt-3"><nav aria-label="breadcrumb"><ol class="breadcrumb">{crumb}</ol></nav>
<div class="row"><main class="col-lg-8" id="noi-dung-chinh">{main}</main>
<aside class="col-lg-4">
<div class="card mb-3 widget-tabs"><div class="card-body p-2">{side_tabs}</div></div>
<div class="card mb-3"><div class="card-header fw-bold">Kết quả giải quyết TTHC</div>
<div class="card-body small"><p class="mb-1">Tháng {t["month"]}: tiếp nhận
{thousands(t["total"])} hồ sơ</p><p class="mb-1">Đúng hạn: {thousands(t["ontime"])}
({t["percent"]}%)</p><p class="mb-0">Trễ hạn: {thousands(t["late"])}</p></div></div>
<div class="card mb-3"><div class="card-header fw-bold">Ý kiến thăm dò</div><div class="card-body">
<form action="/binh-chon" method="post"><p>{esc(question)}</p>{choices}
<button class="btn btn-sm btn-primary mt-2" type="submit">Bình chọn</button>
<a class="btn btn-sm btn-link mt-2" href="javascript:xemKetQua();">Xem kết quả</a></form></div></div>
<div class="card mb-3"><div class="card-header fw-bold">Liên kết</div><div class="card-body">
<a href="https://dichvucong.gov.vn" target="_blank"><img class="img-fluid mb-2"
src="/themes/ngan/img/banner-dvc.png" alt="Responsive image"></a>
<a href="https://chinhphu.vn" target="_blank"><img class="img-fluid" src="/themes/ngan/img/banner-cp.png"
alt="Responsive image"></a></div></div>
<div class="card mb-3"><div class="card-header fw-bold">Thống kê truy cập</div>
<ul class="list-unstyled card-body small mb-0"><li>Đang online: {thousands(v["online"])}</li>
<li>Hôm nay: {thousands(v["today"])}</li><li>Trong tuần: {thousands(v["week"])}</li>
<li>Tổng lượt truy cập: {thousands(v["total"])}</li></ul></div>
</aside></div></div>
<footer class="bg-primary text-white mt-4 py-3 small"><div class="container">
<p class="mb-1 fw-bold">{esc(p.name)}</p>
<p class="mb-1">Cơ quan chủ quản: {esc(p.agency)}</p>
<p class="mb-1">Trưởng Ban biên tập: {esc(p.editor)}</p>
<p class="mb-1">{esc(p.licence)}</p>
<p class="mb-1">Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)}</p>
<p class="mb-0">{esc(reuse_notice(p))}</p>
<a class="back-to-top btn btn-light btn-sm" href="#">Về đầu trang</a></div></footer>
<script src="/themes/ngan/js/bootstrap.bundle.min.js"></script>
<script src="/themes/ngan/js/main.js?v=3.2.1"></script>
</body></html>
"""

    # -- listings

    def cards(self, items: list[Item], tracked: bool = False) -> str:
        """Each item twice: a desktop card and a phone row, one of them hidden by CSS."""
        out = []
        for index, it in enumerate(items):
            href = self.article_path(it)
            if tracked and index % 2 == 0:
                href += "?" + TRACKING
            thumb = esc(image_path(it, 0, self.image_folder))
            out.append(
                f'<div class="card news-card mb-3 d-none d-md-block"><div class="row g-0">'
                f'<div class="col-md-4"><a href="{esc(href)}"><img src="{thumb}" '
                f'class="img-fluid rounded-start" alt="{esc(it.title)}"></a></div>'
                f'<div class="col-md-8"><div class="card-body"><h5 class="card-title">'
                f'<a href="{esc(href)}">{esc(it.title)}</a></h5>'
                f'<p class="card-text"><small class="text-muted">{dmy(it.published)} '
                f"{it.published:%H:%M}</small></p>"
                f'<p class="card-text">{esc(it.sapo())}</p></div></div></div></div>'
                f'<div class="news-row d-flex d-md-none border-bottom py-2">'
                f'<img src="{thumb}" class="me-2" width="96" alt="">'
                f'<div><a class="fw-semibold" href="{esc(href)}">{esc(it.title)}</a>'
                f'<div class="small text-muted">{listing_date(it.published)}</div></div></div>'
            )
        return "".join(out)

    def home_html(self, request: Request) -> str:
        featured = self.latest(1)
        hero = ""
        if featured:
            it = featured[0]
            hero = (
                f'<div class="hero card mb-4"><img class="card-img-top" src="'
                f'{esc(image_path(it, 0, self.image_folder))}" alt="{esc(it.title)}">'
                f'<div class="card-body"><h3 class="card-title"><a href="'
                f'{esc(self.article_path(it) + "?" + TRACKING)}">{esc(it.title)}</a></h3>'
                f'<p class="card-text">{esc(it.sapo())}</p></div></div>'
            )
        blocks = [
            f'<section class="tin-noi-bat"><h2 class="h5 border-bottom">Tin nổi bật</h2>'
            f"{hero}</section>"
        ]
        for section in self.sections.values():
            items = self.listed(section)[:4]
            if not items:
                continue
            blocks.append(
                f'<section class="home-block mb-4"><h2 class="h5 border-bottom"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>'
                f"{self.cards(items, tracked=True)}</section>"
            )
        blocks.append(
            f'<p><a class="btn btn-outline-primary" href="{esc(self.listing_path(None))}">'
            "Xem tất cả tin tức</a></p>"
        )
        return self.frame("Trang chủ", [], "".join(blocks), request)

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        """A Bootstrap pager for desktops and a "Trước/Sau" pager for phones."""
        if pages <= 1:
            return ""

        def item(n: int, label: str | None = None) -> str:
            return (
                f'<li class="page-item"><a class="page-link" href="'
                f'{esc(self.listing_path(section, n))}">{label or n}</a></li>'
            )

        numbers = pager_numbers(
            page,
            pages,
            item,
            current='<li class="page-item active" aria-current="page"><span class="page-link">'
            "{n}</span></li>",
            gap='<li class="page-item disabled"><span class="page-link">…</span></li>',
        )
        first = [item(page - 1, "&laquo;")] if page > 1 else []
        last = [item(page + 1, "&raquo;")] if page < pages else []
        phone = []
        if page > 1:
            phone.append(
                f'<a class="btn btn-outline-primary btn-sm" href="'
                f'{esc(self.listing_path(section, page - 1))}">Trước</a>'
            )
        phone.append(f'<span class="mx-2">Trang {page}/{pages}</span>')
        if page < pages:
            phone.append(
                f'<a class="btn btn-outline-primary btn-sm" href="'
                f'{esc(self.listing_path(section, page + 1))}">Sau</a>'
            )
        return (
            f'<nav class="d-none d-md-block" aria-label="Phân trang"><ul class="pagination">'
            f"{''.join(first + numbers + last)}</ul></nav>"
            f'<div class="pager-mobile d-flex d-md-none justify-content-center my-3">'
            f"{''.join(phone)}</div>"
        )

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        main = (
            f'<h1 class="h4 category-title border-bottom pb-2">{esc(name)}</h1>'
            f'<div class="category-list">{self.cards(items)}</div>{self.pager(section, page, pages)}'
        )
        crumbs = (
            [(name, "")]
            if page == 1
            else [(name, self.listing_path(section)), (f"Trang {page}", "")]
        )
        return self.frame(name if page == 1 else f"{name} - Trang {page}", crumbs, main, request)

    # -- articles

    def figure(self, item: Item, index: int, caption: str) -> str:
        return (
            f'<figure class="figure text-center d-block"><img class="figure-img img-fluid" src="'
            f'{esc(image_path(item, index, self.image_folder))}" alt="{esc(caption)}">'
            f'<figcaption class="figure-caption">{esc(caption)}</figcaption></figure>'
        )

    def signature(self, item: Item) -> str:
        parts = []
        if item.author:
            parts.append(f'<p class="tac-gia text-end fw-bold">{esc(item.author)}</p>')
        if item.source:
            parts.append(f'<p class="nguon-tin text-end fst-italic">Nguồn: {esc(item.source)}</p>')
        return "".join(parts)

    def body_copy(self, item: Item, revision: int) -> str:
        """The whole body as the editor wrote it: paragraphs, photos, signature."""
        parts = []
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                parts.append(f"<p>{esc(value)}</p>")
            else:
                parts.append(self.figure(item, *value))
        return "".join(parts) + self.signature(item)

    def lead_twice(self, item: Item, revision: int) -> str:
        """The lead above the photo on phones, beside it on desktops; then the rest."""
        blocks = body_blocks(item, revision)
        lead = esc(blocks[0][1])
        photos = []
        rest_start = 1
        while rest_start < len(blocks) and blocks[rest_start][0] == "img":
            photos.append(self.figure(item, *blocks[rest_start][1]))
            rest_start += 1
        if not photos:
            photos.append(
                f'<img class="img-fluid rounded" src="{esc(image_path(item, 0, self.image_folder))}"'
                ' alt="Responsive image">'
            )
        rest = "".join(
            f"<p>{esc(value)}</p>" if kind == "p" else self.figure(item, *value)
            for kind, value in blocks[rest_start:]
        )
        return (
            f'<div class="sapo-mobile d-block d-md-none"><p class="lead">{lead}</p></div>'
            f'<div class="row align-items-start mb-3"><div class="col-md-5">{"".join(photos)}'
            f'</div><div class="col-md-7 d-none d-md-block"><p class="lead">{lead}</p></div></div>'
            f"{rest}{self.signature(item)}"
        )

    def article_body(self, item: Item, request: Request) -> str:
        layout = layout_of(item.key)
        revision = request.revision
        copy = self.body_copy(item, revision)
        if layout == "lead-twice" and item.body(revision):
            return f'<div class="article-content">{self.lead_twice(item, revision)}</div>'
        if layout in ("responsive-body", "noscript-copy"):
            markup = (
                f'<div class="article-content d-none d-md-block">{copy}</div>'
                f'<div class="article-content-mobile d-block d-md-none">{copy}</div>'
            )
            if layout == "noscript-copy":
                markup += (
                    f'<noscript><div class="amp-reader"><h2>{esc(item.title)}</h2>{copy}</div>'
                    "</noscript>"
                )
            return markup
        markup = f'<div class="article-content">{copy}</div>'
        if layout == "reader-mode":
            markup += (
                f'<div id="che-do-doc" class="reader-mode" style="display:none" aria-hidden="true">'
                f'<button type="button" class="btn-close" onclick="tatCheDoDoc()"></button>'
                f"<h2>{esc(item.title)}</h2>{copy}</div>"
                f'<template id="amp-reader-tpl"><article class="amp-article"><h1>{esc(item.title)}'
                f"</h1>{copy}</article></template>"
            )
        return markup

    def date_block(self, item: Item, request: Request) -> str:
        published = item.published
        modified = item.shown_modified(request.revision)
        updated = f" | Cập nhật: {date_line(modified)}" if modified else ""
        views = thousands(view_count(item.key))
        return (
            f'<div class="article-meta text-muted small d-none d-md-flex gap-3">'
            f'<span><i class="bi bi-clock"></i> {date_line(published)}{updated}</span>'
            f'<span><i class="bi bi-eye"></i> Lượt xem: {views}</span>'
            f'<span class="ms-auto">Xem với cỡ chữ <a href="javascript:void(0);">A-</a> '
            '<a href="javascript:void(0);">A+</a></span></div>'
            f'<div class="article-meta-mobile text-muted small d-md-none">'
            f"{dmy(published)} {published:%H:%M} · {views} lượt xem</div>"
        )

    def article_html(self, item: Item, request: Request) -> str:
        p = self.portal
        canonical = request.base_url + self.article_path(item)
        head = (
            f'\n<link rel="canonical" href="{esc(canonical)}">'
            f'\n<meta property="og:title" content="{esc(item.title)}">'
            f'\n<meta property="og:description" content="{esc(item.sapo())}">'
            f'\n<meta property="og:url" content="{esc(canonical)}">'
        )
        related = self.others(item, 6)
        short = request.base_url + self.short_path(item)
        foot_tabs = self.tabs(
            "ft",
            [
                ("Tin liên quan", related),
                ("Tin mới", self.latest(6, exclude=item)),
                ("Đọc nhiều", self.most_read(6)),
            ],
        )
        main = (
            f'<article class="article-detail bg-white p-3 mb-3">'
            f'<h1 class="article-title h3 fw-bold">{esc(item.title)}</h1>'
            f"{self.date_block(item, request)}"
            f'<div class="article-body mt-3">{self.article_body(item, request)}</div>'
            f'<div class="share-box border-top pt-2 mt-3 small">Chia sẻ: '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={esc(short)}" '
            f'target="_blank">Facebook</a> · <a href="https://zalo.me/share?u={esc(short)}" '
            f'target="_blank">Zalo</a> · Đường dẫn ngắn: <a href="{esc(self.short_path(item))}">'
            f"{esc(p.domain + self.short_path(item))}</a> · "
            f'<a href="{esc(self.print_path(item))}" target="_blank">Bản in</a> · '
            '<a href="javascript:window.history.back();">Quay lại</a></div></article>'
            f'<div class="card mb-3 related-tabs"><div class="card-body p-2">{foot_tabs}</div>'
            "</div>"
        )
        crumbs = [(item.section.name, self.listing_path(item.section)), (item.title, "")]
        return self.frame(item.title, crumbs, main, request, head)

    def print_html(self, item: Item, request: Request) -> str:
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
            f"<title>{esc(item.title)}</title>"
            '<meta name="robots" content="noindex"></head><body onload="window.print()">'
            f'<p class="small">{esc(self.portal.name)}</p>'
            f"<h1>{esc(item.title)}</h1><p>{date_line(item.published)}</p>"
            f"{self.body_copy(item, request.revision)}</body></html>"
        )

    def sitemap(self, request: Request) -> str:
        urls = [request.base_url + "/"]
        urls += [request.base_url + self.listing_path(s) for s in [None, *self.sections.values()]]
        entries = "".join(f"<url><loc>{xml_escape(u)}</loc></url>" for u in urls)
        entries += "".join(
            f"<url><loc>{xml_escape(request.base_url + self.article_path(it))}</loc>"
            f"<lastmod>{iso_vn(it.last_modified(request.revision))}</lastmod></url>"
            for it in self.items
            if it.kind == "article"
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>\n'
        )

    def error_html(self, status: int) -> str:
        word = "Không tìm thấy trang" if status == 404 else "Lỗi máy chủ"
        text = (
            "Trang bạn tìm không tồn tại hoặc đã được chuyển đi."
            if status == 404
            else "Hệ thống đang bận, xin vui lòng thử lại sau."
        )
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
            f'<title>{status} - {word}</title></head><body class="bg-light"><div class="container '
            f'text-center py-5"><h1 class="display-1">{status}</h1><h2>{word}</h2><p>{text}</p>'
            '<a class="btn btn-primary" href="/">Về trang chủ</a></div></body></html>'
        )
