"""Articles carried as data by browser-rendered pages (dtcrawl.embedded), read by the cleaner."""

from __future__ import annotations

import json

from dtcrawl.cleaning import build_record
from dtcrawl.registry import Portal

PORTAL = Portal(id="t", name="T", province="T", start_urls=("http://t.vn/",))
PARAGRAPHS = [
    "Sáng 14/3, Ủy ban nhân dân tỉnh tổ chức lễ ra mắt nền tảng dữ liệu dùng chung, kết nối "
    "các cơ sở dữ liệu chuyên ngành của sở, ngành và địa phương trong toàn tỉnh.",
    "Theo Sở Khoa học và Công nghệ, nền tảng đã kết nối với mười hai hệ thống thông tin, phục vụ "
    "việc giải quyết thủ tục hành chính và chỉ đạo điều hành của các cấp chính quyền.",
    "Trong năm nay, tỉnh phấn đấu đưa toàn bộ hồ sơ công việc cấp tỉnh lên môi trường điện tử "
    "và hoàn thành việc số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực.",
]
SHELL = (
    "<!DOCTYPE html><html><head><title>Cổng thông tin điện tử tỉnh</title>"
    '<link rel="canonical" href="http://t.vn/tin-tuc/ra-mat-nen-tang-123">{head}</head>'
    '<body><div id="app"><div class="spinner"></div></div>'
    "<noscript>Vui lòng bật JavaScript để xem trang.</noscript>{body}</body></html>"
)


def _record(html: str) -> dict:
    record, _, _ = build_record({"url": "http://t.vn/tin-tuc/123", "html": html,
                                 "fetched_at": "2026-11-24T10:00:00+07:00"}, PORTAL, None)  # fmt: skip
    return record


def test_an_app_shell_s_article_is_read_from_its_initial_state():
    state = {
        "menu": [{"id": 1, "ten": "Trang chủ", "url": "/"}],
        "mostRead": [{"id": 9, "tieuDe": "Tin khác", "sapo": "Một tin khác của tỉnh."}],
        "article": {
            "id": 123,
            "tieuDe": "Ra mắt nền tảng dữ liệu dùng chung của tỉnh",
            "sapo": PARAGRAPHS[0],
            "noiDung": "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:])
            + '<figure><img src="/anh/1.jpg"><figcaption>Quang cảnh lễ ra mắt</figcaption>'
            "</figure>",
            "ngayXuatBan": "/Date(1710403500000)/",
            "tacGia": {"id": 4, "ten": "Minh Châu"},
            "nguon": "Sở Khoa học và Công nghệ",
        },
    }
    script = f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    record = _record(SHELL.format(head="", body=script))
    assert record["title"] == "Ra mắt nền tảng dữ liệu dùng chung của tỉnh"
    assert record["body"].split("\n\n") == PARAGRAPHS
    assert record["published_at"] == "2024-03-14T15:05:00+07:00"
    assert record["author"] == "Minh Châu"
    assert record["source"] == "Sở Khoa học và Công nghệ"
    assert record["captions"] == ["Quang cảnh lễ ra mắt"]
    assert record["url"] == "http://t.vn/tin-tuc/ra-mat-nen-tang-123"  # the shell's canonical


def test_a_json_ld_article_body_is_read_when_the_page_shows_no_text():
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": "Ra mắt nền tảng dữ liệu dùng chung của tỉnh",
        "datePublished": "2024-03-14T08:05:00Z",
        "author": [{"@type": "Person", "name": "Minh Châu"}],
        "publisher": {"@type": "Organization", "name": "Cổng thông tin điện tử tỉnh"},
        "articleBody": "\n".join(PARAGRAPHS),
    }
    script = f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    record = _record(SHELL.format(head=script, body=""))
    assert record["title"] == "Ra mắt nền tảng dữ liệu dùng chung của tỉnh"
    assert record["body"].split("\n\n") == PARAGRAPHS
    assert record["published_at"] == "2024-03-14T15:05:00+07:00"
    assert record["author"] == "Minh Châu"


def test_a_page_with_its_own_text_is_read_from_its_text():
    # A server-rendered article that also carries JSON-LD: the page's text wins (the data's
    # body is only read when the page shows none).
    data = {"@type": "NewsArticle", "headline": "Tiêu đề khác", "articleBody": "Khác. " * 80}
    head = f'<script type="application/ld+json">{json.dumps(data)}</script>'
    body = "<h1>Ra mắt nền tảng dữ liệu dùng chung của tỉnh</h1>" + "".join(
        f"<p>{p}</p>" for p in PARAGRAPHS
    )
    record = _record(SHELL.format(head=head, body=body))
    assert record["body"].split("\n\n") == PARAGRAPHS


def test_an_app_s_lists_of_news_are_its_links_and_its_menu_is_navigation():
    from dtcrawl import pages

    state = {
        "menu": [{"id": 1, "title": "Chuyển đổi số", "url": "/chuyen-muc/chuyen-doi-so"}],
        "home": {
            "latest": [
                {
                    "id": n,
                    "title": f"Tỉnh ra mắt nền tảng số thứ {n} cho người dân",
                    "url": f"/tin-tuc/ra-mat-nen-tang-{n}",
                    "publishedDate": "2024-03-14T15:05:00",
                    "thumbnail": {"url": f"/anh/{n}.jpg"},
                }
                for n in range(1, 6)
            ]  # fmt: skip
        },
    }
    shell = SHELL.format(
        head="", body=f"<script>window.__INITIAL_STATE__ = {json.dumps(state)};</script>"
    )
    page = pages.page_links(shell, "http://t.vn/")
    found = {link.url: link for link in page.links}
    assert [url for url in found if "/tin-tuc/" in url] == [
        f"http://t.vn/tin-tuc/ra-mat-nen-tang-{n}" for n in range(1, 6)
    ]
    assert found["http://t.vn/tin-tuc/ra-mat-nen-tang-1"].dated
    assert found["http://t.vn/chuyen-muc/chuyen-doi-so"].chrome
    assert not [url for url in found if url.endswith(".jpg")]
    items = pages.listing_items(page)
    assert len(items) == 5
