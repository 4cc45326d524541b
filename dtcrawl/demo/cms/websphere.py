"""IBM WebSphere Portal + Web Content Manager (WCM) family (bachlong): a theme of portlets.

URL shapes (``<z1>`` is an opaque navigational-state token, minted afresh on every page, so the
same target gets a different URL from each page that links to it; every portal URL ends in the
constant ``/dz/d5/L2dBISEvZ0FBIS9nQSEh/``):
- ``/`` → 302 ``/wps/portal/`` → 302 ``/wps/portal/Home/!ut/p/z1/<z1>/dz/d5/…/`` (the home state);
  the friendly home ``/wps/portal/Home`` is the start page;
- news listing ``/wps/portal/Home/tin-tuc``, topic listings ``/wps/portal/Home/tin-tuc/<slug>``;
  the WCM navigator pager ("Trang đầu ‹ 1 2 3 … › Trang cuối") links page N by a RELATIVE query
  ``?WCM_PI=1&WCM_Page.<menu id>=N``, resolved against the page's ``<base href>`` (a state URL);
- article, friendly: ``/wps/portal/Home/chi-tiet-tin-tuc/<slug>`` (the gold path; linked from
  "Tin cùng chuyên mục");
- article by WCM path: ``/wps/portal/Home/tin-tuc/chi-tiet?1dmy&urile=wcm%3apath%3a/<library>/
  <site>/<section>/<slug>`` (news listing), or the relative ``?1dmy&urile=…`` of topic listings
  (so ``<state URL>?1dmy&urile=…``); by content id: ``…/chi-tiet?1dmy&urile=wcm%3aoid%3a<GUID>``
  (home "Tin nổi bật");
- article state URLs ``/wps/portal/Home/!ut/p/z1/<z1>/dz/d5/L2dBISEvZ0FBIS9nQSEh/`` (sidebar "Tin
  mới", home section boxes); a token the portal cannot decode falls back to the home page (200);
- bare WCM rendering (print view, "Bản in"): ``/wps/wcm/connect/<library>/<site>/<section>/<slug>
  ?presentationtemplate=…`` (no theme: title, date, body);
- images ``/wps/wcm/connect/<GUID>/<name>.jpg?MOD=AJPERES&CACHEID=ROOTWORKSPACE-<GUID>-<token>``.
No page carries ``<link rel="canonical">``: the theme emits ``<base href>`` (the state URL), a
``com.ibm.lotus.NavStateUrl`` alternate link and a ``rel="bookmark"`` link to the PORTAL PAGE (the
shared detail page ``/wps/portal/Home/tin-tuc/chi-tiet`` on every article); article pages add an
``og:url`` with the friendly article URL. Dates: "Cập nhật: 07:34, 23/04/2022 (GMT+7)" on
articles, "Ngày 08/05/2025 20:45:46" in listings and print views. Photos are centred paragraphs
followed by a centred italic caption paragraph (the WCM rich-text editor's output).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import uuid
from datetime import datetime
from urllib.parse import unquote

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    dmy,
    esc,
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
)

PORTAL_ROOT = "/wps/portal"
HOME = "/wps/portal/Home"
NEWS = "/wps/portal/Home/tin-tuc"
DETAIL_PAGE = "/wps/portal/Home/tin-tuc/chi-tiet"
FRIENDLY_ARTICLE = "/wps/portal/Home/chi-tiet-tin-tuc/"
STATE_PREFIX = "/wps/portal/Home/!ut/p/z1/"
STATE_TAIL = "/dz/d5/L2dBISEvZ0FBIS9nQSEh/"
WCM_CONNECT = "/wps/wcm/connect"
LIBRARY = "bachlong_noidung"
WCM_SITE = "congttdt"
PRINT_TEMPLATE = "bachlong_thietke/pt-ban-in"
STATIC_PAGES = {
    "gioi-thieu": "Giới thiệu",
    "van-ban": "Văn bản chỉ đạo điều hành",
    "lien-he": "Liên hệ",
}
_TOKEN_MAGIC = "04_"
_STATE_MARK = "wps"
_ALPHABET_ID = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def encode_state(state: dict[str, str], minted_on: str) -> str:
    """An opaque navigational-state token for ``state``, different for each ``minted_on`` page.

    >>> token = encode_state({"k": "home"}, "page-a")
    >>> decode_state(token)
    {'k': 'home'}
    >>> token != encode_state({"k": "home"}, "page-b")
    True
    """
    salt = hashlib.sha256(minted_on.encode("utf-8")).digest()[:9]
    fields = "|".join(f"{k}={v}" for k, v in state.items())
    window = "Z7_" + stable_token(minted_on + fields, 20, _ALPHABET_ID)
    # the render parameters of the page's other portlets, carried along in the state
    carried = "".join(
        f"Z7_{stable_token(minted_on + str(n), 20, _ALPHABET_ID)}!ns!{stable_token(str(n), 6)};"
        for n in range(stable_int(minted_on, 2, 5))
    )
    data = f"{_STATE_MARK}|{fields}|w={window}!nm!vi|r={carried}".encode()
    masked = bytes(a ^ b for a, b in zip(data, _keystream(salt, len(data)), strict=True))
    return _TOKEN_MAGIC + base64.urlsafe_b64encode(salt + masked).decode("ascii").rstrip("=")


def decode_state(token: str) -> dict[str, str] | None:
    """The state dict of a token made by :func:`encode_state`, or None when it is not one.

    >>> decode_state("04_garbage") is None
    True
    """
    if not token.startswith(_TOKEN_MAGIC):
        return None
    packed = token[len(_TOKEN_MAGIC) :]
    try:
        raw = base64.urlsafe_b64decode(packed + "=" * (-len(packed) % 4))
    except (binascii.Error, ValueError):
        return None
    salt, masked = raw[:9], raw[9:]
    data = bytes(a ^ b for a, b in zip(masked, _keystream(salt, len(masked)), strict=True))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    parts = text.split("|")
    if len(parts) < 2 or parts[0] != _STATE_MARK:
        return None
    state = dict(part.split("=", 1) for part in parts[1:] if "=" in part)
    state.pop("w", None)
    state.pop("r", None)
    return state


def _keystream(salt: bytes, length: int) -> bytes:
    out = b""
    counter = 0
    while len(out) < length:
        out += hashlib.sha256(salt + counter.to_bytes(4, "big")).digest()
        counter += 1
    return out[:length]


def content_guid(seed: str) -> str:
    """A WCM content id (a UUID) drawn from ``seed``.

    >>> len(content_guid("bachlong-bench-0")), content_guid("x") == content_guid("x")
    (36, True)
    """
    return str(uuid.UUID(bytes=hashlib.sha1(seed.encode("utf-8")).digest()[:16]))


def updated_stamp(moment: datetime) -> str:
    """The article-page date line of the theme.

    >>> updated_stamp(datetime(2022, 4, 23, 7, 34))
    'Cập nhật: 07:34, 23/04/2022 (GMT+7)'
    """
    return f"Cập nhật: {moment:%H:%M}, {dmy(moment)} (GMT+7)"


def listing_stamp(moment: datetime) -> str:
    """The listing and print-view date of the WCM presentation templates.

    >>> listing_stamp(datetime(2025, 5, 8, 20, 45, 46))
    'Ngày 08/05/2025 20:45:46'
    """
    return f"Ngày {dmy(moment)} {moment:%H:%M:%S}"


class WebSphereSite(CmsSite):
    family_headers = {
        "Server": "IBM_HTTP_Server",
        "Content-Language": "vi",
        "X-Powered-By": "Servlet/3.0",
        "Expires": "Thu, 01 Dec 1994 16:00:00 GMT",
    }

    def __init__(self, portal, articles):  # noqa: ANN001 - CmsSite's signature
        super().__init__(portal, articles)
        self.guid = {it.key: content_guid(portal.id + it.key) for it in self.items}
        self.by_guid = {g: self.by_key[k] for k, g in self.guid.items()}
        self.by_wcm_path = {self.wcm_path(it).lower(): it for it in self.items}

    # -- URLs

    def article_path(self, item: Item) -> str:
        return FRIENDLY_ARTICLE + slugify(item.title)

    def wcm_path(self, item: Item) -> str:
        """The item's WCM path: ``/<library>/<site>/<section>/<name>``."""
        section = "tin-tuc" if self.is_news(item.section) else item.section.slug
        return f"/{LIBRARY}/{WCM_SITE}/{section}/{slugify(item.title)}"

    def urile_query(self, item: Item, by_id: bool = False) -> str:
        if by_id:
            return f"?1dmy&urile=wcm%3aoid%3a{self.guid[item.key]}"
        return f"?1dmy&urile=wcm%3apath%3a{self.wcm_path(item)}"

    def state_path(self, state: dict[str, str], minted_on: str) -> str:
        return STATE_PREFIX + encode_state(state, minted_on) + STATE_TAIL

    def item_state(self, item: Item) -> dict[str, str]:
        return {"k": "item", "p": "Z6_CHITIET", "c": self.guid[item.key]}

    def list_state(self, section: Section | None, page: int = 1) -> dict[str, str]:
        ident = self.news.id if self.is_news(section) else section.id
        return {"k": "list", "s": str(ident), "n": str(page)}

    def print_path(self, item: Item) -> str:
        return f"{WCM_CONNECT}{self.wcm_path(item)}?presentationtemplate={PRINT_TEMPLATE}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def menu_id(self, section: Section | None) -> str:
        """The hex id of the WCM menu component that lists ``section`` (names its pager)."""
        name = self.news.name if self.is_news(section) else section.name
        return content_guid(self.portal.id + "menu" + name).replace("-", "")

    def page_query(self, section: Section | None, page: int) -> str:
        return f"?WCM_PI=1&WCM_Page.{self.menu_id(section)}={page}"

    def section_path(self, section: Section | None) -> str:
        return NEWS if self.is_news(section) else f"{NEWS}/{section.slug}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = self.section_path(section)
        return base if page == 1 else base + self.page_query(section, page)

    def home_path(self) -> str:
        return HOME

    def image_src(self, item: Item, index: int) -> str:
        guid = self.guid[item.key]
        name = "anh-dai-dien" if index < 0 else stable_token(item.key + str(index), 8)
        cache = stable_token(item.key + "cache" + str(index), 7, _ALPHABET_ID.lower())
        return f"{WCM_CONNECT}/{guid}/{name}.jpg?MOD=AJPERES&CACHEID=ROOTWORKSPACE-{guid}-{cache}"

    def link(self, item: Item, where: str, seed: str) -> str:
        """How a box links an article: each WCM component renders its links its own way."""
        if item.kind != "article" or where == "related":  # broken pages have one URL only
            return self.article_path(item)
        if where == "featured":
            return DETAIL_PAGE + self.urile_query(item, by_id=True)
        if where == "state":
            return self.state_path(self.item_state(item), seed + item.key)
        if where == "news":
            return DETAIL_PAGE + self.urile_query(item)
        return self.urile_query(item)  # topic listings: relative to <base href>

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path == "/":
            return Response(302, {"Location": PORTAL_ROOT + "/"}, b"")
        if path in (PORTAL_ROOT, PORTAL_ROOT + "/"):
            home = self.state_path({"k": "home"}, request.seed)
            return Response(302, {"Location": home}, b"")
        if path.startswith(WCM_CONNECT + "/"):
            item = self.by_wcm_path.get(unquote(path[len(WCM_CONNECT) :]).lower().rstrip("/"))
            return self.print_response(item, request) if item else None
        if not (path == HOME or path.startswith(HOME + "/")):
            return None
        if "urile" in params:
            item = self.resolve_urile(params["urile"])
            return self.article_response(item, request) if item else None
        if path.startswith(STATE_PREFIX):
            return self.state_response(path, request)
        path = path.rstrip("/")
        if path == HOME:
            return self.html_response(self.home_html(request))
        if path.startswith(FRIENDLY_ARTICLE):
            item = self.by_path.get(path)
            return self.article_response(item, request) if item else None
        if path == NEWS:
            return self.listing_response(None, request)
        if path.startswith(NEWS + "/"):
            section = self.section_by_slug(path[len(NEWS) + 1 :])
            return self.listing_response(section, request) if section else None
        slug = path[len(HOME) + 1 :]
        if slug in STATIC_PAGES:
            return self.html_response(self.static_html(slug, request))
        return None

    def resolve_urile(self, urile: str) -> Item | None:
        lowered = urile.strip().lower()
        if lowered.startswith("wcm:oid:"):
            return self.by_guid.get(lowered[len("wcm:oid:") :])
        if lowered.startswith("wcm:path:"):
            return self.by_wcm_path.get(lowered[len("wcm:path:") :].rstrip("/"))
        return None

    def state_response(self, path: str, request: Request) -> Response | None:
        token = path[len(STATE_PREFIX) :].split("/", 1)[0]
        state = decode_state(token)
        kind = state.get("k") if state else None
        if kind == "item":
            item = self.by_guid.get(state.get("c", ""))
            return self.article_response(item, request) if item else None
        if kind == "page" and state.get("p") in STATIC_PAGES:
            return self.html_response(self.static_html(state["p"], request))
        if kind == "list":
            ident = page_number(state.get("s"), 0)
            section = None if ident == self.news.id else self.section_by_id(ident)
            if section is None and ident != self.news.id:
                return None
            return self.listing_response(section, request, page_number(state.get("n")))
        # the portal ignores a state it cannot read and shows the default page
        return self.html_response(self.home_html(request))

    def listing_response(
        self, section: Section | None, request: Request, default_page: int = 1
    ) -> Response | None:
        page = default_page
        for name, value in request.params.items():
            if name.startswith("WCM_Page."):
                page = page_number(value)
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(section, items, page, pages, request))

    def print_response(self, item: Item, request: Request) -> Response:
        if item.kind == "missing":
            return self.error_response(404)
        if item.kind == "error":
            return self.error_response(500)
        return self.html_response(self.print_html(item, request))

    # -- theme pieces

    @staticmethod
    def control(title: str, body: str, shown: bool = True, css: str = "") -> str:
        """A portlet in its skin: ``.ibmPortalControl`` inside a component control."""
        ident = "Z7_" + stable_token("control" + title, 26, _ALPHABET_ID)
        # a skinned portlet is a <section>; the "no skin" one (title hidden) a plain <div>
        hidden = "" if shown else " wpthemeHidden"
        tag = "section" if shown else "div"
        classes = f"ibmPortalControl wpthemeControl{hidden} a11yRegionTarget {css}".strip()
        return f"""<div class="component-control id-{ident}"><span id="{ident}"></span>
<{tag} class="{classes}" role="region" aria-labelledby="title.{ident}">
<div class="wpthemeControlHeader"><div class="wpthemeInner"><h2 id="title.{ident}"><span class="wpthemeAltText">Tiêu đề thành phần </span>{esc(title)}</h2>
<a aria-haspopup="true" aria-label="Hiển thị menu thành phần" role="button" href="javascript:;" class="wpthemeIcon wpthemeMenuFocus contextMenuInSkinIcon" style="display:none" tabindex="0"><span title="Hiển thị menu thành phần"><img aria-label="Hiển thị menu thành phần" alt="" src="/wps/themeModules/themes/html/dynamicSpots/icons/blank.gif"></span><span class="wpthemeAltText">Hành động thành phần</span></a></div></div>
<div class="wpthemeControlBody wpthemeOverflowAuto wpthemeClear">
{body}
<div class="wpthemeClear"></div></div></{tag}></div>"""

    def sidebar(self, request: Request, exclude: Item | None = None) -> str:
        seed = request.seed
        latest = "".join(
            f'<li><a href="{esc(self.link(it, "state", seed))}">{esc(it.title)}</a>'
            f'<span class="ngay">({dmy(it.published)})</span></li>'
            for it in self.latest(6, exclude)
        )
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        answers = "".join(
            f'<li><input type="radio" name="binhchon" id="bc{n}" value="{n}">'
            f'<label for="bc{n}">{esc(o)}</label></li>'
            for n, o in enumerate(options, 1)
        )
        links = "".join(
            f'<option value="{esc(url)}">{esc(name)}</option>'
            for name, url in (
                ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
                ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn"),
                ("Hệ thống thông tin giải quyết TTHC tỉnh", "https://dichvucong.bachlong.gov.vn"),
                ("Công báo tỉnh Bạch Long", "https://congbao.bachlong.gov.vn"),
            )
        )
        boxes = [
            self.control(
                "Tin mới",
                f'<div class="box-tin-moi"><div class="box-title">TIN MỚI</div><ul>{latest}</ul></div>',
            ),
            self.control(
                "Kết quả giải quyết TTHC",
                f'<div class="box-tthc"><div class="box-title">KẾT QUẢ GIẢI QUYẾT TTHC</div>'
                f'<p class="thang">Tháng {stats["month"]}</p>'
                f'<div class="chi-so"><span class="so">{stats["percent"]}%</span> hồ sơ giải quyết đúng hạn</div>'
                f"<ul><li>Đã giải quyết: <b>{thousands(stats['total'])}</b></li>"
                f"<li>Đúng hạn: <b>{thousands(stats['ontime'])}</b></li>"
                f"<li>Trễ hạn: <b>{stats['late']}</b></li></ul>"
                '<a href="https://dichvucong.bachlong.gov.vn/thong-ke" target="_blank">Xem chi tiết</a></div>',
            ),
            self.control(
                "Thăm dò ý kiến",
                f'<div class="box-tham-do"><div class="box-title">THĂM DÒ Ý KIẾN</div><p>{esc(question)}</p>'
                f'<form action="javascript:void(0)"><ul>{answers}</ul>'
                '<a class="btn" href="javascript:void(0)" onclick="guiBinhChon()">Biểu quyết</a> '
                '<a class="btn" href="javascript:void(0)" onclick="xemKetQua()">Xem kết quả</a></form></div>',
            ),
            self.control(
                "Liên kết website",
                '<div class="box-lien-ket"><div class="box-title">LIÊN KẾT WEBSITE</div>'
                '<select onchange="if(this.value) window.open(this.value)"><option value="">'
                f"-- Chọn liên kết --</option>{links}</select>"
                '<a class="banner" href="https://dichvucong.gov.vn" target="_blank"><img src="/wps/wcm/connect/banner/dvcqg.png" alt="Cổng Dịch vụ công quốc gia"></a>'
                '<a class="banner" href="https://vneid.gov.vn" target="_blank"><img src="/wps/wcm/connect/banner/vneid.png" alt="Ứng dụng định danh điện tử"></a></div>',
            ),
            self.control(
                "Thống kê truy cập",
                '<div class="box-thong-ke"><div class="box-title">THỐNG KÊ TRUY CẬP</div><ul>'
                f"<li>Đang online: <b>{thousands(visits['online'])}</b></li>"
                f"<li>Hôm nay: <b>{thousands(visits['today'])}</b></li>"
                f"<li>Trong tuần: <b>{thousands(visits['week'])}</b></li>"
                f"<li>Tổng lượt truy cập: <b>{thousands(visits['total'])}</b></li></ul></div>",
            ),
        ]
        return "\n".join(boxes)

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        state: dict[str, str],
        bookmark: str,
        crumbs: list[tuple[str, str]] = (),
        head: str = "",
        exclude: Item | None = None,
    ) -> str:
        portal = self.portal
        nav_state = self.state_path(state, request.seed)
        topics = "".join(
            f'<li class="wpthemeNavListItem"><a href="{esc(self.section_path(s))}">'
            f'<span lang="vi" dir="ltr">{esc(s.name)}</span></a></li>'
            for s in self.sections.values()
        )
        statics = "".join(
            f'<li class="wpthemeNavListItem wpthemeLeft"><a href="{HOME}/{slug}">'
            f'<span lang="vi" dir="ltr">{esc(name)}</span></a></li>'
            for slug, name in STATIC_PAGES.items()
        )
        crumb = "".join(
            f'<li class="wpthemeBreadcrumbItem"><span class="wpthemeDivider">›</span>'
            f'<a href="{esc(href)}">{esc(label)}</a></li>'
            for href, label in crumbs
        )
        today = self.items[0].published if self.items else datetime(2025, 1, 1)
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" class="lotusui30dojo lotusui30 lotusui30_layout">
<head>
<base href="{esc(request.base_url + nav_state)}">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link id="com.ibm.lotus.NavStateUrl" rel="alternate" href="{esc(nav_state)}">
<link rel="bookmark" title="{esc(title)}" href="{esc(bookmark)}" hreflang="vi">
{head}
<link rel="stylesheet" href="/wps/contenthandler/!ut/p/digest!{stable_token("css", 22)}/mashup/ra:collection?themeID=ZJ_{stable_token("theme", 24, _ALPHABET_ID)}&amp;locale=vi&amp;mime-type=text%2Fcss&amp;entry=wp_theme_portal_85__0.0%3Ahead_css">
<link rel="stylesheet" href="/wps/wcm/connect/bachlong_thietke/css/bachlong.css?MOD=AJPERES">
<link rel="shortcut icon" href="/wps/wcm/connect/bachlong_thietke/favicon.ico">
<script src="/wps/portal_dojo/v1.9/dojo/dojo.js"></script>
</head>
<body class="lotusui30_body lotusui30_fonts tundra locale_vi">
<div class="wpthemeFrame">
<a class="wpthemeAltText wpthemeSkip" href="#wpthemeMainContent">Chuyển đến nội dung chính</a>
<header role="banner">
<div class="wpthemeHeader"><div class="wpthemeInner">
<div class="top-bar"><span class="ngay-hien-tai">Ngày {dmy(today)}</span>
<span class="chao-mung">Chào mừng bạn đến với {esc(portal.name)}</span>
<ul class="wpthemeCommonActions"><li><a href="/wps/myportal/Home">Đăng nhập</a></li><li><a href="javascript:void(0)" onclick="doiNgonNgu('en')">English</a></li></ul></div>
<div class="wpthemeBanner"><a class="wpthemeLogo" href="{HOME}"><img src="/wps/wcm/connect/bachlong_thietke/images/quoc-huy.png" alt="Quốc huy"></a>
<div class="ten-cong"><span class="dong-1">{esc(portal.agency.upper())}</span><span class="dong-2">{esc(portal.name.upper())}</span></div>
<form class="wpthemeSearch" action="{HOME}/tim-kiem" method="get"><input type="text" name="query" placeholder="Nhập từ khóa tìm kiếm"><button type="submit">Tìm kiếm</button></form></div>
</div></div>
<nav class="wpthemeHeaderNav" aria-label="Điều hướng chính"><div class="wpthemeInner">
<ul class="wpthemePrimaryNav wpthemeLeft">
<li class="wpthemeNavListItem wpthemeLeft"><a href="{HOME}"><span lang="vi" dir="ltr">Trang chủ</span></a></li>
<li class="wpthemeNavListItem wpthemeLeft wpthemeHasChildren"><a href="{NEWS}"><span lang="vi" dir="ltr">{esc(self.news.name)}</span></a>
<ul class="wpthemeSecondaryNav">{topics}</ul></li>
{statics}
</ul></div></nav>
</header>
<div class="wpthemeMainContent" id="wpthemeMainContent" role="main" tabindex="-1">
<div class="wpthemeInner">
<div class="wpthemeBreadcrumb"><ul class="wpthemeBreadcrumbTrail"><li class="wpthemeBreadcrumbItem"><a href="{HOME}">Trang chủ</a></li>{crumb}</ul></div>
<div class="wpthemeContent">
<div class="wps-layout wpthemeRow">
<div class="component-container wpthemeLeft wpthemeCol wpthemeCol8of12 ibmDndColumn id-Z7_CENTER" name="ibmDndColumn">
{main}
</div>
<div class="component-container wpthemeLeft wpthemeCol wpthemeCol4of12 ibmDndColumn id-Z7_RIGHT" name="ibmDndColumn">
{self.sidebar(request, exclude)}
</div>
<div class="wpthemeClear"></div>
</div>
</div></div></div>
<footer role="contentinfo"><div class="wpthemeFooter"><div class="wpthemeInner">
<ul class="footer-links"><li><a href="{HOME}/gioi-thieu">Giới thiệu</a></li><li><a href="{HOME}/lien-he">Liên hệ</a></li><li><a href="javascript:void(0)" onclick="window.scrollTo(0,0)">Về đầu trang</a></li></ul>
<p class="ten">{esc(portal.name.upper())}</p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Trưởng Ban biên tập: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)} - Email: bbt@{esc(portal.domain)}</p>
<p class="ghi-ro">{esc(reuse_notice(portal))}</p>
</div></div></footer>
</div>
<script>require(["dojo/domReady!"], function() {{ if (window.i$) {{ i$.fireEvent("wptheme/contextMenu/init"); }} }});</script>
</body>
</html>
"""

    # -- pages

    def listing_row(self, item: Item, where: str, request: Request) -> str:
        href = esc(self.link(item, where, request.seed))
        return (
            f'<div class="item-news clearfix"><a class="img-news" href="{href}">'
            f'<img src="{esc(self.image_src(item, -1))}" alt="Responsive image"></a>'
            f'<h3 class="title-news"><a href="{href}">{esc(item.title)}</a></h3>'
            f'<div class="date-news">{listing_stamp(item.published)}</div>'
            f'<div class="sapo-news">{esc(item.sapo(request.revision))}</div></div>'
        )

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        def cell(label: str, target: int, css: str, enabled: bool) -> str:
            if not enabled:
                return f'<li class="{css} disabled"><span>{label}</span></li>'
            href = esc(self.page_query(section, target))
            return f'<li class="{css}"><a href="{href}">{label}</a></li>'

        cells = [cell("Trang đầu", 1, "first", page > 1), cell("‹", page - 1, "prev", page > 1)]
        for n in pager_window(page, pages):
            if n is None:
                cells.append('<li class="dots"><span>…</span></li>')
            elif n == page:
                cells.append(f'<li class="active"><span>{n}</span></li>')
            else:
                cells.append(cell(str(n), n, "page", True))
        cells += [
            cell("›", page + 1, "next", page < pages),
            cell("Trang cuối", pages, "last", page < pages),
        ]
        joined = "\n".join(cells)
        return f'<div class="wcm-pager"><ul class="pagination">\n{joined}\n</ul></div>'

    def listing_html(
        self, section: Section | None, items: list[Item], page: int, pages: int, request: Request
    ) -> str:
        shown = section or self.news
        where = "news" if self.is_news(section) else "listing"
        rows = "".join(self.listing_row(it, where, request) for it in items)
        body = (
            f'<div class="list-news"><h1 class="title-cate">{esc(shown.name)}</h1>{rows}</div>'
            + (self.pager(section, page, pages) if pages > 1 else "")
        )
        main = self.control(f"Danh sách tin - {shown.name}", body, shown=False)
        crumbs = [(NEWS, self.news.name)]
        if not self.is_news(section):
            crumbs.append((self.section_path(section), section.name))
        return self.frame(
            f"{shown.name} - {self.portal.name}",
            main,
            request,
            self.list_state(section, page),
            self.section_path(section),
            crumbs,
        )

    def body_html(self, item: Item, revision: int) -> str:
        parts = []
        first = True
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                text = esc(value)
                if first and self.portal.lead_prefix:
                    text = esc(self.portal.lead_prefix) + text
                parts.append(
                    f'<p style="text-align: justify;"><strong>{text}</strong></p>'
                    if first
                    else f'<p style="text-align: justify;">{text}</p>'
                )
                first = False
            else:
                index, caption = value
                parts.append(
                    f'<p style="text-align: center;"><img alt="" src="{esc(self.image_src(item, index))}" '
                    'style="width: 600px;"></p>'
                    f'<p style="text-align: center;"><em>{esc(caption)}</em></p>'
                )
        if item.author:
            parts.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            parts.append(f'<p style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>')
        return "\n".join(parts)

    def article_html(self, item: Item, request: Request) -> str:
        seed, revision = request.seed, request.revision
        friendly = request.base_url + self.article_path(item)
        related = "".join(
            f'<li><a href="{esc(self.link(it, "related", seed))}">{esc(it.title)}</a> '
            f'<span class="ngay">({dmy(it.published)})</span></li>'
            for it in self.others(item, 6)
        )
        detail = f"""<div class="chi-tiet-tin" id="{self.guid[item.key]}">
<h1 class="title-detail">{esc(item.title)}</h1>
<div class="info-detail"><span class="date-detail">{updated_stamp(item.published)}</span>
<span class="luot-xem">Lượt xem: {thousands(view_count(seed))}</span></div>
<div class="tool-detail">Xem với cỡ chữ <a href="javascript:void(0)" onclick="doiCoChu(-1)">A-</a> <a href="javascript:void(0)" onclick="doiCoChu(0)">A</a> <a href="javascript:void(0)" onclick="doiCoChu(1)">A+</a>
| <a href="{esc(self.print_path(item))}" target="_blank">Bản in</a> | <a href="javascript:void(0)" onclick="guiEmail()">Gửi email</a></div>
<div class="content-detail" id="noidung">
{self.body_html(item, revision)}
</div>
<div class="share-detail">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={esc(friendly)}" target="_blank" rel="nofollow">Facebook</a> <a href="https://zalo.me/share?url={esc(friendly)}" target="_blank" rel="nofollow">Zalo</a></div>
</div>"""
        main = self.control("Chi tiết tin", detail, shown=False) + self.control(
            "Tin cùng chuyên mục",
            f'<div class="tin-khac"><div class="box-title">TIN CÙNG CHUYÊN MỤC</div><ul>{related}</ul></div>',
        )
        head = (
            f'<meta name="description" content="{esc(item.sapo(revision))}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(item.title)}">\n'
            f'<meta property="og:url" content="{esc(friendly)}">\n'
            f'<meta property="og:image" content="{esc(request.base_url + self.image_src(item, -1))}">'
        )
        crumbs = [(NEWS, self.news.name)]
        if not self.is_news(item.section):
            crumbs.append((self.section_path(item.section), item.section.name))
        return self.frame(
            item.title,
            main,
            request,
            self.item_state(item),
            DETAIL_PAGE,
            crumbs,
            head,
            exclude=item,
        )

    def print_html(self, item: Item, request: Request) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(item.title)}</title>
<link rel="stylesheet" href="/wps/wcm/connect/bachlong_thietke/css/ban-in.css?MOD=AJPERES">
</head>
<body onload="window.print()">
<div class="ban-in">
<div class="ban-in-header">{esc(self.portal.name.upper())}</div>
<h1>{esc(item.title)}</h1>
<div class="ngay-dang">{listing_stamp(item.published)}</div>
<div class="noi-dung">
{self.body_html(item, request.revision)}
</div>
<div class="ban-in-footer">{esc(self.portal.name)} - {esc(self.portal.domain)}</div>
</div>
</body>
</html>
"""

    def home_html(self, request: Request) -> str:
        seed = request.seed
        healthy = [it for it in self.items if it.kind == "article"]
        top, rest = healthy[:1], healthy[1:5]
        featured = (
            "".join(
                f'<div class="tin-noi-bat-chinh"><a href="{esc(self.link(it, "featured", seed))}">'
                f'<img src="{esc(self.image_src(it, -1))}" alt="Responsive image"></a>'
                f'<h2><a href="{esc(self.link(it, "featured", seed))}">{esc(it.title)}</a></h2>'
                f'<p class="sapo">{esc(it.sapo(request.revision))}</p></div>'
                for it in top
            )
            + '<ul class="tin-noi-bat-khac">'
            + "".join(
                f'<li><a href="{esc(self.link(it, "featured", seed))}">{esc(it.title)}</a></li>'
                for it in rest
            )
            + "</ul>"
        )
        boxes = [self.control("Tin nổi bật", f'<div class="tin-noi-bat">{featured}</div>')]
        for section in self.sections.values():
            entries = "".join(
                f'<li><a href="{esc(self.link(it, "state", seed))}">{esc(it.title)}</a> '
                f'<span class="ngay">({dmy(it.published)})</span></li>'
                for it in self.listed(section)[:4]
                if it.kind == "article"
            )
            boxes.append(
                self.control(
                    section.name,
                    f'<div class="box-chuyen-muc"><div class="box-title"><a href="{esc(self.section_path(section))}">'
                    f"{esc(section.name.upper())}</a></div><ul>{entries}</ul>"
                    f'<a class="xem-them" href="{esc(self.section_path(section))}">Xem thêm</a></div>',
                )
            )
        return self.frame(self.portal.name, "\n".join(boxes), request, {"k": "home"}, HOME + "/")

    def static_html(self, slug: str, request: Request) -> str:
        name = STATIC_PAGES[slug]
        texts = {
            "gioi-thieu": "Tỉnh Bạch Long nằm ở vùng duyên hải, có bờ biển dài, nhiều đảo nhỏ và "
            "cảng cá lớn; kinh tế chủ yếu dựa vào thủy sản, du lịch biển và dịch vụ cảng.",
            "van-ban": "Trang đang được cập nhật, mời bạn đọc tra cứu văn bản tại Hệ thống văn "
            "bản quy phạm pháp luật của tỉnh.",
            "lien-he": f"Mọi ý kiến đóng góp xin gửi về Ban biên tập {self.portal.name}, "
            f"{self.portal.address}; điện thoại {self.portal.phone}.",
        }
        body = f'<div class="trang-tinh"><h1>{esc(name)}</h1><p>{esc(texts[slug])}</p></div>'
        main = self.control(name, body, shown=False)
        return self.frame(
            f"{name} - {self.portal.name}",
            main,
            request,
            {"k": "page", "p": slug},
            f"{HOME}/{slug}",
            [(f"{HOME}/{slug}", name)],
        )

    def error_html(self, status: int) -> str:
        if status == 404:
            title, text = (
                "Không tìm thấy trang",
                "Trang bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ.",
            )
        else:
            title, text = "Lỗi hệ thống", "Hệ thống đang bận, vui lòng thử lại sau ít phút."
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{title} - {esc(self.portal.name)}</title>
<link rel="stylesheet" href="/wps/wcm/connect/bachlong_thietke/css/bachlong.css?MOD=AJPERES">
</head>
<body class="lotusui30_body tundra locale_vi">
<div class="wpthemeFrame"><div class="wpthemeMainContent"><div class="wpthemeInner">
<div class="trang-loi"><h1>{title}</h1><p>Mã lỗi: {status}</p><p>{text}</p>
<p><a href="{HOME}">Về trang chủ</a></p></div>
</div></div></div>
</body>
</html>
"""
