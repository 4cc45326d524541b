"""Django + Wagtail CMS family (cds-bichgiang): a provincial digital-transformation centre's site.

URL shapes (Django's ``APPEND_SLASH``: every page path ends in ``/``; the bare form 301s there):
- home ``/``; static pages ``/gioi-thieu/``, ``/lien-he/``;
- news index ``/tin-tuc/`` (``?page=N``; ``?page=1`` is the bare listing, a page past the end
  shows the last page as Django's ``Paginator.get_page`` does); per category
  ``/tin-tuc/chuyen-muc/<slug>/``; per tag ``/tin-tuc/?tag=<slug>``;
- article ``/tin-tuc/<yyyy>/<mm>/<dd>/<slug>/``: the folder is the UTC date of first
  publication (an article published 00:00-06:59 Vietnam time sits under the day before) and the
  slug is the title's, cut at 50 characters (Wagtail's slug field);
- search ``/tim-kiem/?query=…`` (reached only through the header's form);
- ``/sitemap.xml``: Wagtail's flat sitemap (one ``urlset``), named in robots.txt.
Listings load more by infinite scroll: the visible "Xem thêm" is a ``<button data-next-page>``;
the only followable next page is ``<link rel="next">`` in ``<head>``.
Articles: the intro field (the first paragraph) in ``div.article-intro``, then a StreamField
(``div.block-paragraph`` rich text, ``div.block-image`` with ``figcaption``, ``div.block-embed``
with a YouTube iframe on some); ``<time datetime="…Z">`` in UTC showing the local date only;
JSON-LD ``NewsArticle`` and ``article:published_time`` in +07:00.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from urllib.parse import quote, urlencode

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    dmy,
    esc,
    iso_vn,
    poll,
    reuse_notice,
    slugify,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    visitor_stats,
    with_param,
)

NEWS = "/tin-tuc/"
CATEGORY = "/tin-tuc/chuyen-muc/"
SEARCH = "/tim-kiem/"
SLUG_MAX = 50
TAGS = (
    "chuyển đổi số",
    "chính quyền số",
    "kinh tế số",
    "xã hội số",
    "dịch vụ công trực tuyến",
    "dữ liệu",
    "an toàn thông tin",
    "chữ ký số",
)
STATIC_PAGES = {
    "/gioi-thieu/": (
        "Giới thiệu Trung tâm",
        [
            "Trung tâm Chuyển đổi số tỉnh là đơn vị sự nghiệp công lập trực thuộc Sở Khoa học và "
            "Công nghệ, có chức năng tham mưu, giúp Giám đốc Sở tổ chức triển khai các nhiệm vụ "
            "chuyển đổi số, vận hành hạ tầng số dùng chung và các nền tảng số của tỉnh.",
            "Trung tâm quản lý Trung tâm dữ liệu tỉnh, Trung tâm giám sát, điều hành thông minh "
            "(IOC), hệ thống giám sát an toàn thông tin (SOC) và hỗ trợ kỹ thuật cho các cơ quan, "
            "đơn vị, địa phương trong tỉnh.",
        ],
    ),
    "/lien-he/": (
        "Liên hệ",
        [
            "Mọi ý kiến góp ý, phản ánh về nội dung trang tin và hoạt động chuyển đổi số của tỉnh, "
            "xin gửi về Trung tâm Chuyển đổi số tỉnh theo địa chỉ dưới đây hoặc qua biểu mẫu.",
        ],
    ),
}


def utc_of(local: datetime) -> datetime:
    """The UTC time of a Vietnam local time (both naive).

    >>> utc_of(datetime(2021, 1, 5, 6, 40))
    datetime.datetime(2021, 1, 4, 23, 40)
    """
    return local - timedelta(hours=7)


def iso_z(local: datetime) -> str:
    """A Vietnam local time written in UTC with ``Z``, as the ``<time datetime>`` attribute.

    >>> iso_z(datetime(2021, 1, 4, 7, 30))
    '2021-01-04T00:30:00Z'
    """
    return utc_of(local).strftime("%Y-%m-%dT%H:%M:%SZ")


def wagtail_slug(title: str) -> str:
    """The slug Wagtail's admin fills from a title: ASCII, hyphenated, cut at 50 characters.

    >>> wagtail_slug("Tăng cường bảo đảm an toàn thông tin mạng cho hệ thống chính quyền số")
    'tang-cuong-bao-dam-an-toan-thong-tin-mang-cho-he-t'
    """
    return slugify(title)[:SLUG_MAX].rstrip("-")


def django_page(value: str | None, pages: int) -> int:
    """The page Django's ``Paginator.get_page`` shows: junk gives 1, past the end the last.

    >>> django_page("3", 5), django_page("x", 5), django_page("99", 5), django_page("-2", 5)
    (3, 1, 5, 1)
    """
    try:
        number = int(value) if value is not None else 1
    except ValueError:
        return 1
    if number < 1:
        return 1
    return min(number, pages)


class WagtailSite(CmsSite):
    family_headers = {
        "Server": "nginx",
        "X-Frame-Options": "DENY",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Vary": "Cookie",
    }
    image_folder = "/media/images"

    # -- URLs

    def section_slug(self, name: str) -> str:
        return slugify(name)

    def _slugs(self) -> dict[str, str]:
        """Each item's slug, unique among the news index's children (an editor adds ``-2``)."""
        cached = getattr(self, "_slug_cache", None)
        if cached is not None:
            return cached
        taken: set[str] = set()
        slugs: dict[str, str] = {}
        for item in sorted(self.items, key=lambda it: (it.published, it.key)):
            base = wagtail_slug(item.title)
            slug, n = base, 1
            while slug in taken:
                n += 1
                slug = f"{base}-{n}"
            taken.add(slug)
            slugs[item.key] = slug
        self._slug_cache = slugs
        return slugs

    def article_path(self, item: Item) -> str:
        folder = utc_of(item.published).strftime("%Y/%m/%d")
        return f"{NEWS}{folder}/{self._slugs()[item.key]}/"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = NEWS if self.is_news(section) else f"{CATEGORY}{section.slug}/"
        return base if page == 1 else f"{base}?page={page}"

    def home_path(self) -> str:
        return "/"

    def extra_paths(self) -> dict[str, str]:
        return {"sitemap": "/sitemap.xml"}

    def image_url(self, item: Item, index: int, spec: str = "width-800") -> str:
        name = f"{slugify(item.section.name)}-{stable_token(item.key + str(index), 6)}"
        return f"{self.image_folder}/{name}.{spec}.jpg"

    def link(self, item: Item, source: str) -> str:
        """An article link; ``source`` names the box, which some boxes put in UTM tags."""
        path = self.article_path(item)
        if item.kind != "article":
            return path
        return with_param(path, f"utm_source={source}&utm_medium=website&utm_campaign=noi-bat")

    def robots_txt(self, request: Request) -> str:
        return super().robots_txt(request) + f"\nSitemap: {request.base_url}/sitemap.xml\n"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/sitemap.xml":
            return self.xml_response(self.sitemap(request))
        if not path.endswith("/"):
            target = path + "/"
            if self.resolves(target):
                query = urlencode(request.params)
                return Response(
                    301,
                    {"Location": target + (f"?{query}" if query else ""), **self.family_headers},
                    b"",
                )
            return None
        if path == "/":
            return self.html_response(self.home_html(request))
        if path in STATIC_PAGES:
            return self.html_response(self.static_html(path, request))
        if path == SEARCH:
            return self.search_response(request)
        if path == NEWS:
            tag = request.params.get("tag")
            if tag:
                return self.tag_response(tag, request)
            return self.listing_response(None, request)
        if path.startswith(CATEGORY):
            section = self.section_by_slug(path[len(CATEGORY) :])
            return self.listing_response(section, request) if section else None
        item = self.by_path.get(path)
        return self.article_response(item, request) if item else None

    def resolves(self, path: str) -> bool:
        if path in ("/", NEWS, SEARCH) or path in STATIC_PAGES or path in self.by_path:
            return True
        return path.startswith(CATEGORY) and self.section_by_slug(path[len(CATEGORY) :]) is not None

    def xml_response(self, xml: str) -> Response:
        return Response(
            200, {"Content-Type": "application/xml; charset=utf-8"}, xml.encode("utf-8")
        )

    def paged(self, items: list[Item], request: Request) -> tuple[list[Item], int, int]:
        size = self.portal.page_size
        pages = max(1, -(-len(items) // size))
        page = django_page(request.params.get("page"), pages)
        return items[(page - 1) * size : page * size], page, pages

    def listing_response(self, section: Section | None, request: Request) -> Response:
        items, page, pages = self.paged(self.listed(section), request)
        shown = section or self.news
        base = self.listing_path(section)
        crumbs = [(NEWS, self.news.name)] if not self.is_news(section) else []
        return self.html_response(
            self.listing_html(shown.name, base, {}, items, page, pages, request, crumbs)
        )

    def tag_response(self, tag: str, request: Request) -> Response | None:
        names = {slugify(t): t for t in TAGS}
        if tag not in names:
            return None
        hits = [it for it in self.items if it.kind == "article" and names[tag] in self.tags_of(it)]
        items, page, pages = self.paged(hits, request)
        title = f"Thẻ: {names[tag]}"
        return self.html_response(
            self.listing_html(
                title, NEWS, {"tag": tag}, items, page, pages, request, [(NEWS, self.news.name)]
            )
        )

    def search_response(self, request: Request) -> Response:
        query = request.params.get("query", "")
        words = query.lower().split()
        hits = [
            it
            for it in self.items
            if it.kind == "article" and words and all(w in it.title.lower() for w in words)
        ]
        items, page, pages = self.paged(hits, request)
        title = f"Kết quả tìm kiếm cho “{query}”" if query else "Tìm kiếm"
        return self.html_response(
            self.listing_html(title, SEARCH, {"query": query}, items, page, pages, request, [])
        )

    def tags_of(self, item: Item) -> list[str]:
        text = (item.title + " " + " ".join(item.body(0))).lower()
        return [t for t in TAGS if t in text][:4]

    # -- sitemap (wagtail.contrib.sitemaps: flat, lastmod = last_published_at in UTC)

    def sitemap(self, request: Request) -> str:
        rows = [("/", None)] + [(p, None) for p in STATIC_PAGES] + [(NEWS, None)]
        rows += [(self.listing_path(s), None) for s in self.sections.values()]
        rows += [
            (self.article_path(it), it.last_modified(request.revision))
            for it in sorted(self.items, key=lambda it: (it.published, it.key))
            if it.kind == "article"
        ]
        urls = "".join(
            f"<url><loc>{esc(request.base_url + path)}</loc>"
            + (
                f"<lastmod>{utc_of(moment).strftime('%Y-%m-%dT%H:%M:%S')}+00:00</lastmod>"
                if moment
                else ""
            )
            + "</url>\n"
            for path, moment in rows
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
            f"{urls}</urlset>\n"
        )

    # -- frame

    def frame(
        self,
        title: str,
        content: str,
        request: Request,
        *,
        head: str = "",
        crumbs: list[tuple[str, str]] = (),
        body_class: str = "",
        sidebar: bool = True,
    ) -> str:
        portal = self.portal
        seed = request.seed
        dropdown = "".join(
            f'<li><a class="dropdown-item" href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = ""
        if crumbs is not None and body_class != "template-homepage":
            trail = "".join(
                f'<li class="breadcrumb-item"><a href="{esc(href)}">{esc(label)}</a></li>'
                for href, label in crumbs
            )
            crumb = (
                '<nav aria-label="breadcrumb"><ol class="breadcrumb small">'
                f'<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>{trail}'
                f'<li class="breadcrumb-item active" aria-current="page">{esc(shorten_title(title))}</li>'
                "</ol></nav>"
            )
        visits = visitor_stats(seed)
        side = self.sidebar_html(request) if sidebar else ""
        layout = (
            f'<div class="row g-4"><div class="col-lg-8">{crumb}{content}</div>'
            f'<aside class="col-lg-4 sidebar" aria-label="Thông tin thêm">{side}</aside></div>'
            if sidebar
            else f"{crumb}{content}"
        )
        csrf = stable_token(
            seed + "csrf", 32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        )
        return f"""<!DOCTYPE html>
<html lang="vi" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(portal.short_name)}</title>
<meta property="og:site_name" content="{esc(portal.name)}">
<meta name="csrf-token" content="{csrf}">
{head}
<link rel="icon" href="/static/img/favicon.ico">
<link rel="stylesheet" href="/static/css/bootstrap.min.css?v=5.3.3">
<link rel="stylesheet" href="/static/css/bootstrap-icons.min.css">
<link rel="stylesheet" href="/static/css/main.4f2a9c1e.css">
</head>
<body class="{body_class}">
<a class="visually-hidden-focusable" href="#main-content">Chuyển đến nội dung chính</a>
<div class="topbar bg-primary text-white small py-1"><div class="container d-flex justify-content-between">
<span><i class="bi bi-calendar3"></i> <span id="today-date"></span></span>
<span><a class="text-white me-3" href="tel:{esc(portal.phone)}"><i class="bi bi-telephone"></i> {esc(portal.phone)}</a><a class="text-white" href="https://sso.{esc(portal.domain.split(".", 1)[1])}/dang-nhap">Đăng nhập</a></span>
</div></div>
<header class="site-header border-bottom bg-white">
<div class="container d-flex align-items-center py-3">
<a class="brand d-flex align-items-center text-decoration-none" href="/"><img src="/static/img/logo.png" alt="Logo" width="64" height="64">
<div class="ms-3"><div class="brand-sub text-uppercase small">{esc(portal.agency)}</div><div class="brand-name fw-bold text-uppercase">{esc(portal.name)}</div></div></a>
<form class="ms-auto d-none d-md-flex" role="search" action="{SEARCH}" method="get"><input class="form-control form-control-sm" type="search" name="query" placeholder="Nhập từ khóa tìm kiếm" aria-label="Tìm kiếm"><button class="btn btn-sm btn-primary ms-1" type="submit"><i class="bi bi-search"></i></button></form>
</div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary" aria-label="Menu chính"><div class="container">
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainMenu" aria-controls="mainMenu" aria-expanded="false" aria-label="Mở menu"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainMenu"><ul class="navbar-nav me-auto">
<li class="nav-item"><a class="nav-link" href="/"><i class="bi bi-house-door"></i> Trang chủ</a></li>
<li class="nav-item"><a class="nav-link" href="/gioi-thieu/">Giới thiệu</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{NEWS}" role="button" data-bs-toggle="dropdown" aria-expanded="false">{esc(self.news.name)}</a>
<ul class="dropdown-menu"><li><a class="dropdown-item" href="{NEWS}">Tất cả tin bài</a></li><li><hr class="dropdown-divider"></li>{dropdown}</ul></li>
<li class="nav-item"><a class="nav-link" href="https://dichvucong.gov.vn" target="_blank" rel="noopener">Dịch vụ công</a></li>
<li class="nav-item"><a class="nav-link" href="/lien-he/">Liên hệ</a></li>
</ul></div></div></nav>
</header>
<main id="main-content" class="py-4"><div class="container">
{layout}
</div></main>
<footer class="site-footer bg-dark text-light pt-4 pb-3 mt-4"><div class="container"><div class="row">
<div class="col-md-7">
<p class="fw-bold text-uppercase mb-2">{esc(portal.name)}</p>
<p class="mb-1">Cơ quan chủ quản: {esc(portal.agency)}</p>
<p class="mb-1">Chịu trách nhiệm nội dung: {esc(portal.editor)}</p>
<p class="mb-1">{esc(portal.licence)}</p>
<p class="mb-1">Địa chỉ: {esc(portal.address)}</p>
<p class="mb-1">Điện thoại: {esc(portal.phone)} · Email: cds@{esc(portal.domain.split(".", 1)[1])}</p>
</div>
<div class="col-md-5">
<p class="fw-bold mb-2">Thống kê truy cập</p>
<ul class="list-unstyled small visitor-counter"><li>Đang truy cập: <b>{thousands(visits["online"])}</b></li><li>Hôm nay: <b>{thousands(visits["today"])}</b></li><li>Trong tháng: <b>{thousands(visits["month"])}</b></li><li>Tổng lượt truy cập: <b>{thousands(visits["total"])}</b></li></ul>
<p class="small mb-0"><a class="text-light" href="/sitemap.xml">Sơ đồ trang</a> · <a class="text-light" href="/lien-he/">Góp ý</a></p>
</div></div>
<hr class="border-secondary"><p class="small text-center mb-0">{esc(reuse_notice(portal))}</p>
</div></footer>
<div class="cookie-consent alert alert-light border shadow-sm small d-none" role="dialog" aria-live="polite">Trang tin sử dụng cookie để ghi nhận lượt truy cập và cải thiện trải nghiệm của bạn. <button class="btn btn-sm btn-primary ms-2" type="button" data-cookie-accept>Đồng ý</button></div>
<button class="btn btn-primary back-to-top" type="button" aria-label="Về đầu trang"><i class="bi bi-arrow-up"></i></button>
<script src="/static/js/bootstrap.bundle.min.js"></script>
<script src="/static/js/main.9b1d3e07.js" defer></script>
</body>
</html>
"""

    def sidebar_html(self, request: Request) -> str:
        seed = request.seed
        stats = tthc_stats(seed)
        question, options = poll(seed)
        answers = "".join(
            f'<div class="form-check"><input class="form-check-input" type="radio" name="choice" id="poll-{i}" value="{i}">'
            f'<label class="form-check-label" for="poll-{i}">{esc(o)}</label></div>'
            for i, o in enumerate(options)
        )
        healthy = [it for it in self.items if it.kind == "article"]
        featured = "".join(
            f'<li class="list-group-item"><a href="{esc(self.link(it, "sidebar"))}">{esc(it.title)}</a></li>'
            for it in healthy[:5]
        )
        ranked = sorted(healthy, key=lambda it: stable_int(it.key + "popular", 0, 10_000))[:5]
        popular = "".join(
            f'<li class="list-group-item d-flex"><span class="rank me-2">{i}</span>'
            f'<a href="{esc(self.link(it, "doc-nhieu"))}">{esc(it.title)}</a></li>'
            for i, it in enumerate(ranked, 1)
        )
        return f"""<section class="card mb-4 widget-tthc"><div class="card-header fw-bold bg-primary text-white">Kết quả giải quyết TTHC</div>
<div class="card-body"><p class="small text-muted mb-2">Tháng {stats["month"]} (cập nhật tự động từ Hệ thống thông tin giải quyết TTHC)</p>
<div class="row text-center g-2"><div class="col-6"><div class="stat-num fs-4 fw-bold text-success">{stats["percent"]}%</div><div class="small">đúng hạn</div></div>
<div class="col-6"><div class="stat-num fs-4 fw-bold">{thousands(stats["total"])}</div><div class="small">hồ sơ đã giải quyết</div></div>
<div class="col-6"><div class="stat-num fw-bold">{thousands(stats["ontime"])}</div><div class="small">trước và đúng hạn</div></div>
<div class="col-6"><div class="stat-num fw-bold text-danger">{stats["late"]}</div><div class="small">quá hạn</div></div></div>
<a class="btn btn-outline-primary btn-sm w-100 mt-3" href="https://dichvucong.gov.vn/p/home/dvc-thong-ke.html" target="_blank" rel="noopener">Xem chi tiết</a></div></section>
<section class="card mb-4 widget-featured"><div class="card-header fw-bold">Tin nổi bật</div><ul class="list-group list-group-flush small">{featured}</ul></section>
<section class="card mb-4 widget-popular"><div class="card-header fw-bold">Đọc nhiều</div><ol class="list-group list-group-flush small">{popular}</ol></section>
<section class="card mb-4 widget-apps"><div class="card-header fw-bold">Nền tảng số dùng chung</div><div class="list-group list-group-flush small">
<a class="list-group-item" href="https://dichvucong.gov.vn" target="_blank" rel="noopener">Cổng Dịch vụ công quốc gia</a>
<a class="list-group-item" href="https://vneid.gov.vn" target="_blank" rel="noopener">Ứng dụng định danh điện tử VNeID</a>
<a class="list-group-item" href="https://ioc.{esc(self.portal.domain.split(".", 1)[1])}" target="_blank" rel="noopener">Trung tâm giám sát, điều hành thông minh (IOC)</a>
<a class="list-group-item" href="https://hopkhonggiay.{esc(self.portal.domain.split(".", 1)[1])}" target="_blank" rel="noopener">Hệ thống họp không giấy</a></div></section>
<section class="card mb-4 widget-poll"><div class="card-header fw-bold">Khảo sát ý kiến</div><div class="card-body small">
<form action="/khao-sat/binh-chon/" method="post"><p>{esc(question)}</p>{answers}<button class="btn btn-primary btn-sm mt-2" type="submit">Bình chọn</button> <button class="btn btn-link btn-sm mt-2" type="button" data-poll-result>Xem kết quả</button></form></div></section>
<section class="mb-4 widget-banner"><a href="https://dx.gov.vn" target="_blank" rel="noopener"><img class="img-fluid rounded" src="/media/images/banner-cds-quoc-gia.original.png" alt="banner-cds-quoc-gia"></a></section>"""

    def card(self, item: Item, revision: int) -> str:
        url = self.article_path(item)
        return (
            f'<div class="col"><article class="card h-100 post-card shadow-sm">'
            f'<img class="card-img-top" loading="lazy" src="{esc(self.image_url(item, 0, "fill-400x240"))}" alt="">'
            f'<div class="card-body"><a class="post-category small text-uppercase" href="{esc(self.listing_path(item.section))}">{esc(item.section.name)}</a>'
            f'<h3 class="card-title h6 mt-1"><a class="stretched-link text-reset" href="{esc(url)}">{esc(item.title)}</a></h3>'
            f'<p class="card-text small text-muted">{esc(item.sapo(revision, 160))}</p></div>'
            f'<div class="card-footer bg-transparent border-0 small text-muted"><i class="bi bi-clock"></i> '
            f'<time datetime="{iso_z(item.published)}">{dmy(item.published)}</time></div></article></div>'
        )

    # -- pages

    def home_html(self, request: Request) -> str:
        healthy = [it for it in self.items if it.kind == "article"]
        slides = "".join(
            f'<div class="carousel-item{" active" if i == 0 else ""}"><img class="d-block w-100" src="{esc(self.image_url(it, 0, "fill-1200x500"))}" alt="">'
            f'<div class="carousel-caption"><h2 class="h5"><a class="text-white" href="{esc(self.link(it, "trang-chu"))}">{esc(it.title)}</a></h2></div></div>'
            for i, it in enumerate(healthy[:3])
        )
        blocks = []
        for section in self.sections.values():
            items = [it for it in self.listed(section) if it.kind == "article"][:3]
            if not items:
                continue
            cards = "".join(self.card(it, request.revision) for it in items)
            blocks.append(
                f'<section class="home-category mb-4"><div class="d-flex justify-content-between align-items-center border-bottom mb-3">'
                f'<h2 class="h5 fw-bold text-primary text-uppercase">{esc(section.name)}</h2>'
                f'<a class="small" href="{esc(self.listing_path(section))}">Xem tất cả <i class="bi bi-chevron-right"></i></a></div>'
                f'<div class="row row-cols-1 row-cols-md-3 g-3">{cards}</div></section>'
            )
        stats = tthc_stats(request.seed + "home")
        content = f"""<section id="hero" class="carousel slide mb-4" data-bs-ride="carousel"><div class="carousel-inner">{slides}</div>
<button class="carousel-control-prev" type="button" data-bs-target="#hero" data-bs-slide="prev"><span class="carousel-control-prev-icon"></span></button>
<button class="carousel-control-next" type="button" data-bs-target="#hero" data-bs-slide="next"><span class="carousel-control-next-icon"></span></button></section>
<section class="cds-indicators row text-center g-3 mb-4">
<div class="col-6 col-md-3"><div class="p-3 border rounded"><div class="fs-3 fw-bold text-primary">{stats["percent"]}%</div><div class="small">hồ sơ TTHC đúng hạn</div></div></div>
<div class="col-6 col-md-3"><div class="p-3 border rounded"><div class="fs-3 fw-bold text-primary">{thousands(stats["total"])}</div><div class="small">hồ sơ trực tuyến</div></div></div>
<div class="col-6 col-md-3"><div class="p-3 border rounded"><div class="fs-3 fw-bold text-primary">{stable_int(request.seed + "ttdl", 60, 98)}%</div><div class="small">hồ sơ được số hóa</div></div></div>
<div class="col-6 col-md-3"><div class="p-3 border rounded"><div class="fs-3 fw-bold text-primary">{thousands(stable_int(request.seed + "cnsht", 1200, 4800))}</div><div class="small">Tổ công nghệ số cộng đồng</div></div></div>
</section>
{"".join(blocks)}
<div class="text-center"><a class="btn btn-primary" href="{NEWS}">Xem tất cả tin tức</a></div>"""
        head = f'<link rel="canonical" href="{esc(request.base_url)}/">\n<meta name="description" content="{esc(self.portal.name)}">'
        return self.frame(
            "Trang chủ", content, request, head=head, body_class="template-homepage", sidebar=False
        )

    def static_html(self, path: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[path]
        text = "".join(
            f'<p data-block-key="{block_key(path + str(i))}">{esc(p)}</p>'
            for i, p in enumerate(paragraphs)
        )
        extra = ""
        if path == "/lien-he/":
            extra = (
                f'<ul class="list-unstyled"><li>Địa chỉ: {esc(self.portal.address)}</li>'
                f"<li>Điện thoại: {esc(self.portal.phone)}</li></ul>"
                '<form class="contact-form" action="/lien-he/" method="post">'
                '<input class="form-control mb-2" name="name" placeholder="Họ và tên">'
                '<input class="form-control mb-2" name="email" type="email" placeholder="Email">'
                '<textarea class="form-control mb-2" name="message" rows="4" placeholder="Nội dung"></textarea>'
                '<button class="btn btn-primary" type="submit">Gửi</button></form>'
            )
        content = (
            f'<div class="standard-page"><h1 class="page-title h3 fw-bold">{esc(title)}</h1>'
            f'<div class="rich-text">{text}</div>{extra}</div>'
        )
        head = f'<link rel="canonical" href="{esc(request.base_url + path)}">'
        return self.frame(title, content, request, head=head, body_class="template-standardpage")

    def listing_html(
        self,
        title: str,
        base: str,
        params: dict[str, str],
        items: list[Item],
        page: int,
        pages: int,
        request: Request,
        crumbs: list[tuple[str, str]],
    ) -> str:
        def url(n: int) -> str:
            query = dict(params)
            if n > 1:
                query["page"] = str(n)
            encoded = urlencode(query)
            return base + (f"?{encoded}" if encoded else "")

        cards = "".join(self.card(it, request.revision) for it in items)
        head = [f'<link rel="canonical" href="{esc(request.base_url + url(page))}">']
        if page > 1:
            head.append(f'<link rel="prev" href="{esc(url(page - 1))}">')
        if page < pages:
            head.append(f'<link rel="next" href="{esc(url(page + 1))}">')
        more = ""
        if page < pages:
            query = dict(params, page=str(page + 1))
            more = (
                '<div class="text-center mt-4 load-more-wrap">'
                f'<button class="btn btn-outline-primary px-5" type="button" id="load-more" '
                f'data-next-page="?{esc(urlencode(query))}" data-target="#post-list">'
                'Xem thêm <i class="bi bi-arrow-down-circle"></i></button>'
                '<div class="spinner-border text-primary d-none" role="status">'
                '<span class="visually-hidden">Đang tải...</span></div></div>'
            )
        empty = "" if items else '<p class="text-muted">Không có bài viết nào.</p>'
        content = (
            f'<h1 class="page-title h3 fw-bold border-start border-4 border-primary ps-2 mb-4">{esc(title)}</h1>'
            f'<div class="row row-cols-1 row-cols-md-2 row-cols-xl-3 g-3 post-list" id="post-list" '
            f'data-page="{page}" data-num-pages="{pages}">{cards}</div>{empty}{more}'
        )
        shown = title if page == 1 else f"{title} - Trang {page}"
        return self.frame(
            shown,
            content,
            request,
            head="\n".join(head),
            crumbs=crumbs,
            body_class="template-newsindexpage",
        )

    def article_html(self, item: Item, request: Request) -> str:
        revision = request.revision
        blocks = body_blocks(item, revision)
        intro = ""
        if blocks and blocks[0][0] == "p":
            intro = (
                f'<div class="article-intro lead fw-semibold mb-3"><p>{esc(blocks[0][1])}</p></div>'
            )
            blocks = blocks[1:]
        with_video = stable_int(item.key + "video", 0, 3) == 0
        stream: list[str] = []
        run: list[str] = []

        def flush() -> None:
            if run:
                stream.append(
                    f'<div class="block-paragraph"><div class="rich-text">{"".join(run)}</div></div>'
                )
                run.clear()

        count = 0
        for kind, value in blocks:
            if kind == "p":
                key = block_key(f"{item.key}:{count}")
                run.append(f'<p data-block-key="{key}">{esc(value)}</p>')
                count += 1
                if with_video and count == 1:
                    flush()
                    video = stable_token(
                        item.key + "yt",
                        11,
                        "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-",
                    )
                    stream.append(
                        '<div class="block-embed"><div class="ratio ratio-16x9">'
                        f'<iframe width="560" height="315" src="https://www.youtube.com/embed/{video}?feature=oembed" '
                        'frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; '
                        'gyroscope; picture-in-picture" allowfullscreen title="YouTube video player"></iframe></div></div>'
                    )
            else:
                flush()
                index, caption = value
                stream.append(
                    f'<div class="block-image"><figure class="figure w-100 text-center">'
                    f'<img class="figure-img img-fluid rounded" src="{esc(self.image_url(item, index))}" '
                    f'alt="{esc(slugify(item.section.name))}-{index + 1}" width="800" height="533">'
                    f'<figcaption class="figure-caption fst-italic">{esc(caption)}</figcaption></figure></div>'
                )
        flush()
        byline = ""
        if item.author:
            byline += f'<div class="article-author text-end fw-bold mt-3">{esc(item.author)}</div>'
        if item.source:
            byline += f'<div class="article-source text-end fst-italic small">Nguồn: {esc(item.source)}</div>'
        url = request.base_url + self.article_path(item)
        modified = item.shown_modified(revision)
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": item.title,
            "description": item.sapo(revision, 160),
            "datePublished": iso_vn(item.published),
            "dateModified": iso_vn(modified or item.published),
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "image": [request.base_url + self.image_url(item, 0)],
            "articleSection": item.section.name,
            "inLanguage": "vi",
            "publisher": {
                "@type": "GovernmentOrganization",
                "name": self.portal.name,
                "logo": {"@type": "ImageObject", "url": request.base_url + "/static/img/logo.png"},
            },
        }
        if item.author:
            ld["author"] = {"@type": "Person", "name": item.author}
        head = (
            f'<link rel="canonical" href="{esc(url)}">\n'
            f'<meta name="description" content="{esc(item.sapo(revision, 160))}">\n'
            '<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(item.title)}">\n'
            f'<meta property="og:url" content="{esc(url)}">\n'
            f'<meta property="og:image" content="{esc(request.base_url + self.image_url(item, 0, "fill-1200x630"))}">\n'
            f'<meta property="article:published_time" content="{iso_vn(item.published)}">\n'
            + (
                f'<meta property="article:modified_time" content="{iso_vn(modified)}">\n'
                if modified
                else ""
            )
            + f'<meta property="article:section" content="{esc(item.section.name)}">\n'
            + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
        tags = "".join(
            f'<a class="badge rounded-pill text-bg-light border me-1" href="{NEWS}?tag={slugify(t)}">#{esc(t)}</a>'
            for t in self.tags_of(item)
        )
        updated = (
            f' <span class="ms-3"><i class="bi bi-pencil-square"></i> Cập nhật: '
            f'<time datetime="{iso_z(modified)}">{dmy(modified)}</time></span>'
            if modified
            else ""
        )
        related = "".join(self.card(it, revision) for it in self.others(item, 3))
        share_url = quote(url, safe="")
        content = f"""<article class="article-detail">
<header class="article-header mb-3">
<a class="post-category small text-uppercase fw-semibold" href="{esc(self.listing_path(item.section))}">{esc(item.section.name)}</a>
<h1 class="article-title h2 fw-bold mt-1">{esc(item.title)}</h1>
<div class="article-meta text-muted small"><i class="bi bi-calendar3"></i> <time datetime="{iso_z(item.published)}">{dmy(item.published)}</time>{updated}
<span class="ms-3 font-tools">Cỡ chữ: <button type="button" class="btn btn-link btn-sm p-0" data-font="-1">A-</button> <button type="button" class="btn btn-link btn-sm p-0" data-font="0">A</button> <button type="button" class="btn btn-link btn-sm p-0" data-font="1">A+</button></span>
<button type="button" class="btn btn-link btn-sm p-0 ms-3" onclick="window.print()"><i class="bi bi-printer"></i> In bài</button></div>
</header>
{intro}<div class="article-body streamfield">{"".join(stream)}</div>
{byline}
<div class="article-tags mt-4"><i class="bi bi-tags"></i> {tags}</div>
<div class="share-block border-top border-bottom py-2 my-3 d-flex align-items-center"><span class="fw-semibold me-2">Chia sẻ:</span>
<a class="btn btn-sm btn-outline-primary me-1" href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener nofollow"><i class="bi bi-facebook"></i> Facebook</a>
<a class="btn btn-sm btn-outline-primary me-1" href="https://sp.zalo.me/share_inline?url={share_url}" target="_blank" rel="noopener nofollow">Zalo</a>
<button class="btn btn-sm btn-outline-secondary" type="button" data-copy="{esc(url)}"><i class="bi bi-link-45deg"></i> Sao chép liên kết</button></div>
</article>
<section class="related-posts mt-4"><h2 class="h5 fw-bold border-start border-4 border-primary ps-2 mb-3">Bài viết liên quan</h2>
<div class="row row-cols-1 row-cols-md-3 g-3">{related}</div></section>"""
        crumbs = [(NEWS, self.news.name), (self.listing_path(item.section), item.section.name)]
        return self.frame(
            item.title,
            content,
            request,
            head=head,
            crumbs=crumbs,
            body_class="template-articlepage",
        )

    def error_html(self, status: int) -> str:
        request = Request("/", {}, 0, f"{self.portal.id}:err{status}", f"http://{self.portal.host}")
        if status == 404:
            title = "Không tìm thấy trang"
            text = (
                "Trang bạn tìm không tồn tại hoặc đã được chuyển sang địa chỉ khác. "
                'Vui lòng quay lại <a href="/">trang chủ</a> hoặc dùng chức năng tìm kiếm.'
            )
        else:
            title = "Lỗi máy chủ"
            text = "Hệ thống đang gặp sự cố, vui lòng thử lại sau ít phút."
        content = (
            f'<div class="error-page text-center py-5"><h1 class="display-4 fw-bold">{status}</h1>'
            f'<p class="lead">{esc(title)}</p><p>{text}</p></div>'
        )
        return self.frame(title, content, request, crumbs=None, sidebar=False)


def block_key(seed: str) -> str:
    """The ``data-block-key`` Wagtail's Draftail editor leaves on each rich-text paragraph.

    >>> len(block_key("cds-bichgiang-bench-0:1"))
    5
    """
    return stable_token(seed, 5)


def shorten_title(title: str, limit: int = 60) -> str:
    """A breadcrumb's last label: the page title cut at a word before ``limit`` characters.

    >>> shorten_title("Ngắn")
    'Ngắn'
    """
    if len(title) <= limit:
        return title
    cut = title[:limit]
    return cut[: cut.rfind(" ")] + "…"
