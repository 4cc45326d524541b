"""A provincial online newspaper ("Báo <tỉnh> điện tử") whose long reads are E-magazine stories.

Ordinary news is served in the newspaper template: kicker (the section), title, a date line
("Thứ hai, 05/01/2023 - 08:25") with a view counter and share buttons, the bold sapo (the lead
paragraph, in its own block above the body), the body, the author alone on the last line,
tags, "Tin liên quan", and a sidebar with "Đọc nhiều", "Tin mới", a poll and ad slots.

About one article in four is an E-magazine: a full-width template with no site sidebar, a hero
image with the title over it, the body split into several ``<section>`` blocks with wrapper divs
and inline styles, a drop cap on the first letter of the first paragraph
(``<span class="dropcap">N</span>gày ...``), large pull quotes (``<blockquote class="quote-big">``
repeating a sentence of the body), full-width photos with captions under them and a credits
block at the end ("Nội dung: ...", "Ảnh: ...", "Thiết kế: ...").

URL shapes:
- home ``/``;
- latest news ``/tin-moi/``, a section ``/<section-slug>/``, the E-magazine list ``/emagazine/``,
  a tag ``/tag/<tag-slug>.html``; page N of any of them ``...?page=N`` (one-based);
- article ``/<section-slug>/<title-slug>-post<id>.html``; an E-magazine
  ``/emagazine/<title-slug>-post<id>.html``;
- the AMP version of each ``/amp/<article path>`` (announced by ``<link rel="amphtml">``; its
  "Tin liên quan" links other AMP pages);
- RSS: ``/rss.html`` (the list of feeds, linked in the footer), ``/rss/home.rss`` and
  ``/rss/<section-slug>.rss`` (the 20 newest articles, links with ``utm_source=rss``).

Hazards: ``utm_*`` parameters on the home page's featured links, "Đọc nhiều" and RSS; the AMP alias
of every article; "Đọc thêm" link boxes inside bodies; drop caps (in every E-magazine and in some
ordinary articles); pull quotes repeating body text; ``javascript:`` links (print, copy link).
"""

from __future__ import annotations

import re
from datetime import datetime

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
    reuse_notice,
    slugify,
    stable_int,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)

PHOTOGRAPHERS = ("Trần Khôi", "Lê Thảo Vy", "Hoàng Phúc", "Bảo Ngân")
DESIGNERS = ("Quang Thắng", "Mỹ Duyên", "Khánh Linh")
TAG_POOL = (
    "dịch vụ công trực tuyến",
    "nền tảng số",
    "Đề án 06",
    "thanh toán không dùng tiền mặt",
    "dữ liệu số",
    "kỹ năng số",
    "Lộc Xuyên",
)
_LISTING = re.compile(r"^/([a-z0-9-]+)/$")
_TAG = re.compile(r"^/tag/([a-z0-9-]+)\.html$")
_FEED = re.compile(r"^/rss/([a-z0-9-]+)\.rss$")
EMAGAZINE_SLUG = "emagazine"
LATEST_SLUG = "tin-moi"


def date_line(moment: datetime) -> str:
    """The date line under an article title.

    >>> date_line(datetime(2023, 1, 5, 8, 25))
    'Thứ năm, 05/01/2023 - 08:25'
    """
    return f"{weekday(moment, lower=True)}, {dmy(moment)} - {moment:%H:%M}"


def listing_time(moment: datetime) -> str:
    """The time shown next to titles in listings and boxes.

    >>> listing_time(datetime(2022, 9, 22, 15, 15))
    '22/09/2022 15:15'
    """
    return f"{dmy(moment)} {moment:%H:%M}"


def drop_cap(text: str) -> str:
    """``text`` as HTML with its first letter in a drop-cap element, no space after it.

    >>> drop_cap("Chuyển đổi số")
    '<span class="dropcap">C</span>huyển đổi số'
    >>> drop_cap("12 xã")
    '12 xã'
    """
    if not text or not text[0].isalpha():
        return esc(text)
    return f'<span class="dropcap">{esc(text[0])}</span>{esc(text[1:])}'


def quotable_sentence(paragraph: str, minimum: int = 60) -> str | None:
    """The first sentence of ``paragraph`` long enough for a pull quote, or None.

    >>> quotable_sentence("Ngắn. Câu này đủ dài để làm trích dẫn lớn. Sau.", minimum=20)
    'Câu này đủ dài để làm trích dẫn lớn.'
    """
    for sentence in re.split(r"(?<=[.!?])\s+", paragraph):
        sentence = sentence.strip()
        if len(sentence) >= minimum:
            return sentence
    return None


def is_emagazine(item: Item) -> bool:
    """True for the articles published as E-magazine stories (about a quarter, all signed)."""
    return item.kind == "article" and bool(item.author) and stable_int(item.key + "emg", 0, 4) < 2


class EMagazineSite(CmsSite):
    family_headers = {"Server": "nginx/1.22.1", "X-Cache": "HIT", "X-Powered-By": "PHP/8.1.27"}
    number_base = 180_400
    number_stride = 13
    image_folder = "/uploads/images"

    # -- URLs

    def article_path(self, item: Item) -> str:
        folder = EMAGAZINE_SLUG if is_emagazine(item) else item.section.slug
        return f"/{folder}/{slugify(item.title, max_len=90)}-post{item.number}.html"

    def amp_path(self, item: Item) -> str:
        """The AMP version of an article."""
        return "/amp" + self.article_path(item)

    def article_aliases(self, item: Item) -> list[str]:
        return [self.amp_path(item)]

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        slug = LATEST_SLUG if self.is_news(section) else section.slug
        return self.paged(f"/{slug}/", page)

    @staticmethod
    def paged(path: str, page: int) -> str:
        return path if page == 1 else f"{path}?page={page}"

    def tracked(self, item: Item, medium: str) -> str:
        """An article link with the newspaper's tracking parameters."""
        return (
            f"{self.article_path(item)}?utm_source=baolocxuyen&utm_medium={medium}"
            "&utm_campaign=noibat"
        )

    def tags(self, item: Item) -> list[str]:
        first = TAG_POOL[stable_int(item.key + "tag1", 0, len(TAG_POOL) - 1)]
        second = TAG_POOL[stable_int(item.key + "tag2", 0, len(TAG_POOL) - 1)]
        return list(dict.fromkeys([item.section.name.lower(), first, second]))

    def tag_items(self, slug: str) -> tuple[str, list[Item]]:
        name = ""
        found = []
        for it in self.items:
            for tag in self.tags(it):
                if slugify(tag) == slug:
                    name = tag
                    found.append(it)
                    break
        return name, found

    def feed_path(self, section: Section | None = None) -> str:
        slug = "home" if self.is_news(section) else section.slug
        return f"/rss/{slug}.rss"

    def extra_paths(self) -> dict[str, str]:
        return {"feed": self.feed_path()}

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return self.html_response(self.home_html(request))
        if path.startswith("/amp/"):
            item = self.by_path.get(path[4:])
            if item is None or item.kind in ("missing", "error"):
                return None
            return self.html_response(self.amp_html(item, request))
        item = self.by_path.get(path)
        if item is not None:
            return self.article_response(item, request)
        if path == "/rss.html":
            return self.html_response(self.rss_index_html(request))
        feed = _FEED.match(path)
        if feed:
            return self.feed_response(feed.group(1), request)
        page = page_number(request.params.get("page"))
        tag = _TAG.match(path)
        if tag:
            name, items = self.tag_items(tag.group(1))
            if not items:
                return None
            return self.listing_response(f"Từ khóa: {name}", path, items, page, request, crumb=name)
        listing = _LISTING.match(path)
        if not listing:
            return None
        slug = listing.group(1)
        if slug == LATEST_SLUG:
            return self.listing_response(self.news.name, path, self.items, page, request)
        if slug == EMAGAZINE_SLUG:
            items = [it for it in self.items if is_emagazine(it)]
            return self.listing_response("E-Magazine", path, items, page, request)
        section = self.section_by_slug(slug)
        if section is None:
            return None
        return self.listing_response(section.name, path, self.listed(section), page, request)

    def listing_response(
        self,
        name: str,
        path: str,
        items: list[Item],
        page: int,
        request: Request,
        crumb: str | None = None,
    ) -> Response | None:
        shown, pages = self.page_of(items, page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(name, path, shown, page, pages, request, crumb))

    # -- shared pieces

    def head(self, title: str, request: Request, extra: str = "") -> str:
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)}</title>
<link rel="shortcut icon" href="/favicon.ico"/>
<link rel="stylesheet" href="/themes/baolx/css/main.min.css?v=3.8.2"/>
<link rel="alternate" type="application/rss+xml" title="Tin mới" href="/rss/home.rss"/>
{extra}<script>window.dataLayer=window.dataLayer||[];</script></head>"""

    def menu(self, current: str = "") -> str:
        items = [('<a href="/" class="home" title="Trang chủ"><i class="icon-home"></i></a>', "")]
        items += [
            (f'<a href="{esc(self.listing_path(s))}">{esc(s.name)}</a>', s.slug)
            for s in self.sections.values()
        ]
        items.append((f'<a href="/{EMAGAZINE_SLUG}/">E-Magazine</a>', EMAGAZINE_SLUG))
        items.append(
            (
                '<a href="https://www.youtube.com/@baolocxuyentv" target="_blank" rel="nofollow">'
                "Video</a>",
                "",
            )
        )
        return "".join(
            f'<li class="menu-item{" active" if slug and slug == current else ""}">{link}</li>'
            for link, slug in items
        )

    def header(self, current: str = "") -> str:
        p = self.portal
        return f"""<div class="topbar"><div class="container">
<span class="today" id="todayText"></span><script>document.getElementById('todayText')
.textContent=new Date().toLocaleDateString('vi-VN',{{weekday:'long',day:'2-digit',
month:'2-digit',year:'numeric'}});</script>
<a href="{esc(self.listing_path(None))}" class="topbar-link">Tin mới</a>
<a href="https://epaper.{esc(p.domain)}/" rel="nofollow" class="topbar-link">Báo in</a>
<a href="javascript:void(0)" class="topbar-link" onclick="toggleNight()">Giao diện tối</a>
</div></div>
<header class="site-header"><div class="container">
<a class="logo" href="/"><img src="/themes/baolx/images/logo.png" alt="{esc(p.name)}"/></a>
<div class="ads-slot ads-header" id="adsHeader"><a href="https://ocop.{esc(p.domain)}/"
rel="nofollow sponsored"><img src="/uploads/quangcao/banner-ocop-728x90.jpg" alt="Quảng cáo"/>
</a></div>
<form class="search-form" action="/tim-kiem" method="get"><input type="text" name="q"
placeholder="Tìm kiếm..."/><button type="submit">Tìm</button></form></div></header>
<nav class="main-nav"><div class="container"><ul class="menu">{self.menu(current)}</ul>
</div></nav>"""

    def footer(self, request: Request) -> str:
        p = self.portal
        v = visitor_stats(request.seed)
        sections = "".join(
            f'<a href="{esc(self.listing_path(s))}">{esc(s.name)}</a>'
            for s in self.sections.values()
        )
        return f"""<footer class="site-footer"><div class="container">
<div class="footer-menu">{sections}<a href="/{EMAGAZINE_SLUG}/">E-Magazine</a>
<a href="/rss.html" class="rss">RSS</a></div>
<div class="footer-info"><p class="footer-name"><strong>{esc(p.name.upper())}</strong></p>
<p>Cơ quan chủ quản: {esc(p.agency)}</p>
<p>Tổng Biên tập: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Tòa soạn: {esc(p.address)} - Điện thoại: {esc(p.phone)} - Email: toasoan@{esc(p.domain)}</p>
<p>{esc(reuse_notice(p))}</p></div>
<div class="footer-stats">Đang truy cập: {thousands(v["online"])} | Tổng lượt truy cập:
{thousands(v["total"])}</div>
<a href="#" class="back-to-top">Về đầu trang</a></div></footer>
<script src="/themes/baolx/js/app.min.js?v=3.8.2"></script></body></html>
"""

    def share_bar(self, item: Item, request: Request, where: str) -> str:
        url = request.base_url + self.article_path(item)
        return (
            f'<div class="share-bar share-{where}">'
            f'<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}"'
            ' target="_blank" rel="nofollow">Chia sẻ</a>'
            f'<a class="share-zalo" href="https://sp.zalo.me/share_inline?url={esc(url)}"'
            ' target="_blank" rel="nofollow">Zalo</a>'
            '<a class="share-copy" href="javascript:void(0)" onclick="copyLink()">Sao chép liên kết'
            '</a><a class="share-print" href="javascript:window.print()">In bài</a></div>'
        )

    def thumb(self, item: Item) -> str:
        return esc(image_path(item, 90, self.image_folder))

    def badge(self, item: Item) -> str:
        return '<span class="badge-emg">E-Magazine</span>' if is_emagazine(item) else ""

    def story_card(self, item: Item, href: str | None = None, sapo: bool = True) -> str:
        href = href or self.article_path(item)
        lead = f'<p class="story-sapo">{esc(item.sapo())}</p>' if sapo else ""
        return (
            f'<article class="story"><a class="story-thumb" href="{esc(href)}"><img src="'
            f'{self.thumb(item)}" alt="{esc(item.title)}"/></a><div class="story-body">'
            f'{self.badge(item)}<h3 class="story-title"><a href="{esc(href)}">{esc(item.title)}'
            f'</a></h3><span class="story-time">{listing_time(item.published)}</span>{lead}'
            "</div></article>"
        )

    def most_read(self, exclude: Item | None = None) -> list[Item]:
        pool = [it for it in self.items if it is not exclude and it.kind == "article"][:30]
        return sorted(pool, key=lambda it: -view_count(it.key))[:5]

    def sidebar(self, request: Request, exclude: Item | None = None) -> str:
        most = "".join(
            f'<li><span class="rank">{n}</span><a href="{esc(self.tracked(it, "docnhieu"))}">'
            f"{esc(it.title)}</a></li>"
            for n, it in enumerate(self.most_read(exclude), 1)
        )
        latest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a>'
            f'<span class="time">{listing_time(it.published)}</span></li>'
            for it in self.latest(6, exclude)
        )
        question, options = poll(request.seed)
        choices = "".join(
            f'<li><label><input type="radio" name="poll" value="{i}"/> {esc(o)}</label></li>'
            for i, o in enumerate(options)
        )
        t = tthc_stats(request.seed)
        return f"""<aside class="col-sidebar">
<div class="box box-mostread"><h3 class="box-title">Đọc nhiều</h3><ol>{most}</ol></div>
<div class="ads-slot ads-sidebar" id="adsRight1"><a href="https://dulich.{esc(self.portal.domain)}/"
rel="nofollow sponsored"><img src="/uploads/quangcao/dulich-300x250.jpg" alt="Quảng cáo"/></a></div>
<div class="box box-latest"><h3 class="box-title">Tin mới</h3><ul>{latest}</ul></div>
<div class="box box-tthc"><h3 class="box-title">Kết quả giải quyết TTHC tỉnh</h3>
<p>Tháng {t["month"]}: tiếp nhận {thousands(t["total"])} hồ sơ, đúng hạn {t["percent"]}%.</p>
<a href="https://dichvucong.gov.vn/" rel="nofollow" target="_blank">Cổng Dịch vụ công quốc gia</a></div>
<div class="box box-poll"><h3 class="box-title">Thăm dò ý kiến</h3><p>{esc(question)}</p>
<ul>{choices}</ul><button type="button" onclick="vote()">Biểu quyết</button></div>
<div class="ads-slot ads-sidebar" id="adsRight2"><ins class="adsbygoogle" data-ad-slot="7391"></ins>
</div></aside>"""

    def pager(self, path: str, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        parts = []
        if page > 1:
            parts.append(
                f'<li class="page-item"><a class="page-link" href="{esc(self.paged(path, page - 1))}"'
                ' aria-label="Trang trước">&lsaquo;</a></li>'
            )
        parts += pager_numbers(
            page,
            pages,
            lambda n: (
                f'<li class="page-item"><a class="page-link" href="'
                f'{esc(self.paged(path, n))}">{n}</a></li>'
            ),
            current='<li class="page-item active"><span class="page-link">{n}</span></li>',
            gap='<li class="page-item disabled"><span class="page-link">…</span></li>',
        )
        if page < pages:
            parts.append(
                f'<li class="page-item"><a class="page-link" href="{esc(self.paged(path, page + 1))}"'
                ' aria-label="Trang sau">&rsaquo;</a></li>'
            )
        return f'<nav class="pagination-wrap"><ul class="pagination">{"".join(parts)}</ul></nav>'

    # -- feeds

    def feed_response(self, slug: str, request: Request) -> Response | None:
        if slug == "home":
            name, items = self.portal.name, self.items
        else:
            section = self.section_by_slug(slug)
            if section is None:
                return None
            name, items = f"{section.name} - {self.portal.name}", self.listed(section)
        entries = "".join(
            f"<item><title>{esc(it.title)}</title>"
            f"<link>{esc(request.base_url + it_path)}</link>"
            f'<guid isPermaLink="false">post{it.number}</guid>'
            f"<description>{esc(it.sapo())}</description>"
            f"<pubDate>{http_date(it.published)}</pubDate></item>"
            for it in items[:20]
            for it_path in [self.article_path(it) + "?utm_source=rss&utm_medium=feed"]
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{esc(name)}</title><link>{esc(request.base_url)}/</link>"
            f"<description>{esc(name)}</description><language>vi</language>{entries}"
            "</channel></rss>"
        )
        return self.text_response(xml, "application/rss+xml")

    def rss_index_html(self, request: Request) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.feed_path(s))}">{esc(s.name)}</a></li>'
            for s in [self.news, *self.sections.values()]
        )
        main = (
            '<div class="col-main"><h1 class="cat-title">RSS</h1><p>Bạn đọc có thể theo dõi tin '
            f'mới của Báo qua các kênh RSS dưới đây.</p><ul class="rss-list">{rows}</ul></div>'
        )
        return (
            self.head(f"RSS | {self.portal.name}", request)
            + '<body class="rss">'
            + self.header()
            + f'<main class="container"><div class="row">{main}'
            + self.sidebar(request)
            + "</div></main>"
            + self.footer(request)
        )

    # -- pages

    def home_html(self, request: Request) -> str:
        featured = self.latest(4)
        top = ""
        if featured:
            lead, *rest = featured
            top = (
                '<div class="home-featured"><div class="featured-main">'
                + self.story_card(lead, self.tracked(lead, "tieudiem"))
                + '</div><div class="featured-sub">'
                + "".join(self.story_card(it, self.tracked(it, "tieudiem"), False) for it in rest)
                + "</div></div>"
            )
        emagazines = [it for it in self.items if is_emagazine(it)][:4]
        strip = ""
        if emagazines:
            strip = (
                f'<div class="home-emagazine"><h2 class="cat-head"><a href="/{EMAGAZINE_SLUG}/">'
                'E-Magazine</a></h2><div class="emg-strip">'
                + "".join(self.story_card(it, sapo=False) for it in emagazines)
                + "</div></div>"
            )
        blocks = []
        for section in self.sections.values():
            items = self.listed(section)[:4]
            if not items:
                continue
            blocks.append(
                f'<div class="home-cat"><h2 class="cat-head"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>'
                + "".join(self.story_card(it, sapo=i == 0) for i, it in enumerate(items))
                + "</div>"
            )
        main = (
            f'<div class="col-main">{top}{"".join(blocks)}'
            f'<div class="home-more"><a href="{esc(self.listing_path(None))}">Xem thêm tin mới</a>'
            "</div></div>"
        )
        return (
            self.head(self.portal.name, request)
            + '<body class="home">'
            + self.header()
            + f'<main class="container">{strip}<div class="row">{main}'
            + self.sidebar(request)
            + "</div></main>"
            + self.footer(request)
        )

    def listing_html(
        self,
        name: str,
        path: str,
        items: list[Item],
        page: int,
        pages: int,
        request: Request,
        crumb: str | None = None,
    ) -> str:
        title = name if page == 1 else f"{name} - Trang {page}"
        cards = "".join(self.story_card(it) for it in items)
        current = path.strip("/")
        main = (
            f'<div class="col-main"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>'
            f'<li>{esc(crumb or name)}</li></ol><h1 class="cat-title">{esc(name)}</h1>'
            f'<div class="story-list">{cards}</div>{self.pager(path, page, pages)}</div>'
        )
        return (
            self.head(f"{title} | {self.portal.name}", request)
            + '<body class="category">'
            + self.header(current)
            + f'<main class="container"><div class="row">{main}'
            + self.sidebar(request)
            + "</div></main>"
            + self.footer(request)
        )

    def read_more_box(self, item: Item) -> str:
        """The "Đọc thêm" box an editor drops into a body (a list or a single inline line)."""
        picks = self.others(item, 2)
        if not picks:
            return ""
        if item.number % 2:
            links = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
                for it in picks
            )
            return (
                '<div class="box-readmore"><p class="readmore-title">Đọc thêm</p>'
                f"<ul>{links}</ul></div>"
            )
        it = picks[0]
        return (
            f'<p class="readmore-inline"><strong>Đọc thêm:</strong> <a href="'
            f'{esc(self.article_path(it))}">{esc(it.title)}</a></p>'
        )

    def related(self, item: Item, href=None) -> str:
        href = href or self.article_path
        rows = "".join(
            f'<li><a href="{esc(href(it))}">{esc(it.title)}</a>'
            f'<span class="time">{listing_time(it.published)}</span></li>'
            for it in self.others(item, 5)
        )
        return f'<div class="box-related"><h3 class="box-title">Tin liên quan</h3><ul>{rows}</ul></div>'

    def tag_links(self, item: Item) -> str:
        links = "".join(
            f'<a href="/tag/{slugify(tag)}.html">{esc(tag)}</a>' for tag in self.tags(item)
        )
        return f'<div class="detail-tags"><span class="tags-label">Từ khóa:</span>{links}</div>'

    def signature(self, item: Item) -> str:
        lines = []
        if item.author:
            lines.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            lines.append(f'<p style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>')
        return "".join(lines)

    def article_head(self, item: Item, request: Request, description: str) -> str:
        canonical = request.base_url + self.article_path(item)
        extra = (
            f'<meta name="description" content="{esc(description)}"/>\n'
            f'<link rel="canonical" href="{esc(canonical)}"/>\n'
            f'<link rel="amphtml" href="{esc(request.base_url + self.amp_path(item))}"/>\n'
            f'<meta property="og:title" content="{esc(item.title)}"/>\n'
            f'<meta property="og:url" content="{esc(canonical)}"/>\n'
            f'<meta property="og:image" content="{esc(request.base_url + self.thumb(item))}"/>\n'
        )
        if not is_emagazine(item):
            extra += (
                '<meta property="og:type" content="article"/>\n'
                f'<meta name="keywords" content="{esc(", ".join(self.tags(item)))}"/>\n'
                f'<meta property="article:section" content="{esc(item.section.name)}"/>\n'
                '<meta property="article:published_time" content="'
                f'{item.published.strftime("%Y-%m-%dT%H:%M:%S")}+07:00"/>\n'
            )
        return self.head(f"{item.title} | {self.portal.name}", request, extra)

    def article_html(self, item: Item, request: Request) -> str:
        if is_emagazine(item):
            return self.emagazine_html(item, request)
        paragraphs = item.body(request.revision)
        sapo = paragraphs[0] if paragraphs else ""
        with_drop_cap = stable_int(item.key + "dropcap", 0, 2) == 0
        parts = []
        body_index = -1  # the lead paragraph is the sapo, shown above the body
        for kind, value in body_blocks(item, request.revision):
            if kind == "p" and body_index < 0:
                body_index = 0
            elif kind == "p":
                text = drop_cap(value) if with_drop_cap and body_index == 0 else esc(value)
                parts.append(f'<p style="text-align: justify;">{text}</p>')
                body_index += 1
                if body_index == 2:
                    parts.append(self.read_more_box(item))
            else:
                index, caption = value
                parts.append(
                    f'<figure class="image align-center"><img src="'
                    f'{esc(image_path(item, index, self.image_folder))}" alt="{esc(caption)}"/>'
                    f"<figcaption>{esc(caption)}</figcaption></figure>"
                )
        parts.append(self.signature(item))
        section = item.section
        views = thousands(view_count(item.key))
        main = f"""<div class="col-main"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>
<li><a href="{esc(self.listing_path(section))}">{esc(section.name)}</a></li></ol>
<article class="detail">
<a class="detail-kicker" href="{esc(self.listing_path(section))}">{esc(section.name)}</a>
<h1 class="detail-title">{esc(item.title)}</h1>
<div class="detail-meta"><span class="detail-time">{date_line(item.published)}</span>
<span class="detail-views"><i class="icon-eye"></i> {views}</span>
{self.share_bar(item, request, "top")}</div>
<div class="detail-sapo"><strong>{esc(sapo)}</strong></div>
<div class="ads-slot ads-inread" id="adsInRead"><ins class="adsbygoogle" data-ad-slot="5521"></ins>
</div>
<div class="detail-content" id="content-detail">{"".join(parts)}</div>
{self.tag_links(item)}
{self.share_bar(item, request, "bottom")}
{self.related(item)}
</article></div>"""
        return (
            self.article_head(item, request, item.sapo(request.revision))
            + '<body class="detail-page">'
            + self.header(section.slug)
            + f'<main class="container"><div class="row">{main}'
            + self.sidebar(request, exclude=item)
            + "</div></main>"
            + self.footer(request)
        )

    def credits(self, item: Item) -> list[tuple[str, str]]:
        """The E-magazine credits: (role, name) in order."""
        photo = PHOTOGRAPHERS[stable_int(item.key + "photo", 0, len(PHOTOGRAPHERS) - 1)]
        design = DESIGNERS[stable_int(item.key + "design", 0, len(DESIGNERS) - 1)]
        lines = [("Nội dung", item.author or ""), ("Ảnh", photo), ("Thiết kế", design)]
        if item.source:
            lines.append(("Nguồn", item.source))
        return lines

    def emagazine_sections(self, item: Item, revision: int) -> list[str]:
        """The story as ``<section>`` blocks: text sections of up to three paragraphs (each
        with its wrappers and inline styles), full-width photos, and pull quotes."""
        blocks = body_blocks(item, revision)
        paragraphs = item.body(revision)
        quote_at = len(paragraphs) // 2
        quote = quotable_sentence(paragraphs[quote_at]) if len(paragraphs) > 2 else None
        sections: list[str] = []
        text: list[str] = []
        number = 0
        seen = 0

        def close_text() -> None:
            nonlocal number
            if not text:
                return
            number += 1
            align = "left" if number % 2 else "right"
            sections.append(
                f'<section class="emg-section emg-text-section" data-index="{number}">'
                f'<div class="emg-row" style="background:#fbf8f1;padding:48px 0;">'
                f'<div class="emg-col" style="max-width:760px;margin:0 auto;padding:0 16px;">'
                f'<div class="emg-num" style="float:{align};font-size:64px;color:#c8a24a;">'
                f"{number:02d}</div>"
                f'<div class="emg-text" style="font-family:Merriweather,serif;font-size:19px;'
                f'line-height:1.8;">{"".join(text)}</div></div></div></section>'
            )
            text.clear()

        for kind, value in blocks:
            if kind == "p":
                inner = drop_cap(value) if seen == 0 else esc(value)
                text.append(f'<p style="text-align: justify;">{inner}</p>')
                if seen == quote_at and quote:
                    blockquote = (
                        '<blockquote class="quote-big" style="border:0;margin:40px -80px;'
                        'font-size:30px;text-align:center;color:#8a6d1f;">'
                        f'<span class="quote-mark">\u201c</span><p>{esc(quote)}</p></blockquote>'
                    )
                    if item.number % 2:  # inside the text column
                        text.append(blockquote)
                    else:  # a band of its own between two text sections
                        close_text()
                        sections.append(
                            '<section class="emg-section emg-quote" style="background:#1f2a36;'
                            f'padding:64px 0;"><div class="emg-col">{blockquote}</div></section>'
                        )
                seen += 1
                if len(text) >= 4 and seen < len(paragraphs):
                    close_text()
                    if number == 1:
                        sections.append(
                            '<section class="emg-section emg-fullwidth"><div class="emg-photo" '
                            'style="width:100%;"><img src="'
                            f'{esc(image_path(item, 70, self.image_folder))}" alt="" '
                            'style="width:100%;"/></div></section>'
                        )
            else:
                close_text()
                index, caption = value
                sections.append(
                    '<section class="emg-section emg-fullwidth"><figure class="emg-figure" '
                    'style="width:100%;margin:0;"><img src="'
                    f'{esc(image_path(item, index, self.image_folder))}" alt="" '
                    'style="width:100%;"/><figcaption class="emg-caption" style="text-align:center;'
                    f'font-style:italic;padding:8px 16px;">{esc(caption)}</figcaption></figure>'
                    "</section>"
                )
        close_text()
        return sections

    def emagazine_html(self, item: Item, request: Request) -> str:
        credits = "".join(
            f'<p class="emg-credit"><span class="role">{esc(role)}:</span> '
            f"<strong>{esc(name)}</strong></p>"
            for role, name in self.credits(item)
        )
        hero = esc(image_path(item, 60, self.image_folder))
        others = [it for it in self.items if is_emagazine(it) and it is not item][:3]
        more = "".join(self.story_card(it, sapo=False) for it in others)
        most = "".join(
            f'<li><a href="{esc(self.tracked(it, "docnhieu"))}">{esc(it.title)}</a></li>'
            for it in self.most_read(item)
        )
        body = "".join(self.emagazine_sections(item, request.revision))
        return f"""{self.article_head(item, request, item.sapo(request.revision))}
<body class="emagazine-page">
<header class="emg-header"><a class="emg-logo" href="/"><img src="/themes/baolx/images/logo-white.png"
alt="{esc(self.portal.name)}"/></a><span class="emg-brand">E-Magazine</span>
<a class="emg-menu-toggle" href="javascript:void(0)" onclick="toggleMenu()">Chuyên mục</a>
<ul class="emg-menu" style="display:none">{self.menu(EMAGAZINE_SLUG)}</ul></header>
<div class="emg-wrapper">
<div class="emg-hero" style="background-image:url('{hero}');background-size:cover;min-height:100vh;">
<div class="emg-hero-overlay" style="position:absolute;bottom:12%;left:0;right:0;">
<a class="emg-kicker" href="{esc(self.listing_path(item.section))}">{esc(item.section.name)}</a>
<h1 class="emg-title" style="color:#fff;font-size:56px;text-align:center;">{esc(item.title)}</h1>
<div class="emg-time" style="color:#eee;text-align:center;">{date_line(item.published)}</div>
</div><a class="emg-scroll" href="#emg-start">&#8595;</a></div>
<div class="emg-content" id="emg-start">{body}
<section class="emg-section emg-credits"><div class="emg-col" style="max-width:760px;margin:0 auto;
text-align:right;">{credits}</div></section></div>
<div class="emg-footer-tools" style="max-width:760px;margin:0 auto;">
{self.tag_links(item)}{self.share_bar(item, request, "bottom")}{self.related(item)}
<div class="box-emg-more"><h3 class="box-title">E-Magazine khác</h3>{more}</div>
<div class="box-mostread box-horizontal"><h3 class="box-title">Đọc nhiều</h3><ul>{most}</ul></div>
</div>
</div>
{self.footer(request)}"""

    def amp_html(self, item: Item, request: Request) -> str:
        paragraphs = item.body(request.revision)
        sapo = paragraphs[0] if paragraphs and not is_emagazine(item) else ""
        parts = []
        skip_lead = bool(sapo)
        for kind, value in body_blocks(item, request.revision):
            if kind == "p" and skip_lead:
                skip_lead = False
            elif kind == "p":
                parts.append(f"<p>{esc(value)}</p>")
            else:
                index, caption = value
                parts.append(
                    f'<figure><amp-img src="{esc(image_path(item, index, self.image_folder))}" '
                    'width="800" height="533" layout="responsive" alt=""></amp-img>'
                    f"<figcaption>{esc(caption)}</figcaption></figure>"
                )
        if is_emagazine(item):
            parts.append(
                '<div class="amp-credits">'
                + "".join(f"<p>{esc(r)}: {esc(n)}</p>" for r, n in self.credits(item))
                + "</div>"
            )
        else:
            parts.append(self.signature(item))
        canonical = request.base_url + self.article_path(item)
        lead = f'<p class="amp-sapo"><strong>{esc(sapo)}</strong></p>' if sapo else ""
        return f"""<!doctype html>
<html amp lang="vi"><head><meta charset="utf-8"/>
<title>{esc(item.title)}</title>
<link rel="canonical" href="{esc(canonical)}"/>
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1"/>
<style amp-boilerplate>body{{visibility:hidden}}</style>
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>.amp-title{{font-size:24px}}</style></head>
<body><header class="amp-header"><a href="/">{esc(self.portal.name)}</a></header>
<article class="amp-article">
<a class="amp-kicker" href="{esc(self.listing_path(item.section))}">{esc(item.section.name)}</a>
<h1 class="amp-title">{esc(item.title)}</h1>
<div class="amp-time">{date_line(item.published)}</div>
{lead}<div class="amp-body">{"".join(parts)}</div>
{self.related(item, self.amp_path)}
</article>
<footer class="amp-footer"><p>{esc(self.portal.name)} - {esc(self.portal.licence)}</p></footer>
</body></html>
"""

    def error_html(self, status: int) -> str:
        word = "Không tìm thấy trang" if status == 404 else "Hệ thống đang bận"
        detail = (
            "Nội dung bạn tìm không tồn tại hoặc đã được gỡ bỏ."
            if status == 404
            else "Xin vui lòng quay lại sau ít phút."
        )
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/>'
            f'<title>{word} | {esc(self.portal.name)}</title></head><body class="error-page">'
            f'<div class="error-box"><h1>{status}</h1><h2>{word}</h2><p>{detail}</p>'
            '<a href="/">Về trang chủ</a></div></body></html>'
        )
