"""SharePoint 2013 team site whose news is a LIST (``/Lists/TinTuc``), not publishing pages.

Many provincial departments run a plain SharePoint 2013 site and keep their news as items of a
custom list "Tin tức": an item is shown by the list's own display form
``/Lists/TinTuc/DispForm.aspx?ID=123`` (a two-column ``ms-formtable`` of fields: title, category,
"Ngày đăng", the rich-text body in ``ms-rtestate-field``, author, source), and the home page's
web parts link a custom display page ``/Pages/TinTucChiTiet.aspx?ItemID=123`` showing the same
item in a news layout. Listings are list views (``AllItems.aspx``, an ``ms-listviewtable`` of
``ms-vb2`` cells), filtered by category with ``?FilterField1=Category&FilterValue1=...`` and paged
the SharePoint way: the "next" arrow carries the ID and creation time of the LAST item shown
(``?Paged=TRUE&p_Created=...&p_ID=...&PageFirstRow=11&View={GUID}``), so page N's address cannot
be computed from N, and the pager (``td.ms-paging``) shows "11 - 20" between two arrows, no page
numbers. Dates read "17/12/2021 8:22 SA" (SA = morning, CH = afternoon).

Hazards: ``/`` answers 302 to ``/Pages/default.aspx``; one item has up to four addresses
(``DispForm.aspx?ID=`` from the news view, with ``&Source=<listing URL>`` from category views,
with ``&ContentTypeId=0x01...`` from the related-items web part, ``TinTucChiTiet.aspx?ItemID=``),
some written in lower case (SharePoint URLs are case-insensitive); the "previous" arrow gives a
second address for a listing page; ``javascript:`` links (column sorting, print, close); the
display form shows a "created" time (before the publication time) and a "modified" time beside
"Ngày đăng"; view counters in the list and under titles; the web part page's hidden
``__REQUESTDIGEST``/``__VIEWSTATE`` change from page to page.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    esc,
    image_path,
    poll,
    reuse_notice,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
)
from dtcrawl.demo.portals import PortalDef

LIST_URL = "/Lists/TinTuc"
DETAIL_PAGE = "/Pages/TinTucChiTiet.aspx"
HOME_PAGE = "/Pages/default.aspx"
REV = "15.0.4569.1000"
HEX = "0123456789ABCDEF"
#: Other pages the menus link (lower-case path → title, text): short and static.
OTHER_PAGES = {
    "/pages/gioithieu.aspx": (
        "Giới thiệu",
        "Sở là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu về kế hoạch, đầu tư và "
        "thống kê trên địa bàn tỉnh.",
    ),
    "/pages/cocautochuc.aspx": (
        "Cơ cấu tổ chức",
        "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc; các phòng chuyên môn và đơn vị trực thuộc.",
    ),
    "/lists/vanban/allitems.aspx": ("Văn bản", "Không có mục nào để hiển thị trong dạng xem này."),
    "/lists/thutuchanhchinh/allitems.aspx": (
        "Thủ tục hành chính",
        "Danh mục thủ tục hành chính được công bố trên Cổng Dịch vụ công của tỉnh.",
    ),
    "/lists/hoidap/newform.aspx": (
        "Hỏi đáp",
        "Mời bạn gửi câu hỏi; câu trả lời sẽ được đăng sau khi Sở xem xét.",
    ),
    "/lists/binhchon/allitems.aspx": ("Kết quả bình chọn", "Chưa có kết quả bình chọn."),
}


def sp_date(moment: datetime) -> str:
    """A date as SharePoint 2013 in Vietnamese shows it: day first, 12-hour clock, SA/CH.

    >>> sp_date(datetime(2021, 12, 17, 8, 22))
    '17/12/2021 8:22 SA'
    >>> sp_date(datetime(2021, 12, 17, 20, 5)), sp_date(datetime(2021, 12, 17, 0, 40))
    ('17/12/2021 8:05 CH', '17/12/2021 12:40 SA')
    """
    hour = moment.hour % 12 or 12
    half = "SA" if moment.hour < 12 else "CH"
    return f"{moment:%d/%m/%Y} {hour}:{moment:%M} {half}"


def paged_created(moment: datetime) -> str:
    """The ``p_Created`` value of a paging link: UTC, ``yyyyMMdd HH:mm:ss``, encoded like SP.

    >>> paged_created(datetime(2021, 12, 17, 8, 22))
    '20211217%2001%3a22%3a00'
    """
    utc = moment - timedelta(hours=7)
    return utc.strftime("%Y%m%d %H:%M:%S").replace(" ", "%20").replace(":", "%3a")


def sp_guid(seed: str) -> str:
    """A GUID-shaped token drawn from ``seed`` (upper case, as SharePoint writes view ids).

    >>> len(sp_guid("x")), sp_guid("x").count("-")
    (36, 4)
    """
    raw = stable_token(seed, 32, HEX)
    return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"


class SpListsSite(CmsSite):
    """A SharePoint 2013 department site with its news in the list "Tin tức"."""

    family_headers = {
        "Server": "Microsoft-IIS/8.5",
        "X-SharePointHealthScore": "0",
        "X-AspNet-Version": "4.0.30319",
        "X-Powered-By": "ASP.NET",
        "MicrosoftSharePointTeamServices": "15.0.0.4569",
        "X-MS-InvokeApp": "1; RequireReadOnly",
    }
    number_base = 214
    number_stride = 3
    image_folder = "/HinhAnh"

    def __init__(self, portal: PortalDef, articles: Sequence[Any]):
        super().__init__(portal, articles)
        self.view_guid = sp_guid(portal.id + "view")
        self.list_guid = sp_guid(portal.id + "list")
        self.content_type = "0x0100" + stable_token(portal.id + "ctype", 32, HEX)

    # -- URLs

    def section_slug(self, name: str) -> str:
        return quote(name)

    def article_path(self, item: Item) -> str:
        return f"{LIST_URL}/DispForm.aspx?ID={item.number}"

    def detail_path(self, item: Item, lower: bool = False) -> str:
        """The custom display page of an item (the home page's web parts link it)."""
        if lower:
            return f"{DETAIL_PAGE.lower()}?ItemId={item.number}"
        return f"{DETAIL_PAGE}?ItemID={item.number}"

    def source_path(self, item: Item, section: Section | None, base_url: str) -> str:
        """The display form with the listing to return to, as list views link an item."""
        back = base_url + self.listing_path(section)
        return f"{self.article_path(item)}&Source={quote(back, safe='')}"

    def ctype_path(self, item: Item) -> str:
        """The display form with the content type, as the related-items web part links it."""
        return f"{self.article_path(item)}&ContentTypeId={self.content_type}"

    def filter_query(self, section: Section | None) -> str:
        if self.is_news(section):
            return ""
        return f"FilterField1=Category&FilterValue1={quote(section.name)}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = f"{LIST_URL}/AllItems.aspx"
        filt = self.filter_query(section)
        if page <= 1:
            return f"{base}?{filt}" if filt else base
        items = self.listed(section)
        size = self.portal.page_size
        return self.paged_path(section, items[(page - 1) * size - 1], (page - 1) * size + 1)

    def paged_path(
        self, section: Section | None, anchor: Item, first_row: int, previous: bool = False
    ) -> str:
        """A SharePoint paging link: the page after ``anchor`` (before it with ``previous``)."""
        parts = ["Paged=TRUE"]
        if previous:
            parts.append("PagedPrev=TRUE")
        parts += [
            f"p_Created={paged_created(self.created(anchor))}",
            f"p_ID={anchor.number}",
            f"PageFirstRow={first_row}",
        ]
        filt = self.filter_query(section)
        if filt:
            parts.append(filt)
        return f"{LIST_URL}/AllItems.aspx?" + "&".join(parts) + f"&&View=%7B{self.view_guid}%7D"

    def created(self, item: Item) -> datetime:
        """When the item was entered in the list (before its "Ngày đăng")."""
        return item.published - timedelta(minutes=stable_int(item.key + "created", 6, 95))

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path.lower().rstrip("/") or "/"
        params = {k.lower(): v for k, v in request.params.items()}
        if path == "/":
            return Response(
                302,
                {"Location": HOME_PAGE, "Content-Type": "text/html; charset=utf-8"},
                b"<html><head><title>Object moved</title></head><body><h2>Object moved to "
                b'<a href="/Pages/default.aspx">here</a>.</h2></body></html>',
            )
        if path == HOME_PAGE.lower():
            return self.html_response(self.home_html(request))
        if path == f"{LIST_URL.lower()}/allitems.aspx":
            return self.listing_response(request, params)
        if path in OTHER_PAGES:
            title, text = OTHER_PAGES[path]
            main = f'<div class="ms-rtestate-field"><h2>{esc(title)}</h2><p>{esc(text)}</p></div>'
            return self.html_response(self.page(title, request, main, [("", title)]))
        if path in (f"{LIST_URL.lower()}/dispform.aspx", DETAIL_PAGE.lower()):
            key = "id" if path.endswith("dispform.aspx") else "itemid"
            try:
                item = self.by_number.get(int(params.get(key, "")))
            except ValueError:
                return None
            if item is None:
                return None
            return self.article_response(item, request)
        return None

    def listing_response(self, request: Request, params: dict[str, str]) -> Response | None:
        section = None
        if params.get("filterfield1") == "Category":
            section = self.sections.get(params.get("filtervalue1", ""))
            if section is None:
                return None
        items = self.listed(section)
        size = self.portal.page_size
        start = 0
        if params.get("paged") == "TRUE":
            try:
                anchor = self.by_number.get(int(params.get("p_id", "")))
            except ValueError:
                return None
            if anchor is None or anchor not in items:
                return None
            index = items.index(anchor)
            start = max(0, index - size) if params.get("pagedprev") == "TRUE" else index + 1
        shown = items[start : start + size]
        if not shown and start:
            return None
        return self.html_response(self.listing_html(section, start, shown, request))

    # -- page frame

    def page(self, title: str, request: Request, main: str, crumbs: list[tuple[str, str]]) -> str:
        """A web part page of the site: ribbon row, workspace, top and quick-launch menus,
        the ``DeltaPlaceHolderMain`` content, sidebar web parts, footer."""
        portal = self.portal
        digest = stable_token(request.seed + "digest", 40, HEX)
        viewstate = stable_token(request.seed + "vs", 88, HEX.lower() + "+/wxyzGHIJKLMN")
        crumb = " &gt; ".join(
            f'<a href="{esc(href)}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>"
            for href, label in [("/", "Trang chủ"), *crumbs]
        )
        top = "".join(
            f'<li class="static"><a class="static menu-item ms-core-listMenu-item" '
            f'href="{esc(self.listing_path(s))}"><span class="menu-item-text">{esc(s.name)}'
            f"</span></a></li>"
            for s in self.sections.values()
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />
<title>
\t{esc(title)}
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=OqAycmyMLoQIDkAlzHdMhQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/skhdt/giaodien.css"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev={REV}"></script>
<script type="text/javascript" src="/ScriptResource.axd?d={stable_token(portal.id + "sr", 24)}&amp;t=ffffffff9c5b3e1d"></script>
<script type="text/javascript" src="/_layouts/15/1066/initstrings.js?rev={REV}"></script>
<script type="text/javascript" src="/_layouts/15/sp.core.js?rev={REV}"></script>
<link rel="shortcut icon" href="/_layouts/15/images/favicon.ico?rev=23" type="image/vnd.microsoft.icon" id="favicon" />
</head>
<body onhashchange="if (typeof(_spBodyOnHashChange) != 'undefined') _spBodyOnHashChange();">
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>
<form method="post" action="{esc(request.path)}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{digest},17 Dec 2021 01:22:09 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QW{viewstate}" />
</div>
<script type="text/javascript">
//<![CDATA[
var MSOWebPartPageFormName = 'aspnetForm';
var _spPageContextInfo = {{webServerRelativeUrl: "\\u002f", webAbsoluteUrl: "http:\\u002f\\u002f{portal.domain}", currentLanguage: 1066, webUIVersion: 15, pageListId: "{{{self.list_guid.lower()}}}", userId: 0, alertsEnabled: false, siteServerRelativeUrl: "\\u002f"}};
//]]>
</script>
<div id="ms-designer-ribbon">
<div id="s4-ribbonrow" style="height: 35px;"><div id="s4-ribboncont"><div class="ms-cui-topBar2"><div id="RibbonContainer-TabRowRight" class="ms-cui-TabRowRight s4-trc-container s4-notdlg">
<span id="ctl00_IdWelcome"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="/_layouts/15/Authenticate.aspx?Source=%2FPages%2Fdefault%2Easpx" style="display:inline;">Đăng nhập</a></span>
</div></div></div></div>
</div>
<div id="s4-workspace">
<div id="s4-bodyContainer">
<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle">
<div id="titleAreaBox" class="ms-noList ms-table ms-core-tableNoSpace">
<div id="siteIcon" class="ms-tableCell ms-verticalAlignTop"><a href="/"><img src="/SiteAssets/logo-skhdt.png" alt="{esc(portal.name)}" /></a></div>
<div class="ms-breadcrumb-box ms-tableCell ms-verticalAlignTop">
<h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea"><a href="/">{esc(portal.name.upper())}</a></span></h1>
<div class="ms-displayInlineBlock ms-normalWrap"><a href="javascript:;" id="ms-pageDescriptionDiv" style="display:none;"></a><span class="ms-descriptiontext">{esc(portal.agency)}</span></div>
<div id="DeltaTopNavigation" class="ms-displayInline ms-core-navigation" role="navigation">
<div id="zz1_TopNavigationMenu" class="noindex ms-core-listMenu-horizontalBox"><ul class="root ms-core-listMenu-root static">
<li class="static selected"><a class="static selected menu-item ms-core-listMenu-item" href="{HOME_PAGE}"><span class="menu-item-text">Trang chủ</span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item" href="{LIST_URL}/AllItems.aspx"><span class="menu-item-text">Tin tức</span></a></li>
{top}
<li class="static"><a class="static menu-item ms-core-listMenu-item" href="/Lists/VanBan/AllItems.aspx"><span class="menu-item-text">Văn bản</span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item" href="javascript:;" onclick="window.open('https://dichvucong.gov.vn')"><span class="menu-item-text">Dịch vụ công</span></a></li>
</ul></div></div>
</div>
<div class="ms-tableCell ms-verticalAlignTop"><div id="searchInputBox"><input name="ctl00$PlaceHolderSearchArea$SmallSearchInputBox1$csr" type="text" maxlength="2048" title="Tìm kiếm..." class="ms-textSmall ms-srch-sb-prompt ms-helperText" value="Tìm kiếm..." /><a title="Tìm kiếm" class="ms-srch-sb-searchLink" href="javascript: {{}}" onclick="Srch.U.goSearch('/_layouts/15/osssearchresults.aspx');return false;"><img src="/_layouts/15/images/searchresultui.png?rev=23" alt="Tìm kiếm" /></a></div></div>
</div>
</div>
<div id="contentRow">
<div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList">
<div id="DeltaPlaceHolderLeftNavBar" class="ms-core-navigation" role="navigation">
<div class="ms-core-listMenu-verticalBox"><ul class="root ms-core-listMenu-root static">
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/GioiThieu.aspx"><span class="menu-item-text">Giới thiệu</span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Pages/CoCauToChuc.aspx"><span class="menu-item-text">Cơ cấu tổ chức</span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="{LIST_URL}/AllItems.aspx"><span class="menu-item-text">Tin tức - Sự kiện</span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Lists/ThuTucHanhChinh/AllItems.aspx"><span class="menu-item-text">Thủ tục hành chính</span></a></li>
<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Lists/HoiDap/NewForm.aspx"><span class="menu-item-text">Hỏi đáp</span></a></li>
</ul></div>
</div>
{self.side_html(request)}
</div>
<div id="contentBox" aria-live="polite" aria-relevant="all">
<div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
<div class="ms-breadcrumb-top"><span id="ctl00_PlaceHolderMain_SiteMapPath">{crumb}</span></div>
{main}
</div>
</div>
</div>
<div id="footer" class="ms-dialogHidden">
<div class="footer-inner">
<p><strong>{esc(portal.name.upper())}</strong></p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}</p>
<p>{esc(portal.licence)}</p>
<p>{esc(reuse_notice(portal))}</p>
</div>
</div>
</div>
</div>
<script type="text/javascript">
//<![CDATA[
var _spFormDigestRefreshInterval = 1440000;
ExecuteOrDelayUntilScriptLoaded(function() {{ SP.UI.Workspace.add_resized(function() {{}}); }}, 'sp.js');
//]]>
</script>
</form>
</body>
</html>
"""

    def side_html(self, request: Request) -> str:
        """The right-hand web parts (rendered under the quick launch): counter, procedures,
        poll, links."""
        stats = visitor_stats(request.seed)
        tthc = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<div><input type="radio" name="binhchon" id="bc{n}" value="{n}" />'
            f'<label for="bc{n}">{esc(option)}</label></div>'
            for n, option in enumerate(options)
        )
        return f"""<div class="ms-webpart-zone ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>Kết quả giải quyết TTHC</span></h2></div>
<div class="ms-WPBody"><p>Tháng {tthc["month"]}: đã giải quyết {thousands(tthc["total"])} hồ sơ</p><p>Đúng hạn: {thousands(tthc["ontime"])} ({tthc["percent"]}%)</p><p>Trễ hạn: {thousands(tthc["late"])}</p><a href="javascript:void(0)" onclick="window.open('https://dichvucong.gov.vn/p/home/dvc-thong-ke.html')">Xem chi tiết</a></div></div>
<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>Thăm dò ý kiến</span></h2></div>
<div class="ms-WPBody"><p>{esc(question)}</p>{choices}<input type="button" value="Biểu quyết" onclick="javascript:SendVote();" /> <a href="/Lists/BinhChon/AllItems.aspx">Xem kết quả</a></div></div>
<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>Liên kết website</span></h2></div>
<div class="ms-WPBody"><select onchange="if(this.value!='')window.open(this.value);"><option value="">-- Chọn liên kết --</option><option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option><option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option><option value="https://mic.gov.vn">Bộ Thông tin và Truyền thông</option></select>
<p><a href="https://dichvucong.gov.vn" target="_blank"><img src="/SiteAssets/banner-dvc.png" alt="Dịch vụ công trực tuyến" /></a></p></div></div>
<div class="ms-webpart-chrome ms-webpart-chrome-vertical"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>Thống kê truy cập</span></h2></div>
<div class="ms-WPBody" id="thongke"><p>Đang truy cập: {thousands(stats["online"])}</p><p>Hôm nay: {thousands(stats["today"])}</p><p>Tháng này: {thousands(stats["month"])}</p><p>Tổng lượt truy cập: {thousands(stats["total"])}</p></div></div>
</div>"""

    # -- home

    def home_html(self, request: Request) -> str:
        """The welcome page: "Tin nổi bật", "Tin mới", then one box per category."""
        items = self.latest(12)
        lead, more = (items[0], items[1:5]) if items else (None, [])
        featured = ""
        if lead:
            featured = (
                f'<div class="tin-noibat-chinh"><a href="{esc(self.detail_path(lead))}">'
                f'<img src="{esc(image_path(lead, 0, self.image_folder))}" alt="" /></a>'
                f'<h3><a href="{esc(self.detail_path(lead))}">{esc(lead.title)}</a></h3>'
                f'<p class="ms-vb2">{esc(lead.sapo())}</p></div>'
            )
        featured += "<ul>" + "".join(
            f'<li><a href="{esc(self.detail_path(it, lower=True))}">{esc(it.title)}</a></li>'
            for it in more
        )
        featured += "</ul>"
        newest = "".join(
            f'<li><a href="{esc(self.detail_path(it))}">{esc(it.title)}</a> '
            f'<span class="ms-vb2">({esc(sp_date(it.published))})</span></li>'
            for it in items[5:12]
        )
        boxes = []
        for section in self.sections.values():
            rows = "".join(
                f'<li><a href="{esc(self.detail_path(it))}">{esc(it.title)}</a></li>'
                for it in self.listed(section)[:3]
            )
            boxes.append(
                f'<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth">'
                f'<div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText">'
                f'<a href="{esc(self.listing_path(section))}">{esc(section.name)}</a></h2></div>'
                f'<div class="ms-WPBody"><ul class="dfwp-list">{rows}</ul>'
                f'<a class="xemthem" href="{esc(self.listing_path(section))}">Xem thêm »</a>'
                f"</div></div>"
            )
        main = f"""<div class="welcome-content">
<div class="ms-webpart-zone ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>Tin nổi bật</span></h2></div>
<div class="ms-WPBody">{featured}</div></div>
<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>Tin mới</span></h2></div>
<div class="ms-WPBody"><ul class="dfwp-list">{newest}</ul><a class="xemthem" href="{LIST_URL}/AllItems.aspx">Xem tất cả tin</a></div></div>
{"".join(boxes)}
</div>
</div>"""
        return self.page(f"Trang chủ - {self.portal.name}", request, main, [])

    # -- listing

    def listing_html(
        self, section: Section | None, start: int, shown: list[Item], request: Request
    ) -> str:
        """A list view: the ``ms-listviewtable`` and the "11 - 20" arrows pager."""
        items = self.listed(section)
        size = self.portal.page_size
        rows = []
        for n, it in enumerate(shown):
            alt = ' class="ms-alternating ms-itmhover"' if n % 2 else ' class="ms-itmhover"'
            if self.is_news(section):
                link = self.article_path(it)
            else:
                link = self.source_path(it, section, request.base_url)
            rows.append(
                f'<tr{alt} iid="{it.number},{it.number},0" setedgeborder="1">'
                f'<td class="ms-cellstyle ms-vb-title"><div class="ms-vb itx" id="{it.number}" '
                f'Field="LinkTitle" CTXName="ctx1"><a onfocus="OnLink(this)" '
                f'href="{esc(link)}" onclick="EditLink2(this,1);return false;" '
                f'target="_self">{esc(it.title)}</a></div></td>'
                f'<td class="ms-cellstyle ms-vb2">{esc(it.section.name)}</td>'
                f'<td class="ms-cellstyle ms-vb2"><nobr>{esc(sp_date(it.published))}</nobr></td>'
                f'<td class="ms-cellstyle ms-vb2">{esc(it.author or "")}</td>'
                f'<td class="ms-cellstyle ms-vb2 ms-vb-lastCell">'
                f"{view_count(request.seed + it.key)}</td></tr>"
            )
        prev = nxt = ""
        if start > 0:
            href = self.paged_path(section, shown[0], max(1, start - size + 1), previous=True)
            prev = (
                f'<a onclick=\'javascript:RefreshPageTo(event, "{esc(href)}");'
                f'javascript:return false;\' href="{esc(href)}" title="Trước">'
                f'<img src="/_layouts/15/images/prev.gif" border="0" alt="Trước" /></a>'
            )
        if start + size < len(items):
            href = self.paged_path(section, shown[-1], start + size + 1)
            nxt = (
                f'<a onclick=\'javascript:RefreshPageTo(event, "{esc(href)}");'
                f'javascript:return false;\' href="{esc(href)}" title="Tiếp">'
                f'<img src="/_layouts/15/images/next.gif" border="0" alt="Tiếp" /></a>'
            )
        pager = (
            f'<table class="ms-bottompaging" id="bottomPagingCellWPQ1"><tr>'
            f'<td class="ms-vb ms-paging">{prev}</td>'
            f'<td class="ms-paging">{start + 1} - {start + len(shown)}</td>'
            f'<td class="ms-paging">{nxt}</td></tr></table>'
        )
        heads = "".join(
            f'<th scope="col" class="ms-vh2"><div class="ms-vh-div" name="{field}">'
            f'<a class="ms-headerSortTitleLink" href="javascript:" '
            f"onclick=\"javascript:ListViewSortOrFilter(this, '{field}');return false;\">"
            f"{label}</a></div></th>"
            for field, label in (
                ("Title", "Tiêu đề"),
                ("Category", "Danh mục"),
                ("NgayDang", "Ngày đăng"),
                ("TacGia", "Tác giả"),
                ("LuotXem", "Lượt xem"),
            )
        )
        name = "Tin tức" if self.is_news(section) else section.name
        crumbs: list[tuple[str, str]] = [(f"{LIST_URL}/AllItems.aspx", "Tin tức")]
        if not self.is_news(section):
            crumbs.append(("", section.name))
        main = f"""<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ1" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>{esc(name)}</span></h2></div>
<div webpartid="{self.view_guid.lower()}" class="ms-WPBody noindex" id="WebPartWPQ1">
<table class="ms-listviewtable" id="{{{self.list_guid}}}-{{{self.view_guid}}}" summary="Tin tức" cellspacing="0" cellpadding="1" dir="None" o:WebQuerySourceHref="" xmlns:o="urn:schemas-microsoft-com:office:office">
<thead id="js-listviewthead-WPQ1"><tr valign="top" class="ms-viewheadertr ms-vhltr">{heads}</tr></thead>
<tbody>
{"".join(rows)}
</tbody></table>
{pager}
</div></div></div></div>"""
        return self.page(f"Tin tức - {name}", request, main, crumbs)

    # -- article

    def body_html(self, item: Item, revision: int) -> str:
        """The rich-text field: paragraphs, photos with their captions in a separate line."""
        parts = []
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                src = image_path(item, index, self.image_folder)
                parts.append(
                    f'<p style="text-align: center;"><img src="{esc(src)}" alt="" '
                    f'style="width: 600px; margin: 5px;" /></p>'
                )
                if caption:
                    parts.append(f'<p style="text-align: center;"><em>{esc(caption)}</em></p>')
        token = stable_token(item.key + "ext", 32, HEX)
        return (
            f'<div class="ms-rtestate-field"><div class="ExternalClass{token}">'
            + "".join(parts)
            + "</div></div>"
        )

    def related(self, item: Item) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.ctype_path(it))}">{esc(it.title)}</a> '
            f'<span class="ms-vb2">({esc(sp_date(it.published))})</span></li>'
            for it in self.others(item, 6)
        )
        return (
            '<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth tin-lienquan">'
            '<div class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText">'
            f'<span>Các tin khác</span></h2></div><div class="ms-WPBody"><ul class="dfwp-list">'
            f"{rows}</ul></div></div>"
        )

    def newest_box(self, item: Item) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(5, exclude=item)
        )
        return (
            '<div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div '
            'class="ms-webpart-chrome-title"><h2 class="ms-webpart-titleText"><span>Tin mới'
            f'</span></h2></div><div class="ms-WPBody"><ul class="dfwp-list">{rows}</ul></div></div>'
        )

    def article_html(self, item: Item, request: Request) -> str:
        if request.path.lower() == DETAIL_PAGE.lower():
            return self.detail_html(item, request)
        return self.dispform_html(item, request)

    def dispform_html(self, item: Item, request: Request) -> str:
        """The list's display form: one ``ms-formtable`` row per field."""
        revision = request.revision
        fields = [
            ("Tiêu đề", "Title", esc(item.title)),
            ("Danh mục", "Category", esc(item.section.name)),
            ("Ngày đăng", "NgayDang", esc(sp_date(item.published))),
            ("Nội dung", "NoiDung", self.body_html(item, revision)),
            ("Tác giả", "TacGia", esc(item.author or "")),
            ("Nguồn tin", "NguonTin", esc(item.source or "")),
            ("Lượt xem", "LuotXem", str(view_count(request.seed))),
        ]
        rows = "".join(
            f'<tr><td nowrap="true" valign="top" width="113px" class="ms-formlabel">'
            f'<h3 class="ms-standardheader"><a name="SPBookmark_{field}"></a>{label}</h3></td>'
            f'<td valign="top" width="350px" class="ms-formbody">\n'
            f'<!-- FieldName="{label}"\n FieldInternalName="{field}"\n -->\n{value}</td></tr>\n'
            for label, field, value in fields
        )
        modified = item.last_modified(revision)
        main = f"""<div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpart-chrome ms-webpart-chrome-fullWidth">
<div class="ms-WPBody" id="WebPartWPQ2">
<table border="0" cellpadding="2" cellspacing="0" width="100%" class="ms-toolbar"><tr><td class="ms-toolbar" nowrap="true"><a href="javascript:window.print();" class="ms-toolbar">Bản in</a></td><td class="ms-toolbar" nowrap="true"><a href="javascript:commonShowModalDialog('/_layouts/15/sendemail.aspx')" class="ms-toolbar">Gửi email</a></td></tr></table>
<table class="ms-formtable" style="margin-top: 8px;" border="0" cellpadding="0" cellspacing="0" width="100%">
{rows}</table>
<table cellpadding="0" cellspacing="0" width="100%" class="ms-formtoolbar"><tr>
<td class="ms-descriptiontext" nowrap="nowrap" id="ctl00_ctl40_g_info">
<span>Được tạo lúc {esc(sp_date(self.created(item)))} bởi <a href="javascript:" class="ms-peopleux-userdisplink">Biên tập viên</a></span><br />
<span>Được sửa đổi lần cuối lúc {esc(sp_date(modified))} bởi <a href="javascript:" class="ms-peopleux-userdisplink">Quản trị hệ thống</a></span>
</td><td width="99%"></td><td nowrap="nowrap"><input type="button" value="Đóng" class="ms-ButtonHeightWidth" onclick="javascript:window.history.back();" /></td>
</tr></table>
</div></div>
{self.related(item)}
{self.newest_box(item)}
</div>"""
        crumbs = [
            (f"{LIST_URL}/AllItems.aspx", "Tin tức"),
            (self.listing_path(item.section), item.section.name),
            ("", item.title),
        ]
        return self.page(f"Tin tức - {item.title}", request, main, crumbs)

    def detail_html(self, item: Item, request: Request) -> str:
        """The custom display page: a news layout over the same list item."""
        revision = request.revision
        byline = ""
        if item.author:
            byline += f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>'
        if item.source:
            byline += f'<p style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>'
        main = f"""<div class="tintuc-chitiet">
<h2 class="tintuc-tieude">{esc(item.title)}</h2>
<div class="tintuc-thongtin"><span class="tintuc-ngay">Ngày đăng: {esc(sp_date(item.published))}</span> | <span class="tintuc-luotxem">Lượt xem: {view_count(request.seed)}</span> | <a href="javascript:window.print();">Bản in</a></div>
{self.body_html(item, revision)}
{byline}
</div>
{self.related(item)}
{self.newest_box(item)}"""
        crumbs = [(self.listing_path(item.section), item.section.name), ("", item.title)]
        return self.page(item.title, request, main, crumbs)

    # -- others

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        return "\n".join(lines) + "\n"

    def error_html(self, status: int) -> str:
        portal = self.portal
        if status == 404:
            heading, text = "Không tìm thấy", "Không tìm thấy tệp hoặc mục bạn yêu cầu."
        else:
            heading, text = "Xin lỗi, đã xảy ra lỗi", "Đã xảy ra lỗi không mong muốn."
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<title>Lỗi</title><link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/error.css?rev={REV}"/></head>
<body><form method="post" action="/_layouts/15/error.aspx" id="aspnetForm">
<div id="s4-simple-card" class="ms-pub-logon"><div id="s4-simple-card-content">
<h1 class="ms-core-pageTitle"><span id="ctl00_PlaceHolderPageTitleInTitleArea_ErrorPageTitlePanel">{heading}</span></h1>
<div id="ms-error"><span id="ctl00_PlaceHolderMain_LabelMessage">{text}</span>
<p><span class="ms-descriptiontext">ID tương quan: {sp_guid(str(status)).lower()}</span></p>
<p><a href="/Pages/default.aspx">Quay về trang chủ {esc(portal.short_name)}</a></p></div>
</div></div></form></body></html>
"""
