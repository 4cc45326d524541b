"""Charts of the archive as server-side SVG (no JavaScript, works offline): ``/-/charts``.

- stories per province per month (small multiples, one row of bars per province);
- coverage by portal over time (every stored article, copies included);
- one indicator across provinces over time (``?indicator=<name>``), each point
  linked to the article that reported it.

The SVG builders (:func:`month_range`, :func:`bar_rows_svg`, :func:`line_chart_svg`)
are pure; every label and value is escaped.
"""

from __future__ import annotations

import math
import urllib.parse
from collections.abc import Callable

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

PALETTE = ["#3366cc", "#dc3912", "#ff9900", "#109618", "#990099", "#0099c6", "#dd4477", "#66aa00"]


def archive_database(datasette) -> str:
    """Name of the archive database: plugin setting ``dtcrawl.database``, else the first one."""
    config = datasette.plugin_config("dtcrawl") or {}
    names = [name for name in datasette.databases if name != "_internal"]
    return config.get("database") or names[0]


def month_range(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` (``YYYY-MM``), inclusive.

    >>> month_range("2023-11", "2024-02")
    ['2023-11', '2023-12', '2024-01', '2024-02']
    """
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def bar_rows_svg(
    rows: dict[str, dict[str, int]],
    months: list[str],
    href: Callable[[str, str], str],
    unit: str = "tin",
    width: int = 960,
) -> Markup:
    """Small multiples: one row of monthly bars per label, on a shared scale.

    >>> svg = bar_rows_svg({"A<b>": {"2024-01": 2}}, ["2024-01"], lambda r, m: "/x?a=1&b=2")
    >>> "A&lt;b&gt;" in svg and "/x?a=1&amp;b=2" in svg and "<title>A&lt;b&gt;, 01/2024: 2 tin" in svg
    True
    """
    label_width, row_height, bar_height, top = 170, 36, 26, 8
    plot_width = width - label_width - 60
    step = plot_width / max(1, len(months))
    peak = max((n for counts in rows.values() for n in counts.values()), default=0) or 1
    height = top + row_height * len(rows) + 30
    parts = [
        f'<svg class="dt-chart" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img">'
    ]
    for index, (label, counts) in enumerate(rows.items()):
        base = top + row_height * index + bar_height
        total = sum(counts.values())
        parts.append(
            f'<text x="0" y="{base - 8}">{escape(label)}</text>'
            f'<line class="axis" x1="{label_width}" y1="{base}" '
            f'x2="{label_width + plot_width:.1f}" y2="{base}"/>'
            f'<text x="{label_width + plot_width + 8:.1f}" y="{base - 8}">{total}</text>'
        )
        for position, month in enumerate(months):
            count = counts.get(month, 0)
            if not count:
                continue
            bar = max(2.0, bar_height * count / peak)
            x = label_width + position * step
            tip = f"{label}, {month[5:7]}/{month[:4]}: {count} {unit}"
            parts.append(
                f'<a href="{escape(href(label, month))}"><rect class="bar" x="{x + 1:.1f}" '
                f'y="{base - bar:.1f}" width="{max(1.0, step - 2):.1f}" height="{bar:.1f}">'
                f"<title>{escape(tip)}</title></rect></a>"
            )
    axis_y = top + row_height * len(rows) + 14
    for position, month in enumerate(months):
        if month.endswith("-01") or position == 0:
            x = label_width + position * step
            parts.append(
                f'<line class="grid" x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{axis_y - 10}"/>'
                f'<text x="{x:.1f}" y="{axis_y}">{escape(month[:4] if month.endswith("-01") else month)}</text>'
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def line_chart_svg(
    series: dict[str, list[dict]], unit: str = "", width: int = 960, height: int = 360
) -> Markup:
    """Lines of ``{"x": "YYYY-MM-DD", "y": float, "href": str, "title": str}`` points per label.

    >>> svg = line_chart_svg({"Nam Thành": [{"x": "2024-12-31", "y": 85.0, "href": "/a/1",
    ...                                     "title": "85%"}]}, unit="%")
    >>> '<a href="/a/1">' in svg and "Nam Thành" in svg
    True
    """
    left, right, top, bottom = 60, 190, 16, 40
    points = [p for line in series.values() for p in line]
    if not points:
        return Markup("")
    years = range(min(int(p["x"][:4]) for p in points), max(int(p["x"][:4]) for p in points) + 1)
    ys = [p["y"] for p in points]
    low, high = min(0.0, min(ys)), nice_ceiling(max(ys))
    plot_w, plot_h = width - left - right, height - top - bottom
    first, last = _day_number(f"{years[0]}-01-01"), _day_number(f"{years[-1]}-12-31")

    def px(x: str) -> float:
        return left + plot_w * (_day_number(x) - first) / (last - first)

    def py(y: float) -> float:
        return top + plot_h - plot_h * (y - low) / ((high - low) or 1.0)

    parts = [
        f'<svg class="dt-chart" xmlns="http://www.w3.org/2000/svg" width="{width}" '
        f'height="{height}" viewBox="0 0 {width} {height}" role="img">'
    ]
    for i in range(5):
        value = low + (high - low) * i / 4
        y = py(value)
        parts.append(
            f'<line class="grid" x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}"/>'
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">'
            f"{escape(_number(value))}{escape(unit)}</text>"
        )
    for year in years:  # a band per year, labelled in its middle
        x = px(f"{year}-01-01")
        parts.append(
            f'<line class="axis" x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + plot_h + 6}"/>'
            f'<text x="{px(f"{year}-07-01"):.1f}" y="{height - 14}" text-anchor="middle">'
            f"{year}</text>"
        )
    for index, (label, line) in enumerate(series.items()):
        color = PALETTE[index % len(PALETTE)]
        line = sorted(line, key=lambda p: p["x"])
        path = " ".join(f"{px(p['x']):.1f},{py(p['y']):.1f}" for p in line)
        parts.append(f'<polyline class="line" stroke="{color}" points="{path}"/>')
        for p in line:
            parts.append(
                f'<a href="{escape(p["href"])}"><circle cx="{px(p["x"]):.1f}" '
                f'cy="{py(p["y"]):.1f}" r="4" fill="{color}"><title>{escape(p["title"])}</title>'
                "</circle></a>"
            )
        legend_y = top + 14 + 18 * index
        parts.append(
            f'<rect x="{width - right + 16}" y="{legend_y - 9}" width="10" height="10" '
            f'fill="{color}"/><text x="{width - right + 32}" y="{legend_y}">{escape(label)}</text>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def nice_ceiling(value: float) -> float:
    """The smallest 1, 2, 2.5 or 5 × 10ⁿ at or above ``value`` (an axis maximum).

    >>> nice_ceiling(85), nice_ceiling(12), nice_ceiling(0.3), nice_ceiling(0)
    (100.0, 20.0, 0.5, 1.0)
    """
    if value <= 0:
        return 1.0
    scale = 10.0 ** math.floor(math.log10(value))
    return next(m * scale for m in (1, 2, 2.5, 5, 10) if m * scale >= value)


def _day_number(iso_date: str) -> int:
    year, month, day = (int(part) for part in (iso_date + "-01-01")[:10].split("-"))
    return year * 372 + (month - 1) * 31 + day


def _number(value: float) -> str:
    return f"{value:.0f}" if abs(value) >= 10 or value == int(value) else f"{value:.1f}"


def period_date(period, published_at: str | None) -> str | None:
    """A ``YYYY-MM-DD`` for an indicator's period, else the article's date.

    A year is drawn at its middle, a month at its 15th.

    >>> period_date("2024", None), period_date("2024-06", None), period_date(None, "2023-05-02T08:00")
    ('2024-07-01', '2024-06-15', '2023-05-02')
    """
    text = str(period or "").strip()
    if len(text) == 4 and text.isdigit():
        return f"{text}-07-01"
    if len(text) == 7 and text[:4].isdigit() and text[4] == "-" and text[5:].isdigit():
        return f"{text}-15"
    if len(text) >= 10 and text[:4].isdigit() and text[4] == "-":
        return text[:10]
    return published_at[:10] if published_at else None


def _pick(columns: list[str], *candidates: str) -> str | None:
    return next((c for c in candidates if c in columns), None)


async def _counts(db, column: str, relevant_only: bool) -> dict[str, dict[str, int]]:
    where = "published_at is not null"
    if relevant_only:
        where += " and relevant = 1 and duplicate_of is null"
    rows = await db.execute(
        f"select {column} as label, substr(published_at, 1, 7) as month, count(*) as n "
        f"from articles where {where} group by label, month order by label"
    )
    counts: dict[str, dict[str, int]] = {}
    for row in rows:
        counts.setdefault(row["label"] or "?", {})[row["month"]] = row["n"]
    return counts


async def _indicator_series(datasette, db, name: str | None) -> dict:
    """Names of the indicators, and the points of the chosen one by province."""
    result: dict = {"names": [], "chosen": None, "series": {}, "unit": ""}
    if not await db.table_exists("indicators"):
        return result
    columns = await db.table_columns("indicators")
    name_col = _pick(columns, "name", "indicator", "key", "code")
    value_col = _pick(columns, "value", "number", "amount")
    if not (name_col and value_col and "article_id" in columns):
        return result
    names = await db.execute(
        f"select [{name_col}] as name, count(*) as n from indicators group by 1 order by n desc"
    )
    result["names"] = [(row["name"], row["n"]) for row in names if row["name"]]
    chosen = name or (result["names"][0][0] if result["names"] else None)
    if chosen is None:
        return result
    result["chosen"] = chosen
    period_col = _pick(columns, "period", "as_of", "date", "observed_at", "year")
    unit_col = _pick(columns, "unit")
    province_col = "i.province" if "province" in columns else "a.province"
    rows = await db.execute(
        f"select i.article_id, i.[{value_col}] as value, "
        f"{f'i.[{period_col}]' if period_col else 'null'} as period, "
        f"{f'i.[{unit_col}]' if unit_col else 'null'} as unit, "
        f"{province_col} as province, a.title, a.published_at "
        f"from indicators i join articles a on a.id = i.article_id where i.[{name_col}] = ?",
        [chosen],
    )
    for row in rows:
        when = period_date(row["period"], row["published_at"])
        try:
            value = float(row["value"])
        except (TypeError, ValueError):
            continue
        if when is None:
            continue
        result["unit"] = row["unit"] or result["unit"]
        result["series"].setdefault(row["province"] or "?", []).append(
            {
                "x": when,
                "y": value,
                "href": datasette.urls.path(f"/-/article/{row['article_id']}"),
                "title": f"{row['province']}, {row['period'] or when}: "
                f"{_number(value)}{row['unit'] or ''} — {row['title']}",
            }
        )
    return result


async def charts_page(datasette, request):
    """``/-/charts``: stories per province per month, portal coverage, one indicator."""
    name = archive_database(datasette)
    db = datasette.get_database(name)
    table = datasette.urls.table(name, "articles")
    provinces = await _counts(db, "province", relevant_only=True)
    portals = await _counts(db, "portal", relevant_only=False)
    months_seen = sorted({m for counts in portals.values() for m in counts})
    months = month_range(months_seen[0], months_seen[-1]) if months_seen else []

    def filtered(column: str, extra: dict[str, str]) -> Callable[[str, str], str]:
        def href(label: str, month: str) -> str:
            args = {column: label, "published_at__startswith": month, **extra}
            return table + "?" + urllib.parse.urlencode(args)

        return href

    indicator = await _indicator_series(datasette, db, request.args.get("indicator"))
    context = {
        "metadata": datasette.metadata(),
        "dtcrawl_database": name,
        "months": months,
        "province_chart": bar_rows_svg(
            provinces, months, filtered("province", {"relevant": "1", "duplicate_of__isnull": "1"})
        )
        if provinces
        else None,
        "portal_chart": bar_rows_svg(portals, months, filtered("portal", {}), unit="bài")
        if portals
        else None,
        "indicator": indicator,
        "indicator_chart": line_chart_svg(indicator["series"], unit=indicator["unit"] or ""),
    }
    return Response.html(
        await datasette.render_template("dtcrawl_charts.html", context, request=request)
    )


@hookimpl
def register_routes():
    """``/-/charts``."""
    return [(r"^/-/charts$", charts_page)]
