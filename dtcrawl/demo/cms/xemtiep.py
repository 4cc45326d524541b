"""A provincial portal on a local vendor's ASP.NET MVC 5 CMS (about 2019, Bootstrap 3 + jQuery)
whose article pages render only the beginning of the text (portal kimdan).

What such portals serve: to make article pages "load faster" the vendor's detail view prints the
title, the date line, the lead and the first two or three paragraphs, then a "Xem tiếp" /
"Đọc tiếp bài viết" button; the rest of the body (the remaining paragraphs, the photos with their
captions, the author's and the source's lines) comes from a controller action that returns a
partial view: an HTML fragment, no ``<html>`` or ``<body>``, which jQuery inserts under the
button. Nothing links that action with an ``<a href>``: the news template names it in the
button's ``data-url`` (the click handler lives in ``/Scripts/portal.js``), the older template of
the "Chuyển đổi số" and "An toàn thông tin" sections (another contractor's work) in an inline
``$("#noidung-tiep").load("…")`` script. Search engines get the same truncated page (no
prerendering, no ``<noscript>``): its ``meta description`` is the lead. Short articles (four
paragraphs or fewer) are printed whole, with no button. A long article of the news template comes
in three parts: the first fragment ends with another "Xem tiếp" button for the third.

URL shapes:
- home ``/``; general news ``/tin-tuc``; a section ``/chuyen-muc/<section-slug>``; page N
  ``?page=N`` (PagedList.Mvc pager: first/previous/numbers/next/last, ``?page=1`` linked too);
- article ``/tin-tuc/<slug>-<id>.html`` (the route reads only the id: any slug serves it);
- the rest of an article: news template ``/Ajax/NoiDungBaiViet?id=<id>&phan=<n>``, older
  template ``/tin-tuc/noi-dung/<id>?phan=<n>`` (both answer every article; a part past the last
  is an empty 200, an unknown id 404, a missing or malformed id the MVC error page, 500);
- ``/Ajax/CapNhatLuotXem`` (the view counter, posted by an inline script; a GET answers 404);
- RSS: ``/rss`` (an HTML page of the feeds), ``/rss/tin-tuc.rss``, ``/rss/<section-slug>.rss``
  (title, link, lead as description, date);
- ``/tim-kiem?tukhoa=…`` (the tags under an article; robots.txt disallows it), ``/gioi-thieu``,
  ``/lien-he``; ``/Scripts/portal.js``, ``/bundles/…`` and ``/Content/…`` assets.

Article markup: news template: ``h1.chitiet-tieude``, date line ``div.chitiet-ngay`` ("Thứ hai,
04/01/2021 - 07:41"), lead ``div.chitiet-sapo`` (bold), body ``div#chitiet-noidung`` (``<p>``,
CKEditor 4 ``<figure class="image">`` with ``<figcaption>``), the author bold and right-aligned
on the body's last line, "Nguồn: …" in italics below it. Older template: ``h1.title-news``,
"Ngày đăng: 04/01/2021 07:41", the lead as the body's first ``<p>``, photos in
``table.image`` with ``td.image-caption``, "Tác giả: …" and "Nguồn: …" lines closing the body.
Below the body: tags, "Tin liên quan" and "Tin cùng chuyên mục" (dated), share and
``javascript:window.print()`` buttons (no print view); the sidebar's "Tin xem nhiều", poll,
"Kết quả giải quyết TTHC" and visitor counter; the footer.

Hazards: the body split between the page and one or two fragments only script reaches; a
``$.post`` to another ``/Ajax/`` action in every article page; the pager's repeated links
(``?page=1`` and the bare listing); tags leading to search pages.
Gold (:func:`gold_corpus`): the whole text as a reader has it after clicking, with each photo of
a split article after the paragraph it follows on the page (the fragment's first paragraph).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any
from urllib.parse import quote

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    dmy,
    esc,
    http_date,
    image_path,
    listing_date,
    page_number,
    pager_window,
    poll,
    reuse_notice,
    slugify,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)

__all__ = [
    "AJAX_FRAGMENT",
    "ARTICLE_PATH",
    "SCRIPT_SECTIONS",
    "XemTiepSite",
    "fragment_url",
    "gold_corpus",
    "parts_of",
    "photo_after",
]

AJAX_FRAGMENT = "/Ajax/NoiDungBaiViet"
VIEW_COUNTER = "/Ajax/CapNhatLuotXem"
SCRIPT_FRAGMENT = re.compile(r"^/tin-tuc/noi-dung/(\d+)$")
ARTICLE_PATH = re.compile(r"^/tin-tuc/(?:[a-z0-9-]+-)?(\d+)\.html$")
SECTION_PATH = re.compile(r"^/chuyen-muc/([a-z0-9-]+)$")
FEED_PATH = re.compile(r"^/rss/([a-z0-9-]+)\.rss$")
#: Sections whose article pages use the older template (inline ``.load()`` script).
SCRIPT_SECTIONS = ("Chuyển đổi số", "An toàn thông tin")
ACTIVE = ' class="active"'
#: Articles of at most this many paragraphs are printed whole.
SHORT = 4
BUILD = "v=Xk3mJ9cQ2rWzT0aLpH7nE5uYbVd1sFgK4oIeR8tC6M1"
STATIC_PAGES = {
    "/gioi-thieu": (
        "Giới thiệu chung",
        [
            "Kim Đàn là tỉnh miền núi phía Bắc, có đường biên giới dài, địa hình chia cắt bởi "
            "nhiều dãy núi cao và thung lũng sông; toàn tỉnh có 9 đơn vị hành chính cấp huyện.",
            "Cổng thông tin điện tử tỉnh là kênh thông tin chính thức của Ủy ban nhân dân tỉnh "
            "trên môi trường mạng, cung cấp thông tin về hoạt động chỉ đạo, điều hành, văn bản "
            "quy phạm pháp luật và dịch vụ công trực tuyến cho người dân, doanh nghiệp.",
        ],
    ),
    "/lien-he": (
        "Liên hệ Ban biên tập",
        [
            "Mọi ý kiến đóng góp, tin bài cộng tác xin gửi về Ban biên tập Cổng thông tin điện "
            "tử tỉnh qua thư điện tử hoặc theo địa chỉ ghi ở chân trang.",
        ],
    ),
}
PORTAL_JS = """/*! Cong TTDT tinh Kim Dan - portal.js | build 2019.06.14 */
$(function () {
    // Nút "Xem tiếp": tải phần còn lại của nội dung bài viết
    $(document).on("click", ".btn-xemtiep", function (e) {
        e.preventDefault();
        var $btn = $(this), $wrap = $btn.closest(".xemtiep-wrap");
        $btn.prop("disabled", true).html('<i class="fa fa-spinner fa-spin"></i> Đang tải...');
        $.ajax({ url: $btn.data("url"), type: "GET", dataType: "html", cache: true })
            .done(function (html) { $wrap.replaceWith(html); })
            .fail(function () {
                $btn.prop("disabled", false).html('Xem tiếp <i class="fa fa-angle-double-down"></i>');
            });
    });
    // Cỡ chữ
    $(".cochu a").on("click", function () {
        var size = parseInt($(".chitiet-noidung, #noidung").css("font-size"), 10);
        size += $(this).data("step");
        $(".chitiet-noidung, #noidung").css("font-size", size + "px");
        return false;
    });
    // Ngày và đồng hồ trên thanh trên cùng
    var thu = ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"], d = new Date();
    $("#ngayhientai").text(thu[d.getDay()] + ", ngày " + d.toLocaleDateString("vi-VN"));
    setInterval(function () { $("#dongho").text(new Date().toLocaleTimeString("vi-VN")); }, 1000);
});
"""


def parts_of(count: int, script: bool) -> list[list[int]]:
    """The paragraph indices of each part of an article of ``count`` paragraphs: the page's part
    first, then the fragments (``script``: the older template, which loads one fragment).

    >>> parts_of(4, False)
    [[0, 1, 2, 3]]
    >>> parts_of(6, False)
    [[0, 1, 2], [3, 4, 5]]
    >>> parts_of(8, False)
    [[0, 1, 2], [3, 4], [5, 6, 7]]
    >>> parts_of(8, True)
    [[0, 1], [2, 3, 4, 5, 6, 7]]
    """
    indices = list(range(count))
    if count <= SHORT:
        return [indices]
    if script:
        return [indices[:2], indices[2:]]
    if count >= 7:
        return [indices[:3], indices[3:5], indices[5:]]
    return [indices[:3], indices[3:]]


def photo_after(count: int, after: int, script: bool) -> int:
    """The paragraph a photo follows on the page: the editors of long articles put it under the
    first paragraph of the part the button loads; short articles keep the corpus's place.

    >>> photo_after(7, 0, False), photo_after(7, 0, True), photo_after(4, 0, False)
    (3, 2, 0)
    """
    parts = parts_of(count, script)
    if len(parts) == 1:
        return max(0, min(after, count - 1))
    return parts[1][0]


def fragment_url(number: int, part: int, script: bool) -> str:
    """The address of part ``part`` (2, 3) of article ``number``, as each template writes it.

    >>> fragment_url(12407, 2, False)
    '/Ajax/NoiDungBaiViet?id=12407&phan=2'
    >>> fragment_url(12407, 2, True)
    '/tin-tuc/noi-dung/12407?phan=2'
    """
    if script:
        return f"/tin-tuc/noi-dung/{number}?phan={part}"
    return f"{AJAX_FRAGMENT}?id={number}&phan={part}"


def date_line(moment: datetime) -> str:
    """The news template's date line.

    >>> date_line(datetime(2021, 1, 4, 7, 41))
    'Thứ hai, 04/01/2021 - 07:41'
    """
    return f"{weekday(moment, lower=True)}, {dmy(moment)} - {moment:%H:%M}"


def gold_corpus(corpus: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
    """``corpus`` with each photo's ``after`` where the page shows it (:func:`photo_after`):
    the text is the corpus's, page and fragments together.

    >>> from dtcrawl.bench.synthetic import demo_corpus
    >>> served = demo_corpus(6, "kimdan")["kimdan"]
    >>> gold = gold_corpus({"kimdan": served})["kimdan"]
    >>> [g.paragraphs == s.paragraphs for g, s in zip(gold, served)] == [True] * 6
    True
    """
    out: dict[str, list[Any]] = {}
    for portal_id, articles in corpus.items():
        out[portal_id] = []
        for article in articles:
            script = article.category in SCRIPT_SECTIONS
            count = len(article.paragraphs)
            images = tuple(
                {**image, "after": photo_after(count, int(image.get("after", 0)), script)}
                for image in (article.images or ())
            )
            out[portal_id].append(dataclasses.replace(article, images=images))
    return out


class XemTiepSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/8.5",
        "X-AspNetMvc-Version": "5.2",
        "X-AspNet-Version": "4.0.30319",
        "X-Powered-By": "ASP.NET",
    }
    number_base = 12_400
    number_stride = 7
    image_folder = "/Uploads/images/tin-tuc"

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/tin-tuc/{slugify(item.title, max_len=100)}-{item.number}.html"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = "/tin-tuc" if self.is_news(section) else f"/chuyen-muc/{section.slug}"
        return base if page == 1 else f"{base}?page={page}"

    def feed_path(self, section: Section | None) -> str:
        return "/rss/tin-tuc.rss" if self.is_news(section) else f"/rss/{section.slug}.rss"

    def extra_paths(self) -> dict[str, str]:
        paths = {"rss": "/rss", "rss-news": self.feed_path(None)}
        paths.update({f"rss-{s.slug}": self.feed_path(s) for s in self.sections.values()})
        return paths

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        return "\n".join(lines) + "\n"

    # -- the article's parts

    def is_script(self, item: Item) -> bool:
        """True when the article page is the older template (inline ``.load()`` script)."""
        return item.section.name in SCRIPT_SECTIONS

    def parts(self, item: Item, revision: int) -> list[list[int]]:
        return parts_of(len(item.body(revision)), self.is_script(item))

    def blocks(self, item: Item, revision: int, indices: list[int]) -> list[tuple[str, Any]]:
        """The body blocks of the paragraphs ``indices``: ``("p", text)`` and
        ``("img", (index, caption))`` after the paragraph each photo follows."""
        paragraphs = item.body(revision)
        script = self.is_script(item)
        placed: dict[int, list[tuple[int, str]]] = {}
        for index, image in enumerate(item.images):
            after = photo_after(len(paragraphs), int(image.get("after", 0)), script)
            placed.setdefault(after, []).append((index, str(image.get("caption") or "")))
        out: list[tuple[str, Any]] = []
        for position in indices:
            out.append(("p", paragraphs[position]))
            out.extend(("img", img) for img in placed.get(position, []))
        return out

    def part_html(self, item: Item, revision: int, part: int, *, lead: bool) -> str:
        """The markup of part ``part`` (1-based) of the body: its paragraphs and photos, then the
        next part's button, or the byline when it is the last. ``lead`` leaves the first
        paragraph out (the news template prints it as the bold lead above the body)."""
        parts = self.parts(item, revision)
        indices = parts[part - 1]
        blocks = self.blocks(item, revision, indices)
        if lead and part == 1:  # the lead stands above the body; its photo opens the body
            blocks = blocks[1:]
        script = self.is_script(item)
        out = []
        for kind, value in blocks:
            if kind == "p":
                out.append(f'<p style="text-align: justify;">{esc(value)}</p>')
                continue
            index, caption = value
            src = esc(image_path(item, index, self.image_folder))
            if script:
                out.append(
                    '<table class="image" align="center" cellpadding="3" cellspacing="0">'
                    f'<tbody><tr><td><img alt="" src="{src}" style="width: 580px;" /></td></tr>'
                    f'<tr><td class="image-caption"><em>{esc(caption)}</em></td></tr></tbody>'
                    "</table>"
                )
            else:
                out.append(
                    f'<figure class="image" style="display:block; text-align:center;"><img '
                    f'alt="{esc(caption)}" src="{src}" width="640" /><figcaption>'
                    f"{esc(caption)}</figcaption></figure>"
                )
        if part < len(parts):
            if not script:  # the older template's button is on the page, under the container
                out.append(
                    '<div class="xemtiep-wrap text-center"><button type="button" '
                    f'class="btn btn-default btn-xemtiep" data-url="'
                    f'{esc(fragment_url(item.number, part + 1, False))}">Xem tiếp <i '
                    'class="fa fa-angle-double-down"></i></button></div>'
                )
        else:
            out.append(self.byline(item))
        return "".join(out)

    def byline(self, item: Item) -> str:
        if self.is_script(item):
            out = ""
            if item.author:
                out += f'<p class="tacgia" style="text-align: right;">Tác giả: {esc(item.author)}'
                out += "</p>"
            if item.source:
                out += f'<p class="nguon" style="text-align: right;">Nguồn: {esc(item.source)}</p>'
            return out
        out = ""
        if item.author:
            out += f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>'
        if item.source:
            out += f'<p style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>'
        return out

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/Home", "/Home/Index"):
            return self.html_response(self.home_html(request))
        if path == "/tin-tuc":
            return self.listing_response(None, request)
        match = SECTION_PATH.match(path)
        if match:
            section = self.section_by_slug(match.group(1))
            return self.listing_response(section, request) if section else None
        match = ARTICLE_PATH.match(path)
        if match:
            item = self.by_number.get(int(match.group(1)))
            return self.article_response(item, request) if item else None
        if path == AJAX_FRAGMENT:
            return self.fragment_response(request.params.get("id"), request)
        match = SCRIPT_FRAGMENT.match(path)
        if match:
            return self.fragment_response(match.group(1), request)
        if path == VIEW_COUNTER:  # [HttpPost] only: MVC finds no GET action
            return None
        if path == "/rss":
            return self.html_response(self.rss_index_html(request))
        match = FEED_PATH.match(path)
        if match:
            slug = match.group(1)
            section = None if slug == "tin-tuc" else self.section_by_slug(slug)
            if section is None and slug != "tin-tuc":
                return None
            return self.feed_response(section, request)
        if path == "/tim-kiem":
            return self.html_response(self.search_html(request))
        if path in STATIC_PAGES:
            return self.html_response(self.static_html(path, request))
        if path == "/Scripts/portal.js":
            return self.asset(PORTAL_JS, "application/javascript")
        if path.startswith("/bundles/"):
            return self.asset("/* bundle */\n", "text/javascript")
        if path.startswith("/Content/"):
            return self.asset("/* styles */\n", "text/css")
        return None

    def asset(self, text: str, content_type: str) -> Response:
        return Response(
            200,
            {
                "Content-Type": f"{content_type}; charset=utf-8",
                "Cache-Control": "public, max-age=31536000",
                **self.family_headers,
            },
            text.encode("utf-8"),
        )

    def fragment_response(self, ident: str | None, request: Request) -> Response:
        """The partial view of the article's part ``phan``: markup only, no page around it."""
        try:
            number = int(ident or "")
            part = int(request.params.get("phan", "2"))
        except ValueError:
            return self.html_response(self.error_html(500), 500)
        item = self.by_number.get(number)
        if item is None or item.kind in ("missing", "error"):
            return self.error_response(404)
        parts = self.parts(item, request.revision)
        markup = ""
        if 1 <= part <= len(parts):
            markup = self.part_html(item, request.revision, part, lead=False)
        headers = {
            "Cache-Control": "private",
            "Last-Modified": http_date(item.last_modified(request.revision)),
        }
        return self.html_response(markup, 200, headers)

    # -- frame

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        *,
        current: Section | None = None,
        crumbs: list[tuple[str, str]] | None = None,
        head: str = "",
        scripts: str = "",
    ) -> str:
        p = self.portal
        sections = list(self.sections.values())
        submenu = "".join(
            f'<li{ACTIVE if s is current else ""}><a href="'
            f'{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in sections
        )
        crumb = ""
        if crumbs is not None:
            crumb = (
                '<ol class="breadcrumb"><li><a href="/"><i class="fa fa-home"></i> Trang chủ</a>'
                "</li>"
                + "".join(
                    f'<li><a href="{esc(href)}">{esc(name)}</a></li>'
                    if href
                    else f'<li class="active">{esc(name)}</li>'
                    for name, href in crumbs
                )
                + "</ol>"
            )
        most_read = sorted(
            (it for it in self.items if it.kind == "article"),
            key=lambda it: (-view_count(it.key), it.key),
        )[:5]
        hot = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in most_read
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<div class="radio"><label><input type="radio" name="LuaChon" value="{i + 1}" /> '
            f"{esc(o)}</label></div>"
            for i, o in enumerate(options)
        )
        token = stable_token(
            request.seed + "csrf",
            92,
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)} - {esc(p.name)}</title>
{head}<link href="/Content/css?{BUILD}" rel="stylesheet"/>
<link rel="shortcut icon" href="/Content/images/favicon.ico" />
<script src="/bundles/modernizr?{BUILD}"></script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="ngay-hien-tai" id="ngayhientai">
</span> <span id="dongho"></span>
<ul class="top-links pull-right"><li><a href="/rss"><i class="fa fa-rss"></i> RSS</a></li>
<li><a href="/lien-he">Liên hệ</a></li>
<li><a href="/Account/Login">Đăng nhập</a></li></ul></div></div>
<header class="header"><div class="container">
<a class="logo" href="/"><img src="/Content/images/quochuy.png" alt="Quốc huy" /></a>
<div class="ten-cong"><p class="dong1">{esc(p.agency)}</p><p class="dong2">{esc(p.name)}</p>
</div>
<form class="tim-kiem" action="/tim-kiem" method="get"><input type="text" name="tukhoa"
placeholder="Nhập từ khóa..." /><button type="submit"><i class="fa fa-search"></i></button>
</form></div></header>
<nav class="navbar navbar-default menu-chinh"><div class="container"><ul class="nav navbar-nav">
<li><a href="/"><i class="fa fa-home"></i></a></li>
<li><a href="/gioi-thieu">Giới thiệu</a></li>
<li class="dropdown"><a href="/tin-tuc" class="dropdown-toggle">{esc(self.news.name)}
<span class="caret"></span></a><ul class="dropdown-menu">{submenu}</ul></li>
<li><a href="https://vanban.{esc(p.domain)}" target="_blank">Văn bản</a></li>
<li><a href="https://dichvucong.{esc(p.domain)}" target="_blank">Dịch vụ công</a></li>
<li><a href="/lien-he">Liên hệ</a></li></ul></div></nav>
<div class="chay-chu"><div class="container"><marquee scrollamount="4" onmouseover="this.stop()"
onmouseout="this.start()">Chào mừng quý vị đến với {esc(p.name)} - Chung tay xây dựng chính
quyền số, kinh tế số, xã hội số</marquee></div></div>
<div class="container noi-dung">{crumb}
<div class="row"><div class="col-md-8 cot-chinh">{main}</div>
<div class="col-md-4 cot-phai">
<div class="khoi"><h3 class="khoi-tieude">Tin xem nhiều</h3><ul class="ds-tin">{hot}</ul></div>
<div class="khoi"><h3 class="khoi-tieude">Kết quả giải quyết TTHC</h3>
<div class="tthc"><p>Tháng {t["month"]}/2021</p>
<p>Tiếp nhận: <b>{thousands(t["total"])}</b> hồ sơ</p>
<p>Đúng hạn: <b>{thousands(t["ontime"])}</b> hồ sơ</p>
<p>Trễ hạn: <b>{thousands(t["late"])}</b> hồ sơ</p>
<p>Tỷ lệ đúng hạn: <b>{t["percent"]}%</b></p></div></div>
<div class="khoi"><h3 class="khoi-tieude">Thăm dò ý kiến</h3>
<form action="/BinhChon/Gui" method="post"><input name="__RequestVerificationToken" type="hidden"
value="{token}" /><p>{esc(question)}</p>{choices}
<button type="submit" class="btn btn-primary btn-sm">Biểu quyết</button>
<a href="/BinhChon/KetQua" class="btn btn-link btn-sm">Xem kết quả</a></form></div>
<div class="khoi lien-ket"><h3 class="khoi-tieude">Liên kết website</h3>
<a href="https://chinhphu.vn" target="_blank"><img src="/Content/images/banner-chinhphu.png"
alt="Cổng Thông tin điện tử Chính phủ" /></a>
<a href="https://dichvucong.gov.vn" target="_blank"><img src="/Content/images/banner-dvcqg.png"
alt="Cổng Dịch vụ công quốc gia" /></a></div>
<div class="khoi"><h3 class="khoi-tieude">Thống kê truy cập</h3><ul class="thong-ke">
<li>Đang truy cập: <span>{thousands(v["online"])}</span></li>
<li>Hôm nay: <span>{thousands(v["today"])}</span></li>
<li>Tháng này: <span>{thousands(v["month"])}</span></li>
<li>Tổng lượt truy cập: <span>{thousands(v["total"])}</span></li></ul></div>
</div></div></div>
<footer class="footer"><div class="container">
<p class="ten"><strong>{esc(p.name.upper())}</strong></p>
<p>Cơ quan chủ quản: {esc(p.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)} - Email: congtt@{esc(p.domain)}</p>
<p class="ghi-nguon">{esc(reuse_notice(p))}</p>
</div></footer>
<script src="/bundles/jquery?{BUILD}"></script>
<script src="/bundles/bootstrap?{BUILD}"></script>
<script src="/Scripts/portal.js?v=20190614"></script>
{scripts}</body>
</html>
"""

    # -- home

    def home_html(self, request: Request) -> str:
        articles = [it for it in self.items if it.kind == "article"]
        slides = "".join(
            f'<div class="item{" active" if i == 0 else ""}"><a href="'
            f'{esc(self.article_path(it))}"><img src="{esc(image_path(it, 0, self.image_folder))}"'
            f' alt="{esc(it.title)}" /></a><div class="carousel-caption"><h3><a href="'
            f'{esc(self.article_path(it))}">{esc(it.title)}</a></h3></div></div>'
            for i, it in enumerate(articles[:5])
        )
        fresh = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">{listing_date(it.published)}</span></li>'
            for it in self.items[:8]
        )
        boxes = []
        for section in self.sections.values():
            listed = self.listed(section)[:4]
            if not listed:
                continue
            first, rest = listed[0], listed[1:]
            rows = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
                for it in rest
            )
            boxes.append(
                f'<div class="khoi-chuyenmuc"><h2 class="khoi-tieude"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>'
                f'<div class="tin-dau"><a href="{esc(self.article_path(first))}"><img src="'
                f'{esc(image_path(first, 0, self.image_folder))}" alt="" /></a><h3><a href="'
                f'{esc(self.article_path(first))}">{esc(first.title)}</a></h3>'
                f'<p>{esc(first.sapo())}</p></div><ul class="ds-tin">{rows}</ul>'
                f'<a class="xem-them" href="{esc(self.listing_path(section))}">Xem thêm '
                "&raquo;</a></div>"
            )
        main = (
            f'<div id="slider" class="carousel slide" data-ride="carousel">'
            f'<div class="carousel-inner">{slides}</div></div>'
            f'<div class="khoi tin-moi"><h2 class="khoi-tieude"><a href="/tin-tuc">Tin mới</a>'
            f'</h2><ul class="ds-tin">{fresh}</ul></div>{"".join(boxes)}'
        )
        head = f'<meta name="description" content="{esc(self.portal.name)}" />\n'
        return self.frame("Trang chủ", main, request, head=head)

    # -- listings

    def listing_response(self, section: Section | None, request: Request) -> Response | None:
        page = page_number(request.params.get("page"))
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(section, page, items, pages, request))

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        """PagedList.Mvc's pager: «« « numbers » »» (every page linked with ``?page=N``)."""
        if pages <= 1:
            return ""
        base = self.listing_path(section)

        def href(n: int) -> str:
            return esc(f"{base}?page={n}")

        parts = []
        if page > 1:
            parts.append(f'<li class="PagedList-skipToFirst"><a href="{href(1)}">««</a></li>')
            parts.append(
                f'<li class="PagedList-skipToPrevious"><a href="{href(page - 1)}" rel="prev">«'
                "</a></li>"
            )
        for n in pager_window(page, pages):
            if n is None:
                parts.append('<li class="disabled PagedList-ellipses"><a>&#8230;</a></li>')
            elif n == page:
                parts.append(f'<li class="active"><a>{n}</a></li>')
            else:
                parts.append(f'<li><a href="{href(n)}">{n}</a></li>')
        if page < pages:
            parts.append(
                f'<li class="PagedList-skipToNext"><a href="{href(page + 1)}" rel="next">»</a></li>'
            )
            parts.append(f'<li class="PagedList-skipToLast"><a href="{href(pages)}">»»</a></li>')
        return (
            f'<div class="pagination-container"><ul class="pagination">{"".join(parts)}</ul></div>'
        )

    def listing_html(
        self, section: Section | None, page: int, items: list[Item], pages: int, request: Request
    ) -> str:
        name = self.news.name if self.is_news(section) else section.name
        rows = "".join(
            f'<div class="tin-item media"><a class="media-left" href="'
            f'{esc(self.article_path(it))}"><img class="img-responsive" src="'
            f'{esc(image_path(it, 0, self.image_folder))}" alt="Responsive image" /></a>'
            f'<div class="media-body"><h3 class="tin-tieude"><a href="'
            f'{esc(self.article_path(it))}">{esc(it.title)}</a></h3>'
            f'<p class="tin-ngay"><i class="fa fa-clock-o"></i> {dmy(it.published)} '
            f'{it.published:%H:%M}</p><p class="tin-sapo">{esc(it.sapo())}</p></div></div>'
            for it in items
        )
        main = (
            f'<h1 class="chuyenmuc-tieude">{esc(name)}</h1>'
            f'<div class="ds-tin-chuyenmuc">{rows}</div>{self.pager(section, page, pages)}'
        )
        crumbs = (
            [(name, "")]
            if self.is_news(section)
            else [
                (self.news.name, "/tin-tuc"),
                (name, ""),
            ]
        )
        feed = (
            f'<link rel="alternate" type="application/rss+xml" title="{esc(name)}" '
            f'href="{esc(self.feed_path(section))}" />\n'
        )
        title = name if page == 1 else f"{name} - Trang {page}"
        return self.frame(title, main, request, current=section, crumbs=crumbs, head=feed)

    # -- articles

    def related(self, item: Item) -> tuple[list[Item], list[Item]]:
        """ "Tin liên quan" (newer ones of the section) and "Tin cùng chuyên mục" (older)."""
        same = [it for it in self.listed(item.section) if it is not item]
        newer = [it for it in same if it.published > item.published][-4:]
        older = [it for it in same if it.published <= item.published][:6]
        return newer, older

    def article_html(self, item: Item, request: Request) -> str:
        revision = request.revision
        script = self.is_script(item)
        parts = self.parts(item, revision)
        paragraphs = item.body(revision)
        url = request.base_url + self.article_path(item)
        lead = paragraphs[0] if paragraphs else ""
        head = (
            f'<meta name="description" content="{esc(lead)}" />\n'
            f'<meta name="keywords" content="{esc(item.section.name.lower())}, chuyển đổi số" />\n'
            f'<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{esc(item.title)}" />\n'
            f'<meta property="og:description" content="{esc(lead)}" />\n'
            f'<meta property="og:url" content="{esc(url)}" />\n'
            f'<meta property="og:image" content="{esc(request.base_url)}'
            f'{esc(image_path(item, 0, self.image_folder))}" />\n'
            f'<link rel="canonical" href="{esc(url)}" />\n'
        )
        views = thousands(view_count(item.key))
        newer, older = self.related(item)
        related = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>' for it in newer
        )
        same = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">{listing_date(it.published)}</span></li>'
            for it in older
        )
        tags = "".join(
            f'<a href="/tim-kiem?tukhoa={quote(word)}" class="tag">{esc(word)}</a>'
            for word in (item.section.name, "chuyển đổi số")
        )
        tools = (
            '<div class="cong-cu"><span class="cochu">Cỡ chữ: <a href="#" data-step="-1">A-</a> '
            '<a href="#" data-step="1">A+</a></span> '
            '<a href="javascript:window.print();"><i class="fa fa-print"></i> In bài</a> '
            f'<a href="mailto:?subject={quote(item.title)}&amp;body={quote(url)}"><i '
            'class="fa fa-envelope"></i> Gửi email</a> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}" '
            'target="_blank" class="share-fb">Chia sẻ</a></div>'
        )
        counter = (
            '<script type="text/javascript">\n'
            f'    $(function () {{ $.post("{VIEW_COUNTER}", {{ id: {item.number} }}); }});\n'
            "</script>\n"
        )
        scripts = counter
        if script:
            body = self.part_html(item, revision, 1, lead=False)
            more = ""
            if len(parts) > 1:
                more = (
                    '<div id="noidung-tiep"></div>\n<div class="doc-tiep text-center">'
                    '<a href="#" id="xemtiep" class="btn btn-primary">Đọc tiếp bài viết <i '
                    'class="fa fa-chevron-down"></i></a></div>'
                )
                scripts += (
                    '<script type="text/javascript">\n'
                    "    $(document).ready(function () {\n"
                    '        $("#xemtiep").click(function () {\n'
                    f'            $("#noidung-tiep").load("{fragment_url(item.number, 2, True)}", '
                    "function () {\n"
                    '                $(".doc-tiep").hide();\n'
                    "            });\n"
                    "            return false;\n"
                    "        });\n"
                    "    });\n"
                    "</script>\n"
                )
            main = (
                f'<div class="chi-tiet-tin"><h1 class="title-news">{esc(item.title)}</h1>'
                f'<div class="info-news"><span class="date">Ngày đăng: {dmy(item.published)} '
                f'{item.published:%H:%M}</span> <span class="view">Lượt xem: {views}</span></div>'
                f'{tools}<div id="noidung" class="content-news">{body}</div>{more}'
                f'<div class="tags"><i class="fa fa-tags"></i> Từ khóa: {tags}</div>'
                + (
                    f'<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>{related}</ul></div>'
                    if related
                    else ""
                )
                + f'<div class="tin-khac"><h3>Các tin khác</h3><ul>{same}</ul></div></div>'
            )
        else:
            body = self.part_html(item, revision, 1, lead=True)
            main = (
                f'<article class="chitiet"><h1 class="chitiet-tieude">{esc(item.title)}</h1>'
                f'<div class="chitiet-thongtin"><div class="chitiet-ngay"><i '
                f'class="fa fa-calendar"></i> {date_line(item.published)}</div>'
                f'<div class="chitiet-luotxem"><i class="fa fa-eye"></i> {views}</div></div>'
                f'{tools}<div class="chitiet-sapo"><strong>{esc(lead)}</strong></div>'
                f'<div id="chitiet-noidung" class="chitiet-noidung">{body}</div>'
                f'<div class="tags"><i class="fa fa-tags"></i> Từ khóa: {tags}</div></article>'
                + (
                    f'<div class="khoi tin-lien-quan"><h3 class="khoi-tieude">Tin liên quan</h3>'
                    f'<ul class="ds-tin">{related}</ul></div>'
                    if related
                    else ""
                )
                + f'<div class="khoi tin-cung-chuyen-muc"><h3 class="khoi-tieude">Tin cùng '
                f'chuyên mục</h3><ul class="ds-tin">{same}</ul></div>'
            )
        crumbs = [
            (self.news.name, "/tin-tuc"),
            (item.section.name, self.listing_path(item.section)),
        ]
        return self.frame(
            item.title,
            main,
            request,
            current=item.section,
            crumbs=crumbs,
            head=head,
            scripts=scripts,
        )

    # -- other pages

    def rss_index_html(self, request: Request) -> str:
        rows = "".join(
            f'<tr><td>{esc(name)}</td><td><a href="{esc(href)}"><img src="/Content/images/rss.gif"'
            f' alt="RSS" /> {esc(request.base_url)}{esc(href)}</a></td></tr>'
            for name, href in [
                (self.news.name, self.feed_path(None)),
                *((s.name, self.feed_path(s)) for s in self.sections.values()),
            ]
        )
        main = (
            '<h1 class="chuyenmuc-tieude">RSS</h1><p>RSS (Really Simple Syndication) là định dạng '
            "giúp bạn nhận tin mới của Cổng thông tin mà không cần truy cập website. Sao chép "
            "đường dẫn của chuyên mục vào phần mềm đọc tin để đăng ký.</p>"
            f'<table class="table table-bordered">{rows}</table>'
        )
        return self.frame("RSS", main, request, crumbs=[("RSS", "")])

    def feed_response(self, section: Section | None, request: Request) -> Response:
        base = request.base_url
        name = self.news.name if self.is_news(section) else section.name
        items = [it for it in self.listed(section) if it.kind == "article"][:20]
        entries = "".join(
            f"<item><title>{esc(it.title)}</title><link>{esc(base + self.article_path(it))}</link>"
            f"<description>{esc(it.sapo())}</description>"
            f"<pubDate>{http_date(it.published)}</pubDate>"
            f'<guid isPermaLink="true">{esc(base + self.article_path(it))}</guid></item>'
            for it in items
        )
        xml = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{esc(name)} - {esc(self.portal.name)}</title>"
            f"<link>{esc(base + self.listing_path(section))}</link>"
            f"<description>{esc(name)}</description><language>vi-VN</language>"
            f"{entries}</channel></rss>"
        )
        return Response(
            200,
            {"Content-Type": "application/rss+xml; charset=utf-8", **self.family_headers},
            xml.encode("utf-8"),
        )

    def search_html(self, request: Request) -> str:
        word = request.params.get("tukhoa", "").strip()
        found = [
            it
            for it in self.items
            if it.kind == "article" and word and word.lower() in it.title.lower()
        ][:20]
        rows = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">{listing_date(it.published)}</span></li>'
            for it in found
        )
        main = (
            f'<h1 class="chuyenmuc-tieude">Kết quả tìm kiếm</h1><p>Từ khóa: <b>{esc(word)}</b> - '
            f'tìm thấy {len(found)} kết quả</p><ul class="ds-tin">{rows}</ul>'
        )
        return self.frame("Tìm kiếm", main, request, crumbs=[("Tìm kiếm", "")])

    def static_html(self, path: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[path]
        text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        if path == "/lien-he":
            text += (
                '<form action="/lien-he" method="post" class="form-lien-he">'
                '<input type="text" name="HoTen" placeholder="Họ và tên" />'
                '<input type="email" name="Email" placeholder="Email" />'
                '<textarea name="NoiDung" placeholder="Nội dung"></textarea>'
                '<button type="submit">Gửi</button></form>'
            )
        main = f'<h1 class="chuyenmuc-tieude">{esc(title)}</h1><div class="trang-tinh">{text}</div>'
        return self.frame(title, main, request, crumbs=[(title, "")])

    def error_html(self, status: int) -> str:
        if status == 404:
            return (
                '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>Không tìm '
                'thấy trang</title></head><body><div class="loi-404"><h1>404</h1><p>Trang bạn '
                'yêu cầu không tồn tại hoặc đã bị xóa.</p><p><a href="/">Quay về trang chủ</a>'
                "</p></div></body></html>"
            )
        return (
            '<!DOCTYPE html><html><head><title>Runtime Error</title></head><body bgcolor="white">'
            "<span><H1>Server Error in '/' Application.<hr width=100% size=1 color=silver></H1>"
            '<h2> <i>Runtime Error</i> </h2></span><font face="Arial, Helvetica, Geneva, SunSans-'
            'Regular, sans-serif ">An application error occurred on the server.</font></body>'
            "</html>"
        )
