"""The quality gate: extraction on the three shared sets stays above the recorded floors (bench/quality_floor.json)."""

from __future__ import annotations

import json
import sys

import pytest
from helpers import ROOT

SHARED = ROOT.parent / "shared" / "benchmark"
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


@pytest.mark.parametrize("name", ["articles", "publishers", "readability"])
def test_extraction_stays_above_the_floor(name: str) -> None:
    folder = SHARED / name
    if not folder.exists():
        pytest.skip(f"{folder} is not here (a user's clone has no shared benchmark sets)")
    sys.path.insert(0, str(ROOT / "bench"))
    from extraction import LOADERS, evaluate_pages, summary_row  # type: ignore[import-not-found]

    row = summary_row(evaluate_pages(LOADERS[name](), ["newscrawler"])["newscrawler"])
    floor = FLOOR[name]
    measured = {key: getattr(row, key) for key in floor}
    below = {k: round(v, 4) for k, v in measured.items() if v is None or v < floor[k]}
    assert not below, f"{name}: below the floor {floor}: {below} (bench/extraction.py --set {name} --worst 20)"
