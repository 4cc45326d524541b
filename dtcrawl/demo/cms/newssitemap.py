"""A provincial portal on a headless CMS with a Nuxt 3 front end, found through its sitemaps
(portal hoanglam).

The real family: portals rebuilt in 2022-2024 by vendors who put a headless CMS (Strapi or
Directus) behind a Nuxt 3 server-rendered front end, nginx in front. The HTML of a section page
renders only its 6 newest items; the rest of a list comes from a "Xem thêm" button whose script
(in the bundle, not in the page) asks the CMS's JSON API, under ``/api/``, which robots.txt
disallows: a polite crawler may not use it. What such sites give a crawler instead is what they
give search engines: sitemaps, made by the front end's sitemap job and by a Google News module,
each configured by a different hand. Old articles are linked from NO page: they are reachable
only through the sitemaps.

URL shapes (vue-router without strict mode: a trailing slash serves the same page, 200, and
query parameters such as ``utm_*`` are ignored):

- home ``/``; all news ``/tin-tuc``; a section ``/tin-tuc/<section-slug>``; a tag
  ``/tag/<tag-slug>`` (its list is drawn in the browser only: the server sends a skeleton);
- article ``/tin-tuc/<section-slug>/<title-slug>`` (Strapi's uid field, the whole title);
- pages of text (no date) ``/gioi-thieu``, ``/gioi-thieu/<slug>``, ``/lien-he``, an HTML site
  map ``/so-do-trang``; search ``/tim-kiem?q=`` (disallowed);
- JSON API (disallowed in robots.txt): ``/api/v1/posts?category=<slug>&tag=<slug>&page=N&
  limit=K`` (Strapi-like ``{"data": [...], "meta": {"pagination": ...}}``),
  ``/api/v1/posts/most-read``, ``/api/v1/categories``;
- assets ``/_nuxt/<name>.<hash>.js|css``, images under ``/uploads/``;
- ``/robots.txt`` names three sitemaps: ``/sitemap.xml``, ``/sitemap-news.xml`` and the old
  WordPress site's ``/sitemap_index.xml`` (404 since the rebuild);
- ``/sitemap.xml``: a sitemap INDEX (with an XSL stylesheet) of ``/sitemaps/pages.xml`` (home,
  news, sections, pages of text, one of them removed since: 404), ``/sitemaps/tags.xml.gz``
  (tag pages; ``application/x-gzip``), the monthly article sitemaps
  ``/sitemaps/posts-<yyyy>-<mm>-<n>.xml[.gz]`` (15 articles a file, oldest first; a full file,
  or any file of a past month, is written once as ``.xml.gz`` and served as
  ``application/gzip``; the current month's last file is ``.xml``), and the Google News sitemap,
  which the index names under ``https://`` (the generator's configured site URL);
- ``/sitemap-news.xml``: the last two days' articles with ``news:publication_date`` (+07:00)
  and ``news:title``.

Hazards: section lists stop after 6 items with no pager (the API is off limits); tag pages
are empty shells; ``lastmod`` is the last modification, often a day or two after publication
(the article page shows only the publication time; ``article:modified_time`` and JSON-LD
``dateModified`` carry the edit); sitemap entries spelled other ways: a trailing slash or
``?utm_source=sitemap`` in the monthly files, ``https://``, ``www.<domain>``, ``utm_*`` or a
trailing slash in the news sitemap (each such article is also listed under a plain address in
its monthly file); a monthly file whose only entry, a withdrawn article, answers 404; pages of
text in the sitemap, under a header that shows today's date; the Nuxt payload
(``__NUXT_DATA__``) repeats the article's content as JSON; times in ``<time datetime>`` and the
JSON-LD are UTC (``…Z``).

Article page: breadcrumb, ``h1.post-detail__title``, ``time.post-detail__time`` ("Thứ Hai,
04/01/2021 07:41 (GMT+7)"), views, the summary (the text's first paragraph) bold in
``div.post-detail__sapo``, the rest in ``div.post-detail__content`` (``<p>`` and CKEditor
``<figure class="image">`` with ``<figcaption>``), the author right-aligned and bold, then
"Nguồn: …", tags, share links; "Tin liên quan" (the section's 6 newest other items) and the
sidebar's "Tin đọc nhiều" (the most read of the 12 newest), "Kết quả giải quyết TTHC" and the
visitor counter.
"""

from __future__ import annotations

import gzip
import json
import re
from datetime import UTC, datetime, timedelta
from typing import Any

from dtcrawl.demo.cms.common import (
    VN_TZ,
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    dmy,
    esc,
    http_date,
    image_path,
    iso_vn,
    reuse_notice,
    slugify,
    stable_int,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)

NEWS_PATH = "/tin-tuc"
TAG_PATH = "/tag/"
API_BASE = "/api/v1"
POSTS_API = f"{API_BASE}/posts"
INDEX_SITEMAP = "/sitemap.xml"
NEWS_SITEMAP = "/sitemap-news.xml"
STALE_SITEMAP = "/sitemap_index.xml"
PAGES_SITEMAP = "/sitemaps/pages.xml"
TAGS_SITEMAP = "/sitemaps/tags.xml.gz"
SITEMAP_XSL = "/sitemap.xsl"
CHUNK_PATH = re.compile(r"^/sitemaps/posts-(\d{4})-(\d{2})-(\d+)\.xml(\.gz)?$")
#: Articles per monthly sitemap file (the real job writes 1000; the demo corpus is small).
CHUNK_SIZE = 15
RELATED_SIZE = 6
MOST_READ_SIZE = 6
#: "Tin đọc nhiều" ranks the week's articles: the 12 newest here.
MOST_READ_POOL = 12
MAX_LIMIT = 24
NEWS_WINDOW = timedelta(days=2)
UTM_SITEMAP = "utm_source=sitemap"
UTM_NEWS = "utm_source=googlenews&utm_medium=sitemap"
ENTRY_JS = "/_nuxt/entry.7a1f03c5.js"
ENTRY_CSS = "/_nuxt/entry.4b2e91d7.css"
SCOPE = "data-v-3c9e1a52"

TAG_NAMES = (
    "dịch vụ công trực tuyến",
    "dữ liệu số",
    "kỹ năng số",
    "Đề án 06",
    "thanh toán không dùng tiền mặt",
    "hạ tầng số",
    "nền tảng số",
    "Tổ công nghệ số cộng đồng",
)

#: Pages of text (no date): path -> (title, paragraphs); ``{p}`` is the province's name.
TEXT_PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "/gioi-thieu": (
        "Giới thiệu chung",
        (
            "Tỉnh {p} nằm ở vùng trung du, phía bắc giáp các tỉnh miền núi, phía nam mở ra đồng "
            "bằng ven sông; diện tích tự nhiên hơn 5.200 km², dân số khoảng 1,1 triệu người, gồm "
            "một thành phố, một thị xã và chín huyện.",
            "Tỉnh có hệ thống giao thông thuận lợi với quốc lộ, tuyến cao tốc đi qua và cảng sông "
            "nối với các trung tâm kinh tế lớn của cả nước; nhiều khu, cụm công nghiệp đã được "
            "quy hoạch và thu hút nhà đầu tư trong, ngoài nước.",
            "Cổng thông tin điện tử tỉnh là kênh thông tin chính thức của Ủy ban nhân dân tỉnh, "
            "cung cấp thông tin về hoạt động chỉ đạo, điều hành, văn bản pháp luật và dịch vụ công "
            "trực tuyến cho người dân và doanh nghiệp.",
        ),
    ),
    "/gioi-thieu/lich-su-hinh-thanh": (
        "Lịch sử hình thành và phát triển",
        (
            "Vùng đất {p} có lịch sử khai phá lâu đời; các di chỉ khảo cổ dọc hai bờ sông cho "
            "thấy cư dân đã sinh sống, trồng lúa nước và đúc đồng từ hàng nghìn năm trước.",
            "Dưới các triều đại phong kiến, vùng đất này nhiều lần thay đổi tên gọi và địa giới; "
            "đến đầu thế kỷ XX, tỉnh được thành lập với tỉnh lỵ đặt bên bến sông.",
            "Sau ngày đất nước thống nhất, tỉnh trải qua các lần hợp nhất và chia tách; từ năm "
            "1997 đến nay, tỉnh ổn định địa giới hành chính và không ngừng phát triển.",
        ),
    ),
    "/gioi-thieu/dieu-kien-tu-nhien": (
        "Điều kiện tự nhiên",
        (
            "Địa hình của tỉnh thấp dần từ tây bắc xuống đông nam, gồm vùng đồi núi, vùng trung "
            "du và vùng đồng bằng phù sa ven sông.",
            "Khí hậu nhiệt đới gió mùa, nhiệt độ trung bình năm khoảng 23 độ C, lượng mưa trung "
            "bình từ 1.600 đến 1.800 mm, tập trung vào các tháng mùa hạ.",
            "Tài nguyên rừng, đất đồi và nguồn nước dồi dào là điều kiện để tỉnh phát triển nông "
            "nghiệp hàng hóa, lâm nghiệp và du lịch sinh thái.",
        ),
    ),
    "/gioi-thieu/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        (
            "Ủy ban nhân dân tỉnh gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên là người đứng đầu "
            "cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.",
            "Các cơ quan chuyên môn gồm Văn phòng Ủy ban nhân dân tỉnh và các sở, ban, ngành; các "
            "đơn vị sự nghiệp trực thuộc gồm Trung tâm Phục vụ hành chính công, Trung tâm Xúc tiến "
            "đầu tư và một số đơn vị khác.",
        ),
    ),
    "/lien-he": (
        "Liên hệ",
        (
            "Ban Biên tập Cổng thông tin điện tử tỉnh {p} tiếp nhận ý kiến, tin bài cộng tác và "
            "phản ánh của tổ chức, cá nhân qua thư điện tử và điện thoại ghi dưới đây.",
            "Thời gian làm việc: sáng từ 7 giờ 30 đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ, "
            "từ thứ Hai đến thứ Sáu.",
        ),
    ),
}
#: Listed in the pages sitemap, removed from the CMS since (404).
GONE_PAGES = ("/gioi-thieu/lanh-dao-tinh-nhiem-ky-2016-2021",)
SITE_MAP_PAGE = "/so-do-trang"


def date_line(moment: datetime) -> str:
    """The article page's date line.

    >>> date_line(datetime(2021, 1, 4, 7, 41))
    'Thứ Hai, 04/01/2021 07:41 (GMT+7)'
    """
    return f"{weekday(moment)}, {dmy(moment)} {moment:%H:%M} (GMT+7)"


def utc_iso(moment: datetime) -> str:
    """A local time as the CMS's API writes it: UTC with milliseconds and a Z.

    >>> utc_iso(datetime(2021, 1, 4, 7, 41))
    '2021-01-04T00:41:00.000Z'
    """
    return moment.replace(tzinfo=VN_TZ).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def devalue(root: Any) -> str:
    """``root`` flattened as Nuxt 3's payload writes it (devalue): an array whose first entry is
    the root, objects and arrays naming their members by index, repeated primitives shared; ``<``
    escaped so no ``</script>`` can close the tag.

    >>> devalue({"a": "x", "b": ["x", 1]})
    '[["ShallowReactive",1],{"a":2,"b":3},"x",[2,4],1]'
    """
    out: list[Any] = [None]
    seen: dict[Any, int] = {}

    def add(value: Any) -> int:
        if not isinstance(value, (dict, list)):
            marker = (type(value).__name__, value)
            if marker in seen:
                return seen[marker]
            out.append(value)
            seen[marker] = len(out) - 1
            return len(out) - 1
        index = len(out)
        out.append(None)
        if isinstance(value, dict):
            out[index] = {k: add(v) for k, v in value.items()}
        else:
            out[index] = [add(v) for v in value]
        return index

    out[0] = ["ShallowReactive", 1]
    add(root)
    text = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003C")


class NewsSitemapSite(CmsSite):
    family_headers = {
        "Server": "nginx/1.22.1",
        "X-Frame-Options": "SAMEORIGIN",
        "X-Content-Type-Options": "nosniff",
        "Vary": "Accept-Encoding",
    }
    number_base = 1307
    number_stride = 3
    image_folder = "/uploads/images"

    def __init__(self, portal, articles):
        super().__init__(portal, articles)
        self.articles = [it for it in self.items if it.kind == "article"]
        newest = max((it.published for it in self.items), default=datetime(2021, 1, 6, 22, 0))
        #: When the sitemap jobs last ran (the snapshot's "now").
        self.now = newest + timedelta(hours=2, minutes=17)
        self.by_slug = {self.slug(it): it for it in self.items}
        self.tags: dict[str, str] = {}
        for it in self.items:
            for name in self.tags_of(it):
                self.tags.setdefault(slugify(name), name)

    # -- URLs

    def slug(self, item: Item) -> str:
        return slugify(item.title)

    def article_path(self, item: Item) -> str:
        return f"{NEWS_PATH}/{item.section.slug}/{self.slug(item)}"

    def article_aliases(self, item: Item) -> list[str]:
        path = self.article_path(item)
        return [path + "/", f"{path}?{UTM_SITEMAP}", f"{path}?{UTM_NEWS}"]

    def section_path(self, section: Section | None) -> str:
        return NEWS_PATH if self.is_news(section) else f"{NEWS_PATH}/{section.slug}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        """The server-rendered page; further "pages" exist only as the API's JSON."""
        if page > 1:
            slug = "" if self.is_news(section) else f"category={section.slug}&"
            return f"{POSTS_API}?{slug}page={page}&limit={self.portal.page_size}"
        return self.section_path(section)

    def tag_path(self, slug: str) -> str:
        return TAG_PATH + slug

    def extra_paths(self) -> dict[str, str]:
        return {"sitemap": INDEX_SITEMAP, "news_sitemap": NEWS_SITEMAP}

    # -- model

    def tags_of(self, item: Item) -> list[str]:
        """The editor's tags: the section's name and one or two of the portal's topics."""
        first = TAG_NAMES[stable_int(item.key + "tag1", 0, len(TAG_NAMES) - 1)]
        tags = [item.section.name.lower(), first]
        if stable_int(item.key + "tags", 0, 2) == 0:
            second = TAG_NAMES[stable_int(item.key + "tag2", 0, len(TAG_NAMES) - 1)]
            if second != first:
                tags.append(second)
        return tags

    def lastmod(self, item: Item) -> datetime:
        """The last save in the CMS: minutes after publication for some, hours or days for most
        (typos fixed, photos replaced), never after the sitemap job's run."""
        room = int((self.now - item.published).total_seconds() // 60)
        if room <= 30 or stable_int(item.key + "edited", 0, 99) < 35:
            return item.published + timedelta(minutes=min(room, stable_int(item.key, 3, 25)))
        return item.published + timedelta(minutes=stable_int(item.key + "later", 30, room))

    def ssr_list(self, section: Section | None) -> list[Item]:
        """What the server renders of a list: its 6 newest articles."""
        return [it for it in self.listed(section) if it.kind == "article"][: self.portal.page_size]

    def related(self, item: Item) -> list[Item]:
        """ "Tin liên quan": the section's newest other articles (the CMS's default query)."""
        same = [it for it in self.listed(item.section) if it is not item and it.kind == "article"]
        return same[:RELATED_SIZE]

    def most_read(self) -> list[Item]:
        pool = self.articles[:MOST_READ_POOL]
        return sorted(pool, key=lambda it: (-view_count(it.key), it.key))[:MOST_READ_SIZE]

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(API_BASE + "/") or path == API_BASE:
            return self.api(request)
        if path.startswith("/_nuxt/"):
            return self.asset(path)
        if path == INDEX_SITEMAP:
            return self.xml_response(self.sitemap_index(request))
        if path == NEWS_SITEMAP:
            return self.xml_response(self.news_sitemap(request))
        if path == PAGES_SITEMAP:
            return self.xml_response(self.pages_sitemap(request))
        if path == TAGS_SITEMAP:
            return self.gzip_response(self.tags_sitemap(request), "application/x-gzip")
        if path == SITEMAP_XSL:
            return Response(
                200,
                {"Content-Type": "text/xsl; charset=utf-8", **self.family_headers},
                SITEMAP_XSL_TEXT.encode("utf-8"),
            )
        match = CHUNK_PATH.match(path)
        if match:
            return self.chunk_response(match, request)
        if path != "/" and path.endswith("/"):
            path = path.rstrip("/")  # vue-router, not strict: /a/ is /a
        if path in ("", "/"):
            return self.page(self.home_html(request))
        if path == NEWS_PATH:
            return self.page(self.listing_html(None, request))
        if path == SITE_MAP_PAGE:
            return self.page(self.site_map_html(request))
        if path in TEXT_PAGES:
            return self.page(self.text_page_html(path, request))
        if path.startswith(TAG_PATH):
            slug = path[len(TAG_PATH) :]
            return self.page(self.tag_html(slug, request)) if slug in self.tags else None
        if path.startswith(NEWS_PATH + "/"):
            parts = path[len(NEWS_PATH) + 1 :].split("/")
            section = self.section_by_slug(parts[0])
            if section is None:
                return None
            if len(parts) == 1:
                return self.page(self.listing_html(section, request))
            item = self.by_slug.get(parts[1]) if len(parts) == 2 else None
            if item is None or item.section is not section:
                return None
            return self.article_response(item, request)
        return None

    def page(self, markup: str) -> Response:
        return self.html_response(markup, 200, {"Cache-Control": "public, max-age=60"})

    def article_response(self, item: Item, request: Request) -> Response:
        """The page with the CMS's time of the last save as its Last-Modified."""
        response = super().article_response(item, request)
        if response.status == 200:
            changed = max(self.lastmod(item), item.last_modified(request.revision))
            response.headers["Last-Modified"] = http_date(changed)
        return response

    def error_response(self, status: int) -> Response:
        return self.html_response(self.error_html(status), status, {"Cache-Control": "no-cache"})

    # -- sitemaps

    def xml_response(self, xml: str) -> Response:
        return Response(
            200,
            {"Content-Type": "application/xml; charset=utf-8", **self.family_headers},
            xml.encode("utf-8"),
        )

    def gzip_response(self, xml: str, content_type: str) -> Response:
        """A ``.xml.gz`` file as nginx serves a static file: gzip bytes as the body, typed as an
        archive, no Content-Encoding."""
        headers = {
            "Content-Type": content_type,
            "Last-Modified": http_date(self.now),
            "Accept-Ranges": "bytes",
            **self.family_headers,
        }
        return Response(200, headers, gzip.compress(xml.encode("utf-8"), mtime=0))

    def chunks(self) -> list[tuple[str, list[Item]]]:
        """The monthly article sitemaps: (path, items oldest first), newest month first."""
        months: dict[tuple[int, int], list[Item]] = {}
        for it in sorted(self.items, key=lambda it: (it.published, it.key)):
            months.setdefault((it.published.year, it.published.month), []).append(it)
        current = (self.now.year, self.now.month)
        out = []
        for (year, month), items in sorted(months.items(), reverse=True):
            parts = [items[i : i + CHUNK_SIZE] for i in range(0, len(items), CHUNK_SIZE)]
            for number, part in enumerate(parts, start=1):
                done = len(part) == CHUNK_SIZE or (year, month) != current
                suffix = ".xml.gz" if done else ".xml"
                out.append((f"/sitemaps/posts-{year:04d}-{month:02d}-{number}{suffix}", part))
        return out

    def chunk_response(self, match: re.Match, request: Request) -> Response | None:
        for path, items in self.chunks():
            if path == match.group(0):
                xml = self.posts_sitemap(items, request)
                if path.endswith(".gz"):
                    return self.gzip_response(xml, "application/gzip")
                return self.xml_response(xml)
        return None

    def spelled(self, item: Item, request: Request) -> str:
        """The address a monthly file gives: mostly the plain one; a trailing slash or the
        sitemap job's tracking parameter on some."""
        path = self.article_path(item)
        variant = stable_int(item.key + "spell", 0, 9)
        if variant in (6, 7):
            path += "/"
        elif variant == 8:
            path += f"?{UTM_SITEMAP}"
        return request.base_url + path

    def news_spelled(self, item: Item, request: Request) -> str:
        """The address the Google News module gives (configured by another hand)."""
        path = self.article_path(item)
        netloc = request.base_url.split("://", 1)[1]
        variant = stable_int(item.key + "news", 0, 5)
        if variant == 2:
            return f"https://{netloc}{path}"
        if variant == 3:
            return f"http://www.{self.portal.domain}{path}"
        if variant == 4:
            return f"{request.base_url}{path}?{UTM_NEWS}"
        if variant == 5:
            return f"{request.base_url}{path}/"
        return request.base_url + path

    def sitemap_index(self, request: Request) -> str:
        base = request.base_url
        netloc = base.split("://", 1)[1]
        entries = [(base + PAGES_SITEMAP, self.now), (base + TAGS_SITEMAP, self.now)]
        entries += [
            (base + path, max(self.lastmod(it) for it in items)) for path, items in self.chunks()
        ]
        entries.append((f"https://{netloc}{NEWS_SITEMAP}", self.now))
        body = "\n".join(
            f"  <sitemap>\n    <loc>{esc(loc)}</loc>\n    <lastmod>{iso_vn(when)}</lastmod>\n"
            "  </sitemap>"
            for loc, when in entries
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<?xml-stylesheet type="text/xsl" href="{SITEMAP_XSL}"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{body}\n</sitemapindex>\n"
        )

    def posts_sitemap(self, items: list[Item], request: Request) -> str:
        rows = []
        for it in items:
            images = ""
            if it.images:
                caption = str(it.images[0].get("caption") or "")
                images = (
                    f"\n    <image:image>\n      <image:loc>{esc(request.base_url)}"
                    f"{esc(image_path(it, 0, self.image_folder))}</image:loc>\n"
                    f"      <image:caption>{esc(caption)}</image:caption>\n    </image:image>"
                )
            rows.append(
                f"  <url>\n    <loc>{esc(self.spelled(it, request))}</loc>\n"
                f"    <lastmod>{iso_vn(self.lastmod(it))}</lastmod>\n"
                f"    <changefreq>weekly</changefreq>\n    <priority>0.6</priority>{images}\n"
                "  </url>"
            )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<?xml-stylesheet type="text/xsl" href="{SITEMAP_XSL}"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n'
            + "\n".join(rows)
            + "\n</urlset>\n"
        )

    def news_sitemap(self, request: Request) -> str:
        fresh = [it for it in self.articles if it.published >= self.now - NEWS_WINDOW]
        rows = "\n".join(
            f"  <url>\n    <loc>{esc(self.news_spelled(it, request))}</loc>\n"
            "    <news:news>\n      <news:publication>\n"
            f"        <news:name>{esc(self.portal.name)}</news:name>\n"
            "        <news:language>vi</news:language>\n      </news:publication>\n"
            f"      <news:publication_date>{iso_vn(it.published)}</news:publication_date>\n"
            f"      <news:title>{esc(it.title)}</news:title>\n"
            f"      <news:keywords>{esc(', '.join(self.tags_of(it)))}</news:keywords>\n"
            "    </news:news>\n  </url>"
            for it in fresh
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n'
            f"{rows}\n</urlset>\n"
        )

    def pages_sitemap(self, request: Request) -> str:
        base = request.base_url
        netloc = base.split("://", 1)[1]
        day = self.now.strftime("%Y-%m-%d")
        entries = [
            (f"{base}/", day, "hourly", "1.0"),
            (base + NEWS_PATH, day, "hourly", "0.9"),
            *((base + self.section_path(s), day, "daily", "0.8") for s in self.sections.values()),
            *(
                (
                    # the editor who typed these gave two of them the https address
                    (f"https://{netloc}{path}" if index % 3 == 1 else base + path + "/"),
                    "2020-11-18",
                    "yearly",
                    "0.3",
                )
                for index, path in enumerate(TEXT_PAGES)
            ),
            *((base + path, "2020-11-18", "yearly", "0.3") for path in GONE_PAGES),
            (base + SITE_MAP_PAGE, "2020-11-18", "monthly", "0.2"),
        ]
        rows = "\n".join(
            f"  <url>\n    <loc>{esc(loc)}</loc>\n    <lastmod>{when}</lastmod>\n"
            f"    <changefreq>{freq}</changefreq>\n    <priority>{prio}</priority>\n  </url>"
            for loc, when, freq, prio in entries
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<?xml-stylesheet type="text/xsl" href="{SITEMAP_XSL}"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{rows}\n</urlset>\n"
        )

    def tags_sitemap(self, request: Request) -> str:
        rows = "\n".join(
            f"  <url>\n    <loc>{esc(request.base_url + self.tag_path(slug))}</loc>\n"
            "    <changefreq>daily</changefreq>\n    <priority>0.4</priority>\n  </url>"
            for slug in sorted(self.tags)
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{rows}\n</urlset>\n"
        )

    def robots_txt(self, request: Request) -> str:
        base = request.base_url
        return (
            f"# robots.txt - {self.portal.domain}\n"
            "User-agent: *\n"
            "Disallow: /api/\n"
            "Disallow: /tim-kiem\n"
            "Disallow: /preview/\n"
            "Disallow: /_nuxt/builds/\n"
            "Allow: /_nuxt/\n\n"
            "User-agent: GPTBot\nDisallow: /\n\n"
            f"Sitemap: {base}{INDEX_SITEMAP}\n"
            f"Sitemap: {base}{NEWS_SITEMAP}\n"
            f"Sitemap: {base}{STALE_SITEMAP}\n"
        )

    # -- the JSON API (what the "Xem thêm" script calls; disallowed to crawlers)

    def json_response(self, status: int, payload: dict) -> Response:
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Access-Control-Allow-Origin": "*",
            "Cache-Control": "no-cache" if status != 200 else "public, max-age=30",
            **self.family_headers,
        }
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        return Response(status, headers, body)

    def json_error(self, status: int, name: str, message: str) -> Response:
        return self.json_response(
            status, {"data": None, "error": {"status": status, "name": name, "message": message}}
        )

    def card_json(self, item: Item, revision: int) -> dict:
        return {
            "id": item.number,
            "title": item.title,
            "slug": self.slug(item),
            "url": self.article_path(item),
            "summary": item.sapo(revision),
            "publishedAt": utc_iso(item.published),
            "updatedAt": utc_iso(self.lastmod(item)),
            "thumbnail": image_path(item, 0, self.image_folder),
            "category": {"name": item.section.name, "slug": item.section.slug},
        }

    def api(self, request: Request) -> Response:
        path = request.path.rstrip("/")
        if path == f"{POSTS_API}/most-read":
            data = [self.card_json(it, request.revision) for it in self.most_read()]
            return self.json_response(200, {"data": data})
        if path == f"{API_BASE}/categories":
            data = [
                {"id": s.id, "name": s.name, "slug": s.slug, "url": self.section_path(s)}
                for s in self.sections.values()
            ]
            return self.json_response(200, {"data": data})
        if path != POSTS_API:
            return self.json_error(404, "NotFoundError", "Not Found")
        params = request.params
        try:
            page = int(params.get("page") or 1)
            limit = int(params.get("limit") or self.portal.page_size)
        except ValueError:
            return self.json_error(400, "ValidationError", "Invalid pagination parameters")
        if page < 1 or not 1 <= limit <= MAX_LIMIT:
            return self.json_error(400, "ValidationError", "Invalid pagination parameters")
        items = self.articles
        if params.get("category"):
            section = self.section_by_slug(params["category"])
            if section is None:
                return self.json_error(404, "NotFoundError", "Category not found")
            items = [it for it in items if it.section is section]
        if params.get("tag"):
            items = [it for it in items if params["tag"] in {slugify(t) for t in self.tags_of(it)}]
        chunk = items[(page - 1) * limit : page * limit]
        return self.json_response(
            200,
            {
                "data": [self.card_json(it, request.revision) for it in chunk],
                "meta": {
                    "pagination": {
                        "page": page,
                        "pageSize": limit,
                        "pageCount": max(1, -(-len(items) // limit)),
                        "total": len(items),
                    }
                },
            },
        )

    def asset(self, path: str) -> Response | None:
        if path == ENTRY_JS:
            return Response(
                200,
                {"Content-Type": "application/javascript", **self.family_headers},
                ENTRY_JS_TEXT.encode("utf-8"),
            )
        if path == ENTRY_CSS:
            return Response(
                200,
                {"Content-Type": "text/css", **self.family_headers},
                b".post-detail__author{text-align:right;font-weight:700}"
                b".post-detail__sapo{font-weight:700}.skeleton{background:#eee}\n",
            )
        return None

    # -- the frame

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        payload: dict,
        head: str = "",
        crumbs: list[tuple[str, str]] | None = None,
        sidebar: bool = True,
    ) -> str:
        p = self.portal
        subs = "".join(
            f'<li><a href="{esc(path)}" {SCOPE}>{esc(TEXT_PAGES[path][0])}</a></li>'
            for path in TEXT_PAGES
            if path.startswith("/gioi-thieu/")
        )
        sections = "".join(
            f'<li><a href="{esc(self.section_path(s))}" {SCOPE}>{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = ""
        if crumbs is not None:
            links = "".join(
                f'<li class="breadcrumb__item"><a href="{esc(href)}">{esc(name)}</a></li>'
                if href
                else f'<li class="breadcrumb__item is-active">{esc(name)}</li>'
                for name, href in crumbs
            )
            crumb = (
                '<nav class="breadcrumb" aria-label="breadcrumb"><ol>'
                f'<li class="breadcrumb__item"><a href="/">Trang chủ</a></li>{links}</ol></nav>'
            )
        side = self.sidebar_html(request) if sidebar else ""
        config = json.dumps(
            {
                "public": {
                    "apiBase": API_BASE,
                    "siteUrl": f"https://{p.domain}",
                    "pageSize": p.page_size,
                },
                "app": {"baseURL": "/", "buildAssetsDir": "/_nuxt/", "cdnURL": ""},
            },
            separators=(",", ":"),
        )
        today = f"{weekday(self.now)}, {dmy(self.now)}"
        return f"""<!DOCTYPE html>
<html lang="vi" data-capo="">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" href="{ENTRY_CSS}">
<link rel="modulepreload" as="script" crossorigin href="{ENTRY_JS}">
<script type="module" src="{ENTRY_JS}" crossorigin></script>
<link rel="icon" type="image/x-icon" href="/favicon.ico">
<meta name="format-detection" content="telephone=no">
{head}
</head>
<body><div id="__nuxt"><!--[--><div class="layout-default" {SCOPE}>
<div class="topbar" {SCOPE}><div class="container"><span class="topbar__date">Hôm nay: {today}</span>
<a class="topbar__link" href="https://dichvucong.gov.vn" target="_blank" rel="noopener">Dịch vụ
công trực tuyến</a> <a class="topbar__link" href="/lien-he">Liên hệ</a>
<a class="topbar__link" href="/so-do-trang">Sơ đồ trang</a></div></div>
<header class="site-header" {SCOPE}><div class="container">
<a href="/" class="site-header__brand" {SCOPE}><img src="/images/quoc-huy.png" alt="Quốc huy"
width="72" height="72"><span class="site-header__title"><span class="line1">{esc(p.name)}</span>
<span class="line2">{esc(p.agency)}</span></span></a>
<form class="site-search" action="/tim-kiem" method="get" role="search"><input type="search"
name="q" placeholder="Nhập từ khóa tìm kiếm..." aria-label="Tìm kiếm"><button type="submit"
aria-label="Tìm kiếm"><i class="ri-search-line"></i></button></form>
</div></header>
<nav class="main-nav" {SCOPE}><div class="container"><ul class="main-nav__list">
<li><a href="/" class="router-link-active" {SCOPE}>Trang chủ</a></li>
<li class="has-sub"><a href="/gioi-thieu" {SCOPE}>Giới thiệu</a><ul class="sub-menu">{subs}</ul></li>
<li class="has-sub"><a href="{NEWS_PATH}" {SCOPE}>Tin tức</a><ul class="sub-menu">{sections}</ul></li>
<li><a href="https://dichvucong.gov.vn" target="_blank" rel="noopener" {SCOPE}>Dịch vụ công</a></li>
<li><a href="/lien-he" {SCOPE}>Liên hệ</a></li>
</ul><button class="main-nav__toggle" type="button" aria-label="Menu"><span></span></button>
</div></nav>
<main class="site-main container" {SCOPE}>{crumb}<div class="row">
<div class="col-main">{main}</div>{side}
</div></main>
<footer class="site-footer" {SCOPE}><div class="container">
<p class="site-footer__name">{esc(p.name.upper())}</p>
<p>Cơ quan chủ quản: {esc(p.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)} - Email: banbientap@{esc(p.domain)}</p>
<p class="site-footer__notice">{esc(reuse_notice(p))}</p>
<ul class="site-footer__links"><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li><a href="/so-do-trang">Sơ đồ trang</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>
</div></footer>
<button class="back-to-top" type="button" aria-label="Lên đầu trang">&#8593;</button>
</div><!--]--></div>
<div id="teleports"></div>
<script type="application/json" id="__NUXT_DATA__" data-ssr="true">{devalue(payload)}</script>
<script>window.__NUXT__={{}};window.__NUXT__.config={config}</script>
</body>
</html>
"""

    def sidebar_html(self, request: Request) -> str:
        read = "".join(
            f'<li class="most-read__item"><span class="most-read__rank">{rank}</span>'
            f'<a href="{esc(self.article_path(it))}" {SCOPE}>{esc(it.title)}</a></li>'
            for rank, it in enumerate(self.most_read(), start=1)
        )
        t = tthc_stats(request.seed)
        v = visitor_stats(request.seed)
        return f"""<aside class="col-side" {SCOPE}>
<section class="widget most-read"><h2 class="widget__title">Tin đọc nhiều</h2>
<ol class="most-read__list">{read}</ol></section>
<section class="widget tthc"><h2 class="widget__title">Kết quả giải quyết TTHC</h2>
<p class="tthc__period">Tháng {t["month"]}</p>
<ul class="tthc__list"><li>Hồ sơ tiếp nhận: <strong>{thousands(t["total"])}</strong></li>
<li>Đã giải quyết đúng hạn: <strong>{thousands(t["ontime"])}</strong></li>
<li>Giải quyết trễ hạn: <strong>{thousands(t["late"])}</strong></li>
<li>Tỷ lệ đúng hạn: <strong>{t["percent"]}%</strong></li></ul>
<a class="tthc__more" href="https://dichvucong.gov.vn" target="_blank" rel="noopener">Xem chi
tiết</a></section>
<section class="widget banners"><a href="https://chinhphu.vn" target="_blank" rel="noopener"><img
src="/uploads/banners/cong-ttdt-chinh-phu.png" alt="Cổng Thông tin điện tử Chính phủ"></a>
<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img
src="/uploads/banners/dich-vu-cong-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia"></a></section>
<section class="widget counter"><h2 class="widget__title">Thống kê truy cập</h2>
<ul class="counter__list"><li>Đang trực tuyến: <span>{thousands(v["online"])}</span></li>
<li>Hôm nay: <span>{thousands(v["today"])}</span></li>
<li>Tháng này: <span>{thousands(v["month"])}</span></li>
<li>Tổng lượt truy cập: <span>{thousands(v["total"])}</span></li></ul></section>
</aside>"""

    def head_meta(self, title: str, description: str, canonical: str, og_type: str) -> str:
        return (
            f'<meta name="description" content="{esc(description)}">\n'
            f'<meta property="og:type" content="{og_type}">\n'
            f'<meta property="og:title" content="{esc(title)}">\n'
            f'<meta property="og:description" content="{esc(description)}">\n'
            f'<meta property="og:url" content="{esc(canonical)}">\n'
            f'<meta property="og:site_name" content="{esc(self.portal.name)}">\n'
            f'<link rel="canonical" href="{esc(canonical)}">'
        )

    # -- listings

    def card_html(self, item: Item, request: Request, big: bool = False) -> str:
        href = esc(self.article_path(item))
        kind = "post-card post-card--featured" if big else "post-card"
        return (
            f'<div class="{kind}" {SCOPE}><a class="post-card__thumb" href="{href}"><img '
            f'src="{esc(image_path(item, 0, self.image_folder))}" alt="{esc(item.title)}" '
            f'loading="lazy"></a><div class="post-card__body"><h3 class="post-card__title">'
            f'<a href="{href}">{esc(item.title)}</a></h3><div class="post-card__meta">'
            f'<span class="post-card__cat">{esc(item.section.name)}</span> '
            f'<time datetime="{utc_iso(item.published)}">{dmy(item.published)}</time></div>'
            f'<p class="post-card__excerpt">{esc(item.sapo(request.revision))}</p></div></div>'
        )

    def listing_html(self, section: Section | None, request: Request) -> str:
        items = self.ssr_list(section)
        name = "Tin tức" if self.is_news(section) else section.name
        slug = "" if self.is_news(section) else section.slug
        cards = "".join(
            self.card_html(it, request, big=index == 0) for index, it in enumerate(items)
        )
        total = len([it for it in self.listed(section) if it.kind == "article"])
        button = (
            f'<div class="load-more"><button type="button" class="btn btn-outline load-more__btn"'
            f' data-category="{esc(slug)}" data-page="2">Xem thêm <i class="ri-arrow-down-s-line">'
            "</i></button></div>"
            if total > len(items)
            else ""
        )
        main = (
            f'<h1 class="page-title" {SCOPE}>{esc(name)}</h1>'
            f'<div class="post-list" {SCOPE}><!--[-->{cards}<!--]--></div>{button}'
        )
        key = f"posts-{slug or 'all'}-1"
        payload = {
            "data": {
                key: {
                    "data": [self.card_json(it, request.revision) for it in items],
                    "meta": {"pagination": {"page": 1, "pageSize": len(items), "total": total}},
                }
            },
            "state": {},
            "once": [],
            "_errors": {},
            "serverRendered": True,
            "path": request.path,
        }
        canonical = request.base_url + self.section_path(section)
        head = self.head_meta(f"{name} - {self.portal.name}", name, canonical, "website")
        crumbs = [(name, "")] if self.is_news(section) else [("Tin tức", NEWS_PATH), (name, "")]
        return self.frame(f"{name} - {self.portal.name}", main, request, payload, head, crumbs)

    def tag_html(self, slug: str, request: Request) -> str:
        name = self.tags[slug]
        skeleton = "".join(
            '<div class="post-card post-card--skeleton" aria-hidden="true"><div class="skeleton '
            'skeleton--img"></div><div class="skeleton skeleton--line"></div><div class="skeleton '
            'skeleton--line short"></div></div>'
            for _ in range(self.portal.page_size)
        )
        main = (
            f'<h1 class="page-title" {SCOPE}>Thẻ: {esc(name)}</h1>'
            f'<div class="post-list post-list--loading" aria-busy="true" {SCOPE}>{skeleton}</div>'
        )
        payload = {
            "data": {},
            "state": {},
            "once": [],
            "_errors": {},
            "serverRendered": True,
            "path": request.path,
        }
        canonical = request.base_url + self.tag_path(slug)
        head = self.head_meta(f"{name} - {self.portal.name}", name, canonical, "website")
        return self.frame(
            f"{name} - {self.portal.name}",
            main,
            request,
            payload,
            head,
            [("Thẻ", ""), (name, "")],
        )

    # -- home

    def home_html(self, request: Request) -> str:
        fresh = self.articles[: self.portal.page_size]
        blocks = []
        if fresh:
            top = fresh[0]
            href = esc(self.article_path(top))
            blocks.append(
                f'<section class="home-hero" {SCOPE}><a class="home-hero__thumb" href="{href}">'
                f'<img src="{esc(image_path(top, 0, self.image_folder))}" alt="{esc(top.title)}">'
                f'</a><h2 class="home-hero__title"><a href="{href}">{esc(top.title)}</a></h2>'
                f'<p class="home-hero__excerpt">{esc(top.sapo(request.revision))}</p></section>'
            )
            rows = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<time datetime="{utc_iso(it.published)}">{it.published:%H:%M} '
                f"{dmy(it.published)}</time></li>"
                for it in fresh[1:]
            )
            blocks.append(
                f'<section class="home-latest" {SCOPE}><h2 class="block-title"><a '
                f'href="{NEWS_PATH}">Tin mới</a></h2><ul>{rows}</ul></section>'
            )
        for section in self.sections.values():
            items = self.ssr_list(section)[:4]
            if not items:
                continue
            rows = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
                for it in items[1:]
            )
            first = items[0]
            blocks.append(
                f'<section class="home-cat" {SCOPE}><h2 class="block-title"><a href="'
                f'{esc(self.section_path(section))}">{esc(section.name)}</a></h2>'
                f'<div class="home-cat__first"><a href="{esc(self.article_path(first))}"><img '
                f'src="{esc(image_path(first, 0, self.image_folder))}" alt=""></a><h3><a href="'
                f'{esc(self.article_path(first))}">{esc(first.title)}</a></h3></div>'
                f'<ul class="home-cat__list">{rows}</ul></section>'
            )
        payload = {
            "data": {
                "home-latest": [self.card_json(it, request.revision) for it in fresh],
                "most-read": [self.card_json(it, request.revision) for it in self.most_read()],
            },
            "state": {},
            "once": [],
            "_errors": {},
            "serverRendered": True,
            "path": "/",
        }
        head = self.head_meta(
            self.portal.name,
            f"Thông tin chính thức của {self.portal.agency}",
            request.base_url + "/",
            "website",
        )
        return self.frame(self.portal.name, "".join(blocks), request, payload, head)

    # -- pages of text

    def text_page_html(self, path: str, request: Request) -> str:
        title, paragraphs = TEXT_PAGES[path]
        text = "".join(f"<p>{esc(par.format(p=self.portal.province))}</p>" for par in paragraphs)
        if path == "/lien-he":
            p = self.portal
            text += (
                f'<ul class="contact"><li>Địa chỉ: {esc(p.address)}</li><li>Điện thoại: '
                f"{esc(p.phone)}</li><li>Email: banbientap@{esc(p.domain)}</li></ul>"
            )
        main = (
            f'<article class="page-detail" {SCOPE}><h1 class="page-title">{esc(title)}</h1>'
            f'<div class="page-detail__content ck-content">{text}</div></article>'
        )
        payload = {
            "data": {f"page-{path}": {"title": title, "slug": path.rsplit("/", 1)[1]}},
            "state": {},
            "once": [],
            "_errors": {},
            "serverRendered": True,
            "path": request.path,
        }
        head = self.head_meta(
            f"{title} - {self.portal.name}", title, request.base_url + path, "website"
        )
        crumbs = [(title, "")]
        if path.startswith("/gioi-thieu/"):
            crumbs = [("Giới thiệu", "/gioi-thieu"), (title, "")]
        return self.frame(f"{title} - {self.portal.name}", main, request, payload, head, crumbs)

    def site_map_html(self, request: Request) -> str:
        sections = "".join(
            f'<li><a href="{esc(self.section_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        pages = "".join(
            f'<li><a href="{esc(path)}">{esc(title)}</a></li>'
            for path, (title, _) in TEXT_PAGES.items()
        )
        main = (
            f'<h1 class="page-title" {SCOPE}>Sơ đồ trang</h1><ul class="site-map">'
            f'<li><a href="/">Trang chủ</a></li><li><a href="{NEWS_PATH}">Tin tức</a>'
            f"<ul>{sections}</ul></li>{pages}</ul>"
        )
        payload = {"data": {}, "state": {}, "serverRendered": True, "path": SITE_MAP_PAGE}
        head = self.head_meta(
            f"Sơ đồ trang - {self.portal.name}",
            "Sơ đồ trang",
            request.base_url + SITE_MAP_PAGE,
            "website",
        )
        return self.frame(
            f"Sơ đồ trang - {self.portal.name}",
            main,
            request,
            payload,
            head,
            [("Sơ đồ trang", "")],
        )

    # -- articles

    def content_html(self, item: Item, revision: int) -> tuple[str, str]:
        """The summary (the text's first paragraph) and the content (the rest, with photos)."""
        sapo: str | None = None
        parts = []
        for block, value in body_blocks(item, revision):
            if block == "p" and sapo is None:
                sapo = value
            elif block == "p":
                parts.append(f"<p>{esc(value)}</p>")
            else:
                index, caption = value
                parts.append(
                    f'<figure class="image"><img src="'
                    f'{esc(image_path(item, index, self.image_folder))}" alt="{esc(caption)}" '
                    f'width="800"><figcaption>{esc(caption)}</figcaption></figure>'
                )
        return sapo or "", "".join(parts)

    def article_html(self, item: Item, request: Request) -> str:
        p = self.portal
        revision = request.revision
        sapo, content = self.content_html(item, revision)
        byline = ""
        if item.author:
            byline += f'<p class="post-detail__author">{esc(item.author)}</p>'
        if item.source:
            byline += f'<p class="post-detail__source">Nguồn: {esc(item.source)}</p>'
        tags = " ".join(
            f'<a class="tag" href="{esc(self.tag_path(slugify(t)))}">{esc(t)}</a>'
            for t in self.tags_of(item)
        )
        canonical = request.base_url + self.article_path(item)
        share = (
            f'<div class="post-detail__share"><a href="https://www.facebook.com/sharer/sharer.php'
            f'?u={esc(canonical)}" target="_blank" rel="noopener" aria-label="Chia sẻ Facebook">'
            '<i class="ri-facebook-fill"></i></a><a href="https://zalo.me/share?url='
            f'{esc(canonical)}" target="_blank" rel="noopener" aria-label="Chia sẻ Zalo">'
            '<i class="ri-chat-3-fill"></i></a><button type="button" class="copy-link" '
            'aria-label="Sao chép liên kết"><i class="ri-link"></i></button></div>'
        )
        related = "".join(
            f'<li><a href="{esc(self.article_path(it))}" {SCOPE}>{esc(it.title)}</a> '
            f'<span class="date">({dmy(it.published)})</span></li>'
            for it in self.related(item)
        )
        modified = self.lastmod(item)
        main = (
            f'<article class="post-detail" {SCOPE}>'
            f'<h1 class="post-detail__title">{esc(item.title)}</h1>'
            '<div class="post-detail__meta">'
            f'<time class="post-detail__time" datetime="{utc_iso(item.published)}">'
            f"{date_line(item.published)}</time>"
            f'<span class="post-detail__views"><i class="ri-eye-line"></i> '
            f"{thousands(view_count(item.key))}</span>"
            '<div class="post-detail__tools"><button type="button" class="font-down" '
            'aria-label="Giảm cỡ chữ">A-</button><button type="button" class="font-up" '
            'aria-label="Tăng cỡ chữ">A+</button><a href="javascript:window.print()" '
            'class="print">In bài</a></div></div>'
            f'<div class="post-detail__sapo">{esc(sapo)}</div>'
            f'<div class="post-detail__content ck-content">{content}</div>'
            f'<div class="post-detail__byline">{byline}</div>'
            f'<div class="post-detail__tags"><span class="label">Từ khóa:</span> {tags}</div>'
            f"{share}</article>"
            + (
                f'<section class="related-posts" {SCOPE}><h2 class="block-title">Tin liên quan'
                f"</h2><ul>{related}</ul></section>"
                if related
                else ""
            )
        )
        author = (
            {"@type": "Person", "name": item.author}
            if item.author
            else {"@type": "Organization", "name": f"Ban Biên tập {p.name}"}
        )
        ld = json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": item.title,
                "datePublished": utc_iso(item.published),
                "dateModified": utc_iso(modified),
                "author": author,
                "publisher": {"@type": "Organization", "name": p.name},
                "mainEntityOfPage": canonical,
                "image": [request.base_url + image_path(item, 0, self.image_folder)],
            },
            ensure_ascii=False,
        ).replace("</", "<\\/")
        head = (
            self.head_meta(item.title, item.sapo(revision, 160), canonical, "article")
            + f'\n<meta property="article:published_time" content="{utc_iso(item.published)}">'
            + f'\n<meta property="article:modified_time" content="{utc_iso(modified)}">'
            + f'\n<meta property="article:section" content="{esc(item.section.name)}">'
            + f'\n<script type="application/ld+json">{ld}</script>'
        )
        body_html = ""
        if sapo:
            body_html = f"<p>{esc(sapo)}</p>"
        payload = {
            "data": {
                f"post-{self.slug(item)}": {
                    **self.card_json(item, revision),
                    "content": body_html + content,
                    "author": item.author,
                    "source": item.source,
                    "tags": self.tags_of(item),
                    "viewCount": view_count(item.key),
                },
                "most-read": [self.card_json(it, revision) for it in self.most_read()],
            },
            "state": {},
            "once": [],
            "_errors": {},
            "serverRendered": True,
            "path": request.path,
        }
        crumbs = [
            ("Tin tức", NEWS_PATH),
            (item.section.name, self.section_path(item.section)),
        ]
        return self.frame(
            f"{item.title} - {p.name}", main, request, payload, head, crumbs, sidebar=True
        )

    def error_html(self, status: int) -> str:
        text = (
            "Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ."
            if status == 404
            else "Hệ thống đang bận, vui lòng thử lại sau ít phút."
        )
        payload = devalue(
            {"data": {}, "state": {}, "error": {"statusCode": status}, "serverRendered": True}
        )
        return (
            '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><meta name="viewport"'
            f' content="width=device-width, initial-scale=1"><title>{status} - '
            f'{esc(self.portal.name)}</title><link rel="stylesheet" href="{ENTRY_CSS}"></head>'
            f'<body><div id="__nuxt"><div class="error-page" {SCOPE}><h1 class="error-page__code">'
            f'{status}</h1><p class="error-page__text">{text}</p><a class="btn" href="/">Về trang '
            'chủ</a></div></div><script type="application/json" id="__NUXT_DATA__" '
            f'data-ssr="true">{payload}</script></body></html>'
        )


ENTRY_JS_TEXT = (
    'import{d as _e,u as fe,r as ve,o as ge,c as he}from"./vendor.b81c3d29.js";'
    "const pe=()=>useRuntimeConfig().public;"
    'async function ye(e,t,n){const o=pe();return await $fetch(o.apiBase+"/posts",'
    "{query:{category:e||void 0,tag:t||void 0,page:n,limit:o.pageSize}})}"
    'const be=_e({__name:"LoadMore",props:{category:String,tag:String},setup(e){'
    "const t=ve(2),n=ve(!1),o=ve([]);async function s(){n.value=!0;const r=await ye(e.category,"
    "e.tag,t.value);o.value.push(...r.data),t.value++,n.value=!1}return{page:t,loading:n,"
    "items:o,more:s}}});export{be as default};\n"
)

SITEMAP_XSL_TEXT = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" '
    'xmlns:s="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
    '<xsl:output method="html" encoding="UTF-8"/>\n'
    '<xsl:template match="/"><html><head><title>XML Sitemap</title></head><body>'
    '<h1>XML Sitemap</h1><table><xsl:for-each select="//s:loc"><tr><td>'
    '<xsl:value-of select="."/></td></tr></xsl:for-each></table></body></html>'
    "</xsl:template>\n</xsl:stylesheet>\n"
)
