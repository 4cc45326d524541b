"""`dtcrawl portals --check` against a small portal served on 127.0.0.1 by this test."""

from __future__ import annotations

import datetime as dt
import doctest
import json
import socket
import ssl
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

import dtcrawl.portal_check
from dtcrawl.cli import main
from dtcrawl.portal_check import (
    USER_AGENT,
    check_portal,
    check_portals,
    fetch_url,
    find_candidate_links,
    format_checks,
)
from dtcrawl.registry import Portal

HEADLINES = [
    "Tỉnh triển khai nền tảng số cho cấp xã năm 2025",
    "Hội nghị sơ kết chuyển đổi số sáu tháng đầu năm",
    "Tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng",
    "Đẩy mạnh dịch vụ công trực tuyến toàn trình trên địa bàn",
    "Ra mắt Trung tâm giám sát, điều hành thông minh của tỉnh",
]


def listing(page: int, *, pager: str = "links") -> str:
    items = "".join(
        f'<li class="item"><a href="/tin-tuc/bai-{page}{i}-chuyen-doi-so.html">{title}</a>'
        f"<span>0{i + 1}/07/2025</span></li>"
        for i, title in enumerate(HEADLINES)
    )
    if pager == "links":
        nav = '<div class="paging"><a href="/tin-tuc?page=1">1</a><a href="/tin-tuc?page=2">2</a>'
        nav += '<a href="/tin-tuc?page=2">Trang sau</a></div>'
    else:
        nav = (
            "<div class=\"paging\"><a href=\"javascript:__doPostBack('grid','Page$2')\">2</a></div>"
        )
    return (
        '<html><head><meta charset="utf-8"><title>Tin tức</title>'
        '<link rel="alternate" type="application/rss+xml" href="/rss/tin-tuc.xml"></head><body>'
        '<div class="header"><a href="/">Trang chủ</a><a href="/gioi-thieu">Giới thiệu</a></div>'
        f'<div class="content"><h1>Chuyển đổi số</h1><ul class="news">{items}</ul>{nav}</div>'
        '<div class="footer"><a href="/lien-he">Liên hệ với Ban biên tập cổng thông tin</a></div>'
        "</body></html>"
    )


SITEMAP = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
    "<url><loc>{base}/tin-tuc/bai-10-chuyen-doi-so.html</loc></url>"
    "<url><loc>{base}/tin-tuc/bai-11-chuyen-doi-so.html</loc></url></urlset>"
)
FEED = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin</title>'
    "<item><title>Một</title><link>{base}/tin-tuc/bai-10-chuyen-doi-so.html</link></item>"
    "</channel></rss>"
)


class PortalHandler(BaseHTTPRequestHandler):
    """A tiny portal; ``{base}`` in bodies is the server's own address."""

    user_agents: list[str] = []

    def log_message(self, format: str, *args: object) -> None:  # quiet
        pass

    def send(self, status: int, body: str, ctype: str = "text/html; charset=utf-8", **headers):
        data = body.replace("{base}", f"http://127.0.0.1:{self.server.server_port}").encode()
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        PortalHandler.user_agents.append(self.headers.get("User-Agent", ""))
        port = self.server.server_port
        path = self.path
        if path == "/tin-tuc" or path.startswith("/tin-tuc?page="):
            page = int(path.rsplit("=", 1)[1]) if "=" in path else 1
            self.send(200, listing(page))
        elif path == "/private/tin-tuc":
            self.send(200, listing(1))
        elif path == "/grid":
            self.send(200, listing(1, pager="script"))
        elif path == "/trang-chu":
            self.send(
                200, '<html><body><p>Chào mừng</p><a href="/tin-tuc">Tin tức</a></body></html>'
            )
        elif path == "/cu":
            self.send(301, "", Location=f"http://127.0.0.1:{port}/tin-tuc")
        elif path == "/chuyen":
            self.send(
                200,
                '<html><head><meta http-equiv="refresh" content="0;url=/tin-tuc"></head></html>',
            )
        elif path == "/sang-tinh-moi":
            self.send(302, "", Location=f"http://localhost:{port}/tin-tuc")
        elif path == "/robots.txt":
            self.send(
                200, "User-agent: *\nDisallow: /private/\nSitemap: /sitemap.xml\n", "text/plain"
            )
        elif path == "/sitemap.xml":
            self.send(200, SITEMAP, "application/xml")
        elif path == "/rss/tin-tuc.xml":
            self.send(200, FEED, "application/rss+xml")
        else:
            self.send(404, "<html><body><h1>Không tìm thấy trang</h1></body></html>")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), PortalHandler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def dead_url() -> str:
    """An address where nothing listens: a port we bound and released."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}/tin-tuc"


def portal(*start_urls: str, **fields) -> Portal:
    return Portal(id="thu", name="Cổng thử", province="Huế", start_urls=start_urls, **fields)


def test_doctests() -> None:
    assert doctest.testmod(dtcrawl.portal_check).failed == 0


def test_find_candidate_links_reads_structure() -> None:
    articles, pager = find_candidate_links(listing(1), "http://t.gov.vn/tin-tuc?page=1")
    assert articles == [f"http://t.gov.vn/tin-tuc/bai-1{i}-chuyen-doi-so.html" for i in range(5)]
    assert pager == ["http://t.gov.vn/tin-tuc?page=2"]  # page 1 is this page
    assert "http://t.gov.vn/lien-he" not in articles  # footer link, however long its text


def test_good_listing_is_ok(server: str) -> None:
    check = check_portal(
        portal(f"{server}/tin-tuc", sitemaps=(f"{server}/sitemap.xml",)), timeout=5
    )
    assert check.verdict == "ok", check.problems
    assert check.problems == []
    assert check.article_links == 5 and check.pagination_links == 2  # ?page=1 and ?page=2
    (start,) = check.start
    assert (start.status, start.final_url, start.redirects) == (200, f"{server}/tin-tuc", [])
    assert start.content_type == "text/html"
    (sitemap,) = [u for u in check.urls if u.role == "sitemap"]
    assert sitemap.alive and sitemap.entries == 2
    # the feed declared by the page is not in the registry yet
    assert f"{server}/tin-tuc declares the feed {server}/rss/tin-tuc.xml: add it to feeds" in (
        check.suggestions
    )
    assert PortalHandler.user_agents[-1] == USER_AGENT


def test_redirect_on_the_same_host_suggests_updating_start_urls(server: str) -> None:
    check = check_portal(portal(f"{server}/cu"), timeout=5)
    assert check.verdict == "warn"
    assert check.start[0].redirects == [f"{server}/tin-tuc"]
    assert f"start URL redirects to {server}/tin-tuc: update start_urls" in check.suggestions
    assert check.article_links == 5


def test_meta_refresh_counts_as_a_redirect(server: str) -> None:
    check = check_portal(portal(f"{server}/chuyen"), timeout=5)
    assert check.verdict == "warn"
    assert check.start[0].final_url == f"{server}/tin-tuc"
    assert f"start URL redirects to {server}/tin-tuc: update start_urls" in check.suggestions


def test_redirect_to_another_host_fails(server: str) -> None:
    check = check_portal(portal(f"{server}/sang-tinh-moi"), timeout=5)
    assert check.verdict == "fail"
    (start,) = check.start
    assert start.off_domain and start.final_url.startswith("http://localhost:")
    assert any("redirects off the portal's domains" in p for p in check.problems)
    assert any(s.startswith("set status: redirecting") for s in check.suggestions)


def test_redirect_as_recorded_is_ok(server: str) -> None:
    check = check_portal(portal(f"{server}/sang-tinh-moi", status="redirecting"), timeout=5)
    assert check.verdict == "ok"
    assert check.problems == []


def test_404_start_url_fails(server: str) -> None:
    check = check_portal(portal(f"{server}/khong-co"), timeout=5)
    assert check.verdict == "fail"
    assert check.start[0].status == 404
    assert check.problems == [f"start URL {server}/khong-co: HTTP 404"]
    assert check.suggestions[0] == (
        f"{server}/khong-co is gone: find the section again from the home page and update start_urls"
    )


def test_one_good_start_url_of_two_is_a_warning(server: str) -> None:
    check = check_portal(portal(f"{server}/tin-tuc", f"{server}/khong-co"), timeout=5)
    assert check.verdict == "warn"
    assert check.article_links == 5


def test_dead_port_fails(dead_url: str) -> None:
    check = check_portal(portal(dead_url), timeout=5)
    assert check.verdict == "fail"
    assert check.start[0].error_kind == "refused"
    assert any("set status: dead if it persists" in s for s in check.suggestions)


def test_unknown_host_suggests_status_dead() -> None:
    check = check_portal(portal("http://cong-thu.invalid/tin-tuc"), timeout=5)  # RFC 2606
    assert check.verdict == "fail"
    assert check.start[0].error_kind == "dns"
    assert check.suggestions == [
        "host cong-thu.invalid does not resolve: set status: dead (or correct the host)"
    ]
    recorded = check_portal(portal("http://cong-thu.invalid/", status="dead"), timeout=5)
    assert recorded.verdict == "ok" and recorded.notes == ["dead, as recorded"]


def test_https_that_only_answers_http_suggests_the_http_url(server: str) -> None:
    https_url = server.replace("http://", "https://") + "/tin-tuc"
    check = check_portal(portal(https_url), timeout=5)
    assert check.verdict == "warn"
    assert f"start URL works as {server}/tin-tuc: update start_urls" in check.suggestions
    assert check.article_links == 5


def test_page_without_articles_warns(server: str) -> None:
    check = check_portal(portal(f"{server}/trang-chu"), timeout=5)
    assert check.verdict == "warn"
    assert check.problems == [f"no article links found on {server}/trang-chu"]


def test_script_only_paging_warns(server: str) -> None:
    check = check_portal(portal(f"{server}/grid"), timeout=5)
    assert check.verdict == "warn"
    assert check.start[0].script_paging
    assert any("pages only by script" in p for p in check.problems)


def test_article_pattern_that_matches_nothing_warns(server: str) -> None:
    good = check_portal(portal(f"{server}/tin-tuc", article_url_pattern=r"/tin-tuc/.+\.html$"))
    assert good.verdict == "ok", good.problems
    bad = check_portal(portal(f"{server}/tin-tuc", article_url_pattern=r"/bai-viet/"))
    assert bad.verdict == "warn"
    assert "fix article_url_pattern (or remove it)" in bad.suggestions


def test_robots_txt_disallow_and_sitemap(server: str) -> None:
    check = check_portal(portal(f"{server}/private/tin-tuc"), timeout=5)
    assert check.verdict == "warn"
    assert f"robots.txt of {server} disallows {server}/private/tin-tuc" in check.problems
    assert f"robots.txt names the sitemap {server}/sitemap.xml: add it to sitemaps" in (
        check.suggestions
    )


def test_dead_feed_and_sitemap(server: str) -> None:
    check = check_portal(
        portal(
            f"{server}/tin-tuc",
            feeds=(f"{server}/rss/tin-tuc.xml", f"{server}/rss/cu.rss"),
            sitemaps=(f"{server}/tin-tuc",),
        ),
        timeout=5,
    )
    assert check.verdict == "warn"
    feeds = {u.url: u for u in check.urls if u.role == "feed"}
    assert (
        feeds[f"{server}/rss/tin-tuc.xml"].alive and feeds[f"{server}/rss/tin-tuc.xml"].entries == 1
    )
    assert not feeds[f"{server}/rss/cu.rss"].alive
    assert f"feed {server}/rss/cu.rss: HTTP 404" in check.problems
    assert (
        f"remove {server}/rss/cu.rss from feeds, or find its current address" in check.suggestions
    )
    assert f"sitemap {server}/tin-tuc answers but is not a sitemap (text/html)" in check.problems


# --- TLS ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory) -> Iterator[str]:
    """The same portal over HTTPS with a self-signed certificate (not trusted)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    folder: Path = tmp_path_factory.mktemp("tls")
    (folder / "cert.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (folder / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "cert.pem", folder / "key.pem")
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), PortalHandler)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


def test_invalid_certificate_suggests_verify_tls_false(tls_server: str) -> None:
    fetched = fetch_url(f"{tls_server}/tin-tuc", timeout=5)
    assert fetched.error_kind == "tls-cert" and fetched.status is None
    check = check_portal(portal(f"{tls_server}/tin-tuc"), timeout=5)
    assert check.verdict == "warn"
    assert check.suggestions[0] == "the certificate is invalid: set verify_tls: false"
    assert check.article_links == 5  # read through the relaxed retry
    relaxed = check_portal(portal(f"{tls_server}/tin-tuc", verify_tls=False), timeout=5)
    assert relaxed.verdict == "ok", relaxed.problems


# --- several portals, the report, the command ------------------------------------------------


def test_check_portals_keeps_order_and_formats(server: str, dead_url: str) -> None:
    portals = [
        Portal(id="tot", name="Tốt", province="Huế", start_urls=(f"{server}/tin-tuc",)),
        Portal(id="chet", name="Chết", province="Huế", start_urls=(dead_url,)),
        Portal(id="cu", name="Cũ", province="Huế", start_urls=(f"{server}/cu",)),
    ]
    checks = check_portals(portals, workers=3, timeout=5)
    assert [(c.portal_id, c.verdict) for c in checks] == [
        ("tot", "ok"),
        ("chet", "fail"),
        ("cu", "warn"),
    ]
    report = format_checks(checks)
    rows = report.splitlines()
    assert rows[0].split() == [
        "id",
        "verdict",
        "http",
        "articles",
        "pages",
        "sitemaps",
        "feeds",
        "final",
        "URL",
    ]
    assert rows[1].split() == ["tot", "ok", "200", "5", "2", "-", "-"]
    assert rows[2].split() == ["chet", "fail", "refused", "0", "0", "-", "-"]
    assert rows[3].split() == ["cu", "warn", "200→", "5", "2", "-", "-", f"{server}/tin-tuc"]
    assert "chet: fail\n  problem: start URL " in report
    assert f"  fix:     start URL redirects to {server}/tin-tuc: update start_urls" in report
    assert report.endswith("1 ok, 1 warn, 1 fail")


def registry_file(tmp_path: Path, server: str, dead_url: str) -> Path:
    path = tmp_path / "portals.yaml"
    path.write_text(
        "portals:\n"
        f"  - {{id: tot, name: Tốt, province: Huế, start_urls: ['{server}/tin-tuc']}}\n"
        f"  - {{id: chet, name: Chết, province: Huế, start_urls: ['{dead_url}']}}\n",
        encoding="utf-8",
    )
    return path


def test_cli_check_exit_status(tmp_path: Path, server: str, dead_url: str) -> None:
    path = registry_file(tmp_path, server, dead_url)
    runner = CliRunner()
    ok = runner.invoke(main, ["portals", "--portals", str(path), "--check", "tot"])
    assert ok.exit_code == 0, ok.output
    assert ok.stdout.splitlines()[1].split()[:2] == ["tot", "ok"]
    assert "checked tot: ok" in ok.stderr
    failing = runner.invoke(main, ["portals", "--portals", str(path), "--check", "--json"])
    assert failing.exit_code == 1
    data = json.loads(failing.stdout)
    assert [(d["portal_id"], d["verdict"]) for d in data] == [("tot", "ok"), ("chet", "fail")]
    assert data[0]["article_links"] == 5 and data[0]["urls"][0]["status"] == 200
