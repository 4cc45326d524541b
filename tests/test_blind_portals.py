"""The generic crawl on CMS families nobody tuned it for: the "blind" demo portals.

Each of these portals (``dtcrawl/demo/cms/``: Drupal, DotNetNuke, WordPress, Joomla, Oracle
WebCenter, IBM WebSphere Portal, Liferay DXP 7, Plone, a home-grown PHP CMS whose long articles
are split over pages, an old classic-ASP site behind a <frameset>, a SharePoint 2013 news list
paged by cursor, a custom CMS full of crawler traps, a Next.js site with hashed class names
only, an ASP.NET 2.0 site of tables nested ten deep with Word-pasted text, and a mobile-first
Laravel site with collapsed bodies, AMP twins and short links; then a department on Umbraco
whose URLs keep their Vietnamese letters in several escapes, a PHP portal addressed by query
parameters alone, a Java/Struts portal with session ids in its links, a Wagtail site paged only
through <link rel="next">, a district's sub-site on its province's shared host, and an ASP.NET
MVC department with its byline above the text, its date below and lists in its bodies, a
Vietnamese and English portal, a Spring site whose listings go on through HTML fragments, a
district whose news stands among legal documents and notices, a portal of card anchors, an old
portal whose lists and articles are in an <iframe> of its frame page, a department whose
article links all go through a click counter, a newspaper-like portal with readers' comments, a
portal that posts articles in two sections, one with titles in capitals after a bracketed
section name, one whose article pages show no date, only its listings, one that renders the
next article under each; then a district whose editors paste from PDF and Word, a newspaper
with E-magazine long reads, a department behind a firewall that sets a cookie on the first
visit and refuses clients that ask too fast, a department whose editor writes bodies as lines
broken by <br> with no paragraphs, a province that publishes in Vietnamese, H'Mông and Dao, and
a radio and television station whose stories are reports under a player, a vendor's site whose
listings go on only through JSON, an ASP.NET portal whose lists page only by posting the form
back, a district whose articles are dated only below their text, a theme that prints every
block twice for desktops and phones, an old portal whose lists link their items only through
"Xem chi tiết", a district whose editors paste photos inline as base64, a department paged by a
<select> jump menu, a theme whose <h1> and <title> are the portal's name; then a single-page
application whose pages are one app shell with the article only in its inline JSON state, a
province whose vendors' templates date an article in many shapes (a 12-hour clock, UTC, after
its edit date), a SharePoint publishing portal whose articles sit in date folders under cut
slugs and whose pager's arrows are images, a newspaper-like portal whose teaser lists repeat
every article's first paragraph on many pages, a province whose news categories are hub pages
of sub-section boxes reached through a mega-menu and an image map, with articles cross-listed
under a second address, and a vendor's portal whose listings stop after two pages, its older
news reached through monthly archives, "Các tin đã đưa" lists and a calendar of day pages for
every day of four years, a NukeViet 4 portal in a theme shop's theme whose lead stands apart
from its text and whose author is either under the title or the text's last line, and a
district's FrontPage-era site of static .htm files with relative links, an image-map menu and
older listing pages in windows-1258, and a province whose article pages show only the text's
first paragraphs, the rest loaded under a "Xem tiếp" button from an HTML fragment, and a home-
grown ASP.NET portal behind a misconfigured proxy whose HTTP headers misstate types and
charsets, gzip unasked, fail once, cut pages and redirect through relative, spaced and chained
Locations, and a sloppy PHP portal whose pager never ends, whose boxes link with a new cache-
busting token at every render and whose relative links nest listings without end, and a
department's WordPress site in a block theme whose posts share the pages' /<slug>/ addresses,
whose bodies are Gutenberg blocks under a reading time and over plugins' boxes, dated on the
page by the day only and in Yoast's UTC metadata, and a province whose editorial teams sign
each article their own way (the author under the date, in the meta line or typed as the text's
last line, "Theo" and "Nguồn:" sources, photographers' and editors' lines that name no author),
and a vendor's ASP.NET Core Razor Pages portal whose section lists show their first items and
load the rest only while the reader scrolls, from HTML partials named in data- attributes, and a
local vendor's PHP portal whose page heads lie (canonical links to the home page, a listing or
a staging host, one <title> for many articles, the previous article's Open Graph, JSON-LD and
published times dated wrong) while its pages read right, a district on an old PHP CMS copied
from Joomla's page-break plugin, whose long articles are cut into parts at addresses of their
own, each a full page under a "Mục lục bài viết" box and over a pager like its listings', the
byline on the last part only, a province whose newsroom lists live coverage, entries newest
first under their times, and interviews of prefixed questions and answers among its articles,
under a lunar-dated header, a headless CMS's Nuxt portal whose lists show their six newest
items and go on only through a JSON API that robots.txt disallows, its older articles reached
only through the sitemaps robots.txt names (an index of monthly files, some gzipped, and a
Google News sitemap, some entries spelled with https, www., a trailing slash or utm
parameters), a photo-heavy PHP portal whose photos are lazy-loaded over placeholder GIFs with
<noscript> twins, captioned each editor's way (figcaption, a table's second row, a line after
the photo, or only the alt) with photographers' credits in or under the captions, galleries
with "1/5" counters, infographics without captions and video iframes in the text, a
department's PHP site whose staff post short notices and brief news of a sentence or two among
its articles, their files listed under the text, beside dated pages of documents and weekly
schedules that are no news, a vendor's portal whose script writes every date in the reader's
browser, its pages holding the moment only in empty elements' data attributes (Unix seconds,
ISO), a script's milliseconds or an empty <time datetime>, a province on a vendor's AMP-first
theme whose pictures are <amp-img>, galleries <amp-carousel> slides, dates <amp-timeago>
phrases over UTC times and its "Tin mới" an <amp-list> of a JSON API, a province's PHP portal
served through Cloudflare's page rewrites, every e-mail address in its bylines, notices and
footer hidden behind /cdn-cgi/l/email-protection codes, a province whose article pages are
tabs, the text's pane shown and those of related documents, a photo album and readers' comments
hidden, the text's rest collapsed under "Xem thêm" and a "Hỏi - Đáp" accordion in some texts,
and a district on an old ASP.NET CMS whose staff paste their articles from Word 2003, 2010 and
2016 as they are (MsoNormal runs, list markers between conditional comments, smart tags, VML
pictures, Heading 1 <h1>s, tables and footnotes in the text, the author typed above the
footnotes)) was
written from what the real CMS family serves, by someone who did not look at the crawler or the
cleaner; they are not part of the default demo. The crawl starts from the site's root URL
alone, as an operator's first registry entry would (no sections, feeds, sitemaps, patterns or
CMS name), and the archive must hold every article of the portal once, with its own fields, and
no listing page.
"""

from __future__ import annotations

import importlib
import json
import sqlite3
from collections import Counter
from urllib.parse import urlsplit

import pytest
import yaml
from conftest import crawl_args, root_registry, run_dtcrawl

from dtcrawl.bench.synthetic import CATEGORIES, demo_corpus
from dtcrawl.demo.portals import ALL_PORTALS, CUSTOM_REGISTRY_FAMILIES, PORTALS
from dtcrawl.demo.server import DemoPortals
from dtcrawl.demo.site import FAMILIES
from dtcrawl.storage import FOREIGN_PAGE, GONE, MEDIA_PAGE, NO_TEXT
from dtcrawl.text import normalize, normalize_line
from dtcrawl.urls import url_key

BLIND = [
    "sokhcn-bachson",
    "bachthuy",
    "xa-thanhvan",
    "huyen-tankhe",
    "bachngoc",
    "bachlong",
    "stttt-lacha",
    "ttkhcn-thachvan",
    "huyen-dongxuyen",
    "huyen-vinhkhe",
    "skhdt-songmai",
    "phonglac",
    "linhhai",
    "snnptnt-camdien",
    "cds-tanngan",
    "sokhcn-phuonglam",
    "vantrach",
    "kylam",
    "cds-bichgiang",
    "huyen-anthuy",
    "skhcn-quanghac",
    "sokhcn-ngoctra",
    "vonghai",
    "huyen-donglu",
    "hongdien",
    "stttt-kimthach",
    "stttt-thuylam",
    "maiha",
    "thachlinh",
    "hakhe",
    "huyen-vancu",
    "holam",
    "huyen-kimsa",
    "baolocxuyen",
    "skhcn-quelam",
    "snv-mocgiang",
    "caophin",
    "ptth-caovan",
    "vankhe",
    "stp-lungha",
    "huyen-khetruc",
    "nganhuong",
    "sct-sonquynh",
    "huyen-locmai",
    "stc-damai",
    "nganson",
    "truyenthong-suongnguyen",
    "donglam",
    "stttt-lieuson",
    "sxd-kieuson",
    "phukhe",
    "dongngoc",
    "hanhlang",
    "thanhnguyen",
    "bichson",
    "tanthuy",
    "vinhdan",
    "honglac",
    "ngoclinh",
    "camkhe",
    "kimdan",
    "nganthuy",
    "lacvan",
    "vanlinh",
    "xuanlung",
    "bichkhe",
    "ngocdong",
    "huyen-mylam",
    "phuonghai",
    "hoanglam",
    "sonca",
    "sotttt-tralam",
    "camluong",
    "tanhai",
    "sonlam",
    "hoaxuyen",
    "huyen-laclong",
]
# Articles whose page is over DOWNLOAD_MAXSIZE (8 MB: photos pasted inline as base64): not
# archived, recorded with the reason.
TOO_LARGE = {"huyen-locmai": {"huyen-locmai-bench-7"}}
BUSY_STATUSES = {429, 503}
# Sub-sites of a shared host: their root is their home's path.
START_PATHS = {"huyen-anthuy": "/huyen-an-thuy/"}
# Portals whose pages show an article's day but not its time ("Ngày cập nhật: 17/12/2021").
DAY_ONLY = {"huyen-vinhkhe"}
ARTICLES = 40


def _gold(corpus):
    """The articles as their family's gold has them: the corpus, or the family's own reading of
    it (``gold_corpus``: fckbr adds its sub-headings and list lines to the bodies, datebottom
    paragraphs citing other dates and unsigned letters, richbody headings, list items and
    table rows)."""
    (portal_id,) = corpus
    family = importlib.import_module(f"dtcrawl.demo.cms.{ALL_PORTALS[portal_id].cms}")
    return family.gold_corpus(corpus) if hasattr(family, "gold_corpus") else corpus


@pytest.fixture(scope="module", params=BLIND)
def blind_crawl(request, tmp_path_factory):
    portal_id = request.param
    corpus = demo_corpus(ARTICLES, portal_id)
    folder = tmp_path_factory.mktemp(portal_id)
    with DemoPortals(port=0, corpus=corpus, portal_ids=[portal_id]) as portals:
        base = portals.base_url(portal_id)
        start = START_PATHS.get(portal_id, "/")
        registry = root_registry(folder / "portals.yaml", portal_id, base, start)
        db = folder / "archive.db"
        run_dtcrawl(*crawl_args(db, registry, portal_id))
        site = portals.sites.site(portal_id)
        # Where an article may be kept: its own address, or another the site links it under.
        paths = {
            it.key: [site.article_path(it), *site.article_aliases(it)]
            for it in site.items
            if it.kind == "article"
        }
        # Pages read: answers other than a firewall front's (skhcn-quelam's): "ask again later"
        # (429, 503) and its cookie challenge (a 302 to the same address, which the first
        # requests, sent at once, all get).
        front = BUSY_STATUSES | {302} if hasattr(site, "front") else set()
        fetched = Counter(
            path
            for _, verb, path, status in portals.answers
            if verb == "GET" and status not in front
        )
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    rows = {}
    for article in corpus[portal_id]:
        keys = [url_key(base + path) for path in paths[article.key]]
        found = conn.execute(
            "SELECT DISTINCT a.* FROM article_urls u JOIN articles a ON a.id = u.article_id "
            f"WHERE u.url_key IN ({', '.join('?' * len(keys))})",
            keys,
        ).fetchall()
        assert len(found) <= 1, f"{article.key}: its addresses are {len(found)} rows"
        rows[article.key] = found[0] if found else None
    yield {
        "portal": portal_id,
        "gold": _gold(corpus)[portal_id],
        "rows": rows,
        "all": conn.execute("SELECT * FROM articles").fetchall(),
        "errors": conn.execute("SELECT url, reason FROM fetch_errors").fetchall(),
        "fetched": fetched,
    }
    conn.close()


@pytest.mark.parametrize("portal_id", BLIND)
def test_blind_portal_is_defined_apart_from_the_default_demo_and_gives_no_cms_hint(portal_id):
    portal = ALL_PORTALS[portal_id]
    assert portal_id not in PORTALS
    assert portal.cms in FAMILIES and portal.cms in CUSTOM_REGISTRY_FAMILIES
    assert portal.registry_cms == "custom"
    assert {s.name for s in portal.sections} == set(CATEGORIES)
    others = [p for p in ALL_PORTALS.values() if p.id != portal_id]
    assert portal.host not in {p.host for p in others}
    assert portal.province not in {p.province for p in others}


def test_every_blind_family_is_tested_blind():
    families = {ALL_PORTALS[p].cms for p in BLIND}
    assert len(families) == len(BLIND)
    assert {p.cms for p in ALL_PORTALS.values() if p.id not in PORTALS} <= families | {"faulty"}


def test_every_article_is_archived_once_with_its_own_fields(blind_crawl):
    too_large = TOO_LARGE.get(blind_crawl["portal"], set())
    rows = {key: row for key, row in blind_crawl["rows"].items() if key not in too_large}
    missing = [key for key, row in rows.items() if row is None]
    assert not missing, f"{blind_crawl['portal']}: not archived: {missing}"
    assert len({row["id"] for row in rows.values()}) == len(rows)
    assert all(blind_crawl["rows"][key] is None for key in too_large)
    if too_large:
        reasons = [reason for _, reason in blind_crawl["errors"]]
        assert any("larger than download max size" in reason for reason in reasons), reasons
    for gold in blind_crawl["gold"]:
        if gold.key in too_large:
            continue
        row = rows[gold.key]
        assert row["body"] == normalize(gold.body), gold.key
        assert row["title"] == normalize_line(gold.title), gold.key
        shown = 10 if blind_crawl["portal"] in DAY_ONLY else 16
        assert row["published_at"][:shown] == gold.published_iso[:shown], gold.key
        assert row["author"] == gold.author, gold.key
        assert row["source"] == gold.source, gold.key
        assert yaml.safe_load(row["captions"]) == [
            normalize_line(image["caption"]) for image in gold.images
        ], gold.key


# Pages stored beside the articles: the district's twelve dated notices ("Thông báo"), the
# short ones as short notices, which its family's gold leaves out. Plone's event pages ("Sự
# kiện") are not: each offers its own iCalendar entry.
OTHER_ROWS = {"huyen-donglu": 12}


def test_only_articles_are_archived(blind_crawl):
    # Listing, tag and section pages are never stored, nor the portal's own pages of text
    # without a date ("Giới thiệu chung" in a sitemap, a menu or a box of the home page). An
    # event page that is stored holds text of its own, not the teasers of several articles.
    ids = {row["id"] for row in blind_crawl["rows"].values() if row is not None}
    others = [row for row in blind_crawl["all"] if row["id"] not in ids]
    leads = [normalize_line(gold.paragraphs[0])[:60] for gold in blind_crawl["gold"]]
    for row in others:
        teasers = [lead for lead in leads if lead in normalize_line(row["body"])]
        assert len(teasers) <= 1, (row["url"], teasers)
        assert row["published_at"] is not None, row["url"]
    allowed = OTHER_ROWS.get(blind_crawl["portal"], 0)
    assert len(others) <= allowed, [row["url"] for row in others]


def test_the_crawl_stays_on_the_portal_and_reads_each_page_once(blind_crawl):
    reasons = [reason for _, reason in blind_crawl["errors"]]
    # Banners and share buttons that redirect to other sites are not followed; feeds linked
    # like pages are read as feeds; documents served as what they are (DotNetNuke's
    # "LinkClick.aspx?fileticket=" PDFs) are skipped, not recorded as broken pages.
    assert not [r for r in reasons if "DNS" in r or "not HTML" in r], reasons
    assert max(blind_crawl["fetched"].values()) <= 2
    # Calendars, tag clouds, search links and session-id copies of the site are not walked:
    # the crawl reads listings and their articles (WebSphere's per-page state URLs cost the
    # most, about four fetches an article).
    assert sum(blind_crawl["fetched"].values()) <= 6 * ARTICLES, blind_crawl["fetched"]


def test_reextraction_keeps_articles_split_over_pages(tmp_path):
    # Re-extraction reads an article's further pages from their own captures: with only its
    # first page it would have replaced the stored text by a third of it.
    portal_id = "huyen-dongxuyen"
    corpus = demo_corpus(20, portal_id)
    with DemoPortals(port=0, corpus=corpus, portal_ids=[portal_id]) as portals:
        registry = root_registry(tmp_path / "portals.yaml", portal_id, portals.base_url(portal_id))
        db = tmp_path / "archive.db"
        run_dtcrawl(*crawl_args(db, registry, portal_id))
    conn = sqlite3.connect(db)
    before = dict(conn.execute("SELECT url, body FROM articles"))
    split = [gold for gold in corpus[portal_id] if len(gold.paragraphs) > 5]
    assert split and len(before) == len(corpus[portal_id])
    assert sorted(before.values()) == sorted(normalize(gold.body) for gold in corpus[portal_id])
    # The article's capture is a first page of it (under one of its addresses), marked "article".
    assert conn.execute(
        "SELECT count(*) FROM articles a JOIN captures c ON c.id = a.capture_id "
        "WHERE c.url_key IN (SELECT u.url_key FROM article_urls u WHERE u.article_id = a.id) "
        "AND c.role = 'article'"
    ).fetchone() == (len(before),)
    conn.close()
    result = run_dtcrawl("reextract", "--db", str(db), "--portals", str(registry))
    (counts,) = [line.split() for line in result.stdout.splitlines() if line.startswith(portal_id)]
    # portal, new, updated, unchanged, duplicate, skipped, failed
    assert counts[1:] == ["0", "0", str(len(before)), "0", "0", "0"], result.stdout
    conn = sqlite3.connect(db)
    assert dict(conn.execute("SELECT url, body FROM articles")) == before
    conn.close()


def test_pages_without_text_are_not_fetched_again_nor_a_changed_layout(tmp_path):
    # A Nuxt portal's tag pages, skeletons its script fills, give no article text at every run:
    # the second run reads them again (a page empty once may have been a server's slip), later
    # runs leave them until their re-check is due, and `dtcrawl health` sees no problem. (A
    # district's "Thông báo" of two dated lines is a short notice, stored as news.)
    portal_id = "hoanglam"
    with DemoPortals(port=0, corpus=demo_corpus(20, portal_id), portal_ids=[portal_id]) as portals:
        base = portals.base_url(portal_id)
        registry = root_registry(tmp_path / "portals.yaml", portal_id, base)
        db = tmp_path / "archive.db"
        run_dtcrawl(*crawl_args(db, registry, portal_id))
        run_dtcrawl(*crawl_args(db, registry, portal_id))
        portals.clear_requests()
        run_dtcrawl(*crawl_args(db, registry, portal_id))
        again = {base + path for _, verb, path, _ in portals.requests if verb == "GET"}
        # Their re-check due (every page, at once): fetched, recorded, and still no alarm.
        due = ("--set", "DTCRAWL_RECHECK_DAYS=0")
        run_dtcrawl(*crawl_args(db, registry, *due, portal_id))
    conn = sqlite3.connect(db)
    runs = [run for (run,) in conn.execute("SELECT id FROM crawl_runs ORDER BY id")]
    without_text = [
        {url for (url,) in conn.execute(
            "SELECT url FROM fetch_errors WHERE run_id = ? AND reason LIKE 'no article%'", (run,)
        )}
        for run in runs
    ]  # fmt: skip
    conn.close()
    assert any("/tag/" in url for url in without_text[0])
    assert without_text[0] & without_text[1]  # read again once
    assert not (without_text[0] & without_text[1]) & again
    assert not without_text[0] & without_text[1] & without_text[2]
    assert any("/tag/" in url for url in without_text[3])  # re-checked
    health = run_dtcrawl("health", "--db", str(db), check=False)
    assert "extraction" not in health.stdout, health.stdout  # (four runs, nothing new: "silent")


def test_a_portal_that_answers_busy_is_given_the_time_it_asks_for(tmp_path):
    # skhcn-quelam's front (dtcrawl/demo/cms/ratelimit.py): a first visit is redirected to
    # itself with a cookie that every later request must carry; past a burst of requests at
    # once and a few a second, a client gets 429 with Retry-After, and 503 for every request it
    # makes while refused (each one keeping it refused longer). Scrapy's retries alone (at once,
    # twice) archived 10 of 40 articles; without cookies, none. The front is made stricter than
    # its default (16 at once, 8 a second), so that a crawl on a loaded machine meets it too.
    portal_id = "skhcn-quelam"
    with DemoPortals(port=0, corpus=demo_corpus(20, portal_id), portal_ids=[portal_id]) as portals:
        front = portals.sites.site(portal_id).front
        front.burst, front.rate = 8, 6.0
        base = portals.base_url(portal_id)
        registry = root_registry(tmp_path / "portals.yaml", portal_id, base)
        db = tmp_path / "archive.db"
        run_dtcrawl(*crawl_args(db, registry, portal_id))
        answers = list(portals.answers)
        cookies = [headers.get("Cookie", "") for *_, headers in portals.requests]
    statuses = Counter(status for *_, status in answers)
    assert statuses[429] >= 1, statuses  # the front was reached: the test tests something
    # Only the first requests, sent at once before an answer set the cookie, go without it
    # (the server's threads may log a redirected request before another of the first ones).
    without = [index for index, cookie in enumerate(cookies) if "TS01a2b3c4=" not in cookie]
    assert statuses[302] >= 1 and 1 <= len(without) <= 3 and max(without) < 6, without
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (20,)
    reasons = [reason for (reason,) in conn.execute("SELECT reason FROM fetch_errors")]
    assert not [reason for reason in reasons if "429" in reason or "503" in reason], reasons
    # Its deleted stories, still listed, answer 200 with "Bài viết không tồn tại hoặc đã bị gỡ
    # bỏ": recorded as gone, not as pages the cleaner could not read.
    deleted = [page for page in ALL_PORTALS[portal_id].broken if page.kind == "deleted"]
    assert reasons.count(GONE) == len(deleted) and NO_TEXT not in reasons, reasons
    (stats,) = conn.execute("SELECT stats FROM crawl_runs").fetchone()
    counts = json.loads(stats)[portal_id]
    assert counts["gone_pages"] == len(deleted) and "extraction_failures" not in counts, counts
    conn.close()
    # After a refusal the crawl waited as asked instead of asking again at once: busy answers
    # are those of the requests already under way when the front refused the first (8 at a
    # time here), not most of them (Scrapy's retries alone: 26 of 43 answers at 20 articles).
    busy = sum(statuses[status] for status in BUSY_STATUSES)
    assert busy <= len(answers) // 4, statuses


def test_pages_not_stored_as_news_wait_for_their_recheck(tmp_path):
    # A bilingual portal's English pages (its sitemap lists them all) are read, found not to be
    # Vietnamese news, and recorded with that reason; the next run leaves them, as it leaves
    # stored articles, until their re-check is due. They were fetched again at every run.
    portal_id = "vonghai"
    with DemoPortals(port=0, corpus=demo_corpus(20, portal_id), portal_ids=[portal_id]) as portals:
        registry = root_registry(tmp_path / "portals.yaml", portal_id, portals.base_url(portal_id))
        db = tmp_path / "archive.db"
        english = []
        for extra in ((), (), ("--set", "DTCRAWL_RECHECK_DAYS=0")):
            portals.clear_requests()
            run_dtcrawl(*crawl_args(db, registry, *extra, portal_id))
            english.append(
                {path for path in portals.fetched_paths(portal_id) if "/en/news/" in path}
            )
    conn = sqlite3.connect(db)
    recorded = {
        urlsplit(url).path
        for (url,) in conn.execute("SELECT url FROM fetch_errors WHERE reason = ?", (FOREIGN_PAGE,))
    }
    assert conn.execute("SELECT count(*) FROM articles").fetchone() == (20,)
    conn.close()
    assert len(english[0]) >= 10 and len(recorded) >= len(english[0]) - 2
    # Left until their re-check (one of them, linked from the home page as a section is, is
    # read for its links at every run, as sections are).
    assert len(english[1]) <= 1, english[1]
    assert english[2] >= english[0] - {"/en/news"}  # due: read again


def test_video_gallery_and_infographic_pages_are_no_failures(tmp_path):
    # dongngoc's listings mix its text articles with videos, photo stories and infographics
    # (dtcrawl/demo/cms/mediamix.py): pages with no news text, recorded as such, not counted
    # as extraction failures (a changed layout, for `dtcrawl health`), and not fetched again
    # at the next run.
    portal_id = "dongngoc"
    with DemoPortals(port=0, corpus=demo_corpus(40, portal_id), portal_ids=[portal_id]) as portals:
        registry = root_registry(tmp_path / "portals.yaml", portal_id, portals.base_url(portal_id))
        db = tmp_path / "archive.db"
        run_dtcrawl(*crawl_args(db, registry, portal_id))
        portals.clear_requests()
        run_dtcrawl(*crawl_args(db, registry, portal_id))
        again = [
            path for path in portals.fetched_paths(portal_id) if "-v3" in path or "/anh/" in path
        ]
    conn = sqlite3.connect(db)
    reasons = Counter(reason for (reason,) in conn.execute("SELECT reason FROM fetch_errors"))
    (stats,) = conn.execute("SELECT stats FROM crawl_runs ORDER BY id LIMIT 1").fetchone()
    conn.close()
    assert reasons == {MEDIA_PAGE: 12}, reasons
    counts = json.loads(stats)[portal_id]
    assert counts.get("media_pages") == 12 and not counts.get("extraction_failures"), counts
    assert again == []
    health = run_dtcrawl("health", "--db", str(db), check=False)
    assert "extraction" not in health.stdout, health.stdout
