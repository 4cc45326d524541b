"""An AMP-first provincial news portal on a vendor's theme (blind family ``ampfirst``).

Some vendors sell provinces a "mobile-first" PHP portal whose theme is AMP-first (as WordPress's
AMP plugin in its Standard mode, or the vendors' own AMP themes): every page is a valid AMP
document, canonical to itself, with no AMP twin: ``<html ⚡ lang="vi">``, the AMP runtime and its
extensions' scripts from the AMP CDN, ``<style amp-boilerplate>`` and one ``<style amp-custom>``,
no script of the site's own. What a reader sees is what the AMP components draw:

- pictures are ``<amp-img>`` (``width``/``height``/``layout``, ``lightbox``); there is no
  ``<img>`` except in the ``<noscript>`` fallbacks the theme's older content filter wrote inside
  the ``<amp-img>`` of some articles; the featured picture above the lead has no caption, the
  editor's photos a ``<figure>`` with a ``<figcaption>``;
- photo galleries are ``<amp-carousel type="slides">`` whose slides are ``<figure>`` with a
  ``<figcaption>`` (the newer gallery block) or a ``<div class="slide">`` with a
  ``<div class="slide-caption">`` (the older shortcode), a strip of thumbnails in an
  ``<amp-selector>`` under them;
- dates are ``<amp-timeago datetime="…Z">`` (the database's UTC time) whose text is a relative
  phrase ("3 ngày trước") computed when the page cache was built (:attr:`AmpFirstSite.now`,
  a few hours after the newest story); the absolute date is in the JSON-LD ``NewsArticle``
  (Vietnam time, ``dateModified`` later on edited stories) and, on some stories, also in a date
  line after the relative one: the publication's ("Thứ Hai, 04/01/2021 - 07:41") or, on some
  edited ones, only the edit's ("Cập nhật lúc 09:10 ngày 05/01/2021");
- the menu is an ``<amp-sidebar>`` (opened by a button), share buttons ``<amp-social-share>``,
  banners ``<amp-ad type="custom">`` filled from ``/api/quang-cao/<slot>.json`` (one of them
  inside the text, after its second paragraph, under a "Thông tin tuyên truyền" label), a
  YouTube clip ``<amp-youtube>`` in some texts;
- the "Tin mới" box is an ``<amp-list src="/api/tin-moi.json">`` with an ``amp-mustache``
  ``<template>``: its items are not in the HTML (robots.txt disallows ``/api/``); the visitor
  counter is an ``<amp-list>`` too, over numbers its placeholder shows as the cache had them;
  "Kết quả giải quyết TTHC" is an autoplaying carousel of text slides;
- after the text: "Tin liên quan", a carousel of cards whose ``<figcaption>`` are other stories'
  titles, "Tin cùng chuyên mục" (relative dates), ``<amp-next-page>`` whose JSON names the next
  three stories; ``<amp-analytics>`` configs (gtag and the vendor's counter, whose request URL
  templates sit in JSON) and an ``<amp-pixel>``.

URL shapes:

- home ``/``; all news ``/tin-tuc/``, a section ``/<section-slug>/``, page N ``…/trang-N/``
  (server-rendered lists with a pager; a listing without its final slash answers 301);
- article ``/<section-slug>/<title-slug>-<number>.html``;
- ``/gioi-thieu/`` and ``/lien-he/`` (pages without a date); ``/tim-kiem?q=`` (disallowed);
- JSON: ``/api/tin-moi.json``, ``/api/thong-ke-truy-cap.json``, ``/api/quang-cao/<slot>.json``;
  ``/thong-ke/ghi-nhan?…`` (the counter's beacon: 204);
- RSS ``/rss/tin-moi.rss`` and ``/rss/<section-slug>.rss`` (``<link rel="alternate">``);
  ``/sitemap.xml`` (named in robots.txt): an index of ``/sitemap-bai-viet.xml`` (lastmod the
  edit time) and ``/sitemap-chuyen-muc.xml``.

Broken pages: one story answers 404 (the theme's AMP error page), another 500 (PHP-FPM's).

Gold (:func:`gold_corpus`): text, date, author and source are the corpus's (the lead, printed
bold apart from the text as ``div.post-sapo``, is the first paragraph); the captions are what a
reader reads under the story's photos in page order: the corpus photo's figcaption, then each
gallery slide's caption once; not the featured picture (no caption), the thumbnails, the related
cards' titles or the banners.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
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
    reuse_notice,
    slugify,
    stable_int,
    thousands,
    tthc_stats,
    visitor_stats,
    weekday,
)
from dtcrawl.demo.portals import PortalDef

__all__ = [
    "AmpFirstSite",
    "Plan",
    "ago",
    "gold_captions",
    "gold_corpus",
    "page_blocks",
    "plan_for",
    "utc_stamp",
]

CDN = "https://cdn.ampproject.org"
ASSETS = "/assets/amp-th"
NEWS_SLUG = "tin-tuc"
#: How long after the newest story the page cache was built (the relative dates count from it).
CACHE_AGE = timedelta(hours=9, minutes=19)
EXTENSIONS = (
    ("amp-sidebar", "0.1"),
    ("amp-carousel", "0.2"),
    ("amp-timeago", "0.1"),
    ("amp-social-share", "0.1"),
    ("amp-ad", "0.1"),
    ("amp-list", "0.1"),
    ("amp-analytics", "0.1"),
    ("amp-selector", "0.1"),
    ("amp-accordion", "0.1"),
)
#: Gallery slides' captions (photos of the provincial press office).
SCENES = (
    "Quang cảnh buổi ra mắt nền tảng số dùng chung của tỉnh",
    "Đại biểu trải nghiệm ki-ốt tra cứu thủ tục hành chính",
    "Cán bộ Trung tâm Phục vụ hành chính công hướng dẫn người dân nộp hồ sơ trực tuyến",
    "Đoàn viên thanh niên giúp bà con cài đặt ứng dụng định danh điện tử",
    "Lãnh đạo tỉnh tham quan gian trưng bày sản phẩm công nghệ",
    "Học sinh thực hành trong phòng máy vừa được trang bị",
    "Tiểu thương chợ Bến Mây nhận tiền hàng qua mã QR",
    "Kỹ sư kiểm tra tủ máy chủ tại Trung tâm dữ liệu tỉnh",
    "Điểm cầu huyện đảo Cồn Mây tham dự hội nghị trực tuyến",
    "Tổ công nghệ số cộng đồng xã Phú An ra mắt",
    "Người cao tuổi được hướng dẫn trả tiền điện bằng điện thoại",
    "Trao giấy khen cho các đơn vị hoàn thành số hóa hồ sơ",
    "Ngư dân dùng ứng dụng theo dõi hành trình tàu cá trước khi ra khơi",
    "Công chức xã cập nhật dữ liệu dân cư vào phần mềm dùng chung",
)
YOUTUBE_IDS = ("h7Qm2LxT9aE", "Pz4cW8nRk1s", "t0VbN5yUe3g", "Kq9rD2mFj6w")
STATIC_PAGES = {
    "/gioi-thieu/": (
        "Giới thiệu chung",
        (
            "Tân Hải là tỉnh ven biển, có bờ biển dài, nhiều cửa sông và huyện đảo Cồn Mây; "
            "trung tâm hành chính của tỉnh đặt tại thành phố Bến Mây.",
            "Cổng thông tin điện tử tỉnh do Văn phòng Ủy ban nhân dân tỉnh quản lý, đăng tải "
            "thông tin chỉ đạo, điều hành của Tỉnh ủy, Ủy ban nhân dân tỉnh và kết nối tới các "
            "dịch vụ công trực tuyến của tỉnh.",
            "Phiên bản hiện nay của Cổng được xây dựng theo chuẩn trang di động tăng tốc, để "
            "người dân đọc tin nhanh trên điện thoại ở cả những vùng sóng yếu.",
        ),
    ),
    "/lien-he/": (
        "Liên hệ Ban biên tập",
        (
            "Tin, bài, ảnh cộng tác và ý kiến góp ý về nội dung Cổng xin gửi về hộp thư của Ban "
            "biên tập; bài gửi kèm ảnh ghi rõ nội dung ảnh và tên người chụp.",
        ),
    ),
}
LISTING = re.compile(r"^/([a-z0-9-]+)(?:/trang-(\d+))?(/?)$")
AD_SLOTS = {
    "sidebar": ("Cổng Dịch vụ công tỉnh Tân Hải", "https://dichvucong.tanhai.gov.vn"),
    "trong-bai": ("Tải ứng dụng Tân Hải Số", "https://tanhaiso.tanhai.gov.vn"),
}


# ---------------------------------------------------------------- what each story shows


@dataclass(frozen=True)
class Plan:
    """How one story's page is laid out, chosen from its key (its editor, the theme version it
    was saved under) and its number of paragraphs."""

    meta: str  # "ago" (relative only) | "absolute" (+ the publication's) | "updated" (+ edit's)
    edited: timedelta | None  # how long after publication the story was last saved
    noscript: bool  # <noscript><img> fallbacks inside the <amp-img>
    gallery: tuple[str, ...]  # slide captions (empty: no gallery)
    gallery_after: int | None
    gallery_style: str  # "figure" | "div"
    video_after: int | None
    ad_after: int | None


def plan_for(key: str, count: int) -> Plan:
    """The layout of story ``key`` of ``count`` paragraphs.

    >>> plan = plan_for("tanhai-bench-0", 8)
    >>> plan == plan_for("tanhai-bench-0", 8), plan.meta in ("ago", "absolute", "updated")
    (True, True)
    >>> all(plan_for(f"k{n}", 3).gallery_after in (None, 1) for n in range(30))
    True
    """
    edited = None
    if stable_int(key + "|edited", 0, 99) < 45:
        edited = timedelta(minutes=stable_int(key + "|edit-minutes", 40, 30 * 60))
    roll = stable_int(key + "|meta", 0, 99)
    meta = "absolute" if roll < 35 else "updated" if edited and roll >= 65 else "ago"
    gallery: tuple[str, ...] = ()
    gallery_after = None
    if count >= 3 and stable_int(key + "|gallery", 0, 99) < 38:
        size = stable_int(key + "|gallery-size", 3, 5)
        start = stable_int(key + "|gallery-start", 0, len(SCENES) - 1)
        gallery = tuple(SCENES[(start + 3 * n) % len(SCENES)] for n in range(size))
        gallery_after = max(1, count - 2)
    video_after = None
    if count >= 5 and stable_int(key + "|video", 0, 99) < 20:
        video_after = 2
    return Plan(
        meta=meta,
        edited=edited,
        noscript=stable_int(key + "|noscript", 0, 99) < 50,
        gallery=gallery,
        gallery_after=gallery_after,
        gallery_style="figure" if stable_int(key + "|gstyle", 0, 1) else "div",
        video_after=video_after,
        ad_after=1 if count >= 4 else None,
    )


def page_blocks(
    plan: Plan, count: int, images: Sequence[dict[str, Any]]
) -> list[tuple[int, str, Any]]:
    """What follows each paragraph, in page order: ``(after, kind, value)`` with ``kind``
    "photo" (value ``(index, caption)``), "ad", "video" or "gallery" (value the captions).

    >>> plan = dataclasses.replace(plan_for("k", 6), gallery=("a", "b"), gallery_after=4,
    ...     video_after=2, ad_after=1)
    >>> [(a, k) for a, k, _ in page_blocks(plan, 6, [{"after": 0, "caption": "x"}])]
    [(0, 'photo'), (1, 'ad'), (2, 'video'), (4, 'gallery')]
    """
    last = max(0, count - 1)
    out: list[tuple[int, int, str, Any]] = []
    for index, image in enumerate(images):
        after = max(0, min(int(image.get("after", 0)), last))
        out.append((after, 0, "photo", (index, str(image.get("caption") or ""))))
    if plan.ad_after is not None:
        out.append((min(plan.ad_after, last), 1, "ad", None))
    if plan.video_after is not None:
        out.append((min(plan.video_after, last), 2, "video", None))
    if plan.gallery:
        out.append((min(plan.gallery_after or 0, last), 3, "gallery", plan.gallery))
    out.sort(key=lambda entry: (entry[0], entry[1]))
    return [(after, kind, value) for after, _, kind, value in out]


def gold_captions(plan: Plan, count: int, images: Sequence[dict[str, Any]]) -> list[dict]:
    """The captions a reader reads under the story's photos, in page order, as corpus images.

    >>> plan = dataclasses.replace(plan_for("k", 6), gallery=("a", "b"), gallery_after=4)
    >>> [c["caption"] for c in gold_captions(plan, 6, [{"after": 0, "caption": "x"}])]
    ['x', 'a', 'b']
    """
    out = []
    for after, kind, value in page_blocks(plan, count, images):
        if kind == "photo":
            out.append({"after": after, "caption": value[1]})
        elif kind == "gallery":
            out.extend({"after": after, "caption": caption} for caption in value)
    return out


def gold_corpus(corpus: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
    """``corpus`` with each story's captions as a reader reads them on its page.

    >>> from dtcrawl.bench.synthetic import demo_corpus
    >>> served = demo_corpus(40, "tanhai")
    >>> gold = gold_corpus(served)["tanhai"]
    >>> [g.paragraphs == s.paragraphs for g, s in zip(gold, served["tanhai"])] == [True] * 40
    True
    >>> sum(len(g.images) for g in gold) > sum(len(s.images) for s in served["tanhai"])
    True
    """
    out: dict[str, list[Any]] = {}
    for portal_id, articles in corpus.items():
        out[portal_id] = []
        for article in articles:
            count = len(article.paragraphs)
            images = list(article.images or ())
            captions = tuple(gold_captions(plan_for(article.key, count), count, images))
            out[portal_id].append(dataclasses.replace(article, images=captions))
    return out


# ---------------------------------------------------------------- dates


def utc_stamp(moment: datetime) -> str:
    """The UTC ISO time the theme writes in ``<amp-timeago datetime>`` for a Vietnam time.

    >>> utc_stamp(datetime(2021, 1, 4, 7, 41))
    '2021-01-04T00:41:00Z'
    """
    return (moment - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def ago(now: datetime, moment: datetime) -> str:
    """The relative phrase ``<amp-timeago>`` shows (and the cache holds) for ``moment``.

    >>> now = datetime(2021, 1, 7, 8, 0)
    >>> [ago(now, now - timedelta(minutes=m)) for m in (0, 45, 150, 3 * 1440 + 5, 20 * 1440)]
    ['vừa xong', '45 phút trước', '2 giờ trước', '3 ngày trước', '2 tuần trước']
    >>> ago(now, datetime(2019, 1, 1))
    '2 năm trước'
    """
    minutes = int((now - moment).total_seconds() // 60)
    if minutes < 1:
        return "vừa xong"
    if minutes < 60:
        return f"{minutes} phút trước"
    hours = minutes // 60
    if hours < 24:
        return f"{hours} giờ trước"
    days = hours // 24
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    if days < 365:
        return f"{days // 30} tháng trước"
    return f"{days // 365} năm trước"


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


def json_script(data: Any) -> str:
    """JSON for an inline ``<script>`` (no ``</`` inside)."""
    return json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")


# ---------------------------------------------------------------- the site

CSS = """
:root{--th-blue:#0b5394;--th-red:#c62828}
body{font-family:Roboto,Arial,sans-serif;margin:0;color:#222;background:#f4f6f8}
.site-header{display:flex;align-items:center;background:var(--th-blue);color:#fff;padding:8px 12px}
.hamburger{background:none;border:0;color:#fff;font-size:26px}
.brand{display:flex;align-items:center;color:#fff;text-decoration:none;margin-left:8px}
.brand span{margin-left:8px;line-height:1.2}
.quick-nav{overflow-x:auto;white-space:nowrap;background:#fff;border-bottom:1px solid #ddd}
.quick-nav a{display:inline-block;padding:10px 12px;color:var(--th-blue);text-decoration:none}
amp-sidebar{width:280px;background:#fff;padding:12px}
.layout{max-width:1100px;margin:0 auto;display:flex;flex-wrap:wrap;gap:16px;padding:12px}
.main{flex:1 1 640px;min-width:0}.aside{flex:0 1 320px}
.post{background:#fff;padding:16px}.post-title{font-size:26px;line-height:1.3;margin:8px 0}
.post-meta{color:#777;font-size:13px}.post-date{margin-left:6px}
.post-sapo{font-weight:700;margin:12px 0}.post-content p{line-height:1.6}
.post-author{text-align:right;font-weight:700}.post-source{text-align:right;font-style:italic}
figure{margin:12px 0}figcaption,.slide-caption{font-size:14px;color:#555;text-align:center}
.in-content-ad{margin:16px 0;text-align:center}.ad-label{font-size:11px;color:#999}
.thumbs amp-img{opacity:.6}.thumbs [selected]{opacity:1;outline:none}
.widget{background:#fff;margin-bottom:16px;padding:12px}.widget h3{color:var(--th-red)}
.pagination a,.pagination span{display:inline-block;padding:4px 10px;margin:2px}
.pagination .current{background:var(--th-blue);color:#fff}
.site-footer{background:#0a3d6b;color:#dde;padding:16px;font-size:13px}
""".strip()

BOILERPLATE = (
    "<style amp-boilerplate>body{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;"
    "-moz-animation:-amp-start 8s steps(1,end) 0s 1 normal both;-ms-animation:-amp-start 8s "
    "steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}"
    "@-webkit-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    "@-moz-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    "@-ms-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    "@-o-keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}"
    "@keyframes -amp-start{from{visibility:hidden}to{visibility:visible}}</style>"
    "<noscript><style amp-boilerplate>body{-webkit-animation:none;-moz-animation:none;"
    "-ms-animation:none;animation:none}</style></noscript>"
)


class AmpFirstSite(CmsSite):
    """A portal of the ``ampfirst`` family (see the module docstring)."""

    number_base = 52_000
    number_stride = 13
    image_folder = "/uploads/images"
    family_headers = {"Server": "nginx/1.22.1", "X-Powered-By": "PHP/8.1.27"}

    def __init__(self, portal: PortalDef, articles: Sequence[Any]):
        super().__init__(portal, articles)
        newest = max((it.published for it in self.items), default=datetime(2021, 1, 1))
        #: When the page cache was built: the relative dates count from here.
        self.now = (newest + CACHE_AGE).replace(second=0, microsecond=0)
        self.plans: dict[str, Plan] = {}
        for it in self.items:
            plan = plan_for(it.key, len(it.paragraphs))
            if plan.edited is not None:
                edit = min(it.published + plan.edited, self.now - timedelta(minutes=12))
                if edit > it.published:
                    it.modified = edit
            if it.modified is None and plan.meta == "updated":
                plan = dataclasses.replace(plan, meta="ago")
            self.plans[it.key] = plan

    # -- URL shapes

    def article_path(self, item: Item) -> str:
        return f"/{item.section.slug}/{slugify(item.title, max_len=80)}-{item.number}.html"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        slug = NEWS_SLUG if self.is_news(section) else section.slug
        return f"/{slug}/" if page <= 1 else f"/{slug}/trang-{page}/"

    def feed_path(self, section: Section | None) -> str:
        return f"/rss/{'tin-moi' if self.is_news(section) else section.slug}.rss"

    def extra_paths(self) -> dict[str, str]:
        paths = {"sitemap": "/sitemap.xml", "rss-news": self.feed_path(None)}
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
        if path in ("/", "/index.php"):
            return self.html_response(self.home_html(request))
        if path in self.by_path:
            return self.article_response(self.by_path[path], request)
        if path in STATIC_PAGES:
            return self.html_response(self.static_html(path, request))
        if path == "/tim-kiem":
            return self.html_response(self.search_html(request))
        if path == "/api/tin-moi.json":
            return self.json_response(self.latest_json(request))
        if path == "/api/thong-ke-truy-cap.json":
            return self.json_response(visitor_stats(request.seed))
        if path.startswith("/api/quang-cao/") and path.endswith(".json"):
            slot = path[len("/api/quang-cao/") : -len(".json")]
            if slot not in AD_SLOTS:
                return None
            alt, href = AD_SLOTS[slot]
            src = f"{ASSETS}/banner/{slot}.jpg"
            return self.json_response({"items": [{"src": src, "href": href, "alt": alt}]})
        if path == "/thong-ke/ghi-nhan":
            return Response(204, {"Cache-Control": "no-store", **self.family_headers}, b"")
        if path == "/sitemap.xml":
            return self.xml_response(self.sitemap_index(request))
        if path == "/sitemap-bai-viet.xml":
            return self.xml_response(self.sitemap_articles(request))
        if path == "/sitemap-chuyen-muc.xml":
            return self.xml_response(self.sitemap_sections(request))
        if path.startswith("/rss/") and path.endswith(".rss"):
            slug = path[len("/rss/") : -len(".rss")]
            section = None if slug == "tin-moi" else self.section_by_slug(slug)
            if slug != "tin-moi" and section is None:
                return None
            return self.xml_response(self.rss_xml(section, request), "application/rss+xml")
        match = LISTING.fullmatch(path)
        if match:
            slug, page_text, slash = match.groups()
            section = None if slug == NEWS_SLUG else self.section_by_slug(slug)
            if slug != NEWS_SLUG and section is None:
                return None
            page = page_number(page_text)
            if page_text is not None and page == 1:
                return self.redirect(request, self.listing_path(section))
            if not slash:
                return self.redirect(request, self.listing_path(section, page))
            items, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.listing_html(section, page, pages, items, request))
        return None

    def redirect(self, request: Request, path: str) -> Response:
        headers = {"Location": request.base_url + path, **self.family_headers}
        headers["Content-Type"] = "text/html; charset=utf-8"
        body = f'<html><body>Moved: <a href="{esc(path)}">{esc(path)}</a></body></html>'
        return Response(301, headers, body.encode("utf-8"))

    def json_response(self, data: Any) -> Response:
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Access-Control-Allow-Origin": "*",
            "AMP-Access-Control-Allow-Source-Origin": f"https://{self.portal.domain}",
            **self.family_headers,
        }
        return Response(200, headers, body)

    def xml_response(self, text: str, content_type: str = "application/xml") -> Response:
        headers = {"Content-Type": f"{content_type}; charset=utf-8", **self.family_headers}
        return Response(200, headers, text.encode("utf-8"))

    # -- small pieces

    def timeago(self, moment: datetime) -> str:
        return (
            f'<amp-timeago layout="fixed" width="130" height="18" datetime="{utc_stamp(moment)}" '
            f'locale="vi">{ago(self.now, moment)}</amp-timeago>'
        )

    def amp_img(
        self,
        src: str,
        alt: str,
        width: int = 800,
        height: int = 533,
        layout: str = "responsive",
        noscript: bool = False,
        extra: str = "",
    ) -> str:
        fallback = (
            f'<noscript><img src="{esc(src)}" width="{width}" height="{height}" '
            f'alt="{esc(alt)}"></noscript>'
            if noscript
            else ""
        )
        return (
            f'<amp-img src="{esc(src)}" width="{width}" height="{height}" layout="{layout}" '
            f'alt="{esc(alt)}"{extra}>{fallback}</amp-img>'
        )

    def thumb(self, item: Item, width: int = 320, height: int = 180) -> str:
        return self.amp_img(image_path(item, 99, self.image_folder), item.title, width, height)

    def share(self, url: str, title: str) -> str:
        return (
            '<div class="post-share"><span>Chia sẻ:</span>'
            '<amp-social-share type="facebook" width="32" height="32" '
            'data-param-app_id="254325784911610"></amp-social-share>'
            f'<amp-social-share type="zalo" width="32" height="32" data-share-endpoint='
            f'"https://sp.zalo.me/share_inline?u={esc(url)}"></amp-social-share>'
            '<amp-social-share type="email" width="32" height="32" '
            f'data-param-subject="{esc(title)}"></amp-social-share>'
            '<amp-social-share type="system" width="32" height="32"></amp-social-share></div>'
        )

    def ad(self, slot: str, width: int = 300, height: int = 250) -> str:
        return (
            f'<amp-ad width="{width}" height="{height}" type="custom" '
            f'data-url="/api/quang-cao/{slot}.json"><template type="amp-mustache">'
            '<a href="{{href}}" target="_blank"><amp-img layout="fixed" '
            f'width="{width}" height="{height}" src="{{{{src}}}}" alt="{{{{alt}}}}"></amp-img>'
            "</a></template><div placeholder></div><div fallback></div></amp-ad>"
        )

    # -- page frame

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        *,
        canonical: str,
        head: str = "",
        after_body: str = "",
        section_name: str = "",
        extensions: Sequence[tuple[str, str]] = (),
        description: str = "",
    ) -> str:
        portal = self.portal
        scripts = "\n".join(
            f'<script async custom-element="{name}" src="{CDN}/v0/{name}-{version}.js"></script>'
            for name, version in (*EXTENSIONS, *extensions)
        )
        sections = list(self.sections.values())
        side_links = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>' for s in sections
        )
        quick = "".join(
            f'<a href="{esc(self.listing_path(s))}">{esc(s.name)}</a>' for s in sections
        )
        stats = tthc_stats(request.seed)
        visits = visitor_stats(request.seed)
        gtag = {
            "vars": {
                "gtag_id": "G-TH7Q2M1ZK5",
                "config": {
                    "G-TH7Q2M1ZK5": {"groups": "default", "content_group": section_name or "Chung"}
                },
            },
            "triggers": {"trackPageview": {"on": "visible", "request": "pageview"}},
        }
        counter = {
            "requests": {
                "base": f"/thong-ke/ghi-nhan?site={portal.id}",
                "pageview": "${base}&url=${canonicalUrl}&ref=${documentReferrer}&r=${random}",
            },
            "triggers": {"pv": {"on": "visible", "request": "pageview"}},
            "transport": {"beacon": False, "xhrpost": False, "image": True},
        }
        description_meta = (
            f'<meta name="description" content="{esc(description)}">\n' if description else ""
        )
        return f"""<!doctype html>
<html ⚡ lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)} | {esc(portal.name)}</title>
<link rel="canonical" href="{esc(request.base_url + canonical)}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
{description_meta}<meta property="og:site_name" content="{esc(portal.name)}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{esc(request.base_url + canonical)}">
{head}<link rel="alternate" type="application/rss+xml" title="Tin mới - {esc(portal.short_name)}" href="{self.feed_path(None)}">
<link rel="icon" href="{ASSETS}/img/favicon.png">
<link rel="preconnect" href="{CDN}">
<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Roboto:400,700&amp;subset=vietnamese">
<script async src="{CDN}/v0.js"></script>
{scripts}
<script async custom-template="amp-mustache" src="{CDN}/v0/amp-mustache-0.2.js"></script>
{BOILERPLATE}
<style amp-custom>
{CSS}
</style>
</head>
<body>
<amp-analytics type="gtag" data-credentials="include"><script type="application/json">
{json_script(gtag)}
</script></amp-analytics>
<amp-analytics><script type="application/json">
{json_script(counter)}
</script></amp-analytics>
<amp-sidebar id="menu" layout="nodisplay" side="left">
<button class="close" on="tap:menu.close" aria-label="Đóng menu">✕</button>
<form class="search" method="GET" action="/tim-kiem" target="_top">
<input type="search" name="q" placeholder="Nhập từ khóa tìm kiếm..." required>
<button type="submit">Tìm</button></form>
<nav class="side-menu" aria-label="Menu chính"><ul>
<li><a href="/">Trang chủ</a></li>
<li><a href="/gioi-thieu/">Giới thiệu</a></li>
<li><a href="{self.listing_path(None)}">{esc(self.news.name)}</a><ul>{side_links}</ul></li>
<li><a href="https://vanban.tanhai.gov.vn">Văn bản chỉ đạo, điều hành</a></li>
<li><a href="https://dichvucong.tanhai.gov.vn">Dịch vụ công trực tuyến</a></li>
<li><a href="/lien-he/">Liên hệ</a></li>
</ul></nav>
</amp-sidebar>
<header class="site-header" id="top">
<button class="hamburger" on="tap:menu.toggle" aria-label="Mở menu">☰</button>
<a class="brand" href="/">{self.amp_img(ASSETS + "/img/quoc-huy.png", "Quốc huy", 44, 44, "fixed")}
<span>Cổng thông tin điện tử<br><strong>tỉnh {esc(portal.province)}</strong></span></a>
</header>
<nav class="quick-nav"><a href="/">Trang chủ</a><a href="{self.listing_path(None)}">Tin tức</a>{quick}</nav>
<div class="layout">
<main class="main">
{main}
</main>
<aside class="aside">
<section class="widget widget-latest"><h3>Tin mới</h3>
<amp-list src="/api/tin-moi.json" layout="fixed-height" height="420" items="items">
<template type="amp-mustache"><div class="latest-item"><a href="{{{{url}}}}">
<amp-img src="{{{{image}}}}" width="96" height="64" layout="fixed" alt="{{{{title}}}}"></amp-img>
<span>{{{{title}}}}</span></a></div></template>
<div placeholder>Đang tải...</div>
<div fallback>Không tải được danh sách tin.</div>
</amp-list></section>
<section class="widget widget-tthc"><h3>Kết quả giải quyết TTHC</h3>
<amp-carousel type="slides" layout="fixed-height" height="90" autoplay delay="4000" loop>
<div class="tthc-slide">Tháng {stats["month"]}: tiếp nhận {thousands(stats["total"])} hồ sơ</div>
<div class="tthc-slide">Giải quyết đúng hạn {thousands(stats["ontime"])} hồ sơ ({stats["percent"]}%)</div>
<div class="tthc-slide">Trễ hạn: {thousands(stats["late"])} hồ sơ</div>
</amp-carousel>
<a href="https://dichvucong.tanhai.gov.vn/thong-ke">Xem chi tiết</a></section>
<section class="widget widget-banner">{self.ad("sidebar")}</section>
<section class="widget widget-links">
<amp-accordion disable-session-states><section><h4>Liên kết website</h4><ul>
<li><a href="https://chinhphu.vn">Cổng Thông tin điện tử Chính phủ</a></li>
<li><a href="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</a></li>
<li><a href="https://tinhuy.tanhai.gov.vn">Tỉnh ủy Tân Hải</a></li>
<li><a href="https://hdnd.tanhai.gov.vn">Hội đồng nhân dân tỉnh</a></li>
</ul></section></amp-accordion></section>
<section class="widget widget-counter"><h3>Thống kê truy cập</h3>
<amp-list src="/api/thong-ke-truy-cap.json" layout="fixed-height" height="110" items="." single-item>
<template type="amp-mustache"><ul><li>Đang trực tuyến: {{{{online}}}}</li><li>Hôm nay: {{{{today}}}}</li>
<li>Trong tháng: {{{{month}}}}</li><li>Tổng lượt truy cập: {{{{total}}}}</li></ul></template>
<div placeholder><ul><li>Đang trực tuyến: {thousands(visits["online"])}</li>
<li>Hôm nay: {thousands(visits["today"])}</li><li>Trong tháng: {thousands(visits["month"])}</li>
<li>Tổng lượt truy cập: {thousands(visits["total"])}</li></ul></div>
</amp-list></section>
</aside>
</div>
<footer class="site-footer">
<p><strong>Cơ quan chủ quản: {esc(portal.agency)}</strong></p>
<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}</p>
<p>{esc(reuse_notice(portal))}</p>
<button class="to-top" on="tap:top.scrollTo(duration=300)">Về đầu trang</button>
</footer>
<amp-pixel src="/thong-ke/ghi-nhan?site={portal.id}&amp;p=pixel&amp;r=RANDOM" layout="nodisplay"></amp-pixel>
{after_body}</body>
</html>
"""

    def crumbs(self, section: Section | None) -> str:
        name = self.news.name if section is None else section.name
        return (
            '<nav class="breadcrumb"><a href="/">Trang chủ</a> › '
            f'<a href="{esc(self.listing_path(section))}">{esc(name)}</a></nav>'
        )

    # -- pages

    def card(self, item: Item, excerpt: bool = True) -> str:
        href = esc(self.article_path(item))
        sapo = f'<p class="excerpt">{esc(item.sapo())}</p>' if excerpt else ""
        return (
            f'<article class="list-item"><a class="list-thumb" href="{href}">{self.thumb(item)}'
            f'</a><h3 class="list-title"><a href="{href}">{esc(item.title)}</a></h3>'
            f'<div class="list-meta">{self.timeago(item.published)}</div>{sapo}</article>'
        )

    def home_html(self, request: Request) -> str:
        slides = "".join(
            f'<a class="hero-slide" href="{esc(self.article_path(it))}">'
            f"{self.amp_img(image_path(it, 99, self.image_folder), it.title, 800, 450)}"
            f'<div class="hero-caption"><h2>{esc(it.title)}</h2>{self.timeago(it.published)}'
            "</div></a>"
            for it in self.latest(5)
        )
        blocks = []
        for section in self.sections.values():
            items = self.listed(section)[:4]
            if not items:
                continue
            rest = "".join(self.card(it, excerpt=False) for it in items[1:])
            blocks.append(
                f'<section class="cat-block"><h2 class="cat-title"><a href='
                f'"{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>'
                f'<div class="cat-lead">{self.card(items[0])}</div>'
                f'<div class="cat-more">{rest}</div>'
                f'<a class="cat-all" href="{esc(self.listing_path(section))}">Xem tất cả</a>'
                "</section>"
            )
        main = (
            f'<h1 class="sr-only">{esc(self.portal.name)}</h1>'
            '<amp-carousel id="hero" class="hero" type="slides" layout="responsive" '
            f'width="800" height="450" autoplay delay="5000" loop>{slides}</amp-carousel>'
            f"{''.join(blocks)}"
        )
        website = {
            "@context": "https://schema.org",
            "@type": "WebSite",
            "name": self.portal.name,
            "url": request.base_url + "/",
            "potentialAction": {
                "@type": "SearchAction",
                "target": request.base_url + "/tim-kiem?q={search_term_string}",
                "query-input": "required name=search_term_string",
            },
        }
        head = f'<script type="application/ld+json">{json_script(website)}</script>\n'
        return self.frame("Trang chủ", main, request, canonical="/", head=head)

    def listing_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        name = self.news.name if section is None else section.name
        rows = "".join(self.card(it) for it in items)
        pager = arrow_pager(
            page,
            pages,
            lambda n: self.listing_path(section, n),
            link='<a href="{href}">{n}</a>',
            current='<span class="current">{n}</span>',
            gap='<span class="dots">…</span>',
            prev='<a class="prev" href="{href}" aria-label="Trang trước">«</a>',
            next_='<a class="next" href="{href}" aria-label="Trang sau">»</a>',
        )
        title = name if page == 1 else f"{name} - Trang {page}"
        main = (
            f'{self.crumbs(section)}<h1 class="page-title">{esc(name)}</h1>'
            f'<div class="list">{rows}</div>'
            f'<nav class="pagination" aria-label="Phân trang">{"".join(pager)}</nav>'
        )
        head = ""
        if page > 1:
            head += f'<link rel="prev" href="{esc(self.listing_path(section, page - 1))}">\n'
        if page < pages:
            head += f'<link rel="next" href="{esc(self.listing_path(section, page + 1))}">\n'
        return self.frame(
            title,
            main,
            request,
            canonical=self.listing_path(section, page),
            head=head,
            section_name=name,
        )

    def date_line(self, item: Item, plan: Plan) -> str:
        line = self.timeago(item.published)
        stamp = item.published
        if plan.meta == "absolute":
            line += (
                f' <span class="post-date">{weekday(stamp)}, {dmy(stamp)} - {stamp:%H:%M}</span>'
            )
        elif plan.meta == "updated" and item.modified:
            edit = item.modified
            line += f' <span class="post-date">Cập nhật lúc {edit:%H:%M} ngày {dmy(edit)}</span>'
        return f'<div class="post-meta">{line}</div>'

    def gallery(self, item: Item, plan: Plan) -> str:
        ident = f"gallery-{item.number}"
        slides = []
        thumbs = []
        for n, caption in enumerate(plan.gallery):
            src = image_path(item, 10 + n, self.image_folder)
            picture = self.amp_img(src, caption, noscript=plan.noscript)
            if plan.gallery_style == "figure":
                slides.append(
                    f'<figure class="slide">{picture}<figcaption>{esc(caption)}</figcaption></figure>'
                )
            else:
                slides.append(
                    f'<div class="slide">{picture}<div class="slide-caption">{esc(caption)}</div></div>'
                )
            thumbs.append(
                f'<amp-img option="{n}"{" selected" if n == 0 else ""} src="{esc(src)}" '
                f'width="80" height="54" layout="fixed" alt=""></amp-img>'
            )
        return (
            f'<div class="post-gallery"><amp-carousel id="{ident}" type="slides" '
            f'layout="responsive" width="800" height="600" controls loop lightbox '
            f'on="slideChange:{ident}-thumbs.toggle(index=event.index, value=true)">'
            f"{''.join(slides)}</amp-carousel>"
            f'<amp-selector id="{ident}-thumbs" class="thumbs" layout="container" '
            f'on="select:{ident}.goToSlide(index=event.targetOption)">{"".join(thumbs)}'
            "</amp-selector></div>"
        )

    def article_html(self, item: Item, request: Request) -> str:
        plan = self.plans[item.key]
        paragraphs = item.body(request.revision)
        blocks = page_blocks(plan, len(paragraphs), item.images)
        following: dict[int, list[str]] = {}
        for after, kind, value in blocks:
            if kind == "photo":
                index, caption = value
                src = image_path(item, index, self.image_folder)
                picture = self.amp_img(src, caption, noscript=plan.noscript, extra=" lightbox")
                markup = f'<figure class="post-image">{picture}<figcaption>{esc(caption)}</figcaption></figure>'
            elif kind == "ad":
                markup = (
                    '<div class="in-content-ad"><span class="ad-label">Thông tin tuyên truyền'
                    f"</span>{self.ad('trong-bai', 336, 280)}</div>"
                )
            elif kind == "video":
                video = YOUTUBE_IDS[stable_int(item.key + "|yt", 0, len(YOUTUBE_IDS) - 1)]
                markup = (
                    f'<amp-youtube data-videoid="{video}" layout="responsive" width="480" '
                    'height="270"></amp-youtube>'
                )
            else:
                markup = self.gallery(item, plan)
            following.setdefault(after, []).append(markup)
        lead = ""
        content: list[str] = []
        for index, text in enumerate(paragraphs):
            if index == 0:
                lead = f'<div class="post-sapo">{esc(text)}</div>'
            else:
                content.append(f"<p>{esc(text)}</p>")
            content.extend(following.get(index, []))
        byline = ""
        if item.author:
            byline += f'<p class="post-author"><strong>{esc(item.author)}</strong></p>'
        if item.source:
            byline += f'<p class="post-source">Nguồn: {esc(item.source)}</p>'
        canonical = self.article_path(item)
        url = request.base_url + canonical
        featured = image_path(item, 99, self.image_folder)
        related = self.related(item)
        cards = "".join(
            f'<a class="related-card" href="{esc(self.article_path(it))}"><figure>'
            f"{self.thumb(it, 240, 135)}<figcaption>{esc(it.title)}</figcaption></figure></a>"
            for it in related
        )
        same = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f"{self.timeago(it.published)}</li>"
            for it in self.others(item, 6)
        )
        main = f"""{self.crumbs(item.section)}
<article class="post">
<a class="post-cat" href="{esc(self.listing_path(item.section))}">{esc(item.section.name)}</a>
<h1 class="post-title">{esc(item.title)}</h1>
{self.date_line(item, plan)}
{self.share(url, item.title)}
<figure class="post-thumbnail">{self.amp_img(featured, item.title, 1200, 675)}</figure>
{lead}
<div class="post-content">
{"".join(content)}
</div>
{byline}
{self.share(url, item.title)}
</article>
<section class="related"><h2 class="block-title">Tin liên quan</h2>
<amp-carousel type="carousel" layout="fixed-height" height="230" controls>{cards}</amp-carousel>
</section>
<section class="same-cat"><h2 class="block-title">Tin cùng chuyên mục</h2><ul>{same}</ul></section>"""
        author: dict[str, Any] = (
            {"@type": "Person", "name": item.author}
            if item.author
            else {"@type": "Organization", "name": self.portal.name}
        )
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": item.title,
            "description": item.sapo(),
            "image": {
                "@type": "ImageObject",
                "url": request.base_url + featured,
                "width": 1200,
                "height": 675,
            },
            "datePublished": iso_vn(item.published),
            "dateModified": iso_vn(item.modified or item.published),
            "author": author,
            "publisher": {
                "@type": "Organization",
                "name": self.portal.name,
                "logo": {
                    "@type": "ImageObject",
                    "url": request.base_url + ASSETS + "/img/logo-600x60.png",
                    "width": 600,
                    "height": 60,
                },
            },
            "articleSection": item.section.name,
        }
        head = (
            '<meta property="og:type" content="article">\n'
            f'<meta property="og:image" content="{esc(request.base_url + featured)}">\n'
            f'<script type="application/ld+json">{json_script(data)}</script>\n'
        )
        pages = [
            {
                "url": request.base_url + self.article_path(it),
                "title": it.title,
                "image": request.base_url + image_path(it, 99, self.image_folder),
            }
            for it in self.others(item, 3)
        ]
        after_body = (
            f'<amp-next-page><script type="application/json">{json_script(pages)}</script>'
            '<div separator><h3 class="next-label">Bài tiếp theo</h3></div></amp-next-page>\n'
        )
        extensions = [("amp-next-page", "1.0")]
        if plan.video_after is not None:
            extensions.append(("amp-youtube", "0.1"))
        return self.frame(
            item.title,
            main,
            request,
            canonical=canonical,
            head=head,
            after_body=after_body,
            section_name=item.section.name,
            extensions=extensions,
            description=item.sapo(),
        )

    def related(self, item: Item) -> list[Item]:
        """The "Tin liên quan" cards: stories of other sections, picked from the item's key."""
        pool = [it for it in self.items if it.kind == "article" and it.section != item.section]
        if not pool:
            return []
        start = stable_int(item.key + "|related", 0, len(pool) - 1)
        return [pool[(start + 5 * n) % len(pool)] for n in range(min(4, len(pool)))]

    def static_html(self, path: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[path]
        body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        main = (
            f'<article class="page"><h1 class="page-title">{esc(title)}</h1>'
            f'<div class="page-content">{body}</div></article>'
        )
        return self.frame(title, main, request, canonical=path)

    def search_html(self, request: Request) -> str:
        query = request.params.get("q", "")
        main = (
            f'<h1 class="page-title">Kết quả tìm kiếm</h1><p>Không tìm thấy kết quả nào cho '
            f"từ khóa “{esc(query)}”.</p>"
        )
        return self.frame("Tìm kiếm", main, request, canonical="/tim-kiem")

    def error_html(self, status: int) -> str:
        if status >= 500:
            return (
                "<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n"
                "<center><h1>500 Internal Server Error</h1></center>\r\n"
                "<hr><center>nginx/1.22.1</center>\r\n</body>\r\n</html>\r\n"
            )
        request = Request("/404", {}, 0, f"{self.portal.id}:404", f"https://{self.portal.domain}")
        main = (
            '<div class="not-found"><h1 class="page-title">Không tìm thấy trang</h1>'
            "<p>Trang bạn truy cập không tồn tại hoặc đã được gỡ bỏ.</p>"
            '<p><a href="/">Quay về trang chủ</a></p></div>'
        )
        return self.frame("Không tìm thấy trang", main, request, canonical="/")

    # -- JSON, feeds and sitemaps

    def latest_json(self, request: Request) -> dict[str, Any]:
        return {
            "items": [
                {
                    "title": it.title,
                    "url": self.article_path(it),
                    "image": image_path(it, 99, self.image_folder),
                    "time": ago(self.now, it.published),
                }
                for it in self.latest(8)
            ]
        }

    def rss_xml(self, section: Section | None, request: Request) -> str:
        base = request.base_url
        name = self.news.name if section is None else section.name
        entries = "".join(
            f"<item><title>{esc(it.title)}</title><link>{esc(base + self.article_path(it))}</link>"
            f'<guid isPermaLink="true">{esc(base + self.article_path(it))}</guid>'
            f"<description>{esc(it.sapo())}</description><pubDate>{rss_date(it.published)}"
            "</pubDate></item>\n"
            for it in [i for i in self.listed(section) if i.kind == "article"][:20]
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(name)} - {esc(self.portal.name)}</title>"
            f"<link>{esc(base + self.listing_path(section))}</link>"
            f"<description>{esc(name)}</description><language>vi</language>\n"
            f"{entries}</channel></rss>\n"
        )

    def sitemap_index(self, request: Request) -> str:
        base = request.base_url
        rows = "".join(
            f"<sitemap><loc>{base}{path}</loc><lastmod>{iso_vn(self.now)}</lastmod></sitemap>\n"
            for path in ("/sitemap-bai-viet.xml", "/sitemap-chuyen-muc.xml")
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{rows}</sitemapindex>\n"
        )

    def sitemap_articles(self, request: Request) -> str:
        base = request.base_url
        rows = "".join(
            f"<url><loc>{esc(base + self.article_path(it))}</loc>"
            f"<lastmod>{iso_vn(it.modified or it.published)}</lastmod></url>\n"
            for it in self.items
            if it.kind != "missing"
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{rows}</urlset>\n"
        )

    def sitemap_sections(self, request: Request) -> str:
        base = request.base_url
        paths = ["/", self.listing_path(None)]
        paths += [self.listing_path(s) for s in self.sections.values()]
        rows = "".join(
            f"<url><loc>{esc(base + p)}</loc><changefreq>hourly</changefreq></url>\n" for p in paths
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{rows}</urlset>\n"
        )
