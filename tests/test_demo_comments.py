"""The newspaper-styled PHP portal demo family (portal maiha), served over HTTP."""

from __future__ import annotations

import re
import unicodedata

import lxml.html
from conftest import raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.comments import REMARKS

PORTAL = "maiha"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
LISTING = re.compile(r"^/[a-z0-9-]+/(trang-\d+\.html)?$")
ARTICLE = re.compile(r"^/[a-z0-9-]+/[a-z0-9-]+-a\d+\.html$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def test_every_article_shows_title_date_and_every_paragraph(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        path = site.article_path(item)
        assert ARTICLE.match(path), path
        status, _, markup = fetch(demo, path)
        assert status == 200, article.key
        document = lxml.html.fromstring(markup)
        assert text_of(document.xpath("//h1[@class='article-title']")[0]) == article.title
        sapo = text_of(document.xpath("//p[@class='sapo']")[0])
        body = document.xpath("//div[@id='article-body']")[0]
        shown = [sapo] + [text_of(p) for p in body.xpath("./p[@style='text-align: justify;']")]
        assert shown == list(article.paragraphs)
        date = text_of(document.xpath("//div[@class='article-meta']/span[@class='date']")[0])
        assert date == item.published.strftime("Cập nhật: %H:%M, %d/%m/%Y (GMT+7)")


def test_listings_reachable_through_pagers_and_list_every_article(demo, site):
    reached = walk_site(
        demo.base_url(PORTAL), lambda path: path == "/" or bool(LISTING.match(path))
    )
    listings = [p for p in reached if LISTING.match(p)]
    assert "/tin-tuc/trang-2.html" in listings
    pages = -(-len(site.items) // site.portal.page_size)
    assert f"/tin-tuc/trang-{pages}.html" in listings
    for section in site.sections.values():
        assert site.listing_path(section) in listings
    linked = set()
    for path in listings:
        status, body = reached[path]
        assert status == 200, path
        linked |= set(re.findall(r'href="(/[^"]+-a\d+\.html)"', body))
    assert {site.article_path(site.by_key[a.key]) for a in ARTICLES} <= linked


def test_missing_pages_answer_404(demo, site):
    assert fetch(demo, "/khong-co-trang-nay.html")[0] == 404
    assert fetch(demo, "/tin-tuc/trang-999.html")[0] == 404
    item = site.by_key[ARTICLES[0].key]
    wrong_section = site.article_path(item).replace(item.section.slug, "xyz", 1)
    assert fetch(demo, wrong_section)[0] == 404
    assert fetch(demo, "/robots.txt")[0] == 200


def test_readmore_links_and_ads_sit_between_body_paragraphs(demo, site):
    with_readmore = with_ads = 0
    for article in ARTICLES:
        item = site.by_key[article.key]
        _, _, markup = fetch(demo, site.article_path(item))
        body = lxml.html.fromstring(markup).xpath("//div[@id='article-body']")[0]
        readmore = body.xpath("./p[@class='readmore']")
        if readmore:
            with_readmore += 1
            assert text_of(readmore[0]).split(":")[0] in ("Đọc thêm", "Xem thêm")
            target = readmore[0].xpath(".//a/@href")[0]
            assert ARTICLE.match(target) and target != site.article_path(item)
            assert readmore[0].getprevious().tag == "p"
        ads = body.xpath("./div[@class='ads-inline']")
        if ads:
            with_ads += 1
            assert "Quảng cáo" in text_of(ads[0])
            assert ads[0].getnext() is not None  # more body follows the ad
    assert with_readmore > len(ARTICLES) // 2
    assert with_ads > 0


def test_comments_tags_and_same_section_list_follow_the_article(demo, site):
    for article in ARTICLES[:10]:
        item = site.by_key[article.key]
        _, _, markup = fetch(demo, site.article_path(item))
        document = lxml.html.fromstring(markup)
        comments = document.xpath("//div[@id='comments']//li[@class='comment-item']")
        assert 3 <= len(comments) <= 6
        for comment in comments:
            date = text_of(comment.xpath(".//span[@class='cmt-date']")[0])
            assert re.fullmatch(r"\(\d\d/\d\d/\d{4} \d\d:\d\d\)", date)
            text = text_of(comment.xpath(".//div[@class='cmt-content']")[0])
            assert any(remark in text for remark in REMARKS)
            assert text not in article.paragraphs
        assert document.xpath("//form[@class='comment-form']")
        assert "Từ khóa:" in text_of(document.xpath("//div[@class='article-tags']")[0])
        related = document.xpath("//div[@class='related-box']")[0]
        assert "Cùng chuyên mục" in text_of(related) and related.xpath(".//a")


def test_captions_and_byline(demo, site):
    for article in ARTICLES:
        item = site.by_key[article.key]
        _, _, markup = fetch(demo, site.article_path(item))
        document = lxml.html.fromstring(markup)
        captions = [text_of(td) for td in document.xpath("//td[@class='image_desc']")]
        assert captions == [str(img.get("caption") or "") for img in article.images]
        authors = [text_of(p) for p in document.xpath("//p[@class='author']")]
        assert authors == ([article.author] if article.author else [])
