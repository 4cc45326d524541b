"""The query-parameter PHP portal demo family (portal vantrach), served over HTTP."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from urllib.parse import parse_qsl, urlsplit

import lxml.html
from conftest import listing_paths, raw_get, site_links

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.querycms import SESSION_ALPHABET, detail_date, listing_date

PORTAL = "vantrach"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
SESSION = re.compile(rf"PHPSESSID=([{SESSION_ALPHABET}]{{26}})$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    """GET ``path`` of this portal without following redirects: status, headers, text."""
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def links(demo, path: str, markup: str, xpath: str = "//a/@href") -> list[str]:
    return site_links(demo.base_url(PORTAL), path, markup, xpath)


def params(path: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(path).query, keep_blank_values=True))


def listing_key(path: str) -> str | None:
    """The listing page a link leads to, written as ``listing_path`` writes it (session, group
    and ``p=1`` dropped), or None if the link is not a listing page."""
    query = params(path)
    if urlsplit(path).path not in ("/", "/index.php") or "cn" not in query or "tc" in query:
        return None
    if query["cn"] in ("201", "209") or "lang" in query:
        return None
    page = query.get("p", "1")
    return f"/?cn={query['cn']}" if page == "1" else f"/?cn={query['cn']}&p={page}"


def article_parts(markup: str) -> tuple[str, str, list[str], list[str]]:
    """Title, date line, body paragraphs (lead first, author line dropped) and captions."""
    document = lxml.html.fromstring(markup)
    title = text_of(document.xpath("//h1[@class='tieudetin']")[0])
    date = text_of(document.xpath("//span[@class='ngay_dang'] | //div[@class='ngay_dang']")[0])
    lead = text_of(document.xpath("//div[@class='tomtat']")[0])
    body = document.xpath("//div[@id='noidung' or @class='noidung']")[0]
    paragraphs = [text_of(p) for p in body.xpath("./p[@style='text-align: justify;']")]
    captions = [text_of(c) for c in body.xpath(".//td[@class='chuthich_anh']")]
    return title, date, [lead, *paragraphs], captions


def test_every_article_page_shows_title_date_byline_and_every_paragraph(demo):
    urls = demo.sites.article_urls(PORTAL)
    assert len(urls) == len(ARTICLES)
    for article in ARTICLES:
        status, headers, body = fetch(demo, urls[article.key])
        assert status == 200, urls[article.key]
        assert headers["X-Powered-By"].startswith("PHP/")
        title, date, paragraphs, captions = article_parts(body)
        assert title == article.title
        assert date == detail_date(article.published)
        assert paragraphs == [" ".join(p.split()) for p in article.paragraphs]
        assert captions == [img["caption"] for img in article.images]
        document = lxml.html.fromstring(body)
        last = document.xpath("//div[@id='noidung']/p[last()]")[0]
        if article.author:
            assert last.get("style") == "text-align: right;" and text_of(last) == article.author
        else:
            assert last.get("style") == "text-align: justify;"
        source = document.xpath("//div[@class='nguon_tin']")
        if article.source:
            assert text_of(source[0]) == f"Nguồn: {article.source}"
        else:
            assert source == []


def test_every_listing_page_is_reachable_from_the_home_page_through_the_pager(demo, site):
    expected = listing_paths(site)
    assert site.listing_path(None, 5) in expected  # 41 items at 10 a page
    reached: dict[str, int] = {}
    queued: set[str] = set()
    queue = deque(["/"])
    while queue:
        path = queue.popleft()
        status, _, body = fetch(demo, path)
        if listing_key(path):
            reached[listing_key(path)] = status
        for link in links(demo, path, body):
            key = listing_key(link)
            if key and key not in queued:
                queued.add(key)
                queue.append(link)
    assert expected <= set(reached)
    assert all(status == 200 for status in reached.values())
    # The pager shows a window of pages with first/last links; page 1 is linked as "&p=1".
    _, _, body = fetch(demo, "/?cn=230")
    pager = [
        SESSION.split(h)[0] for h in links(demo, "/", body, "//div[@class='phantrang']//a/@href")
    ]
    assert "/?cn=230&p=1&" in pager and "/?cn=230&p=2&" in pager and "/?cn=230&p=5&" in pager
    assert "/?cn=230&p=4&" not in pager


def test_first_listing_page_has_two_addresses_and_past_the_end_is_an_empty_page(demo):
    def titles(path: str) -> list[str]:
        _, _, body = fetch(demo, path)
        return [text_of(a) for a in lxml.html.fromstring(body).xpath("//a[@class='tieude_ds']")]

    assert titles("/?cn=236") == titles("/?cn=236&p=1") == titles("/?cn=236&gd=4")
    assert len(titles("/?cn=230")) == 10
    assert titles("/?cn=230&p=2") != titles("/?cn=230")
    status, _, body = fetch(demo, "/?cn=230&p=99")
    assert status == 200 and titles("/?cn=230&p=99") == []
    assert "Chưa có tin bài trong chuyên mục này." in body


def test_missing_pages_answer_404(demo, site):
    for path in (
        "/khong-co.php",
        "/?tc=9",
        "/?tc=abc",
        "/?cn=999",
        "/?gd=8",
        "/sitemap.xml",
        "/rss/",
    ):
        status, _, body = fetch(demo, path)
        assert status == 404, path
        assert "không tồn tại" in body
    broken = demo.sites.broken_pages(PORTAL)
    assert list(broken.values()) == ["missing"]
    (path,) = broken
    assert fetch(demo, path)[0] == 404
    (item,) = [it for it in site.items if it.kind == "missing"]
    _, _, body = fetch(demo, f"/?cn={item.section.id}")
    assert path in [SESSION.sub("", h).rstrip("&") for h in links(demo, "/", body)]


def test_the_same_article_is_linked_under_many_addresses_that_all_serve_it(demo, site):
    urls = demo.sites.article_urls(PORTAL)
    _, _, home = fetch(demo, "/")
    home_links = links(demo, "/", home)
    variants: dict[str, set[str]] = {}
    for link in home_links:
        query = params(link)
        if "tc" in query:
            variants.setdefault(query["tc"], set()).add(link)
    slider = [link for link in home_links if "utm_source=trangchu" in link]
    assert len(slider) >= 5 and all(link.startswith("/index.php?tc=") for link in slider)
    assert any(link.endswith("&ref=home") for link in home_links)
    assert any(len(found) >= 2 for found in variants.values())  # one article, several URLs
    item = site.items[0]
    canonical = urls[item.key]
    _, _, page = fetch(demo, canonical)
    related = lxml.html.fromstring(page).xpath("//div[@class='tin_cungchuyenmuc']//a/@href")
    assert related and all("&amp;cn=" in href for href in related)  # escaped twice
    expected = article_parts(page)
    number, cat = item.number, item.section.id
    for alias in (
        f"/?tc={number}",
        f"/index.php?tc={number}&cn={cat}&gd=4&utm_source=trangchu&utm_medium=noibat",
        f"/?tc={number}&amp;cn={cat}&amp;gd=4",
        f"/?gd=4&tc={number}&cn={cat}&ref=home",
        f"{canonical}&PHPSESSID=abcdefghijklmnopqrstuv0123",
        f"/?cn=230&tc={number}",
    ):
        status, _, body = fetch(demo, alias)
        assert status == 200, alias
        assert article_parts(body) == expected, alias


def test_listing_pages_carry_a_php_session_id_in_every_link(demo):
    status, headers, body = fetch(demo, "/?cn=237")
    assert status == 200 and headers["Set-Cookie"].startswith("PHPSESSID=")
    same_site = links(demo, "/?cn=237", body)
    sids = {SESSION.search(h).group(1) for h in same_site if SESSION.search(h)}
    assert len(sids) == 1 and len(same_site) > 30
    assert all(SESSION.search(h) for h in same_site)
    (sid,) = sids
    _, _, again = fetch(demo, f"/?cn=237&p=2&PHPSESSID={sid}")
    assert {SESSION.search(h).group(1) for h in links(demo, "/", again)} == {sid}
    _, _, other = fetch(demo, "/?cn=238")
    assert {SESSION.search(h).group(1) for h in links(demo, "/", other)} != {sid}
    # Home and article pages start no session.
    _, _, home = fetch(demo, "/")
    assert "PHPSESSID" not in home


def test_print_and_send_to_friend_pages(demo, site):
    urls = demo.sites.article_urls(PORTAL)
    prints = demo.sites.print_urls(PORTAL)
    assert set(prints) == set(urls)
    for article in ARTICLES[:8]:
        _, _, page = fetch(demo, urls[article.key])
        tools = links(demo, urls[article.key], page, "//div[@class='congcu_duoi']/a/@href")
        assert prints[article.key] in tools
        status, _, body = fetch(demo, prints[article.key])
        assert status == 200 and "window.print()" in body
        title, date, paragraphs, _ = article_parts(body)
        assert title == article.title and date == detail_date(article.published)
        assert paragraphs == [" ".join(p.split()) for p in article.paragraphs]
        item = site.by_key[article.key]
        send = f"/?tc={item.number}&guitin=1"
        assert send in tools
        status, _, body = fetch(demo, send)
        assert status == 200 and article.title in body and "PHPSESSID=" in body
        assert "Gửi tin cho bạn bè" in body


def test_language_switch_group_and_static_pages(demo):
    status, _, body = fetch(demo, "/?lang=en")
    assert status == 200 and "Provincial Web Portal" in body
    status, headers, _ = fetch(demo, "/?lang=vi")
    assert status == 302 and headers["Location"] == "/"
    status, _, body = fetch(demo, "/?gd=4")
    assert status == 200
    blocks = lxml.html.fromstring(body).xpath("//div[@class='tieude_chuyenmuc']/a/@href")
    assert blocks == [
        "/?cn=236&gd=4",
        "/?cn=237&gd=4",
        "/?cn=238&gd=4",
        "/?cn=239&gd=4",
        "/?cn=241&gd=4",
    ]
    for path, heading in (("/?cn=201", "Giới thiệu"), ("/?cn=209", "Liên hệ")):
        status, _, body = fetch(demo, path)
        assert status == 200 and f'<h2 class="tieude_chuyenmuc_ds">{heading}</h2>' in body


def test_boilerplate_widgets_and_listing_dates(demo, site):
    _, _, body = fetch(demo, "/?cn=236")
    for words in (
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Ý kiến thăm dò",
        "Cơ quan chủ quản",
        "Giấy phép số",
        "Tin mới cập nhật",
        "javascript:",
    ):
        assert words in body, words
    document = lxml.html.fromstring(body)
    first = site.listed(site.sections["Chuyển đổi số"])[0]
    assert text_of(document.xpath("//span[@class='ngay_ds']")[0]) == listing_date(first.published)


def test_robots_txt_has_no_sitemap(demo):
    status, _, body = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /admin/" in body and "Sitemap" not in body
