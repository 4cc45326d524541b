"""The archive in a real browser (headless Debian Chromium driven by Playwright).

A journalist types an unaccented query on the home page, finds the accented
article with its match highlighted, opens it, follows to the original, and
subscribes to the search's Atom feed. Screenshots go to ``tests/screenshots/``.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from web_fixtures import ARTICLES, build_test_archive, running_datasette

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SCREENSHOTS = Path(__file__).parent / "screenshots"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ATOM = "{http://www.w3.org/2005/Atom}"

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Chromium not installed (make browser installs it)"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    path = tmp_path_factory.mktemp("browser") / "dtnews.db"
    build_test_archive(path)
    with running_datasette(path) as running:
        yield running


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="vi-VN")
    page = context.new_page()
    yield page
    context.close()


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def test_search_from_home_open_article_and_feed(server, page):
    page.goto(server.url + "/")
    assert page.locator("h1").inner_text() == "Lưu trữ tin chuyển đổi số các tỉnh"
    shot(page, "home")

    page.fill("input[name=q]", "khai truong ioc")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/-/search?q=khai+truong+ioc")
    first = page.locator(".dt-result").first
    assert first.locator("h2").inner_text() == ARTICLES[2]["title"]
    marks = first.locator("mark").all_inner_texts()
    assert "IOC" in marks and any(m.startswith("khai trương") for m in marks)
    # the repost on the same portal is hidden, and linked as "also ran on"
    assert page.locator(".dt-result").count() == 1
    assert "hoason" in first.locator(".dt-others").inner_text()
    shot(page, "results")

    first.locator("h2 a").click()
    page.wait_for_url("**/-/article/*")
    assert page.locator("h1.dt-title").inner_text() == ARTICLES[2]["title"]
    assert page.locator(".dt-body p").count() == 3
    original = page.locator("#original-link")
    assert original.get_attribute("href") == ARTICLES[2]["url"]
    shot(page, "article")

    page.goto(server.url + "/-/search?q=khai+truong+ioc")
    feed_url = page.locator("a.dt-feed").get_attribute("href")
    response = page.request.get(server.url + feed_url)
    assert response.ok and response.headers["content-type"].startswith("application/atom+xml")
    entries = ET.fromstring(response.body()).findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [ARTICLES[2]["title"]]


def test_script_text_in_an_article_does_not_run(server, page):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server.url + "/-/search?q=ma+doc")
    page.locator(".dt-result h2 a").first.click()
    page.wait_for_url("**/-/article/*")
    assert "<script>alert(1)</script>" in page.locator(".dt-body").inner_text()
    assert dialogs == []


def test_charts_link_to_their_articles(server, page):
    page.goto(server.url + "/-/charts")
    assert page.locator("#chart-provinces svg rect.bar").count() >= 8
    shot(page, "charts")
    page.locator("#chart-indicator svg a:has(circle)").first.click()
    page.wait_for_url("**/-/article/*")
    assert page.locator("#indicators").is_visible()
