"""The demo corpus: loader behaviour and the content rules every gold article must keep."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest

from dtcrawl.demo.corpus import (
    CorpusError,
    DemoArticle,
    all_articles,
    articles_by_key,
    corpus_directory,
    load_corpus,
)
from dtcrawl.text import fold

CORPUS_DIR = Path(str(corpus_directory()))
# The three portals written in lamgiang.yaml, hoason.yaml and namthanh.yaml, and how many
# articles each of those files holds (other files may add more articles to the same portal).
OWN_FILES = {"lamgiang.yaml": 14, "hoason.yaml": 13, "namthanh.yaml": 13}
ALL_PORTALS = {"lamgiang", "hoason", "namthanh", "sokhcn-lamgiang", "cds-tayphong"}
# Different stories that open with the same formula (dedup must keep them apart).
FALSE_MERGE_PAIRS = [
    ("lamgiang-07", "lamgiang-11"),
    ("hoason-03", "namthanh-05"),
    ("namthanh-01", "namthanh-10"),
]
# The same story republished by another portal (dedup must join them).
OWN_SYNDICATED = {"hoason-10": "lamgiang-10"}
# A cited document: state bodies "56/QĐ-UBND", "749/QĐ-TTg", "34/2024/QĐ-UBND"; Party
# documents "57-NQ/TW", "95-CTr/TU"; official letters "86549/UBND-NCKS".
CITATION = re.compile(
    r"\b\d{1,6}(?:/\d{4})?/(?:QĐ|KH|NQ|TB|CT|CĐ|KL|ĐA|TTr|BC|NĐ|TT)(?:-[A-ZĐ][A-Za-zĐ]*)+"
    r"|\b\d{1,6}-(?:NQ|KH|CT|CTr|KL|TB|QĐ|BC)/[A-ZĐ]+"
    r"|\b\d{2,6}/(?:UBND|BTTTT|STTTT|SKHCN|SGDĐT)-[A-ZĐ]+"
)
FIGURE = re.compile(r"\d+,\d+ ?%|\d{1,3}(?:\.\d{3})+|\d+/\d+ (?:thủ tục|xã|hồ sơ)|\d+ ?%")
EARLIEST, LATEST = datetime(2021, 1, 1), datetime(2026, 11, 20, 23, 59)


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[DemoArticle]]:
    return load_corpus()


@pytest.fixture(scope="module")
def articles(corpus) -> list[DemoArticle]:
    return [a for portal in corpus.values() for a in portal]


@pytest.fixture(scope="module")
def own(articles) -> list[DemoArticle]:
    return [a for a in articles if a.file in OWN_FILES]


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _shingles(text: str, size: int = 4) -> set[tuple[str, ...]]:
    words = _words(text)
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def _jaccard(a: str, b: str) -> float:
    left, right = _shingles(a), _shingles(b)
    return len(left & right) / len(left | right)


# --- the shipped corpus ---------------------------------------------------------------------


def test_own_files_present_with_their_article_counts(articles):
    for name, count in OWN_FILES.items():
        assert (CORPUS_DIR / name).is_file(), name
        assert sum(a.file == name for a in articles) == count, name


def test_corpus_size(corpus, own):
    assert len(own) == sum(OWN_FILES.values())
    if not ALL_PORTALS <= set(corpus):
        pytest.skip(f"only {sorted(corpus)} present; the 70-article floor needs all five portals")
    assert sum(len(portal) for portal in corpus.values()) >= 70


def test_keys_unique_and_own_keys_prefixed_by_portal(articles, own):
    keys = [a.key for a in articles]
    assert len(keys) == len(set(keys))
    for article in own:
        assert re.fullmatch(rf"{article.portal}-\d\d", article.key), article.key


def test_articles_sorted_by_published_within_each_portal(corpus):
    for portal in corpus.values():
        times = [a.published for a in portal]
        assert times == sorted(times)


def test_dates_in_range(articles):
    for article in articles:
        assert EARLIEST <= article.published <= LATEST, article.key
        assert article.published_iso.endswith("+07:00")
        if article.modified is not None:
            assert article.published <= article.modified <= LATEST, article.key
    own_years = {a.published.year for a in articles if a.file in OWN_FILES}
    assert own_years == {2021, 2022, 2023, 2024, 2025, 2026}


def test_every_syndicated_from_resolves_to_an_earlier_article(articles):
    index = articles_by_key(articles)
    for article in articles:
        if article.syndicated_from:
            origin = index[article.syndicated_from]
            assert origin.published <= article.published, article.key
            assert origin.key != article.key


def test_syndicated_copies_are_near_duplicates_not_identical(articles):
    index = articles_by_key(articles)
    for copy_key, origin_key in OWN_SYNDICATED.items():
        copy, origin = index[copy_key], index[origin_key]
        assert copy.syndicated_from == origin_key
        assert copy.portal != origin.portal
        assert copy.body != origin.body
        assert copy.relevant == origin.relevant
        assert copy.source is not None
        assert _jaccard(copy.body, origin.body) > 0.6, copy_key


def test_false_merge_pairs_share_an_opening_but_are_different_stories(articles):
    index = articles_by_key(articles)
    for left_key, right_key in FALSE_MERGE_PAIRS:
        left, right = index[left_key], index[right_key]
        assert left.syndicated_from is None and right.syndicated_from is None
        assert _words(left.paragraphs[0])[:3] == _words(right.paragraphs[0])[:3]
        shared = _shingles(left.paragraphs[0]) & _shingles(right.paragraphs[0])
        assert len(shared) >= 8, (left_key, right_key)
        assert _jaccard(left.body, right.body) < 0.3, (left_key, right_key)


def test_all_text_is_nfc_plain_and_free_of_bylines(articles):
    for article in articles:
        texts = [article.title, article.category, *article.paragraphs, *article.captions]
        texts += [t for t in (article.author, article.source) if t]
        texts += list(article.revised_paragraphs or ())
        for text in texts:
            assert unicodedata.is_normalized("NFC", text), (article.key, text[:40])
            assert not re.search(r"</?[a-zA-Z][^>]*>|&[a-z]+;", text), (article.key, text[:40])
        for paragraph in (*article.paragraphs, *(article.revised_paragraphs or ())):
            assert not re.match(r"(Nguồn|Ảnh|Tin, ảnh|Tác giả|Theo)\s*:", paragraph), article.key
        for caption in article.captions:
            assert not caption.startswith("Ảnh:"), article.key


def test_own_articles_shape(own):
    for article in own:
        assert 4 <= len(article.paragraphs) <= 9, article.key
        assert len(_words(article.paragraphs[0])) >= 30, article.key
        words = [len(_words(p)) for p in article.paragraphs]
        assert all(25 <= n <= 170 for n in words), (article.key, words)
        assert 50 <= sum(words) / len(words) <= 130, (article.key, words)


def test_own_portals_mix_relevant_and_other_news(own):
    for name in OWN_FILES:
        labels = [a.relevant for a in own if a.file == name]
        assert True in labels and False in labels, name
    share = sum(a.relevant for a in own) / len(own)
    assert 0.45 <= share <= 0.65


def test_own_categories_are_the_portal_sections(own):
    sections = {
        "lamgiang": {"Chuyển đổi số", "Tin tức - Sự kiện", "Kinh tế", "Văn hóa - Xã hội"},
        "hoason": {"Tin hoạt động", "Chuyển đổi số - CNTT", "Kinh tế - Xã hội"},
        "namthanh": {"Tin tức", "Chính quyền số", "Nông nghiệp - Nông thôn"},
    }
    for portal, expected in sections.items():
        assert {a.category for a in own if a.portal == portal} == expected


def test_own_articles_cite_documents_and_figures(own):
    citing = [a for a in own if CITATION.search(a.body)]
    assert len(citing) >= 12
    citations = {m.group(0) for a in own for m in CITATION.finditer(a.body)}
    assert len(citations) >= 15
    kinds = {
        kind
        for kind in ("QĐ", "KH", "NQ", "TB", "CT", "UBND-")
        if any(kind in c for c in citations)
    }
    assert kinds == {"QĐ", "KH", "NQ", "TB", "CT", "UBND-"}
    assert any(re.search(r"/20\d\d/", c) for c in citations)  # a normative document
    with_figures = [a for a in own if a.relevant and FIGURE.search(a.body)]
    assert len(with_figures) >= 0.7 * sum(a.relevant for a in own)


def test_own_metadata_variety(own):
    assert sum(a.author is None for a in own) >= 4
    assert sum(a.author is not None for a in own) >= 20
    assert sum(a.source is not None for a in own) >= 4
    assert sum(a.source is None for a in own) >= len(own) / 2
    assert len(own) / 3 <= sum(bool(a.images) for a in own) <= 2 * len(own) / 3
    assert sum(a.modified is not None for a in own) >= 3
    assert len({a.published.hour for a in own}) >= 8


def test_revisions_change_one_paragraph_and_add_one(own):
    revised = [a for a in own if a.revision is not None]
    assert len(revised) >= 2
    for article in revised:
        before, after = article.paragraphs, article.revised_paragraphs
        assert len(after) == len(before) + 1, article.key
        assert sum(p not in before for p in after) == 2, article.key
        assert article.revised_body != article.body
        assert article.modified is not None


def test_all_articles_matches_load_corpus(corpus, articles):
    assert [a.key for a in all_articles()] == [a.key for a in articles]


# --- the loader on hand-made files ----------------------------------------------------------

ARTICLE = """\
  - key: {key}
    category: Tin tức
    title: "Bài {key}"
    published: "{published}"
    modified: null
    author: null
    source: null
    paragraphs: ["Đoạn thứ nhất.", "Đoạn thứ hai."]
    images: [{{after: 1, caption: "Chú thích"}}]
    relevant: {relevant}
    syndicated_from: {syndicated_from}
    revision: null
"""


def _write(directory: Path, name: str, portal: str, *articles: dict[str, str]) -> None:
    defaults = {"published": "2024-01-02T08:00:00", "relevant": "false", "syndicated_from": "null"}
    body = "".join(ARTICLE.format(**{**defaults, **a}) for a in articles)
    (directory / name).write_text(f"portal: {portal}\narticles:\n{body}", encoding="utf-8")


def test_loader_merges_split_portal_files_in_date_order(tmp_path):
    _write(tmp_path, "demo.yaml", "demo", {"key": "demo-02", "published": "2024-03-01T09:00:00"})
    _write(
        tmp_path,
        "demo-extra.yaml",
        "demo",
        {"key": "demo-01", "published": "2023-05-01T07:30:00", "relevant": "true"},
        {"key": "demo-03", "published": "2024-03-02T10:00:00", "syndicated_from": "demo-02"},
    )
    corpus = load_corpus(tmp_path)
    assert list(corpus) == ["demo"]
    assert [a.key for a in corpus["demo"]] == ["demo-01", "demo-02", "demo-03"]
    first = corpus["demo"][0]
    assert first.relevant is True
    assert first.body == "Đoạn thứ nhất.\n\nĐoạn thứ hai."
    assert first.images == ({"after": 1, "caption": "Chú thích"},)
    assert first.published == datetime(2023, 5, 1, 7, 30)
    assert first.revised_body is None


@pytest.mark.parametrize(
    ("articles", "message"),
    [
        ([{"key": "demo-01"}, {"key": "demo-01"}], "duplicate key 'demo-01'"),
        ([{"key": "demo-01", "published": "20/10/2024"}], "not an ISO date-time"),
        ([{"key": "demo-01", "relevant": '"yes"'}], "'relevant' must be true or false"),
        ([{"key": "demo-01", "syndicated_from": "demo-09"}], "'demo-09' is not a corpus key"),
        ([{"key": "demo-01", "syndicated_from": "demo-01"}], "points at the article itself"),
        ([{"key": "Demo 01"}], "'key' must be lower-case"),
    ],
)
def test_loader_rejects_bad_articles(tmp_path, articles, message):
    _write(tmp_path, "demo.yaml", "demo", *articles)
    with pytest.raises(CorpusError, match=re.escape(message)):
        load_corpus(tmp_path)


def test_loader_rejects_missing_and_unknown_fields(tmp_path):
    _write(tmp_path, "demo.yaml", "demo", {"key": "demo-01"})
    path = tmp_path / "demo.yaml"
    path.write_text(path.read_text().replace("    author: null\n", ""), encoding="utf-8")
    with pytest.raises(CorpusError, match=r"demo\.yaml: demo-01: missing field\(s\) author"):
        load_corpus(tmp_path)
    path.write_text(path.read_text() + "    lead: x\n    author: null\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"unknown field\(s\) lead"):
        load_corpus(tmp_path)


def test_loader_rejects_image_after_last_paragraph_and_modified_before_published(tmp_path):
    _write(tmp_path, "demo.yaml", "demo", {"key": "demo-01"})
    path = tmp_path / "demo.yaml"
    original = path.read_text()
    path.write_text(original.replace("after: 1", "after: 2"), encoding="utf-8")
    with pytest.raises(CorpusError, match=r"after=2 is outside 0\.\.1"):
        load_corpus(tmp_path)
    path.write_text(
        original.replace("modified: null", 'modified: "2023-01-01T00:00:00"'), encoding="utf-8"
    )
    with pytest.raises(CorpusError, match="before 'published'"):
        load_corpus(tmp_path)


def test_loader_rejects_an_empty_directory(tmp_path):
    with pytest.raises(CorpusError, match="no corpus YAML files"):
        load_corpus(tmp_path)
