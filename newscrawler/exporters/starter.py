"""Starter sites (``export --init``): a config, layouts and a default image copied from ``starter/<format>/``."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path
from typing import Any

from newscrawler.exporters.base import ExportError, os_reason
from newscrawler.exporters.config import get_format


def init_site(dest: Path, format_name: str) -> list[str]:
    """Copy the starter site for ``format_name`` into ``dest`` file by file, never replacing one; returns the added."""
    site_format = get_format(format_name)
    added: list[str] = []
    starter = resources.files("newscrawler.exporters").joinpath("starter", site_format.name)

    def copy(folder: Any, relative: Path) -> None:
        for entry in folder.iterdir():
            if entry.name == "__pycache__":
                continue
            target = relative / entry.name
            if entry.is_dir():
                copy(entry, target)
            elif not (dest / target).exists():
                (dest / target).parent.mkdir(parents=True, exist_ok=True)
                with entry.open("rb") as source, (dest / target).open("xb") as out:
                    shutil.copyfileobj(source, out)
                added.append(target.as_posix())

    try:
        copy(starter, Path())
    except OSError as exc:
        raise ExportError(f"{dest}: cannot write: {os_reason(exc)}") from None
    return sorted(added)
