"""After a crash: the crawl's posts folder brought back in line with the archive before new posts are written.

SQLite keeps the archive itself consistent (WAL, one transaction per post). A post's
file is written after its row is committed, each file through a temporary file and a
rename, so a crash (kill -9, power loss) can leave a committed post without its file,
a file whose name is not yet recorded, or a temporary file; never half a post file.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from newscrawler.exporters.base import TEMP_PREFIX, TEMP_SUFFIX, ExportError

logger = logging.getLogger(__name__)


def remove_temporary_files(folder: Path) -> int:
    """Delete what an interrupted atomic write left behind; returns how many."""
    removed = 0
    for path in folder.glob(f"{TEMP_PREFIX}*{TEMP_SUFFIX}"):
        path.unlink(missing_ok=True)
        removed += 1
    return removed


def write_missing_files(archive: Any, writer: Any, folder: Path) -> int:
    """Write the file of every archived post that has none (or whose file is gone); returns how many.

    A post that cannot be written (front matter YAML cannot hold) is logged and left; a write that
    fails (a full disk) raises.
    """
    missing = [url for url, name in archive.post_files() if not name or not (folder / name).is_file()]
    written = 0
    for url in missing:
        post = archive.get_post(url)
        if post is None:
            continue
        try:
            written += writer.write(post).outcome == "written"
        except (ValueError, ExportError) as exc:
            logger.warning("no Markdown file for %s: %s", url, exc)
    return written


def repair_posts_folder(archive: Any, writer: Any, folder: Path) -> int:
    """Remove temporary files and write missing post files; returns how many files were written."""
    if not folder.is_dir():
        return 0
    temporary = remove_temporary_files(folder)
    missing = write_missing_files(archive, writer, folder)
    if temporary or missing:
        logger.warning(
            "%s: an earlier run was interrupted: %d post files written again, %d temporary files removed",
            folder,
            missing,
            temporary,
        )
    return missing
