"""SharePoint "portal/Pages" family (lamgiang).

URL shapes:
- home ``/portal/Pages/default.aspx`` (``/`` redirects there);
- article ``/portal/Pages/2023-2-20/<Truncated-Slug-With-Caps><6-char suffix>.aspx``;
- alias ``/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=<n>&l=Tintrongtinh&lv=4``;
- print view ``/portal/pages/print.aspx?p=<n>`` (title glued to the first sentence);
- listing ``/Pages/ChuyenMuc/PhanTrang/<catid>/<page>/<Cat-Slug>.html``.
Tables for layout, ``ms-rtestate-field`` body, image captions in a table with an italic cell,
the byline right-aligned and bold.
"""

from __future__ import annotations

import re

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
    with_param,
)

HOME = "/portal/Pages/default.aspx"
_LISTING = re.compile(r"^/Pages/ChuyenMuc/PhanTrang/(\d+)/(\d+)/[^/]*\.html$", re.I)


class SharePointSite(CmsSite):
    family_headers = {
        "Server": "Microsoft-IIS/10.0",
        "X-Powered-By": "ASP.NET",
        "MicrosoftSharePointTeamServices": "16.0.0.10337",
        "X-SharePointHealthScore": "0",
    }
    number_base = 29_400
    number_stride = 13
    image_folder = "/portal/PublishingImages"

    def section_slug(self, name: str) -> str:
        return slugify(name, keep_case=True)

    # -- URLs

    def article_path(self, item: Item) -> str:
        folder = f"{item.published.year}-{item.published.month}-{item.published.day}"
        slug = slugify(item.title, keep_case=True, max_len=48)
        return f"/portal/Pages/{folder}/{slug}{stable_token(item.key, 6)}.aspx"

    def alias_path(self, item: Item) -> str:
        return (
            f"/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID={item.number}&l=Tintrongtinh&lv=4"
        )

    def print_path(self, item: Item) -> str:
        return f"/portal/pages/print.aspx?p={item.number}"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        section = section or self.news
        return f"/Pages/ChuyenMuc/PhanTrang/{section.id}/{page}/{section.slug}.html"

    def home_path(self) -> str:
        return HOME

    def link(self, item: Item, seed: str, where: str) -> str:
        """The href a given block uses for ``item``: canonical, alias or with tracking."""
        path = self.article_path(item)
        if item.kind != "article":  # broken pages have one URL only, so tests can find them
            return path
        roll = stable_int(seed + where + item.key, 0, 9)
        if where in ("hot", "right") and roll < 5:
            return self.alias_path(item)
        if where == "others" and roll < 3:
            return with_param(path, "utm_source=zalo&utm_medium=share")
        return path

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        lowered = path.lower()
        if path == "/" or lowered == "/portal" or lowered == "/portal/":
            return Response(302, {"Location": HOME}, b"")
        if lowered == HOME.lower():
            return self.html_response(self.home_html(request))
        match = _LISTING.match(path)
        if match:
            section = self.section_by_id(int(match.group(1)))
            if section is None and int(match.group(1)) != self.news.id:
                return None
            return self.listing_response(section, int(match.group(2)), request)
        if lowered == "/noidung/tintuc/pages/chi-tiet-tin-tuc.aspx":
            item = self.by_number.get(page_number(params.get("ItemID"), 0))
            return self.article_response(item, request) if item else None
        if lowered == "/portal/pages/print.aspx":
            item = self.by_number.get(page_number(params.get("p"), 0))
            if item is None or item.kind != "article":
                return None
            return self.html_response(self.print_html(item, request))
        for candidate, item in self.by_path.items():
            if candidate.lower() == lowered:
                return self.article_response(item, request)
        return None

    def listing_response(self, section: Section | None, page: int, request: Request) -> Response:
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return self.error_response(404)
        return self.html_response(self.listing_html(section, page, pages, items, request))

    # -- page frame

    def frame(self, title: str, crumbs: list[tuple[str, str]], content: str, seed: str) -> str:
        portal = self.portal
        menu = "".join(
            f'<li class="static"><a class="static menu-item" href="{esc(self.listing_path(s))}">'
            f'<span class="menu-item-text">{esc(s.name)}</span></a></li>'
            for s in self.sections.values()
        )
        crumb = " &gt; ".join(
            f'<span><a href="{esc(href)}">{esc(label)}</a></span>'
            if href
            else f"<span>{esc(label)}</span>"
            for href, label in [(HOME, "Trang chủ"), *crumbs]
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=10" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="GENERATOR" content="Microsoft SharePoint" />
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1033/styles/Themable/corev15.css" />
<script type="text/javascript" src="/_layouts/15/init.js"></script>
</head>
<body>
<form method="post" action="./default.aspx" id="aspnetForm">
<div id="s4-workspace"><div id="s4-bodyContainer">
<div id="header">
  <div class="top-links"><a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a> | <a href="/portal/Pages/So-do-cong.aspx">Sơ đồ cổng</a> | <a href="/portal/Pages/Lien-he.aspx">Liên hệ</a></div>
  <div class="banner"><img src="/portal/PublishingImages/banner-lamgiang.jpg" alt="Responsive image" />
  <marquee class="welcome" scrollamount="3">Chào mừng bạn đến với {esc(portal.name)}</marquee></div>
</div>
<div id="menu-top"><ul class="root static">
<li class="static"><a class="static menu-item" href="{HOME}"><span class="menu-item-text">Trang chủ</span></a></li>
<li class="static"><a class="static menu-item" href="{esc(self.listing_path(None))}"><span class="menu-item-text">{esc(self.news.name)}</span></a></li>
{menu}
<li class="static"><a class="static menu-item" href="https://dichvucong.gov.vn/"><span class="menu-item-text">Dịch vụ công</span></a></li>
</ul></div>
<div class="breadcrumb">{crumb}</div>
<table class="main-layout" width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="col-left" valign="top" width="22%">{self.left_column(seed)}</td>
<td class="col-center" valign="top"><div class="ms-webpart-zone ms-fullWidth">
{content}
</div></td>
<td class="col-right" valign="top" width="22%">{self.right_column(seed)}</td>
</tr></table>
<div id="footer"><div class="footer-info">
<p><strong>{esc(portal.name.upper())}</strong></p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Trưởng Ban biên tập: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}</p>
<p>{esc(reuse_notice(portal))}</p>
</div></div>
</div></div>
</form>
</body>
</html>
"""

    def left_column(self, seed: str) -> str:
        stats = tthc_stats(seed)
        links = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        return f"""<div class="box-left"><div class="title-box">CHUYÊN MỤC</div><ul class="menu-left">{links}</ul></div>
<div class="box-left tthc"><div class="title-box">Kết quả giải quyết TTHC</div>
<table class="tthc-table"><tr><td>Đến tháng {stats["month"]:02d} đã giải quyết:</td><td><b>{stats["percent"]}%</b></td></tr>
<tr><td>Số hồ sơ xử lý:</td><td>{stats["total"]}</td></tr>
<tr><td>Trễ hạn:</td><td>{stats["late"]}</td></tr></table></div>
<div class="box-left"><a href="/portal/Pages/Van-ban-chi-dao-dieu-hanh.aspx"><img src="/portal/PublishingImages/van-ban.png" alt="Văn bản chỉ đạo điều hành" /></a></div>"""

    def right_column(self, seed: str) -> str:
        latest = "".join(
            f'<li><a href="{esc(self.link(it, seed, "right"))}">{esc(it.title)}</a> '
            f'<span class="date">({dmy(it.published)}, {it.published:%H:%M})</span></li>'
            for it in self.latest(5)
        )
        question, options = poll(seed)
        choices = "".join(
            f'<div><input type="radio" name="poll" value="{i}" /> {esc(o)}</div>'
            for i, o in enumerate(options)
        )
        visits = visitor_stats(seed)
        return f"""<div class="box-right"><div class="title-box">Tin mới đăng</div><ul class="list-new">{latest}</ul></div>
<div class="box-right poll"><div class="title-box">Ý kiến thăm dò</div><p>{esc(question)}</p>{choices}
<input type="button" value="Biểu quyết" /> <input type="button" value="Xem kết quả" /></div>
<div class="box-right counter"><div class="title-box">Thống kê truy cập</div>
<div>Đang truy cập: {thousands(visits["online"])}</div><div>Hôm nay: {thousands(visits["today"])}</div>
<div>Tháng hiện tại: {thousands(visits["month"])}</div><div>Tất cả: {thousands(visits["total"])}</div></div>"""

    # -- pages

    def home_html(self, request: Request) -> str:
        hot = self.latest(5)
        blocks = []
        if hot:
            first = hot[0]
            blocks.append(
                f'<div class="tin-noi-bat"><div class="title-box">Tin nổi bật</div>'
                f'<div class="hot-first"><img src="{esc(image_path(first, 0, self.image_folder))}" alt="Responsive image" />'
                f'<h2><a href="{esc(self.link(first, request.seed, "hot"))}">{esc(first.title)}</a></h2>'
                f"<p>{esc(first.sapo(request.revision))}</p></div><ul>"
                + "".join(
                    f'<li><a href="{esc(with_param(self.link(it, request.seed, "hot"), "ref=home") if i % 2 else self.link(it, request.seed, "hot"))}">{esc(it.title)}</a></li>'
                    for i, it in enumerate(hot[1:])
                )
                + "</ul></div>"
            )
        for section in self.sections.values():
            listed = [it for it in self.listed(section) if it.kind == "article"][:3]
            if not listed:
                continue
            entries = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
                for it in listed
            )
            blocks.append(
                f'<div class="box-cat"><div class="title-box"><a href="{esc(self.listing_path(section))}">'
                f"{esc(section.name)}</a></div><ul>{entries}</ul>"
                f'<a class="more" href="{esc(self.listing_path(section))}">Xem tiếp »</a></div>'
            )
        return self.frame(self.portal.name, [], "\n".join(blocks), request.seed)

    def listing_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        shown = section or self.news
        rows = []
        for it in items:
            rows.append(
                f'<div class="item-news"><a href="{esc(self.article_path(it))}">'
                f'<img src="{esc(image_path(it, 0, self.image_folder))}" alt="Responsive image" /></a>'
                f'<h3><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></h3>'
                f'<span class="date">({dmy(it.published)})</span>'
                f'<p class="sapo">{esc(it.sapo(request.revision))}</p></div>'
            )
        numbers = []
        for n in pager_window(page, pages):
            if n is None:
                numbers.append("<span>…</span>")
            elif n == page:
                numbers.append(f'<span class="current">{n}</span>')
            else:
                numbers.append(f'<a href="{esc(self.listing_path(section, n))}">{n}</a>')
        if page < pages:
            numbers.append(
                f'<a href="{esc(self.listing_path(section, page + 1))}" title="Trang sau">»</a>'
            )
        content = (
            f'<div class="list-news"><h2 class="cat-title">{esc(shown.name)}</h2>{"".join(rows)}'
            f'<div class="paging">Trang: {" ".join(numbers)}</div></div>'
        )
        return self.frame(
            f"{shown.name} - Trang {page}", [(None, shown.name)], content, request.seed
        )

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        parts = []
        first = True
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                text = esc(value)
                if first and self.portal.lead_prefix:
                    text = f"<strong>{esc(self.portal.lead_prefix)}</strong>{text}"
                first = False
                parts.append(f'<p style="text-align:justify">{text}</p>')
            else:
                index, caption = value
                parts.append(
                    '<table class="ms-rteTable-default" align="center" width="90%"><tbody>'
                    f'<tr><td><img src="{esc(image_path(item, index, self.image_folder))}" alt="" width="600" /></td></tr>'
                    f'<tr><td style="text-align:center"><em>{esc(caption)}</em></td></tr></tbody></table>'
                )
        if item.author:
            parts.append(f'<p style="text-align:right"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            parts.append(f'<p style="text-align:right"><em>Nguồn: {esc(item.source)}</em></p>')
        modified = item.shown_modified(revision)
        updated = (
            f' <span class="modified">Cập nhật: {dmy(modified)} {modified:%H:%M:%S}</span>'
            if modified
            else ""
        )
        others = "".join(
            f'<li><a href="{esc(self.link(it, seed, "others"))}">{esc(it.title)}</a> '
            f'<span class="date">({dmy(it.published)}, {it.published:%H:%M})</span></li>'
            for it in self.others(item)
        )
        content = f"""<div class="news-detail">
<h1 class="title-news">{esc(item.title)}</h1>
<div class="date-news"><span class="date">{weekday(item.published)}, {dmy(item.published)} {item.published:%H:%M}</span>{updated}
<span class="luotxem">Lượt xem: {view_count(seed)}</span></div>
<div class="font-size">Xem với cỡ chữ: <a href="javascript:ZoomOut();">A-</a> <a href="javascript:ZoomReset();">A</a> <a href="javascript:ZoomIn();">A+</a></div>
<div class="ms-rtestate-field">{"".join(parts)}</div>
<div class="tools"><a href="{esc(self.print_path(item))}" target="_blank">Bản in</a> | <a href="mailto:?subject={esc(item.title)}">Gửi email</a> | <a href="#s4-workspace">Về đầu trang</a></div>
<div class="other-news"><div class="title-box">Các tin khác</div><ul>{others}</ul></div>
</div>"""
        return self.frame(
            item.title, [(self.listing_path(item.section), item.section.name)], content, seed
        )

    def print_html(self, item: Item, request: Request) -> str:
        body = "<br />".join(esc(p) for p in item.body(request.revision))
        author = (
            f'<div style="text-align:right"><b>{esc(item.author)}</b></div>' if item.author else ""
        )
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(item.title)}</title></head>
<body onload="window.print()"><div id="printContent">
<div class="print-header">{esc(self.portal.name)}</div>
<div class="print-date">{dmy(item.published)} {item.published:%H:%M:%S}</div>
<b class="print-title">{esc(item.title)}</b><span class="print-body">{body}</span>{author}
</div></body></html>"""

    def error_html(self, status: int) -> str:
        if status == 404:
            message = "Không tìm thấy trang. Trang bạn yêu cầu không tồn tại hoặc đã bị xóa."
        else:
            message = "Rất tiếc, đã xảy ra lỗi. Vui lòng thử lại sau."
        return self.frame(
            "Lỗi", [], f'<div class="ms-error"><h1>Lỗi</h1><p>{message}</p></div>', f"err{status}"
        )
