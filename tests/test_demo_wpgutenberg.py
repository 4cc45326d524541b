"""The WordPress block-theme department site (portal vanlinh), over HTTP."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import UTC, datetime

import lxml.html
from conftest import raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.common import VN_TZ, parse_local
from dtcrawl.demo.cms.wpgutenberg import (
    BLOG_SLUG,
    HOME_QUERY,
    gold_corpus,
    gold_lines,
    texturize,
)
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "vanlinh"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
GOLD = {g.key: g for g in gold_corpus(CORPUS)[PORTAL]}
SKIPPED = ("/print/", "/embed/", "/feed/", "/wp-json/", "/wp-content/", "xmlrpc", "wp-login")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path.split("#", 1)[0])


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def page(demo, path: str):
    status, _, body = fetch(demo, path)
    assert status == 200, path
    return lxml.html.fromstring(body)


def follow(path: str) -> bool:
    return not any(part in path for part in SKIPPED) and "replytocom" not in path


def reached(demo) -> dict[str, tuple[int, str]]:
    if not hasattr(reached, "cache"):
        reached.cache = walk_site(demo.base_url(PORTAL), follow)
    return reached.cache


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.83"
    assert portal.cms == "wpgutenberg"


def test_every_article_is_reached_from_the_home_page_by_links(demo, site):
    pages = reached(demo)
    for item in site.posts:
        assert pages.get(site.article_path(item), (0, ""))[0] == 200, item.key
    # The blog, every category's pages and the front page's own Query Loop pages are walked.
    assert f"/{BLOG_SLUG}/page/2/" in pages
    assert any(p.startswith(f"/?query-{HOME_QUERY}-page=") for p in pages)
    assert "/category/tin-tuc-su-kien/chuyen-doi-so/" in pages


def test_every_article_page_shows_title_dates_body_captions_and_byline(demo, site):
    by_key = {it.key: it for it in site.items}
    for article in ARTICLES:
        item = by_key[article.key]
        gold = GOLD[article.key]
        document = page(demo, site.article_path(item))
        assert text_of(document.xpath("//h1[@class='wp-block-post-title']")[0]) == article.title
        published = parse_local(article.published)
        time = document.xpath("//div[@class='wp-block-post-date']/time")[0]
        assert time.get("datetime") == published.replace(tzinfo=VN_TZ).isoformat()
        assert text_of(time) == published.strftime("%d/%m/%Y")
        meta = document.xpath("//meta[@property='article:published_time']/@content")[0]
        assert datetime.fromisoformat(meta) == published.replace(tzinfo=VN_TZ)
        assert meta.endswith("+00:00")
        graph = json.loads(document.xpath("//script[@class='yoast-schema-graph']")[0].text)
        (node,) = [n for n in graph["@graph"] if n["@type"] == "Article"]
        assert datetime.fromisoformat(node["datePublished"]).astimezone(UTC) == published.replace(
            tzinfo=VN_TZ
        ).astimezone(UTC)
        content = document.xpath("//div[contains(@class, 'wp-block-post-content')]")[0]
        # Every gold line is on the page, in order, inside the content.
        shown = [
            text_of(n)
            for n in content.xpath(
                "./p[not(@class) or @class='has-drop-cap'] | ./h2 | ./h3 | ./ul[not(.//a)]/li | "
                "./ol/li | ./blockquote/p | ./blockquote/cite | .//table//tr | "
                "./figure[contains(@class,'wp-block-table')]/figcaption"
            )
        ]
        shown = [line for line in shown if line != "Tin liên quan:"]
        rows = {
            text_of(tr): " | ".join(text_of(c) for c in tr.xpath("./th|./td"))
            for tr in content.xpath(".//table//tr")
        }
        assert [rows.get(line, line) for line in shown] == list(gold.paragraphs), article.key
        captions = content.xpath(
            "./figure[contains(@class,'wp-block-image') or contains(@class,'wp-block-gallery')]"
            "/figcaption"
        )
        assert [text_of(c) for c in captions] == [i["caption"] for i in article.images]
        byline = [text_of(p) for p in content.xpath("./p[@class='has-text-align-right']")]
        if article.author:
            assert any(article.author in line for line in byline), article.key
        if article.source:
            assert any(f"Nguồn: {article.source}" in line for line in byline), article.key
        if not article.author and not article.source:
            assert not byline


def test_gold_bodies_are_the_corpus_text_as_wordpress_shows_it():
    served = sum((list(a.paragraphs) for a in ARTICLES), [])
    golden = sum((list(g.paragraphs) for g in GOLD.values()), [])
    assert any(" - " in p for p in served)
    assert not any(" - " in p for p in golden)
    assert any(" – " in p for p in golden)
    assert any(" | " in p for p in golden)  # table rows
    assert texturize("2021 - 2025") == "2021 – 2025"
    # Captions and the byline stay out of the gold.
    for article in ARTICLES:
        lines = GOLD[article.key].paragraphs
        assert not any(i["caption"] in lines for i in article.images)
        assert article.author not in lines


def test_sticky_posts_come_first_on_the_blog_and_again_in_their_place(demo, site):
    assert len(site.sticky) == 3
    first = page(demo, f"/{BLOG_SLUG}/")
    posts = first.xpath("//ul[contains(@class,'wp-block-post-template')]/li")
    titles = [text_of(li.xpath(".//h2")[0]) for li in posts]
    assert titles[:3] == [it.title for it in site.sticky]
    assert all("sticky" in li.get("class") for li in posts[:3])
    assert len(posts) == 3 + len([it for it in site.posts[:6] if it not in site.sticky])
    seen_later = []
    for n in range(2, 8):
        status, _, body = fetch(demo, f"/{BLOG_SLUG}/page/{n}/")
        if status != 200:
            break
        document = lxml.html.fromstring(body)
        assert not document.xpath("//li[contains(concat(' ', @class, ' '), ' sticky ')]")
        seen_later += [
            text_of(h) for h in document.xpath("//li[contains(@class,'wp-block-post')]//h2")
        ]
    assert all(it.title in seen_later for it in site.sticky)


def test_the_front_page_loop_pages_by_query_parameters_as_core_writes_them(demo, site):
    status, _, body = fetch(demo, "/")
    links = site_links(demo.base_url(PORTAL), "/", body)
    assert f"/?query-{HOME_QUERY}-page=2" in links
    status, _, body = fetch(demo, f"/?query-{HOME_QUERY}-page=2")
    assert status == 200
    links = site_links(demo.base_url(PORTAL), f"/?query-{HOME_QUERY}-page=2", body)
    assert "/?cst" in links and f"/?query-{HOME_QUERY}-page=3&cst" in links
    assert f"/?query-{HOME_QUERY}-page=1" in links
    document = lxml.html.fromstring(body)
    assert document.xpath("//link[@rel='canonical']/@href")[0].endswith("/")


def test_under_the_post_related_boxes_repeat_other_posts_titles_and_excerpts(demo, site):
    item = site.posts[5]
    document = page(demo, site.article_path(item))
    related = document.xpath("//nav[contains(@class,'wp-block-jetpack-related-posts')]")[0]
    links = related.xpath(".//a/@href")
    assert links == [site.article_path(it) for it in site.related[item.key]]
    assert not document.xpath("//div[contains(@class,'wp-block-post-content')]//nav")
    box = document.xpath("//div[contains(@class,'same-category')]")[0]
    excerpts = [text_of(p) for p in box.xpath(".//p[@class='wp-block-post-excerpt__excerpt']")]
    assert excerpts and all(e.startswith("Thời gian đọc:") for e in excerpts)
    other = site.by_path[box.xpath(".//h2/a/@href")[0]]
    lead = GOLD[other.key].paragraphs[0]
    assert lead.split()[5] in excerpts[0]


def test_reading_time_opens_and_plugins_close_the_content(demo, site):
    item = site.posts[2]
    content = page(demo, site.article_path(item)).xpath(
        "//div[contains(@class,'wp-block-post-content')]"
    )[0]
    children = list(content)
    assert "rt-reading-time" in children[0].get("class")
    assert text_of(children[0]).startswith("Thời gian đọc:")
    tail = [c.get("class", "") for c in children[-3:]]
    assert "post-views" in tail[0] and "addtoany" in tail[1] and "zalo" in tail[2]


def test_wordpress_addresses_redirect_or_answer_as_wordpress_does(demo, site):
    item = site.posts[0]
    status, headers, _ = fetch(demo, f"/?p={item.number}")
    assert status == 301 and headers["Location"].endswith(site.article_path(item))
    status, headers, _ = fetch(demo, site.article_path(item).rstrip("/"))
    assert status == 301 and headers["Location"].endswith(site.article_path(item))
    status, headers, _ = fetch(demo, "/category/chuyen-doi-so/")
    assert status == 301
    assert headers["Location"].endswith("/category/tin-tuc-su-kien/chuyen-doi-so/")
    status, headers, _ = fetch(demo, f"/{BLOG_SLUG}/page/1/")
    assert status == 301 and headers["Location"].endswith(f"/{BLOG_SLUG}/")
    assert fetch(demo, f"/{BLOG_SLUG}/page/40/")[0] == 404
    status, _, body = fetch(demo, "/robots.txt")
    assert "sitemap_index.xml" in body
    status, _, body = fetch(demo, "/post-sitemap.xml")
    assert all(site.article_path(it) in body for it in site.posts)
    status, headers, body = fetch(demo, f"/wp-json/wp/v2/posts/{item.number}")
    assert status == 200 and json.loads(body)["link"].endswith(site.article_path(item))
    status, _, body = fetch(demo, site.article_path(item) + "print/")
    assert status == 200 and item.title in body and "noindex" in body


def test_a_trashed_post_is_still_linked_from_a_related_list_and_answers_404(demo, site):
    (trashed,) = [it for it in site.items if it.kind != "article"]
    path = site.article_path(trashed)
    linking = [it for it in site.posts if path in site.in_content_related(it)]
    assert linking
    assert fetch(demo, path)[0] == 404
    status, _, body = fetch(demo, site.article_path(linking[0]))
    assert path in body


def test_pages_carry_yoast_dates_but_no_article_time(demo):
    document = page(demo, "/gioi-thieu/")
    graph = json.loads(document.xpath("//script[@class='yoast-schema-graph']")[0].text)
    (node,) = [n for n in graph["@graph"] if n["@type"] == "WebPage"]
    assert "datePublished" in node
    assert not document.xpath("//meta[@property='article:published_time']")
    assert not document.xpath("//div[contains(@class, 'wp-block-post-date')]")


def test_block_markup_is_gutenbergs(demo, site):
    kinds = {}
    for item in site.posts:
        for block in site.blocks_of(item, 0):
            kinds.setdefault(block.kind, item)
    assert {"table", "list", "quote", "embed", "file", "gallery", "heading", "image"} <= set(kinds)
    item = kinds["table"]
    content = page(demo, site.article_path(item)).xpath(
        "//div[contains(@class,'wp-block-post-content')]"
    )[0]
    assert content.xpath("./figure[contains(@class,'wp-block-table')]/table")
    item = kinds["file"]
    body = fetch(demo, site.article_path(item))[2]
    assert "wp-block-file__button" in body and "Tải xuống" in body
    pdf = re.search(r'href="(/wp-content/uploads/[^"]+\.pdf)"', body).group(1)
    status, headers, _ = fetch(demo, pdf)
    assert status == 200 and headers["Content-Type"] == "application/pdf"
    body = fetch(demo, site.article_path(kinds["embed"]))[2]
    assert "wp-block-embed-youtube" in body
    table = next(b for it in site.posts for b in site.blocks_of(it, 0) if b.kind == "table")
    assert all(" | " in line for line in gold_lines(table)[: len(table.rows)])
