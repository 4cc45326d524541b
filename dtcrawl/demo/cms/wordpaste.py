"""A district portal on an older ASP.NET CMS whose staff paste their articles straight from Word.

The CMS (a provincial vendor's, ASP.NET WebForms 3.5 on IIS 7.5, an URL rewriter in front)
embeds a WYSIWYG editor that keeps whatever the clipboard holds. About a third of the articles
were typed in the editor (clean ``<p style="text-align: justify;">``); the rest are Word
documents pasted as they were, by staff on three generations of Word (:data:`PROFILES`):

- Word 2003 through the old editor in Internet Explorer: unquoted attributes and single-quoted
  styles (``<p class=MsoNormal style='…'>``), lines hard-wrapped at about 76 characters (a line
  break stands for a space, inside tags too), ``<?xml:namespace prefix = o … />`` before the first
  ``<o:p>``, smart tags around place names (``<st1:place w:st="on">``, ``<st1:City>``,
  ``<st1:country-region>``), downlevel-revealed conditionals kept raw (``<![if !supportLists]>``,
  ``<![if !vml]>``, ``<![if !supportFootnotes]>``), ``<div class=Section1>``;
- Word 2010 and Word 2016 (Office 365) through the newer editor: double quotes with
  ``&quot;`` inside styles, the conditionals turned into comments around visible text
  (``<!--[if !supportLists]-->1.<!--[endif]-->``), ``<!--[if gte mso 9]><xml>…</xml><![endif]-->``
  and ``<!--[if gte mso 10]><style>…</style><![endif]-->`` blocks at the top, ``MsoListParagraph
  CxSpFirst/Middle/Last`` lists, ``<div class="WordSection1">``, ``<!--StartFragment-->``; in a few
  articles the sanitiser dropped the comment marks and kept the ``<xml>`` block, whose values
  show above the text ("Normal 0 false false false EN-US X-NONE X-NONE");

and in every Word paste: ``<span lang="EN-US" style="font-size:14.0pt;font-family:…">`` runs
split anywhere (inside a syllable too), ``mso-spacerun`` double spaces, empty ``<o:p></o:p>``
and ``<p class="MsoNormal"><o:p>&nbsp;</o:p></p>`` spacers, ``mso-tab-count`` tab runs of
``&nbsp;`` (first lines indented with the Tab key by some authors, a byline pushed right; no
dotted leaders: their dots would be text), ``<a name="_GoBack">`` bookmarks, page breaks (``<br clear=all
style='page-break-before:always'>``), photos as ``<v:shape>`` in a ``<!--[if gte vml 1]>``
comment with their ``<img>`` in ``<![if !vml]>`` and a ``MsoCaption`` line (or a
``MsoTableGrid`` of photo and caption).

Many of the Word pastes are reports (:func:`plan_of`, :func:`report_blocks`): headings as bold
``MsoNormal`` paragraphs ("1. Kết quả …", "I. KẾT QUẢ …", or none) or as Word's Heading 1, an
``<h1 style="…mso-…">`` inside the body (some numbered by Word: "I." in ``mso-list:Ignore``);
a line ending with ":" and a list (Word's numbered "1.", lettered "a)" and dashed "-" lists, the
marker in ``<span style="mso-list:Ignore">`` followed by ``&nbsp;``s, or "+ " typed by hand); a
table of figures (``MsoTableGrid``/``MsoNormalTable``, a bold caption line above it); footnotes
(``<a href="#_ftn1" name="_ftnref1">[1]</a>`` in the text, ``<div id="ftn1">`` notes in a
``mso-element:footnote-list`` after the text, under a short ``<hr>``). Clean articles follow the
same plan in plain markup (``<p><strong>``, typed markers, ``<sup>[1]</sup>``).

The gold (:func:`gold_paragraphs`, :func:`gold_corpus`) is what a careful reader copies from the
page: every paragraph, heading, intro line and list item as shown, in order, list markers as Word
shows them ("1. …", "a) …", "+ …" typed; the ``&nbsp;`` after them is one space) but for the
bullet of a Word list ("-"), the list's drawing as an ``<li>``'s dot is; a table as
its caption line and then one paragraph a row, cells joined by " | "; footnote markers where they
stand in the text ("…trong tuần qua.[1] Mặt khác…") and the footnotes, each "[1] …", as the last
paragraphs of the body (they are the article's references, printed with it). Photo captions,
the author's line and "Nguồn: …" are not body; Word's leaked ``<xml>`` values are no text.

The author is typed at the end of the Word text in some pastes (bold and right-aligned, or pushed
right with a tab run; "Tin, ảnh: …" under articles with photos), before the footnotes; otherwise
the CMS's author field prints it under the text, with the source field ("Nguồn: …").

URL shapes (the rewriter is case-insensitive, like IIS; ASP.NET reads ``?Page=`` in any case):

- home ``/`` (also ``/Default.aspx``); static ``/gioi-thieu.aspx``, ``/lien-he.aspx``;
- listing ``/chuyen-muc/<section-slug>-<id>.aspx``, page N ``…aspx?Page=N`` (page 1 linked bare);
  the general news section ``tin-tuc-su-kien`` lists every article;
- article ``/tin-tuc/<slug>-<id>.aspx`` (the rewriter reads only the id); its un-rewritten page
  ``/News/Detail.aspx?id=<id>`` is what the RSS feeds link; print view ``/InTin.aspx?id=<id>``;
- RSS: ``/RSS.aspx`` lists ``/rss/<section-slug>.rss`` feeds (and a stale "Tin ảnh" feed that
  answers 404); the head links the news feed;
- a deleted article answers the CMS's 404 page, another ASP.NET's "Runtime Error" page (500).
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, NamedTuple

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
    weekday,
)

__all__ = [
    "PROFILES",
    "Block",
    "Body",
    "WordPasteSite",
    "date_line",
    "gold_corpus",
    "gold_paragraphs",
    "plan_of",
    "report_blocks",
    "sentences",
    "typed_byline",
]

_ARTICLE = re.compile(r"^/tin-tuc/(?:[a-z0-9-]*-)?(\d+)\.aspx$")
_LISTING = re.compile(r"^/chuyen-muc/(?:[a-z0-9-]*-)?(\d+)\.aspx$")
_FEED = re.compile(r"^/rss/([a-z0-9-]+)\.rss$")
LEGACY = "/News/Detail.aspx"
PRINT = "/InTin.aspx"
STALE_FEED = "/rss/tin-anh.rss"
STATIC_PAGES = {
    "/gioi-thieu.aspx": (
        "Giới thiệu huyện Lạc Long",
        [
            "Huyện Lạc Long có 16 đơn vị hành chính cấp xã, gồm 14 xã và 2 thị trấn; huyện lỵ đặt "
            "tại thị trấn Lạc Long, cách trung tâm tỉnh khoảng 45 km về phía đông nam.",
            "Cổng thông tin điện tử huyện đăng tải thông tin về hoạt động lãnh đạo, chỉ đạo, điều "
            "hành của Huyện ủy, HĐND, UBND huyện và của các xã, thị trấn.",
        ],
    ),
    "/lien-he.aspx": (
        "Liên hệ",
        [
            "Mọi thông tin, bài viết gửi đăng xin gửi về Văn phòng HĐND và UBND huyện Lạc Long, "
            "bộ phận biên tập Cổng thông tin điện tử.",
            "Tin bài gửi kèm tệp Word hoặc PDF; ảnh gửi riêng, mỗi ảnh kèm chú thích.",
        ],
    ),
}

# ---------------------------------------------------------------- the text (the gold)


class Block(NamedTuple):
    """One block of an article as its author wrote it.

    ``kind``: ``p`` (a corpus paragraph, ``source`` its index; ``refs`` the footnote markers in
    it, as (character offset, number)), ``heading`` (``style``: ``bold``, ``h1`` or ``h1-list``;
    ``marker`` its number, "1.", "I." or ""), ``intro`` (a line ending with ":"), ``item`` (a list
    item: ``marker`` "1.", "a)", "-" or "+", ``style`` ``word`` for Word's own lists or ``typed``,
    ``index`` its place in its list, ``count`` the list's length), ``table`` (``rows``, header
    first; ``text`` its caption line or "").
    """

    kind: str
    text: str = ""
    style: str = ""
    marker: str = ""
    source: int | None = None
    refs: tuple[tuple[int, int], ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    index: int = 0
    count: int = 1


class Body(NamedTuple):
    """An article's blocks and its footnotes (in the order of their numbers)."""

    blocks: list[Block]
    notes: list[str]


_HEADS = (
    ("Kết quả triển khai thời gian qua", "Những việc đã làm được", "Kết quả bước đầu"),
    ("Một số khó khăn, hạn chế", "Tồn tại và nguyên nhân", "Những mặt còn hạn chế"),
    ("Nhiệm vụ thời gian tới", "Giải pháp trọng tâm trong thời gian tới", "Phương hướng năm tới"),
)
_INTROS = (
    (
        "Những việc đã làm được gồm:",
        "Một số kết quả cụ thể:",
        "Huyện đã tập trung triển khai các nội dung sau:",
    ),
    ("Nguyên nhân của những hạn chế trên là:", "Một số tồn tại cần sớm khắc phục:"),
    (
        "Thời gian tới, UBND huyện yêu cầu các cơ quan, đơn vị:",
        "Các nhiệm vụ cần tập trung thực hiện:",
        "Để hoàn thành kế hoạch năm, các phòng, ban và UBND các xã, thị trấn cần:",
    ),
)
#: How the level-one headings of a report are written.
HEAD_STYLES = ("number", "roman", "bold", "h1", "h1-list")
#: List markers: Word's numbered, lettered and dashed lists, and "+" typed by hand.
LIST_STYLES = ("number", "letter", "dash", "plus")
_TABLE_ROWS = (
    ("Hồ sơ tiếp nhận qua dịch vụ công trực tuyến", "hồ sơ", "big"),
    ("Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "pct"),
    ("Tài khoản định danh điện tử được kích hoạt", "tài khoản", "big"),
    ("Hộ kinh doanh thanh toán không dùng tiền mặt", "hộ", "mid"),
    ("Tổ công nghệ số cộng đồng cấp thôn, khu phố", "tổ", "small"),
    ("Tỷ lệ văn bản đi được ký số", "%", "pct"),
    ("Điểm phát sóng wifi miễn phí nơi công cộng", "điểm", "small"),
)
_TABLE_CAPTIONS = (
    "Bảng: Một số chỉ tiêu chuyển đổi số của huyện",
    "Bảng tổng hợp kết quả thực hiện các chỉ tiêu",
    "Kết quả thực hiện một số chỉ tiêu chủ yếu",
)
_SENTENCE_END = re.compile(r"(?<=[.!?]) (?=[^\W\d_])")


def sentences(text: str) -> list[str]:
    """``text`` cut into its sentences (a full stop, then a space and a letter).

    >>> sentences("Quý II. Huyện có 94.687 hồ sơ. Xong.")
    ['Quý II.', 'Huyện có 94.687 hồ sơ.', 'Xong.']
    """
    return _SENTENCE_END.split(text)


def plan_of(key: str) -> str:
    """How article ``key`` is written: ``plain`` paragraphs, a ``report`` with headings and
    lists, or a report with a ``table`` of figures (the same for the same key).

    >>> plan_of("x") in ("plain", "report", "table")
    True
    """
    roll = stable_int(key + "wordpaste-plan", 0, 99)
    return "plain" if roll < 40 else "table" if roll < 62 else "report"


def note_count(key: str) -> int:
    """How many footnotes article ``key`` has (0, 1 or 2)."""
    roll = stable_int(key + "wordpaste-notes", 0, 99)
    return 0 if roll < 55 else 1 if roll < 85 else 2


def _note_texts(rng: random.Random, published: datetime, count: int) -> list[str]:
    # The plan cited was issued earlier in the year (in December before a January article).
    year = published.year if published.month > 1 else published.year - 1
    month = rng.randint(1, published.month - 1) if published.month > 1 else 12
    day = rng.randint(2, 27)
    choices = [
        f"Kế hoạch số {rng.randint(12, 290)}/KH-UBND ngày {day}/{month}/{year} của UBND huyện Lạc "
        f"Long về thực hiện nhiệm vụ chuyển đổi số năm {year}.",
        "Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình "
        "Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030.",
        f"Nghị quyết số {rng.randint(3, 15):02d}-NQ/HU của Ban Chấp hành Đảng bộ huyện về chuyển "
        "đổi số giai đoạn 2021 - 2025, định hướng đến năm 2030.",
        f"Số liệu do Văn phòng HĐND và UBND huyện tổng hợp đến hết tháng {month}/{year}.",
        f"Theo Sách trắng Công nghệ thông tin và Truyền thông Việt Nam năm {year - 1}.",
    ]
    return rng.sample(choices, count)


def _with_refs(text: str, numbers: list[int], rng: random.Random) -> Block:
    """A paragraph with footnote markers after some of its sentences (or at its end)."""
    parts = sentences(text)
    ends: list[int] = []
    offset = 0
    for part in parts:
        offset += len(part)
        ends.append(offset)
        offset += 1
    picked = sorted(rng.sample(ends, min(len(numbers), len(ends))))
    while len(picked) < len(numbers):
        picked.append(ends[-1])
    return Block("p", text, refs=tuple(zip(picked, numbers, strict=True)))


def _items(text: str, style: str) -> list[Block] | None:
    parts = sentences(text)
    if len(parts) < 2:
        return None
    markers = {
        "number": [f"{n}." for n in range(1, len(parts) + 1)],
        "letter": [f"{'abcdefghik'[n]})" for n in range(len(parts))],
        "dash": ["-"] * len(parts),
        "plus": ["+"] * len(parts),
    }[style]
    kind = "typed" if style == "plus" else "word"
    return [
        Block("item", part, kind, marker, index=n, count=len(parts))
        for n, (part, marker) in enumerate(zip(parts, markers, strict=True))
    ]


def _figures(kind: str, rng: random.Random) -> str:
    if kind == "pct":
        value = rng.randint(700, 999)
        return f"{value // 10},{value % 10}"
    high = {"big": 60_000, "mid": 4_000, "small": 90}[kind]
    return thousands(rng.randint(high // 12, high))


def report_blocks(key: str, paragraphs: Sequence[str], published: datetime) -> Body:
    """The blocks and footnotes of article ``key`` (corpus ``paragraphs``, published at
    ``published``) as :func:`plan_of` says; every corpus paragraph is there, in order.

    >>> body = report_blocks("k", ["Mở đầu.", "Một. Hai.", "Ba. Bốn.", "Năm. Sáu."],
    ...                      datetime(2024, 10, 3))
    >>> [b.source for b in body.blocks if b.kind == "p"] == sorted(
    ...     b.source for b in body.blocks if b.kind == "p")
    True
    """
    rng = random.Random(stable_int(key + "wordpaste", 0, 2**48))
    count = len(paragraphs)
    notes = _note_texts(rng, published, note_count(key)) if count > 1 else []
    # Footnote markers go into paragraphs after the lead, in order of their numbers.
    carriers = sorted(rng.sample(range(1, count), min(len(notes), count - 1))) if notes else []
    per_paragraph: dict[int, list[int]] = {}
    for number in range(1, len(notes) + 1):
        per_paragraph.setdefault(carriers[min(number - 1, len(carriers) - 1)], []).append(number)

    def paragraph(index: int) -> Block:
        block = Block("p", paragraphs[index])
        if index in per_paragraph:
            block = _with_refs(paragraphs[index], per_paragraph[index], rng)
        return block._replace(source=index)

    def listed(index: int, intro: str, style: str) -> list[Block]:
        if index in per_paragraph:
            return [paragraph(index)]
        items = _items(paragraphs[index], style)
        if items is None:
            return [paragraph(index)]
        return [Block("intro", intro)] + [b._replace(source=index) for b in items]

    plan = plan_of(key)
    if plan == "plain" or count < 4:
        return Body([paragraph(n) for n in range(count)], notes)
    head_style = HEAD_STYLES[stable_int(key + "heads", 0, len(HEAD_STYLES) - 1)]
    first_list, second_list = rng.sample(LIST_STYLES, 2)
    heads = [rng.choice(options) for options in _HEADS]

    def heading(number: int) -> Block:
        text = heads[number]
        if head_style == "number":
            return Block("heading", text, "bold", f"{number + 1}.")
        if head_style == "bold":
            return Block("heading", text, "bold")
        marker = ("I.", "II.", "III.")[number]
        style = {"roman": "bold", "h1": "h1", "h1-list": "h1-list"}[head_style]
        return Block("heading", text.upper(), style, marker)

    rest = list(range(1, count))
    cut = (len(rest) + 1) // 2
    part1, part2, last = rest[:cut], rest[cut:-1], rest[-1]
    blocks = [paragraph(0), heading(0)]
    for position, index in enumerate(part1):
        if position == len(part1) - 1 and position > 0:
            blocks += listed(index, rng.choice(_INTROS[0]), first_list)
        else:
            blocks.append(paragraph(index))
    if plan == "table":
        until = published.replace(day=1) - timedelta(days=1)
        picked = rng.sample(_TABLE_ROWS, rng.randint(3, 5))
        rows = [("TT", "Chỉ tiêu", "Đơn vị tính", f"Kết quả đến {until.month}/{until.year}")]
        rows += [(str(n), label, unit, _figures(kind, rng)) for n, (label, unit, kind) in
                 enumerate(picked, 1)]  # fmt: skip
        caption = rng.choice(_TABLE_CAPTIONS) if rng.random() < 0.6 else ""
        blocks.append(Block("table", caption, rows=tuple(rows)))
    number = 1
    if part2:
        blocks.append(heading(number))
        number += 1
        blocks += [paragraph(index) for index in part2]
    blocks.append(heading(number))
    blocks += listed(last, rng.choice(_INTROS[2]), second_list)
    return Body(blocks, notes)


def block_gold(block: Block) -> list[str]:
    """The gold paragraphs of one block (see the module docstring).

    >>> block_gold(Block("p", "Một. Hai.", refs=((4, 1),)))
    ['Một.[1] Hai.']
    >>> block_gold(Block("item", "Hai.", "word", "a)"))
    ['a) Hai.']
    >>> block_gold(Block("table", "", rows=(("TT", "Chỉ tiêu"), ("1", "Hồ sơ"))))
    ['TT | Chỉ tiêu', '1 | Hồ sơ']
    """
    if block.kind == "p":
        return [marked_text(block)]
    if block.kind == "item" and block.style == "word" and block.marker == "-":
        return [block.text]  # a Word list's bullet: the list's drawing, as an <li>'s dot
    if block.kind in ("heading", "item"):
        return [f"{block.marker} {block.text}" if block.marker else block.text]
    if block.kind == "table":
        return ([block.text] if block.text else []) + [" | ".join(row) for row in block.rows]
    return [block.text]


def marked_text(block: Block) -> str:
    """A paragraph's text with its footnote markers ("[1]") where they stand."""
    text, out, last = block.text, [], 0
    for offset, number in block.refs:
        out += [text[last:offset], f"[{number}]"]
        last = offset
    return "".join(out) + text[last:]


def gold_paragraphs(body: Body) -> list[str]:
    """The gold body of an article written as ``body``: its blocks, then its footnotes.

    >>> gold_paragraphs(Body([Block("heading", "Kết quả", "bold", "1.")], ["Nguồn số liệu."]))
    ['1. Kết quả', '[1] Nguồn số liệu.']
    """
    lines = [text for block in body.blocks for text in block_gold(block)]
    return lines + [f"[{n}] {note}" for n, note in enumerate(body.notes, 1)]


def gold_corpus(corpus: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
    """``corpus`` (``{portal_id: [DemoArticle, ...]}``, as the site is served from) with each
    article's ``paragraphs`` replaced by its gold paragraphs and each photo's ``after`` moved to
    the gold paragraph it follows: the gold of the crawl of a ``wordpaste`` portal.

    >>> from dtcrawl.bench.synthetic import demo_corpus
    >>> served = demo_corpus(8, "huyen-laclong")["huyen-laclong"]
    >>> gold = gold_corpus({"huyen-laclong": served})["huyen-laclong"]
    >>> all(len(g.paragraphs) >= len(s.paragraphs) for s, g in zip(served, gold))
    True
    """
    out: dict[str, list[Any]] = {}
    for portal_id, articles in corpus.items():
        out[portal_id] = []
        for article in articles:
            body = report_blocks(article.key, article.paragraphs, article.published)
            lines: list[str] = []
            after: dict[int, int] = {}
            for block in body.blocks:
                lines += block_gold(block)
                if block.source is not None:
                    after[block.source] = len(lines) - 1
            images = tuple(
                {**image, "after": after.get(int(image.get("after", 0)), len(lines) - 1)}
                for image in (article.images or ())
            )
            paragraphs = tuple(gold_paragraphs(body))
            out[portal_id].append(
                dataclasses.replace(article, paragraphs=paragraphs, images=images)
            )
    return out


# ---------------------------------------------------------------- Word's markup


@dataclass(frozen=True)
class Profile:
    """How one generation of Word (and the editor it was pasted through) writes HTML."""

    name: str
    raw: bool  # attributes as Word wrote them (unquoted, styles in single quotes)
    font: str  # a run's style
    para: str  # a body paragraph's style
    section: str  # the class of Word's section <div>
    smart_tags: bool
    wrap: bool  # lines hard-wrapped at 76 characters
    list_class: bool  # MsoListParagraphCxSp… classes for list paragraphs


PROFILES = {
    "word2003": Profile(
        "word2003",
        raw=True,
        font='font-size:14.0pt;font-family:"Times New Roman";mso-fareast-font-family:"Times New Roman"',
        para="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt",
        section="Section1",
        smart_tags=True,
        wrap=True,
        list_class=False,
    ),
    "word2010": Profile(
        "word2010",
        raw=False,
        font='font-size:14.0pt;line-height:115%;font-family:"Times New Roman","serif";'
        "mso-fareast-font-family:Calibri;mso-fareast-theme-font:minor-latin",
        para="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:115%",
        section="WordSection1",
        smart_tags=False,
        wrap=False,
        list_class=True,
    ),
    "word2016": Profile(
        "word2016",
        raw=False,
        font='font-size:14.0pt;font-family:"Times New Roman",serif;'
        'mso-fareast-font-family:"Times New Roman"',
        para="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:normal",
        section="WordSection1",
        smart_tags=False,
        wrap=False,
        list_class=True,
    ),
}
_UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
_PLACE = re.compile(rf"\b(phố|trấn|huyện) ([{_UPPER}]\w*(?: [{_UPPER}]\w*)*)")
_LEAKED_XML = """<xml><w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:TrackMoves/>
  <w:TrackFormatting/>
  <w:PunctuationKerning/>
  <w:ValidateAgainstSchemas/>
  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>
  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>
  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>
  <w:DoNotPromoteQF/>
  <w:LidThemeOther>EN-US</w:LidThemeOther>
  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>
  <w:LidThemeComplexScript>X-NONE</w:LidThemeComplexScript>
  <w:Compatibility>
   <w:BreakWrappedTables/>
   <w:SnapToGridInCell/>
   <w:WrapTextWithPunct/>
   <w:UseAsianBreakRules/>
   <w:DontGrowAutofit/>
  </w:Compatibility>
 </w:WordDocument>
</xml>"""
_STYLE = (
    "<style>\n /* Style Definitions */\n table.MsoNormalTable\n"
    '\t{mso-style-name:"Table Normal";\n\tmso-tstyle-rowband-size:0;\n\tmso-tstyle-colband-size:0;\n'
    '\tmso-style-noshow:yes;\n\tmso-style-priority:99;\n\tmso-style-parent:"";\n'
    "\tmso-padding-alt:0cm 5.4pt 0cm 5.4pt;\n\tmso-para-margin:0cm;\n\tfont-size:11.0pt;\n"
    '\tfont-family:"Calibri",sans-serif;}\n</style>'
)
_XML_COMMENTS = (
    "<!--[if gte mso 9]><xml>\n <o:OfficeDocumentSettings>\n  <o:AllowPNG/>\n"
    " </o:OfficeDocumentSettings>\n</xml><![endif]-->"
    "<!--[if gte mso 9]>" + _LEAKED_XML + "<![endif]-->"
    '<!--[if gte mso 9]><xml>\n <w:LatentStyles DefLockedState="false" DefUnhideWhenUsed="false"'
    ' DefSemiHidden="false" DefQFormat="false" DefPriority="99" LatentStyleCount="371">\n'
    '  <w:LsdException Locked="false" Priority="0" QFormat="true" Name="Normal"/>\n'
    '  <w:LsdException Locked="false" Priority="9" QFormat="true" Name="heading 1"/>\n'
    " </w:LatentStyles>\n</xml><![endif]-->"
    "<!--[if gte mso 10]>\n" + _STYLE + "\n<![endif]-->"
)
_NS_O = '<?xml:namespace prefix = o ns = "urn:schemas-microsoft-com:office:office" />'
_NS_ST1 = '<?xml:namespace prefix = st1 ns = "urn:schemas-microsoft-com:office:smarttags" />'


def hard_wrap(markup: str, width: int = 76) -> str:
    """Word 2003's HTML lines: a space at most every ``width`` characters becomes a line break.

    >>> hard_wrap("một hai ba bốn năm", 8)
    'một hai\\nba bốn\\nnăm'
    """
    lines: list[str] = []
    current = ""
    for word in markup.split(" "):
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    lines.append(current)
    return "\n".join(lines)


def runs(text: str, seed: str) -> list[str]:
    """``text`` cut into the 1-4 runs Word writes as separate ``<span>``s: mostly at a space,
    now and then inside a syllable; joined they give ``text`` back.

    >>> "".join(runs("Chuyển đổi số là nhiệm vụ trọng tâm của cả hệ thống chính trị", "k")) == (
    ...     "Chuyển đổi số là nhiệm vụ trọng tâm của cả hệ thống chính trị")
    True
    """
    count = stable_int(seed + "runs", 1, 4)
    cuts: list[int] = []
    for n in range(1, count):
        at = len(text) * n // count
        if stable_int(f"{seed}cut{n}", 0, 3):
            space = text.find(" ", at)
            at = space + 1 if space > 0 else at
        if 0 < at < len(text) and (not cuts or at > cuts[-1]):
            cuts.append(at)
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]


class Writer:
    """Writes an article's blocks as one Word profile (or the editor's clean markup) does."""

    def __init__(self, site: WordPasteSite, item: Item, profile: Profile | None):
        self.site, self.item, self.w = site, item, profile
        self.counter = 0

    # -- attribute and run helpers

    def attr(self, name: str, value: str) -> str:
        """An attribute as the profile serialises it."""
        if self.w is not None and self.w.raw:
            if name != "style" and re.fullmatch(r"[\w.:#-]+", value):
                return f"{name}={value}"
            return f"{name}='{value}'"
        return f'{name}="{value.replace(chr(34), "&quot;")}"'

    def cond(self, condition: str, inner: str) -> str:
        """A downlevel-revealed conditional: raw in Word 2003 pastes, comments otherwise."""
        if self.w is not None and self.w.raw:
            return f"<![if {condition}]>{inner}<![endif]>"
        return f"<!--[if {condition}]-->{inner}<!--[endif]-->"

    def span(self, inner: str, lang: str = "EN-US", style: str | None = None) -> str:
        return f"<span {self.attr('lang', lang)} {self.attr('style', style or self.w.font)}>{inner}</span>"

    def smart(self, escaped: str) -> str:
        """Word 2003's smart tags around place names (and the country's name)."""

        def place(match: re.Match) -> str:
            kind, name = match.group(1), match.group(2)
            inner = f'<st1:place w:st="on">{name}</st1:place>'
            if kind == "phố":
                inner = f'<st1:City w:st="on">{inner}</st1:City>'
            return f"{kind} {inner}"

        escaped = _PLACE.sub(place, escaped)
        return escaped.replace(
            "Việt Nam",
            '<st1:country-region w:st="on"><st1:place w:st="on">Việt Nam</st1:place>'
            "</st1:country-region>",
        )

    def word_runs(self, text: str, seed: str) -> str:
        """``text`` as Word's runs of spans (escaped), with a double space now and then."""
        out = []
        for n, run in enumerate(runs(text, seed)):
            escaped = esc(run)
            if n == 0 and stable_int(seed + "spacerun", 0, 2) == 0 and ", " in escaped:
                escaped = escaped.replace(
                    ", ", f",<span {self.attr('style', 'mso-spacerun:yes')}>&nbsp; </span>", 1
                )
            if self.w.smart_tags:
                escaped = self.smart(escaped)
            out.append(self.span(escaped, "EN-US" if n % 2 == 0 else "VI"))
        return "".join(out)

    def p(
        self,
        inner: str,
        style: str | None = None,
        cls: str = "MsoNormal",
        align: str = "",
        end: str = "<o:p></o:p>",
    ) -> str:
        aligned = f" {self.attr('align', align)}" if align else ""
        markup = (
            f"<p {self.attr('class', cls)}{aligned} {self.attr('style', style or self.w.para)}>"
            f"{inner}{end}</p>"
        )
        return hard_wrap(markup) if self.w.wrap else markup

    def spacer(self) -> str:
        """An empty paragraph: Word's blank line."""
        if self.w.name == "word2016":
            return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        return self.p(self.span("<o:p>&nbsp;</o:p>"), end="")

    # -- Word blocks

    def ref(self, number: int) -> str:
        label = self.span(f"[{number}]", style=self.w.font)
        inner = f"<span {self.attr('class', 'MsoFootnoteReference')}>{label}</span>"
        special = self.attr("style", "mso-special-character:footnote")
        inner = self.cond("!supportFootnotes", inner)
        if self.w.raw:
            inner = f"<span {special}>{inner}</span>"
        anchor = f'href="#_ftn{number}" name="_ftnref{number}" title=""'
        if self.w.raw:
            anchor = f"{self.attr('style', f'mso-footnote-id:ftn{number}')} {anchor}"
        return f"<a {anchor}><span {self.attr('class', 'MsoFootnoteReference')}>{inner}</span></a>"

    def paragraph(self, block: Block, seed: str) -> str:
        pieces, last = [], 0
        for offset, number in block.refs:
            pieces.append(self.word_runs(block.text[last:offset], f"{seed}:{offset}"))
            pieces.append(self.ref(number))
            last = offset
        tail = block.text[last:]
        if tail.strip():
            pieces.append(self.word_runs(tail, f"{seed}:tail"))
        if self.w.name != "word2003" and stable_int(seed + "goback", 0, 9) == 0:
            pieces.append('<a name="_GoBack"></a>')
        if self.item.extra.get("tab_indent"):
            # The author indented the first line with the Tab key, not the paragraph's indent.
            tab = f"<span {self.attr('style', 'mso-tab-count:1')}>" + "&nbsp;" * 11 + " </span>"
            style = self.w.para.replace("text-indent:36.0pt", "tab-stops:36.0pt")
            return self.p(self.span(tab) + "".join(pieces), style=style)
        return self.p("".join(pieces))

    def heading(self, block: Block, seed: str) -> str:
        if block.style == "bold":
            text = f"{block.marker} {block.text}" if block.marker else block.text
            return self.p(f"<b>{self.span(esc(text))}</b>", style=self.w.para + ";margin-top:6.0pt")
        style = (
            "margin-top:12.0pt;margin-right:0cm;margin-bottom:6.0pt;margin-left:0cm;"
            "text-align:justify;mso-pagination:widow-orphan;mso-outline-level:1"
        )
        font = self.w.font.replace("font-size:14.0pt", "font-size:14.0pt;mso-font-kerning:0pt")
        if block.style == "h1-list":
            style += ";mso-list:l1 level1 lfo2"
            font7 = self.attr("style", 'font:7.0pt "Times New Roman"')
            marker = self.span(
                f"<span {self.attr('style', 'mso-list:Ignore')}>{esc(block.marker)}"
                f"<span {font7}>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>",
                style=font,
            )
            inner = self.cond("!supportLists", marker) + self.span(esc(block.text), style=font)
        else:
            inner = self.span(esc(f"{block.marker} {block.text}"), style=font)
        toc = stable_int(seed + "toc", 100_000, 999_999)
        markup = (
            f'<h1 {self.attr("style", style)}><a name="_Toc{toc}"></a>{inner}'
            f"<span {self.attr('style', font)}><o:p></o:p></span></h1>"
        )
        return hard_wrap(markup) if self.w.wrap else markup

    def list_item(self, block: Block, seed: str) -> str:
        text = self.word_runs(block.text, seed)
        if block.style == "typed":
            return self.p(self.span(esc(block.marker) + " ") + text)
        indent = 54 if block.marker != "-" else 36
        style = (
            f"margin-left:{indent}.0pt;text-align:justify;text-indent:-18.0pt;"
            f"mso-list:l0 level1 lfo{1 if block.marker != '-' else 3}"
        )
        cls = "MsoNormal"
        if self.w.list_class:
            style = style.replace("text-align", "mso-add-space:auto;text-align")
            place = (
                "MsoListParagraph"
                if block.count == 1
                else "First"
                if block.index == 0
                else "Last"
                if block.index == block.count - 1
                else "Middle"
            )
            cls = place if place == "MsoListParagraph" else f"MsoListParagraphCxSp{place}"
        else:
            style += f";tab-stops:list {indent}.0pt"
        pad = "&nbsp;" * (5 if len(block.marker) > 1 else 7)
        end = " " if self.w.raw else ""
        font7 = 'font:7.0pt "Times New Roman"'
        marker_font = (
            self.w.font
            if block.marker != "-"
            else self.w.font + ';mso-bidi-font-family:"Times New Roman"'
        )
        marker = self.span(
            f"<span {self.attr('style', 'mso-list:Ignore')}>{esc(block.marker)}"
            f"<span {self.attr('style', font7)}>{pad}{end}</span></span>",
            style=marker_font,
        )
        return self.p(self.cond("!supportLists", marker) + text, style=style, cls=cls)

    def table(self, block: Block) -> str:
        out = []
        if block.text:
            out.append(
                self.p(
                    f"<b>{self.span(esc(block.text))}</b>",
                    style="margin-bottom:6.0pt;text-align:center",
                    align="center",
                )
            )
        cls = "MsoNormalTable" if self.w.raw else "MsoTableGrid"
        widths = (36, 230, 70, 90)
        rows = []
        for number, row in enumerate(block.rows):
            cells = []
            for column, cell in enumerate(row):
                text = self.span(esc(cell))
                if number == 0:
                    text = f"<b>{text}</b>"
                align = "left" if column == 1 and number else "center"
                para = (
                    f"<p {self.attr('class', 'MsoNormal')} {self.attr('align', align)} "
                    f"{self.attr('style', f'text-align:{align}')}>{text}<o:p></o:p></p>"
                )
                width = widths[column % len(widths)]
                style = (
                    f"width:{width}.0pt;border:solid windowtext 1.0pt;"
                    "mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt"
                )
                cells.append(
                    f"<td {self.attr('width', str(width * 4 // 3))} {self.attr('valign', 'top')} "
                    f"{self.attr('style', style)}>{para}</td>"
                )
            row_style = f"mso-yfti-irow:{number}" + (";mso-yfti-firstrow:yes" if not number else "")
            rows.append(f"<tr {self.attr('style', row_style)}>{''.join(cells)}</tr>")
        table_style = (
            "border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;"
            "mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt"
        )
        table = (
            f"<table {self.attr('class', cls)} {self.attr('border', '1')} "
            f"{self.attr('cellspacing', '0')} {self.attr('cellpadding', '0')} "
            f"{self.attr('style', table_style)}>\n<tbody>" + "\n".join(rows) + "</tbody></table>"
        )
        out.append(hard_wrap(table) if self.w.wrap else table)
        return "\n".join(out)

    def picture(self, index: int, caption: str) -> str:
        item = self.item
        src = esc(image_path(item, index, self.site.image_folder))
        self.counter += 1
        shape = f"_x0000_i{1024 + self.counter}" if self.w.raw else f"Picture_x0020_{self.counter}"
        temp = (
            "C:\\DOCUME~1\\ADMINI~1\\LOCALS~1\\Temp\\msohtmlclip1\\01"
            if self.w.raw
            else "C:/Users/ADMINI~1/AppData/Local/Temp/msohtmlclip1/01"
        )
        vml = (
            f'<!--[if gte vml 1]><v:shape id="{shape}" type="#_x0000_t75" '
            "style='width:450pt;height:300pt;visibility:visible;mso-wrap-style:square'>"
            f'<v:imagedata src="file:///{temp}/clip_image{self.counter:03d}.jpg" o:title=""/>'
            "</v:shape><![endif]-->"
        )
        img = self.cond(
            "!vml",
            f'<img {self.attr("width", "600")} {self.attr("height", "400")} src="{src}" '
            f'v:shapes="{shape}">',
        )
        centred = "margin-bottom:6.0pt;text-align:center"
        if stable_int(f"{item.key}{index}frame", 0, 2) == 0:
            cell = "width:460.0pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"
            inner_img = f"<p {self.attr('class', 'MsoNormal')} {self.attr('align', 'center')} {self.attr('style', 'text-align:center')}>{self.span(vml + img)}</p>"
            inner_cap = (
                f"<p {self.attr('class', 'MsoNormal')} {self.attr('align', 'center')} "
                f"{self.attr('style', 'text-align:center')}><i>{self.span(esc(caption))}</i></p>"
            )
            cls = "MsoNormalTable" if self.w.raw else "MsoTableGrid"
            return (
                f"<div {self.attr('align', 'center')}><table {self.attr('class', cls)} "
                f"{self.attr('border', '1')} {self.attr('cellspacing', '0')} "
                f"{self.attr('cellpadding', '0')} {self.attr('style', 'border-collapse:collapse')}>"
                f"<tbody><tr><td {self.attr('style', cell)}>{inner_img}</td></tr>"
                f"<tr><td {self.attr('style', cell)}>{inner_cap}</td></tr></tbody></table></div>"
            )
        picture = self.p(self.span(vml + img), style=centred, align="center")
        cls = "MsoNormal" if self.w.raw else "MsoCaption"
        caption_markup = self.p(
            f"<i>{self.span(esc(caption))}</i>", style=centred, cls=cls, align="center"
        )
        return picture + "\n" + caption_markup

    def byline(self) -> str:
        """The author's line typed at the end of the Word text."""
        item = self.item
        name = typed_byline(item)
        if stable_int(item.key + "tabbyline", 0, 2) == 0:
            tabs = self.span(
                f"<span {self.attr('style', 'mso-tab-count:7')}>" + "&nbsp;" * 70 + " </span>",
            )
            return self.p(f"{tabs}<b><i>{self.span(esc(name))}</i></b>")
        return self.p(
            f"<b>{self.span(esc(name))}</b>",
            style="margin-bottom:6.0pt;text-align:right",
            align="right",
        )

    def footnotes(self, notes: list[str]) -> str:
        if not notes:
            return ""
        rule = self.cond("!supportFootnotes", '<br clear=all><hr align=left size=1 width="33%">')
        if not self.w.raw:
            rule = self.cond(
                "!supportFootnotes", '<br clear="all"><hr align="left" size="1" width="33%">'
            )
        out = [f"<div {self.attr('style', 'mso-element:footnote-list')}>{rule}"]
        for number, note in enumerate(notes, 1):
            label = self.span(
                f"[{number}]", style="font-size:10.0pt;" + self.w.font.split(";", 1)[1]
            )
            inner = f"<span {self.attr('class', 'MsoFootnoteReference')}>{label}</span>"
            inner = self.cond("!supportFootnotes", inner)
            if self.w.raw:
                special = self.attr("style", "mso-special-character:footnote")
                inner = f"<span {special}>{inner}</span>"
            anchor = f'href="#_ftnref{number}" name="_ftn{number}" title=""'
            if self.w.raw:
                anchor = f"{self.attr('style', f'mso-footnote-id:ftn{number}')} {anchor}"
            ref = (
                f"<a {anchor}><span {self.attr('class', 'MsoFootnoteReference')}>{inner}</span></a>"
            )
            text = self.span(
                " " + esc(note), style="font-size:10.0pt;" + self.w.font.split(";", 1)[1]
            )
            para = (
                f"<p {self.attr('class', 'MsoFootnoteText')} "
                f"{self.attr('style', 'text-align:justify')}>{ref}{text}<o:p></o:p></p>"
            )
            if self.w.wrap:
                para = hard_wrap(para)
            out.append(
                f"<div {self.attr('style', 'mso-element:footnote')} {self.attr('id', f'ftn{number}')}>"
                f"\n{para}\n</div>"
            )
        return "\n".join(out) + "\n</div>"

    def word_body(self, body: Body, photos: dict[int, list[tuple[int, str]]], typed: bool) -> str:
        item, w = self.item, self.w
        out: list[str] = []
        if w.raw:
            out.append(_NS_O + (_NS_ST1 if w.smart_tags else ""))
        elif item.extra.get("leak"):
            # The sanitiser dropped the comment marks: the <xml> block's values show as text.
            out.append(_LEAKED_XML + "\n" + _STYLE)
        else:
            out.append("<!--StartFragment-->" if w.name == "word2016" else "")
            out.append(_XML_COMMENTS)
        out.append(f"<div {self.attr('class', w.section)}>")
        placed: set[int] = set()
        blocks = body.blocks
        for number, block in enumerate(blocks):
            seed = f"{item.key}:{number}"
            if block.kind in ("p", "intro"):
                out.append(self.paragraph(block, seed))
            elif block.kind == "heading":
                out.append(self.heading(block, seed))
            elif block.kind == "item":
                out.append(self.list_item(block, seed))
            elif block.kind == "table":
                out.append(self.table(block))
            source = block.source
            closes = source is not None and (
                number + 1 == len(blocks) or blocks[number + 1].source != source
            )
            if closes and source not in placed:
                placed.add(source)
                for index, caption in photos.get(source, []):
                    out.append(self.picture(index, caption))
            if block.kind == "p" and stable_int(seed + "spacer", 0, 4) == 0:
                out.append(self.spacer())
            if (
                block.kind == "p"
                and number == len(blocks) // 2
                and w.name != "word2016"
                and stable_int(item.key + "pagebreak", 0, 3) == 0
            ):
                out.append(
                    self.span(
                        f"<br {self.attr('clear', 'all')} "
                        f"{self.attr('style', 'mso-special-character:line-break;page-break-before:always')}>"
                    )
                )
        if typed:
            out.append(self.spacer())
            out.append(self.byline())
        out.append(self.footnotes(body.notes))
        out.append("</div>")
        if w.name == "word2016" and not item.extra.get("leak"):
            out.append("<!--EndFragment-->")
        return "\n".join(part for part in out if part)

    # -- the editor's clean markup

    def clean_body(self, body: Body, photos: dict[int, list[tuple[int, str]]]) -> str:
        item = self.item
        out: list[str] = []
        blocks = body.blocks
        placed: set[int] = set()
        for number, block in enumerate(blocks):
            if block.kind == "p":
                text, last = [], 0
                for offset, ref in block.refs:
                    text += [esc(block.text[last:offset]), f"<sup>[{ref}]</sup>"]
                    last = offset
                text.append(esc(block.text[last:]))
                out.append(f'<p style="text-align: justify;">{"".join(text)}</p>')
            elif block.kind == "heading":
                out.append(
                    f'<p style="text-align: justify;"><strong>{esc(block_gold(block)[0])}</strong></p>'
                )
            elif block.kind in ("intro", "item"):
                out.append(f'<p style="text-align: justify;">{esc(block_gold(block)[0])}</p>')
            elif block.kind == "table":
                if block.text:
                    out.append(
                        f'<p style="text-align: center;"><strong>{esc(block.text)}</strong></p>'
                    )
                rows = "".join(
                    "<tr>"
                    + "".join(
                        f"<td><strong>{esc(cell)}</strong></td>"
                        if not n
                        else f"<td>{esc(cell)}</td>"
                        for cell in row
                    )
                    + "</tr>"
                    for n, row in enumerate(block.rows)
                )
                out.append(
                    '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%; '
                    f'border-collapse: collapse;"><tbody>{rows}</tbody></table>'
                )
            source = block.source
            closes = source is not None and (
                number + 1 == len(blocks) or blocks[number + 1].source != source
            )
            if closes and source not in placed:
                placed.add(source)
                for index, caption in photos.get(source, []):
                    src = esc(image_path(item, index, self.site.image_folder))
                    out.append(
                        f'<p style="text-align: center;"><img alt="" src="{src}" '
                        'style="width: 600px; height: 400px;" /></p>\n'
                        f'<p style="text-align: center;"><em>{esc(caption)}</em></p>'
                    )
        if body.notes:
            out.append("<hr />")
            out += [
                f'<p style="text-align: justify;"><span style="font-size: 12px;">[{n}] '
                f"{esc(note)}</span></p>"
                for n, note in enumerate(body.notes, 1)
            ]
        return "\n".join(out)


def typed_byline(item: Item) -> str:
    """The author's line as typed at the end of a Word text ("Tin, ảnh: …" under some articles
    with photos); the author is the name."""
    name = item.author or ""
    if item.images and stable_int(item.key + "tinanh", 0, 1):
        return f"Tin, ảnh: {name}"
    return name


# ---------------------------------------------------------------- dates


def date_line(moment: datetime) -> str:
    """The date under an article's title.

    >>> date_line(datetime(2021, 1, 4, 9, 5))
    'Thứ hai, 04/01/2021 09:05'
    """
    return f"{weekday(moment, lower=True)}, {dmy(moment)} {moment:%H:%M}"


# ---------------------------------------------------------------- the site


class WordPasteSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/7.5",
        "X-Powered-By": "ASP.NET",
        "X-AspNet-Version": "2.0.50727",
    }
    number_base = 4_120
    number_stride = 3
    image_folder = "/Uploads/Images"

    def __init__(self, portal, articles):
        super().__init__(portal, articles)
        word_rank = 0
        for rank, item in enumerate(reversed(self.items)):
            if rank % 3 == 1:
                item.extra["style"] = "clean"
                continue
            name = ("word2003", "word2010", "word2016")[word_rank % 3]
            item.extra["style"] = name
            item.extra["leak"] = word_rank % 12 in (4, 11)
            # Some authors type their name at the end of the Word text.
            item.extra["typed_byline"] = bool(item.author) and word_rank % 5 in (0, 2, 3)
            item.extra["tab_indent"] = name != "word2016" and word_rank % 4 == 1
            word_rank += 1

    # -- URLs

    def section_slug(self, name: str) -> str:
        return slugify(name)

    def article_path(self, item: Item) -> str:
        return f"/tin-tuc/{slugify(item.title)}-{item.number}.aspx"

    def legacy_path(self, item: Item) -> str:
        return f"{LEGACY}?id={item.number}"

    def article_aliases(self, item: Item) -> list[str]:
        return [self.legacy_path(item)]

    def print_path(self, item: Item) -> str:
        return f"{PRINT}?id={item.number}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        shown = self.news if self.is_news(section) else section
        path = f"/chuyen-muc/{shown.slug}-{shown.id}.aspx"
        return path if page == 1 else f"{path}?Page={page}"

    def feed_path(self, section: Section | None) -> str:
        shown = self.news if self.is_news(section) else section
        return f"/rss/{shown.slug}.rss"

    def extra_paths(self) -> dict[str, str]:
        return {"rss": "/RSS.aspx", "feed": self.feed_path(None)}

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path.lower()
        params = {k.lower(): v for k, v in request.params.items()}
        if path in ("/", "/default.aspx"):
            return self.html_response(self.home_html(request))
        match = _ARTICLE.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            return self.article_response(item, request) if item else None
        if path == LEGACY.lower():
            item = self.by_number.get(page_number(params.get("id"), 0))
            return self.article_response(item, request) if item else None
        match = _LISTING.match(path)
        if match:
            ident = int(match.group(1))
            section = None if ident == self.news.id else self.section_by_id(ident)
            if section is None and ident != self.news.id:
                return None
            page = page_number(params.get("page"))
            return self.html_response(self.listing_html(section, page, request))
        if path == PRINT.lower():
            item = self.by_number.get(page_number(params.get("id"), 0))
            if item is None or item.kind in ("missing", "error"):
                return None
            return self.html_response(self.print_html(item, request))
        if path == "/rss.aspx":
            return self.html_response(self.rss_page_html(request))
        match = _FEED.match(path)
        if match and path != STALE_FEED:
            section = (
                None if match.group(1) == self.news.slug else self.section_by_slug(match.group(1))
            )
            if section is None and match.group(1) != self.news.slug:
                return None
            return self.feed_response(section, request)
        if path in STATIC_PAGES:
            return self.html_response(self.static_html(path, request))
        return None

    # -- the frame

    def frame(self, title: str, crumbs: list[tuple[str, str]], main: str, request: Request) -> str:
        p = self.portal
        sections = [self.news, *self.sections.values()]
        menu = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>' for s in sections
        )
        side_menu = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = "".join(
            f' <span class="sep">&gt;</span> <a href="{esc(href)}">{esc(name)}</a>'
            if href
            else f' <span class="sep">&gt;</span> <span>{esc(name)}</span>'
            for name, href in crumbs
        )
        latest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(6)
        )
        healthy = [it for it in self.items if it.kind == "article"][:30]
        read_most = sorted(healthy, key=lambda it: -view_count(it.key))[:5]
        most = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in read_most
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<input id="ctl00_ucBinhChon_rblLuaChon_{i}" type="radio" '
            f'name="ctl00$ucBinhChon$rblLuaChon" value="{i + 1}" />'
            f'<label for="ctl00_ucBinhChon_rblLuaChon_{i}">{esc(o)}</label><br />'
            for i, o in enumerate(options)
        )
        viewstate = "/wEPDwUKMTY" + stable_token(
            request.seed + "vs",
            60,
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/",
        )
        action = esc(request.path.lstrip("/") or "Default.aspx")
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{esc(title)} - {esc(p.name)}
</title><meta name="keywords" content="Lạc Long, tin tức, chuyển đổi số, cải cách hành chính" />
<link href="/App_Themes/LacLong/style.css" type="text/css" rel="stylesheet" />
<link rel="alternate" type="application/rss+xml" title="{esc(self.news.name)}" href="{esc(self.feed_path(None))}" />
<script src="/js/jquery-1.7.2.min.js" type="text/javascript"></script>
<script src="/js/common.js" type="text/javascript"></script></head>
<body>
<form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate}" /></div>
<div id="wrapper">
<div id="topbar"><span id="ngayhientai"><script type="text/javascript">document.write(ngayHienTai());</script></span>
<span class="toplinks"><a href="/RSS.aspx">RSS</a> | <a href="/lien-he.aspx">Liên hệ</a> | <a href="javascript:void(0)" onclick="themYeuThich()">Thêm vào yêu thích</a></span></div>
<div id="banner"><a href="/"><img src="/App_Themes/LacLong/images/banner.jpg" width="1000" height="150" alt="{esc(p.name)}" /></a></div>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.aspx">Giới thiệu</a></li>{menu}
<li><a href="http://vbpl.laclong.gov.vn" target="_blank">Văn bản</a></li><li><a href="/lien-he.aspx">Liên hệ</a></li></ul></div>
<div id="timkiem"><input name="ctl00$ucTimKiem$txtTuKhoa" type="text" id="ctl00_ucTimKiem_txtTuKhoa" value="Nhập từ khóa..." onfocus="this.value=''" />
<a id="ctl00_ucTimKiem_lbtTim" href="javascript:__doPostBack('ctl00$ucTimKiem$lbtTim','')">Tìm kiếm</a></div>
<table id="bocuc" width="1000" cellpadding="0" cellspacing="0" border="0"><tr>
<td id="cot-trai" valign="top" width="215">
<div class="khoi"><div class="khoi-tieude">Chuyên mục</div><ul class="menu-doc">{side_menu}</ul></div>
<div class="khoi"><div class="khoi-tieude">Kết quả giải quyết TTHC</div><div class="khoi-noidung tthc">
<p>Tháng {t["month"]}/2026</p><p>Tiếp nhận: <b>{thousands(t["total"])}</b> hồ sơ</p>
<p>Đúng hạn: <b>{thousands(t["ontime"])}</b> ({t["percent"]}%)</p><p>Trễ hạn: <b>{thousands(t["late"])}</b></p>
<a href="https://dichvucong.gov.vn" target="_blank">Tra cứu hồ sơ</a></div></div>
<div class="khoi"><div class="khoi-tieude">Liên kết website</div><div class="khoi-noidung">
<select onchange="if(this.value!='')window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option><option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option></select>
<a href="javascript:void(0)" onclick="moTrang('/HoiDap/')"><img src="/Uploads/Banner/hoi-dap.gif" width="200" alt="Hỏi đáp trực tuyến" /></a></div></div>
</td>
<td id="cot-giua" valign="top">
<div class="duongdan"><a href="/">Trang chủ</a>{crumb}</div>
{main}
</td>
<td id="cot-phai" valign="top" width="230">
<div class="khoi"><div class="khoi-tieude">Tin mới</div><ul class="ds-tin">{latest}</ul></div>
<div class="khoi"><div class="khoi-tieude">Tin đọc nhiều</div><ul class="ds-tin">{most}</ul></div>
<div class="khoi"><div class="khoi-tieude">Thăm dò ý kiến</div><div class="khoi-noidung"><p>{esc(question)}</p>{choices}
<a id="ctl00_ucBinhChon_lbtBinhChon" href="javascript:__doPostBack('ctl00$ucBinhChon$lbtBinhChon','')">Bình chọn</a>
<a href="javascript:void(0)" onclick="xemKetQua()">Xem kết quả</a></div></div>
<div class="khoi"><div class="khoi-tieude">Thống kê truy cập</div><div class="khoi-noidung thongke">
<p>Đang online: <span id="ctl00_ucThongKe_lblOnline">{thousands(v["online"])}</span></p>
<p>Hôm nay: <span id="ctl00_ucThongKe_lblHomNay">{thousands(v["today"])}</span></p>
<p>Trong tuần: <span id="ctl00_ucThongKe_lblTuan">{thousands(v["week"])}</span></p>
<p>Tổng lượt truy cập: <span id="ctl00_ucThongKe_lblTong">{thousands(v["total"])}</span></p></div></div>
</td></tr></table>
<div id="footer"><p class="ten">{esc(p.name.upper())}</p>
<p>Cơ quan chủ quản: {esc(p.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)}</p>
<p>{esc(reuse_notice(p))}</p>
<p><a href="/RSS.aspx"><img src="/App_Themes/LacLong/images/rss.gif" alt="RSS" /></a></p></div>
</div>
</form>
</body>
</html>
"""

    # -- home and listings

    def row(self, item: Item) -> str:
        href = esc(self.article_path(item))
        return (
            f'<div class="tin"><a href="{href}"><img class="anh" src="'
            f'{esc(image_path(item, 0, self.image_folder))}" width="120" height="80" alt="" /></a>'
            f'<a class="tieude" href="{href}">{esc(item.title)}</a> '
            f'<span class="ngay">{listing_date(item.published)}</span>'
            f'<p class="tomtat">{esc(item.sapo())}</p><div class="clear"></div></div>'
        )

    def home_html(self, request: Request) -> str:
        blocks = []
        top = self.latest(5)
        if top:
            first, *rest = top
            href = esc(self.article_path(first))
            others = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<span class="ngay">{listing_date(it.published)}</span></li>'
                for it in rest
            )
            blocks.append(
                f'<div class="tinnoibat"><div class="khoi-tieude">Tin nổi bật</div>'
                f'<a href="{href}"><img src="{esc(image_path(first, 0, self.image_folder))}" '
                f'width="320" alt="" /></a><a class="tieude" href="{href}">{esc(first.title)}</a>'
                f'<p class="tomtat">{esc(first.sapo(limit=280))}</p><ul>{others}</ul></div>'
            )
        for section in self.sections.values():
            rows = "".join(self.row(it) for it in self.listed(section)[:3])
            blocks.append(
                f'<div class="nhomtin"><div class="khoi-tieude"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></div>{rows}'
                f'<a class="xemtiep" href="{esc(self.listing_path(section))}">Xem tiếp &raquo;</a>'
                "</div>"
            )
        return self.frame("Trang chủ", [], "\n".join(blocks), request)

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        if pages <= 1:
            return ""

        def go(n: int, label: str) -> str:
            return f'<a href="{esc(self.listing_path(section, n))}">{label}</a>'

        parts = [go(1, "Trang đầu"), go(page - 1, "&laquo;")] if page > 1 else []
        parts += pager_numbers(
            page, pages, lambda n: go(n, str(n)), current='<span class="current">{n}</span>'
        )
        if page < pages:
            parts += [go(page + 1, "&raquo;"), go(pages, "Trang cuối")]
        return f'<div class="phantrang">Trang: {" ".join(parts)}</div>'

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        rows = "".join(self.row(it) for it in items) or (
            '<p class="thongbao">Chưa có tin bài trong chuyên mục này.</p>'
        )
        main = (
            f'<div class="tieude-chuyenmuc">{esc(name)}</div>'
            f'<div class="ds-chuyenmuc">{rows}</div>{self.pager(section, page, pages)}'
        )
        return self.frame(name, [(name, "")], main, request)

    # -- the article

    def body_html(self, item: Item, revision: int) -> str:
        paragraphs = item.body(revision)
        body = report_blocks(item.key, paragraphs, item.published)
        photos: dict[int, list[tuple[int, str]]] = {}
        for index, image in enumerate(item.images):
            after = max(0, min(int(image.get("after", 0)), len(paragraphs) - 1))
            photos.setdefault(after, []).append((index, str(image.get("caption") or "")))
        style = item.extra.get("style", "clean")
        if style == "clean":
            return Writer(self, item, None).clean_body(body, photos)
        typed = bool(item.extra.get("typed_byline"))
        return Writer(self, item, PROFILES[style]).word_body(body, photos, typed)

    def signature(self, item: Item) -> str:
        """The CMS's author and source fields, under the text."""
        out = []
        if item.author and not item.extra.get("typed_byline"):
            out.append(f'<div class="tacgia">{esc(item.author)}</div>')
        if item.source:
            out.append(f'<div class="nguontin">Nguồn: {esc(item.source)}</div>')
        return "\n".join(out)

    def article_html(self, item: Item, request: Request) -> str:
        others = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">{listing_date(it.published)}</span></li>'
            for it in self.others(item, 8)
        )
        prefix = "ctl00_ContentPlaceHolder1_ucChiTietTin"
        main = f"""<div class="chitiettin">
<h2 class="tieude-tin"><span id="{prefix}_lblTieuDe">{esc(item.title)}</span></h2>
<div class="thongtin"><span id="{prefix}_lblNgayDang" class="ngaydang">{date_line(item.published)}</span>
 | <span class="luotxem">Lượt xem: {thousands(view_count(item.key))}</span></div>
<div id="{prefix}_divNoiDung" class="noidung-tin">
{self.body_html(item, request.revision)}
</div>
{self.signature(item)}
<div class="congcu"><a href="{esc(self.print_path(item))}" target="_blank"><img src="/App_Themes/LacLong/images/print.gif" alt="" /> In bài</a>
 | <a href="javascript:void(0)" onclick="guiEmail({item.number})">Gửi email</a>
 | <a href="javascript:history.back()">Quay lại</a></div>
<div class="tinkhac"><div class="khoi-tieude">Các tin khác</div><ul>{others}</ul></div>
</div>"""
        crumbs = [(item.section.name, self.listing_path(item.section))]
        return self.frame(item.title, crumbs, main, request)

    def print_html(self, item: Item, request: Request) -> str:
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(item.title)}</title><link href="/App_Themes/LacLong/print.css" type="text/css" rel="stylesheet" /></head>
<body onload="window.print()"><div class="trangin">
<div class="dau">{esc(self.portal.name.upper())}</div>
<h2>{esc(item.title)}</h2><div class="ngay">{date_line(item.published)}</div>
<div class="noidung">{self.body_html(item, request.revision)}</div>
{self.signature(item)}
<div class="cuoi">{esc(self.portal.domain)}</div></div></body></html>
"""

    # -- feeds, static and error pages

    def rss_page_html(self, request: Request) -> str:
        rows = "".join(
            f'<tr><td>{esc(s.name)}</td><td><a href="{esc(self.feed_path(s))}">'
            f'<img src="/App_Themes/LacLong/images/rss.gif" alt="RSS" /></a></td></tr>'
            for s in [self.news, *self.sections.values()]
        )
        rows += (
            f'<tr><td>Tin ảnh</td><td><a href="{STALE_FEED}"><img '
            'src="/App_Themes/LacLong/images/rss.gif" alt="RSS" /></a></td></tr>'
        )
        main = (
            '<div class="tieude-chuyenmuc">Kênh thông tin RSS</div><p>RSS là định dạng tệp giúp '
            "bạn nhận tin mới của Cổng thông tin mà không cần truy cập trang web.</p>"
            f'<table class="rss">{rows}</table>'
        )
        return self.frame("RSS", [("RSS", "")], main, request)

    def feed_response(self, section: Section | None, request: Request) -> Response:
        name = self.news.name if self.is_news(section) else section.name
        base = request.base_url
        items = "".join(
            f"<item><title>{esc(it.title)}</title><link>{base}{esc(self.legacy_path(it))}</link>"
            f"<description>{esc(it.sapo())}</description>"
            f"<pubDate>{http_date(it.published)}</pubDate></item>\n"
            for it in self.listed(section)[:15]
        )
        xml = (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(name)} - {esc(self.portal.name)}</title><link>{base}/</link>"
            f"<description>{esc(name)}</description><language>vi-VN</language>\n{items}"
            "</channel></rss>\n"
        )
        return self.text_response(xml, "application/rss+xml")

    def static_html(self, path: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[path]
        text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        main = f'<div class="chitiettin"><h2 class="tieude-tin">{esc(title)}</h2>{text}</div>'
        return self.frame(title, [(title, "")], main, request)

    def error_html(self, status: int) -> str:
        if status == 500:
            return """<html>
    <head>
        <title>Runtime Error</title>
        <style>
         body {font-family:"Verdana";font-weight:normal;font-size: .7em;color:black;}
         H1 { font-family:"Verdana";font-weight:normal;font-size:18pt;color:red }
        </style>
    </head>
    <body bgcolor="white">
            <span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>
            <h2> <i>Runtime Error</i> </h2></span>
            <font face="Arial, Helvetica, Geneva, SunSans-Regular, sans-serif ">
            <b> Description: </b>An application error occurred on the server. The current custom error settings for this application prevent the details of the application error from being viewed remotely (for security reasons).
            <br><br>
    </body>
</html>
"""
        return (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8" /><title>Không tìm thấy trang</title></head>'
            '<body><div style="width:600px;margin:60px auto;text-align:center">'
            "<h3>Không tìm thấy trang yêu cầu (404)</h3><p>Tin bài bạn tìm có thể đã bị gỡ bỏ "
            'hoặc đường dẫn không đúng.</p><p><a href="/">Về trang chủ</a></p></div></body></html>'
        )
