"""A provincial portal rebuilt (2023) as a browser-rendered single-page application (portal hanhlang).

The real family: a vendor's "Cổng thông tin điện tử" platform of the 2020s, a Vue 3 application
built with Vite, served by an ASP.NET Core host behind nginx. There is no server-side rendering of
the news: for every route the host answers the same ``index.html`` from a Razor view, into which
an SEO middleware writes the ``<head>`` (title, description, Open Graph, ``article:*`` times,
canonical link, JSON-LD) and the page's data as ``window.__INITIAL_STATE__ = {...}`` (the Vuex
store the app hydrates from, serialised with System.Text.Json's default encoder: every
non-ASCII letter and ``< > & ' + "`` inside strings written as ``\\uXXXX``). The Razor view
HTML-encodes the head the way ASP.NET Core does by default (``C&#x1ED5;ng th&#xF4;ng tin``).
``<div id="app">`` holds only a loading spinner; ``<noscript>`` says JavaScript is needed and
offers four links. The article's text exists only inside the state (``article.sapo`` and
``article.content``, the CKEditor HTML with ``<figure class="image">``/``<figcaption>``) and, as
search engines get it, flattened in the JSON-LD ``articleBody`` (tags stripped, captions run in,
no paragraph breaks). What a reader sees once the app has drawn the article: the title, the date
("Thứ Tư, 06/01/2021 - 22:41"), the sapo in bold, the content, the author right-aligned, then
"Nguồn: …". The state also carries what the app draws around it: the menu tree, banners, "Đọc
nhiều", related items, visitor counters, "Kết quả giải quyết TTHC", a poll, website links.

URL shapes (Vue router, history mode; the host serves the shell for any path):
- home ``/``; all news ``/tin-tuc``; a section ``/chuyen-muc/<slug>``; ``?page=N`` on both (the
  app's pager, drawn by script; the middleware honours it);
- article ``/tin-tuc/<slug>-<id>`` (the server reads only the trailing id);
- pages of text ``/gioi-thieu``, ``/gioi-thieu/<slug>``, ``/lien-he``, ``/so-do-cong``; search
  ``/tim-kiem?q=…``;
- JSON API (what the app calls; ``Disallow: /api/`` in robots.txt):
  ``/api/v1/articles?categoryId=<id>&page=<n>&pageSize=<k>`` (all news without ``categoryId``),
  ``/api/v1/articles/<id>``, ``/api/v1/articles/<id>/related``, ``/api/v1/articles/most-read``,
  ``/api/v1/menu``, ``/api/v1/statistics/visitor``;
- ``/robots.txt`` (``Sitemap:`` line), ``/sitemap.xml`` (a sitemap index) of
  ``/sitemaps/pages.xml`` and ``/sitemaps/news-<yyyy>-<mm>.xml`` (article URLs with lastmod);
- assets ``/assets/<name>-<hash>.js|css``, images under ``/uploads/``.

Hazards: no article text, title or link in the markup a crawler parses (only in head meta, the
JSON-LD and the inline state); listing items carry their ``url``, the "Đọc nhiều" and related
boxes only ``id`` and ``slug``; the state also has ``createdDate`` (the draft's time, before
publication) and ``modifiedDate`` beside ``publishedDate`` (local times without offset), and a
``createdBy`` account that is not the author; JSON-LD times are UTC (``…Z``) and an article
without author names the portal's editorial board as JSON-LD author; the sitemap is generated
every six hours, so the newest articles are missing from it (they are in the home page's
state), and it still lists an article withdrawn since (404); an unknown path answers 200 with
the shell (the SPA fallback); undated pages of text (introduction, history, contact) carry
their own text in the state.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Sequence
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
    image_path,
    iso_vn,
    page_number,
    poll,
    slugify,
    stable_int,
    stable_token,
    tthc_stats,
    view_count,
    visitor_stats,
)
from dtcrawl.demo.portals import PortalDef

API = "/api/v1"
NEWS_PATH = "/tin-tuc"
SEARCH_PATH = "/tim-kiem"
ARTICLE_PATH = re.compile(r"^/tin-tuc/(?:[A-Za-z0-9-]+-)?(\d+)/?$")
SECTION_PATH = re.compile(r"^/chuyen-muc/([a-z0-9-]+)/?$")
API_ARTICLE = re.compile(r"^/api/v1/articles/(\d+)(/related)?/?$")
SITEMAP_MONTH = re.compile(r"^/sitemaps/news-(\d{4})-(\d{2})\.xml$")
#: Hashed file names of the Vite build.
ENTRY_JS = "/assets/index-5c1f9e3a.js"
VENDOR_JS = "/assets/vendor-vue-8b2d47f0.js"
ENTRY_CSS = "/assets/index-e07a6d21.css"
BUILD = "2.14.3"
EDITOR_ACCOUNTS = (
    ("btv.thuhuong", "Nguyễn Thu Hường"),
    ("btv.quanghuy", "Lương Quang Huy"),
    ("admin.cttdt", "Quản trị Cổng"),
)
TEXT_PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "/gioi-thieu": (
        "Giới thiệu chung",
        (
            "Hà Lăng là tỉnh miền núi, biên giới nằm ở vùng trung du và miền núi phía Bắc, có "
            "diện tích tự nhiên hơn 6.800 km² với 11 đơn vị hành chính cấp huyện và 152 xã, "
            "phường, thị trấn; dân số hơn 820 nghìn người thuộc 19 dân tộc cùng sinh sống.",
            "Tỉnh có hệ thống sông suối dày đặc, khí hậu nhiệt đới gió mùa mang sắc thái vùng "
            "cao; nhiều danh thắng như thác Bản Mây, hồ Nà Lăng và cao nguyên đá Phìn Ngàn đang "
            "được đầu tư khai thác phục vụ du lịch cộng đồng.",
            "Những năm gần đây, tỉnh xác định chuyển đổi số là nhiệm vụ trọng tâm, ưu tiên xây "
            "dựng hạ tầng số, nền tảng dữ liệu dùng chung và nâng cao kỹ năng số cho người dân "
            "ở các xã vùng sâu, vùng xa.",
        ),
    ),
    "/gioi-thieu/lich-su-hinh-thanh": (
        "Lịch sử hình thành",
        (
            "Vùng đất Hà Lăng có lịch sử lâu đời, gắn với quá trình khai phá của cộng đồng các "
            "dân tộc Tày, Nùng, Dao, Mông dọc theo lưu vực sông Lăng.",
            "Tỉnh được tái lập theo Nghị quyết của Quốc hội, chính thức đi vào hoạt động từ ngày "
            "01 tháng 01 năm 1997 với trung tâm hành chính đặt tại thị xã Lăng Giang, nay là "
            "thành phố Lăng Giang.",
        ),
    ),
    "/gioi-thieu/co-cau-to-chuc": (
        "Cơ cấu tổ chức",
        (
            "Ủy ban nhân dân tỉnh gồm Chủ tịch, các Phó Chủ tịch và các Ủy viên là người đứng "
            "đầu cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.",
            "Các cơ quan chuyên môn gồm 17 sở, ban, ngành; các đơn vị sự nghiệp trực thuộc gồm "
            "Trung tâm Phục vụ hành chính công tỉnh và Ban Quản lý các khu công nghiệp tỉnh.",
        ),
    ),
    "/lien-he": (
        "Liên hệ",
        (
            "Mọi ý kiến đóng góp, phản ánh về nội dung thông tin đăng tải trên Cổng, xin gửi về "
            "Ban Biên tập Cổng thông tin điện tử tỉnh Hà Lăng.",
            "Thời gian tiếp nhận: các ngày làm việc trong tuần, buổi sáng từ 7 giờ 30 đến 11 giờ "
            "30, buổi chiều từ 13 giờ 30 đến 17 giờ.",
        ),
    ),
}
WEBSITE_LINKS = (
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn"),
    ("Hệ thống văn bản quy phạm pháp luật", "https://vbpl.vn"),
    ("Báo điện tử Hà Lăng", "https://baohalang.vn"),
)
VIDEO_TITLES = (
    "Hà Lăng: khai trương Trung tâm giám sát, điều hành thông minh",
    "Tổ công nghệ số cộng đồng hướng dẫn người dân cài đặt VNeID",
    "Phiên chợ không dùng tiền mặt ở vùng cao Hà Lăng",
)


def net_string(text: str) -> str:
    """A JSON string as System.Text.Json's default encoder writes it: ASCII kept except
    ``< > & ' + " \\ `` and controls, everything else ``\\uXXXX`` (upper-case hex).

    >>> net_string('Tin "mới" <b>')
    '"Tin \\\\u0022m\\\\u1EDBi\\\\u0022 \\\\u003Cb\\\\u003E"'
    """
    out = ['"']
    for char in text:
        code = ord(char)
        if char == "\\":
            out.append("\\\\")
        elif char == "\n":
            out.append("\\n")
        elif char == "\r":
            out.append("\\r")
        elif char == "\t":
            out.append("\\t")
        elif 0x20 <= code < 0x7F and char not in "<>&'+\"`":
            out.append(char)
        elif code > 0xFFFF:
            code -= 0x10000
            out.append(f"\\u{0xD800 + (code >> 10):04X}\\u{0xDC00 + (code & 0x3FF):04X}")
        else:
            out.append(f"\\u{code:04X}")
    out.append('"')
    return "".join(out)


def net_json(value: Any) -> str:
    """``value`` serialised as the ASP.NET Core host does (compact, :func:`net_string` strings).

    >>> net_json({"a": [1, None, True], "b": "Đ"})
    '{"a":[1,null,true],"b":"\\\\u0110"}'
    >>> json.loads(net_json({"t": "Chuyển đổi số & <p>"})) == {"t": "Chuyển đổi số & <p>"}
    True
    """
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, str):
        return net_string(value)
    if isinstance(value, dict):
        return "{" + ",".join(f"{net_string(k)}:{net_json(v)}" for k, v in value.items()) + "}"
    return "[" + ",".join(net_json(v) for v in value) + "]"


def razor(text: Any) -> str:
    """Text as ASP.NET Core's default HtmlEncoder writes it in a Razor view: ``& < > " '``
    escaped, and every character outside Basic Latin as a hexadecimal reference.

    >>> razor("Cổng 'TTĐT' & <b>")
    'C&#x1ED5;ng &#x27;TT&#x110;T&#x27; &amp; &lt;b&gt;'
    """
    out = []
    for char in str(text):
        if char == "&":
            out.append("&amp;")
        elif char == "<":
            out.append("&lt;")
        elif char == ">":
            out.append("&gt;")
        elif char == '"':
            out.append("&quot;")
        elif char == "'":
            out.append("&#x27;")
        elif ord(char) < 0x80:
            out.append(char)
        else:
            out.append(f"&#x{ord(char):X};")
    return "".join(out)


def local_iso(moment: datetime) -> str:
    """A .NET ``DateTime`` of unspecified kind as the API writes it (local, no offset).

    >>> local_iso(datetime(2021, 1, 6, 22, 41))
    '2021-01-06T22:41:00'
    """
    return moment.strftime("%Y-%m-%dT%H:%M:%S")


def utc_z(moment: datetime) -> str:
    """The UTC time (milliseconds, ``Z``) of a Vietnam local time, as the JSON-LD has it.

    >>> utc_z(datetime(2021, 1, 6, 22, 41))
    '2021-01-06T15:41:00.000Z'
    """
    return moment.replace(tzinfo=VN_TZ).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def strip_tags(markup: str) -> str:
    """The text of ``markup`` as the SEO middleware flattens it for ``articleBody``: tags
    replaced by spaces, entities decoded, whitespace collapsed (no paragraph breaks left).

    >>> strip_tags('<p>Một.</p><figure><img src="a.jpg"><figcaption>Ảnh &amp; chú thích</figcaption></figure><p>Hai.</p>')
    'Một. Ảnh & chú thích Hai.'
    """
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def html_text(text: str) -> str:
    """Text escaped as CKEditor stores it in the content HTML (quotes kept as they are)."""
    return html.escape(text, quote=False)


class AppShellSite(CmsSite):
    family_headers = {
        "Server": "nginx",
        "X-Frame-Options": "SAMEORIGIN",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
    }
    image_folder = "/uploads/images"
    number_base = 58213
    number_stride = 9

    def __init__(self, portal: PortalDef, articles: Sequence[Any]):
        super().__init__(portal, articles)
        healthy = [it.published for it in self.items if it.kind == "article"]
        newest = max(healthy, default=datetime(2021, 1, 6, 12, 0))
        #: The site's "now" (counters, the sitemap job) and the last run of the sitemap job:
        #: every six hours, at 00, 06, 12 and 18 o'clock.
        self.now = newest + timedelta(minutes=41)
        self.sitemap_time = newest.replace(hour=newest.hour - newest.hour % 6, minute=0, second=0)

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"{NEWS_PATH}/{slugify(item.title)}-{item.number}"

    def section_path(self, section: Section | None) -> str:
        return NEWS_PATH if self.is_news(section) else f"/chuyen-muc/{section.slug}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = self.section_path(section)
        return base if page <= 1 else f"{base}?page={page}"

    def listed(self, section: Section | None) -> list[Item]:
        """What the API lists: published articles only (a withdrawn one is gone from lists)."""
        return [it for it in super().listed(section) if it.kind == "article"]

    def extra_paths(self) -> dict[str, str]:
        return {"sitemap": "/sitemap.xml"}

    def robots_txt(self, request: Request) -> str:
        return (
            "User-agent: *\n"
            "Allow: /\n"
            "Disallow: /api/\n"
            f"Disallow: {SEARCH_PATH}\n"
            "Disallow: /quan-tri/\n"
            "\n"
            f"Sitemap: {request.base_url}/sitemap.xml\n"
        )

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/api/"):
            return self.api_response(request)
        if path.startswith("/assets/"):
            return self.asset_response(path)
        if path == "/sitemap.xml":
            return self.xml_response(self.sitemap_index(request))
        if path == "/sitemaps/pages.xml":
            return self.xml_response(self.pages_sitemap(request))
        match = SITEMAP_MONTH.match(path)
        if match:
            xml = self.news_sitemap(int(match.group(1)), int(match.group(2)), request)
            return self.xml_response(xml) if xml else self.error_response(404)
        if path == "/manifest.webmanifest":
            return self.manifest_response()
        if path == "/":
            return self.page_response(self.home_html(request))
        if path.rstrip("/") == NEWS_PATH:
            return self.listing_response(self.news, request)
        match = ARTICLE_PATH.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            return self.article_response(item, request) if item else self.error_response(404)
        match = SECTION_PATH.match(path)
        if match:
            section = self.section_by_slug(match.group(1))
            if section is None:
                return self.error_response(404)
            return self.listing_response(section, request)
        if path.rstrip("/") in TEXT_PAGES:
            return self.page_response(self.text_page_html(path.rstrip("/"), request))
        if path == "/so-do-cong":
            return self.page_response(self.sitemap_page_html(request))
        if path == SEARCH_PATH:
            return self.page_response(self.search_html(request))
        # The SPA fallback: any other path gets the shell, and the app's router shows its
        # "not found" view in the browser.
        return self.page_response(self.fallback_html(request))

    def page_response(self, markup: str) -> Response:
        return self.html_response(markup, 200, {"Cache-Control": "no-cache"})

    def xml_response(self, xml: str) -> Response:
        return Response(
            200,
            {"Content-Type": "application/xml; charset=utf-8", **self.family_headers},
            xml.encode("utf-8"),
        )

    def asset_response(self, path: str) -> Response:
        if path.endswith(".css"):
            body = (
                ":root{--primary:#b3121b;--accent:#f2b705}body{margin:0;font-family:Roboto,Arial,"
                "sans-serif}.app-loading{display:flex;align-items:center;justify-content:center;"
                "min-height:60vh;flex-direction:column;color:#666}.app-loading__spinner{width:42px;"
                "height:42px;border:4px solid #eee;border-top-color:var(--primary);border-radius:"
                "50%;animation:spin 1s linear infinite}@keyframes spin{to{transform:rotate(1turn)}}"
            )
            content_type = "text/css"
        elif path == ENTRY_JS:
            body = self.entry_js()
            content_type = "application/javascript"
        elif path.endswith(".js"):
            name = path.rsplit("/", 1)[-1]
            body = (
                f'import{{d as e,o as t,c as n}}from"./vendor-vue-8b2d47f0.js";'
                f'const r=e({{name:"{name.split("-")[0]}",setup(){{return{{}}}}}});export{{r as default}};'
            )
            content_type = "application/javascript"
        else:
            return self.error_response(404)
        return Response(
            200,
            {
                "Content-Type": f"{content_type}; charset=utf-8",
                "Cache-Control": "public, max-age=31536000, immutable",
                **self.family_headers,
            },
            body.encode("utf-8"),
        )

    def manifest_response(self) -> Response:
        data = {
            "name": self.portal.name,
            "short_name": self.portal.short_name,
            "start_url": "/",
            "display": "standalone",
            "theme_color": "#b3121b",
            "icons": [{"src": "/uploads/logo/icon-192.png", "sizes": "192x192"}],
        }
        return Response(
            200,
            {"Content-Type": "application/manifest+json; charset=utf-8", **self.family_headers},
            json.dumps(data, ensure_ascii=False).encode("utf-8"),
        )

    def listing_response(self, section: Section, request: Request) -> Response:
        page = page_number(request.params.get("page"))
        _, pages = self.page_of(self.listed(section), 1)
        if page > pages:
            # The API answers an empty page; the middleware then marks the route not found.
            return self.error_response(404)
        return self.page_response(self.listing_html(section, page, request))

    # -- the data the app renders

    def category_json(self, section: Section) -> dict[str, Any]:
        return {
            "id": section.id,
            "name": section.name,
            "slug": section.slug,
            "parentId": None if self.is_news(section) else self.news.id,
        }

    def thumbnail(self, item: Item) -> str:
        return image_path(item, 0, self.image_folder).replace("/images/", "/images/thumbs/")

    def card_json(self, item: Item, revision: int = 0) -> dict[str, Any]:
        """A listing item as the API returns it (what the app's news cards draw)."""
        body = item.body(revision)
        return {
            "id": item.number,
            "title": item.title,
            "slug": slugify(item.title),
            "url": self.article_path(item),
            "sapo": body[0] if body else "",
            "thumbnail": self.thumbnail(item),
            "publishedDate": local_iso(item.published),
            "category": self.category_json(item.section),
            "viewCount": view_count(item.key),
            "isHot": item in self.hot(),
            "hasAudio": True,
        }

    def brief_json(self, item: Item) -> dict[str, Any]:
        """A box item ("Đọc nhiều", "Tin liên quan"): the app builds the link from id and slug."""
        return {
            "id": item.number,
            "title": item.title,
            "slug": slugify(item.title),
            "thumbnail": self.thumbnail(item),
            "publishedDate": local_iso(item.published),
            "viewCount": view_count(item.key),
        }

    def content_html(self, item: Item, revision: int) -> str:
        """The content field as CKEditor 4 (image2 plugin) stored it: everything after the
        sapo, paragraphs and captioned figures."""
        parts = []
        sapo_seen = False
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                if not sapo_seen:
                    sapo_seen = True  # the first paragraph is the sapo field
                    continue
                parts.append(f'<p style="text-align:justify">{html_text(value)}</p>')
            else:
                number, caption = value
                src = image_path(item, number, self.image_folder)
                parts.append(
                    '<figure class="image" style="display:block;text-align:center">'
                    f'<img alt="{html.escape(caption)}" height="533" src="{src}" width="800" />'
                    f"<figcaption>{html_text(caption)}</figcaption></figure>"
                )
        return "\n".join(parts)

    def sapo_of(self, item: Item, revision: int) -> str:
        """The sapo field: the story's first paragraph (photos placed before it open the
        content instead)."""
        body = item.body(revision)
        return body[0] if body else ""

    def created(self, item: Item) -> datetime:
        return item.published - timedelta(minutes=stable_int(item.key + "draft", 25, 340))

    def modified(self, item: Item, revision: int) -> datetime:
        shown = item.shown_modified(revision)
        return shown or item.published + timedelta(minutes=stable_int(item.key + "fix", 2, 55))

    def article_json(self, item: Item, revision: int) -> dict[str, Any]:
        account, full_name = EDITOR_ACCOUNTS[stable_int(item.key + "acc", 0, 2)]
        images = [
            {"url": image_path(item, n, self.image_folder), "caption": None}
            for n in range(len(item.images))
        ]
        return {
            "id": item.number,
            "title": item.title,
            "slug": slugify(item.title),
            "sapo": self.sapo_of(item, revision),
            "content": self.content_html(item, revision),
            "author": item.author or "",
            "source": item.source or "",
            "sourceUrl": "",
            "thumbnail": self.thumbnail(item),
            "images": images,
            "category": self.category_json(item.section),
            "tags": [
                {"id": 300 + item.section.id, "name": item.section.name.lower()},
                {"id": 301, "name": "hà lăng"},
            ],
            "createdDate": local_iso(self.created(item)),
            "publishedDate": local_iso(item.published),
            "modifiedDate": local_iso(self.modified(item, revision)),
            "createdBy": {"userName": account, "fullName": full_name},
            "status": 3,
            "viewCount": view_count(item.key),
            "isHot": item in self.hot(),
            "allowComment": False,
            "audio": {
                "url": f"/uploads/tts/{item.published:%Y/%m}/{item.number}.mp3",
                "voice": "Nữ miền Bắc",
                "status": "done",
            },
            "attachments": [],
            "seo": {
                "metaTitle": item.title,
                "metaDescription": item.sapo(revision, 160),
                "metaKeywords": f"{item.section.name.lower()}, hà lăng, chuyển đổi số",
            },
        }

    def hot(self, count: int = 5) -> list[Item]:
        """ "Tin nổi bật": the articles the editors flagged (``isHot``)."""
        if not hasattr(self, "_hot"):
            healthy = [it for it in self.items if it.kind == "article"]
            self._hot = sorted(healthy, key=lambda it: (-view_count(it.key + "hot"), it.key))
        return self._hot[:count]

    def most_read(self, count: int = 6) -> list[Item]:
        healthy = [it for it in self.items if it.kind == "article"]
        return sorted(healthy, key=lambda it: (-view_count(it.key), it.key))[:count]

    def related(self, item: Item, count: int = 6) -> list[Item]:
        return [it for it in self.others(item, count + 1) if it.kind == "article"][:count]

    def menu_json(self) -> list[dict[str, Any]]:
        sections = [
            {
                "id": 10 + n,
                "title": s.name,
                "url": self.section_path(s),
                "target": "_self",
                "children": [],
            }
            for n, s in enumerate(self.sections.values())
        ]
        intro = [
            {"id": 41, "title": "Giới thiệu chung", "url": "/gioi-thieu", "children": []},
            {
                "id": 42,
                "title": "Lịch sử hình thành",
                "url": "/gioi-thieu/lich-su-hinh-thanh",
                "children": [],
            },
            {
                "id": 43,
                "title": "Cơ cấu tổ chức",
                "url": "/gioi-thieu/co-cau-to-chuc",
                "children": [],
            },
        ]
        return [
            {"id": 1, "title": "Trang chủ", "url": "/", "target": "_self", "children": []},
            {
                "id": 4,
                "title": "Giới thiệu",
                "url": "/gioi-thieu",
                "target": "_self",
                "children": intro,
            },
            {
                "id": 2,
                "title": self.news.name,
                "url": NEWS_PATH,
                "target": "_self",
                "children": sections,
            },
            {
                "id": 5,
                "title": "Văn bản",
                "url": f"https://vanban.{self.portal.domain}",
                "target": "_blank",
                "children": [],
            },
            {
                "id": 6,
                "title": "Dịch vụ công",
                "url": f"https://dichvucong.{self.portal.domain}",
                "target": "_blank",
                "children": [],
            },
            {"id": 7, "title": "Liên hệ", "url": "/lien-he", "target": "_self", "children": []},
        ]

    def common_state(self, request: Request) -> dict[str, Any]:
        """What every page's store holds besides the page's own data."""
        portal, seed = self.portal, request.seed
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        return {
            "app": {
                "siteName": portal.name,
                "shortName": portal.short_name,
                "logo": "/uploads/logo/logo-halang.png",
                "hotline": portal.phone,
                "email": f"banbientap@{portal.domain}",
                "version": BUILD,
                "loading": False,
            },
            "menu": self.menu_json(),
            "banners": [
                {
                    "id": 11,
                    "position": "header",
                    "imageUrl": "/uploads/banner/banner-top-2023.png",
                    "linkUrl": "/",
                    "title": portal.name,
                    "target": "_self",
                },
                {
                    "id": 17,
                    "position": "right",
                    "imageUrl": "/uploads/banner/dvc-quoc-gia.png",
                    "linkUrl": "https://dichvucong.gov.vn",
                    "title": "Cổng Dịch vụ công quốc gia",
                    "target": "_blank",
                },
                {
                    "id": 18,
                    "position": "right",
                    "imageUrl": "/uploads/banner/cds-halang.png",
                    "linkUrl": "https://cds.halang.gov.vn",
                    "title": "Chuyển đổi số tỉnh Hà Lăng",
                    "target": "_blank",
                },
            ],
            "mostRead": [self.brief_json(it) for it in self.most_read()],
            "statistics": {
                "online": visits["online"],
                "today": visits["today"],
                "yesterday": visits["today"] - stable_int(seed + "yday", 100, 900),
                "thisWeek": visits["week"],
                "thisMonth": visits["month"],
                "total": visits["total"],
            },
            "tthc": {
                "month": stats["month"],
                "year": self.now.year,
                "received": stats["total"],
                "resolved": stats["total"] - stable_int(seed + "pending", 300, 2000),
                "onTime": stats["ontime"],
                "late": stats["late"],
                "onTimeRate": float(stats["percent"]),
            },
            "poll": {
                "id": stable_int(seed + "pollid", 3, 9),
                "question": question,
                "options": [{"id": n + 1, "text": text} for n, text in enumerate(options)],
            },
            "websiteLinks": [{"title": t, "url": u} for t, u in WEBSITE_LINKS],
            "footer": {
                "agency": portal.agency,
                "editor": portal.editor,
                "licence": portal.licence,
                "address": portal.address,
                "phone": portal.phone,
                "notice": (
                    f"Ghi rõ nguồn Cổng thông tin điện tử tỉnh {portal.province} khi trích dẫn "
                    "hoặc phát hành lại thông tin từ Cổng."
                ),
            },
        }

    # -- the shell

    def shell(
        self,
        request: Request,
        *,
        title: str,
        description: str,
        route: dict[str, Any],
        page: dict[str, Any],
        head: str = "",
        ld: Sequence[dict[str, Any]] = (),
        canonical: str | None = None,
    ) -> str:
        """The ``index.html`` every route answers: head filled by the middleware, an empty app
        and the store's initial state."""
        portal = self.portal
        url = request.base_url + (canonical or request.path)
        link = f'\n    <link rel="canonical" href="{razor(url)}" />' if canonical else ""
        state = {"route": route, **self.common_state(request), **page}
        config = {
            "apiBaseUrl": API,
            "siteUrl": request.base_url,
            "pageSize": portal.page_size,
            "gaId": "G-7KX3HL2QPN",
            "env": "production",
        }
        blocks = "".join(
            f'\n    <script type="application/ld+json">{net_json(block)}</script>' for block in ld
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
  <head>
    <meta charset="UTF-8" />
    <link rel="icon" type="image/x-icon" href="/favicon.ico" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{razor(title)}</title>
    <meta name="description" content="{razor(description)}" />{link}
    <meta property="og:site_name" content="{razor(portal.name)}" />
    <meta property="og:locale" content="vi_VN" />
    <meta property="og:url" content="{razor(url)}" />{head}
    <link rel="manifest" href="/manifest.webmanifest" />{blocks}
    <script>window.__APP_CONFIG__ = {net_json(config)};</script>
    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7KX3HL2QPN"></script>
    <script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}gtag('js',new Date());gtag('config','G-7KX3HL2QPN');</script>
    <script type="module" crossorigin src="{ENTRY_JS}"></script>
    <link rel="modulepreload" crossorigin href="{VENDOR_JS}">
    <link rel="stylesheet" href="{ENTRY_CSS}">
  </head>
  <body>
    <noscript>
      <div style="padding:24px;text-align:center;font-family:Arial,sans-serif">
        <strong>Trình duyệt của bạn đang tắt JavaScript.</strong>
        <p>{portal.name} cần JavaScript để hiển thị nội dung. Vui lòng bật JavaScript hoặc dùng trình duyệt khác để tiếp tục.</p>
        <p><a href="/">Trang chủ</a> | <a href="{NEWS_PATH}">Tin tức</a> | <a href="/so-do-cong">Sơ đồ cổng</a> | <a href="/lien-he">Liên hệ</a></p>
      </div>
    </noscript>
    <div id="app"><div class="app-loading"><div class="app-loading__spinner"></div><span class="app-loading__text">Đang tải dữ liệu...</span></div></div>
    <script>window.__INITIAL_STATE__ = {net_json(state)};</script>
  </body>
</html>
"""

    def og(self, kind: str, title: str, description: str, image: str) -> str:
        return (
            f'\n    <meta property="og:type" content="{kind}" />'
            f'\n    <meta property="og:title" content="{razor(title)}" />'
            f'\n    <meta property="og:description" content="{razor(description)}" />'
            f'\n    <meta property="og:image" content="{razor(image)}" />'
            '\n    <meta name="twitter:card" content="summary_large_image" />'
        )

    def publisher(self, request: Request) -> dict[str, Any]:
        return {
            "@type": "GovernmentOrganization",
            "name": self.portal.name,
            "url": request.base_url + "/",
            "logo": {
                "@type": "ImageObject",
                "url": request.base_url + "/uploads/logo/logo-halang.png",
            },
        }

    def crumbs_ld(self, request: Request, trail: Sequence[tuple[str, str]]) -> dict[str, Any]:
        items = [("Trang chủ", "/"), *trail]
        return {
            "@context": "https://schema.org",
            "@type": "BreadcrumbList",
            "itemListElement": [
                {"@type": "ListItem", "position": n, "name": name, "item": request.base_url + href}
                for n, (name, href) in enumerate(items, 1)
            ],
        }

    # -- pages

    def home_html(self, request: Request) -> str:
        size = self.portal.page_size
        latest = self.listed(None)[:size]
        blocks = [
            {
                "category": self.category_json(s),
                "items": [self.card_json(it) for it in self.listed(s)[:4]],
            }
            for s in self.sections.values()
        ]
        page = {
            "home": {
                "hotNews": [self.card_json(it) for it in self.hot()],
                "latest": [self.card_json(it) for it in latest],
                "categoryBlocks": blocks,
                "videos": [
                    {
                        "id": 900 + n,
                        "title": title,
                        "youtubeId": stable_token(
                            title, 11, "abcdefghijkmnopqrstuvwxyzABCDEFGH_-0123456789"
                        ),
                        "thumbnail": f"/uploads/video/{stable_token(title, 8)}.jpg",
                    }
                    for n, title in enumerate(VIDEO_TITLES)
                ],
            }
        }
        name = self.portal.name
        description = (
            f"{name}: thông tin chỉ đạo, điều hành của chính quyền tỉnh, tin tức chuyển đổi số "
            "và dịch vụ công trực tuyến."
        )
        ld = [
            {
                "@context": "https://schema.org",
                "@type": "WebSite",
                "name": name,
                "url": request.base_url + "/",
                "potentialAction": {
                    "@type": "SearchAction",
                    "target": f"{request.base_url}{SEARCH_PATH}?q={{search_term_string}}",
                    "query-input": "required name=search_term_string",
                },
            },
            {"@context": "https://schema.org", **self.publisher(request)},
        ]
        head = self.og("website", name, description, "/uploads/logo/og-halang.jpg")
        return self.shell(
            request,
            title=name,
            description=description,
            route={"name": "home", "path": "/", "params": {}, "query": {}},
            page=page,
            head=head,
            ld=ld,
            canonical="/",
        )

    def listing_html(self, section: Section, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        size = self.portal.page_size
        news = self.is_news(section)
        data = {
            "category": self.category_json(section),
            "articles": {
                "items": [self.card_json(it, request.revision) for it in items],
                "currentPage": page,
                "pageSize": size,
                "totalRecord": len(self.listed(section)),
                "totalPage": pages,
            },
            "subCategories": [self.category_json(s) for s in self.sections.values()]
            if news
            else [],
        }
        path = self.section_path(section)
        title = f"{section.name} | {self.portal.name}"
        description = f"Tin bài chuyên mục {section.name} trên {self.portal.name}."
        trail = [(self.news.name, NEWS_PATH)] + ([] if news else [(section.name, path)])
        query = {"page": str(page)} if page > 1 else {}
        return self.shell(
            request,
            title=title,
            description=description,
            route={
                "name": "news" if news else "category",
                "path": path,
                "params": {} if news else {"slug": section.slug},
                "query": query,
            },
            page=data,
            head=self.og("website", title, description, "/uploads/logo/og-halang.jpg"),
            ld=[self.crumbs_ld(request, trail)],
            canonical=self.listing_path(section, page),
        )

    def article_html(self, item: Item, request: Request) -> str:
        revision = request.revision
        data = self.article_json(item, revision)
        canonical = request.base_url + self.article_path(item)
        image = request.base_url + image_path(item, 0, self.image_folder)
        description = item.sapo(revision, 160)
        modified = self.modified(item, revision)
        head = self.og("article", item.title, description, image) + (
            f'\n    <meta property="article:published_time" content="{iso_vn(item.published)}" />'
            f'\n    <meta property="article:modified_time" content="{iso_vn(modified)}" />'
            f'\n    <meta property="article:section" content="{razor(item.section.name)}" />'
            f'\n    <meta name="keywords" content="{razor(data["seo"]["metaKeywords"])}" />'
        )
        author: dict[str, Any] = (
            {"@type": "Person", "name": item.author}
            if item.author
            else {"@type": "Organization", "name": f"Ban Biên tập {self.portal.name}"}
        )
        ld = [
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
                "headline": item.title,
                "description": description,
                "image": [image],
                "datePublished": utc_z(item.published),
                "dateModified": utc_z(modified),
                "author": author,
                "publisher": self.publisher(request),
                "articleSection": item.section.name,
                "inLanguage": "vi-VN",
                "articleBody": strip_tags(f"<p>{html_text(data['sapo'])}</p>{data['content']}"),
            },
            self.crumbs_ld(
                request,
                [
                    (self.news.name, NEWS_PATH),
                    (item.section.name, self.section_path(item.section)),
                ],
            ),
        ]
        page = {
            "article": data,
            "related": [self.brief_json(it) for it in self.related(item)],
            "comments": {"items": [], "total": 0},
        }
        return self.shell(
            request,
            title=f"{item.title} | {self.portal.name}",
            description=description,
            route={
                "name": "article-detail",
                "path": self.article_path(item),
                "params": {"slug": slugify(item.title), "id": str(item.number)},
                "query": {},
            },
            page=page,
            head=head,
            ld=ld,
            canonical=self.article_path(item),
        )

    def text_page_html(self, path: str, request: Request) -> str:
        title, paragraphs = TEXT_PAGES[path]
        content = "\n".join(f"<p>{html_text(p)}</p>" for p in paragraphs)
        page = {"page": {"id": stable_int(path, 50, 90), "title": title, "content": content}}
        description = paragraphs[0][:150]
        return self.shell(
            request,
            title=f"{title} | {self.portal.name}",
            description=description,
            route={"name": "page", "path": path, "params": {}, "query": {}},
            page=page,
            head=self.og("website", title, description, "/uploads/logo/og-halang.jpg"),
            canonical=path,
        )

    def sitemap_page_html(self, request: Request) -> str:
        page = {"page": {"id": 91, "title": "Sơ đồ cổng", "tree": self.menu_json()}}
        return self.shell(
            request,
            title=f"Sơ đồ cổng | {self.portal.name}",
            description=f"Sơ đồ {self.portal.name}",
            route={"name": "sitemap", "path": "/so-do-cong", "params": {}, "query": {}},
            page=page,
            canonical="/so-do-cong",
        )

    def search_html(self, request: Request) -> str:
        query = request.params.get("q", "")
        words = query.lower().split()
        hits = [
            it for it in self.listed(None) if words and all(w in it.title.lower() for w in words)
        ]
        items, pages = self.page_of(hits, 1)
        page = {
            "search": {
                "keyword": query,
                "items": [self.card_json(it) for it in items],
                "totalRecord": len(hits),
                "totalPage": pages,
            }
        }
        return self.shell(
            request,
            title=f"Tìm kiếm | {self.portal.name}",
            description=f"Kết quả tìm kiếm trên {self.portal.name}",
            route={"name": "search", "path": SEARCH_PATH, "params": {}, "query": {"q": query}},
            page=page,
        )

    def fallback_html(self, request: Request) -> str:
        name = self.portal.name
        return self.shell(
            request,
            title=name,
            description=f"{name}: thông tin chỉ đạo, điều hành của chính quyền tỉnh.",
            route={"name": None, "path": request.path, "params": {}, "query": {}},
            page={},
            canonical="/",
        )

    def error_html(self, status: int) -> str:
        request = Request("/404", {}, 0, f"{self.portal.id}:error{status}", "")
        message = (
            "Không tìm thấy nội dung yêu cầu hoặc nội dung đã bị gỡ bỏ."
            if status == 404
            else "Hệ thống đang bận, vui lòng thử lại sau."
        )
        return self.shell(
            request,
            title=f"Không tìm thấy trang | {self.portal.name}",
            description=message,
            route={"name": "not-found", "path": "/404", "params": {}, "query": {}},
            page={"error": {"statusCode": status, "message": message}},
        )

    # -- the JSON API

    def json_response(self, status: int, payload: dict[str, Any]) -> Response:
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "Cache-Control": "no-cache" if status != 200 else "public, max-age=30",
            "Access-Control-Allow-Origin": "*",
            **self.family_headers,
        }
        return Response(status, headers, net_json(payload).encode("utf-8"))

    def api_ok(self, data: Any) -> Response:
        return self.json_response(200, {"statusCode": 200, "message": "Thành công", "data": data})

    def api_error(self, status: int, message: str) -> Response:
        return self.json_response(status, {"statusCode": status, "message": message, "data": None})

    def api_response(self, request: Request) -> Response:
        path = request.path.rstrip("/")
        params = request.params
        if path == f"{API}/articles":
            try:
                page = int(params.get("page", "1"))
                size = int(params.get("pageSize", str(self.portal.page_size)))
            except ValueError:
                return self.api_error(400, "Tham số không hợp lệ.")
            if page < 1 or not 1 <= size <= 50:
                return self.api_error(400, "Tham số không hợp lệ.")
            section: Section | None = None
            category = params.get("categoryId")
            if category:
                section = (self.section_by_id(int(category)) if category.isdigit() else None) or (
                    self.news if category == str(self.news.id) else None
                )
                if section is None:
                    return self.api_error(404, "Không tìm thấy chuyên mục.")
            listed = self.listed(section)
            chunk = listed[(page - 1) * size : page * size]
            return self.api_ok(
                {
                    "items": [self.card_json(it, request.revision) for it in chunk],
                    "currentPage": page,
                    "pageSize": size,
                    "totalRecord": len(listed),
                    "totalPage": max(1, -(-len(listed) // size)),
                }
            )
        if path == f"{API}/articles/most-read":
            return self.api_ok([self.brief_json(it) for it in self.most_read()])
        match = API_ARTICLE.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            if item is None or item.kind != "article":
                return self.api_error(404, "Không tìm thấy bài viết.")
            if match.group(2):
                return self.api_ok([self.brief_json(it) for it in self.related(item)])
            return self.api_ok(self.article_json(item, request.revision))
        if path == f"{API}/menu":
            return self.api_ok(self.menu_json())
        if path == f"{API}/statistics/visitor":
            return self.api_ok(self.common_state(request)["statistics"])
        return self.api_error(404, "Không tìm thấy tài nguyên.")

    # -- sitemaps

    def mapped(self) -> list[Item]:
        """What the last run of the sitemap job saw: every item published by then, a withdrawn
        article included (it was withdrawn after that run)."""
        return [it for it in self.items if it.published <= self.sitemap_time]

    def sitemap_index(self, request: Request) -> str:
        months = sorted({(it.published.year, it.published.month) for it in self.mapped()})
        stamp = iso_vn(self.sitemap_time)
        entries = [f"{request.base_url}/sitemaps/pages.xml"] + [
            f"{request.base_url}/sitemaps/news-{y:04d}-{m:02d}.xml" for y, m in reversed(months)
        ]
        body = "\n".join(
            f"  <sitemap>\n    <loc>{loc}</loc>\n    <lastmod>{stamp}</lastmod>\n  </sitemap>"
            for loc in entries
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{body}\n</sitemapindex>\n"
        )

    def pages_sitemap(self, request: Request) -> str:
        paths = [
            ("/", "hourly", "1.0"),
            (NEWS_PATH, "hourly", "0.9"),
            *((self.section_path(s), "daily", "0.8") for s in self.sections.values()),
            *((p, "yearly", "0.3") for p in TEXT_PAGES),
        ]
        body = "\n".join(
            f"  <url>\n    <loc>{request.base_url}{p}</loc>\n    <changefreq>{f}</changefreq>\n"
            f"    <priority>{pr}</priority>\n  </url>"
            for p, f, pr in paths
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{body}\n</urlset>\n"
        )

    def news_sitemap(self, year: int, month: int, request: Request) -> str | None:
        items = [
            it for it in self.mapped() if (it.published.year, it.published.month) == (year, month)
        ]
        if not items:
            return None
        body = "\n".join(
            f"  <url>\n    <loc>{request.base_url}{self.article_path(it)}</loc>\n"
            f"    <lastmod>{iso_vn(self.modified(it, 0))}</lastmod>\n"
            "    <changefreq>monthly</changefreq>\n    <priority>0.6</priority>\n  </url>"
            for it in items
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{body}\n</urlset>\n"
        )

    # -- the app's bundle

    def entry_js(self) -> str:
        """The entry chunk of the Vite build (minified; what a browser runs to draw the page)."""
        return (
            'import{c as Ce,a as Fe,b as Be,d as je,r as Ue,e as He,s as ze}from"./vendor-vue-'
            '8b2d47f0.js";const Ve=window.__APP_CONFIG__||{},Ge=Fe.create({baseURL:Ve.apiBaseUrl'
            '||"/api/v1",timeout:15e3,headers:{Accept:"application/json"}});const Ke={getArticles'
            ':(e,t=1,n=Ve.pageSize||8)=>Ge.get("/articles",{params:{categoryId:e,page:t,pageSize:'
            "n}}),getArticle:e=>Ge.get(`/articles/${e}`),getRelated:e=>Ge.get(`/articles/${e}/"
            'related`),getMostRead:()=>Ge.get("/articles/most-read"),getMenu:()=>Ge.get("/menu"),'
            'getVisitor:()=>Ge.get("/statistics/visitor")};const We=[{path:"/",name:"home",'
            'component:()=>import("./HomeView-2e9d41c7.js")},{path:"/tin-tuc",name:"news",'
            'component:()=>import("./CategoryView-b70a3f15.js")},{path:"/tin-tuc/:slug([a-z0-9-]+)'
            '-:id(\\\\d+)",name:"article-detail",component:()=>import("./ArticleView-94c0e6ad.js")},'
            '{path:"/chuyen-muc/:slug",name:"category",component:()=>import("./CategoryView-'
            'b70a3f15.js")},{path:"/tim-kiem",name:"search",component:()=>import("./SearchView-'
            '1f6b2d08.js")},{path:"/so-do-cong",name:"sitemap",component:()=>import("./SitemapView-'
            '6a2c9e51.js")},{path:"/:pathMatch(.*)*",name:"page",component:()=>import("./PageView-'
            'c3d8a7e2.js")}],Je=Be({history:je(),routes:We,scrollBehavior:()=>({top:0})}),Qe=ze'
            "();window.__INITIAL_STATE__&&Qe.replaceState(window.__INITIAL_STATE__);const Xe=Ce("
            'He);Xe.use(Je).use(Qe).provide("api",Ke).mount("#app");\n'
        )
