"""WordPress 6 with the block editor (wpgutenberg): a department's site in a block theme.

Vietnamese departments moved many of their sites to WordPress in 2020-2025: a block theme (site
editor templates: ``wp-site-blocks``, template parts, Query Loop blocks) bought from a local
vendor, and the plugins every such site installs: Yoast SEO (title, canonical, Open Graph,
``article:published_time`` and a JSON-LD ``@graph`` with Article, WebPage, BreadcrumbList,
Person; breadcrumbs), Jetpack (its Related Posts block), AddToAny share buttons, Reading Time WP ("Thời
gian đọc: 4 phút"), Post Views Counter ("Lượt xem: 1.234"), WP-Print and Contact Form 7.
Editors write in the block editor, so post bodies are Gutenberg's markup: ``wp-block-image``
figures with ``wp-element-caption`` captions, ``wp-block-gallery`` (one caption for the
gallery), ``wp-block-heading``, ``wp-block-list``, ``wp-block-quote`` (some with a ``<cite>``),
``wp-block-table`` (a small table of figures, some with a caption under it), YouTube
``wp-block-embed``, ``wp-block-file`` PDF downloads ("Tải xuống"), ``wp-block-separator`` and
right-aligned (``has-text-align-right``) byline and "Nguồn: …" paragraphs; some add a "Tin liên
quan:" list of links under the byline. wptexturize turns " - " into an en dash in every text.

URL shapes (permalinks ``/%postname%/``: posts and pages share one shape):

- home ``/`` (a static front page: "Tin nổi bật" (sticky posts), "Tin mới" (a Query Loop
  paged by ``?query-3-page=N``: ``?query-3-page=2``, then ``?cst`` and
  ``?query-3-page=3&cst`` from page 2 on, as core's block writes them) and one box per
  category); the blog ``/tin-tuc/`` (sticky posts first on page 1), ``/tin-tuc/page/N/``;
- post ``/<slug>/`` (the title's slug); pages ``/gioi-thieu/``, ``/co-cau-to-chuc/``,
  ``/lien-he/``; ``/?p=<id>`` (the shortlink in the head) answers 301 to the post, so do
  ``/<slug>`` and ``/?page_id=``/``?cat=``/``?author=``/``?m=``;
- categories ``/category/tin-tuc-su-kien/`` (the parent: every post) and
  ``/category/tin-tuc-su-kien/<child>/`` (``/category/<child>/`` answers 301 there), tags
  ``/tag/<slug>/``, authors ``/author/<nicename>/``, dates ``/2021/``, ``/2021/01/``,
  ``/2021/01/04/``; all paged ``…/page/N/`` (``page/1/`` answers 301);
- feeds ``/feed/``, ``<archive>/feed/``, ``/comments/feed/``, ``/<slug>/feed/``; Yoast's
  sitemaps ``/sitemap_index.xml`` (in robots.txt; ``/sitemap.xml``, ``/wp-sitemap.xml`` → 301);
  the REST API ``/wp-json/…`` (open, as by default) and oEmbed; ``/<slug>/embed/``;
- print view ``/<slug>/print/`` (WP-Print); search ``/?s=``; ``/wp-login.php``.

Hazards: the page shows the day only (``04/01/2021``); the time is in ``<time datetime>``
(+07:00) and in Yoast's metadata, written in UTC (``+00:00``); Yoast's ``dateModified`` and
``article:modified_time`` on edited posts; the WordPress account ("Ban Biên tập", "admin") is
the byline under the title, in ``meta name=author`` and in the graph, while the reporter signs
the right-aligned last paragraph ("Tin, ảnh: Thu Hà" on some); inside ``.entry-content`` the
reading time opens the text and the views counter and the share buttons close it; under it
Jetpack's Related Posts block (titles, dates) and the theme's "Tin cùng chuyên mục" (titles,
dates, excerpts that start with the reading time), as in every listing; table captions are
``wp-element-caption`` like the photos'; comment reply links ``?replytocom=``; the pages carry
Yoast dates too; a trashed post is still linked from a "Tin liên quan" list (404).

The gold body (:func:`gold_corpus`) is what a careful reader copies: every paragraph, heading,
list item (no bullet), quote and its ``<cite>`` line, and a table as one line per row (cells
joined by " | ", header row first) followed by its caption if it has one; " - " as WordPress
shows it (" – "). The reading time, photo and gallery captions, the file block, the byline,
"Nguồn: …" and "Tin liên quan" are not body.
"""

from __future__ import annotations

import dataclasses
import json
import random
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any, NamedTuple
from urllib.parse import quote, urlencode

from dtcrawl.demo.cms.common import (
    VN_TZ,
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    dmy,
    esc,
    iso_vn,
    page_number,
    pager_window,
    slugify,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
)
from dtcrawl.demo.portals import PortalDef

__all__ = [
    "HOME_QUERY",
    "Block",
    "WpGutenbergSite",
    "gold_corpus",
    "gold_lines",
    "post_blocks",
    "texturize",
]

WP_VERSION = "6.7.2"
YOAST_VERSION = "24.6"
THEME = "sokhcn-blocks"
UPLOADS = "/wp-content/uploads"
#: The ``queryId`` of the front page's "Tin mới" Query Loop (its pages: ``?query-3-page=N``).
HOME_QUERY = 3
HOME_PER_PAGE = 5
PER_FEED = 10
RELATED_COUNT = 3
MONTHS = (
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
)  # fmt: skip
WEEK_HEADS = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
#: The site's WordPress accounts: nicename, display name, user id.
ACCOUNTS = (("bientap", "Ban Biên tập", 2), ("admin", "admin", 1), ("vanphong", "Văn phòng Sở", 4))
#: Tags the editors attach when the words occur in the text.
TAGS = (
    "chuyển đổi số", "chữ ký số", "dịch vụ công trực tuyến", "dữ liệu dân cư",
    "an toàn thông tin mạng", "thương mại điện tử", "kỹ năng số", "điện toán đám mây",
    "truy xuất nguồn gốc", "hóa đơn điện tử",
)  # fmt: skip
#: Static pages: slug -> (page id, title, paragraphs).
PAGES: dict[str, tuple[int, str, tuple[str, ...]]] = {
    "gioi-thieu": (
        2,
        "Giới thiệu",
        (
            "Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu "
            "quản lý nhà nước về hoạt động khoa học, phát triển tiềm lực khoa học và công nghệ, "
            "đổi mới sáng tạo, chuyển đổi số, sở hữu trí tuệ, tiêu chuẩn, đo lường, chất lượng và "
            "an toàn bức xạ, hạt nhân trên địa bàn tỉnh.",
            "Sở có con dấu và tài khoản riêng, chịu sự chỉ đạo, quản lý về tổ chức, biên chế và "
            "công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự hướng dẫn, kiểm tra về chuyên "
            "môn, nghiệp vụ của Bộ Khoa học và Công nghệ.",
            "Trang thông tin điện tử của Sở đăng tải tin hoạt động, văn bản chỉ đạo, thủ tục "
            "hành chính và kết quả các nhiệm vụ khoa học và công nghệ của tỉnh.",
        ),
    ),
    "co-cau-to-chuc": (
        9,
        "Cơ cấu tổ chức",
        (
            "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Giám đốc Sở: ông Lê Minh Khang; Phó "
            "Giám đốc: ông Đặng Hữu Phong, bà Hoàng Thị Lan Anh.",
            "Các phòng chuyên môn: Văn phòng Sở; Thanh tra Sở; Phòng Kế hoạch - Tài chính; Phòng "
            "Quản lý khoa học; Phòng Chuyển đổi số; Chi cục Tiêu chuẩn Đo lường Chất lượng.",
            "Đơn vị sự nghiệp trực thuộc: Trung tâm Ứng dụng tiến bộ khoa học và công nghệ; "
            "Trung tâm Chuyển đổi số.",
        ),
    ),
    "lien-he": (
        11,
        "Liên hệ",
        (
            "Mọi ý kiến đóng góp về nội dung trang thông tin, xin gửi về Văn phòng Sở Khoa học "
            "và Công nghệ hoặc điền vào mẫu dưới đây; Ban Biên tập sẽ phản hồi trong thời gian "
            "sớm nhất.",
        ),
    ),
}
FRONT_PAGE_ID = 5
BLOG_PAGE_ID = 7
BLOG_SLUG = "tin-tuc"
BLOG_TITLE = "Tin tức"
HEADINGS = (
    ("Nhiều kết quả tích cực", "Tiếp tục tháo gỡ khó khăn"),
    ("Chuyển biến rõ nét từ cơ sở", "Nhiệm vụ thời gian tới"),
    ("Đưa công nghệ đến gần người dân", "Hướng tới mục tiêu năm 2025"),
    ("Kết quả bước đầu", "Giải pháp trong thời gian tới"),
)
CITES = (
    "Ông Lê Minh Khang, Giám đốc Sở Khoa học và Công nghệ",
    "Bà Hoàng Thị Lan Anh, Phó Giám đốc Sở Khoa học và Công nghệ",
    "Ông Đặng Hữu Phong, Phó Giám đốc Sở Khoa học và Công nghệ",
)
TABLE_LABELS = (
    ("Nhiệm vụ khoa học và công nghệ cấp tỉnh được nghiệm thu", "small"),
    ("Đơn đăng ký sáng chế, giải pháp hữu ích", "small"),
    ("Doanh nghiệp khoa học và công nghệ", "small"),
    ("Sản phẩm được cấp mã QR truy xuất nguồn gốc", "big"),
    ("Phương tiện đo được kiểm định, hiệu chuẩn", "big"),
    ("Hồ sơ thủ tục hành chính nộp trực tuyến", "big"),
    ("Tỷ lệ hồ sơ được giải quyết đúng hạn (%)", "pct"),
)
TABLE_CAPTIONS = (
    "Một số chỉ tiêu khoa học, công nghệ của tỉnh",
    "Bảng: Kết quả thực hiện một số chỉ tiêu chủ yếu",
    "Nguồn số liệu: Sở Khoa học và Công nghệ",
)
FILE_KINDS = ("Ke-hoach", "Bao-cao", "Quyet-dinh", "Thong-bao", "Cong-van")
VIDEOS = ("d4Xk2qRz9Ls", "Qm7TpV3wYbE", "Lh8sN1cJxUo", "Zr5eB6gKdWa")
VIDEO_TITLES = (
    "Bản tin Khoa học và Công nghệ Vân Lĩnh số 12",
    "Vân Lĩnh đẩy mạnh chuyển đổi số",
    "Phóng sự: Mã QR cho nông sản Vân Lĩnh",
    "Hướng dẫn nộp hồ sơ trực tuyến",
)
COMMENTS = (
    ("Trần Văn Hiếu", "Đề nghị Sở đăng kèm danh sách các xã đã triển khai để người dân tiện tra "
     "cứu."),
    ("Phạm Thị Nga", "Bài viết rất hữu ích, mong Sở tiếp tục mở các lớp hướng dẫn cho hợp tác xã "
     "ở vùng sâu."),
    ("Nguyễn Quang Huy", "Cho tôi hỏi doanh nghiệp nhỏ muốn tham gia chương trình thì liên hệ "
     "phòng nào của Sở ạ?"),
    ("Lò Thị Mai", "Xã tôi đã dùng thử, thủ tục nhanh hơn trước nhiều. Cảm ơn Ban Biên tập."),
)  # fmt: skip
LINKS = (
    ("Cổng Thông tin điện tử Chính phủ", "https://chinhphu.vn/"),
    ("Bộ Khoa học và Công nghệ", "https://www.most.gov.vn/"),
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/"),
    ("Cổng Thông tin điện tử tỉnh Vân Lĩnh", "https://vanlinh.gov.vn/"),
)


# ---------------------------------------------------------------- text as WordPress shows it


def texturize(text: str) -> str:
    """What wptexturize makes of a plain text: " - " an en dash, "..." an ellipsis.

    >>> texturize("giai đoạn 2021 - 2025...")
    'giai đoạn 2021 – 2025…'
    """
    return text.replace(" - ", " \u2013 ").replace("...", "\u2026")


def wp_text(text: str) -> str:
    """``text`` as WordPress writes it in HTML (escaped, texturized with entities).

    >>> wp_text("Tin tức - Sự kiện & Văn bản")
    'Tin tức &#8211; Sự kiện &amp; Văn bản'
    """
    return esc(text).replace(" - ", " &#8211; ").replace("...", "&#8230;")


def utc_iso(moment: datetime) -> str:
    """A local (Vietnam) time as Yoast writes it: in UTC with ``+00:00``.

    >>> utc_iso(datetime(2021, 1, 4, 7, 41))
    '2021-01-04T00:41:00+00:00'
    """
    return moment.replace(tzinfo=VN_TZ).astimezone(UTC).isoformat()


def rss_date(moment: datetime) -> str:
    """RSS pubDate in GMT, as WordPress feeds write it.

    >>> rss_date(datetime(2021, 1, 4, 7, 41))
    'Mon, 04 Jan 2021 00:41:00 +0000'
    """
    return format_datetime(moment.replace(tzinfo=VN_TZ).astimezone(UTC))


def month_name(year: int, month: int) -> str:
    """The archive title of a month in the Vietnamese locale.

    >>> month_name(2021, 1)
    'Tháng Một 2021'
    """
    return f"{MONTHS[month - 1]} {year}"


def roll(key: str, what: str) -> int:
    """A stable number 0-99 deciding one trait of post ``key``."""
    return stable_int(f"{key}:wpg:{what}", 0, 99)


# ---------------------------------------------------------------- the post body (the gold)


class Block(NamedTuple):
    """One block of a post body as the editor typed it in the block editor.

    ``kind``: ``p``, ``heading``, ``list`` (``items``: a corpus paragraph's sentences),
    ``quote`` (``items``: its cite, if any), ``table`` (``rows``, header first; ``text``: its
    caption or ""), ``image`` (``text``: the caption; ``index``: the corpus photo), ``gallery``
    (the same, with ``count`` photos), ``embed`` (``index``: the video), ``file`` (``text``:
    the file's title). ``style``: a paragraph's (``strong``, ``dropcap``), a heading's level,
    a list's tag, an image's link. ``source``: the corpus paragraph shown (p, list, quote).
    """

    kind: str
    text: str = ""
    style: str = ""
    items: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    source: int | None = None
    index: int = 0
    count: int = 1


_SENTENCE_END = re.compile(r"(?<=[.!?]) (?=[^\W\d_])")


def sentences(text: str) -> list[str]:
    """``text`` cut into its sentences.

    >>> sentences("Quý II tăng 94.687 hồ sơ. Kết thúc.")
    ['Quý II tăng 94.687 hồ sơ.', 'Kết thúc.']
    """
    return _SENTENCE_END.split(text)


def _figure(kind: str, rng: random.Random) -> tuple[str, str]:
    """Two figures of a table row (plan, result) in Vietnamese notation."""
    if kind == "pct":
        first = rng.randint(850, 960)
        second = min(1000, first + rng.randint(5, 40))
        return f"{first // 10},{first % 10}", f"{second // 10},{second % 10}"
    high = 60 if kind == "small" else 40_000
    first = rng.randint(high // 6, high)
    return thousands(first), thousands(first + rng.randint(1, max(2, high // 5)))


def _table(rng: random.Random, year: int) -> tuple[tuple[str, ...], ...]:
    labels = rng.sample(TABLE_LABELS, rng.randint(3, 4))
    if rng.random() < 0.5:
        rows = [("TT", "Chỉ tiêu", f"Năm {year - 1}", f"Năm {year}")]
        rows += [(str(n), label, *_figure(kind, rng)) for n, (label, kind) in enumerate(labels, 1)]
    else:
        rows = [("Chỉ tiêu", "Kế hoạch", "Thực hiện")]
        rows += [(label, *_figure(kind, rng)) for label, kind in labels]
    return tuple(rows)


def post_blocks(
    key: str, paragraphs: Sequence[str], images: Sequence[Mapping[str, Any]], year: int = 2021
) -> list[Block]:
    """The blocks the editor typed for post ``key``: the corpus ``paragraphs`` in order (one
    as a list or a quote on some posts), its ``images`` after the paragraph they follow, and on
    some posts two headings, a table, a YouTube embed or a PDF (the same for the same key).

    >>> blocks = post_blocks("k", ["Mở đầu.", "Một. Hai.", "Ba. Bốn.", "Năm. Sáu."], [])
    >>> [b.source for b in blocks if b.source is not None]
    [0, 1, 2, 3]
    """
    count = len(paragraphs)
    rng = random.Random(stable_int(key + ":wpg-body", 0, 2**48))
    middle = list(range(1, count - 1))
    list_at = quote_at = None
    if count >= 4 and roll(key, "list") < 30:
        fit = [i for i in middle if len(sentences(paragraphs[i])) >= 2]
        list_at = rng.choice(fit) if fit else None
    if count >= 4 and roll(key, "quote") < 18:
        fit = [i for i in middle if i != list_at]
        quote_at = rng.choice(fit) if fit else None
    heads: dict[int, str] = {}
    level = "h2" if roll(key, "level") < 60 else "h3"
    if count >= 5 and roll(key, "heads") < 30:
        first, second = HEADINGS[stable_int(key + "heads", 0, len(HEADINGS) - 1)]
        heads = {1: first, count // 2 + 1: second}
    table_at = max(1, count // 2) if count >= 3 and roll(key, "table") < 22 else None
    embed_at = count - 2 if count >= 3 and roll(key, "embed") < 15 else None
    lead = roll(key, "lead")
    lead_style = "strong" if lead < 30 else "dropcap" if lead < 42 else ""
    placed: dict[int, list[tuple[int, str]]] = {}
    for index, image in enumerate(images):
        after = max(-1, min(int(image.get("after", 0)), count - 1))
        placed.setdefault(after, []).append((index, str(image.get("caption") or "")))
    gallery = roll(key, "gallery") < 30
    link = ("none", "media", "none")[stable_int(key + "imglink", 0, 2)]

    def pictures(position: int) -> list[Block]:
        out = []
        for index, caption in placed.get(position, []):
            if gallery and index == 0:
                out.append(
                    Block("gallery", caption, link, index=index, count=2 + roll(key, "n") % 2)
                )
            else:
                out.append(Block("image", caption, link, index=index))
        return out

    blocks = pictures(-1)
    for position, text in enumerate(paragraphs):
        if position in heads:
            blocks.append(Block("heading", heads[position], level))
        if position == list_at:
            tag = "ol" if roll(key, "ol") < 25 else "ul"
            blocks.append(Block("list", style=tag, items=tuple(sentences(text)), source=position))
        elif position == quote_at:
            cite = (CITES[roll(key, "cite") % len(CITES)],) if roll(key, "hascite") < 50 else ()
            blocks.append(Block("quote", text, items=cite, source=position))
        else:
            style = lead_style if position == 0 else ""
            blocks.append(Block("p", text, style, source=position))
        blocks += pictures(position)
        if position == table_at:
            caption = rng.choice(TABLE_CAPTIONS) if rng.random() < 0.5 else ""
            blocks.append(Block("table", caption, rows=_table(rng, year - 1)))
        if position == embed_at:
            blocks.append(Block("embed", index=roll(key, "video") % len(VIDEOS)))
    if roll(key, "file") < 20:
        kind = FILE_KINDS[roll(key, "filekind") % len(FILE_KINDS)]
        number = stable_int(key + "fileno", 12, 480)
        blocks.append(Block("file", f"{kind}-{number}-SKHCN-{year}"))
    return blocks


def gold_lines(block: Block) -> list[str]:
    """The gold paragraphs of one block (see the module docstring).

    >>> gold_lines(Block("table", "Bảng 1", rows=(("A", "B"), ("1", "2"))))
    ['A | B', '1 | 2', 'Bảng 1']
    >>> gold_lines(Block("quote", "Lời - nói.", items=("Ông A",)))
    ['Lời – nói.', 'Ông A']
    >>> gold_lines(Block("image", "Ảnh"))
    []
    """
    if block.kind in ("p", "heading"):
        return [texturize(block.text)]
    if block.kind == "list":
        return [texturize(item) for item in block.items]
    if block.kind == "quote":
        return [texturize(block.text), *block.items]
    if block.kind == "table":
        rows = [" | ".join(texturize(cell) for cell in row) for row in block.rows]
        return rows + ([texturize(block.text)] if block.text else [])
    return []


def gold_corpus(corpus: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
    """``corpus`` (``{portal_id: [DemoArticle, ...]}``, as the site is served from) with each
    article's paragraphs replaced by the lines a careful reader copies from its page (headings,
    list items, table rows, cites, en dashes) and each photo's ``after`` moved to the line it
    follows: the gold of the crawl of a ``wpgutenberg`` portal.

    >>> from dtcrawl.bench.synthetic import demo_corpus
    >>> served = demo_corpus(8, "vanlinh")["vanlinh"]
    >>> gold = gold_corpus({"vanlinh": served})["vanlinh"]
    >>> [len(g.paragraphs) >= len(s.paragraphs) for s, g in zip(served, gold)]
    [True, True, True, True, True, True, True, True]
    """
    out: dict[str, list[Any]] = {}
    for portal_id, articles in corpus.items():
        out[portal_id] = []
        for article in articles:
            year = article.published.year if isinstance(article.published, datetime) else 2021
            blocks = post_blocks(article.key, article.paragraphs, article.images or (), year)
            lines: list[str] = []
            where: dict[int, int] = {}
            for block in blocks:
                lines += gold_lines(block)
                if block.source is not None:
                    where[block.source] = len(lines) - 1
            images = tuple(
                {**image, "after": where.get(int(image.get("after", 0)), len(lines) - 1)}
                for image in (article.images or ())
            )
            out[portal_id].append(
                dataclasses.replace(article, paragraphs=tuple(lines), images=images)
            )
    return out


# ---------------------------------------------------------------- the site


class WpGutenbergSite(CmsSite):
    """A department's WordPress site in a block theme, with Yoast, Jetpack and the usual
    plugins; post bodies in Gutenberg's markup."""

    family_headers = {"Server": "nginx", "X-Powered-By": "PHP/8.2.26"}
    number_base = 1_204
    number_stride = 11
    image_folder = UPLOADS

    def __init__(self, portal: PortalDef, articles: Sequence[Any]):
        super().__init__(portal, articles)
        self.posts = [it for it in self.items if it.kind == "article"]
        self.site_now = (
            self.posts[0].published + timedelta(days=1, hours=2)
            if self.posts
            else datetime(2021, 1, 8, 9, 0)
        )
        self.by_slug = {self.slugs[it.key]: it for it in self.items}
        older = self.posts[portal.page_size :]
        ranked = sorted(older, key=lambda it: stable_int(it.key + "sticky", 0, 10**6))
        self.sticky = sorted(ranked[:3], key=lambda it: it.published, reverse=True)
        self.related = {it.key: self.related_of(it) for it in self.posts}
        self.aliases: dict[str, list[str]] = {it.key: [] for it in self.posts}
        for it in self.posts:
            self.aliases[it.key] += [
                f"{self.article_path(it)}?replytocom={c['id']}" for c in self.comments(it)
            ]

    # -- URLs

    def section_slug(self, name: str) -> str:
        return slugify(name)

    @property
    def slugs(self) -> dict[str, str]:
        """Post slugs by key (the title's; a later post whose title gives a taken slug gets
        ``-2``, ``-3``, as ``wp_unique_post_slug`` does)."""
        cached = self.__dict__.get("_slugs")
        if cached is None:
            taken: dict[str, int] = {}
            cached = {}
            for it in sorted(self.items, key=lambda i: (i.published, i.key)):
                base = slugify(it.title, max_len=200) or str(it.number)
                if base in PAGES or base == BLOG_SLUG:
                    base += "-2"
                taken[base] = taken.get(base, 0) + 1
                cached[it.key] = base if taken[base] == 1 else f"{base}-{taken[base]}"
            self.__dict__["_slugs"] = cached
        return cached

    def article_path(self, item: Item) -> str:
        return f"/{self.slugs[item.key]}/"

    def article_aliases(self, item: Item) -> list[str]:
        return list(self.aliases.get(item.key, []))

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.article_path(it) + "print/" for it in self.posts}

    def extra_paths(self) -> dict[str, str]:
        return {"feed": "/feed/", "sitemap": "/sitemap_index.xml"}

    def category_path(self, section: Section) -> str:
        if section == self.news:
            return f"/category/{self.news.slug}/"
        return f"/category/{self.news.slug}/{section.slug}/"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = f"/{BLOG_SLUG}/" if section is None else self.category_path(section)
        return self.paged(base, page)

    @staticmethod
    def paged(base: str, page: int) -> str:
        """``base`` for page 1, ``base/page/<n>/`` after it.

        >>> WpGutenbergSite.paged("/tag/chu-ky-so/", 2)
        '/tag/chu-ky-so/page/2/'
        """
        return base if page <= 1 else f"{base}page/{page}/"

    def account(self, item: Item) -> tuple[str, str, int]:
        """The WordPress account the post was published from."""
        r = roll(item.key, "account")
        return ACCOUNTS[0] if r < 60 else ACCOUNTS[1] if r < 85 else ACCOUNTS[2]

    def tags(self, item: Item, revision: int = 0) -> list[str]:
        text = " ".join([item.title, *item.body(revision)]).lower()
        return [t for t in TAGS if t in text][:3]

    def tag_id(self, tag: str) -> int:
        return 40 + TAGS.index(tag)

    def modified_of(self, item: Item, revision: int) -> datetime | None:
        """When the post was last edited (None if never): editors fix typos after publishing."""
        shown = item.shown_modified(revision)
        if shown:
            return shown
        if item.kind == "article" and roll(item.key, "edited") < 40:
            return item.published + timedelta(minutes=stable_int(item.key + "edit", 9, 2_880))
        return None

    def comments_open(self, item: Item) -> bool:
        return roll(item.key, "open") < 30

    def comments(self, item: Item) -> list[dict[str, Any]]:
        """Approved comments of a post (only where comments are open; none on most)."""
        if item.kind != "article" or not self.comments_open(item):
            return []
        count = max(0, stable_int(item.key + "ncomments", -2, 2))
        out = []
        for index in range(count):
            name, text = COMMENTS[stable_int(f"{item.key}c{index}", 0, len(COMMENTS) - 1)]
            hours = stable_int(f"{item.key}h{index}", 2, 40) + 20 * index
            out.append(
                {
                    "id": 300 + item.number % 997 + index * 7,
                    "name": name,
                    "text": text,
                    "date": item.published + timedelta(hours=hours, minutes=index * 13),
                }
            )
        return out

    def related_of(self, item: Item) -> list[Item]:
        """Jetpack's related posts: three of the same category, nearest in time first."""
        same = [it for it in self.posts if it.section == item.section and it is not item]
        others = [it for it in self.posts if it.section != item.section and it is not item]
        pool = sorted(same, key=lambda it: abs((it.published - item.published).total_seconds()))
        pool += sorted(others, key=lambda it: abs((it.published - item.published).total_seconds()))
        return pool[:RELATED_COUNT]

    def blocks_of(self, item: Item, revision: int) -> list[Block]:
        return post_blocks(item.key, item.body(revision), item.images, item.published.year)

    def words(self, item: Item, revision: int) -> int:
        return sum(
            len(line.split())
            for block in self.blocks_of(item, revision)
            for line in gold_lines(block)
        )

    def reading_minutes(self, item: Item, revision: int) -> int:
        return max(1, -(-self.words(item, revision) // 250))

    def excerpt(self, item: Item, revision: int, words: int = 40) -> str:
        """The automatic excerpt (the text's first ``words`` words), texturized, as HTML."""
        lines = [line for b in self.blocks_of(item, revision) for line in gold_lines(b)]
        tokens = " ".join(lines).split()
        text = esc(" ".join(tokens[:words]))
        return text + ("&hellip;" if len(tokens) > words else "")

    def image_src(self, item: Item, index: int) -> str:
        return f"{UPLOADS}/{item.published:%Y/%m}/{stable_token(item.key + str(index), 10)}"

    def thumb(self, item: Item, size: str = "300x200") -> str | None:
        if not item.images:
            return None
        return f"{self.image_src(item, 0)}-{size}.jpg"

    def file_url(self, item: Item, title: str) -> str:
        return f"{UPLOADS}/{item.published:%Y/%m}/{title}.pdf"

    # -- routing

    def robots_txt(self, request: Request) -> str:
        return (
            "# START YOAST BLOCK\n# ---------------------------\nUser-agent: *\nDisallow:\n\n"
            f"Sitemap: {request.base_url}/sitemap_index.xml\n"
            "# ---------------------------\n# END YOAST BLOCK\n"
        )

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php"):
            return self.front_route(request)
        if path in ("/sitemap.xml", "/wp-sitemap.xml"):
            return self.redirect("/sitemap_index.xml", request)
        if re.fullmatch(r"/(sitemap_index|[a-z_]+-sitemap)\.xml", path):
            xml = self.sitemap(path, request)
            return self.xml_response(xml) if xml else None
        if path == "/main-sitemap.xsl":
            return self.xml_response('<?xml version="1.0"?><xsl:stylesheet version="1.0"/>')
        if path.startswith("/wp-json"):
            return self.rest(request)
        if path == "/xmlrpc.php":
            return self.rsd(request)
        if path == "/wp-login.php":
            return self.html_response(self.login_html())
        if path.lower().endswith(".pdf"):
            return Response(
                200,
                {"Content-Type": "application/pdf", **self.family_headers},
                b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\ntrailer<<>>\n%%EOF\n",
            )
        if path in ("/feed/", "/feed"):
            return self.feed_response(self.posts[:PER_FEED], "/feed/", "", request)
        if path.rstrip("/") == "/comments/feed":
            return self.comments_feed(request)
        match = re.fullmatch(r"/(\d{4})/(?:(\d{2})/)?(?:(\d{2})/)?(?:page/(\d+)/)?", path)
        if match:
            return self.date_route(match, request)
        match = re.fullmatch(
            r"/(category|tag|author)/([a-z0-9/-]+?)/(?:page/(\d+)/|(feed)/)?", path
        )
        if match:
            return self.taxonomy_route(match, request)
        match = re.fullmatch(rf"/{BLOG_SLUG}/(?:page/(\d+)/)?", path)
        if match:
            return self.blog_route(match.group(1), request)
        match = re.fullmatch(r"/([a-z0-9-]+)/(?:(feed|embed|print)/)?", path)
        if match:
            return self.single_route(match.group(1), match.group(2), request)
        if not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            # redirect_canonical(): the permalink structure ends with a slash.
            return self.redirect(path + "/", request, keep_query=True)
        return self.error_response(404)

    def redirect(
        self, target: str, request: Request, status: int = 301, keep_query: bool = False
    ) -> Response:
        if keep_query and request.params:
            target = f"{target}?{urlencode(request.params)}"
        headers = {
            "Location": request.base_url + target,
            "X-Redirect-By": "Yoast SEO" if "sitemap" in target else "WordPress",
            "Content-Type": "text/html; charset=UTF-8",
            **self.family_headers,
        }
        return Response(status, headers, b"")

    def front_route(self, request: Request) -> Response | None:
        """``/`` and WordPress's query-string forms (``?p=``, ``?page_id=``, ``?cat=``, …)."""
        params = request.params
        if "p" in params:
            item = self.by_number.get(page_number(params["p"], 0))
            if item is None or item.kind != "article":
                return None
            return self.redirect(self.article_path(item), request)
        if "page_id" in params:
            wanted = page_number(params["page_id"], 0)
            for slug, (ident, _, _) in PAGES.items():
                if ident == wanted:
                    return self.redirect(f"/{slug}/", request)
            if wanted == BLOG_PAGE_ID:
                return self.redirect(f"/{BLOG_SLUG}/", request)
            return None
        if "cat" in params:
            ident = page_number(params["cat"], 0)
            section = self.news if ident == self.news.id else self.section_by_id(ident)
            return self.redirect(self.category_path(section), request) if section else None
        if "author" in params:
            ident = page_number(params["author"], 0)
            for nicename, _, user_id in ACCOUNTS:
                if user_id == ident:
                    return self.redirect(f"/author/{nicename}/", request)
            return None
        if "m" in params and re.fullmatch(r"\d{6}", params["m"]):
            return self.redirect(f"/{params['m'][:4]}/{params['m'][4:]}/", request)
        if "s" in params:
            return self.search_response(request)
        key = f"query-{HOME_QUERY}-page"
        page = page_number(params.get(key))
        _, pages = self.page_of_size(self.posts, page, HOME_PER_PAGE)
        if page > pages:
            return self.html_response(self.home_html(request, 1, pages))
        return self.html_response(self.home_html(request, page, pages))

    def page_of_size(self, items: list[Item], page: int, size: int) -> tuple[list[Item], int]:
        pages = max(1, -(-len(items) // size))
        return items[(page - 1) * size : page * size], pages

    def blog_route(self, page_text: str | None, request: Request) -> Response | None:
        page = int(page_text or 1)
        if page_text == "1":
            return self.redirect(f"/{BLOG_SLUG}/", request)
        shown, pages = self.page_of(self.posts, page)
        if page > pages:
            return self.error_response(404)
        if page == 1:
            # WordPress puts the sticky posts first on the blog's first page (and leaves them
            # in their place on the other pages).
            shown = self.sticky + [it for it in shown if it not in self.sticky]
        base = f"/{BLOG_SLUG}/"
        main = self.archive_main(
            f'<h1 class="wp-block-query-title">{BLOG_TITLE}</h1>',
            shown,
            base,
            page,
            pages,
            request,
            sticky=page == 1,
        )
        head = self.seo_head(
            request,
            f"{BLOG_TITLE}{' - Trang ' + str(page) + ' trên ' + str(pages) if page > 1 else ''}",
            self.paged(base, page),
            og_type="website",
            prev_next=(base, page, pages),
            graph=self.collection_graph(request, self.paged(base, page), BLOG_TITLE),
        )
        body_class = f"blog paged-{page}" if page > 1 else "blog"
        return self.html_response(self.frame(head, body_class, main, request))

    def date_route(self, match: re.Match, request: Request) -> Response | None:
        year, month, day, page_text = match.groups()
        base = f"/{year}/" + (f"{month}/" if month else "") + (f"{day}/" if day else "")
        if page_text == "1":
            return self.redirect(base, request)
        items = [
            it
            for it in self.posts
            if it.published.year == int(year)
            and (not month or it.published.month == int(month))
            and (not day or it.published.day == int(day))
        ]
        if not items:
            return self.error_response(404)
        if day:
            label = dmy(datetime(int(year), int(month), int(day)))
            title = f"Ngày: <span>{label}</span>"
        elif month:
            label = month_name(int(year), int(month))
            title = f"Tháng: <span>{label}</span>"
        else:
            label = year
            title = f"Năm: <span>{year}</span>"
        calendar = (int(year), int(month or 1))
        return self.archive_response(
            request, base, title, label, items, int(page_text or 1), "archive date", calendar
        )

    def taxonomy_route(self, match: re.Match, request: Request) -> Response | None:
        kind, slug, page_text, feed = match.groups()
        base = f"/{kind}/{slug}/"
        if page_text == "1":
            return self.redirect(base, request)
        description = ""
        feed_title = ""
        if kind == "category":
            parts = slug.split("/")
            section = None
            if parts == [self.news.slug]:
                section = self.news
            elif len(parts) == 2 and parts[0] == self.news.slug:
                section = self.section_by_slug(parts[1])
            elif len(parts) == 1 and self.section_by_slug(parts[0]):
                # WordPress finds a child category by its own slug and sends to its full path.
                target = self.category_path(self.section_by_slug(parts[0]))
                rest = f"page/{page_text}/" if page_text else "feed/" if feed else ""
                return self.redirect(target + rest, request)
            if section is None:
                return self.error_response(404)
            items = self.posts if section == self.news else self.by_section_posts(section)
            label = section.name
            title = f"Chuyên mục: <span>{wp_text(section.name)}</span>"
            description = (
                f"<p>Tin bài về {wp_text(section.name.lower())} do Sở Khoa học và Công nghệ tỉnh "
                f"{esc(self.portal.province)} đăng tải.</p>"
            )
            css = f"archive category category-{section.slug} category-{section.id}"
            feed_title = f"{section.name} Dòng chuyên mục"
        elif kind == "tag":
            names = [t for t in TAGS if slugify(t) == slug]
            if not names:
                return self.error_response(404)
            items = [it for it in self.posts if names[0] in self.tags(it, request.revision)]
            label = names[0]
            title = f"Thẻ: <span>{esc(names[0])}</span>"
            css = f"archive tag tag-{slug} tag-{self.tag_id(names[0])}"
            feed_title = f"{names[0]} Dòng thẻ"
        else:
            names = [(name, uid) for nicename, name, uid in ACCOUNTS if nicename == slug]
            if not names:
                return self.error_response(404)
            items = [it for it in self.posts if self.account(it)[0] == slug]
            label = names[0][0]
            title = f'Tác giả: <span class="vcard">{esc(label)}</span>'
            css = f"archive author author-{slug} author-{names[0][1]}"
            feed_title = f"Bài viết của {label} Dòng thông tin"
        if not items:
            return self.error_response(404)
        if feed:
            return self.feed_response(items[:PER_FEED], base + "feed/", f" » {label}", request)
        return self.archive_response(
            request,
            base,
            title,
            label,
            items,
            int(page_text or 1),
            css,
            None,
            description,
            (feed_title, base + "feed/"),
        )

    def by_section_posts(self, section: Section) -> list[Item]:
        return [it for it in self.posts if it.section == section]

    def single_route(self, slug: str, variant: str | None, request: Request) -> Response | None:
        if slug in PAGES and not variant:
            return self.html_response(self.page_html(slug, request))
        item = self.by_slug.get(slug)
        if item is None:
            return self.error_response(404)
        if item.kind != "article":
            return self.article_response(item, request)
        if variant == "feed":
            return self.post_comments_feed(item, request)
        if variant == "embed":
            return self.html_response(self.embed_html(item, request))
        if variant == "print":
            return self.html_response(self.print_html(item, request))
        response = self.article_response(item, request)
        link = f"<{request.base_url}/?p={item.number}>; rel=shortlink"
        response.headers["Link"] = link
        return response

    def search_response(self, request: Request) -> Response:
        query = request.params.get("s", "")
        words = query.lower().split()
        hits = [it for it in self.posts if all(w in it.title.lower() for w in words)]
        page = page_number(request.params.get("paged"))
        shown, pages = self.page_of(hits, page)
        title = f"Kết quả tìm kiếm cho: &#8220;{esc(query)}&#8221;"
        if not shown:
            main = (
                f'<h1 class="wp-block-query-title">{title}</h1><p>Không tìm thấy kết quả nào. '
                "Bạn hãy thử lại với từ khóa khác.</p>"
            )
        else:
            main = self.archive_main(
                f'<h1 class="wp-block-query-title">{title}</h1>', shown, "/", page, pages, request
            )
        head = self.seo_head(request, f"Bạn đã tìm kiếm {query}", "/", robots="noindex, follow")
        return self.html_response(self.frame(head, "search search-results", main, request))

    def archive_response(
        self,
        request: Request,
        base: str,
        title: str,
        label: str,
        items: list[Item],
        page: int,
        css: str,
        calendar: tuple[int, int] | None = None,
        description: str = "",
        feed: tuple[str, str] | None = None,
    ) -> Response:
        shown, pages = self.page_of(items, page)
        if page > pages:
            return self.error_response(404)
        heading = f'<h1 class="wp-block-query-title">{title}</h1>'
        if description:
            heading += f'<div class="wp-block-term-description">{description}</div>'
        main = self.archive_main(heading, shown, base, page, pages, request)
        shown_title = (
            f"{label}{' - Trang ' + str(page) + ' trên ' + str(pages) if page > 1 else ''}"
        )
        head = self.seo_head(
            request,
            shown_title,
            self.paged(base, page),
            og_type="website",
            prev_next=(base, page, pages),
            graph=self.collection_graph(request, self.paged(base, page), label),
            feed=feed,
        )
        body_class = css + (f" paged paged-{page}" if page > 1 else "")
        return self.html_response(self.frame(head, body_class, main, request, calendar))

    # -- the page frame

    def seo_head(
        self,
        request: Request,
        title: str,
        path: str,
        *,
        og_type: str = "article",
        prev_next: tuple[str, int, int] | None = None,
        graph: dict[str, Any] | None = None,
        extra: str = "",
        robots: str = "index, follow, max-image-preview:large, max-snippet:-1, "
        "max-video-preview:-1",
        feed: tuple[str, str] | None = None,
        links: str = "",
    ) -> str:
        """Yoast's head block, then what WordPress core and the plugins print in ``wp_head``."""
        base = request.base_url
        url = base + path
        site = self.portal.name
        rel = ""
        if prev_next:
            stem, page, pages = prev_next
            if page > 1:
                rel += f'<link rel="prev" href="{base}{self.paged(stem, page - 1)}" />\n'
            if page < pages:
                rel += f'<link rel="next" href="{base}{self.paged(stem, page + 1)}" />\n'
        schema = ""
        if graph:
            schema = (
                '<script type="application/ld+json" class="yoast-schema-graph">'
                f"{json.dumps(graph, ensure_ascii=False, separators=(',', ':'))}</script>\n"
            )
        feeds = (
            f'<link rel="alternate" type="application/rss+xml" title="{wp_text(site)} &raquo; '
            f'Dòng thông tin" href="{base}/feed/" />\n'
            f'<link rel="alternate" type="application/rss+xml" title="{wp_text(site)} &raquo; '
            f'Dòng phản hồi" href="{base}/comments/feed/" />\n'
        )
        if feed:
            feeds += (
                f'<link rel="alternate" type="application/rss+xml" title="{wp_text(site)} &raquo; '
                f'{wp_text(feed[0])}" href="{base}{feed[1]}" />\n'
            )
        return f"""<meta name='robots' content='{robots}' />
<!-- This site is optimized with the Yoast SEO plugin v{YOAST_VERSION} - https://yoast.com/wordpress/plugins/seo/ -->
<title>{wp_text(title)} - {wp_text(site)}</title>
<link rel="canonical" href="{esc(url)}" />
{rel}<meta property="og:locale" content="vi_VN" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{esc(title)} - {esc(site)}" />
<meta property="og:url" content="{esc(url)}" />
<meta property="og:site_name" content="{esc(site)}" />
{extra}<meta name="twitter:card" content="summary_large_image" />
{schema}<!-- / Yoast SEO plugin. -->
{feeds}<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","source":{{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver={WP_VERSION}"}}}};
</script>
<style id='wp-block-library-inline-css'>
:root{{--wp-admin-theme-color:#007cba}}.wp-element-button{{cursor:pointer}}
</style>
<link rel='stylesheet' id='{THEME}-style-css' href='/wp-content/themes/{THEME}/style.css?ver=1.3.2' media='all' />
<link rel='stylesheet' id='addtoany-css' href='/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' media='all' />
<link rel='stylesheet' id='jetpack-block-related-posts-css' href='/wp-content/plugins/jetpack/_inc/blocks/related-posts/view.css?minify=false&#038;ver=14.4' media='all' />
<link rel='stylesheet' id='rt-style-css' href='/wp-content/plugins/reading-time-wp/rt-style.css?ver=2.0.16' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script defer src="https://static.addtoany.com/menu/page.js" id="addtoany-core-js"></script>
<link rel="https://api.w.org/" href="{base}/wp-json/" />
{links}<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {WP_VERSION}" />
<link rel="icon" href="{UPLOADS}/2020/06/logo-sokhcn-32x32.png" sizes="32x32" />
<link rel="icon" href="{UPLOADS}/2020/06/logo-sokhcn-192x192.png" sizes="192x192" />"""

    def graph_base(self, request: Request) -> list[dict[str, Any]]:
        base = request.base_url
        return [
            {
                "@type": "WebSite",
                "@id": f"{base}/#website",
                "url": f"{base}/",
                "name": self.portal.name,
                "description": f"Trang thông tin điện tử {self.portal.name}",
                "publisher": {"@id": f"{base}/#organization"},
                "potentialAction": [
                    {
                        "@type": "SearchAction",
                        "target": {
                            "@type": "EntryPoint",
                            "urlTemplate": f"{base}/?s={{search_term_string}}",
                        },
                        "query-input": {
                            "@type": "PropertyValueSpecification",
                            "valueRequired": True,
                            "valueName": "search_term_string",
                        },
                    }
                ],
                "inLanguage": "vi",
            },
            {
                "@type": "Organization",
                "@id": f"{base}/#organization",
                "name": self.portal.name,
                "url": f"{base}/",
                "logo": {
                    "@type": "ImageObject",
                    "inLanguage": "vi",
                    "@id": f"{base}/#/schema/logo/image/",
                    "url": f"{base}{UPLOADS}/2020/06/logo-sokhcn.png",
                    "contentUrl": f"{base}{UPLOADS}/2020/06/logo-sokhcn.png",
                    "width": 512,
                    "height": 512,
                    "caption": self.portal.name,
                },
                "image": {"@id": f"{base}/#/schema/logo/image/"},
            },
        ]

    def collection_graph(self, request: Request, path: str, name: str) -> dict[str, Any]:
        base = request.base_url
        url = base + path
        return {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "CollectionPage",
                    "@id": url,
                    "url": url,
                    "name": f"{name} - {self.portal.name}",
                    "isPartOf": {"@id": f"{base}/#website"},
                    "breadcrumb": {"@id": f"{url}#breadcrumb"},
                    "inLanguage": "vi",
                },
                {
                    "@type": "BreadcrumbList",
                    "@id": f"{url}#breadcrumb",
                    "itemListElement": [
                        {
                            "@type": "ListItem",
                            "position": 1,
                            "name": "Trang chủ",
                            "item": f"{base}/",
                        },
                        {"@type": "ListItem", "position": 2, "name": name},
                    ],
                },
                *self.graph_base(request),
            ],
        }

    def navigation(self) -> str:
        def link(href: str, label: str) -> str:
            return (
                '<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-'
                f'navigation-item__content" href="{esc(href)}"><span class="wp-block-navigation-'
                f'item__label">{wp_text(label)}</span></a></li>'
            )

        def submenu(href: str, label: str, children: str) -> str:
            return (
                '<li class="wp-block-navigation-item has-child open-on-hover-click wp-block-'
                f'navigation-submenu"><a class="wp-block-navigation-item__content" href="'
                f'{esc(href)}">{wp_text(label)}</a><button aria-label="Menu con {esc(label)}" '
                'class="wp-block-navigation__submenu-icon wp-block-navigation-submenu__toggle" '
                'aria-expanded="false"><svg xmlns="http://www.w3.org/2000/svg" width="12" '
                'height="12" viewBox="0 0 12 12" fill="none" aria-hidden="true" focusable="false">'
                '<path d="M1.50002 4L6.00002 8L10.5 4" stroke-width="1.5"></path></svg></button>'
                '<ul class="wp-block-navigation__submenu-container wp-block-navigation-submenu">'
                f"{children}</ul></li>"
            )

        about = link("/gioi-thieu/", "Giới thiệu chung") + link(
            "/co-cau-to-chuc/", "Cơ cấu tổ chức"
        )
        news = link(self.category_path(self.news), self.news.name) + "".join(
            link(self.category_path(s), s.name) for s in self.sections.values()
        )
        items = (
            link("/", "Trang chủ")
            + submenu("/gioi-thieu/", "Giới thiệu", about)
            + submenu(f"/{BLOG_SLUG}/", BLOG_TITLE, news)
            + link("https://vanban.vanlinh.gov.vn/", "Văn bản")
            + link("https://dichvucong.vanlinh.gov.vn/", "Thủ tục hành chính")
            + link("/lien-he/", "Liên hệ")
        )
        return (
            '<nav class="has-text-color has-base-color is-responsive items-justified-left '
            "wp-block-navigation is-horizontal is-content-justification-left is-layout-flex "
            'wp-block-navigation-is-layout-flex" aria-label="Menu chính" data-wp-interactive='
            '"core/navigation"><button aria-haspopup="dialog" aria-label="Mở menu" class="wp-'
            'block-navigation__responsive-container-open" data-wp-on--click="actions.openMenuOnClick">'
            '<svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" '
            'aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" />'
            '</svg></button><div class="wp-block-navigation__responsive-container" id="modal-1">'
            '<div class="wp-block-navigation__responsive-close"><div class="wp-block-navigation__'
            'responsive-dialog"><button aria-label="Đóng menu" class="wp-block-navigation__'
            'responsive-container-close">×</button><div class="wp-block-navigation__responsive-'
            f'container-content" id="modal-1-content"><ul class="wp-block-navigation__container '
            f'is-responsive items-justified-left wp-block-navigation">{items}</ul></div></div>'
            "</div></div></nav>"
        )

    def header(self) -> str:
        name = self.portal.name
        return f"""<header class="wp-block-template-part">
<div class="wp-block-group site-topbar has-primary-background-color has-background is-layout-flex wp-block-group-is-layout-flex">
<p class="has-small-font-size">Chào mừng bạn đến với Trang thông tin điện tử {wp_text(name)}</p>
<p class="has-small-font-size"><a href="/lien-he/">Liên hệ</a> | <a href="/feed/">RSS</a></p>
</div>
<div class="wp-block-group site-header is-layout-flex wp-block-group-is-layout-flex">
<div class="wp-block-site-logo"><a href="/" class="custom-logo-link" rel="home"><img width="96" height="96" src="{UPLOADS}/2020/06/logo-sokhcn.png" class="custom-logo" alt="{esc(name)}" decoding="async" /></a></div>
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">
<p class="wp-block-site-tagline">Ủy ban nhân dân tỉnh {esc(self.portal.province)}</p>
<p class="wp-block-site-title"><a href="/" target="_self" rel="home">{wp_text(name)}</a></p>
</div>
<form role="search" method="get" action="/" class="wp-block-search__button-inside wp-block-search__icon-button wp-block-search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1">Tìm kiếm</label><div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="Tìm kiếm..." value="" type="search" name="s" required /><button aria-label="Tìm kiếm" class="wp-block-search__button has-icon wp-element-button" type="submit"><svg class="search-icon" viewBox="0 0 24 24" width="24" height="24"><path d="M13 5c-3.3 0-6 2.7-6 6 0 1.4.5 2.7 1.3 3.7l-3.8 3.8 1.1 1.1 3.8-3.8c1 .8 2.3 1.3 3.7 1.3 3.3 0 6-2.7 6-6S16.3 5 13 5z"></path></svg></button></div></form>
</div>
{self.navigation()}
</header>"""

    def sidebar(self, request: Request, month: tuple[int, int] | None = None) -> str:
        stats = tthc_stats(request.seed)
        visits = visitor_stats(request.seed)
        latest = "".join(
            f'<li><a class="wp-block-latest-posts__post-title" href="{esc(self.article_path(it))}">'
            f'{wp_text(it.title)}</a><time datetime="{iso_vn(it.published)}" class="wp-block-'
            f'latest-posts__post-date">{dmy(it.published)}</time></li>'
            for it in self.posts[:5]
        )
        months = sorted(
            {(it.published.year, it.published.month) for it in self.posts}, reverse=True
        )
        archives = "".join(
            f"<li><a href='/{y}/{m:02d}/'>{month_name(y, m)}</a></li>" for y, m in months
        )
        links = "".join(
            f'<option value="{esc(href)}">{esc(label)}</option>' for label, href in LINKS
        )
        return f"""<div class="wp-block-column sidebar is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:32%">
<div class="wp-block-group widget-box"><h2 class="wp-block-heading has-medium-font-size">Tin mới nhất</h2>
<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{latest}</ul></div>
<div class="wp-block-group widget-box"><h2 class="wp-block-heading has-medium-font-size">Kết quả giải quyết TTHC</h2>
<div class="tthc-widget"><p>Tháng {stats["month"]}: tiếp nhận <strong>{thousands(stats["total"])}</strong> hồ sơ</p>
<p>Đúng hạn: {thousands(stats["ontime"])} ({stats["percent"]}%) - Trễ hạn: {stats["late"]}</p>
<p><a href="https://dichvucong.vanlinh.gov.vn/" target="_blank" rel="noopener">Tra cứu hồ sơ</a></p></div></div>
<div class="wp-block-group widget-box"><h2 class="wp-block-heading has-medium-font-size">Lịch</h2>
{self.calendar(month)}</div>
<div class="wp-block-group widget-box"><h2 class="wp-block-heading has-medium-font-size">Lưu trữ</h2>
<ul class="wp-block-archives-list wp-block-archives">{archives}</ul></div>
<div class="wp-block-group widget-box"><h2 class="wp-block-heading has-medium-font-size">Liên kết website</h2>
<select class="lien-ket" onchange="if(this.value) window.open(this.value)"><option value="">-- Chọn liên kết --</option>{links}</select></div>
<div class="wp-block-group widget-box"><h2 class="wp-block-heading has-medium-font-size">Thống kê truy cập</h2>
<ul class="visitor-counter"><li>Đang truy cập: {visits["online"]}</li><li>Hôm nay: {thousands(visits["today"])}</li>
<li>Tuần này: {thousands(visits["week"])}</li><li>Tháng này: {thousands(visits["month"])}</li>
<li>Tổng lượt truy cập: {thousands(visits["total"])}</li></ul></div>
<div class="wp-block-group widget-box"><h2 class="wp-block-heading has-medium-font-size">Quản trị</h2>
<ul><li><a href="/wp-login.php">Đăng nhập</a></li><li><a href="/feed/">Dòng thông tin bài viết</a></li>
<li><a href="/comments/feed/">Dòng phản hồi bình luận</a></li><li><a href="https://vi.wordpress.org/">WordPress.org</a></li></ul></div>
</div>"""

    def calendar(self, month: tuple[int, int] | None) -> str:
        """The Calendar block: the month shown (the site's current one unless an archive's),
        its days that have posts linked, and the months before and after that have posts."""
        year, number = month or (self.site_now.year, self.site_now.month)
        first = datetime(year, number, 1)
        following = (first + timedelta(days=32)).replace(day=1)
        days = {
            it.published.day
            for it in self.posts
            if (it.published.year, it.published.month) == (year, number)
        }
        pad = first.weekday()
        cells = [f'<td colspan="{pad}" class="pad">&nbsp;</td>'] if pad else []
        day = first
        while day < following:
            if day.day in days:
                label = f"Các bài viết đã được đăng vào ngày {day.day} {MONTHS[number - 1]}, {year}"
                cells.append(
                    f'<td><a href="/{year}/{number:02d}/{day.day:02d}/" aria-label="{label}">'
                    f"{day.day}</a></td>"
                )
            else:
                cells.append(f"<td>{day.day}</td>")
            day += timedelta(days=1)
        # The first row holds the padding cell and the week's first days.
        split = [cells[: 7 - pad + (1 if pad else 0)]]
        rest = cells[len(split[0]) :]
        split += [rest[i : i + 7] for i in range(0, len(rest), 7)]
        rows = "".join("<tr>" + "".join(row) + "</tr>" for row in split if row)
        earlier = [it for it in self.posts if it.published < first]
        later = [it for it in self.posts if it.published >= following]
        prev_link = (
            f'<a href="/{earlier[0].published:%Y/%m}/">&laquo; Th{earlier[0].published.month}</a>'
            if earlier
            else ""
        )
        next_link = (
            f'<a href="/{later[-1].published:%Y/%m}/">Th{later[-1].published.month} &raquo;</a>'
            if later
            else ""
        )
        heads = "".join(f'<th scope="col">{d}</th>' for d in WEEK_HEADS)
        return (
            '<div class="wp-block-calendar"><table id="wp-calendar" class="wp-calendar-table">'
            f"<caption>{month_name(year, number)}</caption><thead><tr>{heads}</tr></thead>"
            f'<tbody>{rows}</tbody></table><nav aria-label="Tháng trước và tháng sau" '
            f'class="wp-calendar-nav"><span class="wp-calendar-nav-prev">{prev_link}</span>'
            f'<span class="pad">&nbsp;</span><span class="wp-calendar-nav-next">{next_link}'
            "</span></nav></div>"
        )

    def footer(self) -> str:
        portal = self.portal
        return f"""<footer class="wp-block-template-part">
<div class="wp-block-group site-footer has-primary-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<p><strong>{wp_text(portal.name.upper())}</strong></p>
<p>Cơ quan chủ quản: {wp_text(portal.agency)}</p>
<p>Chịu trách nhiệm chính: {wp_text(portal.editor)}</p>
<p>{wp_text(portal.licence)}</p>
</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<p>Địa chỉ: {wp_text(portal.address)}</p>
<p>Điện thoại: {esc(portal.phone)} - Email: sokhcn@{esc(portal.domain.split(".", 1)[1])}</p>
<p>{wp_text(f"Ghi rõ nguồn “{portal.name}” khi phát hành lại thông tin từ trang này.")}</p>
</div></div>
<p class="has-text-align-center has-small-font-size">© {self.site_now.year} {wp_text(portal.name)}. Thiết kế và vận hành trên nền tảng WordPress.</p>
</div>
</footer>"""

    def frame(
        self,
        head: str,
        body_class: str,
        main: str,
        request: Request,
        month: tuple[int, int] | None = None,
    ) -> str:
        """A whole page: head, header template part, the page's main, the sidebar (its
        calendar on ``month``, the site's current month by default), footer."""
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
{head}
</head>

<body class="{body_class} wp-custom-logo wp-embed-responsive">

<div class="wp-site-blocks">
{self.header()}

<main class="wp-block-group site-main is-layout-constrained wp-block-group-is-layout-constrained" id="wp--skip-link--target">
<div class="wp-block-columns alignwide is-layout-flex wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow" style="flex-basis:68%">
{main}
</div>
{self.sidebar(request, month)}
</div>
</main>

{self.footer()}
</div>
<script type="speculationrules">
{{"prefetch":[{{"source":"document","where":{{"and":[{{"href_matches":"\\/*"}},{{"not":{{"href_matches":["\\/wp-*.php","\\/wp-admin\\/*","\\/wp-content\\/uploads\\/*","\\/wp-content\\/*","\\/wp-content\\/plugins\\/*","\\/wp-content\\/themes\\/{THEME}\\/*","\\/*\\\\?(.+)"]}}}},{{"not":{{"selector_matches":"a[rel~=\\"nofollow\\"]"}}}}]}},"eagerness":"conservative"}}]}}
</script>
<script src="https://stats.wp.com/e-202101.js" id="jetpack-stats-js" defer></script>
</body>
</html>
"""

    def breadcrumbs(self, trail: list[tuple[str, str | None]]) -> str:
        """Yoast's breadcrumbs: ``trail`` of (label, path or None for the page itself)."""
        parts = []
        for label, href in trail:
            if href is None:
                parts.append(
                    f'<span class="breadcrumb_last" aria-current="page">{wp_text(label)}</span>'
                )
            else:
                parts.append(f'<span><a href="{esc(href)}">{wp_text(label)}</a></span>')
        return (
            '<nav class="yoast-breadcrumbs" aria-label="Breadcrumb"><span><span>'
            + " » ".join(parts)
            + "</span></span></nav>"
        )

    # -- listings

    def reading_time(self, item: Item, revision: int) -> str:
        """Reading Time WP's line (its default: before the content and before excerpts)."""
        return (
            '<span class="span-reading-time rt-reading-time" style="display: block;"><span '
            'class="rt-label rt-prefix">Thời gian đọc:</span> <span class="rt-time"> '
            f'{self.reading_minutes(item, revision)}</span> <span class="rt-label rt-postfix">'
            "phút</span></span>"
        )

    def post_classes(self, item: Item, revision: int = 0, sticky: bool = False) -> str:
        classes = [
            f"post-{item.number}",
            "post",
            "type-post",
            "status-publish",
            "format-standard",
        ]
        if item.images:
            classes.append("has-post-thumbnail")
        if sticky and item in self.sticky:
            classes.append("sticky")
        classes.append("hentry")
        classes.append(f"category-{item.section.slug}")
        classes += [f"tag-{slugify(t)}" for t in self.tags(item, revision)]
        return " ".join(dict.fromkeys(classes))

    def entry(self, item: Item, request: Request, sticky: bool = False) -> str:
        """One post of a Query Loop's post template."""
        href = esc(self.article_path(item))
        thumb = self.thumb(item)
        image = ""
        if thumb:
            image = (
                '<figure style="aspect-ratio:4/3;" class="wp-block-post-featured-image"><a href="'
                f'{href}" target="_self"><img width="300" height="200" src="{esc(thumb)}" class='
                '"attachment-medium size-medium wp-post-image" alt="" style="width:100%;height:'
                '100%;object-fit:cover;" decoding="async" loading="lazy" /></a></figure>'
            )
        # WordPress marks sticky posts only on the blog's first page (is_home, not paged).
        sticky = sticky and item in self.sticky
        label = '<p class="sticky-label has-small-font-size">Nổi bật</p>' if sticky else ""
        text = (
            f'<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">'
            f"{self.reading_time(item, request.revision)} {self.excerpt(item, request.revision)}"
            ' </p><p class="wp-block-post-excerpt__more-text"><a class="wp-block-post-excerpt'
            f'__more-link" href="{href}">Xem tiếp</a></p></div>'
        )
        return (
            f'<li class="wp-block-post {self.post_classes(item, request.revision, sticky)}">'
            '<div class="wp-block-columns is-layout-flex wp-block-columns-is-layout-flex">'
            '<div class="wp-block-column is-layout-flow" style="flex-basis:33.33%">'
            f'{image}</div><div class="wp-block-column is-layout-flow">{label}'
            f'<h2 class="wp-block-post-title has-medium-font-size"><a href="{href}" target='
            f'"_self">{wp_text(item.title)}</a></h2><div class="wp-block-post-date has-small-'
            f'font-size"><time datetime="{iso_vn(item.published)}">{dmy(item.published)}</time>'
            f"</div>{text}</div></div></li>"
        )

    def pagination(self, page: int, pages: int, href, prev_href=None, next_href=None) -> str:
        """The Query Pagination block: previous, numbers (``paginate_links``), next."""
        if pages <= 1:
            return ""
        prev_href = prev_href or href
        next_href = next_href or href
        parts = []
        if page > 1:
            parts.append(
                f'<a href="{prev_href(page - 1)}" class="wp-block-query-pagination-previous">'
                '<span class="wp-block-query-pagination-previous-arrow is-arrow-arrow" aria-'
                'hidden="true">←</span>Trang trước</a>'
            )
        numbers = []
        for n in pager_window(page, pages):
            if n is None:
                numbers.append('<span class="page-numbers dots">&hellip;</span>')
            elif n == page:
                numbers.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
            else:
                numbers.append(f'<a class="page-numbers" href="{href(n)}">{n}</a>')
        parts.append(
            '<div class="wp-block-query-pagination-numbers">' + "\n".join(numbers) + "</div>"
        )
        if page < pages:
            parts.append(
                f'<a href="{next_href(page + 1)}" class="wp-block-query-pagination-next">Trang '
                'sau<span class="wp-block-query-pagination-next-arrow is-arrow-arrow" aria-hidden='
                '"true">→</span></a>'
            )
        return (
            '<nav class="wp-block-query-pagination is-content-justification-center is-layout-flex '
            'wp-block-query-pagination-is-layout-flex" aria-label="Phân trang">'
            + "\n".join(parts)
            + "</nav>"
        )

    def archive_main(
        self,
        heading: str,
        shown: list[Item],
        base: str,
        page: int,
        pages: int,
        request: Request,
        sticky: bool = False,
    ) -> str:
        entries = "\n".join(self.entry(it, request, sticky) for it in shown)
        pager = self.pagination(page, pages, lambda n: esc(self.paged(base, n)))
        return (
            f"{heading}\n"
            '<div class="wp-block-query is-layout-flow wp-block-query-is-layout-flow">'
            '<ul class="columns-1 wp-block-post-template is-layout-flow wp-block-post-template-'
            f'is-layout-flow">\n{entries}\n</ul>\n{pager}</div>'
        )

    def home_html(self, request: Request, page: int, pages: int) -> str:
        key = f"query-{HOME_QUERY}-page"
        params = dict(request.params)

        def self_link(n: int) -> str:
            # core/query-pagination-previous|next: add_query_arg() on the request's own URI.
            query = {**params, key: str(n)}
            return "/?" + "&#038;".join(f"{k}={v}" if v else k for k, v in query.items())

        def number_link(n: int) -> str:
            # core/query-pagination-numbers: paginate_links() with base '%_%', and on pages
            # after the first a 'cst' argument so that page 1's link is not empty.
            if page == 1:
                return f"?{key}={n}"
            return "?cst" if n == 1 else f"?{key}={n}&#038;cst"

        shown, _ = self.page_of_size(self.posts, page, HOME_PER_PAGE)
        latest = "\n".join(self.entry(it, request) for it in shown)
        pager = self.pagination(page, pages, number_link, self_link, self_link)
        featured = ""
        if self.sticky:
            top = self.sticky[0]
            rest = "".join(
                f'<li class="wp-block-post {self.post_classes(it)}"><h3 class="wp-block-post-title '
                f'has-small-font-size"><a href="{esc(self.article_path(it))}" target="_self">'
                f"{wp_text(it.title)}</a></h3></li>"
                for it in self.sticky[1:]
            )
            featured = (
                '<div class="wp-block-query featured-posts is-layout-flow"><h2 class="wp-block-'
                'heading">Tin nổi bật</h2><ul class="wp-block-post-template is-layout-flow">'
                f"{self.entry(top, request)}{rest}</ul></div>"
            )
        boxes = []
        for number, section in enumerate(self.sections.values(), start=HOME_QUERY + 1):
            items = self.by_section_posts(section)[:4]
            if not items:
                continue
            rows = "".join(
                f'<li class="wp-block-post {self.post_classes(it)}"><h3 class="wp-block-post-title'
                f' has-small-font-size"><a href="{esc(self.article_path(it))}" target="_self">'
                f'{wp_text(it.title)}</a></h3><div class="wp-block-post-date has-small-font-size">'
                f'<time datetime="{iso_vn(it.published)}">{dmy(it.published)}</time></div></li>'
                for it in items
            )
            boxes.append(
                f'<div class="wp-block-group category-box category-box-{number}"><h2 class="wp-'
                f'block-heading"><a href="{esc(self.category_path(section))}">{wp_text(section.name)}'
                '</a></h2><div class="wp-block-query is-layout-flow"><ul class="wp-block-post-'
                f'template is-layout-flow">{rows}</ul></div><div class="wp-block-buttons is-layout-'
                'flex"><div class="wp-block-button is-style-outline"><a class="wp-block-button__'
                f'link wp-element-button" href="{esc(self.category_path(section))}">Xem tất cả</a>'
                "</div></div></div>"
            )
        main = (
            f'{featured}\n<div class="wp-block-query latest-posts is-layout-flow"><h2 class="wp-'
            f'block-heading">Tin mới</h2><ul class="columns-1 wp-block-post-template is-layout-'
            f'flow">\n{latest}\n</ul>\n{pager}</div>\n<div class="wp-block-columns category-boxes '
            f'is-layout-flex">{"".join(boxes)}</div>'
        )
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "WebPage",
                    "@id": f"{request.base_url}/",
                    "url": f"{request.base_url}/",
                    "name": f"Trang chủ - {self.portal.name}",
                    "isPartOf": {"@id": f"{request.base_url}/#website"},
                    "about": {"@id": f"{request.base_url}/#organization"},
                    "datePublished": utc_iso(datetime(2020, 6, 12, 9, 30)),
                    "dateModified": utc_iso(datetime(2020, 11, 3, 15, 8)),
                    "inLanguage": "vi",
                },
                *self.graph_base(request),
            ],
        }
        head = self.seo_head(request, "Trang chủ", "/", og_type="website", graph=graph)
        body_class = f"home page-template page-template-trang-chu page page-id-{FRONT_PAGE_ID}"
        return self.frame(head, body_class, main, request)

    # -- a post

    def block_html(self, item: Item, block: Block, first_image: bool) -> str:
        kind = block.kind
        if kind == "p":
            text = wp_text(block.text)
            if block.style == "strong":
                return f"<p><strong>{text}</strong></p>"
            if block.style == "dropcap":
                return f'<p class="has-drop-cap">{text}</p>'
            return f"<p>{text}</p>"
        if kind == "heading":
            return f'<{block.style} class="wp-block-heading">{wp_text(block.text)}</{block.style}>'
        if kind == "list":
            items = "\n".join(f"<li>{wp_text(i)}</li>" for i in block.items)
            return f'<{block.style} class="wp-block-list">\n{items}\n</{block.style}>'
        if kind == "quote":
            cite = f"<cite>{wp_text(block.items[0])}</cite>" if block.items else ""
            return (
                '<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">'
                f"\n<p>{wp_text(block.text)}</p>\n{cite}</blockquote>"
            )
        if kind == "table":
            head, *rows = block.rows
            thead = "".join(f"<th>{wp_text(c)}</th>" for c in head)
            tbody = "".join(
                "<tr>" + "".join(f"<td>{wp_text(c)}</td>" for c in row) + "</tr>" for row in rows
            )
            caption = (
                f'<figcaption class="wp-element-caption">{wp_text(block.text)}</figcaption>'
                if block.text
                else ""
            )
            return (
                '<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout">'
                f"<thead><tr>{thead}</tr></thead><tbody>{tbody}</tbody></table>{caption}</figure>"
            )
        if kind in ("image", "gallery"):
            return self.picture_html(item, block, first_image)
        if kind == "embed":
            video = VIDEOS[block.index]
            return (
                '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-'
                'youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__'
                f'wrapper">\n<iframe loading="lazy" title="{esc(VIDEO_TITLES[block.index])}" '
                f'width="800" height="450" src="https://www.youtube.com/embed/{video}?feature='
                'oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; '
                'encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-'
                'origin-when-cross-origin" allowfullscreen></iframe>\n</div></figure>'
            )
        if kind == "file":
            url = self.file_url(item, block.text)
            ident = stable_token(item.key + "file", 8, "0123456789abcdef")
            return (
                f'<div data-wp-interactive="core/file" class="wp-block-file"><object data-wp-bind'
                f'--hidden="!state.hasPdfPreview" hidden class="wp-block-file__embed" data="{url}" '
                'type="application/pdf" style="width:100%;height:600px" aria-label="Nhúng của '
                f'{esc(block.text)}."></object><a id="wp-block-file--media-{ident}" href="{url}">'
                f'{esc(block.text)}</a><a href="{url}" class="wp-block-file__button wp-element-'
                f'button" download aria-describedby="wp-block-file--media-{ident}">Tải xuống</a>'
                "</div>"
            )
        return ""

    def picture_html(self, item: Item, block: Block, first: bool) -> str:
        src = self.image_src(item, block.index)
        attachment = item.number + 1 + block.index

        def img(n: int, size: str = "large") -> str:
            stem = src if n == 0 else f"{src}-{n}"
            priority = 'fetchpriority="high" ' if first and n == 0 else 'loading="lazy" '
            tag = (
                f'<img {priority}decoding="async" width="1024" height="683" src="{stem}-1024x683.jpg" '
                f'alt="" class="wp-image-{attachment + n}" srcset="{stem}-1024x683.jpg 1024w, '
                f'{stem}-300x200.jpg 300w, {stem}-768x512.jpg 768w, {stem}.jpg 1280w" sizes="'
                '(max-width: 1024px) 100vw, 1024px" />'
            )
            if block.style == "media":
                tag = f'<a href="{stem}.jpg">{tag}</a>'
            return f'<figure class="wp-block-image size-{size}">{tag}</figure>' if size else tag

        caption = wp_text(block.text)
        if block.kind == "gallery":
            inner = "\n".join(img(n) for n in range(block.count))
            return (
                '<figure class="wp-block-gallery has-nested-images columns-default is-cropped wp-'
                'block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">\n'
                f'{inner}\n<figcaption class="blocks-gallery-caption wp-element-caption">{caption}'
                "</figcaption></figure>"
            )
        return (
            f'<figure class="wp-block-image aligncenter size-large">{img(0, "")}'
            f'<figcaption class="wp-element-caption">{caption}</figcaption></figure>'
        )

    def byline_html(self, item: Item) -> list[str]:
        """The reporter's name and the source, right-aligned at the end of the text."""
        style = roll(item.key, "byline")
        parts = []
        shown = item.author
        if item.author and item.images and style < 30:
            shown = f"Tin, ảnh: {item.author}"
        if item.author and item.source and style >= 70:
            parts.append(
                f'<p class="has-text-align-right"><strong>{wp_text(shown)}</strong><br><em>Nguồn: '
                f"{wp_text(item.source)}</em></p>"
            )
            return parts
        if item.author:
            parts.append(f'<p class="has-text-align-right"><strong>{wp_text(shown)}</strong></p>')
        if item.source:
            parts.append(
                f'<p class="has-text-align-right"><em>Nguồn: {wp_text(item.source)}</em></p>'
            )
        return parts

    def in_content_related(self, item: Item) -> str:
        """A "Tin liên quan:" list the editor typed under some posts (older posts; one links
        a post since moved to the trash)."""
        if roll(item.key, "inrelated") >= 25:
            return ""
        older = [it for it in self.items if it.published < item.published and it is not item]
        picks = [it for it in older if it.kind == "article"][:3]
        trashed = [it for it in older if it.kind != "article"]
        if trashed and roll(item.key, "trashed") < 50:
            picks = [trashed[0], *picks[:2]]
        if not picks:
            return ""
        rows = "\n".join(
            f'<li><a href="{esc(self.article_path(it))}">{wp_text(it.title)}</a></li>'
            for it in picks
        )
        return (
            '<hr class="wp-block-separator has-alpha-channel-opacity"/>\n'
            f'<p><strong>Tin liên quan:</strong></p>\n<ul class="wp-block-list">\n{rows}\n</ul>'
        )

    def content_html(self, item: Item, revision: int) -> str:
        """``the_content`` without the plugins' additions: the blocks, byline, related list."""
        parts = []
        first = True
        for block in self.blocks_of(item, revision):
            parts.append(self.block_html(item, block, first and block.kind in ("image", "gallery")))
            if block.kind in ("image", "gallery"):
                first = False
        byline = self.byline_html(item)
        if byline and roll(item.key, "separator") < 30:
            parts.append('<hr class="wp-block-separator has-alpha-channel-opacity is-style-dots"/>')
        parts += byline
        related = self.in_content_related(item)
        if related:
            parts.append(related)
        return "\n\n".join(parts)

    def share_html(self, item: Item, url: str) -> str:
        link = quote(url, safe="")
        name = quote(item.title, safe="")
        buttons = "".join(
            f'<a class="a2a_button_{service}" href="https://www.addtoany.com/add_to/{service}?'
            f'linkurl={link}&amp;linkname={name}" title="{label}" rel="nofollow noopener" '
            'target="_blank"></a>'
            for service, label in (
                ("facebook", "Facebook"),
                ("twitter", "Twitter"),
                ("email", "Email"),
                ("print", "Print"),
            )
        )
        return (
            '<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom">'
            '<div class="addtoany_header">Chia sẻ bài viết:</div><div class="a2a_kit a2a_kit_'
            f'size_28 addtoany_list" data-a2a-url="{esc(url)}" data-a2a-title="{esc(item.title)}">'
            f'{buttons}<a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.'
            'addtoany.com/share"></a></div></div><div class="zalo-share-button" data-href="'
            f'{esc(url)}" data-oaid="579745863508352884" data-layout="2" data-color="blue" '
            'data-customize="false"></div>'
        )

    def views_html(self, item: Item, seed: str) -> str:
        return (
            f'<div class="post-views content-post post-{item.number} entry-meta load-static">'
            '<span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class='
            f'"post-views-label">Lượt xem:</span> <span class="post-views-count">'
            f"{thousands(view_count(seed))}</span></div>"
        )

    def related_html(self, item: Item) -> str:
        """Jetpack's Related Posts block in the single template (rendered on the server: title,
        date and context; the excerpts and the click-tracking links are the script version's)."""
        rows = []
        for it in self.related.get(item.key, []):
            uid = stable_token(f"{item.key}{it.key}", 13, "0123456789abcdef")
            href = esc(self.article_path(it))
            rows.append(
                f'<ul id="related-posts-item-{uid}" aria-labelledby="related-posts-item-{uid}-'
                'label" class="jp-related-posts-i2__post" role="menuitem"><li class="jp-related-'
                f'posts-i2__post-link"><a id="related-posts-item-{uid}-label" href="{href}" >'
                f'{wp_text(it.title)}</a></li><li class="jp-related-posts-i2__post-date">'
                f'{dmy(it.published)}</li><li class="jp-related-posts-i2__post-context">Trong '
                f"&quot;{wp_text(it.section.name)}&quot;</li></ul>"
            )
        if not rows:
            return ""
        return (
            '<nav class="jp-relatedposts-i2 wp-block-jetpack-related-posts" data-layout="grid">'
            '<h3 class="jp-relatedposts-headline"><em>Có liên quan</em></h3><div class="jp-'
            f'related-posts-i2__row" data-post-count="{len(rows)}">{"".join(rows)}</div></nav>'
        )

    def same_category_html(self, item: Item, request: Request) -> str:
        """The theme's "Tin cùng chuyên mục": a Query Loop of the category's posts nearest in
        time, each with its photo, date and excerpt (the reading time before it)."""
        same = [it for it in self.by_section_posts(item.section) if it is not item]
        older = [it for it in same if it.published < item.published]
        newer = [it for it in same if it.published > item.published]
        shown = (older + list(reversed(newer)))[:4]
        if not shown:
            return ""
        entries = "\n".join(self.entry(it, request) for it in shown)
        return (
            '<div class="wp-block-query same-category is-layout-flow"><h2 class="wp-block-heading '
            'has-medium-font-size">Tin cùng chuyên mục</h2><ul class="columns-2 wp-block-post-'
            f'template is-layout-grid">\n{entries}\n</ul></div>'
        )

    def comments_html(self, item: Item) -> str:
        if not self.comments_open(item):
            return '<div class="wp-block-comments"><p class="nocomments">Bình luận đã bị đóng.</p></div>'
        path = self.article_path(item)
        comments = self.comments(item)
        listing = ""
        if comments:
            rows = "".join(
                f'<li id="comment-{c["id"]}" class="comment even thread-even depth-1"><div class='
                '"wp-block-group is-layout-flow"><div class="wp-block-comment-author-name">'
                f'{esc(c["name"])}</div><div class="wp-block-comment-date"><time datetime="'
                f'{iso_vn(c["date"])}"><a href="{esc(path)}#comment-{c["id"]}">{dmy(c["date"])} '
                f'lúc {c["date"]:%H:%M}</a></time></div><div class="wp-block-comment-content"><p>'
                f'{esc(c["text"])}</p></div><div class="wp-block-comment-reply-link"><a rel='
                f'"nofollow" class="comment-reply-link" href="{esc(path)}?replytocom={c["id"]}#'
                f'respond" data-commentid="{c["id"]}" data-postid="{item.number}" data-below'
                f'element="comment-{c["id"]}" data-respondelement="respond" aria-label="Trả lời '
                f'{esc(c["name"])}">Trả lời</a></div></div></li>'
                for c in comments
            )
            listing = (
                f'<h2 class="wp-block-comments-title">{len(comments)} phản hồi tới &#8220;'
                f'{wp_text(item.title)}&#8221;</h2><ol class="wp-block-comment-template">{rows}</ol>'
            )
        return f"""<div class="wp-block-comments">{listing}
<div id="respond" class="comment-respond wp-block-post-comments-form">
<h3 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="{esc(path)}#respond" style="display:none;">Hủy</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" required /></p>
<p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='{item.number}' id='comment_post_ID' /></p>
</form></div></div>"""

    def article_graph(self, item: Item, request: Request) -> dict[str, Any]:
        base = request.base_url
        url = base + self.article_path(item)
        nicename, account, user_id = self.account(item)
        person = f"{base}/#/schema/person/{stable_token(nicename, 32, '0123456789abcdef')}"
        modified = self.modified_of(item, request.revision) or item.published
        article: dict[str, Any] = {
            "@type": "Article",
            "@id": f"{url}#article",
            "isPartOf": {"@id": url},
            "author": {"name": account, "@id": person},
            "headline": item.title,
            "datePublished": utc_iso(item.published),
            "dateModified": utc_iso(modified),
            "mainEntityOfPage": {"@id": url},
            "wordCount": self.words(item, request.revision),
            "commentCount": len(self.comments(item)),
            "publisher": {"@id": f"{base}/#organization"},
            "keywords": self.tags(item, request.revision),
            "articleSection": [item.section.name],
            "inLanguage": "vi",
        }
        page: dict[str, Any] = {
            "@type": "WebPage",
            "@id": url,
            "url": url,
            "name": f"{item.title} - {self.portal.name}",
            "isPartOf": {"@id": f"{base}/#website"},
            "datePublished": utc_iso(item.published),
            "dateModified": utc_iso(modified),
            "breadcrumb": {"@id": f"{url}#breadcrumb"},
            "inLanguage": "vi",
            "potentialAction": [{"@type": "ReadAction", "target": [url]}],
        }
        pieces: list[dict[str, Any]] = [article, page]
        if item.images:
            image = f"{base}{self.image_src(item, 0)}.jpg"
            article["image"] = {"@id": f"{url}#primaryimage"}
            article["thumbnailUrl"] = image
            page["primaryImageOfPage"] = {"@id": f"{url}#primaryimage"}
            page["thumbnailUrl"] = image
            pieces.append(
                {
                    "@type": "ImageObject",
                    "inLanguage": "vi",
                    "@id": f"{url}#primaryimage",
                    "url": image,
                    "contentUrl": image,
                    "width": 1280,
                    "height": 853,
                }
            )
        if self.comments_open(item):
            article["potentialAction"] = [
                {"@type": "CommentAction", "name": "Comment", "target": [f"{url}#respond"]}
            ]
        pieces.append(
            {
                "@type": "BreadcrumbList",
                "@id": f"{url}#breadcrumb",
                "itemListElement": [
                    {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                    {
                        "@type": "ListItem",
                        "position": 2,
                        "name": self.news.name,
                        "item": base + self.category_path(self.news),
                    },
                    {
                        "@type": "ListItem",
                        "position": 3,
                        "name": item.section.name,
                        "item": base + self.category_path(item.section),
                    },
                    {"@type": "ListItem", "position": 4, "name": item.title},
                ],
            }
        )
        pieces += self.graph_base(request)
        pieces.append(
            {
                "@type": "Person",
                "@id": person,
                "name": account,
                "image": {
                    "@type": "ImageObject",
                    "inLanguage": "vi",
                    "@id": f"{base}/#/schema/person/image/",
                    "url": f"https://secure.gravatar.com/avatar/{stable_token(account, 32, '0123456789abcdef')}?s=96&d=mm&r=g",
                    "caption": account,
                },
                "url": f"{base}/author/{nicename}/",
            }
        )
        return {"@context": "https://schema.org", "@graph": pieces}

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        base = request.base_url
        path = self.article_path(item)
        url = base + path
        nicename, account, _ = self.account(item)
        modified = self.modified_of(item, revision)
        minutes = self.reading_minutes(item, revision)
        extra = (
            f'<meta property="og:description" content="{self.excerpt(item, revision, 30)}" />\n'
            f'<meta property="article:publisher" content="https://www.facebook.com/sokhcnvanlinh" />\n'
            f'<meta property="article:published_time" content="{utc_iso(item.published)}" />\n'
        )
        if modified:
            extra += f'<meta property="article:modified_time" content="{utc_iso(modified)}" />\n'
        if item.images:
            extra += (
                f'<meta property="og:image" content="{base}{self.image_src(item, 0)}.jpg" />\n'
                '<meta property="og:image:width" content="1280" />\n'
                '<meta property="og:image:height" content="853" />\n'
                '<meta property="og:image:type" content="image/jpeg" />\n'
            )
        extra += (
            f'<meta name="author" content="{esc(account)}" />\n'
            '<meta name="twitter:label1" content="Được viết bởi" />\n'
            f'<meta name="twitter:data1" content="{esc(account)}" />\n'
            '<meta name="twitter:label2" content="Ước tính thời gian đọc" />\n'
            f'<meta name="twitter:data2" content="{minutes} phút" />\n'
        )
        embed = quote(url, safe="")
        links = (
            f'<link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/'
            f'v2/posts/{item.number}" />\n'
            f"<link rel='shortlink' href='{base}/?p={item.number}' />\n"
            f'<link rel="alternate" title="oNhúng (JSON)" type="application/json+oembed" href="'
            f'{base}/wp-json/oembed/1.0/embed?url={embed}" />\n'
            f'<link rel="alternate" title="oNhúng (XML)" type="text/xml+oembed" href="{base}/wp-'
            f'json/oembed/1.0/embed?url={embed}&#038;format=xml" />\n'
        )
        feed = None
        if self.comments_open(item):
            feed = (f"{item.title} Dòng phản hồi", path + "feed/")
        robots = (
            "noindex, follow"
            if "replytocom" in request.params
            else "index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1"
        )
        head = self.seo_head(
            request,
            item.title,
            path,
            graph=self.article_graph(item, request),
            extra=extra,
            robots=robots,
            feed=feed,
            links=links,
        )
        crumbs = self.breadcrumbs(
            [
                ("Trang chủ", "/"),
                (self.news.name, self.category_path(self.news)),
                (item.section.name, self.category_path(item.section)),
                (item.title, None),
            ]
        )
        edited = ""
        if modified:
            edited = (
                '<div class="wp-block-group is-layout-flex"><p class="has-small-font-size">Cập '
                'nhật:</p><div class="wp-block-post-date wp-block-post-date__modified-date has-'
                f'small-font-size"><time datetime="{iso_vn(modified)}">{dmy(modified)}</time>'
                "</div></div>"
            )
        tags = self.tags(item, revision)
        tag_links = '<span class="wp-block-post-terms__separator">, </span>'.join(
            f'<a href="/tag/{slugify(t)}/" rel="tag">{esc(t)}</a>' for t in tags
        )
        tag_block = (
            '<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__'
            f'prefix">Từ khóa: </span>{tag_links}</div>'
            if tags
            else ""
        )
        newer = [it for it in self.posts if it.published > item.published]
        older = [it for it in self.posts if it.published < item.published]
        navigation = ""
        if older:
            navigation += (
                '<div class="post-navigation-link-previous wp-block-post-navigation-link"><span '
                'class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden='
                f'"true">←</span><a href="{esc(self.article_path(older[0]))}" rel="prev">'
                f"{wp_text(older[0].title)}</a></div>"
            )
        if newer:
            navigation += (
                '<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="'
                f'{esc(self.article_path(newer[-1]))}" rel="next">{wp_text(newer[-1].title)}</a>'
                '<span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-'
                'hidden="true">→</span></div>'
            )
        content = self.content_html(item, revision)
        main = f"""{crumbs}
<div class="taxonomy-category wp-block-post-terms"><a href="{esc(self.category_path(item.section))}" rel="tag">{wp_text(item.section.name)}</a></div>
<h1 class="wp-block-post-title">{wp_text(item.title)}</h1>
<div class="wp-block-group post-meta has-small-font-size is-layout-flex wp-block-group-is-layout-flex">
<div class="wp-block-post-date"><time datetime="{iso_vn(item.published)}">{dmy(item.published)}</time></div>
{edited}<div class="wp-block-post-author-name"><span class="wp-block-post-author-name__prefix">Đăng bởi </span><a href="/author/{nicename}/" target="_self" class="wp-block-post-author-name__link">{esc(account)}</a></div>
<p class="print-link"><a href="{esc(path)}print/" title="In bài viết" rel="nofollow">In bài viết</a></p>
</div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">{self.reading_time(item, revision)}
{content}

{self.views_html(item, seed)}{self.share_html(item, url)}</div>
{tag_block}
{self.related_html(item)}
<nav class="wp-block-group post-navigation is-content-justification-space-between is-layout-flex" aria-label="Bài viết">{navigation}</nav>
{self.comments_html(item)}
{self.same_category_html(item, request)}"""
        body_class = (
            f"post-template-default single single-post postid-{item.number} single-format-standard"
        )
        return self.frame(head, body_class, main, request)

    # -- pages, print, embed, errors

    def page_html(self, slug: str, request: Request) -> str:
        ident, title, paragraphs = PAGES[slug]
        body = "\n\n".join(f"<p>{wp_text(p)}</p>" for p in paragraphs)
        if slug == "lien-he":
            body += (
                f"\n\n<p>Địa chỉ: {wp_text(self.portal.address)}<br>Điện thoại: "
                f"{esc(self.portal.phone)}</p>\n\n"
                '<div class="wpcf7 no-js" id="wpcf7-f58-p11-o1" lang="vi" dir="ltr"><form action='
                '"/lien-he/#wpcf7-f58-p11-o1" method="post" class="wpcf7-form init" novalidate>'
                '<p><label>Họ và tên<br /><input size="40" class="wpcf7-form-control wpcf7-text" '
                'name="your-name" value="" type="text" /></label></p><p><label>Email<br /><input '
                'size="40" class="wpcf7-form-control wpcf7-email" name="your-email" value="" '
                'type="email" /></label></p><p><label>Nội dung<br /><textarea cols="40" rows="10" '
                'class="wpcf7-form-control wpcf7-textarea" name="your-message"></textarea></label>'
                '</p><p><input class="wpcf7-form-control wpcf7-submit has-spinner" type="submit" '
                'value="Gửi" /></p></form></div>'
            )
        base = request.base_url
        url = f"{base}/{slug}/"
        published = datetime(2020, 6, 12, 9, 30) + timedelta(days=ident)
        modified = published + timedelta(days=140 + 3 * ident, hours=ident)
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "WebPage",
                    "@id": url,
                    "url": url,
                    "name": f"{title} - {self.portal.name}",
                    "isPartOf": {"@id": f"{base}/#website"},
                    "datePublished": utc_iso(published),
                    "dateModified": utc_iso(modified),
                    "breadcrumb": {"@id": f"{url}#breadcrumb"},
                    "inLanguage": "vi",
                },
                {
                    "@type": "BreadcrumbList",
                    "@id": f"{url}#breadcrumb",
                    "itemListElement": [
                        {
                            "@type": "ListItem",
                            "position": 1,
                            "name": "Trang chủ",
                            "item": f"{base}/",
                        },
                        {"@type": "ListItem", "position": 2, "name": title},
                    ],
                },
                *self.graph_base(request),
            ],
        }
        extra = f'<meta property="article:modified_time" content="{utc_iso(modified)}" />\n'
        links = (
            f'<link rel="alternate" title="JSON" type="application/json" href="{base}/wp-json/wp/'
            f"v2/pages/{ident}\" />\n<link rel='shortlink' href='{base}/?p={ident}' />\n"
        )
        head = self.seo_head(request, title, f"/{slug}/", graph=graph, extra=extra, links=links)
        main = (
            f'{self.breadcrumbs([("Trang chủ", "/"), (title, None)])}\n<h1 class="wp-block-post-'
            f'title">{wp_text(title)}</h1>\n<div class="entry-content wp-block-post-content is-'
            f'layout-constrained">{body}</div>'
        )
        return self.frame(head, f"page-template-default page page-id-{ident}", main, request)

    def print_html(self, item: Item, request: Request) -> str:
        """WP-Print's page: the post's content (no plugin additions) under its title."""
        base = request.base_url
        _, account, _ = self.account(item)
        content = self.content_html(item, request.revision)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<title>{wp_text(self.portal.name)} &raquo; In bài viết &raquo; {wp_text(item.title)}</title>
<meta name="Robots" content="noindex, nofollow" />
<link rel="stylesheet" href="/wp-content/plugins/wp-print/css/print-css.css" type="text/css" media="screen, print" />
</head>
<body>
<p style="text-align: center;"><strong>- {wp_text(self.portal.name)} - {base} -</strong></p>
<div class="Center">
<div id="Outline">
<p id="BlogTitle">{wp_text(item.title)}</p>
<p id="BlogDate">Đăng bởi <u>{esc(account)}</u> ngày {dmy(item.published)} @ {item.published:%H:%M} Trong mục <u>{wp_text(item.section.name)}</u></p>
<div id="BlogContent">{content}</div>
</div>
</div>
<hr class="Divider" style="text-align: center;" />
<p>Bài viết in từ {wp_text(self.portal.name)}: <strong dir="ltr">{base}</strong></p>
<p>Địa chỉ bài viết: <strong dir="ltr">{base}{esc(self.article_path(item))}</strong></p>
<p style="text-align: center;">Bản quyền &copy; {self.site_now.year} {wp_text(self.portal.name)}. Giữ toàn quyền.</p>
</body>
</html>
"""

    def embed_html(self, item: Item, request: Request) -> str:
        """The oEmbed template WordPress serves at ``<post>/embed/`` (for other sites' iframes)."""
        base = request.base_url
        href = base + self.article_path(item)
        thumb = self.thumb(item, "800x533")
        image = (
            f'<div class="wp-embed-featured-image rectangular"><a href="{esc(href)}" target="_top">'
            f'<img width="800" height="533" src="{esc(thumb)}" class="attachment-large size-large" '
            'alt="" decoding="async" /></a></div>'
            if thumb
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="vi" class="no-js">
<head>
<title>{wp_text(item.title)} &#8211; {wp_text(self.portal.name)}</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name='robots' content='noindex, follow' />
<link rel="canonical" href="{esc(href)}" />
</head>
<body class="post-template-default single single-post postid-{item.number} single-format-standard">
<div class="wp-embed post-{item.number} post type-post status-publish format-standard hentry">
<p class="wp-embed-heading"><a href="{esc(href)}" target="_top">{wp_text(item.title)}</a></p>
{image}
<div class="wp-embed-excerpt"><p>{self.excerpt(item, request.revision, 55)} <a href="{esc(href)}" class="wp-embed-more" target="_top">Đọc tiếp<span class="screen-reader-text"> &#8220;{wp_text(item.title)}&#8221;</span></a></p></div>
<div class="wp-embed-footer"><div class="wp-embed-site-title"><a href="{base}/" target="_top"><img src="{UPLOADS}/2020/06/logo-sokhcn-32x32.png" width="32" height="32" alt="" class="wp-embed-site-icon" /><span>{wp_text(self.portal.name)}</span></a></div></div>
</div>
</body>
</html>
"""

    def login_html(self) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>Đăng nhập &lsaquo; {wp_text(self.portal.name)} &#8212; WordPress</title>
<meta name='robots' content='noindex, follow' /></head>
<body class="login no-js login-action-login wp-core-ui locale-vi">
<div id="login"><h1><a href="https://vi.wordpress.org/">Được tạo bởi WordPress</a></h1>
<form name="loginform" id="loginform" action="/wp-login.php" method="post">
<p><label for="user_login">Tên người dùng hoặc địa chỉ Email</label><input type="text" name="log" id="user_login" class="input" value="" size="20" /></p>
<div class="user-pass-wrap"><label for="user_pass">Mật khẩu</label><input type="password" name="pwd" id="user_pass" class="input password-input" value="" size="20" /></div>
<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary button-large" value="Đăng nhập" /></p>
</form>
<p id="nav"><a href="/wp-login.php?action=lostpassword">Quên mật khẩu?</a></p>
<p id="backtoblog"><a href="/">&larr; Quay lại {wp_text(self.portal.name)}</a></p></div>
</body></html>
"""

    def error_html(self, status: int) -> str:
        request = Request("/404/", {}, 0, f"{self.portal.id}:err{status}", "")
        if status >= 500:
            return (
                '<!DOCTYPE html>\n<html lang="vi">\n<head><meta charset="UTF-8"><title>Lỗi '
                'WordPress</title></head>\n<body id="error-page"><div class="wp-die-message"><p>Đã '
                "có lỗi nghiêm trọng xảy ra trên trang web này.</p></div></body>\n</html>\n"
            )
        main = (
            '<h1 class="wp-block-heading has-text-align-center">Không tìm thấy trang</h1>\n'
            '<p class="has-text-align-center">Trang bạn tìm không tồn tại hoặc đã được chuyển đi. '
            "Bạn hãy thử tìm kiếm:</p>\n"
            '<form role="search" method="get" action="/" class="wp-block-search"><input class="wp-'
            'block-search__input" type="search" name="s" value="" /><button class="wp-block-search'
            '__button wp-element-button" type="submit">Tìm kiếm</button></form>'
        )
        head = (
            "<meta name='robots' content='noindex, follow' />\n"
            f"<title>Không tìm thấy trang - {wp_text(self.portal.name)}</title>"
        )
        return self.frame(head, "error404", main, request)

    # -- feeds, sitemaps, REST

    def xml_response(self, xml: str, content_type: str = "application/xml") -> Response:
        headers = {"Content-Type": f"{content_type}; charset=UTF-8", **self.family_headers}
        return Response(200, headers, xml.encode("utf-8"))

    def json_response(self, data: Any, status: int = 200) -> Response:
        headers = {
            "Content-Type": "application/json; charset=UTF-8",
            "X-Robots-Tag": "noindex",
            "Link": '<http://api.w.org/>; rel="https://api.w.org/"',
            **self.family_headers,
        }
        return Response(status, headers, json.dumps(data, ensure_ascii=False).encode("utf-8"))

    def feed_response(
        self, items: list[Item], self_path: str, suffix: str, request: Request
    ) -> Response:
        base = request.base_url
        revision = request.revision
        newest = max(
            ((self.modified_of(it, revision) or it.published) for it in items),
            default=self.site_now,
        )
        entries = []
        for it in items:
            url = base + self.article_path(it)
            cats = "".join(
                f"\n\t\t<category><![CDATA[{s.name}]]></category>" for s in (self.news, it.section)
            )
            cats += "".join(
                f"\n\t\t<category><![CDATA[{t}]]></category>" for t in self.tags(it, revision)
            )
            entries.append(
                f"""	<item>
		<title>{wp_text(it.title)}</title>
		<link>{esc(url)}</link>
		<comments>{esc(url)}#respond</comments>
		<dc:creator><![CDATA[{self.account(it)[1]}]]></dc:creator>
		<pubDate>{rss_date(it.published)}</pubDate>{cats}
		<guid isPermaLink="false">{base}/?p={it.number}</guid>
		<description><![CDATA[{self.excerpt(it, revision, 55)}]]></description>
		<content:encoded><![CDATA[{self.content_html(it, revision)}]]></content:encoded>
		<wfw:commentRss>{esc(url)}feed/</wfw:commentRss>
		<slash:comments>{len(self.comments(it))}</slash:comments>
	</item>
"""
            )
        xml = f"""<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>{wp_text(self.portal.name)}{wp_text(suffix)}</title>
	<atom:link href="{base}{self_path}" rel="self" type="application/rss+xml" />
	<link>{base}</link>
	<description>Trang thông tin điện tử {wp_text(self.portal.name)}</description>
	<lastBuildDate>{rss_date(newest)}</lastBuildDate>
	<language>vi</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v={WP_VERSION}</generator>
{"".join(entries)}</channel>
</rss>
"""
        return self.xml_response(xml, "application/rss+xml")

    def comments_feed(self, request: Request) -> Response:
        base = request.base_url
        entries = []
        for it in self.posts:
            for c in self.comments(it):
                url = f"{base}{self.article_path(it)}#comment-{c['id']}"
                entries.append(
                    f"\t<item>\n\t\t<title>Bình luận trong {wp_text(it.title)} bởi "
                    f"{esc(c['name'])}</title>\n\t\t<link>{esc(url)}</link>\n"
                    f"\t\t<dc:creator><![CDATA[{c['name']}]]></dc:creator>\n"
                    f"\t\t<pubDate>{rss_date(c['date'])}</pubDate>\n"
                    f"\t\t<description><![CDATA[{c['text']}]]></description>\n\t</item>\n"
                )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/'
            'dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"\t<title>Bình luận cho {wp_text(self.portal.name)}</title>\n"
            f'\t<atom:link href="{base}/comments/feed/" rel="self" type="application/rss+xml" />\n'
            f"\t<link>{base}</link>\n\t<language>vi</language>\n{''.join(entries[:PER_FEED])}"
            "</channel>\n</rss>\n"
        )
        return self.xml_response(xml, "application/rss+xml")

    def post_comments_feed(self, item: Item, request: Request) -> Response:
        url = request.base_url + self.article_path(item)
        entries = "".join(
            f"\t<item>\n\t\t<title>Bởi: {esc(c['name'])}</title>\n"
            f"\t\t<link>{esc(url)}#comment-{c['id']}</link>\n"
            f"\t\t<pubDate>{rss_date(c['date'])}</pubDate>\n"
            f"\t\t<description><![CDATA[{c['text']}]]></description>\n\t</item>\n"
            for c in self.comments(item)
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:atom="http://www.w3.'
            'org/2005/Atom">\n<channel>\n'
            f"\t<title>Bình luận trong: {wp_text(item.title)}</title>\n"
            f'\t<atom:link href="{esc(url)}feed/" rel="self" type="application/rss+xml" />\n'
            f"\t<link>{esc(url)}</link>\n\t<language>vi</language>\n{entries}</channel>\n</rss>\n"
        )
        return self.xml_response(xml, "application/rss+xml")

    def sitemap(self, path: str, request: Request) -> str | None:
        """Yoast's sitemaps: an index and one list per content type."""
        base = request.base_url
        revision = request.revision
        head = (
            '<?xml version="1.0" encoding="UTF-8"?><?xml-stylesheet type="text/xsl" href="//'
            f'{base.split("://", 1)[1]}/main-sitemap.xsl"?>\n'
        )
        newest = (
            iso_vn(max((self.modified_of(it, revision) or it.published) for it in self.posts))
            if self.posts
            else ""
        )
        if path == "/sitemap_index.xml":
            names = ["post", "page", "category", "post_tag", "author"]
            maps = "\n".join(
                f"\t<sitemap>\n\t\t<loc>{base}/{name}-sitemap.xml</loc>\n\t\t<lastmod>{newest}"
                "</lastmod>\n\t</sitemap>"
                for name in names
            )
            return (
                head + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                f"{maps}\n</sitemapindex>\n<!-- XML Sitemap generated by Yoast SEO -->"
            )
        name = path[1:].removesuffix("-sitemap.xml")
        rows: list[tuple[str, str, str]] = []
        if name == "post":
            for it in reversed(self.posts):
                image = f"{base}{self.image_src(it, 0)}.jpg" if it.images else ""
                stamp = iso_vn(self.modified_of(it, revision) or it.published)
                rows.append((base + self.article_path(it), stamp, image))
        elif name == "page":
            rows.append((f"{base}/", "", ""))
            rows.append((f"{base}/{BLOG_SLUG}/", newest, ""))
            rows += [(f"{base}/{slug}/", "", "") for slug in PAGES]
        elif name == "category":
            rows = [
                (base + self.category_path(s), newest, "")
                for s in [self.news, *self.sections.values()]
            ]
        elif name == "post_tag":
            used = {t for it in self.posts for t in self.tags(it, revision)}
            rows = [(f"{base}/tag/{slugify(t)}/", newest, "") for t in TAGS if t in used]
        elif name == "author":
            used = {self.account(it)[0] for it in self.posts}
            rows = [(f"{base}/author/{n}/", newest, "") for n, _, _ in ACCOUNTS if n in used]
        else:
            return None
        urls = "\n".join(
            f"\t<url>\n\t\t<loc>{esc(loc)}</loc>\n"
            + (f"\t\t<lastmod>{stamp}</lastmod>\n" if stamp else "")
            + (
                f"\t\t<image:image>\n\t\t\t<image:loc>{image}</image:loc>\n\t\t</image:image>\n"
                if image
                else ""
            )
            + "\t</url>"
            for loc, stamp, image in rows
        )
        return (
            head + '<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:image="'
            'http://www.google.com/schemas/sitemap-image/1.1" xsi:schemaLocation="http://www.'
            "sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap"
            ".xsd http://www.google.com/schemas/sitemap-image/1.1 http://www.google.com/schemas/"
            'sitemap-image/1.1/sitemap-image.xsd" xmlns="http://www.sitemaps.org/schemas/sitemap/'
            f'0.9">\n{urls}\n</urlset>\n<!-- XML Sitemap generated by Yoast SEO -->'
        )

    def rsd(self, request: Request) -> Response:
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?><rsd version="1.0" xmlns="http://archipelago.'
            'phrasewise.com/rsd">\n<service>\n<engineName>WordPress</engineName>\n<engineLink>'
            f"https://wordpress.org/</engineLink>\n<homePageLink>{request.base_url}</homePageLink>\n"
            '<apis>\n<api name="WordPress" blogID="1" preferred="true" apiLink="'
            f'{request.base_url}/xmlrpc.php" />\n</apis>\n</service>\n</rsd>\n'
        )
        return self.xml_response(xml, "text/xml")

    def rest(self, request: Request) -> Response:
        """The REST API, open to visitors as WordPress leaves it: the index, posts, pages,
        categories and oEmbed."""
        base = request.base_url
        path = request.path.rstrip("/")
        if path == "/wp-json":
            return self.json_response(
                {
                    "name": self.portal.name,
                    "description": f"Trang thông tin điện tử {self.portal.name}",
                    "url": base,
                    "home": base,
                    "gmt_offset": "7",
                    "timezone_string": "Asia/Ho_Chi_Minh",
                    "namespaces": ["oembed/1.0", "wp/v2", "yoast/v1", "jetpack/v4"],
                    "routes": {"/wp/v2/posts": {}, "/wp/v2/pages": {}, "/wp/v2/categories": {}},
                }
            )
        match = re.fullmatch(r"/wp-json/wp/v2/posts/(\d+)", path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            if item is None or item.kind != "article":
                return self.json_response(
                    {"code": "rest_post_invalid_id", "message": "ID bài viết không hợp lệ.",
                     "data": {"status": 404}},
                    404,
                )  # fmt: skip
            return self.json_response(self.rest_post(item, request))
        match = re.fullmatch(r"/wp-json/wp/v2/pages/(\d+)", path)
        if match:
            for slug, (ident, title, paragraphs) in PAGES.items():
                if ident == int(match.group(1)):
                    return self.json_response(
                        {
                            "id": ident,
                            "slug": slug,
                            "type": "page",
                            "link": f"{base}/{slug}/",
                            "title": {"rendered": title},
                            "content": {
                                "rendered": "\n".join(f"<p>{wp_text(p)}</p>" for p in paragraphs),
                                "protected": False,
                            },
                        }
                    )
        if path == "/wp-json/oembed/1.0/embed":
            target = request.params.get("url", "").removeprefix(base)
            item = self.by_path.get(target)
            if item is None or item.kind != "article":
                return self.json_response(
                    {"code": "oembed_invalid_url", "message": "Không tìm thấy", "data":
                     {"status": 404}},
                    404,
                )  # fmt: skip
            href = base + self.article_path(item)
            data = {
                "version": "1.0",
                "provider_name": self.portal.name,
                "provider_url": base,
                "author_name": self.account(item)[1],
                "author_url": f"{base}/author/{self.account(item)[0]}/",
                "title": item.title,
                "type": "rich",
                "width": 600,
                "height": 338,
                "html": f'<blockquote class="wp-embedded-content"><a href="{href}">'
                f'{wp_text(item.title)}</a></blockquote><iframe sandbox="allow-scripts" '
                f'security="restricted" src="{href}embed/#?secret=x2Kf9" width="600" '
                'height="338" frameborder="0" class="wp-embedded-content"></iframe>',
            }
            if request.params.get("format") == "xml":
                fields = "".join(f"<{k}>{esc(v)}</{k}>" for k, v in data.items())
                return self.xml_response(
                    f'<?xml version="1.0"?>\n<oembed>{fields}</oembed>\n', "text/xml"
                )
            return self.json_response(data)
        return self.json_response(
            {"code": "rest_no_route", "message": "Không tìm thấy route phù hợp với URL và phương "
             "thức yêu cầu.", "data": {"status": 404}},
            404,
        )  # fmt: skip

    def rest_post(self, item: Item, request: Request) -> dict[str, Any]:
        base = request.base_url
        revision = request.revision
        modified = self.modified_of(item, revision) or item.published
        tags = self.tags(item, revision)
        return {
            "id": item.number,
            "date": item.published.isoformat(),
            "date_gmt": utc_iso(item.published)[:19],
            "guid": {"rendered": f"{base}/?p={item.number}"},
            "modified": modified.isoformat(),
            "modified_gmt": utc_iso(modified)[:19],
            "slug": self.slugs[item.key],
            "status": "publish",
            "type": "post",
            "link": base + self.article_path(item),
            "title": {"rendered": wp_text(item.title)},
            "content": {"rendered": self.content_html(item, revision), "protected": False},
            "excerpt": {
                "rendered": f"<p>{self.excerpt(item, revision, 55)}</p>\n",
                "protected": False,
            },
            "author": self.account(item)[2],
            "featured_media": item.number + 1 if item.images else 0,
            "comment_status": "open" if self.comments_open(item) else "closed",
            "ping_status": "closed",
            "sticky": item in self.sticky,
            "template": "",
            "format": "standard",
            "categories": [item.section.id],
            "tags": [self.tag_id(t) for t in tags],
            "_links": {
                "self": [{"href": f"{base}/wp-json/wp/v2/posts/{item.number}"}],
                "collection": [{"href": f"{base}/wp-json/wp/v2/posts"}],
            },
        }
