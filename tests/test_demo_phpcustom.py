"""The home-grown PHP CMS demo family (portal huyen-dongxuyen), served over HTTP."""

from __future__ import annotations

import re
import unicodedata

import lxml.html
from conftest import listing_paths, raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.phpcustom import PER_PAGE, SPLIT_ABOVE, detail_date, listing_date
from dtcrawl.demo.portals import ALL_PORTALS

PORTAL = "huyen-dongxuyen"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(
    r"^/(tin-tuc\.html|chuyen-muc/\d+/[a-z0-9-]+\.html|index\.php\?mod=news(&cat=\d+)?&page=\d+)$"
)
ARTICLE = re.compile(r"^/tin-tuc/\d+/[a-z0-9-]+\.html$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    """GET ``path`` of this portal without following redirects: status, headers, text."""
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def squeeze(text: str) -> str:
    return " ".join(text.split())


def content(markup: str):
    return lxml.html.fromstring(markup).xpath("//div[@id='noidung']")[0]


def page_text(markup: str) -> list[str]:
    """The paragraphs of one article page: the lead, then the text (byline lines left out)."""
    document = lxml.html.fromstring(markup)
    lead = text_of(document.xpath("//td[@class='sapo_detail']")[0])
    body = [text_of(p) for p in content(markup).xpath("./p[@style='text-align:justify']")]
    return [lead, *body]


def test_every_article_page_shows_title_date_and_its_share_of_the_body(demo, site):
    urls = demo.sites.article_urls(PORTAL)
    assert len(urls) == len(ARTICLES)
    split = 0
    for article in ARTICLES:
        path = urls[article.key]
        assert ARTICLE.match(path), path
        gold = [squeeze(p) for p in article.paragraphs]
        pages = 1 if len(gold) <= SPLIT_ABOVE else -(-(len(gold) - 1) // PER_PAGE)
        served: list[str] = []
        for page in range(1, pages + 1):
            address = path if page == 1 else f"{path}?trang={page}"
            status, headers, body = fetch(demo, address)
            assert status == 200, address
            assert "ETag" in headers and "Last-Modified" in headers
            document = lxml.html.fromstring(body)
            assert text_of(document.xpath("//h1[@class='title_detail']")[0]) == article.title
            date_line = text_of(document.xpath("//td[@class='date_detail']")[0])
            assert date_line.startswith(detail_date(article.published) + " | Lượt xem: ")
            lead, *text = page_text(body)
            assert lead == gold[0]  # the lead is a field of its own, shown on every page
            served += text
            pager = document.xpath("//td[@class='phantrang_chitiet']")
            if pages == 1:
                assert not pager
            else:
                split += 1
                numbers = " ".join(str(n) for n in range(1, pages + 1))
                assert text_of(pager[0]).startswith(f"Trang: {numbers}")
            closing = [text_of(p) for p in content(body).xpath("./p[@style='text-align:right']")]
            expected = []
            if page == pages:
                expected = [article.author] if article.author else []
                expected += [f"Nguồn: {article.source}"] if article.source else []
            assert closing == expected, (article.key, page)
        assert [gold[0], *served] == gold, article.key
        assert fetch(demo, f"{path}?trang={pages + 1}")[0] == 404
    assert split >= 10  # most articles of this corpus are long enough to be split


def test_photo_captions_follow_the_lead_on_the_first_page(demo):
    urls = demo.sites.article_urls(PORTAL)
    with_photo = [a for a in ARTICLES if a.images]
    assert with_photo
    for article in with_photo:
        _, _, body = fetch(demo, urls[article.key])
        captions = content(body).xpath(".//table[@class='image']//td[@class='image_desc']")
        assert [text_of(c) for c in captions] == list(article.captions)
        assert content(body)[0].tag == "table"  # placed after the lead: opens the text


def test_alias_and_print_view_serve_the_same_article(demo, site):
    article = next(a for a in ARTICLES if len(a.paragraphs) > SPLIT_ABOVE)
    item = site.by_key[article.key]
    path = demo.sites.article_urls(PORTAL)[article.key]
    for page in (1, 2):
        canonical = fetch(demo, path if page == 1 else f"{path}?trang=2")[2]
        status, _, alias = fetch(
            demo, f"/index.php?mod=news&act=detail&id={item.number}&trang={page}"
        )
        assert status == 200 and page_text(alias) == page_text(canonical)
    printed = demo.sites.print_urls(PORTAL)[article.key]
    assert printed == f"/index.php?mod=news&act=print&id={item.number}"
    assert printed in site_links(demo.base_url(PORTAL), path, fetch(demo, path)[2])
    status, _, body = fetch(demo, printed)
    assert status == 200 and 'onload="window.print()"' in body
    text = text_of(lxml.html.fromstring(body))
    assert all(squeeze(p) in text for p in article.paragraphs)
    assert "THỐNG KÊ TRUY CẬP" not in body


def test_every_listing_page_and_article_is_reachable_by_plain_links_from_home(demo, site):
    expected = listing_paths(site, site.news)
    assert any("&cat=" in p for p in expected)  # some topic listings have several pages
    base = demo.base_url(PORTAL)
    reached = walk_site(base, lambda link: not ARTICLE.match(link) and LISTING.match(link))
    assert all(status == 200 for status, _ in reached.values())
    assert expected <= set(reached)
    articles = {
        link
        for path, (_, body) in reached.items()
        for link in site_links(base, path, body)
        if ARTICLE.match(link)
    }
    assert set(demo.sites.article_urls(PORTAL).values()) <= articles


def test_topic_listing_loads_more_by_ajax_and_keeps_a_noscript_pager(demo, site):
    section = max(site.sections.values(), key=lambda s: len(site.listed(s)))
    size = ALL_PORTALS[PORTAL].page_size
    listed = site.listed(section)
    assert len(listed) > size
    _, _, body = fetch(demo, site.listing_path(section))
    document = lxml.html.fromstring(body)
    first = document.xpath("//div[@id='ds_tin']//a[@class='title_news']/@href")
    assert first == [site.article_path(it).lstrip("/") for it in listed[:size]]
    (button,) = document.xpath("//a[@id='btnXemThem']")
    assert button.text_content() == "Xem thêm tin" and button.get("href") == "javascript:void(0)"
    assert button.get("data-url") == f"ajax/load-more?cat={section.id}&offset={size}"
    status, headers, fragment = fetch(demo, "/" + button.get("data-url"))
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "<html" not in fragment and "<body" not in fragment
    more = lxml.html.fragments_fromstring(fragment)
    hrefs = [a.get("href") for f in more for a in f.xpath(".//a[@class='title_news']")]
    assert hrefs == [site.article_path(it).lstrip("/") for it in listed[size : 2 * size]]
    assert fetch(demo, f"/ajax/load-more?cat={section.id}&offset={len(listed)}")[2] == ""
    (noscript,) = document.xpath("//noscript")
    assert f"index.php?mod=news&amp;cat={section.id}&amp;page=2" in lxml.html.tostring(
        noscript, encoding="unicode"
    )
    _, _, page2 = fetch(demo, site.listing_path(section, 2))
    rows = lxml.html.fromstring(page2).xpath("//div[@id='ds_tin']//a[@class='title_news']/@href")
    assert rows == hrefs
    dates = lxml.html.fromstring(page2).xpath("//span[@class='date_news']/text()")
    assert dates == [listing_date(it.published) for it in listed[size : 2 * size]]


def test_general_listing_shows_the_old_pager_in_plain_sight(demo, site):
    pages = -(-len(site.items) // ALL_PORTALS[PORTAL].page_size)
    _, _, body = fetch(demo, "/index.php?mod=news&page=3")
    document = lxml.html.fromstring(body)
    assert not document.xpath("//noscript") and not document.xpath("//a[@id='btnXemThem']")
    pager = document.xpath("//div[@class='phantrang']")[0]
    hrefs = {a.text_content(): a.get("href") for a in pager.xpath("./a")}
    assert hrefs["Trang đầu"] == "index.php?mod=news&page=1"
    assert hrefs["»"] == "index.php?mod=news&page=4"
    assert hrefs["Trang cuối"] == f"index.php?mod=news&page={pages}"
    assert pager.xpath("./b[@class='current']")[0].text_content() == "[3]"
    assert fetch(demo, f"/index.php?mod=news&page={pages + 1}")[0] == 404


def test_some_pages_declare_windows_1252_while_the_header_and_bytes_are_utf8(demo, site):
    def declared(markup: str) -> str:
        return re.search(r'content="text/html; charset=([\w-]+)"', markup).group(1)

    urls = demo.sites.article_urls(PORTAL)
    articles = [fetch(demo, path) for path in list(urls.values())[:12]]
    assert {declared(body) for _, _, body in articles} == {"utf-8", "windows-1252"}
    for _, headers, body in articles:
        assert headers["Content-Type"] == "text/html; charset=utf-8"
        assert "Cập nhật lúc" in body  # decoded as UTF-8 above: the bytes are UTF-8
    assert declared(fetch(demo, "/index.php?mod=news&page=2")[2]) == "windows-1252"
    assert declared(fetch(demo, "/tin-tuc.html")[2]) == "utf-8"
    assert declared(fetch(demo, "/")[2]) == "utf-8"


def test_home_page_has_the_old_layout_and_its_widgets(demo, site):
    status, _, home = fetch(demo, "/")
    assert status == 200
    document = lxml.html.fromstring(home)
    assert document.xpath("//base/@href") == [demo.base_url(PORTAL) + "/"]
    assert document.xpath("//table[@width='100%']") and not document.xpath("//font")
    (marquee,) = document.xpath("//marquee[@id='tinmoi']")
    assert marquee.xpath("./a/@href")[0].startswith("index.php?mod=news&act=detail&id=")
    for widget in (
        "THỜI TIẾT - TỶ GIÁ",
        "KẾT QUẢ GIẢI QUYẾT TTHC",
        "THỐNG KÊ TRUY CẬP",
        "TIN NỔI BẬT",
    ):
        assert widget in home
    assert re.search(r"Lượt truy cập: <b>[\d.]+</b>", home)
    assert document.xpath("//td[@id='tygia']//td[text()='USD']")
    assert "Cơ quan chủ quản" in home and "Giấy phép số" in home
    assert 'href="javascript:void(0)"' in home
    found = site_links(demo.base_url(PORTAL), "/", home)
    assert "/gioi-thieu.html" in found and fetch(demo, "/gioi-thieu.html")[0] == 200
    assert "/lien-he.html" in found and fetch(demo, "/lien-he.html")[0] == 200
    front = fetch(demo, "/index.php")[2]  # the front controller with no module: the home page
    assert site_links(demo.base_url(PORTAL), "/index.php", front) == found


def test_unknown_pages_and_the_unpublished_article_answer_404(demo, site):
    status, _, body = fetch(demo, "/khong-co-trang-nay.html")
    assert status == 404 and "Trang bạn tìm không tồn tại" in body
    assert f'<base href="{demo.base_url(PORTAL)}/"' in body
    assert fetch(demo, "/tin-tuc/99999/khong-co.html")[0] == 404
    assert fetch(demo, "/index.php?mod=news&act=detail&id=99999")[0] == 404
    assert fetch(demo, "/index.php?mod=news&act=detail&id=abc")[0] == 404
    assert fetch(demo, "/index.php?mod=news&cat=999")[0] == 404
    (broken,) = demo.sites.broken_pages(PORTAL)
    assert fetch(demo, broken)[0] == 404
    pages = -(-len(site.items) // ALL_PORTALS[PORTAL].page_size)
    listings = "".join(fetch(demo, site.listing_path(None, n))[2] for n in range(1, pages + 1))
    assert f'href="{broken.lstrip("/")}"' in listings  # still linked from the listings
    status, _, robots = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /admin/" in robots
