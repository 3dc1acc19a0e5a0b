"""Search relevance on a judged set: nDCG@10 of ``newscrawler search`` against SQLite FTS5's bm25().

    .venv/bin/python bench/relevance.py            # build the archive (once), score every system
    .venv/bin/python bench/relevance.py --pool Q   # list the posts to judge for query Q (titles, snippets)

The archive is real article text: the pages of ../shared/benchmark/articles, publishers and readability
(read from there, never copied into the project; extracted by the crawl's own code) and the posts of the
demo site (``newscrawler demo``). Judgements are in bench/relevance.json: for each query, posts by URL
with a grade, 2 = about the query (what a reader searching it wants), 1 = says something useful about it,
0 or absent = not relevant. They were made by reading each candidate's title and text, pooled from the top
20 of every system below, shown in URL order without their ranks.

Systems, on the same archive and index:

- **ours**: ``Archive.search`` (store/search.py: window, BM25F over title/excerpt/body/author, newest first
  among equals);
- **bm25**: the same query, parsed and translated the same way (so the same posts match), ranked by FTS5's
  ``bm25(posts_fts)`` with its default equal column weights;
- **bm25 (weighted)**: the same with column weights 10, 3, 1, 1 (title, excerpt, body, author), the
  common hand-tuned setting;
- **plain FTS5**: the query as typed against a plain ``unicode61`` FTS5 table of the same text (no letter
  pairs), ranked by bm25(), which is what SQLite gives without newscrawler's Korean handling (a query FTS5
  rejects finds nothing).

nDCG@10 with gains 2^grade - 1, the ideal ranking taken from all the query's judgements. Results go to
bench/out/relevance.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawler.items import Post  # noqa: E402
from newscrawler.store.archive import Archive  # noqa: E402
from newscrawler.store.query import SearchError, parse  # noqa: E402

BENCHMARK = ROOT.parent / "shared" / "benchmark"
OUT = ROOT / "bench" / "out"
JUDGEMENTS = ROOT / "bench" / "relevance.json"
FOLDER = OUT / "relevance"


def pages() -> list[tuple[str, bytes]]:
    """(url, html) of every benchmark page."""
    found = []
    for set_name in ("articles", "publishers"):
        folder = BENCHMARK / set_name
        if not folder.exists():
            continue
        truth = json.loads((folder / "ground-truth.json").read_text("utf-8"))
        for page_id, entry in sorted(truth.items()):
            path = folder / "html" / f"{page_id}.html.gz"
            if path.exists():
                url = entry.get("url") or f"https://{set_name}.example/{page_id}"
                found.append((url, gzip.decompress(path.read_bytes())))
    readability = BENCHMARK / "readability"
    for page in sorted(readability.glob("*/source.html")) if readability.exists() else []:
        found.append((f"https://readability.example/{page.parent.name}", page.read_bytes()))
    return found


def build() -> Path:
    db = FOLDER / "news.db"
    if (FOLDER / "done").exists():
        return db
    from newscrawler.extraction.page import post_from_bytes
    from newscrawler.sources import Source

    FOLDER.mkdir(parents=True, exist_ok=True)
    demo = OUT / "relevance-demo"
    if not (demo / "news.db").exists():
        subprocess.run(
            [sys.executable, "-m", "newscrawler.cli", "demo", "--archive", str(demo), "--port", "0"],
            check=True,
            capture_output=True,
        )
    posts: list[Post] = []
    with Archive(demo / "news.db", create=False) as archive:
        for row in archive.posts():
            post = Post(**{k: v for k, v in row.items() if k in Post.__dataclass_fields__})
            post.url = "https://demo.example/" + post.url.split("/", 3)[3]  # its port changes from run to run
            posts.append(post)
    source = Source(name="bench", feeds=["https://localhost/"])
    for url, html in pages():
        try:
            post, dropped = post_from_bytes(html, url, source)
        except Exception as exc:
            print(f"skipped {url}: {exc}", file=sys.stderr)
            continue
        if not dropped and post.body_text:
            post.source = url.split("/")[2]
            posts.append(post)
    with Archive(db) as archive:
        archive.save_posts(posts)
    (FOLDER / "done").write_text(str(len(posts)))
    return db


def ours(archive: Archive, query: str) -> list[str]:
    try:
        return [hit.url for hit in archive.search(query, limit=20)]
    except SearchError:
        return []


def bm25(weights: tuple[float, ...] = ()) -> Callable[[Archive, str], list[str]]:
    arguments = "".join(f", {w}" for w in weights)

    def ranked(archive: Archive, query: str) -> list[str]:
        try:
            match = parse(query).match
        except SearchError:
            return []
        rows = archive.db.execute(
            f"SELECT p.url FROM posts_fts JOIN posts p ON p.rowid = posts_fts.rowid WHERE posts_fts MATCH ? "
            f"ORDER BY bm25(posts_fts{arguments}) LIMIT 20",
            [match],
        )
        return [url for (url,) in rows]

    return ranked


def plain_fts5(archive: Archive, query: str) -> list[str]:
    conn = archive.db.conn
    if "plain_fts" not in {name for (name,) in conn.execute("SELECT name FROM sqlite_master")}:
        conn.execute(
            "CREATE VIRTUAL TABLE plain_fts USING fts5(title, excerpt, body, author, url UNINDEXED, "
            "tokenize = 'unicode61 remove_diacritics 2')"
        )
        conn.execute(
            "INSERT INTO plain_fts (title, excerpt, body, author, url) "
            "SELECT title, excerpt, body_text, author, url FROM posts"
        )
        conn.commit()
    try:
        rows = conn.execute(
            "SELECT url FROM plain_fts WHERE plain_fts MATCH ? ORDER BY bm25(plain_fts) LIMIT 20", [query]
        ).fetchall()
    except sqlite3.Error:
        return []
    return [url for (url,) in rows]


SYSTEMS: dict[str, Callable[[Archive, str], list[str]]] = {
    "ours": ours,
    "bm25": bm25(),
    "bm25 (weighted 10/3/1/1)": bm25((10.0, 3.0, 1.0, 1.0)),
    "plain FTS5": plain_fts5,
}


def ndcg(ranking: list[str], grades: dict[str, int], k: int = 10) -> float:
    dcg = sum((2 ** grades.get(url, 0) - 1) / math.log2(i + 2) for i, url in enumerate(ranking[:k]))
    ideal = sorted(grades.values(), reverse=True)[:k]
    best = sum((2**g - 1) / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / best if best else 0.0


def pool(archive: Archive, query: str) -> None:
    urls = sorted({url for system in SYSTEMS.values() for url in system(archive, query)[:20]})
    rows = {row["url"]: row for row in (archive.get_post(url) for url in urls) if row}
    for url in urls:
        row = rows[url]
        text = " ".join((row["body_text"] or "").split())
        print(f"{url}\n  {row['title']}\n  {row['excerpt'][:160]}\n  {text[:240]}\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pool", metavar="QUERY", help="List the posts to judge for QUERY.")
    args = parser.parse_args()
    if not BENCHMARK.exists():
        sys.exit(f"{BENCHMARK} is not there: the judged set needs the shared benchmark pages")
    with Archive(build()) as archive:
        if args.pool:
            pool(archive, args.pool)
            return
        judged = json.loads(JUDGEMENTS.read_text("utf-8"))["queries"]
        scores: dict[str, dict[str, list[float]]] = {name: {"ko": [], "en": []} for name in SYSTEMS}
        per_query = []
        for entry in judged:
            row = {"query": entry["query"], "language": entry["language"]}
            for name, system in SYSTEMS.items():
                value = ndcg(system(archive, entry["query"]), entry["relevant"])
                scores[name][entry["language"]].append(value)
                row[name] = round(value, 3)
            per_query.append(row)
        summary = {}
        for name, by_language in scores.items():
            every = by_language["ko"] + by_language["en"]
            summary[name] = {
                "all": round(sum(every) / len(every), 3),
                "ko": round(sum(by_language["ko"]) / max(1, len(by_language["ko"])), 3),
                "en": round(sum(by_language["en"]) / max(1, len(by_language["en"])), 3),
            }
            print(f"{name:>26}: nDCG@10 {summary[name]}", file=sys.stderr)
        posts = archive.count_posts()
    counts = {"queries": len(judged), "korean": sum(1 for e in judged if e["language"] == "ko"), "posts": posts}
    print(counts, file=sys.stderr)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "relevance.json").write_text(
        json.dumps({"set": counts, "summary": summary, "per_query": per_query}, ensure_ascii=False, indent=1)
    )


if __name__ == "__main__":
    main()
