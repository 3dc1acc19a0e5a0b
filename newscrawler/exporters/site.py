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

import functools
import hashlib
import json
import re
import shutil
import time
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from typing import Any, Protocol

import yaml

from newscrawler.errors import BadInputError, NewscrawlerError
from newscrawler.exporters.base import BODY_FORMATS, SiteFormat, SiteProfile, safe_name, write_atomically
from newscrawler.exporters.hugo import HugoFormat
from newscrawler.exporters.jekyll import JekyllFormat

FORMATS: dict[str, SiteFormat] = {"jekyll": JekyllFormat(), "hugo": HugoFormat()}
MANIFEST_NAME = ".newscrawler-export.json"
CONFIG_NAME = "_newscrawler.toml"
MANIFEST_VERSION = 1
_CONFIG_KEYS = {"format", "body", "layout", "feature_heading", "default_image", "front_matter"}
_FRONT_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_SOURCE_URL = re.compile(r"^source_url:(.*)$", re.MULTILINE)


class ExportError(NewscrawlerError):
    """The export cannot run; the message says why."""


class ConfigError(ExportError, BadInputError):
    """A site configuration (``_newscrawler.toml`` or options) that cannot be used."""


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

    def ledger(self, format_name: str) -> ManifestLedger:
        return ManifestLedger(self.formats.setdefault(format_name, {}))

    def save(self) -> bool:
        """Write the manifest if it changed; returns whether it did."""
        data = {
            "generator": "newscrawler",
            "version": MANIFEST_VERSION,
            "formats": {name: dict(sorted(files.items())) for name, files in sorted(self.formats.items()) if files},
        }
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n"  # compact: C's encoder, not Python's
        if text == self._saved:
            return False
        write_atomically(self.path, text)
        self._saved = text
        return True


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


# a whole export


@dataclass
class Selection:
    sources: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    query: str | None = None


@dataclass
class ExportReport:
    format: str
    dest: Path
    dry_run: bool = False
    posts: int = 0
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    manifest_written: bool = False
    seconds: float = 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "format": self.format,
            "dest": str(self.dest),
            "dry_run": self.dry_run,
            "posts": self.posts,
            "written": self.written,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "kept": self.kept,
            "warnings": self.warnings,
            "failed": self.failed,
            "seconds": round(self.seconds, 3),
        }


def export_site(
    archive: Any,
    dest: Path,
    format_name: str,
    profile: SiteProfile,
    selection: Selection | None = None,
    *,
    overwrite_edited: bool = False,
    dry_run: bool = False,
    progress: Callable[[int], None] | None = None,
) -> ExportReport:
    """Write the selected posts of ``archive`` into the site at ``dest``; see the module's rules."""
    started = time.perf_counter()
    selection = selection or Selection()
    site_format = _format(format_name)
    if dest.exists() and not dest.is_dir():
        raise ExportError(f"{dest}: not a folder")
    manifest = Manifest(dest)
    report = ExportReport(site_format.name, dest, dry_run, warnings=list(manifest.warnings))
    writer = PostWriter(
        dest / site_format.posts_dir,
        site_format,
        profile,
        manifest.ledger(site_format.name),
        overwrite_edited=overwrite_edited,
        dry_run=dry_run,
    )
    posts_dir = site_format.posts_dir
    try:
        for post in _select(archive, selection):
            report.posts += 1
            try:
                result = writer.write(post)
            except ValueError as exc:  # front matter YAML cannot hold unchanged: refused, never written wrong
                report.failed.append(f"{post.get('url')}: not written: {exc}")
                if progress:
                    progress(1)
                continue
            if result.outcome == "written":
                report.written.append(f"{posts_dir}/{result.name}")
            elif result.outcome == "unchanged":
                report.unchanged += 1
            else:
                report.kept.append(f"{posts_dir}/{result.name}")
            if result.removed:
                report.removed.append(f"{posts_dir}/{result.removed}")
            if result.kept_old:
                report.kept.append(f"{posts_dir}/{result.kept_old}")
            if progress:
                progress(1)
    except OSError as exc:
        raise ExportError(f"{dest}: cannot write: {exc}") from None
    finally:
        # also after an interruption: what was written is recorded, so nothing is orphaned
        if not dry_run and (report.posts or manifest.path.exists()):
            report.manifest_written = manifest.save()
    report.seconds = time.perf_counter() - started
    return report


def count_selected(archive: Any, selection: Selection) -> int:
    return int(archive.count_selected(**_selection_args(selection)))


def _select(archive: Any, selection: Selection) -> Iterable[dict[str, Any]]:
    posts: Iterable[dict[str, Any]] = archive.select_posts(**_selection_args(selection))
    return posts


def _selection_args(selection: Selection) -> dict[str, Any]:
    return {
        "sources": selection.sources,
        "categories": selection.categories,
        "since": selection.since,
        "until": selection.until,
        "query": selection.query,
    }


def _format(name: str) -> SiteFormat:
    try:
        return FORMATS[name]
    except KeyError:
        raise ConfigError(f"unknown format {name!r} (use {' or '.join(FORMATS)})") from None


# site configuration


def load_site_config(path: Path) -> dict[str, Any]:
    """Read a ``_newscrawler.toml``: the export's settings for one site. Unknown keys are errors."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    unknown = sorted(set(data) - _CONFIG_KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown key {unknown[0]!r} (known: {', '.join(sorted(_CONFIG_KEYS))})")
    for key in ("format", "body", "layout", "feature_heading", "default_image"):
        if key in data and not isinstance(data[key], str):
            raise ConfigError(f"{path}: key {key!r} must be a string")
    if "front_matter" in data and not isinstance(data["front_matter"], dict):
        raise ConfigError(f"{path}: [front_matter] must be a table of keys and values")
    return data


def make_profile(format_name: str, settings: dict[str, Any]) -> SiteProfile:
    """A checked profile: the body format is known, extra front-matter keys neither clash nor break YAML."""
    site_format = _format(format_name)
    body = settings.get("body", "html")
    if body not in BODY_FORMATS:
        raise ConfigError(f"body must be {' or '.join(BODY_FORMATS)}, not {body!r}")
    extra = dict(settings.get("front_matter") or {})
    for key, value in extra.items():
        if not _FRONT_KEY.fullmatch(key):
            raise ConfigError(f"front matter key {key!r}: use letters, digits, '_' and '-'")
        if key in site_format.reserved_keys:
            raise ConfigError(
                f"front matter key {key!r} is written by newscrawler for {format_name}; "
                "set it with its own option (layout, default_image, feature_heading) or choose another key"
            )
        try:
            back = yaml.safe_load(yaml.safe_dump({key: value}, allow_unicode=True))
        except yaml.YAMLError as exc:
            raise ConfigError(f"front matter key {key!r}: cannot be written as YAML: {exc}") from None
        if back != {key: value}:
            raise ConfigError(f"front matter key {key!r}: its value does not survive YAML ({value!r})")
    return SiteProfile(
        feature_heading=settings.get("feature_heading", SiteProfile.feature_heading),
        default_image=settings.get("default_image", SiteProfile.default_image),
        layout=settings.get("layout", ""),
        body=body,
        front_matter=extra,
    )


def parse_front_matter_option(option: str) -> tuple[str, Any]:
    """``KEY=VALUE`` from the command line; the value is read as a YAML scalar (``true``, ``3``, ``text``)."""
    key, sep, value = option.partition("=")
    if not sep or not key.strip():
        raise ConfigError(f"{option!r} is not KEY=VALUE")
    try:
        parsed = yaml.safe_load(value) if value.strip() else ""
    except yaml.YAMLError:
        parsed = value
    if isinstance(parsed, (dict, list)) or parsed is None:
        parsed = value
    return key.strip(), parsed


# a starter site


def init_site(dest: Path, format_name: str) -> list[str]:
    """Copy the starter site for ``format_name`` into ``dest`` file by file, never replacing one; returns the added."""
    site_format = _format(format_name)
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

    copy(starter, Path())
    return sorted(added)


# helpers


def rendering_fingerprint(post: dict[str, Any], format_name: str, profile: SiteProfile) -> str:
    """What a post file is made from: the post, the format, the site's profile and the rendering code itself."""
    digest = hashlib.sha256(f"{_code_fingerprint()}\0{format_name}\0{profile!r}".encode())
    for key in sorted(post):
        value = post[key]
        digest.update(f"\0{key}\0".encode())
        digest.update((value if isinstance(value, str) else repr(value)).encode())
    return digest.hexdigest()


@functools.cache
def _code_fingerprint() -> str:
    """A hash of the exporters' source and the libraries they render with: new code renders afresh."""
    libraries = " ".join(_version(name) for name in ("PyYAML", "markdownify", "python-slugify"))
    digest = hashlib.sha256(libraries.encode())
    folder = Path(__file__).parent
    for module in ("base.py", "jekyll.py", "hugo.py", "markdown.py"):
        digest.update((folder / module).read_bytes())
    return digest.hexdigest()


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return ""


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
    matter = head[4 : head.find("\n---", 4)]
    match = _SOURCE_URL.search(matter)
    if not match:
        return False
    try:
        return bool(yaml.safe_load(match.group(1)) == url)
    except yaml.YAMLError:
        return False
