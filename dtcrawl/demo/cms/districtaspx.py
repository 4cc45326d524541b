"""A district portal on a local vendor's ASP.NET WebForms CMS (portal huyen-donglu).

Real district (huyện) portals mix news with legal documents, notices and the weekly work
schedule of the district leaders; only the news articles are corpus articles.

URL shapes (one-based query paging everywhere):
- home ``/Default.aspx`` (``/`` serves the same page);
- news ``/tin-tuc.aspx``, a section ``/tin-tuc/<slug>.aspx``, page N with ``?p=N``;
- article ``/tin-tuc/<section-slug>/<title-slug>-<n>.aspx``; alias ``/ChiTiet.aspx?ItemID=<n>``
  (the home page's "Tin nổi bật" box links it), print view ``/InTin.aspx?ItemID=<n>``;
- legal documents ``/van-ban.aspx?page=N``, a document ``/van-ban/chi-tiet.aspx?id=<id>``, its
  file ``/Uploads/VanBan/<year>/<file>.pdf`` (application/pdf);
- notices ``/thong-bao.aspx?page=N``, a notice ``/thong-bao/<slug>-tb<id>.aspx``;
- weekly schedule ``/lich-cong-tac.aspx?tuan=<w>&nam=<y>`` (a fixed run of weeks).
Home-page links carry ``utm_`` tracking parameters; some links are ``javascript:__doPostBack``.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from dtcrawl.demo.cms.common import (
    CmsSite,
    Item,
    Request,
    Response,
    Section,
    body_blocks,
    dmy,
    esc,
    image_path,
    page_number,
    pager_numbers,
    poll,
    reuse_notice,
    slugify,
    stable_int,
    stable_token,
    thousands,
    tthc_stats,
    view_count,
    visitor_stats,
    weekday,
    with_param,
)

HOME = "/Default.aspx"
NEWS = "/tin-tuc"
ALIAS = "/ChiTiet.aspx"
PRINT = "/InTin.aspx"
DOCS = "/van-ban.aspx"
DOC = "/van-ban/chi-tiet.aspx"
NOTICES = "/thong-bao.aspx"
DOC_PAGE_SIZE = 10
NOTICE_PAGE_SIZE = 6
SCHEDULE_WEEKS = 6
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

# -- legal documents and notices: generated deterministically from templates

_DOC_KINDS = (
    ("KH", "Kế hoạch"),
    ("QĐ", "Quyết định"),
    ("TB", "Thông báo"),
    ("", "Công văn"),
    ("CT", "Chỉ thị"),
    ("BC", "Báo cáo"),
)
_DOC_SUBJECTS = (
    "triển khai dịch vụ công trực tuyến toàn trình trên địa bàn huyện",
    "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại bộ phận một cửa",
    "phòng, chống cháy rừng mùa khô",
    "tổ chức kỳ thi tuyển sinh vào lớp 10 trung học phổ thông",
    "kiện toàn Tổ công nghệ số cộng đồng ở các xã, thị trấn",
    "thu ngân sách nhà nước quý tiếp theo",
    "bảo đảm an toàn thông tin mạng trong các cơ quan nhà nước",
    "cấp căn cước và định danh điện tử cho người dân",
    "tổng vệ sinh môi trường, phòng chống dịch bệnh",
    "phát triển sản phẩm OCOP và đưa sản phẩm lên sàn thương mại điện tử",
)
_DOC_TEMPLATES = {
    "KH": "Kế hoạch thực hiện {s} năm {y}.",
    "QĐ": "Quyết định về việc ban hành quy chế {s}. Quyết định có hiệu lực kể từ ngày ký.",
    "TB": "Thông báo kết luận của Chủ tịch UBND huyện tại buổi làm việc về {s}.",
    "": "V/v đôn đốc {s}.",
    "CT": "Chỉ thị về tăng cường {s} trong năm {y}.",
    "BC": "Báo cáo kết quả {s} {m} tháng đầu năm {y}.",
}
_SIGNERS = (
    "Nguyễn Văn Thạch - Chủ tịch UBND huyện",
    "Lê Thị Hồng Vân - Phó Chủ tịch UBND huyện",
    "Đinh Quang Tú - Phó Chủ tịch UBND huyện",
    "Phạm Minh Đức - Chánh Văn phòng HĐND và UBND huyện",
)
_NOTICE_SUBJECTS = (
    ("Thông báo lịch tiếp công dân định kỳ của Chủ tịch UBND huyện", "tiếp công dân"),
    ("Thông báo tạm ngừng cấp điện để bảo dưỡng lưới điện", "cấp điện"),
    ("Thông báo tuyển dụng viên chức giáo dục năm học mới", "tuyển dụng viên chức"),
    ("Thông báo nghỉ lễ và bố trí trực tại bộ phận một cửa", "trực một cửa"),
    ("Thông báo thu hồi đất thực hiện dự án nâng cấp tuyến đường liên xã", "thu hồi đất"),
    ("Thông báo lấy ý kiến nhân dân về dự thảo quy hoạch thị trấn", "lấy ý kiến quy hoạch"),
    ("Thông báo kết quả xét tuyển hợp đồng lao động tại các trường mầm non", "xét tuyển"),
    ("Thông báo điều chỉnh giờ làm việc mùa đông của cơ quan hành chính", "giờ làm việc"),
    ("Thông báo đấu giá quyền sử dụng đất ở tại khu dân cư mới", "đấu giá đất"),
    ("Thông báo danh sách hộ được hỗ trợ sửa chữa nhà ở", "hỗ trợ nhà ở"),
    ("Thông báo lịch tiêm chủng mở rộng tháng tới tại trạm y tế xã", "tiêm chủng"),
    ("Thông báo tiếp nhận hồ sơ đề nghị cấp giấy phép xây dựng qua mạng", "giấy phép xây dựng"),
)
_MEETINGS = (
    "Họp giao ban Thường trực UBND huyện",
    "Làm việc với Phòng Tài chính - Kế hoạch về dự toán ngân sách",
    "Tiếp công dân định kỳ tại Trụ sở Tiếp công dân huyện",
    "Dự hội nghị trực tuyến của UBND tỉnh",
    "Kiểm tra tiến độ công trình trường tiểu học trung tâm",
    "Họp Ban Chỉ đạo chuyển đổi số huyện",
    "Làm việc với UBND xã về công tác xây dựng nông thôn mới",
    "Dự lễ khánh thành cầu dân sinh",
)
_STATIC = {
    "/gioi-thieu.aspx": (
        "Giới thiệu",
        "Trang giới thiệu chung về điều kiện tự nhiên, dân số và các đơn vị hành chính của huyện.",
    ),
    "/lien-he.aspx": ("Liên hệ", "Mọi ý kiến góp ý xin gửi về Văn phòng HĐND và UBND huyện."),
    "/so-do-cong.aspx": (
        "Sơ đồ cổng",
        "Trang chủ - Giới thiệu - Tin tức - Văn bản - Thông báo - Lịch công tác - Liên hệ.",
    ),
}
_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n"
    b"0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n166\n%%EOF\n"
)


def legal_documents(issuer: str, count: int = 30) -> list[dict]:
    """The portal's legal documents, newest first, generated from fixed templates.

    >>> docs = legal_documents("UBND huyện Đồng Lư")
    >>> len(docs), docs[0]["number"].endswith("-UBND")
    (30, True)
    """
    docs = []
    used: set[int] = set()
    start = datetime(2020, 3, 2, 8, 0)
    for index in range(count):
        code, kind = _DOC_KINDS[stable_int(f"doc-kind-{index}", 0, len(_DOC_KINDS) - 1)]
        issued = start + timedelta(days=11 * index + stable_int(f"doc-day-{index}", 0, 6))
        serial = stable_int(f"doc-no-{index}", 12, 2890)
        while serial in used:  # numbers run per issuer and type: never twice
            serial += 1
        used.add(serial)
        if code == "QĐ" and index % 4 == 0:
            number = f"{serial % 60 + 1}/{issued.year}/QĐ-UBND"
        elif code:
            number = f"{serial}/{code}-UBND"
        else:
            number = f"{serial}/UBND-VP"
        subject = _DOC_SUBJECTS[stable_int(f"doc-subj-{index}", 0, len(_DOC_SUBJECTS) - 1)]
        summary = _DOC_TEMPLATES[code].format(s=subject, y=issued.year, m=6)
        docs.append(
            {
                "id": 1500 + index * 3,
                "number": number,
                "kind": kind,
                "issued": issued,
                "effective": issued + timedelta(days=10 if code == "QĐ" else 0),
                "summary": summary,
                "signer": _SIGNERS[index % len(_SIGNERS)],
                "issuer": issuer,
                "file": f"{issued.year}/{slugify(number)}-{stable_token(str(index), 6)}.pdf",
                "viewer": index % 3 == 0,
            }
        )
    docs.reverse()
    return docs


def notices(district: str, count: int = 12) -> list[dict]:
    """Short dated announcements ("Thông báo") of the district, newest first.

    >>> notices("huyện Đồng Lư")[0]["title"].startswith("Thông báo")
    True
    """
    items = []
    start = datetime(2020, 11, 16, 15, 0)
    for index in range(count):
        title, topic = _NOTICE_SUBJECTS[index % len(_NOTICE_SUBJECTS)]
        posted = start + timedelta(days=9 * index, minutes=stable_int(f"tb-{index}", 0, 300))
        day = posted + timedelta(days=5)
        text = [
            f"Ủy ban nhân dân {district} thông báo về việc {topic} như sau.",
            f"Thời gian thực hiện: từ ngày {dmy(day)}, trong giờ hành chính.",
            "Địa điểm: Trụ sở UBND huyện và UBND các xã, thị trấn liên quan.",
            "Các cơ quan, đơn vị và nhân dân trên địa bàn biết, phối hợp thực hiện.",
        ]
        if index % 2:
            text.append("Chi tiết xem tệp đính kèm.")
        items.append(
            {
                "id": 210 + index * 4,
                "title": title,
                "posted": posted,
                "number": f"{stable_int(f'tb-no-{index}', 30, 950)}/TB-UBND",
                "text": text,
                "file": f"{posted.year}/thong-bao-{210 + index * 4}.pdf",
            }
        )
    items.reverse()
    return items


def _postback(control: str) -> str:
    return f"javascript:__doPostBack('{control}','')"


class DistrictAspxSite(CmsSite):
    """The district portal: news, legal documents, notices and the weekly schedule."""

    family_headers = {
        "Server": "Microsoft-IIS/10.0",
        "X-AspNet-Version": "4.0.30319",
        "X-Powered-By": "ASP.NET",
    }
    number_base = 4_215
    number_stride = 3
    image_folder = "/Uploads/TinTuc"

    def __init__(self, portal, articles):
        super().__init__(portal, articles)
        district = portal.name.split("huyện", 1)[-1].strip()
        self.district = f"huyện {district}"
        self.documents = legal_documents(f"UBND huyện {district}")
        self.doc_by_id = {d["id"]: d for d in self.documents}
        self.doc_by_file = {d["file"]: d for d in self.documents}
        self.notices = notices(self.district)
        self.notice_paths = {self.notice_path(n): n for n in self.notices}
        self.notice_files = {n["file"]: n for n in self.notices}
        newest = self.items[0].published if self.items else datetime(2021, 1, 4)
        monday = (newest - timedelta(days=newest.weekday())).replace(hour=0, minute=0)
        self.weeks = [monday - timedelta(weeks=k) for k in range(SCHEDULE_WEEKS)]

    # -- URLs

    def article_path(self, item: Item) -> str:
        return f"{NEWS}/{item.section.slug}/{slugify(item.title, max_len=70)}-{item.number}.aspx"

    def article_aliases(self, item: Item) -> list[str]:
        return [f"{ALIAS}?ItemID={item.number}"]

    def print_paths(self) -> dict[str, str]:
        return {it.key: f"{PRINT}?ItemID={it.number}" for it in self.items if it.kind == "article"}

    def listing_path(self, section: Section | None, page: int = 1) -> str:
        path = f"{NEWS}.aspx" if self.is_news(section) else f"{NEWS}/{section.slug}.aspx"
        return path + (f"?p={page}" if page > 1 else "")

    def home_path(self) -> str:
        return HOME

    def notice_path(self, notice: dict) -> str:
        return f"/thong-bao/{slugify(notice['title'], max_len=60)}-tb{notice['id']}.aspx"

    def week_path(self, monday: datetime) -> str:
        return f"/lich-cong-tac.aspx?tuan={monday.isocalendar()[1]}&nam={monday.isocalendar()[0]}"

    def tracked(self, path: str, seed: str) -> str:
        """Home-page links carry the vendor's click-tracking parameters."""
        box = stable_int(seed + path, 0, 2)
        return with_param(path, f"utm_source=trangchu&utm_medium=box{box}")

    # -- routing

    def route(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        lowered = path.lower()
        if lowered in ("/", HOME.lower(), "/trangchu.aspx"):
            return self.html_response(self.home_html(request))
        if lowered in (ALIAS.lower(), PRINT.lower()):
            item = self.by_number.get(page_number(params.get("ItemID"), 0))
            if item is None or item.kind != "article":
                return None
            if lowered == PRINT.lower():
                return self.html_response(self.print_html(item, request))
            return self.article_response(item, request)
        if path in self.by_path:
            return self.article_response(self.by_path[path], request)
        if lowered.startswith(NEWS + "") and lowered.endswith(".aspx"):
            return self.listing_response(path, params, request)
        if lowered == DOCS:
            return self.docs_response(params, request)
        if lowered == DOC:
            doc = self.doc_by_id.get(page_number(params.get("id"), 0))
            return self.html_response(self.doc_html(doc, request)) if doc else None
        if lowered.startswith("/uploads/vanban/") and lowered.endswith(".pdf"):
            key = path[len("/Uploads/VanBan/") :]
            if key in self.doc_by_file or key in self.notice_files:
                return Response(
                    200,
                    {"Content-Type": "application/pdf", **self.family_headers},
                    _PDF,
                )
            return None
        if lowered == NOTICES:
            return self.notices_response(params, request)
        if path in self.notice_paths:
            return self.html_response(self.notice_html(self.notice_paths[path], request))
        if lowered == "/lich-cong-tac.aspx":
            return self.schedule_response(params, request)
        if lowered in _STATIC:
            title, text = _STATIC[lowered]
            content = f'<div class="trang-tinh"><h1 class="cat-title">{title}</h1><p>{esc(text)}</p></div>'
            return self.html_response(self.frame(title, [(title, "")], content, request.seed))
        return None

    def listing_response(self, path: str, params: dict, request: Request) -> Response | None:
        if path == f"{NEWS}.aspx":
            section = None
        else:
            slug = path[len(NEWS) + 1 : -len(".aspx")]
            section = self.section_by_slug(slug)
            if section is None or "/" in slug:
                return None
        page = page_number(params.get("p"))
        items, pages = self.page_of(self.listed(section), page)
        if page > pages:
            return None
        return self.html_response(self.listing_html(section, page, pages, items, request))

    def docs_response(self, params: dict, request: Request) -> Response | None:
        page = page_number(params.get("page"))
        pages = max(1, -(-len(self.documents) // DOC_PAGE_SIZE))
        if page > pages:
            return None
        return self.html_response(self.docs_html(page, pages, request))

    def notices_response(self, params: dict, request: Request) -> Response | None:
        page = page_number(params.get("page"))
        pages = max(1, -(-len(self.notices) // NOTICE_PAGE_SIZE))
        if page > pages:
            return None
        return self.html_response(self.notices_html(page, pages, request))

    def schedule_response(self, params: dict, request: Request) -> Response | None:
        if not params.get("tuan"):
            return self.html_response(self.schedule_html(0, request))
        wanted = (page_number(params.get("nam"), 0), page_number(params.get("tuan"), 0))
        for index, monday in enumerate(self.weeks):
            if tuple(monday.isocalendar()[:2]) == wanted:
                return self.html_response(self.schedule_html(index, request))
        return None

    # -- frame

    def pager(self, page: int, pages: int, href) -> str:
        parts = []
        if page > 1:
            parts.append(f'<li><a href="{esc(href(page - 1))}">&laquo;</a></li>')
        parts += pager_numbers(
            page,
            pages,
            lambda n: f'<li><a href="{esc(href(n))}">{n}</a></li>',
            current='<li class="active"><span>{n}</span></li>',
            gap='<li class="disabled"><span>...</span></li>',
        )
        if page < pages:
            parts.append(f'<li><a href="{esc(href(page + 1))}">&raquo;</a></li>')
            parts.append(
                f'<li><a href="{_postback("ctl00$cphMain$ucPager$lnkLast")}">Trang cuối</a></li>'
            )
        return f'<div class="phan-trang"><ul class="pagination">{"".join(parts)}</ul></div>'

    def frame(self, title: str, crumbs: list[tuple[str, str]], content: str, seed: str) -> str:
        portal = self.portal
        menu = "".join(
            f'<li><a href="{esc(self.listing_path(s))}">{esc(s.name)}</a></li>'
            for s in self.sections.values()
        )
        stats = tthc_stats(seed)
        visits = visitor_stats(seed)
        question, options = poll(seed)
        choices = "".join(
            f'<li><input id="ctl00_ucBinhChon_rdo{i}" type="radio" name="ctl00$ucBinhChon$rdo"'
            f' value="{i}" /><label for="ctl00_ucBinhChon_rdo{i}">{esc(o)}</label></li>'
            for i, o in enumerate(options)
        )
        latest = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></li>'
            for it in self.latest(5)
        )
        trail = '<a href="/Default.aspx">Trang chủ</a>' + "".join(
            f' <span class="sep">/</span> <a href="{esc(href)}">{esc(name)}</a>'
            if href
            else f' <span class="sep">/</span> <span>{esc(name)}</span>'
            for name, href in crumbs
        )
        return f"""<!DOCTYPE html>
<html lang="vi">
<head id="ctl00_Head1"><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<link href="/Portal/Themes/HuyenDongLu/css/site.css" rel="stylesheet" type="text/css" />
<script src="/Portal/Scripts/jquery-1.12.4.min.js" type="text/javascript"></script>
</head>
<body class="vsp-body">
<form method="post" action="./Default.aspx" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE{stable_token(seed + "vs", 360, _B64)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<div id="vsp-wrapper">
<div id="vsp-topbar"><span class="ngay-hien-tai" id="ctl00_ucTop_lblNgay"></span>
<a href="{_postback("ctl00$ucTop$lnkDangNhap")}">Đăng nhập</a> | <a href="/Default.aspx?lang=en">English</a>
| <a href="/so-do-cong.aspx">Sơ đồ cổng</a></div>
<div id="vsp-header"><a href="/Default.aspx"><img src="/Portal/Themes/HuyenDongLu/images/banner.png" alt="Responsive image" /></a>
<div class="ten-cong">{esc(portal.name)}</div>
<marquee class="chay-chu">Chào mừng bạn đến với {esc(portal.name)}</marquee></div>
<div id="vsp-menu"><ul class="menu-ngang">
<li><a href="/Default.aspx">Trang chủ</a></li>
<li><a href="/gioi-thieu.aspx">Giới thiệu</a></li>
<li class="co-con"><a href="{esc(self.listing_path(None))}">{esc(self.news.name)}</a><ul>{menu}</ul></li>
<li><a href="{DOCS}">Văn bản</a></li>
<li><a href="{NOTICES}">Thông báo</a></li>
<li><a href="/lich-cong-tac.aspx">Lịch công tác</a></li>
<li><a href="https://dichvucong.gov.vn/">Dịch vụ công</a></li>
<li><a href="/lien-he.aspx">Liên hệ</a></li></ul>
<div class="tim-kiem"><input name="ctl00$ucMenu$txtTuKhoa" type="text" placeholder="Tìm kiếm..." />
<a href="{_postback("ctl00$ucMenu$btnTim")}">Tìm</a></div></div>
<div class="duong-dan" id="ctl00_pnlBreadcrumb">{trail}</div>
<div id="vsp-main" class="row">
<div id="vsp-content" class="col-md-9">
{content}
</div>
<div id="vsp-sidebar" class="col-md-3">
<div class="module-box"><div class="module-title">Kết quả giải quyết TTHC</div>
<div class="module-content"><p>Tháng {stats["month"]}: tiếp nhận {thousands(stats["total"])} hồ sơ</p>
<p>Đúng hạn: {thousands(stats["ontime"])} - Trễ hạn: {thousands(stats["late"])}</p>
<p>Tỷ lệ đúng hạn: <b>{stats["percent"]}%</b></p></div></div>
<div class="module-box"><div class="module-title">Tin mới</div><ul class="tin-moi">{latest}</ul></div>
<div class="module-box lien-ket"><div class="module-title">Liên kết</div>
<a href="https://dichvucong.gov.vn/"><img src="/Portal/Images/banner-dvc.png" alt="Cổng Dịch vụ công quốc gia" /></a>
<a href="https://vanban.chinhphu.vn/"><img src="/Portal/Images/banner-vbqppl.png" alt="Hệ thống văn bản" /></a>
<select onchange="window.open(this.value)"><option>-- Liên kết website --</option>
<option value="https://chinhphu.vn/">Cổng TTĐT Chính phủ</option></select></div>
<div class="module-box"><div class="module-title">Ý kiến thăm dò</div><p>{esc(question)}</p><ul class="binh-chon">{choices}</ul>
<a href="{_postback("ctl00$ucBinhChon$btnBinhChon")}" class="nut">Bình chọn</a>
<a href="{_postback("ctl00$ucBinhChon$btnKetQua")}" class="nut">Xem kết quả</a></div>
<div class="module-box thong-ke"><div class="module-title">Thống kê truy cập</div>
<ul><li>Đang truy cập: {thousands(visits["online"])}</li><li>Hôm nay: {thousands(visits["today"])}</li>
<li>Trong tuần: {thousands(visits["week"])}</li><li>Tất cả: {thousands(visits["total"])}</li></ul></div>
</div></div>
<div id="vsp-footer">
<p><b>{esc(portal.name.upper())}</b></p>
<p>Cơ quan chủ quản: {esc(portal.agency)}</p>
<p>Trưởng Ban biên tập: {esc(portal.editor)}</p>
<p>{esc(portal.licence)}</p>
<p>Địa chỉ: {esc(portal.address)} - Điện thoại: {esc(portal.phone)}</p>
<p><i>{esc(reuse_notice(portal))}</i></p>
<p class="ve-dau"><a href="#vsp-wrapper">Về đầu trang</a></p>
</div></div>
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA{stable_token(seed + "ev", 48, _B64)}" /></div>
</form>
</body>
</html>
"""

    # -- home

    def home_html(self, request: Request) -> str:
        seed = request.seed
        healthy = [it for it in self.items if it.kind == "article"]
        featured = "".join(
            f'<div class="tin-noi-bat-item"><a href="{esc(self.tracked(f"{ALIAS}?ItemID={it.number}", seed))}">'
            f'<img src="{esc(image_path(it, 0, self.image_folder))}" alt="" /></a>'
            f'<a class="tieu-de" href="{esc(self.tracked(f"{ALIAS}?ItemID={it.number}", seed))}">{esc(it.title)}</a>'
            f'<p class="mo-ta">{esc(it.sapo(request.revision))}</p></div>'
            for it in healthy[:3]
        )
        boxes = []
        for section in self.sections.values():
            listed = [it for it in self.listed(section) if it.kind == "article"][:4]
            if not listed:
                continue
            rows = "".join(
                f'<li><a href="{esc(self.tracked(self.article_path(it), seed))}">{esc(it.title)}</a>'
                f' <span class="ngay">({dmy(it.published)})</span></li>'
                for it in listed
            )
            boxes.append(
                f'<div class="box-chuyen-muc"><h3 class="box-title"><a href="{esc(self.listing_path(section))}">'
                f"{esc(section.name)}</a></h3><ul>{rows}</ul>"
                f'<a class="xem-them" href="{esc(self.listing_path(section))}">Xem thêm &raquo;</a></div>'
            )
        docs = "".join(
            f'<tr><td><a href="{DOC}?id={d["id"]}">{esc(d["number"])}</a></td>'
            f"<td>{dmy(d['issued'])}</td><td>{esc(d['summary'])}</td></tr>"
            for d in self.documents[:5]
        )
        notes = "".join(
            f'<li><a href="{esc(self.notice_path(n))}">{esc(n["title"])}</a>'
            f' <span class="ngay">({dmy(n["posted"])})</span></li>'
            for n in self.notices[:5]
        )
        monday = self.weeks[0]
        week = "".join(
            f"<li><b>{weekday(monday + timedelta(days=d))} ({dmy(monday + timedelta(days=d))})</b>: "
            f"{esc(self.meetings(monday, d)[0][1])}</li>"
            for d in range(5)
        )
        content = f"""<div class="tin-noi-bat"><h2 class="box-title">Tin nổi bật</h2>{featured}</div>
<div class="box-tin-tuc"><h2 class="box-title"><a href="{esc(self.listing_path(None))}">{esc(self.news.name)}</a></h2>
{"".join(boxes)}</div>
<div class="box-van-ban"><h2 class="box-title"><a href="{DOCS}">Văn bản mới</a></h2>
<table class="table"><tr><th>Số/ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr>{docs}</table></div>
<div class="box-thong-bao"><h2 class="box-title"><a href="{NOTICES}">Thông báo</a></h2><ul>{notes}</ul></div>
<div class="box-lich"><h2 class="box-title"><a href="{esc(self.week_path(monday))}">Lịch công tác tuần</a></h2><ul>{week}</ul></div>"""
        return self.frame(self.portal.name, [], content, seed)

    # -- news

    def listing_html(
        self, section: Section | None, page: int, pages: int, items: list[Item], request: Request
    ) -> str:
        shown = section or self.news
        rows = "".join(
            f'<div class="news-item"><a href="{esc(self.article_path(it))}">'
            f'<img class="news-img" src="{esc(image_path(it, 0, self.image_folder))}" alt="" /></a>'
            f'<h3 class="news-title"><a href="{esc(self.article_path(it))}">{esc(it.title)}</a></h3>'
            f'<span class="news-date">({dmy(it.published)}, {it.published:%H:%M})</span>'
            f'<p class="news-sapo">{esc(it.sapo(request.revision))}</p></div>'
            for it in items
        )
        crumbs = [(self.news.name, self.listing_path(None))]
        if section is not None and section != self.news:
            crumbs.append((shown.name, ""))
        content = (
            f'<div class="news-list"><h1 class="cat-title">{esc(shown.name)}</h1>{rows}'
            f"{self.pager(page, pages, lambda n: self.listing_path(section, n))}</div>"
        )
        return self.frame(f"{shown.name} - {self.portal.short_name}", crumbs, content, request.seed)

    def published_line(self, item: Item) -> str:
        moment = item.published
        hour = moment.hour % 12 or 12
        half = "SA" if moment.hour < 12 else "CH"
        return f"Ngày xuất bản: {dmy(moment)} {hour}:{moment:%M:%S} {half}"

    def body_html(self, item: Item, revision: int) -> str:
        parts = []
        for kind, value in body_blocks(item, revision):
            if kind == "p":
                parts.append(f'<p style="text-align: justify;">{esc(value)}</p>')
            else:
                index, caption = value
                parts.append(
                    f'<p style="text-align: center;"><img src="{esc(image_path(item, index, self.image_folder))}"'
                    f' alt="" width="600" /></p>'
                    f'<p style="text-align: center;"><em>{esc(caption)}</em></p>'
                )
        if item.author:
            parts.append(f'<p style="text-align: right;"><strong>{esc(item.author)}</strong></p>')
        return "\n".join(parts)

    def article_html(self, item: Item, request: Request) -> str:
        revision, seed = request.revision, request.seed
        modified = item.shown_modified(revision)
        updated = (
            f' <span class="cap-nhat">Cập nhật: {modified:%H:%M}, {dmy(modified)} (GMT+7)</span>'
            if modified
            else ""
        )
        source = (
            f'<div class="nguon-tin">Nguồn: <span>{esc(item.source)}</span></div>'
            if item.source
            else ""
        )
        related = "".join(
            f'<li><a href="{esc(self.article_path(it))}">{esc(it.title)}</a>'
            f' <span class="ngay">({dmy(it.published)})</span></li>'
            for it in self.others(item, 6)
        )
        content = f"""<div class="chi-tiet-tin" id="ctl00_cphMain_ucChiTiet_pnlChiTiet">
<h1 class="title-detail">{esc(item.title)}</h1>
<div class="meta-detail"><span class="ngay-dang">{self.published_line(item)}</span>{updated}
<span class="luot-xem">Lượt xem: {thousands(view_count(seed))}</span></div>
<div class="cong-cu"><a href="{PRINT}?ItemID={item.number}" target="_blank">Bản in</a>
| <a href="{_postback("ctl00$cphMain$ucChiTiet$lnkGuiEmail")}">Gửi email</a>
| Cỡ chữ: <a href="javascript:setFont(-1)">A-</a> <a href="javascript:setFont(0)">A</a> <a href="javascript:setFont(1)">A+</a></div>
<div class="content-detail" id="ctl00_cphMain_ucChiTiet_divNoiDung">
{self.body_html(item, revision)}
</div>
{source}
<div class="chia-se"><a href="https://www.facebook.com/sharer/sharer.php?u={esc(request.base_url + self.article_path(item))}">Chia sẻ</a></div>
<div class="tin-lien-quan"><h3>Các tin khác</h3><ul>{related}</ul></div>
</div>"""
        crumbs = [
            (self.news.name, self.listing_path(None)),
            (item.section.name, self.listing_path(item.section)),
        ]
        return self.frame(item.title, crumbs, content, seed)

    def print_html(self, item: Item, request: Request) -> str:
        source = f"<p><i>Nguồn: {esc(item.source)}</i></p>" if item.source else ""
        return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(item.title)}</title>
<link href="/Portal/Themes/HuyenDongLu/css/print.css" rel="stylesheet" /></head>
<body onload="window.print();"><div class="in-tin">
<div class="in-header">{esc(self.portal.name)}</div>
<h2>{esc(item.title)}</h2><p class="ngay">{self.published_line(item)}</p>
{self.body_html(item, request.revision)}
{source}
<p class="in-footer">Địa chỉ bài viết: {esc(request.base_url + self.article_path(item))}</p>
</div></body></html>"""

    # -- legal documents

    def docs_html(self, page: int, pages: int, request: Request) -> str:
        shown = self.documents[(page - 1) * DOC_PAGE_SIZE : page * DOC_PAGE_SIZE]
        rows = "".join(
            f'<tr><td class="stt">{(page - 1) * DOC_PAGE_SIZE + i + 1}</td>'
            f'<td><a href="{DOC}?id={d["id"]}">{esc(d["number"])}</a></td>'
            f"<td>{dmy(d['issued'])}</td><td>{esc(d['summary'])}</td>"
            f'<td><a href="/Uploads/VanBan/{esc(d["file"])}" title="Tải về"><img src="/Portal/Images/pdf.gif" alt="Tải về" /></a></td></tr>'
            for i, d in enumerate(shown)
        )
        content = f"""<div class="van-ban"><h1 class="cat-title">Văn bản</h1>
<div class="loc-van-ban">Loại văn bản: <select name="ctl00$cphMain$ddlLoai"><option>Tất cả</option>
{"".join(f"<option>{k}</option>" for _, k in _DOC_KINDS)}</select>
<a href="{_postback("ctl00$cphMain$btnLoc")}">Tìm văn bản</a></div>
<table class="table table-bordered tbl-van-ban"><thead><tr><th>STT</th><th>Số/ký hiệu</th>
<th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>{rows}</tbody></table>
{self.pager(page, pages, lambda n: DOCS + (f"?page={n}" if n > 1 else ""))}</div>"""
        return self.frame("Văn bản", [("Văn bản", "")], content, request.seed)

    def doc_html(self, doc: dict, request: Request) -> str:
        pdf = f"/Uploads/VanBan/{doc['file']}"
        viewer = (
            f'<iframe class="pdf-viewer" src="/Portal/pdfjs/web/viewer.html?file={esc(pdf)}"'
            ' width="100%" height="720"></iframe>'
            if doc["viewer"]
            else ""
        )
        fields = (
            ("Số hiệu", doc["number"]),
            ("Loại văn bản", doc["kind"]),
            ("Cơ quan ban hành", doc["issuer"]),
            ("Người ký", doc["signer"]),
            ("Ngày ban hành", dmy(doc["issued"])),
            ("Ngày hiệu lực", dmy(doc["effective"])),
            ("Trích yếu", doc["summary"]),
        )
        rows = "".join(f'<tr><td class="nhan">{k}</td><td>{esc(v)}</td></tr>' for k, v in fields)
        others = "".join(
            f'<li><a href="{DOC}?id={d["id"]}">{esc(d["number"])}</a> - {esc(d["summary"])}</li>'
            for d in self.documents
            if d is not doc and d["kind"] == doc["kind"]
        )
        content = f"""<div class="chi-tiet-van-ban"><h1 class="cat-title">Chi tiết văn bản</h1>
<table class="table table-bordered tbl-chi-tiet">{rows}
<tr><td class="nhan">Tệp đính kèm</td><td><a href="{esc(pdf)}">Tải về</a></td></tr></table>
{viewer}
<div class="van-ban-khac"><h3>Văn bản cùng loại</h3><ul>{others}</ul></div></div>"""
        crumbs = [("Văn bản", DOCS), (doc["number"], "")]
        return self.frame(f"Văn bản {doc['number']}", crumbs, content, request.seed)

    # -- notices

    def notices_html(self, page: int, pages: int, request: Request) -> str:
        shown = self.notices[(page - 1) * NOTICE_PAGE_SIZE : page * NOTICE_PAGE_SIZE]
        rows = "".join(
            f'<li class="tb-item"><a href="{esc(self.notice_path(n))}">{esc(n["title"])}</a>'
            f' <span class="ngay">({dmy(n["posted"])})</span></li>'
            for n in shown
        )
        content = (
            f'<div class="thong-bao"><h1 class="cat-title">Thông báo</h1><ul>{rows}</ul>'
            f"{self.pager(page, pages, lambda n: NOTICES + (f'?page={n}' if n > 1 else ''))}</div>"
        )
        return self.frame("Thông báo", [("Thông báo", "")], content, request.seed)

    def notice_html(self, notice: dict, request: Request) -> str:
        text = "".join(f"<p>{esc(t)}</p>" for t in notice["text"])
        others = "".join(
            f'<li><a href="{esc(self.notice_path(n))}">{esc(n["title"])}</a></li>'
            for n in self.notices
            if n is not notice
        )
        content = f"""<div class="chi-tiet-thong-bao"><div class="nhan-thong-bao">Thông báo</div>
<h1 class="title-detail">{esc(notice["title"])}</h1>
<div class="meta-detail">Số: {esc(notice["number"])} | Ngày đăng: {dmy(notice["posted"])} {notice["posted"]:%H:%M}</div>
<div class="noi-dung-thong-bao">{text}</div>
<div class="dinh-kem">Tệp đính kèm: <a href="/Uploads/VanBan/{esc(notice["file"])}">{esc(notice["number"].replace("/", "_"))}.pdf</a></div>
<div class="tb-khac"><h3>Thông báo khác</h3><ul>{others}</ul></div></div>"""
        crumbs = [("Thông báo", NOTICES), (notice["title"], "")]
        return self.frame(notice["title"], crumbs, content, request.seed)

    # -- weekly schedule

    def meetings(self, monday: datetime, day: int) -> list[tuple[str, str]]:
        """The (time, what) rows of one day of the week starting ``monday``."""
        seed = f"{monday:%Y%m%d}-{day}"
        first = stable_int(seed, 0, len(_MEETINGS) - 1)
        second = (first + stable_int(seed + "b", 1, 3)) % len(_MEETINGS)
        return [("07h30", _MEETINGS[first]), ("14h00", _MEETINGS[second])]

    def schedule_html(self, index: int, request: Request) -> str:
        monday = self.weeks[index]
        rows = []
        for d in range(6):
            day = monday + timedelta(days=d)
            slots = self.meetings(monday, d) if d < 5 else [("", "Trực lãnh đạo")]
            for k, (time, what) in enumerate(slots):
                head = (
                    f'<td rowspan="{len(slots)}">{weekday(day)}<br />{dmy(day)}</td>'
                    if k == 0
                    else ""
                )
                rows.append(
                    f"<tr>{head}<td>{time}</td><td>{esc(what)}</td>"
                    f"<td>{esc(_SIGNERS[(d + k) % 3].split(' - ')[0])}</td><td>Phòng họp số {k + 1}</td></tr>"
                )
        nav = []
        if index + 1 < len(self.weeks):
            nav.append(
                f'<a href="{esc(self.week_path(self.weeks[index + 1]))}">&laquo; Tuần trước</a>'
            )
        if index > 0:
            nav.append(
                f'<a href="{esc(self.week_path(self.weeks[index - 1]))}">Tuần sau &raquo;</a>'
            )
        number = monday.isocalendar()[1]
        content = f"""<div class="lich-cong-tac"><h1 class="cat-title">Lịch công tác tuần {number}</h1>
<p class="tu-ngay">Từ ngày {dmy(monday)} đến ngày {dmy(monday + timedelta(days=6))}</p>
<table class="table table-bordered tbl-lich"><thead><tr><th>Thứ/Ngày</th><th>Thời gian</th><th>Nội dung</th>
<th>Chủ trì</th><th>Địa điểm</th></tr></thead><tbody>{"".join(rows)}</tbody></table>
<div class="chuyen-tuan">{" | ".join(nav)}</div></div>"""
        crumbs = [("Lịch công tác", "/lich-cong-tac.aspx"), (f"Tuần {number}", "")]
        return self.frame(f"Lịch công tác tuần {number}", crumbs, content, request.seed)

    # -- errors, robots

    def error_html(self, status: int) -> str:
        if status == 500:
            return """<!DOCTYPE html><html><head><title>Runtime Error</title></head><body>
<h1>Server Error in '/' Application.</h1><h2><i>Runtime Error</i></h2>
<p>An application error occurred on the server.</p></body></html>"""
        return self.frame(
            "Không tìm thấy trang",
            [("Lỗi", "")],
            '<div class="trang-loi"><h1>404</h1><p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa.</p>'
            '<p><a href="/Default.aspx">Quay về trang chủ</a></p></div>',
            f"err{status}",
        )
