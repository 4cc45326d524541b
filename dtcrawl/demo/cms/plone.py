"""Plone 5.2 classic UI family (ttkhcn-thachvan): a science-technology information centre.

URL shapes (Plone builds every link absolute, from the portal URL, which has no trailing slash):
- home ``/`` (the site root's default page ``front-page``; ``/front-page`` serves the same page);
- news ``/tin-tuc``: a folder whose default page is the collection ``aggregator``
  (``/tin-tuc/aggregator`` is the same listing); its batch links carry the collection's form
  marker: ``/tin-tuc?b_start:int=10&-C-=``;
- sections ``/tin-tuc/<section>`` (folders, summary view), paged by item offset
  ``?b_start:int=10``; ``b_size`` is honoured when a link carries it;
- article (News Item) ``/tin-tuc/<section>/<short-name>`` (no extension; the short name is the
  title's transliteration cut to 50 characters at a hyphen, ``-1`` appended on a clash);
  ``<article>/view`` is the same page (listings' "Xem tiếp…" and related items link there);
  ``<article>/sendto_form`` is the "send this page" form;
- feeds ``/RSS`` (RSS 1.0, RDF) and ``/rss.xml`` (RSS 2.0), also per folder
  (``/tin-tuc/RSS``, ``/tin-tuc/<section>/rss.xml``); 15 newest items;
- ``/sitemap`` (the HTML navigation map, all items), ``/sitemap.xml.gz`` (named in robots.txt);
- ``/@@search?SearchableText=…`` and ``?Subject%3Alist=…`` (keyword links under articles);
- ``/author/<userid>`` (the creator's page), ``/login_form?came_from=<page URL>``,
  ``?set_language=vi|en`` on every page (the language selector), ``/su-kien/<event>``.
The description (the lead) is shown above the body in ``.documentDescription``; the body is
``#parent-fieldname-text`` inside ``#content-core``; the lead image is a
``figure.newsImageContainer`` with ``@@images/image/preview``; the byline is Plone's
``.documentByLine`` ("bởi admin — Xuất bản 18/11/2024 08:00, Lần sửa cuối 20/11/2024 10:15"),
and the writer's name closes the body as a right-aligned bold paragraph, the source after it.
"""

from __future__ import annotations

import gzip
from datetime import datetime, timedelta
from urllib.parse import quote, urlencode

from dtcrawl.demo.cms.common import (
    PIXEL_GIF,
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    esc,
    http_date,
    iso_vn,
    pager_window,
    poll,
    reuse_notice,
    slugify,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    visitor_stats,
)
from dtcrawl.text import fold

NEWS = "/tin-tuc"
AGGREGATOR = "/tin-tuc/aggregator"
EVENTS = "/su-kien"
SEARCH = "/@@search"
CREATORS = ("admin", "bientap", "ntthuy")
CREATOR_NAMES = {"admin": "admin", "bientap": "Ban biên tập", "ntthuy": "Nguyễn Thị Thủy"}
KEYWORDS = ("chuyển đổi số", "khoa học công nghệ", "dữ liệu số", "đổi mới sáng tạo")
FEED_SIZE = 15
SHORT_NAME_LENGTH = 50

# The centre's events (Plone Event items), dated after the newest article at build time.
EVENT_TEXTS = (
    (
        "hoi-thao-ung-dung-du-lieu-so-trong-quan-ly-khoa-hoc",
        "Hội thảo ứng dụng dữ liệu số trong quản lý nhiệm vụ khoa học",
        "Hội trường tầng 3, Trung tâm Thông tin và Ứng dụng khoa học công nghệ",
        "Hội thảo giới thiệu cơ sở dữ liệu nhiệm vụ khoa học cấp tỉnh và cách tra cứu kết quả "
        "nghiên cứu đã nghiệm thu.",
    ),
    (
        "lop-tap-huan-ky-so-cho-can-bo-co-so",
        "Lớp tập huấn ký số và lưu trữ hồ sơ điện tử cho cán bộ cơ sở",
        "Phòng máy tính, số 17 đường Bến Ngự, thành phố Thạch Vân",
        "Lớp học dành cho văn thư các xã, phường, hướng dẫn ký số văn bản và nộp lưu hồ sơ "
        "điện tử vào kho lưu trữ của tỉnh.",
    ),
    (
        "cho-cong-nghe-va-thiet-bi-thach-van",
        "Chợ công nghệ và thiết bị tỉnh Thạch Vân",
        "Nhà thi đấu đa năng tỉnh Thạch Vân",
        "Doanh nghiệp, viện, trường trưng bày sản phẩm, kết nối cung cầu công nghệ với hợp tác "
        "xã và hộ sản xuất trong tỉnh.",
    ),
)


def plone_date(moment: datetime) -> str:
    """The long local time Plone shows with a Vietnamese locale.

    >>> plone_date(datetime(2024, 11, 20, 10, 15))
    '20/11/2024 10:15'
    """
    return moment.strftime("%d/%m/%Y %H:%M")


def short_name(title: str) -> str:
    """The id Plone gives a new item: the transliterated title, cut to 50 characters at a hyphen.

    >>> short_name("Thạch Vân số hóa 12.000 hồ sơ thủ tục hành chính")
    'thach-van-so-hoa-12-000-ho-so-thu-tuc-hanh-chinh'
    """
    return slugify(title, max_len=SHORT_NAME_LENGTH)


def batch_start(value: str | None) -> int:
    """The item offset of a ``b_start:int`` parameter; junk or negatives give 0.

    >>> batch_start("20"), batch_start("-4"), batch_start("x"), batch_start(None)
    (20, 0, 0, 0)
    """
    try:
        return max(0, int(value)) if value is not None else 0
    except ValueError:
        return 0


class PloneSite(CmsSite):
    """A Plone 5.2 site (Barceloneta theme, classic UI) of a provincial S&T information centre."""

    family_headers = {"Server": "nginx", "X-Frame-Options": "SAMEORIGIN"}

    def __init__(self, portal, articles):
        super().__init__(portal, articles)
        self.short_names: dict[str, str] = {}
        taken: set[tuple[str, str]] = set()
        for item in sorted(self.items, key=lambda it: (it.published, it.key)):
            base = short_name(item.title) or "tin-bai"
            name, n = base, 0
            while (item.section.slug, name) in taken:
                n += 1
                name = f"{base}-{n}"
            taken.add((item.section.slug, name))
            self.short_names[item.key] = name
        self.by_path = {self.article_path(it): it for it in self.items}
        newest = max((it.published for it in self.items), default=datetime(2024, 1, 1))
        self.events = [
            {
                "slug": slug,
                "title": title,
                "where": where,
                "text": text,
                "start": (newest + timedelta(days=9 + 12 * i)).replace(hour=8, minute=0),
            }
            for i, (slug, title, where, text) in enumerate(EVENT_TEXTS)
        ]

    # -- URLs

    def section_slug(self, name: str) -> str:
        return slugify(name)

    def article_path(self, item: Item) -> str:
        name = getattr(self, "short_names", {}).get(item.key) or short_name(item.title)
        return f"{NEWS}/{item.section.slug}/{name}"

    def folder_path(self, section: Section | None) -> str:
        return NEWS if self.is_news(section) else f"{NEWS}/{section.slug}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = self.folder_path(section)
        if page == 1:
            return base
        start = (page - 1) * self.portal.page_size
        marker = "&-C-=" if self.is_news(section) else ""
        return f"{base}?b_start:int={start}{marker}"

    def home_path(self) -> str:
        return "/"

    def extra_paths(self) -> dict[str, str]:
        return {
            "rss": "/RSS",
            "rss2": "/rss.xml",
            "news_rss": f"{NEWS}/RSS",
            "sitemap": "/sitemap.xml.gz",
            "html_sitemap": "/sitemap",
        }

    def tags(self, item: Item) -> list[str]:
        return [item.section.name, KEYWORDS[stable_int(item.key + "kw", 0, len(KEYWORDS) - 1)]]

    def creator(self, item: Item) -> str:
        return CREATORS[stable_int(item.key + "creator", 0, len(CREATORS) - 1)]

    def robots_txt(self, request: Request) -> str:
        return (
            f"Sitemap: {request.base_url}/sitemap.xml.gz\n\n"
            "# Cho phép máy tìm kiếm truy cập mọi trang mà khách vãng lai xem được\n"
            "User-agent: *\nDisallow:\n\n"
            "# Riêng Googlebot: bỏ qua các biểu mẫu lặp lại ở mỗi trang nội dung\n"
            "User-Agent: Googlebot\nDisallow: /*?\nDisallow: /*folder_factories$\n"
            "Disallow: /*login_form$\nDisallow: /*mail_password_form$\n"
            "Disallow: /*search_rss$\nDisallow: /*sendto_form$\nDisallow: /*summary_view$\n"
            "Disallow: /*view$\n"
        )

    # -- routing

    def route(self, request: Request) -> Response | None:
        response = self.route_path(request)
        language = request.params.get("set_language")
        if response is not None and language in ("vi", "en"):
            # Plone remembers the choice in a cookie and serves the same page (vi only here).
            cookie = f'I18N_LANGUAGE="{language}"; Path=/'
            return Response(
                response.status, {**response.headers, "Set-Cookie": cookie}, response.body
            )
        return response

    def route_path(self, request: Request) -> Response | None:
        path = request.path
        if "/@@images/" in path or path.startswith(("/++plone++", "/++resource++", "/++theme++")):
            return self.asset_response(path)
        if path.endswith("/@@site-logo/logo.png"):
            return self.asset_response(path)
        path = path.rstrip("/") or "/"
        if path in ("/", "/front-page", "/index_html"):
            return self.html_response(self.home_html(request))
        if path in ("/RSS", "/rss.xml", f"{NEWS}/RSS", f"{NEWS}/rss.xml"):
            return self.feed_response(None, path, request)
        if path == "/sitemap.xml.gz":
            body = gzip.compress(self.sitemap_xml(request).encode("utf-8"), mtime=0)
            return Response(200, {"Content-Type": "application/octet-stream"}, body)
        if path == "/sitemap":
            return self.html_response(self.sitemap_html(request))
        if path in (SEARCH, "/search"):
            return self.html_response(self.search_html(request))
        if path in ("/login_form", "/login", "/mail_password_form"):
            return self.html_response(self.login_html(request))
        if path in ("/accessibility-info", "/contact-info"):
            return self.html_response(self.info_html(path, request))
        if path.startswith("/author/"):
            user = path.split("/")[2]
            return self.html_response(self.author_html(user, request)) if user in CREATORS else None
        if path == EVENTS or path.startswith(EVENTS + "/"):
            return self.event_response(path, request)
        if path in (NEWS, AGGREGATOR):
            return self.html_response(self.listing_html(None, request))
        item = self.by_path.get(path)
        if item:
            return self.article_response(item, request)
        head, _, tail = path.rpartition("/")
        if tail in ("view", "newsitem_view") and head in self.by_path:
            return self.article_response(self.by_path[head], request)
        if tail == "sendto_form" and head in self.by_path and self.by_path[head].kind == "article":
            return self.html_response(self.sendto_html(self.by_path[head], request))
        if path.startswith(NEWS + "/"):
            parts = path.split("/")
            section = self.section_by_slug(parts[2])
            if section and len(parts) == 3:
                return self.html_response(self.listing_html(section, request))
            if section and len(parts) == 4 and parts[3] in ("RSS", "rss.xml"):
                return self.feed_response(section, path, request)
        return None

    def asset_response(self, path: str) -> Response:
        if path.endswith(".css"):
            return Response(200, {"Content-Type": "text/css"}, b"")
        if path.endswith(".js"):
            return Response(200, {"Content-Type": "application/javascript"}, b"")
        return Response(200, {"Content-Type": "image/gif"}, PIXEL_GIF)

    # -- the page frame

    def abs(self, request: Request, path: str) -> str:
        """The absolute URL of ``path`` (Plone's portal URL has no trailing slash)."""
        if path == "/":
            return request.base_url or "/"
        return request.base_url + path

    def link(self, item: Item, request: Request, view: bool = False) -> str:
        url = self.abs(request, self.article_path(item))
        return url + "/view" if view and item.kind == "article" else url

    def page_url(self, request: Request) -> str:
        query = urlencode(request.params, safe=":")
        return self.abs(request, request.path) + (f"?{query}" if query else "")

    def portlet(self, css: str, title: str, content: str, href: str = "", footer: str = "") -> str:
        header = f'<a href="{esc(href)}" class="tile">{esc(title)}</a>' if href else esc(title)
        return (
            f'<div class="portletWrapper" id="portletwrapper-{stable_token(css + title, 16)}">'
            f'<aside class="portlet {css}" role="section">'
            f'<header class="portletHeader">{header}</header>{content}'
            + (f'<footer class="portletFooter">{footer}</footer>' if footer else "")
            + "</aside></div>"
        )

    def left_column(self, request: Request, current: Section | None) -> str:
        rows = "".join(
            f'<li class="navTreeItem visualNoMarker navTreeFolderish section-{s.slug}">'
            f'<a href="{esc(self.abs(request, self.folder_path(s)))}" class="state-published '
            f'navTreeFolderish contenttype-folder{" navTreeCurrentNode" if s == current else ""}"'
            f' title=""><span>{esc(s.name)}</span></a></li>'
            for s in self.sections.values()
        )
        nav = self.portlet(
            "portletNavigationTree",
            "Chuyên mục",
            '<nav class="portletContent"><ul class="navTree navTreeLevel0">'
            f'<li class="navTreeItem navTreeTopNode nav-section-tin-tuc"><div>'
            f'<a href="{esc(self.abs(request, NEWS))}" class="contenttype-folder">'
            f"{esc(self.news.name)}</a></div></li>{rows}</ul></nav>",
            href=self.abs(request, "/sitemap"),
        )
        links = (
            ("https://dichvucong.gov.vn", "Cổng Dịch vụ công quốc gia"),
            ("https://most.gov.vn", "Bộ Khoa học và Công nghệ"),
            ("https://www.vista.gov.vn", "Cục Thông tin khoa học và công nghệ quốc gia"),
            ("https://thachvan.gov.vn", "Cổng thông tin điện tử tỉnh Thạch Vân"),
        )
        options = "".join(f'<option value="{href}">{esc(name)}</option>' for href, name in links)
        weblinks = self.portlet(
            "portletStaticText portlet-static-lien-ket-website",
            "Liên kết website",
            '<div class="portletContent"><select onchange="window.open(this.value)">'
            f'<option value="">-- Chọn liên kết --</option>{options}</select>'
            '<p><a href="https://dichvucong.gov.vn/p/home/dvc-trang-chu.html" target="_blank">'
            '<img src="/++theme++thachvan/img/banner-dvcqg.png" alt="Dịch vụ công trực tuyến">'
            "</a></p></div>",
        )
        return f'<aside id="portal-column-one" class="col-xs-12 col-sm-6 col-md-3">{nav}{weblinks}</aside>'

    def right_column(self, request: Request, seed: str, exclude: Item | None = None) -> str:
        latest = "".join(
            f'<li class="portletItem {"odd" if i % 2 == 0 else "even"}">'
            f'<a href="{esc(self.link(it, request))}" class="tile contenttype-news-item" '
            f'title="{esc(it.sapo(request.revision, 120))}">{esc(it.title)}'
            f'<span class="portletItemDetails">{it.published:%d/%m/%Y}</span></a></li>'
            for i, it in enumerate(self.latest(5, exclude))
        )
        news = self.portlet(
            "portletNews",
            "Tin mới",
            f'<ul class="portletContent">{latest}</ul>',
            href=self.abs(request, NEWS),
            footer=f'<a href="{esc(self.abs(request, NEWS))}" class="tile">Xem tất cả tin…</a>',
        )
        upcoming = "".join(
            f'<li class="portletItem"><a href="{esc(self.abs(request, EVENTS + "/" + ev["slug"]))}"'
            f' class="tile contenttype-event" title="{esc(ev["text"])}">{esc(ev["title"])}'
            f'<span class="portletItemDetails"><span class="dtstart">'
            f'{plone_date(ev["start"])}</span> — <span class="location">{esc(ev["where"])}'
            "</span></span></a></li>"
            for ev in self.events
        )
        events = self.portlet(
            "portletEvents",
            "Sự kiện sắp tới",
            f'<ul class="portletContent">{upcoming}</ul>',
            href=self.abs(request, EVENTS),
            footer=f'<a href="{esc(self.abs(request, EVENTS))}" class="tile">Xem lịch sự kiện…</a>',
        )
        stats = tthc_stats(seed)
        tthc = self.portlet(
            "portletStaticText portlet-static-ket-qua-giai-quyet-tthc",
            "Kết quả giải quyết TTHC",
            f'<div class="portletContent"><p>Tháng {stats["month"]}: đã giải quyết '
            f"<strong>{thousands(stats['total'])}</strong> hồ sơ, trong đó "
            f"<strong>{thousands(stats['ontime'])}</strong> đúng hạn "
            f"({stats['percent']}%), <strong>{stats['late']}</strong> trễ hạn.</p>"
            '<p><a href="https://dichvucong.thachvan.gov.vn/tra-cuu-ho-so">Tra cứu hồ sơ</a>'
            "</p></div>",
        )
        question, answers = poll(seed)
        choices = "".join(
            f'<li><label><input type="radio" name="options" value="{i}"> {esc(a)}</label></li>'
            for i, a in enumerate(answers)
        )
        polls = self.portlet(
            "portletPolls",
            "Thăm dò ý kiến",
            f'<form class="portletContent" method="post" action="{esc(request.base_url)}/@@poll-vote"><p class="poll-question">{esc(question)}</p><ul>{choices}</ul>'
            '<input class="context" type="submit" value="Biểu quyết"></form>',
        )
        visits = visitor_stats(seed)
        counter = self.portlet(
            "portletStaticText portlet-static-thong-ke-truy-cap",
            "Thống kê truy cập",
            '<div class="portletContent"><ul class="visitor-counter">'
            f"<li>Đang online: <strong>{thousands(visits['online'])}</strong></li>"
            f"<li>Hôm nay: <strong>{thousands(visits['today'])}</strong></li>"
            f"<li>Trong tuần: <strong>{thousands(visits['week'])}</strong></li>"
            f"<li>Trong tháng: <strong>{thousands(visits['month'])}</strong></li>"
            f"<li>Tổng lượt truy cập: <strong>{thousands(visits['total'])}</strong></li>"
            "</ul></div>",
        )
        return (
            '<aside id="portal-column-two" class="col-xs-12 col-sm-6 col-md-3">'
            f"{news}{events}{tthc}{polls}{counter}</aside>"
        )

    def frame(
        self,
        request: Request,
        title: str,
        content: str,
        *,
        body_class: str,
        crumbs: list[tuple[str, str]] = (),
        head: str = "",
        section: Section | None = None,
        exclude: Item | None = None,
        base_href: str | None = None,
    ) -> str:
        portal = self.portal
        root = request.base_url
        here = self.page_url(request)
        came_from = quote(here, safe="")
        nav = "".join(
            f'<li class="{s.slug}"><a href="{esc(self.abs(request, self.folder_path(s)))}" '
            f'class="state-published">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        trail = "".join(
            f'<li id="breadcrumbs-{n}"><span id="breadcrumbs-current">{esc(label)}</span></li>'
            if not href
            else f'<li id="breadcrumbs-{n}"><a href="{esc(href)}">{esc(label)}</a>'
            '<span class="breadcrumbSeparator">/</span></li>'
            for n, (href, label) in enumerate(crumbs, start=1)
        )
        plain = self.abs(request, request.path)
        feeds = (
            f'<link rel="alternate" title="{esc(portal.name)} - RSS 1.0" href="{root}/RSS" '
            'type="application/rss+xml">'
            f'<link rel="alternate" title="{esc(portal.name)} - RSS 2.0" href="{root}/rss.xml" '
            'type="application/rss+xml">'
        )
        base = base_href or (plain.rstrip("/") + "/")
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<base href="{esc(base)}" /><!--[if lt IE 7]></base><![endif]-->
<meta name="generator" content="Plone - http://plone.com" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="twitter:card" content="summary" />
<meta property="og:site_name" content="{esc(portal.name)}" />
{head}
<link rel="search" href="{root}/@@search" title="Tìm kiếm trong website này" />
{feeds}
<link rel="stylesheet" href="{root}/++plone++production/++unique++2024-06-11%2009%3A12%3A40/default.css" data-bundle="production" />
<link rel="stylesheet" href="{root}/++theme++thachvan/css/thachvan.css" data-bundle="diazo" />
<link rel="icon" type="image/x-icon" href="{root}/favicon.ico" />
<title>{esc(title)} — {esc(portal.name)}</title>
</head>
<body id="visual-portal-wrapper" class="frontend icons-on thumbs-on site-Plone userrole-anonymous viewpermission-view {body_class}" dir="ltr" data-base-url="{esc(plain)}" data-portal-url="{root}" data-view-url="{esc(plain)}" data-i18ncatalogurl="{root}/plonejsi18n" data-pat-plone-modal="{{&quot;actionOptions&quot;: {{&quot;displayInModal&quot;: false}}}}">
<div class="outer-wrapper">
<header id="content-header">
<div class="container">
<div id="portal-header">
<a id="portal-logo" title="{esc(portal.name)}" href="{root or "/"}"><img src="{root}/@@site-logo/logo.png" alt="{esc(portal.name)}" title="{esc(portal.name)}" /></a>
<div class="site-title"><span class="agency">{esc(portal.agency.upper())}</span><span class="name">{esc(portal.name.upper())}</span></div>
<div id="portal-searchbox">
<form id="searchGadget_form" action="{root}/@@search" role="search" data-pat-livesearch="ajaxUrl:{root}/@@ajax-search" class="pat-livesearch">
<div class="LSBox"><label class="hiddenStructure" for="searchGadget">Tìm kiếm trong website</label>
<input name="SearchableText" type="text" size="18" id="searchGadget" title="Tìm kiếm trong website" placeholder="Tìm kiếm trong website" class="searchField" />
<input class="searchButton" type="submit" value="Tìm kiếm" />
<div class="searchSection"><input id="searchbox_currentfolder_only" class="noborder" type="checkbox" name="path" value="/Plone{esc(request.path.rstrip("/"))}" /><label for="searchbox_currentfolder_only" style="cursor: pointer">chỉ trong mục hiện tại</label></div>
</div></form>
<div id="portal-advanced-search" class="hiddenStructure"><a href="{root}/@@search">Tìm kiếm nâng cao…</a></div>
</div>
<div id="portal-anontools"><ul><li><a title="Đăng nhập" href="{root}/login_form?came_from={came_from}" id="personaltools-login" class="pat-plone-modal">Đăng nhập</a></li></ul></div>
<ul id="portal-languageselector"><li class="currentLanguage language-vi"><a href="{esc(plain)}?set_language=vi" title="Tiếng Việt">Tiếng Việt</a></li><li class="language-en"><a href="{esc(plain)}?set_language=en" title="English">English</a></li></ul>
</div>
</div>
<div id="mainnavigation-wrapper"><div id="mainnavigation">
<nav class="plone-navbar pat-navigationmarker" id="portal-globalnav-wrapper"><div class="container">
<div class="plone-navbar-header"><button type="button" class="plone-navbar-toggle" data-toggle="collapse" data-target="#portal-globalnav-collapse"><span class="sr-only">Chuyển điều hướng</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button></div>
<div class="plone-collapse plone-navbar-collapse" id="portal-globalnav-collapse">
<ul class="plone-nav plone-navbar-nav" id="portal-globalnav">
<li class="index_html"><a href="{root or "/"}" class="state-None">Trang chủ</a></li>
<li class="tin-tuc has_subtree"><a href="{root}{NEWS}" class="state-published" aria-haspopup="true">{esc(self.news.name)}</a><ul class="has_subtree dropdown">{nav}</ul></li>
<li class="su-kien"><a href="{root}{EVENTS}" class="state-published">Sự kiện</a></li>
<li class="gioi-thieu"><a href="{root}/contact-info" class="state-published">Liên hệ</a></li>
</ul></div></div></nav>
</div></div>
</header>
<div id="above-content-wrapper"><section id="viewlet-above-content"><nav id="portal-breadcrumbs" class="plone-breadcrumb"><div class="container">
<span id="breadcrumbs-you-are-here" class="hiddenStructure">Bạn đang ở:</span>
<ol aria-labelledby="breadcrumbs-you-are-here"><li id="breadcrumbs-home"><a href="{root or "/"}">Trang chủ</a></li>{trail}</ol>
</div></nav></section></div>
<div class="container">
<div class="row"><aside id="global_statusmessage"></aside></div>
<main id="main-container" class="row row-offcanvas row-offcanvas-right" role="main">
<div id="column1-container">{self.left_column(request, section)}</div>
<div class="col-xs-12 col-sm-12 col-md-6">
<div class="row"><div class="col-xs-12 col-sm-12">
{content}
</div></div>
<footer class="row"><div class="col-xs-12 col-sm-12"><div id="viewlet-below-content"></div></div></footer>
</div>
<div id="column2-container">{self.right_column(request, request.seed, exclude)}</div>
</main>
</div>
</div>
<footer id="portal-footer-wrapper"><div class="container" id="portal-footer">
<div class="row"><div class="col-xs-12"><div class="portletWrapper"><section class="portlet portletClassic" id="portal-footer-signature"><div class="portletContent">
<p class="footer-title"><strong>{esc(portal.name.upper())}</strong></p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} — Điện thoại: {esc(portal.phone)} — Thư điện tử: ttkhcn@{esc(portal.domain.split(".", 1)[1])}</p>
<p class="discreet">{esc(reuse_notice(portal))}</p>
</div></section></div></div></div>
<div class="row"><div class="col-xs-12"><ul id="portal-siteactions">
<li id="siteaction-sitemap"><a href="{root}/sitemap" title="Sơ đồ website">Sơ đồ website</a></li>
<li id="siteaction-accessibility"><a href="{root}/accessibility-info" title="Trợ giúp truy cập">Trợ giúp truy cập</a></li>
<li id="siteaction-contact"><a href="{root}/contact-info" title="Liên hệ">Liên hệ</a></li>
</ul></div></div>
<div class="row"><div class="col-xs-12"><section class="portlet portletClassic" id="portal-colophon"><div class="portletContent"><a href="https://plone.org" target="_blank" title="Trang web này được xây dựng trên hệ quản trị nội dung mã nguồn mở Plone.">Vận hành trên nền Plone &amp; Python</a></div></section></div></div>
</div></footer>
<script src="{root}/++plone++static/components/jquery/dist/jquery.min.js"></script>
<script src="{root}/++plone++production/++unique++2024-06-11%2009%3A12%3A40/default.js" data-bundle="production"></script>
</body>
</html>
"""

    # -- articles

    def byline(self, item: Item, request: Request) -> str:
        user = self.creator(item)
        modified = item.shown_modified(request.revision) or item.published
        return (
            '<div class="documentByLine" id="plone-document-byline">'
            f'<span class="documentAuthor">bởi <a href="{esc(self.abs(request, "/author/" + user))}">'
            f"{esc(CREATOR_NAMES[user])}</a></span> — "
            f'<span class="documentPublished"><span>Xuất bản</span> {plone_date(item.published)}'
            "</span>, "
            f'<span class="documentModified"><span>Lần sửa cuối</span> {plone_date(modified)}'
            "</span></div>"
        )

    def article_html(self, item: Item, request: Request) -> str:
        revision = request.revision
        url = self.abs(request, self.article_path(item))
        paragraphs = item.body(revision) if item.kind != "empty" else []
        lead = paragraphs[0] if paragraphs else ""
        lead_image = ""
        text: list[str] = []
        seen = 0
        for kind, value in body_blocks(item, revision) if paragraphs else []:
            if kind == "p":
                seen += 1
                if seen > 1:  # the first paragraph is the description, shown above the body
                    text.append(f"<p>{esc(value)}</p>")
                continue
            index, caption = value
            if not lead_image and not text:  # the News Item's own image field
                scale = f"{url}/@@images/image"
                lead_image = (
                    f'<figure class="newsImageContainer"><a href="{scale}/large" '
                    'class="pat-plone-modal" data-pat-plone-modal="image: true">'
                    f'<img src="{scale}/preview" alt="{esc(item.title)}" title="{esc(item.title)}"'
                    ' height="400" width="600" class="newsImage" /></a>'
                    f"<figcaption>{esc(caption)}</figcaption></figure>"
                )
                continue
            token = stable_token(item.key + str(index), 32, "0123456789abcdef")
            text.append(
                '<figure class="image-richtext image-inline captioned">'
                f'<img class="image-richtext image-inline" src="{request.base_url}'
                f'/resolveuid/{token}/@@images/image/preview" alt="" />'
                f"<figcaption>{esc(caption)}</figcaption></figure>"
            )
        if item.author:
            text.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            text.append(f'<p style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>')
        tags = "".join(
            f'<a href="{esc(self.abs(request, SEARCH))}?Subject%3Alist={quote(tag)}" '
            f'class="link-category" rel="tag">{esc(tag)}</a>'
            for tag in self.tags(item)
        )
        related = "".join(
            f'<li><a href="{esc(self.link(it, request, view=True))}" class="state-published" '
            f'title="{esc(it.sapo(revision, 120))}"><img class="mime-icon" '
            f'src="{request.base_url}/++resource++mimetype.icons/document.png" />'
            f"{esc(it.title)}</a></li>"
            for it in self.others(item, 5)
        )
        siblings = self.listed(item.section)
        position = siblings.index(item)
        prev_next = ""
        if position + 1 < len(siblings):
            older = siblings[position + 1]
            prev_next += (
                f'<li class="previous"><a href="{esc(self.link(older, request))}" '
                'title="Đi tới mục trước"><span class="arrow"></span>'
                f'<span class="label">{esc(older.title)}</span></a></li>'
            )
        if position > 0:
            newer = siblings[position - 1]
            prev_next += (
                f'<li class="next"><a href="{esc(self.link(newer, request))}" '
                'title="Đi tới mục tiếp theo"><span class="label">'
                f'{esc(newer.title)}</span><span class="arrow"></span></a></li>'
            )
        modified = item.shown_modified(revision) or item.published
        image_meta = (
            f'<meta property="og:image" content="{url}/@@images/image/preview" />'
            if lead_image
            else ""
        )
        head = (
            f'<meta name="description" content="{esc(lead)}" />'
            f'<meta name="DC.description" content="{esc(lead)}" />'
            '<meta name="DC.format" content="text/plain" /><meta name="DC.type" content="Tin tức" />'
            f'<meta name="DC.date.modified" content="{iso_vn(modified)}" />'
            f'<meta name="DC.date.created" content="{iso_vn(item.published)}" />'
            f'<meta name="DC.date.effective" content="{iso_vn(item.published)}" />'
            '<meta name="DC.language" content="vi" />'
            f'<meta name="keywords" content="{esc(", ".join(self.tags(item)))}" />'
            f'<meta property="og:title" content="{esc(item.title)}" />'
            f'<meta property="og:description" content="{esc(lead)}" />'
            f'<meta property="og:url" content="{url}" /><meta property="og:type" content="website" />'
            f'{image_meta}<link rel="canonical" href="{url}" />'
        )
        content = f"""<article id="content">
<header>
<div id="viewlet-above-content-title"><span id="social-tags-body" style="display: none" itemscope itemtype="http://schema.org/WebPage"><span itemprop="name">{esc(item.title)}</span><span itemprop="description">{esc(lead)}</span><span itemprop="url">{url}</span></span></div>
<h1 class="documentFirstHeading">{esc(item.title)}</h1>
<div id="viewlet-below-content-title">{self.byline(item, request)}</div>
<div class="documentDescription description">{esc(lead)}</div>
</header>
<div id="viewlet-above-content-body"></div>
<div id="content-core">
{lead_image}
<div id="parent-fieldname-text" class="">
{"".join(text)}
</div>
</div>
<footer>
<div id="viewlet-below-content-body">
<div class="visualClear"><!-- --></div>
<div class="documentActions"><p class="hiddenStructure">Thao tác tài liệu</p><ul>
<li id="document-action-sendto"><a href="{url}/sendto_form" title="">Gửi trang này</a></li>
<li id="document-action-print"><a href="javascript:this.print();" title="">In</a></li>
</ul></div>
<section id="section-category" class="documentByLine"><span>Chủ đề:</span> <span id="category">{tags}</span></section>
<section class="relatedItems" id="section-related"><header><h2 class="relatedItemsHeading">Nội dung liên quan</h2></header><ul class="related-items">{related}</ul></section>
<nav class="pagination" id="section-next-prev"><ul>{prev_next}</ul></nav>
</div>
</footer>
</article>"""
        crumbs = [
            (self.abs(request, NEWS), self.news.name),
            (self.abs(request, self.folder_path(item.section)), item.section.name),
            ("", item.title),
        ]
        return self.frame(
            request,
            item.title,
            content,
            body_class=(
                f"template-newsitem_view portaltype-news-item section-tin-tuc "
                f"subsection-{item.section.slug} subsection-{item.section.slug}-"
                f"{self.short_names.get(item.key, '')}"
            ),
            crumbs=crumbs,
            head=head,
            section=item.section,
            exclude=item,
            base_href=url,
        )

    def sendto_html(self, item: Item, request: Request) -> str:
        url = self.abs(request, self.article_path(item))
        content = (
            '<article id="content"><h1 class="documentFirstHeading">Gửi trang này cho người khác'
            '</h1><div class="documentDescription">Nhập địa chỉ thư điện tử của người nhận; họ '
            f"sẽ nhận được đường dẫn tới trang &#8220;{esc(item.title)}&#8221;.</div>"
            f'<div id="content-core"><form method="post" action="{url}/sendto_form">'
            '<label>Gửi tới <input type="text" name="send_to_address"></label>'
            '<label>Người gửi <input type="text" name="send_from_address"></label>'
            '<textarea name="comment"></textarea><input type="submit" name="form.button.Send" '
            'value="Gửi"></form></div></article>'
        )
        return self.frame(
            request,
            "Gửi trang này",
            content,
            body_class="template-sendto_form portaltype-news-item section-tin-tuc",
            crumbs=[(url, item.title), ("", "Gửi trang này")],
        )

    # -- listings

    def batch(self, request: Request) -> tuple[int, int]:
        size = self.portal.page_size
        raw_size = request.params.get("b_size:int") or request.params.get("b_size")
        if raw_size and raw_size.isdigit():
            size = max(1, min(100, int(raw_size)))
        return batch_start(request.params.get("b_start:int")), size

    def pager(self, base: str, start: int, size: int, total: int, extra: str) -> str:
        """Plone's batch navigation (plone.batching): offsets, first/last and a window of pages."""
        if total <= size:
            return ""
        pages = -(-total // size)
        page = min(pages, start // size + 1)

        joiner = "&" if "?" in base else "?"

        def href(number: int) -> str:
            return esc(f"{base}{joiner}b_start:int={(number - 1) * size}{extra}")

        cells = []
        if start > 0:
            cells.append(
                f'<li class="previous"><a href="{href(page - 1)}"><span class="arrow"></span>'
                f'<span class="label">{size} mục trước</span></a></li>'
            )
        for number in pager_window(page, pages, around=3):
            if number is None:
                cells.append('<li class="disabled"><span>...</span></li>')
            elif number == page:
                cells.append(f'<li class="active"><span>{number}</span></li>')
            else:
                cells.append(f'<li><a href="{href(number)}">{number}</a></li>')
        if start + size < total:
            following = min(size, total - (start + size))
            cells.append(
                f'<li class="next"><a href="{href(page + 1)}"><span class="label">'
                f'{following} mục tiếp theo</span><span class="arrow"></span></a></li>'
            )
        return (
            '<nav class="pagination" role="navigation" aria-label="Phân trang">'
            f"<ul>{''.join(cells)}</ul></nav>"
        )

    def entry(self, item: Item, request: Request) -> str:
        url = self.link(item, request)
        thumb = ""
        if item.images:
            thumb = (
                f'<span class="summary-view-icon"><a href="{esc(url)}">'
                f'<img class="image-thumb thumb-thumb pull-right" src="{esc(url)}'
                f'/@@images/image/thumb" alt="{esc(item.title)}" /></a></span>'
            )
        body = item.body(request.revision) if item.kind != "empty" else []
        description = body[0] if body else ""
        return (
            '<article class="entry"><header>'
            f'<span class="summary url"><a href="{esc(url)}" class="contenttype-news-item '
            f'state-published url" title="News Item">{esc(item.title)}</a></span></header>'
            f'<div class="documentByLine"><span class="documentPublished">{plone_date(item.published)}'
            "</span></div>"
            f'{thumb}<p class="description discreet">{esc(description)}</p>'
            f'<p class="read-more"><a href="{esc(self.link(item, request, view=True))}">Xem tiếp…</a>'
            '</p><div class="visualClear"></div></article>'
        )

    def listing_html(self, section: Section | None, request: Request) -> str:
        items = self.listed(section)
        start, size = self.batch(request)
        shown = items[start : start + size]
        folder = self.folder_path(section)
        base = self.abs(request, request.path.rstrip("/"))
        if not self.is_news(section):
            base = self.abs(request, folder)
        marker = "&-C-=" if self.is_news(section) else ""
        if "b_size:int" in request.params or "b_size" in request.params:
            marker = f"&b_size:int={size}{marker}"
        entries = "".join(self.entry(it, request) for it in shown)
        if not entries:
            entries = '<p class="discreet">Không có nội dung nào trong thư mục này.</p>'
        name = (section or self.news).name
        description = (
            "Tin hoạt động của Trung tâm và tin khoa học, công nghệ, chuyển đổi số trong tỉnh."
            if self.is_news(section)
            else f"Tin bài thuộc chuyên mục {name}."
        )
        content = (
            f'<article id="content"><header><h1 class="documentFirstHeading">{esc(name)}</h1>'
            f'<div class="documentDescription description">{esc(description)}</div></header>'
            f'<div id="content-core"><div class="entries">{entries}</div>'
            f"{self.pager(base, start, size, len(items), marker)}</div>"
            f'<footer><div class="documentActions"><ul><li id="document-action-rss">'
            f'<a href="{esc(self.abs(request, folder))}/RSS">RSS</a></li></ul></div></footer>'
            "</article>"
        )
        crumbs = [(self.abs(request, NEWS), self.news.name)] if section else []
        crumbs = [("", self.news.name)] if self.is_news(section) else crumbs + [("", name)]
        kind = "collection" if self.is_news(section) else "folder"
        return self.frame(
            request,
            name,
            content,
            body_class=(
                f"template-summary_view portaltype-{kind} section-tin-tuc"
                + ("" if self.is_news(section) else f" subsection-{section.slug}")
            ),
            crumbs=crumbs,
            section=None if self.is_news(section) else section,
            head=f'<link rel="canonical" href="{esc(self.abs(request, folder))}" />',
        )

    # -- home

    def home_html(self, request: Request) -> str:
        healthy = self.latest(6)
        featured = ""
        if healthy:
            top = healthy[0]
            featured = (
                '<div class="tileItem featured">'
                f'<a href="{esc(self.link(top, request))}"><img class="tileImage" '
                f'src="{esc(self.link(top, request))}/@@images/image/preview" '
                f'alt="{esc(top.title)}" /></a><h2 class="tileHeadline">'
                f'<a href="{esc(self.link(top, request))}">{esc(top.title)}</a></h2>'
                f'<p class="tileBody"><span class="description">{esc(top.sapo(request.revision))}'
                "</span></p></div>"
            )
            others = "".join(
                f'<li><a href="{esc(self.link(it, request))}">{esc(it.title)}</a> '
                f'<span class="discreet">({it.published:%d/%m/%Y})</span></li>'
                for it in healthy[1:]
            )
            featured = self.portlet(
                "portletCollection portlet-collection-tin-noi-bat",
                "Tin nổi bật",
                f'<div class="portletContent">{featured}<ul class="tin-khac">{others}</ul></div>',
                href=self.abs(request, NEWS),
                footer=(
                    f'<a href="{esc(self.abs(request, NEWS))}?b_size:int=20" class="tile">'
                    "Xem tất cả tin…</a>"
                ),
            )
        blocks = []
        for section in self.sections.values():
            listed = [it for it in self.listed(section) if it.kind == "article"][:4]
            rows = "".join(
                f'<li class="portletItem"><a href="{esc(self.link(it, request))}" class="tile">'
                f'{esc(it.title)}<span class="portletItemDetails">{it.published:%d/%m/%Y}</span>'
                "</a></li>"
                for it in listed
            )
            href = self.abs(request, self.folder_path(section))
            blocks.append(
                self.portlet(
                    f"portletCollection portlet-collection-{section.slug}",
                    section.name,
                    f'<ul class="portletContent">{rows}</ul>',
                    href=href,
                    footer=f'<a href="{esc(href)}" class="tile">Xem thêm…</a>',
                )
            )
        content = (
            '<article id="content"><header><h1 class="documentFirstHeading hiddenStructure">'
            "Trang chủ</h1></header>"
            f'<div id="portlets-above" class="row">{featured}</div>'
            f'<div id="content-core"><div class="row home-sections">{"".join(blocks)}</div>'
            "</div></article>"
        )
        return self.frame(
            request,
            "Trang chủ",
            content,
            body_class="template-document_view portaltype-document section-front-page",
            base_href=request.base_url + "/",
            head=f'<link rel="canonical" href="{self.abs(request, "/")}" />',
        )

    # -- search, author, events, sitemap, feeds and the small pages

    def result_list(self, hits: list[Item], request: Request, base: str) -> str:
        start, size = self.batch(request)
        rows = "".join(
            f'<li><span class="result-title"><a href="{esc(self.link(it, request))}" '
            f'class="state-published">{esc(it.title)}</a></span>'
            f'<p class="discreet croppedDescription">{esc(it.sapo(request.revision))}</p>'
            f'<cite class="documentLocation link-location"><span>Địa chỉ: </span>'
            f'<span class="breadcrumb">{esc(self.news.name)} / {esc(it.section.name)}</span>'
            "</cite></li>"
            for it in hits[start : start + size]
        )
        return (
            f'<p id="search-results-number"><strong>{len(hits)}</strong> kết quả</p>'
            f'<div id="search-results"><ol class="searchResults">{rows}</ol>'
            f"{self.pager(base, start, size, len(hits), '')}</div>"
        )

    def search_html(self, request: Request) -> str:
        words = fold(request.params.get("SearchableText", "")).split()
        subject = request.params.get("Subject:list", "")
        hits = [
            it
            for it in self.items
            if it.kind == "article"
            and all(w in fold(it.title + " " + it.paragraphs[0]) for w in words)
            and (not subject or subject in self.tags(it))
        ]
        query = urlencode({k: v for k, v in request.params.items() if k != "b_start:int"}, safe=":")
        base = self.abs(request, SEARCH) + (f"?{query}" if query else "")
        results = self.result_list(hits, request, base)
        content = (
            '<article id="content"><h1 class="documentFirstHeading">Kết quả tìm kiếm</h1>'
            f'<form name="searchform" action="{self.abs(request, SEARCH)}" class="searchPage">'
            f'<input class="searchPage" name="SearchableText" type="text" size="25" '
            f'value="{esc(request.params.get("SearchableText", ""))}" />'
            '<input class="searchPage allowMultiSubmit" type="submit" value="Tìm kiếm" /></form>'
            f'<div id="content-core">{results}</div></article>'
        )
        return self.frame(
            request,
            "Tìm kiếm",
            content,
            body_class="template-search portaltype-plone-site",
            base_href=request.base_url + "/",
            crumbs=[("", "Tìm kiếm")],
        )

    def author_html(self, user: str, request: Request) -> str:
        mine = [it for it in self.items if it.kind == "article" and self.creator(it) == user][:10]
        rows = "".join(
            f'<li><a href="{esc(self.link(it, request))}">{esc(it.title)}</a> '
            f'<span class="discreet">{plone_date(it.published)}</span></li>'
            for it in mine
        )
        content = (
            f'<article id="content"><h1 class="documentFirstHeading">{esc(CREATOR_NAMES[user])}'
            '</h1><div id="content-core"><h2>Nội dung mới nhất của thành viên</h2>'
            f'<ul class="author-content">{rows}</ul></div></article>'
        )
        return self.frame(
            request,
            f"Trang thành viên {CREATOR_NAMES[user]}",
            content,
            body_class="template-author portaltype-plone-site",
            base_href=request.base_url + "/",
            crumbs=[("", CREATOR_NAMES[user])],
        )

    def event_response(self, path: str, request: Request) -> Response | None:
        if path == EVENTS:
            rows = "".join(
                f'<article class="vevent"><h2><a href="{esc(self.abs(request, EVENTS))}/'
                f'{ev["slug"]}" class="url"><span class="summary">{esc(ev["title"])}</span></a>'
                f'</h2><div class="documentByLine"><span class="dtstart">'
                f'{plone_date(ev["start"])}</span> — <span class="location">{esc(ev["where"])}'
                f'</span></div><p class="description">{esc(ev["text"])}</p></article>'
                for ev in self.events
            )
            content = (
                '<article id="content"><h1 class="documentFirstHeading">Sự kiện</h1>'
                f'<div id="content-core"><section class="event-listing">{rows}</section></div>'
                "</article>"
            )
            return self.html_response(
                self.frame(
                    request,
                    "Sự kiện",
                    content,
                    body_class="template-event_listing portaltype-folder section-su-kien",
                    crumbs=[("", "Sự kiện")],
                )
            )
        slug = path[len(EVENTS) + 1 :]
        if slug.endswith("/ics_view"):
            return self.ics_response(slug[: -len("/ics_view")], request)
        event = next((ev for ev in self.events if ev["slug"] == slug), None)
        if not event:
            return None
        end = event["start"] + timedelta(hours=3, minutes=30)
        content = (
            f'<article id="content"><h1 class="documentFirstHeading">{esc(event["title"])}</h1>'
            f'<div class="documentDescription description">{esc(event["text"])}</div>'
            '<div id="content-core"><div class="event clearfix" itemscope '
            'itemtype="http://data-vocabulary.org/Event"><ul class="hiddenStructure">'
            f'<li><a class="url" href="{esc(self.abs(request, path))}" itemprop="url">'
            f"{esc(event['title'])}</a></li></ul>"
            '<div class="event-summary"><dl class="event-details"><dt>Khi nào</dt>'
            f'<dd><abbr class="dtstart" title="{iso_vn(event["start"])}">'
            f'{plone_date(event["start"])}</abbr> đến <abbr class="dtend" '
            f'title="{iso_vn(end)}">{end:%H:%M}</abbr></dd>'
            f'<dt>Ở đâu</dt><dd class="location">{esc(event["where"])}</dd>'
            "<dt>Liên hệ</dt><dd>Phòng Thông tin - Thư viện, điện thoại "
            f"{esc(self.portal.phone)}</dd>"
            f'<dt>Thêm vào lịch</dt><dd><a href="{esc(self.abs(request, path))}/ics_view">iCal</a>'
            "</dd></dl></div></div></div></article>"
        )
        return self.html_response(
            self.frame(
                request,
                event["title"],
                content,
                body_class="template-event_view portaltype-event section-su-kien",
                crumbs=[(self.abs(request, EVENTS), "Sự kiện"), ("", event["title"])],
                base_href=self.abs(request, path),
            )
        )

    def ics_response(self, slug: str, request: Request) -> Response | None:
        event = next((ev for ev in self.events if ev["slug"] == slug), None)
        if not event:
            return None
        end = event["start"] + timedelta(hours=3, minutes=30)
        ics = (
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Plone.org//NONSGML plone.app.event//EN"
            "\r\nBEGIN:VEVENT\r\n"
            f"SUMMARY:{event['title']}\r\nDTSTART;TZID=Asia/Ho_Chi_Minh:"
            f"{event['start']:%Y%m%dT%H%M%S}\r\nDTEND;TZID=Asia/Ho_Chi_Minh:{end:%Y%m%dT%H%M%S}"
            f"\r\nLOCATION:{event['where']}\r\nURL:{self.abs(request, EVENTS)}/{slug}\r\n"
            "END:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        return Response(
            200,
            {
                "Content-Type": "text/calendar; charset=utf-8",
                "Content-Disposition": f'attachment; filename="{slug}.ics"',
            },
            ics.encode("utf-8"),
        )

    def sitemap_html(self, request: Request) -> str:
        folders = []
        for section in self.sections.values():
            rows = "".join(
                f'<li class="navTreeItem visualNoMarker"><a href="{esc(self.link(it, request))}" '
                f'class="state-published contenttype-news-item"><span>{esc(it.title)}</span></a>'
                "</li>"
                for it in self.listed(section)
            )
            folders.append(
                '<li class="navTreeItem visualNoMarker navTreeFolderish">'
                f'<a href="{esc(self.abs(request, self.folder_path(section)))}" '
                f'class="state-published navTreeFolderish contenttype-folder">'
                f"<span>{esc(section.name)}</span></a>"
                f'<ul class="navTree navTreeLevel2">{rows}</ul></li>'
            )
        content = (
            '<article id="content"><h1 class="documentFirstHeading">Sơ đồ website</h1>'
            '<div class="documentDescription">Sơ đồ các trang của website.</div>'
            '<div id="content-core"><ul id="portal-sitemap" class="navTreeLevel0">'
            f'<li class="navTreeItem visualNoMarker navTreeFolderish"><a href="'
            f'{esc(self.abs(request, NEWS))}" class="state-published navTreeFolderish '
            f'contenttype-folder"><span>{esc(self.news.name)}</span></a>'
            f'<ul class="navTree navTreeLevel1">{"".join(folders)}</ul></li>'
            f'<li class="navTreeItem visualNoMarker"><a href="{esc(self.abs(request, EVENTS))}"'
            ' class="state-published contenttype-folder"><span>Sự kiện</span></a></li>'
            "</ul></div></article>"
        )
        return self.frame(
            request,
            "Sơ đồ website",
            content,
            body_class="template-sitemap portaltype-plone-site",
            base_href=request.base_url + "/",
            crumbs=[("", "Sơ đồ website")],
        )

    def sitemap_xml(self, request: Request) -> str:
        rows = [
            f"<url><loc>{esc(self.link(it, request))}</loc>"
            f"<lastmod>{iso_vn(it.last_modified(request.revision))}</lastmod></url>"
            for it in self.items
            if it.kind == "article"
        ]
        rows += [
            f"<url><loc>{esc(self.abs(request, self.folder_path(s)))}</loc></url>"
            for s in [self.news, *self.sections.values()]
        ]
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(rows)
            + "\n</urlset>\n"
        )

    def feed_response(self, section: Section | None, path: str, request: Request) -> Response:
        items = [it for it in self.listed(section) if it.kind == "article"][:FEED_SIZE]
        channel = self.abs(request, self.folder_path(section))
        name = (section or self.news).name
        if path.endswith("/RSS"):
            seq = "".join(f'<rdf:li rdf:resource="{esc(self.link(it, request))}"/>' for it in items)
            entries = "".join(
                f'<item rdf:about="{esc(self.link(it, request))}"><title>{esc(it.title)}</title>'
                f"<link>{esc(self.link(it, request))}</link>"
                f"<description>{esc(it.body(request.revision)[0])}</description>"
                f"<dc:publisher>{esc(self.portal.agency)}</dc:publisher>"
                f"<dc:creator>{esc(self.creator(it))}</dc:creator><dc:rights></dc:rights>"
                f"<dc:date>{iso_vn(it.published)}</dc:date><dc:type>News Item</dc:type></item>\n"
                for it in items
            )
            xml = (
                '<?xml version="1.0" encoding="utf-8" ?>\n'
                '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:syn="http://purl.org/rss/1.0/modules/syndication/" '
                'xmlns="http://purl.org/rss/1.0/">\n'
                f'<channel rdf:about="{esc(channel)}"><title>{esc(name)}</title>'
                f"<link>{esc(channel)}</link><description>{esc(self.portal.name)}</description>"
                "<syn:updatePeriod>daily</syn:updatePeriod><syn:updateFrequency>1"
                f"</syn:updateFrequency><items><rdf:Seq>{seq}</rdf:Seq></items></channel>\n"
                f"{entries}</rdf:RDF>\n"
            )
        else:
            entries = "".join(
                f"<item><title>{esc(it.title)}</title><link>{esc(self.link(it, request))}</link>"
                f"<description>{esc(it.body(request.revision)[0])}</description>"
                f'<guid isPermaLink="true">{esc(self.link(it, request))}</guid>'
                f"<pubDate>{http_date(it.published)}</pubDate></item>\n"
                for it in items
            )
            xml = (
                '<?xml version="1.0" encoding="utf-8" ?>\n<rss version="2.0">\n<channel>'
                f"<title>{esc(name)}</title><link>{esc(channel)}</link>"
                f"<description>{esc(self.portal.name)}</description><language>vi</language>\n"
                f"{entries}</channel>\n</rss>\n"
            )
        return Response(200, {"Content-Type": "text/xml; charset=utf-8"}, xml.encode("utf-8"))

    def login_html(self, request: Request) -> str:
        came_from = request.params.get("came_from", "")
        content = (
            '<article id="content"><h1 class="documentFirstHeading">Đăng nhập</h1>'
            '<div id="content-core"><form method="post" id="login_form" '
            f'action="{self.abs(request, "/login")}"><input type="hidden" name="came_from" '
            f'value="{esc(came_from)}" /><label for="__ac_name">Tên đăng nhập</label>'
            '<input type="text" name="__ac_name" id="__ac_name" />'
            '<label for="__ac_password">Mật khẩu</label><input type="password" '
            'name="__ac_password" id="__ac_password" /><input type="submit" name="submit" '
            f'value="Đăng nhập" /></form><p><a href="{self.abs(request, "/mail_password_form")}">'
            "Quên mật khẩu?</a></p></div></article>"
        )
        return self.frame(
            request, "Đăng nhập", content, body_class="template-login portaltype-plone-site"
        )

    def info_html(self, path: str, request: Request) -> str:
        if path == "/contact-info":
            title = "Liên hệ"
            text = (
                f"<p>{esc(self.portal.agency)}</p><p>Địa chỉ: {esc(self.portal.address)}</p>"
                f"<p>Điện thoại: {esc(self.portal.phone)}</p>"
            )
        else:
            title = "Trợ giúp truy cập"
            text = (
                "<p>Website hỗ trợ phóng to chữ bằng tổ hợp phím Ctrl và dấu cộng, điều hướng "
                "bằng bàn phím và đọc màn hình.</p>"
            )
        content = (
            f'<article id="content"><h1 class="documentFirstHeading">{title}</h1>'
            f'<div id="content-core">{text}</div></article>'
        )
        return self.frame(
            request,
            title,
            content,
            body_class="template-contact-info portaltype-plone-site",
            crumbs=[("", title)],
        )

    def error_html(self, status: int) -> str:
        request = Request("/", {}, 0, f"{self.portal.id}:error{status}", "")
        if status == 404:
            title = "Không tìm thấy trang"
            text = (
                "<p>Rất tiếc, trang bạn tìm không có trên website. Có thể trang đã bị xóa, "
                "đổi tên hoặc đường dẫn bị gõ sai.</p><p>Hãy thử tìm bằng ô tìm kiếm ở đầu trang "
                'hoặc quay về <a href="/">trang chủ</a>.</p>'
            )
        else:
            title = "Đã xảy ra lỗi"
            text = (
                "<p>Hệ thống gặp lỗi khi xử lý yêu cầu. Ban quản trị website đã được thông báo.</p>"
            )
        content = (
            f'<article id="content"><h1 class="documentFirstHeading">{title}</h1>'
            f'<div id="content-core">{text}</div></article>'
        )
        return self.frame(request, title, content, body_class="template-default_error_message")
