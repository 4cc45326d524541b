"""A provincial department's site on a local vendor's PHP CMS, full of short notices.

Real department sites (Sở Thông tin và Truyền thông, Sở Nội vụ, …) run on small PHP CMSes
sold by provincial IT companies. Their staff post many SHORT items beside the normal news:
brief news ("tin vắn") of one or two short paragraphs, pasted in part from a longer text (the
first paragraphs, or the first sentences), and notices ("Thông báo") of a paragraph or a
sentence whose substance is an attached file: the CMS lists the attachments under the text
("File đính kèm: QĐ-123-UBND.pdf (245 KB) Tải về", with a download counter), the editor often
pastes a pdf.js viewer (``<iframe src="/pdfjs/web/viewer.html?file=...">``) or a line
"Xem chi tiết văn bản tại đây" linking the document's page. A notice is signed "Văn phòng Sở"
or not at all. About half of the articles here are short (:func:`plan`); the others are
normal articles whose lead ("Tóm tắt") is shown in bold above the text.

Listings show every item with its title, date and a two-line summary (the "Tóm tắt" field cut
by CSS ``line-clamp``, not in the markup): for a long article its lead, for a short item the
whole of its text, so that a listing page and a short item's page share almost all their text.

Around the news, pages that are no articles: "Văn bản chỉ đạo điều hành" (a table of
documents, each with a page of its own: Số ký hiệu, Ngày ban hành, Cơ quan ban hành, Người ký,
Trích yếu, file), "Lịch công tác" (the directors' weekly schedule, a table per week with
previous/next week links), the RSS feeds, a few "Giới thiệu" pages and the pdf.js viewer.

URL shapes (PHP front controller with rewritten ``.html`` paths, one-based ``?page=N``):

- home ``/``, also ``/index.php`` and ``/trang-chu.html`` (the logo's link);
- news ``/tin-tuc-su-kien.html``, a section ``/<section-slug>.html``, page N ``?page=N``;
  the notices alone ``/thong-bao.html`` (a cross-listing of the short notices);
- article ``/<section-slug>/<title-slug>-<n>.html`` (the slug cut at 90 characters);
- documents ``/van-ban-chi-dao-dieu-hanh.html?page=N``, a document
  ``/van-ban-chi-dao-dieu-hanh/<number-slug>-d<id>.html``;
- files ``/uploads/files/<yyyy>/<mm>/<timestamp>_<name>.pdf`` (application/pdf) and
  ``/download.php?id=<id>`` (the same bytes as application/octet-stream, as an attachment,
  counted);
- viewer ``/pdfjs/web/viewer.html?file=<url-encoded file path>`` (a static page);
- schedule ``/lich-cong-tac.html`` (this week) and ``?tuan=<iso week>&nam=<year>``;
- feeds ``/rss.html`` (the list of feeds) and ``/rss/<slug>.rss``;
- ``/gioi-thieu/<slug>.html`` and ``/lien-he.html``: pages of the department, no date.

Hazards: items of 150-400 characters of text beside sidebars of thousands; the listing holds a
short item's whole text; dated document and schedule pages that are no news; an attachment
widget, a viewer iframe and a link line inside or just after the text; a "Thông báo" badge
before the title; download links answering octet-stream; one listed article missing (404) and
one failing (500, a database error page).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from email.utils import format_datetime
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
    ascii_fold,
    body_blocks,
    dmy,
    esc,
    image_path,
    page_number,
    reuse_notice,
    shorten,
    slugify,
    stable_int,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)
from dtcrawl.demo.portals import PortalDef

HOME_PATHS = ("/", "/index.php", "/trang-chu.html")
NOTICES = "/thong-bao.html"
DOCS = "/van-ban-chi-dao-dieu-hanh.html"
DOC_PREFIX = "/van-ban-chi-dao-dieu-hanh/"
SCHEDULE = "/lich-cong-tac.html"
RSS_INDEX = "/rss.html"
VIEWER = "/pdfjs/web/viewer.html"
DOWNLOAD = "/download.php"
UPLOADS = "/uploads/files/"
THEME = "/templates/stttt"
OFFICE = "Văn phòng Sở"
DOC_PAGE_SIZE = 10
NOTICE_PAGE_SIZE = 10
SCHEDULE_WEEKS = 5
SLUG_LIMIT = 90

# A tiny valid PDF: what every uploaded file answers.
PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)

#: Kinds of documents: (abbreviation in the number, issuer's code, name, issuing body, signer).
DOC_TYPES = (
    ("QĐ", "UBND", "Quyết định", "Ủy ban nhân dân tỉnh", "Phó Chủ tịch UBND tỉnh Hà Minh Đức"),
    ("KH", "UBND", "Kế hoạch", "Ủy ban nhân dân tỉnh", "Phó Chủ tịch UBND tỉnh Hà Minh Đức"),
    ("TB", "STTTT", "Thông báo", "Sở Thông tin và Truyền thông", "Giám đốc Sở Lò Văn Khải"),
    (
        "CV",
        "STTTT-BCVT",
        "Công văn",
        "Sở Thông tin và Truyền thông",
        "Phó Giám đốc Sở Mai Thu Hiền",
    ),
    ("KH", "STTTT", "Kế hoạch", "Sở Thông tin và Truyền thông", "Giám đốc Sở Lò Văn Khải"),
    ("CT", "UBND", "Chỉ thị", "Ủy ban nhân dân tỉnh", "Chủ tịch UBND tỉnh Vi Quốc Toản"),
)
#: What documents are about (their "Trích yếu" is built from these).
DOC_TOPICS = (
    "bảo đảm an toàn thông tin mạng trong các cơ quan nhà nước trên địa bàn tỉnh",
    "chuyển đổi số cấp xã giai đoạn 2021 - 2025",
    "sử dụng chữ ký số trong gửi, nhận văn bản điện tử",
    "cung cấp dịch vụ công trực tuyến toàn trình",
    "phát triển hạ tầng viễn thông thụ động dùng chung",
    "thanh toán không dùng tiền mặt trong thu phí, lệ phí",
    "vận hành hệ thống quản lý văn bản và điều hành của tỉnh",
    "kiện toàn Tổ công nghệ số cộng đồng tại các thôn, tổ dân phố",
    "phòng, chống tin nhắn rác, cuộc gọi lừa đảo qua mạng viễn thông",
    "tổ chức Tuần lễ hưởng ứng chuyển đổi số năm 2021",
    "báo cáo định kỳ kết quả ứng dụng công nghệ thông tin quý IV năm 2020",
    "rà soát, cập nhật danh mục cơ sở dữ liệu dùng chung của tỉnh",
)
DOC_OPENINGS = {
    "Quyết định": "Về việc ban hành Quy chế ",
    "Kế hoạch": "Kế hoạch triển khai ",
    "Thông báo": "Thông báo về việc ",
    "Công văn": "V/v tăng cường ",
    "Chỉ thị": "Về việc đẩy mạnh ",
}
#: The weekly schedule: (time, what, chair, where) lines drawn per day.
SCHEDULE_LINES = (
    ("07h30", "Chào cờ đầu tuần, giao ban Ban Giám đốc Sở", "Giám đốc Sở", "Phòng họp tầng 2"),
    (
        "08h00",
        "Dự họp trực tuyến với Bộ Thông tin và Truyền thông",
        "Giám đốc Sở",
        "Điểm cầu UBND tỉnh",
    ),
    (
        "14h00",
        "Làm việc với Viễn thông Trà Lam về hạ tầng băng rộng",
        "Phó Giám đốc Sở Mai Thu Hiền",
        "Phòng họp tầng 3",
    ),
    (
        "08h30",
        "Kiểm tra công tác chuyển đổi số tại huyện",
        "Phó Giám đốc Sở Đinh Công Thành",
        "Cơ sở",
    ),
    (
        "14h30",
        "Họp Tổ biên tập Cổng thông tin điện tử tỉnh",
        "Phó Giám đốc Sở Mai Thu Hiền",
        "Phòng họp tầng 2",
    ),
    ("09h00", "Tiếp công dân định kỳ", "Giám đốc Sở", "Phòng tiếp công dân"),
    (
        "15h00",
        "Thẩm định hồ sơ thiết kế hệ thống thông tin",
        "Phó Giám đốc Sở Đinh Công Thành",
        "Phòng họp tầng 3",
    ),
    ("08h00", "Dự Hội nghị Ban Chấp hành Đảng bộ tỉnh", "Giám đốc Sở", "Hội trường Tỉnh ủy"),
)
STATIC_PAGES = {
    "/gioi-thieu/chuc-nang-nhiem-vu.html": (
        "Chức năng, nhiệm vụ",
        (
            "Sở Thông tin và Truyền thông là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham "
            "mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về báo chí, xuất bản, bưu chính, "
            "viễn thông, công nghệ thông tin, chuyển đổi số và thông tin cơ sở.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý "
            "về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ "
            "đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của Bộ Thông tin và Truyền thông.",
        ),
    ),
    "/gioi-thieu/co-cau-to-chuc.html": (
        "Cơ cấu tổ chức",
        (
            "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Các phòng chuyên môn gồm Văn phòng "
            "Sở, Thanh tra Sở, Phòng Bưu chính - Viễn thông, Phòng Công nghệ thông tin và "
            "Chuyển đổi số, Phòng Thông tin - Báo chí - Xuất bản.",
            "Đơn vị sự nghiệp trực thuộc là Trung tâm Công nghệ thông tin và Truyền thông, "
            "đơn vị vận hành Trung tâm dữ liệu và Cổng thông tin điện tử của tỉnh.",
        ),
    ),
    "/gioi-thieu/lanh-dao-so.html": (
        "Lãnh đạo Sở",
        (
            "Giám đốc Sở: ông Lò Văn Khải, điện thoại 0210.3851.630.",
            "Phó Giám đốc Sở: bà Mai Thu Hiền, ông Đinh Công Thành.",
        ),
    ),
    "/lien-he.html": (
        "Liên hệ",
        (
            "Mọi thông tin xin gửi về Văn phòng Sở Thông tin và Truyền thông tỉnh Trà Lam qua "
            "thư điện tử stttt@tralam.gov.vn hoặc gọi số điện thoại trong giờ hành chính.",
        ),
    ),
}
SERVER_HEADERS = {"Server": "Apache/2.4.41 (Ubuntu)", "X-Powered-By": "PHP/7.4.3"}


# ---------------------------------------------------------------- what each item shows


@dataclass(frozen=True)
class Attachment:
    """A file the CMS lists under an item (or a document)."""

    name: str  # as shown ("QĐ-123-UBND.pdf")
    path: str  # where it is stored
    size_kb: int
    number: str  # the document number it carries ("123/QĐ-UBND")
    type_index: int  # index in DOC_TYPES


@dataclass(frozen=True)
class Plan:
    """How the editor posted an article: its kind and what its page shows.

    ``kind`` is ``long`` (the corpus article in full, its lead as the bold "Tóm tắt"),
    ``brief`` (tin vắn: the first paragraph and the next one, whole or its first sentences) or
    ``notice`` (thông báo: a paragraph, the lead or the lead and one more sentence, no photo,
    signed "Văn phòng Sở" or not signed, its substance in the attachments).
    """

    kind: str
    paragraphs: tuple[str, ...]
    images: tuple[dict[str, Any], ...]
    author: str | None
    source: str | None
    attachments: tuple[Attachment, ...]
    viewer: bool
    doc_link: bool


def sentences(text: str) -> list[str]:
    """``text`` cut into sentences (a full stop, a space, then a capital letter).

    >>> sentences("Một hai. Ba bốn 1.200 người. Năm.")
    ['Một hai.', 'Ba bốn 1.200 người.', 'Năm.']
    """
    out: list[str] = []
    start = 0
    for match in re.finditer(r"[.!?]\s+", text):
        following = text[match.end() : match.end() + 1]
        if following and following.isupper():
            out.append(text[start : match.start() + 1].strip())
            start = match.end()
    out.append(text[start:].strip())
    return [s for s in out if s]


def attachment_for(key: str, published: datetime, index: int = 0) -> Attachment:
    """The ``index``-th file attached to item ``key`` (0: the document, 1: its annex)."""
    type_index = stable_int(key + "|loaivb", 0, len(DOC_TYPES) - 1)
    abbr, issuer, *_ = DOC_TYPES[type_index]
    serial = stable_int(key + "|sohieu", 12, 1890)
    number = f"{serial}/{issuer}" if abbr == "CV" else f"{serial}/{abbr}-{issuer}"
    if index == 0:
        name = f"{serial}-{issuer}.pdf" if abbr == "CV" else f"{abbr}-{serial}-{issuer}.pdf"
    else:
        name = f"Phu-luc-kem-theo-{abbr}-{serial}.pdf"
    uploaded = published - timedelta(minutes=stable_int(key + f"|up{index}", 5, 90))
    stamp = int(uploaded.replace(tzinfo=VN_TZ).timestamp())
    path = f"{UPLOADS}{uploaded:%Y/%m}/{stamp}_{slugify(name.removesuffix('.pdf'))}.pdf"
    size = stable_int(key + f"|kb{index}", 38, 2400)
    return Attachment(name, path, size, number, type_index)


def plan(
    key: str,
    paragraphs: Sequence[str],
    images: Sequence[dict[str, Any]],
    author: str | None,
    source: str | None,
    published: datetime,
) -> Plan:
    """What the page of article ``key`` shows (deterministic; see :class:`Plan`).

    >>> p = plan("k-0", ["Câu một.", "Hai. Ba. Bốn."], [], "Thu Hà", None, datetime(2021, 1, 4))
    >>> p.kind, p.paragraphs, p.author
    ('brief', ('Câu một.', 'Hai. Ba.'), 'Thu Hà')
    """
    paragraphs = list(paragraphs)
    draw = stable_int(key + "|loaitin", 0, 99)
    if draw < 48 or len(paragraphs) < 2:
        attachments = (attachment_for(key, published),) if draw % 6 == 1 else ()
        return Plan(
            "long", tuple(paragraphs), tuple(images), author, source, attachments, False, False
        )
    lead, second = paragraphs[0], paragraphs[1]
    if draw < 76:
        shown = (lead, second) if draw < 64 else (lead, " ".join(sentences(second)[:2]))
        attachments = (attachment_for(key, published),) if draw % 3 == 0 else ()
        kept = tuple(image for image in images if int(image.get("after", 0)) < len(shown))
        return Plan("brief", shown, kept, author, source, attachments, False, False)
    shown = (lead,) if draw < 88 else (f"{lead} {sentences(second)[0]}",)
    files = [attachment_for(key, published)]
    if draw % 4 == 0:
        files.append(attachment_for(key, published, 1))
    signer = OFFICE if stable_int(key + "|ky", 0, 2) else None
    viewer = stable_int(key + "|viewer", 0, 1) == 1
    doc_link = stable_int(key + "|xemvb", 0, 2) != 0
    return Plan("notice", shown, (), signer, None, tuple(files), viewer, doc_link)


def gold_corpus(corpus: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
    """``corpus`` as a reader copies it from a ``shortnotices`` portal: short items with the
    text their page shows (the first paragraph or two, or the first sentences), notices without
    their photos, signed "Văn phòng Sở" or unsigned and with no source. The attachment list,
    the viewer and the "Xem chi tiết văn bản tại đây" line are no part of the text.

    >>> from dtcrawl.bench.synthetic import demo_corpus
    >>> served = demo_corpus(40, "sotttt-tralam")["sotttt-tralam"]
    >>> gold = gold_corpus({"sotttt-tralam": served})["sotttt-tralam"]
    >>> sum(len(g.paragraphs) < len(s.paragraphs) for g, s in zip(gold, served)) >= 15
    True
    """
    out: dict[str, list[Any]] = {}
    for portal_id, articles in corpus.items():
        out[portal_id] = []
        for article in articles:
            shown = plan(
                article.key,
                article.paragraphs,
                article.images or (),
                article.author,
                article.source,
                article.published,
            )
            out[portal_id].append(
                dataclasses.replace(
                    article,
                    paragraphs=shown.paragraphs,
                    images=shown.images,
                    author=shown.author,
                    source=shown.source,
                )
            )
    return out


# ---------------------------------------------------------------- documents and schedule


@dataclass(frozen=True)
class Document:
    """A document of "Văn bản chỉ đạo điều hành" (not news)."""

    id: int
    number: str
    kind: str
    issuer: str
    signer: str
    issued: date
    summary: str
    file: Attachment
    viewer: bool
    missing: bool = False
    owner: str | None = None  # the notice that sends readers to it

    @property
    def path(self) -> str:
        return f"{DOC_PREFIX}{slugify(self.number)}-d{self.id}.html"


def doc_summary(kind: str, seed: str) -> str:
    """The "Trích yếu" of a document."""
    topic = DOC_TOPICS[stable_int(seed + "|chude", 0, len(DOC_TOPICS) - 1)]
    return DOC_OPENINGS[kind] + topic


def iso_week_start(year: int, week: int) -> date:
    """The Monday of ISO week ``week`` of ``year``.

    >>> iso_week_start(2021, 1)
    datetime.date(2021, 1, 4)
    """
    return date.fromisocalendar(year, week, 1)


def date_line(moment: datetime) -> str:
    """The date under an article's title.

    >>> date_line(datetime(2021, 1, 4, 7, 41))
    'Thứ Hai, 04/01/2021 - 07:41'
    """
    return f"{weekday(moment)}, {dmy(moment)} - {moment:%H:%M}"


# ---------------------------------------------------------------- the site


class ShortNoticesSite(CmsSite):
    family_headers = SERVER_HEADERS
    number_base = 15_230
    number_stride = 3
    image_folder = "/uploads/images/tin-tuc"

    def __init__(self, portal: PortalDef, articles: Sequence[Any]):
        super().__init__(portal, articles)
        self.plans: dict[str, Plan] = {
            it.key: plan(it.key, it.paragraphs, it.images, it.author, it.source, it.published)
            for it in self.items
        }
        self.notices = [
            it for it in self.items if it.kind == "article" and self.plans[it.key].kind == "notice"
        ]
        self.documents = self._documents()
        self.doc_by_path = {d.path: d for d in self.documents}
        self.doc_of_item = {d.owner: d for d in self.documents if d.owner}
        files: list[Attachment] = []
        for it in reversed(self.items):
            files.extend(self.plans[it.key].attachments)
        files.extend(d.file for d in sorted(self.documents, key=lambda d: d.id))
        self.file_ids: dict[str, int] = {}
        self.files: dict[int, Attachment] = {}
        for attachment in files:
            if attachment.path not in self.file_ids:
                ident = 2_031 + 3 * len(self.file_ids)
                self.file_ids[attachment.path] = ident
                self.files[ident] = attachment
        self.file_paths = {a.path: a for a in self.files.values()}
        self.weeks = self._weeks()

    # -- documents and weeks

    def _documents(self) -> list[Document]:
        """The document list: the documents the notices send readers to, then the others,
        newest first, with ids as the CMS gave them (older, smaller)."""
        drafts: list[tuple[date, str, Attachment, str | None]] = []
        for it in self.notices:
            shown = self.plans[it.key]
            if shown.doc_link:
                issued = (it.published - timedelta(days=stable_int(it.key + "|bh", 1, 4))).date()
                drafts.append((issued, it.key, shown.attachments[0], it.key))
        first = min((it.published for it in self.items), default=datetime(2021, 1, 4))
        for index in range(10):
            seed = f"{self.portal.id}|vanban|{index}"
            issued = (first - timedelta(days=3 + 4 * index + stable_int(seed, 0, 3))).date()
            moment = datetime.combine(issued, datetime.min.time()) + timedelta(hours=9)
            drafts.append((issued, seed, attachment_for(seed, moment), None))
        drafts.sort(key=lambda d: (d[0], d[1]))
        documents = []
        for rank, (issued, seed, file, owner) in enumerate(drafts):
            _, _, kind, issuer, signer = DOC_TYPES[file.type_index]
            documents.append(
                Document(
                    id=412 + 5 * rank + stable_int(seed, 0, 4),
                    number=file.number,
                    kind=kind,
                    issuer=issuer,
                    signer=signer,
                    issued=issued,
                    summary=doc_summary(kind, seed),
                    file=file,
                    viewer=stable_int(seed + "|xem", 0, 2) == 0,
                    missing=seed == f"{self.portal.id}|vanban|6",
                    owner=owner,
                )
            )
        documents.reverse()
        return documents

    def _weeks(self) -> list[tuple[int, int]]:
        """The (year, ISO week) pairs the schedule has, oldest first: up to the newest item's."""
        newest = max((it.published for it in self.items), default=datetime(2021, 1, 4)).date()
        monday = newest - timedelta(days=newest.weekday())
        out = []
        for back in range(SCHEDULE_WEEKS - 1, -1, -1):
            year, week, _ = (monday - timedelta(weeks=back)).isocalendar()
            out.append((year, week))
        return out

    # -- URLs

    def section_slug(self, name: str) -> str:
        return slugify(name)

    def article_path(self, item: Item) -> str:
        slug = slugify(item.title, max_len=SLUG_LIMIT)
        return f"/{item.section.slug}/{slug}-{item.number}.html"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        slug = self.news.slug if self.is_news(section) else section.slug
        return f"/{slug}.html" + (f"?page={page}" if page > 1 else "")

    def home_path(self) -> str:
        return "/"

    def schedule_path(self, year: int, week: int) -> str:
        return f"{SCHEDULE}?tuan={week}&nam={year}"

    def viewer_path(self, file_path: str) -> str:
        return f"{VIEWER}?file={quote(file_path, safe='')}"

    def feed_path(self, section: Section | None) -> str:
        slug = self.news.slug if self.is_news(section) else section.slug
        return f"/rss/{slug}.rss"

    def extra_paths(self) -> dict[str, str]:
        return {"rss": self.feed_path(None)}

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        params = request.params
        if path in HOME_PATHS:
            return self.html_response(self.home_html(request))
        if path in self.by_path:
            return self.article_response(self.by_path[path], request)
        if path.startswith(UPLOADS) and path in self.file_paths:
            return Response(200, {"Content-Type": "application/pdf", **SERVER_HEADERS}, PDF_BYTES)
        if path == DOWNLOAD:
            attachment = self.files.get(page_number(params.get("id"), 0))
            if attachment is None:
                return self.html_response(self.message_page("Tệp không tồn tại.", request), 404)
            headers = {
                "Content-Type": "application/octet-stream",
                "Content-Disposition": f'attachment; filename="{ascii_fold(attachment.name)}"',
                "Cache-Control": "no-cache",
                **SERVER_HEADERS,
            }
            return Response(200, headers, PDF_BYTES)
        if path == VIEWER:
            return self.html_response(self.viewer_html())
        if path == NOTICES:
            return self.notices_response(params, request)
        if path == DOCS:
            return self.docs_response(params, request)
        if path in self.doc_by_path:
            doc = self.doc_by_path[path]
            if doc.missing:
                return self.html_response(
                    self.message_page("Văn bản không tồn tại hoặc đã bị gỡ bỏ.", request), 404
                )
            return self.html_response(self.doc_html(doc, request))
        if path == SCHEDULE:
            return self.schedule_response(params, request)
        if path == RSS_INDEX:
            return self.html_response(self.rss_index_html(request))
        if path.startswith("/rss/") and path.endswith(".rss"):
            slug = path[len("/rss/") : -len(".rss")]
            if slug == self.news.slug:
                return self.feed_response(None, request)
            section = self.section_by_slug(slug)
            return self.feed_response(section, request) if section else None
        if path in STATIC_PAGES:
            return self.html_response(self.static_html(path, request))
        if path.endswith(".html") and path.count("/") == 1:
            slug = path[1 : -len(".html")]
            section = None if slug == self.news.slug else self.section_by_slug(slug)
            if section is None and slug != self.news.slug:
                return None
            page = page_number(params.get("page"))
            _, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return self.html_response(self.message_page("Không có tin nào.", request), 404)
            return self.html_response(self.listing_html(section, page, pages, request))
        return None

    # -- frame

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        crumbs: Sequence[tuple[str, str]] = (),
        current: str = "",
    ) -> str:
        p = self.portal
        sub = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )

        def top(href: str, name: str, key: str, children: str = "") -> str:
            active = ' class="active"' if key == current else ""
            if children:
                return (
                    f'<li class="dropdown{" active" if key == current else ""}"><a href='
                    f'"{esc(href)}" class="dropdown-toggle">{esc(name)} <b class="caret"></b></a>'
                    f'<ul class="dropdown-menu">{children}</ul></li>'
                )
            return f'<li{active}><a href="{esc(href)}">{esc(name)}</a></li>'

        intro = "".join(
            f'<li><a href="{esc(path)}">{esc(name)}</a></li>'
            for path, (name, _) in STATIC_PAGES.items()
            if path.startswith("/gioi-thieu/")
        )
        menu = "".join(
            [
                top("/trang-chu.html", "Trang chủ", "home"),
                top("/gioi-thieu/chuc-nang-nhiem-vu.html", "Giới thiệu", "intro", intro),
                top(self.listing_path(None), self.news.name, "news", sub),
                top(NOTICES, "Thông báo", "notices"),
                top(DOCS, "Văn bản chỉ đạo điều hành", "docs"),
                top(SCHEDULE, "Lịch công tác", "schedule"),
                top("https://dichvucong.tralam.gov.vn", "Dịch vụ công", ""),
                top("/lien-he.html", "Liên hệ", "contact"),
            ]
        )
        crumb = ""
        if crumbs:
            crumb = (
                '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>'
                + "".join(
                    f'<li><a href="{esc(href)}">{esc(name)}</a></li>'
                    if href
                    else f'<li class="active">{esc(name)}</li>'
                    for name, href in crumbs
                )
                + "</ol>"
            )
        notices = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">({dmy(it.published)})</span></li>'
            for it in self.notices[:5]
        )
        docs = "".join(
            f'<li><a href="{esc(d.path)}"><b>{esc(d.number)}</b></a> <span>{esc(d.summary)}'
            "</span></li>"
            for d in self.documents[:4]
        )
        t = tthc_stats(request.seed)
        v = visitor_stats(request.seed)
        title_text = f"{title} - {p.short_name}" if title else p.name
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title_text)}</title>
<meta name="keywords" content="sở thông tin và truyền thông, {esc(p.province.lower())}, chuyển đổi số">
<link rel="stylesheet" href="{THEME}/css/bootstrap.min.css">
<link rel="stylesheet" href="{THEME}/css/font-awesome.min.css">
<link rel="stylesheet" href="{THEME}/css/style.css?v=3.1.2">
<link rel="alternate" type="application/rss+xml" title="{esc(self.news.name)}" href="{self.feed_path(None)}">
<link rel="shortcut icon" href="/favicon.ico">
<script src="{THEME}/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div id="topbar"><div class="container"><span id="ngay-hien-tai"></span>
<script>var d=new Date();var t=["Chủ nhật","Thứ hai","Thứ ba","Thứ tư","Thứ năm","Thứ sáu","Thứ bảy"];
document.getElementById("ngay-hien-tai").innerHTML=t[d.getDay()]+", ngày "+d.getDate()+"/"+(d.getMonth()+1)+"/"+d.getFullYear();</script>
<div class="topbar-right"><a href="{RSS_INDEX}"><i class="fa fa-rss"></i> RSS</a> | <a href="/admin/login.php" rel="nofollow">Đăng nhập</a></div></div></div>
<header id="header"><div class="container">
<a class="logo" href="/trang-chu.html"><img src="{THEME}/images/quoc-huy.png" alt="Quốc huy" width="80" height="80"></a>
<div class="brand"><div class="brand-top">ỦY BAN NHÂN DÂN TỈNH {esc(p.province.upper())}</div>
<div class="brand-name">SỞ THÔNG TIN VÀ TRUYỀN THÔNG</div></div>
<form class="search-form" action="/tim-kiem.html" method="get"><input type="text" name="q" placeholder="Nhập từ khóa tìm kiếm..."><button type="submit"><i class="fa fa-search"></i></button></form>
</div></header>
<nav id="mainnav" class="navbar"><div class="container"><ul class="nav navbar-nav">{menu}</ul></div></nav>
<div class="container"><div class="ticker"><marquee scrollamount="4" onmouseover="this.stop()" onmouseout="this.start()">Chào mừng bạn đến với Trang thông tin điện tử {esc(p.name)}</marquee></div></div>
<div id="content" class="container">{crumb}
<div class="row">
<div class="col-md-8 col-main">{main}</div>
<aside class="col-md-4 col-side">
<div class="box box-thongbao"><h3 class="box-title"><a href="{NOTICES}">Thông báo</a></h3><ul class="list-unstyled">{notices}</ul>
<a class="more" href="{NOTICES}">Xem tất cả</a></div>
<div class="box box-vanban"><h3 class="box-title"><a href="{DOCS}">Văn bản mới</a></h3><ul class="list-unstyled">{docs}</ul></div>
<div class="box box-banner"><a href="{SCHEDULE}"><img src="{THEME}/images/banner-lich-cong-tac.png" alt="Lịch công tác"></a>
<a href="https://dichvucong.tralam.gov.vn" target="_blank"><img src="{THEME}/images/banner-dvc.png" alt="Dịch vụ công trực tuyến"></a>
<a href="https://tralam.gov.vn" target="_blank"><img src="{THEME}/images/banner-cong-tinh.png" alt="Cổng thông tin điện tử tỉnh"></a></div>
<div class="box box-tthc"><h3 class="box-title">Kết quả giải quyết TTHC</h3>
<table class="table table-condensed"><tr><td>Tháng</td><td>{t["month"]}</td></tr>
<tr><td>Hồ sơ đã tiếp nhận</td><td>{thousands(t["total"])}</td></tr>
<tr><td>Giải quyết đúng hạn</td><td>{thousands(t["ontime"])}</td></tr>
<tr><td>Quá hạn</td><td>{thousands(t["late"])}</td></tr>
<tr><td>Tỷ lệ đúng hạn</td><td>{t["percent"]}%</td></tr></table></div>
<div class="box box-lienket"><h3 class="box-title">Liên kết website</h3>
<select onchange="if(this.value)window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://mic.gov.vn">Bộ Thông tin và Truyền thông</option>
<option value="https://tralam.gov.vn">Cổng TTĐT tỉnh {esc(p.province)}</option>
<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option></select></div>
<div class="box box-thongke"><h3 class="box-title">Thống kê truy cập</h3>
<ul class="list-unstyled counter"><li>Đang truy cập: <b>{thousands(v["online"])}</b></li>
<li>Hôm nay: <b>{thousands(v["today"])}</b></li><li>Tháng này: <b>{thousands(v["month"])}</b></li>
<li>Tổng lượt truy cập: <b>{thousands(v["total"])}</b></li></ul></div>
</aside></div></div>
<footer id="footer"><div class="container">
<p><b>Cơ quan chủ quản: {esc(p.agency)}</b></p>
<p>Chịu trách nhiệm chính: {esc(p.editor)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)} - Email: stttt@tralam.gov.vn</p>
<p>{esc(p.licence)}</p>
<p class="reuse">{esc(reuse_notice(p))}</p>
<p class="dev">Thiết kế và phát triển bởi Trung tâm Công nghệ thông tin và Truyền thông</p>
</div></footer>
<a href="#" id="back-to-top" title="Về đầu trang"><i class="fa fa-chevron-up"></i></a>
<script src="{THEME}/js/bootstrap.min.js"></script><script src="{THEME}/js/main.js?v=3.1.2"></script>
</body>
</html>"""

    # -- listings

    def summary(self, item: Item, revision: int = 0) -> str:
        """The "Tóm tắt" of an item: a long article's lead, a short item's whole text."""
        body = item.body(revision)
        if item.kind != "article":
            return shorten(body[0], 220) if body else ""
        shown = self.plans[item.key]
        if shown.kind == "long":
            return body[0] if body else ""
        return " ".join(shown.paragraphs)

    def badge(self, item: Item) -> str:
        if item.kind == "article" and self.plans[item.key].kind == "notice":
            return '<span class="label label-danger label-tb">Thông báo</span> '
        return ""

    def row(self, item: Item, request: Request) -> str:
        href = esc(self.article_path(item))
        thumb = ""
        if item.images and item.kind == "article" and self.plans[item.key].images:
            thumb = (
                f'<a class="thumb pull-left" href="{href}"><img src="'
                f'{esc(image_path(item, 0, self.image_folder))}" alt="{esc(item.title)}" '
                'width="180" height="120"></a>'
            )
        files = ""
        if item.kind == "article" and self.plans[item.key].attachments:
            count = len(self.plans[item.key].attachments)
            first = self.plans[item.key].attachments[0]
            files = (
                f'<a class="files" href="{esc(first.path)}" target="_blank" title="{esc(first.name)}">'
                f'<i class="fa fa-paperclip"></i> {count} tệp đính kèm</a>'
            )
        return (
            f'<div class="news-item clearfix">{thumb}<h3 class="news-item-title">'
            f'{self.badge(item)}<a href="{href}">{esc(item.title)}</a></h3>'
            f'<div class="news-item-date"><i class="fa fa-clock-o"></i> {dmy(item.published)} '
            f"{item.published:%H:%M}</div>"
            f'<div class="news-item-summary line-clamp-2">{esc(self.summary(item, request.revision))}'
            f"</div>{files}</div>"
        )

    def pager(self, page: int, pages: int, href) -> str:
        if pages <= 1:
            return ""
        parts = arrow_pager(
            page,
            pages,
            href,
            link='<li><a href="{href}">{n}</a></li>',
            current='<li class="active"><span>{n}</span></li>',
            gap='<li class="disabled"><span>...</span></li>',
            prev='<li><a href="{href}" aria-label="Trang trước">&laquo;</a></li>',
            next_='<li><a href="{href}" aria-label="Trang sau">&raquo;</a></li>',
        )
        return f'<nav class="text-center"><ul class="pagination">{"".join(parts)}</ul></nav>'

    def listing_html(self, section: Section | None, page: int, pages: int, request: Request) -> str:
        items, _ = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        rows = "".join(self.row(it, request) for it in items)

        def href(n: int) -> str:
            return self.listing_path(section, 1) + f"?page={n}"

        main = (
            f'<div class="cat-page"><h1 class="cat-title"><a href="{esc(self.listing_path(section))}">'
            f'{esc(name)}</a> <a class="rss" href="{esc(self.feed_path(section))}" title="RSS">'
            f'<i class="fa fa-rss"></i></a></h1><div class="list-news">{rows}</div>'
            f"{self.pager(page, pages, href)}</div>"
        )
        crumbs = [(self.news.name, self.listing_path(None))]
        if not self.is_news(section):
            crumbs.append((name, self.listing_path(section)))
        title = name if page == 1 else f"{name} - Trang {page}"
        return self.frame(title, main, request, crumbs, "news")

    def notices_response(self, params: dict[str, str], request: Request) -> Response | None:
        page = page_number(params.get("page"))
        size = NOTICE_PAGE_SIZE
        pages = max(1, -(-len(self.notices) // size))
        if page > pages:
            return None
        items = self.notices[(page - 1) * size : page * size]
        rows = "".join(self.row(it, request) for it in items)
        main = (
            '<div class="cat-page"><h1 class="cat-title">Thông báo</h1>'
            f'<div class="list-news">{rows}</div>'
            f"{self.pager(page, pages, lambda n: f'{NOTICES}?page={n}')}</div>"
        )
        return self.html_response(
            self.frame("Thông báo", main, request, [("Thông báo", "")], "notices")
        )

    # -- home

    def home_html(self, request: Request) -> str:
        healthy = [it for it in self.items if it.kind == "article"]
        long_items = [it for it in healthy if self.plans[it.key].kind == "long"]
        hot = next((it for it in long_items if it.images), long_items[0] if long_items else None)
        featured = ""
        if hot is not None:
            href = esc(self.article_path(hot))
            image = (
                f'<a href="{href}"><img class="img-responsive" src="'
                f'{esc(image_path(hot, 0, self.image_folder))}" alt="{esc(hot.title)}"></a>'
                if hot.images
                else ""
            )
            featured = (
                f'<div class="hot-news">{image}<h2><a href="{href}">{esc(hot.title)}</a></h2>'
                f'<p class="date">{dmy(hot.published)}</p><p class="sapo">'
                f"{esc(self.summary(hot))}</p></div>"
            )
        newest = "".join(
            f'<li>{self.badge(it)}<a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">({dmy(it.published)})</span></li>'
            for it in healthy[:8]
            if it is not hot
        )
        blocks = []
        for section in self.sections.values():
            items = [it for it in self.listed(section) if it.kind == "article"][:4]
            if not items:
                continue
            first, rest = items[0], items[1:]
            others = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
                for it in rest
            )
            blocks.append(
                f'<div class="home-cat"><h2 class="home-cat-title"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>'
                f'<div class="first"><h3>{self.badge(first)}<a href="{esc(self.article_path(first))}">'
                f'{esc(first.title)}</a></h3><p class="summary line-clamp-2">'
                f'{esc(self.summary(first, request.revision))}</p></div><ul class="others">{others}'
                f'</ul><a class="more" href="{esc(self.listing_path(section))}">Xem thêm</a></div>'
            )
        main = (
            f'<div class="home-top row"><div class="col-sm-7">{featured}</div>'
            f'<div class="col-sm-5"><h2 class="box-title"><a href="{esc(self.listing_path(None))}">'
            f'Tin mới</a></h2><ul class="list-newest">{newest}</ul></div></div>'
            f"{''.join(blocks)}"
        )
        return self.frame("", main, request, (), "home")

    # -- articles

    def content_html(self, item: Item, shown: Plan, request: Request) -> str:
        """The editor's part of the page: text, photos, and for notices the pasted viewer and
        the line sending readers to the document."""
        parts = []
        body_item = dataclasses.replace(
            item, paragraphs=list(shown.paragraphs), revised=None, images=list(shown.images)
        )
        blocks = body_blocks(body_item, 0)
        lead_skipped = False
        for block, value in blocks:
            if block == "p":
                if shown.kind == "long" and not lead_skipped:
                    lead_skipped = True  # the lead is the "Tóm tắt", shown above
                    continue
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    '<div style="text-align:center"><figure class="image" style="display:inline-'
                    f'block"><img alt="" height="453" src="{esc(image_path(item, index, self.image_folder))}"'
                    f' width="680" /><figcaption>{esc(caption)}</figcaption></figure></div>'
                )
        doc = self.doc_of_item.get(item.key)
        if shown.doc_link and doc is not None:
            parts.append(
                '<p style="text-align: justify;"><strong><em>Xem chi tiết văn bản <a href="'
                f'{esc(doc.path)}">tại đây</a></em></strong></p>'
            )
        if shown.viewer and shown.attachments:
            parts.append(
                '<p><iframe frameborder="0" height="800" scrolling="no" src="'
                f'{esc(self.viewer_path(shown.attachments[0].path))}" width="100%"></iframe></p>'
            )
        return "".join(parts)

    def attachments_html(self, files: Sequence[Attachment], seed: str) -> str:
        if not files:
            return ""
        rows = "".join(
            f'<li><img src="{THEME}/images/icon-pdf.png" alt="pdf" width="16" height="16"> '
            f'<a href="{esc(a.path)}" target="_blank">{esc(a.name)}</a> '
            f'<span class="size">({a.size_kb} KB)</span> <a class="download" href="{DOWNLOAD}'
            f'?id={self.file_ids[a.path]}"><i class="fa fa-download"></i> Tải về</a> '
            f'<span class="count">(Lượt tải: {stable_int(seed + a.path, 3, 640)})</span></li>'
            for a in files
        )
        return (
            '<div class="attach-files"><div class="attach-title"><i class="fa fa-paperclip"></i> '
            f'File đính kèm:</div><ul class="list-unstyled">{rows}</ul></div>'
        )

    def article_html(self, item: Item, request: Request) -> str:
        if item.kind == "article":
            shown = plan(
                item.key,
                item.body(request.revision),
                item.images,
                item.author,
                item.source,
                item.published,
            )
        else:
            shown = Plan("long", tuple(item.body(0)), (), None, None, (), False, False)
        href = self.article_path(item)
        sapo = ""
        if shown.kind == "long" and shown.paragraphs:
            sapo = f'<div class="news-sapo"><strong>{esc(shown.paragraphs[0])}</strong></div>'
        signature = ""
        if shown.author or shown.source:
            inner = []
            if shown.author:
                inner.append(f'<strong class="author">{esc(shown.author)}</strong>')
            if shown.source:
                inner.append(f'<em class="source">Nguồn: {esc(shown.source)}</em>')
            signature = f'<div class="news-author text-right">{"<br>".join(inner)}</div>'
        others = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">({dmy(it.published)})</span></li>'
            for it in self.others(item, 6)
        )
        share = quote(f"http://{self.portal.domain}{href}", safe="")
        main = (
            '<div class="news-detail">'
            f'{self.badge(item).strip()}<h1 class="news-title">{esc(item.title)}</h1>'
            f'<div class="news-meta"><span class="date"><i class="fa fa-clock-o"></i> '
            f'{date_line(item.published)}</span> <span class="views"><i class="fa fa-eye"></i> '
            f'Lượt xem: {thousands(view_count(item.key))}</span> <span class="font-size">Cỡ chữ: '
            '<a href="javascript:void(0)" onclick="changeFont(-1)">A-</a> '
            '<a href="javascript:void(0)" onclick="changeFont(1)">A+</a></span></div>'
            f'{sapo}<div class="news-content" id="news-content">'
            f"{self.content_html(item, shown, request)}</div>{signature}"
            f"{self.attachments_html(shown.attachments, item.key)}"
            '<div class="news-tools"><a href="javascript:window.print()"><i class="fa fa-print">'
            '</i> In trang</a> <a href="mailto:?subject=' + quote(item.title) + '"><i class="fa '
            'fa-envelope"></i> Gửi email</a> <a href="https://www.facebook.com/sharer/sharer.php'
            f'?u={share}" target="_blank" rel="nofollow"><i class="fa fa-facebook"></i> Chia sẻ</a>'
            ' <a href="#" class="back-top">Về đầu trang</a></div>'
            + (
                f'<div class="news-other"><h3 class="other-title">Tin cùng chuyên mục</h3>'
                f'<ul class="list-other">{others}</ul></div>'
                if others
                else ""
            )
            + "</div>"
        )
        crumbs = [
            (self.news.name, self.listing_path(None)),
            (item.section.name, self.listing_path(item.section)),
        ]
        return self.frame(item.title, main, request, crumbs, "news")

    # -- documents

    def docs_response(self, params: dict[str, str], request: Request) -> Response | None:
        page = page_number(params.get("page"))
        pages = max(1, -(-len(self.documents) // DOC_PAGE_SIZE))
        if page > pages:
            return None
        start = (page - 1) * DOC_PAGE_SIZE
        rows = "".join(
            f'<tr><td class="text-center">{start + n + 1}</td><td><a href="{esc(d.path)}">'
            f"{esc(d.number)}</a></td><td>{d.issued:%d/%m/%Y}</td><td><a href="
            f'"{esc(d.path)}">{esc(d.summary)}</a></td><td class="text-center"><a href="'
            f'{DOWNLOAD}?id={self.file_ids[d.file.path]}" title="Tải về"><img src="{THEME}/images/'
            'icon-pdf.png" alt="Tải về"></a></td></tr>'
            for n, d in enumerate(self.documents[start : start + DOC_PAGE_SIZE])
        )
        kinds = sorted({t[2] for t in DOC_TYPES})
        options = "".join(f'<option value="{slugify(k)}">{esc(k)}</option>' for k in kinds)
        main = (
            '<div class="vanban-page"><h1 class="cat-title">Văn bản chỉ đạo điều hành</h1>'
            f'<form class="form-inline filter" method="get" action="{DOCS}"><select name="loai">'
            f'<option value="">-- Loại văn bản --</option>{options}</select> <input type="text" '
            'name="tukhoa" placeholder="Số ký hiệu, trích yếu..."> <button type="submit" class="btn '
            'btn-primary">Tìm kiếm</button></form>'
            '<table class="table table-bordered table-striped vanban"><thead><tr><th>STT</th>'
            "<th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>"
            f"{self.pager(page, pages, lambda n: f'{DOCS}?page={n}')}</div>"
        )
        crumbs = [("Văn bản chỉ đạo điều hành", "")]
        return self.html_response(
            self.frame("Văn bản chỉ đạo điều hành", main, request, crumbs, "docs")
        )

    def doc_html(self, doc: Document, request: Request) -> str:
        file = doc.file
        file_cell = (
            f'<a href="{esc(file.path)}" target="_blank">{esc(file.name)}</a> ({file.size_kb} KB) '
            f'<a href="{DOWNLOAD}?id={self.file_ids[file.path]}">Tải về</a>'
        )
        viewer = (
            f'<div class="doc-viewer"><iframe src="{esc(self.viewer_path(file.path))}" '
            'width="100%" height="760" frameborder="0"></iframe></div>'
            if doc.viewer
            else ""
        )
        effective = doc.issued + timedelta(days=0 if doc.kind != "Quyết định" else 10)
        others = "".join(
            [
                f'<li><a href="{esc(d.path)}">{esc(d.number)}</a> - {esc(d.summary)}</li>'
                for d in self.documents
                if d is not doc and d.issued <= doc.issued
            ][:5]
        )
        rows = [
            ("Số ký hiệu", esc(doc.number)),
            ("Ngày ban hành", doc.issued.strftime("%d/%m/%Y")),
            ("Ngày hiệu lực", effective.strftime("%d/%m/%Y")),
            ("Loại văn bản", esc(doc.kind)),
            ("Cơ quan ban hành", esc(doc.issuer)),
            ("Người ký", esc(doc.signer)),
            ("Trích yếu", esc(doc.summary)),
            ("File đính kèm", file_cell),
        ]
        table = "".join(f"<tr><th>{label}</th><td>{value}</td></tr>" for label, value in rows)
        main = (
            f'<div class="vanban-detail"><h1 class="cat-title">Chi tiết văn bản</h1>'
            f'<table class="table table-bordered doc-detail">{table}</table>{viewer}'
            + (
                f'<div class="doc-others"><h3>Văn bản khác</h3><ul>{others}</ul></div>'
                if others
                else ""
            )
            + "</div>"
        )
        crumbs = [("Văn bản chỉ đạo điều hành", DOCS), (doc.number, "")]
        return self.frame(f"{doc.kind} {doc.number}", main, request, crumbs, "docs")

    # -- schedule

    def schedule_response(self, params: dict[str, str], request: Request) -> Response | None:
        year, week = self.weeks[-1]
        if "tuan" in params or "nam" in params:
            try:
                year, week = int(params.get("nam", year)), int(params.get("tuan", week))
                iso_week_start(year, week)
            except ValueError:
                return None
        return self.html_response(self.schedule_html(year, week, request))

    def schedule_html(self, year: int, week: int, request: Request) -> str:
        monday = iso_week_start(year, week)
        sunday = monday + timedelta(days=6)
        position = self.weeks.index((year, week)) if (year, week) in self.weeks else None
        nav = []
        if position is not None and position > 0:
            y, w = self.weeks[position - 1]
            nav.append(
                f'<a class="prev" href="{esc(self.schedule_path(y, w))}">&laquo; Tuần trước</a>'
            )
        if position is not None and position < len(self.weeks) - 1:
            y, w = self.weeks[position + 1]
            nav.append(
                f'<a class="next" href="{esc(self.schedule_path(y, w))}">Tuần sau &raquo;</a>'
            )
        if position is None:
            table = '<p class="empty">Chưa có lịch công tác của tuần này.</p>'
        else:
            rows = []
            for offset in range(5):
                day = monday + timedelta(days=offset)
                seed = f"{self.portal.id}|lich|{day.isoformat()}"
                count = stable_int(seed, 1, 3)
                first = stable_int(seed + "|dau", 0, len(SCHEDULE_LINES) - 1)
                picks = {(first + 3 * k) % len(SCHEDULE_LINES) for k in range(count)}
                if offset == 0:  # Monday opens with the flag ceremony and the directors' meeting
                    picks = {0} | (picks - {0})
                else:
                    picks = (picks - {0}) or {5}
                lines = sorted((SCHEDULE_LINES[n] for n in picks), key=lambda line: line[0])
                count = len(lines)
                for k, (time, what, chair, where) in enumerate(lines):
                    head = (
                        f'<td rowspan="{count}" class="day"><b>{weekday(datetime.combine(day, datetime.min.time()))}'
                        f"</b><br>{day:%d/%m/%Y}</td>"
                        if k == 0
                        else ""
                    )
                    rows.append(
                        f"<tr>{head}<td>{time}</td><td>{esc(what)}</td><td>{esc(chair)}</td>"
                        f"<td>{esc(where)}</td></tr>"
                    )
            table = (
                '<table class="table table-bordered lich-tuan"><thead><tr><th>Thứ/Ngày</th>'
                "<th>Thời gian</th><th>Nội dung công việc</th><th>Chủ trì</th><th>Địa điểm</th>"
                f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
            )
        main = (
            f'<div class="lich-cong-tac"><h1 class="cat-title">Lịch công tác tuần {week:02d}/{year}'
            f'</h1><p class="week-range">(Từ ngày {monday:%d/%m/%Y} đến ngày {sunday:%d/%m/%Y})</p>'
            f'<div class="week-nav">{" ".join(nav)}</div>{table}'
            '<p class="note"><em>Lịch có thể thay đổi, đề nghị các phòng, đơn vị theo dõi thường '
            "xuyên trên Trang thông tin điện tử của Sở.</em></p></div>"
        )
        crumbs = [("Lịch công tác", "")]
        return self.frame(
            f"Lịch công tác tuần {week:02d}/{year}", main, request, crumbs, "schedule"
        )

    # -- feeds, static pages, viewer, errors

    def rss_index_html(self, request: Request) -> str:
        rows = "".join(
            f'<tr><td>{esc(name)}</td><td><a href="{esc(self.feed_path(section))}">'
            f'<i class="fa fa-rss"></i> {esc(self.feed_path(section))}</a></td></tr>'
            for name, section in [(self.news.name, None)]
            + [(s.name, s) for s in self.sections.values()]
        )
        main = (
            '<div class="rss-page"><h1 class="cat-title">RSS</h1><p>RSS là định dạng tài liệu '
            "dùng để chia sẻ tin tức; bạn có thể dùng các phần mềm đọc tin để nhận tin mới từ Trang "
            "thông tin điện tử của Sở mà không cần truy cập website.</p>"
            f'<table class="table table-bordered">{rows}</table></div>'
        )
        return self.frame("RSS", main, request, [("RSS", "")])

    def feed_response(self, section: Section | None, request: Request) -> Response:
        name = self.news.name if self.is_news(section) else section.name
        base = request.base_url
        items = [it for it in self.listed(section) if it.kind == "article"][:20]
        entries = "".join(
            f"<item><title>{esc(it.title)}</title><link>{base}{esc(self.article_path(it))}</link>"
            f"<description><![CDATA[{self.summary(it, request.revision)}]]></description>"
            f"<pubDate>{format_datetime(it.published.replace(tzinfo=VN_TZ))}</pubDate>"
            f'<guid isPermaLink="true">{base}{esc(self.article_path(it))}</guid></item>'
            for it in items
        )
        xml = (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(name)} - {esc(self.portal.short_name)}</title>"
            f"<link>{base}{esc(self.listing_path(section))}</link>"
            f"<description>{esc(name)}</description><language>vi-vn</language>"
            f"{entries}</channel></rss>"
        )
        return Response(
            200,
            {"Content-Type": "application/rss+xml; charset=utf-8", **SERVER_HEADERS},
            xml.encode("utf-8"),
        )

    def static_html(self, path: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[path]
        body = "".join(f"<p>{esc(text)}</p>" for text in paragraphs)
        main = f'<div class="static-page"><h1 class="cat-title">{esc(title)}</h1>{body}</div>'
        key = "contact" if path == "/lien-he.html" else "intro"
        return self.frame(title, main, request, [(title, "")], key)

    def viewer_html(self) -> str:
        return """<!DOCTYPE html>
<html dir="ltr" mozdisallowselectionprint>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<meta name="google" content="notranslate">
<title>PDF.js viewer</title>
<link rel="stylesheet" href="viewer.css">
<script src="../build/pdf.js"></script>
<script src="viewer.js"></script>
</head>
<body tabindex="1">
<div id="outerContainer"><div id="sidebarContainer"><div id="toolbarSidebar"></div></div>
<div id="mainContainer"><div class="toolbar"><div id="toolbarContainer"><div id="toolbarViewer">
<button id="previous" class="toolbarButton" title="Previous Page"><span>Previous</span></button>
<button id="next" class="toolbarButton" title="Next Page"><span>Next</span></button>
<input type="number" id="pageNumber" class="toolbarField" value="1" size="4" min="1">
<span id="numPages" class="toolbarLabel"></span>
<button id="print" class="toolbarButton" title="Print"><span>Print</span></button>
<button id="download" class="toolbarButton" title="Download"><span>Download</span></button>
</div></div></div>
<div id="viewerContainer" tabindex="0"><div id="viewer" class="pdfViewer"></div></div>
</div></div>
<div id="printContainer"></div>
</body>
</html>"""

    def message_page(self, text: str, request: Request) -> str:
        main = (
            f'<div class="alert alert-warning">{esc(text)} <a href="/">Quay về trang chủ</a></div>'
        )
        return self.frame("Thông báo", main, request)

    def error_html(self, status: int) -> str:
        if status == 404:
            return (
                '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>404 - Không '
                'tìm thấy trang</title></head><body><div class="error-page"><h1>404</h1><p>Trang '
                'bạn yêu cầu không tồn tại hoặc đã bị xóa.</p><p><a href="/">Về trang chủ</a></p>'
                "</div></body></html>"
            )
        return (
            '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Lỗi hệ thống</title></head>'
            "<body><h2>Database Error</h2><p>Lỗi kết nối cơ sở dữ liệu. Vui lòng thử lại sau."
            "</p><!-- SQLSTATE[HY000] [2002] Connection refused --></body></html>"
        )

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        return "\n".join(lines) + "\n"
