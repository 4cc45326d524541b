"""A vendor portal with a JavaScript front end over a JSON API (portal vankhe).

What such portals serve: every page's first screen is rendered on the server (a Node/Vue
"universal" build behind nginx), and the rest of a listing comes only from a "Xem thêm" button
whose script asks a JSON endpoint for the next page and draws the cards itself. There is no
numbered pager and no ``href`` to page 2. The endpoint is announced as real builds announce it:
a ``window.__CONFIG__`` object in every page's head (``apiBase``, ``pageSize``), ``data-api``,
``data-category-id`` and ``data-page-size`` on a section's list, a ready ``data-url`` on the news
page's button, and an inline script that builds the URL on the home page. ``sitemap.xml`` lists
the home page and the sections only.

URL shapes:
- home ``/``; general news ``/tin-tuc``; section ``/chuyen-muc/<section-slug>``;
- more items ``/api/v1/articles?categoryId=<id>&pageIndex=<n>&pageSize=<k>`` (one-based;
  ``categoryId`` left out for all news), answering
  ``{"data": [...], "total": .., "pageIndex": .., "pageSize": .., "totalPages": ..}`` with CORS
  and cache headers, a JSON 400 for bad parameters and a JSON 404 for an unknown category;
  ``/api/v1/categories`` lists the sections;
- article ``/tin-tuc/<slug>-<id>.html`` (the server reads only the id: any slug serves it);
  print view ``/tin-tuc/<slug>-<id>.html?view=print``; short link ``/s/<id>`` (301 to the
  article, shown in the share box);
- ``/robots.txt`` (names the sitemap), ``/sitemap.xml`` (home and sections only).
Article: title ``h1.detail__title``; date ``span.detail__time`` ("Thứ năm - 05/01/2023 08:25",
with ``<time datetime>`` ISO 8601 +07:00); body ``div.detail__content`` (``<p>`` and CKEditor 5
``<figure class="image">`` with ``<figcaption>``); author ``div.detail__author`` ("Tác giả: …")
and ``div.detail__source`` ("Nguồn: …") after the body.
Hazards: ``utm_*`` tracking parameters on the home page's "Tin nổi bật" links, ``javascript:``
links (font size, print, back to top), view counters in the title area, the short-link alias,
the print view, listings continued only by script over JSON.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from urllib.parse import urlencode

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
    poll,
    reuse_notice,
    slugify,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)

API_BASE = "/api/v1"
ARTICLES_API = f"{API_BASE}/articles"
CATEGORIES_API = f"{API_BASE}/categories"
MAX_PAGE_SIZE = 50
#: A topic section's first screen and its "Xem thêm" pages: one featured card and three more.
SECTION_PAGE_SIZE = 4
RELATED_SIZE = 6
BUILD_ID = "3f9a1c2"
RELATED_API = re.compile(r"^/api/v1/articles/(\d+)/related$")
ARTICLE_PATH = re.compile(r"^/tin-tuc/(?:[a-z0-9-]+-)?(\d+)\.html$")
SHORT_PATH = re.compile(r"^/s/(\d+)$")
UTM = "utm_source=trang-chu&utm_medium=tin-noi-bat&utm_campaign=portal"


def api_url(category_id: int | None, page_index: int, page_size: int) -> str:
    """The JSON endpoint of one page of a listing (``category_id`` None: all news).

    >>> api_url(5, 2, 8)
    '/api/v1/articles?categoryId=5&pageIndex=2&pageSize=8'
    >>> api_url(None, 3, 8)
    '/api/v1/articles?pageIndex=3&pageSize=8'
    """
    params = {} if category_id is None else {"categoryId": category_id}
    params.update({"pageIndex": page_index, "pageSize": page_size})
    return f"{ARTICLES_API}?{urlencode(params)}"


def vn_datetime(moment: datetime) -> str:
    """The article page's date line: weekday, day/month/year and time.

    >>> vn_datetime(datetime(2023, 1, 5, 8, 25))
    'Thứ năm - 05/01/2023 08:25'
    """
    return f"{weekday(moment, lower=True)} - {dmy(moment)} {moment:%H:%M}"


def _positive_int(value: str | None, default: int) -> int | None:
    """A positive integer parameter; None when it is malformed (the API then answers 400)."""
    if value is None or value == "":
        return default
    if not re.fullmatch(r"\d{1,6}", value.strip()):
        return None
    number = int(value)
    return number if number >= 1 else None


class JsonMoreSite(CmsSite):
    family_headers = {
        "Server": "nginx/1.24.0",
        "X-Frame-Options": "SAMEORIGIN",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
    }
    image_folder = "/uploads/images"
    number_base = 20417
    number_stride = 13

    # -- URLs

    def slug(self, item: Item) -> str:
        return slugify(item.title, max_len=90)

    def article_path(self, item: Item) -> str:
        return f"/tin-tuc/{self.slug(item)}-{item.number}.html"

    def print_paths(self) -> dict[str, str]:
        return {
            it.key: self.article_path(it) + "?view=print"
            for it in self.items
            if it.kind == "article"
        }

    def category_id(self, section: Section | None) -> int | None:
        return None if self.is_news(section) else section.id

    def section_path(self, section: Section | None) -> str:
        return "/tin-tuc" if self.is_news(section) else f"/chuyen-muc/{section.slug}"

    def page_size_of(self, section: Section | None) -> int:
        """Cards per screen: the portal's page size for the news, four for a topic section."""
        return self.portal.page_size if self.is_news(section) else SECTION_PAGE_SIZE

    def pages_of(self, section: Section | None) -> int:
        """How many screens (the first one and the "Xem thêm" pages) a listing has."""
        return max(1, -(-len(self.listed(section)) // self.page_size_of(section)))

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        """Page 1 is the server-rendered page; later pages are the JSON the button fetches."""
        if page > 1:
            return api_url(self.category_id(section), page, self.page_size_of(section))
        return self.section_path(section)

    def robots_txt(self, request: Request) -> str:
        return (
            "User-agent: *\nDisallow: /admin/\nDisallow: /tim-kiem\nDisallow: /_nuxt/\n\n"
            f"Sitemap: {request.base_url}/sitemap.xml\n"
        )

    def extra_paths(self) -> dict[str, str]:
        return {"sitemap": "/sitemap.xml"}

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return self.page_response(self.home_html(request))
        if path == "/tin-tuc":
            return self.page_response(self.listing_html(self.news, request))
        if path.startswith("/chuyen-muc/"):
            section = self.section_by_slug(path[len("/chuyen-muc/") :])
            return self.page_response(self.listing_html(section, request)) if section else None
        match = ARTICLE_PATH.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            if item is None:
                return None
            if request.params.get("view") == "print" and item.kind == "article":
                return self.page_response(self.print_html(item, request))
            return self.article_response(item, request)
        match = SHORT_PATH.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            if item is None:
                return None
            return Response(
                301,
                {"Location": self.article_path(item), "Content-Type": "text/html; charset=utf-8"},
                b"",
            )
        if path == ARTICLES_API:
            return self.articles_api(request)
        match = RELATED_API.match(path)
        if match:
            return self.related_api(int(match.group(1)), request)
        if path == CATEGORIES_API:
            return self.json_response(200, {"data": self.categories_json()})
        if path.startswith(API_BASE + "/"):
            return self.json_error(404, "Không tìm thấy tài nguyên yêu cầu.", path)
        if path == "/sitemap.xml":
            return self.sitemap_response(request)
        return None

    def page_response(self, markup: str) -> Response:
        return self.html_response(markup, 200, {"Cache-Control": "public, max-age=120"})

    # -- the JSON API

    def json_response(
        self, status: int, payload: dict, cache: str = "public, max-age=60"
    ) -> Response:
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Access-Control-Allow-Origin": "*",
            "Access-Control-Allow-Methods": "GET, OPTIONS",
            "Access-Control-Allow-Headers": "Content-Type, X-Requested-With",
            "Vary": "Origin, Accept-Encoding",
            "Cache-Control": cache,
            **self.family_headers,
        }
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return Response(status, headers, body)

    def json_error(self, status: int, message: str, path: str) -> Response:
        reason = {400: "Bad Request", 404: "Not Found"}[status]
        return self.json_response(
            status,
            {"status": status, "error": reason, "message": message, "path": path},
            cache="no-store",
        )

    def card_json(self, item: Item, request: Request) -> dict:
        return {
            "id": item.number,
            "title": item.title,
            "slug": self.slug(item),
            "url": self.article_path(item),
            "publishedDate": iso_vn(item.published),
            "summary": item.sapo(request.revision),
            "thumbnail": image_path(item, 0, self.image_folder),
            "categoryId": item.section.id,
            "categoryName": item.section.name,
            "viewCount": view_count(item.key),
        }

    def categories_json(self) -> list[dict]:
        return [
            {"id": s.id, "name": s.name, "slug": s.slug, "url": self.section_path(s)}
            for s in self.sections.values()
        ]

    def articles_api(self, request: Request) -> Response:
        params = request.params
        page_index = _positive_int(params.get("pageIndex"), 1)
        page_size = _positive_int(params.get("pageSize"), self.portal.page_size)
        raw_category = params.get("categoryId")
        category: int | None = None
        if raw_category not in (None, ""):
            category = _positive_int(raw_category, 0)
            if category is None:
                return self.json_error(400, "Tham số categoryId không hợp lệ.", ARTICLES_API)
        if page_index is None:
            return self.json_error(400, "Tham số pageIndex phải là số nguyên dương.", ARTICLES_API)
        if page_size is None or page_size > MAX_PAGE_SIZE:
            return self.json_error(
                400, f"Tham số pageSize phải từ 1 đến {MAX_PAGE_SIZE}.", ARTICLES_API
            )
        section: Section | None = None
        if category is not None and category != self.news.id:
            section = self.section_by_id(category)
            if section is None:
                return self.json_error(404, "Không tìm thấy chuyên mục.", ARTICLES_API)
        listed = self.listed(section)
        chunk = listed[(page_index - 1) * page_size : page_index * page_size]
        return self.json_response(
            200,
            {
                "data": [self.card_json(it, request) for it in chunk],
                "total": len(listed),
                "pageIndex": page_index,
                "pageSize": page_size,
                "totalPages": max(1, -(-len(listed) // page_size)),
            },
        )

    def related_api(self, number: int, request: Request) -> Response:
        item = self.by_number.get(number)
        if item is None:
            return self.json_error(404, "Không tìm thấy bài viết.", request.path)
        size = _positive_int(request.params.get("pageSize"), RELATED_SIZE)
        if size is None or size > MAX_PAGE_SIZE:
            return self.json_error(
                400, f"Tham số pageSize phải từ 1 đến {MAX_PAGE_SIZE}.", request.path
            )
        others = self.others(item, size)
        return self.json_response(
            200, {"data": [self.card_json(it, request) for it in others], "total": len(others)}
        )

    def sitemap_response(self, request: Request) -> Response:
        paths = ["/", "/tin-tuc", *(self.section_path(s) for s in self.sections.values())]
        urls = "\n".join(
            f"<url><loc>{request.base_url}{p}</loc><changefreq>daily</changefreq></url>"
            for p in paths
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n'
        )
        return Response(
            200,
            {"Content-Type": "application/xml; charset=utf-8", **self.family_headers},
            xml.encode("utf-8"),
        )

    # -- boxes

    def hot(self, count: int = 5) -> list[Item]:
        """ "Tin nổi bật": the most viewed articles (stable fake view counts)."""
        healthy = [it for it in self.items if it.kind == "article"]
        return sorted(healthy, key=lambda it: -view_count(it.key))[:count]

    def card_html(self, item: Item, request: Request, href: str | None = None) -> str:
        link = esc(href or self.article_path(item))
        thumb = esc(image_path(item, 0, self.image_folder))
        return (
            f'<article class="news-item" data-id="{item.number}">'
            f'<a class="news-item__thumb" href="{link}"><img loading="lazy" src="{thumb}" '
            f'alt="{esc(item.title)}"></a><div class="news-item__info">'
            f'<h3 class="news-item__title"><a href="{link}">{esc(item.title)}</a></h3>'
            f'<time class="news-item__date" datetime="{iso_vn(item.published)}">'
            f"{dmy(item.published)} {item.published:%H:%M}</time>"
            f'<p class="news-item__summary">{esc(item.sapo(request.revision))}</p></div></article>'
        )

    def config_script(self) -> str:
        config = {
            "apiBase": API_BASE,
            "pageSize": self.portal.page_size,
            "siteId": self.portal.short_name.lower(),
            "buildId": BUILD_ID,
            "locale": "vi-VN",
        }
        return f"<script>window.__CONFIG__ = {json.dumps(config)};</script>"

    def menu(self) -> str:
        subs = "".join(
            f'<li class="submenu__item"><a href="{esc(self.section_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        return (
            '<nav class="main-menu" id="mainMenu"><div class="container"><ul class="main-menu__list">'
            '<li class="main-menu__item"><a href="/" class="main-menu__home" aria-label="Trang chủ">'
            '<i class="icon-home"></i></a></li>'
            '<li class="main-menu__item"><a href="javascript:void(0)">Giới thiệu</a>'
            '<ul class="submenu"><li class="submenu__item"><a href="javascript:void(0)">Tổng quan'
            '</a></li><li class="submenu__item"><a href="javascript:void(0)">Bản đồ hành chính'
            "</a></li></ul></li>"
            f'<li class="main-menu__item has-sub"><a href="/tin-tuc">{esc(self.news.name)}</a>'
            f'<ul class="submenu">{subs}</ul></li>'
            '<li class="main-menu__item"><a href="https://dichvucong.gov.vn" target="_blank" '
            'rel="noopener">Dịch vụ công</a></li>'
            '<li class="main-menu__item"><a href="https://vanban.chinhphu.vn" target="_blank" '
            'rel="noopener">Văn bản</a></li>'
            "</ul></div></nav>"
        )

    def sidebar(self, request: Request, exclude: Item | None = None) -> str:
        seed = request.seed
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        latest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(5, exclude)
        )
        answers = "".join(
            f'<label class="poll__option"><input type="radio" name="poll" value="{i}"> '
            f"{esc(o)}</label>"
            for i, o in enumerate(options)
        )
        return f"""<aside class="layout__aside">
<section class="box box--latest"><h2 class="box__title">Tin mới</h2><ul class="box__list">{latest}</ul></section>
<section class="box box--tthc"><h2 class="box__title">Kết quả giải quyết TTHC</h2><div class="tthc"><div class="tthc__month">Tháng {stats["month"]}</div><div class="tthc__rate">{stats["percent"]}%</div><div class="tthc__label">hồ sơ giải quyết đúng hạn</div><ul class="tthc__list"><li>Tiếp nhận: <b>{thousands(stats["total"])}</b></li><li>Đúng hạn: <b>{thousands(stats["ontime"])}</b></li><li>Trễ hạn: <b>{stats["late"]}</b></li></ul></div></section>
<section class="box box--poll"><h2 class="box__title">Ý kiến thăm dò</h2><form class="poll" onsubmit="return false"><p class="poll__question">{esc(question)}</p>{answers}<button type="button" class="btn btn--sm">Biểu quyết</button><a class="poll__result" href="javascript:void(0)">Xem kết quả</a></form></section>
<section class="box box--banner"><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/static/banner/dvcqg.png" alt="Cổng Dịch vụ công quốc gia"></a><a href="https://baochinhphu.vn" target="_blank" rel="noopener"><img src="/static/banner/bao-chinh-phu.png" alt="Báo điện tử Chính phủ"></a><a href="https://ais.gov.vn" target="_blank" rel="noopener"><img src="/static/banner/ais.png" alt="Cục An toàn thông tin"></a></section>
<section class="box box--stats"><h2 class="box__title">Thống kê truy cập</h2><ul class="stats"><li>Đang truy cập: <b>{thousands(visits["online"])}</b></li><li>Hôm nay: <b>{thousands(visits["today"])}</b></li><li>Trong tuần: <b>{thousands(visits["week"])}</b></li><li>Trong tháng: <b>{thousands(visits["month"])}</b></li><li>Tất cả: <b>{thousands(visits["total"])}</b></li></ul></section>
</aside>"""

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        crumbs: list[tuple[str, str]],
        head: str = "",
        scripts: str = "",
        aside: bool = True,
        exclude: Item | None = None,
    ) -> str:
        portal = self.portal
        crumb = "".join(
            f'<li class="breadcrumb__item"><a href="{esc(href)}">{esc(label)}</a></li>'
            for href, label in crumbs
        )
        side = self.sidebar(request, exclude) if aside else ""
        return f"""<!DOCTYPE html>
<html lang="vi" data-n-head-ssr>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}<link rel="icon" type="image/x-icon" href="/favicon.ico">
<link rel="preload" href="/_nuxt/app.{BUILD_ID}.js" as="script">
<link rel="stylesheet" href="/_nuxt/app.{BUILD_ID}.css">
{self.config_script()}
</head>
<body>
<div id="__app" data-server-rendered="true">
<div class="topbar"><div class="container"><span class="topbar__date" id="todayText"></span><span class="topbar__welcome">Chào mừng bạn đến với {esc(portal.name)}</span><a class="topbar__login" href="javascript:void(0)">Đăng nhập</a></div></div>
<header class="header"><div class="container header__inner"><a class="header__logo" href="/"><img src="/static/img/quoc-huy.png" alt="Quốc huy"></a><div class="header__names"><p class="header__agency">{esc(portal.agency.upper())}</p><p class="header__site">{esc(portal.name.upper())}</p></div><form class="header__search" action="/tim-kiem" method="get"><input type="search" name="q" placeholder="Nhập từ khóa tìm kiếm"><button type="submit" aria-label="Tìm kiếm"><i class="icon-search"></i></button></form></div></header>
{self.menu()}
<div class="container layout">
<nav class="breadcrumb" aria-label="breadcrumb"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/">Trang chủ</a></li>{crumb}</ol></nav>
<div class="layout__row"><main class="layout__main">{main}</main>
{side}
</div></div>
<footer class="footer"><div class="container"><div class="footer__name">{esc(portal.name.upper())}</div><p>Cơ quan chủ quản: {esc(portal.agency)}</p><p>Trưởng Ban biên tập: {esc(portal.editor)}</p><p>{esc(portal.licence)}</p><p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)} - Email: banbientap@{esc(portal.domain)}</p><p class="footer__reuse">{esc(reuse_notice(portal))}</p><p class="footer__vendor">Thiết kế và phát triển bởi Trung tâm Công nghệ thông tin và Truyền thông tỉnh</p></div><a class="back-to-top" href="javascript:void(0)" title="Về đầu trang"><i class="icon-up"></i></a></footer>
</div>
<script src="/_nuxt/runtime.{BUILD_ID}.js" defer></script>
<script src="/_nuxt/app.{BUILD_ID}.js" defer></script>{scripts}
</body>
</html>
"""

    # -- pages

    def more_script(self) -> str:
        """The listing pages' "Xem thêm" handler: fetch the next page of JSON, draw the cards."""
        return """
<script>
document.addEventListener('click', function (ev) {
  var btn = ev.target.closest('.js-view-more');
  if (!btn) return;
  var list = document.getElementById(btn.getAttribute('data-target'));
  var page = parseInt(btn.getAttribute('data-page-index') || '2', 10);
  var url = btn.getAttribute('data-url');
  if (!url) {
    url = list.getAttribute('data-api') + '?categoryId=' + list.getAttribute('data-category-id') +
      '&pageIndex=' + page + '&pageSize=' + list.getAttribute('data-page-size');
  }
  btn.disabled = true;
  fetch(url, { headers: { 'Accept': 'application/json' } }).then(function (r) { return r.json(); })
    .then(function (res) {
      res.data.forEach(function (a) { list.insertAdjacentHTML('beforeend', App.card(a)); });
      if (res.pageIndex * res.pageSize >= res.total) { btn.remove(); return; }
      btn.setAttribute('data-page-index', String(res.pageIndex + 1));
      if (btn.getAttribute('data-url')) {
        btn.setAttribute('data-url', url.replace(/pageIndex=\\d+/, 'pageIndex=' + (res.pageIndex + 1)));
      }
      btn.disabled = false;
    });
});
</script>"""

    def home_html(self, request: Request) -> str:
        size = self.portal.page_size
        hot = self.hot()
        lead, others = hot[0], hot[1:]
        lead_href = esc(f"{self.article_path(lead)}?{UTM}")
        hot_items = "".join(
            f'<li class="hot__item"><a href="{esc(self.article_path(it) + "?" + UTM)}">'
            f"{esc(it.title)}</a></li>"
            for it in others
        )
        latest = self.items[:size]
        cards = "\n".join(self.card_html(it, request) for it in latest)
        blocks = []
        for section in self.sections.values():
            # Drawn by script when the block scrolls into view; the server sends a skeleton.
            source = api_url(section.id, 1, SECTION_PAGE_SIZE)
            skeleton = '<li class="skeleton"></li>' * SECTION_PAGE_SIZE
            blocks.append(
                f'<section class="cat-block js-lazy-block" data-category-id="{section.id}" '
                f'data-url="{esc(source)}">'
                f'<h2 class="cat-block__title"><a href="{esc(self.section_path(section))}">'
                f'{esc(section.name)}</a></h2><ul class="cat-block__list">{skeleton}</ul>'
                f'<a class="cat-block__all" href="{esc(self.section_path(section))}">Xem tất cả</a>'
                "</section>"
            )
        more = (
            '<div class="view-more"><button type="button" class="btn btn--more" id="homeMore">'
            "Xem thêm</button></div>"
            if len(self.items) > size
            else ""
        )
        main = (
            f'<section class="hot"><div class="hot__lead"><a href="{lead_href}"><img '
            f'src="{esc(image_path(lead, 0, self.image_folder))}" alt="{esc(lead.title)}"></a>'
            f'<h2 class="hot__title"><a href="{lead_href}">{esc(lead.title)}</a></h2>'
            f'<p class="hot__summary">{esc(lead.sapo())}</p></div>'
            f'<ul class="hot__list">{hot_items}</ul></section>'
            f'<section class="latest"><h2 class="section-title">Tin mới cập nhật</h2>'
            f'<div class="news-list" id="homeLatest">\n{cards}\n</div>{more}</section>'
            f"{''.join(blocks)}"
        )
        scripts = """
<script>
(function () {
  var page = 1, cfg = window.__CONFIG__, list = document.getElementById('homeLatest');
  var btn = document.getElementById('homeMore');
  if (!btn) return;
  btn.addEventListener('click', function () {
    page += 1;
    var url = cfg.apiBase + '/articles?pageIndex=' + page + '&pageSize=' + cfg.pageSize;
    fetch(url).then(function (r) { return r.json(); }).then(function (res) {
      res.data.forEach(function (a) { list.insertAdjacentHTML('beforeend', App.card(a)); });
      if (page >= res.totalPages) btn.parentNode.removeChild(btn);
    });
  });
  var io = new IntersectionObserver(function (entries) {
    entries.forEach(function (e) {
      if (!e.isIntersecting) return;
      io.unobserve(e.target);
      var ul = e.target.querySelector('.cat-block__list');
      fetch(e.target.getAttribute('data-url')).then(function (r) { return r.json(); })
        .then(function (res) { ul.innerHTML = res.data.map(App.line).join(''); });
    });
  });
  document.querySelectorAll('.js-lazy-block').forEach(function (b) { io.observe(b); });
})();
</script>"""
        return self.frame(self.portal.name, main, request, [], scripts=scripts)

    def listing_html(self, section: Section, request: Request) -> str:
        listed = self.listed(section)
        size = self.page_size_of(section)
        cards = "\n".join(self.card_html(it, request) for it in listed[:size])
        crumbs = [("/tin-tuc", self.news.name)]
        if self.is_news(section):
            # The news page's button carries the whole URL of page 2.
            more = (
                '<div class="view-more"><button type="button" class="btn btn--more js-view-more" '
                f'data-target="newsList" data-page-index="2" '
                f'data-url="{esc(api_url(None, 2, size))}">Xem thêm</button></div>'
            )
            attrs = 'id="newsList"'
        else:
            crumbs.append((self.section_path(section), section.name))
            # A section's list names the endpoint and its parameters; the script builds the URL.
            more = (
                '<div class="view-more"><button type="button" class="btn btn--more js-view-more" '
                'data-target="categoryList" data-page-index="2">Xem thêm</button></div>'
            )
            attrs = (
                f'id="categoryList" data-api="{ARTICLES_API}" data-category-id="{section.id}" '
                f'data-page-size="{size}"'
            )
        if len(listed) <= size:
            more = ""
        main = (
            f'<h1 class="section-title section-title--page">{esc(section.name)}</h1>'
            f'<div class="news-list" {attrs}>\n{cards}\n</div>{more}'
        )
        head = (
            f'<link rel="canonical" href="{esc(request.base_url + self.section_path(section))}">\n'
        )
        return self.frame(
            f"{section.name} - {self.portal.name}",
            main,
            request,
            crumbs,
            head=head,
            scripts=self.more_script(),
        )

    def body_html(self, item: Item, revision: int) -> str:
        parts = []
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                parts.append(f'<p style="text-align:justify">{esc(value)}</p>')
            else:
                number, caption = value
                src = image_path(item, number, self.image_folder)
                parts.append(
                    f'<figure class="image"><img src="{esc(src)}" alt="{esc(caption)}">'
                    f"<figcaption>{esc(caption)}</figcaption></figure>"
                )
        return "\n".join(parts)

    def byline_html(self, item: Item) -> str:
        author = (
            f'<div class="detail__author">Tác giả: <strong>{esc(item.author)}</strong></div>'
            if item.author
            else ""
        )
        source = (
            f'<div class="detail__source">Nguồn: {esc(item.source)}</div>' if item.source else ""
        )
        return author + source

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        canonical = request.base_url + self.article_path(item)
        modified = item.shown_modified(revision)
        updated = (
            f'<span class="detail__updated">Cập nhật: {modified:%H:%M}, {dmy(modified)}</span>'
            if modified
            else ""
        )
        related_url = f"{API_BASE}/articles/{item.number}/related?pageSize={RELATED_SIZE}"
        head = (
            f'<link rel="canonical" href="{esc(canonical)}">\n'
            f'<meta name="description" content="{esc(item.sapo(revision, 160))}">\n'
            '<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(item.title)}">\n'
            f'<meta property="og:url" content="{esc(canonical)}">\n'
            f'<meta property="article:published_time" content="{iso_vn(item.published)}">\n'
        )
        short = f"{request.base_url}/s/{item.number}"
        main = f"""<article class="detail" data-id="{item.number}">
<div class="detail__category"><a href="{esc(self.section_path(item.section))}">{esc(item.section.name)}</a></div>
<h1 class="detail__title">{esc(item.title)}</h1>
<div class="detail__meta"><span class="detail__time"><i class="icon-clock"></i> <time datetime="{iso_vn(item.published)}">{vn_datetime(item.published)}</time></span>{updated}<span class="detail__views"><i class="icon-eye"></i> {thousands(view_count(seed))} lượt xem</span><span class="detail__font">Cỡ chữ: <a href="javascript:App.fontSize(-1)">A-</a> <a href="javascript:App.fontSize(0)">A</a> <a href="javascript:App.fontSize(1)">A+</a></span></div>
<div class="detail__content ck-content">
{self.body_html(item, revision)}
</div>
{self.byline_html(item)}
<div class="detail__tools"><a href="{esc(self.article_path(item))}?view=print" target="_blank" rel="nofollow"><i class="icon-print"></i> Bản in</a> <a href="javascript:window.print()">In trang</a> <a href="mailto:?subject={esc(item.title)}&amp;body={esc(canonical)}">Gửi email</a> <span class="detail__shortlink">Link rút gọn: <a href="/s/{item.number}">{esc(short)}</a></span> <a href="https://www.facebook.com/sharer/sharer.php?u={esc(canonical)}" target="_blank" rel="noopener">Chia sẻ Facebook</a> <a href="https://zalo.me/share?url={esc(canonical)}" target="_blank" rel="noopener">Zalo</a></div>
</article>
<section class="related" id="relatedBox" data-url="{esc(related_url)}"><h2 class="section-title">Tin cùng chuyên mục</h2><ul class="related__list"><li class="skeleton"></li><li class="skeleton"></li><li class="skeleton"></li></ul></section>"""
        crumbs = [
            ("/tin-tuc", self.news.name),
            (self.section_path(item.section), item.section.name),
        ]
        scripts = """
<script>
(function () {
  var box = document.getElementById('relatedBox');
  fetch(box.getAttribute('data-url')).then(function (r) { return r.json(); }).then(function (res) {
    box.querySelector('.related__list').innerHTML = res.data.map(App.line).join('');
  });
})();
</script>"""
        return self.frame(
            f"{item.title} - {self.portal.name}",
            main,
            request,
            crumbs,
            head,
            scripts=scripts,
            exclude=item,
        )

    def print_html(self, item: Item, request: Request) -> str:
        """The print view: title, date line, body, byline; no menus, no boxes."""
        canonical = request.base_url + self.article_path(item)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>{esc(item.title)}</title><meta name="robots" content="noindex">
<link rel="canonical" href="{esc(canonical)}"><link rel="stylesheet" href="/_nuxt/print.{BUILD_ID}.css"></head>
<body onload="window.print()">
<div class="print"><div class="print__site">{esc(self.portal.name.upper())}</div>
<h1 class="print__title">{esc(item.title)}</h1>
<div class="print__time">{vn_datetime(item.published)}</div>
<div class="print__content">
{self.body_html(item, request.revision)}
</div>
{self.byline_html(item)}
<div class="print__url">Địa chỉ bài viết: {esc(canonical)}</div></div>
</body>
</html>
"""

    def error_html(self, status: int) -> str:
        request = Request("/error", {}, 0, f"{self.portal.id}:error{status}", "")
        text = (
            "Không tìm thấy trang bạn yêu cầu. Liên kết có thể đã bị thay đổi hoặc gỡ bỏ."
            if status == 404
            else "Hệ thống đang bận, vui lòng thử lại sau ít phút."
        )
        main = (
            f'<div class="error-page"><div class="error-page__code">{status}</div>'
            f'<p class="error-page__text">{text}</p><a class="btn" href="/">Về trang chủ</a></div>'
        )
        return self.frame(f"{status} - {self.portal.name}", main, request, [], aside=False)
