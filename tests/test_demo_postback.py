"""The postback demo family (stp-lungha): an ASP.NET WebForms portal whose lists page only by
posting the form back (``__doPostBack``, ``__VIEWSTATE``, ``__EVENTVALIDATION``)."""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request

import lxml.html
import pytest

from dtcrawl.bench.synthetic import demo_corpus
from dtcrawl.demo.server import DemoPortals

PORTAL = "stp-lungha"
CORPUS = demo_corpus(40, PORTAL)
POSTBACK = re.compile(r"javascript:__doPostBack\('([^']*)','([^']*)'\)")


@pytest.fixture(scope="module")
def demo():
    with DemoPortals(port=0, corpus=CORPUS, portal_ids=[PORTAL, "lamgiang"]) as portals:
        yield portals


def fetch(url: str, form: dict[str, str] | None = None) -> tuple[int, str]:
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data)) as answer:
            return answer.status, answer.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def browser_form(page: str, target: str, argument: str) -> dict[str, str]:
    """What a browser posts when ``__doPostBack(target, argument)`` runs on ``page``."""
    form = lxml.html.fromstring(page).forms[0]
    values = dict(form.form_values())
    values["__EVENTTARGET"], values["__EVENTARGUMENT"] = target, argument
    return values


def postbacks(page: str) -> list[tuple[str, str, str]]:
    """(target, argument, link text) of the page's postback links."""
    tree = lxml.html.fromstring(page)
    found = []
    for link in tree.iter("a"):
        match = POSTBACK.match(link.get("href") or "")
        if match:
            found.append((match.group(1), match.group(2), link.text_content().strip()))
    return found


def article_ids(page: str) -> set[str]:
    return set(re.findall(r"ChiTiet\.aspx\?ID=(\d+)&amp;CatID=\d+", page))


def current_page(page: str) -> int:
    tree = lxml.html.fromstring(page)
    spans = tree.xpath('//span[@class="trang-hientai"] | //tr[@class="pager"]//span[not(@class)]')
    return int(spans[0].text_content()) if spans else 1


def walk_list(url: str) -> tuple[set[int], set[str]]:
    """Click through a list's pager like a browser: the pages seen and the article ids."""
    status, page = fetch(url)
    assert status == 200
    seen_pages, ids = set(), set()
    queue = [page]
    while queue:
        page = queue.pop()
        number = current_page(page)
        if number in seen_pages:
            continue
        seen_pages.add(number)
        ids |= article_ids(page.split('class="tinkhac"')[0])
        for target, argument, text in postbacks(page):
            if text.isdigit() and int(text) not in seen_pages:
                status, nxt = fetch(url, browser_form(page, target, argument))
                assert status == 200, (target, argument)
                assert current_page(nxt) == int(text)
                queue.append(nxt)
    return seen_pages, ids


def test_every_article_page_shows_title_and_gold_paragraphs(demo):
    base = demo.base_url(PORTAL)
    site = demo.sites.site(PORTAL)
    for article in CORPUS[PORTAL]:
        item = site.by_key[article.key]
        status, page = fetch(base + site.article_path(item))
        assert status == 200
        text = lxml.html.fromstring(page).text_content()
        assert article.title in text
        for paragraph in article.paragraphs:
            assert paragraph in text


def test_lists_reach_every_page_and_article_only_by_postback(demo):
    base = demo.base_url(PORTAL)
    site = demo.sites.site(PORTAL)
    _, home = fetch(base + "/")
    assert len(article_ids(home)) == 8  # the home page shows only the newest 8
    tree = lxml.html.fromstring(home)
    lists = {href for href in tree.xpath("//ul[@class='danhmuc']//a/@href") if "TinTuc/" in href}
    assert len(lists) == 1 + len(site.sections)
    everything: set[str] = set()
    for path in sorted(lists):
        pages, ids = walk_list(base + path)
        count = site.page_count(*site._target(site._request(path, 0, None)))
        assert pages == set(range(1, count + 1)), path
        everything |= ids
    wanted = {str(site.by_key[a.key].number) for a in CORPUS[PORTAL]}
    assert everything == wanted
    first_page_ids = set()
    for path in lists:
        first_page_ids |= article_ids(fetch(base + path)[1])
    assert len(wanted - first_page_ids - article_ids(home)) > 10


def test_get_always_shows_page_one(demo):
    base = demo.base_url(PORTAL)
    one = fetch(base + "/TinTuc/TinTongHop.aspx")[1]
    again = fetch(base + "/TinTuc/TinTongHop.aspx?page=2")[1]
    assert current_page(again) == 1 and article_ids(again) == article_ids(one)


def test_gridview_first_last_and_datapager_next(demo):
    base = demo.base_url(PORTAL)
    url = base + "/TinTuc/DanhSachTin.aspx?CatID=16"  # An toàn thông tin: 11 articles, 3 pages
    _, page = fetch(url)
    links = {text: (t, a) for t, a, text in postbacks(page)}
    assert links["Cuối"] == ("ctl00$ContentPlaceHolder1$gvTinTuc", "Page$Last")
    _, last = fetch(url, browser_form(page, *links["Cuối"]))
    assert current_page(last) == 3
    back = {text: (t, a) for t, a, text in postbacks(last)}["Đầu"]
    assert current_page(fetch(url, browser_form(last, *back))[1]) == 1
    news = base + "/TinTuc/TinTongHop.aspx"
    _, page = fetch(news)
    following = {text: (t, a) for t, a, text in postbacks(page)}["Sau"]
    assert following == ("ctl00$cphMain$dpTin$ctl02$ctl00", "")
    assert current_page(fetch(news, browser_form(page, *following))[1]) == 2


def test_related_list_pages_by_postback(demo):
    base = demo.base_url(PORTAL)
    site = demo.sites.site(PORTAL)
    item = site.listed(site.sections["An toàn thông tin"])[0]
    url = base + site.article_path(item)
    _, page = fetch(url)
    related = {text: (t, a) for t, a, text in postbacks(page)}
    assert related["2"] == ("ctl00$ContentPlaceHolder1$gvTinKhac", "Page$2")
    status, second = fetch(url, browser_form(page, *related["2"]))
    assert status == 200 and item.title in second
    tail = lambda html: article_ids(html.split('class="tinkhac"')[1])  # noqa: E731
    assert tail(second) and not tail(second) & tail(page)


def test_bad_viewstate_and_event_validation_give_500(demo):
    base = demo.base_url(PORTAL)
    url = base + "/TinTuc/DanhSachTin.aspx?CatID=12"
    _, page = fetch(url)
    target, argument, _ = postbacks(page)[0]
    form = browser_form(page, target, argument)
    status, body = fetch(url, {**form, "__VIEWSTATE": "/wEPDwUKLTEyMzQ1Njc4OQ9kFgJmD2QWAg=="})
    assert status == 500 and "Validation of viewstate MAC failed" in body
    status, body = fetch(url, {**form, "__EVENTARGUMENT": "Page$7"})
    assert status == 500 and "Invalid postback or callback argument" in body
    # A view state is only valid on the page type that issued it.
    news_form = browser_form(fetch(base + "/TinTuc/TinTongHop.aspx")[1], target, argument)
    assert fetch(url, news_form)[0] == 500
    # A POST without view state or event is a first visit: page 1.
    status, body = fetch(url, {"ctl00$txtTuKhoa": ""})
    assert status == 200 and current_page(body) == 1


def test_hazards_alias_print_view_counter_and_script_links(demo):
    base = demo.base_url(PORTAL)
    site = demo.sites.site(PORTAL)
    item = site.items[0]
    _, page = fetch(base + site.article_path(item))
    assert f'href="/TinTuc/ChiTiet.aspx?ID={item.number}"' in page  # alias in "Tin nổi bật"
    status, alias = fetch(base + site.short_path(item))
    assert status == 200 and item.title in alias
    assert "javascript:window.open(&#x27;/TinTuc/InTin.aspx" in page
    status, printed = fetch(base + site.print_path(item))
    assert status == 200 and item.paragraphs[0] in printed
    assert re.search(r"Lượt xem: <span[^>]*>[\d.]+</span>", page)
    assert re.search(r"Ngày xuất bản: <span[^>]*>\d\d/\d\d/\d{4} \d{1,2}:\d\d:\d\d (SA|CH)", page)
    assert 'name="__VIEWSTATE"' in page and 'name="__EVENTVALIDATION"' in page


def test_404_page_and_robots(demo):
    base = demo.base_url(PORTAL)
    assert fetch(base + "/TinTuc/ChiTiet.aspx?ID=1")[0] == 404
    assert fetch(base + "/TinTuc/DanhSachTin.aspx?CatID=999")[0] == 404
    assert fetch(base + "/khong-co.aspx")[0] == 404
    assert fetch(base + "/sitemap.xml")[0] == 404
    status, robots = fetch(base + "/robots.txt")
    assert status == 200 and "Sitemap" not in robots


def test_server_logs_posts_and_refuses_them_elsewhere(demo):
    base = demo.base_url(PORTAL)
    demo.clear_requests()
    url = base + "/TinTuc/TinTongHop.aspx"
    page = fetch(url)[1]
    target, argument, _ = postbacks(page)[0]
    fetch(url, browser_form(page, target, argument))
    assert demo.fetched_paths(PORTAL, "POST") == ["/TinTuc/TinTongHop.aspx"]
    assert (PORTAL, "POST", "/TinTuc/TinTongHop.aspx", 200) in demo.answers
    assert fetch(demo.base_url("lamgiang") + "/", {"a": "b"})[0] == 405


def test_half_the_articles_are_reachable_only_by_postback(demo):
    """Following every plain link by GET (home, lists, articles, "Các tin khác") misses many."""
    base = demo.base_url(PORTAL)
    site = demo.sites.site(PORTAL)
    todo, seen, found = ["/"], set(), set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        status, page = fetch(base + path)
        if status != 200 or "<html" not in page:
            continue
        for href in lxml.html.fromstring(page).xpath("//a/@href"):
            if href.startswith("/") and not href.endswith((".jpg", ".gif")):
                todo.append(href)
                found |= set(re.findall(r"ChiTiet\.aspx\?ID=(\d+)", href))
    wanted = {str(site.by_key[a.key].number) for a in CORPUS[PORTAL]}
    assert found < wanted and len(wanted - found) >= 16
