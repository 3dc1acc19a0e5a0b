"""A small news site whose content the tests change between runs, served on 127.0.0.1.

It has an RSS feed (with ``atom:updated`` per entry), a sitemap with ``lastmod``
found through robots.txt, and one page per article. Editing an article bumps its
dates the way a CMS does; ``break_layout`` redesigns the pages so extraction
finds no article body. The server (newscrawler.demo.server) answers conditional
requests and records every request for the tests to count.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from pathlib import Path

from newscrawler.demo.server import RequestRecord, SiteServer, _SiteHandler, serve_in_thread

SOURCE_NAME = "changing"


@dataclass
class Article:
    slug: str
    title: str
    paragraphs: list[str]
    published: datetime
    modified: datetime
    in_feed: bool = True


@dataclass
class ChangingSite:
    root: Path
    articles: dict[str, Article] = field(default_factory=dict)
    broken: bool = False
    server: SiteServer | None = None
    hold: dict[str, threading.Event] = field(default_factory=dict)
    reached: dict[str, threading.Event] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        assert self.server is not None
        return self.server.base_url

    def start(self) -> ChangingSite:
        self.root.mkdir(parents=True, exist_ok=True)
        self.server = serve_in_thread(self.root)
        self.server.RequestHandlerClass = _HoldingHandler
        self.server.site = self  # type: ignore[attr-defined]
        self.write()
        return self

    def stop(self) -> None:
        if self.server:
            for gate in self.hold.values():
                gate.set()
            self.server.shutdown()
            self.server.server_close()

    def hold_at(self, slug: str) -> tuple[threading.Event, threading.Event]:
        """Requests for ``slug`` wait until the returned release event is set; ``reached`` is set when one arrives."""
        reached, release = threading.Event(), threading.Event()
        self.hold[self.path(slug)] = release
        self.reached[self.path(slug)] = reached
        return reached, release

    def add(self, slug: str, title: str, paragraphs: list[str] | None = None, in_feed: bool = True) -> None:
        now = datetime.now(UTC)
        self.articles[slug] = Article(slug, title, paragraphs or _body(title), now, now, in_feed)
        self.write()

    def edit(self, slug: str, extra: str) -> None:
        article = self.articles[slug]
        article.paragraphs = [*article.paragraphs, extra]
        article.modified = datetime.now(UTC)
        self.write()

    def break_layout(self) -> None:
        self.broken = True
        self.write()

    def path(self, slug: str) -> str:
        return f"/news/{slug}.html"

    def url(self, slug: str) -> str:
        return self.base_url + self.path(slug)

    def requests(self) -> list[RequestRecord]:
        assert self.server is not None
        return list(self.server.requests)

    def article_requests(self, since: int = 0) -> list[RequestRecord]:
        return [r for r in self.requests()[since:] if r.path.startswith("/news/")]

    def sources_toml(self, folder: Path, **keys: object) -> Path:
        extra = "".join(f"{key} = {_toml(value)}\n" for key, value in keys.items())
        path = folder / "sources.toml"
        path.write_text(
            f'[[sources]]\nname = "{SOURCE_NAME}"\nfeeds = ["{self.base_url}/rss.xml"]\nsitemaps = ["robots"]\n'
            f'language = "en"\ncategory = "News"\n{extra}',
            "utf-8",
        )
        return path

    # the files

    def write(self) -> None:
        if self.server is None:
            return
        (self.root / "news").mkdir(exist_ok=True)
        for article in self.articles.values():
            _write(self.root / "news" / f"{article.slug}.html", self._page(article))
        _write(self.root / "robots.txt", f"User-agent: *\nAllow: /\nSitemap: {self.base_url}/sitemap.xml\n")
        _write(self.root / "rss.xml", self._feed())
        _write(self.root / "sitemap.xml", self._sitemap())

    def _page(self, article: Article) -> str:
        if self.broken:
            return (
                f"<!doctype html><html><head><title>Site</title></head><body>"
                f"<div id='app' data-slug='{article.slug}'></div><script src='/app.js'></script></body></html>"
            )
        body = "".join(f"<p>{escape(p)}</p>" for p in article.paragraphs)
        return (
            f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{escape(article.title)}</title>"
            f"<link rel='canonical' href='{self.url(article.slug)}'>"
            f"<meta property='article:published_time' content='{article.published.isoformat()}'>"
            f"<meta property='article:modified_time' content='{article.modified.isoformat()}'>"
            f"</head><body><header><nav><a href='/'>Home</a></nav></header>"
            f"<article><h1>{escape(article.title)}</h1>{body}</article>"
            f"<footer>Copyright The Changing Times</footer></body></html>"
        )

    def _feed(self) -> str:
        items = "".join(
            f"<item><title>{escape(a.title)}</title><link>{self.url(a.slug)}?utm_source=rss</link>"
            f"<guid>{self.url(a.slug)}</guid><pubDate>{_rfc822(a.published)}</pubDate>"
            f"<atom:updated>{a.modified.isoformat()}</atom:updated></item>"
            for a in self.articles.values()
            if a.in_feed
        )
        return (
            "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' xmlns:atom='http://www.w3.org/2005/Atom'>"
            f"<channel><title>The Changing Times</title><link>{self.base_url}/</link>{items}</channel></rss>"
        )

    def _sitemap(self) -> str:
        urls = "".join(
            f"<url><loc>{self.url(a.slug)}</loc><lastmod>{a.modified.isoformat()}</lastmod></url>"
            for a in self.articles.values()
        )
        return f"<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>{urls}</urlset>"


def _body(title: str) -> list[str]:
    return [
        f"{title} was reported today by our correspondent, who spoke to several people involved.",
        "The council said it would publish the full figures next week, after the auditors finish their review.",
        "Residents who attended the meeting asked for a second consultation before any decision is taken.",
    ]


def _write(path: Path, text: str) -> None:
    if not path.exists() or path.read_text("utf-8") != text:
        path.write_text(text, "utf-8")


def _rfc822(when: datetime) -> str:
    return when.strftime("%a, %d %b %Y %H:%M:%S +0000")


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f'"{value}"'
    return str(value)


class _HoldingHandler(_SiteHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        site: ChangingSite = self.server.site  # type: ignore[attr-defined]
        path = self.path.split("?")[0]
        if path in site.hold:
            site.reached[path].set()
            site.hold[path].wait(timeout=120)
        super().do_GET()
