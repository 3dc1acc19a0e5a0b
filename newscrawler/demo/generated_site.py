"""A generated news site of any size (feeds, sitemaps, listing pages, articles) for crawl tests and benchmarks.

``write_site(folder, posts)`` writes it for ``newscrawler.demo.server`` (addresses as ``__BASE_URL__``), and
``write_sources(path, base_url)`` a sources file that finds every article through its RSS feed (the newest 50),
its sitemaps (named in robots.txt) and its paginated listing, so that most articles are linked three times.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

BASE = "__BASE_URL__"
PER_SITEMAP = 100
PER_LISTING_PAGE = 20
FEED_SIZE = 50
CATEGORIES = ["정치", "경제", "사회", "환경", "기술"]
_START = datetime(2024, 1, 1, 9, 0, tzinfo=UTC)


def article_path(number: int) -> str:
    day = _START + timedelta(hours=number)
    return f"/news/{day:%Y/%m}/post-{number}.html"


def article_paths(posts: int) -> list[str]:
    return [article_path(n) for n in range(1, posts + 1)]


def _published(number: int) -> str:
    return (_START + timedelta(hours=number)).astimezone().isoformat(timespec="seconds")


def _article(number: int) -> str:
    title = f"{number}번 기사: 무탄소에너지 정책 토론회 {number}차 회의 열려"
    category = CATEGORIES[number % len(CATEGORIES)]
    published = (_START + timedelta(hours=number)).isoformat(timespec="seconds")
    paragraphs = [
        f"정부는 {number}번째 회의에서 무탄소에너지 전환 계획의 세부 내용을 발표했다.",
        f"회의에는 전문가 {number % 40 + 10}명이 참석해 전력망과 재생에너지 확대 방안을 논의했다.",
        f"관계자는 이번 {number}차 논의 결과를 바탕으로 다음 달까지 후속 대책을 마련하겠다고 밝혔다.",
    ]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": title,
        "datePublished": published,
        "articleSection": category,
        "author": {"@type": "Person", "name": f"기자{number % 7}"},
    }
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8">
<title>{escape(title)} - 생성뉴스</title>
<link rel="canonical" href="{BASE}{article_path(number)}">
<meta property="og:title" content="{escape(title)}">
<meta property="article:section" content="{category}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<header><a href="/">생성뉴스</a></header>
<article><h1>{escape(title)}</h1>
<div class="article-body">
{body}
</div></article>
<footer>© 생성뉴스</footer>
</body></html>
"""


def _listing(page: int, posts: int) -> str:
    first = posts - (page - 1) * PER_LISTING_PAGE
    numbers = range(first, max(first - PER_LISTING_PAGE, 0), -1)
    links = "\n".join(f'<li><a href="{article_path(n)}">{n}번 기사</a></li>' for n in numbers)
    pages = -(-posts // PER_LISTING_PAGE)
    after = f'<a rel="next" href="/news/page/{page + 1}/">다음</a>' if page < pages else ""
    return f"""<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>뉴스 {page}쪽</title></head>
<body><ul>
{links}
</ul>{after}</body></html>
"""


def _feed(posts: int) -> str:
    items = "\n".join(
        f"<item><title>{n}번 기사</title><link>{BASE}{article_path(n)}</link>"
        f"<pubDate>{(_START + timedelta(hours=n)):%a, %d %b %Y %H:%M:%S +0000}</pubDate></item>"
        for n in range(posts, max(posts - FEED_SIZE, 0), -1)
    )
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>생성뉴스</title><link>{BASE}/</link>
{items}
</channel></rss>
"""


def _sitemaps(posts: int) -> dict[str, str]:
    files = {}
    names = []
    for index, start in enumerate(range(1, posts + 1, PER_SITEMAP), 1):
        urls = "\n".join(
            f"<url><loc>{BASE}{article_path(n)}</loc></url>" for n in range(start, min(start + PER_SITEMAP, posts + 1))
        )
        name = f"sitemaps/posts-{index}.xml"
        names.append(name)
        files[name] = (
            '<?xml version="1.0" encoding="utf-8"?>\n'
            f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{urls}\n</urlset>\n'
        )
    entries = "\n".join(f"<sitemap><loc>{BASE}/{name}</loc></sitemap>" for name in names)
    files["sitemap_index.xml"] = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}\n</sitemapindex>\n'
    )
    return files


def write_site(folder: Path, posts: int = 500) -> Path:
    """The site's files under ``folder``; returns ``folder``."""
    files: dict[str, str] = {
        "robots.txt": f"User-agent: *\nAllow: /\nSitemap: {BASE}/sitemap_index.xml\n",
        "rss.xml": _feed(posts),
        "index.html": '<html><body><a href="/news/">뉴스</a></body></html>\n',
        **_sitemaps(posts),
    }
    pages = -(-posts // PER_LISTING_PAGE)
    files["news/index.html"] = _listing(1, posts)
    for page in range(2, pages + 1):
        files[f"news/page/{page}/index.html"] = _listing(page, posts)
    for number in range(1, posts + 1):
        files[article_path(number).lstrip("/")] = _article(number)
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return folder


def write_sources(path: Path, base_url: str) -> Path:
    path.write_text(
        f"""[[sources]]
name = "generated"
feeds = ["{base_url}/rss.xml"]
sitemaps = ["robots"]
start_urls = ["{base_url}/news/"]
follow = ["/news/\\\\d{{4}}/\\\\d{{2}}/post-\\\\d+\\\\.html$"]
language = "ko"
timezone = "Asia/Seoul"
category = "뉴스"
""",
        "utf-8",
    )
    return path
