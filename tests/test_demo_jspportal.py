"""The Struts/JSP-on-Tomcat portal demo family (portal kylam), served over HTTP."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from urllib.parse import parse_qsl, urlsplit

import lxml.etree
import lxml.html
from conftest import raw_get, site_links

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.jspportal import publish_date

PORTAL = "kylam"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
SID = re.compile(r";jsessionid=([0-9A-F]{32})")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    """GET ``path`` of this portal without following redirects: status, headers, text."""
    return raw_get(demo.base_url(PORTAL), path)


def squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def text_of(node) -> str:
    return squash(node.text_content())


def without_session(path: str) -> str:
    return re.sub(r";jsessionid=[^?#/;]+", "", path)


def listing_key(path: str) -> tuple[int, int] | None:
    """``(catId, page)`` of a listing URL (session id and parameter order ignored)."""
    parts = urlsplit(without_session(path))
    params = dict(parse_qsl(parts.query))
    if parts.path != "/portal/tintuc.do" or params.get("method", "list") != "list":
        return None
    return int(params.get("catId", "10")), int(params.get("page", "1"))


def test_every_article_page_shows_title_date_and_every_paragraph(demo, site):
    urls = demo.sites.article_urls(PORTAL)
    assert len(urls) == len(ARTICLES)
    styles = set()
    for article in ARTICLES:
        status, headers, body = fetch(demo, urls[article.key])
        assert status == 200, urls[article.key]
        assert "\ufffd" not in body  # the bytes are UTF-8 whatever the meta tag says
        assert "ETag" in headers and "Last-Modified" in headers
        document = lxml.html.fromstring(body)
        assert text_of(document.xpath("//div[@class='tieude_chitiet']")[0]) == article.title
        assert document.xpath("//title")[0].text.endswith(" - Chi tiết tin")
        info = text_of(document.xpath("//div[@class='thongtin_chitiet']")[0])
        assert info.startswith(f"Ngày xuất bản: {publish_date(article.published)} | Lượt xem: ")
        lead = text_of(document.xpath("//div[@class='tomtat_chitiet']")[0])
        assert lead == squash(article.paragraphs[0])
        content = document.xpath("//div[@id='noidung']")[0]
        served = text_of(content)
        position = 0
        for paragraph in article.paragraphs[1:]:
            found = served.find(squash(paragraph), position)
            assert found >= position, (article.key, paragraph[:40])
            position = found + len(squash(paragraph))
        captions = [text_of(c) for c in content.xpath(".//td[@class='chuthich_anh'] | .//div/i")]
        assert captions == [img["caption"] for img in article.images]
        if article.author:
            assert served.endswith(article.author)
        if article.source:
            source = text_of(document.xpath("//div[@class='nguon_tin']")[0])
            assert source == f"Nguồn: {article.source}"
        styles.add(site.editor_style(site.by_key[article.key]))
    assert styles == {"div", "br"}  # both FCKeditor habits occur


def test_bodies_use_divs_or_double_breaks_never_paragraph_tags(demo, site):
    by_style = {}
    for article in ARTICLES:
        by_style.setdefault(site.editor_style(site.by_key[article.key]), article)
    for style, article in by_style.items():
        _, _, body = fetch(demo, demo.sites.article_urls(PORTAL)[article.key])
        content = body[body.index('id="noidung"') : body.index('class="tienich_duoi"')]
        assert "<p" not in content
        if style == "br":
            assert content.count("<br />\n<br />") >= len(article.paragraphs) - 2
        else:
            assert content.count('<div style="text-align: justify;">') == len(
                article.paragraphs[1:]
            )


def test_every_listing_page_is_reachable_from_the_home_page_through_the_pager(demo, site):
    expected = set()
    for section in [None, *site.sections.values()]:
        _, pages = site.page_of(site.listed(section), 1)
        expected |= {(site.cat_id(section), n) for n in range(1, pages + 1)}
    assert (10, 5) in expected  # 41 items at 10 a page
    base = demo.base_url(PORTAL)
    seen: set[str] = set()
    reached: set[tuple[int, int]] = set()
    queue = deque(["/portal/"])
    while queue:
        path = queue.popleft()
        plain = without_session(path)
        if plain in seen:
            continue
        seen.add(plain)
        status, _, body = fetch(demo, path)
        assert status == 200, path
        key = listing_key(path)
        if key:
            reached.add(key)
        for link in site_links(base, path, body):
            if listing_key(link) and without_session(link) not in seen:
                queue.append(link)
    assert expected <= reached
    # The pager shows a window of pages with goPage handlers, not all of the pages.
    _, _, body = fetch(demo, site.listing_path(None))
    pager = lxml.html.fromstring(body).xpath("//div[@class='phantrang']//a")
    pages = {listing_key(a.get("href"))[1] for a in pager}
    assert pages == {2, 3, 5}
    assert all(a.get("onclick") == f"return goPage({listing_key(a.get('href'))[1]})" for a in pager)
    labels = [text_of(a) for a in pager]
    assert "Trang sau" in labels and "Trang cuối" in labels and "Trang trước" not in labels
    assert '<select name="pageSize"' in body


def test_missing_pages_answer_404(demo, site):
    for path in (
        "/portal/khongco.do",
        "/portal/tintuc.do?method=list&catId=99",
        "/portal/tintuc.do?method=detail&id=1",
        "/portal/tintuc.do?method=xoa&id=11251",
        "/khong-co-trang-nay",
    ):
        status, _, body = fetch(demo, path)
        assert status == 404, path
        assert "không tồn tại" in body
    broken = demo.sites.broken_pages(PORTAL)
    assert list(broken.values()) == ["missing"]
    (path,) = broken
    assert fetch(demo, path)[0] == 404
    number = urlsplit(path).query.rsplit("=", 1)[1]
    listed = [fetch(demo, site.listing_path(None, n))[2] for n in range(1, 6)]
    assert any(f"id={number}&amp;catId=" in page for page in listed)


def test_tomcat_rewrites_links_with_the_session_id_and_sets_the_cookie(demo, site):
    status, headers, body = fetch(demo, "/portal/")
    assert status == 200
    assert headers["Server"] == "Apache-Coyote/1.1"
    cookie = re.fullmatch(
        r"JSESSIONID=([0-9A-F]{32}); Path=/portal; HttpOnly", headers["Set-Cookie"]
    )
    assert cookie
    sid = cookie.group(1)
    links = lxml.html.fromstring(body).xpath("//a/@href")
    encoded = [h for h in links if ";jsessionid=" in h]
    assert encoded and {SID.search(h).group(1) for h in encoded} == {sid}
    # The static menus carry no session id.
    menu = lxml.html.fromstring(body).xpath("//ul[@id='nav']//a/@href")
    assert menu and not any(";jsessionid=" in h for h in menu)
    # Another page opens another session; a page asked for with one keeps it and sets no cookie.
    other = fetch(demo, site.listing_path(None))[1]["Set-Cookie"]
    assert sid not in other
    article = site.latest(6)[5]
    status, headers, body = fetch(
        demo, f"/portal/tintuc.do;jsessionid={sid}?method=detail&id={article.number}"
    )
    assert status == 200 and "Set-Cookie" not in headers
    assert {SID.search(h).group(1) for h in re.findall(r'href="([^"]*jsessionid[^"]*)"', body)} == {
        sid
    }


def test_alias_print_and_send_friend_views(demo, site):
    article = next(a for a in ARTICLES if len(a.paragraphs) > 2)
    item = site.by_key[article.key]
    canonical = fetch(demo, site.article_path(item))[2]
    alias = fetch(demo, f"{site.article_path(item)}&catId={item.section.id}")[2]

    def body_text(markup: str) -> str:
        return text_of(lxml.html.fromstring(markup).xpath("//div[@id='noidung']")[0])

    assert body_text(alias) == body_text(canonical)
    assert (
        f"id={item.number}&amp;catId={item.section.id}"
        in fetch(demo, site.listing_path(item.section))[2]
    )
    status, _, printed = fetch(demo, site.print_paths()[article.key])
    assert status == 200 and 'onload="window.print()"' in printed
    printed_text = text_of(lxml.html.fromstring(printed))
    assert all(squash(p) in printed_text for p in article.paragraphs)
    status, _, friend = fetch(demo, f"/portal/tintuc.do?method=sendFriend&id={item.number}")
    assert status == 200 and "Gửi bạn bè" in friend and article.title in squash(friend)
    assert 'name="emailNhan"' in friend


def test_migrated_articles_are_stored_decomposed(demo, site):
    urls = demo.sites.article_urls(PORTAL)
    legacy = [a for a in ARTICLES if a.key in site.legacy_keys]
    assert len(legacy) >= len(ARTICLES) // 5
    for article in ARTICLES:
        body = fetch(demo, urls[article.key])[2]
        title = lxml.html.fromstring(body).xpath("//div[@class='tieude_chitiet']")[0].text
        decomposed = unicodedata.normalize("NFC", title) != title
        assert decomposed == (article.key in site.legacy_keys)
        assert unicodedata.normalize("NFC", title) == article.title
    # The footer is a static include written with character references.
    body = fetch(demo, "/portal/")[2]
    assert "Cơ quan chủ quản" not in body and "C&#417; quan ch&#7911; qu&#7843;n" in body
    footer = text_of(lxml.html.fromstring(body).xpath("//div[@class='thongtin_footer']")[0])
    assert footer.startswith("Cơ quan chủ quản: Ủy ban nhân dân tỉnh Kỳ Lâm")


def test_misdeclared_charset_marquee_boxes_and_redirects(demo, site):
    status, headers, body = fetch(demo, "/")
    assert status == 302 and headers["Location"] == "/portal/"
    status, headers, body = fetch(demo, site.article_path(site.latest(4)[3]))
    assert headers["Content-Type"] == "text/html;charset=UTF-8"
    assert 'content="text/html; charset=windows-1258"' in body
    assert "Chào mừng bạn đến với Cổng thông tin điện tử tỉnh Kỳ Lâm" in body
    assert "<marquee" in body
    for box in ("Các tin đã đưa", "Tin nổi bật", "Kết quả giải quyết TTHC", "Thống kê truy cập"):
        assert box in body
    crumbs = text_of(lxml.html.fromstring(body).xpath("//div[@class='duongdan']")[0])
    assert crumbs.startswith("Trang chủ » Tin tức - Sự kiện")
    # A page past the end shows the last page (the action clamps the number).
    last = fetch(demo, site.listing_path(None, 5))[2]
    past = fetch(demo, site.listing_path(None, 99))[2]
    assert 'class="trang_hientai">5<' in past and SID.sub("", past).count("item_tin") == SID.sub(
        "", last
    ).count("item_tin")


def test_rss_feed_lists_the_newest_articles(demo, site):
    status, headers, body = fetch(demo, "/portal/rss.do?catId=10")
    assert status == 200 and headers["Content-Type"].startswith("text/xml")
    assert "Set-Cookie" not in headers
    feed = lxml.etree.fromstring(body.encode("utf-8"))
    links = [
        urlsplit(link).path + "?" + urlsplit(link).query
        for link in feed.xpath("//item/link/text()")
    ]
    newest = [site.article_path(it) for it in site.latest(15)]
    assert links == newest
    assert feed.xpath("//item/pubDate/text()")[0].endswith("+0700")
    home = fetch(demo, "/portal/")[2]
    assert 'type="application/rss+xml"' in home and "/portal/rss.do?catId=10" in home
    robots = fetch(demo, "/robots.txt")[2]
    assert "Disallow: /portal/timkiem.do" in robots and "Sitemap" not in robots
