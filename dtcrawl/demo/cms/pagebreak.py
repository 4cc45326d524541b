"""A district portal on an older home-grown PHP news CMS whose long articles are split over
pages (portal huyen-mylam).

The real family: PHP 5 news CMSes that local companies built around 2010-2013 by copying
Joomla 1.5/2.5, down to its "Page Break" content plugin. The editor (TinyMCE) inserts
``<hr class="system-pagebreak" title="…">`` markers into a long article; the front end cuts the
stored text at the markers and shows one part per request, with the plugin's "Mục lục bài viết"
(table of contents) box floated at the top of the text, a "Trang 2/3" counter and a pager
("Trang: « Trang trước 1 2 3 Trang sau »") at the bottom of the text, inside the same
``<div>`` as the paragraphs. Each part repeats the whole site template: the menus, the
breadcrumb, the title (later parts add "(tiếp theo)"), the date line, the related-news boxes.
The author's line and "Nguồn: …" are typed at the very end of the text, so they only appear on
the last part; a photo with its caption stands wherever the editor put it, on any part.

Here the articles of :data:`SPLIT_FROM` paragraphs or more (about 40% of the corpus) are split
into two to four parts (:func:`parts_of`); shorter ones are one page. An article's editor may
have named its parts (the names show only in the table of contents and the ``<title>``).

URL shapes:
- home ``/`` (also ``/index.php``, ``/trang-chu.html``);
- general news ``/tin-tuc.html``, a section ``/chuyen-muc/<section-slug>.html``; page N
  ``?trang=N`` (the pager links page 1 as ``?trang=1`` too);
- article ``/tin-tuc/<slug>-<id>.html`` (routed by the id only); part N of a split article
  ``?trang=N`` (the pager under the text, ``?trang=1`` included) and ``?limitstart=N-1`` (the
  table of contents, copied from Joomla, counts from 0); the whole article ``?showall=1``,
  linked as "Xem toàn bài" in the table of contents of some split articles only (every article
  answers it); a part past the last answers 404;
- print view ``/print.php?id=<id>`` (the whole article; "In bài viết" link, ``rel=nofollow``);
- RSS: ``/rss.html`` (an HTML page of the feeds), ``/rss/tin-tuc.rss``,
  ``/rss/<section-slug>.rss``;
- ``/gioi-thieu.html``, ``/lien-he.html``; search ``/tim-kiem.html?tukhoa=`` (a GET form only).

Article markup: ``h1.tieude-baiviet``, date line ``div.thongtin-baiviet`` ("Thứ Năm, 17/12/2021
- 08:25 | Lượt xem: 1.234"), body ``div.noidung-baiviet``: ``div#article-index`` (the table of
contents) first, then ``<p style="text-align: justify;">`` paragraphs, photos in
``table.anh-minhhoa`` with the caption in ``td.chuthich``; on the last part the author bold and
right-aligned and "Nguồn: …" in italics; then ``div.pagenavcounter`` and ``div.phantrang`` (the
pager) still inside the body. Below: "Các tin liên quan" and "Các tin đã đưa" (dated).
Every part carries ``og:url`` and ``og:title`` of the whole article (the share plugin's) and no
canonical link. Pages are sent the way a PHP session sends them: ``Set-Cookie: PHPSESSID``,
``Expires`` in 1981, no-cache, no ETag, no Last-Modified.

Hazards: one article over several addresses, each a full page with the title, date and boxes;
the article's pager looks and reads like a listing's pager (same ``div.phantrang``, same
``?trang=N``); the table of contents' links (short titles, "Xem toàn bài") inside the text's
``<div>``; the byline only on the last part; photos on a later part; the same part under two
addresses (``?trang=2`` and ``?limitstart=1``) and the first part under three (bare,
``?trang=1``, ``?limitstart=0``), and the whole article under ``?showall=1`` and the print view;
a deleted article still listed (404) and one whose query fails (a PHP/MySQL error page, 500).

Gold (:func:`gold_corpus`): the whole article, every part's paragraphs in order, author and
source from the last part, the title without "(tiếp theo)", each photo after the paragraph it
follows on the pages.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import quote

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    dmy,
    esc,
    http_date,
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

__all__ = [
    "ARTICLE_PATH",
    "SPLIT_FROM",
    "PageBreakSite",
    "date_line",
    "gold_corpus",
    "has_showall",
    "part_titles",
    "parts_of",
    "photo_after",
]

NEWS = "/tin-tuc.html"
PRINT = "/print.php"
ARTICLE_PATH = re.compile(r"^/tin-tuc/(?:[a-z0-9-]+-)?(\d+)\.html$")
SECTION_PATH = re.compile(r"^/chuyen-muc/([a-z0-9-]+)\.html$")
FEED_PATH = re.compile(r"^/rss/([a-z0-9-]+)\.rss$")
HOME_PATHS = ("/", "/index.php", "/trang-chu.html")
ACTIVE = ' class="active"'
#: Articles of at least this many paragraphs are split over pages by their editors.
SPLIT_FROM = 7
#: What editors name the later parts of an article (when they name them at all).
PART_NAMES = (
    "Những kết quả bước đầu",
    "Khó khăn, vướng mắc",
    "Nhiệm vụ, giải pháp thời gian tới",
    "Kinh nghiệm từ cơ sở",
    "Kiến nghị, đề xuất",
    "Ý kiến người dân",
)
VENDOR = "Công ty TNHH Tin học Viễn thông Mỹ Lâm"
PHP_HEADERS = {
    "Expires": "Thu, 19 Nov 1981 08:52:00 GMT",
    "Cache-Control": "no-store, no-cache, must-revalidate, post-check=0, pre-check=0",
    "Pragma": "no-cache",
}
STATIC_PAGES = {
    "/gioi-thieu.html": (
        "Giới thiệu chung về huyện",
        [
            "Huyện nằm ở phía tây của tỉnh, có diện tích tự nhiên hơn 46 nghìn ha, gồm 1 thị trấn "
            "và 17 xã; dân số khoảng 112 nghìn người, trong đó đồng bào dân tộc thiểu số chiếm "
            "gần một phần ba.",
            "Kinh tế của huyện chủ yếu là nông nghiệp, với các vùng chuyên canh chè, cây ăn quả "
            "và chăn nuôi tập trung; những năm gần đây thương mại, dịch vụ và du lịch cộng đồng "
            "từng bước phát triển.",
        ],
    ),
    "/lien-he.html": (
        "Liên hệ",
        [
            "Bạn đọc gửi tin, bài, ảnh cộng tác hoặc góp ý về nội dung của Cổng thông tin điện "
            "tử huyện theo địa chỉ thư điện tử và số điện thoại ghi ở chân trang.",
        ],
    ),
}


# ---------------------------------------------------------------- how an article is split


def parts_of(count: int, key: str) -> list[range]:
    """Indexes of the paragraphs on each page of an article of ``count`` paragraphs.

    An article of :data:`SPLIT_FROM` paragraphs or more has 2 to 4 parts (the editor's choice,
    drawn from ``key``; at least two paragraphs a part), the earlier parts the longer.

    >>> parts_of(6, "a")
    [range(0, 6)]
    >>> [len(p) for p in parts_of(8, "huyen-mylam-bench-0")]
    [2, 2, 2, 2]
    >>> all(2 <= len(parts_of(n, str(k))) <= 4 for n in (7, 8, 9, 12) for k in range(20))
    True
    """
    if count < SPLIT_FROM:
        return [range(0, count)]
    parts = min(count // 2, 2 + stable_int(key + "pagebreak", 0, 2))
    size, extra = divmod(count, parts)
    ranges, start = [], 0
    for index in range(parts):
        end = start + size + (1 if index < extra else 0)
        ranges.append(range(start, end))
        start = end
    return ranges


def part_titles(title: str, key: str, parts: int) -> list[str]:
    """The entries of the "Mục lục bài viết" box: the article's title for the first part, then
    the names the editor gave the others ("Trang 2" … when the editor gave none).

    >>> part_titles("Tiêu đề", "k1", 1)
    []
    >>> len(part_titles("Tiêu đề", "k", 3)), part_titles("Tiêu đề", "k", 3)[0]
    (3, 'Tiêu đề')
    """
    if parts <= 1:
        return []
    if stable_int(key + "named", 0, 2) == 0:
        return [title, *(f"Trang {n}" for n in range(2, parts + 1))]
    first = stable_int(key + "names", 0, len(PART_NAMES) - 1)
    names = [PART_NAMES[(first + n) % len(PART_NAMES)] for n in range(parts - 1)]
    return [title, *names]


def has_showall(key: str) -> bool:
    """Whether a split article's table of contents offers "Xem toàn bài" (``?showall=1``): the
    plugin's option, set per article by the editors, on about half of them."""
    return stable_int(key + "show_all", 0, 1) == 0


def photo_after(count: int, key: str, after: int) -> int:
    """The paragraph a photo follows on the pages: where the corpus puts it, or, in a split
    article, after the first paragraph of its second or of its last part (the editor's choice).

    >>> photo_after(5, "x", 0)
    0
    >>> sorted({photo_after(8, str(k), 0) for k in range(40)})
    [0, 2, 3, 4, 6]
    """
    ranges = parts_of(count, key)
    if len(ranges) == 1:
        return after
    choice = stable_int(key + "anh", 0, 2)
    if choice == 0:
        return after
    target = ranges[1] if choice == 1 else ranges[-1]
    return target.start


def gold_corpus(corpus: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
    """``corpus`` as a reader copies it from the pages: the same text, title, author and source
    (all parts together), each photo after the paragraph it follows on the pages.

    >>> from dtcrawl.bench.synthetic import demo_corpus
    >>> served = demo_corpus(8, "huyen-mylam")["huyen-mylam"]
    >>> gold = gold_corpus({"huyen-mylam": served})["huyen-mylam"]
    >>> [g.paragraphs == s.paragraphs and g.captions == s.captions for g, s in zip(gold, served)]
    [True, True, True, True, True, True, True, True]
    """
    out: dict[str, list[Any]] = {}
    for portal_id, articles in corpus.items():
        out[portal_id] = [
            dataclasses.replace(
                article,
                images=tuple(
                    {
                        **image,
                        "after": photo_after(
                            len(article.paragraphs), article.key, int(image.get("after", 0))
                        ),
                    }
                    for image in (article.images or ())
                ),
            )
            for article in articles
        ]
    return out


def date_line(moment: datetime) -> str:
    """The date under an article's title (every part).

    >>> date_line(datetime(2021, 12, 16, 8, 25))
    'Thứ Năm, 16/12/2021 - 08:25'
    """
    return f"{weekday(moment)}, {dmy(moment)} - {moment:%H:%M}"


def short_date(moment: datetime) -> str:
    """The date after a title in lists.

    >>> short_date(datetime(2021, 6, 29, 14, 49))
    '(29/06/2021)'
    """
    return f"({dmy(moment)})"


# ---------------------------------------------------------------- the site


class PageBreakSite(CmsSite):
    family_headers = {"Server": "Apache/2.2.22 (Ubuntu)", "X-Powered-By": "PHP/5.3.10-1ubuntu3.26"}
    number_base = 2_350
    number_stride = 4
    image_folder = "/images/stories/tintuc"

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/tin-tuc/{slugify(item.title, max_len=70)}-{item.number}.html"

    def part_path(self, item: Item, part: int) -> str:
        """Part ``part`` (1-based) as the pager under the text links it."""
        return f"{self.article_path(item)}?trang={part}"

    def toc_path(self, item: Item, part: int) -> str:
        """Part ``part`` (1-based) as the table of contents links it (Joomla's 0-based offset)."""
        return f"{self.article_path(item)}?limitstart={part - 1}"

    def showall_path(self, item: Item) -> str:
        return f"{self.article_path(item)}?showall=1"

    def article_aliases(self, item: Item) -> list[str]:
        """The first part's other addresses and the whole article's (all linked by the site)."""
        base = self.article_path(item)
        return [f"{base}?trang=1", f"{base}?limitstart=0", self.showall_path(item)]

    def print_path(self, item: Item) -> str:
        return f"{PRINT}?id={item.number}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = NEWS if self.is_news(section) else f"/chuyen-muc/{section.slug}.html"
        return base if page == 1 else f"{base}?trang={page}"

    def pager_path(self, section: Section | None, page: int) -> str:
        """A listing page as its pager links it (page 1 too)."""
        return f"{self.listing_path(section)}?trang={page}"

    def feed_path(self, section: Section | None) -> str:
        return "/rss/tin-tuc.rss" if self.is_news(section) else f"/rss/{section.slug}.rss"

    def extra_paths(self) -> dict[str, str]:
        feeds = {"rss-tin-tuc": self.feed_path(None)}
        feeds.update({f"rss-{s.slug}": self.feed_path(s) for s in self.sections.values()})
        return feeds

    def parts(self, item: Item, revision: int) -> list[range]:
        return parts_of(len(item.body(revision)), item.key)

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in HOME_PATHS:
            return self.page_response(self.home_html(request))
        if path == NEWS:
            return self.listing_response(None, request)
        match = SECTION_PATH.match(path)
        if match:
            section = self.section_by_slug(match.group(1))
            return self.listing_response(section, request) if section else None
        match = ARTICLE_PATH.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            return self.part_response(item, request) if item else None
        if path == PRINT:
            try:
                item = self.by_number.get(int(request.params.get("id", "")))
            except ValueError:
                return None
            if item is None or item.kind != "article":
                return None
            return self.page_response(self.print_html(item, request))
        if path == "/rss.html":
            return self.page_response(self.rss_index_html(request))
        match = FEED_PATH.match(path)
        if match:
            slug = match.group(1)
            if slug == "tin-tuc":
                return self.feed_response(None, request)
            section = self.section_by_slug(slug)
            return self.feed_response(section, request) if section else None
        if path in STATIC_PAGES:
            return self.page_response(self.static_html(path, request))
        if path == "/tim-kiem.html":
            return self.page_response(self.search_html(request))
        return None

    def page_response(self, markup: str, status: int = 200) -> Response:
        """A page as PHP with a session sends it: no validators, a session cookie."""
        cookie = stable_token(markup[-400:], 26)
        headers = {**PHP_HEADERS, "Set-Cookie": f"PHPSESSID={cookie}; path=/"}
        return self.html_response(markup, status, headers)

    def listing_response(self, section: Section | None, request: Request) -> Response | None:
        page = page_number(request.params.get("trang"))
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        return self.page_response(self.listing_html(section, page, pages, items, request))

    def part_response(self, item: Item, request: Request) -> Response | None:
        """One part of an article (``trang``, ``limitstart``) or the whole (``showall``)."""
        if item.kind == "missing":
            return self.error_response(404)
        if item.kind == "error":
            return self.error_response(500)
        params = request.params
        parts = self.parts(item, request.revision)
        if params.get("showall") == "1":
            part = 0
        elif "limitstart" in params:
            try:
                part = int(params["limitstart"]) + 1
            except ValueError:
                part = 1
        else:
            part = page_number(params.get("trang"))
        if part > len(parts) or part < 0:
            return None
        return self.page_response(self.article_page(item, part, request))

    # -- frame

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        *,
        current: Section | None = None,
        crumbs: Sequence[tuple[str, str]] = (),
        head: str = "",
    ) -> str:
        p = self.portal
        sections = list(self.sections.values())
        menu = "".join(
            f'<li{ACTIVE if s is current else ""}><a href="'
            f'{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in sections
        )
        side_menu = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">&raquo; {esc(s.name)}</a></li>'
            for s in sections
        )
        crumb = "".join(
            f' &raquo; <a href="{esc(href)}">{esc(name)}</a>'
            if href
            else f" &raquo; <span>{esc(name)}</span>"
            for name, href in crumbs
        )
        fresh = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(6)
        )
        healthy = [it for it in self.items if it.kind == "article"]
        read = sorted(healthy, key=lambda it: -view_count(it.key))[:5]
        most_read = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="luotxem">({thousands(view_count(it.key))})</span></li>'
            for it in read
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<input type="radio" name="binhchon" id="bc{i}" value="{i}" />'
            f'<label for="bc{i}">{esc(o)}</label><br />'
            for i, o in enumerate(options)
        )
        now = datetime(2025, 1, 1) if not healthy else healthy[0].published
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - {esc(p.name)}</title>
<meta name="generator" content="MLPortal 2.1 - {esc(VENDOR)}" />
{head}<link rel="alternate" type="application/rss+xml" title="{esc(self.news.name)}" href="{esc(self.feed_path(None))}" />
<link href="/templates/mylam/css/template.css" rel="stylesheet" type="text/css" />
<link href="/templates/mylam/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<script type="text/javascript" src="/media/system/js/mootools-core.js"></script>
<script type="text/javascript" src="/templates/mylam/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="/templates/mylam/js/menu.js"></script>
</head>
<body>
<div id="wrapper">
<table id="banner" width="1000" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="110"><a href="/"><img src="/templates/mylam/images/quochuy.png" alt="Quốc huy" width="90" height="90" /></a></td>
<td><div class="banner-line1">{esc(p.agency.upper())}</div>
<div class="banner-line2">{esc(p.name.upper())}</div></td>
<td width="240" class="banner-ngay">{weekday(now)}, ngày {dmy(now)}</td></tr></table>
<div id="menu-ngang"><ul class="menu">
<li><a href="/">Trang chủ</a></li>
<li class="parent"><a href="/gioi-thieu.html">Giới thiệu</a><ul>
<li><a href="/gioi-thieu.html#tong-quan">Tổng quan</a></li>
<li><a href="/gioi-thieu.html#lanh-dao">Lãnh đạo huyện</a></li></ul></li>
<li class="parent"><a href="{NEWS}">{esc(self.news.name)}</a><ul>{menu}</ul></li>
<li><a href="http://vanban.{esc(p.domain)}/" target="_blank">Văn bản</a></li>
<li><a href="https://dichvucong.gov.vn/" target="_blank">Dịch vụ công</a></li>
<li><a href="/lien-he.html">Liên hệ</a></li>
</ul>
<form action="/tim-kiem.html" method="get" id="timkiem"><input type="text" name="tukhoa" value="Tìm kiếm..." onfocus="if(this.value=='Tìm kiếm...')this.value='';" /><input type="submit" value="Tìm" /></form>
</div>
<div id="chaymu"><marquee scrollamount="2" onmouseover="this.stop();" onmouseout="this.start();">Chào mừng bạn đến với {esc(p.name)}!</marquee></div>
<div id="breadcrumb"><a href="/">Trang chủ</a>{crumb}</div>
<div id="noidung-chinh">
<div id="cot-trai">
<div class="module"><h3 class="module-tieude">Chuyên mục</h3><ul class="menu-doc">
<li><a href="{NEWS}">&raquo; {esc(self.news.name)}</a></li>{side_menu}</ul></div>
<div class="module"><h3 class="module-tieude">Liên kết website</h3>
<select onchange="if(this.value!='')window.open(this.value);"><option value="">-- Chọn liên kết --</option>
<option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option></select></div>
</div>
<div id="cot-giua">
{main}
</div>
<div id="cot-phai">
<div class="module"><h3 class="module-tieude">Tin mới nhất</h3><ul class="ds-tin">{fresh}</ul></div>
<div class="module"><h3 class="module-tieude">Tin đọc nhiều</h3><ul class="ds-tin">{most_read}</ul></div>
<div class="module tthc"><h3 class="module-tieude">Kết quả giải quyết TTHC</h3>
<p>Tháng {t["month"]}: đã tiếp nhận <b>{thousands(t["total"])}</b> hồ sơ</p>
<table class="bang-tthc"><tr><td>Đúng hạn</td><td>{thousands(t["ontime"])}</td></tr>
<tr><td>Trễ hạn</td><td>{thousands(t["late"])}</td></tr>
<tr><td>Tỷ lệ đúng hạn</td><td>{t["percent"]}%</td></tr></table>
<a href="https://dichvucong.gov.vn/" target="_blank">Tra cứu hồ sơ &raquo;</a></div>
<div class="module"><h3 class="module-tieude">Thăm dò ý kiến</h3>
<form action="/tim-kiem.html" method="get" class="binhchon"><p>{esc(question)}</p>{choices}
<input type="button" value="Biểu quyết" onclick="alert('Cảm ơn bạn đã tham gia!');" /></form></div>
<div class="module thongke"><h3 class="module-tieude">Thống kê truy cập</h3>
<table><tr><td>Đang online:</td><td>{thousands(v["online"])}</td></tr>
<tr><td>Hôm nay:</td><td>{thousands(v["today"])}</td></tr>
<tr><td>Tháng này:</td><td>{thousands(v["month"])}</td></tr>
<tr><td>Tổng lượt truy cập:</td><td>{thousands(v["total"])}</td></tr></table></div>
</div>
<div class="clr"></div>
</div>
<div id="chantrang">
<p><b>{esc(p.name.upper())}</b></p>
<p>Cơ quan chủ quản: {esc(p.agency)} - Chịu trách nhiệm chính: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)} - Email: ubnd@{esc(p.domain)}</p>
<p>{esc(reuse_notice(p))}</p>
<p class="rss"><a href="/rss.html"><img src="/templates/mylam/images/rss.gif" alt="RSS" /> RSS</a>
| Thiết kế bởi {esc(VENDOR)}</p>
</div>
</div>
</body>
</html>
"""

    # -- home

    def home_html(self, request: Request) -> str:
        articles = [it for it in self.items if it.kind == "article"]
        blocks = []
        if articles:
            top = articles[0]
            others = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<span class="ngay">{short_date(it.published)}</span></li>'
                for it in articles[1:6]
            )
            blocks.append(
                f'<div class="tin-noibat"><div class="tin-noibat-dau"><a href="'
                f'{esc(self.article_path(top))}"><img src="'
                f'{esc(image_path(top, 0, self.image_folder))}" width="320" alt="" /></a>'
                f'<h2><a href="{esc(self.article_path(top))}">{esc(top.title)}</a></h2>'
                f'<p>{esc(top.sapo())}</p></div><ul class="tin-noibat-khac">{others}</ul>'
                "</div>"
            )
        for section in self.sections.values():
            listed = self.listed(section)[:4]
            if not listed:
                continue
            first, rest = listed[0], listed[1:]
            rows = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
                for it in rest
            )
            blocks.append(
                f'<div class="khoi-chuyenmuc"><h2 class="khoi-tieude"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>'
                f'<div class="tin-dau"><h3><a href="{esc(self.article_path(first))}">'
                f"{esc(first.title)}</a></h3><p>{esc(first.sapo(limit=150))}</p></div>"
                f'<ul class="ds-tin">{rows}</ul><a class="xemtiep" href="'
                f'{esc(self.listing_path(section))}">Xem tiếp &raquo;</a></div>'
            )
        return self.frame("Trang chủ", "".join(blocks), request)

    # -- listings

    def pager(self, page: int, pages: int, href, *, article: bool = False) -> str:
        """The pager both templates share: ``Trang: « Trang trước 1 [2] 3 … 9 Trang sau »``
        (the listing's adds "Trang đầu" / "Trang cuối")."""
        if pages <= 1:
            return ""
        cells = []
        if page > 1:
            if not article:
                cells.append(f'<a href="{esc(href(1))}" class="dau">Trang đầu</a>')
            cells.append(f'<a href="{esc(href(page - 1))}" class="truoc">&laquo; Trang trước</a>')
        for n in pager_window(page, pages):
            if n is None:
                cells.append("<span>...</span>")
            elif n == page:
                cells.append(f'<span class="hientai">{n}</span>')
            else:
                cells.append(f'<a href="{esc(href(n))}">{n}</a>')
        if page < pages:
            cells.append(f'<a href="{esc(href(page + 1))}" class="sau">Trang sau &raquo;</a>')
            if not article:
                cells.append(f'<a href="{esc(href(pages))}" class="cuoi">Trang cuối</a>')
        return f'<div class="phantrang">Trang: {" ".join(cells)}</div>'

    def listing_html(
        self,
        section: Section | None,
        page: int,
        pages: int,
        items: list[Item],
        request: Request,
    ) -> str:
        name = self.news.name if self.is_news(section) else section.name
        rows = "".join(
            f'<div class="tin-item"><a href="{esc(self.article_path(it))}"><img class="anh-nho" '
            f'src="{esc(image_path(it, 0, self.image_folder))}" width="120" alt="" /></a>'
            f'<h3><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">{short_date(it.published)}</span></h3>'
            f'<p class="tomtat">{esc(it.sapo())}</p><div class="clr"></div></div>'
            for it in items
        )
        pager = self.pager(page, pages, lambda n: self.pager_path(section, n))
        feed = f'<a class="rss-chuyenmuc" href="{esc(self.feed_path(section))}">RSS</a>'
        main = (
            f'<div class="chuyenmuc"><h1 class="chuyenmuc-tieude">{esc(name)} {feed}</h1>'
            f'<div class="ds-chuyenmuc">{rows}</div>{pager}</div>'
        )
        crumbs = [(name, "")] if self.is_news(section) else [(self.news.name, NEWS), (name, "")]
        head = (
            f'<link rel="alternate" type="application/rss+xml" title="{esc(name)}" '
            f'href="{esc(self.feed_path(section))}" />\n'
            if not self.is_news(section)
            else ""
        )
        title = name if page == 1 else f"{name} - Trang {page}"
        return self.frame(title, main, request, current=section, crumbs=crumbs, head=head)

    # -- articles

    def blocks(self, item: Item, revision: int, shown: range) -> str:
        """The paragraphs of ``shown`` with the photos that follow them, in the editor's markup."""
        paragraphs = item.body(revision)
        count = len(paragraphs)
        photos: dict[int, list[tuple[int, str]]] = {}
        for index, image in enumerate(item.images):
            after = max(0, min(int(image.get("after", 0)), count - 1))
            after = photo_after(count, item.key, after)
            photos.setdefault(after, []).append((index, str(image.get("caption") or "")))
        out = []
        for position in shown:
            text = esc(paragraphs[position])
            if position == 0:
                out.append(f'<p style="text-align: justify;"><strong>{text}</strong></p>')
            else:
                out.append(f'<p style="text-align: justify;">{text}</p>')
            for index, caption in photos.get(position, []):
                out.append(
                    '<table class="anh-minhhoa" border="0" cellpadding="3" cellspacing="0" '
                    'align="center" style="width: 500px;"><tbody><tr><td><img src="'
                    f'{esc(image_path(item, index, self.image_folder))}" alt="" width="500" '
                    'height="333" /></td></tr><tr><td class="chuthich" style="text-align: '
                    f'center;"><em>{esc(caption)}</em></td></tr></tbody></table>'
                )
        return "".join(out)

    def signature(self, item: Item) -> str:
        out = ""
        if item.author:
            out += f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>'
        if item.source:
            out += f'<p style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>'
        return out

    def toc(self, item: Item, part: int, count: int) -> str:
        """The "Mục lục bài viết" box (``part`` 0: the whole article is shown)."""
        titles = part_titles(item.title, item.key, count)
        rows = []
        for n, name in enumerate(titles, start=1):
            active = ' class="toclink active"' if n == part else ' class="toclink"'
            rows.append(f'<li><a href="{esc(self.toc_path(item, n))}"{active}>{esc(name)}</a></li>')
        if has_showall(item.key):
            active = ' class="toclink active"' if part == 0 else ' class="toclink"'
            rows.append(
                f'<li><a href="{esc(self.showall_path(item))}"{active}>Xem toàn bài</a></li>'
            )
        return (
            '<div id="article-index" style="float: right; width: 220px; margin: 0 0 10px 10px;">'
            f"<h3>Mục lục bài viết</h3><ul>{''.join(rows)}</ul></div>"
        )

    def article_page(self, item: Item, part: int, request: Request) -> str:
        """Part ``part`` (1-based) of an article, or the whole article for ``part`` 0."""
        revision = request.revision
        ranges = self.parts(item, revision)
        count = len(ranges)
        split = count > 1
        whole = part == 0 or not split
        if whole:
            shown = range(0, len(item.body(revision)))
        else:
            shown = ranges[part - 1]
        last = whole or part == count
        heading = item.title if part <= 1 else f"{item.title} (tiếp theo)"
        body = ""
        if split:
            body += self.toc(item, part, count)
        body += self.blocks(item, revision, shown)
        if last:
            body += self.signature(item)
        if split and not whole:
            body += f'<div class="pagenavcounter">Trang {part}/{count}</div>'
            body += self.pager(part, count, lambda n: self.part_path(item, n), article=True)
        body += '<div class="clr"></div>'
        url = request.base_url + self.article_path(item)
        views = thousands(view_count(item.key))
        info = (
            f'<div class="thongtin-baiviet"><span class="ngaydang">{date_line(item.published)}'
            f'</span> | <span class="luotxem">Lượt xem: {views}</span> | <a href="'
            f'{esc(self.print_path(item))}" target="_blank" rel="nofollow">In bài viết</a> | '
            f'<a href="mailto:?subject={quote(item.title)}&amp;body={quote(url)}">Gửi email</a>'
            "</div>"
        )
        same = [it for it in self.listed(item.section) if it is not item]
        newer = [it for it in same if it.published > item.published][-4:]
        older = [it for it in same if it.published <= item.published][:6]
        related = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>' for it in newer
        )
        earlier = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">{short_date(it.published)}</span></li>'
            for it in older
        )
        main = (
            f'<div class="chitiet-baiviet"><h1 class="tieude-baiviet">{esc(heading)}</h1>'
            f'{info}<div class="noidung-baiviet">{body}</div>'
            '<div class="chiase"><a href="https://www.facebook.com/sharer/sharer.php?u='
            f'{quote(url, safe="")}" target="_blank">Chia sẻ Facebook</a> | '
            '<a href="javascript:history.back();">Quay lại</a> | <a href="#">Về đầu trang</a>'
            "</div>"
            + (
                f'<div class="tin-lienquan"><h3>Các tin liên quan</h3><ul>{related}</ul></div>'
                if related
                else ""
            )
            + (
                f'<div class="tin-dadua"><h3>Các tin đã đưa</h3><ul>{earlier}</ul></div>'
                if earlier
                else ""
            )
            + "</div>"
        )
        names = part_titles(item.title, item.key, count)
        if whole or part == 1 or not names:
            title = item.title
        else:
            title = f"{item.title} - {names[part - 1]}"
        head = (
            f'<meta name="description" content="{esc(item.sapo(revision, 160))}" />\n'
            f'<meta property="og:title" content="{esc(item.title)}" />\n'
            f'<meta property="og:url" content="{esc(url)}" />\n'
            f'<meta property="og:image" content="{esc(request.base_url)}'
            f'{esc(image_path(item, 0, self.image_folder))}" />\n'
        )
        crumbs = [
            (self.news.name, NEWS),
            (item.section.name, self.listing_path(item.section)),
        ]
        if self.is_news(item.section):
            crumbs = [(self.news.name, NEWS)]
        return self.frame(title, main, request, current=item.section, crumbs=crumbs, head=head)

    def print_html(self, item: Item, request: Request) -> str:
        revision = request.revision
        text = self.blocks(item, revision, range(0, len(item.body(revision))))
        return (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8" /><title>{esc(item.title)}</title>'
            '<link href="/templates/mylam/css/print.css" rel="stylesheet" type="text/css" />'
            '</head><body onload="window.print();"><div class="khung-in">'
            f'<div class="dau-in">{esc(self.portal.name.upper())}</div>'
            f'<h1>{esc(item.title)}</h1><p class="ngay">{date_line(item.published)}</p>'
            f'<div class="noidung">{text}{self.signature(item)}</div>'
            f'<p class="url">Địa chỉ: {esc(request.base_url)}{esc(self.article_path(item))}</p>'
            '<p><a href="javascript:window.print();">[In trang]</a> '
            '<a href="javascript:window.close();">[Đóng cửa sổ]</a></p></div></body></html>'
        )

    # -- other pages

    def rss_index_html(self, request: Request) -> str:
        rows = "".join(
            f'<tr><td>{esc(name)}</td><td><a href="{esc(href)}"><img '
            f'src="/templates/mylam/images/rss.gif" alt="RSS" /></a></td></tr>'
            for name, href in [
                (self.news.name, self.feed_path(None)),
                *((s.name, self.feed_path(s)) for s in self.sections.values()),
            ]
        )
        main = (
            '<h1 class="chuyenmuc-tieude">Kênh tin RSS</h1><p>RSS là dịch vụ cung cấp thông tin '
            "cho phép bạn đọc nhận tin mới của Cổng thông tin điện tử huyện mà không phải truy "
            "cập trang web. Chọn chuyên mục dưới đây và sao chép đường dẫn vào chương trình "
            f'đọc tin.</p><table class="bang-rss">{rows}</table>'
        )
        return self.frame("RSS", main, request, crumbs=[("RSS", "")])

    def feed_response(self, section: Section | None, request: Request) -> Response:
        base = request.base_url
        name = self.news.name if self.is_news(section) else section.name
        items = [it for it in self.listed(section) if it.kind == "article"][:15]
        entries = "".join(
            f"<item><title>{esc(it.title)}</title>"
            f"<link>{esc(base + self.article_path(it))}</link>"
            f"<description>{esc(it.sapo())}</description>"
            f"<pubDate>{http_date(it.published)}</pubDate></item>"
            for it in items
        )
        xml = (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(name)}</title><link>{esc(base + self.listing_path(section))}</link>"
            f"<description>{esc(self.portal.name)}</description><language>vi</language>"
            f"{entries}</channel></rss>"
        )
        return Response(
            200,
            {"Content-Type": "text/xml; charset=utf-8", **self.family_headers},
            xml.encode("utf-8"),
        )

    def static_html(self, path: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[path]
        text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        main = f'<h1 class="chuyenmuc-tieude">{esc(title)}</h1><div class="trang-tinh">{text}</div>'
        return self.frame(title, main, request, crumbs=[(title, "")])

    def search_html(self, request: Request) -> str:
        word = request.params.get("tukhoa", "").strip()
        found = [
            it
            for it in self.items
            if it.kind == "article" and word and word.lower() in it.title.lower()
        ][:20]
        rows = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">{short_date(it.published)}</span></li>'
            for it in found
        )
        main = (
            f'<h1 class="chuyenmuc-tieude">Kết quả tìm kiếm</h1><p>Tìm thấy {len(found)} kết '
            f'quả cho từ khóa "<b>{esc(word)}</b>"</p><ul class="ds-tin">{rows}</ul>'
        )
        return self.frame("Tìm kiếm", main, request, crumbs=[("Tìm kiếm", "")])

    def error_html(self, status: int) -> str:
        if status == 404:
            return (
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html><head>'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
                "<title>404 - Không tìm thấy trang</title></head><body>"
                '<div style="width:600px;margin:60px auto;text-align:center;font-family:Arial">'
                "<h1>404</h1><p>Bài viết không tồn tại hoặc đã bị xóa khỏi hệ thống.</p>"
                '<p><a href="/">Quay về trang chủ</a></p></div></body></html>'
            )
        return (
            "<br />\n<b>Warning</b>:  mysql_fetch_assoc() expects parameter 1 to be resource, "
            "boolean given in <b>/home/mylam/public_html/modules/tintuc/chitiet.php</b> on line "
            '<b>57</b><br />\n<div style="font-family:Arial"><h2>Lỗi truy vấn cơ sở dữ liệu'
            "</h2><p>Hệ thống đang bận, xin vui lòng quay lại sau.</p></div>"
        )

    def error_response(self, status: int) -> Response:
        return self.page_response(self.error_html(status), status)

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        return "\n".join(lines) + "\n"
