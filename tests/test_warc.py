"""Raw captures (WARC): the capture middleware, reading back, imports, re-extraction."""

from __future__ import annotations

import re
import shutil
import sqlite3
import zlib
from io import BytesIO
from pathlib import Path

import pytest
from conftest import crawl_args, query, run_dtcrawl
from scrapy import Spider
from scrapy.crawler import Crawler
from scrapy.http import HtmlResponse, Request, TextResponse
from scrapy.settings import Settings
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dtcrawl.extract import extract_article
from dtcrawl.reextract import COLUMNS, reextract
from dtcrawl.template import load_template
from dtcrawl.warc import (
    CapturedPage,
    CaptureError,
    CaptureRoleMiddleware,
    CaptureWriter,
    WarcCaptureMiddleware,
    WarcError,
    has_captures,
    iter_warc_pages,
    payload_digest,
    read_capture,
    storage_report,
)

# -- pages written for these tests ---------------------------------------------------------

HOST = "https://vankhe.gov.vn"
OTHER_HOST = "https://thoibao-vankhe.vn"

ARTICLES = {
    f"{HOST}/tin-tuc/dich-vu-cong-truc-tuyen-toan-trinh-101.html": (
        "Vân Khê đưa toàn bộ thủ tục hành chính cấp xã lên dịch vụ công trực tuyến",
        [
            "Từ ngày 01/3/2025, người dân ở tất cả các xã, phường của tỉnh Vân Khê có thể nộp hồ "
            "sơ khai sinh, đăng ký thường trú và chứng thực bản sao qua Cổng dịch vụ công mà không "
            "phải đến trụ sở Ủy ban nhân dân.",
            "Theo Sở Khoa học và Công nghệ, trong hai tháng chạy thử, hơn bốn nghìn hồ sơ đã được "
            "tiếp nhận trực tuyến, thời gian giải quyết trung bình rút ngắn còn một ngày rưỡi so "
            "với ba ngày trước đây.",
            "Tỉnh bố trí tổ công nghệ số cộng đồng ở từng thôn, bản để hướng dẫn người cao tuổi "
            "cài đặt ứng dụng định danh điện tử và thanh toán lệ phí bằng điện thoại.",
        ],
    ),
    f"{HOST}/tin-tuc/nong-san-len-san-thuong-mai-dien-tu-102.html": (
        "Nông dân Vân Khê bán cam sành qua sàn thương mại điện tử",
        [
            "Vụ cam năm nay, hợp tác xã cam sành xã Đồi Mây lần đầu đưa sản phẩm lên hai sàn "
            "thương mại điện tử lớn, mỗi thùng hàng gắn mã truy xuất nguồn gốc để người mua kiểm "
            "tra vùng trồng.",
            "Sau một tháng mở gian hàng, hợp tác xã đã bán được hơn mười hai tấn cam cho khách ở "
            "các thành phố lớn, giá bán cao hơn bán cho thương lái khoảng một phần năm.",
            "Ngành công thương tỉnh cho biết sẽ mở thêm các lớp tập huấn livestream bán hàng cho "
            "nông dân ở những huyện miền núi trong quý tới.",
        ],
    ),
}
OTHER_ARTICLE = (
    f"{OTHER_HOST}/so-hoa/bai-3.html",
    "Thư viện tỉnh số hóa kho sách cổ bằng máy quét chuyên dụng",
    [
        "Thư viện tỉnh Vân Khê vừa hoàn thành số hóa hơn ba nghìn trang sách Hán Nôm và bản đồ "
        "cũ, bạn đọc có thể tra cứu trực tuyến toàn văn thay vì phải đăng ký đọc tại chỗ.",
        "Các bản quét được lưu ở định dạng lưu trữ lâu dài, kèm bản tóm tắt nội dung bằng chữ "
        "Quốc ngữ do cán bộ thư viện biên soạn để người đọc dễ tìm kiếm theo từ khóa.",
    ],
)


def article_html(title: str, paragraphs: list[str]) -> bytes:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>{title} - Cổng thông tin điện tử tỉnh Vân Khê</title></head><body>
<div id="header"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></div>
<div class="news-detail"><h1 class="title">{title}</h1>
<div class="date">Thứ Hai, 03/03/2025 08:15</div>
{body}
</div>
<div id="footer">Cơ quan chủ quản: Ủy ban nhân dân tỉnh Vân Khê</div>
</body></html>""".encode()


def listing_html() -> bytes:
    items = "".join(f'<li><a href="{url}">{title}</a></li>' for url, (title, _) in ARTICLES.items())
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">
<title>Tin tức - Cổng thông tin điện tử tỉnh Vân Khê</title></head><body>
<div id="header"><a href="/">Trang chủ</a> <a href="/tin-tuc">Tin tức</a></div>
<ul class="news-list">{items}</ul>
<div id="footer">Cơ quan chủ quản: Ủy ban nhân dân tỉnh Vân Khê</div>
</body></html>""".encode()


def write_wget_style_warc(path: Path, *, gzip: bool = True) -> dict[str, int]:
    """A WARC laid out as wget writes it; returns the offset of each URL's response record."""
    buffer = BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    writer.write_record(
        writer.create_warcinfo_record(
            path.name, {"software": "Wget/1.21.4 (linux-gnu)", "format": "WARC File Format 1.0"}
        )
    )
    pages = [(f"{HOST}/tin-tuc", listing_html())]
    pages += [(url, article_html(title, paras)) for url, (title, paras) in ARTICLES.items()]
    pages.append((OTHER_ARTICLE[0], article_html(OTHER_ARTICLE[1], OTHER_ARTICLE[2])))
    pages.append((f"{HOST}/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64)))
    offsets = {}
    for url, body in pages:
        target = url.split("/", 3)[3] if url.count("/") >= 3 else ""
        request = writer.create_warc_record(
            url,
            "request",
            http_headers=StatusAndHeaders(
                f"GET /{target} HTTP/1.1",
                [("User-Agent", "Wget/1.21.4"), ("Host", url.split("/")[2])],
                is_http_request=True,
            ),
        )
        ctype = "image/png" if url.endswith(".png") else "text/html; charset=UTF-8"
        response = writer.create_warc_record(
            url,
            "response",
            payload=BytesIO(body),
            length=len(body),
            http_headers=StatusAndHeaders(
                "200 OK", [("Content-Type", ctype), ("Content-Length", str(len(body)))], "HTTP/1.1"
            ),
        )
        writer.write_record(request)
        offsets[url] = buffer.tell()
        writer.write_record(response)
    path.write_bytes(buffer.getvalue())
    return offsets


def write_registry(path: Path) -> Path:
    path.write_text(
        "portals:\n"
        "- id: vankhe\n"
        "  name: Cổng thông tin điện tử tỉnh Vân Khê\n"
        "  province: Vân Khê\n"
        f"  start_urls: ['{HOST}/tin-tuc']\n",
        encoding="utf-8",
    )
    return path


# -- reading any tool's WARC -----------------------------------------------------------------


@pytest.mark.parametrize("gzip", [True, False])
def test_iter_warc_pages_reads_html_responses_only(tmp_path, gzip):
    warc = tmp_path / ("site.warc.gz" if gzip else "site.warc")
    offsets = write_wget_style_warc(warc, gzip=gzip)
    pages = list(iter_warc_pages(warc))
    assert all(isinstance(p, CapturedPage) for p in pages)
    assert [p.url for p in pages] == [u for u in offsets if not u.endswith(".png")]
    for page in pages:
        assert page.offset == offsets[page.url]
        assert page.status == 200 and page.record_type == "response"
        assert page.payload_digest == payload_digest(page.body)
    first_article = pages[1]
    assert "dịch vụ công trực tuyến" in first_article.text()


def test_import_wget_warc_into_a_fresh_archive(tmp_path):
    warc = tmp_path / "wget" / "vankhe.warc.gz"
    warc.parent.mkdir()
    write_wget_style_warc(warc)
    db = tmp_path / "archive" / "imported.db"
    registry = write_registry(tmp_path / "portals.yaml")
    result = run_dtcrawl("import-warc", str(warc), "--db", str(db), "--portals", str(registry))
    assert "vankhe" in result.stdout and "raw captures: 4" in result.stdout
    rows = query(db, "SELECT url, portal, province, title, body, extractor_version FROM articles")
    by_url = {r["url"]: r for r in rows}
    for url, (title, paragraphs) in ARTICLES.items():
        row = by_url[url]
        assert (row["portal"], row["province"], row["title"]) == ("vankhe", "Vân Khê", title)
        assert row["body"] == "\n\n".join(paragraphs)
        assert row["extractor_version"]
    # A host of no registry portal becomes a portal named after the host.
    other = by_url[OTHER_ARTICLE[0]]
    assert other["portal"] == "thoibao-vankhe-vn" and other["province"] is None
    assert len(rows) == 3  # the listing page is not an article
    captures = query(db, "SELECT * FROM captures ORDER BY id")
    assert [c["origin"] for c in captures] == ["import"] * 4
    # The captures point into the imported file, where it is (outside the archive's folder).
    assert {c["warc_file"] for c in captures} == {str(warc.absolute())}
    conn = sqlite3.connect(db)
    page = read_capture(conn, captures[1]["id"], db.parent)
    assert page.url == captures[1]["url"] and page.body.startswith(b"<!DOCTYPE html>")
    # Importing the same file again adds nothing.
    again = run_dtcrawl("import-warc", str(warc), "--db", str(db), "--portals", str(registry))
    assert "4 already imported" in again.stdout
    assert query(db, "SELECT count(*) AS n FROM captures")[0]["n"] == 4
    assert query(db, "SELECT count(*) AS n FROM articles")[0]["n"] == 3


def test_corrupt_record_is_reported_with_file_and_offset_and_the_rest_imports(tmp_path):
    warc = tmp_path / "damaged.warc.gz"
    offsets = write_wget_style_warc(warc)
    damaged_url = list(ARTICLES)[0]
    data = bytearray(warc.read_bytes())
    start = offsets[damaged_url] + 60
    data[start : start + 40] = b"\x00garbage!" * 4 + b"\xff" * 4
    warc.write_bytes(bytes(data))

    errors = [p for p in iter_warc_pages(warc) if isinstance(p, WarcError)]
    assert len(errors) == 1
    assert errors[0].offset == offsets[damaged_url]
    assert str(warc) in str(errors[0]) and f"offset {offsets[damaged_url]}" in str(errors[0])

    db = tmp_path / "a.db"
    registry = write_registry(tmp_path / "portals.yaml")
    result = run_dtcrawl("import-warc", str(warc), "--db", str(db), "--portals", str(registry))
    assert f"{warc}: offset {offsets[damaged_url]}: corrupt record" in result.stdout
    urls = {r["url"] for r in query(db, "SELECT url FROM articles")}
    assert urls == {list(ARTICLES)[1], OTHER_ARTICLE[0]}


def test_import_of_unreadable_files_exits_1(tmp_path):
    junk = tmp_path / "junk.warc.gz"
    junk.write_bytes(b"this is not a web archive\n" * 20)
    result = run_dtcrawl("import-warc", str(junk), "--db", str(tmp_path / "a.db"), check=False)
    assert result.returncode == 1
    assert f"{junk}: offset 0" in result.stdout
    assert "no HTML page could be read" in result.stderr


# -- the capture middleware, driven with real Scrapy objects -----------------------------------


def _middleware(tmp_path: Path, run_id: int = 3):
    db = tmp_path / "archive" / "a.db"
    db.parent.mkdir(exist_ok=True)
    return WarcCaptureMiddleware.from_crawler(_crawler(db, run_id)), db


def _crawler(db: Path, run_id: int = 3) -> Crawler:
    """A Scrapy crawler (not started) with the settings the middlewares read."""
    return Crawler(Spider, Settings({"DTCRAWL_DB": str(db), "DTCRAWL_RUN_ID": run_id}))


def _exchange(middleware, url: str, body: bytes, **headers):
    request = Request(url, headers={"User-Agent": "dtcrawl/test"})
    response = HtmlResponse(
        url,
        body=body,
        headers={"Content-Type": "text/html; charset=utf-8", **headers},
        request=request,
    )
    return middleware.process_response(request, response, None)


def test_middleware_writes_request_and_response_records_and_a_revisit(tmp_path):
    middleware, db = _middleware(tmp_path)
    url = f"{HOST}/tin-tuc/dich-vu-cong-truc-tuyen-toan-trinh-101.html"
    title, paragraphs = ARTICLES[url]
    first_body = article_html(title, paragraphs)
    first = _exchange(middleware, url, first_body, **{"Content-Length": "999"})
    second = _exchange(middleware, url, first_body)
    edited = _exchange(middleware, url, article_html(title, paragraphs[:2]))
    middleware.spider_closed()

    captures = [first.meta["capture"], second.meta["capture"], edited.meta["capture"]]
    assert [c["record_type"] for c in captures] == ["response", "revisit", "response"]
    assert (
        captures[0]["payload_digest"] == captures[1]["payload_digest"] == payload_digest(first_body)
    )
    warc_files = list((db.parent / "warc").glob("dtcrawl-3-*.warc.gz"))
    assert len(warc_files) == 1
    assert captures[0]["warc_file"] == f"warc/{warc_files[0].name}"

    with warc_files[0].open("rb") as handle:
        records = []
        for record in ArchiveIterator(handle, check_digests=True):
            body = record.content_stream().read()
            records.append((record.rec_type, record.rec_headers, record.http_headers, body))
    assert [r[0] for r in records] == [
        "warcinfo", "response", "request", "revisit", "request", "response", "request",
    ]  # fmt: skip
    info = records[0][3].decode()
    assert "software: dtcrawl/" in info and "dtcrawl-run-id: 3" in info
    _, response_headers, http, body = records[1]
    assert body == first_body
    assert response_headers.get_header("WARC-Target-URI") == url
    assert response_headers.get_header("WARC-Payload-Digest") == payload_digest(first_body)
    assert http.get_statuscode() == "200"
    # The body is stored decoded; the length on the wire is kept under another name.
    assert http.get_header("Content-Length") == str(len(first_body))
    assert http.get_header("X-Archive-Orig-Content-Length") == "999"
    request_headers, request_http = records[2][1], records[2][2]
    assert request_http.protocol == "GET" and request_http.get_header("Host") == "vankhe.gov.vn"
    assert request_http.statusline.endswith(" HTTP/1.1")  # a full HTTP/1.1 request line
    assert request_headers.get_header("WARC-Concurrent-To") == response_headers.get_header(
        "WARC-Record-ID"
    )
    revisit = records[3][1]
    assert revisit.get_header("WARC-Profile").endswith("/revisit/identical-payload-digest")
    assert revisit.get_header("WARC-Refers-To") == response_headers.get_header("WARC-Record-ID")
    assert revisit.get_header("WARC-Refers-To-Target-URI") == url
    assert revisit.get_header("WARC-Refers-To-Date") == response_headers.get_header("WARC-Date")

    conn = sqlite3.connect(db)
    rows = conn.execute(
        "SELECT id, run_id, record_type, refers_to, offset, length FROM captures ORDER BY id"
    ).fetchall()
    assert [(r[1], r[2], r[3]) for r in rows] == [
        (3, "response", None), (3, "revisit", rows[0][0]), (3, "response", None),
    ]  # fmt: skip
    # A revisit reads back with the original's body; every record where the row says.
    assert read_capture(conn, rows[1][0], db.parent).body == first_body
    assert read_capture(conn, (captures[2]["warc_file"], rows[2][4]), db.parent).body != (
        first_body
    )
    report = storage_report(conn, db.parent)
    assert (report["captures"], report["revisits"]) == (3, 1)
    assert report["warc_bytes"] == warc_files[0].stat().st_size


def _warcio_record(kind: str, rec_headers, http_headers, body: bytes) -> bytes:
    """What warcio's own writer makes of a record read back (its record id and dates kept)."""
    writer = WARCWriter(BytesIO(), gzip=False)
    get = rec_headers.get_header
    url, date = get("WARC-Target-URI"), get("WARC-Date")
    if kind == "response":
        record = writer.create_warc_record(
            url, kind, payload=BytesIO(body), length=len(body), http_headers=http_headers,
            warc_headers_dict={"WARC-Date": date, "WARC-Payload-Digest": get("WARC-Payload-Digest")},
        )  # fmt: skip
    elif kind == "revisit":
        record = writer.create_revisit_record(
            url, get("WARC-Payload-Digest"), get("WARC-Refers-To-Target-URI"),
            get("WARC-Refers-To-Date"), http_headers=http_headers,
            warc_headers_dict={"WARC-Date": date, "WARC-Refers-To": get("WARC-Refers-To")},
        )  # fmt: skip
    else:
        record = writer.create_warc_record(
            url, kind, http_headers=http_headers,
            warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": get("WARC-Concurrent-To")},
        )  # fmt: skip
    record.rec_headers.replace_header("WARC-Record-ID", get("WARC-Record-ID"))
    writer.write_record(record)
    return writer.out.getvalue()


def test_capture_records_are_those_warcio_writes_byte_for_byte(tmp_path):
    # The crawler builds its records itself (warcio's per-record machinery cost it): they must
    # be, byte for byte, what warcio's writer makes of the same exchange.
    db = tmp_path / "archive.db"
    writer = CaptureWriter(db, tmp_path / "warc", 7)
    url = f"{HOST}/tin-tuc/dich-vu-cong-truc-tuyen-toan-trinh-101.html?lang=vi"
    body = article_html(*ARTICLES[url.split("?")[0]])
    headers = [("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip"),
               ("Content-Length", "12"), ("X-Tieu-De", "Chuyển đổi số")]  # fmt: skip
    request_headers = [("Referer", f"{HOST}/tin-tuc"), ("Accept-Language", "vi")]
    for status, protocol, page in (
        (200, "HTTP/1.1", body), (200, "HTTP/1.0", body), (599, "HTTP/1.1", body + b"\n"),
    ):  # fmt: skip
        writer.capture(
            url=url, status=status, headers=headers, body=page, protocol=protocol,
            request_headers=request_headers,
        )  # fmt: skip
    writer.close()
    conn = sqlite3.connect(db)
    rows = conn.execute("SELECT record_type, warc_file, offset FROM captures ORDER BY id")
    assert [row[0] for row in rows.fetchall()] == ["response", "revisit", "response"]
    (path,) = (tmp_path / "warc").glob("*.warc.gz")
    data = path.read_bytes()
    records = []
    with path.open("rb") as handle:
        iterator = ArchiveIterator(handle, check_digests=True)
        for record in iterator:
            payload = record.raw_stream.read()
            offset, length = iterator.get_record_offset(), iterator.get_record_length()
            records.append((record.rec_type, record.rec_headers, record.http_headers, payload))
            records[-1] += (data[offset : offset + length],)
    kinds = [record[0] for record in records]
    assert kinds == ["warcinfo", "response", "request", "revisit", "request", "response", "request"]
    for kind, rec_headers, http_headers, payload, member in records[1:]:
        # Each record is one gzip member, read alone from its offset.
        ours = zlib.decompress(member, wbits=31)
        assert ours == _warcio_record(kind, rec_headers, http_headers, payload)
    # A header value out of ASCII is percent-encoded (RFC 8187), as warcio does.
    assert b"X-Tieu-De: Chuy%E1%BB%83n" in zlib.decompress(records[1][4], wbits=31)


def test_middleware_skips_what_is_not_a_page(tmp_path):
    middleware, db = _middleware(tmp_path)
    request = Request(f"{HOST}/robots.txt")
    robots = TextResponse(
        request.url, body=b"User-agent: *\n", headers={"Content-Type": "text/plain"}
    )
    middleware.process_response(request, robots, None)
    assert "capture" not in request.meta
    not_modified = HtmlResponse(f"{HOST}/a.html", status=304, body=b"")
    middleware.process_response(Request(f"{HOST}/a.html"), not_modified, None)
    middleware.spider_closed()
    assert not has_captures(sqlite3.connect(db)) or not query(db, "SELECT * FROM captures")


def test_role_middleware_marks_articles_and_hands_the_capture_to_the_item(tmp_path):
    downloader, db = _middleware(tmp_path)
    roles = CaptureRoleMiddleware.from_crawler(_crawler(db))
    url = list(ARTICLES)[0]
    response = _exchange(downloader, url, article_html(*ARTICLES[url]))
    items = [
        {"kind": "page", "role": "listing", "url": url},
        {"kind": "article", "url": url},
        {"kind": "error", "url": f"{HOST}/other"},
    ]
    out = list(roles.process_spider_output(response, iter(items), None))
    downloader.spider_closed()
    roles.spider_closed()
    assert out[1]["capture"]["capture_id"] == response.meta["capture"]["capture_id"]
    assert "capture" not in out[0] and "capture" not in out[2]
    assert [r["role"] for r in query(db, "SELECT role FROM captures")] == ["article"]


def test_read_capture_names_file_and_offset_when_the_record_is_gone(tmp_path):
    middleware, db = _middleware(tmp_path)
    url = list(ARTICLES)[0]
    response = _exchange(middleware, url, article_html(*ARTICLES[url]))
    middleware.spider_closed()
    capture = response.meta["capture"]
    conn = sqlite3.connect(db)
    path = db.parent / capture["warc_file"]
    data = bytearray(path.read_bytes())
    data[capture["offset"] + 30 : capture["offset"] + 60] = bytes(30)
    path.write_bytes(bytes(data))
    with pytest.raises(CaptureError, match=rf"{re.escape(str(path))}: offset {capture['offset']}"):
        read_capture(conn, capture["capture_id"], db.parent)
    path.unlink()
    with pytest.raises(CaptureError, match=r"offset \d+: cannot open"):
        read_capture(conn, capture["capture_id"], db.parent)


# -- end to end: crawl the demo portals, then rebuild from the captures --------------------------

ARTICLE_COLUMNS = (
    "url, portal, province, title, published_at, modified_at, author, source, captions, body, "
    "relevant, relevance_score, relevance_terms, content_hash, word_count"
)
CAPTURE_SETTINGS = [
    "--set",
    'DOWNLOADER_MIDDLEWARES={"dtcrawl.warc.WarcCaptureMiddleware": 545}',
    "--set",
    'SPIDER_MIDDLEWARES={"dtcrawl.warc.CaptureRoleMiddleware": 850}',
]


def _copy_with_captures(db: Path, folder: Path) -> Path:
    """Copy an archive and its WARC folder elsewhere (the captures' paths are relative)."""
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / db.name
    source = sqlite3.connect(db)
    target = sqlite3.connect(copy)
    source.backup(target)
    source.close()
    target.close()
    if (db.parent / "warc").exists():
        shutil.copytree(db.parent / "warc", folder / "warc")
    return copy


@pytest.fixture(scope="module")
def captured_archive(demo_portals, demo_archive, tmp_path_factory) -> Path:
    """The session's demo archive when the crawl writes captures, else a crawl that does.

    (Until ``dtcrawl.settings`` enables the capture middlewares, they are switched on here
    with ``--set``, the way an operator could.)
    """
    conn = sqlite3.connect(demo_archive)
    try:
        wired = has_captures(conn) and conn.execute("SELECT count(*) FROM captures").fetchone()[0]
    finally:
        conn.close()
    if wired:
        return _copy_with_captures(demo_archive, tmp_path_factory.mktemp("captured"))
    db = tmp_path_factory.mktemp("captured") / "demo.db"
    run_dtcrawl(*crawl_args(db, demo_portals.registry_path, *CAPTURE_SETTINGS))
    return db


def _articles(db: Path) -> dict[str, tuple]:
    rows = query(
        db,
        f"SELECT {ARTICLE_COLUMNS}, (SELECT s.url FROM articles AS s WHERE s.id = a.duplicate_of)"
        " AS story FROM articles AS a",
    )
    return {row["url"]: tuple(row) for row in rows}


def _still_articles(db: Path) -> set[str]:
    """Archived article URLs that the crawl's own final template still reads as articles.

    The crawl cleans each page with the template learned so far; re-extraction uses the
    template learned from every page (order-independent). A page at the edge can be read
    differently with more template known; those are the only ones allowed to differ.
    """
    conn = sqlite3.connect(db)
    templates = {}
    kept = set()
    rows = conn.execute(
        "SELECT a.url, a.portal, (SELECT max(c.id) FROM captures AS c JOIN article_urls AS u "
        "ON u.url_key = c.url_key WHERE u.article_id = a.id AND c.role = 'article') "
        "FROM articles AS a"
    ).fetchall()
    for url, portal, capture_id in rows:
        if portal not in templates:
            templates[portal] = load_template(conn, portal)
        page = read_capture(conn, capture_id, db.parent)
        if extract_article(page.text(), page.url, templates[portal]).is_article():
            kept.add(url)
    conn.close()
    return kept


def test_deleting_the_articles_and_reextracting_gives_the_same_archive(
    captured_archive, demo_portals, tmp_path
):
    crawled = _articles(captured_archive)
    assert len(crawled) > 50
    expected = _still_articles(captured_archive)
    assert len(expected) >= 0.95 * len(crawled)
    variants = {
        r["url"]
        for r in query(
            captured_archive,
            "SELECT u.url, a.url AS article FROM article_urls AS u "
            "JOIN articles AS a ON a.id = u.article_id",
        )
        if r["article"] in expected
    }
    db = _copy_with_captures(captured_archive, tmp_path / "moved")
    conn = sqlite3.connect(db)
    conn.executescript(
        # the index is contentless: wiped with FTS5's 'delete-all' command
        "INSERT INTO articles_fts(articles_fts) VALUES ('delete-all'); DELETE FROM dedup_bands; "
        "DELETE FROM legal_refs; DELETE FROM indicators; DELETE FROM article_versions; DELETE FROM article_urls; "
        "DELETE FROM articles;"
    )
    conn.close()
    result = run_dtcrawl("reextract", "--db", str(db), "--portals", str(demo_portals.registry_path))
    assert result.stdout.splitlines()[0].split() == ["portal", *COLUMNS]
    after = _articles(db)
    assert set(after) == expected
    assert [url for url in expected if after[url] != crawled[url]] == []
    assert {r["url"] for r in query(db, "SELECT url FROM article_urls")} == variants
    hits = query(db, "SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'chuyen doi so'")
    assert hits


def test_a_changed_cleaner_rule_updates_exactly_the_affected_rows(
    captured_archive, demo_portals, tmp_path, monkeypatch
):
    import dtcrawl.extract as extract

    db = _copy_with_captures(captured_archive, tmp_path / "copy")
    before = {r["url"]: r for r in query(db, "SELECT id, url, body FROM articles")}
    # The rule being changed: a "CTTĐT - " lead prefix is no longer cut from the first
    # paragraph. Affected are the articles whose captured page has that prefix before the
    # stored text.
    conn = sqlite3.connect(db)
    affected = set()
    for capture_id, url in conn.execute(
        "SELECT max(id), url FROM captures WHERE role = 'article' GROUP BY url_key"
    ):
        if url in before:
            text = re.sub(r"<[^>]+>", "", read_capture(conn, capture_id, db.parent).text())
            if "CTTĐT - " + before[url]["body"][:40] in text:
                affected.add(url)
    conn.close()
    assert affected
    monkeypatch.setattr(extract, "_LEAD_PREFIX", re.compile("^(?!CTTĐT)" + extract._LEAD_PREFIX.pattern[1:]))  # fmt: skip

    summary = reextract(db, portals_file=demo_portals.registry_path)

    assert summary.total("updated") == len(affected)
    assert summary.total("new") == 0 and summary.total("failed") == 0
    after = {r["url"]: r for r in query(db, "SELECT id, url, body FROM articles")}
    changed = {url for url in before if after[url]["body"] != before[url]["body"]}
    assert changed == affected
    for url in affected:
        assert after[url]["body"] == "CTTĐT - " + before[url]["body"]
        versions = query(
            db, "SELECT body FROM article_versions WHERE article_id = ?", (after[url]["id"],)
        )
        assert [v["body"] for v in versions] == [before[url]["body"]]


# -- captures written in the archive's batch of writes (group commit) ---------------------------


def test_captures_share_the_archive_batch_and_articles_point_at_them(tmp_path):
    from dtcrawl.storage import open_shared

    db = tmp_path / "archive" / "a.db"
    settings = {"DTCRAWL_DB": str(db), "DTCRAWL_RUN_ID": 4, "DTCRAWL_COMMIT_EVERY": 1000}
    crawler = Crawler(Spider, Settings(settings))
    archive = open_shared(db, commit_every=1000)  # as the pipeline opens it, first
    downloader = WarcCaptureMiddleware.from_crawler(crawler)
    roles = CaptureRoleMiddleware.from_crawler(crawler)
    url = list(ARTICLES)[0]
    # A batch is open (this write holds the write lock): the capture must join it, not wait.
    archive.record_fetch_error(None, "vankhe", f"{HOST}/loi", "http", 500)
    response = _exchange(downloader, url, article_html(*ARTICLES[url]))
    (item,) = roles.process_spider_output(response, iter([{"kind": "article", "url": url}]))
    capture_id = item["capture"]["capture_id"]
    article = {"url": url, "portal": "vankhe", "title": "Tin", "body": "Nội dung."}
    archive.save_article({**article, "capture_id": capture_id})
    # error, capture tables, capture row, article; the role is written with the next capture
    # or, as here, when the writer closes
    assert archive.pending_writes == 4
    assert query(db, "SELECT id FROM fetch_errors") == []  # nothing committed yet
    downloader.spider_closed()
    roles.spider_closed()
    assert query(db, "SELECT id FROM fetch_errors") == []  # the archive is still held
    archive.release()  # the last holder commits
    rows = query(
        db, "SELECT a.capture_id, c.role FROM articles a JOIN captures c ON c.id = a.capture_id"
    )
    assert [(r["capture_id"], r["role"]) for r in rows] == [(capture_id, "article")]
    page = read_capture(sqlite3.connect(db), capture_id, db.parent)
    assert page.body == article_html(*ARTICLES[url])
