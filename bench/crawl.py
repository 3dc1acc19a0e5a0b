"""Crawl speed against its ceilings, and crawl memory as URLs grow, on a local site served by nginx.

    .venv/bin/python bench/crawl.py              # speed: 5,000 article pages, (a) (b) (c) below
    .venv/bin/python bench/crawl.py memory       # memory: a crawl of 50,000 URLs, duplicates included
    .venv/bin/python bench/crawl.py --pages 500  # a quick look
    .venv/bin/python bench/crawl.py keep         # WARC and images kept vs not: 1,000 articles, and reprocess

Speed. The site is made of the 121 real pages of ../shared/benchmark/articles,
each copied under many URLs (/news/<section>/<yyyy>/<mm>/<slug>-<n>.html) with a
line of its own in the text so that no copy is a duplicate of another, plus
robots.txt, a sitemap index of sitemaps, an RSS feed and listing pages. Debian's
nginx serves it from a temporary folder on 127.0.0.1. Three runs, each in its
own process, with the same concurrency (16 requests at once, AutoThrottle off,
robots.txt obeyed):

  (a) fetch ceiling: a bare Scrapy spider that fetches the sitemaps and every
      article and does nothing with them;
  (b) extraction ceiling: the crawl's extraction (``post_from_bytes``, what
      ``newscrawler extract`` runs) over the same pages read from disk;
  (c) ``newscrawler crawl`` of the site with every pipeline, the SQLite archive
      and the Jekyll files.

Reported: pages/s, CPU seconds per page, peak RSS (from wait4), and c as a
fraction of the best one process could do given a and b: 1 / (1/a + 1/b).

Memory. A site of 40,000 small generated articles listed in sitemaps, and
listing pages that link 10,000 more URLs which are the same articles again
(tracking parameters, fragments, trailing slashes): 50,000
URLs in all. ``newscrawler crawl`` of it, its resident memory sampled twice a
second beside the pages it has crawled. Figures go to bench/out/crawl*.json.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ARTICLES = ROOT.parent / "shared" / "benchmark" / "articles"
OUT = ROOT / "bench" / "out"
SECTIONS = ("politics", "economy", "society", "world", "tech", "culture", "sports", "science")
CONCURRENCY = 16
SAME_SETTINGS = {
    "CONCURRENT_REQUESTS": CONCURRENCY,
    "CONCURRENT_REQUESTS_PER_DOMAIN": CONCURRENCY,
    "AUTOTHROTTLE_ENABLED": False,
    "DOWNLOAD_DELAY": 0,
    "ROBOTSTXT_OBEY": True,
    "LOGSTATS_INTERVAL": 2,
}


# the site


def article_pages(count: int) -> list[tuple[str, bytes]]:
    """(path, html) of ``count`` article pages made from the benchmark's real pages, each with its own text."""
    truth = json.loads((ARTICLES / "ground-truth.json").read_text("utf-8"))
    originals = []
    for page_id, entry in sorted(truth.items()):
        html = gzip.decompress((ARTICLES / "html" / f"{page_id}.html.gz").read_bytes())
        originals.append((html, _words_of_the_text(html, entry.get("articleBody") or "")))
    if not originals:
        sys.exit(f"no pages in {ARTICLES}: the speed bench needs ../shared/benchmark/articles")
    pages = []
    for n in range(count):
        html, words = originals[n % len(originals)]
        # words of its own before the article's first words (wherever the page holds them: the text,
        # JSON-LD, meta), so that no copy is a duplicate of another
        own = b"Dispatch number %d. " % n
        html = _ARTICLE_BODY.sub(lambda m, own=own: m.group() + own, html.replace(words, own + words))
        section = SECTIONS[n % len(SECTIONS)]
        pages.append((f"news/{section}/{2024 + n % 2}/{1 + n % 12:02d}/story-{n}.html", html))
    return pages


_ARTICLE_BODY = re.compile(rb'"articleBody"\s*:\s*"')


def _words_of_the_text(html: bytes, text: str) -> bytes:
    """A few words in a row of the article's text as the page writes them, else the first <p> tag."""
    body = max(html.find(b"<body"), 0)
    for run in (5, 3, 2):
        for line in text.splitlines():
            words = line.split()
            for start in range(max(1, len(words) - run + 1)):
                needle = " ".join(words[start : start + run]).encode()
                if len(needle) > 12 and html.find(needle, body) >= 0 and b"<" not in needle:
                    return needle
    paragraph = re.search(rb"<p\b[^>]*>", html)
    return paragraph.group() if paragraph else b"</body>"


def write_site(folder: Path, pages: list[tuple[str, bytes]], extra_links: list[str] = ()) -> None:  # type: ignore[assignment]
    """The pages, robots.txt, a sitemap index of sitemaps of 1,000, an RSS feed and listing pages."""
    shutil.rmtree(folder, ignore_errors=True)
    for path, html in pages:
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(html)
    paths = [path for path, _ in pages]
    (folder / "robots.txt").write_text("User-agent: *\nAllow: /\nSitemap: {base}/sitemap.xml\n")
    (folder / "sitemaps").mkdir()
    chunks = [paths[i : i + 1000] for i in range(0, len(paths), 1000)]
    for k, chunk in enumerate(chunks):
        urls = "".join(f"<url><loc>{{base}}/{p}</loc><lastmod>2024-05-09</lastmod></url>" for p in chunk)
        (folder / "sitemaps" / f"{k}.xml").write_text(
            f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
        )
    index = "".join(f"<sitemap><loc>{{base}}/sitemaps/{k}.xml</loc></sitemap>" for k in range(len(chunks)))
    (folder / "sitemap.xml").write_text(
        f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{index}</sitemapindex>'
    )
    items = "".join(f"<item><title>Story {i}</title><link>{{base}}/{p}</link></item>" for i, p in enumerate(paths[:50]))
    (folder / "rss.xml").write_text(f'<?xml version="1.0"?><rss version="2.0"><channel>{items}</channel></rss>')
    links = [f"/{p}" for p in paths[:200]] + list(extra_links)
    per_page = 500
    listing_pages = max(1, -(-len(links) // per_page))
    for k in range(listing_pages):
        anchors = "".join(f'<li><a href="{href}">story</a></li>' for href in links[k * per_page : (k + 1) * per_page])
        following = f'<a rel="next" href="/list/{k + 1}.html">next</a>' if k + 1 < listing_pages else ""
        (folder / "list").mkdir(exist_ok=True)
        (folder / "list" / f"{k}.html").write_text(f"<html><body><ul>{anchors}</ul>{following}</body></html>")


def fill_base(folder: Path, base: str) -> None:
    """Absolute URLs in the sitemaps and the feed, once the server's address is known."""
    for path in [
        folder / "robots.txt",
        folder / "sitemap.xml",
        folder / "rss.xml",
        *(folder / "sitemaps").glob("*.xml"),
    ]:
        path.write_text(path.read_text().replace("{base}", base))


# the server


class Nginx:
    """Debian's nginx serving ``root`` on 127.0.0.1, from a temporary prefix (no root needed)."""

    def __init__(self, root: Path) -> None:
        binary = shutil.which("nginx") or "/usr/sbin/nginx"
        if not Path(binary).exists():
            sys.exit("nginx is needed: apt-get install --no-install-recommends nginx-light")
        self.prefix = Path(tempfile.mkdtemp(prefix="bench-nginx-"))
        self.port = free_port()
        mime = "include /etc/nginx/mime.types;" if Path("/etc/nginx/mime.types").exists() else ""
        temp = " ".join(
            f"{name}_temp_path {self.prefix / name};" for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        (self.prefix / "nginx.conf").write_text(
            f"worker_processes 1; daemon off; pid {self.prefix / 'nginx.pid'}; error_log {self.prefix / 'error.log'};\n"
            "events { worker_connections 4096; }\n"
            f"http {{ {mime} default_type text/html; access_log off; sendfile on; keepalive_requests 1000000; {temp}\n"
            f"  server {{ listen 127.0.0.1:{self.port}; root {root}; }} }}\n"
        )
        self.process = subprocess.Popen(
            [binary, "-p", str(self.prefix), "-c", str(self.prefix / "nginx.conf")], stderr=subprocess.DEVNULL
        )
        wait_for_port(self.port, self.process)
        self.base_url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.process.send_signal(signal.SIGQUIT)
        self.process.wait(timeout=30)
        shutil.rmtree(self.prefix, ignore_errors=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_for_port(port: int, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if process.poll() is not None:
            sys.exit("nginx did not start")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    sys.exit("nginx did not listen in 20 s")


# measuring one process


def measure(command: list[str], *, sample_rss: bool = False, log: Path | None = None) -> dict[str, Any]:
    """Run ``command``; wall time and CPU time (wait4), peak RSS, and RSS samples if asked."""
    started = time.perf_counter()
    stderr = log.open("wb") if log else subprocess.DEVNULL
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr, cwd=ROOT)
    samples: list[tuple[float, int]] = []
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        # VmHWM, the peak since exec: wait4's ru_maxrss would count the forked copy of this process too
        while not done.wait(0.5):
            try:
                status = Path(f"/proc/{process.pid}/status").read_text()
            except OSError:
                return
            rss, hwm = re.search(r"VmRSS:\s+(\d+) kB", status), re.search(r"VmHWM:\s+(\d+) kB", status)
            if hwm:
                peak[0] = max(peak[0], int(hwm.group(1)) // 1024)
            if rss and sample_rss:
                samples.append((time.perf_counter() - started, int(rss.group(1)) // 1024))

    threading.Thread(target=sample, daemon=True).start()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    done.set()
    if log:
        stderr.close()  # type: ignore[union-attr]
    return {
        "exit": process.returncode,
        "wall_s": round(time.perf_counter() - started, 2),
        "cpu_s": round(usage.ru_utime + usage.ru_stime, 2),
        "peak_rss_mb": peak[0],
        "rss_samples": samples,
    }


# (a) the bare spider and (b) extraction alone, each run as ``bench/crawl.py bare|extract`` in its own process


def run_bare(base_url: str) -> None:
    from scrapy.crawler import CrawlerProcess
    from scrapy.spiders import SitemapSpider

    class Bare(SitemapSpider):
        name = "bare"
        sitemap_urls = (f"{base_url}/robots.txt",)

        def parse(self, response: Any) -> None:
            self.crawler.stats.inc_value("bare/articles")

    process = CrawlerProcess({**SAME_SETTINGS, "LOG_LEVEL": "INFO", "TELNETCONSOLE_ENABLED": False})
    process.crawl(Bare)
    process.start()


def run_extract(site: Path, base_url: str) -> None:
    from newscrawler.extraction.page import post_from_bytes
    from newscrawler.sources import Source

    source = Source(name="bench", sitemaps=[f"{base_url}/sitemap.xml"])
    pages = sorted((site / "news").rglob("*.html"))
    for path in pages:
        post_from_bytes(path.read_bytes(), f"{base_url}/{path.relative_to(site)}", source, "text/html")


# the benchmarks


def bench_speed(pages: int) -> dict[str, Any]:
    work = OUT / "crawl-site"
    write_site(work, article_pages(pages))
    server = Nginx(work)
    try:
        fill_base(work, server.base_url)
        python = sys.executable
        bare = measure([python, __file__, "bare", server.base_url], log=OUT / "crawl-bare.log")
        extract = measure([python, __file__, "extract", str(work), server.base_url])
        full = crawl(server.base_url, OUT / "crawl-archive", OUT / "crawl-full.log")
    finally:
        server.stop()
    with_archive = count_archive(OUT / "crawl-archive")
    bare_pages = _crawled(OUT / "crawl-bare.log")
    rows = {
        "a fetch (bare Scrapy)": rate(bare, pages, bare_pages),
        "b extraction alone": rate(extract, pages, pages),
        "c newscrawler crawl": rate(full, pages, with_archive["posts"]),
    }
    failed = [name for name, row in rows.items() if row["exit"] != 0]
    if failed:
        sys.exit(f"{', '.join(failed)} failed: see bench/out/crawl-*.log")
    a, b, c = (rows[k]["pages_per_s"] for k in rows)
    ceiling = 1 / (1 / a + 1 / b)
    return {
        "pages": pages,
        "concurrency": CONCURRENCY,
        "runs": rows,
        "ceiling_pages_per_s": round(ceiling, 1),
        "fraction_of_ceiling": round(c / ceiling, 3),
        "archive": with_archive,
    }


def bench_memory(unique: int, duplicates: int) -> dict[str, Any]:
    work = OUT / "memory-site"
    pages = [(f"news/{SECTIONS[n % 8]}/story-{n}.html", small_article(n)) for n in range(unique)]
    variants = []
    for n in range(duplicates):
        path = pages[(n * 7) % unique][0]
        variants.append(
            (f"/{path}?utm_source=feed&utm_medium=rss&utm_campaign={n}", f"/{path}#comments-{n}", f"/{path}/")[n % 3]
        )
    write_site(work, pages, variants)
    server = Nginx(work)
    try:
        fill_base(work, server.base_url)
        result = crawl(server.base_url, OUT / "memory-archive", OUT / "memory-crawl.log", listings=True, sample=True)
    finally:
        server.stop()
    progress = _progress(OUT / "memory-crawl.log", result.pop("rss_samples"))
    return {
        "urls": unique + duplicates,
        "unique_articles": unique,
        "duplicate_urls": duplicates,
        "crawl": result,
        "archive": count_archive(OUT / "memory-archive"),
        "rss_by_pages": progress,
    }


def small_article(n: int) -> bytes:
    words = " ".join(f"word{(n * 31 + k) % 997}" for k in range(120))
    return (
        f"<html><head><title>Story {n}</title><meta property='og:title' content='Story {n}'>"
        f"<meta property='article:published_time' content='2024-05-{1 + n % 28:02d}T09:00:00+09:00'></head>"
        f"<body><article><h1>Story {n}</h1><p>Story number {n}. {words}.</p><p>{words[::-1]}.</p></article>"
        "</body></html>"
    ).encode()


def crawl(base_url: str, archive: Path, log: Path, *, listings: bool = False, sample: bool = False) -> dict[str, Any]:
    shutil.rmtree(archive, ignore_errors=True)
    archive.mkdir(parents=True)
    sources = archive / "sources.toml"
    start = f'start_urls = ["{base_url}/list/0.html"]\nfollow = ["/news/"]\n' if listings else ""
    sources.write_text(
        f'[[sources]]\nname = "bench"\nsitemaps = ["robots"]\nfeeds = ["{base_url}/rss.xml"]\n{start}language = "en"\n'
    )
    command = [str(Path(sys.executable).with_name("newscrawler")), "crawl", "--archive", str(archive)]
    command += ["--sources", str(sources)]
    for name, value in SAME_SETTINGS.items():
        command += ["-s", f"{name}={value}"]
    return measure(command, sample_rss=sample, log=log)


def count_archive(folder: Path) -> dict[str, int]:
    import sqlite3

    conn = sqlite3.connect(folder / "news.db")
    try:
        posts = conn.execute("SELECT count(*) FROM posts").fetchone()[0]
    finally:
        conn.close()
    return {"posts": posts, "markdown_files": len(list((folder / "_posts").glob("*.md")))}


def rate(run: dict[str, Any], pages: int, done: int) -> dict[str, Any]:
    return {
        "pages": done,
        "pages_per_s": round(pages / run["wall_s"], 1),
        "cpu_ms_per_page": round(1000 * run["cpu_s"] / pages, 2),
        "peak_rss_mb": run["peak_rss_mb"],
        "wall_s": run["wall_s"],
        "exit": run["exit"],
    }


_CRAWLED = re.compile(r"Crawled (\d+) pages")


def _crawled(log: Path) -> int:
    found = re.findall(r"'bare/articles': (\d+)", log.read_text(errors="replace"))
    return int(found[-1]) if found else 0


def _progress(log: Path, samples: list[tuple[float, int]]) -> list[dict[str, int]]:
    """Pages crawled (from Scrapy's periodic log lines, timed by line order) beside the RSS sampled then."""
    counts = [int(n) for n in _CRAWLED.findall(log.read_text(errors="replace"))]
    if not counts or not samples:
        return []
    step = max(1, len(samples) // len(counts))
    return [{"pages": counts[min(i // step, len(counts) - 1)], "rss_mb": rss} for i, (_, rss) in enumerate(samples)][
        :: max(1, len(samples) // 40)
    ]


# (d) what keeping pages and images costs: ``bench/crawl.py keep``


KEEP_IMAGE_BYTES = 30_000  # each image of the keep bench: about a news photo's size, incompressible like a JPEG
BLOCK_OUTSIDE = {"http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9", "no_proxy": "127.0.0.1"}


def keep_pages(count: int, folder: Path) -> list[tuple[str, bytes]]:
    """The speed bench's pages with the images each post uses (as the crawl picks them) moved onto the local
    site, one file of KEEP_IMAGE_BYTES random bytes each under /img/<page>/<n>.jpg; returns the pages."""
    import html as html_lib
    import random

    from newscrawler.extraction.page import post_from_bytes
    from newscrawler.pipelines.images import post_images
    from newscrawler.sources import Source

    source = Source(name="bench", sitemaps=["https://bench.invalid/sitemap.xml"])
    rng = random.Random(15)
    pages, images = [], []
    for n, (path, html) in enumerate(article_pages(count)):
        k = 0
        for _ in range(3):  # a page's JSON-LD may name another lead image once og:image is moved
            post, _ = post_from_bytes(html, f"https://bench.invalid/{path}", source, "text/html")
            outside = [url for url, _ in post_images(post) if not url.startswith("https://bench.invalid/img/")]
            for url in outside:
                local = f"/img/{n}/{k}.jpg"
                for form in {url, html_lib.escape(url), url.replace("/", "\\/"), html_lib.escape(url, quote=False)}:
                    html = html.replace(form.encode(), local.encode())
                images.append((local[1:], b"\xff\xd8\xff\xe0" + rng.randbytes(KEEP_IMAGE_BYTES - 4)))
                k += 1
        pages.append((path, html))
    write_site(folder, pages)
    for path, data in images:
        (folder / path).parent.mkdir(parents=True, exist_ok=True)
        (folder / path).write_bytes(data)
    return pages


def bench_keep(pages: int, rounds: int) -> dict[str, Any]:
    """The crawl with pages (WARC) and images kept beside the same crawl with both off, alternating, ``rounds``
    times each; then ``reprocess`` of the kept archive beside extraction alone on the same pages."""
    import sqlite3

    from newscrawler.store.parts import archive_sizes

    work = OUT / "keep-site"
    keep_pages(pages, work)
    os.environ.update(BLOCK_OUTSIDE)  # an image URL the rewrite missed fails at once instead of going out
    server = Nginx(work)
    runs: dict[str, list[dict[str, Any]]] = {"off": [], "on": []}
    try:
        fill_base(work, server.base_url)
        for round_ in range(rounds):
            for mode in ("off", "on") if round_ % 2 == 0 else ("on", "off"):
                flag = "1" if mode == "on" else "0"
                os.environ.update({"NEWSCRAWLER_WARC": flag, "NEWSCRAWLER_IMAGES": flag})
                result = crawl(server.base_url, OUT / f"keep-archive-{mode}", OUT / f"keep-crawl-{mode}.log")
                posts = count_archive(OUT / f"keep-archive-{mode}")["posts"]
                runs[mode].append({**rate(result, pages, posts), "posts": posts})
                print(mode, runs[mode][-1], file=sys.stderr, flush=True)
        extract = measure([sys.executable, __file__, "extract", str(work), server.base_url])
    finally:
        server.stop()
        for name in ("NEWSCRAWLER_WARC", "NEWSCRAWLER_IMAGES"):
            os.environ.pop(name, None)
    archive = OUT / "keep-archive-on"
    sizes = archive_sizes(archive)
    conn = sqlite3.connect(archive / "news.db")
    try:
        posts = conn.execute("SELECT count(*) FROM posts").fetchone()[0]
        media = dict(conn.execute("SELECT status, count(*) FROM media GROUP BY status").fetchall())
        reasons = dict(conn.execute("SELECT reason, count(*) FROM media WHERE status = 'failed' GROUP BY reason"))
    finally:
        conn.close()
    command = [str(Path(sys.executable).with_name("newscrawler")), "reprocess", "--archive", str(archive)]
    reprocess = measure([*command, "--sources", str(archive / "sources.toml"), "--json"])

    def best(mode: str, key: str) -> float:
        return float(max(run[key] for run in runs[mode]))

    return {
        "pages": pages,
        "rounds": rounds,
        "runs": runs,
        "throughput_ratio_on_off": round(best("on", "pages_per_s") / best("off", "pages_per_s"), 3),
        # CPU time per page is what keeping costs the crawl when the machine is shared (wall times follow the load)
        "cpu_ratio_off_on": round(
            min(r["cpu_ms_per_page"] for r in runs["off"]) / min(r["cpu_ms_per_page"] for r in runs["on"]), 3
        ),
        "peak_rss_mb": {mode: max(run["peak_rss_mb"] for run in runs[mode]) for mode in runs},
        "posts": posts,
        "bytes_per_post": {part: round(sizes[part]["bytes"] / max(posts, 1)) for part in ("database", "warc", "media")},
        "sizes": sizes,
        "images": {"stored": media.get("stored", 0), "failed": media.get("failed", 0), "failed_reasons": reasons},
        "reprocess": {**rate(reprocess, posts, posts), "posts_per_s": round(posts / reprocess["wall_s"], 1)},
        "extraction_alone": rate(extract, pages, pages),
    }


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "bare":
        run_bare(sys.argv[2])
        return
    if len(sys.argv) > 1 and sys.argv[1] == "extract":
        run_extract(Path(sys.argv[2]), sys.argv[3])
        return
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", nargs="?", choices=("speed", "memory", "keep"), default="speed")
    parser.add_argument("--pages", type=int, default=0, help="articles (speed: 5,000; keep: 1,000)")
    parser.add_argument("--rounds", type=int, default=2, help="keep: crawls with and without keeping, each")
    parser.add_argument("--unique", type=int, default=40_000)
    parser.add_argument("--duplicates", type=int, default=10_000)
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    result: dict[str, Any] = {"machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.python_version()}"}
    if args.what == "speed":
        result["speed"] = bench_speed(args.pages or 5_000)
        name = "crawl.json"
    elif args.what == "keep":
        result["keep"] = bench_keep(args.pages or 1_000, args.rounds)
        name = "crawl-keep.json"
    else:
        result["memory"] = bench_memory(args.unique, args.duplicates)
        name = "crawl-memory.json"
    (OUT / name).write_text(json.dumps(result, indent=1))
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
