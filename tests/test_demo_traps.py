"""The trap-laden custom .NET portal demo family (portal phonglac), served over HTTP."""

from __future__ import annotations

import re
import unicodedata
from collections import deque
from urllib.parse import parse_qsl, urlsplit

import lxml.html
from conftest import listing_paths, raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.traps import DOC_COUNT, article_tags, detail_date, legal_documents
from dtcrawl.text import fold

PORTAL = "phonglac"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
SESSION = re.compile(r"^/\(S\(([a-z0-5]{24})\)\)(/.*)$")
PLAIN_LISTING = re.compile(r"^/tin-tuc(/[a-z0-9-]+)?(\?page=\d+)?$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    """GET ``path`` of this portal without following redirects: status, headers, text."""
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def links(markup: str, xpath: str = "//a/@href") -> list[str]:
    """Same-site paths (with query) of a page's links."""
    return [h for h in lxml.html.fromstring(markup).xpath(xpath) if h.startswith("/")]


def test_every_article_page_shows_title_date_and_every_paragraph(demo):
    urls = demo.sites.article_urls(PORTAL)
    assert len(urls) == len(ARTICLES)
    for article in ARTICLES:
        status, headers, body = fetch(demo, urls[article.key])
        assert status == 200, urls[article.key]
        assert "ETag" in headers and "Last-Modified" in headers
        document = lxml.html.fromstring(body)
        assert text_of(document.xpath("//h1[@class='news-detail-title']")[0]) == article.title
        info = text_of(document.xpath("//div[@class='news-detail-info']")[0])
        assert info.startswith(detail_date(article.published))
        content = document.xpath("//div[@class='news-detail-content']")[0]
        served = [text_of(p) for p in content.xpath("./p[@style='text-align: justify;']")]
        assert served == [" ".join(p.split()) for p in article.paragraphs]
        captions = [text_of(c) for c in content.xpath(".//p[@class='pCaption']")]
        assert captions == [img["caption"] for img in article.images]


def test_every_listing_page_is_reachable_from_the_home_page_through_the_pager(demo, site):
    expected = listing_paths(site)
    assert site.listing_path(None, 5) in expected  # 41 items at 10 a page
    reached = walk_site(demo.base_url(PORTAL), PLAIN_LISTING.match)
    assert all(status == 200 for status, _ in reached.values())
    assert expected <= set(reached)
    # The pager shows a window of pages, not all of them, and "page 1" has no parameter.
    _, _, body = fetch(demo, "/tin-tuc")
    pager = links(body, "//ul[@class='pagination']//a/@href")
    assert "/tin-tuc?page=2" in pager and "/tin-tuc?page=5" in pager
    assert "/tin-tuc?page=4" not in pager


def test_missing_pages_answer_404(demo, site):
    for path in ("/khong-co-trang-nay", "/tin-tuc?page=99", "/tin-tuc/khong-co/bai-1.html"):
        status, _, body = fetch(demo, path)
        assert status == 404, path
        assert "không tồn tại" in body
    broken = demo.sites.broken_pages(PORTAL)
    assert list(broken.values()) == ["missing"]
    (path,) = broken
    assert fetch(demo, path)[0] == 404
    listed = {
        SESSION.sub(r"\2", h)
        for n in range(1, 6)
        for h in links(fetch(demo, f"/tin-tuc?page={n}")[2])
    }
    assert path in listed


def test_calendar_months_go_on_forever_and_day_pages_list_that_days_articles(demo, site):
    _, _, body = fetch(demo, "/")
    (prev,) = links(body, "//a[@class='prev-month']/@href")
    newest = max(a.published for a in ARTICLES)
    assert prev == f"/su-kien?thang=12&nam={newest.year - 1}"  # the corpus starts in January
    path = prev
    for _step in range(30):
        status, _, body = fetch(demo, path)
        assert status == 200, path
        (path,) = links(
            body, "//div[contains(@class,'calendar-big')]//a[@class='prev-month']/@href"
        )
    assert path == f"/su-kien?thang=6&nam={newest.year - 3}"
    assert fetch(demo, "/su-kien?thang=3&nam=1850")[0] == 200
    assert fetch(demo, "/su-kien?thang=3&nam=2450")[0] == 200
    # Day cells link to day pages; the days with articles list exactly those articles.
    days = links(body, "//div[contains(@class,'calendar-big')]//td/a/@href")
    assert len(days) == 31 and all(re.match(r"^/su-kien\?ngay=\d{4}-\d\d-\d\d$", d) for d in days)
    first = ARTICLES[0].published.date()
    _, _, body = fetch(demo, f"/su-kien?ngay={first.isoformat()}")
    urls = demo.sites.article_urls(PORTAL)
    listed = {
        SESSION.sub(r"\2", h)
        for h in links(body, "//div[@id='ContentPlaceHolder1_pnlMain']//h3/a/@href")
    }
    same_day = {urls[a.key] for a in ARTICLES if a.published.date() == first}
    assert listed == same_day and same_day
    status, _, body = fetch(demo, "/su-kien?ngay=2019-03-05")
    assert status == 200 and "Không có tin bài nào trong ngày này." in body


def test_tag_cloud_pages_list_the_tagged_articles(demo, site):
    _, _, body = fetch(demo, "/tin-tuc")
    cloud = links(body, "//div[@class='tag-cloud']/a/@href")
    assert len(cloud) == 12
    urls = demo.sites.article_urls(PORTAL)
    for tag_link in cloud:
        path = SESSION.sub(r"\2", tag_link)
        status, _, body = fetch(demo, path)
        assert status == 200, path
        title = text_of(lxml.html.fromstring(body).xpath("//div[@class='box-title']/h1")[0])
        tag = title.removeprefix("Tag: ")
        tagged = [urls[a.key] for a in ARTICLES if tag in article_tags(a.key)]
        listed = [
            SESSION.sub(r"\2", h) for h in links(body, "//div[@class='list-news']//h3/a/@href")
        ]
        assert listed == sorted(tagged, key=lambda u: -int(u.rsplit("-", 1)[1][:-5]))[:10]


def test_hot_keywords_are_search_links_that_answer(demo):
    _, _, body = fetch(demo, "/")
    hot = links(body, "//div[contains(@class,'hot-keywords')]/a/@href")
    assert len(hot) == 6 and all(h.startswith("/tim-kiem?q=") for h in hot)
    for link in hot:
        status, _, page = fetch(demo, link)
        assert status == 200, link
    query = dict(parse_qsl(urlsplit(hot[0]).query))["q"]
    assert fold(query) == "chuyen doi so"


def test_some_links_carry_a_session_id_that_differs_from_page_to_page(demo):
    urls = demo.sites.article_urls(PORTAL)
    tokens = set()
    for path in ("/", "/tin-tuc", "/tin-tuc?page=2", urls[ARTICLES[3].key]):
        _, _, body = fetch(demo, path)
        found = {SESSION.match(h).group(1) for h in links(body) if SESSION.match(h)}
        plain = [h for h in links(body) if not SESSION.match(h)]
        assert len(found) == 1 and plain, path  # one token a page, most links without it
        tokens |= found
    assert len(tokens) == 4
    # Under a session id, the article is the same and every link of the page keeps that id.
    article = ARTICLES[5]
    sid = "abcdefghij0123452345abcd"
    status, _, body = fetch(demo, f"/(S({sid})){urls[article.key]}")
    assert status == 200
    document = lxml.html.fromstring(body)
    assert text_of(document.xpath("//h1[@class='news-detail-title']")[0]) == article.title
    inner = [h for h in links(body) if h not in ("/", "/Admin/Login.aspx", "/lien-he")]
    inner = [h for h in inner if not h.startswith(("/Upload/", "/Themes/"))]
    assert inner and all(h.startswith(f"/(S({sid}))/") for h in inner)
    number = urls[article.key].rsplit("-", 1)[1].removesuffix(".html")
    for page in (f"/gui-email?id={number}", "/tag/chu-ky-so?sort=asc", "/su-kien?ngay=2021-01-05"):
        status, _, body = fetch(demo, f"/(S({sid})){page}")
        assert status == 200, page
        inner = [h for h in links(body) if h not in ("/", "/Admin/Login.aspx", "/lien-he")]
        inner = [h for h in inner if not h.startswith(("/Upload/", "/Themes/"))]
        assert inner and all(re.match(rf"^/\(S\({sid}\)\)/(?!\()", h) for h in inner), page


def test_listings_have_sort_view_and_page_size_variants_kept_by_the_pager(demo, site):
    _, _, body = fetch(demo, "/tin-tuc")
    toolbar = {SESSION.sub(r"\2", h) for h in links(body, "//div[@class='list-toolbar']/a/@href")}
    assert toolbar == {
        "/tin-tuc?sort=desc",
        "/tin-tuc?sort=asc",
        "/tin-tuc?view=grid",
        "/tin-tuc?view=list",
        "/tin-tuc?pagesize=10",
        "/tin-tuc?pagesize=20",
        "/tin-tuc?pagesize=50",
    }
    oldest = site.article_path(site.items[-1])
    _, _, body = fetch(demo, "/tin-tuc?sort=asc")
    first = SESSION.sub(r"\2", links(body, "//div[@class='list-news']//h3/a/@href")[0])
    assert first == oldest
    assert "/tin-tuc?sort=asc&page=2" in {
        SESSION.sub(r"\2", h) for h in links(body, "//ul[@class='pagination']//a/@href")
    }
    _, _, body = fetch(demo, "/tin-tuc?pagesize=50&view=grid")
    assert len(lxml.html.fromstring(body).xpath("//div[contains(@class,'news-grid-item')]")) == 41
    assert not links(body, "//ul[@class='pagination']//a/@href")


def test_legal_documents_are_listed_with_details_and_pdf_attachments(demo):
    docs = legal_documents()
    assert len(docs) == DOC_COUNT
    seen, queue = set(), deque(["/van-ban"])
    details = set()
    while queue:
        path = queue.popleft()
        status, _, body = fetch(demo, path)
        assert status == 200, path
        for link in links(body):
            link = SESSION.sub(r"\2", link)
            if re.match(r"^/van-ban\?page=\d+$", link) and link not in seen:
                seen.add(link)
                queue.append(link)
            if link.startswith("/van-ban/chi-tiet/"):
                details.add(link)
    assert details == {f"/van-ban/chi-tiet/{d.id}" for d in docs}
    doc = docs[7]
    status, _, body = fetch(demo, f"/van-ban/chi-tiet/{doc.id}")
    table = text_of(
        lxml.html.fromstring(body).xpath("//table[contains(@class,'vanban-detail')]")[0]
    )
    assert doc.number in table and doc.summary in table and f"{doc.issued:%d/%m/%Y}" in table
    status, headers, pdf = fetch(demo, doc.file)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    assert pdf.startswith("%PDF-")


def test_print_and_email_pages_exist_for_every_article(demo):
    urls = demo.sites.article_urls(PORTAL)
    prints = demo.sites.print_urls(PORTAL)
    assert set(prints) == set(urls)
    for article in ARTICLES[:10]:
        _, _, page = fetch(demo, urls[article.key])
        tools = {
            SESSION.sub(r"\2", h) for h in links(page, "//div[@class='article-tools']/a/@href")
        }
        assert prints[article.key] in tools
        email = prints[article.key].replace("/in-tin", "/gui-email")
        assert email in tools
        status, _, body = fetch(demo, prints[article.key])
        assert status == 200 and "window.print()" in body
        printed = text_of(lxml.html.fromstring(body).xpath("//div[@class='print-content']")[0])
        assert all(" ".join(p.split()) in printed for p in article.paragraphs)
        status, _, body = fetch(demo, email)
        assert status == 200 and article.title in text_of(lxml.html.fromstring(body))


def test_robots_txt_and_family_headers(demo):
    status, headers, body = fetch(demo, "/robots.txt")
    assert status == 200 and "Disallow: /Admin/" in body and "Sitemap" not in body
    _, headers, _ = fetch(demo, "/")
    assert headers["X-Powered-By"] == "ASP.NET"
