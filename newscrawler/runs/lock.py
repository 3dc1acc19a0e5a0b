"""One crawl at a time per archive: a kernel lock (``flock``) on ``ARCHIVE/.newscrawler.lock``.

The kernel drops the lock when its process ends, however it ends (SIGKILL, a
crash, a reboot), so a stale lock needs no clean-up: the next run simply gets
it, and reports the run that left its details behind. The file holds the
holder's pid, host, start time and command, for the message a second run gives.
Readers (search, query, export, runs) never take it.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from newscrawler.errors import EXIT_LOCKED, NewscrawlerError
from newscrawler.store.archive import utc_now

LOCK_NAME = ".newscrawler.lock"


class ArchiveLockedError(NewscrawlerError):
    """Another run holds the archive's lock; ``holder`` is what it wrote about itself."""

    exit_code = EXIT_LOCKED

    def __init__(self, path: Path, holder: dict[str, Any]) -> None:
        self.path = path
        self.holder = holder
        who = f"pid {holder.get('pid', '?')}"
        if holder.get("host") and holder.get("host") != socket.gethostname():
            who += f" on {holder['host']}"
        since = f", running since {holder['started_at']}" if holder.get("started_at") else ""
        command = f" ({holder['command']})" if holder.get("command") else ""
        super().__init__(f"another crawl holds the archive {path.parent}: {who}{since}{command}; lock file {path}")


class ArchiveLock:
    def __init__(self, archive_dir: str | Path) -> None:
        self.path = Path(archive_dir) / LOCK_NAME
        self.file: TextIO | None = None
        self.stale: dict[str, Any] = {}  # what a run that died holding the lock left in it

    def acquire(self) -> ArchiveLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        file = self.path.open("a+", encoding="utf-8")
        try:
            fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _read(file)
            file.close()
            raise ArchiveLockedError(self.path, holder) from None
        self.stale = _read(file)
        file.seek(0)
        file.truncate()
        json.dump(
            {
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "started_at": utc_now(),
                "command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])[:500],
            },
            file,
        )
        file.flush()
        self.file = file
        return self

    def release(self) -> None:
        if self.file is None:
            return
        with contextlib.suppress(OSError):
            self.file.seek(0)
            self.file.truncate()  # an empty file says the last holder ended cleanly
            self.file.flush()
        self.file.close()  # closing drops the flock
        self.file = None

    def __enter__(self) -> ArchiveLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


@contextlib.contextmanager
def holding(archive_dir: str | Path) -> Iterator[ArchiveLock]:
    """The archive's lock, held for the ``with`` block: ``ArchiveLockedError`` when another run holds it, a
    :class:`NewscrawlerError` when the lock file cannot be opened (a read-only folder)."""
    lock = ArchiveLock(archive_dir)
    try:
        lock.acquire()
    except OSError as exc:
        raise NewscrawlerError(f"{lock.path}: cannot take the archive's lock: {exc.strerror or exc}") from None
    try:
        yield lock
    finally:
        lock.release()


def _read(file: TextIO) -> dict[str, Any]:
    file.seek(0)
    text = file.read().strip()
    if not text:
        return {}
    try:
        data = json.loads(text)
    except ValueError:
        return {"command": text[:200]}
    return data if isinstance(data, dict) else {}
