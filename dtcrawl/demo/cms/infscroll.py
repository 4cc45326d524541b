"""A provincial portal rebuilt in 2024 on ASP.NET Core Razor Pages with JavaScript "islands"
(portal bichkhe).

What such portals serve: every page is rendered on the server by Razor Pages (Bootstrap 5,
``asp-append-version`` hashes ``?v=…`` on the assets, ``__RequestVerificationToken`` in every
POST form), not a single-page application; a few small scripts ("islands") make parts of a page
live. A section listing renders only its first 8 items and loads more AUTOMATICALLY while the
reader scrolls: an ``IntersectionObserver`` watches a sentinel below the list and fetches the
address the list carries. There is no "Xem thêm" button, no pager, no ``<noscript>`` fallback,
no ``<link rel="next">``, no sitemap and no feed. Two shapes, written by two of the vendor's
developers:

- a section (``/chuyen-muc/<slug>``): ``<div class="news-list" data-next="/chuyen-muc/<slug>?
  handler=LoadMore&page=2">`` and an empty ``<div id="sentinel" class="news-sentinel">`` after it;
  the handler answers an HTML partial (no ``<html>``) of 8 items whose last element is ``<div
  class="news-list__next" data-next="…page=3">``. The handler sets a next page whenever a chunk
  is full, so a list of exactly 8·k items ends on an EMPTY partial (200, no bytes); a shorter
  chunk carries no ``data-next``; a page number past the end is an empty partial too, and junk or
  missing numbers give the first chunk (model binding's 0);
- the news page (``/tin-tuc``, all sections): the sentinel is INSIDE the list and carries the
  address itself, ``<div id="sentinel" data-url="/tin-tuc?handler=More&skip=8&take=8">``; the
  partial is 8 items followed by the next sentinel of the same shape while items remain, and the
  script replaces the old sentinel by the partial.

Everything else that names articles is an island too: the home page's section boxes
(``<section data-island="/?handler=Category&id=21">``) and the sidebar's "Xem nhiều"
(``data-island="/?handler=MostRead"``) are empty until their partial is fetched. Only the home
page's 12 newest items and the article pages' "Tin cùng chuyên mục" (the 6 NEWEST of the section,
with dates; never the older ones) are plain links, so the older items of a long section are
reachable only through the chunks.

URL shapes (routing is case-insensitive and ignores a trailing slash, as ASP.NET Core's is):
- home ``/``; all news ``/tin-tuc``; section ``/chuyen-muc/<section-slug>``;
- chunks ``/chuyen-muc/<slug>?handler=LoadMore&page=N`` and ``/tin-tuc?handler=More&skip=N&
  take=8`` (``take`` at most 24); islands ``/?handler=Category&id=<section id>``,
  ``/?handler=MostRead``; an unknown handler renders the page as a plain GET;
- article ``/tin-tuc/<slug>-<id>`` (the page reads only the id; another slug is a 301 to the
  right one; an unknown id is a 404);
- ``/gioi-thieu`` (the province's introduction: long text, no date), ``/lien-he``,
  ``/tim-kiem?q=…`` (server-rendered results, 8 at most), assets under ``/css/``, ``/js/``,
  ``/lib/``, ``/robots.txt`` (no Sitemap line). Errors are re-executed through the layout
  (``UseStatusCodePagesWithReExecute``).
Article: breadcrumb, ``h1.article-title``, ``div.article-meta`` (weekday, ``dd/mm/yyyy - HH:mm``,
view count), share tools, the lead (the story's first paragraph) in ``div.article-sapo``, the
body in ``div.article-body`` (``<p>`` and CKEditor 5 ``<figure class="image">`` with
``<figcaption>``), the author bold and right-aligned then "Nguồn: …" in
``div.article-signature``, share tools again, a reader's feedback form, "Tin cùng chuyên mục".
Hazards: listings continued only through ``data-next``/``data-url`` attributes read by script;
the empty final partial; the article path sharing its ``/tin-tuc`` prefix with the news listing;
home and sidebar boxes that are empty placeholders; a deleted story still listed in a chunk
(404); a static introduction page of several paragraphs without a date.
"""

from __future__ import annotations

import re
from datetime import datetime

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

#: Items the server renders in a list, and in each chunk the scroll fetches.
CHUNK = 8
#: The largest ``take`` the news page's handler accepts.
MAX_TAKE = 24
HOME_NEWEST = 12
RELATED = 6
NEWS_PATH = "/tin-tuc"
SECTION_PREFIX = "/chuyen-muc/"
ARTICLE_PATH = re.compile(r"^/tin-tuc/([a-z0-9-]+)-(\d+)$")
BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
VENDOR = "Công ty Cổ phần Giải pháp phần mềm Sông Xanh"

INTRO = (
    "Bích Khê là tỉnh miền núi, trung du nằm ở phía Bắc, có 7 đơn vị hành chính cấp huyện với "
    "hơn 120 xã, phường, thị trấn; phía Đông giáp vùng đồng bằng, phía Tây là dãy núi cao, "
    "nhiều sông suối bắt nguồn từ đó chảy qua các thung lũng trồng chè và cây ăn quả.",
    "Dân số toàn tỉnh khoảng 860 nghìn người thuộc 19 dân tộc cùng sinh sống, trong đó đông "
    "nhất là người Kinh, Tày, Nùng và Dao. Mỗi dân tộc giữ gìn những lễ hội, làn điệu dân ca "
    "và nghề thủ công truyền thống riêng, tạo nên bản sắc văn hóa đa dạng của vùng đất này.",
    "Kinh tế của tỉnh dựa vào nông, lâm nghiệp, chế biến nông sản và du lịch sinh thái. Những "
    "năm gần đây tỉnh tập trung cải thiện môi trường đầu tư, mở rộng hạ tầng giao thông kết nối "
    "với các tỉnh lân cận và đẩy mạnh ứng dụng công nghệ thông tin trong quản lý nhà nước.",
    "Cổng thông tin điện tử tỉnh là kênh cung cấp thông tin chính thức của chính quyền tỉnh "
    "đến người dân, doanh nghiệp và du khách: tin hoạt động, văn bản chỉ đạo điều hành, thủ tục "
    "hành chính, lịch công tác và những thông tin cần thiết khác.",
)


def long_token(seed: str, length: int) -> str:
    """A deterministic base64url token of any ``length``.

    >>> len(long_token("x", 100))
    100
    """
    parts = [stable_token(f"{seed}:{n}", 32, BASE64URL) for n in range(length // 32 + 1)]
    return "".join(parts)[:length]


def asset_version(name: str) -> str:
    """The ``asp-append-version`` hash of an asset (43 base64url characters, like SHA-256's).

    >>> len(asset_version("site.css")), asset_version("site.css") == asset_version("site.css")
    (43, True)
    """
    return long_token("asset:" + name, 43)


def antiforgery_token(seed: str) -> str:
    """A ``__RequestVerificationToken`` value (``CfDJ8…``, as ASP.NET Core's data protection)."""
    return "CfDJ8" + long_token("antiforgery:" + seed, 150)


def article_date(moment: datetime) -> str:
    """The date line under an article's title.

    >>> article_date(datetime(2021, 1, 6, 22, 41))
    'Thứ Tư, 06/01/2021 - 22:41'
    """
    return f"{weekday(moment)}, {dmy(moment)} - {moment:%H:%M}"


def list_date(moment: datetime) -> str:
    """The date of an item in a list.

    >>> list_date(datetime(2021, 1, 6, 8, 5))
    '06/01/2021 08:05'
    """
    return f"{dmy(moment)} {moment:%H:%M}"


def int_param(value: str | None) -> int:
    """A query integer as model binding leaves it: 0 when missing or malformed.

    >>> int_param("3"), int_param("abc"), int_param(None), int_param("-2")
    (3, 0, 0, -2)
    """
    try:
        return int(value) if value is not None else 0
    except ValueError:
        return 0


def section_chunk_path(slug: str, page: int) -> str:
    """The address of page ``page`` of a section's list (the ``LoadMore`` handler).

    >>> section_chunk_path("chuyen-doi-so", 2)
    '/chuyen-muc/chuyen-doi-so?handler=LoadMore&page=2'
    """
    return f"{SECTION_PREFIX}{slug}?handler=LoadMore&page={page}"


def news_chunk_path(skip: int, take: int = CHUNK) -> str:
    """The address of the news page's chunk after ``skip`` items (the ``More`` handler).

    >>> news_chunk_path(8)
    '/tin-tuc?handler=More&skip=8&take=8'
    """
    return f"{NEWS_PATH}?handler=More&skip={skip}&take={take}"


INFINITE_JS = """/*! infinite-list.js - Cổng TTĐT tỉnh Bích Khê (c) 2024 */
(function () {
  "use strict";
  function get(url) {
    return fetch(url, { headers: { "X-Requested-With": "XMLHttpRequest" }, credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.text() : ""; })
      .catch(function () { return ""; });
  }
  // Danh sách chuyên mục: địa chỉ trang kế tiếp nằm ở data-next của danh sách.
  document.querySelectorAll(".news-list[data-next]").forEach(function (list) {
    var sentinel = document.getElementById(list.getAttribute("data-sentinel") || "sentinel");
    if (!sentinel) return;
    var busy = false;
    var io = new IntersectionObserver(function (entries) {
      if (!entries[0].isIntersecting || busy || !list.dataset.next) return;
      busy = true;
      sentinel.classList.add("is-loading");
      get(list.dataset.next).then(function (html) {
        list.insertAdjacentHTML("beforeend", html);
        var marker = list.querySelector(":scope > [data-next]");
        if (marker) {
          list.dataset.next = marker.dataset.next;
          marker.remove();
        } else {
          delete list.dataset.next;
          io.disconnect();
          sentinel.remove();
        }
        sentinel.classList.remove("is-loading");
        busy = false;
      });
    }, { rootMargin: "0px 0px 400px 0px" });
    io.observe(sentinel);
  });
  // Trang tin tức: phần tử #sentinel mang sẵn địa chỉ và được thay bằng nội dung tải về.
  var feed = document.querySelector(".news-feed");
  if (feed) {
    var watcher = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        var node = entry.target;
        watcher.unobserve(node);
        get(node.dataset.url).then(function (html) {
          node.outerHTML = html;
          var next = feed.querySelector("#sentinel[data-url]");
          if (next) watcher.observe(next);
        });
      });
    }, { rootMargin: "0px 0px 400px 0px" });
    var first = feed.querySelector("#sentinel[data-url]");
    if (first) watcher.observe(first);
  }
})();
"""

ISLANDS_JS = """/*! islands.js - nạp các khối nội dung khi hiển thị */
(function () {
  "use strict";
  var io = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      var box = entry.target;
      io.unobserve(box);
      fetch(box.getAttribute("data-island"), { headers: { "X-Requested-With": "XMLHttpRequest" } })
        .then(function (r) { return r.text(); })
        .then(function (html) { box.querySelector(".island-body").innerHTML = html; box.classList.add("is-ready"); });
    });
  });
  document.querySelectorAll("[data-island]").forEach(function (box) { io.observe(box); });
  document.querySelectorAll(".js-copy-link").forEach(function (a) {
    a.addEventListener("click", function () { navigator.clipboard.writeText(location.href); });
  });
  document.querySelectorAll(".js-font").forEach(function (a) {
    a.addEventListener("click", function () {
      var body = document.querySelector(".article-body");
      if (body) body.style.fontSize = a.dataset.size;
    });
  });
})();
"""

SITE_CSS = """.news-item{display:flex;gap:1rem;padding:.75rem 0;border-bottom:1px solid #e5e5e5}
.news-item__thumb img{width:200px;height:125px;object-fit:cover}
.news-sentinel{height:48px;text-align:center;color:#888}
.news-sentinel.is-loading::after{content:"Đang tải...";}
.article-sapo{font-weight:700;margin:1rem 0}
.article-body figure.image{text-align:center;margin:1rem auto}
.article-body figcaption{font-style:italic;font-size:.9rem;color:#555}
.article-signature{text-align:right}
"""

ASSETS = {
    "/css/site.css": ("text/css", SITE_CSS),
    "/js/infinite-list.js": ("application/javascript", INFINITE_JS),
    "/js/islands.js": ("application/javascript", ISLANDS_JS),
    "/lib/bootstrap/dist/css/bootstrap.min.css": (
        "text/css",
        "/*!\n * Bootstrap  v5.3.3 (https://getbootstrap.com/)\n */:root{--bs-blue:#0d6efd}\n",
    ),
    "/lib/bootstrap/dist/js/bootstrap.bundle.min.js": (
        "application/javascript",
        "/*!\n  * Bootstrap v5.3.3 (https://getbootstrap.com/)\n  */\n",
    ),
    "/lib/bootstrap-icons/font/bootstrap-icons.min.css": (
        "text/css",
        "/*!\n * Bootstrap Icons v1.11.3 (https://icons.getbootstrap.com/)\n */\n",
    ),
}


class InfScrollSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/10.0",
        "X-Powered-By": "ASP.NET",
        "X-Frame-Options": "SAMEORIGIN",
        "X-Content-Type-Options": "nosniff",
    }
    image_folder = "/uploads/tin-tuc"
    number_base = 24310
    number_stride = 13

    # -- URLs

    def slug(self, item: Item) -> str:
        return slugify(item.title)

    def article_path(self, item: Item) -> str:
        return f"{NEWS_PATH}/{self.slug(item)}-{item.number}"

    def section_path(self, section: Section | None) -> str:
        return NEWS_PATH if self.is_news(section) else f"{SECTION_PREFIX}{section.slug}"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        """Page 1 is the rendered page; page N the chunk the scroll fetches N-1 chunks later."""
        if page <= 1:
            return self.section_path(section)
        if self.is_news(section):
            return news_chunk_path((page - 1) * CHUNK)
        return section_chunk_path(section.slug, page)

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path.lower()
        if len(path) > 1:
            path = path.rstrip("/")
        params = {k.lower(): v for k, v in request.params.items()}
        handler = params.get("handler", "").lower()
        if path in ASSETS:
            content_type, text = ASSETS[path]
            return Response(
                200,
                {
                    "Content-Type": f"{content_type}; charset=utf-8",
                    "Cache-Control": "public, max-age=604800",
                    **self.family_headers,
                },
                text.encode("utf-8"),
            )
        if path == "/":
            if handler == "category":
                section = self.section_by_id(int_param(params.get("id")))
                if section is None:
                    return self.partial_response("")
                return self.partial_response(self.island_items(self.listed(section)[:4]))
            if handler == "mostread":
                return self.partial_response(self.most_read_html())
            return self.page_response(self.home_html(request))
        if path == NEWS_PATH:
            if handler == "more":
                skip = max(0, int_param(params.get("skip")))
                take = int_param(params.get("take")) or CHUNK
                take = max(1, min(take, MAX_TAKE))
                return self.partial_response(self.news_chunk(skip, take))
            return self.page_response(self.listing_html(None, request))
        if path.startswith(SECTION_PREFIX):
            section = self.section_by_slug(path[len(SECTION_PREFIX) :])
            if section is None:
                return None
            if handler == "loadmore":
                return self.partial_response(
                    self.section_chunk(section, int_param(params.get("page")))
                )
            return self.page_response(self.listing_html(section, request))
        match = ARTICLE_PATH.match(path)
        if match:
            item = self.by_number.get(int(match.group(2)))
            if item is None:
                return None
            if match.group(1) != self.slug(item):
                return Response(
                    301,
                    {
                        "Location": self.article_path(item),
                        "Content-Type": "text/html; charset=utf-8",
                        **self.family_headers,
                    },
                    b"",
                )
            if handler == "view" and item.kind == "article":
                # The view counter's handler (the script posts to it; a GET reads the count).
                count = view_count(item.key) + 1
                return Response(
                    200,
                    {
                        "Content-Type": "application/json; charset=utf-8",
                        "Cache-Control": "no-cache, no-store",
                        **self.family_headers,
                    },
                    f'{{"id":{item.number},"luotXem":{count}}}'.encode("ascii"),
                )
            return self.article_response(item, request)
        if path == "/gioi-thieu":
            return self.page_response(self.intro_html(request))
        if path == "/lien-he":
            return self.page_response(self.contact_html(request))
        if path == "/tim-kiem":
            return self.page_response(self.search_html(request))
        return None

    def page_response(self, markup: str) -> Response:
        return self.html_response(
            markup, headers={"Cache-Control": "no-cache, no-store", "Pragma": "no-cache"}
        )

    def partial_response(self, markup: str) -> Response:
        """A Razor partial: a fragment of HTML, possibly empty."""
        return self.html_response(markup, headers={"Cache-Control": "no-cache, no-store"})

    # -- chunks

    def section_chunk(self, section: Section, page: int) -> str:
        """Items of page ``page`` of a section's list; a full chunk names the next page."""
        start = max(0, (page - 1) * CHUNK)
        shown = self.listed(section)[start : start + CHUNK]
        rows = "".join(self.news_item(it) for it in shown)
        if len(shown) == CHUNK:
            rows += (
                f'\n<div class="news-list__next d-none" '
                f'data-next="{esc(section_chunk_path(section.slug, page + 1))}"></div>'
            )
        return rows

    def news_chunk(self, skip: int, take: int) -> str:
        """The news page's items after ``skip``; the next sentinel while more remain."""
        items = self.listed(None)
        shown = items[skip : skip + take]
        rows = "".join(self.news_item(it) for it in shown)
        if skip + take < len(items):
            rows += "\n" + self.feed_sentinel(skip + take, take)
        return rows

    def feed_sentinel(self, skip: int, take: int = CHUNK) -> str:
        return (
            f'<div id="sentinel" class="news-sentinel" data-url="{esc(news_chunk_path(skip, take))}"'
            ' aria-hidden="true"><span class="spinner-border spinner-border-sm text-secondary">'
            "</span></div>"
        )

    # -- pieces

    def news_item(self, item: Item) -> str:
        href = esc(self.article_path(item))
        thumb = esc(image_path(item, 0, self.image_folder))
        return (
            f'\n<article class="news-item"><a class="news-item__thumb" href="{href}"><img '
            f'src="{thumb}" alt="{esc(item.title)}" loading="lazy" width="200" height="125"></a>'
            f'<div class="news-item__body"><h3 class="news-item__title"><a href="{href}">'
            f'{esc(item.title)}</a></h3><div class="news-item__meta text-muted small"><i '
            f'class="bi bi-clock"></i> {list_date(item.published)}</div><p '
            f'class="news-item__sapo">{esc(item.sapo())}</p></div></article>'
        )

    def island_items(self, items: list[Item]) -> str:
        return "".join(
            f'<div class="island-item"><a href="{esc(self.article_path(it))}">{esc(it.title)}'
            f'</a><span class="text-muted small"> {dmy(it.published)}</span></div>'
            for it in items
        )

    def most_read(self) -> list[Item]:
        healthy = [it for it in self.items if it.kind == "article"]
        return sorted(healthy, key=lambda it: (-view_count(it.key), it.key))[:5]

    def most_read_html(self) -> str:
        rows = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.most_read()
        )
        return f'<ol class="most-read-list">{rows}</ol>'

    def related(self, item: Item) -> list[Item]:
        """ "Tin cùng chuyên mục": the newest healthy items of the section but this one."""
        same = [it for it in self.listed(item.section) if it is not item and it.kind == "article"]
        return same[:RELATED]

    def share_tools(self, item: Item, request: Request) -> str:
        url = esc(request.base_url + self.article_path(item))
        return (
            '<div class="share-tools d-flex align-items-center gap-2 my-2">'
            f'<a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={url}" '
            'target="_blank" rel="noopener" title="Chia sẻ lên Facebook"><i class="bi bi-facebook">'
            '</i></a><a class="btn btn-sm btn-info zalo-share-button" href="javascript:void(0)" '
            f'data-href="{url}" data-oaid="579745863508352884" title="Chia sẻ qua Zalo">Zalo</a>'
            '<a class="btn btn-sm btn-light js-copy-link" href="javascript:void(0)" title="Sao chép '
            'liên kết"><i class="bi bi-link-45deg"></i></a><a class="btn btn-sm btn-light" '
            'href="javascript:window.print()" title="In bài viết"><i class="bi bi-printer"></i></a>'
            '<a class="btn btn-sm btn-light" href="mailto:?subject='
            f'{esc(item.title)}&amp;body={url}" title="Gửi email"><i class="bi bi-envelope"></i></a>'
            '<span class="ms-auto small">Cỡ chữ: <a class="js-font" href="javascript:void(0)" '
            'data-size="15px">A-</a> <a class="js-font" href="javascript:void(0)" '
            'data-size="17px">A</a> <a class="js-font" href="javascript:void(0)" '
            'data-size="19px">A+</a></span></div>'
        )

    def island(self, title: str, url: str, extra_class: str = "") -> str:
        return (
            f'<section class="box island {extra_class}" data-island="{esc(url)}"><h2 '
            f'class="box-title">{esc(title)}</h2><div class="island-body"><div '
            'class="placeholder-glow"><span class="placeholder col-12"></span><span '
            'class="placeholder col-10"></span><span class="placeholder col-8"></span></div>'
            "</div></section>"
        )

    def poll_form(self, seed: str) -> str:
        question, options = poll(seed)
        choices = "".join(
            f'<div class="form-check"><input class="form-check-input" type="radio" '
            f'name="LuaChon" id="lc{n}" value="{n}"><label class="form-check-label" '
            f'for="lc{n}">{esc(option)}</label></div>'
            for n, option in enumerate(options, 1)
        )
        return (
            '<section class="box poll"><h2 class="box-title">Thăm dò ý kiến</h2><form '
            'method="post" action="/?handler=BinhChon">'
            f'<p class="small">{esc(question)}</p>{choices}<button type="submit" class="btn '
            'btn-sm btn-primary mt-2">Biểu quyết</button><input name="__RequestVerificationToken" '
            f'type="hidden" value="{antiforgery_token(seed + "poll")}"></form></section>'
        )

    def sidebar(self, seed: str) -> str:
        t = tthc_stats(seed)
        v = visitor_stats(seed)
        return (
            '<aside class="col-lg-4 sidebar">'
            + self.island("Xem nhiều", "/?handler=MostRead", "most-read")
            + '<section class="box tthc"><h2 class="box-title">Kết quả giải quyết TTHC</h2>'
            f'<p class="small mb-1">Tháng {t["month"]}</p><ul class="list-unstyled small">'
            f"<li>Tiếp nhận: <b>{thousands(t['total'])}</b> hồ sơ</li><li>Giải quyết đúng hạn: "
            f"<b>{thousands(t['ontime'])}</b> ({t['percent']}%)</li><li>Trễ hạn: "
            f'<b>{thousands(t["late"])}</b></li></ul><a class="small" '
            'href="https://dichvucong.bichkhe.gov.vn" target="_blank" rel="noopener">Hệ thống '
            "thông tin giải quyết TTHC tỉnh</a></section>"
            + self.poll_form(seed)
            + '<section class="box banners"><a href="https://dichvucong.gov.vn" target="_blank" '
            'rel="noopener"><img src="/images/banner/dich-vu-cong-quoc-gia.png" alt="Cổng Dịch '
            'vụ công quốc gia" class="img-fluid"></a><a href="https://chinhphu.vn" '
            'target="_blank" rel="noopener"><img src="/images/banner/cong-ttdt-chinh-phu.png" '
            'alt="Cổng Thông tin điện tử Chính phủ" class="img-fluid"></a><a '
            'href="https://vanban.bichkhe.gov.vn" target="_blank" rel="noopener"><img '
            'src="/images/banner/van-ban-chi-dao.png" alt="Văn bản chỉ đạo điều hành" '
            'class="img-fluid"></a></section>'
            '<section class="box counter"><h2 class="box-title">Thống kê truy cập</h2><ul '
            f'class="list-unstyled small"><li>Đang truy cập: <b>{thousands(v["online"])}</b></li>'
            f"<li>Hôm nay: <b>{thousands(v['today'])}</b></li><li>Trong tuần: "
            f"<b>{thousands(v['week'])}</b></li><li>Trong tháng: <b>{thousands(v['month'])}</b>"
            f"</li><li>Tổng lượt truy cập: <b>{thousands(v['total'])}</b></li></ul></section>"
            "</aside>"
        )

    # -- layout

    def layout(
        self,
        *,
        title: str,
        main: str,
        seed: str,
        crumbs: list[tuple[str, str]] | None = None,
        head: str = "",
        scripts: tuple[str, ...] = (),
        with_sidebar: bool = True,
    ) -> str:
        p = self.portal
        dropdown = "".join(
            f'<li><a class="dropdown-item" href="{esc(self.section_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb_html = ""
        if crumbs:
            trail = "".join(
                f'<li class="breadcrumb-item"><a href="{esc(href)}">{esc(name)}</a></li>'
                for name, href in crumbs
            )
            crumb_html = (
                '<nav aria-label="breadcrumb"><ol class="breadcrumb my-3"><li '
                f'class="breadcrumb-item"><a href="/">Trang chủ</a></li>{trail}</ol></nav>'
            )
        script_tags = "".join(
            f'<script src="{name}?v={asset_version(name)}"></script>'
            for name in ("/js/islands.js", *scripts)
        )
        body = (
            f'<div class="row"><div class="col-lg-8">{main}</div>{self.sidebar(seed)}</div>'
            if with_sidebar
            else main
        )
        css = "/css/site.css"
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{esc(title)}</title>
    {head}
    <link rel="icon" href="/favicon.ico" />
    <link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />
    <link rel="stylesheet" href="/lib/bootstrap-icons/font/bootstrap-icons.min.css" />
    <link rel="stylesheet" href="{css}?v={asset_version(css)}" />
</head>
<body>
    <header class="site-header">
        <div class="topbar bg-danger text-white small py-1"><div class="container d-flex
justify-content-between"><span>Chào mừng bạn đến với {esc(p.name)}</span><span><a class="text-white"
href="/Identity/Account/Login">Đăng nhập</a> | <a class="text-white" href="/lien-he">Liên
hệ</a></span></div></div>
        <div class="container d-flex align-items-center py-3 gap-3">
            <a href="/" class="brand d-flex align-items-center gap-2 text-decoration-none"><img
src="/images/logo-bichkhe.png" alt="Logo" width="72" height="72" /><span class="brand-name
text-uppercase fw-bold text-danger">{esc(p.name)}</span></a>
            <form class="ms-auto d-flex" action="/tim-kiem" method="get" role="search"><input
class="form-control form-control-sm" type="search" name="q" placeholder="Nhập từ khóa..."
aria-label="Tìm kiếm" /><button class="btn btn-sm btn-danger ms-1" type="submit"><i class="bi
bi-search"></i></button></form>
        </div>
        <nav class="navbar navbar-expand-lg navbar-dark bg-danger"><div class="container">
            <button class="navbar-toggler" type="button" data-bs-toggle="collapse"
data-bs-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="Menu"><span
class="navbar-toggler-icon"></span></button>
            <div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav">
                <li class="nav-item"><a class="nav-link" href="/"><i class="bi bi-house-door-fill"></i>
Trang chủ</a></li>
                <li class="nav-item"><a class="nav-link" href="/gioi-thieu">Giới thiệu</a></li>
                <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#"
role="button" data-bs-toggle="dropdown" aria-expanded="false">Tin tức</a><ul
class="dropdown-menu"><li><a class="dropdown-item" href="{NEWS_PATH}">{esc(self.news.name)}</a></li>
{dropdown}</ul></li>
                <li class="nav-item"><a class="nav-link" href="https://dichvucong.bichkhe.gov.vn"
target="_blank" rel="noopener">Thủ tục hành chính</a></li>
                <li class="nav-item"><a class="nav-link" href="https://vanban.bichkhe.gov.vn"
target="_blank" rel="noopener">Văn bản</a></li>
                <li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li>
            </ul></div>
        </div></nav>
    </header>
    <div class="container">
        {crumb_html}
        <main role="main" class="pb-3">
{body}
        </main>
    </div>
    <footer class="site-footer bg-dark text-light small mt-4 py-4"><div class="container"><div
class="row"><div class="col-md-7"><p class="text-uppercase fw-bold">{esc(p.name)}</p><p>Cơ quan
chủ quản: {esc(p.agency)}</p><p>Trưởng Ban biên tập: {esc(p.editor)}</p><p>{esc(p.licence)}</p>
</div><div class="col-md-5"><p>Địa chỉ: {esc(p.address)}</p><p>Điện thoại: {esc(p.phone)} -
Thư điện tử: <a class="text-light" href="mailto:banbientap@{esc(p.domain)}">banbientap@{esc(p.domain)}</a></p>
<p>{esc(reuse_notice(p))}</p><p class="text-secondary">Thiết kế và phát triển: {VENDOR}</p></div>
</div></div></footer>
    <a href="#" class="back-to-top" aria-label="Về đầu trang"><i class="bi bi-arrow-up"></i></a>
    <script src="/lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>
    {script_tags}
</body>
</html>
"""

    # -- pages

    def home_html(self, request: Request) -> str:
        newest = self.latest(HOME_NEWEST)
        lead, tops, rest = newest[:1], newest[1:4], newest[4:]
        hero = "".join(
            f'<article class="hero"><a href="{esc(self.article_path(it))}"><img '
            f'src="{esc(image_path(it, 0, self.image_folder))}" alt="{esc(it.title)}" '
            'class="img-fluid"></a><h2 class="hero-title"><a href="'
            f'{esc(self.article_path(it))}">{esc(it.title)}</a></h2><div class="text-muted '
            f'small">{list_date(it.published)}</div><p>{esc(it.sapo())}</p></article>'
            for it in lead
        )
        cards = "".join(
            f'<div class="col-md-4"><article class="card-news"><a href="'
            f'{esc(self.article_path(it))}"><img src="{esc(image_path(it, 0, self.image_folder))}" '
            f'alt="{esc(it.title)}" class="img-fluid" loading="lazy"></a><h3 class="card-news__title">'
            f'<a href="{esc(self.article_path(it))}">{esc(it.title)}</a></h3></article></div>'
            for it in tops
        )
        rows = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> <span '
            f'class="text-muted small">({list_date(it.published)})</span></li>'
            for it in rest
        )
        boxes = "".join(
            '<div class="col-md-6">'
            + self.island(s.name, f"/?handler=Category&id={s.id}", "home-category")
            + f'<a class="small" href="{esc(self.section_path(s))}">Xem tất cả</a></div>'
            for s in self.sections.values()
        )
        main = (
            f'<section class="home-top">{hero}<div class="row g-3 mt-2">{cards}</div></section>'
            '<section class="box newest mt-4"><h2 class="box-title">Tin mới nhất</h2><ul '
            f'class="newest-list">{rows}</ul><a class="small" href="{NEWS_PATH}">Xem tất cả tin '
            f'tức</a></section><div class="row mt-4">{boxes}</div>'
        )
        head = (
            f'<meta name="description" content="{esc(self.portal.name)}: thông tin chính thức '
            f'của chính quyền tỉnh {esc(self.portal.province)}" />'
        )
        return self.layout(title=self.portal.name, main=main, seed=request.seed, head=head)

    def listing_html(self, section: Section | None, request: Request) -> str:
        news = self.is_news(section)
        name = self.news.name if news else section.name
        items = self.listed(section)
        shown = items[:CHUNK]
        rows = "".join(self.news_item(it) for it in shown)
        if news:
            sentinel = self.feed_sentinel(CHUNK) if len(items) > CHUNK else ""
            listing = f'<div class="news-feed" id="newsFeed">{rows}\n{sentinel}</div>'
        else:
            next_attr = (
                f' data-next="{esc(section_chunk_path(section.slug, 2))}"'
                if len(shown) == CHUNK
                else ""
            )
            listing = (
                f'<div class="news-list" id="newsList" data-sentinel="sentinel"{next_attr}>'
                f'{rows}\n</div><div id="sentinel" class="news-sentinel" aria-hidden="true">'
                "</div>"
            )
        if not shown:
            listing = '<p class="text-muted">Chưa có tin bài trong chuyên mục này.</p>'
        main = (
            f'<section class="category"><h1 class="category-title">{esc(name)}</h1>{listing}'
            "</section>"
        )
        crumbs = [(name, self.section_path(section))]
        return self.layout(
            title=f"{name} - {self.portal.name}",
            main=main,
            seed=request.seed,
            crumbs=crumbs,
            scripts=("/js/infinite-list.js",),
        )

    def article_html(self, item: Item, request: Request) -> str:
        blocks = body_blocks(item, request.revision)
        first = next((i for i, (kind, _) in enumerate(blocks) if kind == "p"), None)
        lead = blocks[first][1] if first is not None else ""
        content = []
        for index, (kind, value) in enumerate(blocks):
            if index == first:
                continue
            if kind == "p":
                content.append(f'<p style="text-align:justify">{esc(value)}</p>')
            else:
                number, caption = value
                src = esc(image_path(item, number, self.image_folder))
                content.append(
                    f'<figure class="image"><img src="{src}" alt="{esc(item.title)}">'
                    f"<figcaption>{esc(caption)}</figcaption></figure>"
                )
        signature = ""
        if item.author:
            signature += f'<p class="article-author"><strong>{esc(item.author)}</strong></p>'
        if item.source:
            signature += f'<p class="article-source"><em>Nguồn: {esc(item.source)}</em></p>'
        if signature:
            signature = f'<div class="article-signature text-end">{signature}</div>'
        updated = item.shown_modified(request.revision)
        updated_html = (
            f'<span class="article-meta__updated">Cập nhật: {list_date(updated)}</span>'
            if updated
            else ""
        )
        related = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> <span '
            f'class="text-muted small">({dmy(it.published)})</span></li>'
            for it in self.related(item)
        )
        views = view_count(item.key)
        section = item.section
        main = (
            '<article class="article-detail">'
            f'<a class="article-category text-danger text-uppercase small fw-bold" '
            f'href="{esc(self.section_path(section))}">{esc(section.name)}</a>'
            f'<h1 class="article-title">{esc(item.title)}</h1>'
            '<div class="article-meta text-muted small d-flex gap-3"><span '
            f'class="article-meta__date"><i class="bi bi-calendar3"></i> '
            f"{article_date(item.published)}</span>{updated_html}<span "
            f'class="article-meta__views" data-view-url="{esc(self.article_path(item))}'
            f'?handler=View"><i class="bi bi-eye"></i> {thousands(views)} lượt xem</span></div>'
            f"{self.share_tools(item, request)}"
            f'<div class="article-sapo">{esc(lead)}</div>'
            f'<div class="article-body">{"".join(content)}</div>{signature}'
            f"{self.share_tools(item, request)}</article>"
            '<section class="box feedback mt-4"><h2 class="box-title">Ý kiến bạn đọc</h2><form '
            f'method="post" action="{esc(self.article_path(item))}?handler=GopY"><div '
            'class="row g-2"><div class="col-md-6"><input class="form-control" name="HoTen" '
            'placeholder="Họ và tên" required></div><div class="col-md-6"><input '
            'class="form-control" type="email" name="Email" placeholder="Thư điện tử"></div>'
            '<div class="col-12"><textarea class="form-control" name="NoiDung" rows="3" '
            'placeholder="Nội dung ý kiến"></textarea></div></div><button type="submit" '
            'class="btn btn-sm btn-danger mt-2">Gửi ý kiến</button><input '
            'name="__RequestVerificationToken" type="hidden" '
            f'value="{antiforgery_token(request.seed)}"></form></section>'
            '<section class="box related mt-4"><h2 class="box-title">Tin cùng chuyên mục</h2>'
            f'<ul class="related-list">{related}</ul></section>'
        )
        url = esc(request.base_url + self.article_path(item))
        head = (
            f'<meta name="description" content="{esc(item.sapo(request.revision))}" />'
            f'<meta property="og:type" content="article" /><meta property="og:title" '
            f'content="{esc(item.title)}" /><meta property="og:url" content="{url}" /><meta '
            'property="og:image" content="'
            f'{esc(request.base_url + image_path(item, 0, self.image_folder))}" />'
        )
        return self.layout(
            title=f"{item.title} - {self.portal.name}",
            main=main,
            seed=request.seed,
            crumbs=[(self.news.name, NEWS_PATH), (section.name, self.section_path(section))],
            head=head,
        )

    def intro_html(self, request: Request) -> str:
        paragraphs = "".join(f"<p>{esc(text)}</p>" for text in INTRO)
        main = (
            '<article class="page-static"><h1 class="page-title">Giới thiệu chung về tỉnh '
            f"{esc(self.portal.province)}</h1>{paragraphs}</article>"
        )
        return self.layout(
            title=f"Giới thiệu - {self.portal.name}",
            main=main,
            seed=request.seed,
            crumbs=[("Giới thiệu", "/gioi-thieu")],
        )

    def contact_html(self, request: Request) -> str:
        p = self.portal
        main = (
            '<section class="page-static"><h1 class="page-title">Liên hệ</h1>'
            f"<p>{esc(p.name)}</p><p>Địa chỉ: {esc(p.address)}</p><p>Điện thoại: "
            f"{esc(p.phone)}</p><p>Thư điện tử: banbientap@{esc(p.domain)}</p><form "
            'method="post" action="/lien-he"><input class="form-control mb-2" name="HoTen" '
            'placeholder="Họ và tên"><textarea class="form-control mb-2" name="NoiDung" '
            'placeholder="Nội dung"></textarea><button class="btn btn-danger" type="submit">Gửi'
            '</button><input name="__RequestVerificationToken" type="hidden" '
            f'value="{antiforgery_token(request.seed)}"></form></section>'
        )
        return self.layout(
            title=f"Liên hệ - {p.name}",
            main=main,
            seed=request.seed,
            crumbs=[("Liên hệ", "/lien-he")],
        )

    def search_html(self, request: Request) -> str:
        query = request.params.get("q", "").strip()
        if query:
            words = query.lower().split()
            found = [
                it
                for it in self.items
                if it.kind == "article" and all(w in it.title.lower() for w in words)
            ]
            rows = "".join(self.news_item(it) for it in found[:CHUNK])
            result = (
                f'<p class="text-muted">Tìm thấy {len(found)} kết quả cho '
                f"\u201c{esc(query)}\u201d</p>{rows}"
            )
        else:
            result = '<p class="text-muted">Vui lòng nhập từ khóa cần tìm.</p>'
        main = f'<section class="search"><h1 class="page-title">Tìm kiếm</h1>{result}</section>'
        return self.layout(
            title=f"Tìm kiếm - {self.portal.name}",
            main=main,
            seed=request.seed,
            crumbs=[("Tìm kiếm", "/tim-kiem")],
        )

    def error_html(self, status: int) -> str:
        if status == 404:
            title, message = (
                "Không tìm thấy trang",
                (
                    "Trang bạn yêu cầu không tồn tại hoặc đã được gỡ bỏ. Vui lòng quay lại trang chủ."
                ),
            )
        else:
            title, message = (
                "Đã xảy ra lỗi",
                ("Hệ thống đang gặp sự cố, xin vui lòng thử lại sau ít phút."),
            )
        main = (
            f'<section class="error-page text-center py-5"><h1 class="display-4">{status}</h1>'
            f'<p class="lead">{title}</p><p>{message}</p><a class="btn btn-danger" href="/">Về '
            "trang chủ</a></section>"
        )
        return self.layout(
            title=f"{title} - {self.portal.name}",
            main=main,
            seed=f"{self.portal.id}:error{status}",
            with_sidebar=False,
        )
