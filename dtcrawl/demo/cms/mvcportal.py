"""ASP.NET MVC 5 department-portal family (skhcn-quanghac): a local vendor's CMS, Kendo UI, jQuery.

URL shapes (routes are case-insensitive, as IIS/MVC routing is):
- home ``/``;
- general news ``/tin-tuc``, a section ``/tin-tuc/<slug>`` (e.g. ``/tin-tuc/chuyen-doi-so``);
  page N as a path segment: ``/tin-tuc/chuyen-doi-so/trang-2`` (one-based; ``/trang-1`` is the
  first page again, the pager links the bare URL);
- article ``/tin-tuc/chi-tiet/<id>`` (no slug), and the alias ``/tin-tuc/chi-tiet/<id>/<slug>``
  the home page links to (same page, no canonical link);
- attachments ``/Uploads/files/<yyyy>/<mm>/<name>.pdf`` (application/pdf);
- ``/Account/Login?ReturnUrl=…`` (every page links it with its own path), no sitemap, no RSS.

Article markup: the page ``<h1 class="cate-title">`` is the SECTION name; the title is
``<h2 class="title-detail">``; the byline ("Tin, ảnh: …" or "Tác giả: …") sits just under it;
the body is ``div#content-detail`` (some paragraphs as ``<ul>``/``<ol>`` items, some pasted from
Word with a decorative ``<span style="mso-list:Ignore">-</span>`` bullet, images followed by a
``<p class="img-caption">`` or an ``<em>`` caption), "Nguồn: …" closes the body; the date line
"Ngày đăng: dd/mm/yyyy HH:MM" comes after the body, then "Tài liệu đính kèm" (some articles),
the "Đánh giá bài viết" stars, "Tin khác" with dates and the "Bình luận" form.
"""

from __future__ import annotations

import json
from urllib.parse import quote

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
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
)

NEWS = "/tin-tuc"
DETAIL = "/tin-tuc/chi-tiet/"
LOGIN = "/Account/Login"
UPLOADS = "/Uploads/files/"
LIST_STYLES = ("plain", "ul", "ol", "word")
# A tiny but well-formed one-page PDF, served for every attachment.
PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)
DOC_KINDS = (
    ("KH", "Kế hoạch"),
    ("QĐ", "Quyết định"),
    ("CV", "Công văn"),
    ("TB", "Thông báo"),
    ("HD", "Hướng dẫn"),
)
DOC_SUBJECTS = (
    "triển khai nền tảng số dùng chung của tỉnh",
    "tổ chức Ngày Chuyển đổi số tỉnh",
    "bảo đảm an toàn thông tin mạng trong cơ quan nhà nước",
    "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
    "phát triển kinh tế số và xã hội số trên địa bàn tỉnh",
    "vận hành Trung tâm giám sát, điều hành đô thị thông minh",
    "kiện toàn tổ công nghệ số cộng đồng cấp xã",
)
LINKS = (
    ("Cổng Dịch vụ công quốc gia", "https://dichvucong.gov.vn"),
    ("Cổng thông tin điện tử Chính phủ", "https://chinhphu.vn"),
    ("Bộ Khoa học và Công nghệ", "https://mst.gov.vn"),
    ("Hệ thống thông tin báo cáo tỉnh", "https://baocao.quanghac.gov.vn"),
)


def pager_segment(page: int) -> str:
    """The path segment naming listing page ``page`` ("" for the first page).

    >>> pager_segment(1), pager_segment(3)
    ('', '/trang-3')
    """
    return "" if page <= 1 else f"/trang-{page}"


def split_page(path: str) -> tuple[str, int]:
    """Split a listing path into its base and page number (``/trang-N`` suffix, one-based).

    >>> split_page("/tin-tuc/chuyen-doi-so/trang-2")
    ('/tin-tuc/chuyen-doi-so', 2)
    >>> split_page("/tin-tuc")
    ('/tin-tuc', 1)
    """
    base, _, last = path.rpartition("/")
    if last.startswith("trang-") and base:
        return base, page_number(last[len("trang-") :], 0)
    return path, 1


class MvcPortalSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/10.0",
        "X-AspNetMvc-Version": "5.2",
        "X-AspNet-Version": "4.0.30319",
        "X-Powered-By": "ASP.NET",
    }
    image_folder = "/Uploads/images/tin-tuc"
    number_base = 5210
    number_stride = 3

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"{DETAIL}{item.number}"

    def alias_path(self, item: Item) -> str:
        """The slugged alias of an article the home page links to."""
        return f"{DETAIL}{item.number}/{slugify(item.title)}"

    def article_aliases(self, item: Item) -> list[str]:
        return [self.alias_path(item)]

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = NEWS if self.is_news(section) else f"{NEWS}/{section.slug}"
        return base + pager_segment(page)

    def attachment(self, item: Item) -> tuple[str, str] | None:
        """The attached document of ``item`` (path, link text), on about a third of articles."""
        if item.kind != "article" or stable_int(item.key + "attach", 0, 2) != 0:
            return None
        code, kind = DOC_KINDS[stable_int(item.key + "kind", 0, len(DOC_KINDS) - 1)]
        subject = DOC_SUBJECTS[stable_int(item.key + "subj", 0, len(DOC_SUBJECTS) - 1)]
        number = stable_int(item.key + "num", 12, 480)
        year = item.published.year
        name = f"{number}-{slugify(code)}-skhcn-{year}-{stable_token(item.key, 6)}.pdf"
        path = f"{UPLOADS}{item.published:%Y/%m}/{name}"
        return path, f"{kind} số {number}/{code}-SKHCN ngày {dmy(item.published)} về {subject}"

    def robots_txt(self, request: Request) -> str:
        return (
            "User-agent: *\n"
            + "".join(f"Disallow: {p}\n" for p in self.portal.robots_disallow)
            + "Disallow: /Account/\nDisallow: /BinhLuan/\n"
        )

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path.rstrip("/") or "/"
        lowered = path.lower()
        if lowered in ("/", "/home", "/home/index", "/trang-chu"):
            return self.html_response(self.home_html(request), headers=self.cookie(request))
        if lowered == LOGIN.lower():
            return self.html_response(self.login_html(request), headers=self.cookie(request))
        if lowered.startswith(UPLOADS.lower()) and lowered.endswith(".pdf"):
            known = {self.attachment(it)[0].lower() for it in self.items if self.attachment(it)}
            if lowered in known:
                return Response(
                    200,
                    {"Content-Type": "application/pdf", **self.family_headers},
                    PDF_BYTES,
                )
            return None
        if lowered.startswith(DETAIL):
            parts = lowered[len(DETAIL) :].split("/")
            if not parts[0].isdigit() or len(parts) > 2:
                return None
            item = self.by_number.get(int(parts[0]))
            if item is None:
                return None
            if len(parts) == 2 and parts[1] != slugify(item.title):
                return None
            return self.article_response(item, request)
        base, page = split_page(lowered)
        if page < 1:
            return None
        if base == NEWS:
            return self.listing_response(None, page, request)
        if base.startswith(NEWS + "/") and base.count("/") == 2:
            section = self.section_by_slug(base.rsplit("/", 1)[1])
            return self.listing_response(section, page, request) if section else None
        return None

    def cookie(self, request: Request) -> dict[str, str]:
        token = stable_token(request.seed, 24)
        return {"Set-Cookie": f"ASP.NET_SessionId={token}; path=/; HttpOnly; SameSite=Lax"}

    def listing_response(
        self, section: Section | None, page: int, request: Request
    ) -> Response | None:
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        shown = section or self.news
        return self.html_response(
            self.listing_html(shown, items, page, pages, request), headers=self.cookie(request)
        )

    # -- frame

    def frame(
        self,
        title: str,
        main: str,
        request: Request,
        crumbs: list[tuple[str, str]] = (),
        scripts: str = "",
    ) -> str:
        portal = self.portal
        seed = request.seed
        menu = "".join(
            f'<li class="sub-item"><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = "".join(
            f'<li><i class="fa fa-angle-right"></i><a href="{esc(href)}">{esc(label)}</a></li>'
            for href, label in crumbs
        )
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        answers = "".join(
            f'<li><input type="radio" id="pa{i}" name="PollAnswer" value="{i + 1}">'
            f'<label for="pa{i}">{esc(o)}</label></li>'
            for i, o in enumerate(options)
        )
        latest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a>'
            f'<span class="date-news">{dmy(it.published)}</span></li>'
            for it in self.latest(5)
        )
        links = "".join(f'<option value="{esc(u)}">{esc(n)}</option>' for n, u in LINKS)
        docs = self.documents(seed)
        return_url = quote(request.path, safe="")
        bundle = stable_token(
            portal.id + "bundle", 43, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJ0123456789_-"
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)} | {esc(portal.name)}</title>
<meta name="keywords" content="{esc(portal.short_name)}, khoa học, công nghệ, chuyển đổi số, {esc(portal.province)}" />
<link href="/Content/kendo/2019.3.1023/kendo.common-bootstrap.min.css" rel="stylesheet" />
<link href="/Content/kendo/2019.3.1023/kendo.bootstrap.min.css" rel="stylesheet" />
<link href="/Content/css?v={bundle}" rel="stylesheet" />
<link rel="shortcut icon" href="/Content/images/favicon.ico" />
<style>ul.list-dash {{ list-style: none; padding-left: 0; }} ul.list-dash li::before {{ content: "- "; }}</style>
<script src="/bundles/modernizr?v={bundle[:20]}"></script>
</head>
<body>
<div id="wrapper">
<div class="top-bar"><div class="container"><span class="today">Hôm nay: <span id="clock"></span></span>
<ul class="top-link"><li><a href="/">Trang chủ</a></li><li><a href="javascript:void(0)" onclick="setHomepage()">Đặt làm trang chủ</a></li>
<li><a href="{LOGIN}?ReturnUrl={return_url}">Đăng nhập</a></li><li><a href="javascript:void(0)" class="lang-en" title="English">EN</a></li></ul></div></div>
<header id="header"><div class="container"><a class="logo" href="/"><img src="/Content/images/logo-quochuy.png" alt="Quốc huy" /></a>
<div class="banner-text"><p class="agency-top">{esc(portal.agency.upper())}</p><p class="portal-name">{esc(portal.name.upper())}</p></div>
<form class="search-box" action="/tim-kiem" method="get"><input type="text" name="keyword" class="k-textbox" placeholder="Nhập từ khóa tìm kiếm..." /><button type="submit"><i class="fa fa-search"></i></button></form>
</div></header>
<nav id="main-menu" class="navbar"><div class="container"><ul class="menu k-widget k-menu">
<li class="menu-item"><a href="/"><i class="fa fa-home"></i></a></li>
<li class="menu-item"><a href="javascript:void(0)">Giới thiệu</a><ul class="sub-menu"><li><a href="javascript:void(0)">Chức năng, nhiệm vụ</a></li><li><a href="javascript:void(0)">Cơ cấu tổ chức</a></li></ul></li>
<li class="menu-item"><a href="{NEWS}">{esc(self.news.name)}</a><ul class="sub-menu">{menu}</ul></li>
<li class="menu-item"><a href="javascript:void(0)">Văn bản</a></li>
<li class="menu-item"><a href="https://dichvucong.quanghac.gov.vn" target="_blank">Dịch vụ công</a></li>
<li class="menu-item"><a href="javascript:void(0)">Hỏi đáp</a></li>
<li class="menu-item"><a href="javascript:void(0)">Liên hệ</a></li></ul></div></nav>
<div class="container"><ul class="breadcrumb-cms"><li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>{crumb}</ul></div>
<div class="container main-content"><div class="row">
<div class="col-md-8 col-left">
{main}
</div>
<div class="col-md-4 col-right">
<div class="box-sidebar box-tinmoi"><div class="box-title"><span>Tin mới</span></div><ul class="list-tinmoi">{latest}</ul></div>
<div class="box-sidebar box-vanban"><div class="box-title"><span>Văn bản mới</span></div><div id="grid"></div></div>
<div class="box-sidebar box-tthc"><div class="box-title"><span>Kết quả giải quyết TTHC</span></div>
<div class="tthc-content"><p>Tháng {stats["month"]}: <b>{stats["percent"]}%</b> hồ sơ giải quyết đúng hạn</p>
<ul><li>Tổng số hồ sơ: <b>{thousands(stats["total"])}</b></li><li>Đúng hạn: <b>{thousands(stats["ontime"])}</b></li><li>Trễ hạn: <b>{stats["late"]}</b></li></ul></div></div>
<div class="box-sidebar box-poll"><div class="box-title"><span>Thăm dò ý kiến</span></div><p class="poll-question">{esc(question)}</p>
<ul class="poll-answer">{answers}</ul><a href="javascript:void(0)" class="k-button btn-vote">Biểu quyết</a> <a href="javascript:void(0)" class="k-button btn-result">Xem kết quả</a></div>
<div class="box-sidebar box-banner"><a href="https://dichvucong.gov.vn" target="_blank"><img src="/Uploads/banner/dvc-quocgia.png" alt="Dịch vụ công quốc gia" /></a>
<a href="javascript:void(0)"><img src="/Uploads/banner/cds-quanghac.png" alt="Chuyển đổi số" /></a></div>
<div class="box-sidebar box-lienket"><div class="box-title"><span>Liên kết website</span></div><select id="ddlLienKet" onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>{links}</select></div>
<div class="box-sidebar box-thongke"><div class="box-title"><span>Thống kê truy cập</span></div>
<ul><li>Đang trực tuyến: <b>{thousands(visits["online"])}</b></li><li>Hôm nay: <b>{thousands(visits["today"])}</b></li><li>Tháng này: <b>{thousands(visits["month"])}</b></li><li>Tổng lượt truy cập: <b>{thousands(visits["total"])}</b></li></ul></div>
</div>
</div></div>
<footer id="footer"><div class="container">
<p class="footer-name">{esc(portal.name.upper())}</p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)} - Email: skhcn@quanghac.gov.vn</p>
<p class="copyright">{esc(reuse_notice(portal))}</p>
<p class="design">Thiết kế và phát triển bởi Công ty Cổ phần Phần mềm Hạc Việt</p>
</div></footer>
<a href="javascript:void(0)" id="back-top" title="Về đầu trang"><i class="fa fa-chevron-up"></i></a>
<div id="cookie-consent" class="cookie-consent"><p>Website sử dụng cookie để nâng cao trải nghiệm người dùng. Khi tiếp tục truy cập, bạn đồng ý với việc sử dụng cookie của chúng tôi.</p>
<button type="button" class="k-button k-primary" onclick="acceptCookie()">Đồng ý</button> <a href="javascript:void(0)" onclick="hideCookie()">Để sau</a></div>
</div>
<script src="/bundles/jquery?v={bundle[5:30]}"></script>
<script src="/Scripts/kendo/2019.3.1023/kendo.all.min.js"></script>
<script src="/Scripts/kendo/2019.3.1023/cultures/kendo.culture.vi-VN.min.js"></script>
<script>
var dsVanBan = {json.dumps(docs, ensure_ascii=False)};
$(function () {{
  kendo.culture("vi-VN");
  $("#grid").kendoGrid({{
    dataSource: {{ data: dsVanBan, pageSize: 5 }},
    pageable: {{ buttonCount: 3, messages: {{ display: "{{0}} - {{1}} của {{2}} văn bản" }} }},
    columns: [
      {{ field: "SoKyHieu", title: "Số ký hiệu", width: 110 }},
      {{ field: "TrichYeu", title: "Trích yếu", template: "<a href='#= DuongDan #'>#= TrichYeu #</a>" }},
      {{ field: "NgayBanHanh", title: "Ngày ban hành", width: 100 }}
    ]
  }});
}});
</script>
{scripts}
</body>
</html>
"""

    def documents(self, seed: str) -> list[dict[str, str]]:
        """The rows of the "Văn bản mới" Kendo grid (rendered client-side from this JSON)."""
        rows = []
        for it in self.items:
            found = self.attachment(it)
            if not found:
                continue
            path, label = found
            number, _, subject = label.partition(" về ")
            rows.append(
                {
                    "SoKyHieu": number.split(" số ", 1)[1].split(" ngày ")[0],
                    "TrichYeu": f"{number.split(' số ', 1)[0]} về {subject}",
                    "NgayBanHanh": dmy(it.published),
                    "DuongDan": path,
                }
            )
            if len(rows) == 8:
                break
        return rows

    def item_box(self, item: Item, link: str, revision: int) -> str:
        return (
            f'<div class="item-news clearfix"><a class="img-news" href="{esc(link)}">'
            f'<img src="{esc(image_path(item, 0, self.image_folder))}" alt="{esc(item.title)}" /></a>'
            f'<div class="info-news"><h3 class="title-news"><a href="{esc(link)}">{esc(item.title)}</a></h3>'
            f'<span class="date-news"><i class="fa fa-calendar"></i> {dmy(item.published)}</span>'
            f'<p class="sapo-news">{esc(item.sapo(revision))}</p></div></div>'
        )

    # -- pages

    def home_html(self, request: Request) -> str:
        revision = request.revision
        healthy = [it for it in self.items if it.kind == "article"]
        top, rest = healthy[:1], healthy[1:5]
        hot = "".join(
            f'<div class="hot-main"><a href="{esc(self.alias_path(it))}"><img src="{esc(image_path(it, 0, self.image_folder))}" alt="{esc(it.title)}" /></a>'
            f'<h2 class="title-hot"><a href="{esc(self.alias_path(it))}">{esc(it.title)}</a></h2>'
            f'<p class="sapo-news">{esc(it.sapo(revision, 260))}</p></div>'
            for it in top
        )
        hot_list = "".join(
            f'<li><a href="{esc(self.alias_path(it))}">{esc(it.title)}</a></li>' for it in rest
        )
        blocks = []
        for section in self.sections.values():
            items = [it for it in self.listed(section) if it.kind == "article"][:4]
            if not items:
                continue
            boxes = "".join(self.item_box(it, self.alias_path(it), revision) for it in items)
            blocks.append(
                f'<div class="box-cate"><div class="box-cate-title"><a href="{esc(self.listing_path(section))}">{esc(section.name)}</a>'
                f'<a class="view-more" href="{esc(self.listing_path(section))}">Xem thêm <i class="fa fa-angle-double-right"></i></a></div>'
                f'<div class="list-news">{boxes}</div></div>'
            )
        main = (
            f'<h1 class="hidden-title">{esc(self.portal.name)}</h1>'
            f'<div class="box-hot row"><div class="col-md-7">{hot}</div>'
            f'<div class="col-md-5"><ul class="list-hot">{hot_list}</ul></div></div>'
            + "".join(blocks)
        )
        return self.frame("Trang chủ", main, request)

    def listing_html(
        self, section: Section, items: list[Item], page: int, pages: int, request: Request
    ) -> str:
        boxes = "".join(self.item_box(it, self.article_path(it), request.revision) for it in items)
        links = []
        if page > 1:
            links.append(
                f'<li><a href="{esc(self.listing_path(section))}" title="Trang đầu">«</a></li>'
            )
            links.append(
                f'<li><a href="{esc(self.listing_path(section, page - 1))}" title="Trang trước">‹</a></li>'
            )
        links += pager_numbers(
            page,
            pages,
            lambda n: f'<li><a href="{esc(self.listing_path(section, n))}">{n}</a></li>',
            current='<li class="active"><span>{n}</span></li>',
            gap='<li class="disabled"><span>...</span></li>',
        )
        if page < pages:
            links.append(
                f'<li><a href="{esc(self.listing_path(section, page + 1))}" title="Trang sau">›</a></li>'
            )
            links.append(
                f'<li><a href="{esc(self.listing_path(section, pages))}" title="Trang cuối">»</a></li>'
            )
        main = (
            f'<h1 class="cate-title">{esc(section.name)}</h1>'
            f'<div class="list-news list-cate">{boxes}</div>'
            f'<div class="paging"><ul class="pagination">{"".join(links)}</ul></div>'
        )
        crumbs = [(NEWS, self.news.name)]
        if section != self.news:
            crumbs.append((self.listing_path(section), section.name))
        title = section.name if page == 1 else f"{section.name} - Trang {page}"
        return self.frame(title, main, request, crumbs)

    def body_html(self, item: Item, revision: int) -> str:
        """The body markup: paragraphs (some as list items or Word-pasted bullets), images."""
        blocks = body_blocks(item, revision)
        count = len(item.body(revision))
        style = LIST_STYLES[stable_int(item.key + "list", 0, len(LIST_STYLES) - 1)]
        listed = set(range(2, min(5, count - 1))) if count >= 5 and style != "plain" else set()
        caption_em = stable_int(item.key + "caption", 0, 1) == 1
        out: list[str] = []
        open_list = ""
        index = -1
        for kind, value in blocks:
            if kind == "img":
                if open_list:
                    out.append(f"</{open_list}>")
                    open_list = ""
                number, caption = value
                src = esc(image_path(item, number, self.image_folder))
                out.append(
                    f'<p style="text-align: center;"><img src="{src}" alt="" style="width: 100%;" /></p>'
                )
                if caption_em:
                    out.append(f'<p style="text-align: center;"><em>{esc(caption)}</em></p>')
                else:
                    out.append(f'<p class="img-caption">{esc(caption)}</p>')
                continue
            index += 1
            text = esc(value)
            if index in listed and style in ("ul", "ol"):
                if not open_list:
                    open_list = style
                    css = ' class="list-dash"' if style == "ul" else ""
                    out.append(f"<{style}{css}>")
                out.append(f"<li>{text}</li>")
                continue
            if open_list:
                out.append(f"</{open_list}>")
                open_list = ""
            if index == 0:
                out.append(f'<p style="text-align: justify;"><strong>{text}</strong></p>')
            elif index in listed:  # style == "word": a bullet pasted from Word, the dash decorative
                out.append(
                    '<p class="MsoListParagraph" style="margin-left:36.0pt;text-align:justify;'
                    'text-indent:-18.0pt;mso-list:l0 level1 lfo1"><span lang="VI" style="font-size:14.0pt">'
                    '<span style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">'
                    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></span></span>"
                    f'<span lang="VI" style="font-size:14.0pt">{text}<o:p></o:p></span></p>'
                )
            else:
                out.append(f'<p style="text-align: justify;">{text}</p>')
        if open_list:
            out.append(f"</{open_list}>")
        if item.source:
            out.append(
                f'<p class="source-detail" style="text-align: right;"><em>Nguồn: {esc(item.source)}</em></p>'
            )
        return "\n".join(out)

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        byline = ""
        if item.author:
            label = "Tin, ảnh" if item.images else "Tác giả"
            byline = f'<p class="author-detail">{label}: <strong>{esc(item.author)}</strong></p>'
        modified = item.shown_modified(revision)
        updated = (
            f' <span class="update-date">Cập nhật: {dmy(modified)} {modified:%H:%M}</span>'
            if modified
            else ""
        )
        attach = ""
        found = self.attachment(item)
        if found:
            path, label = found
            attach = (
                '<div class="attach-detail"><p class="attach-title"><i class="fa fa-paperclip"></i> Tài liệu đính kèm</p>'
                f'<ul><li><a href="{esc(path)}" target="_blank"><img src="/Content/images/icon-pdf.png" alt="pdf" /> {esc(label)}</a></li></ul></div>'
            )
        others = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a> <span class="date-other">({dmy(it.published)})</span></li>'
            for it in self.others(item, 6)
        )
        score = stable_int(item.key + "score", 3, 5)
        votes = stable_int(item.key + "votes", 0, 40)
        stars = "".join(
            f'<span class="k-rating-item{" k-selected" if n <= score else ""}" data-value="{n}"><span class="k-icon k-i-star"></span></span>'
            for n in range(1, 6)
        )
        token = stable_token(
            seed + "csrf", 32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"
        )
        share = quote(request.base_url + self.article_path(item), safe="")
        main = f"""<h1 class="cate-title"><a href="{esc(self.listing_path(item.section))}">{esc(item.section.name)}</a></h1>
<div class="news-detail">
<h2 class="title-detail">{esc(item.title)}</h2>
<div class="tool-detail clearfix"><span class="view-detail"><i class="fa fa-eye"></i> Lượt xem: {thousands(view_count(seed))}</span>
<span class="font-size">Cỡ chữ: <a href="javascript:void(0)" onclick="changeFont(-1)">A-</a> <a href="javascript:void(0)" onclick="changeFont(0)">A</a> <a href="javascript:void(0)" onclick="changeFont(1)">A+</a></span>
<a href="javascript:void(0)" onclick="window.print()" class="print-detail"><i class="fa fa-print"></i> In bài viết</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={share}" target="_blank" class="share-fb">Chia sẻ</a></div>
{byline}
<div class="content-detail" id="content-detail">
{self.body_html(item, revision)}
</div>
{attach}
<div class="date-detail"><i class="fa fa-clock-o"></i> Ngày đăng: {dmy(item.published)} {item.published:%H:%M}{updated}</div>
<div class="rating-detail"><span class="rating-label">Đánh giá bài viết</span>
<span id="rating" class="k-rating k-widget" data-news-id="{item.number}">{stars}</span>
<span class="rating-total">(Điểm trung bình: {score}/5 - {votes} lượt đánh giá)</span></div>
<div class="other-news"><div class="other-title">Tin khác</div><ul class="list-other">{others}</ul></div>
<div class="comment-detail"><div class="comment-title">Bình luận</div>
<form action="/BinhLuan/Gui" method="post" id="frmBinhLuan"><input name="__RequestVerificationToken" type="hidden" value="{token}" />
<input type="hidden" name="TinTucId" value="{item.number}" />
<div class="form-group"><input type="text" name="HoTen" class="k-textbox" placeholder="Họ và tên (*)" /></div>
<div class="form-group"><input type="email" name="Email" class="k-textbox" placeholder="Email (*)" /></div>
<div class="form-group"><textarea name="NoiDung" class="k-textbox" rows="4" placeholder="Nội dung bình luận (*)"></textarea></div>
<button type="submit" class="k-button k-primary">Gửi bình luận</button></form>
<p class="no-comment">Chưa có bình luận nào cho bài viết này.</p></div>
</div>"""
        crumbs = [(NEWS, self.news.name), (self.listing_path(item.section), item.section.name)]
        if item.section == self.news:
            crumbs = crumbs[:1]
        script = (
            '<script>$("#rating").kendoRating({ max: 5, selection: "continuous", '
            'change: function (e) { $.post("/BinhLuan/DanhGia", { id: '
            f"{item.number}, diem: e.newValue }}); }} }});</script>"
        )
        return self.frame(item.title, main, request, crumbs, script)

    def login_html(self, request: Request) -> str:
        main = (
            '<h1 class="cate-title">Đăng nhập hệ thống</h1><form class="login-form" method="post" '
            'action="/Account/Login"><input type="text" name="UserName" class="k-textbox" '
            'placeholder="Tên đăng nhập" /><input type="password" name="Password" class="k-textbox" '
            'placeholder="Mật khẩu" /><button type="submit" class="k-button k-primary">Đăng nhập</button></form>'
        )
        return self.frame("Đăng nhập", main, request)

    def error_html(self, status: int) -> str:
        request = Request(f"/err{status}", {}, 0, f"{self.portal.id}:err{status}", "")
        if status == 404:
            main = (
                '<div class="error-page"><h1 class="cate-title">Không tìm thấy trang</h1>'
                "<p>Trang bạn yêu cầu không tồn tại hoặc đã bị gỡ bỏ.</p>"
                '<p><a href="/">Quay về trang chủ</a></p></div>'
            )
            return self.frame("Không tìm thấy trang", main, request)
        main = (
            '<div class="error-page"><h1 class="cate-title">Lỗi hệ thống</h1>'
            "<p>Đã có lỗi xảy ra trong quá trình xử lý yêu cầu. Vui lòng thử lại sau.</p></div>"
        )
        return self.frame("Lỗi", main, request)
