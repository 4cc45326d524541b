"""A provincial portal on a small local vendor's PHP CMS whose page heads lie while the pages
read right.

The vendor (a two-person software shop of the province) built the site in 2019 on its own PHP
framework with Smarty templates and later bolted on an "SEO" module that stores a meta title,
a canonical address and Open Graph fields with each article when it is saved. Every bug of
that story shows in the ``<head>``; the visible page (what the editors check) is right:

- ``<html lang="en">`` (the template's skeleton came from an English theme);
- ``<link rel="canonical">`` by era (:func:`era_of`, from the article's publication time):
  ``cu`` (articles saved before the SEO module) the home page; ``seo1`` (the module's first
  version stored the category page it was saved from) the section's listing; ``seo2`` (editors
  now work in the vendor's staging back office) ``http://beta.ngocdong.gov.vn/tin-tuc/…`` (the
  right path on the staging host); listing pages name their first page whatever page they
  are; the home page names the staging host's home;
- ``<title>``: the site name on every ``cu`` article, "Tin tức" (the module's default) on every
  later one;
- ``og:url`` built with the category id where the article id belongs
  (``/tin-tuc/<slug>-<category id>.html``, a 404); ``og:type`` "website";
- on about a third of the articles (:func:`stale_og`) the Open Graph block comes from a
  fragment cache filled by the article rendered before it: ``og:title``, ``og:description``,
  ``og:image``, ``twitter:title`` and the JSON-LD headline are the PREVIOUS article's;
- ``<meta name="description">`` and ``keywords`` are the same on every page;
  ``<meta name="author">`` is the webmaster;
- JSON-LD ``NewsArticle`` whose ``datePublished``/``dateModified`` is the template's build date
  (``cu``, the same on every page) or the time the page is rendered (later eras: the site's
  "now", :data:`TODAY`, at a time drawn from the path), its ``author`` "Quản trị viên";
- ``article:published_time`` the publication time converted to UTC and then labelled +07:00
  (seven hours early; the day before for morning articles).

The visible page: a "Tin mới cập nhật" ticker (other articles' titles and dates, linked through
the unrewritten ``/index.php?mod=tintuc&id=<id>``) above the breadcrumb and the title; the old
detail template (``cu``) has the title in ``<h2 class="tieude">``, "Ngày đăng: 04/01/2021
07:41", photos in CKEditor caption tables, the author bold and "Nguồn: …" under the text; the
new one (``seo1``, ``seo2``) ``<h1 class="news-title">``, "Thứ Hai, 04/01/2021, 07:41 (GMT+7)"
with "Tác giả: …" on the meta line, ``<figure>`` photos and "Nguồn: …" under the text; then
"Tin liên quan" with dates. Around it: menus, "Tin đọc nhiều", "Kết quả giải quyết TTHC",
a poll, the visitor counter, the footer.

URL shapes (Apache, mod_rewrite):
- home ``/`` (also ``/index.php``, ``/trang-chu.html``);
- all news ``/tin-tuc.html``, a section ``/chuyen-muc/<slug>.html``; page N ``?page=N`` (the
  pager links page 1 as ``?page=1`` too); past the last page a 404;
- article ``/tin-tuc/<slug>-<id>.html`` (the rewrite reads only the id: any slug answers);
  ``/index.php?mod=tintuc&id=<id>`` answers the same page (200, the ticker's links);
- RSS: ``/rss.html`` (the list of feeds), ``/rss/tin-tuc.rss`` and ``/rss/<slug>.rss``; every
  ``<pubDate>`` is the feed's build time (the site's "now"), not the article's;
- ``/gioi-thieu.html``, ``/lien-he.html``; broken pages answer 404 (the vendor's page) or 500 (a
  PHP database error).
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta

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
    image_path,
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

STAGING = "http://beta.ngocdong.gov.vn"
#: The site's "now": the day the pages are rendered (JSON-LD of later eras, RSS build time).
TODAY = datetime(2026, 11, 24, 8, 47)
#: When the detail template was built: every ``cu`` article's JSON-LD date.
BUILD_DATE = "2019-06-18T10:25:00+07:00"
#: When the SEO module was installed, and when editors moved to the staging back office.
SEO_V1 = datetime(2021, 1, 5, 0, 0)
SEO_V2 = datetime(2021, 1, 6, 0, 0)
HOME_PATHS = ("/", "/index.php", "/trang-chu.html")
NEWS_PATH = "/tin-tuc.html"
SITE_DESCRIPTION = (
    "Cổng thông tin điện tử tỉnh Ngọc Đông - Thông tin chính thống về hoạt động chỉ đạo, điều "
    "hành của Tỉnh ủy, HĐND, UBND tỉnh Ngọc Đông"
)
SITE_KEYWORDS = "ngọc đông, cổng thông tin, ubnd tỉnh ngọc đông, tin tức, chuyển đổi số"
WEBMASTER = "Webmaster"
JSONLD_AUTHOR = "Quản trị viên"
LOGO = "/themes/ngocdong/images/logo.png"

_ARTICLE = re.compile(r"^/tin-tuc/(?:[a-z0-9-]*-)?(\d+)\.html$")
_SECTION = re.compile(r"^/chuyen-muc/([a-z0-9-]+)\.html$")
_FEED = re.compile(r"^/rss/([a-z0-9-]+)\.rss$")

ABOUT = (
    "Ngọc Đông là tỉnh ven biển có diện tích tự nhiên hơn 4.800 km², gồm thành phố Ngọc Châu, "
    "thị xã Bến Mây và chín huyện với 151 xã, phường, thị trấn.",
    "Dân số toàn tỉnh khoảng 1,1 triệu người; kinh tế dựa vào nông nghiệp, thủy sản, du lịch "
    "biển và các khu công nghiệp ven quốc lộ.",
    "Tỉnh đặt mục tiêu đến năm 2025 đưa toàn bộ thủ tục hành chính đủ điều kiện lên dịch vụ công "
    "trực tuyến toàn trình và hình thành các đô thị thông minh đầu tiên.",
)


def era_of(item: Item) -> str:
    """The SEO era of an article, from when it was saved (its publication time).

    >>> from dtcrawl.demo.cms.common import Section
    >>> def it(moment):
    ...     return Item("k", 1, "T", Section(1, "S", "s"), moment, None, None, None, ["a"], [])
    >>> [era_of(it(datetime(2021, 1, d, 9))) for d in (4, 5, 6)]
    ['cu', 'seo1', 'seo2']
    """
    if item.published < SEO_V1:
        return "cu"
    return "seo1" if item.published < SEO_V2 else "seo2"


def stale_og(item: Item) -> bool:
    """True when the article's Open Graph block is served from the previous article's cache."""
    return stable_int(item.key + "og-cache", 0, 2) == 0


def utc_labelled_local(moment: datetime) -> str:
    """``article:published_time`` as the module writes it: UTC digits, a +07:00 label.

    >>> utc_labelled_local(datetime(2021, 1, 4, 7, 41))
    '2021-01-04T00:41:00+07:00'
    >>> utc_labelled_local(datetime(2021, 1, 5, 6, 10))
    '2021-01-04T23:10:00+07:00'
    """
    return (moment - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def render_stamp(seed: str) -> str:
    """The JSON-LD date of later eras: ``date('c')`` at render time (the site's "now").

    >>> render_stamp("x").startswith("2026-11-24T")
    True
    """
    moment = TODAY.replace(hour=stable_int(seed + "h", 7, 16), minute=stable_int(seed + "m", 0, 59))
    return moment.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def old_date_line(moment: datetime) -> str:
    """The date line of the old detail template.

    >>> old_date_line(datetime(2021, 1, 4, 7, 41))
    'Ngày đăng: 04/01/2021 07:41'
    """
    return f"Ngày đăng: {dmy(moment)} {moment:%H:%M}"


def new_date_line(moment: datetime) -> str:
    """The date on the new detail template's meta line.

    >>> new_date_line(datetime(2021, 1, 4, 7, 41))
    'Thứ Hai, 04/01/2021, 07:41 (GMT+7)'
    """
    return f"{weekday(moment)}, {dmy(moment)}, {moment:%H:%M} (GMT+7)"


def ticker_date(moment: datetime) -> str:
    """How the ticker and the lists date an item.

    >>> ticker_date(datetime(2021, 1, 4, 9, 3))
    '(04/01/2021 09:03)'
    """
    return f"({dmy(moment)} {moment:%H:%M})"


def rss_build_date() -> str:
    """The feed's build time, written on every item.

    >>> rss_build_date()
    'Tue, 24 Nov 2026 08:47:00 +0700'
    """
    return TODAY.strftime("%a, %d %b %Y %H:%M:%S +0700")


class BadMetaSite(CmsSite):
    family_headers = {"Server": "Apache/2.4.41 (Ubuntu)", "X-Powered-By": "PHP/7.2.24"}
    number_base = 2_260
    number_stride = 4
    image_folder = "/uploads/news"

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/tin-tuc/{slugify(item.title)}-{item.number}.html"

    def raw_path(self, item: Item) -> str:
        """The unrewritten address the ticker module prints."""
        return f"/index.php?mod=tintuc&id={item.number}"

    def article_aliases(self, item: Item) -> list[str]:
        return [self.raw_path(item)]

    def listing_base(self, section: Section | None) -> str:
        return NEWS_PATH if self.is_news(section) else f"/chuyen-muc/{section.slug}.html"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = self.listing_base(section)
        return base if page <= 1 else f"{base}?page={page}"

    def feed_path(self, section: Section | None) -> str:
        slug = slugify(self.news.name) if self.is_news(section) else section.slug
        return f"/rss/{slug}.rss"

    def extra_paths(self) -> dict[str, str]:
        return {"rss": self.feed_path(None)}

    def previous(self, item: Item) -> Item | None:
        """The article saved just before ``item`` (whose cached Open Graph block it may show)."""
        older = self.items[self.items.index(item) + 1 :]
        return next((it for it in older if it.kind == "article"), None)

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/index.php" and request.params.get("mod") == "tintuc":
            try:
                item = self.by_number.get(int(request.params.get("id", "")))
            except ValueError:
                return None
            return self.article_response(item, request) if item else None
        if path in HOME_PATHS:
            return self.html_response(self.home_html(request))
        match = _ARTICLE.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            return self.article_response(item, request) if item else None
        if path == NEWS_PATH:
            return self.listing_response(None, request)
        match = _SECTION.match(path)
        if match:
            section = self.section_by_slug(match.group(1))
            return self.listing_response(section, request) if section else None
        if path == "/rss.html":
            return self.html_response(self.rss_index_html(request))
        match = _FEED.match(path)
        if match:
            slug = match.group(1)
            if slug == slugify(self.news.name):
                return self.feed(None, request)
            section = self.section_by_slug(slug)
            return self.feed(section, request) if section else None
        if path == "/gioi-thieu.html":
            return self.html_response(self.about_html(request))
        if path == "/lien-he.html":
            return self.html_response(self.contact_html(request))
        return None

    def listing_response(self, section: Section | None, request: Request) -> Response | None:
        page = page_number(request.params.get("page"))
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(section, page, pages, items, request))

    # -- head

    def head(
        self,
        *,
        title: str,
        canonical: str,
        request: Request,
        og: dict[str, str] | None = None,
        extra: str = "",
    ) -> str:
        p = self.portal
        og = og or {
            "type": "website",
            "title": p.name,
            "url": request.base_url + "/",
            "description": SITE_DESCRIPTION,
            "image": request.base_url + LOGO,
        }
        ogs = "".join(
            f'<meta property="og:{name}" content="{esc(value)}" />\n' for name, value in og.items()
        )
        return f"""<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta name="description" content="{esc(SITE_DESCRIPTION)}" />
<meta name="keywords" content="{esc(SITE_KEYWORDS)}" />
<meta name="author" content="{WEBMASTER}" />
<meta name="copyright" content="{esc(p.agency)}" />
<meta name="generator" content="NDSoft Portal 3.2" />
<link rel="canonical" href="{esc(canonical)}" />
<meta property="og:site_name" content="{esc(p.name)}" />
<meta property="og:locale" content="en_US" />
{ogs}<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:title" content="{esc(og["title"])}" />
{extra}<link rel="shortcut icon" href="/themes/ngocdong/images/favicon.ico" />
<link rel="alternate" type="application/rss+xml" title="{esc(self.news.name)}" href="{esc(self.feed_path(None))}" />
<link rel="stylesheet" href="/themes/ngocdong/css/bootstrap.min.css" />
<link rel="stylesheet" href="/themes/ngocdong/css/style.css?v=20190618" />
<script src="/themes/ngocdong/js/jquery-1.12.4.min.js"></script>
</head>"""

    def article_head(self, item: Item, request: Request) -> str:
        era = era_of(item)
        p = self.portal
        base = request.base_url
        if era == "cu":
            title, canonical = p.name, base + "/"
            published = modified = BUILD_DATE
        else:
            title = self.news.name
            if era == "seo1":
                canonical = base + self.listing_path(item.section)
            else:
                canonical = STAGING + self.article_path(item)
            published = modified = render_stamp(request.seed)
        shown = item
        if stale_og(item):
            shown = self.previous(item) or item
        image = base + image_path(shown, 0, self.image_folder) if shown.images else base + LOGO
        og = {
            "type": "website",
            "title": shown.title,
            "url": f"{base}/tin-tuc/{slugify(shown.title)}-{item.section.id}.html",
            "description": shown.sapo(request.revision),
            "image": image,
        }
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": canonical},
            "headline": shown.title,
            "image": [image],
            "datePublished": published,
            "dateModified": modified,
            "author": {"@type": "Person", "name": JSONLD_AUTHOR},
            "publisher": {
                "@type": "Organization",
                "name": p.name,
                "logo": {"@type": "ImageObject", "url": base + LOGO},
            },
            "description": SITE_DESCRIPTION,
        }
        extra = (
            f'<meta property="article:published_time" content="'
            f'{utc_labelled_local(item.published)}" />\n'
            f'<meta property="article:section" content="{esc(self.news.name)}" />\n'
            '<script type="application/ld+json">'
            + json.dumps(ld, ensure_ascii=False, indent=2).replace("</", "<\\/")
            + "</script>\n"
        )
        return self.head(title=title, canonical=canonical, request=request, og=og, extra=extra)

    # -- frame

    def ticker(self, exclude: Item | None = None) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.raw_path(it))}">{esc(it.title)}</a> '
            f'<span class="time">{ticker_date(it.published)}</span></li>'
            for it in self.latest(6, exclude)
        )
        return (
            '<div class="tin-moi-cap-nhat clearfix"><span class="label-ticker">Tin mới cập nhật'
            f'</span><marquee behavior="scroll" scrollamount="4" onmouseover="this.stop()" '
            f'onmouseout="this.start()"><ul class="ticker-list">{rows}</ul></marquee></div>'
        )

    def frame(
        self,
        head: str,
        main: str,
        request: Request,
        current: Section | None = None,
        ticker_exclude: Item | None = None,
    ) -> str:
        p = self.portal
        menu = "".join(
            f'<li class="{"active" if s is current else ""}"><a href="'
            f'{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        healthy = [it for it in self.items if it.kind == "article"]
        most = sorted(healthy, key=lambda it: (-view_count(it.key), it.key))[:5]
        most_read = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>' for it in most
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<li><label><input type="radio" name="binhchon" value="{i}" /> {esc(o)}</label></li>'
            for i, o in enumerate(options)
        )
        today = f"{weekday(TODAY)}, ngày {dmy(TODAY)}"
        return f"""<!DOCTYPE html>
<html lang="en">
{head}
<body>
<div id="wrapper">
<div class="top-bar"><div class="container"><span class="today">{today}</span>
<span class="top-links"><a href="/gioi-thieu.html">Giới thiệu</a> | <a href="/lien-he.html">Liên hệ</a>
| <a href="/rss.html">RSS</a> | <a href="/admin/login.php" rel="nofollow">Đăng nhập</a></span></div></div>
<div class="header"><div class="container"><a class="logo" href="/"><img src="{LOGO}"
alt="Quốc huy" /></a><div class="site-name"><span class="l1">{esc(p.agency)}</span>
<span class="l2">{esc(p.name)}</span></div>
<form class="search" action="/tim-kiem.html" method="get"><input type="text" name="q"
placeholder="Nhập từ khóa..." /><button type="submit">Tìm kiếm</button></form></div></div>
<nav class="main-menu"><div class="container"><ul>
<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>
<li><a href="/gioi-thieu.html">Giới thiệu</a></li>
<li><a href="{NEWS_PATH}">{esc(self.news.name)}</a></li>{menu}
<li><a href="https://dichvucong.gov.vn" target="_blank">Dịch vụ công</a></li>
</ul></div></nav>
<div class="container main">
<div class="row">
<div class="col-md-8 col-main">
{self.ticker(ticker_exclude)}
{main}
</div>
<div class="col-md-4 col-right">
<div class="box"><h3 class="box-title">Tin đọc nhiều</h3><ul class="box-list">{most_read}</ul></div>
<div class="box box-tthc"><h3 class="box-title">Kết quả giải quyết TTHC</h3>
<table class="tthc"><tr><th colspan="2">Tháng {t["month"]}</th></tr>
<tr><td>Hồ sơ tiếp nhận</td><td>{thousands(t["total"])}</td></tr>
<tr><td>Đúng hạn</td><td>{thousands(t["ontime"])}</td></tr>
<tr><td>Trễ hạn</td><td>{thousands(t["late"])}</td></tr>
<tr><td>Tỷ lệ đúng hạn</td><td>{t["percent"]}%</td></tr></table>
<a class="more" href="https://dichvucong.ngocdong.gov.vn/thong-ke" target="_blank">Xem chi tiết</a></div>
<div class="box"><h3 class="box-title">Thăm dò ý kiến</h3><p>{esc(question)}</p>
<ul class="poll">{choices}</ul><button type="button" onclick="binhChon()">Bình chọn</button>
<a href="javascript:void(0)" onclick="xemKetQua()">Xem kết quả</a></div>
<div class="box"><h3 class="box-title">Liên kết website</h3>
<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option></select></div>
<div class="box"><h3 class="box-title">Thống kê truy cập</h3><ul class="counter">
<li>Đang online: <b>{thousands(v["online"])}</b></li>
<li>Hôm nay: <b>{thousands(v["today"])}</b></li>
<li>Tuần này: <b>{thousands(v["week"])}</b></li>
<li>Tháng này: <b>{thousands(v["month"])}</b></li>
<li>Tổng lượt truy cập: <b>{thousands(v["total"])}</b></li></ul></div>
</div>
</div>
</div>
<div class="footer"><div class="container">
<p><b>{esc(p.name)}</b></p>
<p>Cơ quan chủ quản: {esc(p.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)} - Email: banbientap@{esc(p.domain)}</p>
<p>{esc(reuse_notice(p))}</p>
<p class="dev">Thiết kế và phát triển: Công ty TNHH Phần mềm Ngọc Đông (NDSoft)</p>
</div></div>
</div>
<script src="/themes/ngocdong/js/main.js"></script>
</body>
</html>
"""

    # -- pages

    def thumb(self, item: Item) -> str:
        src = image_path(item, 0, self.image_folder) if item.images else "/uploads/no-image.jpg"
        return f'<img src="{esc(src)}" alt="{esc(item.title)}" width="180" />'

    def home_html(self, request: Request) -> str:
        articles = [it for it in self.items if it.kind == "article"]
        parts = []
        if articles:
            top, rest = articles[0], articles[1:5]
            others = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
                for it in rest
            )
            parts.append(
                '<div class="tin-noi-bat"><div class="tnb-main">'
                f'<a href="{esc(self.article_path(top))}">{self.thumb(top)}</a>'
                f'<h3><a href="{esc(self.article_path(top))}">{esc(top.title)}</a></h3>'
                f'<p class="sapo">{esc(top.sapo())}</p></div><ul class="tnb-list">{others}</ul>'
                "</div>"
            )
        for section in self.sections.values():
            rows = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<span class="date">({dmy(it.published)})</span></li>'
                for it in self.listed(section)[:4]
            )
            parts.append(
                f'<div class="home-cat"><div class="home-cat-title"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></div>'
                f'<ul>{rows}</ul><a class="xem-them" href="{esc(self.listing_path(section))}">'
                "Xem thêm</a></div>"
            )
        main = (
            f'<div class="home-news-title"><a href="{NEWS_PATH}">{esc(self.news.name)}</a></div>'
            + "".join(parts)
        )
        head = self.head(title=self.portal.name, canonical=STAGING + "/", request=request)
        return self.frame(head, main, request)

    def listing_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        name = self.news.name if self.is_news(section) else section.name
        rows = "".join(
            f'<div class="news-item clearfix"><a class="thumb" href="'
            f'{esc(self.article_path(it))}">{self.thumb(it)}</a><h3 class="news-item-title">'
            f'<a href="{esc(self.article_path(it))}">{esc(it.title)}</a></h3>'
            f'<span class="date">{ticker_date(it.published)}</span>'
            f'<p class="sapo">{esc(it.sapo())}</p></div>'
            for it in items
        )
        base = self.listing_base(section)
        parts = arrow_pager(
            page,
            pages,
            lambda n: f"{base}?page={n}",
            link='<a href="{href}">{n}</a>',
            current='<span class="current">{n}</span>',
            gap='<span class="dots">...</span>',
            prev='<a class="prev" href="{href}">‹</a>',
            next_='<a class="next" href="{href}">›</a>',
        )
        first = f'<a class="first" href="{esc(base)}?page=1">Đầu</a>'
        last = f'<a class="last" href="{esc(base)}?page={pages}">Cuối</a>'
        pager = f'<div class="pagination">{first} {" ".join(parts)} {last}</div>'
        crumbs = (
            f'<div class="breadcrumb"><a href="/">Trang chủ</a> » <span>{esc(name)}</span></div>'
        )
        main = (
            f'{crumbs}<div class="cat-name">{esc(name)}</div>'
            f'<div class="news-list">{rows}</div>{pager}'
            f'<p class="rss-link"><a href="{esc(self.feed_path(section))}">RSS</a></p>'
        )
        head = self.head(
            title=f"{name} - {self.portal.name}",
            canonical=request.base_url + base,
            request=request,
        )
        return self.frame(head, main, request, current=None if self.is_news(section) else section)

    def related(self, item: Item) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">({dmy(it.published)})</span></li>'
            for it in self.others(item, 6)
        )
        return rows

    def old_body(self, item: Item, request: Request) -> str:
        parts = []
        for block, value in body_blocks(item, request.revision):
            if block == "p":
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    '<table align="center" border="0" cellpadding="3" cellspacing="0" '
                    'class="image-caption-table" style="width: 600px;"><tbody><tr><td><img alt="" '
                    f'src="{esc(image_path(item, index, self.image_folder))}" '
                    'style="width: 600px;" /></td></tr><tr><td style="text-align: center;"><em>'
                    f"{esc(caption)}</em></td></tr></tbody></table>"
                )
        return "".join(parts)

    def new_body(self, item: Item, request: Request) -> str:
        parts = []
        for block, value in body_blocks(item, request.revision):
            if block == "p":
                parts.append(f"<p>{esc(value)}</p>")
            else:
                index, caption = value
                parts.append(
                    f'<figure class="image"><img src="'
                    f'{esc(image_path(item, index, self.image_folder))}" alt="{esc(caption)}" />'
                    f"<figcaption>{esc(caption)}</figcaption></figure>"
                )
        return "".join(parts)

    def article_html(self, item: Item, request: Request) -> str:
        era = era_of(item)
        views = thousands(view_count(item.key))
        crumbs = (
            '<div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="'
            f'{esc(self.listing_path(item.section))}">{esc(item.section.name)}</a></div>'
        )
        tools = (
            '<div class="tools"><a href="javascript:window.print()">In bài</a> | '
            '<a href="javascript:void(0)" onclick="guiEmail()">Gửi email</a> | '
            '<a href="#wrapper">Về đầu trang</a></div>'
        )
        share = (
            '<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u='
            f'{esc(request.base_url + self.article_path(item))}" target="_blank">Chia sẻ</a></div>'
        )
        if era == "cu":
            byline = ""
            if item.author:
                byline += f'<p class="tacgia" style="text-align: right;"><strong>{esc(item.author)}'
                byline += "</strong></p>"
            if item.source:
                byline += (
                    f'<p class="nguon" style="text-align: right;"><em>Nguồn: {esc(item.source)}'
                )
                byline += "</em></p>"
            main = (
                f'{crumbs}<div class="chitiet">'
                f'<h2 class="tieude">{esc(item.title)}</h2>'
                f'<div class="ngaydang">{old_date_line(item.published)} | Lượt xem: {views}</div>'
                f'<div class="noidung">{self.old_body(item, request)}{byline}</div>{tools}'
                f'<div class="tinlienquan"><h3>Tin liên quan</h3><ul>{self.related(item)}</ul>'
                "</div></div>"
            )
        else:
            author = (
                f' <span class="author"><i class="fa fa-user"></i> Tác giả: {esc(item.author)}'
                "</span>"
                if item.author
                else ""
            )
            source = f'<p class="news-source">Nguồn: {esc(item.source)}</p>' if item.source else ""
            main = (
                f'{crumbs}<article class="news-detail">'
                f'<h1 class="news-title">{esc(item.title)}</h1>'
                f'<div class="news-meta"><span class="date"><i class="fa fa-calendar"></i> '
                f"{new_date_line(item.published)}</span>{author}"
                f' <span class="views"><i class="fa fa-eye"></i> {views}</span></div>{share}'
                f'<div class="news-content">{self.new_body(item, request)}</div>{source}{tools}'
                '<div class="related"><h3 class="related-title">Tin liên quan</h3>'
                f'<ul class="related-list">{self.related(item)}</ul></div></article>'
            )
        return self.frame(
            self.article_head(item, request),
            main,
            request,
            current=item.section,
            ticker_exclude=item,
        )

    def simple_page(self, name: str, body: str, request: Request) -> str:
        main = (
            f'<div class="breadcrumb"><a href="/">Trang chủ</a> » <span>{esc(name)}</span></div>'
            f'<div class="page-content"><div class="cat-name">{esc(name)}</div>{body}</div>'
        )
        head = self.head(title=self.portal.name, canonical=request.base_url + "/", request=request)
        return self.frame(head, main, request)

    def about_html(self, request: Request) -> str:
        body = "".join(f"<p>{esc(text)}</p>" for text in ABOUT)
        return self.simple_page("Giới thiệu", body, request)

    def contact_html(self, request: Request) -> str:
        p = self.portal
        body = (
            f"<p>Ban biên tập {esc(p.name)}</p><p>Địa chỉ: {esc(p.address)}</p>"
            f"<p>Điện thoại: {esc(p.phone)}</p><p>Email: banbientap@{esc(p.domain)}</p>"
        )
        return self.simple_page("Liên hệ", body, request)

    def rss_index_html(self, request: Request) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.feed_path(s))}">{esc(self.news.name if s is None else s.name)}'
            "</a></li>"
            for s in [None, *self.sections.values()]
        )
        body = (
            "<p>RSS là dịch vụ cung cấp thông tin cho phép người sử dụng nhận tin mới từ Cổng "
            "thông tin điện tử qua các phần mềm đọc tin.</p>"
            f'<ul class="rss-list">{rows}</ul>'
        )
        return self.simple_page("RSS", body, request)

    def feed(self, section: Section | None, request: Request) -> Response:
        name = self.news.name if self.is_news(section) else section.name
        built = rss_build_date()
        entries = "".join(
            f"<item><title>{esc(it.title)}</title>"
            f"<link>{esc(request.base_url + self.article_path(it))}</link>"
            f"<description>{esc(it.sapo())}</description>"
            f"<pubDate>{built}</pubDate>"
            f"<guid>{esc(request.base_url + self.article_path(it))}</guid></item>"
            for it in [it for it in self.listed(section) if it.kind == "article"][:20]
        )
        xml = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
            f"<title>{esc(name)} - {esc(self.portal.name)}</title>"
            f"<link>{esc(request.base_url)}/</link><description>{esc(SITE_DESCRIPTION)}"
            f"</description><language>en-us</language><lastBuildDate>{built}</lastBuildDate>"
            f"{entries}</channel></rss>"
        )
        return Response(
            200,
            {"Content-Type": "application/rss+xml; charset=utf-8", **self.family_headers},
            xml.encode("utf-8"),
        )

    def error_html(self, status: int) -> str:
        if status == 404:
            return (
                '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8" /><title>404 - Không '
                'tìm thấy trang</title></head><body><div class="error-page"><h1>404</h1><p>Trang '
                'bạn tìm không tồn tại hoặc đã bị xóa.</p><p><a href="/">Quay về trang chủ</a>'
                "</p></div></body></html>"
            )
        return (
            "<br />\n<b>Warning</b>:  mysqli_connect(): (HY000/1040): Too many connections in "
            "<b>/var/www/ngocdong/system/database/mysqli.php</b> on line <b>48</b><br />\n"
            "<h3>Lỗi kết nối cơ sở dữ liệu. Vui lòng thử lại sau.</h3>"
        )

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        return "\n".join(lines) + "\n"
