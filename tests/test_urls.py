"""URL canonicalisation: every variant of one page maps to one key; print views; rel=canonical."""

from __future__ import annotations

import pytest

from dtcrawl.urls import canonicalize_url, is_print_view, resolve_canonical, url_key

ARTICLE = "https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=113139"

VARIANTS = [
    ARTICLE,
    "http://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=113139",
    "https://www.lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=113139",
    "https://LamGiang.Gov.VN/Trang/ChiTietTinTuc.aspx?nid=113139",
    "https://lamgiang.gov.vn:443/Trang/ChiTietTinTuc.aspx?nid=113139",
    "https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=113139#binh-luan",
    "https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?utm_source=zalo&utm_medium=social&nid=113139",
    "https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=113139&fbclid=IwAR0xyz&gclid=Cj0K",
    "https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=113139&zarsrc=31&ref=trang-chu",
    "https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx;jsessionid=9F3A1C?nid=113139",
    "https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=113139&PHPSESSID=abc123",
    "https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?ASP.NET_SessionId=q1w2e3&nid=113139",
    "https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?sid=77&nid=113139",
    "https://lamgiang.gov.vn/(S(lit3py55t21z5v55vlm25s55))/Trang/ChiTietTinTuc.aspx?nid=113139",
    "https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=113139&print=1",
    "https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=113139&view=print",
    "https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=113139&ReturnUrl=%2Ftrang-chu",
    "  https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=113139  ",
    # Escaped twice in the page's HTML ("&amp;amp;"): asked for as a browser would, and with
    # its ";" escaped (Scrapy's request URL).
    "https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?amp;nid=113139",
    "https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?amp%3Bamp%3Bnid=113139",
]


@pytest.mark.parametrize("variant", VARIANTS)
def test_every_variant_maps_to_one_key(variant):
    assert (
        url_key(variant)
        == url_key(ARTICLE)
        == "lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=113139"
    )


def test_trailing_slash_key_order_and_fragment_share_a_key():
    keys = {
        url_key("https://cds.tayphong.gov.vn/vi/bai-viet/ngay-chuyen-doi-so/"),
        url_key("https://cds.tayphong.gov.vn/vi/bai-viet/ngay-chuyen-doi-so"),
        url_key("http://www.cds.tayphong.gov.vn/vi/bai-viet/ngay-chuyen-doi-so#muc-2"),
    }
    assert len(keys) == 1
    assert url_key("https://x.gov.vn/a?b=2&a=1") == url_key("https://x.gov.vn/a?a=1&b=2")


def test_ampersands_escaped_twice_are_one_address():
    # A home-grown PHP portal writes its "Tin cùng chuyên mục" links with "&amp;amp;".
    key = url_key("http://vantrach.gov.vn/?cn=241&gd=4&tc=54028")
    assert url_key("http://vantrach.gov.vn/?tc=54028&amp;cn=241&amp;amp;gd=4") == key
    assert url_key("http://vantrach.gov.vn/?tc=54028&amp%3Bcn=241&amp%3Bgd=4") == key
    assert url_key("http://vantrach.gov.vn/?cn=241&gd=4&tc=54028&amp=1") != key


def test_decomposed_unicode_in_path_is_composed():
    decomposed = "https://x.gov.vn/tin-tuc/chuyen-%C4%91o%CC%82%CC%89i-so%CC%81"
    composed = "https://x.gov.vn/tin-tuc/chuyen-%C4%91%E1%BB%95i-s%C3%B3"
    raw = "https://x.gov.vn/tin-tuc/chuyen-đổi-só"
    assert canonicalize_url(decomposed) == canonicalize_url(composed) == canonicalize_url(raw)
    assert canonicalize_url(raw) == composed
    assert url_key(decomposed) == url_key(composed)


def test_encoded_slash_is_not_turned_into_a_path_level():
    assert canonicalize_url("https://x.gov.vn/a%2Fb/c") == "https://x.gov.vn/a%2Fb/c"


def test_the_stored_url_keeps_the_portals_scheme_and_host():
    assert canonicalize_url("http://www.x.gov.vn/a/?utm_source=fb") == "http://www.x.gov.vn/a/"
    assert canonicalize_url("HTTPS://X.gov.vn/A") == "https://x.gov.vn/A"
    assert canonicalize_url("http://127.0.0.11:8080/a?print=1") == "http://127.0.0.11:8080/a"


@pytest.mark.parametrize(
    "url",
    [
        "https://x.gov.vn/Trang/ChiTietTinTuc.aspx?nid=113139",
        "https://x.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=29974&l=Tintrongtinh&lv=4",
        "https://x.gov.vn/portal/pages/print.aspx?p=37874",
        "https://x.gov.vn/web/guest/tin-tuc?p_p_id=101&_101_delta=10&_101_cur=17",
        "https://x.gov.vn/vi/bai-viet?page=3",
        "https://x.gov.vn/xem?id=219498",
        "https://x.gov.vn/webcenter/portal/s/pages_tin-tuc/chi-tiet?dDocName=PORTAL325066",
        "https://x.gov.vn/?cn=236&gd=4&tc=54121",
    ],
)
def test_meaningful_parameters_are_kept(url):
    query = url.split("?", 1)[1]
    for pair in query.split("&"):
        assert pair in canonicalize_url(url)


def test_different_ids_are_different_keys():
    assert url_key("https://x.gov.vn/t.aspx?nid=1") != url_key("https://x.gov.vn/t.aspx?nid=2")
    assert url_key("https://x.gov.vn/c.aspx?ItemID=5&l=A") != url_key(
        "https://x.gov.vn/c.aspx?ItemID=5&l=B"
    )
    assert url_key("https://x.gov.vn/a/b") != url_key("https://x.gov.vn/a/B")


def test_relative_urls_resolve_against_base():
    assert (
        canonicalize_url("../tin/1.html?utm_campaign=x", base="https://x.gov.vn/vi/news/")
        == "https://x.gov.vn/vi/tin/1.html"
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://lamgiang.gov.vn/portal/pages/print.aspx?p=37874",
        "https://lamgiang.gov.vn/portal/Pages/Print.aspx?p=37874",
        "https://x.gov.vn/vi/news/print/chuyen-doi-so-3777.html",
        "https://x.gov.vn/Trang/ChiTietTinTuc.aspx?nid=1&print=1",
        "https://x.gov.vn/Trang/ChiTietTinTuc.aspx?nid=1&print=true",
        "https://x.gov.vn/tin?id=5&view=print",
        "https://x.gov.vn/tin-tuc/in-bai-viet/12345",
        "https://x.gov.vn/tin-tuc/12345/in-bai-viet",
    ],
)
def test_print_views_are_recognised(url):
    assert is_print_view(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://x.gov.vn/Trang/ChiTietTinTuc.aspx?nid=1",
        "https://x.gov.vn/vi/bai-viet/in-an-3d-phuc-vu-nong-nghiep",
        "https://x.gov.vn/vi/bai-viet/blueprint-do-thi-thong-minh",
        "https://x.gov.vn/tin?print=0",
        "https://x.gov.vn/portal/pages/printer-cap-xa.aspx",
    ],
)
def test_articles_are_not_print_views(url):
    assert not is_print_view(url)


def test_canonical_link_inside_the_portal_is_honoured():
    page = "https://www.lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=5&utm_source=fb"
    assert (
        resolve_canonical(page, "/vi/tin/chuyen-doi-so-5.html", ["lamgiang.gov.vn"])
        == "https://www.lamgiang.gov.vn/vi/tin/chuyen-doi-so-5.html"
    )
    assert (
        resolve_canonical(page, "https://stttt.lamgiang.gov.vn/tin/5", ["lamgiang.gov.vn"])
        == "https://stttt.lamgiang.gov.vn/tin/5"
    )


def test_canonical_link_outside_the_portal_or_to_home_is_ignored():
    page = "https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=5&utm_source=fb"
    own = "https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=5"
    allowed = ["lamgiang.gov.vn"]
    assert resolve_canonical(page, "https://baomoi.example.vn/tin/5", allowed) == own
    assert resolve_canonical(page, "https://notlamgiang.gov.vn/tin/5", allowed) == own
    assert resolve_canonical(page, "https://lamgiang.gov.vn/", allowed) == own
    assert resolve_canonical(page, "javascript:void(0)", allowed) == own
    assert resolve_canonical(page, "", allowed) == own
    assert resolve_canonical(page, None, allowed) == own


def test_canonical_link_on_a_loopback_demo_portal():
    page = "http://127.0.0.15:8000/vi/bai-viet/a?page=1"
    assert (
        resolve_canonical(page, "http://127.0.0.15:8000/vi/bai-viet/a", ["127.0.0.15"])
        == "http://127.0.0.15:8000/vi/bai-viet/a"
    )
    assert resolve_canonical(page, "http://127.0.0.14:8000/x", ["127.0.0.15"]) == canonicalize_url(
        page
    )


@pytest.mark.parametrize(
    "href",
    [
        "http://[::1/x",  # an IPv6 host without its closing bracket
        "https://lamgiang.gov.vn:99999/tin/5",  # port out of range
        "https://lamgiang.gov.vn:abc/tin/5",  # port not a number
        "https://tin tuc.lamgiang.gov.vn/tin/5",  # a host with a space
        "http://[::1]/tin/5",  # an IPv6 literal dtcrawl cannot canonicalise
        "http:///tin/5",  # no host
    ],
)
def test_malformed_canonical_link_is_ignored(href):
    page = "https://lamgiang.gov.vn/Trang/ChiTietTinTuc.aspx?nid=5"
    assert resolve_canonical(page, href, ["lamgiang.gov.vn", "::1"]) == page


@pytest.mark.parametrize(
    "url",
    [
        "http://x.gov.vn/a%3Bjsessionid=5",
        "http://x.gov.vn/a;jsessionid=5/b",
        "http://x.gov.vn/%28S(abc)%29/x.aspx",
        "http://x.gov.vn/tin%3Fa/b%2fc%7e?utm_source=x&b=%3D1",
        "HTTP://WWW.X.gov.vn/so%CC%81/?page=2&a=1#top",
        "http://x.gov.vn/Trang/ChiTiet.aspx?nid=12&Source=http%3A%2F%2Fx.gov.vn%2F",
    ],
)
def test_canonical_urls_are_canonical_again(url):
    once = canonicalize_url(url)
    assert canonicalize_url(once) == once
    assert url_key(once) == url_key(url)


def _canonical_both_ways(url: str) -> tuple[str | None, str]:
    from dtcrawl.urls import _canonical_passes, _simple_canonical

    return _simple_canonical(url), _canonical_passes(url)


_SHAPES = [
    f"{scheme}://{host}{path}{query}"
    for scheme in ("http", "https")
    for host in ("x.gov.vn", "www.x.gov.vn", "127.0.0.15:8080", "x.gov.vn:80", "x.gov.vn:443")
    for path in (
        "", "/", "/vi", "/vi/", "/vi/bai-viet/chuyen-doi-so_2024", "/Trang/ChiTiet.aspx",
        "/tin/7.html", "/a/./b", "/a/../b", "//a", "/a//b", "/.well-known/x", "/a..b", "/~u/x",
        "/a.b.c/", "/ID/8/", "/vi/news/Tin-tuc/so-hoa-123.html",
    )
    for query in (
        "", "?", "?page=2", "?b=1&a=2", "?a=2&a=1", "?a=&b=1", "?utm_source=zalo&nid=12",
        "?utm_source=zalo", "?print=1", "?view=print&id=3", "?SID=5&p=1", "?a", "?a=b=c",
        "?_101_cur=2&p_p_id=101", "?x=A~b", "?ItemID=12&Source=x", "?a=1&a=1",
    )
]  # fmt: skip


def test_simple_urls_get_the_canonical_form_of_the_full_passes():
    taken = 0
    for url in _SHAPES:
        simple, full = _canonical_both_ways(url)
        assert simple in (None, full), url
        taken += simple is not None
    assert 0 < taken < len(_SHAPES)


def test_the_demo_portals_urls_take_the_simple_way_to_the_same_form():
    from dtcrawl.demo.corpus import load_corpus
    from dtcrawl.demo.site import article_urls, print_urls, render
    from dtcrawl.pages import page_links

    urls = set()
    for portal in load_corpus():
        base = f"http://{portal}.demo.vn"
        paths = [*article_urls(portal).values(), *print_urls(portal).values()]
        for path in paths[:3]:
            page = page_links(render(portal, path).body, base + path)
            urls.update(link.url for link in page.links)
        urls.update(base + path for path in paths)
    simple = 0
    for url in urls:
        fast, full = _canonical_both_ways(url)
        assert fast in (None, full), url
        simple += fast is not None
    assert simple > len(urls) / 2  # most URLs take the simple way
