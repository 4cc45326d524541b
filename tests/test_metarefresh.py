"""Meta-refresh redirects (dtcrawl.metarefresh): followed as Scrapy's middleware follows them;
pages that cannot declare one are passed on without being decoded."""

from __future__ import annotations

import pytest
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware as ScrapyMiddleware
from scrapy.http import HtmlResponse, Request
from scrapy.settings import Settings
from scrapy.spiders import Spider

from dtcrawl.metarefresh import MetaRefreshMiddleware, may_declare_refresh

BASE = "http://127.0.0.11/portal/"
PAGES = {
    "plain": "<html><head><title>Tin tức</title></head><body><p>Chuyển đổi số</p></body></html>",
    "refresh": '<html><head><META HTTP-EQUIV="Refresh" CONTENT="0; URL=/portal/Pages/Trang-chu.aspx">'
    "</head><body></body></html>",
    "slow refresh": '<html><head><meta http-equiv="refresh" content="600; url=/khac"></head></html>',
    "word only": "<html><body><p>Nhấn F5 để refresh trang</p></body></html>",
    "in a script": '<html><head><script>var s = \'<meta http-equiv="refresh" content="0;url=/x">\';'
    "</script></head></html>",
}


def _middlewares():
    spider = Spider(name="portal")
    settings = Settings({"METAREFRESH_ENABLED": True})
    return MetaRefreshMiddleware(settings), ScrapyMiddleware(settings), spider


def _outcome(result, response):
    if result is response:
        return "page"
    assert isinstance(result, Request)
    return result.url


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "windows-1258"])
@pytest.mark.parametrize("name", sorted(PAGES))
def test_same_outcome_as_scrapys_middleware(name, encoding):
    ours, scrapys, spider = _middlewares()
    outcomes = []
    for middleware in (ours, scrapys):
        body = PAGES[name].encode(encoding, errors="xmlcharrefreplace")
        headers = {"Content-Type": f"text/html; charset={encoding}"}
        response = HtmlResponse(BASE, body=body, headers=headers)
        outcomes.append(
            _outcome(middleware.process_response(Request(BASE), response, spider), response)
        )
    assert outcomes[0] == outcomes[1]
    if name == "refresh":
        assert outcomes[0] == "http://127.0.0.11/portal/Pages/Trang-chu.aspx"


def test_a_page_without_refresh_is_not_decoded():
    ours, _, spider = _middlewares()
    response = HtmlResponse(
        BASE, body=PAGES["plain"].encode(), headers={"Content-Type": "text/html"}
    )
    assert ours.process_response(Request(BASE), response, spider) is response
    assert response._cached_ubody is None  # Scrapy's decoded text was never made


def test_may_declare_refresh():
    assert may_declare_refresh(b'<meta http-equiv="REFRESH" content="0;url=/">')
    assert may_declare_refresh("<p>x</p>".encode("utf-16"))  # NUL bytes: decoded by Scrapy
    assert not may_declare_refresh(PAGES["plain"].encode())
    # Beyond the 4,096 characters Scrapy scans, even in 4-byte characters: not looked at.
    assert not may_declare_refresh(b" " * (4 * 4096) + b'<meta http-equiv="refresh">')
