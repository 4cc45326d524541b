"""Joomla 3 family (huyen-tankhe): a district People's Committee portal on com_content.

URL shapes (SEF URLs with the ``.html`` suffix, as most Vietnamese Joomla sites run them):
- home ``/`` (the featured view; ``/index.php`` too);
- news listing ``/tin-tuc.html`` (a category blog of the parent category, subcategories
  included); per category ``/tin-tuc/<category-alias>.html``; page N as ``?start=<offset>``
  (offsets 0, 10, 20, …; ``?limitstart=`` is read too, page 1 has no parameter);
- article ``/tin-tuc/<category-alias>/<id>-<alias>.html`` (Joomla 3 routes by id: the alias
  part may be wrong or missing and the page still answers);
- the same article non-SEF ``/index.php?option=com_content&view=article&id=<id>:<alias>
  &catid=<catid>&Itemid=<itemid>`` (pasted by editors into a custom "Tin nổi bật" module) and
  ``/component/content/article/<id>-<alias>.html?catid=<catid>&Itemid=101`` (links of the
  "Tin xem nhiều" module, whose menu item is not found);
- non-SEF listing ``/index.php?option=com_content&view=category&layout=blog&id=<catid>
  &Itemid=<itemid>&limitstart=<offset>``;
- print view ``<article>?tmpl=component&print=1&layout=default``; e-mail form
  ``/component/mailto/?tmpl=component&template=tankhe&link=<sha1>`` (and its non-SEF form
  ``/index.php?option=com_mailto&tmpl=component&link=<sha1>``);
- every SEF URL also answers behind ``/index.php/`` (the router without URL rewriting);
- banner clicks ``/component/banners/click/<n>`` answer 303 to other sites;
- category feeds ``<listing>?format=feed&type=rss``.
One category ("An toàn thông tin") uses the list layout (``div.category-list`` table); the
others use the blog layout (``div.blog``). Titles are ``h2[itemprop=headline]`` inside
``div.page-header`` under an ``h1`` page heading that holds the menu item's title.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta
from email.utils import format_datetime

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
    reuse_notice,
    shorten,
    slugify,
    stable_int,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)

NEWS_ALIAS = "tin-tuc"
HOME_ITEMID = 101
NEWS_ITEMID = 102
LIST_LAYOUT = "An toàn thông tin"  # the one category shown with the list layout
TEMPLATE = "tankhe"
ACCOUNT = "Ban Biên tập"  # the Joomla user every article is created by
DISPLAYED_PAGES = 10  # JPagination shows at most this many page numbers

_ARTICLE = re.compile(r"^/tin-tuc/(?:([a-z0-9-]+)/)?(\d+)(?:-[\w-]*)?\.html$")
_LISTING = re.compile(r"^/tin-tuc(?:/([a-z0-9-]+))?\.html$")
_COMPONENT_ARTICLE = re.compile(r"^/component/content/article/(\d+)(?:-[\w-]*)?\.html$")
_BANNER = re.compile(r"^/component/banners/click/(\d+)$")

BANNERS = (
    ("Cổng Dịch vụ công Quốc gia", "https://dichvucong.gov.vn/"),
    ("Hệ thống thông tin giải quyết TTHC tỉnh", "https://dichvucong.vanluong.gov.vn/"),
    ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn/"),
    ("Bộ Khoa học và Công nghệ", "https://mst.gov.vn/"),
)
WEBLINKS = (
    ("Cổng thông tin điện tử tỉnh Vân Lương", "https://vanluong.gov.vn/"),
    ("Sở Khoa học và Công nghệ", "https://sokhcn.vanluong.gov.vn/"),
    ("Báo Vân Lương điện tử", "https://baovanluong.vn/"),
    ("UBND thị trấn Tân Khê", "https://thitran.tankhe.vanluong.gov.vn/"),
)
#: Menu pages that are not news: a single-article menu item and the contact page.
STATIC_PAGES = {
    "/gioi-thieu.html": (
        "Tổng quan huyện Tân Khê",
        (
            "Huyện Tân Khê nằm ở phía tây bắc tỉnh Vân Lương, có 1 thị trấn và 14 xã, diện "
            "tích tự nhiên khoảng 486 km², dân số hơn 112.000 người thuộc các dân tộc Kinh, "
            "Tày, Dao cùng sinh sống.",
            "Địa hình của huyện chủ yếu là đồi núi thấp xen kẽ các thung lũng ven sông Khê; "
            "kinh tế dựa vào trồng chè, cây ăn quả, chăn nuôi và dịch vụ du lịch cộng đồng.",
            "Trung tâm hành chính của huyện đặt tại thị trấn Tân Khê, cách trung tâm tỉnh "
            "khoảng 42 km theo quốc lộ.",
        ),
    ),
    "/lien-he.html": (
        "Liên hệ",
        (
            "Văn phòng HĐND và UBND huyện Tân Khê tiếp nhận thông tin, ý kiến góp ý của tổ "
            "chức, cá nhân trong giờ hành chính các ngày làm việc.",
            "Thư điện tử: vanphong@tankhe.vanluong.gov.vn",
        ),
    ),
}
MONTHS = tuple(f"Tháng {n}" for n in range(1, 13))


def joomla_date(moment: datetime) -> str:
    """The vi-VN ``DATE_FORMAT_LC2`` rendering Joomla shows in the article info block.

    >>> joomla_date(datetime(2023, 1, 5, 8, 25))
    'Thứ năm, 05 Tháng 1 2023 08:25'
    """
    return (
        f"{weekday(moment, lower=True)}, {moment:%d} {MONTHS[moment.month - 1]} {moment:%Y %H:%M}"
    )


def offset_of(params: dict[str, str]) -> int | None:
    """The list offset of a request (``start`` or ``limitstart``); None if it is not a number.

    >>> offset_of({"start": "20"}), offset_of({"limitstart": "10"}), offset_of({})
    (20, 10, 0)
    >>> offset_of({"start": "abc"}) is None
    True
    """
    value = params.get("start", params.get("limitstart", "0")) or "0"
    return int(value) if value.isdigit() else None


def joomla_pages(current: int, total: int) -> range:
    """The page numbers JPagination shows: a run of at most ten around ``current``.

    >>> list(joomla_pages(1, 3))
    [1, 2, 3]
    >>> list(joomla_pages(1, 30))
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    >>> list(joomla_pages(14, 30))
    [9, 10, 11, 12, 13, 14, 15, 16, 17, 18]
    >>> list(joomla_pages(29, 30))
    [21, 22, 23, 24, 25, 26, 27, 28, 29, 30]
    """
    start = max(1, current - DISPLAYED_PAGES // 2)
    if start + DISPLAYED_PAGES > total:
        start = max(1, total - DISPLAYED_PAGES + 1)
    return range(start, min(total, start + DISPLAYED_PAGES - 1) + 1)


def created_time(item: Item) -> datetime:
    """When the article was written in the back end: before it was published."""
    return item.published - timedelta(hours=stable_int(item.key + "created", 1, 30), minutes=13)


class JoomlaSite(CmsSite):
    family_headers = {
        "Server": "Apache",
        "X-Powered-By": "PHP/7.4.33",
        "Expires": "Wed, 17 Aug 2005 00:00:00 GMT",
        "Pragma": "no-cache",
    }
    number_base = 1_840
    number_stride = 3
    image_folder = "/images/tintuc"

    # -- ids Joomla shows in URLs

    def catid(self, section: Section) -> int:
        return section.id

    def itemid(self, section: Section | None) -> int:
        if self.is_news(section):
            return NEWS_ITEMID
        return 105 + list(self.sections.values()).index(section)

    # -- URLs

    def article_path(self, item: Item) -> str:
        folder = "" if self.is_news(item.section) else f"{item.section.slug}/"
        return f"/{NEWS_ALIAS}/{folder}{item.number}-{slugify(item.title)}.html"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = (
            f"/{NEWS_ALIAS}.html" if self.is_news(section) else f"/{NEWS_ALIAS}/{section.slug}.html"
        )
        return base if page == 1 else f"{base}?start={(page - 1) * self.portal.page_size}"

    def nonsef_article(self, item: Item, itemid: int) -> str:
        return (
            f"/index.php?option=com_content&view=article&id={item.number}:{slugify(item.title)}"
            f"&catid={self.catid(item.section)}&Itemid={itemid}"
        )

    def nonsef_listing(self, section: Section, offset: int = 0) -> str:
        path = (
            f"/index.php?option=com_content&view=category&layout=blog&id={self.catid(section)}"
            f"&Itemid={self.itemid(section)}"
        )
        return f"{path}&limitstart={offset}" if offset else path

    def component_article(self, item: Item) -> str:
        return (
            f"/component/content/article/{item.number}-{slugify(item.title)}.html"
            f"?catid={self.catid(item.section)}&Itemid={HOME_ITEMID}"
        )

    def print_path(self, item: Item) -> str:
        return f"{self.article_path(item)}?tmpl=component&print=1&layout=default"

    def mailto_path(self, item: Item) -> str:
        digest = hashlib.sha1(self.article_path(item).encode("utf-8")).hexdigest()
        return f"/component/mailto/?tmpl=component&template={TEMPLATE}&link={digest}"

    def feed_path(self, section: Section | None) -> str:
        return f"{self.listing_path(section)}?format=feed&type=rss"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def link(self, item: Item, seed: str) -> str:
        """An article link in a module: now and then with the language filter's ``?lang=vi``."""
        path = self.article_path(item)
        if item.kind == "article" and stable_int(seed + item.key + "lang", 0, 4) == 0:
            return f"{path}?lang=vi"
        return path

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path.startswith("/index.php/"):  # the same router without URL rewriting
            path = path[len("/index.php") :]
        match = _BANNER.match(path)
        if match:
            index = int(match.group(1)) - 1
            if 0 <= index < len(BANNERS):
                return Response(303, {"Location": BANNERS[index][1], **self.family_headers}, b"")
            return None
        if path == "/component/mailto/" and params.get("tmpl") == "component":
            return self.html_response(self.mailto_html())
        if path in STATIC_PAGES:
            return self.html_response(self.static_html(path, request))
        if path in ("/", "/index.php"):
            return self.route_index(request)
        match = _ARTICLE.match(path)
        if match:
            item = self.by_number.get(int(match.group(2)))
            if item is None or (match.group(1) and self.section_by_slug(match.group(1)) is None):
                return self.error_response(404)
            return self.article_view(item, request)
        match = _COMPONENT_ARTICLE.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            return self.article_view(item, request) if item else self.error_response(404)
        match = _LISTING.match(path)
        if match:
            section = self.section_by_slug(match.group(1)) if match.group(1) else self.news
            if section is None:
                return None
            return self.listing_view(section, request)
        return None

    def route_index(self, request: Request) -> Response | None:
        params = request.params
        option, view = params.get("option"), params.get("view")
        if option is None:
            return self.html_response(self.home_html(request))
        if option == "com_mailto" and params.get("tmpl") == "component":
            return self.html_response(self.mailto_html())
        if option != "com_content":
            return None
        if view == "featured":
            return self.html_response(self.home_html(request))
        if view == "article":
            number = params.get("id", "").split(":", 1)[0]
            item = self.by_number.get(int(number)) if number.isdigit() else None
            return self.article_view(item, request) if item else self.error_response(404)
        if view == "category":
            ident = params.get("id", "").split(":", 1)[0]
            if not ident.isdigit():
                return None
            ident_number = int(ident)
            section = self.news if ident_number == self.news.id else None
            section = section or self.section_by_id(ident_number)
            return self.listing_view(section, request) if section else None
        return None

    def article_view(self, item: Item, request: Request) -> Response:
        if request.params.get("tmpl") == "component" and item.kind == "article":
            markup = self.print_html(item, request, printing=request.params.get("print") == "1")
            return self.html_response(markup)
        return self.article_response(item, request)

    def listing_view(self, section: Section, request: Request) -> Response | None:
        offset = offset_of(request.params)
        if offset is None:
            return None
        listed = self.listed(section)
        if offset and offset >= len(listed):
            return self.error_response(404)
        if request.params.get("format") == "feed":
            return Response(
                200,
                {"Content-Type": "application/rss+xml; charset=utf-8"},
                self.rss_xml(section, request).encode("utf-8"),
            )
        return self.html_response(self.listing_html(section, offset, request))

    # -- modules

    def module(self, title: str, body: str, suffix: str = "") -> str:
        return (
            f'<div class="moduletable{suffix}"><h3>{esc(title)}</h3>\n{body}\n</div>'
            if title
            else f'<div class="moduletable{suffix}">\n{body}\n</div>'
        )

    def latest_module(self, seed: str) -> str:
        rows = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(self.link(it, seed))}" '
            f'itemprop="url"><span itemprop="name">{esc(it.title)}</span></a></li>'
            for it in self.latest(6)
        )
        return self.module("Tin mới", f'<ul class="latestnews mod-list">{rows}</ul>')

    def popular_module(self, seed: str) -> str:
        healthy = [it for it in self.items if it.kind == "article"]
        ranked = sorted(healthy[:40], key=lambda it: -view_count(it.key + "popular"))[:5]
        rows = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(self.component_article(it))}" '
            f'itemprop="url"><span itemprop="name">{esc(it.title)}</span></a></li>'
            for it in ranked
        )
        return self.module("Tin xem nhiều", f'<ul class="mostread mod-list">{rows}</ul>')

    def featured_module(self, seed: str) -> str:
        """A hand-written ``mod_custom`` whose links the editors pasted as non-SEF URLs."""
        healthy = [it for it in self.items if it.kind == "article"]
        picks = healthy[2:6]
        rows = "".join(
            f'<li><a href="{esc(self.nonsef_article(it, self.itemid(it.section) if n % 2 else HOME_ITEMID))}">'
            f"{esc(it.title)}</a></li>"
            for n, it in enumerate(picks)
        )
        return self.module(
            "Tin nổi bật",
            f'<div class="custom_tinnoibat"><ul style="list-style-type: square;">{rows}</ul></div>',
            " tinnoibat",
        )

    def counter_module(self, seed: str) -> str:
        visits = visitor_stats(seed)
        rows = (
            ("Đang truy cập", visits["online"]),
            ("Hôm nay", visits["today"]),
            ("Tuần này", visits["week"]),
            ("Tháng này", visits["month"]),
            ("Tất cả", visits["total"]),
        )
        body = "".join(
            f'<tr align="left"><td><img src="/modules/mod_vvisit_counter/images/stats/vcnt{n}.gif" '
            f'alt="{esc(label)}" title="{esc(label)}" /></td><td>{esc(label)}</td>'
            f'<td align="right">{thousands(value)}</td></tr>'
            for n, (label, value) in enumerate(rows)
        )
        return self.module(
            "Thống kê truy cập",
            f'<div id="vvisit_counter" style="text-align: center;"><table cellpadding="0" '
            f'cellspacing="0" style="margin: 3px; text-align: center; align: center; width: 90%;" '
            f'class="vvisit_counter"><tbody>{body}</tbody></table></div>',
            " visitcounter",
        )

    def tthc_module(self, seed: str) -> str:
        stats = tthc_stats(seed)
        body = (
            f'<div class="custom_tthc"><p>Tháng {stats["month"]}: tiếp nhận '
            f"<strong>{thousands(stats['total'])}</strong> hồ sơ; giải quyết đúng hạn "
            f"<strong>{thousands(stats['ontime'])}</strong> ({stats['percent']}%); trễ hạn "
            f'<span style="color: #ff0000;">{stats["late"]}</span> hồ sơ.</p>'
            '<p><a href="/component/banners/click/2" target="_blank">Tra cứu hồ sơ</a></p></div>'
        )
        return self.module("Kết quả giải quyết TTHC", body, " tthc")

    def banner_module(self) -> str:
        rows = "".join(
            f'<div class="banneritem"><a href="/component/banners/click/{n}" target="_blank" '
            f'rel="noopener noreferrer" title="{esc(name)}"><img src="/images/banners/banner-{n}.png" '
            f'alt="{esc(name)}" width="270" height="80" /></a><div class="clr"></div></div>'
            for n, (name, _) in enumerate(BANNERS, start=1)
        )
        return self.module("", f'<div class="bannergroup">{rows}</div>', " banner")

    def weblinks_module(self) -> str:
        options = "".join(f'<option value="{esc(u)}">{esc(n)}</option>' for n, u in WEBLINKS)
        return self.module(
            "Liên kết website",
            '<select class="inputbox" onchange="if (this.value) window.open(this.value);">'
            f'<option value="">-- Chọn liên kết --</option>{options}</select>',
            " lienket",
        )

    def sidebar(self, seed: str, *, home: bool = False) -> str:
        modules = [self.latest_module(seed)]
        if home:
            modules.append(self.featured_module(seed))
        modules += [
            self.popular_module(seed),
            self.tthc_module(seed),
            self.banner_module(),
            self.weblinks_module(),
            self.counter_module(seed),
        ]
        return "\n".join(modules)

    # -- frame

    def menu(self, active: Section | None, home: bool) -> str:
        children = "".join(
            f'<li class="item-{self.itemid(s)}{" current active" if s == active else ""}">'
            f'<a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        news_class = " active" if active is not None else ""
        return (
            '<ul class="nav menu nav-pills mod-list">'
            f'<li class="item-{HOME_ITEMID} default{" current active" if home else ""}">'
            '<a href="/">Trang chủ</a></li>'
            '<li class="item-103 deeper parent"><a href="/gioi-thieu.html">Giới thiệu</a>'
            '<ul class="nav-child unstyled small"><li class="item-110"><a href="/gioi-thieu.html">'
            "Tổng quan huyện</a></li></ul></li>"
            f'<li class="item-{NEWS_ITEMID} deeper parent{news_class}">'
            f'<a href="{self.listing_path(None)}">{esc(self.news.name)}</a>'
            f'<ul class="nav-child unstyled small">{children}</ul></li>'
            '<li class="item-111"><a href="https://dichvucong.vanluong.gov.vn/" target="_blank" '
            'rel="noopener noreferrer">Dịch vụ công</a></li>'
            '<li class="item-112"><a href="/lien-he.html">Liên hệ</a></li></ul>'
        )

    def frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        seed: str,
        *,
        base: str,
        active: Section | None = None,
        home: bool = False,
        head: str = "",
        page_class: str = "",
    ) -> str:
        portal = self.portal
        trail = ['<li class="active"><span class="divider icon-location"></span></li>']
        trail.append(
            '<li><a href="/" class="pathway">Trang chủ</a><span class="divider">'
            '<img src="/media/system/images/arrow.png" alt="" /></span></li>'
        )
        for n, (href, label) in enumerate(crumbs):
            if n == len(crumbs) - 1:
                trail.append(f'<li class="active"><span>{esc(label)}</span></li>')
            else:
                trail.append(
                    f'<li><a href="{esc(href)}" class="pathway">{esc(label)}</a>'
                    '<span class="divider"><img src="/media/system/images/arrow.png" alt="" />'
                    "</span></li>"
                )
        breadcrumbs = (
            '<div class="moduletable breadcrumbs-module"><ul itemscope '
            'itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">'
            f"{''.join(trail)}</ul></div>"
            if not home
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
<base href="{esc(base)}" />
<meta name="keywords" content="huyện Tân Khê, Vân Lương, UBND huyện, tin tức, chuyển đổi số" />
<meta name="description" content="Cổng thông tin điện tử huyện Tân Khê, tỉnh Vân Lương" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
{head}<link href="/templates/{TEMPLATE}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/jui/css/bootstrap.min.css?9c1d2b3e" rel="stylesheet" />
<link href="/templates/{TEMPLATE}/css/template.css?9c1d2b3e" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?9c1d2b3e"></script>
<script src="/media/system/js/caption.js?9c1d2b3e"></script>
<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="site com_content {page_class} itemid-{HOME_ITEMID if home else self.itemid(active)}">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix">
<a class="brand pull-left" href="/"><img src="/images/logo/quoc-huy.png" alt="{esc(portal.name)}" /></a>
<div class="header-title"><p class="site-title">{esc(portal.name.upper())}</p>
<p class="site-description">{esc(portal.agency)} - tỉnh {esc(portal.province)}</p></div>
<div class="header-search pull-right">
<div class="moduletable fontsize"><a href="javascript:void(0)" onclick="changeFontSize(-1)">A-</a> <a href="javascript:void(0)" onclick="revertStyles()">A</a> <a href="javascript:void(0)" onclick="changeFontSize(1)">A+</a></div>
<div class="mod-languages"><ul class="lang-inline" dir="ltr"><li class="lang-active"><a href="/?lang=vi"><img src="/media/mod_languages/images/vi.gif" alt="Tiếng Việt" title="Tiếng Việt" /></a></li>
<li><a href="/en/"><img src="/media/mod_languages/images/en.gif" alt="English (UK)" title="English (UK)" /></a></li></ul></div>
<div class="search"><form action="/tim-kiem.html" method="post" class="form-inline" role="search">
<label for="mod-search-searchword" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." />
<input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="{HOME_ITEMID}" /></form></div>
</div></div></header>
<nav class="navigation" role="navigation"><div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Bật/tắt menu</span><span class="icon-bar"></span></a></div>
<div class="nav-collapse">{self.menu(active, home)}</div></nav>
<div class="moduletable marquee"><marquee behavior="scroll" direction="left" scrollamount="3">Chào mừng bạn đến với {esc(portal.name)}!</marquee></div>
{breadcrumbs}
<div class="row-fluid">
<main id="content" role="main" class="span9">
<div id="system-message-container"></div>
{main}
</main>
<div id="aside" class="span3">
{self.sidebar(seed, home=home)}
</div>
</div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container">
<hr />
<div class="moduletable footer-info"><div class="custom">
<p style="text-align: center;"><strong>{esc(portal.name.upper())}</strong></p>
<p style="text-align: center;">Cơ quan chủ quản: {esc(portal.agency)}</p>
<p style="text-align: center;">Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p style="text-align: center;">Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}</p>
<p style="text-align: center;">{esc(portal.licence)}</p>
<p style="text-align: center;"><em>{esc(reuse_notice(portal))}</em></p></div></div>
<p class="pull-right"><a href="#top" id="back-top">Về đầu trang</a></p>
<p>&copy; {datetime(2026, 1, 1):%Y} {esc(portal.agency)}</p>
</div></footer>
</body>
</html>
"""

    # -- pieces of com_content

    def info_block(self, item: Item, seed: str, *, above: bool) -> str:
        """``dl.article-info``: author account, category and publish date above the text,
        created and modified dates below it (the "split" position); hits in both places."""
        hits = view_count(seed + item.key)
        hit_block = (
            '<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>'
            f'<meta itemprop="interactionCount" content="UserPageVisits:{hits}" />'
            f"Lượt xem: {hits}</dd>"
        )
        if above:
            parts = [
                '<dt class="article-info-term">Chi tiết</dt>',
                '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
                f'Viết bởi <span itemprop="name">{ACCOUNT}</span></dd>',
            ]
            if not self.is_news(item.section):
                parts.append(
                    f'<dd class="parent-category-name">Danh mục cha: <a href="{self.listing_path(None)}">'
                    f"{esc(self.news.name)}</a></dd>"
                )
            parts.append(
                f'<dd class="category-name">Danh mục: <a href="{esc(self.listing_path(item.section))}" '
                f'itemprop="genre">{esc(item.section.name)}</a></dd>'
            )
            parts.append(
                '<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>'
                f'<time datetime="{iso_vn(item.published)}" itemprop="datePublished">'
                f"Ngày đăng: {joomla_date(item.published)}</time></dd>"
            )
            parts.append(hit_block)
            return f'<dl class="article-info muted">{"".join(parts)}</dl>'
        return ""

    def footer_info(self, item: Item, revision: int) -> str:
        created = created_time(item)
        modified = item.shown_modified(revision)
        updated = (
            '<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span>'
            f'<time datetime="{iso_vn(modified)}" itemprop="dateModified">Cập nhật lần cuối: '
            f"{joomla_date(modified)}</time></dd>"
            if modified
            else ""
        )
        return (
            '<dl class="article-info muted">'
            '<dd class="create"><span class="icon-calendar" aria-hidden="true"></span>'
            f'<time datetime="{iso_vn(created)}" itemprop="dateCreated">Ngày tạo: '
            f"{joomla_date(created)}</time></dd>{updated}</dl>"
        )

    def icons(self, item: Item) -> str:
        return (
            '<div class="icons"><div class="btn-group pull-right">'
            '<button class="btn dropdown-toggle" type="button" data-toggle="dropdown" '
            'aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true">'
            '</span><span class="caret" aria-hidden="true"></span></button>'
            '<ul class="dropdown-menu"><li class="print-icon">'
            f'<a href="{esc(self.print_path(item))}" title="In bài viết &lt; {esc(item.title)} &gt;" '
            "onclick=\"window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,"
            "menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); "
            'return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> In</a></li>'
            f'<li class="email-icon"><a href="{esc(self.mailto_path(item))}" title="Gửi liên kết này '
            "cho bạn bè\" onclick=\"window.open(this.href,'win2','width=400,height=450,menubar=yes,"
            'resizable=yes\'); return false;" rel="nofollow"><span class="icon-envelope" '
            'aria-hidden="true"></span> E-mail</a></li></ul></div></div>'
        )

    def body_html(self, item: Item, revision: int) -> str:
        parts = []
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    f'<p style="text-align: center;"><img src="{esc(image_path(item, index, self.image_folder))}" '
                    f'alt="{esc(shorten(caption, 60))}" width="600" height="400" /></p>'
                    f'<p style="text-align: center;"><em>{esc(caption)}</em></p>'
                )
        if item.author:
            parts.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            parts.append(f'<p style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>')
        return "".join(parts)

    def pagenav(self, item: Item) -> str:
        listed = [it for it in self.listed(item.section)]
        position = listed.index(item)
        links = []
        if position > 0:
            newer = listed[position - 1]
            links.append(
                f'<li class="previous"><a class="hasTooltip" title="{esc(newer.title)}" '
                f'aria-label="Bài trước: {esc(newer.title)}" href="{esc(self.article_path(newer))}" '
                'rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> '
                '<span aria-hidden="true">Trước</span></a></li>'
            )
        if position < len(listed) - 1:
            older = listed[position + 1]
            links.append(
                f'<li class="next"><a class="hasTooltip" title="{esc(older.title)}" '
                f'aria-label="Bài tiếp theo: {esc(older.title)}" href="{esc(self.article_path(older))}" '
                'rel="next"><span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" '
                'aria-hidden="true"></span></a></li>'
            )
        return f'<ul class="pager pagenav">{"".join(links)}</ul>'

    def related_module(self, item: Item, seed: str) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.link(it, seed))}">{esc(it.title)}</a> '
            f'<span class="mod-related-date">({dmy(it.published)})</span></li>'
            for it in self.others(item, 6)
            if it.kind == "article"
        )
        if not rows:
            return ""
        return self.module(
            "Tin liên quan", f'<ul class="relateditems mod-list">{rows}</ul>', " related"
        )

    # -- pages

    def article_html(self, item: Item, request: Request) -> str:
        seed, revision = request.seed, request.revision
        section = item.section
        body = self.body_html(item, revision) if item.kind != "empty" else ""
        main = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h1>{esc(section.name)}</h1></div>
<div class="page-header"><h2 itemprop="headline">{esc(item.title)}</h2></div>
{self.icons(item)}
{self.info_block(item, seed, above=True)}
<div itemprop="articleBody">{body}</div>
{self.footer_info(item, revision)}
{self.pagenav(item)}
</div>
<div class="moduletable_related">{self.related_module(item, seed)}</div>"""
        crumbs = [(self.listing_path(None), self.news.name)]
        if not self.is_news(section):
            crumbs.append((self.listing_path(section), section.name))
        crumbs.append(("", item.title))
        base = request.base_url + request.path
        if request.params:
            base += "?" + "&".join(f"{k}={v}" for k, v in request.params.items())
        return self.frame(
            f"{item.title} - {self.portal.name}",
            crumbs,
            main,
            seed,
            base=base,
            active=section,
            head=f'<meta name="author" content="{ACCOUNT}" />\n',
            page_class="view-article no-layout no-task",
        )

    def static_html(self, path: str, request: Request) -> str:
        """A menu page that is not news (no dates, no article info)."""
        title, paragraphs = STATIC_PAGES[path]
        text = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paragraphs)
        css = "contact" if path == "/lien-he.html" else "item-page"
        main = (
            f'<div class="{css}" itemscope itemtype="https://schema.org/Article">'
            f'<div class="page-header"><h2 itemprop="headline">{esc(title)}</h2></div>'
            f'<div itemprop="articleBody">{text}</div></div>'
        )
        return self.frame(
            f"{title} - {self.portal.name}",
            [("", title)],
            main,
            request.seed,
            base=request.base_url + path,
            page_class="view-article no-layout no-task",
        )

    def print_html(self, item: Item, request: Request, *, printing: bool) -> str:
        """The ``tmpl=component`` page: the article alone, with a print button when printing."""
        button = (
            '<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();'
            'return false;"><span class="icon-print" aria-hidden="true"></span> In</a></div>'
            if printing
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="robots" content="noindex, nofollow" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(item.title)} - {esc(self.portal.name)}</title>
<link href="/templates/{TEMPLATE}/css/template.css?9c1d2b3e" rel="stylesheet" />
</head>
<body class="contentpane modal">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="vi-VN" />
<div class="page-header"><h2 itemprop="headline">{esc(item.title)}</h2></div>
{button}
{self.info_block(item, request.seed, above=True)}
<div itemprop="articleBody">{self.body_html(item, request.revision)}</div>
{self.footer_info(item, request.revision)}
</div>
</body>
</html>
"""

    def mailto_html(self) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head><meta charset="utf-8" /><meta name="robots" content="noindex, nofollow" />
<title>{esc(self.portal.name)}</title></head>
<body class="contentpane modal">
<div id="mailto-window"><h2>Gửi liên kết này cho bạn bè.</h2>
<div class="mailto-close"><a href="javascript: void window.close()" title="Đóng cửa sổ"><span>Đóng cửa sổ</span></a></div>
<form action="/component/mailto/" method="post" class="form-validate form-horizontal well">
<fieldset><div class="control-group"><label for="mailto_field">Gửi tới</label><input type="email" name="mailto" id="mailto_field" /></div>
<div class="control-group"><label for="sender_field">Người gửi</label><input type="text" name="sender" id="sender_field" /></div>
<div class="control-group"><label for="from_field">Email của bạn</label><input type="email" name="from" id="from_field" /></div>
<div class="control-group"><label for="subject_field">Tiêu đề</label><input type="text" name="subject" id="subject_field" /></div>
<button type="submit" class="btn btn-primary">Gửi</button> <button type="button" class="btn" onclick="window.close();return false;">Hủy</button></fieldset>
<input type="hidden" name="option" value="com_mailto" /><input type="hidden" name="task" value="send" /></form></div>
</body>
</html>
"""

    def blog_item(self, item: Item, seed: str, revision: int, css: str) -> str:
        path = self.article_path(item)
        image = ""
        if item.images:
            image = (
                f'<div class="pull-left item-image"><a href="{esc(path)}"><img src="'
                f'{esc(image_path(item, 0, self.image_folder))}" alt="{esc(shorten(item.title, 60))}" '
                'itemprop="thumbnailUrl" /></a></div>'
            )
        intro = ""
        if item.kind == "article":
            intro = f'<p style="text-align: justify;">{esc(item.body(revision)[0])}</p>'
        hits = view_count(seed + item.key)
        return f"""<div class="{css}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="{esc(path)}" itemprop="url">{esc(item.title)}</a></h2></div>
<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="category-name">Danh mục: <a href="{esc(self.listing_path(item.section))}" itemprop="genre">{esc(item.section.name)}</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{iso_vn(item.published)}" itemprop="datePublished">Ngày đăng: {joomla_date(item.published)}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{hits}" />Lượt xem: {hits}</dd></dl>
{image}{intro}
<p class="readmore"><a class="btn" href="{esc(path)}" itemprop="url" aria-label="Xem thêm: {esc(item.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> Xem thêm: {esc(shorten(item.title, 50))}</a></p>
</div>"""

    def pagination(self, section: Section, offset: int, total: int) -> str:
        size = self.portal.page_size
        pages = max(1, -(-total // size))
        current = offset // size + 1
        if pages == 1:
            return ""

        def href(page: int) -> str:
            return esc(self.listing_path(section, page))

        def item(label: str, page: int | None, css: str = "") -> str:
            if page is None:
                return f'<li class="disabled{css}"><span>{label}</span></li>'
            return f'<li class="{css.strip()}"><a title="{label}" href="{href(page)}" class="pagenav">{label}</a></li>'

        rows = [
            item("Đầu", 1 if current > 1 else None, " pagination-start"),
            item("Trước", current - 1 if current > 1 else None, " pagination-prev"),
        ]
        for n in joomla_pages(current, pages):
            if n == current:
                rows.append(f'<li class="active hidden-phone"><span>{n}</span></li>')
            else:
                rows.append(
                    f'<li class="hidden-phone"><a title="{n}" href="{href(n)}" class="pagenav">{n}</a></li>'
                )
        rows.append(item("Tiếp", current + 1 if current < pages else None, " pagination-next"))
        rows.append(item("Cuối", pages if current < pages else None, " pagination-end"))
        return (
            f'<div class="pagination"><p class="counter pull-right">Trang {current} / {pages}</p>'
            f'<ul class="pagination-list">{"".join(rows)}</ul></div>'
        )

    def listing_html(self, section: Section, offset: int, request: Request) -> str:
        size = self.portal.page_size
        listed = self.listed(section)
        items = listed[offset : offset + size]
        seed = request.seed
        if section.name == LIST_LAYOUT:
            main = self.list_layout(section, items, offset, len(listed), seed)
        else:
            leading = self.blog_item(items[0], seed, request.revision, "leading-0") if items else ""
            rows = []
            for n in range(1, len(items), 2):
                pair = items[n : n + 2]
                cells = "".join(
                    f'<div class="span6"><div class="item column-{c + 1}">'
                    f"{self.blog_item(it, seed, request.revision, 'item-inner')}</div></div>"
                    for c, it in enumerate(pair)
                )
                rows.append(
                    f'<div class="items-row cols-2 row-{(n - 1) // 2} row-fluid clearfix">{cells}</div>'
                )
            main = (
                f'<div class="blog" itemscope itemtype="https://schema.org/Blog">'
                f'<div class="page-header"><h1>{esc(section.name)}</h1></div>'
                f'<div class="items-leading clearfix">{leading}</div>'
                f"{''.join(rows)}{self.pagination(section, offset, len(listed))}</div>"
            )
        crumbs = [(self.listing_path(None), self.news.name)]
        if not self.is_news(section):
            crumbs.append((self.listing_path(section), section.name))
        page = offset // size + 1
        title = section.name if page == 1 else f"{section.name} - Trang {page}"
        head = (
            f'<link href="{esc(self.feed_path(section))}" rel="alternate" '
            'type="application/rss+xml" title="RSS 2.0" />\n'
        )
        base = request.base_url + request.path
        if request.params:
            base += "?" + "&".join(f"{k}={v}" for k, v in request.params.items())
        return self.frame(
            f"{title} - {self.portal.name}",
            crumbs,
            main,
            seed,
            base=base,
            active=None if self.is_news(section) else section,
            head=head,
            page_class=f"view-category layout-{'default' if section.name == LIST_LAYOUT else 'blog'} no-task",
        )

    def list_layout(
        self, section: Section, items: list[Item], offset: int, total: int, seed: str
    ) -> str:
        rows = "".join(
            f'<tr class="cat-list-row{n % 2}"><td headers="categorylist_header_title" class="list-title">'
            f'<a href="{esc(self.article_path(it))}">{esc(it.title)}</a></td>'
            f'<td headers="categorylist_header_date" class="list-date small">{dmy(it.published)}</td>'
            f'<td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">'
            f"Lượt xem: {view_count(seed + it.key)}</span></td></tr>"
            for n, it in enumerate(items)
        )
        limits = "".join(
            f'<option value="{v}"{" selected" if v == self.portal.page_size else ""}>{v}</option>'
            for v in (5, 10, 15, 20, 25, 30, 50, 100)
        )
        return f"""<div class="category-list"><div class="page-header"><h1>{esc(section.name)}</h1></div>
<div class="cat-items">
<form action="{esc(self.listing_path(section))}" method="post" name="adminForm" id="adminForm" class="form-inline">
<fieldset class="filters btn-toolbar clearfix"><legend class="hide">Bộ lọc</legend>
<div class="btn-group"><label class="filter-search-lbl element-invisible" for="filter-search">Lọc</label>
<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" placeholder="Lọc" /></div>
<div class="btn-group pull-right"><label for="limit" class="element-invisible">Hiển thị #</label>
<select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">{limits}<option value="0">Tất cả</option></select></div>
<input type="hidden" name="filter_order" value="" /><input type="hidden" name="limitstart" value="" /><input type="hidden" name="task" value="" /></fieldset>
<table class="category table table-striped table-bordered table-hover">
<thead><tr><th scope="col" id="categorylist_header_title">Tiêu đề</th><th scope="col" id="categorylist_header_date">Ngày đăng</th><th scope="col" id="categorylist_header_hits">Lượt xem</th></tr></thead>
<tbody>{rows}</tbody></table>
{self.pagination(section, offset, total)}
</form></div></div>"""

    def home_html(self, request: Request) -> str:
        seed = request.seed
        healthy = [it for it in self.items if it.kind == "article"]
        featured = healthy[:5]
        leading = (
            self.blog_item(featured[0], seed, request.revision, "leading-0") if featured else ""
        )
        intro = "".join(
            f'<div class="items-row cols-2 row-fluid"><div class="span12"><div class="item column-1">'
            f"{self.blog_item(it, seed, request.revision, 'item-inner')}</div></div></div>"
            for it in featured[1:]
        )
        blocks = []
        for section in self.sections.values():
            listed = [it for it in self.listed(section) if it.kind == "article"][:4]
            if not listed:
                continue
            rows = "".join(
                f'<li><a class="mod-articles-category-title" href="{esc(self.link(it, seed))}">'
                f'{esc(it.title)}</a> <span class="mod-articles-category-date">{dmy(it.published)}</span></li>'
                for it in listed
            )
            more = (
                self.nonsef_listing(section)
                if section.name == LIST_LAYOUT
                else self.listing_path(section)
            )
            blocks.append(
                self.module(
                    section.name,
                    f'<ul class="category-module mod-list">{rows}</ul>'
                    f'<p class="xemtiep"><a href="{esc(more)}">Xem tiếp &raquo;</a></p>',
                    " chuyenmuc",
                )
            )
        main = (
            '<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">'
            f'<div class="items-leading clearfix">{leading}</div>{intro}</div>'
            f'<div class="home-categories">{"".join(blocks)}</div>'
        )
        return self.frame(
            f"Trang chủ - {self.portal.name}",
            [],
            main,
            seed,
            base=request.base_url + "/",
            home=True,
            page_class="view-featured no-layout no-task",
        )

    def rss_xml(self, section: Section, request: Request) -> str:
        base = request.base_url
        items = [it for it in self.listed(section) if it.kind == "article"][: self.portal.page_size]
        entries = "".join(
            f"<item><title>{esc(it.title)}</title><link>{esc(base + self.article_path(it))}</link>"
            f'<guid isPermaLink="true">{esc(base + self.article_path(it))}</guid>'
            f"<description><![CDATA[<p>{esc(it.sapo(request.revision, 300))}</p>]]></description>"
            f"<author>{esc(self.portal.domain)} ({ACCOUNT})</author>"
            f"<category>{esc(it.section.name)}</category>"
            f"<pubDate>{format_datetime(it.published.replace(tzinfo=VN_TZ))}</pubDate></item>\n"
            for it in items
        )
        return f"""<?xml version="1.0" encoding="utf-8"?>
<!-- generator="Joomla! - Open Source Content Management" -->
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{esc(section.name)} - {esc(self.portal.name)}</title>
<description><![CDATA[Cổng thông tin điện tử huyện Tân Khê, tỉnh Vân Lương]]></description>
<link>{esc(base + self.listing_path(section))}</link>
<lastBuildDate>{format_datetime(items[0].published.replace(tzinfo=VN_TZ)) if items else ""}</lastBuildDate>
<generator>Joomla! - Open Source Content Management</generator>
<atom:link rel="self" type="application/rss+xml" href="{esc(base + self.feed_path(section))}"/>
<language>vi-vn</language>
{entries}</channel>
</rss>
"""

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *"]
        for folder in (
            "administrator", "bin", "cache", "cli", "components", "includes", "installation",
            "language", "layouts", "libraries", "logs", "modules", "plugins", "tmp",
        ):  # fmt: skip
            lines.append(f"Disallow: /{folder}/")
        return "\n".join(lines) + "\n"

    def error_html(self, status: int) -> str:
        message = "Không tìm thấy bài viết" if status == 404 else "Đã xảy ra lỗi khi xử lý yêu cầu"
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head><meta charset="utf-8" /><title>{status} - Đã xảy ra lỗi.</title>
<link href="/templates/{TEMPLATE}/css/template.css" rel="stylesheet" /></head>
<body class="site error">
<div class="body"><div class="container">
<div class="header"><a class="brand" href="/"><img src="/images/logo/quoc-huy.png" alt="{esc(self.portal.name)}" /></a></div>
<div class="row-fluid"><div id="content" class="span12">
<h1 class="page-header">Không thể hiển thị trang yêu cầu.</h1>
<div class="well"><p><strong>Bạn không thể truy cập trang này vì:</strong></p>
<ul><li>đánh dấu/yêu thích đã <strong>hết hạn</strong></li><li>địa chỉ truy cập bị <strong>sai chính tả</strong></li>
<li>bài viết đã bị <strong>gỡ bỏ hoặc chưa xuất bản</strong></li></ul>
<p>Vui lòng thử một trong các trang sau:</p><ul><li><a href="/" title="Về trang chủ">Trang chủ</a></li></ul>
<blockquote><span class="label label-inverse">{status}</span> {message}</blockquote></div>
</div></div></div></div>
</body>
</html>
"""
