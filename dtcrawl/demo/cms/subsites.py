"""Shared provincial portal platform (huyen-anthuy): many sub-sites on one host, one template.

A province runs one portal platform; its own news lives at the root and every district
(huyện) and department (sở) has a sub-site under its own path prefix, rendered with the same
template. The demo portal is ONE district sub-site (``/huyen-an-thuy/``); the same host also
serves the province's news, two sibling districts and one department, each with articles of
its own (generated here with :func:`dtcrawl.bench.synthetic.demo_corpus` under other ids and
seeds, so none of them is in the district's gold).

URL shapes (``<p>`` is a sub-site prefix such as ``/huyen-an-thuy``; the province has none):
- sub-site home ``<p>/`` (``<p>`` alone redirects there); province home ``/``;
- news listing ``<p>/tin-tuc``, section ``<p>/tin-tuc/<section-slug>``, paging ``?trang=N``
  (1-based; page 1 has no parameter);
- article ``<p>/tin-tuc/<section-slug>/<slug>-<id>.html``; ids are unique across the platform;
- platform-wide pages: short link ``/bai-viet/<id>`` (301 to the article, any sub-site), print
  view ``/in-tin-bai?id=<id>``, search ``/tim-kiem?q=…&trang=N`` (all sub-sites), RSS ``/rss``
  (province news only), sub-site lists ``/cac-huyen-thi-xa`` and ``/cac-so-nganh``;
- ``<p>/gioi-thieu``: the sub-site's introduction page (not news).

Some district articles were first published by the province: the province serves the same
title and text under its own prefix and id, a few hours earlier (see :meth:`PlatformSite._mirror`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import quote

from dtcrawl.demo.cms.common import (
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
    page_number,
    pager_numbers,
    poll,
    slugify,
    stable_int,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)

SEARCH = "/tim-kiem"
RSS = "/rss"
PRINT = "/in-tin-bai"
SHORT = "/bai-viet/"
DISTRICT_LIST = "/cac-huyen-thi-xa"
DEPARTMENT_LIST = "/cac-so-nganh"


@dataclass(frozen=True)
class SubSiteDef:
    """A sub-site of the platform other than the demo portal: its prefix, name and articles."""

    prefix: str
    name: str
    kind: str  # "tinh", "huyen" or "so"
    count: int
    seed: int
    number_base: int


#: The province's own news (prefix "") and the sub-sites beside the demo district.
OTHER_SITES = (
    SubSiteDef("", "Tỉnh Tràm Sơn", "tinh", 30, 41001, 150_000),
    SubSiteDef("/huyen-lac-dong", "Huyện Lạc Đồng", "huyen", 18, 41002, 160_000),
    SubSiteDef("/huyen-my-loi", "Huyện Mỹ Lợi", "huyen", 8, 41003, 170_000),
    SubSiteDef("/so-khcn", "Sở Khoa học và Công nghệ", "so", 12, 41004, 180_000),
)
#: Sub-sites named in the lists without articles yet (their homes say so).
EMPTY_SITES = (
    ("/thi-xa-tram-ha", "Thị xã Tràm Hạ", "huyen"),
    ("/huyen-dong-khe", "Huyện Đông Khê", "huyen"),
    ("/so-noi-vu", "Sở Nội vụ", "so"),
    ("/so-tai-chinh", "Sở Tài chính", "so"),
)
#: Platform pages of the main menu that are not news (title, paragraphs).
STATIC_PAGES = {
    "/lien-he": (
        "Liên hệ",
        (
            "Ban biên tập Cổng thông tin điện tử tỉnh Tràm Sơn tiếp nhận ý kiến, tin bài cộng tác "
            "qua thư điện tử bbt@tramson.gov.vn hoặc điện thoại trong giờ hành chính.",
            "Các trang thành phần của huyện, thị xã, sở, ngành liên hệ trực tiếp với bộ phận "
            "quản trị của đơn vị mình.",
        ),
    ),
    "/van-ban": (
        "Văn bản chỉ đạo điều hành",
        ("Hệ thống văn bản chỉ đạo điều hành của tỉnh đang được chuyển sang địa chỉ mới.",),
    ),
    "/so-do-trang": (
        "Sơ đồ trang",
        ("Trang chủ · Tin tức - Sự kiện · Các huyện, thị xã · Các sở, ngành · Liên hệ",),
    ),
}
LINKS = (
    ("https://dichvucong.gov.vn", "Cổng Dịch vụ công quốc gia"),
    ("https://vanban.chinhphu.vn", "Hệ thống văn bản Chính phủ"),
    ("https://chinhphu.vn", "Cổng Thông tin điện tử Chính phủ"),
)


def lower_first(name: str) -> str:
    """A sub-site name inside a sentence: "Huyện An Thủy" → "huyện An Thủy".

    >>> lower_first("Sở Nội vụ")
    'sở Nội vụ'
    """
    return name[:1].lower() + name[1:]


@dataclass
class Channel:
    """One sub-site as served: prefix, name, its items (newest first) and their paths."""

    prefix: str
    name: str
    kind: str
    items: list[Item]
    by_path: dict[str, Item] = field(default_factory=dict)


class PlatformSite(CmsSite):
    """The platform; ``self.items`` are the demo district's own articles (its gold)."""

    family_headers = {"Server": "Microsoft-IIS/10.0", "X-Powered-By": "ASP.NET"}
    image_folder = "/Uploads/images"
    number_base = 200_000
    number_stride = 7
    prefix = "/huyen-an-thuy"
    district = "Huyện An Thủy"

    def __init__(self, portal, articles):
        super().__init__(portal, articles)
        self.channels: dict[str, Channel] = {
            self.prefix: Channel(self.prefix, self.district, "huyen", self.items)
        }
        for definition in OTHER_SITES:
            self.channels[definition.prefix] = Channel(
                definition.prefix, definition.name, definition.kind, self._generated(definition)
            )
        self._mirror()
        self.item_channel: dict[str, Channel] = {}
        self.by_id: dict[int, Item] = {}
        for channel in self.channels.values():
            channel.items.sort(key=lambda it: (it.published, it.key), reverse=True)
            for it in channel.items:
                channel.by_path[self.article_path(it, channel)] = it
                self.item_channel[it.key] = channel
                self.by_id[it.number] = it
        for prefix, name, kind in EMPTY_SITES:
            self.channels[prefix] = Channel(prefix, name, kind, [])

    # -- the other sub-sites' articles

    def _generated(self, definition: SubSiteDef) -> list[Item]:
        from dtcrawl.bench.synthetic import demo_corpus

        ident = "tramson" + (definition.prefix.replace("/", "-") or "-tinh")
        items = []
        for rank, article in enumerate(
            demo_corpus(definition.count, ident, definition.seed)[ident]
        ):
            item = self._item_from_article(article)
            # Spread over the same years as the district so the boxes mix old and new.
            item.published = item.published + timedelta(hours=5 * rank + definition.seed % 7)
            item.number = definition.number_base + rank * 11 + stable_int(item.key, 0, 10)
            items.append(item)
        return items

    def _mirror(self) -> None:
        """Every sixth district article was first published by the province: the province
        serves the same title and text under its own prefix and id, 2 h 40 min earlier."""
        province = self.channels[""]
        for rank, it in enumerate(reversed(self.items)):
            if it.kind != "article" or rank % 6 != 2:
                continue
            copy = Item(
                key=f"tramson-tinh-dang-lai-{it.key}",
                number=155_000 + rank * 3,
                title=it.title,
                section=it.section,
                published=it.published - timedelta(hours=2, minutes=40),
                modified=None,
                author=it.author,
                source=None,
                paragraphs=list(it.paragraphs),
                images=[dict(img) for img in it.images],
                extra={"republished_as": it.key},
            )
            province.items.append(copy)

    # -- URLs

    def channel_of(self, item: Item) -> Channel:
        return self.item_channel.get(item.key) or self.channels[self.prefix]

    def article_path(self, item: Item, channel: Channel | None = None) -> str:
        if channel is None and not hasattr(self, "item_channel"):
            prefix = self.prefix  # CmsSite.__init__ maps the district's own items first
        else:
            prefix = (channel or self.channel_of(item)).prefix
        slug = slugify(item.title, max_len=80)
        return f"{prefix}/tin-tuc/{item.section.slug}/{slug}-{item.number}.html"

    def channel_listing(self, channel: Channel, section: Section | None, page: int = 1) -> str:
        base = f"{channel.prefix}/tin-tuc"
        if section is not None and not self.is_news(section):
            base += f"/{section.slug}"
        return base if page == 1 else f"{base}?trang={page}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        return self.channel_listing(self.channels[self.prefix], section, page)

    def home_path(self) -> str:
        return self.prefix + "/"

    def print_paths(self) -> dict[str, str]:
        return {it.key: f"{PRINT}?id={it.number}" for it in self.items if it.kind == "article"}

    def extra_paths(self) -> dict[str, str]:
        return {"rss": RSS}

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *", *(f"Disallow: {p}" for p in self.portal.robots_disallow)]
        return "\n".join(lines) + "\n"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == SEARCH:
            return self.html_response(self.search_html(request))
        if path == RSS:
            return self.rss_response(request)
        if path == PRINT:
            item = self.by_id.get(page_number(request.params.get("id"), 0))
            if item is None or item.kind != "article":
                return None
            return self.html_response(self.print_html(item, request))
        if path.startswith(SHORT):
            tail = path[len(SHORT) :].strip("/")
            item = self.by_id.get(int(tail)) if tail.isdigit() else None
            if item is None:
                return None
            return Response(301, {"Location": self.article_path(item)}, b"")
        if path in (DISTRICT_LIST, DEPARTMENT_LIST):
            return self.html_response(self.list_html(path, request))
        if path in STATIC_PAGES:
            return self.html_response(self.static_html(path, request))
        first, _, rest = path.lstrip("/").partition("/")
        channel = self.channels.get("/" + first)
        if channel is None:
            channel, rest = self.channels[""], path.lstrip("/")
        elif not rest and not path.endswith("/"):
            return Response(301, {"Location": channel.prefix + "/"}, b"")
        rest = rest.rstrip("/")
        if rest in ("", "trang-chu"):
            return self.html_response(self.home_html(channel, request))
        if rest == "gioi-thieu" and channel.kind != "tinh":
            return self.html_response(self.about_html(channel, request))
        if rest == "tin-tuc":
            return self.listing_response(channel, None, request)
        if rest.startswith("tin-tuc/"):
            tail = rest[len("tin-tuc/") :]
            if "/" not in tail:
                section = self.section_by_slug(tail)
                return self.listing_response(channel, section, request) if section else None
            item = channel.by_path.get(f"{channel.prefix}/{rest}")
            if item is None:
                return None
            return self.article_response(item, request)
        return None

    def listing_response(
        self, channel: Channel, section: Section | None, request: Request
    ) -> Response | None:
        page = page_number(request.params.get("trang"))
        pool = channel.items
        if section is not None:
            pool = [it for it in pool if it.section == section]
        items, pages = self.page_of(pool, page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(channel, section, items, page, pages, request))

    def rss_response(self, request: Request) -> Response:
        province = self.channels[""]
        entries = "".join(
            f"<item><title>{esc(it.title)}</title>"
            f"<link>{esc(request.base_url + self.article_path(it))}</link>"
            f"<description>{esc(it.sapo())}</description>"
            f"<pubDate>{http_date(it.published)}</pubDate>"
            f'<guid isPermaLink="false">tramson-{it.number}</guid></item>'
            for it in province.items[:20]
        )
        xml = (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(self.portal.province)} - Tin tức</title>"
            f"<link>{esc(request.base_url)}/</link>"
            "<description>Tin tức - Sự kiện tỉnh Tràm Sơn</description>"
            f"<language>vi-VN</language>{entries}</channel></rss>"
        )
        return Response(
            200, {"Content-Type": "application/rss+xml; charset=utf-8"}, xml.encode("utf-8")
        )

    # -- shared template pieces

    def when(self, moment: datetime) -> str:
        """The article date line: "Thứ hai - 11/11/2024 04:09"."""
        return f"{weekday(moment, lower=True)} - {dmy(moment)} {moment:%H:%M}"

    def header(self, channel: Channel) -> str:
        districts = "".join(
            f'<li><a href="{c.prefix}/">{esc(c.name)}</a></li>'
            for c in self.channels.values()
            if c.kind == "huyen"
        )
        departments = "".join(
            f'<li><a href="{c.prefix}/">{esc(c.name)}</a></li>'
            for c in self.channels.values()
            if c.kind == "so"
        )
        sections = "".join(
            f'<li><a href="{self.channel_listing(channel, s)}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        own = ""
        if channel.kind != "tinh":
            own = (
                f'<div class="subsite-banner"><a href="{channel.prefix}/">'
                f'<span class="subsite-name">{esc(channel.name.upper())}</span></a>'
                f'<span class="subsite-province">Tỉnh Tràm Sơn</span></div>'
            )
        return f"""<div id="top-bar" class="top-bar"><div class="container">
<span class="today" id="ngay-hien-tai"></span>
<ul class="top-links"><li><a href="/">Cổng TTĐT tỉnh</a></li><li><a href="/dang-nhap">Đăng nhập</a></li><li><a href="/so-do-trang">Sơ đồ trang</a></li><li><a href="javascript:void(0)" onclick="doiNgonNgu('en')">English</a></li></ul>
<form class="search-box" action="{SEARCH}" method="get"><input type="text" name="q" placeholder="Nhập từ khóa tìm kiếm..."><button type="submit">Tìm kiếm</button></form>
</div></div>
<header id="portal-header" class="portal-header"><div class="container">
<a class="logo" href="/"><img src="/Uploads/logo/quoc-huy.png" alt="Quốc huy"><span class="portal-title">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TRÀM SƠN</span></a>
{own}
</div></header>
<nav id="main-menu" class="main-menu"><div class="container"><ul class="menu-lv1">
<li><a href="/"><i class="icon-home"></i> Trang chủ</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
<li class="has-sub"><a href="{channel.prefix}/tin-tuc">Chuyên mục</a><ul class="menu-lv2">{sections}</ul></li>
<li class="has-sub"><a href="{DISTRICT_LIST}">Các huyện, thị xã</a><ul class="menu-lv2">{districts}</ul></li>
<li class="has-sub"><a href="{DEPARTMENT_LIST}">Các sở, ngành</a><ul class="menu-lv2">{departments}</ul></li>
<li><a href="https://dichvucong.tramson.gov.vn">Dịch vụ công</a></li>
<li><a href="/van-ban">Văn bản chỉ đạo điều hành</a></li>
<li><a href="/lien-he">Liên hệ</a></li>
</ul></div></nav>"""

    def box(self, title: str, items: list[Item], css: str, more: str | None) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a>'
            f' <span class="ngay">({dmy(it.published)})</span></li>'
            for it in items
        )
        link = f'<a class="xem-them" href="{more}">Xem thêm</a>' if more else ""
        return (
            f'<div class="portlet {css}"><div class="portlet-title"><span>{esc(title)}</span>'
            f"</div><ul>{rows}</ul>{link}</div>"
        )

    def sidebar(self, channel: Channel, seed: str, exclude: Item | None = None) -> str:
        province = self.channels[""]
        parts = []
        if channel.kind != "tinh":
            parts.append(self.box("Tin tỉnh", province.items[:5], "tin-tinh", "/tin-tuc"))
            sibling = self.channels[
                "/huyen-lac-dong" if channel.prefix != "/huyen-lac-dong" else self.prefix
            ]
            if stable_int(seed + "sibling", 0, 2):
                parts.append(
                    self.box(
                        f"Tin {lower_first(sibling.name)}",
                        sibling.items[:3],
                        "tin-dia-phuong",
                        sibling.prefix + "/tin-tuc",
                    )
                )
        fresh = [it for it in channel.items if it is not exclude and it.kind == "article"][:5]
        parts.append(self.box("Tin mới", fresh, "tin-moi", None))
        stats = tthc_stats(seed)
        parts.append(
            '<div class="portlet tthc"><div class="portlet-title"><span>Kết quả giải quyết TTHC'
            f"</span></div><p>Tháng {stats['month']}: {stats['percent']}% hồ sơ đúng hạn</p>"
            f"<ul><li>Tiếp nhận: {thousands(stats['total'])}</li>"
            f"<li>Đúng hạn: {thousands(stats['ontime'])}</li>"
            f"<li>Trễ hạn: {thousands(stats['late'])}</li></ul></div>"
        )
        question, options = poll(seed)
        choices = "".join(
            f'<li><label><input type="radio" name="binhchon" value="{i}"> {esc(o)}</label></li>'
            for i, o in enumerate(options)
        )
        parts.append(
            '<div class="portlet tham-do"><div class="portlet-title"><span>Ý kiến thăm dò</span>'
            f"</div><p>{esc(question)}</p><ul>{choices}</ul>"
            '<a href="javascript:void(0)" onclick="guiBinhChon()">Biểu quyết</a> '
            '<a href="javascript:void(0)" onclick="xemKetQua()">Xem kết quả</a></div>'
        )
        links = "".join(f'<li><a href="{u}" target="_blank">{esc(n)}</a></li>' for u, n in LINKS)
        parts.append(
            '<div class="portlet lien-ket"><div class="portlet-title"><span>Liên kết website'
            f'</span></div><ul>{links}</ul><a href="/"><img src="/Uploads/banner/cds-tram-son.png"'
            ' alt="Chuyển đổi số tỉnh Tràm Sơn"></a></div>'
        )
        visits = visitor_stats(seed)
        parts.append(
            '<div class="portlet thong-ke"><div class="portlet-title"><span>Thống kê truy cập'
            f"</span></div><ul><li>Đang online: {thousands(visits['online'])}</li>"
            f"<li>Hôm nay: {thousands(visits['today'])}</li>"
            f"<li>Trong tuần: {thousands(visits['week'])}</li>"
            f"<li>Tổng lượt truy cập: {thousands(visits['total'])}</li></ul></div>"
        )
        return '<aside id="cot-phai" class="col-right">' + "".join(parts) + "</aside>"

    def footer(self, channel: Channel) -> str:
        portal = self.portal
        if channel.kind == "tinh":
            owner = f"<p>Cơ quan chủ quản: {esc(portal.agency)}</p>"
        else:
            owner = (
                f"<p>Cơ quan chủ quản: Ủy ban nhân dân {esc(lower_first(channel.name))}"
                if channel.kind == "huyen"
                else f"<p>Cơ quan chủ quản: {esc(channel.name)} tỉnh Tràm Sơn"
            ) + " - Trang thành phần của Cổng thông tin điện tử tỉnh Tràm Sơn</p>"
        return f"""<footer id="portal-footer" class="portal-footer"><div class="container">
{owner}
<p>Trưởng Ban biên tập Cổng TTĐT tỉnh: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} · Điện thoại: {esc(portal.phone)} · Email: bbt@tramson.gov.vn</p>
<p>Ghi rõ nguồn “Cổng thông tin điện tử tỉnh Tràm Sơn” khi phát hành lại thông tin từ Cổng thông tin điện tử tỉnh Tràm Sơn và các trang thành phần.</p>
<p class="ve-dau-trang"><a href="#top-bar">Về đầu trang</a></p>
</div></footer>"""

    def frame(
        self,
        title: str,
        main: str,
        channel: Channel,
        seed: str,
        crumbs: list[tuple[str, str]],
        head: str = "",
        exclude: Item | None = None,
    ) -> str:
        trail = [("/", "Trang chủ")]
        if channel.kind != "tinh":
            trail.append((channel.prefix + "/", channel.name))
        trail += crumbs
        breadcrumb = " <span>›</span> ".join(f'<a href="{u}">{esc(n)}</a>' for u, n in trail)
        site = "Cổng thông tin điện tử tỉnh Tràm Sơn"
        if channel.kind != "tinh":
            site = f"{channel.name} - {site}"
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<title>{esc(title)} - {esc(site)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/Themes/CongTTDT/css/portal.min.css?v=3.2.7">
<link rel="alternate" type="application/rss+xml" title="Tin tức tỉnh Tràm Sơn" href="{RSS}">
{head}
</head><body class="subsite-{channel.kind}">
{self.header(channel)}
<div id="breadcrumb" class="breadcrumb"><div class="container">{breadcrumb}</div></div>
<div id="wrapper" class="container"><div class="row">
<main id="cot-giua" class="col-main">{main}</main>
{self.sidebar(channel, seed, exclude)}
</div></div>
{self.footer(channel)}
<script src="/Themes/CongTTDT/js/portal.min.js?v=3.2.7"></script>
</body></html>"""

    # -- pages

    def teaser(self, it: Item, lead: bool = False) -> str:
        url = esc(self.article_path(it))
        sapo = f'<p class="sapo">{esc(it.sapo())}</p>' if lead else ""
        img = ""
        if it.images:
            img = (
                f'<a class="thumb" href="{url}"><img src="{esc(image_path(it, 0, self.image_folder))}"'
                ' alt="Responsive image"></a>'
            )
        return (
            f'<div class="news-item">{img}<h3 class="news-title"><a href="{url}">'
            f"{esc(it.title)}</a></h3>"
            f'<span class="news-date">({dmy(it.published)}, {it.published:%H:%M})</span>{sapo}</div>'
        )

    def home_html(self, channel: Channel, request: Request) -> str:
        seed = request.seed
        healthy = [it for it in channel.items if it.kind == "article"]
        if not healthy:
            main = '<div class="empty">Trang thành phần đang được cập nhật nội dung.</div>'
            return self.frame("Trang chủ", main, channel, seed, [])
        featured = "".join(self.teaser(it, lead=True) for it in healthy[:3])
        blocks = []
        for section in self.sections.values():
            rows = [it for it in healthy if it.section == section][:4]
            if not rows:
                continue
            blocks.append(
                f'<div class="home-cat"><h2 class="cat-title"><a href="'
                f'{self.channel_listing(channel, section)}">{esc(section.name)}</a></h2>'
                + "".join(self.teaser(it) for it in rows)
                + "</div>"
            )
        welcome = (
            f"Chào mừng bạn đến với trang thông tin điện tử {lower_first(channel.name)}"
            if channel.kind != "tinh"
            else "Chào mừng bạn đến với Cổng thông tin điện tử tỉnh Tràm Sơn"
        )
        main = (
            f'<div class="marquee">{esc(welcome)}</div>'
            f'<section class="tin-noi-bat"><h2>Tin nổi bật</h2>{featured}'
            f'<a class="xem-them" href="{channel.prefix}/tin-tuc">Xem tất cả tin tức</a></section>'
            + "".join(blocks)
        )
        return self.frame("Trang chủ", main, channel, seed, [])

    def pager(self, base: str, page: int, pages: int) -> str:
        if pages <= 1:
            return ""

        def href(n: int) -> str:
            return base if n == 1 else f"{base}?trang={n}"

        cells = []
        if page > 1:
            cells.append(f'<li><a href="{href(1)}" title="Trang đầu">«</a></li>')
            cells.append(f'<li><a href="{href(page - 1)}" title="Trang trước">‹</a></li>')
        cells += pager_numbers(
            page,
            pages,
            lambda n: f'<li><a href="{href(n)}">{n}</a></li>',
            current='<li class="active"><span>{n}</span></li>',
            gap='<li class="disabled"><span>…</span></li>',
        )
        if page < pages:
            cells.append(f'<li><a href="{href(page + 1)}" title="Trang sau">›</a></li>')
            cells.append(f'<li><a href="{href(pages)}" title="Trang cuối">»</a></li>')
        return f'<ul class="pagination phan-trang">{"".join(cells)}</ul>'

    def listing_html(
        self,
        channel: Channel,
        section: Section | None,
        items: list[Item],
        page: int,
        pages: int,
        request: Request,
    ) -> str:
        name = section.name if section else "Tin tức - Sự kiện"
        base = self.channel_listing(channel, section)
        rows = "".join(self.teaser(it, lead=True) for it in items)
        main = (
            f'<div class="list-news"><h1 class="cat-title">{esc(name)}</h1>{rows}'
            f"{self.pager(base, page, pages)}</div>"
        )
        crumbs = [(f"{channel.prefix}/tin-tuc", "Tin tức - Sự kiện")]
        if section:
            crumbs.append((base, section.name))
        return self.frame(name, main, channel, request.seed, crumbs)

    def search_html(self, request: Request) -> str:
        query = request.params.get("q", "")
        words = query.lower().split()
        hits = sorted(
            (
                it
                for c in self.channels.values()
                for it in c.items
                if it.kind == "article" and words and all(w in it.title.lower() for w in words)
            ),
            key=lambda it: (it.published, it.key),
            reverse=True,
        )
        page = page_number(request.params.get("trang"))
        items, pages = self.page_of(hits, page)
        rows = "".join(
            self.teaser(it, lead=True).replace(
                '<span class="news-date">',
                f'<span class="subsite">{esc(self.channel_of(it).name)}</span> '
                '<span class="news-date">',
            )
            for it in items
        )
        base = f"{SEARCH}?q={quote(query)}"
        pager = self.pager(base, page, pages).replace(f"{base}?trang=", f"{base}&amp;trang=")
        main = (
            f'<div class="search-result"><h1>Kết quả tìm kiếm: {esc(query)}</h1>'
            f"<p>Tìm thấy {len(hits)} kết quả trên toàn Cổng.</p>{rows}{pager}</div>"
        )
        return self.frame("Tìm kiếm", main, self.channels[""], request.seed, [])

    def list_html(self, path: str, request: Request) -> str:
        kind, title = (
            ("huyen", "Các huyện, thị xã") if path == DISTRICT_LIST else ("so", "Các sở, ngành")
        )
        rows = "".join(
            f'<li><a href="{c.prefix}/">Trang thông tin điện tử {esc(c.name)}</a></li>'
            for c in self.channels.values()
            if c.kind == kind
        )
        main = f'<div class="subsite-list"><h1>{title}</h1><ul>{rows}</ul></div>'
        return self.frame(title, main, self.channels[""], request.seed, [(path, title)])

    def static_html(self, path: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[path]
        text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        main = f'<div class="trang-tinh"><h1>{esc(title)}</h1>{text}</div>'
        return self.frame(title, main, self.channels[""], request.seed, [(path, title)])

    def about_html(self, channel: Channel, request: Request) -> str:
        name = lower_first(channel.name)
        main = f"""<div class="gioi-thieu"><h1>Giới thiệu chung</h1>
<p>Trang thông tin điện tử {esc(name)} là trang thành phần của Cổng thông tin điện tử tỉnh Tràm Sơn, do Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {esc(name)} quản lý, cập nhật.</p>
<p>Trang cung cấp thông tin về hoạt động chỉ đạo, điều hành của chính quyền địa phương, các thủ tục hành chính, văn bản quy phạm pháp luật và tin tức về đời sống kinh tế, văn hóa, xã hội trên địa bàn.</p>
<p>Mọi ý kiến đóng góp xin gửi về Ban biên tập qua hộp thư điện tử của trang hoặc số điện thoại đường dây nóng của Văn phòng.</p></div>"""
        crumbs = [(f"{channel.prefix}/gioi-thieu", "Giới thiệu")]
        return self.frame("Giới thiệu", main, channel, request.seed, crumbs)

    def body_html(self, item: Item, revision: int) -> str:
        parts = []
        for position, (kind, value) in enumerate(body_blocks(item, revision)):
            if kind == "p":
                if position == 0 or (position == 1 and parts and "figure" in parts[0]):
                    parts.append(f'<div class="sapo"><strong>{esc(value)}</strong></div>')
                else:
                    parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                src = esc(image_path(item, index, self.image_folder))
                parts.append(
                    f'<figure class="image"><img src="{src}" alt="{esc(caption)}">'
                    f"<figcaption><em>{esc(caption)}</em></figcaption></figure>"
                )
        if item.author:
            parts.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            parts.append(
                f'<p class="nguon-tin" style="text-align: right;">Nguồn: {esc(item.source)}</p>'
            )
        return "\n".join(parts)

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        channel = self.channel_of(item)
        url = request.base_url + self.article_path(item)
        modified = item.shown_modified(revision)
        updated = (
            f' <span class="cap-nhat">Cập nhật: {modified:%H:%M}, {dmy(modified)} (GMT+7)</span>'
            if modified
            else ""
        )
        same = [it for it in channel.items if it.section == item.section and it is not item]
        older = [it for it in same if it.published <= item.published][:6]
        related = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a>'
            f' <span class="ngay">({dmy(it.published)})</span></li>'
            for it in older
        )
        province = [it for it in self.channels[""].items if it.kind == "article"][:5]
        province_box = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in province
        )
        main = f"""<div class="news-detail" id="chi-tiet-tin">
<div class="detail-cat"><a href="{self.channel_listing(channel, item.section)}">{esc(item.section.name)}</a></div>
<h1 class="detail-title">{esc(item.title)}</h1>
<div class="detail-meta"><span class="ngay-dang">{self.when(item.published)}</span>{updated} <span class="luot-xem">Lượt xem: {view_count(seed)}</span></div>
<div class="detail-tools">Cỡ chữ: <a href="javascript:void(0)" onclick="coChu(-1)">A-</a> <a href="javascript:void(0)" onclick="coChu(0)">A</a> <a href="javascript:void(0)" onclick="coChu(1)">A+</a> · <a href="{PRINT}?id={item.number}" target="_blank">Bản in</a> · <a href="javascript:void(0)" onclick="guiEmail({item.number})">Gửi email</a> · <a href="{SHORT}{item.number}" class="link-rut-gon">Sao chép liên kết</a></div>
<div class="detail-content" id="noi-dung">
{self.body_html(item, revision)}
</div>
<div class="detail-share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={quote(url)}" rel="nofollow" target="_blank">Facebook</a> <a href="https://zalo.me/share?u={quote(url)}" rel="nofollow" target="_blank">Zalo</a> · <a href="javascript:history.back()">Quay lại</a></div>
</div>
<div class="tin-cung-chuyen-muc"><h2>Tin cùng chuyên mục</h2><ul>{related}</ul></div>
<div class="tin-tinh-bottom"><h2>Tin tỉnh</h2><ul>{province_box}</ul></div>"""
        head = (
            f'<link rel="canonical" href="{esc(url)}">\n'
            f'<meta name="description" content="{esc(item.sapo(revision))}">\n'
            f'<meta property="og:title" content="{esc(item.title)}">\n'
            f'<meta property="og:url" content="{esc(url)}">'
        )
        crumbs = [
            (f"{channel.prefix}/tin-tuc", "Tin tức - Sự kiện"),
            (self.channel_listing(channel, item.section), item.section.name),
        ]
        return self.frame(item.title, main, channel, seed, crumbs, head, exclude=item)

    def print_html(self, item: Item, request: Request) -> str:
        channel = self.channel_of(item)
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(item.title)}</title>
<link rel="stylesheet" href="/Themes/CongTTDT/css/print.css"></head>
<body onload="window.print()"><div class="print-page">
<div class="print-header">{esc(channel.name.upper())} - CỔNG THÔNG TIN ĐIỆN TỬ TỈNH TRÀM SƠN</div>
<h1>{esc(item.title)}</h1><div class="print-date">{self.when(item.published)}</div>
{self.body_html(item, request.revision)}
<div class="print-footer">Địa chỉ bài viết: {esc(request.base_url + self.article_path(item))}</div>
</div></body></html>"""

    def error_html(self, status: int) -> str:
        text = (
            "Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ."
            if status == 404
            else "Hệ thống đang bận, vui lòng thử lại sau ít phút."
        )
        main = f'<div class="error-page"><h1>Lỗi {status}</h1><p>{text}</p><p><a href="/">Về trang chủ</a></p></div>'
        return self.frame("Thông báo", main, self.channels[""], f"err{status}", [])
