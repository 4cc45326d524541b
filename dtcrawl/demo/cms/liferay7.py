"""Liferay DXP 7.x family (stttt-lacha): a department site of portlets, Clay and senna.js.

Unlike the Liferay 6 family (:mod:`dtcrawl.demo.cms.liferay`), everything lives under the site's
friendly URL ``/web/<site>`` and is rendered by a Bootstrap 4 / Clay theme whose pages are made of
portlets (``portlet-boundary_com_liferay_…``) and navigated as a single-page app by senna.js.

URL shapes (site ``/web/stttt``; a ``/vi`` or ``/en`` language prefix serves the same page):
- ``/`` → 302 ``/web/stttt`` (home; ``/web/stttt/trang-chu`` is the same layout);
- news listing ``/web/stttt/tin-tuc``, topic listings ``/web/stttt/<topic-slug>``; page N of an
  asset publisher: ``?p_p_id=<AP>_INSTANCE_<id>&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view
  &_<AP>_INSTANCE_<id>_delta=10&p_r_p_resetCur=false&_<AP>_INSTANCE_<id>_cur=N`` (the pager links
  page 1 that way too; a "Mục mỗi trang" selector relinks every listing with delta 5…75; a cur
  past the end shows the last page);
- the news listing filtered by a category: ``/web/stttt/tin-tuc?p_r_p_categoryId=<id>`` (the
  "Danh mục" box), paged the same way;
- article, display page: ``/web/stttt/w/<url-title>`` (the gold path; listings add
  ``?p_l_back_url=<listing>``), the same web content at ``/web/stttt/-/<url-title>`` (home and
  "Tin mới" links) and, from topic listings, as the asset publisher's full content
  ``/web/stttt/<topic>/-/asset_publisher/<id>/content/<url-title>?_<AP>…_assetEntryId=…
  &_<AP>…_redirect=<absolute listing URL>``; each of the three is its own ``rel=canonical``;
- print view (``p_p_state=pop_up``, no theme): ``/web/stttt/tin-tuc?p_p_id=<AP>…&p_p_state=pop_up
  &…_viewMode=print&…_urlTitle=<url-title>``;
- ``/sitemap.xml`` (pages and display-page URLs; robots.txt does not name it), images under
  ``/documents/<group>/<folder>/<file>/<uuid>?t=…``, ``/c/portal/…`` (login, language) disallowed.
Dates: "Thứ hai - 04/01/2021 08:15" on articles, "04/01/2021" in listings
(``metadata-publish-date``). Byline: the author alone, bold and right-aligned, after the body;
then "Nguồn: …". Photos: CKEditor ``<figure class="image">`` with ``<figcaption>``.
"""

from __future__ import annotations

import re
from datetime import datetime
from urllib.parse import quote, urlencode

from dtcrawl.demo.cms.common import (
    PIXEL_GIF,
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    dmy,
    esc,
    iso_vn,
    page_number,
    pager_window,
    poll,
    reuse_notice,
    slugify,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)

SITE = "/web/stttt"
NEWS_SLUG = "tin-tuc"
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
JC = "com_liferay_journal_content_web_portlet_JournalContentPortlet"
GROUP_ID = 20143
DELTAS = (5, 10, 20, 30, 50, 75)
STATIC_PAGES = {
    "gioi-thieu": "Giới thiệu",
    "van-ban": "Văn bản chỉ đạo điều hành",
    "lien-he": "Liên hệ",
}
_INSTANCE_ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
_AP_CONTENT = re.compile(r"/([\w-]+)/-/asset_publisher/(\w+)/content/([\w-]+)")


def instance_id(seed: str) -> str:
    """A portlet instance id as Liferay makes them (12 letters and digits).

    >>> len(instance_id("tin-tuc")), instance_id("a") == instance_id("a")
    (12, True)
    """
    return stable_token("instance" + seed, 12, _INSTANCE_ALPHABET)


def article_stamp(moment: datetime) -> str:
    """The date line of the news web content template.

    >>> article_stamp(datetime(2024, 11, 11, 4, 9))
    'Thứ hai - 11/11/2024 04:09'
    """
    return f"{weekday(moment, lower=True)} - {dmy(moment)} {moment:%H:%M}"


def page_query(instance: str, cur: int, delta: int, category: int | None = None) -> str:
    """The query string of page ``cur`` of an asset publisher listing.

    >>> page_query("abc", 2, 10).endswith("_delta=10&p_r_p_resetCur=false&_" + AP + "_INSTANCE_abc_cur=2")
    True
    """
    ns = f"_{AP}_INSTANCE_{instance}_"
    head = f"p_r_p_categoryId={category}&" if category else ""
    return (
        f"?{head}p_p_id={AP}_INSTANCE_{instance}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
        f"&{ns}delta={delta}&p_r_p_resetCur=false&{ns}cur={cur}"
    )


class Liferay7Site(CmsSite):
    number_base = 40500
    number_stride = 9
    family_headers = {
        "Server": "Apache",
        "Liferay-Portal": "Liferay Digital Experience Platform",
        "Content-Language": "vi-VN",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "SAMEORIGIN",
    }

    def __init__(self, portal, articles):  # noqa: ANN001 - CmsSite's signature
        super().__init__(portal, articles)
        self._by_url_title = {self.url_title(it): it for it in self.items}

    # -- URLs

    def section_slug(self, name: str) -> str:
        if name == self.portal.news_section.name:
            return NEWS_SLUG
        return slugify(name)

    def url_title(self, item: Item) -> str:
        return slugify(item.title)

    def article_path(self, item: Item) -> str:
        return f"{SITE}/w/{self.url_title(item)}"

    def alias_path(self, item: Item) -> str:
        """The same web content through the site's ``/-/`` friendly URL mapping."""
        return f"{SITE}/-/{self.url_title(item)}"

    def instance(self, section: Section | None) -> str:
        return instance_id(self.portal.id + (self.news if self.is_news(section) else section).slug)

    def namespace(self, section: Section | None) -> str:
        return f"_{AP}_INSTANCE_{self.instance(section)}_"

    def section_path(self, section: Section | None) -> str:
        return f"{SITE}/{(self.news if self.is_news(section) else section).slug}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = self.section_path(section)
        if page == 1:
            return base
        return base + page_query(self.instance(section), page, self.portal.page_size)

    def content_path(self, item: Item, section: Section, redirect: str) -> str:
        """The asset publisher's full-content URL of ``item`` on ``section``'s page."""
        ns = self.namespace(section)
        return (
            f"{self.section_path(section)}/-/asset_publisher/{self.instance(section)}/content/"
            f"{self.url_title(item)}?{ns}assetEntryId={item.number}"
            f"&{ns}redirect={quote(redirect, safe='')}"
        )

    def print_path(self, item: Item) -> str:
        ns = self.namespace(None)
        return (
            f"{self.section_path(None)}?p_p_id={AP}_INSTANCE_{self.instance(None)}"
            f"&p_p_lifecycle=0&p_p_state=pop_up&p_p_mode=view&{ns}mvcPath=%2Fview_content.jsp"
            f"&{ns}type=content&{ns}urlTitle={self.url_title(item)}&{ns}viewMode=print"
            f"&{ns}languageId=vi_VN"
        )

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def extra_paths(self) -> dict[str, str]:
        return {"sitemap": "/sitemap.xml"}

    def home_path(self) -> str:
        return SITE

    def image_src(self, item: Item, index: int) -> str:
        folder = 40000 + stable_int(item.key + "folder", 100, 499)
        name = "anh-dai-dien" if index < 0 else f"anh-{stable_token(item.key + str(index), 6)}"
        uuid = "-".join(
            stable_token(item.key + "uuid" + str(index) + str(n), size, "0123456789abcdef")
            for n, size in enumerate((8, 4, 4, 4, 12))
        )
        stamp = int(item.published.timestamp() * 1000)
        return f"/documents/{GROUP_ID}/{folder}/{name}.jpg/{uuid}?t={stamp}"

    def plid(self, where: str) -> int:
        return 100 + stable_int(self.portal.id + where, 0, 80)

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        for prefix in ("/vi", "/en"):
            if path == prefix or path.startswith(prefix + "/"):
                path = path[len(prefix) :] or "/"
        if path == "/":
            return Response(302, {"Location": SITE}, b"")
        if path.startswith(("/documents/", "/image/")):
            return Response(200, {"Content-Type": "image/gif"}, PIXEL_GIF)
        if path.startswith("/o/") or path == "/combo":
            kind = "text/css" if path.endswith(".css") else "application/javascript"
            return self.text_response("", kind)
        if path == "/sitemap.xml":
            return self.text_response(self.sitemap_xml(request), "application/xml")
        if path == "/c/portal/login":
            return self.html_response(self.login_html(request))
        if not (path == SITE or path.startswith(SITE + "/")):
            return None
        rest = path[len(SITE) :].rstrip("/")
        if rest in ("", "/trang-chu"):
            return self.html_response(self.home_html(request))
        if rest.startswith(("/w/", "/-/")):
            item = self.by_url_title().get(rest[3:])
            return self.article_response(item, request) if item else None
        match = _AP_CONTENT.fullmatch(rest)
        if match:
            section = self.section_by_slug(match.group(1))
            item = self.by_url_title().get(match.group(3))
            if section is None or item is None:
                return None
            return self.article_response(item, request)
        slug = rest[1:]
        if slug == "search":
            return self.html_response(self.search_html(request))
        if slug in STATIC_PAGES:
            return self.html_response(self.static_html(slug, request))
        if slug == NEWS_SLUG:
            return self.listing_response(None, request)
        section = self.section_by_slug(slug)
        return self.listing_response(section, request) if section else None

    def by_url_title(self) -> dict[str, Item]:
        """Items by their web content URL title."""
        return self._by_url_title

    def listing_response(self, section: Section | None, request: Request) -> Response | None:
        params = request.params
        ns = self.namespace(section)
        if params.get("p_p_state") == "pop_up" and params.get(ns + "viewMode") == "print":
            item = self.by_url_title().get(params.get(ns + "urlTitle", ""))
            if item is None or item.kind == "missing":
                return self.error_response(404)
            return self.html_response(self.print_html(item, request))
        category = None
        if self.is_news(section) and "p_r_p_categoryId" in params:
            category = self.section_by_id(page_number(params["p_r_p_categoryId"], 0))
        delta = page_number(params.get(ns + "delta"), self.portal.page_size)
        if delta not in DELTAS:
            delta = self.portal.page_size
        items = self.listed(category or section)
        pages = max(1, -(-len(items) // delta))
        cur = min(page_number(params.get(ns + "cur")), pages)  # Liferay shows the last page
        shown = items[(cur - 1) * delta : cur * delta]
        return self.html_response(
            self.listing_html(section, category, shown, cur, pages, delta, len(items), request)
        )

    # -- theme pieces

    def portlet(
        self, portlet_id: str, title: str, body: str, *, barebone: bool = False, css: str = ""
    ) -> str:
        """A portlet in its boundary, decorated (title shown) or barebone."""
        name = portlet_id.split("_INSTANCE_")[0]
        decoration = "portlet-barebone" if barebone else "portlet-decorate"
        header = (
            ""
            if barebone
            else '<div class="autofit-float autofit-row portlet-header"><div class="autofit-col '
            f'autofit-col-expand"><h2 class="portlet-title-text">{esc(title)}</h2></div></div>'
        )
        return f"""<div class="portlet-boundary portlet-boundary_{name}_ portlet-static portlet-static-end {decoration} {css}" id="p_p_id_{portlet_id}_">
<span id="p_{portlet_id}"></span>
<section class="portlet" id="portlet_{portlet_id}">
<div class="portlet-content">
{header}
<div class=" portlet-content-container"><div class="portlet-body">
{body}
</div></div>
</div>
</section>
</div>"""

    def web_content(self, seed: str, title: str, inner: str, *, barebone: bool = True) -> str:
        """A Web Content Display portlet showing a piece of site furniture."""
        instance = instance_id(self.portal.id + "jc" + seed)
        article = 30000 + stable_int(seed, 100, 999)
        body = (
            f'<div class="journal-content-article " data-analytics-asset-id="{article}" '
            f'data-analytics-asset-title="{esc(title)}" data-analytics-asset-type="web-content">'
            f"{inner}</div>"
        )
        return self.portlet(f"{JC}_INSTANCE_{instance}", title, body, barebone=barebone)

    def head(self, title: str, request: Request, canonical: str, extra: str = "") -> str:
        base = request.base_url
        plid = self.plid(canonical)
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link data-senna-track="temporary" href="{esc(base + canonical)}" rel="canonical" />
<link data-senna-track="temporary" href="{esc(base + canonical)}" hreflang="vi-VN" rel="alternate" />
<link data-senna-track="temporary" href="{esc(base + "/en" + canonical)}" hreflang="en-US" rel="alternate" />
<link data-senna-track="temporary" href="{esc(base + canonical)}" hreflang="x-default" rel="alternate" />
{extra}
<link data-senna-track="permanent" href="/o/frontend-theme-font-awesome-web/css/main.css" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/stttt-lacha-theme/css/clay.css?browserId=other&amp;themeId=sttttlachatheme_WAR_sttttlachatheme&amp;minifierType=css&amp;languageId=vi_VN&amp;t=1690365482000" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/stttt-lacha-theme/css/main.css?browserId=other&amp;themeId=sttttlachatheme_WAR_sttttlachatheme&amp;minifierType=css&amp;languageId=vi_VN&amp;t=1690365482000" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">
// <![CDATA[
var Liferay = Liferay || {{}};
Liferay.ThemeDisplay = {{getLanguageId: function() {{ return "vi_VN"; }}, getPlid: function() {{ return "{plid}"; }}, getSiteGroupId: function() {{ return "{GROUP_ID}"; }}, getPathThemeImages: function() {{ return "/o/stttt-lacha-theme/images"; }}, isSignedIn: function() {{ return false; }}}};
var themeDisplay = Liferay.ThemeDisplay;
Liferay.SPA = Liferay.SPA || {{}};
Liferay.SPA.cacheExpirationTime = -1;
Liferay.SPA.excludedPaths = ["/c/document_library","/documents","/image"];
Liferay.SPA.navigationExceptionSelectors = ':not([target="_blank"]):not([data-senna-off]):not([data-resource-href])';
// ]]>
</script>
<script data-senna-track="permanent" src="/combo?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;t=1690365482000&amp;/o/frontend-js-jquery-web/jquery/jquery.min.js&amp;/o/frontend-js-aui-web/aui/aui/aui-min.js" type="text/javascript"></script>
<script data-senna-track="permanent" src="/o/frontend-js-spa-web/senna/senna-min.js?browserId=other&amp;languageId=vi_VN&amp;t=1690365482000" type="text/javascript"></script>
</head>"""

    def navigation(self, current: str) -> str:
        def item(href: str, label: str, key: str, children: str = "") -> str:
            selected = " selected" if key == current else ""
            dropdown = " dropdown" if children else ""
            ident = f"layout_{self.plid(key)}"
            return (
                f'<li class="lfr-nav-item nav-item{selected}{dropdown}" id="{ident}" role="presentation">'
                f'<a aria-labelledby="{ident}" class="nav-link text-truncate" href="{href}" role="menuitem">'
                f"<span>{esc(label)}</span></a>{children}</li>"
            )

        children = "".join(
            f'<li class="lfr-nav-child-item" role="presentation"><a class="dropdown-item" '
            f'href="{self.section_path(s)}" role="menuitem">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        menu = f'<ul aria-expanded="false" class="child-menu dropdown-menu" role="menu">{children}</ul>'
        items = [
            item(SITE, "Trang chủ", "home"),
            item(f"{SITE}/gioi-thieu", "Giới thiệu", "gioi-thieu"),
            item(self.section_path(None), self.news.name, NEWS_SLUG, menu),
            item(f"{SITE}/van-ban", "Văn bản", "van-ban"),
            item(f"{SITE}/lien-he", "Liên hệ", "lien-he"),
        ]
        return (
            '<nav class="sort-pages modify-pages navbar navbar-expand-md" id="navigation" role="navigation">'
            '<h1 class="hide-accessible">Điều hướng</h1>'
            '<ul aria-label="Các trang của trang web" class="navbar-nav" role="menubar">'
            + "".join(items)
            + "</ul></nav>"
        )

    def breadcrumb(self, crumbs: list[tuple[str | None, str]]) -> str:
        parts = [
            '<li class="breadcrumb-item"><a class="breadcrumb-link" href="'
            f'{SITE}" title="Trang chủ"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li>'
        ]
        for href, label in crumbs:
            if href:
                parts.append(
                    f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{esc(href)}" '
                    f'title="{esc(label)}"><span class="breadcrumb-text-truncate">{esc(label)}</span></a></li>'
                )
            else:
                parts.append(
                    '<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">'
                    f"{esc(label)}</span></li>"
                )
        trail = f'<nav aria-label="Đường dẫn"><ol class="breadcrumb">{"".join(parts)}</ol></nav>'
        return self.portlet(
            "com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet",
            "Đường dẫn",
            trail,
            barebone=True,
        )

    def latest_box(self, request: Request, exclude: Item | None) -> str:
        rows = "".join(
            f'<li class="list-group-item"><a class="asset-title" href="{esc(self.alias_path(it))}">'
            f'{esc(it.title)}</a> <span class="metadata-publish-date">{dmy(it.published)}</span></li>'
            for it in self.latest(6, exclude)
        )
        return self.portlet(
            f"{AP}_INSTANCE_{instance_id(self.portal.id + 'tin-moi')}",
            "Tin mới",
            f'<ul class="list-group list-group-flush tin-moi">{rows}</ul>',
        )

    def categories_box(self) -> str:
        rows = "".join(
            f'<li class="tree-node"><a class="tag-selected" href="{self.section_path(None)}?p_r_p_categoryId={s.id}">'
            f"{esc(s.name)}</a></li>"
            for s in self.sections.values()
        )
        return self.portlet(
            "com_liferay_asset_categories_navigation_web_portlet_AssetCategoriesNavigationPortlet",
            "Danh mục",
            f'<div class="lfr-asset-vocabulary-container"><h3 class="lfr-asset-vocabulary">Chủ đề</h3>'
            f'<ul class="categories">{rows}</ul></div>',
        )

    def sidebar(self, request: Request, exclude: Item | None = None, news: bool = False) -> str:
        seed = request.seed
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        poll_id = 35000 + stable_int(question, 1, 99)
        auth = stable_token(seed + "p_auth", 8, _INSTANCE_ALPHABET)
        choices = "".join(
            f'<div class="custom-control custom-radio"><input class="custom-control-input" id="choice{n}" '
            f'name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pd1_choiceId" type="radio" value="{poll_id + n}" />'
            f'<label class="custom-control-label" for="choice{n}">{esc(option)}</label></div>'
            for n, option in enumerate(options, 1)
        )
        boxes = [self.categories_box()] if news else []
        boxes.append(self.latest_box(request, exclude))
        boxes.append(
            self.portlet(
                "kqgqtthc_WAR_lachaportlet",
                "Kết quả giải quyết TTHC",
                f'<div class="kq-tthc"><p class="thang">Tháng {stats["month"]}</p>'
                f'<div class="progress"><div class="progress-bar bg-success" style="width: {stats["percent"]}%">{stats["percent"]}% đúng hạn</div></div>'
                f'<table class="table table-sm"><tbody><tr><td>Hồ sơ tiếp nhận</td><td>{thousands(stats["total"])}</td></tr>'
                f"<tr><td>Giải quyết đúng hạn</td><td>{thousands(stats['ontime'])}</td></tr>"
                f"<tr><td>Giải quyết quá hạn</td><td>{thousands(stats['late'])}</td></tr></tbody></table>"
                '<a class="btn btn-sm btn-outline-primary" data-senna-off="true" href="https://dichvucong.lacha.gov.vn/thong-ke" target="_blank">Xem chi tiết</a></div>',
            )
        )
        boxes.append(
            self.web_content(
                "lien-ket",
                "Liên kết website",
                '<div class="banner-lien-ket">'
                '<p><a data-senna-off="true" href="https://dichvucong.gov.vn" target="_blank"><img alt="Cổng Dịch vụ công quốc gia" src="/documents/20143/0/banner-dvc-quoc-gia.png/5d1f0c2e-1a4b-4c3d-9e8f-00a1b2c3d4e5?t=1609459200000" /></a></p>'
                '<p><a data-senna-off="true" href="https://lacha.gov.vn" target="_blank"><img alt="Cổng thông tin điện tử tỉnh Lạc Hà" src="/documents/20143/0/banner-cong-tinh.png/7a2e9b40-2c5d-4e6f-8a9b-11c2d3e4f5a6?t=1609459200000" /></a></p>'
                '<p><a data-senna-off="true" href="https://vanban.lacha.gov.vn" target="_blank">Hệ thống quản lý văn bản và điều hành</a></p>'
                "</div>",
                barebone=False,
            )
        )
        boxes.append(
            self.portlet(
                "com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pd1",
                "Ý kiến thăm dò",
                f'<form action="{SITE}?p_p_id=com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pd1&amp;p_p_lifecycle=1&amp;p_p_state=normal&amp;p_p_mode=view&amp;_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pd1_javax.portlet.action=%2Fpolls_display%2Fadd_vote&amp;p_auth={auth}" method="post" name="_com_liferay_polls_web_portlet_PollsDisplayPortlet_INSTANCE_pd1_fm">'
                f'<p class="poll-question">{esc(question)}</p>{choices}'
                '<button class="btn btn-primary btn-sm" type="submit">Bỏ phiếu</button></form>',
            )
        )
        boxes.append(
            self.portlet(
                "thongketruycap_WAR_lachaportlet",
                "Thống kê truy cập",
                '<ul class="list-unstyled thong-ke">'
                f"<li>Đang truy cập: <strong>{thousands(visits['online'])}</strong></li>"
                f"<li>Hôm nay: <strong>{thousands(visits['today'])}</strong></li>"
                f"<li>Trong tuần: <strong>{thousands(visits['week'])}</strong></li>"
                f"<li>Trong tháng: <strong>{thousands(visits['month'])}</strong></li>"
                f"<li>Tổng lượt truy cập: <strong>{thousands(visits['total'])}</strong></li></ul>",
            )
        )
        return "\n".join(boxes)

    def frame(
        self,
        title: str,
        request: Request,
        canonical: str,
        current: str,
        crumbs: list[tuple[str | None, str]],
        main: str,
        side: str,
        extra_head: str = "",
    ) -> str:
        portal = self.portal
        plid = self.plid(canonical)
        back = quote(canonical, safe="")
        footer = self.web_content(
            "chan-trang",
            "Chân trang",
            f'<div class="footer-info"><p class="ten-don-vi"><strong>{esc(portal.name.upper())}</strong></p>'
            f"<p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh {esc(portal.province)}</p>"
            f"<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>"
            f"<p>{esc(portal.licence)}</p>"
            f"<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)} - Email: stttt@lacha.gov.vn</p>"
            f'<p class="ghi-ro">{esc(reuse_notice(portal))}</p></div>',
        )
        return f"""{self.head(title, request, canonical, extra_head)}
<body class="controls-visible yui3-skin-sam signed-out public-page site">
<nav aria-label="Liên kết nhanh" class="quick-access-nav" id="{stable_token(canonical, 4)}_quickAccessNav">
<h1 class="hide-accessible">Điều hướng</h1>
<ul><li><a href="#main-content">Truy cập nội dung luôn</a></li></ul>
</nav>
<div class="d-flex flex-column min-vh-100">
<div class="container-fluid d-flex flex-column flex-fill position-relative" id="wrapper">
<header id="banner" role="banner">
<div class="top-bar d-flex justify-content-between">
<span class="chao-mung">Chào mừng bạn đến với Trang thông tin điện tử {esc(portal.name)}</span>
<ul class="list-inline mb-0">
<li class="list-inline-item"><a data-senna-off="true" href="/c/portal/update_language?p_l_id={plid}&amp;redirect={back}&amp;languageId=en_US" hreflang="en-US" lang="en-US">English</a></li>
<li class="list-inline-item"><a class="sign-in text-default" data-redirect="false" data-senna-off="true" href="/c/portal/login?p_l_id={plid}" rel="nofollow">Đăng nhập</a></li>
</ul></div>
<div class="navbar-header d-flex align-items-center" id="heading">
<a class="logo custom-logo" href="{SITE}" title="Đi đến {esc(portal.name)}"><img alt="Quốc huy" height="90" src="/image/layout_set_logo?img_id={GROUP_ID + 7}&amp;t=1690365482000" width="90" /></a>
<div class="site-name"><span class="dong-1">ỦY BAN NHÂN DÂN TỈNH {esc(portal.province.upper())}</span><span class="dong-2">{esc(portal.name.upper())}</span></div>
<form action="{SITE}/search" class="form-inline search-bar" method="get"><input class="form-control search-input" name="q" placeholder="Tìm kiếm..." type="text" /><button class="btn btn-light" type="submit"><span class="sr-only">Tìm kiếm</span></button></form>
</div>
{self.navigation(current)}
</header>
<section class="flex-fill" id="content">
<h2 class="hide-accessible" role="heading" aria-level="1">{esc(title)}</h2>
{self.breadcrumb(crumbs)}
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div></div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{side}
</div></div>
</div></div>
</section>
<footer id="footer" role="contentinfo">
{footer}
<p class="powered-by">Vận hành trên nền tảng Liferay</p>
</footer>
</div></div>
<script type="text/javascript">
// <![CDATA[
AUI().use("liferay-menu", "liferay-notice", "liferay-session", function(A) {{ (function() {{ new Liferay.Menu(); }})(); }});
Liferay.Portlet.runtimePortletIds = ["com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet"];
// ]]>
</script>
</body>
</html>
"""

    # -- listings

    def asset_abstract(self, item: Item, href: str, request: Request) -> str:
        return f"""<div class="asset-abstract">
<div class="lfr-meta-actions asset-actions"></div>
<div class="asset-image"><a href="{esc(href)}"><img alt="Responsive image" class="asset-small-image img-fluid" src="{esc(self.image_src(item, -1))}" /></a></div>
<h3 class="asset-title"><a href="{esc(href)}">{esc(item.title)}</a></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{dmy(item.published)}</span> <span class="metadata-entry metadata-view-count">{thousands(view_count(request.seed + item.key))} Lượt xem</span></div>
<div class="asset-content"><div class="asset-summary">{esc(item.sapo(request.revision))}</div>
<div class="asset-more"><a href="{esc(href)}">Xem thêm<span class="hide-accessible"> về {esc(item.title)}</span> &raquo;</a></div></div>
</div>"""

    def pager(
        self,
        section: Section | None,
        category: Section | None,
        cur: int,
        pages: int,
        delta: int,
        total: int,
    ) -> str:
        instance = self.instance(section)
        base = self.section_path(section)
        cat = category.id if category else None

        def url(page: int, size: int = delta) -> str:
            return esc(base + page_query(instance, page, size, cat))

        deltas = "".join(
            f'<li><a class="dropdown-item" href="{url(1, d)}">{d}</a></li>' for d in DELTAS
        )
        cells = []
        if cur > 1:
            cells.append(
                f'<li class="page-item"><a class="page-link" href="{url(cur - 1)}">'
                '&laquo;<span class="sr-only">Trang trước</span></a></li>'
            )
        else:
            cells.append(
                '<li class="page-item disabled"><a class="page-link" href="javascript:;" tabindex="-1">'
                '&laquo;<span class="sr-only">Trang trước</span></a></li>'
            )
        window = pager_window(cur, pages)
        for index, number in enumerate(window):
            if number is None:
                low, high = window[index - 1] + 1, window[index + 1]  # type: ignore[operator]
                hidden = "".join(
                    f'<a class="dropdown-item" href="{url(n)}">{n}</a>' for n in range(low, high)
                )
                cells.append(
                    '<li class="dropdown page-item"><a aria-expanded="false" class="dropdown-toggle page-link" '
                    'data-toggle="liferay-dropdown" href="javascript:;">...</a>'
                    f'<div class="dropdown-menu dropdown-menu-top-center"><div class="inline-scroller">{hidden}</div></div></li>'
                )
            elif number == cur:
                cells.append(
                    f'<li class="page-item active"><a class="page-link" href="javascript:;">{number}</a></li>'
                )
            else:
                cells.append(
                    f'<li class="page-item"><a class="page-link" href="{url(number)}">{number}</a></li>'
                )
        if cur < pages:
            cells.append(
                f'<li class="page-item"><a class="page-link" href="{url(cur + 1)}">'
                '&raquo;<span class="sr-only">Trang tiếp</span></a></li>'
            )
        else:
            cells.append(
                '<li class="page-item disabled"><a class="page-link" href="javascript:;" tabindex="-1">'
                '&raquo;<span class="sr-only">Trang tiếp</span></a></li>'
            )
        first, last = (cur - 1) * delta + 1, min(cur * delta, total)
        ns = self.namespace(section)
        return f"""<div class="taglib-page-iterator" id="{ns}ocerSearchContainerPageIterator">
<div class="clearfix lfr-pagination pagination-bar">
<div class="dropdown pagination-items-per-page lfr-pagination-delta-selector">
<a aria-expanded="false" aria-haspopup="true" class="dropdown-toggle page-link" data-toggle="liferay-dropdown" href="javascript:;" role="button">{delta} Mục mỗi trang</a>
<ul class="dropdown-menu dropdown-menu-top">{deltas}</ul>
</div>
<div class="lfr-pagination-config"><span class="lfr-pagination-page-selector current-page-menu">Trang {cur} của {pages}</span></div>
<p class="pagination-results">Hiển thị {first} - {last} của {total} kết quả.</p>
<ul class="pagination">
{"".join(cells)}
</ul>
</div></div>"""

    def listing_link(self, item: Item, section: Section | None, here: str, request: Request) -> str:
        if self.is_news(section):
            return f"{self.article_path(item)}?p_l_back_url={quote(here, safe='')}"
        return self.content_path(item, section, request.base_url + here)

    def listing_html(
        self,
        section: Section | None,
        category: Section | None,
        items: list[Item],
        cur: int,
        pages: int,
        delta: int,
        total: int,
        request: Request,
    ) -> str:
        shown = section or self.news
        base = self.section_path(section)
        # the portlet's currentURL: the request as it came (Liferay puts it in every redirect)
        here = base + ("?" + urlencode(request.params) if request.params else "")
        rows = "\n".join(self.listing_link_row(it, section, here, request) for it in items)
        chip = ""
        if category:
            chip = (
                '<div class="taglib-categorization-filter entry-title">'
                f'<span class="badge badge-info">{esc(category.name)} '
                f'<a href="{base}" title="Bỏ lọc"><span class="sr-only">Bỏ lọc</span>&times;</a></span></div>'
            )
        if not items:
            rows = '<div class="alert alert-info">Không có kết quả.</div>'
        body = f'{chip}<div class="asset-publisher-list">{rows}</div>' + (
            self.pager(section, category, cur, pages, delta, total) if total > DELTAS[0] else ""
        )
        main = self.portlet(f"{AP}_INSTANCE_{self.instance(section)}", shown.name, body)
        crumbs: list[tuple[str | None, str]] = []
        if self.is_news(section):
            crumbs.append((None, self.news.name))
        else:
            crumbs += [(self.section_path(None), self.news.name), (None, shown.name)]
        title = f"{shown.name} - {self.portal.name}"
        current = NEWS_SLUG
        return self.frame(
            title,
            request,
            base,
            current,
            crumbs,
            main,
            self.sidebar(request, news=self.is_news(section)),
        )

    def listing_link_row(
        self, item: Item, section: Section | None, here: str, request: Request
    ) -> str:
        return self.asset_abstract(item, self.listing_link(item, section, here, request), request)

    # -- articles

    def body_html(self, item: Item, revision: int) -> str:
        first, parts = True, []
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                text = esc(value)
                if first and self.portal.lead_prefix:
                    text = esc(self.portal.lead_prefix) + text
                first = False
                parts.append(f'<p style="text-align: justify;">{text}</p>')
            else:
                index, caption = value
                parts.append(
                    f'<div style="text-align: center;"><figure class="image" style="display: inline-block;">'
                    f'<img alt="" height="400" src="{esc(self.image_src(item, index))}" width="600" />'
                    f"<figcaption>{esc(caption)}</figcaption></figure></div>"
                )
        return "\n".join(parts)

    def content_html(self, item: Item, request: Request) -> str:
        """The news web content template's output (the same under every URL of the article)."""
        revision = request.revision
        modified = item.shown_modified(revision)
        updated = (
            f' <span class="ngay-cap-nhat">(Cập nhật: {modified:%H:%M}, {dmy(modified)})</span>'
            if modified
            else ""
        )
        tail = ""
        if item.author:
            tail += f'<p class="tac-gia" style="text-align: right;"><strong>{esc(item.author)}</strong></p>'
        if item.source:
            tail += f'<p class="nguon-tin" style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>'
        return f"""<div class="journal-content-article " data-analytics-asset-id="{item.number}" data-analytics-asset-title="{esc(item.title)}" data-analytics-asset-type="web-content">
<div class="tin-chi-tiet">
<div class="tin-thoi-gian"><span class="ngay-dang">{article_stamp(item.published)}</span>{updated}</div>
<div class="tin-noi-dung">
{self.body_html(item, revision)}
</div>
{tail}
</div>
</div>"""

    def tools(self, item: Item, request: Request) -> str:
        shared = quote(request.base_url + self.article_path(item), safe="")
        return (
            '<div class="tin-cong-cu d-flex justify-content-between">'
            f'<span class="luot-xem">Lượt xem: {thousands(view_count(request.seed))}</span>'
            '<span class="co-chu">Cỡ chữ: <a href="javascript:;" onclick="doiCoChu(-1)">A-</a> '
            '<a href="javascript:;" onclick="doiCoChu(0)">A</a> <a href="javascript:;" onclick="doiCoChu(1)">A+</a></span>'
            f'<span class="in-bai"><a class="lfr-icon-item" data-senna-off="true" href="{esc(self.print_path(item))}" target="_blank">In bài viết</a></span>'
            f'<span class="chia-se"><a data-senna-off="true" href="https://www.facebook.com/sharer/sharer.php?u={shared}" rel="nofollow" target="_blank">Facebook</a> '
            f'<a data-senna-off="true" href="https://zalo.me/share?url={shared}" rel="nofollow" target="_blank">Zalo</a></span></div>'
        )

    def related(self, item: Item) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="metadata-publish-date">({dmy(it.published)})</span></li>'
            for it in self.others(item, 6)
        )
        return self.portlet(
            f"{AP}_INSTANCE_{instance_id(self.portal.id + 'lien-quan')}",
            "Tin cùng chuyên mục",
            f'<ul class="tin-lien-quan">{rows}</ul>',
        )

    def article_html(self, item: Item, request: Request) -> str:
        path = request.path
        for prefix in ("/vi", "/en"):
            if path.startswith(prefix + "/"):
                path = path[len(prefix) :]
        section = item.section
        crumbs: list[tuple[str | None, str]] = [(self.section_path(None), self.news.name)]
        if not self.is_news(section):
            crumbs.append((self.section_path(section), section.name))
        crumbs.append((None, item.title))
        head = (
            f'<meta content="{esc(item.sapo(request.revision))}" lang="vi-VN" name="description" />\n'
            f'<meta property="og:title" content="{esc(item.title)}" />\n'
            f'<meta property="og:type" content="article" />\n'
            f'<meta property="og:url" content="{esc(request.base_url + self.article_path(item))}" />\n'
            f'<meta property="og:image" content="{esc(request.base_url + self.image_src(item, -1))}" />\n'
            f'<meta property="article:published_time" content="{iso_vn(item.published)}" />'
        )
        content = self.content_html(item, request)
        if path.startswith(f"{SITE}/w/"):
            back_url = request.params.get("p_l_back_url")
            back = (
                f'<a class="btn btn-link back-link" href="{esc(back_url)}">&laquo; Quay lại</a>'
                if back_url
                else ""
            )
            main = f"""<div class="lfr-layout-structure-item-container lfr-layout-structure-item-{stable_token(item.key, 6)}">
{back}
<div class="component-heading lfr-layout-structure-item-heading"><h1 class="component-heading mb-2 text-break" data-lfr-editable-id="element-text" data-lfr-editable-type="text">{esc(item.title)}</h1></div>
{self.tools(item, request)}
{self.portlet(f"{JC}_INSTANCE_{instance_id(item.key)}", item.title, content, barebone=True)}
</div>
{self.related(item)}"""
            canonical = self.article_path(item)
            title = f"{item.title} - {self.portal.name}"
        else:
            listing = section if path.startswith(self.section_path(section) + "/-/") else None
            ns = self.namespace(listing)
            redirect = request.params.get(ns + "redirect")
            back = (
                f'<a class="icon-monospaced back-link" href="{esc(redirect)}" title="Quay lại">&laquo;</a> '
                if redirect
                else ""
            )
            full = f"""<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">
<div class="align-items-center d-flex mb-2"><p class="component-title h4">{back}<span class="asset-title d-inline">{esc(item.title)}</span></p></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{dmy(item.published)}</span></div>
{self.tools(item, request)}
<span class="asset-anchor lfr-asset-anchor" id="{item.number}"></span>
<div class="asset-content mb-3">
{content}
</div>
</div>"""
            name = (listing or self.news).name
            main = self.portlet(
                f"{AP}_INSTANCE_{self.instance(listing)}", name, full
            ) + self.related(item)
            canonical = path
            title = f"{item.title} - {name} - {self.portal.name}"
        return self.frame(
            title, request, canonical, NEWS_SLUG, crumbs, main, self.sidebar(request, item), head
        )

    def print_html(self, item: Item, request: Request) -> str:
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(item.title)} - {esc(self.portal.name)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link class="lfr-css-file" href="/o/stttt-lacha-theme/css/main.css?browserId=other&amp;languageId=vi_VN" rel="stylesheet" type="text/css" />
</head>
<body class="portal-popup controls-visible signed-out public-page site">
<div class="columns-max" id="main-content" role="main">
<div class="portlet-boundary portlet-boundary_{AP}_ portlet-static portlet-barebone" id="p_p_id_{AP}_INSTANCE_{self.instance(None)}_">
<div class="asset-full-content clearfix print-action">
<div class="print-action"><a href="javascript:print();">In trang này</a></div>
<p class="component-title h4"><span class="asset-title d-inline">{esc(item.title)}</span></p>
<div class="asset-content">
{self.content_html(item, request)}
</div>
</div>
</div>
</div>
</body>
</html>
"""

    # -- other pages

    def home_html(self, request: Request) -> str:
        healthy = [it for it in self.items if it.kind == "article"]
        top = healthy[:1]
        featured = (
            "".join(
                f'<div class="tin-tieu-diem"><a href="{esc(self.alias_path(it))}"><img alt="Responsive image" class="img-fluid" src="{esc(self.image_src(it, -1))}" /></a>'
                f'<h3 class="asset-title"><a href="{esc(self.alias_path(it))}">{esc(it.title)}</a></h3>'
                f'<span class="metadata-publish-date">{dmy(it.published)}</span>'
                f'<p class="asset-summary">{esc(it.sapo(request.revision))}</p></div>'
                for it in top
            )
            + '<ul class="tin-tieu-diem-khac">'
            + "".join(
                f'<li><a href="{esc(self.alias_path(it))}">{esc(it.title)}</a></li>'
                for it in healthy[1:5]
            )
            + "</ul>"
        )
        boxes = [
            self.portlet(
                f"{AP}_INSTANCE_{instance_id(self.portal.id + 'noi-bat')}", "Tin nổi bật", featured
            )
        ]
        back = quote(SITE, safe="")
        for section in self.sections.values():
            entries = "".join(
                f'<li class="list-group-item"><a href="{esc(self.article_path(it))}?p_l_back_url={back}">{esc(it.title)}</a> '
                f'<span class="metadata-publish-date">{dmy(it.published)}</span></li>'
                for it in self.listed(section)[:4]
            )
            boxes.append(
                self.portlet(
                    f"{AP}_INSTANCE_{instance_id(self.portal.id + 'home' + section.slug)}",
                    section.name,
                    f'<ul class="list-group list-group-flush">{entries}</ul>'
                    f'<div class="asset-more text-right"><a href="{self.section_path(section)}">Xem tất cả &raquo;</a></div>',
                )
            )
        return self.frame(
            self.portal.name, request, SITE, "home", [], "\n".join(boxes), self.sidebar(request)
        )

    def static_html(self, slug: str, request: Request) -> str:
        name = STATIC_PAGES[slug]
        portal = self.portal
        texts = {
            "gioi-thieu": [
                f"{portal.name} là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh {portal.province}, "
                "tham mưu về báo chí, xuất bản, bưu chính, viễn thông, công nghệ thông tin và chuyển "
                "đổi số trên địa bàn tỉnh.",
                "Sở có Văn phòng, Thanh tra, các phòng chuyên môn và Trung tâm Công nghệ thông tin "
                "và Truyền thông trực thuộc.",
            ],
            "van-ban": [
                "Mời bạn đọc tra cứu văn bản chỉ đạo, điều hành của Sở tại Hệ thống quản lý văn "
                "bản và điều hành của tỉnh; trang này đang được cập nhật.",
            ],
            "lien-he": [
                f"Địa chỉ: {portal.address}.",
                f"Điện thoại: {portal.phone}. Thư điện tử: stttt@lacha.gov.vn.",
            ],
        }
        inner = f"<h1>{esc(name)}</h1>" + "".join(f"<p>{esc(t)}</p>" for t in texts[slug])
        main = self.web_content("trang-" + slug, name, inner)
        return self.frame(
            f"{name} - {portal.name}",
            request,
            f"{SITE}/{slug}",
            slug,
            [(None, name)],
            main,
            self.sidebar(request),
        )

    def search_html(self, request: Request) -> str:
        query = request.params.get("q", "")
        body = (
            f'<form action="{SITE}/search" method="get"><input class="form-control" name="q" value="{esc(query)}" /></form>'
            f'<p class="search-total-label">Không tìm thấy kết quả nào cho &quot;{esc(query)}&quot;.</p>'
        )
        main = self.portlet(
            "com_liferay_portal_search_web_search_results_portlet_SearchResultsPortlet",
            "Tìm kiếm",
            body,
        )
        return self.frame(
            f"Tìm kiếm - {self.portal.name}",
            request,
            f"{SITE}/search",
            "search",
            [(None, "Tìm kiếm")],
            main,
            self.sidebar(request),
        )

    def login_html(self, request: Request) -> str:
        body = (
            '<form class="sign-in-form" method="post"><div class="form-group"><label for="login">Địa chỉ email</label>'
            '<input class="form-control" id="login" name="_com_liferay_login_web_portlet_LoginPortlet_login" type="text" /></div>'
            '<div class="form-group"><label for="password">Mật khẩu</label><input class="form-control" id="password" '
            'name="_com_liferay_login_web_portlet_LoginPortlet_password" type="password" /></div>'
            '<button class="btn btn-primary" type="submit">Đăng nhập</button></form>'
        )
        main = self.portlet("com_liferay_login_web_portlet_LoginPortlet", "Đăng nhập", body)
        return self.frame(
            f"Đăng nhập - {self.portal.name}",
            request,
            "/c/portal/login",
            "login",
            [(None, "Đăng nhập")],
            main,
            "",
        )

    def sitemap_xml(self, request: Request) -> str:
        base = request.base_url
        pages = [SITE, self.section_path(None)] + [
            self.section_path(s) for s in self.sections.values()
        ]
        pages += [f"{SITE}/{slug}" for slug in STATIC_PAGES]
        rows = [
            f"<url><loc>{esc(base + p)}</loc><changefreq>daily</changefreq><priority>0.5</priority></url>"
            for p in pages
        ]
        rows += [
            f"<url><loc>{esc(base + self.article_path(it))}</loc>"
            f"<lastmod>{iso_vn(it.last_modified(request.revision))}</lastmod>"
            "<changefreq>daily</changefreq><priority>0.5</priority></url>"
            for it in self.items
            if it.kind == "article"
        ]
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n' + "\n".join(rows) + "\n</urlset>\n"
        )

    def robots_txt(self, request: Request) -> str:
        lines = ["User-Agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        return "\n".join(lines) + "\n"

    def html_response(
        self, markup: str, status: int = 200, headers: dict | None = None
    ) -> Response:
        response = super().html_response(markup, status, headers)
        session = stable_token(markup[:2000], 32, "0123456789ABCDEF")
        response.headers["Set-Cookie"] = f"JSESSIONID={session}; Path=/; HttpOnly"
        return response

    def error_html(self, status: int) -> str:
        if status == 404:
            title, text = "Không tìm thấy trang", "Không tìm thấy tài nguyên được yêu cầu."
        else:
            title, text = "Lỗi hệ thống", "Đã xảy ra lỗi khi xử lý yêu cầu. Vui lòng thử lại sau."
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{title} - {esc(self.portal.name)}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link class="lfr-css-file" href="/o/stttt-lacha-theme/css/main.css?browserId=other&amp;languageId=vi_VN" rel="stylesheet" type="text/css" />
</head>
<body class="controls-visible signed-out public-page site">
<nav aria-label="Liên kết nhanh" class="quick-access-nav"><ul><li><a href="#main-content">Truy cập nội dung luôn</a></li></ul></nav>
<div class="container-fluid" id="wrapper">
<section id="content"><div class="columns-1" id="main-content" role="main">
<div class="portlet-boundary portlet-boundary_com_liferay_portal_kernel_servlet_taglib_ui_StatusPortlet_">
<h3 class="alert alert-danger">{title}</h3>
<p>{text}</p>
<p>Mã lỗi: {status}</p>
<p><a href="{SITE}">Quay về trang chủ</a></p>
</div></div></section>
</div>
</body>
</html>
"""
