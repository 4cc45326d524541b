"""A provincial portal on NukeViet 4 dressed in a theme bought from a Vietnamese theme shop.

NukeViet 4 (the Vietnamese open-source PHP CMS) keeps its own URL shapes and the markup of its
modules (``news``, ``page``, ``laws``, ``comment``, ``contact``, ``feeds``); the theme shop's
theme (``/themes/egov-xanh/``) wraps them in a mega menu whose panels list each category's
latest articles, a slider of the "Tin nổi bật" group, a marquee ticker of headlines, today's
date in the header, visitor counters, a "Kết quả giải quyết TTHC" box, a "Xem theo ngày" form
and banners. The theme moved NukeViet's author field from the foot of the article to the meta
line under the title; editors who leave that field empty sign the text's last line instead.

URL shapes (rewrite on, language in the path):

- home ``/`` (also ``/vi/``, ``/index.php``); the news module's main page ``/vi/news/`` (each
  category's latest articles, no pager);
- category ``/vi/news/<Category-Alias>/``, page N ``/vi/news/<Category-Alias>/page-N``; the
  parent category "Tin tức - Sự kiện" ``/vi/news/Tin-tuc-Su-kien/`` lists every article;
- article ``/vi/news/<Category-Alias>/<alias>-<id>.html``; a wrong category or alias with a
  known id answers 301 with the canonical address (as NukeViet's ``detail.php`` does);
- print view ``/vi/news/print/<Category-Alias>/<alias>-<id>.html`` (a real link in this theme),
  "Lưu bài viết" ``/vi/news/savefile/...`` (the print page as an attachment), "Gửi email"
  ``/vi/news/sendmail/...`` (a popup opened by script only);
- tags ``/vi/news/tag/<tag-alias>``, topics ``/vi/news/topic/<Topic-Alias>``, block groups
  ``/vi/news/groups/<Group-Alias>/``, each paged with ``/page-N``;
- RSS ``/vi/news/rss/`` and ``/vi/news/rss/<Category-Alias>/``, the feeds list ``/vi/feeds/``;
  sitemaps ``/sitemap.xml`` → ``/vi/news/sitemap.xml``, ``/vi/page/sitemap.xml``;
- search by date ``/vi/news/search/?from_date=dd/mm/yyyy&to_date=...&catid=N``;
- old-style links some blocks still print: ``/index.php?language=vi&nv=news&op=<Cat>/<alias>-<id>``
  (301 to the article), ``...&op=<Cat>`` (301 to the category), banners
  ``/index.php?language=vi&nv=banners&op=click&id=N`` (302 to other sites);
- module pages: ``/vi/page/<Alias>.html``, ``/vi/laws/`` and ``/vi/laws/detail/<alias>-<id>.html``
  (a legal document's fields table, dated, with its PDF), ``/vi/contact/``, ``/vi/users/login/``,
  ``/vi/seek/``.

Hazards: the lead is NukeViet's ``hometext`` in its own ``<div class="hometext">`` above the
``bodytext`` (bold by the theme's CSS), on half of the articles opened by the portal's tag
(``lead_prefix``, "(Cổng TTĐT Ngọc Lĩnh) - "), and on some pasted again as the first paragraph of the body; the
article's photo is either NukeViet's home image (a ``<figure>`` between the lead and the body)
or an image the editor put in the body (CKEditor's ``<figure class="image">`` or a centred
``<p><img></p>`` with an ``<em>`` caption paragraph); the author in the meta line under the
title ("Tác giả: …") on some articles, a bold right-aligned name closing the body on others;
"Nguồn tin:" under the body; ``article:published_time`` written with PHP's ``T`` unescaped
(``2021-01-04+0707:41:00``); today's date in the header; readers' comments with their dates,
"Đánh giá bài viết" stars, tags, "Các tin khác" (the topic), "Tin mới hơn" and "Tin cũ hơn"
lists with dates in parentheses; the slider and the listings repeat the leads; print and
savefile copies of every article; dated legal-document pages; one listed article is gone (404).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
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
    body_blocks,
    dmy,
    esc,
    listing_date,
    page_number,
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
from dtcrawl.demo.portals import PortalDef

HOME = "/vi/"
NEWS = "/vi/news/"
THEME = "/themes/egov-xanh"
RSS_ITEMS = 20

_ARTICLE = re.compile(r"^/vi/news/([A-Za-z0-9-]+)/([A-Za-z0-9-]*?)-(\d+)\.html$")
_TOOL = re.compile(
    r"^/vi/news/(print|savefile|sendmail)/([A-Za-z0-9-]+)/([A-Za-z0-9-]*?)-(\d+)\.html$"
)
_LISTING = re.compile(r"^/vi/news/([A-Za-z0-9-]+)(?:/|/page-(\d+))?$")
_TAG = re.compile(r"^/vi/news/tag/([a-z0-9-]+)(?:/page-(\d+))?/?$")
_TOPIC = re.compile(r"^/vi/news/topic/([A-Za-z0-9-]+)(?:/page-(\d+))?/?$")
_GROUP = re.compile(r"^/vi/news/groups/([A-Za-z0-9-]+)(?:/|/page-(\d+))?$")
_RSS = re.compile(r"^/vi/news/rss/(?:([A-Za-z0-9-]+)/?)?$")
_OLD_OP = re.compile(r"^([A-Za-z0-9-]+)/([A-Za-z0-9-]*?)-(\d+)(?:\.html)?$")
_LAW = re.compile(r"^/vi/laws/detail/([a-z0-9-]+)-(\d+)\.html$")
_PAGE = re.compile(r"^/vi/page/([A-Za-z0-9-]+)\.html$")

#: Tags the editors attach: (keyword, words of the text that make them choose it).
TAG_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("chuyển đổi số", ("chuyển đổi số",)),
    ("dịch vụ công trực tuyến", ("dịch vụ công",)),
    ("chữ ký số", ("ký số",)),
    ("an toàn thông tin", ("an toàn thông tin",)),
    ("thương mại điện tử", ("thương mại điện tử", "chợ số")),
    ("hạ tầng số", ("băng rộng", "đám mây")),
    ("định danh điện tử", ("định danh",)),
    ("thanh toán không dùng tiền mặt", ("mã QR", "hóa đơn điện tử")),
    ("giáo dục số", ("học bạ số",)),
    ("sản phẩm OCOP", ("OCOP",)),
)
#: The news module's topics ("chủ đề"): alias, title.
TOPICS = (
    ("Chuong-trinh-chuyen-doi-so-tinh-Ngoc-Linh", "Chương trình chuyển đổi số tỉnh Ngọc Lĩnh"),
    ("Dua-dich-vu-cong-den-nguoi-dan", "Đưa dịch vụ công trực tuyến đến người dân"),
)
#: The block group whose articles the slider and the "Tin nổi bật" box show.
GROUP = ("Tin-noi-bat", "Tin nổi bật")

COMMENTERS = ("Trần Văn Lợi", "Hoàng Thị Mai", "Lò Văn Khánh", "Nguyễn Minh Đức", "Phạm Thu Trang")
COMMENTS = (
    "Mô hình rất thiết thực, mong tỉnh sớm nhân rộng về các xã vùng sâu để bà con cùng được "
    "hưởng lợi.",
    "Tôi đã thử nộp hồ sơ qua mạng, nhanh hơn đi lại nhiều. Cảm ơn cán bộ bộ phận một cửa đã "
    "hướng dẫn tận tình.",
    "Đề nghị Ban biên tập đăng thêm bài hướng dẫn từng bước cách cài đặt và sử dụng ứng dụng "
    "cho người lớn tuổi.",
    "Ở thôn tôi sóng điện thoại còn chập chờn, mong các nhà mạng quan tâm lắp thêm trạm phát sóng.",
    "Thông tin hữu ích, tôi sẽ chia sẻ cho các hộ kinh doanh trong khu phố cùng tham gia.",
)
EDITOR_REPLY = (
    "Cảm ơn bạn đã quan tâm. Ý kiến của bạn đã được chuyển đến cơ quan chuyên môn để xem xét, "
    "trả lời."
)

#: The "page" module's pages: alias → (title, paragraphs).
STATIC_PAGES = {
    "Gioi-thieu-chung": (
        "Giới thiệu chung về tỉnh Ngọc Lĩnh",
        (
            "Ngọc Lĩnh là tỉnh miền núi nằm ở thượng nguồn sông Lĩnh, có đường biên giới dài "
            "hơn 90 km, địa hình chia cắt bởi nhiều dãy núi cao và thung lũng hẹp.",
            "Toàn tỉnh có 8 huyện, 1 thành phố với 151 xã, phường, thị trấn; dân số gần 800 nghìn "
            "người thuộc 19 dân tộc cùng sinh sống.",
            "Tỉnh chú trọng phát triển nông nghiệp hàng hóa, du lịch sinh thái và lấy chuyển đổi "
            "số làm khâu đột phá trong cải cách hành chính.",
        ),
    ),
    "Co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        (
            "Ủy ban nhân dân tỉnh gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên là người đứng đầu "
            "các sở, ban, ngành.",
            "Giúp việc Ủy ban nhân dân tỉnh có 19 cơ quan chuyên môn và Văn phòng Ủy ban nhân dân "
            "tỉnh.",
        ),
    ),
}

#: The "laws" module's documents: number, kind, issued, signer, summary.
LAWS = (
    ("45/2020/QĐ-UBND", "Quyết định", "2020-12-10", "Lưu Đức Toàn",
     "Ban hành Quy chế quản lý, vận hành Cổng thông tin điện tử tỉnh Ngọc Lĩnh"),
    ("1520/QĐ-UBND", "Quyết định", "2020-12-28", "Hà Văn Sinh",
     "Phê duyệt Kế hoạch chuyển đổi số tỉnh Ngọc Lĩnh năm 2021"),
    ("3871/UBND-KGVX", "Công văn", "2020-12-30", "Hà Văn Sinh",
     "Về việc đẩy mạnh thanh toán không dùng tiền mặt trong thu phí, lệ phí"),
    ("02/CT-UBND", "Chỉ thị", "2021-01-05", "Lưu Đức Toàn",
     "Về tăng cường bảo đảm an toàn thông tin mạng trong các cơ quan nhà nước"),
    ("07/KH-UBND", "Kế hoạch", "2021-01-06", "Hà Văn Sinh",
     "Triển khai cung cấp dịch vụ công trực tuyến mức độ 3, 4 năm 2021"),
)  # fmt: skip

BANNERS = (
    (1, "Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn/p/home/dvc-trang-chu.html"),
    (2, "Hệ thống văn bản quy phạm pháp luật", "https://vbpl.vn/Pages/portal.aspx"),
    (3, "Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn/"),
)
PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


# ---------------------------------------------------------------- dates


def nv_date(moment: datetime) -> str:
    """NukeViet's date of an article under its title.

    >>> nv_date(datetime(2021, 1, 4, 7, 41))
    'Thứ hai - 04/01/2021 07:41'
    """
    return f"{weekday(moment, lower=True)} - {dmy(moment)} {moment:%H:%M}"


def list_time(moment: datetime) -> str:
    """The date of an article in the listings.

    >>> list_time(datetime(2021, 1, 4, 7, 41))
    '04/01/2021 07:41'
    """
    return f"{dmy(moment)} {moment:%H:%M}"


def php_t_stamp(moment: datetime) -> str:
    """NukeViet's ``date('Y-m-dTH:i:s')``: PHP reads the unescaped ``T`` as the zone's
    abbreviation, which for Asia/Ho_Chi_Minh is "+07" in every time-zone database since 2017.

    >>> php_t_stamp(datetime(2021, 1, 4, 7, 41))
    '2021-01-04+0707:41:00'
    """
    return f"{moment:%Y-%m-%d}+07{moment:%H:%M:%S}"


def rss_date(moment: datetime) -> str:
    """An RFC 822 date with the Vietnam offset.

    >>> rss_date(datetime(2021, 1, 4, 7, 41))
    'Mon, 04 Jan 2021 07:41:00 +0700'
    """
    return format_datetime(moment.replace(tzinfo=VN_TZ))


def parse_dmy(value: str | None) -> datetime | None:
    """A ``dd/mm/yyyy`` date from the "Xem theo ngày" form (None if not one).

    >>> parse_dmy("05/01/2021"), parse_dmy("x")
    (datetime.datetime(2021, 1, 5, 0, 0), None)
    """
    try:
        return datetime.strptime((value or "").strip(), "%d/%m/%Y")
    except ValueError:
        return None


class NvThemeSite(CmsSite):
    """A portal of the ``nvtheme`` family: NukeViet 4 in a theme shop's theme."""

    family_headers = {"Server": "Apache", "X-Powered-By": "PHP/5.6.40"}
    number_base = 2_160
    number_stride = 4
    image_folder = "/uploads/news"

    def __init__(self, portal: PortalDef, articles: Sequence[Any]):
        super().__init__(portal, articles)
        healthy = [it for it in self.items if it.kind == "article"]
        newest = self.items[0].published if self.items else datetime(2021, 1, 1)
        self.today = (newest + timedelta(days=2)).replace(hour=8, minute=0)
        self.tags = {it.key: self.tags_of(it) for it in self.items}
        self.tag_names = {slugify(t): t for names in self.tags.values() for t in names}
        self.topic_of: dict[str, tuple[str, str]] = {}
        for it in healthy:
            pick = stable_int(it.key + "topic", 0, 3)
            if pick < len(TOPICS):
                self.topic_of[it.key] = TOPICS[pick]
        self.group = [it for it in healthy if stable_int(it.key + "group", 0, 2) == 0]
        self.laws = [
            {
                "id": 30 + n,
                "number": number,
                "kind": kind,
                "issued": datetime.fromisoformat(issued),
                "signer": signer,
                "summary": summary,
                "alias": slugify(f"{kind} {number}"),
            }
            for n, (number, kind, issued, signer, summary) in enumerate(LAWS)
        ]

    # -- URLs

    def section_slug(self, name: str) -> str:
        return slugify(name, keep_case=True)

    def alias(self, item: Item) -> str:
        return slugify(item.title)

    def article_path(self, item: Item) -> str:
        return f"{NEWS}{item.section.slug}/{self.alias(item)}-{item.number}.html"

    def tool_path(self, tool: str, item: Item) -> str:
        return f"{NEWS}{tool}/{item.section.slug}/{self.alias(item)}-{item.number}.html"

    def old_link(self, item: Item) -> str:
        """The address old blocks print (NukeViet's link before rewriting)."""
        return f"/index.php?language=vi&nv=news&op={item.section.slug}/{self.alias(item)}-{item.number}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = f"{NEWS}{(section or self.news).slug}/"
        return base if page <= 1 else f"{base}page-{page}"

    def tag_path(self, tag: str, page: int = 1) -> str:
        base = f"{NEWS}tag/{slugify(tag)}"
        return base if page <= 1 else f"{base}/page-{page}"

    def topic_path(self, alias: str, page: int = 1) -> str:
        base = f"{NEWS}topic/{alias}"
        return base if page <= 1 else f"{base}/page-{page}"

    def group_path(self, page: int = 1) -> str:
        base = f"{NEWS}groups/{GROUP[0]}/"
        return base if page <= 1 else f"{base}page-{page}"

    def feed_path(self, section: Section | None = None) -> str:
        return f"{NEWS}rss/" if self.is_news(section) else f"{NEWS}rss/{section.slug}/"

    def law_path(self, law: dict[str, Any]) -> str:
        return f"/vi/laws/detail/{law['alias']}-{law['id']}.html"

    def home_path(self) -> str:
        return "/"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.tool_path("print", it) for it in self.items if it.kind == "article"}

    def extra_paths(self) -> dict[str, str]:
        feeds = {"feed": self.feed_path(), "sitemap": "/sitemap.xml"}
        feeds.update({f"feed:{s.name}": self.feed_path(s) for s in self.sections.values()})
        return feeds

    def robots_txt(self, request: Request) -> str:
        lines = [
            "User-agent: *",
            "Disallow: /admin/",
            "Disallow: /assets/js/",
            "Disallow: /data/",
            "Disallow: /includes/",
            "Disallow: /install/",
            "Disallow: /modules/",
            "Disallow: /vendor/",
            "Disallow: /*.ini$",
            "Disallow: /vi/users/",
            f"Sitemap: {request.base_url}/sitemap.xml",
        ]
        return "\n".join(lines) + "\n"

    # -- the model's extras

    def tags_of(self, item: Item) -> list[str]:
        text = " ".join([item.title, *item.paragraphs])
        found = [tag for tag, words in TAG_WORDS if any(w in text for w in words)]
        if not found:
            return []
        start = stable_int(item.key + "tags", 0, len(found) - 1)
        return (found[start:] + found[:start])[: 1 + stable_int(item.key + "ntags", 0, 2)]

    def author_in_header(self, item: Item) -> bool:
        """Whether the author field is filled (shown under the title); else the text is signed."""
        return bool(item.author) and stable_int(item.key + "byline", 0, 1) == 0

    def lead_tagged(self, item: Item) -> bool:
        return stable_int(item.key + "leadtag", 0, 1) == 0

    def lead_pasted_twice(self, item: Item) -> bool:
        return stable_int(item.key + "twice", 0, 4) == 0

    def photo_style(self, item: Item) -> int:
        """0: NukeViet's home image; 1: CKEditor figure in the text; 2: <p><img> and <em>."""
        return stable_int(item.key + "photo", 0, 2)

    def photo_src(self, item: Item, index: int, thumb: bool = False) -> str:
        folder = "/assets/news" if thumb else self.image_folder
        name = stable_token(item.key + str(index), 8)
        return f"{folder}/{item.published:%Y_%m}/{name}.jpg"

    def hometext(self, item: Item, revision: int) -> str:
        body = item.body(revision)
        lead = body[0] if body else ""
        tag = self.portal.lead_prefix or ""
        return (tag + lead) if self.lead_tagged(item) else lead

    def listed_items(self, items: list[Item]) -> list[Item]:
        return [it for it in items if it.kind == "article"]

    def newer_older(self, item: Item, count: int = 4) -> tuple[list[Item], list[Item]]:
        same = self.listed_items(self.listed(item.section))
        newer = [it for it in same if it.published > item.published]
        older = [it for it in same if it.published < item.published]
        return list(reversed(newer))[:count][::-1], older[:count]

    def topic_items(self, alias: str) -> list[Item]:
        return [it for it in self.items if self.topic_of.get(it.key, ("",))[0] == alias]

    def tagged(self, slug: str) -> list[Item]:
        name = self.tag_names.get(slug)
        return [it for it in self.items if name in self.tags.get(it.key, [])] if name else []

    def comments(self, item: Item) -> list[tuple[str, datetime, str, bool]]:
        """Approved readers' comments: (name, time, text, is the editors' reply)."""
        count = stable_int(item.key + "comments", 0, 5)
        if count > 2:
            return []
        out = []
        for n in range(count):
            when = item.published + timedelta(
                hours=3 + 7 * n, minutes=stable_int(item.key + str(n), 0, 59)
            )
            name = COMMENTERS[stable_int(item.key + "who" + str(n), 0, len(COMMENTERS) - 1)]
            text = COMMENTS[stable_int(item.key + "what" + str(n), 0, len(COMMENTS) - 1)]
            out.append((name, when, text, False))
        if count == 2:
            out.append(("Ban biên tập", out[-1][1] + timedelta(hours=20), EDITOR_REPLY, True))
        return out

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/index.php" and request.params:
            return self.old_style(request)
        if path in ("/", "/vi", HOME, "/index.php", "/vi/index.html"):
            return self.html_response(self.home_html(request))
        if path in ("/vi/news", NEWS):
            return self.html_response(self.news_main_html(request))
        if path == "/sitemap.xml":
            return self.xml_response(self.sitemap_index(request))
        if path == "/vi/news/sitemap.xml":
            return self.xml_response(self.news_sitemap(request))
        if path == "/vi/page/sitemap.xml":
            return self.xml_response(self.page_sitemap(request))
        match = _RSS.match(path)
        if match:
            section = self.section_by_slug(match.group(1)) if match.group(1) else None
            if match.group(1) and section is None:
                return None
            return Response(
                200,
                {"Content-Type": "application/rss+xml; charset=utf-8", **self.family_headers},
                self.rss_xml(section, request).encode("utf-8"),
            )
        match = _TOOL.match(path)
        if match:
            return self.tool_response(match.group(1), int(match.group(4)), request)
        match = _TAG.match(path)
        if match:
            items = self.tagged(match.group(1))
            return self.paged(
                items,
                match.group(2),
                request,
                lambda page, pages, shown: self.list_page_html(
                    f"Từ khóa: {self.tag_names[match.group(1)]}",
                    shown,
                    page,
                    pages,
                    lambda n: self.tag_path(self.tag_names[match.group(1)], n),
                    request,
                ),
            )
        match = _TOPIC.match(path)
        if match:
            items = self.topic_items(match.group(1))
            titles = dict(TOPICS)
            return self.paged(
                items,
                match.group(2),
                request,
                lambda page, pages, shown: self.list_page_html(
                    titles[match.group(1)],
                    shown,
                    page,
                    pages,
                    lambda n: self.topic_path(match.group(1), n),
                    request,
                ),
            )
        match = _GROUP.match(path)
        if match:
            if match.group(1) != GROUP[0]:
                return None
            return self.paged(
                self.group,
                match.group(2),
                request,
                lambda page, pages, shown: self.list_page_html(
                    GROUP[1], shown, page, pages, self.group_path, request
                ),
            )
        if path in ("/vi/news/search", "/vi/news/search/"):
            return self.html_response(self.search_html(request))
        match = _ARTICLE.match(path)
        if match:
            item = self.by_number.get(int(match.group(3)))
            if item is None:
                return None
            canonical = self.article_path(item)
            if path != canonical:
                return self.redirect(request, canonical)
            return self.article_response(item, request)
        match = _LISTING.match(path)
        if match:
            slug, page = match.group(1), page_number(match.group(2))
            if slug == self.news.slug:
                section = None
            else:
                section = self.section_by_slug(slug)
                if section is None or section.slug != slug:
                    return None
            items, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.category_html(section, page, pages, items, request))
        return self.module_page(request)

    def paged(
        self, items: list[Item], page_text: str | None, request: Request, render
    ) -> Response | None:
        if not items:
            return None
        page = page_number(page_text)
        shown, pages = self.page_of(items, page)
        if page > pages:
            return None
        return self.html_response(render(page, pages, shown))

    def redirect(self, request: Request, path: str, status: int = 301) -> Response:
        location = path if path.startswith("http") else request.base_url + path
        body = (
            f'<html><body>Redirect to <a href="{esc(location)}">{esc(location)}</a></body></html>'
        )
        return Response(
            status,
            {
                "Location": location,
                "Content-Type": "text/html; charset=utf-8",
                **self.family_headers,
            },
            body.encode("utf-8"),
        )

    def xml_response(self, text: str) -> Response:
        return Response(
            200,
            {"Content-Type": "application/xml; charset=utf-8", **self.family_headers},
            text.encode("utf-8"),
        )

    def old_style(self, request: Request) -> Response | None:
        """``/index.php?language=vi&nv=…&op=…``: what old blocks and forms still address."""
        params = request.params
        module = params.get("nv", "")
        op = params.get("op", "")
        if not module:
            return self.html_response(self.home_html(request))
        if module == "banners" and op == "click":
            for ident, _, url in BANNERS:
                if params.get("id") == str(ident):
                    return self.redirect(request, url, 302)
            return None
        if module != "news":
            return self.redirect(request, f"/vi/{module}/")
        if not op:
            return self.redirect(request, NEWS)
        if op == "search":
            return self.html_response(self.search_html(request))
        if op == "rss":
            return self.redirect(request, self.feed_path())
        match = _OLD_OP.match(op)
        if match:
            item = self.by_number.get(int(match.group(3)))
            return self.redirect(request, self.article_path(item)) if item else None
        if op == self.news.slug:
            return self.redirect(request, self.listing_path(None))
        section = self.section_by_slug(op)
        return self.redirect(request, self.listing_path(section)) if section else None

    def tool_response(self, tool: str, number: int, request: Request) -> Response | None:
        item = self.by_number.get(number)
        if item is None or item.kind != "article":
            return None
        if tool == "print":
            return self.html_response(self.print_html(item, request))
        if tool == "savefile":
            return self.html_response(
                self.print_html(item, request, saved=True),
                headers={"Content-Disposition": f'attachment; filename="{self.alias(item)}.html"'},
            )
        return self.html_response(self.sendmail_html(item, request))

    def module_page(self, request: Request) -> Response | None:
        path = request.path
        match = _PAGE.match(path)
        if match and match.group(1) in STATIC_PAGES:
            return self.html_response(self.static_html(match.group(1), request))
        if path in ("/vi/laws", "/vi/laws/"):
            return self.html_response(self.laws_html(request))
        match = _LAW.match(path)
        if match:
            for law in self.laws:
                if law["id"] == int(match.group(2)):
                    if match.group(1) != law["alias"]:
                        return self.redirect(request, self.law_path(law))
                    return self.html_response(self.law_html(law, request))
            return None
        if path.startswith("/uploads/laws/") and path.endswith(".pdf"):
            if any(path == f"/uploads/laws/{law['alias']}.pdf" for law in self.laws):
                return Response(
                    200, {"Content-Type": "application/pdf", **self.family_headers}, PDF_BYTES
                )
            return None
        if path in ("/vi/contact", "/vi/contact/"):
            return self.html_response(self.contact_html(request))
        if path in ("/vi/users/login", "/vi/users/login/"):
            return self.html_response(self.login_html(request))
        if path in ("/vi/seek", "/vi/seek/"):
            return self.html_response(self.seek_html(request))
        if path in ("/vi/feeds", "/vi/feeds/"):
            return self.html_response(self.feeds_html(request))
        return None

    # -- the theme's frame

    def mega_menu(self, seed: str) -> str:
        panels = []
        for section in self.sections.values():
            latest = self.listed_items(self.listed(section))[:3]
            cards = "".join(
                f'<div class="col-md-8"><div class="mega-item"><a href="{esc(self.article_path(it))}" '
                f'title="{esc(it.title)}"><img src="{esc(self.photo_src(it, 0, thumb=True))}" '
                f'alt="{esc(it.title)}" class="img-responsive"></a><h4><a href="'
                f'{esc(self.article_path(it))}" title="{esc(it.title)}">{esc(it.title)}</a></h4>'
                "</div></div>"
                for it in latest
            )
            panels.append(
                f'<li class="mega-sub"><a href="{esc(self.listing_path(section))}" title="'
                f'{esc(section.name)}">{esc(section.name)}</a><div class="mega-panel"><div '
                f'class="row">{cards}</div></div></li>'
            )
        return f"""<nav class="menu-top" id="menusite"><div class="container">
<ul class="nav navbar-nav mega-menu">
<li class="home"><a title="Trang chủ" href="{HOME}"><em class="fa fa-home fa-lg"></em><span class="hidden">Trang chủ</span></a></li>
<li class="dropdown"><a href="/vi/page/Gioi-thieu-chung.html" title="Giới thiệu">Giới thiệu</a>
<ul class="dropdown-menu"><li><a href="/vi/page/Gioi-thieu-chung.html">Giới thiệu chung</a></li>
<li><a href="/vi/page/Co-cau-to-chuc.html">Cơ cấu tổ chức</a></li></ul></li>
<li class="dropdown mega"><a href="{esc(self.listing_path(None))}" title="{esc(self.news.name)}">{esc(self.news.name)}</a>
<ul class="dropdown-menu mega-list">{"".join(panels)}</ul></li>
<li><a href="/vi/laws/" title="Văn bản">Văn bản</a></li>
<li><a href="https://dichvucong.ngoclinh.gov.vn/" target="_blank" rel="noopener">Dịch vụ công</a></li>
<li><a href="/vi/contact/" title="Liên hệ">Liên hệ</a></li>
</ul></div></nav>"""

    def ticker(self) -> str:
        rows = "".join(
            f'<a href="{esc(self.old_link(it))}" title="{esc(it.title)}">{esc(it.title)}</a> '
            f'<span class="ticker-date">{listing_date(it.published)}</span> &nbsp;&bull;&nbsp; '
            for it in self.listed_items(self.items)[:8]
        )
        return (
            '<div class="ticker-bar"><div class="container"><span class="ticker-label">'
            '<em class="fa fa-bullhorn"></em> Tin mới</span><marquee behavior="scroll" '
            f'direction="left" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">{rows}</marquee></div></div>'
        )

    def sidebar(self, seed: str, exclude: Item | None = None) -> str:
        most_read = sorted(
            self.listed_items(self.items)[:20], key=lambda it: -view_count(self.portal.id + it.key)
        )[:5]
        read_rows = "".join(
            f'<li class="clearfix"><a href="{esc(self.article_path(it))}" title="{esc(it.title)}">'
            f'<img src="{esc(self.photo_src(it, 0, thumb=True))}" alt="{esc(it.title)}" width="80" '
            f'class="img-thumbnail pull-left"></a><a class="show" href="{esc(self.article_path(it))}" '
            f'title="{esc(it.title)}">{esc(it.title)}</a></li>'
            for it in most_read
        )
        laws = "".join(
            f'<li><a href="{esc(self.law_path(law))}" title="{esc(law["summary"])}"><strong>'
            f'{esc(law["number"])}</strong></a> <span class="text-muted">{listing_date(law["issued"])}'
            f"</span><p>{esc(law['summary'])}</p></li>"
            for law in sorted(self.laws, key=lambda law: law["issued"], reverse=True)[:4]
        )
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        answers = "".join(
            f'<div class="radio"><label><input type="radio" name="option" value="{n + 1}"> {esc(o)}</label></div>'
            for n, o in enumerate(options)
        )
        banners = "".join(
            f'<a href="/index.php?language=vi&amp;nv=banners&amp;op=click&amp;id={ident}" '
            f'target="_blank" title="{esc(name)}"><img src="/uploads/banners/banner-{ident}.png" '
            f'alt="{esc(name)}" class="img-responsive"></a>'
            for ident, name, _ in BANNERS
        )
        options_cat = "".join(
            f'<option value="{s.id}">{esc(s.name)}</option>' for s in self.sections.values()
        )
        return f"""<div class="panel panel-default block-tthc"><div class="panel-heading"><h3 class="panel-title">Kết quả giải quyết TTHC</h3></div>
<div class="panel-body"><p class="tthc-month">Năm {self.today.year - 1}</p>
<ul class="list-none tthc-stats"><li><span>Tổng số hồ sơ tiếp nhận</span><strong>{thousands(stats["total"])}</strong></li>
<li><span>Giải quyết đúng hạn</span><strong>{thousands(stats["ontime"])}</strong></li>
<li><span>Trễ hạn</span><strong>{thousands(stats["late"])}</strong></li>
<li><span>Tỷ lệ đúng hạn</span><strong>{stats["percent"]}%</strong></li></ul>
<a class="btn btn-primary btn-block" href="https://dichvucong.ngoclinh.gov.vn/thong-ke" target="_blank" rel="noopener">Xem chi tiết</a></div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Xem theo ngày</h3></div>
<div class="panel-body"><form action="{NEWS}search/" method="get" class="form-viewbydate">
<div class="form-group"><label>Từ ngày</label><input type="text" name="from_date" class="form-control datepicker" value="{dmy(self.today - timedelta(days=7))}" maxlength="10"></div>
<div class="form-group"><label>Đến ngày</label><input type="text" name="to_date" class="form-control datepicker" value="{dmy(self.today)}" maxlength="10"></div>
<div class="form-group"><select name="catid" class="form-control"><option value="0">Tất cả chuyên mục</option>{options_cat}</select></div>
<button type="submit" class="btn btn-primary">Xem</button></form></div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Tin đọc nhiều</h3></div>
<div class="panel-body"><ul class="block_tophits list-none">{read_rows}</ul></div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title"><a href="/vi/laws/">Văn bản mới</a></h3></div>
<div class="panel-body"><ul class="list-none block-laws">{laws}</ul></div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Thăm dò ý kiến</h3></div>
<div class="panel-body"><form action="" onsubmit="return false;"><p><strong>{esc(question)}</strong></p>{answers}
<input class="btn btn-success btn-sm" type="button" value="Biểu quyết" onclick="nv_sendvoting(this.form, 2, 1, '{stable_token(seed, 10)}', '');">
<input class="btn btn-primary btn-sm" type="button" value="Xem kết quả" onclick="nv_sendvoting(this.form, 2, 0, '', '');"></form></div></div>
<div class="panel panel-default block-banners"><div class="panel-body">{banners}</div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Thống kê truy cập</h3></div>
<div class="panel-body"><ul class="counter list-none display-table">
<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em> Đang truy cập</span><span>{thousands(visits["online"])}</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em> Hôm nay</span><span class="margin-top-lg">{thousands(visits["today"])}</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em> Tháng hiện tại</span><span>{thousands(visits["month"])}</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em> Tổng lượt truy cập</span><span>{thousands(visits["total"])}</span></li></ul></div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">Liên kết website</h3></div>
<div class="panel-body"><select class="form-control" onchange="if (this.value) window.open(this.value);"><option value="">-- Chọn liên kết --</option>
<option value="https://chinhphu.vn/">Cổng TTĐT Chính phủ</option><option value="https://sokhcn.ngoclinh.gov.vn/">Sở Khoa học và Công nghệ</option>
<option value="https://snv.ngoclinh.gov.vn/">Sở Nội vụ</option></select></div></div>"""

    def frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        request: Request,
        *,
        head: str = "",
        feed: str | None = None,
        description: str | None = None,
    ) -> str:
        portal = self.portal
        seed = request.seed
        trail = ""
        if crumbs:
            links = "".join(
                f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
                f'<a href="{esc(href)}" itemprop="item" title="{esc(label)}"><span itemprop="name">'
                f"{esc(label)}</span></a></li>"
                for href, label in crumbs
            )
            trail = (
                '<div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none" itemscope '
                'itemtype="http://schema.org/BreadcrumbList"><li><a href="/" title="Trang chủ">'
                f'<em class="fa fa-home fa-lg">&nbsp;</em></a></li>{links}</ul></div>'
            )
        today = self.today
        return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="description" content="{esc(description or portal.name)}">
<meta name="author" content="{esc(portal.name)}">
<meta name="copyright" content="{esc(portal.name)} [webmaster@{esc(portal.domain)}]">
<meta name="generator" content="NukeViet v4.3">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:site_name" content="{esc(portal.name)}">
{head}<link rel="shortcut icon" href="/favicon.ico">
<link rel="alternate" href="{esc(feed or self.feed_path())}" title="Tin tức" type="application/rss+xml">
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1609728000">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1609728000">
<link rel="StyleSheet" href="{THEME}/css/bootstrap.min.css?t=1609728000">
<link rel="StyleSheet" href="{THEME}/css/style.css?t=1609728000">
<link rel="StyleSheet" href="{THEME}/css/owl.carousel.min.css?t=1609728000">
<link rel="StyleSheet" href="{THEME}/css/news.css?t=1609728000">
<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="main",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="+07",nv_cookie_prefix="nv4c_Xy7Qz",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script>
<script src="/assets/js/jquery/jquery.min.js?t=1609728000"></script>
<script src="/assets/js/language/vi.js?t=1609728000"></script>
<script src="/assets/js/global.js?t=1609728000"></script>
<script src="{THEME}/js/main.js?t=1609728000"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đang tắt JavaScript; hãy bật lại để dùng đầy đủ các chức năng của Cổng.</div></noscript>
<div class="body-bg"><div class="wraper">
<div class="top-header"><div class="container"><div class="row">
<div class="col-md-12 date-time"><em class="fa fa-calendar"></em> {weekday(today)}, ngày {dmy(today)}</div>
<div class="col-md-12 text-right top-links"><a href="/vi/feeds/"><em class="fa fa-rss"></em> RSS</a> | <a href="/vi/users/login/" rel="nofollow">Đăng nhập</a>
<form action="/vi/seek/" method="get" class="form-inline headerSearch"><input type="text" name="q" maxlength="60" placeholder="Tìm kiếm..." class="form-control input-sm"><button type="submit" class="btn btn-info btn-sm"><em class="fa fa-search"></em></button></form></div>
</div></div></div>
<header id="header"><div class="container"><div class="logo">
<a title="{esc(portal.name)}" href="{HOME}"><img src="/uploads/logo-ngoclinh.png" alt="{esc(portal.name)}" width="96" height="96"></a>
<div class="site-title"><span class="site_name">{esc(portal.name.upper())}</span><span class="site_description">{esc(portal.agency.upper())}</span></div>
</div></div></header>
{self.mega_menu(seed)}
{self.ticker()}
<section><div class="container" id="body">
{trail}
<div class="row">
<div class="col-sm-16 col-md-17">
{main}
</div>
<div class="col-sm-8 col-md-7">
{self.sidebar(seed)}
</div>
</div></div></section>
<footer id="footer"><div class="footer-main"><div class="container"><div class="row">
<div class="col-md-16"><h3 class="footer-title">{esc(portal.name)}</h3>
<ul class="company_info list-none">
<li><strong>Cơ quan chủ quản:</strong> {esc(portal.agency)}</li>
<li><strong>Trưởng Ban biên tập:</strong> {esc(portal.editor)}</li>
<li><strong>Địa chỉ:</strong> {esc(portal.address)}</li>
<li><strong>Điện thoại:</strong> {esc(portal.phone)} - <strong>Email:</strong> <a href="mailto:banbientap@{esc(portal.domain)}">banbientap@{esc(portal.domain)}</a></li>
<li>{esc(portal.licence)}</li></ul></div>
<div class="col-md-8"><p>{esc(reuse_notice(portal))}</p>
<p class="design">Thiết kế giao diện: <a href="https://egovtheme.vn/" target="_blank" rel="noopener">EgovTheme</a> - Phát triển trên nền <a href="https://nukeviet.vn/" target="_blank" rel="noopener">NukeViet CMS</a></p></div>
</div></div></div>
<div class="footer-bottom"><div class="container"><a href="#" class="bttop"><em class="fa fa-chevron-up"></em> Về đầu trang</a></div></div></footer>
</div></div>
<script src="{THEME}/js/owl.carousel.min.js?t=1609728000"></script>
<script src="/assets/js/jquery/jquery.marquee.min.js?t=1609728000"></script>
</body>
</html>
"""

    # -- lists of articles

    def thumb(self, item: Item) -> str:
        if item.images:
            return self.photo_src(item, 0, thumb=True)
        return f"{THEME}/images/no_image.gif"

    def news_row(self, item: Item, request: Request) -> str:
        """One article in a list (NukeViet's ``viewcat_page_new`` item): photo, title, date,
        views and the whole hometext."""
        href = esc(self.article_path(item))
        title = esc(item.title)
        return (
            f'<div class="news-item clearfix"><a href="{href}" title="{title}"><img alt="{title}" '
            f'src="{esc(self.thumb(item))}" width="183" class="img-thumbnail pull-left imghome"></a>'
            f'<h3><a href="{href}" title="{title}">{title}</a></h3>'
            '<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa '
            f'fa-clock-o">&nbsp;</em> {list_time(item.published)}</li><li><em class="fa fa-eye">'
            f"&nbsp;</em> Lượt xem: {thousands(view_count(request.seed + item.key))}</li></ul></div>"
            f'<div class="hometext">{esc(self.hometext(item, request.revision))}</div></div>'
        )

    def others_list(self, title: str, items: list[Item], more: str = "") -> str:
        if not items:
            return ""
        rows = "".join(
            f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{esc(self.article_path(it))}" '
            f'title="{esc(it.title)}">{esc(it.title)}</a> <em>{listing_date(it.published)}</em></li>'
            for it in items
        )
        link = f'<p class="text-right"><a href="{esc(more)}">Xem thêm</a></p>' if more else ""
        return (
            '<div class="news_column panel panel-default"><div class="panel-body other-news">'
            f'<p class="h3"><strong>{esc(title)}</strong></p><ul class="related list-none '
            f'list-items">{rows}</ul>{link}</div></div>'
        )

    def pager(self, page: int, pages: int, href) -> str:
        if pages <= 1:
            return ""
        parts = arrow_pager(
            page,
            pages,
            href,
            link='<li><a href="{href}">{n}</a></li>',
            current='<li class="active"><a href="#">{n}</a></li>',
            gap='<li class="disabled"><span>...</span></li>',
            prev='<li><a href="{href}" title="Trang trước">&laquo;</a></li>',
            next_='<li><a href="{href}" title="Trang sau">&raquo;</a></li>',
        )
        return f'<div class="text-center"><ul class="pagination">{"".join(parts)}</ul></div>'

    # -- pages

    def home_html(self, request: Request) -> str:
        slides = "".join(
            f'<div class="item"><a href="{esc(self.article_path(it))}" title="{esc(it.title)}">'
            f'<img src="{esc(self.photo_src(it, 0))}" alt="{esc(it.title)}"></a><div class="caption">'
            f'<h3><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></h3><p>'
            f"{esc(self.hometext(it, request.revision))}</p></div></div>"
            for it in self.group[:5]
        )
        newest = self.listed_items(self.items)[:7]
        first = newest[0] if newest else None
        lead_box = self.news_row(first, request) if first else ""
        rest = "".join(
            f'<li><a href="{esc(self.article_path(it))}" title="{esc(it.title)}">{esc(it.title)}'
            f'</a> <span class="text-muted">{listing_date(it.published)}</span></li>'
            for it in newest[1:]
        )
        blocks = []
        for section in self.sections.values():
            items = self.listed_items(self.listed(section))[:4]
            if not items:
                continue
            rows = "".join(
                f'<li><a href="{esc(self.article_path(it))}" title="{esc(it.title)}">'
                f"{esc(it.title)}</a></li>"
                for it in items
            )
            blocks.append(
                f'<div class="col-md-12"><div class="panel panel-default block-cat"><div '
                f'class="panel-heading"><h2 class="panel-title"><a href="{esc(self.listing_path(section))}" '
                f'title="{esc(section.name)}">{esc(section.name)}</a></h2></div><div class="panel-body">'
                f'<ul class="list-none list-items">{rows}</ul></div></div></div>'
            )
        main = f"""<div class="panel panel-default block-slider"><div class="panel-heading"><h2 class="panel-title"><a href="{esc(self.group_path())}">{GROUP[1]}</a></h2></div>
<div class="panel-body"><div id="slider-home" class="owl-carousel owl-theme">{slides}</div></div></div>
<div class="panel panel-default block-newest"><div class="panel-heading"><h2 class="panel-title"><a href="{esc(self.listing_path(None))}">{esc(self.news.name)}</a></h2></div>
<div class="panel-body">{lead_box}<ul class="list-none list-items">{rest}</ul></div></div>
<div class="row">{"".join(blocks)}</div>"""
        head = f'<link rel="canonical" href="{esc(request.base_url)}/">\n'
        return self.frame(self.portal.name, [], main, request, head=head)

    def news_main_html(self, request: Request) -> str:
        """``/vi/news/``: each category's newest articles (``viewcat_main_right``)."""
        blocks = []
        for section in self.sections.values():
            items = self.listed_items(self.listed(section))[:4]
            if not items:
                continue
            others = "".join(
                f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{esc(self.article_path(it))}" '
                f'title="{esc(it.title)}">{esc(it.title)}</a></li>'
                for it in items[1:]
            )
            blocks.append(
                f'<div class="news_column panel panel-default"><div class="panel-heading"><h2><a '
                f'href="{esc(self.listing_path(section))}" title="{esc(section.name)}">{esc(section.name)}'
                f'</a></h2></div><div class="panel-body"><div class="row"><div class="col-md-12">'
                f'{self.news_row(items[0], request)}</div><div class="col-md-12"><ul class="related '
                f'list-none">{others}</ul></div></div><p class="text-right"><a href="'
                f'{esc(self.listing_path(section))}">Xem tiếp</a></p></div></div>'
            )
        return self.frame(
            f"{self.news.name} - {self.portal.name}",
            [(NEWS, "Tin tức")],
            "".join(blocks),
            request,
        )

    def category_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        shown = section or self.news
        rows = "".join(self.news_row(it, request) for it in items)
        listed = self.listed(section)
        beyond = self.listed_items(listed[page * self.portal.page_size :])[:5]
        main = (
            f'<div class="news_column panel panel-default"><div class="panel-heading"><h1 '
            f'class="panel-title">{esc(shown.name)}</h1></div><div class="panel-body">{rows}</div>'
            f"</div>{self.pager(page, pages, lambda n: self.listing_path(section, n))}"
            f"{self.others_list('Các tin khác', beyond)}"
        )
        crumbs = [(NEWS, "Tin tức"), (self.listing_path(None), self.news.name)]
        if section is not None:
            crumbs.append((self.listing_path(section), section.name))
        title = shown.name if page == 1 else f"{shown.name} - Trang {page}"
        head = f'<link rel="canonical" href="{esc(request.base_url + self.listing_path(section, page))}">\n'
        return self.frame(
            f"{title} - {self.portal.name}",
            crumbs,
            main,
            request,
            head=head,
            feed=self.feed_path(section),
        )

    def list_page_html(
        self, name: str, items, page: int, pages: int, href, request: Request
    ) -> str:
        rows = "".join(self.news_row(it, request) for it in items)
        main = (
            f'<div class="news_column panel panel-default"><div class="panel-heading"><h1 '
            f'class="panel-title">{esc(name)}</h1></div><div class="panel-body">{rows}</div></div>'
            f"{self.pager(page, pages, href)}"
        )
        title = name if page == 1 else f"{name} - Trang {page}"
        return self.frame(
            f"{title} - {self.portal.name}", [(NEWS, "Tin tức"), (href(1), name)], main, request
        )

    def search_html(self, request: Request) -> str:
        start = parse_dmy(request.params.get("from_date"))
        end = parse_dmy(request.params.get("to_date"))
        raw_catid = request.params.get("catid", "")
        catid = int(raw_catid) if raw_catid.isdigit() else 0
        found = []
        if start or end:
            for it in self.listed_items(self.items):
                if start and it.published < start:
                    continue
                if end and it.published >= end + timedelta(days=1):
                    continue
                if catid and it.section.id != catid:
                    continue
                found.append(it)
        rows = "".join(self.news_row(it, request) for it in found[:20])
        if not rows:
            rows = (
                '<p class="text-center">Không có bài viết nào trong khoảng thời gian đã chọn.</p>'
            )
        main = (
            '<div class="news_column panel panel-default"><div class="panel-heading"><h1 '
            'class="panel-title">Kết quả tìm kiếm</h1></div><div class="panel-body">'
            f"{rows}</div></div>"
        )
        return self.frame(f"Tìm kiếm - {self.portal.name}", [(NEWS, "Tin tức")], main, request)

    # -- the article

    def body_parts(self, item: Item, revision: int) -> tuple[str, str, str]:
        """The hometext, the home image block (between the lead and the text) and the
        ``bodytext`` of ``item``."""
        blocks = body_blocks(item, revision)
        hometext = self.hometext(item, revision)
        style = self.photo_style(item)
        wordy = stable_int(item.key + "word", 0, 3) == 0
        home_image = ""
        parts: list[str] = []
        seen_lead = False
        for position, (kind, value) in enumerate(blocks):
            if kind == "p":
                if not seen_lead:
                    seen_lead = True
                    if self.lead_pasted_twice(item):
                        parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
                    continue
                if wordy:
                    parts.append(
                        '<p style="text-align:justify"><span style="font-size:14px"><span '
                        f'style="font-family:Arial,Helvetica,sans-serif">{esc(value)}</span></span></p>'
                    )
                else:
                    parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
                continue
            index, caption = value
            src = esc(self.photo_src(item, index))
            if style == 0 and not home_image and not parts and position <= 1:
                home_image = (
                    f'<figure class="article center"><img alt="{esc(caption)}" src="{src}" '
                    f'width="640" class="img-thumbnail"><figcaption>{esc(caption)}</figcaption></figure>'
                )
            elif style == 2:
                parts.append(
                    f'<p style="text-align: center;"><img alt="{esc(caption)}" src="{src}" '
                    'style="width: 600px; height: 400px;" /></p>'
                    f'<p style="text-align: center;"><em>{esc(caption)}</em></p>'
                )
            else:
                parts.append(
                    '<div style="text-align:center"><figure class="image" style="display:inline-block">'
                    f'<img alt="" height="427" src="{src}" width="640" /><figcaption>{esc(caption)}'
                    "</figcaption></figure></div>"
                )
        if item.author and not self.author_in_header(item):
            form = stable_int(item.key + "sign", 0, 2)
            if form == 2 and item.images:
                parts.append(
                    f'<p style="text-align: right;"><em>Tin, ảnh: {esc(item.author)}</em></p>'
                )
            elif form == 1:
                parts.append(
                    f'<p style="text-align: right;"><em><strong>{esc(item.author)}</strong></em></p>'
                )
            else:
                parts.append(
                    f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>'
                )
        if stable_int(item.key + "nbsp", 0, 2) == 0:
            parts.append("<p>&nbsp;</p>")
        return hometext, home_image, "\n".join(parts)

    def comments_html(self, item: Item, request: Request) -> str:
        shown = self.comments(item)
        boxes = []
        for name, when, text, reply in shown:
            cls = "comment-box reply" if reply else "comment-box"
            boxes.append(
                f'<div class="{cls}"><div class="comment-header"><img class="avatar" '
                f'src="{THEME}/images/users/no_avatar.png" width="40" alt=""> <strong>{esc(name)}</strong>'
                f' <span class="text-muted">({list_time(when)})</span></div><div class="comment-content">'
                f'{esc(text)}</div><ul class="list-inline comment-tools"><li><a href="javascript:void(0);" '
                f"onclick=\"nv_commment_reply({stable_int(name + text, 1000, 9999)}, '{esc(name)}');\">Trả lời</a>"
                f'</li><li><a href="javascript:void(0);" onclick="nv_commment_like(this);"><em class="fa '
                f'fa-thumbs-o-up"></em> Thích</a> <span>{stable_int(text, 0, 12)}</span></li></ul></div>'
            )
        listing = (
            "".join(boxes) or '<p class="text-muted">Chưa có bình luận nào cho bài viết này.</p>'
        )
        checkss = stable_token(item.key + "checkss", 32, "0123456789abcdef")
        return f"""<div class="news_column panel panel-default"><div class="panel-body">
<div id="idcomment" class="nv-fullbg" data-module="news" data-area="8" data-id="{item.number}" data-allowed="4" data-checkss="{checkss}">
<div class="row clearfix margin-bottom-lg"><div class="col-xs-12 text-left"><p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc ({len(shown)})</p></div>
<div class="col-xs-12 text-right"><select class="form-control sort-comm" onchange="nv_comment_sort(this);"><option value="0">Mới nhất</option><option value="1">Cũ nhất</option><option value="2">Được thích nhiều</option></select></div></div>
<div id="showcomment" class="margin-bottom-lg">{listing}</div>
<div id="formcomment" class="comment-form"><form method="post" role="form" target="submitcommentarea" action="/index.php?language=vi&amp;nv=comment&amp;op=post" onsubmit="return nv_commment_feedback(this);">
<input type="hidden" name="module" value="news"><input type="hidden" name="area" value="8"><input type="hidden" name="id" value="{item.number}"><input type="hidden" name="checkss" value="{checkss}">
<div class="form-group clearfix"><div class="row"><div class="col-xs-12"><input type="text" name="name" class="form-control" placeholder="Họ và tên"></div>
<div class="col-xs-12"><input type="email" name="email" class="form-control" placeholder="Địa chỉ email"></div></div></div>
<div class="form-group"><textarea class="form-control" name="content" rows="4" placeholder="Nội dung bình luận (tối thiểu 10 ký tự)"></textarea></div>
<div class="form-group clearfix"><img class="captchaImg" alt="Mã xác nhận" src="/index.php?scaptcha=captcha&amp;t={stable_int(item.key, 10**8, 10**9)}" width="150" height="40"> <input type="text" name="code" class="form-control" maxlength="6" placeholder="Mã bảo mật"></div>
<p class="help-block">Bình luận của bạn sẽ được Ban biên tập duyệt trước khi hiển thị.</p>
<button type="submit" class="btn btn-primary">Gửi bình luận</button></form></div>
</div></div></div>"""

    def rating_html(self, item: Item) -> str:
        votes = stable_int(item.key + "votes", 0, 9)
        points = sum(stable_int(item.key + f"star{n}", 3, 5) for n in range(votes))
        average = f"{points / votes:.1f}" if votes else "0"
        stars = "".join(
            f'<input class="hover-star" type="radio" value="{n}" title="{label}" />'
            for n, label in enumerate(("Rất kém", "Kém", "Trung bình", "Tốt", "Rất tốt"), start=1)
        )
        return f"""<div class="news_column panel panel-default"><div class="panel-heading">Đánh giá bài viết</div><div class="panel-body">
<form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng điểm bài viết: {points} qua {votes} lượt đánh giá</p>
<span itemscope itemtype="http://data-vocabulary.org/Review-aggregate">Điểm trung bình: <span itemprop="rating" id="numberrating">{average}</span> - <span itemprop="votes" id="click_rating">{votes}</span> phiếu</span>
<div style="padding: 5px;">{stars}<span id="hover-test" style="margin: 0 0 0 20px;">Bấm vào sao để chấm điểm bài viết</span></div></div></form></div></div>"""

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        hometext, home_image, bodytext = self.body_parts(item, revision)
        url = request.base_url + self.article_path(item)
        author = ""
        if self.author_in_header(item):
            author = (
                f'<span class="author"><em class="fa fa-user"></em> Tác giả: <strong>'
                f"{esc(item.author)}</strong></span>"
            )
        modified = item.shown_modified(revision)
        updated = (
            f'<span class="edittime"><em class="fa fa-pencil"></em> Cập nhật: {nv_date(modified)}</span>'
            if modified
            else ""
        )
        source = ""
        if item.source:
            source = (
                '<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Nguồn tin: </strong>'
                f"{esc(item.source)}</p></div>"
            )
        tags = self.tags.get(item.key, [])
        keywords = ""
        if tags:
            links = ", ".join(
                f'<a title="{esc(t)}" href="{esc(self.tag_path(t))}"><em>{esc(t)}</em></a>'
                for t in tags
            )
            keywords = (
                '<div class="news_column panel panel-default"><div class="panel-body"><div class="h5">'
                f'<em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>{links}</div></div></div>'
            )
        sendmail = self.tool_path("sendmail", item)
        share = quote(url, safe="")
        newer, older = self.newer_older(item)
        topic = self.topic_of.get(item.key)
        topic_box = ""
        if topic:
            mates = [it for it in self.topic_items(topic[0]) if it is not item][:5]
            topic_box = self.others_list("Các tin khác", mates, self.topic_path(topic[0]))
        main = f"""<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
<div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{esc(item.title)}</h1>
<div class="meta-detail clearfix margin-bottom-lg">
<span class="publtime"><em class="fa fa-clock-o"></em> {nv_date(item.published)}</span>{updated}
{author}
<span class="hits"><em class="fa fa-eye"></em> Lượt xem: {thousands(view_count(seed))}</span>
<ul class="list-inline text-right tools">
<li class="fontsize">Cỡ chữ: <a href="javascript:void(0);" onclick="nv_fontsize(-1);">A-</a> <a href="javascript:void(0);" onclick="nv_fontsize(0);">A</a> <a href="javascript:void(0);" onclick="nv_fontsize(1);">A+</a></li>
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('{esc(sendmail)}','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="In bài viết" href="{esc(self.tool_path("print", item))}" target="_blank"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{esc(self.tool_path("savefile", item))}"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
</ul></div>
<div class="clearfix">
<div class="hometext m-bottom" itemprop="description">{esc(hometext)}</div>
{home_image}
</div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{bodytext}
</div>
{source}
<div class="alert alert-info margin-bottom-lg">{esc(reuse_notice(self.portal))}</div>
</div></div>
{keywords}
<div class="news_column panel panel-default"><div class="panel-body"><div class="socialicon clearfix">
<span>Chia sẻ:</span> <a class="btn btn-primary btn-xs" href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" rel="nofollow"><em class="fa fa-facebook"></em> Facebook</a>
<div class="zalo-share-button" data-href="{esc(url)}" data-oaid="1873945602183746512" data-layout="2" data-color="blue" data-customize="false"></div>
<a class="btn btn-info btn-xs" href="https://twitter.com/intent/tweet?url={share}" target="_blank" rel="nofollow"><em class="fa fa-twitter"></em> Twitter</a>
</div></div></div>
{self.rating_html(item)}
{self.comments_html(item, request)}
{topic_box}
{self.others_list("Tin mới hơn", newer)}
{self.others_list("Tin cũ hơn", older)}"""
        edited = modified or item.published + timedelta(
            minutes=stable_int(item.key + "edit", 3, 600)
        )
        image = ""
        if item.images:
            image = f'<meta property="og:image" content="{esc(request.base_url + self.photo_src(item, 0))}">\n'
        head = (
            f'<meta name="keywords" content="{esc(", ".join(tags))}">\n'
            f'<meta name="news_keywords" content="{esc(", ".join(tags))}">\n'
            f'<meta property="og:title" content="{esc(item.title)}">\n'
            '<meta property="og:type" content="article">\n'
            f'<meta property="og:description" content="{esc(hometext)}">\n'
            f"{image}"
            f'<meta property="og:url" content="{esc(url)}">\n'
            f'<meta property="article:published_time" content="{php_t_stamp(item.published)}">\n'
            f'<meta property="article:modified_time" content="{php_t_stamp(edited)}">\n'
            f'<meta property="article:section" content="{esc(item.section.name)}">\n'
            f'<link rel="canonical" href="{esc(url)}">\n'
        )
        crumbs = [(NEWS, "Tin tức"), (self.listing_path(None), self.news.name)]
        if not self.is_news(item.section):
            crumbs.append((self.listing_path(item.section), item.section.name))
        return self.frame(
            f"{item.title} - {item.section.name} - {self.portal.name}",
            crumbs,
            main,
            request,
            head=head,
            feed=self.feed_path(item.section),
            description=hometext,
        )

    def print_html(self, item: Item, request: Request, saved: bool = False) -> str:
        hometext, home_image, bodytext = self.body_parts(item, request.revision)
        url = request.base_url + self.article_path(item)
        byline = ""
        if self.author_in_header(item):
            byline += f'<p class="text-right"><strong>Tác giả: </strong>{esc(item.author)}</p>'
        if item.source:
            byline += f'<p class="text-right"><strong>Nguồn tin: </strong>{esc(item.source)}</p>'
        tools = ""
        script = ""
        if not saved:
            tools = (
                '<li class="hidden-print"><em class="fa fa-print">&nbsp;</em><a title="In" '
                'href="javascript:;" onclick="window.print()">In trang</a></li><li class="hidden-print">'
                '<em class="fa fa-power-off">&nbsp;</em><a title="Đóng" href="javascript:;" '
                'onclick="window.close()">Đóng cửa sổ</a></li>'
            )
            script = '<script src="/assets/js/jquery/jquery.min.js"></script>\n'
        return f"""<!DOCTYPE html>
<html lang="vi"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(item.title)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="StyleSheet" href="{THEME}/css/news.print.css">
{script}</head>
<body>
<div id="print"><div id="hd_print"><h2 class="pull-left">{esc(self.portal.name)}</h2><p class="pull-right"><a title="{esc(self.portal.name)}" href="{esc(request.base_url)}/">{esc(self.portal.domain)}</a></p></div>
<div class="clear"></div><hr>
<div id="content"><h1>{esc(item.title)}</h1>
<ul class="list-inline"><li>{nv_date(item.published)}</li>{tools}</ul>
<div class="clear"></div>
<div id="hometext">{esc(hometext)}</div>
{home_image}
<div class="bodytext">{bodytext}</div>
<div id="author">{byline}</div>
</div>
<div id="footer" class="clearfix"><div id="url"><strong>Địa chỉ bài viết: </strong><a href="{esc(url)}" title="{esc(item.title)}">{esc(url)}</a></div>
<div class="copyright">&copy; {esc(self.portal.name)}</div>
<div id="contact"><a href="mailto:banbientap@{esc(self.portal.domain)}">banbientap@{esc(self.portal.domain)}</a></div></div>
</div>
</body></html>
"""

    def sendmail_html(self, item: Item, request: Request) -> str:
        url = request.base_url + self.article_path(item)
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Gửi bài viết qua email</title><meta name="robots" content="noindex, nofollow">
<link rel="StyleSheet" href="{THEME}/css/bootstrap.min.css"></head>
<body><div class="sendmail panel panel-default"><div class="panel-heading">Gửi bài viết qua email</div><div class="panel-body">
<p>Bài viết: <a href="{esc(url)}" target="_blank">{esc(item.title)}</a></p>
<form action="{esc(self.tool_path("sendmail", item))}" method="post">
<div class="form-group"><label>Họ tên người gửi</label><input type="text" name="name" class="form-control"></div>
<div class="form-group"><label>Email người gửi</label><input type="email" name="youremail" class="form-control"></div>
<div class="form-group"><label>Gửi đến email</label><input type="email" name="email" class="form-control"></div>
<div class="form-group"><label>Lời nhắn</label><textarea name="content" rows="4" class="form-control"></textarea></div>
<input type="hidden" name="checkss" value="{stable_token(item.key + "mail", 32, "0123456789abcdef")}">
<button type="submit" class="btn btn-primary">Gửi</button> <button type="button" class="btn btn-default" onclick="window.close();">Đóng</button>
</form></div></div></body></html>
"""

    # -- the other modules

    def static_html(self, alias: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[alias]
        text = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paragraphs)
        others = "".join(
            f'<li><a href="/vi/page/{key}.html">{esc(value[0])}</a></li>'
            for key, value in STATIC_PAGES.items()
            if key != alias
        )
        main = (
            '<div class="page panel panel-default"><div class="panel-body"><h1 class="title '
            f'margin-bottom-lg">{esc(title)}</h1><div class="bodytext margin-bottom-lg">{text}</div>'
            f'</div></div><div class="panel panel-default"><div class="panel-body"><ul class="related">'
            f"{others}</ul></div></div>"
        )
        return self.frame(
            f"{title} - {self.portal.name}",
            [("/vi/page/Gioi-thieu-chung.html", "Giới thiệu"), (f"/vi/page/{alias}.html", title)],
            main,
            request,
        )

    def laws_html(self, request: Request) -> str:
        rows = "".join(
            f'<tr><td class="text-center">{n}</td><td><a href="{esc(self.law_path(law))}">'
            f'{esc(law["number"])}</a></td><td class="text-center">{dmy(law["issued"])}</td>'
            f'<td><a href="{esc(self.law_path(law))}">{esc(law["summary"])}</a></td>'
            f'<td class="text-center"><a href="/uploads/laws/{law["alias"]}.pdf" title="Tải về">'
            '<em class="fa fa-download"></em></a></td></tr>'
            for n, law in enumerate(sorted(self.laws, key=lambda x: x["issued"], reverse=True), 1)
        )
        main = (
            '<div class="panel panel-default"><div class="panel-heading"><h1 class="panel-title">'
            'Văn bản chỉ đạo điều hành</h1></div><div class="panel-body"><table class="table '
            'table-striped table-bordered"><thead><tr><th>STT</th><th>Số ký hiệu</th><th>Ngày ban '
            f"hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>{rows}</tbody></table>"
            "</div></div>"
        )
        return self.frame(
            f"Văn bản - {self.portal.name}", [("/vi/laws/", "Văn bản")], main, request
        )

    def law_html(self, law: dict[str, Any], request: Request) -> str:
        effective = law["issued"] + timedelta(days=10 if "/QĐ-" in law["number"] else 0)
        main = f"""<div class="panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(law["kind"])} số {esc(law["number"])}</h1>
<table class="table table-bordered table-striped"><tbody>
<tr><th style="width: 30%;">Số ký hiệu</th><td>{esc(law["number"])}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(law["kind"])}</td></tr>
<tr><th>Cơ quan ban hành</th><td>{esc(self.portal.agency)}</td></tr>
<tr><th>Ngày ban hành</th><td>{dmy(law["issued"])}</td></tr>
<tr><th>Ngày hiệu lực</th><td>{dmy(effective)}</td></tr>
<tr><th>Người ký</th><td>{esc(law["signer"])}</td></tr>
<tr><th>Trích yếu</th><td>{esc(law["summary"])}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="/uploads/laws/{law["alias"]}.pdf"><em class="fa fa-file-pdf-o"></em> {law["alias"]}.pdf</a></td></tr>
</tbody></table></div></div>"""
        return self.frame(
            f"{law['kind']} số {law['number']} - {self.portal.name}",
            [("/vi/laws/", "Văn bản"), (self.law_path(law), law["number"])],
            main,
            request,
        )

    def contact_html(self, request: Request) -> str:
        portal = self.portal
        main = f"""<div class="panel panel-default"><div class="panel-heading"><h1 class="panel-title">Liên hệ</h1></div><div class="panel-body">
<p>Mọi ý kiến góp ý, đề nghị cung cấp thông tin xin gửi về Ban biên tập qua biểu mẫu dưới đây hoặc theo địa chỉ: {esc(portal.address)}; điện thoại {esc(portal.phone)}.</p>
<form action="/vi/contact/" method="post">
<div class="form-group"><select name="fpart" class="form-control"><option value="1">Ban biên tập</option><option value="2">Bộ phận kỹ thuật</option></select></div>
<div class="form-group"><input type="text" name="ftitle" class="form-control" placeholder="Tiêu đề"></div>
<div class="form-group"><input type="text" name="fname" class="form-control" placeholder="Họ và tên"></div>
<div class="form-group"><input type="email" name="femail" class="form-control" placeholder="Email"></div>
<div class="form-group"><textarea name="fcon" rows="5" class="form-control" placeholder="Nội dung"></textarea></div>
<button type="submit" class="btn btn-primary">Gửi đi</button></form></div></div>"""
        return self.frame(f"Liên hệ - {portal.name}", [("/vi/contact/", "Liên hệ")], main, request)

    def login_html(self, request: Request) -> str:
        main = """<div class="panel panel-default"><div class="panel-heading"><h1 class="panel-title">Đăng nhập</h1></div><div class="panel-body">
<form action="/vi/users/login/" method="post"><div class="form-group"><input type="text" name="nv_login" class="form-control" placeholder="Tên đăng nhập hoặc email"></div>
<div class="form-group"><input type="password" name="nv_password" class="form-control" placeholder="Mật khẩu"></div>
<button type="submit" class="btn btn-primary">Đăng nhập</button></form></div></div>"""
        return self.frame(
            f"Đăng nhập - {self.portal.name}", [("/vi/users/login/", "Đăng nhập")], main, request
        )

    def seek_html(self, request: Request) -> str:
        query = request.params.get("q", "").strip()
        found = []
        if len(query) >= 3:
            lowered = query.lower()
            found = [it for it in self.listed_items(self.items) if lowered in it.title.lower()][:10]
        rows = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f"<em>{listing_date(it.published)}</em></li>"
            for it in found
        )
        result = (
            f'<ul class="list-none">{rows}</ul>'
            if rows
            else "<p>Không tìm thấy kết quả phù hợp.</p>"
        )
        main = (
            '<div class="panel panel-default"><div class="panel-heading"><h1 class="panel-title">'
            'Tìm kiếm</h1></div><div class="panel-body"><form action="/vi/seek/" method="get">'
            f'<input type="text" name="q" value="{esc(query)}" class="form-control" maxlength="60">'
            f'<button type="submit" class="btn btn-primary">Tìm kiếm</button></form>{result}</div></div>'
        )
        return self.frame(
            f"Tìm kiếm - {self.portal.name}", [("/vi/seek/", "Tìm kiếm")], main, request
        )

    def feeds_html(self, request: Request) -> str:
        rows = "".join(
            f'<li><em class="fa fa-rss"></em> <a href="{esc(self.feed_path(s))}">{esc(s.name)}</a></li>'
            for s in [self.news, *self.sections.values()]
        )
        main = (
            '<div class="panel panel-default"><div class="panel-heading"><h1 class="panel-title">RSS'
            '</h1></div><div class="panel-body"><p>Kênh RSS giúp bạn nhận tin mới của Cổng ngay trên '
            f'phần mềm đọc tin mà không phải mở trang web.</p><ul class="list-none">{rows}</ul></div></div>'
        )
        return self.frame(f"RSS - {self.portal.name}", [("/vi/feeds/", "RSS")], main, request)

    def rss_xml(self, section: Section | None, request: Request) -> str:
        base = request.base_url
        shown = section or self.news
        items = self.listed_items(self.listed(section))[:RSS_ITEMS]
        entries = "".join(
            f"<item><title>{esc(it.title)}</title><link>{esc(base + self.article_path(it))}</link>"
            f'<guid isPermaLink="false">news_{it.section.id}_{it.number}</guid>'
            f'<description><![CDATA[<a href="{base + self.article_path(it)}"><img src="'
            f'{base + self.thumb(it)}" width="100" align="left" border="0"></a>'
            f"{esc(self.hometext(it, request.revision))}]]></description>"
            f"<pubDate>{rss_date(it.published)}</pubDate></item>\n"
            for it in items
        )
        built = rss_date(items[0].published) if items else ""
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{esc(self.portal.name)} - {esc(shown.name)}</title>
<link>{esc(base + self.listing_path(section))}</link>
<atom:link href="{esc(base + self.feed_path(section))}" rel="self" type="application/rss+xml" />
<description>{esc(shown.name)}</description>
<language>vi</language>
<copyright>{esc(self.portal.name)}</copyright>
<lastBuildDate>{built}</lastBuildDate>
<generator>NukeViet v4.3</generator>
{entries}</channel>
</rss>
"""

    def sitemap_index(self, request: Request) -> str:
        base = request.base_url
        stamp = self.items[0].published.replace(tzinfo=VN_TZ).isoformat() if self.items else ""
        entries = "".join(
            f"<sitemap><loc>{base}{path}</loc><lastmod>{stamp}</lastmod></sitemap>"
            for path in ("/vi/news/sitemap.xml", "/vi/page/sitemap.xml")
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/'
            f'schemas/sitemap/0.9">{entries}</sitemapindex>\n'
        )

    def news_sitemap(self, request: Request) -> str:
        base = request.base_url
        entries = "".join(
            f"<url><loc>{esc(base + self.article_path(it))}</loc><lastmod>"
            f"{it.last_modified(request.revision).replace(tzinfo=VN_TZ).isoformat()}</lastmod>"
            "<changefreq>daily</changefreq><priority>0.8</priority></url>\n"
            for it in self.items
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
            f'sitemap/0.9">\n{entries}</urlset>\n'
        )

    def page_sitemap(self, request: Request) -> str:
        entries = "".join(
            f"<url><loc>{request.base_url}/vi/page/{alias}.html</loc><changefreq>monthly</changefreq></url>"
            for alias in STATIC_PAGES
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
            f'sitemap/0.9">{entries}</urlset>\n'
        )

    def error_html(self, status: int) -> str:
        if status == 404:
            message = "Nội dung bạn tìm không có trên hệ thống hoặc đã bị gỡ bỏ."
        else:
            message = "Máy chủ gặp sự cố khi xử lý yêu cầu, xin vui lòng quay lại sau ít phút."
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Thông báo lỗi {status} - {esc(self.portal.name)}</title>
<link rel="StyleSheet" href="{THEME}/css/bootstrap.min.css"></head>
<body><div class="container"><div class="panel panel-danger" style="margin-top: 60px;"><div class="panel-heading">Lỗi {status}</div>
<div class="panel-body"><p>{message}</p><p><a href="/">Về trang chủ</a></p></div></div></div></body></html>
"""
