"""A Vietnamese vendor's ASP.NET Core + Bootstrap 5 e-government portal where every listing item
is ONE anchor wrapping the whole card (``a.card-news``: lazy thumbnail, ``h3`` title, date
``span`` and excerpt ``p``), so a link's text is title + date + excerpt.

URL shapes: home ``/``; sections ``/chuyen-muc/<slug>`` paged by ``?p=N`` (1-based, page 1 has
no parameter); articles ``/tin-tuc/<slug>-<id>.htm``; an id-only short alias
``/tin-tuc/<id>.htm`` (the "Sao chép liên kết" link, served 200 with a canonical link); video
pages ``/video/<slug>-<id>.htm`` and photo galleries ``/anh/<slug>-<id>.htm`` (not news).
Articles: ``h1.detail-title``, ``span.detail-time`` ("22/09/2022 15:15"), view counter in the
title area, sapo ``h2.detail-sapo`` (the first paragraph), body ``div.detail-content`` with
``figure``/``figcaption``, the author bold and right-aligned on the last line, "Nguồn: ...".
No sitemap, no RSS.
"""

from __future__ import annotations

from dataclasses import dataclass

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
)

LAZY_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="
VIDEO_TITLES = (
    "Phóng sự: Một ngày làm việc tại Trung tâm điều hành thông minh của tỉnh",
    "Hướng dẫn nộp hồ sơ trực tuyến trên Cổng dịch vụ công bằng điện thoại",
    "Bản tin tuần: Nông dân vùng cao bán nông sản qua sàn thương mại điện tử",
)
PHOTO_TITLES = (
    "Chùm ảnh: Ngày hội công nghệ số dành cho học sinh trung học",
    "Chùm ảnh: Tổ công nghệ số cộng đồng đến từng thôn bản",
    "Chùm ảnh: Khánh thành điểm phục vụ hành chính công một cửa mới",
)


@dataclass(frozen=True)
class MediaPage:
    """A video or photo gallery page of the home page's media blocks (not an article)."""

    kind: str  # "video" or "anh"
    number: int
    title: str

    @property
    def path(self) -> str:
        """The page's path.

        >>> MediaPage("anh", 93500, "Chùm ảnh: Ngày hội công nghệ số").path
        '/anh/chum-anh-ngay-hoi-cong-nghe-so-93500.htm'
        """
        return f"/{self.kind}/{slugify(self.title, max_len=70)}-{self.number}.htm"


class CardLinksSite(CmsSite):
    """The card-anchor ASP.NET Core portal family."""

    number_base = 215_400
    number_stride = 13
    image_folder = "/uploads/images"
    family_headers = {"Server": "Kestrel", "X-Powered-By": "ASP.NET"}

    def __init__(self, portal, articles):
        super().__init__(portal, articles)
        self.media = [MediaPage("video", 91_200 + 7 * i, t) for i, t in enumerate(VIDEO_TITLES)]
        self.media += [MediaPage("anh", 93_500 + 11 * i, t) for i, t in enumerate(PHOTO_TITLES)]
        self.by_short = {f"/tin-tuc/{it.number}.htm": it for it in self.items}

    # -- URL shapes

    def article_path(self, item: Item) -> str:
        return f"/tin-tuc/{slugify(item.title, max_len=80)}-{item.number}.htm"

    def article_aliases(self, item: Item) -> list[str]:
        return [f"/tin-tuc/{item.number}.htm"]

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        slug = self.news.slug if self.is_news(section) else section.slug
        return f"/chuyen-muc/{slug}" + (f"?p={page}" if page > 1 else "")

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path == "/":
            return self.html_response(self.home_html(request))
        if path.startswith("/chuyen-muc/"):
            slug = path[len("/chuyen-muc/") :].strip("/")
            section = None if slug == self.news.slug else self.section_by_slug(slug)
            if section is None and slug != self.news.slug:
                return None
            items, pages = self.page_of(self.listed(section), 1)
            page = page_number(request.params.get("p"))
            if page > pages:
                return None
            return self.html_response(self.listing_html(section, page, request))
        if path in self.by_path:
            return self.article_response(self.by_path[path], request)
        if path in self.by_short:
            return self.article_response(self.by_short[path], request)
        for media in self.media:
            if media.path == path:
                return self.html_response(self.media_html(media, request))
        return None

    # -- pieces

    def card(self, item: Item, seed: str, tracking: str | None = None, sapo: bool = True) -> str:
        """One listing item: a single anchor wrapping thumbnail, title, date and excerpt."""
        href = self.article_path(item) + (f"?utm_source={tracking}" if tracking else "")
        excerpt = f'<p class="card-news__sapo">{esc(item.sapo(0, 160))}</p>' if sapo else ""
        thumb = image_path(item, 0, self.image_folder)
        return (
            f'<a class="card-news" href="{esc(href)}" title="{esc(item.title)}">'
            f'<div class="card-news__thumb ratio ratio-16x9">'
            f'<img class="lazyload" data-src="{thumb}" src="{LAZY_GIF}" alt="{esc(item.title)}">'
            f'</div><div class="card-news__body">'
            f'<h3 class="card-news__title">{esc(item.title)}</h3>'
            f'<span class="card-news__time"><i class="bi bi-clock"></i> '
            f"{item.published:%d/%m/%Y %H:%M}</span>{excerpt}</div></a>"
        )

    def media_card(self, media: MediaPage) -> str:
        icon = "bi-play-circle" if media.kind == "video" else "bi-images"
        return (
            f'<a class="card-news card-news--media" href="{media.path}">'
            f'<div class="card-news__thumb ratio ratio-16x9"><img class="lazyload" '
            f'data-src="/uploads/media/{stable_token(media.title, 8)}.jpg" src="{LAZY_GIF}" alt="">'
            f'<i class="bi {icon}"></i></div><div class="card-news__body">'
            f'<h3 class="card-news__title">{esc(media.title)}</h3></div></a>'
        )

    def frame(self, title: str, main: str, request: Request, canonical: str | None = None) -> str:
        p = self.portal
        menu = "".join(
            f'<li class="nav-item"><a class="nav-link" href="{self.listing_path(s)}">'
            f"{esc(s.name)}</a></li>"
            for s in [self.news, *self.sections.values()]
        )
        link = f'<link rel="canonical" href="{request.base_url}{canonical}">' if canonical else ""
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{esc(title)}</title>{link}"
            '<link rel="stylesheet" href="/lib/bootstrap/css/bootstrap.min.css">'
            '<link rel="stylesheet" href="/css/egov-portal.min.css?v=3.2.1"></head><body>'
            '<div class="topbar bg-primary text-white small"><div class="container d-flex">'
            f'<span class="me-auto">{esc(p.agency)}</span>'
            '<a class="text-white me-3" href="/dang-nhap">Đăng nhập</a>'
            '<a class="text-white" href="https://dichvucong.gov.vn">Dịch vụ công</a></div></div>'
            '<header class="site-header"><div class="container d-flex align-items-center">'
            f'<a class="brand" href="/"><img src="/images/quoc-huy.png" alt="Quốc huy">'
            f'<span class="brand-name">{esc(p.name)}</span></a>'
            '<form class="ms-auto search-box" action="/tim-kiem" method="get">'
            '<input name="q" class="form-control" placeholder="Nhập từ khóa tìm kiếm"></form>'
            "</div></header>"
            '<nav class="navbar navbar-expand-lg navbar-main"><div class="container">'
            '<ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">'
            '<i class="bi bi-house"></i> Trang chủ</a></li>'
            f"{menu}</ul></div></nav>"
            f'<main class="container py-3"><div class="row"><div class="col-lg-8">{main}</div>'
            f'<aside class="col-lg-4 sidebar">{self.sidebar(request)}</aside></div></main>'
            f"{self.footer()}"
            '<script src="/lib/lazysizes/lazysizes.min.js"></script>'
            '<script src="/lib/bootstrap/js/bootstrap.bundle.min.js"></script></body></html>'
        )

    def sidebar(self, request: Request) -> str:
        stats = tthc_stats(request.seed)
        visits = visitor_stats(request.seed)
        question, options = poll(request.seed)
        hot = "".join(
            f'<li><a href="{self.article_path(it)}">{esc(it.title)}</a></li>'
            for it in self.latest(5)
        )
        choices = "".join(
            f'<div class="form-check"><input class="form-check-input" type="radio" name="bc" '
            f'id="bc{i}"><label class="form-check-label" for="bc{i}">{esc(o)}</label></div>'
            for i, o in enumerate(options)
        )
        return (
            '<div class="widget widget-hot"><h4 class="widget-title">Tin mới</h4>'
            f'<ul class="list-unstyled">{hot}</ul></div>'
            '<div class="widget widget-tthc"><h4 class="widget-title">Kết quả giải quyết TTHC'
            f"</h4><p>Tháng {stats['month']}: {thousands(stats['total'])} hồ sơ đã giải quyết, "
            f"{stats['percent']}% đúng hạn, {thousands(stats['late'])} hồ sơ trễ hạn.</p></div>"
            '<div class="widget widget-banner">'
            '<a href="https://dichvucong.gov.vn"><img src="/images/banner-dvc.png" '
            'alt="Cổng Dịch vụ công quốc gia"></a>'
            '<a href="/van-ban"><img src="/images/banner-vanban.png" alt="Văn bản chỉ đạo"></a>'
            '<a href="/hoi-dap"><img src="/images/banner-hoidap.png" alt="Hỏi đáp trực tuyến">'
            "</a></div>"
            '<div class="widget widget-poll"><h4 class="widget-title">Thăm dò ý kiến</h4>'
            f'<p>{esc(question)}</p>{choices}<button type="button" class="btn btn-sm btn-primary"'
            ' onclick="votePoll()">Bình chọn</button></div>'
            '<div class="widget widget-counter"><h4 class="widget-title">Thống kê truy cập</h4>'
            f'<ul class="list-unstyled"><li>Đang trực tuyến: {thousands(visits["online"])}</li>'
            f"<li>Hôm nay: {thousands(visits['today'])}</li>"
            f"<li>Tháng này: {thousands(visits['month'])}</li>"
            f"<li>Tổng lượt truy cập: {thousands(visits['total'])}</li></ul></div>"
        )

    def footer(self) -> str:
        p = self.portal
        return (
            '<footer class="site-footer bg-dark text-light py-4"><div class="container">'
            f'<p class="fw-bold">{esc(p.name.upper())}</p>'
            f"<p>Cơ quan chủ quản: {esc(p.agency)}</p>"
            f"<p>Chịu trách nhiệm chính: {esc(p.editor)}</p>"
            f"<p>{esc(p.licence)}</p>"
            f"<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)}</p>"
            f"<p>{esc(reuse_notice(p))}</p>"
            '<p class="small">Thiết kế và phát triển bởi Công ty Cổ phần Giải pháp số Sao Việt'
            "</p></div></footer>"
        )

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        out = []
        if page > 1:
            out.append(
                f'<li class="page-item"><a class="page-link" href="'
                f'{esc(self.listing_path(section, 1))}" aria-label="Trang đầu">&laquo;</a></li>'
            )
        for n in pager_window(page, pages):
            if n is None:
                out.append('<li class="page-item disabled"><span class="page-link">…</span></li>')
            elif n == page:
                out.append(f'<li class="page-item active"><span class="page-link">{n}</span></li>')
            else:
                out.append(
                    f'<li class="page-item"><a class="page-link" href="'
                    f'{esc(self.listing_path(section, n))}">{n}</a></li>'
                )
        if page < pages:
            out.append(
                f'<li class="page-item"><a class="page-link" href="'
                f'{esc(self.listing_path(section, pages))}" aria-label="Trang cuối">&raquo;</a>'
                "</li>"
            )
        return f'<nav aria-label="Phân trang"><ul class="pagination">{"".join(out)}</ul></nav>'

    def crumbs(self, *parts: tuple[str, str]) -> str:
        links = "".join(
            f'<li class="breadcrumb-item"><a href="{href}">{esc(name)}</a></li>'
            for name, href in parts
        )
        return (
            '<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
            f"{links}</ol>"
        )

    # -- pages

    def home_html(self, request: Request) -> str:
        hero = "".join(
            f'<div class="carousel-item{" active" if i == 0 else ""}">'
            f"{self.card(it, request.seed, tracking='trangchu')}</div>"
            for i, it in enumerate(self.latest(5))
        )
        blocks = []
        for section in self.sections.values():
            cards = "".join(
                f'<div class="col-md-6">{self.card(it, request.seed, sapo=False)}</div>'
                for it in self.listed(section)[:4]
            )
            blocks.append(
                f'<section class="home-block"><h2 class="block-title"><a href="'
                f'{self.listing_path(section)}">{esc(section.name)}</a></h2>'
                f'<div class="row g-3">{cards}</div><a class="more" href="'
                f'{self.listing_path(section)}">Xem thêm</a></section>'
            )
        videos = "".join(
            f'<div class="col-md-4">{self.media_card(m)}</div>'
            for m in self.media
            if m.kind == "video"
        )
        photos = "".join(
            f'<div class="col-md-4">{self.media_card(m)}</div>'
            for m in self.media
            if m.kind == "anh"
        )
        main = (
            f'<div id="heroCarousel" class="carousel slide" data-bs-ride="carousel">'
            f'<div class="carousel-inner">{hero}</div></div>{"".join(blocks)}'
            f'<section class="home-block block-video"><h2 class="block-title">Video</h2>'
            f'<div class="row g-3">{videos}</div></section>'
            f'<section class="home-block block-photo"><h2 class="block-title">Ảnh</h2>'
            f'<div class="row g-3">{photos}</div></section>'
        )
        return self.frame(self.portal.name, main, request, "/")

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        shown = self.news if self.is_news(section) else section
        items, pages = self.page_of(self.listed(section), page)
        cards = "".join(
            f'<div class="col-12 list-item">{self.card(it, request.seed)}</div>' for it in items
        )
        main = (
            f"{self.crumbs((shown.name, self.listing_path(section)))}"
            f'<h1 class="category-title">{esc(shown.name)}</h1>'
            f'<div class="row g-3 list-news">{cards}</div>{self.pager(section, page, pages)}'
        )
        title = f"{shown.name}" + (f" - Trang {page}" if page > 1 else "")
        return self.frame(
            f"{title} | {self.portal.name}", main, request, self.listing_path(section, page)
        )

    def article_html(self, item: Item, request: Request) -> str:
        revision = request.revision
        paragraphs = item.body(revision)
        content = []
        sapo_skipped = False
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                if not sapo_skipped:
                    sapo_skipped = True
                    continue  # the first paragraph is the sapo (h2.detail-sapo)
                content.append(f"<p>{esc(value)}</p>")
            else:
                index, caption = value
                content.append(
                    '<figure class="figure text-center"><img class="figure-img img-fluid" '
                    f'src="{image_path(item, index, self.image_folder)}" alt="{esc(caption)}">'
                    f'<figcaption class="figure-caption">{esc(caption)}</figcaption></figure>'
                )
        if item.author:
            content.append(f'<p style="text-align:right"><strong>{esc(item.author)}</strong></p>')
        source = f'<p class="detail-source">Nguồn: {esc(item.source)}</p>' if item.source else ""
        updated = item.shown_modified(revision)
        updated_html = (
            f'<span class="detail-updated">Cập nhật: {updated:%d/%m/%Y %H:%M}</span>'
            if updated
            else ""
        )
        sapo = paragraphs[0] if paragraphs else ""
        related = "".join(
            f'<div class="col-md-6">{self.card(it, request.seed)}</div>'
            for it in self.others(item, 4)
        )
        short = f"{request.base_url}/tin-tuc/{item.number}.htm"
        main = (
            f"{self.crumbs((item.section.name, self.listing_path(item.section)))}"
            f'<article class="detail"><h1 class="detail-title">{esc(item.title)}</h1>'
            '<div class="detail-meta d-flex small text-muted">'
            f'<span class="detail-time"><i class="bi bi-clock"></i> '
            f"{item.published:%d/%m/%Y %H:%M}</span>{updated_html}"
            f'<span class="detail-view ms-3"><i class="bi bi-eye"></i> '
            f"{thousands(view_count(request.seed))}</span>"
            '<span class="detail-tools ms-auto">'
            '<a href="javascript:window.print()" title="In bài viết"><i class="bi bi-printer">'
            "</i></a> "
            f'<a href="{short}" class="copy-link" title="Sao chép liên kết">'
            '<i class="bi bi-link-45deg"></i></a> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={short}" target="_blank">'
            '<i class="bi bi-facebook"></i></a></span></div>'
            f'<h2 class="detail-sapo">{esc(sapo)}</h2>'
            f'<div class="detail-content">{"".join(content)}</div>{source}</article>'
            '<section class="related-news"><h3 class="block-title">Tin liên quan</h3>'
            f'<div class="row g-3">{related}</div></section>'
        )
        return self.frame(
            f"{item.title} | {self.portal.name}", main, request, self.article_path(item)
        )

    def media_html(self, media: MediaPage, request: Request) -> str:
        if media.kind == "video":
            inner = (
                '<div class="ratio ratio-16x9"><video controls preload="none" '
                f'poster="/uploads/media/{stable_token(media.title, 8)}.jpg">'
                f'<source src="/uploads/video/{media.number}.mp4" type="video/mp4"></video></div>'
                "<p>Mời quý vị theo dõi video do Trung tâm Truyền thông tỉnh thực hiện.</p>"
            )
        else:
            photos = "".join(
                f'<figure class="gallery-item"><img src="/uploads/anh/{media.number}-{i}.jpg" '
                f'alt=""><figcaption>Ảnh {i}: Hoạt động tại buổi lễ, góc chụp số {i}</figcaption>'
                "</figure>"
                for i in range(1, 9)
            )
            inner = (
                f'<div class="gallery">{photos}</div>'
                "<p>Một số hình ảnh ghi nhận tại sự kiện do phóng viên cổng thông tin thực hiện.</p>"
            )
        label = "Video" if media.kind == "video" else "Ảnh"
        main = (
            f'{self.crumbs((label, "/"))}<article class="media-detail">'
            f'<h1 class="detail-title">{esc(media.title)}</h1>{inner}</article>'
        )
        day = stable_int(media.title, 1, 28)
        main = main.replace(
            "</h1>", f'</h1><span class="detail-time">{day:02d}/10/2022 09:30</span>', 1
        )
        return self.frame(f"{media.title} | {self.portal.name}", main, request, media.path)

    def error_html(self, status: int) -> str:
        message = "Trang bạn tìm không tồn tại" if status == 404 else "Hệ thống đang bận"
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
            f"<title>{status} - {esc(self.portal.name)}</title></head><body>"
            f'<div class="container text-center py-5"><h1>{status}</h1><p>{message}.</p>'
            '<a class="btn btn-primary" href="/">Về trang chủ</a></div></body></html>'
        )
