"""The parts of an archive folder beside its posts: the database, the kept pages (WARC), the kept images."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

WARC_DIR = "warc"  # ARCHIVE/warc/: the pages posts were read from (store/warc.py)
MEDIA_DIR = "media"  # ARCHIVE/media/: the posts' images, by content hash (pipelines/images.py)


def archive_sizes(archive_dir: Path) -> dict[str, dict[str, Any]]:
    """Bytes and files of each part: "database" (news.db with its WAL), "warc", "media"."""
    database = [archive_dir / name for name in ("news.db", "news.db-wal", "news.db-shm")]
    sizes = [path.stat().st_size for path in database if path.is_file()]
    parts = {"database": {"bytes": sum(sizes), "files": len(sizes)}}
    for name, folder in (("warc", WARC_DIR), ("media", MEDIA_DIR)):
        size, count = folder_size(archive_dir / folder)
        parts[name] = {"bytes": size, "files": count}
    return parts


def folder_size(folder: Path) -> tuple[int, int]:
    """Bytes and files under ``folder`` (0, 0 when it is not there); temporary files of a crash not counted."""
    size = count = 0
    for root, _, files in os.walk(folder):
        for name in files:
            if name.startswith(".nc-"):
                continue
            try:
                size += (Path(root) / name).stat().st_size
            except OSError:
                continue
            count += 1
    return size, count
