"""The photo-heavy PHP portal whose pictures are lazy-loaded and captioned each editor's way
(portal sonca), over HTTP."""

from __future__ import annotations

import re
import unicodedata

import lxml.etree
import lxml.html
from conftest import listing_paths, raw_get, site_links, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.lazyfigures import (
    ALBUMS,
    BLANK_GIF,
    DATA_GIF,
    ILLUSTRATIVE,
    LAZY,
    date_line,
    gold_corpus,
    page_photos,
)
from dtcrawl.demo.portals import ALL_PORTALS, PORTALS

PORTAL = "sonca"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
GOLD = {article.key: article for article in gold_corpus(CORPUS)[PORTAL]}
SKIP = ("/tim-kiem", "/uploads/", "/themes/", "/rss", "/video/", "/sitemap")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    return raw_get(demo.base_url(PORTAL), path)


def text_of(node) -> str:
    return " ".join(unicodedata.normalize("NFC", node.text_content()).split())


def follow(path: str) -> bool:
    return "?" not in path and not path.startswith(SKIP)


def content_of(demo, site, key: str):
    _, _, markup = fetch(demo, site.article_path(site.by_key[key]))
    document = lxml.html.fromstring(markup)
    return document, document.xpath("//div[@id='detail-content']")[0]


def caption_text(node) -> str:
    """The caption in ``node`` as a reader reads it: its line, a credit printed in it included,
    without the credit on a second line of its own."""
    node = lxml.html.fromstring(lxml.html.tostring(node, encoding="unicode"))
    for br in node.xpath(".//br"):  # the credit on the caption's second line
        br.tail = None
        br.drop_tree()
    return text_of(node)


def read_like_a_reader(content) -> dict:
    """Paragraphs, captions, author, source and credits of an article's text, block by block."""
    out = {"paragraphs": [], "captions": [], "author": None, "source": None, "credits": []}
    for node in content:
        style = node.get("style", "")
        cls = node.get("class", "")
        if node.tag == "figure":
            out["captions"].append(caption_text(node.xpath("figcaption")[0]))
        elif node.tag == "table" and cls == "image":
            out["captions"].append(caption_text(node.xpath(".//tr[2]/td")[0]))
        elif node.tag == "div" and "sc-gallery" in cls:
            out["captions"] += [
                text_of(t) for t in node.xpath(".//span[@class='sc-gallery__text']")
            ]
        elif node.tag == "p" and cls == "image-caption":
            out["captions"].append(caption_text(node))
        elif node.tag == "p" and "justify" in style:
            out["paragraphs"].append(text_of(node))
        elif node.tag == "p" and "right" in style:
            line = text_of(node)
            if line.startswith("Ảnh: "):
                out["credits"].append(line)
            elif line.startswith("Nguồn: "):
                out["source"] = line.removeprefix("Nguồn: ")
            else:
                out["author"] = line
        elif node.tag == "p" and "center" in style and not node.xpath(".//img"):
            out["captions"].append(caption_text(node))
    return out


def test_portal_is_blind_and_apart_from_the_default_demo():
    portal = ALL_PORTALS[PORTAL]
    assert PORTAL not in PORTALS and portal.cms == "lazyfigures"
    assert portal.registry_cms == "custom"
    assert portal.host == "127.0.0.90" and portal.domain == "sonca.gov.vn"


def test_every_article_and_listing_page_is_reached_from_home_through_links(demo, site):
    reached = walk_site(demo.base_url(PORTAL), follow)
    urls = demo.sites.article_urls(PORTAL)
    assert set(urls.values()) <= set(reached)
    assert all(reached[path][0] == 200 for path in urls.values())
    assert listing_paths(site, site.news) <= set(reached)
    broken = demo.sites.broken_pages(PORTAL)
    assert sorted(broken.values()) == ["error", "missing"]
    assert {reached[path][0] for path in broken} == {404, 500}
    for album in site.albums:
        assert reached[site.album_path(album)][0] == 200
    # Article addresses are slugs under their section, with no id.
    assert all(re.fullmatch(r"/[a-z-]+/[a-z0-9-]+\.html", path) for path in urls.values())


def test_each_article_page_shows_its_gold_fields(demo, site):
    for article in ARTICLES:
        gold = GOLD[article.key]
        document, content = content_of(demo, site, article.key)
        assert text_of(document.xpath("//h1[@class='detail-title']")[0]) == article.title
        shown = text_of(document.xpath("//span[@class='detail-date']")[0])
        assert shown == date_line(article.published)
        read = read_like_a_reader(content)
        assert read["paragraphs"] == list(article.paragraphs), article.key
        assert read["author"] == gold.author and read["source"] == gold.source, article.key
        assert read["captions"] == [image["caption"] for image in gold.images], article.key
        # A credit only as printed in its caption's line, never one of its own line.
        assert not [c for c in read["captions"] if c.startswith("Ảnh:")]


def test_photos_are_lazy_with_a_placeholder_noscript_twins_srcset_and_picture(demo, site):
    attributes, twins, pictures, srcsets, placeholders = set(), 0, 0, 0, set()
    for article in ARTICLES:
        document, content = content_of(demo, site, article.key)
        for img in content.xpath(".//img[not(ancestor::noscript)]"):
            if "sc-gallery__thumbs" in (img.getparent().getparent().getparent().get("class") or ""):
                continue
            lazy = [a for a in LAZY if img.get(a)]
            assert len(lazy) == 1, lxml.html.tostring(img)
            assert img.get("src") in (BLANK_GIF, DATA_GIF)
            attributes |= set(lazy)
            placeholders.add(img.get("src"))
            srcsets += bool(img.get("data-srcset") or img.get("data-lazy-srcset"))
        pictures += len(content.xpath(".//picture/source[@type='image/webp']"))
        # lxml reads <noscript> as text in <head> only; in the body its <img> is an element.
        for noscript in content.xpath(".//noscript"):
            real = noscript.xpath(".//img/@src") or re.findall(
                r'src="([^"]+)"', lxml.html.tostring(noscript, encoding="unicode")
            )
            lazy_img = noscript.getprevious()
            if lazy_img.tag == "picture":
                lazy_img = lazy_img.xpath(".//img")[0]
            assert real and real[0] in {lazy_img.get(a) for a in LAZY}
            twins += 1
    assert attributes == set(LAZY)
    assert placeholders == {BLANK_GIF, DATA_GIF}
    assert twins >= 10 and pictures >= 2 and srcsets >= 5


def test_every_caption_style_and_credit_form_is_served(demo, site):
    styles, forms = set(), set()
    alt_only = 0
    for article in ARTICLES:
        plan = site.plans[article.key]
        _, content = content_of(demo, site, article.key)
        markup = lxml.html.tostring(content, encoding="unicode")
        photos = [v for _, kind, v in page_photos(plan, len(article.paragraphs), article.images)
                  if kind == "photo"]  # fmt: skip
        if not photos:
            continue
        styles.add(plan.style)
        if plan.credit:
            forms.add(plan.credit_form)
            if article.images:
                assert f"Ảnh: {plan.credit}" in markup
        if plan.style == "alt":
            # The caption is only in the photo's alt and title: a reader sees none.
            caption = photos[0][1]
            img = content.xpath(f".//img[@title={caption!r}]")
            assert img and img[0].get("alt") == caption
            assert caption not in text_of(content)
            assert caption not in [image["caption"] for image in GOLD[article.key].images]
            alt_only += 1
    assert styles == {"figure", "table", "pcaption", "em", "alt"}
    assert forms == {"paren", "span", "br", "below", "dash"}
    assert alt_only >= 3
    stock = [a for a in ARTICLES if site.plans[a.key].illustrative]
    assert stock and any(ILLUSTRATIVE in [i["caption"] for i in GOLD[a.key].images] for a in stock)


def test_galleries_show_each_caption_once_after_a_counter(demo, site):
    galleries = 0
    for article in ARTICLES:
        plan = site.plans[article.key]
        _, content = content_of(demo, site, article.key)
        found = content.xpath(".//div[@class='sc-gallery']")
        assert len(found) == (1 if plan.gallery else 0)
        if not found:
            continue
        galleries += 1
        gallery = found[0]
        counts = [text_of(c) for c in gallery.xpath(".//span[@class='sc-gallery__count']")]
        total = len(plan.gallery)
        assert 3 <= total <= 8 and counts == [f"{n}/{total}" for n in range(1, total + 1)]
        texts = [text_of(t) for t in gallery.xpath(".//span[@class='sc-gallery__text']")]
        assert texts == list(plan.gallery)
        assert gallery.xpath(".//a/@data-caption") == list(plan.gallery)
        assert len(gallery.xpath(".//div[contains(@class, 'sc-gallery__thumbs')]//img")) == total
        gold = [i["caption"] for i in GOLD[article.key].images]
        assert all(gold.count(caption) == 1 for caption in plan.gallery)
    assert galleries >= 5


def test_videos_infographics_and_the_related_strip(demo, site):
    youtube = local = infographics = 0
    for article in ARTICLES:
        plan = site.plans[article.key]
        document, content = content_of(demo, site, article.key)
        frames = content.xpath(".//iframe/@src")
        if plan.video == "local":
            assert frames == [f"/video/embed/{site.by_key[article.key].number}"]
            status, _, player = fetch(demo, frames[0])
            assert status == 200 and "<video" in player
            local += 1
        elif plan.video:
            assert frames and frames[0].startswith("https://www.youtube.com/embed/")
            youtube += 1
        else:
            assert not frames
        pngs = content.xpath(".//img[contains(@data-src, '/infographic/') or "
                             "contains(@data-original, '/infographic/') or "
                             "contains(@data-lazy-src, '/infographic/')]")  # fmt: skip
        assert len(pngs) == (1 if plan.infographic_after is not None else 0)
        if pngs:
            infographics += 1
            holder = pngs[0].getparent()
            while holder.getparent() is not content:
                holder = holder.getparent()
            after = holder.getnext()
            assert after is None or "justify" in after.get("style", "") or after.tag != "p"
        related = document.xpath(
            "//div[@class='related-strip']//div[contains(@class, 'related-item')]"
        )
        assert len(related) == len(site.others(site.by_key[article.key], 4)) >= 2
        titles = {it.title for it in site.items}
        for cell in related:
            assert cell.xpath(".//img") and text_of(cell.xpath("p")[0]) in titles
    assert youtube >= 3 and local >= 1 and infographics >= 3


def test_pager_walks_every_listing_and_stops_at_its_end(demo, site):
    status, _, first = fetch(demo, "/tin-tuc")
    assert status == 200 and 'href="/tin-tuc/trang-2"' in first
    pages = -(-len(site.items) // ALL_PORTALS[PORTAL].page_size)
    status, _, last = fetch(demo, f"/tin-tuc/trang-{pages}")
    assert status == 200 and f"/tin-tuc/trang-{pages + 1}" not in last
    assert fetch(demo, f"/tin-tuc/trang-{pages + 1}")[0] == 404
    seen = set()
    for n in range(1, pages + 1):
        _, _, page = fetch(demo, site.listing_path(None, n))
        document = lxml.html.fromstring(page)
        seen |= set(document.xpath("//div[@class='news-list']//h3/a/@href"))
    assert seen == {site.article_path(it) for it in site.items}


def test_feeds_sitemap_and_a_stale_feed(demo, site):
    base = demo.base_url(PORTAL)
    _, _, robots = fetch(demo, "/robots.txt")
    assert f"Sitemap: {base}/sitemap.xml" in robots and "Disallow: /tim-kiem" in robots
    _, headers, sitemap = fetch(demo, "/sitemap.xml")
    locs = set(lxml.etree.fromstring(sitemap.encode()).xpath("//*[local-name()='loc']/text()"))
    assert {base + path for path in demo.sites.article_urls(PORTAL).values()} <= locs
    _, _, page = fetch(demo, "/rss")
    feeds = [link for link in site_links(base, "/rss", page) if link.endswith(".rss")]
    assert "/rss/tin-tuc.rss" in feeds and len(feeds) == 7
    assert fetch(demo, "/rss/thu-vien-anh.rss")[0] == 404
    _, _, feed = fetch(demo, "/rss/tin-tuc.rss")
    links = lxml.etree.fromstring(feed.encode()).xpath("//item/link/text()")
    assert links and all(link.removeprefix(base) in site.by_path for link in links)


def test_photo_albums_are_dated_grids_of_captioned_photos(demo, site):
    status, _, listing = fetch(demo, "/thu-vien-anh")
    assert status == 200
    for album, (title, _, captions) in zip(site.albums[::-1], ALBUMS, strict=True):
        assert site.album_path(album) in listing
        _, _, page = fetch(demo, site.album_path(album))
        document = lxml.html.fromstring(page)
        assert text_of(document.xpath("//h1")[0]) == title
        shown = [text_of(p) for p in document.xpath("//p[@class='album-photo__cap']")]
        assert shown == [f"{n}/{len(captions)} {c}" for n, c in enumerate(captions, 1)]


def test_gold_adds_gallery_captions_and_drops_alt_only_ones():
    served = {a.key: a for a in ARTICLES}
    more = fewer = credited = 0
    for key, gold in GOLD.items():
        assert gold.paragraphs == served[key].paragraphs
        assert (gold.author, gold.source) == (served[key].author, served[key].source)
        more += len(gold.images) > len(served[key].images)
        fewer += len(gold.images) < len(served[key].images)
        assert all(not image["caption"].startswith("Ảnh:") for image in gold.images)
        credited += any("Ảnh:" in image["caption"] for image in gold.images)
    assert more >= 5 and fewer >= 1 and credited >= 3
