"""Spring Boot + Thymeleaf + jQuery portal family (portal sokhcn-ngoctra, a department site).

What such portals serve: server-rendered Thymeleaf pages under a ``<base href="/">`` tag, with
jQuery widgets on top. A section page renders only its first items; the rest come from an AJAX
endpoint that answers HTML FRAGMENTS (``<div class="news-card">`` items, no ``<html>``), asked for
by a "Tải thêm" button that carries the URL in ``data-url`` (no ``href``, no numbered pager).
``robots.txt`` names a sitemap index whose children are gzipped sitemaps of the news (20 URLs
each) and one plain sitemap of static pages.

URL shapes:
- home ``/`` (also ``/?lang=vi``/``/?lang=en``: the locale switch serves the same page);
- general news ``/tin-tuc``; section ``/tin-tuc/<section-slug>``;
- more items ``/api/tin-tuc/fragment?chuyenMuc=<id>&offset=<n>&limit=<k>`` (``text/html``
  fragment; each fragment ends with the next "Tải thêm" button while items remain);
- article ``/tin-tuc/<section-slug>/<slug>.<id>`` (the controller reads only the id);
- static pages ``/gioi-thieu``, ``/co-cau-to-chuc``, ``/lien-he`` (menus link them as ``/#!/…``);
- ``/robots.txt`` (``Crawl-delay: 1``), ``/sitemap_index.xml``, ``/sitemaps/tin-tuc-<n>.xml.gz``,
  ``/sitemaps/trang.xml``.
Article: title ``h1.article__title``; date ``span.article__date[data-timestamp]`` (unix seconds,
visible "dd/mm/yyyy HH:mm" Vietnam time); body ``div.article__body`` (``<p>`` and ``<figure>``
with ``<figcaption>``); byline: the author bold and right-aligned on the body's last line, then
"Nguồn: …" below the body; related news drawn by script from an inline JSON blob.
Hazards: ``?lang=vi`` and ``?v=<build hash>`` on some internal links, ``<base href="/">`` with
relative links written without a leading slash (``tin-tuc/…``), ``#!`` hash-bang menu links,
gzipped sitemaps served as ``application/x-gzip`` or ``application/gzip``.
"""

from __future__ import annotations

import gzip
import json
import re
from datetime import datetime

from dtcrawl.demo.cms.common import (
    VN_TZ,
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
    stable_int,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
)

BUILD_HASH = "7c1e4a9"
FRAGMENT = "/api/tin-tuc/fragment"
SITEMAP_INDEX = "/sitemap_index.xml"
SITEMAP_CHUNK = 20
ARTICLE_PATH = re.compile(r"^/tin-tuc/([a-z0-9-]+)/([a-z0-9-]+)\.(\d+)$")
NEWS_SITEMAP = re.compile(r"^/sitemaps/tin-tuc-(\d+)\.xml\.gz$")
STATIC_PAGES = {
    "/gioi-thieu": (
        "Giới thiệu",
        [
            "Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu "
            "và giúp Ủy ban quản lý nhà nước về khoa học, công nghệ, đổi mới sáng tạo và chuyển "
            "đổi số trên địa bàn.",
            "Sở có tư cách pháp nhân, con dấu và tài khoản riêng; chịu sự chỉ đạo về chuyên môn, "
            "nghiệp vụ của Bộ Khoa học và Công nghệ.",
        ],
    ),
    "/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        [
            "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Các phòng chuyên môn: Văn phòng Sở, "
            "Thanh tra Sở, Phòng Kế hoạch - Tài chính, Phòng Quản lý khoa học, Phòng Chuyển đổi "
            "số và Công nghệ thông tin.",
            "Đơn vị sự nghiệp trực thuộc: Trung tâm Thông tin và Thống kê khoa học công nghệ, "
            "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng.",
        ],
    ),
    "/lien-he": (
        "Liên hệ",
        [
            "Mọi ý kiến góp ý, phản ánh về nội dung trang thông tin xin gửi về Văn phòng Sở "
            "trong giờ hành chính, từ thứ Hai đến thứ Sáu.",
        ],
    ),
}


def unix_seconds(moment: datetime) -> int:
    """Unix seconds of a Vietnam local time (what ``data-timestamp`` holds).

    >>> unix_seconds(datetime(2021, 1, 4, 7, 30))
    1609720200
    """
    return int(moment.replace(tzinfo=VN_TZ).timestamp())


def fragment_url(section_id: int, offset: int, limit: int) -> str:
    """The AJAX URL of the items after ``offset`` of a section (0: all sections).

    >>> fragment_url(101, 6, 6)
    '/api/tin-tuc/fragment?chuyenMuc=101&offset=6&limit=6'
    """
    return f"{FRAGMENT}?chuyenMuc={section_id}&offset={offset}&limit={limit}"


def _int(value: str | None, default: int) -> int | None:
    """An integer request parameter; ``None`` when it is not a number (a 400 for Spring)."""
    if value is None:
        return default
    try:
        return int(value)
    except ValueError:
        return None


class SpringAjaxSite(CmsSite):
    family_headers = {
        "Server": "nginx/1.22.1",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "SAMEORIGIN",
        "Content-Language": "vi-VN",
    }
    image_folder = "/uploads/tin-tuc"
    number_base = 52140
    number_stride = 11

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/tin-tuc/{item.section.slug}/{slugify(item.title, max_len=80)}.{item.number}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        """Page 1 is the section page; later "pages" are the fragments its button loads."""
        if page > 1:
            size = self.portal.page_size
            return fragment_url(self.section_id(section), (page - 1) * size, size)
        return "/tin-tuc" if self.is_news(section) else f"/tin-tuc/{section.slug}"

    def section_id(self, section: Section | None) -> int:
        return self.news.id if self.is_news(section) else section.id

    def robots_txt(self, request: Request) -> str:
        return (
            "User-agent: *\nCrawl-delay: 1\nDisallow: /admin/\nDisallow: /actuator/\n"
            f"Disallow: /tim-kiem\n\nSitemap: {request.base_url}{SITEMAP_INDEX}\n"
        )

    def extra_paths(self) -> dict[str, str]:
        return {"sitemap": SITEMAP_INDEX}

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return self.html_response(self.home_html(request))
        if path == "/tin-tuc":
            return self.html_response(self.listing_html(self.news, request))
        match = ARTICLE_PATH.match(path)
        if match:
            item = self.by_number.get(int(match.group(3)))
            return self.article_response(item, request) if item else None
        if path.startswith("/tin-tuc/"):
            section = self.section_by_slug(path[len("/tin-tuc/") :])
            if section is None or "/" in path[len("/tin-tuc/") :]:
                return None
            return self.html_response(self.listing_html(section, request))
        if path == FRAGMENT:
            return self.fragment_response(request)
        if path in STATIC_PAGES:
            return self.html_response(self.static_html(path, request))
        if path == SITEMAP_INDEX:
            return self.xml_response(self.sitemap_index(request))
        if path == "/sitemaps/trang.xml":
            return self.xml_response(self.static_sitemap(request))
        match = NEWS_SITEMAP.match(path)
        if match:
            return self.news_sitemap(int(match.group(1)), request)
        return None

    def xml_response(self, xml: str) -> Response:
        return Response(
            200,
            {"Content-Type": "application/xml;charset=UTF-8", **self.family_headers},
            xml.encode("utf-8"),
        )

    # -- links

    def link(self, item: Item, request: Request, box: str) -> str:
        """How a box links an article: the template's own way, per box.

        Cards of the section pages and fragments use ``@{/…}`` (root paths); the home page and
        sidebar boxes were written by hand as ``tin-tuc/…`` (relative, resolved by ``<base>``),
        and some carry ``?lang=vi`` or the ``?v=`` cache-buster of the build.
        """
        path = self.article_path(item)
        if box == "card":
            return path
        roll = stable_int(request.seed + box + item.key, 0, 9)
        relative = path[1:]
        if box == "hot" and roll < 4:
            return f"{relative}?lang=vi"
        if box == "home" and roll < 2:
            return f"{relative}?v={BUILD_HASH}"
        return relative

    # -- sitemaps

    def sitemap_items(self) -> list[Item]:
        """Items in the order the sitemap generator writes them (by id, oldest first)."""
        return sorted(self.items, key=lambda it: it.number)

    def sitemap_index(self, request: Request) -> str:
        chunks = -(-len(self.sitemap_items()) // SITEMAP_CHUNK)
        newest = max((it.last_modified(request.revision) for it in self.items), default=None)
        lastmod = f"<lastmod>{iso_vn(newest)}</lastmod>" if newest else ""
        entries = [
            f"<sitemap><loc>{request.base_url}/sitemaps/tin-tuc-{n}.xml.gz</loc>{lastmod}</sitemap>"
            for n in range(1, chunks + 1)
        ]
        entries.append(f"<sitemap><loc>{request.base_url}/sitemaps/trang.xml</loc></sitemap>")
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(entries)
            + "\n</sitemapindex>\n"
        )

    def news_sitemap(self, number: int, request: Request) -> Response | None:
        items = self.sitemap_items()[(number - 1) * SITEMAP_CHUNK : number * SITEMAP_CHUNK]
        if number < 1 or not items:
            return None
        urls = "\n".join(
            f"<url><loc>{request.base_url}{self.article_path(it)}</loc>"
            f"<lastmod>{iso_vn(it.last_modified(request.revision))}</lastmod>"
            "<changefreq>monthly</changefreq><priority>0.6</priority></url>"
            for it in items
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n'
        )
        kind = "application/x-gzip" if number % 2 else "application/gzip"
        return Response(
            200,
            {"Content-Type": kind, **self.family_headers},
            gzip.compress(xml.encode("utf-8"), mtime=0),
        )

    def static_sitemap(self, request: Request) -> str:
        urls = "\n".join(
            f"<url><loc>{request.base_url}{path}</loc><changefreq>yearly</changefreq></url>"
            for path in STATIC_PAGES
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n'
        )

    # -- fragments and cards

    def card(self, item: Item, request: Request) -> str:
        href = esc(self.link(item, request, "card"))
        thumb = image_path(item, 0, self.image_folder)
        return (
            f'<div class="news-card" data-id="{item.number}">'
            f'<a class="news-card__thumb" href="{href}"><img class="lazy" '
            f'src="/img/placeholder.png" data-src="{esc(thumb)}" alt="{esc(item.title)}"></a>'
            f'<div class="news-card__body"><h3 class="news-card__title"><a href="{href}">'
            f"{esc(item.title)}</a></h3>"
            f'<span class="news-card__date"><i class="fa fa-calendar"></i> {dmy(item.published)}'
            f'</span><p class="news-card__sapo">{esc(item.sapo(request.revision))}</p></div></div>'
        )

    def more_button(self, section: Section, offset: int) -> str:
        size = self.portal.page_size
        return (
            '<div class="load-more-wrap text-center"><button type="button" '
            'class="btn btn-outline-primary btn-load-more" '
            f'data-url="{esc(fragment_url(self.section_id(section), offset, size))}">'
            'Tải thêm <i class="fa fa-angle-double-down"></i></button></div>'
        )

    def fragment_response(self, request: Request) -> Response | None:
        ident = _int(request.params.get("chuyenMuc"), self.news.id)
        offset = _int(request.params.get("offset"), 0)
        limit = _int(request.params.get("limit"), self.portal.page_size)
        if ident is None or offset is None or limit is None or offset < 0 or limit < 1:
            return Response(
                400,
                {"Content-Type": "text/html;charset=UTF-8", **self.family_headers},
                b"",
            )
        section = self.news if ident in (0, self.news.id) else self.section_by_id(ident)
        if section is None:
            return None
        listed = self.listed(section)
        limit = min(limit, 24)
        chunk = listed[offset : offset + limit]
        markup = "\n".join(self.card(it, request) for it in chunk)
        if offset + limit < len(listed):
            markup += "\n" + self.more_button(section, offset + limit)
        return Response(
            200,
            {
                "Content-Type": "text/html;charset=UTF-8",
                "Cache-Control": "no-cache",
                **self.family_headers,
            },
            markup.encode("utf-8"),
        )

    # -- frame

    def hot(self, count: int = 6) -> list[Item]:
        """The "Tin nổi bật" box: ranked by their (fake, stable) view counts."""
        healthy = [it for it in self.items if it.kind == "article"]
        return sorted(healthy, key=lambda it: -view_count(it.key))[:count]

    def menu(self) -> str:
        subs = "".join(
            f'<li><a class="dropdown-item" href="tin-tuc/{s.slug}?v={BUILD_HASH}">'
            f"{esc(s.name)}</a></li>"
            for s in self.sections.values()
        )
        return (
            '<nav class="navbar navbar-expand-lg main-nav" id="mainNav"><div class="container">'
            '<button class="navbar-toggler" type="button" data-toggle="collapse" '
            'data-target="#navMain"><span class="navbar-toggler-icon"></span></button>'
            '<div class="collapse navbar-collapse" id="navMain"><ul class="navbar-nav">'
            '<li class="nav-item"><a class="nav-link" href="./"><i class="fa fa-home"></i></a></li>'
            '<li class="nav-item"><a class="nav-link" href="/#!/gioi-thieu">Giới thiệu</a></li>'
            '<li class="nav-item"><a class="nav-link" href="/#!/co-cau-to-chuc">Cơ cấu tổ chức</a>'
            '</li><li class="nav-item dropdown"><a class="nav-link dropdown-toggle" '
            'href="tin-tuc?lang=vi">Tin tức - Sự kiện</a>'
            f'<ul class="dropdown-menu">{subs}</ul></li>'
            '<li class="nav-item"><a class="nav-link" href="/#!/van-ban">Văn bản</a></li>'
            '<li class="nav-item"><a class="nav-link" href="https://dichvucong.gov.vn" '
            'target="_blank" rel="noopener">Dịch vụ công</a></li>'
            '<li class="nav-item"><a class="nav-link" href="lien-he">Liên hệ</a></li>'
            "</ul></div></div></nav>"
        )

    def sidebar(self, request: Request) -> str:
        seed = request.seed
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        hot = "".join(
            f'<li class="hot-news__item"><a href="{esc(self.link(it, request, "hot"))}">'
            f"{esc(it.title)}</a></li>"
            for it in self.hot()
        )
        answers = "".join(
            f'<div class="form-check"><input class="form-check-input" type="radio" '
            f'name="luaChon" id="lc{i}" value="{i}"><label class="form-check-label" '
            f'for="lc{i}">{esc(o)}</label></div>'
            for i, o in enumerate(options)
        )
        return f"""<aside class="col-lg-4 sidebar">
<div class="widget widget-hot"><h4 class="widget__title">Tin nổi bật</h4><ul class="hot-news">{hot}</ul></div>
<div class="widget widget-tthc"><h4 class="widget__title">Kết quả giải quyết TTHC</h4><div class="tthc-month">Tháng {stats["month"]}</div><div class="tthc-row"><span class="tthc-num">{thousands(stats["total"])}</span> hồ sơ tiếp nhận</div><div class="tthc-row"><span class="tthc-num">{thousands(stats["ontime"])}</span> hồ sơ đúng hạn</div><div class="tthc-row"><span class="tthc-num">{stats["late"]}</span> hồ sơ trễ hạn</div><div class="tthc-rate">Tỷ lệ đúng hạn: {stats["percent"]}%</div></div>
<div class="widget widget-poll"><h4 class="widget__title">Ý kiến thăm dò</h4><form id="pollForm" onsubmit="return false;"><p class="poll-q">{esc(question)}</p>{answers}<button type="button" class="btn btn-sm btn-primary" id="btnVote">Biểu quyết</button> <button type="button" class="btn btn-sm btn-light" id="btnResult">Xem kết quả</button></form></div>
<div class="widget widget-banner"><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img src="/img/banner/dvc-quoc-gia.png" alt="Cổng dịch vụ công quốc gia"></a><a href="https://chinhphu.vn" target="_blank" rel="noopener"><img src="/img/banner/chinh-phu.png" alt="Cổng thông tin điện tử Chính phủ"></a><a href="https://most.gov.vn" target="_blank" rel="noopener"><img src="/img/banner/bo-khcn.png" alt="Bộ Khoa học và Công nghệ"></a></div>
<div class="widget widget-links"><h4 class="widget__title">Liên kết website</h4><select class="form-control" onchange="if(this.value) window.open(this.value)"><option value="">-- Chọn liên kết --</option><option value="https://most.gov.vn">Bộ Khoa học và Công nghệ</option><option value="https://vista.gov.vn">Cục Thông tin KH&amp;CN quốc gia</option></select></div>
<div class="widget widget-stats"><h4 class="widget__title">Thống kê truy cập</h4><ul class="stats"><li>Đang online: <b>{thousands(visits["online"])}</b></li><li>Hôm nay: <b>{thousands(visits["today"])}</b></li><li>Trong tuần: <b>{thousands(visits["week"])}</b></li><li>Trong tháng: <b>{thousands(visits["month"])}</b></li><li>Tổng lượt truy cập: <b>{thousands(visits["total"])}</b></li></ul></div>
</aside>"""

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        crumbs: list[tuple[str, str]],
        head: str = "",
        scripts: str = "",
    ) -> str:
        portal = self.portal
        crumb = "".join(
            f'<li class="breadcrumb-item"><a href="{esc(href)}">{esc(label)}</a></li>'
            for href, label in crumbs
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="/">
<title>{esc(title)}</title>
<meta name="_csrf" content="{esc(self.portal.id)}-4f2d9a1b-0c6e-4b7a-9e35-d81a7c2f6b40">
<meta name="_csrf_header" content="X-CSRF-TOKEN">
{head}<link rel="icon" href="favicon.ico">
<link rel="stylesheet" href="webjars/bootstrap/4.6.2/css/bootstrap.min.css">
<link rel="stylesheet" href="webjars/font-awesome/4.7.0/css/font-awesome.min.css">
<link rel="stylesheet" href="css/style.css?v={BUILD_HASH}">
</head>
<body>
<div class="top-bar"><div class="container"><span class="top-bar__welcome">Chào mừng bạn đến với {esc(portal.name)}</span><span class="top-bar__lang"><a href="?lang=vi">Tiếng Việt</a> | <a href="?lang=en">English</a></span><a class="top-bar__login" href="javascript:void(0)" data-toggle="modal" data-target="#loginModal">Đăng nhập</a></div></div>
<header class="site-header"><div class="container d-flex align-items-center"><a class="site-header__logo" href="./"><img src="img/logo-quoc-huy.png" alt="Quốc huy"></a><div class="site-header__names"><div class="site-header__agency">{esc(portal.agency.upper())}</div><div class="site-header__name">{esc(portal.name.upper())}</div></div><form class="site-header__search ml-auto" action="tim-kiem" method="get"><input class="form-control" type="text" name="tuKhoa" placeholder="Tìm kiếm..."><button class="btn" type="submit"><i class="fa fa-search"></i></button></form></div></header>
{self.menu()}
<div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="./"><i class="fa fa-home"></i> Trang chủ</a></li>{crumb}</ol></nav>
<div class="row"><main class="col-lg-8 main-content">{main}</main>
{self.sidebar(request)}
</div></div>
<footer class="site-footer"><div class="container"><div class="row"><div class="col-md-8"><div class="site-footer__name">{esc(portal.name.upper())}</div><p>Cơ quan chủ quản: {esc(portal.agency)}</p><p>Chịu trách nhiệm chính: {esc(portal.editor)}</p><p>{esc(portal.licence)}</p><p>Địa chỉ: {esc(portal.address)}</p><p>Điện thoại: {esc(portal.phone)} - Email: vanphong@{esc(portal.domain)}</p><p class="site-footer__reuse">{esc(reuse_notice(portal))}</p></div><div class="col-md-4"><a href="/#!/so-do-site">Sơ đồ trang</a> · <a href="lien-he">Liên hệ</a></div></div></div><a id="backToTop" href="javascript:void(0)" title="Về đầu trang"><i class="fa fa-chevron-up"></i></a></footer>
<div class="modal fade" id="loginModal" tabindex="-1"><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h5>Đăng nhập hệ thống</h5></div><div class="modal-body"><form action="dang-nhap" method="post"><input class="form-control" name="username" placeholder="Tên đăng nhập"><input class="form-control" type="password" name="password" placeholder="Mật khẩu"><button class="btn btn-primary" type="submit">Đăng nhập</button></form></div></div></div></div>
<script src="webjars/jquery/3.6.4/jquery.min.js"></script>
<script src="webjars/bootstrap/4.6.2/js/bootstrap.bundle.min.js"></script>
<script src="js/app.js?v={BUILD_HASH}"></script>
<script>
$(function () {{
  $(document).on('click', '.btn-load-more', function () {{
    var $btn = $(this), $wrap = $btn.closest('.load-more-wrap');
    $btn.prop('disabled', true);
    $.get($btn.data('url'), function (html) {{ $wrap.replaceWith(html); App.lazy(); }});
  }});
  if (location.hash.indexOf('#!/') === 0) {{ location.href = location.hash.substring(2); }}
}});
</script>{scripts}
</body>
</html>
"""

    # -- pages

    def home_html(self, request: Request) -> str:
        items = self.latest(6)
        lead, rest = items[0], items[1:]
        lead_src = image_path(lead, 0, self.image_folder)
        latest = "".join(
            f'<li class="latest-news__item"><a href="{esc(self.link(it, request, "home"))}">'
            f'{esc(it.title)}</a> <span class="latest-news__date">({dmy(it.published)})</span></li>'
            for it in rest
        )
        blocks = []
        for section in self.sections.values():
            listed = [it for it in self.listed(section) if it.kind == "article"][:4]
            entries = "".join(
                f'<li><a href="{esc(self.link(it, request, "home"))}">{esc(it.title)}</a></li>'
                for it in listed
            )
            blocks.append(
                f'<section class="home-cat"><h3 class="home-cat__title"><a href="tin-tuc/'
                f'{section.slug}">{esc(section.name)}</a></h3><ul class="home-cat__list">'
                f'{entries}</ul><a class="home-cat__more" href="tin-tuc/{section.slug}">'
                "Xem tất cả »</a></section>"
            )
        main = (
            f'<div class="home-lead"><a href="{esc(self.link(lead, request, "home"))}">'
            f'<img src="{esc(lead_src)}" alt="{esc(lead.title)}"><h2 class="home-lead__title">'
            f'{esc(lead.title)}</h2></a><p class="home-lead__sapo">{esc(lead.sapo())}</p></div>'
            f'<div class="latest-news"><h3 class="block-title">Tin mới cập nhật</h3><ul>{latest}'
            f"</ul></div>{''.join(blocks)}"
        )
        return self.frame(self.portal.name, main, request, [])

    def listing_html(self, section: Section, request: Request) -> str:
        listed = self.listed(section)
        size = self.portal.page_size
        cards = "\n".join(self.card(it, request) for it in listed[:size])
        more = self.more_button(section, size) if len(listed) > size else ""
        crumbs = [("tin-tuc", self.news.name)]
        if not self.is_news(section):
            crumbs.append((f"tin-tuc/{section.slug}", section.name))
        main = (
            f'<h1 class="page-title">{esc(section.name)}</h1>'
            f'<div class="news-list" id="newsList" data-chuyen-muc="{self.section_id(section)}">'
            f"\n{cards}\n</div>{more}"
        )
        return self.frame(f"{section.name} - {self.portal.name}", main, request, crumbs)

    def static_html(self, path: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[path]
        body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        main = f'<h1 class="page-title">{esc(title)}</h1><div class="static-page">{body}</div>'
        return self.frame(f"{title} - {self.portal.name}", main, request, [(path[1:], title)])

    def body_html(self, item: Item, revision: int) -> str:
        parts = []
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                number, caption = value
                src = image_path(item, number, self.image_folder)
                parts.append(
                    f'<figure class="image"><img src="{esc(src)}" alt="{esc(caption)}" '
                    f'width="800"><figcaption>{esc(caption)}</figcaption></figure>'
                )
        if item.author:
            parts.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        return "\n".join(parts)

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        url = request.base_url + self.article_path(item)
        modified = item.shown_modified(revision)
        updated = (
            f'<span class="article__updated">Cập nhật: {dmy(modified)} {modified:%H:%M}</span>'
            if modified
            else ""
        )
        source = (
            f'<div class="article__source">Nguồn: {esc(item.source)}</div>' if item.source else ""
        )
        related = [
            {
                "id": it.number,
                "tieuDe": it.title,
                "duongDan": self.article_path(it),
                "ngayDang": unix_seconds(it.published) * 1000,
            }
            for it in self.others(item, 6)
        ]
        related_json = json.dumps(related, ensure_ascii=False).replace("</", "<\\/")
        head = (
            f'<meta name="description" content="{esc(item.sapo(revision, 160))}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(item.title)}">\n'
            f'<meta property="og:url" content="{esc(url)}">\n'
            f'<meta property="og:image" content="{esc(request.base_url + image_path(item, 0, self.image_folder))}">\n'
        )
        main = f"""<article class="article" data-id="{item.number}">
<div class="article__category"><a href="tin-tuc/{item.section.slug}">{esc(item.section.name)}</a></div>
<h1 class="article__title">{esc(item.title)}</h1>
<div class="article__meta"><span class="article__date" data-timestamp="{unix_seconds(item.published)}"><i class="fa fa-clock-o"></i> {dmy(item.published)} {item.published:%H:%M}</span>{updated}<span class="article__views"><i class="fa fa-eye"></i> Lượt xem: {thousands(view_count(seed))}</span><span class="article__font">Cỡ chữ: <a href="javascript:App.font(-1)">A-</a> <a href="javascript:App.font(0)">A</a> <a href="javascript:App.font(1)">A+</a></span></div>
<div class="article__body">
{self.body_html(item, revision)}
</div>
{source}<div class="article__tools"><a href="javascript:window.print()"><i class="fa fa-print"></i> In bài viết</a> <a href="mailto:?subject={esc(item.title)}"><i class="fa fa-envelope"></i> Gửi email</a> <a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank" rel="noopener">Chia sẻ</a></div>
</article>
<section class="related"><h3 class="block-title">Tin liên quan</h3><div id="relatedNews" class="related-news"></div></section>"""
        scripts = (
            f'\n<script id="relatedData" type="application/json">{related_json}</script>\n'
            "<script>$(function () { App.renderRelated('#relatedNews', "
            "JSON.parse($('#relatedData').text())); });</script>"
        )
        crumbs = [
            ("tin-tuc", self.news.name),
            (f"tin-tuc/{item.section.slug}", item.section.name),
        ]
        return self.frame(
            f"{item.title} - {self.portal.name}", main, request, crumbs, head, scripts
        )

    def error_html(self, status: int) -> str:
        request = Request("/error", {}, 0, f"{self.portal.id}:error{status}", "")
        text = (
            "Trang bạn tìm không tồn tại hoặc đã được chuyển sang địa chỉ khác."
            if status == 404
            else "Hệ thống đang gặp sự cố, vui lòng thử lại sau."
        )
        main = (
            f'<div class="error-page"><h1 class="error-page__code">{status}</h1>'
            f'<p>{text}</p><a class="btn btn-primary" href="./">Về trang chủ</a></div>'
        )
        return self.frame(f"Lỗi {status} - {self.portal.name}", main, request, [])
