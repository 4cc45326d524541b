"""The demo corpus: the gold truth of every article served by the offline demo portals.

Articles are written in YAML under ``dtcrawl/demo/corpus/``; a portal may be split across
several files (``lamgiang.yaml``, ``lamgiang-syndicated.yaml``, …), which are merged by their
``portal:`` value. Each file looks like::

    portal: lamgiang
    articles:
      - key: lamgiang-01
        category: Chuyển đổi số
        title: "…"
        published: "2023-02-20T08:15:00"   # Vietnam local time, no offset
        modified: null
        author: null
        source: null
        paragraphs: ["…", "…"]
        images: [{after: 0, caption: "…"}]
        relevant: true
        syndicated_from: null
        revision: null                     # or {paragraphs: ["…"]}

:func:`load_corpus` reads and validates every file; any mistake (a duplicate key, a missing
field, a bad date, a ``syndicated_from`` pointing nowhere, ``relevant`` not a boolean, …)
raises :class:`CorpusError` naming the file and the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import yaml

__all__ = [
    "VIETNAM_TZ",
    "CorpusError",
    "DemoArticle",
    "all_articles",
    "articles_by_key",
    "corpus_directory",
    "load_corpus",
]

#: Vietnam time (UTC+7, no daylight saving): the zone of every corpus date.
VIETNAM_TZ = timezone(timedelta(hours=7), "ICT")

_FIELDS = (
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
)
_KEY = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

try:  # the C loader is several times faster; fall back when PyYAML was built without it
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _Loader = yaml.SafeLoader


class CorpusError(ValueError):
    """The corpus YAML is malformed; the message names the file and the article key."""


@dataclass(frozen=True)
class DemoArticle:
    """One article of a demo portal, as its gold truth.

    ``published``/``modified`` are naive datetimes in Vietnam local time (UTC+7), as written
    in the YAML; :attr:`published_iso` gives the archive's ISO 8601 form with the offset.
    """

    portal: str
    key: str
    category: str
    title: str
    published: datetime
    modified: datetime | None
    author: str | None
    source: str | None
    paragraphs: tuple[str, ...]
    images: tuple[dict[str, Any], ...] = ()
    relevant: bool = False
    syndicated_from: str | None = None
    revision: dict[str, Any] | None = None
    file: str = field(default="", compare=False)

    @property
    def body(self) -> str:
        """The gold body: paragraphs separated by a blank line.

        >>> _example().body
        'Đoạn một.\\n\\nĐoạn hai.'
        """
        return "\n\n".join(self.paragraphs)

    @property
    def revised_paragraphs(self) -> tuple[str, ...] | None:
        """Paragraphs of the edited version ("revision 1"), or ``None`` if never edited."""
        if self.revision is None:
            return None
        return tuple(self.revision["paragraphs"])

    @property
    def revised_body(self) -> str | None:
        """Gold body of the edited version, or ``None`` if the article has no revision.

        >>> _example().revised_body is None
        True
        """
        paragraphs = self.revised_paragraphs
        return None if paragraphs is None else "\n\n".join(paragraphs)

    @property
    def captions(self) -> list[str]:
        """Photo captions in page order."""
        return [image["caption"] for image in self.images]

    @property
    def published_iso(self) -> str:
        """``published`` as ISO 8601 with the Vietnam offset.

        >>> _example().published_iso
        '2023-02-20T08:15:00+07:00'
        """
        return self.published.replace(tzinfo=VIETNAM_TZ).isoformat()

    @property
    def modified_iso(self) -> str | None:
        """``modified`` as ISO 8601 with the Vietnam offset, or ``None``."""
        if self.modified is None:
            return None
        return self.modified.replace(tzinfo=VIETNAM_TZ).isoformat()


def _example() -> DemoArticle:
    """A tiny article for the doctests."""
    return DemoArticle(
        portal="lamgiang",
        key="lamgiang-00",
        category="Chuyển đổi số",
        title="Ví dụ",
        published=datetime(2023, 2, 20, 8, 15),
        modified=None,
        author=None,
        source=None,
        paragraphs=("Đoạn một.", "Đoạn hai."),
    )


def corpus_directory() -> Traversable:
    """The directory of corpus YAML files shipped with the package."""
    return resources.files("dtcrawl.demo").joinpath("corpus")


def load_corpus(directory: Path | Traversable | None = None) -> dict[str, list[DemoArticle]]:
    """Read and validate every ``*.yaml`` file in ``directory`` (default: the packaged corpus).

    Returns ``{portal_id: [articles sorted by published time]}``, portals in the order of the
    first file (by file name) that names them. Raises :class:`CorpusError` on any mistake.

    >>> corpus = load_corpus()
    >>> corpus["lamgiang"][0].key.startswith("lamgiang-")
    True
    """
    directory = corpus_directory() if directory is None else directory
    if not directory.is_dir():
        raise CorpusError(f"corpus directory {directory} does not exist")
    files = sorted(
        (entry for entry in directory.iterdir() if entry.name.endswith((".yaml", ".yml"))),
        key=lambda entry: entry.name,
    )
    if not files:
        raise CorpusError(f"no corpus YAML files in {directory}")
    portals: dict[str, list[DemoArticle]] = {}
    for entry in files:
        text = entry.read_text(encoding="utf-8")
        for article in _parse_file(entry.name, text):
            portals.setdefault(article.portal, []).append(article)
    _check_cross_references([a for articles in portals.values() for a in articles])
    for articles in portals.values():
        articles.sort(key=lambda a: a.published)
    return portals


def all_articles(directory: Path | Traversable | None = None) -> list[DemoArticle]:
    """Every article of every portal, portal by portal, each portal by published time."""
    return [a for articles in load_corpus(directory).values() for a in articles]


def articles_by_key(articles: Iterable[DemoArticle] | None = None) -> dict[str, DemoArticle]:
    """Index articles (default: the whole packaged corpus) by their key.

    >>> articles_by_key([_example()])["lamgiang-00"].title
    'Ví dụ'
    """
    return {a.key: a for a in (all_articles() if articles is None else articles)}


# --- validation -----------------------------------------------------------------------------


def _parse_file(name: str, text: str) -> list[DemoArticle]:
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        raise CorpusError(f"{name}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict) or set(data) != {"portal", "articles"}:
        raise CorpusError(f"{name}: top level must be a mapping with keys 'portal' and 'articles'")
    portal = data["portal"]
    if not isinstance(portal, str) or not _KEY.match(portal):
        raise CorpusError(f"{name}: 'portal' must be an id like 'lamgiang', got {portal!r}")
    items = data["articles"]
    if not isinstance(items, list) or not items:
        raise CorpusError(f"{name}: 'articles' must be a non-empty list")
    return [_parse_article(name, portal, index, item) for index, item in enumerate(items)]


def _parse_article(name: str, portal: str, index: int, item: Any) -> DemoArticle:
    where = f"{name}: article #{index + 1}"
    if not isinstance(item, dict):
        raise CorpusError(f"{where}: must be a mapping")
    key = item.get("key")
    if isinstance(key, str):
        where = f"{name}: {key}"
    missing = [f for f in _FIELDS if f not in item]
    if missing:
        raise CorpusError(f"{where}: missing field(s) {', '.join(missing)}")
    unknown = sorted(set(item) - set(_FIELDS))
    if unknown:
        raise CorpusError(f"{where}: unknown field(s) {', '.join(unknown)}")
    if not isinstance(key, str) or not _KEY.match(key):
        raise CorpusError(f"{where}: 'key' must be lower-case words joined by '-', got {key!r}")
    for required in ("category", "title"):
        _text(where, required, item[required], optional=False)
    for optional in ("author", "source", "syndicated_from"):
        _text(where, optional, item[optional], optional=True)
    published = _date(where, "published", item["published"])
    modified = None if item["modified"] is None else _date(where, "modified", item["modified"])
    if modified is not None and modified < published:
        raise CorpusError(f"{where}: 'modified' {modified} is before 'published' {published}")
    if not isinstance(item["relevant"], bool):
        raise CorpusError(f"{where}: 'relevant' must be true or false, got {item['relevant']!r}")
    paragraphs = _paragraphs(where, "paragraphs", item["paragraphs"])
    images = _images(where, item["images"], len(paragraphs))
    revision = item["revision"]
    if revision is not None:
        if not isinstance(revision, dict) or set(revision) != {"paragraphs"}:
            raise CorpusError(
                f"{where}: 'revision' must be null or a mapping {{paragraphs: [...]}}"
            )
        revised = _paragraphs(where, "revision.paragraphs", revision["paragraphs"])
        if revised == paragraphs:
            raise CorpusError(f"{where}: 'revision' repeats the original paragraphs unchanged")
        revision = {"paragraphs": list(revised)}
    return DemoArticle(
        portal=portal,
        key=key,
        category=item["category"],
        title=item["title"],
        published=published,
        modified=modified,
        author=item["author"],
        source=item["source"],
        paragraphs=paragraphs,
        images=images,
        relevant=item["relevant"],
        syndicated_from=item["syndicated_from"],
        revision=revision,
        file=name,
    )


def _text(where: str, name: str, value: Any, *, optional: bool) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str) or not value.strip():
        kind = "a non-empty string or null" if optional else "a non-empty string"
        raise CorpusError(f"{where}: {name!r} must be {kind}, got {value!r}")


def _date(where: str, name: str, value: Any) -> datetime:
    # PyYAML turns an unquoted 2023-02-20T08:15:00 into a datetime already; accept both.
    if isinstance(value, datetime):
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError as exc:
            raise CorpusError(f"{where}: {name!r} is not an ISO date-time: {value!r}") from exc
    else:
        raise CorpusError(f"{where}: {name!r} must be an ISO date-time string, got {value!r}")
    if parsed.tzinfo is not None:
        raise CorpusError(f"{where}: {name!r} must be local Vietnam time without an offset")
    return parsed


def _paragraphs(where: str, name: str, value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise CorpusError(f"{where}: {name!r} must be a non-empty list of strings")
    for number, paragraph in enumerate(value):
        if not isinstance(paragraph, str) or not paragraph.strip():
            raise CorpusError(f"{where}: {name}[{number}] must be a non-empty string")
        if "\n" in paragraph.strip():
            raise CorpusError(f"{where}: {name}[{number}] contains a line break")
    return tuple(p.strip() for p in value)


def _images(where: str, value: Any, paragraph_count: int) -> tuple[dict[str, Any], ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise CorpusError(f"{where}: 'images' must be a list (or empty)")
    images = []
    for number, image in enumerate(value):
        if not isinstance(image, dict) or set(image) != {"after", "caption"}:
            raise CorpusError(f"{where}: images[{number}] must be {{after: N, caption: '…'}}")
        after = image["after"]
        if isinstance(after, bool) or not isinstance(after, int):
            raise CorpusError(f"{where}: images[{number}].after must be a paragraph index")
        if not 0 <= after < paragraph_count:
            raise CorpusError(
                f"{where}: images[{number}].after={after} is outside 0..{paragraph_count - 1}"
            )
        _text(where, f"images[{number}].caption", image["caption"], optional=False)
        images.append({"after": after, "caption": image["caption"].strip()})
    return tuple(images)


def _check_cross_references(articles: list[DemoArticle]) -> None:
    seen: dict[str, DemoArticle] = {}
    for article in articles:
        if article.key in seen:
            first = seen[article.key]
            raise CorpusError(f"duplicate key {article.key!r} in {first.file} and {article.file}")
        seen[article.key] = article
    for article in articles:
        origin_key = article.syndicated_from
        if origin_key is None:
            continue
        where = f"{article.file}: {article.key}"
        if origin_key == article.key:
            raise CorpusError(f"{where}: 'syndicated_from' points at the article itself")
        origin = seen.get(origin_key)
        if origin is None:
            raise CorpusError(f"{where}: 'syndicated_from' {origin_key!r} is not a corpus key")
        if origin.published > article.published:
            raise CorpusError(f"{where}: published before the article it republishes")
        chain = [article.key]
        while origin is not None:  # a republication of a republication is fine; a loop is not
            if origin.key in chain:
                raise CorpusError(f"{where}: 'syndicated_from' loops: {' -> '.join(chain)}")
            chain.append(origin.key)
            origin = seen.get(origin.syndicated_from) if origin.syndicated_from else None
