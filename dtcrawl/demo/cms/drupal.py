"""Drupal 9 family (sokhcn-bachson): a department site on a Bartik-derived theme.

URL shapes:
- home ``/``;
- news listing (a Views page) ``/tin-tuc``, page N (zero-based) ``/tin-tuc?page=N``; the pager
  links are query-only hrefs (``?page=2``) and page 0 is also reachable as ``?page=0``; a page
  past the end answers 200 with the last page (Drupal clamps the pager);
- section listing: the taxonomy term ``/chuyen-muc/<slug>``, which is the path alias of
  ``/taxonomy/term/<tid>`` (both served; the home page's "Xem thêm" links use the raw path);
- article: the Pathauto alias ``/<section-slug>/<title-slug>`` (100 characters at most, ``-0``
  appended on a clash), also served at ``/node/<nid>`` (shortlink; the "Tin nổi bật" box links
  there, some of its links with ``utm_*``); print view ``/node/<nid>/printable/print``;
- feeds ``/rss.xml`` (front page) and ``/taxonomy/term/<tid>/feed``;
- a trailing slash is ignored (``/tin-tuc/`` is ``/tin-tuc``), as Drupal's router does;
- a few non-news pages: ``/gioi-thieu/...`` basic pages, ``/van-ban`` (documents with PDF links),
  ``/lien-he``, ``/user/login`` (linked from every page with ``?destination=<current path>``).

The article: title in the page-title block (``h1.page-title``), "Gửi bởi <CMS account> vào
<date>" in ``footer.node__meta`` with ``<time datetime>`` in UTC (``...Z``) as Drupal 9 writes it,
the body in ``div.field--name-body``, photos as ``<figure role="group">`` with ``<figcaption>``
(Drupal's caption filter), the real byline typed by the editor as the body's last paragraph
(bold, right-aligned), the source in ``field--name-field-nguon-tin``.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from email.utils import format_datetime

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
    poll,
    reuse_notice,
    shorten,
    slugify,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
    with_param,
)

HOME = "/"
NEWS = "/tin-tuc"
TERM_ALIAS = "/chuyen-muc/"
FEED = "/rss.xml"
LOGIN = "/user/login"
PAGER_QUANTITY = 9  # Views' full pager default
FEED_ITEMS = 10  # Drupal's front-page feed default
_NODE = re.compile(r"^/node/(\d+)$")
_PRINT = re.compile(r"^/node/(\d+)/printable/print$")
_TERM = re.compile(r"^/taxonomy/term/(\d+)$")
_TERM_FEED = re.compile(r"^/taxonomy/term/(\d+)/feed$")
_PDF = re.compile(r"^/sites/default/files/van-ban/[\w.-]+\.pdf$")

#: The CMS accounts editors post from: Drupal shows these in "Gửi bởi ...", not the byline.
ACCOUNTS = ("bientap.skhcn", "quantri", "ttcds.bachson")

#: Basic pages (node type "page") of the "Giới thiệu" menu: (nid, alias, title, paragraphs).
BASIC_PAGES = (
    (
        12,
        "/gioi-thieu/chuc-nang-nhiem-vu",
        "Chức năng, nhiệm vụ",
        (
            "Sở Khoa học và Công nghệ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu "
            "và giúp Ủy ban nhân dân tỉnh quản lý nhà nước về khoa học, công nghệ, đổi mới sáng "
            "tạo, chuyển đổi số, bưu chính, viễn thông và tiêu chuẩn, đo lường, chất lượng.",
            "Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về "
            "tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự hướng dẫn "
            "về chuyên môn, nghiệp vụ của Bộ Khoa học và Công nghệ.",
        ),
    ),
    (
        13,
        "/gioi-thieu/co-cau-to-chuc",
        "Cơ cấu tổ chức",
        (
            "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc. Các phòng chuyên môn gồm Văn phòng, "
            "Thanh tra, Phòng Kế hoạch - Tài chính, Phòng Quản lý khoa học, Phòng Chuyển đổi số "
            "và Phòng Bưu chính - Viễn thông.",
            "Đơn vị sự nghiệp trực thuộc: Trung tâm Chuyển đổi số và Trung tâm Ứng dụng tiến bộ "
            "khoa học và công nghệ.",
        ),
    ),
)

#: The "Văn bản" view: (number, date, summary, file name).
DOCUMENTS = (
    (
        "412/QĐ-UBND",
        "14/03/2024",
        "Ban hành Kế hoạch chuyển đổi số tỉnh Bạch Sơn năm 2024",
        "412-qd-ubnd-2024.pdf",
    ),
    (
        "1806/KH-SKHCN",
        "02/10/2023",
        "Tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 10/10",
        "1806-kh-skhcn.pdf",
    ),
    (
        "27/2023/QĐ-UBND",
        "21/07/2023",
        "Quy chế quản lý, vận hành và khai thác Trung tâm dữ liệu tỉnh",
        "27-2023-qd-ubnd.pdf",
    ),
    (
        "95/TB-SKHCN",
        "08/05/2023",
        "Danh mục nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng năm 2024",
        "95-tb-skhcn.pdf",
    ),
)
# A minimal well-formed PDF for the document links.
_PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def drupal_date(moment: datetime) -> str:
    """The site's "medium" date format (``l, d/m/Y - H:i`` in Vietnamese).

    >>> drupal_date(datetime(2024, 11, 11, 4, 9))
    'Thứ Hai, 11/11/2024 - 04:09'
    """
    return f"{weekday(moment)}, {dmy(moment)} - {moment:%H:%M}"


def utc_stamp(moment: datetime) -> str:
    """The ``<time datetime>`` value Drupal 9 writes: the instant in UTC with ``Z``.

    >>> utc_stamp(datetime(2024, 11, 11, 4, 9))
    '2024-11-10T21:09:00Z'
    """
    return (moment - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def drupal_pager(page: int, pages: int, quantity: int = PAGER_QUANTITY) -> list[int | None]:
    """Zero-based page indexes Drupal's full pager lists around ``page``; ``None`` is "…".

    Drupal centres a window of ``quantity`` numbers on the current page, with an ellipsis on a
    side where pages are hidden, and never lists the first or last page outside the window
    (its "« Đầu" / "Cuối »" links reach them).

    >>> drupal_pager(0, 3)
    [0, 1, 2]
    >>> drupal_pager(0, 20)
    [0, 1, 2, 3, 4, 5, 6, 7, 8, None]
    >>> drupal_pager(10, 20)
    [None, 6, 7, 8, 9, 10, 11, 12, 13, 14, None]
    >>> drupal_pager(19, 20)
    [None, 11, 12, 13, 14, 15, 16, 17, 18, 19]
    """
    middle = -(-quantity // 2)
    current = page + 1
    first = current - middle + 1
    last = current + quantity - middle
    if last > pages:
        first -= last - pages
        last = pages
    if first < 1:
        last = min(pages, last + 1 - first)
        first = 1
    window: list[int | None] = [None] if first > 1 else []
    window += list(range(first - 1, last))
    if last < pages:
        window.append(None)
    return window


def zero_based_page(value: str | None) -> int:
    """The ``?page=`` index; junk or negatives give 0 as Drupal does.

    >>> zero_based_page("3"), zero_based_page("-2"), zero_based_page("x"), zero_based_page(None)
    (3, 0, 0, 0)
    """
    try:
        return max(0, int(value)) if value is not None else 0
    except ValueError:
        return 0


class DrupalSite(CmsSite):
    family_headers = {
        "Server": "Apache/2.4.41 (Ubuntu)",
        "X-Powered-By": "PHP/7.4.3",
        "X-Generator": "Drupal 9 (https://www.drupal.org)",
        "X-Drupal-Cache": "HIT",
        "X-Drupal-Dynamic-Cache": "MISS",
        "Content-language": "vi",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "SAMEORIGIN",
    }
    number_base = 2_417
    number_stride = 4
    image_folder = "/sites/default/files/styles/large/public"

    # -- URLs

    def article_path(self, item: Item) -> str:
        if not hasattr(self, "_aliases"):
            self._aliases = self._make_aliases()
        return self._aliases[item.key]

    def _make_aliases(self) -> dict[str, str]:
        """Pathauto aliases, given in node order: a later clash gets ``-0``, ``-1``, ..."""
        aliases: dict[str, str] = {}
        taken: set[str] = set()
        for it in sorted(self.items, key=lambda it: it.number):
            base = f"/{it.section.slug}/{slugify(it.title, max_len=100)}"
            alias, n = base, 0
            while alias in taken:
                alias, n = f"{base}-{n}", n + 1
            taken.add(alias)
            aliases[it.key] = alias
        return aliases

    def node_path(self, item: Item) -> str:
        return f"/node/{item.number}"

    def print_path(self, item: Item) -> str:
        return f"/node/{item.number}/printable/print"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def term_path(self, section: Section) -> str:
        return f"/taxonomy/term/{section.id}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = NEWS if self.is_news(section) else f"{TERM_ALIAS}{section.slug}"
        return base if page == 1 else f"{base}?page={page - 1}"

    def home_path(self) -> str:
        return HOME

    def extra_paths(self) -> dict[str, str]:
        return {"feed": FEED}

    def featured(self, count: int = 5) -> list[Item]:
        """The "Tin nổi bật" pick: the same few articles on every page (most read)."""
        healthy = [it for it in self.items if it.kind == "article"]
        return sorted(healthy, key=lambda it: stable_int("hot" + it.key, 0, 10**6))[:count]

    def featured_link(self, item: Item, rank: int) -> str:
        path = self.node_path(item) if item.kind == "article" else self.article_path(item)
        if "tracking_utm" in self.portal.features and item.kind == "article" and rank % 2 == 0:
            return with_param(path, "utm_source=website&utm_medium=box&utm_campaign=tin-noi-bat")
        return path

    def account(self, item: Item) -> str:
        return ACCOUNTS[stable_int(item.key + "uid", 0, len(ACCOUNTS) - 1)]

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path != HOME and path.endswith("/"):  # Drupal's router ignores a trailing slash
            path = path.rstrip("/")
        page = zero_based_page(request.params.get("page"))
        if path == HOME:
            return self.html_response(self.home_html(request))
        if path == NEWS:
            return self.html_response(self.listing_html(None, page, request))
        if path.startswith(TERM_ALIAS):
            section = self.section_by_slug(path[len(TERM_ALIAS) :])
            if section is None or "/" in path[len(TERM_ALIAS) :]:
                return None
            return self.html_response(self.listing_html(section, page, request))
        match = _TERM.match(path)
        if match:
            section = self.section_by_id(int(match.group(1)))
            return (
                self.html_response(self.listing_html(section, page, request)) if section else None
            )
        match = _TERM_FEED.match(path) if path != FEED else None
        if path == FEED or match:
            section = self.section_by_id(int(match.group(1))) if match else None
            if match and section is None:
                return None
            return Response(
                200,
                {"Content-Type": "application/rss+xml; charset=utf-8", **self.family_headers},
                self.rss_xml(section, request).encode("utf-8"),
            )
        match = _PRINT.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            if item is None or item.kind != "article":
                return None
            return self.html_response(self.print_html(item, request))
        match = _NODE.match(path)
        if match:
            number = int(match.group(1))
            for nid, alias, title, paragraphs in BASIC_PAGES:
                if nid == number:
                    return self.html_response(
                        self.basic_page_html(nid, alias, title, paragraphs, request)
                    )
            item = self.by_number.get(number)
            return self.article_response(item, request) if item else None
        item = self.by_path.get(path.lower())
        if item is not None:
            return self.article_response(item, request)
        for nid, alias, title, paragraphs in BASIC_PAGES:
            if path == alias:
                return self.html_response(
                    self.basic_page_html(nid, alias, title, paragraphs, request)
                )
        if path == "/van-ban":
            return self.html_response(self.documents_html(request))
        if _PDF.match(path):
            return Response(
                200, {"Content-Type": "application/pdf", **self.family_headers}, _PDF_BYTES
            )
        if path == "/lien-he":
            return self.html_response(self.contact_html(request))
        if path == LOGIN:
            return self.html_response(self.login_html(request))
        return None

    def robots_txt(self, request: Request) -> str:
        lines = [
            "#",
            "# robots.txt của website: chặn các đường dẫn quản trị và biểu mẫu.",
            "#",
            "User-agent: *",
            "# Thư mục",
            "Disallow: /core/",
            "Disallow: /profiles/",
            "# Tệp",
            "Disallow: /README.txt",
            "Disallow: /web.config",
            "# Đường dẫn (có rewrite)",
            "Disallow: /admin/",
            "Disallow: /comment/reply/",
            "Disallow: /filter/tips",
            "Disallow: /node/add/",
            "Disallow: /search/",
            "Disallow: /user/register/",
            "Disallow: /user/password/",
            "Disallow: /user/login/",
            "Disallow: /user/logout/",
            "# Đường dẫn (không rewrite)",
            "Disallow: /index.php/admin/",
            "Disallow: /index.php/user/login/",
        ]
        return "\n".join(lines) + "\n"

    # -- frame

    def menu(self) -> str:
        sections = "".join(
            f'<li class="menu-item"><a href="{esc(self.listing_path(s))}" '
            f'data-drupal-link-system-path="taxonomy/term/{s.id}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        about = "".join(
            f'<li class="menu-item"><a href="{esc(alias)}" data-drupal-link-system-path="node/{nid}">'
            f"{esc(title)}</a></li>"
            for nid, alias, title, _ in BASIC_PAGES
        )
        return (
            '<ul class="clearfix menu">'
            '<li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;" '
            'class="is-active">Trang chủ</a></li>'
            f'<li class="menu-item menu-item--expanded"><span>Giới thiệu</span><ul class="menu">{about}</ul></li>'
            f'<li class="menu-item menu-item--expanded"><a href="{NEWS}">{esc(self.news.name)}</a>'
            f'<ul class="menu">{sections}</ul></li>'
            '<li class="menu-item"><a href="/van-ban" data-drupal-link-system-path="van-ban">Văn bản</a></li>'
            '<li class="menu-item"><a href="https://dichvucong.gov.vn/">Dịch vụ công</a></li>'
            '<li class="menu-item"><a href="/lien-he" data-drupal-link-system-path="contact">Liên hệ</a></li>'
            "</ul>"
        )

    def sidebar(self, seed: str, exclude: Item | None = None) -> str:
        latest = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
            f'<a href="{esc(self.article_path(it))}" hreflang="vi">{esc(it.title)}</a></span></div>'
            f'<div class="views-field views-field-created"><span class="field-content">{dmy(it.published)}</span></div></div>'
            for it in self.latest(5, exclude)
        )
        hot = "".join(
            f'<li><a href="{esc(self.featured_link(it, rank))}">{esc(it.title)}</a></li>'
            for rank, it in enumerate(self.featured(5))
        )
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        answers = "".join(
            f'<div class="js-form-item form-item js-form-type-radio form-type-radio form-item-choice">'
            f'<input type="radio" id="edit-choice-{i}" name="choice" value="{i}" class="form-radio">'
            f'<label for="edit-choice-{i}" class="option">{esc(o)}</label></div>'
            for i, o in enumerate(options)
        )
        token = stable_token(seed + "form", 43)
        return f"""<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<div class="views-element-container block block-views block-views-blocktin-moi-block-1" id="block-views-block-tin-moi-block-1">
<h2>Tin mới</h2><div class="content"><div class="view view-tin-moi view-id-tin_moi view-display-id-block_1"><div class="view-content">{latest}</div></div></div></div>
<div class="views-element-container block block-views block-views-blocktin-noi-bat-block-1" id="block-views-block-tin-noi-bat-block-1">
<h2>Tin nổi bật</h2><div class="content"><div class="item-list"><ul>{hot}</ul></div></div></div>
<div id="block-ketquagiaiquyettthc" class="block block-block-content block-block-content{stable_token("tthc", 8)}">
<h2>Kết quả giải quyết TTHC</h2><div class="content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p>Tháng {stats["month"]}: tiếp nhận <strong>{thousands(stats["total"])}</strong> hồ sơ; giải quyết đúng hạn {thousands(stats["ontime"])} hồ sơ ({stats["percent"]}%); trễ hạn {stats["late"]} hồ sơ.</p>
<p><a href="https://dichvucong.gov.vn/">Tra cứu hồ sơ</a></p></div></div></div>
<div id="block-thamdoykien" class="block block-poll block-poll-recent-block"><h2>Thăm dò ý kiến</h2><div class="content">
<form class="poll-view-form" data-drupal-selector="poll-view-form-1" action="/" method="post" id="poll-view-form-1" accept-charset="UTF-8">
<div class="poll"><div class="poll-question">{esc(question)}</div>{answers}</div>
<input type="hidden" name="form_build_id" value="form-{token}">
<input type="hidden" name="form_id" value="poll_view_form_1">
<input type="submit" name="op" value="Bình chọn" class="button js-form-submit form-submit"></form></div></div>
<div id="block-lienketwebsite" class="block block-block-content"><h2>Liên kết website</h2><div class="content">
<select onchange="if (this.value) window.open(this.value)"><option value="">-- Chọn liên kết --</option>
<option value="https://chinhphu.vn/">Cổng TTĐT Chính phủ</option><option value="https://most.gov.vn/">Bộ Khoa học và Công nghệ</option>
<option value="https://dichvucong.gov.vn/">Cổng Dịch vụ công quốc gia</option></select>
<p><a href="https://dichvucong.gov.vn/"><img src="/sites/default/files/banner/dich-vu-cong.png" alt="Dịch vụ công trực tuyến"></a></p>
<p><a href="https://most.gov.vn/"><img src="/sites/default/files/banner/bo-khcn.png" alt="Bộ Khoa học và Công nghệ"></a></p></div></div>
<div id="block-thongketruycap" class="block block-visitors"><h2>Thống kê truy cập</h2><div class="content"><ul>
<li>Đang truy cập: {thousands(visits["online"])}</li><li>Hôm nay: {thousands(visits["today"])}</li>
<li>Trong tuần: {thousands(visits["week"])}</li><li>Tổng lượt truy cập: {thousands(visits["total"])}</li></ul></div></div>
</div></aside>"""

    def frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        request: Request,
        *,
        body_class: str,
        head: str = "",
        current: str = "",
        exclude: Item | None = None,
    ) -> str:
        portal = self.portal
        seed = request.seed
        crumb = "".join(
            f'<li><a href="{esc(href)}">{esc(label)}</a></li>' for href, label in crumbs
        )
        breadcrumb = (
            '<div class="region region-breadcrumb"><div id="block-bachson-breadcrumbs" class="block block-system '
            'block-system-breadcrumb-block"><div class="content"><nav class="breadcrumb" role="navigation" '
            'aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Đường dẫn</h2>'
            f'<ol><li><a href="/">Trang chủ</a></li>{crumb}</ol></nav></div></div></div>'
            if crumbs
            else ""
        )
        destination = current or request.path
        settings = (
            '{"path":{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":'
            f'"{esc(current.lstrip("/") or "node")}","currentPathIsAdmin":false,'
            f'"isFront":{"true" if request.path == HOME else "false"},"currentLanguage":"vi"}},'
            '"pluralDelimiter":"\\u0003","ajaxPageState":{"libraries":"bachson\\/global-styling,'
            'core\\/drupal,poll\\/drupal.poll-links,system\\/base,views\\/views.module",'
            f'"theme":"bachson","theme_token":null}},"user":{{"uid":0,"permissionsHash":"{stable_token("perm", 64, "0123456789abcdef")}"}}}}'
        )
        css = stable_token("css" + portal.id, 43)
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{head}<link rel="icon" href="/themes/custom/bachson/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{esc(portal.name)}" href="{FEED}" />
<title>{esc(title)} | {esc(portal.name)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{css}.css" />
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.0"></script>
</head>
<body class="{body_class} layout-one-sidebar layout-sidebar-second">
<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển đến nội dung chính</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header id="header" class="header" role="banner" aria-label="Đầu trang">
<div class="section layout-container clearfix">
<div class="region region-secondary-menu"><nav role="navigation" aria-labelledby="block-bachson-account-menu-menu" id="block-bachson-account-menu" class="block block-menu navigation menu--account">
<h2 class="visually-hidden" id="block-bachson-account-menu-menu">Trình đơn tài khoản</h2>
<ul class="clearfix menu"><li class="menu-item"><a href="{LOGIN}?destination={esc(destination)}" data-drupal-link-system-path="user/login">Đăng nhập</a></li></ul></nav>
<div class="font-size">Cỡ chữ: <a href="javascript:void(0);" class="font-minus">A-</a> <a href="javascript:void(0);" class="font-reset">A</a> <a href="javascript:void(0);" class="font-plus">A+</a></div></div>
<div class="clearfix region region-header"><div id="block-bachson-branding" class="clearfix site-branding block block-system block-system-branding-block">
<a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo-sokhcn.png" alt="Trang chủ" /></a>
<div class="site-branding__text"><div class="site-branding__name"><a href="/" title="Trang chủ" rel="home">{esc(portal.name)}</a></div>
<div class="site-branding__slogan">Trang thông tin điện tử</div></div></div>
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-bachson-search" role="search">
<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><input title="Nhập từ khóa cần tìm." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" />
<input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm kiếm" class="button js-form-submit form-submit" /></form></div></div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-bachson-main-menu-menu" id="block-bachson-main-menu" class="block block-menu navigation menu--main">
<h2 class="visually-hidden" id="block-bachson-main-menu-menu">Trình đơn chính</h2>{self.menu()}</nav></div>
</div></header>
<div class="highlighted"><aside class="layout-container section clearfix" role="complementary"><div data-drupal-messages-fallback class="hidden"></div></aside></div>
<div id="main-wrapper" class="layout-main-wrapper layout-container clearfix">
<div id="main" class="layout-main clearfix">
{breadcrumb}
<main id="content" class="column main-content" role="main"><section class="section">
<a id="main-content" tabindex="-1"></a>
<div class="region region-content">
{main}
</div></section></main>
{self.sidebar(seed, exclude)}
</div></div>
<div class="site-footer"><footer class="site-footer layout-container" role="contentinfo">
<div class="site-footer__top clearfix"><div class="region region-footer-first"><div id="block-thongtinchantrang" class="block block-block-content">
<div class="content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
<p><strong>{esc(portal.name.upper())}</strong></p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}</p>
<p>{esc(portal.licence)}</p>
<p>{esc(reuse_notice(portal))}</p></div></div></div></div></div>
<div class="site-footer__bottom"><div class="region region-footer-fifth"><nav role="navigation" id="block-bachson-footer" class="block block-menu navigation menu--footer">
<ul class="clearfix menu"><li class="menu-item"><a href="/lien-he">Liên hệ</a></li><li class="menu-item"><a href="{FEED}">RSS</a></li><li class="menu-item"><a href="#page">Về đầu trang</a></li></ul></nav></div></div>
</footer></div>
</div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
<script src="/sites/default/files/js/js_{stable_token("js" + portal.id, 43)}.js"></script>
</body>
</html>
"""

    # -- pages

    def teaser_row(self, item: Item, request: Request, *, image: bool = True) -> str:
        picture = (
            f'<div class="views-field views-field-field-image"><div class="field-content">'
            f'<a href="{esc(self.article_path(item))}" hreflang="vi"><img loading="lazy" '
            f'src="{esc(image_path(item, 0, "/sites/default/files/styles/thumbnail/public"))}" width="220" '
            f'height="147" alt="" typeof="foaf:Image" /></a></div></div>'
            if image
            else ""
        )
        return (
            f'<div class="views-row">{picture}<div class="views-field views-field-title"><span class="field-content">'
            f'<a href="{esc(self.article_path(item))}" hreflang="vi">{esc(item.title)}</a></span></div>'
            f'<div class="views-field views-field-created"><span class="field-content">'
            f"{dmy(item.published)} - {item.published:%H:%M}</span></div>"
            f'<div class="views-field views-field-body"><div class="field-content">'
            f"{esc(item.sapo(request.revision, 300))}</div></div></div>"
        )

    def home_html(self, request: Request) -> str:
        top = [it for it in self.items if it.kind == "article"][:4]
        slides = "".join(
            f'<div class="views-row"><div class="views-field views-field-field-image"><div class="field-content">'
            f'<img src="{esc(image_path(it, 0, self.image_folder))}" alt="" /></div></div>'
            f'<div class="views-field views-field-title"><span class="field-content"><a href="'
            f'{esc(with_param(self.article_path(it), "utm_source=trangchu&utm_medium=slide"))}" hreflang="vi">'
            f"{esc(it.title)}</a></span></div></div>"
            for it in top
        )
        blocks = [
            '<div class="views-element-container block block-views block-views-blocktin-tieu-diem-block-1" '
            'id="block-views-block-tin-tieu-diem-block-1"><h2>Tin tiêu điểm</h2><div class="content">'
            '<div class="view view-tin-tieu-diem view-id-tin_tieu_diem view-display-id-block_1">'
            f'<div class="view-content flexslider">{slides}</div></div></div></div>'
        ]
        for number, section in enumerate(self.sections.values(), start=1):
            listed = [it for it in self.listed(section) if it.kind == "article"][:4]
            if not listed:
                continue
            rows = "".join(
                self.teaser_row(it, request, image=index == 0) for index, it in enumerate(listed)
            )
            blocks.append(
                f'<div class="views-element-container block block-views block-views-blocktin-theo-chuyen-muc-block-{number}" '
                f'id="block-views-block-tin-theo-chuyen-muc-block-{number}"><h2>{esc(section.name)}</h2>'
                f'<div class="content"><div class="view view-tin-theo-chuyen-muc view-id-tin_theo_chuyen_muc '
                f'view-display-id-block_{number}"><div class="view-content">{rows}</div>'
                f'<div class="more-link"><a href="{esc(self.term_path(section))}">Xem thêm</a></div></div></div></div>'
            )
        docs = "".join(
            f'<li><a href="/sites/default/files/van-ban/{file}">{esc(number)}</a> - {esc(summary)}</li>'
            for number, _, summary, file in DOCUMENTS[:3]
        )
        blocks.append(
            '<div class="views-element-container block block-views block-views-blockvan-ban-block-1" '
            f'id="block-views-block-van-ban-block-1"><h2>Văn bản mới</h2><div class="content"><div class="item-list"><ul>{docs}</ul></div>'
            '<div class="more-link"><a href="/van-ban">Xem thêm</a></div></div></div>'
        )
        return self.frame(
            "Trang chủ",
            [],
            "\n".join(blocks),
            request,
            body_class="path-frontpage",
            head=f'<link rel="canonical" href="{request.base_url}/" />\n<link rel="shortlink" href="{request.base_url}/" />\n',
            current="/node",
        )

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        shown = section or self.news
        items = self.listed(section)
        size = self.portal.page_size
        pages = max(1, -(-len(items) // size))
        page = min(page, pages - 1)  # Drupal clamps a page past the end to the last one
        rows = "".join(
            self.teaser_row(it, request) for it in items[page * size : (page + 1) * size]
        )
        pager = []
        if page > 0:
            pager.append(
                '<li class="pager__item pager__item--first"><a href="?page=0" title="Đến trang đầu">'
                '<span class="visually-hidden">Trang đầu</span><span aria-hidden="true">« Đầu</span></a></li>'
            )
            pager.append(
                f'<li class="pager__item pager__item--previous"><a href="?page={page - 1}" title="Đến trang trước" '
                'rel="prev"><span class="visually-hidden">Trang trước</span><span aria-hidden="true">‹ Trước</span></a></li>'
            )
        if pages > 1:
            for n in drupal_pager(page, pages):
                if n is None:
                    pager.append(
                        '<li class="pager__item pager__item--ellipsis" role="presentation">&hellip;</li>'
                    )
                elif n == page:
                    pager.append(
                        f'<li class="pager__item is-active"><a href="?page={n}" title="Trang hiện tại">'
                        f'<span class="visually-hidden">Trang hiện tại</span>{n + 1}</a></li>'
                    )
                else:
                    pager.append(
                        f'<li class="pager__item"><a href="?page={n}" title="Đến trang {n + 1}">'
                        f'<span class="visually-hidden">Trang </span>{n + 1}</a></li>'
                    )
        if page < pages - 1:
            pager.append(
                f'<li class="pager__item pager__item--next"><a href="?page={page + 1}" title="Đến trang sau" '
                'rel="next"><span class="visually-hidden">Trang sau</span><span aria-hidden="true">Sau ›</span></a></li>'
            )
            pager.append(
                f'<li class="pager__item pager__item--last"><a href="?page={pages - 1}" title="Đến trang cuối">'
                '<span class="visually-hidden">Trang cuối</span><span aria-hidden="true">Cuối »</span></a></li>'
            )
        nav = (
            '<nav class="pager" role="navigation" aria-labelledby="pagination-heading">'
            '<h4 id="pagination-heading" class="visually-hidden">Phân trang</h4>'
            f'<ul class="pager__items js-pager__items">{"".join(pager)}</ul></nav>'
            if pager
            else ""
        )
        if section is None or self.is_news(section):
            view, current, feed = "tin_tuc", "tin-tuc", FEED
            canonical = NEWS
        else:
            view, current, feed = (
                "taxonomy_term",
                f"taxonomy/term/{section.id}",
                f"{self.term_path(section)}/feed",
            )
            canonical = self.listing_path(section)
        empty = (
            ""
            if rows
            else '<div class="view-empty">Chưa có bài viết nào trong chuyên mục này.</div>'
        )
        main = f"""<div id="block-bachson-page-title" class="block block-core block-page-title-block"><div class="content">
<h1 class="title page-title">{esc(shown.name)}</h1></div></div>
<div id="block-bachson-content" class="block block-system block-system-main-block"><div class="content">
<div class="views-element-container"><div class="view view-{view.replace("_", "-")} view-id-{view} view-display-id-page_1 js-view-dom-id-{stable_token(current, 64, "0123456789abcdef")}">
<div class="view-content">{rows}</div>{empty}
{nav}
<a href="{esc(feed)}" class="feed-icon">Đăng ký nhận tin qua RSS</a>
</div></div></div></div>"""
        crumbs = [] if self.is_news(section) else [(NEWS, self.news.name)]
        title = shown.name if page == 0 else f"{shown.name} (Trang {page + 1})"
        return self.frame(
            title,
            crumbs,
            main,
            request,
            body_class="path-taxonomy" if not self.is_news(section) else "path-tin-tuc",
            head=f'<link rel="canonical" href="{request.base_url}{esc(canonical)}" />\n',
            current="/" + current,
        )

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        parts = []
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                parts.append(f'<p style="text-align:justify">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    f'<figure role="group" class="caption caption-img align-center">'
                    f'<img alt="{esc(caption)}" data-entity-type="file" data-entity-uuid="'
                    f"{stable_token(item.key + str(index), 8, '0123456789abcdef')}-0c4e-4f1b-9a7d-"
                    f'{stable_token(item.key, 12, "0123456789abcdef")}" '
                    f'src="{esc(image_path(item, index, "/sites/default/files/inline-images"))}" width="700" height="466" loading="lazy" />'
                    f"<figcaption>{esc(caption)}</figcaption></figure>"
                )
        if item.author:
            parts.append(f'<p style="text-align:right"><strong>{esc(item.author)}</strong></p>')
        source = (
            '<div class="field field--name-field-nguon-tin field--type-string field--label-inline clearfix">'
            f'<div class="field__label">Nguồn</div><div class="field__item">{esc(item.source)}</div></div>'
            if item.source
            else ""
        )
        modified = item.shown_modified(revision)
        changed = (
            f'<div class="node__changed">Cập nhật: {modified:%H:%M}, {dmy(modified)}</div>'
            if modified
            else ""
        )
        alias = self.article_path(item)
        url = request.base_url + alias
        related = "".join(
            f'<div class="views-row"><span class="views-field views-field-title"><span class="field-content">'
            f'<a href="{esc(self.article_path(it))}" hreflang="vi">{esc(it.title)}</a></span></span> '
            f'<span class="views-field views-field-created"><span class="field-content">({dmy(it.published)})</span></span></div>'
            for it in self.others(item, 6)
        )
        section_link = (
            ""
            if self.is_news(item.section)
            else '<div class="field field--name-field-chuyen-muc field--type-entity-reference field--label-inline clearfix">'
            f'<div class="field__label">Chuyên mục</div><div class="field__item"><a href="{esc(self.listing_path(item.section))}" '
            f'hreflang="vi">{esc(item.section.name)}</a></div></div>'
        )
        share = f"https://www.facebook.com/sharer/sharer.php?u={url}%3Futm_source%3Dfacebook%26utm_medium%3Dshare"
        main = f"""<div id="block-bachson-page-title" class="block block-core block-page-title-block"><div class="content">
<h1 class="title page-title"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">{esc(item.title)}</span></h1></div></div>
<div id="block-bachson-content" class="block block-system block-system-main-block"><div class="content">
<article role="article" about="{esc(alias)}" typeof="schema:Article" class="node node--type-article node--promoted node--view-mode-full">
<span property="schema:name" content="{esc(item.title)}" class="rdf-meta hidden"></span>
<footer class="node__meta"><article typeof="schema:Person" about="/user/{stable_int(item.key + "uid", 3, 9)}" class="profile"></article>
<div class="node__submitted">Gửi bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" typeof="schema:Person" property="schema:name" datatype="">{self.account(item)}</span></span>
vào <span class="field field--name-created field--type-created field--label-hidden"><time datetime="{utc_stamp(item.published)}" title="{drupal_date(item.published)}" class="datetime">{drupal_date(item.published)}</time></span>
<span property="schema:dateCreated" content="{iso_vn(item.published)}" class="rdf-meta hidden"></span></div>{changed}
<div class="node__views">Lượt xem: {thousands(view_count(seed))}</div>
</footer>
<div class="node__content clearfix">
{section_link}
<div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{"".join(parts)}</div>
{source}
<div class="node__links"><ul class="links inline">
<li class="print-html"><a href="{esc(self.print_path(item))}" target="_blank" rel="nofollow">Bản in</a></li>
<li class="send-email"><a href="javascript:void(0);" onclick="window.location='mailto:?subject='+document.title">Gửi email</a></li>
<li class="share-facebook"><a href="{esc(share)}" target="_blank">Chia sẻ Facebook</a></li></ul></div>
</div></article>
<section class="comment-wrapper"><h2 class="title comment-form__title">Ý kiến bạn đọc</h2>
<form class="comment-comment-form comment-form" action="/comment/reply/node/{item.number}/comment" method="post" accept-charset="UTF-8">
<div class="form-item"><label for="edit-name">Họ và tên</label><input type="text" id="edit-name" name="name" class="form-text required" /></div>
<div class="form-item"><label for="edit-mail">Thư điện tử</label><input type="email" id="edit-mail" name="mail" class="form-email" /></div>
<div class="form-item"><label for="edit-comment-body">Nội dung ý kiến</label><textarea id="edit-comment-body" name="comment_body[0][value]" rows="5" class="form-textarea"></textarea></div>
<div class="description">Ý kiến của bạn sẽ được Ban biên tập xem xét trước khi đăng.</div>
<input type="submit" value="Gửi ý kiến" class="button form-submit" /></form></section>
</div></div>
<div class="views-element-container block block-views block-views-blocktin-lien-quan-block-1" id="block-views-block-tin-lien-quan-block-1">
<h2>Tin cùng chuyên mục</h2><div class="content"><div class="view view-tin-lien-quan view-id-tin_lien_quan view-display-id-block_1"><div class="view-content">{related}</div></div></div></div>"""
        head = (
            f'<link rel="canonical" href="{esc(url)}" />\n'
            f'<link rel="shortlink" href="{request.base_url}{self.node_path(item)}" />\n'
            f'<meta property="og:site_name" content="{esc(self.portal.name)}" />\n'
            '<meta property="og:type" content="article" />\n'
            f'<meta property="og:url" content="{esc(url)}" />\n'
            f'<meta property="og:title" content="{esc(item.title)}" />\n'
            f'<meta property="og:description" content="{esc(item.sapo(revision, 200))}" />\n'
            f'<meta property="article:published_time" content="{iso_vn(item.published)}" />\n'
            + (
                f'<meta property="article:modified_time" content="{iso_vn(modified)}" />\n'
                if modified
                else ""
            )
        )
        crumbs = [(NEWS, self.news.name)]
        if not self.is_news(item.section):
            crumbs.append((self.listing_path(item.section), item.section.name))
        return self.frame(
            item.title,
            crumbs,
            main,
            request,
            body_class="path-node page-node-type-article",
            head=head,
            current=self.node_path(item),
            exclude=item,
        )

    def print_html(self, item: Item, request: Request) -> str:
        """The Printable module's page: logo, title, the node's full view, footnoted links."""
        url = request.base_url + self.article_path(item)
        parts = []
        for kind, value in body_blocks(item, request.revision):
            if kind == "p":
                parts.append(f"<p>{esc(value)}</p>")
            else:
                index, caption = value
                parts.append(
                    f'<figure role="group"><img src="{esc(image_path(item, index, "/sites/default/files/inline-images"))}" alt="" />'
                    f"<figcaption>{esc(caption)}</figcaption></figure>"
                )
        if item.author:
            parts.append(f'<p style="text-align:right"><strong>{esc(item.author)}</strong></p>')
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(item.title)}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="stylesheet" href="/modules/contrib/printable/css/print.css" /></head>
<body onload="window.print();"><div class="print-logo"><img src="/sites/default/files/logo-sokhcn.png" alt="" /> {esc(self.portal.name)}</div>
<div class="print-content"><h1>{esc(item.title)}</h1>
<div class="print-submitted">{drupal_date(item.published)}</div>
<div class="field--name-body">{"".join(parts)}</div></div>
<div class="print-footer">Nguồn: {esc(url)}</div>
<div class="printable-footnotes"><p>[1] {esc(url)}</p></div>
</body></html>
"""

    def basic_page_html(
        self, nid: int, alias: str, title: str, paragraphs: tuple[str, ...], request: Request
    ) -> str:
        body = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        main = f"""<div id="block-bachson-page-title" class="block block-core block-page-title-block"><div class="content">
<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span></h1></div></div>
<div id="block-bachson-content" class="block block-system block-system-main-block"><div class="content">
<article role="article" about="{alias}" class="node node--type-page node--view-mode-full"><div class="node__content clearfix">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
</div></article></div></div>"""
        return self.frame(
            title,
            [("/gioi-thieu/chuc-nang-nhiem-vu", "Giới thiệu")],
            main,
            request,
            body_class="path-node page-node-type-page",
            head=f'<link rel="canonical" href="{request.base_url}{alias}" />\n<link rel="shortlink" href="{request.base_url}/node/{nid}" />\n',
            current=f"/node/{nid}",
        )

    def documents_html(self, request: Request) -> str:
        rows = "".join(
            f'<tr><td class="views-field views-field-field-so-hieu">{esc(number)}</td>'
            f'<td class="views-field views-field-field-ngay-ban-hanh">{date}</td>'
            f'<td class="views-field views-field-title">{esc(summary)}</td>'
            f'<td class="views-field views-field-field-tep-dinh-kem"><span class="file file--mime-application-pdf file--application-pdf">'
            f'<a href="/sites/default/files/van-ban/{file}" type="application/pdf">{file}</a></span></td></tr>'
            for number, date, summary, file in DOCUMENTS
        )
        main = f"""<div id="block-bachson-page-title" class="block block-core block-page-title-block"><div class="content"><h1 class="title page-title">Văn bản</h1></div></div>
<div class="views-element-container"><div class="view view-van-ban view-id-van_ban view-display-id-page_1"><div class="view-content">
<table class="views-table views-view-table cols-4"><thead><tr><th>Số hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp đính kèm</th></tr></thead>
<tbody>{rows}</tbody></table></div></div></div>"""
        return self.frame(
            "Văn bản", [], main, request, body_class="path-van-ban", current="/van-ban"
        )

    def contact_html(self, request: Request) -> str:
        portal = self.portal
        main = f"""<div id="block-bachson-page-title" class="block block-core block-page-title-block"><div class="content"><h1 class="title page-title">Liên hệ</h1></div></div>
<div class="block block-system block-system-main-block"><div class="content">
<p>{esc(portal.agency)} - {esc(portal.address)} - Điện thoại: {esc(portal.phone)}</p>
<form class="contact-message-feedback-form contact-message-form contact-form" action="/lien-he" method="post" accept-charset="UTF-8">
<div class="form-item"><label for="edit-name">Họ và tên</label><input type="text" id="edit-name" name="name" class="form-text required" /></div>
<div class="form-item"><label for="edit-subject-0-value">Tiêu đề</label><input type="text" id="edit-subject-0-value" name="subject[0][value]" class="form-text required" /></div>
<div class="form-item"><label for="edit-message-0-value">Nội dung</label><textarea id="edit-message-0-value" name="message[0][value]" rows="8" class="form-textarea required"></textarea></div>
<input type="submit" value="Gửi" class="button form-submit" /></form></div></div>"""
        return self.frame(
            "Liên hệ", [], main, request, body_class="path-contact", current="/contact/feedback"
        )

    def login_html(self, request: Request) -> str:
        main = f"""<div id="block-bachson-page-title" class="block block-core block-page-title-block"><div class="content"><h1 class="title page-title">Đăng nhập</h1></div></div>
<div class="block block-system block-system-main-block"><div class="content">
<form class="user-login-form" data-drupal-selector="user-login-form" action="{LOGIN}?destination={esc(request.params.get("destination", "/"))}" method="post" id="user-login-form" accept-charset="UTF-8">
<div class="form-item"><label for="edit-name" class="js-form-required form-required">Tên người dùng</label><input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus="autofocus" type="text" id="edit-name" name="name" size="60" maxlength="60" class="form-text required" /></div>
<div class="form-item"><label for="edit-pass" class="js-form-required form-required">Mật khẩu</label><input type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" /></div>
<input type="hidden" name="form_id" value="user_login_form" />
<input type="submit" id="edit-submit" value="Đăng nhập" class="button js-form-submit form-submit" /></form></div></div>"""
        return self.frame(
            "Đăng nhập", [], main, request, body_class="path-user", current="/user/login"
        )

    def rss_xml(self, section: Section | None, request: Request) -> str:
        base = request.base_url
        shown = section or self.news
        items = [it for it in self.listed(section) if it.kind == "article"][:FEED_ITEMS]
        entries = "".join(
            f"<item>\n<title>{esc(it.title)}</title>\n<link>{esc(base + self.article_path(it))}</link>\n"
            f"<description>{esc('<p>' + esc(shorten(it.body(request.revision)[0], 600)) + '</p>')}</description>\n"
            f"<pubDate>{format_datetime(it.published.replace(tzinfo=VN_TZ))}</pubDate>\n"
            f"<dc:creator>{self.account(it)}</dc:creator>\n"
            f'<guid isPermaLink="false">{it.number} at {base}</guid>\n</item>\n'
            for it in items
        )
        link = base + (HOME if section is None else self.listing_path(section))
        return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="{base}/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{esc(self.portal.name if section is None else shown.name)}</title>
<link>{esc(link)}</link>
<description></description>
<language>vi</language>
{entries}</channel>
</rss>
"""

    def error_html(self, status: int) -> str:
        request = Request(
            "/system/404", {}, 0, f"{self.portal.id}:err{status}", f"http://{self.portal.host}"
        )
        if status == 404:
            title, message = "Không tìm thấy trang", "Không tìm thấy trang được yêu cầu."
        elif status == 403:
            title, message = "Truy cập bị từ chối", "Bạn không có quyền truy cập trang này."
        else:
            title, message = "Lỗi", "Website gặp sự cố không mong muốn. Vui lòng thử lại sau."
        main = (
            '<div id="block-bachson-page-title" class="block block-core block-page-title-block"><div class="content">'
            f'<h1 class="title page-title">{title}</h1></div></div>'
            f'<div class="block block-system block-system-main-block"><div class="content">{message}</div></div>'
        )
        return self.frame(title, [], main, request, body_class="path-system", current="/system/404")
