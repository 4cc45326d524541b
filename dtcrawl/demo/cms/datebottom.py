"""A district portal on a home-grown PHP CMS that dates its articles only at the bottom.

Small district and department portals built by local software houses put no date under the
title. The CMS writes its stamps in small grey text after the byline, in one of four layouts
chosen per article (:func:`layout_of`):

- ``posted``: "Ngày đăng: 05/01/2023 08:25", sometimes followed by "Ngày cập nhật: …";
- ``updated``: one stamp, "(Cập nhật lúc 08:25 ngày 05/01/2023)", which is the publication time
  (the CMS names its only stamp "cập nhật");
- ``stamps``: "Ngày tạo: … | Ngày xuất bản: … | Ngày cập nhật: …" (created earlier, published,
  updated later);
- ``letter``: an official notice with a document header ("Số: 15/TB-UBND"), a place-and-date
  line "Khe Trúc, ngày 03 tháng 01 năm 2023" (the signing date, up to three days before
  publication) above the signature, then "Ngày đăng: …" under it.

Every page also shows dates that are not the article's: the header clock "Hôm nay: …", the
"Lịch công tác tuần" and "Sự kiện sắp diễn ra" boxes, related news with their dates, and bodies
that cite other dates ("Quyết định số 15/QĐ-UBND ngày 10/3/2022", "từ ngày … đến ngày …").
:func:`gold_record` gives what a careful archivist stores for each article.

URL shapes (Apache mod_rewrite in front of ``index.php``):
- home ``/`` (also ``/index.php``);
- general news ``/tin-tuc/``, page N ``/tin-tuc/trang-N/`` (one-based);
- topic ``/chuyen-muc/<slug>-c<id>/``, page N ``/chuyen-muc/<slug>-c<id>/trang-N/``;
- article ``/tin-bai/<slug>-a<id>.html``; the legacy ``/index.php?m=tinbai&id=<id>`` serves the
  same page (linked from "Tin liên quan"); print view ``/in-bai/<id>.html``; the home page adds
  ``?utm_source=trangchu&utm_medium=box`` to its links.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
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
    iso_vn,
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

#: The day the portal's header clock, work calendar and events box are drawn for (fixed, so
#: pages are deterministic; a real portal shows the visitor's today).
TODAY = datetime(2026, 11, 24, 9, 0)
LAYOUTS = ("posted", "updated", "stamps", "letter")
PLACE = "Khe Trúc"
SIGNERS = ("Hoàng Văn Thịnh", "Lương Thị Nhàn", "Đinh Công Hậu")
ARTICLE = re.compile(r"^/tin-bai/(?:[a-z0-9-]+-)?a(\d+)\.html$")
PRINT = re.compile(r"^/in-bai/(\d+)\.html$")
SECTION = re.compile(r"^/chuyen-muc/([a-z0-9-]+)-c(\d+)/(?:trang-(\d+)/)?$")
NEWS = re.compile(r"^/tin-tuc/(?:trang-(\d+)/)?$")
TRACKING = "utm_source=trangchu&utm_medium=box"
#: Pages of the portal that are not news: the week's work calendar, the login form, the site map.
EXTRA_PAGES = {
    "/lich-cong-tac/": "Lịch công tác tuần",
    "/dang-nhap.html": "Đăng nhập hệ thống",
    "/so-do-site.html": "Sơ đồ site",
}


def stamp(moment: datetime) -> str:
    """The CMS's stamp: day/month/year and hour:minute.

    >>> stamp(datetime(2023, 1, 5, 8, 25))
    '05/01/2023 08:25'
    """
    return f"{dmy(moment)} {moment:%H:%M}"


def loose_date(moment: datetime) -> str:
    """A date as administrative texts write it in running prose, without zero padding.

    >>> loose_date(datetime(2022, 3, 10))
    '10/3/2022'
    """
    return f"{moment.day}/{moment.month}/{moment.year}"


def place_date(moment: datetime, place: str = PLACE) -> str:
    """The place-and-date line of an official letter.

    >>> place_date(datetime(2023, 1, 5))
    'Khe Trúc, ngày 05 tháng 01 năm 2023'
    """
    return f"{place}, ngày {moment:%d} tháng {moment:%m} năm {moment.year}"


def layout_of(key: str) -> str:
    """The date layout of the article ``key`` (deterministic).

    >>> layout_of("x") in LAYOUTS
    True
    """
    roll = stable_int(key + "layout", 0, 9)
    return "posted" if roll < 4 else "updated" if roll < 6 else "stamps" if roll < 8 else "letter"


def created_of(item: Item) -> datetime:
    """When the CMS record was created (the ``stamps`` layout's "Ngày tạo"), before publication."""
    return item.published - timedelta(minutes=stable_int(item.key + "created", 25, 2_900))


def signed_of(item: Item) -> datetime:
    """The signing date on a ``letter`` (its place-and-date line): 0-3 days before publication."""
    return item.published - timedelta(days=stable_int(item.key + "signed", 0, 3))


def doc_number(item: Item, kind: str = "TB") -> str:
    """The notice number in a letter's header.

    >>> doc_number(Item("k", 0, "t", Section(1, "a", "a"), datetime(2023, 1, 5), None, None,
    ...                 None, [], []))[-8:]
    '/TB-UBND'
    """
    return f"{stable_int(item.key + kind, 3, 480)}/{kind}-UBND"


def extra_paragraphs(item: Item, kind: str) -> tuple[list[str], list[str]]:
    """Sentences the CMS article carries besides the corpus paragraphs, before and after them:
    they cite other dates (decisions, plans, deadlines) and are part of the gold body."""
    seed = item.key
    decided = item.published - timedelta(days=stable_int(seed + "qd", 40, 420))
    planned = item.published - timedelta(days=stable_int(seed + "kh", 5, 35))
    start = item.published + timedelta(days=stable_int(seed + "start", 3, 25))
    end = start + timedelta(days=stable_int(seed + "end", 45, 120))
    decision = f"{stable_int(seed + 'qdn', 5, 960)}/QĐ-UBND"
    plan = f"{stable_int(seed + 'khn', 12, 990)}/KH-UBND"
    if kind == "letter":
        before = [
            f"Căn cứ Quyết định số {decision} ngày {loose_date(decided)} của Ủy ban nhân dân "
            f"huyện về việc ban hành Kế hoạch chuyển đổi số năm {decided.year}; thực hiện Kế "
            f"hoạch số {plan} ngày {loose_date(planned)}, Ủy ban nhân dân huyện {PLACE} thông "
            "báo như sau:"
        ]
        after = [
            f"Thời gian thực hiện từ ngày {loose_date(start)} đến ngày {loose_date(end)}. Trong "
            "quá trình triển khai, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về "
            "Phòng Văn hóa và Thông tin huyện để tổng hợp, báo cáo Ủy ban nhân dân huyện xem "
            "xét, giải quyết./."
        ]
        return before, after
    if stable_int(seed + "cite", 0, 2) == 0:
        return [], []
    before_day = item.published - timedelta(days=stable_int(seed + "prev", 10, 60))
    return [], [
        f"Trước đó, ngày {loose_date(before_day)}, huyện đã tổ chức hội nghị triển khai nhiệm "
        f"vụ này theo Quyết định số {decision} ngày {loose_date(decided)} của Ủy ban nhân dân "
        f"huyện. Đợt cao điểm sẽ diễn ra từ ngày {loose_date(start)} đến ngày "
        f"{loose_date(end)}, các xã, thị trấn báo cáo kết quả trước ngày "
        f"{loose_date(end + timedelta(days=5))}."
    ]


def gold_record(site: DateBottomSite, key: str, revision: int = 0) -> dict[str, Any]:
    """What a careful archivist stores for article ``key``: the published time is the stamp the
    CMS labels as publication ("Ngày đăng", "Ngày xuất bản", or the lone "Cập nhật lúc"),
    ``modified`` the "Ngày cập nhật" stamp where one is shown; letters carry no byline."""
    item = site.by_key[key]
    kind = layout_of(key)
    before, after = extra_paragraphs(item, kind)
    modified = None if kind in ("updated", "letter") else item.shown_modified(revision)
    letter = kind == "letter"
    return {
        "key": key,
        "layout": kind,
        "title": item.title,
        "published": iso_vn(item.published),
        "modified": iso_vn(modified) if modified else None,
        "author": None if letter else item.author,
        "source": None if letter else item.source,
        "captions": [str(img.get("caption") or "") for img in item.images],
        "body": "\n\n".join([*before, *item.body(revision), *after]),
    }


class DateBottomSite(CmsSite):
    family_headers = {"Server": "Apache/2.4.6 (CentOS) PHP/7.2.34", "X-Powered-By": "PHP/7.2.34"}
    number_base = 7_410
    number_stride = 3
    image_folder = "/uploads/news"

    def __init__(self, portal, articles):
        super().__init__(portal, articles)
        for item in self.items:
            kind = layout_of(item.key)
            shows_update = kind == "stamps" or (
                kind == "posted" and stable_int(item.key + "upd", 0, 2) == 0
            )
            if shows_update and item.modified is None:
                item.modified = item.published + timedelta(
                    days=stable_int(item.key + "modd", 0, 14),
                    minutes=stable_int(item.key + "modm", 35, 720),
                )
            if kind in ("updated", "letter"):
                item.modified = None  # these layouts show no update stamp

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"/tin-bai/{slugify(item.title, max_len=70)}-a{item.number}.html"

    def legacy_path(self, item: Item) -> str:
        return f"/index.php?m=tinbai&id={item.number}"

    def article_aliases(self, item: Item) -> list[str]:
        return [self.legacy_path(item)]

    def print_path(self, item: Item) -> str:
        return f"/in-bai/{item.number}.html"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = (
            "/tin-tuc/" if self.is_news(section) else f"/chuyen-muc/{section.slug}-c{section.id}/"
        )
        return base if page == 1 else f"{base}trang-{page}/"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path in ("/", "/index.php"):
            if params.get("m") == "tinbai":
                try:
                    item = self.by_number.get(int(params.get("id", "")))
                except ValueError:
                    return None
                return self.article_response(item, request) if item else None
            if params.get("m"):
                return None
            return self.html_response(self.home_html(request))
        if path in EXTRA_PAGES:
            return self.html_response(self.extra_html(path, request))
        if match := ARTICLE.match(path):
            item = self.by_number.get(int(match.group(1)))
            return self.article_response(item, request) if item else None
        if match := PRINT.match(path):
            item = self.by_number.get(int(match.group(1)))
            if item is None or item.kind in ("missing", "error"):
                return None
            return self.html_response(self.print_html(item, request))
        section: Section | None = None
        if match := NEWS.match(path):
            page = page_number(match.group(1))
        elif match := SECTION.match(path):
            section = self.section_by_id(int(match.group(2)))
            if section is None or section.slug != match.group(1):
                return None
            page = page_number(match.group(3))
        else:
            return None
        _, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(section, page, request))

    # -- boxes

    def work_calendar(self) -> str:
        monday = TODAY - timedelta(days=TODAY.weekday())
        duties = (
            "08h00: Lãnh đạo UBND huyện họp giao ban trực tuyến với UBND tỉnh",
            "14h00: Kiểm tra mô hình Tổ công nghệ số cộng đồng tại các xã",
            "08h00: Hội nghị sơ kết công tác cải cách hành chính",
            "07h30: Tiếp công dân định kỳ tại Trụ sở Tiếp công dân huyện",
            "15h00: Làm việc với Trung tâm Viễn thông về hạ tầng số",
        )
        rows = "".join(
            f"<tr><td class='thu'>{weekday(day)}<br/>{dmy(day)}</td><td>{esc(duty)}</td></tr>"
            for day, duty in ((monday + timedelta(days=i), d) for i, d in enumerate(duties))
        )
        return (
            '<div class="box" id="lichcongtac"><h3 class="box-title">Lịch công tác tuần</h3>'
            f'<table class="lich">{rows}</table>'
            '<a class="xemtiep" href="/lich-cong-tac/">Xem chi tiết</a></div>'
        )

    def upcoming_events(self) -> str:
        events = (
            (16, "Hội nghị tổng kết công tác chuyển đổi số năm 2026"),
            (33, "Tập huấn kỹ năng số cho cán bộ, công chức cấp xã"),
            (52, "Ra quân hướng dẫn người dân cài đặt, kích hoạt VNeID"),
        )
        rows = "".join(
            f'<li><span class="ngay-sk">{dmy(TODAY + timedelta(days=days))}</span> {esc(text)}</li>'
            for days, text in events
        )
        return (
            '<div class="box" id="sukien"><h3 class="box-title">Sự kiện sắp diễn ra</h3>'
            f"<ul>{rows}</ul></div>"
        )

    def extra_html(self, path: str, request: Request) -> str:
        """The calendar, login and site-map pages (full of dates or links, no article)."""
        name = EXTRA_PAGES[path]
        if path == "/lich-cong-tac/":
            monday = TODAY - timedelta(days=TODAY.weekday())
            rows = "".join(
                f"<tr><td>{weekday(day)}, {dmy(day)}</td><td>Sáng: {esc(morning)}</td>"
                f"<td>Chiều: {esc(afternoon)}</td></tr>"
                for day, (morning, afternoon) in (
                    (monday + timedelta(days=i), pair)
                    for i, pair in enumerate(
                        (
                            ("Họp giao ban Thường trực UBND huyện", "Làm việc tại cơ quan"),
                            ("Kiểm tra Bộ phận Một cửa huyện", "Họp Ban Chỉ đạo chuyển đổi số"),
                            (
                                "Dự hội nghị trực tuyến của tỉnh",
                                "Tiếp và làm việc với doanh nghiệp",
                            ),
                            ("Tiếp công dân định kỳ", "Duyệt kế hoạch năm 2027"),
                            ("Kiểm tra các xã về dịch vụ công trực tuyến", "Làm việc tại cơ quan"),
                        )
                    )
                )
            )
            main = (
                f'<h1 class="ten-chuyen-muc">{name}</h1><p>Tuần từ ngày {dmy(monday)} đến ngày '
                f'{dmy(monday + timedelta(days=6))}</p><table class="lich-tuan">{rows}</table>'
            )
        elif path == "/dang-nhap.html":
            main = (
                f'<h1 class="ten-chuyen-muc">{name}</h1><form method="post" action="/dang-nhap.html">'
                '<label>Tên đăng nhập <input name="username"/></label>'
                '<label>Mật khẩu <input type="password" name="password"/></label>'
                '<button type="submit">Đăng nhập</button></form>'
            )
        else:
            links = "".join(
                f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
                for s in [self.news, *self.sections.values()]
            )
            main = f'<h1 class="ten-chuyen-muc">{name}</h1><ul class="so-do">{links}</ul>'
        return self.frame(name, [(name, "")], main, request)

    # -- frame

    def frame(self, title: str, crumbs: list[tuple[str, str]], main: str, request: Request) -> str:
        p = self.portal
        menu = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = " / ".join(
            f'<a href="{esc(href)}">{esc(name)}</a>' if href else f"<span>{esc(name)}</span>"
            for name, href in [("Trang chủ", "/"), *crumbs]
        )
        latest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(6)
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<li><input type="radio" name="vote" id="vote{i}" value="{i}"/>'
            f'<label for="vote{i}">{esc(o)}</label></li>'
            for i, o in enumerate(options)
        )
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"/>
<title>{esc(title)} | {esc(p.name)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<link rel="stylesheet" href="/themes/khetruc/css/style.css"/>
<script src="/themes/khetruc/js/jquery-1.12.4.min.js"></script></head>
<body class="trang">
<div id="top-bar"><div class="container"><span class="homnay">Hôm nay: {weekday(TODAY)},
{dmy(TODAY)}</span><span class="lienket-nhanh"><a href="/dang-nhap.html">Đăng nhập</a> |
<a href="/so-do-site.html">Sơ đồ site</a></span></div></div>
<div id="header"><div class="container"><a href="/"><img src="/themes/khetruc/images/banner.png"
alt="{esc(p.name)}"/></a><div class="ten-don-vi">{esc(p.name)}</div></div></div>
<div id="menu-chinh"><ul class="container"><li><a href="/">Trang chủ</a></li>
<li><a href="/tin-tuc/">{esc(self.news.name)}</a></li>{menu}
<li><a href="javascript:void(0);" onclick="moLienHe();">Liên hệ</a></li></ul></div>
<div id="marquee"><marquee scrollamount="3">Chào mừng bạn đến với {esc(p.name)}</marquee></div>
<div class="container" id="noi-dung-trang">
<div class="duong-dan">{crumb}</div>
<div id="cot-trai">{main}</div>
<div id="cot-phai">
{self.work_calendar()}
<div class="box" id="tinmoi"><h3 class="box-title">Tin mới</h3><ul>{latest}</ul></div>
{self.upcoming_events()}
<div class="box" id="tthc"><h3 class="box-title">Kết quả giải quyết TTHC</h3>
<p>Tháng {t["month"]}: tiếp nhận {thousands(t["total"])} hồ sơ; đúng hạn
{thousands(t["ontime"])} ({t["percent"]}%); trễ hạn {thousands(t["late"])}.</p></div>
<div class="box" id="binhchon"><h3 class="box-title">Ý kiến thăm dò</h3>
<form method="post" action="/index.php?m=binhchon"><p>{esc(question)}</p><ul>{choices}</ul>
<button type="submit">Bình chọn</button></form></div>
<div class="box" id="lienket"><h3 class="box-title">Liên kết</h3>
<a href="https://dichvucong.gov.vn" target="_blank"><img src="/uploads/banner/dvcqg.png"
alt="Cổng Dịch vụ công quốc gia"/></a>
<a href="https://chinhphu.vn" target="_blank"><img src="/uploads/banner/cttdtcp.png"
alt="Cổng TTĐT Chính phủ"/></a></div>
<div class="box" id="thongke"><h3 class="box-title">Thống kê truy cập</h3><ul>
<li>Đang online: {thousands(v["online"])}</li><li>Hôm nay: {thousands(v["today"])}</li>
<li>Trong tuần: {thousands(v["week"])}</li><li>Tất cả: {thousands(v["total"])}</li></ul></div>
</div></div>
<div id="footer"><div class="container">
<p><strong>Cơ quan chủ quản: {esc(p.agency)}</strong></p>
<p>Chịu trách nhiệm chính: {esc(p.editor)}</p><p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)}. Điện thoại: {esc(p.phone)}</p><p>{esc(reuse_notice(p))}</p>
<p>Bản quyền © 2019 - {TODAY.year} thuộc {esc(p.agency)}</p>
<p class="vedau"><a href="#top-bar">Về đầu trang</a></p></div></div>
</body></html>
"""

    def row(self, item: Item, tracked: bool = False) -> str:
        href = self.article_path(item) + (f"?{TRACKING}" if tracked else "")
        return (
            f'<div class="tin-item"><a class="anh" href="{esc(href)}"><img src="'
            f'{esc(image_path(item, 0, self.image_folder))}" alt="Responsive image"/></a>'
            f'<h3 class="tieu-de-tin"><a href="{esc(href)}">{esc(item.title)}</a></h3>'
            f'<span class="ngay-tin">{listing_date(item.published)}</span>'
            f'<p class="tom-tat">{esc(item.sapo())}</p></div>'
        )

    def home_html(self, request: Request) -> str:
        hot = "".join(self.row(it, tracked=True) for it in self.latest(3))
        blocks = [f'<div class="khoi" id="tin-noi-bat"><h2>Tin nổi bật</h2>{hot}</div>']
        for section in self.sections.values():
            rows = "".join(
                self.row(it, tracked=i % 2 == 1) for i, it in enumerate(self.listed(section)[:4])
            )
            blocks.append(
                f'<div class="khoi"><h2><a href="{esc(self.listing_path(section))}">'
                f"{esc(section.name)}</a></h2>{rows}</div>"
            )
        return self.frame("Trang chủ", [], "".join(blocks), request)

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        parts = arrow_pager(
            page,
            pages,
            lambda n: self.listing_path(section, n),
            link='<a href="{href}">{n}</a>',
            current='<a class="active">{n}</a>',
            gap='<span class="dots">…</span>',
            prev='<a href="{href}">&laquo;</a>',
            next_='<a href="{href}">&raquo;</a>',
        )
        return f'<div class="phan-trang">{"".join(parts)}</div>'

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        main = (
            f'<h1 class="ten-chuyen-muc">{esc(name)}</h1><div class="danh-sach-tin">'
            f"{''.join(self.row(it) for it in items)}</div>{self.pager(section, page, pages)}"
        )
        return self.frame(name, [(name, "")], main, request)

    # -- articles

    def date_lines(self, item: Item, kind: str, revision: int) -> str:
        modified = item.shown_modified(revision)
        if kind == "updated":
            return (
                f'<p class="ngay-cap-nhat">(Cập nhật lúc {item.published:%H:%M} ngày '
                f"{dmy(item.published)})</p>"
            )
        if kind == "stamps":
            cells = [f"Ngày tạo: {stamp(created_of(item))}"]
            cells.append(f"Ngày xuất bản: {stamp(item.published)}")
            if modified:
                cells.append(f"Ngày cập nhật: {stamp(modified)}")
            return f'<p class="thong-tin-bai">{" | ".join(cells)}</p>'
        lines = f'<p class="ngay-dang">Ngày đăng: {stamp(item.published)}</p>'
        if modified:
            lines += f'<p class="ngay-dang">Ngày cập nhật: {stamp(modified)}</p>'
        return lines

    def letter_head(self, item: Item) -> str:
        return (
            '<table class="tieu-de-van-ban" width="100%"><tr><td align="center" width="40%">'
            f"<b>ỦY BAN NHÂN DÂN<br/>HUYỆN {PLACE.upper()}</b><br/>Số: {doc_number(item)}</td>"
            '<td align="center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/>'
            "<u>Độc lập - Tự do - Hạnh phúc</u></td></tr></table>"
            '<p class="loai-van-ban" style="text-align:center"><b>THÔNG BÁO</b></p>'
        )

    def letter_foot(self, item: Item) -> str:
        signer = SIGNERS[stable_int(item.key + "signer", 0, len(SIGNERS) - 1)]
        return (
            '<table class="ky-ten" width="100%"><tr><td valign="top" width="45%">'
            "<b><i>Nơi nhận:</i></b><br/>- Thường trực Huyện ủy;<br/>- Chủ tịch, các PCT UBND "
            "huyện;<br/>- Các cơ quan, đơn vị;<br/>- UBND các xã, thị trấn;<br/>- Lưu: VT.</td>"
            f'<td align="center" valign="top"><p class="dia-danh"><i>{place_date(signed_of(item))}'
            "</i></p><b>TM. ỦY BAN NHÂN DÂN<br/>KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH</b><br/><br/>"
            f"(Đã ký)<br/><br/><b>{esc(signer)}</b></td></tr></table>"
        )

    def article_main(self, item: Item, request: Request, printing: bool = False) -> str:
        kind = layout_of(item.key)
        before, after = extra_paragraphs(item, kind)
        parts = [f'<p style="text-align: justify;">{esc(text)}</p>' for text in before]
        for block, value in body_blocks(item, request.revision):
            if block == "p":
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    '<table class="image" align="center"><tr><td><img src="'
                    f'{esc(image_path(item, index, self.image_folder))}" alt="" width="600"/>'
                    f'</td></tr><tr><td class="image_desc">{esc(caption)}</td></tr></table>'
                )
        parts += [f'<p style="text-align: justify;">{esc(text)}</p>' for text in after]
        head = self.letter_head(item) if kind == "letter" else ""
        foot = ""
        if kind == "letter":
            foot = self.letter_foot(item)
        else:
            if item.author:
                foot += (
                    f'<p class="tac-gia" style="text-align: right;"><b>{esc(item.author)}</b></p>'
                )
            if item.source:
                foot += f'<p class="nguon-tin">Nguồn: {esc(item.source)}</p>'
        foot += (
            '<div class="ngay-gio" style="color: #8a8a8a; font-size: 11px; text-align: right;">'
            f"{self.date_lines(item, kind, request.revision)}</div>"
        )
        main = (
            f'<h1 class="tieu-de-bai">{esc(item.title)}</h1>{head}'
            f'<div class="noi-dung-bai">{"".join(parts)}</div>{foot}'
        )
        if printing:
            return main
        tools = (
            '<div class="cong-cu">Cỡ chữ: <a href="javascript:cochu(-1)">A-</a> '
            '<a href="javascript:cochu(0)">A</a> <a href="javascript:cochu(1)">A+</a> | '
            f'<a href="{esc(self.print_path(item))}" target="_blank">Bản in</a> | '
            '<a href="javascript:void(0)" onclick="guiEmail()">Gửi email</a> | '
            f"Lượt xem: {thousands(view_count(item.key))}</div>"
        )
        others = self.others(item, 9)
        related = "".join(
            f'<li><a href="{esc(self.legacy_path(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">{listing_date(it.published)}</span></li>'
            for it in others[:4]
        )
        more = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">{listing_date(it.published)}</span></li>'
            for it in others[4:]
        )
        return (
            f'<div class="chi-tiet">{tools}{main}'
            '<div class="quay-lai"><a href="javascript:history.back()">Quay lại</a></div>'
            f'<div class="tin-lien-quan"><h3>Tin liên quan</h3><ul>{related}</ul></div>'
            f'<div class="tin-khac"><h3>Các tin khác</h3><ul>{more}</ul></div></div>'
        )

    def article_html(self, item: Item, request: Request) -> str:
        crumbs = [(item.section.name, self.listing_path(item.section))]
        return self.frame(item.title, crumbs, self.article_main(item, request), request)

    def print_html(self, item: Item, request: Request) -> str:
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/>'
            f'<title>{esc(item.title)}</title></head><body onload="window.print()">'
            f'<div class="in-header">{esc(self.portal.name)}</div>'
            f"{self.article_main(item, request, printing=True)}</body></html>"
        )

    def error_html(self, status: int) -> str:
        word = "Không tìm thấy trang yêu cầu" if status == 404 else "Hệ thống đang bận"
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/>'
            f"<title>{word}</title></head><body><h1>{status}</h1><p>{word}.</p>"
            '<p><a href="/">Quay về trang chủ</a></p></body></html>'
        )


def gold_corpus(corpus: Mapping[str, Sequence[Any]]) -> dict[str, list[Any]]:
    """``corpus`` (``{portal_id: [DemoArticle, ...]}``) with each article's body, author and
    source as :func:`gold_record` has them (the paragraphs citing other dates added; letters
    unsigned): the gold of the crawl of a ``datebottom`` portal."""
    from dtcrawl.demo.portals import ALL_PORTALS

    out: dict[str, list[Any]] = {}
    for portal_id, articles in corpus.items():
        site = DateBottomSite(ALL_PORTALS[portal_id], articles)
        out[portal_id] = []
        for article in articles:
            gold = gold_record(site, article.key)
            out[portal_id].append(
                dataclasses.replace(
                    article,
                    paragraphs=gold["body"].split("\n\n"),
                    author=gold["author"],
                    source=gold["source"],
                )
            )
    return out
