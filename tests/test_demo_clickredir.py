"""The click-counter ASP.NET department-portal demo family (portal stttt-thuylam), over HTTP."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qs, urlsplit

import lxml.html
from conftest import listing_paths, raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "stttt-thuylam"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
ARTICLE = re.compile(r"^/tin-tuc/[a-z0-9-]+-\d+\.aspx$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def test_portal_is_blind_only():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.host == "127.0.0.48"
    assert portal.registry_cms == "custom"


def test_every_article_shows_title_date_body_byline_and_captions(demo):
    paths = demo.sites.article_urls(PORTAL)
    assert len(paths) == len(ARTICLES)
    for article in ARTICLES:
        path = paths[article.key]
        assert ARTICLE.match(path)
        status, _, markup = fetch(demo, path)
        assert status == 200, path
        page = lxml.html.fromstring(markup)
        assert text_of(page.xpath("//td[@class='title']")[0]) == article.title
        stamp = article.published.strftime("Ngày %d/%m/%Y %H:%M:%S")
        assert stamp in text_of(page.xpath("//td[@class='ngaydang']")[0])
        body = page.xpath("//td[@id='noidung']/div")[0]
        # paragraphs are the text runs split by <br><br>, captions in centred divs
        captions = [text_of(i) for i in body.xpath("./div[@align='center']/i")]
        assert captions == [img["caption"] for img in article.images]
        inner = lxml.html.tostring(body, encoding="unicode")
        inner = re.sub(r"<div align=\"center\">.*?</div>", "<br><br>", inner)
        runs = [text_of(lxml.html.fromstring(f"<p>{r}</p>")) for r in inner.split("<br><br>")]
        runs = [r for r in runs if r]
        assert runs == list(article.paragraphs)
        extra = [text_of(d) for d in page.xpath("//td[@id='noidung']/div[@align='right']")]
        expected = [article.author] if article.author else []
        expected += [f"Nguồn: {article.source}"] if article.source else []
        assert extra == expected


def test_articles_are_linked_only_through_the_click_counter(demo, site):
    base = demo.base_url(PORTAL)
    status, _, home = fetch(demo, "/Default.aspx")
    assert status == 200
    links = site_links(base, "/Default.aspx", home)
    assert not [link for link in links if ARTICLE.match(link.split("?")[0])]
    marquee = site_links(base, "/Default.aspx", home, "//marquee//a/@href")
    assert len(marquee) == 5
    for link in marquee:
        assert link.startswith("/Redirect.aspx?id=")
        status, headers, _ = fetch(demo, link)
        assert status == 302
        target = parse_qs(urlsplit(link).query)["url"][0]
        assert headers["Location"] == target and ARTICLE.match(target)
    newest = site.latest(5)
    assert [parse_qs(urlsplit(m).query)["id"][0] for m in marquee] == [
        str(it.number) for it in newest
    ]
    # the canonical link is the only place the article's own URL shows on its page
    path = site.article_path(newest[0])
    _, _, markup = fetch(demo, path)
    assert lxml.html.fromstring(markup).xpath("//link[@rel='canonical']/@href") == [base + path]
    assert not [
        link for link in site_links(base, path, markup) if ARTICLE.match(link.split("?")[0])
    ]
    # a counter link naming an unknown article is a 404
    assert fetch(demo, "/Redirect.aspx?id=1&url=%2Ftin-tuc%2Fx-1.aspx")[0] == 404


def test_every_listing_page_is_reached_from_home_through_the_pager(demo, site):
    def follow(path: str) -> bool:
        return path.startswith(("/Default.aspx", "/chuyen-muc/"))

    reached = walk_site(demo.base_url(PORTAL), follow, start="/")
    canonical = set()
    for path, (status, _) in reached.items():
        if path.startswith("/chuyen-muc/"):
            assert status == 200, path
            query = parse_qs(urlsplit(path).query)
            page = query.get("trang", ["1"])[0]
            canonical.add(urlsplit(path).path + (f"?trang={page}" if page != "1" else ""))
    assert canonical == listing_paths(site, site.news)
    # some pager links carry the junk __EVENTTARGET parameter
    assert any("__EVENTTARGET=" in path for path in reached)


def test_every_article_is_reached_through_counter_redirects(demo, site):
    def follow(path: str) -> bool:
        return path.startswith(("/Default.aspx", "/chuyen-muc/", "/Redirect.aspx", "/tin-tuc/"))

    reached = walk_site(demo.base_url(PORTAL), follow, start="/", xpath="//a/@href")
    articles = {p for p, (status, _) in reached.items() if ARTICLE.match(p) and status == 200}
    assert articles == set(demo.sites.article_urls(PORTAL).values())


def test_print_view_is_linked_directly_and_holds_the_body(demo, site):
    prints = demo.sites.print_urls(PORTAL)
    article = ARTICLES[0]
    path = demo.sites.article_urls(PORTAL)[article.key]
    _, _, markup = fetch(demo, path)
    assert prints[article.key] in site_links(demo.base_url(PORTAL), path, markup)
    status, _, printed = fetch(demo, prints[article.key])
    assert status == 200
    page = lxml.html.fromstring(printed)
    assert text_of(page.xpath("//td[@class='title']")[0]) == article.title
    assert all(p in text_of(page) for p in article.paragraphs)


def test_boilerplate_and_404(demo):
    _, headers, home = fetch(demo, "/Default.aspx")
    assert headers["X-Powered-By"] == "ASP.NET"
    for words in (
        "Kết quả giải quyết TTHC",
        "Thống kê truy cập",
        "Cơ quan chủ quản",
        "Tin nổi bật",
    ):
        assert words in home
    status, _, missing = fetch(demo, "/tin-tuc/khong-co-bai-nay-1.aspx")
    assert status == 404
    assert "Không tìm thấy trang" in missing
    assert fetch(demo, "/chuyen-muc/khong-co.aspx")[0] == 404
    assert fetch(demo, "/chuyen-muc/chuyen-doi-so.aspx?trang=99")[0] == 404
    assert fetch(demo, "/robots.txt")[0] == 200
