"""Korean matching: letter pairs (the archive's index) against Kiwi morphemes (kiwipiepy), measured.

    .venv/bin/pip install -e ".[bench]"   # kiwipiepy: not a dependency of the package; this bench decides
    .venv/bin/python bench/korean.py [--posts 10000]

Two ways to index Korean in the same SQLite FTS5 table (title, excerpt, body, author; contentless, tuned
like the archive's):

- **pairs**: ``cjk_pairs`` (무탄소에너지를 → 무탄 탄소 소에 에너 너지 지를), queries as in
  ``store.query`` (a word as the phrase of its pairs; a compound also split, a phrase also joined).
- **kiwi**: Kiwi's morphemes (무탄소에너지를 → 무 탄소 에너지 를), the role Nori plays for Elasticsearch;
  a query analysed the same way and looked for as the phrase of its morphemes.

It measures, on the same posts: (1) what a reader expects to find, on probes made of real sentences
(compounds spaced or not, particles, a noun inside a longer noun, the demo site's Korean posts and the
Korean publisher page of ../shared/benchmark); (2) the cost: posts/s to analyse and index ``--posts``
synthetic posts (bench/synthetic.py, 70 % Korean) one transaction per 1,000, database bytes per post,
and query time (median / p95 of Korean words from across the frequency ranks). Results go to
bench/out/korean.json.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import synthetic  # noqa: E402

from newscrawler.store.archive import FTS_TABLE, tune_index  # noqa: E402
from newscrawler.store.query import parse  # noqa: E402
from newscrawler.text.cjk import cjk_pairs  # noqa: E402

OUT = ROOT / "bench" / "out"

# (query, text a reader expects it to find, what it tests)
PROBES = [
    ("청정전력", "양국은 청정 전력 확대를 모색했다.", "compound typed joined, written spaced"),
    ("청정 전력", "양국은 청정전력 확대를 모색했다.", "compound typed spaced, written joined"),
    ('"청정 전력"', "양국은 청정전력 확대를 모색했다.", "quoted phrase, written joined"),
    ("구립수영장", "구립 수영장이 다음 달 문을 연다.", "compound typed joined, written spaced"),
    ("구립 수영장", "구립수영장이 다음 달 문을 연다.", "compound typed spaced, written joined"),
    ("수영장", "구립수영장이 다음 달 문을 연다.", "a noun inside a longer noun"),
    ("에너지", "정부는 무탄소에너지를 늘린다.", "a noun inside a compound with a particle"),
    ("국회", "국회는 예산안을 통과시켰다.", "a noun with a particle"),
    ("예산안", "국회는 예산안을 통과시켰다.", "a noun with a particle"),
    ("예산", "국회는 예산안을 통과시켰다.", "a noun inside a longer noun"),
    ("반도체", "AI반도체 수출이 늘었다.", "a noun after Latin letters"),
    ("미세먼지", "미세 먼지 농도가 높다.", "compound written spaced"),
    ("기후위기", "기후 위기 대응 예산", "compound written spaced"),
    ("탄소중립", "2050 탄소 중립 목표", "compound written spaced"),
    ("전기차", "전기 차 보조금이 줄었다.", "compound of 2+1 letters written spaced"),
    ("부동산", "부동산시장이 얼어붙었다.", "a noun at the start of a compound"),
    ("시장", "부동산시장이 얼어붙었다.", "a noun at the end of a compound"),
    ("서울시", "서울시는 대책을 내놓았다.", "a noun with a particle"),
    ("대책", "서울시는 대책을 내놓았다.", "a noun with a particle"),
    ("발표", "정부는 새 정책을 발표했다.", "a verb's noun stem"),
    ("인공지능", "인공 지능 반도체 개발", "compound written spaced"),
    ("한국은행", "한국 은행 기준금리 동결", "a name written spaced"),
    ("기준금리", "한국은행은 기준 금리를 동결했다.", "compound written spaced, with a particle"),
    ("청년정책", "청년 정책 위원회가 열렸다.", "compound written spaced"),
    ("정책위원회", "청년 정책 위원회가 열렸다.", "compound written spaced"),
]
# (query, text a reader does not expect it to find)
WRONG = [
    ("전력", "전력질주한 선수들"),  # a different word with the same letters: both find it
    ("국회", "외국회사의 주가"),  # 외국 + 회사: letters across a word boundary
    ("사과", "회사과장이 말했다"),  # 회사 + 과장
    ("기차", "전기차 판매"),  # inside another word
    ("정부", "부정부패 척결"),  # 부정 + 부패
]


class Kiwi:
    def __init__(self) -> None:
        from kiwipiepy import Kiwi as KiwiAnalyser

        self.kiwi = KiwiAnalyser()

    def text(self, text: str) -> str:
        if not text or text.isascii():
            return text
        return " ".join(token.form for token in self.kiwi.tokenize(text))

    def texts(self, texts: list[str]) -> list[str]:
        results = []
        for text, tokens in zip(texts, self.kiwi.tokenize(texts), strict=True):
            results.append(text if not text or text.isascii() else " ".join(token.form for token in tokens))
        return results

    def match(self, query: str) -> str:
        words = [w for w in query.replace('"', " ").split()]
        phrases = []
        for word in words:
            forms = [t.form for t in self.kiwi.tokenize(word) if not t.tag.startswith(("J", "E", "S"))]
            forms = forms or [t.form for t in self.kiwi.tokenize(word)]
            phrases.append('"' + " ".join(f.replace('"', "") for f in forms) + '"')
        if query.startswith('"'):
            return '"' + " ".join(p.strip('"') for p in phrases) + '"'
        return " AND ".join(phrases)


def make_index(path: Path) -> sqlite3.Connection:
    for stale in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        stale.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")
    conn.execute(FTS_TABLE.format(name="posts_fts"))
    tune_index(conn, "posts_fts")
    return conn


def probes(kiwi: Kiwi) -> dict:
    results: dict = {"pairs": {"found": 0, "wrong": 0}, "kiwi": {"found": 0, "wrong": 0}, "probes": []}
    schemes: dict[str, tuple[Callable[[str], str], Callable[[str], str]]] = {
        "pairs": (cjk_pairs, lambda q: parse(q).match),
        "kiwi": (kiwi.text, kiwi.match),
    }
    for name, (analyse, translate) in schemes.items():
        conn = sqlite3.connect(":memory:")
        conn.execute(FTS_TABLE.format(name="posts_fts"))
        for rowid, (_, text, _) in enumerate(PROBES, 1):
            conn.execute("INSERT INTO posts_fts (rowid, body) VALUES (?, ?)", [rowid, analyse(text)])
        for rowid, (_, text) in enumerate(WRONG, 1000):
            conn.execute("INSERT INTO posts_fts (rowid, body) VALUES (?, ?)", [rowid, analyse(text)])
        for rowid, (query, text, why) in enumerate(PROBES, 1):
            sql = "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH ? AND rowid = ?"
            hit = conn.execute(sql, [translate(query), rowid]).fetchone()[0] > 0
            results[name]["found"] += hit
            results["probes"].append({"scheme": name, "query": query, "text": text, "why": why, "found": hit})
        for rowid, (query, text) in enumerate(WRONG, 1000):
            sql = "SELECT count(*) FROM posts_fts WHERE posts_fts MATCH ? AND rowid = ?"
            wrong = conn.execute(sql, [translate(query), rowid]).fetchone()[0] > 0
            results[name]["wrong"] += wrong
            probe = {"scheme": name, "query": query, "text": text, "why": "not wanted", "found": wrong}
            results["probes"].append(probe)
    for name in schemes:
        print(
            f"{name:>6}: found {results[name]['found']}/{len(PROBES)} expected, "
            f"{results[name]['wrong']}/{len(WRONG)} unwanted",
            file=sys.stderr,
        )
    for probe in results["probes"]:
        if probe["scheme"] == "kiwi":
            pairs = next(
                p
                for p in results["probes"]
                if p["scheme"] == "pairs" and p["query"] == probe["query"] and p["text"] == probe["text"]
            )
            print(
                f"  {probe['query']:<12} {probe['text']:<24} pairs {pairs['found']!s:<5} kiwi {probe['found']}",
                file=sys.stderr,
            )
    return results


def cost(kiwi: Kiwi, count: int) -> dict:
    posts = list(synthetic.posts(0, count))
    maker = synthetic.PostMaker()
    queries = [w for w in maker.ko[3:4000] if len(w) >= 2][::400][:10]
    results = {}
    for name, analyse in (("pairs", None), ("kiwi", kiwi.texts)):
        path = OUT / f"korean-{name}.db"
        conn = make_index(path)
        started = time.perf_counter()
        analysing = 0.0
        for first in range(0, count, 1_000):
            batch = posts[first : first + 1_000]
            began = time.perf_counter()
            rows = []
            for rowid, post in enumerate(batch, first + 1):
                texts = [post.title, post.excerpt, post.body_text, post.author or ""]
                rows.append((rowid, *(analyse(texts) if analyse else [cjk_pairs(t) for t in texts])))
            analysing += time.perf_counter() - began
            conn.execute("BEGIN")
            conn.executemany("INSERT INTO posts_fts (rowid, title, excerpt, body, author) VALUES (?, ?, ?, ?, ?)", rows)
            conn.execute("COMMIT")
        seconds = time.perf_counter() - started
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = sum(p.stat().st_size for p in OUT.glob(f"korean-{name}.db*"))
        times = []
        translate = (lambda q: parse(q).match) if name == "pairs" else kiwi.match
        for query in queries:
            match = translate(query)
            conn.execute("SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? ORDER BY rowid DESC LIMIT 5000", [match])
            for _ in range(10):
                began = time.perf_counter()
                conn.execute(
                    "SELECT rowid FROM posts_fts WHERE posts_fts MATCH ? ORDER BY rowid DESC LIMIT 5000", [match]
                ).fetchall()
                times.append((time.perf_counter() - began) * 1000)
        times.sort()
        results[name] = {
            "posts": count,
            "posts_per_s": round(count / seconds),
            "analysis_ms_per_post": round(analysing / count * 1000, 3),
            "bytes_per_post": round(size / count),
            "query_median_ms": round(statistics.median(times), 2),
            "query_p95_ms": round(times[int(0.95 * (len(times) - 1))], 2),
        }
        print(f"{name:>6}: {results[name]}", file=sys.stderr)
        conn.close()
        for stale in OUT.glob(f"korean-{name}.db*"):
            stale.unlink()
    results["queries"] = queries
    return results


def real_text(kiwi: Kiwi) -> dict:
    """Analysis time per letter of real Korean posts (the judged set's archive, bench/relevance.py), both ways."""
    path = OUT / "relevance" / "news.db"
    if not path.exists():
        return {}
    conn = sqlite3.connect(path)
    texts = [text for (text,) in conn.execute("SELECT body_text FROM posts WHERE language = 'ko'")]
    conn.close()
    letters = sum(map(len, texts))
    result = {"posts": len(texts), "letters": letters}
    for name, analyse in (("pairs", cjk_pairs), ("kiwi", kiwi.text)):
        analyse(texts[0])
        started = time.perf_counter()
        for text in texts:
            analyse(text)
        seconds = time.perf_counter() - started
        result[f"{name}_us_per_letter"] = round(seconds / letters * 1e6, 3)
        result[f"{name}_ms_per_post"] = round(seconds / len(texts) * 1000, 3)
    print(f"real Korean posts: {result}", file=sys.stderr)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--posts", type=int, default=10_000)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    kiwi = Kiwi()
    load = time.perf_counter() - started
    print(f"Kiwi model load: {load:.2f} s", file=sys.stderr)
    result = {
        "kiwi_load_s": round(load, 2),
        "probes": probes(kiwi),
        "real_text": real_text(kiwi),
        "cost": cost(kiwi, args.posts),
    }
    (OUT / "korean.json").write_text(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
