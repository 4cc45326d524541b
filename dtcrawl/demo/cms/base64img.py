"""A district portal on a PHP CMS with a CKEditor 4 article editor, fed by pasting from Word/Zalo.

The editors paste photos straight from Word or from Zalo chats, so CKEditor keeps them inline as
``data:image/jpeg;base64,...`` URIs: article pages weigh 2-6 MB, and one article (the corpus
article whose key ends in ``-bench-7``) carries so many full-size pasted photos that its page is
over 8 MB. Articles pasted from Word also keep Word's ``<!--[if gte mso 9]><xml>...`` conditional
comments, ``MsoNormal`` paragraphs with long ``style`` attributes and ``<o:p>`` tags. Uploaded
photos (``<img src="/uploads/...">``) sit alongside the pasted ones, in CKEditor's image2
``<figure>``/``<figcaption>`` widget; pasted photos have no alt, only ``width``/``height`` styles,
and the caption the editor typed below them.

URL shapes:
- home ``/``;
- general news ``/chuyenmuc/tin-tuc-su-kien-1.htm``, topic ``/chuyenmuc/<slug>-<id>.htm``, page N
  ``...htm?trang=N`` (one-based, a window of numbers with "«" / "»");
- article ``/tintuc/<yyyy>/<mm>/<number>/<slug>.htm``; the short alias ``/tintuc/<number>.htm``
  (used by the RSS feeds) serves the same page; home-page boxes add ``?src=trangchu``;
- print view ``/tintuc/inbai.htm?id=<number>``;
- RSS ``/rss/tin-moi.rss`` and ``/rss/<slug>.rss``, listed on ``/rss.htm``.
"""

from __future__ import annotations

import base64
import random
import re
from datetime import datetime
from email.utils import format_datetime
from functools import lru_cache

from dtcrawl.demo.cms.common import (
    VN_TZ,
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    arrow_pager,
    body_blocks,
    dmy,
    esc,
    image_path,
    listing_date,
    page_number,
    poll,
    reuse_notice,
    stable_int,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)

#: Raw JPEG sizes (bytes) of the pasted photos; base64 makes them a third larger (70 KB-1.5 MB).
PAYLOAD_SIZES = (52_000, 88_000, 140_000, 230_000, 380_000, 560_000, 820_000, 1_120_000)
#: The corpus article (key suffix) whose page is too large to keep: over 8 MB of pasted photos.
OVERSIZED_SUFFIX = "-bench-7"
OVERSIZED_PHOTOS = 7
#: Most base64 photo text an ordinary article carries (its page stays under 6.1 MB).
PAGE_PHOTO_BUDGET = 5_900_000
RSS_ITEMS = 20

_ARTICLE = re.compile(r"^/tintuc/(\d{4})/(\d{2})/(\d+)/([\w-]+)\.htm$")
_SHORT = re.compile(r"^/tintuc/(\d+)\.htm$")
_SECTION = re.compile(r"^/chuyenmuc/([\w-]+)-(\d+)\.htm$")
_RSS = re.compile(r"^/rss/([\w-]+)\.rss$")

_JPEG_HEAD = (
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    b"\xff\xdb\x00C\x00\x08\x06\x06\x07\x06\x05\x08\x07\x07\x07\t\t\x08\n\x0c\x14\r\x0c\x0b\x0b"
)

_WORD_XML = (
    "<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/></o:OfficeDocumentSettings>"
    "</xml><![endif]--><!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View>"
    "<w:Zoom>0</w:Zoom><w:TrackMoves/><w:TrackFormatting/><w:PunctuationKerning/>"
    "<w:ValidateAgainstSchemas/><w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>"
    "<w:IgnoreMixedContent>false</w:IgnoreMixedContent><w:AlwaysShowPlaceholderText>false"
    "</w:AlwaysShowPlaceholderText><w:DoNotPromoteQF/><w:LidThemeOther>VI</w:LidThemeOther>"
    "<w:LidThemeAsian>X-NONE</w:LidThemeAsian><w:LidThemeComplexScript>X-NONE"
    "</w:LidThemeComplexScript><w:Compatibility><w:BreakWrappedTables/><w:SnapToGridInCell/>"
    "<w:WrapTextWithPunct/><w:UseAsianBreakRules/><w:DontGrowAutofit/><w:SplitPgBreakAndParaMark/>"
    "<w:EnableOpenTypeKerning/><w:DontFlipMirrorIndents/><w:OverrideTableStyleHps/>"
    '</w:Compatibility><m:mathPr><m:mathFont m:val="Cambria Math"/><m:brkBin m:val="before"/>'
    '<m:smallFrac m:val="off"/><m:dispDef/><m:lMargin m:val="0"/><m:rMargin m:val="0"/>'
    '<m:defJc m:val="centerGroup"/><m:wrapIndent m:val="1440"/><m:intLim m:val="subSup"/>'
    '<m:naryLim m:val="undOvr"/></m:mathPr></w:WordDocument></xml><![endif]-->'
    '<!--[if gte mso 9]><xml><w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"'
    ' DefSemiHidden="false" DefQFormat="false" DefPriority="99" LatentStyleCount="376">'
    '<w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>'
    '<w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>'
    '<w:LsdException Locked="false" Priority="39" UnhideWhenUsed="true" Name="toc 1"/>'
    '<w:LsdException Locked="false" Priority="59" Name="Table Grid"/></w:LatentStyles>'
    "</xml><![endif]--><!--[if gte mso 10]><style>/* Style Definitions */ table.MsoNormalTable "
    '{mso-style-name:"Table Normal";mso-tstyle-rowband-size:0;mso-tstyle-colband-size:0;'
    'mso-style-noshow:yes;mso-style-priority:99;mso-style-parent:"";mso-padding-alt:0cm 5.4pt '
    "0cm 5.4pt;mso-para-margin-top:0cm;mso-para-margin-right:0cm;mso-para-margin-bottom:8.0pt;"
    "mso-para-margin-left:0cm;line-height:107%;mso-pagination:widow-orphan;font-size:11.0pt;"
    'font-family:"Calibri",sans-serif;mso-ascii-font-family:Calibri;mso-ascii-theme-font:'
    "minor-latin;mso-hansi-font-family:Calibri;mso-hansi-theme-font:minor-latin;"
    'mso-bidi-font-family:"Times New Roman";mso-bidi-theme-font:minor-bidi;'
    "mso-fareast-language:EN-US;}</style><![endif]-->"
)
_WORD_P_STYLE = (
    "margin-top:6.0pt;margin-right:0cm;margin-bottom:6.0pt;margin-left:0cm;text-align:justify;"
    "text-indent:36.0pt;line-height:115%;mso-pagination:widow-orphan;background:white"
)
_WORD_SPAN_STYLE = (
    "font-size:14.0pt;line-height:115%;font-family:&quot;Times New Roman&quot;,serif;"
    "mso-fareast-font-family:&quot;Times New Roman&quot;;mso-bidi-font-family:Arial;"
    "color:#222222;mso-ansi-language:VI;mso-fareast-language:VI"
)


@lru_cache(maxsize=len(PAYLOAD_SIZES))
def jpeg_base64(size: int) -> str:
    """A deterministic fake JPEG of ``size`` bytes, base64-encoded (cached: built once per size).

    >>> jpeg_base64(52_000).startswith("/9j/4AAQSkZJRg")
    True
    >>> len(jpeg_base64(52_000)) == 4 * -(-52_000 // 3)
    True
    """
    body = random.Random(size).randbytes(size - len(_JPEG_HEAD) - 2)
    return base64.b64encode(_JPEG_HEAD + body + b"\xff\xd9").decode("ascii")


def data_uri(size: int) -> str:
    """The ``src`` of a pasted photo of ``size`` raw bytes."""
    return "data:image/jpeg;base64," + jpeg_base64(size)


def detail_stamp(moment: datetime) -> str:
    """The date line under an article title.

    >>> detail_stamp(datetime(2024, 11, 11, 4, 9))
    'Thứ hai - 11/11/2024 04:09'
    """
    return f"{weekday(moment, lower=True)} - {dmy(moment)} {moment:%H:%M}"


def rss_date(moment: datetime) -> str:
    """An RFC 822 date with the Vietnam offset.

    >>> rss_date(datetime(2023, 2, 20, 8, 15))
    'Mon, 20 Feb 2023 08:15:00 +0700'
    """
    return format_datetime(moment.replace(tzinfo=VN_TZ))


class Base64ImgSite(CmsSite):
    family_headers = {"Server": "Apache/2.4.41 (Ubuntu)", "X-Powered-By": "PHP/7.2.24"}
    number_base = 18_400
    number_stride = 3
    image_folder = "/uploads/images/tintuc"

    # -- URLs

    def section_path(self, section: Section | None) -> str:
        section = self.news if self.is_news(section) else section
        return f"/chuyenmuc/{section.slug}-{section.id}.htm"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        path = self.section_path(section)
        return path if page == 1 else f"{path}?trang={page}"

    def article_path(self, item: Item) -> str:
        stamp = item.published.strftime("%Y/%m")
        return f"/tintuc/{stamp}/{item.number}/{self.section_slug(item.title)}.htm"

    def short_path(self, item: Item) -> str:
        return f"/tintuc/{item.number}.htm"

    def article_aliases(self, item: Item) -> list[str]:
        return [self.short_path(item), self.article_path(item) + "?src=trangchu"]

    def print_path(self, item: Item) -> str:
        return f"/tintuc/inbai.htm?id={item.number}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def feed_path(self, section: Section | None) -> str:
        return "/rss/tin-moi.rss" if self.is_news(section) else f"/rss/{section.slug}.rss"

    def extra_paths(self) -> dict[str, str]:
        feeds = {"rss": self.feed_path(None)}
        feeds.update({f"rss:{s.name}": self.feed_path(s) for s in self.sections.values()})
        return feeds

    def is_oversized(self, item: Item) -> bool:
        """True for the one article whose page carries over 8 MB of pasted photos."""
        return item.key.endswith(OVERSIZED_SUFFIX)

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path in ("/", "/index.php", "/trangchu.htm"):
            return self.html_response(self.home_html(request))
        if path == "/rss.htm":
            return self.html_response(self.rss_page_html(request))
        match = _RSS.match(path)
        if match:
            section = None if match.group(1) == "tin-moi" else self.section_by_slug(match.group(1))
            if section is None and match.group(1) != "tin-moi":
                return None
            return Response(
                200,
                {"Content-Type": "application/rss+xml; charset=utf-8", **self.family_headers},
                self.rss_xml(section, request).encode("utf-8"),
            )
        if path == "/tintuc/inbai.htm":
            item = self._item_by_number(params.get("id", ""))
            if item is None or item.kind in ("missing", "error"):
                return None
            return self.html_response(self.print_html(item, request))
        match = _ARTICLE.match(path)
        if match:
            item = self._item_by_number(match.group(3))
            if item is None or self.article_path(item) != path:
                return None
            return self.article_response(item, request)
        match = _SHORT.match(path)
        if match:
            item = self._item_by_number(match.group(1))
            return self.article_response(item, request) if item else None
        match = _SECTION.match(path)
        if match:
            slug, ident = match.group(1), int(match.group(2))
            if ident == self.news.id and slug == self.news.slug:
                section = None
            else:
                section = self.section_by_id(ident)
                if section is None or section.slug != slug:
                    return None
            page = page_number(params.get("trang"))
            _, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.listing_html(section, page, request))
        return None

    def _item_by_number(self, value: str) -> Item | None:
        try:
            return self.by_number.get(int(value))
        except ValueError:
            return None

    # -- frame

    def frame(self, title: str, crumbs: list[tuple[str, str]], main: str, request: Request) -> str:
        p = self.portal
        menu = "".join(
            f'<li class="menu-item"><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = "".join(
            f'<li><a href="{esc(href)}">{esc(name)}</a></li>' if href else f"<li>{esc(name)}</li>"
            for name, href in [("Trang chủ", "/"), *crumbs]
        )
        latest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(6)
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<li><input type="radio" name="poll_option" id="opt{i}" value="{i}"/>'
            f'<label for="opt{i}">{esc(o)}</label></li>'
            for i, o in enumerate(options)
        )
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(p.name)}</title>
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/style.css?v=2.3.1">
<link rel="alternate" type="application/rss+xml" title="Tin mới" href="/rss/tin-moi.rss">
<script src="/assets/js/jquery-1.12.4.min.js"></script></head>
<body class="page-body">
<div class="top-bar"><div class="container"><span class="welcome">Chào mừng bạn đến với {esc(p.name)}
</span><span class="top-links"><a href="/rss.htm">RSS</a> | <a href="javascript:void(0);"
onclick="$('#frmLogin').modal('show')">Đăng nhập</a></span></div></div>
<header id="header"><div class="container"><a class="logo" href="/"><img
src="/assets/images/logo-quoc-huy.png" alt="Quốc huy"></a><div class="site-name">
<span class="line1">{esc(p.agency)}</span><span class="line2">{esc(p.name)}</span></div>
<form class="search-box" action="/timkiem.htm" method="get"><input type="text" name="q"
placeholder="Nhập từ khóa..."><button type="submit">Tìm kiếm</button></form></div></header>
<nav id="main-menu" class="navbar"><div class="container"><ul class="nav-menu">
<li class="menu-item home"><a href="/">Trang chủ</a></li>
<li class="menu-item"><a href="{esc(self.listing_path(None))}">{esc(self.news.name)}</a></li>
{menu}<li class="menu-item"><a href="https://dichvucong.gov.vn">Dịch vụ công</a></li></ul></div></nav>
<div class="container"><ol class="breadcrumb">{crumb}</ol>
<div class="row"><div class="col-md-8" id="main-content">{main}</div>
<aside class="col-md-4" id="sidebar">
<div class="widget widget-news"><h3 class="widget-title">Tin mới cập nhật</h3><ul>{latest}</ul></div>
<div class="widget widget-tthc"><h3 class="widget-title">Kết quả giải quyết TTHC</h3>
<table class="tbl-tthc"><tr><td>Tháng</td><td>{t["month"]}</td></tr>
<tr><td>Hồ sơ tiếp nhận</td><td>{thousands(t["total"])}</td></tr>
<tr><td>Đúng hạn</td><td>{thousands(t["ontime"])} ({t["percent"]}%)</td></tr>
<tr><td>Trễ hạn</td><td>{thousands(t["late"])}</td></tr></table></div>
<div class="widget widget-poll"><h3 class="widget-title">Ý kiến thăm dò</h3>
<form action="/binhchon.htm" method="post"><p>{esc(question)}</p><ul>{choices}</ul>
<button type="submit">Biểu quyết</button> <a href="javascript:void(0);"
onclick="xemKetQua()">Xem kết quả</a></form></div>
<div class="widget widget-banner"><a href="https://chinhphu.vn"><img
src="/uploads/banner/cong-ttdt-chinh-phu.jpg" alt="Cổng TTĐT Chính phủ"></a>
<a href="https://dichvucong.gov.vn"><img src="/uploads/banner/dvc-quoc-gia.jpg"
alt="Cổng Dịch vụ công quốc gia"></a></div>
<div class="widget widget-counter"><h3 class="widget-title">Thống kê truy cập</h3><ul>
<li>Đang online: <b>{thousands(v["online"])}</b></li><li>Hôm nay: <b>{thousands(v["today"])}</b></li>
<li>Trong tuần: <b>{thousands(v["week"])}</b></li><li>Tất cả: <b>{thousands(v["total"])}</b></li>
</ul></div></aside></div></div>
<footer id="footer"><div class="container"><p class="footer-title">{esc(p.name)}</p>
<p>Cơ quan chủ quản: {esc(p.agency)}</p><p>Chịu trách nhiệm chính: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p><p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)}</p>
<p>{esc(reuse_notice(p))}</p></div></footer>
<a href="javascript:void(0);" id="back-to-top" title="Về đầu trang">&#9650;</a>
</body></html>
"""

    # -- listings

    def row(self, item: Item, tracked: bool = False) -> str:
        href = self.article_path(item) + ("?src=trangchu" if tracked else "")
        return (
            f'<div class="news-item clearfix"><a class="thumb" href="{esc(href)}"><img src="'
            f'{esc(image_path(item, 0, self.image_folder))}" alt="{esc(item.title)}"></a>'
            f'<h3 class="news-title"><a href="{esc(href)}">{esc(item.title)}</a></h3>'
            f'<span class="news-date">{listing_date(item.published)}</span>'
            f'<p class="news-sapo">{esc(item.sapo())}</p></div>'
        )

    def home_html(self, request: Request) -> str:
        featured = self.latest(4)
        hot = "".join(self.row(it, tracked=True) for it in featured)
        blocks = [f'<div class="box-hot"><h2 class="box-title">Tin nổi bật</h2>{hot}</div>']
        for section in self.sections.values():
            items = self.listed(section)[:3]
            rows = "".join(self.row(it, tracked=i == 0) for i, it in enumerate(items))
            blocks.append(
                f'<div class="box-cat"><h2 class="box-title"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>{rows}'
                f'<a class="more" href="{esc(self.listing_path(section))}">Xem thêm</a></div>'
            )
        return self.frame("Trang chủ", [], "".join(blocks), request)

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        parts = arrow_pager(
            page,
            pages,
            lambda n: self.listing_path(section, n),
            link='<li><a href="{href}">{n}</a></li>',
            current='<li class="active"><span>{n}</span></li>',
            gap='<li class="disabled"><span>...</span></li>',
            prev='<li><a href="{href}">«</a></li>',
            next_='<li><a href="{href}">»</a></li>',
        )
        return f'<ul class="pagination">{"".join(parts)}</ul>'

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        rows = "".join(self.row(it) for it in items)
        main = (
            f'<h1 class="cat-title">{esc(name)}</h1><div class="list-news">{rows}</div>'
            + self.pager(section, page, pages)
        )
        return self.frame(name, [(name, "")], main, request)

    # -- article body as CKEditor stored it

    def pasted_from_word(self, item: Item) -> bool:
        """Whether the article's editor pasted it from Word (Word markup kept) or typed/Zalo."""
        return stable_int(item.key + "word", 0, 1) == 1

    def pasted_photo_sizes(self, item: Item) -> list[int]:
        """Raw sizes of the extra photos pasted into the body (no caption, no alt)."""
        if self.is_oversized(item):
            return [PAYLOAD_SIZES[-1]] * OVERSIZED_PHOTOS
        count = stable_int(item.key + "pasted", 0, 6)
        sizes = [
            PAYLOAD_SIZES[stable_int(f"{item.key}pasted{n}", 0, len(PAYLOAD_SIZES) - 1)]
            for n in range(count)
        ]
        # Ordinary pages stay under PAGE_PHOTO_BUDGET of base64 (captioned pasted photos count).
        captioned = sum(self.captioned_size(item, i) or 0 for i in range(len(item.images)))
        while sizes and 4 * (sum(sizes) + captioned) // 3 > PAGE_PHOTO_BUDGET:
            sizes.pop()
        return sizes

    def captioned_size(self, item: Item, index: int) -> int | None:
        """Raw size of the captioned photo ``index`` if it was pasted (None: it was uploaded)."""
        if stable_int(item.key + "upload", 0, 1) == 0:
            return None
        return PAYLOAD_SIZES[stable_int(f"{item.key}cap{index}", 2, len(PAYLOAD_SIZES) - 1)]

    def pasted_img(self, item: Item, n: int, size: int) -> str:
        width = stable_int(f"{item.key}w{n}", 480, 680)
        height = width * 3 // 4
        return f'<img src="{data_uri(size)}" style="width: {width}px; height: {height}px;" />'

    def paragraph(self, text: str, word: bool) -> str:
        if word:
            return (
                f'<p class="MsoNormal" style="{_WORD_P_STYLE}"><span lang="VI" '
                f'style="{_WORD_SPAN_STYLE}">{esc(text)}<o:p></o:p></span></p>'
            )
        return f'<p style="text-align: justify;">{esc(text)}</p>'

    def captioned_photo(self, item: Item, index: int, caption: str, word: bool) -> str:
        size = self.captioned_size(item, index)
        if size is None:
            src = image_path(item, index, self.image_folder)
            return (
                '<figure class="image" style="display:inline-block"><img alt="" height="450" '
                f'src="{esc(src)}" width="600" /><figcaption>{esc(caption)}</figcaption></figure>'
            )
        img = self.pasted_img(item, 100 + index, size)
        if word:
            return (
                f'<p class="MsoNormal" align="center" style="text-align:center">{img}</p>'
                '<p class="MsoNormal" align="center" style="text-align:center"><i><span '
                f'style="font-size:12.0pt;font-family:&quot;Times New Roman&quot;,serif">'
                f"{esc(caption)}<o:p></o:p></span></i></p>"
            )
        return (
            f'<p style="text-align: center;">{img}</p>'
            f'<p style="text-align: center;"><em>{esc(caption)}</em></p>'
        )

    def body_html(self, item: Item, revision: int) -> str:
        word = self.pasted_from_word(item)
        blocks = body_blocks(item, revision)
        paragraphs = sum(1 for kind, _ in blocks if kind == "p")
        sizes = self.pasted_photo_sizes(item)
        # Pasted photos follow paragraphs 2, 4, 6... (the last ones after the last paragraph).
        slots: dict[int, list[str]] = {}
        for n, size in enumerate(sizes):
            slot = min(2 * n + 1, max(0, paragraphs - 1))
            slots.setdefault(slot, []).append(
                f'<p style="text-align: center;">{self.pasted_img(item, n, size)}</p>'
            )
        parts = [_WORD_XML] if word else []
        seen = 0
        for kind, value in blocks:
            if kind == "p":
                parts.append(self.paragraph(value, word))
                if word:
                    parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
                parts.extend(slots.get(seen, []))
                seen += 1
            else:
                index, caption = value
                parts.append(self.captioned_photo(item, index, caption, word))
        if item.author:
            parts.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            parts.append(f'<p style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>')
        return "".join(parts)

    # -- article pages

    def article_html(self, item: Item, request: Request) -> str:
        crumbs = [(item.section.name, self.listing_path(item.section))]
        others = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">{listing_date(it.published)}</span></li>'
            for it in self.others(item, 6)
        )
        main = f"""<article class="news-detail">
<h1 class="detail-title">{esc(item.title)}</h1>
<div class="detail-meta"><span class="detail-time">{detail_stamp(item.published)}</span>
<span class="detail-views">Lượt xem: {thousands(view_count(item.key))}</span>
<span class="font-size">Cỡ chữ: <a href="javascript:void(0);" onclick="zoom(-1)">A-</a>
<a href="javascript:void(0);" onclick="zoom(1)">A+</a></span></div>
<div class="detail-content" id="noidung">{self.body_html(item, request.revision)}</div>
<div class="detail-tools"><a href="{esc(self.print_path(item))}" target="_blank">Bản in</a> |
<a href="javascript:void(0);" onclick="guiEmail()">Gửi email</a> |
<a href="https://sp.zalo.me/share_inline?d={item.number}" target="_blank">Chia sẻ Zalo</a></div>
</article>
<div class="related-news"><h3 class="box-title">Tin cùng chuyên mục</h3><ul>{others}</ul></div>"""
        return self.frame(item.title, crumbs, main, request)

    def print_html(self, item: Item, request: Request) -> str:
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
            f'<title>{esc(item.title)}</title></head><body onload="window.print()">'
            f'<div class="print-header">{esc(self.portal.name)}</div>'
            f'<h1>{esc(item.title)}</h1><p class="print-date">{detail_stamp(item.published)}</p>'
            f"<div>{self.body_html(item, request.revision)}</div></body></html>"
        )

    # -- feeds and errors

    def rss_page_html(self, request: Request) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.feed_path(s))}">{esc(s.name)}</a></li>'
            for s in [self.news, *self.sections.values()]
        )
        main = f'<h1 class="cat-title">Kênh RSS</h1><ul class="rss-list">{rows}</ul>'
        return self.frame("RSS", [("RSS", "")], main, request)

    def rss_xml(self, section: Section | None, request: Request) -> str:
        base = request.base_url
        items = [it for it in self.listed(section) if it.kind == "article"][:RSS_ITEMS]
        entries = "".join(
            f"<item><title>{esc(it.title)}</title><link>{esc(base + self.short_path(it))}</link>"
            f"<description>{esc(it.sapo())}</description>"
            f"<pubDate>{rss_date(it.published)}</pubDate></item>\n"
            for it in items
        )
        name = self.news.name if self.is_news(section) else section.name
        return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>{esc(name)} - {esc(self.portal.name)}</title>
<link>{esc(base + self.listing_path(section))}</link><description>{esc(name)}</description>
<language>vi</language>
{entries}</channel></rss>
"""

    def error_html(self, status: int) -> str:
        word = "Không tìm thấy trang yêu cầu" if status == 404 else "Hệ thống đang bận"
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
            f'<title>{status} - {word}</title></head><body><div class="error-page">'
            f'<h1>{status}</h1><p>{word}.</p><p><a href="/">Quay về trang chủ</a></p></div>'
            "</body></html>"
        )
