"""A 2020s provincial portal whose news listings mix text articles with media items.

Real provincial portals of the 2020s publish, in the same news stream, text articles and
media: "Video" items (a player and a sentence or two), "Ảnh" photo stories (a one-sentence
intro and 8-15 captioned photos) and "Infographic" items (one tall image and its title). This
family serves the corpus articles as text articles and adds twelve media items of its own
(:data:`MEDIA`, four of each kind), dated among the articles and listed with them.

URL shapes (rewritten ``.htm`` paths, one-based paging as a path suffix):

- home ``/``; listing ``/chuyen-muc/<slug>.htm``, page N ``/chuyen-muc/<slug>/trang-<N>.htm``
  (page 1 is the bare listing); the general news listing is ``/chuyen-muc/tin-tuc.htm``; the
  media sections are ``/chuyen-muc/video.htm``, ``/chuyen-muc/anh.htm``,
  ``/chuyen-muc/infographic.htm``;
- text article ``/tin/<slug>-n<id>.htm``; print view ``/in/n<id>.htm``;
- media ``/video/<slug>-v<id>.htm``, ``/anh/<slug>-p<id>.htm``,
  ``/infographic/<slug>-i<id>.htm``.

Hazards: home-page boxes add ``?utm_source=trangchu&utm_medium=<box>``; every article has a
print view (``/in/n<id>.htm``, linked from a "In bài" button); images are lazy-loaded
(``src`` a placeholder GIF, the photo in ``data-src``); media items sit in the text listings.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
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
    page_number,
    poll,
    reuse_notice,
    slugify,
    stable_int,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)
from dtcrawl.demo.portals import PortalDef

PLACEHOLDER = "/themes/dongngoc/img/lazy-16x9.gif"
KIND_LABEL = {"video": "Video", "photo": "Ảnh", "infographic": "Infographic"}
KIND_PREFIX = {"video": "video", "photo": "anh", "infographic": "infographic"}
KIND_LETTER = {"video": "v", "photo": "p", "infographic": "i"}

# The twelve media items: (kind, topic section, title, description or intro, captions).
MEDIA: tuple[tuple[str, str, str, str, tuple[str, ...]], ...] = (
    (
        "video",
        "Chuyển đổi số",
        "Video: Người dân xã vùng cao dùng điện thoại nộp hồ sơ đất đai",
        "Cán bộ Đoàn thanh niên xã hướng dẫn bà con cài ứng dụng và nộp hồ sơ ngay tại nhà văn "
        "hóa thôn.",
        (),
    ),
    (
        "video",
        "Kinh tế số",
        "Video: Phiên livestream bán bưởi đầu mùa của hợp tác xã Ngọc Khê",
        "Trong hai giờ phát trực tiếp, hợp tác xã nhận hơn ba trăm đơn hàng từ các tỉnh phía Bắc.",
        (),
    ),
    (
        "video",
        "An toàn thông tin",
        "Video: Nhận diện cuộc gọi giả danh cơ quan công an",
        "Phóng sự ngắn giúp người dân nhận biết các chiêu thức lừa đảo qua điện thoại. Khi nghi "
        "ngờ, hãy gọi ngay cho công an xã.",
        (),
    ),
    (
        "video",
        "Chính quyền số",
        "Video: Một ngày tại Trung tâm Phục vụ hành chính công tỉnh",
        "Ghi nhận không khí làm việc tại bộ phận một cửa sau khi áp dụng số hóa hồ sơ.",
        (),
    ),
    (
        "photo",
        "Xã hội số",
        "Ảnh: Ngày hội chuyển đổi số ở thị trấn Bến Sỏi",
        "Hàng trăm người dân đến tham gia ngày hội và được hướng dẫn các kỹ năng số cơ bản.",
        (
            "Sân nhà văn hóa thị trấn đông người từ sáng sớm.",
            "Các gian hàng của nhà mạng giới thiệu gói cước dành cho người cao tuổi.",
            "Đoàn viên thanh niên hướng dẫn kích hoạt tài khoản định danh điện tử.",
            "Một cụ ông lần đầu thanh toán tiền điện bằng điện thoại.",
            "Học sinh trường trung học cơ sở trải nghiệm lớp học trực tuyến.",
            "Gian hàng nông sản có mã QR truy xuất nguồn gốc.",
            "Cán bộ bưu điện giới thiệu dịch vụ công trực tuyến.",
            "Lãnh đạo huyện trao quà cho những tổ công nghệ số cộng đồng tiêu biểu.",
            "Người dân xếp hàng đăng ký chữ ký số miễn phí.",
        ),
    ),
    (
        "photo",
        "Kinh tế số",
        "Ảnh: Chợ phiên vùng cao làm quen với thanh toán không tiền mặt",
        "Tiểu thương chợ phiên xã Pà Lùng dán mã QR ở từng sạp hàng.",
        (
            "Chợ phiên họp từ tờ mờ sáng bên sườn đồi.",
            "Sạp rau rừng treo tấm bảng mã QR của ngân hàng.",
            "Một cô gái dân tộc Mông quét mã trả tiền mua vải.",
            "Cán bộ ngân hàng hướng dẫn tiểu thương mở tài khoản.",
            "Người bán thịt lợn bản kiểm tra tin nhắn báo tiền về.",
            "Khách du lịch thanh toán tiền mua mật ong bằng điện thoại.",
            "Tấm pa nô giới thiệu chợ phiên không dùng tiền mặt.",
            "Trẻ em theo bố mẹ đi chợ, tò mò với chiếc điện thoại.",
            "Góc chợ bán gia súc cũng đã có mã QR.",
            "Chợ tan vào buổi trưa, người dân mang hàng về bản.",
        ),
    ),
    (
        "photo",
        "Chính quyền số",
        "Ảnh: Bộ phận một cửa cấp xã sau khi được trang bị máy tính mới",
        "Toàn bộ 85 xã, phường của tỉnh đã được trang bị thiết bị phục vụ số hóa hồ sơ.",
        (
            "Bàn tiếp nhận hồ sơ của Ủy ban nhân dân xã Đồng Tâm.",
            "Máy quét tài liệu được đặt cạnh quầy tiếp dân.",
            "Công chức tư pháp số hóa sổ hộ tịch cũ.",
            "Màn hình điện tử hiển thị số thứ tự chờ.",
            "Người dân đánh giá mức độ hài lòng bằng máy tính bảng.",
            "Kho lưu trữ hồ sơ giấy được sắp xếp lại sau số hóa.",
            "Cán bộ Sở Thông tin và Truyền thông kiểm tra đường truyền.",
            "Phòng họp trực tuyến của xã được nối với huyện và tỉnh.",
        ),
    ),
    (
        "photo",
        "An toàn thông tin",
        "Ảnh: Diễn tập ứng cứu sự cố an toàn thông tin mạng năm nay",
        "Cuộc diễn tập có sự tham gia của đội ứng cứu sự cố các sở, ngành và huyện.",
        (
            "Quang cảnh buổi khai mạc diễn tập tại Trung tâm Giám sát điều hành.",
            "Các đội chơi nhận kịch bản tấn công giả định.",
            "Kỹ thuật viên theo dõi lưu lượng mạng bất thường.",
            "Đội của Sở Tài chính phân tích mẫu mã độc.",
            "Màn hình lớn hiển thị bản đồ các cuộc tấn công mô phỏng.",
            "Chuyên gia của doanh nghiệp viễn thông hỗ trợ các đội.",
            "Ban giám khảo chấm điểm phương án khắc phục.",
            "Một thành viên trẻ nhất của đội ứng cứu huyện Ngọc Lặc.",
            "Trao giải cho các đội xuất sắc.",
            "Các đội chụp ảnh lưu niệm sau hai ngày diễn tập.",
            "Lãnh đạo Sở Thông tin và Truyền thông phát biểu bế mạc.",
        ),
    ),
    (
        "infographic",
        "Chuyển đổi số",
        "Infographic: Chỉ số chuyển đổi số của tỉnh qua ba năm",
        "",
        (),
    ),
    ("infographic", "Chính quyền số", "Infographic: Dịch vụ công trực tuyến toàn trình", "", ()),
    ("infographic", "Xã hội số", "Infographic: Tổ công nghệ số cộng đồng ở 85 xã, phường", "", ()),
    ("infographic", "Kinh tế số", "Infographic: Sản phẩm OCOP trên sàn thương mại điện tử", "", ()),
)


def media_items(portal_id: str, start: datetime, end: datetime) -> list[Item]:
    """The portal's twelve media items, dated evenly between ``start`` and ``end``.

    >>> items = media_items("x", datetime(2021, 1, 1), datetime(2022, 1, 1))
    >>> [it.kind for it in items].count("photo"), len(items[4].images)
    (4, 9)
    """
    step = (end - start) / (len(MEDIA) + 1)
    items = []
    for index, (kind, topic, title, text, captions) in enumerate(MEDIA):
        moment = start + step * (index + 1) + timedelta(minutes=stable_int(title, 0, 600))
        # Newsrooms publish in office hours: fold the hour into 07:00-18:59.
        moment = moment.replace(hour=7 + moment.hour % 12, second=0, microsecond=0)
        key = f"{portal_id}-media-{index:02d}"
        section = Section(0, topic, slugify(topic))
        items.append(
            Item(
                key=key,
                number=0,
                title=title,
                section=section,
                published=moment,
                modified=None,
                author=None,
                source=None,
                paragraphs=[text] if text else [],
                images=[{"after": 0, "caption": c} for c in captions],
                kind=kind,
            )
        )
    return items


class MediaMixSite(CmsSite):
    """A portal of the ``mediamix`` family: text articles and media items in one stream."""

    number_base = 21_400
    number_stride = 13
    image_folder = "/uploads/news"
    family_headers = {"Server": "nginx/1.22.1", "X-Powered-By": "PHP/8.1.27"}

    def __init__(self, portal: PortalDef, articles: Sequence[Any]):
        super().__init__(portal, articles)
        texts = list(self.items)
        if texts:
            start, end = texts[-1].published, texts[0].published
        else:
            start, end = datetime(2022, 1, 1), datetime(2023, 1, 1)
        self.media = media_items(portal.id, start, end)
        for index, it in enumerate(self.media):
            it.section = self._section(it.section.name)
            it.number = 3100 + 17 * index + stable_int(it.key, 0, 9)
        self.items = sorted(texts + self.media, key=lambda it: (it.published, it.key))[::-1]
        self.by_section = {name: [] for name in self.sections}
        for it in self.items:
            self.by_section.setdefault(it.section.name, []).append(it)
        self.media_sections = {
            kind: Section(900 + n, label, KIND_PREFIX[kind])
            for n, (kind, label) in enumerate(KIND_LABEL.items())
        }
        self.by_path = {self.article_path(it): it for it in self.items}
        self.by_print = {f"/in/n{it.number}.htm": it for it in texts if it.kind == "article"}

    # -- URL shapes

    def article_path(self, item: Item) -> str:
        slug = slugify(item.title, max_len=90)
        if item.kind in KIND_PREFIX:
            return f"/{KIND_PREFIX[item.kind]}/{slug}-{KIND_LETTER[item.kind]}{item.number}.htm"
        return f"/tin/{slug}-n{item.number}.htm"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        slug = "tin-tuc" if self.is_news(section) else section.slug
        return f"/chuyen-muc/{slug}.htm" if page <= 1 else f"/chuyen-muc/{slug}/trang-{page}.htm"

    def print_paths(self) -> dict[str, str]:
        return {it.key: path for path, it in self.by_print.items()}

    def listed(self, section: Section | None) -> list[Item]:
        if section is not None and section in self.media_sections.values():
            kind = next(k for k, s in self.media_sections.items() if s == section)
            return [it for it in self.items if it.kind == kind]
        return super().listed(section)

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.htm", "/trang-chu.htm"):
            return self.html_response(self.home_html(request))
        if path in self.by_path:
            return self.article_response(self.by_path[path], request)
        if path in self.by_print:
            return self.html_response(self.print_html(self.by_print[path]))
        match = re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)(?:/trang-(\d+))?\.htm", path)
        if match:
            slug, page = match.group(1), page_number(match.group(2))
            section: Section | None
            if slug == "tin-tuc":
                section = None
            else:
                section = self.section_by_slug(slug) or next(
                    (s for s in self.media_sections.values() if s.slug == slug), None
                )
                if section is None:
                    return None
            items, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.listing_html(section, page, pages, items, request))
        return None

    # -- page frame

    def all_sections(self) -> list[Section]:
        return [*self.sections.values(), *self.media_sections.values()]

    def frame(self, title: str, main: str, request: Request, crumbs: str = "") -> str:
        portal = self.portal
        menu = "".join(
            f'<li class="nav-item"><a class="nav-link" href="{esc(self.listing_path(s))}">'
            f"{esc(s.name)}</a></li>"
            for s in self.all_sections()
        )
        stats = tthc_stats(request.seed)
        visits = visitor_stats(request.seed)
        question, options = poll(request.seed)
        latest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(5)
        )
        answers = "".join(
            f'<label><input type="radio" name="poll" value="{n}"> {esc(o)}</label><br>'
            for n, o in enumerate(options)
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {esc(portal.name)}</title>
<link rel="stylesheet" href="/themes/dongngoc/css/app.min.css?v=2.4.1">
</head>
<body class="dn-theme">
<div class="dn-topbar"><div class="container">{weekday(datetime(2024, 11, 11))} |
<a href="/lien-he.htm">Liên hệ</a> | <a href="/so-do-cong.htm">Sơ đồ cổng</a> |
<a href="javascript:void(0)" onclick="dnAccess.toggle()">Hỗ trợ người khuyết tật</a></div></div>
<header class="dn-header"><div class="container">
<a class="dn-brand" href="/"><img src="/themes/dongngoc/img/quoc-huy.png" alt="Quốc huy">
<span class="dn-brand__name">{esc(portal.name)}</span></a>
<form class="dn-search" action="/tim-kiem.htm"><input name="q" placeholder="Tìm kiếm...">
</form></div></header>
<nav class="dn-nav navbar"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>
<li class="nav-item"><a class="nav-link" href="{esc(self.listing_path(None))}">Tin tức</a></li>
{menu}</ul></nav>
{crumbs}
<div class="container dn-layout"><div class="dn-main">
{main}
</div>
<aside class="dn-aside">
<div class="dn-widget dn-widget--tthc"><h3 class="dn-widget__title">Kết quả giải quyết TTHC</h3>
<p>Tháng {stats["month"]}: đã giải quyết {stats["total"]} hồ sơ, {stats["percent"]}% đúng hạn,
{stats["late"]} hồ sơ trễ hạn.</p><a href="https://dichvucong.dongngoc.gov.vn">
Cổng dịch vụ công tỉnh</a></div>
<div class="dn-widget dn-widget--latest"><h3 class="dn-widget__title">Tin mới</h3>
<ul>{latest}</ul></div>
<div class="dn-widget dn-widget--poll"><h3 class="dn-widget__title">Thăm dò ý kiến</h3>
<form action="/binh-chon.htm" method="post"><p>{esc(question)}</p>{answers}
<button type="submit">Bình chọn</button></form></div>
<div class="dn-widget dn-widget--links"><h3 class="dn-widget__title">Liên kết</h3>
<a href="https://chinhphu.vn"><img src="/uploads/banner/cttdt-chinhphu.png" alt="Cổng TTĐT
Chính phủ"></a><a href="https://dichvucong.gov.vn"><img src="/uploads/banner/dvcqg.png"
alt="Cổng Dịch vụ công quốc gia"></a></div>
<div class="dn-widget dn-widget--counter"><h3 class="dn-widget__title">Thống kê truy cập</h3>
<ul><li>Đang trực tuyến: {visits["online"]}</li><li>Hôm nay: {visits["today"]}</li>
<li>Tháng này: {visits["month"]}</li><li>Tổng lượt truy cập: {visits["total"]}</li></ul></div>
</aside></div>
<footer class="dn-footer"><div class="container">
<p><strong>Cơ quan chủ quản:</strong> {esc(portal.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}</p>
<p>{esc(reuse_notice(portal))}</p>
</div></footer>
<script src="/themes/dongngoc/js/lazyload.min.js"></script>
</body></html>
"""

    def crumbs(self, *parts: tuple[str, str]) -> str:
        links = "".join(
            f'<li class="breadcrumb-item"><a href="{esc(href)}">{esc(name)}</a></li>'
            for name, href in parts
        )
        return (
            '<div class="container"><ol class="breadcrumb">'
            f'<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>{links}</ol></div>'
        )

    def thumb(self, item: Item) -> str:
        return (
            f'<img class="lazy" src="{PLACEHOLDER}" '
            f'data-src="{esc(image_path(item, 99, self.image_folder))}" alt="{esc(item.title)}">'
        )

    def card(self, item: Item, href: str) -> str:
        badge = ""
        if item.kind in KIND_LABEL:
            badge = f'<span class="dn-badge dn-badge--{item.kind}">{KIND_LABEL[item.kind]}</span>'
        sapo = "" if item.kind != "article" else f'<p class="dn-card__sapo">{esc(item.sapo())}</p>'
        return (
            f'<div class="dn-card dn-card--{item.kind}"><a class="dn-card__thumb" '
            f'href="{esc(href)}">{self.thumb(item)}{badge}</a><div class="dn-card__body">'
            f'<h3 class="dn-card__title"><a href="{esc(href)}">{esc(item.title)}</a></h3>'
            f'<span class="dn-card__time">{item.published:%d/%m/%Y}</span>{sapo}</div></div>'
        )

    def home_html(self, request: Request) -> str:
        top = self.items[:6]
        cards = "".join(
            self.card(it, self.article_path(it) + "?utm_source=trangchu&utm_medium=noibat")
            for it in top
        )
        blocks = []
        for section in self.all_sections():
            items = self.listed(section)[:3]
            rows = "".join(
                self.card(it, self.article_path(it) + "?utm_source=trangchu&utm_medium=chuyenmuc")
                for it in items
            )
            blocks.append(
                f'<section class="dn-block"><h2 class="dn-block__title"><a href='
                f'"{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>{rows}</section>'
            )
        main = (
            f'<section class="dn-block dn-block--hot"><h2 class="dn-block__title">Tin nổi bật</h2>'
            f"{cards}</section>{''.join(blocks)}"
        )
        return self.frame("Trang chủ", main, request)

    def listing_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        name = self.news.name if section is None else section.name
        rows = "".join(self.card(it, self.article_path(it)) for it in items)
        pager = arrow_pager(
            page,
            pages,
            lambda n: self.listing_path(section, n),
            link='<li class="page-item"><a class="page-link" href="{href}">{n}</a></li>',
            current='<li class="page-item active"><span class="page-link">{n}</span></li>',
            gap='<li class="page-item disabled"><span class="page-link">…</span></li>',
            prev='<li class="page-item"><a class="page-link" href="{href}">‹</a></li>',
            next_='<li class="page-item"><a class="page-link" href="{href}">›</a></li>',
        )
        main = (
            f'<h1 class="dn-page-title">{esc(name)}</h1><div class="dn-list">{rows}</div>'
            f'<nav class="dn-pagination"><ul class="pagination">{"".join(pager)}</ul></nav>'
        )
        crumbs = self.crumbs((name, self.listing_path(section)))
        return self.frame(name, main, request, crumbs)

    def meta_line(self, item: Item, request: Request) -> str:
        stamp = item.published
        return (
            f'<div class="dn-detail__meta"><span class="dn-detail__time">'
            f"{weekday(stamp)}, {dmy(stamp)} - {stamp:%H:%M}</span>"
            f'<span class="dn-detail__views">Lượt xem: {view_count(request.seed)}</span></div>'
        )

    def figure(self, item: Item, index: int, caption: str) -> str:
        src = image_path(item, index, self.image_folder)
        return (
            f'<figure class="dn-figure"><img class="lazy" src="{PLACEHOLDER}" '
            f'data-src="{esc(src)}" alt="{esc(caption)}"><figcaption>{esc(caption)}</figcaption>'
            "</figure>"
        )

    def article_html(self, item: Item, request: Request) -> str:
        if item.kind in KIND_LABEL:
            return self.media_html(item, request)
        body = []
        for kind, value in body_blocks(item, request.revision):
            if kind == "p":
                body.append(f"<p>{esc(value)}</p>")
            else:
                body.append(self.figure(item, *value))
        byline = ""
        if item.author:
            byline += f'<p class="dn-detail__author"><strong>{esc(item.author)}</strong></p>'
        if item.source:
            byline += f'<p class="dn-detail__source">Nguồn: {esc(item.source)}</p>'
        related = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> '
            f'<span class="dn-related__time">{dmy(it.published)}</span></li>'
            for it in self.others(item, 6)
        )
        main = f"""<article class="dn-detail">
<h1 class="dn-detail__title">{esc(item.title)}</h1>
{self.meta_line(item, request)}
<div class="dn-detail__tools"><a href="/in/n{item.number}.htm" target="_blank">In bài</a>
<a href="javascript:void(0)" onclick="dnShare.facebook()">Chia sẻ</a></div>
<div class="dn-detail__content">
{"".join(body)}
</div>
{byline}
</article>
<section class="dn-related"><h2 class="dn-related__title">Tin cùng chuyên mục</h2>
<ul>{related}</ul></section>"""
        crumbs = self.crumbs((item.section.name, self.listing_path(item.section)))
        return self.frame(item.title, main, request, crumbs)

    def media_html(self, item: Item, request: Request) -> str:
        section = self.media_sections[item.kind]
        if item.kind == "video":
            content = (
                '<div class="dn-player ratio ratio-16x9"><video controls preload="none" '
                f'poster="{esc(image_path(item, 0, self.image_folder))}">'
                f'<source src="/uploads/video/{item.number}.mp4" type="video/mp4"></video></div>'
                f'<div class="dn-video__desc"><p>{esc(item.paragraphs[0])}</p></div>'
            )
        elif item.kind == "photo":
            photos = "".join(
                self.figure(item, n, image["caption"]) for n, image in enumerate(item.images)
            )
            content = (
                f'<div class="dn-photo__intro"><p>{esc(item.paragraphs[0])}</p></div>'
                f'<div class="dn-photo__gallery">{photos}</div>'
            )
        else:
            content = (
                '<div class="dn-infographic"><img class="lazy" '
                f'src="{PLACEHOLDER}" data-src="{esc(image_path(item, 0, self.image_folder))}" '
                f'alt="{esc(item.title)}" width="800" height="4200"></div>'
            )
        more = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.listed(section)
            if it is not item
        )
        main = f"""<article class="dn-media dn-media--{item.kind}">
<h1 class="dn-media__title">{esc(item.title)}</h1>
{self.meta_line(item, request)}
{content}
</article>
<section class="dn-related"><h2 class="dn-related__title">{esc(section.name)} khác</h2>
<ul>{more}</ul></section>"""
        crumbs = self.crumbs((section.name, self.listing_path(section)))
        return self.frame(item.title, main, request, crumbs)

    def print_html(self, item: Item) -> str:
        body = "".join(f"<p>{esc(p)}</p>" for p in item.body(0))
        author = f"<p><strong>{esc(item.author)}</strong></p>" if item.author else ""
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(item.title)}</title>
<meta name="robots" content="noindex"></head>
<body class="dn-print" onload="window.print()">
<p>{esc(self.portal.name)}</p>
<h1>{esc(item.title)}</h1><p>{dmy(item.published)} {item.published:%H:%M}</p>
{body}{author}
</body></html>
"""

    def error_html(self, status: int) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Lỗi {status}</title></head>
<body class="dn-error"><h1>{status}</h1><p>Trang bạn tìm không tồn tại hoặc đã được gỡ bỏ.</p>
<p><a href="/">Về trang chủ</a></p></body></html>
"""
