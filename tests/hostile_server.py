"""A misbehaving web site on 127.0.0.1: an asyncio server speaking raw HTTP/1.1, so it can fail at the byte level.

Paths (see ``GOOD``, ``ODD``, ``FAULTS``, ``BAD_DISCOVERY``):

- ``/good/1`` … ``/good/12``: articles (Korean and English); 9-10 are linked only from a
  damaged feed and 11-12 only from a damaged sitemap, so they are found only if the
  readable part of a damaged document is kept.
- ``/odd/…``: articles served badly but readable (wrong charset header, EUC-KR without a
  charset, mixed encodings, a BOM, unclosed tags, NUL bytes, 10,000-deep nesting, a 429
  or 503 with Retry-After before the page).
- ``/fault/…``: what must fail with a reason (status codes, hangs, resets, truncation,
  redirect loops, off-site redirects, 50 MB bodies, a gzip bomb, binary, empty).
- ``/bad/…``: damaged feeds and sitemaps, and billion-laughs entity bombs.
- ``/feed.xml``, ``/sitemap.xml``, ``/listing/`` link everything; ``/__hits`` answers
  JSON ``{"hits": {path: n}, "times": {path: [monotonic seconds]}}``.
"""

from __future__ import annotations

import asyncio
import gzip
import json
import random
import threading
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from functools import cache
from html import escape

CRLF = b"\r\n"
BIG = 50 * 1024 * 1024
BOMB_SIZE = 256 * 1024 * 1024

TOPICS_KO = [
    ("서울시, 노후 하수관 정비에 3천억 원 투입", "서울시는 올해 노후 하수관 정비 사업에 3천억 원을 투입한다고 밝혔다."),
    ("부산항 컨테이너 물동량 역대 최대", "부산항만공사는 지난달 컨테이너 물동량이 역대 최대를 기록했다고 발표했다."),
    ("제주 감귤 수확량 평년보다 12% 늘어", "제주도 농업기술원은 올해 감귤 수확량이 평년보다 12% 늘었다고 전했다."),
    ("대전 과학축제에 관람객 20만 명 몰려", "대전시는 과학축제 기간 관람객 20만 명이 행사장을 찾았다고 집계했다."),
    ("광주 도심 자전거 도로 40㎞ 새로 연결", "광주시는 도심 자전거 도로 40㎞를 새로 연결하는 공사를 마쳤다고 밝혔다."),
    ("강원 산불 예방 드론 순찰 확대", "강원도는 봄철 산불을 막기 위해 드론 순찰을 두 배로 늘린다고 발표했다."),
    ("인천공항 환승객 1년 새 30% 증가", "인천국제공항공사는 지난해 환승객이 1년 새 30% 늘었다고 밝혔다."),
]
TOPICS_EN = [
    ("City council approves new library budget", "The city council approved a larger budget for public libraries."),
    ("Rail operator adds night trains on coastal line", "The rail operator will run night trains along the coast."),
    ("Local bakery wins national bread award", "A family bakery won the national award for its sourdough loaf."),
    ("Harbour clean-up collects four tonnes of plastic", "Volunteers collected four tonnes of plastic in the harbour."),
    ("University opens solar research centre", "The university opened a research centre for solar power."),
]


def article(number: int, kind: str = "good", *, charset: str = "utf-8", meta_charset: bool = True) -> str:
    """A real-looking news article page, different for every (kind, number)."""
    korean = number % 2 == 1
    topics = TOPICS_KO if korean else TOPICS_EN
    title, lead = topics[(number + len(kind)) % len(topics)]
    title = f"{title} ({kind} {number})"
    if korean:
        more = [
            f"{kind} 기사 {number}번의 둘째 문단이다. 관계자는 사업을 차질 없이 진행하겠다고 말했다.",
            f"시민들은 이번 조치가 생활에 도움이 될 것이라고 기대했다. 기사 번호는 {number}번이다.",
            "전문가들은 예산이 제대로 쓰이는지 꾸준히 살펴야 한다고 지적했다.",
        ]
    else:
        more = [
            f"This is the second paragraph of {kind} article number {number}, with quotes from officials.",
            f"Residents said the change would make a difference to daily life. Article {number} ends here.",
            "Critics said the spending should be watched closely over the coming years.",
        ]
    paragraphs = "\n".join(f"<p>{escape(p)}</p>" for p in [lead, *more])
    meta = f'<meta charset="{charset}">' if meta_charset else ""
    return f"""<!doctype html>
<html lang="{"ko" if korean else "en"}"><head>{meta}
<title>{escape(title)} - 해커일보</title>
<meta property="og:title" content="{escape(title)}">
<meta property="article:published_time" content="2024-06-{10 + number % 18:02d}T09:00:00+09:00">
<meta property="article:section" content="{"사회" if korean else "Local"}">
</head><body>
<header class="masthead"><a href="/">해커일보</a></header>
<article><h1>{escape(title)}</h1>
<div class="article-body">
{paragraphs}
</div></article>
<footer>(c) 해커일보</footer>
</body></html>"""


def article_title(number: int, kind: str = "good") -> str:
    korean = number % 2 == 1
    topics = TOPICS_KO if korean else TOPICS_EN
    return f"{topics[(number + len(kind)) % len(topics)][0]} ({kind} {number})"


Writer = asyncio.StreamWriter
Behaviour = Callable[["HostileServer", Writer, str], Awaitable[None]]


def head(status: str, headers: dict[str, str] | None = None, length: int | None = None) -> bytes:
    lines = [f"HTTP/1.1 {status}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in (headers or {}).items()]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def respond(
    body: bytes | str, content_type: str = "text/html; charset=utf-8", status: str = "200 OK", **headers: str
) -> Behaviour:
    data = body.encode("utf-8") if isinstance(body, str) else body

    async def send(server: HostileServer, writer: Writer, path: str) -> None:
        writer.write(head(status, {"Content-Type": content_type, **headers}, len(data)) + data)

    return send


def first_then(first: Behaviour, then: Behaviour) -> Behaviour:
    async def send(server: HostileServer, writer: Writer, path: str) -> None:
        await (first if server.hits[path] == 1 else then)(server, writer, path)

    return send


def status(code: str, **headers: str) -> Behaviour:
    return respond(f"<html><body><h1>{code}</h1></body></html>", status=code, **headers)


def redirect(location: str) -> Behaviour:
    async def send(server: HostileServer, writer: Writer, path: str) -> None:
        writer.write(head("302 Found", {"Location": location.replace("{base}", server.base_url)}, 0))

    return send


async def hang_before_headers(server: HostileServer, writer: Writer, path: str) -> None:
    await server.stopping.wait()


async def hang_mid_body(server: HostileServer, writer: Writer, path: str) -> None:
    data = article(1, "hang").encode()
    writer.write(head("200 OK", {"Content-Type": "text/html; charset=utf-8"}, len(data)) + data[:300])
    await writer.drain()
    await server.stopping.wait()


async def slow_drip(server: HostileServer, writer: Writer, path: str) -> None:
    writer.write(head("200 OK", {"Content-Type": "text/html; charset=utf-8"}, 1_000_000))
    while not server.stopping.is_set():  # a byte now and then: no single read ever times out
        writer.write(b" ")
        await writer.drain()
        await asyncio.sleep(0.2)


async def garbage(server: HostileServer, writer: Writer, path: str) -> None:
    writer.write(b"\x16\x03\x01 this is not HTTP at all\r\n\r\n" + binary()[:500])


async def reset(server: HostileServer, writer: Writer, path: str) -> None:
    writer.transport.abort()  # RST before a byte of the answer


async def truncated(server: HostileServer, writer: Writer, path: str) -> None:
    data = article(2, "truncated").encode()
    writer.write(head("200 OK", {"Content-Type": "text/html; charset=utf-8"}, len(data)) + data[: len(data) // 2])


async def wrong_length(server: HostileServer, writer: Writer, path: str) -> None:
    data = article(3, "wrong-length").encode()
    writer.write(head("200 OK", {"Content-Type": "text/html; charset=utf-8"}, 40) + data)


async def huge(server: HostileServer, writer: Writer, path: str) -> None:
    await _stream_junk(writer, head("200 OK", {"Content-Type": "text/html; charset=utf-8"}, BIG))


async def huge_without_length(server: HostileServer, writer: Writer, path: str) -> None:
    await _stream_junk(writer, head("200 OK", {"Content-Type": "text/html; charset=utf-8"}))


async def _stream_junk(writer: Writer, header: bytes) -> None:
    writer.write(header + b"<html><body>")
    chunk = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"
    for _ in range(BIG // len(chunk)):
        writer.write(chunk)
        await writer.drain()  # raises once the crawler gives up and closes the connection


async def gzip_bomb(server: HostileServer, writer: Writer, path: str) -> None:
    data = await server.bomb
    headers = {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"}
    writer.write(head("200 OK", headers, len(data)))
    writer.write(data)


@cache
def bomb() -> bytes:
    """256 MB of zeros as gzip (about 250 KB), made once, in pieces (about a second)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1024 * 1024)
    return b"".join(compressor.compress(zeros) for _ in range(BOMB_SIZE // len(zeros))) + compressor.flush()


def binary() -> bytes:
    return random.Random(6).randbytes(20_000)


def deep_nesting() -> str:
    page = article(7, "deep")
    depth = 10_000
    junk = "<div>" * depth + "깊다" + "</div>" * depth
    return page.replace("<footer>", f'<aside class="sidebar">{junk}</aside><footer>')


def unclosed() -> str:
    page = article(8, "unclosed")
    return page.replace("</p>", "").replace("</div>", "").replace("</article>", "<b><i><span>").replace("</html>", "")


def with_nuls() -> str:
    return article(9, "nul").replace("둘째", "둘\x00째").replace("second", "sec\x00ond").replace("<p>", "<p>\x00", 1)


def mixed_encodings() -> bytes:
    page = article(5, "mixed").encode("utf-8")
    return page.replace(b"<footer>", "<p>옛 인코딩으로 쓴 한 줄.</p>".encode("euc-kr") + b"<footer>")


def euc_kr_without_charset() -> bytes:
    return article(3, "euc-kr", meta_charset=False).encode("euc-kr")


def bom_page() -> bytes:
    return b"\xef\xbb\xbf" + article(11, "bom", meta_charset=False).encode("utf-8")


def refreshing(number: int, kind: str, target: str) -> str:
    """An article whose <head> asks the browser to reload it, or to go elsewhere."""
    refresh = f'<meta http-equiv="refresh" content="0; url={target}">'
    return article(number, kind).replace("</head>", f"{refresh}</head>")


GOOD = [f"/good/{n}" for n in range(1, 13)]
ODD = {
    "/odd/wrong-charset": respond(article(1, "wrong-charset"), "text/html; charset=iso-8859-1"),
    "/odd/euc-kr-no-charset": respond(euc_kr_without_charset(), "text/html"),
    "/odd/mixed-encodings": respond(mixed_encodings()),
    "/odd/bom": respond(bom_page(), "text/html; charset=euc-kr"),
    "/odd/unclosed-tags": respond(unclosed()),
    "/odd/nul-bytes": respond(with_nuls()),
    "/odd/deep-nesting": respond(deep_nesting()),
    "/odd/meta-refresh-self": respond(refreshing(2, "refresh", "/odd/meta-refresh-self")),
    "/odd/429-then-ok": first_then(status("429 Too Many Requests", **{"Retry-After": "1"}), respond(article(4, "429"))),
    "/odd/503-then-ok": first_then(
        status("503 Service Unavailable", **{"Retry-After": "1"}), respond(article(6, "503"))
    ),
}
ODD_TITLES = {
    "/odd/wrong-charset": article_title(1, "wrong-charset"),
    "/odd/euc-kr-no-charset": article_title(3, "euc-kr"),
    "/odd/mixed-encodings": article_title(5, "mixed"),
    "/odd/bom": article_title(11, "bom"),
    "/odd/unclosed-tags": article_title(8, "unclosed"),
    "/odd/meta-refresh-self": article_title(2, "refresh"),
    "/odd/nul-bytes": article_title(9, "nul"),
    "/odd/deep-nesting": article_title(7, "deep"),
    "/odd/429-then-ok": article_title(4, "429"),
    "/odd/503-then-ok": article_title(6, "503"),
}
# path → (behaviour, the reason the crawl must give, how many requests it may make)
FAULTS: dict[str, tuple[Behaviour, str, int]] = {
    "/fault/500": (status("500 Internal Server Error"), "http 500", 3),
    "/fault/503": (status("503 Service Unavailable"), "http 503", 3),
    "/fault/503-retry-after": (status("503 Service Unavailable", **{"Retry-After": "1"}), "http 503", 3),
    "/fault/503-retry-tomorrow": (status("503 Service Unavailable", **{"Retry-After": "86400"}), "http 503", 1),
    "/fault/404": (status("404 Not Found"), "http 404", 1),
    "/fault/403": (status("403 Forbidden"), "http 403", 1),
    "/fault/429": (status("429 Too Many Requests"), "http 429", 3),
    "/fault/hang-before-headers": (hang_before_headers, "timeout", 3),
    "/fault/hang-mid-body": (hang_mid_body, "timeout", 3),
    "/fault/reset": (reset, "connection lost", 3),
    "/fault/slow-drip": (slow_drip, "timeout", 3),
    "/fault/not-http": (garbage, "not http", 3),
    "/fault/bad-gzip": (
        respond(b"\x1f\x8b\x08\x00 not really gzip", **{"Content-Encoding": "gzip"}),
        "broken compression",
        1,
    ),
    "/fault/truncated": (truncated, "truncated body", 3),
    "/fault/wrong-length": (wrong_length, "no body", 1),
    "/fault/redirect-loop": (redirect("{base}/fault/redirect-loop-2"), "redirect loop", 1),
    "/fault/redirect-loop-2": (redirect("{base}/fault/redirect-loop"), "", 1),
    "/fault/redirect-chain": (redirect("{base}/fault/chain/1"), "too many redirects", 1),
    "/fault/redirect-off-site": (redirect("http://127.0.0.2:9/good/1"), "redirect off site", 1),
    "/fault/meta-refresh-off-site": (
        respond(refreshing(10, "refresh-away", "http://127.0.0.2:9/good/1")),
        "redirect off site",
        1,
    ),
    "/fault/50mb": (huge, "too large", 1),
    "/fault/50mb-no-length": (huge_without_length, "too large", 1),
    "/fault/gzip-bomb": (gzip_bomb, "too large", 1),
    "/fault/binary": (respond(binary()), "not html", 1),
    "/fault/empty": (respond(b""), "empty page", 1),
}
LINKED_FAULTS = [path for path, (_, reason, _) in FAULTS.items() if reason]


PUB_DATE = "Mon, 10 Jun 2024 09:00:00 +0900"


def rss(paths: list[str], base: str) -> str:
    items = "".join(
        f"<item><title>{escape(p)}</title><link>{base}{p}</link><pubDate>{PUB_DATE}</pubDate></item>" for p in paths
    )
    channel = f"<channel><title>해커일보</title>{items}</channel>"
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0">{channel}</rss>'


def urlset(paths: list[str], base: str) -> str:
    urls = "".join(f"<url><loc>{base}{p}</loc></url>" for p in paths)
    return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'


LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
    + "\n".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
    + "\n]>\n"
)


def dynamic(server: HostileServer, path: str) -> Behaviour | None:
    """Pages whose text names the server's own address."""
    base = server.base_url
    main = GOOD[:8] + list(ODD) + LINKED_FAULTS
    xml = "application/xml"
    pages: dict[str, Callable[[], Behaviour]] = {
        "/robots.txt": lambda: respond("User-agent: *\nAllow: /\n", "text/plain"),
        "/feed.xml": lambda: respond(rss(main, base), "application/rss+xml"),
        "/sitemap.xml": lambda: respond(urlset(main, base), xml),
        "/listing/": lambda: respond(
            "<html><body>" + "".join(f'<a href="{p}">{p}</a> ' for p in main) + "</body></html>"
        ),
        # a feed with a broken entry in the middle: the entries around it still count
        "/bad/feed-malformed.xml": lambda: respond(
            rss(GOOD[8:10], base).replace("</item><item>", "</item><item><title>broken & <b>bad</title></oops><item>"),
            "application/rss+xml",
        ),
        "/bad/feed-truncated.xml": lambda: respond(rss(GOOD[8:10], base)[:-60], "application/rss+xml"),
        "/bad/feed-bomb.xml": lambda: respond(
            LAUGHS + '<rss version="2.0"><channel><title>&lol9;</title>'
            f"<item><title>&lol9;</title><link>{base}/good/1</link></item></channel></rss>",
            "application/rss+xml",
        ),
        "/bad/sitemap-truncated.xml": lambda: respond(urlset([*GOOD[10:12], "/good/1"], base)[:-40], xml),
        "/bad/sitemap-malformed.xml": lambda: respond(
            urlset(GOOD[10:12], base).replace("</url><url>", "</url><url><loc>&bad</url></lc><url>"), xml
        ),
        "/bad/sitemap-bomb.xml": lambda: respond(
            LAUGHS.replace("lolz", "urlset") + f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<url><loc>{base}/good/1?&lol9;</loc></url></urlset>",
            xml,
        ),
        "/bad/sitemap-gzip-bomb.xml.gz": lambda: respond(gzip.compress(b"<urlset>" + bytes(64 * 1024 * 1024)), xml),
        "/__hits": lambda: respond(json.dumps({"hits": dict(server.hits), "times": server.times}), "application/json"),
    }
    if path in pages:
        return pages[path]()
    if path in GOOD:
        return respond(article(int(path.rsplit("/", 1)[1])))
    if path.startswith("/fault/chain/"):
        step = int(path.rsplit("/", 1)[1])
        return redirect(f"{{base}}/fault/chain/{step + 1}")
    return None


SOURCES_TOML = """
[[sources]]
name = "hostile"
feeds = ["{base}/feed.xml", "{base}/bad/feed-malformed.xml", "{base}/bad/feed-truncated.xml",
         "{base}/bad/feed-bomb.xml"]
sitemaps = ["{base}/sitemap.xml", "{base}/bad/sitemap-truncated.xml", "{base}/bad/sitemap-malformed.xml",
            "{base}/bad/sitemap-bomb.xml", "{base}/bad/sitemap-gzip-bomb.xml.gz"]
start_urls = ["{base}/listing/"]
follow = ["/(good|odd|fault)/"]
language = "ko"
timezone = "Asia/Seoul"
category = "뉴스"
"""


class HostileServer:
    """Serves the paths above on 127.0.0.1 from a thread of its own; ``stop()`` ends it."""

    def __init__(self) -> None:
        self.hits: Counter[str] = Counter()
        self.times: dict[str, list[float]] = defaultdict(list)
        self.base_url = ""
        self.loop = asyncio.new_event_loop()
        self.stopping = asyncio.Event()
        self.bomb: asyncio.Future[bytes]
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hostile-server", daemon=True)

    def start(self) -> HostileServer:
        self._thread.start()
        self._ready.wait(timeout=30)
        return self

    def stop(self) -> None:
        self.loop.call_soon_threadsafe(self.stopping.set)
        self._thread.join(timeout=30)

    def sources(self) -> str:
        return SOURCES_TOML.replace("{base}", self.base_url)

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        self.loop.run_until_complete(self._serve())

    async def _serve(self) -> None:
        # made off the event loop, and before the first request, so that no download waits for it
        self.bomb = self.loop.run_in_executor(None, bomb)
        await asyncio.shield(self.bomb)
        server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        port = server.sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}"
        self._ready.set()
        async with server:
            await self.stopping.wait()
            server.close()

    async def _handle(self, reader: asyncio.StreamReader, writer: Writer) -> None:
        try:
            request = await asyncio.wait_for(reader.readuntil(CRLF + CRLF), timeout=30)
            path = request.split(b" ", 2)[1].decode("latin-1").split("?", 1)[0]
            self.hits[path] += 1
            self.times[path].append(time.monotonic())
            behaviour = ODD.get(path) or (FAULTS[path][0] if path in FAULTS else None) or dynamic(self, path)
            await (behaviour or status("404 Not Found"))(self, writer, path)
            await writer.drain()
        except (TimeoutError, ConnectionError, asyncio.IncompleteReadError, IndexError):
            pass
        finally:
            if not writer.transport.is_closing():
                writer.close()


if __name__ == "__main__":
    running = HostileServer().start()
    print(running.base_url, flush=True)
    threading.Event().wait()
