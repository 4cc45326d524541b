"""Structural page reading: pagination shapes of CMS families the demo portals do not use."""

import pytest

from dtcrawl import pages


@pytest.mark.parametrize(
    "page_url, hrefs, expected",
    [
        # Drupal counts pages from zero: "2" is ?page=1.
        ("http://t.vn/tin-tuc", ["?page=1", "?page=2"], 2),
        # Joomla pages by item offset.
        ("http://t.vn/tin-tuc", ["?start=10", "?start=20"], 2),
        # WordPress adds /page/N/ to the section path.
        ("http://t.vn/tin-tuc/", ["/tin-tuc/page/2/", "/tin-tuc/page/3/"], 2),
        # Custom CMSes: /trang-N.html beside the section page.
        ("http://t.vn/tin-tuc.html", ["/tin-tuc/trang-2.html", "/tin-tuc/trang-3.html"], 2),
        # SharePoint: the page number inside the path.
        (
            "http://t.vn/Pages/ChuyenMuc/PhanTrang/1753/1/Cds.html",
            ["/Pages/ChuyenMuc/PhanTrang/1753/2/Cds.html"],
            1,
        ),
        # Liferay: a bare first page gains its portlet parameters; page-size links are not pages.
        (
            "http://t.vn/web/guest/tin-tuc",
            ["?p_p_id=101&_101_delta=5&_101_cur=2", "?p_p_id=101&_101_delta=20&_101_cur=1"],
            1,
        ),
        # A session id in the path does not hide the pager.
        ("http://t.vn/web/guest/tin", ["/web/guest/tin;jsessionid=AB12?_101_cur=2"], 1),
    ],
)
def test_pagination_shapes(page_url, hrefs, expected):
    labels = ["2", "3"]
    html = (
        "<body><div class='pager'>"
        + "".join(
            f'<a href="{href}">{labels[i] if "delta=20" not in href else "20"}</a>'
            for i, href in enumerate(hrefs)
        )
        + "</div></body>"
    )
    assert len(pages.pagination_links(pages.page_links(html, page_url))) == expected


def test_links_elsewhere_are_not_pages():
    html = (
        '<body><a href="/tin-tuc/bai-2">Hội nghị tổng kết năm 2</a>'
        "<a href=\"/lien-he\">2</a><a href=\"javascript:__doPostBack('g','Page$2')\">2</a></body>"
    )
    assert pages.pagination_links(pages.page_links(html, "http://t.vn/tin-tuc")) == []


def test_a_pager_that_swaps_a_parameter_for_another_is_no_pager():
    # A search page (?q=...) whose pager links drop the query: another listing, and no crash
    # (a KeyError on the parameter the link adds, found on the benchmark portal's search page).
    html = '<body><a href="?page=2">2</a><a href="?page=2">Trang sau</a></body>'
    page = pages.page_links(html, "http://t.vn/vi/tim-kiem?q=dich%20vu%20cong")
    assert pages.pagination_links(page) == []


def test_main_list_with_excerpts_wins_over_a_box_of_newest_items():
    box = "".join(
        f'<li><a href="/tin/moi-{i}">Tin mới số {i} về hoạt động của tỉnh</a> (01/0{i}/2025)</li>'
        for i in range(1, 7)
    )
    main = "".join(
        f'<div class="item"><h3><a href="/tin/bai-{i}">Bài viết chính số {i} của chuyên mục'
        f"</a></h3><p>Đoạn trích dẫn dài mô tả nội dung bài viết thứ {i}, đủ dài để là một "
        f"sapo thật sự của một tin trong chuyên mục chuyển đổi số.</p></div>"
        for i in range(1, 6)
    )
    html = f'<body><div class="main">{main}</div><aside><ul class="box">{box}</ul></aside></body>'
    page = pages.page_links(html, "http://t.vn/chuyen-doi-so")
    main_items = pages.listing_items(page, min_share=1.0)
    assert [link.url.rsplit("/", 1)[1] for link in main_items] == [f"bai-{i}" for i in range(1, 6)]


def test_running_text_counts_only_the_page_s_own_text_and_stops_past_the_article_mark():
    sentence = "Tỉnh tiếp tục đẩy mạnh số hóa hồ sơ thủ tục hành chính cho người dân. "
    menu = f"<nav><p>{sentence * 20}</p></nav>"
    body = f"<p>{sentence * 2}</p>" * 20
    article = pages.page_links(f"<body>{menu}{body}</body>", "http://t.vn/a")
    assert pages.ARTICLE_TEXT_CHARS < article.running_text() < len(sentence) * 10
    assert pages.page_links(f"<body>{menu}</body>", "http://t.vn/b").running_text() == 0


@pytest.mark.parametrize(
    "base",
    [
        "https://tinh.gov.vn/vi/tin-tuc?page=5",
        "https://tinh.gov.vn/vi/tin-tuc/?page=5#top",
        "https://tinh.gov.vn/Pages/tin.aspx;jsessionid=1?Cat=3&Page=2",
        "https://tinh.gov.vn",
    ],
)
def test_query_only_links_resolve_exactly_as_urljoin(base):
    from urllib.parse import urljoin

    hrefs = ["?page=6", "?page=7#cards", "?", "page-2", "../x?y=1", "/vi?page=2"]
    html = "<body><main>" + "".join(f'<a href="{h}">Trang {h}</a>' for h in hrefs) + "</main>"
    found = [link.url for link in pages.page_links(html, base).links]
    assert found == [urljoin(base, h).split("#", 1)[0] for h in hrefs]


def test_a_long_pager_lists_each_page_once_and_no_page_size():
    # A pager numbering every page (the bench portal's runs past a hundred), its pages linked
    # twice (numbers and "Trang sau"), and a page-size link differing in its size alone.
    numbers = "".join(f'<a href="?page={n}">{n}</a>' for n in range(2, 120))
    html = (
        f'<body><div class="pager">{numbers}<a href="?page=2">Trang sau</a>'
        '<a href="?page=1">1</a><a href="?page=1&amp;pagesize=20">20</a></div></body>'
    )
    found = pages.pagination_links(pages.page_links(html, "http://t.vn/tin-tuc?page=1"))
    assert found == [f"http://t.vn/tin-tuc?page={n}" for n in range(2, 120)]


def _link_signature(page: pages.PageLinks) -> tuple:
    return (
        [(link.url, link.text, link.chain, link.chrome, link.dated, link.teaser, link.position)
         for link in page.links],
        page.feeds, page.frames, page.canonical, page.base, page.running_text(),
    )  # fmt: skip


def test_utf8_bytes_are_read_as_their_text():
    from dtcrawl.demo.corpus import load_corpus
    from dtcrawl.demo.site import article_urls, demo_sites, render

    compared = 0
    for portal in load_corpus():
        base = f"http://{portal}.demo.vn"
        for path in [*demo_sites().start_paths(portal), *list(article_urls(portal).values())[:4]]:
            body = render(portal, path).body
            text, _, as_is = pages.decode_markup(body, "text/html; charset=utf-8")
            if as_is:
                compared += 1
                from_text = pages.page_links(text, base + path)
                from_bytes = pages.page_links(body, base + path, encoding="utf-8")
                assert _link_signature(from_bytes) == _link_signature(from_text), path
    assert compared >= 20


@pytest.mark.parametrize(
    "body, as_is",
    [
        ("Chuyển đổi số".encode(), True),
        (b"plain ascii", True),
        ("Chuye\u0302\u0309n đổi số".encode(), False),  # decomposed: the text is composed
        (b"\xef\xbb\xbf" + "Chuyển".encode(), False),  # the BOM is not part of the text
        (b"Ti\xea\xecng Vi\xea\xf2t", False),  # windows-1258
    ],
)
def test_decode_markup_says_when_the_bytes_are_the_texts_utf8(body, as_is):
    text, _, got = pages.decode_markup(body, "text/html; charset=utf-8")
    assert got is as_is
    if as_is:
        assert text == body.decode("utf-8")


def _urljoin_link(base: str, href: str) -> str | None:
    """What page_links made of a link before its plain-address shortcut: urljoin's answer."""
    from urllib.parse import urljoin, urlsplit

    url = urljoin(base, href).split("#", 1)[0]
    return url if urlsplit(url).scheme in ("http", "https") else None


def test_links_from_a_site_root_resolve_as_urljoin_resolves_them():
    # Addresses from a site's root are joined by concatenation when urljoin would give them
    # back as they stand: every short shape of the pieces that make it change them (dot
    # segments, "//", ";", empty queries, fragments, tabs and line breaks) must agree.
    import itertools

    atoms = [
        "/",
        "//",
        ".",
        "..",
        "a",
        ";",
        ";p",
        "?",
        "?q=1",
        "#",
        "#f",
        " ",
        "\t",
        "\n",
        "é",
        ".x",
    ]
    bases = ["http://t.vn", "https://T.vn:8080", "HTTP://t.vn", "http://t.vn/a/", "http://[::1]",
             "http://u@t.vn", "http://tá.vn", "ftp://t.vn"]  # fmt: skip
    checked = 0
    for base in bases:
        for size in (1, 2, 3):
            for parts in itertools.product(atoms, repeat=size):
                href = "/" + "".join(parts)
                assert pages._resolve_link(base, href) == _urljoin_link(base, href), (base, href)
                checked += 1
    assert checked == len(bases) * sum(len(atoms) ** n for n in (1, 2, 3))
    pages._resolve_link.cache_clear()


def test_a_cursor_more_link_continues_the_listing():
    html = (
        "<body><main><h3><a href='/p/8f3a2c1d'>Tỉnh ra mắt trung tâm điều hành thông minh</a></h3>"
        "<a href='/tin-moi?truoc=eyJpZCI6IjhmM2EyYzFkIn0' class='more'>Xem thêm tin</a></main>"
        "<a href='/muc/kinh-te-so'>Xem thêm</a></body>"
    )
    page = pages.page_links(html, "http://t.vn/tin-moi")
    assert pages.pagination_links(page) == ["http://t.vn/tin-moi?truoc=eyJpZCI6IjhmM2EyYzFkIn0"]


def test_a_cards_thumbnail_link_is_no_pager_link():
    cards = "".join(
        f"<article><a href='/p/{key}'><img src='/m/{key}.jpg'></a>"
        f"<h3><a href='/p/{key}'>Tin số {n} về chuyển đổi số ở các xã</a></h3></article>"
        for n, key in enumerate(("8d357132", "ec398431", "1cdb7142"))
    )
    page = pages.page_links(f"<body>{cards}</body>", "http://t.vn/")
    assert pages.pagination_links(page) == []


def test_rows_and_pagers_that_navigate_by_script_are_links():
    rows = "".join(
        f"<tr onclick=\"window.location.href='/TinTuc/XemTin.aspx?TinID={n}'\">"
        f"<td><span class='tieude'>Sở Xây dựng số hóa hồ sơ cấp phép xây dựng đợt {n}</span>"
        f"</td><td>0{n}/01/2021</td></tr>"
        for n in range(1, 4)
    )
    pager = "".join(f'<a href="javascript:void(0)" onclick="goPage({n})">{n}</a>' for n in (2, 3))
    html = (
        f"<html><body><table class='list'>{rows}</table><div class='pager'>{pager}</div>"
        "<a href='#' onclick=\"window.open('/BanIn.aspx?TinID=1')\">In</a>"
        "<script>function goPage(p){ window.location.href = "
        "'/TinTuc/DanhMuc.aspx?MucID=5&Page=' + p; }</script></body></html>"
    )
    page = pages.page_links(html, "http://t.vn/TinTuc/DanhMuc.aspx?MucID=5")
    urls = [link.url for link in page.links]
    assert urls[:3] == [f"http://t.vn/TinTuc/XemTin.aspx?TinID={n}" for n in range(1, 4)]
    assert pages.pagination_links(page) == [
        "http://t.vn/TinTuc/DanhMuc.aspx?MucID=5&Page=2",
        "http://t.vn/TinTuc/DanhMuc.aspx?MucID=5&Page=3",
    ]
    assert not any("BanIn" in url for url in urls)  # a pop-up is no navigation


def test_a_listing_item_keeps_its_relative_date_as_its_date_text():
    items = "".join(
        f'<li><a href="/tin/{n}">Sở Khoa học và Công nghệ triển khai nền tảng số {n}</a>'
        f"<span>{when}</span></li>"
        for n, when in ((1, "3 giờ trước"), (2, "Hôm qua"), (3, "Lượt xem: 120"))
    )
    page = pages.page_links(f"<html><body><ul>{items}</ul></body></html>", "http://t.vn/")
    dates = {link.url: link.date_text for link in page.links if "/tin/" in link.url}
    assert dates["http://t.vn/tin/1"].endswith("3 giờ trước")
    assert dates["http://t.vn/tin/2"].endswith("Hôm qua")
    assert dates["http://t.vn/tin/3"] is None
