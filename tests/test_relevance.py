"""Tests for dtcrawl.relevance: matching rules, scoring, hard cases and eval-set quality."""

from __future__ import annotations

import dataclasses
import math

import pytest

from dtcrawl.bench.relevance import EVAL_DIR, evaluate, load_eval_set
from dtcrawl.relevance import (
    DEFAULT_THRESHOLD,
    TITLE_WEIGHT,
    Relevance,
    RelevanceModel,
    default_model,
    score_relevance,
)

EVAL_ITEMS = {item.id: item for item in load_eval_set()}


def terms_in(text: str) -> dict[str, int]:
    return default_model().count_terms(text)


# --- matching: diacritics, case, abbreviations ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "chuyển đổi số",
        "CHUYỂN ĐỔI SỐ",
        "CHUYEN DOI SO",
        "chuyen doi so",
        "chuyển đổi sô",  # tone mark missing: still the same word
        "Chuye\u0302\u0309n đổi số",  # decomposed (windows-1258) input
        "CĐS",
        "CDS",
        "cds",
        "chuyển đổi kỹ thuật số",
    ],
)
def test_chuyen_doi_so_spellings_match(text):
    assert terms_in(f"Tỉnh đẩy mạnh {text} năm nay") == {"chuyển đổi số": 1}


def test_ky_thuat_so_counts_as_digital_technology():
    assert terms_in("truyền hình kỹ thuật số và kĩ thuật số") == {"công nghệ số": 2}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Trung tâm SOC của tỉnh", {"SOC": 1}),
        ("SOCIAL media và SOCOLA", {}),
        ("tỉnh Sóc Trăng", {}),
        ("TỈNH SÓC TRĂNG", {}),
        ("Trung tâm IOC tỉnh", {"IOC": 1}),
        ("IOCs và PIOC", {}),
        ("Chỉ số DTI năm 2024", {"DTI": 1}),
        ("DTIX và ADTI", {}),
        ("ứng dụng AI trong hành chính", {"trí tuệ nhân tạo": 1}),
        ("ai cũng biết", {}),
        ("tài khoản VNeID; vneid; VNEID", {"VNeID": 3}),
    ],
)
def test_abbreviations_match_whole_words_only(text, expected):
    assert terms_in(text) == expected


def test_single_so_syllable_is_never_a_term():
    assert terms_in("số liệu, số lượng, sổ sách, số 10, so sánh") == {}


# --- false friends ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "công cụ chuyển đổi số thành chữ",
        "chuyển đổi số sang chữ trong Excel",
        "chuyển đổi số liệu thống kê theo xã mới",
        "CHUYEN DOI SO LIEU",
        "chuyển đổi số đo từ mét sang xăng-ti-mét",
        "chuyển đổi số thuê bao cố định",
        "chuyển đổi số 11 số sang 10 số",
        "chuyển đổi số nhà trên tuyến phố",
        "chuyển đổi sở hữu tài sản",
        "số hóa đơn xuất ra tăng đột biến",
        "ký sổ vàng truyền thống",
        "nhân lực Sở Y tế",
        "kinh tế số 1 của vùng",
        "công dân sở tại",
    ],
)
def test_false_friends_do_not_match(text):
    assert terms_in(text) == {}


def test_false_friend_guard_keeps_real_mentions_nearby():
    text = "Chuyển đổi số liệu xong, tỉnh bàn về chuyển đổi số và số hóa hồ sơ."
    assert terms_in(text) == {"chuyển đổi số": 1, "số hóa": 1}


def test_ioc_near_olympic_is_the_olympic_committee():
    assert terms_in("Ủy ban Olympic quốc tế (IOC) họp tại Thụy Sĩ") == {}
    assert terms_in("IOC tỉnh nhận cảnh báo ngập úng") == {"IOC": 1}


def test_longer_term_wins_over_the_shorter_one_inside_it():
    assert terms_in("cấp chữ ký số cho cán bộ") == {"chữ ký số": 1}
    assert terms_in("văn bản được ký số") == {"ký số": 1}
    assert terms_in("nộp hồ sơ trên Cổng Dịch vụ công quốc gia") == {
        "Cổng Dịch vụ công quốc gia": 1
    }


# --- scoring ----------------------------------------------------------------------------------


def test_title_mention_weighs_more_than_body_mention():
    in_title = score_relevance("Họp không giấy", "Tin từ huyện.")
    in_body = score_relevance("Tin từ huyện", "Họp không giấy.")
    assert in_title.score == pytest.approx(TITLE_WEIGHT * in_body.score)
    assert in_title.title_terms == {"họp không giấy": 1}
    assert in_body.body_terms == {"họp không giấy": 1}


def test_repeated_mentions_have_diminishing_weight():
    once = score_relevance("", "Dịch vụ công trực tuyến.").score
    thrice = score_relevance("", "Dịch vụ công trực tuyến. " * 3).score
    assert once < thrice < 3 * once
    assert thrice == pytest.approx(once * (1 + math.log(3)), abs=1e-3)


def test_long_body_dilutes_a_single_mention():
    short = score_relevance("Tin", "Tỉnh đẩy mạnh chuyển đổi số. " + "Nông dân gặt lúa. " * 20)
    long = score_relevance("Tin", "Tỉnh đẩy mạnh chuyển đổi số. " + "Nông dân gặt lúa. " * 300)
    assert short.length_factor == 1.0 and long.length_factor > 1.0
    assert long.score < short.score


def test_threshold_argument_and_default():
    result = score_relevance("", "Triển khai thương mại điện tử.")
    assert result.score == pytest.approx(2.0)
    assert not result.relevant and result.threshold == DEFAULT_THRESHOLD
    assert score_relevance("", "Triển khai thương mại điện tử.", threshold=2.0).relevant


def test_empty_article_scores_zero():
    result = score_relevance("", "")
    assert (result.score, result.relevant, result.terms) == (0.0, False, {})


def test_result_is_frozen_and_explains_each_term():
    result = score_relevance(
        "Lam Giang: 100% hồ sơ trực tuyến toàn trình",
        "Người dân nộp hồ sơ trực tuyến. Hồ sơ trực tuyến tăng. Có cả chữ ký số.",
    )
    assert isinstance(result, Relevance)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.score = 0.0  # type: ignore[misc]
    assert result.terms == {"hồ sơ trực tuyến": 3, "toàn trình": 1, "chữ ký số": 1}
    lines = result.explain().splitlines()
    assert lines[0] == "hồ sơ trực tuyến: weight 2 × (title 1, body 2) = 7.39"
    assert lines[1] == "toàn trình: weight 2 × (title 1, body 0) = 4.00"
    assert lines[2] == "chữ ký số: weight 2.5 × (title 0, body 1) = 2.50"
    assert lines[-1] == "score 13.89 ≥ threshold 4.00: relevant"


def test_model_is_loaded_once():
    assert default_model() is default_model()


def test_model_from_entries_and_duplicate_terms_rejected():
    model = RelevanceModel([{"term": "đèn lồng", "weight": 5, "forms": ["đèn lồng"]}])
    assert model.score("Đèn lồng", "").relevant
    with pytest.raises(ValueError):
        RelevanceModel([{"term": "a b", "weight": 1}, {"term": "a b", "weight": 2}])


# --- hard cases of the evaluation set ---------------------------------------------------------


@pytest.mark.parametrize(
    "item_id, what",
    [
        ("hn-01", "farm story mentioning 'ứng dụng công nghệ' once"),
        ("hn-33", "long farm feature: 'ứng dụng công nghệ' and e-commerce once each"),
        ("hn-02", "budget session listing CĐS among twenty items"),
        ("hn-09", "socio-economic report mentioning CĐS and online filings once"),
        ("hn-21", "party congress report with CĐS among breakthroughs"),
        ("hn-03", "number-to-words converter"),
        ("hn-04", "'chuyển đổi số liệu' statistics"),
        ("hn-10", "telephone number conversion"),
        ("hn-05", "tax collection report mentioning e-invoices once"),
        ("hn-23", "'số hóa đơn' = number of invoices"),
        ("hn-06", "health insurance story with VNeID in passing"),
        ("hn-07", "IOC = International Olympic Committee"),
        ("hn-08", "'ký sổ vàng' is not 'ký số'"),
        ("hn-12", "online-fraud arrest by the cyber-security police unit"),
    ],
)
def test_hard_negatives_are_not_relevant(item_id, what):
    item = EVAL_ITEMS[item_id]
    assert item.label is False and item.kind == "hard_negative"
    result = score_relevance(item.title, item.body)
    assert not result.relevant, f"{what}: {result.explain()}"


@pytest.mark.parametrize(
    "item_id, what",
    [
        ("hp-01", "tourism app"),
        ("hp-02", "chuyển đổi số trong giáo dục"),
        ("hp-22", "school without paper grade books, sparse vocabulary"),
        ("hp-03", "IOC handles flooding"),
        ("hp-04", "e-invoice from cash registers campaign"),
        ("hp-05", "typed without diacritics"),
        ("hp-10", "all-caps title"),
        ("hp-11", "SOC story that also names Sóc Trăng"),
    ],
)
def test_hard_positives_are_relevant(item_id, what):
    item = EVAL_ITEMS[item_id]
    assert item.label is True and item.kind == "hard_positive"
    result = score_relevance(item.title, item.body)
    assert result.relevant, f"{what}: {result.explain()}"


# --- the evaluation set itself and the quality targets ----------------------------------------


def test_eval_set_shape():
    items = load_eval_set()
    assert len(items) >= 150
    assert len(EVAL_ITEMS) == len(items), "ids must be unique"
    assert {item.kind for item in items} == {
        "on_topic",
        "off_topic",
        "hard_negative",
        "hard_positive",
    }
    share = sum(item.label for item in items) / len(items)
    assert 0.40 <= share <= 0.55
    assert sum(len(item.body.split()) >= 300 for item in items) >= 5
    assert 25 <= len(load_eval_set(holdout=True)) <= 40
    first_file = sorted(EVAL_DIR.glob("*.yaml"))[0].read_text(encoding="utf-8")
    assert "LABELLING GUIDELINE" in first_file.split("items:")[0]


def test_eval_set_precision_and_recall_targets():
    scores = evaluate(load_eval_set())
    assert scores.precision >= 0.95, scores
    assert scores.recall >= 0.95, scores


def test_trie_pattern_finds_what_the_plain_alternation_of_forms_finds():
    """The compiled trie of forms gives the same match spans as the plain longest-first
    alternation it replaces, on every evaluation text and its upper-case copy."""
    import re

    from dtcrawl.relevance import _fold_aligned

    model = default_model()
    alternation = "|".join(pattern for _, pattern in model._folded_alternatives)
    plain = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
    texts = [f"{item.title}\n{item.body}" for item in EVAL_ITEMS.values()]
    texts += ["chuyen doi so lieu; chu ky so; ky so hoa; chuyen doi sochuyen doi so."]
    matches = 0
    for text in texts:
        for variant in (text, text.upper()):
            folded = _fold_aligned(variant)
            expected = [m.span() for m in plain.finditer(folded)]
            assert [m.span() for m in model._folded_regex.finditer(folded)] == expected
            matches += len(expected)
    assert matches > 300


def test_aligned_fold_table_folds_every_character_as_fold_char_does():
    """The precomputed table gives, for every character of the BMP and the upper-case letters
    beyond it, what folding that character alone gives (so offsets still match)."""
    import sys

    from dtcrawl.relevance import _fold_aligned, _fold_char

    chars = [chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000]
    chars += [c for c in map(chr, range(0x10000, sys.maxunicode + 1)) if c.lower() != c]
    text = "".join(chars)
    folded = _fold_aligned(text)
    assert len(folded) == len(text)
    assert folded == "".join(map(_fold_char, chars))
    assert _fold_aligned("CHUYỂN ĐỔI SỐ 𐐀") == "chuyen doi so 𐐨"


def test_tidy_bodies_reuse_the_body_fold_with_the_same_verdict():
    """A tidy body is scored from its plain fold (shared with the fingerprint); the verdict is
    the one the aligned fold of its normalised line gives, also where characters fold to
    nothing (combining marks) or lower-case by context (final sigma)."""
    from dtcrawl.relevance import _fold_aligned, _line_forms
    from dtcrawl.text import aligned_fold_body, normalize_line

    bodies = [item.body for item in EVAL_ITEMS.values()]
    bodies += [
        "Triển khai chuyển đổi số.\n\nỨng dụng CĐS ở xã ΟΔΟΣ và Σ.",
        "Chuye\u0302\u0309n đổi số\n\ntại xã",  # decomposed: folds to fewer characters
        "Chuyển đổi số  tại xã\n\n\n\nHòa Sơn",  # untidy: normalised first
    ]
    shared = 0
    for body in bodies:
        line, folded = _line_forms(body)
        assert line == normalize_line(body)
        assert folded == _fold_aligned(line)
        shared += aligned_fold_body(body) is not None
    assert shared > 50
    model = default_model()
    for body in bodies[-3:]:
        untidy = body.replace("\n\n", "\n \n")  # scored through normalize_line and _fold_aligned
        assert model.score("", body) == model.score("", untidy)
