"""An old district portal on a home-grown PHP CMS whose editors paste from PDF and Word files.

The CMS (a local vendor's, PHP 5 behind Apache, ``mod_rewrite`` "pretty" URLs) stores whatever
the WYSIWYG editor hands it, so an article body is what the editor pasted, unchanged:

- from a PDF: every line of the PDF ends with ``<br />`` wherever the line ended, in the middle of
  a sentence (lines of 70-90 characters); paragraphs are separated either by ``<br /><br />``
  inside one ``<p>`` or by a new ``<p>``;
- from Word: ``<div class="MsoNormal">`` and ``<font face="Times New Roman">`` with
  ``<span style=...>`` runs (Word splits runs anywhere, sometimes inside a syllable), ``&nbsp;``
  indents, ``<div>&nbsp;</div>`` spacers, ``<o:p></o:p>``;
- Vietnamese as the editor's tools left it: plain UTF-8, HTML numeric entities (``&#7875;``),
  named entities where HTML has one (``&ecirc;``) and numeric ones elsewhere, Unicode decomposed
  (NFD), or only the tone marks decomposed (what Windows-1258 era converters write);
- some bodies inside a layout ``<table>``; photos with their caption in a ``<p><em>`` under them
  or in the second cell of a small table.

URL shapes (every link the site writes carries ``PHPSESSID=<26 chars>``: PHP's ``use_trans_sid``
for a client without the session cookie; a request with a session id keeps it in its links):

- home ``/`` (also ``/index.php``);
- listing ``/danh-sach-tin/group/<gid>``, page N ``/danh-sach-tin/group/<gid>/trang/<N>``
  (one-based; ``/trang/1`` is also served); ``<gid>`` of the general news section lists all;
- article ``/chi-tiet-tin/group/<gid>/nid/<nid>/<slug>``; the router reads only ``<nid>``: the
  sidebar, marquee and "Các tin khác" link the same article with the slug cut to 40 characters;
- print view ``/in-tin/nid/<nid>`` (its old template's meta says ``charset=windows-1258``; the
  HTTP header and the bytes are UTF-8); static pages ``/trang/gioi-thieu`` and ``/trang/lien-he``.
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from collections.abc import Callable
from datetime import datetime
from html.entities import codepoint2name

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
    page_number,
    pager_numbers,
    poll,
    reuse_notice,
    slugify,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    with_param,
)

_ARTICLE = re.compile(r"^/chi-tiet-tin/group/(\d+)/nid/(\d+)(?:/[\w-]*)?/?$")
_LISTING = re.compile(r"^/danh-sach-tin/group/(\d+)(?:/trang/(\d+))?/?$")
_PRINT = re.compile(r"^/in-tin/nid/(\d+)/?$")
_SID = re.compile(r"^[a-z0-9]{26}$")
SHORT_SLUG = 40
#: How the editor pasted the body (by the item's rank, so that every way is present).
LAYOUTS = ("pdf-lines", "word-soup", "pdf-paragraphs")
#: How the Vietnamese letters of a body are written.
SPELLINGS = ("plain", "numeric", "nfd", "named", "tones")
_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_WORD_SPAN = (
    "font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,&quot;serif&quot;"
)
STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu chung",
        [
            "Huyện Kim Sa nằm ở phía tây bắc tỉnh Lộc Điền, có 14 xã và 1 thị trấn, diện tích tự "
            "nhiên hơn 52 nghìn ha, dân số khoảng 96 nghìn người thuộc 5 dân tộc cùng sinh sống.",
            "Trang thông tin điện tử huyện là kênh cung cấp thông tin chính thức về hoạt động chỉ "
            "đạo, điều hành của Huyện ủy, HĐND, UBND huyện và các cơ quan, đơn vị trên địa bàn.",
            "Mọi ý kiến đóng góp xin gửi về Văn phòng HĐND và UBND huyện theo địa chỉ ghi ở chân "
            "trang.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Văn phòng HĐND và UBND huyện Kim Sa, bộ phận quản trị Trang thông tin điện tử.",
            "Thời gian làm việc: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, "
            "các ngày từ thứ Hai đến thứ Sáu.",
        ],
    ),
}


# ---------------------------------------------------------------- how letters are written


def numeric_entities(text: str) -> str:
    """Every non-ASCII letter as a decimal character reference, the rest HTML-escaped.

    >>> numeric_entities("Chuyển đổi số")
    'Chuy&#7875;n &#273;&#7893;i s&#7889;'
    """
    return "".join(ch if ord(ch) < 128 else f"&#{ord(ch)};" for ch in esc(text))


def named_entities(text: str) -> str:
    """Named references where HTML 4 has one (``&ecirc;``), numeric ones for the rest.

    >>> named_entities("Tiếng Việt")
    'Ti&#7871;ng Vi&#7879;t'
    >>> named_entities("Hà Nội ở đâu")
    'H&agrave; N&#7897;i &#7903; &#273;&acirc;u'
    """
    out = []
    for ch in esc(text):
        if ord(ch) < 128:
            out.append(ch)
        elif ord(ch) in codepoint2name:
            out.append(f"&{codepoint2name[ord(ch)]};")
        else:
            out.append(f"&#{ord(ch)};")
    return "".join(out)


def decomposed(text: str) -> str:
    """Unicode NFD, HTML-escaped: base letters and combining marks apart.

    >>> decomposed("số") == "so\\u0302\\u0301"
    True
    """
    return esc(unicodedata.normalize("NFD", text))


def tones_apart(text: str) -> str:
    """Only the five tone marks decomposed (ê, ơ, ư, ă, â kept whole), as Windows-1258 era
    converters write Vietnamese; HTML-escaped.

    >>> tones_apart("Chuyển") == "Chuy\\u00ea\\u0309n"
    True
    >>> tones_apart("số") == "s\\u00f4\\u0301"
    True
    """
    out = []
    for char in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in _TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONE_MARKS))
        out.append(base + tones)
    return esc("".join(out))


SPELLERS: dict[str, Callable[[str], str]] = {
    "plain": esc,
    "numeric": numeric_entities,
    "named": named_entities,
    "nfd": decomposed,
    "tones": tones_apart,
}


def pdf_lines(text: str, width: int) -> list[str]:
    """``text`` cut into the lines a PDF had (at spaces, at most ``width`` characters);
    joined with single spaces they give ``text`` back.

    >>> pdf_lines("một hai ba bốn năm", 8)
    ['một hai', 'ba bốn', 'năm']
    """
    return textwrap.wrap(text, width=width, break_long_words=False, break_on_hyphens=False)


def word_runs(text: str, seed: str) -> list[str]:
    """``text`` split into the 2-4 runs Word writes as separate ``<span>``s: mostly at a space,
    now and then inside a syllable; the runs concatenated give ``text`` back.

    >>> "".join(word_runs("Chuyển đổi số là nhiệm vụ trọng tâm của cả hệ thống", "k")) == (
    ...     "Chuyển đổi số là nhiệm vụ trọng tâm của cả hệ thống")
    True
    """
    count = stable_int(seed + "runs", 1, 3)
    cuts: list[int] = []
    for n in range(count):
        at = len(text) * (n + 1) // (count + 1)
        if stable_int(f"{seed}cut{n}", 0, 4):
            space = text.find(" ", at)
            at = space if space > 0 else at
        if cuts and at <= cuts[-1]:
            continue
        cuts.append(at)
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


def detail_stamp(moment: datetime) -> str:
    """The date line under an article title.

    >>> detail_stamp(datetime(2023, 1, 5, 8, 15))
    'Ngày đăng: 05/01/2023 08:15'
    """
    return f"Ngày đăng: {dmy(moment)} {moment:%H:%M}"


class PdfPasteSite(CmsSite):
    family_headers = {
        "Server": "Apache/2.2.15 (CentOS)",
        "X-Powered-By": "PHP/5.3.3",
        "Expires": "Thu, 19 Nov 1981 08:52:00 GMT",
        "Pragma": "no-cache",
    }
    number_base = 68_400
    number_stride = 3
    image_folder = "/uploads/news"

    def __init__(self, portal, articles):
        super().__init__(portal, articles)
        for rank, item in enumerate(reversed(self.items)):
            item.extra["layout"] = LAYOUTS[rank % len(LAYOUTS)]
            item.extra["spelling"] = SPELLINGS[(rank // len(LAYOUTS)) % len(SPELLINGS)]
            item.extra["table"] = rank % 4 == 1
            item.extra["width"] = 70 + stable_int(item.key + "width", 0, 20)

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/chi-tiet-tin/group/{item.section.id}/nid/{item.number}/{slugify(item.title)}"

    def short_path(self, item: Item) -> str:
        """The same article with the slug cut short (sidebar, marquee, "Các tin khác")."""
        slug = slugify(item.title, max_len=SHORT_SLUG)
        return f"/chi-tiet-tin/group/{item.section.id}/nid/{item.number}/{slug}"

    def article_aliases(self, item: Item) -> list[str]:
        short = self.short_path(item)
        return [short] if short != self.article_path(item) else []

    def print_path(self, item: Item) -> str:
        return f"/in-tin/nid/{item.number}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        shown = self.news if self.is_news(section) else section
        path = f"/danh-sach-tin/group/{shown.id}"
        return path if page == 1 else f"{path}/trang/{page}"

    @staticmethod
    def session_id(request: Request) -> str:
        """The session id the page's links carry: the request's own, or a new one."""
        given = request.params.get("PHPSESSID", "")
        return given if _SID.match(given) else stable_token(request.seed + "sess", 26)

    def link(self, path: str, request: Request) -> str:
        """``path`` as PHP's trans_sid rewrites it, escaped for an attribute."""
        return esc(with_param(path, f"PHPSESSID={self.session_id(request)}"))

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php"):
            return self.html_response(self.home_html(request))
        match = _ARTICLE.match(path)
        if match:
            item = self.by_number.get(int(match.group(2)))
            return self.article_response(item, request) if item else None
        match = _LISTING.match(path)
        if match:
            ident = int(match.group(1))
            section = None if ident == self.news.id else self.section_by_id(ident)
            if section is None and ident != self.news.id:
                return None
            page = page_number(match.group(2))
            _, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.listing_html(section, page, request))
        match = _PRINT.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            if item is None or item.kind in ("missing", "error"):
                return None
            return self.html_response(self.print_html(item, request))
        if path.startswith("/trang/") and path[len("/trang/") :] in STATIC_PAGES:
            return self.html_response(self.static_html(path[len("/trang/") :], request))
        return None

    # -- the page frame

    def frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        request: Request,
        title_html: str | None = None,
    ) -> str:
        p = self.portal
        link = lambda path: self.link(path, request)  # noqa: E731
        menu = "".join(
            f'<li><a href="{link(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        left_menu = "".join(
            f'<tr><td class="dm-item"><img src="/images/muiten.gif" alt="" /> '
            f'<a href="{link(self.listing_path(s))}">{esc(s.name)}</a></td></tr>'
            for s in [self.news, *self.sections.values()]
        )
        crumb = "".join(
            f' &raquo; <a href="{link(href)}">{esc(name)}</a>' if href else f" &raquo; {esc(name)}"
            for name, href in crumbs
        )
        latest = self.latest(6)
        marquee = " &nbsp; | &nbsp; ".join(
            f'<a href="{link(self.short_path(it))}">{esc(it.title)}</a>' for it in latest[:3]
        )
        newest = "".join(
            f'<li><a href="{link(self.short_path(it))}">{esc(it.title)}</a></li>' for it in latest
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<input type="radio" name="luachon" value="{i + 1}" /> {esc(o)}<br />'
            for i, o in enumerate(options)
        )
        sid = self.session_id(request)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title_html or esc(title)} | {esc(p.name)}</title>
<meta name="keywords" content="Kim Sa, Lộc Điền, tin tức, chuyển đổi số" />
<link href="/templates/kimsa/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body>
<div id="container">
<div id="banner"><object width="1000" height="160"><param name="movie" value="/images/banner.swf" /><embed src="/images/banner.swf" width="1000" height="160"></embed></object></div>
<div id="topmenu"><ul><li><a href="{link("/")}">Trang chủ</a></li>
<li><a href="{link("/trang/gioi-thieu")}">Giới thiệu</a></li>
<li><a href="{link(self.listing_path(None))}">{esc(self.news.name)}</a></li>{menu}
<li><a href="{link("/trang/lien-he")}">Liên hệ</a></li></ul>
<form id="timkiem" action="/tim-kiem.html?PHPSESSID={sid}" method="post"><input type="hidden" name="PHPSESSID" value="{sid}" /><input type="text" name="tukhoa" value="Tìm kiếm..." onfocus="this.value=''" /><input type="submit" value="Tìm" /></form></div>
<div id="tinmoi-chay"><b>Tin mới:</b> <marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></div>
<table id="bocuc" width="1000" border="0" cellpadding="0" cellspacing="0"><tr>
<td id="cot-trai" width="210" valign="top">
<div class="khung"><div class="khung-tieude">DANH MỤC</div>
<table width="100%" cellpadding="0" cellspacing="0">{left_menu}</table></div>
<div class="khung"><div class="khung-tieude">Kết quả giải quyết TTHC</div>
<div class="khung-noidung tthc">Tháng {t["month"]}: tiếp nhận <b>{thousands(t["total"])}</b> hồ sơ;
đúng hạn <b>{thousands(t["ontime"])}</b> ({t["percent"]}%); trễ hạn <b>{thousands(t["late"])}</b>.
<br /><a href="http://dichvucong.gov.vn" target="_blank">Tra cứu hồ sơ</a></div></div>
<div class="khung"><div class="khung-tieude">Liên kết website</div><div class="khung-noidung">
<select onchange="if(this.value!='')window.open(this.value)"><option value="">--- Chọn liên kết ---</option>
<option value="http://chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="http://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>
<option value="http://{esc(p.domain.split(".", 1)[1])}">Cổng TTĐT tỉnh {esc(p.province)}</option></select>
<a href="javascript:void(0)" onclick="moCuaSo('/dvc/')"><img src="/uploads/banner/dich-vu-cong.jpg" width="200" alt="Dịch vụ công trực tuyến" border="0" /></a>
<a href="javascript:void(0)" onclick="moCuaSo('/hoi-dap/')"><img src="/uploads/banner/hoi-dap.jpg" width="200" alt="Hỏi đáp trực tuyến" border="0" /></a></div></div>
</td>
<td id="cot-giua" valign="top">
<div class="duongdan"><a href="{link("/")}">Trang chủ</a>{crumb}</div>
{main}
</td>
<td id="cot-phai" width="220" valign="top">
<div class="khung"><div class="khung-tieude">Tin mới đăng</div><ul class="ds-tinmoi">{newest}</ul></div>
<div class="khung"><div class="khung-tieude">Thăm dò ý kiến</div><div class="khung-noidung">
<form action="/binh-chon.html?PHPSESSID={sid}" method="post"><p>{esc(question)}</p>{choices}
<input type="submit" value="Bình chọn" /> <a href="javascript:xemKetQua()">Xem kết quả</a></form></div></div>
<div class="khung"><div class="khung-tieude">Thống kê truy cập</div><div class="khung-noidung thongke">
Đang online: <b>{thousands(v["online"])}</b><br />Hôm nay: <b>{thousands(v["today"])}</b><br />
Trong tuần: <b>{thousands(v["week"])}</b><br />Tổng lượt truy cập: <b>{thousands(v["total"])}</b></div></div>
</td></tr></table>
<div id="chantrang"><p><b>{esc(p.name.upper())}</b></p>
<p>Cơ quan chủ quản: {esc(p.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)}</p>
<p>{esc(reuse_notice(p))}</p>
<p class="thietke">Thiết kế bởi Công ty TNHH Tin học Đất Việt Sa</p></div>
</div></body></html>
"""

    # -- listings and home

    def spell(self, item: Item) -> Callable[[str], str]:
        """How the item's pasted text is written (see :data:`SPELLINGS`)."""
        return SPELLERS[item.extra.get("spelling", "plain")]

    def shown_title(self, item: Item) -> str:
        """The title as the CMS prints it: htmlspecialchars of the stored field, which is
        decomposed when the editor pasted it from a decomposed source."""
        if item.extra.get("spelling") in ("nfd", "tones"):
            return self.spell(item)(item.title)
        return esc(item.title)

    def row(self, item: Item, request: Request) -> str:
        href = self.link(self.article_path(item), request)
        return (
            f'<div class="tin-item"><a href="{href}"><img class="anh-tin" src="'
            f'{esc(image_path(item, 0, self.image_folder))}" width="110" height="75" alt="" /></a>'
            f'<a class="tieude-tin" href="{href}">{self.shown_title(item)}</a> '
            f'<span class="ngay-tin">{listing_date(item.published)}</span>'
            f'<div class="tomtat">{self.spell(item)(item.sapo())}</div>'
            '<div class="clear"></div></div>'
        )

    def home_html(self, request: Request) -> str:
        blocks = []
        items = self.latest(1)
        if items:
            top = items[0]
            href = self.link(self.article_path(top), request)
            blocks.append(
                f'<div class="tin-noibat"><a href="{href}"><img src="'
                f'{esc(image_path(top, 0, self.image_folder))}" width="300" alt="" /></a>'
                f'<h2><a href="{href}">{self.shown_title(top)}</a></h2>'
                f'<div class="tomtat">{self.spell(top)(top.sapo(limit=300))}</div></div>'
            )
        for section in self.sections.values():
            rows = "".join(self.row(it, request) for it in self.listed(section)[:3])
            blocks.append(
                f'<div class="nhom-tin"><div class="nhom-tieude"><a href="'
                f'{self.link(self.listing_path(section), request)}">{esc(section.name)}</a>'
                f"</div>{rows}</div>"
            )
        return self.frame("Trang chủ", [], "".join(blocks), request)

    def pager(self, section: Section | None, page: int, pages: int, request: Request) -> str:
        if pages <= 1:
            return ""
        go = lambda n, label: (  # noqa: E731
            f'<a href="{self.link(self.listing_path(section, n), request)}">{label}</a>'
        )
        parts = [go(1, "&laquo; Đầu")] if page > 1 else []
        if page > 1:
            parts.append(go(page - 1, "&lsaquo; Trước"))
        parts += pager_numbers(
            page, pages, lambda n: go(n, str(n)), current='<span class="hientai">{n}</span>'
        )
        if page < pages:
            parts += [go(page + 1, "Sau &rsaquo;"), go(pages, "Cuối &raquo;")]
        return f'<div class="phantrang">{" ".join(parts)}</div>'

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        rows = "".join(self.row(it, request) for it in items)
        main = (
            f'<div class="tieude-nhom">{esc(name)}</div><div class="ds-tin">{rows}</div>'
            + self.pager(section, page, pages, request)
        )
        return self.frame(name, [(name, "")], main, request)

    # -- the pasted body

    def image_markup(self, item: Item, index: int, caption: str) -> str:
        src = esc(image_path(item, index, self.image_folder))
        words = self.spell(item)(caption)
        if item.extra.get("table"):
            return (
                '<table align="center" border="0" cellpadding="3" cellspacing="0" '
                'style="width: 500px;"><tbody><tr><td><img alt="" src="'
                f'{src}" style="width: 500px; height: 333px;" /></td></tr>'
                f'<tr><td style="text-align: center;"><em>{words}</em></td></tr></tbody></table>'
            )
        return (
            f'<p style="text-align: center;"><img alt="" src="{src}" '
            'style="width: 500px; height: 333px;" /></p>'
            f'<p style="text-align: center;"><em>{words}</em></p>'
        )

    def pdf_lines_body(self, item: Item, blocks: list[tuple[str, object]]) -> list[str]:
        """One ``<p>`` of PDF lines ending in ``<br />``, paragraphs apart by ``<br /><br />``
        (an image closes the ``<p>`` and opens another)."""
        spell, width = self.spell(item), item.extra["width"]
        out: list[str] = []
        run: list[str] = []

        def close() -> None:
            if run:
                out.append('<p style="text-align: justify;">' + "<br />\n<br />\n".join(run))
                out[-1] += "</p>"
                run.clear()

        for number, (kind, value) in enumerate(blocks):
            if kind == "p":
                lines = pdf_lines(str(value), width)
                # Copying from a PDF viewer keeps the space at the end of some lines.
                ends = [
                    " <br />\n" if stable_int(f"{item.key}{number}{i}", 0, 2) == 0 else "<br />\n"
                    for i in range(len(lines) - 1)
                ]
                text = "".join(spell(line) + end for line, end in zip(lines, ends, strict=False))
                run.append(text + spell(lines[-1]))
            else:
                close()
                out.append(self.image_markup(item, *value))
        close()
        return out

    def pdf_paragraphs_body(self, item: Item, blocks: list[tuple[str, object]]) -> list[str]:
        """A ``<p>`` a paragraph, the PDF's lines inside it ending in ``<br>``, some paragraphs
        indented with ``&nbsp;``."""
        spell, width = self.spell(item), item.extra["width"]
        out = []
        for number, (kind, value) in enumerate(blocks):
            if kind == "p":
                lines = [spell(line) for line in pdf_lines(str(value), width)]
                indent = "&nbsp;&nbsp;&nbsp;&nbsp; " if number % 2 == 0 else ""
                out.append(f"<p>{indent}{'<br>'.join(lines)}</p>")
            else:
                out.append(self.image_markup(item, *value))
        return out

    def word_soup_body(self, item: Item, blocks: list[tuple[str, object]]) -> list[str]:
        """Word's markup: ``<div class="MsoNormal">`` and ``<font>``, runs of ``<span>``,
        ``&nbsp;`` indents and doubled spaces, empty ``<div>&nbsp;</div>`` spacers."""
        spell = self.spell(item)
        out = []
        for number, (kind, value) in enumerate(blocks):
            if kind != "p":
                out.append(self.image_markup(item, *value))
                continue
            seed = f"{item.key}{number}"
            runs = []
            for index, run in enumerate(word_runs(str(value), seed)):
                written = spell(run)
                if index == 0:
                    # Word keeps a typed double space as "&nbsp; " at the first comma.
                    written = written.replace(", ", ",&nbsp; ", 1)
                lang = ' lang="VI"' if index % 2 else ""
                runs.append(f'<span{lang} style="{_WORD_SPAN}">{written}</span>')
            text = "".join(runs)
            if number == 0:
                text = f"<b>{text}</b>"
            indent = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" if number % 3 else ""
            out.append(
                '<div class="MsoNormal" style="text-align: justify; text-indent: 36pt; '
                'line-height: 150%;"><font face="Times New Roman" size="3">'
                f"{indent}{text}</font><o:p></o:p></div>"
            )
            if stable_int(seed + "spacer", 0, 2) == 0:
                out.append("<div>&nbsp;</div>")
        return out

    def byline(self, item: Item) -> list[str]:
        """The author alone on the last line, bold and right-aligned; then the source."""
        spell = self.spell(item) if item.extra.get("spelling") in ("numeric", "named") else esc
        lines = []
        if item.author:
            lines.append(f'<p style="text-align: right;"><strong>{spell(item.author)}</strong></p>')
        if item.source:
            lines.append(
                f'<p style="text-align: right;"><em>{spell("Nguồn: " + item.source)}</em></p>'
            )
        return lines

    def body_html(self, item: Item, revision: int) -> str:
        blocks = body_blocks(item, revision)
        layout = item.extra.get("layout", "pdf-lines")
        if layout == "word-soup":
            parts = self.word_soup_body(item, blocks)
        elif layout == "pdf-paragraphs":
            parts = self.pdf_paragraphs_body(item, blocks)
        else:
            parts = self.pdf_lines_body(item, blocks)
        parts += self.byline(item)
        inner = "\n".join(parts)
        if item.extra.get("table"):
            inner = (
                '<table border="0" cellpadding="0" cellspacing="0" width="100%"><tbody><tr>'
                f'<td style="padding: 5px;">\n{inner}\n</td></tr></tbody></table>'
            )
        return inner

    # -- article, print, static, error pages

    def article_html(self, item: Item, request: Request) -> str:
        link = lambda path: self.link(path, request)  # noqa: E731
        others = "".join(
            f'<li><a href="{link(self.short_path(it))}">{self.shown_title(it)}</a> '
            f'<span class="ngay-tin">{listing_date(it.published)}</span></li>'
            for it in self.others(item, 8)
        )
        updated = item.shown_modified(request.revision)
        changed = f" | Cập nhật: {dmy(updated)} {updated:%H:%M}" if updated else ""
        main = f"""<div class="chitiet">
<h1 class="tieude-chitiet">{self.shown_title(item)}</h1>
<div class="thongtin-tin">{detail_stamp(item.published)}{changed} | Lượt xem: {thousands(view_count(item.key))}
 | <a href="{link(self.print_path(item))}" target="_blank">Bản in</a>
 | <a href="javascript:void(0)" onclick="guiEmail({item.number})">Gửi email</a></div>
<div class="noidung-chitiet">
{self.body_html(item, request.revision)}
</div>
<div class="congcu"><a href="javascript:history.back()">Quay lại</a> | <a href="#">Về đầu trang</a></div>
<div class="tinkhac"><div class="tinkhac-tieude">Các tin khác</div><ul>{others}</ul></div>
</div>"""
        crumbs = [(item.section.name, self.listing_path(item.section))]
        return self.frame(item.title, crumbs, main, request, self.shown_title(item))

    def print_html(self, item: Item, request: Request) -> str:
        # The print template predates the move to UTF-8: its meta still names windows-1258,
        # while the HTTP header (and the bytes) are UTF-8.
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258" />
<title>{self.shown_title(item)}</title><link href="/templates/kimsa/css/print.css" rel="stylesheet" type="text/css" /></head>
<body onload="window.print()"><div class="banin">
<div class="banin-dau">{esc(self.portal.name.upper())}</div>
<h1>{self.shown_title(item)}</h1><div class="ngay">{detail_stamp(item.published)}</div>
<div class="noidung">{self.body_html(item, request.revision)}</div>
<div class="banin-cuoi">{esc(self.portal.domain)}</div></div></body></html>
"""

    def static_html(self, key: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[key]
        text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        main = f'<div class="chitiet"><h1 class="tieude-chitiet">{esc(title)}</h1>{text}</div>'
        return self.frame(title, [(title, "")], main, request)

    def error_html(self, status: int) -> str:
        word = "Trang bạn tìm không tồn tại" if status == 404 else "Hệ thống đang bận"
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f'<title>{word}</title></head><body><div style="text-align:center;padding:40px">'
            f"<h3>{word}</h3><p>Xin lỗi, đường dẫn không đúng hoặc tin đã bị gỡ.</p>"
            '<p><a href="/">Quay về trang chủ</a></p></div></body></html>'
        )
