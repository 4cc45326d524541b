"""The archive's own pages in Datasette: home, article, about, robots.txt.

- ``/`` (``templates/index.html``): what the archive holds, last crawl, portal health;
- ``/-/article/<id>``: one article as readable text, its other copies, cited documents;
- ``/-/about``: what the archive is and how to query it;
- ``/robots.txt``: keeps robots away from search and SQL (expensive, endless);
- every request but GET/HEAD/OPTIONS is refused (405): the archive is read-only.

Every value from the database reaches HTML through Jinja's autoescape; article
bodies are plain text and are only split into paragraphs, never rendered as HTML.
"""

from __future__ import annotations

import json
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup


def archive_database(datasette) -> str:
    """Name of the archive database: plugin setting ``dtcrawl.database``, else the first one."""
    config = datasette.plugin_config("dtcrawl") or {}
    names = [name for name in datasette.databases if name != "_internal"]
    return config.get("database") or names[0]


def paragraphs(body: str | None) -> list[str]:
    """Split a stored body into paragraphs (separated by blank lines).

    >>> paragraphs("Một.\\n\\nHai\\ndòng.\\n\\n\\n")
    ['Một.', 'Hai\\ndòng.']
    """
    return [p.strip() for p in (body or "").split("\n\n") if p.strip()]


def loads(value: Any, default: Any) -> Any:
    """Parse a JSON column tolerantly: ``default`` for NULL or malformed values.

    >>> loads('["a"]', []), loads(None, []), loads("{oops", {})
    (['a'], [], {})
    """
    if value in (None, ""):
        return default
    try:
        parsed = json.loads(value)
    except (TypeError, ValueError):
        return default
    return parsed if isinstance(parsed, type(default)) else default


# Counter names, preferred first (the pipeline's "errors" already includes extraction failures).
NEW_KEYS = ("new", "new_articles", "saved")
ERROR_KEYS = ("errors", "error", "fetch_errors")


def _first_count(counts: dict, keys: tuple[str, ...]) -> int:
    for key in keys:
        if key in counts:
            try:
                return int(counts[key] or 0)
            except (TypeError, ValueError):
                return 0
    return 0


def portal_health(runs: list[dict]) -> dict[str, dict]:
    """Latest counters per portal from ``crawl_runs`` rows (newest first).

    ``stats`` is JSON ``{portal: {new, errors, ...}}``; rows with missing or odd
    stats are skipped.

    >>> portal_health([{"id": 2, "started_at": "2025-01-02", "stats": '{"a": {"new": 3}}'},
    ...                {"id": 1, "started_at": "2025-01-01", "stats": '{"a": {"errors": 1}}'}])
    {'a': {'run': 2, 'at': '2025-01-02', 'new': 3, 'errors': 0}}
    """
    health: dict[str, dict] = {}
    for run in runs:
        stats = loads(run.get("stats"), {})
        for portal, counts in stats.items():
            if portal in health or not isinstance(counts, dict):
                continue
            health[portal] = {
                "run": run.get("id"),
                "at": run.get("finished_at") or run.get("started_at"),
                "new": _first_count(counts, NEW_KEYS),
                "errors": _first_count(counts, ERROR_KEYS),
            }
    return health


# Vietnamese names of the problems dtcrawl.health reports.
PROBLEM_LABELS = {
    "silent": "không có bài mới",
    "extraction": "không đọc được nội dung",
    "errors": "nhiều lỗi",
    "start_url": "địa chỉ bắt đầu hỏng",
    "unreachable": "không truy cập được",
}


async def _health_verdicts(db) -> dict[str, list[dict]]:
    """Problems per portal from :func:`dtcrawl.health.assess_archive`; {} if it cannot say."""
    try:
        from dtcrawl.health import assess_archive

        report = await db.execute_fn(assess_archive)
    except Exception:  # an archive from another dtcrawl version: show the counts only
        return {}
    return {
        verdict.portal: [
            {"code": code, "label": PROBLEM_LABELS.get(code, code), "message": message}
            for code, message in verdict.problems
        ]
        for verdict in report
    }


async def _table_columns(db, table: str) -> list[str]:
    if not await db.table_exists(table):
        return []
    return await db.table_columns(table)


async def _rows(db, sql: str, params=None) -> list[dict]:
    return [dict(r) for r in (await db.execute(sql, params or []))]


async def home_context(datasette) -> dict:
    """Figures for the home page; every block tolerates missing tables and columns."""
    name = archive_database(datasette)
    db = datasette.get_database(name)
    context: dict[str, Any] = {"dtcrawl_database": name, "home": {}}
    home = context["home"]
    if not await db.table_exists("articles"):
        return context
    totals = await _rows(
        db,
        "select count(*) as articles, sum(relevant = 1) as relevant, "
        "sum(relevant = 1 and duplicate_of is null) as stories, "
        "count(distinct province) as provinces, count(distinct portal) as portals, "
        "min(published_at) as first, max(published_at) as last from articles",
    )
    home["totals"] = totals[0]
    home["provinces"] = await _rows(
        db,
        "select province, count(*) as stories, max(published_at) as last from articles "
        "where relevant = 1 and duplicate_of is null group by province order by stories desc",
    )
    home["years"] = await _rows(
        db,
        "select substr(published_at, 1, 4) as year, count(*) as stories from articles "
        "where relevant = 1 and duplicate_of is null and published_at is not null "
        "group by year order by year desc",
    )
    home["latest"] = await _rows(
        db,
        "select id, title, province, portal, published_at from articles "
        "where relevant = 1 and duplicate_of is null order by published_at desc limit 8",
    )
    portals = await _rows(
        db,
        "select portal, province, count(*) as articles, max(first_seen_at) as last_new "
        "from articles group by portal order by portal",
    )
    runs_columns = await _table_columns(db, "crawl_runs")
    runs: list[dict] = []
    if runs_columns:
        order = "id" if "id" in runs_columns else "rowid"
        runs = await _rows(db, f"select * from crawl_runs order by {order} desc limit 200")
    home["last_run"] = runs[0] if runs else None
    health = portal_health(runs) if "stats" in runs_columns else {}
    verdicts = await _health_verdicts(db) if runs else {}
    for portal in portals:
        portal["health"] = health.get(portal["portal"])
        portal["problems"] = verdicts.get(portal["portal"], [])
    for portal_id in sorted(set(health) - {p["portal"] for p in portals}):
        portals.append(
            {
                "portal": portal_id,
                "province": None,
                "articles": 0,
                "health": health[portal_id],
                "problems": verdicts.get(portal_id, []),
            }
        )
    home["portals"] = portals
    return context


async def article_page(datasette, request):
    """``/-/article/<id>``: one article, readable, with its copies and cited documents."""
    name = archive_database(datasette)
    db = datasette.get_database(name)
    try:
        article_id = int(request.url_vars["id"])
    except ValueError:
        raise NotFound("Không có bài viết này") from None
    found = await _rows(db, "select * from articles where id = ?", [article_id])
    if not found:
        raise NotFound("Không có bài viết này")
    article = found[0]
    story_id = article.get("duplicate_of") or article_id
    copies = await _rows(
        db,
        "select id, portal, province, url, published_at, title from articles "
        "where (id = ? or duplicate_of = ?) and id != ? order by published_at",
        [story_id, story_id, article_id],
    )
    refs: list[dict] = []
    if "article_id" in await _table_columns(db, "legal_refs"):
        refs = await _rows(
            db, "select * from legal_refs where article_id = ? order by rowid", [article_id]
        )
    indicators: list[dict] = []
    if "article_id" in await _table_columns(db, "indicators"):
        indicators = await _rows(
            db, "select * from indicators where article_id = ? order by rowid", [article_id]
        )
    variants: list[dict] = []
    if "article_id" in await _table_columns(db, "article_urls"):
        variants = await _rows(
            db,
            "select url from article_urls where article_id = ? and url != ? order by url",
            [article_id, article["url"]],
        )
    versions = 0
    if "article_id" in await _table_columns(db, "article_versions"):
        versions = (
            await db.execute(
                "select count(*) from article_versions where article_id = ?", [article_id]
            )
        ).first()[0]
    context = {
        "metadata": datasette.metadata(),
        "dtcrawl_database": name,
        "article": article,
        "paragraphs": paragraphs(article.get("body")),
        "captions": loads(article.get("captions"), []),
        "terms": loads(article.get("relevance_terms"), {}),
        "copies": copies,
        "legal_refs": refs,
        "indicators": indicators,
        "variants": variants,
        "versions": versions,
    }
    return Response.html(
        await datasette.render_template("dtcrawl_article.html", context, request=request)
    )


async def about_page(datasette, request):
    """``/-/about``: what the archive is, how to search it, how to query it."""
    name = archive_database(datasette)
    queries = await datasette.get_canned_queries(name, request.actor)
    context = {"metadata": datasette.metadata(), "dtcrawl_database": name, "queries": queries}
    return Response.html(
        await datasette.render_template("dtcrawl_about.html", context, request=request)
    )


ROBOTS_TXT = """\
# Lưu trữ tin chuyển đổi số: article pages and the home page are welcome;
# search, SQL and exports are expensive and endless, so robots stay out.
User-agent: *
Disallow: /-/search
Disallow: /*?_search
Disallow: /*&_search
Disallow: /*?sql=
Disallow: /*?*sql=
Disallow: /*.json
Disallow: /*.csv
Disallow: /*.atom
Disallow: /-/charts
Allow: /-/article/
Allow: /$
"""


async def robots_txt(request):
    """``/robots.txt``."""
    return Response.text(ROBOTS_TXT)


READ_METHODS = {"GET", "HEAD", "OPTIONS"}


@hookimpl
def asgi_wrapper():
    """Answer every non-read request with 405: the public archive is read-only.

    (Datasette 0.65 has no write API, but POSTs to tables and canned queries end in
    500 errors; this makes the refusal explicit and certain.)
    """

    def wrap(app):
        async def read_only_app(scope, receive, send):
            if scope.get("type") == "http" and scope.get("method", "GET") not in READ_METHODS:
                await Response.text(
                    "405: kho lưu trữ chỉ đọc (this archive is read-only)",
                    status=405,
                    headers={"Allow": "GET, HEAD, OPTIONS"},
                ).asgi_send(send)
                return
            await app(scope, receive, send)

        return read_only_app

    return wrap


@hookimpl
def register_routes():
    """Article, about and robots.txt routes."""
    return [
        (r"^/-/article/(?P<id>[^/]+)$", article_page),
        (r"^/-/about$", about_page),
        (r"^/robots\.txt$", robots_txt),
    ]


@hookimpl
def extra_template_vars(template, datasette):
    """The archive database's name on every page; the home page's figures on ``/``."""

    async def inner():
        if template == "index.html":
            return await home_context(datasette)
        return {"dtcrawl_database": archive_database(datasette)}

    return inner


BODY_PREVIEW_CHARS = 160


@hookimpl
def render_cell(row, value, column, table, datasette):
    """In the ``articles`` table: titles link to the article page; bodies are short previews."""
    if table != "articles" or not isinstance(value, str):
        return None
    if column == "title" and "id" in row.keys():
        href = datasette.urls.path(f"/-/article/{row['id']}")
        return Markup('<a href="{}">{}</a>').format(href, value)
    if column == "body" and len(value) > BODY_PREVIEW_CHARS:
        return value[:BODY_PREVIEW_CHARS].rsplit(" ", 1)[0] + " …"
    return None


@hookimpl
def extra_css_urls(datasette):
    """The archive's stylesheet, on every page (Datasette's own pages included)."""
    return [datasette.urls.path("/dtcrawl/dtcrawl.css")]


@hookimpl
def menu_links(datasette):
    """Links to the archive's own pages in Datasette's menu."""
    return [
        {"href": datasette.urls.path("/-/search"), "label": "Tìm kiếm (search)"},
        {"href": datasette.urls.path("/-/charts"), "label": "Biểu đồ (charts)"},
        {"href": datasette.urls.path("/-/about"), "label": "Giới thiệu (about)"},
    ]
