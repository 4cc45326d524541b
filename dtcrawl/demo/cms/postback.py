"""An older department portal on ASP.NET WebForms whose news lists page only by postback.

Every page is one ``<form id="aspnetForm" method="post">`` with the hidden fields WebForms
writes (``__EVENTTARGET``, ``__EVENTARGUMENT``, ``__VIEWSTATE``, ``__VIEWSTATEGENERATOR``,
``__EVENTVALIDATION``). The lists are a GridView (sections, "Các tin khác" under articles) and
a ListView with a DataPager (the general news list); their pager links are
``javascript:__doPostBack(...)``, so page N of a list is only reachable by POSTing the form back
with the event target/argument set, as a browser does. A GET always shows page 1.

The page index lives in ``__VIEWSTATE`` (base64 of a small serialized state plus a MAC keyed by
the page type, ``__VIEWSTATEGENERATOR``); a view state that does not decode or verify answers the
ASP.NET error page "Validation of viewstate MAC failed" (500), and an event that the served
``__EVENTVALIDATION`` does not list answers "Invalid postback or callback argument" (500).

URL shapes:
- home ``/`` and ``/Default.aspx`` (newest 8 articles only);
- general news ``/TinTuc/TinTongHop.aspx`` (ListView + DataPager, targets
  ``ctl00$cphMain$dpTin$ctl01$ctlNN`` with an empty argument);
- section ``/TinTuc/DanhSachTin.aspx?CatID=<id>`` (GridView of 4 a page, target
  ``ctl00$ContentPlaceHolder1$gvTinTuc``, arguments ``Page$N``, ``Page$First``, ``Page$Last``);
- article ``/TinTuc/ChiTiet.aspx?ID=<n>&CatID=<c>``, with "Các tin khác" under it (the portal's
  newest other news, a GridView of 4 a page, ``ctl00$ContentPlaceHolder1$gvTinKhac``, paged by
  postback too); sidebars link it as ``?ID=<n>`` alone;
  print view ``/TinTuc/InTin.aspx?ID=<n>`` (opened by a ``javascript:window.open`` link);
- static pages ``/GioiThieu.aspx``, ``/LienHe.aspx``. No sitemap, no RSS.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from collections.abc import Mapping
from datetime import datetime
from urllib.parse import parse_qsl, urlencode, urlsplit

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
    pager_window,
    poll,
    reuse_notice,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
)

GRID = "ctl00$ContentPlaceHolder1$gvTinTuc"
OTHERS_GRID = "ctl00$ContentPlaceHolder1$gvTinKhac"
PAGER = "ctl00$cphMain$dpTin"
SEARCH_BUTTON = "ctl00$btnTimKiem"
POLL_BUTTON = "ctl00$ucBinhChon$btnBinhChon"
OTHERS_PAGE_SIZE = 4
#: The section GridViews have PageSize="4"; the general ListView pages by the portal's size (8).
SECTION_PAGE_SIZE = 4
HOME_COUNT = 8
_STATE_MAGIC = b"\xff\x01\x0f\x0f"
_EVENTS_MAGIC = b"\xff\x01\x16"


def net_datetime(moment: datetime) -> str:
    """A date as .NET prints ``DateTime.ToString()`` under the vi-VN culture (SA/CH = AM/PM).

    >>> net_datetime(datetime(2022, 10, 17, 8, 22, 19))
    '17/10/2022 8:22:19 SA'
    >>> net_datetime(datetime(2022, 10, 17, 20, 5))
    '17/10/2022 8:05:00 CH'
    """
    hour = moment.hour % 12 or 12
    half = "SA" if moment.hour < 12 else "CH"
    return f"{dmy(moment)} {hour}:{moment:%M:%S} {half}"


def generator_of(page_type: str) -> str:
    """The ``__VIEWSTATEGENERATOR`` of a page type: 8 hex digits, fixed per page.

    >>> generator_of("tintuc_danhsachtin_aspx") == generator_of("tintuc_danhsachtin_aspx")
    True
    >>> len(generator_of("default_aspx"))
    8
    """
    return hashlib.sha1(page_type.encode("ascii")).hexdigest()[:8].upper()


def _mac(key: bytes, generator: str, blob: bytes) -> bytes:
    return hmac.new(key + generator.encode("ascii"), blob, hashlib.sha1).digest()


def encode_viewstate(key: bytes, generator: str, state: Mapping[str, int]) -> str:
    """The ``__VIEWSTATE`` value carrying ``state`` for a page of type ``generator``.

    >>> vs = encode_viewstate(b"k", "ABCD1234", {"PageIndex": 2})
    >>> vs.startswith("/wEP"), decode_viewstate(b"k", "ABCD1234", vs)
    (True, {'PageIndex': 2})
    """
    payload = ";".join(f"{name}={value}" for name, value in sorted(state.items()))
    blob = _STATE_MAGIC + payload.encode("ascii")
    return base64.b64encode(blob + _mac(key, generator, blob)).decode("ascii")


def decode_viewstate(key: bytes, generator: str, value: str) -> dict[str, int] | None:
    """The state in a posted ``__VIEWSTATE``, or None when it does not decode or its MAC fails.

    >>> decode_viewstate(b"k", "ABCD1234", "not base64!") is None
    True
    >>> vs = encode_viewstate(b"k", "ABCD1234", {"PageIndex": 2})
    >>> decode_viewstate(b"k", "FFFF0000", vs) is None
    True
    """
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return None
    blob, mac = raw[:-20], raw[-20:]
    if not blob.startswith(_STATE_MAGIC) or not hmac.compare_digest(
        mac, _mac(key, generator, blob)
    ):
        return None
    state: dict[str, int] = {}
    payload = blob[len(_STATE_MAGIC) :].decode("ascii", "replace")
    for part in filter(None, payload.split(";")):
        name, _, number = part.partition("=")
        try:
            state[name] = int(number)
        except ValueError:
            return None
    return state


def _event_hash(target: str, argument: str) -> bytes:
    return hashlib.sha1(f"{target}\x00{argument}".encode()).digest()[:4]


def encode_eventvalidation(key: bytes, generator: str, events: list[tuple[str, str]]) -> str:
    """The ``__EVENTVALIDATION`` value listing the postback events a page rendered.

    >>> ev = encode_eventvalidation(b"k", "AB", [("gv", "Page$2")])
    >>> event_allowed(b"k", "AB", ev, "gv", "Page$2"), event_allowed(b"k", "AB", ev, "gv", "Page$9")
    (True, False)
    """
    blob = _EVENTS_MAGIC + b"".join(_event_hash(t, a) for t, a in events)
    return base64.b64encode(blob + _mac(key, generator, blob)).decode("ascii")


def event_allowed(key: bytes, generator: str, value: str, target: str, argument: str) -> bool:
    """True when the posted ``__EVENTVALIDATION`` verifies and lists ``(target, argument)``."""
    try:
        raw = base64.b64decode(value.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        return False
    blob, mac = raw[:-20], raw[-20:]
    if not blob.startswith(_EVENTS_MAGIC) or not hmac.compare_digest(
        mac, _mac(key, generator, blob)
    ):
        return False
    hashes = blob[len(_EVENTS_MAGIC) :]
    wanted = _event_hash(target, argument)
    return any(hashes[i : i + 4] == wanted for i in range(0, len(hashes), 4))


def postback_link(target: str, argument: str, text: str, css: str = "") -> str:
    """A WebForms ``__doPostBack`` link.

    ASP.NET 4 encodes the quotes of the script as ``&#39;``.

    >>> postback_link("gv", "Page$2", "2")
    '<a href="javascript:__doPostBack(&#39;gv&#39;,&#39;Page$2&#39;)">2</a>'
    """
    klass = f' class="{css}"' if css else ""
    href = f"javascript:__doPostBack(&#39;{esc(target)}&#39;,&#39;{esc(argument)}&#39;)"
    return f'<a{klass} href="{href}">{text}</a>'


def form_action(request: Request) -> str:
    """The ``action`` WebForms writes on its form: the requested page and query, relative.

    >>> form_action(Request("/TinTuc/ChiTiet.aspx", {"ID": "3"}, 0, "", ""))
    './ChiTiet.aspx?ID=3'
    """
    query = urlencode(request.params)
    return f"./{request.path.rsplit('/', 1)[-1]}" + (f"?{query}" if query else "")


class _Page:
    """What one rendering of a WebForms page needs: its type, form action and the events it
    rendered (for ``__EVENTVALIDATION``)."""

    def __init__(self, page_type: str, action: str, master: str = "ContentPlaceHolder1"):
        self.page_type = page_type
        self.generator = generator_of(page_type)
        self.action = action
        self.master = master
        self.events: list[tuple[str, str]] = [(SEARCH_BUTTON, ""), (POLL_BUTTON, "")]

    def link(self, target: str, argument: str, text: str, css: str = "") -> str:
        self.events.append((target, argument))
        return postback_link(target, argument, text, css)


class PostbackSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/7.5",
        "X-Powered-By": "ASP.NET",
        "X-AspNet-Version": "4.0.30319",
        "Cache-Control": "private",
    }
    number_base = 3_100
    number_stride = 3
    image_folder = "/Upload/TinTuc"

    @property
    def machine_key(self) -> bytes:
        return f"{self.portal.id}-machineKey".encode()

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/TinTuc/ChiTiet.aspx?ID={item.number}&CatID={item.section.id}"

    def short_path(self, item: Item) -> str:
        """The alias the sidebars link: the same article without its category."""
        return f"/TinTuc/ChiTiet.aspx?ID={item.number}"

    def article_aliases(self, item: Item) -> list[str]:
        return [self.short_path(item)]

    def print_path(self, item: Item) -> str:
        return f"/TinTuc/InTin.aspx?ID={item.number}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        # Page N has no URL of its own: it is a postback of page 1's form.
        if self.is_news(section):
            return "/TinTuc/TinTongHop.aspx"
        return f"/TinTuc/DanhSachTin.aspx?CatID={section.id}"

    # -- routing

    def _request(self, path_and_query: str, revision: int, base_url: str | None) -> Request:
        parts = urlsplit(path_and_query)
        params = {k: v for k, v in parse_qsl(parts.query, keep_blank_values=True)}
        base = (base_url or f"http://{self.portal.host}").rstrip("/")
        return Request(
            parts.path or "/", params, revision, f"{self.portal.id}:{path_and_query}", base
        )

    def _target(self, request: Request) -> tuple[str, Section | Item | None] | None:
        """Which page type a request addresses, with its section or article; None for 404."""
        path = request.path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        if path in ("/", "/default.aspx"):
            return "home", None
        if path == "/tintuc/tintonghop.aspx":
            return "news", None
        if path in ("/tintuc/danhsachtin.aspx", "/tintuc/chitiet.aspx", "/tintuc/intin.aspx"):
            key = "catid" if path.endswith("danhsachtin.aspx") else "id"
            try:
                ident = int(params.get(key, ""))
            except ValueError:
                return None
            if key == "catid":
                section = self.section_by_id(ident)
                if section is None and ident == self.news.id:
                    section = self.news
                return ("section", section) if section else None
            item = self.by_number.get(ident)
            if item is None:
                return None
            return ("print" if path.endswith("intin.aspx") else "article"), item
        if path in ("/gioithieu.aspx", "/lienhe.aspx"):
            return path[1:-5], None
        return None

    def route(self, request: Request) -> Response | None:
        if request.path.lower() in ("/webresource.axd", "/scriptresource.axd"):
            return Response(200, {"Content-Type": "application/x-javascript"}, b"/* axd */\n")
        found = self._target(request)
        if found is None:
            return None
        kind, subject = found
        if kind == "article":
            return self.article_response(subject, request)
        if kind == "print":
            if subject.kind in ("missing", "error"):
                return None
            return self.html_response(self.print_html(subject))
        return self.html_response(self.page_html(kind, subject, request, 1))

    def respond_post(
        self,
        path_and_query: str,
        body: bytes,
        content_type: str = "application/x-www-form-urlencoded",
        revision: int = 0,
        base_url: str | None = None,
    ) -> Response:
        """The answer to a form POST: a postback of the page at ``path_and_query``.

        As ASP.NET does: without ``__VIEWSTATE``/``__EVENTTARGET`` the page renders as for a
        GET; a view state that fails its MAC, or an event ``__EVENTVALIDATION`` does not list,
        gives 500; otherwise the event (a pager click) is applied to the posted state.
        """
        request = self._request(path_and_query, revision, base_url)
        found = self._target(request)
        if found is None or found[0] == "print":
            return self.error_response(404)
        kind, subject = found
        form: dict[str, str] = {}
        if "application/x-www-form-urlencoded" in content_type.lower():
            text = body.decode("utf-8", "replace")
            form = {k: v for k, v in parse_qsl(text, keep_blank_values=True)}
        if "__VIEWSTATE" not in form and "__EVENTTARGET" not in form:
            return self.route(request) or self.error_response(404)
        generator = generator_of(self.page_type(kind))
        state = decode_viewstate(self.machine_key, generator, form.get("__VIEWSTATE", ""))
        if state is None:
            return self.yellow_screen(
                "Validation of viewstate MAC failed. If this application is hosted by a Web "
                "Farm or cluster, ensure that &lt;machineKey&gt; configuration specifies the same "
                "validationKey and validation algorithm.",
                "System.Web.HttpException",
            )
        target = form.get("__EVENTTARGET", "")
        argument = form.get("__EVENTARGUMENT", "")
        buttons = [name for name in (SEARCH_BUTTON, POLL_BUTTON) if name in form]
        events = [(target, argument)] if target else [(name, "") for name in buttons]
        validation = form.get("__EVENTVALIDATION", "")
        for event_target, event_argument in events:
            if not event_allowed(
                self.machine_key, generator, validation, event_target, event_argument
            ):
                return self.yellow_screen(
                    "Invalid postback or callback argument.  Event validation is enabled using "
                    '&lt;pages enableEventValidation="true"/&gt; in configuration or &lt;%@ Page '
                    'EnableEventValidation="true" %&gt; in a page.',
                    "System.ArgumentException",
                )
        page = state.get("PageIndex", 0) + 1
        pages = self.page_count(kind, subject)
        page = self.apply_event(kind, page, pages, target, argument)
        if kind == "article":
            if subject.kind in ("missing", "error"):
                return self.error_response(404 if subject.kind == "missing" else 500)
            markup = self.article_html(subject, request, min(page, pages))
        else:
            markup = self.page_html(kind, subject, request, min(page, pages))
        return self.html_response(markup)

    def page_type(self, kind: str) -> str:
        return {
            "home": "default_aspx",
            "news": "tintuc_tintonghop_aspx",
            "section": "tintuc_danhsachtin_aspx",
            "article": "tintuc_chitiet_aspx",
            "gioithieu": "gioithieu_aspx",
            "lienhe": "lienhe_aspx",
        }[kind]

    def page_count(self, kind: str, subject: Section | Item | None) -> int:
        if kind == "news":
            return self.page_of(self.items, 1)[1]
        if kind == "section":
            return max(1, -(-len(self.listed(subject)) // SECTION_PAGE_SIZE))
        if kind == "article":
            return max(1, -(-len(self.related(subject)) // OTHERS_PAGE_SIZE))
        return 1

    def apply_event(self, kind: str, page: int, pages: int, target: str, argument: str) -> int:
        """The page shown after the pager event ``target``/``argument`` on page ``page``."""
        if kind in ("section", "article") and target in (GRID, OTHERS_GRID):
            command = argument.removeprefix("Page$")
            if command == "First":
                return 1
            if command == "Last":
                return pages
            if command == "Next":
                return page + 1
            if command == "Prev":
                return max(1, page - 1)
            return int(command) if command.isdigit() else page
        if kind == "news" and target.startswith(PAGER + "$"):
            field, _, button = target[len(PAGER) + 1 :].partition("$")
            index = int(button[3:]) if button[3:].isdigit() else -1
            if field == "ctl00":
                return 1 if index == 0 else max(1, page - 1)
            if field == "ctl02":
                return page + 1 if index == 0 else pages
            numbers = [n for n in pager_window(page, pages) if n is not None]
            return numbers[index] if 0 <= index < len(numbers) else page
        return page

    # -- frame

    def page_html(
        self, kind: str, subject: Section | Item | None, request: Request, page: int
    ) -> str:
        if kind == "home":
            form = _Page("default_aspx", "./Default.aspx")
            return self.frame(form, "Trang chủ", [], self.home_main(), request, {})
        if kind == "news":
            form = _Page("tintuc_tintonghop_aspx", "./TinTongHop.aspx", master="cphMain")
            main = self.news_main(form, page)
            crumbs = [(self.news.name, "")]
            return self.frame(form, self.news.name, crumbs, main, request, {"PageIndex": page - 1})
        if kind == "section":
            form = _Page("tintuc_danhsachtin_aspx", form_action(request))
            main = self.section_main(form, subject, page)
            crumbs = [(self.news.name, self.listing_path(None)), (subject.name, "")]
            state = {"PageIndex": page - 1, "CatID": subject.id}
            return self.frame(form, subject.name, crumbs, main, request, state)
        form = _Page(
            self.page_type(kind), f"./{'GioiThieu' if kind == 'gioithieu' else 'LienHe'}.aspx"
        )
        title = "Giới thiệu" if kind == "gioithieu" else "Liên hệ"
        return self.frame(form, title, [(title, "")], self.static_main(kind), request, {})

    def frame(
        self,
        form: _Page,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        request: Request,
        state: Mapping[str, int],
    ) -> str:
        p = self.portal
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<tr><td><input id="ctl00_ucBinhChon_rblLuaChon_{i}" type="radio" '
            f'name="ctl00$ucBinhChon$rblLuaChon" value="{i}" /><label '
            f'for="ctl00_ucBinhChon_rblLuaChon_{i}">{esc(o)}</label></td></tr>'
            for i, o in enumerate(options)
        )
        menu = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = " &gt; ".join(
            f'<a href="{esc(href)}">{esc(name)}</a>' if href else f"<span>{esc(name)}</span>"
            for name, href in [("Trang chủ", "/Default.aspx"), *crumbs]
        )
        featured = "".join(
            f'<li><a href="{esc(self.short_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(5)
        )
        cph = f"ctl00_{form.master}"
        viewstate = encode_viewstate(self.machine_key, form.generator, state)
        top = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - {esc(p.name)}</title>
<link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="{esc(form.action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=634604425351482412" \
type="text/javascript"></script>
<div id="wrapper">
<div id="header"><div class="banner"><img src="/Images/banner.jpg" alt="{esc(p.name)}" />
<div class="tenso">{esc(p.name).upper()}</div></div>
<div class="topbar"><span class="ngayhientai">Hôm nay: {esc(dmy(datetime(2024, 5, 6)))}</span>
<span class="timkiem"><input name="ctl00$txtTuKhoa" type="text" id="ctl00_txtTuKhoa" \
class="txtsearch" /> <input type="submit" name="{SEARCH_BUTTON}" value="Tìm kiếm" \
id="ctl00_btnTimKiem" class="btnsearch" /></span></div></div>
<div id="menu"><ul class="menungang">
<li><a href="/Default.aspx">Trang chủ</a></li>
<li><a href="/GioiThieu.aspx">Giới thiệu</a></li>
<li><a href="{esc(self.listing_path(None))}">{esc(self.news.name)}</a><ul>{menu}</ul></li>
<li><a href="javascript:void(0);">Văn bản pháp luật</a></li>
<li><a href="https://dichvucong.gov.vn" target="_blank">Dịch vụ công</a></li>
<li><a href="/LienHe.aspx">Liên hệ</a></li></ul></div>
<div id="container">
<div id="left"><div class="box"><div class="box-title">Chuyên mục</div>
<ul class="danhmuc"><li><a href="{esc(self.listing_path(None))}">{esc(self.news.name)}</a></li>\
{menu}</ul></div>
<div class="box"><div class="box-title">Tin nổi bật</div><ul class="tinnoibat">{featured}</ul></div>
<div class="box"><div class="box-title">Liên kết website</div>
<select name="ctl00$ucLienKet$ddlLienKet" id="ctl00_ucLienKet_ddlLienKet" \
onchange="window.open(this.value);">
<option value="">-- Chọn liên kết --</option>
<option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option></select></div></div>
<div id="{cph}_content" class="main"><div class="breadcrumb">{crumb}</div>
"""
        bottom = f"""</div>
<div id="right">
<div class="box"><div class="box-title">Kết quả giải quyết TTHC</div><div class="tthc">
<p>Tháng {t["month"]}: tiếp nhận <b>{thousands(t["total"])}</b> hồ sơ</p>
<p>Đúng hạn: <b>{thousands(t["ontime"])}</b> ({t["percent"]}%)</p>
<p>Trễ hạn: <b>{thousands(t["late"])}</b></p></div></div>
<div class="box"><div class="box-title">Thăm dò ý kiến</div><div class="binhchon">
<p>{esc(question)}</p><table id="ctl00_ucBinhChon_rblLuaChon">{choices}</table>
<input type="submit" name="{POLL_BUTTON}" value="Biểu quyết" id="ctl00_ucBinhChon_btnBinhChon" />
</div></div>
<div class="box"><div class="box-title">Thống kê truy cập</div><table class="thongke">
<tr><td>Đang online:</td><td><span id="ctl00_ucThongKe_lblOnline">{thousands(v["online"])}</span>\
</td></tr>
<tr><td>Hôm nay:</td><td>{thousands(v["today"])}</td></tr>
<tr><td>Trong tuần:</td><td>{thousands(v["week"])}</td></tr>
<tr><td>Tổng lượt truy cập:</td><td>{thousands(v["total"])}</td></tr></table></div>
<div class="box banner-phai"><a href="https://dichvucong.gov.vn" target="_blank">\
<img src="/Images/banner-dvc.jpg" alt="Dịch vụ công trực tuyến" /></a></div></div>
<div class="clear"></div></div>
<div id="footer"><p><b>Cơ quan chủ quản: {esc(p.agency)}</b></p>
<p>Chịu trách nhiệm chính: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)}</p>
<p>{esc(reuse_notice(p))}</p>
<p class="vedau"><a href="#">Về đầu trang</a></p></div></div>
<div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" \
value="{form.generator}" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" \
value="{encode_eventvalidation(self.machine_key, form.generator, form.events)}" />
</div></form>
</body></html>"""
        return top + main + bottom

    # -- lists

    def row(self, grid_id: str, index: int, item: Item, with_sapo: bool = True) -> str:
        """One GridView/ListView row: thumbnail, title, date, summary."""
        href = esc(self.article_path(item))
        sapo = f'<p class="tomtat">{esc(item.sapo())}</p>' if with_sapo else ""
        thumb = (
            f'<a id="{grid_id}_ctl{index:02d}_hlAnh" href="{href}"><img class="anhtin" '
            f'src="{esc(image_path(item, 0, self.image_folder))}" alt="" /></a>'
            if item.images and with_sapo
            else ""
        )
        return (
            f'<div class="tin-item">{thumb}<a id="{grid_id}_ctl{index:02d}_hlTieuDe" '
            f'class="tieude" href="{href}">{esc(item.title)}</a> '
            f'<span class="ngay">{listing_date(item.published)}</span>{sapo}'
            '<div class="clear"></div></div>'
        )

    def grid(self, form: _Page, target: str, items: list[Item], page: int, pages: int) -> str:
        """A GridView with a NumericFirstLast pager; its links post back ``Page$N``."""
        grid_id = target.replace("$", "_")
        rows = "".join(
            f"<tr><td>{self.row(grid_id, i + 2, it, target == GRID)}</td></tr>"
            for i, it in enumerate(items)
        )
        pager = ""
        if pages > 1:
            cells = []
            if page > 1:
                cells.append(f"<td>{form.link(target, 'Page$First', 'Đầu')}</td>")
            for n in pager_window(page, pages):
                if n is None:
                    cells.append("<td>...</td>")
                elif n == page:
                    cells.append(f"<td><span>{n}</span></td>")
                else:
                    cells.append(f"<td>{form.link(target, f'Page${n}', str(n))}</td>")
            if page < pages:
                cells.append(f"<td>{form.link(target, 'Page$Last', 'Cuối')}</td>")
            pager = (
                f'<tr class="pager"><td colspan="1"><table border="0"><tr>{"".join(cells)}'
                "</tr></table></td></tr>"
            )
        return (
            f'<div><table class="gridtin" cellspacing="0" border="0" id="{grid_id}" '
            f'style="width:100%;border-collapse:collapse;">{rows}{pager}</table></div>'
        )

    def section_main(self, form: _Page, section: Section, page: int) -> str:
        listed = self.listed(section)
        pages = max(1, -(-len(listed) // SECTION_PAGE_SIZE))
        items = listed[(page - 1) * SECTION_PAGE_SIZE : page * SECTION_PAGE_SIZE]
        return (
            f'<div class="khung-ds"><h2 class="tieude-cm"><span id="ctl00_ContentPlaceHolder1_'
            f'lblChuyenMuc">{esc(section.name)}</span></h2>'
            f"{self.grid(form, GRID, items, page, pages)}</div>"
        )

    def news_main(self, form: _Page, page: int) -> str:
        """The general list: a ListView with a DataPager (fields ctl00 first/prev, ctl01
        numbers, ctl02 next/last; all buttons post back with an empty argument)."""
        items, pages = self.page_of(self.items, page)
        rows = "".join(self.row("ctl00_cphMain_lvTin", i, it) for i, it in enumerate(items))
        parts = []
        for index, label in enumerate(("Đầu", "Trước")):
            if page > 1:
                parts.append(form.link(f"{PAGER}$ctl00$ctl{index:02d}", "", label))
            else:
                parts.append(f'<a class="aspNetDisabled">{label}</a>')
        numbers = [n for n in pager_window(page, pages) if n is not None]
        for index, n in enumerate(numbers):
            if index and n - numbers[index - 1] > 1:
                parts.append("<span>...</span>")
            if n == page:
                parts.append(f'<span class="trang-hientai">{n}</span>')
            else:
                parts.append(form.link(f"{PAGER}$ctl01$ctl{index:02d}", "", str(n), "trang"))
        for index, label in enumerate(("Sau", "Cuối")):
            if page < pages:
                parts.append(form.link(f"{PAGER}$ctl02$ctl{index:02d}", "", label))
            else:
                parts.append(f'<a class="aspNetDisabled">{label}</a>')
        return (
            f'<div class="khung-ds"><h2 class="tieude-cm">{esc(self.news.name)}</h2>'
            f'<div id="ctl00_cphMain_lvTin" class="ds-tin">{rows}</div>'
            f'<div class="phantrang"><span id="ctl00_cphMain_dpTin">{"&nbsp;".join(parts)}'
            "</span></div></div>"
        )

    def home_main(self) -> str:
        newest = self.latest(HOME_COUNT)
        if not newest:
            return '<div class="tinmoi">Chưa có tin.</div>'
        first, rest = newest[0], newest[1:]
        href = esc(self.article_path(first))
        lead = (
            f'<div class="tin-chinh"><a href="{href}"><img src="'
            f'{esc(image_path(first, 0, self.image_folder))}" alt="" class="anh-lon" /></a>'
            f'<h3><a href="{href}">{esc(first.title)}</a></h3>'
            f'<p class="tomtat">{esc(first.sapo())}</p></div>'
        )
        others = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">{listing_date(it.published)}</span></li>'
            for it in rest
        )
        return (
            f'<div class="box-home"><div class="box-title">Tin mới nhất</div>{lead}'
            f'<ul class="ds-tinmoi">{others}</ul><div class="xemtiep"><a href="'
            f'{esc(self.listing_path(None))}">Xem tiếp &raquo;</a></div></div>'
        )

    def static_main(self, kind: str) -> str:
        p = self.portal
        if kind == "gioithieu":
            text = (
                f"{p.name} là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh {p.province}, tham "
                "mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công tác xây dựng và thi hành "
                "pháp luật, kiểm tra văn bản, phổ biến giáo dục pháp luật và bổ trợ tư pháp."
            )
            return f'<div class="noidung-tinh"><h2>Giới thiệu</h2><p>{esc(text)}</p></div>'
        return (
            f'<div class="noidung-tinh"><h2>Liên hệ</h2><p>Địa chỉ: {esc(p.address)}</p>'
            f"<p>Điện thoại: {esc(p.phone)}</p></div>"
        )

    # -- articles

    def related(self, item: Item) -> list[Item]:
        """ "Các tin khác": the portal's other news, newest first (the GridView is bound to the
        general news list without the current article, so its page 1 is the newest news)."""
        return [it for it in self.items if it is not item and it.kind == "article"]

    def article_html(self, item: Item, request: Request, others_page: int = 1) -> str:
        form = _Page("tintuc_chitiet_aspx", form_action(request))
        related = self.related(item)
        pages = max(1, -(-len(related) // OTHERS_PAGE_SIZE))
        shown = related[(others_page - 1) * OTHERS_PAGE_SIZE : others_page * OTHERS_PAGE_SIZE]
        others = ""
        if related:
            others = (
                '<div class="tinkhac"><div class="tieude-tinkhac">Các tin khác</div>'
                f"{self.grid(form, OTHERS_GRID, shown, others_page, pages)}</div>"
            )
        main = self.article_main(item, request) + others
        crumbs = [
            (self.news.name, self.listing_path(None)),
            (item.section.name, self.listing_path(item.section)),
        ]
        state = {"PageIndex": others_page - 1, "ID": item.number}
        return self.frame(form, item.title, crumbs, main, request, state)

    def article_main(self, item: Item, request: Request) -> str:
        blocks = []
        for kind, value in body_blocks(item, request.revision):
            if kind == "p":
                blocks.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                blocks.append(
                    '<table class="image" align="center" border="0" cellpadding="3" '
                    'cellspacing="0" style="width: 500px;"><tbody><tr><td><img alt="" src="'
                    f'{esc(image_path(item, index, self.image_folder))}" style="width: 500px;" />'
                    f'</td></tr><tr><td style="text-align: center;"><em>{esc(caption)}</em>'
                    "</td></tr></tbody></table>"
                )
        if item.author:
            blocks.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        source = (
            f'<div class="nguontin">Nguồn: <span id="ctl00_ContentPlaceHolder1_lblNguon">'
            f"{esc(item.source)}</span></div>"
            if item.source
            else ""
        )
        printing = esc(
            f"javascript:window.open('{self.print_path(item)}','InTin','width=800,height=600');"
        )
        views = view_count(request.seed + item.key)
        modified = item.shown_modified(request.revision)
        updated = (
            f' | Cập nhật: <span class="ngay">{net_datetime(modified)}</span>' if modified else ""
        )
        return f"""<div class="chitiet-tin">
<h1 class="tieude-tin"><span id="ctl00_ContentPlaceHolder1_lblTieuDe">{esc(item.title)}</span></h1>
<div class="thongtin-tin">Ngày xuất bản: <span id="ctl00_ContentPlaceHolder1_lblNgayDang">\
{net_datetime(item.published)}</span>{updated} | Lượt xem: \
<span id="ctl00_ContentPlaceHolder1_lblLuotXem">{thousands(views)}</span></div>
<div class="congcu"><a href="{printing}"><img src="/Images/print.gif" alt="" /> Bản in</a> \
<a href="javascript:void(0);" onclick="guiEmail();">Gửi email</a> \
<span class="cochu">Cỡ chữ: <a href="javascript:doiCoChu(-1);">A-</a> \
<a href="javascript:doiCoChu(1);">A+</a></span></div>
<div id="ctl00_ContentPlaceHolder1_pnNoiDung" class="noidung-tin">
{"".join(blocks)}
</div>
{source}
</div>
"""

    def print_html(self, item: Item) -> str:
        body = "".join(f"<p>{esc(text)}</p>" for text in item.body(0))
        byline = f"<p><b>{esc(item.author)}</b></p>" if item.author else ""
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f'<title>{esc(item.title)}</title></head><body onload="window.print();">'
            f'<div class="in-tieude">{esc(self.portal.name)}</div><h2>{esc(item.title)}</h2>'
            f"<div>Ngày xuất bản: {net_datetime(item.published)}</div>{body}{byline}"
            "</body></html>"
        )

    # -- errors

    def error_html(self, status: int) -> str:
        if status == 404:
            return (
                '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
                f"<title>Không tìm thấy trang - {esc(self.portal.name)}</title></head><body>"
                '<div class="loi"><h2>Không tìm thấy trang yêu cầu</h2><p>Trang bạn truy cập '
                'không tồn tại hoặc đã bị xóa.</p><p><a href="/Default.aspx">Về trang chủ</a></p>'
                "</div></body></html>"
            )
        return self.yellow_screen_html("An unhandled exception occurred.", "System.Exception")

    def yellow_screen_html(self, message: str, exception: str) -> str:
        """The ASP.NET "Server Error in '/' Application." page (English, as servers send it)."""
        return (
            f'<html><head><title>{message.split(".")[0]}.</title></head><body bgcolor="white">'
            "<span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>"
            f"<h2> <i>{message.split('.')[0]}.</i> </h2></span>"
            f"<b> Description: </b>{message}<br><br>"
            f"<b> Exception Details: </b>{exception}: {message}<br><br>"
            "<b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; "
            "ASP.NET Version:4.0.30319.36415</body></html>"
        )

    def yellow_screen(self, message: str, exception: str) -> Response:
        return self.html_response(self.yellow_screen_html(message, exception), 500)

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        return "\n".join(lines) + "\n"
