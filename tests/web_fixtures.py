"""Helpers for the web tests: a small Vietnamese test archive and a real Datasette server.

Not a conftest: import what you need. ``build_test_archive(path)`` writes a dozen
articles (with duplicates, an off-topic story, legal references, indicators and
crawl runs); ``running_datasette(db_path)`` starts ``datasette serve`` exactly as
``dtcrawl serve`` does, on a free port, and waits until it answers.
"""

from __future__ import annotations

import contextlib
import http.client
import importlib.util
import json
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dtcrawl.legal_refs import find_legal_refs
from dtcrawl.pipelines import legal_ref_row
from dtcrawl.serve import ARCHIVE_DIR, datasette_command
from dtcrawl.storage import Archive

# Articles written for these tests. Keys are used by the tests to find ids.
ARTICLES: list[dict] = [
    {
        "key": "lg-hoinghi",
        "url": "https://lamgiang.gov.vn/portal/Pages/2024-03-05/Hoi-nghi-chuyen-doi-so.aspx",
        "portal": "lamgiang",
        "province": "Lam Giang",
        "title": "Lam Giang đẩy mạnh chuyển đổi số trong cơ quan nhà nước",
        "published_at": "2024-03-05T08:30:00+07:00",
        "author": "Minh Châu",
        "source": "Sở Khoa học và Công nghệ",
        "body": (
            "Sáng 5/3, Ủy ban nhân dân tỉnh Lam Giang tổ chức hội nghị sơ kết công tác chuyển "
            "đổi số năm 2023 và triển khai nhiệm vụ năm 2024.\n\n"
            "Theo báo cáo, tỉnh đã hoàn thành kết nối nền tảng tích hợp, chia sẻ dữ liệu (LGSP) "
            "với Cổng Dịch vụ công quốc gia; tỷ lệ hồ sơ được số hóa đạt 72%.\n\n"
            "Phát biểu chỉ đạo, Phó Chủ tịch tỉnh đề nghị các sở, ngành thực hiện nghiêm Quyết "
            "định 749/QĐ-TTg và coi CĐS là nhiệm vụ trọng tâm."
        ),
        "relevant": 1,
    },
    {
        "key": "sokhcn-hoinghi",
        "url": "https://sokhcn.lamgiang.gov.vn/vi/news/chuyen-doi-so/hoi-nghi-so-ket-123.html",
        "portal": "sokhcn-lamgiang",
        "province": "Lam Giang",
        "title": "Lam Giang đẩy mạnh chuyển đổi số trong cơ quan nhà nước",
        "published_at": "2024-03-06T10:00:00+07:00",
        "author": None,
        "source": "Cổng TTĐT tỉnh Lam Giang",
        "body": None,  # the same text as lg-hoinghi (republished)
        "relevant": 1,
        "duplicate_of": "lg-hoinghi",
    },
    {
        "key": "hs-ioc",
        "url": "https://hoason.gov.vn/Trang/ChiTietTinTuc.aspx?nid=4512",
        "portal": "hoason",
        "province": "Hòa Sơn",
        "title": "Hòa Sơn khai trương Trung tâm giám sát, điều hành thông minh",
        "published_at": "2024-10-10T15:00:00+07:00",
        "author": "Thu Hà",
        "source": None,
        "body": (
            "Nhân Ngày Chuyển đổi số quốc gia 10/10, tỉnh Hòa Sơn khai trương Trung tâm giám "
            "sát, điều hành thông minh (IOC) đặt tại Sở Thông tin và Truyền thông.\n\n"
            "IOC kết nối dữ liệu từ hệ thống camera giao thông, phản ánh hiện trường và dịch vụ "
            "công trực tuyến, giúp lãnh đạo tỉnh theo dõi tình hình theo thời gian thực.\n\n"
            "Tỉnh đặt mục tiêu 80% thủ tục hành chính được cung cấp toàn trình trong năm 2025."
        ),
        "relevant": 1,
        "indicators": [
            {
                "indicator": "dvctt_toan_trinh",
                "value": 80.0,
                "unit": "%",
                "subject": "thủ tục hành chính được cung cấp toàn trình",
                "sentence": "Tỉnh đặt mục tiêu 80% thủ tục hành chính được cung cấp toàn trình.",
            },
        ],
    },
    {
        "key": "nt-dvctt",
        "url": "https://namthanh.gov.vn/-/view_content/8801-ty-le-dich-vu-cong-truc-tuyen",
        "portal": "namthanh",
        "province": "Nam Thành",
        "title": "Nam Thành: 85% dịch vụ công trực tuyến được cung cấp toàn trình",
        "published_at": "2025-01-15T09:00:00+07:00",
        "author": "Quốc Bảo",
        "source": "Văn phòng UBND tỉnh",
        "body": (
            "Đến hết năm 2024, tỉnh Nam Thành đã cung cấp 85% dịch vụ công trực tuyến toàn trình, "
            "vượt chỉ tiêu được giao.\n\n"
            "Người dân có thể nộp hồ sơ, thanh toán phí và nhận kết quả ngay trên Cổng Dịch vụ "
            "công của tỉnh mà không phải đến bộ phận một cửa.\n\n"
            "Sở Thông tin và Truyền thông cho biết sẽ tiếp tục rà soát quy trình để nâng cao trải "
            "nghiệm người dùng, góp phần vào công cuộc chuyển đổi số của tỉnh theo Quyết định "
            "749/QĐ-TTg và Quyết định 06/QĐ-TTg."
        ),
        "relevant": 1,
        "indicators": [
            {
                "indicator": "dvctt_toan_trinh",
                "value": 85.0,
                "unit": "%",
                "subject": "dịch vụ công trực tuyến toàn trình",
                "sentence": "Tỉnh Nam Thành đã cung cấp 85% dịch vụ công trực tuyến toàn trình.",
            },
        ],
    },
    {
        "key": "nt-motcua",
        "url": "https://namthanh.gov.vn/-/view_content/8790-mot-cua-cap-xa",
        "portal": "namthanh",
        "province": "Nam Thành",
        "title": "Bộ phận một cửa cấp xã tiếp nhận hồ sơ trực tuyến",
        "published_at": "2024-11-20T14:00:00+07:00",
        "author": None,
        "source": None,
        "body": (
            "Các xã của huyện Đông Hà đã tiếp nhận hồ sơ qua mạng từ đầu tháng 11.\n\n"
            "Cán bộ một cửa hướng dẫn người dân tạo tài khoản định danh điện tử VNeID để sử dụng "
            "dịch vụ công, nộp hồ sơ trực tuyến tại nhà."
        ),
        "relevant": 1,
    },
    {
        "key": "tp-de-an-06",
        "url": "https://cds.tayphong.gov.vn/vi/bai-viet/trien-khai-de-an-06",
        "portal": "cds-tayphong",
        "province": "Tây Phong",
        "title": "Tây Phong triển khai Đề án 06 đến từng thôn, bản",
        "published_at": "2023-06-12T07:45:00+07:00",
        "author": "Ngọc Ánh",
        "source": None,
        "body": (
            "Ban Chỉ đạo CĐS tỉnh Tây Phong yêu cầu các địa phương đẩy nhanh cấp tài khoản định "
            "danh điện tử theo Quyết định 06/QĐ-TTg.\n\n"
            "Tổ công nghệ số cộng đồng ở các thôn, bản được giao hướng dẫn người dân cài đặt và "
            "sử dụng ứng dụng VNeID."
        ),
        "relevant": 1,
    },
    {
        "key": "tp-attt",
        "url": "https://cds.tayphong.gov.vn/vi/bai-viet/dien-tap-an-toan-thong-tin",
        "portal": "cds-tayphong",
        "province": "Tây Phong",
        "title": "Diễn tập an toàn thông tin mạng năm 2024",
        "published_at": "2024-08-22T08:00:00+07:00",
        "author": None,
        "source": None,
        "body": (
            "Sở Thông tin và Truyền thông tỉnh Tây Phong phối hợp tổ chức diễn tập ứng cứu sự cố "
            "an toàn thông tin mạng cho 40 cán bộ chuyên trách.\n\n"
            "Đây là hoạt động thường niên nhằm bảo đảm ATTT cho hệ thống chính quyền số của tỉnh."
        ),
        "relevant": 1,
    },
    {
        "key": "lg-doisothanhchu",
        "url": "https://lamgiang.gov.vn/portal/Pages/2024-05-02/Huong-dan-doi-so-thanh-chu.aspx",
        "portal": "lamgiang",
        "province": "Lam Giang",
        "title": "Hướng dẫn chuyển đổi số thành chữ trong chứng từ kế toán",
        "published_at": "2024-05-02T16:20:00+07:00",
        "author": None,
        "source": None,
        "body": (
            "Khi lập chứng từ kế toán, kế toán viên cần chuyển đổi số tiền thành chữ đúng quy "
            "định, ví dụ 1.250.000 đồng viết là một triệu hai trăm năm mươi nghìn đồng."
        ),
        "relevant": 0,
    },
    {
        "key": "hs-script",
        "url": "https://hoason.gov.vn/Trang/ChiTietTinTuc.aspx?nid=4600",
        "portal": "hoason",
        "province": "Hòa Sơn",
        "title": "Cảnh báo mã độc <script> giả mạo cổng dịch vụ công",
        "published_at": "2025-02-03T10:10:00+07:00",
        "author": None,
        "source": None,
        "body": (
            "Trung tâm giám sát an toàn thông tin cảnh báo trang giả mạo chèn đoạn mã "
            "<script>alert(1)</script> để đánh cắp tài khoản.\n\n"
            "Người dân chỉ truy cập cổng dịch vụ công qua địa chỉ chính thức của tỉnh; đây là "
            "một phần nhiệm vụ bảo đảm an toàn cho chuyển đổi số."
        ),
        "relevant": 1,
    },
    {
        "key": "lg-dothi",
        "url": "https://lamgiang.gov.vn/portal/Pages/2025-03-18/Do-thi-thong-minh.aspx",
        "portal": "lamgiang",
        "province": "Lam Giang",
        "title": "Đề án đô thị thông minh thành phố Lam Giang giai đoạn 2025–2030",
        "published_at": "2025-03-18T09:30:00+07:00",
        "author": "Minh Châu",
        "source": None,
        "body": (
            "Thành phố Lam Giang phê duyệt đề án phát triển đô thị thông minh, ưu tiên giao thông "
            "thông minh, chiếu sáng công cộng và quản lý đất đai.\n\n"
            "Đề án bám sát Nghị quyết 57-NQ/TW về phát triển khoa học, công nghệ, đổi mới sáng "
            "tạo và chuyển đổi số quốc gia."
        ),
        "relevant": 1,
    },
    {
        "key": "hs-ioc-repost",
        "url": "https://hoason.gov.vn/Trang/ChiTietTinTuc.aspx?nid=4513",
        "portal": "hoason",
        "province": "Hòa Sơn",
        "title": "Khai trương IOC tỉnh Hòa Sơn",
        "published_at": "2024-10-11T08:00:00+07:00",
        "author": None,
        "source": None,
        "body": None,  # the same text as hs-ioc (republished)
        "relevant": 1,
        "duplicate_of": "hs-ioc",
    },
    {
        "key": "nt-kinhte",
        "url": "https://namthanh.gov.vn/-/view_content/8700-kinh-te-so",
        "portal": "namthanh",
        "province": "Nam Thành",
        "title": "Kinh tế số đóng góp 12% GRDP của Nam Thành",
        "published_at": "2023-12-28T11:00:00+07:00",
        "author": None,
        "source": None,
        "body": (
            "Năm 2023, kinh tế số của tỉnh Nam Thành ước đóng góp 12% GRDP; thương mại điện tử "
            "tăng mạnh nhờ các sàn giao dịch nông sản.\n\n"
            "Tỉnh tiếp tục hỗ trợ doanh nghiệp nhỏ và hộ kinh doanh đưa sản phẩm lên sàn."
        ),
        "relevant": 1,
        "indicators": [
            {
                "indicator": "kinh_te_so_grdp",
                "value": 12.0,
                "unit": "%",
                "subject": "kinh tế số trong GRDP",
                "sentence": "Kinh tế số của tỉnh Nam Thành ước đóng góp 12% GRDP.",
            },
        ],
    },
]

CRAWL_RUNS = [
    {
        "lamgiang": {"pages_fetched": 40, "new": 2, "errors": 0},
        "hoason": {"pages_fetched": 35, "new": 1, "errors": 3},
        "namthanh": {"pages_fetched": 30, "new": 0, "errors": 0},
    },
    {"lamgiang": {"pages_fetched": 38, "new": 1, "errors": 0}, "cds-tayphong": {"errors": 1}},
]
FETCHED_AT = "2025-03-21T02:05:00+07:00"
NOT_RECORD_FIELDS = {"key", "duplicate_of", "indicators"}  # test-only keys of ARTICLES


def article_body(article: dict, articles: list[dict] = ARTICLES) -> str:
    """The body of a test article (a republished one has the text of the story it repeats)."""
    if article["body"] is None:
        return article_body(next(a for a in articles if a["key"] == article["duplicate_of"]))
    return article["body"]


def build_test_archive(
    path: str | Path, articles: list[dict] = ARTICLES, runs: list[dict] = CRAWL_RUNS
) -> dict[str, int]:
    """Write the test archive to ``path`` with :class:`dtcrawl.storage.Archive`; return ids.

    Legal references are found in the bodies by :func:`dtcrawl.legal_refs.find_legal_refs`,
    duplicates are linked by the archive itself (checked against the ``duplicate_of`` keys).
    """
    ids: dict[str, int] = {}
    with Archive(path) as archive:
        for article in articles:
            body = article_body(article, articles)
            record = {k: v for k, v in article.items() if k not in NOT_RECORD_FIELDS}
            record.update(
                body=body,
                fetched_at=FETCHED_AT,
                relevance_terms={"chuyển đổi số": 1} if article["relevant"] else {},
            )
            result = archive.save_article(
                record,
                url_variants=[article["url"] + ("&" if "?" in article["url"] else "?") + "print=1"],
                legal_refs=[legal_ref_row(ref) for ref in find_legal_refs(body)],
                indicators=article.get("indicators", []),
            )
            ids[article["key"]] = result.article_id
            expected = ids.get(article.get("duplicate_of"))
            if result.duplicate_of != expected:
                raise AssertionError(f"{article['key']}: linked to {result.duplicate_of}")
        for stats in runs:
            run_id = archive.start_run(sorted(stats))
            archive.finish_run(run_id, "completed", stats)
    return ids


def free_port() -> int:
    """A TCP port that is free on 127.0.0.1 right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Server:
    """A running Datasette: its base URL and process."""

    url: str
    process: subprocess.Popen

    def get(self, path: str) -> tuple[int, dict[str, str], bytes]:
        """GET ``path``; return status, headers (lower-case names) and body."""
        return self.request("GET", path)

    def request(self, method: str, path: str, body: bytes | None = None, headers=None):
        """Send one HTTP request; return status, headers (lower-case names) and body."""
        host, port = self.url.removeprefix("http://").split(":")
        conn = http.client.HTTPConnection(host, int(port), timeout=30)
        try:
            conn.request(method, path, body=body, headers=headers or {})
            response = conn.getresponse()
            return (
                response.status,
                {k.lower(): v for k, v in response.getheaders()},
                response.read(),
            )
        finally:
            conn.close()

    def json(self, path: str):
        """GET ``path`` and parse it as JSON (asserting a 200)."""
        status, _, body = self.get(path)
        assert status == 200, (path, status, body[:500])
        return json.loads(body)


def wait_until_serving(url: str, process: subprocess.Popen, timeout: float = 60.0) -> None:
    """Poll ``url`` until it answers; fail early if the process exits."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"datasette exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(url + "/-/versions.json", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.05)  # polling interval, not synchronisation
    raise TimeoutError(f"datasette did not answer at {url} within {timeout}s")


@contextlib.contextmanager
def running_datasette(db_path: str | Path) -> Iterator[Server]:
    """Start ``datasette serve`` as ``dtcrawl serve`` would, on a free port; stop it after."""
    port = free_port()
    log_path = Path(db_path).with_name(f"datasette-{port}.log")
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            datasette_command(db_path, "127.0.0.1", port), stdout=log, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        try:
            wait_until_serving(url, process)
        except (RuntimeError, TimeoutError) as exc:
            log_tail = log_path.read_text("utf-8", "replace")[-3000:]
            raise RuntimeError(f"{exc}\n{log_tail}") from exc
        yield Server(url, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def load_plugin(name: str):
    """Import one of ``archive/plugins/<name>.py`` as a module (for its pure helpers)."""
    spec = importlib.util.spec_from_file_location(name, ARCHIVE_DIR / "plugins" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
