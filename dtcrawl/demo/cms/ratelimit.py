"""A provincial department portal behind a web application firewall / anti-DDoS front.

The origin is a home-grown PHP portal of a provincial department; in front of it sits a
WAF of the F5/TSPD kind that every request passes through (:class:`WafFront`):

- a client without the front's cookie gets a ``302`` to the very same URL that sets
  ``TS01a2b3c4=<token>; Path=/`` (the page itself comes once the cookie is sent back);
- a token bucket per client address (8 requests per second, burst 16) refuses the request that
  finds the bucket empty with ``429`` and ``Retry-After: 1``; each further request inside the
  penalty extends it by half a second (never more than 10 seconds ahead) and is answered ``503``
  with a "Hệ thống đang bận, vui lòng thử lại sau" page and the remaining ``Retry-After``.

The front needs the request's headers and client address: :meth:`RateLimitSite.respond` takes
them; :meth:`CmsSite.render` (path only) serves the origin without the front.

URL shapes of the origin:
- home ``/``; general news ``/tin-tuc-su-kien.html``, page N ``/tin-tuc-su-kien/trang-N.html``;
- topic ``/chuyen-muc/<slug>.html``, page N ``/chuyen-muc/<slug>/trang-N.html`` (one-based, a
  window of numbers with "«" / "»");
- article ``/tin-bai/<yyyy>/<mm>/<slug>-p<id>.html``;
- the previous portal's URL ``/portal/tintuc/chitiet.aspx?id=<id>`` answers ``301`` to the
  article's current URL; listings still link some articles ("moved" ones) by it;
- deleted stories stay in the listings; their pages answer ``200`` in the site template saying
  "Bài viết không tồn tại hoặc đã bị gỡ bỏ" (a soft 404).
"""

from __future__ import annotations

import hashlib
import math
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from http.cookies import CookieError, SimpleCookie
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
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)
from dtcrawl.demo.portals import PortalDef

NEWS = "/tin-tuc-su-kien"
LEGACY = "/portal/tintuc/chitiet.aspx"
DELETED_NOTICE = "Bài viết không tồn tại hoặc đã bị gỡ bỏ"
BUSY_NOTICE = "Hệ thống đang bận, vui lòng thử lại sau"


def detail_stamp(moment: datetime) -> str:
    """The date line under an article title.

    >>> detail_stamp(datetime(2023, 1, 5, 8, 25))
    'Thứ năm, 05/01/2023 | 08:25'
    """
    return f"{weekday(moment, lower=True)}, {dmy(moment)} | {moment:%H:%M}"


def updated_stamp(moment: datetime) -> str:
    """The "updated" line of an edited article.

    >>> updated_stamp(datetime(2022, 4, 23, 7, 34))
    'Cập nhật: 07:34, 23/04/2022'
    """
    return f"Cập nhật: {moment:%H:%M}, {dmy(moment)}"


# ---------------------------------------------------------------- the front


@dataclass
class _Client:
    tokens: float
    last: float
    blocked_until: float = 0.0


class WafFront:
    """The WAF in front of the portal: cookie challenge and a punishing token bucket per client.

    ``clock`` gives seconds (monotonic); tests pass their own to move time without sleeping.

    >>> now = [0.0]
    >>> front = WafFront("demo", clock=lambda: now[0])
    >>> front.check("/", {}, "10.0.0.1").status
    302
    >>> cookie = front.cookie_value("10.0.0.1")
    >>> front.check("/", {"Cookie": f"{front.cookie_name}={cookie}"}, "10.0.0.1") is None
    True
    """

    cookie_name = "TS01a2b3c4"
    rate = 8.0  # tokens added per second
    burst = 16  # bucket size
    penalty = 1.0  # seconds a client is refused after the bucket runs dry
    extension = 0.5  # seconds each request inside the penalty adds
    max_penalty = 10.0  # the penalty never reaches further ahead than this

    def __init__(self, secret: str, clock: Callable[[], float] = time.monotonic):
        self.secret = secret
        self.clock = clock
        self._clients: dict[str, _Client] = {}
        self._lock = threading.Lock()

    def cookie_value(self, client: str) -> str:
        """The cookie value the front hands ``client`` (the same every time)."""
        return "01" + hashlib.sha256(f"{self.secret}:{client}".encode()).hexdigest()[:46]

    def has_cookie(self, headers: Mapping[str, str], client: str) -> bool:
        """True when the request carries this client's front cookie."""
        raw = next((v for k, v in headers.items() if k.lower() == "cookie"), "")
        jar = SimpleCookie()
        try:
            jar.load(raw)
        except CookieError:
            return False
        morsel = jar.get(self.cookie_name)
        return morsel is not None and morsel.value == self.cookie_value(client)

    def check(
        self, path_and_query: str, headers: Mapping[str, str], client: str
    ) -> Response | None:
        """The front's own answer to a request, or None to let it through to the portal."""
        refusal = self._take_token(client)
        if refusal is not None:
            return refusal
        if not self.has_cookie(headers, client):
            return self.challenge(path_and_query, client)
        return None

    def _take_token(self, client: str) -> Response | None:
        with self._lock:
            now = self.clock()
            state = self._clients.get(client)
            if state is None:
                state = self._clients[client] = _Client(tokens=float(self.burst), last=now)
            state.tokens = min(float(self.burst), state.tokens + (now - state.last) * self.rate)
            state.last = now
            if now < state.blocked_until:
                state.blocked_until = min(
                    state.blocked_until + self.extension, now + self.max_penalty
                )
                return self.busy(max(1, math.ceil(state.blocked_until - now)))
            if state.tokens >= 1.0:
                state.tokens -= 1.0
                return None
            state.blocked_until = now + self.penalty
            return self.too_many(client, now)

    def challenge(self, path_and_query: str, client: str) -> Response:
        """The 302 back to the same URL that sets the front's cookie."""
        body = (
            "<html><head><title>Redirecting</title></head><body>"
            f'<p>Redirecting to <a href="{esc(path_and_query)}">{esc(path_and_query)}</a></p>'
            "</body></html>"
        )
        return Response(
            302,
            {
                "Location": path_and_query,
                "Set-Cookie": f"{self.cookie_name}={self.cookie_value(client)}; Path=/",
                "Cache-Control": "no-cache, no-store",
                "Content-Type": "text/html; charset=utf-8",
            },
            body.encode("utf-8"),
        )

    def too_many(self, client: str, now: float) -> Response:
        """The 429 the front answers when a client's bucket is empty."""
        support = stable_int(f"{self.secret}:{client}:{now:.3f}", 10**18, 10**19 - 1)
        body = (
            '<html><head><meta charset="utf-8"/><title>Request Rejected</title></head><body>'
            "<p>The requested URL was rejected. Please consult with your administrator.</p>"
            "<p>Yêu cầu của bạn tạm thời bị từ chối do truy cập quá nhanh.</p>"
            f"<p>Your support ID is: {support}</p></body></html>"
        )
        return Response(
            429,
            {"Retry-After": "1", "Content-Type": "text/html; charset=utf-8"},
            body.encode("utf-8"),
        )

    def busy(self, retry_after: int) -> Response:
        """The 503 "system busy" page of a client that keeps asking while refused."""
        body = (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/>'
            f'<title>{BUSY_NOTICE}</title></head><body style="text-align:center">'
            f"<h2>{BUSY_NOTICE}</h2><p>Máy chủ đang tiếp nhận quá nhiều yêu cầu. Xin quý vị "
            f"chờ khoảng {retry_after} giây rồi tải lại trang.</p></body></html>"
        )
        return Response(
            503,
            {"Retry-After": str(retry_after), "Content-Type": "text/html; charset=utf-8"},
            body.encode("utf-8"),
        )


# ---------------------------------------------------------------- the portal


class RateLimitSite(CmsSite):
    """The department portal (origin markup) with :class:`WafFront` in front of it."""

    family_headers = {"Server": "Apache", "X-Powered-By": "PHP/7.4.33"}
    number_base = 41_200
    number_stride = 9
    image_folder = "/upload/tintuc"

    def __init__(
        self,
        portal: PortalDef,
        articles: Sequence[Any],
        clock: Callable[[], float] = time.monotonic,
    ):
        super().__init__(portal, articles)
        self.front = WafFront(portal.id, clock)

    def respond(
        self,
        path_and_query: str,
        revision: int = 0,
        base_url: str | None = None,
        headers: Mapping[str, str] | None = None,
        client: str = "127.0.0.1",
    ) -> Response:
        """The answer a client at ``client`` gets for a request with ``headers``: the front's
        (challenge, 429, 503) or the portal's page."""
        refused = self.front.check(path_and_query, headers or {}, client)
        return refused or self.render(path_and_query, revision, base_url)

    # -- URLs

    def is_moved(self, item: Item) -> bool:
        """True for the articles the listings still link by the previous portal's URL."""
        return item.kind == "article" and stable_int(item.key + "moved", 0, 5) == 0

    def article_path(self, item: Item) -> str:
        stamp = item.published.strftime("%Y/%m")
        return f"/tin-bai/{stamp}/{slugify(item.title, max_len=80)}-p{item.number}.html"

    def legacy_path(self, item: Item) -> str:
        """The previous portal's URL of an article (answers 301 to the current one)."""
        return f"{LEGACY}?id={item.number}"

    def linked_path(self, item: Item) -> str:
        """The URL listings link an article by."""
        return self.legacy_path(item) if self.is_moved(item) else self.article_path(item)

    def article_aliases(self, item: Item) -> list[str]:
        return [self.legacy_path(item)] if self.is_moved(item) else []

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = NEWS if self.is_news(section) else f"/chuyen-muc/{section.slug}"
        return f"{base}.html" if page == 1 else f"{base}/trang-{page}.html"

    def moved_paths(self) -> dict[str, str]:
        """Old URL linked from the listings → the article's current URL, for moved articles."""
        return {
            self.legacy_path(it): self.article_path(it) for it in self.items if self.is_moved(it)
        }

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path in ("/", "/index.php", "/trang-chu.html"):
            return self.html_response(self.home_html(request))
        if path == "/gioi-thieu.html":
            return self.html_response(self.about_html(request))
        if path.lower() == LEGACY:
            try:
                item = self.by_number.get(int(params.get("id", "")))
            except ValueError:
                return None
            if item is None:
                return None
            return Response(
                301,
                {"Location": request.base_url + self.article_path(item), **self.family_headers},
                b"",
            )
        if path.startswith("/tin-bai/"):
            item = self.by_path.get(path)
            if item is None:
                return None
            if item.kind == "deleted":
                return self.html_response(self.deleted_html(request))
            return self.article_response(item, request)
        return self.listing_route(path, request)

    def listing_route(self, path: str, request: Request) -> Response | None:
        section: Section | None = None
        if path.startswith(NEWS):
            rest = path[len(NEWS) :]
        elif path.startswith("/chuyen-muc/"):
            slug, _, rest = path[len("/chuyen-muc/") :].partition("/")
            if not rest:
                slug, rest = slug.removesuffix(".html"), ".html"
            else:
                rest = "/" + rest
            section = self.section_by_slug(slug)
            if section is None:
                return None
        else:
            return None
        if rest == ".html":
            page = 1
        elif rest.startswith("/trang-") and rest.endswith(".html"):
            page = page_number(rest[len("/trang-") : -len(".html")], 0)
            if page < 2:
                return None
        else:
            return None
        _, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(section, page, request))

    def robots_txt(self, request: Request) -> str:
        return "User-agent: *\nDisallow: /quantri/\nDisallow: /tim-kiem\n"

    # -- frame

    def frame(self, title: str, crumbs: list[tuple[str, str]], main: str, request: Request) -> str:
        p = self.portal
        menu = "".join(
            f'<li class="nav-item"><a class="nav-link" href="{esc(self.listing_path(s))}">'
            f"{esc(s.name)}</a></li>"
            for s in self.sections.values()
        )
        crumb = "".join(
            f'<li><a href="{esc(href)}">{esc(name)}</a></li>' if href else f"<li>{esc(name)}</li>"
            for name, href in [("Trang chủ", "/"), *crumbs]
        )
        featured = "".join(
            f'<li><a href="{esc(self.linked_path(it))}">{esc(it.title)}</a></li>'
            for it in self.items[:5]
        )
        latest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a>'
            f' <span class="ngay">{dmy(it.published)}</span></li>'
            for it in self.latest(6)
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<div class="radio"><label><input type="radio" name="ykien" value="{i}"/> '
            f"{esc(o)}</label></div>"
            for i, o in enumerate(options)
        )
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>{esc(title)} | {esc(p.name)}</title>
<link rel="stylesheet" href="/themes/sokhcn/css/bootstrap.min.css"/>
<link rel="stylesheet" href="/themes/sokhcn/css/style.css?v=2.3.1"/>
<script src="/TSPD/08a1b2c3d4ab2000?type=7"></script></head>
<body class="page-sokhcn">
<div class="top-bar"><div class="container"><span class="welcome">Chào mừng bạn đến với
{esc(p.name)}</span><span class="top-links"><a href="/quantri/dang-nhap.html">Đăng nhập</a> |
<a href="javascript:void(0)" onclick="doiNgonNgu('en')">English</a></span></div></div>
<header class="site-header"><div class="container"><a class="logo" href="/"><img
src="/themes/sokhcn/images/logo.png" alt="Logo"/></a><div class="site-name"><span
class="ubnd">{esc(p.agency.upper())}</span><h1>{esc(p.name.upper())}</h1></div>
<form class="search" action="/tim-kiem" method="get"><input type="text" name="tukhoa"
placeholder="Tìm kiếm..."/><button type="submit">Tìm</button></form></div></header>
<nav class="main-nav"><div class="container"><ul class="nav">
<li class="nav-item"><a class="nav-link" href="/"><i class="fa fa-home"></i></a></li>
<li class="nav-item"><a class="nav-link" href="/gioi-thieu.html">Giới thiệu</a></li>
<li class="nav-item"><a class="nav-link" href="{NEWS}.html">Tin tức - Sự kiện</a></li>{menu}
<li class="nav-item"><a class="nav-link" href="https://dichvucong.gov.vn">Dịch vụ công</a></li>
<li class="nav-item"><a class="nav-link" href="javascript:void(0)"
onclick="moLienHe()">Liên hệ</a></li></ul></div></nav>
<div class="container"><div class="marquee"><marquee scrollamount="3">Chào mừng kỷ niệm các ngày
lễ lớn của đất nước; đẩy mạnh chuyển đổi số trong cơ quan nhà nước.</marquee></div>
<ol class="breadcrumb">{crumb}</ol>
<div class="row"><div class="col-md-8 main-content">{main}</div>
<aside class="col-md-4 sidebar">
<div class="block block-tinnoibat"><div class="block-title">Tin nổi bật</div>
<ul class="list-tin">{featured}</ul></div>
<div class="block block-tinmoi"><div class="block-title">Tin mới đăng</div>
<ul class="list-tin">{latest}</ul></div>
<div class="block block-tthc"><div class="block-title">Kết quả giải quyết TTHC</div>
<div class="tthc-body"><p>Tháng {t["month"]}: tiếp nhận {thousands(t["total"])} hồ sơ</p>
<p>Giải quyết đúng hạn: {thousands(t["ontime"])} ({t["percent"]}%)</p>
<p>Trễ hạn: {thousands(t["late"])}</p></div></div>
<div class="block block-ykien"><div class="block-title">Ý kiến thăm dò</div>
<form action="/binh-chon.html" method="post"><p>{esc(question)}</p>{choices}
<button type="submit">Bình chọn</button> <a href="javascript:void(0)"
onclick="xemKetQua()">Xem kết quả</a></form></div>
<div class="block block-lienket"><div class="block-title">Liên kết</div>
<a href="https://chinhphu.vn"><img src="/upload/banner/cong-ttdt-chinh-phu.png"
alt="Cổng TTĐT Chính phủ"/></a><a href="https://dichvucong.gov.vn"><img
src="/upload/banner/dvc-quoc-gia.png" alt="Cổng Dịch vụ công quốc gia"/></a></div>
<div class="block block-thongke"><div class="block-title">Thống kê truy cập</div><ul>
<li>Đang online: {thousands(v["online"])}</li><li>Hôm nay: {thousands(v["today"])}</li>
<li>Trong tuần: {thousands(v["week"])}</li><li>Tất cả: {thousands(v["total"])}</li></ul></div>
</aside></div></div>
<footer class="site-footer"><div class="container">
<p class="coquan">Cơ quan chủ quản: {esc(p.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(p.editor)}</p><p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)}</p>
<p>{esc(reuse_notice(p))}</p>
<a href="#top" class="ve-dau-trang">Về đầu trang</a></div></footer>
</body></html>
"""

    # -- listings

    def row(self, item: Item) -> str:
        href = esc(self.linked_path(item))
        return (
            f'<div class="media news-item"><a class="thumb" href="{href}"><img src="'
            f'{esc(image_path(item, 0, self.image_folder))}" alt="{esc(item.title)}"/></a>'
            f'<div class="media-body"><h3 class="news-title"><a href="{href}">{esc(item.title)}'
            f'</a></h3><div class="news-date"><i class="fa fa-clock-o"></i> '
            f"{dmy(item.published)} {item.published:%H:%M}</div>"
            f'<p class="news-sapo">{esc(item.sapo())}</p></div></div>'
        )

    def home_html(self, request: Request) -> str:
        blocks = []
        for section in self.sections.values():
            items = self.listed(section)[:4]
            rows = "".join(self.row(it) for it in items)
            blocks.append(
                f'<section class="home-block"><h2 class="block-heading"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>{rows}'
                f'<a class="xem-them" href="{esc(self.listing_path(section))}">Xem thêm</a>'
                "</section>"
            )
        top = self.items[0]
        hero = (
            f'<div class="hero"><a href="{esc(self.linked_path(top))}"><img src="'
            f'{esc(image_path(top, 0, self.image_folder))}" alt=""/></a><h2><a href="'
            f'{esc(self.linked_path(top))}">{esc(top.title)}</a></h2>'
            f"<p>{esc(top.sapo())}</p></div>"
        )
        return self.frame("Trang chủ", [], hero + "".join(blocks), request)

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        parts = arrow_pager(
            page,
            pages,
            lambda n: self.listing_path(section, n),
            link='<li><a href="{href}">{n}</a></li>',
            current='<li class="active"><span>{n}</span></li>',
            gap='<li class="disabled"><span>…</span></li>',
            prev='<li><a href="{href}">«</a></li>',
            next_='<li><a href="{href}">»</a></li>',
        )
        return f'<nav class="phan-trang"><ul class="pagination">{"".join(parts)}</ul></nav>'

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        rows = "".join(self.row(it) for it in items)
        main = (
            f'<h2 class="page-title">{esc(name)}</h2><div class="list-news">{rows}</div>'
            + self.pager(section, page, pages)
        )
        return self.frame(name, [(name, "")], main, request)

    # -- articles

    def article_html(self, item: Item, request: Request) -> str:
        parts = []
        for kind, value in body_blocks(item, request.revision):
            if kind == "p":
                parts.append(f'<p style="text-align:justify;">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    f'<figure class="image"><img src="'
                    f'{esc(image_path(item, index, self.image_folder))}" alt="" width="640"/>'
                    f"<figcaption>{esc(caption)}</figcaption></figure>"
                )
        if item.author:
            parts.append(f'<p style="text-align:right;"><strong>{esc(item.author)}</strong></p>')
        modified = item.shown_modified(request.revision)
        updated = f' <span class="updated">{updated_stamp(modified)}</span>' if modified else ""
        source = f'<div class="news-source">Nguồn: {esc(item.source)}</div>' if item.source else ""
        related = "".join(
            f'<li><a href="{esc(self.linked_path(it))}">{esc(it.title)}</a> '
            f'<span class="ngay">({dmy(it.published)})</span></li>'
            for it in self.others(item, 6)
        )
        main = f"""<article class="news-detail">
<h1 class="news-detail-title">{esc(item.title)}</h1>
<div class="news-detail-meta"><span class="date"><i class="fa fa-calendar"></i>
{detail_stamp(item.published)}</span>{updated} <span class="luot-xem">Lượt xem:
{thousands(view_count(item.key))}</span></div>
<div class="news-tools">Cỡ chữ: <a href="javascript:void(0)" onclick="coChu(-1)">A-</a>
<a href="javascript:void(0)" onclick="coChu(0)">A</a> <a href="javascript:void(0)"
onclick="coChu(1)">A+</a> | <a href="javascript:window.print()">In bài</a> |
<a href="javascript:void(0)" onclick="guiEmail()">Gửi email</a></div>
<div class="news-detail-content" id="noidung">{"".join(parts)}</div>
{source}
<div class="news-share">Chia sẻ: <a href="javascript:void(0)" onclick="chiaSe('fb')">Facebook</a>
<a href="javascript:void(0)" onclick="chiaSe('zalo')">Zalo</a></div>
</article>
<div class="tin-cung-chuyen-muc"><h3 class="block-heading">Tin cùng chuyên mục</h3>
<ul>{related}</ul></div>"""
        crumbs = [(item.section.name, self.listing_path(item.section))]
        return self.frame(item.title, crumbs, main, request)

    def about_html(self, request: Request) -> str:
        """The "Giới thiệu" page of the menu."""
        main = (
            '<h2 class="page-title">Giới thiệu</h2><div class="gioi-thieu"><p>'
            f"{esc(self.portal.name)} là cơ quan chuyên môn thuộc {esc(self.portal.agency)}, "
            "tham mưu về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trên địa bàn "
            "tỉnh.</p></div>"
        )
        return self.frame("Giới thiệu", [("Giới thiệu", "")], main, request)

    def deleted_html(self, request: Request) -> str:
        """The soft 404 of a deleted story: the site template, status 200."""
        main = (
            '<div class="thong-bao"><h2 class="page-title">Thông báo</h2>'
            f'<p class="alert alert-warning">{DELETED_NOTICE}.</p>'
            '<p><a href="/">Quay lại trang chủ</a></p></div>'
        )
        return self.frame("Thông báo", [("Thông báo", "")], main, request)

    def error_html(self, status: int) -> str:
        word = "Không tìm thấy trang yêu cầu" if status == 404 else "Lỗi máy chủ"
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"/>'
            f"<title>{status} - {word}</title></head><body><h1>{status}</h1><p>{word}.</p>"
            '<p><a href="/">Về trang chủ</a></p></body></html>'
        )
