"""NukeViet 4 family (sokhcn-lamgiang).

URL shapes:
- home ``/vi/`` (``/`` too);
- article ``/vi/news/<Category-Slug>/<slug>-<id>.html``;
- listing ``/vi/news/`` and ``/vi/news/page-2``; per category ``/vi/news/<Category-Slug>/`` and
  ``/vi/news/<Category-Slug>/page-2``;
- RSS ``/vi/news/rss/`` and ``/vi/news/rss/<Category-Slug>/``, announced by
  ``<link rel="alternate" type="application/rss+xml">``.
The article's first paragraph is the NukeViet "hometext" (bold lead above the body); the
author and source sit in a block under the body ("Tác giả:", "Nguồn tin:").
"""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import format_datetime

from dtcrawl.demo.cms.common import (
    VN_TZ,
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    dmy,
    esc,
    image_path,
    pager_window,
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

HOME = "/vi/"
NEWS = "/vi/news/"
_ARTICLE = re.compile(r"^/vi/news/([\w-]+)/([\w-]*?)-(\d+)\.html$")
_LISTING = re.compile(r"^/vi/news/(?:([\w-]+)/?)?(?:/?page-(\d+))?/?$")
_RSS = re.compile(r"^/vi/news/rss/(?:([\w-]+)/?)?$")
RSS_ITEMS = 30


def nukeviet_date(moment: datetime) -> str:
    """NukeViet's article date: ``Thứ hai - 11/11/2024 04:09``.

    >>> nukeviet_date(datetime(2024, 11, 11, 4, 9))
    'Thứ hai - 11/11/2024 04:09'
    """
    return f"{weekday(moment, lower=True)} - {dmy(moment)} {moment:%H:%M}"


def rss_date(moment: datetime) -> str:
    """RFC 822 date with the Vietnam offset, as NukeViet feeds write it."""
    return format_datetime(moment.replace(tzinfo=VN_TZ))


class NukeVietSite(CmsSite):
    family_headers = {"Server": "nginx", "X-Powered-By": "PHP/7.4.33"}
    number_base = 3_650
    number_stride = 3
    image_folder = "/uploads/news"

    def section_slug(self, name: str) -> str:
        return slugify(name, keep_case=True)

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"{NEWS}{item.section.slug}/{slugify(item.title, max_len=90)}-{item.number}.html"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        base = NEWS if self.is_news(section) else f"{NEWS}{section.slug}/"
        return base if page == 1 else f"{base}page-{page}"

    def home_path(self) -> str:
        return HOME

    def feed_path(self, section: Section | None = None) -> str:
        return "/vi/news/rss/" if self.is_news(section) else f"/vi/news/rss/{section.slug}/"

    def extra_paths(self) -> dict[str, str]:
        return {"feed": self.feed_path()}

    def link(self, item: Item, seed: str) -> str:
        path = self.article_path(item)
        if item.kind != "article":  # broken pages have one URL only, so tests can find them
            return path
        if "tracking_utm" in self.portal.features and stable_int(seed + item.key, 0, 9) < 2:
            return with_param(path, "utm_source=zalo&utm_medium=share")
        return path

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/vi", HOME, "/index.php"):
            return self.html_response(self.home_html(request))
        match = _RSS.match(path)
        if match:
            section = self.section_by_slug(match.group(1)) if match.group(1) else None
            if match.group(1) and section is None:
                return None
            return Response(
                200,
                {"Content-Type": "application/rss+xml; charset=utf-8"},
                self.rss_xml(section, request).encode("utf-8"),
            )
        match = _ARTICLE.match(path)
        if match:
            item = self.by_number.get(int(match.group(3)))
            return self.article_response(item, request) if item else None
        match = _LISTING.match(path)
        if match:
            slug, page = match.group(1), int(match.group(2) or 1)
            section = None
            if slug and slug.startswith("page-"):
                slug, page = None, int(slug[5:] or 1)
            if slug:
                section = self.section_by_slug(slug)
                if section is None:
                    return None
            items, pages = self.page_of(self.listed(section), page)
            if page > pages:  # an empty section still has its (empty) first page
                return None
            return self.html_response(self.listing_html(section, page, pages, items, request))
        return None

    # -- frame

    def frame(
        self, title: str, crumbs: list[tuple[str, str]], main: str, seed: str, feed: str
    ) -> str:
        portal = self.portal
        nav = "".join(
            f'<li><a title="{esc(s.name)}" href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = "".join(
            f'<li itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">'
            f'<a href="{esc(href)}" itemprop="item" title="{esc(label)}"><span itemprop="name">{esc(label)}</span></a></li>'
            for href, label in crumbs
        )
        latest = "".join(
            f'<li class="clearfix"><a href="{esc(self.link(it, seed))}" title="{esc(it.title)}">{esc(it.title)}</a>'
            f' <span class="text-muted">({dmy(it.published)}, {it.published:%H:%M})</span></li>'
            for it in self.latest(6)
        )
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        answers = "".join(
            f'<div class="radio"><label><input type="radio" name="option" value="{i}"> {esc(o)}</label></div>'
            for i, o in enumerate(options)
        )
        return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>{esc(title)}</title>
<meta name="generator" content="NukeViet v4.5">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="alternate" href="{esc(feed)}" title="{esc(self.news.name)}" type="application/rss+xml">
<link rel="StyleSheet" href="/themes/default/css/bootstrap.non-responsive.css">
<link rel="StyleSheet" href="/themes/default/css/style.css">
<script src="/assets/js/jquery/jquery.min.js"></script>
</head>
<body>
<noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript. Website chỉ làm việc khi bạn bật nó trở lại.</div></noscript>
<div class="body-bg"><div class="wraper">
<header><div class="container"><div id="header" class="row">
<div class="logo col-xs-24 col-sm-24 col-md-8"><a title="{esc(portal.name)}" href="{HOME}"><img src="/uploads/logo-sokhcn.png" width="120" height="90" alt="{esc(portal.name)}"></a>
<span class="site_name">{esc(portal.name)}</span>
<span class="site_description">Chào mừng bạn đến với Trang thông tin điện tử {esc(portal.name)}</span></div>
</div></div></header>
<nav class="second-nav" id="menusite"><div class="container"><div class="row"><div class="bg box-shadow">
<ul class="nav navbar-nav"><li><a title="Trang nhất" href="{HOME}"><em class="fa fa-lg fa-home">&nbsp;</em> Trang nhất</a></li>
<li><a title="{esc(self.news.name)}" href="{NEWS}">{esc(self.news.name)}</a></li>{nav}
<li><a title="Đăng nhập" href="/vi/users/login/">Đăng nhập</a></li></ul></div></div></div></nav>
<section><div class="container" id="body">
<nav class="third-nav"><div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none" itemscope itemtype="http://schema.org/BreadcrumbList">
<li><a href="{HOME}" title="Trang nhất"><em class="fa fa-lg fa-home">&nbsp;</em></a></li>{crumb}</ul></div></div></nav>
<div class="row">
<div class="col-sm-16 col-md-18">
{main}
</div>
<div class="col-sm-8 col-md-6">
<div class="panel panel-primary"><div class="panel-heading">Tin mới</div><div class="panel-body"><ul class="list-none">{latest}</ul></div></div>
<div class="panel panel-primary"><div class="panel-heading">Kết quả giải quyết TTHC</div><div class="panel-body">
<p>Năm {2020 + stats["month"] % 5}: đã giải quyết <strong>{thousands(stats["ontime"])}</strong>/{thousands(stats["total"])} hồ sơ, đạt {stats["percent"]}%; trễ hạn {stats["late"]} hồ sơ.</p></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div><div class="panel-body"><p><strong>{esc(question)}</strong></p>{answers}
<input class="btn btn-success btn-sm" type="button" value="Bình chọn"> <input class="btn btn-primary btn-sm" type="button" value="Kết quả"></div></div>
<div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">
<ul class="counter list-none display-table"><li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span><span>{thousands(visits["online"])}</span></li>
<li><span><em class="fa fa-filter fa-lg fa-horizon"></em>Hôm nay</span><span>{thousands(visits["today"])}</span></li>
<li><span><em class="fa fa-calendar-o fa-lg fa-horizon"></em>Tháng hiện tại</span><span>{thousands(visits["month"])}</span></li>
<li><span><em class="fa fa-bars fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>{thousands(visits["total"])}</span></li></ul></div></div>
</div></div></div></section>
<footer id="footer"><div class="container"><div class="row">
<div class="col-xs-24 col-sm-24 col-md-12"><h3>{esc(portal.name)}</h3>
<ul class="company_info"><li>Cơ quan chủ quản: {esc(portal.agency)}</li><li>Chịu trách nhiệm nội dung: {esc(portal.editor)}</li>
<li>Địa chỉ: {esc(portal.address)}</li><li>Điện thoại: {esc(portal.phone)}</li><li>{esc(portal.licence)}</li></ul></div>
<div class="col-xs-24 col-sm-24 col-md-12"><p>{esc(reuse_notice(portal))}</p>
<p><a href="{NEWS}rss/">RSS</a> | <a href="#" class="bttop">Về đầu trang</a></p></div>
</div></div></footer>
</div></div>
</body>
</html>
"""

    # -- pages

    def home_html(self, request: Request) -> str:
        panels = []
        for section in self.sections.values():
            listed = [it for it in self.listed(section) if it.kind == "article"][:3]
            if not listed:
                continue
            rows = "".join(
                f'<li><a href="{esc(self.link(it, request.seed))}" title="{esc(it.title)}">{esc(it.title)}</a></li>'
                for it in listed
            )
            panels.append(
                f'<div class="news_column panel panel-default"><div class="panel-heading"><h2><a title="{esc(section.name)}" '
                f'href="{esc(self.listing_path(section))}">{esc(section.name)}</a></h2></div>'
                f'<div class="panel-body"><ul class="related list-items">{rows}</ul></div></div>'
            )
        return self.frame(self.portal.name, [], "\n".join(panels), request.seed, self.feed_path())

    def listing_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        shown = section or self.news
        rows = "".join(
            f'<div class="panel panel-default"><div class="panel-body">'
            f'<a href="{esc(self.article_path(it))}" title="{esc(it.title)}"><img alt="{esc(it.title)}" '
            f'src="{esc(image_path(it, 0, self.image_folder))}" width="183" class="img-thumbnail pull-left imghome" /></a>'
            f'<h3><a href="{esc(self.article_path(it))}" title="{esc(it.title)}">{esc(it.title)}</a></h3>'
            f'<div class="text-muted"><ul class="list-unstyled list-inline"><li><em class="fa fa-clock-o">&nbsp;</em> '
            f'{dmy(it.published)} {it.published:%H:%M}</li><li><em class="fa fa-eye">&nbsp;</em> Xem: '
            f"{view_count(request.seed + it.key)}</li></ul></div><p>{esc(it.sapo(request.revision))}</p></div></div>"
            for it in items
        )
        pager = []
        if page > 1:
            pager.append(
                f'<li><a href="{esc(self.listing_path(section, page - 1))}">&laquo;</a></li>'
            )
        for n in pager_window(page, pages):
            if n is None:
                pager.append('<li class="disabled"><span>...</span></li>')
            elif n == page:
                pager.append(f'<li class="active"><a href="#">{n}</a></li>')
            else:
                pager.append(f'<li><a href="{esc(self.listing_path(section, n))}">{n}</a></li>')
        if page < pages:
            pager.append(
                f'<li><a href="{esc(self.listing_path(section, page + 1))}">&raquo;</a></li>'
            )
        main = (
            f'<div class="news_column"><h1 class="hidden">{esc(shown.name)}</h1>{rows}'
            f'<div class="text-center"><ul class="pagination">{"".join(pager)}</ul></div></div>'
        )
        crumbs = [(NEWS, self.news.name)] + (
            [(self.listing_path(section), section.name)] if section else []
        )
        title = (
            f"{shown.name} - Trang {page} - {self.portal.name}"
            if page > 1
            else f"{shown.name} - {self.portal.name}"
        )
        return self.frame(title, crumbs, main, request.seed, self.feed_path(section))

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        blocks = body_blocks(item, revision)
        hometext = ""
        if blocks and blocks[0][0] == "p":
            hometext = blocks.pop(0)[1]
        parts = []
        for kind, value in blocks:
            if kind == "p":
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    f'<p style="text-align: center;"><img alt="{esc(caption)}" height="400" '
                    f'src="{esc(image_path(item, index, self.image_folder))}" width="600" /><br />'
                    f"<em>{esc(caption)}</em></p>"
                )
        meta = []
        if item.author:
            meta.append(
                f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(item.author)}</p>'
            )
        if item.source:
            meta.append(
                f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{esc(item.source)}</p>'
            )
        newer = [it for it in self.others(item, 10) if it.published > item.published][:4]
        older = [it for it in self.others(item, 10) if it.published <= item.published][:4]

        def related(title: str, items: list[Item]) -> str:
            if not items:
                return ""
            rows = "".join(
                f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{esc(self.link(it, seed))}" title="{esc(it.title)}">'
                f"{esc(it.title)}</a> <em>({dmy(it.published)})</em></li>"
                for it in items
            )
            return f'<div class="news_column panel panel-default"><div class="panel-body"><p class="h3"><strong>{title}</strong></p><ul class="related list-none list-items">{rows}</ul></div></div>'

        modified = item.shown_modified(revision)
        updated = (
            f'<span class="h5"> - Cập nhật: {nukeviet_date(modified)}</span>' if modified else ""
        )
        main = f"""<div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{esc(item.title)}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{nukeviet_date(item.published)}</span>{updated}</div>
<div class="col-md-12"><ul class="list-inline text-right"><li>Lượt xem: {view_count(seed)}</li>
<li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);"><em class="fa fa-envelope fa-lg">&nbsp;</em> Gửi email</a></li>
<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript:void(0);"><em class="fa fa-print fa-lg">&nbsp;</em> Bản in</a></li></ul></div></div>
<div class="clearfix"><div class="hometext m-bottom"><strong>{esc(hometext)}</strong></div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{"".join(parts)}</div>
<div class="margin-bottom-lg">{"".join(meta)}</div>
</div></div>
{related("Những tin mới hơn", newer)}{related("Những tin cũ hơn", older)}"""
        crumbs = [(NEWS, self.news.name)]
        if not self.is_news(item.section):
            crumbs.append((self.listing_path(item.section), item.section.name))
        return self.frame(
            f"{item.title} - {item.section.name} - {self.portal.name}",
            crumbs,
            main,
            seed,
            self.feed_path(item.section),
        )

    def rss_xml(self, section: Section | None, request: Request) -> str:
        base = request.base_url
        shown = section or self.news
        items = [it for it in self.listed(section) if it.kind == "article"][:RSS_ITEMS]
        entries = "".join(
            f"<item><title>{esc(it.title)}</title><link>{esc(base + self.article_path(it))}</link>"
            f'<guid isPermaLink="false">news_{it.number}</guid>'
            f"<description><![CDATA[{it.sapo(request.revision)}]]></description>"
            f"<pubDate>{rss_date(it.published)}</pubDate></item>\n"
            for it in items
        )
        built = rss_date(items[0].published) if items else ""
        return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{esc(self.portal.name)} - {esc(shown.name)}</title>
<link>{esc(base + self.listing_path(section))}</link>
<atom:link href="{esc(base + self.feed_path(section))}" rel="self" type="application/rss+xml" />
<description>{esc(shown.name)}</description>
<language>vi</language>
<lastBuildDate>{built}</lastBuildDate>
<generator>NukeViet v4.5</generator>
{entries}</channel>
</rss>
"""

    def error_html(self, status: int) -> str:
        message = (
            "Trang bạn yêu cầu không tồn tại."
            if status == 404
            else "Lỗi hệ thống, vui lòng thử lại sau."
        )
        main = f'<div class="alert alert-danger"><h2>Lỗi {status}</h2><p>{message}</p></div>'
        return self.frame(f"Lỗi {status}", [], main, f"err{status}", self.feed_path())
