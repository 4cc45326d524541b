"""Home-grown PHP portal with cross-posted articles (thachlinh).

URL shapes:
- home ``/`` (``/index.html`` is the same page);
- general listing ``/tin-tuc.html?page=N``; section ``/tin-tuc/<section-slug>.html?page=N``
  (query-style, 1-based, a numbered window with "Đầu"/"Cuối");
- article ``/tin-tuc/<section-slug>/<id>-<slug>.html``. About a quarter of the articles are
  cross-posted by the editors into a second section: the copy has its own id and URL, the same
  title, date and text; only the breadcrumb, section name and related list differ;
- "Tin vắn" ``/tin-tuc/tin-van.html?page=N``: ten short news items shown in full inline, with no
  detail page (not articles of the archive).
Title ``h1.tieude-tin``; date "Thứ năm: 08:25 ngày 05/01/2023" in ``span.ngay-dang``; body
``div#noidung-tin`` with ``p`` paragraphs, photos in ``table.anh-tin`` with a caption cell; the
author alone in bold on the last line (``p.tacgia``); a source line "Theo …" after it.
Hazards: cross-post aliases, the inline "Tin vắn" page, ``?ref=trangchu`` on home-page links,
a ``javascript:`` print link and a view counter in the title area.
"""

from __future__ import annotations

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    dmy,
    esc,
    image_path,
    page_number,
    pager_numbers,
    poll,
    reuse_notice,
    slugify,
    stable_int,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
    with_param,
)

NEWS = "/tin-tuc.html"
SHORT_NEWS = "/tin-tuc/tin-van.html"
COPY_OFFSET = 60_000
SHORT_PER_PAGE = 10
SHORT_PAGES = 2

_PLACES = ("Thạch Lĩnh", "Đồng Lư", "Khe Mây", "Bến Sỏi", "Nà Pheo", "Phú Cốc", "Suối Ngang")
_TOPICS = (
    ("Khai trương điểm hỗ trợ thủ tục hành chính tại", "Người dân được cán bộ hướng dẫn nộp hồ sơ"),
    ("Tập huấn sử dụng chữ ký số cho cán bộ", "Lớp học kéo dài hai ngày"),
    ("Ra quân phát động thanh toán không dùng tiền mặt ở", "Nhiều tiểu thương đã mở tài khoản"),
    ("Lắp đặt camera giám sát giao thông tại", "Hệ thống được kết nối về trung tâm điều hành"),
    ("Hội nghị giao ban công tác cải cách hành chính ở", "Các đơn vị báo cáo kết quả tháng"),
)


def short_news(page: int) -> list[tuple[str, str, list[str]]]:
    """The inline "Tin vắn" items of ``page``: (title, date text, sentences); not gold articles.

    >>> len(short_news(1)), short_news(1) == short_news(1)
    (10, True)
    """
    items = []
    for index in range(SHORT_PER_PAGE):
        n = (page - 1) * SHORT_PER_PAGE + index
        head, first = _TOPICS[n % len(_TOPICS)]
        place = _PLACES[(n * 3) % len(_PLACES)]
        day = 28 - (n % 27)
        sentences = [
            f"{first} tại {place}, số liệu được tổng hợp vào cuối tuần.",
            f"Đơn vị phụ trách cho biết sẽ tiếp tục triển khai trong quý tới ở {n % 9 + 2} xã.",
        ]
        if n % 2:
            sentences.append("Kinh phí thực hiện lấy từ nguồn ngân sách địa phương.")
        items.append((f"{head} {place}", f"{day:02d}/11/2024", sentences))
    return items


class CrossPostSite(CmsSite):
    family_headers = {"Server": "Apache/2.4.41 (Ubuntu)", "X-Powered-By": "PHP/7.2.24"}
    number_base = 24_000
    number_stride = 5
    image_folder = "/upload/tintuc"

    # -- cross-posting

    def copy_section(self, item: Item) -> Section | None:
        """The second section an item is cross-posted into, or None (about one in four)."""
        if item.kind != "article" or stable_int(item.key + "copy", 0, 3) != 0:
            return None
        others = [s for s in self.sections.values() if s != item.section]
        return others[stable_int(item.key + "where", 0, len(others) - 1)] if others else None

    def entries(self, section: Section | None) -> list[tuple[Item, Section, int]]:
        """Listing entries (item, section shown, id) of a section or of the general listing."""
        out = []
        for it in self.items:
            copy = self.copy_section(it)
            if self.is_news(section) or it.section == section:
                out.append((it, it.section, it.number))
            if copy and (self.is_news(section) or copy == section):
                out.append((it, copy, it.number + COPY_OFFSET))
        return out

    # -- URLs

    def entry_path(self, item: Item, section: Section, ident: int) -> str:
        return f"/tin-tuc/{section.slug}/{ident}-{slugify(item.title, max_len=70)}.html"

    def article_path(self, item: Item) -> str:
        return self.entry_path(item, item.section, item.number)

    def article_aliases(self, item: Item) -> list[str]:
        copy = self.copy_section(item)
        return [self.entry_path(item, copy, item.number + COPY_OFFSET)] if copy else []

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = NEWS if self.is_news(section) else f"/tin-tuc/{section.slug}.html"
        return base if page == 1 else f"{base}?page={page}"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        page = page_number(request.params.get("page"))
        if path in ("/", "/index.html"):
            return self.html_response(self.home_html(request))
        if path == NEWS:
            return self.listing_response(None, page, request)
        if path == SHORT_NEWS:
            if page > SHORT_PAGES:
                return None
            return self.html_response(self.short_html(page, request))
        parts = path.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "tin-tuc" and parts[1].endswith(".html"):
            section = self.section_by_slug(parts[1][:-5])
            return self.listing_response(section, page, request) if section else None
        if len(parts) == 3 and parts[0] == "tin-tuc" and parts[2].endswith(".html"):
            head = parts[2].split("-", 1)[0]
            if not head.isdigit():
                return None
            ident = int(head)
            item = self.by_number.get(ident if ident < COPY_OFFSET else ident - COPY_OFFSET)
            if item is None:
                return None
            section = item.section if ident < COPY_OFFSET else self.copy_section(item)
            if section is None or section.slug != parts[1]:
                return None
            return self.article_response(item, self._with_section(request, section, ident))
        return None

    def _with_section(self, request: Request, section: Section, ident: int) -> Request:
        params = dict(request.params, _section=section.slug, _id=str(ident))
        return Request(request.path, params, request.revision, request.seed, request.base_url)

    def listing_response(self, section: Section | None, page: int, request: Request):
        entries = self.entries(section)
        size = self.portal.page_size
        pages = max(1, -(-len(entries) // size))
        if page > pages:
            return None
        shown = entries[(page - 1) * size : page * size]
        return self.html_response(
            self.listing_html(section or self.news, shown, page, pages, request)
        )

    # -- frame

    def frame(self, title: str, main: str, seed: str, crumbs: list[tuple[str, str]]) -> str:
        portal = self.portal
        menu = "".join(
            f'<li class="menu-item"><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = "".join(
            f' <span class="sep">»</span> <a href="{esc(h)}">{esc(label)}</a>'
            for h, label in crumbs
        )
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        answers = "".join(
            f'<div><input type="radio" name="binhchon" value="{i}"> {esc(o)}</div>'
            for i, o in enumerate(options)
        )
        hot = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(6)
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - {esc(portal.name)}</title>
<link rel="stylesheet" type="text/css" href="/giaodien/css/style.css" />
<script type="text/javascript" src="/giaodien/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div id="wrapper">
<div id="top-bar"><span class="ngay-hom-nay">{esc(portal.province)}</span> | <a href="/lien-he.html">Liên hệ</a> | <a href="/so-do-site.html">Sơ đồ site</a></div>
<div id="banner"><a href="/"><img src="/giaodien/images/banner-thachlinh.jpg" alt="{esc(portal.name)}" /></a></div>
<div id="menu-ngang"><ul class="menu-chinh"><li class="menu-item"><a href="/">Trang chủ</a></li>
<li class="menu-item"><a href="{NEWS}">{esc(self.news.name)}</a></li>{menu}
<li class="menu-item"><a href="{SHORT_NEWS}">Tin vắn</a></li>
<li class="menu-item"><a href="http://dichvucong.{esc(portal.domain)}/">Dịch vụ công</a></li></ul>
<form id="frm-timkiem" action="/tim-kiem.html" method="get"><input type="text" name="tukhoa" value="Tìm kiếm..." /></form></div>
<div id="duong-dan"><a href="/">Trang chủ</a>{crumb}</div>
<div id="noi-dung-chinh">
<div id="cot-trai">
{main}
</div>
<div id="cot-phai">
<div class="khoi-phai"><div class="tieude-khoi">Tin nổi bật</div><ul class="ds-tin-noibat">{hot}</ul></div>
<div class="khoi-phai tthc"><div class="tieude-khoi">Kết quả giải quyết TTHC</div>
<p>Tháng {stats["month"]}: đã giải quyết <b>{thousands(stats["total"])}</b> hồ sơ, đúng hạn <b>{stats["percent"]}%</b>, trễ hạn <b>{stats["late"]}</b>.</p></div>
<div class="khoi-phai"><div class="tieude-khoi">Liên kết website</div>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="http://chinhphu.vn">Cổng TTĐT Chính phủ</option><option value="http://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option></select>
<a href="http://dichvucong.gov.vn"><img src="/giaodien/images/banner-dvc.png" alt="Dịch vụ công trực tuyến" /></a></div>
<div class="khoi-phai binhchon"><div class="tieude-khoi">Thăm dò ý kiến</div><p>{esc(question)}</p>{answers}
<a href="javascript:void(0)" onclick="guiBinhChon()">Biểu quyết</a> <a href="javascript:void(0)" onclick="xemKetQua()">Xem kết quả</a></div>
<div class="khoi-phai thongke"><div class="tieude-khoi">Thống kê truy cập</div>
<p>Đang trực tuyến: {thousands(visits["online"])}</p><p>Hôm nay: {thousands(visits["today"])}</p><p>Tháng này: {thousands(visits["month"])}</p><p>Tổng lượt truy cập: {thousands(visits["total"])}</p></div>
</div>
</div>
<div id="chan-trang">
<p class="ten-cong"><b>{esc(portal.name.upper())}</b></p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}</p>
<p>{esc(reuse_notice(portal))}</p>
</div>
</div>
</body>
</html>
"""

    def date_text(self, item: Item) -> str:
        moment = item.published
        return f"{weekday(moment, lower=True)}: {moment:%H:%M} ngày {dmy(moment)}"

    def home_html(self, request: Request) -> str:
        blocks = []
        for section in self.sections.values():
            entries = self.entries(section)[:4]
            rows = "".join(
                f'<li><a href="{esc(with_param(self.entry_path(it, s, n), "ref=trangchu"))}">'
                f'{esc(it.title)}</a> <span class="ngay">({dmy(it.published)})</span></li>'
                for it, s, n in entries
            )
            blocks.append(
                f'<div class="khoi-chuyenmuc"><h2><a href="{esc(self.listing_path(section))}">'
                f"{esc(section.name)}</a></h2><ul>{rows}</ul></div>"
            )
        main = '<div class="trang-chu">' + "".join(blocks) + "</div>"
        return self.frame("Trang chủ", main, request.seed, [])

    def pager(self, base: str, page: int, pages: int) -> str:
        def href(n: int) -> str:
            return base if n == 1 else f"{base}?page={n}"

        links = [f'<a class="dau" href="{href(1)}">Đầu</a>']
        links += pager_numbers(
            page,
            pages,
            lambda n: f'<a href="{href(n)}">{n}</a>',
            current='<span class="hientai">{n}</span>',
            gap="<span>...</span>",
        )
        links.append(f'<a class="cuoi" href="{href(pages)}">Cuối</a>')
        return '<div class="phantrang">' + " ".join(links) + "</div>"

    def listing_html(self, section: Section, entries, page: int, pages: int, request) -> str:
        rows = []
        for it, shown, ident in entries:
            path = self.entry_path(it, shown, ident)
            thumb = image_path(it, 0, self.image_folder)
            rows.append(
                f'<div class="tin-ds"><a href="{esc(path)}"><img class="anh-dd" src="{thumb}" alt="" /></a>'
                f'<h3><a href="{esc(path)}">{esc(it.title)}</a></h3>'
                f'<span class="ngay">({dmy(it.published)})</span>'
                f'<p class="tomtat">{esc(it.sapo())}</p></div>'
            )
        base = self.listing_path(section)
        main = (
            f'<h1 class="tieude-chuyenmuc">{esc(section.name)}</h1>'
            + "".join(rows)
            + self.pager(base, page, pages)
        )
        crumbs = [(NEWS, self.news.name)]
        if section != self.news:
            crumbs.append((base, section.name))
        return self.frame(section.name, main, request.seed, crumbs)

    def short_html(self, page: int, request: Request) -> str:
        rows = "".join(
            f'<div class="tinvan-muc"><h3 class="tinvan-tieude">{esc(title)}</h3>'
            f'<span class="ngay">({date})</span><div class="tinvan-noidung">'
            + "".join(f"<p>{esc(s)}</p>" for s in sentences)
            + "</div></div>"
            for title, date, sentences in short_news(page)
        )
        main = (
            '<h1 class="tieude-chuyenmuc">Tin vắn</h1>'
            + rows
            + self.pager(SHORT_NEWS, page, SHORT_PAGES)
        )
        return self.frame("Tin vắn", main, request.seed, [(SHORT_NEWS, "Tin vắn")])

    def article_html(self, item: Item, request: Request) -> str:
        section = self.section_by_slug(request.params.get("_section", item.section.slug))
        section = section or item.section
        ident = int(request.params.get("_id", item.number))
        revision = request.revision
        parts = []
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    '<table class="anh-tin" align="center"><tr><td>'
                    f'<img src="{image_path(item, index, self.image_folder)}" alt="" /></td></tr>'
                    f'<tr><td class="chuthich-anh"><em>{esc(caption)}</em></td></tr></table>'
                )
        if item.author:
            parts.append(
                f'<p class="tacgia" style="text-align: right;"><strong>{esc(item.author)}</strong></p>'
            )
        if item.source:
            parts.append(
                f'<p class="nguon-tin" style="text-align: right;"><em>Theo {esc(item.source)}</em></p>'
            )
        related = [
            (it, s, n)
            for it, s, n in self.entries(section)
            if it is not item and it.kind == "article"
        ][:6]
        rel = "".join(
            f'<li><a href="{esc(self.entry_path(it, s, n))}">{esc(it.title)}</a> '
            f'<span class="ngay">({dmy(it.published)})</span></li>'
            for it, s, n in related
        )
        main = f"""<div class="chitiet-tin">
<div class="chuyenmuc-tin"><a href="{esc(self.listing_path(section))}">{esc(section.name)}</a></div>
<h1 class="tieude-tin">{esc(item.title)}</h1>
<div class="thongtin-tin"><span class="ngay-dang">{self.date_text(item)}</span> | <span class="luot-xem">Lượt xem: {thousands(view_count(f"{ident}"))}</span>
| <a href="javascript:window.print()" class="in-bai">In bài viết</a> | <a href="javascript:guiEmail({ident})">Gửi email</a></div>
<div id="noidung-tin">
{"".join(parts)}
</div>
<div class="chiase">Chia sẻ: <a href="https://www.facebook.com/sharer/sharer.php?u={esc(request.base_url + request.path)}">Facebook</a> <a href="https://zalo.me/share?u={esc(request.base_url + request.path)}">Zalo</a></div>
<div class="tin-lienquan"><div class="tieude-khoi">Các tin khác</div><ul>{rel}</ul></div>
</div>"""
        crumbs = [(NEWS, self.news.name), (self.listing_path(section), section.name)]
        return self.frame(item.title, main, request.seed, crumbs)

    def error_html(self, status: int) -> str:
        message = (
            "Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ." if status == 404 else "Lỗi hệ thống."
        )
        main = f'<div class="thongbao-loi"><h1>Thông báo</h1><p>{message}</p><p><a href="/">Quay về trang chủ</a></p></div>'
        return self.frame("Thông báo", main, f"err{status}", [])

    def robots_txt(self, request: Request) -> str:
        return "User-agent: *\nDisallow: /quantri/\nDisallow: /tim-kiem.html\n"
