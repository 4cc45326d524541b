"""Umbraco CMS family (ASP.NET MVC, Umbraco 7/8 era): a department portal with Unicode URL slugs.

URL shapes (every path ends with a slash; a path without it answers 301 to the slashed form):
- home ``/``; the news root ``/tin-tuc/`` (its URL name set by hand, ASCII) and topic sections
  ``/tin-tuc/<section>/`` whose segment keeps Vietnamese letters (``/tin-tuc/chuyển-đổi-số/``);
- listing pages ``?page=N`` (one-based; the pager links page 1 as ``?page=1`` too, the menu as
  the bare path); tag pages ``/tu-khoa/?tag=<tag>[&page=N]``; search ``/tim-kiem/?q=`` (GET form
  only, disallowed in robots.txt);
- article ``/tin-tuc/<section>/<slug>/``: the slug is the lower-cased title with its Vietnamese
  letters kept, written percent-encoded (NFC, upper-case escapes) in canonical hrefs; some links
  write the decomposed (NFD) letters, some lower-case escapes, some drop the trailing slash;
  the server decodes, composes (NFC) and lower-cases paths, so all forms answer the same page;
- node-id alias ``/<nodeId>.aspx`` (200, same page, no redirect), linked from "Tin nổi bật";
- ``/sitemap.xml`` (named in robots.txt) lists the articles with raw Unicode (IRI) ``<loc>``,
  NFC, with the trailing slash; ``/gioi-thieu/`` and ``/lien-he/`` are static content pages.
Article bodies are Umbraco grid markup (``div.umb-grid > div.grid-section > … > div.row >
div.column > div.umb-rte``): the lead, the photo (``div.umb-grid-media`` with ``p.caption``),
text rows and, on some articles, a pull quote cell (``blockquote.umb-quote``) repeating a
sentence of the body. The date line is "Cập nhật: 07:34, 23/04/2022 (GMT+7)" (the publication
time, Vietnam time); the author is the bold right-aligned last line of the last text cell,
"Nguồn: …" an italic line under it. Media live under ``/media/<id>/<file>.jpg``.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote, unquote, urlencode

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    dmy,
    esc,
    page_number,
    pager_numbers,
    poll,
    reuse_notice,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
)

NEWS_SEGMENT = "tin-tuc"
TAG_PATH = "/tu-khoa/"
SEARCH_PATH = "/tim-kiem/"
TAGS = (
    "chuyển đổi số",
    "chính quyền số",
    "dịch vụ công trực tuyến",
    "kinh tế số",
    "dữ liệu số",
    "an toàn thông tin",
)
# Cache-busting version of the ClientDependency bundles (Umbraco's DependencyHandler.axd).
CDV = 1874


def url_segment(name: str) -> str:
    """The URL segment Umbraco makes of a node name when it keeps Unicode letters
    (``toAscii="false"``): lower case, runs of non-letters become one hyphen.

    >>> url_segment("Chuyển đổi số")
    'chuyển-đổi-số'
    >>> url_segment("Phát triển hạ tầng số (đợt 2)")
    'phát-triển-hạ-tầng-số-đợt-2'
    """
    words = re.findall(r"[^\W_]+", unicodedata.normalize("NFC", name).lower())
    return "-".join(words)


def encode_path(path: str, form: str = "NFC") -> str:
    """Percent-encode a Unicode path in Unicode normal form ``form`` (upper-case escapes).

    >>> encode_path("/tin-tuc/số/")
    '/tin-tuc/s%E1%BB%91/'
    >>> encode_path("/tin-tuc/số/", "NFD")
    '/tin-tuc/so%CC%82%CC%81/'
    """
    return quote(unicodedata.normalize(form, path), safe="/")


def lower_escapes(href: str) -> str:
    """The same href with its percent escapes in lower case.

    >>> lower_escapes("/s%E1%BB%91/?page=2")
    '/s%e1%bb%91/?page=2'
    """
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), href)


def route_key(raw_path: str) -> str:
    """The lookup key of a requested path: decoded, composed (NFC) and lower-cased, as Umbraco
    matches routes case-insensitively on the decoded path.

    >>> route_key("/tin-tuc/so%CC%82%CC%81/") == route_key("/TIN-TUC/s%e1%bb%91/")
    True
    """
    return unicodedata.normalize("NFC", unquote(raw_path, errors="replace")).lower()


ABOUT_PARAGRAPHS = (
    "Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu và "
    "giúp Ủy ban nhân dân tỉnh quản lý nhà nước về khoa học, công nghệ, đổi mới sáng tạo, "
    "chuyển đổi số, bưu chính, viễn thông, công nghệ thông tin và an toàn thông tin mạng.",
    "Từ ngày 01/3/2025, Sở tiếp nhận chức năng, nhiệm vụ của Sở Thông tin và Truyền thông về "
    "lĩnh vực bưu chính, viễn thông, công nghệ thông tin và chuyển đổi số theo phương án sắp "
    "xếp tổ chức bộ máy của tỉnh.",
    "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ "
    "chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự hướng dẫn về chuyên "
    "môn, nghiệp vụ của Bộ Khoa học và Công nghệ.",
)


class UmbracoSite(CmsSite):
    """An Umbraco 7/8 department portal: Unicode slugs, grid bodies, node-id aliases."""

    number_base = 1240
    number_stride = 3
    family_headers = {
        "Server": "Microsoft-IIS/10.0",
        "X-Powered-By": "ASP.NET",
        "X-AspNet-Version": "4.0.30319",
        "X-AspNetMvc-Version": "5.2",
    }

    def __init__(self, portal, articles):
        super().__init__(portal, articles)
        self.routes: dict[str, object] = {route_key(self.article_path(it)): it for it in self.items}
        self.routes["/"] = "home"
        self.routes[f"/{NEWS_SEGMENT}/"] = self.news
        for section in self.sections.values():
            self.routes[route_key(self.unicode_listing(section))] = section
        self.routes["/gioi-thieu/"] = "about"
        self.routes["/lien-he/"] = "contact"
        self.routes[TAG_PATH] = "tag"
        self.routes[SEARCH_PATH] = "search"

    # -- URLs

    def section_slug(self, name: str) -> str:
        return url_segment(name)

    def unicode_article(self, item: Item) -> str:
        """The article's path in Unicode letters (what Umbraco stores; the sitemap's form)."""
        return f"{self.unicode_listing(item.section)}{url_segment(item.title)}/"

    def unicode_listing(self, section: Section | None) -> str:
        if self.is_news(section):
            return f"/{NEWS_SEGMENT}/"
        return f"/{NEWS_SEGMENT}/{section.slug}/"

    def article_path(self, item: Item) -> str:
        return encode_path(self.unicode_article(item))

    def alias_path(self, item: Item) -> str:
        """The node-id alias ``/<nodeId>.aspx`` that serves the same article."""
        return f"/{item.number}.aspx"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        path = encode_path(self.unicode_listing(section))
        return path if page == 1 else f"{path}?page={page}"

    def pager_path(self, section: Section | None, page: int) -> str:
        """A pager link: always with ``?page=N``, page 1 included."""
        return f"{encode_path(self.unicode_listing(section))}?page={page}"

    def tag_path(self, tag: str, page: int = 1) -> str:
        query = {"tag": tag} if page == 1 else {"tag": tag, "page": page}
        return f"{TAG_PATH}?{urlencode(query, quote_via=quote)}"

    def media_path(self, item: Item, index: int) -> str:
        media_id = 1100 + stable_int(f"{item.key}:{index}", 0, 8800)
        stamp = item.published.strftime("%Y%m%d")
        token = stable_token(f"{item.key}:{index}", 6, "0123456789")
        return f"/media/{media_id}/img_{stamp}_{token}.jpg"

    def link(self, item: Item, seed: str) -> str:
        """How one link to ``item`` is written on a page: the canonical href mostly, some with
        decomposed letters, lower-case escapes or no trailing slash (editors paste links)."""
        path = self.article_path(item)
        if item.kind != "article":
            return path
        roll = stable_int(f"{seed}|{item.key}", 0, 19)
        unicode_path = self.unicode_article(item)
        if roll <= 2:
            return encode_path(unicode_path, "NFD")
        if roll <= 4:
            return lower_escapes(path)
        if roll == 5:
            return lower_escapes(encode_path(unicode_path, "NFD"))
        if roll <= 7:
            return path.rstrip("/")
        return path

    def extra_paths(self) -> dict[str, str]:
        return {"sitemap": "/sitemap.xml"}

    def robots_txt(self, request: Request) -> str:
        return super().robots_txt(request) + f"\nSitemap: {request.base_url}/sitemap.xml\n"

    def item_tags(self, item: Item, revision: int) -> list[str]:
        text = " ".join(item.body(revision)).lower()
        tags = [t for t in TAGS if t in text]
        name = item.section.name.lower()
        return tags if name in tags else [name, *tags]

    # -- routing

    def route(self, request: Request) -> Response | None:
        raw = request.path
        alias = re.fullmatch(r"/(\d+)\.aspx", raw, re.IGNORECASE)
        if alias:
            item = self.by_number.get(int(alias.group(1)))
            return self.article_response(item, request) if item else None
        key = route_key(raw)
        if key == "/sitemap.xml":
            return self.xml_response(self.sitemap(request))
        if not key.endswith("/"):
            if "." in key.rsplit("/", 1)[-1]:
                return None  # files are not rewritten
            query = urlencode(request.params, quote_via=quote)
            location = raw + "/" + (f"?{query}" if query else "")
            return Response(301, {"Location": location, **self.family_headers}, b"")
        target = self.routes.get(key)
        if target is None:
            return None
        if isinstance(target, Item):
            return self.article_response(target, request)
        page = page_number(request.params.get("page"))
        if isinstance(target, Section):
            return self.html_response(self.listing_html(target, page, request))
        if target == "home":
            return self.html_response(self.home_html(request))
        if target == "tag":
            return self.html_response(self.tag_html(request.params.get("tag", ""), page, request))
        if target == "search":
            return self.html_response(self.search_html(request.params.get("q", ""), request))
        if target == "about":
            return self.html_response(self.about_html(request))
        return self.html_response(self.contact_html(request))

    def xml_response(self, xml: str) -> Response:
        return Response(
            200,
            {"Content-Type": "text/xml; charset=utf-8", **self.family_headers},
            xml.encode("utf-8"),
        )

    def sitemap(self, request: Request) -> str:
        base = request.base_url
        entries = [(base + "/", None), (base + f"/{NEWS_SEGMENT}/", None)]
        entries += [(base + self.unicode_listing(s), None) for s in self.sections.values()]
        entries += [
            (base + self.unicode_article(it), it.last_modified(request.revision))
            for it in self.items
            if it.kind == "article"
        ]
        rows = "".join(
            f"<url><loc>{esc(loc)}</loc>"
            + (f"<lastmod>{moment:%Y-%m-%dT%H:%M:%S}+07:00</lastmod>" if moment else "")
            + "</url>\n"
            for loc, moment in entries
        )
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{rows}</urlset>\n"
        )

    # -- frame

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        *,
        crumbs: list[tuple[str, str]] = (),
        head: str = "",
        doctype: str = "newsList",
        active: Section | None = None,
    ) -> str:
        portal, seed = self.portal, request.seed
        menu = []
        for section in self.sections.values():
            css = ' class="active"' if section == active else ""
            menu.append(
                f'<li{css}><a href="{esc(self.listing_path(section))}">{esc(section.name)}</a></li>'
            )
        crumb_html = "".join(
            f'<li><a href="{esc(href)}">{esc(label)}</a></li>' for href, label in crumbs
        )
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        answers = "".join(
            f'<div class="radio"><label><input type="radio" name="poll-answer" value="{n}"> '
            f"{esc(option)}</label></div>"
            for n, option in enumerate(options, 1)
        )
        latest = "".join(
            f'<li><a href="{esc(self.link(it, seed + "side"))}">{esc(it.title)}</a>'
            f' <span class="date">({dmy(it.published)})</span></li>'
            for it in self.latest(6)
        )
        featured = "".join(
            f'<li><a href="{self.alias_path(it)}"><img src="{esc(self.media_path(it, 0))}'
            f'?anchor=center&amp;mode=crop&amp;width=90&amp;height=60" alt="">'
            f"{esc(it.title)}</a></li>"
            for it in self.latest(9)[6:9]
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {esc(portal.name)}</title>
<meta property="og:site_name" content="{esc(portal.name)}">
{head}
<link rel="shortcut icon" href="/media/1031/favicon.ico">
<link href="/DependencyHandler.axd?s=L2Nzcy9ib290c3RyYXAubWluLmNzczsvY3NzL3NpdGUuY3NzOw&amp;t=Css&amp;cdv={CDV}" type="text/css" rel="stylesheet">
</head>
<body class="doctype-{doctype}">
<div id="wrapper">
<div class="top-bar"><div class="container">
<marquee scrollamount="3">Chào mừng bạn đến với {esc(portal.name)}</marquee>
<ul class="top-links"><li><a href="/lien-he/">Liên hệ</a></li><li><a href="javascript:void(0)" onclick="setHomepage()">Đặt làm trang chủ</a></li></ul>
</div></div>
<header id="header"><div class="container">
<a class="logo" href="/"><img src="/media/1032/logo-sokhcn.png" alt="Logo"></a>
<div class="site-title"><span class="agency">{esc(portal.agency.upper())}</span><span class="name">{esc(portal.name.upper())}</span></div>
<form class="navbar-form search-box" action="{SEARCH_PATH}" method="get" role="search">
<input type="text" name="q" class="form-control" placeholder="Nhập từ khóa tìm kiếm..."><button type="submit" class="btn btn-default"><i class="fa fa-search"></i></button>
</form>
</div></header>
<nav class="navbar navbar-default" id="main-menu"><div class="container">
<button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menu-collapse"><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></button>
<div class="collapse navbar-collapse" id="menu-collapse"><ul class="nav navbar-nav">
<li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>
<li><a href="/gioi-thieu/">Giới thiệu</a></li>
<li class="dropdown"><a href="/{NEWS_SEGMENT}/" class="dropdown-toggle">{esc(self.news.name)} <b class="caret"></b></a>
<ul class="dropdown-menu">{"".join(menu)}</ul></li>
<li><a href="https://dichvucong.gov.vn" target="_blank">Dịch vụ công</a></li>
<li><a href="/lien-he/">Liên hệ</a></li>
</ul></div></div></nav>
<div class="container"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>{crumb_html}</ol></div>
<div class="container" id="content"><div class="row">
<div class="col-md-9" id="main-content">
{main}
</div>
<div class="col-md-3" id="sidebar">
<div class="box box-latest"><h3 class="box-title">Tin mới</h3><ul class="list-news">{latest}</ul></div>
<div class="box box-featured"><h3 class="box-title">Tin nổi bật</h3><ul class="list-featured">{featured}</ul></div>
<div class="box box-tthc"><h3 class="box-title">Kết quả giải quyết TTHC</h3>
<table class="table table-condensed"><tr><td>Tháng {stats["month"]}</td><td></td></tr>
<tr><td>Đã giải quyết</td><td>{thousands(stats["total"])}</td></tr>
<tr><td>Đúng hạn</td><td>{thousands(stats["ontime"])} ({stats["percent"]}%)</td></tr>
<tr><td>Trễ hạn</td><td>{thousands(stats["late"])}</td></tr></table></div>
<div class="box box-poll"><h3 class="box-title">Thăm dò ý kiến</h3><form id="poll-form"><p>{esc(question)}</p>{answers}
<button type="button" class="btn btn-primary btn-sm">Bình chọn</button> <a href="javascript:void(0)" class="poll-result">Xem kết quả</a></form></div>
<div class="box box-links"><h3 class="box-title">Liên kết</h3>
<a href="https://dichvucong.gov.vn" target="_blank"><img src="/media/1051/banner-dvcqg.png" alt="Cổng Dịch vụ công quốc gia"></a>
<a href="https://chinhphu.vn" target="_blank"><img src="/media/1052/banner-cttdtcp.png" alt="Cổng Thông tin điện tử Chính phủ"></a>
<a href="https://most.gov.vn" target="_blank"><img src="/media/1053/banner-bokhcn.png" alt="Bộ Khoa học và Công nghệ"></a>
<select class="form-control" onchange="window.open(this.value)"><option value="">-- Website liên kết --</option><option value="https://vnexpress.net">Báo điện tử</option></select></div>
<div class="box box-counter"><h3 class="box-title">Thống kê truy cập</h3><ul class="counter">
<li>Đang online: <span>{thousands(visits["online"])}</span></li>
<li>Hôm nay: <span>{thousands(visits["today"])}</span></li>
<li>Trong tuần: <span>{thousands(visits["week"])}</span></li>
<li>Tổng lượt truy cập: <span>{thousands(visits["total"])}</span></li></ul></div>
</div>
</div></div>
<footer id="footer"><div class="container">
<div class="footer-name">{esc(portal.name.upper())}</div>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)} - Email: sokhcn@{esc(portal.domain.split(".", 1)[1])}</p>
<p class="reuse">{esc(reuse_notice(portal))}</p>
<a href="#wrapper" class="go-top">Về đầu trang</a>
</div></footer>
</div>
<script src="/DependencyHandler.axd?s=L3NjcmlwdHMvanF1ZXJ5Lm1pbi5qczsvc2NyaXB0cy9ib290c3RyYXAubWluLmpzOw&amp;t=Javascript&amp;cdv={CDV}" type="text/javascript"></script>
</body>
</html>
"""

    def news_row(self, item: Item, request: Request) -> str:
        href = esc(self.link(item, request.seed))
        return (
            f'<div class="news-item media"><a class="pull-left" href="{href}">'
            f'<img class="media-object" src="{esc(self.media_path(item, 0))}?anchor=center'
            f'&amp;mode=crop&amp;width=240&amp;height=160" alt="Responsive image"></a>'
            f'<div class="media-body"><h3 class="media-heading"><a href="{href}">'
            f"{esc(item.title)}</a></h3>"
            f'<p class="news-date"><i class="fa fa-clock-o"></i> {item.published:%H:%M} - '
            f"{dmy(item.published)}</p>"
            f'<p class="news-desc">{esc(item.sapo(request.revision))}</p></div></div>'
        )

    def pager(self, page: int, pages: int, href) -> str:
        if pages <= 1:
            return ""
        links = []
        if page > 1:
            links.append(f'<li><a href="{esc(href(1))}" title="Trang đầu">«</a></li>')
            links.append(f'<li><a href="{esc(href(page - 1))}" title="Trang trước">‹</a></li>')
        links += pager_numbers(
            page,
            pages,
            lambda n: f'<li><a href="{esc(href(n))}">{n}</a></li>',
            current='<li class="active"><span>{n}</span></li>',
            gap='<li class="disabled"><span>...</span></li>',
        )
        if page < pages:
            links.append(f'<li><a href="{esc(href(page + 1))}" title="Trang sau">›</a></li>')
            links.append(f'<li><a href="{esc(href(pages))}" title="Trang cuối">»</a></li>')
        return f'<div class="paging text-center"><ul class="pagination">{"".join(links)}</ul></div>'

    # -- pages

    def home_html(self, request: Request) -> str:
        seed = request.seed
        healthy = [it for it in self.items if it.kind == "article"]
        top = healthy[:4]
        slides = "".join(
            f'<div class="item{" active" if n == 0 else ""}"><a href="{self.alias_path(it)}">'
            f'<img src="{esc(self.media_path(it, 0))}?anchor=center&amp;mode=crop&amp;width=640'
            f'&amp;height=400" alt="{esc(it.title)}"></a><div class="carousel-caption">'
            f'<a href="{self.alias_path(it)}">{esc(it.title)}</a></div></div>'
            for n, it in enumerate(top)
        )
        boxes = []
        for section in self.sections.values():
            listed = [it for it in self.listed(section) if it.kind == "article"][:4]
            if not listed:
                continue
            first, rest = listed[0], listed[1:]
            others = "".join(
                f'<li><a href="{esc(self.link(it, seed + "home"))}">{esc(it.title)}</a></li>'
                for it in rest
            )
            more = lower_escapes(self.listing_path(section))
            boxes.append(
                f'<div class="home-cat"><div class="home-cat-head"><h2><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>'
                f'<a class="view-all" href="{esc(more)}">Xem tất cả</a></div>'
                f'<div class="row"><div class="col-sm-6 first-news">'
                f'<a href="{esc(self.link(first, seed + "home"))}"><img src="'
                f'{esc(self.media_path(first, 0))}?width=360" alt="Responsive image"></a>'
                f'<h3><a href="{esc(self.link(first, seed + "home"))}">{esc(first.title)}</a>'
                f"</h3><p>{esc(first.sapo(request.revision, 150))}</p></div>"
                f'<div class="col-sm-6"><ul class="list-news">{others}</ul></div></div></div>'
            )
        main = (
            f'<div id="home-slider" class="carousel slide" data-ride="carousel">'
            f'<div class="carousel-inner">{slides}</div>'
            f'<a class="left carousel-control" href="#home-slider" data-slide="prev">‹</a>'
            f'<a class="right carousel-control" href="#home-slider" data-slide="next">›</a></div>'
            f"{''.join(boxes)}"
            f'<div class="home-cat"><a class="view-all" href="/{NEWS_SEGMENT}/">Xem tất cả tin tức</a></div>'
        )
        return self.frame("Trang chủ", main, request, doctype="home")

    def listing_html(self, section: Section, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        if items:
            rows = "".join(self.news_row(it, request) for it in items)
        else:
            rows = '<p class="no-data">Chưa có bài viết nào trong mục này.</p>'
        main = (
            f'<div class="news-list"><h1 class="page-title">{esc(section.name)}</h1>{rows}'
            f"{self.pager(page, pages, lambda n: self.pager_path(section, n))}</div>"
        )
        crumbs = [(f"/{NEWS_SEGMENT}/", self.news.name)]
        if not self.is_news(section):
            crumbs.append((self.listing_path(section), section.name))
        title = section.name if page == 1 else f"{section.name} - Trang {page}"
        return self.frame(title, main, request, crumbs=crumbs, active=section)

    def tag_html(self, tag: str, page: int, request: Request) -> str:
        tag = unicodedata.normalize("NFC", tag).strip().lower()
        hits = [
            it
            for it in self.items
            if it.kind == "article" and tag and tag in self.item_tags(it, request.revision)
        ]
        items, pages = self.page_of(hits, page)
        rows = "".join(self.news_row(it, request) for it in items) or (
            '<p class="no-data">Không có bài viết nào.</p>'
        )
        main = (
            f'<div class="news-list tag-list"><h1 class="page-title">Từ khóa: {esc(tag)}</h1>'
            f"{rows}{self.pager(page, pages, lambda n: self.tag_path(tag, n))}</div>"
        )
        return self.frame(f"Từ khóa: {tag}", main, request, doctype="tagList")

    def search_html(self, query: str, request: Request) -> str:
        words = unicodedata.normalize("NFC", query).lower().split()
        hits = [
            it
            for it in self.items
            if it.kind == "article" and words and all(w in it.title.lower() for w in words)
        ][:20]
        rows = "".join(self.news_row(it, request) for it in hits) or (
            '<p class="no-data">Không tìm thấy kết quả phù hợp.</p>'
        )
        main = (
            f'<div class="search-result"><h1 class="page-title">Kết quả tìm kiếm</h1>'
            f'<p>Tìm thấy {len(hits)} kết quả cho từ khóa "<b>{esc(query)}</b>"</p>{rows}</div>'
        )
        return self.frame("Tìm kiếm", main, request, doctype="search")

    def about_html(self, request: Request) -> str:
        portal = self.portal
        text = "".join(f"<p>{esc(p)}</p>" for p in ABOUT_PARAGRAPHS)
        main = (
            f'<div class="content-page"><h1 class="page-title">Giới thiệu</h1>'
            f'<div class="umb-grid"><div class="grid-section"><div><div class="container">'
            f'<div class="row clearfix"><div class="col-md-12 column"><div class="umb-rte">'
            f"<h2>Chức năng, nhiệm vụ</h2>{text}</div></div></div>"
            f'<div class="row clearfix"><div class="col-md-12 column"><div class="umb-rte">'
            f"<h2>Địa chỉ liên hệ</h2><p>{esc(portal.address)}</p>"
            f"<p>Điện thoại: {esc(portal.phone)}</p></div></div></div>"
            f"</div></div></div></div></div>"
        )
        return self.frame(
            "Giới thiệu", main, request, crumbs=[("/gioi-thieu/", "Giới thiệu")], doctype="page"
        )

    def contact_html(self, request: Request) -> str:
        portal = self.portal
        main = (
            f'<div class="content-page"><h1 class="page-title">Liên hệ</h1>'
            f"<p><strong>{esc(portal.name)}</strong></p><p>Địa chỉ: {esc(portal.address)}</p>"
            f"<p>Điện thoại: {esc(portal.phone)}</p>"
            f'<form method="post" action="/lien-he/" class="contact-form">'
            f'<input type="hidden" name="ufprt" value="{stable_token(portal.id, 64)}">'
            f'<div class="form-group"><label>Họ và tên</label><input name="Name" class="form-control"></div>'
            f'<div class="form-group"><label>Email</label><input name="Email" class="form-control"></div>'
            f'<div class="form-group"><label>Nội dung</label><textarea name="Message" class="form-control"></textarea></div>'
            f'<button type="submit" class="btn btn-primary">Gửi liên hệ</button></form></div>'
        )
        return self.frame(
            "Liên hệ", main, request, crumbs=[("/lien-he/", "Liên hệ")], doctype="contact"
        )

    def grid_html(self, item: Item, revision: int) -> str:
        """The article body as Umbraco grid rows: lead, photo, text rows, pull quote, byline."""
        rows: list[str] = []
        run: list[str] = []
        first = True
        quote_text = self.pull_quote(item, revision)

        def rte(paragraphs: list[str]) -> str:
            return '<div class="umb-rte">' + "".join(paragraphs) + "</div>"

        def flush() -> None:
            nonlocal quote_text
            if not run:
                return
            chunks = [run[:]] if len(run) <= 4 else [run[: len(run) // 2], run[len(run) // 2 :]]
            for chunk in chunks:
                if quote_text and len(chunk) >= 2:
                    rows.append(
                        f'<div class="row clearfix"><div class="col-md-8 column">{rte(chunk)}'
                        f'</div><div class="col-md-4 column"><div class="umb-quote-cell">'
                        f'<blockquote class="umb-quote">{esc(quote_text)}</blockquote>'
                        f"</div></div></div>"
                    )
                    quote_text = None
                else:
                    rows.append(
                        f'<div class="row clearfix"><div class="col-md-12 column">{rte(chunk)}'
                        f"</div></div>"
                    )
            run.clear()

        blocks = body_blocks(item, revision)
        for n, (kind, value) in enumerate(blocks):
            if kind == "p":
                if first:
                    rows.append(
                        '<div class="row clearfix"><div class="col-md-12 column">'
                        f'<div class="umb-rte"><p style="text-align: justify;"><strong>'
                        f"{esc(value)}</strong></p></div></div></div>"
                    )
                    first = False
                    continue
                styled = stable_int(f"{item.key}:{n}", 0, 3) == 0
                run.append(
                    f'<p style="text-align: justify;"><span style="font-size: 14px;">'
                    f"{esc(value)}</span></p>"
                    if styled
                    else f'<p style="text-align: justify;">{esc(value)}</p>'
                )
            else:
                flush()
                index, caption = value
                rows.append(
                    '<div class="row clearfix"><div class="col-md-12 column">'
                    f'<div class="umb-grid-media"><img src="{esc(self.media_path(item, index))}'
                    f'?anchor=center&amp;mode=crop&amp;width=800&amp;rnd={stable_int(item.key, 131000000, 132999999)}"'
                    f' alt="{esc(caption)}">'
                    + (f'<p class="caption">{esc(caption)}</p>' if caption else "")
                    + "</div></div></div>"
                )
        signature = []
        if item.author:
            signature.append(
                f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>'
            )
        if item.source:
            signature.append(
                f'<p style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>'
            )
        run.extend(signature)
        run.append("<p>&nbsp;</p>")
        flush()
        return (
            '<div class="umb-grid"><div class="grid-section"><div><div class="container">'
            + "".join(rows)
            + "</div></div></div></div>"
        )

    def pull_quote(self, item: Item, revision: int) -> str | None:
        """A sentence of the body repeated in a pull quote cell (on about half the articles)."""
        paragraphs = item.body(revision)
        if len(paragraphs) < 4 or stable_int(item.key + "quote", 0, 1):
            return None
        sentences = [s for s in re.split(r"(?<=[.!?])\s+", paragraphs[2]) if len(s) > 40]
        return sentences[0] if sentences else None

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        url = request.base_url + self.article_path(item)
        head = (
            f'<meta name="description" content="{esc(item.sapo(revision))}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(item.title)}">\n'
            f'<meta property="og:url" content="{esc(url)}">\n'
            f'<meta property="og:image" content="{esc(request.base_url + self.media_path(item, 0))}">'
        )
        tags = "".join(
            f'<a class="label label-default" href="{esc(self.tag_path(t))}">{esc(t)}</a> '
            for t in self.item_tags(item, revision)
        )
        related = "".join(
            f'<li><a href="{esc(self.link(it, seed + "rel"))}">{esc(it.title)}</a>'
            f' <span class="date">({dmy(it.published)})</span></li>'
            for it in self.others(item, 6)
        )
        when = item.published
        main = f"""<div class="news-detail" id="news-{item.number}">
<h1 class="news-title">{esc(item.title)}</h1>
<div class="news-meta clearfix"><span class="news-date"><i class="fa fa-calendar"></i> Cập nhật: {when:%H:%M}, {dmy(when)} (GMT+7)</span>
<span class="news-view"><i class="fa fa-eye"></i> Lượt xem: {thousands(view_count(seed))}</span>
<span class="news-tools">Cỡ chữ: <a href="javascript:void(0)" onclick="changeFont(-1)">A-</a> <a href="javascript:void(0)" onclick="changeFont(0)">A</a> <a href="javascript:void(0)" onclick="changeFont(1)">A+</a>
| <a href="javascript:window.print()"><i class="fa fa-print"></i> In bài viết</a></span></div>
<div class="news-content">
{self.grid_html(item, revision)}
</div>
<div class="news-tags"><i class="fa fa-tags"></i> Từ khóa: {tags}</div>
<div class="news-share">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={quote(url)}" target="_blank" rel="nofollow">Facebook</a> <a href="https://zalo.me/share?u={quote(url)}" target="_blank" rel="nofollow">Zalo</a></div>
</div>
<div class="news-related"><h3 class="box-title">Tin liên quan</h3><ul class="list-news">{related}</ul></div>"""
        crumbs = [
            (f"/{NEWS_SEGMENT}/", self.news.name),
            (self.listing_path(item.section), item.section.name),
        ]
        return self.frame(
            item.title,
            main,
            request,
            crumbs=crumbs,
            head=head,
            doctype="newsItem",
            active=item.section,
        )

    def error_html(self, status: int) -> str:
        request = Request("/404/", {}, 0, f"{self.portal.id}:err{status}", "")
        if status == 404:
            main = (
                '<div class="content-page error-page"><h1 class="page-title">Không tìm thấy trang'
                "</h1><p>Trang bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ.</p>"
                '<p><a href="/">Quay về trang chủ</a></p></div>'
            )
            return self.frame("Không tìm thấy trang", main, request, doctype="error")
        main = (
            f'<div class="content-page error-page"><h1 class="page-title">Lỗi {status}</h1>'
            "<p>Hệ thống đang bận, vui lòng thử lại sau.</p></div>"
        )
        return self.frame("Lỗi hệ thống", main, request, doctype="error")
