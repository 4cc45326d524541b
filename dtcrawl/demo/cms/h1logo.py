"""A provincial portal on an older theme whose ``<h1>`` is the portal's name in the header logo.

Every page's ``<title>`` is only the portal's name ("Cổng thông tin điện tử tỉnh X"), articles
included, and there is no ``og:title``. The article's own title stands in a
``<div class="news-title">`` or an ``<h2 class="title">`` depending on the section's template;
the breadcrumb ends with the title cut at 60 characters plus "...", and the "Tin khác" list
under the article repeats neighbouring titles in ``<h3>`` elements. The date line reads
"Cập nhật ngày: 05/01/2023 08:25".

URL shapes:
- home ``/`` (also ``/index.html``);
- a listing ``/tintuc/<section-slug>.html`` (general news: ``/tintuc/tin-tuc.html``), page N
  ``/tintuc/<section-slug>/p<N>.html`` (one-based, a window of numbers with "«"/"»");
- article ``/tintuc/<section-slug>/<title-slug>-a<id>.html``; the "Tin nổi bật" box links the
  short alias ``/tintuc/a<id>.html`` (same page, 200); home links carry ``?utm_source=trangchu``;
  print view ``/in-bai/a<id>.html``;
- RSS ``/rss/tin-tuc.rss`` (the newest 20 articles).
"""

from __future__ import annotations

import re

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
    http_date,
    image_path,
    page_number,
    poll,
    reuse_notice,
    slugify,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
)

_ARTICLE = re.compile(r"^/tintuc/([a-z0-9-]+)/[a-z0-9-]*-a(\d+)\.html$")
_ALIAS = re.compile(r"^/tintuc/a(\d+)\.html$")
_PRINT = re.compile(r"^/in-bai/a(\d+)\.html$")
_LISTING = re.compile(r"^/tintuc/([a-z0-9-]+)(?:/p(\d+))?\.html$")


def updated_line(item: Item) -> str:
    """The date line under an article's title.

    >>> from datetime import datetime
    >>> from dtcrawl.demo.cms.common import Section
    >>> it = Item("k", 1, "T", Section(1, "S", "s"), datetime(2023, 1, 5, 8, 25), None,
    ...           None, None, [], [])
    >>> updated_line(it)
    'Cập nhật ngày: 05/01/2023 08:25'
    """
    return f"Cập nhật ngày: {dmy(item.published)} {item.published:%H:%M}"


def crumb_title(title: str, limit: int = 60) -> str:
    """The breadcrumb's last item: the title cut hard at ``limit`` characters plus "...".

    >>> crumb_title("Ngắn gọn")
    'Ngắn gọn...'
    >>> len(crumb_title("x" * 90))
    63
    """
    return title[:limit].rstrip() + "..."


class H1LogoSite(CmsSite):
    family_headers = {"Server": "Microsoft-IIS/7.5", "X-Powered-By": "ASP.NET"}
    number_base = 8_400
    number_stride = 5
    image_folder = "/Upload/TinTuc"

    # -- URLs

    def section_slug(self, name: str) -> str:
        return slugify(name)

    def article_path(self, item: Item) -> str:
        return f"/tintuc/{item.section.slug}/{slugify(item.title, max_len=70)}-a{item.number}.html"

    def alias_path(self, item: Item) -> str:
        return f"/tintuc/a{item.number}.html"

    def article_aliases(self, item: Item) -> list[str]:
        return [self.alias_path(item), self.article_path(item) + "?utm_source=trangchu"]

    def print_path(self, item: Item) -> str:
        return f"/in-bai/a{item.number}.html"

    def print_paths(self) -> dict[str, str]:
        return {it.key: self.print_path(it) for it in self.items if it.kind == "article"}

    def extra_paths(self) -> dict[str, str]:
        return {"rss": "/rss/tin-tuc.rss"}

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        slug = self.news.slug if self.is_news(section) else section.slug
        return f"/tintuc/{slug}.html" if page == 1 else f"/tintuc/{slug}/p{page}.html"

    def template_of(self, section: Section) -> str:
        """Which article template a section uses: ``div`` (news-title) or ``h2`` (title)."""
        names = list(self.sections)
        index = names.index(section.name) if section.name in names else 0
        return "div" if index % 2 == 0 else "h2"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.html"):
            return self.html_response(self.home_html(request))
        if path == "/rss/tin-tuc.rss":
            return self.text_response(self.rss_xml(request), "application/rss+xml")
        for pattern in (_PRINT, _ALIAS, _ARTICLE):
            match = pattern.match(path)
            if match:
                item = self.by_number.get(int(match.group(match.lastindex)))
                if item is None:
                    return None
                if pattern is _ARTICLE and match.group(1) != item.section.slug:
                    return None
                if pattern is _PRINT:
                    if item.kind in ("missing", "error"):
                        return None
                    return self.html_response(self.print_html(item, request))
                return self.article_response(item, request)
        match = _LISTING.match(path)
        if not match:
            return None
        slug = match.group(1)
        section = None if slug == self.news.slug else self.section_by_slug(slug)
        if slug != self.news.slug and section is None:
            return None
        page = page_number(match.group(2))
        if match.group(2) == "1":
            return None
        _, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(section, page, request))

    # -- frame

    def frame(self, crumbs: list[tuple[str, str]], main: str, request: Request) -> str:
        p = self.portal
        menu = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = " <span>›</span> ".join(
            f'<a href="{esc(href)}">{esc(name)}</a>' if href else f"<span>{esc(name)}</span>"
            for name, href in [("Trang chủ", "/"), *crumbs]
        )
        featured = "".join(
            f'<li><a href="{esc(self.alias_path(it))}">{esc(it.title)}</a></li>'
            for it in self.items[3:8]
            if it.kind == "article"
        )
        latest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(6)
        )
        v = visitor_stats(request.seed)
        t = tthc_stats(request.seed)
        question, options = poll(request.seed)
        choices = "".join(
            f'<li><input type="radio" name="rdPoll" id="opt{i}" value="{i}"/>'
            f'<label for="opt{i}">{esc(o)}</label></li>'
            for i, o in enumerate(options)
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(p.name)}</title>
<meta name="keywords" content="{esc(p.name)}, {esc(p.province)}, tin tức, chuyển đổi số" />
<link href="/Themes/Default/css/style.css" rel="stylesheet" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/rss/tin-tuc.rss" />
<script type="text/javascript" src="/Themes/Default/js/jquery-1.4.2.min.js"></script>
</head><body><div id="wrapper">
<div id="header"><div class="logo"><a href="/"><img src="/Themes/Default/images/quochuy.png"
alt="Quốc huy" /></a><h1>{esc(p.name)}</h1></div>
<div class="welcome"><marquee scrollamount="3">Chào mừng bạn đến với {esc(p.name)}</marquee>
</div><div class="top-links"><a href="javascript:void(0);" onclick="setHomepage();">Đặt làm trang
chủ</a> | <a href="/dang-nhap.html">Đăng nhập</a> | <a href="/rss/tin-tuc.rss">RSS</a></div></div>
<div id="mainmenu"><ul><li><a href="/">Trang chủ</a></li>
<li><a href="{esc(self.listing_path(None))}">{esc(self.news.name)}</a></li>{menu}
<li><a href="/lien-he.html">Liên hệ</a></li></ul></div>
<div class="breadcrumb">{crumb}</div>
<div id="left"><div class="box"><h4 class="box-head">Danh mục tin</h4><ul>{menu}</ul></div>
<div class="box" id="tthc"><h4 class="box-head">Kết quả giải quyết TTHC</h4>
<p>Tháng {t["month"]}: tiếp nhận {thousands(t["total"])} hồ sơ; đúng hạn
{thousands(t["ontime"])} ({t["percent"]}%); trễ hạn {thousands(t["late"])}.</p></div>
<div class="box"><h4 class="box-head">Liên kết</h4><ul class="banners">
<li><a href="http://chinhphu.vn" target="_blank"><img src="/Upload/Banner/chinhphu.jpg"
alt="Cổng TTĐT Chính phủ" /></a></li>
<li><a href="http://dichvucong.gov.vn" target="_blank"><img src="/Upload/Banner/dvc.jpg"
alt="Cổng Dịch vụ công quốc gia" /></a></li></ul></div></div>
<div id="content">{main}</div>
<div id="right"><div class="box" id="tinnoibat"><h4 class="box-head">Tin nổi bật</h4>
<ul>{featured}</ul></div>
<div class="box" id="tinmoi"><h4 class="box-head">Tin mới</h4><ul>{latest}</ul></div>
<div class="box" id="poll"><h4 class="box-head">Ý kiến thăm dò</h4><p>{esc(question)}</p>
<ul>{choices}</ul><input type="button" value="Bình chọn" onclick="vote();" /></div>
<div class="box" id="counter"><h4 class="box-head">Thống kê truy cập</h4><ul>
<li>Đang online: {thousands(v["online"])}</li><li>Hôm nay: {thousands(v["today"])}</li>
<li>Trong tuần: {thousands(v["week"])}</li><li>Tất cả: {thousands(v["total"])}</li></ul></div>
</div>
<div id="footer"><p><b>Cơ quan chủ quản: {esc(p.agency)}</b></p>
<p>Trưởng Ban biên tập: {esc(p.editor)}</p><p>{esc(p.licence)}</p>
<p>Địa chỉ: {esc(p.address)}. Điện thoại: {esc(p.phone)}</p><p>{esc(reuse_notice(p))}</p>
<p><a href="#wrapper">Về đầu trang</a></p></div></div></body></html>
"""

    def row(self, item: Item, tracked: bool = False) -> str:
        href = self.article_path(item) + ("?utm_source=trangchu" if tracked else "")
        return (
            f'<div class="item"><a href="{esc(href)}"><img src="'
            f'{esc(image_path(item, 0, self.image_folder))}" alt="" class="img-thumb" /></a>'
            f'<a class="link-title" href="{esc(href)}">{esc(item.title)}</a>'
            f'<span class="date">({dmy(item.published)})</span>'
            f'<p class="summary">{esc(item.sapo())}</p></div>'
        )

    def home_html(self, request: Request) -> str:
        blocks = []
        for section in self.sections.values():
            rows = "".join(self.row(it, tracked=True) for it in self.listed(section)[:3])
            blocks.append(
                f'<div class="home-block"><h2 class="block-head"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>{rows}</div>'
            )
        return self.frame([], "".join(blocks), request)

    def pager(self, section: Section | None, page: int, pages: int) -> str:
        if pages <= 1:
            return ""
        parts = arrow_pager(
            page,
            pages,
            lambda n: self.listing_path(section, n),
            link='<a href="{href}">{n}</a>',
            current='<a class="active">{n}</a>',
            gap="<span>...</span>",
            prev='<a href="{href}">«</a>',
            next_='<a href="{href}">»</a>',
        )
        return f'<div class="paging">{" ".join(parts)}</div>'

    def listing_html(self, section: Section | None, page: int, request: Request) -> str:
        items, pages = self.page_of(self.listed(section), page)
        name = self.news.name if self.is_news(section) else section.name
        rows = "".join(self.row(it) for it in items)
        main = (
            f'<div class="cate-head">{esc(name)}</div><div class="list-item">{rows}</div>'
            + self.pager(section, page, pages)
        )
        return self.frame([(name, "")], main, request)

    def article_main(self, item: Item, request: Request, printing: bool = False) -> str:
        parts = []
        for kind, value in body_blocks(item, request.revision):
            if kind == "p":
                parts.append(f"<p>{esc(value)}</p>")
            else:
                index, caption = value
                parts.append(
                    '<table class="image" align="center"><tr><td><img src="'
                    f'{esc(image_path(item, index, self.image_folder))}" width="480" /></td></tr>'
                    f'<tr><td class="caption">{esc(caption)}</td></tr></table>'
                )
        if item.author:
            parts.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        if item.source:
            parts.append(f'<p style="text-align: right;">Nguồn: {esc(item.source)}</p>')
        if self.template_of(item.section) == "div":
            head = f'<div class="news-title">{esc(item.title)}</div>'
        else:
            head = f'<h2 class="title">{esc(item.title)}</h2>'
        info = (
            f'<div class="news-info"><span class="date">{updated_line(item)}</span>'
            f" | Lượt xem: {thousands(view_count(item.key))}</div>"
        )
        main = f'{head}{info}<div class="news-content">{"".join(parts)}</div>'
        if printing:
            return main
        others = "".join(
            f'<h3><a href="{esc(self.article_path(it))}">{esc(it.title)}</a>'
            f' <span class="date">({dmy(it.published)})</span></h3>'
            for it in self.others(item, 6)
        )
        return (
            f'<div class="news-detail">{main}<div class="news-tools">'
            f'<a href="{esc(self.print_path(item))}" target="_blank">Bản in</a> | '
            '<a href="javascript:sendMail();">Gửi email</a> | '
            '<a href="javascript:history.go(-1);">Quay lại</a></div>'
            f'<div class="other-news"><div class="other-head">Tin khác</div>{others}</div></div>'
        )

    def article_html(self, item: Item, request: Request) -> str:
        crumbs = [
            (item.section.name, self.listing_path(item.section)),
            (crumb_title(item.title), ""),
        ]
        return self.frame(crumbs, self.article_main(item, request), request)

    def print_html(self, item: Item, request: Request) -> str:
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f"<title>{esc(self.portal.name)}</title></head>"
            f'<body onload="window.print();"><div class="print-head">{esc(self.portal.name)}'
            f"</div>{self.article_main(item, request, printing=True)}</body></html>"
        )

    def rss_xml(self, request: Request) -> str:
        entries = "".join(
            f"<item><title>{esc(it.title)}</title>"
            f"<link>{esc(request.base_url + self.article_path(it))}</link>"
            f"<description>{esc(it.sapo())}</description>"
            f"<pubDate>{http_date(it.published)}</pubDate></item>"
            for it in self.latest(20)
        )
        return (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{esc(self.portal.name)} - {esc(self.news.name)}</title>"
            f"<link>{esc(request.base_url)}/</link><description>Tin tức</description>"
            f"<language>vi-VN</language>{entries}</channel></rss>"
        )

    def error_html(self, status: int) -> str:
        word = "Không tìm thấy trang yêu cầu" if status == 404 else "Hệ thống đang bận"
        return (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />'
            f"<title>{esc(self.portal.name)}</title></head><body><h1>{esc(self.portal.name)}</h1>"
            f'<div class="error"><h2>{word}</h2><p><a href="/">Về trang chủ</a></p></div>'
            "</body></html>"
        )
