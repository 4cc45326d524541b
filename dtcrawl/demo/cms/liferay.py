"""Liferay family (namthanh).

URL shapes:
- home ``/web/guest/trang-chu`` (also ``/`` and ``/web/guest``);
- article ``/web/guest/<section>/-/view_content/<id>-<slug>``; any section prefix serves it
  (the general listing links under ``/web/guest/tin-tuc/…``), the home page links the short
  form ``/web/guest/-/<slug>``; ``<link rel="canonical">`` names the category one; some links
  carry ``;jsessionid=…``;
- listing ``/web/guest/<section>?p_p_id=101&p_p_lifecycle=0&…&_101_delta=5&_101_cur=<n>``
  with ``.lfr-pagination-buttons`` and a page-size (delta) selector.
Body in ``.journal-content-article``; skip link "Truy cập nội dung luôn".
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
    page_number,
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

GUEST = "/web/guest"
HOME = "/web/guest/trang-chu"
_ARTICLE = re.compile(r"^/web/guest/([\w-]+)/-/view_content/(\d+)(?:-[\w-]*)?/?$")
_SECTION = re.compile(r"^/web/guest/([\w-]+)/?$")
_SHORT = re.compile(r"^/web/guest/-/([\w-]+)/?$")
DELTAS = (5, 10, 20)
PAGER = "p_p_id=101&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"


def liferay_time(moment: datetime) -> str:
    """Liferay's Vietnamese 12-hour clock: ``8:22:19 SA`` (SA = AM, CH = PM).

    >>> liferay_time(datetime(2022, 10, 17, 20, 5, 9)), liferay_time(datetime(2022, 1, 1, 0, 7))
    ('8:05:09 CH', '12:07:00 SA')
    """
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment:%M:%S} {'SA' if moment.hour < 12 else 'CH'}"


class LiferaySite(CmsSite):
    family_headers = {
        "Server": "Apache",
        "Liferay-Portal": "Liferay Community Edition Portal 7.4.3.112 CE GA112",
    }
    number_base = 691_200
    number_stride = 29
    image_folder = "/documents/10181/0"

    # -- URLs

    def article_path(self, item: Item) -> str:
        return self.article_under(item, item.section.slug)

    def article_under(self, item: Item, section_slug: str) -> str:
        slug = slugify(item.title, max_len=70)
        return f"{GUEST}/{section_slug}/-/view_content/{item.number}-{slug}"

    def listing_path(self, section: Section | None, page: int = 1, delta: int = 5) -> str:
        base = f"{GUEST}/{(section or self.news).slug}"
        if page == 1 and delta == DELTAS[0]:
            return base
        return f"{base}?{PAGER}&_101_delta={delta}&_101_cur={page}"

    def home_path(self) -> str:
        return HOME

    def short_path(self, item: Item) -> str:
        """Liferay's friendly asset URL ``/web/guest/-/<url-title>`` (used by the home page)."""
        return f"{GUEST}/-/{slugify(item.title, max_len=70)}"

    def link(self, item: Item, seed: str, section: Section | None = None) -> str:
        if item.kind != "article":  # broken pages have one URL only, so tests can find them
            return self.article_path(item)
        path = self.article_under(item, (section or item.section).slug)
        if stable_int(seed + item.key, 0, 9) < 2:
            path += ";jsessionid=" + stable_token(seed + item.key, 32, "0123456789ABCDEF")
        return path

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        if path in ("/", GUEST, GUEST + "/", HOME, HOME + "/"):
            return self.html_response(self.home_html(request))
        match = _ARTICLE.match(path)
        if match:
            item = self.by_number.get(int(match.group(2)))
            return self.article_response(item, request) if item else None
        match = _SHORT.match(path)
        if match:
            for item in self.items:
                if self.short_path(item) == f"{GUEST}/-/{match.group(1)}":
                    return self.article_response(item, request)
            return None
        match = _SECTION.match(path)
        if match:
            slug = match.group(1)
            section = None if slug == self.news.slug else self.section_by_slug(slug)
            if section is None and slug != self.news.slug:
                return None
            delta = page_number(params.get("_101_delta"), DELTAS[0])
            delta = delta if delta in DELTAS else DELTAS[0]
            page = page_number(params.get("_101_cur"))
            listed = self.listed(section)
            pages = max(1, -(-len(listed) // delta))
            items = listed[(page - 1) * delta : page * delta]
            if page > pages:  # an empty section still has its (empty) first page
                return None
            return self.html_response(
                self.listing_html(section, page, pages, delta, items, request)
            )
        return None

    # -- frame

    def frame(
        self,
        title: str,
        crumbs: list[tuple[str | None, str]],
        main: str,
        seed: str,
        canonical: str = "",
    ) -> str:
        portal = self.portal
        nav = "".join(
            f'<li class="lfr-nav-item" role="presentation"><a href="{esc(GUEST + "/" + s.slug)}" role="menuitem">'
            f"<span>{esc(s.name)}</span></a></li>"
            for s in self.sections.values()
        )
        crumb_items = "".join(
            f'<li><a href="{esc(href)}">{esc(label)}</a><span class="divider">/</span></li>'
            if href
            else f'<li class="active"><span>{esc(label)}</span></li>'
            for href, label in [(HOME, "Trang chủ"), *crumbs]
        )
        canonical_tag = f'<link href="{esc(canonical)}" rel="canonical" />' if canonical else ""
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        options_html = "".join(
            f'<label class="radio"><input name="_poll_choice" type="radio" value="{i}" /> {esc(o)}</label>'
            for i, o in enumerate(options)
        )
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)} - {esc(portal.name)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{canonical_tag}
<link href="/o/namthanh-theme/images/favicon.ico" rel="Shortcut Icon" />
<link class="lfr-css-file" href="/o/namthanh-theme/css/main.css?browserId=other&amp;themeId=namthanh_WAR_namthanhtheme&amp;languageId=vi_VN" rel="stylesheet" type="text/css" />
<script type="text/javascript">var themeDisplay = Liferay.ThemeDisplay = {{getLanguageId: function() {{ return "vi_VN"; }}}};</script>
</head>
<body class="controls-visible guest-site signed-out public-page site">
<a href="#main-content" id="skip-to-content">Truy cập nội dung luôn</a>
<div class="container-fluid" id="wrapper">
<header id="banner" role="banner">
<div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="{HOME}" title="Đi đến {esc(portal.name)}">
<img alt="Responsive image" height="110" src="/image/layout_set_logo?img_id=20417" width="1170" /></a></h1>
<div class="welcome-text">Chào mừng bạn đến với Cổng thông tin điện tử tỉnh {esc(portal.province)}</div>
<span class="sign-in"><a href="/c/portal/login?p_l_id=20185" rel="nofollow">Đăng nhập</a></span></div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Các trang web" role="menubar">
<li class="lfr-nav-item"><a href="{HOME}"><span>Trang chủ</span></a></li>
<li class="lfr-nav-item"><a href="{esc(GUEST + "/" + self.news.slug)}"><span>{esc(self.news.name)}</span></a></li>{nav}</ul></nav>
</header>
<section id="content">
<div class="portlet-boundary portlet-boundary_73_ portlet-breadcrumb" id="p_p_id_73_"><ul class="breadcrumb breadcrumb-horizontal">{crumb_items}</ul></div>
<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1">
{main}
</div>
<div class="portlet-column portlet-column-last span4" id="column-2">
<div class="portlet-boundary portlet-journal-content" id="p_p_id_56_INSTANCE_tthc_"><section class="portlet">
<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Kết quả giải quyết TTHC</span></h2></header>
<div class="portlet-content"><ul class="tthc-stats"><li>Đã tiếp nhận: <strong>{thousands(stats["total"])}</strong> hồ sơ</li>
<li>Giải quyết đúng hạn: <strong>{stats["percent"]}%</strong></li><li>Quá hạn: <strong>{stats["late"]}</strong></li></ul></div></section></div>
<div class="portlet-boundary portlet-polls-display" id="p_p_id_59_INSTANCE_poll_"><section class="portlet">
<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Thăm dò ý kiến</span></h2></header>
<div class="portlet-content"><p>{esc(question)}</p>{options_html}<button class="btn" type="submit">Bình chọn</button></div></section></div>
<div class="portlet-boundary portlet-visitor-counter" id="p_p_id_visitor_"><section class="portlet">
<header class="portlet-topper"><h2 class="portlet-title"><span class="portlet-title-text">Thống kê truy cập</span></h2></header>
<div class="portlet-content"><p>Đang truy cập: {thousands(visits["online"])}</p><p>Hôm nay: {thousands(visits["today"])}</p>
<p>Tất cả: {thousands(visits["total"])}</p></div></section></div>
</div></div></div>
</section>
<footer id="footer" role="contentinfo">
<p class="powered-by">{esc(portal.name)}</p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p><p>Trưởng Ban biên tập: {esc(portal.editor)}</p>
<p>{esc(portal.licence)} | Địa chỉ: {esc(portal.address)} | ĐT: {esc(portal.phone)}</p>
<p>{esc(reuse_notice(portal))}</p>
</footer>
</div>
</body>
</html>
"""

    @staticmethod
    def portlet(title: str, content: str, instance: str) -> str:
        return (
            f'<div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_{instance}_">'
            f'<section class="portlet"><header class="portlet-topper"><h2 class="portlet-title">'
            f'<span class="portlet-title-text">{esc(title)}</span></h2></header>'
            f'<div class="portlet-content">{content}</div></section></div>'
        )

    # -- pages

    def home_html(self, request: Request) -> str:
        blocks = []
        for section in [None, *self.sections.values()]:
            listed = [it for it in self.listed(section) if it.kind == "article"][:3]
            if not listed:
                continue
            rows = "".join(
                f'<div class="asset-abstract"><h3 class="asset-title"><a href="{esc(self.short_path(it))}">'
                f'{esc(it.title)}</a></h3><span class="metadata-publish-date">{dmy(it.published)}</span></div>'
                for it in listed
            )
            rows += f'<div class="asset-more"><a href="{esc(self.listing_path(section))}">Xem tất cả »</a></div>'
            blocks.append(
                self.portlet(
                    (section or self.news).name, rows, stable_token((section or self.news).name, 12)
                )
            )
        return self.frame("Trang chủ", [], "\n".join(blocks), request.seed)

    def listing_html(
        self,
        section: Section | None,
        page: int,
        pages: int,
        delta: int,
        items: list[Item],
        request: Request,
    ) -> str:
        shown = section or self.news
        total = len(self.listed(section))
        rows = "".join(
            f'<div class="asset-abstract"><div class="asset-small-image"><img alt="Responsive image" class="asset-small-image" '
            f'src="{esc(image_path(it, 0, self.image_folder))}" /></div>'
            f'<h3 class="asset-title"><a href="{esc(self.link(it, request.seed, shown))}">{esc(it.title)}</a></h3>'
            f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{dmy(it.published)} {it.published:%H:%M}</span></div>'
            f'<div class="asset-summary">{esc(it.sapo(request.revision))}</div>'
            f'<div class="asset-more"><a href="{esc(self.link(it, request.seed, shown))}">Xem thêm <span class="hide-accessible">về {esc(it.title)}</span> »</a></div></div>'
            for it in items
        )

        def button(css: str, label: str, target: int, enabled: bool) -> str:
            if not enabled:
                return f'<li class="{css} disabled"><a href="javascript:;">{label}</a></li>'
            return f'<li class="{css}"><a href="{esc(self.listing_path(section, target, delta))}">{label}</a></li>'

        deltas = (
            "".join(
                f'<li><a href="{esc(self.listing_path(section, 1, d))}">{d}</a></li>'
                for d in DELTAS
            )
            if "delta_links" in self.portal.features
            else ""
        )
        first_shown = (page - 1) * delta + 1
        pagination = f"""<div class="taglib-page-iterator"><div class="clearfix lfr-pagination">
<div class="lfr-pagination-config"><div class="lfr-pagination-page-selector">Trang {page} của {pages}</div>
<div class="lfr-pagination-delta-selector"><ul class="dropdown-menu">{deltas}</ul> Mục mỗi trang</div></div>
<small class="search-results">{f"Hiển thị {first_shown} - {first_shown + len(items) - 1} của {total} kết quả." if items else "Không có kết quả nào."}</small>
<ul class="lfr-pagination-buttons pager">
{button("first", "&larr; Đầu", 1, page > 1)}{button("", "Trước", page - 1, page > 1)}{button("", "Tiếp", page + 1, page < pages)}{button("last", "Cuối &rarr;", pages, page < pages)}
</ul></div></div>"""
        main = self.portlet(shown.name, rows + pagination, stable_token(shown.name, 12))
        return self.frame(shown.name, [(None, shown.name)], main, request.seed)

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        parts = []
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    f'<p style="text-align: center;"><img alt="" src="{esc(image_path(item, index, self.image_folder))}" style="width: 600px;" /></p>'
                    f'<p style="text-align: center;"><em>{esc(caption)}</em></p>'
                )
        if item.author:
            parts.append(f"<p><strong>Tác giả:</strong> {esc(item.author)}</p>")
        if item.source:
            parts.append(f"<p><strong>Nguồn:</strong> {esc(item.source)}</p>")
        modified = item.shown_modified(revision)
        updated = (
            f'<span class="metadata-entry metadata-modified-date">Ngày cập nhật: {dmy(modified)} {liferay_time(modified)}</span>'
            if modified
            else ""
        )
        same = "".join(
            f'<li><a href="{esc(self.link(it, seed))}">{esc(it.title)}</a> <span class="date">({dmy(it.published)})</span></li>'
            for it in self.others(item)
        )
        content = f"""<div class="asset-full-content show-asset-title">
<h3 class="header-title"><span>{esc(item.title)}</span></h3>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">Ngày xuất bản: {dmy(item.published)} {liferay_time(item.published)}</span>
{updated}<span class="metadata-entry metadata-view-count">Lượt xem: {view_count(seed)}</span></div>
<div class="font-size-tools">Xem với cỡ chữ: <a href="javascript:;" class="font-decrease">A-</a> <a href="javascript:;" class="font-reset">A</a> <a href="javascript:;" class="font-increase">A+</a></div>
<div class="journal-content-article">{"".join(parts)}</div>
<div class="taglib-social-bookmarks"><a href="javascript:window.print();">Bản in</a> <a href="mailto:?subject={esc(item.title)}">Gửi email</a> <a href="#wrapper">Về đầu trang</a></div>
</div>
<div class="asset-related"><h4>Tin cùng chuyên mục</h4><ul>{same}</ul></div>"""
        main = self.portlet(item.section.name, content, stable_token(item.section.name, 12))
        canonical = request.base_url + self.article_path(item)
        return self.frame(
            item.title,
            [(GUEST + "/" + item.section.slug, item.section.name)],
            main,
            seed,
            canonical,
        )

    def error_html(self, status: int) -> str:
        message = (
            "Không tìm thấy tài nguyên được yêu cầu."
            if status == 404
            else "Đã xảy ra lỗi khi xử lý yêu cầu."
        )
        return self.frame(
            "Lỗi", [], f'<div class="alert alert-error">{message}</div>', f"err{status}"
        )
