"""The quality gate: body extraction on the shared article set stays above the recorded floor."""

from __future__ import annotations

import json
import sys

import pytest
from helpers import ROOT

ARTICLES = ROOT.parent / "shared" / "benchmark" / "articles"
FLOOR = json.loads((ROOT / "bench" / "quality_floor.json").read_text("utf-8"))


def test_the_metric_matches_the_benchmark_definition() -> None:
    from newscrawler.extraction.evaluation import score_page, summarise

    same = score_page("One two three four five", "one two three four five")
    assert (same.precision, same.recall) == (1.0, 1.0)
    half = score_page("a b c d e", "a b c d x")  # shingles abcd,bcde vs abcd,bcdx
    assert (half.tp, half.fp, half.fn) == pytest.approx((1 / 3, 1 / 3, 1 / 3))
    short = score_page("hello", "hello")
    assert short.f1 == 1.0
    summary = summarise([("", "truth text here now", score_page("", "truth text here now"))])
    assert summary.recall == 0.0 and summary.precision == 0.0


@pytest.mark.skipif(not ARTICLES.exists(), reason=f"{ARTICLES} is not here (a user's clone has no shared sets)")
def test_body_extraction_stays_above_the_floor() -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from extraction import evaluate_pages, load_articles, summary_row  # type: ignore[import-not-found]

    row = summary_row(evaluate_pages(load_articles(ARTICLES), ["newscrawler"])["newscrawler"])
    measured = {"f1": row.f1, "precision": row.precision, "recall": row.recall}
    below = {k: round(v, 4) for k, v in measured.items() if v < FLOOR[k]}
    assert not below, f"below the floor {FLOOR}: {below} (bench/extraction.py --worst 20 shows the pages)"
