"""Gold corpus of sokhcn-lamgiang, cds-tayphong and the lamgiang syndicated copies.

The YAML files are read with PyYAML directly, so these checks hold whatever the loader does;
the last test also checks that the loader (``dtcrawl.demo.corpus``) returns these portals.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from datetime import datetime
from pathlib import Path

import pytest
import yaml

from dtcrawl.text import fold

CORPUS_DIR = Path(__file__).resolve().parent.parent / "dtcrawl" / "demo" / "corpus"
FILES = {
    "sokhcn-lamgiang.yaml": ("sokhcn-lamgiang", 14),
    "cds-tayphong.yaml": ("cds-tayphong", 14),
    "lamgiang-syndicated.yaml": ("lamgiang", 3),
}
FIELDS = {
    "key",
    "category",
    "title",
    "published",
    "modified",
    "author",
    "source",
    "paragraphs",
    "images",
    "relevant",
    "syndicated_from",
    "revision",
}
FALSE_MERGE_PAIR = ("cds-tayphong-04", "cds-tayphong-06")
HARD_NEGATIVE = "sokhcn-lamgiang-14"
EARLIEST, LATEST = datetime(2021, 1, 1), datetime(2026, 11, 20, 23, 59, 59)
# State documents (56/QĐ-UBND, 34/2024/QĐ-UBND), Party documents (57-NQ/TW), letters (…/UBND-KGVX).
CITATION = re.compile(
    r"\b\d{1,5}(?:/\d{4})?/(?:QĐ|KH|NQ|TB|CT|NĐ)-[A-ZĐa-z]+(?:-[A-ZĐ]+)?"
    r"|\b\d{1,5}-(?:NQ|KH|CTr|KL)/[A-ZĐ]+"
    r"|\b\d{3,5}/(?:UBND|BTTTT)-[A-ZĐ]+"
)
FIGURE = re.compile(r"\d+,\d+ ?%|\d{1,3}(?:\.\d{3})+|\d+/\d+ [a-zà-ỹđ]|\d+ ?%")
BYLINE_START = re.compile(r"(Nguồn|Ảnh|Tin, ảnh|Tác giả|Theo)\s*:")


def _load(name: str) -> dict:
    with open(CORPUS_DIR / name, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@pytest.fixture(scope="module")
def files() -> dict[str, dict]:
    return {name: _load(name) for name in FILES}


@pytest.fixture(scope="module")
def articles(files) -> list[dict]:
    return [dict(a, portal=doc["portal"]) for doc in files.values() for a in doc["articles"]]


@pytest.fixture(scope="module")
def by_key(articles) -> dict[str, dict]:
    return {a["key"]: a for a in articles}


def _body(paragraphs: list[str]) -> str:
    return "\n\n".join(paragraphs)


def _shingles(text: str, size: int = 4) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", fold(text))
    return {tuple(words[i : i + size]) for i in range(len(words) - size + 1)}


def _jaccard(left: str, right: str) -> float:
    a, b = _shingles(left), _shingles(right)
    return len(a & b) / len(a | b)


def test_files_name_their_portal_and_hold_the_expected_articles(files):
    for name, (portal, count) in FILES.items():
        assert files[name]["portal"] == portal, name
        assert len(files[name]["articles"]) == count, name


def test_every_article_has_exactly_the_contract_fields(articles):
    for article in articles:
        assert set(article) - {"portal"} == FIELDS, article.get("key")


def test_keys_unique_and_shaped(articles):
    keys = [a["key"] for a in articles]
    assert len(keys) == len(set(keys))
    for article in articles:
        if article["portal"] == "lamgiang":
            assert re.fullmatch(r"lamgiang-s\d", article["key"])
        else:
            assert re.fullmatch(rf"{article['portal']}-\d\d", article["key"])


def test_text_is_nfc_plain_and_free_of_bylines(articles):
    for article in articles:
        revised = (article["revision"] or {}).get("paragraphs", [])
        texts = [article["title"], article["category"], *article["paragraphs"], *revised]
        texts += [image["caption"] for image in article["images"]]
        texts += [t for t in (article["author"], article["source"]) if t is not None]
        for text in texts:
            assert isinstance(text, str) and text == text.strip() and text, article["key"]
            assert unicodedata.is_normalized("NFC", text), (article["key"], text[:40])
            assert not re.search(r"</?[a-zA-Z][^>]*>|&[a-z]+;|\n", text), article["key"]
        for paragraph in (*article["paragraphs"], *revised):
            assert not BYLINE_START.match(paragraph), article["key"]
        for image in article["images"]:
            assert not image["caption"].startswith("Ảnh")
            assert 0 <= image["after"] < len(article["paragraphs"]), article["key"]


def test_dates_parse_and_stay_in_range(articles):
    for article in articles:
        published = datetime.fromisoformat(article["published"])
        assert published.tzinfo is None, article["key"]  # local Vietnam time, no offset
        assert EARLIEST <= published <= LATEST, article["key"]
        if article["modified"] is not None:
            modified = datetime.fromisoformat(article["modified"])
            assert published < modified <= LATEST, article["key"]
    years = {datetime.fromisoformat(a["published"]).year for a in articles}
    assert years == {2021, 2022, 2023, 2024, 2025, 2026}


def test_articles_shape(articles):
    for article in articles:
        paragraphs = article["paragraphs"]
        assert 4 <= len(paragraphs) <= 9, article["key"]
        words = [len(re.findall(r"\w+", fold(p))) for p in paragraphs]
        assert words[0] >= 50, article["key"]  # a real lead paragraph
        assert all(25 <= n <= 170 for n in words), (article["key"], words)
        assert 50 <= sum(words) / len(words) <= 130, (article["key"], words)


def test_relevance_labels(files, by_key):
    cds = files["cds-tayphong.yaml"]["articles"]
    assert all(a["relevant"] is True for a in cds)
    department = files["sokhcn-lamgiang.yaml"]["articles"]
    assert sum(a["relevant"] is True for a in department) == 9
    assert sum(a["relevant"] is False for a in department) == 5
    hard = fold(_body(by_key[HARD_NEGATIVE]["paragraphs"]))
    assert hard.count("ung dung cong nghe") == 1
    assert "chuyen doi so" not in hard
    for article in department:
        if article["relevant"] is False:
            assert "chuyen doi so" not in fold(_body(article["paragraphs"])), article["key"]


def test_syndicated_copies_resolve_and_are_near_duplicates(files, by_key):
    copies = files["lamgiang-syndicated.yaml"]["articles"]
    for copy in copies:
        origin = by_key[copy["syndicated_from"]]
        assert origin["portal"] == "sokhcn-lamgiang" and origin["syndicated_from"] is None
        delay = datetime.fromisoformat(copy["published"]) - datetime.fromisoformat(
            origin["published"]
        )
        assert 1 <= delay.total_seconds() / 86400 <= 3, copy["key"]
        assert copy["category"] == "Chuyển đổi số"
        assert copy["source"] and copy["relevant"] == origin["relevant"] is True
        assert copy["paragraphs"][0] != origin["paragraphs"][0]  # the lead is reworded
        assert len(copy["paragraphs"]) <= len(origin["paragraphs"])
        shared = sum(p in origin["paragraphs"] for p in copy["paragraphs"])
        assert len(origin["paragraphs"]) - 2 <= shared < len(origin["paragraphs"])
        assert 0.6 < _jaccard(_body(copy["paragraphs"]), _body(origin["paragraphs"])) < 0.95
    for article in files["sokhcn-lamgiang.yaml"]["articles"]:
        assert article["syndicated_from"] is None
    for article in files["cds-tayphong.yaml"]["articles"]:
        assert article["syndicated_from"] is None


def test_false_merge_pair_shares_an_opening_but_not_a_story(by_key):
    left, right = (by_key[key] for key in FALSE_MERGE_PAIR)
    opening = "Chiều ngày "
    assert left["paragraphs"][0].startswith(opening) and right["paragraphs"][0].startswith(opening)
    assert len(_shingles(left["paragraphs"][0]) & _shingles(right["paragraphs"][0])) >= 20
    assert _jaccard(_body(left["paragraphs"]), _body(right["paragraphs"])) < 0.2


def test_one_revision_corrects_a_figure_and_adds_a_paragraph(articles):
    revised = [a for a in articles if a["revision"] is not None]
    assert [a["key"] for a in revised] == ["sokhcn-lamgiang-13"]
    article = revised[0]
    before, after = article["paragraphs"], article["revision"]["paragraphs"]
    assert len(after) == len(before) + 1
    new = [p for p in after if p not in before]
    assert len(new) == 2  # one corrected paragraph, one added
    changed = [p for p in before if p not in after]
    assert len(changed) == 1
    figures = set(FIGURE.findall(changed[0])) ^ set(FIGURE.findall(new[0]))
    assert figures  # the correction is a figure
    assert article["modified"] is not None


def test_citations_figures_and_metadata_variety(articles):
    relevant = [a for a in articles if a["relevant"]]
    citations = {m.group(0) for a in articles for m in CITATION.finditer(_body(a["paragraphs"]))}
    assert len(citations) >= 15
    assert {"749/QĐ-TTg", "06/QĐ-TTg", "57-NQ/TW", "411/QĐ-TTg", "505/QĐ-TTg"} <= citations
    assert any(re.search(r"/20\d\d/", c) for c in citations)
    for kind in ("/QĐ-", "/KH-", "NQ", "/TB-", "/CT-", "/UBND-", "/BTTTT-"):
        assert any(kind in c for c in citations), kind
    with_figures = [a for a in relevant if FIGURE.search(_body(a["paragraphs"]))]
    assert len(with_figures) >= 0.8 * len(relevant)
    assert sum(a["author"] is None for a in articles) >= 3
    assert sum(a["source"] is not None for a in articles) >= 5
    assert len(articles) / 3 <= sum(bool(a["images"]) for a in articles) <= 2 * len(articles) / 3
    assert sum(a["modified"] is not None for a in articles) >= 3


@pytest.mark.skipif(
    importlib.util.find_spec("dtcrawl.demo.corpus") is None, reason="corpus loader not written yet"
)
def test_loader_returns_these_portals(articles):
    from dtcrawl.demo.corpus import load_corpus

    corpus = load_corpus()
    loaded = {a.key: a for portal in corpus.values() for a in portal}
    for article in articles:
        got = loaded[article["key"]]
        assert got.portal == article["portal"]
        assert got.body == _body(article["paragraphs"])
        assert got.relevant is article["relevant"]
        assert got.syndicated_from == article["syndicated_from"]
    assert len(corpus["sokhcn-lamgiang"]) == 14
    assert len(corpus["cds-tayphong"]) == 14
