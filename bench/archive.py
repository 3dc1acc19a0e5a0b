"""Archive speed: insert, search and export as the archive grows to a million posts.

    .venv/bin/python bench/archive.py                 # all of it (about an hour on 2 cores)
    .venv/bin/python bench/archive.py --only export   # demo archive and 10,000 synthetic posts
    .venv/bin/python bench/archive.py --only scale    # grow one archive to 10k, 100k, 1M posts
    .venv/bin/python bench/archive.py --only search   # search again on the archive the last scale run grew
    .venv/bin/python bench/archive.py --only search --archive DIR  # ... or on the archive in DIR
    .venv/bin/python bench/archive.py --only big-export  # 100,000 posts to Jekyll files, then again

Synthetic posts (bench/synthetic.py) are Korean (70 %) and English (30 %) news
of realistic size with Zipf-distributed words, from 20 sources in 10
categories over two years, made from a fixed seed. They are archived through
``Archive.save_posts`` (the crawl's own code, 1,000 posts a transaction); two
processes make 20,000 posts at a time while nothing is saved, so the insert rate
counts the time in ``save_posts`` alone, on a core of its own.
Beside the archive, the same posts' index text goes into a bare FTS5 table made
like the archive's (``IndexCeiling``): SQLite's index alone, the insert ceiling.
At each size: posts/s (the archive's, the index alone's), database bytes per post, and search
latency (``Archive.search``: bm25 over the newest matches, 20 results, snippets)
for word, two-letter Korean, phrase and filtered queries picked from across the
word-frequency ranks; at 100,000 posts, an export of all of them to Jekyll
files and a second export with nothing changed. Export figures are wall time of
``export_site``, the code ``newscrawler export`` runs, without its start-up.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import platform
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import synthetic  # noqa: E402

from newscrawler.exporters.base import SiteProfile  # noqa: E402
from newscrawler.exporters.export import export_site  # noqa: E402
from newscrawler.items import Post  # noqa: E402
from newscrawler.store.archive import FTS_TABLE, Archive, tune_index  # noqa: E402
from newscrawler.text.cjk import cjk_pairs  # noqa: E402

OUT = ROOT / "bench" / "out"
BATCH = 1_000


def synthetic_archive(count: int) -> Path:
    """bench/out/synthetic-<count>/news.db, built once through Archive.save_posts (the crawl's path)."""
    folder = OUT / f"synthetic-{count}"
    if (folder / "done").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    with Archive(folder / "news.db") as archive:
        seconds, _ = fill(archive, 0, count)
    size = sum(p.stat().st_size for p in folder.iterdir())
    (folder / "done").write_text(json.dumps({"posts": count, "seconds": seconds, "bytes": size}))
    return folder


class IndexCeiling:
    """SQLite's full-text index alone: a bare FTS5 table made and tuned like the archive's, fed the same
    posts' index text (letter pairs made before the clock starts) in the same batches. No post rows, no
    other index, no Python per post: what the archive's insert rate is measured against."""

    def __init__(self, path: Path) -> None:
        for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            stale.unlink(missing_ok=True)
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute(FTS_TABLE.format(name="ceiling"))
        tune_index(self.conn, "ceiling")
        self.rowid = 0

    def add(self, batch: list[Post]) -> float:
        rows = []
        for post in batch:
            self.rowid += 1
            rows.append(
                (self.rowid, *(cjk_pairs(text) for text in (post.title, post.excerpt, post.body_text, post.author)))
            )
        started = time.perf_counter()
        self.conn.execute("BEGIN")
        self.conn.executemany("INSERT INTO ceiling (rowid, title, excerpt, body, author) VALUES (?, ?, ?, ?, ?)", rows)
        self.conn.execute("COMMIT")
        return time.perf_counter() - started


def fill(archive: Archive, start: int, stop: int, ceiling: IndexCeiling | None = None) -> tuple[float, float]:
    """Archive posts start..stop in batches (and give them to ``ceiling``); returns the seconds spent saving
    and the seconds the ceiling's index took.

    Two processes make 20 batches while nothing is saved, then they are saved while nothing is made,
    so that the saving has a core to itself and its time is its own.
    """
    saving = indexing = 0.0
    chunks = [(i, min(i + BATCH, stop)) for i in range(start, stop, BATCH)]
    with multiprocessing.get_context("fork").Pool(2) as pool:
        for first in range(0, len(chunks), 20):
            batches = pool.map(_make_batch, chunks[first : first + 20])
            started = time.perf_counter()
            for batch in batches:
                archive.save_posts(batch)
            saving += time.perf_counter() - started
            if ceiling:
                indexing += sum(ceiling.add(batch) for batch in batches)
            done = chunks[min(first + 20, len(chunks)) - 1][1]
            alone = f", index alone {(done - start) / indexing:,.0f} posts/s" if ceiling else ""
            print(f"  {done:,} posts, {(done - start) / saving:,.0f} posts/s saving{alone}", file=sys.stderr)
    return saving, indexing


def _make_batch(chunk: tuple[int, int]) -> list[Post]:
    return list(synthetic.posts(*chunk))


def demo_archive() -> Path:
    folder = OUT / "demo"
    if not (folder / "news.db").exists():
        subprocess.run(
            [sys.executable, "-m", "newscrawler.cli", "demo", "--archive", str(folder), "--port", "0"],
            check=True,
            capture_output=True,
        )
    return folder


def timed_export(archive_dir: Path, dest: Path, fmt: str, body: str = "html") -> tuple[float, int, int]:
    with Archive(archive_dir / "news.db", create=False) as archive:
        report = export_site(archive, dest, fmt, SiteProfile(body=body))
    return report.seconds, len(report.written), report.unchanged


def bench_export(posts: int) -> list[dict]:
    rows = []
    for name, folder in (("demo archive", demo_archive()), (f"{posts:,} synthetic posts", synthetic_archive(posts))):
        for fmt, body in (("jekyll", "html"), ("hugo", "html"), ("jekyll", "markdown")):
            with tempfile.TemporaryDirectory(prefix="bench-export-") as dest:
                first, written, _ = timed_export(folder, Path(dest), fmt, body)
                again, rewritten, unchanged = timed_export(folder, Path(dest), fmt, body)
                assert rewritten == 0 and unchanged == written, (rewritten, unchanged, written)
            rows.append(
                {"archive": name, "format": f"{fmt} ({body})", "posts": written, "first": first, "again": again}
            )
            print(
                f"{name:>24} {fmt:>6} {body:>8}: {written} posts, {first:.2f} s; again {again:.2f} s", file=sys.stderr
            )
    return rows


def queries(maker: synthetic.PostMaker) -> dict[str, list[tuple[str, dict[str, str]]]]:
    """Words from across the frequency ranks (a frequent word matches many posts, a rare one few)."""

    def pick(words: list[str], keep: Callable[[str], bool]) -> list[str]:
        chosen = []
        for rank in (3, 30, 300, 3_000):
            chosen.append(next(w for w in words[rank:] if keep(w)))
        return chosen

    korean_long = pick(maker.ko, lambda w: len(w) >= 3)
    korean_two = pick(maker.ko, lambda w: len(w) == 2)
    english = pick(maker.en, lambda w: len(w) > 4)
    return {
        "English word": [(w, {}) for w in english],
        "Korean word (3+ letters)": [(w, {}) for w in korean_long],
        "Korean two-letter word": [(w, {}) for w in korean_two],
        "phrase": [
            ('"정부는 대통령"', {}),
            ('"interest rates"', {}),
            (f'"{korean_two[0]} {korean_long[0]}"', {}),
            (f'"the {english[1]}"', {}),
        ],
        "filtered": [
            (korean_long[1], {"source": "source3"}),
            (korean_two[1], {"category": "경제", "since": "2024-01-01"}),
            (english[0], {"source": "source7", "until": "2023-12-31"}),
            (f"{korean_two[2]} OR {english[2]}", {"category": "World"}),
        ],
    }


def bench_search(archive: Archive, repeat: int) -> list[dict]:
    rows = []
    every: list[float] = []
    for kind, kind_queries in queries(synthetic.PostMaker()).items():
        times: list[float] = []
        matches = []
        for query, filters in kind_queries:
            archive.search(query, limit=20, **filters)  # warm the page cache
            for _ in range(repeat):
                started = time.perf_counter()
                archive.search(query, limit=20, **filters)
                times.append((time.perf_counter() - started) * 1000)
            matches.append(archive.count_selected(query=query, **_as_selection(filters)))
        times.sort()
        every.extend(times)
        row = {
            "kind": kind,
            "queries": [q for q, _ in kind_queries],
            "matches": matches,
            "median_ms": round(statistics.median(times), 1),
            "p95_ms": round(_p95(times), 1),
        }
        rows.append(row)
        print(f"{kind:>26}: median {row['median_ms']} ms, p95 {row['p95_ms']} ms {matches}", file=sys.stderr)
    every.sort()
    overall = {"kind": "all queries", "median_ms": round(statistics.median(every), 1), "p95_ms": round(_p95(every), 1)}
    rows.append(overall)
    print(f"{'all queries':>26}: median {rows[-1]['median_ms']} ms, p95 {rows[-1]['p95_ms']} ms", file=sys.stderr)
    return rows


def bench_scale(sizes: list[int], repeat: int, export_at: int) -> list[dict]:
    """Grow one archive through ``sizes`` posts; at each size: insert rate, size per post, search latency."""
    folder = OUT / "scale"
    shutil.rmtree(folder, ignore_errors=True)
    rows = []
    ceiling = IndexCeiling(OUT / "index-ceiling.db")
    with Archive(folder / "news.db") as archive:
        have = 0
        for size in sizes:
            started = time.perf_counter()
            saving, indexing = fill(archive, have, size, ceiling)
            wall = time.perf_counter() - started
            archive.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db_bytes = sum(p.stat().st_size for p in folder.iterdir() if p.name.startswith("news.db"))
            row: dict = {
                "posts": size,
                "insert_posts_per_s": round((size - have) / saving),
                "index_alone_posts_per_s": round((size - have) / indexing),
                "of_ceiling": round(indexing / saving, 3),
                "wall_s": round(wall, 1),
                "bytes_per_post": round(db_bytes / size),
            }
            print(f"{size:,} posts: {row}", file=sys.stderr)
            have = size
            row["search"] = bench_search(archive, repeat)
            if size == export_at:
                row["export"] = bench_big_export(folder, size)
            rows.append(row)
    ceiling.conn.close()
    for name in ("index-ceiling.db", "index-ceiling.db-wal", "index-ceiling.db-shm"):
        (OUT / name).unlink(missing_ok=True)
    return rows


def bench_big_export(folder: Path, posts: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-export-", dir=OUT) as dest:
        first, written, _ = timed_export(folder, Path(dest), "jekyll")
        again, rewritten, unchanged = timed_export(folder, Path(dest), "jekyll")
    assert written == posts and rewritten == 0 and unchanged == posts, (written, rewritten, unchanged)
    print(f"export of {posts:,} posts to Jekyll: {first:.1f} s; again {again:.1f} s", file=sys.stderr)
    return {"posts": posts, "first_s": round(first, 1), "again_s": round(again, 1)}


def _p95(ordered: list[float]) -> float:
    return ordered[int(0.95 * (len(ordered) - 1))]


def _as_selection(filters: dict[str, str]) -> dict[str, str | None]:
    return {
        "sources": filters.get("source"),
        "categories": filters.get("category"),
        "since": filters.get("since"),
        "until": filters.get("until"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--only",
        choices=("export", "scale", "search", "big-export"),
        help="search: again, on the archive the last scale run grew; big-export: --export-at posts to Jekyll only",
    )
    parser.add_argument("--export-posts", type=int, default=10_000)
    parser.add_argument("--sizes", default="10000,100000,1000000", help="Archive sizes to measure search at.")
    parser.add_argument("--export-at", type=int, default=100_000, help="Export the archive when it has this many.")
    parser.add_argument("--repeat", type=int, default=25, help="Runs of each search query.")
    parser.add_argument(
        "--archive", type=Path, default=OUT / "scale", help="--only search: the archive folder to search."
    )
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    result: dict = {
        "machine": f"{platform.machine()}, {platform.python_version()}, SQLite {sqlite3.sqlite_version}",
    }
    if args.only in (None, "export"):
        result["export"] = bench_export(args.export_posts)
    if args.only in (None, "scale"):
        result["scale"] = bench_scale([int(n) for n in args.sizes.split(",")], args.repeat, args.export_at)
    if args.only == "big-export":
        result["big_export"] = bench_big_export(synthetic_archive(args.export_at), args.export_at)
        (OUT / "archive-big-export.json").write_text(json.dumps(result, ensure_ascii=False, indent=1))
        return
    if args.only == "search":
        with Archive(args.archive / "news.db", create=False) as archive:
            result["search"] = {"posts": archive.count_posts(), "search": bench_search(archive, args.repeat)}
        (OUT / "archive-search.json").write_text(json.dumps(result, ensure_ascii=False, indent=1))
        return
    (OUT / "archive.json").write_text(json.dumps(result, ensure_ascii=False, indent=1))
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
