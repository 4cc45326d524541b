"""The archive pipeline's side of the cleaning worker (dtcrawl.pipelines)."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

from dtcrawl import cleaning, pipelines


def test_the_workers_answers_carry_every_field_of_a_cleaned_page():
    assert pipelines.Cleaned._fields == tuple(
        field.name for field in dataclasses.fields(cleaning.CleanedPage)
    )
    page = cleaning.CleanedPage(7, "http://t.vn/tin/7", "failed", error="x", details="y")
    (plain,) = pipelines._plain([page])
    assert plain == pipelines.Cleaned(7, "http://t.vn/tin/7", "failed", None, [], [], [], None,
                                      0, "x", "y", False)  # fmt: skip


def test_article_fields_are_the_cleaners():
    item = {"kind": "article", "portal": "p", "url": "http://t.vn/a", "html": "<p>x</p>"}
    assert pipelines._article_fields(item) == {"url": "http://t.vn/a", "html": "<p>x</p>"}


def test_the_crawl_process_does_not_import_the_cleaner():
    code = (
        "import sys, dtcrawl.pipelines, dtcrawl.warc, spiders.portal; "
        "print(sorted(m for m in ('dtcrawl.cleaning', 'trafilatura') if m in sys.modules))"
    )
    repo = Path(__file__).resolve().parents[1]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=repo
    )
    assert out.stdout.strip() == "[]"


def test_the_old_home_of_the_record_builders_still_gives_them():
    assert pipelines.build_record is cleaning.build_record
    assert pipelines.legal_ref_row is cleaning.legal_ref_row
