"""A provincial portal on a local vendor's PHP CMS (CodeIgniter 3, Bootstrap themes, jQuery)
whose article pages are organised in tabs and collapsible parts (portal hoaxuyen).

What such portals serve: the detail view puts the article under a tab bar "Nội dung | Văn bản
liên quan | Hình ảnh | Ý kiến bạn đọc"; only the first pane is shown, the others are in the page
but hidden (the related documents' table, a photo album with its own captions, readers' comments
with the editors' replies and the comment form). Long articles (five paragraphs or more) show
their first paragraphs and keep the rest in a collapsed block opened by a "Xem thêm" or "Đọc
tiếp" button: the text is in the page, hidden until clicked. About one article in four explains
a service with a "Hỏi - Đáp" accordion typed into the text by the editor: a heading, then
numbered questions as the panels' buttons and answers in collapsed panels (the first open). Above
the tabs: the date line, a toolbar (font size "A- A A+", "Nghe đọc bài" read-aloud with a voice
choice, print, e-mail, share) and, on most articles, a collapsed "Tóm tắt" box holding the lead
again (the description field, which the editors fill with the lead).

Two templates, by section (the vendor rebuilt the theme on Bootstrap 4 but the "Chuyển đổi số"
and "An toàn thông tin" sections kept the old module's layout):

- Bootstrap 4 (news and the other sections): ``ul.nav.nav-tabs`` with ``data-toggle="tab"``,
  panes ``div.tab-pane.fade`` (the first ``.show.active``); the bold lead ``p.lead-text``; the
  rest after the second paragraph in ``div.collapse#xemthem-<id>`` under an ``a.btn-xemthem``
  "Xem thêm" (``data-toggle="collapse"``); photos in ``figure.figure`` with
  ``figcaption.figure-caption``; the FAQ as a BS4 ``.accordion`` of ``.card``s (``button
  .btn-link`` questions, ``.collapse[data-parent]`` answers); author bold and right-aligned,
  "Nguồn: …" in italics under it.
- the old module (Bootstrap 3 and a jQuery tab snippet): ``ul.tabs-baiviet`` with ``div
  .tab_content`` panes, the hidden ones ``style="display: none;"``; the rest after the third
  paragraph in ``div.noidung-doctiep`` (``style="display:none;"``) followed by an "Đọc tiếp »"
  link (``onclick`` slideDown); photos in ``table.tbl-image`` with ``td.caption-img``; the FAQ
  as a BS3 ``.panel-group`` (answers ``.panel-collapse.collapse``, the first ``.in``);
  "Tác giả: …" and "Nguồn tin: …" lines.

URL shapes:
- home ``/`` (also ``/index.php``); static pages ``/gioi-thieu.html``, ``/lien-he.html``,
  ``/hoi-dap.html`` (general questions in an accordion, no date), ``/rss.html`` (the feeds);
- general news ``/tin-tuc-su-kien.html``, a section ``/<section-slug>.html``, page N
  ``/<slug>/trang-<N>.html`` (the pager links page 1 as the bare listing);
- article ``/<section-slug>/<title-slug>-a<id>.html`` (the router reads only the id); an article
  with more than three comments links its second page of comments ``?ykien=2``: the same page
  with the comments' pane active and the text's pane hidden (an alias);
- print view ``/in-bai-viet/<id>.html`` (the whole text opened, no tabs; ``noindex``);
- RSS ``/rss/<slug>.rss`` (the ten newest, lead as description); documents' files
  ``/Uploads/VanBan/<yyyy>/<mm>/<token>.pdf`` (served as PDF); ``/binh-luan/gui`` and
  ``/tim-kiem`` are forms' targets robots.txt disallows.

Furniture: Bootstrap navbar with a dropdown of the sections, a home carousel, a tabbed box of
the sections on the home page, a sidebar tab box "Tin mới | Đọc nhiều" (the second pane hidden),
"Kết quả giải quyết TTHC", the visitor counter, banners, "Tin liên quan" (dated) under the
article, keywords linking to the search. Broken pages: one 404 and one 500 in the listings.

Gold (:func:`gold_corpus`): what a careful reader copies after opening the collapsed parts: the
whole text in order, the collapsed rest included, and for FAQ articles the heading ("Hỏi - Đáp:
…"), each question as printed (with its number) and each answer paragraph, after the corpus
paragraphs (:func:`gold_paragraphs`). Not the other tabs' panes (documents, the album's
captions, comments), not the "Tóm tắt" box (it only repeats the lead), captions only of the
photos in the text.
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Mapping, Sequence
from datetime import datetime, timedelta
from email.utils import format_datetime
from typing import Any, NamedTuple
from urllib.parse import quote

from dtcrawl.bench.synthetic import commune
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
    iso_vn,
    listing_date,
    page_number,
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
    "COMMENTS_PER_PAGE",
    "LEGACY_SECTIONS",
    "SHORT",
    "Faq",
    "TabbedSite",
    "comments_of",
    "date_line",
    "documents_of",
    "faq_of",
    "gallery_of",
    "gold_corpus",
    "gold_paragraphs",
    "template_of",
    "visible_count",
]

NEWS_SLUG = "tin-tuc-su-kien"
ARTICLE_PATH = re.compile(r"^/([a-z0-9-]+)/[a-z0-9-]*-a(\d+)\.html$")
LISTING_PATH = re.compile(r"^/([a-z0-9-]+)(?:/trang-(\d+))?\.html$")
PRINT_PATH = re.compile(r"^/in-bai-viet/(\d+)\.html$")
FEED_PATH = re.compile(r"^/rss/([a-z0-9-]+)\.rss$")
DOC_PATH = re.compile(r"^/Uploads/VanBan/\d{4}/\d{2}/[a-z0-9]+\.pdf$")
#: Sections whose articles the old module renders.
LEGACY_SECTIONS = ("Chuyển đổi số", "An toàn thông tin")
#: Articles of at most this many paragraphs are shown whole.
SHORT = 4
#: Paragraphs shown before the collapsed rest, by template.
VISIBLE = {"bs4": 2, "legacy": 3}
COMMENTS_PER_PAGE = 3
ACTIVE_LI = ' class="active"'
HIDDEN_STYLE = ' style="display: none;"'
TINY_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0"
    b">>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
STATIC_PAGES = {
    "/gioi-thieu.html": (
        "Giới thiệu chung",
        [
            "Hòa Xuyên là tỉnh ven biển, có 2 thành phố, 1 thị xã và 8 huyện; địa hình thấp dần "
            "từ vùng đồi phía tây ra đồng bằng ven sông Xuyên và dải cát ven biển.",
            "Cổng thông tin điện tử tỉnh do Văn phòng Ủy ban nhân dân tỉnh quản lý, cung cấp "
            "thông tin chỉ đạo, điều hành của chính quyền tỉnh, văn bản và dịch vụ công trực "
            "tuyến cho người dân, doanh nghiệp.",
        ],
    ),
    "/lien-he.html": (
        "Liên hệ",
        [
            "Tin bài cộng tác, ý kiến góp ý về nội dung Cổng thông tin xin gửi về Ban biên tập "
            "theo địa chỉ thư điện tử hoặc số điện thoại ghi ở chân trang.",
            "Ban biên tập tiếp nhận và phản hồi trong giờ hành chính các ngày làm việc.",
        ],
    ),
}
GENERAL_FAQ = (
    (
        "Làm thế nào để gửi câu hỏi cho Ban biên tập?",
        "Bạn đọc điền vào mẫu gửi câu hỏi ở cuối trang này; câu hỏi được chuyển tới cơ quan "
        "chuyên môn và câu trả lời được đăng lên mục Hỏi đáp.",
    ),
    (
        "Tôi có thể đăng lại tin bài của Cổng thông tin không?",
        "Được, khi ghi rõ nguồn là Cổng thông tin điện tử tỉnh Hòa Xuyên và dẫn liên kết tới "
        "bài viết gốc.",
    ),
    (
        "Vì sao tôi không nghe được phần đọc bài?",
        "Chức năng đọc bài cần trình duyệt hỗ trợ phát âm thanh; bạn hãy cập nhật trình duyệt "
        "hoặc thử lại trên điện thoại.",
    ),
)

# ---------------------------------------------------------------- the FAQ typed into the text

SUBJECTS = (
    "người dân",
    "hộ kinh doanh",
    "doanh nghiệp nhỏ và vừa",
    "người cao tuổi",
    "hội viên nông dân",
    "phụ huynh học sinh",
    "người lao động ở khu công nghiệp",
)
ACTIONS = (
    "đăng ký tài khoản định danh điện tử mức độ 2",
    "nộp hồ sơ dịch vụ công trực tuyến toàn trình",
    "thanh toán phí, lệ phí không dùng tiền mặt",
    "tra cứu kết quả giải quyết thủ tục hành chính",
    "cài đặt ứng dụng công dân số Hòa Xuyên",
    "đưa nông sản lên sàn thương mại điện tử",
    "sử dụng chữ ký số cá nhân trên điện thoại",
    "gửi phản ánh qua Trung tâm giám sát, điều hành thông minh",
    "khai báo sổ sức khỏe điện tử",
    "đăng ký học trực tuyến kỹ năng số cơ bản",
)
QUESTIONS = (
    "{S} có thể {A} ở đâu?",
    "Cần chuẩn bị những gì trước khi {A}?",
    "Việc {A} có mất phí không?",
    "Nếu gặp khó khăn khi {A}, {s} được hỗ trợ như thế nào?",
    "{S} chưa có điện thoại thông minh thì {A} bằng cách nào?",
)


class Faq(NamedTuple):
    """An article's "Hỏi - Đáp": its heading and its (question, answer paragraphs) pairs, the
    questions numbered as the editor typed them."""

    heading: str
    pairs: tuple[tuple[str, tuple[str, ...]], ...]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _answer(kind: int, subject: str, action: str, rng: random.Random) -> tuple[str, ...]:
    place = commune(rng)
    if kind == 0:
        return (
            f"{_cap(subject)} có thể {action} ngay tại nhà trên Cổng Dịch vụ công của tỉnh hoặc "
            f"đến Bộ phận Một cửa của Ủy ban nhân dân cấp xã nơi cư trú. Tại {place}, "
            f"{rng.randint(3, 14)} điểm hỗ trợ được bố trí ở nhà văn hóa thôn, mở cửa cả sáng "
            "thứ Bảy.",
        )
    if kind == 1:
        return (
            "Người thực hiện cần có căn cước gắn chíp, số điện thoại chính chủ và thư điện tử "
            "còn hoạt động nếu có. Giấy tờ kèm theo được chụp rõ nét, mỗi tệp không quá "
            f"{rng.choice((2, 5, 10))} MB.",
            f"Cán bộ Tổ công nghệ số cộng đồng ở {place} sẽ kiểm tra giúp trước khi gửi để "
            "tránh hồ sơ bị trả lại.",
        )
    if kind == 2:
        return (
            f"Không. Việc hướng dẫn và thao tác đều miễn phí; trong năm {rng.randint(2021, 2025)}"
            f" tỉnh còn giảm {rng.choice((30, 50))}% lệ phí đối với các thủ tục thực hiện trực "
            "tuyến.",
        )
    if kind == 3:
        return (
            "Tổ công nghệ số cộng đồng ở mỗi thôn, tổ dân phố có trách nhiệm hướng dẫn trực "
            f"tiếp. {_cap(subject)} cũng có thể gọi tổng đài 0236.{rng.randint(3800, 3899)}."
            f"{rng.randint(100, 999)} trong giờ hành chính.",
            f"Trong quý vừa qua, các tổ ở {place} đã hỗ trợ {thousands(rng.randint(300, 4800))} "
            "lượt người.",
        )
    return (
        f"{_cap(subject)} có thể nhờ người thân có tài khoản hợp lệ làm thay hoặc đến điểm hỗ "
        f"trợ tại {place}; cán bộ thao tác trên máy tính dùng chung và in giấy biên nhận tại "
        "chỗ.",
    )


def faq_of(key: str) -> Faq | None:
    """The "Hỏi - Đáp" of the article ``key`` (about one in four), or None.

    >>> faq = faq_of("hoaxuyen-bench-1")
    >>> faq is None or (faq.heading.startswith("Hỏi - Đáp: ") and 2 <= len(faq.pairs) <= 4)
    True
    """
    if stable_int(key + "hoidap", 0, 3) != 0:
        return None
    rng = random.Random(stable_int(key + "hoidap-text", 0, 2**31))
    subject = rng.choice(SUBJECTS)
    action = rng.choice(ACTIONS)
    kinds = rng.sample(range(len(QUESTIONS)), rng.randint(2, 4))
    pairs = []
    for number, kind in enumerate(kinds, 1):
        question = QUESTIONS[kind].format(S=_cap(subject), s=subject, A=action)
        pairs.append((f"{number}. {_cap(question)}", _answer(kind, subject, action, rng)))
    return Faq(f"Hỏi - Đáp: những điều cần biết khi {action}", tuple(pairs))


def faq_lines(faq: Faq | None) -> list[str]:
    """The FAQ as a reader copies it: heading, then each question and its answer paragraphs."""
    if faq is None:
        return []
    lines = [faq.heading]
    for question, answers in faq.pairs:
        lines += [question, *answers]
    return lines


def gold_paragraphs(article: Any) -> list[str]:
    """The article's text as a careful reader copies it after opening every collapsed part: the
    corpus paragraphs, then the FAQ's heading, questions and answers (if it has one)."""
    return [*article.paragraphs, *faq_lines(faq_of(article.key))]


def gold_corpus(corpus: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
    """``corpus`` with each article's ``paragraphs`` replaced by :func:`gold_paragraphs` (photos
    keep their place: they stand after the lead, which is always shown).

    >>> from dtcrawl.bench.synthetic import demo_corpus
    >>> served = demo_corpus(12, "hoaxuyen")["hoaxuyen"]
    >>> gold = gold_corpus({"hoaxuyen": served})["hoaxuyen"]
    >>> [len(g.paragraphs) >= len(s.paragraphs) for s, g in zip(served, gold)] == [True] * 12
    True
    >>> any(len(g.paragraphs) > len(s.paragraphs) for s, g in zip(served, gold))
    True
    """
    return {
        portal_id: [
            dataclasses.replace(article, paragraphs=tuple(gold_paragraphs(article)))
            for article in articles
        ]
        for portal_id, articles in corpus.items()
    }


# ---------------------------------------------------------------- the other panes

GALLERY_CAPTIONS = (
    "Quang cảnh buổi làm việc",
    "Đại biểu tham quan gian trưng bày giải pháp số",
    "Cán bộ một cửa hướng dẫn người dân thao tác trên máy tính bảng",
    "Lãnh đạo tỉnh phát biểu chỉ đạo",
    "Các đơn vị ký kết biên bản ghi nhớ hợp tác",
    "Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt ứng dụng",
    "Học viên thực hành tại lớp tập huấn",
    "Toàn cảnh hội nghị tại điểm cầu tỉnh",
    "Người dân trải nghiệm dịch vụ tại quầy hỗ trợ",
    "Đoàn công tác kiểm tra phòng máy chủ",
)
DOCUMENTS = (
    ("KH-UBND", "Kế hoạch chuyển đổi số tỉnh Hòa Xuyên năm {year}"),
    ("QĐ-UBND", "Quyết định công bố danh mục dịch vụ công trực tuyến toàn trình trên địa bàn tỉnh"),
    (
        "UBND-KGVX",
        "V/v đẩy mạnh thanh toán không dùng tiền mặt trong giải quyết thủ tục hành chính",
    ),
    ("KH-BCĐ", "Kế hoạch triển khai phong trào Bình dân học vụ số trên địa bàn tỉnh"),
    ("STTTT-CĐS", "V/v hướng dẫn cập nhật số liệu bộ chỉ số chuyển đổi số cấp xã"),
    ("QĐ-UBND", "Quyết định phê duyệt Đề án Trung tâm giám sát, điều hành thông minh tỉnh"),
    ("CT-UBND", "Chỉ thị về tăng cường bảo đảm an toàn thông tin mạng trong cơ quan nhà nước"),
    ("NQ-HĐND", "Nghị quyết quy định mức hỗ trợ Tổ công nghệ số cộng đồng giai đoạn 2021 - 2025"),
)
READERS = (
    "Nguyễn Văn Hùng",
    "Trần Thị Mai",
    "Lê Minh Tuấn",
    "Phạm Thu Trang",
    "Hoàng Đức Anh",
    "Vũ Thị Lan",
    "Đỗ Quang Vinh",
    "Bùi Ngọc Hà",
    "Ngô Thanh Sơn",
)
COMMENT_OPENERS = (
    "Bài viết rất thiết thực.",
    "Cảm ơn Ban biên tập đã đưa tin.",
    "Tôi đã làm thử và thấy nhanh hơn trước nhiều.",
    "Mong các xã mở thêm lớp hướng dẫn vào buổi tối.",
    "Đề nghị tỉnh quan tâm hơn đến vùng sâu, vùng xa.",
    "Chủ trương đúng nhưng cần làm đến nơi đến chốn.",
)
COMMENT_BODIES = (
    "Ở {place} sóng điện thoại còn yếu nên bà con khó thao tác.",
    "Gia đình tôi đã cài ứng dụng từ tháng trước, thủ tục làm xong trong buổi sáng.",
    "Cán bộ một cửa ở {place} hướng dẫn rất nhiệt tình.",
    "Nhiều người cao tuổi ở {place} vẫn chưa quen dùng điện thoại thông minh.",
    "Đề nghị công khai số đường dây nóng để người dân tiện liên hệ khi hệ thống lỗi.",
    "Mong có thêm video hướng dẫn ngắn đăng trên trang Zalo của xã.",
)
EDITOR_REPLIES = (
    "Cảm ơn bạn đã quan tâm. Ý kiến của bạn đã được chuyển tới cơ quan chuyên môn.",
    "Ban biên tập ghi nhận và sẽ phản ánh tới đơn vị liên quan.",
)


class Comment(NamedTuple):
    name: str
    moment: datetime
    text: str
    reply: str | None


def gallery_of(item: Item) -> list[tuple[str, str]]:
    """The album of the "Hình ảnh" pane: (image path, caption), the text's photos first (their
    captions as in the text), then others with the album's own captions; may be empty."""
    photos = [
        (image_path(item, index, "/Uploads/images/tin-tuc"), str(image.get("caption") or ""))
        for index, image in enumerate(item.images)
    ]
    if not photos and stable_int(item.key + "album", 0, 9) < 4:
        return []
    count = stable_int(item.key + "album-size", 2, 4)
    start = stable_int(item.key + "album-start", 0, len(GALLERY_CAPTIONS) - 1)
    for n in range(count):
        caption = GALLERY_CAPTIONS[(start + 3 * n) % len(GALLERY_CAPTIONS)]
        photos.append((image_path(item, 10 + n, "/Uploads/images/album"), caption))
    return photos


def documents_of(item: Item) -> list[tuple[str, str, str, str]]:
    """The "Văn bản liên quan" table: (number, issued day, summary, file path); may be empty."""
    count = stable_int(item.key + "vanban", 0, 4)
    if count > 3:
        count = 0
    rows = []
    for n in range(count):
        kind, summary = DOCUMENTS[stable_int(f"{item.key}vb{n}", 0, len(DOCUMENTS) - 1)]
        issued = item.published - timedelta(days=stable_int(f"{item.key}vbd{n}", 3, 160))
        number = stable_int(f"{item.key}vbn{n}", 12, 3480)
        if kind.startswith("NQ"):
            code = f"{number % 90 + 10}/{issued.year}/{kind}"
        else:
            code = f"{number}/{kind}"
        path = f"/Uploads/VanBan/{issued:%Y}/{issued:%m}/{stable_token(item.key + str(n), 12)}.pdf"
        rows.append((code, dmy(issued), summary.format(year=issued.year), path))
    return rows


def comments_of(item: Item) -> list[Comment]:
    """Readers' comments, newest first: none on most articles, up to five on a few."""
    count = (0, 0, 0, 0, 1, 1, 2, 3, 4, 5)[stable_int(item.key + "ykien", 0, 9)]
    rng = random.Random(stable_int(item.key + "ykien-text", 0, 2**31))
    comments = []
    moment = item.published
    for _ in range(count):
        moment = moment + timedelta(minutes=rng.randint(40, 2000))
        text = f"{rng.choice(COMMENT_OPENERS)} " + rng.choice(COMMENT_BODIES).format(
            place=commune(rng)
        )
        reply = rng.choice(EDITOR_REPLIES) if rng.random() < 0.3 else None
        comments.append(Comment(rng.choice(READERS), moment, text, reply))
    return list(reversed(comments))


# ---------------------------------------------------------------- small pure helpers


def template_of(section_name: str) -> str:
    """``legacy`` for the sections the old module renders, ``bs4`` for the others.

    >>> template_of("An toàn thông tin"), template_of("Kinh tế số")
    ('legacy', 'bs4')
    """
    return "legacy" if section_name in LEGACY_SECTIONS else "bs4"


def visible_count(count: int, template: str) -> int:
    """How many of ``count`` paragraphs are shown before the collapsed rest.

    >>> visible_count(4, "bs4"), visible_count(7, "bs4"), visible_count(7, "legacy")
    (4, 2, 3)
    """
    return count if count <= SHORT else VISIBLE[template]


def date_line(moment: datetime, template: str) -> str:
    """The date line under the title.

    >>> date_line(datetime(2021, 1, 4, 7, 41), "bs4")
    'Thứ Hai, 04/01/2021 | 07:41'
    >>> date_line(datetime(2021, 1, 4, 7, 41), "legacy")
    'Ngày đăng: 04/01/2021 07:41'
    """
    if template == "legacy":
        return f"Ngày đăng: {dmy(moment)} {moment:%H:%M}"
    return f"{weekday(moment)}, {dmy(moment)} | {moment:%H:%M}"


def rss_date(moment: datetime) -> str:
    return format_datetime(moment.replace(tzinfo=VN_TZ))


class TabbedSite(CmsSite):
    family_headers = {"Server": "nginx", "X-Powered-By": "PHP/7.4.33"}
    number_base = 23_500
    number_stride = 5
    image_folder = "/Uploads/images/tin-tuc"

    # -- URLs

    def slug_of(self, section: Section | None) -> str:
        return NEWS_SLUG if self.is_news(section) else section.slug

    def article_path(self, item: Item) -> str:
        slug = slugify(item.title, max_len=90)
        return f"/{self.slug_of(item.section)}/{slug}-a{item.number}.html"

    def article_aliases(self, item: Item) -> list[str]:
        if len(comments_of(item)) > COMMENTS_PER_PAGE:
            return [f"{self.article_path(item)}?ykien=2"]
        return []

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        slug = self.slug_of(section)
        return f"/{slug}.html" if page == 1 else f"/{slug}/trang-{page}.html"

    def print_path(self, item: Item) -> str:
        return f"/in-bai-viet/{item.number}.html"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def feed_path(self, section: Section | None) -> str:
        return f"/rss/{self.slug_of(section)}.rss"

    def extra_paths(self) -> dict[str, str]:
        paths = {"rss": "/rss.html", "rss-news": self.feed_path(None)}
        paths.update({f"rss-{s.slug}": self.feed_path(s) for s in self.sections.values()})
        return paths

    def section_of_slug(self, slug: str) -> tuple[bool, Section | None]:
        """(known, section) for a listing slug: the news slug gives (True, None)."""
        if slug == NEWS_SLUG:
            return True, None
        section = self.section_by_slug(slug)
        return section is not None, section

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php"):
            return self.html_response(self.home_html(request))
        if path in STATIC_PAGES:
            return self.html_response(self.static_html(path, request))
        if path == "/hoi-dap.html":
            return self.html_response(self.general_faq_html(request))
        if path == "/rss.html":
            return self.html_response(self.rss_page_html(request))
        if DOC_PATH.match(path):
            return Response(200, {"Content-Type": "application/pdf", **self.family_headers},
                            TINY_PDF)  # fmt: skip
        match = FEED_PATH.match(path)
        if match:
            known, section = self.section_of_slug(match.group(1))
            if not known:
                return None
            return Response(
                200,
                {"Content-Type": "application/rss+xml; charset=utf-8", **self.family_headers},
                self.feed_xml(section, request).encode("utf-8"),
            )
        match = PRINT_PATH.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            if item is None or item.kind in ("missing", "error"):
                return None
            return self.html_response(self.print_html(item, request))
        match = ARTICLE_PATH.match(path)
        if match:
            known, _ = self.section_of_slug(match.group(1))
            item = self.by_number.get(int(match.group(2)))
            if not known or item is None:
                return None
            return self.article_response(item, request)
        match = LISTING_PATH.match(path)
        if match:
            known, section = self.section_of_slug(match.group(1))
            if not known:
                return None
            page = page_number(match.group(2))
            if match.group(2) == "1":
                page = 1
            _, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.listing_html(section, page, request))
        return None

    # -- frame

    def sidebar(self, request: Request, exclude: Item | None = None) -> str:
        fresh = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">{listing_date(it.published)}</span></li>'
            for it in self.latest(6, exclude)
        )
        popular = sorted(
            (it for it in self.items if it.kind == "article" and it is not exclude),
            key=lambda it: (-view_count(it.key), it.key),
        )[:6]
        most_read = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="luotxem">({thousands(view_count(it.key))} lượt xem)</span></li>'
            for it in popular
        )
        t = tthc_stats(request.seed)
        v = visitor_stats(request.seed)
        return f"""<aside class="col-lg-4 sidebar">
<div class="box box-tabs"><ul class="nav nav-tabs" role="tablist">
<li class="nav-item"><a class="nav-link active" data-toggle="tab" href="#sb-tinmoi" role="tab"
aria-selected="true">Tin mới</a></li>
<li class="nav-item"><a class="nav-link" data-toggle="tab" href="#sb-docnhieu" role="tab"
aria-selected="false">Tin đọc nhiều</a></li></ul>
<div class="tab-content"><div class="tab-pane fade show active" id="sb-tinmoi" role="tabpanel">
<ul class="list-unstyled ds-tin">{fresh}</ul></div>
<div class="tab-pane fade" id="sb-docnhieu" role="tabpanel"><ul class="list-unstyled ds-tin">
{most_read}</ul></div></div></div>
<div class="box box-tthc"><h3 class="box-title">Kết quả giải quyết TTHC</h3>
<p class="small">Tháng {t["month"]}: tỷ lệ hồ sơ đúng hạn <strong>{t["percent"]}%</strong></p>
<table class="table table-sm"><tbody>
<tr><td>Tiếp nhận</td><td class="text-right">{thousands(t["total"])}</td></tr>
<tr><td>Đúng hạn</td><td class="text-right">{thousands(t["ontime"])}</td></tr>
<tr><td>Trễ hạn</td><td class="text-right">{thousands(t["late"])}</td></tr></tbody></table>
<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener">Tra cứu hồ sơ</a></div>
<div class="box box-lienket"><h3 class="box-title">Liên kết</h3>
<a href="https://chinhphu.vn" target="_blank" rel="noopener"><img class="img-fluid"
src="/Uploads/banner/cong-ttdt-chinh-phu.png" alt="Cổng TTĐT Chính phủ"></a>
<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img class="img-fluid"
src="/Uploads/banner/dvc-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia"></a></div>
<div class="box box-thongke"><h3 class="box-title">Thống kê truy cập</h3><ul class="list-unstyled">
<li>Đang truy cập: <b>{thousands(v["online"])}</b></li>
<li>Hôm nay: <b>{thousands(v["today"])}</b></li>
<li>Tháng này: <b>{thousands(v["month"])}</b></li>
<li>Tổng lượt truy cập: <b>{thousands(v["total"])}</b></li></ul></div>
</aside>"""

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        *,
        current: Section | None = None,
        head: str = "",
        exclude: Item | None = None,
        crumbs: Sequence[tuple[str, str]] = (),
    ) -> str:
        p = self.portal
        dropdown = "".join(
            f'<a class="dropdown-item{" active" if s is current else ""}" href="'
            f'{esc(self.listing_path(s))}">{esc(s.name)}</a>'
            for s in self.sections.values()
        )
        crumb = "".join(
            f'<li class="breadcrumb-item"><a href="{esc(href)}">{esc(name)}</a></li>'
            if href
            else f'<li class="breadcrumb-item active" aria-current="page">{esc(name)}</li>'
            for name, href in crumbs
        )
        breadcrumb = (
            '<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item">'
            f'<a href="/">Trang chủ</a></li>{crumb}</ol></nav>'
            if crumbs
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(title)} - {esc(p.name)}</title>
<link rel="stylesheet" href="/assets/vendor/bootstrap-4.3.1/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/vendor/font-awesome-4.7.0/css/font-awesome.min.css">
<link rel="stylesheet" href="/assets/themes/hoaxuyen/css/style.css?v=2.4.1">
<link rel="alternate" type="application/rss+xml" title="{esc(self.news.name)}"
href="{esc(self.feed_path(None))}">
<link rel="shortcut icon" href="/assets/themes/hoaxuyen/images/favicon.ico">
{head}
</head>
<body>
<div class="topbar"><div class="container d-flex justify-content-between">
<span id="ngay-hien-tai"></span>
<span><a href="/lien-he.html">Liên hệ</a> | <a href="/rss.html">RSS</a> |
<a href="/admin/dang-nhap" rel="nofollow">Đăng nhập</a></span></div></div>
<header class="header"><div class="container d-flex align-items-center">
<a href="/" class="logo"><img src="/assets/themes/hoaxuyen/images/quoc-huy.png" alt="Quốc huy"></a>
<div class="ten-cong"><p class="dong1">{esc(p.agency)}</p>
<p class="dong2">{esc(p.name)}</p></div>
<form class="form-inline ml-auto" action="/tim-kiem" method="get"><input class="form-control
form-control-sm" type="search" name="tu-khoa" placeholder="Nhập từ khóa..."><button
class="btn btn-sm btn-light" type="submit"><i class="fa fa-search"></i></button></form>
</div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary main-nav"><div class="container">
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#menu-chinh"
aria-controls="menu-chinh" aria-expanded="false" aria-label="Menu"><span
class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="menu-chinh"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/"><i class="fa fa-home"></i> Trang chủ</a></li>
<li class="nav-item"><a class="nav-link" href="/gioi-thieu.html">Giới thiệu</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{esc(self.listing_path(None))}"
id="dd-tintuc" role="button" data-toggle="dropdown" aria-haspopup="true"
aria-expanded="false">{esc(self.news.name)}</a>
<div class="dropdown-menu" aria-labelledby="dd-tintuc">{dropdown}</div></li>
<li class="nav-item"><a class="nav-link" href="/hoi-dap.html">Hỏi đáp</a></li>
<li class="nav-item"><a class="nav-link" href="https://dichvucong.gov.vn" target="_blank"
rel="noopener">Dịch vụ công</a></li>
<li class="nav-item"><a class="nav-link" href="/lien-he.html">Liên hệ</a></li>
</ul></div></div></nav>
<div class="container main">{breadcrumb}
<div class="row"><main class="col-lg-8">{main}</main>
{self.sidebar(request, exclude)}</div></div>
<footer class="footer"><div class="container">
<p class="coquan"><strong>Cơ quan chủ quản: {esc(p.agency)}</strong></p>
<p>Chịu trách nhiệm chính: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)} - Email: banbientap@{esc(p.domain)}</p>
<p class="ghi-nguon">{esc(reuse_notice(p))}</p>
</div></footer>
<a href="#" class="ve-dau-trang" title="Về đầu trang"><i class="fa fa-angle-up"></i></a>
<script src="/assets/vendor/jquery-3.4.1.min.js"></script>
<script src="/assets/vendor/bootstrap-4.3.1/js/bootstrap.bundle.min.js"></script>
<script src="/assets/themes/hoaxuyen/js/main.js?v=2.4.1"></script>
<script>
(function () {{
  var thu = ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"];
  var d = new Date();
  document.getElementById("ngay-hien-tai").textContent =
    thu[d.getDay()] + ", ngày " + d.getDate() + "/" + (d.getMonth() + 1) + "/" + d.getFullYear();
}})();
</script>
</body>
</html>
"""

    # -- home and static pages

    def home_html(self, request: Request) -> str:
        articles = [it for it in self.items if it.kind == "article"]
        slides = []
        indicators = []
        for n, it in enumerate(articles[:4]):
            active = " active" if n == 0 else ""
            indicators.append(
                f'<li data-target="#tin-noibat" data-slide-to="{n}" class="{active.strip()}"></li>'
            )
            slides.append(
                f'<div class="carousel-item{active}"><a href="{esc(self.article_path(it))}">'
                f'<img class="d-block w-100" src="{esc(image_path(it, 0, self.image_folder))}"'
                f' alt="{esc(it.title)}"></a><div class="carousel-caption d-none d-md-block">'
                f'<h5><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></h5>'
                f"<p>{esc(it.sapo(limit=140))}</p></div></div>"
            )
        fresh = "".join(
            f'<li class="media mb-2"><a href="{esc(self.article_path(it))}"><img class="mr-2" '
            f'src="{esc(image_path(it, 0, self.image_folder))}" width="120" alt=""></a>'
            f'<div class="media-body"><a href="{esc(self.article_path(it))}">{esc(it.title)}</a>'
            f' <span class="date">{listing_date(it.published)}</span></div></li>'
            for it in self.items[4:11]
        )
        tabs = []
        panes = []
        for n, section in enumerate(self.sections.values()):
            active = n == 0
            tabs.append(
                f'<li class="nav-item"><a class="nav-link{" active" if active else ""}" '
                f'data-toggle="tab" href="#cm-{section.id}" role="tab">{esc(section.name)}</a></li>'
            )
            rows = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<span class="date">{listing_date(it.published)}</span></li>'
                for it in self.listed(section)[:4]
            )
            panes.append(
                f'<div class="tab-pane fade{" show active" if active else ""}" '
                f'id="cm-{section.id}" role="tabpanel"><ul class="ds-tin">{rows}</ul>'
                f'<a class="xem-tat-ca" href="{esc(self.listing_path(section))}">Xem tất cả '
                '<i class="fa fa-angle-double-right"></i></a></div>'
            )
        main = (
            '<div id="tin-noibat" class="carousel slide mb-3" data-ride="carousel">'
            f'<ol class="carousel-indicators">{"".join(indicators)}</ol>'
            f'<div class="carousel-inner">{"".join(slides)}</div>'
            '<a class="carousel-control-prev" href="#tin-noibat" role="button" data-slide="prev">'
            '<span class="carousel-control-prev-icon" aria-hidden="true"></span></a>'
            '<a class="carousel-control-next" href="#tin-noibat" role="button" data-slide="next">'
            '<span class="carousel-control-next-icon" aria-hidden="true"></span></a></div>'
            f'<section class="box-home"><h2 class="box-title"><a href="'
            f'{esc(self.listing_path(None))}">{esc(self.news.name)}</a></h2>'
            f'<ul class="list-unstyled">{fresh}</ul></section>'
            '<section class="box-home box-chuyenmuc"><ul class="nav nav-tabs" role="tablist">'
            f'{"".join(tabs)}</ul><div class="tab-content">{"".join(panes)}</div></section>'
        )
        head = (
            f'<meta name="description" content="{esc(self.portal.name)}">'
            f'<link rel="canonical" href="{esc(request.base_url)}/">'
        )
        return self.frame("Trang chủ", main, request, head=head)

    def static_html(self, path: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[path]
        body = "".join(f"<p>{esc(text)}</p>" for text in paragraphs)
        main = f'<article class="trang-tinh"><h1 class="tieu-de">{esc(title)}</h1>{body}</article>'
        return self.frame(title, main, request, crumbs=[(title, "")])

    def general_faq_html(self, request: Request) -> str:
        cards = []
        for n, (question, answer) in enumerate(GENERAL_FAQ, 1):
            cards.append(
                f'<div class="card"><div class="card-header" id="hd-chung-{n}"><h5 class="mb-0">'
                f'<button class="btn btn-link collapsed" type="button" data-toggle="collapse" '
                f'data-target="#tl-chung-{n}" aria-expanded="false">{esc(question)}</button>'
                f'</h5></div><div id="tl-chung-{n}" class="collapse" data-parent="#hoidap-chung">'
                f'<div class="card-body">{esc(answer)}</div></div></div>'
            )
        main = (
            '<article class="trang-hoidap"><h1 class="tieu-de">Hỏi đáp</h1>'
            "<p>Giải đáp một số câu hỏi thường gặp của bạn đọc về Cổng thông tin.</p>"
            f'<div class="accordion" id="hoidap-chung">{"".join(cards)}</div>'
            '<form class="form-hoidap mt-3" action="/hoi-dap/gui" method="post">'
            '<div class="form-group"><label for="hd-ten">Họ và tên</label><input id="hd-ten" '
            'class="form-control" name="ho_ten"></div><div class="form-group"><label '
            'for="hd-cauhoi">Câu hỏi</label><textarea id="hd-cauhoi" class="form-control" '
            'name="cau_hoi" rows="4"></textarea></div><button class="btn btn-primary" '
            'type="submit">Gửi câu hỏi</button></form></article>'
        )
        return self.frame("Hỏi đáp", main, request, crumbs=[("Hỏi đáp", "")])

    def rss_page_html(self, request: Request) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.feed_path(s))}"><i class="fa fa-rss"></i> '
            f"{esc(self.news.name if s is None else s.name)}</a></li>"
            for s in [None, *self.sections.values()]
        )
        main = (
            '<article class="trang-rss"><h1 class="tieu-de">RSS</h1><p>Cổng thông tin cung cấp '
            'các kênh tin RSS sau:</p><ul class="ds-rss">' + rows + "</ul></article>"
        )
        return self.frame("RSS", main, request, crumbs=[("RSS", "")])

    def feed_xml(self, section: Section | None, request: Request) -> str:
        name = self.news.name if self.is_news(section) else section.name
        items = [it for it in self.listed(section) if it.kind == "article"][:10]
        entries = "".join(
            f"<item><title>{esc(it.title)}</title>"
            f"<link>{esc(request.base_url + self.article_path(it))}</link>"
            f"<description>{esc(it.sapo())}</description>"
            f"<pubDate>{rss_date(it.published)}</pubDate>"
            f'<guid isPermaLink="true">{esc(request.base_url + self.article_path(it))}</guid>'
            "</item>"
            for it in items
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(name)} - {esc(self.portal.name)}</title>"
            f"<link>{esc(request.base_url + self.listing_path(section))}</link>"
            f"<description>{esc(name)}</description><language>vi</language>"
            f"{entries}</channel></rss>\n"
        )

    # -- listings

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        parts = arrow_pager(
            page,
            pages,
            lambda n: self.listing_path(section, n),
            link='<li class="page-item"><a class="page-link" href="{href}">{n}</a></li>',
            current='<li class="page-item active"><span class="page-link">{n}</span></li>',
            gap='<li class="page-item disabled"><span class="page-link">…</span></li>',
            prev='<li class="page-item"><a class="page-link" href="{href}" '
            'aria-label="Trang trước">&laquo;</a></li>',
            next_='<li class="page-item"><a class="page-link" href="{href}" '
            'aria-label="Trang sau">&raquo;</a></li>',
        )
        return f'<nav aria-label="Phân trang"><ul class="pagination">{"".join(parts)}</ul></nav>'

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        rows = "".join(
            f'<div class="media tin-item"><a href="{esc(self.article_path(it))}"><img '
            f'class="mr-3" src="{esc(image_path(it, 0, self.image_folder))}" width="180" '
            f'alt="{esc(it.title)}"></a><div class="media-body"><h3 class="tin-tieude"><a '
            f'href="{esc(self.article_path(it))}">{esc(it.title)}</a></h3>'
            f'<span class="date"><i class="fa fa-clock-o"></i> {dmy(it.published)} '
            f'{it.published:%H:%M}</span><p class="sapo">{esc(it.sapo())}</p></div></div>'
            for it in items
        )
        main = (
            f'<h1 class="chuyenmuc-tieude">{esc(name)}</h1><div class="ds-tin-chuyenmuc">{rows}'
            f"</div>{self.pager(section, page, pages)}"
        )
        head = f'<link rel="canonical" href="{esc(request.base_url + self.listing_path(section, page))}">'
        title = name if page == 1 else f"{name} - Trang {page}"
        return self.frame(title, main, request, current=section, head=head, crumbs=[(name, "")])

    # -- the article's text

    def photo_html(self, item: Item, index: int, caption: str, template: str) -> str:
        src = esc(image_path(item, index, self.image_folder))
        if template == "legacy":
            return (
                '<table class="tbl-image" align="center" border="0" cellpadding="3" '
                f'cellspacing="0"><tbody><tr><td><img src="{src}" alt="" width="560"></td></tr>'
                f'<tr><td class="caption-img"><em>{esc(caption)}</em></td></tr></tbody></table>'
            )
        return (
            '<figure class="figure d-block text-center"><img class="figure-img img-fluid" '
            f'src="{src}" alt="{esc(caption)}"><figcaption class="figure-caption">'
            f"{esc(caption)}</figcaption></figure>"
        )

    def faq_html(self, item: Item, faq: Faq, template: str) -> str:
        ident = f"hoidap-{item.number}"
        if template == "legacy":
            panels = []
            for n, (question, answers) in enumerate(faq.pairs, 1):
                opened = " in" if n == 1 else ""
                body = "".join(f"<p>{esc(a)}</p>" for a in answers)
                panels.append(
                    '<div class="panel panel-default"><div class="panel-heading" role="tab" '
                    f'id="hoi-{item.number}-{n}"><h4 class="panel-title"><a role="button" '
                    f'data-toggle="collapse" data-parent="#{ident}" href="#dap-{item.number}-{n}"'
                    f' aria-expanded="{"true" if n == 1 else "false"}">{esc(question)}</a></h4>'
                    f'</div><div id="dap-{item.number}-{n}" class="panel-collapse collapse'
                    f'{opened}" role="tabpanel"><div class="panel-body">{body}</div></div></div>'
                )
            return (
                f'<p class="hoidap-tieude"><strong>{esc(faq.heading)}</strong></p>'
                f'<div class="panel-group hoidap" id="{ident}" role="tablist" '
                f'aria-multiselectable="false">{"".join(panels)}</div>'
            )
        cards = []
        for n, (question, answers) in enumerate(faq.pairs, 1):
            shown = n == 1
            body = "".join(f"<p>{esc(a)}</p>" for a in answers)
            cards.append(
                f'<div class="card"><div class="card-header" id="hoi-{item.number}-{n}">'
                f'<h5 class="mb-0"><button class="btn btn-link{"" if shown else " collapsed"}" '
                f'type="button" data-toggle="collapse" data-target="#dap-{item.number}-{n}" '
                f'aria-expanded="{"true" if shown else "false"}" aria-controls="dap-'
                f'{item.number}-{n}">{esc(question)}</button></h5></div><div id="dap-'
                f'{item.number}-{n}" class="collapse{" show" if shown else ""}" aria-labelledby='
                f'"hoi-{item.number}-{n}" data-parent="#{ident}"><div class="card-body">{body}'
                "</div></div></div>"
            )
        return (
            f'<h4 class="hoidap-tieude"><i class="fa fa-question-circle"></i> {esc(faq.heading)}'
            f'</h4><div class="accordion hoidap" id="{ident}">{"".join(cards)}</div>'
        )

    def byline_html(self, item: Item, template: str) -> str:
        out = ""
        if template == "legacy":
            if item.author:
                out += f'<div class="author">Tác giả: {esc(item.author)}</div>'
            if item.source:
                out += f'<div class="source">Nguồn tin: {esc(item.source)}</div>'
            return out
        if item.author:
            out += f'<p class="tacgia text-right"><strong>{esc(item.author)}</strong></p>'
        if item.source:
            out += f'<p class="nguon text-right"><em>Nguồn: {esc(item.source)}</em></p>'
        return out

    def text_html(self, item: Item, revision: int, template: str) -> str:
        """The text's markup: the shown paragraphs and photos, the collapsed rest and the FAQ
        (collapsed with it when the article is long), the button, the byline."""
        count = len(item.body(revision))
        shown_count = visible_count(count, template)
        shown: list[str] = []
        hidden: list[str] = []
        paragraph = -1
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                paragraph += 1
                if paragraph == 0 and template == "bs4":
                    markup = f'<p class="lead-text"><strong>{esc(value)}</strong></p>'
                else:
                    markup = f'<p style="text-align: justify;">{esc(value)}</p>'
            else:
                index, caption = value
                markup = self.photo_html(item, index, caption, template)
            (shown if paragraph < shown_count else hidden).append(markup)
        faq = faq_of(item.key)
        if faq is not None:
            (hidden if hidden else shown).append(self.faq_html(item, faq, template))
        out = "".join(shown)
        if hidden:
            if template == "legacy":
                out += (
                    f'<div id="doctiep-{item.number}" class="noidung-doctiep" '
                    f'style="display:none;">{"".join(hidden)}</div><p class="doctiep '
                    f'text-center"><a href="javascript:void(0);" onclick="$(\'#doctiep-'
                    f"{item.number}').slideDown();$(this).parent().hide();\">Đọc tiếp &raquo;"
                    "</a></p>"
                )
            else:
                out += (
                    '<div class="xemthem-wrap text-center"><a class="btn btn-outline-primary '
                    f'btn-sm btn-xemthem" data-toggle="collapse" href="#xemthem-{item.number}" '
                    f'role="button" aria-expanded="false" aria-controls="xemthem-{item.number}">'
                    'Xem thêm <i class="fa fa-angle-down"></i></a></div>'
                    f'<div class="collapse" id="xemthem-{item.number}">{"".join(hidden)}</div>'
                )
        return out + self.byline_html(item, template)

    # -- the article's other panes

    def documents_html(self, item: Item) -> str:
        rows = documents_of(item)
        if not rows:
            return '<p class="trong">Không có văn bản liên quan.</p>'
        body = "".join(
            f"<tr><td>{n}</td><td>{esc(code)}</td><td>{day}</td><td>{esc(summary)}</td>"
            f'<td><a href="{esc(path)}" target="_blank"><i class="fa fa-download"></i> Tải về'
            "</a></td></tr>"
            for n, (code, day, summary, path) in enumerate(rows, 1)
        )
        return (
            '<table class="table table-bordered table-sm vanban-lienquan"><thead><tr>'
            "<th>STT</th><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th>"
            f"<th>Tệp</th></tr></thead><tbody>{body}</tbody></table>"
        )

    def gallery_html(self, item: Item, template: str) -> str:
        photos = gallery_of(item)
        if not photos:
            return '<p class="trong">Chưa có hình ảnh.</p>'
        if template == "legacy":
            cells = "".join(
                f'<li><a href="{esc(src)}" rel="lightbox[album-{item.number}]" title='
                f'"{esc(caption)}"><img src="{esc(src)}" alt="{esc(caption)}" width="200"></a>'
                f"<span>{esc(caption)}</span></li>"
                for src, caption in photos
            )
            return f'<ul class="album-anh">{cells}</ul>'
        cells = "".join(
            f'<div class="col-md-4 col-6 mb-3"><a href="{esc(src)}" data-fancybox="album-'
            f'{item.number}" data-caption="{esc(caption)}"><img class="img-thumbnail" src='
            f'"{esc(src)}" alt="{esc(caption)}"></a><p class="album-caption small">'
            f"{esc(caption)}</p></div>"
            for src, caption in photos
        )
        return f'<div class="row album-anh">{cells}</div>'

    def comments_html(self, item: Item, page: int) -> str:
        comments = comments_of(item)
        shown = comments[(page - 1) * COMMENTS_PER_PAGE : page * COMMENTS_PER_PAGE]
        if not comments:
            listing = '<p class="trong">Chưa có ý kiến nào. Hãy là người đầu tiên gửi ý kiến.</p>'
        else:
            listing = (
                '<ul class="list-unstyled ds-ykien">'
                + "".join(
                    f'<li class="ykien-item"><div class="ykien-ten"><strong>{esc(c.name)}</strong> '
                    f'<span class="ykien-thoigian">{dmy(c.moment)} {c.moment:%H:%M}</span></div>'
                    f'<div class="ykien-noidung">{esc(c.text)}</div>'
                    + (
                        f'<div class="ykien-traloi"><strong>Ban biên tập:</strong> {esc(c.reply)}</div>'
                        if c.reply
                        else ""
                    )
                    + "</li>"
                    for c in shown
                )
                + "</ul>"
            )
        more = ""
        if page * COMMENTS_PER_PAGE < len(comments):
            more = (
                f'<a class="xem-them-ykien" href="?ykien={page + 1}#ykien-{item.number}">Xem '
                "thêm ý kiến</a>"
            )
        elif page > 1:
            more = (
                f'<a class="xem-them-ykien" href="{esc(self.article_path(item))}#ykien-'
                f'{item.number}">Ý kiến mới nhất</a>'
            )
        return (
            f'<div class="ykien-bandoc"><h4>Ý kiến bạn đọc ({len(comments)})</h4>{listing}{more}'
            '<form class="form-ykien" action="/binh-luan/gui" method="post">'
            f'<input type="hidden" name="bai_viet" value="{item.number}">'
            '<div class="form-row"><div class="col"><input class="form-control" name="ho_ten" '
            'placeholder="Họ và tên (*)"></div><div class="col"><input class="form-control" '
            'name="email" type="email" placeholder="Email (*)"></div></div>'
            '<textarea class="form-control mt-2" name="noi_dung" rows="4" placeholder="Nội dung '
            'ý kiến (*)"></textarea><div class="form-inline mt-2"><img src="/captcha/anh.png" '
            'alt="Mã xác nhận"><input class="form-control ml-2" name="ma_xac_nhan" '
            'placeholder="Mã xác nhận"></div><p class="small text-muted">Ý kiến của bạn sẽ được '
            'Ban biên tập xem xét trước khi đăng.</p><button class="btn btn-primary" '
            'type="submit">Gửi ý kiến</button></form></div>'
        )

    def toolbar_html(self, item: Item, template: str, request: Request) -> str:
        url = quote(request.base_url + self.article_path(item), safe="")
        if template == "legacy":
            return (
                '<div class="congcu-baiviet"><span>Cỡ chữ:</span> <a href="javascript:void(0);" '
                'onclick="doiCoChu(-1)">A-</a> <a href="javascript:void(0);" onclick='
                '"doiCoChu(0)">A</a> <a href="javascript:void(0);" onclick="doiCoChu(1)">A+</a>'
                ' | <a href="javascript:void(0);" class="nghe-doc" onclick="docBai('
                f'{item.number})"><img src="/images/icon-loa.gif" alt=""> Nghe đọc bài</a> | '
                f'<a href="{esc(self.print_path(item))}" target="_blank" rel="nofollow">In bài</a>'
                f' | <a href="mailto:?subject={quote(item.title)}&amp;body={url}">Gửi email</a>'
                "</div>"
            )
        return (
            '<div class="article-tools d-flex flex-wrap align-items-center">'
            '<div class="cochu mr-3">Cỡ chữ: <a href="javascript:void(0)" data-size="-1">A-</a> '
            '<a href="javascript:void(0)" data-size="0">A</a> <a href="javascript:void(0)" '
            'data-size="1">A+</a></div><div class="nghe-doc mr-3"><button type="button" '
            f'class="btn btn-sm btn-outline-secondary btn-nghe" data-id="{item.number}">'
            '<i class="fa fa-volume-up"></i> Nghe đọc bài</button> <select class="giong-doc '
            'custom-select custom-select-sm" aria-label="Giọng đọc"><option value="nu-bac">'
            'Giọng nữ miền Bắc</option><option value="nu-nam">Giọng nữ miền Nam</option>'
            '<option value="nam-bac">Giọng nam miền Bắc</option></select></div>'
            '<div class="chia-se ml-auto">'
            f'<a href="{esc(self.print_path(item))}" target="_blank" rel="nofollow" title="In '
            'bài"><i class="fa fa-print"></i></a> '
            f'<a href="mailto:?subject={quote(item.title)}&amp;body={url}" title="Gửi email">'
            '<i class="fa fa-envelope"></i></a> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" '
            'rel="noopener" title="Chia sẻ Facebook"><i class="fa fa-facebook"></i></a> '
            f'<a href="https://zalo.me/share?url={url}" target="_blank" rel="noopener" '
            'title="Chia sẻ Zalo">Zalo</a></div></div>'
        )

    def summary_html(self, item: Item, revision: int, template: str) -> str:
        body = item.body(revision)
        if not body or stable_int(item.key + "tomtat", 0, 9) >= 7:
            return ""
        ident = f"tomtat-{item.number}"
        if template == "legacy":
            return (
                '<div class="box-tomtat"><a href="javascript:void(0);" class="tomtat-nut" '
                f"onclick=\"$('#{ident}').slideToggle();\">Tóm tắt <img "
                'src="/images/mui-ten-xuong.gif" alt=""></a>'
                f'<div id="{ident}" class="tomtat-noidung" style="display:none;">'
                f"{esc(body[0])}</div></div>"
            )
        return (
            '<div class="card tomtat mb-3"><div class="card-header py-2"><a class="collapsed" '
            f'data-toggle="collapse" href="#{ident}" role="button" aria-expanded="false" '
            f'aria-controls="{ident}"><i class="fa fa-file-text-o"></i> Tóm tắt <i class="fa '
            f'fa-chevron-down float-right"></i></a></div><div id="{ident}" class="collapse">'
            f'<div class="card-body">{esc(body[0])}</div></div></div>'
        )

    def keywords_html(self, item: Item) -> str:
        words = [item.section.name, "chuyển đổi số", self.portal.province]
        links = ", ".join(
            f'<a href="/tim-kiem?tu-khoa={quote(w)}" rel="tag">{esc(w)}</a>'
            for w in dict.fromkeys(words)
        )
        return f'<div class="tu-khoa"><i class="fa fa-tags"></i> Từ khóa: {links}</div>'

    def tabs_html(self, item: Item, request: Request, template: str) -> str:
        """The tab bar and its four panes; ``?ykien=N`` opens the comments' pane instead of the
        text's (the server renders the active tab)."""
        comment_page = page_number(request.params.get("ykien"), 0)
        comment_page = comment_page if comment_page > 1 else 0
        active = "ykien" if comment_page else "noidung"
        n = item.number
        photos = gallery_of(item)
        labels = (
            ("noidung", "Nội dung"),
            ("vanban", f"Văn bản liên quan ({len(documents_of(item))})"),
            ("hinhanh", f"Hình ảnh ({len(photos)})"),
            ("ykien", f"Ý kiến bạn đọc ({len(comments_of(item))})"),
        )
        panes = {
            "noidung": (
                f'<div class="noidung-baiviet" id="noidung-chitiet">'
                f"{self.text_html(item, request.revision, template)}</div>"
                f"{self.keywords_html(item)}"
            ),
            "vanban": self.documents_html(item),
            "hinhanh": self.gallery_html(item, template),
            "ykien": self.comments_html(item, comment_page or 1),
        }
        if template == "legacy":
            bar = "".join(
                f'<li{ACTIVE_LI if key == active else ""}><a href="#{key}-{n}">'
                f"{esc(label)}</a></li>"
                for key, label in labels
            )
            body = "".join(
                f'<div id="{key}-{n}" class="tab_content"'
                f"{'' if key == active else HIDDEN_STYLE}>{panes[key]}</div>"
                for key, _ in labels
            )
            script = (
                '<script type="text/javascript">$(function(){$("ul.tabs-baiviet li a").click('
                'function(){$("ul.tabs-baiviet li").removeClass("active");$(this).parent()'
                '.addClass("active");$(".tab_content").hide();$($(this).attr("href")).fadeIn();'
                "return false;});});</script>"
            )
            return (
                f'<ul class="tabs-baiviet">{bar}</ul><div class="tab_container">{body}</div>'
                f"{script}"
            )
        bar = "".join(
            f'<li class="nav-item"><a class="nav-link{" active" if key == active else ""}" '
            f'id="tab-{key}-{n}" data-toggle="tab" href="#{key}-{n}" role="tab" aria-controls='
            f'"{key}-{n}" aria-selected="{"true" if key == active else "false"}">{esc(label)}'
            "</a></li>"
            for key, label in labels
        )
        body = "".join(
            f'<div class="tab-pane fade{" show active" if key == active else ""}" id="{key}-{n}"'
            f' role="tabpanel" aria-labelledby="tab-{key}-{n}">{panes[key]}</div>'
            for key, _ in labels
        )
        return (
            f'<ul class="nav nav-tabs tab-baiviet" id="tabs-{n}" role="tablist">{bar}</ul>'
            f'<div class="tab-content" id="tabs-{n}-noidung">{body}</div>'
        )

    def article_html(self, item: Item, request: Request) -> str:
        template = template_of(item.section.name)
        body = item.body(request.revision)
        lead = body[0] if body else ""
        canonical = request.base_url + self.article_path(item)
        head = (
            f'<meta name="description" content="{esc(lead)}">'
            f'<link rel="canonical" href="{esc(canonical)}">'
            f'<meta property="og:type" content="article">'
            f'<meta property="og:title" content="{esc(item.title)}">'
            f'<meta property="og:url" content="{esc(canonical)}">'
            f'<meta property="og:image" content="{esc(request.base_url)}'
            f'{esc(image_path(item, 0, self.image_folder))}">'
            f'<meta property="article:published_time" content="{iso_vn(item.published)}">'
        )
        views = thousands(view_count(item.key))
        comment_count = len(comments_of(item))
        related = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">{listing_date(it.published)}</span></li>'
            for it in self.others(item, 6)
        )
        if template == "legacy":
            meta = (
                f'<div class="ngay-dang">{date_line(item.published, template)} | Lượt xem: '
                f"{views}</div>"
            )
            title = f'<h1 class="title-news">{esc(item.title)}</h1>'
        else:
            meta = (
                '<div class="article-meta"><span class="post-date"><i class="fa fa-clock-o"></i> '
                f'{date_line(item.published, template)}</span> <span class="luot-xem"><i '
                f'class="fa fa-eye"></i> {views}</span> <a class="so-ykien" href="#ykien-'
                f'{item.number}"><i class="fa fa-comments-o"></i> {comment_count}</a></div>'
            )
            title = f'<h1 class="article-title">{esc(item.title)}</h1>'
        main = (
            f'<article class="chitiet-baiviet">{title}{meta}'
            f"{self.toolbar_html(item, template, request)}"
            f"{self.summary_html(item, request.revision, template)}"
            f"{self.tabs_html(item, request, template)}</article>"
            '<section class="tin-lienquan"><h3 class="box-title">Tin liên quan</h3>'
            f'<ul class="ds-tin">{related}</ul></section>'
        )
        crumbs = [(item.section.name, self.listing_path(item.section))]
        return self.frame(
            item.title, main, request, current=item.section, head=head, exclude=item, crumbs=crumbs
        )

    def print_html(self, item: Item, request: Request) -> str:
        template = template_of(item.section.name)
        parts = []
        for kind, value in body_blocks(item, request.revision):
            if kind == "p":
                parts.append(f"<p>{esc(value)}</p>")
            else:
                index, caption = value
                parts.append(self.photo_html(item, index, caption, "legacy"))
        faq = faq_of(item.key)
        if faq is not None:
            parts.append(f"<p><strong>{esc(faq.heading)}</strong></p>")
            for question, answers in faq.pairs:
                parts.append(f"<p><strong>{esc(question)}</strong></p>")
                parts += [f"<p>{esc(a)}</p>" for a in answers]
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="robots" '
            f'content="noindex, nofollow"><title>{esc(item.title)}</title><link rel="canonical" '
            f'href="{esc(request.base_url + self.article_path(item))}"><link rel="stylesheet" '
            'href="/assets/themes/hoaxuyen/css/print.css"></head><body onload="window.print();">'
            f'<div class="in-dau">{esc(self.portal.name)}</div><h1>{esc(item.title)}</h1>'
            f'<p class="in-ngay">{date_line(item.published, template)}</p>'
            f'<div class="in-noidung">{"".join(parts)}{self.byline_html(item, "legacy")}</div>'
            f'<p class="in-url">Địa chỉ bài viết: {esc(request.base_url + self.article_path(item))}'
            "</p></body></html>"
        )

    def error_html(self, status: int) -> str:
        if status == 404:
            head, text = (
                "404 - Không tìm thấy trang",
                (
                    "Trang bạn yêu cầu không tồn tại hoặc đã được chuyển đi. Vui lòng quay lại trang "
                    "chủ."
                ),
            )
        else:
            head, text = (
                "Lỗi hệ thống",
                ("Hệ thống đang bận hoặc gặp sự cố, xin vui lòng thử lại sau ít phút."),
            )
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>'
            f'{esc(head)}</title><link rel="stylesheet" '
            'href="/assets/vendor/bootstrap-4.3.1/css/bootstrap.min.css"></head><body>'
            f'<div class="container text-center py-5"><h1>{esc(head)}</h1><p>{esc(text)}</p>'
            '<a class="btn btn-primary" href="/">Về trang chủ</a></div></body></html>'
        )

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        return "\n".join(lines) + "\n"
