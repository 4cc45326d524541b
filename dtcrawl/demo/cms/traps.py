"""A provincial portal on a custom ASP.NET CMS full of crawler traps (portal ``phonglac``).

Many provincial portals run on a home-grown .NET CMS sold by a local IT company: friendly URLs
rewritten to ``.html``, a Bootstrap 3 theme, ``ContentPlaceHolder1_…`` ids left over from
WebForms, and a sidebar of widgets that each open an endless space of URLs. This family serves
normal news sections with a windowed pager and, around them, the traps such portals really have:

- an events calendar on every page (``/su-kien?thang=11&nam=2024``), whose "Tháng trước" /
  "Tháng sau" links go on forever (every month answers 200) and whose day cells link to day
  pages ``/su-kien?ngay=2024-11-05`` (that day's articles; empty for most days);
- a tag cloud on every page (``/tag/<tag>``, paged) and tags under each article;
- search links in "Từ khóa nổi bật" (``/tim-kiem?q=…``, paged);
- ASP.NET cookieless session ids in some links (``/(S(<24 chars>))/tin-tuc/…``), different on
  every page; a page fetched under a session id carries that id in all its links;
- sort/view/page-size variants of every listing (``?sort=asc|desc``, ``?view=grid|list``,
  ``?pagesize=10|20|50``), kept by the pager links;
- a "Văn bản" section of legal documents (not news): ``/van-ban`` (paged, ``?loai=`` filters),
  ``/van-ban/chi-tiet/<id>`` (số hiệu, trích yếu, ngày ban hành, người ký, PDF attachment);
- a print page ``/in-tin?id=<n>`` and a "gửi email" form ``/gui-email?id=<n>`` per article;
- ``javascript:`` font-size links and an ``og:url``, but no canonical link.

URL shapes: home ``/``; news ``/tin-tuc`` and topics ``/tin-tuc/<topic-slug>``, page N as
``?page=N`` (one-based); article ``/tin-tuc/<topic-slug>/<title-slug>-<id>.html`` (any slug with
the right id serves the article).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlencode

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    esc,
    image_path,
    page_number,
    pager_window,
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
from dtcrawl.text import fold

NEWS = "/tin-tuc"
EVENTS = "/su-kien"
SEARCH = "/tim-kiem"
DOCS = "/van-ban"
PRINT = "/in-tin"
EMAIL = "/gui-email"
PAGE_SIZES = (10, 20, 50)
DOC_PAGE_SIZE = 15
DOC_COUNT = 60
SESSION = re.compile(r"^/\(S\(([a-z0-5]{24})\)\)(/.*)$")
ARTICLE = re.compile(r"^/tin-tuc/[a-z0-9-]+/[a-z0-9-]*?-?(\d+)\.html$")
TAGS = (
    "chuyển đổi số",
    "chính quyền số",
    "kinh tế số",
    "xã hội số",
    "dịch vụ công trực tuyến",
    "chữ ký số",
    "dữ liệu số",
    "an toàn thông tin",
    "nền tảng số",
    "Đề án 06",
    "công dân số",
    "thanh toán không dùng tiền mặt",
)
HOT_KEYWORDS = (
    "chuyển đổi số",
    "dịch vụ công trực tuyến",
    "VNeID",
    "chữ ký số",
    "an toàn thông tin",
    "kinh tế số",
)
MONTHS_VI = "Tháng {m}/{y}"
PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def detail_date(moment: datetime) -> str:
    """The date line of an article page ("Thứ hai - 11/11/2024 04:09").

    >>> detail_date(datetime(2024, 11, 11, 4, 9))
    'Thứ hai - 11/11/2024 04:09'
    """
    return f"{weekday(moment, lower=True)} - {moment:%d/%m/%Y %H:%M}"


def listing_date(moment: datetime) -> str:
    """The date shown next to a title in listings ("(29/06/2024, 14:49)").

    >>> listing_date(datetime(2024, 6, 29, 14, 49))
    '(29/06/2024, 14:49)'
    """
    return f"({moment:%d/%m/%Y, %H:%M})"


def month_step(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) ``delta`` months away; the calendar never stops at any year.

    >>> month_step(2024, 1, -1), month_step(2024, 12, 1)
    ((2023, 12), (2025, 1))
    """
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def article_tags(key: str) -> list[str]:
    """The two or three tags an article is filed under (drawn from its key).

    >>> article_tags("x-1") == article_tags("x-1") and 2 <= len(article_tags("x-1")) <= 3
    True
    """
    count = stable_int(key + "ntags", 2, 3)
    first = stable_int(key + "tag", 0, len(TAGS) - 1)
    step = stable_int(key + "tagstep", 1, 5)
    return list(dict.fromkeys(TAGS[(first + i * step) % len(TAGS)] for i in range(count)))


def session_token(seed: str) -> str:
    """The 24-character ASP.NET cookieless session id a page hands out in its links.

    >>> len(session_token("phonglac:/")), session_token("a") == session_token("a")
    (24, True)
    """
    return stable_token(seed + "sid", 24, "abcdefghijklmnopqrstuvwxyz012345")


@dataclass(frozen=True)
class LegalDoc:
    """One legal document of the "Văn bản" section."""

    id: int
    number: str
    kind: str
    kind_code: str
    summary: str
    issued: date
    signer: str
    file: str


DOC_KINDS = (
    ("QD", "QĐ", "Quyết định"),
    ("KH", "KH", "Kế hoạch"),
    ("TB", "TB", "Thông báo"),
    ("CT", "CT", "Chỉ thị"),
    ("CV", "", "Công văn"),
)
DOC_SUBJECTS = (
    "triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực điện tử",
    "ban hành Danh mục dịch vụ công trực tuyến toàn trình trên địa bàn tỉnh",
    "kiện toàn Tổ công nghệ số cộng đồng tại các xã, phường",
    "bảo đảm an toàn thông tin mạng trong các cơ quan nhà nước",
    "chuyển đổi số tỉnh Phong Lạc năm {year}",
    "đẩy mạnh thanh toán không dùng tiền mặt trong thu phí, lệ phí",
    "tăng cường sử dụng chữ ký số trong gửi nhận văn bản điện tử",
    "tổ chức các hoạt động hưởng ứng Ngày Chuyển đổi số quốc gia 10/10",
    "phê duyệt kiến trúc chính quyền điện tử tỉnh phiên bản 3.0",
    "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
    "vận hành Trung tâm giám sát, điều hành thông minh (IOC) cấp tỉnh",
    "quy chế quản lý, vận hành hệ thống họp trực tuyến",
)
SIGNERS = ("Hồ Văn Phúc", "Lâm Thị Ngọc Diệp", "Tống Đức Huy")


def legal_documents(count: int = DOC_COUNT) -> list[LegalDoc]:
    """The portal's legal documents, newest first (deterministic).

    >>> docs = legal_documents(3)
    >>> len(docs), docs[0].issued >= docs[-1].issued
    (3, True)
    """
    docs = []
    for i in range(count):
        code, short, kind = DOC_KINDS[stable_int(f"doc{i}kind", 0, len(DOC_KINDS) - 1)]
        year = 2021 + i * 4 // count
        issued = date(year, stable_int(f"doc{i}m", 1, 12), stable_int(f"doc{i}d", 1, 28))
        serial = stable_int(f"doc{i}n", 12, 4800)
        if code == "CV":
            number = f"{serial}/UBND-{('KGVX', 'KT', 'NC', 'TH')[i % 4]}"
        elif code == "QD" and i % 3 == 0:
            number = f"{stable_int(f'doc{i}q', 1, 60)}/{year}/QĐ-UBND"
        else:
            number = f"{serial}/{short}-UBND"
        subject = DOC_SUBJECTS[stable_int(f"doc{i}s", 0, len(DOC_SUBJECTS) - 1)]
        summary = f"{kind} về việc {subject.format(year=year)}"
        docs.append(
            LegalDoc(
                id=2100 + i * 3,
                number=number,
                kind=kind,
                kind_code=code,
                summary=summary,
                issued=issued,
                signer=SIGNERS[i % len(SIGNERS)],
                file=f"/Upload/VanBan/{year}/{slugify(number)}.pdf",
            )
        )
    docs.sort(key=lambda d: (d.issued, d.id), reverse=True)
    return docs


@dataclass(frozen=True)
class Ctx:
    """One request as the templates see it: the request, its session id, its page seed."""

    request: Request
    sid: str | None

    @property
    def seed(self) -> str:
        return self.request.seed


class TrapsSite(CmsSite):
    """The trap-laden custom .NET portal (see the module docstring for its URL shapes)."""

    number_base = 52_300
    number_stride = 11
    image_folder = "/Upload/Images/TinTuc"
    family_headers = {
        "Server": "Microsoft-IIS/10.0",
        "X-Powered-By": "ASP.NET",
        "X-AspNet-Version": "4.0.30319",
    }

    def __init__(self, portal, articles):
        super().__init__(portal, articles)
        self.docs = legal_documents()
        self.doc_by_id = {d.id: d for d in self.docs}
        self.tags_of = {it.key: article_tags(it.key) for it in self.items}
        self.by_tag: dict[str, list[Item]] = {slugify(t): [] for t in TAGS}
        for it in self.items:
            if it.kind == "article":
                for tag in self.tags_of[it.key]:
                    self.by_tag[slugify(tag)].append(it)
        newest = self.items[0].published if self.items else datetime(2024, 1, 1)
        self.today = newest.date()

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"{NEWS}/{item.section.slug}/{slugify(item.title, max_len=80)}-{item.number}.html"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = NEWS if self.is_news(section) else f"{NEWS}/{section.slug}"
        return base if page == 1 else f"{base}?page={page}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: f"{PRINT}?id={it.number}" for it in self.items if it.kind == "article"}

    def href(self, path: str, ctx: Ctx, salt: str = "") -> str:
        """``path`` as linked from the page of ``ctx``: under the page's session id if it has
        one, else under a fresh one for about one link in five (the page's own token)."""
        if ctx.sid:
            return f"/(S({ctx.sid})){path}"
        if salt and stable_int(ctx.seed + salt + path, 0, 4) == 0:
            return f"/(S({session_token(ctx.seed)})){path}"
        return path

    def link(self, item: Item, ctx: Ctx) -> str:
        return self.href(self.article_path(item), ctx, salt="a")

    # -- routing

    def route(self, request: Request) -> Response | None:
        sid = None
        match = SESSION.match(request.path)
        if match:
            sid = match.group(1)
            request = Request(
                match.group(2), request.params, request.revision, request.seed, request.base_url
            )
        ctx = Ctx(request, sid)
        path = request.path.rstrip("/") or "/"
        params = request.params
        if path in ("/", "/trang-chu", "/Default.aspx"):
            return self.html_response(self.home_html(ctx))
        if path.startswith("/Upload/VanBan/") and path.endswith(".pdf"):
            if any(d.file == path for d in self.docs):
                return Response(200, {"Content-Type": "application/pdf"}, PDF_BYTES)
            return None
        article = ARTICLE.match(path)
        if article:
            item = self.by_number.get(int(article.group(1)))
            return self.article_response(item, request) if item else None
        if path == NEWS:
            return self.listing_response(None, ctx)
        if path.startswith(NEWS + "/") and path.count("/") == 2:
            section = self.section_by_slug(path.rsplit("/", 1)[1])
            return self.listing_response(section, ctx) if section else None
        if path.startswith("/tag/") and path.count("/") == 2:
            slug = path.rsplit("/", 1)[1]
            return self.tag_response(slug, ctx) if slug in self.by_tag else None
        if path == SEARCH:
            return self.search_response(ctx)
        if path == EVENTS:
            return self.events_response(ctx)
        if path == DOCS:
            return self.docs_response(ctx)
        if path.startswith(DOCS + "/chi-tiet/"):
            ident = path.rsplit("/", 1)[1]
            doc = self.doc_by_id.get(int(ident)) if ident.isdigit() else None
            return self.html_response(self.doc_html(doc, ctx)) if doc else None
        if path in (PRINT, EMAIL):
            ident = params.get("id", "")
            item = self.by_number.get(int(ident)) if ident.isdigit() else None
            if not item or item.kind != "article":
                return None
            markup = self.print_html(item, ctx) if path == PRINT else self.email_html(item, ctx)
            return self.html_response(markup)
        return None

    def article_html(self, item: Item, request: Request) -> str:
        # The request reaching here has the session segment stripped; its seed keeps the
        # path as asked for, so the page's links carry the same session id.
        match = SESSION.match(request.seed.split(":", 1)[1])
        return self.article_page(item, Ctx(request, match.group(1) if match else None))

    # -- listing state (sort / view / page size / page)

    @staticmethod
    def listing_state(params: dict[str, str]) -> dict[str, str]:
        """The listing options of a request that its links keep (defaults left out)."""
        state = {}
        if params.get("sort") in ("asc", "desc"):
            state["sort"] = params["sort"]
        if params.get("view") in ("grid", "list"):
            state["view"] = params["view"]
        if params.get("pagesize", "").isdigit() and int(params["pagesize"]) in PAGE_SIZES:
            state["pagesize"] = params["pagesize"]
        return state

    @staticmethod
    def with_query(base: str, query: dict[str, str | int]) -> str:
        return f"{base}?{urlencode(query)}" if query else base

    def paged(
        self, items: list[Item], ctx: Ctx
    ) -> tuple[list[Item], int, int, dict[str, str]] | None:
        """Sort and cut ``items`` as the request asks; None when the page is past the end."""
        state = self.listing_state(ctx.request.params)
        ordered = list(reversed(items)) if state.get("sort") == "asc" else items
        size = int(state.get("pagesize", PAGE_SIZES[0]))
        page = page_number(ctx.request.params.get("page"))
        pages = max(1, -(-len(ordered) // size))
        if page > pages:
            return None
        return ordered[(page - 1) * size : page * size], page, pages, state

    def listing_response(self, section: Section | None, ctx: Ctx) -> Response | None:
        cut = self.paged(self.listed(section), ctx)
        if cut is None:
            return None
        shown = section or self.news
        base = self.listing_path(section)
        crumbs = [(self.news.name, NEWS)] + ([] if self.is_news(section) else [(shown.name, base)])
        main = self.listing_block(shown.name, base, *cut, ctx)
        return self.html_response(self.frame(shown.name, main, ctx, crumbs, active=shown.name))

    def tag_response(self, slug: str, ctx: Ctx) -> Response | None:
        cut = self.paged(self.by_tag[slug], ctx)
        if cut is None:
            return None
        tag = next(t for t in TAGS if slugify(t) == slug)
        base = f"/tag/{slug}"
        main = self.listing_block(f"Tag: {tag}", base, *cut, ctx)
        return self.html_response(self.frame(tag, main, ctx, [("Tag", base), (tag, base)]))

    def search_response(self, ctx: Ctx) -> Response | None:
        query = ctx.request.params.get("q", "")
        words = fold(query).split()
        hits = [
            it
            for it in self.items
            if it.kind == "article"
            and all(w in fold(it.title + " " + " ".join(self.tags_of[it.key])) for w in words)
        ]
        cut = self.paged(hits, ctx)
        if cut is None:
            return None
        items, page, pages, state = cut
        base = SEARCH
        state = {"q": query, **state}
        title = f"Kết quả tìm kiếm cho “{query}”"
        main = (
            f'<form class="form-search-page" action="{SEARCH}" method="get">'
            f'<input type="text" name="q" value="{esc(query)}" class="form-control">'
            '<button type="submit" class="btn btn-primary">Tìm kiếm</button></form>'
            f'<p class="search-count">Tìm thấy {len(hits)} kết quả</p>'
        ) + self.listing_block(title, base, items, page, pages, state, ctx)
        return self.html_response(self.frame("Tìm kiếm", main, ctx, [("Tìm kiếm", SEARCH)]))

    # -- events calendar

    def calendar_month(self, params: dict[str, str]) -> tuple[int, int]:
        """The month a calendar request shows (any year answers; junk gives the default)."""
        try:
            month, year = int(params.get("thang", "")), int(params.get("nam", ""))
        except ValueError:
            return self.today.year, self.today.month
        if 1 <= month <= 12 and 1 <= year <= 9998:
            return year, month
        return self.today.year, self.today.month

    def day_items(self, day: date) -> list[Item]:
        return [it for it in self.items if it.kind == "article" and it.published.date() == day]

    def events_response(self, ctx: Ctx) -> Response | None:
        params = ctx.request.params
        if "ngay" in params:
            try:
                day = date.fromisoformat(params["ngay"])
            except ValueError:
                return None
            items = self.day_items(day)
            if items:
                rows = "".join(self.list_item(it, ctx) for it in items)
                inner = f'<div class="list-news">{rows}</div>'
            else:
                inner = '<p class="no-data">Không có tin bài nào trong ngày này.</p>'
            title = f"Tin bài ngày {day:%d/%m/%Y}"
            main = (
                f'<div class="box-title"><h1>{esc(title)}</h1></div>{inner}'
                f'<p><a href="{self.href(self.month_url(day.year, day.month), ctx)}">'
                f"« Về lịch tháng {day.month}/{day.year}</a></p>"
            )
            crumbs = [("Lịch sự kiện", EVENTS), (f"{day:%d/%m/%Y}", EVENTS)]
            return self.html_response(self.frame(title, main, ctx, crumbs, month=day))
        year, month = self.calendar_month(params)
        count = sum(
            1
            for it in self.items
            if it.kind == "article" and (it.published.year, it.published.month) == (year, month)
        )
        title = f"Lịch sự kiện {MONTHS_VI.format(m=month, y=year)}"
        main = (
            f'<div class="box-title"><h1>{esc(title)}</h1></div>'
            f'<p class="event-count">Có {count} tin bài trong tháng.</p>'
            + self.calendar_table(year, month, ctx, big=True)
        )
        crumbs = [("Lịch sự kiện", EVENTS)]
        return self.html_response(self.frame(title, main, ctx, crumbs, month=date(year, month, 1)))

    @staticmethod
    def month_url(year: int, month: int) -> str:
        return f"{EVENTS}?thang={month}&nam={year}"

    def calendar_table(self, year: int, month: int, ctx: Ctx, big: bool = False) -> str:
        """The month grid with its "‹ Tháng trước | Tháng sau ›" links and a link per day."""
        prev_y, prev_m = month_step(year, month, -1)
        next_y, next_m = month_step(year, month, 1)
        has = {
            it.published.day
            for it in self.items
            if it.kind == "article" and (it.published.year, it.published.month) == (year, month)
        }
        head = "".join(f"<th>{d}</th>" for d in ("T2", "T3", "T4", "T5", "T6", "T7", "CN"))
        rows = []
        for week in calendar.Calendar().monthdayscalendar(year, month):
            cells = []
            for day in week:
                if not day:
                    cells.append('<td class="day-empty">&nbsp;</td>')
                    continue
                css = "day has-event" if day in has else "day"
                url = self.href(f"{EVENTS}?ngay={date(year, month, day).isoformat()}", ctx)
                cells.append(f'<td class="{css}"><a href="{esc(url)}">{day}</a></td>')
            rows.append(f"<tr>{''.join(cells)}</tr>")
        css = "calendar-big" if big else "calendar-mini"
        return (
            f'<div class="event-calendar {css}" id="ContentPlaceHolder1_ucLich_pnlLich">'
            '<div class="calendar-nav">'
            f'<a class="prev-month" href="{esc(self.href(self.month_url(prev_y, prev_m), ctx))}">'
            "‹ Tháng trước</a> | "
            f'<span class="cur-month">{MONTHS_VI.format(m=month, y=year)}</span> | '
            f'<a class="next-month" href="{esc(self.href(self.month_url(next_y, next_m), ctx))}">'
            "Tháng sau ›</a></div>"
            f'<table class="table-calendar"><thead><tr>{head}</tr></thead>'
            f"<tbody>{''.join(rows)}</tbody></table></div>"
        )

    # -- documents

    def docs_response(self, ctx: Ctx) -> Response | None:
        params = ctx.request.params
        kind = params.get("loai", "")
        docs = [d for d in self.docs if not kind or d.kind_code == kind]
        page = page_number(params.get("page"))
        pages = max(1, -(-len(docs) // DOC_PAGE_SIZE))
        if page > pages:
            return None
        shown = docs[(page - 1) * DOC_PAGE_SIZE : page * DOC_PAGE_SIZE]
        rows = "".join(
            f"<tr><td>{(page - 1) * DOC_PAGE_SIZE + n}</td>"
            f'<td><a href="{esc(self.href(f"{DOCS}/chi-tiet/{d.id}", ctx, "d"))}">'
            f"{esc(d.number)}</a></td><td>{d.issued:%d/%m/%Y}</td>"
            f'<td class="trich-yeu">{esc(d.summary)}</td>'
            f'<td><a href="{esc(d.file)}" class="file-pdf" title="Tải về">'
            '<i class="fa fa-file-pdf-o"></i></a></td></tr>'
            for n, d in enumerate(shown, 1)
        )
        filters = " | ".join(
            f'<a href="{esc(self.href(f"{DOCS}?loai={code}", ctx))}">{name}</a>'
            for code, _, name in DOC_KINDS
        )
        query = {"loai": kind} if kind else {}
        main = (
            '<div class="box-title"><h1>Văn bản chỉ đạo điều hành</h1></div>'
            f'<div class="vb-filter">Loại văn bản: <a href="{DOCS}">Tất cả</a> | {filters}</div>'
            '<table class="table table-bordered table-vanban"><thead><tr><th>STT</th>'
            "<th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr>"
            f"</thead><tbody>{rows}</tbody></table>" + self.pager(DOCS, page, pages, query, ctx)
        )
        return self.html_response(self.frame("Văn bản", main, ctx, [("Văn bản", DOCS)]))

    def doc_html(self, doc: LegalDoc, ctx: Ctx) -> str:
        fields = (
            ("Số/Ký hiệu", esc(doc.number)),
            ("Loại văn bản", esc(doc.kind)),
            ("Cơ quan ban hành", f"Ủy ban nhân dân tỉnh {esc(self.portal.province)}"),
            ("Ngày ban hành", f"{doc.issued:%d/%m/%Y}"),
            ("Ngày hiệu lực", f"{doc.issued:%d/%m/%Y}"),
            ("Người ký", esc(doc.signer)),
            ("Trích yếu", esc(doc.summary)),
            (
                "File đính kèm",
                f'<a href="{esc(doc.file)}" class="file-pdf">{esc(doc.file.rsplit("/", 1)[1])}</a>',
            ),
        )
        rows = "".join(f'<tr><th class="w25">{k}</th><td>{v}</td></tr>' for k, v in fields)
        related = "".join(
            f'<li><a href="{esc(self.href(f"{DOCS}/chi-tiet/{d.id}", ctx, "d"))}">'
            f"{esc(d.number)}</a> - {esc(d.summary)}</li>"
            for d in self.docs
            if d.kind_code == doc.kind_code and d is not doc
        )
        main = (
            '<div class="box-title"><h1>Chi tiết văn bản</h1></div>'
            f'<table class="table table-bordered vanban-detail">{rows}</table>'
            '<div class="box-title"><h3>Văn bản cùng loại</h3></div>'
            f'<ul class="list-vanban">{related}</ul>'
        )
        return self.frame(doc.number, main, ctx, [("Văn bản", DOCS), (doc.number, DOCS)])

    # -- shared frame

    def frame(
        self,
        title: str,
        main: str,
        ctx: Ctx,
        crumbs: list[tuple[str, str]] | None = None,
        active: str = "",
        month: date | None = None,
        head_extra: str = "",
    ) -> str:
        portal = self.portal
        seed = ctx.seed
        menu = [("Trang chủ", "/"), (self.news.name, NEWS)]
        menu += [(s.name, self.listing_path(s)) for s in self.sections.values()]
        menu += [("Văn bản", DOCS), ("Lịch sự kiện", EVENTS)]
        menu_html = "".join(
            f'<li class="{"active" if name == active else ""}">'
            f'<a href="{esc(self.href(url, ctx))}">{esc(name)}</a></li>'
            for name, url in menu
        )
        crumb_html = ""
        if crumbs:
            crumb_html = (
                '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li>'
                + "".join(
                    f'<li><a href="{esc(self.href(u, ctx))}">{esc(n)}</a></li>' for n, u in crumbs
                )
                + "</ol>"
            )
        hot = " ".join(
            f'<a href="{esc(self.href(SEARCH + "?" + urlencode({"q": k}), ctx))}">{esc(k)}</a>'
            for k in HOT_KEYWORDS
        )
        shown_month = month or self.today
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {esc(portal.name)}</title>
<link href="/Content/bootstrap.min.css" rel="stylesheet">
<link href="/Content/font-awesome.min.css" rel="stylesheet">
<link href="/Themes/PhongLac/css/style.css?v=3.2.1" rel="stylesheet">
{head_extra}<script src="/Scripts/jquery-1.12.4.min.js"></script>
</head>
<body>
<form method="post" action="{esc(ctx.request.path)}" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUK{stable_token(seed + "vs", 40)}"></div>
<div id="top" class="top-bar"><div class="container">
<span class="today">{weekday(datetime.combine(self.today, datetime.min.time()))}, ngày {self.today:%d/%m/%Y}</span>
<span class="font-size">Cỡ chữ: <a href="javascript:void(0)" onclick="changeFont(-1)">A-</a>
<a href="javascript:void(0)" onclick="changeFont(0)">A</a>
<a href="javascript:void(0)" onclick="changeFont(1)">A+</a></span>
<a href="/Admin/Login.aspx" class="login">Đăng nhập</a>
</div></div>
<header class="header"><div class="container">
<a href="/" class="logo"><img src="/Themes/PhongLac/images/logo.png" alt="Quốc huy"></a>
<div class="site-name"><p class="name-1">{esc(portal.name.upper())}</p>
<p class="name-2">Chào mừng bạn đến với {esc(portal.name)}</p></div>
<div class="header-search"><input type="text" name="ctl00$txtSearch" placeholder="Nhập từ khóa...">
<a href="javascript:__doPostBack('ctl00$btnSearch','')" class="btn-search"><i class="fa fa-search"></i></a></div>
</div></header>
<nav class="navbar navbar-default main-menu"><div class="container"><ul class="nav navbar-nav">{menu_html}</ul></div></nav>
<div class="container hot-keywords"><strong>Từ khóa nổi bật:</strong> {hot}</div>
<div class="container main-body"><div class="row">
<div class="col-md-8 col-sm-12 content-left" id="ContentPlaceHolder1_pnlMain">
{crumb_html}
{main}
</div>
<div class="col-md-4 col-sm-12 content-right">
{self.sidebar(ctx, shown_month)}
</div>
</div></div>
{self.footer(ctx)}
<a href="#top" class="back-to-top">Về đầu trang</a>
</form>
</body>
</html>
"""

    def sidebar(self, ctx: Ctx, month: date) -> str:
        seed = ctx.seed
        stats = visitor_stats(seed)
        tthc = tthc_stats(seed)
        question, options = poll(seed)
        highlights = "".join(
            f'<li><a href="{esc(self.link(it, ctx))}">{esc(it.title)}</a></li>'
            for it in self.items[:6]
            if it.kind == "article"
        )
        most_read = sorted(
            (it for it in self.items if it.kind == "article"),
            key=lambda it: -view_count(it.key),
        )[:5]
        most_read_html = "".join(
            f'<li><a href="{esc(self.link(it, ctx))}">{esc(it.title)}</a>'
            f' <span class="views">({thousands(view_count(it.key))} lượt xem)</span></li>'
            for it in most_read
        )
        cloud = " ".join(
            f'<a class="tag-{stable_int(t, 1, 4)}" href="{esc(self.href("/tag/" + slugify(t), ctx, "t"))}">'
            f"{esc(t)}</a>"
            for t in TAGS
        )
        options_html = "".join(
            f'<div class="radio"><label><input type="radio" name="poll" value="{n}"> {esc(o)}'
            "</label></div>"
            for n, o in enumerate(options)
        )
        return f"""<div class="box-side box-calendar"><div class="box-title"><h3>Lịch sự kiện</h3></div>
{self.calendar_table(month.year, month.month, ctx)}</div>
<div class="box-side box-hot"><div class="box-title"><h3>Tin nổi bật</h3></div><ul class="list-side">{highlights}</ul></div>
<div class="box-side box-mostread"><div class="box-title"><h3>Đọc nhiều</h3></div><ul class="list-side">{most_read_html}</ul></div>
<div class="box-side box-tags"><div class="box-title"><h3>Tags</h3></div><div class="tag-cloud">{cloud}</div></div>
<div class="box-side box-tthc"><div class="box-title"><h3>Kết quả giải quyết TTHC</h3></div>
<p>Tháng {tthc["month"]}: đã giải quyết {thousands(tthc["total"])} hồ sơ, trong đó đúng hạn {thousands(tthc["ontime"])} hồ sơ ({tthc["percent"]}%), trễ hạn {thousands(tthc["late"])} hồ sơ.</p>
<a href="https://dichvucong.phonglac.gov.vn" target="_blank">Cổng dịch vụ công tỉnh</a></div>
<div class="box-side box-poll"><div class="box-title"><h3>Thăm dò ý kiến</h3></div><p>{esc(question)}</p>{options_html}
<a href="javascript:__doPostBack('ctl00$ucPoll$btnVote','')" class="btn btn-default">Biểu quyết</a>
<a href="javascript:__doPostBack('ctl00$ucPoll$btnResult','')">Xem kết quả</a></div>
<div class="box-side box-banner">
<a href="https://dichvucong.gov.vn" target="_blank"><img src="/Upload/Banner/dvc-quoc-gia.png" alt="Cổng dịch vụ công quốc gia"></a>
<a href="https://vanban.chinhphu.vn" target="_blank"><img src="/Upload/Banner/vbqppl.png" alt="Hệ thống văn bản"></a>
</div>
<div class="box-side box-links"><div class="box-title"><h3>Liên kết website</h3></div>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>
<option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option>
<option value="https://mic.gov.vn">Bộ Thông tin và Truyền thông</option></select></div>
<div class="box-side box-counter"><div class="box-title"><h3>Thống kê truy cập</h3></div>
<ul class="list-counter"><li>Đang online: {thousands(stats["online"])}</li><li>Hôm nay: {thousands(stats["today"])}</li>
<li>Trong tuần: {thousands(stats["week"])}</li><li>Trong tháng: {thousands(stats["month"])}</li>
<li>Tổng lượt truy cập: {thousands(stats["total"])}</li></ul></div>"""

    def footer(self, ctx: Ctx) -> str:
        portal = self.portal
        return f"""<footer class="footer"><div class="container">
<div class="footer-menu"><a href="/">Trang chủ</a> | <a href="{esc(self.href(DOCS, ctx))}">Văn bản</a> | <a href="{esc(self.href(EVENTS, ctx))}">Lịch sự kiện</a> | <a href="/lien-he">Liên hệ</a></div>
<p><strong>Cơ quan chủ quản: {esc(portal.agency)}</strong></p>
<p>Trưởng Ban biên tập: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}</p>
<p>{esc(reuse_notice(portal))}</p>
<p class="copyright">Thiết kế và phát triển bởi Công ty TNHH Giải pháp phần mềm Sao Bắc</p>
</div></footer>"""

    # -- listings

    def list_item(self, item: Item, ctx: Ctx, grid: bool = False) -> str:
        url = esc(self.link(item, ctx))
        image = f'<img src="{image_path(item, 0, self.image_folder)}" alt="{esc(item.title)}">'
        if grid:
            return (
                f'<div class="col-md-4 col-sm-6 news-grid-item"><a href="{url}" class="thumb">'
                f'{image}</a><h3 class="title"><a href="{url}">{esc(item.title)}</a></h3>'
                f'<span class="date">{listing_date(item.published)}</span></div>'
            )
        return (
            f'<div class="news-item clearfix"><a href="{url}" class="thumb pull-left">{image}</a>'
            f'<h3 class="title"><a href="{url}">{esc(item.title)}</a> '
            f'<span class="date">{listing_date(item.published)}</span></h3>'
            f'<p class="sapo">{esc(item.sapo())}</p></div>'
        )

    def listing_block(
        self,
        title: str,
        base: str,
        items: list[Item],
        page: int,
        pages: int,
        state: dict[str, str],
        ctx: Ctx,
    ) -> str:
        grid = state.get("view") == "grid"
        keep = {k: v for k, v in state.items()}

        def option(key: str, value: str, label: str) -> str:
            query = {**keep, key: value}
            current = state.get(key) == value
            url = self.href(self.with_query(base, query), ctx, "o")
            css = ' class="active"' if current else ""
            return f'<a{css} href="{esc(url)}">{label}</a>'

        toolbar = (
            '<div class="list-toolbar">Sắp xếp: '
            + option("sort", "desc", "Mới nhất")
            + " | "
            + option("sort", "asc", "Cũ nhất")
            + ' <span class="sep"></span> Hiển thị: '
            + option("view", "grid", '<i class="fa fa-th"></i> Lưới')
            + " | "
            + option("view", "list", '<i class="fa fa-list"></i> Danh sách')
            + ' <span class="sep"></span> Số tin/trang: '
            + " ".join(option("pagesize", str(n), str(n)) for n in PAGE_SIZES)
            + "</div>"
        )
        if items:
            rows = "".join(self.list_item(it, ctx, grid) for it in items)
            body = f'<div class="{"row news-grid" if grid else "list-news"}">{rows}</div>'
        else:
            body = '<p class="no-data">Chưa có tin bài.</p>'
        return f'<div class="box-title"><h1>{esc(title)}</h1></div>{toolbar}{body}' + self.pager(
            base, page, pages, state, ctx
        )

    def pager(self, base: str, page: int, pages: int, state: dict[str, str], ctx: Ctx) -> str:
        """A one-based windowed pager whose links keep the listing's options."""
        if pages <= 1:
            return ""

        def url(n: int) -> str:
            query = {**state, **({"page": n} if n > 1 else {})}
            return esc(self.href(self.with_query(base, query), ctx))

        parts = []
        if page > 1:
            parts.append(f'<li><a href="{url(1)}" title="Trang đầu">«</a></li>')
            parts.append(f'<li><a href="{url(page - 1)}" title="Trang trước">‹</a></li>')
        for n in pager_window(page, pages):
            if n is None:
                parts.append('<li class="disabled"><span>...</span></li>')
            elif n == page:
                parts.append(f'<li class="active"><span>{n}</span></li>')
            else:
                parts.append(f'<li><a href="{url(n)}">{n}</a></li>')
        if page < pages:
            parts.append(f'<li><a href="{url(page + 1)}" title="Trang sau">›</a></li>')
            parts.append(f'<li><a href="{url(pages)}" title="Trang cuối">»</a></li>')
        return f'<div class="paging text-center"><ul class="pagination">{"".join(parts)}</ul></div>'

    def home_html(self, ctx: Ctx) -> str:
        healthy = [it for it in self.items if it.kind == "article"]
        lead = healthy[0] if healthy else None
        top = ""
        if lead:
            top = (
                '<div class="home-hot"><div class="hot-main">'
                f'<a href="{esc(self.link(lead, ctx))}"><img src="{image_path(lead, 0, self.image_folder)}" alt=""></a>'
                f'<h2><a href="{esc(self.link(lead, ctx))}">{esc(lead.title)}</a></h2>'
                f'<p class="sapo">{esc(lead.sapo())}</p></div><ul class="hot-list">'
                + "".join(
                    f'<li><a href="{esc(self.link(it, ctx))}">{esc(it.title)}</a></li>'
                    for it in healthy[1:6]
                )
                + "</ul></div>"
            )
        blocks = []
        for section in self.sections.values():
            items = self.by_section.get(section.name, [])[:4]
            rows = "".join(
                f'<li><a href="{esc(self.link(it, ctx))}">{esc(it.title)}</a> '
                f'<span class="date">{listing_date(it.published)}</span></li>'
                for it in items
            )
            more = esc(self.href(self.listing_path(section), ctx))
            blocks.append(
                f'<div class="home-cat"><div class="box-title"><h2><a href="{more}">'
                f'{esc(section.name)}</a></h2><a class="more" href="{more}">Xem thêm »</a></div>'
                f'<ul class="list-news-home">{rows}</ul></div>'
            )
        docs = "".join(
            f'<li><a href="{esc(self.href(f"{DOCS}/chi-tiet/{d.id}", ctx, "d"))}">'
            f"{esc(d.number)}</a> {esc(d.summary)}</li>"
            for d in self.docs[:5]
        )
        main = (
            top + f'<div class="home-news-link"><a href="{esc(self.href(NEWS, ctx))}">'
            "Xem tất cả tin tức »</a></div>"
            + "".join(blocks)
            + '<div class="home-vanban"><div class="box-title"><h2>Văn bản mới</h2></div>'
            f'<ul class="list-vanban">{docs}</ul></div>'
        )
        return self.frame(self.portal.name, main, ctx)

    # -- article, print, email

    def body_html(self, item: Item, revision: int) -> str:
        parts = []
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    '<table class="tplCaption" align="center" style="width:100%"><tbody>'
                    f'<tr><td><img src="{image_path(item, index, self.image_folder)}" '
                    f'alt="{esc(caption)}" style="width:100%"></td></tr>'
                    f'<tr><td><p class="pCaption" style="text-align:center"><em>{esc(caption)}'
                    "</em></p></td></tr></tbody></table>"
                )
        if item.author:
            parts.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            parts.append(f'<p style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>')
        return "\n".join(parts)

    def article_page(self, item: Item, ctx: Ctx) -> str:
        revision = ctx.request.revision
        tags = " ".join(
            f'<a href="{esc(self.href("/tag/" + slugify(t), ctx, "t"))}">{esc(t)}</a>'
            for t in self.tags_of[item.key]
        )
        updated = item.shown_modified(revision)
        updated_html = (
            f' <span class="updated">Cập nhật: {updated:%d/%m/%Y %H:%M}</span>' if updated else ""
        )
        others = "".join(
            f'<li><a href="{esc(self.link(it, ctx))}">{esc(it.title)}</a> '
            f'<span class="date">{listing_date(it.published)}</span></li>'
            for it in self.others(item, 8)
        )
        tools = (
            '<div class="article-tools">'
            f'<a href="{esc(self.href(f"{PRINT}?id={item.number}", ctx))}" target="_blank">'
            '<i class="fa fa-print"></i> In bài viết</a> '
            f'<a href="{esc(self.href(f"{EMAIL}?id={item.number}", ctx))}">'
            '<i class="fa fa-envelope"></i> Gửi email</a> '
            '<a href="javascript:void(0)" onclick="shareFacebook()">'
            '<i class="fa fa-facebook"></i> Chia sẻ</a></div>'
        )
        main = f"""<div class="news-detail" id="ContentPlaceHolder1_ctl00_pnlDetail">
<h1 class="news-detail-title">{esc(item.title)}</h1>
<div class="news-detail-info"><span class="date"><i class="fa fa-clock-o"></i> {detail_date(item.published)}</span>{updated_html}
<span class="views"> | Lượt xem: {thousands(view_count(item.key))}</span></div>
{tools}
<div class="news-detail-content" id="ContentPlaceHolder1_ctl00_divContent">
{self.body_html(item, revision)}
</div>
<div class="news-detail-tags"><strong>Tags:</strong> {tags}</div>
{tools}
</div>
<div class="news-other"><div class="box-title"><h3>Các tin khác</h3></div><ul class="list-other">{others}</ul></div>"""
        crumbs = [(self.news.name, NEWS), (item.section.name, self.listing_path(item.section))]
        og = (
            f'<meta property="og:title" content="{esc(item.title)}">\n'
            f'<meta property="og:url" content="{esc(ctx.request.base_url + self.article_path(item))}">\n'
            f'<meta property="og:image" content="{esc(ctx.request.base_url + image_path(item, 0, self.image_folder))}">\n'
        )
        return self.frame(
            item.title,
            main,
            ctx,
            crumbs,
            active=item.section.name,
            month=item.published.date(),
            head_extra=og,
        )

    def print_html(self, item: Item, ctx: Ctx) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(item.title)}</title>
<link href="/Themes/PhongLac/css/print.css" rel="stylesheet"></head>
<body onload="window.print()">
<div class="print-header">{esc(self.portal.name.upper())}<br>{esc(self.portal.domain)}</div>
<div class="print-content">
<h1>{esc(item.title)}</h1>
<p class="print-date">{detail_date(item.published)}</p>
{self.body_html(item, ctx.request.revision)}
</div>
<div class="print-footer">{esc(reuse_notice(self.portal))}</div>
<a href="javascript:window.print()">In trang này</a> | <a href="javascript:window.close()">Đóng cửa sổ</a>
</body></html>
"""

    def email_html(self, item: Item, ctx: Ctx) -> str:
        back = esc(self.link(item, ctx))
        main = f"""<div class="box-title"><h1>Gửi bài viết qua email</h1></div>
<p>Bài viết: <a href="{back}">{esc(item.title)}</a></p>
<div class="form-horizontal form-send-mail">
<div class="form-group"><label>Họ tên người gửi</label><input type="text" name="ctl00$txtHoTen" class="form-control"></div>
<div class="form-group"><label>Email người gửi</label><input type="text" name="ctl00$txtEmailGui" class="form-control"></div>
<div class="form-group"><label>Email người nhận</label><input type="text" name="ctl00$txtEmailNhan" class="form-control"></div>
<div class="form-group"><label>Lời nhắn</label><textarea name="ctl00$txtLoiNhan" class="form-control" rows="4"></textarea></div>
<a href="javascript:__doPostBack('ctl00$btnGui','')" class="btn btn-primary">Gửi</a>
</div>"""
        crumbs = [(item.section.name, self.listing_path(item.section)), ("Gửi email", EMAIL)]
        return self.frame(f"Gửi email: {item.title}", main, ctx, crumbs)

    def error_html(self, status: int) -> str:
        message = (
            "Trang bạn yêu cầu không tồn tại hoặc đã bị xóa."
            if status == 404
            else "Hệ thống đang bận, vui lòng quay lại sau."
        )
        ctx = Ctx(Request("/", {}, 0, f"{self.portal.id}:error{status}", ""), None)
        main = (
            f'<div class="page-error"><h1>Lỗi {status}</h1><p>{message}</p>'
            '<p><a href="/">Quay về trang chủ</a></p></div>'
        )
        return self.frame("Không tìm thấy trang", main, ctx)


__all__ = [
    "TrapsSite",
    "article_tags",
    "detail_date",
    "legal_documents",
    "listing_date",
    "month_step",
    "session_token",
]
