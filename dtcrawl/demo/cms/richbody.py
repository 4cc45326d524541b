"""A provincial department portal on a home-grown PHP CMS whose articles read like reports.

A Sở Thông tin và Truyền thông publishes what its divisions write: progress reports on
digital transformation with sub-headings, lists and figures, typed into CKEditor 4. In a good
share of the articles (chosen by a hash of the key, :func:`plan_of`) the body is structured:

- main headings as ``<h3>``, ``<h4>`` ("1. …"), ``<p><strong>1. …</strong></p>`` or
  ``<p><strong>I. KẾT QUẢ …</strong></p>``; sub-headings ``<p><b>a) Về …</b></p>`` or
  ``<p><strong><em>1. Về …</em></strong></p>`` (see :data:`HEAD_STYLES`);
- a line ending with ":" and a list made of a corpus paragraph's sentences, as ``<ul><li>``,
  ``<ol><li>``, or paragraphs typed with a leading ``- `` or ``+ `` (:data:`LIST_STYLES`);
- in a few articles a statistics table (header row and 3-5 rows of figures), as Bootstrap
  ``<thead>``/``<th>`` or pasted from Word (``<td><p><strong>…``), sometimes with a caption
  line "Bảng 1: …" above it;
- a note in italics at the end, "(*) Số liệu tính đến ngày 30/9/2024.".

The gold body (:func:`gold_paragraphs`, :func:`gold_corpus`) is what a careful archivist keeps:
every heading, intro line, paragraph and list item as its own paragraph, in order; list items
with the bullet typed into the text ("- ", "+ ") but not the one or the number an ``<ul>`` or
``<ol>`` draws (the lead's convention, as in the fckbr family's gold), headings with the numbering
typed in their text ("1. ", "a) ", "I. "); a table as its caption line (if any) and then one
paragraph per row (header row included), cells joined by " | "; the "(*)" note last. Photo
captions (``<figure class="image"><figcaption>``), the author line and "Nguồn: …" are not body.

URL shapes (PHP's PATH_INFO behind ``index.php``, no rewriting):

- home ``/`` (also ``/index.php`` and ``/index.php/vi/``);
- listing ``/index.php/vi/<section-slug>``, page N ``/index.php/vi/<section-slug>/page/<N>``
  (one-based; the pager links page 1 as the bare listing); the general news section is
  ``tin-tuc-su-kien`` and lists every article;
- article ``/index.php/vi/<section-slug>/<id>-<slug>`` (its topic section: the gold path). The
  router reads only the id after a known section slug: the general news listing and the "Tin
  mới" box link ``/index.php/vi/tin-tuc-su-kien/<id>-<slug>`` (an alias);
- print view: the article path with ``?print=1``; home page boxes add
  ``?utm_source=trangchu&utm_medium=box``; "Tin cùng chuyên mục" links carry PHP's
  ``?PHPSESSID=<26 characters>`` (``session.use_trans_sid``): a request that brings one has it
  in its links, a request without one gets a new one.
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any, NamedTuple

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    arrow_pager,
    dmy,
    esc,
    image_path,
    listing_date,
    page_number,
    parse_local,
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
    "HEAD_STYLES",
    "LIST_STYLES",
    "Block",
    "RichBodySite",
    "gold_corpus",
    "gold_paragraphs",
    "plan_of",
    "posted_stamp",
    "report_blocks",
    "sentences",
]

PREFIX = "/index.php/vi/"
TRACKING = "utm_source=trangchu&utm_medium=box"
SID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
_LISTING = re.compile(r"^/index\.php/vi/([a-z0-9-]+)(?:/page/(\d+))?/?$")
_ARTICLE = re.compile(r"^/index\.php/vi/([a-z0-9-]+)/(\d+)-[A-Za-z0-9-]*$")
#: How an article's main headings (and sub-headings) are typed.
HEAD_STYLES = ("h3", "h4", "strong", "roman")
#: How a list is typed.
LIST_STYLES = ("ul", "ol", "dash", "plus")
STATIC_PAGES = {
    "gioi-thieu": (
        "Giới thiệu",
        [
            "Sở Thông tin và Truyền thông là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham "
            "mưu quản lý nhà nước về báo chí, xuất bản, bưu chính, viễn thông, công nghệ thông "
            "tin và chuyển đổi số.",
            "Sở có Văn phòng, Thanh tra, bốn phòng chuyên môn và Trung tâm Công nghệ thông tin "
            "và Truyền thông trực thuộc.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Ý kiến góp ý về nội dung trang thông tin xin gửi về Văn phòng Sở, bộ phận quản trị "
            "Cổng thông tin điện tử.",
            "Giờ làm việc: sáng từ 7 giờ đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, thứ Hai "
            "đến thứ Sáu.",
        ],
    ),
}
NEW_DOCUMENTS = (
    ("1245/STTTT-CĐS", "12/11/2026", "V/v đôn đốc cập nhật số liệu chỉ số chuyển đổi số cấp xã"),
    ("87/KH-STTTT", "05/11/2026", "Kế hoạch tuyên truyền Ngày Chuyển đổi số năm 2026"),
    ("1198/STTTT-BCVT", "29/10/2026", "V/v rà soát hạ tầng trạm phát sóng di động vùng lõm"),
    ("215/QĐ-STTTT", "21/10/2026", "Quyết định ban hành Quy chế bảo đảm an toàn thông tin mạng"),
)


# ---------------------------------------------------------------- the report body (the gold)


class Block(NamedTuple):
    """One block of a report body as the editor typed it.

    ``kind``: ``p`` (a corpus paragraph), ``heading``, ``intro`` (a line ending with ":"),
    ``list`` (``items`` are a corpus paragraph's sentences), ``table`` (``rows``, header
    first; ``text`` its caption line or ""), ``note`` (the "(*)" line). ``style`` is the
    heading's markup or the list's. ``source`` is the corpus paragraph shown (p, list).
    """

    kind: str
    text: str = ""
    style: str = ""
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    source: int | None = None


_MAIN_HEADS = (
    ("Kết quả triển khai", "Kết quả đạt được", "Tình hình thực hiện", "Những kết quả nổi bật"),
    ("Tồn tại, hạn chế", "Khó khăn, vướng mắc", "Một số hạn chế cần khắc phục"),
    ("Nhiệm vụ trọng tâm thời gian tới", "Giải pháp trong thời gian tới", "Phương hướng, nhiệm vụ"),
)
_SUB_HEADS = (
    "Về hạ tầng số",
    "Về dữ liệu số",
    "Về nền tảng số",
    "Về chính quyền số",
    "Về kinh tế số",
    "Về xã hội số",
    "Về an toàn thông tin mạng",
    "Về phát triển nhân lực số",
)
_INTROS_DONE = (
    "Một số kết quả nổi bật như sau:",
    "Cụ thể, các cơ quan, đơn vị đã thực hiện:",
    "Kết quả cụ thể như sau:",
    "Trong đó:",
)
_INTROS_HARD = (
    "Nguyên nhân chủ yếu là:",
    "Những hạn chế chính gồm:",
    "Theo đánh giá của Sở Thông tin và Truyền thông:",
)
_INTROS_NEXT = (
    "Thời gian tới, Sở Thông tin và Truyền thông đề nghị:",
    "Các nhiệm vụ trọng tâm gồm:",
    "Để hoàn thành mục tiêu năm, các đơn vị cần tập trung:",
)
_TABLE_ROWS = (
    ("Tỷ lệ hồ sơ trực tuyến toàn trình (%)", "pct"),
    ("Số dịch vụ công trực tuyến toàn trình", "small"),
    ("Số hồ sơ, kết quả giải quyết TTHC được số hóa", "big"),
    ("Số tài khoản định danh điện tử được kích hoạt", "big"),
    ("Số Tổ công nghệ số cộng đồng", "small"),
    ("Tỷ lệ hộ gia đình có đường truyền cáp quang (%)", "pct"),
    ("Số cuộc tấn công mạng được ngăn chặn", "small"),
)
_TABLE_TITLES = (
    "Bảng 1: Một số chỉ tiêu chuyển đổi số của tỉnh",
    "Bảng 1: Kết quả thực hiện các chỉ tiêu chủ yếu",
    "Bảng 1: Số liệu so sánh với cùng kỳ",
)

_SENTENCE_END = re.compile(r"(?<=[.!?]) (?=[^\W\d_])")


def sentences(text: str) -> list[str]:
    """``text`` cut into its sentences (a full stop, then a space and a letter).

    >>> sentences("Quý II. Trường mở rộng 94.687 hồ sơ. Kết thúc.")
    ['Quý II.', 'Trường mở rộng 94.687 hồ sơ.', 'Kết thúc.']
    """
    return _SENTENCE_END.split(text)


def plan_of(key: str) -> str:
    """How article ``key`` is written: ``plain`` paragraphs, a ``report``, or a report with a
    statistics ``table``.

    >>> plan_of("x") in ("plain", "report", "table")
    True
    """
    roll = stable_int(key + "richbody-plan", 0, 99)
    return "plain" if roll < 35 else "table" if roll < 60 else "report"


def _number(kind: str, rng: random.Random) -> tuple[str, str]:
    """Two figures of a row (earlier, later) in Vietnamese notation."""
    if kind == "pct":
        first = rng.randint(200, 700)
        second = min(999, first + rng.randint(40, 250))
        return f"{first // 10},{first % 10}", f"{second // 10},{second % 10}"
    high = 90 if kind == "small" else 90_000
    first = rng.randint(high // 10, high)
    return thousands(first), thousands(first + rng.randint(high // 20, high // 2))


def _table(rng: random.Random, year: int) -> tuple[tuple[str, ...], ...]:
    picked = rng.sample(_TABLE_ROWS, rng.randint(3, 5))
    if rng.random() < 0.5:
        rows = [("Chỉ tiêu", f"Năm {year - 1}", f"Năm {year} (*)")]
        rows += [(label, *_number(kind, rng)) for label, kind in picked]
    else:
        rows = [("TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện (*)")]
        rows += [(str(n), label, *_number(kind, rng)) for n, (label, kind) in enumerate(picked, 1)]
    return tuple(rows)


def _head(style: str, level: int, number: int, text: str) -> Block:
    """A heading block: ``level`` 0 main, 1 sub; ``number`` from 0."""
    if level == 0:
        if style == "h3":
            return Block("heading", text, "h3")
        if style == "h4":
            return Block("heading", f"{number + 1}. {text}", "h4")
        if style == "roman":
            return Block("heading", f"{('I', 'II', 'III')[number]}. {text.upper()}", "strong")
        return Block("heading", f"{number + 1}. {text}", "strong")
    if style == "roman":
        return Block("heading", f"{number + 1}. {text}", "strong-em")
    return Block("heading", f"{'abc'[number]}) {text}", "b")


def _list_or_paragraph(
    paragraphs: Sequence[str], index: int, intro: str, style: str
) -> list[Block]:
    parts = sentences(paragraphs[index])
    if len(parts) < 2:
        return [Block("p", paragraphs[index], source=index)]
    return [Block("intro", intro), Block("list", style=style, items=tuple(parts), source=index)]


def report_blocks(key: str, paragraphs: Sequence[str], published: datetime) -> list[Block]:
    """The blocks the editor typed for article ``key`` (corpus ``paragraphs``, published at
    ``published``): the paragraphs in order, some cut into list items, with headings, intro
    lines, a table and a note added as :func:`plan_of` says (the same for the same key).

    >>> blocks = report_blocks("k", ["Mở đầu.", "Một. Hai.", "Ba. Bốn.", "Năm. Sáu."],
    ...                        datetime(2024, 10, 3))
    >>> [b.source for b in blocks if b.source is not None]
    [0, 1, 2, 3]
    """
    plan = plan_of(key)
    count = len(paragraphs)
    if plan == "plain" or count < 4:
        return [Block("p", text, source=n) for n, text in enumerate(paragraphs)]
    rng = random.Random(stable_int(key + "richbody", 0, 2**48))
    style = HEAD_STYLES[stable_int(key + "heads", 0, len(HEAD_STYLES) - 1)]
    list_style = LIST_STYLES[stable_int(key + "lists", 0, len(LIST_STYLES) - 1)]
    rest = list(range(1, count))
    cut = (len(rest) + 1) // 2
    part1, part2, last = rest[:cut], rest[cut:-1], rest[-1]
    heads = [rng.choice(options) for options in _MAIN_HEADS]
    subs = rng.sample(_SUB_HEADS, 2)
    blocks = [Block("p", paragraphs[0], source=0), _head(style, 0, 0, heads[0])]
    for position, index in enumerate(part1):
        if style != "h3" and position in (0, len(part1) // 2) and len(part1) >= 2:
            blocks.append(
                _head(style, 1, 0 if position == 0 else 1, subs[0 if position == 0 else 1])
            )
        if position == len(part1) - 1 and position > 0:
            blocks += _list_or_paragraph(paragraphs, index, rng.choice(_INTROS_DONE), list_style)
        else:
            blocks.append(Block("p", paragraphs[index], source=index))
    # The figures run to the end of the month before publication (the "(*)" note says so).
    until = published.replace(day=1) - timedelta(days=1)
    if plan == "table":
        caption = rng.choice(_TABLE_TITLES) + f" năm {until.year}" if rng.random() < 0.6 else ""
        shape = "thead" if rng.random() < 0.5 else "word"
        blocks.append(Block("table", caption, shape, rows=_table(rng, until.year)))
    number = 1
    if part2:
        blocks.append(_head(style, 0, number, heads[1]))
        number += 1
        second = "plus" if list_style == "dash" else "dash"
        for position, index in enumerate(part2):
            if position == 0 and len(part2) >= 2:
                blocks += _list_or_paragraph(paragraphs, index, rng.choice(_INTROS_HARD), second)
            else:
                blocks.append(Block("p", paragraphs[index], source=index))
    blocks.append(_head(style, 0, number, heads[2]))
    third = "ol" if list_style != "ol" else "ul"
    blocks += _list_or_paragraph(paragraphs, last, rng.choice(_INTROS_NEXT), third)
    if plan == "table" or rng.random() < 0.5:
        blocks.append(
            Block("note", f"(*) Số liệu tính đến ngày {until.day}/{until.month}/{until.year}.")
        )
    return blocks


def block_gold(block: Block) -> list[str]:
    """The gold paragraphs of one block (see the module docstring).

    >>> block_gold(Block("table", "Bảng 1: Chỉ tiêu", rows=(("A", "B"), ("1", "2"))))
    ['Bảng 1: Chỉ tiêu', 'A | B', '1 | 2']
    >>> block_gold(Block("list", items=("Một.", "Hai."), style="dash"))
    ['- Một.', '- Hai.']
    >>> block_gold(Block("list", items=("Một.", "Hai."), style="ul"))
    ['Một.', 'Hai.']
    """
    if block.kind == "list":
        # A bullet typed into the text ("- ", "+ ") is the text's, as dtcrawl keeps it (and as
        # the fckbr family's gold has it); the bullet or number a browser draws for <li> is not.
        marker = {"dash": "- ", "plus": "+ "}.get(block.style, "")
        return [marker + item for item in block.items]
    if block.kind == "table":
        return ([block.text] if block.text else []) + [" | ".join(row) for row in block.rows]
    return [block.text]


def gold_paragraphs(blocks: Sequence[Block]) -> list[str]:
    """The gold body of an article typed as ``blocks``: each block's gold, in order.

    >>> gold_paragraphs([Block("heading", "1. Về hạ tầng số", "strong"), Block("p", "Văn bản.")])
    ['1. Về hạ tầng số', 'Văn bản.']
    """
    return [text for block in blocks for text in block_gold(block)]


def gold_corpus(corpus: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
    """``corpus`` (``{portal_id: [DemoArticle, ...]}``, as the site is served from) with each
    article's ``paragraphs`` replaced by its gold paragraphs and each photo's ``after`` moved to
    the gold paragraph it follows: the gold of the crawl of a ``richbody`` portal.

    >>> from dtcrawl.bench.synthetic import demo_corpus
    >>> served = demo_corpus(6, "stttt-lieuson")["stttt-lieuson"]
    >>> gold = gold_corpus({"stttt-lieuson": served})["stttt-lieuson"]
    >>> [len(g.paragraphs) >= len(s.paragraphs) for s, g in zip(served, gold)]
    [True, True, True, True, True, True]
    """
    out: dict[str, list[Any]] = {}
    for portal_id, articles in corpus.items():
        out[portal_id] = []
        for article in articles:
            blocks = report_blocks(article.key, article.paragraphs, parse_local(article.published))
            where: dict[int, int] = {}
            paragraphs: list[str] = []
            for block in blocks:
                paragraphs += block_gold(block)
                if block.source is not None:
                    where[block.source] = len(paragraphs) - 1
            images = tuple(
                {**image, "after": where.get(int(image.get("after", 0)), len(paragraphs) - 1)}
                for image in (article.images or ())
            )
            out[portal_id].append(
                dataclasses.replace(article, paragraphs=tuple(paragraphs), images=images)
            )
    return out


# ---------------------------------------------------------------- dates


def posted_stamp(moment: datetime) -> str:
    """The date under a title: weekday, time, then the day.

    >>> posted_stamp(datetime(2023, 1, 5, 8, 25))
    'Thứ năm: 08:25 ngày 05/01/2023'
    """
    return f"{weekday(moment, lower=True)}: {moment:%H:%M} ngày {dmy(moment)}"


# ---------------------------------------------------------------- the site


class RichBodySite(CmsSite):
    family_headers = {"Server": "Apache/2.2.15 (CentOS)", "X-Powered-By": "PHP/5.4.45"}
    number_base = 2_840
    number_stride = 5
    image_folder = "/uploads/news"

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"{PREFIX}{item.section.slug}/{item.number}-{slugify(item.title, max_len=80)}"

    def news_alias(self, item: Item) -> str:
        """The article under the general news section (its listing and "Tin mới" link it)."""
        return f"{PREFIX}{self.news.slug}/{item.number}-{slugify(item.title, max_len=80)}"

    def article_aliases(self, item: Item) -> list[str]:
        return [] if self.is_news(item.section) else [self.news_alias(item)]

    def print_path(self, item: Item) -> str:
        return self.article_path(item) + "?print=1"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        slug = self.news.slug if self.is_news(section) else section.slug
        return f"{PREFIX}{slug}" + (f"/page/{page}" if page > 1 else "")

    def session_id(self, request: Request) -> str:
        """PHP's session id: the one the request brings, or a new one (drawn from the path)."""
        given = request.params.get("PHPSESSID", "")
        if re.fullmatch(r"[a-z0-9]{26}", given):
            return given
        return stable_token("sid" + request.path, 26, SID_ALPHABET)

    # -- routing

    def _section_of(self, slug: str) -> Section | None:
        return self.news if slug == self.news.slug else self.section_by_slug(slug)

    def route(self, request: Request) -> Response | None:
        response = self.dispatch(request)
        if response is None or "PHPSESSID" in request.params:
            return response
        # A new session: PHP sends its cookie (and rewrites the page's links, see session_id).
        cookie = f"PHPSESSID={self.session_id(request)}; path=/"
        headers = {**response.headers, "Set-Cookie": cookie, "Pragma": "no-cache"}
        return Response(response.status, headers, response.body)

    def dispatch(self, request: Request) -> Response | None:
        """The page for ``request`` (None: not found)."""
        path = request.path
        if path in ("/", "/index.php", "/index.php/vi", PREFIX):
            return self.html_response(self.home_html(request))
        if match := _ARTICLE.match(path):
            section = self._section_of(match.group(1))
            item = self.by_number.get(int(match.group(2)))
            if section is None or item is None:
                return None
            if section is not self.news and section is not item.section:
                return None
            if request.params.get("print") == "1":
                if item.kind in ("missing", "error"):
                    return None
                return self.html_response(self.print_html(item, request))
            return self.article_response(item, request)
        if match := _LISTING.match(path):
            slug = match.group(1)
            if slug in STATIC_PAGES and not match.group(2):
                return self.html_response(self.static_html(slug, request))
            if slug == "van-ban" and not match.group(2):
                return self.html_response(self.documents_html(request))
            section = self._section_of(slug)
            if section is None:
                return None
            page = page_number(match.group(2))
            _, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.listing_html(section, page, request))
        return None

    # -- frame

    def frame(self, title: str, crumbs: list[tuple[str, str]], main: str, request: Request) -> str:
        p = self.portal
        sid = self.session_id(request)
        menu = "".join(
            f'<li class="menu-item"><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = " &raquo; ".join(
            f'<a href="{esc(href)}">{esc(name)}</a>'
            if href
            else f'<span class="active">{esc(name)}</span>'
            for name, href in [("Trang chủ", "/"), *crumbs]
        )
        latest = "".join(
            f'<li><a href="{esc(self.news_alias(it))}">{esc(it.title)}</a> '
            f'<span class="date">{listing_date(it.published)}</span></li>'
            for it in self.latest(6)
        )
        documents = "".join(
            f'<li><a href="{PREFIX}van-ban"><b>{esc(number)}</b></a> <span class="date">({day})'
            f"</span><br/>{esc(summary)}</li>"
            for number, day, summary in NEW_DOCUMENTS
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<label><input type="radio" name="phuongan" value="{i + 1}"/> {esc(o)}</label><br/>'
            for i, o in enumerate(options)
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - {esc(p.name)}</title>
<meta name="keywords" content="Sở Thông tin và Truyền thông, {esc(p.province)}, chuyển đổi số" />
<link rel="stylesheet" type="text/css" href="/templates/stttt/css/style.css" />
<link rel="stylesheet" type="text/css" href="/templates/stttt/css/bootstrap.min.css" />
<script type="text/javascript" src="/templates/stttt/js/jquery.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="topbar"><span class="ngay-hom-nay">{weekday(datetime(2026, 11, 24))}, 24/11/2026</span>
<span class="co-chu">Cỡ chữ: <a href="javascript:setFont(-1);">A-</a> <a href="javascript:setFont(0);">A</a> <a href="javascript:setFont(1);">A+</a></span>
<span class="dang-nhap"><a href="/admin/">Đăng nhập</a></span></div>
<div id="header"><a href="/"><img src="/templates/stttt/images/banner.jpg" alt="{esc(p.name)}" width="1000" height="140" /></a></div>
<div id="mainmenu"><ul class="nav-menu">
<li class="menu-item"><a href="/">Trang chủ</a></li>
<li class="menu-item"><a href="{PREFIX}gioi-thieu">Giới thiệu</a></li>
<li class="menu-item"><a href="{esc(self.listing_path(None))}">{esc(self.news.name)}</a>
<ul class="sub-menu">{menu}</ul></li>
<li class="menu-item"><a href="{PREFIX}van-ban">Văn bản</a></li>
<li class="menu-item"><a href="{PREFIX}lien-he">Liên hệ</a></li></ul>
<form class="search" method="get" action="{PREFIX}tim-kiem"><input type="text" name="q" placeholder="Tìm kiếm..." /><input type="hidden" name="PHPSESSID" value="{sid}" /></form></div>
<div id="chaomung"><marquee scrollamount="3">Chào mừng bạn đến với {esc(p.name)}!</marquee></div>
<div id="container" class="clearfix">
<div id="left-col">
<div class="module"><div class="module-title">Chuyên mục</div><ul class="list-cat">
<li><a href="{esc(self.listing_path(None))}">{esc(self.news.name)}</a></li>{menu}</ul></div>
<div class="module" id="tthc"><div class="module-title">Kết quả giải quyết TTHC</div>
<div class="module-content"><p>Tháng {t["month"]}/2026</p><table class="tk-tthc">
<tr><td>Tiếp nhận</td><td>{thousands(t["total"])}</td></tr>
<tr><td>Đúng hạn</td><td>{thousands(t["ontime"])}</td></tr>
<tr><td>Trễ hạn</td><td>{thousands(t["late"])}</td></tr>
<tr><td>Tỷ lệ đúng hạn</td><td>{t["percent"]}%</td></tr></table></div></div>
<div class="module"><div class="module-title">Liên kết website</div><div class="module-content">
<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>
<option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option></select>
<a href="https://dichvucong.gov.vn" target="_blank"><img src="/uploads/banner/dvcqg.jpg" alt="Cổng Dịch vụ công quốc gia" width="200" /></a></div></div>
</div>
<div id="center-col">
<div class="breadcrumb">{crumb}</div>
{main}
</div>
<div id="right-col">
<div class="module"><div class="module-title">Tin mới</div><ul class="list-news">{latest}</ul></div>
<div class="module" id="vanbanmoi"><div class="module-title">Văn bản mới</div><ul class="list-doc">{documents}</ul>
<a class="xem-them" href="{PREFIX}van-ban">Xem thêm</a></div>
<div class="module"><div class="module-title">Thăm dò ý kiến</div><div class="module-content">
<form method="post" action="/index.php?act=binhchon"><input type="hidden" name="PHPSESSID" value="{sid}" />
<p>{esc(question)}</p>{choices}<input type="submit" value="Bình chọn" /> <a href="javascript:void(0);" onclick="xemKetQua();">Kết quả</a></form></div></div>
<div class="module" id="thongke"><div class="module-title">Thống kê truy cập</div><div class="module-content">
<p>Đang truy cập: <b>{thousands(v["online"])}</b></p><p>Hôm nay: <b>{thousands(v["today"])}</b></p>
<p>Tháng này: <b>{thousands(v["month"])}</b></p><p>Tổng lượt truy cập: <b>{thousands(v["total"])}</b></p></div></div>
</div>
</div>
<div id="footer">
<p class="ten-co-quan">{esc(p.name.upper())}</p>
<p>Cơ quan chủ quản: {esc(p.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)}</p>
<p>{esc(reuse_notice(p))}</p>
<p class="ve-dau"><a href="javascript:window.scrollTo(0,0);">Về đầu trang</a></p>
</div>
</div>
</body>
</html>
"""

    # -- listings and home

    def row(self, item: Item, href: str) -> str:
        return (
            f'<div class="news-item clearfix"><a class="news-img" href="{esc(href)}"><img src="'
            f'{esc(image_path(item, 0, self.image_folder))}" alt="" width="160" height="110" /></a>'
            f'<h3 class="news-title"><a href="{esc(href)}">{esc(item.title)}</a></h3>'
            f'<span class="news-date">{listing_date(item.published)}</span>'
            f'<p class="news-sapo">{esc(item.sapo())}</p></div>'
        )

    def home_html(self, request: Request) -> str:
        blocks = []
        hot = self.latest(4)
        if hot:
            first, *others = hot
            href = f"{self.article_path(first)}?{TRACKING}"
            items = "".join(
                f'<li><a href="{esc(self.article_path(it))}?{esc(TRACKING)}">'
                f"{esc(it.title)}</a></li>"
                for it in others
            )
            blocks.append(
                f'<div class="tin-noi-bat"><div class="block-title">Tin nổi bật</div>'
                f'<div class="hot-main"><a href="{esc(href)}"><img src="'
                f'{esc(image_path(first, 0, self.image_folder))}" width="420" alt="" /></a>'
                f'<h2><a href="{esc(href)}">{esc(first.title)}</a></h2>'
                f'<p>{esc(first.sapo(limit=260))}</p></div><ul class="hot-list">{items}</ul></div>'
            )
        for section in self.sections.values():
            rows = "".join(
                self.row(it, f"{self.article_path(it)}?{TRACKING}")
                for it in self.listed(section)[:3]
            )
            blocks.append(
                f'<div class="home-cat"><div class="block-title"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></div>{rows}'
                f'<a class="xem-them" href="{esc(self.listing_path(section))}">Xem thêm &raquo;</a>'
                "</div>"
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
            current='<li class="current"><span>{n}</span></li>',
            gap='<li class="gap"><span>...</span></li>',
            prev='<li><a href="{href}" title="Trang trước">&lsaquo; Trước</a></li>',
            next_='<li><a href="{href}" title="Trang sau">Sau &rsaquo;</a></li>',
        )
        total = f'<li class="total"><span>Trang {page}/{pages}</span></li>'
        return f'<div class="paging"><ul>{total}{"".join(parts)}</ul></div>'

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        news = self.is_news(section)
        name = self.news.name if news else section.name
        link = self.news_alias if news else self.article_path
        rows = "".join(self.row(it, link(it)) for it in items)
        main = (
            f'<div class="cat-title"><h1>{esc(name)}</h1></div>'
            f'<div class="list-news-cat">{rows}</div>{self.pager(section, page, pages)}'
        )
        crumbs = [(name, "")] if news else [(self.news.name, self.listing_path(None)), (name, "")]
        return self.frame(name, crumbs, main, request)

    # -- the body

    def heading_html(self, block: Block) -> str:
        text = esc(block.text)
        return {
            "h3": f"<h3>{text}</h3>",
            "h4": f"<h4>{text}</h4>",
            "strong": f"<p><strong>{text}</strong></p>",
            "b": f"<p><b>{text}</b></p>",
            "strong-em": f"<p><strong><em>{text}</em></strong></p>",
        }[block.style]

    def list_html(self, block: Block) -> str:
        if block.style in ("ul", "ol"):
            items = "\n".join(f"<li>{esc(text)}</li>" for text in block.items)
            return f"<{block.style}>\n{items}\n</{block.style}>"
        marker = "- " if block.style == "dash" else "+ "
        return "\n".join(
            f'<p style="text-align: justify;">{marker}{esc(text)}</p>' for text in block.items
        )

    def table_html(self, block: Block) -> str:
        out = []
        if block.text:
            wrap = "strong" if stable_int(block.text + str(block.rows), 0, 1) else "em"
            out.append(f'<p style="text-align: center;"><{wrap}>{esc(block.text)}</{wrap}></p>')
        header, *rows = block.rows
        if block.style == "thead":
            head = "".join(f"<th>{esc(cell)}</th>" for cell in header)
            body = "\n".join(
                "<tr>" + "".join(f"<td>{esc(cell)}</td>" for cell in row) + "</tr>" for row in rows
            )
            out.append(
                f'<table class="table table-bordered">\n<thead><tr>{head}</tr></thead>\n'
                f"<tbody>\n{body}\n</tbody>\n</table>"
            )
        else:
            head = "".join(
                f'<td style="background-color:#d9e2f3;"><p style="text-align: center;"><strong>'
                f"{esc(cell)}</strong></p></td>"
                for cell in header
            )
            body = "\n".join(
                "<tr>"
                + "".join(
                    f'<td><p style="text-align: {"left" if n == len(row) - 3 else "center"};">'
                    f"{esc(cell)}</p></td>"
                    for n, cell in enumerate(row)
                )
                + "</tr>"
                for row in rows
            )
            out.append(
                '<table border="1" cellpadding="0" cellspacing="0" style="width:100%;">\n'
                f"<tbody>\n<tr>{head}</tr>\n{body}\n</tbody>\n</table>"
            )
        return "\n".join(out)

    def figure_html(self, item: Item, index: int, caption: str) -> str:
        src = esc(image_path(item, index, self.image_folder))
        return (
            f'<figure class="image" style="display:block;text-align:center;"><img alt="" '
            f'src="{src}" width="600" height="400" /><figcaption>{esc(caption)}</figcaption>'
            "</figure>"
        )

    def body_html(self, item: Item, revision: int) -> str:
        """The body as CKEditor stored it, with the author and the source at its end."""
        paragraphs = item.body(revision)
        blocks = report_blocks(item.key, paragraphs, item.published)
        photos: dict[int, list[tuple[int, str]]] = {}
        for index, image in enumerate(item.images):
            after = max(0, min(int(image.get("after", 0)), len(paragraphs) - 1))
            photos.setdefault(after, []).append((index, str(image.get("caption") or "")))
        justify = stable_int(item.key + "justify", 0, 1) == 1
        out = []
        for block in blocks:
            if block.kind == "heading":
                out.append(self.heading_html(block))
            elif block.kind == "list":
                out.append(self.list_html(block))
            elif block.kind == "table":
                out.append(self.table_html(block))
            elif block.kind == "note":
                out.append(f"<p><em>{esc(block.text)}</em></p>")
            elif justify:
                out.append(f'<p style="text-align: justify;">{esc(block.text)}</p>')
            else:
                out.append(f"<p>{esc(block.text)}</p>")
            if block.source is not None:
                out += [self.figure_html(item, n, c) for n, c in photos.get(block.source, [])]
        if item.author:
            out.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            out.append(f'<p style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>')
        return "\n".join(out)

    # -- article, print, static and error pages

    def article_html(self, item: Item, request: Request) -> str:
        sid = self.session_id(request)
        related = "".join(
            f'<li><a href="{esc(self.article_path(it))}?PHPSESSID={sid}">{esc(it.title)}</a> '
            f'<span class="date">{listing_date(it.published)}</span></li>'
            for it in self.others(item, 6)
        )
        share = esc(f"http://{self.portal.domain}{self.article_path(item)}")
        main = f"""<div class="news-detail">
<h1 class="news-detail-title">{esc(item.title)}</h1>
<div class="news-detail-info"><span class="post-date">{posted_stamp(item.published)}</span>
<span class="views">Lượt xem: {thousands(view_count(item.key))}</span>
<span class="tools"><a href="{esc(self.print_path(item))}" target="_blank" title="In bài"><img src="/templates/stttt/images/print.png" alt="In bài" /></a>
<a href="javascript:void(0);" onclick="guiEmail({item.number});" title="Gửi email"><img src="/templates/stttt/images/email.png" alt="Gửi email" /></a>
<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="nofollow">Chia sẻ</a></span></div>
<div class="news-detail-content">
{self.body_html(item, request.revision)}
</div>
<div class="news-detail-bottom"><a href="javascript:history.back();">&laquo; Quay lại</a> | <a href="javascript:window.scrollTo(0,0);">Về đầu trang</a></div>
<div class="news-other"><div class="block-title">Tin cùng chuyên mục</div><ul>{related}</ul></div>
</div>"""
        crumbs = [(self.news.name, self.listing_path(None))]
        if not self.is_news(item.section):
            crumbs.append((item.section.name, self.listing_path(item.section)))
        return self.frame(item.title, crumbs, main, request)

    def print_html(self, item: Item, request: Request) -> str:
        p = self.portal
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(item.title)}</title><link rel="stylesheet" type="text/css" href="/templates/stttt/css/print.css" /></head>
<body onload="window.print();"><div id="print-page">
<div class="print-header">{esc(p.name.upper())}</div>
<h1 class="print-title">{esc(item.title)}</h1>
<div class="print-date">{posted_stamp(item.published)}</div>
<div class="print-content">
{self.body_html(item, request.revision)}
</div>
<div class="print-footer">Địa chỉ bài viết: http://{esc(p.domain)}{esc(self.article_path(item))}</div>
</div></body></html>
"""

    def static_html(self, slug: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[slug]
        text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        main = (
            f'<div class="news-detail"><h1 class="news-detail-title">{esc(title)}</h1>'
            f'<div class="news-detail-content">{text}</div></div>'
        )
        return self.frame(title, [(title, "")], main, request)

    def documents_html(self, request: Request) -> str:
        rows = "".join(
            f"<tr><td>{esc(number)}</td><td>{day}</td><td>{esc(summary)}</td></tr>"
            for number, day, summary in NEW_DOCUMENTS
        )
        main = (
            '<div class="cat-title"><h1>Văn bản</h1></div><table class="table-vanban">'
            "<tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>"
            f"{rows}</table>"
        )
        return self.frame("Văn bản", [("Văn bản", "")], main, request)

    def error_html(self, status: int) -> str:
        heading = "Trang không tồn tại" if status == 404 else "Lỗi máy chủ"
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{heading}</title></head><body><div style="width:560px;margin:80px auto;text-align:center">
<h2>{heading}</h2><p>Địa chỉ bạn truy cập không tồn tại hoặc đã bị gỡ bỏ.</p>
<p><a href="/">Quay về trang chủ</a></p></div></body></html>
"""
