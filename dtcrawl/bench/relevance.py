"""Benchmark of :mod:`dtcrawl.relevance` on the labelled evaluation set and the demo corpus.

Run ``python -m dtcrawl.bench.relevance``. Prints precision, recall and F1 for the tuning files of
``tests/relevance_eval/`` (01–04), the held-out file (05_holdout) and every demo-corpus portal, next
to a naive baseline measured in the same run (relevant iff the folded text contains
"chuyen doi so"), then lists every misclassified item with its score and top terms, and the
scoring throughput.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from dtcrawl.relevance import Relevance, default_model, score_relevance
from dtcrawl.text import fold

REPO_ROOT = Path(__file__).resolve().parents[2]
EVAL_DIR = REPO_ROOT / "tests" / "relevance_eval"
DEMO_CORPUS_DIR = REPO_ROOT / "dtcrawl" / "demo" / "corpus"
HOLDOUT_PREFIX = "05_holdout"


@dataclass(frozen=True)
class LabelledText:
    """One labelled article: from the evaluation set or the demo corpus."""

    id: str
    title: str
    body: str
    label: bool
    kind: str = ""


@dataclass(frozen=True)
class Scores:
    """Confusion counts and the figures derived from them."""

    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def load_eval_file(path: Path) -> list[LabelledText]:
    """Items of one evaluation YAML file (``items: [{id, kind, label, title, body}]``)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    return [
        LabelledText(
            id=item["id"],
            title=item["title"],
            body=item["body"],
            label=bool(item["label"]),
            kind=item["kind"],
        )
        for item in data["items"]
    ]


def load_eval_set(directory: Path = EVAL_DIR, *, holdout: bool | None = None) -> list[LabelledText]:
    """All evaluation items; ``holdout=True``/``False`` keeps only/excludes the held-out file."""
    items: list[LabelledText] = []
    for path in sorted(directory.glob("*.yaml")):
        is_holdout = path.name.startswith(HOLDOUT_PREFIX)
        if holdout is None or holdout == is_holdout:
            items.extend(load_eval_file(path))
    return items


def load_demo_corpus(directory: Path = DEMO_CORPUS_DIR) -> dict[str, list[LabelledText]]:
    """Demo-corpus articles per portal, read straight from the YAML files (if present)."""
    portals: dict[str, list[LabelledText]] = {}
    for path in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        articles = data.get("articles") or []
        portals.setdefault(data.get("portal", path.stem), []).extend(
            LabelledText(
                id=article["key"],
                title=article["title"],
                body="\n\n".join(article.get("paragraphs") or []),
                label=bool(article["relevant"]),
                kind=article.get("category") or "",
            )
            for article in articles
        )
    return portals


def confusion(pairs: Iterable[tuple[bool, bool]]) -> Scores:
    """Confusion counts from (gold label, prediction) pairs."""
    tp = fp = fn = tn = 0
    for gold, predicted in pairs:
        if gold and predicted:
            tp += 1
        elif predicted:
            fp += 1
        elif gold:
            fn += 1
        else:
            tn += 1
    return Scores(tp, fp, fn, tn)


def baseline_predict(item: LabelledText) -> bool:
    """The naive baseline: the folded title or body contains "chuyen doi so"."""
    return "chuyen doi so" in fold(item.title + " " + item.body)


def evaluate(
    items: list[LabelledText], predict: Callable[[LabelledText], bool] | None = None
) -> Scores:
    """Scores of ``predict`` (default: :func:`score_relevance`) on ``items``."""
    if predict is None:

        def predict(item: LabelledText) -> bool:
            return score_relevance(item.title, item.body).relevant

    return confusion((item.label, predict(item)) for item in items)


def _row(name: str, items: list[LabelledText]) -> str:
    ours = evaluate(items)
    base = evaluate(items, baseline_predict)
    ratio = f"{ours.f1 / base.f1:5.2f}" if base.f1 else "  n/a"
    return (
        f"{name:<22} {len(items):>4} {sum(i.label for i in items):>4} "
        f"{ours.tp:>4} {ours.fp:>4} {ours.fn:>4} {ours.tn:>4} "
        f"{ours.precision:6.3f} {ours.recall:6.3f} {ours.f1:6.3f}   "
        f"{base.precision:6.3f} {base.recall:6.3f} {base.f1:6.3f}  {ratio}"
    )


def _misclassified(name: str, items: list[LabelledText]) -> list[str]:
    lines = []
    for item in items:
        result: Relevance = score_relevance(item.title, item.body)
        if result.relevant != item.label:
            top = ", ".join(f"{term} {value:.1f}" for term, value in result.top_terms(4))
            lines.append(
                f"  {name}/{item.id} [{item.kind}] label={str(item.label).lower()} "
                f"score={result.score:.2f} top: {top or '-'}"
            )
    return lines


def main(argv: list[str] | None = None) -> int:
    """Print the benchmark tables; return 0."""
    argv = sys.argv[1:] if argv is None else argv
    tuning = load_eval_set(holdout=False)
    # --tuning-only hides the held-out file while the vocabulary is being tuned.
    holdout = [] if "--tuning-only" in argv else load_eval_set(holdout=True)
    demo = load_demo_corpus()
    demo_all = [item for items in demo.values() for item in items]

    header = (
        f"{'set':<22} {'n':>4} {'rel':>4} {'TP':>4} {'FP':>4} {'FN':>4} {'TN':>4} "
        f"{'prec':>6} {'recall':>6} {'F1':>6}   {'b.prec':>6} {'b.rec':>6} {'b.F1':>6}  F1/b"
    )
    print("Relevance classifier vs baseline (b. = folded text contains 'chuyen doi so')")
    print(header)
    print("-" * len(header))
    print(_row("eval: tuning (01-04)", tuning))
    if holdout:
        print(_row("eval: held-out (05)", holdout))
    print(_row("eval: all", tuning + holdout))
    for kind in ("on_topic", "hard_positive", "off_topic", "hard_negative"):
        print(_row(f"  kind {kind}", [i for i in tuning + holdout if i.kind == kind]))
    if demo_all:
        for portal, items in demo.items():
            print(_row(f"demo: {portal}", items))
        print(_row("demo: all", demo_all))
    else:
        print(f"demo corpus: none found under {DEMO_CORPUS_DIR}")

    print("\nMisclassified:")
    lines = _misclassified("eval", tuning + holdout)
    for portal, items in demo.items():
        lines += _misclassified(f"demo:{portal}", items)
    print("\n".join(lines) if lines else "  none")

    everything = tuning + holdout + demo_all
    model = default_model()
    started = time.perf_counter()
    rounds = 20
    for _ in range(rounds):
        for item in everything:
            model.score(item.title, item.body)
    elapsed = time.perf_counter() - started
    per_second = rounds * len(everything) / elapsed
    print(f"\nThroughput: {per_second:,.0f} articles/s ({len(everything)} articles × {rounds})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
