"""A portal's article layout (dtcrawl.layout): after K pages on which the learnt layout and
trafilatura agree, pages go the fast way and give the articles the slow way gives; pages of
another layout go the slow way; a checked page that disagrees turns the fast way off."""

from __future__ import annotations

from dtcrawl.extract import extract_article, parse_page, trafilatura_matched
from dtcrawl.layout import PortalLayout, extract_learning, same_article
from dtcrawl.template import PortalTemplate

WORDS = (
    "tỉnh huyện xã người dân dịch vụ công trực tuyến hồ sơ dữ liệu số hóa nền tảng chính quyền "
    "doanh nghiệp kết nối chia sẻ đào tạo kỹ năng hạ tầng mạng cáp quang điện toán đám mây"
).split()


def sentence(n: int, k: int) -> str:
    """A sentence of 14-22 words, different for each (n, k)."""
    words = [WORDS[(n * 7 + i * (k + 3)) % len(WORDS)] for i in range(14 + k % 9)]
    return " ".join(words).capitalize() + "."


def headline(n: int) -> str:
    return f"Bài {n}: {sentence(n, 2)[:50].strip()}"


def article_page(
    n: int, *, paragraphs: int = 8, sidebar: str | None = None, first: str = ""
) -> str:
    """An article page of one portal's template: header, menu, a news sidebar on the left,
    the article (title, date, body, byline), a footer."""
    body = "".join(f"<p>{sentence(n, k)} {sentence(n + 1, k)}</p>" for k in range(paragraphs))
    if sidebar is None:
        sidebar = "".join(
            f"<li><a href='/tin/{n + k}'>{headline(n + k)}</a></li>" for k in range(5)
        )
    return (
        f"<html><head><title>{headline(n)} - Cổng TTĐT tỉnh Lam Giang</title></head><body>"
        "<div id='header'><div class='logo'>Cổng thông tin điện tử tỉnh Lam Giang</div>"
        "<ul class='menu'><li><a href='/'>Trang chủ</a></li><li><a href='/tin'>Tin tức</a></li>"
        "</ul></div><div id='main'>"
        f"<div class='sidebar'><h3>Tin mới</h3><ul>{sidebar}</ul></div>"
        f"<div class='article'><h1 class='title'>{headline(n)}</h1>"
        f"<div class='date'>Thứ Hai, {1 + n % 28:02d}/03/2024 08:15</div>"
        f"<div class='content'>{first}{body}<p><b>Minh Châu</b></p></div></div></div>"
        "<div id='footer'><p>Cơ quan chủ quản: UBND tỉnh Lam Giang</p></div></body></html>"
    )


def print_view(n: int) -> str:
    """The same article as a print view: no menus, the text in a table cell."""
    body = "<br>".join(f"{sentence(n, k)} {sentence(n + 1, k)}" for k in range(8))
    return (
        f"<html><head><title>In bài viết</title></head><body><table><tr><td class='print'>"
        f"<b>{headline(n)}</b></td></tr><tr><td class='print-body'>{body}</td></tr></table>"
        "</body></html>"
    )


def url(n: int) -> str:
    return f"http://lamgiang.example/tin/{n}"


def learnt(pages: int, **options) -> tuple[PortalLayout, PortalTemplate, list, list]:
    """A layout fed ``pages`` article pages of the portal, the articles it gave and the way
    each went."""
    parsed = [parse_page(article_page(n)) for n in range(pages)]
    template = PortalTemplate()
    for page in parsed:
        template.observe(page.tree, None, page.blocks)
    layout = PortalLayout(**options)
    articles, ways = [], []
    for n, page in enumerate(parsed):
        fast = layout.counts.fast
        articles.append(extract_learning(page, url(n), template, layout))
        ways.append("fast" if layout.counts.fast > fast else "slow")
    return layout, template, articles, ways


def test_pages_go_the_fast_way_after_k_agreeing_pages_and_give_the_same_articles():
    layout, template, articles, ways = learnt(16, agreeing_pages=4, recheck_every=5)
    counts = layout.counts
    assert layout.ready and not layout.off
    # The first page teaches the paths, the next 4 agree; then at most one in 5 is checked
    # both ways (and a page with less text than any verified one: it widens what is trusted).
    assert ways[:5] == ["slow"] * 5 and ways[5] == "fast"
    assert counts.fast == ways.count("fast") >= 8
    assert counts.checked == counts.slow - 1 and counts.disagreed == 0
    for n, article in enumerate(articles):
        slow = extract_article(article_page(n), url(n), template)
        assert same_article(article, slow)
        assert article.is_article() and article.title == headline(n)
        assert article.body.count("\n\n") == 7  # 8 paragraphs, the byline is the author's
    # The fast way predicts exactly the blocks trafilatura keeps on this template.
    page = parse_page(article_page(40))
    assert layout.predict(page.blocks) == trafilatura_matched(page, url(40))


def test_a_page_of_another_layout_goes_the_slow_way():
    layout, template, _, _ = learnt(8, agreeing_pages=3, recheck_every=100)
    assert layout.ready
    before = layout.counts.fast, layout.counts.slow
    printed = parse_page(print_view(3))
    assert layout.predict(printed.blocks) is None  # paths it never saw
    article = extract_learning(printed, url(3) + "?print=1", template, layout)
    assert (layout.counts.fast, layout.counts.slow) == (before[0], before[1] + 1)
    assert same_article(article, extract_article(print_view(3), url(3) + "?print=1", template))
    assert article.is_article()
    # A short article on the known template: too little text to trust the layout with.
    short = parse_page(article_page(30, paragraphs=1))
    assert layout.predict(short.blocks) is not None
    extract_learning(short, url(30), template, layout)
    assert layout.counts.slow == before[1] + 2
    # An ordinary page still goes the fast way.
    extract_learning(parse_page(article_page(31)), url(31), template, layout)
    assert layout.counts.fast == before[0] + 1


def test_a_checked_page_that_disagrees_turns_the_fast_way_off():
    layout, template, _, _ = learnt(8, agreeing_pages=3, recheck_every=1)  # every page checked
    assert layout.ready
    # A differently built article: its first paragraph is a subheading that is also a
    # headline in the sidebar. trafilatura's line is found at the sidebar's link, so the
    # slow way drops the subheading as a short line outside the main text; the layout keeps
    # it. The page is checked, the slow article is kept, and the fast way is off for good.
    odd = "Lam Giang mở lớp kỹ năng số cho nông dân"
    html = article_page(50, sidebar=f"<li><a href='/tin/a'>{odd}</a></li>", first=f"<p>{odd}</p>")
    page = parse_page(html)
    article = extract_learning(page, url(50), template, layout)
    assert layout.counts.disagreed == 1 and layout.off and not layout.ready
    slow = extract_article(html, url(50), template)
    assert same_article(article, slow) and not article.body.startswith(odd)
    fast_before, slow_before = layout.counts.fast, layout.counts.slow
    extract_learning(parse_page(article_page(51)), url(51), template, layout)
    assert (layout.counts.fast, layout.counts.slow) == (fast_before, slow_before + 1)
    assert layout.counts.checked == 7 + 1  # 7 pages after the first, the odd one; no more


def test_disagreeing_pages_while_learning_start_the_count_again():
    layout, template, _, _ = learnt(3, agreeing_pages=3, recheck_every=1)
    assert layout.counts.checked == 2 and not layout.ready
    odd = "Lam Giang mở lớp kỹ năng số cho nông dân"
    html = article_page(60, sidebar=f"<li><a href='/tin/a'>{odd}</a></li>", first=f"<p>{odd}</p>")
    extract_learning(parse_page(html), url(60), template, layout)
    assert layout.counts.disagreed == 1 and layout.agreed == 0 and not layout.off
