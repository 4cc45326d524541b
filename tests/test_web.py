"""The archive in Datasette, over HTTP: search, pages, feeds, read-only-ness.

A real ``datasette serve`` (the command ``dtcrawl serve`` runs) serves a small
Vietnamese test archive (:mod:`web_fixtures`).
"""

from __future__ import annotations

import csv
import io
import json
import re
import socket
import sqlite3
import subprocess
import sys
import urllib.parse
import xml.etree.ElementTree as ET

import pytest
from web_fixtures import (
    ARTICLES,
    Server,
    article_body,
    build_test_archive,
    free_port,
    load_plugin,
    running_datasette,
    wait_until_serving,
)

from dtcrawl.serve import datasette_command, metadata_for
from dtcrawl.text import fold

ATOM = "{http://www.w3.org/2005/Atom}"
DB = "dtnews"


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    """The test archive's path and its article ids by key."""
    path = tmp_path_factory.mktemp("web") / f"{DB}.db"
    return path, build_test_archive(path)


@pytest.fixture(scope="module")
def ids(archive):
    return archive[1]


@pytest.fixture(scope="module")
def server(archive):
    with running_datasette(archive[0]) as running:
        yield running


def q(value: str) -> str:
    return urllib.parse.quote_plus(value)


def table_search_ids(server, query: str, extra: str = "", db: str = DB) -> set[int]:
    path = f"/{db}/articles.json?_search={q(query)}&_col=id&_shape=array&_size=max{extra}"
    rows = server.json(path)
    return {row["id"] for row in rows}


def page_ids(server, path: str) -> list[int]:
    status, _, body = server.get(path)
    assert status == 200, body[:500]
    return [int(i) for i in re.findall(r'data-id="(\d+)"', body.decode())]


def all_page_ids(server, path: str) -> list[int]:
    """Ids of every result of a search page, following its pages."""
    _, _, body = server.get(path)
    total = int(re.search(r'id="result-count"><strong>(\d+)</strong>', body.decode())[1])
    found: list[int] = []
    for number in range(1, total // 20 + 2):
        found += page_ids(server, f"{path}&page={number}")
    assert len(found) == total
    return found


def by_key(ids, *keys) -> set[int]:
    return {ids[k] for k in keys}


def mentions_cds(article: dict) -> bool:
    text = fold(article["title"] + " " + article_body(article))
    return "chuyen doi so" in text or re.search(r"\bcds\b", text) is not None


SAME_QUERIES = ["chuyen doi so", "chuyển đổi số", "CHUYỂN ĐỔI SỐ", "chuyển đổi sô", "CĐS", "cds"]


def test_table_search_ignores_diacritics_case_and_abbreviation(server, ids):
    expected = {ids[a["key"]] for a in ARTICLES if mentions_cds(a)}
    assert len(expected) >= 8
    for query in SAME_QUERIES:
        assert table_search_ids(server, query) == expected, query


def test_column_and_raw_table_search_are_folded(server, ids):
    in_titles = {ids[a["key"]] for a in ARTICLES if "chuyen doi so" in fold(a["title"])}
    assert in_titles
    found = server.json(
        f"/{DB}/articles.json?_search_title={q('CHUYỂN ĐỔI SỐ')}&_col=id&_shape=array"
    )
    assert {r["id"] for r in found} == in_titles
    raw = 'IOC OR "Đề án 06"'
    found = server.json(
        f"/{DB}/articles.json?_search={q(raw)}&_searchmode=raw&_col=id&_shape=array"
    )
    assert {r["id"] for r in found} == by_key(ids, "hs-ioc", "hs-ioc-repost", "tp-de-an-06")


def test_search_page_finds_the_same_articles(server, ids):
    expected = {ids[a["key"]] for a in ARTICLES if mentions_cds(a)}
    for query in SAME_QUERIES:
        found = page_ids(server, f"/-/search?q={q(query)}&offtopic=1&dups=1")
        assert set(found) == expected, query
        assert len(found) == len(set(found))


def test_search_page_hides_offtopic_and_duplicates_by_default(server, ids):
    status, _, body = server.get(f"/-/search?q={q('chuyen doi so')}")
    html = body.decode()
    found = set(page_ids(server, f"/-/search?q={q('chuyen doi so')}"))
    assert ids["lg-doisothanhchu"] not in found  # off-topic: number-to-words
    assert ids["sokhcn-hoinghi"] not in found and ids["hs-ioc-repost"] not in found
    assert ids["lg-hoinghi"] in found
    assert "Đã ẩn 1 tin không về chuyển đổi số" in html
    assert "Đã ẩn 2 bản đăng lại" in html
    # the story lists the other portal that carried it
    item = html.split(f'data-id="{ids["lg-hoinghi"]}"')[1].split("</li>")[0]
    assert f'href="/-/article/{ids["sokhcn-hoinghi"]}"' in item and "sokhcn-lamgiang" in item


def test_search_page_highlights_the_accented_original(server, ids):
    _, _, body = server.get(f"/-/search?q={q('chuyen doi so')}&offtopic=1&dups=1")
    html = body.decode()
    assert "<mark>chuyển đổi số</mark>" in html
    assert "<mark>Chuyển đổi số</mark>" in html
    assert "<mark>CĐS</mark>" in html
    assert "chuyen doi so</mark>" not in html  # never the folded text


def test_phrase_search(server, ids):
    phrase = page_ids(server, f"/-/search?q={q(chr(34) + 'hồ sơ trực tuyến' + chr(34))}")
    words = page_ids(server, f"/-/search?q={q('ho so truc tuyen')}")
    assert set(phrase) == by_key(ids, "nt-motcua")
    assert set(words) == by_key(ids, "nt-motcua", "nt-dvctt")
    quoted = '"dịch vụ công trực tuyến"'
    assert set(page_ids(server, f"/-/search?q={q(quoted)}")) == by_key(ids, "nt-dvctt", "hs-ioc")
    # the table view shows every copy, the search page one per story
    assert table_search_ids(server, quoted) == by_key(ids, "nt-dvctt", "hs-ioc", "hs-ioc-repost")


def test_abbreviation_and_document_number_search(server, ids):
    assert table_search_ids(server, "IOC") == by_key(ids, "hs-ioc", "hs-ioc-repost")
    assert set(page_ids(server, f"/-/search?q={q('749/qd-ttg')}")) == by_key(
        ids, "lg-hoinghi", "nt-dvctt"
    )


def test_search_filters_and_order(server, ids):
    base = f"/-/search?q={q('chuyen doi so')}"
    nam_thanh = page_ids(server, base + "&province=" + q("Nam Thành"))
    assert set(nam_thanh) == by_key(ids, "nt-dvctt")
    assert set(page_ids(server, base + "&portal=hoason")) == by_key(ids, "hs-ioc", "hs-script")
    assert set(page_ids(server, base + "&year=2025")) == by_key(
        ids, "nt-dvctt", "hs-script", "lg-dothi"
    )
    ranged = page_ids(server, base + "&since=2024-03-01&until=2024-10-31")
    assert set(ranged) == by_key(ids, "lg-hoinghi", "hs-ioc")
    newest = page_ids(server, base + "&sort=newest")
    dates = {ids[a["key"]]: a["published_at"] for a in ARTICLES}
    assert [dates[i] for i in newest] == sorted((dates[i] for i in newest), reverse=True)


def test_best_match_weighs_title_above_body(server, ids):
    # "dịch vụ công" is in two titles and only in the body of three other articles
    found = page_ids(server, f"/-/search?q={q('dich vu cong')}")
    assert set(found[:2]) == by_key(ids, "nt-dvctt", "hs-script")
    assert set(found[2:]) == by_key(ids, "hs-ioc", "nt-motcua", "lg-hoinghi")
    # equal ranks (no title match): newest first
    dates = {ids[a["key"]]: a["published_at"] for a in ARTICLES}
    assert [dates[i] for i in found[2:]] == sorted((dates[i] for i in found[2:]), reverse=True)


def test_title_rank_counts_the_query_phrases_in_the_title():
    # three places: "Chuyển đổi số", "CĐS" (the same phrase) and "Tân Lộc"
    assert search.title_rank("Chuyển đổi số (CĐS) ở xã Tân Lộc", "cds tan loc") == -3
    assert search.title_rank("Dịch vụ công trực tuyến", "dich vu cong") == -1
    assert search.title_rank(None, "dich vu cong") == 0


def test_search_as_json_csv_and_atom(server, ids):
    args = f"q={q('chuyển đổi số')}&province={q('Lam Giang')}"
    rows = server.json(f"/{DB}/search.json?{args}&_shape=array")
    assert {r["id"] for r in rows} == by_key(ids, "lg-hoinghi", "lg-dothi")
    assert all("chuyển đổi số" in r["snippet"].lower() for r in rows)

    status, headers, body = server.get(f"/{DB}/search.csv?{args}")
    assert status == 200 and headers["content-type"].startswith("text/plain")
    table = list(csv.DictReader(io.StringIO(body.decode("utf-8"))))
    assert {int(r["id"]) for r in table} == by_key(ids, "lg-hoinghi", "lg-dothi")

    status, headers, body = server.get(f"/{DB}/search.atom?{args}&sort=newest")
    assert status == 200 and headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(body)
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        "Đề án đô thị thông minh thành phố Lam Giang giai đoạn 2025–2030",
        "Lam Giang đẩy mạnh chuyển đổi số trong cơ quan nhà nước",
    ]
    first = entries[0]
    assert first.findtext(f"{ATOM}id") == ARTICLES[9]["url"]
    assert first.findtext(f"{ATOM}updated") == "2025-03-18T09:30:00+07:00"
    links = {link.get("rel"): link.get("href") for link in first.findall(f"{ATOM}link")}
    assert links["alternate"] == f"{server.url}/-/article/{ids['lg-dothi']}"
    assert links["related"] == ARTICLES[9]["url"]
    assert "Lam Giang" in [c.get("term") for c in first.findall(f"{ATOM}category")]


def test_table_search_as_atom(server, ids):
    status, _, body = server.get(f"/{DB}/articles.atom?_search=IOC&portal=hoason")
    assert status == 200
    titles = {e.findtext(f"{ATOM}title") for e in ET.fromstring(body).findall(f"{ATOM}entry")}
    assert titles == {ARTICLES[2]["title"], ARTICLES[10]["title"]}


def test_canned_queries(server, ids):
    rows = server.json(f"/{DB}/citing_document.json?key={q('749/qđ-ttg')}&_shape=array")
    assert {r["id"] for r in rows} == by_key(ids, "lg-hoinghi", "nt-dvctt")
    rows = server.json(f"/{DB}/latest_by_province.json?province={q('Hòa Sơn')}&_shape=array")
    assert [r["id"] for r in rows] == [ids["hs-script"], ids["hs-ioc"]]
    rows = server.json(f"/{DB}/multi_portal_stories.json?_shape=array")
    assert [(r["id"], r["portals"]) for r in rows] == [(ids["lg-hoinghi"], 2)]
    rows = server.json(f"/{DB}/monthly_counts.json?_shape=array")
    assert {"month": "2024-10", "province": "Hòa Sơn", "stories": 1, "articles": 2} in rows
    status, _, _ = server.get(f"/{DB}/latest_by_province.atom?province=")
    assert status == 200
    status, _, _ = server.get(f"/{DB}/monthly_counts.atom")
    assert status == 404  # counts are not articles: no feed


def test_article_page_escapes_text_and_links_everything(server, ids):
    status, _, body = server.get(f"/-/article/{ids['hs-script']}")
    html = body.decode()
    assert status == 200
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Cảnh báo mã độc &lt;script&gt; giả mạo" in html
    assert html.count('<div class="dt-body">') == 1
    assert html.split('<div class="dt-body">')[1].split("</div>")[0].count("<p>") == 2

    _, _, body = server.get(f"/-/article/{ids['lg-hoinghi']}")
    html = body.decode()
    assert f'href="{ARTICLES[0]["url"]}"' in html and 'id="original-link"' in html
    assert "Nguồn: Sở Khoa học và Công nghệ" in html and "Minh Châu" in html
    copies = html.split('id="copies"')[1].split("</section>")[0]
    assert f"/-/article/{ids['sokhcn-hoinghi']}" in copies
    refs = html.split('id="legal-refs"')[1].split("</section>")[0]
    assert "749/QĐ-TTg" in refs and "citing_document?key=" in refs

    _, _, body = server.get(f"/-/article/{ids['nt-dvctt']}")
    indicators = body.decode().split('id="indicators"')[1].split("</section>")[0]
    assert "dvctt_toan_trinh" in indicators and "85.0" in indicators

    assert server.get("/-/article/999999")[0] == 404
    assert server.get("/-/article/abc")[0] == 404


def test_home_page(server, archive):
    status, _, body = server.get("/")
    html = body.decode()
    assert status == 200
    assert 'action="/-/search"' in html and 'name="q"' in html
    relevant_stories = sum(1 for a in ARTICLES if a["relevant"] and not a.get("duplicate_of"))
    figures = re.sub(r"\s+", " ", html.split('id="figures"')[1].split("</p>")[0])
    assert f"<strong>{relevant_stories}</strong> tin về chuyển đổi số" in figures
    assert "<strong>4</strong> tỉnh" in figures
    last_run = sqlite3.connect(archive[0]).execute("select max(finished_at) from crawl_runs")
    finished = last_run.fetchone()[0]
    assert finished[:16].replace("T", " ") in html.split('id="last-run"')[1].split("</p>")[0]
    health = html.split('id="portal-health"')[1].split("</section>")[0]
    row = re.search(r"<tr[^>]*>\s*<td>hoason</td>.*?</tr>", health, re.S)[0]
    assert re.findall(r'<td class="num[^"]*">(\d+)</td>', row) == ["3", "1", "3"]
    assert '<td class="num dt-err">3</td>' in row  # hoason's latest run had 3 errors
    row = re.search(r"<tr[^>]*>\s*<td>lamgiang</td>.*?</tr>", health, re.S)[0]
    assert "dt-err" not in row and "ổn" in row
    assert re.findall(r'<td class="num">(\d+)</td>', row) == ["3", "1", "0"]


def test_charts(server, ids):
    status, _, body = server.get("/-/charts")
    html = body.decode()
    assert status == 200
    provinces = html.split('id="chart-provinces"')[1].split("</section>")[0]
    assert provinces.count("<svg") == 1 and "Hòa Sơn" in provinces
    # one bar per (province, month) of relevant, first-copy stories, linked to those rows
    bars = re.findall(r'<a href="([^"]+)"><rect class="bar"', provinces)
    assert len(bars) == len(
        {
            (a["province"], a["published_at"][:7])
            for a in ARTICLES
            if a["relevant"] and not a.get("duplicate_of")
        }
    )
    link = next(b for b in bars if "2024-10" in b).replace("&amp;", "&")
    rows = server.json(link.replace("/articles?", "/articles.json?") + "&_shape=array")
    assert [r["id"] for r in rows] == [ids["hs-ioc"]]
    portals = html.split('id="chart-portals"')[1].split("</section>")[0]
    assert "sokhcn-lamgiang" in portals
    indicator = html.split('id="chart-indicator"')[1].split("</section>")[0]
    assert f'<a href="/-/article/{ids["nt-dvctt"]}"><circle' in indicator
    assert f'<a href="/-/article/{ids["hs-ioc"]}"><circle' in indicator
    _, _, body = server.get("/-/charts?indicator=kinh_te_so_grdp")
    assert f'<a href="/-/article/{ids["nt-kinhte"]}"><circle' in body.decode()


def test_empty_archive_pages_are_friendly(tmp_path):
    path = tmp_path / "empty.db"
    build_test_archive(path, articles=[], runs=[])
    with running_datasette(path) as empty:
        for page in ("/", "/-/search?q=chuyen+doi+so", "/-/charts", "/-/about"):
            status, _, body = empty.get(page)
            assert status == 200, page
        assert "chưa có bài viết nào" in empty.get("/")[2].decode()
        assert "bảng <code>indicators</code> còn trống" in empty.get("/-/charts")[2].decode()
        assert empty.json("/empty/search.json?q=ioc&_shape=array") == []


def test_robots_txt(server):
    status, headers, body = server.get("/robots.txt")
    text = body.decode()
    assert status == 200 and headers["content-type"].startswith("text/plain")
    rules = [
        line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("Disallow")
    ]
    for rule in ("/-/search", "/*?_search", "/*?sql="):
        assert rule in rules


def test_writes_are_rejected(server, archive, ids):
    path, _ = archive
    before = sqlite3.connect(path).execute("select count(*), max(title) from articles").fetchone()
    for method, target in [
        ("POST", f"/{DB}/articles"),
        ("POST", f"/{DB}/search"),
        ("POST", f"/{DB}/-/create"),
        ("PUT", f"/{DB}/articles/1"),
        ("DELETE", f"/{DB}/articles/1"),
    ]:
        status, _, _ = server.request(
            method, target, b"title=x", {"content-type": "application/x-www-form-urlencoded"}
        )
        assert status == 405, (method, target)
    for sql in [
        "delete from articles",
        "update articles set title = 'x'",
        "select 1; delete from articles",
        "insert into articles (url) values ('x')",
    ]:
        status, _, _ = server.get(f"/{DB}.json?sql={q(sql)}")
        assert status == 400, sql
    metadata = server.json("/-/metadata.json")
    queries = metadata["databases"][DB]["queries"]
    assert queries and not any(query.get("write") for query in queries.values())
    after = sqlite3.connect(path).execute("select count(*), max(title) from articles").fetchone()
    assert before == after


def test_every_table_and_column_is_described(archive):
    path, _ = archive
    conn = sqlite3.connect(path)
    described = metadata_for(path)["databases"][DB]["tables"]
    names = [
        name
        for (name,) in conn.execute(
            "select name from sqlite_master where type in ('table', 'view')"
        )
        if not name.startswith("articles_fts_") and not name.startswith("sqlite_")
    ]
    assert "stories" in names and "articles" in names
    for name in names:
        assert described.get(name, {}).get("description"), name
        columns = [r[1] for r in conn.execute(f"pragma table_info([{name}])")]
        missing = [c for c in columns if c not in described[name].get("columns", {})]
        assert not missing, (name, missing)


def test_datasette_command_uses_project_files(tmp_path):
    command = datasette_command(tmp_path / "demo.db", "127.0.0.1", 9999)
    assert command[command.index("--port") + 1] == "9999"
    assert "-i" not in command and "--immutable" not in command
    metadata = json.loads(open(command[command.index("--metadata") + 1]).read())
    assert "demo" in metadata["databases"] and metadata["plugins"]["dtcrawl"]["database"] == "demo"
    assert command[command.index("--template-dir") + 1].endswith("archive/templates")
    assert command[command.index("--plugins-dir") + 1].endswith("archive/plugins")


# --- pure helpers of the search plugin ---------------------------------------------

search = load_plugin("dtcrawl_search")


def test_fold_match_quotes_everything():
    assert search.fold_match('a" OR (b') == '("a" OR "b")'
    assert search.fold_match("NEAR( x") == '"near" AND "x"'
    assert search.fold_match("số*") == '"so"*'
    assert search.fold_match('"') == search.NO_MATCH


def test_highlight_maps_folded_matches_to_decomposed_text():
    decomposed = "Chuye\u0302\u0309n đổi so\u0302\u0301 <b>"
    html = str(search.highlight(decomposed, "chuyen doi so"))
    assert html == "<mark>Chuye\u0302\u0309n đổi so\u0302\u0301</mark> &lt;b&gt;"


def test_snippet_is_taken_around_the_matches():
    body = "Mở đầu. " * 80 + "Tỉnh khai trương IOC hôm nay. " + "Kết thúc. " * 80
    text = search.search_snippet(body, "ioc", width=120)
    assert text.startswith("… ") and text.endswith(" …") and "khai trương IOC" in text
    assert len(text) <= 126


# --- the archive a real crawl of the demo portals builds -----------------------------


def test_demo_archive_is_searchable_and_readable(demo_archive):
    conn = sqlite3.connect(demo_archive)
    cds = re.compile(r"(?<!\w)(chuyen[\W_]+doi[\W_]+so|cds)(?!\w)")
    expected = {
        article_id
        for article_id, title, body in conn.execute("select id, title, body from articles")
        if cds.search(fold(f"{title}\n{body}"))
    }
    assert expected, "the demo crawl archived no article about chuyển đổi số"
    name = demo_archive.stem
    with running_datasette(demo_archive) as demo:
        for query in ("chuyen doi so", "CHUYỂN ĐỔI SỐ", "cds"):
            assert table_search_ids(demo, query, db=name) == expected, query
            found = all_page_ids(demo, f"/-/search?q={q(query)}&offtopic=1&dups=1")
            assert set(found) == expected, query
        assert demo.get("/")[0] == 200 and demo.get("/-/charts")[0] == 200
        status, _, body = demo.get(f"/{name}/search.atom?q=chuyen+doi+so&sort=newest")
        assert status == 200 and ET.fromstring(body).findall(f"{ATOM}entry")
        for article_id, body_text in conn.execute("select id, body from articles"):
            status, _, page = demo.get(f"/-/article/{article_id}")
            assert status == 200, article_id
            html = page.decode()
            rendered = html.split('<div class="dt-body">')[1].split("</div>")[0]
            assert rendered.count("<p>") == len([p for p in body_text.split("\n\n") if p.strip()])


def test_dtcrawl_serve_starts_and_stops_datasette(archive):
    port = free_port()
    command = [sys.executable, "-m", "dtcrawl.cli", "serve", "--db", str(archive[0])]
    process = subprocess.Popen(
        [*command, "--port", str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        wait_until_serving(f"http://127.0.0.1:{port}", process)
        assert Server(f"http://127.0.0.1:{port}", process).get("/-/search?q=cds")[0] == 200
    finally:
        process.terminate()
        process.wait(timeout=20)
    # the parent waited for Datasette: nothing listens any more
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", port)):
        pass
