"""The department portal whose listing pagers are <select> jump menus (portal stc-damai)."""

from __future__ import annotations

import re
import unicodedata

import lxml.html
from conftest import raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus

PORTAL = "stc-damai"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/(tin-tuc\.html|tin-tuc/trang-\d+\.html|chuyen-muc/[a-z-]+(\?p=\d+)?)$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def select_pages(path: str, markup: str) -> list[str]:
    """The listing paths a page's jump menu leads to, as its script would build them."""
    document = lxml.html.fromstring(markup)
    paths = []
    for select in document.xpath("//select[@name='ddlPage']"):
        onchange = select.get("onchange")
        values = select.xpath("./option/@value")
        if onchange == "location.href=this.value":
            paths += values
        else:
            prefix = re.fullmatch(r"window\.location='([^']+)'\+this\.value", onchange).group(1)
            paths += [prefix + value for value in values]
    return paths


def test_every_article_shows_title_date_and_every_paragraph(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        status, headers, markup = fetch(demo, site.article_path(item))
        assert status == 200 and headers["Server"].startswith("Microsoft-IIS")
        document = lxml.html.fromstring(markup)
        assert text_of(document.xpath("//h1[@class='news-detail-title']")[0]) == article.title
        assert article.published.strftime("%d/%m/%Y %H:%M") in text_of(
            document.xpath("//div[@class='news-detail-info']")[0]
        )
        shown = [text_of(p) for p in document.xpath("//div[@id='newsContent']/p")]
        for paragraph in article.paragraphs:
            assert " ".join(paragraph.split()) in shown
        captions = [text_of(td) for td in document.xpath("//td[@class='image-caption']")]
        assert captions == [image["caption"] for image in article.images]


def test_pagers_have_no_numbered_links_only_a_jump_menu_and_image_arrows(demo, site):
    _, _, markup = fetch(demo, "/tin-tuc/trang-2.html")
    document = lxml.html.fromstring(markup)
    paging = document.xpath("//div[@class='paging']")[0]
    assert [text_of(a) for a in paging.xpath(".//a")] == ["", ""]
    assert paging.xpath(".//a/img/@alt") == ["", ""]
    assert paging.xpath(".//a/@href") == ["/tin-tuc.html", "/tin-tuc/trang-3.html"]
    assert '<option value="/tin-tuc/trang-3.html">3</option>' in markup
    section = site.sections["Kinh tế số"]
    _, _, topic = fetch(demo, site.listing_path(section))
    assert "onchange=\"window.location='/chuyen-muc/kinh-te-so?p='+this.value\"" in topic
    assert '<option value="2">2</option>' in topic


def test_every_listing_page_is_reachable_through_the_jump_menus(demo, site):
    base = demo.base_url(PORTAL)
    reached: dict[str, str] = {}
    queue = ["/"]
    while queue:
        path = queue.pop()
        if path in reached:
            continue
        status, _, markup = fetch(demo, path)
        assert status == 200, path
        reached[path] = markup
        links = site_links(base, path, markup) + select_pages(path, markup)
        queue += [link for link in links if LISTING.match(link) and link not in reached]
    expected = set()
    for section in [None, *site.sections.values()]:
        _, pages = site.page_of(site.listed(section), 1)
        assert section is not None or pages > 5
        expected |= {site.listing_path(section, n) for n in range(1, pages + 1)}
    assert expected <= set(reached)
    listed = "".join(reached.values())
    for article in ARTICLES:
        assert site.article_path(site.by_key[article.key]) in listed


def test_arrows_alone_walk_the_news_listing(demo, site):
    pages = walk_site(demo.base_url(PORTAL), lambda path: LISTING.match(path) is not None)
    _, count = site.page_of(site.listed(None), 1)
    assert {site.listing_path(None, n) for n in range(1, count + 1)} <= set(pages)


def test_home_shows_six_newest_with_tracking_links(demo, site):
    _, _, home = fetch(demo, "/")
    document = lxml.html.fromstring(home)
    titles = [text_of(a) for a in document.xpath("//a[@class='news-title']")]
    assert titles == [it.title for it in site.items[:6]]
    assert "?utm_source=trangchu" in home and "javascript:" in home


def test_hazards_alias_print_view_and_404(demo, site):
    item = site.by_key[ARTICLES[0].key]
    status, _, alias = fetch(demo, site.alias_path(item))
    assert status == 200 and item.title in alias
    _, _, page = fetch(demo, site.article_path(item))
    assert site.print_path(item) in page and "Lượt xem:" in page
    status, _, printed = fetch(demo, site.print_path(item))
    assert status == 200 and ARTICLES[0].paragraphs[-1][:40] in printed
    _, _, home = fetch(demo, "/")
    assert "/ChiTiet.aspx?id=" in home
    assert fetch(demo, "/khong-ton-tai.html")[0] == 404
    assert fetch(demo, "/tin-tuc/trang-99.html")[0] == 404
    assert fetch(demo, "/ChiTiet.aspx?id=1")[0] == 404
    robots = fetch(demo, "/robots.txt")[2]
    assert "Disallow: /Admin/" in robots and "Sitemap" not in robots
    assert fetch(demo, "/sitemap.xml")[0] == 404 and fetch(demo, "/rss.xml")[0] == 404
