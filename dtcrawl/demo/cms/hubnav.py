"""A provincial portal whose news sits in sub-sections reached only through hub pages.

Several provinces run their portal on a vendor's ASP.NET MVC CMS (IIS, X.PagedList pagers,
``.html`` rewritten article addresses) built around a three-level mega-menu: a first level of
headings that are no pages (``javascript:void(0)``), a second level of "hub" categories and a
third of their sub-sections. The hubs ("Tin tức - Sự kiện", "Chuyển đổi số", "Thông tin tuyên
truyền") have no list of their own: a hub page is a grid of boxes, one per sub-section, each with
the sub-section's name, its five newest articles (a photo and a lead for the first) and "Xem tất
cả »". Only a sub-section's page lists all its articles, page by page. The home page has no text
menu of the news sections besides the mega-menu; its banner of the sections is one image with an
HTML image map (``<map>``/``<area href>``).

The editors file each article in a sub-section and often tick a second one ("Tin trong tỉnh",
"Chỉ đạo - Điều hành", a sibling): the article keeps one address, under its first sub-section;
the second sub-section's list and box link it with ``?cat=<id of that sub-section>``, which
makes the page's breadcrumb and "Tin cùng chuyên mục" follow that sub-section (the page carries
a canonical link to the bare address).

URL shapes:

- home ``/`` (also ``/trang-chu``);
- hub ``/<hub-slug>``; sub-section ``/<hub-slug>/<sub-slug>``, page N ``?page=N`` (the pager's
  first-page links are ``?page=1``; pages past the end answer an empty list);
- article ``/<hub-slug>/<sub-slug>/<title-slug>-<id>.html`` (five-digit id; the CMS finds the
  article by id whatever the slug), cross-listed ``…-<id>.html?cat=<sub-section id>``;
- print view ``/print/<id>.html``; search ``/tim-kiem?q=`` (disallowed in robots.txt);
- pages of the portal: ``/gioi-thieu/…``, ``/lich-cong-tac``, ``/lien-he``.

Article page: breadcrumb Trang chủ › hub › sub-section › the title cut at 60 characters; title
``h1.detail-title``; "Ngày đăng: Thứ Hai, 04/01/2021 - 07:41" and "Lượt xem" with font-size,
print and share tools above the text; the lead a bold ``div.detail-sapo``; the text in
``div.detail-content`` with photos either in a ``<figure>`` with ``<figcaption>`` or as a
centred ``<p><img></p>`` followed by a centred italic caption paragraph; the author alone,
bold, right-aligned on the last line; "Nguồn: …" in a ``div`` after the text; share and print
tools again, then "Tin cùng chuyên mục"; "Tin nổi bật", the TTHC results, agencies' links and a
visitor counter in the sidebar.

Hazards: hubs with no list (a crawler must go down to the sub-sections and their pages); the
mega-menu's first level of ``javascript:`` links; the section banner only as image-map areas;
one article at two addresses (bare and ``?cat=``); ``?page=1`` beside the bare listing address;
the title repeated (cut) in the breadcrumb; captions as italic paragraphs; pages of the portal
without date (introduction, organisation, contact) and a weekly work schedule full of dates; a
deleted article still listed (404).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

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
    listing_date,
    page_number,
    poll,
    reuse_notice,
    shorten,
    slugify,
    stable_int,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)
from dtcrawl.demo.portals import PortalDef


@dataclass(frozen=True)
class Hub:
    """A second-level category of the mega-menu: a page of boxes, no list."""

    id: int
    name: str
    slug: str


@dataclass(frozen=True)
class Sub:
    """A sub-section (third level of the mega-menu): the paginated list of its articles."""

    id: int
    name: str
    slug: str
    hub: Hub
    category: str | None  # the corpus category filed here first, if any


HUBS = (
    Hub(1, "Tin tức - Sự kiện", "tin-tuc-su-kien"),
    Hub(2, "Chuyển đổi số", "chuyen-doi-so"),
    Hub(3, "Thông tin tuyên truyền", "thong-tin-tuyen-truyen"),
)
_HUB = {hub.id: hub for hub in HUBS}
SUBS = (
    Sub(11, "Tin trong tỉnh", "tin-trong-tinh", _HUB[1], None),
    Sub(12, "Chỉ đạo - Điều hành", "chi-dao-dieu-hanh", _HUB[1], None),
    Sub(21, "Hoạt động chuyển đổi số", "hoat-dong-chuyen-doi-so", _HUB[2], "Chuyển đổi số"),
    Sub(22, "Chính quyền số", "chinh-quyen-so", _HUB[2], "Chính quyền số"),
    Sub(23, "Kinh tế số", "kinh-te-so", _HUB[2], "Kinh tế số"),
    Sub(24, "Xã hội số", "xa-hoi-so", _HUB[2], "Xã hội số"),
    Sub(25, "An toàn thông tin", "an-toan-thong-tin", _HUB[2], "An toàn thông tin"),
    Sub(31, "Cải cách hành chính", "cai-cach-hanh-chinh", _HUB[3], None),
    Sub(32, "Phổ biến, giáo dục pháp luật", "pho-bien-giao-duc-phap-luat", _HUB[3], None),
)
_SUB = {sub.id: sub for sub in SUBS}
_SUB_BY_CATEGORY = {sub.category: sub for sub in SUBS if sub.category}
#: The sibling a chuyển đổi số sub-section's articles are sometimes also filed in.
SIBLING = {21: 22, 22: 21, 23: 24, 24: 23, 25: 22}
BOX_ITEMS = 5
RELATED_ITEMS = 8
HOT_ITEMS = 5
NEWEST_ITEMS = 8
SKIN = "/Themes/VinhDan2023"

STATIC_PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "/gioi-thieu/tong-quan": (
        "Tổng quan về tỉnh",
        (
            "Tỉnh nằm ở vùng trung du, phía tây giáp dãy núi Đàn, phía đông có sông Vĩnh chảy "
            "qua, diện tích tự nhiên hơn 4.300 km2.",
            "Toàn tỉnh có 8 huyện, 1 thị xã, 1 thành phố với 131 xã, phường, thị trấn; dân số "
            "khoảng 1,05 triệu người, gồm 19 dân tộc cùng sinh sống.",
            "Kinh tế của tỉnh dựa vào nông nghiệp hàng hóa, chế biến nông sản và du lịch sinh "
            "thái; tỉnh đặt mục tiêu đến năm 2030 kinh tế số chiếm 20% tổng sản phẩm.",
        ),
    ),
    "/gioi-thieu/lich-su-van-hoa": (
        "Lịch sử - Văn hóa",
        (
            "Vùng đất ven sông Vĩnh có người sinh sống từ rất sớm; nhiều di chỉ khảo cổ đã được "
            "tìm thấy ở các huyện phía nam.",
            "Tỉnh có 96 di tích được xếp hạng, trong đó 11 di tích cấp quốc gia, cùng các lễ hội "
            "truyền thống mùa xuân của đồng bào các dân tộc.",
        ),
    ),
    "/gioi-thieu/to-chuc-bo-may/tinh-uy": (
        "Tỉnh ủy",
        (
            "Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020 - 2025 gồm 51 đồng chí; Ban Thường vụ Tỉnh "
            "ủy gồm 15 đồng chí.",
        ),
    ),
    "/gioi-thieu/to-chuc-bo-may/hdnd-tinh": (
        "Hội đồng nhân dân tỉnh",
        (
            "Hội đồng nhân dân tỉnh khóa XVII, nhiệm kỳ 2021 - 2026 có 58 đại biểu; Thường trực "
            "HĐND tỉnh gồm Chủ tịch, các Phó Chủ tịch và Ủy viên thường trực.",
        ),
    ),
    "/gioi-thieu/to-chuc-bo-may/ubnd-tinh": (
        "Ủy ban nhân dân tỉnh",
        (
            "Ủy ban nhân dân tỉnh gồm Chủ tịch, 4 Phó Chủ tịch và các Ủy viên là người đứng đầu "
            "các sở, ngành; giúp việc có Văn phòng UBND tỉnh và 18 cơ quan chuyên môn.",
        ),
    ),
    "/lien-he": (
        "Liên hệ",
        (
            "Mọi ý kiến, thông tin xin gửi về Ban Biên tập Cổng thông tin điện tử tỉnh theo địa "
            "chỉ ở cuối trang hoặc qua biểu mẫu dưới đây.",
        ),
    ),
}
SCHEDULE = (
    ("08:00", "Chủ tịch UBND tỉnh chủ trì họp Ban Chỉ đạo chuyển đổi số tỉnh", "Phòng họp số 1"),
    ("14:00", "Phó Chủ tịch UBND tỉnh làm việc với Sở Khoa học và Công nghệ", "Trụ sở Sở"),
    ("08:30", "Lãnh đạo UBND tỉnh tiếp công dân định kỳ", "Trụ sở Tiếp công dân tỉnh"),
    ("15:00", "Phó Chủ tịch UBND tỉnh dự hội nghị trực tuyến với Chính phủ", "Điểm cầu tỉnh"),
    ("09:00", "Chủ tịch UBND tỉnh kiểm tra tiến độ dự án trung tâm điều hành thông minh", "IOC"),
)
AGENCIES = (
    ("Sở Khoa học và Công nghệ", "https://sokhcn.vinhdan.gov.vn"),
    ("Sở Nội vụ", "https://snv.vinhdan.gov.vn"),
    ("Sở Tài chính", "https://stc.vinhdan.gov.vn"),
    ("Sở Y tế", "https://syt.vinhdan.gov.vn"),
    ("Sở Giáo dục và Đào tạo", "https://sgddt.vinhdan.gov.vn"),
    ("UBND thành phố Vĩnh Đàn", "https://tpvinhdan.vinhdan.gov.vn"),
    ("UBND huyện Đàn Sơn", "https://danson.vinhdan.gov.vn"),
    ("UBND huyện Vĩnh Lạc", "https://vinhlac.vinhdan.gov.vn"),
)


def detail_time(moment: datetime) -> str:
    """The date line under an article's title.

    >>> detail_time(datetime(2021, 1, 4, 7, 41))
    'Ngày đăng: Thứ Hai, 04/01/2021 - 07:41'
    """
    return f"Ngày đăng: {weekday(moment)}, {dmy(moment)} - {moment:%H:%M}"


class HubNavSite(CmsSite):
    """A portal of the ``hubnav`` family: hub pages of boxes over paginated sub-sections."""

    number_base = 20_460
    number_stride = 13
    image_folder = "/Uploads/images/tintuc"
    family_headers = {
        "Server": "Microsoft-IIS/10.0",
        "X-Powered-By": "ASP.NET",
        "X-AspNetMvc-Version": "5.2",
    }

    def __init__(self, portal: PortalDef, articles: Sequence[Any]):
        super().__init__(portal, articles)
        self.by_id = {it.number: it for it in self.items}
        self.secondary: dict[str, Sub] = {}
        for it in self.items:
            second = self.second_sub(it)
            if second is not None:
                self.secondary[it.key] = second
        self.in_sub: dict[int, list[Item]] = {sub.id: [] for sub in SUBS}
        for it in self.items:  # newest first
            self.in_sub[self.first_sub(it).id].append(it)
            if it.key in self.secondary:
                self.in_sub[self.secondary[it.key].id].append(it)
        healthy = [it for it in self.items if it.kind == "article"]
        pool = sorted(healthy[:15], key=lambda it: stable_int(it.key + "noibat", 0, 10_000))
        self.hot = sorted(pool[:HOT_ITEMS], key=lambda it: it.published, reverse=True)
        newest = self.items[0].published if self.items else datetime(2024, 1, 1)
        self.today = newest + timedelta(days=2)

    def second_sub(self, item: Item) -> Sub | None:
        """The second sub-section the editors ticked for ``item``, if any (about half)."""
        if item.kind != "article":
            return None
        first = self.first_sub(item)
        pick = stable_int(item.key + "chuyenmuc2", 0, 13)
        choice = {0: 11, 1: 11, 2: 11, 3: 12, 4: 31, 5: 32, 6: SIBLING.get(first.id)}.get(pick)
        if choice is None or choice == first.id:
            return None
        return _SUB[choice]

    # -- URL shapes

    def hub_path(self, hub: Hub) -> str:
        return f"/{hub.slug}"

    def sub_path(self, sub: Sub, page: int | None = None) -> str:
        base = f"/{sub.hub.slug}/{sub.slug}"
        return base if page is None else f"{base}?page={page}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        if self.is_news(section):
            return self.hub_path(HUBS[0])
        sub = _SUB_BY_CATEGORY[section.name]
        return self.sub_path(sub, page if page > 1 else None)

    def first_sub(self, item: Item) -> Sub:
        """The sub-section ``item`` was filed in first (its address's)."""
        return _SUB_BY_CATEGORY.get(item.section.name, _SUB[11])

    def article_path(self, item: Item) -> str:
        sub = self.first_sub(item)
        slug = slugify(item.title, max_len=90)
        return f"/{sub.hub.slug}/{sub.slug}/{slug}-{item.number}.html"

    def article_aliases(self, item: Item) -> list[str]:
        second = self.secondary.get(item.key)
        return [f"{self.article_path(item)}?cat={second.id}"] if second else []

    def link_in(self, item: Item, sub: Sub) -> str:
        """How ``sub``'s list and box link ``item``: bare where it was filed first."""
        if self.first_sub(item) is sub:
            return self.article_path(item)
        return f"{self.article_path(item)}?cat={sub.id}"

    def print_path(self, item: Item) -> str:
        return f"/print/{item.number}.html"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def robots_txt(self, request: Request) -> str:
        return "User-agent: *\nDisallow: /Admin/\nDisallow: /tim-kiem\nDisallow: /Account/\n"

    def thumb(self, item: Item) -> str:
        return image_path(item, 0, self.image_folder).replace(".jpg", "_thumb.jpg")

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path.rstrip("/") or "/"
        if path in ("/", "/trang-chu"):
            return self.html_response(self.home_html(request))
        if path in STATIC_PAGES:
            return self.html_response(self.static_html(path, request))
        if path == "/lich-cong-tac":
            return self.html_response(self.schedule_html(request))
        if path == "/tim-kiem":
            return self.html_response(self.search_html(request))
        match = re.fullmatch(r"/print/(\d+)\.html", path)
        if match:
            item = self.by_id.get(int(match.group(1)))
            if item is None or item.kind != "article":
                return None
            return self.html_response(self.print_html(item, request))
        match = re.fullmatch(r"/[a-z0-9-]+/[a-z0-9-]+/[a-z0-9-]*?-?(\d+)\.html", path)
        if match:
            item = self.by_id.get(int(match.group(1)))
            return self.article_response(item, request) if item else None
        for hub in HUBS:
            if path == self.hub_path(hub):
                return self.html_response(self.hub_html(hub, request))
        for sub in SUBS:
            if path == self.sub_path(sub):
                return self.html_response(self.sub_html(sub, request))
        return None

    # -- page frame

    def mega_menu(self) -> str:
        def column(title: str, href: str | None, links: Sequence[tuple[str, str]]) -> str:
            head = (
                f'<a class="mega-title" href="{esc(href)}">{esc(title)}</a>'
                if href
                else f'<span class="mega-title">{esc(title)}</span>'
            )
            rows = "".join(f'<li><a href="{esc(h)}">{esc(n)}</a></li>' for n, h in links)
            return (
                f'<div class="mega-col col-md-4">{head}'
                + (f'<ul class="mega-lv3">{rows}</ul>' if rows else "")
                + "</div>"
            )

        about = (
            column("Tổng quan", "/gioi-thieu/tong-quan", ())
            + column("Lịch sử - Văn hóa", "/gioi-thieu/lich-su-van-hoa", ())
            + column(
                "Tổ chức bộ máy",
                None,
                (
                    ("Tỉnh ủy", "/gioi-thieu/to-chuc-bo-may/tinh-uy"),
                    ("Hội đồng nhân dân tỉnh", "/gioi-thieu/to-chuc-bo-may/hdnd-tinh"),
                    ("Ủy ban nhân dân tỉnh", "/gioi-thieu/to-chuc-bo-may/ubnd-tinh"),
                ),
            )
        )
        news = "".join(
            column(
                hub.name,
                self.hub_path(hub),
                [(s.name, self.sub_path(s)) for s in SUBS if s.hub is hub],
            )
            for hub in HUBS
        )
        government = column(
            "Chỉ đạo điều hành",
            None,
            (
                ("Văn bản chỉ đạo điều hành", "https://vanban.vinhdan.gov.vn"),
                ("Lịch công tác", "/lich-cong-tac"),
            ),
        ) + column(
            "Công dân - Doanh nghiệp",
            None,
            (
                ("Dịch vụ công trực tuyến", "https://dichvucong.vinhdan.gov.vn"),
                ("Phản ánh, kiến nghị", "https://pakn.vinhdan.gov.vn"),
            ),
        )

        def top(name: str, panel: str) -> str:
            return (
                f'<li class="nav-item lv1 has-mega"><a class="nav-link" href="javascript:void(0)">'
                f'{esc(name)} <i class="fa fa-angle-down"></i></a><div class="mega-panel">'
                f'<div class="container"><div class="row">{panel}</div></div></div></li>'
            )

        return (
            '<nav class="main-nav" id="mainnav"><div class="container"><ul class="nav navbar-mega">'
            '<li class="nav-item lv1"><a class="nav-link" href="/" title="Trang chủ"><i '
            'class="fa fa-home"></i></a></li>'
            f"{top('Giới thiệu', about)}{top('Tin tức', news)}{top('Chính quyền', government)}"
            '<li class="nav-item lv1"><a class="nav-link" href="https://english.vinhdan.gov.vn">'
            'English</a></li><li class="nav-item lv1"><a class="nav-link" href="/lien-he">Liên '
            "hệ</a></li></ul></div></nav>"
        )

    def sidebar(self, request: Request) -> str:
        hot = "".join(
            f'<li class="hot-item"><a class="thumb" href="{esc(self.article_path(it))}"><img '
            f'src="{esc(self.thumb(it))}" alt="{esc(it.title)}"></a><a class="hot-title" '
            f'href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.hot
        )
        stats = tthc_stats(request.seed)
        visits = visitor_stats(request.seed)
        question, options = poll(request.seed)
        answers = "".join(
            f'<li><label><input type="radio" name="phuongan" value="{n + 1}"> {esc(o)}</label></li>'
            for n, o in enumerate(options)
        )
        agencies = "".join(
            f'<option value="{esc(href)}">{esc(name)}</option>' for name, href in AGENCIES
        )
        return f"""<aside class="col-md-4 sidebar">
<div class="block block-hot"><div class="block-head"><h3>Tin nổi bật</h3></div>
<ul class="list-hot">{hot}</ul></div>
<div class="block block-tthc"><div class="block-head"><h3>Kết quả giải quyết TTHC</h3></div>
<div class="tthc-body"><p class="tthc-month">Tháng {stats["month"]}</p>
<div class="tthc-chart" data-value="{stats["percent"]}"><span>{stats["percent"]}%</span></div>
<table class="tthc-table"><tr><td>Hồ sơ tiếp nhận</td><td>{thousands(stats["total"])}</td></tr>
<tr><td>Giải quyết đúng hạn</td><td>{thousands(stats["ontime"])}</td></tr>
<tr><td>Giải quyết trễ hạn</td><td>{thousands(stats["late"])}</td></tr></table>
<a class="tthc-more" href="https://dichvucong.vinhdan.gov.vn/thong-ke">Xem chi tiết</a></div></div>
<div class="block block-banner">
<a href="https://dichvucong.gov.vn" target="_blank"><img src="/Uploads/banner/dvcqg.png"
alt="Cổng Dịch vụ công quốc gia"></a>
<a href="https://dichvucong.vinhdan.gov.vn" target="_blank"><img src="/Uploads/banner/dvc-tinh.png"
alt="Hệ thống thông tin giải quyết TTHC tỉnh"></a>
<a href="https://congbao.vinhdan.gov.vn" target="_blank"><img src="/Uploads/banner/congbao.png"
alt="Công báo tỉnh"></a></div>
<div class="block block-poll"><div class="block-head"><h3>Thăm dò ý kiến</h3></div>
<form action="/BinhChon/BieuQuyet" method="post"><p>{esc(question)}</p><ul>{answers}</ul>
<button type="submit" class="btn btn-sm">Biểu quyết</button>
<button type="button" class="btn btn-sm" onclick="xemKetQua()">Xem kết quả</button></form></div>
<div class="block block-links"><div class="block-head"><h3>Liên kết website</h3></div>
<select class="form-control" onchange="if(this.value) window.open(this.value);">
<option value="">-- Sở, ban, ngành, địa phương --</option>{agencies}</select>
<select class="form-control" onchange="if(this.value) window.open(this.value);">
<option value="">-- Trung ương --</option>
<option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="https://quochoi.vn">Cổng TTĐT Quốc hội</option>
<option value="https://mst.gov.vn">Bộ Khoa học và Công nghệ</option></select></div>
<div class="block block-counter"><div class="block-head"><h3>Thống kê truy cập</h3></div>
<ul class="counter"><li>Đang truy cập: <b>{thousands(visits["online"])}</b></li>
<li>Hôm nay: <b>{thousands(visits["today"])}</b></li>
<li>Trong tháng: <b>{thousands(visits["month"])}</b></li>
<li>Tổng lượt truy cập: <b>{thousands(visits["total"])}</b></li></ul></div>
</aside>"""

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        *,
        crumbs: Sequence[tuple[str, str | None]] | None = None,
        head: str = "",
        body_class: str = "page",
    ) -> str:
        portal = self.portal
        trail = ""
        if crumbs:
            parts = []
            for name, href in crumbs:
                if href:
                    parts.append(
                        f'<li class="breadcrumb-item"><a href="{esc(href)}">{esc(name)}</a></li>'
                    )
                else:
                    parts.append(f'<li class="breadcrumb-item active">{esc(name)}</li>')
            trail = (
                '<div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a '
                f'href="/"><i class="fa fa-home"></i> Trang chủ</a></li>{"".join(parts)}</ol></div>'
            )
        today = self.today
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} | {esc(portal.name)}</title>
{head}<link rel="icon" href="{SKIN}/images/favicon.ico">
<link href="{SKIN}/css/bootstrap.min.css" rel="stylesheet">
<link href="{SKIN}/css/font-awesome.min.css" rel="stylesheet">
<link href="{SKIN}/css/megamenu.css?v=20230914" rel="stylesheet">
<link href="{SKIN}/css/site.css?v=20230914" rel="stylesheet">
<script async src="https://www.googletagmanager.com/gtag/js?id=G-7VD2K31LQE"></script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
gtag('js',new Date());gtag('config','G-7VD2K31LQE');</script>
</head>
<body class="{body_class}">
<div class="topbar"><div class="container">
<span class="today">{weekday(today)}, ngày {dmy(today)}</span>
<ul class="top-links"><li><a href="https://mail.vinhdan.gov.vn">Thư điện tử công vụ</a></li>
<li><a href="/Account/Login">Đăng nhập</a></li></ul>
<form class="search-top" action="/tim-kiem" method="get"><input type="text" name="q"
placeholder="Tìm kiếm..."><button type="submit"><i class="fa fa-search"></i></button></form>
</div></div>
<header class="header"><div class="container"><a class="logo" href="/"><img
src="{SKIN}/images/quoc-huy.png" alt="Quốc huy"></a><div class="site-name">
<p class="agency-name">{esc(portal.agency.upper())}</p>
<p class="portal-name">{esc(portal.name.upper())}</p></div></div></header>
{self.mega_menu()}
<div class="marquee"><div class="container"><marquee scrollamount="4" onmouseover="this.stop()"
onmouseout="this.start()">Chào mừng bạn đến với {esc(portal.name)}</marquee></div></div>
{trail}
<div class="container main"><div class="row">
<div class="col-md-8 content">
{main}
</div>
{self.sidebar(request)}
</div></div>
<footer class="footer"><div class="container">
<p class="footer-title">{esc(portal.name.upper())}</p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)} - Email:
ttdt@{esc(portal.domain)}</p>
<p>{esc(reuse_notice(portal))}</p>
<p class="credit">Thiết kế và phát triển: Công ty Cổ phần Giải pháp phần mềm Đàn Việt</p>
</div></footer>
<a href="#" id="back-to-top" title="Về đầu trang"><i class="fa fa-chevron-up"></i></a>
<script src="{SKIN}/js/jquery-3.6.0.min.js"></script>
<script src="{SKIN}/js/bootstrap.bundle.min.js"></script>
<script src="{SKIN}/js/megamenu.js?v=20230914"></script>
<script src="{SKIN}/js/site.js?v=20230914"></script>
</body></html>
"""

    # -- shared pieces

    def lead(self, item: Item, revision: int, limit: int = 220) -> str:
        return item.sapo(revision, limit)

    def pager(self, sub: Sub, page: int, pages: int) -> str:
        if pages <= 1:
            return ""

        def href(n: int) -> str:
            return self.sub_path(sub, n)

        parts = arrow_pager(
            page,
            pages,
            href,
            link='<li><a href="{href}">{n}</a></li>',
            current='<li class="active"><a>{n}</a></li>',
            gap='<li class="disabled PagedList-ellipses"><a>&#8230;</a></li>',
            prev='<li class="PagedList-skipToPrevious"><a href="{href}" rel="prev">«</a></li>',
            next_='<li class="PagedList-skipToNext"><a href="{href}" rel="next">»</a></li>',
        )
        first = (
            f'<li class="PagedList-skipToFirst"><a href="{esc(href(1))}">««</a></li>'
            if page > 1
            else ""
        )
        last = (
            f'<li class="PagedList-skipToLast"><a href="{esc(href(pages))}">»»</a></li>'
            if page < pages
            else ""
        )
        return (
            f'<div class="pagination-container"><ul class="pagination">{first}{"".join(parts)}'
            f"{last}</ul></div>"
        )

    def box(self, sub: Sub, request: Request) -> str:
        """A hub's box of one sub-section: its name, five newest, "Xem tất cả »"."""
        items = self.in_sub[sub.id][:BOX_ITEMS]
        href = esc(self.sub_path(sub))
        if not items:
            inner = '<p class="empty">Đang cập nhật.</p>'
        else:
            first = items[0]
            link = esc(self.link_in(first, sub))
            inner = (
                f'<div class="box-first"><a class="thumb" href="{link}"><img '
                f'src="{esc(self.thumb(first))}" alt="{esc(first.title)}"></a><h3><a '
                f'href="{link}">{esc(first.title)}</a></h3><span class="date">'
                f'{listing_date(first.published)}</span><p class="sapo">'
                f"{esc(self.lead(first, request.revision, 160))}</p></div>"
            )
            rows = "".join(
                f'<li><a href="{esc(self.link_in(it, sub))}">{esc(it.title)}</a> '
                f'<span class="date">{listing_date(it.published)}</span></li>'
                for it in items[1:]
            )
            inner += f'<ul class="box-list">{rows}</ul>'
        return (
            f'<div class="col-md-6"><div class="hub-box" id="box-{sub.id}"><div class="hub-box-head">'
            f'<h2><a href="{href}">{esc(sub.name)}</a></h2></div>{inner}'
            f'<a class="view-all" href="{href}">Xem tất cả »</a></div></div>'
        )

    # -- pages

    def home_html(self, request: Request) -> str:
        slides = "".join(
            f'<div class="carousel-item{" active" if n == 0 else ""}"><a '
            f'href="{esc(self.article_path(it))}"><img src="{esc(image_path(it, 0, self.image_folder))}" '
            f'alt="{esc(it.title)}"></a><div class="carousel-caption"><h3><a '
            f'href="{esc(self.article_path(it))}">{esc(it.title)}</a></h3></div></div>'
            for n, it in enumerate(self.hot)
        )
        newest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="date">{listing_date(it.published)}</span></li>'
            for it in self.latest(NEWEST_ITEMS)
        )
        areas = "".join(
            f'<area shape="rect" coords="{n * 300},0,{n * 300 + 299},110" '
            f'href="{esc(self.hub_path(hub))}" alt="{esc(hub.name)}" title="{esc(hub.name)}">'
            for n, hub in enumerate(HUBS)
        )
        areas += (
            '<area shape="rect" coords="900,0,1199,110" href="https://dichvucong.vinhdan.gov.vn" '
            'target="_blank" alt="Dịch vụ công trực tuyến" title="Dịch vụ công trực tuyến">'
        )
        notices = (
            (
                "Thông báo lịch tiếp công dân tháng này của Chủ tịch UBND tỉnh",
                "https://vanban.vinhdan.gov.vn/tb-tiep-cong-dan",
            ),
            (
                "Kế hoạch chuyển đổi số tỉnh năm nay",
                "https://vanban.vinhdan.gov.vn/kh-chuyen-doi-so",
            ),
            (
                "Công khai kết quả giải quyết thủ tục hành chính quý",
                "https://dichvucong.vinhdan.gov.vn/thong-ke",
            ),
        )
        notice_rows = "".join(
            f'<li><a href="{esc(h)}" target="_blank">{esc(t)}</a></li>' for t, h in notices
        )
        main = f"""<div id="slider-hot" class="carousel slide" data-ride="carousel">
<div class="carousel-inner">{slides}</div>
<a class="carousel-control-prev" href="#slider-hot" data-slide="prev">‹</a>
<a class="carousel-control-next" href="#slider-hot" data-slide="next">›</a></div>
<div class="block block-newest"><div class="block-head"><h2>Tin mới</h2></div>
<ul class="list-newest">{newest}</ul></div>
<div class="banner-chuyenmuc"><img src="/Uploads/banner/banner-chuyen-muc-2023.jpg"
usemap="#Map_ChuyenMuc" alt="Các chuyên mục" width="1200" height="110" border="0">
<map name="Map_ChuyenMuc" id="Map_ChuyenMuc">{areas}</map></div>
<div class="block block-notice"><div class="block-head"><h2>Thông báo</h2></div>
<ul>{notice_rows}</ul></div>
<div class="block block-video"><div class="block-head"><h2>Video</h2></div>
<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item"
src="https://www.youtube.com/embed/x9Qe1VdAn3k" allowfullscreen></iframe></div></div>"""
        return self.frame("Trang chủ", main, request, body_class="home")

    def hub_html(self, hub: Hub, request: Request) -> str:
        subs = [s for s in SUBS if s.hub is hub]
        lead_item = next((self.in_sub[s.id][0] for s in subs if self.in_sub[s.id]), None)
        top = ""
        if lead_item is not None:
            lead_sub = next(s for s in subs if lead_item in self.in_sub[s.id])
            link = esc(self.link_in(lead_item, lead_sub))
            top = (
                f'<div class="hub-top"><a class="thumb" href="{link}"><img '
                f'src="{esc(image_path(lead_item, 0, self.image_folder))}" '
                f'alt="{esc(lead_item.title)}"></a><h2><a href="{link}">{esc(lead_item.title)}'
                f'</a></h2><p class="sapo">{esc(self.lead(lead_item, request.revision))}</p></div>'
            )
        boxes = "".join(self.box(s, request) for s in subs)
        main = (
            f'<div class="hub"><h1 class="hub-title">{esc(hub.name)}</h1>{top}'
            f'<div class="row hub-boxes">{boxes}</div></div>'
        )
        return self.frame(hub.name, main, request, crumbs=[(hub.name, None)])

    def sub_html(self, sub: Sub, request: Request) -> str:
        page = page_number(request.params.get("page"))
        items, pages = self.page_of(self.in_sub[sub.id], page)
        rows = "".join(
            f'<div class="news-item row"><div class="col-4"><a class="thumb" '
            f'href="{esc(self.link_in(it, sub))}"><img src="{esc(self.thumb(it))}" '
            f'alt="{esc(it.title)}"></a></div><div class="col-8"><h3 class="news-title"><a '
            f'href="{esc(self.link_in(it, sub))}">{esc(it.title)}</a></h3><div class="news-date">'
            f'<i class="fa fa-calendar"></i> {dmy(it.published)} {it.published:%H:%M}</div>'
            f'<p class="news-sapo">{esc(self.lead(it, request.revision))}</p></div></div>'
            for it in items
        )
        if not rows:
            rows = '<p class="empty">Chưa có tin bài trong chuyên mục này.</p>'
        main = (
            f'<div class="list-page"><h1 class="list-title">{esc(sub.name)}</h1>'
            f'<div class="news-list">{rows}</div>{self.pager(sub, page, pages)}</div>'
        )
        title = sub.name if page <= 1 else f"{sub.name} - Trang {page}"
        crumbs = [(sub.hub.name, self.hub_path(sub.hub)), (sub.name, None)]
        return self.frame(title, main, request, crumbs=crumbs)

    def related(self, item: Item, sub: Sub) -> list[Item]:
        """ "Tin cùng chuyên mục": the sub-section's articles older than ``item`` (newer ones
        when there are too few)."""
        listed = [it for it in self.in_sub[sub.id] if it is not item and it.kind == "article"]
        older = [it for it in listed if it.published <= item.published]
        newer = [it for it in listed if it.published > item.published]
        return (older + list(reversed(newer)))[:RELATED_ITEMS]

    def photo(self, item: Item, index: int, caption: str) -> str:
        src = esc(image_path(item, index, self.image_folder))
        if stable_int(item.key + "kieu-anh", 0, 1):
            return (
                f'<figure class="image"><img src="{src}" alt="{esc(caption)}" width="800">'
                f"<figcaption>{esc(caption)}</figcaption></figure>"
            )
        return (
            f'<p style="text-align: center;"><img src="{src}" alt="" width="800"></p>'
            f'<p style="text-align: center;"><em>{esc(caption)}</em></p>'
        )

    def tools(self, item: Item, url: str, where: str) -> str:
        return (
            f'<div class="detail-tools detail-tools--{where}">'
            '<span class="font-size">Cỡ chữ: <a href="javascript:void(0)" '
            'onclick="changeFont(-1)">A-</a> <a href="javascript:void(0)" onclick="changeFont(0)">'
            'A</a> <a href="javascript:void(0)" onclick="changeFont(1)">A+</a></span>'
            f'<a class="print" href="{esc(self.print_path(item))}" target="_blank" '
            'rel="nofollow"><i class="fa fa-print"></i> Bản in</a>'
            f'<a class="mail" href="mailto:?subject={esc(item.title)}&amp;body={esc(url)}">'
            '<i class="fa fa-envelope"></i> Gửi email</a>'
            f'<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" '
            'target="_blank" rel="nofollow"><i class="fa fa-facebook"></i></a>'
            f'<a class="share-tw" href="https://twitter.com/share?url={esc(url)}" target="_blank" '
            'rel="nofollow"><i class="fa fa-twitter"></i></a>'
            f'<div class="zalo-share-button" data-href="{esc(url)}" data-oaid="1987654321012345678"'
            ' data-layout="2" data-color="blue" data-customize="false"></div></div>'
        )

    def article_html(self, item: Item, request: Request) -> str:
        revision = request.revision
        sub = self.first_sub(item)
        wanted = request.params.get("cat", "")
        if wanted.isdigit() and int(wanted) in _SUB:
            asked = _SUB[int(wanted)]
            if item in self.in_sub[asked.id]:
                sub = asked
        content: list[str] = []
        lead = ""
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                if not lead and not content:
                    lead = value
                    continue
                content.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                content.append(self.photo(item, index, caption))
        if item.author:
            content.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        source = (
            f'<div class="detail-source"><span>Nguồn:</span> {esc(item.source)}</div>'
            if item.source
            else ""
        )
        sapo = f'<div class="detail-sapo"><strong>{esc(lead)}</strong></div>' if lead else ""
        url = request.base_url + self.article_path(item)
        related = "".join(
            f'<li><a href="{esc(self.link_in(it, sub))}">{esc(it.title)}</a> '
            f'<span class="date">{listing_date(it.published)}</span></li>'
            for it in self.related(item, sub)
        )
        views = view_count(f"{self.portal.id}:{item.number}")
        main = f"""<article class="detail">
<h1 class="detail-title">{esc(item.title)}</h1>
<div class="detail-meta"><span class="detail-date"><i class="fa fa-clock-o"></i>
{detail_time(item.published)}</span> <span class="detail-views"><i class="fa fa-eye"></i>
Lượt xem: {thousands(views)}</span></div>
{self.tools(item, url, "top")}
{sapo}
<div class="detail-content">
{"".join(content)}
</div>
{source}
{self.tools(item, url, "bottom")}
<div class="detail-back"><a href="javascript:history.back()">« Quay lại</a>
<a href="#" onclick="window.scrollTo(0,0);return false;">Về đầu trang</a></div>
</article>
<div class="block block-related"><div class="block-head"><h3>Tin cùng chuyên mục</h3></div>
<ul class="list-related">{related}</ul></div>"""
        head = (
            f'<meta name="description" content="{esc(self.lead(item, revision))}">\n'
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(item.title)}">\n'
            f'<meta property="og:url" content="{esc(url)}">\n'
            f'<meta property="og:image" content="{esc(request.base_url + self.thumb(item))}">\n'
            f'<link rel="canonical" href="{esc(url)}">\n'
        )
        crumbs = [
            (sub.hub.name, self.hub_path(sub.hub)),
            (sub.name, self.sub_path(sub)),
            (shorten(item.title, 60), None),
        ]
        return self.frame(
            item.title, main, request, crumbs=crumbs, head=head, body_class="detail-page"
        )

    def print_html(self, item: Item, request: Request) -> str:
        blocks = []
        for kind, value in body_blocks(item, request.revision):
            if kind == "p":
                blocks.append(f"<p>{esc(value)}</p>")
            else:
                index, caption = value
                blocks.append(
                    f'<p align="center"><img src="{esc(image_path(item, index, self.image_folder))}"'
                    f' width="500"><br><i>{esc(caption)}</i></p>'
                )
        if item.author:
            blocks.append(f'<p align="right"><b>{esc(item.author)}</b></p>')
        if item.source:
            blocks.append(f'<p align="right">Nguồn: {esc(item.source)}</p>')
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(item.title)}</title>
<meta name="robots" content="noindex">
<link href="{SKIN}/css/print.css" rel="stylesheet"></head>
<body onload="window.print();">
<div class="print-head">{esc(self.portal.name.upper())}</div>
<h2>{esc(item.title)}</h2><p class="print-date">{detail_time(item.published)}</p>
{"".join(blocks)}
<p class="print-link">Địa chỉ bài viết: {esc(request.base_url + self.article_path(item))}</p>
</body></html>
"""

    def static_html(self, path: str, request: Request) -> str:
        title, paragraphs = STATIC_PAGES[path]
        text = "".join(f"<p>{esc(p)}</p>" for p in paragraphs)
        form = ""
        if path == "/lien-he":
            form = (
                '<form class="contact" action="/LienHe/Gui" method="post"><input name="HoTen" '
                'placeholder="Họ và tên"><input name="Email" placeholder="Email"><textarea '
                'name="NoiDung"></textarea><button type="submit">Gửi</button></form>'
            )
        main = (
            f'<div class="static-page"><h1 class="page-title">{esc(title)}</h1>'
            f'<div class="page-content">{text}</div>{form}</div>'
        )
        crumbs: list[tuple[str, str | None]] = []
        if path.startswith("/gioi-thieu/"):
            crumbs.append(("Giới thiệu", None))
        crumbs.append((title, None))
        return self.frame(title, main, request, crumbs=crumbs)

    def schedule_html(self, request: Request) -> str:
        monday = self.today - timedelta(days=self.today.weekday())
        rows = []
        for n, (hour, what, where) in enumerate(SCHEDULE):
            day = monday + timedelta(days=n)
            rows.append(
                f"<tr><td>{weekday(day)}<br>{dmy(day)}</td><td>{hour}</td><td>{esc(what)}</td>"
                f"<td>{esc(where)}</td></tr>"
            )
        main = (
            '<div class="schedule"><h1 class="page-title">Lịch công tác của lãnh đạo UBND tỉnh'
            f'</h1><p class="week">Tuần từ ngày {dmy(monday)} đến ngày '
            f'{dmy(monday + timedelta(days=6))}</p><table class="table table-bordered"><thead>'
            "<tr><th>Ngày</th><th>Giờ</th><th>Nội dung</th><th>Địa điểm</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table></div>"
        )
        return self.frame("Lịch công tác", main, request, crumbs=[("Lịch công tác", None)])

    def search_html(self, request: Request) -> str:
        query = request.params.get("q", "")
        main = (
            '<div class="search-page"><h1 class="page-title">Tìm kiếm</h1><form action='
            f'"/tim-kiem" method="get"><input name="q" value="{esc(query)}"><button '
            'type="submit">Tìm</button></form><p>Không tìm thấy kết quả phù hợp.</p></div>'
        )
        return self.frame("Tìm kiếm", main, request, crumbs=[("Tìm kiếm", None)])

    def error_html(self, status: int) -> str:
        message = (
            "Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ."
            if status == 404
            else "Đã có lỗi xảy ra trong quá trình xử lý. Vui lòng thử lại sau."
        )
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Lỗi {status} | {esc(self.portal.name)}</title>
<link href="{SKIN}/css/site.css" rel="stylesheet"></head>
<body class="error"><div class="error-box"><h1>{status}</h1><p>{message}</p>
<a href="/">Về trang chủ</a></div></body></html>
"""
