"""The demo portals as data: who they are, where they listen, which CMS family renders them.

Every name here is fictional. Each portal belongs to one CMS family (a module under
:mod:`dtcrawl.demo.cms`) that owns its markup and URL shapes; this module only says what the
portal is: its sections, page size, wording of its footer, which of its feeds or sitemaps a
crawler is told about, and which of its pages are broken on purpose.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class SectionDef:
    """A portal section (category) with the numeric id its CMS uses in URLs."""

    id: int
    name: str


@dataclass(frozen=True)
class BrokenPage:
    """A page linked from the listings that misbehaves on purpose (not part of the corpus).

    ``kind`` is one of ``missing`` (404), ``error`` (500), ``truncated`` (HTML cut mid-body),
    ``empty`` (an article shell: title and date, no body).
    """

    key: str
    kind: str
    category: str
    title: str
    published: str
    paragraphs: tuple[str, ...] = ()


@dataclass(frozen=True)
class PortalDef:
    """One demo portal."""

    id: str
    name: str
    province: str
    cms: str
    host: str
    domain: str
    short_name: str
    agency: str
    editor: str
    licence: str
    address: str
    phone: str
    news_section: SectionDef
    sections: tuple[SectionDef, ...]
    page_size: int = 5
    relevance: str = "keywords"
    encoding: str = "utf-8"
    lead_prefix: str | None = None
    start: tuple[str, ...] = ("news",)
    advertised_sitemaps: tuple[str, ...] = ()
    advertised_feeds: tuple[str, ...] = ()
    robots_disallow: tuple[str, ...] = ()
    broken: tuple[BrokenPage, ...] = ()
    features: frozenset[str] = field(default_factory=frozenset)

    @property
    def registry_cms(self) -> str:
        """The CMS name the portal registry uses (the "modern" family is a ``custom`` CMS)."""
        return "custom" if self.cms in CUSTOM_REGISTRY_FAMILIES else self.cms


# Families the registry names "custom": the modern slug CMS, the faulty portal, and the blind
# portals' families, which must give a crawler no hint (tests/test_blind_portals.py).
CUSTOM_REGISTRY_FAMILIES = frozenset(
    {
        "modern",
        "faulty",
        "drupal",
        "dnn",
        "wordpress",
        "webcenter",
        "joomla",
        "websphere",
        "phpcustom",
        "plone",
        "liferay7",
        "oldframes",
        "splists",
        "traps",
        "mobilefirst",
        "nextjs",
        "nested",
        "umbraco",
        "querycms",
        "jspportal",
        "wagtail",
        "subsites",
        "mvcportal",
        "springajax",
        "bilingual",
        "districtaspx",
        "cardlinks",
        "iframecms",
        "clickredir",
        "comments",
        "crosspost",
        "aspclassic",
        "listdates",
        "nextarticle",
        "selectpager",
        "pdfpaste",
        "emagazine",
        "ratelimit",
        "fckbr",
        "broadcaster",
        "ethnic",
        "jsonmore",
        "postback",
        "datebottom",
        "dupmarkup",
        "detaillinks",
        "base64img",
        "h1logo",
        "inlinerelated",
        "relcursor",
        "richbody",
        "onclicknav",
        "iiscase",
        "mediamix",
        "wordpaste",
        "tabbed",
        "cfemail",
        "ampfirst",
        "jsdates",
        "shortnotices",
        "lazyfigures",
        "newssitemap",
        "liveblog",
        "pagebreak",
        "badmeta",
        "infscroll",
        "bylinemix",
        "wpgutenberg",
        "loosepager",
        "httpquirks",
        "xemtiep",
        "oldstatic",
        "nvtheme",
        "datearchive",
        "hubnav",
        "teaserlists",
        "sppath",
        "datemix",
        "appshell",
    }
)


LAMGIANG = PortalDef(
    id="lamgiang",
    name="Cổng thông tin điện tử tỉnh Lam Giang",
    province="Lam Giang",
    cms="sharepoint",
    host="127.0.0.11",
    domain="lamgiang.gov.vn",
    short_name="LG",
    agency="Ủy ban nhân dân tỉnh Lam Giang",
    editor="Ông Trần Quốc Vĩnh - Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 27/GP-TTĐT ngày 14/3/2019 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 8 đường Hùng Vương, phường Bến Thủy, tỉnh Lam Giang",
    phone="0215.3862.415",
    news_section=SectionDef(1001, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(1753, "Chuyển đổi số"),
        SectionDef(1021, "Kinh tế"),
        SectionDef(1022, "Văn hóa - Xã hội"),
        SectionDef(1020, "Chính trị"),
        SectionDef(1024, "Nông nghiệp - Nông thôn"),
        SectionDef(1026, "Cải cách hành chính"),
    ),
    lead_prefix="CTTĐT - ",
    start=("section:Chuyển đổi số", "news"),
    robots_disallow=("/_layouts/", "/_vti_bin/", "/Lists/"),
    broken=(
        BrokenPage(
            key="lamgiang-broken-missing",
            kind="missing",
            category="Chuyển đổi số",
            title="Thông báo lịch bảo trì hệ thống một cửa điện tử tỉnh",
            published="2023-03-01T16:40:00",
        ),
    ),
    features=frozenset({"print_view", "alias_links", "tracking_utm"}),
)

HOASON = PortalDef(
    id="hoason",
    name="Cổng thông tin điện tử tỉnh Hòa Sơn",
    province="Hòa Sơn",
    cms="aspnet",
    host="127.0.0.12",
    domain="hoason.gov.vn",
    short_name="HS",
    agency="Văn phòng Ủy ban nhân dân tỉnh Hòa Sơn",
    editor="Bà Lê Thị Thu Hà - Phó Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 112/GP-TTĐT do Bộ Thông tin và Truyền thông cấp ngày 05/9/2017",
    address="Số 2 đường Trần Phú, thành phố Hòa Sơn",
    phone="0232.3822.096",
    news_section=SectionDef(0, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(12, "Chuyển đổi số - CNTT"),
        SectionDef(3, "Tin hoạt động"),
        SectionDef(5, "Kinh tế - Xã hội"),
        SectionDef(7, "Quốc phòng - An ninh"),
        SectionDef(9, "Văn hóa - Thể thao"),
    ),
    encoding="cp1258",
    lead_prefix="(Cổng TTĐT tỉnh HS) - ",
    robots_disallow=("/Admin/", "/Uploads/Temp/"),
    broken=(
        BrokenPage(
            key="hoason-broken-error",
            kind="error",
            category="Tin hoạt động",
            title="Hòa Sơn tổ chức hội nghị tổng kết công tác thi đua khen thưởng",
            published="2023-09-28T10:05:00",
        ),
    ),
    features=frozenset({"postback_links", "aspnet_session"}),
)

NAMTHANH = PortalDef(
    id="namthanh",
    name="Cổng thông tin điện tử tỉnh Nam Thành",
    province="Nam Thành",
    cms="liferay",
    host="127.0.0.13",
    domain="namthanh.gov.vn",
    short_name="NT",
    agency="Ủy ban nhân dân tỉnh Nam Thành",
    editor="Ông Phạm Đức Thịnh - Giám đốc Trung tâm Thông tin - Công báo",
    licence="Giấy phép số 45/GP-STTTT ngày 20/6/2020",
    address="Số 15 đại lộ Lê Lợi, phường Phú Hưng, tỉnh Nam Thành",
    phone="0251.3823.560",
    news_section=SectionDef(0, "Tin tức"),
    sections=(
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Nông nghiệp - Nông thôn"),
        SectionDef(0, "Thời sự"),
        SectionDef(0, "Kinh tế"),
        SectionDef(0, "Xã hội"),
        SectionDef(0, "Chỉ đạo điều hành"),
    ),
    robots_disallow=("/c/", "/group/", "/api/"),
    broken=(
        BrokenPage(
            key="namthanh-broken-truncated",
            kind="truncated",
            category="Xã hội",
            title="Nam Thành ra quân chiến dịch tình nguyện hè cho thanh niên",
            published="2022-06-15T07:30:00",
            paragraphs=(
                "Sáng 15/6, Tỉnh đoàn Nam Thành tổ chức lễ ra quân chiến dịch thanh niên tình "
                "nguyện hè với sự tham gia của hơn 1.200 đoàn viên, thanh niên đến từ các huyện, "
                "thị xã và thành phố trong tỉnh.",
                "Trong hai tháng, các đội hình tình nguyện sẽ sửa chữa nhà văn hóa thôn, làm "
                "đường giao thông nông thôn, trồng cây xanh và tổ chức lớp học hè miễn phí cho "
                "trẻ em vùng khó khăn.",
                "Ban tổ chức cho biết năm nay chiến dịch ưu tiên các xã ven biển, nơi nhiều gia "
                "đình có con em phải nghỉ học để phụ giúp việc đánh bắt hải sản.",
            ),
        ),
    ),
    features=frozenset({"jsessionid", "delta_links"}),
)

SOKHCN_LAMGIANG = PortalDef(
    id="sokhcn-lamgiang",
    name="Sở Khoa học và Công nghệ tỉnh Lam Giang",
    province="Lam Giang",
    cms="nukeviet",
    host="127.0.0.14",
    domain="sokhcn.lamgiang.gov.vn",
    short_name="KHCN",
    agency="Sở Khoa học và Công nghệ tỉnh Lam Giang",
    editor="Ông Hoàng Minh Tuấn - Phó Giám đốc Sở",
    licence="Giấy phép số 09/GP-STTTT ngày 02/4/2021 của Sở Thông tin và Truyền thông",
    address="Số 46 đường Nguyễn Du, phường Bến Thủy, tỉnh Lam Giang",
    phone="0215.3841.227",
    news_section=SectionDef(0, "Tin tức"),
    sections=(
        SectionDef(8, "Chuyển đổi số"),
        SectionDef(2, "Hoạt động của Sở"),
        SectionDef(4, "Khoa học - Công nghệ"),
        SectionDef(6, "Tiêu chuẩn - Đo lường - Chất lượng"),
        SectionDef(10, "Bưu chính - Viễn thông"),
    ),
    advertised_feeds=("/vi/news/rss/",),
    robots_disallow=("/admin/", "/includes/", "/install/", "/vi/users/"),
    broken=(
        BrokenPage(
            key="sokhcn-lamgiang-broken-empty",
            kind="empty",
            category="Hoạt động của Sở",
            title="Thông báo kết quả xét tuyển viên chức năm 2024",
            published="2024-08-12T15:20:00",
        ),
    ),
    features=frozenset({"tracking_utm"}),
)

CDS_TAYPHONG = PortalDef(
    id="cds-tayphong",
    name="Cổng Chuyển đổi số tỉnh Tây Phong",
    province="Tây Phong",
    cms="modern",
    host="127.0.0.15",
    domain="cds.tayphong.gov.vn",
    short_name="TP",
    agency="Sở Khoa học và Công nghệ tỉnh Tây Phong",
    editor="Bà Vũ Ngọc Lan - Giám đốc Trung tâm Chuyển đổi số",
    licence="Giấy phép số 03/GP-STTTT ngày 18/01/2024",
    address="Số 120 đường Lý Thường Kiệt, thành phố Tây Phong",
    phone="0270.3590.118",
    news_section=SectionDef(0, "Tin tức"),
    sections=(
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Kinh tế số"),
        SectionDef(0, "Xã hội số"),
        SectionDef(0, "Chuyển đổi số"),
        SectionDef(0, "An toàn thông tin"),
    ),
    relevance="all",
    start=("home",),
    robots_disallow=("/vi/tim-kiem", "/api/"),
    broken=(
        BrokenPage(
            key="cds-tayphong-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Hướng dẫn cài đặt ứng dụng công dân số phiên bản thử nghiệm",
            published="2024-05-06T09:00:00",
        ),
    ),
    features=frozenset({"tracking_utm", "trailing_slash", "sitemap"}),
)

PORTALS: dict[str, PortalDef] = {
    p.id: p for p in (LAMGIANG, HOASON, NAMTHANH, SOKHCN_LAMGIANG, CDS_TAYPHONG)
}

# The sixth portal, for resilience tests only: not started unless asked for (its pages hang,
# reset connections and loop). Its pages and articles are defined in dtcrawl.demo.faulty.
FAULTY = PortalDef(
    id="faulty",
    name="Trang thông tin điện tử huyện Đông Khê",
    province="Lam Giang",
    cms="faulty",
    host="127.0.0.16",
    domain="dongkhe.lamgiang.gov.vn",
    short_name="ĐK",
    agency="Ủy ban nhân dân huyện Đông Khê",
    editor="Ông Đinh Văn Sơn - Chánh Văn phòng HĐND và UBND huyện",
    licence="Giấy phép số 05/GP-STTTT ngày 10/8/2022",
    address="Thị trấn Đông Khê, huyện Đông Khê, tỉnh Lam Giang",
    phone="0215.3871.102",
    news_section=SectionDef(0, "Tin tức"),
    sections=(),
    page_size=20,
    robots_disallow=("/noi-bo/",),
    broken=(
        BrokenPage(
            key="faulty-broken-truncated",
            kind="truncated",
            category="Tin tức",
            title="Đông Khê tổ chức phiên chợ nông sản an toàn cuối tuần",
            published="2024-06-08T16:00:00",
            paragraphs=(
                "Sáng 8/6, UBND huyện Đông Khê tổ chức phiên chợ nông sản an toàn tại quảng "
                "trường trung tâm huyện với 46 gian hàng của các hợp tác xã và hộ sản xuất.",
                "Các mặt hàng được bày bán gồm rau, củ, quả, thịt lợn, cá lồng và các sản phẩm "
                "OCOP; tất cả đều có tem truy xuất nguồn gốc và được kiểm tra nhanh dư lượng "
                "thuốc bảo vệ thực vật trước khi đưa vào chợ.",
                "Ban tổ chức dự kiến duy trì phiên chợ vào sáng thứ bảy hằng tuần đến hết năm.",
            ),
        ),
    ),
)

# A Drupal department site, for measuring the crawler on a template it was not tuned for: not
# in the default demo (the unseen-template evaluation starts it by id).
SOKHCN_BACHSON = PortalDef(
    id="sokhcn-bachson",
    name="Sở Khoa học và Công nghệ tỉnh Bạch Sơn",
    province="Bạch Sơn",
    cms="drupal",
    host="127.0.0.21",
    domain="sokhcn.bachson.gov.vn",
    short_name="KHCN",
    agency="Sở Khoa học và Công nghệ tỉnh Bạch Sơn",
    editor="Ông Lương Văn Khải - Phó Giám đốc Sở",
    licence="Giấy phép số 14/GP-STTTT ngày 26/10/2022 của Sở Thông tin và Truyền thông tỉnh "
    "Bạch Sơn",
    address="Số 31 đường Trần Hưng Đạo, phường Bạch Đằng, tỉnh Bạch Sơn",
    phone="0219.3856.240",
    news_section=SectionDef(0, "Tin tức"),
    sections=(
        SectionDef(21, "Chuyển đổi số"),
        SectionDef(23, "Chính quyền số"),
        SectionDef(24, "Kinh tế số"),
        SectionDef(25, "Xã hội số"),
        SectionDef(26, "An toàn thông tin"),
    ),
    page_size=10,
    start=("home",),
    broken=(
        BrokenPage(
            key="sokhcn-bachson-broken-missing",
            kind="missing",
            category="Chuyển đổi số",
            title="Thông báo tạm dừng hệ thống thư điện tử công vụ để nâng cấp",
            published="2021-01-05T16:30:00",
        ),
    ),
    features=frozenset({"tracking_utm", "node_alias", "print_view", "login_destination"}),
)

# A DotNetNuke portal for blind evaluation (articles from dtcrawl.bench.synthetic.demo_corpus);
# not in the default demo. Its registry CMS is "custom": nothing a crawler could key on.
BACHTHUY = PortalDef(
    id="bachthuy",
    name="Cổng thông tin điện tử tỉnh Bạch Thủy",
    province="Bạch Thủy",
    cms="dnn",
    host="127.0.0.22",
    domain="bachthuy.gov.vn",
    short_name="BT",
    agency="Ủy ban nhân dân tỉnh Bạch Thủy",
    editor="Ông Nguyễn Hữu Khang - Phó Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 61/GP-TTĐT ngày 22/7/2018 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 36 đường Lê Thánh Tông, phường Thủy An, tỉnh Bạch Thủy",
    phone="0219.3855.204",
    news_section=SectionDef(119, "Tin tức"),
    sections=(
        SectionDef(121, "Chuyển đổi số"),
        SectionDef(122, "Chính quyền số"),
        SectionDef(123, "Kinh tế số"),
        SectionDef(124, "Xã hội số"),
        SectionDef(125, "An toàn thông tin"),
    ),
    page_size=8,
    robots_disallow=(
        "/admin/",
        "/App_Browsers/",
        "/App_Code/",
        "/App_Data/",
        "/bin/",
        "/Config/",
        "/Install/",
        "/Providers/",
        "/*/ctl/",
        "/dang-nhap/",
    ),
    broken=(
        BrokenPage(
            key="bachthuy-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Bạch Thủy chạy thử phần mềm quản lý văn bản và điều hành phiên bản mới",
            published="2021-01-05T10:20:00",
        ),
    ),
    features=frozenset({"print_view", "alias_links", "postback_links"}),
)


# A commune site on WordPress, for measuring the crawler on a template it was never tuned for:
# not in the default demo (its family is rendered by dtcrawl.demo.cms.wordpress).
XA_THANHVAN = PortalDef(
    id="xa-thanhvan",
    name="Trang thông tin điện tử xã Thanh Vân",
    province="Bình Lĩnh",
    cms="wordpress",
    host="127.0.0.23",
    domain="thanhvan.binhlinh.gov.vn",
    short_name="TV",
    agency="Ủy ban nhân dân xã Thanh Vân",
    editor="Ông Lương Văn Khải - Phó Chủ tịch UBND xã",
    licence="Giấy phép số 21/GP-STTTT ngày 09/11/2021 của Sở Thông tin và Truyền thông tỉnh "
    "Bình Lĩnh",
    address="Thôn Trung Tâm, xã Thanh Vân, tỉnh Bình Lĩnh",
    phone="0236.3715.204",
    news_section=SectionDef(2, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(5, "Chuyển đổi số"),
        SectionDef(6, "Chính quyền số"),
        SectionDef(7, "Kinh tế số"),
        SectionDef(8, "Xã hội số"),
        SectionDef(9, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    broken=(
        BrokenPage(
            key="xa-thanhvan-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm dừng tiếp nhận hồ sơ trực tuyến để nâng cấp hệ thống",
            published="2021-01-05T15:10:00",
        ),
    ),
    features=frozenset({"tracking_utm"}),
)

# A provincial portal on Oracle WebCenter Portal (ADF Faces), for blind evaluation (articles from
# dtcrawl.bench.synthetic.demo_corpus); not in the default demo. Its registry CMS is "custom".
BACHNGOC = PortalDef(
    id="bachngoc",
    name="Cổng thông tin điện tử tỉnh Bạch Ngọc",
    province="Bạch Ngọc",
    cms="webcenter",
    host="127.0.0.26",
    domain="bachngoc.gov.vn",
    short_name="BN",
    agency="Văn phòng Ủy ban nhân dân tỉnh Bạch Ngọc",
    editor="Ông Phạm Đình Quân - Phó Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 47/GP-TTĐT ngày 09/6/2020 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 15 đường Nguyễn Trãi, phường Ngọc Sơn, tỉnh Bạch Ngọc",
    phone="0226.3812.649",
    news_section=SectionDef(0, "Tin tức"),
    sections=(
        SectionDef(0, "Chuyển đổi số"),
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Kinh tế số"),
        SectionDef(0, "Xã hội số"),
        SectionDef(0, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=(
        "/webcenter/portal/signin",
        "/webcenter/faces/",
        "/webcenter/content/conn/",
        "/cs/idcplg",
    ),
    broken=(
        BrokenPage(
            key="bachngoc-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo gián đoạn dịch vụ thư điện tử công vụ để bảo trì máy chủ",
            published="2021-01-05T17:45:00",
        ),
    ),
    features=frozenset({"adf_state", "alias_links"}),
)


# A district portal on Joomla 3 (com_content), for measuring the crawler on a template it was
# never tuned for: not in the default demo (its family is rendered by dtcrawl.demo.cms.joomla).
HUYEN_TANKHE = PortalDef(
    id="huyen-tankhe",
    name="Cổng thông tin điện tử huyện Tân Khê",
    province="Vân Lương",
    cms="joomla",
    host="127.0.0.24",
    domain="tankhe.vanluong.gov.vn",
    short_name="TK",
    agency="Ủy ban nhân dân huyện Tân Khê",
    editor="Bà Hà Thị Quỳnh Mai - Chánh Văn phòng HĐND và UBND huyện",
    licence="Giấy phép số 17/GP-STTTT ngày 03/6/2020 của Sở Thông tin và Truyền thông tỉnh "
    "Vân Lương",
    address="Số 5 đường Nguyễn Trãi, thị trấn Tân Khê, huyện Tân Khê, tỉnh Vân Lương",
    phone="0229.3862.517",
    news_section=SectionDef(8, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(12, "Chuyển đổi số"),
        SectionDef(13, "Chính quyền số"),
        SectionDef(14, "Kinh tế số"),
        SectionDef(15, "Xã hội số"),
        SectionDef(16, "An toàn thông tin"),
    ),
    page_size=10,
    start=("home",),
    broken=(
        BrokenPage(
            key="huyen-tankhe-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo lịch tiếp công dân của Chủ tịch UBND huyện tháng 01/2021",
            published="2021-01-05T14:20:00",
        ),
    ),
    features=frozenset({"print_view", "alias_links"}),
)

# A provincial portal on IBM WebSphere Portal with Web Content Manager, for measuring the crawler
# on a template it was never tuned for: not in the default demo (rendered by
# dtcrawl.demo.cms.websphere; articles from dtcrawl.bench.synthetic.demo_corpus).
BACHLONG = PortalDef(
    id="bachlong",
    name="Cổng thông tin điện tử tỉnh Bạch Long",
    province="Bạch Long",
    cms="websphere",
    host="127.0.0.25",
    domain="bachlong.gov.vn",
    short_name="BL",
    agency="Ủy ban nhân dân tỉnh Bạch Long",
    editor="Ông Trịnh Quang Hiếu - Phó Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 38/GP-TTĐT ngày 11/5/2017 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 9 đường Trần Nhân Tông, phường Long Hải, tỉnh Bạch Long",
    phone="0203.3826.517",
    news_section=SectionDef(11, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(21, "Chuyển đổi số"),
        SectionDef(22, "Chính quyền số"),
        SectionDef(23, "Kinh tế số"),
        SectionDef(24, "Xã hội số"),
        SectionDef(25, "An toàn thông tin"),
    ),
    page_size=10,
    start=("home",),
    robots_disallow=(
        "/wps/myportal/",
        "/wps/contenthandler/",
        "/wps/wcm/myconnect/",
        "/wps/poc/",
        "/wps/mypoc/",
    ),
    broken=(
        BrokenPage(
            key="bachlong-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm ngừng hệ thống thư điện tử công vụ để bảo trì định kỳ",
            published="2021-01-05T14:25:00",
        ),
    ),
    features=frozenset({"state_urls", "print_view", "alias_links"}),
)

# A provincial science-technology information centre on Plone 5.2 (classic UI), for measuring the
# crawler on a template it was never tuned for: not in the default demo (rendered by
# dtcrawl.demo.cms.plone; articles from dtcrawl.bench.synthetic.demo_corpus).
TTKHCN_THACHVAN = PortalDef(
    id="ttkhcn-thachvan",
    name="Trung tâm Thông tin và Ứng dụng khoa học công nghệ tỉnh Thạch Vân",
    province="Thạch Vân",
    cms="plone",
    host="127.0.0.28",
    domain="ttkhcn.thachvan.gov.vn",
    short_name="TTKHCN",
    agency="Sở Khoa học và Công nghệ tỉnh Thạch Vân",
    editor="Bà Đoàn Thị Mỹ Hạnh - Giám đốc Trung tâm",
    licence="Giấy phép số 08/GP-STTTT ngày 16/4/2019 của Sở Thông tin và Truyền thông tỉnh "
    "Thạch Vân",
    address="Số 17 đường Bến Ngự, phường Vân Hải, thành phố Thạch Vân, tỉnh Thạch Vân",
    phone="0231.3825.716",
    news_section=SectionDef(0, "Tin tức"),
    sections=(
        SectionDef(0, "Chuyển đổi số"),
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Kinh tế số"),
        SectionDef(0, "Xã hội số"),
        SectionDef(0, "An toàn thông tin"),
    ),
    page_size=10,
    start=("home",),
    broken=(
        BrokenPage(
            key="ttkhcn-thachvan-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm dừng cổng tra cứu nhiệm vụ khoa học để nâng cấp",
            published="2021-01-05T16:10:00",
        ),
    ),
    features=frozenset({"view_alias", "set_language", "login_came_from", "sitemap"}),
)


# A district portal on a home-grown PHP CMS of the kind local IT companies sell (index.php?mod=
# front controller, table layout, long articles split over pages, "Xem thêm tin" AJAX listings):
# for blind evaluation, not in the default demo (rendered by dtcrawl.demo.cms.phpcustom; articles
# from dtcrawl.bench.synthetic.demo_corpus).
HUYEN_DONGXUYEN = PortalDef(
    id="huyen-dongxuyen",
    name="Cổng thông tin điện tử huyện Đồng Xuyên",
    province="Kim Lương",
    cms="phpcustom",
    host="127.0.0.29",
    domain="dongxuyen.kimluong.gov.vn",
    short_name="ĐX",
    agency="Ủy ban nhân dân huyện Đồng Xuyên",
    editor="Ông Lại Văn Thắng - Phó Chánh Văn phòng HĐND và UBND huyện",
    licence="Giấy phép số 08/GP-STTTT ngày 16/4/2019 của Sở Thông tin và Truyền thông tỉnh "
    "Kim Lương",
    address="Số 12 đường Lê Duẩn, thị trấn Đồng Xuyên, huyện Đồng Xuyên, tỉnh Kim Lương",
    phone="0228.3745.216",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(3, "Chuyển đổi số"),
        SectionDef(4, "Chính quyền số"),
        SectionDef(5, "Kinh tế số"),
        SectionDef(7, "Xã hội số"),
        SectionDef(9, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/admin/", "/includes/", "/cache/", "/modules/"),
    broken=(
        BrokenPage(
            key="huyen-dongxuyen-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm dừng phần mềm một cửa điện tử huyện để nâng cấp",
            published="2021-01-05T09:40:00",
        ),
    ),
    features=frozenset(
        {"article_pages", "load_more", "print_view", "alias_links", "charset_mismatch"}
    ),
)


# A department site on Liferay DXP 7.x (Clay theme, senna.js, asset publishers), for measuring the
# crawler on a template it was never tuned for: not in the default demo (rendered by
# dtcrawl.demo.cms.liferay7; articles from dtcrawl.bench.synthetic.demo_corpus).
STTTT_LACHA = PortalDef(
    id="stttt-lacha",
    name="Sở Thông tin và Truyền thông tỉnh Lạc Hà",
    province="Lạc Hà",
    cms="liferay7",
    host="127.0.0.27",
    domain="stttt.lacha.gov.vn",
    short_name="TTTT",
    agency="Sở Thông tin và Truyền thông tỉnh Lạc Hà",
    editor="Ông Đoàn Minh Triết - Phó Giám đốc Sở",
    licence="Giấy phép số 06/GP-STTTT ngày 15/3/2019 của Sở Thông tin và Truyền thông tỉnh Lạc Hà",
    address="Số 24 đường Phan Đình Phùng, phường Hà Thanh, tỉnh Lạc Hà",
    phone="0214.3851.336",
    news_section=SectionDef(40201, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(40213, "Chuyển đổi số"),
        SectionDef(40215, "Chính quyền số"),
        SectionDef(40217, "Kinh tế số"),
        SectionDef(40219, "Xã hội số"),
        SectionDef(40221, "An toàn thông tin"),
    ),
    page_size=10,
    start=("home",),
    robots_disallow=("/c/", "/group/", "/api/", "/web/stttt/search"),
    broken=(
        BrokenPage(
            key="stttt-lacha-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm ngừng cung cấp dịch vụ chứng thư số để nâng cấp hệ thống",
            published="2021-01-05T11:05:00",
        ),
    ),
    features=frozenset({"print_view", "alias_links", "delta_links"}),
)


# A district portal from 2008-2012 in classic ASP with a frameset home page, still online: for
# measuring the crawler on a template it was never tuned for; not in the default demo (rendered by
# dtcrawl.demo.cms.oldframes; articles from dtcrawl.bench.synthetic.demo_corpus).
HUYEN_VINHKHE = PortalDef(
    id="huyen-vinhkhe",
    name="Trang thông tin điện tử huyện Vĩnh Khê",
    province="Tràng Giang",
    cms="oldframes",
    host="127.0.0.30",
    domain="vinhkhe.tranggiang.gov.vn",
    short_name="VK",
    agency="Ủy ban nhân dân huyện Vĩnh Khê",
    editor="Ông Tạ Quang Vinh - Chánh Văn phòng HĐND và UBND huyện",
    licence="Giấy phép số 04/GP-STTTT ngày 21/9/2010 của Sở Thông tin và Truyền thông tỉnh "
    "Tràng Giang",
    address="Khu 3, thị trấn Vĩnh Khê, huyện Vĩnh Khê, tỉnh Tràng Giang",
    phone="0210.3871.459",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(5, "Chuyển đổi số"),
        SectionDef(6, "Chính quyền số"),
        SectionDef(7, "Kinh tế số"),
        SectionDef(8, "Xã hội số"),
        SectionDef(9, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/admin/", "/_vti_bin/", "/Upload/Temp/"),
    broken=(
        BrokenPage(
            key="huyen-vinhkhe-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm ngừng trang một cửa điện tử huyện để chuyển máy chủ",
            published="2021-01-05T08:50:00",
        ),
    ),
    features=frozenset({"frameset", "alias_links", "print_view", "bare_content_type"}),
)


# A department site on SharePoint 2013 whose news is a list (/Lists/TinTuc/DispForm.aspx?ID=),
# paged by the ID of the last item shown: for measuring the crawler on a template it was never
# tuned for; not in the default demo (rendered by dtcrawl.demo.cms.splists; articles from
# dtcrawl.bench.synthetic.demo_corpus).
SKHDT_SONGMAI = PortalDef(
    id="skhdt-songmai",
    name="Sở Kế hoạch và Đầu tư tỉnh Sông Mai",
    province="Sông Mai",
    cms="splists",
    host="127.0.0.31",
    domain="skhdt.songmai.gov.vn",
    short_name="SKHĐT",
    agency="Sở Kế hoạch và Đầu tư tỉnh Sông Mai",
    editor="Bà Lương Thị Diệu Hiền - Phó Giám đốc Sở",
    licence="Giấy phép số 27/GP-TTĐT ngày 09/6/2016 của Sở Thông tin và Truyền thông tỉnh Sông Mai",
    address="Số 8 đường Hàm Nghi, phường Mai Hương, thành phố Mai Sơn, tỉnh Sông Mai",
    phone="0226.3859.217",
    news_section=SectionDef(1, "Tin tức"),
    sections=(
        SectionDef(11, "Chuyển đổi số"),
        SectionDef(12, "Chính quyền số"),
        SectionDef(13, "Kinh tế số"),
        SectionDef(14, "Xã hội số"),
        SectionDef(15, "An toàn thông tin"),
    ),
    page_size=10,
    start=("home",),
    robots_disallow=("/_layouts/", "/_vti_bin/", "/_catalogs/", "/Forms/"),
    broken=(
        BrokenPage(
            key="skhdt-songmai-broken-missing",
            kind="missing",
            category="Kinh tế số",
            title="Thông báo lùi thời gian tiếp nhận hồ sơ đăng ký doanh nghiệp qua mạng",
            published="2021-01-04T16:20:00",
        ),
    ),
    features=frozenset({"alias_links", "cursor_paging", "root_redirect"}),
)


# A provincial portal on a custom ASP.NET CMS full of crawler traps (an endless events calendar,
# tag clouds, search links, cookieless session ids, sort/view/page-size variants, legal documents,
# print and e-mail pages): for blind evaluation, not in the default demo (rendered by
# dtcrawl.demo.cms.traps; articles from dtcrawl.bench.synthetic.demo_corpus).
PHONGLAC = PortalDef(
    id="phonglac",
    name="Cổng thông tin điện tử tỉnh Phong Lạc",
    province="Phong Lạc",
    cms="traps",
    host="127.0.0.32",
    domain="phonglac.gov.vn",
    short_name="PL",
    agency="Ủy ban nhân dân tỉnh Phong Lạc",
    editor="Bà Quách Thị Thanh Nhàn - Phó Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 73/GP-TTĐT ngày 28/12/2018 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 4 đường Lê Hồng Phong, phường Lạc Viên, tỉnh Phong Lạc",
    phone="0216.3857.302",
    news_section=SectionDef(0, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(31, "Chuyển đổi số"),
        SectionDef(32, "Chính quyền số"),
        SectionDef(33, "Kinh tế số"),
        SectionDef(34, "Xã hội số"),
        SectionDef(35, "An toàn thông tin"),
    ),
    page_size=10,
    start=("home",),
    robots_disallow=("/Admin/", "/Upload/Temp/", "/bin/"),
    broken=(
        BrokenPage(
            key="phonglac-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm dừng hệ thống quản lý văn bản để nâng cấp máy chủ",
            published="2021-01-05T13:35:00",
        ),
    ),
    features=frozenset(
        {"calendar", "tag_cloud", "aspnet_session", "listing_variants", "print_view"}
    ),
)


# A provincial digital-transformation news site on a Vietnamese vendor's mobile-first Laravel CMS
# (AMP twins, short links, lazy images, collapsed article bodies): for blind evaluation, not in the
# default demo (rendered by dtcrawl.demo.cms.mobilefirst; articles from
# dtcrawl.bench.synthetic.demo_corpus).
CDS_TANNGAN = PortalDef(
    id="cds-tanngan",
    name="Trang tin Chuyển đổi số tỉnh Tân Ngàn",
    province="Tân Ngàn",
    cms="mobilefirst",
    host="127.0.0.35",
    domain="cds.tanngan.gov.vn",
    short_name="TN",
    agency="Sở Khoa học và Công nghệ tỉnh Tân Ngàn",
    editor="Ông Võ Thành Lợi - Giám đốc Trung tâm Chuyển đổi số tỉnh",
    licence="Giấy phép số 11/GP-STTTT ngày 07/10/2023 của Sở Thông tin và Truyền thông tỉnh "
    "Tân Ngàn",
    address="Số 52 đường Nguyễn Văn Cừ, phường Ngàn Phố, tỉnh Tân Ngàn",
    phone="0239.3861.725",
    news_section=SectionDef(0, "Tin tức"),
    sections=(
        SectionDef(0, "Chuyển đổi số"),
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Kinh tế số"),
        SectionDef(0, "Xã hội số"),
        SectionDef(0, "An toàn thông tin"),
    ),
    page_size=12,
    relevance="all",
    start=("home",),
    robots_disallow=("/admin/", "/api/", "/tim-kiem", "/binh-chon"),
    broken=(
        BrokenPage(
            key="cds-tanngan-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm dừng ứng dụng Tân Ngàn số để nâng cấp phiên bản mới",
            published="2021-01-05T10:20:00",
        ),
    ),
    features=frozenset({"amp", "short_links", "collapsed_body", "lazy_images", "load_more"}),
)


# A merged province's new portal (2025) built with Next.js and server-side rendering: hashed CSS
# class names only, a __NEXT_DATA__ JSON blob, div-per-paragraph bodies, UTC <time> values; for
# blind evaluation, not in the default demo (rendered by dtcrawl.demo.cms.nextjs; articles from
# dtcrawl.bench.synthetic.demo_corpus).
LINHHAI = PortalDef(
    id="linhhai",
    name="Cổng thông tin điện tử tỉnh Lĩnh Hải",
    province="Lĩnh Hải",
    cms="nextjs",
    host="127.0.0.33",
    domain="linhhai.gov.vn",
    short_name="LH",
    agency="Ủy ban nhân dân tỉnh Lĩnh Hải",
    editor="Ông Đinh Công Khải - Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 118/GP-TTĐT ngày 15/08/2025 của Cục Phát thanh, truyền hình và thông "
    "tin điện tử",
    address="Số 2 đường Trần Hưng Đạo, phường Hải Đông, tỉnh Lĩnh Hải",
    phone="0232.3822.415",
    news_section=SectionDef(0, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(41, "Chuyển đổi số"),
        SectionDef(42, "Chính quyền số"),
        SectionDef(43, "Kinh tế số"),
        SectionDef(44, "Xã hội số"),
        SectionDef(45, "An toàn thông tin"),
    ),
    page_size=10,
    start=("home",),
    robots_disallow=("/api/", "/tim-kiem"),
)


# A provincial Department of Agriculture site of about 2010 (ASP.NET 2.0 WebForms, no style
# sheet, tables nested six to ten deep, Word-pasted article text, related lists in the article's
# own cell): for blind evaluation, not in the default demo (rendered by dtcrawl.demo.cms.nested;
# articles from dtcrawl.bench.synthetic.demo_corpus).
SNNPTNT_CAMDIEN = PortalDef(
    id="snnptnt-camdien",
    name="Sở Nông nghiệp và Phát triển nông thôn tỉnh Cẩm Điền",
    province="Cẩm Điền",
    cms="nested",
    host="127.0.0.34",
    domain="snnptnt.camdien.gov.vn",
    short_name="SNN&PTNT",
    agency="Sở Nông nghiệp và Phát triển nông thôn tỉnh Cẩm Điền",
    editor="Ông Mạc Văn Khoa - Phó Giám đốc Sở",
    licence="Giấy phép số 14/GP-STTTT ngày 22/3/2010 của Sở Thông tin và Truyền thông tỉnh Cẩm Điền",
    address="Số 27 đường Trần Phú, phường Điền Thành, thành phố Cẩm Điền, tỉnh Cẩm Điền",
    phone="0229.3821.446",
    news_section=SectionDef(12, "Tin tức"),
    sections=(
        SectionDef(13, "Chuyển đổi số"),
        SectionDef(14, "Chính quyền số"),
        SectionDef(15, "Kinh tế số"),
        SectionDef(16, "Xã hội số"),
        SectionDef(17, "An toàn thông tin"),
    ),
    page_size=8,
    lead_prefix="(Sở NN&PTNT) - ",
    start=("home",),
    robots_disallow=("/Admin/", "/Portals/_default/", "/DesktopModules/"),
    features=frozenset({"alias_links", "postback_paging", "word_markup"}),
)


# A Department of Science and Technology site after the 2025 merger (it took over the former
# Department of Information and Communications' digital-transformation news), on Umbraco CMS
# (ASP.NET MVC): Unicode URL slugs written in several encodings, node-id aliases, grid bodies
# with pull quotes; for blind evaluation, not in the default demo (rendered by
# dtcrawl.demo.cms.umbraco; articles from dtcrawl.bench.synthetic.demo_corpus).
SOKHCN_PHUONGLAM = PortalDef(
    id="sokhcn-phuonglam",
    name="Sở Khoa học và Công nghệ tỉnh Phượng Lâm",
    province="Phượng Lâm",
    cms="umbraco",
    host="127.0.0.38",
    domain="sokhcn.phuonglam.gov.vn",
    short_name="Sở KH&CN",
    agency="Ủy ban nhân dân tỉnh Phượng Lâm",
    editor="Ông Lương Hữu Phước - Phó Giám đốc Sở Khoa học và Công nghệ",
    licence="Giấy phép số 06/GP-TTĐT ngày 19/5/2025 của Sở Khoa học và Công nghệ tỉnh Phượng Lâm",
    address="Số 9 đường Phạm Văn Đồng, phường Lâm Phú, tỉnh Phượng Lâm",
    phone="0226.3852.617",
    news_section=SectionDef(1102, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(1105, "Chuyển đổi số"),
        SectionDef(1106, "Chính quyền số"),
        SectionDef(1107, "Kinh tế số"),
        SectionDef(1108, "Xã hội số"),
        SectionDef(1109, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/umbraco/", "/umbraco_client/", "/App_Plugins/", "/config/", "/tim-kiem/"),
    broken=(
        BrokenPage(
            key="sokhcn-phuonglam-broken-missing",
            kind="missing",
            category="An toàn thông tin",
            title="Cảnh báo chiến dịch giả mạo tin nhắn thương hiệu của cơ quan nhà nước",
            published="2021-01-06T15:10:00",
        ),
    ),
    features=frozenset(
        {"unicode_slugs", "nfd_links", "escape_case", "node_alias", "slash_redirect", "pull_quote"}
    ),
)


# A provincial portal on a home-grown PHP script addressed only by query parameters
# (``/?cn=<cat>&gd=<group>&tc=<id>``): the same article under several parameter orders, tracking
# parameters, doubly escaped ampersands, PHPSESSID in links, print and send-to-friend views; for
# blind evaluation, not in the default demo (rendered by dtcrawl.demo.cms.querycms; articles from
# dtcrawl.bench.synthetic.demo_corpus).
VANTRACH = PortalDef(
    id="vantrach",
    name="Cổng thông tin điện tử tỉnh Vân Trạch",
    province="Vân Trạch",
    cms="querycms",
    host="127.0.0.36",
    domain="vantrach.gov.vn",
    short_name="VT",
    agency="Ủy ban nhân dân tỉnh Vân Trạch",
    editor="Ông Lục Văn Thiêm - Phó Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 39/GP-TTĐT ngày 09/6/2012 của Cục Quản lý phát thanh, truyền hình và "
    "thông tin điện tử",
    address="Số 15 đường Nguyễn Trãi, phường Trạch Hạ, tỉnh Vân Trạch",
    phone="0218.3852.614",
    news_section=SectionDef(230, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(236, "Chuyển đổi số"),
        SectionDef(237, "Chính quyền số"),
        SectionDef(238, "Kinh tế số"),
        SectionDef(239, "Xã hội số"),
        SectionDef(241, "An toàn thông tin"),
    ),
    page_size=10,
    start=("home",),
    robots_disallow=("/admin/", "/includes/", "/upload/tmp/", "/timkiem.php"),
    broken=(
        BrokenPage(
            key="vantrach-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm ngừng hệ thống thư điện tử công vụ để bảo trì định kỳ",
            published="2021-01-05T15:10:00",
        ),
    ),
    features=frozenset(
        {"query_only_urls", "param_order_aliases", "tracking_params", "php_session", "print_view"}
    ),
)


# A provincial portal written in Java (Struts 1 actions and JSP on Tomcat behind nginx, about
# 2010): ``tintuc.do?method=…`` URLs, ``;jsessionid=`` in links, a ``goPage`` pager, a meta
# charset that lies, FCKeditor bodies: for blind evaluation, not in the default demo (rendered by
# dtcrawl.demo.cms.jspportal; articles from dtcrawl.bench.synthetic.demo_corpus).
KYLAM = PortalDef(
    id="kylam",
    name="Cổng thông tin điện tử tỉnh Kỳ Lâm",
    province="Kỳ Lâm",
    cms="jspportal",
    host="127.0.0.37",
    domain="kylam.gov.vn",
    short_name="KL",
    agency="Ủy ban nhân dân tỉnh Kỳ Lâm",
    editor="Ông Lương Văn Thạch - Phó Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 52/GP-BC ngày 09/6/2009 của Cục Báo chí, Bộ Thông tin và Truyền thông",
    address="Số 15 đường Quang Trung, phường Kỳ Sơn, thành phố Kỳ Lâm, tỉnh Kỳ Lâm",
    phone="0218.3852.640",
    news_section=SectionDef(10, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(12, "Chuyển đổi số"),
        SectionDef(13, "Chính quyền số"),
        SectionDef(14, "Kinh tế số"),
        SectionDef(15, "Xã hội số"),
        SectionDef(16, "An toàn thông tin"),
    ),
    page_size=10,
    start=("home",),
    robots_disallow=("/portal/admin/", "/portal/timkiem.do", "/portal/binhchon.do"),
    broken=(
        BrokenPage(
            key="kylam-broken-missing",
            kind="missing",
            category="Kinh tế số",
            title="Thông báo tạm ngừng cung cấp dịch vụ thư điện tử công vụ để bảo trì",
            published="2021-01-06T09:10:00",
        ),
    ),
    features=frozenset(
        {"jsessionid", "print_view", "alias_links", "script_pager", "misdeclared_charset"}
    ),
)
# A provincial digital-transformation centre's own site on Django + Wagtail CMS (Bootstrap 5,
# StreamField bodies, infinite-scroll listings whose only followable next page is <link rel="next">,
# UTC date folders in article URLs): for blind evaluation, not in the default demo (rendered by
# dtcrawl.demo.cms.wagtail; articles from dtcrawl.bench.synthetic.demo_corpus).
CDS_BICHGIANG = PortalDef(
    id="cds-bichgiang",
    name="Trung tâm Chuyển đổi số tỉnh Bích Giang",
    province="Bích Giang",
    cms="wagtail",
    host="127.0.0.39",
    domain="cds.bichgiang.gov.vn",
    short_name="CĐS Bích Giang",
    agency="Sở Khoa học và Công nghệ tỉnh Bích Giang",
    editor="Bà Trịnh Thu Hà - Giám đốc Trung tâm Chuyển đổi số",
    licence="Giấy phép thiết lập trang thông tin điện tử tổng hợp số 07/GP-TTĐT ngày 14/3/2022 "
    "của Sở Thông tin và Truyền thông tỉnh Bích Giang",
    address="Tầng 4, Trung tâm Hành chính công tỉnh, số 8 đường Lê Lợi, phường Giang Nam, "
    "tỉnh Bích Giang",
    phone="0226.3819.402",
    news_section=SectionDef(0, "Tin tức"),
    sections=(
        SectionDef(0, "Chuyển đổi số"),
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Kinh tế số"),
        SectionDef(0, "Xã hội số"),
        SectionDef(0, "An toàn thông tin"),
    ),
    page_size=6,
    relevance="all",
    start=("home",),
    robots_disallow=("/admin/", "/django-admin/", "/tim-kiem/", "/khao-sat/"),
    broken=(
        BrokenPage(
            key="cds-bichgiang-broken-missing",
            kind="missing",
            category="Xã hội số",
            title="Thông báo thay đổi lịch tập huấn kỹ năng số cho Tổ công nghệ số cộng đồng",
            published="2021-01-05T14:05:00",
        ),
    ),
    features=frozenset(
        {"infinite_scroll", "utc_date_folders", "truncated_slugs", "append_slash", "tracking_utm"}
    ),
)


# A district sub-site on a province's shared portal platform: one host serves the province's
# news at the root and every district's and department's sub-site under its own path prefix,
# all in the same template (shared menus, "Tin tỉnh" boxes, platform-wide search, print view,
# short links and an RSS feed of the province only); for blind evaluation, not in the default
# demo (rendered by dtcrawl.demo.cms.subsites; articles from dtcrawl.bench.synthetic.demo_corpus).
HUYEN_ANTHUY = PortalDef(
    id="huyen-anthuy",
    name="Trang thông tin điện tử huyện An Thủy",
    province="Tràm Sơn",
    cms="subsites",
    host="127.0.0.41",
    domain="tramson.gov.vn",
    short_name="AT",
    agency="Ủy ban nhân dân tỉnh Tràm Sơn",
    editor="Ông Trịnh Quang Vỹ - Phó Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 27/GP-TTĐT ngày 14/4/2020 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 8 đường Hoàng Văn Thụ, phường Sơn Trung, tỉnh Tràm Sơn",
    phone="0213.3826.519",
    news_section=SectionDef(0, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(0, "Chuyển đổi số"),
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Kinh tế số"),
        SectionDef(0, "Xã hội số"),
        SectionDef(0, "An toàn thông tin"),
    ),
    page_size=10,
    start=("home",),
    robots_disallow=("/quan-tri/", "/dang-nhap", "/Uploads/tmp/"),
    broken=(
        BrokenPage(
            key="huyen-anthuy-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm dừng tiếp nhận hồ sơ trực tuyến tại bộ phận một cửa huyện",
            published="2021-01-05T14:20:00",
        ),
    ),
    features=frozenset(
        {"shared_platform", "province_boxes", "republished", "print_view", "short_links"}
    ),
)


# A provincial department (Sở) portal on a local vendor's ASP.NET MVC 5 CMS (Kendo UI, jQuery):
# section-name h1 with the title in an h2, path-segment paging, id-only article URLs with a slugged
# alias on the home page, Word-pasted bullets, PDF attachments; for blind evaluation, not in the
# default demo (rendered by dtcrawl.demo.cms.mvcportal; articles from
# dtcrawl.bench.synthetic.demo_corpus).
SKHCN_QUANGHAC = PortalDef(
    id="skhcn-quanghac",
    name="Cổng thông tin điện tử Sở Khoa học và Công nghệ tỉnh Quảng Hạc",
    province="Quảng Hạc",
    cms="mvcportal",
    host="127.0.0.40",
    domain="skhcn.quanghac.gov.vn",
    short_name="QH",
    agency="Sở Khoa học và Công nghệ tỉnh Quảng Hạc",
    editor="Ông Lương Đình Khiêm - Phó Giám đốc Sở Khoa học và Công nghệ",
    licence="Giấy phép số 09/GP-STTTT ngày 21/06/2022 của Sở Thông tin và Truyền thông tỉnh "
    "Quảng Hạc",
    address="Số 17 đường Phan Đình Phùng, phường Đông Hạc, tỉnh Quảng Hạc",
    phone="0238.3846.219",
    news_section=SectionDef(0, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(0, "Chuyển đổi số"),
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Kinh tế số"),
        SectionDef(0, "Xã hội số"),
        SectionDef(0, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/Admin/", "/tim-kiem", "/Uploads/temp/"),
    broken=(
        BrokenPage(
            key="skhcn-quanghac-broken-missing",
            kind="missing",
            category="Chuyển đổi số",
            title="Thông báo tạm dừng hệ thống quản lý đề tài khoa học để bảo trì định kỳ",
            published="2021-01-05T09:10:00",
        ),
    ),
    features=frozenset({"alias_links", "attachments", "word_lists", "kendo_grid"}),
)


# A provincial Department of Science and Technology site on a Java Spring Boot + Thymeleaf
# backend with jQuery widgets: section pages render their first items and load the rest as
# HTML fragments from an AJAX endpoint ("Tải thêm" button, no pager), gzipped sitemaps behind a
# sitemap index, <base href="/"> with relative links; for blind evaluation, not in the default
# demo (rendered by dtcrawl.demo.cms.springajax; articles from
# dtcrawl.bench.synthetic.demo_corpus).
SOKHCN_NGOCTRA = PortalDef(
    id="sokhcn-ngoctra",
    name="Cổng thông tin điện tử Sở Khoa học và Công nghệ tỉnh Ngọc Trà",
    province="Ngọc Trà",
    cms="springajax",
    host="127.0.0.44",
    domain="skhcn.ngoctra.gov.vn",
    short_name="NT",
    agency="Sở Khoa học và Công nghệ tỉnh Ngọc Trà",
    editor="Bà Hồ Thị Diệu Linh - Phó Giám đốc Sở Khoa học và Công nghệ",
    licence="Giấy phép số 14/GP-STTTT ngày 03/08/2023 của Sở Thông tin và Truyền thông tỉnh "
    "Ngọc Trà",
    address="Số 26 đường Trần Hưng Đạo, phường Trà Tây, tỉnh Ngọc Trà",
    phone="0236.3818.460",
    news_section=SectionDef(100, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(101, "Chuyển đổi số"),
        SectionDef(102, "Chính quyền số"),
        SectionDef(103, "Kinh tế số"),
        SectionDef(104, "Xã hội số"),
        SectionDef(105, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/admin/", "/actuator/", "/tim-kiem"),
    broken=(
        BrokenPage(
            key="sokhcn-ngoctra-broken-missing",
            kind="missing",
            category="Kinh tế số",
            title="Thông báo tạm dừng cổng đăng ký nhiệm vụ khoa học để nâng cấp hệ thống",
            published="2021-01-05T10:40:00",
        ),
    ),
    features=frozenset({"ajax_fragments", "gzip_sitemaps", "base_href", "hashbang", "cache_bust"}),
)


# A provincial portal with a Vietnamese site and an English site for investors on one host
# (Laravel): /vi and /en paths, hreflang links and flag switches to translations, English-only
# investment news, a root that redirects to /vi; for blind evaluation, not in the default demo
# (rendered by dtcrawl.demo.cms.bilingual; articles from dtcrawl.bench.synthetic.demo_corpus).
VONGHAI = PortalDef(
    id="vonghai",
    name="Cổng thông tin điện tử tỉnh Vọng Hải",
    province="Vọng Hải",
    cms="bilingual",
    host="127.0.0.42",
    domain="vonghai.gov.vn",
    short_name="VH",
    agency="Ủy ban nhân dân tỉnh Vọng Hải",
    editor="Ông Đoàn Văn Khải - Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 41/GP-TTĐT ngày 09/08/2021 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 2 đường Trần Hưng Đạo, phường Hải Đông, tỉnh Vọng Hải",
    phone="0232.3851.604",
    news_section=SectionDef(0, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(0, "Chuyển đổi số"),
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Kinh tế số"),
        SectionDef(0, "Xã hội số"),
        SectionDef(0, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/admin/", "/storage/tmp/", "/vi/tim-kiem", "/en/search"),
    broken=(
        BrokenPage(
            key="vonghai-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm dừng hệ thống thư điện tử công vụ để nâng cấp",
            published="2021-01-05T10:30:00",
        ),
    ),
    features=frozenset({"bilingual", "tracking_utm", "absolute_pager"}),
)


# A district portal on a local vendor's ASP.NET WebForms CMS whose news sits among legal
# documents (table listing, detail pages, PDFs), notices and the weekly work schedule; for blind
# evaluation, not in the default demo (rendered by dtcrawl.demo.cms.districtaspx; articles from
# dtcrawl.bench.synthetic.demo_corpus). Only the news articles are gold.
HUYEN_DONGLU = PortalDef(
    id="huyen-donglu",
    name="Cổng thông tin điện tử huyện Đồng Lư",
    province="Ngọc Sa",
    cms="districtaspx",
    host="127.0.0.43",
    domain="donglu.ngocsa.gov.vn",
    short_name="ĐL",
    agency="Ủy ban nhân dân huyện Đồng Lư, tỉnh Ngọc Sa",
    editor="Ông Phạm Minh Đức - Chánh Văn phòng HĐND và UBND huyện",
    licence="Giấy phép số 05/GP-STTTT ngày 12/08/2020 của Sở Thông tin và Truyền thông tỉnh "
    "Ngọc Sa",
    address="Số 2 đường Trần Phú, thị trấn Đồng Lư, huyện Đồng Lư, tỉnh Ngọc Sa",
    phone="0233.3871.046",
    news_section=SectionDef(0, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(0, "Chuyển đổi số"),
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Kinh tế số"),
        SectionDef(0, "Xã hội số"),
        SectionDef(0, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/Admin/", "/Portal/pdfjs/", "/Uploads/Temp/"),
    features=frozenset(
        {"legal_documents", "notices", "work_schedule", "print_view", "alias_links"}
    ),
)

# A provincial portal on a Vietnamese vendor's ASP.NET Core + Bootstrap 5 e-government CMS where
# each listing item is one anchor wrapping the whole card: for blind evaluation, not in the default
# demo (rendered by dtcrawl.demo.cms.cardlinks; articles from dtcrawl.bench.synthetic.demo_corpus).
HONGDIEN = PortalDef(
    id="hongdien",
    name="Cổng thông tin điện tử tỉnh Hồng Điền",
    province="Hồng Điền",
    cms="cardlinks",
    host="127.0.0.46",
    domain="hongdien.gov.vn",
    short_name="HĐ",
    agency="Ủy ban nhân dân tỉnh Hồng Điền",
    editor="Ông Lương Văn Khải - Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 58/GP-TTĐT ngày 14/06/2022 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 18 đường Trần Phú, phường Điền Xuân, tỉnh Hồng Điền",
    phone="0228.3841.906",
    news_section=SectionDef(0, "Tin tức"),
    sections=(
        SectionDef(0, "Chuyển đổi số"),
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Kinh tế số"),
        SectionDef(0, "Xã hội số"),
        SectionDef(0, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/admin/", "/dang-nhap", "/tim-kiem"),
    features=frozenset({"card_anchors", "tracking_utm", "short_alias", "lazy_images"}),
)

# A provincial department's old (about 2012) ASP.NET portal whose main content is loaded in an
# iframe inside the frame page; for blind evaluation, not in the default demo (rendered by
# dtcrawl.demo.cms.iframecms; articles from dtcrawl.bench.synthetic.demo_corpus).
STTTT_KIMTHACH = PortalDef(
    id="stttt-kimthach",
    name="Sở Thông tin và Truyền thông tỉnh Kim Thạch",
    province="Kim Thạch",
    cms="iframecms",
    host="127.0.0.45",
    domain="stttt.kimthach.gov.vn",
    short_name="KT",
    agency="Sở Thông tin và Truyền thông tỉnh Kim Thạch",
    editor="Ông Lưu Đình Khiêm - Phó Giám đốc Sở",
    licence="Giấy phép số 09/GP-TTĐT ngày 21/05/2012 của Sở Thông tin và Truyền thông tỉnh "
    "Kim Thạch",
    address="Số 15 đường Lý Thường Kiệt, phường Thạch Bàn, tỉnh Kim Thạch",
    phone="0226.3852.917",
    news_section=SectionDef(51, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(52, "Chuyển đổi số"),
        SectionDef(53, "Chính quyền số"),
        SectionDef(54, "Kinh tế số"),
        SectionDef(55, "Xã hội số"),
        SectionDef(56, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/Portals/0/Temp/",),
    features=frozenset({"iframe_content", "print_view", "aspnet_session", "alias_links"}),
)

# A department's old ASP.NET portal whose every article link goes through a click counter
# (/Redirect.aspx?id=&url=); for blind evaluation, not in the default demo (rendered by
# dtcrawl.demo.cms.clickredir; articles from dtcrawl.bench.synthetic.demo_corpus).
STTTT_THUYLAM = PortalDef(
    id="stttt-thuylam",
    name="Sở Thông tin và Truyền thông tỉnh Thủy Lâm",
    province="Thủy Lâm",
    cms="clickredir",
    host="127.0.0.48",
    domain="stttt.thuylam.gov.vn",
    short_name="Sở TT&TT Thủy Lâm",
    agency="Sở Thông tin và Truyền thông tỉnh Thủy Lâm",
    editor="Bà Hà Thị Ngọc Diệp - Giám đốc Sở",
    licence="Giấy phép số 14/GP-STTTT ngày 03/09/2013 của Sở Thông tin và Truyền thông tỉnh "
    "Thủy Lâm",
    address="Số 42 đường Hùng Vương, phường Lâm Thịnh, tỉnh Thủy Lâm",
    phone="0229.3826.415",
    news_section=SectionDef(0, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(0, "Chuyển đổi số"),
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Kinh tế số"),
        SectionDef(0, "Xã hội số"),
        SectionDef(0, "An toàn thông tin"),
    ),
    page_size=7,
    start=("home",),
    robots_disallow=("/Admin/", "/TimKiem.aspx"),
    features=frozenset({"click_counter", "canonical_only", "pager_junk_param", "print_view"}),
)

# A provincial portal styled like an online newspaper on a custom PHP CMS: "Đọc thêm:" links and
# advertising slots between body paragraphs, readers' comments, tags and "Cùng chuyên mục" under
# the article; for blind evaluation, not in the default demo (rendered by
# dtcrawl.demo.cms.comments; articles from dtcrawl.bench.synthetic.demo_corpus).
MAIHA = PortalDef(
    id="maiha",
    name="Cổng thông tin điện tử tỉnh Mai Hà",
    province="Mai Hà",
    cms="comments",
    host="127.0.0.47",
    domain="maiha.gov.vn",
    short_name="MH",
    agency="Ủy ban nhân dân tỉnh Mai Hà",
    editor="Ông Lục Văn Toản - Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 36/GP-TTĐT ngày 19/08/2020 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 9 đường Trần Nhân Tông, phường Hà Thanh, tỉnh Mai Hà",
    phone="0219.3826.114",
    news_section=SectionDef(0, "Tin tức"),
    sections=(
        SectionDef(0, "Chuyển đổi số"),
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Kinh tế số"),
        SectionDef(0, "Xã hội số"),
        SectionDef(0, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/admin/", "/binh-luan/", "/quang-cao/"),
)
# An old provincial portal on classic ASP (table layout, <font> tags, &nbsp; paragraph indents)
# whose article pages show the title in capitals after a bracketed section kicker; for blind
# evaluation, not in the default demo (rendered by dtcrawl.demo.cms.aspclassic; articles from
# dtcrawl.bench.synthetic.demo_corpus).
HAKHE = PortalDef(
    id="hakhe",
    name="Cổng thông tin điện tử tỉnh Hà Khê",
    province="Hà Khê",
    cms="aspclassic",
    host="127.0.0.49",
    domain="hakhe.gov.vn",
    short_name="HK",
    agency="Ủy ban nhân dân tỉnh Hà Khê",
    editor="Ông Đinh Công Khẩn - Phó Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 52/GP-BC ngày 14/06/2008 của Cục Báo chí, Bộ Thông tin và Truyền thông",
    address="Số 15 đường Quang Trung, phường Khê Thượng, tỉnh Hà Khê",
    phone="0227.3851.406",
    news_section=SectionDef(0, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(12, "Chuyển đổi số"),
        SectionDef(14, "Chính quyền số"),
        SectionDef(15, "Kinh tế số"),
        SectionDef(17, "Xã hội số"),
        SectionDef(21, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/admin/", "/binhchon.asp", "/guibai.asp"),
    features=frozenset({"print_view", "article_alias", "tracking_param"}),
)


# A provincial portal on a home-grown PHP CMS whose editors cross-post articles into two sections
# (a second id and URL, same text) and which has an inline "Tin vắn" page; for blind evaluation,
# not in the default demo (rendered by dtcrawl.demo.cms.crosspost; articles from
# dtcrawl.bench.synthetic.demo_corpus).
THACHLINH = PortalDef(
    id="thachlinh",
    name="Cổng thông tin điện tử tỉnh Thạch Lĩnh",
    province="Thạch Lĩnh",
    cms="crosspost",
    host="127.0.0.50",
    domain="thachlinh.gov.vn",
    short_name="TL",
    agency="Ủy ban nhân dân tỉnh Thạch Lĩnh",
    editor="Bà Nông Thị Hạnh - Phó Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 19/GP-TTĐT ngày 22/05/2018 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 3 đường Lê Lợi, phường Thạch Bàn, tỉnh Thạch Lĩnh",
    phone="0206.3852.907",
    news_section=SectionDef(0, "Tin tức"),
    sections=(
        SectionDef(0, "Chuyển đổi số"),
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Kinh tế số"),
        SectionDef(0, "Xã hội số"),
        SectionDef(0, "An toàn thông tin"),
    ),
    page_size=10,
    start=("home",),
    robots_disallow=("/quantri/", "/tim-kiem.html"),
)


# An old district portal on a home-grown PHP CMS whose article pages show no date: the time of
# publication is shown only in the listings; for blind evaluation, not in the default demo
# (rendered by dtcrawl.demo.cms.listdates; articles from dtcrawl.bench.synthetic.demo_corpus).
HUYEN_VANCU = PortalDef(
    id="huyen-vancu",
    name="Cổng thông tin điện tử huyện Vân Cừ",
    province="Sa Lung",
    cms="listdates",
    host="127.0.0.52",
    domain="vancu.salung.gov.vn",
    short_name="VC",
    agency="Ủy ban nhân dân huyện Vân Cừ, tỉnh Sa Lung",
    editor="Ông Lò Văn Khiêm - Chánh Văn phòng HĐND và UBND huyện",
    licence="Giấy phép số 08/GP-STTTT ngày 17/04/2017 của Sở Thông tin và Truyền thông tỉnh Sa Lung",
    address="Tổ dân phố 2, thị trấn Vân Cừ, huyện Vân Cừ, tỉnh Sa Lung",
    phone="0214.3871.226",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(11, "Chuyển đổi số"),
        SectionDef(12, "Chính quyền số"),
        SectionDef(13, "Kinh tế số"),
        SectionDef(14, "Xã hội số"),
        SectionDef(15, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/admin/", "/includes/"),
    features=frozenset({"print_view", "tracking_param"}),
)


# A provincial news portal on a Node.js/Express CMS with "infinite reading": each article page
# renders the full next (older) article of its section below it; for blind evaluation, not in the
# default demo (rendered by dtcrawl.demo.cms.nextarticle; articles from
# dtcrawl.bench.synthetic.demo_corpus).
HOLAM = PortalDef(
    id="holam",
    name="Cổng thông tin điện tử tỉnh Hồ Lam",
    province="Hồ Lam",
    cms="nextarticle",
    host="127.0.0.51",
    domain="holam.gov.vn",
    short_name="HL",
    agency="Ủy ban nhân dân tỉnh Hồ Lam",
    editor="Ông Lương Đình Khải - Phó Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 27/GP-TTĐT ngày 14/06/2022 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 18 đường Trần Phú, phường Lam Sơn, tỉnh Hồ Lam",
    phone="0229.3862.417",
    news_section=SectionDef(0, "Tin tức"),
    sections=(
        SectionDef(0, "Chuyển đổi số"),
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Kinh tế số"),
        SectionDef(0, "Xã hội số"),
        SectionDef(0, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/admin/", "/api/", "/tim-kiem"),
)


# A district portal on a home-grown PHP CMS whose editors paste article text from PDF and Word
# (lines broken mid-sentence, Word run soup, entities and decomposed Vietnamese); for blind
# evaluation, not in the default demo (rendered by dtcrawl.demo.cms.pdfpaste).
HUYEN_KIMSA = PortalDef(
    id="huyen-kimsa",
    name="Trang thông tin điện tử huyện Kim Sa",
    province="Lộc Điền",
    cms="pdfpaste",
    host="127.0.0.54",
    domain="kimsa.locdien.gov.vn",
    short_name="KS",
    agency="Ủy ban nhân dân huyện Kim Sa, tỉnh Lộc Điền",
    editor="Bà Nông Thị Huệ - Phó Chánh Văn phòng HĐND và UBND huyện",
    licence="Giấy phép số 12/GP-STTTT ngày 03/10/2016 của Sở Thông tin và Truyền thông tỉnh "
    "Lộc Điền",
    address="Khu 3, thị trấn Kim Sa, huyện Kim Sa, tỉnh Lộc Điền",
    phone="0216.3852.309",
    news_section=SectionDef(180, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(184, "Chuyển đổi số"),
        SectionDef(185, "Chính quyền số"),
        SectionDef(186, "Kinh tế số"),
        SectionDef(187, "Xã hội số"),
        SectionDef(188, "An toàn thông tin"),
    ),
    page_size=7,
    start=("home",),
    robots_disallow=("/admin/", "/includes/", "/tim-kiem.html"),
    features=frozenset({"print_view", "session_id", "pdf_paste"}),
)


# A provincial online newspaper whose long reads are E-magazine stories (full-width template,
# <section> blocks, drop caps, pull quotes, credits); for blind evaluation, not in the default
# demo (rendered by dtcrawl.demo.cms.emagazine; articles from dtcrawl.bench.synthetic.demo_corpus).
BAOLOCXUYEN = PortalDef(
    id="baolocxuyen",
    name="Báo Lộc Xuyên điện tử",
    province="Lộc Xuyên",
    cms="emagazine",
    host="127.0.0.53",
    domain="baolocxuyen.vn",
    short_name="BLX",
    agency="Tỉnh ủy Lộc Xuyên",
    editor="Nhà báo Đinh Thị Phương Thảo",
    licence="Giấy phép hoạt động báo điện tử số 86/GP-BTTTT ngày 09/03/2022 của Bộ Thông tin và "
    "Truyền thông",
    address="Số 27 đường Hùng Vương, phường Xuyên Mộc, tỉnh Lộc Xuyên",
    phone="0217.3826.548",
    news_section=SectionDef(0, "Tin mới"),
    sections=(
        SectionDef(0, "Chuyển đổi số"),
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Kinh tế số"),
        SectionDef(0, "Xã hội số"),
        SectionDef(0, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/tim-kiem", "/api/", "/admin/"),
    features=frozenset({"tracking_utm", "amp_alias", "drop_caps", "pull_quotes"}),
)


# A provincial department portal (home-grown PHP) behind a WAF / anti-DDoS front: a cookie
# challenge on the first visit, a punishing per-client rate limit (429/503 with Retry-After),
# deleted stories still listed (soft 404) and articles moved from the previous portal's URLs
# (301); for blind evaluation, not in the default demo (rendered by dtcrawl.demo.cms.ratelimit;
# articles from dtcrawl.bench.synthetic.demo_corpus).
SKHCN_QUELAM = PortalDef(
    id="skhcn-quelam",
    name="Sở Khoa học và Công nghệ tỉnh Quế Lâm",
    province="Quế Lâm",
    cms="ratelimit",
    host="127.0.0.55",
    domain="skhcn.quelam.gov.vn",
    short_name="QL",
    agency="Ủy ban nhân dân tỉnh Quế Lâm",
    editor="Bà Đinh Thị Thu Hường - Phó Giám đốc Sở Khoa học và Công nghệ",
    licence="Giấy phép số 41/GP-STTTT ngày 09/08/2021 của Sở Thông tin và Truyền thông tỉnh Quế "
    "Lâm",
    address="Số 25 đường Nguyễn Văn Cừ, phường Quế Thành, tỉnh Quế Lâm",
    phone="0232.3825.619",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(21, "Chuyển đổi số"),
        SectionDef(22, "Chính quyền số"),
        SectionDef(23, "Kinh tế số"),
        SectionDef(24, "Xã hội số"),
        SectionDef(25, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/quantri/", "/tim-kiem"),
    broken=(
        BrokenPage(
            key="skhcn-quelam-deleted-1",
            kind="deleted",
            category="Chính quyền số",
            title="Lịch tiếp nhận hồ sơ trực tuyến trong dịp nghỉ Tết Dương lịch",
            published="2021-01-04T16:20:00",
            paragraphs=(
                "Sở thông báo lịch tiếp nhận hồ sơ trực tuyến của các thủ tục hành chính trong "
                "những ngày nghỉ Tết Dương lịch để tổ chức, cá nhân biết và chủ động sắp xếp.",
            ),
        ),
        BrokenPage(
            key="skhcn-quelam-deleted-2",
            kind="deleted",
            category="Chuyển đổi số",
            title="Danh sách đơn vị đạt điểm cao trong đợt đánh giá mức độ chuyển đổi số",
            published="2021-01-05T10:05:00",
            paragraphs=(
                "Hội đồng đánh giá công bố danh sách tạm thời các đơn vị có điểm số cao nhất "
                "trong đợt đánh giá mức độ chuyển đổi số cấp sở, ngành và địa phương.",
            ),
        ),
        BrokenPage(
            key="skhcn-quelam-deleted-3",
            kind="deleted",
            category="An toàn thông tin",
            title="Cảnh báo tin nhắn giả mạo cơ quan nhà nước yêu cầu cài đặt ứng dụng",
            published="2021-01-06T08:45:00",
            paragraphs=(
                "Người dân cần cảnh giác với tin nhắn tự xưng là cán bộ cơ quan nhà nước, gửi "
                "đường dẫn lạ và đề nghị cài đặt ứng dụng để cập nhật thông tin cá nhân.",
            ),
        ),
    ),
    features=frozenset({"waf_cookie", "rate_limit", "soft_404", "moved_301"}),
)


# A provincial department portal on a home-grown ASP.NET CMS whose FCKeditor writes bodies with
# EnterMode "br": every line of an article ends in a single <br />, no <p> anywhere; for blind
# evaluation, not in the default demo (rendered by dtcrawl.demo.cms.fckbr; articles from
# dtcrawl.bench.synthetic.demo_corpus, gold bodies from dtcrawl.demo.cms.fckbr.gold_corpus).
SNV_MOCGIANG = PortalDef(
    id="snv-mocgiang",
    name="Cổng thông tin điện tử Sở Nội vụ tỉnh Mộc Giang",
    province="Mộc Giang",
    cms="fckbr",
    host="127.0.0.56",
    domain="snv.mocgiang.gov.vn",
    short_name="MG",
    agency="Sở Nội vụ tỉnh Mộc Giang",
    editor="Ông Hà Văn Thuận - Phó Giám đốc Sở Nội vụ",
    licence="Giấy phép số 09/GP-STTTT ngày 22/04/2015 của Sở Thông tin và Truyền thông tỉnh "
    "Mộc Giang",
    address="Số 46 đường Lê Lợi, phường Giang Đông, tỉnh Mộc Giang",
    phone="0211.3845.172",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(37, "Chuyển đổi số"),
        SectionDef(38, "Chính quyền số"),
        SectionDef(39, "Kinh tế số"),
        SectionDef(40, "Xã hội số"),
        SectionDef(41, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/QuanTri/", "/Admin/"),
    features=frozenset({"print_view", "alias_url", "view_counter", "enter_mode_br"}),
)


# A provincial radio and television station's site: its news items are TV and radio reports
# (player first, broadcast time and posting time, the narration as text, TV credits), listed
# among video-only bulletins and programme episodes; with programme and schedule pages. For
# blind evaluation, not in the default demo (rendered by dtcrawl.demo.cms.broadcaster; articles
# from dtcrawl.bench.synthetic.demo_corpus).
PTTH_CAOVAN = PortalDef(
    id="ptth-caovan",
    name="Đài Phát thanh và Truyền hình Cao Vân",
    province="Cao Vân",
    cms="broadcaster",
    host="127.0.0.58",
    domain="caovantv.vn",
    short_name="CVTV",
    agency="Ủy ban nhân dân tỉnh Cao Vân",
    editor="Nhà báo Hoàng Minh Tuấn - Giám đốc Đài Phát thanh và Truyền hình Cao Vân",
    licence="Giấy phép cung cấp thông tin lên mạng số 215/GP-BTTTT ngày 12/05/2020 của Bộ Thông "
    "tin và Truyền thông",
    address="Số 9 đường Lê Lợi, phường Vân Sơn, tỉnh Cao Vân",
    phone="0219.3855.247",
    news_section=SectionDef(1, "Tin tức"),
    sections=(
        SectionDef(12, "Chuyển đổi số"),
        SectionDef(13, "Chính quyền số"),
        SectionDef(14, "Kinh tế số"),
        SectionDef(15, "Xã hội số"),
        SectionDef(16, "An toàn thông tin"),
    ),
    page_size=9,
    start=("home",),
    robots_disallow=("/admin/", "/tim-kiem", "/live/"),
    features=frozenset({"video_player", "broadcast_time", "short_alias", "tracking_param"}),
)


# A northern mountain province's portal (ASP.NET MVC) that publishes its news in Vietnamese and,
# translated, in H'Mông and Dao (/vi, /hmn, /dao, a language switcher on every page); for blind
# evaluation, not in the default demo (rendered by dtcrawl.demo.cms.ethnic; articles from
# dtcrawl.bench.synthetic.demo_corpus). Only the Vietnamese articles are gold.
CAOPHIN = PortalDef(
    id="caophin",
    name="Cổng thông tin điện tử tỉnh Cao Phìn",
    province="Cao Phìn",
    cms="ethnic",
    host="127.0.0.57",
    domain="caophin.gov.vn",
    short_name="CP",
    agency="Ủy ban nhân dân tỉnh Cao Phìn",
    editor="Ông Hoàng Văn Chúng - Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 19/GP-TTĐT ngày 22/04/2020 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 6 đường Nguyễn Trãi, phường Phìn Hồ, tỉnh Cao Phìn",
    phone="0219.3866.215",
    news_section=SectionDef(10, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(11, "Chuyển đổi số"),
        SectionDef(12, "Chính quyền số"),
        SectionDef(13, "Kinh tế số"),
        SectionDef(14, "Xã hội số"),
        SectionDef(15, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/Admin/", "/bin/", "/vi/tim-kiem", "/hmn/tim-kiem", "/dao/tim-kiem"),
    broken=(
        BrokenPage(
            key="caophin-broken-missing",
            kind="missing",
            category="Xã hội số",
            title="Thông báo lịch tạm dừng hệ thống một cửa điện tử để bảo trì",
            published="2021-01-05T15:10:00",
        ),
    ),
    features=frozenset({"ethnic_languages", "language_switch", "short_alias", "view_counter"}),
)


# A provincial portal built by a vendor on a JavaScript front end over a JSON API: the first
# screen of each listing is rendered on the server, the rest only through a "Xem thêm" button
# that fetches JSON; for blind evaluation, not in the default demo (rendered by
# dtcrawl.demo.cms.jsonmore; articles from dtcrawl.bench.synthetic.demo_corpus).
VANKHE = PortalDef(
    id="vankhe",
    name="Cổng thông tin điện tử tỉnh Vạn Khê",
    province="Vạn Khê",
    cms="jsonmore",
    host="127.0.0.60",
    domain="vankhe.gov.vn",
    short_name="VK",
    agency="Ủy ban nhân dân tỉnh Vạn Khê",
    editor="Bà Đinh Thị Thu Trang - Phó Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 52/GP-TTĐT ngày 09/11/2023 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 2 đường Lê Lợi, phường Khê Trung, tỉnh Vạn Khê",
    phone="0226.3851.904",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(5, "Chuyển đổi số"),
        SectionDef(6, "Chính quyền số"),
        SectionDef(7, "Kinh tế số"),
        SectionDef(8, "Xã hội số"),
        SectionDef(9, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    advertised_sitemaps=(),
    robots_disallow=("/admin/", "/tim-kiem"),
    features=frozenset({"json_load_more", "tracking_param", "print_view", "short_alias"}),
)


# An older provincial department portal on ASP.NET WebForms (IIS) whose news lists are GridView /
# DataPager controls that page only by postback (javascript:__doPostBack, __VIEWSTATE,
# __EVENTVALIDATION); no sitemap, no RSS; for blind evaluation, not in the default demo (rendered
# by dtcrawl.demo.cms.postback; articles from dtcrawl.bench.synthetic.demo_corpus).
STP_LUNGHA = PortalDef(
    id="stp-lungha",
    name="Sở Tư pháp tỉnh Lũng Hà",
    province="Lũng Hà",
    cms="postback",
    host="127.0.0.59",
    domain="stp.lungha.gov.vn",
    short_name="LH",
    agency="Sở Tư pháp tỉnh Lũng Hà",
    editor="Ông Vi Văn Khoát - Phó Giám đốc Sở Tư pháp",
    licence="Giấy phép số 06/GP-STTTT ngày 17/09/2013 của Sở Thông tin và Truyền thông tỉnh "
    "Lũng Hà",
    address="Số 12 đường Bế Văn Đàn, phường Sông Lũng, tỉnh Lũng Hà",
    phone="0205.3871.264",
    news_section=SectionDef(10, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(12, "Chuyển đổi số"),
        SectionDef(13, "Chính quyền số"),
        SectionDef(14, "Kinh tế số"),
        SectionDef(15, "Xã hội số"),
        SectionDef(16, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/QuanTri/", "/aspnet_client/"),
    features=frozenset({"postback_paging", "print_view", "alias_url", "view_counter"}),
)


# A district portal on a home-grown PHP CMS whose article pages carry no date under the title:
# the CMS's stamps ("Ngày đăng", "Cập nhật lúc", "Ngày tạo/xuất bản/cập nhật") sit at the end of
# the article, among many other dates on the page; for blind evaluation, not in the default demo
# (rendered by dtcrawl.demo.cms.datebottom; articles from dtcrawl.bench.synthetic.demo_corpus).
HUYEN_KHETRUC = PortalDef(
    id="huyen-khetruc",
    name="Cổng thông tin điện tử huyện Khe Trúc",
    province="Yên Thạch",
    cms="datebottom",
    host="127.0.0.61",
    domain="khetruc.yenthach.gov.vn",
    short_name="KT",
    agency="Ủy ban nhân dân huyện Khe Trúc, tỉnh Yên Thạch",
    editor="Bà Nông Thị Hảo - Phó Chánh Văn phòng HĐND và UBND huyện",
    licence="Giấy phép số 12/GP-STTTT ngày 09/08/2019 của Sở Thông tin và Truyền thông tỉnh Yên "
    "Thạch",
    address="Số 5 đường Hùng Vương, thị trấn Khe Trúc, huyện Khe Trúc, tỉnh Yên Thạch",
    phone="0216.3845.309",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(21, "Chuyển đổi số"),
        SectionDef(22, "Chính quyền số"),
        SectionDef(23, "Kinh tế số"),
        SectionDef(24, "Xã hội số"),
        SectionDef(25, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/admin/", "/index.php?m=binhchon"),
    features=frozenset({"dates_at_bottom", "legacy_alias", "print_view", "tracking_param"}),
)


# A provincial portal on a Bootstrap theme that prints its blocks twice for responsive layouts
# (desktop and phone menus, listing cards, pagers, and on a share of the articles the lead or the
# whole body, sometimes a third time in a <template> or <noscript>); for blind evaluation, not in
# the default demo (rendered by dtcrawl.demo.cms.dupmarkup; articles from
# dtcrawl.bench.synthetic.demo_corpus).
NGANHUONG = PortalDef(
    id="nganhuong",
    name="Cổng thông tin điện tử tỉnh Ngàn Hương",
    province="Ngàn Hương",
    cms="dupmarkup",
    host="127.0.0.63",
    domain="nganhuong.gov.vn",
    short_name="NH",
    agency="Ủy ban nhân dân tỉnh Ngàn Hương",
    editor="Ông Hà Văn Thịnh - Phó Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 41/GP-TTĐT ngày 22/04/2021 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 9 đường Lê Lợi, phường Ngàn Phố, tỉnh Ngàn Hương",
    phone="0232.3856.120",
    news_section=SectionDef(1, "Tin tức"),
    sections=(
        SectionDef(31, "Chuyển đổi số"),
        SectionDef(32, "Chính quyền số"),
        SectionDef(33, "Kinh tế số"),
        SectionDef(34, "Xã hội số"),
        SectionDef(35, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/quan-tri/", "/tim-kiem", "/binh-chon"),
    features=frozenset({"duplicated_markup", "print_view", "alias_url", "tracking_param"}),
)


# An old department portal on a home-grown JSP CMS whose news listings are tables with the title
# as plain text and the only link to an article in a "Xem chi tiết" / "Chi tiết »" / icon cell;
# for blind evaluation, not in the default demo (rendered by dtcrawl.demo.cms.detaillinks;
# articles from dtcrawl.bench.synthetic.demo_corpus).
SCT_SONQUYNH = PortalDef(
    id="sct-sonquynh",
    name="Trang thông tin điện tử Sở Công Thương tỉnh Sơn Quỳnh",
    province="Sơn Quỳnh",
    cms="detaillinks",
    host="127.0.0.62",
    domain="sct.sonquynh.gov.vn",
    short_name="SCT",
    agency="Sở Công Thương tỉnh Sơn Quỳnh",
    editor="Ông Hà Minh Luận - Phó Giám đốc Sở",
    licence="Giấy phép số 41/GP-STTTT ngày 22/10/2013 của Sở Thông tin và Truyền thông tỉnh Sơn "
    "Quỳnh",
    address="Số 27 đường Lê Lợi, phường Quỳnh Lâm, thành phố Sơn Quỳnh, tỉnh Sơn Quỳnh",
    phone="0218.3852.164",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(31, "Chuyển đổi số"),
        SectionDef(32, "Chính quyền số"),
        SectionDef(33, "Kinh tế số"),
        SectionDef(34, "Xã hội số"),
        SectionDef(35, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/admin/", "/pages/timkiem.jsp", "/pages/binhchon.jsp"),
    features=frozenset({"print_view", "session_id", "tracking_param", "detail_links"}),
)


# A district portal whose editors paste photos from Word and Zalo into CKEditor, so article pages
# carry inline base64 photos (2-6 MB; one article over 8 MB) and Word's conditional comments; for
# blind evaluation, not in the default demo (rendered by dtcrawl.demo.cms.base64img; articles from
# dtcrawl.bench.synthetic.demo_corpus).
HUYEN_LOCMAI = PortalDef(
    id="huyen-locmai",
    name="Cổng thông tin điện tử huyện Lộc Mai",
    province="Khe Sương",
    cms="base64img",
    host="127.0.0.64",
    domain="locmai.khesuong.gov.vn",
    short_name="LM",
    agency="Ủy ban nhân dân huyện Lộc Mai, tỉnh Khe Sương",
    editor="Bà Hoàng Thị Nguyệt - Chánh Văn phòng HĐND và UBND huyện",
    licence="Giấy phép số 14/GP-STTTT ngày 09/08/2018 của Sở Thông tin và Truyền thông tỉnh "
    "Khe Sương",
    address="Số 5 đường Nguyễn Trãi, thị trấn Lộc Mai, huyện Lộc Mai, tỉnh Khe Sương",
    phone="0216.3852.907",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(21, "Chuyển đổi số"),
        SectionDef(22, "Chính quyền số"),
        SectionDef(23, "Kinh tế số"),
        SectionDef(24, "Xã hội số"),
        SectionDef(25, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/admin/", "/ckeditor/", "/timkiem.htm"),
    features=frozenset({"print_view", "tracking_param", "inline_base64", "oversized_page"}),
)


# A department portal on a home-grown ASP.NET CMS whose listing pagers are jump menus (a
# <select> of pages plus image-only previous/next arrows); for blind evaluation, not in the
# default demo (rendered by dtcrawl.demo.cms.selectpager; articles from
# dtcrawl.bench.synthetic.demo_corpus).
STC_DAMAI = PortalDef(
    id="stc-damai",
    name="Trang thông tin điện tử Sở Tài chính tỉnh Đá Mai",
    province="Đá Mai",
    cms="selectpager",
    host="127.0.0.65",
    domain="stc.damai.gov.vn",
    short_name="STC",
    agency="Sở Tài chính tỉnh Đá Mai",
    editor="Bà Lương Thị Hạnh - Phó Giám đốc Sở",
    licence="Giấy phép số 27/GP-STTTT ngày 16/05/2016 của Sở Thông tin và Truyền thông tỉnh Đá Mai",
    address="Số 41 đường Trần Hưng Đạo, phường Mai Sơn, tỉnh Đá Mai",
    phone="0229.3871.455",
    news_section=SectionDef(1, "Tin tức"),
    sections=(
        SectionDef(41, "Chuyển đổi số"),
        SectionDef(42, "Chính quyền số"),
        SectionDef(43, "Kinh tế số"),
        SectionDef(44, "Xã hội số"),
        SectionDef(45, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/tim-kiem.html",),
    features=frozenset({"print_view", "alias_url", "tracking_param", "select_pager"}),
)


# A provincial portal on an older theme whose <h1> is the portal's name in the header logo and
# whose every <title> is the portal's name; for blind evaluation, not in the default demo
# (rendered by dtcrawl.demo.cms.h1logo; articles from dtcrawl.bench.synthetic.demo_corpus).
NGANSON = PortalDef(
    id="nganson",
    name="Cổng thông tin điện tử tỉnh Ngàn Sơn",
    province="Ngàn Sơn",
    cms="h1logo",
    host="127.0.0.66",
    domain="nganson.gov.vn",
    short_name="NS",
    agency="Ủy ban nhân dân tỉnh Ngàn Sơn",
    editor="Bà Đinh Thị Thu Hằng - Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 09/GP-TTĐT ngày 22/03/2016 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 5 đường Lê Lợi, phường Ngàn Hống, tỉnh Ngàn Sơn",
    phone="0239.3851.206",
    news_section=SectionDef(0, "Tin tức"),
    sections=(
        SectionDef(0, "Chuyển đổi số"),
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Kinh tế số"),
        SectionDef(0, "Xã hội số"),
        SectionDef(0, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/dang-nhap.html", "/in-bai/", "/Admin/"),
)


# A provincial portal on a commercial newspaper-style CMS whose article bodies carry the
# newsroom's furniture between their paragraphs ("Xem thêm:" and ">>" links, "TIN LIÊN QUAN"
# boxes, pull-quotes repeating a sentence) under a text-to-speech player and a tools row; for
# blind evaluation, not in the default demo (rendered by dtcrawl.demo.cms.inlinerelated; articles
# from dtcrawl.bench.synthetic.demo_corpus).
DONGLAM = PortalDef(
    id="donglam",
    name="Cổng thông tin điện tử tỉnh Đông Lãm",
    province="Đông Lãm",
    cms="inlinerelated",
    host="127.0.0.68",
    domain="donglam.gov.vn",
    short_name="ĐL",
    agency="Ủy ban nhân dân tỉnh Đông Lãm",
    editor="Ông Vi Đức Thắng - Phó Chánh Văn phòng UBND tỉnh",
    licence="Giấy phép số 58/GP-TTĐT ngày 17/06/2022 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 3 đường Trần Hưng Đạo, phường Lãm Hà, tỉnh Đông Lãm",
    phone="0207.3826.514",
    news_section=SectionDef(0, "Tin tức"),
    sections=(
        SectionDef(0, "Chuyển đổi số"),
        SectionDef(0, "Chính quyền số"),
        SectionDef(0, "Kinh tế số"),
        SectionDef(0, "Xã hội số"),
        SectionDef(0, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/quan-tri/", "/tim-kiem.htm", "/binh-luan/", "/binh-chon.htm"),
    features=frozenset({"inline_related", "print_view", "alias_url", "tracking_param"}),
)


# A provincial media centre's news site on a server-rendered Vue (Nuxt) front end: articles under
# short opaque ids with no slug and no date, listings continued only by a "Xem thêm tin" cursor
# link, relative dates ("3 giờ trước") in every list; for blind evaluation, not in the default
# demo (rendered by dtcrawl.demo.cms.relcursor; articles from dtcrawl.bench.synthetic.demo_corpus).
TRUYENTHONG_SUONGNGUYEN = PortalDef(
    id="truyenthong-suongnguyen",
    name="Trung tâm Truyền thông tỉnh Sương Nguyên",
    province="Sương Nguyên",
    cms="relcursor",
    host="127.0.0.67",
    domain="truyenthong.suongnguyen.gov.vn",
    short_name="TTTT",
    agency="Ủy ban nhân dân tỉnh Sương Nguyên",
    editor="Ông Lò Văn Khiêm - Giám đốc Trung tâm Truyền thông tỉnh",
    licence="Giấy phép số 58/GP-TTĐT ngày 17/11/2020 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 21 đường Trường Chinh, phường Nguyên Phong, tỉnh Sương Nguyên",
    phone="0214.3829.517",
    news_section=SectionDef(70, "Tin tức"),
    sections=(
        SectionDef(71, "Chuyển đổi số"),
        SectionDef(72, "Chính quyền số"),
        SectionDef(73, "Kinh tế số"),
        SectionDef(74, "Xã hội số"),
        SectionDef(75, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/api/", "/tim-kiem", "/quan-tri/"),
    features=frozenset({"cursor_paging", "relative_dates", "alias_url", "tracking_param"}),
)


# A provincial Sở Thông tin và Truyền thông on a home-grown PHP CMS (PATH_INFO URLs behind
# index.php) whose articles read like reports: headings, bulleted and numbered lists, statistics
# tables and a "(*)" note in their bodies; for blind evaluation, not in the default demo (rendered
# by dtcrawl.demo.cms.richbody; articles from dtcrawl.bench.synthetic.demo_corpus, gold bodies
# from dtcrawl.demo.cms.richbody.gold_corpus).
STTTT_LIEUSON = PortalDef(
    id="stttt-lieuson",
    name="Cổng thông tin điện tử Sở Thông tin và Truyền thông tỉnh Liễu Sơn",
    province="Liễu Sơn",
    cms="richbody",
    host="127.0.0.69",
    domain="stttt.lieuson.gov.vn",
    short_name="LS",
    agency="Sở Thông tin và Truyền thông tỉnh Liễu Sơn",
    editor="Ông Lò Văn Thắng - Phó Giám đốc Sở Thông tin và Truyền thông",
    licence="Giấy phép số 18/GP-TTĐT ngày 03/07/2017 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 14 đường Trần Phú, phường Liễu Giang, tỉnh Liễu Sơn",
    phone="0214.3826.518",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(51, "Chuyển đổi số"),
        SectionDef(52, "Chính quyền số"),
        SectionDef(53, "Kinh tế số"),
        SectionDef(54, "Xã hội số"),
        SectionDef(55, "An toàn thông tin"),
    ),
    page_size=7,
    start=("home",),
    robots_disallow=("/admin/", "/index.php/vi/tim-kiem"),
    features=frozenset(
        {"structured_body", "print_view", "session_id", "tracking_param", "alias_url"}
    ),
)


# A provincial department portal on a home-grown ASP.NET WebForms CMS whose listing rows, pagers
# and "Các tin đã đưa" lists navigate with JavaScript (onclick on rows, data-href, goPage(n)); only
# the menus, the "Tin mới" boxes and the boxes' "Xem thêm" links are plain links; for blind
# evaluation, not in the default demo (rendered by dtcrawl.demo.cms.onclicknav; articles from
# dtcrawl.bench.synthetic.demo_corpus).
SXD_KIEUSON = PortalDef(
    id="sxd-kieuson",
    name="Trang thông tin điện tử Sở Xây dựng tỉnh Kiều Sơn",
    province="Kiều Sơn",
    cms="onclicknav",
    host="127.0.0.70",
    domain="sxd.kieuson.gov.vn",
    short_name="Sở Xây dựng Kiều Sơn",
    agency="Sở Xây dựng tỉnh Kiều Sơn",
    editor="Ông Triệu Văn Khải - Phó Giám đốc Sở Xây dựng",
    licence="Giấy phép số 07/GP-STTTT ngày 14/05/2015 của Sở Thông tin và Truyền thông tỉnh Kiều "
    "Sơn",
    address="Số 27 đường Nguyễn Trãi, phường Kiều Thượng, tỉnh Kiều Sơn",
    phone="0219.3862.447",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(5, "Chuyển đổi số"),
        SectionDef(6, "Chính quyền số"),
        SectionDef(7, "Kinh tế số"),
        SectionDef(8, "Xã hội số"),
        SectionDef(9, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/Admin/", "/TinTuc/BanIn.aspx", "/BinhChon/"),
    features=frozenset({"script_navigation", "print_view", "alias_url", "tracking_param"}),
)


# A provincial portal on IIS (ASP.NET WebForms) whose addresses are case-insensitive: its own
# templates link one page in several spellings (case of path and parameter names, trailing "&" or
# "#top"), every spelling answers 200 with no canonical link, and the old portal's addresses answer
# 301; for blind evaluation, not in the default demo (rendered by dtcrawl.demo.cms.iiscase;
# articles from dtcrawl.bench.synthetic.demo_corpus).
PHUKHE = PortalDef(
    id="phukhe",
    name="Cổng thông tin điện tử tỉnh Phù Khê",
    province="Phù Khê",
    cms="iiscase",
    host="127.0.0.72",
    domain="phukhe.gov.vn",
    short_name="Phù Khê",
    agency="Ủy ban nhân dân tỉnh Phù Khê",
    editor="Ông Hà Quang Vịnh - Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 92/GP-TTĐT ngày 21/09/2018 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 3 đường Lê Lợi, phường Phù Vân, tỉnh Phù Khê",
    phone="0216.3852.904",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(5, "Chuyển đổi số"),
        SectionDef(6, "Chính quyền số"),
        SectionDef(7, "Kinh tế số"),
        SectionDef(8, "Xã hội số"),
        SectionDef(9, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/Admin/", "/Tim-Kiem.aspx"),
    features=frozenset(
        {"case_insensitive_urls", "legacy_redirect", "print_view", "tracking_param"}
    ),
)


# A provincial portal of the 2020s whose news listings mix text articles with Video, photo-story
# and Infographic items; for blind evaluation, not in the default demo (rendered by
# dtcrawl.demo.cms.mediamix; articles from dtcrawl.bench.synthetic.demo_corpus, media items from
# the family module, which are not gold).
DONGNGOC = PortalDef(
    id="dongngoc",
    name="Cổng thông tin điện tử tỉnh Đồng Ngọc",
    province="Đồng Ngọc",
    cms="mediamix",
    host="127.0.0.71",
    domain="dongngoc.gov.vn",
    short_name="Đồng Ngọc",
    agency="Ủy ban nhân dân tỉnh Đồng Ngọc",
    editor="Bà Lục Thị Thanh Vân - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 57/GP-TTĐT ngày 14/06/2022 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 12 đường Trần Hưng Đạo, phường Ngọc Lâm, tỉnh Đồng Ngọc",
    phone="0218.3861.227",
    news_section=SectionDef(1, "Tin tức"),
    sections=(
        SectionDef(11, "Chuyển đổi số"),
        SectionDef(12, "Chính quyền số"),
        SectionDef(13, "Kinh tế số"),
        SectionDef(14, "Xã hội số"),
        SectionDef(15, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/tim-kiem.htm", "/binh-chon.htm"),
    features=frozenset({"media_items", "print_view", "tracking_param", "lazy_images"}),
)


# A provincial portal rebuilt in 2023 as a browser-rendered single-page application (Vue over an
# ASP.NET Core host): every page is the same app shell whose head carries the meta and JSON-LD and
# whose inline window.__INITIAL_STATE__ holds the page's data (the article's text only there);
# listings go on through a JSON API, and a sitemap made every six hours lists the articles; for
# blind evaluation, not in the default demo (rendered by dtcrawl.demo.cms.appshell; articles from
# dtcrawl.bench.synthetic.demo_corpus).
HANHLANG = PortalDef(
    id="hanhlang",
    name="Cổng thông tin điện tử tỉnh Hà Lăng",
    province="Hà Lăng",
    cms="appshell",
    host="127.0.0.73",
    domain="halang.gov.vn",
    short_name="Hà Lăng",
    agency="Ủy ban nhân dân tỉnh Hà Lăng",
    editor="Ông Nông Đức Thiện - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 41/GP-TTĐT ngày 09/05/2023 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 5 đường Hoàng Văn Thụ, phường Lăng Giang, tỉnh Hà Lăng",
    phone="0209.3856.312",
    news_section=SectionDef(2, "Tin tức"),
    sections=(
        SectionDef(21, "Chuyển đổi số"),
        SectionDef(22, "Chính quyền số"),
        SectionDef(23, "Kinh tế số"),
        SectionDef(24, "Xã hội số"),
        SectionDef(25, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/api/", "/tim-kiem", "/quan-tri/"),
    broken=(
        BrokenPage(
            key="hanhlang-broken-withdrawn",
            kind="missing",
            category="Chuyển đổi số",
            title="Thông báo tạm dừng cung cấp dịch vụ công trực tuyến để nâng cấp hệ thống",
            published="2021-01-05T10:20:00",
        ),
    ),
    features=frozenset({"app_shell", "initial_state", "json_api", "sitemap", "soft_404"}),
)


# A provincial portal on a home-grown ASP.NET CMS extended by several vendors: three article
# templates picked by article id write the publication time in different shapes (12-hour
# "SA"/"CH", UTC metadata with a Z, "Cập nhật: … (GMT+7)"), some after an edit date; for blind
# evaluation, not in the default demo (rendered by dtcrawl.demo.cms.datemix; articles from
# dtcrawl.bench.synthetic.demo_corpus).
THANHNGUYEN = PortalDef(
    id="thanhnguyen",
    name="Cổng thông tin điện tử tỉnh Thanh Nguyên",
    province="Thanh Nguyên",
    cms="datemix",
    host="127.0.0.74",
    domain="thanhnguyen.gov.vn",
    short_name="Thanh Nguyên",
    agency="Ủy ban nhân dân tỉnh Thanh Nguyên",
    editor="Ông Nông Đức Thuận - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 31/GP-TTĐT ngày 08/04/2016 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 9 đường Hoàng Văn Thụ, phường Tân Giang, thành phố Thanh Nguyên, tỉnh Thanh Nguyên",
    phone="0209.3855.610",
    news_section=SectionDef(2, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(21, "Chuyển đổi số"),
        SectionDef(22, "Chính quyền số"),
        SectionDef(23, "Kinh tế số"),
        SectionDef(24, "Xã hội số"),
        SectionDef(25, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/Admin/", "/tim-kiem.aspx"),
    broken=(
        BrokenPage(
            key="thanhnguyen-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm dừng hệ thống một cửa điện tử để nâng cấp",
            published="2021-01-05T10:30:00",
        ),
    ),
    features=frozenset({"legacy_redirect", "print_view", "feeds", "comments"}),
)


# A provincial portal on a SharePoint 2010/2013 publishing site with a vendor's web parts:
# articles are publishing pages in date folders (/portal/Pages/2021-1-4/<slug cut at 40
# characters><suffix>.aspx) whose lead, photo and caption are separate page fields, listings put
# the page number in a rewritten path, the pager's arrows are images, and the old portal's
# chi-tiet-tin-tuc.aspx?ItemID= page still shows the same articles; for blind evaluation, not in
# the default demo (rendered by dtcrawl.demo.cms.sppath; articles from
# dtcrawl.bench.synthetic.demo_corpus).
BICHSON = PortalDef(
    id="bichson",
    name="Cổng thông tin điện tử tỉnh Bích Sơn",
    province="Bích Sơn",
    cms="sppath",
    host="127.0.0.75",
    domain="bichson.gov.vn",
    short_name="Bích Sơn",
    agency="Ủy ban nhân dân tỉnh Bích Sơn",
    editor="Ông Nông Văn Thạch - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 118/GP-TTĐT ngày 03/11/2015 của Cục Quản lý phát thanh, truyền hình và "
    "thông tin điện tử",
    address="Số 1 đường Hoàng Văn Thụ, phường Sơn Lâm, thành phố Bích Sơn, tỉnh Bích Sơn",
    phone="0209.3857.412",
    news_section=SectionDef(1700, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(1753, "Chuyển đổi số"),
        SectionDef(1754, "Chính quyền số"),
        SectionDef(1755, "Kinh tế số"),
        SectionDef(1756, "Xã hội số"),
        SectionDef(1757, "An toàn thông tin"),
    ),
    page_size=6,
    lead_prefix="(Cổng TTĐT Bích Sơn) - ",
    start=("home",),
    robots_disallow=("/_layouts/", "/portal/_layouts/", "/_vti_bin/", "/portal/Lists/"),
    broken=(
        BrokenPage(
            key="bichson-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm ngừng Hệ thống thư điện tử công vụ để chuyển đổi máy chủ",
            published="2021-01-05T16:20:00",
        ),
    ),
    features=frozenset(
        {"print_view", "alias_links", "image_pager", "empty_page_past_end", "missing_image"}
    ),
)


# A newspaper-like provincial portal whose article pages are lined with teasers of other articles
# (title, date, photo and the whole first paragraph, word for word): "Tin cùng chuyên mục" under
# the text, "Tin mới nhất" and "Tiêu điểm" beside it, the same leads on the home page, listings,
# tag pages and feeds; the page's own lead a bold sapo above its photo; for blind evaluation, not
# in the default demo (rendered by dtcrawl.demo.cms.teaserlists; articles from
# dtcrawl.bench.synthetic.demo_corpus).
TANTHUY = PortalDef(
    id="tanthuy",
    name="Cổng thông tin điện tử tỉnh Tân Thủy",
    province="Tân Thủy",
    cms="teaserlists",
    host="127.0.0.76",
    domain="tanthuy.gov.vn",
    short_name="Tân Thủy",
    agency="Ủy ban nhân dân tỉnh Tân Thủy",
    editor="Ông Đinh Công Thạch - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 41/GP-TTĐT ngày 09/08/2021 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 5 đường Quang Trung, phường Tân Hưng, tỉnh Tân Thủy",
    phone="0229.3871.650",
    news_section=SectionDef(20, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(21, "Chuyển đổi số"),
        SectionDef(22, "Chính quyền số"),
        SectionDef(23, "Kinh tế số"),
        SectionDef(24, "Xã hội số"),
        SectionDef(25, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/quan-tri/", "/binh-luan/", "/tim-kiem.html"),
    features=frozenset({"teaser_leads", "print_view", "email_page", "inline_related", "rss"}),
)


# A provincial portal on a vendor's ASP.NET MVC CMS whose news categories are hub pages: a
# three-level mega-menu leads to hubs that have no list of their own, only boxes of their
# sub-sections (five newest each, "Xem tất cả »"); the sub-sections are the paginated lists
# (?page=N); an article filed in two sub-sections keeps one address, linked with ?cat=<id> from
# the second; the home page's banner of the sections is an image map; for blind evaluation, not
# in the default demo (rendered by dtcrawl.demo.cms.hubnav; articles from
# dtcrawl.bench.synthetic.demo_corpus).
VINHDAN = PortalDef(
    id="vinhdan",
    name="Cổng thông tin điện tử tỉnh Vĩnh Đàn",
    province="Vĩnh Đàn",
    cms="hubnav",
    host="127.0.0.78",
    domain="vinhdan.gov.vn",
    short_name="Vĩnh Đàn",
    agency="Ủy ban nhân dân tỉnh Vĩnh Đàn",
    editor="Bà Hà Thị Minh Nguyệt - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 22/GP-TTĐT ngày 17/03/2023 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 3 đường Lê Lợi, phường Đàn Hưng, thành phố Vĩnh Đàn, tỉnh Vĩnh Đàn",
    phone="0211.3862.504",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(21, "Chuyển đổi số"),
        SectionDef(22, "Chính quyền số"),
        SectionDef(23, "Kinh tế số"),
        SectionDef(24, "Xã hội số"),
        SectionDef(25, "An toàn thông tin"),
    ),
    page_size=5,
    start=("home",),
    robots_disallow=("/Admin/", "/tim-kiem", "/Account/"),
    broken=(
        BrokenPage(
            key="vinhdan-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm dừng cung cấp dịch vụ công trực tuyến để nâng cấp hệ thống",
            published="2021-01-05T14:10:00",
        ),
    ),
    features=frozenset({"hub_pages", "image_map", "cross_listing", "print_view"}),
)


# A provincial portal on a vendor's ASP.NET MVC product whose listings only ever show their first
# two pages (three articles a page): older articles are reached through the "Lưu trữ tin bài" box
# of monthly archive listings, the "Các tin đã đưa" list under each article and one day's "Tin đã
# đưa" pages, whose calendar widget links every day of four years (nearly all empty); no sitemap,
# no RSS; for blind evaluation, not in the default demo (rendered by
# dtcrawl.demo.cms.datearchive; articles from dtcrawl.bench.synthetic.demo_corpus).
HONGLAC = PortalDef(
    id="honglac",
    name="Cổng thông tin điện tử tỉnh Hồng Lạc",
    province="Hồng Lạc",
    cms="datearchive",
    host="127.0.0.79",
    domain="honglac.gov.vn",
    short_name="Hồng Lạc",
    agency="Ủy ban nhân dân tỉnh Hồng Lạc",
    editor="Bà Vi Thị Hồng Nhung - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 64/GP-TTĐT ngày 21/07/2017 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 3 đường Lê Lợi, phường Hồng Phong, thành phố Hồng Lạc, tỉnh Hồng Lạc",
    phone="0204.3854.118",
    news_section=SectionDef(40, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(41, "Chuyển đổi số"),
        SectionDef(42, "Chính quyền số"),
        SectionDef(43, "Kinh tế số"),
        SectionDef(44, "Xã hội số"),
        SectionDef(45, "An toàn thông tin"),
    ),
    page_size=3,
    start=("home",),
    robots_disallow=("/quan-tri/", "/tim-kiem.html"),
    broken=(
        BrokenPage(
            key="honglac-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm dừng tiếp nhận hồ sơ trực tuyến để chuyển đổi hệ thống",
            published="2021-01-05T10:20:00",
        ),
    ),
    features=frozenset({"capped_pager", "month_archive", "day_archive", "calendar_trap"}),
)


# A provincial portal on NukeViet 4 in a theme bought from a theme shop (mega menu, slider,
# marquee ticker): the lead is NukeViet's hometext above the body (tagged "(Cổng TTĐT Ngọc
# Lĩnh) - " on some articles, pasted again as the body's first paragraph on others), the author
# under the title on some articles and signing the text's last line on others, print and
# "savefile" copies of every article, old index.php links answering 301, readers' comments,
# star ratings and dated legal documents; for blind evaluation, not in the default demo
# (rendered by dtcrawl.demo.cms.nvtheme; articles from dtcrawl.bench.synthetic.demo_corpus).
NGOCLINH = PortalDef(
    id="ngoclinh",
    name="Cổng thông tin điện tử tỉnh Ngọc Lĩnh",
    province="Ngọc Lĩnh",
    cms="nvtheme",
    host="127.0.0.77",
    domain="ngoclinh.gov.vn",
    short_name="Ngọc Lĩnh",
    agency="Ủy ban nhân dân tỉnh Ngọc Lĩnh",
    editor="Ông Sầm Văn Khải - Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 27/GP-TTĐT ngày 15/03/2019 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 12 đường Trần Hưng Đạo, phường Ngọc Sơn, thành phố Ngọc Lĩnh, tỉnh Ngọc Lĩnh",
    phone="0214.3826.457",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(12, "Chuyển đổi số"),
        SectionDef(13, "Chính quyền số"),
        SectionDef(14, "Kinh tế số"),
        SectionDef(15, "Xã hội số"),
        SectionDef(16, "An toàn thông tin"),
    ),
    page_size=6,
    lead_prefix="(Cổng TTĐT Ngọc Lĩnh) - ",
    start=("home",),
    robots_disallow=("/admin/", "/data/", "/includes/", "/vi/users/"),
    broken=(
        BrokenPage(
            key="ngoclinh-broken-missing",
            kind="missing",
            category="Kinh tế số",
            title="Khai trương gian hàng nông sản Ngọc Lĩnh trên sàn thương mại điện tử",
            published="2021-01-05T15:10:00",
        ),
    ),
    features=frozenset(
        {"print_view", "savefile", "old_links", "comments", "rss", "sitemap", "laws"}
    ),
)


# A district's site built in 2006 with FrontPage and Dreamweaver templates whose home-grown
# publisher still writes static .htm files with relative links: its sections are linked only by an
# image map and by images in links (alt text), the newest headlines scroll in a <marquee> that inner
# pages write from a script, article bodies are one table cell of <p>, <br> and &nbsp;, the older
# listing pages are windows-1258, the print view opens with window.open, a deleted article's file
# is gone (404) and a withdrawn one's answers 200 "Page cannot be found"; for blind evaluation, not
# in the default demo (rendered by dtcrawl.demo.cms.oldstatic; articles from
# dtcrawl.bench.synthetic.demo_corpus).
CAMKHE = PortalDef(
    id="camkhe",
    name="Trang thông tin điện tử huyện Cẩm Khê",
    province="Cẩm Khê",
    cms="oldstatic",
    host="127.0.0.80",
    domain="camkhe.gov.vn",
    short_name="Cẩm Khê",
    agency="Ủy ban nhân dân huyện Cẩm Khê",
    editor="Ông Hà Văn Thắng - Chánh Văn phòng HĐND và UBND huyện",
    licence="Giấy phép số 05/GP-STTTT ngày 12/06/2012 của Sở Thông tin và Truyền thông",
    address="Khu 2, thị trấn Cẩm Khê, huyện Cẩm Khê",
    phone="0210.3879.215",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(2, "Chuyển đổi số"),
        SectionDef(3, "Chính quyền số"),
        SectionDef(4, "Kinh tế số"),
        SectionDef(5, "Xã hội số"),
        SectionDef(6, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/_vti_bin/", "/_private/", "/_vti_cnf/", "/Templates/"),
    broken=(
        BrokenPage(
            key="camkhe-broken-deleted",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo lịch tiếp công dân của Chủ tịch UBND huyện tháng 01/2021",
            published="2021-01-05T08:05:00",
        ),
        BrokenPage(
            key="camkhe-broken-withdrawn",
            kind="withdrawn",
            category="Xã hội số",
            title="Kế hoạch tổ chức Hội thi Tin học trẻ huyện Cẩm Khê năm 2021",
            published="2021-01-06T09:15:00",
            paragraphs=(
                "Ủy ban nhân dân huyện ban hành kế hoạch tổ chức Hội thi Tin học trẻ dành cho học "
                "sinh tiểu học và trung học cơ sở trên địa bàn huyện.",
            ),
        ),
    ),
    features=frozenset(
        {
            "static_files",
            "relative_links",
            "image_map_nav",
            "script_ticker",
            "legacy_charset",
            "print_popup",
            "soft_404",
        }
    ),
)


# A provincial portal on a local vendor's ASP.NET MVC CMS (about 2019) whose article pages print
# only the title, the date, the lead and the first two or three paragraphs: the rest of the text,
# its photos and its byline come from a partial view that jQuery loads under a "Xem tiếp" button
# (its address in the button's data-url) or, in the older template of two sections, an inline
# .load() script behind "Đọc tiếp bài viết"; short articles are printed whole; for blind
# evaluation, not in the default demo (rendered by dtcrawl.demo.cms.xemtiep; articles from
# dtcrawl.bench.synthetic.demo_corpus, photos placed by dtcrawl.demo.cms.xemtiep.gold_corpus).
KIMDAN = PortalDef(
    id="kimdan",
    name="Cổng thông tin điện tử tỉnh Kim Đàn",
    province="Kim Đàn",
    cms="xemtiep",
    host="127.0.0.82",
    domain="kimdan.gov.vn",
    short_name="Kim Đàn",
    agency="Ủy ban nhân dân tỉnh Kim Đàn",
    editor="Ông Lương Đình Khoa - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 41/GP-TTĐT ngày 09/05/2019 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 5 đường Hoàng Văn Thụ, phường Kim Tân, thành phố Kim Đàn, tỉnh Kim Đàn",
    phone="0209.3851.276",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(31, "Chuyển đổi số"),
        SectionDef(32, "Chính quyền số"),
        SectionDef(33, "Kinh tế số"),
        SectionDef(34, "Xã hội số"),
        SectionDef(35, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/Admin/", "/Account/", "/tim-kiem"),
    broken=(
        BrokenPage(
            key="kimdan-broken-missing",
            kind="missing",
            category="Kinh tế số",
            title="Thông báo lịch tạm dừng hệ thống thư điện tử công vụ để bảo trì",
            published="2021-01-05T16:20:00",
        ),
    ),
    features=frozenset({"xem_tiep", "ajax_fragment", "inline_load_script", "rss"}),
)


# A provincial portal on a home-grown ASP.NET CMS (IIS 8.5) behind a misconfigured caching
# proxy: pages declared text/plain, with no type, "charset=utf8", or windows-1258 over UTF-8
# bytes, a byte order mark, a "CONTENT-TYPE" header in capitals, gzip whatever the client asked;
# the 2009 portal's articles in real windows-1258 under a utf-8 <meta>, reached through three
# redirects (one relative); articles that answer 500 or 503 once, one that answers slowly, a
# listing page cut mid-HTML, a relative Location and one with spaces; for blind evaluation, not
# in the default demo (rendered by dtcrawl.demo.cms.httpquirks; articles from
# dtcrawl.bench.synthetic.demo_corpus).
NGANTHUY = PortalDef(
    id="nganthuy",
    name="Cổng thông tin điện tử tỉnh Ngân Thủy",
    province="Ngân Thủy",
    cms="httpquirks",
    host="127.0.0.84",
    domain="nganthuy.gov.vn",
    short_name="Ngân Thủy",
    agency="Ủy ban nhân dân tỉnh Ngân Thủy",
    editor="Ông Lò Văn Thạch - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 31/GP-TTĐT ngày 09/10/2014 của Cục Quản lý phát thanh, truyền hình và "
    "thông tin điện tử",
    address="Số 6 đường Nguyễn Tất Thành, phường Thủy Tiên, thành phố Ngân Thủy, tỉnh Ngân Thủy",
    phone="0216.3851.207",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(21, "Chuyển đổi số"),
        SectionDef(22, "Chính quyền số"),
        SectionDef(23, "Kinh tế số"),
        SectionDef(24, "Xã hội số"),
        SectionDef(25, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/Admin/", "/aspnet_client/", "/Uploads/Temp/"),
    broken=(
        BrokenPage(
            key="nganthuy-broken-missing",
            kind="missing",
            category="Kinh tế số",
            title="Hội nghị kết nối cung cầu nông sản an toàn tỉnh Ngân Thủy năm 2021",
            published="2021-01-05T14:20:00",
        ),
    ),
    features=frozenset(
        {
            "content_type_quirks",
            "charset_mislabel",
            "bom",
            "gzip",
            "legacy_charset",
            "flaky",
            "slow",
            "truncated_listing",
            "relative_redirect",
            "spaces_in_location",
            "redirect_chain",
            "print_view",
        }
    ),
)


# A provincial portal on a sloppy home-grown PHP CMS whose bugs are crawler traps: its pager always
# offers "Trang sau »" and "Trang cuối" and answers any page past the end with the last page's
# items (page 0 and negative pages with the first's), its "Tin mới" box and breadcrumb add a
# cache-busting token that changes at every render (?_=<ms>, ?t=<mt_rand>), its listings re-order
# through ?sort= links, and its sidebar's relative links (chuyen-muc/<slug>/) nest one level deeper
# from every listing, each answered 200 with the same listing; for blind evaluation, not in the
# default demo (rendered by dtcrawl.demo.cms.loosepager; articles from
# dtcrawl.bench.synthetic.demo_corpus).
LACVAN = PortalDef(
    id="lacvan",
    name="Cổng thông tin điện tử tỉnh Lạc Vân",
    province="Lạc Vân",
    cms="loosepager",
    host="127.0.0.81",
    domain="lacvan.gov.vn",
    short_name="Lạc Vân",
    agency="Ủy ban nhân dân tỉnh Lạc Vân",
    editor="Ông Nông Văn Thái - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 41/GP-TTĐT ngày 09/08/2018 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 5 đường Nguyễn Tất Thành, phường Vân Phong, thành phố Lạc Vân, tỉnh Lạc Vân",
    phone="0216.3851.372",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(11, "Chuyển đổi số"),
        SectionDef(12, "Chính quyền số"),
        SectionDef(13, "Kinh tế số"),
        SectionDef(14, "Xã hội số"),
        SectionDef(15, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/admin/", "/includes/", "/cache/"),
    broken=(
        BrokenPage(
            key="lacvan-broken-missing",
            kind="missing",
            category="Kinh tế số",
            title="Hội nghị kết nối cung cầu nông sản trên nền tảng thương mại điện tử năm 2021",
            published="2021-01-05T09:40:00",
        ),
    ),
    features=frozenset(
        {"endless_pager", "cache_busting_links", "sort_links", "relative_nesting_links"}
    ),
)


# A provincial Department of Science and Technology on WordPress 6 in a block theme, with Yoast
# SEO, Jetpack related posts, AddToAny, Reading Time WP, Post Views Counter and WP-Print: posts
# at /<slug>/ like the site's pages, bodies of Gutenberg blocks (images and galleries with
# captions, headings, lists, quotes, tables of figures, YouTube embeds, PDF downloads), the day
# only on the page and the time in Yoast's UTC metadata, sticky posts first on the blog page, a
# front page whose "Tin mới" loop pages by ?query-3-page=N; for blind evaluation, not in the
# default demo (rendered by dtcrawl.demo.cms.wpgutenberg; articles from
# dtcrawl.bench.synthetic.demo_corpus).
VANLINH = PortalDef(
    id="vanlinh",
    name="Sở Khoa học và Công nghệ tỉnh Vân Lĩnh",
    province="Vân Lĩnh",
    cms="wpgutenberg",
    host="127.0.0.83",
    domain="sokhcn.vanlinh.gov.vn",
    short_name="Sở KH&CN Vân Lĩnh",
    agency="Sở Khoa học và Công nghệ tỉnh Vân Lĩnh",
    editor="Ông Đặng Hữu Phong - Phó Giám đốc Sở Khoa học và Công nghệ",
    licence="Giấy phép số 09/GP-STTTT ngày 22/04/2020 của Sở Thông tin và Truyền thông tỉnh Vân "
    "Lĩnh",
    address="Số 68 đường Nguyễn Du, phường Vân Trung, tỉnh Vân Lĩnh",
    phone="0213.3851.276",
    news_section=SectionDef(3, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(14, "Chuyển đổi số"),
        SectionDef(15, "Chính quyền số"),
        SectionDef(16, "Kinh tế số"),
        SectionDef(17, "Xã hội số"),
        SectionDef(18, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    broken=(
        BrokenPage(
            key="vanlinh-broken-trashed",
            kind="missing",
            category="Chuyển đổi số",
            title="Thông báo tạm dừng hệ thống thư điện tử công vụ để bảo trì máy chủ",
            published="2021-01-05T09:50:00",
        ),
    ),
    features=frozenset(
        {
            "gutenberg_blocks",
            "sticky_posts",
            "utc_metadata",
            "related_tracking",
            "query_loop_pager",
            "print_view",
            "feeds",
            "sitemap",
            "rest_api",
        }
    ),
)


# A provincial portal on a vendor's Laravel CMS whose several editorial teams sign articles each in
# their own way: the author field under the date ("Tác giả: X") or in the meta line ("X | 07:41,
# 04/01/2021"), or a byline typed as the text's last line ("X" in bold, "Tin, ảnh: X", "Bài, ảnh:
# X", "X (tổng hợp)", "X - Trung tâm Truyền thông tỉnh", "X - <source>"); sources as "Theo S",
# "(Nguồn: S)" or a "Nguồn:" link; photographers' "Ảnh: Y" lines under photos and editors' "BTV:
# Z" lines that name no author; for blind evaluation, not in the default demo (rendered by
# dtcrawl.demo.cms.bylinemix; articles from dtcrawl.bench.synthetic.demo_corpus, authors and
# sources read by dtcrawl.demo.cms.bylinemix.gold_corpus).
XUANLUNG = PortalDef(
    id="xuanlung",
    name="Cổng thông tin điện tử tỉnh Xuân Lũng",
    province="Xuân Lũng",
    cms="bylinemix",
    host="127.0.0.86",
    domain="xuanlung.gov.vn",
    short_name="Xuân Lũng",
    agency="Ủy ban nhân dân tỉnh Xuân Lũng",
    editor="Ông Hà Quang Diệu - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 52/GP-TTĐT ngày 14/06/2022 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 12 đường Lê Lợi, phường Xuân Hòa, tỉnh Xuân Lũng",
    phone="0214.3826.519",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(61, "Chuyển đổi số"),
        SectionDef(62, "Chính quyền số"),
        SectionDef(63, "Kinh tế số"),
        SectionDef(64, "Xã hội số"),
        SectionDef(65, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/admin/", "/tim-kiem"),
    broken=(
        BrokenPage(
            key="xuanlung-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm ngừng tiếp nhận hồ sơ trực tuyến để nâng cấp hệ thống một cửa điện tử",
            published="2021-01-05T15:10:00",
        ),
    ),
    features=frozenset(
        {
            "mixed_bylines",
            "typed_bylines",
            "photo_credits",
            "editor_lines",
            "print_view",
            "tracking_param",
        }
    ),
)


# A provincial portal rebuilt in 2024 by a vendor on ASP.NET Core Razor Pages with small
# JavaScript islands: server-rendered pages whose section listings show their first 8 items and
# load the rest while the reader scrolls (an IntersectionObserver fetching HTML partials whose
# addresses sit in a list's data-next or a sentinel's data-url), with no pager, no <noscript>
# fallback, no sitemap and no feed; the home page's section boxes and the "Xem nhiều" box are
# partials too; only the home page's 12 newest and "Tin cùng chuyên mục" (the section's 6
# newest) are links; for blind evaluation, not in the default demo (rendered by
# dtcrawl.demo.cms.infscroll; articles from dtcrawl.bench.synthetic.demo_corpus).
BICHKHE = PortalDef(
    id="bichkhe",
    name="Cổng thông tin điện tử tỉnh Bích Khê",
    province="Bích Khê",
    cms="infscroll",
    host="127.0.0.85",
    domain="bichkhe.gov.vn",
    short_name="Bích Khê",
    agency="Ủy ban nhân dân tỉnh Bích Khê",
    editor="Bà Hoàng Thị Mai Lan - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 112/GP-TTĐT ngày 18/06/2024 của Cục Phát thanh, truyền hình và thông "
    "tin điện tử",
    address="Số 2 đường Lê Lợi, phường Bích Châu, tỉnh Bích Khê",
    phone="0218.3826.519",
    news_section=SectionDef(2, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(21, "Chuyển đổi số"),
        SectionDef(22, "Chính quyền số"),
        SectionDef(23, "Kinh tế số"),
        SectionDef(24, "Xã hội số"),
        SectionDef(25, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/Admin/", "/Identity/", "/tim-kiem", "/api/"),
    broken=(
        BrokenPage(
            key="bichkhe-broken-removed",
            kind="missing",
            category="An toàn thông tin",
            title="Cảnh báo chiến dịch thư giả mạo cơ quan thuế nhắm vào doanh nghiệp trên địa bàn",
            published="2021-01-04T15:10:00",
            paragraphs=(
                "Cơ quan thuế khuyến cáo doanh nghiệp không mở tệp đính kèm và không bấm vào "
                "đường dẫn trong các thư tự xưng là thông báo nộp thuế điện tử.",
            ),
        ),
    ),
    features=frozenset({"infinite_scroll", "html_partials", "lazy_islands", "antiforgery_forms"}),
)


# A provincial portal on a small local vendor's PHP CMS whose page heads lie in the ways template
# and SEO-module bugs make them lie, while the visible pages are right: a canonical link to the
# home page, the section's listing or the vendor's staging host by era, <title> the site's name
# or "Tin tức", og:url with the category id, og:title of the previous article (a fragment
# cache), one meta description for every page, JSON-LD dated by the template's build or the
# render time and signed "Quản trị viên", article:published_time in UTC labelled +07:00, <html
# lang="en">; a "Tin mới cập nhật" ticker above the title, an RSS feed dated by its build time;
# for blind evaluation, not in the default demo (rendered by dtcrawl.demo.cms.badmeta; articles
# from dtcrawl.bench.synthetic.demo_corpus).
NGOCDONG = PortalDef(
    id="ngocdong",
    name="Cổng thông tin điện tử tỉnh Ngọc Đông",
    province="Ngọc Đông",
    cms="badmeta",
    host="127.0.0.91",
    domain="ngocdong.gov.vn",
    short_name="Ngọc Đông",
    agency="Ủy ban nhân dân tỉnh Ngọc Đông",
    editor="Ông Lương Văn Thạch - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 37/GP-TTĐT ngày 09/10/2019 của Cục Phát thanh, truyền hình và thông "
    "tin điện tử",
    address="Số 5 đường Trần Hưng Đạo, phường Ngọc Châu, tỉnh Ngọc Đông",
    phone="0219.3852.740",
    news_section=SectionDef(1, "Tin tức"),
    sections=(
        SectionDef(41, "Chuyển đổi số"),
        SectionDef(42, "Chính quyền số"),
        SectionDef(43, "Kinh tế số"),
        SectionDef(44, "Xã hội số"),
        SectionDef(45, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/admin/", "/tim-kiem.html"),
    broken=(
        BrokenPage(
            key="ngocdong-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo lịch bảo trì hệ thống quản lý văn bản và điều hành của tỉnh",
            published="2021-01-05T10:20:00",
        ),
        BrokenPage(
            key="ngocdong-broken-dberror",
            kind="error",
            category="Kinh tế số",
            title="Hội nghị kết nối cung cầu sản phẩm OCOP trên sàn thương mại điện tử",
            published="2021-01-06T15:35:00",
        ),
    ),
    features=frozenset(
        {
            "lying_canonical",
            "staging_canonical",
            "stale_open_graph",
            "utc_labelled_local",
            "jsonld_build_date",
            "news_ticker",
            "feeds",
        }
    ),
)


# A district portal on an older home-grown PHP news CMS copied from Joomla down to its "Page
# Break" plugin: long articles (7 paragraphs or more) are split by their editors into 2-4 parts,
# each its own address (?trang=N from the pager under the text, ?limitstart=N-1 from the
# "Mục lục bài viết" box), each a full page with the title ("(tiếp theo)" on later parts), the
# date and the boxes, the byline only on the last part, "Xem toàn bài" (?showall=1) on some;
# listings paged with the same ?trang=N and the same pager; for blind evaluation, not in the
# default demo (rendered by dtcrawl.demo.cms.pagebreak; articles from
# dtcrawl.bench.synthetic.demo_corpus, photos placed by dtcrawl.demo.cms.pagebreak.gold_corpus).
HUYEN_MYLAM = PortalDef(
    id="huyen-mylam",
    name="Cổng thông tin điện tử huyện Mỹ Lâm",
    province="Mỹ Lâm",
    cms="pagebreak",
    host="127.0.0.87",
    domain="mylam.gov.vn",
    short_name="Mỹ Lâm",
    agency="Ủy ban nhân dân huyện Mỹ Lâm",
    editor="Ông Đinh Công Hậu - Chánh Văn phòng HĐND và UBND huyện",
    licence="Giấy phép số 14/GP-STTTT ngày 09/10/2013 của Sở Thông tin và Truyền thông",
    address="Số 27 đường Trần Hưng Đạo, thị trấn Mỹ Lâm, huyện Mỹ Lâm",
    phone="0216.3871.204",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(11, "Chuyển đổi số"),
        SectionDef(12, "Chính quyền số"),
        SectionDef(13, "Kinh tế số"),
        SectionDef(14, "Xã hội số"),
        SectionDef(15, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/administrator/", "/includes/", "/cache/", "/print.php"),
    broken=(
        BrokenPage(
            key="huyen-mylam-broken-deleted",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo lịch tiếp nhận hồ sơ tại Bộ phận một cửa huyện dịp nghỉ Tết",
            published="2021-01-04T16:20:00",
        ),
        BrokenPage(
            key="huyen-mylam-broken-dberror",
            kind="error",
            category="Xã hội số",
            title="Huyện đoàn ra quân hướng dẫn người dân cài đặt và sử dụng ứng dụng VNeID",
            published="2021-01-06T10:05:00",
        ),
    ),
    features=frozenset(
        {"article_pages", "article_toc", "showall", "print_view", "feeds", "php_session"}
    ),
)


# A provincial portal on a vendor's Laravel CMS whose newsroom publishes, in the same lists and
# under the same -post<id>.html addresses, ordinary articles, live coverage of conferences
# ("Tường thuật trực tiếp": entries newest first, each stamped "10:45", "Cập nhật lúc 10:45" or
# "10h45:", a "Trực tiếp" badge and a "Cập nhật lần cuối lúc ..." line) and interviews ("Phỏng
# vấn": questions "PV:" / "Phóng viên:" and answers prefixed with the interviewee's name, his
# portrait with a caption); today's date and its lunar date in the top bar; for blind
# evaluation, not in the default demo (rendered by dtcrawl.demo.cms.liveblog; articles from
# dtcrawl.bench.synthetic.demo_corpus, the pages' text read by
# dtcrawl.demo.cms.liveblog.gold_corpus).
PHUONGHAI = PortalDef(
    id="phuonghai",
    name="Cổng thông tin điện tử tỉnh Phương Hải",
    province="Phương Hải",
    cms="liveblog",
    host="127.0.0.88",
    domain="phuonghai.gov.vn",
    short_name="Phương Hải",
    agency="Ủy ban nhân dân tỉnh Phương Hải",
    editor="Ông Lương Đức Tài - Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 37/GP-TTĐT ngày 09/04/2020 của Cục Phát thanh, truyền hình và thông "
    "tin điện tử",
    address="Số 8 đường Trần Phú, thành phố Phương Châu, tỉnh Phương Hải",
    phone="0233.3852.417",
    news_section=SectionDef(3, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(31, "Chuyển đổi số"),
        SectionDef(32, "Chính quyền số"),
        SectionDef(33, "Kinh tế số"),
        SectionDef(34, "Xã hội số"),
        SectionDef(35, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/admin/", "/api/", "/tim-kiem", "/dang-nhap"),
    broken=(
        BrokenPage(
            key="phuonghai-broken-removed",
            kind="missing",
            category="Chính quyền số",
            title="Phỏng vấn Giám đốc Sở Nội vụ về sắp xếp đơn vị hành chính cấp xã",
            published="2021-01-05T10:20:00",
        ),
        BrokenPage(
            key="phuonghai-broken-upcoming",
            kind="empty",
            category="Chuyển đổi số",
            title="Trực tiếp: Hội nghị tổng kết công tác chuyển đổi số năm 2020 của tỉnh",
            published="2021-01-06T14:00:00",
        ),
    ),
    features=frozenset(
        {
            "live_coverage",
            "interviews",
            "lunar_date_header",
            "print_view",
            "tracking_param",
            "feeds",
            "sitemap",
            "live_api",
        }
    ),
)


# A provincial portal on a headless CMS with a Nuxt 3 front end whose section pages render only
# their 6 newest items, the rest coming from a JSON API that robots.txt disallows; its older
# articles are linked from no page and are reached only through its sitemaps: robots.txt names
# three (one a 404), /sitemap.xml is an index of monthly files (some gzipped), pages and tags
# sitemaps and a Google News sitemap, some entries spelled with https, www., a trailing slash or
# utm parameters; for blind evaluation, not in the default demo (rendered by
# dtcrawl.demo.cms.newssitemap; articles from dtcrawl.bench.synthetic.demo_corpus).
HOANGLAM = PortalDef(
    id="hoanglam",
    name="Cổng thông tin điện tử tỉnh Hoàng Lâm",
    province="Hoàng Lâm",
    cms="newssitemap",
    host="127.0.0.89",
    domain="hoanglam.gov.vn",
    short_name="Hoàng Lâm",
    agency="Ủy ban nhân dân tỉnh Hoàng Lâm",
    editor="Bà Vi Thị Thanh Nhàn - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 27/GP-TTĐT ngày 16/11/2022 của Cục Phát thanh, truyền hình và thông "
    "tin điện tử",
    address="Số 1 đường Trần Hưng Đạo, phường Lâm Hòa, tỉnh Hoàng Lâm",
    phone="0211.3862.044",
    news_section=SectionDef(1, "Tin tức"),
    sections=(
        SectionDef(41, "Chuyển đổi số"),
        SectionDef(42, "Chính quyền số"),
        SectionDef(43, "Kinh tế số"),
        SectionDef(44, "Xã hội số"),
        SectionDef(45, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/api/", "/tim-kiem", "/preview/"),
    broken=(
        BrokenPage(
            key="hoanglam-broken-withdrawn",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm dừng tiếp nhận hồ sơ trực tuyến để chuyển đổi hệ thống một cửa",
            published="2020-12-29T16:05:00",
        ),
    ),
    features=frozenset(
        {"sitemap_index", "gzip_sitemaps", "news_sitemap", "json_api", "ssr_first_items"}
    ),
)


# A photo-heavy provincial portal on a local vendor's PHP CMS with slug permalinks: every photo
# of the text lazy-loaded (data-src, data-original or data-lazy-src over a 1x1 GIF, <noscript>
# twins, srcset and <picture>), captions in each editor's markup (<figcaption>, a table.image's
# second row, p.image-caption or an <em> line after the photo, or only the alt/title), photo
# credits inside or under captions, Swiper galleries with a "1/5" counter, infographics with no
# caption, YouTube and local player iframes, a thumbnail strip of related stories; for blind
# evaluation, not in the default demo (rendered by dtcrawl.demo.cms.lazyfigures; articles from
# dtcrawl.bench.synthetic.demo_corpus, captions as dtcrawl.demo.cms.lazyfigures.gold_corpus
# reads them).
SONCA = PortalDef(
    id="sonca",
    name="Cổng thông tin điện tử tỉnh Sơn Ca",
    province="Sơn Ca",
    cms="lazyfigures",
    host="127.0.0.90",
    domain="sonca.gov.vn",
    short_name="Sơn Ca",
    agency="Ủy ban nhân dân tỉnh Sơn Ca",
    editor="Ông Vi Văn Thắng - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 27/GP-TTĐT ngày 22/03/2018 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 8 đường Trần Hưng Đạo, phường Sơn Thủy, thành phố Ca Lâm, tỉnh Sơn Ca",
    phone="0206.3852.144",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(71, "Chuyển đổi số"),
        SectionDef(72, "Chính quyền số"),
        SectionDef(73, "Kinh tế số"),
        SectionDef(74, "Xã hội số"),
        SectionDef(75, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/admin/", "/tim-kiem", "/binh-chon"),
    broken=(
        BrokenPage(
            key="sonca-broken-missing",
            kind="missing",
            category="Xã hội số",
            title="Hình ảnh lớp tập huấn kỹ năng số cho tổ công nghệ số cộng đồng huyện Sơn Phong",
            published="2021-01-05T10:20:00",
        ),
        BrokenPage(
            key="sonca-broken-error",
            kind="error",
            category="Kinh tế số",
            title="Phiên chợ nông sản trực tuyến đầu tiên của tỉnh thu hút hàng nghìn lượt xem",
            published="2021-01-06T09:05:00",
        ),
    ),
    features=frozenset(
        {
            "lazy_images",
            "noscript_images",
            "picture_srcset",
            "caption_styles",
            "photo_credits",
            "galleries",
            "video_iframes",
            "infographics",
            "related_thumbnails",
            "photo_albums",
            "rss",
            "sitemap",
        }
    ),
)


# A provincial Department of Information and Communications on a local vendor's PHP CMS whose
# staff post many short items: about half of the news are brief news of a paragraph or two and
# notices of a sentence or two with their files listed under the text ("File đính kèm: ... Tải
# về", download counters), a pdf.js viewer or a "Xem chi tiết văn bản tại đây" line; listings
# show every item with its summary (a short item's whole text); documents ("Văn bản chỉ đạo điều
# hành") and the weekly schedule ("Lịch công tác") have dated pages that are no news; for blind
# evaluation, not in the default demo (rendered by dtcrawl.demo.cms.shortnotices; articles from
# dtcrawl.bench.synthetic.demo_corpus, the short items' text read by
# dtcrawl.demo.cms.shortnotices.gold_corpus).
STTTT_TRALAM = PortalDef(
    id="sotttt-tralam",
    name="Sở Thông tin và Truyền thông tỉnh Trà Lam",
    province="Trà Lam",
    cms="shortnotices",
    host="127.0.0.92",
    domain="stttt.tralam.gov.vn",
    short_name="Sở TT&TT Trà Lam",
    agency="Sở Thông tin và Truyền thông tỉnh Trà Lam",
    editor="Ông Lò Văn Khải - Giám đốc Sở Thông tin và Truyền thông",
    licence="Giấy phép số 17/GP-TTĐT ngày 08/07/2019 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 25 đường Nguyễn Trãi, phường Trà Giang, tỉnh Trà Lam",
    phone="0210.3851.632",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(31, "Chuyển đổi số"),
        SectionDef(32, "Chính quyền số"),
        SectionDef(33, "Kinh tế số"),
        SectionDef(34, "Xã hội số"),
        SectionDef(35, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/admin/", "/tim-kiem.html"),
    broken=(
        BrokenPage(
            key="sotttt-tralam-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo lịch bảo trì hệ thống quản lý văn bản và điều hành tháng 01/2021",
            published="2021-01-05T10:20:00",
            paragraphs=(
                "Hệ thống quản lý văn bản và điều hành của tỉnh tạm dừng phục vụ từ 18 giờ đến 22 "
                "giờ ngày 09/01/2021 để nâng cấp máy chủ.",
            ),
        ),
        BrokenPage(
            key="sotttt-tralam-broken-error",
            kind="error",
            category="An toàn thông tin",
            title="Cảnh báo lỗ hổng bảo mật nghiêm trọng trong phần mềm thư điện tử",
            published="2021-01-06T15:35:00",
            paragraphs=(
                "Các cơ quan, đơn vị khẩn trương cập nhật bản vá cho máy chủ thư điện tử theo "
                "hướng dẫn của Trung tâm Công nghệ thông tin và Truyền thông.",
            ),
        ),
    ),
    features=frozenset(
        {"short_notices", "attachments", "pdf_viewer", "documents", "work_schedule", "feeds"}
    ),
)


# A provincial portal on a vendor's PHP CMS whose jQuery front end writes every date in the
# reader's browser: the pages hold the publication moment only machine-readably, in four shapes
# by the article's detail template (an empty span's Unix seconds in data-time, an ISO data-date
# with a <noscript> fallback, a script's publishTime in milliseconds beside its updateTime, a
# <time datetime> in UTC), listings and boxes likewise, og:updated_time (the last save) the only
# meta date on some pages, a header clock seeded with the server's time; for blind evaluation,
# not in the default demo (rendered by dtcrawl.demo.cms.jsdates; articles from
# dtcrawl.bench.synthetic.demo_corpus).
CAMLUONG = PortalDef(
    id="camluong",
    name="Cổng thông tin điện tử tỉnh Cẩm Lương",
    province="Cẩm Lương",
    cms="jsdates",
    host="127.0.0.94",
    domain="camluong.gov.vn",
    short_name="Cẩm Lương",
    agency="Ủy ban nhân dân tỉnh Cẩm Lương",
    editor="Bà Hoàng Thị Nguyệt - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 62/GP-TTĐT ngày 15/10/2019 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 12 đường Lê Lợi, phường Cẩm Thành, tỉnh Cẩm Lương",
    phone="0216.3829.507",
    news_section=SectionDef(1, "Tin tức"),
    sections=(
        SectionDef(11, "Chuyển đổi số"),
        SectionDef(12, "Chính quyền số"),
        SectionDef(13, "Kinh tế số"),
        SectionDef(14, "Xã hội số"),
        SectionDef(15, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/admin/", "/tim-kiem", "/api/"),
    broken=(
        BrokenPage(
            key="camluong-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm dừng tiếp nhận hồ sơ trực tuyến để chuyển đổi hệ thống",
            published="2021-01-05T14:10:00",
        ),
        BrokenPage(
            key="camluong-broken-error",
            kind="error",
            category="Xã hội số",
            title="Hội thi tìm hiểu kỹ năng số dành cho đoàn viên, thanh niên năm 2021",
            published="2021-01-06T09:25:00",
        ),
    ),
    features=frozenset({"js_dates", "noscript_dates", "updated_time_meta", "sitemap"}),
)


# A provincial news portal on a vendor's AMP-first theme: every page a valid AMP document
# (<html ⚡>, the AMP runtime, <style amp-custom>, no script of its own): <amp-img> pictures
# (<noscript><img> fallbacks in some), galleries as <amp-carousel> slides captioned by
# <figcaption> or a caption div, dates as <amp-timeago> (UTC datetime, a relative phrase as text;
# the absolute date in JSON-LD and only on some pages in a line), the menu in <amp-sidebar>,
# <amp-social-share>, <amp-ad> banners (one inside the text), a "Tin mới" <amp-list> over a JSON
# API robots.txt disallows, <amp-analytics> configs, a related-news carousel whose figcaptions
# are other titles, <amp-next-page>; for blind evaluation, not in the default demo (rendered by
# dtcrawl.demo.cms.ampfirst; articles from dtcrawl.bench.synthetic.demo_corpus, captions as
# dtcrawl.demo.cms.ampfirst.gold_corpus reads them).
TANHAI = PortalDef(
    id="tanhai",
    name="Cổng thông tin điện tử tỉnh Tân Hải",
    province="Tân Hải",
    cms="ampfirst",
    host="127.0.0.93",
    domain="tanhai.gov.vn",
    short_name="Tân Hải",
    agency="Ủy ban nhân dân tỉnh Tân Hải",
    editor="Bà Đinh Thị Hồng Nhung - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 41/GP-TTĐT ngày 15/09/2020 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 2 đường Lê Lợi, phường Hải Đông, thành phố Bến Mây, tỉnh Tân Hải",
    phone="0232.3826.517",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(41, "Chuyển đổi số"),
        SectionDef(42, "Chính quyền số"),
        SectionDef(43, "Kinh tế số"),
        SectionDef(44, "Xã hội số"),
        SectionDef(45, "An toàn thông tin"),
    ),
    page_size=6,
    start=("home",),
    robots_disallow=("/api/", "/tim-kiem", "/thong-ke/"),
    broken=(
        BrokenPage(
            key="tanhai-broken-missing",
            kind="missing",
            category="Xã hội số",
            title="Ngư dân huyện đảo Cồn Mây học cách dùng ứng dụng báo cáo hành trình tàu cá",
            published="2021-01-05T10:10:00",
        ),
        BrokenPage(
            key="tanhai-broken-error",
            kind="error",
            category="Chính quyền số",
            title="Tỉnh Tân Hải đưa hệ thống họp không giấy về cấp xã",
            published="2021-01-06T09:25:00",
        ),
    ),
    features=frozenset(
        {
            "amp",
            "amp_carousel_galleries",
            "amp_timeago",
            "amp_list",
            "amp_ads",
            "amp_next_page",
            "rss",
            "sitemap",
        }
    ),
)


# A provincial portal on a local vendor's PHP CMS served through Cloudflare with its page rewrites
# on: every e-mail address in the pages (bylines, notices' contact lines, the footer) hidden by
# Email Address Obfuscation behind /cdn-cgi/l/email-protection links and data-cfemail codes,
# scripts retyped by Rocket Loader, photos deferred by Mirage with <noscript> twins, the edge's
# own pages (Email Protection, an Error 522) and headers; for blind evaluation, not in the
# default demo (rendered by dtcrawl.demo.cms.cfemail; articles from
# dtcrawl.bench.synthetic.demo_corpus, the e-mail paragraphs read by
# dtcrawl.demo.cms.cfemail.gold_corpus).
SONLAM = PortalDef(
    id="sonlam",
    name="Cổng thông tin điện tử tỉnh Sơn Lam",
    province="Sơn Lam",
    cms="cfemail",
    host="127.0.0.95",
    domain="sonlam.gov.vn",
    short_name="Sơn Lam",
    agency="Ủy ban nhân dân tỉnh Sơn Lam",
    editor="Ông Cầm Bá Thịnh - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 52/GP-TTĐT ngày 17/08/2018 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 16 đường Tô Hiệu, phường Chiềng Lam, tỉnh Sơn Lam",
    phone="0212.3852.418",
    news_section=SectionDef(1, "Tin tức"),
    sections=(
        SectionDef(11, "Chuyển đổi số"),
        SectionDef(12, "Chính quyền số"),
        SectionDef(13, "Kinh tế số"),
        SectionDef(14, "Xã hội số"),
        SectionDef(15, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/admin/", "/ajax/", "/tim-kiem.html"),
    broken=(
        BrokenPage(
            key="sonlam-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo lịch bảo trì hệ thống thư điện tử công vụ tỉnh tháng 01/2021",
            published="2021-01-05T10:20:00",
        ),
        BrokenPage(
            key="sonlam-broken-timeout",
            kind="error",
            category="Chuyển đổi số",
            title="Hướng dẫn đăng ký tài khoản định danh điện tử mức độ 2 cho cán bộ, công chức",
            published="2021-01-06T09:05:00",
            paragraphs=(
                "Cán bộ, công chức đăng ký tài khoản định danh điện tử mức độ 2 tại công an cấp "
                "xã nơi cư trú trước ngày 31/01/2021.",
            ),
        ),
    ),
    features=frozenset(
        {
            "email_obfuscation",
            "rocket_loader",
            "mirage",
            "edge_pages",
            "print_view",
            "feeds",
            "sitemap",
        }
    ),
)


# A provincial portal on a local vendor's PHP CMS (Bootstrap themes) whose article pages are
# organised in tabs, "Nội dung | Văn bản liên quan | Hình ảnh | Ý kiến bạn đọc", only the first
# pane shown (related documents, a photo album with its own captions, readers' comments and
# their form hidden in the page); long articles show their first paragraphs and keep the rest in
# a collapsed block under "Xem thêm" / "Đọc tiếp", some explain a service in a "Hỏi - Đáp"
# accordion typed into the text, most carry a collapsed "Tóm tắt" box repeating the lead and a
# font-size and read-aloud toolbar; two templates (Bootstrap 4, and an old module's jQuery tabs
# hidden by inline style); for blind evaluation, not in the default demo (rendered by
# dtcrawl.demo.cms.tabbed; articles from dtcrawl.bench.synthetic.demo_corpus, the text read by
# dtcrawl.demo.cms.tabbed.gold_corpus).
HOAXUYEN = PortalDef(
    id="hoaxuyen",
    name="Cổng thông tin điện tử tỉnh Hòa Xuyên",
    province="Hòa Xuyên",
    cms="tabbed",
    host="127.0.0.96",
    domain="hoaxuyen.gov.vn",
    short_name="Hòa Xuyên",
    agency="Ủy ban nhân dân tỉnh Hòa Xuyên",
    editor="Bà Lương Thị Hạnh - Phó Chánh Văn phòng Ủy ban nhân dân tỉnh",
    licence="Giấy phép số 42/GP-TTĐT ngày 09/06/2020 của Cục Phát thanh, truyền hình và thông tin "
    "điện tử",
    address="Số 2 đường Lê Lợi, phường Xuyên Hà, tỉnh Hòa Xuyên",
    phone="0236.3822.905",
    news_section=SectionDef(1, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(41, "Chuyển đổi số"),
        SectionDef(42, "Chính quyền số"),
        SectionDef(43, "Kinh tế số"),
        SectionDef(44, "Xã hội số"),
        SectionDef(45, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/admin/", "/tim-kiem", "/binh-luan/", "/captcha/"),
    broken=(
        BrokenPage(
            key="hoaxuyen-broken-missing",
            kind="missing",
            category="Chính quyền số",
            title="Hướng dẫn sử dụng phần mềm họp trực tuyến cho Ủy ban nhân dân cấp xã",
            published="2021-01-05T14:10:00",
        ),
        BrokenPage(
            key="hoaxuyen-broken-error",
            kind="error",
            category="Kinh tế số",
            title="Doanh nghiệp Hòa Xuyên làm quen với hóa đơn điện tử khởi tạo từ máy tính tiền",
            published="2021-01-06T16:25:00",
        ),
    ),
    features=frozenset(
        {
            "article_tabs",
            "collapsed_text",
            "faq_accordion",
            "summary_box",
            "album_tab",
            "comments_tab",
            "related_documents",
            "read_aloud",
            "print_view",
            "rss",
        }
    ),
)


# A district portal on an older ASP.NET CMS whose staff paste articles straight from Word 2003,
# 2010 and 2016 (MsoNormal paragraphs, runs of spans, <o:p> spacers, conditional comments and
# downlevel-revealed list markers, smart tags, VML pictures, Word's lists, tables, footnotes and
# Heading 1 <h1>s inside the text, the author typed at its end), a third typed clean in the
# editor; for blind evaluation, not in the default demo (rendered by dtcrawl.demo.cms.wordpaste;
# articles from dtcrawl.bench.synthetic.demo_corpus, the pages' text read by
# dtcrawl.demo.cms.wordpaste.gold_corpus).
HUYEN_LACLONG = PortalDef(
    id="huyen-laclong",
    name="Cổng thông tin điện tử huyện Lạc Long",
    province="Lạc Long",
    cms="wordpaste",
    host="127.0.0.97",
    domain="laclong.gov.vn",
    short_name="Lạc Long",
    agency="Ủy ban nhân dân huyện Lạc Long",
    editor="Ông Lò Văn Thắng - Chánh Văn phòng HĐND và UBND huyện",
    licence="Giấy phép số 09/GP-STTTT ngày 21/06/2014 của Sở Thông tin và Truyền thông",
    address="Số 2 đường Lê Lợi, thị trấn Lạc Long, huyện Lạc Long",
    phone="0219.3865.117",
    news_section=SectionDef(3, "Tin tức - Sự kiện"),
    sections=(
        SectionDef(26, "Chuyển đổi số"),
        SectionDef(27, "Chính quyền số"),
        SectionDef(28, "Kinh tế số"),
        SectionDef(29, "Xã hội số"),
        SectionDef(30, "An toàn thông tin"),
    ),
    page_size=8,
    start=("home",),
    robots_disallow=("/Admin/", "/WebResource.axd", "/ScriptResource.axd"),
    broken=(
        BrokenPage(
            key="huyen-laclong-broken-deleted",
            kind="missing",
            category="Chính quyền số",
            title="Thông báo tạm dừng tiếp nhận hồ sơ trực tuyến để nâng cấp phần mềm một cửa",
            published="2021-01-05T14:10:00",
        ),
        BrokenPage(
            key="huyen-laclong-broken-error",
            kind="error",
            category="Xã hội số",
            title="Đoàn thanh niên huyện ra mắt mô hình Tổ công nghệ số cộng đồng tại các thôn",
            published="2021-01-07T09:40:00",
        ),
    ),
    features=frozenset({"word_paste", "print_view", "feeds", "legacy_alias"}),
)


ALL_PORTALS: dict[str, PortalDef] = {
    **PORTALS,
    FAULTY.id: FAULTY,
    SOKHCN_BACHSON.id: SOKHCN_BACHSON,
    BACHTHUY.id: BACHTHUY,
    XA_THANHVAN.id: XA_THANHVAN,
    BACHNGOC.id: BACHNGOC,
    HUYEN_TANKHE.id: HUYEN_TANKHE,
    BACHLONG.id: BACHLONG,
    HUYEN_DONGXUYEN.id: HUYEN_DONGXUYEN,
    TTKHCN_THACHVAN.id: TTKHCN_THACHVAN,
    STTTT_LACHA.id: STTTT_LACHA,
    HUYEN_VINHKHE.id: HUYEN_VINHKHE,
    SKHDT_SONGMAI.id: SKHDT_SONGMAI,
    PHONGLAC.id: PHONGLAC,
    CDS_TANNGAN.id: CDS_TANNGAN,
    LINHHAI.id: LINHHAI,
    SNNPTNT_CAMDIEN.id: SNNPTNT_CAMDIEN,
    SOKHCN_PHUONGLAM.id: SOKHCN_PHUONGLAM,
    VANTRACH.id: VANTRACH,
    KYLAM.id: KYLAM,
    CDS_BICHGIANG.id: CDS_BICHGIANG,
    HUYEN_ANTHUY.id: HUYEN_ANTHUY,
    SKHCN_QUANGHAC.id: SKHCN_QUANGHAC,
    SOKHCN_NGOCTRA.id: SOKHCN_NGOCTRA,
    VONGHAI.id: VONGHAI,
    HUYEN_DONGLU.id: HUYEN_DONGLU,
    HONGDIEN.id: HONGDIEN,
    STTTT_KIMTHACH.id: STTTT_KIMTHACH,
    STTTT_THUYLAM.id: STTTT_THUYLAM,
    MAIHA.id: MAIHA,
    THACHLINH.id: THACHLINH,
    HAKHE.id: HAKHE,
    HUYEN_VANCU.id: HUYEN_VANCU,
    HOLAM.id: HOLAM,
    HUYEN_KIMSA.id: HUYEN_KIMSA,
    BAOLOCXUYEN.id: BAOLOCXUYEN,
    SKHCN_QUELAM.id: SKHCN_QUELAM,
    SNV_MOCGIANG.id: SNV_MOCGIANG,
    PTTH_CAOVAN.id: PTTH_CAOVAN,
    CAOPHIN.id: CAOPHIN,
    VANKHE.id: VANKHE,
    STP_LUNGHA.id: STP_LUNGHA,
    HUYEN_KHETRUC.id: HUYEN_KHETRUC,
    NGANHUONG.id: NGANHUONG,
    SCT_SONQUYNH.id: SCT_SONQUYNH,
    HUYEN_LOCMAI.id: HUYEN_LOCMAI,
    STC_DAMAI.id: STC_DAMAI,
    NGANSON.id: NGANSON,
    DONGLAM.id: DONGLAM,
    TRUYENTHONG_SUONGNGUYEN.id: TRUYENTHONG_SUONGNGUYEN,
    STTTT_LIEUSON.id: STTTT_LIEUSON,
    SXD_KIEUSON.id: SXD_KIEUSON,
    PHUKHE.id: PHUKHE,
    DONGNGOC.id: DONGNGOC,
    HANHLANG.id: HANHLANG,
    THANHNGUYEN.id: THANHNGUYEN,
    BICHSON.id: BICHSON,
    TANTHUY.id: TANTHUY,
    VINHDAN.id: VINHDAN,
    HONGLAC.id: HONGLAC,
    NGOCLINH.id: NGOCLINH,
    CAMKHE.id: CAMKHE,
    KIMDAN.id: KIMDAN,
    NGANTHUY.id: NGANTHUY,
    LACVAN.id: LACVAN,
    VANLINH.id: VANLINH,
    XUANLUNG.id: XUANLUNG,
    BICHKHE.id: BICHKHE,
    NGOCDONG.id: NGOCDONG,
    HUYEN_MYLAM.id: HUYEN_MYLAM,
    PHUONGHAI.id: PHUONGHAI,
    HOANGLAM.id: HOANGLAM,
    SONCA.id: SONCA,
    STTTT_TRALAM.id: STTTT_TRALAM,
    CAMLUONG.id: CAMLUONG,
    TANHAI.id: TANHAI,
    SONLAM.id: SONLAM,
    HOAXUYEN.id: HOAXUYEN,
    HUYEN_LACLONG.id: HUYEN_LACLONG,
}
