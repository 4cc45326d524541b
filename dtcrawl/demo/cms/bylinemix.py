"""A provincial portal whose several editorial teams sign their articles each in their own way.

Real provincial portals publish news written by several teams at once: the portal's own
editors, reporters of the provincial media centre, correspondents of departments and
districts, and editors who compile or republish other organs' stories. They share one CMS
(here a Vietnamese vendor's Laravel "eGov portal", about 2022: nginx, PHP 8, Bootstrap 4,
CKEditor 4 in the back office) but not a habit of signing: the CMS has an optional "Tác giả"
field, an optional "Nguồn tin" field with a link, and a body editor in which most people type
the byline themselves. So the byline and the source take a different form article by article
(chosen per article from a hash of its key, :func:`byline_plan`):

- the author field, shown by the theme per team either as "Tác giả: <b>X</b>" on its own line
  under the date, or in the meta line itself: "X | 07:41, 04/01/2021";
- a byline typed as the body's last line, right-aligned: the name alone in bold, "Tin, ảnh: X",
  "Bài, ảnh: X", "X (tổng hợp)", "X - Trung tâm Truyền thông tỉnh" (a reporter of the
  provincial media centre, an organ apart from the portal's office) or "X - <source>" (the
  author and the organ the story comes from on one line), sometimes after an empty
  ``<p>&nbsp;</p>``;
- the source field under the body, "Nguồn: <a href=site>S</a>", or the source typed:
  "Theo S" (newspapers only) or "(Nguồn: S)" in italics;
- a photographer's credit "Ảnh: Y" on its own line under a photo (Y another person than the
  author, who may have none), and a "BTV: Z" line at the very end of the text naming the editor
  who put the story online (not its author). Names are printed as the corpus gives them; the
  site never shortens one to initials.

What an archivist records from each form is :func:`gold_byline` (and :func:`gold_corpus`).

URL shapes:

- home ``/``; all news ``/tin-tuc``; a section ``/tin-tuc/<section-slug>``; further pages
  ``?page=N`` (a page past the end answers 200 with an empty list, as Laravel's paginator does);
- article ``/tin-tuc/<section-slug>/<title-slug>-<id>.html``; the home page's "Tin nổi bật"
  links it with ``?utm_source=trangchu&utm_medium=noibat``;
- print view ``/in-bai-viet/<id>.html`` (noindex, linked by "In bài");
- ``/gioi-thieu.html``, ``/lien-he.html``, ``/so-do-cong.html``; ``/tim-kiem?tu-khoa=`` (a form);
  no feed, no sitemap.

Boilerplate: a font-size widget, share buttons, "Lượt xem", "Tin liên quan" with dates, "Tin
mới", "Đọc nhiều" (view counts), "Kết quả giải quyết TTHC", a poll, the visitor counter, a
"Liên kết website" jump menu, and a footer naming the agency; ``<meta name="author">`` is the
portal's name on every page.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import quote

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
    iso_vn,
    listing_date,
    page_number,
    poll,
    reuse_notice,
    slugify,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)

THEME = "/themes/egov/xuanlung"
NEWS_PATH = "/tin-tuc"
PRINT_PREFIX = "/in-bai-viet/"
HOME_TRACKING = "utm_source=trangchu&utm_medium=noibat"
#: The provincial media centre, whose reporters sign "X - Trung tâm Truyền thông tỉnh".
UNIT = "Trung tâm Truyền thông tỉnh"
#: Photographers credited under photos ("Ảnh: Y"): never one of the corpus's authors.
PHOTOGRAPHERS = ("Hoàng Nam", "Trần Việt", "Lê Phương", "Quang Vinh", "Đình Khôi")
#: Editors who put stories online and sign "BTV: Z" at the very end.
EDITORS = ("Thanh Tâm", "Khánh Linh", "Phạm Hòa")
#: The site a source's "Nguồn:" link leads to (other sources: a made-up .vn domain).
SOURCE_SITES = {
    "Báo Lam Giang": "https://baolamgiang.vn/",
    "Sở Khoa học và Công nghệ": "https://sokhcn.xuanlung.gov.vn/",
    "Trung tâm Chuyển đổi số": "https://cds.xuanlung.gov.vn/",
}
RIGHT = 'style="text-align: right;"'

#: Author forms. Typed as the body's last line: ``bold_last`` "<b>X</b>", ``tin_anh`` "Tin,
#: ảnh: X", ``bai_anh`` "Bài, ảnh: X", ``tong_hop`` "X (tổng hợp)", ``unit`` "X - Trung tâm
#: Truyền thông tỉnh", ``with_source`` "X - S". The CMS field: ``above`` ("Tác giả: X" under the
#: date), ``meta`` ("X | 07:41, 04/01/2021").
AUTHOR_FORMS = (
    "bold_last",
    "tin_anh",
    "bai_anh",
    "tong_hop",
    "unit",
    "with_source",
    "above",
    "meta",
)
#: Source forms: ``theo`` "Theo S" (newspapers), ``nguon_italic`` "(Nguồn: S)", ``nguon_link``
#: the CMS field "Nguồn: <a>S</a>" under the body.
SOURCE_FORMS = ("theo", "nguon_italic", "nguon_link")


@dataclass(frozen=True)
class BylinePlan:
    """How one article is signed: its author form and source form (None: nothing shown), the
    photographer credited under its photos, the editor's "BTV:" line, and whether an empty
    paragraph precedes the typed byline."""

    author_form: str | None
    source_form: str | None
    photo_credit: str | None
    editor: str | None
    spacer: bool
    credit_align: str = "right"


def is_newspaper(source: str) -> bool:
    """Whether ``source`` is a newspaper (signed "Theo S" by the compiling team).

    >>> is_newspaper("Báo Lam Giang"), is_newspaper("Sở Khoa học và Công nghệ")
    (True, False)
    """
    return source.startswith(("Báo ", "Tạp chí "))


def byline_plan(key: str, author: str | None, source: str | None, photos: int) -> BylinePlan:
    """The signing of the article ``key`` (chosen from a hash of the key; the same every time).

    "Tin, ảnh" and "Bài, ảnh" only sign articles with a photo; "X - Trung tâm Truyền thông tỉnh"
    only articles with no source of their own; "X - S" only articles with both; "Theo S" only
    newspapers. A photographer is credited on some articles with photos, never on those whose
    author took them ("Tin, ảnh").

    >>> byline_plan("k", None, None, 0).author_form is None
    True
    >>> byline_plan("k", "Thu Hà", None, 0).author_form in AUTHOR_FORMS
    True
    """
    forms = ["bold_last", "tong_hop", "above", "meta"]
    if photos:
        forms += ["tin_anh", "bai_anh"]
    forms.append("with_source" if source else "unit")
    author_form = forms[stable_int(key + "|tacgia95", 0, len(forms) - 1)] if author else None
    source_form = None
    if source and author_form != "with_source":
        choices = ["nguon_italic", "nguon_link"]
        if is_newspaper(source):
            choices.append("theo")
        source_form = choices[stable_int(key + "|nguon", 0, len(choices) - 1)]
    credit = None
    if photos and author_form not in ("tin_anh", "bai_anh") and stable_int(key + "|anh", 0, 2):
        candidates = [name for name in PHOTOGRAPHERS if name != author]
        credit = candidates[stable_int(key + "|tacgiaanh", 0, len(candidates) - 1)]
    editor = None
    if stable_int(key + "|btv", 0, 2) == 0:
        editor = EDITORS[stable_int(key + "|btvten", 0, len(EDITORS) - 1)]
    return BylinePlan(
        author_form=author_form,
        source_form=source_form,
        photo_credit=credit,
        editor=editor,
        spacer=stable_int(key + "|nbsp", 0, 2) == 0,
        credit_align="center" if stable_int(key + "|canh", 0, 1) else "right",
    )


def gold_byline(
    plan: BylinePlan, author: str | None, source: str | None
) -> tuple[str | None, str | None]:
    """The author and source a careful archivist records from the forms of ``plan``.

    The rules, form by form:

    - the name alone, "Tác giả: X", "X | 07:41, 04/01/2021": the author is X;
    - "Tin, ảnh: X", "Bài, ảnh: X": the author is X (he wrote the text and took the photos;
      the words before the colon say what he did, they are not part of his name);
    - "X (tổng hợp)": the author is X ("compiled by": his role, not his name);
    - "X - S" (the author and the organ on one line): the author is X, the source S;
    - "X - Trung tâm Truyền thông tỉnh": the same rule; the provincial media centre is an organ
      of its own (the portal belongs to the office of the provincial People's Committee, as its
      footer says), so the story comes from it: the source is "Trung tâm Truyền thông tỉnh".
      This is the one form whose gold is not the corpus's: the corpus has no source there;
    - "Theo S", "(Nguồn: S)", "Nguồn: <a>S</a>": the source is S, as written (the link's text,
      not its address);
    - "Ảnh: Y" under a photo names the photographer, not the author (an article with no author
      and a credited photo has no author); "BTV: Z" names the editor who published the story,
      not its author. Neither line is the article's text nor a photo's caption.

    >>> plan = BylinePlan("unit", None, None, None, False)
    >>> gold_byline(plan, "Thu Hà", None)
    ('Thu Hà', 'Trung tâm Truyền thông tỉnh')
    >>> gold_byline(BylinePlan("tong_hop", "theo", "Quang Vinh", "Thanh Tâm", False),
    ...     "Hải Yến", "Báo Lam Giang")
    ('Hải Yến', 'Báo Lam Giang')
    >>> gold_byline(BylinePlan(None, None, "Quang Vinh", "Thanh Tâm", False), None, None)
    (None, None)
    """
    if plan.author_form == "unit":
        return author, UNIT
    return author, source


def gold_corpus(corpus: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
    """``corpus`` (``{portal_id: [DemoArticle, ...]}``, as the site is served from) with each
    article's author and source as :func:`gold_byline` reads them from its page: the gold of
    the crawl of a ``bylinemix`` portal. Bodies and captions are the corpus's: the byline lines,
    photo credits and "BTV:" lines are none of the text.

    >>> from dtcrawl.bench.synthetic import demo_corpus
    >>> served = demo_corpus(40, "xuanlung")
    >>> gold = gold_corpus(served)["xuanlung"]
    >>> changed = [g.key for s, g in zip(served["xuanlung"], gold) if s != g]
    >>> all(g.source == UNIT for g in gold if g.key in changed), len(changed) > 0
    (True, True)
    """
    out: dict[str, list[Any]] = {}
    for portal_id, articles in corpus.items():
        out[portal_id] = []
        for article in articles:
            plan = byline_plan(
                article.key, article.author, article.source, len(article.images or ())
            )
            author, source = gold_byline(plan, article.author, article.source)
            out[portal_id].append(dataclasses.replace(article, author=author, source=source))
    return out


def meta_time(moment) -> str:
    """The time and day in the meta line under a title.

    >>> from datetime import datetime
    >>> meta_time(datetime(2021, 1, 5, 8, 15))
    '08:15, 05/01/2021'
    """
    return f"{moment:%H:%M}, {dmy(moment)}"


def source_url(source: str, key: str) -> str:
    """Where the "Nguồn:" link of an article leads (the source's site, one of its pages).

    >>> source_url("Báo Lam Giang", "k").startswith("https://baolamgiang.vn/")
    True
    """
    site = SOURCE_SITES.get(source) or f"https://{slugify(source).replace('-', '')}.vn/"
    return f"{site}tin-tuc/{stable_int(key + '|url', 10_000, 99_999)}.html"


class BylineMixSite(CmsSite):
    """A portal of the ``bylinemix`` family: one CMS, many ways of signing."""

    number_base = 2_870
    number_stride = 4
    image_folder = "/storage/uploads/tin-tuc"
    family_headers = {"Server": "nginx", "X-Powered-By": "PHP/8.1.24"}

    def __init__(self, portal, articles):
        super().__init__(portal, articles)
        self.plans = {
            it.key: byline_plan(it.key, it.author, it.source, len(it.images)) for it in self.items
        }

    # -- URL shapes

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = NEWS_PATH if self.is_news(section) else f"{NEWS_PATH}/{section.slug}"
        return base if page <= 1 else f"{base}?page={page}"

    def article_path(self, item: Item) -> str:
        return (
            f"{NEWS_PATH}/{item.section.slug}/{slugify(item.title, max_len=80)}-{item.number}.html"
        )

    def print_path(self, item: Item) -> str:
        return f"{PRINT_PREFIX}{item.number}.html"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path.rstrip("/") or "/"
        if path in ("/", "/trang-chu"):
            return self.html_response(self.home_html(request))
        if path in self.by_path:
            return self.article_response(self.by_path[path], request)
        match = re.fullmatch(r"/in-bai-viet/(\d+)\.html", path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            if item is None or item.kind != "article":
                return None
            return self.html_response(self.print_html(item))
        if path == NEWS_PATH or path.startswith(NEWS_PATH + "/"):
            slug = path[len(NEWS_PATH) + 1 :]
            section = None if not slug else self.section_by_slug(slug)
            if slug and section is None:
                return None
            page = page_number(request.params.get("page"))
            return self.html_response(self.listing_html(section, page, request))
        if path in STATIC_PAGES:
            title, paragraphs = STATIC_PAGES[path]
            return self.html_response(self.static_html(title, paragraphs, request))
        if path == "/so-do-cong.html":
            return self.html_response(self.sitemap_html(request))
        if path == "/tim-kiem":
            return self.html_response(self.search_html(request))
        if path == "/admin/login":
            return self.html_response(self.login_html())
        return None

    # -- the frame

    def frame(
        self, title: str, main: str, request: Request, crumbs: str = "", head: str = ""
    ) -> str:
        portal = self.portal
        stats = tthc_stats(request.seed)
        visits = visitor_stats(request.seed)
        question, options = poll(request.seed)
        menu = "".join(
            f'<a class="dropdown-item" href="{esc(self.listing_path(s))}">{esc(s.name)}</a>'
            for s in self.sections.values()
        )
        latest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(5)
        )
        healthy = [it for it in self.items if it.kind == "article"]
        popular = sorted(healthy, key=lambda it: -view_count(it.key))[:5]
        most_read = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a>'
            f'<span class="views"><i class="fa fa-eye"></i> {thousands(view_count(it.key))}</span>'
            "</li>"
            for it in popular
        )
        answers = "".join(
            f'<div class="form-check"><input class="form-check-input" type="radio" name="lua_chon" '
            f'id="lc{n}" value="{n}"><label class="form-check-label" for="lc{n}">{esc(o)}</label>'
            "</div>"
            for n, o in enumerate(options)
        )
        token = stable_token(request.seed + "csrf", 40)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="csrf-token" content="{token}">
<meta name="author" content="{esc(portal.name)}">
<title>{esc(title)}</title>
{head}
<link rel="icon" href="{THEME}/images/favicon.ico">
<link rel="stylesheet" href="{THEME}/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="{THEME}/vendor/font-awesome/css/font-awesome.min.css">
<link rel="stylesheet" href="{THEME}/css/style.css?v=1.8.3">
</head>
<body>
<div class="top-bar"><div class="container d-flex justify-content-between">
<span class="today">{self.today()}</span>
<span><a href="/lien-he.html">Liên hệ</a> | <a href="/so-do-cong.html">Sơ đồ cổng</a> |
<a href="/admin/login">Đăng nhập</a></span></div></div>
<header class="header"><div class="container">
<a class="logo" href="/"><img src="{THEME}/images/quoc-huy.png" alt="Quốc huy">
<span class="logo-text"><span class="logo-line1">Cổng thông tin điện tử</span>
<span class="logo-line2">Tỉnh {esc(portal.province)}</span></span></a>
<form class="search-box" action="/tim-kiem" method="get"><input type="text" name="tu-khoa"
placeholder="Nhập từ khóa tìm kiếm..."><button type="submit"><i class="fa fa-search"></i></button>
</form></div></header>
<nav class="navbar navbar-expand-lg main-nav"><div class="container"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/"><i class="fa fa-home"></i> Trang chủ</a></li>
<li class="nav-item"><a class="nav-link" href="/gioi-thieu.html">Giới thiệu</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="{NEWS_PATH}">Tin tức - Sự kiện</a>
<div class="dropdown-menu">{menu}</div></li>
<li class="nav-item"><a class="nav-link" href="https://vanban.xuanlung.gov.vn/">Văn bản</a></li>
<li class="nav-item"><a class="nav-link" href="https://dichvucong.xuanlung.gov.vn/">Dịch vụ công</a></li>
<li class="nav-item"><a class="nav-link" href="/lien-he.html">Liên hệ</a></li>
</ul></div></nav>
<div class="container">{crumbs}
<div class="row"><div class="col-lg-8 main-col">
{main}
</div>
<div class="col-lg-4 sidebar">
<div class="box box-tthc"><div class="box-title">Kết quả giải quyết TTHC</div>
<div class="box-body"><p>Tháng {stats["month"]}: tiếp nhận {thousands(stats["total"])} hồ sơ</p>
<p>Đúng hạn: {thousands(stats["ontime"])} ({stats["percent"]}%) - Trễ hạn: {stats["late"]}</p>
<a href="https://dichvucong.xuanlung.gov.vn/thong-ke">Xem chi tiết</a></div></div>
<div class="box box-latest"><div class="box-title">Tin mới</div><ul class="list-news">{latest}</ul></div>
<div class="box box-popular"><div class="box-title">Đọc nhiều</div><ul class="list-news">{most_read}</ul></div>
<div class="box box-poll"><div class="box-title">Thăm dò ý kiến</div>
<form action="/binh-chon" method="post"><input type="hidden" name="_token" value="{token}">
<p class="poll-question">{esc(question)}</p>{answers}
<button type="submit" class="btn btn-sm btn-primary">Biểu quyết</button></form></div>
<div class="box box-links"><div class="box-title">Liên kết website</div>
<select class="form-control" onchange="if(this.value) window.open(this.value)">
<option value="">-- Chọn liên kết --</option>
<option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option>
<option value="https://sokhcn.xuanlung.gov.vn">Sở Khoa học và Công nghệ</option>
</select></div>
<div class="box box-counter"><div class="box-title">Thống kê truy cập</div><ul>
<li>Đang online: <b>{visits["online"]}</b></li><li>Hôm nay: <b>{thousands(visits["today"])}</b></li>
<li>Trong tuần: <b>{thousands(visits["week"])}</b></li>
<li>Tổng lượt truy cập: <b>{thousands(visits["total"])}</b></li></ul></div>
</div></div></div>
<footer class="footer"><div class="container">
<p class="footer-title">{esc(portal.name.upper())}</p>
<p>Cơ quan chủ quản: {esc(portal.agency)}. Cơ quan thường trực: Văn phòng Ủy ban nhân dân tỉnh.</p>
<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)}. Điện thoại: {esc(portal.phone)}. Email: banbientap@{esc(portal.domain)}</p>
<p>{esc(reuse_notice(portal))}</p>
<a href="#" class="back-to-top" title="Về đầu trang"><i class="fa fa-angle-up"></i></a>
</div></footer>
<script src="{THEME}/vendor/jquery/jquery.min.js"></script>
<script src="{THEME}/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="{THEME}/js/main.js?v=1.8.3"></script>
</body>
</html>
"""

    def today(self) -> str:
        """The header's date: the server's "today", two days after the newest article."""
        if not self.items:
            return ""
        moment = self.items[0].published + timedelta(days=2)
        return f"{weekday(moment)}, ngày {dmy(moment)}"

    def crumbs(self, *parts: tuple[str, str]) -> str:
        links = "".join(
            f'<li class="breadcrumb-item"><a href="{esc(href)}">{esc(name)}</a></li>'
            for name, href in parts
        )
        return (
            '<nav aria-label="breadcrumb"><ol class="breadcrumb">'
            f'<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>{links}</ol></nav>'
        )

    def thumb(self, item: Item) -> str:
        return (
            f'<img src="{esc(image_path(item, 90, self.image_folder))}" alt="{esc(item.title)}" '
            'class="img-fluid">'
        )

    # -- home and listings

    def home_html(self, request: Request) -> str:
        healthy = [it for it in self.items if it.kind == "article"]
        hot = healthy[:5]
        featured = ""
        if hot:
            first = hot[0]
            href = f"{self.article_path(first)}?{HOME_TRACKING}"
            others = "".join(
                f'<li><a href="{esc(self.article_path(it) + "?" + HOME_TRACKING)}">'
                f"{esc(it.title)}</a></li>"
                for it in hot[1:]
            )
            featured = (
                '<section class="home-featured"><div class="row"><div class="col-md-7">'
                f'<a href="{esc(href)}">{self.thumb(first)}</a><h2 class="featured-title">'
                f'<a href="{esc(href)}">{esc(first.title)}</a></h2><p class="featured-sapo">'
                f'{esc(first.sapo())}</p></div><div class="col-md-5"><ul class="featured-list">'
                f"{others}</ul></div></div></section>"
            )
        blocks = []
        for section in self.sections.values():
            listed = self.listed(section)[:4]
            if not listed:
                continue
            rows = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
                f'<span class="date">{listing_date(it.published)}</span></li>'
                for it in listed
            )
            blocks.append(
                f'<section class="home-cate"><h2 class="cate-title"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>'
                f'<ul class="list-news">{rows}</ul><a class="view-more" href="'
                f'{esc(self.listing_path(section))}">Xem thêm <i class="fa fa-angle-double-right"></i>'
                "</a></section>"
            )
        main = f'{featured}<div class="home-cates">{"".join(blocks)}</div>'
        return self.frame(self.portal.name, main, request)

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        name = self.news.name if self.is_news(section) else section.name
        items, pages = self.page_of(self.listed(section), page)
        rows = "".join(
            f'<div class="media news-item"><a href="{esc(self.article_path(it))}" class="mr-3">'
            f'{self.thumb(it)}</a><div class="media-body"><h3 class="news-title"><a href="'
            f'{esc(self.article_path(it))}">{esc(it.title)}</a></h3><p class="news-date">'
            f'<i class="fa fa-calendar"></i> {dmy(it.published)}</p><p class="news-sapo">'
            f"{esc(it.sapo())}</p></div></div>"
            for it in items
        )
        if not items:
            rows = '<p class="empty">Chưa có bài viết nào trong mục này.</p>'
        pager = ""
        if pages > 1 and page <= pages:
            parts = arrow_pager(
                page,
                pages,
                lambda n: self.listing_path(section, n),
                link='<li class="page-item"><a class="page-link" href="{href}">{n}</a></li>',
                current='<li class="page-item active" aria-current="page"><span class="page-link">'
                "{n}</span></li>",
                gap='<li class="page-item disabled" aria-disabled="true"><span class="page-link">'
                "...</span></li>",
                prev='<li class="page-item"><a class="page-link" href="{href}" rel="prev" '
                'aria-label="« Trước">&lsaquo;</a></li>',
                next_='<li class="page-item"><a class="page-link" href="{href}" rel="next" '
                'aria-label="Sau »">&rsaquo;</a></li>',
            )
            pager = f'<nav><ul class="pagination">{"".join(parts)}</ul></nav>'
        main = (
            f'<div class="cate-page"><h1 class="page-title">{esc(name)}</h1>'
            f'<div class="news-list">{rows}</div>{pager}</div>'
        )
        crumbs = self.crumbs(("Tin tức - Sự kiện", NEWS_PATH))
        if not self.is_news(section):
            crumbs = self.crumbs(
                ("Tin tức - Sự kiện", NEWS_PATH), (name, self.listing_path(section))
            )
        title = f"{name} - {self.portal.name}" if page == 1 else f"{name} - Trang {page}"
        return self.frame(title, main, request, crumbs)

    # -- the article

    def typed_lines(self, item: Item, plan: BylinePlan) -> list[str]:
        """The byline, source and editor lines the team typed at the end of the body."""
        author, source = item.author or "", item.source or ""
        lines = []
        form = plan.author_form
        if form == "bold_last":
            lines.append(f"<p {RIGHT}><strong>{esc(author)}</strong></p>")
        elif form == "tin_anh":
            lines.append(f"<p {RIGHT}><strong>Tin, ảnh: {esc(author)}</strong></p>")
        elif form == "bai_anh":
            lines.append(f"<p {RIGHT}><em>Bài, ảnh: </em><strong>{esc(author)}</strong></p>")
        elif form == "tong_hop":
            lines.append(f"<p {RIGHT}><strong>{esc(author)}</strong> (tổng hợp)</p>")
        elif form == "unit":
            lines.append(f"<p {RIGHT}><strong>{esc(author)} - {UNIT}</strong></p>")
        elif form == "with_source":
            lines.append(f"<p {RIGHT}><strong>{esc(author)} - {esc(source)}</strong></p>")
        if plan.source_form == "theo":
            lines.append(f"<p {RIGHT}><em>Theo {esc(source)}</em></p>")
        elif plan.source_form == "nguon_italic":
            lines.append(f"<p {RIGHT}><em>(Nguồn: {esc(source)})</em></p>")
        if lines and plan.spacer:
            lines.insert(0, "<p>&nbsp;</p>")
        if plan.editor:
            lines.append(f"<p {RIGHT}>BTV: {esc(plan.editor)}</p>")
        return lines

    def figure(self, item: Item, index: int, caption: str, plan: BylinePlan) -> str:
        src = image_path(item, index, self.image_folder)
        markup = (
            f'<figure class="image"><img alt="{esc(caption)}" src="{esc(src)}" width="800" '
            f'height="533"><figcaption>{esc(caption)}</figcaption></figure>'
        )
        if plan.photo_credit:
            markup += (
                f'<p style="text-align: {plan.credit_align};"><em>Ảnh: '
                f"{esc(plan.photo_credit)}</em></p>"
            )
        return markup

    def article_html(self, item: Item, request: Request) -> str:
        plan = self.plans[item.key]
        stamp = item.published
        blocks = body_blocks(item, request.revision)
        first = next((n for n, (kind, _) in enumerate(blocks) if kind == "p"), None)
        sapo = blocks[first][1] if first is not None else ""
        content: list[str] = []
        for n, (kind, value) in enumerate(blocks):
            if n == first:
                continue
            if kind == "p":
                content.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                content.append(self.figure(item, *value, plan))
        content += self.typed_lines(item, plan)
        when = f'<span class="detail-date"><i class="fa fa-clock-o"></i> {meta_time(stamp)}</span>'
        if plan.author_form == "meta":
            when = (
                f'<span class="detail-author">{esc(item.author)}</span> | '
                f'<span class="detail-date">{meta_time(stamp)}</span>'
            )
        above = ""
        if plan.author_form == "above":
            above = (
                '<div class="detail-author-line"><i class="fa fa-user"></i> Tác giả: '
                f"<strong>{esc(item.author)}</strong></div>"
            )
        source = ""
        if plan.source_form == "nguon_link":
            source = (
                f'<div class="detail-source">Nguồn: <a href="{esc(source_url(item.source, item.key))}"'
                f' target="_blank" rel="nofollow noopener">{esc(item.source)}</a></div>'
            )
        related = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">{listing_date(it.published)}</span></li>'
            for it in self.others(item, 6)
        )
        share = esc(quote(request.base_url + self.article_path(item), safe=""))
        sapo_html = f'<div class="detail-sapo"><strong>{esc(sapo)}</strong></div>' if sapo else ""
        main = f"""<article class="news-detail">
<h1 class="detail-title">{esc(item.title)}</h1>
<div class="detail-meta d-flex justify-content-between"><div>{when}
<span class="detail-views"><i class="fa fa-eye"></i> Lượt xem: {thousands(view_count(request.seed))}</span></div>
<div class="detail-tools"><span class="font-size">Cỡ chữ: <a href="javascript:void(0)" onclick="fontSize(-1)">A-</a>
<a href="javascript:void(0)" onclick="fontSize(0)">A</a> <a href="javascript:void(0)" onclick="fontSize(1)">A+</a></span>
<a href="{self.print_path(item)}" target="_blank" title="In bài"><i class="fa fa-print"></i> In bài</a></div></div>
{above}
{sapo_html}
<div class="detail-content">
{"".join(content)}
</div>
{source}
<div class="detail-share">Chia sẻ:
<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank"><i class="fa fa-facebook"></i></a>
<a href="https://sp.zalo.me/share_inline?url={share}" target="_blank">Zalo</a></div>
</article>
<section class="related-news"><h2 class="related-title">Tin liên quan</h2>
<ul class="list-news">{related}</ul></section>"""
        head = (
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(item.title)}">\n'
            f'<meta property="og:description" content="{esc(item.sapo(request.revision))}">\n'
            f'<meta property="og:image" content="{esc(request.base_url + image_path(item, 90, self.image_folder))}">\n'
            f'<meta property="og:url" content="{esc(request.base_url + self.article_path(item))}">\n'
            f'<meta property="article:published_time" content="{iso_vn(stamp)}">\n'
            f'<link rel="canonical" href="{esc(request.base_url + self.article_path(item))}">'
        )
        crumbs = self.crumbs(
            ("Tin tức - Sự kiện", NEWS_PATH), (item.section.name, self.listing_path(item.section))
        )
        return self.frame(item.title, main, request, crumbs, head)

    def print_html(self, item: Item) -> str:
        plan = self.plans[item.key]
        body = "".join(f"<p>{esc(p)}</p>" for p in item.body(0))
        lines = "".join(self.typed_lines(item, plan))
        field = ""
        if plan.author_form in ("above", "meta"):
            field += f"<p><strong>Tác giả: {esc(item.author)}</strong></p>"
        if plan.source_form == "nguon_link":
            field += f"<p>Nguồn: {esc(item.source)}</p>"
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(item.title)}</title>
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="{THEME}/css/print.css"></head>
<body onload="window.print()"><div class="print-page">
<p class="print-header">{esc(self.portal.name)}</p>
<h1>{esc(item.title)}</h1><p class="print-date">{meta_time(item.published)}</p>
{body}{lines}{field}
<p class="print-url">Địa chỉ bài viết: http://{esc(self.portal.domain)}{esc(self.article_path(item))}</p>
</div></body></html>
"""

    # -- other pages

    def static_html(self, title: str, paragraphs: tuple[str, ...], request: Request) -> str:
        text = "".join(f"<p>{esc(p.format(province=self.portal.province))}</p>" for p in paragraphs)
        if title == "Liên hệ":
            text += (
                f"<p>Địa chỉ: {esc(self.portal.address)}</p><p>Điện thoại: "
                f"{esc(self.portal.phone)}</p>"
            )
        main = f'<div class="static-page"><h1 class="page-title">{esc(title)}</h1>{text}</div>'
        return self.frame(f"{title} - {self.portal.name}", main, request, self.crumbs())

    def sitemap_html(self, request: Request) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        main = (
            '<div class="static-page"><h1 class="page-title">Sơ đồ cổng</h1><ul>'
            '<li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu.html">Giới thiệu</a></li>'
            f'<li><a href="{NEWS_PATH}">Tin tức - Sự kiện</a><ul>{rows}</ul></li>'
            '<li><a href="/lien-he.html">Liên hệ</a></li></ul></div>'
        )
        return self.frame(f"Sơ đồ cổng - {self.portal.name}", main, request, self.crumbs())

    def search_html(self, request: Request) -> str:
        words = request.params.get("tu-khoa", "")
        main = (
            '<div class="search-page"><h1 class="page-title">Kết quả tìm kiếm</h1>'
            f'<p>Không tìm thấy kết quả nào cho từ khóa "{esc(words)}".</p></div>'
        )
        return self.frame(f"Tìm kiếm - {self.portal.name}", main, request, self.crumbs())

    def login_html(self) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập hệ thống quản trị</title>
<meta name="robots" content="noindex, nofollow">
<link rel="stylesheet" href="{THEME}/vendor/bootstrap/css/bootstrap.min.css"></head>
<body class="login-page"><div class="login-box"><h1>Đăng nhập hệ thống quản trị</h1>
<form method="post" action="/admin/login"><input type="hidden" name="_token" value="">
<input type="text" name="email" placeholder="Tài khoản"><input type="password" name="password"
placeholder="Mật khẩu"><label><input type="checkbox" name="remember"> Ghi nhớ đăng nhập</label>
<button type="submit">Đăng nhập</button></form><p><a href="/">Về trang chủ</a></p></div>
</body></html>
"""

    def error_html(self, status: int) -> str:
        message = (
            "Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ."
            if status == 404
            else "Hệ thống đang bận, xin vui lòng quay lại sau."
        )
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{status} - {esc(self.portal.name)}</title>
<link rel="stylesheet" href="{THEME}/css/style.css?v=1.8.3"></head>
<body class="error-page"><div class="container text-center"><h1>{status}</h1><p>{message}</p>
<p><a href="/">Quay về trang chủ</a></p></div></body></html>
"""


STATIC_PAGES = {
    "/gioi-thieu.html": (
        "Giới thiệu",
        (
            "Tỉnh {province} nằm ở vùng trung du phía Bắc, có 4 huyện, 1 thị xã và 1 thành phố "
            "trực thuộc.",
            "Cổng thông tin điện tử tỉnh là kênh thông tin chính thức của Ủy ban nhân dân tỉnh "
            "trên Internet, cung cấp tin tức chỉ đạo, điều hành và dịch vụ công cho người dân, "
            "doanh nghiệp.",
        ),
    ),
    "/lien-he.html": (
        "Liên hệ",
        ("Mọi ý kiến đóng góp xin gửi về Ban Biên tập Cổng thông tin điện tử tỉnh {province}.",),
    ),
}
