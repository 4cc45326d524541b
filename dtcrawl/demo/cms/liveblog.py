"""A provincial portal whose newsroom publishes live coverage and interviews among its news.

Imitates the portals a Vietnamese vendor builds on Laravel (about 2021: nginx, PHP 7.4,
Bootstrap 4, CKEditor 5 in the back office, slug addresses ending in ``-post<id>.html``). Its
newsroom publishes three kinds of story, all in the same lists and under the same address
shape, told apart only by a badge (chosen per article, :func:`story_kind`):

- ordinary articles: a bold lead (the first paragraph), the text, photos with captions, the
  author's name in bold at the end and the source as "Nguồn: S";
- live coverage ("Tường thuật trực tiếp") of a conference, a working session or a launch: a red
  "Trực tiếp" badge above the title, a line "Cập nhật lần cuối lúc 16:20 ngày 4/1/2021" under
  it (the newest entry's time), the lead, a cover photo, then the entries, newest first as real
  live pages show them, each stamped with its time. Three habits of stamping
  (:func:`live_plan`): the CMS's live module (a ``<time datetime>`` on a line of its own,
  "10:45", beside the entry's text), an editor typing "Cập nhật lúc 10:45" in bold on its own
  line above each entry in CKEditor, or the time in bold at the head of the entry's paragraph
  ("10h45: ..."). The oldest entry (at the bottom) is stamped with the publication time; the
  page's date line and metadata give the publication, ``article:modified_time`` and
  JSON-LD's ``dateModified`` the last update. A script polls ``/api/live/<id>/entries``;
- interviews ("Phỏng vấn"): a "Phỏng vấn" badge, the lead, an italic line introducing the
  interviewee, his or her portrait with a caption, then questions in bold prefixed "PV:" or
  "Phóng viên:" and answers prefixed with the interviewee's name ("Trần Minh Khoa:", "Ông Trần
  Minh Khoa:" or "Ông Khoa:"), an answer sometimes going on over a second paragraph with no
  prefix, and sometimes a closing "PV: Xin trân trọng cảm ơn ông!" (:func:`interview_plan`).

What a careful reader copies as the story of each kind is :func:`story_gold` (and
:func:`gold_corpus`): the lead, then the text as the page shows it, top to bottom: a live page's
entries newest first, each entry's time line as typed when it is a line of its own ("10:45",
"Cập nhật lúc 10:45") and the "10h45: " that heads a paragraph as part of it; an interview's
introducing line, its questions and answers with their prefixes, and the portrait's caption
among the captions. The date is the publication (the oldest entry's time), never the last
update nor the header's "today".

URL shapes:

- home ``/``; all news ``/tin-tuc``; a section ``/chuyen-muc/<slug>``; the live pages
  ``/chuyen-de/tuong-thuat-truc-tiep`` and interviews ``/chuyen-de/phong-van-doi-thoai``;
  further pages ``?page=N`` (Laravel's paginator: a page past the end is 200 and empty);
- a story ``/<title-slug>-post<id>.html`` whatever its kind (another slug before the same id
  is redirected, 301, to the right one); the home page's featured stories carry
  ``?utm_source=trangchu&utm_medium=noibat``; print view ``/in-bai/<id>`` (noindex);
- ``/rss`` (the list of feeds), ``/rss/tin-tuc.rss`` and ``/rss/<section-slug>.rss``;
  ``/sitemap.xml`` named in robots.txt; ``/api/live/<id>/entries?since=<unix time>`` (JSON);
  ``/gioi-thieu``, ``/lien-he``, ``/so-do-cong``, ``/tim-kiem?q=``.

Boilerplate: a top bar with today's date and its lunar date ("Thứ Ba, 23/11/2021 (19/10 năm
Tân Sửu)": the day the page is served, not the story's), a headline ticker, menus, "Tin đọc
nhiều" with view counts, "Kết quả giải quyết TTHC", the visitor counter, "Tin liên quan",
"Tin cùng chuyên mục", share buttons and a footer. Broken pages: a removed interview (404) and
a live page announced before its event, with no entry yet (an empty shell).
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import quote

from dtcrawl.demo.cms.common import (
    VN_TZ,
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    arrow_pager,
    dmy,
    esc,
    http_date,
    image_path,
    iso_vn,
    page_number,
    parse_local,
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
    weekday,
)

THEME = "/themes/egov-v3"
NEWS_PATH = "/tin-tuc"
SECTION_PREFIX = "/chuyen-muc/"
LIVE_PATH = "/chuyen-de/tuong-thuat-truc-tiep"
INTERVIEW_PATH = "/chuyen-de/phong-van-doi-thoai"
HOME_TRACKING = "utm_source=trangchu&utm_medium=noibat"
ASSET_VERSION = "id=5f2c9e1b7a"

KINDS = ("article", "live", "interview")
#: How a live page stamps its entries: ``module`` the CMS's live module (a time on its own
#: line, "10:45"), ``typed`` "Cập nhật lúc 10:45" typed in bold on its own line, ``inline`` the
#: time in bold heading the entry's paragraph ("10h45: ...").
LIVE_STYLES = ("module", "typed", "inline")
#: How an interview prefixes its answers: ``name`` "Trần Minh Khoa:", ``full`` "Ông Trần Minh
#: Khoa:", ``given`` "Ông Khoa:".
ANSWER_FORMS = ("name", "full", "given")
QUESTION_PREFIXES = ("PV:", "Phóng viên:")

#: People the newsroom interviews: honorific, full name, the name they are called by.
INTERVIEWEES = (
    ("Ông", "Trần Minh Khoa", "Khoa"),
    ("Bà", "Nguyễn Thị Thanh Hương", "Hương"),
    ("Ông", "Lê Văn Thắng", "Thắng"),
    ("Bà", "Phạm Thu Trang", "Trang"),
    ("Ông", "Đỗ Quang Huy", "Huy"),
    ("Ông", "Vũ Đình Phong", "Phong"),
)
POSITIONS = (
    "Giám đốc Sở Khoa học và Công nghệ",
    "Phó Giám đốc Sở Nội vụ",
    "Giám đốc Trung tâm Phục vụ hành chính công tỉnh",
    "Chủ tịch Ủy ban nhân dân huyện Tân Lộc",
    "Giám đốc Trung tâm Chuyển đổi số tỉnh",
    "Phó Chủ tịch Ủy ban nhân dân tỉnh",
)
#: Questions; ``{x}`` is how the reporter addresses the interviewee ("ông", "bà"), ``{X}`` the
#: same word opening a sentence.
QUESTIONS = (
    "Thưa {x}, xin {x} cho biết những kết quả nổi bật mà đơn vị đã đạt được trong thời gian qua?",
    "Trong quá trình triển khai, đơn vị đã gặp phải những khó khăn, vướng mắc gì, thưa {x}?",
    "{X} đánh giá thế nào về sự vào cuộc của người dân và doanh nghiệp trên địa bàn?",
    "Để khắc phục những hạn chế đó, thời gian tới đơn vị sẽ tập trung vào những giải pháp nào?",
    "Nguồn nhân lực cho nhiệm vụ này hiện đang được chuẩn bị ra sao, thưa {x}?",
    "Việc bảo đảm an toàn thông tin khi vận hành các hệ thống được thực hiện như thế nào?",
    "Xin {x} chia sẻ một vài cách làm hay có thể nhân rộng trên địa bàn tỉnh?",
    "Kinh phí đầu tư cho hạ tầng số sẽ được bố trí như thế nào trong giai đoạn tới, thưa {x}?",
    "{X} có kiến nghị gì với các bộ, ngành Trung ương để tháo gỡ những vướng mắc hiện nay?",
    "Mục tiêu cụ thể mà đơn vị đặt ra trong năm nay là gì, thưa {x}?",
    "Người dân ở vùng sâu, vùng xa sẽ được hỗ trợ thế nào để tiếp cận các dịch vụ số?",
    "Sự phối hợp giữa các sở, ngành và địa phương trong thời gian qua đã nhịp nhàng chưa, "
    "thưa {x}?",
)
CAN = ("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý")
CHI = ("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi")


# ---------------------------------------------------------------- the lunar date of the top bar


def _jd(day: int, month: int, year: int) -> int:
    """The Julian day number of a Gregorian date."""
    a = (14 - month) // 12
    y = year + 4800 - a
    m = month + 12 * a - 3
    return day + (153 * m + 2) // 5 + 365 * y + y // 4 - y // 100 + y // 400 - 32045


def _new_moon_day(k: int, tz: float = 7) -> int:
    """The Julian day (local time ``tz``) of the ``k``-th new moon after 1 January 1900."""
    t = k / 1236.85
    t2, t3 = t * t, t * t * t
    dr = math.pi / 180
    jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
    jd1 += 0.00033 * math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr)
    m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3
    mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3
    f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3
    c1 = (0.1734 - 0.000393 * t) * math.sin(m * dr) + 0.0021 * math.sin(2 * dr * m)
    c1 += -0.4068 * math.sin(mpr * dr) + 0.0161 * math.sin(dr * 2 * mpr)
    c1 += -0.0004 * math.sin(dr * 3 * mpr)
    c1 += 0.0104 * math.sin(dr * 2 * f) - 0.0051 * math.sin(dr * (m + mpr))
    c1 += -0.0074 * math.sin(dr * (m - mpr)) + 0.0004 * math.sin(dr * (2 * f + m))
    c1 += -0.0004 * math.sin(dr * (2 * f - m)) - 0.0006 * math.sin(dr * (2 * f + mpr))
    c1 += 0.0010 * math.sin(dr * (2 * f - mpr)) + 0.0005 * math.sin(dr * (2 * mpr + m))
    if t < -11:
        delta = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
    else:
        delta = -0.000278 + 0.000265 * t + 0.000262 * t2
    return math.floor(jd1 + c1 - delta + 0.5 + tz / 24)


def _sun_sector(day_number: int, tz: float = 7) -> int:
    """Which twelfth of the ecliptic the sun is in at the start of a local day (0-11)."""
    t = (day_number - 0.5 - tz / 24 - 2451545.0) / 36525
    t2 = t * t
    dr = math.pi / 180
    m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2
    l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2
    dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * math.sin(dr * m)
    dl += (0.019993 - 0.000101 * t) * math.sin(dr * 2 * m) + 0.000290 * math.sin(dr * 3 * m)
    longitude = (l0 + dl) * dr
    longitude -= math.pi * 2 * math.floor(longitude / (math.pi * 2))
    return math.floor(longitude / math.pi * 6)


def _month11(year: int, tz: float = 7) -> int:
    """The first day of the lunar month holding the winter solstice of ``year``."""
    k = math.floor((_jd(31, 12, year) - 2415021) / 29.530588853)
    start = _new_moon_day(k, tz)
    return _new_moon_day(k - 1, tz) if _sun_sector(start, tz) >= 9 else start


def _leap_offset(month11: int, tz: float = 7) -> int:
    """Which month after month 11 is the leap month of a lunar year of 13 months."""
    k = math.floor((month11 - 2415021.076998695) / 29.530588853 + 0.5)
    i = 1
    arc = _sun_sector(_new_moon_day(k + i, tz), tz)
    while True:
        last = arc
        i += 1
        arc = _sun_sector(_new_moon_day(k + i, tz), tz)
        if arc == last or i >= 14:
            return i - 1


def lunar_date(moment: datetime, tz: float = 7) -> tuple[int, int, int, bool]:
    """The Vietnamese lunar date of a day: (day, month, year, leap month?).

    >>> lunar_date(datetime(2021, 11, 23))
    (19, 10, 2021, False)
    >>> lunar_date(datetime(2021, 2, 12)), lunar_date(datetime(2020, 5, 23))
    ((1, 1, 2021, False), (1, 4, 2020, True))
    """
    day_number = _jd(moment.day, moment.month, moment.year)
    k = math.floor((day_number - 2415021.076998695) / 29.530588853)
    month_start = _new_moon_day(k + 1, tz)
    if month_start > day_number:
        month_start = _new_moon_day(k, tz)
    a11 = _month11(moment.year, tz)
    b11 = a11
    if a11 >= month_start:
        year = moment.year
        a11 = _month11(moment.year - 1, tz)
    else:
        year = moment.year + 1
        b11 = _month11(moment.year + 1, tz)
    day = day_number - month_start + 1
    diff = math.floor((month_start - a11) / 29)
    leap = False
    month = diff + 11
    if b11 - a11 > 365:
        leap_diff = _leap_offset(a11, tz)
        if diff >= leap_diff:
            month = diff + 10
            leap = diff == leap_diff
    if month > 12:
        month -= 12
    if month >= 11 and diff < 4:
        year -= 1
    return day, month, year, leap


def can_chi(year: int) -> str:
    """The name of a lunar year in the sixty-year cycle.

    >>> can_chi(2021), can_chi(2024)
    ('Tân Sửu', 'Giáp Thìn')
    """
    return f"{CAN[(year + 6) % 10]} {CHI[(year + 8) % 12]}"


def header_date(moment: datetime) -> str:
    """The top bar's date: weekday, day, and the lunar day in brackets.

    >>> header_date(datetime(2021, 11, 23, 9, 0))
    'Thứ Ba, 23/11/2021 (19/10 năm Tân Sửu)'
    """
    day, month, year, leap = lunar_date(moment)
    month_name = f"{month} nhuận" if leap else str(month)
    return f"{weekday(moment)}, {dmy(moment)} ({day}/{month_name} năm {can_chi(year)})"


# ---------------------------------------------------------------- what each story is


def story_kind(key: str, published: datetime) -> str:
    """The kind of the story ``key``: ``live``, ``interview`` or ``article``.

    The rule: a hash of the key picks one of eight lots; lots 0-3 are live coverage when the
    story was published between 07:00 and 16:59 (conferences are covered in office hours),
    lots 4-5 interviews; everything else, ordinary articles. Roughly a fifth of the stories are
    live pages, a quarter interviews.

    >>> story_kind("k", datetime(2021, 1, 4, 23, 0)) in ("interview", "article")
    True
    """
    lot = stable_int(key + "|the-loai", 0, 7)
    if lot < 4 and 7 <= published.hour < 17:
        return "live"
    if lot in (4, 5):
        return "interview"
    return "article"


@dataclass(frozen=True)
class LiveEntry:
    """One entry of a live page: its time and the corpus paragraph it shows."""

    time: datetime
    paragraph: int


@dataclass(frozen=True)
class LivePlan:
    """A live page: how its entries are stamped, and the entries, oldest first."""

    style: str
    entries: tuple[LiveEntry, ...]

    @property
    def updated(self) -> datetime:
        """The last update: the newest entry's time."""
        return self.entries[-1].time


def live_plan(key: str, published: datetime, paragraphs: int) -> LivePlan:
    """The entries of a live page built from a story of ``paragraphs`` paragraphs: the first
    paragraph is the lead, each other one an entry; the first entry is stamped with the
    publication time, each later one 12 to 47 minutes after the one before.

    >>> plan = live_plan("k", datetime(2021, 1, 4, 8, 30), 4)
    >>> [e.paragraph for e in plan.entries], plan.entries[0].time
    ([1, 2, 3], datetime.datetime(2021, 1, 4, 8, 30))
    """
    style = LIVE_STYLES[stable_int(key + "|kieu-gio", 0, len(LIVE_STYLES) - 1)]
    moment = published
    entries = []
    for index in range(1, paragraphs):
        if index > 1:
            moment = moment + timedelta(minutes=stable_int(f"{key}|buoc{index}", 12, 47))
        entries.append(LiveEntry(moment, index))
    return LivePlan(style, tuple(entries))


def time_line(moment: datetime, style: str) -> str:
    """How an entry's time is written in ``style``.

    >>> [time_line(datetime(2021, 1, 4, 9, 5), s) for s in LIVE_STYLES]
    ['09:05', 'Cập nhật lúc 09:05', '9h05:']
    """
    if style == "module":
        return f"{moment:%H:%M}"
    if style == "typed":
        return f"Cập nhật lúc {moment:%H:%M}"
    return f"{moment.hour}h{moment:%M}:"


def last_update_line(moment: datetime) -> str:
    """The live page's status line (day and month without zeros, as the CMS writes them).

    >>> last_update_line(datetime(2021, 3, 12, 16, 20))
    'Cập nhật lần cuối lúc 16:20 ngày 12/3/2021'
    """
    return f"Cập nhật lần cuối lúc {moment:%H:%M} ngày {moment.day}/{moment.month}/{moment.year}"


@dataclass(frozen=True)
class InterviewPlan:
    """An interview: who answers, how questions and answers are prefixed, which corpus
    paragraphs answer each question, the questions, and whether it closes with thanks."""

    honorific: str
    name: str
    given: str
    position: str
    question_prefix: str
    answer_form: str
    italic_questions: bool
    groups: tuple[tuple[int, ...], ...]
    questions: tuple[str, ...]
    thanks: bool

    @property
    def address(self) -> str:
        """How the reporter calls the interviewee ("ông", "bà")."""
        return self.honorific.lower()

    @property
    def answer_prefix(self) -> str:
        """The words before each answer, colon included."""
        if self.answer_form == "name":
            return f"{self.name}:"
        if self.answer_form == "full":
            return f"{self.honorific} {self.name}:"
        return f"{self.honorific} {self.given}:"

    @property
    def intro(self) -> str:
        """The italic line introducing the interviewee, under the lead."""
        return (
            "Xung quanh nội dung này, phóng viên Cổng Thông tin điện tử tỉnh đã có cuộc trao đổi "
            f"với {self.address} {self.name}, {self.position}."
        )

    @property
    def caption(self) -> str:
        """The portrait's caption."""
        return f"{self.honorific} {self.name}, {self.position}."

    @property
    def closing(self) -> str:
        return f"{self.question_prefix} Xin trân trọng cảm ơn {self.address}!"


def interview_plan(key: str, paragraphs: int) -> InterviewPlan:
    """The interview built from a story of ``paragraphs`` paragraphs: the first paragraph is
    the lead, the others answers; an answer is one paragraph, or two (the second without
    prefix) after a coin toss; each answer gets a question of its own.

    >>> plan = interview_plan("k", 6)
    >>> sum(len(g) for g in plan.groups), len(plan.questions) == len(plan.groups)
    (5, True)
    """
    honorific, name, given = INTERVIEWEES[stable_int(key + "|nguoi", 0, len(INTERVIEWEES) - 1)]
    position = POSITIONS[stable_int(key + "|chucvu", 0, len(POSITIONS) - 1)]
    groups: list[tuple[int, ...]] = []
    index = 1
    while index < paragraphs:
        two = index + 1 < paragraphs and stable_int(f"{key}|doan{index}", 0, 2) == 0
        groups.append((index, index + 1) if two else (index,))
        index += 2 if two else 1
    order = sorted(range(len(QUESTIONS)), key=lambda n: stable_token(f"{key}|hoi{n}", 8))
    first = order.index(0)
    order.insert(0, order.pop(first))  # an interview opens with "what has been done"
    address = honorific.lower()
    questions = tuple(QUESTIONS[n].format(x=address, X=honorific) for n in order[: len(groups)])
    return InterviewPlan(
        honorific=honorific,
        name=name,
        given=given,
        position=position,
        question_prefix=QUESTION_PREFIXES[stable_int(key + "|pv", 0, 1)],
        answer_form=ANSWER_FORMS[stable_int(key + "|traloi", 0, len(ANSWER_FORMS) - 1)],
        italic_questions=stable_int(key + "|nghieng", 0, 1) == 1,
        groups=tuple(groups),
        questions=questions,
        thanks=stable_int(key + "|camon", 0, 2) > 0,
    )


# ---------------------------------------------------------------- the story as blocks


@dataclass(frozen=True)
class Block:
    """One block of a story's text as the page shows it, top to bottom.

    ``kind``: ``lead`` (the bold first paragraph), ``p`` (a paragraph of text), ``time`` (a
    live entry's time on a line of its own), ``question``, ``answer`` (the first paragraph of
    an answer, its ``text`` with the prefix), ``img`` (a photo: ``text`` its caption, ``image``
    its corpus index or -1 for an interviewee's portrait); ``entry`` opens a live entry (its
    ``moment``) and ``end`` closes it. ``body`` is the text without the prefix, where the
    markup sets the prefix apart."""

    kind: str
    text: str = ""
    body: str = ""
    image: int = 0
    moment: datetime | None = None


def _images_after(images: Sequence[dict[str, Any]], paragraphs: int) -> dict[int, list[int]]:
    """Corpus image indexes by the paragraph they follow (as common.body_blocks places them)."""
    placed: dict[int, list[int]] = {}
    for index, image in enumerate(images):
        after = max(-1, min(int(image.get("after", 0)), paragraphs - 1))
        placed.setdefault(after, []).append(index)
    return placed


def story_blocks(
    key: str, published: datetime, paragraphs: Sequence[str], images: Sequence[dict[str, Any]]
) -> tuple[str, list[Block]]:
    """The kind of a story and its text as blocks in page order (rendering and gold both read
    these; the lead, the first paragraph, comes first in every kind)."""
    kind = story_kind(key, published) if len(paragraphs) > 1 else "article"
    placed = _images_after(images, len(paragraphs))
    captions = [str(image.get("caption") or "") for image in images]

    def photos(after: int) -> list[Block]:
        return [Block("img", captions[n], image=n) for n in placed.get(after, [])]

    blocks: list[Block] = photos(-1)
    if not paragraphs:
        return kind, blocks
    blocks.append(Block("lead", paragraphs[0]))
    if kind == "interview":
        plan = interview_plan(key, len(paragraphs))
        blocks.append(Block("intro", plan.intro))
        blocks.append(Block("img", plan.caption, image=-1))
    blocks += photos(0)
    if kind == "live":
        plan = live_plan(key, published, len(paragraphs))
        for entry in reversed(plan.entries):
            text = paragraphs[entry.paragraph]
            blocks.append(Block("entry", moment=entry.time))
            line = time_line(entry.time, plan.style)
            if plan.style == "inline":
                blocks.append(Block("p", f"{line} {text}", body=text, moment=entry.time))
            else:
                blocks.append(Block("time", line, moment=entry.time))
                blocks.append(Block("p", text))
            blocks += photos(entry.paragraph)
            blocks.append(Block("end"))
        return kind, blocks
    if kind == "interview":
        for question, group in zip(plan.questions, plan.groups, strict=True):
            blocks.append(Block("question", f"{plan.question_prefix} {question}", body=question))
            for position, index in enumerate(group):
                text = paragraphs[index]
                if position == 0:
                    blocks.append(Block("answer", f"{plan.answer_prefix} {text}", body=text))
                else:
                    blocks.append(Block("p", text))
                blocks += photos(index)
        if plan.thanks:
            closing = plan.closing
            blocks.append(Block("question", closing, body=closing[len(plan.question_prefix) + 1 :]))
        return kind, blocks
    for index in range(1, len(paragraphs)):
        blocks.append(Block("p", paragraphs[index]))
        blocks += photos(index)
    return kind, blocks


TEXT_BLOCKS = ("lead", "p", "time", "intro", "question", "answer")


def story_gold(
    key: str, published: datetime, paragraphs: Sequence[str], images: Sequence[dict[str, Any]]
) -> tuple[tuple[str, ...], tuple[dict[str, Any], ...]]:
    """What a careful reader copies from the page of a story: its paragraphs (lead, text, time
    lines of their own, questions and answers with their prefixes) and its photos (caption and
    the gold paragraph each follows), in page order.

    >>> paras, photos = story_gold("k", datetime(2021, 1, 4, 8, 30), ["Mở đầu.", "Một."], [])
    >>> paras[0]
    'Mở đầu.'
    """
    _, blocks = story_blocks(key, published, paragraphs, images)
    out: list[str] = []
    photos: list[dict[str, Any]] = []
    for block in blocks:
        if block.kind in TEXT_BLOCKS:
            out.append(block.text)
        elif block.kind == "img":
            photos.append({"after": len(out) - 1, "caption": block.text})
    return tuple(out), tuple(photos)


def gold_corpus(corpus: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
    """``corpus`` (``{portal_id: [DemoArticle, ...]}``, as the site is served from) with each
    story's paragraphs and photos as :func:`story_gold` reads them from its page: the gold of
    the crawl of a ``liveblog`` portal. Ordinary articles keep the corpus's text; live pages
    give the lead, then the entries newest first, each after its time line when the time
    stands on a line of its own ("10:45", "Cập nhật lúc 10:45"), with "10h45: " at its head
    when the time heads the paragraph; interviews give the lead, the line introducing the
    interviewee, the questions and answers with their prefixes ("PV: ...", "Ông Trần Minh
    Khoa: ...") and the closing thanks, and the portrait's caption before the corpus's
    captions. Titles, dates (the publication: the oldest entry's time), authors and sources
    are the corpus's.

    >>> from dtcrawl.bench.synthetic import demo_corpus
    >>> served = demo_corpus(40, "phuonghai")
    >>> gold = gold_corpus(served)["phuonghai"]
    >>> kinds = [story_kind(a.key, a.published) for a in served["phuonghai"]]
    >>> all((g == s) == (k == "article") for g, s, k in zip(gold, served["phuonghai"], kinds))
    True
    """
    out: dict[str, list[Any]] = {}
    for portal_id, articles in corpus.items():
        out[portal_id] = []
        for article in articles:
            published = parse_local(article.published)
            if len(article.paragraphs) < 2 or story_kind(article.key, published) == "article":
                out[portal_id].append(article)
                continue
            paragraphs, images = story_gold(
                article.key, published, article.paragraphs, article.images or ()
            )
            out[portal_id].append(
                dataclasses.replace(article, paragraphs=paragraphs, images=images)
            )
    return out


# ---------------------------------------------------------------- small formats


def meta_date(moment: datetime) -> str:
    """The date line under a title.

    >>> meta_date(datetime(2021, 1, 4, 7, 41))
    'Thứ Hai, 04/01/2021 - 07:41'
    """
    return f"{weekday(moment)}, {dmy(moment)} - {moment:%H:%M}"


def list_date(moment: datetime) -> str:
    """The date beside a title in lists.

    >>> list_date(datetime(2021, 1, 4, 7, 41))
    '07:41 04/01/2021'
    """
    return f"{moment:%H:%M} {dmy(moment)}"


def rss_date(moment: datetime) -> str:
    """An RSS date with the Vietnam offset.

    >>> rss_date(datetime(2021, 1, 4, 7, 41))
    'Mon, 04 Jan 2021 07:41:00 +0700'
    """
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return (
        f"{days[moment.weekday()]}, {moment.day:02d} {months[moment.month - 1]} {moment.year} "
        f"{moment:%H:%M:%S} +0700"
    )


KIND_BADGES = {
    "live": '<span class="badge badge-live"><i class="live-dot"></i> Trực tiếp</span>',
    "interview": '<span class="badge badge-interview"><i class="fas fa-microphone"></i> '
    "Phỏng vấn</span>",
}


class LiveBlogSite(CmsSite):
    """A portal of the ``liveblog`` family: articles, live pages and interviews in one list."""

    number_base = 15_230
    number_stride = 9
    image_folder = "/storage/photos/tin-tuc"
    family_headers = {"Server": "nginx", "X-Powered-By": "PHP/7.4.21"}

    def __init__(self, portal, articles):
        super().__init__(portal, articles)
        self.kinds: dict[str, str] = {}
        self.blocks: dict[str, list[Block]] = {}
        for item in self.items:
            if item.kind == "empty":
                self.kinds[item.key] = "live"
                self.blocks[item.key] = []
                continue
            kind, blocks = story_blocks(item.key, item.published, item.paragraphs, item.images)
            self.kinds[item.key] = kind
            self.blocks[item.key] = blocks
        newest = max((it.published for it in self.items), default=datetime(2021, 1, 4))
        self.today = (newest + timedelta(days=3)).replace(hour=9, minute=0)
        self.by_kind = {
            kind: [it for it in self.items if self.kinds[it.key] == kind] for kind in KINDS
        }

    # -- URL shapes

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = NEWS_PATH if self.is_news(section) else f"{SECTION_PREFIX}{section.slug}"
        return base if page <= 1 else f"{base}?page={page}"

    def kind_path(self, kind: str, page: int = 1) -> str:
        base = LIVE_PATH if kind == "live" else INTERVIEW_PATH
        return base if page <= 1 else f"{base}?page={page}"

    def article_path(self, item: Item) -> str:
        return f"/{slugify(item.title, max_len=90)}-post{item.number}.html"

    def print_path(self, item: Item) -> str:
        return f"/in-bai/{item.number}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def extra_paths(self) -> dict[str, str]:
        return {"sitemap": "/sitemap.xml", "rss": "/rss/tin-tuc.rss"}

    def article_response(self, item: Item, request: Request) -> Response:
        """The story's page; a live page's Last-Modified is its newest entry's time."""
        response = super().article_response(item, request)
        if response.status == 200:
            response.headers["Last-Modified"] = http_date(self.updated(item))
        return response

    def live_plan_of(self, item: Item) -> LivePlan | None:
        if self.kinds[item.key] != "live" or item.kind != "article" or len(item.paragraphs) < 2:
            return None
        return live_plan(item.key, item.published, len(item.paragraphs))

    def updated(self, item: Item) -> datetime:
        """When the story last changed: a live page's newest entry, or a few minutes after its
        publication (the editor's last save)."""
        plan = self.live_plan_of(item)
        if plan is not None:
            return plan.updated
        return item.published + timedelta(minutes=stable_int(item.key + "|luu", 2, 25))

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path.rstrip("/") or "/"
        if path == "/":
            return self.html_response(self.home_html(request))
        if path in self.by_path:
            return self.article_response(self.by_path[path], request)
        match = re.fullmatch(r"/[a-z0-9-]*-post(\d+)\.html", path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            if item is None:
                return None
            return self.redirect(self.article_path(item))
        match = re.fullmatch(r"/in-bai/(\d+)", path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            if item is None or item.kind not in ("article", "empty"):
                return None
            return self.html_response(self.print_html(item))
        match = re.fullmatch(r"/api/live/(\d+)/entries", path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            if item is None or self.kinds.get(item.key) != "live" or item.kind == "missing":
                return None
            return self.live_json(item, request)
        page = page_number(request.params.get("page"))
        if path == NEWS_PATH:
            return self.html_response(self.listing_html(None, page, request))
        if path.startswith(SECTION_PREFIX):
            section = self.section_by_slug(path[len(SECTION_PREFIX) :])
            if section is None:
                return None
            return self.html_response(self.listing_html(section, page, request))
        if path in (LIVE_PATH, INTERVIEW_PATH):
            kind = "live" if path == LIVE_PATH else "interview"
            return self.html_response(self.kind_listing_html(kind, page, request))
        if path == "/rss":
            return self.html_response(self.rss_page_html(request))
        if path == "/rss/tin-tuc.rss":
            return self.feed_response(None, request)
        match = re.fullmatch(r"/rss/([a-z0-9-]+)\.rss", path)
        if match:
            section = self.section_by_slug(match.group(1))
            return self.feed_response(section, request) if section else None
        if path == "/sitemap.xml":
            return Response(
                200,
                {"Content-Type": "application/xml; charset=utf-8", **self.family_headers},
                self.sitemap_xml(request).encode("utf-8"),
            )
        if path in STATIC_PAGES:
            title, paragraphs = STATIC_PAGES[path]
            return self.html_response(self.static_html(title, paragraphs, request))
        if path == "/so-do-cong":
            return self.html_response(self.sitemap_html(request))
        if path == "/tim-kiem":
            return self.html_response(self.search_html(request))
        if path == "/dang-nhap":
            return self.html_response(self.login_html())
        return None

    def redirect(self, target: str) -> Response:
        return Response(
            301,
            {"Location": target, "Content-Type": "text/html; charset=UTF-8", **self.family_headers},
            f'<!DOCTYPE html><html><head><meta http-equiv="refresh" content="0;url={esc(target)}">'
            f"</head><body>Redirecting to {esc(target)}.</body></html>".encode(),
        )

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        lines += ["", f"Sitemap: {request.base_url}/sitemap.xml"]
        return "\n".join(lines) + "\n"

    # -- the frame

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        crumbs: str = "",
        head: str = "",
        scripts: str = "",
    ) -> str:
        portal = self.portal
        stats = tthc_stats(request.seed)
        visits = visitor_stats(request.seed)
        question, options = poll(request.seed)
        menu = "".join(
            f'<a class="dropdown-item" href="{esc(self.listing_path(s))}">{esc(s.name)}</a>'
            for s in self.sections.values()
        )
        healthy = [it for it in self.items if it.kind == "article"]
        ticker = "".join(
            f'<a href="{esc(self.article_path(it))}">{esc(it.title)}</a>' for it in healthy[:5]
        )
        popular = sorted(healthy, key=lambda it: -view_count(it.key))[:6]
        most_read = "".join(
            f'<li class="media"><span class="rank">{n}</span><div class="media-body"><a href="'
            f'{esc(self.article_path(it))}">{esc(it.title)}</a><small class="views"><i class="far '
            f'fa-eye"></i> {thousands(view_count(it.key))}</small></div></li>'
            for n, it in enumerate(popular, 1)
        )
        answers = "".join(
            f'<div class="custom-control custom-radio"><input type="radio" id="bc{n}" '
            f'name="binh_chon" value="{n}" class="custom-control-input"><label '
            f'class="custom-control-label" for="bc{n}">{esc(option)}</label></div>'
            for n, option in enumerate(options, 1)
        )
        token = stable_token(request.seed + "csrf", 40)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{token}">
<title>{esc(title)}</title>
<meta name="description" content="{esc(portal.name)} - {esc(portal.agency)}">
<link rel="icon" href="{THEME}/images/favicon.png">
<link rel="stylesheet" href="{THEME}/css/app.css?{ASSET_VERSION}">
<link rel="alternate" type="application/rss+xml" title="Tin tức - Sự kiện" href="/rss/tin-tuc.rss">
{head}
</head>
<body>
<div class="topbar"><div class="container d-flex justify-content-between">
<div class="topbar-date"><i class="far fa-calendar-alt"></i> {header_date(self.today)}</div>
<div class="topbar-links"><a href="/so-do-cong">Sơ đồ cổng</a> | <a href="/rss">RSS</a> |
<a href="/lien-he">Liên hệ</a> | <a href="/dang-nhap"><i class="fas fa-user"></i> Đăng nhập</a></div>
</div></div>
<header class="site-header"><div class="container d-flex align-items-center">
<a class="brand" href="/"><img src="{THEME}/images/quoc-huy.png" alt="Quốc huy" width="72"></a>
<div class="brand-text"><p class="brand-top">Cổng thông tin điện tử</p>
<p class="brand-name">Tỉnh {esc(portal.province)}</p></div>
<form class="header-search ml-auto" action="/tim-kiem" method="get"><input type="text" name="q"
placeholder="Nhập từ khóa tìm kiếm..."><button type="submit"><i class="fas fa-search"></i></button></form>
</div></header>
<nav class="main-nav navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/"><i class="fas fa-home"></i></a></li>
<li class="nav-item"><a class="nav-link" href="/gioi-thieu">Giới thiệu</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{NEWS_PATH}">Tin tức - Sự kiện</a>
<div class="dropdown-menu">{menu}</div></li>
<li class="nav-item"><a class="nav-link" href="{LIVE_PATH}">Tường thuật trực tiếp</a></li>
<li class="nav-item"><a class="nav-link" href="{INTERVIEW_PATH}">Phỏng vấn - Đối thoại</a></li>
<li class="nav-item"><a class="nav-link" href="https://dichvucong.{esc(portal.domain)}/" target="_blank">Dịch vụ công</a></li>
<li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li>
</ul></div></nav>
<div class="news-ticker"><div class="container"><span class="ticker-label">Tin mới</span>
<marquee scrollamount="4" onmouseover="this.stop()" onmouseout="this.start()">{ticker}</marquee></div></div>
<main class="site-main"><div class="container">{crumbs}
<div class="row"><div class="col-lg-8 main-col">
{main}
</div>
<aside class="col-lg-4 sidebar">
<div class="widget widget-most-read"><h3 class="widget-title">Tin đọc nhiều</h3>
<ul class="list-unstyled">{most_read}</ul></div>
<div class="widget widget-tthc"><h3 class="widget-title">Kết quả giải quyết TTHC</h3>
<p class="tthc-period">Tháng {stats["month"]}/{self.today.year}</p>
<div class="tthc-percent"><strong>{stats["percent"]}%</strong> hồ sơ giải quyết đúng hạn</div>
<ul class="list-unstyled"><li>Tổng số hồ sơ: <b>{thousands(stats["total"])}</b></li>
<li>Đúng hạn: <b>{thousands(stats["ontime"])}</b></li><li>Trễ hạn: <b>{thousands(stats["late"])}</b></li></ul>
<a class="btn btn-sm" href="https://dichvucong.{esc(portal.domain)}/thong-ke" target="_blank">Xem chi tiết</a></div>
<div class="widget widget-banners">
<a href="https://dichvucong.gov.vn/" target="_blank"><img src="{THEME}/images/banner-dvc-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia"></a>
<a href="https://vanban.{esc(portal.domain)}/" target="_blank"><img src="{THEME}/images/banner-van-ban.png" alt="Văn bản chỉ đạo điều hành"></a>
</div>
<div class="widget widget-poll"><h3 class="widget-title">Thăm dò ý kiến</h3>
<form method="post" action="/binh-chon"><input type="hidden" name="_token" value="{token}">
<p class="poll-question">{esc(question)}</p>{answers}
<button type="submit" class="btn btn-sm">Bình chọn</button></form></div>
<div class="widget widget-counter"><h3 class="widget-title">Thống kê truy cập</h3>
<ul class="list-unstyled"><li>Đang truy cập: <b>{thousands(visits["online"])}</b></li>
<li>Hôm nay: <b>{thousands(visits["today"])}</b></li><li>Trong tuần: <b>{thousands(visits["week"])}</b></li>
<li>Trong tháng: <b>{thousands(visits["month"])}</b></li><li>Tổng lượt truy cập: <b>{thousands(visits["total"])}</b></li></ul></div>
</aside></div></div></main>
<footer class="site-footer"><div class="container">
<p class="footer-name">{esc(portal.name.upper())}</p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Trưởng Ban biên tập: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}</p>
<p class="footer-notice">{esc(reuse_notice(portal))}</p>
</div></footer>
<a href="#" class="back-to-top" title="Về đầu trang"><i class="fas fa-chevron-up"></i></a>
<script src="{THEME}/js/app.js?{ASSET_VERSION}"></script>
{scripts}
</body>
</html>
"""

    def crumbs(self, *trail: tuple[str, str]) -> str:
        links = "".join(
            f'<li class="breadcrumb-item"><a href="{esc(href)}">{esc(name)}</a></li>'
            for name, href in trail
        )
        return (
            '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item">'
            f'<a href="/">Trang chủ</a></li>{links}</ol></nav>'
        )

    def thumb(self, item: Item) -> str:
        return (
            f'<img class="lazy" src="{THEME}/images/no-image.png" data-src="'
            f'{esc(image_path(item, 90, self.image_folder))}" alt="{esc(item.title)}">'
        )

    def badge(self, item: Item) -> str:
        return KIND_BADGES.get(self.kinds[item.key], "")

    # -- home and listings

    def home_html(self, request: Request) -> str:
        healthy = [it for it in self.items if it.kind == "article"]
        hot = healthy[:5]
        featured = ""
        if hot:
            first = hot[0]
            href = f"{self.article_path(first)}?{HOME_TRACKING}"
            others = "".join(
                f'<li>{self.badge(it)}<a href="{esc(self.article_path(it) + "?" + HOME_TRACKING)}">'
                f"{esc(it.title)}</a></li>"
                for it in hot[1:]
            )
            featured = (
                '<section class="home-featured"><div class="row"><div class="col-md-7">'
                f'<a href="{esc(href)}">{self.thumb(first)}</a>{self.badge(first)}<h2 '
                f'class="featured-title"><a href="{esc(href)}">{esc(first.title)}</a></h2><p '
                f'class="featured-sapo">{esc(first.sapo())}</p></div><div class="col-md-5"><ul '
                f'class="featured-list">{others}</ul></div></div></section>'
            )
        boxes = []
        for kind, title in (
            ("live", "Tường thuật trực tiếp"),
            ("interview", "Phỏng vấn - Đối thoại"),
        ):
            shown = [it for it in self.by_kind[kind] if it.kind != "missing"][:3]
            rows = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<span class="date">{list_date(it.published)}</span></li>'
                for it in shown
            )
            boxes.append(
                f'<section class="home-box home-{kind}"><h2 class="box-title"><a href="'
                f'{esc(self.kind_path(kind))}">{title}</a></h2><ul class="list-news">{rows}</ul>'
                "</section>"
            )
        blocks = []
        for section in self.sections.values():
            listed = self.listed(section)[:4]
            if not listed:
                continue
            rows = "".join(
                f'<li>{self.badge(it)}<a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<span class="date">({dmy(it.published)})</span></li>'
                for it in listed
            )
            blocks.append(
                f'<section class="home-cate"><h2 class="cate-title"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>'
                f'<ul class="list-news">{rows}</ul><a class="view-more" href="'
                f'{esc(self.listing_path(section))}">Xem thêm</a></section>'
            )
        main = (
            f'{featured}<div class="home-special">{"".join(boxes)}</div>'
            f'<div class="home-cates">{"".join(blocks)}</div>'
        )
        return self.frame(self.portal.name, main, request)

    def rows_html(self, items: list[Item]) -> str:
        rows = "".join(
            f'<article class="post-item media"><a class="post-thumb mr-3" href="'
            f'{esc(self.article_path(it))}">{self.thumb(it)}</a><div class="media-body">'
            f'{self.badge(it)}<h3 class="post-item__title"><a href="{esc(self.article_path(it))}">'
            f'{esc(it.title)}</a></h3><p class="post-item__date"><i class="far fa-clock"></i> '
            f'{list_date(it.published)}</p><p class="post-item__sapo">{esc(it.sapo())}</p></div>'
            "</article>"
            for it in items
        )
        return rows or '<p class="empty">Không có bài viết nào.</p>'

    def pager_html(self, page: int, pages: int, href) -> str:
        if pages <= 1 or page > pages:
            return ""
        parts = arrow_pager(
            page,
            pages,
            href,
            link='<li class="page-item"><a class="page-link" href="{href}">{n}</a></li>',
            current='<li class="page-item active" aria-current="page"><span class="page-link">'
            "{n}</span></li>",
            gap='<li class="page-item disabled" aria-disabled="true"><span class="page-link">'
            "...</span></li>",
            prev='<li class="page-item"><a class="page-link" href="{href}" rel="prev" '
            'aria-label="« Trang trước">&lsaquo;</a></li>',
            next_='<li class="page-item"><a class="page-link" href="{href}" rel="next" '
            'aria-label="Trang sau »">&rsaquo;</a></li>',
        )
        return f'<nav class="pager"><ul class="pagination">{"".join(parts)}</ul></nav>'

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        name = self.news.name if self.is_news(section) else section.name
        items, pages = self.page_of(self.listed(section), page)
        pager = self.pager_html(page, pages, lambda n: self.listing_path(section, n))
        main = (
            f'<div class="category-page"><h1 class="page-title">{esc(name)}</h1>'
            f'<div class="post-list">{self.rows_html(items)}</div>{pager}</div>'
        )
        trail = [("Tin tức - Sự kiện", NEWS_PATH)]
        if not self.is_news(section):
            trail.append((name, self.listing_path(section)))
        title = f"{name} - {self.portal.name}" if page == 1 else f"{name} - Trang {page}"
        return self.frame(title, main, request, self.crumbs(*trail))

    def kind_listing_html(self, kind: str, page: int, request: Request) -> str:
        name = "Tường thuật trực tiếp" if kind == "live" else "Phỏng vấn - Đối thoại"
        items, pages = self.page_of(self.by_kind[kind], page)
        pager = self.pager_html(page, pages, lambda n: self.kind_path(kind, n))
        main = (
            f'<div class="category-page"><h1 class="page-title">{esc(name)}</h1>'
            f'<div class="post-list">{self.rows_html(items)}</div>{pager}</div>'
        )
        title = f"{name} - {self.portal.name}" if page == 1 else f"{name} - Trang {page}"
        return self.frame(title, main, request, self.crumbs((name, self.kind_path(kind))))

    # -- the story

    def figure(self, item: Item, block: Block) -> str:
        if block.image < 0:
            src = f"/storage/photos/nhan-vat/{stable_token(item.key + 'chan-dung', 12)}.jpg"
            return (
                '<figure class="image image-style-align-right portrait"><img src="'
                f'{esc(src)}" alt="{esc(block.text)}" width="300" height="400"><figcaption>'
                f"{esc(block.text)}</figcaption></figure>"
            )
        src = image_path(item, block.image, self.image_folder)
        return (
            f'<figure class="image"><img src="{esc(src)}" alt="{esc(block.text)}" width="800" '
            f'height="533"><figcaption>{esc(block.text)}</figcaption></figure>'
        )

    def content_html(self, item: Item, kind: str, blocks: list[Block]) -> str:
        """The story's body under its lead, as the CMS renders its kind."""
        plan = self.live_plan_of(item)
        style = plan.style if plan else ""
        interview = interview_plan(item.key, len(item.paragraphs)) if kind == "interview" else None
        out: list[str] = []
        for block in blocks:
            if block.kind == "lead":
                continue
            if block.kind == "img":
                out.append(self.figure(item, block))
            elif block.kind == "entry":
                if style == "module":
                    anchor = f"e{item.number}-{block.moment:%H%M}"
                    out.append(
                        f'<div class="live-entry" id="{anchor}"><div class="live-entry__time">'
                        f'<time datetime="{iso_vn(block.moment)}">'
                    )
            elif block.kind == "end":
                if style == "module":
                    out.append(
                        '</div><div class="live-entry__share"><a href="javascript:void(0)" '
                        'onclick="shareEntry(this)" title="Chia sẻ"><i class="fas '
                        'fa-share-alt"></i></a></div></div>'
                    )
            elif block.kind == "time":
                if style == "module":
                    out.append(f'{esc(block.text)}</time></div><div class="live-entry__body">')
                else:
                    out.append(f"<p><strong>{esc(block.text)}</strong></p>")
            elif block.kind == "p" and style == "inline" and block.body:
                line = block.text[: len(block.text) - len(block.body) - 1]
                out.append(f"<p><strong>{esc(line)}</strong> {esc(block.body)}</p>")
            elif block.kind == "p":
                out.append(f'<p style="text-align:justify">{esc(block.text)}</p>')
            elif block.kind == "intro":
                out.append(f"<p><em>{esc(block.text)}</em></p>")
            elif block.kind == "question":
                prefix = interview.question_prefix
                words = esc(f"{prefix} {block.body}")
                if interview.italic_questions:
                    out.append(f"<p><strong><em>{words}</em></strong></p>")
                else:
                    out.append(f"<p><strong>{words}</strong></p>")
            elif block.kind == "answer":
                out.append(
                    f'<p style="text-align:justify"><strong>{esc(interview.answer_prefix)}</strong>'
                    f" {esc(block.body)}</p>"
                )
        if style == "module":
            # The live module wraps its entries in a timeline; the cover photo stays above it.
            first = next((n for n, part in enumerate(out) if 'class="live-entry"' in part), None)
            if first is not None:
                out.insert(first, '<div class="live-timeline">')
                out.append("</div>")
        return "".join(out)

    def byline_html(self, item: Item) -> str:
        parts = []
        if item.author:
            parts.append(f'<p class="post-author"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            parts.append(f'<p class="post-source">Nguồn: {esc(item.source)}</p>')
        return "".join(parts)

    def article_html(self, item: Item, request: Request) -> str:
        kind = self.kinds[item.key]
        blocks = self.blocks[item.key]
        lead = next((b.text for b in blocks if b.kind == "lead"), "")
        url = request.base_url + self.article_path(item)
        updated = self.updated(item)
        kicker = f'<div class="post-kicker">{self.badge(item)}</div>' if kind != "article" else ""
        status = ""
        scripts = ""
        if kind == "live":
            plan = self.live_plan_of(item)
            if plan is not None:
                status = (
                    f'<div class="live-status"><i class="fas fa-sync-alt"></i> '
                    f"{last_update_line(plan.updated)}</div>"
                )
                since = int(plan.updated.replace(tzinfo=VN_TZ).timestamp())
                scripts = (
                    f"<script>\nwindow.LIVE = {{api: '/api/live/{item.number}/entries', since: "
                    f"{since}, interval: 60000}};\n$(function () {{ LiveBlog.init(window.LIVE); "
                    "});\n</script>"
                )
        if item.kind == "empty":
            content = (
                '<div class="live-empty"><i class="far fa-clock"></i> Chương trình tường thuật '
                "chưa bắt đầu. Nội dung sẽ được cập nhật liên tục, mời quý độc giả theo dõi.</div>"
            )
            lead_html = ""
        else:
            content = self.content_html(item, kind, blocks)
            lead_html = f'<div class="post-sapo"><strong>{esc(lead)}</strong></div>' if lead else ""
        related = "".join(
            f'<li>{self.badge(it)}<a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">({dmy(it.published)})</span></li>'
            for it in self.others(item, 5)
        )
        same_kind = ""
        if kind != "article":
            others = [it for it in self.by_kind[kind] if it is not item and it.kind == "article"][
                :4
            ]
            rows = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
                for it in others
            )
            name = "Tường thuật khác" if kind == "live" else "Phỏng vấn khác"
            same_kind = (
                f'<section class="related-kind"><h2 class="related-title">{name}</h2>'
                f'<ul class="list-news">{rows}</ul></section>'
            )
        share = esc(quote(url, safe=""))
        main = f"""<article class="post-detail post-{kind}">
{kicker}
<h1 class="post-title">{esc(item.title)}</h1>
{status}
<div class="post-meta d-flex justify-content-between"><div><span class="post-date"><i class="far fa-clock"></i> {meta_date(item.published)}</span>
<span class="post-views"><i class="far fa-eye"></i> {thousands(view_count(request.seed))} lượt xem</span></div>
<div class="post-tools"><span class="font-size">Cỡ chữ: <a href="javascript:void(0)" data-size="-1">A-</a>
<a href="javascript:void(0)" data-size="0">A</a> <a href="javascript:void(0)" data-size="1">A+</a></span>
<a href="{self.print_path(item)}" target="_blank" rel="nofollow" title="In bài"><i class="fas fa-print"></i></a></div></div>
{lead_html}
<div class="post-content ck-content">
{content}
</div>
{self.byline_html(item)}
<div class="post-share">Chia sẻ:
<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="noopener"><i class="fab fa-facebook-f"></i></a>
<a href="https://sp.zalo.me/share_inline?url={share}" target="_blank" rel="noopener">Zalo</a>
<a href="mailto:?subject={esc(quote(item.title))}&amp;body={share}"><i class="fas fa-envelope"></i></a></div>
</article>
{same_kind}
<section class="related-news"><h2 class="related-title">Tin liên quan</h2>
<ul class="list-news">{related}</ul></section>"""
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": item.title,
            "description": shorten(lead, 200),
            "image": [request.base_url + image_path(item, 90, self.image_folder)],
            "datePublished": iso_vn(item.published),
            "dateModified": iso_vn(updated),
            "mainEntityOfPage": url,
            "publisher": {"@type": "GovernmentOrganization", "name": self.portal.name},
        }
        if item.author:
            ld["author"] = {"@type": "Person", "name": item.author}
        head = (
            f'<link rel="canonical" href="{esc(url)}">\n'
            '<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(item.title)}">\n'
            f'<meta property="og:description" content="{esc(shorten(lead, 200))}">\n'
            f'<meta property="og:url" content="{esc(url)}">\n'
            f'<meta property="og:image" content="{esc(request.base_url + image_path(item, 90, self.image_folder))}">\n'
            f'<meta property="article:published_time" content="{iso_vn(item.published)}">\n'
            f'<meta property="article:modified_time" content="{iso_vn(updated)}">\n'
            '<script type="application/ld+json">'
            f"{json.dumps(ld, ensure_ascii=False)}</script>"
        )
        trail = [
            ("Tin tức - Sự kiện", NEWS_PATH),
            (item.section.name, self.listing_path(item.section)),
        ]
        return self.frame(item.title, main, request, self.crumbs(*trail), head, scripts)

    def print_html(self, item: Item) -> str:
        kind = self.kinds[item.key]
        blocks = self.blocks[item.key]
        lead = next((b.text for b in blocks if b.kind == "lead"), "")
        content = self.content_html(item, kind, blocks) if item.kind != "empty" else ""
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(item.title)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="{THEME}/css/print.css?{ASSET_VERSION}"></head>
<body onload="window.print()"><div class="print-page">
<p class="print-header">{esc(self.portal.name.upper())}</p>
<h1>{esc(item.title)}</h1><p class="print-date">{meta_date(item.published)}</p>
<p><strong>{esc(lead)}</strong></p>{content}{self.byline_html(item)}
<p class="print-url">Địa chỉ bài viết: https://{esc(self.portal.domain)}{esc(self.article_path(item))}</p>
</div></body></html>
"""

    def live_json(self, item: Item, request: Request) -> Response:
        """What the live page's script polls: the entries newer than ``since``."""
        plan = self.live_plan_of(item)
        try:
            since = int(request.params.get("since", "0"))
        except ValueError:
            since = 0
        entries = []
        for entry in reversed(plan.entries if plan else ()):
            stamp = int(entry.time.replace(tzinfo=VN_TZ).timestamp())
            if stamp <= since:
                continue
            entries.append(
                {
                    "id": f"e{item.number}-{entry.time:%H%M}",
                    "time": f"{entry.time:%H:%M}",
                    "html": f"<p>{esc(item.paragraphs[entry.paragraph])}</p>",
                    "created_at": iso_vn(entry.time),
                }
            )
        body = {
            "status": "ok",
            "post_id": item.number,
            "is_live": plan is not None,
            "updated_at": iso_vn(plan.updated) if plan else None,
            "entries": entries,
        }
        return Response(
            200,
            {
                "Content-Type": "application/json",
                "Cache-Control": "no-cache, private",
                **self.family_headers,
            },
            json.dumps(body, ensure_ascii=False).encode("utf-8"),
        )

    # -- feeds and maps

    def feed_response(self, section: Section | None, request: Request) -> Response:
        name = self.news.name if self.is_news(section) else section.name
        items = [it for it in self.listed(section) if it.kind == "article"][:20]
        entries = "".join(
            f"<item><title>{esc(it.title)}</title><link>{esc(request.base_url + self.article_path(it))}"
            f'</link><guid isPermaLink="false">post-{it.number}</guid><description>'
            f"{esc(it.sapo())}</description><pubDate>{rss_date(it.published)}</pubDate></item>\n"
            for it in items
        )
        link = request.base_url + self.listing_path(section)
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(name)} - {esc(self.portal.name)}</title><link>{esc(link)}</link>"
            f"<description>{esc(name)}</description><language>vi-VN</language>\n{entries}"
            "</channel></rss>\n"
        )
        return Response(
            200,
            {"Content-Type": "application/rss+xml; charset=UTF-8", **self.family_headers},
            xml.encode("utf-8"),
        )

    def sitemap_xml(self, request: Request) -> str:
        rows = [
            f"<url><loc>{esc(request.base_url + self.listing_path(None))}</loc>"
            "<changefreq>hourly</changefreq></url>"
        ]
        rows += [
            f"<url><loc>{esc(request.base_url + self.listing_path(s))}</loc>"
            "<changefreq>daily</changefreq></url>"
            for s in self.sections.values()
        ]
        rows += [
            f"<url><loc>{esc(request.base_url + self.article_path(it))}</loc><lastmod>"
            f"{iso_vn(self.updated(it))}</lastmod></url>"
            for it in self.items
        ]
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(rows)
            + "\n</urlset>\n"
        )

    def rss_page_html(self, request: Request) -> str:
        rows = "".join(
            f'<li><a href="/rss/{esc(s.slug)}.rss"><i class="fas fa-rss"></i> {esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        main = (
            '<div class="static-page"><h1 class="page-title">RSS</h1><p>Cổng thông tin cung cấp '
            "các kênh tin RSS để bạn đọc cập nhật tin tức mới nhất.</p><ul>"
            f'<li><a href="/rss/tin-tuc.rss"><i class="fas fa-rss"></i> Tin tức - Sự kiện</a></li>'
            f"{rows}</ul></div>"
        )
        return self.frame(f"RSS - {self.portal.name}", main, request, self.crumbs(("RSS", "/rss")))

    # -- other pages

    def static_html(self, title: str, paragraphs: tuple[str, ...], request: Request) -> str:
        text = "".join(f"<p>{esc(p.format(province=self.portal.province))}</p>" for p in paragraphs)
        if title == "Liên hệ":
            text += (
                f"<p>Địa chỉ: {esc(self.portal.address)}</p><p>Điện thoại: "
                f"{esc(self.portal.phone)}</p><p>Thư điện tử: banbientap@{esc(self.portal.domain)}</p>"
            )
        main = f'<div class="static-page"><h1 class="page-title">{esc(title)}</h1>{text}</div>'
        return self.frame(f"{title} - {self.portal.name}", main, request, self.crumbs())

    def sitemap_html(self, request: Request) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        main = (
            '<div class="static-page"><h1 class="page-title">Sơ đồ cổng</h1><ul>'
            '<li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>'
            f'<li><a href="{NEWS_PATH}">Tin tức - Sự kiện</a><ul>{rows}</ul></li>'
            f'<li><a href="{LIVE_PATH}">Tường thuật trực tiếp</a></li>'
            f'<li><a href="{INTERVIEW_PATH}">Phỏng vấn - Đối thoại</a></li>'
            '<li><a href="/rss">RSS</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></div>'
        )
        return self.frame(f"Sơ đồ cổng - {self.portal.name}", main, request, self.crumbs())

    def search_html(self, request: Request) -> str:
        words = request.params.get("q", "")
        main = (
            '<div class="search-page"><h1 class="page-title">Tìm kiếm</h1>'
            f'<p>Không tìm thấy kết quả nào phù hợp với từ khóa "{esc(words)}".</p></div>'
        )
        return self.frame(f"Tìm kiếm - {self.portal.name}", main, request, self.crumbs())

    def login_html(self) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập - {esc(self.portal.name)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="{THEME}/css/app.css?{ASSET_VERSION}"></head>
<body class="login-page"><div class="login-box"><h1>Đăng nhập hệ thống</h1>
<form method="post" action="/dang-nhap"><input type="hidden" name="_token" value="">
<input type="text" name="username" placeholder="Tên đăng nhập"><input type="password"
name="password" placeholder="Mật khẩu"><button type="submit">Đăng nhập</button></form>
<p><a href="/">Quay lại trang chủ</a></p></div></body></html>
"""

    def error_html(self, status: int) -> str:
        message = (
            "Xin lỗi, trang bạn tìm kiếm không tồn tại hoặc đã bị gỡ bỏ."
            if status == 404
            else "Máy chủ gặp sự cố, xin vui lòng thử lại sau."
        )
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{status} | {esc(self.portal.name)}</title>
<link rel="stylesheet" href="{THEME}/css/app.css?{ASSET_VERSION}"></head>
<body class="error-page"><div class="container text-center"><h1 class="error-code">{status}</h1>
<p>{message}</p><p><a href="/">Về trang chủ</a></p></div></body></html>
"""


STATIC_PAGES = {
    "/gioi-thieu": (
        "Giới thiệu",
        (
            "Tỉnh {province} nằm ở vùng duyên hải, có 7 huyện, 1 thị xã và 1 thành phố trực "
            "thuộc, với hơn 1,1 triệu dân.",
            "Cổng thông tin điện tử tỉnh là kênh thông tin chính thức của Ủy ban nhân dân tỉnh "
            "trên mạng Internet, đăng tải tin tức chỉ đạo, điều hành, tường thuật các hội nghị "
            "quan trọng và cung cấp dịch vụ công cho người dân, doanh nghiệp.",
        ),
    ),
    "/lien-he": (
        "Liên hệ",
        ("Mọi ý kiến đóng góp xin gửi về Ban Biên tập Cổng thông tin điện tử tỉnh {province}.",),
    ),
}
