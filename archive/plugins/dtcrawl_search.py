"""Diacritic-insensitive search over the archive, for Datasette.

``articles_fts`` holds the *folded* title and body (:func:`dtcrawl.text.fold`:
lower case, no diacritics, đ→d). Every query must be folded the same way, so
this plugin

- folds ``?_search=`` / ``?_search_<column>=`` in an ASGI wrapper before
  Datasette's table view sees them (Datasette's own search box then works);
- replaces Datasette's ``escape_fts()`` SQL function (used by the table view
  for ``_search``) with :func:`fold_match`, which also quotes every term and
  expands the usual abbreviations (CĐS ↔ chuyển đổi số, …);
- registers SQL functions ``fold(text)``, ``fold_match(query)``,
  ``search_snippet(body, query)`` and ``title_rank(title, query)`` for canned queries
  and researchers' SQL;
- serves the search page ``/-/search`` (results of the ``search`` canned
  query, with snippets highlighted on the original accented text).

The pure helpers (:func:`fold_match`, :func:`query_phrases`, :func:`match_spans`,
:func:`snippet_bounds`, :func:`highlight`) do no I/O.
"""

from __future__ import annotations

import json
import re
import time
import urllib.parse
from functools import lru_cache
from typing import NamedTuple

from datasette import hookimpl
from datasette.filters import FilterArguments, Filters
from datasette.utils.asgi import BadRequest, Response
from markupsafe import Markup, escape

from dtcrawl.fts import word_matches, words_pattern
from dtcrawl.text import fold

# Abbreviations journalists type, with what they stand for. A query for either form matches
# both (FTS5 alone cannot know that "CĐS" means "chuyển đổi số").
ABBREVIATIONS: dict[str, str] = {
    "CĐS": "chuyển đổi số",
    "CPĐT": "chính phủ điện tử",
    "CQĐT": "chính quyền điện tử",
    "DVCTT": "dịch vụ công trực tuyến",
    "ATTT": "an toàn thông tin",
    "TMĐT": "thương mại điện tử",
    "TTHC": "thủ tục hành chính",
    "IOC": "Trung tâm giám sát, điều hành thông minh",
}

# FTS5's unicode61 tokenizer: a token is a run of letters and digits (underscore separates).
_WORD = re.compile(r"[^\W_]+")
_QUERY_ITEM = re.compile(r'"[^"]*"?|\S+')
_OPERATORS = {"OR", "AND", "NOT", "NEAR"}
NO_MATCH = '""'  # an FTS5 expression that matches nothing (an empty query)

_ABBREVIATED = {
    fold(abbr): tuple(_WORD.findall(fold(full))) for abbr, full in ABBREVIATIONS.items()
}
_EXPANSIONS = {tokens: abbr for abbr, tokens in _ABBREVIATED.items()}


class Phrase(NamedTuple):
    """A sequence of folded tokens to match consecutively; ``prefix``: last token is a prefix.

    (A NamedTuple: Datasette's plugins-dir modules are not in sys.modules, which dataclasses need.)
    """

    tokens: tuple[str, ...]
    prefix: bool = False

    def fts(self) -> str:
        """The FTS5 form: its tokens ANDed, e.g. ``"chuyen" AND "doi" AND "so"`` or ``"chuy"*``.

        Single tokens only: the archive's index keeps no positions (``detail=none``), so FTS5
        rejects phrases; :func:`phrase_match` checks the word order on the rows it returns.
        """
        last = len(self.tokens) - 1
        return " AND ".join(
            f'"{token}"' + ("*" if self.prefix and i == last else "")
            for i, token in enumerate(self.tokens)
        )


def fold_query(query: str) -> str:
    """Fold a user query for FTS, keeping the upper-case FTS5 operators.

    >>> fold_query('CHUYỂN ĐỔI SỐ OR "Cổng DVC"')
    'chuyen doi so OR "cong dvc"'
    """
    return re.sub(r"\S+", lambda m: m[0] if m[0] in _OPERATORS else fold(m[0]), query or "")


def parse_query(query: str) -> list[list[Phrase]]:
    """Parse a user query into groups of alternative phrases (AND of ORs).

    Words and "quoted phrases" are folded; ``OR`` (upper case) joins alternatives;
    a trailing ``*`` asks for a prefix; punctuated words (``749/QĐ-TTg``) become
    phrases; known abbreviations and their phrases become alternatives.

    >>> [[" ".join(p.tokens) for p in g] for g in parse_query("IOC Lâm Đồng")]
    [['ioc', 'trung tam giam sat dieu hanh thong minh'], ['lam'], ['dong']]
    >>> [[" ".join(p.tokens) for p in g] for g in parse_query("chuyển đổi số")]
    [['chuyen doi so', 'cds']]
    """
    items: list[tuple[Phrase, bool] | str] = []  # (phrase, quoted) or an operator
    for raw in _QUERY_ITEM.findall(query or ""):
        if raw in _OPERATORS:
            items.append(raw)
            continue
        quoted = raw.startswith('"')
        text = fold(raw.strip('"'))
        prefix = not quoted and text.endswith("*")
        tokens = tuple(_WORD.findall(text))
        if tokens:
            items.append((Phrase(tokens, prefix), quoted))
    # Merge runs of plain words that spell a known phrase ("chuyen doi so" → one phrase).
    merged: list[Phrase | str] = []
    i = 0
    while i < len(items):
        for words in _EXPANSIONS:
            run = items[i : i + len(words)]
            if len(run) == len(words) and all(
                isinstance(it, tuple) and not it[1] and it[0] == Phrase((w,))
                for it, w in zip(run, words, strict=True)
            ):
                merged.append(Phrase(words))
                i += len(words)
                break
        else:
            item = items[i]
            merged.append(item[0] if isinstance(item, tuple) else item)
            i += 1
    groups: list[list[Phrase]] = []
    join_next = False
    for item in merged:
        if isinstance(item, str):
            join_next = item == "OR" and bool(groups)
            continue
        alternatives = [item, *_alternatives(item)]
        if join_next:
            groups[-1].extend(p for p in alternatives if p not in groups[-1])
        else:
            groups.append(alternatives)
        join_next = False
    return groups


@lru_cache(maxsize=256)
def _parse_query(query: str) -> tuple[tuple[Phrase, ...], ...]:
    return tuple(tuple(group) for group in parse_query(query))


def _alternatives(phrase: Phrase) -> list[Phrase]:
    if phrase.prefix:
        return []
    if phrase.tokens in _EXPANSIONS:
        return [Phrase((_EXPANSIONS[phrase.tokens],))]
    if len(phrase.tokens) == 1 and phrase.tokens[0] in _ABBREVIATED:
        return [Phrase(_ABBREVIATED[phrase.tokens[0]])]
    return []


def fold_match(query: str) -> str:
    """Return a safe FTS5 MATCH expression for a user query: folded single tokens, each quoted.

    The expression finds every row holding the query's words, in any order: a superset of
    the rows holding its phrases ("quoted", or spelled out like ``chuyển đổi số`` for CĐS),
    which :func:`phrase_match` then checks. It has no FTS5 phrase, so it works on an index
    without positions (``detail=none``) as well as on a full one.

    >>> fold_match("CĐS")
    '("cds" OR ("chuyen" AND "doi" AND "so"))'
    >>> fold_match('"Dịch vụ công" trực tuyến')
    '"dich" AND "vu" AND "cong" AND "truc" AND "tuyen"'
    >>> fold_match("  ")
    '""'
    """
    return _fold_match(query or "")


@lru_cache(maxsize=256)
def _fold_match(query: str) -> str:
    parts = []
    for group in parse_query(query):
        if len(group) == 1:
            parts.append(group[0].fts())
            continue
        alternatives = [p.fts() if len(p.tokens) == 1 else f"({p.fts()})" for p in group]
        parts.append("(" + " OR ".join(alternatives) + ")")
    return " AND ".join(parts) or NO_MATCH


def has_phrases(query: str) -> bool:
    """Whether rows found by :func:`fold_match` need :func:`phrase_match` (a phrase to check).

    >>> has_phrases("chuyen doi so"), has_phrases("so OR hoa"), has_phrases('"so hoa"')
    (True, False, True)
    """
    return any(len(p.tokens) > 1 for group in _parse_query(query or "") for p in group)


def query_phrases(query: str) -> list[Phrase]:
    """Every phrase (with its alternatives) that a query can match, for highlighting."""
    return list(_query_phrases(query))


@lru_cache(maxsize=256)
def _query_phrases(query: str) -> tuple[Phrase, ...]:
    return tuple(phrase for group in parse_query(query) for phrase in group)


def title_rank(title: str | None, query: str) -> int:
    """Rank of a match by its title: minus the number of places the query matches in it.

    Lower is better, like FTS5's ``rank``; 0 when the words are only in the body. The ``search``
    query orders its bounded set of newest matches by this, then by date: FTS5's bm25() must
    read every match of every phrase for its statistics (at 1,000,000 articles a common word
    is in 270,000 of them: seconds per query), this reads the titles of the rows returned.

    >>> title_rank("Chuyển đổi số ở xã Tân Lộc", "CĐS Tân Lộc")
    -2
    >>> title_rank("Họp báo quý I", "chuyen doi so")
    0
    """
    groups = _parse_query(query or "")
    if not title or not any(_holds(title, group) for group in groups):
        return 0  # most titles: one quick look per part of the query, no folding
    return -len(match_spans(title, list(_query_phrases(query))))


def match_spans(text: str, phrases: list[Phrase]) -> list[tuple[int, int]]:
    """Where the phrases occur in the ORIGINAL ``text``: sorted ``(start, end)`` spans.

    Overlapping spans and spans separated only by spaces are merged.

    Matching is on whole words, case and accents ignored, as FTS5 does, directly on the
    accented text (FTS5's own snippet() could only show the folded copy).

    >>> text = "Đẩy mạnh Chuyển đổi số (CĐS) ở xã"
    >>> [text[a:b] for a, b in match_spans(text, query_phrases("chuyen doi so"))]
    ['Chuyển đổi số', 'CĐS']
    """
    if not text or not phrases:
        return []
    spans = [match.span() for match in word_matches(text, _group_finder(tuple(phrases)))]
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        # separated by spaces only: one highlight ("khai trương", not two)
        if merged and not text[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


@lru_cache(maxsize=512)
def _group_finder(group: tuple[Phrase, ...]) -> re.Pattern:
    """A regex finding any of ``group``'s phrases in UNFOLDED text, up to a word's end (the
    start of the word is checked by :func:`dtcrawl.fts.word_matches`).
    """
    alternatives = [
        words_pattern(phrase.tokens, prefix=phrase.prefix)
        for phrase in sorted(group, key=lambda p: -len(" ".join(p.tokens)))
    ]
    return re.compile(f"(?:{'|'.join(alternatives)})(?![^\\W_])")


def _holds(text: str, group: tuple[Phrase, ...]) -> bool:
    """Whether ``text`` holds one of the phrases as whole consecutive words, as FTS5 would."""
    return next(word_matches(text, _group_finder(group)), None) is not None


def phrase_match(title: str | None, body: str | None, query: str) -> int:
    """1 if ``title`` or ``body`` matches every part of ``query`` with its words in order, else 0.

    The check that completes :func:`fold_match`, whose index (no positions) can only say that
    a row holds the words. Each part of the query (a word, a "quoted phrase", or alternatives
    joined by OR or known abbreviations) must occur in the title or the body, a phrase as
    consecutive words (any punctuation between them), case and accents ignored.
    Pass ``None`` for a column that must not count (``phrase_match(title, null, q)``:
    the words must be in the title).

    >>> phrase_match("Hội nghị", "Tỉnh đẩy mạnh Chuyển đổi số.", '"chuyen doi so" tinh')
    1
    >>> phrase_match("Hội nghị", "Chuyển giao, đổi mới, số hóa.", '"chuyen doi so"')
    0
    >>> phrase_match("CĐS ở xã", None, "chuyển đổi số")  # an abbreviation is an alternative
    1
    """
    texts = [text for text in (title, body) if text]
    return int(
        bool(texts)
        and all(any(_holds(text, group) for text in texts) for group in _parse_query(query or ""))
    )


def snippet_bounds(text: str, spans: list[tuple[int, int]], width: int = 260) -> tuple[int, int]:
    """Choose a window of about ``width`` characters of ``text`` showing the most matches.

    >>> snippet_bounds("một hai ba", [], width=5)
    (0, 3)
    """
    if len(text) <= width:
        return 0, len(text)
    best_start, best_score = 0, -1
    for start, _ in spans[:40] or [(0, 0)]:  # the first matches are enough to choose from
        begin = max(0, start - width // 4)
        inside = {text[a:b].lower() for a, b in spans if begin <= a and b <= begin + width}
        if len(inside) > best_score:
            best_start, best_score = begin, len(inside)
    begin, end = best_start, min(len(text), best_start + width)
    if begin > 0:  # start on a word boundary
        space = text.find(" ", begin)
        begin = space + 1 if 0 <= space < begin + 30 else begin
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > begin else end
    return begin, end


def search_snippet(text: str | None, query: str, width: int = 260) -> str:
    """A plain-text excerpt of ``text`` around the query's matches (``…`` where cut).

    >>> search_snippet("Tỉnh họp. Bàn về chuyển đổi số.", "chuyen doi so", width=20)
    '… về chuyển đổi số.'
    """
    text = " ".join((text or "").split())
    begin, end = snippet_bounds(text, match_spans(text, query_phrases(query)), width)
    return ("… " if begin else "") + text[begin:end] + (" …" if end < len(text) else "")


def highlight(text: str | None, query: str) -> Markup:
    """HTML of ``text`` with the query's matches in ``<mark>``; everything else escaped.

    >>> str(highlight("<b>Chuyển đổi số</b>", "chuyen doi so"))
    '&lt;b&gt;<mark>Chuyển đổi số</mark>&lt;/b&gt;'
    """
    text = text or ""
    out, pos = [], 0
    for start, end in match_spans(text, query_phrases(query)):
        out.append(escape(text[pos:start]))
        out.append(Markup("<mark>") + escape(text[start:end]) + Markup("</mark>"))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


# --- Datasette hooks ---------------------------------------------------------------


MMAP_BYTES = 2**31


@hookimpl(trylast=True)
def prepare_connection(conn):
    """SQL functions: fold(), fold_match(), phrase_match(), has_phrases(), search_snippet(),
    title_rank(); escape_fts().

    ``trylast`` so that this runs after Datasette's own prepare_connection, which
    registers the plain ``escape_fts`` that this replaces.
    """
    # Read pages straight from the OS cache (no copy per page read): the row look-ups of a
    # search with a province filter on the 100k synthetic archive took 7.8 ms instead of 11.7
    # (4 KiB pages), 5.0 instead of 8.5 (64 KiB pages); table search CPU per request p50 -18%.
    # SQLite caps the mapping at the first 2 GiB of the file. It changes no result.
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    conn.create_function("fold", 1, fold, deterministic=True)
    conn.create_function("fold_match", 1, fold_match, deterministic=True)
    conn.create_function("escape_fts", 1, fold_match, deterministic=True)
    conn.create_function("search_snippet", 2, search_snippet, deterministic=True)
    conn.create_function("title_rank", 2, title_rank, deterministic=True)
    conn.create_function("phrase_match", 3, phrase_match, deterministic=True)
    conn.create_function("has_phrases", 1, has_phrases, deterministic=True)


def fold_search_args(query_string: bytes) -> bytes:
    """Fold the values of ``_search`` and ``_search_<column>`` in a raw query string.

    >>> fold_search_args("_search=Chuy%E1%BB%83n+%C4%90%E1%BB%95i&_sort=id".encode())
    b'_search=chuyen+doi&_sort=id'
    """
    pairs = urllib.parse.parse_qsl(query_string.decode("utf-8", "replace"), keep_blank_values=True)
    searched = [key.startswith("_search") and key != "_searchmode" for key, _ in pairs]
    if not any(searched):
        return query_string
    folded = [
        (key, fold_query(value) if is_search else value)
        for (key, value), is_search in zip(pairs, searched, strict=True)
    ]
    return urllib.parse.urlencode(folded).encode("ascii")


@hookimpl
def asgi_wrapper(datasette):
    """Fold ``_search`` parameters so that Datasette's table search matches the folded FTS."""

    def wrap(app):
        async def folded_search_app(scope, receive, send):
            if scope.get("type") == "http" and b"_search" in scope.get("query_string", b""):
                scope = dict(scope, query_string=fold_search_args(scope["query_string"]))
            await app(scope, receive, send)

        return folded_search_app

    return wrap


# --- Datasette's table search, bounded -----------------------------------------------

# Table search (``/<db>/articles?_search=``) looks at this many of the most recently archived
# articles holding every word of the query (and passing the page's column filters); phrases
# are checked in those. Datasette's own search built the set of EVERY match three times
# (rows, count, each facet): 2.6 s p95 at 1,000,000 articles (make bench-archive).
TABLE_SEARCH_LIMIT = 1000
ALL_MATCHES_ARG = "_matches"  # ?_matches=all lifts the bound (Datasette's time limit applies)
SEARCHABLE_COLUMNS = ("title", "body")


def search_requests(args) -> list[tuple[str, tuple[str, ...]]]:
    """The searches of a table request: ``(query, columns)`` for ``_search`` (title and body)
    and each ``_search_<column>`` (that column).

    >>> search_requests({"_search": "cds", "_search_title": "ioc", "_searchmode": "raw"})
    [('cds', ('title', 'body')), ('ioc', ('title',))]
    """
    found = []
    for key in args:
        if not key.startswith("_search") or key == "_searchmode" or not args[key].strip():
            continue
        column = key[len("_search_") :] if key != "_search" else ""
        if column and column not in SEARCHABLE_COLUMNS:
            raise BadRequest("Cannot search by that column")
        found.append((args[key], (column,) if column else SEARCHABLE_COLUMNS))
    return found


def _phrase_check_sql(searches, params: dict, alias: str = "") -> str:
    """SQL true when a row passes every search's :func:`phrase_match` check (on its columns)."""
    checks = []
    for i, (query, columns) in enumerate(searches):
        if columns == SEARCHABLE_COLUMNS and not has_phrases(query):
            continue  # the index alone answers it
        params[f"dtcrawl_q{i}"] = query
        title, body = (f"{alias}{c}" if c in columns else "null" for c in SEARCHABLE_COLUMNS)
        checks.append(f"phrase_match({title}, {body}, :dtcrawl_q{i})")
    return " and ".join(checks)


def _describe(searches) -> str:
    """What the searches look for, in Datasette's words (a query with quotes is not re-quoted).

    >>> _describe([('"chuyen doi so" IOC', ("title", "body")), ("ioc", ("title",))])
    'search matches "chuyen doi so" IOC and search column "title" matches "ioc"'
    """

    def shown(query: str) -> str:
        return query if '"' in query else f'"{query}"'

    return " and ".join(
        f"search matches {shown(query)}"
        if columns == SEARCHABLE_COLUMNS
        else f'search column "{columns[0]}" matches {shown(query)}'
        for query, columns in searches
    )


@hookimpl(trylast=True)
def filters_from_request(request, database, table, datasette):
    """``?_search=`` on the articles table: the newest matches, phrases checked, bounded.

    The archive's index keeps no positions, so Datasette's own search (a MATCH, switched off
    by leaving ``fts_table`` out of the metadata) could neither match phrases nor search one
    column, and it built the set of every match for the rows, again for the count, again for
    each facet. Here one query takes the :data:`TABLE_SEARCH_LIMIT` most recently archived
    articles holding every word (and passing the column filters), :func:`phrase_match`
    checks their phrases, and the page's rows, count and facets are made from those ids.
    The human description says when there were more; ``?_matches=all`` searches every row.
    ``trylast``: this runs after Datasette's own search filter, whose ``supports_search``
    (false without ``fts_table``) it overrides.
    """
    if table != "articles" or database != archive_database(datasette):
        return None
    searches = search_requests(request.args)
    context = {"supports_search": True, "search": request.args.get("_search", "")}
    if not searches:
        return FilterArguments([], extra_context=context)

    async def bounded_search() -> FilterArguments:
        db = datasette.get_database(database)
        params: dict = {"dtcrawl_match": " AND ".join(f"({fold_match(q)})" for q, _ in searches)}
        described = _describe(searches)
        if request.args.get(ALL_MATCHES_ARG) == "all":
            check = _phrase_check_sql(searches, params)
            where = "id in (select rowid from articles_fts where articles_fts match :dtcrawl_match)"
            where += f" and {check}" if check else ""
            return FilterArguments(
                [where], params, [f"{described} (every match)"], extra_context=context
            )
        # Datasette's column filters (?province=…) inside the bound: the newest N that pass.
        pairs = sorted(
            (key, value)
            for key in request.args
            if not (key.startswith("_") and "__" not in key)
            for value in request.args.getlist(key)
        )
        clauses, filter_params = Filters(pairs).build_where_clauses(table)
        params.update(filter_params)
        check = _phrase_check_sql(searches, params, alias="a.")
        where = "articles_fts match :dtcrawl_match"
        if clauses:
            where += (
                " and exists (select 1 from articles where articles.id = articles_fts.rowid"
                f" and {' and '.join(clauses)})"
            )
        checked = f"(select {check} from articles a where a.id = articles_fts.rowid)"
        sql = (
            f"select rowid, {checked if check else '1'} from articles_fts where {where} "
            f"order by rowid desc limit {TABLE_SEARCH_LIMIT + 1}"
        )
        rows = (await db.execute(sql, params)).rows
        more = len(rows) > TABLE_SEARCH_LIMIT
        ids = [row[0] for row in rows[:TABLE_SEARCH_LIMIT] if row[1]]
        if more:
            scope = "phrases checked in" if check else "only"
            described += (
                f" ({scope} the {TABLE_SEARCH_LIMIT:,} most recently archived articles with "
                f"all its words{' passing the filters' if clauses else ''}; there are more: "
                f"add {ALL_MATCHES_ARG}=all to search every article)"
            )
        context["search_limited"] = more
        return FilterArguments(
            ["id in (select value from json_each(:dtcrawl_ids))"],
            {"dtcrawl_ids": json.dumps(ids), "dtcrawl_limited": int(more)},
            [described],
            extra_context=context,
        )

    return bounded_search


def archive_database(datasette) -> str:
    """Name of the archive database: plugin setting ``dtcrawl.database``, else the first one."""
    config = datasette.plugin_config("dtcrawl") or {}
    names = [name for name in datasette.databases if name != "_internal"]
    return config.get("database") or names[0]


PAGE_SIZE = 20
FILTERS = ("q", "province", "portal", "year", "since", "until", "sort")


async def search_page(datasette, request):
    """``/-/search``: the ``search`` canned query, with highlighted snippets and filters."""
    name = archive_database(datasette)
    db = datasette.get_database(name)
    args = {key: (request.args.get(key) or "").strip() for key in FILTERS}
    show_offtopic = bool(request.args.get("offtopic"))
    show_dups = bool(request.args.get("dups"))
    try:
        page = max(1, int(request.args.get("page") or 1))
    except ValueError:
        page = 1
    canned = await datasette.get_canned_query(name, "search", request.actor)
    rows, hidden_offtopic, hidden_dups, truncated = [], 0, 0, False
    if args["q"] and canned:
        # Run with everything shown, filter here: the page can then say what it hid.
        # Snippets are made below for the 20 rows shown, not for up to 1,001 matches: at
        # 50,000 articles they were 280 of the page's 360 ms (make bench-archive).
        sql = canned["sql"].replace("search_snippet(a.body, :q) as snippet", "null as snippet")
        result = await db.execute(sql, {**args, "offtopic": "1", "dups": "1"}, truncate=True)
        # Bounded (see the canned query): the newest 1,001 articles holding every word were
        # checked. Without phrases they are the rows (truncated); with phrases, ``checked``
        # says how many there were. With no row at all, say the rule when there are phrases.
        checked = result.rows[0]["checked"] if result.rows else 0
        truncated = result.truncated or checked > datasette.setting("max_returned_rows")
        truncated = truncated or (not result.rows and has_phrases(args["q"]))
        for row in result.rows:
            row = dict(row)
            offtopic = row.get("relevant") == 0
            dup = row.get("duplicate_of") is not None
            hidden_offtopic += offtopic and not show_offtopic
            hidden_dups += dup and not show_dups and (show_offtopic or not offtopic)
            if (show_offtopic or not offtopic) and (show_dups or not dup):
                rows.append(row)
    total = len(rows)
    rows = rows[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    await _add_details(db, rows, args["q"])
    choices = await _choices(db)
    feed_args = {k: v for k, v in args.items() if v and k != "sort"}
    feed_args.update({"offtopic": "1"} if show_offtopic else {})
    feed_args.update({"dups": "1"} if show_dups else {})
    base = datasette.urls.database(name) + "/search"
    query_args = {k: request.args.get(k) for k in request.args if k != "page"}

    def toggle_url(key: str) -> str:
        """This search with the checkbox ``key`` flipped."""
        flipped = {k: v for k, v in query_args.items() if k != key}
        if not request.args.get(key):
            flipped[key] = "1"
        return "?" + urllib.parse.urlencode(flipped)

    context = {
        "metadata": datasette.metadata(),
        "database_name": name,
        "args": args,
        "show_offtopic": show_offtopic,
        "show_dups": show_dups,
        "results": rows,
        "total": total,
        "page": page,
        "pages": max(1, -(-total // PAGE_SIZE)),
        "page_url": lambda n: "?" + urllib.parse.urlencode({**query_args, "page": n}),
        "toggle_url": toggle_url,
        "hidden_offtopic": hidden_offtopic,
        "hidden_dups": hidden_dups,
        "truncated": truncated,
        "phrased": has_phrases(args["q"]),
        "all_matches_url": all_matches_url(datasette.urls.table(name, "articles"), args),
        "choices": choices,
        "json_url": base + ".json?" + urllib.parse.urlencode({**feed_args, "_shape": "array"}),
        "csv_url": base + ".csv?" + urllib.parse.urlencode({**feed_args, "_size": "max"}),
        "atom_url": base + ".atom?" + urllib.parse.urlencode({**feed_args, "sort": "newest"}),
        "query_url": base + "?" + urllib.parse.urlencode({**feed_args, "sort": args["sort"]}),
    }
    return Response.html(
        await datasette.render_template("dtcrawl_search.html", context, request=request)
    )


def all_matches_url(table_url: str, args: dict[str, str]) -> str:
    """The table search for every match of a search page's query, with its filters.

    >>> all_matches_url("/db/articles", {"q": "cds", "province": "Lam Giang", "year": "2024"})
    '/db/articles?_search=cds&_matches=all&province=Lam+Giang&published_at__startswith=2024'
    """
    query = {"_search": args.get("q", ""), ALL_MATCHES_ARG: "all"}
    for key, column in (("province", "province"), ("portal", "portal"), ("year", "published_at")):
        if args.get(key):
            query[column + ("__startswith" if key == "year" else "")] = args[key]
    if args.get("since"):
        query["published_at__gte"] = args["since"]
    if args.get("until"):  # the whole day: times are ISO 8601 at +07:00
        query["published_at__lte"] = args["until"] + "T23:59:59+07:00"
    return table_url + "?" + urllib.parse.urlencode(query)


async def _add_details(db, rows: list[dict], query: str) -> None:
    """Highlight title and snippet; attach the other portals that carried each story."""
    missing = [row["id"] for row in rows if row.get("snippet") is None]
    if missing:
        marks = ", ".join("?" * len(missing))
        bodies = dict(
            (await db.execute(f"select id, body from articles where id in ({marks})", missing)).rows
        )
        for row in rows:
            if row.get("snippet") is None:
                row["snippet"] = search_snippet(bodies.get(row["id"]), query)
    for row in rows:
        row["title_html"] = highlight(row.get("title"), query)
        row["snippet_html"] = highlight(row.get("snippet"), query)
        row["others"] = []
    if not rows:
        return
    roots = {row["id"]: row.get("duplicate_of") or row["id"] for row in rows}
    values = list(set(roots.values()))
    marks = ", ".join("?" * len(values))
    columns = "id, portal, province, url, published_at, duplicate_of"
    # Two index look-ups, sorted here. With "duplicate_of IN (...) OR id IN (...) ORDER BY
    # published_at" SQLite scanned the whole table by date (ANALYZE sees duplicate_of as
    # unselective: it is NULL in most rows): 570 ms at 200,000 articles, 10 ms like this.
    sql = (
        f"select {columns} from articles indexed by articles_duplicate_of "
        f"where duplicate_of in ({marks}) "
        f"union all select {columns} from articles where id in ({marks})"
    )
    carried = sorted(
        (await db.execute(sql, values + values)).rows,
        key=lambda other: (other["published_at"] is not None, other["published_at"] or ""),
    )
    for row in rows:
        row["others"] = [
            dict(other)
            for other in carried
            if (other["duplicate_of"] or other["id"]) == roots[row["id"]]
            and other["id"] != row["id"]
        ]


_CHOICES: dict[str, tuple[float, dict[str, list]]] = {}
CHOICES_TTL = 300.0  # seconds; the lists change only when a crawl adds a province or portal


# Skip-scans: one index seek per distinct value (articles_portal_published, articles_published)
# instead of reading every row. "select distinct province from articles" read the whole table:
# over Datasette's 3 s time limit at 1,000,000 articles on a busy machine (the page then failed).
_PORTALS_SQL = """
with recursive portals(portal) as (
  select min(portal) from articles
  union all
  select (select min(portal) from articles where portal > portals.portal)
  from portals where portal is not null
)
select portal, (select province from articles a where a.portal = portals.portal
                and a.province is not null limit 1) as province
from portals where portal is not null
"""
_YEARS_SQL = """
with recursive years(year) as (
  select substr(max(published_at), 1, 4) from articles
  union all
  select (select substr(max(published_at), 1, 4) from articles where published_at < years.year)
  from years where year is not null
)
select year from years where year is not null
"""


async def _choices(db) -> dict[str, list]:
    """Values for the filter drop-downs: provinces, portals, years (cached a few minutes).

    A portal belongs to one province (dtcrawl/portals.yaml), so the provinces are those of
    one article per portal.
    """
    cached = _CHOICES.get(db.name)
    if cached and time.monotonic() - cached[0] < CHOICES_TTL:
        return cached[1]
    portals = (await db.execute(_PORTALS_SQL)).rows
    years = (await db.execute(_YEARS_SQL)).rows
    choices = {
        "province": sorted({row["province"] for row in portals if row["province"]}),
        "portal": [row["portal"] for row in portals],
        "year": [row["year"] for row in years if row["year"]],
    }
    _CHOICES[db.name] = (time.monotonic(), choices)
    return choices


@hookimpl
def extra_template_vars(template):
    """The abbreviation table, for the about page's search help."""
    if template == "dtcrawl_about.html":
        return {"abbreviations": sorted(ABBREVIATIONS.items())}
    return {}


@hookimpl
def register_routes():
    """``/-/search``: the journalists' search page."""
    return [(r"^/-/search$", search_page)]
