"""A photo-heavy provincial portal on a local vendor's PHP CMS, slug URLs (portal sonca).

Real provincial portals whose newsroom thinks in pictures (a media centre's reporters, many
correspondents, a photo desk) run on home-grown PHP CMSes (Apache, PHP 7, jQuery, Bootstrap 3,
CKEditor 4 in the back office, Swiper and Fancybox on the front) with WordPress-like permalinks.
Every picture there carries a hazard of its own:

- lazy loading: the theme's output filter, changed twice over the years and baked into each
  article's stored HTML when it was saved, rewrites every ``<img>`` of the text: ``src`` is a
  1x1 placeholder GIF (a file or a ``data:`` URI) and the photo sits in ``data-src`` (lazysizes,
  ``class="lazyload"``), ``data-original`` (jQuery Lazy Load, ``class="lazy"``) or
  ``data-lazy-src`` (``class="lazy-hidden"``), with ``data-srcset``/``data-lazy-srcset`` for
  sizes; some articles also repeat each photo in a ``<noscript><img src=…></noscript>``
  fallback, and CKEditor's image2 figures of one editor are wrapped in a ``<picture>`` with a
  WebP ``<source>``;
- captions typed in the way of the editor who put the story online (:data:`EDITORS`): a
  ``<figure>`` with a ``<figcaption>``; CKEditor 3's ``<table class="image">`` whose second row
  is the caption; a ``<p class="image-caption">`` right after the photo's paragraph; a centred
  ``<em>`` line right after it; or no visible caption at all, the text only in the photo's
  ``alt`` and ``title`` (a reader sees nothing under the photo);
- photo credits ("Ảnh: Minh Hoàng", "Ảnh: CTV", "Ảnh: TL") in brackets or after a dash inside
  the caption, in a ``<span class="photo-credit">`` floated right inside the figcaption, on the
  caption's second line after a ``<br>``, or on a right-aligned line of their own below;
- galleries (a ``[gallery]`` shortcode the CMS renders as a Swiper carousel) of 3-8 photos
  inside the text: one caption per slide after a "1/5" counter, the caption repeated in the
  Fancybox link's ``data-caption`` and the photo's ``alt``, a strip of thumbnails under it, a
  credit line below the whole gallery;
- "Ảnh minh họa" (a stock photo's caption) on some stories without a photo of their own;
- an infographic (a tall PNG) with no caption, a YouTube ``<iframe>`` or the CMS's own player
  (``/video/embed/<id>``, an ``<iframe>`` of the same host) in the text;
- after the text, "Tin liên quan": a strip of thumbnails with each story's title in a ``<p>``
  under its picture; "Tin đọc nhiều" (thumbnails) in the sidebar, a home slider whose slides'
  titles lie over their pictures.

URL shapes:

- home ``/``; all news ``/tin-tuc``, a section ``/<section-slug>``; page N ``…/trang-N``;
- article ``/<section-slug>/<title-slug>.html`` (no id: a slug already taken gets "-2"); the
  home slider links it with ``?utm_source=trangchu&utm_campaign=slider``;
- photo albums ``/thu-vien-anh`` and ``/thu-vien-anh/<slug>.html`` (dated, a sentence and a
  grid of captioned photos: no article text);
- ``/video/embed/<id>`` (the player in an article's iframe); ``/gioi-thieu.html``,
  ``/lien-he.html``; ``/tim-kiem?q=`` (a form, disallowed in robots.txt);
- RSS: ``/rss`` (an HTML page of the feeds), ``/rss/tin-tuc.rss``, ``/rss/<section-slug>.rss``;
  the page still links the photo library's feed, which answers 404; ``/sitemap.xml`` (named
  in robots.txt).

Article page: breadcrumb, ``h1.detail-title``, the date line ("Thứ Hai, 04/01/2021 - 07:41"),
"Lượt xem", share buttons; the text in ``div.detail-content``: the first paragraph in bold, the
author's name bold and right-aligned on the last line, "Nguồn: …" in italics under it; tags,
"Tin liên quan", "Tin cùng chuyên mục" (dated). Sidebar: "Kết quả giải quyết TTHC", "Tin đọc
nhiều", "Thư viện ảnh", a video, banners, the visitor counter. Broken: one story answers 404,
another 500.

Gold (:func:`gold_corpus`): the text and byline are the corpus's; the captions are what a
reader reads under each photo, in page order: the corpus photo's caption and "Ảnh minh họa"
where the page shows them, each gallery slide's caption once (not its counter), nothing for a
photo whose only caption is its ``alt``/``title``, for the infographic, the video or the
thumbnails after the text. A credit ("Ảnh: X") printed in the caption's own line (in brackets,
after a dash, in a span) is read with it, as printed; on a line of its own (after a ``<br>``,
under the photo or the gallery) it names who took the photo, as a byline names who wrote the
text, and is neither caption nor text.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

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
    iso_vn,
    page_number,
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
from dtcrawl.demo.portals import PortalDef

__all__ = [
    "ALBUMS",
    "EDITORS",
    "ILLUSTRATIVE",
    "LazyFiguresSite",
    "Plan",
    "gold_captions",
    "gold_corpus",
    "page_photos",
    "plan_for",
]

THEME = "/themes/sonca"
BLANK_GIF = f"{THEME}/images/blank.gif"
DATA_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
ILLUSTRATIVE = "Ảnh minh họa"
#: The back-office accounts that put stories online: (account, caption style, credit form).
EDITORS: tuple[tuple[str, str, str], ...] = (
    ("bientap.hanh", "figure", "paren"),
    ("bientap.son", "figure", "span"),
    ("ctv.quan", "table", "br"),
    ("bientap.ly", "pcaption", "below"),
    ("pv.tuan", "em", "dash"),
    ("ctv.hoa", "alt", "below"),
)
#: Lazy-loading attribute and the class its script looks for.
LAZY = {"data-src": "lazyload", "data-original": "lazy", "data-lazy-src": "lazy-hidden"}
#: Photographers credited under photos (never an author of the corpus); "CTV" is a
#: correspondent, "TL" the archive.
PHOTOGRAPHERS = ("Minh Hoàng", "CTV", "Thanh Tùng", "Lê Hiếu", "Bảo Trâm", "TL")
SCENES = (
    "Đại biểu tham quan khu trưng bày giải pháp chuyển đổi số",
    "Cán bộ bộ phận một cửa hướng dẫn người dân nộp hồ sơ trực tuyến",
    "Đoàn viên thanh niên giúp người cao tuổi cài đặt ứng dụng VNeID",
    "Học sinh trải nghiệm phòng học thông minh",
    "Tiểu thương dán mã QR thanh toán trước sạp hàng",
    "Kỹ thuật viên kiểm tra tủ máy chủ của hệ thống dùng chung",
    "Lãnh đạo tỉnh tặng giấy khen các tổ công nghệ số cộng đồng",
    "Quang cảnh hội nghị trực tuyến kết nối các điểm cầu",
    "Người dân tra cứu thủ tục hành chính trên ki-ốt thông minh",
    "Nông dân phát trực tiếp giới thiệu nông sản trên mạng xã hội",
    "Nhân viên y tế cập nhật sổ sức khỏe điện tử cho bệnh nhân",
    "Công chức văn thư số hóa hồ sơ lưu trữ",
    "Các đội thi xử lý tình huống trong buổi diễn tập an toàn thông tin",
    "Màn hình giám sát của Trung tâm điều hành thông minh",
    "Hợp tác xã đóng gói sản phẩm OCOP bán trên sàn thương mại điện tử",
    "Giáo viên hướng dẫn học sinh khai thác kho học liệu số",
    "Nhân viên bưu điện hỗ trợ người dân trả tiền điện qua điện thoại",
    "Các đại biểu bấm nút khai trương nền tảng số của tỉnh",
    "Người dân chờ đăng ký tài khoản định danh điện tử mức độ 2",
    "Cán bộ ngân hàng mở tài khoản thanh toán cho hộ kinh doanh",
)
PLACES = (
    "tại thành phố Ca Lâm",
    "ở huyện Sơn Phong",
    "tại xã Nà Ca",
    "ở thị trấn Trà Sơn",
    "tại Trung tâm Phục vụ hành chính công tỉnh",
    "ở xã biên giới Pắc Ca",
    "tại huyện Đồng Vọng",
    "ở phường Sơn Thủy",
    "tại Nhà văn hóa tỉnh",
    "ở xã Lũng Mây",
    "tại huyện Ca Sơn",
    "ở thị xã Hòa Ca",
)
YOUTUBE_IDS = ("q3Fz8LkP2aE", "Xw7nRb0tJ5c", "m2DqVh9sK1o", "Zt4pLc6yNf8", "bR1kW5xHe0s")
#: The photo library: (title, intro, captions).
ALBUMS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (
        "Ngày hội Chuyển đổi số tỉnh Sơn Ca qua ống kính phóng viên",
        "Một số hình ảnh tại ngày hội do Sở Thông tin và Truyền thông tổ chức ở quảng trường "
        "trung tâm thành phố Ca Lâm.",
        (
            "Các gian trưng bày thu hút đông đảo người dân ngay từ sáng sớm",
            "Doanh nghiệp viễn thông giới thiệu gói cước cho hộ nghèo",
            "Học sinh xếp hàng trải nghiệm kính thực tế ảo",
            "Cán bộ hướng dẫn thanh toán học phí qua ứng dụng ngân hàng",
            "Ban tổ chức trao quà cho người dân tham gia trả lời câu hỏi",
            "Buổi tối, quảng trường sáng đèn với chương trình nghệ thuật chào mừng",
        ),
    ),
    (
        "Mùa chè Shan tuyết trên sàn thương mại điện tử",
        "Hợp tác xã chè ở xã Lũng Mây đưa sản phẩm lên các sàn thương mại điện tử từ đầu vụ.",
        (
            "Đồi chè cổ thụ trong sương sớm",
            "Người dân thu hái búp chè theo tiêu chuẩn một tôm hai lá",
            "Xưởng sao chè thủ công của hợp tác xã",
            "Thành viên hợp tác xã chụp ảnh sản phẩm để đăng bán",
            "Mỗi gói chè đều có tem truy xuất nguồn gốc",
        ),
    ),
    (
        "Bộ phận một cửa cấp xã sau khi được trang bị thiết bị số hóa",
        "Các xã vùng cao của huyện Sơn Phong đã có máy quét và máy tính bảng lấy ý kiến người dân.",
        (
            "Quầy tiếp nhận hồ sơ của Ủy ban nhân dân xã Nà Ca",
            "Máy quét tài liệu đặt cạnh bàn công chức tư pháp",
            "Người dân đánh giá mức độ hài lòng trên máy tính bảng",
            "Kho hồ sơ giấy được sắp xếp lại sau khi số hóa",
            "Công chức địa chính tra cứu bản đồ số",
            "Bảng hướng dẫn quét mã QR nộp hồ sơ trực tuyến",
            "Phòng họp trực tuyến của xã nối với huyện và tỉnh",
        ),
    ),
)
STATIC_PAGES = {
    "/gioi-thieu.html": (
        "Giới thiệu chung về tỉnh Sơn Ca",
        (
            "Sơn Ca là tỉnh miền núi, có đường biên giới dài và nhiều dân tộc cùng sinh sống; "
            "trung tâm hành chính của tỉnh đặt tại thành phố Ca Lâm.",
            "Cổng thông tin điện tử tỉnh do Văn phòng Ủy ban nhân dân tỉnh quản lý, cung cấp "
            "thông tin chỉ đạo, điều hành của tỉnh và kết nối tới các dịch vụ công trực tuyến.",
        ),
    ),
    "/lien-he.html": (
        "Liên hệ Ban biên tập",
        (
            "Tin, bài, ảnh cộng tác xin gửi về hộp thư của Ban biên tập; ảnh gửi kèm ghi rõ nội "
            "dung và tên người chụp.",
        ),
    ),
}
TAGS = ("Sơn Ca", "dịch vụ công trực tuyến", "ảnh", "hạ tầng số", "người dân", "hội nghị")
LISTING_PATH = re.compile(r"^/([a-z0-9-]+)(?:/trang-(\d+))?/?$")


# ---------------------------------------------------------------- what each story shows


@dataclass(frozen=True)
class Plan:
    """How one story's photos are shown: chosen from its key (the editor who put it online,
    the theme version it was saved under) and its number of paragraphs."""

    editor: str
    style: str  # figure | table | pcaption | em | alt
    credit_form: str  # paren | span | br | below | dash
    lazy: str  # data-src | data-original | data-lazy-src
    placeholder: str
    noscript: bool
    picture: bool
    credit: str | None
    illustrative: bool
    gallery_after: int | None
    gallery: tuple[str, ...]
    gallery_credit: str | None
    infographic_after: int | None
    video_after: int | None
    video: str | None  # a YouTube id, or "local" for the CMS's own player


def plan_for(key: str, count: int, has_photo: bool) -> Plan:
    """The plan of the story ``key`` of ``count`` paragraphs (``has_photo``: the corpus gives
    it a photo).

    >>> plan = plan_for("sonca-bench-3", 6, True)
    >>> plan.style in {"figure", "table", "pcaption", "em", "alt"}, plan.illustrative
    (True, False)
    >>> all(3 <= len(plan_for(f"k{n}", 7, False).gallery) <= 8 for n in range(60)
    ...     if plan_for(f"k{n}", 7, False).gallery)
    True
    """
    editor, style, credit_form = EDITORS[stable_int(key + "|editor", 0, len(EDITORS) - 1)]
    lazy = tuple(LAZY)[stable_int(key + "|lazy", 0, len(LAZY) - 1)]
    credited = stable_int(key + "|credit", 0, 99) < 60
    credit = PHOTOGRAPHERS[stable_int(key + "|who", 0, len(PHOTOGRAPHERS) - 1)]
    gallery: tuple[str, ...] = ()
    gallery_after = None
    if count >= 4 and stable_int(key + "|gallery", 0, 99) < 35:
        size = stable_int(key + "|gallery-size", 3, 8)
        first = stable_int(key + "|scene", 0, len(SCENES) - 1)
        step = 1 + stable_int(key + "|step", 0, 2)
        place = stable_int(key + "|place", 0, len(PLACES) - 1)
        gallery = tuple(
            f"{SCENES[(first + n * step) % len(SCENES)]} {PLACES[(place + n) % len(PLACES)]}"
            for n in range(size)
        )
        gallery_after = 2 if count >= 5 else 1
    infographic_after = count - 2 if count >= 4 and stable_int(key + "|info", 0, 99) < 18 else None
    video_after = None
    video = None
    if count >= 4 and stable_int(key + "|video", 0, 99) < 22:
        video_after = 1 if gallery_after != 1 else 3
        local = stable_int(key + "|player", 0, 2) == 0
        video = "local" if local else YOUTUBE_IDS[stable_int(key + "|yt", 0, len(YOUTUBE_IDS) - 1)]
    return Plan(
        editor=editor,
        style=style,
        credit_form=credit_form,
        lazy=lazy,
        placeholder=DATA_GIF if stable_int(key + "|gif", 0, 2) == 0 else BLANK_GIF,
        noscript=stable_int(key + "|noscript", 0, 99) < 55,
        picture=style == "figure" and editor == "bientap.son",
        credit=credit if credited else None,
        illustrative=not has_photo and stable_int(key + "|illus", 0, 99) < 45,
        gallery_after=gallery_after,
        gallery=gallery,
        gallery_credit=credit if gallery and stable_int(key + "|gcredit", 0, 1) else None,
        infographic_after=infographic_after,
        video_after=video_after,
        video=video,
    )


def page_photos(
    plan: Plan, count: int, images: Sequence[dict[str, Any]]
) -> list[tuple[int, str, Any]]:
    """The story's pictures and players in page order: ``(after, kind, value)`` with ``kind``
    "photo" (value ``(index, caption)``: a corpus photo, index -1 the stock photo), "gallery"
    (the captions), "infographic" or "video" (value None), each after paragraph ``after``.

    >>> plan = dataclasses.replace(plan_for("k", 6, True), gallery_after=2,
    ...     gallery=("a", "b", "c"), infographic_after=None, video_after=1, video="local")
    >>> [(a, k) for a, k, _ in page_photos(plan, 6, [{"after": 0, "caption": "x"}])]
    [(0, 'photo'), (1, 'video'), (2, 'gallery')]
    """
    last = max(0, count - 1)
    out: list[tuple[int, int, str, Any]] = []
    for index, image in enumerate(images):
        after = max(0, min(int(image.get("after", 0)), last))
        out.append((after, 0, "photo", (index, str(image.get("caption") or ""))))
    if plan.illustrative and not images:
        out.append((0, 0, "photo", (-1, ILLUSTRATIVE)))
    if plan.gallery_after is not None:
        out.append((min(plan.gallery_after, last), 1, "gallery", plan.gallery))
    if plan.infographic_after is not None:
        out.append((min(plan.infographic_after, last), 2, "infographic", None))
    if plan.video_after is not None:
        out.append((min(plan.video_after, last), 3, "video", None))
    out.sort(key=lambda entry: (entry[0], entry[1]))
    return [(after, kind, value) for after, _, kind, value in out]


def gold_captions(plan: Plan, count: int, images: Sequence[dict[str, Any]]) -> list[dict]:
    """The captions a reader reads under the story's photos, in page order, as corpus images
    (``{after, caption}``): a credit only as printed in the caption's line, nothing for an
    ``alt``-only photo, the infographic or the video.

    >>> plan = dataclasses.replace(plan_for("k", 6, True), style="alt", gallery_after=2,
    ...     gallery=("a", "b", "c"), infographic_after=4, video_after=None)
    >>> [c["caption"] for c in gold_captions(plan, 6, [{"after": 0, "caption": "x"}])]
    ['a', 'b', 'c']
    """
    out = []
    for after, kind, value in page_photos(plan, count, images):
        if kind == "photo" and plan.style != "alt":
            index, caption = value
            credit = plan.credit if index >= 0 else None
            if credit and plan.credit_form == "paren":
                caption += f" (Ảnh: {credit})"
            elif credit and plan.credit_form == "dash":
                caption += f" - Ảnh: {credit}"
            elif credit and plan.credit_form == "span":
                caption += f" Ảnh: {credit}"
            out.append({"after": after, "caption": caption})
        elif kind == "gallery":
            out.extend({"after": after, "caption": caption} for caption in value)
    return out


def gold_corpus(corpus: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
    """``corpus`` with each story's captions as a reader reads them on its page
    (:func:`gold_captions`); text, date, author and source are the corpus's.

    >>> from dtcrawl.bench.synthetic import demo_corpus
    >>> served = demo_corpus(40, "sonca")
    >>> gold = gold_corpus(served)["sonca"]
    >>> [g.paragraphs == s.paragraphs for g, s in zip(gold, served["sonca"])] == [True] * 40
    True
    >>> sum(len(g.images) for g in gold) > sum(len(s.images) for s in served["sonca"])
    True
    """
    out: dict[str, list[Any]] = {}
    for portal_id, articles in corpus.items():
        out[portal_id] = []
        for article in articles:
            count = len(article.paragraphs)
            images = list(article.images or ())
            plan = plan_for(article.key, count, bool(images))
            captions = tuple(gold_captions(plan, count, images))
            out[portal_id].append(dataclasses.replace(article, images=captions))
    return out


def date_line(moment: datetime) -> str:
    """The date line under an article's title.

    >>> date_line(datetime(2021, 1, 4, 7, 41))
    'Thứ Hai, 04/01/2021 - 07:41'
    """
    return f"{weekday(moment)}, {dmy(moment)} - {moment:%H:%M}"


def rss_date(moment: datetime) -> str:
    """An RSS pubDate in Vietnam time.

    >>> rss_date(datetime(2021, 1, 4, 7, 41))
    'Mon, 04 Jan 2021 07:41:00 +0700'
    """
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
    return (
        f"{days[moment.weekday()]}, {moment:%d} {months[moment.month - 1]} {moment:%Y} "
        f"{moment:%H:%M:%S} +0700"
    )


# ---------------------------------------------------------------- the site


class LazyFiguresSite(CmsSite):
    """A portal of the ``lazyfigures`` family (see the module docstring)."""

    number_base = 8_200
    number_stride = 9
    image_folder = "/uploads/news"
    # PHP's session cache limiter: every page "expired" in 1981.
    family_headers = {
        "Server": "Apache/2.4.41 (Ubuntu)",
        "X-Powered-By": "PHP/7.4.3",
        "Expires": "Thu, 19 Nov 1981 08:52:00 GMT",
        "Pragma": "no-cache",
    }

    def __init__(self, portal: PortalDef, articles: Sequence[Any]):
        # Slugs are given in order of publication: a slug already taken gets "-2".
        entries = [(a.published, a.key, a.title) for a in articles]
        entries += [(b.published, b.key, b.title) for b in portal.broken]
        self.slug_of: dict[str, str] = {}
        taken: set[str] = set()
        for _, key, title in sorted(entries, key=lambda e: (str(e[0]), e[1])):
            slug = slugify(title, max_len=90)
            base, n = slug, 1
            while slug in taken:
                n += 1
                slug = f"{base}-{n}"
            taken.add(slug)
            self.slug_of[key] = slug
        super().__init__(portal, articles)
        self.plans = {
            it.key: plan_for(it.key, len(it.paragraphs), bool(it.images)) for it in self.items
        }
        self.albums = self._albums()
        self.album_by_path = {self.album_path(a): a for a in self.albums}
        self.by_video = {it.number: it for it in self.items if self.plans[it.key].video == "local"}

    def _albums(self) -> list[Item]:
        healthy = [it for it in self.items if it.kind == "article"]
        if healthy:
            start, end = healthy[-1].published, healthy[0].published
        else:
            start, end = datetime(2021, 1, 1), datetime(2021, 2, 1)
        step = (end - start) / (len(ALBUMS) + 1)
        albums = []
        for n, (title, intro, captions) in enumerate(ALBUMS):
            moment = (start + step * (n + 1)).replace(second=0, microsecond=0)
            moment = moment.replace(hour=8 + moment.hour % 9)
            albums.append(
                Item(
                    key=f"{self.portal.id}-album-{n}",
                    number=510 + 3 * n,
                    title=title,
                    section=Section(90, "Thư viện ảnh", "thu-vien-anh"),
                    published=moment,
                    modified=None,
                    author=None,
                    source=None,
                    paragraphs=[intro],
                    images=[{"after": 0, "caption": c} for c in captions],
                    kind="album",
                )
            )
        return albums[::-1]

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/{item.section.slug}/{self.slug_of[item.key]}.html"

    def album_path(self, album: Item) -> str:
        return f"/thu-vien-anh/{slugify(album.title, max_len=90)}.html"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = "/tin-tuc" if self.is_news(section) else f"/{section.slug}"
        return base if page <= 1 else f"{base}/trang-{page}"

    def album_listing_path(self, page: int = 1) -> str:
        return "/thu-vien-anh" if page <= 1 else f"/thu-vien-anh/trang-{page}"

    def feed_path(self, section: Section | None) -> str:
        return "/rss/tin-tuc.rss" if self.is_news(section) else f"/rss/{section.slug}.rss"

    def extra_paths(self) -> dict[str, str]:
        paths = {"sitemap": "/sitemap.xml", "rss": "/rss", "rss-news": self.feed_path(None)}
        paths.update({f"rss-{s.slug}": self.feed_path(s) for s in self.sections.values()})
        return paths

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        lines += ["", f"Sitemap: {request.base_url}/sitemap.xml"]
        return "\n".join(lines) + "\n"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php", "/trang-chu"):
            return self.html_response(self.home_html(request))
        if path in self.by_path:
            return self.article_response(self.by_path[path], request)
        if path in self.album_by_path:
            return self.html_response(self.album_html(self.album_by_path[path], request))
        if path in STATIC_PAGES:
            return self.html_response(self.static_html(path, request))
        if path == "/sitemap.xml":
            return self.text_response(self.sitemap_xml(request), "application/xml")
        if path == "/rss":
            return self.html_response(self.rss_page(request))
        feed = re.fullmatch(r"/rss/([a-z0-9-]+)\.rss", path)
        if feed:
            slug = feed.group(1)
            section = None if slug == "tin-tuc" else self.section_by_slug(slug)
            if slug != "tin-tuc" and section is None:
                return None
            return self.text_response(self.feed_xml(section, request), "application/rss+xml")
        player = re.fullmatch(r"/video/embed/(\d+)", path)
        if player:
            item = self.by_video.get(int(player.group(1)))
            return self.html_response(self.player_html(item)) if item else None
        if path == "/tim-kiem":
            return self.html_response(self.search_html(request))
        match = LISTING_PATH.fullmatch(path)
        if match:
            slug, page = match.group(1), page_number(match.group(2))
            if slug == "thu-vien-anh":
                items, pages = self.page_of(self.albums, page)
                if page > pages:
                    return None
                return self.html_response(self.albums_html(page, pages, items, request))
            section: Section | None
            if slug == "tin-tuc":
                section = None
            else:
                section = self.section_by_slug(slug)
                if section is None:
                    return None
            items, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.listing_html(section, page, pages, items, request))
        return None

    # -- pictures

    def img(
        self,
        plan: Plan,
        src: str,
        alt: str,
        *,
        title: str | None = None,
        width: int = 800,
        height: int = 533,
        sizes: bool = True,
    ) -> str:
        """A photo as the theme's lazy filter writes it (and its ``<noscript>`` twin)."""
        cls = LAZY[plan.lazy]
        small = src.replace(".jpg", "-480x320.jpg")
        srcset = ""
        if sizes and plan.lazy != "data-original":
            srcset = (
                f' {plan.lazy.replace("-src", "-srcset")}="{esc(small)} 480w, {esc(src)} 800w"'
                ' sizes="(max-width: 767px) 100vw, 800px"'
            )
        extra = f' title="{esc(title)}"' if title else ""
        tag = (
            f'<img class="{cls}" src="{plan.placeholder}" {plan.lazy}="{esc(src)}"{srcset} '
            f'alt="{esc(alt)}"{extra} width="{width}" height="{height}">'
        )
        if plan.picture:
            webp = src.replace(".jpg", ".webp")
            tag = f'<picture><source type="image/webp" data-srcset="{esc(webp)}">{tag}</picture>'
        if plan.noscript:
            fallback = f' srcset="{esc(small)} 480w, {esc(src)} 800w"' if sizes else ""
            tag += (
                f'<noscript><img src="{esc(src)}"{fallback} alt="{esc(alt)}" width="{width}" '
                f'height="{height}"></noscript>'
            )
        return tag

    def credit_line(self, name: str) -> str:
        return f'<p style="text-align: right;"><em>Ảnh: {esc(name)}</em></p>'

    def photo_html(self, item: Item, plan: Plan, index: int, caption: str) -> str:
        """One photo of the text in its editor's caption style (``index`` -1: the stock photo)."""
        src = image_path(item, index if index >= 0 else 77, self.image_folder)
        credit = plan.credit if index >= 0 else None
        form = plan.credit_form
        shown = esc(caption)
        if credit and form == "paren":
            shown += f" (Ảnh: {esc(credit)})"
        elif credit and form == "dash":
            shown += f" - Ảnh: {esc(credit)}"
        elif credit and form == "span":
            shown += f' <span class="photo-credit">Ảnh: {esc(credit)}</span>'
        elif credit and form == "br":
            shown += f"<br>Ảnh: {esc(credit)}"
        below = self.credit_line(credit) if credit and form == "below" else ""
        style = plan.style
        if style == "figure":
            return (
                '<figure class="image" style="display:block; text-align:center;">'
                f"{self.img(plan, src, caption)}<figcaption>{shown}</figcaption></figure>{below}"
            )
        if style == "table":
            cls = ' class="image_caption"' if stable_int(item.key + "|td", 0, 1) else ""
            return (
                '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image" '
                'style="width: 100%;"><tbody><tr><td style="text-align: center;">'
                f'{self.img(plan, src, "")}</td></tr><tr><td{cls} style="text-align: center;">'
                f"<em>{shown}</em></td></tr></tbody></table>{below}"
            )
        if style == "pcaption":
            alt = f"IMG_{item.published:%Y%m%d}_{stable_int(item.key + str(index), 1000, 9999)}"
            return (
                f'<p style="text-align: center;">{self.img(plan, src, alt)}</p>'
                f'<p class="image-caption" style="text-align: center;">{shown}</p>{below}'
            )
        if style == "em":
            return (
                f'<p style="text-align: center;">{self.img(plan, src, item.title)}</p>'
                f'<p style="text-align: center;"><em>{shown}</em></p>{below}'
            )
        # "alt": the caption only in alt and title; nothing under the photo but a credit.
        return (
            f'<p style="text-align: center;">{self.img(plan, src, caption, title=caption)}</p>'
            f"{below}"
        )

    def gallery_html(self, item: Item, plan: Plan, captions: Sequence[str]) -> str:
        total = len(captions)
        ident = f"gallery-{stable_token(item.key + '|gal', 6)}"
        slides, thumbs = [], []
        for n, caption in enumerate(captions):
            src = image_path(item, 10 + n, self.image_folder)
            thumb = src.replace(".jpg", "-150x100.jpg")
            slides.append(
                f'<div class="swiper-slide"><a class="sc-gallery__zoom" href="{esc(src)}" '
                f'data-fancybox="{ident}" data-caption="{esc(caption)}"><img class="swiper-lazy" '
                f'src="{BLANK_GIF}" data-src="{esc(src)}" alt="{esc(caption)}" width="800" '
                'height="533"></a><div class="swiper-lazy-preloader"></div>'
                f'<div class="sc-gallery__cap"><span class="sc-gallery__count">{n + 1}/{total}'
                f'</span> <span class="sc-gallery__text">{esc(caption)}</span></div></div>'
            )
            thumbs.append(
                f'<div class="swiper-slide"><img src="{esc(thumb)}" alt="" width="150" '
                'height="100"></div>'
            )
        credit = self.credit_line(plan.gallery_credit) if plan.gallery_credit else ""
        return (
            f'<div class="sc-gallery" id="{ident}" data-count="{total}">'
            '<div class="sc-gallery__main swiper-container"><div class="swiper-wrapper">'
            f"{''.join(slides)}</div>"
            '<div class="swiper-button-prev"></div><div class="swiper-button-next"></div></div>'
            '<div class="sc-gallery__thumbs swiper-container"><div class="swiper-wrapper">'
            f"{''.join(thumbs)}</div></div></div>{credit}"
        )

    def infographic_html(self, item: Item, plan: Plan) -> str:
        src = image_path(item, 40, "/uploads/infographic").replace(".jpg", ".png")
        alt = "infographic" if stable_int(item.key + "|infalt", 0, 1) else ""
        return (
            f'<p style="text-align: center;">'
            f"{self.img(plan, src, alt, width=800, height=2600, sizes=False)}</p>"
        )

    def video_html(self, item: Item, plan: Plan) -> str:
        if plan.video == "local":
            src = f"/video/embed/{item.number}"
        else:
            src = f"https://www.youtube.com/embed/{plan.video}?rel=0"
        return (
            '<div class="embed-responsive embed-responsive-16by9">'
            f'<iframe class="embed-responsive-item" src="{esc(src)}" width="640" height="360" '
            'frameborder="0" allowfullscreen="allowfullscreen"></iframe></div>'
        )

    def content_html(self, item: Item, request: Request) -> str:
        plan = self.plans[item.key]
        paragraphs = item.body(request.revision)
        extras: dict[int, list[str]] = {}
        for after, kind, value in page_photos(plan, len(paragraphs), item.images):
            if kind == "photo":
                markup = self.photo_html(item, plan, *value)
            elif kind == "gallery":
                markup = self.gallery_html(item, plan, value)
            elif kind == "infographic":
                markup = self.infographic_html(item, plan)
            else:
                markup = self.video_html(item, plan)
            extras.setdefault(after, []).append(markup)
        out = []
        for n, text in enumerate(paragraphs):
            inner = f"<strong>{esc(text)}</strong>" if n == 0 else esc(text)
            out.append(f'<p style="text-align: justify;">{inner}</p>')
            out.extend(extras.get(n, []))
        if item.author:
            out.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            out.append(f'<p style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>')
        return "\n".join(out)

    def thumb(self, item: Item, attr: str = "data-original", size: str = "320x213") -> str:
        src = image_path(item, 99, "/uploads/thumbs").replace(".jpg", f"-{size}.jpg")
        cls = {"data-original": "lazy", "data-lazy-src": "lazy-hidden", "data-src": "lazyload"}
        return (
            f'<img class="{cls[attr]}" src="{BLANK_GIF}" {attr}="{esc(src)}" '
            f'alt="{esc(item.title)}">'
        )

    # -- page frame

    def most_read(self, count: int = 5) -> list[Item]:
        healthy = [it for it in self.items if it.kind == "article"]
        return sorted(healthy, key=lambda it: -stable_int(it.key + "|reads", 0, 99_999))[:count]

    def frame(self, title: str, main: str, request: Request, crumbs: str = "") -> str:
        portal = self.portal
        menu = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        stats = tthc_stats(request.seed)
        visits = visitor_stats(request.seed)
        question, options = poll(request.seed)
        answers = "".join(
            f'<div class="radio"><label><input type="radio" name="binhchon" value="{n}"> '
            f"{esc(o)}</label></div>"
            for n, o in enumerate(options)
        )
        reads = "".join(
            f'<li class="most-read__item"><a class="most-read__thumb" '
            f'href="{esc(self.article_path(it))}">{self.thumb(it, "data-lazy-src", "120x80")}'
            f'</a><a class="most-read__title" href="{esc(self.article_path(it))}">'
            f"{esc(it.title)}</a></li>"
            for it in self.most_read()
        )
        album = self.albums[0] if self.albums else None
        album_box = ""
        if album is not None:
            cover = image_path(album, 0, "/uploads/album")
            album_box = (
                '<div class="widget widget-album"><h3 class="widget-title"><a href="'
                f'{self.album_listing_path()}">Thư viện ảnh</a></h3><a href="'
                f'{esc(self.album_path(album))}"><img class="lazy" src="{BLANK_GIF}" '
                f'data-original="{esc(cover)}" alt="{esc(album.title)}"></a>'
                f'<p><a href="{esc(self.album_path(album))}">{esc(album.title)}</a></p></div>'
            )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(portal.name)}</title>
<link rel="alternate" type="application/rss+xml" title="Tin tức - Sự kiện" href="/rss/tin-tuc.rss">
<link rel="stylesheet" href="{THEME}/css/bootstrap.min.css">
<link rel="stylesheet" href="{THEME}/css/swiper.min.css">
<link rel="stylesheet" href="{THEME}/css/jquery.fancybox.min.css">
<link rel="stylesheet" href="{THEME}/css/style.css?ver=3.2.7">
</head>
<body class="sc-body">
<div class="sc-topbar"><div class="container">
<span class="sc-topbar__date" id="ngayhientai"></span>
<ul class="sc-topbar__links"><li><a href="/gioi-thieu.html">Giới thiệu</a></li>
<li><a href="/lien-he.html">Liên hệ</a></li><li><a href="/rss">RSS</a></li>
<li><a href="https://mail.sonca.gov.vn" target="_blank">Thư điện tử công vụ</a></li></ul>
</div></div>
<header class="sc-header"><div class="container">
<a class="sc-logo" href="/"><img src="{THEME}/images/logo.png" alt="Quốc huy">
<span>{esc(portal.name)}</span></a>
<form class="sc-search" action="/tim-kiem" method="get"><input type="text" name="q"
placeholder="Nhập từ khóa..."><button type="submit">Tìm</button></form>
</div></header>
<nav class="sc-menu"><div class="container"><ul class="sc-menu__list">
<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>
<li><a href="{self.listing_path(None)}">{esc(self.news.name)}</a></li>
{menu}
<li><a href="{self.album_listing_path()}">Thư viện ảnh</a></li>
</ul></div></nav>
<div class="container sc-marquee"><strong>Tin mới:</strong>
<marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Chào mừng bạn
đến với {esc(portal.name)}</marquee></div>
{crumbs}
<div class="container"><div class="row">
<div class="col-md-8 sc-main">
{main}
</div>
<aside class="col-md-4 sc-sidebar">
<div class="widget widget-tthc"><h3 class="widget-title">Kết quả giải quyết TTHC</h3>
<p>Tháng {stats["month"]}: tiếp nhận {thousands(stats["total"])} hồ sơ; đã giải quyết đúng hạn
{thousands(stats["ontime"])} ({stats["percent"]}%), trễ hạn {stats["late"]}.</p>
<a href="https://dichvucong.sonca.gov.vn" target="_blank">Xem chi tiết</a></div>
<div class="widget most-read"><h3 class="widget-title">Tin đọc nhiều</h3><ul>{reads}</ul></div>
{album_box}
<div class="widget widget-video"><h3 class="widget-title">Video</h3>
<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item"
src="https://www.youtube.com/embed/{YOUTUBE_IDS[0]}" allowfullscreen></iframe></div></div>
<div class="widget widget-poll"><h3 class="widget-title">Thăm dò ý kiến</h3>
<form action="/binh-chon" method="post"><p>{esc(question)}</p>{answers}
<button type="submit">Biểu quyết</button></form></div>
<div class="widget widget-banner">
<a href="https://dichvucong.gov.vn" target="_blank"><img src="{THEME}/images/banner-dvcqg.jpg"
alt="Cổng Dịch vụ công quốc gia"></a>
<a href="https://chinhphu.vn" target="_blank"><img src="{THEME}/images/banner-chinhphu.jpg"
alt="Cổng thông tin điện tử Chính phủ"></a></div>
<div class="widget widget-counter"><h3 class="widget-title">Thống kê truy cập</h3><ul>
<li>Đang online: {thousands(visits["online"])}</li><li>Hôm nay: {thousands(visits["today"])}</li>
<li>Trong tuần: {thousands(visits["week"])}</li><li>Tổng lượt truy cập:
{thousands(visits["total"])}</li></ul></div>
</aside></div></div>
<footer class="sc-footer"><div class="container">
<p><strong>{esc(portal.name).upper()}</strong></p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Trưởng Ban biên tập: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}</p>
<p>{esc(reuse_notice(portal))}</p>
</div></footer>
<a href="#" class="sc-totop" title="Về đầu trang">&#8679;</a>
<script src="{THEME}/js/jquery.min.js"></script>
<script src="{THEME}/js/swiper.min.js"></script>
<script src="{THEME}/js/jquery.fancybox.min.js"></script>
<script src="{THEME}/js/lazysizes.min.js" async></script>
<script src="{THEME}/js/jquery.lazyload.min.js"></script>
<script src="{THEME}/js/main.js?ver=3.2.7"></script>
</body></html>
"""

    def crumbs(self, *parts: tuple[str, str]) -> str:
        links = "".join(f'<li><a href="{esc(href)}">{esc(name)}</a></li>' for name, href in parts)
        return (
            '<div class="container"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>'
            f"{links}</ol></div>"
        )

    # -- pages

    def card(self, item: Item, href: str | None = None) -> str:
        href = href or self.article_path(item)
        plan = self.plans.get(item.key)
        badge = ""
        if plan and plan.gallery:
            badge = (
                f'<span class="badge-photo"><i class="fa fa-camera"></i> {len(plan.gallery)}</span>'
            )
        return (
            f'<div class="news-item clearfix"><a class="news-item__thumb" href="{esc(href)}">'
            f'{self.thumb(item)}{badge}</a><h3 class="news-item__title"><a '
            f'href="{esc(href)}">{esc(item.title)}</a></h3><div class="news-item__date">'
            f"{dmy(item.published)} {item.published:%H:%M}</div>"
            f'<p class="news-item__sapo">{esc(item.sapo(limit=220))}</p></div>'
        )

    def pager(self, page: int, pages: int, href) -> str:
        parts = arrow_pager(
            page,
            pages,
            href,
            link='<li><a href="{href}">{n}</a></li>',
            current='<li class="active"><span>{n}</span></li>',
            gap='<li class="disabled"><span>…</span></li>',
            prev='<li><a href="{href}" aria-label="Trang trước">&laquo;</a></li>',
            next_='<li><a href="{href}" aria-label="Trang sau">&raquo;</a></li>',
        )
        return f'<nav class="sc-pager"><ul class="pagination">{"".join(parts)}</ul></nav>'

    def home_html(self, request: Request) -> str:
        healthy = [it for it in self.items if it.kind == "article"]
        slides = "".join(
            f'<div class="swiper-slide"><a href="{esc(self.article_path(it))}'
            '?utm_source=trangchu&amp;utm_campaign=slider">'
            f'{self.thumb(it, "data-src", "800x450")}</a><div class="slide-caption"><h3><a '
            f'href="{esc(self.article_path(it))}?utm_source=trangchu&amp;utm_campaign=slider">'
            f"{esc(it.title)}</a></h3></div></div>"
            for it in healthy[:5]
        )
        latest = "".join(self.card(it) for it in self.items[:6])
        blocks = []
        for section in self.sections.values():
            items = self.listed(section)[:4]
            if not items:
                continue
            first, rest = items[0], items[1:]
            others = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
                for it in rest
            )
            blocks.append(
                f'<section class="home-block"><h2 class="home-block__title"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>'
                f'{self.card(first)}<ul class="home-block__list">{others}</ul></section>'
            )
        albums = "".join(
            f'<div class="col-xs-4 album-thumb"><a href="{esc(self.album_path(a))}">'
            f'<img class="lazy" src="{BLANK_GIF}" data-original="'
            f'{esc(image_path(a, 0, "/uploads/album"))}" alt="{esc(a.title)}"></a>'
            f'<p><a href="{esc(self.album_path(a))}">{esc(a.title)}</a></p></div>'
            for a in self.albums
        )
        main = f"""<div class="home-slider swiper-container"><div class="swiper-wrapper">{slides}</div>
<div class="swiper-pagination"></div></div>
<section class="home-block home-block--news"><h2 class="home-block__title"><a
href="{self.listing_path(None)}">{esc(self.news.name)}</a></h2>{latest}
<p class="more"><a href="{self.listing_path(None)}">Xem thêm &raquo;</a></p></section>
{"".join(blocks)}
<section class="home-block home-block--album"><h2 class="home-block__title"><a
href="{self.album_listing_path()}">Thư viện ảnh</a></h2><div class="row">{albums}</div></section>"""
        return self.frame("Trang chủ", main, request)

    def listing_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        name = self.news.name if section is None else section.name
        rows = "".join(self.card(it) for it in items)
        main = (
            f'<h1 class="page-title">{esc(name)}</h1><div class="news-list">{rows}</div>'
            f"{self.pager(page, pages, lambda n: self.listing_path(section, n))}"
        )
        title = name if page == 1 else f"{name} - Trang {page}"
        return self.frame(title, main, request, self.crumbs((name, self.listing_path(section))))

    def related_strip(self, item: Item) -> str:
        same = self.others(item, 4)
        cells = "".join(
            f'<div class="col-xs-6 col-sm-3 related-item"><a class="related-item__thumb" '
            f'href="{esc(self.article_path(it))}">{self.thumb(it)}</a>'
            f'<p class="related-item__title"><a href="{esc(self.article_path(it))}">'
            f"{esc(it.title)}</a></p></div>"
            for it in same
        )
        return (
            '<div class="related-strip"><h3 class="related-strip__title">Tin liên quan</h3>'
            f'<div class="row">{cells}</div></div>'
        )

    def article_html(self, item: Item, request: Request) -> str:
        stamp = item.published
        others = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">({dmy(it.published)})</span></li>'
            for it in self.others(item, 10)[4:]
        )
        first = stable_int(item.key + "|tags", 0, len(TAGS) - 1)
        tags = ", ".join(
            f'<a href="/tim-kiem?q={esc(slugify(tag).replace("-", "+"))}" rel="tag">{esc(tag)}</a>'
            for tag in (item.section.name, TAGS[first], TAGS[(first + 2) % len(TAGS)])
        )
        content = self.content_html(item, request) if item.kind != "empty" else ""
        main = f"""<article class="detail">
<h1 class="detail-title">{esc(item.title)}</h1>
<div class="detail-meta"><span class="detail-date"><i class="fa fa-calendar"></i>
{date_line(stamp)}</span> <span class="detail-view">Lượt xem: {thousands(view_count(request.seed))}</span>
<span class="detail-share"><a href="https://www.facebook.com/sharer/sharer.php?u={esc(request.base_url + self.article_path(item))}"
target="_blank" rel="nofollow">Chia sẻ</a> <a href="javascript:window.print()">In bài</a>
<span class="font-size">Cỡ chữ: <a href="javascript:void(0)" data-step="-1">A-</a>
<a href="javascript:void(0)" data-step="1">A+</a></span></span></div>
<div class="detail-content" id="detail-content">
{content}
</div>
<div class="detail-tags"><strong>Từ khóa:</strong> {tags}</div>
{self.related_strip(item)}
</article>
<section class="other-news"><h3 class="other-news__title">Tin cùng chuyên mục</h3>
<ul>{others}</ul></section>"""
        crumbs = self.crumbs((item.section.name, self.listing_path(item.section)))
        return self.frame(item.title, main, request, crumbs)

    def albums_html(self, page: int, pages: int, items: list[Item], request: Request) -> str:
        rows = "".join(
            f'<div class="album-item"><a href="{esc(self.album_path(a))}"><img class="lazy" '
            f'src="{BLANK_GIF}" data-original="{esc(image_path(a, 0, "/uploads/album"))}" '
            f'alt="{esc(a.title)}"></a><h3><a href="{esc(self.album_path(a))}">{esc(a.title)}'
            f'</a></h3><span class="date">{dmy(a.published)}</span> '
            f'<span class="count"><i class="fa fa-image"></i> {len(a.images)} ảnh</span></div>'
            for a in items
        )
        main = (
            f'<h1 class="page-title">Thư viện ảnh</h1><div class="album-list">{rows}</div>'
            f"{self.pager(page, pages, self.album_listing_path)}"
        )
        crumbs = self.crumbs(("Thư viện ảnh", self.album_listing_path()))
        return self.frame("Thư viện ảnh", main, request, crumbs)

    def album_html(self, album: Item, request: Request) -> str:
        total = len(album.images)
        cells = "".join(
            f'<div class="col-sm-4 album-photo"><a href="{esc(image_path(album, n, "/uploads/album"))}" '
            f'data-fancybox="album" data-caption="{esc(image["caption"])}"><img class="lazyload" '
            f'src="{DATA_GIF}" data-src="{esc(image_path(album, n, "/uploads/album"))}" '
            f'alt="{esc(image["caption"])}"></a><p class="album-photo__cap">'
            f'<span class="album-photo__count">{n + 1}/{total}</span> {esc(image["caption"])}</p>'
            "</div>"
            for n, image in enumerate(album.images)
        )
        more = "".join(
            f'<li><a href="{esc(self.album_path(a))}">{esc(a.title)}</a></li>'
            for a in self.albums
            if a is not album
        )
        main = f"""<div class="album-detail">
<h1 class="album-title">{esc(album.title)}</h1>
<div class="detail-meta"><span class="detail-date">{date_line(album.published)}</span></div>
<p class="album-intro">{esc(album.paragraphs[0])}</p>
<div class="row album-grid">{cells}</div>
</div>
<section class="other-news"><h3 class="other-news__title">Album khác</h3><ul>{more}</ul></section>"""
        crumbs = self.crumbs(("Thư viện ảnh", self.album_listing_path()))
        return self.frame(album.title, main, request, crumbs)

    def static_html(self, path: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[path]
        body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        main = f'<div class="static-page"><h1 class="page-title">{esc(title)}</h1>{body}</div>'
        return self.frame(title, main, request, self.crumbs((title, path)))

    def search_html(self, request: Request) -> str:
        query = request.params.get("q", "")
        main = (
            f'<h1 class="page-title">Tìm kiếm</h1><p>Không tìm thấy kết quả nào cho từ khóa '
            f"&ldquo;{esc(query)}&rdquo;.</p>"
        )
        return self.frame("Tìm kiếm", main, request)

    def player_html(self, item: Item) -> str:
        poster = image_path(item, 60, "/uploads/video").replace(".jpg", "-poster.jpg")
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Video</title>
<meta name="robots" content="noindex">
<link rel="stylesheet" href="{THEME}/player/video-js.min.css"></head>
<body style="margin:0;background:#000">
<video class="video-js vjs-16-9" controls preload="none" poster="{esc(poster)}">
<source src="/uploads/video/{item.number}.mp4" type="video/mp4"></video>
<script src="{THEME}/player/video.min.js"></script>
</body></html>
"""

    def rss_page(self, request: Request) -> str:
        rows = [("Tin tức - Sự kiện", self.feed_path(None))]
        rows += [(s.name, self.feed_path(s)) for s in self.sections.values()]
        rows.append(("Thư viện ảnh", "/rss/thu-vien-anh.rss"))  # stale: answers 404
        items = "".join(
            f'<li><img src="{THEME}/images/rss.png" alt="RSS"> <a href="{esc(href)}">'
            f"{esc(name)}</a></li>"
            for name, href in rows
        )
        main = (
            '<h1 class="page-title">RSS</h1><p>Cổng thông tin cung cấp kênh tin RSS cho từng '
            f'chuyên mục; sao chép địa chỉ vào phần mềm đọc tin để nhận tin mới.</p><ul class="rss-list">'
            f"{items}</ul>"
        )
        return self.frame("RSS", main, request, self.crumbs(("RSS", "/rss")))

    def feed_xml(self, section: Section | None, request: Request) -> str:
        base = request.base_url
        name = self.news.name if section is None else section.name
        entries = []
        for it in [it for it in self.listed(section) if it.kind == "article"][:20]:
            entries.append(
                f"<item><title>{esc(it.title)}</title><link>{esc(base + self.article_path(it))}"
                f"</link><description>{esc(shorten(it.paragraphs[0], 250))}</description>"
                f"<pubDate>{rss_date(it.published)}</pubDate>"
                f'<guid isPermaLink="true">{esc(base + self.article_path(it))}</guid></item>'
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(name)} - {esc(self.portal.name)}</title><link>{esc(base)}/</link>"
            f"<description>{esc(name)}</description><language>vi</language>"
            f"{''.join(entries)}</channel></rss>\n"
        )

    def sitemap_xml(self, request: Request) -> str:
        base = request.base_url
        urls = [(base + "/", None)]
        urls += [(base + self.listing_path(s), None) for s in [None, *self.sections.values()]]
        urls += [
            (base + self.article_path(it), it.published)
            for it in self.items
            if it.kind == "article"
        ]
        urls += [(base + self.album_path(a), a.published) for a in self.albums]
        rows = "".join(
            f"<url><loc>{esc(loc)}</loc>"
            + (f"<lastmod>{iso_vn(when)}</lastmod>" if when else "")
            + "</url>"
            for loc, when in urls
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</urlset>\n'
        )

    def error_html(self, status: int) -> str:
        message = (
            "Trang bạn yêu cầu không tồn tại hoặc đã bị xóa."
            if status == 404
            else "Hệ thống đang bận, vui lòng thử lại sau."
        )
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Lỗi {status}</title>
<link rel="stylesheet" href="{THEME}/css/style.css?ver=3.2.7"></head>
<body class="sc-error"><div class="container"><h1>{status}</h1><p>{message}</p>
<p><a href="/">Quay về trang chủ</a></p></div></body></html>
"""
