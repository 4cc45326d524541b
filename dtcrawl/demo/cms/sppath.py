"""A SharePoint 2010/2013 publishing portal with a vendor's custom web parts (portal bichson).

Many provincial portals of the 2010s were built by one of a handful of Vietnamese vendors on
SharePoint Server publishing sites: a vendor master page inside SharePoint's own chrome
(``<div id="s4-workspace">``, the hidden ribbon row, ``__VIEWSTATE``/``__REQUESTDIGEST`` hidden
fields, ``_spPageContextInfo`` scripts, ``ctl00_PlaceHolderMain_...`` ids), news written as
publishing pages of the ``/portal/Pages`` library, and the vendor's web parts (lists of news,
"Tin đọc nhiều", "Kết quả giải quyết TTHC", a visitor counter, a links dropdown, a slider) in
web part zones whose parts carry SharePoint's title chrome. Listings are the vendor's web part
behind an IIS URL-rewrite rule that puts the page number in the path.

URL shapes (SharePoint and the rewrite rules match paths without regard to case):

- ``/`` and ``/portal`` answer 302 with ``http://<host>/portal/Pages/default.aspx`` (the home);
- article ``/portal/Pages/<y>-<m>-<d>/<Slug-cut-at-40-chars><6-char suffix>.aspx``: the folder
  is the publication day without zero padding, the slug the title folded to ASCII with its
  first capital kept, cut at 40 characters even in the middle of a word, then a random suffix
  glued to it (``Trien-khai-nen-tang-so-quoc-gia-ve-thangr9ku4q.aspx``);
- the old portal's detail page ``/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=<n>`` (with
  ``&l=Tintrongtinh&lv=4`` from "Tin đọc nhiều", bare from one home box): the old sub-site's
  page still hosts the vendor's news web part, which reads the item by its id and shows the
  same article (200, no redirect, no canonical link); an id that is gone answers 200 with the
  web part's "not found" message;
- print view ``/portal/pages/print.aspx?p=<n>`` (the title in bold glued to the lead);
- listing ``/portal/ChuyenMuc/<catid>/<Cat-Slug>.html`` (the menus' first page) and
  ``/portal/ChuyenMuc/PhanTrang/<catid>/<page>/<Cat-Slug>.html`` (the pager's pages, page 1
  included); the general news listing is category 1700;
- static pages ``/portal/Pages/Gioi-thieu.aspx``, ``Lien-he.aspx``, ``So-do-cong.aspx``;
- ``/portal/_layouts/15/Authenticate.aspx?Source=<page>`` (the sign-in link, different on every
  page) and list forms under ``/portal/Lists/`` answer 401 (anonymous users are locked out of
  list forms); robots.txt disallows both.

Hazards: the article page is a publishing page layout: the lead is a separate "summary" field
in bold with the "(Cổng TTĐT Bích Sơn) - " tag, the photo and its caption are the page-image
and caption fields between the lead and the rich-text content, each field preceded by a hidden
``<span style="display:none">`` label ("Nội dung trang", "Chú thích ảnh"), the rich text
carries SharePoint's zero-width spaces; the date reads "Ngày đăng: 04/01/2021 7:41 SA" (SA/CH:
12-hour clock); the byline and source are right-aligned lines after the content; "Tin liên
quan" and "Tin đọc nhiều" list titles with dates; the header shows a fixed "today" date and a
weather widget; the pager's first/previous/next/last arrows are images with no text, its "..."
links to the next block of five pages, and the last page's "next" arrow still points one page
further, where the web part answers 200 with an empty-list message; one listed article was
deleted from the library (404, SharePoint's error page), one photo is missing (404); one
"Tin đọc nhiều" link names an item that no longer exists (200, a message).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any
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
    listing_date,
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
from dtcrawl.demo.portals import PortalDef

HOME = "/portal/Pages/default.aspx"
LEGACY = "/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx"
LEGACY_PARAMS = "l=Tintrongtinh&lv=4"
PRINT = "/portal/pages/print.aspx"
AUTHENTICATE = "/portal/_layouts/15/Authenticate.aspx"
STYLE = "/portal/Style%20Library/BichSon"
IMAGES = "/portal/PublishingImages"
SLUG_CHARS = 40
BLOCK = 5  # the pager shows pages in blocks of five
#: The server's "today" (the header's date widget is rendered on the server).
TODAY = datetime(2025, 11, 24, 9, 14, 7)
VERSION = "15.0.4797.1000"
HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
#: An item of the old portal that "Tin đọc nhiều" still links but that no longer exists.
GONE_ITEM = (
    37_412,
    "Công bố danh mục thủ tục hành chính lĩnh vực bưu chính bị bãi bỏ",
    "29/12/2020",
)
WEATHER = ("Nắng nhẹ", "Có mây", "Mưa rào", "Âm u", "Sương mù")
AGENCIES = (
    ("https://chinhphu.vn", "Cổng Thông tin điện tử Chính phủ"),
    ("https://dichvucong.gov.vn", "Cổng Dịch vụ công quốc gia"),
    ("http://sokhcn.bichson.gov.vn", "Sở Khoa học và Công nghệ"),
    ("http://stc.bichson.gov.vn", "Sở Tài chính"),
    ("http://snnmt.bichson.gov.vn", "Sở Nông nghiệp và Môi trường"),
    ("http://syt.bichson.gov.vn", "Sở Y tế"),
    ("http://tpbichson.bichson.gov.vn", "UBND thành phố Bích Sơn"),
    ("http://huyenlungvan.bichson.gov.vn", "UBND huyện Lũng Vân"),
)
DOCUMENTS = (
    (14, "Quyết định số 2187/QĐ-UBND ban hành Kế hoạch chuyển đổi số tỉnh năm 2021"),
    (13, "Kế hoạch số 305/KH-UBND triển khai Đề án 06 trên địa bàn tỉnh"),
    (12, "Công văn số 4410/UBND-KGVX về bảo đảm an toàn thông tin mạng dịp cuối năm"),
    (11, "Chỉ thị số 09/CT-UBND về đẩy mạnh thanh toán không dùng tiền mặt"),
)
#: The portal's own pages of text (no date): lower-case path -> (title, paragraphs).
STATIC_PAGES = {
    "/portal/pages/gioi-thieu.aspx": (
        "Giới thiệu chung",
        (
            "Bích Sơn là tỉnh miền núi nằm ở vùng trung du, có địa hình đồi núi xen kẽ các thung "
            "lũng sông, khí hậu nhiệt đới gió mùa với mùa đông lạnh và khô.",
            "Tỉnh có một thành phố, một thị xã và chín huyện; dân cư gồm nhiều dân tộc cùng sinh "
            "sống, trong đó đồng bào dân tộc thiểu số chiếm gần một nửa dân số.",
            "Kinh tế của tỉnh dựa vào nông, lâm nghiệp, chế biến nông sản và du lịch sinh thái; "
            "những năm gần đây tỉnh chú trọng phát triển hạ tầng số và dịch vụ công trực tuyến.",
        ),
    ),
    "/portal/pages/lien-he.aspx": (
        "Liên hệ",
        (
            "Mọi ý kiến góp ý, tin bài cộng tác xin gửi về Ban Biên tập Cổng thông tin điện tử "
            "tỉnh theo địa chỉ dưới đây.",
            "Ban Biên tập tiếp nhận thông tin trong giờ hành chính các ngày làm việc trong tuần.",
        ),
    ),
}
SITEMAP_PAGE = "/portal/pages/so-do-cong.aspx"

_LISTING_FIRST = re.compile(r"^/portal/ChuyenMuc/(\d+)/[^/]+\.html$", re.I)
_LISTING_PAGE = re.compile(r"^/portal/ChuyenMuc/PhanTrang/(\d+)/(\d+)/[^/]+\.html$", re.I)


def page_slug(title: str) -> str:
    """The page file name's slug: the title folded, its first capital kept, cut at 40 characters
    (in the middle of a word if it falls there), no hyphen left at the end.

    >>> page_slug("Triển khai nền tảng số quốc gia về thanh toán điện tử")
    'Trien-khai-nen-tang-so-quoc-gia-ve-thanh'
    >>> page_slug("Tỉnh hội thảo ngắn")
    'Tinh-hoi-thao-ngan'
    """
    return slugify(title, keep_case=True)[:SLUG_CHARS].rstrip("-")


def sp_datetime(moment: datetime) -> str:
    """A date and time as SharePoint's vi-VN culture writes them (12-hour clock, SA/CH).

    >>> sp_datetime(datetime(2021, 1, 4, 7, 41))
    '04/01/2021 7:41 SA'
    >>> sp_datetime(datetime(2021, 1, 4, 12, 5))
    '04/01/2021 12:05 CH'
    >>> sp_datetime(datetime(2021, 1, 5, 0, 30))
    '05/01/2021 12:30 SA'
    >>> sp_datetime(datetime(2021, 1, 5, 19, 2))
    '05/01/2021 7:02 CH'
    """
    hour = moment.hour % 12 or 12
    return f"{dmy(moment)} {hour}:{moment.minute:02d} {'SA' if moment.hour < 12 else 'CH'}"


def js_path(path: str) -> str:
    """A path as SharePoint writes it inside its scripts (slashes escaped).

    >>> js_path("/portal/Pages/default.aspx")
    '\\\\u002fportal\\\\u002fPages\\\\u002fdefault.aspx'
    """
    return path.replace("/", "\\u002f")


def guid(seed: str) -> str:
    """A GUID drawn from ``seed``.

    >>> len(guid("x")), guid("x").count("-")
    (36, 4)
    """
    raw = stable_token(seed, 32, HEX)
    return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"


def rich_field(name: str, label: str, inner: str, control: str = "RichHtmlField") -> str:
    """A publishing field control as SharePoint 2013 renders it for readers: a hidden label (the
    field's display name) and the value in a ``ms-rtestate-field`` wrapper labelled by it.

    >>> field = rich_field("PageContent", "Nội dung trang", "<p>x</p>")
    >>> field.startswith('<div id="ctl00_PlaceHolderMain_PageContent_label" style=')
    True
    >>> ">Nội dung trang</div><div id=" in field, field.endswith("<p>x</p></div>")
    (True, True)
    """
    ident = f"ctl00_PlaceHolderMain_{name}"
    return (
        f'<div id="{ident}_label" style=\'display:none\'>{label}</div><div id="{ident}'
        f'__ControlWrapper_{control}" class="ms-rtestate-field" style="display:inline" '
        f'aria-labelledby="{ident}_label">{inner}</div>'
    )


class SpPathSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/8.5",
        "X-AspNet-Version": "4.0.30319",
        "X-Powered-By": "ASP.NET",
        "MicrosoftSharePointTeamServices": VERSION,
        "X-SharePointHealthScore": "0",
        "X-Content-Type-Options": "nosniff",
        "X-MS-InvokeApp": "1; RequireReadOnly",
    }
    number_base = 37_800
    number_stride = 11
    image_folder = IMAGES

    def __init__(self, portal: PortalDef, articles: Sequence[Any]):
        super().__init__(portal, articles)
        with_photos = [it for it in self.items if it.kind == "article" and it.images]
        # One photo the editors deleted from the image library; its pages still show it.
        self.missing_image = (
            image_path(with_photos[2], 0, IMAGES).lower() if len(with_photos) > 2 else ""
        )
        ranked = sorted(
            (it for it in self.items if it.kind == "article"),
            key=lambda it: (-view_count(it.key), it.key),
        )
        self.most_read = ranked[:6]

    def section_slug(self, name: str) -> str:
        return slugify(name, keep_case=True)

    # -- URLs

    def article_path(self, item: Item) -> str:
        moment = item.published
        folder = f"{moment.year}-{moment.month}-{moment.day}"
        return f"/portal/Pages/{folder}/{page_slug(item.title)}{stable_token(item.key, 6)}.aspx"

    def legacy_path(self, item: Item, full: bool = True) -> str:
        path = f"{LEGACY}?ItemID={item.number}"
        return f"{path}&{LEGACY_PARAMS}" if full else path

    def article_aliases(self, item: Item) -> list[str]:
        return [self.legacy_path(item), self.legacy_path(item, full=False)]

    def print_path(self, item: Item) -> str:
        return f"{PRINT}?p={item.number}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def section_of(self, section: Section | None) -> Section:
        return self.news if self.is_news(section) else section

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        shown = self.section_of(section)
        if page == 1:
            return f"/portal/ChuyenMuc/{shown.id}/{shown.slug}.html"
        return self.pager_path(section, page)

    def pager_path(self, section: Section | None, page: int) -> str:
        """A listing page as the pager links it (page 1 included)."""
        shown = self.section_of(section)
        return f"/portal/ChuyenMuc/PhanTrang/{shown.id}/{page}/{shown.slug}.html"

    def home_path(self) -> str:
        return "/"

    def photo(self, item: Item, index: int, rendition: int) -> str:
        return f"{image_path(item, index, IMAGES)}?RenditionID={rendition}"

    def thumb(self, item: Item) -> str:
        if item.images:
            return self.photo(item, 0, 9)
        return f"{STYLE}/images/no-image.jpg"

    # -- routing

    def render(
        self, path_and_query: str, revision: int = 0, base_url: str | None = None
    ) -> Response:
        path = path_and_query.split("?", 1)[0]
        if self.missing_image and path.lower() == self.missing_image:
            return self.error_response(404)
        return super().render(path_and_query, revision, base_url)

    def route(self, request: Request) -> Response | None:
        path = request.path
        lowered = path.lower().rstrip("/") or "/"
        params = {k.lower(): v for k, v in request.params.items()}
        if lowered in ("/", "/portal", "/portal/pages", "/default.aspx"):
            return Response(
                302,
                {
                    "Location": request.base_url + HOME,
                    "Content-Type": "text/html; charset=utf-8",
                    **self.family_headers,
                },
                f'<html><head><title>Object moved</title></head><body><h2>Object moved to <a href="'
                f'{esc(HOME)}">here</a>.</h2></body></html>'.encode(),
            )
        if lowered == HOME.lower():
            return self.html_response(self.home_html(request))
        match = _LISTING_FIRST.match(path) or _LISTING_PAGE.match(path)
        if match:
            ident = int(match.group(1))
            page = int(match.group(2)) if match.re is _LISTING_PAGE else 1
            section = None if ident == self.news.id else self.section_by_id(ident)
            if (section is None and ident != self.news.id) or page < 1:
                return None
            return self.html_response(self.listing_html(section, page, request))
        if lowered == LEGACY.lower():
            try:
                item = self.by_number.get(int(params.get("itemid", "")))
            except ValueError:
                item = None
            if item is None or item.kind != "article":
                return self.html_response(self.gone_html(request))
            return self.article_response(item, request)
        if lowered == PRINT.lower():
            try:
                item = self.by_number.get(int(params.get("p", "")))
            except ValueError:
                item = None
            if item is None or item.kind != "article":
                return self.error_response(404)
            return self.html_response(self.print_html(item, request))
        if lowered == AUTHENTICATE.lower() or lowered.startswith("/portal/lists/"):
            return self.unauthorized()
        if lowered in STATIC_PAGES or lowered == SITEMAP_PAGE:
            return self.html_response(self.static_html(lowered, request))
        for candidate, item in self.by_path.items():
            if candidate.lower() == lowered:
                return self.article_response(item, request)
        return None

    def unauthorized(self) -> Response:
        markup = (
            "<!DOCTYPE html><html><head><title>401 UNAUTHORIZED</title></head>"
            "<body>401 UNAUTHORIZED</body></html>"
        )
        headers = {"WWW-Authenticate": "NTLM", "SPRequestGuid": guid("401")}
        return self.html_response(markup, 401, headers)

    # -- the master page

    def hidden_fields(self, request: Request) -> str:
        digest = stable_token(request.seed + "digest", 128, "0123456789ABCDEF")
        state = stable_token(request.seed + "vs", 180, B64)
        return f"""<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />
<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />
<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />
<input type="hidden" name="MSOTlPn_View" id="MSOTlPn_View" value="0" />
<input type="hidden" name="MSOTlPn_ShowSettings" id="MSOTlPn_ShowSettings" value="False" />
<input type="hidden" name="MSOGallery_SelectedLibrary" id="MSOGallery_SelectedLibrary" value="" />
<input type="hidden" name="MSOGallery_FilterString" id="MSOGallery_FilterString" value="" />
<input type="hidden" name="MSOTlPn_Button" id="MSOTlPn_Button" value="none" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{digest},{TODAY:%d %b %Y %H:%M:%S} -0000" />
<input type="hidden" name="MSOSPWebPartManager_DisplayModeName" id="MSOSPWebPartManager_DisplayModeName" value="Browse" />
<input type="hidden" name="MSOSPWebPartManager_ExitingDesignMode" id="MSOSPWebPartManager_ExitingDesignMode" value="false" />
<input type="hidden" name="MSOWebPartPage_Shared" id="MSOWebPartPage_Shared" value="" />
<input type="hidden" name="MSOLayout_LayoutChanges" id="MSOLayout_LayoutChanges" value="" />
<input type="hidden" name="MSOLayout_InDesignMode" id="MSOLayout_InDesignMode" value="" />
<input type="hidden" name="MSOSPWebPartManager_OldDisplayModeName" id="MSOSPWebPartManager_OldDisplayModeName" value="Browse" />
<input type="hidden" name="MSOSPWebPartManager_StartWebPartEditingName" id="MSOSPWebPartManager_StartWebPartEditingName" value="false" />
<input type="hidden" name="MSOSPWebPartManager_EndWebPartEditing" id="MSOSPWebPartManager_EndWebPartEditing" value="false" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIB{state}" />
</div>"""

    def context_script(self, request: Request, web: str, item: Item | None) -> str:
        p = self.portal
        page = f'pageListId:"{{{guid(web + "pages")}}}", pageItemId:{item.number if item else 1}, '
        return f"""<script type="text/javascript">
//<![CDATA[
var _fV4UI = true;
var _spPageContextInfo = {{webServerRelativeUrl: "{js_path(web)}", webAbsoluteUrl: "http:{js_path("//" + p.domain + web)}", siteAbsoluteUrl: "http:{js_path("//" + p.domain)}", serverRequestPath: "{js_path(request.path)}", layoutsUrl: "_layouts{js_path("/15")}", webTitle: "{esc(p.name)}", webTemplate: "53", tenantAppVersion: "0", isAppWeb: false, webLogoUrl: "{js_path(STYLE)}{js_path("/images/logo.png")}", webLanguage: 1066, currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", clientServerTimeDelta: new Date("{TODAY:%Y-%m-%dT%H:%M:%S}.0000000Z") - new Date(), siteClientTag: "{stable_int(p.id, 100, 999)}${VERSION}", crossDomainPhotosEnabled:false, webUIVersion:15, webPermMasks:{{High:16,Low:196673}}, {page}pagePersonalizationScope:1, alertsEnabled:false, siteServerRelativeUrl: "{js_path("/")}", allowSilverlightPrompt:'True'}};
document.onreadystatechange=fnRemoveAllStatus; function fnRemoveAllStatus(){{removeAllStatus(true)}};
var L_Menu_BaseUrl="{js_path(web)}";
var L_Menu_LCID="1066";
var L_Menu_SiteTheme="null";
//]]>
</script>"""

    def webpart(self, wpq: int, title: str, body: str, extra: str = "") -> str:
        """A web part in SharePoint 2013's chrome (title bar, ``ms-WPBody noindex`` body)."""
        ident = guid(f"{self.portal.id}-wp-{wpq}")
        return f"""<div id="MSOZoneCell_WebPartWPQ{wpq}" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth {extra}"><div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth ">
<div class="ms-webpart-chrome-title" id="WebPartWPQ{wpq}_ChromeTitle"><span title="{esc(title)}" id="WebPartTitleWPQ{wpq}" class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>{esc(title)}</span><span id="WebPartCaptionWPQ{wpq}"></span></nobr></h2></span></div>
<div webpartid="{ident}" haspers="false" id="WebPartWPQ{wpq}" width="100%" class="ms-WPBody noindex " allowdelete="false" style="">{body}</div><div class="ms-clear"></div></div></div>"""

    def zone(self, ident: str, parts: list[str]) -> str:
        return (
            f'<div class="ms-webpart-zone ms-fullWidth" id="{ident}">'
            + '<div class="ms-webpart-zone-separator"></div>'.join(parts)
            + "</div>"
        )

    def frame(
        self,
        request: Request,
        *,
        title: str,
        crumbs: list[tuple[str | None, str]],
        main: str,
        action: str,
        web: str = "/portal",
        item: Item | None = None,
        bottom: str = "",
    ) -> str:
        p = self.portal
        children = "".join(
            f'<li class="dynamic"><a class="dynamic menu-item ms-core-listMenu-item ms-displayInline '
            f'ms-navedit-linkNode" href="{esc(self.listing_path(s))}"><span class="additional-'
            f'background ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(s.name)}'
            "</span></span></a></li>"
            for s in self.sections.values()
        )

        def top(href: str, label: str, sub: str = "") -> str:
            kids = f'<ul class="dynamic">{sub}</ul>' if sub else ""
            return (
                f'<li class="static{" dynamic-children" if sub else ""}"><a class="static '
                f"{'dynamic-children ' if sub else ''}menu-item ms-core-listMenu-item ms-displayInline "
                f'ms-navedit-linkNode" href="{esc(href)}"><span class="additional-background '
                f'ms-navedit-flyoutArrow"><span class="menu-item-text">{esc(label)}</span></span>'
                f"</a>{kids}</li>"
            )

        intro = (
            '<li class="dynamic"><a class="dynamic menu-item" href="/portal/Pages/Gioi-thieu.aspx">'
            '<span class="menu-item-text">Giới thiệu chung</span></a></li><li class="dynamic">'
            '<a class="dynamic menu-item" href="/portal/Pages/So-do-cong.aspx"><span class='
            '"menu-item-text">Sơ đồ cổng</span></a></li>'
        )
        menu = "".join(
            [
                top(HOME, "Trang chủ"),
                top("/portal/Pages/Gioi-thieu.aspx", "Giới thiệu", intro),
                top(self.listing_path(None), self.news.name, children),
                top("/portal/Lists/VanBan/AllItems.aspx", "Văn bản chỉ đạo"),
                top("https://dichvucong.bichson.gov.vn", "Dịch vụ công"),
                top("/portal/Pages/Lien-he.aspx", "Liên hệ"),
            ]
        )
        crumb = '<span class="bs-sep"> › </span>'.join(
            f'<span><a href="{esc(href)}">{esc(label)}</a></span>'
            if href
            else f'<span class="current">{esc(label)}</span>'
            for href, label in [(HOME, "Trang chủ"), *crumbs]
        )
        temp = stable_int(request.seed + "temp", 17, 31)
        sky = WEATHER[stable_int(request.seed + "sky", 0, len(WEATHER) - 1)]
        login = f"{AUTHENTICATE}?Source={quote(request.path, safe='')}"
        options = "".join(
            f'<option value="{esc(url)}">{esc(name)}</option>' for url, name in AGENCIES
        )
        left = self.zone(
            "bs-zone-left",
            [
                self.webpart(
                    2,
                    "Chuyên mục",
                    '<ul class="bs-cat">'
                    + "".join(
                        f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
                        for s in self.sections.values()
                    )
                    + "</ul>",
                ),
                self.webpart(3, "Kết quả giải quyết TTHC", self.tthc_box(request)),
                self.webpart(4, "Tin đọc nhiều", self.most_read_box()),
            ],
        )
        right = self.zone(
            "bs-zone-right",
            [
                self.webpart(6, "Tin mới", self.latest_box(item)),
                self.webpart(
                    7,
                    "Liên kết website",
                    '<select name="ctl00$g_0b5e$ddlLienKet" id="ctl00_g_0b5e_ddlLienKet" '
                    "onchange=\"javascript:if(this.value!='0')window.open(this.value,'_blank');\">"
                    f'<option value="0">-- Chọn liên kết --</option>{options}</select>'
                    '<div class="bs-banner"><a href="https://dichvucong.gov.vn" target="_blank"><img '
                    f'src="{STYLE}/images/banner-dvcqg.png" alt="" /></a><a href="'
                    'https://www.chinhphu.vn" target="_blank"><img src="'
                    f'{STYLE}/images/banner-chinhphu.png" alt="" /></a></div>',
                ),
                self.webpart(8, "Thống kê truy cập", self.counter_box(request)),
            ],
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" /><title>
	{esc(title)}
</title><link rel="shortcut icon" href="{STYLE}/images/favicon.ico" type="image/vnd.microsoft.icon" id="favicon" />
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2bpHeX9U8DH09TB5zpJcsQ%3D%3D" />
<link rel="stylesheet" type="text/css" href="{STYLE}/css/bichson-master.css" />
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZBeW3GnqNEt%2FRqIt%2BQzU1w%3D%3D"></script>
<script type="text/javascript" src="/ScriptResource.axd?d={stable_token(p.id + "sr", 40, B64[:62])}&amp;t=6119e399"></script>
<script type="text/javascript" src="/_layouts/15/blank.js?rev=ZaOXZEobVwykPO9g8hq%2F8A%3D%3D"></script>
<script type="text/javascript" src="{STYLE}/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="{STYLE}/js/jquery.nivo.slider.pack.js"></script>
<script type="text/javascript" src="{STYLE}/js/bichson.js"></script>
{self.context_script(request, web, item)}
</head>
<body>
<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>
<noscript><div class="noindex">Trình duyệt của bạn đang tắt JavaScript. Một số chức năng của trang có thể không hoạt động.</div></noscript>
<form method="post" action="{esc(action)}" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
{self.hidden_fields(request)}
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div id="ms-designer-ribbon">
<div id="s4-ribbonrow" style="display:none"><div id="globalNavBox" class="noindex"><div id="ribbonBox"><div id="s4-ribboncont">
<div class="ms-cui-ribbonTopBars"><div class="ms-cui-topBar1"></div><div class="ms-cui-topBar2"><div class="ms-cui-tts"><ul class="ms-cui-tts" role="tablist"><li class="ms-cui-tt ms-browseTab ms-cui-tt-s" id="Ribbon.Read-title"><a class="ms-cui-tt-a" href="javascript:;" title="Duyệt"><span class="ms-cui-tt-span">Duyệt</span></a></li><li class="ms-cui-tt" id="Ribbon.WebPartPage-title"><a class="ms-cui-tt-a" href="javascript:;" title="Trang"><span class="ms-cui-tt-span">Trang</span></a></li></ul></div></div></div>
</div></div></div></div>
</div>
<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer">
<div id="bs-header" class="noindex">
<div class="bs-topbar"><span class="bs-today">{weekday(TODAY)}, ngày {dmy(TODAY)}</span>
<span class="bs-weather"><img src="{STYLE}/images/thoitiet/{slugify(sky)}.png" alt="" /> {esc(p.province)}: {temp}°C - {esc(sky)}</span>
<span class="bs-login"><a id="ctl00_IdWelcome_ExplicitLogin" class="ms-signInLink" href="{esc(login)}" style="display:inline;">Đăng nhập</a></span></div>
<div class="bs-banner-top"><a href="/portal" title="{esc(p.name)}"><img src="{STYLE}/images/banner-top.jpg" alt="{esc(p.name)}" /></a></div>
<div class="ms-srch-sb ms-srch-sb-border" id="SearchBox"><input type="text" value="" maxlength="2048" title="Tìm kiếm..." id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" autocomplete="off" class="ms-textSmall ms-srch-sb-prompt ms-helperText" placeholder="Tìm kiếm..." /><a title="Tìm kiếm" class="ms-srch-sb-searchLink" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_SearchLink" onclick="EnsureScriptFunc('Search.ClientControls.js', 'Srch.U', function() {{$find('ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr').search($get('ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox').value);}})" href="javascript: {{}}"><img src="/_layouts/15/images/searchresultui.png?rev=23" class="ms-srch-sb-searchImg" alt="Tìm kiếm" /></a></div>
</div>
<div class="ms-displayInline ms-core-navigation" id="DeltaTopNavigation"><div id="zz1_TopNavigationMenu" class="noindex ms-core-listMenu-horizontalBox"><ul id="zz2_RootAspMenu" class="root ms-core-listMenu-root static">{menu}</ul></div></div>
<div id="bs-breadcrumb" class="ms-sitemapdirectional"><span id="ctl00_PlaceHolderTitleBreadcrumb_siteMapPath">{crumb}</span></div>
<div id="contentRow"><table class="bs-layout" width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="bs-col-left" valign="top" width="22%">{left}</td>
<td class="bs-col-main" valign="top"><div id="contentBox" aria-live="polite" aria-relevant="all"><div id="DeltaPlaceHolderMain">
<a id="mainContent" name="mainContent" tabindex="-1"></a>
{main}
</div>{bottom}</div></td>
<td class="bs-col-right" valign="top" width="22%">{right}</td>
</tr></table></div>
<div id="bs-footer" class="noindex">
<div class="bs-footer-menu"><a href="{HOME}">Trang chủ</a> | <a href="/portal/Pages/Gioi-thieu.aspx">Giới thiệu</a> | <a href="/portal/Pages/So-do-cong.aspx">Sơ đồ cổng</a> | <a href="/portal/Pages/Lien-he.aspx">Liên hệ</a></div>
<p><strong>{esc(p.name.upper())}</strong></p>
<p>Cơ quan chủ quản: {esc(p.agency)}</p>
<p>Trưởng Ban Biên tập: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)} - Thư điện tử: bbt@{esc(p.domain)}</p>
<p>{esc(reuse_notice(p))}</p>
</div>
</div></div>
<script type="text/javascript">
//<![CDATA[
_spBodyOnLoadFunctionNames.push("BSInitSlider");
var g_clientIdDeltaPlaceHolderMain = "DeltaPlaceHolderMain";
function WebForm_OnSubmit() {{ UpdateFormDigest('{js_path(web)}', 1440000); return true; }}
//]]>
</script>
</form>
</body>
</html>
"""

    # -- boxes

    def tthc_box(self, request: Request) -> str:
        t = tthc_stats(request.seed)
        return (
            f'<table class="bs-tthc" width="100%"><tr><th colspan="2">Năm {TODAY.year}</th></tr>'
            f"<tr><td>Hồ sơ đã tiếp nhận</td><td>{thousands(t['total'])}</td></tr>"
            f"<tr><td>Giải quyết đúng hạn</td><td>{thousands(t['ontime'])}</td></tr>"
            f"<tr><td>Giải quyết quá hạn</td><td>{thousands(t['late'])}</td></tr>"
            f"<tr><td>Tỷ lệ đúng hạn</td><td><b>{t['percent']}%</b></td></tr></table>"
            '<a class="bs-more" href="https://dichvucong.bichson.gov.vn/thong-ke" target="_blank">'
            "Xem chi tiết</a>"
        )

    def most_read_box(self) -> str:
        rows = [
            f'<li><a href="{esc(self.legacy_path(it))}">{esc(it.title)}</a> '
            f'<span class="bs-date">{listing_date(it.published)}</span></li>'
            for it in self.most_read
        ]
        number, title, day = GONE_ITEM
        rows.append(
            f'<li><a href="{LEGACY}?ItemID={number}&amp;{LEGACY_PARAMS.replace("&", "&amp;")}">'
            f'{esc(title)}</a> <span class="bs-date">({day})</span></li>'
        )
        return f'<ul class="bs-docnhieu">{"".join(rows)}</ul>'

    def latest_box(self, exclude: Item | None) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(6, exclude)
        )
        return f'<ul class="bs-tinmoi">{rows}</ul>'

    def counter_box(self, request: Request) -> str:
        v = visitor_stats(request.seed)
        yesterday = stable_int(request.seed + "yesterday", 2_000, 19_000)
        return (
            '<ul class="bs-counter">'
            f'<li>Đang online: <span id="ctl00_g_7c1d_lblOnline">{thousands(v["online"])}</span></li>'
            f'<li>Hôm nay: <span id="ctl00_g_7c1d_lblToday">{thousands(v["today"])}</span></li>'
            f'<li>Hôm qua: <span id="ctl00_g_7c1d_lblYesterday">{thousands(yesterday)}</span></li>'
            f'<li>Tháng này: <span id="ctl00_g_7c1d_lblMonth">{thousands(v["month"])}</span></li>'
            f'<li>Tổng lượt truy cập: <span id="ctl00_g_7c1d_lblTotal">{thousands(v["total"])}'
            "</span></li></ul>"
        )

    # -- home

    def home_html(self, request: Request) -> str:
        articles = [it for it in self.items if it.kind == "article"]
        # The slider shows the newest articles that have a photo ("Tin nổi bật" of the vendor).
        top = [it for it in articles if it.images][:5]
        slides = "".join(
            f'<a href="{esc(self.article_path(it))}"><img src="{esc(self.thumb(it))}" alt="" '
            f'title="#htmlcaption{i}" /></a>'
            for i, it in enumerate(top, 1)
        )
        captions = "".join(
            f'<div id="htmlcaption{i}" class="nivo-html-caption"><a href="'
            f'{esc(self.article_path(it))}">{esc(it.title)}</a></div>'
            for i, it in enumerate(top, 1)
        )
        side = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="bs-date">{listing_date(it.published)}</span></li>'
            for it in [it for it in articles if it not in top][:5]
        )
        parts = [
            self.webpart(
                10,
                "Tin nổi bật",
                f'<div class="slider-wrapper theme-default"><div id="slider" class="nivoSlider">'
                f'{slides}</div>{captions}</div><ul class="bs-noibat-list">{side}</ul>',
                "bs-slider",
            )
        ]
        sections = list(self.sections.values())
        for index, section in enumerate(sections):
            listed = [it for it in self.listed(section) if it.kind == "article"][:4]
            if not listed:
                continue
            # The last box is the old portal's web part: it still links the old detail page.
            old = index == len(sections) - 1

            def href(it: Item, old: bool = old) -> str:
                return self.legacy_path(it, full=False) if old else self.article_path(it)

            first = listed[0]
            rows = "".join(
                f'<li><a href="{esc(href(it))}">{esc(it.title)}</a> '
                f'<span class="bs-date">{listing_date(it.published)}</span></li>'
                for it in listed[1:]
            )
            body = (
                f'<div class="bs-box-first"><a href="{esc(href(first))}"><img src="'
                f'{esc(self.thumb(first))}" alt="" /></a><a class="bs-title" href="'
                f'{esc(href(first))}">{esc(first.title)}</a> <span class="bs-date">'
                f"{listing_date(first.published)}</span><p>{esc(first.sapo(request.revision))}"
                f'</p></div><ul class="bs-box-list">{rows}</ul><a class="bs-more" href="'
                f'{esc(self.listing_path(section))}">Xem tất cả »</a>'
            )
            parts.append(self.webpart(11 + index, section.name, body, "bs-home-box"))
        documents = "".join(
            f'<li><a href="/portal/Lists/VanBan/DispForm.aspx?ID={ident}">{esc(text)}</a></li>'
            for ident, text in DOCUMENTS
        )
        parts.append(self.webpart(20, "Văn bản mới", f'<ul class="bs-vanban">{documents}</ul>'))
        main = self.zone("bs-zone-home", parts)
        return self.frame(
            request, title=self.portal.name, crumbs=[], main=main, action="./default.aspx"
        )

    # -- listings

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        """Image arrows (first, previous, next, last), the numbers of the current block of five,
        "..." to the blocks before and after. The "next" arrow is shown on the last page too."""
        if pages <= 1:
            return ""

        def arrow(target: int | None, name: str, label: str) -> str:
            image = f'<img src="{STYLE}/images/pager/{name}.gif" alt="" border="0" />'
            if target is None:
                return f'<span class="bs-pager-off">{image}</span>'
            return f'<a href="{esc(self.pager_path(section, target))}" title="{label}">{image}</a>'

        start = (page - 1) // BLOCK * BLOCK + 1
        end = min(pages, start + BLOCK - 1)
        parts = [
            arrow(1 if page > 1 else None, "first", "Trang đầu"),
            arrow(page - 1 if page > 1 else None, "prev", "Trang trước"),
        ]
        if start > 1:
            parts.append(f'<a href="{esc(self.pager_path(section, start - 1))}">...</a>')
        for n in range(start, end + 1):
            if n == page:
                parts.append(f'<span class="bs-pager-current">{n}</span>')
            else:
                parts.append(f'<a href="{esc(self.pager_path(section, n))}">{n}</a>')
        if end < pages:
            parts.append(f'<a href="{esc(self.pager_path(section, end + 1))}">...</a>')
        parts.append(arrow(page + 1, "next", "Trang sau"))
        parts.append(arrow(pages, "last", "Trang cuối"))
        return f'<div class="bs-pager" id="ctl00_PlaceHolderMain_g_4f2a_pnlPager">{" ".join(parts)}</div>'

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        shown = self.section_of(section)
        items, pages = self.page_of(self.listed(section), page)
        rows = []
        for index, it in enumerate(items):
            href = esc(self.article_path(it))
            rows.append(
                f'<div class="bs-news-item" id="ctl00_PlaceHolderMain_g_4f2a_rptTin_ctl{index:02d}_pnl">'
                f'<a class="bs-thumb" href="{href}"><img src="{esc(self.thumb(it))}" alt="" /></a>'
                f'<div class="bs-info"><a class="bs-title" href="{href}">{esc(it.title)}</a> '
                f'<span class="bs-date">{listing_date(it.published)}</span>'
                f'<p class="bs-sapo">{esc(it.sapo(request.revision))}</p></div></div>'
            )
        if rows:
            body = (
                f'<div class="bs-news-list">{"".join(rows)}</div>{self.pager(section, page, pages)}'
            )
        else:
            body = '<div class="bs-empty">Chưa có tin bài nào trong mục này.</div>'
        main = self.zone("bs-zone-list", [self.webpart(30, shown.name, body, "bs-list")])
        action = "./" + self.pager_path(section, page).rsplit("/", 1)[1]
        return self.frame(
            request,
            title=f"{shown.name}",
            crumbs=([(self.listing_path(None), self.news.name)] if shown is not self.news else [])
            + [(None, shown.name)],
            main=main,
            action=action,
        )

    # -- articles

    def article_body(self, item: Item, revision: int) -> tuple[str, str, str]:
        """The summary (the lead with the portal's tag), the page-image block and the rich
        text of ``item``."""
        blocks = body_blocks(item, revision)
        summary, figure, content = "", "", []
        lead_done = False
        for kind, value in blocks:
            if kind == "p" and not lead_done:
                lead_done = True
                tag = self.portal.lead_prefix or ""
                summary = (
                    '<div class="bs-summary">'
                    + rich_field("SummaryField", "Tóm tắt", f"<b>{esc(tag)}{esc(value)}</b>")
                    + "</div>"
                )
                continue
            if kind == "p":
                content.append(f'<p style="text-align:justify;">{esc(value)}</p>')
                continue
            index, caption = value
            if not figure and not content:
                image = (
                    f'<div class="ms-rtestate-field"><img alt="" src="{esc(self.photo(item, index, 6))}" '
                    'style="BORDER:0px solid;" /></div>'
                )
                figure = (
                    '<div class="captioned-image"><div class="image">'
                    + rich_field("ImageField", "Hình ảnh trang", image, "RichImageField")
                    + '</div><div class="caption">'
                    + rich_field("CaptionField", "Chú thích ảnh", f"{esc(caption)}&#8203;")
                    + "</div></div>"
                )
                continue
            content.append(
                f'<div style="text-align:center;"><img alt="" src="{esc(self.photo(item, index, 6))}" '
                'style="margin:5px;width:550px;" /></div><div style="text-align:center;"><span '
                f'style="font-size:9pt;"><em>{esc(caption)}</em></span></div>'
            )
        rich = (
            '<div class="bs-content">'
            + rich_field(
                "PageContent", "Nội dung trang", "&#8203;" + "".join(content) + "<p>&#8203;</p>"
            )
            + "</div>"
        )
        return summary, figure, rich

    def article_html(self, item: Item, request: Request) -> str:
        revision = request.revision
        legacy = request.path.lower() == LEGACY.lower()
        summary, figure, rich = self.article_body(item, revision)
        modified = item.shown_modified(revision)
        updated = (
            f' <span class="bs-updated">| Cập nhật: {sp_datetime(modified)}</span>'
            if modified
            else ""
        )
        byline = ""
        if item.author:
            byline += (
                f'<div class="bs-author" style="text-align:right;"><b>{esc(item.author)}</b></div>'
            )
        if item.source:
            byline += (
                f'<div class="bs-source" style="text-align:right;"><i>Nguồn: {esc(item.source)}</i>'
                "</div>"
            )
        page_url = request.base_url + self.article_path(item)
        main = f"""<div class="bs-article" id="ctl00_PlaceHolderMain_pnlArticle">
<div class="article-header">
<h1 class="bs-article-title"><span id="ctl00_PlaceHolderMain_TitleField">{esc(item.title)}</span></h1>
<div class="bs-meta"><span class="bs-dateline" id="ctl00_PlaceHolderMain_ArticleDate">Ngày đăng: {sp_datetime(item.published)}</span>{updated} <span class="bs-views">| Lượt xem: {thousands(view_count(item.key))}</span></div>
<div class="bs-fontsize noindex">Cỡ chữ: <a href="javascript:ChangeFontSize(-1);">A-</a> <a href="javascript:ChangeFontSize(0);">A</a> <a href="javascript:ChangeFontSize(1);">A+</a></div>
</div>
{summary}
{figure}
{rich}
{byline}
<div class="bs-tools noindex"><a href="{esc(self.print_path(item))}" target="_blank"><img src="{STYLE}/images/icon-print.gif" alt="" /> In trang</a> <a href="mailto:?subject={esc(quote(item.title))}&amp;body={esc(quote(page_url))}"><img src="{STYLE}/images/icon-mail.gif" alt="" /> Gửi email</a> <a href="https://www.facebook.com/sharer/sharer.php?u={esc(quote(page_url, safe=""))}" target="_blank"><img src="{STYLE}/images/icon-facebook.gif" alt="" /> Chia sẻ</a> <a href="#s4-workspace"><img src="{STYLE}/images/icon-top.gif" alt="" /> Về đầu trang</a></div>
</div>"""
        related = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="bs-date">{listing_date(it.published)}</span></li>'
            for it in self.others(item, 8)
            if it.kind == "article"
        )
        bottom = self.zone(
            "bs-zone-bottom",
            [self.webpart(40, "Tin liên quan", f'<ul class="bs-lienquan">{related}</ul>')],
        )
        if legacy:
            crumbs = [(None, "Nội dung"), (None, "Tin trong tỉnh")]
            action = f"./chi-tiet-tin-tuc.aspx?ItemID={item.number}&{LEGACY_PARAMS}"
            web = "/noidung/tintuc"
        else:
            crumbs = [
                (self.listing_path(None), self.news.name),
                (self.listing_path(item.section), item.section.name),
            ]
            action = "./" + self.article_path(item).rsplit("/", 1)[1]
            web = "/portal"
        return self.frame(
            request,
            title=item.title,
            crumbs=crumbs,
            main=main,
            action=action,
            web=web,
            item=item,
            bottom=bottom,
        )

    def gone_html(self, request: Request) -> str:
        """The old detail page for an id that no longer exists: the web part's message, 200."""
        main = self.zone(
            "bs-zone-detail",
            [
                self.webpart(
                    31,
                    "Chi tiết tin",
                    '<div class="bs-empty">Tin bài không tồn tại hoặc đã bị xóa khỏi hệ thống.</div>',
                )
            ],
        )
        return self.frame(
            request,
            title="Chi tiết tin",
            crumbs=[(None, "Nội dung"), (None, "Tin trong tỉnh")],
            main=main,
            action="./chi-tiet-tin-tuc.aspx",
            web="/noidung/tintuc",
        )

    def print_html(self, item: Item, request: Request) -> str:
        paragraphs = item.body(request.revision)
        lead = esc(paragraphs[0]) if paragraphs else ""
        rest = "".join(f"<p>{esc(p)}</p>" for p in paragraphs[1:])
        byline = f'<p style="text-align:right"><b>{esc(item.author)}</b></p>' if item.author else ""
        if item.source:
            byline += f'<p style="text-align:right"><i>Nguồn: {esc(item.source)}</i></p>'
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>In bài viết</title><link rel="stylesheet" type="text/css" href="{STYLE}/css/print.css" /></head>
<body onload="window.print();"><form method="post" action="./print.aspx?p={item.number}" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTIx{stable_token(request.seed, 48, B64)}" /></div>
<div class="print-header"><img src="{STYLE}/images/logo-print.png" alt="" /> {esc(self.portal.name.upper())}</div>
<div class="print-content"><div class="print-date">Ngày đăng: {sp_datetime(item.published)}</div>
<p><b>{esc(item.title)}</b>{lead}</p>{rest}{byline}</div>
<div class="print-footer">Địa chỉ bài viết: {esc(request.base_url)}{esc(self.article_path(item))}</div>
</form></body></html>"""

    # -- other pages

    def static_html(self, lowered: str, request: Request) -> str:
        if lowered == SITEMAP_PAGE:
            title = "Sơ đồ cổng"
            links = "".join(
                f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
                for s in [self.news, *self.sections.values()]
            )
            text = (
                f'<ul class="bs-sitemap"><li><a href="{HOME}">Trang chủ</a></li>{links}'
                '<li><a href="/portal/Pages/Gioi-thieu.aspx">Giới thiệu chung</a></li>'
                '<li><a href="/portal/Pages/Lien-he.aspx">Liên hệ</a></li></ul>'
            )
        else:
            title, paragraphs = STATIC_PAGES[lowered]
            text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
            if lowered.endswith("lien-he.aspx"):
                p = self.portal
                text += (
                    f"<p>{esc(p.agency)}<br />Địa chỉ: {esc(p.address)}<br />Điện thoại: "
                    f"{esc(p.phone)}<br />Thư điện tử: bbt@{esc(p.domain)}</p>"
                )
        main = (
            f'<div class="bs-static"><h1 class="bs-article-title">{esc(title)}</h1>'
            '<div id="ctl00_PlaceHolderMain_PageContent__ControlWrapper_RichHtmlField" '
            f'class="ms-rtestate-field" style="display:inline">{text}</div></div>'
        )
        action = "./" + lowered.rsplit("/", 1)[1]
        return self.frame(request, title=title, crumbs=[(None, title)], main=main, action=action)

    def error_html(self, status: int) -> str:
        message = (
            "Không tìm thấy tệp hoặc trang bạn yêu cầu."
            if status == 404
            else "Đã xảy ra lỗi không mong muốn trong quá trình xử lý yêu cầu."
        )
        correlation = guid(f"{self.portal.id}-error-{status}")
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><title>
	Lỗi
</title><link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/error.css?rev=nc1ZLgEYCNi1mcuLN7yUbA%3D%3D" /></head>
<body><form method="post" action="./error.aspx" id="aspnetForm">
<div id="ms-error-header" class="ms-pr"><h1 class="ms-core-pageTitle">Rất tiếc, đã có sự cố</h1></div>
<div id="ms-error"><div id="ms-error-body"><div id="ms-error-content">
<div><span id="ctl00_PlaceHolderMain_LabelMessage">{message}</span></div>
<div class="ms-error-techMsg"><p>Mã tương quan: {correlation}</p><p>Thời gian: {sp_datetime(TODAY)}</p></div>
<div class="ms-error-link"><a href="/portal" id="ctl00_PlaceHolderMain_ReturnLink">Quay lại trang web</a></div>
</div></div></div></form></body></html>"""
