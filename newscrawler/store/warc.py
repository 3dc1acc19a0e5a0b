"""The raw exchanges a crawl used, kept as WARC/1.1 files in ``ARCHIVE/warc/`` (ISO 28500; warcio writes them).

Each kept page (or image) is a ``request`` record and a ``response`` record, each
its own gzip member, so that a reader can seek to a record's offset and read it
alone, and a file cut short by a crash is readable up to its last whole record.
Files are named by run (``run-<id>-<UTC time>-<serial>.warc.gz``), start with a
``warcinfo`` record and are rotated once they pass a size. Scrapy has already
decoded the body (gzip, chunked) when the response arrives, so the stored HTTP
headers say so: no ``Content-Encoding`` or ``Transfer-Encoding``, the real
``Content-Length``. Standard tools read the files: ``warcio check``, ``warcio
index``, pywb, ReplayWeb.page.
"""

from __future__ import annotations

import io
import os
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newscrawler import __version__
from newscrawler.errors import NewscrawlerError
from newscrawler.store.parts import WARC_DIR

__all__ = ["WARC_DIR", "Capture", "StoredResponse", "WarcError", "WarcFiles", "WarcReader", "read_capture", "responses"]

WARC_SUFFIX = ".warc.gz"
DEFAULT_MAX_SIZE = 1_000_000_000  # bytes a file may reach before the next one starts (IIPC's usual 1 GB)
_DROPPED_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}
# Each record is its own gzip member, compressed at level 1: warcio's level 9 took five times as long for 15 %
# smaller files, and was most of what keeping pages cost a crawl (bench/crawl.py keep). Recompress later if wanted.
GZIP_LEVEL = 1


class WarcError(NewscrawlerError):
    """A stored record that cannot be read; the message says which and why."""


@dataclass(frozen=True)
class Capture:
    """Where a response record is: its file in ``warc/``, its offset and length there, its WARC-Record-ID."""

    file: str
    offset: int
    length: int
    record_id: str
    fetched_at: str


@dataclass
class StoredResponse:
    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched_at: str

    def header(self, name: str) -> str:
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), "")


class WarcFiles:
    """The WARC files of one run: ``write`` appends an exchange, ``sync`` puts what was written on disk."""

    def __init__(self, folder: Path, run: str, max_size: int = DEFAULT_MAX_SIZE) -> None:
        self.folder = folder
        self.prefix = f"run-{run}-{datetime.now(UTC).strftime('%Y%m%d%H%M%S')}"
        self.max_size = max(1, max_size)
        self.serial = 0
        self.handle: IO[bytes] | None = None
        self.buffer = io.BytesIO()  # one record at a time, then gzipped into the file as a member of its own
        self.writer = WARCWriter(self.buffer, gzip=False, warc_version="WARC/1.1")
        self.name = ""
        self.unsynced = False

    def write(
        self,
        url: str,
        status: int,
        response_headers: Iterable[tuple[str, str]],
        body: bytes,
        *,
        method: str = "GET",
        request_headers: Iterable[tuple[str, str]] = (),
        protocol: str = "HTTP/1.1",
        date: datetime | None = None,
    ) -> Capture:
        """Append a request and a response record (fetched at ``date``, default now); returns where the response
        record is."""
        writer = self.writer
        now = (date or datetime.now(UTC)).astimezone(UTC)
        warc_date = now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond:06d}Z"
        headers = [(k, v) for k, v in response_headers if k.lower() not in _DROPPED_HEADERS]
        headers.append(("Content-Length", str(len(body))))
        reason = _reason(status)
        http = StatusAndHeaders(f"{status} {reason}".strip(), headers, protocol=protocol or "HTTP/1.1")
        response = writer.create_warc_record(
            url,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http,
            warc_headers_dict={"WARC-Date": warc_date},
        )
        record_id = response.rec_headers.get_header("WARC-Record-ID")
        handle = self._file()
        offset, length = self._append(handle, response)
        parts = urlsplit(url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        sent = [(k, v) for k, v in request_headers if k.lower() != "host"]
        request = writer.create_warc_record(
            url,
            "request",
            payload=io.BytesIO(b""),
            length=0,
            http_headers=StatusAndHeaders(
                f"{method} {target}", [("Host", parts.netloc), *sent], protocol="HTTP/1.1", is_http_request=True
            ),
            warc_headers_dict={"WARC-Date": warc_date, "WARC-Concurrent-To": record_id},
        )
        self._append(handle, request)
        handle.flush()  # the OS has it: a killed process leaves whole records behind
        self.unsynced = True
        return Capture(self.name, offset, length, record_id, now.isoformat())

    def sync(self) -> None:
        """Everything written so far on disk (called before the archive commits posts that point at it)."""
        if self.handle is not None and self.unsynced:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.unsynced = False

    def close(self) -> None:
        if self.handle is not None:
            self.sync()
            self.handle.close()
            self.handle = None

    def _file(self) -> IO[bytes]:
        if self.handle is not None and self.handle.tell() < self.max_size:
            return self.handle
        self.close()
        self.folder.mkdir(parents=True, exist_ok=True)
        self.serial += 1
        self.name = f"{self.prefix}-{self.serial:05d}{WARC_SUFFIX}"
        self.handle = (self.folder / self.name).open("xb")
        info = self.writer.create_warcinfo_record(
            self.name,
            {"software": f"newscrawler/{__version__}", "format": "WARC File Format 1.1", "isPartOf": self.prefix},
        )
        self._append(self.handle, info)
        return self.handle

    def _append(self, handle: IO[bytes], record: Any) -> tuple[int, int]:
        """Write ``record`` as one gzip member; returns its offset and length in the file."""
        self.buffer.seek(0)
        self.buffer.truncate()
        self.writer.write_record(record)
        compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, zlib.MAX_WBITS + 16)
        member = compressor.compress(self.buffer.getvalue()) + compressor.flush()
        offset = handle.tell()
        handle.write(member)
        return offset, len(member)


class WarcReader:
    """Reads response records by file and offset, keeping the files it opened open until ``close``."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.handles: dict[str, IO[bytes]] = {}

    def read(self, file: str, offset: int) -> StoredResponse:
        """The response record at ``offset`` of ``file`` (a name in the folder)."""
        path = self.folder / file
        if not file or "/" in file or "\\" in file or file.startswith("."):
            raise WarcError(f"{file!r}: not a WARC file name")
        try:
            handle = self.handles.get(file)
            if handle is None:
                handle = self.handles[file] = path.open("rb")
            handle.seek(offset)
            for record in ArchiveIterator(handle):
                if record.rec_type != "response":
                    raise WarcError(f"{path} at {offset}: a {record.rec_type} record, not a response")
                return _stored(record)
        except OSError as exc:
            raise WarcError(f"{path}: cannot read: {exc.strerror or exc}") from None
        except (ArchiveLoadFailed, EOFError, ValueError) as exc:
            raise WarcError(f"{path} at {offset}: not a readable record: {exc}") from None
        raise WarcError(f"{path} at {offset}: no record there")

    def close(self) -> None:
        for handle in self.handles.values():
            handle.close()
        self.handles.clear()

    def __enter__(self) -> WarcReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def read_capture(folder: Path, file: str, offset: int) -> StoredResponse:
    """The response record at ``offset`` of ``folder/file``."""
    with WarcReader(folder) as reader:
        return reader.read(file, offset)


def responses(data: IO[bytes]) -> Iterator[StoredResponse]:
    """Every response record of a WARC file (gzipped or not), in file order."""
    try:
        for record in ArchiveIterator(data):
            if record.rec_type == "response":
                yield _stored(record)
    except ArchiveLoadFailed as exc:
        raise WarcError(f"not a WARC file: {exc}") from None


def is_warc(name: str) -> bool:
    return name.lower().endswith((".warc", ".warc.gz"))


def _stored(record: Any) -> StoredResponse:
    http = record.http_headers
    status = int((http.get_statuscode() if http else "") or 0)
    return StoredResponse(
        url=record.rec_headers.get_header("WARC-Target-URI") or "",
        status=status,
        headers=list(http.headers) if http else [],
        body=record.content_stream().read(),
        fetched_at=record.rec_headers.get_header("WARC-Date") or "",
    )


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
