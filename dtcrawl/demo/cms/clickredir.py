"""Old ASP.NET department-portal CMS whose article links all go through a click counter.

URL shapes:
- home ``/Default.aspx`` (``/`` redirects there), with a marquee of the 5 newest items;
- listing ``/chuyen-muc/<slug>.aspx`` and ``?trang=N`` (one-based), numbered pager of relative
  links, some carrying a junk ``&__EVENTTARGET=`` parameter;
- article ``/tin-tuc/<slug>-<id>.aspx``: never linked directly; every listing, box and related
  link is ``/Redirect.aspx?id=<id>&url=%2Ftin-tuc%2F<slug>-<id>.aspx``, a 302 to the article
  (the counter). The article URL shows only in ``Location`` and ``<link rel="canonical">``;
- print view ``/InTin.aspx?id=<id>`` ("Bản in"), linked directly from the article.
Article pages are table layouts: title in ``<td class="title">``, date "Ngày dd/mm/yyyy
hh:mm:ss", body in ``<td id="noidung">`` as one ``<div>`` with paragraphs split by ``<br><br>``.
"""

from __future__ import annotations

import re
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
    pager_numbers,
    poll,
    reuse_notice,
    shorten,
    slugify,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
)

HOME = "/Default.aspx"
COUNTER = "/Redirect.aspx"
PRINT = "/InTin.aspx"
_ARTICLE = re.compile(r"^/tin-tuc/[a-z0-9-]*?-?(\d+)\.aspx$", re.IGNORECASE)
_LISTING = re.compile(r"^/chuyen-muc/([A-Za-z0-9-]+)\.aspx$", re.IGNORECASE)
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


class ClickRedirSite(CmsSite):
    """The click-counter ASP.NET family: every article link is a counted redirect."""

    family_headers = {
        "Server": "Microsoft-IIS/7.5",
        "X-AspNet-Version": "2.0.50727",
        "X-Powered-By": "ASP.NET",
    }
    number_base = 20_450
    number_stride = 13
    image_folder = "/Upload/TinTuc"

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/tin-tuc/{slugify(item.title, max_len=70)}-{item.number}.aspx"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        slug = (section or self.news).slug
        return f"/chuyen-muc/{slug}.aspx" + (f"?trang={page}" if page > 1 else "")

    def home_path(self) -> str:
        return HOME

    def print_paths(self) -> dict[str, str]:
        return {it.key: f"{PRINT}?id={it.number}" for it in self.items if it.kind == "article"}

    def counted(self, item: Item) -> str:
        """The click-counter link to ``item`` (what every listing and box links to).

        >>> from urllib.parse import quote
        >>> quote("/tin-tuc/a-1.aspx", safe="")
        '%2Ftin-tuc%2Fa-1.aspx'
        """
        return f"{COUNTER}?id={item.number}&url={quote(self.article_path(item), safe='')}"

    def section_by_slug(self, slug: str) -> Section | None:
        if slug.lower() == self.news.slug.lower():
            return self.news
        return super().section_by_slug(slug)

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        lowered = path.lower()
        if lowered in ("/", "/default.aspx"):
            if lowered == "/":
                return Response(302, {"Location": HOME}, b"")
            return self.html_response(self.home_html(request))
        if lowered == COUNTER.lower():
            return self.redirect(params)
        if lowered == PRINT.lower():
            item = self.by_number.get(page_number(params.get("id"), 0))
            if item is None or item.kind != "article":
                return None
            return self.html_response(self.print_html(item, request))
        match = _LISTING.match(path)
        if match:
            section = self.section_by_slug(match.group(1))
            if section is None:
                return None
            page = page_number(params.get("trang"))
            items, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.listing_html(section, page, pages, items, request))
        match = _ARTICLE.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            return self.article_response(item, request) if item else None
        return None

    def redirect(self, params: dict[str, str]) -> Response | None:
        """The click counter: 302 to the ``url`` parameter when it names a known article."""
        item = self.by_number.get(page_number(params.get("id"), 0))
        target = params.get("url", "")
        if item is None or not _ARTICLE.match(target):
            return None
        return Response(
            302,
            {"Location": target, "Cache-Control": "no-cache", **self.family_headers},
            b"<html><head><title>Object moved</title></head><body>"
            b'<h2>Object moved to <a href="' + target.encode() + b'">here</a>.</h2></body></html>',
        )

    # -- frame

    def frame(self, title: str, content: str, seed: str, head: str = "") -> str:
        portal = self.portal
        menu = "".join(
            f'<td class="menuitem"><a href="/chuyen-muc/{esc(s.slug)}.aspx">{esc(s.name)}</a></td>'
            for s in [self.news, *self.sections.values()]
        )
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        choices = "".join(
            f'<input type="radio" name="ctl00$BinhChon$rdoChon" value="{i}" id="rdoChon{i}" />'
            f'<label for="rdoChon{i}">{esc(o)}</label><br />'
            for i, o in enumerate(options)
        )
        featured = "".join(
            f'<tr><td class="tinnoibat"><img src="/images/bullet.gif" alt="" /> '
            f'<a href="{esc(self.counted(it))}">{esc(it.title)}</a></td></tr>'
            for it in self.latest(12)[6:12]
        )
        links = "".join(
            f'<option value="{esc(url)}">{esc(name)}</option>'
            for name, url in (
                ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
                ("Cổng TTĐT Chính phủ", "https://chinhphu.vn"),
                ("Bộ Khoa học và Công nghệ", "https://mst.gov.vn"),
            )
        )
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />{head}
</head>
<body topmargin="0" leftmargin="0">
<form name="frmMain" method="post" id="frmMain">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE{stable_token(seed + "vs", 300, _B64)}" />
<table id="tblMain" width="990" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td id="banner" colspan="3"><a href="/Default.aspx"><img src="/images/banner-thuylam.jpg" alt="{esc(portal.name)}" width="990" height="150" border="0" /></a></td></tr>
<tr><td colspan="3"><table class="menu" cellpadding="0" cellspacing="0"><tr><td class="menuitem"><a href="/Default.aspx">Trang chủ</a></td>{menu}<td class="menuitem"><a href="/LienHe.aspx">Liên hệ</a></td></tr></table></td></tr>
<tr><td colspan="3" class="ngayhientai">{esc(portal.short_name)} | <a href="/TimKiem.aspx">Tìm kiếm</a> | <a href="javascript:void(0)" onclick="this.style.behavior='url(#default#homepage)';this.setHomePage('http://{esc(portal.domain)}');">Đặt làm trang chủ</a></td></tr>
<tr>
<td id="colLeft" width="200" valign="top">
<table class="box" width="100%"><tr><td class="boxtitle">Kết quả giải quyết TTHC</td></tr>
<tr><td>Tháng {stats["month"]}: tiếp nhận {thousands(stats["total"])} hồ sơ<br />Đúng hạn: {thousands(stats["ontime"])}<br />Trễ hạn: {thousands(stats["late"])}<br />Tỷ lệ đúng hạn: {stats["percent"]}%</td></tr></table>
<table class="box" width="100%"><tr><td class="boxtitle">Thăm dò ý kiến</td></tr>
<tr><td>{esc(question)}<br />{choices}<input type="submit" name="ctl00$BinhChon$btnBinhChon" value="Biểu quyết" /></td></tr></table>
<table class="box" width="100%"><tr><td class="boxtitle">Liên kết website</td></tr>
<tr><td><select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>{links}</select></td></tr></table>
</td>
<td id="colContent" valign="top">
{content}
</td>
<td id="colRight" width="220" valign="top">
<table class="box" width="100%"><tr><td class="boxtitle">Tin nổi bật</td></tr>{featured}</table>
<table class="box" width="100%"><tr><td><a href="https://dichvucong.gov.vn"><img src="/images/qc-dvc.gif" alt="Dịch vụ công trực tuyến" width="210" border="0" /></a></td></tr></table>
<table class="box" width="100%"><tr><td class="boxtitle">Thống kê truy cập</td></tr>
<tr><td><span id="lblOnline">Đang truy cập: {thousands(visits["online"])}</span><br /><span id="lblHomNay">Hôm nay: {thousands(visits["today"])}</span><br /><span id="lblThang">Tháng này: {thousands(visits["month"])}</span><br /><span id="lblTong">Tổng số: {thousands(visits["total"])}</span></td></tr></table>
</td></tr>
<tr><td id="footer" colspan="3" align="center">
<b>{esc(portal.name.upper())}</b><br />
Cơ quan chủ quản: {esc(portal.agency)}<br />
Chịu trách nhiệm nội dung: {esc(portal.editor)}<br />
{esc(portal.licence)}<br />
Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}<br />
<i>{esc(reuse_notice(portal))}</i><br />
Thiết kế bởi Trung tâm Công nghệ thông tin và Truyền thông
</td></tr>
</table>
</form>
</body>
</html>
"""

    # -- pages

    def home_html(self, request: Request) -> str:
        seed = request.seed
        marquee = " &nbsp;|&nbsp; ".join(
            f'<a href="{esc(self.counted(it))}">{esc(it.title)}</a>' for it in self.latest(5)
        )
        blocks = [
            '<table width="100%" class="tinmoi"><tr><td class="lbltinmoi">Tin mới:</td><td>'
            f'<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">'
            f"{marquee}</marquee></td></tr></table>"
        ]
        for section in [self.news, *self.sections.values()]:
            listed = [it for it in self.listed(section) if it.kind == "article"][:4]
            if not listed:
                continue
            top, rest = listed[0], listed[1:]
            others = "".join(
                f'<tr><td><img src="/images/arrow.gif" alt="" /> <a href="{esc(self.counted(it))}">'
                f'{esc(it.title)}</a> <span class="ngay">({dmy(it.published)})</span></td></tr>'
                for it in rest
            )
            blocks.append(
                f'<table width="100%" class="khungchuyenmuc"><tr><td class="tenchuyenmuc">'
                f'<a href="/chuyen-muc/{esc(section.slug)}.aspx">{esc(section.name)}</a></td></tr>'
                f'<tr><td><a href="{esc(self.counted(top))}"><img src="{esc(image_path(top, 0, self.image_folder))}" width="120" align="left" border="0" alt="" /></a>'
                f'<a class="tieudetin" href="{esc(self.counted(top))}">{esc(top.title)}</a><br />'
                f"{esc(top.sapo(request.revision, 160))}</td></tr>{others}</table>"
            )
        return self.frame(self.portal.name, "\n".join(blocks), seed)

    def listing_html(
        self, section: Section, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        rows = "".join(
            f'<tr><td class="anhtin" width="130" valign="top"><a href="{esc(self.counted(it))}">'
            f'<img src="{esc(image_path(it, 0, self.image_folder))}" width="120" border="0" alt="" /></a></td>'
            f'<td valign="top"><a class="tieudetin" href="{esc(self.counted(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">({dmy(it.published)})</span><br />'
            f'<span class="tomtat">{esc(shorten(it.sapo(request.revision), 180))}</span></td></tr>'
            for it in items
        )
        target = "ctl00%24ContentPlaceHolder1%24dlPager"

        def pager_link(n: int, label: str) -> str:
            href = f"{section.slug}.aspx?trang={n}"
            if stable_int(f"{section.slug}{n}{page}", 0, 2) == 0:
                href += f"&__EVENTTARGET={target}"
            return f'<a class="trang" href="{esc(href)}">{label}</a>'

        pager = []
        if page > 1:
            pager.append(pager_link(page - 1, "&laquo; Trước"))
        pager += pager_numbers(
            page,
            pages,
            lambda n: pager_link(n, str(n)),
            current='<span class="trangchon">[{n}]</span>',
            gap="<span>...</span>",
        )
        if page < pages:
            pager.append(pager_link(page + 1, "Sau &raquo;"))
        content = (
            f'<div class="duongdan"><a href="/Default.aspx">Trang chủ</a> &gt; {esc(section.name)}</div>'
            f'<table width="100%" class="dstin" cellpadding="4">{rows}</table>'
            f'<div class="phantrang">Trang: {" ".join(pager)}</div>'
        )
        title = f"{section.name} - {self.portal.short_name}"
        return self.frame(title, content, request.seed)

    def body_div(self, item: Item, revision: int) -> str:
        """The body as one ``<div>``: paragraphs split by ``<br><br>``, images centred."""
        pieces = []
        prefix = self.portal.lead_prefix or ""
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                pieces.append(esc(prefix + value))
                prefix = ""
            else:
                index, caption = value
                pieces.append(
                    f'<div align="center"><img src="{esc(image_path(item, index, self.image_folder))}" '
                    f'width="450" border="0" alt="" /><br /><i>{esc(caption)}</i></div>'
                )
        html = ""
        for piece in pieces:
            if html and not html.endswith("</div>") and not piece.startswith("<div"):
                html += "<br><br>"
            html += piece
        tail = ""
        if item.author:
            tail += f'<div align="right"><b>{esc(item.author)}</b></div>'
        if item.source:
            tail += f'<div align="right"><i>Nguồn: {esc(item.source)}</i></div>'
        return f"<div>{html}</div>{tail}"

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        canonical = request.base_url + self.article_path(item)
        modified = item.shown_modified(revision)
        updated = f" - Cập nhật: {dmy(modified)} {modified:%H:%M:%S}" if modified else ""
        related = "".join(
            f'<tr><td><img src="/images/arrow.gif" alt="" /> <a href="{esc(self.counted(it))}">'
            f'{esc(it.title)}</a> <span class="ngay">({dmy(it.published)})</span></td></tr>'
            for it in self.others(item, 8)
        )
        content = f"""<div class="duongdan"><a href="/Default.aspx">Trang chủ</a> &gt; <a href="/chuyen-muc/{esc(item.section.slug)}.aspx">{esc(item.section.name)}</a></div>
<table id="tblChiTiet" width="100%" cellpadding="3" cellspacing="0">
<tr><td class="title">{esc(item.title)}</td></tr>
<tr><td class="ngaydang">Ngày {dmy(item.published)} {item.published:%H:%M:%S}{updated} &nbsp; <span class="luotxem">Lượt xem: {thousands(view_count(seed))}</span></td></tr>
<tr><td id="noidung">{self.body_div(item, revision)}</td></tr>
<tr><td class="congcu" align="right"><a href="{PRINT}?id={item.number}" target="_blank"><img src="/images/print.gif" alt="" border="0" /> Bản in</a> | <a href="javascript:GuiEmail({item.number})">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></td></tr>
</table>
<table width="100%" class="tinkhac"><tr><td class="boxtitle">Các tin khác</td></tr>{related}</table>"""
        head = f'\n<link rel="canonical" href="{esc(canonical)}" />'
        return self.frame(item.title, content, seed, head)

    def print_html(self, item: Item, request: Request) -> str:
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(item.title)}</title><link href="/css/print.css" rel="stylesheet" type="text/css" /></head>
<body onload="window.print()">
<table width="650" align="center"><tr><td><b>{esc(self.portal.name.upper())}</b></td></tr>
<tr><td class="title">{esc(item.title)}</td></tr>
<tr><td class="ngaydang">Ngày {dmy(item.published)} {item.published:%H:%M:%S}</td></tr>
<tr><td id="noidung">{self.body_div(item, request.revision)}</td></tr>
<tr><td align="center"><a href="javascript:window.print()">In trang</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></td></tr>
</table></body></html>
"""

    def error_html(self, status: int) -> str:
        if status == 500:
            return (
                "<html><head><title>Runtime Error</title></head><body><h1>Server Error in '/' "
                "Application.</h1><h2><i>Runtime Error</i></h2></body></html>"
            )
        content = (
            '<table width="100%"><tr><td class="title">Không tìm thấy trang</td></tr>'
            "<tr><td>Trang bạn yêu cầu không tồn tại hoặc đã được chuyển sang địa chỉ khác. "
            '<a href="/Default.aspx">Quay về trang chủ</a></td></tr></table>'
        )
        return self.frame("Không tìm thấy trang", content, f"err{status}")
