"""Writing post files into a site folder: which file each post gets, and which files to write, keep or remove.

One writer serves the crawl (``archive/_posts``, names remembered in the archive's
``posts.file`` column) and ``newscrawler export DEST`` (names remembered in the
manifest ``DEST/.newscrawler-export.json``). The rules:

- a file is rewritten only when its bytes would change, so a second export with
  nothing new touches nothing and a site generator rebuilds nothing;
- a post keeps its file name while one of its candidate names is still its own;
  two posts whose titles give the same name are told apart by a hash of the URL;
- when a post's name changes, the old file goes, unless someone edited it since;
- a file newscrawler did not write is never overwritten or removed; a file it
  wrote and someone edited since is left as it is (``overwrite_edited`` replaces it);
- every name is a single plain file name inside the format's posts folder, and
  names read back from a manifest are checked again before any file is removed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import yaml

from newscrawler.exporters.base import ExportError, SiteFormat, SiteProfile, safe_name, write_atomically
from newscrawler.exporters.document import read_document
from newscrawler.exporters.fingerprint import rendering_fingerprint

MANIFEST_NAME = ".newscrawler-export.json"
MANIFEST_VERSION = 1


class Ledger(Protocol):
    """Who owns which file name in a posts folder, and what newscrawler last wrote there."""

    def path_of(self, url: str) -> str: ...

    def owner_of(self, name: str) -> str: ...

    def digest_of(self, name: str) -> str: ...

    def source_of(self, name: str) -> str:
        """The fingerprint of what the file was rendered from ("" when not remembered)."""
        ...

    def record(self, url: str, name: str, digest: str, source: str = "") -> None: ...


@dataclass
class WriteResult:
    outcome: str  # "written", "unchanged" or "kept" (edited outside newscrawler; left alone)
    name: str
    removed: str = ""  # the post's old file, gone because its name changed
    kept_old: str = ""  # the post's old file, left because someone edited it


class PostWriter:
    """Writes one post at a time into ``folder`` (a site's posts folder), by the rules of this module."""

    def __init__(
        self,
        folder: Path,
        site_format: SiteFormat,
        profile: SiteProfile,
        ledger: Ledger,
        *,
        overwrite_edited: bool = False,
        dry_run: bool = False,
    ) -> None:
        self.folder = folder
        self.format = site_format
        self.profile = profile
        self.ledger = ledger
        self.overwrite_edited = overwrite_edited
        self.dry_run = dry_run

    def write(self, post: dict[str, Any]) -> WriteResult:
        url = post["url"]
        previous = self.ledger.path_of(url)
        source = rendering_fingerprint(post, self.format.name, self.profile)
        if previous and self.ledger.source_of(previous) == source:
            # rendered from the same post, by the same code, for the same site: if the file is
            # still what was written, it would come out byte for byte the same
            current = _read(self.folder / previous)
            if current is not None and _digest(current) == self.ledger.digest_of(previous):
                return WriteResult("unchanged", previous)
        text = self.format.render(post, self.profile)
        data = text.encode("utf-8")
        name = self._allocate(post, url, previous)
        path = self.folder / name
        current = _read(path)
        recorded = self.ledger.digest_of(name) if name == previous else ""
        if current == data:
            result = WriteResult("unchanged", name)
        elif current is not None and recorded and recorded != _digest(current) and not self.overwrite_edited:
            result = WriteResult("kept", name)
        else:
            if not self.dry_run:
                write_atomically(path, text)
            result = WriteResult("written", name)
        if previous and previous != name and safe_name(previous):
            old = self.folder / previous
            old_bytes = _read(old)
            old_digest = self.ledger.digest_of(previous)
            if old_bytes is not None and old_digest and old_digest != _digest(old_bytes) and not self.overwrite_edited:
                result.kept_old = previous
            elif old_bytes is not None:
                if not self.dry_run:
                    old.unlink()
                result.removed = previous
        if result.outcome == "kept":
            self.ledger.record(url, name, recorded)
        else:
            self.ledger.record(url, name, _digest(data), source)
        return result

    def _allocate(self, post: dict[str, Any], url: str, previous: str) -> str:
        candidates = [name for name in self.format.candidates(post) if safe_name(name)]
        if previous in candidates:
            return previous
        for name in candidates:
            owner = self.ledger.owner_of(name)
            if owner:
                if owner == url:
                    return name
                continue
            path = self.folder / name
            if (path.exists() or path.is_symlink()) and not _written_for(path, url):
                continue  # someone else's file
            return name
        raise ExportError(f"{url}: every file name for it is taken in {self.folder}")


# ledgers


class Manifest:
    """``DEST/.newscrawler-export.json``: the files newscrawler wrote in a site, per format, with their hashes."""

    def __init__(self, dest: Path) -> None:
        self.path = dest / MANIFEST_NAME
        self.warnings: list[str] = []
        self.formats: dict[str, dict[str, dict[str, str]]] = {}
        self.settings: dict[str, Any] = {}  # the site's export settings, remembered for the next export
        self._saved = ""
        if self.path.exists():
            self._load()

    def _load(self) -> None:
        try:
            self._saved = self.path.read_text("utf-8")
            data = json.loads(self._saved)
            formats = data["formats"]
            if not isinstance(formats, dict):
                raise TypeError("formats is not an object")
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ExportError(
                f"{self.path}: unreadable manifest ({exc}); move it away to start afresh "
                "(files newscrawler wrote are recognised again by their source_url)"
            ) from None
        for format_name, files in formats.items():
            entries = self.formats.setdefault(str(format_name), {})
            for name, entry in (files or {}).items():
                if not safe_name(name) or not isinstance(entry, dict) or not isinstance(entry.get("url"), str):
                    self.warnings.append(f"{self.path}: ignored the entry {name!r}: not a post file newscrawler writes")
                    continue
                entries[name] = {
                    "url": entry["url"],
                    "sha256": str(entry.get("sha256") or ""),
                    "source": str(entry.get("source") or ""),
                }
        self.settings = remembered_settings(data)

    def ledger(self, format_name: str) -> ManifestLedger:
        return ManifestLedger(self.formats.setdefault(format_name, {}))

    def save(self) -> bool:
        """Write the manifest if it changed; returns whether it did."""
        data = {
            "generator": "newscrawler",
            "version": MANIFEST_VERSION,
            "settings": self.settings,
            "formats": {name: dict(sorted(files.items())) for name, files in sorted(self.formats.items()) if files},
        }
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"  # compact: C's encoder, not Python's
        if text == self._saved:
            return False
        write_atomically(self.path, text)
        self._saved = text
        return True


def remembered_settings(data: Any) -> dict[str, Any]:
    """The settings a manifest remembers; for a manifest older than them, the format of the files it lists."""
    if not isinstance(data, dict):
        return {}
    settings = data.get("settings")
    if isinstance(settings, dict):
        return dict(settings)
    formats = [name for name, files in (data.get("formats") or {}).items() if files]
    return {"format": formats[0]} if len(formats) == 1 else {}


def read_remembered_settings(dest: Path) -> dict[str, Any]:
    """What ``DEST``'s manifest remembers ({} when there is none; an unreadable one is reported by the export)."""
    try:
        return remembered_settings(json.loads((dest / MANIFEST_NAME).read_text("utf-8")))
    except (OSError, ValueError):
        return {}


class ManifestLedger:
    def __init__(self, files: dict[str, dict[str, str]]) -> None:
        self.files = files
        self.by_url = {entry["url"]: name for name, entry in files.items()}
        self.by_key = {name.casefold(): name for name in files}

    def path_of(self, url: str) -> str:
        return self.by_url.get(url, "")

    def owner_of(self, name: str) -> str:
        stored = self.by_key.get(name.casefold())
        return self.files[stored]["url"] if stored else ""

    def digest_of(self, name: str) -> str:
        stored = self.by_key.get(name.casefold())
        return self.files[stored]["sha256"] if stored else ""

    def source_of(self, name: str) -> str:
        stored = self.by_key.get(name.casefold())
        return self.files[stored].get("source", "") if stored else ""

    def record(self, url: str, name: str, digest: str, source: str = "") -> None:
        old = self.by_url.get(url)
        if old and old != name:
            self.files.pop(old, None)
            self.by_key.pop(old.casefold(), None)
        self.files[name] = {"url": url, "sha256": digest, "source": source}
        self.by_url[url] = name
        self.by_key[name.casefold()] = name


class ArchiveLedger:
    """The crawl's own ``archive/_posts``: each post's file name is kept in the archive's ``posts.file``."""

    def __init__(self, archive: Any) -> None:
        self.archive = archive

    def path_of(self, url: str) -> str:
        return str(self.archive.post_file(url))

    def owner_of(self, name: str) -> str:
        return str(self.archive.file_owner(name))

    def digest_of(self, name: str) -> str:
        return ""  # the crawl's folder is newscrawler's alone

    def source_of(self, name: str) -> str:
        return ""  # the crawl renders only new and changed posts anyway

    def record(self, url: str, name: str, digest: str, source: str = "") -> None:
        if self.archive.post_file(url) != name:
            self.archive.set_post_file(url, name)


# helpers


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None
    except IsADirectoryError:
        raise ExportError(f"{path}: a folder is in the way of a post file") from None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _written_for(path: Path, url: str) -> bool:
    """Whether the file at ``path`` is a post file newscrawler wrote for ``url`` (its ``source_url``)."""
    if path.is_symlink() or not path.is_file():
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(65536).decode("utf-8", "replace")
    except OSError:
        return False
    if not head.startswith("---\n"):
        return False
    try:
        matter = read_document(head).metadata
    except (yaml.YAMLError, ValueError):
        return False
    return bool(matter.get("source_url") == url)
