"""Archive speed: export to Jekyll and Hugo, re-export with nothing new, search latency.

    .venv/bin/python bench/archive.py                    # all of it (about 10 minutes on 2 cores)
    .venv/bin/python bench/archive.py --only export      # demo archive and 10,000 synthetic posts
    .venv/bin/python bench/archive.py --only search      # 100,000 synthetic posts

Synthetic posts are Korean (70 %) and English (30 %) news of realistic size
(Korean bodies of about 1,500-2,500 letters in 6-12 paragraphs, English of
about 400-700 words), from 20 sources in 10 categories over two years, made
from a fixed random seed. Archives are built through ``Archive.save_post``,
the crawl's own path, and kept in ``bench/out/`` for the next run (delete
them to rebuild). Export figures are wall time of ``export_site``, the code
``newscrawler export`` runs, without the command's start-up (about 0.3 s).
Search figures are ``Archive.search`` (bm25, 20 results, snippets) per query.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from newscrawler.cleaning import content_hash  # noqa: E402
from newscrawler.exporters.base import SiteProfile  # noqa: E402
from newscrawler.exporters.site import export_site  # noqa: E402
from newscrawler.items import Post  # noqa: E402
from newscrawler.store import Archive  # noqa: E402

OUT = ROOT / "bench" / "out"
KO_NOUNS = [
    "정부", "국회", "대통령", "장관", "위원회", "에너지", "무탄소", "전력", "반도체", "수출",
    "수입", "경제", "금리", "물가", "환율", "주택", "아파트", "전세", "환경", "기후", "탄소",
    "배출", "미세먼지", "폭염", "태풍", "장마", "교육", "학교", "학생", "교사", "교과서",
    "병원", "의료", "의사", "환자", "보험", "연금", "청년", "일자리", "고용", "임금", "기업",
    "투자", "주식", "시장", "은행", "예산", "세금", "지방", "자치", "선거", "투표", "정책",
    "법안", "개정", "규제", "산업", "기술", "인공지능", "데이터", "통신", "위성", "우주",
    "자동차", "배터리", "수소", "원전", "재생", "태양광", "풍력", "농업", "사과", "가격",
    "관광", "문화", "영화", "공연", "도서", "전시", "스포츠", "축구", "야구", "올림픽",
    "외교", "협력", "회담", "동맹", "안보", "국방", "북한", "중국", "미국", "일본", "유럽",
    "서울", "부산", "대구", "인천", "광주", "대전", "경기", "강원", "충북", "전남", "경북",
    "제주", "시민", "주민", "소비자", "노동자", "단체", "전문가", "연구원",
]  # fmt: skip
KO_PARTICLES = ("은", "는", "이", "가", "을", "를", "에", "에서", "의", "와", "과", "로", "도", "만")
KO_ENDINGS = ("했다.", "밝혔다.", "전했다.", "것으로 나타났다.", "계획이다.", "예정이다.", "설명했다.", "강조했다.")
EN_WORDS = [
    "government", "minister", "parliament", "president", "energy", "power", "grid", "semiconductor", "chip",
    "exports", "imports", "economy", "interest", "rates", "inflation", "currency", "housing", "prices",
    "rent", "climate", "carbon", "emissions", "heatwave", "typhoon", "school", "students", "teachers",
    "hospital", "doctors", "patients", "pension", "youth", "jobs", "wages", "companies", "investment",
    "market", "bank", "budget", "tax", "local", "election", "voters", "policy", "bill", "regulation",
    "industry", "technology", "artificial", "intelligence", "data", "network", "satellite", "space", "car",
    "battery", "hydrogen", "nuclear", "solar", "wind", "farm", "apple", "tourism", "culture", "film",
    "festival", "books", "exhibition", "football", "baseball", "diplomacy", "talks", "alliance", "security",
    "defence", "seoul", "busan", "citizens", "experts", "said", "announced", "reported", "expected", "plans",
    "would", "could", "will", "the", "a", "of", "to", "in", "for", "on", "with", "by", "from", "and", "as",
    "at",
]  # fmt: skip
CATEGORIES = ("정치", "경제", "사회", "환경", "IT/과학", "문화", "국제", "생활", "World", "Business")


def korean_sentence(rng: random.Random) -> str:
    words = []
    for _ in range(rng.randint(6, 11)):
        noun = rng.choice(KO_NOUNS)
        if rng.random() < 0.25:
            noun += rng.choice(KO_NOUNS)  # compounds such as 무탄소에너지
        words.append(noun + (rng.choice(KO_PARTICLES) if rng.random() < 0.7 else ""))
    return " ".join(words) + " " + rng.choice(KO_ENDINGS)


def english_sentence(rng: random.Random) -> str:
    words = [rng.choice(EN_WORDS) for _ in range(rng.randint(10, 20))]
    return " ".join(words).capitalize() + "."


def synthetic_post(index: int, rng: random.Random) -> Post:
    korean = rng.random() < 0.7
    sentence = korean_sentence if korean else english_sentence
    paragraphs = [" ".join(sentence(rng) for _ in range(rng.randint(3, 5))) for _ in range(rng.randint(8, 14))]
    title = sentence(rng).rstrip(".")[: rng.randint(25, 60)].strip()
    day = 1 + (index * 7919) % 730
    published = (
        f"{2023 + day // 365}-{1 + (day % 365) // 31:02d}-{1 + day % 28:02d}T{rng.randint(0, 23):02d}:15:00+09:00"
    )
    body_text = "\n\n".join(paragraphs)
    return Post(
        url=f"https://news{index % 20}.example/{'ko' if korean else 'en'}/{index}",
        source=f"source{index % 20}",
        title=title,
        category=rng.choice(CATEGORIES[:8] if korean else CATEGORIES[-3:]),
        tags=[],
        excerpt=paragraphs[0][:200],
        body_html="\n".join(f"<p>{p}</p>" for p in paragraphs),
        body_text=body_text,
        author="",
        published=published,
        modified="",
        image=f"https://news{index % 20}.example/img/{index}.jpg" if rng.random() < 0.6 else "",
        language="ko" if korean else "en",
        crawled_at="2025-01-01T00:00:00+00:00",
        content_hash=content_hash(body_text),
    )


def synthetic_archive(count: int) -> Path:
    """bench/out/synthetic-<count>/news.db, built once through Archive.save_post."""
    folder = OUT / f"synthetic-{count}"
    if (folder / "done").exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    rng = random.Random(count)
    started = time.perf_counter()
    with Archive(folder / "news.db") as archive:
        for index in range(count):
            archive.save_post(synthetic_post(index, rng))
            if index and index % 10_000 == 0:
                print(f"  {index} posts archived in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    seconds = time.perf_counter() - started
    size = sum(p.stat().st_size for p in folder.iterdir())
    (folder / "done").write_text(json.dumps({"posts": count, "seconds": seconds, "bytes": size}))
    return folder


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


QUERIES: dict[str, list[tuple[str, dict[str, str]]]] = {
    "English word": [("semiconductor", {}), ("hydrogen", {}), ("government", {}), ("festival", {})],
    "Korean word (3+ letters)": [("에너지", {}), ("반도체", {}), ("무탄소", {}), ("인공지능", {})],
    "Korean two-letter word": [("환경", {}), ("정책", {}), ("수출", {}), ("태풍", {})],
    "phrase": [('"무탄소 에너지"', {}), ('"interest rates"', {}), ('"정부는 반도체"', {}), ('"solar power"', {})],
    "filtered": [
        ("에너지", {"source": "source3"}),
        ("환경", {"category": "경제", "since": "2024-01-01"}),
        ("semiconductor", {"source": "source7", "until": "2023-12-31"}),
        ("수출 OR exports", {"category": "World"}),
    ],
}


def bench_search(posts: int, repeat: int) -> list[dict]:
    folder = synthetic_archive(posts)
    rows = []
    every: list[float] = []
    with Archive(folder / "news.db", create=False) as archive:
        for kind, queries in QUERIES.items():
            times: list[float] = []
            matches = []
            for query, filters in queries:
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
                "queries": [q for q, _ in queries],
                "matches": matches,
                "median_ms": statistics.median(times),
                "p95_ms": _p95(times),
            }
            rows.append(row)
            print(
                f"{kind:>26}: median {row['median_ms']:.1f} ms, p95 {row['p95_ms']:.1f} ms {matches}", file=sys.stderr
            )
    every.sort()
    overall = {"kind": "all queries", "median_ms": statistics.median(every), "p95_ms": _p95(every)}
    rows.append(overall)
    print(f"{'all queries':>26}: median {overall['median_ms']:.1f} ms, p95 {overall['p95_ms']:.1f} ms", file=sys.stderr)
    return rows


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
    parser.add_argument("--only", choices=("export", "search"))
    parser.add_argument("--export-posts", type=int, default=10_000)
    parser.add_argument("--search-posts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=25, help="Runs of each search query.")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    result: dict = {
        "machine": f"{platform.machine()}, {platform.python_version()}, SQLite {sqlite3.sqlite_version}",
    }
    if args.only in (None, "export"):
        result["export"] = bench_export(args.export_posts)
        result["build_10k"] = json.loads((OUT / f"synthetic-{args.export_posts}" / "done").read_text())
    if args.only in (None, "search"):
        result["search"] = bench_search(args.search_posts, args.repeat)
        result["build_100k"] = json.loads((OUT / f"synthetic-{args.search_posts}" / "done").read_text())
    (OUT / "archive.json").write_text(json.dumps(result, ensure_ascii=False, indent=1))
    print(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
