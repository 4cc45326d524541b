"""Benchmark: deduplicating archive inserts at 10k, 50k and 200k articles.

Run: ``python -m dtcrawl.bench.dedup [--quick] [--commit-every N]``.

Synthetic Vietnamese-like news articles (400-800 words, our own vocabulary mixed at random) are
inserted one by one into a fresh :class:`dtcrawl.storage.Archive` in a temporary directory, each
in its own transaction (``--commit-every N``: N to a transaction, as a crawl groups them). The
archive grows to the largest size; the time per 1,000 inserts (wall, and CPU of the process,
steadier on a shared machine) is measured on the 1,000 inserts that end at each checkpoint size,
so the figures show how the cost of an insert grows with the archive (the LSH band table keeps
it flat). Planted among them:

- ~5% *syndicated copies* of an earlier article, published by another portal: reworded lead,
  one paragraph shortened, a lead prefix, an added "Nguồn: ..." line; a third of them carry an
  earlier publication time than their original (the copy must then become the story);
- ~5% *hard negatives*: a different article that opens with the same formulaic sentence as an
  earlier one and shares the portal's template paragraphs.

Each portal also appends a template closing paragraph to a quarter of its articles (boilerplate
the cleaner missed), which puts many articles into the same LSH buckets.

Precision and recall are counted over pairs of articles linked into one story (a story of n
copies is n*(n-1)/2 pairs), against the planted truth.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import combinations
from pathlib import Path

# --- vocabulary (our own text) -----------------------------------------------------------------

_SUBJECTS = """Ủy ban nhân dân tỉnh|Sở Khoa học và Công nghệ|Ban Chỉ đạo chuyển đổi số tỉnh|
Trung tâm Phục vụ hành chính công|Ủy ban nhân dân huyện Tân Lộc|Hội Nông dân tỉnh|Tỉnh đoàn|
Bưu điện tỉnh|Sở Tài chính|Sở Y tế|Sở Giáo dục và Đào tạo|Công an tỉnh|Văn phòng Ủy ban nhân dân tỉnh|
Sở Nội vụ|Ủy ban nhân dân thành phố Bến Mây|Tổ công nghệ số cộng đồng xã Phú An|Liên minh Hợp tác xã|
Hội Liên hiệp Phụ nữ tỉnh|Trung tâm Công nghệ thông tin và Truyền thông|Sở Công Thương|
Ban Quản lý các khu công nghiệp|Ủy ban nhân dân xã Hòa Thuận|Bệnh viện Đa khoa tỉnh|
Trường Cao đẳng Kỹ thuật|Chi cục Thuế khu vực|Bảo hiểm xã hội tỉnh|Kho bạc Nhà nước tỉnh|
Sở Nông nghiệp và Môi trường|Đài Phát thanh và Truyền hình tỉnh|Hiệp hội Doanh nghiệp tỉnh"""
_VERBS = """triển khai|tổ chức|ban hành|hướng dẫn|đánh giá|kiểm tra|tập huấn|phối hợp thực hiện|
đẩy mạnh|hoàn thành|tuyên truyền|nâng cấp|xây dựng|vận hành thử|rà soát|tổng kết|khảo sát|
chuẩn hóa|tích hợp|cập nhật|mở rộng|hỗ trợ|thí điểm|số hóa|kết nối|giám sát|đôn đốc|phổ biến|
ứng dụng|chuyển giao"""
_OBJECTS = """nền tảng số|dịch vụ công trực tuyến|hồ sơ điện tử|chữ ký số|hệ thống họp không giấy|
kho dữ liệu dùng chung|ứng dụng định danh điện tử|thanh toán không dùng tiền mặt|
trung tâm giám sát điều hành thông minh|cơ sở dữ liệu đất đai|phần mềm quản lý văn bản|
sàn thương mại điện tử|hạ tầng mạng băng rộng|camera giám sát an ninh|sổ sức khỏe điện tử|
học bạ số|bản đồ số du lịch|hệ thống một cửa điện tử|nền tảng tích hợp chia sẻ dữ liệu|
mô hình chợ số|tài khoản thanh toán|kỹ năng số cho người dân|an toàn thông tin mạng|
hóa đơn điện tử|điện toán đám mây|trợ lý ảo cho cán bộ|cổng thông tin điện tử|mã QR truy xuất nguồn gốc|
phòng họp trực tuyến|dữ liệu dân cư"""
_PLACES = """tại xã Phú An|trên địa bàn huyện Tân Lộc|ở thành phố Bến Mây|tại các xã vùng cao|
ở khu vực biên giới|tại thị trấn Hòa Lạc|trong các trường học|tại các cơ sở y tế|
ở các chợ truyền thống|tại khu công nghiệp Nam Cầu|trên toàn tỉnh|tại huyện đảo Cồn Mây|
ở phường Đông Thành|tại các hợp tác xã|trong khối cơ quan nhà nước|ở bản Nà Lương"""
_TIMES = """trong năm 2024|từ đầu tháng 3|đến hết quý II|trong sáu tháng đầu năm|từ ngày 15/8|
giai đoạn 2021 - 2025|trong tuần qua|đến cuối năm nay|từ tháng 10/2023|trong quý IV|
trước ngày 30/6|năm 2025"""
_CONNECTORS = """Theo đó,|Bên cạnh đó,|Đồng thời,|Qua đó,|Ngoài ra,|Cụ thể,|Trước đó,|
Tiếp đó,|Nhờ vậy,|Tuy nhiên,|Mặt khác,|Để làm được điều này,"""
_UNITS = """hồ sơ|người dân|doanh nghiệp|tài khoản|thủ tục|cán bộ|hộ gia đình|lượt truy cập|
giao dịch|điểm phát sóng|học sinh|sản phẩm OCOP"""
_FILLER = """hiệu quả|thiết thực|đồng bộ|kịp thời|minh bạch|an toàn|thuận tiện|nhanh chóng|
chủ động|sáng tạo|quyết liệt|bền vững|toàn diện|rõ rệt|tích cực|linh hoạt|cụ thể|chặt chẽ|
người dân|doanh nghiệp|chính quyền|cơ sở|địa phương|lãnh đạo|đơn vị|ngành|lĩnh vực|nhiệm vụ|
giải pháp|mục tiêu|kết quả|chỉ tiêu|kế hoạch|chương trình|đề án|phong trào|năng lực|chất lượng|
trải nghiệm|quy trình|thời gian|chi phí|nguồn lực|kinh phí|tiến độ|hạ tầng|dữ liệu|nhân lực|
nâng cao|giảm bớt|tiết kiệm|rút ngắn|bảo đảm|thúc đẩy|tăng cường|khuyến khích|phát huy|
tháo gỡ|khắc phục|duy trì|củng cố|lan tỏa|gắn với|phục vụ|đáp ứng|hướng tới|góp phần|
trong|cho|với|của|và|các|những|nhiều|mọi|từng|đã|đang|sẽ|được|cùng|thêm|hơn|rất|đều"""
_CLAUSES = """nhằm|để|qua đó|góp phần|từ đó|bảo đảm|giúp|hướng tới|với mục tiêu"""


def _split(block: str) -> list[str]:
    return [item.strip() for item in block.replace("\n", "").split("|") if item.strip()]


SUBJECTS, VERBS, OBJECTS, PLACES = (_split(b) for b in (_SUBJECTS, _VERBS, _OBJECTS, _PLACES))
TIMES, CONNECTORS, UNITS, FILLER = (_split(b) for b in (_TIMES, _CONNECTORS, _UNITS, _FILLER))
CLAUSES = _split(_CLAUSES)
PORTALS = ["lamgiang", "hoason", "namthanh", "sokhcn-lamgiang", "cds-tayphong", "bienthuy"]
SOURCES = ["Báo Lam Giang", "Sở Khoa học và Công nghệ", "Cổng TTĐT tỉnh Hòa Sơn", "Đài PT-TH tỉnh"]
LEAD_PREFIXES = ["CTTĐT - ", "(Cổng TTĐT tỉnh) - ", "", ""]
_TEMPLATE_SENTENCES = [
    "Đây là nhiệm vụ trọng tâm nhằm thực hiện thắng lợi Nghị quyết của Tỉnh ủy về chuyển đổi "
    "số đến năm 2025, định hướng đến năm 2030, đưa tỉnh vào nhóm dẫn đầu khu vực.",
    "Người dân, doanh nghiệp có nhu cầu được hỗ trợ vui lòng liên hệ đường dây nóng của Trung "
    "tâm Phục vụ hành chính công tỉnh để được hướng dẫn cụ thể trong giờ hành chính.",
]


def sentence(rng: random.Random) -> str:
    """One random news-like sentence of roughly 20-40 words."""
    parts = []
    if rng.random() < 0.35:
        parts.append(rng.choice(CONNECTORS))
    parts += [rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)]
    parts += rng.choices(FILLER, k=rng.randint(2, 5))
    if rng.random() < 0.6:
        parts.append(rng.choice(PLACES))
    if rng.random() < 0.5:
        parts.append(rng.choice(TIMES))
    if rng.random() < 0.6:
        parts += [
            ",",
            rng.choice(CLAUSES),
            rng.choice(VERBS),
            rng.choice(OBJECTS),
            *rng.choices(FILLER, k=rng.randint(2, 6)),
        ]
    if rng.random() < 0.4:
        parts += [
            ", với",
            f"{rng.randint(2, 98_000):,}".replace(",", "."),
            rng.choice(UNITS),
            *rng.choices(FILLER, k=rng.randint(1, 4)),
        ]
    text = " ".join(parts).replace(" ,", ",")
    return text[0].upper() + text[1:] + "."


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng) for _ in range(rng.randint(2, 5)))


def body_words(paragraphs: list[str]) -> int:
    return sum(len(p.split()) for p in paragraphs)


def article_paragraphs(rng: random.Random, opening: str | None = None) -> list[str]:
    """Paragraphs of one article of about 400-800 words."""
    target = rng.randint(400, 800)
    paragraphs = [paragraph(rng)]
    if opening:
        paragraphs[0] = opening + " " + paragraphs[0]
    while body_words(paragraphs) < target:
        paragraphs.append(paragraph(rng))
    return paragraphs


def syndicate(rng: random.Random, paragraphs: list[str]) -> list[str]:
    """A syndicated copy: reworded lead, a prefix, one paragraph shortened, a source line."""
    copy = list(paragraphs)
    lead_rest = copy[0].split(". ", 1)
    copy[0] = (
        rng.choice(LEAD_PREFIXES)
        + sentence(rng)
        + (" " + lead_rest[1] if len(lead_rest) > 1 else "")
    )
    i = rng.randrange(1, len(copy))
    sentences = copy[i].split(". ")
    if len(sentences) > 1:
        copy[i] = ". ".join(sentences[:-1]) + "."
    else:
        copy[i] = " ".join(copy[i].split()[: max(5, len(copy[i].split()) // 2)])
    copy.append(f"Nguồn: {rng.choice(SOURCES)}")
    return copy


@dataclass
class Planted:
    """The synthetic stream: records in insertion order and the planted truth."""

    records: list[dict] = field(default_factory=list)
    story_of: dict[str, str] = field(default_factory=dict)  # url -> url of the original


def generate(n: int, seed: int = 20251123):
    """Yield ``(record, original_url_or_None, kind)`` for ``n`` synthetic articles."""
    rng = random.Random(seed)
    start = datetime(2021, 1, 1, 7, 0)
    originals: list[tuple[str, list[str], datetime, str]] = []
    for i in range(n):
        portal = rng.choice(PORTALS)
        url = f"https://{portal}.example.gov.vn/tin-tuc/bai-{i}.html"
        published = start + timedelta(minutes=37 * i + rng.randint(0, 30))
        kind, original = "plain", None
        roll = rng.random()
        if originals and roll < 0.05:
            kind = "copy"
            original_url, paragraphs, original_published, original_portal = rng.choice(originals)
            paragraphs = syndicate(rng, paragraphs)
            original = original_url
            if rng.random() < 1 / 3:  # the copy was actually published first
                published = original_published - timedelta(hours=rng.randint(1, 48))
        elif originals and roll < 0.10:
            kind = "negative"
            _, other, _, _ = rng.choice(originals)
            opening = other[0].split(". ")[0].rstrip(".") + "."
            paragraphs = article_paragraphs(rng, opening=opening)
            paragraphs.insert(1, _TEMPLATE_SENTENCES[0])
            paragraphs.append(_TEMPLATE_SENTENCES[1])
        else:
            paragraphs = article_paragraphs(rng)
            if rng.random() < 0.25:
                paragraphs.append(_TEMPLATE_SENTENCES[1])
            # a bounded pool of recent originals to copy from (bounded memory for the benchmark)
            if len(originals) < 2_000:
                originals.append((url, paragraphs, published, portal))
            else:
                originals[rng.randrange(len(originals))] = (url, paragraphs, published, portal)
        title = sentence(rng)[:120]
        record = {
            "url": url,
            "portal": portal,
            "province": "Lam Giang",
            "title": title,
            "published_at": published.isoformat(timespec="seconds") + "+07:00",
            "body": "\n\n".join(paragraphs),
            "relevant": 1,
            "relevance_score": 0.9,
            "relevance_terms": {"chuyển đổi số": 1},
            "fetched_at": "2025-11-23T10:00:00+07:00",
            "extractor_version": "bench",
        }
        yield record, original, kind


# --- measurement ---------------------------------------------------------------------------------


def _pairs(groups: dict[str, list[int]]) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for members in groups.values():
        pairs.update(combinations(sorted(members), 2))
    return pairs


def precision_recall(archive, truth: dict[int, int]) -> tuple[float, float, int]:
    """Pairwise precision/recall of story links; ``truth`` maps article id -> true story id."""
    predicted: dict[str, list[int]] = {}
    for article_id, duplicate_of in archive.conn.execute(
        "SELECT id, duplicate_of FROM articles WHERE id IN "
        "(SELECT id FROM articles WHERE duplicate_of IS NOT NULL "
        " UNION SELECT duplicate_of FROM articles WHERE duplicate_of IS NOT NULL)"
    ):
        predicted.setdefault(str(duplicate_of or article_id), []).append(article_id)
    expected: dict[str, list[int]] = {}
    for article_id, story in truth.items():
        expected.setdefault(str(story), []).append(article_id)
    got, want = _pairs(predicted), _pairs(expected)
    hits = len(got & want)
    precision = hits / len(got) if got else 1.0
    recall = hits / len(want) if want else 1.0
    return precision, recall, len(want)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run(sizes: list[int], window: int, out=sys.stdout, commit_every: int = 1) -> list[dict]:
    from dtcrawl.storage import Archive

    rows = []
    with tempfile.TemporaryDirectory(prefix="dtcrawl-bench-dedup-") as tmp:
        archive = Archive(Path(tmp) / "bench.db", commit_every=commit_every)
        truth: dict[int, int] = {}
        id_of: dict[str, int] = {}
        started = time.perf_counter()
        in_window = 0.0  # seconds spent in save_article during the current window
        cpu_in_window = 0.0  # and CPU seconds of this process (steadier on a shared machine)
        checkpoints = set(sizes)
        window_starts = {size - window for size in sizes}
        for count, (record, original, _kind) in enumerate(generate(max(sizes)), start=1):
            if count - 1 in window_starts:
                in_window = cpu_in_window = 0.0
            before, cpu_before = time.perf_counter(), time.process_time()
            result = archive.save_article(record)
            in_window += time.perf_counter() - before
            cpu_in_window += time.process_time() - cpu_before
            id_of[record["url"]] = result.article_id
            if original is not None:
                story = id_of[original]
                truth.setdefault(story, story)
                truth[result.article_id] = truth[story]
            if count in checkpoints:
                elapsed = in_window
                precision, recall, planted = precision_recall(archive, truth)
                row = {
                    "articles": count,
                    "ms_per_1k": 1000 * elapsed * 1000 / window,
                    "cpu_ms_per_1k": 1000 * cpu_in_window * 1000 / window,
                    "planted_pairs": planted,
                    "precision": precision,
                    "recall": recall,
                    "peak_rss_mb": peak_rss_mb(),
                    "db_mb": sum(f.stat().st_size for f in Path(tmp).iterdir()) / 2**20,
                    "total_s": time.perf_counter() - started,
                }
                rows.append(row)
                print(
                    f"{row['articles']:>9,} {row['ms_per_1k'] / 1000:>12.2f} "
                    f"{row['ms_per_1k'] / rows[0]['ms_per_1k']:>8.2f} "
                    f"{row['cpu_ms_per_1k'] / 1000:>10.2f} "
                    f"{row['cpu_ms_per_1k'] / rows[0]['cpu_ms_per_1k']:>9.2f} {planted:>8} "
                    f"{precision:>9.4f} {recall:>7.4f} {row['peak_rss_mb']:>9.0f} "
                    f"{row['db_mb']:>8.0f} {row['total_s']:>8.0f}",
                    file=out,
                    flush=True,
                )
        archive.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="2k, 5k and 10k articles")
    parser.add_argument(
        "--commit-every",
        type=int,
        default=1,
        metavar="N",
        help="inserts per transaction (default 1: each its own, as Archive does by default; "
        "a crawl groups up to DTCRAWL_COMMIT_EVERY=100 writes or 1 s of them)",
    )
    args = parser.parse_args(argv)
    sizes = [2_000, 5_000, 10_000] if args.quick else [10_000, 50_000, 200_000]
    window = 1_000
    print(
        f"dedup benchmark: one archive grown to {max(sizes):,} articles; time of the "
        f"{window:,} inserts ending at each size"
        + (f"; {args.commit_every} inserts per transaction" if args.commit_every > 1 else "")
    )
    print(f"{'articles':>9} {'s per 1k':>12} {'ratio':>8} {'CPU s/1k':>10} {'CPU ratio':>9} "
          f"{'planted':>8} {'precision':>9} "
          f"{'recall':>7} {'rss MB':>9} {'db MB':>8} {'total s':>8}")  # fmt: skip
    rows = run(sizes, window, commit_every=args.commit_every)
    ratio = rows[-1]["ms_per_1k"] / rows[0]["ms_per_1k"]
    ok = (
        ratio <= 1.5
        and rows[-1]["peak_rss_mb"] < 2048
        and all(r["precision"] >= 0.99 and r["recall"] >= 0.95 for r in rows)
    )
    cpu_ratio = rows[-1]["cpu_ms_per_1k"] / rows[0]["cpu_ms_per_1k"]
    print(f"time per 1k at {max(sizes):,} = {ratio:.2f}x that at {min(sizes):,} (target <= 1.5; "
          f"CPU time {cpu_ratio:.2f}x); targets {'met' if ok else 'NOT met'}")  # fmt: skip
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
