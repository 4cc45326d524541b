"""The SharePoint 2013 news-list demo family (portal skhdt-songmai), served over HTTP."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qs, urlsplit

import lxml.html
import pytest
from conftest import listing_paths, raw_get, walk_site

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.cms.splists import sp_date

PORTAL = "skhdt-songmai"
CORPUS = demo_corpus(40, PORTAL)
ARTICLES = CORPUS[PORTAL]
ROW_TITLES = "//table[@class='ms-listviewtable']/tbody//a/text()"
LISTING = re.compile(r"^/Lists/TinTuc/AllItems\.aspx(\?.*)?$")


def fetch(demo, path: str) -> tuple[int, dict[str, str], str]:
    """GET ``path`` of this portal without following redirects: status, headers, text."""
    return raw_get(demo.base_url(PORTAL), path)


def squeeze(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def crawl(demo) -> dict[str, str]:
    """Every HTML page reachable from ``/`` through links and redirects (no scripts, nothing
    under ``/_layouts/``): path → body ("" for pages that did not answer 200)."""
    reached = walk_site(
        demo.base_url(PORTAL),
        lambda path: (
            not path.lower().endswith((".gif", ".jpg", ".png", ".ico"))
            and not path.lower().startswith("/_layouts/")
        ),
    )
    return {path: body if status == 200 else "" for path, (status, body) in reached.items()}


@pytest.fixture(scope="module")
def reached(demo):
    return crawl(demo)


def test_root_redirects_to_the_welcome_page(demo, site):
    assert site.start_paths() == ["/"]
    status, headers, _ = fetch(demo, "/")
    assert status == 302 and headers["Location"] == "/Pages/default.aspx"
    status, _, body = fetch(demo, "/Pages/default.aspx")
    assert status == 200
    for marker in ("s4-workspace", "DeltaPlaceHolderMain", "__REQUESTDIGEST", "/_layouts/15/"):
        assert marker in body
    assert "Tin nổi bật" in body and "Kết quả giải quyết TTHC" in body
    assert "Thống kê truy cập" in body and "Cơ quan chủ quản" in body


def test_every_listing_page_is_reachable_through_the_pager(demo, site, reached):
    expected = listing_paths(site)
    assert any("PageFirstRow=41" in p for p in expected)
    assert expected <= {p for p, body in reached.items() if body}
    assert all(LISTING.match(p) for p in expected)


def test_every_article_is_reachable_and_complete(demo, site, reached):
    urls = demo.sites.article_urls(PORTAL)
    assert len(urls) == len(ARTICLES)
    reached_ok = {p for p, body in reached.items() if body}
    for article in ARTICLES:
        path = urls[article.key]
        assert re.fullmatch(r"/Lists/TinTuc/DispForm\.aspx\?ID=\d+", path)
        assert path in reached_ok, path
        status, _, body = fetch(demo, path)
        assert status == 200
        document = lxml.html.fromstring(body)
        fields = {
            squeeze(row.xpath(".//td[@class='ms-formlabel']")[0].text_content()): row.xpath(
                ".//td[@class='ms-formbody']"
            )[0]
            for row in document.xpath("//table[@class='ms-formtable']/tr")
        }
        assert squeeze(fields["Tiêu đề"].text_content()) == article.title
        assert squeeze(fields["Ngày đăng"].text_content()) == sp_date(article.published)
        assert squeeze(fields["Tác giả"].text_content()) == (article.author or "")
        rte = fields["Nội dung"].xpath(".//div[@class='ms-rtestate-field']")[0]
        body_text = squeeze(rte.text_content())
        for paragraph in article.paragraphs:
            assert squeeze(paragraph) in body_text
        for image in article.images:
            assert squeeze(image["caption"]) in body_text


def test_custom_display_page_shows_the_same_item(demo, site):
    for article in ARTICLES[:8]:
        item = site.by_key[article.key]
        status, _, body = fetch(demo, site.detail_path(item))
        assert status == 200
        document = lxml.html.fromstring(body)
        assert squeeze(document.xpath("//h2[@class='tintuc-tieude']")[0].text_content()) == (
            article.title
        )
        text = squeeze(document.xpath("//div[@class='ms-rtestate-field']")[0].text_content())
        assert all(squeeze(p) in text for p in article.paragraphs)
        assert f"Ngày đăng: {sp_date(article.published)}" in squeeze(body)
        if article.author:
            assert f"<strong>{article.author}</strong>" in body


def test_pager_shows_rows_and_arrows_only(demo, site):
    path = site.listing_path(None, 2)
    query = parse_qs(urlsplit(path).query)
    assert query["Paged"] == ["TRUE"] and query["PageFirstRow"] == ["11"]
    assert query["p_ID"] == [str(site.items[9].number)]  # the last item of page 1
    status, _, body = fetch(demo, path)
    assert status == 200
    document = lxml.html.fromstring(body)
    cells = [
        squeeze(td.text_content()) for td in document.xpath("//td[contains(@class, 'ms-paging')]")
    ]
    assert "11 - 20" in cells
    assert not any(re.fullmatch(r"\d+", c) for c in cells)
    arrows = [a.get("href") for a in document.xpath("//td[contains(@class, 'ms-paging')]//a")]
    assert arrows[1] == site.listing_path(None, 3)
    assert "PagedPrev=TRUE" in arrows[0]
    status, _, previous = fetch(demo, arrows[0])
    assert status == 200 and "1 - 10" in previous
    titles = lxml.html.fromstring(body).xpath(ROW_TITLES)
    assert titles == [it.title for it in site.items[10:20]]
    assert "ms-vb2" in body and sp_date(site.items[10].published) in body
    assert fetch(demo, path.replace(f"p_ID={site.items[9].number}", "p_ID=99999"))[0] == 404


def test_category_views_are_filtered(demo, site):
    section = site.sections["Kinh tế số"]
    path = site.listing_path(section)
    assert "FilterField1=Category&FilterValue1=Kinh%20t%E1%BA%BF%20s%E1%BB%91" in path
    _, _, body = fetch(demo, path)
    titles = lxml.html.fromstring(body).xpath(ROW_TITLES)
    assert titles == [it.title for it in site.listed(section)[:10]]


def test_not_found_pages(demo, site):
    assert fetch(demo, "/Pages/KhongCo.aspx")[0] == 404
    assert fetch(demo, "/Lists/TinTuc/DispForm.aspx?ID=1")[0] == 404
    broken = demo.sites.broken_pages(PORTAL)
    assert list(broken.values()) == ["missing"]
    assert fetch(demo, next(iter(broken)))[0] == 404
    _, _, body = fetch(demo, "/robots.txt")
    assert "Disallow: /_layouts/" in body


def test_hazards_aliases_scripts_and_changing_state(demo, site, reached):
    item = site.items[3]
    canonical = fetch(demo, site.article_path(item))[2]
    aliases = [
        p
        for p, body in reached.items()
        if body
        and re.search(rf"(dispform|tintucchitiet)\.aspx\?(id|itemid)={item.number}(&|$)", p, re.I)
        and p != site.article_path(item)
    ]
    kinds = {
        "Source": any("&Source=http" in p for p in aliases),
        "ContentTypeId": any("&ContentTypeId=0x0100" in p for p in aliases),
        "detail": any(p.lower().startswith("/pages/tintucchitiet.aspx") for p in aliases),
    }
    assert all(kinds.values()), kinds
    for alias in aliases:
        status, _, body = fetch(demo, alias)
        text = squeeze(lxml.html.fromstring(body).text_content())
        assert status == 200 and all(squeeze(p) in text for p in item.paragraphs)
    assert 'href="javascript:window.print();"' in canonical
    assert 'href="javascript:"' in fetch(demo, site.listing_path(None))[2]
    digest = re.compile(r'id="__REQUESTDIGEST" value="([^"]+)"')
    values = {digest.search(body).group(1) for body in list(reached.values())[:6] if body}
    assert len(values) > 1
    assert "Được tạo lúc" in canonical and "Lượt xem" in canonical


def test_category_views_page_by_the_last_id_shown():
    """With more articles, each category view pages too; following "next" arrows visits every
    item of the category once, and the arrows' pages are those of ``listing_path``."""
    from dtcrawl.demo.site import DemoSites

    sites = DemoSites(demo_corpus(120, PORTAL))
    site = sites.site(PORTAL)
    section = site.sections["Chuyển đổi số"]
    path, seen, page = site.listing_path(section), [], 1
    while path:
        assert path == site.listing_path(section, page)
        body = sites.render(PORTAL, path).text()
        document = lxml.html.fromstring(body)
        seen += document.xpath(ROW_TITLES)
        arrows = document.xpath("//td[@class='ms-paging']//a/@href")
        path, page = (arrows[0], page + 1) if arrows else (None, page)
    assert page > 2
    assert seen == [it.title for it in site.listed(section)]
