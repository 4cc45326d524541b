"""WordPress family (xa-thanhvan): a commune news site on WordPress 6 with a news theme.

URL shapes (pretty permalinks ``/%year%/%monthnum%/%day%/%postname%/``, trailing slashes):
- home ``/`` (a magazine front page: slider, one block per category, "Tin mới" ticker);
- post ``/<yyyy>/<mm>/<dd>/<slug>/``; the shortlink ``/?p=<id>`` answers 301 to it, as do the
  slash-less form and ``/?cat=<id>``; AMP variants ``<post>?amp=1`` and the legacy
  ``<post>amp/`` answer 200 with their own markup and a canonical link; ``?replytocom=<id>``
  (comment reply links) answers 200 with the same page; Jetpack share links ``?share=facebook``
  answer 302 off-site;
- categories ``/category/<slug>/`` and ``/category/<slug>/page/<n>/`` (``page/1/`` → 301),
  tags ``/tag/<slug>/``, authors ``/author/<nicename>/``, date archives ``/<yyyy>/<mm>/`` (all
  paged the same way), search ``/?s=…``, static pages ``/gioi-thieu-chung/``, ``/lien-he/``;
- feeds ``/feed/``, ``/category/<slug>/feed/``, ``/comments/feed/``, ``<post>feed/`` (RSS 2.0,
  full text in ``content:encoded``); core sitemaps ``/wp-sitemap.xml`` (named in robots.txt;
  ``/sitemap.xml`` → 301 there); ``/wp-json/`` answers 401 (REST closed to visitors).

Every post is filed under the news category "Tin tức - Sự kiện" and one topic category. The WP
author shown in ``.entry-meta`` is a site account ("Quản trị viên"); the reporter's name is the
right-aligned bold last line of ``.entry-content``, followed by "Nguồn: …" when there is one.
Dates are shown as ``20 Tháng Hai, 2023`` (the Vietnamese month names of WordPress), the time
only in ``<time datetime>`` and the Yoast meta.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from urllib.parse import quote

from dtcrawl.demo.cms.common import (
    VN_TZ,
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    esc,
    iso_vn,
    page_number,
    pager_window,
    poll,
    reuse_notice,
    slugify,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    with_param,
)

WP_VERSION = "6.4.3"
THEME = "thoisu"
UPLOADS = "/wp-content/uploads"
PER_FEED = 10
PER_SITEMAP = 2000
#: The moment the AMP template's "… trước" ages are counted from (kept fixed: deterministic).
SITE_NOW = datetime(2026, 11, 24, 8, 0)
MONTHS = (
    "Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy",
    "Tháng Tám", "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai",
)  # fmt: skip
#: WordPress accounts that post (nicename, display name).
ACCOUNTS = (("admin", "Quản trị viên"), ("vanphong", "Văn phòng HĐND - UBND xã"))
#: Tags the editors attach when the words occur in the text.
TAGS = (
    "chuyển đổi số", "chính quyền số", "dịch vụ công trực tuyến", "chữ ký số", "kinh tế số",
    "dữ liệu dân cư", "an toàn thông tin", "thanh toán không dùng tiền mặt", "nền tảng số",
)  # fmt: skip
COMMENTS = (
    ("Nguyễn Văn Thắng", "Mong xã sớm hướng dẫn bà con ở thôn Đồng Lầy cách nộp hồ sơ qua điện "
     "thoại, người già ở đây còn lúng túng lắm."),
    ("Lê Thị Hồng", "Thông tin rất bổ ích, cảm ơn Ban biên tập. Đề nghị đăng thêm số điện thoại "
     "của tổ công nghệ số từng thôn."),
    ("Phạm Quang", "Tôi đã làm thử thủ tục đăng ký khai sinh trên mạng, chỉ mất hai ngày là có "
     "kết quả, rất thuận tiện."),
    ("Hoàng Minh Tâm", "Xin hỏi lớp tập huấn kỹ năng số tháng sau có mở cho thanh niên ngoài "
     "đoàn viên không ạ?"),
    ("Đỗ Thu Trang", "Sóng điện thoại ở xóm Bãi vẫn yếu, mong xã kiến nghị nhà mạng lắp thêm "
     "trạm phát sóng."),
)  # fmt: skip
PAGES = {
    "gioi-thieu-chung": (
        "Giới thiệu chung",
        [
            "Xã Thanh Vân nằm ở phía tây bắc tỉnh Bình Lĩnh, được thành lập ngày 1/7/2025 trên cơ "
            "sở sắp xếp ba xã Thanh Vân, Vân Hòa và Đồng Lạc cũ. Xã có diện tích tự nhiên gần 68 "
            "ki-lô-mét vuông, dân số hơn 31 nghìn người, sinh sống tại 24 thôn.",
            "Kinh tế của xã chủ yếu là trồng lúa, cây ăn quả và chăn nuôi; những năm gần đây, "
            "nhiều hợp tác xã đã đưa sản phẩm lên sàn thương mại điện tử và dùng mã QR để truy "
            "xuất nguồn gốc.",
            "Trụ sở Đảng ủy, HĐND, UBND xã đặt tại thôn Trung Tâm; Trung tâm Phục vụ hành chính "
            "công xã tiếp nhận hồ sơ từ thứ Hai đến sáng thứ Bảy hằng tuần.",
        ],
    ),
    "lien-he": (
        "Liên hệ",
        [
            "Mọi ý kiến đóng góp cho Trang thông tin điện tử xã, xin gửi về Văn phòng HĐND - UBND "
            "xã Thanh Vân hoặc điền vào mẫu dưới đây. Ban biên tập sẽ trả lời trong thời gian sớm "
            "nhất.",
        ],
    ),
}

_POST = re.compile(r"^/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)(?:/(amp|feed))?(/?)$")
_DATE = re.compile(r"^/(\d{4})(?:/(\d{2}))?(?:/(\d{2}))?(?:/page/(\d+))?/?$")
_TAXONOMY = re.compile(r"^/(category|tag|author)/([a-z0-9-]+)(?:/page/(\d+)|/(feed))?/?$")


def wp_date(moment: datetime) -> str:
    """The date as the site shows it (format ``j F, Y`` in Vietnamese).

    >>> wp_date(datetime(2023, 2, 20, 8, 15))
    '20 Tháng Hai, 2023'
    """
    return f"{moment.day} {MONTHS[moment.month - 1]}, {moment.year}"


def wp_time(moment: datetime) -> str:
    """The time as comments show it (format ``g:i a``, Vietnamese "sáng"/"chiều").

    >>> wp_time(datetime(2023, 2, 20, 14, 5)), wp_time(datetime(2023, 2, 20, 0, 30))
    ('2:05 chiều', '12:30 sáng')
    """
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment.minute:02d} {'sáng' if moment.hour < 12 else 'chiều'}"


def rss_date(moment: datetime) -> str:
    """RSS pubDate in GMT, as WordPress feeds write it.

    >>> rss_date(datetime(2023, 2, 20, 8, 15))
    'Mon, 20 Feb 2023 01:15:00 +0000'
    """
    return format_datetime(moment.replace(tzinfo=VN_TZ).astimezone(UTC))


def time_ago(moment: datetime, now: datetime = SITE_NOW) -> str:
    """WordPress's ``human_time_diff`` in Vietnamese, as the AMP template shows it.

    >>> time_ago(datetime(2023, 2, 20), datetime(2026, 11, 24))
    '3 năm trước'
    >>> time_ago(datetime(2026, 10, 1), datetime(2026, 11, 24))
    '1 tháng trước'
    """
    days = max(0, (now - moment).days)
    if days >= 365:
        return f"{days // 365} năm trước"
    if days >= 30:
        return f"{days // 30} tháng trước"
    if days >= 7:
        return f"{days // 7} tuần trước"
    return f"{max(days, 1)} ngày trước"


def excerpt(paragraphs: list[str], words: int = 55) -> str:
    """WordPress's automatic excerpt: the first ``words`` words of the text and ``[…]``.

    >>> excerpt(["Một hai ba.", "Bốn năm."], words=4)
    'Một hai ba. Bốn [&hellip;]'
    """
    tokens = " ".join(paragraphs).split()
    if len(tokens) <= words:
        return esc(" ".join(tokens))
    return esc(" ".join(tokens[:words])) + " [&hellip;]"


class WordPressSite(CmsSite):
    """A WordPress commune site: ``_s``-style theme markup, Yoast SEO, Jetpack sharing,
    Post Views Counter, WP-Polls and a visitor counter widget."""

    family_headers = {"Server": "Apache", "X-Powered-By": "PHP/8.1.27"}
    number_base = 1_187
    number_stride = 9
    image_folder = UPLOADS

    # -- URLs

    def _slugs(self) -> dict[str, str]:
        """Post slugs by key; a later post whose title gives a taken slug gets ``-2``, ``-3``."""
        if getattr(self, "_slug_cache", None) is None:
            taken: dict[str, int] = {}
            slugs: dict[str, str] = {}
            for it in sorted(self.items, key=lambda i: (i.published, i.key)):
                base = slugify(it.title, max_len=200) or str(it.number)
                taken[base] = taken.get(base, 0) + 1
                slugs[it.key] = base if taken[base] == 1 else f"{base}-{taken[base]}"
            self._slug_cache = slugs
        return self._slug_cache

    def article_path(self, item: Item) -> str:
        return f"{item.published:/%Y/%m/%d}/{self._slugs()[item.key]}/"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        shown = section or self.news
        return self.paged(f"/category/{shown.slug}/", page)

    def home_path(self) -> str:
        return "/"

    def extra_paths(self) -> dict[str, str]:
        return {"feed": "/feed/", "sitemap": "/wp-sitemap.xml"}

    @staticmethod
    def paged(base: str, page: int) -> str:
        """``base`` for page 1, ``base/page/<n>/`` after it (WordPress's ``paged`` permalinks).

        >>> WordPressSite.paged("/category/kinh-te-so/", 3)
        '/category/kinh-te-so/page/3/'
        """
        return base if page <= 1 else f"{base}page/{page}/"

    def account(self, item: Item) -> tuple[str, str]:
        """The WordPress account a post was published from (nicename, display name)."""
        return ACCOUNTS[0] if stable_int(item.key + "acct", 0, 9) < 7 else ACCOUNTS[1]

    def tags(self, item: Item, revision: int = 0) -> list[str]:
        text = " ".join([item.title, *item.body(revision)]).lower()
        return [t for t in TAGS if t in text]

    def gutenberg(self, item: Item) -> bool:
        """Posts written in the block editor (the others come from the classic editor)."""
        return item.published.year >= 2022 or stable_int(item.key + "ed", 0, 2) == 0

    def link(self, item: Item, seed: str) -> str:
        """A post link as the home page and widgets write it (some carry campaign tags)."""
        path = self.article_path(item)
        if item.kind != "article":  # broken pages have one URL only, so tests can find them
            return path
        if "tracking_utm" in self.portal.features and stable_int(seed + item.key, 0, 9) < 2:
            return with_param(path, "utm_source=zalo&utm_medium=social&utm_campaign=tin-xa")
        return path

    def thumb(self, item: Item, size: str = "300x200") -> str:
        if not item.images:
            return f"/wp-content/themes/{THEME}/assets/images/no-thumbnail.jpg"
        stamp = item.published.strftime("%Y/%m")
        return f"{UPLOADS}/{stamp}/{stable_token(item.key + '0', 8)}-{size}.jpg"

    def robots_txt(self, request: Request) -> str:
        return (
            "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
            f"Sitemap: {request.base_url}/wp-sitemap.xml\n"
        )

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path in ("/", "/index.php"):
            return self.query_route(request)
        if path in ("/sitemap.xml", "/sitemap_index.xml"):
            return self.redirect("/wp-sitemap.xml", request, 301)
        if path.startswith("/wp-sitemap"):
            xml = self.sitemap(path, request)
            return self.xml_response(xml) if xml else None
        if path.startswith("/wp-json"):
            return self.rest_closed()
        if path == "/feed/" or path == "/feed":
            return self.feed_response(self.feed_items(None, params), "/feed/", "", request)
        if path.rstrip("/") == "/comments/feed":
            return self.comments_feed(request)
        match = re.fullmatch(r"/page/(\d+)/?", path)
        if match and "s" in params:
            return self.search_response(request, int(match.group(1)))
        match = _POST.match(path)
        if match and match.group(4) != "page":
            return self.post_route(match, request)
        match = _DATE.match(path)
        if match:
            return self.date_route(match, request)
        match = _TAXONOMY.match(path)
        if match:
            return self.taxonomy_route(match, request)
        slug = path.strip("/")
        if slug in PAGES:
            if not path.endswith("/"):
                return self.redirect(f"/{slug}/", request, 301)
            return self.html_response(self.page_html(slug, request))
        return None

    def query_route(self, request: Request) -> Response | None:
        """``/`` with WordPress's query-string forms (``?p=``, ``?cat=``, ``?s=``, …)."""
        params = request.params
        if "p" in params:
            item = self.by_number.get(page_number(params["p"], 0))
            if item is None or item.kind == "missing":
                return None
            return self.redirect(self.article_path(item), request, 301)
        if "cat" in params:
            section = self.section_by_id(page_number(params["cat"], 0))
            if section is None and page_number(params["cat"], 0) == self.news.id:
                section = self.news
            return self.redirect(self.listing_path(section), request, 301) if section else None
        if "page_id" in params:
            for index, slug in enumerate(PAGES):
                if page_number(params["page_id"], 0) == 2 + index:
                    return self.redirect(f"/{slug}/", request, 301)
            return None
        if "s" in params:
            return self.search_response(request)
        return self.html_response(self.home_html(request))

    def post_route(self, match: re.Match, request: Request) -> Response | None:
        year, month, day, slug, variant, slash = match.groups()
        canonical = f"/{year}/{month}/{day}/{slug}/"
        item = self.by_path.get(canonical)
        if item is None:
            return None
        if not slash:
            target = canonical + (f"{variant}/" if variant else "")
            return self.redirect(target, request, 301, keep_query=True)
        if item.kind == "missing":
            return self.error_response(404)
        share = request.params.get("share")
        if share in ("facebook", "twitter"):
            url = quote(request.base_url + canonical, safe="")
            where = (
                f"https://www.facebook.com/sharer.php?u={url}"
                if share == "facebook"
                else f"https://twitter.com/intent/tweet?url={url}"
            )
            return Response(302, {"Location": where, **self.family_headers}, b"")
        if variant == "feed":
            return self.post_comments_feed(item, request)
        if variant == "amp" or "amp" in request.params:
            if item.kind != "article":
                return self.article_response(item, request)
            return self.html_response(
                self.amp_html(item, request), 200, self.shortlink_header(item, request)
            )
        response = self.article_response(item, request)
        response.headers.update(self.shortlink_header(item, request))
        return response

    def shortlink_header(self, item: Item, request: Request) -> dict[str, str]:
        """The ``Link: <…/?p=ID>; rel=shortlink`` header WordPress sends with posts."""
        return {"Link": f"<{request.base_url}/?p={item.number}>; rel=shortlink"}

    def date_route(self, match: re.Match, request: Request) -> Response | None:
        year, month, day, page = match.groups()
        page = int(page or 1)
        base = f"/{year}/" + (f"{month}/" if month else "") + (f"{day}/" if day else "")
        if page == 1 and match.group(4):
            return self.redirect(base, request, 301)
        items = [
            it
            for it in self.items
            if it.published.year == int(year)
            and (not month or it.published.month == int(month))
            and (not day or it.published.day == int(day))
        ]
        if not items:
            return None
        if day:
            title = f"Ngày: <span>{wp_date(datetime(int(year), int(month), int(day)))}</span>"
        elif month:
            title = f"Tháng: <span>{MONTHS[int(month) - 1]} {year}</span>"
        else:
            title = f"Năm: <span>{year}</span>"
        return self.archive_response(base, title, items, page, request, "archive date")

    def taxonomy_route(self, match: re.Match, request: Request) -> Response | None:
        kind, slug, page, feed = match.groups()
        base = f"/{kind}/{slug}/"
        if not request.path.endswith("/"):
            return self.redirect(request.path + "/", request, 301)
        if page == "1":
            return self.redirect(base, request, 301)
        if kind == "category":
            section = self.news if slug == self.news.slug else self.section_by_slug(slug)
            if section is None:
                return None
            items = self.listed(section)
            label = section.name
            title = f"Chuyên mục: <span>{esc(section.name)}</span>"
            description = f"Tin bài về {section.name.lower()} trên địa bàn xã Thanh Vân."
            css = f"archive category category-{section.slug} category-{section.id}"
        elif kind == "tag":
            names = [t for t in TAGS if slugify(t) == slug]
            if not names:
                return None
            items = [it for it in self.items if names[0] in self.tags(it, request.revision)]
            title, description, css = f"Thẻ: <span>{esc(names[0])}</span>", "", "archive tag"
            label = names[0]
        else:
            names = [name for nicename, name in ACCOUNTS if nicename == slug]
            if not names:
                return None
            items = [it for it in self.items if self.account(it)[0] == slug]
            title = f'Tác giả: <span class="vcard">{esc(names[0])}</span>'
            label = names[0]
            description, css = "", "archive author"
        if not items:
            return None
        if feed:
            return self.feed_response(
                [it for it in items if it.kind == "article"][:PER_FEED],
                base + "feed/",
                f" &#187; {esc(label)}",
                request,
            )
        return self.archive_response(base, title, items, int(page or 1), request, css, description)

    def redirect(
        self, target: str, request: Request, status: int, keep_query: bool = False
    ) -> Response:
        if keep_query and request.params:
            query = "&".join(f"{k}={quote(v)}" for k, v in request.params.items())
            target = f"{target}?{query}"
        headers = {
            "Location": request.base_url + target,
            "X-Redirect-By": "WordPress",
            "Content-Type": "text/html; charset=UTF-8",
            **self.family_headers,
        }
        return Response(status, headers, b"")

    def rest_closed(self) -> Response:
        body = {
            "code": "rest_not_logged_in",
            "message": "Chỉ người dùng đã đăng nhập mới sử dụng được REST API.",
            "data": {"status": 401},
        }
        return Response(
            401,
            {"Content-Type": "application/json; charset=UTF-8", **self.family_headers},
            json.dumps(body, ensure_ascii=False).encode("utf-8"),
        )

    def xml_response(self, xml: str, content_type: str = "application/xml") -> Response:
        headers = {"Content-Type": f"{content_type}; charset=UTF-8", **self.family_headers}
        return Response(200, headers, xml.encode("utf-8"))

    def archive_response(
        self,
        base: str,
        title: str,
        items: list[Item],
        page: int,
        request: Request,
        css: str,
        description: str = "",
    ) -> Response | None:
        shown, pages = self.page_of(items, page)
        if page > pages:
            return None
        markup = self.archive_html(base, title, shown, page, pages, request, css, description)
        return self.html_response(markup)

    def search_response(self, request: Request, page: int = 1) -> Response:
        query = request.params.get("s", "")
        words = query.lower().split()
        hits = [
            it
            for it in self.items
            if it.kind == "article" and all(w in it.title.lower() for w in words)
        ]
        page = page_number(request.params.get("paged"), page)
        shown, pages = self.page_of(hits, page)
        title = f"Kết quả tìm kiếm cho: <span>{esc(query)}</span>"
        markup = self.archive_html(
            "/", title, shown, page, pages, request, "search search-results", query=query
        )
        return self.html_response(markup)

    # -- feeds and sitemaps

    def feed_items(self, section: Section | None, params: dict[str, str]) -> list[Item]:
        page = page_number(params.get("paged"))
        healthy = [it for it in self.listed(section) if it.kind == "article"]
        return healthy[(page - 1) * PER_FEED : page * PER_FEED]

    def feed_response(
        self, items: list[Item], self_path: str, suffix: str, request: Request
    ) -> Response:
        base = request.base_url
        newest = max((it.last_modified(request.revision) for it in items), default=SITE_NOW)
        entries = []
        for it in items:
            url = base + self.article_path(it)
            cats = "".join(
                f"\n\t\t<category><![CDATA[{s.name}]]></category>" for s in self.categories_of(it)
            )
            content = self.content_html(it, request.revision)
            entries.append(
                f"""	<item>
		<title>{esc(it.title)}</title>
		<link>{esc(url)}</link>
		<comments>{esc(url)}#respond</comments>
		<dc:creator><![CDATA[{self.account(it)[1]}]]></dc:creator>
		<pubDate>{rss_date(it.published)}</pubDate>{cats}
		<guid isPermaLink="false">{base}/?p={it.number}</guid>
		<description><![CDATA[{excerpt(it.body(request.revision))}]]></description>
		<content:encoded><![CDATA[{content}]]></content:encoded>
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
	<title>{esc(self.portal.name)}{suffix}</title>
	<atom:link href="{base}{self_path}" rel="self" type="application/rss+xml" />
	<link>{base}</link>
	<description>{esc(self.portal.agency)}</description>
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
        for it in self.items[:PER_FEED]:
            for comment in self.comments(it):
                url = f"{base}{self.article_path(it)}#comment-{comment['id']}"
                entries.append(
                    f"\t<item>\n\t\t<title>Bình luận cho {esc(it.title)} bởi "
                    f"{esc(comment['name'])}</title>\n\t\t<link>{esc(url)}</link>\n"
                    f"\t\t<dc:creator><![CDATA[{comment['name']}]]></dc:creator>\n"
                    f"\t\t<pubDate>{rss_date(comment['date'])}</pubDate>\n"
                    f'\t\t<guid isPermaLink="false">{base}/?p={it.number}#comment-'
                    f"{comment['id']}</guid>\n"
                    f"\t\t<description><![CDATA[{comment['text']}]]></description>\n\t</item>\n"
                )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"\t<title>Bình luận cho {esc(self.portal.name)}</title>\n"
            f'\t<atom:link href="{base}/comments/feed/" rel="self" '
            'type="application/rss+xml" />\n'
            f"\t<link>{base}</link>\n\t<description>{esc(self.portal.agency)}</description>\n"
            f"\t<language>vi</language>\n{''.join(entries)}</channel>\n</rss>\n"
        )
        return self.xml_response(xml, "application/rss+xml")

    def post_comments_feed(self, item: Item, request: Request) -> Response:
        base = request.base_url
        url = base + self.article_path(item)
        entries = "".join(
            f"\t<item>\n\t\t<title>Bởi: {esc(c['name'])}</title>\n"
            f"\t\t<link>{esc(url)}#comment-{c['id']}</link>\n"
            f"\t\t<pubDate>{rss_date(c['date'])}</pubDate>\n"
            f"\t\t<description><![CDATA[{c['text']}]]></description>\n\t</item>\n"
            for c in self.comments(item)
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
            'xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
            f"\t<title>Bình luận trong: {esc(item.title)}</title>\n"
            f'\t<atom:link href="{esc(url)}feed/" rel="self" type="application/rss+xml" />\n'
            f"\t<link>{esc(url)}</link>\n\t<language>vi</language>\n{entries}</channel>\n</rss>\n"
        )
        return self.xml_response(xml, "application/rss+xml")

    def sitemap(self, path: str, request: Request) -> str | None:
        """The core sitemaps: an index and one list per object type (2,000 URLs a page)."""
        base = request.base_url
        posts = [it for it in self.items if it.kind == "article"]
        post_pages = max(1, -(-len(posts) // PER_SITEMAP))
        head = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<?xml-stylesheet type="text/xsl" href="{base}/wp-sitemap.xsl" ?>\n'
        )
        if path == "/wp-sitemap.xml":
            names = [f"posts-post-{n}" for n in range(1, post_pages + 1)]
            names += ["posts-page-1", "taxonomies-category-1", "taxonomies-post_tag-1", "users-1"]
            maps = "".join(
                f"<sitemap><loc>{base}/wp-sitemap-{name}.xml</loc></sitemap>" for name in names
            )
            return (
                head + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"{maps}</sitemapindex>\n"
            )
        match = re.fullmatch(r"/wp-sitemap-([a-z_-]+)-(\d+)\.xml", path)
        if not match:
            return None
        name, number = match.group(1), int(match.group(2))
        rows: list[tuple[str, str]]
        if name == "posts-post" and 1 <= number <= post_pages:
            chunk = posts[(number - 1) * PER_SITEMAP : number * PER_SITEMAP]
            rows = [
                (self.article_path(it), iso_vn(it.last_modified(request.revision))) for it in chunk
            ]
        elif number != 1:
            return None
        elif name == "posts-page":
            rows = [(f"/{slug}/", "") for slug in PAGES]
        elif name == "taxonomies-category":
            rows = [(self.listing_path(s), "") for s in [self.news, *self.sections.values()]]
        elif name == "taxonomies-post_tag":
            used = {t for it in posts for t in self.tags(it, request.revision)}
            rows = [(f"/tag/{slugify(t)}/", "") for t in TAGS if t in used]
        elif name == "users":
            rows = [(f"/author/{nicename}/", "") for nicename, _ in ACCOUNTS]
        else:
            return None
        urls = "".join(
            f"<url><loc>{esc(base + loc)}</loc>"
            + (f"<lastmod>{lastmod}</lastmod>" if lastmod else "")
            + "</url>"
            for loc, lastmod in rows
        )
        return (
            head + f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n'
        )

    # -- pieces of posts

    def comments(self, item: Item) -> list[dict]:
        """The approved comments of a post (none on most), oldest first."""
        if item.kind != "article":
            return []
        count = max(0, stable_int(item.key + "comments", -3, 2))
        chosen = []
        for index in range(count):
            name, text = COMMENTS[stable_int(f"{item.key}c{index}", 0, len(COMMENTS) - 1)]
            hours = stable_int(f"{item.key}h{index}", 3, 70) + 24 * index
            chosen.append(
                {
                    "id": item.number * 3 + index + 11,
                    "name": name,
                    "text": text,
                    "date": item.published
                    + timedelta(hours=hours, minutes=stable_int(f"{item.key}m{index}", 0, 59)),
                }
            )
        return chosen

    def content_html(self, item: Item, revision: int) -> str:
        """``the_content``: body paragraphs, photos, the byline and source lines."""
        block = self.gutenberg(item)
        parts: list[str] = []
        first = True
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                text = esc(value)
                if first:
                    text = f"<strong>{text}</strong>"
                    first = False
                parts.append(
                    f"<p>{text}</p>" if block else f'<p style="text-align: justify;">{text}</p>'
                )
                continue
            index, caption = value
            attachment = item.number + 1 + index
            src = f"{UPLOADS}/{item.published:%Y/%m}/{stable_token(item.key + str(index), 8)}"
            if block:
                parts.append(
                    f'<figure class="wp-block-image size-large"><img decoding="async" '
                    f'width="1024" height="683" src="{src}-1024x683.jpg" alt="" '
                    f'class="wp-image-{attachment}" srcset="{src}-1024x683.jpg 1024w, '
                    f'{src}-300x200.jpg 300w, {src}-768x512.jpg 768w" '
                    f'sizes="(max-width: 1024px) 100vw, 1024px" />'
                    f'<figcaption class="wp-element-caption">{esc(caption)}</figcaption></figure>'
                )
            else:
                parts.append(
                    f'<figure id="attachment_{attachment}" aria-describedby="caption-attachment-'
                    f'{attachment}" style="width: 800px" class="wp-caption aligncenter">'
                    f'<img decoding="async" class="size-full wp-image-{attachment}" '
                    f'src="{src}.jpg" alt="" width="800" height="533" />'
                    f'<figcaption id="caption-attachment-{attachment}" class="wp-caption-text">'
                    f"{esc(caption)}</figcaption></figure>"
                )
        if item.author:
            parts.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            parts.append(f'<p style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>')
        return "\n".join(parts)

    def sharing(self, item: Item, url: str) -> str:
        """Jetpack's share buttons (appended inside ``.entry-content`` by the plugin)."""
        return (
            '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block '
            'sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">Chia sẻ:</h3>'
            '<div class="sd-content"><ul>'
            f'<li class="share-facebook"><a rel="nofollow noopener noreferrer" '
            f'data-shared="sharing-facebook-{item.number}" class="share-facebook sd-button '
            f'share-icon" href="{url}?share=facebook" target="_blank" '
            'title="Nhấn để chia sẻ trên Facebook"><span>Facebook</span></a></li>'
            f'<li class="share-twitter"><a rel="nofollow noopener noreferrer" '
            f'data-shared="sharing-twitter-{item.number}" class="share-twitter sd-button '
            f'share-icon" href="{url}?share=twitter" target="_blank" '
            'title="Nhấn để chia sẻ lên X"><span>X</span></a></li>'
            f'<li class="share-print"><a rel="nofollow noopener noreferrer" '
            f'data-shared="" class="share-print sd-button share-icon" href="{url}#print" '
            'target="_blank" title="Nhấn để in"><span>In</span></a></li>'
            '<li class="share-end"></li></ul></div></div></div>'
        )

    def views_box(self, item: Item, seed: str) -> str:
        """Post Views Counter's line (its default place: after the content)."""
        return (
            f'<div class="post-views content-post post-{item.number} entry-meta">'
            '<span class="post-views-icon dashicons dashicons-chart-bar"></span> '
            '<span class="post-views-label">Lượt xem: </span> '
            f'<span class="post-views-count">{thousands(view_count(seed))}</span></div>'
        )

    def posted_on(self, item: Item, revision: int, link: bool = True) -> str:
        """``_s``'s posted-on: one ``<time>`` or, once edited, published + updated."""
        modified = item.shown_modified(revision)
        if modified and modified > item.published:
            times = (
                f'<time class="entry-date published" datetime="{iso_vn(item.published)}">'
                f"{wp_date(item.published)}</time>"
                f'<time class="updated" datetime="{iso_vn(modified)}">{wp_date(modified)}</time>'
            )
        else:
            times = (
                f'<time class="entry-date published updated" datetime="{iso_vn(item.published)}">'
                f"{wp_date(item.published)}</time>"
            )
        if link:
            times = f'<a href="{esc(self.article_path(item))}" rel="bookmark">{times}</a>'
        return f'<span class="posted-on">Đăng ngày {times}</span>'

    def post_classes(self, item: Item) -> str:
        cats = f"category-{self.news.slug}"
        if item.section is not self.news:
            cats += f" category-{item.section.slug}"
        tags = " ".join(f"tag-{slugify(t)}" for t in self.tags(item))
        thumb = " has-post-thumbnail" if item.images else ""
        return (
            f"post-{item.number} post type-post status-publish format-standard{thumb} hentry "
            f"{cats} {tags}".rstrip()
        )

    def categories_of(self, item: Item) -> list[Section]:
        return [self.news] + ([item.section] if item.section is not self.news else [])

    # -- frame

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        body_class: str,
        head: str = "",
        crumbs: list[tuple[str, str]] | None = None,
    ) -> str:
        portal, seed = self.portal, request.seed
        topics = "".join(
            f'<li id="menu-item-{40 + s.id}" class="menu-item menu-item-type-taxonomy '
            f'menu-item-object-category menu-item-{40 + s.id}"><a href="{self.listing_path(s)}">'
            f"{esc(s.name)}</a></li>"
            for s in self.sections.values()
        )
        pages_menu = "".join(
            f'<li class="menu-item menu-item-type-post_type menu-item-object-page">'
            f'<a href="/{slug}/">{esc(name)}</a></li>'
            for slug, (name, _) in PAGES.items()
        )
        ticker = " ".join(
            f'<li><a href="{esc(self.link(it, seed))}">{esc(it.title)}</a></li>'
            for it in self.latest(5)
        )
        crumb = ""
        if crumbs is not None:
            trail = ['<span><a href="/">Trang chủ</a></span>']
            trail += [f'<span><a href="{esc(h)}">{esc(label)}</a></span>' for h, label in crumbs]
            trail.append(f'<span class="breadcrumb_last" aria-current="page">{esc(title)}</span>')
            crumb = (
                '<div class="breadcrumbs-wrap"><p id="breadcrumbs"><span>'
                + " » ".join(trail)
                + "</span></p></div>"
            )
        return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
{head or "<meta name='robots' content='index, follow, max-image-preview:large' />"}
<title>{esc(title)} - {esc(portal.name)}</title>
<meta property="og:locale" content="vi_VN" />
<meta property="og:site_name" content="{esc(portal.name)}" />
<link rel="alternate" type="application/rss+xml" title="{esc(portal.name)} &raquo; Dòng thông tin" href="/feed/" />
<link rel="alternate" type="application/rss+xml" title="{esc(portal.name)} &raquo; Dòng phản hồi" href="/comments/feed/" />
<script>window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/14.0.0\\/72x72\\/","ext":".png","source":{{"concatemoji":"\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver={WP_VERSION}"}}}};</script>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver={WP_VERSION}' media='all' />
<link rel='stylesheet' id='wp-polls-css' href='/wp-content/plugins/wp-polls/polls-css.css?ver=2.77.2' media='all' />
<link rel='stylesheet' id='{THEME}-style-css' href='/wp-content/themes/{THEME}/style.css?ver=1.4.2' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {WP_VERSION}" />
<link rel="icon" href="{UPLOADS}/2021/01/cropped-logo-xa-32x32.png" sizes="32x32" />
</head>

<body class="{body_class} wp-custom-logo wp-embed-responsive right-sidebar">
<div id="fb-root"></div>
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Chuyển đến nội dung</a>
<div class="top-bar"><div class="container"><span class="welcome">Chào mừng bạn đến với {esc(portal.name)}</span><span class="hotline">Đường dây nóng: {esc(portal.phone)}</span></div></div>
<header id="masthead" class="site-header">
<div class="container header-inner">
<div class="site-branding">
<a href="/" class="custom-logo-link" rel="home"><img width="120" height="120" src="{UPLOADS}/2021/01/logo-xa.png" class="custom-logo" alt="{esc(portal.name)}" decoding="async" /></a>
<p class="site-title"><a href="/" rel="home">{esc(portal.name.upper())}</a></p>
<p class="site-description">{esc(portal.agency)} - tỉnh {esc(portal.province)}</p>
</div>
<div class="header-search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Tìm kiếm cho:</span><input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Tìm kiếm" /></form></div>
</div>
<nav id="site-navigation" class="main-navigation">
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<div class="menu-menu-chinh-container"><ul id="primary-menu" class="menu">
<li id="menu-item-21" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-21"><a href="/">Trang chủ</a></li>
<li id="menu-item-22" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-has-children menu-item-22"><a href="javascript:void(0)">Giới thiệu</a>
<ul class="sub-menu">{pages_menu}</ul></li>
<li id="menu-item-23" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-has-children menu-item-23"><a href="{self.listing_path(self.news)}">{esc(self.news.name)}</a>
<ul class="sub-menu">{topics}</ul></li>
<li id="menu-item-24" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-24"><a href="https://dichvucong.gov.vn/" target="_blank" rel="noopener">Dịch vụ công</a></li>
<li id="menu-item-25" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-25"><a href="/lien-he/">Liên hệ</a></li>
</ul></div>
</nav>
</header>
<div class="news-ticker"><div class="container"><span class="ticker-title">Tin mới</span><ul class="ticker-list">{ticker}</ul></div></div>
<div id="content" class="site-content"><div class="container">
{crumb}
<div class="row">
<div id="primary" class="content-area">
<main id="main" class="site-main">
{main}
</main><!-- #main -->
</div><!-- #primary -->
{self.sidebar(request)}
</div>
</div></div><!-- #content -->
<footer id="colophon" class="site-footer">
<div class="footer-widgets"><div class="container">
<section id="nav_menu-3" class="widget widget_nav_menu"><h2 class="widget-title">Liên kết website</h2><div class="menu-lien-ket-container"><ul id="menu-lien-ket" class="menu">
<li class="menu-item"><a href="https://chinhphu.vn/" target="_blank" rel="noopener">Cổng TTĐT Chính phủ</a></li>
<li class="menu-item"><a href="https://dichvucong.gov.vn/" target="_blank" rel="noopener">Cổng Dịch vụ công quốc gia</a></li>
<li class="menu-item"><a href="http://binhlinh.gov.vn/" target="_blank" rel="noopener">Cổng TTĐT tỉnh {esc(portal.province)}</a></li>
</ul></div></section>
</div></div>
<div class="site-info"><div class="container">
<p class="footer-title"><strong>{esc(portal.name.upper())}</strong></p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Trưởng Ban biên tập: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)} - Email: ubnd.thanhvan@{esc(portal.domain.split(".", 1)[1])}</p>
<p>{esc(reuse_notice(portal))}</p>
<p class="credit">Website đang chạy thử nghiệm · <a href="https://vi.wordpress.org/">Tự hào sử dụng WordPress</a></p>
</div></div>
</footer><!-- #colophon -->
</div><!-- #page -->
<a href="#page" class="back-to-top" title="Về đầu trang">Về đầu trang</a>
<script src="/wp-content/themes/{THEME}/js/navigation.js?ver=1.4.2" id="{THEME}-navigation-js"></script>
<script src="/wp-content/plugins/wp-polls/polls-js.js?ver=2.77.2" id="wp-polls-js"></script>
</body>
</html>
"""

    def sidebar(self, request: Request) -> str:
        seed = request.seed
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        recent = "".join(
            f'<li><a href="{esc(self.link(it, seed))}">{esc(it.title)}</a>'
            f'<span class="post-date">{wp_date(it.published)}</span></li>'
            for it in self.latest(5)
        )
        healthy = [it for it in self.items if it.kind == "article"]
        popular = sorted(healthy[:60], key=lambda it: -view_count(it.key))[:5]
        popular_list = "".join(
            f'<li><a href="{esc(self.article_path(it))}" class="wpp-post-title" target="_self">'
            f'{esc(it.title)}</a> <span class="wpp-meta post-stats"><span class="wpp-views">'
            f"{thousands(view_count(it.key))} lượt xem</span></span></li>"
            for it in popular
        )
        cats = "".join(
            f'<li class="cat-item cat-item-{s.id}"><a href="{self.listing_path(s)}">'
            f"{esc(s.name)}</a> ({len(self.listed(s))})</li>"
            for s in sorted([self.news, *self.sections.values()], key=lambda s: s.name)
            if self.listed(s)
        )
        months: list[tuple[int, int]] = []
        for it in self.items:
            key = (it.published.year, it.published.month)
            if key not in months:
                months.append(key)
        archives = "".join(
            f"<li><a href='/{y}/{m:02d}/'>{MONTHS[m - 1]} {y}</a></li>" for y, m in months
        )
        question, options = poll(seed)
        answers = "".join(
            f'<li><input type="radio" id="poll-answer-{7 + i}" name="poll_3" value="{7 + i}" />'
            f' <label for="poll-answer-{7 + i}">{esc(o)}</label></li>'
            for i, o in enumerate(options)
        )
        return f"""<aside id="secondary" class="widget-area">
<aside id="custom_html-2" class="widget_text widget widget_custom_html"><h2 class="widget-title">Kết quả giải quyết TTHC</h2><div class="textwidget custom-html-widget"><table class="tthc-stats"><caption>Tháng {stats["month"]}</caption>
<tr><td>Hồ sơ đã giải quyết</td><td>{thousands(stats["total"])}</td></tr>
<tr><td>Đúng hạn</td><td>{thousands(stats["ontime"])} ({stats["percent"]}%)</td></tr>
<tr><td>Trễ hạn</td><td>{stats["late"]}</td></tr></table>
<p><a href="https://dichvucong.gov.vn/p/home/dvc-trang-chu.html" target="_blank" rel="noopener">Tra cứu hồ sơ</a></p></div></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></aside>
<aside id="wpp-2" class="widget popular-posts"><h2 class="widget-title">Tin nổi bật</h2><ul class="wpp-list">{popular_list}</ul></aside>
<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul>{cats}</ul></aside>
<aside id="media_image-3" class="widget widget_media_image"><a href="https://dichvucong.gov.vn/"><img width="300" height="90" src="{UPLOADS}/2021/03/banner-dvc.png" class="image wp-image-88 attachment-full size-full" alt="Cổng Dịch vụ công quốc gia" decoding="async" loading="lazy" /></a></aside>
<aside id="polls-widget-2" class="widget widget_polls-widget"><h2 class="widget-title">Thăm dò ý kiến</h2><div id="polls-3" class="wp-polls"><form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post"><p style="text-align: center;"><strong>{esc(question)}</strong></p><div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">{answers}</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p><p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả">Xem kết quả</a></p></div></form></div></aside>
<aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul>{archives}</ul></aside>
<aside id="visitor_counter-2" class="widget widget_visitor_counter"><h2 class="widget-title">Thống kê truy cập</h2><ul class="visitor-counter">
<li class="vc-online">Đang online: <span>{thousands(visits["online"])}</span></li>
<li class="vc-today">Hôm nay: <span>{thousands(visits["today"])}</span></li>
<li class="vc-week">Tuần này: <span>{thousands(visits["week"])}</span></li>
<li class="vc-month">Tháng này: <span>{thousands(visits["month"])}</span></li>
<li class="vc-total">Tổng lượt truy cập: <span>{thousands(visits["total"])}</span></li></ul></aside>
</aside><!-- #secondary -->"""

    def seo_head(
        self, title: str, canonical: str, kind: str, extra: str = "", robots: str = ""
    ) -> str:
        """Yoast SEO's block of meta tags (``robots`` overrides the default index line)."""
        return (
            (robots or "<meta name='robots' content='index, follow, max-image-preview:large' />")
            + f"\n<!-- This site is optimized with the Yoast SEO plugin v21.9.1 -->\n"
            f'<link rel="canonical" href="{esc(canonical)}" />\n'
            f'<meta property="og:type" content="{kind}" />\n'
            f'<meta property="og:title" content="{esc(title)}" />\n'
            f'<meta property="og:url" content="{esc(canonical)}" />\n{extra}'
            "<!-- / Yoast SEO plugin. -->"
        )

    # -- pages

    def entry_card(self, item: Item, request: Request, heading: str = "h2") -> str:
        seed = request.seed
        href = esc(self.link(item, seed))
        size = "300x200"
        return (
            f'<article id="post-{item.number}" class="{self.post_classes(item)}">'
            f'<div class="post-thumbnail"><a href="{href}" aria-hidden="true" tabindex="-1">'
            f'<img width="300" height="200" src="{esc(self.thumb(item, size))}" '
            f'class="attachment-medium size-medium wp-post-image" alt="" decoding="async" '
            f'loading="lazy" /></a></div>'
            f'<header class="entry-header"><{heading} class="entry-title"><a href="{href}" '
            f'rel="bookmark">{esc(item.title)}</a></{heading}>'
            f'<div class="entry-meta">{self.posted_on(item, request.revision)}</div></header>'
            f'<div class="entry-summary"><p>{excerpt(item.body(request.revision))}</p></div>'
            f'<footer class="entry-footer"><a class="more-link" href="{href}">Xem thêm'
            f'<span class="screen-reader-text"> "{esc(item.title)}"</span></a></footer>'
            "</article>"
        )

    def home_html(self, request: Request) -> str:
        seed = request.seed
        healthy = [it for it in self.items if it.kind == "article"]
        slides = "".join(
            f'<div class="slide"><a href="{esc(self.link(it, seed))}"><img src="'
            f'{esc(self.thumb(it, "800x450"))}" alt="{esc(it.title)}" /></a>'
            f'<div class="slide-caption"><h2 class="entry-title"><a href="'
            f'{esc(self.link(it, seed))}">{esc(it.title)}</a></h2>'
            f'<span class="posted-on">{wp_date(it.published)}</span></div></div>'
            for it in healthy[:3]
        )
        blocks = []
        for section in [self.news, *self.sections.values()]:
            shown = [it for it in self.listed(section) if it.kind == "article"][:4]
            if not shown:
                continue
            lead, rest = shown[0], shown[1:]
            others = "".join(
                f'<li><h4 class="entry-title"><a href="{esc(self.link(it, seed))}">'
                f'{esc(it.title)}</a></h4><span class="posted-on">{wp_date(it.published)}'
                "</span></li>"
                for it in rest
            )
            blocks.append(
                f'<section class="home-block block-{section.slug}"><h2 class="block-title">'
                f'<a href="{self.listing_path(section)}">{esc(section.name)}</a></h2>'
                f'<div class="block-posts"><div class="block-main">'
                f'{self.entry_card(lead, request, "h3")}</div><ul class="block-list">{others}'
                f'</ul></div><a class="view-more" href="{self.listing_path(section)}">Xem tất cả'
                "</a></section>"
            )
        main = (
            f'<section class="featured-slider"><h2 class="screen-reader-text">Tin nổi bật</h2>'
            f"{slides}</section>\n" + "\n".join(blocks)
        )
        head = self.seo_head(self.portal.name, request.base_url + "/", "website")
        return self.frame("Trang chủ", main, request, "home page-template-template-home", head)

    def archive_html(
        self,
        base: str,
        title: str,
        items: list[Item],
        page: int,
        pages: int,
        request: Request,
        css: str,
        description: str = "",
        query: str | None = None,
    ) -> str:
        search = query is not None

        def href(n: int) -> str:
            path = self.paged(base, n)
            return f"{path}?s={quote(query)}" if search else path

        links = []
        if page > 1:
            links.append(f'<a class="prev page-numbers" href="{esc(href(page - 1))}">« Trước</a>')
        for n in pager_window(page, pages, around=2):
            if n is None:
                links.append('<span class="page-numbers dots">&hellip;</span>')
            elif n == page:
                links.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
            else:
                links.append(f'<a class="page-numbers" href="{esc(href(n))}">{n}</a>')
        if page < pages:
            links.append(f'<a class="next page-numbers" href="{esc(href(page + 1))}">Sau »</a>')
        pager = (
            '<nav class="navigation pagination" aria-label="Phân trang bài viết">'
            '<h2 class="screen-reader-text">Phân trang bài viết</h2>'
            f'<div class="nav-links">{"".join(links)}</div></nav>'
            if pages > 1
            else ""
        )
        cards = "\n".join(self.entry_card(it, request) for it in items)
        desc = (
            f'<div class="archive-description"><p>{esc(description)}</p></div>'
            if description
            else ""
        )
        main = (
            f'<header class="page-header"><h1 class="page-title">{title}</h1>{desc}</header>'
            f'<div class="posts-list">\n{cards}\n</div>\n{pager}'
        )
        plain = re.sub(r"<[^>]+>", "", title).split(": ", 1)[-1]
        shown = plain if page == 1 else f"{plain} - Trang {page}"
        canonical = request.base_url + (href(page) if not search else "/")
        robots = "<meta name='robots' content='noindex, follow' />" if search else ""
        head = self.seo_head(shown, canonical, "website", robots=robots)
        if page > 1:
            head += f'\n<link rel="prev" href="{esc(request.base_url + href(page - 1))}" />'
        if page < pages:
            head += f'\n<link rel="next" href="{esc(request.base_url + href(page + 1))}" />'
        if base.startswith("/category/"):
            head += (
                f'\n<link rel="alternate" type="application/rss+xml" title="{esc(self.portal.name)}'
                f' &raquo; {esc(plain)} Dòng Chuyên mục" href="{base}feed/" />'
            )
        return self.frame(shown, main, request, f"{css} hfeed", head, [])

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        url = request.base_url + self.article_path(item)
        nicename, account = self.account(item)
        modified = item.shown_modified(revision)
        cat_links = ", ".join(
            f'<a href="{self.listing_path(s)}" rel="category tag">{esc(s.name)}</a>'
            for s in self.categories_of(item)
        )
        tags = self.tags(item, revision)
        tag_links = ", ".join(f'<a href="/tag/{slugify(t)}/" rel="tag">{esc(t)}</a>' for t in tags)
        thumbnail = (
            f'<div class="post-thumbnail"><img width="800" height="533" src="'
            f'{esc(self.thumb(item, "800x533"))}" class="attachment-post-thumbnail size-post-'
            f'thumbnail wp-post-image" alt="" decoding="async" /></div>'
            if item.images
            else ""
        )
        content = self.content_html(item, revision)
        older = [it for it in self.items if it.published < item.published and it.kind == "article"]
        newer = [it for it in self.items if it.published > item.published and it.kind == "article"]
        navigation = ""
        if older or newer:
            prev_link = (
                f'<div class="nav-previous"><a href="{esc(self.article_path(older[0]))}" rel="prev">'
                f'<span class="nav-subtitle">Bài trước:</span> <span class="nav-title">'
                f"{esc(older[0].title)}</span></a></div>"
                if older
                else ""
            )
            next_link = (
                f'<div class="nav-next"><a href="{esc(self.article_path(newer[-1]))}" rel="next">'
                f'<span class="nav-subtitle">Bài tiếp theo:</span> <span class="nav-title">'
                f"{esc(newer[-1].title)}</span></a></div>"
                if newer
                else ""
            )
            navigation = (
                '<nav class="navigation post-navigation" aria-label="Bài viết">'
                '<h2 class="screen-reader-text">Điều hướng bài viết</h2>'
                f'<div class="nav-links">{prev_link}{next_link}</div></nav>'
            )
        related = "".join(
            f'<li class="related-item"><a href="{esc(self.article_path(it))}" class="related-thumb">'
            f'<img src="{esc(self.thumb(it, "150x100"))}" alt="" loading="lazy" /></a>'
            f'<h4 class="related-title"><a href="{esc(self.article_path(it))}">{esc(it.title)}'
            f'</a></h4><span class="related-date">{wp_date(it.published)}</span></li>'
            for it in self.others(item, 4)
        )
        comments = self.comments(item)
        comment_list = "".join(
            f'<li id="comment-{c["id"]}" class="comment even thread-even depth-1">'
            f'<article id="div-comment-{c["id"]}" class="comment-body"><footer class="comment-meta">'
            f'<div class="comment-author vcard"><img alt="" src="/wp-content/plugins/'
            f'simple-local-avatars/avatar-48.png" class="avatar avatar-48" height="48" width="48" '
            f'/><b class="fn">{esc(c["name"])}</b> <span class="says">viết:</span></div>'
            f'<div class="comment-metadata"><a href="{esc(self.article_path(item))}#comment-'
            f'{c["id"]}"><time datetime="{iso_vn(c["date"])}">{wp_date(c["date"])} lúc '
            f"{wp_time(c['date'])}</time></a></div></footer>"
            f'<div class="comment-content"><p>{esc(c["text"])}</p></div>'
            f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="'
            f'{esc(self.article_path(item))}?replytocom={c["id"]}#respond" data-commentid="'
            f'{c["id"]}" data-postid="{item.number}" data-belowelement="div-comment-{c["id"]}" '
            f'data-respondelement="respond" aria-label="Trả lời {esc(c["name"])}">Trả lời</a>'
            "</div></article></li>"
            for c in comments
        )
        comments_title = (
            f'<h2 class="comments-title">{len(comments)} bình luận về &ldquo;'
            f'<span>{esc(item.title)}</span>&rdquo;</h2><ol class="comment-list">{comment_list}'
            "</ol>"
            if comments
            else ""
        )
        main = f"""<article id="post-{item.number}" class="{self.post_classes(item)}">
<header class="entry-header">
<div class="cat-links-top">{cat_links}</div>
<h1 class="entry-title">{esc(item.title)}</h1>
<div class="entry-meta">{self.posted_on(item, revision)}<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/{nicename}/">{esc(account)}</a></span></span> <span class="print-link"><a href="javascript:window.print()" title="In bài viết">In bài viết</a></span></div>
</header><!-- .entry-header -->
{thumbnail}
<div class="entry-content">
{content}
{self.views_box(item, seed)}
{self.sharing(item, self.article_path(item))}
</div><!-- .entry-content -->
<footer class="entry-footer"><span class="cat-links">Chuyên mục: {cat_links}</span>{f' <span class="tags-links">Thẻ: {tag_links}</span>' if tags else ""}</footer>
</article><!-- #post-{item.number} -->
{navigation}
<div class="related-posts"><h3 class="related-posts-title">Bài viết liên quan</h3><ul>{related}</ul></div>
<div id="comments" class="comments-area">
{comments_title}
<div id="respond" class="comment-respond">
<h3 id="reply-title" class="comment-reply-title">Để lại bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="{esc(self.article_path(item))}#respond" style="display:none;">Hủy</a></small></h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p>
<p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p>
<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" autocomplete="email" required /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /> <input type='hidden' name='comment_post_ID' value='{item.number}' id='comment_post_ID' /></p>
</form>
</div><!-- #respond -->
</div><!-- #comments -->"""
        schema = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "@id": f"{url}#article",
                    "isPartOf": {"@id": url},
                    "author": {
                        "name": account,
                        "@id": f"{request.base_url}/#/schema/person/{nicename}",
                    },
                    "headline": item.title,
                    "datePublished": iso_vn(item.published),
                    "dateModified": iso_vn(modified or item.published),
                    "articleSection": [s.name for s in self.categories_of(item)],
                    "inLanguage": "vi",
                },
                {"@type": "WebPage", "@id": url, "url": url, "name": item.title},
            ],
        }
        extra = (
            f'<meta property="og:description" content="{esc(item.sapo(revision, 150))}" />\n'
            f'<meta property="article:section" content="{esc(item.section.name)}" />\n'
            f'<meta property="article:published_time" content="{iso_vn(item.published)}" />\n'
            + (
                f'<meta property="article:modified_time" content="{iso_vn(modified)}" />\n'
                if modified
                else ""
            )
            + f'<meta name="author" content="{esc(account)}" />\n'
            f'<meta name="twitter:label1" content="Được viết bởi" />\n'
            f'<meta name="twitter:data1" content="{esc(account)}" />\n'
            f'<script type="application/ld+json" class="yoast-schema-graph">'
            f"{json.dumps(schema, ensure_ascii=False)}</script>\n"
        )
        robots = (
            "<meta name='robots' content='noindex, follow' />"
            if "replytocom" in request.params
            else ""
        )
        amp = f"{url}amp/" if item.published.year < 2022 else f"{url}?amp=1"
        head = (
            self.seo_head(item.title, url, "article", extra, robots)
            + f'\n<link rel="alternate" type="application/rss+xml" title="{esc(self.portal.name)}'
            f' &raquo; {esc(item.title)} Dòng phản hồi" href="{esc(url)}feed/" />'
            f"\n<link rel='shortlink' href='{request.base_url}/?p={item.number}' />"
            f'\n<link rel="amphtml" href="{esc(amp)}">'
        )
        crumbs = [(self.listing_path(s), s.name) for s in self.categories_of(item)[-1:]]
        body_class = (
            f"post-template-default single single-post postid-{item.number} single-format-standard"
        )
        return self.frame(item.title, main, request, body_class, head, crumbs)

    def amp_html(self, item: Item, request: Request) -> str:
        """The AMP plugin's reader template (its own markup, canonical to the post)."""
        revision = request.revision
        url = request.base_url + self.article_path(item)
        parts = []
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                parts.append(f"<p>{esc(value)}</p>")
            else:
                index, caption = value
                src = f"{UPLOADS}/{item.published:%Y/%m}/{stable_token(item.key + str(index), 8)}"
                parts.append(
                    f'<figure class="wp-caption aligncenter"><amp-img src="{src}.jpg" width="800"'
                    f' height="533" layout="intrinsic" alt=""></amp-img>'
                    f'<figcaption class="wp-caption-text">{esc(caption)}</figcaption></figure>'
                )
        if item.author:
            parts.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            parts.append(f'<p style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>')
        cats = ", ".join(
            f'<a href="{request.base_url}{self.listing_path(s)}">{esc(s.name)}</a>'
            for s in self.categories_of(item)
        )
        return f"""<!doctype html>
<html amp lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>{esc(item.title)} &#8211; {esc(self.portal.name)}</title>
<link rel="canonical" href="{esc(url)}">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.amp-wp-header{{background:#0a5ea8}}</style>
</head>
<body class="">
<header id="top" class="amp-wp-header"><div><a href="{request.base_url}/">{esc(self.portal.name)}</a></div></header>
<article class="amp-wp-article">
<header class="amp-wp-article-header">
<h1 class="amp-wp-title">{esc(item.title)}</h1>
<div class="amp-wp-meta amp-wp-byline"><span class="amp-wp-author author vcard">{esc(self.account(item)[1])}</span></div>
<div class="amp-wp-meta amp-wp-posted-on"><time datetime="{iso_vn(item.published)}">{time_ago(item.published)}</time></div>
</header>
<div class="amp-wp-article-content">
{"".join(parts)}
</div>
<footer class="amp-wp-article-footer">
<div class="amp-wp-meta amp-wp-tax-category">Chuyên mục: {cats}</div>
<div class="amp-wp-meta amp-wp-comments-link"><a href="{esc(url)}#respond">Để lại bình luận</a></div>
</footer>
</article>
<footer class="amp-wp-footer"><div><h2>{esc(self.portal.name)}</h2><a href="#top" class="back-to-top">Về đầu trang</a></div></footer>
</body>
</html>
"""

    def page_html(self, slug: str, request: Request) -> str:
        title, paragraphs = PAGES[slug]
        number = 2 + list(PAGES).index(slug)
        body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        if slug == "lien-he":
            body += (
                f"<p>Địa chỉ: {esc(self.portal.address)}<br />Điện thoại: "
                f"{esc(self.portal.phone)}</p>"
                '<div class="wpcf7 js" id="wpcf7-f95-p3-o1" lang="vi" dir="ltr">'
                '<form action="/lien-he/#wpcf7-f95-p3-o1" method="post" class="wpcf7-form init">'
                '<p><label>Họ và tên<br /><input size="40" class="wpcf7-form-control" '
                'name="your-name" value="" type="text" /></label></p>'
                '<p><label>Nội dung<br /><textarea cols="40" rows="10" class="wpcf7-form-control" '
                'name="your-message"></textarea></label></p>'
                '<p><input class="wpcf7-form-control wpcf7-submit" type="submit" value="Gửi" />'
                "</p></form></div>"
            )
        main = (
            f'<article id="post-{number}" class="post-{number} page type-page status-publish '
            f'hentry"><header class="entry-header"><h1 class="entry-title">{esc(title)}</h1>'
            f'</header><div class="entry-content">{body}</div></article>'
        )
        head = self.seo_head(title, f"{request.base_url}/{slug}/", "article")
        return self.frame(
            title, main, request, f"page-template-default page page-id-{number}", head, []
        )

    def error_html(self, status: int) -> str:
        request = Request("/404", {}, 0, f"{self.portal.id}:err{status}", "")
        if status >= 500:
            return (
                '<!DOCTYPE html>\n<html lang="vi">\n<head><meta charset="UTF-8"><title>Lỗi '
                'WordPress</title></head>\n<body id="error-page"><div class="wp-die-message">'
                '<p>Đã có lỗi nghiêm trọng trên trang web của bạn.</p><p><a href="https://'
                'wordpress.org/documentation/article/faq-troubleshooting/">Tìm hiểu thêm về '
                "việc gỡ lỗi trên WordPress.</a></p></div></body>\n</html>\n"
            )
        main = (
            '<section class="error-404 not-found"><header class="page-header"><h1 '
            'class="page-title">Rất tiếc! Không thể tìm thấy trang này.</h1></header>'
            '<div class="page-content"><p>Có vẻ như không có gì ở địa chỉ này. Bạn thử tìm kiếm '
            'xem sao?</p><form role="search" method="get" class="search-form" action="/">'
            '<input type="search" class="search-field" name="s" value="" />'
            '<input type="submit" class="search-submit" value="Tìm kiếm" /></form></div></section>'
        )
        robots = "<meta name='robots' content='noindex, follow' />"
        return self.frame("Không tìm thấy trang", main, request, "error404", robots)
