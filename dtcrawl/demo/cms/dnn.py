"""DotNetNuke (DNN) family (bachthuy): ASP.NET WebForms pages built from tabs, panes and modules.

URL shapes (DNN "friendly URLs": everything after ``tabid/<n>/`` is key/value pairs, the last
segment is a page name the server ignores; the part before ``tabid`` is ignored too):
- home ``/`` (also ``/default.aspx`` and ``/trang-chu/tabid/55/default.aspx``);
- news tab ``/tin-tuc/tabid/119/default.aspx``, page N ``/tin-tuc/tabid/119/currentpage/N/default.aspx``
  (``?currentpage=N`` works too); topic tabs ``/tin-tuc/<slug>/tabid/<id>/...`` the same way;
- article ``/tin-tuc/<slug>/tabid/<id>/ArticleID/<n>/<Title-Slug>.aspx`` (its topic tab);
- alias ``/tin-tuc/<slug>/tabid/<id>/ctl/ArticleView/mid/<mid>/articleId/<n>/<Title-Slug>.aspx``
  (the module-control URL, linked from the "Tin nổi bật" box);
- print view: the article path plus ``?mid=<mid>&dnnprintmode=true&SkinSrc=…&ContainerSrc=…``
  (no skin, no container: title, date and body only);
- documents ``/van-ban/tabid/130/default.aspx``: a Telerik RadGrid whose pager only posts back
  (``javascript:__doPostBack``, ``rgPageNext``); files ``/LinkClick.aspx?fileticket=…`` (PDF);
  banners ``/LinkClick.aspx?link=<url>&tabid=55&mid=…`` (a 302 to another site);
- ``/SiteMap.aspx`` lists the tabs only (no articles), not announced in robots.txt.
Every page is one ``<form id="Form">`` with a large ``__VIEWSTATE``; modules sit in panes
(``dnn_LeftPane``, ``dnn_ContentPane``, ``dnn_RightPane``) inside containers with titles, their
controls named ``dnn_ctr<mid>_…``. Dates are .NET ``vi-VN`` ones: ``17/10/2022 8:22:19 SA``.
"""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import datetime, timedelta
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

HOME_TAB = 55
LOGIN_TAB = 58
ABOUT_TAB = 116
DOCS_TAB = 130
CONTACT_TAB = 131
NEWS_MID = 512
DOCS_MID = 640
GRID_PAGE_SIZE = 5
PRINT_QUERY = (
    "dnnprintmode=true&SkinSrc=%5bG%5dSkins%2f_default%2fNo+Skin"
    "&ContainerSrc=%5bG%5dContainers%2f_default%2fNo+Container"
)
_TABID = re.compile(r"/tabid/(\d+)(/.*)?$", re.IGNORECASE)

DOC_KINDS = (
    ("KH-UBND", "Kế hoạch triển khai {topic} trên địa bàn tỉnh năm {year}"),
    ("QĐ-UBND", "Quyết định ban hành quy chế {topic}"),
    ("UBND-KGVX", "Về việc đẩy mạnh {topic} trong các cơ quan nhà nước"),
    ("TB-UBND", "Thông báo kết luận của Chủ tịch UBND tỉnh về {topic}"),
    ("CT-UBND", "Chỉ thị về tăng cường {topic} giai đoạn {year}-{next}"),
)
DOC_TOPICS = (
    "chuyển đổi số",
    "dịch vụ công trực tuyến toàn trình",
    "bảo đảm an toàn thông tin mạng",
    "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
    "thanh toán không dùng tiền mặt",
    "phát triển hạ tầng số",
    "ứng dụng chữ ký số",
    "vận hành Trung tâm giám sát, điều hành thông minh",
)
LINKS = (
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn"),
    ("Hệ thống thông tin giải quyết TTHC tỉnh", "https://dichvucong.bachthuy.gov.vn"),
    ("Công báo tỉnh Bạch Thủy", "https://congbao.bachthuy.gov.vn"),
)


def dnn_datetime(moment: datetime) -> str:
    """A date and time as .NET writes them for ``vi-VN``: ``dd/MM/yyyy h:mm:ss tt`` (SA/CH).

    >>> dnn_datetime(datetime(2022, 10, 17, 8, 22, 19))
    '17/10/2022 8:22:19 SA'
    >>> dnn_datetime(datetime(2023, 1, 5, 0, 30)), dnn_datetime(datetime(2023, 1, 5, 14, 5))
    ('05/01/2023 12:30:00 SA', '05/01/2023 2:05:00 CH')
    """
    hour = moment.hour % 12 or 12
    suffix = "SA" if moment.hour < 12 else "CH"
    return f"{dmy(moment)} {hour}:{moment:%M:%S} {suffix}"


def friendly_params(path: str) -> tuple[int, dict[str, str]] | None:
    """The tab id and the key/value pairs of a DNN friendly URL path (keys lower-cased).

    >>> friendly_params("/tin-tuc/tabid/119/currentpage/3/default.aspx")
    (119, {'currentpage': '3'})
    >>> friendly_params("/a/tabid/124/ctl/ArticleView/mid/524/articleId/2150/Tieu-de.aspx")
    (124, {'ctl': 'ArticleView', 'mid': '524', 'articleid': '2150'})
    >>> friendly_params("/gioi-thieu.aspx") is None
    True
    """
    match = _TABID.search(path)
    if not match:
        return None
    rest = [part for part in (match.group(2) or "").split("/") if part]
    if rest and rest[-1].lower().endswith(".aspx"):
        rest = rest[:-1]
    pairs = {rest[i].lower(): rest[i + 1] for i in range(0, len(rest) - 1, 2)}
    return int(match.group(1)), pairs


def viewstate(seed: str, size: int) -> str:
    """A deterministic ``__VIEWSTATE`` value of about ``size`` characters (base64, as ASP.NET).

    >>> value = viewstate("x", 300)
    >>> value.startswith("/wEPDwU") and 290 < len(value) < 320
    True
    """
    raw = hashlib.shake_256(seed.encode("utf-8")).digest(size * 3 // 4)
    return "/wEPDwUKMTA4NzY1" + base64.b64encode(raw).decode("ascii")


def _postback(target: str, argument: str = "") -> str:
    return f"javascript:__doPostBack('{target}','{argument}')"


class DnnSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/10.0",
        "X-AspNet-Version": "4.0.30319",
        "X-Powered-By": "ASP.NET",
        "Set-Cookie": "dnn_IsMobile=False; path=/; HttpOnly",
    }
    number_base = 2_140
    number_stride = 3
    image_folder = "/Portals/0/Images/TinTuc"

    # -- tabs and URLs

    def tab_path(self, section: Section | None) -> str:
        """The tab's path before ``tabid`` (DNN builds it from the page hierarchy)."""
        if self.is_news(section):
            return "/tin-tuc"
        return f"/tin-tuc/{section.slug}"

    def tab_id(self, section: Section | None) -> int:
        return self.news.id if self.is_news(section) else section.id

    def module_id(self, section: Section | None) -> int:
        """The news module's id on the section's tab (``dnn_ctr<mid>_…``)."""
        return NEWS_MID if self.is_news(section) else 400 + section.id

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = f"{self.tab_path(section)}/tabid/{self.tab_id(section)}"
        return f"{base}/currentpage/{page}/default.aspx" if page > 1 else f"{base}/default.aspx"

    def home_path(self) -> str:
        return "/"

    @staticmethod
    def title_slug(item: Item) -> str:
        return slugify(item.title, keep_case=True, max_len=80) or "bai-viet"

    def article_path(self, item: Item) -> str:
        section = item.section
        return (
            f"{self.tab_path(section)}/tabid/{self.tab_id(section)}"
            f"/ArticleID/{item.number}/{self.title_slug(item)}.aspx"
        )

    def alias_path(self, item: Item) -> str:
        """The module-control URL of the same article (``ctl/ArticleView``)."""
        section = item.section
        return (
            f"{self.tab_path(section)}/tabid/{self.tab_id(section)}/ctl/ArticleView"
            f"/mid/{self.module_id(section)}/articleId/{item.number}/{self.title_slug(item)}.aspx"
        )

    def print_path(self, item: Item) -> str:
        return f"{self.article_path(item)}?mid={self.module_id(item.section)}&{PRINT_QUERY}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def static_path(self, tab: int) -> str:
        names = {
            HOME_TAB: "trang-chu",
            LOGIN_TAB: "dang-nhap",
            ABOUT_TAB: "gioi-thieu",
            DOCS_TAB: "van-ban",
            CONTACT_TAB: "lien-he",
        }
        return f"/{names[tab]}/tabid/{tab}/default.aspx"

    def extra_paths(self) -> dict[str, str]:
        return {"sitemap": "/SiteMap.aspx"}

    def link(self, item: Item, where: str) -> str:
        """How a box links an article: the featured box uses the module-control alias."""
        if item.kind == "article" and where == "featured":
            return self.alias_path(item)
        return self.article_path(item)

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path, {k.lower(): v for k, v in request.params.items()}
        lowered = path.lower()
        if lowered in ("/", "/default.aspx"):
            tab, pairs = int(params.get("tabid") or HOME_TAB), {}
        elif lowered == "/linkclick.aspx":
            return self.link_click(params)
        elif lowered == "/sitemap.aspx":
            return Response(
                200,
                {"Content-Type": "text/xml; charset=utf-8"},
                self.sitemap_xml(request).encode("utf-8"),
            )
        else:
            parsed = friendly_params(path)
            if parsed is None:
                return None
            tab, pairs = parsed
        values = {**pairs, **params}
        ctl = values.get("ctl", "").lower()
        if ctl in ("terms", "privacy"):
            return self.html_response(self.static_html(ctl, request))
        if tab in (HOME_TAB, ABOUT_TAB, CONTACT_TAB, LOGIN_TAB, DOCS_TAB):
            if values.get("articleid") or ctl:
                return None
            return self.html_response(self.tab_html(tab, request))
        section = None if tab == self.news.id else self.section_by_id(tab)
        if section is None and tab != self.news.id:
            return None
        if values.get("articleid"):
            item = self.by_number.get(page_number(values["articleid"], 0))
            if item is None or (ctl and ctl != "articleview"):
                return None
            if values.get("dnnprintmode", "").lower() == "true" and item.kind == "article":
                return self.html_response(self.print_html(item, request))
            return self.article_response(item, request)
        if ctl:
            return None
        page = page_number(values.get("currentpage"))
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:  # an empty section still has its (empty) first page
            return None
        return self.html_response(self.listing_html(section, page, pages, items, request))

    def link_click(self, params: dict[str, str]) -> Response | None:
        """DNN's LinkClick handler: a tracked banner link (302) or a document download."""
        if params.get("link"):
            return Response(302, {"Location": params["link"]}, b"")
        ticket = params.get("fileticket", "")
        for doc in self.documents():
            if doc["ticket"] == ticket:
                name = slugify(doc["number"]) + ".pdf"
                return Response(
                    200,
                    {
                        "Content-Type": "application/pdf",
                        "Content-Disposition": f'attachment; filename="{name}"',
                    },
                    b"%PDF-1.4\n% " + doc["number"].encode("utf-8") + b"\n%%EOF\n",
                )
        return None

    # -- boilerplate data

    def documents(self) -> list[dict[str, str]]:
        """The documents of the "Văn bản mới" grid, newest first (deterministic)."""
        latest = self.items[0].published if self.items else datetime(2024, 6, 3, 9, 0)
        docs = []
        for index in range(23):
            code, pattern = DOC_KINDS[index % len(DOC_KINDS)]
            topic = DOC_TOPICS[(index * 3) % len(DOC_TOPICS)]
            issued = latest - timedelta(days=4 * index + stable_int(f"doc{index}", 0, 3))
            number = f"{stable_int(self.portal.id + str(index), 12, 2980)}/{code}"
            title = pattern.format(topic=topic, year=issued.year, next=issued.year + 2)
            docs.append(
                {
                    "number": number,
                    "issued": dmy(issued),
                    "title": title[0].upper() + title[1:],
                    "ticket": stable_token(
                        f"ticket{index}", 12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
                    )
                    + "=",
                }
            )
        return docs

    def doc_href(self, doc: dict[str, str]) -> str:
        return (
            f"/LinkClick.aspx?fileticket={quote(doc['ticket'], safe='')}"
            f"&tabid={DOCS_TAB}&portalid=0&mid={DOCS_MID}"
        )

    def current_date(self) -> datetime:
        """The skin's "today" (fixed, so pages are deterministic: the day after the newest item)."""
        latest = self.items[0].published if self.items else datetime(2024, 6, 3, 9, 0)
        return latest + timedelta(days=1)

    # -- containers and widgets

    @staticmethod
    def container(mid: int, title: str, content: str, module: str, css: str = "c_blue") -> str:
        """A module in its container: a title bar and the module content (DNN markup)."""
        return f"""<div class="DnnModule DnnModule-{module} DnnModule-{mid}"><a name="{mid}"></a>
<div class="c_container {css}"><div class="c_head"><h2 class="c_title"><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="TitleHead">{esc(title)}</span></h2></div>
<div id="dnn_ctr{mid}_ContentPane" class="c_content"><!-- Start_Module_{mid} --><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod{module}C">
{content}
</div><!-- End_Module_{mid} --></div>
<div class="c_footer"></div></div></div>"""

    def grid(self, seed: str, mid: int = DOCS_MID, rows: int = GRID_PAGE_SIZE) -> str:
        """The "Văn bản mới" Telerik RadGrid: first page only; its pager posts back."""
        docs = self.documents()
        pages = -(-len(docs) // rows)
        grid_id = f"dnn_ctr{mid}_VanBan_grdVanBan"
        target = f"dnn$ctr{mid}$VanBan$grdVanBan$ctl00$ctl03$ctl01"
        body = "".join(
            f'<tr class="{"rgRow" if i % 2 == 0 else "rgAltRow"}" id="{grid_id}_ctl00__{i}">'
            f"<td>{esc(doc['number'])}</td><td>{doc['issued']}</td>"
            f'<td><a href="{esc(self.doc_href(doc))}" target="_blank">{esc(doc["title"])}</a></td></tr>'
            for i, doc in enumerate(docs[:rows])
        )
        current = ' class="rgCurrentPage"'
        numbers = "".join(
            f'<a href="{_postback(f"{target}$ctl{n:02d}")}"{current if n == 1 else ""}>'
            f"<span>{n}</span></a>"
            for n in range(1, pages + 1)
        )
        return f"""<div id="{grid_id}" class="RadGrid RadGrid_Default">
<table class="rgMasterTable" id="{grid_id}_ctl00" style="width:100%;table-layout:auto;empty-cells:show;">
<colgroup><col style="width:90px" /><col style="width:80px" /><col /></colgroup>
<thead><tr><th scope="col" class="rgHeader">Số ký hiệu</th><th scope="col" class="rgHeader">Ngày ban hành</th><th scope="col" class="rgHeader">Trích yếu</th></tr></thead>
<tfoot><tr class="rgPager"><td colspan="3"><table summary="Data pager which controls on which page is shown in the RadGrid control." style="width:100%;border-spacing:0;"><tbody><tr><td class="rgPagerCell NumericPages">
<div class="rgWrap rgArrPart1"><input type="submit" name="{target}$ctl01" value=" " onclick="javascript:return false;" title="Trang đầu" class="rgPageFirst" /><input type="submit" name="{target}$ctl02" value=" " onclick="javascript:return false;" title="Trang trước" class="rgPagePrev" /></div>
<div class="rgWrap rgNumPart">{numbers}</div>
<div class="rgWrap rgArrPart2"><input type="submit" name="{target}$ctl04" value=" " title="Trang sau" class="rgPageNext" /><input type="submit" name="{target}$ctl05" value=" " title="Trang cuối" class="rgPageLast" /></div>
<div class="rgWrap rgInfoPart">&nbsp;Trang <strong>1</strong> / <strong>{pages}</strong>, mục <strong>1</strong> đến <strong>{rows}</strong> trên <strong>{len(docs)}</strong></div>
</td></tr></tbody></table></td></tr></tfoot>
<tbody>{body}</tbody></table>
<input id="{grid_id}_ClientState" name="{grid_id}_ClientState" type="hidden" autocomplete="off" value="" />
</div>
<script type="text/javascript">Sys.Application.add_init(function() {{ $create(Telerik.Web.UI.RadGrid, {{"ClientID":"{grid_id}","UniqueID":"dnn$ctr{mid}$VanBan$grdVanBan","_activeRowIndex":"","allowMultiRowSelection":false}}, null, null, $get("{grid_id}")); }});</script>"""

    def left_pane(self, section: Section | None, seed: str) -> str:
        menu = "".join(
            f'<li class="{"selected" if s == section else "item"}"><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        stats = tthc_stats(seed)
        question, options = poll(seed)
        choices = "".join(
            f'<tr><td><input id="dnn_ctr720_Poll_rblOptions_{i}" type="radio" name="dnn$ctr720$Poll$rblOptions" value="{i}" />'
            f'<label for="dnn_ctr720_Poll_rblOptions_{i}">{esc(o)}</label></td></tr>'
            for i, o in enumerate(options)
        )
        links = "".join(
            f'<a href="/LinkClick.aspx?link={quote(url, safe="")}&amp;tabid={HOME_TAB}&amp;mid=730" target="_blank">'
            f'<img src="/Portals/0/Banner/banner-{i + 1}.png" alt="{esc(name)}" title="{esc(name)}" /></a>'
            for i, (name, url) in enumerate(LINKS)
        )
        return "\n".join(
            [
                self.container(
                    710,
                    "Chuyên mục",
                    f'<ul class="catmenu"><li><a href="{esc(self.listing_path(None))}">{esc(self.news.name)}</a></li>{menu}</ul>',
                    "DNN_HTML",
                ),
                self.container(
                    715,
                    "Kết quả giải quyết TTHC",
                    f'<div class="tthc"><p>Tháng {stats["month"]}:</p><table>'
                    f'<tr><td>Hồ sơ tiếp nhận</td><td><span id="dnn_ctr715_KetQua_lblTiepNhan">{thousands(stats["total"])}</span></td></tr>'
                    f'<tr><td>Giải quyết đúng hạn</td><td><span id="dnn_ctr715_KetQua_lblDungHan">{thousands(stats["ontime"])}</span></td></tr>'
                    f'<tr><td>Trễ hạn</td><td><span id="dnn_ctr715_KetQua_lblTreHan">{thousands(stats["late"])}</span></td></tr>'
                    f'<tr><td>Tỷ lệ đúng hạn</td><td><span id="dnn_ctr715_KetQua_lblTyLe">{stats["percent"]}%</span></td></tr></table></div>',
                    "KetQuaTTHC",
                ),
                self.container(
                    720,
                    "Thăm dò ý kiến",
                    f'<div class="poll"><span id="dnn_ctr720_Poll_lblQuestion" class="Normal">{esc(question)}</span>'
                    f'<table id="dnn_ctr720_Poll_rblOptions" class="Normal">{choices}</table>'
                    f'<input type="submit" name="dnn$ctr720$Poll$cmdVote" value="Biểu quyết" id="dnn_ctr720_Poll_cmdVote" class="CommandButton" /> '
                    f'<a id="dnn_ctr720_Poll_cmdResults" class="CommandButton" href="{_postback("dnn$ctr720$Poll$cmdResults")}">Xem kết quả</a></div>',
                    "Poll",
                ),
                self.container(730, "Liên kết", f'<div class="banners">{links}</div>', "Banners"),
            ]
        )

    def right_pane(self, seed: str, exclude: Item | None = None) -> str:
        visits = visitor_stats(seed)
        latest = "".join(
            f'<li><a href="{esc(self.link(it, "latest"))}">{esc(it.title)}</a> '
            f'<span class="date">({dmy(it.published)})</span></li>'
            for it in self.latest(6, exclude=exclude)
        )
        links = "".join(f'<option value="{esc(url)}">{esc(name)}</option>' for name, url in LINKS)
        return "\n".join(
            [
                self.container(
                    740, "Tin mới", f'<ul class="tinmoi">{latest}</ul>', "TinTuc_TinMoi", "c_red"
                ),
                self.container(DOCS_MID, "Văn bản mới", self.grid(seed), "VanBan"),
                self.container(
                    750,
                    "Liên kết website",
                    '<select name="dnn$ctr750$LienKet$ddlLienKet" id="dnn_ctr750_LienKet_ddlLienKet" '
                    'onchange="if(this.value) window.open(this.value);">'
                    f'<option value="">-- Chọn liên kết --</option>{links}</select>',
                    "LienKet",
                ),
                self.container(
                    760,
                    "Thống kê truy cập",
                    '<table class="thongke">'
                    f'<tr><td>Đang truy cập:</td><td><span id="dnn_ctr760_ThongKe_lblOnline">{thousands(visits["online"])}</span></td></tr>'
                    f'<tr><td>Hôm nay:</td><td><span id="dnn_ctr760_ThongKe_lblHomNay">{thousands(visits["today"])}</span></td></tr>'
                    f'<tr><td>Tháng này:</td><td><span id="dnn_ctr760_ThongKe_lblThang">{thousands(visits["month"])}</span></td></tr>'
                    f'<tr><td>Tổng lượt truy cập:</td><td><span id="dnn_ctr760_ThongKe_lblTong">{thousands(visits["total"])}</span></td></tr></table>',
                    "ThongKe",
                ),
            ]
        )

    # -- the page frame

    def frame(
        self,
        *,
        title: str,
        action: str,
        tab: int,
        crumbs: list[tuple[str, str]],
        content: str,
        seed: str,
        section: Section | None = None,
        left: bool = True,
        right: str | None = None,
        description: str = "",
    ) -> str:
        portal = self.portal
        menu_sections = "".join(
            f'<li class="item"><a href="{esc(self.listing_path(s))}"><span>{esc(s.name)}</span></a></li>'
            for s in self.sections.values()
        )

        def top(tab_id: int, href: str, label: str, sub: str = "") -> str:
            selected = " selected" if tab_id == tab else ""
            children = f'<ul class="subLevel">{sub}</ul>' if sub else ""
            return f'<li class="item{selected}"><a href="{esc(href)}"><span>{esc(label)}</span></a>{children}</li>'

        news_tabs = {self.news.id, *(s.id for s in self.sections.values())}
        menu = "".join(
            [
                top(HOME_TAB, "/", "Trang chủ"),
                top(ABOUT_TAB, self.static_path(ABOUT_TAB), "Giới thiệu"),
                top(
                    self.news.id if tab in news_tabs else -1,
                    self.listing_path(None),
                    self.news.name,
                    menu_sections,
                ),
                top(DOCS_TAB, self.static_path(DOCS_TAB), "Văn bản"),
                top(CONTACT_TAB, self.static_path(CONTACT_TAB), "Liên hệ"),
            ]
        )
        crumb = " <span class='sep'>»</span> ".join(
            f'<a href="{esc(href)}" class="breadcrumbLink">{esc(label)}</a>'
            for href, label in [("/", "Trang chủ"), *crumbs]
        )
        today = self.current_date()
        returnurl = quote(action.split("?")[0], safe="")
        left_html = self.left_pane(section, seed) if left else ""
        right_html = right if right is not None else self.right_pane(seed)
        size = 5200 + stable_int(seed + "vs-size", 0, 2600)
        return f"""<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta name="REVISIT-AFTER" content="1 DAYS" />
<meta name="RATING" content="GENERAL" />
<meta name="RESOURCE-TYPE" content="DOCUMENT" />
<meta content="text/javascript" http-equiv="Content-Script-Type" />
<meta content="text/css" http-equiv="Content-Style-Type" />
<title>
	{esc(title)}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{esc(description or portal.name)}" /><meta id="MetaKeywords" name="KEYWORDS" content="{esc(portal.province)}, cổng thông tin, chuyển đổi số" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=88" type="text/css" rel="stylesheet"/><link href="/Portals/_default/Skins/BachThuy/skin.css?cdv=88" type="text/css" rel="stylesheet"/><link href="/Portals/_default/Containers/BachThuy/container.css?cdv=88" type="text/css" rel="stylesheet"/><link href="/Portals/0/portal.css?cdv=88" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=88" type="text/javascript"></script><link id="favicon" rel="SHORTCUT ICON" href="/Portals/0/favicon.ico?ver=2019-05-14-091530-000" type="image/x-icon" /></head>
<body id="Body">
    <form method="post" action="{esc(action)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="StylesheetManager_TSSM" id="StylesheetManager_TSSM" value="" />
<input type="hidden" name="ScriptManager_TSM" id="ScriptManager_TSM" value="" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(seed, size)}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{
    theForm = document.Form;
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

<script src="/WebResource.axd?d={stable_token(seed + "wr", 24)}&amp;t=637814412140000000" type="text/javascript"></script>
<script src="/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=ScriptManager_TSM&amp;compress=1" type="text/javascript"></script>
<script src="/ScriptResource.axd?d={stable_token(seed + "sr", 24)}&amp;t=ffffffffecf19baa" type="text/javascript"></script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__VIEWSTATEENCRYPTED" id="__VIEWSTATEENCRYPTED" value="" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate(seed + "ev", 180).replace("/wEPDwUK", "/wEdAB")}" />
</div><script type="text/javascript">
//<![CDATA[
Sys.WebForms.PageRequestManager._initialize('ScriptManager', 'Form', [], [], [], 90, '');
//]]>
</script>

        <!--CDF(Css|/Portals/_default/Skins/BachThuy/skin.css?cdv=88)-->
<div id="siteWrapper" class="bachthuy-skin">
<div id="dnn_topbar" class="topbar">
  <span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{weekday(today)}, {dmy(today)}</span>
  <div class="user-links"><a id="dnn_dnnUSER_registerLink" title="Đăng ký" class="SkinObject" rel="nofollow" href="javascript:dnnModal.show('/dang-ky/tabid/59/default.aspx?popUp=true',true,550,950,true,'')">Đăng ký</a>
  <a id="dnn_dnnLOGIN_loginLink" title="Đăng nhập" class="SkinObject" rel="nofollow" href="{self.static_path(LOGIN_TAB)}?returnurl={returnurl}">Đăng nhập</a></div>
</div>
<div id="dnn_header" class="header">
  <a id="dnn_dnnLOGO_hypLogo" title="{esc(portal.name)}" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/Logo/logo-bachthuy.png" alt="{esc(portal.name)}" /></a>
  <div class="site-name"><span class="line1">{esc(portal.agency.upper())}</span><span class="line2">{esc(portal.name.upper())}</span></div>
  <div id="dnn_dnnSEARCH_ClassicSearch" class="search"><input name="dnn$dnnSEARCH$txtSearch" type="text" maxlength="255" size="20" id="dnn_dnnSEARCH_txtSearch" class="NormalTextBox" placeholder="Tìm kiếm..." />
  <a id="dnn_dnnSEARCH_cmdSearch" class="SkinObject" href="{_postback("dnn$dnnSEARCH$cmdSearch")}">Tìm</a></div>
</div>
<div id="dnn_nav" class="mainnav"><ul class="topLevel">{menu}</ul></div>
<div id="dnn_breadcrumb" class="breadcrumb"><span class="here">Bạn đang ở:</span> <span id="dnn_dnnBREADCRUMB_lblBreadCrumb" itemprop="breadcrumb">{crumb}</span></div>
<div id="dnn_TopPane" class="TopPane DNNEmptyPane"></div>
<div class="main-row">
<div id="dnn_LeftPane" class="LeftPane{"" if left_html else " DNNEmptyPane"}">{left_html}</div>
<div id="dnn_ContentPane" class="ContentPane">{content}</div>
<div id="dnn_RightPane" class="RightPane">{right_html}</div>
</div>
<div id="dnn_BottomPane" class="BottomPane DNNEmptyPane"></div>
<div id="dnn_footer" class="footer">
  <div class="footer-info">
    <p><strong>{esc(portal.name.upper())}</strong></p>
    <p>Cơ quan chủ quản: {esc(portal.agency)}</p>
    <p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
    <p>{esc(portal.licence)}</p>
    <p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)} - Email: banbientap@{esc(portal.domain)}</p>
    <p><em>{esc(reuse_notice(portal))}</em></p>
  </div>
  <div class="footer-links"><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="SkinObject">Bản quyền © {today.year} {esc(portal.name)}</span>
  | <a id="dnn_dnnTERMS_hypTerms" class="SkinObject" rel="nofollow" href="/trang-chu/tabid/{HOME_TAB}/ctl/Terms/default.aspx">Điều khoản sử dụng</a>
  | <a id="dnn_dnnPRIVACY_hypPrivacy" class="SkinObject" rel="nofollow" href="/trang-chu/tabid/{HOME_TAB}/ctl/Privacy/default.aspx">Chính sách bảo mật</a></div>
</div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`{tab}`}}" />
<input name="__RequestVerificationToken" type="hidden" value="{stable_token(seed + "rvt", 32)}" />
<script type="text/javascript">
//<![CDATA[
Sys.Application.initialize();
//]]>
</script>
</form>
    <!--CDF(Javascript|/js/dnncore.js?cdv=88)--><!--CDF(Javascript|/js/dnn.modalpopup.js?cdv=88)-->
</body>
</html>
"""

    # -- pages

    def news_rows(self, items: list[Item], mid: int, revision: int, seed: str) -> str:
        """A news list module's items (repeater rows: thumbnail, title, date, summary)."""
        rows = []
        for index, it in enumerate(items):
            href = esc(self.link(it, "list"))
            prefix = f"dnn_ctr{mid}_DanhSachTin_rptTin_ctl{index:02d}"
            rows.append(
                f'<div class="news-item"><a id="{prefix}_hlImage" class="news-img" href="{href}">'
                f'<img src="{esc(image_path(it, 0, self.image_folder))}" alt="{esc(it.title)}" /></a>'
                f'<h3 class="news-title"><a id="{prefix}_hlTitle" href="{href}">{esc(it.title)}</a></h3>'
                f'<span id="{prefix}_lblNgay" class="news-date">({dmy(it.published)})</span>'
                f'<div class="news-summary">{esc(it.sapo(revision))}</div></div>'
            )
        return "\n".join(rows)

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        """DNN's PagingControl: "Trang x / y" and First/Prev/numbers/Next/Last links."""
        if pages <= 1:
            return ""
        links = []

        def link(label: str, n: int) -> str:
            return (
                f'<a href="{esc(self.listing_path(section, n))}" class="CommandButton">{label}</a>'
            )

        if page > 1:
            links += [link("Đầu", 1), link("Trước", page - 1)]
        else:
            links += [
                '<span class="NormalDisabled">Đầu</span>',
                '<span class="NormalDisabled">Trước</span>',
            ]
        for n in pager_window(page, pages):
            if n is None:
                links.append('<span class="Normal">...</span>')
            elif n == page:
                links.append(f'<span class="NormalBold">{n}</span>')
            else:
                links.append(link(str(n), n))
        if page < pages:
            links += [link("Sau", page + 1), link("Cuối", pages)]
        else:
            links += [
                '<span class="NormalDisabled">Sau</span>',
                '<span class="NormalDisabled">Cuối</span>',
            ]
        return (
            '<table class="PagingTable" cellspacing="0" cellpadding="0" border="0"><tr>'
            f'<td class="Normal">Trang {page} / {pages}</td>'
            f'<td class="Normal" align="right">{"&nbsp;&nbsp;".join(links)}</td></tr></table>'
        )

    def listing_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        shown = section or self.news
        mid = self.module_id(section)
        content = self.container(
            mid,
            shown.name,
            f'<div id="dnn_ctr{mid}_DanhSachTin_pnlTin" class="news-list">'
            f"{self.news_rows(items, mid, request.revision, request.seed)}</div>"
            f'<div id="dnn_ctr{mid}_DanhSachTin_pager" class="news-pager">{self.pager(section, page, pages)}</div>',
            "TinTuc",
            "c_red",
        )
        crumbs = [(self.listing_path(None), self.news.name)]
        if section is not None and not self.is_news(section):
            crumbs.append((self.listing_path(section), section.name))
        title = f"{self.portal.name} > {self.news.name}"
        if not self.is_news(section):
            title += f" > {shown.name}"
        return self.frame(
            title=title,
            action=self.listing_path(section, page),
            tab=self.tab_id(section),
            crumbs=crumbs,
            content=content,
            seed=request.seed,
            section=section,
        )

    def body_html(self, item: Item, revision: int) -> tuple[str, str]:
        """The summary (first paragraph, bold) and the body HTML of an article."""
        blocks = body_blocks(item, revision)
        summary = ""
        if blocks and blocks[0][0] == "p":
            summary = blocks.pop(0)[1]
        parts = []
        for kind, value in blocks:
            if kind == "p":
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    f'<p style="text-align: center;"><img alt="" src="{esc(image_path(item, index, self.image_folder))}" '
                    'style="width: 600px; height: 400px;" /></p>'
                    f'<p style="text-align: center;"><em>{esc(caption)}</em></p>'
                )
        if item.author:
            parts.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        return summary, "".join(parts)

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        mid = self.module_id(item.section)
        prefix = f"dnn_ctr{mid}_ChiTietTin"
        summary, body = self.body_html(item, revision)
        modified = item.shown_modified(revision)
        updated = (
            f' <span id="{prefix}_lblCapNhat" class="article-updated">| Cập nhật lần cuối: {dnn_datetime(modified)}</span>'
            if modified
            else ""
        )
        source = (
            f'<div class="article-source"><span id="{prefix}_lblNguon">Nguồn: {esc(item.source)}</span></div>'
            if item.source
            else ""
        )
        related = "".join(
            f'<li><a id="{prefix}_rptTinKhac_ctl{i:02d}_hlTieuDe" href="{esc(self.link(it, "related"))}">{esc(it.title)}</a> '
            f'<span class="date">({dmy(it.published)})</span></li>'
            for i, it in enumerate(self.others(item, 8))
        )
        share = quote(request.base_url + self.article_path(item), safe="")
        module = f"""<div id="{prefix}_pnlChiTiet" class="article-detail">
<h1 class="article-title"><span id="{prefix}_lblTieuDe">{esc(item.title)}</span></h1>
<div class="article-info"><span id="{prefix}_lblNgayXuatBan" class="article-date">Ngày xuất bản: {dnn_datetime(item.published)}</span>{updated}
 <span class="article-views">| Lượt xem: <span id="{prefix}_lblLuotXem">{view_count(seed)}</span></span></div>
<div class="article-tools">Cỡ chữ: <a href="javascript:void(0);" onclick="changeFontSize(-1)">A-</a> <a href="javascript:void(0);" onclick="changeFontSize(0)">A</a> <a href="javascript:void(0);" onclick="changeFontSize(1)">A+</a>
 | <a id="{prefix}_hlPrint" href="{esc(self.print_path(item))}" target="_blank" rel="nofollow">In bài viết</a>
 | <a id="{prefix}_lnkEmail" href="{_postback(f"dnn$ctr{mid}$ChiTietTin$lnkEmail")}">Gửi email</a>
 | <a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank">Chia sẻ</a></div>
<div id="{prefix}_pnlTomTat" class="article-summary"><strong>{esc(summary)}</strong></div>
<div id="{prefix}_pnlNoiDung" class="article-content Normal">{body}</div>
{source}
<div class="article-back"><a href="javascript:history.back();">Quay lại</a> | <a href="#Body">Về đầu trang</a></div>
</div>
<div class="other-news"><h3 class="other-title">Các tin khác</h3><ul id="{prefix}_ulTinKhac">{related}</ul></div>"""
        content = self.container(mid, item.section.name, module, "TinTuc", "c_red")
        crumbs = [(self.listing_path(None), self.news.name)]
        if not self.is_news(item.section):
            crumbs.append((self.listing_path(item.section), item.section.name))
        return self.frame(
            title=f"{item.title} - {self.portal.name}",
            action=self.article_path(item),
            tab=self.tab_id(item.section),
            crumbs=crumbs,
            content=content,
            seed=seed,
            section=item.section,
            right=self.right_pane(seed, exclude=item),
            description=item.sapo(revision, 160),
        )

    def print_html(self, item: Item, request: Request) -> str:
        """DNN print mode: the module alone, without skin or container."""
        mid = self.module_id(item.section)
        prefix = f"dnn_ctr{mid}_ChiTietTin"
        summary, body = self.body_html(item, request.revision)
        source = f'<p class="article-source">Nguồn: {esc(item.source)}</p>' if item.source else ""
        action = self.print_path(item)
        return f"""<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" /><title>
	{esc(item.title)} - {esc(self.portal.name)}
</title><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="NOINDEX, NOFOLLOW" /><link href="/Portals/0/portal.css?cdv=88" type="text/css" rel="stylesheet"/></head>
<body id="Body" onload="window.print();">
<form method="post" action="{esc(action)}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(request.seed, 900)}" /></div>
<div id="dnn_ContentPane"><!-- Start_Module_{mid} --><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent ModTinTucC">
<div id="{prefix}_pnlChiTiet" class="article-detail print">
<h1 class="article-title"><span id="{prefix}_lblTieuDe">{esc(item.title)}</span></h1>
<div class="article-info"><span id="{prefix}_lblNgayXuatBan" class="article-date">Ngày xuất bản: {dnn_datetime(item.published)}</span></div>
<div id="{prefix}_pnlTomTat" class="article-summary"><strong>{esc(summary)}</strong></div>
<div id="{prefix}_pnlNoiDung" class="article-content Normal">{body}</div>
{source}
</div></div><!-- End_Module_{mid} --></div>
</form>
</body>
</html>
"""

    def home_html(self, request: Request) -> str:
        seed = request.seed
        healthy = [it for it in self.items if it.kind == "article"]
        featured = healthy[:5]
        slides = "".join(
            f'<li class="{"first" if i == 0 else "item"}"><a href="{esc(self.link(it, "featured"))}">'
            f'<img src="{esc(image_path(it, 0, self.image_folder))}" alt="{esc(it.title)}" /></a>'
            f'<h3><a href="{esc(self.link(it, "featured"))}">{esc(it.title)}</a></h3>'
            + (f'<p class="sapo">{esc(it.sapo(request.revision, 150))}</p>' if i == 0 else "")
            + "</li>"
            for i, it in enumerate(featured)
        )
        blocks = [
            self.container(
                505, "Tin nổi bật", f'<ul class="featured">{slides}</ul>', "TinTuc_NoiBat", "c_red"
            )
        ]
        for section in self.sections.values():
            listed = [it for it in self.listed(section) if it.kind == "article"][:4]
            if not listed:
                continue
            rows = "".join(
                f'<li><a href="{esc(self.link(it, "home"))}">{esc(it.title)}</a> <span class="date">({dmy(it.published)})</span></li>'
                for it in listed
            )
            blocks.append(
                self.container(
                    300 + section.id,
                    section.name,
                    f'<ul class="cat-news">{rows}</ul><div class="more"><a href="{esc(self.listing_path(section))}">Xem tiếp »</a></div>',
                    "TinTuc_ChuyenMuc",
                )
            )
        return self.frame(
            title=self.portal.name,
            action="/",
            tab=HOME_TAB,
            crumbs=[],
            content="\n".join(blocks),
            seed=seed,
        )

    def tab_html(self, tab: int, request: Request) -> str:
        """Home, and the tabs that are not news: about, contact, login, documents."""
        if tab == HOME_TAB:
            return self.home_html(request)
        portal = self.portal
        if tab == DOCS_TAB:
            title, content = "Văn bản chỉ đạo điều hành", self.grid(request.seed, DOCS_MID + 1, 10)
        elif tab == ABOUT_TAB:
            title = "Giới thiệu chung"
            content = (
                '<div id="dnn_ctr610_HtmlModule_lblContent" class="Normal">'
                f"<p>Tỉnh {esc(portal.province)} nằm ở vùng trung du, có địa hình đồi thấp xen đồng "
                "bằng ven sông, khí hậu nhiệt đới gió mùa với hai mùa rõ rệt.</p>"
                "<p>Toàn tỉnh có 9 đơn vị hành chính cấp huyện và 118 xã, phường, thị trấn; dân số "
                "khoảng 1,1 triệu người, trong đó hơn một phần ba sống ở khu vực đô thị.</p>"
                "<p>Kinh tế của tỉnh dựa vào nông nghiệp hàng hóa, chế biến nông sản và du lịch "
                "sinh thái; tỉnh đang ưu tiên thu hút đầu tư vào công nghiệp sạch và dịch vụ số.</p>"
                "</div>"
            )
        elif tab == CONTACT_TAB:
            title = "Liên hệ"
            content = (
                '<div id="dnn_ctr612_HtmlModule_lblContent" class="Normal">'
                f"<p>Ban Biên tập {esc(portal.name)}</p><p>Địa chỉ: {esc(portal.address)}</p>"
                f"<p>Điện thoại: {esc(portal.phone)} - Email: banbientap@{esc(portal.domain)}</p></div>"
            )
        else:
            title = "Đăng nhập"
            content = (
                '<div class="dnnForm dnnLoginService"><div class="dnnFormItem"><label for="dnn_ctr_Login_Login_DNN_txtUsername">Tên đăng nhập:</label>'
                '<input name="dnn$ctr$Login$Login_DNN$txtUsername" type="text" id="dnn_ctr_Login_Login_DNN_txtUsername" /></div>'
                '<div class="dnnFormItem"><label for="dnn_ctr_Login_Login_DNN_txtPassword">Mật khẩu:</label>'
                '<input name="dnn$ctr$Login$Login_DNN$txtPassword" type="password" id="dnn_ctr_Login_Login_DNN_txtPassword" /></div>'
                f'<a id="dnn_ctr_Login_Login_DNN_cmdLogin" class="dnnPrimaryAction" href="{_postback("dnn$ctr$Login$Login_DNN$cmdLogin")}">Đăng nhập</a></div>'
            )
        mid = {DOCS_TAB: DOCS_MID + 1, ABOUT_TAB: 610, CONTACT_TAB: 612}.get(tab, 0)
        return self.frame(
            title=f"{portal.name} > {title}",
            action=self.static_path(tab),
            tab=tab,
            crumbs=[(self.static_path(tab), title)],
            content=self.container(mid, title, content, "DNN_HTML"),
            seed=request.seed,
        )

    def static_html(self, which: str, request: Request) -> str:
        """The Terms and Privacy controls every DNN portal has (``ctl/Terms``, ``ctl/Privacy``)."""
        if which == "terms":
            title = "Điều khoản sử dụng"
            text = (
                "Thông tin trên Cổng được cung cấp nhằm phục vụ người dân và doanh nghiệp. Mọi "
                "hành vi sao chép phải ghi rõ nguồn."
            )
        else:
            title = "Chính sách bảo mật"
            text = (
                "Cổng không thu thập thông tin cá nhân của người truy cập, trừ khi người dùng tự "
                "nguyện cung cấp khi gửi câu hỏi hoặc góp ý."
            )
        return self.frame(
            title=f"{self.portal.name} > {title}",
            action=f"/trang-chu/tabid/{HOME_TAB}/ctl/{which.title()}/default.aspx",
            tab=HOME_TAB,
            crumbs=[],
            content=f'<div class="dnnTerms"><h2>{title}</h2><p>{text}</p></div>',
            seed=request.seed,
            left=False,
            right="",
        )

    def sitemap_xml(self, request: Request) -> str:
        """DNN's SiteMap.aspx: the portal's tabs (pages), never the articles."""
        base = request.base_url
        paths = ["/", self.static_path(ABOUT_TAB), self.listing_path(None)]
        paths += [self.listing_path(s) for s in self.sections.values()]
        paths += [self.static_path(DOCS_TAB), self.static_path(CONTACT_TAB)]
        stamp = self.current_date().strftime("%Y-%m-%d")
        urls = "".join(
            f"<url><loc>{esc(base + p)}</loc><lastmod>{stamp}</lastmod>"
            f"<changefreq>daily</changefreq><priority>0.5</priority></url>"
            for p in paths
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'
        )

    def error_html(self, status: int) -> str:
        if status == 404:
            title = "Không tìm thấy trang"
            message = (
                "Trang bạn yêu cầu không tồn tại hoặc đã được chuyển sang địa chỉ khác. "
                'Vui lòng quay về <a href="/">Trang chủ</a>.'
            )
        else:
            title = "Lỗi hệ thống"
            message = "Đã xảy ra lỗi trong quá trình xử lý yêu cầu. Vui lòng thử lại sau."
        return self.frame(
            title=f"{self.portal.name} > {title}",
            action="/",
            tab=HOME_TAB,
            crumbs=[],
            content=self.container(
                0, title, f'<div class="dnnFormMessage dnnFormWarning">{message}</div>', "Error"
            ),
            seed=f"err{status}",
        )
