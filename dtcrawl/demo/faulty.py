"""The sixth demo portal, ``faulty`` (127.0.0.16): a district site whose pages misbehave.

Everything is linked from its news listing ``/tin-tuc``:

========================================  ==================  =====================================
path                                      behaviour           what happens
========================================  ==================  =====================================
article faulty-01, faulty-02              (healthy)           200, UTF-8
article faulty-03                         ``flaky``           503 (Retry-After: 1) on the first GET,
                                                              200 afterwards
article faulty-04                         ``wrong-charset``   windows-1258 bytes declared as utf-8
                                                              (header and ``<meta>``)
article faulty-05                         ``missing-charset`` windows-1258 bytes, no charset at all
/tin-tuc/dong-khe-to-chuc-phien-cho-…     ``truncated``       200, HTML cut mid-body
/tin-tuc/he-thong-phan-hoi-cham.html      ``hang``            no answer for ~30 s unless the client
                                                              gives up (then 200)
/tin-tuc/chuyen-huong-vong.html           ``redirect-loop``   302 → …-2.html → 302 back, forever
/tai-lieu/bao-cao-so-lieu-tong-hop.html   ``huge``            a 10 MB HTML page
/van-ban/ke-hoach-chuyen-doi-so-2025.html ``pdf-as-html``     a PDF served as text/html
/tin-tuc/mat-ket-noi-giua-chung.html      ``reset``           connection reset mid-body
/noi-bo/danh-ba-can-bo.html               ``robots-disallowed`` disallowed by robots.txt (200 if asked)
========================================  ==================  =====================================

The socket-level behaviours (``flaky``, ``hang``, ``reset``) are carried out by
:mod:`dtcrawl.demo.server`; :func:`dtcrawl.demo.site.render` returns the page a patient client
eventually gets. The five articles are the gold truth (:func:`faulty_articles`).
"""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    dmy,
    encode_cp1258,
    esc,
    page_number,
    reuse_notice,
    slugify,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
)
from dtcrawl.demo.corpus import DemoArticle

__all__ = ["SPECIAL_PAGES", "FaultySite", "faulty_articles"]

NEWS = "/tin-tuc"
HUGE_BYTES = 10 * 1024 * 1024

#: Pages that are not articles: path → (behaviour, title shown in the listing, listing date).
SPECIAL_PAGES: dict[str, tuple[str, str, str]] = {
    "/tin-tuc/he-thong-phan-hoi-cham.html": (
        "hang",
        "Thông báo tạm dừng hệ thống một cửa điện tử để nâng cấp",
        "2024-09-02T08:00:00",
    ),
    "/tin-tuc/chuyen-huong-vong.html": (
        "redirect-loop",
        "Lịch tiếp công dân của lãnh đạo huyện tháng 9",
        "2024-08-30T10:00:00",
    ),
    "/tai-lieu/bao-cao-so-lieu-tong-hop.html": (
        "huge",
        "Báo cáo số liệu tổng hợp kinh tế - xã hội các xã năm 2023",
        "2024-03-15T09:00:00",
    ),
    "/van-ban/ke-hoach-chuyen-doi-so-2025.html": (
        "pdf-as-html",
        "Kế hoạch chuyển đổi số huyện Đông Khê năm 2025",
        "2025-01-20T14:00:00",
    ),
    "/tin-tuc/mat-ket-noi-giua-chung.html": (
        "reset",
        "Đông Khê tổng kết năm học 2023 - 2024",
        "2024-06-01T15:30:00",
    ),
    "/noi-bo/danh-ba-can-bo.html": (
        "robots-disallowed",
        "Danh bạ điện thoại cán bộ, công chức huyện",
        "2024-01-05T08:00:00",
    ),
}
SOCKET_BEHAVIOURS = ("flaky", "hang", "reset")
_ITEM_BEHAVIOUR = {
    "faulty-03": "flaky",
    "faulty-04": "wrong-charset",
    "faulty-05": "missing-charset",
}


def _article(
    key: str, title: str, published: str, relevant: bool, *paragraphs: str, **more
) -> DemoArticle:
    return DemoArticle(
        portal="faulty",
        key=key,
        category="Tin tức",
        title=title,
        published=datetime.fromisoformat(published),
        modified=None,
        author=more.get("author"),
        source=None,
        paragraphs=paragraphs,
        images=more.get("images", ()),
        relevant=relevant,
    )


@lru_cache(maxsize=1)
def faulty_articles() -> tuple[DemoArticle, ...]:
    """The gold truth of the ``faulty`` portal's five articles."""
    return (
        _article(
            "faulty-01",
            "Đông Khê hoàn thành số hóa sổ hộ tịch giai đoạn 2015 - 2020",
            "2024-04-11T09:20:00",
            True,
            "UBND huyện Đông Khê vừa hoàn thành việc số hóa hơn 38.000 trang sổ hộ tịch lưu trữ "
            "tại 14 xã, thị trấn trong giai đoạn 2015 - 2020 và cập nhật vào cơ sở dữ liệu hộ "
            "tịch điện tử dùng chung của tỉnh.",
            "Nhờ dữ liệu đã số hóa, người dân khi làm thủ tục cấp bản sao trích lục khai sinh, "
            "kết hôn không phải về nơi đăng ký ban đầu mà có thể nộp hồ sơ trực tuyến trên Cổng "
            "Dịch vụ công quốc gia.",
            "Phòng Tư pháp huyện cho biết sẽ tiếp tục số hóa sổ hộ tịch giai đoạn trước năm 2015 "
            "và hoàn thành trong quý IV năm nay.",
            author="Thu Trang",
        ),
        _article(
            "faulty-02",
            "Huyện Đông Khê ra quân làm thủy lợi nội đồng vụ đông xuân",
            "2024-05-20T07:45:00",
            False,
            "Sáng 19/5, hơn 2.000 người dân các xã Đông Sơn, Khê Thượng và Tân Hòa đã tham gia "
            "nạo vét kênh mương, gia cố bờ vùng, bờ thửa chuẩn bị cho vụ đông xuân.",
            "Tổng chiều dài kênh mương được nạo vét đạt gần 42 km, khối lượng đất đào đắp khoảng "
            "15.000 m³. Các xã cũng tranh thủ sửa chữa 9 trạm bơm nhỏ bị hư hỏng sau mùa mưa.",
            "Lãnh đạo huyện đề nghị các hợp tác xã dịch vụ nông nghiệp chủ động điều tiết nước, "
            "bảo đảm đủ nước gieo cấy đúng khung lịch thời vụ.",
        ),
        _article(
            "faulty-03",
            "Đông Khê triển khai thanh toán không dùng tiền mặt tại chợ trung tâm",
            "2024-07-03T10:10:00",
            True,
            "Ban Quản lý chợ trung tâm huyện Đông Khê phối hợp với các ngân hàng thương mại trên "
            "địa bàn lắp đặt mã QR thanh toán cho 180 tiểu thương.",
            "Người mua hàng chỉ cần quét mã bằng ứng dụng ngân hàng trên điện thoại, tiền được "
            "chuyển ngay vào tài khoản của người bán, không phải lo trả lại tiền lẻ.",
            "Đây là một trong những hoạt động thực hiện kế hoạch chuyển đổi số của huyện, hướng "
            "tới xây dựng chợ văn minh, hiện đại.",
            images=(
                {"after": 1, "caption": "Tiểu thương chợ trung tâm nhận thanh toán qua mã QR"},
            ),
        ),
        _article(
            "faulty-04",
            "Tổ công nghệ số cộng đồng xã Đông Sơn hỗ trợ người dân nộp hồ sơ trực tuyến",
            "2024-08-14T15:05:00",
            True,
            "Mỗi sáng thứ tư, các thành viên Tổ công nghệ số cộng đồng xã Đông Sơn có mặt tại bộ "
            "phận một cửa để hướng dẫn người dân nộp hồ sơ trực tuyến.",
            "Trong hai tháng qua, tổ đã hỗ trợ 312 lượt người dân tạo tài khoản, kích hoạt định "
            "danh điện tử và nộp hồ sơ đăng ký khai sinh, thường trú qua mạng.",
            "Nhiều người cao tuổi cho biết đã tự thực hiện được thủ tục đơn giản sau khi được "
            "hướng dẫn hai, ba lần.",
            author="Hữu Nghĩa",
        ),
        _article(
            "faulty-05",
            "Khai mạc giải bóng chuyền nông dân huyện Đông Khê mở rộng",
            "2024-08-25T16:30:00",
            False,
            "Chiều 24/8, Hội Nông dân huyện Đông Khê khai mạc giải bóng chuyền nông dân mở rộng "
            "với sự tham gia của 16 đội bóng nam và 8 đội bóng nữ.",
            "Giải diễn ra trong một tuần tại nhà thi đấu đa năng của huyện, theo thể thức đấu "
            "vòng tròn tính điểm ở vòng bảng và loại trực tiếp từ vòng tứ kết.",
            "Ban tổ chức trao 10 triệu đồng cho đội vô địch mỗi nội dung và nhiều giải phụ cho "
            "các vận động viên xuất sắc.",
        ),
    )


def _minimal_pdf() -> bytes:
    """A small, well-formed one-page PDF (ASCII text only)."""
    stream = b"BT /F1 18 Tf 72 720 Td (Ke hoach chuyen doi so huyen Dong Khe nam 2025) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


@lru_cache(maxsize=1)
def _huge_page() -> bytes:
    """A 10 MB HTML page: a statistics table that goes on and on."""
    head = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Báo cáo số liệu tổng hợp'
        "</title></head><body><h1>Báo cáo số liệu tổng hợp kinh tế - xã hội các xã năm 2023</h1>"
        '<table border="1"><tr><th>STT</th><th>Chỉ tiêu</th><th>Đơn vị</th><th>Giá trị</th></tr>'
    ).encode()
    tail = b"</table></body></html>"
    rows = []
    size = len(head) + len(tail)
    number = 0
    while size < HUGE_BYTES - 200:
        number += 1
        row = (
            f"<tr><td>{number}</td><td>Diện tích gieo trồng thôn {number % 97 + 1}</td>"
            f"<td>ha</td><td>{(number * 37) % 1000},{number % 10}</td></tr>\n"
        ).encode()
        rows.append(row)
        size += len(row)
    return head + b"".join(rows) + tail


class FaultySite(CmsSite):
    """A plain custom district site; its misbehaving pages are listed in :data:`SPECIAL_PAGES`."""

    number_base = 2_040
    number_stride = 5

    def article_path(self, item: Item) -> str:
        return f"{NEWS}/{slugify(item.title, max_len=60)}-{item.number}.html"

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        return NEWS if page == 1 else f"{NEWS}?trang={page}"

    def home_path(self) -> str:
        return "/"

    def behaviours(self) -> dict[str, str]:
        """Every misbehaving page: path → behaviour."""
        found = {path: spec[0] for path, spec in SPECIAL_PAGES.items()}
        for item in self.items:
            behaviour = _ITEM_BEHAVIOUR.get(item.key) or (
                item.kind if item.kind != "article" else ""
            )
            if behaviour:
                found[self.article_path(item)] = behaviour
        return found

    def socket_behaviour(self, path: str) -> str | None:
        """The behaviour the server must carry out itself for ``path`` (flaky/hang/reset)."""
        behaviour = self.behaviours().get(path)
        return behaviour if behaviour in SOCKET_BEHAVIOURS else None

    # -- routing

    def route(self, request: Request) -> Response | None:
        path = request.path
        if path in ("/", NEWS, NEWS + "/"):
            return self.html_response(self.listing_html(request))
        special = SPECIAL_PAGES.get(path)
        if special:
            return self.special_response(special[0], special[1], request)
        if path == "/tin-tuc/chuyen-huong-vong-2.html":
            return Response(302, {"Location": "/tin-tuc/chuyen-huong-vong.html"}, b"")
        item = self.by_path.get(path)
        if item is None:
            return None
        behaviour = _ITEM_BEHAVIOUR.get(item.key)
        if behaviour in ("wrong-charset", "missing-charset"):
            meta = '<meta charset="utf-8">' if behaviour == "wrong-charset" else ""
            markup = self.article_html(item, request, meta=meta)
            content_type = (
                "text/html; charset=utf-8" if behaviour == "wrong-charset" else "text/html"
            )
            headers = {"Content-Type": content_type, "ETag": item.etag(request.revision)}
            return Response(200, headers, encode_cp1258(markup))
        return self.article_response(item, request)

    def special_response(self, behaviour: str, title: str, request: Request) -> Response:
        if behaviour == "redirect-loop":
            return Response(302, {"Location": "/tin-tuc/chuyen-huong-vong-2.html"}, b"")
        if behaviour == "huge":
            return Response(200, {"Content-Type": "text/html; charset=utf-8"}, _huge_page())
        if behaviour == "pdf-as-html":
            return Response(200, {"Content-Type": "text/html; charset=utf-8"}, _minimal_pdf())
        body = (
            f"<h1>{esc(title)}</h1><p>Nội dung đang được cập nhật. Đề nghị các cơ quan, đơn vị "
            "theo dõi thông báo tiếp theo trên trang thông tin điện tử của huyện.</p>"
        )
        return self.html_response(self.frame(title, body, request.seed))

    # -- markup

    def frame(self, title: str, main: str, seed: str, meta: str = '<meta charset="utf-8">') -> str:
        portal = self.portal
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>{meta}<title>{esc(title)} - {esc(portal.name)}</title></head>
<body>
<div id="top"><div class="banner">Chào mừng bạn đến với {esc(portal.name)}</div>
<ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="{NEWS}">Tin tức</a></li>
<li><a href="/noi-bo/danh-ba-can-bo.html">Danh bạ</a></li></ul></div>
<div id="content">{main}</div>
<div id="side"><h3>Kết quả giải quyết TTHC</h3><p>Đã giải quyết {stats["percent"]}% hồ sơ đúng hạn; trễ hạn: {stats["late"]}</p>
<h3>Thống kê truy cập</h3><p>Đang truy cập: {thousands(visits["online"])} - Hôm nay: {thousands(visits["today"])} - Tất cả: {thousands(visits["total"])}</p></div>
<div id="footer"><p>Cơ quan chủ quản: {esc(portal.agency)}</p><p>Trưởng Ban biên tập: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p><p>{esc(reuse_notice(portal))}</p></div>
</body>
</html>
"""

    def listing_html(self, request: Request) -> str:
        entries = [
            (it.published, self.article_path(it), it.title, it.sapo(request.revision))
            for it in self.items
        ]
        entries += [
            (datetime.fromisoformat(date), path, title, "")
            for path, (_, title, date) in SPECIAL_PAGES.items()
        ]
        entries.sort(reverse=True)
        page = page_number(request.params.get("trang"))
        rows = "".join(
            f'<li><a href="{esc(path)}">{esc(title)}</a> <span class="date">({dmy(date)}, {date:%H:%M})</span>'
            + (f"<p>{esc(sapo)}</p>" if sapo else "")
            + "</li>"
            for date, path, title, sapo in entries
        )
        return self.frame(
            "Tin tức",
            f'<h1>Tin tức</h1><ul class="news-list">{rows}</ul>',
            request.seed + str(page),
        )

    def article_html(
        self, item: Item, request: Request, meta: str = '<meta charset="utf-8">'
    ) -> str:
        parts = []
        for kind, value in body_blocks(item, request.revision):
            if kind == "p":
                parts.append(f"<p>{esc(value)}</p>")
            else:
                parts.append(
                    f'<div class="photo"><img src="/anh/{item.number}.jpg" alt=""><i>{esc(value[1])}</i></div>'
                )
        if item.author:
            parts.append(f"<p><b>{esc(item.author)}</b></p>")
        main = (
            f'<h1 class="title">{esc(item.title)}</h1><div class="date">Ngày đăng: {dmy(item.published)} '
            f"{item.published:%H:%M} | Lượt xem: {view_count(request.seed)}</div>"
            f'<div class="content">{"".join(parts)}</div>'
        )
        return self.frame(item.title, main, request.seed, meta)

    def error_html(self, status: int) -> str:
        return self.frame(
            "Lỗi", f"<h1>Lỗi {status}</h1><p>Không tìm thấy trang yêu cầu.</p>", f"err{status}"
        )
