"""Synthetic Vietnamese articles for the crawl and archive benchmarks.

The sentences come from the generator of :mod:`dtcrawl.bench.dedup` (our own vocabulary mixed
at random, 400-800 words an article); this module only shapes them into

- a demo-portal corpus (:func:`demo_corpus`): ``{portal_id: [DemoArticle, ...]}`` that
  :class:`dtcrawl.demo.server.DemoPortals` serves in a CMS family's templates;
- archive rows (:func:`archive_rows`): every ``articles`` column filled, plus the folded text
  for ``articles_fts``, fast enough to build a million-article archive in minutes.

For speed, archive bodies are drawn from a pool of pre-generated, pre-folded paragraphs (the
dedup generator costs ~0.4 ms per article and folding another ~0.4 ms: 13 minutes at 1M);
each article also gets a lead sentence of its own with a commune name and figures, so that
rare tokens exist as in real news and no two bodies are identical.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from dtcrawl.bench.dedup import OBJECTS, PLACES, SUBJECTS, VERBS, article_paragraphs, paragraph
from dtcrawl.text import fold

#: Fictional provinces of the synthetic archive (with a portal id each).
PROVINCES = {
    "Lam Giang": "lamgiang",
    "Hòa Sơn": "hoason",
    "Nam Thành": "namthanh",
    "Tây Phong": "cds-tayphong",
    "Biên Thùy": "bienthuy",
    "Đông Hải": "donghai",
    "Bắc Vân": "bacvan",
    "Cao Lũng": "caolung",
    "Phù Ninh": "phuninh",
    "Thượng Khê": "thuongkhe",
    "Vĩnh Đoài": "vinhdoai",
    "Hà Trung": "hatrung",
}
AUTHORS = ["Minh Châu", "Thu Hà", "Quốc Bảo", "Ngọc Ánh", "Văn Tùng", "Hải Yến", "Đức Long"]
SOURCES = ["Sở Khoa học và Công nghệ", "Báo Lam Giang", "Trung tâm Chuyển đổi số", None, None]
CATEGORIES = ["Chính quyền số", "Kinh tế số", "Xã hội số", "Chuyển đổi số", "An toàn thông tin"]
_SYLLABLES = (
    "an bình phú hòa tân lộc thạnh mỹ phước long khánh vĩnh thuận đông tây nam bắc trung sơn "
    "thủy hải lâm giang cát tường hưng yên đức nghĩa quang minh thịnh vân khê đoài ninh"
).split()
_KINDS = ["xã", "phường", "thị trấn", "thôn", "bản", "khu phố"]


def commune(rng: random.Random) -> str:
    """A made-up commune name ("xã Tân Vĩnh Đông"): many distinct, rarely repeated tokens."""
    words = rng.sample(_SYLLABLES, rng.randint(2, 3))
    return rng.choice(_KINDS) + " " + " ".join(w.capitalize() for w in words)


def headline(rng: random.Random) -> str:
    """A news headline: who does what, where."""
    text = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}"
    if rng.random() < 0.6:
        text += " " + rng.choice(PLACES)
    return text[0].upper() + text[1:]


def lead_sentence(rng: random.Random) -> str:
    """An opening sentence naming a commune and figures of its own."""
    return (
        f"Ngày {rng.randint(1, 28)}/{rng.randint(1, 12)}, {rng.choice(SUBJECTS)} "
        f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} tại {commune(rng)}, với "
        f"{rng.randint(12, 9_800)} lượt người tham gia và {rng.randint(2, 97)} mô hình mới."
    )


# --- the demo-portal corpus ---------------------------------------------------------------------


def demo_corpus(n: int, portal_id: str = "cds-tayphong", seed: int = 20251124) -> dict:
    """``{portal_id: [DemoArticle, ...]}`` with ``n`` articles of unique titles (and slugs).

    >>> corpus = demo_corpus(3)
    >>> [a.key for a in corpus["cds-tayphong"]]
    ['cds-tayphong-bench-0', 'cds-tayphong-bench-1', 'cds-tayphong-bench-2']
    """
    from dtcrawl.demo.cms.common import slugify
    from dtcrawl.demo.corpus import DemoArticle

    rng = random.Random(seed)
    start = datetime(2021, 1, 4, 7, 30)
    slugs: set[str] = set()
    articles = []
    for i in range(n):
        title = headline(rng)
        suffix = 1
        while slugify(title) in slugs:  # the modern family's URL is the title's slug
            suffix += 1
            title = f"{headline(rng)} (đợt {suffix})"
        slugs.add(slugify(title))
        paragraphs = [lead_sentence(rng), *article_paragraphs(rng)]
        articles.append(
            DemoArticle(
                portal=portal_id,
                key=f"{portal_id}-bench-{i}",
                category=rng.choice(CATEGORIES),
                title=title,
                published=start + timedelta(minutes=97 * i + rng.randint(0, 60)),
                modified=None,
                author=rng.choice(AUTHORS) if rng.random() < 0.7 else None,
                source=rng.choice(SOURCES),
                paragraphs=tuple(paragraphs),
                images=({"after": 0, "caption": headline(rng)},) if rng.random() < 0.5 else (),
                relevant=True,
            )
        )
    return {portal_id: articles}


# --- archive rows ---------------------------------------------------------------------------------


@dataclass
class ParagraphPool:
    """Pre-generated paragraphs with their folded forms (the expensive part, done once)."""

    paragraphs: list[str]
    folded: list[str]
    words: list[int]

    @classmethod
    def generate(cls, size: int, seed: int = 7) -> ParagraphPool:
        """``size`` paragraphs from the dedup generator."""
        rng = random.Random(seed)
        paragraphs = [paragraph(rng) for _ in range(size)]
        return cls(paragraphs, [fold(p) for p in paragraphs], [len(p.split()) for p in paragraphs])


#: The ``articles`` columns :func:`archive_rows` fills, in order (``id`` is the rowid).
ARTICLE_COLUMNS = (
    "id", "url", "portal", "province", "title", "published_at", "modified_at", "author", "source",
    "captions", "body", "relevant", "relevance_score", "relevance_terms", "duplicate_of",
    "duplicate_similarity", "content_hash", "word_count", "fetched_at", "first_seen_at",
    "checked_at", "etag", "last_modified", "extractor_version",
)  # fmt: skip


@dataclass
class ArchiveRow:
    """One synthetic archived article: its ``articles`` values and its FTS text."""

    values: tuple
    folded_title: str
    folded_body: str
    url_key: str

    @property
    def body(self) -> str:
        return self.values[ARTICLE_COLUMNS.index("body")]


def archive_rows(
    n: int, pool: ParagraphPool, start_id: int = 1, seed: int = 11
) -> Iterator[ArchiveRow]:
    """``n`` archive rows with ids from ``start_id``: 400-800 word bodies, 12 provinces, 2019-2025.

    >>> pool = ParagraphPool.generate(50)
    >>> row = next(archive_rows(1, pool))
    >>> row.values[0], 400 <= row.values[ARTICLE_COLUMNS.index("word_count")] <= 1000
    (1, True)
    """
    rng = random.Random(seed + start_id)
    provinces = list(PROVINCES.items())
    first = datetime(2019, 1, 1, 7, 0)
    span_minutes = 7 * 365 * 24 * 60
    size = len(pool.paragraphs)
    for article_id in range(start_id, start_id + n):
        province, portal = provinces[rng.randrange(len(provinces))]
        lead = lead_sentence(rng)
        picked: list[int] = []
        words = len(lead.split())
        target = rng.randint(400, 800)
        while words < target:
            index = rng.randrange(size)
            picked.append(index)
            words += pool.words[index]
        body = "\n\n".join([lead, *(pool.paragraphs[i] for i in picked)])
        folded_body = "\n\n".join([fold(lead), *(pool.folded[i] for i in picked)])
        title = headline(rng)
        published = first + timedelta(minutes=rng.randrange(span_minutes))
        stamp = published.isoformat(timespec="seconds") + "+07:00"
        url = f"https://{portal}.gov.vn/tin-tuc/{article_id}-bai-viet.html"
        relevant = 1 if rng.random() < 0.8 else 0
        values = (
            article_id,
            url,
            portal,
            province,
            title,
            stamp,
            None,
            rng.choice(AUTHORS) if rng.random() < 0.6 else None,
            rng.choice(SOURCES),
            json.dumps([headline(rng)], ensure_ascii=False) if rng.random() < 0.5 else "[]",
            body,
            relevant,
            round(rng.uniform(2, 30) if relevant else rng.uniform(0, 2), 4),
            json.dumps({"chuyển đổi số": rng.randint(1, 6)}, ensure_ascii=False),
            None,
            None,
            hashlib.sha256(body.encode("utf-8")).hexdigest(),
            words,
            stamp,
            stamp,
            stamp,
            f'"{article_id:x}-{rng.getrandbits(32):08x}"',
            "Mon, 20 Feb 2023 01:15:00 GMT",
            "bench",
        )
        yield ArchiveRow(values, fold(title), folded_body, url.split("://", 1)[1])
