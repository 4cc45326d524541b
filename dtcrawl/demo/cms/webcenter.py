"""Oracle WebCenter Portal family (bachngoc): ADF Faces pages with content presenter templates.

URL shapes (one WebCenter portal ``bachngoc``; every page is ``/webcenter/portal/bachngoc/pages_…``):
- home ``/webcenter/portal/bachngoc`` (also ``…/pages_trang-chu``; ``/`` answers 302 there);
- news page ``/webcenter/portal/bachngoc/pages_tin-tuc``, page N ``…/pages_tin-tuc?page=N``;
  topic pages ``…/pages_tin-tuc/<slug>`` (``chinh-quyen-so``, …) the same way;
- article ``…/pages_tin-tuc/chi-tiet?dDocName=PORTAL325066`` (the document's content id);
  the topic pages link it through their own detail page ``…/pages_tin-tuc/<slug>/chi-tiet?dDocName=…``
  (an alias: same document, other page);
- static pages ``…/pages_gioi-thieu`` and ``…/pages_lien-he``.
ADF appends window/state parameters to many links: ``_afrLoop=<digits>``, ``_afrWindowMode=0``,
``_adf.ctrl-state=<token>_<n>``. Their values depend on the page view that rendered the link, so
the same document or listing page is linked under many URLs; the server ignores them. Listings
carry two pagers: the ADF iterator's pager (``href="#"``/``javascript:`` with an ``onclick`` that
queues a partial-page request, not followable without a browser) and a plain fallback pager
``?_adf.ctrl-state=…&page=N`` under the list. Articles come from a content presenter template:
``div.contentItem`` holding the title, the date line ("Thứ hai - 11/11/2024 04:09"), the summary
(the first paragraph, bold, in ``div.tom-tat``), the body in ``div.noi-dung`` (photos as
``table.image`` with an ``<em>`` caption), the author in bold on the right, and "Nguồn: …".
"""

from __future__ import annotations

from datetime import datetime
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
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)

#: Query parameters ADF adds to URLs; they name a page view, not a document.
ADF_PARAMS = ("_afrLoop", "_afrWindowMode", "_afrWindowId", "_adf.ctrl-state")
DOC_PREFIX = "PORTAL"
SIGNIN = "/webcenter/portal/signin"
STATIC_PAGES = {
    "pages_gioi-thieu": "Giới thiệu",
    "pages_lien-he": "Liên hệ",
}


def page_view_key(path: str, params: dict[str, str]) -> str:
    """What identifies a page view for ADF: the path and its non-ADF parameters, sorted.

    >>> page_view_key("/p", {"page": "2", "_adf.ctrl-state": "x_1", "_afrLoop": "9"})
    '/p?page=2'
    """
    kept = sorted((k, v) for k, v in params.items() if k not in ADF_PARAMS)
    return path + ("?" + "&".join(f"{k}={v}" for k, v in kept) if kept else "")


def adf_state(view: str) -> tuple[str, str]:
    """The ``_afrLoop`` and ``_adf.ctrl-state`` values a page view puts on its links.

    Real servers draw them per session and window; here they are drawn from the page view
    (:func:`page_view_key`), so each page links a document under its own URL while the set of
    URLs stays finite.

    >>> loop, state = adf_state("/webcenter/portal/bachngoc/pages_tin-tuc?page=2")
    >>> len(loop), state.rsplit("_", 1)[1].isdigit()
    (16, True)
    >>> adf_state("/a") == adf_state("/a"), adf_state("/a") == adf_state("/b")
    (True, False)
    """
    loop = str(stable_int(view + "afrLoop", 10**15, 10**16 - 1))
    state = f"{stable_token(view + 'ctrl', 10)}_{stable_int(view + 'ctrl-n', 1, 42)}"
    return loop, state


def webcenter_date(moment: datetime) -> str:
    """The article date line of the content presenter template.

    >>> webcenter_date(datetime(2024, 11, 11, 4, 9))
    'Thứ hai - 11/11/2024 04:09'
    """
    return f"{weekday(moment, lower=True)} - {dmy(moment)} {moment:%H:%M}"


class WebCenterSite(CmsSite):
    number_base = 318_420
    number_stride = 13
    image_folder = "/cs/groups/bachngoc/documents/image"
    family_headers = {
        "Server": "Oracle-HTTP-Server",
        "X-Powered-By": "Servlet/3.0 JSP/2.2",
        "X-ORACLE-DMS-RID": "0",
        "X-Frame-Options": "SAMEORIGIN",
    }

    # -- URLs

    @property
    def root(self) -> str:
        return f"/webcenter/portal/{self.portal.id}"

    def news_path(self) -> str:
        return f"{self.root}/pages_{self.news.slug}"

    def section_page(self, section: Section | None) -> str:
        if self.is_news(section):
            return self.news_path()
        return f"{self.news_path()}/{section.slug}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = self.section_page(section)
        return base if page == 1 else f"{base}?page={page}"

    def home_path(self) -> str:
        return self.root

    def doc_name(self, item: Item) -> str:
        return f"{DOC_PREFIX}{item.number}"

    def article_path(self, item: Item) -> str:
        return f"{self.news_path()}/chi-tiet?dDocName={self.doc_name(item)}"

    def alias_path(self, item: Item) -> str:
        """The article on its topic's own detail page (same document, other page)."""
        return f"{self.section_page(item.section)}/chi-tiet?dDocName={self.doc_name(item)}"

    def link(self, item: Item, view: str, topic: bool = False) -> str:
        """How a page view links ``item``: plain, or with ADF state parameters, or through the
        topic's detail page (``topic``: the link sits on a topic page)."""
        if item.kind != "article":  # broken pages have one URL only, so tests can find them
            return self.article_path(item)
        path = self.alias_path(item) if topic else self.article_path(item)
        if "adf_state" not in self.portal.features:
            return path
        loop, state = adf_state(view)
        roll = stable_int(view + item.key, 0, 9)
        if roll < 3:
            return f"{path}&_afrLoop={loop}&_adf.ctrl-state={state}"
        if roll == 3:
            page, _ = path.split("?", 1)
            return (
                f"{page}?_afrLoop={loop}&_afrWindowMode=0&dDocName={self.doc_name(item)}"
                f"&_adf.ctrl-state={state}"
            )
        return path

    def pager_href(self, section: Section | None, page: int, view: str) -> str:
        """The fallback pager's link to ``page`` (ADF state first, as the portal writes it)."""
        _, state = adf_state(view)
        return f"{self.section_page(section)}?_adf.ctrl-state={state}&page={page}"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return Response(302, {"Location": self.root, "Content-Length": "0"}, b"")
        if path in ("/webcenter", "/webcenter/"):
            return Response(302, {"Location": self.root}, b"")
        if path == SIGNIN:
            return self.html_response(self.signin_html(request))
        if not path.startswith(self.root):
            return None
        rest = path[len(self.root) :].strip("/")
        if rest in ("", "pages_trang-chu"):
            return self.html_response(self.home_html(request))
        if rest in STATIC_PAGES:
            return self.html_response(self.static_html(rest, request))
        news = f"pages_{self.news.slug}"
        if rest == news:
            return self.listing_response(None, request)
        if not rest.startswith(news + "/"):
            return None
        parts = rest[len(news) + 1 :].split("/")
        if parts == ["chi-tiet"]:
            return self.document_response(request, None)
        section = self.section_by_slug(parts[0])
        if section is None:
            return None
        if len(parts) == 1:
            return self.listing_response(section, request)
        if parts[1:] == ["chi-tiet"]:
            return self.document_response(request, section)
        return None

    def document_response(self, request: Request, section: Section | None) -> Response | None:
        name = request.params.get("dDocName", "")
        if not name.upper().startswith(DOC_PREFIX) or not name[len(DOC_PREFIX) :].isdigit():
            return None
        item = self.by_number.get(int(name[len(DOC_PREFIX) :]))
        if item is None:
            return None
        if section is not None and item.kind != "article":
            return None
        return self.article_response(item, request)

    def listing_response(self, section: Section | None, request: Request) -> Response | None:
        page = page_number(request.params.get("page"))
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(section, items, page, pages, request))

    # -- ADF pieces

    @staticmethod
    def view(request: Request) -> str:
        return page_view_key(request.path, request.params)

    def region(self, view: str) -> str:
        """The client id of the page's content presenter region (``T:oc_<n>region1``)."""
        return f"T:oc_{stable_int(self.portal.id + view.split('?')[0], 10**9, 10**10 - 1)}region1"

    def breadcrumbs(self, crumbs: list[tuple[str, str]], current: str | None) -> str:
        steps = [
            f'<a id="T:bc1:{i}:cni1" class="af_breadCrumbs_step x1h" href="{esc(href)}">'
            f"{esc(label)}</a>"
            for i, (href, label) in enumerate([(self.root, "Trang chủ"), *crumbs])
        ]
        if current:
            steps.append(
                f'<span id="T:bc1:{len(steps)}:cni1" class="af_breadCrumbs_step p_AFSelected x1i">'
                f"{esc(current)}</span>"
            )
        separator = '<span class="af_breadCrumbs_separator x1j">&nbsp;›&nbsp;</span>'
        return f'<div id="T:bc1" class="af_breadCrumbs x1g">{separator.join(steps)}</div>'

    def side_box(self, ident: str, title: str, content: str) -> str:
        return (
            f'<div id="{ident}" class="af_panelBox p_AFCore p_AFDefault x2b">'
            f'<div class="af_panelBox_header x2c"><h2 class="af_panelBox_header-text x2d">'
            f"{esc(title)}</h2></div>"
            f'<div id="{ident}::content" class="af_panelBox_content x2e">{content}</div></div>'
        )

    def sidebar(self, request: Request, exclude: Item | None = None) -> str:
        seed, view = request.seed, self.view(request)
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        featured = "".join(
            f'<div id="T:pt_r3:0:it1:{i}:pgl1" class="af_panelGroupLayout x1a">'
            f'<a id="T:pt_r3:0:it1:{i}:gl1" class="af_goLink x2f" '
            f'href="{esc(self.link(it, view))}">{esc(it.title)}</a></div>'
            for i, it in enumerate(self.featured(exclude))
        )
        answers = "".join(
            f'<div class="af_selectOneRadio_content"><input type="radio" '
            f'id="T:pt_r4:0:sor1:_{i}" name="T:pt_r4:0:sor1" value="{i}">'
            f'<label for="T:pt_r4:0:sor1:_{i}" class="af_selectOneRadio_content-label">'
            f"{esc(o)}</label></div>"
            for i, o in enumerate(options)
        )
        tthc = (
            f'<table class="tthc-stat" summary=""><tbody>'
            f"<tr><td>Hồ sơ đã tiếp nhận tháng {stats['month']}</td>"
            f'<td class="so">{thousands(stats["total"])}</td></tr>'
            f'<tr><td>Đã giải quyết đúng hạn</td><td class="so">{thousands(stats["ontime"])}</td></tr>'
            f'<tr><td>Giải quyết trễ hạn</td><td class="so">{thousands(stats["late"])}</td></tr>'
            f'<tr><td>Tỷ lệ đúng hạn</td><td class="so">{stats["percent"]}%</td></tr>'
            f"</tbody></table>"
            f'<a class="af_goLink x2f" href="https://dichvucong.{esc(self.portal.domain)}/thong-ke"'
            f' target="_blank">Xem chi tiết</a>'
        )
        banners = "".join(
            f'<a class="af_goLink banner" href="{href}" target="_blank">'
            f'<img class="af_image" src="/webcenter/portal/{self.portal.id}/images/{img}" '
            f'alt="{esc(alt)}"></a>'
            for href, img, alt in (
                (f"https://dichvucong.{self.portal.domain}", "banner-dvc.png", "Cổng dịch vụ công"),
                ("https://dichvucong.gov.vn", "banner-dvcqg.png", "Cổng Dịch vụ công quốc gia"),
                (f"https://mail.{self.portal.domain}", "banner-mail.png", "Thư điện tử công vụ"),
                (
                    f"https://vanban.{self.portal.domain}",
                    "banner-vb.png",
                    "Hệ thống quản lý văn bản và điều hành",
                ),
            )
        )
        counter = (
            f'<table class="thong-ke" summary=""><tbody>'
            f"<tr><td>Đang truy cập</td><td>{thousands(visits['online'])}</td></tr>"
            f"<tr><td>Hôm nay</td><td>{thousands(visits['today'])}</td></tr>"
            f"<tr><td>Trong tuần</td><td>{thousands(visits['week'])}</td></tr>"
            f"<tr><td>Trong tháng</td><td>{thousands(visits['month'])}</td></tr>"
            f"<tr><td>Tổng lượt truy cập</td><td>{thousands(visits['total'])}</td></tr>"
            f"</tbody></table>"
        )
        poll_box = (
            f'<span class="af_outputText x1b">{esc(question)}</span>{answers}'
            f'<a id="T:pt_r4:0:cb1" class="af_commandButton x7j" href="#" '
            f"onclick=\"AdfActionEvent.queue(AdfPage.PAGE.findComponentByAbsoluteId('T:pt_r4:0:cb1'),"
            f'true);return false;">Biểu quyết</a> '
            f'<a id="T:pt_r4:0:cb2" class="af_commandLink x7k" href="javascript:void(0)" '
            f"onclick=\"AdfActionEvent.queue(AdfPage.PAGE.findComponentByAbsoluteId('T:pt_r4:0:cb2'),"
            f'true);return false;">Xem kết quả</a>'
        )
        return (
            '<div id="T:pt_psl2" class="af_panelGroupLayout cot-phai x1a">'
            + self.side_box("T:pt_r3:0:pb1", "Tin nổi bật", featured)
            + self.side_box("T:pt_r5:0:pb1", "Kết quả giải quyết TTHC", tthc)
            + self.side_box("T:pt_r6:0:pb1", "Liên kết", banners)
            + self.side_box("T:pt_r4:0:pb1", "Ý kiến thăm dò", poll_box)
            + self.side_box("T:pt_r7:0:pb1", "Thống kê truy cập", counter)
            + "</div>"
        )

    def featured(self, exclude: Item | None = None) -> list[Item]:
        """The "Tin nổi bật" box: a fixed pick of older articles, not the newest."""
        healthy = [it for it in self.items if it.kind == "article" and it is not exclude]
        return healthy[3:9:2] + healthy[:1]

    def menu(self) -> str:
        topics = "".join(
            f'<li><a class="af_goMenuItem x3b" href="{esc(self.listing_path(s))}">'
            f"{esc(s.name)}</a></li>"
            for s in self.sections.values()
        )
        portal = self.portal
        return (
            '<div id="T:pt_nav" class="af_navigationPane menu-ngang x3a"><ul class="menu-cap-1">'
            f'<li><a class="af_goMenuItem x3b" href="{self.root}/pages_trang-chu">Trang chủ</a></li>'
            f'<li><a class="af_goMenuItem x3b" href="{self.root}/pages_gioi-thieu">Giới thiệu</a></li>'
            f'<li class="co-menu-con"><a class="af_goMenuItem x3b" href="{self.news_path()}">'
            f'{esc(self.news.name)}</a><ul class="menu-cap-2">{topics}</ul></li>'
            f'<li><a class="af_goMenuItem x3b" href="https://dichvucong.{esc(portal.domain)}" '
            f'target="_blank">Dịch vụ công</a></li>'
            f'<li><a class="af_goMenuItem x3b" href="https://vbpl.{esc(portal.domain)}" '
            f'target="_blank">Văn bản</a></li>'
            f'<li><a class="af_goMenuItem x3b" href="{self.root}/pages_lien-he">Liên hệ</a></li>'
            "</ul></div>"
        )

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        crumbs: list[tuple[str, str]] | None = None,
        current: str | None = None,
        exclude: Item | None = None,
    ) -> str:
        portal = self.portal
        view = self.view(request)
        loop, state = adf_state(view)
        action = f"{request.path}?_adf.ctrl-state={state}"
        crumb = self.breadcrumbs(crumbs or [], current) if crumbs or current else ""
        visits = visitor_stats(request.seed + "footer")
        window = stable_token(view + "window", 9)
        viewstate = "!" + stable_token(view + "vs", 9, "0123456789abcdefghijklmnopqrstuvwxyz-")
        return f"""<!DOCTYPE html>
<html lang="vi-VN" dir="ltr" class="p_AFMaximized">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" charset="UTF-8" type="text/css" href="/webcenter/afr/alta-v1/bachngoc-skin-d9k2x1.css">
<link rel="stylesheet" type="text/css" href="/webcenter/portal/{portal.id}/resources/css/giao-dien.css">
<link rel="icon" href="/webcenter/portal/{portal.id}/images/favicon.ico">
<script type="text/javascript" src="/webcenter/afr/partition/chrome/default/opt/boot-SHEPHERD-PS5-7121.js"></script>
<script type="text/javascript" src="/webcenter/afr/partition/chrome/default/opt/core-SHEPHERD-PS5-7121.js"></script>
<script type="text/javascript">_afrLoopValue="{loop}";_afrWindowId="{window}";</script>
</head>
<body dir="ltr" class="af_document p_AFMaximized x0">
<noscript><p class="af_messages">Trình duyệt của bạn chưa bật JavaScript; một số chức năng của trang sẽ không hoạt động.</p></noscript>
<div id="T:pt_d1" class="af_document_content">
<form id="f1" name="f1" method="POST" action="{esc(action)}" onkeypress="return _submitOnEnter(event,'f1');" onsubmit="return false;" class="af_form">
<div id="T:pt_s1" class="af_panelStretchLayout x1">
<div id="T:pt_top" class="af_panelGroupLayout dau-trang x1a">
<div class="thanh-tren"><span id="T:pt_ot1" class="af_outputText x1b">Chào mừng bạn đến với {esc(portal.name)}</span>
<span class="cong-cu"><a id="T:pt_gl1" class="af_goLink x1c" href="/webcenter/portal/{portal.id}/pages_trang-chu?_afrLoop={loop}&amp;_adf.ctrl-state={state}">Trang chủ</a> | <a id="T:pt_gl2" class="af_goLink x1c" href="{SIGNIN}?_adf.ctrl-state={state}">Đăng nhập</a> | <a id="T:pt_gl3" class="af_goLink x1c" href="javascript:void(0)" onclick="AdfPage.PAGE.findComponentByAbsoluteId('T:pt_sitemap').show();return false;">Sơ đồ cổng</a></span></div>
<div id="T:pt_pgl2" class="af_panelGroupLayout banner-dau x1a"><a id="T:pt_gl4" class="af_goLink" href="{self.root}"><img id="T:pt_i1" class="af_image" src="/webcenter/portal/{portal.id}/images/quoc-huy.png" alt="Quốc huy"></a>
<div class="ten-cong"><span class="af_outputText x1d">{esc(portal.name.upper())}</span><span class="af_outputText x1e">{esc(portal.domain)}</span></div>
<div id="T:pt_pgl3" class="af_panelGroupLayout tim-kiem x1a"><input id="T:pt_it1::content" name="T:pt_it1" class="af_inputText_content" type="text" placeholder="Nhập từ khóa tìm kiếm"><a id="T:pt_cb1" class="af_commandImageLink x1f" href="#" onclick="AdfActionEvent.queue(AdfPage.PAGE.findComponentByAbsoluteId('T:pt_cb1'),true);return false;">Tìm kiếm</a></div></div>
{self.menu()}
</div>
<div id="T:pt_center" class="af_panelGroupLayout than-trang x1a">
{crumb}
<div id="T:pt_psl1" class="af_panelSplitter x1k">
<div id="T:pt_main" class="af_panelGroupLayout cot-giua x1a">
{main}
</div>
{self.sidebar(request, exclude)}
</div>
</div>
<div id="T:pt_footer" class="af_panelGroupLayout chan-trang x1a">
<div class="af_panelGroupLayout x1a"><span class="af_outputText x1l">{esc(portal.name)}</span></div>
<div class="af_panelGroupLayout x1a"><span class="af_outputText x1m">Cơ quan chủ quản: {esc(portal.agency)}</span></div>
<div class="af_panelGroupLayout x1a"><span class="af_outputText x1m">Trưởng Ban biên tập: {esc(portal.editor)}</span></div>
<div class="af_panelGroupLayout x1a"><span class="af_outputText x1m">{esc(portal.licence)}</span></div>
<div class="af_panelGroupLayout x1a"><span class="af_outputText x1m">Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)} - Email: banbientap@{esc(portal.domain)}</span></div>
<div class="af_panelGroupLayout x1a"><span class="af_outputText x1n">{esc(reuse_notice(portal))}</span></div>
<div class="af_panelGroupLayout x1a"><span class="af_outputText x1n">Lượt truy cập: {thousands(visits["total"])}</span> <a class="af_goLink ve-dau" href="#T:pt_top">Về đầu trang</a></div>
</div>
</div>
<input type="hidden" name="org.apache.myfaces.trinidad.faces.FORM" value="f1">
<input type="hidden" name="javax.faces.ViewState" value="{viewstate}">
<input type="hidden" name="event">
</form>
</div>
<script type="text/javascript">AdfPage.PAGE.__initializeOnLoad({{"windowId":"{window}","ctrlState":"{state}","afrLoop":"{loop}","partial":true,"docId":"T:pt_d1"}});</script>
</body>
</html>
"""

    # -- listings

    def entry(self, item: Item, index: int, request: Request, topic: bool, region: str) -> str:
        view = self.view(request)
        href = esc(self.link(item, view, topic))
        base = f"{region}:0:it1:{index}"
        return (
            f'<div id="{base}:pgl2" class="af_panelGroupLayout tin-item x1a">'
            f'<a id="{base}:gl1" class="af_goLink anh-tin" href="{href}">'
            f'<img id="{base}:i1" class="af_image" src="{esc(image_path(item, 0, self.image_folder))}"'
            f' alt=""></a>'
            f'<div id="{base}:pgl3" class="af_panelGroupLayout x1a">'
            f'<a id="{base}:gl2" class="af_goLink tieu-de-tin x1o" href="{href}">{esc(item.title)}</a>'
            f'<span id="{base}:ot2" class="af_outputText ngay-tin x1p">({dmy(item.published)})</span>'
            f'<span id="{base}:ot3" class="af_outputText x1b">{esc(item.sapo(request.revision))}</span>'
            "</div></div>"
        )

    def adf_pager(self, region: str, page: int, pages: int) -> str:
        """The iterator's own pager: partial-page requests only (no URL to follow)."""

        def queue(ident: str) -> str:
            return (
                f"AdfCustomEvent.queue(AdfPage.PAGE.findComponentByAbsoluteId('{region}:it1'),"
                f"'{ident}',{{}},true);return false;"
            )

        links = []
        if page > 1:
            links.append(
                f'<a id="{region}:cl1" class="af_commandLink x4a" href="#" '
                f'onclick="{queue("prev")}">‹ Trước</a>'
            )
        for n in pager_window(page, pages):
            if n is None:
                links.append('<span class="af_outputText x4b">…</span>')
            elif n == page:
                links.append(f'<span class="af_outputText x4c p_AFSelected">{n}</span>')
            else:
                links.append(
                    f'<a id="{region}:pg{n}" class="af_commandLink x4a" href="javascript:void(0)" '
                    f'onclick="{queue(f"page:{n}")}">{n}</a>'
                )
        if page < pages:
            links.append(
                f'<a id="{region}:cl2" class="af_commandLink x4a" href="#" '
                f'onclick="{queue("next")}">Sau ›</a>'
            )
        return (
            f'<div id="{region}:pgNav" class="af_panelGroupLayout phan-trang-adf x1a">'
            f"{' '.join(links)}</div>"
        )

    def fallback_pager(self, section: Section | None, page: int, pages: int, view: str) -> str:
        """The plain pager under the list, with the ADF state in its query."""
        links = [f'<span class="af_outputText x4d">Trang {page}/{pages}:</span>']
        if page > 1:
            links.append(f'<a href="{esc(self.pager_href(section, 1, view))}">« Đầu</a>')
            links.append(f'<a href="{esc(self.pager_href(section, page - 1, view))}">‹</a>')
        for n in pager_window(page, pages):
            if n is None:
                links.append("<span>...</span>")
            elif n == page:
                links.append(f'<span class="trang-hien-tai">{n}</span>')
            else:
                links.append(f'<a href="{esc(self.pager_href(section, n, view))}">{n}</a>')
        if page < pages:
            links.append(f'<a href="{esc(self.pager_href(section, page + 1, view))}">›</a>')
            links.append(f'<a href="{esc(self.pager_href(section, pages, view))}">Cuối »</a>')
        return f'<div class="phan-trang">{" ".join(links)}</div>'

    def listing_html(
        self, section: Section | None, items: list[Item], page: int, pages: int, request: Request
    ) -> str:
        view = self.view(request)
        region = self.region(view)
        topic = not self.is_news(section)
        shown = section or self.news
        rows = "".join(self.entry(it, i, request, topic, region) for i, it in enumerate(items))
        tabs = "".join(
            f'<a class="af_goLink tab-chuyen-muc{" p_AFSelected" if s == section else ""}" '
            f'href="{esc(self.listing_path(s))}">{esc(s.name)}</a>'
            for s in self.sections.values()
        )
        main = (
            f'<div id="{region}" class="af_region x1a">'
            f'<div id="{region}:0:pgl1" class="af_panelGroupLayout danh-sach-tin x1a">'
            f'<h1 class="tieu-de-chuyen-muc"><span id="{region}:0:ot1" class="af_outputText x1q">'
            f"{esc(shown.name)}</span></h1>"
            f'<div class="af_panelGroupLayout cac-chuyen-muc x1a">{tabs}</div>'
            f"{self.adf_pager(region + ':0', page, pages)}"
            f'<div id="{region}:0:it1" class="af_iterator x1r">{rows}</div>'
            f"{self.fallback_pager(section, page, pages, view)}"
            "</div></div>"
        )
        crumbs = [] if not topic else [(self.news_path(), self.news.name)]
        title = shown.name if page == 1 else f"{shown.name} - Trang {page}"
        return self.frame(f"{title} - {self.portal.name}", main, request, crumbs, shown.name)

    # -- home and static pages

    def home_html(self, request: Request) -> str:
        view = self.view(request)
        loop, state = adf_state(view)
        healthy = [it for it in self.items if it.kind == "article"]
        top, latest = healthy[:1], healthy[1:7]
        parts = []
        for it in top:
            parts.append(
                '<div id="T:oc_hot:0:pgl1" class="af_panelGroupLayout tin-tieu-diem x1a">'
                f'<a class="af_goLink" href="{esc(self.link(it, view))}"><img class="af_image" '
                f'src="{esc(image_path(it, 0, self.image_folder))}" alt="{esc(it.title)}"></a>'
                f'<a class="af_goLink tieu-de-tin x1o" href="{esc(self.link(it, view))}">'
                f"{esc(it.title)}</a>"
                f'<span class="af_outputText x1b">{esc(it.sapo(request.revision))}</span></div>'
            )
        parts.append(
            '<div id="T:oc_new:0:pgl1" class="af_panelGroupLayout tin-moi x1a">'
            '<h2 class="tieu-de-khoi">Tin mới</h2><ul>'
            + "".join(
                f'<li><a class="af_goLink x2f" href="{esc(self.link(it, view))}">{esc(it.title)}</a>'
                f' <span class="af_outputText ngay-tin x1p">({dmy(it.published)})</span></li>'
                for it in latest
            )
            + "</ul></div>"
        )
        for index, section in enumerate(self.sections.values()):
            listed = [it for it in self.listed(section) if it.kind == "article"][:3]
            more = f"{self.listing_path(section)}?_afrLoop={loop}&_adf.ctrl-state={state}"
            parts.append(
                f'<div id="T:oc_cm{index}:0:pgl1" class="af_panelGroupLayout khoi-chuyen-muc x1a">'
                f'<h2 class="tieu-de-khoi"><a class="af_goLink" href="{esc(self.listing_path(section))}">'
                f"{esc(section.name)}</a></h2><ul>"
                + "".join(
                    f'<li><a class="af_goLink x2f" href="{esc(self.link(it, view, topic=True))}">'
                    f"{esc(it.title)}</a></li>"
                    for it in listed
                )
                + f'</ul><a class="af_goLink xem-tiep" href="{esc(more)}">Xem tiếp »</a></div>'
            )
        main = f'<div id="T:oc_home" class="af_region x1a">{"".join(parts)}</div>'
        return self.frame(self.portal.name, main, request)

    def static_html(self, which: str, request: Request) -> str:
        portal = self.portal
        if which == "pages_gioi-thieu":
            text = (
                f"<p>{esc(portal.name)} là kênh thông tin chính thức của chính quyền tỉnh "
                f"{esc(portal.province)} trên môi trường mạng, do {esc(portal.agency)} quản lý.</p>"
                "<p>Cổng cung cấp thông tin về tình hình kinh tế - xã hội, hoạt động chỉ đạo "
                "điều hành, văn bản quy phạm pháp luật và các dịch vụ công trực tuyến của tỉnh.</p>"
            )
        else:
            text = (
                f"<p>Ban Biên tập {esc(portal.name)}</p>"
                f"<p>Địa chỉ: {esc(portal.address)}</p><p>Điện thoại: {esc(portal.phone)}</p>"
                f"<p>Thư điện tử: banbientap@{esc(portal.domain)}</p>"
            )
        name = STATIC_PAGES[which]
        main = (
            f'<div id="T:oc_static" class="af_region x1a"><div class="contentItem trang-tinh">'
            f'<h1 class="tieu-de">{esc(name)}</h1><div class="noi-dung">{text}</div></div></div>'
        )
        return self.frame(f"{name} - {portal.name}", main, request, [], name)

    def signin_html(self, request: Request) -> str:
        main = (
            '<div id="T:oc_login" class="af_region x1a"><div class="af_panelFormLayout x5a">'
            '<h1 class="tieu-de">Đăng nhập hệ thống</h1>'
            '<label for="T:oc_login:it1::content">Tên đăng nhập</label>'
            '<input id="T:oc_login:it1::content" name="T:oc_login:it1" type="text">'
            '<label for="T:oc_login:it2::content">Mật khẩu</label>'
            '<input id="T:oc_login:it2::content" name="T:oc_login:it2" type="password">'
            '<a id="T:oc_login:cb1" class="af_commandButton x7j" href="#" '
            'onclick="AdfActionEvent.queue(AdfPage.PAGE.findComponentByAbsoluteId('
            "'T:oc_login:cb1'),true);return false;\">Đăng nhập</a></div></div>"
        )
        return self.frame(f"Đăng nhập - {self.portal.name}", main, request, [], "Đăng nhập")

    # -- articles

    def body_html(self, item: Item, revision: int) -> tuple[str, str]:
        """The summary (first paragraph) and the rest of the body as the template renders them."""
        summary = ""
        parts = []
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                if not summary and not parts:
                    summary = esc(value)
                    continue
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    '<table class="image" align="center" border="0" cellpadding="3" '
                    'cellspacing="0" style="width: 100%;"><tbody>'
                    f'<tr><td><img src="{esc(image_path(item, index, self.image_folder))}" '
                    'alt="" style="width: 100%;"></td></tr>'
                    f'<tr><td style="text-align: center;"><em>{esc(caption)}</em></td></tr>'
                    "</tbody></table>"
                )
        return summary, "".join(parts)

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        view = self.view(request)
        region = self.region(view)
        topic = request.path.rstrip("/") != self.news_path() + "/chi-tiet"
        summary, body = self.body_html(item, revision)
        tail = ""
        if item.author:
            tail += f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>'
        if item.source:
            tail += f'<p class="nguon-tin" style="text-align: right;">Nguồn: {esc(item.source)}</p>'
        modified = item.shown_modified(revision)
        updated = (
            f' <span class="af_outputText x1p">(Cập nhật: {dmy(modified)} {modified:%H:%M})</span>'
            if modified
            else ""
        )
        related = "".join(
            f'<li><a id="{region}:0:it2:{i}:gl1" class="af_goLink x2f" '
            f'href="{esc(self.link(it, view, topic))}">{esc(it.title)}</a> '
            f'<span class="af_outputText ngay-tin x1p">({dmy(it.published)})</span></li>'
            for i, it in enumerate(self.others(item, 6))
        )
        share = quote(request.base_url + self.article_path(item), safe="")
        content = f"""<div id="{region}" class="af_region x1a">
<div id="{region}:0:pgl1" class="af_panelGroupLayout x1a">
<div class="contentItem chi-tiet-tin">
<h1 class="tieu-de"><span id="{region}:0:ot1" class="af_outputText x1q">{esc(item.title)}</span></h1>
<div id="{region}:0:pgl2" class="af_panelGroupLayout thong-tin-bai x1a"><span id="{region}:0:ot2" class="af_outputText ngay-dang x1p">{webcenter_date(item.published)}</span>{updated} <span id="{region}:0:ot3" class="af_outputText luot-xem x1b">Lượt xem: {thousands(view_count(seed))}</span>
<span class="cong-cu-bai">Cỡ chữ: <a href="javascript:void(0)" onclick="doiCoChu(-1);return false;">A-</a> <a href="javascript:void(0)" onclick="doiCoChu(0);return false;">A</a> <a href="javascript:void(0)" onclick="doiCoChu(1);return false;">A+</a> | <a href="javascript:window.print();">Bản in</a> | <a href="mailto:?subject={esc(quote(item.title))}&amp;body={share}">Gửi email</a></span></div>
<div class="tom-tat"><strong>{summary}</strong></div>
<div class="noi-dung">{body}{tail}</div>
</div>
<div class="chia-se">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="nofollow">Facebook</a> <a href="https://twitter.com/intent/tweet?url={share}" target="_blank" rel="nofollow">Twitter</a></div>
<div id="{region}:0:pgl5" class="af_panelGroupLayout tin-lien-quan x1a"><h2 class="tieu-de-khoi">Các tin khác</h2><ul>{related}</ul></div>
</div>
</div>"""
        crumbs = [
            (self.news_path(), self.news.name),
            (self.listing_path(item.section), item.section.name),
        ]
        if self.is_news(item.section):
            crumbs = crumbs[:1]
        return self.frame(
            f"{item.title} - {self.portal.name}", content, request, crumbs, None, exclude=item
        )

    def error_html(self, status: int) -> str:
        if status == 404:
            heading, text = (
                "Không tìm thấy trang",
                "Trang hoặc nội dung bạn yêu cầu không tồn tại hoặc đã được gỡ bỏ.",
            )
        else:
            heading, text = ("Lỗi hệ thống", "Hệ thống đang bận, vui lòng thử lại sau.")
        request = Request(f"/error/{status}", {}, 0, f"{self.portal.id}:err{status}", "")
        main = (
            f'<div id="T:oc_err" class="af_region x1a"><div class="af_messages loi-trang">'
            f'<h1 class="tieu-de">{heading}</h1><span class="af_outputText x1b">{text}</span> '
            f'<a class="af_goLink" href="{self.root}">Quay về trang chủ</a></div></div>'
        )
        return self.frame(f"{heading} - {self.portal.name}", main, request, [], heading)
