"""A provincial media centre's news site on a server-rendered Vue front end (Nuxt 2 SSR output).

What such sites serve: every page inside ``<div id="__nuxt"><div id="__layout">``; elements of
each Vue component carry its scoped-style attribute (``data-v-5a0e2c9b``); class names are
hashed CSS-module names (``card_a9f3``) mixed with utility classes (``flex items-center
text-sm``); the store's state is serialised into ``<script>window.__NUXT__=…</script>`` at the
end of the body (here only listing metadata: ids, titles, excerpts, relative times, cursors;
never an article's text). Listings have no page numbers: one "Xem thêm tin" link whose href
carries an opaque cursor (``?truoc=<base64url of {"id":…,"ts":…}>``, the last item shown); the
last page has no such link. Every list shows RELATIVE dates ("15 phút trước", "3 giờ trước",
"Hôm qua", "2 ngày trước", dd/mm/yyyy for a week and older) computed against the site's fixed
"now" (:data:`NOW`, or 39 minutes after the newest article if that is later); only the article
page shows the absolute date, "Thứ Tư, 06/01/2021 - 22:41" in a ``<time datetime>``.

URL shapes:
- home ``/`` (the logo links ``/?utm_source=logo``);
- all news ``/tin-moi``; a section ``/muc/<section-slug>`` (also with a trailing slash); the next
  part of a listing ``…?truoc=<cursor>``; a cursor that names no article, or past the oldest
  item, is a 404;
- article ``/p/<8 hex digits>`` (no slug, no date); aliases of the same page, served 200: ``/p/<id>/``
  (the "Đọc nhiều" box), ``/bai/<id>?ref=home`` (the home page's "Tin mới nhất" list, an older
  route kept alive), ``/p/<id>?utm_source=trangchu&utm_medium=noibat`` (the home page's lead
  stories); ``<link rel="canonical">`` names ``/p/<id>``;
- ``/lien-he`` (contact page), ``/robots.txt``; no sitemap, no feed.

Article: category link, ``<h1 class="title_91ab …">``, a meta line (``<time>`` and
"1.234 lượt xem"), share buttons, the sapo (the first paragraph of the story) in
``<div class="sapo_2e7d …">``, then the byline UNDER the sapo ("Bài và ảnh: Thu Hà", "Bài: Thu
Hà - Ảnh: Hoàng Nam", "Bài: Thu Hà"; none when the story has no author), then the other
paragraphs in ``<div class="content_c83a prose">`` with photos as ``<figure>``/``<figcaption>``,
then "Nguồn: …" in its own ``<div class="source_7f1d">``, share buttons again, and "Tin cùng
chuyên mục" with relative dates.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
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
    dmy,
    esc,
    image_path,
    iso_vn,
    reuse_notice,
    stable_int,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)
from dtcrawl.demo.portals import PortalDef

#: The site's "now" for relative dates: later than every article of ``demo_corpus(40, …)``.
NOW = datetime(2021, 1, 6, 23, 20)
NEWS_PATH = "/tin-moi"
HOME_TRACKING = "utm_source=trangchu&utm_medium=noibat"
BUILD = "c41e7a9"
PHOTOGRAPHERS = ("Hoàng Nam", "Lê Khánh", "Phạm Trang", "Vi Thắng")
WEATHER = ("Nắng nhẹ", "Nhiều mây", "Mưa rào rải rác", "Trời rét, sương mù", "Âm u, có mưa nhỏ")
PLACES = ("TP. Sương Nguyên", "Mường Lạn", "Nguyên Bình", "Pác Sáng")
# Vue's scoped-style attribute of each component.
V_LAYOUT = "data-v-7b3e91a2"
V_HEADER = "data-v-1c4f8d06"
V_CARD = "data-v-5a0e2c9b"
V_DETAIL = "data-v-3d9f7e14"
V_SIDEBAR = "data-v-6e21b0c8"
V_FOOTER = "data-v-0f8a4d53"

_ARTICLE = re.compile(r"^/(p|bai)/([0-9a-f]{8})/?$")
_SECTION = re.compile(r"^/muc/([a-z0-9-]+)/?$")


def article_id(key: str) -> str:
    """The article's opaque id in URLs: 8 hex digits drawn from its key.

    >>> article_id("truyenthong-suongnguyen-bench-0") == article_id("truyenthong-suongnguyen-bench-0")
    True
    >>> len(article_id("x")), set(article_id("x")) <= set("0123456789abcdef")
    (8, True)
    """
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:8]


def relative_date(moment: datetime, now: datetime) -> str:
    """How a list shows an item's date, seen at ``now`` (both Vietnam local times).

    >>> now = datetime(2021, 1, 6, 23, 20)
    >>> relative_date(datetime(2021, 1, 6, 23, 19, 40), now)
    'Vừa xong'
    >>> relative_date(datetime(2021, 1, 6, 23, 5), now)
    '15 phút trước'
    >>> relative_date(datetime(2021, 1, 6, 8, 15), now)
    '15 giờ trước'
    >>> relative_date(datetime(2021, 1, 5, 23, 50), now)
    'Hôm qua'
    >>> relative_date(datetime(2021, 1, 4, 7, 41), now)
    '2 ngày trước'
    >>> relative_date(datetime(2020, 12, 30, 9, 0), now)
    '30/12/2020'
    """
    elapsed = now - moment
    days = (now.date() - moment.date()).days
    if days == 0:
        if elapsed < timedelta(minutes=1):
            return "Vừa xong"
        if elapsed < timedelta(hours=1):
            return f"{elapsed.seconds // 60} phút trước"
        return f"{elapsed.seconds // 3600} giờ trước"
    if days == 1:
        return "Hôm qua"
    if days < 7:
        return f"{days} ngày trước"
    return dmy(moment)


def absolute_date(moment: datetime) -> str:
    """The date under an article's title.

    >>> absolute_date(datetime(2024, 3, 11, 8, 15))
    'Thứ Hai, 11/03/2024 - 08:15'
    """
    return f"{weekday(moment)}, {dmy(moment)} - {moment:%H:%M}"


def encode_cursor(ident: str, moment: datetime) -> str:
    """The opaque "Xem thêm tin" cursor naming the last item shown (base64url, no padding).

    >>> token = encode_cursor("8f3a2c1d", datetime(2021, 1, 6, 22, 41))
    >>> token
    'eyJpZCI6IjhmM2EyYzFkIiwidHMiOjE2MDk5NDc2NjB9'
    >>> decode_cursor(token)
    '8f3a2c1d'
    """
    stamp = int(moment.replace(tzinfo=VN_TZ).astimezone(UTC).timestamp())
    raw = json.dumps({"id": ident, "ts": stamp}, separators=(",", ":")).encode("ascii")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(token: str) -> str | None:
    """The article id a cursor names, or None for junk.

    >>> decode_cursor("khong-hop-le") is None
    True
    """
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
        ident = json.loads(raw.decode("ascii")).get("id")
    except (binascii.Error, ValueError, UnicodeDecodeError, AttributeError):
        return None
    return ident if isinstance(ident, str) else None


def byline(item: Item) -> str | None:
    """The credit line under the sapo: the author (X) always first, a photographer when the
    story has photos and X did not take them; None for a story without author.

    >>> from dtcrawl.demo.cms.common import Section
    >>> it = Item("k", 1, "T", Section(1, "S", "s"), datetime(2021, 1, 4), None,
    ...           "Thu Hà", None, ["a"], [])
    >>> byline(it)
    'Bài: Thu Hà'
    """
    if not item.author:
        return None
    if not item.images:
        return f"Bài: {item.author}"
    if stable_int(item.key + "byline", 0, 1) == 0:
        return f"Bài và ảnh: {item.author}"
    photographer = PHOTOGRAPHERS[stable_int(item.key + "photo", 0, len(PHOTOGRAPHERS) - 1)]
    return f"Bài: {item.author} - Ảnh: {photographer}"


def state_script(state: dict[str, Any]) -> str:
    """The SSR state blob at the end of the body, safe inside ``<script>``."""
    text = json.dumps(state, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
    return f"<script>window.__NUXT__={text};</script>"


class RelCursorSite(CmsSite):
    family_headers = {"Server": "nginx/1.20.1", "X-Powered-By": "Nuxt"}
    image_folder = "/media/news"

    def __init__(self, portal: PortalDef, articles: Sequence[Any]):
        super().__init__(portal, articles)
        self.by_id: dict[str, Item] = {}
        for it in self.items:
            ident = article_id(it.key)
            if ident in self.by_id:
                raise ValueError(f"article id {ident} of {it.key} is taken")
            self.by_id[ident] = it
        newest = max((it.published for it in self.items), default=NOW)
        self.now = max(NOW, newest + timedelta(minutes=39))

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/p/{article_id(item.key)}"

    def alias_path(self, item: Item) -> str:
        """The older route the home page's "Tin mới nhất" list still links."""
        return f"/bai/{article_id(item.key)}?ref=home"

    def article_aliases(self, item: Item) -> list[str]:
        path = self.article_path(item)
        return [path + "/", self.alias_path(item), f"{path}?{HOME_TRACKING}"]

    def listing_base(self, section: Section | None) -> str:
        return NEWS_PATH if self.is_news(section) else f"/muc/{section.slug}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        """Page ``page`` of a listing as the "Xem thêm tin" links reach it (the cursor of the
        last item of page ``page - 1``)."""
        base = self.listing_base(section)
        if page <= 1:
            return base
        items = self.listed(section)
        if not items:
            return base
        last = items[min((page - 1) * self.portal.page_size, len(items)) - 1]
        return f"{base}?truoc={self.cursor(last)}"

    def cursor(self, item: Item) -> str:
        return encode_cursor(article_id(item.key), item.published)

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return self.html_response(self.home_html(request))
        if path == "/lien-he":
            return self.html_response(self.contact_html(request))
        match = _ARTICLE.match(path)
        if match:
            item = self.by_id.get(match.group(2))
            return self.article_response(item, request) if item else None
        if path.rstrip("/") == NEWS_PATH:
            return self.listing_response(None, request)
        match = _SECTION.match(path)
        if match:
            section = self.section_by_slug(match.group(1))
            return self.listing_response(section, request) if section else None
        return None

    def listing_response(self, section: Section | None, request: Request) -> Response | None:
        items = self.listed(section)
        token = request.params.get("truoc")
        if token is not None:
            ident = decode_cursor(token)
            after = self.by_id.get(ident or "")
            if after is None:
                return None
            items = [it for it in items if (it.published, it.key) < (after.published, after.key)]
            if not items:
                return None
        shown = items[: self.portal.page_size]
        more = self.cursor(shown[-1]) if len(items) > len(shown) else None
        return self.html_response(self.listing_html(section, shown, more, request))

    # -- pieces

    def when(self, item: Item) -> str:
        return relative_date(item.published, self.now)

    def card(self, item: Item, href: str, wide: bool = False) -> str:
        thumb = esc(image_path(item, 0, self.image_folder))
        layout = "flex gap-4 py-3 border-b" if wide else "flex gap-3 py-2"
        sapo = (
            f'<p {V_CARD} class="card_sapo_1b6c text-sm text-gray-600">{esc(item.sapo())}</p>'
            if wide
            else ""
        )
        return (
            f'<article {V_CARD} class="card_a9f3 {layout}"><a {V_CARD} href="{esc(href)}" '
            f'class="card_thumb_d02e shrink-0"><img {V_CARD} src="{thumb}?w=320" alt="" '
            f'loading="lazy" width="160" height="100"></a><div {V_CARD} class="card_body_4f7a">'
            f'<h3 {V_CARD} class="card_title_8e55 font-semibold leading-snug"><a {V_CARD} '
            f'href="{esc(href)}">{esc(item.title)}</a></h3>{sapo}<span {V_CARD} '
            f'class="card_time_30c9 text-xs text-gray-400"><i class="icon-clock"></i> '
            f"{self.when(item)}</span></div></article>"
        )

    def meta_list(self, items: Sequence[Item]) -> list[dict[str, Any]]:
        """Listing metadata as the store keeps it (what the state blob carries)."""
        return [
            {
                "id": article_id(it.key),
                "title": it.title,
                "sapo": it.sapo(),
                "category": it.section.slug,
                "time": self.when(it),
                "thumb": image_path(it, 0, self.image_folder),
            }
            for it in items
        ]

    def most_read(self) -> list[Item]:
        healthy = [it for it in self.items if it.kind == "article"]
        return sorted(healthy, key=lambda it: (-view_count(it.key), it.key))[:5]

    def share(self, item: Item, request: Request) -> str:
        url = esc(request.base_url + self.article_path(item))
        return (
            f'<div {V_DETAIL} class="share_5c0b flex items-center gap-2">'
            f'<a {V_DETAIL} href="https://www.facebook.com/sharer/sharer.php?u={url}" '
            'target="_blank" rel="noopener" class="share_btn_e1 bg-blue-600" '
            'title="Chia sẻ Facebook"><i class="icon-facebook"></i></a>'
            f'<a {V_DETAIL} href="javascript:void(0)" class="zalo-share-button share_btn_e1" '
            f'data-href="{url}" data-oaid="2914056321" title="Chia sẻ Zalo">'
            '<i class="icon-zalo"></i></a>'
            f'<a {V_DETAIL} href="javascript:void(0)" class="share_btn_e1" title="Sao chép '
            'liên kết"><i class="icon-link"></i></a>'
            f'<a {V_DETAIL} href="javascript:window.print()" class="share_btn_e1" '
            'title="In bài"><i class="icon-print"></i></a>'
            f'<span {V_DETAIL} class="fontsize_77 ml-auto"><a href="javascript:void(0)">A-</a>'
            ' <a href="javascript:void(0)">A+</a></span></div>'
        )

    # -- frame

    def frame(
        self,
        *,
        title: str,
        main: str,
        seed: str,
        route: str,
        data: dict[str, Any],
        crumbs: Sequence[tuple[str, str]] = (),
        head: str = "",
        error: dict[str, Any] | None = None,
    ) -> str:
        p = self.portal
        menu = "".join(
            f'<li {V_HEADER} class="nav_item_2b"><a {V_HEADER} href="'
            f'{esc(self.listing_base(s))}" class="nav_link_6d px-3 py-2">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = ""
        if crumbs:
            trail = "".join(
                f'<li {V_LAYOUT}><span class="sep">›</span><a {V_LAYOUT} href="{esc(href)}">'
                f"{esc(name)}</a></li>"
                for name, href in crumbs
            )
            crumb = (
                f'<nav {V_LAYOUT} class="crumbs_5e0d text-sm text-gray-500 my-3"><ol {V_LAYOUT} '
                f'class="flex gap-1"><li {V_LAYOUT}><a {V_LAYOUT} href="/">Trang chủ</a></li>'
                f"{trail}</ol></nav>"
            )
        most = "".join(
            f'<li {V_SIDEBAR} class="rank_item_0c flex gap-2 py-2"><span {V_SIDEBAR} '
            f'class="rank_no_93 text-2xl font-bold text-red-700">{n}</span><a {V_SIDEBAR} '
            f'href="{esc(self.article_path(it))}/">{esc(it.title)}</a></li>'
            for n, it in enumerate(self.most_read(), 1)
        )
        latest = "".join(
            f'<li {V_SIDEBAR} class="py-2 border-b"><a {V_SIDEBAR} href="'
            f'{esc(self.article_path(it))}">{esc(it.title)}</a><span {V_SIDEBAR} '
            f'class="block text-xs text-gray-400">{self.when(it)}</span></li>'
            for it in self.latest(5)
        )
        place = PLACES[stable_int(seed + "place", 0, len(PLACES) - 1)]
        options = "".join(
            f"<option{' selected' if name == place else ''}>{esc(name)}</option>" for name in PLACES
        )
        sky = WEATHER[stable_int(seed + "sky", 0, len(WEATHER) - 1)]
        low = stable_int(seed + "low", 9, 19)
        high = low + stable_int(seed + "high", 3, 9)
        t = tthc_stats(seed)
        v = visitor_stats(seed)
        state = {
            "layout": "default",
            "data": [data],
            "fetch": {},
            "error": error,
            "state": {
                "menu": [
                    {"id": s.id, "name": s.name, "slug": s.slug} for s in self.sections.values()
                ],
                "docNhieu": self.meta_list(self.most_read()),
                "tinMoi": self.meta_list(self.latest(5)),
            },
            "serverRendered": True,
            "routePath": route,
            "config": {"_app": {"basePath": "/", "assetsPath": "/_nuxt/", "cdnURL": None}},
        }
        return f"""<!doctype html>
<html lang="vi" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22vi%22%7D%7D">
<head>
<title>{esc(title)}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr"
name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr"
data-hid="og:site_name" property="og:site_name" content="{esc(p.name)}">{head}
<link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico">
<link rel="preload" href="/_nuxt/runtime.{BUILD}.js" as="script">
<link rel="preload" href="/_nuxt/app.{BUILD}.js" as="script">
<link rel="stylesheet" href="/_nuxt/css/app.{BUILD}.css">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__nuxt-loading" aria-live="polite"
style="display:none;"></div><div id="__layout"><div {V_LAYOUT} class="app_3a1f min-h-screen
bg-gray-50">
<header {V_HEADER} class="hdr_7c21 bg-white shadow-sm">
<div {V_HEADER} class="topbar_e3 bg-red-800 text-white text-xs"><div {V_HEADER}
class="container mx-auto flex justify-between py-1"><span {V_HEADER}>{esc(weekday(self.now))},
{dmy(self.now)}</span><span {V_HEADER}><a {V_HEADER} href="javascript:void(0)"
class="text-white">Đường dây nóng: {esc(p.phone)}</a></span></div></div>
<div {V_HEADER} class="container mx-auto flex items-center gap-4 py-3"><a {V_HEADER}
href="/?utm_source=logo" class="logo_19c4 flex items-center gap-2 nuxt-link-active"><img
{V_HEADER} src="/_nuxt/img/logo.{BUILD}.png" alt="Logo" width="64" height="64"><span {V_HEADER}
class="logo_text_b7 uppercase font-bold text-red-800 leading-tight">{esc(p.name)}</span></a>
<form {V_HEADER} action="/tim-kiem" method="get" class="search_f2 ml-auto"><input {V_HEADER}
type="search" name="q" placeholder="Tìm kiếm tin tức..."><button {V_HEADER}
type="submit">Tìm</button></form><a {V_HEADER} href="javascript:void(0)"
class="burger_4e lg:hidden" aria-label="Menu">☰</a></div>
<nav {V_HEADER} class="nav_0a8e bg-red-700 text-white"><ul {V_HEADER} class="container mx-auto
flex flex-wrap"><li {V_HEADER} class="nav_item_2b"><a {V_HEADER} href="/" class="nav_link_6d
px-3 py-2">Trang chủ</a></li><li {V_HEADER} class="nav_item_2b"><a {V_HEADER}
href="{NEWS_PATH}" class="nav_link_6d px-3 py-2">Tin mới</a></li>{menu}<li {V_HEADER}
class="nav_item_2b"><a {V_HEADER} href="/lien-he" class="nav_link_6d px-3 py-2">Liên
hệ</a></li></ul></nav>
</header>
<div {V_LAYOUT} class="container mx-auto">{crumb}
<div {V_LAYOUT} class="grid grid-cols-1 lg:grid-cols-12 gap-6">
<main {V_LAYOUT} class="lg:col-span-8">{main}</main>
<aside {V_SIDEBAR} class="sidebar_8b12 lg:col-span-4 space-y-6">
<section {V_SIDEBAR} class="box_6f30 bg-white p-4"><h2 {V_SIDEBAR} class="box_title_c1
uppercase font-bold border-b-2 border-red-700">Đọc nhiều</h2><ol {V_SIDEBAR}>{most}</ol></section>
<section {V_SIDEBAR} class="box_6f30 bg-white p-4"><h2 {V_SIDEBAR} class="box_title_c1
uppercase font-bold border-b-2 border-red-700">Tin mới</h2><ul {V_SIDEBAR}>{latest}</ul></section>
<section {V_SIDEBAR} class="box_6f30 weather_8d2f bg-white p-4"><h2 {V_SIDEBAR}
class="box_title_c1 uppercase font-bold">Thời tiết</h2><select {V_SIDEBAR}
class="weather_select_3a">{options}</select><div {V_SIDEBAR} class="weather_now_51 flex
items-center gap-3"><img {V_SIDEBAR} src="/_nuxt/img/weather.{BUILD}.png" alt=""><span
{V_SIDEBAR} class="text-3xl">{low}°C - {high}°C</span></div><p {V_SIDEBAR}
class="text-sm">{esc(sky)}. Độ ẩm {stable_int(seed + "humid", 61, 97)}%.</p></section>
<section {V_SIDEBAR} class="box_6f30 tthc_2d94 bg-white p-4"><h2 {V_SIDEBAR}
class="box_title_c1 uppercase font-bold">Kết quả giải quyết TTHC</h2><p {V_SIDEBAR}
class="text-sm">Tháng {t["month"]}: tiếp nhận {thousands(t["total"])} hồ sơ, giải quyết đúng
hạn {thousands(t["ontime"])} hồ sơ ({t["percent"]}%), trễ hạn {thousands(t["late"])} hồ
sơ.</p><a {V_SIDEBAR} href="https://dichvucong.gov.vn" target="_blank" rel="noopener"
class="text-sm text-blue-700">Cổng Dịch vụ công quốc gia</a></section>
<section {V_SIDEBAR} class="box_6f30 banners_a7 space-y-2"><a {V_SIDEBAR}
href="https://chinhphu.vn" target="_blank" rel="noopener"><img {V_SIDEBAR}
src="/_nuxt/img/banner-chinhphu.{BUILD}.png" alt="Cổng Thông tin điện tử Chính phủ"></a><a
{V_SIDEBAR} href="https://dichvucong.gov.vn" target="_blank" rel="noopener"><img {V_SIDEBAR}
src="/_nuxt/img/banner-dvc.{BUILD}.png" alt="Cổng Dịch vụ công quốc gia"></a></section>
<section {V_SIDEBAR} class="box_6f30 counter_e90c bg-white p-4 text-sm"><h2 {V_SIDEBAR}
class="box_title_c1 uppercase font-bold">Lượt truy cập</h2><ul {V_SIDEBAR}><li {V_SIDEBAR}>Đang
truy cập: <b>{thousands(v["online"])}</b></li><li {V_SIDEBAR}>Hôm nay:
<b>{thousands(v["today"])}</b></li><li {V_SIDEBAR}>Tháng này: <b>{thousands(v["month"])}</b></li><li
{V_SIDEBAR}>Tổng lượt truy cập: <b>{thousands(v["total"])}</b></li></ul></section>
</aside></div></div>
<footer {V_FOOTER} class="ftr_4b2a bg-red-900 text-white text-sm mt-8"><div {V_FOOTER}
class="container mx-auto py-6 grid lg:grid-cols-2 gap-4"><div {V_FOOTER}><p {V_FOOTER}
class="uppercase font-bold">{esc(p.name)}</p><p {V_FOOTER}>Cơ quan chủ quản:
{esc(p.agency)}</p><p {V_FOOTER}>Chịu trách nhiệm nội dung: {esc(p.editor)}</p><p
{V_FOOTER}>{esc(p.licence)}</p></div><div {V_FOOTER}><p {V_FOOTER}>Địa chỉ: {esc(p.address)}</p><p
{V_FOOTER}>Điện thoại: {esc(p.phone)} - Email: <a {V_FOOTER}
href="mailto:tttt@{esc(p.domain)}">tttt@{esc(p.domain)}</a></p><p {V_FOOTER}>{esc(reuse_notice(p))}</p></div></div>
<a {V_FOOTER} href="javascript:void(0)" class="totop_6c fixed bottom-4 right-4"
aria-label="Lên đầu trang">▲</a></footer>
</div></div></div>{state_script(state)}
<script src="/_nuxt/runtime.{BUILD}.js" defer></script><script src="/_nuxt/app.{BUILD}.js"
defer></script>
</body>
</html>
"""

    # -- pages

    def home_html(self, request: Request) -> str:
        healthy = [it for it in self.items if it.kind == "article"]
        lead, tops = healthy[:1], healthy[1:5]
        parts = []
        for it in lead:
            href = f"{self.article_path(it)}?{HOME_TRACKING}"
            parts.append(
                f'<article {V_CARD} class="hero_0d4c bg-white p-4"><a {V_CARD} href="{esc(href)}">'
                f'<img {V_CARD} src="{esc(image_path(it, 0, self.image_folder))}?w=800" alt="">'
                f'</a><h2 {V_CARD} class="hero_title_e8 text-2xl font-bold"><a {V_CARD} '
                f'href="{esc(href)}">{esc(it.title)}</a></h2><p {V_CARD} class="text-gray-600">'
                f'{esc(it.sapo())}</p><span {V_CARD} class="text-xs text-gray-400">'
                f"{self.when(it)}</span></article>"
            )
        tops_html = "".join(
            self.card(it, f"{self.article_path(it)}?{HOME_TRACKING}") for it in tops
        )
        newest = healthy[5:15]
        rows = "".join(self.card(it, self.alias_path(it), wide=True) for it in newest)
        more = ""
        if newest and len(self.items) > 15:
            more = (
                f'<a {V_CARD} href="{esc(NEWS_PATH)}?truoc={self.cursor(newest[-1])}" '
                'class="more_4c1e block text-center border py-2 mt-3">Xem thêm tin</a>'
            )
        blocks = []
        for section in self.sections.values():
            listed = self.listed(section)[:4]
            if not listed:
                continue
            cards = "".join(self.card(it, self.article_path(it)) for it in listed)
            blocks.append(
                f'<section {V_CARD} class="cate_block_91 bg-white p-4 mt-6"><h2 {V_CARD} '
                f'class="cate_head_3f flex justify-between border-b-2 border-red-700"><a {V_CARD} '
                f'href="{esc(self.listing_base(section))}" class="uppercase font-bold">'
                f'{esc(section.name)}</a><a {V_CARD} href="{esc(self.listing_base(section))}" '
                f'class="text-sm">Xem tất cả »</a></h2><div {V_CARD} class="grid '
                f'md:grid-cols-2 gap-3">{cards}</div></section>'
            )
        main = (
            f'<div {V_CARD} class="home_top_5b grid md:grid-cols-3 gap-4">{"".join(parts)}'
            f'<div {V_CARD} class="tops_2c">{tops_html}</div></div>'
            f'<section {V_CARD} class="newest_c2 bg-white p-4 mt-6"><h2 {V_CARD} '
            'class="cate_head_3f uppercase font-bold border-b-2 border-red-700">Tin mới nhất'
            f"</h2>{rows}{more}</section>{''.join(blocks)}"
        )
        data = {"lead": self.meta_list(lead + tops), "newest": self.meta_list(newest)}
        head = (
            f'<meta data-n-head="ssr" data-hid="description" name="description" content="Tin tức, '
            f'sự kiện của tỉnh {esc(self.portal.province)}">'
        )
        return self.frame(
            title=self.portal.name, main=main, seed=request.seed, route="/", data=data, head=head
        )

    def listing_html(
        self, section: Section | None, shown: list[Item], more: str | None, request: Request
    ) -> str:
        name = "Tin mới" if self.is_news(section) else section.name
        base = self.listing_base(section)
        rows = "".join(self.card(it, self.article_path(it), wide=True) for it in shown)
        if more:
            tail = (
                f'<a {V_CARD} href="{esc(base)}?truoc={more}" class="more_4c1e block '
                'text-center border py-2 mt-3">Xem thêm tin</a>'
            )
        else:
            tail = f'<p {V_CARD} class="end_7e text-center text-gray-400 mt-3">Đã hết tin</p>'
        main = (
            f'<section {V_CARD} class="cate_page_b8 bg-white p-4"><h1 {V_CARD} '
            f'class="cate_head_3f uppercase font-bold border-b-2 border-red-700">{esc(name)}</h1>'
            f"{rows}{tail}</section>"
        )
        data = {
            "categoryId": (section or self.news).id,
            "items": self.meta_list(shown),
            "nextCursor": more,
        }
        route = base + (f"?truoc={request.params['truoc']}" if "truoc" in request.params else "")
        return self.frame(
            title=f"{name} - {self.portal.name}",
            main=main,
            seed=request.seed,
            route=route,
            data=data,
            crumbs=[(name, base)],
        )

    def article_html(self, item: Item, request: Request) -> str:
        blocks = body_blocks(item, request.revision)
        first = next((i for i, (kind, _) in enumerate(blocks) if kind == "p"), None)
        sapo = blocks[first][1] if first is not None else ""
        rest = [b for i, b in enumerate(blocks) if i != first]
        content = []
        for kind, value in rest:
            if kind == "p":
                content.append(f"<p>{esc(value)}</p>")
            else:
                index, caption = value
                src = esc(image_path(item, index, self.image_folder))
                content.append(
                    f'<figure class="image_3b9d"><img src="{src}?w=800" alt="{esc(caption)}" '
                    f'loading="lazy"><figcaption class="caption_60a2 text-sm italic">'
                    f"{esc(caption)}</figcaption></figure>"
                )
        credit = byline(item)
        credit_html = (
            f'<div {V_DETAIL} class="byline_42af text-right font-semibold my-3">{esc(credit)}</div>'
            if credit
            else ""
        )
        source_html = (
            f'<div {V_DETAIL} class="source_7f1d text-right italic">Nguồn: {esc(item.source)}</div>'
            if item.source
            else ""
        )
        updated = item.shown_modified(request.revision)
        updated_html = (
            f'<span {V_DETAIL} class="updated_0e">Cập nhật: {dmy(updated)} - {updated:%H:%M}</span>'
            if updated
            else ""
        )
        section = item.section
        related = self.others(item, 6)
        related_html = "".join(
            f'<li {V_DETAIL} class="related_item_7a flex justify-between gap-3 py-2 border-b">'
            f'<a {V_DETAIL} href="{esc(self.article_path(it))}">{esc(it.title)}</a><span '
            f'{V_DETAIL} class="shrink-0 text-xs text-gray-400">{self.when(it)}</span></li>'
            for it in related
        )
        main = (
            f'<article {V_DETAIL} class="detail_b41e bg-white p-5"><a {V_DETAIL} '
            f'href="{esc(self.listing_base(section))}" class="detail_cat_2c text-red-700 '
            f'uppercase text-sm">{esc(section.name)}</a><h1 {V_DETAIL} class="title_91ab '
            f'text-3xl font-bold leading-tight my-2">{esc(item.title)}</h1><div {V_DETAIL} '
            f'class="meta_e6d1 flex items-center gap-3 text-sm text-gray-500"><time {V_DETAIL} '
            f'datetime="{iso_vn(item.published)}">{absolute_date(item.published)}</time>'
            f"{updated_html}<span {V_DETAIL}>· {thousands(view_count(item.key))} lượt xem</span>"
            f'</div>{self.share(item, request)}<div {V_DETAIL} class="sapo_2e7d font-bold '
            f'my-4">{esc(sapo)}</div>{credit_html}<div {V_DETAIL} class="content_c83a prose '
            f'max-w-none">{"".join(content)}</div>{source_html}{self.share(item, request)}'
            f'</article><section {V_DETAIL} class="related_d5 bg-white p-5 mt-6"><h2 {V_DETAIL} '
            'class="cate_head_3f uppercase font-bold border-b-2 border-red-700">Tin cùng '
            f"chuyên mục</h2><ul {V_DETAIL}>{related_html}</ul></section>"
        )
        canonical = esc(request.base_url + self.article_path(item))
        head = (
            f'<meta data-n-head="ssr" data-hid="description" name="description" '
            f'content="{esc(item.sapo(request.revision))}"><meta data-n-head="ssr" '
            f'data-hid="og:title" property="og:title" content="{esc(item.title)}"><meta '
            'data-n-head="ssr" data-hid="og:type" property="og:type" content="article"><meta '
            f'data-n-head="ssr" data-hid="og:url" property="og:url" content="{canonical}"><meta '
            'data-n-head="ssr" data-hid="og:image" property="og:image" content="'
            f'{esc(request.base_url + image_path(item, 0, self.image_folder))}"><link '
            f'data-n-head="ssr" rel="canonical" href="{canonical}">'
        )
        data = {
            "articleId": article_id(item.key),
            "categoryId": section.id,
            "related": self.meta_list(related),
        }
        return self.frame(
            title=f"{item.title} - {self.portal.short_name} {self.portal.province}",
            main=main,
            seed=request.seed,
            route=request.path,
            data=data,
            crumbs=[(section.name, self.listing_base(section))],
            head=head,
        )

    def contact_html(self, request: Request) -> str:
        p = self.portal
        main = (
            f'<section {V_CARD} class="bg-white p-5"><h1 {V_CARD} class="text-2xl font-bold">'
            f"Liên hệ</h1><p {V_CARD}>{esc(p.name)}</p><p {V_CARD}>Địa chỉ: {esc(p.address)}</p>"
            f"<p {V_CARD}>Điện thoại: {esc(p.phone)}</p><p {V_CARD}>Thư điện tử: "
            f'<a {V_CARD} href="mailto:tttt@{esc(p.domain)}">tttt@{esc(p.domain)}</a></p>'
            "</section>"
        )
        return self.frame(
            title=f"Liên hệ - {p.name}",
            main=main,
            seed=request.seed,
            route="/lien-he",
            data={},
            crumbs=[("Liên hệ", "/lien-he")],
        )

    def error_html(self, status: int) -> str:
        message = (
            "Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ."
            if status == 404
            else "Hệ thống đang bận, xin vui lòng thử lại sau."
        )
        main = (
            f'<section {V_LAYOUT} class="error_9d3a bg-white p-10 text-center"><h1 {V_LAYOUT} '
            f'class="text-6xl font-bold text-red-700">{status}</h1><p {V_LAYOUT}>{message}</p>'
            f'<a {V_LAYOUT} href="/" class="nuxt-link-active">Về trang chủ</a></section>'
        )
        return self.frame(
            title=f"{status} - {self.portal.name}",
            main=main,
            seed=f"{self.portal.id}:error{status}",
            route="",
            data={},
            error={"statusCode": status, "message": message},
        )
