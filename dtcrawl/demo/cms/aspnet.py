"""ASP.NET WebForms custom family (hoason), served in windows-1258.

URL shapes:
- home ``/Trang/default.aspx`` (``/`` redirects there);
- article ``/Trang/ChiTietTinTuc.aspx?nid=<n>``;
- listing ``/Trang/tin-tuc-su-kien.aspx?cat=<id>&Page=<n>`` (general listing without ``cat``).
Links are relative (``ChiTietTinTuc.aspx?nid=…``), forms carry ``__VIEWSTATE``, some links are
``javascript:__doPostBack(…)`` and cannot be followed, a few carry ``ASP.NET_SessionId``.
"""

from __future__ import annotations

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
    with_param,
)

HOME = "/Trang/default.aspx"
LISTING = "/Trang/tin-tuc-su-kien.aspx"
ARTICLE = "/Trang/ChiTietTinTuc.aspx"
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _postback(control: str) -> str:
    return f"javascript:__doPostBack('{control}','')"


class AspNetSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/8.5",
        "X-AspNet-Version": "4.0.30319",
        "X-Powered-By": "ASP.NET",
    }
    number_base = 112_900
    number_stride = 11
    image_folder = "/Uploads/Images/TinTuc"

    # -- URLs (canonical paths are absolute; pages link relatively)

    def article_path(self, item: Item) -> str:
        return f"{ARTICLE}?nid={item.number}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        params = []
        if not self.is_news(section):
            params.append(f"cat={section.id}")
        if page > 1:
            params.append(f"Page={page}")
        return LISTING + ("?" + "&".join(params) if params else "")

    def home_path(self) -> str:
        return HOME

    @staticmethod
    def relative(path: str) -> str:
        """``/Trang/x.aspx?y`` as the relative ``x.aspx?y`` every page under /Trang/ uses."""
        return path[len("/Trang/") :] if path.startswith("/Trang/") else path

    def link(self, item: Item, seed: str, where: str) -> str:
        href = self.relative(self.article_path(item))
        if item.kind != "article":  # broken pages have one URL only, so tests can find them
            return href
        if where == "related" and stable_int(seed + item.key, 0, 9) < 3:
            href = with_param(href, "ASP.NET_SessionId=" + stable_token(seed, 24))
        return href

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        lowered = path.lower()
        if lowered in ("/", "/trang", "/trang/", "/default.aspx"):
            return Response(302, {"Location": HOME}, b"")
        if lowered == HOME.lower():
            return self.html_response(self.home_html(request))
        if lowered == LISTING.lower():
            section = None
            if params.get("cat"):
                section = self.section_by_id(page_number(params["cat"], 0))
                if section is None:
                    return None
            page = page_number(params.get("Page") or params.get("page"))
            items, pages = self.page_of(self.listed(section), page)
            if page > pages:  # an empty section still has its (empty) first page
                return None
            return self.html_response(self.listing_html(section, page, pages, items, request))
        if lowered == ARTICLE.lower():
            item = self.by_number.get(page_number(params.get("nid"), 0))
            return self.article_response(item, request) if item else None
        return None

    # -- frame

    def viewstate(self, seed: str, length: int) -> str:
        return "/wEPDwUK" + stable_token(seed + "vs", length, _B64)

    def frame(self, title: str, action: str, crumbs: list[str], content: str, seed: str) -> str:
        portal = self.portal
        menu = "".join(
            f'<li><a href="{esc(self.relative(self.listing_path(s)))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        choices = "".join(
            f'<tr><td><input id="rdo{i}" type="radio" name="ctl00$Poll$rdo" value="{i}" />'
            f'<label for="rdo{i}">{esc(o)}</label></td></tr>'
            for i, o in enumerate(options)
        )
        latest = "".join(
            f'<tr><td><a href="{esc(self.link(it, seed, "latest"))}">{esc(it.title)}</a> '
            f'<span class="ngay">({dmy(it.published)})</span></td></tr>'
            for it in self.latest(6)
        )
        path = " » ".join(["Trang chủ", *crumbs])
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=windows-1258" /><meta charset="windows-1258" />
<title>{esc(title)}</title>
<link href="/App_Themes/HoaSon/style.css" type="text/css" rel="stylesheet" />
</head>
<body>
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{self.viewstate(seed, 420)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div id="wrapper">
<div id="header"><div class="logo"><a href="default.aspx"><img src="/Images/logo-hoason.png" alt="Logo" /></a></div>
<div class="chaomung">Chào mừng bạn đến với Cổng thông tin điện tử tỉnh {esc(portal.province)}</div>
<div class="dangnhap"><a href="{_postback("ctl00$Header$lnkDangNhap")}">Đăng nhập</a></div></div>
<div id="menu"><ul class="menungang"><li><a href="default.aspx">Trang chủ</a></li>
<li><a href="{esc(self.relative(self.listing_path(None)))}">{esc(self.news.name)}</a></li>{menu}</ul></div>
<div id="ctl00_pnlDuongDan" class="duongdan">{esc(path)}</div>
<table id="main" width="100%" cellspacing="0" cellpadding="0"><tr>
<td id="cotTrai" valign="top" width="200">
<div class="khung"><div class="tieudekhung">Kết quả giải quyết TTHC</div>
<table class="tthc"><tr><td>Tiếp nhận:</td><td>{thousands(stats["total"])}</td></tr>
<tr><td>Đúng hạn:</td><td>{thousands(stats["ontime"])}</td></tr>
<tr><td>Trễ hạn:</td><td>{thousands(stats["late"])}</td></tr>
<tr><td>Tỷ lệ đúng hạn:</td><td>{stats["percent"]}%</td></tr></table></div>
<div class="khung"><div class="tieudekhung">Ý kiến thăm dò</div><p>{esc(question)}</p><table>{choices}</table>
<input type="submit" name="ctl00$Poll$btnBinhChon" value="Bình chọn" /></div>
</td>
<td id="cotGiua" valign="top">
{content}
</td>
<td id="cotPhai" valign="top" width="230">
<div class="khung"><div class="tieudekhung">Tin mới</div><table class="tinmoi">{latest}</table></div>
<div class="khung thongke"><div class="tieudekhung">Thống kê truy cập</div>
<span id="ctl00_lblOnline">Đang online: {thousands(visits["online"])}</span><br />
<span id="ctl00_lblHomNay">Hôm nay: {thousands(visits["today"])}</span><br />
<span id="ctl00_lblTuan">Trong tuần: {thousands(visits["week"])}</span><br />
<span id="ctl00_lblTong">Tổng lượt truy cập: {thousands(visits["total"])}</span></div>
</td></tr></table>
<div id="footer">
<div>Cơ quan chủ quản: {esc(portal.agency)}</div>
<div>Chịu trách nhiệm chính: {esc(portal.editor)}</div>
<div>{esc(portal.licence)}</div>
<div>Địa chỉ: {esc(portal.address)}. Điện thoại: {esc(portal.phone)}</div>
<div><i>{esc(reuse_notice(portal))}</i></div>
</div>
</div>
<div>
<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA{stable_token(seed + "ev", 60, _B64)}" />
</div>
</form>
</body>
</html>
"""

    # -- pages

    def home_html(self, request: Request) -> str:
        blocks = []
        for section in [None, *self.sections.values()]:
            listed = [it for it in self.listed(section) if it.kind == "article"][:4]
            if not listed:
                continue
            name = (section or self.news).name
            rows = "".join(
                f'<li><a href="{esc(self.link(it, request.seed, "home"))}">{esc(it.title)}</a> '
                f'<span class="ngay">({dmy(it.published)})</span></li>'
                for it in listed
            )
            more = _postback(f"ctl00$ContentPlaceHolder1$lnkXemThem{(section or self.news).id}")
            blocks.append(
                f'<div class="khungtin"><div class="tieudekhung"><a href="{esc(self.relative(self.listing_path(section)))}">'
                f"{esc(name)}</a></div><ul>{rows}</ul>"
                f'<a class="xemthem" href="{more}">Xem thêm</a></div>'
            )
        return self.frame(self.portal.name, "default.aspx", [], "\n".join(blocks), request.seed)

    def listing_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        shown = section or self.news
        rows = "".join(
            f'<div class="tin"><a href="{esc(self.link(it, request.seed, "list"))}">'
            f'<img class="anhtin" src="{esc(image_path(it, 0, self.image_folder))}" alt="" /></a>'
            f'<a class="tieude" href="{esc(self.link(it, request.seed, "list"))}">{esc(it.title)}</a>'
            f'<span class="ngay">Ngày đăng: {dmy(it.published)}</span>'
            f'<div class="tomtat">{esc(it.sapo(request.revision))}</div></div>'
            for it in items
        )
        pager = []
        for n in pager_window(page, pages):
            if n is None:
                pager.append("<span>...</span>")
            elif n == page:
                pager.append(f'<span class="trang-hien-tai">{n}</span>')
            else:
                pager.append(
                    f'<a href="{esc(self.relative(self.listing_path(section, n)))}">{n}</a>'
                )
        if page < pages:
            pager.append(
                f'<a href="{esc(self.relative(self.listing_path(section, page + 1)))}">Trang sau</a>'
            )
            pager.append(
                f'<a href="{_postback("ctl00$ContentPlaceHolder1$rptPager$lnkLast")}">Trang cuối</a>'
            )
        content = (
            f'<div class="dstin"><h2 class="tieudemuc">{esc(shown.name)}</h2>{rows}'
            f'<div class="phantrang">{" ".join(pager)}</div></div>'
        )
        action = self.relative(self.listing_path(section, page))
        return self.frame(shown.name, action, [shown.name], content, request.seed)

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        parts = []
        prefix = self.portal.lead_prefix or ""
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                parts.append(f"<p>{esc(prefix)}{esc(value)}</p>")
                prefix = ""
            else:
                index, caption = value
                parts.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0" width="500"><tbody>'
                    f'<tr><td><img alt="" src="{esc(image_path(item, index, self.image_folder))}" width="500" /></td></tr>'
                    f'<tr><td><p style="text-align:center"><em>{esc(caption)}</em></p></td></tr></tbody></table>'
                )
        if item.author:
            parts.append(f"<p><b>{esc(item.author)}</b></p>")
        if item.source:
            parts.append(f"<p>Nguồn: {esc(item.source)}</p>")
        modified = item.shown_modified(revision)
        updated = (
            f' | <span id="ctl00_ContentPlaceHolder1_lblCapNhat">Cập nhật: {modified:%H:%M}, {dmy(modified)} (GMT+7)</span>'
            if modified
            else ""
        )
        related = "".join(
            f'<li><a href="{esc(self.link(it, seed, "related"))}">{esc(it.title)}</a> '
            f"<i>({dmy(it.published)})</i></li>"
            for it in self.others(item, 6)
        )
        content = f"""<div class="chitiettin">
<span id="ctl00_ContentPlaceHolder1_lblTieuDe" class="tieude">{esc(item.title)}</span>
<div class="ngaydang"><span id="ctl00_ContentPlaceHolder1_lblNgayDang">Ngày đăng: {item.published:%H:%M}, {dmy(item.published)}</span>{updated} | <span>Lượt xem: {view_count(seed)}</span></div>
<div class="cochu">Xem với cỡ chữ: <a href="javascript:doiCoChu(-1)">A-</a> <a href="javascript:doiCoChu(0)">A</a> <a href="javascript:doiCoChu(1)">A+</a></div>
<span id="ctl00_ContentPlaceHolder1_lblNoiDung" class="noidung">{"".join(parts)}</span>
<div class="congcu"><a href="javascript:window.print();">Bản in</a> | <a href="{_postback("ctl00$ContentPlaceHolder1$lnkGuiEmail")}">Gửi email</a> | <a href="#wrapper">Về đầu trang</a></div>
<div class="tinlienquan"><b>Tin liên quan</b><ul>{related}</ul></div>
</div>"""
        action = self.relative(self.article_path(item))
        return self.frame(item.title, action, [item.section.name], content, seed)

    def error_html(self, status: int) -> str:
        if status == 500:
            return """<html><head><title>Object reference not set to an instance of an object.</title></head>
<body bgcolor="white">
<span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
<h2> <i>Object reference not set to an instance of an object.</i> </h2></span>
<b> Description: </b>An unhandled exception occurred during the execution of the current web request.
<br><br><b> Exception Details: </b>System.NullReferenceException: Object reference not set to an instance of an object.<br><br>
<b>Version Information:</b>&nbsp;Microsoft .NET Framework Version:4.0.30319; ASP.NET Version:4.8.4465.0
</body></html>"""
        return self.frame(
            "Không tìm thấy trang",
            "default.aspx",
            [],
            '<div class="loi">Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ. <a href="default.aspx">Về trang chủ</a></div>',
            f"err{status}",
        )
