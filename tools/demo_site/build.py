#!/usr/bin/env python3
# ruff: noqa: E501  (the page templates are long HTML lines on purpose)
"""Build the bundled sample site that `newscrawler demo` and the crawl tests use.

Writes every file under newscrawler/demo/site/ (the fictional Korean daily
한결일보 and the Tistory-style blog "rentn 실시간 뉴스", both on one host) and
what a correct crawl must extract, tests/sites/demo_expected.json.  Stdlib only
and deterministic: running it again changes nothing, and tests/test_demo_site.py
fails when the committed site differs from what this script builds.  Files name
their own host as __BASE_URL__, which newscrawler.demo.server replaces while
serving.  This script and its sources are not part of the package.

    python tools/demo_site/build.py

The posts are data, one file each, TOML front matter between `+++` lines:
  news/<slug>.md  front matter: date (KST), sec (no sec: no section), by, lang
      (default "ko"), title, desc, img ("" = no image), abs (og:image absolute),
      meta: "ld" (default) JSON-LD NewsArticle + OpenGraph; "og" OpenGraph/meta
      only; "nozone" OpenGraph with article:published_time lacking a zone;
      "time" the date only in the byline's <time datetime>; ld: "list"/"graph"
      (how the JSON-LD is wrapped), wrap: "article", enc: "euc-kr".
      Body: blocks separated by a blank line: text -> <p>, "## text" -> <h2>,
      "![alt](src)" with the caption on the next line -> <figure>, "<..." ->
      raw HTML (hostile bits live here).  An ad block goes after block 2.
  blog/<id>.html  front matter: date, cat, img, title, desc, contains (sentences
      the extracted body must contain), useless_inside; the body is the post's
      HTML, byte for byte.
site.toml holds sections, reporters, which posts each listing shows and the
pages that must not be archived.

How the news articles can be found (each method is the only way to some post):
  rss.xml    the 10 newest Korean posts, links with utm_* params, + one 404 item;
             the newest post is in no listing or sitemap yet
  atom.xml   the 5 English posts + 2 Korean posts that rss.xml also has
  sitemaps   robots.txt -> sitemap_index.xml -> sitemaps/posts.xml, sitemaps/news.xml.gz
  listing    /news/, /news/page/2/, /news/page/3/ (8 a page, newest first, rel="next")
Links inside article pages (sidebar, related, body) point only at listing page 1.
"""

from __future__ import annotations

import gzip
import html
import json
import re
import shutil
import sys
import tomllib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SITE = ROOT / "newscrawler" / "demo" / "site"
EXPECTED = ROOT / "tests" / "sites" / "demo_expected.json"
SOURCES = tomllib.loads((ROOT / "newscrawler" / "demo" / "sources.toml").read_text(encoding="utf-8"))["sources"]
B = "__BASE_URL__"
KST = timezone(timedelta(hours=9))


# ---------------------------------------------------------------- sources
def split_front_matter(path: Path) -> tuple[dict[str, Any], str]:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("+++\n"):
        raise ValueError(f"{path}: no +++ front matter")
    front, sep, body = text[4:].partition("\n+++\n")
    if not sep:
        raise ValueError(f"{path}: front matter is not closed with +++")
    return tomllib.loads(front), body


FIGURE = re.compile(r"!\[(?P<alt>[^\]\n]*)\]\((?P<src>[^)\s]+)\)\n(?P<caption>[^\n]+)")


def body_items(body: str) -> list[str | tuple[str, str, str]]:
    items: list[str | tuple[str, str, str]] = []
    for block in body.strip("\n").split("\n\n"):
        if figure := FIGURE.fullmatch(block):
            items.append((figure["src"], figure["alt"], figure["caption"]))
        elif "\n" in block:
            raise ValueError(f"a block is one line (or an image line and its caption): {block!r}")
        else:
            items.append(block)
    return items


def news_post(path: Path) -> dict[str, Any]:
    post, body = split_front_matter(path)
    return {"slug": path.stem, "lang": "ko", "sec": None, **post, "body": body_items(body)}


def blog_post(path: Path) -> dict[str, Any]:
    post, body = split_front_matter(path)
    return {"id": int(path.stem), **post, "body": body}


CONFIG = tomllib.loads((HERE / "site.toml").read_text(encoding="utf-8"))
SECTIONS = {key: tuple(names) for key, names in CONFIG["sections"].items()}  # key -> (URL name, menu label)
REPORTERS: dict[str, str] = CONFIG["reporters"]
ATOM_KO = tuple(CONFIG["atom_ko"])
SITEMAP_ONLY = tuple(CONFIG["sitemap_only"])
GNEWS_ONLY = tuple(CONFIG["gnews_only"])
RSS_ONLY = tuple(CONFIG["rss_only"])
ABSOLUTE_LINK: str = CONFIG["absolute_link"]
MOST_READ = tuple(CONFIG["most_read"])
PER_PAGE: int = CONFIG["per_page"]
VIDEO: dict[str, Any] = CONFIG["video"]
EMBARGOED: dict[str, Any] = CONFIG["embargoed"]
PRIVATE: dict[str, Any] = CONFIG["private"]
DELETED: dict[str, Any] = CONFIG["deleted"]
# newest first, as the site lists them
NEWS = sorted((news_post(f) for f in (HERE / "news").glob("*.md")), key=lambda p: p["date"], reverse=True)
BLOG = sorted((blog_post(f) for f in (HERE / "blog").glob("*.html")), key=lambda b: b["date"], reverse=True)


# ---------------------------------------------------------------- helpers
def esc(s: str) -> str:  # for text and double-quoted attributes
    return html.escape(s, quote=False).replace('"', "&quot;")


def kst(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=KST)


def ampm(dt: datetime) -> str:  # 2024.05.09 오후 3:20
    return f"{dt:%Y.%m.%d} {'오전' if dt.hour < 12 else '오후'} {dt.hour % 12 or 12}:{dt:%M}"


def strip_tags(s: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", s))


def write(site: Path, rel: str, text: str | bytes, encoding: str = "utf-8") -> None:
    path = site / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode(encoding))


for _p in NEWS:
    _p["dt"] = kst(_p["date"])
    _p["path"] = f"/news/{_p['dt']:%Y/%m}/{_p['slug']}.html"
    _p["mod"] = _p["dt"] + timedelta(minutes=42) if _p.get("meta", "ld") == "ld" else _p["dt"]
VIDEO["dt"] = kst(VIDEO["date"])
VIDEO["path"] = f"/news/{VIDEO['dt']:%Y/%m}/{VIDEO['slug']}.html"
for _b in BLOG:
    _b["dt"], _b["path"] = kst(_b["date"]), f"/blog/{_b['id']}"

BY_SLUG = {p["slug"]: p for p in NEWS}
KOREAN = sorted((p for p in NEWS if p["lang"] == "ko"), key=lambda p: p["dt"], reverse=True)
ENGLISH = [p for p in NEWS if p["lang"] == "en"]
RSS = KOREAN[:10]
ATOM = sorted(ENGLISH + [BY_SLUG[s] for s in ATOM_KO], key=lambda p: p["dt"], reverse=True)
POSTS_SITEMAP = [p for p in KOREAN[:21] if p["slug"] not in RSS_ONLY + GNEWS_ONLY]
NEWS_SITEMAP = [p for p in KOREAN[:7] if p["slug"] not in RSS_ONLY] + [
    BY_SLUG[s] for s in (SITEMAP_ONLY[0], *GNEWS_ONLY)
]
LISTED = sorted(
    [p for p in KOREAN if p["slug"] not in RSS_ONLY + SITEMAP_ONLY + GNEWS_ONLY] + [VIDEO],
    key=lambda p: p["dt"],
    reverse=True,
)
PAGES = [LISTED[i : i + PER_PAGE] for i in range(0, len(LISTED), PER_PAGE)]
FRONT = PAGES[0]  # links inside article pages (sidebar, related, body) point only here
assert VIDEO not in FRONT and set(MOST_READ) <= {p["slug"] for p in FRONT}


# ---------------------------------------------------------------- page chrome
def header() -> str:
    items = "".join(f'<li><a href="/section/{u}/">{label}</a></li>' for u, label in SECTIONS.values())
    return f"""<header class="site-header">
<div class="top-bar"><a class="logo" href="/news/"><img src="/images/logo.png" alt="한결일보"></a>
<form class="search" action="/search" method="get"><input type="text" name="q" placeholder="검색어를 입력하세요"></form></div>
<nav class="gnb"><ul><li><a href="/news/">전체기사</a></li>{items}<li><a href="/about.html">회사소개</a></li></ul></nav>
</header>"""


FOOTER = """<footer class="site-footer">
<p>한결일보 | 서울특별시 중구 세종대로 000 | 대표전화 02-000-0000 | 등록번호 서울 아00000</p>
<p class="copyright">Copyright ⓒ 2024 한결일보. All rights reserved. 무단전재 및 재배포 금지</p>
</footer>
<script src="/js/hankyul.js"></script>"""


def sidebar(self_path: str, en: bool) -> str:
    links = "".join(
        f'<li><a href="{p["path"]}">{p["title"]}</a></li>'
        for p in (BY_SLUG[s] for s in MOST_READ)
        if p["path"] != self_path
    )
    return f"""<aside class="sidebar">
<section class="most-viewed"><h3>{"Most Viewed" if en else "많이 본 뉴스"}</h3><ol>{links}</ol></section>
<section class="banner"><a href="/about.html"><img src="/images/banner-subscribe.png" alt="구독 안내"></a></section>
</aside>"""


def page(title: str, body: str, lang: str = "ko", head: str = "", charset: str = '<meta charset="utf-8">') -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
{charset}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}<link rel="stylesheet" href="/css/hankyul.css">
</head>
<body>
{header()}
{body}
{FOOTER}
</body>
</html>
"""


# ---------------------------------------------------------------- article pages
def render_body(p: dict) -> str:
    en = p["lang"] == "en"
    ad = (
        f'<div class="ad">{"Advertisement" if en else "광고"} <script>googletag.cmd.push(function()'
        '{googletag.display("div-gpt-ad-article-1");});</script></div>'
    )
    out = []
    for i, item in enumerate(p["body"]):
        if i == 2:
            out.append(ad)
        if isinstance(item, tuple):
            src, alt, cap = item
            out.append(
                f'<figure class="photo"><img src="{src}" alt="{esc(alt)}" style="max-width:100%">'
                f"<figcaption>{cap}</figcaption></figure>"
            )
        elif item.startswith("## "):
            out.append(f"<h2>{item[3:]}</h2>")
        elif item.startswith("<"):
            out.append(item)
        else:
            out.append(f"<p>{item}</p>")
    email = f"{REPORTERS[p['by']]}@hankyul.example"
    out.append(
        f'<p class="reporter">By {p["by"]} ({email})</p>' if en else f'<p class="reporter">{p["by"]} 기자 {email}</p>'
    )
    out.append(f"""<div class="share-bar"><span>{"Share" if en else "공유하기"}</span>
<button type="button" class="sns" data-sns="facebook" onclick="snsShare('facebook')">Facebook</button>
<button type="button" class="sns" data-sns="x" onclick="snsShare('x')">X</button>
<button type="button" class="copy-url" onclick="copyUrl()">URL</button></div>""")
    same = [q for q in FRONT if q is not p and q["sec"] == p["sec"]]
    related = (same + [q for q in FRONT if q is not p and q not in same])[:2]
    links = "".join(f'<li><a href="{q["path"]}">{q["title"]}</a></li>' for q in related)
    out.append(f'<div class="related-news"><h4>{"Related Articles" if en else "관련기사"}</h4><ul>{links}</ul></div>')
    inner = "\n".join(out)
    if p.get("wrap") == "article":
        return f'<article id="article-view-content" class="article-view-body">\n{inner}\n</article>'
    return f'<div class="article-body" itemprop="articleBody">\n{inner}\n</div>'


def jsonld(p: dict) -> str:
    url = B + p["path"]
    art: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "headline": p["title"],
        "description": p["desc"],
        "datePublished": p["dt"].isoformat(),
        "dateModified": p["mod"].isoformat(),
        "author": {"@type": "Person", "name": p["by"]},
        "articleSection": p["sec"],
        "inLanguage": p["lang"],
        "publisher": {
            "@type": "Organization",
            "name": "한결일보",
            "logo": {"@type": "ImageObject", "url": B + "/images/logo.png"},
        },
    }
    if p["img"]:
        art["image"] = {"@type": "ImageObject", "url": B + p["img"], "width": 1200, "height": 675}
    crumbs: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "홈", "item": B + "/news/"},
            {"@type": "ListItem", "position": 2, "name": p["sec"], "item": f"{B}/section/{SECTIONS[p['sec']][0]}/"},
        ],
    }
    data: Any = art
    if p.get("ld") == "list":
        data = [crumbs, art]
    elif p.get("ld") == "graph":
        del art["@context"], crumbs["@context"]
        data = {"@context": "https://schema.org", "@graph": [art, crumbs]}
    text = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{text}\n</script>\n'


def news_page(p: dict) -> str:
    en, meta, dt = p["lang"] == "en", p.get("meta", "ld"), p["dt"]
    site = "Hankyul Daily" if en else "한결일보"
    url, img = B + p["path"], (B + p["img"] if p.get("abs") else p["img"])
    tags = [f'<meta name="description" content="{esc(p["desc"])}">']
    if meta != "time":
        tags.append(f'<link rel="canonical" href="{url}">')
    tags += [
        '<meta property="og:type" content="article">',
        f'<meta property="og:site_name" content="{site}">',
        f'<meta property="og:title" content="{esc(p["title"])} - {site}">',
        f'<meta property="og:description" content="{esc(p["desc"])}">',
    ]
    if img:
        tags.append(f'<meta property="og:image" content="{img}">')
    tags.append(f'<meta property="og:url" content="{url}">')
    if meta in ("ld", "og"):
        tags.append(f'<meta property="article:published_time" content="{dt.isoformat()}">')
    elif meta == "nozone":
        tags.append(f'<meta property="article:published_time" content="{dt:%Y-%m-%d %H:%M}">')
    if meta == "ld":
        tags.append(f'<meta property="article:modified_time" content="{p["mod"].isoformat()}">')
    if p["sec"]:
        tags.append(f'<meta property="article:section" content="{p["sec"]}">')
    if meta != "ld":
        tags.append(f'<meta name="author" content="{p["by"]}">')
    tags.append('<meta name="twitter:card" content="summary_large_image">')
    head = "\n".join(tags) + "\n" + (jsonld(p) if meta == "ld" else "")
    head += '<script async src="https://www.googletagmanager.com/gtag/js?id=G-HANKYUL01"></script>\n'
    if en:
        dates = f'<span class="date">Published {dt:%Y-%m-%d %H:%M} KST</span>'
    elif meta == "time":
        dates = f'<span class="date">입력 <time datetime="{dt.isoformat()}">{dt:%Y.%m.%d %H:%M}</time></span>'
    elif meta == "nozone":
        dates = f'<span class="date">입력 {ampm(dt)}</span>'
    else:
        dates = f'<span class="date">입력 {dt:%Y.%m.%d %H:%M}</span>'
        if meta == "ld":
            dates += f' <span class="date">수정 {p["mod"]:%Y.%m.%d %H:%M}</span>'
    label = (
        f'<p class="section-name"><a href="/section/{SECTIONS[p["sec"]][0]}/">{SECTIONS[p["sec"]][1]}</a></p>\n'
        if p["sec"]
        else ""
    )
    writer = p["by"] if en else f"{p['by']} 기자"
    body = f"""<div class="container">
<main id="main" class="article-wrap">
<div class="article-head">
{label}<h1 class="headline">{p["title"]}</h1>
<div class="byline"><span class="writer">{writer}</span> {dates}</div>
</div>
{render_body(p)}
</main>
{sidebar(p["path"], en)}
</div>"""
    charset = (
        '<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'
        if p.get("enc")
        else '<meta charset="utf-8">'
    )
    return page(f"{p['title']} - {site}", body, p["lang"], head, charset)


def simple_article(d: dict) -> str:  # robots-disallowed pages: they look like articles on purpose
    dt, url = kst(d["date"]), B + d["path"]
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": d["title"],
        "datePublished": dt.isoformat(),
        "author": {"@type": "Person", "name": "편집국"},
        "description": d["desc"],
    }
    head = (
        f'<meta name="description" content="{esc(d["desc"])}">\n<link rel="canonical" href="{url}">\n'
        f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(d["title"])} - 한결일보">\n'
        f'<meta property="og:description" content="{esc(d["desc"])}">\n<meta property="og:url" content="{url}">\n'
        f'<meta property="article:published_time" content="{dt.isoformat()}">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    )
    body = (
        f'<main class="article-wrap"><h1 class="headline">{d["title"]}</h1>\n<div class="article-body" itemprop="articleBody">\n'
        f"<p>{d['desc']} 이 문서는 검색 엔진과 수집기가 가져가서는 안 되는 내부 자료로, 보도 전까지 외부에 공개되지 않는다.</p>\n"
        "<p>회의 일정과 취재 배정 내용은 사내 게시판에서 확인할 수 있다. 자료를 외부로 전달하는 것은 금지된다.</p>\n</div></main>"
    )
    return page(f"{d['title']} - 한결일보", body, head=head)


def video_page(v: dict) -> str:
    url = B + v["path"]
    ld = {
        "@context": "https://schema.org",
        "@type": "VideoObject",
        "name": v["title"],
        "description": v["desc"],
        "uploadDate": v["dt"].isoformat(),
        "thumbnailUrl": B + "/images/2024/05/briefing-thumb.jpg",
        "embedUrl": "https://www.youtube.com/embed/HkBrief0508",
    }
    head = (
        f'<meta name="description" content="{esc(v["desc"])}">\n<link rel="canonical" href="{url}">\n'
        f'<meta property="og:type" content="video.other">\n<meta property="og:title" content="{esc(v["title"])} - 한결일보">\n'
        f'<meta property="og:description" content="{esc(v["desc"])}">\n<meta property="og:url" content="{url}">\n'
        f'<meta property="og:image" content="/images/2024/05/briefing-thumb.jpg">\n'
        f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
    )
    body = f"""<div class="container">
<main id="main" class="article-wrap video-page">
<div class="article-head"><h1 class="headline">{v["title"]}</h1>
<div class="byline"><span class="writer">영상팀</span> <span class="date">입력 {v["dt"]:%Y.%m.%d %H:%M}</span></div></div>
<div class="article-body" itemprop="articleBody">
<div class="video-player" data-video-id="HkBrief0508"><iframe src="https://www.youtube.com/embed/HkBrief0508" width="800" height="450" allowfullscreen></iframe></div>
</div>
</main>
{sidebar(v["path"], False)}
</div>"""
    return page(f"{v['title']} - 한결일보", body, head=head)


# ---------------------------------------------------------------- listings, static pages
def listing_page(n: int) -> str:
    items = []
    if n == 1:
        items.append(
            f'<li class="item"><div class="info"><h2 class="title"><a href="{EMBARGOED["path"]}">'
            f'{EMBARGOED["title"]}</a></h2><p class="lead">{EMBARGOED["desc"]}</p></div></li>'
        )
    for p in PAGES[n - 1]:
        href = B + p["path"] if p.get("slug") == ABSOLUTE_LINK else p["path"]
        thumb = f'<a class="thumb" href="{href}"><img src="{p["img"]}" alt=""></a>' if p.get("img") else ""
        by = f"{p['by']} 기자 | " if "by" in p else ""
        items.append(
            f'<li class="item">{thumb}<div class="info"><h2 class="title"><a href="{href}">{p["title"]}</a></h2>'
            f'<p class="lead">{p["desc"]}</p><span class="byline">{by}{p["dt"]:%Y.%m.%d %H:%M}</span></div></li>'
        )
    url = lambda k: "/news/" if k == 1 else f"/news/page/{k}/"  # noqa: E731
    nums = "".join(
        f"<strong>{k}</strong>" if k == n else f'<a href="{url(k)}">{k}</a>' for k in range(1, len(PAGES) + 1)
    )
    prev = f'<a rel="prev" href="{url(n - 1)}">이전</a>' if n > 1 else ""
    nxt = f'<a rel="next" href="{url(n + 1)}">다음</a>' if n < len(PAGES) else ""
    notice = (
        '<div class="notice"><h3>공지</h3><ul><li><a href="/private/secret.html">사내 편집회의 자료</a></li>'
        '<li><a href="/about.html">한결일보 구독 안내</a></li></ul></div>\n'
        if n == 1
        else ""
    )
    body = f"""<div class="container">
<main id="main" class="list-wrap">
<h1 class="list-title">전체기사</h1>
{notice}<ul class="article-list">
{chr(10).join(items)}
</ul>
<nav class="pagination">{prev}{nums}{nxt}</nav>
</main>
{sidebar("", False)}
</div>"""
    head = (
        f'<link rel="canonical" href="{B}{url(n)}">\n<meta name="description" content="한결일보 전체기사 {n}페이지">\n'
    )
    if n < len(PAGES):
        head += f'<link rel="next" href="{B}{url(n + 1)}">\n'
    return page("전체기사 - 한결일보" + (f" ({n}페이지)" if n > 1 else ""), body, head=head)


def static_pages(site: Path) -> None:
    write(
        site,
        "about.html",
        page(
            "회사소개 - 한결일보",
            """<main class="about"><h1>회사소개</h1>
<p>한결일보는 2004년 창간한 종합 일간지입니다. 정치, 경제, 사회, 환경, IT/과학, 문화 소식을 매일 전합니다.</p>
<p>구독 문의: 02-000-0000 / 기사 제보: news@hankyul.example</p></main>""",
        ),
    )
    for name, label in SECTIONS.values():
        write(
            site,
            f"section/{name}/index.html",
            page(
                f"{label} - 한결일보",
                f"""<main class="section"><h1>{label}</h1>
<p>{label} 섹션의 기사는 <a href="/news/">전체기사</a>에서 최신순으로 볼 수 있습니다.</p></main>""",
            ),
        )
    write(
        site,
        "index.html",
        page(
            "한결일보",
            """<main class="home"><h1>한결일보</h1>
<p><a href="/news/">전체기사 보기</a> · <a href="/rss.xml">RSS</a> · <a href="/blog/">rentn 실시간 뉴스 (블로그)</a></p></main>""",
        ),
    )
    write(
        site,
        "robots.txt",
        f"User-agent: *\nDisallow: /private/\nDisallow: /news/2024/06/embargoed-\n\nSitemap: {B}/sitemap_index.xml\n",
    )


# ---------------------------------------------------------------- feeds and sitemaps
def rfc822(dt: datetime) -> str:
    return format_datetime(dt)


def rss_feed() -> str:
    items = sorted([*RSS, dict(DELETED, dt=kst(DELETED["date"]), by="편집국")], key=lambda p: p["dt"], reverse=True)
    out = []
    for p in items:
        cat = f"\n<category>{esc(p['sec'])}</category>" if p.get("sec") else ""
        out.append(f"""<item>
<title>{esc(p["title"])}</title>
<link>{B}{p["path"]}?utm_source=rss&amp;utm_medium=feed</link>
<guid isPermaLink="false">hankyul-{p["dt"]:%Y%m%d%H%M}</guid>{cat}
<dc:creator>{p["by"]}</dc:creator>
<description>{esc(p["desc"])}</description>
<pubDate>{rfc822(p["dt"])}</pubDate>
</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>한결일보 - 전체기사</title>
<link>{B}/news/</link>
<description>한결일보 최신 기사</description>
<language>ko</language>
<lastBuildDate>{rfc822(items[0]["dt"])}</lastBuildDate>
<atom:link href="{B}/rss.xml" rel="self" type="application/rss+xml"/>
{chr(10).join(out)}
</channel>
</rss>
"""


def atom_feed() -> str:
    out = []
    for p in ATOM:
        out.append(f"""<entry xml:lang="{p["lang"]}">
<title>{esc(p["title"])}</title>
<link rel="alternate" type="text/html" href="{B}{p["path"]}"/>
<id>tag:hankyul.example,2024:{p["slug"]}</id>
<published>{p["dt"].isoformat()}</published>
<updated>{p["mod"].isoformat()}</updated>
<author><name>{p["by"]}</name></author>
<category term="{p["sec"]}"/>
<summary>{esc(p["desc"])}</summary>
</entry>""")
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Hankyul Daily</title>
<subtitle>English edition and selected stories</subtitle>
<link rel="self" href="{B}/atom.xml"/>
<link rel="alternate" type="text/html" href="{B}/news/"/>
<id>tag:hankyul.example,2024:atom</id>
<updated>{max(p["mod"] for p in ATOM).isoformat()}</updated>
{chr(10).join(out)}
</feed>
"""


def sitemaps(site: Path) -> None:
    newest = max(p["mod"] for p in KOREAN).isoformat()
    write(
        site,
        "sitemap_index.xml",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>{B}/sitemaps/posts.xml</loc><lastmod>{newest}</lastmod></sitemap>
<sitemap><loc>{B}/sitemaps/news.xml.gz</loc><lastmod>{newest}</lastmod></sitemap>
</sitemapindex>
""",
    )
    urls = [f"<url><loc>{B}{p['path']}</loc><lastmod>{p['mod'].isoformat()}</lastmod></url>" for p in POSTS_SITEMAP]
    urls.append(f"<url><loc>{B}{PRIVATE['path']}</loc><lastmod>{kst(PRIVATE['date']).isoformat()}</lastmod></url>")
    write(
        site,
        "sitemaps/posts.xml",
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(urls) + "\n</urlset>\n",
    )
    news = [
        f"""<url><loc>{B}{p["path"]}</loc><news:news><news:publication><news:name>한결일보</news:name><news:language>ko</news:language></news:publication>
<news:publication_date>{p["dt"].isoformat()}</news:publication_date><news:title>{esc(p["title"])}</news:title></news:news></url>"""
        for p in NEWS_SITEMAP
    ]
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' + "\n".join(news) + "\n</urlset>\n"
    )
    write(site, "sitemaps/news.xml.gz", gzip.compress(xml.encode("utf-8"), mtime=0))


# ---------------------------------------------------------------- blog
BLOG_NAME = "rentn 실시간 뉴스"


def cat_href(cat: str) -> str:
    return f"/blog/category/{quote(cat)}"


def blog_page(b: dict) -> str:
    url = B + b["path"]
    others = [o for o in BLOG if o is not b and o["cat"] == b["cat"]] or [o for o in BLOG if o is not b]
    rows = "".join(
        f'<tr><th><a href="{o["path"]}">{o["title"]}</a>&nbsp;&nbsp;<span>(0)</span></th>'
        f"<td>{o['dt']:%Y.%m.%d}</td></tr>"
        for o in others
    )
    another = (
        f'<div class="another_category another_category_color_gray">\n<h4>\'<a href="{cat_href(b["cat"])}">'
        f"{b['cat']}</a>' 카테고리의 다른 글</h4>\n<table>{rows}</table>\n</div>"
    )
    postbtn = (
        """<div class="container_postbtn #post_button_group">
<div class="postbtn_like"><div class="wrap_btn"><button class="btn_post uoc-icon"><span class="ico_postbtn ico_like">좋아요</span><span class="txt_like uoc-count">공감</span></button></div>
<div class="wrap_btn wrap_btn_share"><button class="btn_post sns_btn btn_share"><span class="ico_postbtn ico_share">공유하기</span></button></div>
<div class="wrap_btn wrap_btn_etc"><button class="btn_post btn_etc2"><span class="ico_postbtn ico_etc">게시글 관리</span></button></div></div>
<div class="wrap_btn_subscription"><button class="btn_subscription">구독하기</button><span class="txt_state">"""
        + BLOG_NAME
        + """</span></div>
</div>"""
    )
    if b.get("useless_inside", True):  # some Tistory skins put these inside the post body
        entry = f'<div class="tt_article_useless_p_margin contents_style">{b["body"]}{another}\n{postbtn}\n</div>'
    else:
        entry = f'<div class="tt_article_useless_p_margin contents_style">{b["body"]}</div>\n{another}\n{postbtn}'
    image = f'\n<meta property="og:image" content="{b["img"]}">' if b["img"] else ""
    recent = "".join(f'<li><a href="{o["path"]}">{o["title"]}</a></li>' for o in BLOG)
    dt = b["dt"]
    return f"""<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(b["title"])} :: {BLOG_NAME}</title>
<meta name="title" content="{esc(b["title"])} :: {BLOG_NAME}">
<meta name="description" content="{esc(b["desc"])}">
<meta name="by" content="rentn">
<meta name="author" content="rentn">
<link rel="canonical" href="{url}">
<link rel="alternate" type="application/rss+xml" title="{BLOG_NAME}" href="{B}/blog/rss">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{BLOG_NAME}">
<meta property="og:title" content="{esc(b["title"])}">
<meta property="og:description" content="{esc(b["desc"])}">{image}
<meta property="article:published_time" content="{dt.isoformat()}">
<meta property="og.article.author" content="rentn">
<script>window.T = window.T || {{}}; T.config = {{"BLOG":{{"id":5553112,"name":"rentn"}},"ROLE":"guest","PREVIEW":false}};</script>
<link rel="stylesheet" href="/blog/skin/style.css">
</head>
<body id="tt-body-page" class="layout-aside-right">
<div id="wrap">
<header id="header"><div class="inner"><h1><a href="/blog/">{BLOG_NAME}</a></h1>
<nav class="gnb"><ul><li><a href="/blog/">홈</a></li><li><a href="/blog/tag">태그</a></li><li><a href="/blog/guestbook">방명록</a></li></ul></nav></div></header>
<div id="container"><main class="main">
<div class="area-view">
<div class="article-header">
<div class="category"><a href="{cat_href(b["cat"])}">{b["cat"]}</a></div>
<h2 class="title-article">{b["title"]}</h2>
<div class="box-info"><span class="writer">rentn</span><span class="date">{dt.year}. {dt.month}. {dt.day}. {dt:%H:%M}</span></div>
</div>
<div class="article-view">
<div class="entry-content" id="article-view">
{entry}
</div>
</div>
<div class="comment-area"><h3>댓글</h3><div class="comment-form"><textarea placeholder="여기에 댓글을 입력하세요"></textarea><button type="button">댓글 달기</button></div></div>
</div>
</main>
<aside class="area-aside">
<div class="box-profile"><p>{BLOG_NAME}</p><p>매일 아침 챙겨 보는 생활과 경제 소식</p></div>
<div class="box-category"><h3>분류 전체보기</h3><ul><li><a href="{cat_href("Environment")}">Environment (2)</a></li><li><a href="{cat_href("생활")}">생활 (1)</a></li></ul></div>
<div class="box-recent"><h3>최근에 올라온 글</h3><ul>{recent}</ul></div>
</aside>
</div>
<footer id="footer"><p>Designed by TISTORY</p><p>ⓒ {BLOG_NAME}</p></footer>
</div>
</body>
</html>
"""


def blog_files(site: Path) -> None:
    for b in BLOG:
        write(site, f"blog/{b['id']}/index.html", blog_page(b))
    items = "\n".join(
        f"""<item>
<title>{esc(b["title"])}</title>
<link>{B}{b["path"]}</link>
<description>{html.escape(b["body"], quote=False)}</description>
<category>{b["cat"]}</category>
<author>rentn</author>
<guid isPermaLink="true">{B}{b["path"]}</guid>
<comments>{B}{b["path"]}#entry{b["id"]}comment</comments>
<pubDate>{rfc822(b["dt"])}</pubDate>
</item>"""
        for b in BLOG
    )
    write(
        site,
        "blog/rss",
        f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
<title>{BLOG_NAME}</title>
<link>{B}/blog/</link>
<description>매일 아침 챙겨 보는 생활과 경제 소식</description>
<language>ko</language>
<pubDate>{rfc822(BLOG[0]["dt"])}</pubDate>
<generator>TISTORY</generator>
<ttl>100</ttl>
<managingEditor>rentn</managingEditor>
{items}
</channel>
</rss>
""",
    )
    links = "".join(f'<li><a href="{b["path"]}">{b["title"]}</a> <span>{b["dt"]:%Y.%m.%d}</span></li>' for b in BLOG)
    write(
        site,
        "blog/index.html",
        f"""<!doctype html>
<html lang="ko">
<head><meta charset="utf-8"><title>{BLOG_NAME}</title>
<link rel="alternate" type="application/rss+xml" title="{BLOG_NAME}" href="{B}/blog/rss"></head>
<body><h1>{BLOG_NAME}</h1><ul>{links}</ul></body>
</html>
""",
    )


# ---------------------------------------------------------------- expectations
CHROME_KO = ["광고", "googletag", "많이 본 뉴스", "무단전재", "관련기사", "공유하기", "전체기사", "회사소개"]
CHROME_EN = ["Advertisement", "googletag", "Most Viewed", "Related Articles", "무단전재", "전체기사", "회사소개"]
CHROME_BLOG = [
    "카테고리의 다른 글",
    "공감",
    "게시글 관리",
    "구독하기",
    "댓글",
    "최근에 올라온 글",
    "분류 전체보기",
    "Designed by TISTORY",
]


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.?!])\s+", strip_tags(text).strip()) if s]


def expected() -> dict:
    hankyul, rentn = SOURCES[0], SOURCES[1]
    posts = []
    for p in KOREAN + ENGLISH:
        plain = [i for i in p["body"] if isinstance(i, str) and "<" not in i and not i.startswith("## ")]
        text = " ".join(strip_tags(i) for i in p["body"] if isinstance(i, str))
        contains = [sentences(plain[0])[0], sentences(plain[-1])[0]]
        excludes = [w for w in (CHROME_EN if p["lang"] == "en" else CHROME_KO) if w not in text]
        excludes += ["hkWeatherWidget"] if "hkWeatherWidget" in str(p["body"]) else []
        assert len(excludes) >= 6, (p["slug"], excludes)
        how = [
            m
            for m, seen in (
                ("rss", p in RSS),
                ("atom", p in ATOM),
                ("sitemap", p in POSTS_SITEMAP or p in NEWS_SITEMAP),
                ("listing", p in LISTED),
            )
            if seen
        ]
        posts.append(
            dict(
                path=p["path"],
                source=hankyul["name"],
                title=p["title"],
                category=hankyul["category_map"].get(p["sec"], p["sec"]) if p["sec"] else hankyul["category"],
                published=p["dt"].isoformat(),
                author=p["by"],
                language=p["lang"],
                image=p["img"],
                excerpt=p["desc"],
                body_contains=contains,
                body_excludes=excludes,
                discovered_by=how,
            )
        )
    for b in BLOG:
        for s in b["contains"]:
            assert s in strip_tags(b["body"]), s
        excludes = [w for w in CHROME_BLOG if w not in strip_tags(b["body"])]
        assert excludes == CHROME_BLOG, b["id"]
        posts.append(
            dict(
                path=b["path"],
                source=rentn["name"],
                title=b["title"],
                category=rentn["category_map"].get(b["cat"], b["cat"]),
                published=b["dt"].isoformat(),
                author="rentn",
                language="ko",
                image=b["img"].replace(B, ""),
                excerpt=b["desc"],
                body_contains=b["contains"],
                body_excludes=excludes,
                discovered_by=["rss"],
            )
        )
    return {
        "posts": posts,
        "dropped": [{"path": VIDEO["path"], "reason": "no body"}],
        "not_found": [DELETED["path"]],
        "robots_disallowed": [PRIVATE["path"], EMBARGOED["path"]],
    }


def build(site: Path = SITE, expected_json: Path = EXPECTED) -> None:
    """Write the whole site into ``site`` (emptied first) and the expectations into ``expected_json``."""
    if site.exists():
        shutil.rmtree(site)
    for p in NEWS:
        write(site, p["path"].lstrip("/"), news_page(p), p.get("enc", "utf-8"))
    write(site, VIDEO["path"].lstrip("/"), video_page(VIDEO))
    write(site, EMBARGOED["path"].lstrip("/"), simple_article(EMBARGOED))
    write(site, PRIVATE["path"].lstrip("/"), simple_article(PRIVATE))
    for n in range(1, len(PAGES) + 1):
        write(site, "news/index.html" if n == 1 else f"news/page/{n}/index.html", listing_page(n))
    static_pages(site)
    write(site, "rss.xml", rss_feed())
    write(site, "atom.xml", atom_feed())
    sitemaps(site)
    blog_files(site)
    expected_json.parent.mkdir(parents=True, exist_ok=True)
    expected_json.write_text(json.dumps(expected(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    # python tools/demo_site/build.py [SITE_DIR EXPECTED_JSON]: defaults are the committed ones
    site, expected_json = (Path(a) for a in sys.argv[1:3]) if len(sys.argv) == 3 else (SITE, EXPECTED)
    build(site, expected_json)
    print(f"wrote {sum(1 for f in site.rglob('*') if f.is_file())} files under {site} and {expected_json}")
