"""A district's site of the mid-2000s whose home-grown publisher still writes static .htm files.

Imitates the district and commune sites built around 2005-2008 by a provincial IT centre with
Microsoft FrontPage and Dreamweaver templates, hosted on IIS 6 with the FrontPage Server
Extensions, and fed by a small "publisher" program that writes every article, listing page and the
home page as a static file when an editor publishes. Nothing on the server runs per request: the
files are what the crawler gets.

URL shapes (IIS: paths are case-insensitive; every link the publisher writes is relative):
- home ``/index.htm`` (also ``/``, the default document);
- general news listing ``/tintuc/index.htm``, older pages ``/tintuc/index_2.htm``,
  ``index_3.htm`` …; a section ``/tintuc/<slug>/index.htm`` and ``index_N.htm`` (slugs without
  separators: ``chuyendoiso``, ``chinhquyenso``); the directory itself (``/tintuc/chuyendoiso/``)
  serves page 1 and the image map links it so; without its slash it answers 301 (IIS);
- article ``/tintuc/<yyyy>/<mm>/tin_<nnnn>.htm`` (folder of its publication month, four-digit
  number), photos beside it in ``images/``; print view ``in_<nnnn>.htm`` in the same folder,
  opened only by ``window.open`` from "Bản in";
- static pages ``/gioithieu/index.htm``, ``/gioithieu/lichsu.htm``, ``/vanban/index.htm`` (links to
  .doc and .pdf files), ``/lienhe.htm``; the newest headlines ``/js/tinmoi.js``.

Hazards:
- nested layout tables, ``<font face="Arial">``, ``<center>``, spacer GIFs, tags in capitals and
  attributes without quotes in the listing template, Dreamweaver's ``MM_swapImage`` rollovers;
- the horizontal menu is one image with an image map (``<map>``/``<area>``); the left menu and the
  home page's section headings are images inside links, named only by their ``alt``; the sections
  are linked by no text at all; the hand-written parts of the template (FrontPage) write their
  Vietnamese letters as numeric character references;
- relative links everywhere (``../2021/01/tin_0123.htm`` from a listing,
  ``../../../index.htm`` from an article);
- a ``<marquee>`` of the newest headlines: inline on the home page, written by ``document.write``
  from ``/js/tinmoi.js`` (root-relative links) on every other page;
- the article's title only in a bold ``<font>`` cell (no ``<h1>``; ``<title>`` is the site's
  name); the date line "Cập nhật ngày 05/01/2021 - 07:41" in italics under it, listings date
  "(05-01-2021)"; a FrontPage timestamp "Cập nhật lần cuối: 15/08/2019" in every page's footer;
- the body is one table cell: paragraphs as ``<p>`` padded with ``&nbsp;``, or lines in one
  ``<p>`` split by ``<br><br>``, or by single ``<br>`` with ``<p>&nbsp;</p>`` spacers (three
  templates, by article); the lead bold in the first; each photo in its own centred table with
  its caption in italics under it; the author bold and "Nguồn: …" on the right at the end;
- "Các tin đã đưa" under an article lists the older articles of its section only (the page was
  written when it was published); the "Tin mới" ticker and the listings show the newer ones;
- the listing pages from the third on are still written by the 2006 template: ``<meta>``
  windows-1258 and real windows-1258 bytes (tone marks as combining characters); every page is
  served as ``text/html`` without a charset, so the ``<meta>`` decides;
- a visitor counter image (FrontPage's ``_vti_bin/fpcount.exe``), a "Liên kết website"
  ``<select>``, a weekly schedule as a .doc, a dead "Hỏi đáp" link (404);
- a deleted article's file is gone (404), a withdrawn one's file was overwritten with a notice
  "Page cannot be found" answering 200; both are still in the listings.
"""

from __future__ import annotations

import posixpath
import re
from datetime import datetime

from dtcrawl.demo.cms.common import (
    PIXEL_GIF,
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    encode_cp1258,
    esc,
    http_date,
    reuse_notice,
    slugify,
    stable_int,
    stable_token,
)

NEWS_DIR = "/tintuc/"
TICKER = "/js/tinmoi.js"
STYLESHEET = "/css/style.css"
HOME_PATHS = ("/", "/index.htm", "/default.htm")
DEAD_LINK = "/hoidap/index.htm"
SCHEDULE = "/lichcongtac/lichtuan.doc"
#: Listing pages from this one on are still written by the 2006 template (windows-1258).
LEGACY_FROM_PAGE = 3
#: The date FrontPage wrote in the template's footer when it was last edited.
TEMPLATE_EDITED = "15/08/2019"
INDENT = "&nbsp;&nbsp;&nbsp;&nbsp;"
ARTICLE_RE = re.compile(r"^/tintuc/(\d{4})/(\d{2})/(tin|in)_(\d{4})\.htm$")
LISTING_RE = re.compile(r"^/tintuc/(?:([a-z]+)/)?(?:index(?:_(\d+))?\.htm)?$")

LINKED_SITES = (
    ("Cổng Thông tin điện tử Chính phủ", "http://www.chinhphu.vn/"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
    ("Bộ Thông tin và Truyền thông", "http://www.mic.gov.vn/"),
    ("Báo Nhân Dân điện tử", "http://www.nhandan.com.vn/"),
)

#: The static pages of the site (hand-written in FrontPage): path -> (title, paragraphs).
STATIC_PAGES = {
    "/gioithieu/index.htm": (
        "Giới thiệu chung về huyện Cẩm Khê",
        (
            "Huyện Cẩm Khê nằm ở phía tây của tỉnh, bên bờ hữu ngạn con sông lớn chảy qua địa "
            "bàn, có diện tích tự nhiên trên 230 km² với một thị trấn và hai mươi ba xã.",
            "Địa hình của huyện chủ yếu là đồi thấp xen lẫn những cánh đồng phù sa ven sông, "
            "thuận lợi cho trồng lúa, chè, cây ăn quả và nuôi trồng thủy sản ở các vùng trũng.",
            "Toàn huyện có trên 13 vạn người, gồm người Kinh, người Mường và người Dao cùng sinh "
            "sống; nhân dân cần cù, hiếu học và gìn giữ được nhiều lễ hội dân gian đặc sắc.",
        ),
    ),
    "/gioithieu/lichsu.htm": (
        "Lịch sử hình thành và phát triển",
        (
            "Vùng đất Cẩm Khê có lịch sử lâu đời, nhiều di chỉ khảo cổ tìm thấy ven sông cho "
            "thấy con người đã đến đây khai phá, lập làng từ rất sớm.",
            "Qua nhiều lần thay đổi địa giới, huyện được tái lập với tên gọi như ngày nay; trụ sở "
            "các cơ quan của huyện đặt tại thị trấn, nơi giao nhau của các tuyến đường chính.",
            "Trong các cuộc kháng chiến, quân và dân trong huyện đã đóng góp nhiều sức người, "
            "sức của; nhiều xã được Nhà nước tặng danh hiệu Anh hùng Lực lượng vũ trang nhân dân.",
        ),
    ),
}

#: The documents of "Văn bản": (number and summary, file).
DOCUMENTS = (
    (
        "Quyết định số 15/QĐ-UBND ngày 08/01/2021 ban hành Kế hoạch chuyển đổi số huyện năm 2021",
        "/vanban/files/qd15_2021.doc",
    ),
    (
        "Kế hoạch số 02/KH-UBND ngày 05/01/2021 về tuyên truyền cải cách hành chính năm 2021",
        "/vanban/files/kh02_2021.doc",
    ),
    (
        "Báo cáo số 312/BC-UBND ngày 25/12/2020 về tình hình kinh tế - xã hội năm 2020",
        "/vanban/files/bc312_2020.pdf",
    ),
    (
        "Thông báo số 01/TB-UBND ngày 04/01/2021 về lịch tiếp công dân quý I năm 2021",
        "/vanban/files/tb01_2021.doc",
    ),
)
#: The first bytes of a Word 97-2003 file (an OLE compound document) and of a PDF.
DOC_BYTES = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
PDF_BYTES = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def relative(from_path: str, to_path: str) -> str:
    """The relative link a page at ``from_path`` writes to ``to_path`` (as the publisher does).

    >>> relative("/tintuc/chuyendoiso/index.htm", "/tintuc/2021/01/tin_0123.htm")
    '../2021/01/tin_0123.htm'
    >>> relative("/tintuc/2021/01/tin_0123.htm", "/index.htm")
    '../../../index.htm'
    >>> relative("/index.htm", "/tintuc/chuyendoiso/")
    'tintuc/chuyendoiso/'
    >>> relative("/tintuc/2021/01/tin_0123.htm", "/tintuc/2021/01/in_0123.htm")
    'in_0123.htm'
    """
    here = posixpath.dirname(from_path) or "/"
    folder, name = posixpath.split(to_path)
    up = posixpath.relpath(folder, here)
    if up == ".":
        return name or "./"
    return f"{up}/{name}"


def up(here: str) -> str:
    """The prefix that leads from the page at ``here`` to the site's root folder.

    >>> up("/index.htm"), up("/tintuc/2021/01/tin_0123.htm")
    ('', '../../../')
    """
    prefix = relative(here, "/")
    return "" if prefix == "./" else prefix


def ncr(text: str) -> str:
    """``text`` escaped with its non-ASCII letters as numeric references, as FrontPage saves.

    >>> ncr("Tin tức")
    'Tin t&#7913;c'
    """
    return "".join(ch if ord(ch) < 128 else f"&#{ord(ch)};" for ch in esc(text))


def date_line(moment: datetime) -> str:
    """The date under an article's title.

    >>> date_line(datetime(2021, 1, 5, 7, 41))
    'Cập nhật ngày 05/01/2021 - 07:41'
    """
    return f"Cập nhật ngày {moment:%d/%m/%Y} - {moment:%H:%M}"


def list_date(moment: datetime) -> str:
    """The date after a title in listings and "Các tin đã đưa".

    >>> list_date(datetime(2021, 1, 5, 7, 41))
    '(05-01-2021)'
    """
    return f"({moment:%d-%m-%Y})"


def js_string(text: str) -> str:
    """``text`` inside a single-quoted JavaScript string.

    >>> js_string("l'an")
    "l\\\\'an"
    """
    return text.replace("\\", "\\\\").replace("'", "\\'")


class OldStaticSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/6.0",
        "MicrosoftOfficeWebServer": "5.0_Pub",
        "X-Powered-By": "ASP.NET",
        "Accept-Ranges": "bytes",
    }
    number_base = 118
    number_stride = 3

    # -- URLs

    def section_slug(self, name: str) -> str:
        return slugify(name).replace("-", "")

    def article_path(self, item: Item) -> str:
        return f"{NEWS_DIR}{item.published:%Y/%m}/tin_{item.number:04d}.htm"

    def print_path(self, item: Item) -> str:
        return f"{NEWS_DIR}{item.published:%Y/%m}/in_{item.number:04d}.htm"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def listing_dir(self, section: Section | None) -> str:
        return NEWS_DIR if self.is_news(section) else f"{NEWS_DIR}{section.slug}/"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        name = "index.htm" if page == 1 else f"index_{page}.htm"
        return self.listing_dir(section) + name

    def home_path(self) -> str:
        return "/"

    def photo_path(self, item: Item, index: int) -> str:
        return f"{NEWS_DIR}{item.published:%Y/%m}/images/tin_{item.number:04d}_{index + 1}.jpg"

    # -- responses: static files as IIS 6 serves them

    def file_response(
        self,
        markup: str,
        status: int = 200,
        legacy: bool = False,
        stamp: datetime | None = None,
        seed: str = "",
    ) -> Response:
        """A static .htm file: ``text/html`` with no charset (its ``<meta>`` names it), an IIS
        ETag and the file's write time; ``legacy`` files are windows-1258."""
        body = encode_cp1258(markup) if legacy else markup.encode("utf-8")
        headers = {"Content-Type": "text/html", **self.family_headers}
        if status == 200:
            moment = stamp or (self.items[0].published if self.items else None)
            if moment is not None:
                headers["Last-Modified"] = http_date(moment)
            headers["ETag"] = f'"{stable_token(seed or markup[:200], 14, "0123456789abcdef")}:5d2"'
        return Response(status, headers, body)

    def html_response(
        self, markup: str, status: int = 200, headers: dict | None = None
    ) -> Response:
        all_headers = {"Content-Type": "text/html", **self.family_headers}
        all_headers.update(headers or {})
        all_headers.pop("Cache-Control", None)  # a static file: IIS sends none
        if "ETag" in all_headers:  # IIS writes its ETags as "<hex>:<change number>"
            all_headers["ETag"] = all_headers["ETag"][:-1] + ':5d2"'
        return Response(status, all_headers, markup.encode("utf-8"))

    def error_response(self, status: int) -> Response:
        return Response(
            status,
            {"Content-Type": "text/html", **self.family_headers},
            self.error_html(status).encode("cp1252"),
        )

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path.lower()
        if path in HOME_PATHS:
            return self.file_response(self.home_html(request), seed="home")
        if path == TICKER:
            return Response(
                200,
                {"Content-Type": "application/x-javascript", **self.family_headers},
                self.ticker_js().encode("utf-8"),
            )
        if path == STYLESHEET:
            return Response(
                200, {"Content-Type": "text/css", **self.family_headers}, STYLE.encode("ascii")
            )
        if path.startswith("/_vti_bin/fpcount.exe"):
            return Response(200, {"Content-Type": "image/gif", **self.family_headers}, PIXEL_GIF)
        if path in STATIC_PAGES:
            return self.file_response(self.static_html(path, request), seed=path)
        if path == "/vanban/index.htm":
            return self.file_response(self.documents_html(request), seed=path)
        if path == "/lienhe.htm":
            return self.file_response(self.contact_html(request), seed=path)
        files = {file for _, file in DOCUMENTS} | {SCHEDULE}
        if path in files:
            kind = "application/pdf" if path.endswith(".pdf") else "application/msword"
            body = PDF_BYTES if path.endswith(".pdf") else DOC_BYTES
            return Response(200, {"Content-Type": kind, **self.family_headers}, body)
        match = ARTICLE_RE.match(path)
        if match:
            return self.article_route(path, match.group(3) == "in", request)
        for folder in [NEWS_DIR.rstrip("/")] + [
            self.listing_dir(s).rstrip("/") for s in self.sections.values()
        ]:
            if path == folder:  # a directory asked for without its slash
                location = request.base_url + folder + "/"
                return Response(301, {"Location": location, **self.family_headers}, b"")
        match = LISTING_RE.match(path)
        if match:
            return self.listing_route(match.group(1), match.group(2), request)
        return None

    def article_route(self, path: str, printed: bool, request: Request) -> Response | None:
        item = self.by_path.get(path.replace("/in_", "/tin_"))
        if item is None or item.kind == "missing":  # the file was deleted
            return None
        if item.kind == "withdrawn":  # its file overwritten with a notice
            return self.file_response(self.withdrawn_html(item), seed=path)
        if printed:
            if item.kind != "article":
                return None
            return self.file_response(
                self.print_html(item, request), stamp=item.published, seed=path
            )
        return self.article_response(item, request)

    def listing_route(self, slug: str | None, number: str | None, request: Request):
        section = None
        if slug:
            section = self.section_by_slug(slug)
            if section is None:
                return None
        page = int(number) if number else 1
        if number is not None and page < 2:
            return None
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        legacy = listing_legacy(page)
        markup = self.listing_html(section, page, request, legacy)
        newest = items[0].published if items else None
        return self.file_response(markup, legacy=legacy, stamp=newest, seed=request.path)

    # -- the template

    def head(self, title: str, here: str, legacy: bool = False) -> str:
        root = up(here)
        charset = "windows-1258" if legacy else "utf-8"
        meta = (
            f'<META http-equiv=Content-Type content="text/html; charset={charset}">'
            if legacy
            else f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        )
        preload = ",".join(f"'{root}images/menu_{s.slug}_on.gif'" for s in self.sections.values())
        return f"""<html>
<!-- #BeginTemplate "/Templates/camkhe.dwt" -->
<head>
{meta}
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<meta name="keywords" content="Cẩm Khê, huyện Cẩm Khê, tin tức, chuyển đổi số, chính quyền">
<!-- #BeginEditable "doctitle" -->
<title>{esc(title)}</title>
<!-- #EndEditable -->
<link rel="stylesheet" href="{root}css/style.css" type="text/css">
<script language="JavaScript">
<!--
function MM_swapImgRestore() {{ //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}}
function MM_preloadImages() {{ //v3.0
  var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}}
}}
function MM_swapImage() {{ //v3.0
  var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3)
   if ((x=document.getElementById(a[i]))!=null){{document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];}}
}}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0"
onLoad="MM_preloadImages({preload})">
<a name="top"></a>
"""

    def header(self, here: str, ticker_markup: str) -> str:
        root = up(here)
        cds = self.section_by_slug("chuyendoiso")
        areas = [
            ("0,0,95,28", "/index.htm", "Trang chủ"),
            ("96,0,196,28", "/gioithieu/index.htm", "Giới thiệu"),
            ("197,0,330,28", NEWS_DIR, self.news.name),
        ]
        if cds is not None:
            areas.append(("331,0,460,28", self.listing_dir(cds), cds.name))
        areas += [
            ("461,0,560,28", "/vanban/index.htm", "Văn bản"),
            ("561,0,660,28", DEAD_LINK, "Hỏi đáp"),
            ("661,0,778,28", "/lienhe.htm", "Liên hệ"),
        ]
        area_markup = "\n".join(
            f'<area shape="rect" coords="{coords}" href="{relative(here, target)}" '
            f'alt="{ncr(alt)}">'
            for coords, target, alt in areas
        )
        return f"""<center>
<TABLE width=778 border=0 cellpadding=0 cellspacing=0 bgcolor=#FFFFFF>
<TR>
<TD colspan=3><img src="{root}images/banner.jpg" width="778" height="120" border="0"
alt="{ncr(self.portal.name)}"></TD>
</TR>
<TR>
<TD colspan=3><img src="{root}images/menu_ngang.gif" width="778" height="28" border="0"
usemap="#MenuNgang"></TD>
</TR>
<map name="MenuNgang">
{area_markup}
</map>
<TR>
<TD colspan=3 bgcolor=#FFF8DC height=22><font face="Arial" size="2">{ticker_markup}</font></TD>
</TR>
<TR>
<TD colspan=3><img src="{root}images/spacer.gif" width="1" height="6"></TD>
</TR>
"""

    def left_column(self, here: str, current: Section | None) -> str:
        root = up(here)
        rows = []
        entries = [("tintuc", NEWS_DIR + "index.htm", self.news.name)]
        entries += [(s.slug, self.listing_path(s), s.name) for s in self.sections.values()]
        entries += [
            ("vanban", "/vanban/index.htm", "Văn bản"),
            ("gioithieu", "/gioithieu/index.htm", "Giới thiệu"),
        ]
        for index, (slug, target, name) in enumerate(entries):
            state = "_on" if current is not None and slug == current.slug else ""
            rows.append(
                f'<TR><TD><A HREF="{relative(here, target)}" onMouseOut="MM_swapImgRestore()" '
                f"onMouseOver=\"MM_swapImage('menu{index}','','{root}images/menu_{slug}_on.gif',1)"
                f'"><IMG SRC="{root}images/menu_{slug}{state}.gif" name="menu{index}" '
                f'id="menu{index}" width=180 height=28 border=0 alt="{ncr(name)}"></A></TD></TR>'
            )
        options = "".join(
            f'<option value="{esc(url)}">{ncr(name)}</option>' for name, url in LINKED_SITES
        )
        page = here.lstrip("/") or "index.htm"
        return f"""<TD width=180 valign=top bgcolor=#EAF1FB>
<TABLE width=180 border=0 cellpadding=0 cellspacing=0>
<TR><TD><img src="{root}images/left_danhmuc.gif" width=180 height=30 border=0
alt="{ncr("Danh mục")}"></TD></TR>
{"".join(rows)}
<TR><TD><img src="{root}images/spacer.gif" width=1 height=10></TD></TR>
<TR><TD align=center><a href="{relative(here, SCHEDULE)}"><img
src="{root}images/lichcongtac.gif" width=170 height=50 border=0
alt="{ncr("Lịch công tác tuần")}"></a></TD></TR>
<TR><TD align=center><a href="https://dichvucong.gov.vn/" target="_blank"><img
src="{root}images/dichvucong.gif" width=170 height=50 border=0
alt="{ncr("Dịch vụ công trực tuyến")}"></a></TD></TR>
<TR><TD><img src="{root}images/spacer.gif" width=1 height=10></TD></TR>
<TR><TD align=center><font face="Arial" size="1"><b>{ncr("LIÊN KẾT WEBSITE")}</b></font><br>
<select name="lienket" style="width:170px;font-size:11px"
onChange="if(this.value!='')window.open(this.value)">
<option value="" selected>-- {ncr("Chọn website")} --</option>{options}</select></TD></TR>
<TR><TD><img src="{root}images/spacer.gif" width=1 height=10></TD></TR>
<TR><TD align=center><font face="Arial" size="1">{ncr("Số lượt truy cập")}:</font><br>
<!--webbot bot="HitCounter" i-image="4" I-ResetValue="0" I-Digits="7" U-Custom startspan -->\
<img src="{root}_vti_bin/fpcount.exe/?Page={page}|Image=4|Digits=7" alt="Hit Counter">\
<!--webbot bot="HitCounter" i-checksum="38424" endspan --></TD></TR>
</TABLE>
</TD>
<TD width=8><img src="{root}images/spacer.gif" width=8 height=1></TD>
"""

    def footer(self, here: str) -> str:
        p = self.portal
        root = up(here)
        return f"""<TR>
<TD colspan=3><img src="{root}images/spacer.gif" width="1" height="8"></TD>
</TR>
<TR>
<TD colspan=3 bgcolor=#1F4E9C height=3><img src="{root}images/spacer.gif" width=1 height=3></TD>
</TR>
<TR>
<TD colspan=3 align=center bgcolor=#E8EEF7><font face="Arial" size="1" color="#333333">
<b>{ncr(p.name.upper())}</b><br>
{ncr("Cơ quan chủ quản")}: {ncr(p.agency)}<br>
{ncr("Chịu trách nhiệm nội dung")}: {ncr(p.editor)}<br>
{ncr(p.licence)}<br>
{ncr("Địa chỉ")}: {ncr(p.address)} - {ncr("Điện thoại")}: {esc(p.phone)} - Email:
<a href="mailto:vanphong@{esc(p.domain)}">vanphong@{esc(p.domain)}</a><br>
{ncr(reuse_notice(p))}<br>
{ncr("Xem tốt nhất với Internet Explorer 6.0 trở lên, độ phân giải 800 x 600")} -
<a href="http://www.{esc(p.domain)}/">www.{esc(p.domain)}</a><br>
{ncr("Cập nhật lần cuối")}: <!--webbot bot="Timestamp" S-Type="EDITED" S-Format="%d/%m/%Y"
startspan -->{TEMPLATE_EDITED}<!--webbot bot="Timestamp" i-checksum="12587" endspan -->
</font></TD>
</TR>
</TABLE>
</center>
<!-- #EndTemplate -->
</body>
</html>
"""

    def page(
        self,
        title: str,
        here: str,
        main: str,
        current: Section | None = None,
        legacy: bool = False,
        ticker_markup: str | None = None,
    ) -> str:
        """A whole page of the template: head, banner and image map, ticker, left menu, main."""
        root = up(here)
        if ticker_markup is None:
            ticker_markup = f'<script language="JavaScript" src="{root}js/tinmoi.js"></script>'
        return (
            self.head(title, here, legacy)
            + self.header(here, ticker_markup)
            + "<TR>\n"
            + self.left_column(here, current)
            + f'<TD width=590 valign=top>\n<!-- #BeginEditable "NoiDung" -->\n{main}\n'
            + "<!-- #EndEditable -->\n</TD>\n</TR>\n"
            + self.footer(here)
        )

    def ticker_items(self) -> list[Item]:
        return self.latest(6)

    def ticker_js(self) -> str:
        lines = [
            'document.write(\'<marquee behavior="scroll" direction="left" scrollamount="2" '
            'scrolldelay="60" onmouseover="this.stop()" onmouseout="this.start()">\');'
        ]
        for it in self.ticker_items():
            lines.append(
                'document.write(\'<img src="/images/new.gif" border="0"> <a href="'
                f'{self.article_path(it)}"><font color="#CC0000">{js_string(esc(it.title))}'
                "</font></a>&nbsp;&nbsp;&nbsp;&nbsp;');"
            )
        lines.append("document.write('</marquee>');")
        return "\n".join(lines) + "\n"

    # -- home page

    def home_html(self, request: Request) -> str:
        here = "/index.htm"
        articles = [it for it in self.items if it.kind == "article"]
        marquee = "".join(
            f'<img src="images/new.gif" border="0"> <a href="{relative(here, self.article_path(it))}'
            f'"><font color="#CC0000">{esc(it.title)}</font></a>&nbsp;&nbsp;&nbsp;&nbsp;'
            for it in self.ticker_items()
        )
        ticker = (
            '<marquee behavior="scroll" direction="left" scrollamount="2" scrolldelay="60" '
            f'onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee>'
        )
        blocks = [
            f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td><a href="'
            f'{relative(here, NEWS_DIR + "index.htm")}"><img src="images/tieude_tintuc.gif" '
            f'width="590" height="26" border="0" alt="{ncr(self.news.name)}"></a></td></tr>'
            "</table>"
        ]
        if articles:
            top = articles[0]
            href = relative(here, self.article_path(top))
            thumb = relative(here, self.photo_path(top, 0)) if top.images else "images/noimage.gif"
            blocks.append(
                '<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr>'
                f'<td width="160" valign="top"><a href="{href}"><img src="{thumb}" width="150" '
                'height="110" border="1"></a></td><td valign="top"><a href="'
                f'{href}" class="tieudetin"><font face="Arial" size="3" color="#1F4E9C"><b>'
                f'{esc(top.title)}</b></font></a><br><font face="Arial" size="1" '
                f'color="#999999">{list_date(top.published)}</font><br><font face="Arial" '
                f'size="2">{esc(top.sapo())}</font> <a href="{href}"><img '
                f'src="images/chitiet.gif" width="50" height="12" border="0" '
                f'alt="{ncr("Chi tiết")}"></a></td></tr></table>'
            )
        rows = "".join(
            f'<img src="images/bullet.gif" width="7" height="7"> <a href="'
            f'{relative(here, self.article_path(it))}">{esc(it.title)}</a> <font size="1" '
            f'color="#999999">{list_date(it.published)}</font><br>\n'
            for it in articles[1:7]
        )
        blocks.append(
            f'<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr><td>'
            f'<font face="Arial" size="2">{rows}</font></td></tr><tr><td align="right">'
            f'<font face="Arial" size="2"><a href="{relative(here, NEWS_DIR + "index.htm")}">'
            f"{ncr('Các tin đã đưa')} &raquo;</a></font></td></tr></table>"
        )
        for section in self.sections.values():
            listed = [it for it in self.listed(section) if it.kind == "article"][:3]
            lines = "".join(
                f'<img src="images/bullet.gif" width="7" height="7"> <a href="'
                f'{relative(here, self.article_path(it))}">{esc(it.title)}</a> <font size="1" '
                f'color="#999999">{list_date(it.published)}</font><br>\n'
                for it in listed
            )
            blocks.append(
                '<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td>'
                f'<img src="images/spacer.gif" width="1" height="8"></td></tr><tr><td><a href="'
                f'{relative(here, self.listing_dir(section))}"><img src="images/tieude_'
                f'{section.slug}.gif" width="590" height="26" border="0" alt="{ncr(section.name)}'
                f'"></a></td></tr><tr><td><font face="Arial" size="2">{lines}</font></td></tr>'
                "</table>"
            )
        return self.page(self.portal.name, here, "\n".join(blocks), ticker_markup=ticker)

    # -- listings

    def listing_html(
        self, section: Section | None, page: int, request: Request, legacy: bool
    ) -> str:
        here = self.listing_path(section, page)
        root = up(here)
        items, pages = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        rows = []
        for it in items:
            href = relative(here, self.article_path(it))
            thumb = (
                relative(here, self.photo_path(it, 0)) if it.images else f"{root}images/noimage.gif"
            )
            rows.append(
                f"<TR><TD width=110 valign=top><A HREF={href}><IMG SRC={thumb} width=100 height=75 "
                f"border=0></A></TD>\n<TD valign=top><A HREF={href} class=tieude><B>"
                f"{esc(it.title)}</B></A> <FONT size=1 color=#999999>{list_date(it.published)}"
                f"</FONT><BR>\n<FONT size=2>{esc(it.sapo())}</FONT></TD></TR>\n"
                f"<TR><TD colspan=2><IMG SRC={root}images/dot_line.gif width=580 height=1>"
                "</TD></TR>"
            )
        main = (
            f'<TABLE width="100%" border=0 cellspacing=0 cellpadding=3>\n<TR><TD><FONT '
            f"face=Arial size=1><A HREF={root}index.htm>{ncr('Trang chủ')}</A> &raquo; "
            + (
                ""
                if self.is_news(section)
                else f"<A HREF={relative(here, NEWS_DIR)}>{ncr(self.news.name)}</A> &raquo; "
            )
            + f"{esc(name)}</FONT></TD></TR>\n"
            f"<TR><TD bgcolor=#1F4E9C><FONT face=Arial size=2 color=#FFFFFF><B>{esc(name.upper())}"
            f"</B></FONT></TD></TR>\n</TABLE>\n"
            f'<TABLE width="100%" border=0 cellspacing=0 cellpadding=4>\n{"".join(rows)}\n</TABLE>'
            f"\n{self.pager(page, pages)}"
        )
        title = f"{self.portal.name} - {name}"
        return self.page(title, here, main, current=section, legacy=legacy)

    def pager(self, page: int, pages: int) -> str:
        if pages <= 1:
            return ""

        def name(n: int) -> str:
            return "index.htm" if n == 1 else f"index_{n}.htm"

        parts = []
        if page > 1:
            parts.append(f"<A HREF={name(page - 1)}>&laquo; {ncr('Trước')}</A>")
        for n in range(1, pages + 1):
            parts.append(
                f"<B><FONT color=#CC0000>[{n}]</FONT></B>"
                if n == page
                else f"<A HREF={name(n)}>[{n}]</A>"
            )
        if page < pages:
            parts.append(f"<A HREF={name(page + 1)}>{ncr('Tiếp')} &raquo;</A>")
        return (
            '<TABLE width="100%" border=0><TR><TD align=center><FONT face=Arial size=2>'
            f"Trang: {' '.join(parts)}</FONT></TD></TR></TABLE>"
        )

    # -- articles

    def body_style(self, item: Item) -> int:
        """Which of the three body templates the article was written with."""
        return stable_int(item.key + "style", 0, 2)

    def photo_table(self, item: Item, here: str, index: int, caption: str) -> str:
        src = relative(here, self.photo_path(item, index))
        return (
            '\n<table border="0" cellpadding="3" cellspacing="0" width="420" align="center">'
            f'<tr><td align="center"><img src="{src}" width="400" height="300" border="0"></td>'
            '</tr><tr><td align="center"><font face="Arial" size="1"><i>'
            f"{esc(caption)}</i></font></td></tr></table>\n"
        )

    def body_html(self, item: Item, here: str, revision: int) -> str:
        style = self.body_style(item)
        blocks = body_blocks(item, revision)
        out: list[str] = []
        if style == 0:  # a <p> each, padded; the lead in bold
            first = True
            for kind, value in blocks:
                if kind == "p":
                    text = f"<b>{esc(value)}</b>" if first else esc(value)
                    out.append(f'<p align="justify">{INDENT}{text}</p>\n')
                    first = False
                else:
                    out.append(self.photo_table(item, here, *value))
        elif style == 1:  # lines in one <p>, split by <br><br>; a photo closes it
            lines: list[str] = []
            for kind, value in blocks:
                if kind == "p":
                    lines.append(f"{INDENT}{esc(value)}")
                    continue
                if lines:
                    out.append('<P align="justify">' + "<BR><BR>\n".join(lines) + "</P>\n")
                    lines = []
                out.append(self.photo_table(item, here, *value))
            if lines:
                out.append('<P align="justify">' + "<BR><BR>\n".join(lines) + "</P>\n")
        else:  # lines split by single <br>, <p>&nbsp;</p> spacers between runs
            lines = []
            for kind, value in blocks:
                if kind == "p":
                    lines.append(f"&nbsp;&nbsp; {esc(value)}")
                    continue
                if lines:
                    out.append('<p align="justify">' + "<br>\n".join(lines) + "</p>\n")
                    lines = []
                out.append("<p>&nbsp;</p>" + self.photo_table(item, here, *value) + "<p>&nbsp;</p>")
            if lines:
                out.append('<p align="justify">' + "<br>\n".join(lines) + "</p>\n")
        return "".join(out) + self.signature(item)

    def signature(self, item: Item) -> str:
        """The author in bold and the source on the right, after the text."""
        parts = []
        if item.author:
            parts.append(f"<b>{esc(item.author)}</b>")
        if item.source:
            parts.append(f"<i>Nguồn: {esc(item.source)}</i>")
        if not parts:
            return ""
        return '<p align="right">' + "<br>\n".join(parts) + "</p>\n"

    def older(self, item: Item, count: int = 6) -> list[Item]:
        """The section's articles already published when this page was written."""
        return [
            it
            for it in self.listed(item.section)
            if it is not item and it.published < item.published
        ][:count]

    def article_html(self, item: Item, request: Request) -> str:
        here = self.article_path(item)
        root = up(here)
        section = item.section
        crumb = f'<a href="{root}index.htm">{ncr("Trang chủ")}</a> &raquo; '
        crumb += f'<a href="{relative(here, NEWS_DIR)}">{ncr(self.news.name)}</a>'
        if not self.is_news(section):
            crumb += f' &raquo; <a href="{relative(here, self.listing_dir(section))}">'
            crumb += f"{esc(section.name)}</a>"
        popup = (
            f"window.open('{relative(here, self.print_path(item))}','BanIn','width=680,"
            "height=600,scrollbars=yes,resizable=yes');return false;"
        )
        subject = esc(item.title)
        tools = (
            '<a href="javascript:void(0)" onClick="' + popup + f'"><img src="{root}images/'
            f'print.gif" width="16" height="16" border="0" align="absmiddle"> Bản in</a> | '
            f'<a href="mailto:?subject={subject}">Gửi cho bạn bè</a> | '
            '<a href="javascript:history.back()">Quay lại</a> | <a href="#top">Về đầu trang</a>'
        )
        older = self.older(item)
        older_box = ""
        if older:
            lines = "".join(
                f'<img src="{root}images/bullet.gif" width="7" height="7"> <a href="'
                f'{relative(here, self.article_path(it))}">{esc(it.title)}</a> <font size="1" '
                f'color="#999999">{list_date(it.published)}</font><br>\n'
                for it in older
            )
            older_box = (
                '<table width="100%" border="0" cellspacing="0" cellpadding="4">'
                '<tr><td bgcolor="#EEEEEE"><font face="Arial" size="2" color="#1F4E9C"><b>'
                f'{ncr("CÁC TIN ĐÃ ĐƯA")}</b></font></td></tr><tr><td><font face="Arial" '
                f'size="2">{lines}</font></td></tr></table>'
            )
        main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td><font face="Arial" size="1">{crumb}</font></td></tr>
<tr><td height="1" bgcolor="#CCCCCC"><img src="{root}images/spacer.gif" width="1" height="1"></td></tr>
<tr><td><font face="Arial" size="3" color="#1F4E9C"><b>{esc(item.title)}</b></font></td></tr>
<tr><td><font face="Arial" size="1" color="#808080"><i>{date_line(item.published)}</i></font></td></tr>
<tr><td class="noidung" valign="top"><font face="Arial" size="2">
{self.body_html(item, here, request.revision)}</font></td></tr>
<tr><td align="right"><font face="Arial" size="1">{tools}</font></td></tr>
<tr><td><img src="{root}images/spacer.gif" width="1" height="10"></td></tr>
</table>
{older_box}"""
        return self.page(self.portal.name, here, main, current=section)

    def print_html(self, item: Item, request: Request) -> str:
        here = self.print_path(item)
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{ncr("In bài viết")}</title>
</head>
<body onLoad="window.print()">
<table width="640" border="0" align="center" cellpadding="4"><tr><td>
<font face="Arial" size="2"><b>{esc(self.portal.name.upper())}</b></font>
<hr size="1" noshade>
<font face="Arial" size="3"><b>{esc(item.title)}</b></font><br>
<font face="Arial" size="1"><i>{date_line(item.published)}</i></font>
<font face="Arial" size="2">
{self.body_html(item, here, request.revision)}</font>
<hr size="1" noshade>
<font face="Arial" size="1">Địa chỉ bài viết: http://www.{esc(self.portal.domain)}\
{self.article_path(item)}</font>
<center><a href="javascript:window.close()">Đóng cửa sổ</a></center>
</td></tr></table>
</body>
</html>
"""

    def withdrawn_html(self, item: Item) -> str:
        """What the publisher writes over a withdrawn article's file."""
        root = up(self.article_path(item))
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Page cannot be found</title>
</head>
<body bgcolor="#FFFFFF">
<center><br><br>
<img src="{root}images/logo.gif" width="80" height="80" border="0"><br><br>
<font face="Arial" size="4" color="#CC0000"><b>Page cannot be found</b></font><br><br>
<font face="Arial" size="2">Trang tin bạn yêu cầu không tồn tại hoặc đã được gỡ bỏ.<br>
Xin vui lòng quay lại <a href="{root}index.htm">trang chủ</a> để xem các tin khác.</font>
</center>
</body>
</html>
"""

    # -- static pages

    def static_html(self, path: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[path]
        others = "".join(
            f'<a href="{relative(path, other)}">{ncr(name)}</a><br>\n'
            for other, (name, _) in STATIC_PAGES.items()
            if other != path
        )
        text = "".join(f'<p align="justify">{INDENT}{ncr(p)}</p>\n' for p in paragraphs)
        main = (
            '<table width="100%" border="0" cellpadding="4"><tr><td><font face="Arial" size="3" '
            f'color="#1F4E9C"><b>{ncr(title.upper())}</b></font></td></tr><tr><td><font '
            f'face="Arial" size="2">{text}</font></td></tr><tr><td><font face="Arial" size="2">'
            f"<b>{ncr('Xem thêm')}:</b><br>\n{others}</font></td></tr></table>"
        )
        return self.page(f"{self.portal.name} - {title}", path, main)

    def documents_html(self, request: Request) -> str:
        here = "/vanban/index.htm"
        rows = "".join(
            f'<tr><td align="center" valign="top"><font face="Arial" size="2">{n}</font></td>'
            f'<td><font face="Arial" size="2">{ncr(summary)}</font></td><td align="center">'
            f'<a href="{relative(here, file)}"><img src="../images/'
            f'{"pdf" if file.endswith(".pdf") else "word"}.gif" border="0" alt="'
            f'{ncr("Tải về")}"></a></td></tr>\n'
            for n, (summary, file) in enumerate(DOCUMENTS, 1)
        )
        main = (
            '<table width="100%" border="0" cellpadding="4"><tr><td><font face="Arial" size="3" '
            f'color="#1F4E9C"><b>{ncr("VĂN BẢN CHỈ ĐẠO, ĐIỀU HÀNH")}</b></font></td></tr></table>'
            '<table width="100%" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC">'
            f'<tr bgcolor="#EAF1FB"><td><b>TT</b></td><td><b>{ncr("Trích yếu")}</b></td><td><b>'
            f"{ncr('Tải về')}</b></td></tr>\n{rows}</table>"
        )
        return self.page(f"{self.portal.name} - Văn bản", here, main)

    def contact_html(self, request: Request) -> str:
        p = self.portal
        here = "/lienhe.htm"
        main = f"""<table width="100%" border="0" cellpadding="4"><tr><td>
<font face="Arial" size="3" color="#1F4E9C"><b>{ncr("LIÊN HỆ")}</b></font></td></tr>
<tr><td><font face="Arial" size="2">{ncr(p.agency)}<br>
{ncr("Địa chỉ")}: {ncr(p.address)}<br>{ncr("Điện thoại")}: {esc(p.phone)}<br>
Email: <a href="mailto:vanphong@{esc(p.domain)}">vanphong@{esc(p.domain)}</a></font></td></tr>
<tr><td><form method="POST" action="mailto:vanphong@{esc(p.domain)}" enctype="text/plain">
<!--webbot bot="SaveResults" U-File="_private/form_results.csv" S-Format="TEXT/CSV" -->
<font face="Arial" size="2">{ncr("Họ và tên")}:<br><input type="text" name="hoten" size="40"><br>
Email:<br><input type="text" name="email" size="40"><br>
{ncr("Nội dung")}:<br><textarea name="noidung" rows="6" cols="50"></textarea><br>
<input type="submit" value="{ncr("Gửi")}"> <input type="reset" value="{ncr("Nhập lại")}">
</font></form></td></tr></table>"""
        return self.page(f"{p.name} - Liên hệ", here, main)

    def error_html(self, status: int) -> str:
        if status == 404:
            head, line = "The page cannot be found", "HTTP Error 404 - File or directory not found."
            text = "The file you asked for is not on this server, or its name has changed."
        else:
            head, line = "The page cannot be displayed", "HTTP 500 - Internal server error"
            text = "The server met a problem while answering this request."
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">
<HTML><HEAD><TITLE>{head}</TITLE>
<META HTTP-EQUIV="Content-Type" Content="text/html; charset=Windows-1252">
<STYLE type="text/css">BODY {{ font: 8pt/12pt verdana }} H1 {{ font: 13pt/15pt verdana }}</STYLE>
</HEAD><BODY><TABLE width=500 border=0 cellspacing=10><TR><TD>
<h1>{head}</h1>
{text}
<hr>
<h2>{line}<br>Internet Information Services (IIS)</h2>
</TD></TR></TABLE></BODY></HTML>
"""

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        return "\n".join(lines) + "\n"


STYLE = """body { font-family: Arial, Helvetica, sans-serif; font-size: 12px; }
a:link, a:visited { color: #1F4E9C; text-decoration: none; }
a:hover { color: #CC0000; text-decoration: underline; }
.tieude { font-size: 13px; font-weight: bold; }
.tieudetin { text-decoration: none; }
.noidung { font-size: 13px; line-height: 18px; }
"""


def listing_legacy(page: int) -> bool:
    """True for the listing pages still written by the 2006 template (windows-1258).

    >>> listing_legacy(2), listing_legacy(3)
    (False, True)
    """
    return page >= LEGACY_FROM_PAGE
