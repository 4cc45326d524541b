"""Extraction benchmark: the project's cleaner against plain trafilatura on the same pages.

The gold set is every article page of the demo portals (rendered by
:func:`dtcrawl.demo.site.render`, gold from the demo corpus) plus the hand-written CMS fixture
pages in ``tests/fixtures/pages`` with their gold in ``tests/gold/extraction``.

For each portal the template is learnt as a crawler would learn it: every page reachable from
the portal's start pages (listings and articles) is observed before extracting.  The cold-start
case (a template that has seen only 3 pages) is reported too.

Measured per extractor: body token precision / recall / F1 (mean and min), pages with any
boilerplate line left (a body line that is not one of the gold paragraphs), date accuracy (exact
minute), author and source accuracy, median milliseconds per page.

Run: ``python -m dtcrawl.bench.extraction`` (``--verbose`` lists the lines each page got wrong).
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import statistics
import time
import unicodedata
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import trafilatura
import yaml

from dtcrawl.dates import VIETNAM_TZ, find_dates, to_iso
from dtcrawl.extract import extract_article
from dtcrawl.template import PortalTemplate, page_blocks, parse_html
from dtcrawl.text import normalize, normalize_line

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_PAGES = ROOT / "tests" / "fixtures" / "pages"
FIXTURE_GOLD = ROOT / "tests" / "gold" / "extraction"
# Article pages in CMS families the demo portals do not use (listings there are skipped).
UNSEEN_PAGES = ROOT / "tests" / "fixtures" / "unseen"
UNSEEN_GOLD = ROOT / "tests" / "gold" / "unseen"
_TOKEN = re.compile(r"\w+", re.UNICODE)


@dataclass
class GoldPage:
    """One page to extract and what it should give."""

    portal: str
    name: str
    url: str
    html: bytes
    paragraphs: list[str]
    published: str | None
    author: str | None
    source: str | None
    title: str | None = None
    captions: list[str] | None = None


@dataclass
class Score:
    precision: float
    recall: float
    f1: float
    boilerplate_lines: list[str]
    missing_lines: list[str]
    date_ok: bool
    author_ok: bool
    source_ok: bool
    title_ok: bool
    captions_ok: bool
    ms: float


def tokens(text: str) -> Counter:
    """Bag of lower-cased word tokens (NFC)."""
    return Counter(_TOKEN.findall(unicodedata.normalize("NFC", text).lower()))


def prf(got: str, gold: str) -> tuple[float, float, float]:
    """Token-level precision, recall and F1 of ``got`` against ``gold``.

    >>> prf("a b c", "a b d")
    (0.6666666666666666, 0.6666666666666666, 0.6666666666666666)
    """
    got_tokens, gold_tokens = tokens(got), tokens(gold)
    common = sum((got_tokens & gold_tokens).values())
    precision = common / max(1, sum(got_tokens.values()))
    recall = common / max(1, sum(gold_tokens.values()))
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


# ---------------------------------------------------------------------------------------------
# Gold pages


def _demo_pages() -> tuple[list[GoldPage], dict[str, list[tuple[str, bytes]]]]:
    """Demo article pages with their corpus gold, and every crawlable page of each portal."""
    from dtcrawl.demo import site
    from dtcrawl.demo.corpus import load_corpus
    from dtcrawl.demo.portals import PORTALS

    corpus = load_corpus()
    pages: list[GoldPage] = []
    crawled: dict[str, list[tuple[str, bytes]]] = {}
    for portal_id, articles in sorted(corpus.items()):
        if portal_id not in PORTALS:
            continue
        base = f"http://{PORTALS[portal_id].host}"
        paths = site.article_urls(portal_id)
        prints = site.print_urls(portal_id)
        crawled[portal_id] = _crawl(portal_id, base, site)
        for article in articles:
            path = paths.get(article.key)
            if path is None:
                continue
            response = site.render(portal_id, path)
            if response.status != 200:
                continue
            published = (
                to_iso(article.published.replace(tzinfo=VIETNAM_TZ)) if article.published else None
            )
            gold = GoldPage(
                portal=portal_id,
                name=article.key,
                url=base + path,
                html=response.body,
                paragraphs=[normalize_line(p) for p in article.paragraphs],
                published=published,
                author=article.author,
                source=article.source,
                title=article.title,
                captions=[image["caption"] for image in article.images if image.get("caption")],
            )
            pages.append(gold)
            if article.revision and article.revision.get("paragraphs"):
                edited = site.render(portal_id, path, revision=1)
                if edited.status == 200:
                    pages.append(
                        dataclasses.replace(
                            gold,
                            name=article.key + " (revision 1)",
                            html=edited.body,
                            paragraphs=[normalize_line(p) for p in article.revision["paragraphs"]],
                        )
                    )
            print_path = prints.get(article.key)
            if print_path:
                printed = site.render(portal_id, print_path)
                if printed.status == 200:
                    pages.append(_print_gold(gold, base + print_path, printed.body))
    return pages, crawled


def _print_gold(gold: GoldPage, url: str, html: bytes) -> GoldPage:
    """The print view of a gold article: same text; byline, source and captions only where the
    print view shows them (a print view cannot yield what it leaves out)."""
    from dtcrawl.template import decode_html

    shown = " ".join(block.text for block in page_blocks(parse_html(decode_html(html))))
    for paragraph in gold.paragraphs:  # a source named inside the text is not a source line
        shown = shown.replace(paragraph, " ")

    def on_page(value: str | None) -> str | None:
        return value if value and value in shown else None

    return GoldPage(
        portal=gold.portal,
        name=gold.name + " (print)",
        url=url,
        html=html,
        paragraphs=gold.paragraphs,
        published=gold.published,
        author=on_page(gold.author),
        source=on_page(gold.source),
        title=gold.title,
        captions=[c for c in gold.captions or [] if on_page(c)],
    )


def _crawl(portal_id: str, base: str, site, limit: int = 400) -> list[tuple[str, bytes]]:
    """Every HTML page reachable from the portal's start pages (as a crawler would fetch)."""
    host = urlsplit(base).netloc
    starts = site.demo_sites().start_paths(portal_id) if hasattr(site, "demo_sites") else ["/"]
    queue = deque(starts)
    seen = set(starts)
    pages: list[tuple[str, bytes]] = []
    while queue and len(pages) < limit:
        path = queue.popleft()
        response = site.render(portal_id, path)
        content_type = response.headers.get("Content-Type", "")
        if response.status != 200 or "html" not in content_type:
            continue
        pages.append((base + path, response.body))
        tree = parse_html(response.body)
        for link in tree.iter("a"):
            href = (link.get("href") or "").strip()
            if not href or href.startswith(("javascript:", "mailto:", "#")):
                continue
            absolute = urljoin(base + path, href)
            parts = urlsplit(absolute)
            if parts.netloc != host:
                continue
            target = parts.path + (f"?{parts.query}" if parts.query else "")
            if target not in seen:
                seen.add(target)
                queue.append(target)
    return pages


def _fixture_pages() -> list[GoldPage]:
    pages = []
    sources = [(path, FIXTURE_PAGES, "fixtures") for path in sorted(FIXTURE_GOLD.glob("*.yaml"))]
    sources += [(path, UNSEEN_PAGES, "unseen") for path in sorted(UNSEEN_GOLD.glob("*.yaml"))]
    for path, folder, group in sources:
        gold = yaml.safe_load(path.read_text(encoding="utf-8"))
        if gold.get("kind", "article") != "article":
            continue
        pages.append(
            GoldPage(
                portal=group,
                name=path.stem,
                url=gold["url"],
                html=(folder / gold["page"]).read_bytes(),
                paragraphs=gold["paragraphs"],
                published=gold["published"],
                author=gold["author"],
                source=gold["source"],
                title=gold["title"],
                captions=gold["captions"],
            )
        )
    return pages


# ---------------------------------------------------------------------------------------------
# Extractors


@dataclass
class Output:
    body: str
    published: str | None
    author: str | None
    source: str | None
    title: str | None = None
    captions: list[str] | None = None


def _decode(html: bytes) -> str:
    from dtcrawl.template import decode_html

    return decode_html(html)


def run_cleaner(page: GoldPage, template: PortalTemplate | None) -> Output:
    article = extract_article(page.html, page.url, template)
    return Output(
        article.body,
        article.published_at,
        article.author,
        article.source,
        article.title,
        article.captions,
    )


def run_cleaner_without_phrases(page: GoldPage, template: PortalTemplate | None) -> Output:
    """Ablation: the cleaner with its Vietnamese phrase lists emptied (structure + template only)."""
    import dtcrawl.extract as extract_module

    saved = extract_module._BOILERPLATE_STARTS, extract_module._RELATED_HEADINGS
    extract_module._BOILERPLATE_STARTS, extract_module._RELATED_HEADINGS = (), ()
    try:
        return run_cleaner(page, template)
    finally:
        extract_module._BOILERPLATE_STARTS, extract_module._RELATED_HEADINGS = saved


def run_trafilatura(page: GoldPage, favor_precision: bool) -> Output:
    html = _decode(page.html)
    text = trafilatura.extract(html, url=page.url, favor_precision=favor_precision) or ""
    metadata = trafilatura.extract_metadata(html, default_url=page.url)
    published = None
    if metadata is not None and metadata.date:
        # trafilatura gives a day; a minute-exact check counts it right only at 00:00.
        published = metadata.date + "T00:00:00+07:00"
    author = metadata.author if metadata is not None else None
    title = metadata.title if metadata is not None else None
    return Output(normalize(text), published, author, None, title, None)


def score(page: GoldPage, run: Callable[[], Output]) -> Score:
    start = time.perf_counter()
    output = run()
    ms = (time.perf_counter() - start) * 1000
    gold_body = "\n\n".join(page.paragraphs)
    precision, recall, f1 = prf(output.body, gold_body)
    gold_lines = {normalize_line(p) for p in page.paragraphs}
    got_lines = [normalize_line(line) for line in output.body.split("\n") if line.strip()]
    extra = [line for line in got_lines if line not in gold_lines]
    missing = [p for p in page.paragraphs if normalize_line(p) not in set(got_lines)]
    return Score(
        precision,
        recall,
        f1,
        extra,
        missing,
        output.published == page.published,
        (output.author or None) == (page.author or None),
        (output.source or None) == (page.source or None),
        output.title == page.title,
        (output.captions or []) == (page.captions or []),
        ms,
    )


def _learn(crawled: list[tuple[str, bytes]], limit: int | None = None) -> PortalTemplate:
    template = PortalTemplate()
    for url, html in crawled[:limit] if limit else crawled:
        template.observe(html, url=url)
    return template


def _summary(name: str, scores: list[Score]) -> list[str]:
    f1s = [s.f1 for s in scores]
    return [
        name,
        f"{statistics.mean(s.precision for s in scores):.3f}",
        f"{statistics.mean(s.recall for s in scores):.3f}",
        f"{statistics.mean(f1s):.3f}",
        f"{min(f1s):.3f}",
        str(sum(1 for s in scores if s.boilerplate_lines)),
        f"{statistics.mean(s.date_ok for s in scores):.3f}",
        f"{statistics.mean(s.author_ok for s in scores):.3f}",
        f"{statistics.mean(s.source_ok for s in scores):.3f}",
        f"{statistics.mean(s.title_ok for s in scores):.3f}",
        f"{statistics.mean(s.captions_ok for s in scores):.3f}",
        f"{statistics.median(s.ms for s in scores):.1f}",
    ]


def _table(rows: list[list[str]]) -> str:
    header = [
        "extractor",
        "P",
        "R",
        "F1 mean",
        "F1 min",
        "pages w/ bp",
        "date",
        "author",
        "source",
        "title",
        "captions",
        "ms/page",
    ]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    """Print the benchmark table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list each page's wrong lines")
    args = parser.parse_args(argv)

    demo, crawled = _demo_pages()
    fixtures = _fixture_pages()
    pages = demo + fixtures
    templates = {portal: _learn(found) for portal, found in crawled.items()}
    cold = {portal: _learn(found, 3) for portal, found in crawled.items()}
    print(
        f"gold pages: {len(pages)} ({len(demo)} demo articles on {len(crawled)} portals, "
        f"{len(fixtures)} CMS fixtures); template learnt from "
        + ", ".join(f"{p}={t.pages_seen}" for p, t in templates.items())
        + " pages"
    )
    extractors: dict[str, Callable[[GoldPage], Output]] = {
        "dtcrawl cleaner (template)": lambda p: run_cleaner(p, templates.get(p.portal)),
        "dtcrawl cleaner (cold, 3 pages)": lambda p: run_cleaner(p, cold.get(p.portal)),
        "dtcrawl cleaner (no template)": lambda p: run_cleaner(p, None),
        "ablation: template, no phrase lists": lambda p: run_cleaner_without_phrases(
            p, templates.get(p.portal)
        ),
        "trafilatura default": lambda p: run_trafilatura(p, False),
        "trafilatura favor_precision": lambda p: run_trafilatura(p, True),
    }
    # Warm up imports and caches so the first page's time is not counted.
    for run in extractors.values():
        run(pages[0])
    results: dict[str, list[Score]] = {name: [] for name in extractors}
    # Interleave extractors page by page so machine load affects them alike.
    for page in pages:
        for name, run in extractors.items():
            results[name].append(score(page, lambda run=run, page=page: run(page)))
    rows = [_summary(name, scores) for name, scores in results.items()]
    print(_table(rows))
    base = statistics.median(s.ms for s in results["trafilatura default"])
    ours = statistics.median(s.ms for s in results["dtcrawl cleaner (template)"])
    print(f"cost per page: {ours / base:.2f}x plain trafilatura (median ms, same run)")
    demo_only = [
        s
        for p, s in zip(pages, results["dtcrawl cleaner (template)"], strict=True)
        if p.portal != "fixtures"
    ]
    if demo_only:
        print(
            "demo pages only (template): F1 mean "
            f"{statistics.mean(s.f1 for s in demo_only):.3f}, min "
            f"{min(s.f1 for s in demo_only):.3f}"
        )
    _ = find_dates  # the cleaner's date finder; trafilatura's own metadata date is its baseline
    if args.verbose:
        for name in list(results)[:3]:
            print(f"\n== {name}: pages with a problem")
            for page, s in zip(pages, results[name], strict=True):
                if (
                    s.boilerplate_lines
                    or s.missing_lines
                    or not (s.date_ok and s.author_ok and s.source_ok)
                ):
                    print(
                        f"- {page.portal}/{page.name} F1={s.f1:.3f} date={s.date_ok} "
                        f"author={s.author_ok} source={s.source_ok} title={s.title_ok} "
                        f"captions={s.captions_ok}"
                    )
                    for line in s.boilerplate_lines:
                        print(f"    + {line[:100]}")
                    for line in s.missing_lines:
                        print(f"    - {line[:100]}")


if __name__ == "__main__":
    main()
