"""A provincial portal on IIS (ASP.NET WebForms) whose addresses are case-insensitive.

IIS matches paths without regard to case and the portal's code reads query parameters the same
way, so the site's own templates, written by different people over the years, link one page in
several spellings: the menu writes ``/Thong-Tin/Danh-Sach-Bai-Viet.aspx?ChuyenMucID=5``, the
pager ``/thong-tin/danh-sach-bai-viet.aspx?chuyenmucid=5&trangso=2``, the breadcrumb
``/THONG-TIN/Danh-Sach-Bai-Viet.aspx?ChuyenMucID=5&``. Every spelling answers 200 with the same
page (no redirect) and no page carries a canonical link. Only the addresses of the old portal
(``/NewsDetail.aspx?nid=<n>``, ``/NewsList.aspx?cid=<id>``), still linked from the "Tin nổi
bật" box and old article footers, answer 301 with the current address.

URL shapes:
- home ``/default.aspx``, also ``/``, ``/Default.aspx``, ``/DEFAULT.ASPX``;
- English mirror of the home page only: ``/en/default.aspx`` (also ``/en/``, ``/EN/Default.aspx``),
  linked from the header flag; a few English summaries, no English articles;
- listing ``/Thong-Tin/Danh-Sach-Bai-Viet.aspx?ChuyenMucID=<id>``, page N with
  ``&TrangSo=N`` (one-based; the pager also links ``TrangSo=1``); the general news listing is
  ``ChuyenMucID=1``;
- article ``/Thong-Tin/Chi-Tiet-Bai-Viet.aspx?BaiVietID=<n>`` in the spellings of
  :func:`spell_article`, with or without a trailing ``&`` or ``#top``; the home page's "Tin mới"
  box adds ``&nguon=trangchu`` (tracking);
- print view ``/Thong-Tin/In-Bai-Viet.aspx?BaiVietID=<n>`` (a bare page with the body);
- legacy ``/NewsDetail.aspx?nid=<n>`` → 301 to the article, ``/NewsList.aspx?cid=<id>`` → 301
  to the listing.
"""

from __future__ import annotations

from datetime import datetime

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    arrow_pager,
    ascii_fold,
    body_blocks,
    dmy,
    esc,
    image_path,
    listing_date,
    page_number,
    poll,
    reuse_notice,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
)

ARTICLE = "/Thong-Tin/Chi-Tiet-Bai-Viet.aspx"
LISTING = "/Thong-Tin/Danh-Sach-Bai-Viet.aspx"
PRINT = "/Thong-Tin/In-Bai-Viet.aspx"
LEGACY_ARTICLE = "/NewsDetail.aspx"
LEGACY_LISTING = "/NewsList.aspx"
HOME_PATHS = ("/", "/default.aspx")
EN_HOME_PATHS = ("/en", "/en/", "/en/default.aspx")
TRACKING = "nguon=trangchu"

#: How the templates spell the article address: (path, parameter name, suffix).
ARTICLE_SPELLINGS = (
    (ARTICLE, "BaiVietID", ""),
    (ARTICLE.lower(), "baivietid", ""),
    ("/THONG-TIN/Chi-Tiet-Bai-Viet.aspx", "BaiVietId", "&"),
    ("/Thong-tin/chi-tiet-bai-viet.aspx", "BaiVietID", "#top"),
    ("/thong-tin/Chi-Tiet-Bai-Viet.ASPX", "baivietID", "&#top"),
)
#: How the templates spell the listing address: (path, section parameter, page parameter).
LISTING_SPELLINGS = (
    (LISTING, "ChuyenMucID", "TrangSo"),
    (LISTING.lower(), "chuyenmucid", "trangso"),
    ("/THONG-TIN/Danh-Sach-Bai-Viet.aspx", "ChuyenMucId", "Trangso"),
)

ENGLISH_ITEMS = (
    (
        "Province expands online public services to all communes",
        "All communes of the province now receive applications for civil status and land "
        "procedures through the provincial public service portal.",
    ),
    (
        "Community digital technology teams trained in Phu Khe",
        "More than four hundred members of community digital technology teams attended a "
        "two-day course on helping residents use electronic identification.",
    ),
    (
        "Investment promotion conference to be held in the provincial capital",
        "The provincial People's Committee invites domestic and foreign investors to a "
        "conference on agriculture, tourism and renewable energy.",
    ),
)


def spell_article(number: int, variant: int) -> str:
    """The article address in the template's ``variant`` spelling (0 is the menu's own).

    >>> spell_article(4321, 0)
    '/Thong-Tin/Chi-Tiet-Bai-Viet.aspx?BaiVietID=4321'
    >>> spell_article(4321, 2)
    '/THONG-TIN/Chi-Tiet-Bai-Viet.aspx?BaiVietId=4321&'
    """
    path, name, suffix = ARTICLE_SPELLINGS[variant % len(ARTICLE_SPELLINGS)]
    return f"{path}?{name}={number}{suffix}"


def spell_listing(ident: int, page: int | None, variant: int) -> str:
    """The listing address in the template's ``variant`` spelling; ``page`` None leaves the page
    parameter out.

    >>> spell_listing(5, None, 0)
    '/Thong-Tin/Danh-Sach-Bai-Viet.aspx?ChuyenMucID=5'
    >>> spell_listing(5, 2, 1)
    '/thong-tin/danh-sach-bai-viet.aspx?chuyenmucid=5&trangso=2'
    """
    path, name, page_name = LISTING_SPELLINGS[variant % len(LISTING_SPELLINGS)]
    url = f"{path}?{name}={ident}"
    return url if page is None else f"{url}&{page_name}={page}"


def date_line(moment: datetime) -> str:
    """The date line under an article title.

    >>> date_line(datetime(2024, 3, 7, 14, 5))
    'Thứ năm, 07/03/2024 - 14:05'
    """
    return f"{weekday(moment, lower=True)}, {dmy(moment)} - {moment:%H:%M}"


def lower_params(params: dict[str, str]) -> dict[str, str]:
    """Query parameters with their names lower-cased, as ``Request.QueryString`` reads them.

    >>> lower_params({"BaiVietId": "7", "": ""})
    {'baivietid': '7'}
    """
    return {k.lower(): v for k, v in params.items() if k}


class IisCaseSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/10.0",
        "X-AspNet-Version": "4.0.30319",
        "X-Powered-By": "ASP.NET",
    }
    number_base = 4_310
    number_stride = 3
    image_folder = "/Uploads/Images/TinTuc"

    # -- URLs

    def section_id(self, section: Section | None) -> int:
        return self.news.id if self.is_news(section) else section.id

    def article_path(self, item: Item) -> str:
        return spell_article(item.number, 0)

    def article_aliases(self, item: Item) -> list[str]:
        spellings = [spell_article(item.number, v) for v in range(1, len(ARTICLE_SPELLINGS))]
        return [*spellings, f"{self.article_path(item)}&{TRACKING}", self.legacy_path(item)]

    def legacy_path(self, item: Item) -> str:
        """The old portal's address of ``item`` (answers 301)."""
        return f"{LEGACY_ARTICLE}?nid={item.number}"

    def print_path(self, item: Item) -> str:
        return f"{PRINT}?BaiVietID={item.number}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        return spell_listing(self.section_id(section), None if page == 1 else page, 0)

    def home_path(self) -> str:
        return "/"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path.lower()
        params = lower_params(request.params)
        if path in HOME_PATHS:
            return self.html_response(self.home_html(request))
        if path in EN_HOME_PATHS:
            return self.html_response(self.english_html(request))
        if path in (ARTICLE.lower(), PRINT.lower(), LEGACY_ARTICLE.lower()):
            key = "nid" if path == LEGACY_ARTICLE.lower() else "baivietid"
            try:
                item = self.by_number.get(int(params.get(key, "")))
            except ValueError:
                return None
            if item is None:
                return None
            if path == LEGACY_ARTICLE.lower():
                location = request.base_url + self.article_path(item)
                return Response(301, {"Location": location, **self.family_headers}, b"")
            if path == PRINT.lower():
                if item.kind in ("missing", "error"):
                    return None
                return self.html_response(self.print_html(item, request))
            return self.article_response(item, request)
        if path in (LISTING.lower(), LEGACY_LISTING.lower()):
            key = "cid" if path == LEGACY_LISTING.lower() else "chuyenmucid"
            try:
                ident = int(params.get(key, ""))
            except ValueError:
                return None
            section = None if ident == self.news.id else self.section_by_id(ident)
            if section is None and ident != self.news.id:
                return None
            if path == LEGACY_LISTING.lower():
                location = request.base_url + self.listing_path(section)
                return Response(301, {"Location": location, **self.family_headers}, b"")
            page = page_number(params.get("trangso"))
            _, pages = self.page_of(self.listed(section), page)
            if page > pages:
                return None
            return self.html_response(self.listing_html(section, page, request))
        return None

    # -- frame

    def frame(
        self,
        title: str,
        crumbs: list[tuple[str, str]],
        main: str,
        request: Request,
        action: str,
        current: Section | None = None,
    ) -> str:
        p = self.portal
        menu = "".join(
            f'<li class="{"active" if s is current else ""}"><a href="'
            f'{esc(spell_listing(s.id, None, 0))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = "".join(
            f' <span class="sep">/</span> <a href="{esc(href)}">{esc(name)}</a>'
            if href
            else f' <span class="sep">/</span> <span class="current">{esc(name)}</span>'
            for name, href in crumbs
        )
        latest = "".join(
            f'<li><a href="{esc(spell_article(it.number, 3))}">{esc(it.title)}</a></li>'
            for it in self.latest(6)
        )
        featured = "".join(
            f'<li><a href="{esc(self.legacy_path(it))}">{esc(it.title)}</a></li>'
            for it in self.items[6:10]
            if it.kind == "article"
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<li><input id="ctl00_ucBinhChon_rblYKien_{i}" type="radio" '
            f'name="ctl00$ucBinhChon$rblYKien" value="{i}" /><label '
            f'for="ctl00_ucBinhChon_rblYKien_{i}">{esc(o)}</label></li>'
            for i, o in enumerate(options)
        )
        alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
        state = stable_token(request.seed + "vs", 96, alphabet)
        validation = stable_token(request.seed + "ev", 44, alphabet)
        news_link = spell_listing(self.news.id, None, 0)
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} | {esc(p.name)}</title>
<link href="/App_Themes/PhuKhe/Style.css" rel="stylesheet" type="text/css" />
<script src="/WebResource.axd?d={stable_token(p.id, 22)}&amp;t=636482" type="text/javascript">
</script></head>
<body>
<form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1{state}==" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div id="ctl00_pnlWrapper" class="wrapper">
<div id="ctl00_ucHeader_pnlHeader" class="header">
<a href="/Default.aspx" id="ctl00_ucHeader_lnkLogo"><img src="/App_Themes/PhuKhe/images/logo.png"
alt="Quốc huy" /></a>
<div class="header-title"><span class="line1">{esc(p.agency)}</span>
<span class="line2">{esc(p.name)}</span></div>
<div id="ctl00_ucHeader_pnlLang" class="lang"><a id="ctl00_ucHeader_lnkVi" href="/default.aspx"
title="Tiếng Việt"><img src="/App_Themes/PhuKhe/images/flag-vn.png" alt="Tiếng Việt" /></a>
<a id="ctl00_ucHeader_lnkEn" href="/EN/Default.aspx" title="English"><img
src="/App_Themes/PhuKhe/images/flag-en.png" alt="English" /></a></div>
<div id="ctl00_ucHeader_pnlSearch" class="search"><input name="ctl00$ucHeader$txtTuKhoa"
type="text" id="ctl00_ucHeader_txtTuKhoa" placeholder="Tìm kiếm..." />
<a id="ctl00_ucHeader_btnTimKiem" href="javascript:__doPostBack('ctl00$ucHeader$btnTimKiem','')"
>Tìm</a></div>
</div>
<div id="ctl00_ucMenu_pnlMenu" class="menu-top"><ul>
<li><a href="/">Trang chủ</a></li>
<li><a href="/Gioi-Thieu/Tong-Quan.aspx">Giới thiệu</a></li>
<li><a href="{esc(news_link)}">{esc(self.news.name)}</a></li>{menu}
<li><a href="/Van-Ban/Tra-Cuu.aspx">Văn bản</a></li>
<li><a href="https://dichvucong.gov.vn" target="_blank">Dịch vụ công</a></li>
</ul></div>
<div class="marquee"><marquee scrollamount="3">Chào mừng quý vị đến với {esc(p.name)}</marquee>
</div>
<div id="ctl00_pnlBreadcrumb" class="breadcrumb"><a href="/Default.aspx">Trang chủ</a>{crumb}
</div>
<div class="body-wrap">
<div id="ctl00_cphNoiDung_pnlMain" class="col-main">{main}</div>
<div id="ctl00_pnlRight" class="col-right">
<div class="box" id="ctl00_ucTinMoi_pnlBox"><div class="box-title">Tin mới</div>
<ul class="box-list">{latest}</ul></div>
<div class="box" id="ctl00_ucTinNoiBat_pnlBox"><div class="box-title">Tin nổi bật</div>
<ul class="box-list">{featured}</ul></div>
<div class="box" id="ctl00_ucTTHC_pnlBox"><div class="box-title">Kết quả giải quyết TTHC</div>
<table class="tthc"><tr><th colspan="2">Tháng {t["month"]}</th></tr>
<tr><td>Hồ sơ tiếp nhận</td><td>{thousands(t["total"])}</td></tr>
<tr><td>Giải quyết đúng hạn</td><td>{thousands(t["ontime"])}</td></tr>
<tr><td>Trễ hạn</td><td>{thousands(t["late"])}</td></tr>
<tr><td>Tỷ lệ đúng hạn</td><td>{t["percent"]}%</td></tr></table></div>
<div class="box" id="ctl00_ucBinhChon_pnlBox"><div class="box-title">Thăm dò ý kiến</div>
<p>{esc(question)}</p><ul class="poll">{choices}</ul>
<a id="ctl00_ucBinhChon_btnGui" href="javascript:__doPostBack('ctl00$ucBinhChon$btnGui','')"
>Gửi ý kiến</a></div>
<div class="box" id="ctl00_ucLienKet_pnlBox"><div class="box-title">Liên kết</div>
<a href="https://chinhphu.vn" target="_blank"><img src="/Uploads/Banner/chinhphu.png"
alt="Cổng TTĐT Chính phủ" /></a>
<a href="https://dichvucong.gov.vn" target="_blank"><img src="/Uploads/Banner/dvcqg.png"
alt="Cổng Dịch vụ công quốc gia" /></a></div>
<div class="box" id="ctl00_ucThongKe_pnlBox"><div class="box-title">Thống kê truy cập</div>
<ul class="counter"><li>Đang trực tuyến: <span id="ctl00_ucThongKe_lblOnline">
{thousands(v["online"])}</span></li>
<li>Hôm nay: <span id="ctl00_ucThongKe_lblHomNay">{thousands(v["today"])}</span></li>
<li>Trong tuần: <span id="ctl00_ucThongKe_lblTuan">{thousands(v["week"])}</span></li>
<li>Tổng số: <span id="ctl00_ucThongKe_lblTong">{thousands(v["total"])}</span></li></ul></div>
</div>
</div>
<div id="ctl00_ucFooter_pnlFooter" class="footer">
<p class="coquan">Cơ quan chủ quản: {esc(p.agency)}</p>
<p>Chịu trách nhiệm nội dung: {esc(p.editor)}</p>
<p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)} - Điện thoại: {esc(p.phone)} - Email: bbt@{esc(p.domain)}</p>
<p>{esc(reuse_notice(p))}</p>
</div>
</div>
<div class="aspNetHidden">
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEd{validation}" />
</div>
</form>
</body>
</html>
"""

    # -- home pages

    def home_html(self, request: Request) -> str:
        articles = [it for it in self.items if it.kind == "article"]
        blocks = []
        if articles:
            top = articles[0]
            blocks.append(
                '<div class="hot-news" id="ctl00_cphNoiDung_ucTinTieuDiem_pnlHot">'
                f'<a href="{esc(spell_article(top.number, 1))}"><img src="'
                f'{esc(image_path(top, 0, self.image_folder))}" alt="" /></a>'
                f'<h2><a href="{esc(spell_article(top.number, 1))}">{esc(top.title)}</a></h2>'
                f'<p class="sapo">{esc(top.sapo())}</p></div>'
            )
        fresh = "".join(
            f'<li><a href="{esc(self.article_path(it))}&amp;{TRACKING}">{esc(it.title)}</a> '
            f'<span class="date">{listing_date(it.published)}</span></li>'
            for it in articles[1:8]
        )
        blocks.append(
            f'<div class="home-box"><div class="home-box-title"><a href="'
            f'{esc(spell_listing(self.news.id, None, 2))}">{esc(self.news.name)}</a></div>'
            f'<ul class="list-news">{fresh}</ul></div>'
        )
        for index, section in enumerate(self.sections.values()):
            rows = "".join(
                f'<li><a href="{esc(spell_article(it.number, index + 1))}">{esc(it.title)}</a>'
                f' <span class="date">{listing_date(it.published)}</span></li>'
                for it in self.listed(section)[:4]
            )
            blocks.append(
                f'<div class="home-box"><div class="home-box-title"><a href="'
                f'{esc(spell_listing(section.id, None, index + 1))}">{esc(section.name)}</a>'
                f'</div><ul class="list-news">{rows}</ul><a class="more" href="'
                f'{esc(spell_listing(section.id, None, index))}">Xem tiếp</a></div>'
            )
        return self.frame("Trang chủ", [], "".join(blocks), request, "./default.aspx")

    def english_html(self, request: Request) -> str:
        p = self.portal
        items = "".join(
            f'<div class="en-item"><h3>{esc(title)}</h3><p>{esc(summary)}</p></div>'
            for title, summary in ENGLISH_ITEMS
        )
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="en">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(p.province)} Province Web Portal</title>
<link href="/App_Themes/PhuKhe/Style.css" rel="stylesheet" type="text/css" /></head>
<body><form name="aspnetForm" method="post" action="./default.aspx" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE"
value="/wEPDwUKLTQ1{stable_token(request.seed, 60)}" />
<div class="wrapper"><div class="header"><span class="line2">{esc(ascii_name(p.province))}
Province Web Portal</span><div class="lang"><a href="/Default.aspx"><img
src="/App_Themes/PhuKhe/images/flag-vn.png" alt="Tiếng Việt" /></a></div></div>
<div class="menu-top"><ul><li><a href="/en/default.aspx">Home</a></li>
<li><a href="/en/default.aspx#overview">Overview</a></li>
<li><a href="/en/default.aspx#investment">Investment</a></li></ul></div>
<div class="col-main"><h2 id="overview">News</h2>{items}
<h2 id="investment">Investment</h2><p>For investment enquiries please contact the Department
of Finance of {esc(ascii_name(p.province))} Province.</p></div>
<div class="footer"><p>Managed by the People's Committee of {esc(ascii_name(p.province))}
Province</p><p>Address: {esc(ascii_name(p.address))}</p></div></div></form></body></html>
"""

    # -- listings

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        ident = self.section_id(section)
        parts = arrow_pager(
            page,
            pages,
            lambda n: spell_listing(ident, n, 1),
            link='<a href="{href}">{n}</a>',
            current='<span class="active">{n}</span>',
            gap='<span class="dots">...</span>',
            prev='<a href="{href}" class="prev">&lt;&lt; Trước</a>',
            next_='<a href="{href}" class="next">Sau &gt;&gt;</a>',
        )
        return (
            '<div id="ctl00_cphNoiDung_ucDanhSach_pnlPhanTrang" class="paging">'
            f"Trang {page}/{pages}: {' '.join(parts)}</div>"
        )

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        rows = []
        for index, it in enumerate(items):
            href = spell_article(it.number, 0 if index % 2 == 0 else 4)
            rows.append(
                f'<div class="news-row" id="ctl00_cphNoiDung_ucDanhSach_rptTin_ctl{index:02d}_pnl">'
                f'<a href="{esc(href)}" class="thumb"><img src="'
                f'{esc(image_path(it, 0, self.image_folder))}" alt="{esc(it.title)}" /></a>'
                f'<h3><a id="ctl00_cphNoiDung_ucDanhSach_rptTin_ctl{index:02d}_lnkTieuDe" '
                f'href="{esc(href)}">{esc(it.title)}</a></h3>'
                f'<span class="date">{dmy(it.published)}</span>'
                f'<p class="sapo">{esc(it.sapo())}</p></div>'
            )
        main = (
            f'<h1 class="cat-title">{esc(name)}</h1><div class="news-list">{"".join(rows)}</div>'
            f"{self.pager(section, page, pages)}"
        )
        crumbs = [(name, "")]
        action = "./" + spell_listing(self.section_id(section), page, 0).rsplit("/", 1)[1]
        return self.frame(name, crumbs, main, request, action, current=section)

    # -- articles

    def article_body(self, item: Item, request: Request) -> str:
        parts = []
        for block, value in body_blocks(item, request.revision):
            if block == "p":
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    '<table class="image-center" align="center"><tbody><tr><td><img src="'
                    f'{esc(image_path(item, index, self.image_folder))}" alt="" width="600" />'
                    f'</td></tr><tr><td class="image-caption">{esc(caption)}</td></tr></tbody>'
                    "</table>"
                )
        return "".join(parts)

    def signature(self, item: Item) -> str:
        """The byline and source at the end of the body: the author's name bold on the right,
        the source on its own line in italics."""
        out = ""
        if item.author:
            out += f'<p class="author" style="text-align: right;"><strong>{esc(item.author)}'
            out += "</strong></p>"
        if item.source:
            out += f'<p class="source" style="text-align: right;"><em>Nguồn: {esc(item.source)}'
            out += "</em></p>"
        return out

    def article_html(self, item: Item, request: Request) -> str:
        modified = item.shown_modified(request.revision)
        updated = (
            f' <span class="updated">(Cập nhật: {dmy(modified)} {modified:%H:%M})</span>'
            if modified
            else ""
        )
        views = thousands(view_count(item.key))
        tools = (
            '<div class="tools"><a id="ctl00_cphNoiDung_ucChiTiet_lnkIn" href="'
            f'{esc(self.print_path(item))}" target="_blank">In bài viết</a> '
            '<a href="javascript:void(0)" onclick="window.scrollTo(0,0)">Lên đầu trang</a> '
            '<a id="ctl00_cphNoiDung_ucChiTiet_lnkGuiEmail" '
            "href=\"javascript:__doPostBack('ctl00$cphNoiDung$ucChiTiet$lnkGuiEmail','')\">"
            "Gửi email</a></div>"
        )
        others = "".join(
            f'<li><a href="{esc(spell_article(it.number, 2))}">{esc(it.title)}</a> '
            f'<span class="date">{listing_date(it.published)}</span></li>'
            for it in self.others(item, 8)
        )
        old = self.others(item, 10)[8:]
        old_links = "".join(
            f'<li><a href="{esc(self.legacy_path(it))}">{esc(it.title)}</a></li>' for it in old
        )
        main = (
            '<div id="ctl00_cphNoiDung_ucChiTiet_pnlChiTiet" class="news-detail">'
            f'<h1 class="title" id="ctl00_cphNoiDung_ucChiTiet_lblTieuDe">{esc(item.title)}</h1>'
            f'<div class="meta"><span class="date" id="ctl00_cphNoiDung_ucChiTiet_lblNgay">'
            f"{date_line(item.published)}</span>{updated} "
            f'<span class="views">| Lượt xem: {views}</span></div>'
            f'<div class="content" id="ctl00_cphNoiDung_ucChiTiet_divNoiDung">'
            f"{self.article_body(item, request)}{self.signature(item)}</div>{tools}"
            f'<div class="related"><div class="related-title">Các tin khác</div>'
            f'<ul class="list-news">{others}</ul></div>'
            + (
                f'<div class="related old"><div class="related-title">Tin đã đưa</div>'
                f'<ul class="list-news">{old_links}</ul><a class="more" href="'
                f'{LEGACY_LISTING}?cid={self.section_id(item.section)}">Xem tất cả</a></div>'
                if old_links
                else ""
            )
            + "</div>"
        )
        crumbs = [(item.section.name, spell_listing(self.section_id(item.section), None, 2))]
        action = f"./Chi-Tiet-Bai-Viet.aspx?BaiVietID={item.number}"
        return self.frame(item.title, crumbs, main, request, action, current=item.section)

    def print_html(self, item: Item, request: Request) -> str:
        return (
            '<!DOCTYPE html><html lang="vi"><head><meta http-equiv="Content-Type" '
            f'content="text/html; charset=utf-8" /><title>{esc(item.title)}</title></head>'
            f'<body onload="window.print()"><div class="print-head">{esc(self.portal.name)}'
            f'</div><h1>{esc(item.title)}</h1><p class="date">{date_line(item.published)}</p>'
            f"<div>{self.article_body(item, request)}{self.signature(item)}</div>"
            f'<p class="print-url">Địa chỉ bài viết: {esc(request.base_url)}'
            f"{esc(self.article_path(item))}</p></body></html>"
        )

    def error_html(self, status: int) -> str:
        if status == 404:
            head, text = (
                "404 - File or directory not found.",
                (
                    "The resource you are looking for might have been removed, had its name "
                    "changed, or is temporarily unavailable."
                ),
            )
        else:
            head, text = (
                "500 - Internal server error.",
                (
                    "There is a problem with the resource you are looking for, and it cannot be "
                    "displayed."
                ),
            )
        return (
            '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
            '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html><head>'
            '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"/>'
            f"<title>{head.split(' - ')[0]} - {head.split(' - ')[1]}</title></head>"
            '<body><div id="header"><h1>Server Error</h1></div><div id="content">'
            f'<div class="content-container"><fieldset><h2>{head}</h2><h3>{text}</h3>'
            "</fieldset></div></div></body></html>"
        )

    def robots_txt(self, request: Request) -> str:
        lines = ["User-agent: *"]
        lines += [f"Disallow: {path}" for path in self.portal.robots_disallow]
        return "\n".join(lines) + "\n"


def ascii_name(text: str) -> str:
    """A Vietnamese name as the English page writes it (no diacritics).

    >>> ascii_name("Phù Khê")
    'Phu Khe'
    """
    return ascii_fold(text)
