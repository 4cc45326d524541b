"""A newspaper-like provincial portal whose every page is lined with other articles' leads.

Several provinces run their portal on a vendor CMS modelled on the online newspapers: the
article page shows its lead (the first paragraph) in bold as a sapo (``<h2 class="detail-sapo">``)
above the photo, then the rest of the text; and every list of articles is a list of teasers
(photo, title, date and the article's whole first paragraph, word for word): under the text
"Tin cùng chuyên mục" (six neighbours in the section, newer and older); in the sidebar "Tin mới
nhất" (the five newest, the page's own article among them when it is one of them) and, on the
first page of the listings and the articles of some sections, "Tiêu điểm" (three articles the
editors feature, also at the top of the home page); on the home page, the listings, the tag
pages and the RSS feeds. So each article's first paragraph stands, verbatim, on many pages of
the site besides its own.

URL shapes (rewritten ``.html`` paths, one-based path paging):

- home ``/``; general news listing ``/tin-tuc/``, a section's listing ``/<section-slug>/``,
  page N ``<listing>trang-<N>.html`` (page 1 is the bare listing);
- article ``/<section-slug>/<title-slug>-<id>.html`` (six-digit id);
- tag ``/tag/<tag-slug>.html``, page N ``/tag/<tag-slug>/trang-<N>.html``;
- print view ``/in-bai/<id>.html``; "Gửi email" form ``/gui-email/<id>.html`` (the title and the
  sapo above a form); comment form posted to ``/binh-luan/gui.html``;
- RSS: ``/rss.html`` (the list of feeds), ``/rss/tin-tuc.rss``, ``/rss/<section-slug>.rss``
  (description: thumbnail and the whole lead);
- pages of the portal: ``/gioi-thieu.html``, ``/lien-he.html``.

Hazards: the lead of every article repeated on many pages (teaser boxes, listings, tag pages,
feeds, the "Gửi email" page, ``og:description``); the sapo in an ``<h2>`` outside the text's
``<div>``; a "Xem thêm" box in the middle of the text linking one other article by its title (a
CMS ``<div>`` on most articles, a paragraph the editor typed, ``<p><strong>Xem thêm:</strong>
<a>…</a></p>``, on others); tags, share buttons, "Lượt xem", font-size buttons, print and email
links, a comment form; today's date in the header; a "Đọc nhiều" box.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta
from email.utils import format_datetime
from typing import Any

from dtcrawl.demo.cms.common import (
    VN_TZ,
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    arrow_pager,
    body_blocks,
    dmy,
    esc,
    image_path,
    listing_date,
    page_number,
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
from dtcrawl.demo.portals import PortalDef

NEWS_SLUG = "tin-tuc"
RSS_ITEMS = 20
#: Tags the editors attach: (tag, words in the text that make an editor choose it).
TAG_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("dịch vụ công trực tuyến", ("dịch vụ công",)),
    ("dữ liệu số", ("dữ liệu",)),
    ("chữ ký số", ("chữ ký số", "ký số")),
    ("định danh điện tử", ("định danh",)),
    ("thanh toán không dùng tiền mặt", ("không dùng tiền mặt", "mã QR")),
    ("an toàn thông tin", ("an toàn thông tin", "giám sát an ninh")),
    ("kỹ năng số", ("kỹ năng số",)),
    ("nền tảng số", ("nền tảng",)),
    ("thương mại điện tử", ("thương mại điện tử", "sàn")),
    ("y tế số", ("sức khỏe điện tử", "y tế")),
    ("giáo dục số", ("học bạ số", "Giáo dục")),
    ("hạ tầng số", ("băng rộng", "đám mây")),
)
STATIC_PAGES = {
    "/gioi-thieu.html": (
        "Giới thiệu chung",
        (
            "Tỉnh Tân Thủy nằm ở hạ lưu sông Tân, phía bắc giáp tỉnh bạn, phía nam giáp biển, có "
            "hơn 60 km bờ biển và hai huyện đảo.",
            "Toàn tỉnh có 9 đơn vị hành chính cấp huyện, 142 xã, phường, thị trấn; dân số khoảng "
            "1,2 triệu người, trong đó đồng bào dân tộc thiểu số chiếm gần một phần năm.",
            "Tỉnh xác định chuyển đổi số là động lực chính của tăng trưởng giai đoạn tới, ưu tiên "
            "phát triển hạ tầng số, dữ liệu số và nguồn nhân lực số.",
        ),
    ),
    "/lien-he.html": (
        "Liên hệ",
        (
            "Mọi ý kiến đóng góp xin gửi về Ban Biên tập Cổng thông tin điện tử tỉnh qua thư "
            "điện tử hoặc biểu mẫu dưới đây.",
        ),
    ),
}


def rss_date(moment: datetime) -> str:
    """An RFC 822 date with the Vietnam offset.

    >>> rss_date(datetime(2021, 1, 4, 7, 41))
    'Mon, 04 Jan 2021 07:41:00 +0700'
    """
    return format_datetime(moment.replace(tzinfo=VN_TZ))


def detail_time(moment: datetime) -> str:
    """The date line under an article's title.

    >>> detail_time(datetime(2021, 1, 4, 7, 41))
    'Thứ Hai, 04/01/2021 - 07:41'
    """
    return f"{weekday(moment)}, {dmy(moment)} - {moment:%H:%M}"


def teaser_time(moment: datetime) -> str:
    """The date of a teaser in lists.

    >>> teaser_time(datetime(2021, 1, 4, 7, 41))
    '04/01/2021 07:41'
    """
    return f"{dmy(moment)} {moment:%H:%M}"


class TeaserListsSite(CmsSite):
    """A portal of the ``teaserlists`` family: newspaper-style pages full of teasers."""

    number_base = 118_200
    number_stride = 29
    image_folder = "/uploads/news"
    family_headers = {"Server": "nginx", "X-Powered-By": "PHP/7.4.33"}

    def __init__(self, portal: PortalDef, articles: Sequence[Any]):
        super().__init__(portal, articles)
        self.by_id = {it.number: it for it in self.items}
        self.tags: dict[str, list[str]] = {it.key: self.tags_of(it) for it in self.items}
        self.tag_names = {slugify(t): t for names in self.tags.values() for t in names}
        newest = self.items[0].published if self.items else datetime(2024, 1, 1)
        self.today = newest + timedelta(days=3)
        pool = [it for it in self.items if it.kind == "article"][:15]
        ranked = sorted(pool, key=lambda it: stable_int(it.key + "tieudiem", 0, 10_000))
        self.featured = sorted(ranked[:3], key=lambda it: it.published, reverse=True)

    # -- URL shapes

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = f"/{NEWS_SLUG}/" if self.is_news(section) else f"/{section.slug}/"
        return base if page <= 1 else f"{base}trang-{page}.html"

    def article_path(self, item: Item) -> str:
        slug = slugify(item.title, max_len=120)
        section = NEWS_SLUG if self.is_news(item.section) else item.section.slug
        return f"/{section}/{slug}-{item.number}.html"

    def tag_path(self, tag: str, page: int = 1) -> str:
        slug = slugify(tag)
        return f"/tag/{slug}.html" if page <= 1 else f"/tag/{slug}/trang-{page}.html"

    def print_path(self, item: Item) -> str:
        return f"/in-bai/{item.number}.html"

    def email_path(self, item: Item) -> str:
        return f"/gui-email/{item.number}.html"

    def feed_path(self, section: Section | None) -> str:
        return f"/rss/{NEWS_SLUG if self.is_news(section) else section.slug}.rss"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def extra_paths(self) -> dict[str, str]:
        feeds = {"rss": self.feed_path(None)}
        feeds.update({f"rss:{s.name}": self.feed_path(s) for s in self.sections.values()})
        return feeds

    def robots_txt(self, request: Request) -> str:
        return (
            "User-agent: *\nDisallow: /quan-tri/\nDisallow: /binh-luan/\nDisallow: /tim-kiem.html\n"
        )

    # -- the model's extras

    def tags_of(self, item: Item) -> list[str]:
        """The article's tags: its section's name and up to three words of its text."""
        text = " ".join([item.title, *item.paragraphs])
        found = [tag for tag, words in TAG_WORDS if any(w in text for w in words)]
        start = stable_int(item.key + "tags", 0, max(0, len(found) - 1))
        picked = (found[start:] + found[:start])[:3]
        section_tag = item.section.name.lower()
        return [section_tag, *(tag for tag in picked if tag != section_tag)]

    def lead(self, item: Item, revision: int) -> str:
        """The article's first paragraph: its sapo everywhere it is listed."""
        body = item.body(revision)
        return body[0] if body else ""

    def thumb(self, item: Item) -> str:
        return image_path(item, 99, self.image_folder).replace(".jpg", "_thumb.jpg")

    def tagged(self, slug: str) -> list[Item]:
        name = self.tag_names.get(slug)
        return [it for it in self.items if name in self.tags.get(it.key, [])] if name else []

    def related_one(self, item: Item) -> Item | None:
        """The one article the "Xem thêm" box in the text links to."""
        shown = self.neighbours(item)
        pool = [it for it in self.others(item, 12) if it not in shown] or shown
        if not pool:
            pool = [it for it in self.items if it is not item and it.kind == "article"]
        return pool[stable_int(item.key + "xemthem", 0, len(pool) - 1)] if pool else None

    def neighbours(self, item: Item, count: int = 6) -> list[Item]:
        """The "Tin cùng chuyên mục": the section's articles around ``item`` (half of them newer,
        half older where there are enough), newest first."""
        listed = [it for it in self.listed(item.section) if it.kind == "article" or it is item]
        if item not in listed:
            return listed[:count]
        at = listed.index(item)
        start = max(0, min(at - count // 2, len(listed) - count - 1))
        return [it for it in listed[start : start + count + 1] if it is not item][:count]

    def has_featured_box(self, section: Section) -> bool:
        """Whether the section's article layout carries the "Tiêu điểm" box (odd ids)."""
        return section.id % 2 == 1

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.html", "/trang-chu.html"):
            return self.html_response(self.home_html(request))
        if path in STATIC_PAGES:
            return self.html_response(self.static_html(path, request))
        if path == "/rss.html":
            return self.html_response(self.rss_page_html(request))
        match = re.fullmatch(r"/rss/([a-z0-9-]+)\.rss", path)
        if match:
            slug = match.group(1)
            section = None if slug == NEWS_SLUG else self.section_by_slug(slug)
            if slug != NEWS_SLUG and section is None:
                return None
            return Response(
                200,
                {"Content-Type": "application/rss+xml; charset=utf-8", **self.family_headers},
                self.rss_xml(section, request).encode("utf-8"),
            )
        match = re.fullmatch(r"/(in-bai|gui-email)/(\d+)\.html", path)
        if match:
            item = self.by_id.get(int(match.group(2)))
            if item is None or item.kind != "article":
                return None
            if match.group(1) == "in-bai":
                return self.html_response(self.print_html(item, request))
            return self.html_response(self.email_html(item, request))
        match = re.fullmatch(r"/tag/([a-z0-9-]+)(?:/trang-(\d+))?\.html", path)
        if match:
            items = self.tagged(match.group(1))
            page = page_number(match.group(2))
            shown, pages = self.page_of(items, page)
            if not items or page > pages:
                return None
            return self.html_response(
                self.tag_html(self.tag_names[match.group(1)], page, pages, shown, request)
            )
        match = re.fullmatch(r"/([a-z0-9-]+)/(?:trang-(\d+)\.html)?", path)
        if match:
            slug, page = match.group(1), page_number(match.group(2))
            section = None if slug == NEWS_SLUG else self.section_by_slug(slug)
            if slug != NEWS_SLUG and section is None:
                return None
            items, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.listing_html(section, page, pages, items, request))
        if path in self.by_path:
            return self.article_response(self.by_path[path], request)
        return None

    # -- page frame

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        *,
        crumbs: list[tuple[str, str]] | None = None,
        featured: bool = False,
        head: str = "",
    ) -> str:
        portal = self.portal
        sections = list(self.sections.values())
        submenu = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>' for s in sections
        )
        menu = "".join(
            f'<li class="menu-item"><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in sections
        )
        trail = ""
        if crumbs is not None:
            links = "".join(
                f'<li><a href="{esc(href)}">{esc(name)}</a></li>' for name, href in crumbs
            )
            trail = (
                '<div class="breadcrumb-wrap"><ul class="breadcrumb"><li><a href="/">'
                f'<i class="fa fa-home"></i> Trang chủ</a></li>{links}</ul></div>'
            )
        side_featured = self.featured_box(request, "sidebar") if featured else ""
        stats = tthc_stats(request.seed)
        visits = visitor_stats(request.seed)
        question, options = poll(request.seed)
        answers = "".join(
            f'<li><label><input type="radio" name="luachon" value="{n + 1}"> {esc(o)}</label></li>'
            for n, o in enumerate(options)
        )
        most_read = sorted(
            self.items[:30], key=lambda it: -view_count(f"{self.portal.id}:{it.number}")
        )[:5]
        read_rows = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in most_read
        )
        today = self.today
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {esc(portal.name)}</title>
{head}<link rel="alternate" type="application/rss+xml" title="Tin tức - Sự kiện"
href="{esc(self.feed_path(None))}">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="/templates/tanthuy/css/bootstrap.min.css">
<link rel="stylesheet" href="/templates/tanthuy/css/style.css?v=3.2.8">
</head>
<body>
<div id="fb-root"></div>
<div class="top-bar"><div class="container">
<span class="top-date">{weekday(today)}, ngày {dmy(today)}</span>
<span class="top-links"><a href="/lien-he.html">Liên hệ</a> | <a href="/rss.html">RSS</a> |
<a href="/quan-tri/dang-nhap.html">Đăng nhập</a></span></div></div>
<header class="header"><div class="container">
<a class="logo" href="/"><img src="/templates/tanthuy/images/logo-tanthuy.png"
alt="{esc(portal.name)}"></a>
<div class="header-banner"><span class="portal-name">{esc(portal.name)}</span>
<span class="portal-slogan">Chính quyền thân thiện - Phục vụ nhân dân</span></div>
<form class="header-search" action="/tim-kiem.html" method="get"><input type="text" name="q"
placeholder="Nhập từ khóa..."><button type="submit">Tìm</button></form>
</div></header>
<nav class="main-menu"><div class="container"><ul class="menu">
<li class="menu-item"><a href="/"><i class="fa fa-home"></i></a></li>
<li class="menu-item"><a href="/gioi-thieu.html">Giới thiệu</a></li>
<li class="menu-item has-sub"><a href="{esc(self.listing_path(None))}">Tin tức - Sự kiện</a>
<ul class="sub-menu">{submenu}</ul></li>
{menu}
<li class="menu-item"><a href="https://vanban.tanthuy.gov.vn">Văn bản</a></li>
<li class="menu-item"><a href="https://dichvucong.tanthuy.gov.vn">Dịch vụ công</a></li>
<li class="menu-item"><a href="/lien-he.html">Liên hệ</a></li>
</ul></div></nav>
<div class="marquee-bar"><div class="container"><marquee scrollamount="3">Chào mừng bạn đến với
{esc(portal.name)}</marquee></div></div>
{trail}
<div class="container main-wrap"><div class="row">
<div class="col-md-8 col-main">
{main}
</div>
<div class="col-md-4 col-side">
{side_featured}
{self.latest_box(request)}
<div class="box box-docnhieu"><div class="box-title"><h3>Đọc nhiều</h3></div>
<ul class="list-title">{read_rows}</ul></div>
<div class="box box-tthc"><div class="box-title"><h3>Kết quả giải quyết TTHC</h3></div>
<div class="tthc-chart" data-percent="{stats["percent"]}"></div>
<ul><li>Tháng {stats["month"]}: tiếp nhận {thousands(stats["total"])} hồ sơ</li>
<li>Đúng hạn: {thousands(stats["ontime"])} ({stats["percent"]}%)</li>
<li>Trễ hạn: {thousands(stats["late"])}</li></ul></div>
<div class="box box-poll"><div class="box-title"><h3>Thăm dò ý kiến</h3></div>
<form action="/binh-chon/gui.html" method="post"><p class="poll-q">{esc(question)}</p>
<ul>{answers}</ul><button type="submit">Biểu quyết</button>
<a href="/binh-chon/ket-qua.html">Xem kết quả</a></form></div>
<div class="box box-links"><div class="box-title"><h3>Liên kết website</h3></div>
<select onchange="if(this.value)window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>
<option value="https://mic.gov.vn">Bộ Thông tin và Truyền thông</option></select>
<a href="https://dichvucong.gov.vn"><img src="/uploads/banner/dvcqg.png"
alt="Cổng Dịch vụ công quốc gia"></a></div>
<div class="box box-counter"><div class="box-title"><h3>Thống kê truy cập</h3></div>
<ul><li>Đang online: <b>{thousands(visits["online"])}</b></li>
<li>Hôm nay: <b>{thousands(visits["today"])}</b></li>
<li>Trong tuần: <b>{thousands(visits["week"])}</b></li>
<li>Tất cả: <b>{thousands(visits["total"])}</b></li></ul></div>
</div></div></div>
<footer class="footer"><div class="container">
<ul class="footer-menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới
thiệu</a></li><li><a href="/rss.html">RSS</a></li><li><a href="/lien-he.html">Liên hệ</a></li></ul>
<p class="footer-name">{esc(portal.name.upper())}</p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Trưởng Ban biên tập: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)}. Điện thoại: {esc(portal.phone)}. Email:
banbientap@{esc(portal.domain)}</p>
<p>{esc(reuse_notice(portal))}</p>
</div></footer>
<a href="#" class="back-to-top" title="Về đầu trang">&#9650;</a>
<script src="/templates/tanthuy/js/jquery.min.js"></script>
<script src="/templates/tanthuy/js/main.js?v=3.2.8"></script>
</body></html>
"""

    # -- teaser boxes

    def teaser(self, item: Item, request: Request, tag: str = "h3", photo: bool = True) -> str:
        """One teaser: photo, title, date and the whole first paragraph."""
        href = esc(self.article_path(item))
        image = (
            f'<a class="thumb" href="{href}"><img src="{esc(self.thumb(item))}" '
            f'alt="{esc(item.title)}"></a>'
            if photo
            else ""
        )
        return (
            f'<div class="news-item">{image}<{tag} class="news-title"><a href="{href}" '
            f'title="{esc(item.title)}">{esc(item.title)}</a></{tag}>'
            f'<span class="news-time">{teaser_time(item.published)}</span>'
            f'<p class="news-sapo">{esc(self.lead(item, request.revision))}</p></div>'
        )

    def latest_box(self, request: Request) -> str:
        rows = "".join(
            f'<li><a class="thumb" href="{esc(self.article_path(it))}"><img '
            f'src="{esc(self.thumb(it))}" alt="{esc(it.title)}"></a><h4><a '
            f'href="{esc(self.article_path(it))}">{esc(it.title)}</a></h4>'
            f'<span class="time">{listing_date(it.published)}</span>'
            f'<p class="sapo">{esc(self.lead(it, request.revision))}</p></li>'
            for it in self.latest(5)
        )
        return (
            '<div class="box box-tinmoi"><div class="box-title"><h3>Tin mới nhất</h3></div>'
            f'<ul class="list-news-side">{rows}</ul></div>'
        )

    def featured_box(self, request: Request, where: str) -> str:
        rows = "".join(
            self.teaser(it, request, "h3" if where == "home" else "h4", photo=n == 0)
            for n, it in enumerate(self.featured)
        )
        return (
            f'<div class="box box-tieudiem box-tieudiem--{where}"><div class="box-title">'
            f"<h3>Tiêu điểm</h3></div>{rows}</div>"
        )

    def pager(self, page: int, pages: int, href) -> str:
        if pages <= 1:
            return ""
        parts = arrow_pager(
            page,
            pages,
            href,
            link='<li><a href="{href}">{n}</a></li>',
            current='<li class="active"><span>{n}</span></li>',
            gap='<li class="disabled"><span>...</span></li>',
            prev='<li><a href="{href}" title="Trang trước">&laquo;</a></li>',
            next_='<li><a href="{href}" title="Trang sau">&raquo;</a></li>',
        )
        first = f'<li><a href="{esc(href(1))}">Đầu</a></li>' if page > 1 else ""
        last = f'<li><a href="{esc(href(pages))}">Cuối</a></li>' if page < pages else ""
        return f'<ul class="pagination">{first}{"".join(parts)}{last}</ul>'

    # -- pages

    def home_html(self, request: Request) -> str:
        newest = "".join(self.teaser(it, request) for it in self.items[:4])
        blocks = []
        for section in self.sections.values():
            items = self.listed(section)[:4]
            if not items:
                continue
            first = self.teaser(items[0], request)
            rest = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<span class="time">{listing_date(it.published)}</span></li>'
                for it in items[1:]
            )
            blocks.append(
                f'<div class="box box-cate"><div class="box-title"><h2><a '
                f'href="{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>'
                f'<a class="more" href="{esc(self.listing_path(section))}">Xem thêm</a></div>'
                f'{first}<ul class="list-title">{rest}</ul></div>'
            )
        main = (
            f"{self.featured_box(request, 'home')}"
            '<div class="box box-tinmoi-home"><div class="box-title"><h2><a href='
            f'"{esc(self.listing_path(None))}">Tin tức - Sự kiện</a></h2></div>{newest}</div>'
            f"{''.join(blocks)}"
        )
        return self.frame("Trang chủ", main, request)

    def listing_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        name = self.news.name if self.is_news(section) else section.name
        rows = "".join(self.teaser(it, request) for it in items)
        pager = self.pager(page, pages, lambda n: self.listing_path(section, n))
        main = (
            f'<div class="box box-list"><div class="box-title"><h1>{esc(name)}</h1></div>'
            f'<div class="list-news">{rows}</div><div class="paging">{pager}</div></div>'
        )
        crumbs = [(self.news.name, self.listing_path(None))]
        if not self.is_news(section):
            crumbs.append((name, self.listing_path(section)))
        return self.frame(name, main, request, crumbs=crumbs, featured=page == 1)

    def tag_html(self, tag: str, page: int, pages: int, items: list[Item], request: Request) -> str:
        rows = "".join(self.teaser(it, request) for it in items)
        pager = self.pager(page, pages, lambda n: self.tag_path(tag, n))
        main = (
            f'<div class="box box-list"><div class="box-title"><h1>Từ khóa: {esc(tag)}</h1></div>'
            f'<div class="list-news">{rows}</div><div class="paging">{pager}</div></div>'
        )
        return self.frame(f"Từ khóa: {tag}", main, request, crumbs=[(tag, self.tag_path(tag))])

    def inline_more(self, item: Item) -> str:
        """The "Xem thêm" box the text carries (a CMS box, or a paragraph the editor typed)."""
        other = self.related_one(item)
        if other is None:
            return ""
        href = esc(self.article_path(other))
        if stable_int(item.key + "xemthem-kieu", 0, 2) == 0:
            return f'<p><strong>Xem thêm:</strong> <a href="{href}">{esc(other.title)}</a></p>'
        return (
            f'<div class="box-xemthem"><span class="xemthem-label">Xem thêm</span><a '
            f'class="xemthem-thumb" href="{href}"><img src="{esc(self.thumb(other))}" '
            f'alt="{esc(other.title)}"></a><a class="xemthem-title" href="{href}">'
            f"{esc(other.title)}</a></div>"
        )

    def photo(self, item: Item, index: int, caption: str, first: bool) -> str:
        src = esc(image_path(item, index, self.image_folder))
        if first:
            return (
                f'<figure class="detail-photo"><img src="{src}" alt="{esc(caption)}">'
                f"<figcaption>{esc(caption)}</figcaption></figure>"
            )
        return (
            '<table class="tplCaption" align="center"><tbody><tr><td>'
            f'<img src="{src}" alt="{esc(caption)}"></td></tr><tr><td class="caption">'
            f"<p>{esc(caption)}</p></td></tr></tbody></table>"
        )

    def article_html(self, item: Item, request: Request) -> str:
        revision = request.revision
        blocks = body_blocks(item, revision)
        lead = self.lead(item, revision)
        paragraphs = item.body(revision)
        # The "Xem thêm" box goes after the paragraph in the middle of the text (never last).
        more_after = max(1, len(paragraphs) // 2) if len(paragraphs) > 2 else None
        content: list[str] = []
        seen = 0
        for kind, value in blocks:
            if kind == "p":
                seen += 1
                if seen == 1:
                    continue  # the lead is the sapo above the photo
                content.append(f"<p>{esc(value)}</p>")
                if more_after is not None and seen - 1 == more_after:
                    content.append(self.inline_more(item))
            else:
                index, caption = value
                content.append(self.photo(item, index, caption, first=seen <= 1))
        byline = ""
        if item.author:
            byline += f'<div class="detail-author"><strong>{esc(item.author)}</strong></div>'
        if item.source:
            byline += f'<div class="detail-source">Nguồn: {esc(item.source)}</div>'
        tags = ", ".join(
            f'<a href="{esc(self.tag_path(t))}" rel="tag">{esc(t)}</a>'
            for t in self.tags.get(item.key, [])
        )
        url = request.base_url + self.article_path(item)
        related = "".join(self.teaser(it, request, "h4") for it in self.neighbours(item))
        views = view_count(f"{self.portal.id}:{item.number}")
        section = item.section
        main = f"""<div class="detail">
<div class="detail-cate"><a href="{esc(self.listing_path(section))}">{esc(section.name)}</a></div>
<h1 class="detail-title">{esc(item.title)}</h1>
<div class="detail-meta"><span class="detail-time"><i class="fa fa-clock-o"></i>
{detail_time(item.published)}</span>
<span class="detail-view"><i class="fa fa-eye"></i> Lượt xem: {thousands(views)}</span>
<span class="detail-font">Cỡ chữ: <a href="javascript:void(0)" onclick="fontSize(-1)">A-</a>
<a href="javascript:void(0)" onclick="fontSize(0)">A</a>
<a href="javascript:void(0)" onclick="fontSize(1)">A+</a></span>
<span class="detail-tool"><a href="{esc(self.print_path(item))}" target="_blank"
rel="nofollow"><i class="fa fa-print"></i> In bài</a>
<a href="{esc(self.email_path(item))}" rel="nofollow"
onclick="window.open(this.href,'guiemail','width=620,height=520');return false;"><i
class="fa fa-envelope"></i> Gửi email</a></span></div>
<h2 class="detail-sapo">{esc(lead)}</h2>
<div class="detail-content" id="noidung">
{"".join(content)}
</div>
{byline}
<div class="detail-tags"><span><i class="fa fa-tags"></i> Từ khóa:</span> {tags}</div>
<div class="detail-share"><span>Chia sẻ:</span>
<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}"
target="_blank" rel="nofollow">Facebook</a>
<div class="zalo-share-button" data-href="{esc(url)}" data-oaid="579745863508352884"
data-layout="1" data-color="blue"></div>
<a class="share-tw" href="https://twitter.com/intent/tweet?url={esc(url)}" target="_blank"
rel="nofollow">Twitter</a>
<a href="javascript:void(0)" onclick="copyLink()">Sao chép liên kết</a>
<span class="detail-view-bottom">Lượt xem: {thousands(views)}</span></div>
</div>
<div class="box box-comment"><div class="box-title"><h3>Ý kiến bạn đọc (0)</h3></div>
<form class="comment-form" action="/binh-luan/gui.html" method="post">
<input type="hidden" name="baiviet" value="{item.number}">
<input type="text" name="hoten" placeholder="Họ và tên (*)">
<input type="email" name="email" placeholder="Email (*)">
<textarea name="noidung" rows="4" placeholder="Nội dung ý kiến của bạn..."></textarea>
<img src="/captcha.ashx.png" alt="Mã xác nhận"><input type="text" name="captcha"
placeholder="Mã xác nhận"><button type="submit">Gửi ý kiến</button>
<p class="note">Ý kiến của bạn sẽ được Ban biên tập xem xét trước khi đăng.</p></form></div>
<div class="box box-cungchuyenmuc"><div class="box-title"><h3>Tin cùng chuyên mục</h3></div>
<div class="list-news">{related}</div></div>"""
        head = (
            f'<meta name="description" content="{esc(lead)}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(item.title)}">\n'
            f'<meta property="og:description" content="{esc(lead)}">\n'
            f'<meta property="og:url" content="{esc(url)}">\n'
            f'<meta property="og:image" content="{esc(request.base_url + self.thumb(item))}">\n'
            f'<link rel="canonical" href="{esc(url)}">\n'
        )
        crumbs = [(self.news.name, self.listing_path(None))]
        if not self.is_news(section):
            crumbs.append((section.name, self.listing_path(section)))
        return self.frame(
            item.title,
            main,
            request,
            crumbs=crumbs,
            featured=self.has_featured_box(section),
            head=head,
        )

    def print_html(self, item: Item, request: Request) -> str:
        revision = request.revision
        paragraphs = item.body(revision)
        body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs[1:])
        lead = f"<p><strong>{esc(paragraphs[0])}</strong></p>" if paragraphs else ""
        author = f'<p align="right"><strong>{esc(item.author)}</strong></p>' if item.author else ""
        source = f'<p align="right">Nguồn: {esc(item.source)}</p>' if item.source else ""
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(item.title)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="/templates/tanthuy/css/print.css"></head>
<body onload="window.print()">
<div class="print-header"><img src="/templates/tanthuy/images/logo-print.png" alt="">
{esc(self.portal.name.upper())}</div>
<h1>{esc(item.title)}</h1><p class="print-date">{detail_time(item.published)}</p>
{lead}{body}{author}{source}
<p class="print-url">Địa chỉ bài viết: {esc(request.base_url + self.article_path(item))}</p>
</body></html>
"""

    def email_html(self, item: Item, request: Request) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Gửi email - {esc(item.title)}</title>
<link rel="stylesheet" href="/templates/tanthuy/css/popup.css"></head>
<body class="popup">
<h3>Gửi bài viết qua email</h3>
<div class="email-article"><h4>{esc(item.title)}</h4>
<p>{esc(self.lead(item, request.revision))}</p></div>
<form action="/gui-email/{item.number}.html" method="post">
<label>Họ tên người gửi (*)</label><input type="text" name="tennguoigui">
<label>Email người gửi (*)</label><input type="email" name="emailnguoigui">
<label>Email người nhận (*)</label><input type="email" name="emailnguoinhan">
<label>Lời nhắn</label><textarea name="loinhan" rows="3"></textarea>
<button type="submit">Gửi</button> <button type="button" onclick="window.close()">Đóng</button>
</form></body></html>
"""

    def static_html(self, path: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[path]
        text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        form = ""
        if path == "/lien-he.html":
            form = (
                '<form class="contact-form" action="/lien-he.html" method="post">'
                '<input name="hoten" placeholder="Họ và tên"><input name="email" '
                'placeholder="Email"><textarea name="noidung"></textarea>'
                '<button type="submit">Gửi liên hệ</button></form>'
            )
        main = (
            f'<div class="box box-page"><div class="box-title"><h1>{esc(title)}</h1></div>'
            f'<div class="page-content">{text}</div>{form}</div>'
        )
        return self.frame(title, main, request, crumbs=[(title, path)])

    def rss_page_html(self, request: Request) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.feed_path(s))}">{esc(s.name)}</a></li>'
            for s in [self.news, *self.sections.values()]
        )
        main = (
            '<div class="box box-page"><div class="box-title"><h1>Kênh RSS</h1></div>'
            "<p>RSS là dịch vụ cung cấp thông tin cho phép người dùng nhận tin mới từ Cổng thông "
            "tin điện tử tỉnh mà không cần truy cập trang web.</p>"
            f'<ul class="rss-list">{rows}</ul></div>'
        )
        return self.frame("RSS", main, request, crumbs=[("RSS", "/rss.html")])

    def rss_xml(self, section: Section | None, request: Request) -> str:
        base = request.base_url
        items = [it for it in self.listed(section) if it.kind == "article"][:RSS_ITEMS]
        entries = "".join(
            f"<item><title>{esc(it.title)}</title>"
            f"<link>{esc(base + self.article_path(it))}</link>"
            f'<description><![CDATA[<a href="{base + self.article_path(it)}"><img '
            f'src="{base + self.thumb(it)}" width="160"></a>'
            f"{esc(self.lead(it, request.revision))}]]></description>"
            f"<pubDate>{rss_date(it.published)}</pubDate></item>\n"
            for it in items
        )
        name = self.news.name if self.is_news(section) else section.name
        return (
            '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(name)} - {esc(self.portal.name)}</title><link>{esc(base)}/</link>"
            f"<description>{esc(name)}</description><language>vi-VN</language>\n"
            f"{entries}</channel></rss>\n"
        )

    def error_html(self, status: int) -> str:
        message = (
            "Trang bạn yêu cầu không tồn tại hoặc đã bị xóa."
            if status == 404
            else "Hệ thống đang bận, vui lòng thử lại sau."
        )
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Thông báo - {esc(self.portal.name)}</title>
</head><body class="error-page"><div class="error-box"><h1>{status}</h1><p>{message}</p>
<p><a href="/">Quay về trang chủ</a></p></div></body></html>
"""
