"""Exact and near-duplicate detection on hand-written articles."""

from __future__ import annotations

import hashlib

import numpy as np
from datasketch import MinHash

from dtcrawl import dedup

ORIGINAL = "\n\n".join(
    [
        "Sáng 12/3, Ủy ban nhân dân tỉnh Lam Giang tổ chức hội nghị sơ kết một năm triển khai "
        "Đề án 06 và nhiệm vụ chuyển đổi số trên địa bàn tỉnh. Đồng chí Phó Chủ tịch Ủy ban nhân "
        "dân tỉnh chủ trì hội nghị.",
        "Theo báo cáo của Sở Khoa học và Công nghệ, đến hết tháng 2, toàn tỉnh đã có 1.845 thủ "
        "tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ "
        "nộp trực tuyến đạt 68,4%. Hệ thống một cửa điện tử đã kết nối với Cổng Dịch vụ công "
        "quốc gia, người dân có thể theo dõi tiến độ giải quyết hồ sơ trên điện thoại.",
        "Tổ công nghệ số cộng đồng ở 142 xã, phường, thị trấn đã hướng dẫn hơn 96 nghìn người "
        "dân kích hoạt tài khoản định danh điện tử mức độ hai, cài đặt ứng dụng thanh toán "
        "không dùng tiền mặt và sử dụng sổ sức khỏe điện tử. Nhiều xã vùng cao đã lắp đặt điểm "
        "phát sóng miễn phí tại nhà văn hóa thôn.",
        "Tuy vậy, hạ tầng mạng ở một số thôn bản còn yếu, nhân lực công nghệ thông tin cấp xã "
        "còn thiếu, việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính chưa đạt chỉ tiêu. "
        "Một số cơ sở dữ liệu chuyên ngành chưa được chia sẻ qua nền tảng tích hợp của tỉnh.",
        "Phát biểu kết luận, Phó Chủ tịch yêu cầu các sở, ngành và địa phương rà soát lại quy "
        "trình nội bộ, bảo đảm an toàn thông tin, hoàn thành việc làm sạch dữ liệu dân cư trước "
        "ngày 30/6 và đưa Trung tâm giám sát, điều hành thông minh vào vận hành chính thức "
        "trong quý III.",
    ]
)

# Republished by another portal: a lead prefix and reworded lead, the fourth paragraph
# shortened, an added source line.
SYNDICATED = "\n\n".join(
    [
        "CTTĐT - Ngày 12/3, tỉnh Lam Giang đã sơ kết một năm thực hiện Đề án 06 gắn với chuyển "
        "đổi số. Hội nghị do Phó Chủ tịch Ủy ban nhân dân tỉnh chủ trì.",
        "Theo báo cáo của Sở Khoa học và Công nghệ, đến hết tháng 2, toàn tỉnh đã có 1.845 thủ "
        "tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình, tỷ lệ hồ sơ "
        "nộp trực tuyến đạt 68,4%. Hệ thống một cửa điện tử đã kết nối với Cổng Dịch vụ công "
        "quốc gia, người dân có thể theo dõi tiến độ giải quyết hồ sơ trên điện thoại.",
        "Tổ công nghệ số cộng đồng ở 142 xã, phường, thị trấn đã hướng dẫn hơn 96 nghìn người "
        "dân kích hoạt tài khoản định danh điện tử mức độ hai, cài đặt ứng dụng thanh toán "
        "không dùng tiền mặt và sử dụng sổ sức khỏe điện tử. Nhiều xã vùng cao đã lắp đặt điểm "
        "phát sóng miễn phí tại nhà văn hóa thôn.",
        "Tuy vậy, hạ tầng mạng ở một số thôn bản còn yếu, nhân lực công nghệ thông tin cấp xã "
        "còn thiếu.",
        "Phát biểu kết luận, Phó Chủ tịch yêu cầu các sở, ngành và địa phương rà soát lại quy "
        "trình nội bộ, bảo đảm an toàn thông tin, hoàn thành việc làm sạch dữ liệu dân cư trước "
        "ngày 30/6 và đưa Trung tâm giám sát, điều hành thông minh vào vận hành chính thức "
        "trong quý III.",
        "Nguồn: Báo Lam Giang",
    ]
)

# A different article: the same formulaic opening and the same template paragraphs.
OPENING = (
    "Sáng 12/3, Ủy ban nhân dân tỉnh Lam Giang tổ chức hội nghị sơ kết một năm triển khai Đề án "
    "06 và nhiệm vụ chuyển đổi số trên địa bàn tỉnh."
)
TEMPLATE = (
    "Người dân, doanh nghiệp cần hỗ trợ về dịch vụ công trực tuyến vui lòng liên hệ tổng đài "
    "của Trung tâm Phục vụ hành chính công tỉnh trong giờ hành chính để được hướng dẫn."
)
NEGATIVE_A = "\n\n".join(
    [
        OPENING + " Hội nghị được kết nối trực tuyến tới 11 huyện, thành phố.",
        "Tại điểm cầu huyện Tân Lộc, Chủ tịch huyện cho biết huyện đã cấp 4.210 chữ ký số cho "
        "cán bộ, công chức và người dân, đưa tỷ lệ văn bản điện tử có ký số lên 97%. Huyện đề "
        "nghị tỉnh hỗ trợ kinh phí nâng cấp đường truyền cho các xã phía tây.",
        "Đại diện Công an tỉnh thông tin, lực lượng công an đã thu nhận hồ sơ định danh điện tử "
        "tại 38 điểm lưu động, ưu tiên người cao tuổi và người khuyết tật.",
        TEMPLATE,
    ]
)
NEGATIVE_B = "\n\n".join(
    [
        OPENING + " Các đại biểu tập trung thảo luận về thanh toán không dùng tiền mặt.",
        "Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh cho biết 82% trường học đã thu học phí "
        "không dùng tiền mặt, các bệnh viện tuyến tỉnh đều đã triển khai thanh toán viện phí "
        "qua mã QR. Tuy nhiên, ở các chợ nông thôn, tiểu thương vẫn quen dùng tiền mặt.",
        "Hội Liên hiệp Phụ nữ tỉnh đề xuất nhân rộng mô hình chợ số, mỗi sạp hàng có một mã "
        "thanh toán riêng, kèm theo các buổi hướng dẫn cho hội viên vào chiều thứ bảy.",
        TEMPLATE,
    ]
)


def test_content_hash_ignores_form_but_not_content():
    decomposed = "Chuye\u0302\u0309n đổi số  tỉnh\n\n\nLam Giang"
    assert dedup.content_hash(decomposed) == dedup.content_hash("Chuyển đổi số tỉnh\n\nLam Giang")
    with_source = ORIGINAL + "\n\nNguồn: Sở Khoa học và Công nghệ"
    assert dedup.content_hash(with_source) == dedup.content_hash(ORIGINAL)
    assert dedup.content_hash(ORIGINAL) != dedup.content_hash(ORIGINAL.replace("68,4%", "68,5%"))
    assert dedup.fingerprint(with_source).content_hash == dedup.content_hash(ORIGINAL)


def test_shingles_are_taken_on_folded_words():
    assert dedup.shingles("CHUYỂN ĐỔI SỐ tỉnh nhà", k=3) == dedup.shingles(
        "chuyen doi so tinh nha", k=3
    )
    assert dedup.shingles("một hai", k=5) == {"mot hai"}
    assert dedup.shingles("") == set()


def test_syndicated_copy_is_a_near_duplicate():
    same, jaccard = dedup.is_near_duplicate(ORIGINAL, SYNDICATED)
    assert same, jaccard
    assert jaccard < 1.0


def test_articles_sharing_opening_and_template_are_not_duplicates():
    for a, b in [(NEGATIVE_A, NEGATIVE_B), (ORIGINAL, NEGATIVE_A), (ORIGINAL, NEGATIVE_B)]:
        same, jaccard = dedup.is_near_duplicate(a, b)
        assert not same
        assert jaccard < dedup.THRESHOLD - 0.1


def test_short_texts_are_never_near_duplicates():
    assert dedup.is_near_duplicate(
        "Lịch tiếp công dân tuần 12.", "Lịch tiếp công dân tuần 12."
    ) == (
        False,
        1.0,
    )
    assert not dedup.fingerprint("Đang cập nhật").dedupable
    assert dedup.fingerprint("").band_keys == ()


def test_hashed_similarity_matches_the_jaccard_of_shingle_strings():
    exact = dedup.similarity(dedup.shingles(ORIGINAL), dedup.shingles(SYNDICATED))
    hashed = dedup.hashed_similarity(
        dedup.body_shingle_hashes(ORIGINAL), dedup.body_shingle_hashes(SYNDICATED)
    )
    assert abs(exact - hashed) < 1e-9


def test_minhash_equals_datasketch_update_batch():
    hashes = dedup.body_shingle_hashes(ORIGINAL)
    reference = MinHash(num_perm=dedup.NUM_PERM, seed=1, hashfunc=int)
    reference.update_batch([int(h) & 0xFFFFFFFF for h in hashes])
    assert np.array_equal(dedup.minhash(ORIGINAL).hashvalues, reference.hashvalues)


def test_minhash_estimate_is_close_to_the_exact_jaccard():
    _, exact = dedup.is_near_duplicate(ORIGINAL, SYNDICATED)
    estimate = dedup.minhash(ORIGINAL).jaccard(dedup.minhash(SYNDICATED))
    assert abs(estimate - exact) < 0.15


def test_band_keys_are_shared_by_the_copy_and_deterministic():
    original = dedup.fingerprint(ORIGINAL).band_keys
    assert original == dedup.fingerprint(ORIGINAL).band_keys
    assert len(original) == dedup.BANDS
    assert len(set(original)) == dedup.BANDS  # the band number is part of the key
    copy = dedup.fingerprint(SYNDICATED).band_keys
    assert set(original) & set(copy)
    assert not set(dedup.fingerprint(NEGATIVE_A).band_keys) & set(
        dedup.fingerprint(NEGATIVE_B).band_keys
    )


def test_band_keys_are_4_byte_integers_that_depend_on_the_band():
    keys = dedup.fingerprint(ORIGINAL).band_keys
    assert all(isinstance(k, int) and -(2**31) <= k < 2**31 for k in keys)
    # the same values in another band give another key
    signature = dedup.minhash(ORIGINAL)
    same = MinHash(num_perm=dedup.NUM_PERM, seed=1)
    same.hashvalues[:] = np.tile(signature.hashvalues[: dedup.ROWS], dedup.BANDS)
    tiled = dedup.lsh_keys(same)
    assert len(set(tiled)) == dedup.BANDS
    assert tiled[0] == keys[0]  # band 0 holds the same values as the original's band 0


def test_source_line_variants():
    body = "Nội dung chính của bài."
    for line in ["Nguồn: Báo Lam Giang", "(Nguồn: Cổng TTĐT tỉnh)", "Theo Báo Hòa Sơn"]:
        assert dedup.strip_source_line(body + "\n\n" + line) == body
    closing = body + "\n\nTheo đó, tỉnh sẽ hoàn thành trước ngày 30/6."
    assert dedup.strip_source_line(closing) == closing


def test_fingerprint_values_are_those_archives_already_hold():
    # Computed by the first implementation (main at a040599): band keys stored in existing
    # archives must keep matching, so any change of these values is a change of SCHEME.
    def digest(data: bytes) -> str:
        return hashlib.sha256(data).hexdigest()[:16]

    expected = {
        ORIGINAL: (
            "3ad75a23a184266cd090ffd851c2cec1e68fa42270ec10e4073481e68a32b7af",
            307,
            [-105149242, 2076188035, -1136425729, -893147134],
            "ca6086a216b6e873",
            "eeee8aaaeed6b5ac",
            "44e35bbeae2e763a",
        ),
        SYNDICATED: (
            "91b1a1524fd709d8065f9d7bfbac5233a450186ce37d4f06b1d5c087caf36881",
            263,
            [-105149242, 1836343544, -1072766263, -893147134],
            "dbed878e4e70ae1b",
            "22a863e183dde137",
            "92f7f47c5357c76e",
        ),
    }
    for text, (content_hash, words, first_keys, shingles, signature, keys) in expected.items():
        fp = dedup.fingerprint(text)
        assert fp.content_hash == content_hash
        assert fp.word_count == words
        assert list(fp.band_keys[:4]) == first_keys
        assert digest(fp.shingles.tobytes()) == shingles
        assert digest(fp.signature) == signature
        assert digest(repr(fp.band_keys).encode()) == keys
        # the same values whether the body comes tidy, untidy or as stored
        untidy = "  " + text.replace(" ", " \u00a0").replace("\n\n", "\r\n\r\n\r\n") + " "
        for other in (dedup.fingerprint(untidy), dedup.fingerprint(text, normalized=True)):
            assert other.content_hash == content_hash
            assert other.band_keys == fp.band_keys
            assert other.signature == fp.signature
            assert np.array_equal(other.shingles, fp.shingles)


def test_mersenne_reduction_equals_the_modulo_near_the_prime():
    p = 2**61 - 1
    values = [0, 1, p - 8, p - 1, p, p + 1, p + 6, p + 7, 2**61, 2**62 - 1, 2**63, 2**64 - 1]
    values += [k * p + r for k in (1, 2, 7) for r in (0, 1, p - 1) if k * p + r < 2**64]
    array = np.array(values, dtype=np.uint64)
    assert dedup._mod_mersenne(array.copy()).tolist() == [v % p for v in values]


def _reference_signature(hashes: np.ndarray) -> np.ndarray:
    reference = MinHash(num_perm=dedup.NUM_PERM, seed=1, hashfunc=int)
    reference.update_batch([int(h) & 0xFFFFFFFF for h in hashes])
    return reference.hashvalues


def test_minhash_shortcut_is_exact_or_steps_aside():
    """The fast MinHash gives datasketch's values, and hands the rare values near 2**32 (where
    its shortcut could be wrong) to the exact computation."""
    rng = np.random.default_rng(8)
    for size in (1, 7, 700, 1500, 30):  # the work space grows past 1,024 shingles, then shrinks
        hashes = rng.integers(0, 2**64, size, dtype=np.uint64, endpoint=False)
        low = dedup._low_minima(hashes)
        assert low is not None
        assert np.array_equal(low, _reference_signature(hashes))
    # A hash that a permutation with an odd multiplier takes to 0xFFFFFFFF in its low 32 bits:
    # a * h + b = -1 (mod 2**32) solved for h.
    a, b = next(
        (int(a) % 2**32, int(b) % 2**32)
        for a, b in zip(dedup._PERM_A, dedup._PERM_B, strict=True)
        if int(a) % 2
    )
    edge = ((2**32 - 1 - b) * pow(a, -1, 2**32)) % 2**32
    hashes = np.array([3, edge, 2**40 + edge], dtype=np.uint64)
    assert dedup._low_minima(hashes) is None
    assert np.array_equal(dedup.minhash_of_hashes(hashes).hashvalues, _reference_signature(hashes))


def test_fingerprint_words_are_counted_through_punctuation_and_source_lines():
    text = "Đạt 98,5%; (số 2) e-Gov/CĐS...\n\n" + ORIGINAL + "\n\nNguồn: Sở KH&CN (Lam Giang)"
    fp = dedup.fingerprint(text)
    assert fp.word_count == len(dedup.words(text))
    assert np.array_equal(fp.shingles, dedup.body_shingle_hashes(text))
    assert fp.signature == np.asarray(dedup.minhash(text).hashvalues, dtype="<u4").tobytes()


def test_permutations_and_constants_are_datasketchs_without_importing_it():
    import subprocess
    import sys

    from datasketch import minhash as datasketch_minhash

    permutations = MinHash(num_perm=dedup.NUM_PERM, seed=1).permutations
    assert np.array_equal(dedup._PERM_A, permutations[0])
    assert np.array_equal(dedup._PERM_B, permutations[1])
    assert dedup._MERSENNE_PRIME == datasketch_minhash._mersenne_prime
    assert dedup._MAX_HASH == datasketch_minhash._max_hash
    empty = dedup.minhash_of_hashes(np.array([], dtype=np.uint64))
    assert np.array_equal(empty.hashvalues, MinHash(num_perm=dedup.NUM_PERM, seed=1).hashvalues)
    # The crawl's processes fingerprint articles without importing datasketch (nor scipy).
    code = (
        "import sys; from dtcrawl import cleaning, dedup; "
        "dedup.fingerprint('một hai ba bốn năm sáu bảy tám chín mười ' * 5); "
        "print('datasketch' in sys.modules, 'scipy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
