"""A provincial portal on a sloppy home-grown PHP CMS whose bugs make crawler traps (lacvan).

Many provinces bought their first portal from a local company that wrote it in plain PHP 5 over
MySQL: one ``index.php`` behind an Apache ``RewriteRule ^(.*)$ index.php?url=$1``, a router that
splits the path on ``/`` and reads only the segments it knows, a Bootstrap 3 theme, templates
edited by whoever was on duty. Nothing is wrong with the news itself; the bugs are in the frame
around it, and each one gives a crawler an endless supply of valid-looking addresses:

1. the pager always prints "Trang sau »" and "Trang cuối", even on the last page; a page past
   the end answers 200 with the last page's items (the offset is clamped, the page number is
   not, so the pager of ``?page=40`` offers ``?page=41``); ``?page=0``, negative pages and junk
   answer page 1;
2. the "Tin mới" box prints its links with a cache-busting parameter (``?_=<milliseconds of the
   rendering>``), the breadcrumb with ``?t=<mt_rand()>`` (``&t=`` after the pager's
   parameters), different on every render: the same page is linked under ever new addresses
   (the main list's article links, the home page's boxes and "Tin liên quan" are clean);
3. a "Sắp xếp" dropdown rendered as links, ``?sort=desc|asc|views``, re-orders the same list
   (the pager keeps the order: ``?sort=asc&page=2``);
4. the sidebar "Chuyên mục" box and the logo were written for the home page with relative links
   (``chuyen-muc/<slug>/``, ``index.php``); from a listing at ``/chuyen-muc/<x>/`` they give
   ``/chuyen-muc/<x>/chuyen-muc/<y>/``, which the router answers 200 with listing ``<x>`` again
   (it reads the second segment and ignores the rest), and so on, one level deeper each time.

Also as such sites are: no canonical link, ``og:url`` echoing the requested address (tokens
included), PHP's session headers (``Cache-Control: no-store``, the 1981 ``Expires``), no ETag,
view counters and the visitor counter that go up with every request. Unlike the other demo
families, pages are therefore not the same bytes at every request (``clock`` and the token
generator can be replaced for tests).

URL shapes:
- home ``/`` (also ``/index.php``, ``/trang-chu.html``);
- listing ``/chuyen-muc/<section-slug>/`` (the general news listing is
  ``/chuyen-muc/tin-tuc-su-kien/``), page N ``?page=N`` (written as a query-only relative href),
  order ``?sort=asc|desc|views``; any further path segments are ignored;
- article ``/<title-slug>-<id>.html`` (any slug with the right id serves the article);
- ``/gioi-thieu.html``, ``/lien-he.html``, search ``/tim-kiem/?q=`` (a GET form only);
- ``/robots.txt``; no sitemap, no feed; everything else is a 404 page.

Article: breadcrumb, ``<h1 class="news-title">``, a meta line ("Ngày đăng: 07/03/2024 14:05 |
Tác giả: … | Lượt xem: …"), the body in ``<div class="news-content">`` (CKEditor's ``<p>``, the
first one bold, photos as ``<figure class="image">`` with ``<figcaption>``), "Nguồn: …" right
below it, share and print buttons, "Tin liên quan".
"""

from __future__ import annotations

import random
import re
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from urllib.parse import urlencode

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
    poll,
    reuse_notice,
    slugify,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)

LISTING_ROOT = "chuyen-muc"
ARTICLE = re.compile(r"^/([a-z0-9-]*?)-?(\d+)\.html$")
HOME_PATHS = ("/", "/index.php", "/trang-chu.html")
SORTS = (("desc", "Mới nhất"), ("asc", "Cũ nhất"), ("views", "Xem nhiều nhất"))
VENDOR = "Công ty TNHH Công nghệ Phần mềm Vân Sơn"
#: PHP's session headers (session.cache_limiter = nocache).
PHP_HEADERS = {
    "Expires": "Thu, 19 Nov 1981 08:52:00 GMT",
    "Cache-Control": "no-store, no-cache, must-revalidate",
    "Pragma": "no-cache",
}


def date_line(moment: datetime) -> str:
    """The date on an article page.

    >>> date_line(datetime(2024, 3, 7, 14, 5))
    'Ngày đăng: 07/03/2024 14:05'
    """
    return f"Ngày đăng: {dmy(moment)} {moment:%H:%M}"


def raw_page(value: str | None) -> int:
    """The page number as the PHP code reads it: ``(int)$_GET['page']`` (junk is 0).

    >>> raw_page("3"), raw_page("-2"), raw_page("x"), raw_page(None), raw_page("4abc")
    (3, -2, 0, 0, 4)
    """
    match = re.match(r"\s*([+-]?\d+)", value or "")
    return int(match.group(1)) if match else 0


def pager_query(sort: str | None, page: int) -> str:
    """The href of a pager link: only a query, so it keeps the page's path.

    >>> pager_query(None, 3), pager_query("asc", 2)
    ('?page=3', '?sort=asc&page=2')
    """
    params = ([("sort", sort)] if sort else []) + [("page", str(page))]
    return "?" + urlencode(params)


class LoosePagerSite(CmsSite):
    family_headers = {"Server": "Apache/2.4.18 (Ubuntu)", "X-Powered-By": "PHP/5.6.40"}
    number_base = 15_230
    number_stride = 4
    image_folder = "/uploads/news"

    def __init__(self, portal, articles):
        super().__init__(portal, articles)
        #: Wall clock in seconds (the "Tin mới" token is its milliseconds).
        self.clock: Callable[[], float] = time.time
        self._lock = threading.Lock()
        self._rng = random.Random(portal.id)
        self._hits: Counter[str] = Counter()

    # -- per-render values (the bugs)

    def bust(self) -> str:
        """The "Tin mới" box's cache-busting value: the rendering time in milliseconds."""
        return str(int(self.clock() * 1000))

    def rand(self) -> int:
        """PHP's ``mt_rand()`` as the breadcrumb calls it."""
        with self._lock:
            return self._rng.randint(100_000, 2_147_483_647)

    def hit(self, key: str) -> int:
        """Count a request of ``key`` (a page, or the whole site) and give the new count."""
        with self._lock:
            self._hits[key] += 1
            return self._hits[key]

    # -- URLs

    def section_slug(self, name: str) -> str:
        return slugify(name)

    def article_path(self, item: Item) -> str:
        return f"/{slugify(item.title)}-{item.number}.html"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        target = self.news if self.is_news(section) else section
        path = f"/{LISTING_ROOT}/{target.slug}/"
        return path if page == 1 else f"{path}?page={page}"

    def home_path(self) -> str:
        return "/"

    def fresh_link(self, item: Item) -> str:
        """An article as the "Tin mới" box links it."""
        return f"{self.article_path(item)}?_={self.bust()}"

    def crumb_link(self, path: str) -> str:
        """A breadcrumb link, with its token."""
        return f"{path}{'&' if '?' in path else '?'}t={self.rand()}"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        segments = [s for s in path.split("/") if s]
        if path in HOME_PATHS:
            return self.page_response(self.home_html(request))
        if segments and segments[0] == LISTING_ROOT and len(segments) >= 2:
            slug = segments[1].lower()
            section = self.news if slug == self.news.slug else self.section_by_slug(slug)
            if section is None:
                return None
            return self.page_response(self.listing_html(section, request))
        if segments and segments[0] == "tim-kiem":
            return self.page_response(self.search_html(request))
        if path == "/gioi-thieu.html":
            return self.page_response(self.about_html(request))
        if path == "/lien-he.html":
            return self.page_response(self.contact_html(request))
        match = ARTICLE.match(path)
        if match:
            item = self.by_number.get(int(match.group(2)))
            if item is None or item.kind == "missing":
                return None
            if item.kind == "error":
                return self.error_response(500)
            return self.page_response(self.article_html(item, request))
        return None

    def page_response(self, markup: str) -> Response:
        return self.html_response(markup, 200, PHP_HEADERS)

    def error_response(self, status: int) -> Response:
        return self.html_response(self.error_html(status), status, PHP_HEADERS)

    # -- frame

    def current_url(self, request: Request) -> str:
        query = urlencode(request.params)
        return f"{request.base_url}{request.path}{'?' + query if query else ''}"

    def frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        request: Request,
        current: Section | None = None,
        description: str = "",
    ) -> str:
        p = self.portal
        menu = "".join(
            f'<li class="{"active" if s is current else ""}"><a href="'
            f'{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb_html = ""
        if crumbs:
            parts = [f'<li><a href="{esc(self.crumb_link("/index.php"))}">Trang chủ</a></li>']
            for name, href in crumbs:
                parts.append(
                    f'<li><a href="{esc(self.crumb_link(href))}">{esc(name)}</a></li>'
                    if href
                    else f'<li class="active">{esc(name)}</li>'
                )
            crumb_html = f'<ol class="breadcrumb">{"".join(parts)}</ol>'
        fresh = "".join(
            f'<li><a href="{esc(self.fresh_link(it))}">{esc(it.title)}</a>'
            f' <span class="time">{it.published:%H:%M} {dmy(it.published)}</span></li>'
            for it in self.latest(7)
        )
        categories = "".join(
            f'<li><a href="{LISTING_ROOT}/{esc(s.slug)}/"><i class="fa fa-angle-right"></i> '
            f"{esc(s.name)}</a></li>"
            for s in [self.news, *self.sections.values()]
        )
        v = visitor_stats(request.seed)
        visits = self.hit("__site__")
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<div class="radio"><label><input type="radio" name="binhchon" value="{i + 1}"> '
            f"{esc(o)}</label></div>"
            for i, o in enumerate(options)
        )
        now = datetime.fromtimestamp(self.clock(), VN_TZ)
        og_description = (
            f'<meta property="og:description" content="{esc(description)}">' if description else ""
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {esc(p.name)}</title>
<meta name="keywords" content="{esc(p.province)}, cổng thông tin, chuyển đổi số">
<meta property="og:type" content="website">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{esc(self.current_url(request))}">
{og_description}
<link rel="shortcut icon" href="/favicon.ico">
<link rel="stylesheet" href="/templates/lacvan/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/templates/lacvan/css/font-awesome.min.css">
<link rel="stylesheet" href="/templates/lacvan/css/style.css?v=20190415">
<script src="/templates/lacvan/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div id="wrapper">
<div class="topbar"><div class="container">
<span class="today">{weekday(now, lower=True)}, ngày {now:%d/%m/%Y}</span>
<span class="topbar-right"><a href="/lien-he.html">Liên hệ</a> | <a
href="/admin/login.php" rel="nofollow">Đăng nhập</a></span>
</div></div>
<header id="header"><div class="container">
<a class="logo" href="index.php"><img src="/templates/lacvan/images/logo.png"
alt="{esc(p.name)}"></a>
<div class="site-name"><h2>{esc(p.agency.upper())}</h2>
<h3>{esc(p.name.upper())}</h3></div>
<form class="search-form" action="/tim-kiem/" method="get"><input type="text" name="q"
placeholder="Nhập từ khóa tìm kiếm..."><button type="submit"><i class="fa fa-search"></i>
</button></form>
</div></header>
<nav class="navbar navbar-default main-menu"><div class="container"><ul class="nav navbar-nav">
<li><a href="/"><i class="fa fa-home"></i></a></li>
<li><a href="/gioi-thieu.html">Giới thiệu</a></li>
<li class="{"active" if current is self.news else ""}"><a href="{esc(self.listing_path(None))}"
>{esc(self.news.name)}</a></li>{menu}
<li><a href="https://dichvucong.gov.vn" target="_blank">Dịch vụ công</a></li>
<li><a href="/lien-he.html">Liên hệ</a></li>
</ul></div></nav>
<div class="container">
<div class="ticker"><strong>Chào mừng bạn đến với {esc(p.name)}</strong></div>
{crumb_html}
<div class="row">
<div class="col-md-8 col-main">{main}</div>
<div class="col-md-4 col-side">
<div class="panel panel-default box-tinmoi"><div class="panel-heading">Tin mới</div>
<ul class="list-unstyled">{fresh}</ul></div>
<div class="panel panel-default box-chuyenmuc"><div class="panel-heading">Chuyên mục</div>
<ul class="list-unstyled">{categories}</ul></div>
<div class="panel panel-default box-tthc"><div class="panel-heading">Kết quả giải quyết TTHC
</div><div class="panel-body"><p>Tháng {t["month"]}/{now:%Y}</p>
<p>Số hồ sơ tiếp nhận: <b>{thousands(t["total"])}</b></p>
<p>Giải quyết đúng hạn: <b>{thousands(t["ontime"])}</b></p>
<p>Trễ hạn: <b>{thousands(t["late"])}</b></p>
<p>Tỷ lệ đúng hạn: <b>{t["percent"]}%</b></p></div></div>
<div class="panel panel-default box-binhchon"><div class="panel-heading">Thăm dò ý kiến</div>
<div class="panel-body"><form action="/binh-chon.php" method="post"><p>{esc(question)}</p>
{choices}<button type="submit" class="btn btn-primary btn-sm">Biểu quyết</button>
</form></div></div>
<div class="panel panel-default box-lienket"><div class="panel-heading">Liên kết website</div>
<div class="panel-body"><select onchange="if(this.value) window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>
</select></div></div>
<div class="panel panel-default box-thongke"><div class="panel-heading">Thống kê truy cập</div>
<div class="panel-body"><p>Đang online: {thousands(v["online"])}</p>
<p>Hôm nay: {thousands(v["today"] + visits)}</p>
<p>Tháng này: {thousands(v["month"] + visits)}</p>
<p>Tổng lượt truy cập: {thousands(v["total"] + visits)}</p></div></div>
</div>
</div>
</div>
<footer id="footer"><div class="container">
<p><strong>{esc(p.name.upper())}</strong></p>
<p>Cơ quan chủ quản: {esc(p.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)} - Email: ttdt@{esc(p.domain)}</p>
<p>{esc(reuse_notice(p))}</p>
<p class="copyright">Thiết kế và phát triển bởi {VENDOR}</p>
</div></footer>
</div>
<a href="#" class="back-to-top" onclick="window.scrollTo(0,0);return false;">Về đầu trang</a>
<script src="/templates/lacvan/bootstrap/js/bootstrap.min.js"></script>
<script src="/templates/lacvan/js/main.js"></script>
</body>
</html>
"""

    # -- home

    def home_html(self, request: Request) -> str:
        articles = [it for it in self.items if it.kind == "article"]
        blocks = []
        if articles:
            top, *rest = articles[:5]
            side = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
                for it in rest
            )
            blocks.append(
                '<div class="hot-news row"><div class="col-sm-7 hot-main"><a href="'
                f'{esc(self.article_path(top))}"><img src="'
                f'{esc(image_path(top, 0, self.image_folder))}" class="img-responsive" alt="'
                f'{esc(top.title)}"></a><h3><a href="{esc(self.article_path(top))}">'
                f"{esc(top.title)}</a></h3><p>{esc(top.sapo())}</p></div>"
                f'<div class="col-sm-5"><ul class="hot-list">{side}</ul></div></div>'
            )
        for section in self.sections.values():
            rows = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<span class="date">({dmy(it.published)})</span></li>'
                for it in self.listed(section)[:4]
            )
            blocks.append(
                f'<div class="home-cat"><div class="home-cat-title"><a href="{LISTING_ROOT}/'
                f'{esc(section.slug)}/">{esc(section.name)}</a></div><ul>{rows}</ul>'
                f'<a class="xem-them" href="{LISTING_ROOT}/{esc(section.slug)}/">Xem thêm »</a>'
                "</div>"
            )
        return self.frame("Trang chủ", [], "".join(blocks), request)

    # -- listings

    def ordered(self, section: Section, sort: str | None) -> list[Item]:
        items = list(self.listed(section))
        if sort == "asc":
            items.reverse()
        elif sort == "views":
            items.sort(key=lambda it: -view_count(it.key))
        return items

    def pager(self, page: int, pages: int, sort: str | None) -> str:
        """The pager as the template prints it: "Trang sau »" and "Trang cuối" always."""
        parts = []
        if page > 1:
            parts.append(f'<li><a href="{esc(pager_query(sort, 1))}">« Trang đầu</a></li>')
            parts.append(f'<li><a href="{esc(pager_query(sort, page - 1))}">‹ Trang trước</a></li>')
        for n in range(max(1, page - 2), min(pages, page + 2) + 1):
            parts.append(
                f'<li class="active"><span>{n}</span></li>'
                if n == page
                else f'<li><a href="{esc(pager_query(sort, n))}">{n}</a></li>'
            )
        parts.append(f'<li><a href="{esc(pager_query(sort, page + 1))}">Trang sau »</a></li>')
        parts.append(f'<li><a href="{esc(pager_query(sort, pages))}">Trang cuối</a></li>')
        return f'<nav class="phantrang"><ul class="pagination">{"".join(parts)}</ul></nav>'

    def listing_html(self, section: Section, request: Request) -> str:
        sort = request.params.get("sort")
        sort = sort if sort in dict(SORTS) else None
        items = self.ordered(section, sort)
        size = self.portal.page_size
        pages = max(1, -(-len(items) // size))
        page = raw_page(request.params.get("page"))
        page = max(page, 1)
        offset = min((page - 1) * size, (pages - 1) * size)  # clamped; the page number is not
        shown = items[offset : offset + size]
        rows = []
        for it in shown:
            href = esc(self.article_path(it))
            thumb = (
                image_path(it, 0, self.image_folder)
                if it.images
                else "/templates/lacvan/images/no-image.jpg"
            )
            rows.append(
                '<div class="news-item media"><div class="media-left"><a href="'
                f'{href}"><img class="media-object" src="{esc(thumb)}" alt="{esc(it.title)}"'
                ' width="180"></a></div><div class="media-body">'
                f'<h4 class="media-heading"><a href="{href}">{esc(it.title)}</a></h4>'
                f'<p class="date"><i class="fa fa-clock-o"></i> {dmy(it.published)}</p>'
                f'<p class="sapo">{esc(it.sapo())}</p></div></div>'
            )
        current_sort = dict(SORTS)[sort or "desc"]
        options = "".join(
            f'<li><a href="?{urlencode({"sort": key})}">{esc(label)}</a></li>'
            for key, label in SORTS
        )
        dropdown = (
            '<div class="dropdown sort-box pull-right"><button class="btn btn-default btn-sm '
            'dropdown-toggle" type="button" data-toggle="dropdown">Sắp xếp: '
            f'{esc(current_sort)} <span class="caret"></span></button>'
            f'<ul class="dropdown-menu">{options}</ul></div>'
        )
        main = (
            f'<div class="cat-header clearfix"><h1 class="cat-title">{esc(section.name)}</h1>'
            f"{dropdown}</div>"
            f'<div class="news-list">{"".join(rows)}</div>{self.pager(page, pages, sort)}'
        )
        crumbs = [(section.name, self.listing_path(section))]
        if page > 1 or sort:
            crumbs.append((f"Trang {page}", pager_query(sort, page)))
        return self.frame(section.name, crumbs, main, request, current=section)

    # -- articles

    def article_body(self, item: Item, request: Request) -> str:
        parts = []
        first = True
        for block, value in body_blocks(item, request.revision):
            if block == "p":
                text = f"<strong>{esc(value)}</strong>" if first else esc(value)
                first = False
                parts.append(f'<p style="text-align:justify">{text}</p>')
            else:
                index, caption = value
                parts.append(
                    f'<figure class="image"><img alt="" src="'
                    f'{esc(image_path(item, index, self.image_folder))}" width="640" height="427">'
                    f"<figcaption>{esc(caption)}</figcaption></figure>"
                )
        return "".join(parts)

    def article_html(self, item: Item, request: Request) -> str:
        views = thousands(view_count(item.key) + self.hit(item.key))
        meta = [
            f'<span class="date"><i class="fa fa-calendar"></i> {date_line(item.published)}</span>'
        ]
        if item.author:
            meta.append(f'<span class="author">Tác giả: {esc(item.author)}</span>')
        meta.append(f'<span class="views">Lượt xem: {views}</span>')
        source = f'<div class="news-source">Nguồn: {esc(item.source)}</div>' if item.source else ""
        related = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">({dmy(it.published)})</span></li>'
            for it in self.others(item, 6)
        )
        share = (
            '<div class="news-tools"><a href="javascript:window.print()"><i class="fa '
            'fa-print"></i> In bài</a> <a href="https://www.facebook.com/sharer/sharer.php?u='
            f'{esc(request.base_url + self.article_path(item))}" target="_blank" rel="nofollow">'
            '<i class="fa fa-facebook"></i> Chia sẻ</a> <a href="javascript:void(0)" '
            "onclick=\"document.getElementById('noidung').style.fontSize='18px'\">A+</a></div>"
        )
        main = (
            '<div class="news-detail">'
            f'<h1 class="news-title">{esc(item.title)}</h1>'
            f'<div class="news-meta">{" | ".join(meta)}</div>'
            f'<div class="news-content" id="noidung">{self.article_body(item, request)}</div>'
            f"{source}{share}"
            '<div class="news-related"><h4 class="related-title">Tin liên quan</h4>'
            f'<ul class="list-unstyled">{related}</ul></div></div>'
        )
        crumbs = [(item.section.name, self.listing_path(item.section)), (item.title, "")]
        return self.frame(
            item.title, crumbs, main, request, current=item.section, description=item.sapo()
        )

    # -- static pages

    def about_html(self, request: Request) -> str:
        p = self.portal
        text = (
            f"Tỉnh {p.province} nằm ở vùng trung du, có địa hình đồi núi xen kẽ thung lũng và "
            "những cánh đồng lúa ven sông; khí hậu nhiệt đới gió mùa chia hai mùa rõ rệt.",
            "Toàn tỉnh có 1 thành phố, 8 huyện với 142 xã, phường, thị trấn; dân số gần 1,1 triệu "
            "người thuộc 19 dân tộc cùng sinh sống.",
            "Tỉnh xác định chuyển đổi số là nhiệm vụ trọng tâm, lấy người dân và doanh nghiệp làm "
            "trung tâm, từng bước xây dựng chính quyền số, kinh tế số và xã hội số.",
        )
        main = (
            '<div class="static-page"><h1 class="news-title">Giới thiệu chung</h1>'
            + "".join(f"<p>{esc(line)}</p>" for line in text)
            + "</div>"
        )
        return self.frame("Giới thiệu", [("Giới thiệu", "")], main, request)

    def contact_html(self, request: Request) -> str:
        p = self.portal
        main = (
            '<div class="static-page"><h1 class="news-title">Liên hệ</h1>'
            f"<p><b>Ban Biên tập {esc(p.name)}</b></p><p>Địa chỉ: {esc(p.address)}</p>"
            f"<p>Điện thoại: {esc(p.phone)} - Email: ttdt@{esc(p.domain)}</p>"
            '<form action="/lien-he.html" method="post" class="form-horizontal">'
            '<input type="text" name="hoten" placeholder="Họ và tên" class="form-control">'
            '<input type="email" name="email" placeholder="Email" class="form-control">'
            '<textarea name="noidung" rows="5" class="form-control" placeholder="Nội dung">'
            '</textarea><button type="submit" class="btn btn-primary">Gửi liên hệ</button>'
            "</form></div>"
        )
        return self.frame("Liên hệ", [("Liên hệ", "")], main, request)

    def search_html(self, request: Request) -> str:
        query = request.params.get("q", "").strip()
        words = query.lower().split()
        found = (
            [
                it
                for it in self.items
                if it.kind == "article" and all(w in it.title.lower() for w in words)
            ]
            if words
            else []
        )
        rows = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">({dmy(it.published)})</span></li>'
            for it in found[:20]
        )
        main = (
            f'<h1 class="cat-title">Kết quả tìm kiếm: {esc(query)}</h1>'
            f"<p>Tìm thấy {len(found)} kết quả.</p><ul>{rows}</ul>"
        )
        return self.frame("Tìm kiếm", [("Tìm kiếm", "")], main, request)

    # -- errors, robots

    def error_html(self, status: int) -> str:
        message = (
            "Trang bạn tìm không tồn tại hoặc đã bị xóa."
            if status == 404
            else "Hệ thống đang gặp sự cố, vui lòng thử lại sau."
        )
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
            f"<title>Lỗi {status} - {esc(self.portal.name)}</title></head><body>"
            f'<div class="error-page"><h1>{status}</h1><p>{message}</p>'
            '<p><a href="/">Quay về trang chủ</a></p></div></body></html>'
        )

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        return "\n".join(lines) + "\n"
