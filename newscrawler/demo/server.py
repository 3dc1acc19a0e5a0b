"""A small static HTTP server for a saved site, used by `newscrawler demo` and the tests.

Saved sites name their own address as ``__BASE_URL__`` (no trailing slash); the
server puts its real address there as it serves, so the same files work on any
port. ``dir/`` serves ``dir/index.html``. Every answer carries an ``ETag`` (a
hash of the body) and ``Last-Modified`` (the file's mtime) and a conditional
request for an unchanged file gets ``304 Not Modified``, as real news sites do;
``server.requests`` records each request's method, path, conditional headers and
status, for the tests' counts. A ``.gz`` file is served gzipped,
with the address put inside it too. An ``.html`` file that is not UTF-8 is
served as ``text/html`` without a charset, as legacy Korean sites do, so the
page's own ``<meta charset>`` has to be read.

Run it alone with ``python -m newscrawler.demo.server [DIR]``: it prints its
base URL on the first line of standard output and serves until killed.
"""

from __future__ import annotations

import argparse
import errno
import gzip
import hashlib
import mimetypes
import sys
import threading
from collections import Counter
from dataclasses import dataclass
from email.utils import formatdate, parsedate_to_datetime
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

PLACEHOLDER = b"__BASE_URL__"
SITE_DIR = Path(__file__).parent / "site"
DEMO_SOURCES = Path(__file__).parent / "sources.toml"
TEXT_SUFFIXES = {".html", ".xml", ".txt", ".rss", ".atom", ".json", ""}
CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".txt": "text/plain; charset=utf-8",
    ".json": "application/json",
    ".gz": "application/x-gzip",
    "": "application/rss+xml",
}


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, root: Path, host: str = "127.0.0.1", port: int = 0) -> None:
        super().__init__((host, port), _SiteHandler)
        self.root = root.resolve()
        self.hits: Counter[str] = Counter()
        self.requests: list[RequestRecord] = []
        self._hits_lock = threading.Lock()

    @property
    def base_url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host.decode() if isinstance(host, bytes) else host}:{port}"

    def count(self, path: str) -> None:
        with self._hits_lock:
            self.hits[path] += 1

    def record(self, record: RequestRecord) -> None:
        with self._hits_lock:
            self.requests.append(record)


@dataclass(frozen=True)
class RequestRecord:
    method: str
    path: str
    status: int
    if_none_match: str
    if_modified_since: str

    @property
    def conditional(self) -> bool:
        return bool(self.if_none_match or self.if_modified_since)


class _SiteHandler(SimpleHTTPRequestHandler):
    server: SiteServer

    def do_GET(self) -> None:
        raw_path = urlsplit(self.path).path
        self.server.count(raw_path)
        body, content_type, mtime = self._load(raw_path)
        status = 404 if body is None else 200
        etag = last_modified = ""
        if body is not None:
            etag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
            last_modified = formatdate(mtime, usegmt=True)
            if _not_modified(self.headers, etag, mtime):
                status = 304
        self.server.record(
            RequestRecord(
                self.command,
                raw_path,
                status,
                self.headers.get("If-None-Match", ""),
                self.headers.get("If-Modified-Since", ""),
            )
        )
        if body is None:
            self.send_error(404, "Not Found")
            return
        self.send_response(status)
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", last_modified)
        if status == 304:
            self.end_headers()
            return
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _load(self, raw_path: str) -> tuple[bytes | None, str, float]:
        path = (self.server.root / unquote(raw_path).lstrip("/")).resolve()
        if not path.is_relative_to(self.server.root):
            return None, "", 0.0
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            return None, "", 0.0
        base = self.server.base_url.encode()
        data = path.read_bytes()
        suffix = path.suffix.lower()
        if suffix == ".gz":
            data = gzip.compress(gzip.decompress(data).replace(PLACEHOLDER, base), mtime=0)
        elif suffix in TEXT_SUFFIXES:
            data = data.replace(PLACEHOLDER, base)
        content_type = CONTENT_TYPES.get(suffix) or mimetypes.guess_type(path.name)[0]
        if suffix == ".html" and not _is_utf8(data):
            content_type = "text/html"
        return data, content_type or "application/octet-stream", path.stat().st_mtime

    def log_message(self, format: str, *args: object) -> None:
        pass


def _not_modified(headers: Any, etag: str, mtime: float) -> bool:
    """RFC 9110: If-None-Match decides when present, else If-Modified-Since (whole seconds)."""
    if_none_match = headers.get("If-None-Match")
    if if_none_match:
        return etag in [tag.strip() for tag in if_none_match.split(",")] or if_none_match.strip() == "*"
    since = headers.get("If-Modified-Since")
    if since:
        try:
            return int(mtime) <= parsedate_to_datetime(since).timestamp()
        except (TypeError, ValueError, IndexError):
            return False
    return False


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def serve_in_thread(root: Path = SITE_DIR, port: int = 0) -> SiteServer:
    """Start serving ``root`` on 127.0.0.1 in a daemon thread; call ``shutdown()`` to stop."""
    server = SiteServer(root, port=port)
    threading.Thread(target=server.serve_forever, name="site-server", daemon=True).start()
    return server


def serve_demo_site(port: int = 0) -> SiteServer:
    """Serve the sample site on 127.0.0.1:``port``, or on a free port when that one is taken."""
    try:
        return serve_in_thread(SITE_DIR, port)
    except OSError as exc:
        if exc.errno != errno.EADDRINUSE or port == 0:
            raise
        return serve_in_thread(SITE_DIR, 0)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("root", nargs="?", type=Path, default=SITE_DIR)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    server = SiteServer(args.root, port=args.port)
    print(server.base_url, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        sys.stdout.flush()


if __name__ == "__main__":
    main()
