"""A small news site with photos, written into a folder for ``newscrawler.demo.server`` to serve.

Each article has a lead photo (og:image) of its own, a photo in its body, and
the site's shared photo (one file stored once however many posts use it).
The last article gives only a relative date ("3 hours ago").
The first article also links a photo that is not there (404), a "photo"
that is an HTML page and one robots.txt forbids, so failures are counted
with their reasons.
"""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

SOURCES = """
[[sources]]
name = "photos"
feeds = ["{base}/feed.xml"]
language = "en"
timezone = "UTC"
category = "News"

[sources.selectors]
body = "article .text"
"""

ARTICLE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>{title} - The Photo Times</title>
<meta property="og:title" content="{title}">
<meta property="og:image" content="__BASE_URL__/img/lead-{n}.png">
{published}<link rel="canonical" href="__BASE_URL__/news/{n}.html">
</head><body><h1>{title}</h1>{shown_date}
<article><div class="text">
<p>The council of the city number {n} met on Monday to discuss the new river park,
which opened to walkers in spring.</p>
<figure><img src="/img/body-{n}.png" alt="the park {n}"><figcaption>The park seen from the bridge.</figcaption></figure>
<p>Residents said the paths were busy every weekend and asked for more benches along the water.</p>
<p><img src="/img/shared.png" alt="the city seal"></p>
{extra}
</div></article></body></html>
"""

PUBLISHED = '<meta property="article:published_time" content="2024-05-{day:02d}T09:00:00+00:00">\n'
BROKEN = (
    '<p><img src="/img/missing.png" alt="gone"> <img src="/img/fake.png" alt="not a picture"> '
    '<img src="/private/secret.png" alt="robots.txt says no"></p>'
)


def png(seed: int) -> bytes:
    """A valid 2x2 PNG whose colour (and so whose bytes) depends on ``seed``."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    pixel = bytes([seed % 256, (seed * 7) % 256, (seed * 13) % 256])
    raw = b"".join(b"\x00" + pixel * 2 for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def write_site(root: Path, articles: int = 6) -> list[str]:
    """The site in ``root``; returns the article paths."""
    (root / "news").mkdir(parents=True, exist_ok=True)
    (root / "img").mkdir(exist_ok=True)
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /private/\n", "utf-8")
    (root / "img" / "shared.png").write_bytes(png(1000))
    (root / "private").mkdir(exist_ok=True)
    (root / "private" / "secret.png").write_bytes(png(2000))
    (root / "img" / "fake.png").write_text("<html><body>Not found, but said with a 200</body></html>", "utf-8")
    paths, items = [], []
    for n in range(1, articles + 1):
        title = f"River park opens in city {n}"
        dated = {"published": PUBLISHED.format(day=n), "shown_date": ""}
        if n == articles:  # the last one dated only "3 hours ago": read against the time it was fetched
            dated = {"published": "", "shown_date": '<p class="date">3 hours ago</p>'}
        page = ARTICLE.format(title=title, n=n, extra=BROKEN if n == 1 else "", **dated)
        (root / "news" / f"{n}.html").write_text(page, "utf-8")
        (root / "img" / f"lead-{n}.png").write_bytes(png(n))
        (root / "img" / f"body-{n}.png").write_bytes(png(100 + n))
        paths.append(f"/news/{n}.html")
        items.append(f"<item><title>{title}</title><link>__BASE_URL__/news/{n}.html</link></item>")
    feed = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>The Photo Times</title>'
        f"<link>__BASE_URL__/</link>{''.join(items)}</channel></rss>"
    )
    (root / "feed.xml").write_text(feed, "utf-8")
    return paths


def write_sources(path: Path, base_url: str, **keys: object) -> Path:
    text = SOURCES.format(base=base_url)
    extra = "".join(f"{key} = {json.dumps(value)}\n" for key, value in keys.items())
    text = text.replace('category = "News"\n', f'category = "News"\n{extra}')
    path.write_text(text, "utf-8")
    return path


def crawl_while_up(folder: Path) -> tuple[Path, Path, str]:
    """The photo site written and served in ``folder``, crawled into ``folder/archive``, then stopped for good;
    returns (archive, sources file, the site's address where nothing answers any more)."""
    from helpers import run_cli

    from newscrawler.demo.server import serve_in_thread

    write_site(folder / "site")
    server = serve_in_thread(folder / "site")
    sources = write_sources(folder / "sources.toml", server.base_url)
    try:
        result = run_cli(
            "crawl", "--sources", str(sources), "--archive", str(folder / "archive"), "--log-level", "WARNING",
            "-s", "AUTOTHROTTLE_START_DELAY=0",
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
    finally:
        server.shutdown()
        server.server_close()
    return folder / "archive", sources, server.base_url
