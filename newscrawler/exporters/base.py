"""What every static-site format shares: the site profile, text made safe, safe slugs and file writes.

The formats (``jekyll.py``, ``hugo.py``) decide which keys a post file has and
where it goes; ``document.py`` writes the front matter; ``writer.py`` decides which files to write,
keep or remove.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from slugify import slugify

from newscrawler.errors import BadInputError, NewscrawlerError
from newscrawler.exporters.defaults import BODY_FORMATS, DEFAULT_IMAGE, FEATURE_HEADING_OTHER, FEATURE_HEADINGS
from newscrawler.text.cjk import CJK_CLASS

SLUG_MAX_LENGTH = 80
# A file name must fit NAME_MAX (255 bytes) with the date, a collision suffix and
# the temporary name write_atomically uses beside it; Korean letters take 3 bytes.
SLUG_MAX_BYTES = 150
# Names Windows refuses for a file whatever its extension, and names Hugo gives a meaning.
RESERVED_SLUGS = frozenset(
    {"con", "prn", "aux", "nul", "index", "_index"}
    | {f"{port}{n}" for port in ("com", "lpt") for n in range(10)}
    | {f"{port}{n}" for port in ("com", "lpt") for n in "¹²³"}
)
_CJK = re.compile(f"[{CJK_CLASS}]")
_HANGUL = re.compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_CONTROL = re.compile("[\x00-\x1f]")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_MARKDOWN_PUNCTUATION = re.compile(r"([\\`*_{}\[\]|$~])")
_MARKDOWN_LINE_START = re.compile(r"^(\s*\d*)([#>:=+.)-])", re.MULTILINE)
TEMP_PREFIX, TEMP_SUFFIX = ".nc-", ".tmp"  # write_atomically's temporary files
_LIQUID = re.compile(r"\{[{%]")
_HUGO_SHORTCODE = re.compile(r"\{\{(?=[<%])")


@dataclass(frozen=True)
class SiteProfile:
    """What a site wants in its post files beyond the post itself (``_newscrawler.toml`` or options)."""

    feature_heading: str = ""  # the site's own, for every post; "" for the post's source's, else its language's
    default_image: str = DEFAULT_IMAGE
    layout: str = ""
    body: str = "html"
    front_matter: dict[str, Any] = field(default_factory=dict)
    # Jekyll: also write ``feature_image`` (Alembic draws it behind the banner; the example post has none)
    feature_image: bool = False
    # sources.toml's feature_heading per source name
    source_headings: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.body not in BODY_FORMATS:
            raise ValueError(f"body must be one of {', '.join(BODY_FORMATS)}, not {self.body!r}")


DEFAULT_PROFILE = SiteProfile()


class SiteFormat(Protocol):
    """A static site generator's post files: where they go and what they hold."""

    name: str
    posts_dir: str
    static_dir: str  # where a site path such as /assets/img/x.png lives in the site's folder
    reserved_keys: frozenset[str]

    def candidates(self, post: dict[str, Any]) -> list[str]:
        """File names for ``post`` in order of preference; later ones only when earlier ones are taken."""
        ...

    def render(self, post: dict[str, Any], profile: SiteProfile) -> str:
        """The whole file: front matter and body."""
        ...


# text that a site renders as HTML or Markdown


def html_text(text: str) -> str:
    """Plain text made safe where a theme prints it as HTML (Jekyll themes print ``excerpt`` unescaped).

    Only ``<`` and entity-like ``&`` change, so the text reads the same on the page.
    """
    return _ENTITY.sub("&amp;", text).replace("<", "&lt;")


def markdown_text(text: str) -> str:
    """Plain text as Markdown (kramdown or CommonMark) that renders as exactly that text and nothing else.

    Escapes what would become markup: emphasis, links, code, tables, kramdown's
    ``{: attribute lists}`` and ``$$`` maths, Liquid and Hugo ``{{``, HTML.
    """
    text = _ENTITY.sub("&amp;", text).replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKDOWN_PUNCTUATION.sub(r"\\\1", text)
    return _MARKDOWN_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def needs_raw_liquid(text: str) -> bool:
    """Whether ``text`` holds ``{{`` or ``{%``, which Jekyll's Liquid would try to run."""
    return bool(_LIQUID.search(text))


def break_hugo_shortcodes(text: str) -> str:
    """``{{<`` and ``{{%`` written so that Hugo sees no shortcode and a browser shows the same braces."""
    return _HUGO_SHORTCODE.sub("{&#123;", text)


def profile_body(post: dict[str, Any], profile: SiteProfile) -> str:
    """The post's body as the profile wants it in the file: sanitised HTML, or Markdown made from it."""
    body = post.get("body_html") or ""
    if profile.body == "markdown":
        from newscrawler.exporters.markdown import html_to_markdown  # markdownify and bs4: only when asked

        body = html_to_markdown(body).rstrip("\n")
    return body


def has_cjk(*texts: str) -> bool:
    return any(_CJK.search(text or "") for text in texts)


def web_url(value: str) -> bool:
    """An http(s) URL or a site path (``/assets/x.png``): safe in ``src`` and ``href``."""
    value = value.strip()
    if not value or any(c in value for c in "\"'<>\\ \t\r\n\x00"):
        return False
    if value.startswith("/") and not value.startswith("//"):
        return True
    parts = urlsplit(value)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def lead_image(post: dict[str, Any], profile: SiteProfile) -> str:
    image = post.get("image") or ""
    return image if web_url(image) else profile.default_image


def banner_heading(post: dict[str, Any], profile: SiteProfile) -> str:
    """The first line of the banner: the site's heading, else the post's source's, else its language's."""
    if profile.feature_heading:
        return profile.feature_heading
    own = profile.source_headings.get(post.get("source") or "")
    if own:
        return own
    language = (post.get("language") or "").split("-")[0].lower()
    if language in ("", "und"):
        language = "ko" if _HANGUL.search(f"{post.get('title') or ''} {post.get('excerpt') or ''}") else ""
    return FEATURE_HEADINGS.get(language, FEATURE_HEADING_OTHER)


def site_files_used(post: dict[str, Any], profile: SiteProfile) -> list[str]:
    """The site's own files (root-relative paths such as ``/assets/img/newspaper.png``) a post's file refers to."""
    image = lead_image(post, profile)
    return [image] if image.startswith("/") and not image.startswith("//") else []


def site_file(site_format: SiteFormat, site_path: str) -> str:
    """Where the site path ``/assets/x.png`` lives in a site's folder (``static/assets/x.png`` for Hugo);
    "" for a path that would leave it."""
    parts = [part for part in site_path.split("?")[0].split("#")[0].split("/") if part]
    if not parts or any(part in (".", "..") for part in parts):
        return ""
    return "/".join([site_format.static_dir, *parts] if site_format.static_dir else parts)


# categories and tags


def one_segment(label: str) -> str:
    """A category or tag that stays one URL segment: ``IT/과학`` → ``IT／과학`` (a full-width solidus, which
    reads the same), where Jekyll and Hugo would make ``/it/과학/`` of it; ``.`` and ``..`` parts are dropped."""
    return "\uff0f".join(part for part in label.split("/") if part.strip() not in ("", ".", ".."))


def unique_terms(labels: list[str]) -> list[str]:
    """Each term once, however it is capitalised (``Energy``, ``energy``): the first spelling is kept."""
    seen: set[str] = set()
    kept = []
    for label in labels:
        key = label.casefold()
        if label and key not in seen:
            seen.add(key)
            kept.append(label)
    return kept


# file names


def slug(title: str, url: str) -> str:
    """A file-name-safe slug that keeps Korean letters; the URL's hash where the title gives none."""
    length = SLUG_MAX_LENGTH
    text = slugify(title or "", allow_unicode=True, max_length=length, word_boundary=True)
    while len(text.encode()) > SLUG_MAX_BYTES:
        length -= 4
        text = slugify(title or "", allow_unicode=True, max_length=length, word_boundary=True)
    text = text.strip("-_.")
    if not text:
        return url_digest(url, 8)
    if unicodedata.normalize("NFKC", text).casefold() in RESERVED_SLUGS:
        return f"{text}-{url_digest(url, 8)}"
    return text


def url_digest(url: str, length: int) -> str:
    return hashlib.sha256((url or "").encode()).hexdigest()[:length]


def post_day(post: dict[str, Any]) -> str:
    """The post's day (``YYYY-MM-DD``) in its own time zone, for Jekyll file names."""
    for key in ("published", "crawled_at"):
        value = post.get(key) or ""
        if _DAY.fullmatch(value[:10]):
            return value[:10]
    return "1970-01-01"


def with_suffixes(stem: str, url: str, extension: str = ".md") -> list[str]:
    """``stem.md``, then ``stem-<hash>.md`` with ever longer hashes of the URL: unique names for a collision."""
    return [f"{stem}{extension}"] + [f"{stem}-{url_digest(url, n)}{extension}" for n in (8, 16, 64)]


def safe_name(name: str) -> bool:
    """One plain file name: no folders, no parent, no hidden file, no control characters."""
    return (
        bool(name)
        and name == name.strip()
        and not name.startswith((".", "_"))
        and "/" not in name
        and "\\" not in name
        and not _CONTROL.search(name)
        and len(name.encode()) <= 255
    )


# writing


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` so that a reader (or a crash) never sees half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX)
    try:
        # mkstemp makes the file private; a site's files are read by its builder and web server
        os.fchmod(fd, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        Path(temp).replace(path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


# errors


class ExportError(NewscrawlerError):
    """The export cannot run; the message says why."""


class ConfigError(ExportError, BadInputError):
    """A site configuration (``_newscrawler.toml`` or options) that cannot be used."""


def os_reason(exc: OSError) -> str:
    """``Not a directory (afile/sub)``: an OSError as a person reads it."""
    reason = exc.strerror or str(exc)
    return f"{reason} ({exc.filename})" if exc.filename else reason
