"""Extraction quality and speed on ../shared/benchmark/articles, ours beside trafilatura alone.

    .venv/bin/python bench/extraction.py            # both, figures + per-page scores
    .venv/bin/python bench/extraction.py --worst 15 # also list the worst pages

Ours is the crawl's own code path (``newscrawler.extraction.page.post_from_bytes``, as
``newscrawler extract`` runs it); trafilatura is ``bare_extraction`` with its
default settings. Per-page scores go to ``bench/out/extraction_pages.tsv``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawler.extraction.evaluation import PageScore, score_page, summarise  # noqa: E402
from newscrawler.extraction.page import post_from_bytes  # noqa: E402
from newscrawler.sources import Source  # noqa: E402

ARTICLES = ROOT.parent / "shared" / "benchmark" / "articles"
OUT = ROOT / "bench" / "out"


def load_articles(folder: Path = ARTICLES) -> list[tuple[str, str, bytes, str]]:
    """(id, url, html bytes, true text) for every page of the set."""
    truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
    pages = []
    for page_id, entry in sorted(truth.items()):
        body = gzip.decompress((folder / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append((page_id, entry.get("url") or "https://example.com/", body, entry.get("articleBody") or ""))
    return pages


def ours(body: bytes, url: str) -> str:
    source = Source(name="bench", feeds=["https://localhost/"])
    post, _ = post_from_bytes(body, url, source)
    return post.body_text


def trafilatura_alone(body: bytes, url: str) -> str:
    import trafilatura

    document = trafilatura.bare_extraction(body, url=url)
    return (document.text if document is not None else "") or ""


def evaluate(extractor, pages) -> tuple[list[tuple[str, str, str, PageScore]], float]:  # type: ignore[no-untyped-def]
    results = []
    started = time.perf_counter()
    for page_id, url, body, truth in pages:
        try:
            predicted = extractor(body, url)
        except Exception as exc:
            print(f"  {page_id}: {type(exc).__name__}: {exc}", file=sys.stderr)
            predicted = ""
        results.append((page_id, predicted, truth, score_page(predicted, truth)))
    return results, (time.perf_counter() - started) / max(len(pages), 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages of ours")
    parser.add_argument("--ours-only", action="store_true", help="skip the trafilatura baseline")
    args = parser.parse_args()
    if not ARTICLES.exists():
        sys.exit(f"{ARTICLES} is not there: nothing to measure")
    pages = load_articles()
    # warm up imports and caches so neither side pays them in its per-page time
    ours(pages[0][2], pages[0][1])
    trafilatura_alone(pages[0][2], pages[0][1])
    runs = {"newscrawler": evaluate(ours, pages)}
    if not args.ours_only:
        runs["trafilatura"] = evaluate(trafilatura_alone, pages)
    print(f"{len(pages)} pages from {ARTICLES}")
    print(f"{'extractor':<14} {'precision':>9} {'recall':>7} {'F1':>6} {'ms/page':>8}")
    for name, (results, per_page) in runs.items():
        summary = summarise((p, t, s) for _, p, t, s in results)
        print(f"{name:<14} {summary.precision:9.3f} {summary.recall:7.3f} {summary.f1:6.3f} {per_page * 1000:8.1f}")
    if "trafilatura" in runs:
        print(f"time ratio ours/trafilatura: {runs['newscrawler'][1] / runs['trafilatura'][1]:.2f}")
    OUT.mkdir(exist_ok=True)
    ours_results = runs["newscrawler"][0]
    with (OUT / "extraction_pages.tsv").open("w", encoding="utf-8") as handle:
        handle.write("id\tprecision\trecall\tf1\n")
        for page_id, _, _, s in sorted(ours_results, key=lambda r: r[3].f1):
            handle.write(f"{page_id}\t{s.precision:.3f}\t{s.recall:.3f}\t{s.f1:.3f}\n")
    for page_id, _, _, s in sorted(ours_results, key=lambda r: r[3].f1)[: args.worst]:
        print(f"  {page_id[:16]}  P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}")


if __name__ == "__main__":
    main()
