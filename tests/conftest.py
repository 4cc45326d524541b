"""Shared fixtures: the offline demo portals, and an archive built by crawling them.

The demo archive is built once per test session by running the real command line
(``dtcrawl crawl``) against the real demo portals over HTTP, exactly as an operator
would; tests that need an archive read that SQLite file.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Crawling the local demo portals needs no politeness delays.
FAST_SETTINGS = [
    "DOWNLOAD_DELAY=0",
    "AUTOTHROTTLE_ENABLED=False",
    "CONCURRENT_REQUESTS_PER_DOMAIN=8",
    "RETRY_TIMES=1",
]


def run_dtcrawl(
    *args: str, timeout: float = 300, check: bool = True
) -> subprocess.CompletedProcess:
    """Run the ``dtcrawl`` command line in a child process and return its result."""
    result = subprocess.run(
        [sys.executable, "-m", "dtcrawl.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    if check and result.returncode != 0:
        raise AssertionError(
            f"dtcrawl {' '.join(args)} exited {result.returncode}\n"
            f"stdout:\n{result.stdout[-3000:]}\nstderr:\n{result.stderr[-5000:]}"
        )
    return result


def crawl_args(db: Path, registry: Path, *extra: str) -> list[str]:
    """Arguments of ``dtcrawl crawl`` over the demo registry, politeness off."""
    args = ["crawl", "--db", str(db), "--portals", str(registry)]
    for setting in FAST_SETTINGS:
        args += ["--set", setting]
    return [*args, *extra]


def raw_get(base_url: str, path: str) -> tuple[int, dict[str, str], str]:
    """GET ``path`` from a demo portal without following redirects: status, headers, text."""
    import http.client
    from urllib.parse import urlsplit

    host, port = urlsplit(base_url).netloc.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=10)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        return response.status, dict(response.getheaders()), body
    finally:
        connection.close()


def site_links(base_url: str, path: str, markup: str, xpath: str = "//a/@href") -> list[str]:
    """The same-site paths (with their query) a demo page links to, in page order: ``xpath``'s
    hrefs resolved against the page's URL and its ``<base href>``; fragments and links to
    other sites, ``javascript:`` and ``mailto:`` left out."""
    from urllib.parse import urljoin, urlsplit

    import lxml.html

    document = lxml.html.fromstring(markup)
    page_url = base_url + path
    declared = document.xpath("//base/@href")
    if declared:
        page_url = urljoin(page_url, declared[0])
    found = []
    for href in document.xpath(xpath):
        if href.startswith(("#", "javascript:", "mailto:")):
            continue
        url = urlsplit(urljoin(page_url, href.strip()))
        if f"{url.scheme}://{url.netloc}" == base_url:
            found.append((url.path or "/") + (f"?{url.query}" if url.query else ""))
    return found


def listing_paths(site, news=None) -> set[str]:
    """Every page of a demo CMS site's listings: the general news listing (``news``: None or
    the site's news section, as the family's tests name it) and each section's."""
    paths: set[str] = set()
    for section in [news, *site.sections.values()]:
        _, pages = site.page_of(site.listed(section), 1)
        paths |= {site.listing_path(section, n) for n in range(1, pages + 1)}
    return paths


def walk_site(
    base_url: str, follow, start: str = "/", xpath: str = "//a/@href"
) -> dict[str, tuple[int, str]]:
    """Every page of a demo portal reachable from ``start``, breadth first, through the links
    (:func:`site_links` with ``xpath``) and same-site redirects whose path ``follow(path)``
    accepts: path -> (status, body)."""
    from collections import deque
    from urllib.parse import urljoin, urlsplit

    reached: dict[str, tuple[int, str]] = {}
    queue = deque([start])
    while queue:
        path = queue.popleft()
        if path in reached:
            continue
        status, headers, body = raw_get(base_url, path)
        reached[path] = (status, body)
        if status in (301, 302, 303, 307, 308):
            url = urlsplit(urljoin(base_url + path, headers.get("Location", "")))
            target = (url.path or "/") + (f"?{url.query}" if url.query else "")
            if f"{url.scheme}://{url.netloc}" == base_url and follow(target):
                queue.append(target)
        elif status == 200:
            links = site_links(base_url, path, body, xpath)
            queue.extend(link for link in links if link not in reached and follow(link))
    return reached


def root_registry(path: Path, portal_id: str, base_url: str, start_path: str = "/") -> Path:
    """Write a registry naming one demo portal by its root URL alone (no sections, feeds,
    sitemaps, patterns or CMS), as an operator's first entry for an unknown portal would
    (``start_path``: a sub-site's home on a shared host, its root)."""
    import yaml

    from dtcrawl.demo.portals import ALL_PORTALS

    portal = ALL_PORTALS[portal_id]
    entry = {"id": portal_id, "name": portal.name, "province": portal.province}
    path.write_text(
        yaml.safe_dump(
            {"portals": [{**entry, "start_urls": [base_url + start_path]}]}, allow_unicode=True
        ),
        encoding="utf-8",
    )
    return path


@pytest.fixture(scope="module")
def demo(request):
    """The test module's one demo portal (its ``PORTAL``, over its ``CORPUS``), served for
    the module's tests (the blind families' tests)."""
    from dtcrawl.demo.server import DemoPortals

    module = request.module
    with DemoPortals(port=0, corpus=module.CORPUS, portal_ids=[module.PORTAL]) as portals:
        yield portals


@pytest.fixture(scope="module")
def site(demo, request):
    """The rendering site of the test module's demo portal."""
    return demo.sites.site(request.module.PORTAL)


@pytest.fixture(scope="session")
def demo_portals(tmp_path_factory):
    """The five demo portals, running on 127.0.0.11–15 for the whole session."""
    from dtcrawl.demo.server import DemoPortals

    with DemoPortals(port=0) as portals:
        portals.registry_path = tmp_path_factory.mktemp("registry") / "demo-portals.yaml"
        portals.write_registry(portals.registry_path)
        yield portals


@pytest.fixture(scope="session")
def demo_archive(demo_portals, tmp_path_factory) -> Path:
    """Path of an archive built by one full crawl of the demo portals (read-only for tests)."""
    db = tmp_path_factory.mktemp("archive") / "demo.db"
    demo_portals.requests.clear()
    run_dtcrawl(*crawl_args(db, demo_portals.registry_path))
    return db


def query(db: Path, sql: str, params=()) -> list[sqlite3.Row]:
    """Run a read-only query on an archive file."""
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()
