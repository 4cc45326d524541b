"""Next.js server-rendered provincial portal family (portal linhhai, a merged province, 2025).

What such portals serve: markup whose every class is a hashed CSS-module, emotion or
styled-components name (``Article_body__x7Yt2``, ``css-1q2w3e4``, ``sc-bdVaJa kZxQp``), no
semantic ids, a ``<script id="__NEXT_DATA__">`` JSON blob with the page props (the article body
as HTML inside JSON) and ``/_next/static`` assets.

URL shapes:
- home ``/``;
- article ``/tin-tuc/<slug>-<numeric id>``; the router looks only at the trailing id, so any slug
  with the right id serves the same page (some boxes link a truncated slug: an alias URL);
- listings ``/chuyen-muc/<slug>`` and ``?page=N`` (one-based, query-style, windowed pager, and a
  "Xem thêm" link to the next page); the general news listing is ``/chuyen-muc/tin-tuc-su-kien``;
- search ``/tim-kiem?q=…`` (disallowed in robots.txt); images ``/_next/image?url=…&w=…&q=75``.
Article text is a ``<div>`` per paragraph (some pairs share one div, split by ``<br/>``); photos are
an ``<img>`` plus a caption ``<span>`` in plain divs; the date is ``<time datetime>`` in UTC with the
local "dd/mm/yyyy HH:MM" shown; the byline is the author in bold on the last line, then "Nguồn: …".
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from urllib.parse import quote

from dtcrawl.demo.cms.common import (
    PIXEL_GIF,
    VN_TZ,
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    dmy,
    esc,
    image_path,
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
)

SEARCH = "/tim-kiem"
BUILD_ID = "k3Vn9QpX2aLr7tYw1bZcE"
ARTICLE_PATH = re.compile(r"^/tin-tuc/(?:[a-z0-9-]*-)?(\d+)$")
_ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
STATIC_LINKS = (
    ("Giới thiệu", "/gioi-thieu"),
    ("Văn bản chỉ đạo điều hành", "/van-ban"),
    ("Dịch vụ công", "/dich-vu-cong"),
    ("Liên hệ", "/lien-he"),
)


def module_class(name: str) -> str:
    """A CSS-module class name: ``<Component_part>__<hash>``.

    >>> module_class("Article_body")
    'Article_body__rTc7k'
    """
    return f"{name}__{stable_token('mod' + name, 5, _ALPHA)}"


def emotion_class(name: str) -> str:
    """An emotion (CSS-in-JS) class name: ``css-<hash>``, nothing semantic left.

    >>> emotion_class("title").startswith("css-"), len(emotion_class("title"))
    (True, 11)
    """
    return "css-" + stable_token("emo" + name, 7, "abcdefghijklmnopqrstuvwxyz0123456789")


def styled_class(name: str) -> str:
    """A styled-components pair: ``sc-<component hash> <style hash>``."""
    return f"sc-{stable_token('scc' + name, 6, _ALPHA)} {stable_token('scs' + name, 5, _ALPHA)}"


def next_image(src: str, width: int = 1080) -> str:
    """The ``/_next/image`` optimiser URL of ``src``.

    >>> next_image("/uploads/a.jpg", 640)
    '/_next/image?url=%2Fuploads%2Fa.jpg&w=640&q=75'
    """
    return f"/_next/image?url={quote(src, safe='')}&w={width}&q=75"


def utc_iso(moment: datetime) -> str:
    """The UTC ISO time (milliseconds, ``Z``) Next.js serialises for a Vietnam local time.

    >>> utc_iso(datetime(2025, 11, 4, 14, 35))
    '2025-11-04T07:35:00.000Z'
    """
    return moment.replace(tzinfo=VN_TZ).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def json_for_script(data: object) -> str:
    """JSON as Next.js embeds it in a script: ``<``, ``>``, ``&`` escaped as ``\\u00xx``.

    >>> json_for_script({"a": "<div>"})
    '{"a":"\\\\u003cdiv\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


C = module_class
E = emotion_class
S = styled_class


class NextJsSite(CmsSite):
    family_headers = {
        "Server": "nginx",
        "X-Powered-By": "Next.js",
        "Vary": "RSC, Next-Router-State-Tree, Next-Router-Prefetch, Accept-Encoding",
    }
    image_folder = "/uploads/images"
    number_base = 24310
    number_stride = 13

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/tin-tuc/{slugify(item.title)}-{item.number}"

    def alias_path(self, item: Item) -> str:
        """The same article under a truncated slug (the router only reads the trailing id)."""
        return f"/tin-tuc/{slugify(item.title, max_len=32)}-{item.number}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        shown = self.news if self.is_news(section) else section
        base = f"/chuyen-muc/{shown.slug}"
        return base if page == 1 else f"{base}?page={page}"

    def robots_txt(self, request: Request) -> str:
        return "User-agent: *\nAllow: /\nDisallow: /api/\nDisallow: /tim-kiem\n"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return self.html_response(self.home_html(request))
        if path == "/_next/image" or path.startswith("/_next/static/media/"):
            return Response(200, {"Content-Type": "image/gif"}, PIXEL_GIF)
        match = ARTICLE_PATH.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            return self.article_response(item, request) if item else None
        if path.startswith("/chuyen-muc/"):
            slug = path[len("/chuyen-muc/") :]
            section = self.news if slug == self.news.slug else self.section_by_slug(slug)
            if section is None:
                return None
            return self.listing_response(section, page_number(request.params.get("page")), request)
        if path == SEARCH:
            return self.search_response(request)
        return None

    def listing_response(self, section: Section, page: int, request: Request) -> Response | None:
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(section, items, page, pages, request))

    def search_response(self, request: Request) -> Response:
        words = request.params.get("q", "").lower().split()
        hits = [it for it in self.items if all(w in it.title.lower() for w in words)]
        items, _pages = self.page_of(hits, 1)
        query = request.params.get("q", "")
        main = (
            f'<h1 class="{E("search-h")}">Kết quả tìm kiếm: {esc(query)}</h1>'
            f'<div class="{C("List_grid")}">{"".join(self.card(it, request) for it in items)}</div>'
        )
        data = {"query": query, "total": len(hits)}
        return self.html_response(
            self.frame(f"Tìm kiếm: {query}", main, request, "/tim-kiem", data, [])
        )

    # -- boxes

    def link(self, item: Item, request: Request, box: str) -> str:
        """How a box links an article: mostly canonical; some boxes use aliases or tracking."""
        path = self.article_path(item)
        roll = stable_int(request.seed + box + item.key, 0, 9)
        if box == "related" and roll < 4:
            return self.alias_path(item)
        if box == "popular" and roll < 5:
            return f"{path}?utm_source=portal&utm_medium=doc-nhieu&utm_campaign=sidebar"
        return path

    def popular(self, count: int = 6) -> list[Item]:
        """The "Đọc nhiều" box: articles ranked by their (fake, stable) view counts."""
        ranked = sorted(self.items, key=lambda it: -view_count(it.key))
        return ranked[:count]

    def menu(self, drawer: bool) -> str:
        """The mega-menu; the mobile drawer repeats it whole."""
        prefix = "Drawer" if drawer else "MegaMenu"
        cols = []
        for section in [self.news, *self.sections.values()]:
            cols.append(
                f'<div class="{C(prefix + "_col")}"><a class="{C(prefix + "_head")}" '
                f'href="{esc(self.listing_path(section))}">{esc(section.name)}</a>'
                + "".join(
                    f'<a class="{C(prefix + "_sub")}" href="{esc(self.article_path(it))}">'
                    f"{esc(it.title)}</a>"
                    for it in self.listed(section)[:2]
                )
                + "</div>"
            )
        extra = "".join(
            f'<a class="{C(prefix + "_link")}" href="{href}">{esc(label)}</a>'
            for label, href in STATIC_LINKS
        )
        return (
            f'<div class="{C(prefix + "_root")}"><a class="{C(prefix + "_link")}" href="/">'
            f'Trang chủ</a><div class="{C(prefix + "_panel")}">{"".join(cols)}</div>{extra}</div>'
        )

    def card(self, item: Item, request: Request) -> str:
        href = esc(self.link(item, request, "card"))
        thumb = image_path(item, 0, self.image_folder)
        return (
            f'<div class="{S("card")}"><a class="{S("cardThumb")}" href="{href}">'
            f'<img alt="{esc(item.title)}" loading="lazy" decoding="async" '
            f'src="{esc(next_image(thumb, 384))}" '
            f'srcset="{esc(next_image(thumb, 256))} 1x, {esc(next_image(thumb, 384))} 2x"/></a>'
            f'<div class="{S("cardBody")}"><a class="{S("cardTitle")}" href="{href}">'
            f"{esc(item.title)}</a>"
            f'<div class="{S("cardMeta")}"><time datetime="{utc_iso(item.published)}">'
            f"{dmy(item.published)} {item.published:%H:%M}</time></div>"
            f'<div class="{S("cardSapo")}">{esc(item.sapo(request.revision))}</div></div></div>'
        )

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        page: str,
        page_props: dict,
        crumbs: list[tuple[str, str]],
        head: str = "",
    ) -> str:
        portal, seed = self.portal, request.seed
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        answers = "".join(
            f'<label class="{E("poll-opt")}"><input type="radio" name="poll" value="{i}"/>'
            f"<span>{esc(o)}</span></label>"
            for i, o in enumerate(options)
        )
        popular = "".join(
            f'<div class="{C("MostRead_item")}"><span class="{C("MostRead_rank")}">{n}</span>'
            f'<a href="{esc(self.link(it, request, "popular"))}">{esc(it.title)}</a></div>'
            for n, it in enumerate(self.popular(), 1)
        )
        crumb = "".join(
            f'<span class="{E("crumb-sep")}">/</span><a class="{E("crumb")}" '
            f'href="{esc(href)}">{esc(label)}</a>'
            for href, label in crumbs
        )
        props = {
            "props": {
                "pageProps": {
                    **page_props,
                    "mostRead": [
                        {"id": it.number, "title": it.title, "slug": slugify(it.title)}
                        for it in self.popular()
                    ],
                    "menu": [
                        {"name": s.name, "slug": s.slug}
                        for s in [self.news, *self.sections.values()]
                    ],
                },
                "__N_SSP": True,
            },
            "page": page,
            "query": {k: v for k, v in request.params.items()},
            "buildId": BUILD_ID,
            "isFallback": False,
            "gssp": True,
            "locale": "vi",
            "locales": ["vi"],
            "defaultLocale": "vi",
            "scriptLoader": [],
        }
        chunks = "".join(
            f'<script src="/_next/static/chunks/{name}.js" defer=""></script>'
            for name in (
                "webpack-8f1c2a9d4e7b3a60",
                "framework-5d9e0c7a1b2f4e83",
                "main-2b6f4d8a0c1e3f57",
                "pages/_app-9a3c5e7f1b0d2468",
                f"pages{page.replace('[', '%5B').replace(']', '%5D')}-{stable_token(page, 16)}",
            )
        )
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(title)}</title><meta property="og:site_name" content="{esc(portal.name)}"/>{head}<link rel="icon" href="/favicon.ico"/><meta name="next-head-count" content="6"/><link rel="preload" href="/_next/static/css/4f0b9d2c7a1e8356.css" as="style"/><link rel="stylesheet" href="/_next/static/css/4f0b9d2c7a1e8356.css" data-n-g=""/><noscript data-n-css=""></noscript>{chunks}<script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script><script src="/_next/static/{BUILD_ID}/_ssgManifest.js" defer=""></script><style data-emotion="css" data-s="">.{E("page")}{{max-width:1200px;margin:0 auto}}</style></head><body><div id="__next"><div class="{E("page")}">
<div class="{S("topbar")}"><span>Chào mừng bạn đến với {esc(portal.name)}</span><div class="{S("topbarRight")}"><span class="{E("today")}">Hôm nay: {dmy(datetime(2025, 11, 24))}</span><a href="https://dichvucong.{esc(portal.domain)}" rel="noopener" target="_blank">Dịch vụ công trực tuyến</a></div></div>
<header class="{C("Header_root")}"><a class="{C("Header_brand")}" href="/"><img alt="Quốc huy" src="/_next/static/media/quoc-huy.8a7d2f1c.png" width="64" height="64"/><div class="{C("Header_names")}"><span class="{C("Header_small")}">{esc(portal.agency.upper())}</span><span class="{C("Header_big")}">{esc(portal.name.upper())}</span></div></a><form class="{C("Search_form")}" action="{SEARCH}" method="get" role="search"><input class="{C("Search_input")}" type="search" name="q" placeholder="Nhập từ khóa tìm kiếm..." autoComplete="off"/><button class="{C("Search_button")}" type="submit" aria-label="Tìm kiếm"><svg width="18" height="18" viewBox="0 0 24 24"><circle cx="11" cy="11" r="7"></circle></svg></button></form><a class="{C("Header_burger")}" href="javascript:void(0)" role="button" aria-label="Mở menu">☰</a></header>
<nav class="{C("MegaMenu_nav")}">{self.menu(False)}</nav>
<div class="{C("Drawer_overlay")}" aria-hidden="true"></div><aside class="{C("Drawer_root")}" aria-hidden="true"><a class="{C("Drawer_close")}" href="javascript:void(0)" role="button">Đóng</a>{self.menu(True)}</aside>
<div class="{E("crumbs")}"><a class="{E("crumb")}" href="/">Trang chủ</a>{crumb}</div>
<div class="{C("Layout_grid")}"><main class="{C("Layout_main")}">{main}</main>
<div class="{C("Layout_side")}">
<div class="{C("MostRead_box")}"><div class="{C("Box_title")}">Đọc nhiều</div>{popular}</div>
<div class="{C("Tthc_box")}"><div class="{C("Box_title")}">Kết quả giải quyết TTHC</div><div class="{E("tthc-row")}"><span>Tháng {stats["month"]}/2025</span></div><div class="{E("tthc-row")}"><b>{stats["percent"]}%</b><span>hồ sơ giải quyết đúng hạn</span></div><div class="{E("tthc-row")}"><b>{thousands(stats["total"])}</b><span>hồ sơ đã tiếp nhận</span></div><div class="{E("tthc-row")}"><b>{stats["late"]}</b><span>hồ sơ trễ hạn</span></div></div>
<div class="{C("Poll_box")}"><div class="{C("Box_title")}">Ý kiến thăm dò</div><div class="{E("poll-q")}">{esc(question)}</div>{answers}<button class="{E("poll-btn")}" type="button">Bình chọn</button></div>
<div class="{C("Banner_list")}"><a href="https://dichvucong.gov.vn" rel="noopener" target="_blank"><img alt="Cổng Dịch vụ công quốc gia" src="/_next/static/media/dvcqg.3c1e9b7a.png"/></a><a href="https://vanban.chinhphu.vn" rel="noopener" target="_blank"><img alt="Hệ thống văn bản" src="/_next/static/media/vbcp.7d2a4f0e.png"/></a></div>
<div class="{C("Counter_box")}"><div class="{C("Box_title")}">Thống kê truy cập</div><div class="{E("cnt")}">Đang truy cập: <b>{thousands(visits["online"])}</b></div><div class="{E("cnt")}">Hôm nay: <b>{thousands(visits["today"])}</b></div><div class="{E("cnt")}">Trong tuần: <b>{thousands(visits["week"])}</b></div><div class="{E("cnt")}">Tổng lượt truy cập: <b>{thousands(visits["total"])}</b></div></div>
</div></div>
<footer class="{C("Footer_root")}"><div class="{C("Footer_menu")}">{"".join(f'<a href="{h}">{esc(label)}</a>' for label, h in STATIC_LINKS)}</div><div class="{C("Footer_info")}"><div class="{C("Footer_name")}">{esc(portal.name.upper())}</div><div>Cơ quan chủ quản: {esc(portal.agency)}</div><div>Chịu trách nhiệm chính: {esc(portal.editor)}</div><div>{esc(portal.licence)}</div><div>Địa chỉ: {esc(portal.address)}</div><div>Điện thoại: {esc(portal.phone)} - Email: banbientap@{esc(portal.domain)}</div><div class="{E("reuse")}">{esc(reuse_notice(portal))}</div></div><a class="{E("to-top")}" href="#" aria-label="Về đầu trang">↑</a></footer>
<div class="{S("cookie")}" role="dialog" aria-live="polite"><div class="{S("cookieText")}">Cổng thông tin sử dụng cookie để ghi nhớ lựa chọn của bạn và thống kê lượt truy cập. Khi tiếp tục sử dụng trang, bạn đồng ý với <a href="/chinh-sach-cookie">chính sách cookie</a> của chúng tôi.</div><button class="{S("cookieAccept")}" type="button">Đồng ý</button><button class="{S("cookieReject")}" type="button">Từ chối</button></div>
</div></div><script id="__NEXT_DATA__" type="application/json">{json_for_script(props)}</script></body></html>
"""

    # -- pages

    def home_html(self, request: Request) -> str:
        items = self.latest(self.portal.page_size)
        featured, rest = items[0], items[1:]
        hero_src = image_path(featured, 0, self.image_folder)
        hero = (
            f'<div class="{C("Hero_root")}"><a href="{esc(self.article_path(featured))}">'
            f'<img alt="{esc(featured.title)}" src="{esc(next_image(hero_src))}" '
            f'srcset="{esc(next_image(hero_src, 640))} 640w, {esc(next_image(hero_src))} 1080w"/>'
            f'<div class="{C("Hero_title")}">{esc(featured.title)}</div></a>'
            f'<div class="{C("Hero_sapo")}">{esc(featured.sapo(request.revision))}</div></div>'
        )
        blocks = []
        for section in self.sections.values():
            listed = self.listed(section)[:3]
            cards = "".join(self.card(it, request) for it in listed)
            blocks.append(
                f'<div class="{C("HomeCat_root")}"><a class="{C("HomeCat_title")}" '
                f'href="{esc(self.listing_path(section))}">{esc(section.name)}</a>'
                f'<div class="{C("List_grid")}">{cards}</div></div>'
            )
        main = (
            f'{hero}<div class="{C("Home_latest")}"><div class="{C("Box_title")}">Tin mới</div>'
            f'<div class="{C("List_grid")}">{"".join(self.card(it, request) for it in rest)}'
            f'</div><a class="{C("Home_more")}" href="{esc(self.listing_path(None))}">Xem thêm</a>'
            f"</div>{''.join(blocks)}"
        )
        data = {"featured": {"id": featured.number, "title": featured.title}}
        return self.frame(self.portal.name, main, request, "/", data, [])

    def listing_html(
        self, section: Section, items: list[Item], page: int, pages: int, request: Request
    ) -> str:
        base = self.listing_path(section)
        links = []
        if page > 1:
            prev = base if page == 2 else f"{base}?page={page - 1}"
            links.append(
                f'<a class="{E("pg-prev")}" href="{esc(prev)}" aria-label="Trang trước">‹</a>'
            )
        for n in pager_window(page, pages):
            if n is None:
                links.append(f'<span class="{E("pg-gap")}">…</span>')
            elif n == page:
                links.append(f'<span class="{E("pg-on")}" aria-current="page">{n}</span>')
            else:
                href = base if n == 1 else f"{base}?page={n}"
                links.append(f'<a class="{E("pg")}" href="{esc(href)}">{n}</a>')
        more = ""
        if page < pages:
            nxt = esc(f"{base}?page={page + 1}")
            links.append(f'<a class="{E("pg-next")}" href="{nxt}" aria-label="Trang sau">›</a>')
            more = f'<a class="{S("loadMore")}" href="{nxt}">Xem thêm</a>'
        main = (
            f'<h1 class="{C("Category_title")}">{esc(section.name)}</h1>'
            f'<div class="{C("List_grid")}">{"".join(self.card(it, request) for it in items)}</div>'
            f'{more}<nav class="{C("Pager_root")}">{"".join(links)}</nav>'
        )
        data = {
            "category": {"id": section.id, "name": section.name, "slug": section.slug},
            "page": page,
            "totalPages": pages,
            "items": [
                {
                    "id": it.number,
                    "title": it.title,
                    "slug": slugify(it.title),
                    "publishedAt": utc_iso(it.published),
                }
                for it in items
            ],
        }
        title = section.name if page == 1 else f"{section.name} - Trang {page}"
        return self.frame(
            f"{title} | {self.portal.name}", main, request, "/chuyen-muc/[slug]", data, []
        )

    def body_divs(self, item: Item, revision: int) -> tuple[str, str]:
        """The article body as rendered divs, and as the CMS's stored HTML (for __NEXT_DATA__)."""
        rendered: list[str] = []
        stored: list[str] = []
        blocks = body_blocks(item, revision)
        # The lead (first paragraph) is shown apart, as the bold sapo above the body div.
        lead = next((i for i, (kind, _v) in enumerate(blocks) if kind == "p"), None)
        if lead is not None:
            stored.append(f"<p><strong>{esc(blocks[lead][1])}</strong></p>")
            blocks = blocks[:lead] + blocks[lead + 1 :]
        index = 0
        while index < len(blocks):
            kind, value = blocks[index]
            if kind == "img":
                number, caption = value
                src = image_path(item, number, self.image_folder)
                rendered.append(
                    f'<div class="{E("img-wrap")}"><span class="{E("img-box")}">'
                    f'<img alt="{esc(caption)}" loading="lazy" decoding="async" '
                    f'src="{esc(next_image(src))}" srcset="{esc(next_image(src, 640))} 640w, '
                    f'{esc(next_image(src, 750))} 750w, {esc(next_image(src))} 1080w"/></span>'
                    f'<span class="{E("img-cap")}">{esc(caption)}</span></div>'
                )
                stored.append(
                    f'<figure class="image"><img src="{esc(src)}" alt="{esc(caption)}">'
                    f"<figcaption>{esc(caption)}</figcaption></figure>"
                )
                index += 1
                continue
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            paired = (
                following is not None
                and following[0] == "p"
                and stable_int(f"{item.key}:br:{index}", 0, 2) == 0
            )
            if paired:
                rendered.append(f"<div>{esc(value)}<br/>{esc(following[1])}</div>")
                stored.append(f"<p>{esc(value)}<br>{esc(following[1])}</p>")
                index += 2
                continue
            rendered.append(f"<div>{esc(value)}</div>")
            stored.append(f"<p>{esc(value)}</p>")
            index += 1
        if item.author:
            rendered.append(
                f'<div style="text-align:right"><strong>{esc(item.author)}</strong></div>'
            )
            stored.append(f'<p style="text-align:right"><strong>{esc(item.author)}</strong></p>')
        return "".join(rendered), "".join(stored)

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        body, stored = self.body_divs(item, revision)
        lead = next(iter(item.body(revision)), "")
        url = request.base_url + self.article_path(item)
        modified = item.shown_modified(revision)
        source = (
            f'<div class="{C("Article_source")}">Nguồn: {esc(item.source)}</div>'
            if item.source
            else ""
        )
        updated = (
            f'<span class="{E("upd")}">Cập nhật: <time datetime="{utc_iso(modified)}">'
            f"{dmy(modified)} {modified:%H:%M}</time></span>"
            if modified
            else ""
        )
        related = "".join(
            f'<div class="{C("Related_item")}"><a href="{esc(self.link(it, request, "related"))}">'
            f"{esc(it.title)}</a></div>"
            for it in self.others(item, 5)
        )
        thumb = request.base_url + next_image(image_path(item, 0, self.image_folder), 1200)
        head = (
            f'<meta name="description" content="{esc(item.sapo(revision))}"/>'
            f'<meta property="og:type" content="article"/>'
            f'<meta property="og:title" content="{esc(item.title)}"/>'
            f'<meta property="og:image" content="{esc(thumb)}"/>'
            f'<link rel="canonical" href="{esc(url)}"/>'
        )
        main = f"""<div class="{C("Article_root")}"><a class="{C("Article_cat")}" href="{esc(self.listing_path(item.section))}">{esc(item.section.name)}</a>
<h1 class="{C("Article_title")}">{esc(item.title)}</h1>
<div class="{C("Article_meta")}"><time datetime="{utc_iso(item.published)}" class="{E("time")}"></time><span class="{E("time-text")}">{dmy(item.published)} {item.published:%H:%M}</span>{updated}<span class="{E("views")}">{thousands(view_count(seed))} lượt xem</span></div>
<div class="{C("Article_tools")}"><button class="{E("fs")}" type="button">A-</button><button class="{E("fs")}" type="button">A+</button><a href="javascript:window.print()">In bài</a><a href="https://www.facebook.com/sharer/sharer.php?u={quote(url)}" rel="nofollow noopener" target="_blank">Facebook</a><a href="https://zalo.me/share?u={quote(url)}" rel="nofollow noopener" target="_blank">Zalo</a></div>
<div class="{C("Article_sapo")}">{esc(lead)}</div>
<div class="{C("Article_body")}">{body}</div>{source}</div>
<div class="{C("Related_box")}"><div class="{C("Box_title")}">Tin liên quan</div>{related}</div>"""
        data = {
            "article": {
                "id": item.number,
                "title": item.title,
                "slug": slugify(item.title),
                "publishedAt": utc_iso(item.published),
                "updatedAt": utc_iso(modified or item.published),
                "category": {"name": item.section.name, "slug": item.section.slug},
                "author": item.author,
                "source": item.source,
                "description": item.sapo(revision, 160),
                "content": stored,
                "thumbnail": image_path(item, 0, self.image_folder),
            },
            "related": [{"id": it.number, "title": it.title} for it in self.others(item, 5)],
        }
        crumbs = [(self.listing_path(item.section), item.section.name)]
        return self.frame(
            f"{item.title} | {self.portal.name}",
            main,
            request,
            "/tin-tuc/[slug]",
            data,
            crumbs,
            head,
        )

    def error_html(self, status: int) -> str:
        text = (
            "Không tìm thấy trang bạn yêu cầu."
            if status == 404
            else "Đã có lỗi xảy ra, vui lòng thử lại sau."
        )
        request = Request("/404", {}, 0, f"{self.portal.id}:err{status}", "")
        main = f'<div class="{E("err")}"><h1 class="{E("err-code")}">{status}</h1><div>{text}</div><a href="/">Về trang chủ</a></div>'
        return self.frame(
            f"{status} | {self.portal.name}", main, request, "/_error", {"statusCode": status}, []
        )
