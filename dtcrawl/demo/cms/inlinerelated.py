"""A provincial portal on a commercial newspaper-style CMS whose article bodies carry furniture.

News CMSes sold to provinces in the 2020s lay their article pages out like an online newspaper:
a bold sapo under the title, a row of tools (view count, "A- A A+", "In bài", "Gửi email",
Facebook / Zalo / copy-link buttons), a text-to-speech player ("Nghe đọc bài viết", an
``<audio>`` with a voice and a speed menu), then the body written in CKEditor. Editors put into
that body, between the paragraphs, what the newsroom asks of them (:func:`furniture_plan`):

- one or two inline related links, "Xem thêm: <a>…</a>" or ">> <a>…</a>" paragraphs, and in some
  articles a boxed "TIN LIÊN QUAN" list of 2-3 titles (a ``<div>`` or a CKEditor ``<table>``);
- in some articles a pull-quote (a ``<blockquote>`` or a floated ``<div>``) repeating one
  sentence of the text;
- the byline at the end, right-aligned ("<strong>Minh Châu</strong>" or "Tin, ảnh: Minh Châu"),
  then "Nguồn: …"; photos in ``<figure>``/``<figcaption>`` or a CKEditor image table.

Under the body: "Từ khóa:" tag links, the "Ý kiến bạn đọc" form and "Tin cùng chuyên mục". The
story itself is the sapo (the corpus's first paragraph) and the body's own paragraphs.

URL shapes:
- home ``/``;
- all news ``/tin-tuc.htm``, a section ``/<section-slug>.htm``; page N (one-based)
  ``/<slug>/page/<N>.htm`` (``/<slug>/page/1.htm`` answers 301 to ``/<slug>.htm``); a numbered
  window with "Đầu", "‹", "›", "Cuối";
- article ``/<section-slug>/<yyyy>/<mm>/<title-slug>-<id>.htm``; the short link
  ``/tin/<id>.htm`` (the copy-link and Zalo buttons, some ">>" lines) serves the same page;
  print view ``/print-<id>.htm``; links from the home page and the "Đọc nhiều" box carry
  ``utm_*`` parameters;
- tag pages ``/tu-khoa/<tag-slug>.htm``; ``/gioi-thieu.htm`` and ``/lien-he.htm``;
- RSS: ``/rss.htm`` (linked in the top bar) lists ``/rss/tin-moi.rss`` (announced in every
  page's head) and ``/rss/<section-slug>.rss``, the newest 20 items each.
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
    arrow_pager,
    body_blocks,
    dmy,
    esc,
    http_date,
    image_path,
    iso_vn,
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

#: The day the header shows (fixed so that pages are deterministic).
TODAY = datetime(2026, 11, 24, 9, 0)
_ARTICLE = re.compile(r"^/([a-z0-9-]+)/(\d{4})/(\d{2})/([a-z0-9-]+)-(\d+)\.htm$")
_SHORT = re.compile(r"^/tin/(\d+)\.htm$")
_PRINT = re.compile(r"^/print-(\d+)\.htm$")
_LISTING = re.compile(r"^/([a-z0-9-]+)(?:/page/(\d+))?\.htm$")
_TAG = re.compile(r"^/tu-khoa/([a-z0-9-]+)\.htm$")
_FEED = re.compile(r"^/rss/([a-z0-9-]+)\.rss$")
LATEST_FEED = "tin-moi"
HOT_TRACKING = "utm_source=trangchu&utm_medium=tinnoibat&utm_campaign=homepage"
MOST_READ_TRACKING = "utm_source=docnhieu&utm_medium=sidebar"
TOPIC_TAGS = (
    "chuyển đổi số",
    "chính quyền điện tử",
    "dịch vụ công trực tuyến",
    "dữ liệu số",
    "kinh tế số",
    "nền tảng số",
    "thanh toán không dùng tiền mặt",
    "kỹ năng số",
)
STATIC_PAGES = {
    "/gioi-thieu.htm": (
        "Giới thiệu",
        "Cổng thông tin điện tử là kênh thông tin chính thức của Ủy ban nhân dân tỉnh trên "
        "môi trường mạng, cung cấp tin tức, văn bản và dịch vụ công cho người dân, doanh nghiệp.",
    ),
    "/lien-he.htm": (
        "Liên hệ",
        "Mọi ý kiến đóng góp, tin bài cộng tác xin gửi về Ban biên tập qua thư điện tử hoặc "
        "điện thoại trong giờ hành chính.",
    ),
}


def time_line(moment: datetime) -> str:
    """The date line under an article's title.

    >>> time_line(datetime(2023, 1, 5, 8, 25))
    'Thứ năm, 05/01/2023 08:25 (GMT+7)'
    """
    return f"{weekday(moment, lower=True)}, {dmy(moment)} {moment:%H:%M} (GMT+7)"


def sentences(paragraph: str) -> list[str]:
    """The sentences of a paragraph (split after ". ").

    >>> sentences("Một câu. Câu hai, với 1.312 lượt. Ba.")
    ['Một câu.', 'Câu hai, với 1.312 lượt.', 'Ba.']
    """
    return [part for part in re.split(r"(?<=\.)\s+(?=[A-ZÀ-Ỹ])", paragraph.strip()) if part]


def furniture_plan(key: str, content_paragraphs: int) -> dict[str, object]:
    """What the editor put into the body of article ``key`` whose body (the sapo left out) has
    ``content_paragraphs`` paragraphs: inline related blocks by the index of the paragraph they
    follow (kinds ``xemthem``, ``arrows``, ``box-div``, ``box-table``), the pull-quote (the
    paragraph it follows and the paragraph whose sentence it repeats, or None), the photo
    markup (``figure`` or ``table``) and the byline style (``name`` or ``tinanh``).

    >>> plan = furniture_plan("donglam-bench-3", 5)
    >>> sorted(plan)
    ['byline', 'photo', 'quote', 'related']
    >>> all(0 <= at < 4 for at in plan["related"])
    True
    """
    last = max(0, content_paragraphs - 2)  # never after the last paragraph (the byline follows)
    roll = stable_int(key + "inline", 0, 99)
    kinds = ("xemthem", "arrows")
    first_kind = kinds[roll % 2]
    related: dict[int, str] = {min(1, last) if roll % 3 else 0: first_kind}
    if roll < 60 and last >= 2:
        box = "box-div" if roll % 4 < 2 else "box-table"
        second = box if roll < 45 else kinds[(roll + 1) % 2]
        related[last] = second
    quote = None
    if stable_int(key + "quote", 0, 9) < 4 and content_paragraphs >= 3:
        source = stable_int(key + "quote-from", 1, content_paragraphs - 2)
        quote = (source, source)
    return {
        "related": related,
        "quote": quote,
        "photo": "figure" if stable_int(key + "photo", 0, 1) else "table",
        "byline": "tinanh" if stable_int(key + "byline", 0, 3) == 0 else "name",
    }


class InlineRelatedSite(CmsSite):
    family_headers = {"Server": "nginx/1.20.1", "X-Powered-By": "PHP/7.4.33"}
    number_base = 118_240
    number_stride = 13
    image_folder = "/uploads/news"

    # -- URLs

    def section_slug(self, name: str) -> str:
        return slugify(name)

    def article_path(self, item: Item) -> str:
        stamp = item.published.strftime("%Y/%m")
        return f"/{item.section.slug}/{stamp}/{slugify(item.title, max_len=80)}-{item.number}.htm"

    def short_path(self, item: Item) -> str:
        return f"/tin/{item.number}.htm"

    def print_path(self, item: Item) -> str:
        return f"/print-{item.number}.htm"

    def article_aliases(self, item: Item) -> list[str]:
        canonical = self.article_path(item)
        return [
            self.short_path(item),
            f"{canonical}?{HOT_TRACKING}",
            f"{canonical}?{MOST_READ_TRACKING}",
        ]

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def extra_paths(self) -> dict[str, str]:
        return {"rss": f"/rss/{LATEST_FEED}.rss", "rss-list": "/rss.htm"}

    def feed_path(self, section: Section | None) -> str:
        return f"/rss/{LATEST_FEED if section is None else section.slug}.rss"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        slug = self.news.slug if self.is_news(section) else section.slug
        return f"/{slug}.htm" if page == 1 else f"/{slug}/page/{page}.htm"

    def tags_of(self, item: Item) -> list[str]:
        """The article's keywords: its section, one or two topics, the province."""
        first = stable_int(item.key + "tag1", 0, len(TOPIC_TAGS) - 1)
        tags = [item.section.name.lower(), TOPIC_TAGS[first]]
        if stable_int(item.key + "tag2", 0, 1):
            tags.append(TOPIC_TAGS[(first + 3) % len(TOPIC_TAGS)])
        tags.append(self.portal.province)
        return list(dict.fromkeys(tags))

    def tag_path(self, tag: str) -> str:
        return f"/tu-khoa/{slugify(tag)}.htm"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return self.html_response(self.home_html(request))
        if path in STATIC_PAGES:
            title, text = STATIC_PAGES[path]
            main = f'<div class="static-page"><h1>{esc(title)}</h1><p>{esc(text)}</p></div>'
            return self.html_response(self.frame(title, [(title, "")], main, request))
        match = _SHORT.match(path) or _PRINT.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            if item is None:
                return None
            if path.startswith("/print-"):
                return self.html_response(self.print_html(item, request))
            return self.article_response(item, request)
        if _ARTICLE.match(path):
            item = self.by_path.get(path)
            return self.article_response(item, request) if item else None
        match = _TAG.match(path)
        if match:
            return self.tag_response(match.group(1), request)
        if path == "/rss.htm":
            return self.html_response(self.feeds_html(request))
        match = _FEED.match(path)
        if match:
            slug = match.group(1)
            section = None if slug == LATEST_FEED else self.section_by_slug(slug)
            if section is None and slug != LATEST_FEED:
                return None
            return self.text_response(self.rss_xml(section, request), "application/rss+xml")
        match = _LISTING.match(path)
        if match:
            return self.listing_response(match.group(1), match.group(2), request)
        return None

    def listing_response(self, slug: str, number: str | None, request: Request) -> Response | None:
        section = None if slug == self.news.slug else self.section_by_slug(slug)
        if slug != self.news.slug and section is None:
            return None
        if number == "1":
            return Response(301, {"Location": request.base_url + f"/{slug}.htm"}, b"")
        page = int(number) if number else 1
        _, pages = self.page_of(self.listed(section), page)
        if page < 1 or page > pages:
            return None
        return self.html_response(self.listing_html(section, page, request))

    def tag_response(self, slug: str, request: Request) -> Response | None:
        tagged = [
            (tag, it)
            for it in self.items
            for tag in self.tags_of(it)
            if it.kind == "article" and slugify(tag) == slug
        ]
        if not tagged:
            return None
        name = tagged[0][0]
        rows = "".join(self.story(it) for _, it in tagged[:20])
        main = (
            f'<div class="tag-page"><h1 class="cate-title">Từ khóa: {esc(name)}</h1>'
            f'<div class="list-stories">{rows}</div></div>'
        )
        return self.html_response(self.frame(f"Từ khóa: {name}", [(name, "")], main, request))

    # -- frame

    def frame(
        self, title: str, crumbs: list[tuple[str, str]], main: str, request: Request, head: str = ""
    ) -> str:
        p = self.portal
        sections = [self.news, *self.sections.values()]
        menu = "".join(
            f'<li class="menu-item"><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in sections
        )
        crumb = "".join(
            f'<li><a href="{esc(href)}">{esc(name)}</a></li>' if href else f"<li>{esc(name)}</li>"
            for name, href in [("Trang chủ", "/"), *crumbs]
        )
        latest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(6)
        )
        most_read = sorted(
            (it for it in self.items if it.kind == "article"), key=lambda it: -view_count(it.key)
        )[:5]
        most = "".join(
            f'<li><span class="num">{n}</span><a href="'
            f'{esc(self.article_path(it))}?{esc(MOST_READ_TRACKING)}">{esc(it.title)}</a></li>'
            for n, it in enumerate(most_read, 1)
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<label class="poll-option"><input type="radio" name="poll_answer" value="{i}"/> '
            f"{esc(o)}</label>"
            for i, o in enumerate(options, 1)
        )
        page_title = f"{title} - {p.name}" if title else p.name
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(page_title)}</title>
<meta name="description" content="Cổng thông tin điện tử tỉnh {esc(p.province)}: tin tức, sự kiện,
chuyển đổi số, chính quyền số"/>
<link rel="shortcut icon" href="/themes/egov/images/favicon.ico"/>
<link rel="stylesheet" href="/themes/egov/css/bootstrap.min.css?v=4.6"/>
<link rel="stylesheet" href="/themes/egov/css/style.css?v=20240318"/>
<link rel="alternate" type="application/rss+xml" title="Tin mới" href="{self.feed_path(None)}"/>{head}
</head><body class="egov-portal">
<div class="topbar"><div class="container"><span class="today">{weekday(TODAY)},
{dmy(TODAY)}</span><span class="hotline">Đường dây nóng: {esc(p.phone)}</span>
<a class="rss" href="/rss.htm">RSS</a> <a class="login" href="/quan-tri/dang-nhap.htm">Đăng
nhập</a>
<form class="search-form" action="/tim-kiem.htm" method="get"><input type="text" name="q"
placeholder="Tìm kiếm..."/><button type="submit">Tìm</button></form></div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img
src="/themes/egov/images/logo-quoc-huy.png" alt="Quốc huy"/><span class="site-name">CỔNG
THÔNG TIN ĐIỆN TỬ</span><span class="site-sub">TỈNH {esc(p.province.upper())}</span></a></div>
</header>
<nav class="main-nav"><div class="container"><ul class="menu"><li class="menu-item home"><a
href="/"><i class="icon-home"></i></a></li>{menu}<li class="menu-item"><a
href="/gioi-thieu.htm">Giới thiệu</a></li><li class="menu-item"><a
href="/lien-he.htm">Liên hệ</a></li></ul></div></nav>
<div class="container"><ol class="breadcrumb">{crumb}</ol>
<div class="row"><main class="col-lg-8 main-content">{main}</main>
<aside class="col-lg-4 sidebar">
<div class="widget widget-latest"><h3 class="widget-title">Tin mới</h3><ul>{latest}</ul></div>
<div class="widget widget-most-read"><h3 class="widget-title">Đọc nhiều</h3><ol>{most}</ol>
</div>
<div class="widget widget-tthc"><h3 class="widget-title">Kết quả giải quyết TTHC</h3>
<p class="tthc-month">Tháng {t["month"]}</p><ul>
<li>Hồ sơ đã giải quyết: <b>{thousands(t["total"])}</b></li>
<li>Đúng hạn: <b>{thousands(t["ontime"])}</b> ({t["percent"]}%)</li>
<li>Trễ hạn: <b>{thousands(t["late"])}</b></li></ul>
<a class="more" href="https://dichvucong.gov.vn" target="_blank">Cổng Dịch vụ công quốc gia</a>
</div>
<div class="widget widget-banner"><a href="https://chinhphu.vn" target="_blank"><img
src="/uploads/banner/cong-ttdt-chinh-phu.jpg" alt="Cổng TTĐT Chính phủ"/></a><a
href="https://dichvucong.gov.vn" target="_blank"><img src="/uploads/banner/dich-vu-cong.jpg"
alt="Dịch vụ công trực tuyến"/></a></div>
<div class="widget widget-poll"><h3 class="widget-title">Thăm dò ý kiến</h3>
<p class="poll-question">{esc(question)}</p><form action="/binh-chon.htm" method="post">
{choices}<button type="submit">Biểu quyết</button> <a href="javascript:void(0)"
onclick="showPollResult()">Xem kết quả</a></form></div>
<div class="widget widget-counter"><h3 class="widget-title">Thống kê truy cập</h3><ul>
<li>Đang truy cập: <b>{thousands(v["online"])}</b></li>
<li>Hôm nay: <b>{thousands(v["today"])}</b></li>
<li>Tháng hiện tại: <b>{thousands(v["month"])}</b></li>
<li>Tổng lượt truy cập: <b>{thousands(v["total"])}</b></li></ul></div>
</aside></div></div>
<footer class="footer"><div class="container">
<p class="agency"><b>Cơ quan chủ quản: {esc(p.agency)}</b></p>
<p>Chịu trách nhiệm chính: {esc(p.editor)}</p><p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)} - Email: banbientap@{esc(p.domain)}</p>
<p>{esc(reuse_notice(p))}</p>
<p class="vendor">Phát triển trên nền tảng eNews Portal 5.2</p>
<a class="back-top" href="#">Về đầu trang</a></div></footer>
<script src="/themes/egov/js/jquery-3.6.0.min.js"></script>
<script src="/themes/egov/js/main.js?v=20240318"></script>
</body></html>
"""

    # -- listings

    def story(self, item: Item, tracking: str = "", big: bool = False) -> str:
        href = self.article_path(item) + (f"?{tracking}" if tracking else "")
        thumb = esc(image_path(item, 0, self.image_folder))
        tag = "h2" if big else "h3"
        return (
            f'<article class="story{" story-big" if big else ""}"><a class="story-thumb" '
            f'href="{esc(href)}"><img src="{thumb}" alt="{esc(item.title)}"/></a>'
            f'<{tag} class="story-title"><a href="{esc(href)}">{esc(item.title)}</a></{tag}>'
            f'<div class="story-meta"><span class="story-cate">{esc(item.section.name)}</span> '
            f'<span class="story-time">{dmy(item.published)} {item.published:%H:%M}</span></div>'
            f'<p class="story-sapo">{esc(item.sapo())}</p></article>'
        )

    def home_html(self, request: Request) -> str:
        top = self.latest(5)
        hot = (
            f'<section class="home-hot">{self.story(top[0], HOT_TRACKING, big=True)}'
            '<div class="hot-list">'
            + "".join(self.story(it, HOT_TRACKING) for it in top[1:5])
            + "</div></section>"
        )
        blocks = []
        for section in self.sections.values():
            rows = "".join(self.story(it) for it in self.listed(section)[:4])
            blocks.append(
                f'<section class="home-cate"><h2 class="cate-head"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>{rows}</section>'
            )
        return self.frame("", [], hot + "".join(blocks), request)

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        if pages <= 1:
            return ""

        def href(n: int) -> str:
            return self.listing_path(section, n)

        parts = arrow_pager(
            page,
            pages,
            href,
            link='<li class="page-item"><a class="page-link" href="{href}">{n}</a></li>',
            current='<li class="page-item active"><span class="page-link">{n}</span></li>',
            gap='<li class="page-item disabled"><span class="page-link">…</span></li>',
            prev='<li class="page-item"><a class="page-link" href="{href}" title="Trang trước">'
            "‹</a></li>",
            next_='<li class="page-item"><a class="page-link" href="{href}" title="Trang sau">'
            "›</a></li>",
        )
        edge = '<li class="page-item"><a class="page-link" href="{href}">{word}</a></li>'
        if page > 1:
            parts.insert(0, edge.format(href=esc(href(1)), word="Đầu"))
        if page < pages:
            parts.append(edge.format(href=esc(href(pages)), word="Cuối"))
        return f'<nav class="paging"><ul class="pagination">{"".join(parts)}</ul></nav>'

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        rows = "".join(self.story(it) for it in items)
        main = (
            f'<div class="category-page"><h1 class="cate-title">{esc(name)}</h1>'
            f'<div class="list-stories">{rows}</div>{self.pager(section, page, pages)}</div>'
        )
        title = name if page == 1 else f"{name} - Trang {page}"
        return self.frame(title, [(name, "")], main, request)

    def feeds_html(self, request: Request) -> str:
        rows = "".join(
            f'<tr><td>{esc(name)}</td><td><a href="{esc(self.feed_path(section))}">'
            f"{esc(request.base_url + self.feed_path(section))}</a></td></tr>"
            for name, section in [("Tin mới", None), *((s.name, s) for s in self.sections.values())]
        )
        main = (
            '<div class="rss-page"><h1 class="cate-title">RSS</h1><p>RSS là dịch vụ cung cấp '
            "thông tin cho phép bạn đọc nhận tin mới của Cổng thông tin điện tử trên phần mềm "
            'đọc tin mà không cần truy cập trang web.</p><table class="rss-list">'
            f"{rows}</table></div>"
        )
        return self.frame("RSS", [("RSS", "")], main, request)

    def rss_xml(self, section: Section | None, request: Request) -> str:
        listed = self.latest(20) if section is None else self.listed(section)[:20]
        entries = "".join(
            f"<item><title>{esc(it.title)}</title>"
            f"<link>{esc(request.base_url + self.article_path(it))}</link>"
            f'<guid isPermaLink="false">{it.number}</guid>'
            f"<description>{esc(it.sapo())}</description>"
            f"<pubDate>{http_date(it.published)}</pubDate></item>"
            for it in listed
        )
        name = "Tin mới" if section is None else section.name
        return (
            '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
            f"<title>{esc(name)} - {esc(self.portal.name)}</title>"
            f"<link>{esc(request.base_url + self.listing_path(section))}</link>"
            f"<description>{esc(name)}</description><language>vi-vn</language>"
            f"{entries}</channel></rss>"
        )

    # -- article

    def photo(self, item: Item, index: int, caption: str, style: str) -> str:
        src = esc(image_path(item, index, self.image_folder))
        if style == "figure":
            return (
                f'<figure class="image"><img src="{src}" alt="{esc(caption)}" width="720"/>'
                f"<figcaption>{esc(caption)}</figcaption></figure>"
            )
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="image">'
            f'<tbody><tr><td><img alt="" src="{src}" style="width:100%"/></td></tr>'
            f'<tr><td class="image_desc" style="text-align:center"><em>{esc(caption)}</em>'
            "</td></tr></tbody></table>"
        )

    def related_block(self, kind: str, targets: list[Item]) -> str:
        first = targets[0]
        if kind == "xemthem":
            return (
                f'<p><strong>Xem thêm: </strong><a href="{esc(self.article_path(first))}">'
                f"{esc(first.title)}</a></p>"
            )
        if kind == "arrows":
            return (
                f'<p><strong>&gt;&gt; </strong><a href="{esc(self.short_path(first))}" '
                f'target="_blank"><em>{esc(first.title)}</em></a></p>'
            )
        links = [(esc(self.article_path(it)), esc(it.title)) for it in targets[:3]]
        if kind == "box-div":
            rows = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in links)
            return (
                '<div class="box-related-inline"><div class="box-related-title">TIN LIÊN QUAN'
                f"</div><ul>{rows}</ul></div>"
            )
        rows = "".join(f'<tr><td>- <a href="{h}">{t}</a></td></tr>' for h, t in links)
        return (
            '<table align="right" border="1" cellpadding="5" cellspacing="0" class="tlq" '
            'style="width:40%"><tbody><tr><td style="background-color:#eeeeee">'
            f"<strong>TIN LIÊN QUAN</strong></td></tr>{rows}</tbody></table>"
        )

    def pull_quote(self, item: Item, paragraph: str) -> str:
        parts = sentences(paragraph)
        chosen = parts[stable_int(item.key + "sentence", 0, len(parts) - 1)]
        if stable_int(item.key + "quote-style", 0, 1):
            return f'<blockquote class="quote"><p>\u201c{esc(chosen)}\u201d</p></blockquote>'
        return (
            '<div class="pull-quote" style="float:left;width:35%;margin:0 15px 10px 0;'
            'font-size:18px;font-style:italic;border-top:3px solid #b5121b">'
            f"{esc(chosen)}</div>"
        )

    def related_targets(self, item: Item) -> list[list[Item]]:
        """The titles an editor links from the body of ``item``: two groups of up to three,
        from its own section first, then the newest of the portal."""
        pool = self.others(item, 6)
        pool += [it for it in self.latest(12, exclude=item) if it not in pool]
        return [pool[0:3], pool[3:6]]

    def content_html(self, item: Item, revision: int) -> str:
        """The CKEditor body: paragraphs after the sapo, photos, inline furniture, byline."""
        blocks = body_blocks(item, revision)
        paragraphs = [value for kind, value in blocks if kind == "p"]
        plan = furniture_plan(item.key, len(paragraphs) - 1)
        groups = self.related_targets(item)
        related = {
            at: (kind, groups[n % 2]) for n, (at, kind) in enumerate(plan["related"].items())
        }
        quote = plan["quote"]
        parts: list[str] = []
        written = -1  # paragraphs of the body written so far, minus one; the sapo is not here
        for kind, value in blocks:
            if kind == "img":
                parts.append(self.photo(item, value[0], value[1], str(plan["photo"])))
                continue
            if written == -1 and value == paragraphs[0]:
                written = 0  # the sapo, shown above the body
                continue
            parts.append(f"<p>{esc(value)}</p>")
            if written in related and related[written][1]:
                parts.append(self.related_block(*related[written]))
            if quote and quote[0] == written:
                parts.append(self.pull_quote(item, paragraphs[quote[1] + 1]))
            written += 1
        if item.author:
            name = (
                f"Tin, ảnh: {esc(item.author)}"
                if plan["byline"] == "tinanh" and item.images
                else esc(item.author)
            )
            parts.append(f'<p style="text-align:right"><strong>{name}</strong></p>')
        if item.source:
            parts.append(f'<p style="text-align:right"><em>Nguồn: {esc(item.source)}</em></p>')
        return "".join(parts)

    def tools_html(self, item: Item, request: Request) -> str:
        page = esc(request.base_url + self.article_path(item))
        short = esc(request.base_url + self.short_path(item))
        return (
            '<div class="article-tools"><span class="views"><i class="icon-eye"></i> '
            f"{thousands(view_count(item.key))} lượt xem</span>"
            '<span class="font-size">Cỡ chữ: <a href="javascript:void(0)" '
            'onclick="changeFontSize(-1)">A-</a> <a href="javascript:void(0)" '
            'onclick="changeFontSize(0)">A</a> <a href="javascript:void(0)" '
            'onclick="changeFontSize(1)">A+</a></span>'
            f'<a class="tool-print" href="{esc(self.print_path(item))}" target="_blank">In bài</a>'
            f'<a class="tool-mail" href="javascript:sendMail({item.number})">Gửi email</a>'
            '<span class="share"><a class="share-fb" target="_blank" '
            f'href="https://www.facebook.com/sharer/sharer.php?u={page}">Facebook</a>'
            f'<a class="zalo-share-button" href="javascript:void(0)" data-href="{short}" '
            'data-oaid="1796502318412946723" data-layout="2">Zalo</a>'
            f'<a class="copy-link" href="javascript:void(0)" data-clipboard-text="{short}">'
            "Sao chép liên kết</a></span></div>"
        )

    def tts_html(self, item: Item) -> str:
        stamp = item.published.strftime("%Y/%m")
        return (
            '<div class="tts-player" id="tts-player"><div class="tts-title">'
            '<i class="icon-headphones"></i> Nghe đọc bài viết</div>'
            '<audio id="tts-audio" controls="controls" preload="none">'
            f'<source src="/media/tts/{stamp}/{item.number}-nu-bac.mp3" type="audio/mpeg"/>'
            "Trình duyệt của bạn không hỗ trợ nghe âm thanh.</audio>"
            '<div class="tts-options"><label for="tts-voice">Giọng đọc</label>'
            '<select id="tts-voice"><option value="nu-bac" selected="selected">Giọng nữ miền Bắc'
            '</option><option value="nam-nam">Giọng nam miền Nam</option></select>'
            '<label for="tts-speed">Tốc độ</label><select id="tts-speed">'
            '<option value="0.75">0.75x</option><option value="1" selected="selected">1x</option>'
            '<option value="1.25">1.25x</option><option value="1.5">1.5x</option></select></div>'
            "</div>"
        )

    def article_main(self, item: Item, request: Request, printing: bool = False) -> str:
        revision = request.revision
        body = item.body(revision)
        sapo = esc(body[0]) if body else ""
        times = f'<span class="detail-time">{time_line(item.published)}</span>'
        modified = item.shown_modified(revision)
        if modified:
            times += f'<span class="detail-updated">Cập nhật: {time_line(modified)}</span>'
        head = (
            f'<h1 class="detail-title">{esc(item.title)}</h1><div class="detail-meta">'
            f'<a class="detail-cate" href="{esc(self.listing_path(item.section))}">'
            f"{esc(item.section.name)}</a>{times}</div>"
        )
        text = (
            f'<h2 class="detail-sapo">{sapo}</h2>'
            f'<div class="detail-content" id="content-detail">'
            f"{self.content_html(item, revision)}</div>"
        )
        if printing:
            return f'<div class="print-article">{head}{text}</div>'
        tags = ", ".join(
            f'<a href="{esc(self.tag_path(tag))}">{esc(tag)}</a>' for tag in self.tags_of(item)
        )
        same = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="time">{dmy(it.published)}</span></li>'
            for it in self.others(item, 6)
        )
        comments = (
            '<div class="comment-box" id="comment-box"><h3 class="box-title">Ý kiến bạn đọc</h3>'
            '<form action="/binh-luan/gui.htm" method="post" class="comment-form">'
            f'<input type="hidden" name="news_id" value="{item.number}"/>'
            '<textarea name="content" placeholder="Nhập ý kiến của bạn..."></textarea>'
            '<input type="text" name="fullname" placeholder="Họ và tên"/>'
            '<input type="email" name="email" placeholder="Email"/>'
            '<button type="submit">Gửi ý kiến</button></form>'
            '<p class="comment-note">Ý kiến của bạn đọc sẽ được Ban biên tập xem xét trước khi '
            "đăng. Vui lòng gõ tiếng Việt có dấu.</p></div>"
        )
        return (
            f'<article class="detail-article" id="article-{item.number}">{head}'
            f"{self.tools_html(item, request)}{self.tts_html(item)}{text}"
            f'<div class="detail-tags"><span class="tags-label">Từ khóa:</span> {tags}</div>'
            f"{comments}"
            '<div class="same-category"><h3 class="box-title">Tin cùng chuyên mục</h3>'
            f"<ul>{same}</ul></div></article>"
        )

    def article_html(self, item: Item, request: Request) -> str:
        canonical = request.base_url + self.article_path(item)
        body = item.body(request.revision)
        head = (
            f'\n<link rel="canonical" href="{esc(canonical)}"/>'
            f'\n<meta property="og:type" content="article"/>'
            f'\n<meta property="og:title" content="{esc(item.title)}"/>'
            f'\n<meta property="og:url" content="{esc(canonical)}"/>'
            f'\n<meta property="og:description" content="{esc(body[0] if body else "")}"/>'
            f'\n<meta property="og:image" content="'
            f'{esc(request.base_url + image_path(item, 0, self.image_folder))}"/>'
            f'\n<meta property="article:published_time" content="{iso_vn(item.published)}"/>'
        )
        crumbs = [(item.section.name, self.listing_path(item.section))]
        return self.frame(item.title, crumbs, self.article_main(item, request), request, head)

    def print_html(self, item: Item, request: Request) -> str:
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/>'
            f"<title>{esc(item.title)}</title>"
            '<link rel="stylesheet" href="/themes/egov/css/print.css"/></head>'
            '<body onload="window.print()"><div class="print-header">'
            f"{esc(self.portal.name)}</div>{self.article_main(item, request, printing=True)}"
            f'<div class="print-footer">{esc(reuse_notice(self.portal))}</div></body></html>'
        )

    def error_html(self, status: int) -> str:
        word = "Không tìm thấy trang bạn yêu cầu" if status == 404 else "Hệ thống đang bận"
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/>'
            f"<title>{status} - {esc(self.portal.name)}</title></head><body>"
            f'<div class="error-page"><h1>{status}</h1><p>{word}.</p>'
            '<p><a href="/">Quay về trang chủ</a></p></div></body></html>'
        )
