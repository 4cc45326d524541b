"""A provincial portal styled like an online newspaper, on a custom PHP CMS (``comments``).

URL shapes (path-style, one-based paging, ``.html`` pages):
- home ``/``;
- general news listing ``/tin-tuc/`` and ``/tin-tuc/trang-2.html``;
- section ``/<section-slug>/`` and ``/<section-slug>/trang-N.html``;
- article ``/<section-slug>/<slug>-a<id>.html``.
No sitemap, no feed. The article page carries clutter inside and around the body: "Đọc thêm:"
links and advertising slots between body paragraphs, then a "Từ khóa" tag list, a "Bình luận"
section with readers' comments (several sentences each, not part of the article) and a reply
form, and a "Cùng chuyên mục" list.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

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
    pager_numbers,
    poll,
    reuse_notice,
    slugify,
    stable_int,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
)

NEWS_SLUG = "tin-tuc"
_ARTICLE = re.compile(r"^/([a-z0-9-]+)/([a-z0-9-]*?)-a(\d+)\.html$")
_LISTING = re.compile(r"^/([a-z0-9-]+)/(?:trang-(\d+)\.html)?$")

READERS = (
    "Nguyễn Văn Thành",
    "Lê Thị Hồng Nhung",
    "Trần Quang Vinh",
    "Phạm Minh Đức",
    "Hoàng Thu Trang",
    "Đỗ Văn Khải",
    "Bùi Thị Lan Anh",
    "Võ Tấn Phát",
    "Ngô Thanh Hải",
    "Đinh Thị Mai",
)
# Readers' remarks: plausible, paragraph-sized, and never part of any article body.
REMARKS = (
    "Tôi ở xã vùng cao, trước đây mỗi lần làm giấy tờ phải đi gần ba mươi cây số, nay ngồi ở nhà "
    "nộp hồ sơ qua điện thoại mà vẫn nhận kết quả đúng hẹn, thật sự rất tiện lợi.",
    "Đề nghị tỉnh quan tâm hơn đến sóng điện thoại ở các thôn xa, vì nhiều hộ muốn dùng dịch vụ "
    "trực tuyến nhưng mạng chập chờn, tải một biểu mẫu cũng mất cả buổi.",
    "Bài viết rất hay và thiết thực. Mong báo tiếp tục đưa tin về cách người dân lớn tuổi được "
    "hướng dẫn sử dụng ứng dụng, vì bố mẹ tôi vẫn còn lúng túng khi cài đặt.",
    "Con tôi học cấp hai đã được thầy cô dạy cách nhận biết tin nhắn lừa đảo, cả nhà đều thấy yên "
    "tâm hơn khi mua bán trên mạng.",
    "Tôi bán hàng nông sản ở chợ huyện, từ khi dán mã thanh toán thì khách trẻ mua nhiều hơn, "
    "không phải lo trả lại tiền lẻ mỗi sáng nữa.",
    "Xin hỏi tổ công nghệ số cộng đồng ở phường tôi họp vào ngày nào trong tuần để tôi mang máy "
    "đến nhờ cài đặt tài khoản định danh điện tử?",
    "Cần có thêm hướng dẫn bằng hình ảnh ngay tại bộ phận một cửa, nhiều người đến nơi vẫn phải "
    "hỏi đi hỏi lại cán bộ mới làm được.",
    "Ý kiến của tôi là nên công khai thời gian xử lý từng loại hồ sơ trên cổng, để người dân theo "
    "dõi và góp ý khi có chỗ chậm trễ.",
    "Rất mừng khi thấy quê mình thay đổi từng ngày. Chúc các đồng chí cán bộ xã luôn mạnh khỏe "
    "để tiếp tục hỗ trợ bà con.",
    "Tôi đã thử đăng ký khai sinh cho cháu qua mạng, chỉ mất hai ngày là có giấy, cán bộ còn gọi "
    "điện nhắc bổ sung giấy tờ rất chu đáo.",
    "Hợp tác xã chúng tôi đưa sản phẩm lên sàn thương mại điện tử được nửa năm, đơn hàng tăng "
    "nhưng khâu đóng gói và vận chuyển vẫn còn nhiều khó khăn.",
    "Mong tỉnh sớm có chính sách hỗ trợ chi phí chữ ký số cho hộ kinh doanh nhỏ, vì với chúng tôi "
    "khoản này vẫn còn khá cao.",
)
TAG_WORDS = (
    "chuyển đổi số",
    "chính quyền số",
    "dịch vụ công trực tuyến",
    "kinh tế số",
    "xã hội số",
    "an toàn thông tin",
    "công dân số",
    "nền tảng số",
)
ADVERTISERS = (
    ("Ngân hàng TMCP Phát triển Mai Hà", "/quang-cao/click.php?bid=17"),
    ("Viễn thông Mai Hà - Internet cáp quang", "/quang-cao/click.php?bid=23"),
    ("Khu du lịch sinh thái Suối Mây", "/quang-cao/click.php?bid=31"),
)


def article_date(moment: datetime) -> str:
    """The article date line: ``Cập nhật: 07:34, 23/04/2022 (GMT+7)``.

    >>> article_date(datetime(2022, 4, 23, 7, 34))
    'Cập nhật: 07:34, 23/04/2022 (GMT+7)'
    """
    return f"Cập nhật: {moment:%H:%M}, {dmy(moment)} (GMT+7)"


def comment_date(moment: datetime) -> str:
    """A comment's date in brackets: ``(22/09/2022 15:15)``.

    >>> comment_date(datetime(2022, 9, 22, 15, 15))
    '(22/09/2022 15:15)'
    """
    return f"({dmy(moment)} {moment:%H:%M})"


def reader_comments(item: Item) -> list[tuple[str, datetime, str]]:
    """3 to 6 deterministic readers' comments ``(name, time, text)`` for ``item``.

    >>> from dtcrawl.demo.cms.common import Section
    >>> it = Item("k", 1, "T", Section(1, "S", "s"), datetime(2023, 1, 2), None, None, None,
    ...           ["p"], [])
    >>> 3 <= len(reader_comments(it)) <= 6
    True
    """
    count = stable_int(item.key + "comments", 3, 6)
    out = []
    for n in range(count):
        seed = f"{item.key}-c{n}"
        name = READERS[stable_int(seed + "name", 0, len(READERS) - 1)]
        sentences = stable_int(seed + "len", 1, 3)
        first = stable_int(seed + "text", 0, len(REMARKS) - 1)
        text = " ".join(REMARKS[(first + k * 5) % len(REMARKS)] for k in range(sentences))
        when = item.published + timedelta(hours=3 + 7 * n, minutes=stable_int(seed, 0, 59))
        out.append((name, when, text))
    return out


class CommentsSite(CmsSite):
    """The newspaper-styled PHP portal: readmore links and ads inside the body, comments under it."""

    family_headers = {"Server": "Apache/2.4.57 (Unix)", "X-Powered-By": "PHP/7.3.33"}
    number_base = 52_310
    number_stride = 11
    image_folder = "/uploads/images"

    # -- URLs

    def article_path(self, item: Item) -> str:
        slug = slugify(item.title, max_len=80)
        return f"/{item.section.slug}/{slug}-a{item.number}.html"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        slug = NEWS_SLUG if self.is_news(section) else section.slug
        return f"/{slug}/" if page == 1 else f"/{slug}/trang-{page}.html"

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", "/index.php"):
            return self.html_response(self.home_html(request))
        match = _ARTICLE.match(path)
        if match:
            item = self.by_number.get(int(match.group(3)))
            if item is None or item.section.slug != match.group(1):
                return None
            return self.article_response(item, request)
        match = _LISTING.match(path)
        if match:
            slug, page = match.group(1), int(match.group(2) or 1)
            section = None if slug == NEWS_SLUG else self.section_by_slug(slug)
            if slug != NEWS_SLUG and section is None:
                return None
            items, pages = self.page_of(self.listed(section), page)
            if page > pages or (match.group(2) and page == 1):
                return None
            return self.html_response(self.listing_html(section, page, pages, items, request))
        return None

    # -- frame

    def frame(self, title: str, crumbs: list[tuple[str, str]], main: str, seed: str) -> str:
        portal = self.portal
        menu = "".join(
            f'<li class="menu-item"><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        crumb = "".join(
            f' <span class="sep">&rsaquo;</span> <a href="{esc(href)}">{esc(label)}</a>'
            for href, label in crumbs
        )
        hot = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(5)
        )
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        answers = "".join(
            f'<li><label><input type="radio" name="vote" value="{i}"> {esc(o)}</label></li>'
            for i, o in enumerate(options)
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/templates/baomoi/css/style.css?v=3.2">
<link rel="shortcut icon" href="/favicon.ico">
<script src="/templates/baomoi/js/jquery-1.12.4.min.js"></script>
</head>
<body class="site">
<div id="topbar"><div class="wrap"><span class="today">Hôm nay: {esc(dmy(self.items[0].published) if self.items else "")}</span>
<a href="/lien-he.html">Liên hệ</a> | <a href="/so-do-site.html">Sơ đồ site</a> | <a href="/tim-kiem.html">Tìm kiếm</a></div></div>
<div id="header"><div class="wrap"><a class="logo" href="/"><img src="/templates/baomoi/images/logo.png" alt="{esc(portal.name)}"></a>
<div class="site-title"><h3>{esc(portal.name)}</h3><p>Cơ quan chủ quản: {esc(portal.agency)}</p></div>
<div class="banner-top"><a href="/quang-cao/click.php?bid=5"><img src="/uploads/banner/top-728x90.jpg" alt="Quảng cáo"></a></div></div></div>
<div id="mainmenu"><div class="wrap"><ul class="menu"><li class="menu-item home"><a href="/">Trang chủ</a></li>
<li class="menu-item"><a href="/{NEWS_SLUG}/">{esc(self.news.name)}</a></li>{menu}
<li class="menu-item"><a href="/van-ban.html">Văn bản</a></li></ul></div></div>
<div id="breadcrumb" class="wrap"><a href="/">Trang chủ</a>{crumb}</div>
<div id="container" class="wrap clearfix">
<div id="content" class="col-main">
{main}
</div>
<div id="sidebar" class="col-right">
<div class="box box-hot"><div class="box-title">Tin nổi bật</div><ul class="list-hot">{hot}</ul></div>
<div class="box box-ads"><div class="ads-title">Quảng cáo</div><a href="/quang-cao/click.php?bid=8"><img src="/uploads/banner/right-300x250.jpg" alt="Quảng cáo"></a></div>
<div class="box box-tthc"><div class="box-title">Kết quả giải quyết TTHC</div>
<p>Tháng {stats["month"]}: tiếp nhận {thousands(stats["total"])} hồ sơ; đúng hạn {thousands(stats["ontime"])} ({stats["percent"]}%); trễ hạn {stats["late"]}.</p></div>
<div class="box box-poll"><div class="box-title">Thăm dò ý kiến</div><p>{esc(question)}</p><ul>{answers}</ul>
<button type="button" class="btn-vote">Biểu quyết</button></div>
<div class="box box-links"><div class="box-title">Liên kết website</div>
<select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="https://dichvucong.gov.vn">Cổng Dịch vụ công quốc gia</option><option value="https://chinhphu.vn">Cổng TTĐT Chính phủ</option></select></div>
<div class="box box-counter"><div class="box-title">Thống kê truy cập</div>
<ul><li>Đang online: {thousands(visits["online"])}</li><li>Hôm nay: {thousands(visits["today"])}</li>
<li>Trong tháng: {thousands(visits["month"])}</li><li>Tổng truy cập: {thousands(visits["total"])}</li></ul></div>
</div>
</div>
<div id="footer"><div class="wrap">
<p><strong>{esc(portal.name)}</strong></p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Chịu trách nhiệm chính: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}</p>
<p>{esc(reuse_notice(portal))}</p>
<p class="copyright">Thiết kế và phát triển bởi Trung tâm Công nghệ thông tin và Truyền thông</p>
</div></div>
<a id="back-top" href="javascript:void(0);">Lên đầu trang</a>
</body>
</html>
"""

    # -- pages

    def home_html(self, request: Request) -> str:
        healthy = [it for it in self.items if it.kind == "article"]
        top = ""
        if healthy:
            lead = healthy[0]
            top = (
                f'<div class="top-story"><a href="{esc(self.article_path(lead))}"><img src="'
                f'{esc(image_path(lead, 0, self.image_folder))}" alt="{esc(lead.title)}"></a>'
                f'<h2><a href="{esc(self.article_path(lead))}">{esc(lead.title)}</a></h2>'
                f"<p>{esc(lead.sapo(request.revision))}</p></div>"
            )
        boxes = []
        for section in self.sections.values():
            listed = [it for it in self.listed(section) if it.kind == "article"][:4]
            if not listed:
                continue
            rows = "".join(
                f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
                for it in listed
            )
            boxes.append(
                f'<div class="cat-box"><h2 class="cat-title"><a href="'
                f'{esc(self.listing_path(section))}">{esc(section.name)}</a></h2>'
                f'<ul class="cat-list">{rows}</ul></div>'
            )
        more = f'<p class="more"><a href="/{NEWS_SLUG}/">Xem tất cả tin tức</a></p>'
        return self.frame(self.portal.name, [], top + "\n".join(boxes) + more, request.seed)

    def listing_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        shown = section or self.news
        rows = "".join(
            f'<div class="news-item clearfix"><a class="thumb" href="{esc(self.article_path(it))}">'
            f'<img src="{esc(image_path(it, 0, self.image_folder))}" alt="{esc(it.title)}"></a>'
            f'<h3 class="news-title"><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></h3>'
            f'<span class="news-date">({dmy(it.published)}, {it.published:%H:%M})</span>'
            f'<p class="news-sapo">{esc(it.sapo(request.revision))}</p></div>'
            for it in items
        )
        pager = []
        if page > 1:
            pager.append(
                f'<a class="prev" href="{esc(self.listing_path(section, page - 1))}">&laquo; Trước</a>'
            )
        pager += pager_numbers(
            page,
            pages,
            lambda n: f'<a href="{esc(self.listing_path(section, n))}">{n}</a>',
            current='<span class="current">{n}</span>',
            gap='<span class="dots">...</span>',
        )
        if page < pages:
            pager.append(
                f'<a class="next" href="{esc(self.listing_path(section, page + 1))}">Sau &raquo;</a>'
            )
        main = (
            f'<h1 class="page-title">{esc(shown.name)}</h1><div class="news-list">{rows}</div>'
            f'<div class="paging">{" ".join(pager)}</div>'
        )
        title = f"{shown.name}" + (f" - Trang {page}" if page > 1 else "")
        crumbs = [(self.listing_path(section), shown.name)]
        return self.frame(f"{title} | {self.portal.name}", crumbs, main, request.seed)

    def readmore_target(self, item: Item) -> Item | None:
        """The other article an inline "Đọc thêm:" link points to (most articles have one)."""
        if stable_int(item.key + "readmore", 0, 9) >= 8:
            return None
        others = [it for it in self.others(item, 6) if it.kind == "article"]
        return others[stable_int(item.key + "rm", 0, len(others) - 1)] if others else None

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        blocks = body_blocks(item, revision)
        sapo = blocks.pop(0)[1] if blocks and blocks[0][0] == "p" else ""
        target = self.readmore_target(item)
        label = "Đọc thêm:" if stable_int(item.key + "label", 0, 1) else "Xem thêm:"
        advertiser, ad_href = ADVERTISERS[stable_int(item.key + "ad", 0, len(ADVERTISERS) - 1)]
        parts: list[str] = []
        seen = 1  # the sapo is paragraph 1
        for kind, value in blocks:
            if kind == "p":
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
                seen += 1
                if seen == 2 and target is not None:
                    parts.append(
                        f'<p class="readmore"><strong>{label}</strong> <a href="'
                        f'{esc(self.article_path(target))}">{esc(target.title)}</a></p>'
                    )
                if seen == 4:
                    parts.append(
                        f'<div class="ads-inline"><span class="ads-label">Quảng cáo</span>'
                        f'<a href="{esc(ad_href)}" target="_blank" rel="nofollow">'
                        f'<img src="/uploads/banner/inline-{stable_int(advertiser, 1, 9)}.jpg" '
                        f'alt="{esc(advertiser)}" width="600" height="120"></a></div>'
                    )
            else:
                index, caption = value
                parts.append(
                    f'<table class="image center"><tbody><tr><td><img src="'
                    f'{esc(image_path(item, index, self.image_folder))}" alt="{esc(caption)}" '
                    f'width="640"></td></tr><tr><td class="image_desc">{esc(caption)}</td></tr>'
                    "</tbody></table>"
                )
        if item.author:
            parts.append(
                f'<p class="author" style="text-align: right;"><strong>{esc(item.author)}</strong></p>'
            )
        if item.source:
            parts.append(f'<p class="source">Nguồn: <em>{esc(item.source)}</em></p>')
        modified = item.shown_modified(revision)
        edited = (
            f'<span class="edited">Sửa lần cuối: {modified:%H:%M}, {dmy(modified)}</span>'
            if modified
            else ""
        )
        words = [w for w in TAG_WORDS if w in " ".join(item.body(revision)).lower()][:4]
        words = words or [TAG_WORDS[0]]
        tags = ", ".join(f'<a href="/tag/{slugify(w)}.html" rel="tag">{esc(w)}</a>' for w in words)
        comments = "".join(
            f'<li class="comment-item" id="cmt-{item.number}-{n}"><div class="cmt-head">'
            f'<span class="cmt-name">{esc(name)}</span> <span class="cmt-date">'
            f'{comment_date(when)}</span></div><div class="cmt-content">{esc(text)}</div>'
            f'<a class="cmt-reply" href="javascript:void(0);" onclick="replyComment({n})">Trả lời</a>'
            f"</li>"
            for n, (name, when, text) in enumerate(reader_comments(item))
        )
        same = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a>'
            f' <span class="date">({dmy(it.published)})</span></li>'
            for it in self.others(item, 6)
        )
        main = f"""<div class="article-detail">
<h1 class="article-title">{esc(item.title)}</h1>
<div class="article-meta"><span class="date">{article_date(item.published)}</span> {edited}
<span class="views">Lượt xem: {thousands(view_count(seed))}</span>
<a class="print" href="javascript:window.print();">In bài</a></div>
<p class="sapo"><strong>{esc(sapo)}</strong></p>
<div id="article-body" class="article-content">
{"".join(parts)}
</div>
<div class="article-tags"><strong>Từ khóa:</strong> {tags}</div>
<div class="share"><a href="https://www.facebook.com/sharer.php?u={esc(request.base_url + self.article_path(item))}">Chia sẻ Facebook</a></div>
</div>
<div id="comments" class="comment-box"><h3 class="box-title">Bình luận</h3>
<ul class="comment-list">{comments}</ul>
<form class="comment-form" method="post" action="/binh-luan/gui.php"><input type="hidden" name="aid" value="{item.number}">
<p>Ý kiến của bạn</p><input type="text" name="hoten" placeholder="Họ và tên"><input type="email" name="email" placeholder="Email">
<textarea name="noidung" rows="4" placeholder="Nhập nội dung bình luận (tiếng Việt có dấu)"></textarea>
<button type="submit">Gửi bình luận</button></form></div>
<div class="related-box"><h3 class="box-title">Cùng chuyên mục</h3><ul class="related-list">{same}</ul></div>"""
        crumbs = [(self.listing_path(item.section), item.section.name)]
        return self.frame(f"{item.title} | {self.portal.name}", crumbs, main, seed)

    def error_html(self, status: int) -> str:
        message = (
            "Trang bạn tìm không tồn tại hoặc đã bị gỡ bỏ."
            if status == 404
            else "Hệ thống đang bận, xin vui lòng quay lại sau."
        )
        main = f'<div class="error-page"><h1>Lỗi {status}</h1><p>{message}</p><p><a href="/">Về trang chủ</a></p></div>'
        return self.frame(f"Lỗi {status} | {self.portal.name}", [], main, f"err{status}")
