"""An old department portal on a home-grown ASP.NET WebForms CMS whose editor writes ``<br>``s.

The CMS (a local software house's, .NET 2.0/4.0 on IIS 7.5) embeds an old FCKeditor configured
with ``EnterMode = 'br'``: pressing Enter inserts a single ``<br />``, never a ``<p>``. So an
article body is one run of text lines, each line ending in ONE ``<br />`` (no blank line between
paragraphs), inside the ``<span>`` an ASP.NET ``Label`` renders; editors' own habits add:

- a wrapping ``<div style="text-align: justify;">`` or a layout ``<table><tr><td>`` around it, or
  ``<br>`` followed by ``&nbsp;&nbsp;&nbsp;&nbsp;`` to indent each line (see :data:`LAYOUTS`);
- sub-headings on a line of their own, bold (``<b>`` or ``<strong>``), without final punctuation,
  numbered ("1. Kết quả triển khai", "II. …") or not;
- list lines typed by hand: ``- …;``, ``+ …;``, ``a) …;``, after a line ending with ``:``;
- a lone reference line ("Thực hiện Kế hoạch số 15/KH-UBND ngày 10/3/2020 của UBND tỉnh"),
  one-sentence lines, and a paragraph whose final full stop the editor forgot;
- photos as ``<img>`` followed by ``<br />`` and the caption in ``<i>``/``<em>`` (sometimes in a
  centred ``<div>``); at the end the author alone in bold and "Nguồn: …" after it.

The gold body of an article is :func:`gold_lines` (every text line of the body, in order, each
its own paragraph; sub-headings and list lines included, list markers kept; captions, author and
source excluded); :func:`gold_corpus` gives the whole corpus with those lines as paragraphs.

URL shapes (query-style, one-based paging):

- home ``/`` (also ``/Default.aspx``); static pages ``/GioiThieu.aspx``, ``/LienHe.aspx``;
- listing ``/TinTuc/DanhSach.aspx?MaCM=<id>`` (the general news section lists every article),
  page N ``&Trang=N`` (the pager links page 1 as ``&Trang=1`` too);
- article ``/TinTuc/ChiTiet.aspx?MaTin=<n>`` (listings, related news; relative
  ``ChiTiet.aspx?MaTin=<n>`` inside ``/TinTuc/``); the URL-rewriter alias
  ``/tin-tuc/<n>/<slug>.aspx`` (home page boxes and the "Tin mới" sidebar) serves the same page;
- print view ``/TinTuc/InTin.aspx?MaTin=<n>`` (printer icon; the "In bài" text link is a
  ``javascript:`` popup), "Gửi email" form ``/TinTuc/GuiEmail.aspx?MaTin=<n>`` (only reached
  through a ``javascript:`` link).
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
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
)

__all__ = [
    "LAYOUTS",
    "PLANS",
    "FckBrSite",
    "Line",
    "body_lines",
    "gold_corpus",
    "gold_lines",
    "published_stamp",
]

LISTING = "/TinTuc/DanhSach.aspx"
ARTICLE = "/TinTuc/ChiTiet.aspx"
PRINT = "/TinTuc/InTin.aspx"
EMAIL = "/TinTuc/GuiEmail.aspx"
_ALIAS = re.compile(r"^/tin-tuc/(\d+)/[\w-]*\.aspx$", re.IGNORECASE)
#: How the editor's lines are wrapped (by the item's rank, so that every way is present).
LAYOUTS = ("span", "div", "td", "indent")
#: How an article body is organised (by a hash of its key): a report with numbered sub-headings,
#: a news story with unnumbered bold sub-headings, or plain lines with a list and no headings.
PLANS = ("report", "story", "plain")
STATIC_PAGES = {
    "/GioiThieu.aspx": (
        "Giới thiệu",
        [
            "Sở Nội vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu về tổ chức bộ "
            "máy, biên chế, cải cách hành chính, chính quyền địa phương và công tác thanh niên.",
            "Trụ sở Sở đặt tại trung tâm thành phố, gồm Văn phòng, Thanh tra và năm phòng "
            "chuyên môn, nghiệp vụ cùng hai đơn vị trực thuộc.",
        ],
    ),
    "/LienHe.aspx": (
        "Liên hệ",
        [
            "Mọi thông tin, ý kiến góp ý về nội dung Cổng thông tin điện tử xin gửi về Văn phòng "
            "Sở Nội vụ, bộ phận quản trị Cổng thông tin.",
            "Thời gian làm việc: buổi sáng từ 7 giờ đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến "
            "17 giờ, từ thứ Hai đến thứ Sáu.",
        ],
    ),
}


# ---------------------------------------------------------------- the editor's lines (the gold)


class Line(NamedTuple):
    """One line of an article body as the editor typed it.

    ``kind``: ``text`` (a corpus paragraph), ``slip`` (a corpus paragraph without its final full
    stop), ``heading``, ``intro`` (a line ending with ``:``), ``item`` (a list line, marker
    included), ``short`` (a one-sentence line), ``ref`` (a lone reference to a document).
    ``source`` is the index of the corpus paragraph the line shows (None for the others).
    """

    kind: str
    text: str
    source: int | None = None


_HEADINGS_REPORT = (
    ("Kết quả triển khai", "Kết quả đạt được", "Tình hình thực hiện", "Kết quả nổi bật"),
    ("Những khó khăn, vướng mắc", "Tồn tại, hạn chế", "Khó khăn và nguyên nhân"),
    ("Nhiệm vụ, giải pháp thời gian tới", "Phương hướng trong thời gian tới", "Kiến nghị, đề xuất"),
)
_HEADINGS_STORY = (
    "Đưa dịch vụ công đến gần người dân",
    "Hạ tầng số đi trước một bước",
    "Những con số biết nói",
    "Còn không ít thách thức",
    "Cần sự vào cuộc của cả hệ thống",
    "Lấy người dân làm trung tâm",
    "Từ thí điểm đến nhân rộng",
    "Kỳ vọng ở chặng đường tiếp theo",
)
_INTROS_DONE = (
    "Một số chỉ tiêu chính đạt được trong kỳ gồm:",
    "Cụ thể, các cơ quan, đơn vị đã triển khai những nội dung sau:",
    "Đến nay, toàn tỉnh đã cơ bản hoàn thành các việc:",
)
_INTROS_HARD = (
    "Bên cạnh kết quả đạt được, quá trình triển khai vẫn còn một số hạn chế như:",
    "Theo đánh giá của Sở Nội vụ, những vướng mắc chủ yếu là:",
)
_INTROS_NEXT = (
    "Trong thời gian tới, Sở đề nghị các cơ quan, đơn vị tập trung thực hiện các nhiệm vụ sau:",
    "Hội nghị thống nhất giao nhiệm vụ cho các cơ quan, đơn vị như sau:",
    "Để hoàn thành các chỉ tiêu năm, Giám đốc Sở yêu cầu:",
)
_ITEMS_DONE = (
    "Tỷ lệ hồ sơ trực tuyến toàn trình đạt {pct}%",
    "Số hóa {num} hồ sơ, kết quả giải quyết thủ tục hành chính còn hiệu lực",
    "Cấp {num} chữ ký số cho cán bộ, công chức cấp xã",
    "Kết nối hệ thống một cửa điện tử với Cổng Dịch vụ công quốc gia",
    "Triển khai họp không giấy tại {small} cơ quan chuyên môn thuộc UBND tỉnh",
    "Thành lập {small} Tổ công nghệ số cộng đồng ở các xã, phường",
    "Đưa kho dữ liệu cán bộ, công chức, viên chức vào vận hành",
)
_ITEMS_HARD = (
    "Một số cán bộ cấp xã còn lúng túng khi sử dụng chữ ký số",
    "Kinh phí dành cho chuyển đổi số còn hạn chế",
    "Hạ tầng mạng ở một số thôn vùng sâu chưa ổn định",
    "Người dân cao tuổi chưa quen nộp hồ sơ qua mạng",
    "Dữ liệu giữa các phần mềm chuyên ngành chưa được đồng bộ",
)
_ITEMS_NEXT = (
    "Tiếp tục rà soát, cắt giảm các thủ tục hành chính không cần thiết",
    "Hoàn thành việc số hóa hồ sơ trước ngày {day}/{month}",
    "Nâng cấp đường truyền số liệu chuyên dùng đến cấp xã",
    "Đẩy mạnh tuyên truyền về lợi ích của thanh toán không dùng tiền mặt",
    "Bồi dưỡng kỹ năng số cho đội ngũ cán bộ làm công tác một cửa",
    "Báo cáo kết quả về Sở Nội vụ trước ngày {day} hằng tháng",
)
_SUB_HEADS = (
    "Về chính quyền số:",
    "Về kinh tế số:",
    "Về xã hội số:",
)
_SHORTS = (
    "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến.",
    "Đây là năm thứ ba đơn vị triển khai nội dung này.",
    "Kết quả trên cao hơn cùng kỳ năm trước.",
    "Các đại biểu đánh giá cao cách làm này.",
    "Dự kiến mô hình sẽ được nhân rộng trong năm tới.",
    "Chương trình nhận được sự hưởng ứng của đông đảo người dân.",
    "Việc tiếp nhận hồ sơ không phát sinh chi phí cho người dân.",
)
_REFS = (
    "Thực hiện Kế hoạch số {n}/KH-UBND ngày {d}/{m}/2020 của UBND tỉnh",
    "Căn cứ Quyết định số {n}/QĐ-UBND ngày {d}/{m}/2020 của Chủ tịch UBND tỉnh",
    "Thực hiện Công văn số {n}/UBND-KGVX ngày {d}/{m}/2020 của UBND tỉnh",
)
_MARKERS = ("dash", "plus", "alpha", "nested")


def _rng(key: str) -> random.Random:
    return random.Random(stable_int(key + "fckbr-lines", 0, 2**48))


def _fill(template: str, rng: random.Random) -> str:
    return template.format(
        pct=f"{rng.randint(41, 96)},{rng.randint(1, 9)}",
        num=thousands(rng.randint(1_200, 86_000)),
        small=rng.randint(3, 28),
        day=rng.randint(5, 28),
        month=rng.randint(2, 12),
    )


def _list(rng: random.Random, pool: Sequence[str], style: str) -> list[Line]:
    """3-4 list lines from ``pool``: ``;`` after each but the last, which takes ``.``."""
    texts = [_fill(t, rng) for t in rng.sample(list(pool), min(len(pool), rng.randint(3, 4)))]
    if style == "nested":
        # "- Về …:" then its "+ …" lines.
        first = [Line("item", "- " + rng.choice(_SUB_HEADS))]
        return first + _list(rng, pool, "plus")
    lines = []
    for number, text in enumerate(texts):
        end = "." if number == len(texts) - 1 else ";"
        marker = {"dash": "- ", "plus": "+ ", "alpha": f"{'abcd'[number]}) "}[style]
        lines.append(Line("item", marker + text + end))
    return lines


def _paragraph(paragraphs: Sequence[str], index: int, slip: int | None) -> Line:
    text = paragraphs[index]
    if index == slip and text.endswith("."):
        return Line("slip", text[:-1], index)
    return Line("text", text, index)


def body_lines(key: str, paragraphs: Sequence[str]) -> list[Line]:
    """The lines the editor typed for an article ``key`` whose corpus paragraphs are
    ``paragraphs``: those paragraphs as ordinary lines, in order, with sub-headings, list lines,
    one-sentence lines and a reference line added (the same for the same key).

    >>> lines = body_lines("demo-1", ["Mở đầu.", "Thân bài một.", "Thân bài hai.", "Kết luận."])
    >>> [line.text for line in lines if line.source is not None][0]
    'Mở đầu.'
    >>> all(line.kind != "heading" or line.text[-1] not in ".:;" for line in lines)
    True
    """
    rng = _rng(key)
    plan = PLANS[stable_int(key + "plan", 0, len(PLANS) - 1)]
    count = len(paragraphs)
    slip = rng.randint(1, count - 2) if count > 2 and rng.random() < 0.5 else None
    para = [_paragraph(paragraphs, i, slip) for i in range(count)]
    ref = Line(
        "ref",
        rng.choice(_REFS).format(
            n=rng.randint(12, 2_950), d=rng.randint(1, 28), m=rng.randint(1, 12)
        ),
    )
    short = Line("short", rng.choice(_SHORTS))
    style = _MARKERS[stable_int(key + "marker", 0, len(_MARKERS) - 1)]
    half = max(1, count // 2)
    lines: list[Line] = []
    if plan == "report":
        roman = rng.random() < 0.4
        numbers = ("I. ", "II. ", "III. ") if roman else ("1. ", "2. ", "3. ")
        heads = [Line("heading", numbers[i] + rng.choice(_HEADINGS_REPORT[i])) for i in range(3)]
        if rng.random() < 0.5:
            lines.append(ref)
        lines += [*para[:1], heads[0], *para[1:half], short, heads[1]]
        lines += [Line("intro", rng.choice(_INTROS_HARD)), *_list(rng, _ITEMS_HARD, style)]
        lines += [*para[half : count - 1], heads[2], Line("intro", rng.choice(_INTROS_NEXT))]
        lines += [*_list(rng, _ITEMS_NEXT, "dash" if style == "nested" else style)]
        lines += para[max(1, count - 1) :]
    elif plan == "story":
        heads = [Line("heading", h) for h in rng.sample(_HEADINGS_STORY, 2)]
        lines += [*para[:1], short, *para[1:2], heads[0], *para[2:half]]
        lines += [Line("intro", rng.choice(_INTROS_DONE)), *_list(rng, _ITEMS_DONE, style)]
        lines += [heads[1], *para[max(2, half) :]]
    else:
        lines += [*para[:1], ref, *para[1:half], short]
        lines += [Line("intro", rng.choice(_INTROS_NEXT)), *_list(rng, _ITEMS_NEXT, style)]
        lines += para[half:]
    return lines


def gold_lines(key: str, paragraphs: Sequence[str]) -> list[str]:
    """The gold body of an article: every text line the page shows in its body, in order, each
    its own paragraph (sub-headings and list lines included, list markers kept; photo
    captions, the author line and "Nguồn: …" left out).

    >>> gold = gold_lines("demo-1", ["Mở đầu.", "Thân bài một.", "Thân bài hai.", "Kết luận."])
    >>> "Mở đầu." in gold and "Kết luận." in gold and len(gold) > 4
    True
    """
    return [line.text for line in body_lines(key, paragraphs)]


def gold_corpus(corpus: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
    """``corpus`` (``{portal_id: [DemoArticle, ...]}``, as the site is served from) with each
    article's ``paragraphs`` replaced by its :func:`gold_lines` and each photo's ``after``
    moved to the gold line it follows: the gold of the crawl of an ``fckbr`` portal.

    >>> from dtcrawl.bench.synthetic import demo_corpus
    >>> served = demo_corpus(2, "snv-mocgiang")
    >>> gold = gold_corpus(served)["snv-mocgiang"]
    >>> lead = served["snv-mocgiang"][0].paragraphs[0]
    >>> lead in gold[0].paragraphs, len(gold[0].paragraphs) > len(served["snv-mocgiang"][0].paragraphs)
    (True, True)
    """
    out: dict[str, list[Any]] = {}
    for portal_id, articles in corpus.items():
        out[portal_id] = []
        for article in articles:
            lines = body_lines(article.key, article.paragraphs)
            where = {line.source: n for n, line in enumerate(lines) if line.source is not None}
            images = tuple(
                {**image, "after": where.get(int(image.get("after", 0)), len(lines) - 1)}
                for image in (article.images or ())
            )
            out[portal_id].append(
                dataclasses.replace(
                    article, paragraphs=tuple(line.text for line in lines), images=images
                )
            )
    return out


# ---------------------------------------------------------------- dates


def published_stamp(moment: datetime) -> str:
    """The date under a title, as .NET's vi-VN culture writes ``DateTime.ToString()``
    (12-hour clock, SA before noon and CH after).

    >>> published_stamp(datetime(2022, 10, 17, 8, 22, 19))
    'Ngày xuất bản: 17/10/2022 8:22:19 SA'
    >>> published_stamp(datetime(2022, 10, 17, 12, 5))
    'Ngày xuất bản: 17/10/2022 12:05:00 CH'
    >>> published_stamp(datetime(2022, 10, 17, 0, 40))
    'Ngày xuất bản: 17/10/2022 12:40:00 SA'
    """
    hour = moment.hour % 12 or 12
    half = "SA" if moment.hour < 12 else "CH"
    return f"Ngày xuất bản: {dmy(moment)} {hour}:{moment:%M:%S} {half}"


# ---------------------------------------------------------------- the site


class FckBrSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/7.5",
        "X-Powered-By": "ASP.NET",
        "X-AspNet-Version": "4.0.30319",
    }
    number_base = 5_310
    number_stride = 4
    image_folder = "/Upload/TinTuc"

    def __init__(self, portal, articles):
        super().__init__(portal, articles)
        for rank, item in enumerate(reversed(self.items)):
            item.extra["layout"] = LAYOUTS[rank % len(LAYOUTS)]
            item.extra["bold"] = "b" if stable_int(item.key + "bold", 0, 1) else "strong"
            item.extra["photo"] = "inline" if rank % 3 else "centred"
            item.extra["closing"] = "right" if rank % 2 else "plain"

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"{ARTICLE}?MaTin={item.number}"

    def alias_path(self, item: Item) -> str:
        """The URL rewriter's form of the article (home page boxes, "Tin mới")."""
        return f"/tin-tuc/{item.number}/{slugify(item.title, max_len=60)}.aspx"

    def article_aliases(self, item: Item) -> list[str]:
        return [self.alias_path(item)]

    def print_path(self, item: Item) -> str:
        return f"{PRINT}?MaTin={item.number}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        shown = self.news if self.is_news(section) else section
        path = f"{LISTING}?MaCM={shown.id}"
        return path if page == 1 else f"{path}&Trang={page}"

    def home_path(self) -> str:
        return "/"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        lowered = path.lower()
        if lowered in ("/", "/default.aspx"):
            return self.html_response(self.home_html(request))
        if lowered in (ARTICLE.lower(), PRINT.lower(), EMAIL.lower()):
            item = self.by_number.get(page_number(request.params.get("MaTin"), 0))
            if item is None:
                return None
            if lowered == ARTICLE.lower():
                return self.article_response(item, request)
            if item.kind in ("missing", "error"):
                return None
            if lowered == PRINT.lower():
                return self.html_response(self.print_html(item, request))
            return self.html_response(self.email_html(item, request))
        match = _ALIAS.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            return self.article_response(item, request) if item else None
        if lowered == LISTING.lower():
            ident = page_number(request.params.get("MaCM"), 0)
            section = None if ident == self.news.id else self.section_by_id(ident)
            if section is None and ident != self.news.id:
                return None
            page = page_number(request.params.get("Trang"))
            _, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.listing_html(section, page, request))
        for static in STATIC_PAGES:
            if lowered == static.lower():
                return self.html_response(self.static_html(static, request))
        return None

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        lines += ["Disallow: /WebResource.axd", "Disallow: /ScriptResource.axd"]
        return "\n".join(lines) + "\n"

    # -- the page frame

    def frame(self, title: str, crumbs: list[tuple[str, str]], main: str, request: Request) -> str:
        p = self.portal
        action = request.path.rsplit("/", 1)[-1] or "Default.aspx"
        query = "&amp;".join(f"{esc(k)}={esc(v)}" for k, v in request.params.items())
        action += f"?{query}" if query else ""
        menu = "".join(
            f'<td class="menu-item"><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></td>'
            for s in self.sections.values()
        )
        left = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in [self.news, *self.sections.values()]
        )
        crumb = "".join(
            f' &gt; <a href="{esc(href)}">{esc(name)}</a>' if href else f" &gt; {esc(name)}"
            for name, href in crumbs
        )
        latest = self.latest(6)
        newest = "".join(
            f'<li><a href="{esc(self.alias_path(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">{listing_date(it.published)}</span></li>'
            for it in latest
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<input id="ctl00_ucBinhChon_rbl_{i}" type="radio" name="ctl00$ucBinhChon$rbl" '
            f'value="{i + 1}" /><label for="ctl00_ucBinhChon_rbl_{i}">{esc(o)}</label><br />'
            for i, o in enumerate(options)
        )
        state = stable_token(request.seed + "vs", 32, _B64)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
\t{esc(title)} - {esc(p.name)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" />
<script type="text/javascript" src="/Scripts/common.js"></script></head>
<body>
<form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEP{state}" /></div>
<div id="wrapper">
<div id="header"><img src="/App_Themes/Default/images/banner.jpg" width="1000" height="150" alt="{esc(p.name)}" /></div>
<div id="topbar"><span class="chaomung">Chào mừng bạn đến với {esc(p.name)}</span>
<span class="cochu">Cỡ chữ: <a href="javascript:CoChu(-1)">A-</a> <a href="javascript:CoChu(0)">A</a> <a href="javascript:CoChu(1)">A+</a></span></div>
<table id="menu" cellpadding="0" cellspacing="0"><tr><td class="menu-item"><a href="/Default.aspx">Trang chủ</a></td>
<td class="menu-item"><a href="/GioiThieu.aspx">Giới thiệu</a></td>
<td class="menu-item"><a href="{esc(self.listing_path(None))}">{esc(self.news.name)}</a></td>{menu}
<td class="menu-item"><a href="/LienHe.aspx">Liên hệ</a></td></tr></table>
<div id="timkiem"><input name="ctl00$txtTimKiem" type="text" id="ctl00_txtTimKiem" class="txt" />
<a id="ctl00_lbtTimKiem" href="javascript:__doPostBack('ctl00$lbtTimKiem','')">Tìm kiếm</a></div>
<table id="bocuc" cellpadding="0" cellspacing="0" width="1000"><tr>
<td id="cottrai" valign="top" width="200">
<div class="hop"><div class="hop-tieude">CHUYÊN MỤC</div><ul class="dm-chuyenmuc">{left}</ul></div>
<div class="hop"><div class="hop-tieude">Kết quả giải quyết TTHC</div>
<div class="hop-noidung">Tháng {t["month"]}: tiếp nhận {thousands(t["total"])} hồ sơ, đúng hạn {thousands(t["ontime"])} ({t["percent"]}%), trễ hạn {thousands(t["late"])}.</div></div>
<div class="hop"><div class="hop-tieude">Liên kết website</div><div class="hop-noidung">
<a href="http://dichvucong.gov.vn" target="_blank"><img src="/Upload/LienKet/dvcqg.jpg" alt="Cổng Dịch vụ công quốc gia" width="190" /></a>
<a href="http://chinhphu.vn" target="_blank"><img src="/Upload/LienKet/chinhphu.jpg" alt="Cổng TTĐT Chính phủ" width="190" /></a>
<a href="javascript:void(0)" onclick="window.open('http://{esc(p.domain.split(".", 1)[1])}')"><img src="/Upload/LienKet/congtinh.jpg" alt="Cổng TTĐT tỉnh" width="190" /></a></div></div>
</td>
<td id="cotgiua" valign="top">
<div class="duongdan"><a href="/Default.aspx">Trang chủ</a>{crumb}</div>
{main}
</td>
<td id="cotphai" valign="top" width="230">
<div class="hop"><div class="hop-tieude">TIN MỚI</div><ul class="ds-tinmoi">{newest}</ul></div>
<div class="hop"><div class="hop-tieude">Thăm dò ý kiến</div><div class="hop-noidung">
<span class="cauhoi">{esc(question)}</span><br />{choices}
<input type="submit" name="ctl00$ucBinhChon$btnBinhChon" value="Biểu quyết" /> <a href="javascript:XemKetQua()">Xem kết quả</a></div></div>
<div class="hop"><div class="hop-tieude">Thống kê truy cập</div><div class="hop-noidung thongke">
Đang truy cập: {thousands(v["online"])}<br />Hôm nay: {thousands(v["today"])}<br />
Trong tuần: {thousands(v["week"])}<br />Tất cả: {thousands(v["total"])}</div></div>
</td></tr></table>
<div id="footer"><b>{esc(p.name.upper())}</b><br />
Cơ quan chủ quản: {esc(p.agency)}<br />
Trưởng Ban biên tập: {esc(p.editor)}<br />
{esc(p.licence)}<br />
Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)}<br />
{esc(reuse_notice(p))}</div>
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ theForm.submit(); }}
//]]>
</script>
</form>
</body>
</html>
"""

    # -- listings and home

    def row(self, item: Item, href: str) -> str:
        return (
            f'<div class="tin-dong"><a href="{esc(href)}"><img class="anh" src="'
            f'{esc(image_path(item, 0, self.image_folder))}" width="120" height="80" alt="" /></a>'
            f'<a class="tieude" href="{esc(href)}">{esc(item.title)}</a> '
            f'<span class="ngay">{listing_date(item.published)}</span>'
            f'<div class="tomtat">{esc(item.sapo())}</div><div class="clear"></div></div>'
        )

    def home_html(self, request: Request) -> str:
        blocks = []
        top = self.latest(1)
        if top:
            it = top[0]
            blocks.append(
                f'<div class="tin-noibat"><div class="hop-tieude">TIN NỔI BẬT</div>'
                f'<a href="{esc(self.alias_path(it))}"><img src="'
                f'{esc(image_path(it, 0, self.image_folder))}" width="320" alt="" /></a>'
                f'<a class="tieude" href="{esc(self.alias_path(it))}">{esc(it.title)}</a>'
                f'<div class="tomtat">{esc(it.sapo(limit=280))}</div></div>'
            )
        for section in self.sections.values():
            rows = "".join(self.row(it, self.alias_path(it)) for it in self.listed(section)[:4])
            blocks.append(
                f'<div class="khoi-chuyenmuc"><div class="khoi-tieude"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></div>{rows}'
                f'<div class="xemtiep"><a href="{esc(self.listing_path(section))}">Xem tiếp'
                "</a></div></div>"
            )
        return self.frame("Trang chủ", [], "".join(blocks), request)

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        shown = self.news if self.is_news(section) else section

        def go(n: int, label: str) -> str:
            # The home-grown pager concatenates "&Trang=" + n for every page, the first too.
            return f'<a href="DanhSach.aspx?MaCM={shown.id}&amp;Trang={n}">{label}</a>'

        parts = [go(page - 1, "&lt; Trước")] if page > 1 else []
        parts += pager_numbers(
            page, pages, lambda n: go(n, str(n)), current='<span class="trang-hientai">{n}</span>'
        )
        if page < pages:
            parts.append(go(page + 1, "Tiếp &gt;"))
        return f'<div class="phantrang">Trang: {" ".join(parts)}</div>'

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        # Inside /TinTuc/ the rows link articles relatively, as the ASP.NET control writes them.
        rows = "".join(self.row(it, f"ChiTiet.aspx?MaTin={it.number}") for it in items)
        main = (
            f'<div class="tieude-chuyenmuc">{esc(name)}</div>'
            f'<div class="ds-tin">{rows}</div>{self.pager(section, page, pages)}'
        )
        crumbs = (
            [(name, "")]
            if self.is_news(section)
            else [
                (self.news.name, self.listing_path(None)),
                (name, ""),
            ]
        )
        return self.frame(name, crumbs, main, request)

    # -- the editor's body

    def line_html(self, item: Item, line: Line) -> str:
        if line.kind == "heading":
            tag = item.extra.get("bold", "b")
            return f"<{tag}>{esc(line.text)}</{tag}>"
        return esc(line.text)

    def photo_html(self, item: Item, index: int, caption: str) -> str:
        src = esc(image_path(item, index, self.image_folder))
        image = f'<img alt="" src="{src}" style="width: 480px; height: 320px;" />'
        if item.extra.get("photo") == "centred":
            return f'<div style="text-align: center;">{image}<br />\n<em>{esc(caption)}</em></div>'
        return f"{image}<br />\n<i>{esc(caption)}</i>"

    def closing_html(self, item: Item) -> str:
        parts = []
        if item.author:
            parts.append(f"<b>{esc(item.author)}</b>")
        if item.source:
            parts.append(f"Nguồn: {esc(item.source)}")
        if not parts:
            return ""
        if item.extra.get("closing") == "right":
            return '<div style="text-align: right;">' + "<br />\n".join(parts) + "</div>"
        return "<br />\n".join(parts)

    def body_html(self, item: Item, revision: int) -> str:
        """The body as FCKeditor (``EnterMode = 'br'``) stored it: one ``<br />`` per line."""
        paragraphs = item.body(revision)
        lines = body_lines(item.key, paragraphs)
        photos: dict[int, list[tuple[int, str]]] = {}
        for index, image in enumerate(item.images):
            after = max(0, min(int(image.get("after", 0)), len(paragraphs) - 1))
            photos.setdefault(after, []).append((index, str(image.get("caption") or "")))
        layout = item.extra.get("layout", "span")
        indent = "&nbsp;&nbsp;&nbsp;&nbsp;" if layout == "indent" else ""
        # Pieces, each followed by one <br /> unless it is a block (a centred photo's <div>).
        pieces: list[str] = []
        for line in lines:
            shown = self.line_html(item, line)
            pieces.append(shown if line.kind == "heading" else indent + shown)
            for index, caption in photos.get(line.source, []) if line.source is not None else []:
                pieces.append(self.photo_html(item, index, caption))
        closing = self.closing_html(item)
        if closing:
            pieces.append(closing)
        out = ""
        newline = "\n" if layout != "div" else ""
        # The indenting editor's lines end in HTML's <br>, the others in XHTML's <br />.
        br = "<br>" if layout == "indent" else "<br />"
        for number, piece in enumerate(pieces):
            out += piece
            last = number == len(pieces) - 1
            if not last and not piece.endswith("</div>"):
                out += br + newline
            elif not last:
                out += newline
        if layout == "div":
            return f'<div style="text-align: justify;">{out}</div>'
        if layout == "td":
            return (
                '<table border="0" cellpadding="0" cellspacing="0" width="100%"><tbody><tr>'
                f'<td style="text-align: justify;">\n{out}\n</td></tr></tbody></table>'
            )
        return out

    # -- article, print, email, static and error pages

    def article_html(self, item: Item, request: Request) -> str:
        n = item.number
        related = "".join(
            f'<li><a href="ChiTiet.aspx?MaTin={it.number}">{esc(it.title)}</a> '
            f'<span class="ngay">{listing_date(it.published)}</span></li>'
            for it in self.others(item, 8)
        )
        views = thousands(view_count(item.key))
        popup = f"window.open('{PRINT}?MaTin={n}','InTin','width=760,height=600,scrollbars=yes')"
        main = f"""<div class="chitiet">
<div class="chitiet-tieude"><span id="ctl00_cphNoiDung_ucChiTiet_lblTieuDe" class="TieuDe">{esc(item.title)}</span></div>
<div class="chitiet-thongtin"><span id="ctl00_cphNoiDung_ucChiTiet_lblNgay" class="NgayDang">{published_stamp(item.published)}</span>
 | <span class="LuotXem">Lượt xem: {views}</span></div>
<div class="congcu"><a href="{esc(self.print_path(item))}" target="_blank"><img src="/App_Themes/Default/images/print.gif" alt="" border="0" /></a>
<a href="javascript:void(0)" onclick="{popup}">In bài</a> |
<a href="javascript:void(0)" onclick="window.open('GuiEmail.aspx?MaTin={n}','GuiEmail','width=500,height=420')">Gửi email</a> |
<a href="javascript:window.scrollTo(0,0)">Lên đầu trang</a></div>
<div class="chitiet-noidung"><span id="ctl00_cphNoiDung_ucChiTiet_lblNoiDung">{self.body_html(item, request.revision)}</span></div>
<div class="congcu-duoi"><a href="javascript:history.go(-1)">[Trở về]</a> <a href="javascript:void(0)" onclick="{popup}">[In bài]</a> <a href="javascript:window.scrollTo(0,0)">[Đầu trang]</a></div>
<div class="tin-dadua"><div class="tin-dadua-tieude">Các tin đã đưa:</div><ul>{related}</ul></div>
</div>"""
        crumbs = [(self.news.name, self.listing_path(None))]
        if not self.is_news(item.section):
            crumbs.append((item.section.name, self.listing_path(item.section)))
        return self.frame(item.title, crumbs, main, request)

    def print_html(self, item: Item, request: Request) -> str:
        p = self.portal
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{esc(item.title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="/App_Themes/Default/print.css" type="text/css" rel="stylesheet" /></head>
<body onload="window.print()"><div class="trang-in">
<div class="in-dau">{esc(p.name.upper())}</div>
<div class="in-tieude">{esc(item.title)}</div>
<div class="in-ngay">{published_stamp(item.published)}</div>
<div class="in-noidung">{self.body_html(item, request.revision)}</div>
<div class="in-cuoi">Địa chỉ bài viết: http://{esc(p.domain)}{esc(self.article_path(item))}</div>
</div></body></html>
"""

    def email_html(self, item: Item, request: Request) -> str:
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Gửi bài viết qua email</title></head><body><form method="post" action="GuiEmail.aspx?MaTin={item.number}">
<div class="guiemail"><b>Gửi bài viết:</b> {esc(item.title)}<br />
Họ tên người gửi: <input type="text" name="HoTen" /><br />
Email người gửi: <input type="text" name="EmailGui" /><br />
Email người nhận: <input type="text" name="EmailNhan" /><br />
Lời nhắn: <textarea name="LoiNhan" rows="4" cols="40"></textarea><br />
<input type="submit" value="Gửi" /> <input type="button" value="Đóng" onclick="window.close()" /></div>
</form></body></html>
"""

    def static_html(self, path: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[path]
        text = "<br />\n".join(esc(p) for p in paragraphs)
        main = (
            f'<div class="chitiet"><div class="chitiet-tieude"><span class="TieuDe">{esc(title)}'
            f'</span></div><div class="chitiet-noidung">{text}</div></div>'
        )
        return self.frame(title, [(title, "")], main, request)

    def error_html(self, status: int) -> str:
        heading = "Không tìm thấy trang yêu cầu" if status == 404 else "Lỗi hệ thống"
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{heading}</title></head><body><div style="width:600px;margin:60px auto;text-align:center">
<h2>{heading}</h2><p>Trang bạn truy cập không tồn tại hoặc đã được chuyển sang địa chỉ khác.</p>
<p><a href="/Default.aspx">Về trang chủ</a></p></div></body></html>
"""


_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
