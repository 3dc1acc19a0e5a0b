"""Reads and validates the sources file (``sources.toml``).

A broken file is refused as a whole, before any request, with one line per
problem naming the source and the key.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from newscrawler.errors import BadInputError
from newscrawler.runs.health import DEFAULT_THRESHOLDS, FlagThresholds
from newscrawler.util.durations import parse_duration
from newscrawler.util.selectors import compiled

ROBOTS = "robots"


class SourcesError(BadInputError):
    """The sources file cannot be used; the message says where and why."""


def _check_http_url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{value!r} is not an http(s) URL")
    return value


HttpUrl = Annotated[str, Field(min_length=1)]


class Selectors(BaseModel):
    """Per-site CSS (or XPath, when it starts with ``/`` or ``(``) overrides."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    title: str | None = None
    body: str | None = None
    category: str | None = None
    published: str | None = None
    author: str | None = None
    drop: list[str] = Field(default_factory=list)

    @field_validator("title", "body", "category", "published", "author")
    @classmethod
    def _selector(cls, value: str | None) -> str | None:
        if value is not None:
            compiled(value)
        return value

    @field_validator("drop")
    @classmethod
    def _selectors(cls, values: list[str]) -> list[str]:
        for value in values:
            compiled(value)
        return values


class Source(BaseModel):
    """One configured news source."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=r"^[^\s,/]+$", description="unique; no spaces, commas or slashes")
    feeds: list[HttpUrl] = Field(default_factory=list)
    sitemaps: list[HttpUrl] = Field(default_factory=list)
    start_urls: list[HttpUrl] = Field(default_factory=list)
    follow: list[str] = Field(default_factory=list)
    paginate: list[str] = Field(default_factory=list)
    language: str = ""
    timezone: str = "UTC"
    category: str = ""
    # the first line of an exported Jekyll post's banner (feature_text); "" for the default of the post's language
    feature_heading: str = ""
    category_map: dict[str, str] = Field(default_factory=dict)
    selectors: Selectors = Field(default_factory=Selectors)
    # politeness, applied per domain (Scrapy's DOWNLOAD_SLOTS); unset keys keep the global settings
    concurrency: int | None = Field(default=None, ge=1, le=64)
    delay: float | None = Field(default=None, ge=0, le=3600)
    autothrottle: bool = True
    # incremental runs: a known article is fetched again (conditionally) once its last check is this old
    recheck_after: str | None = None
    # what the archive keeps beside each post: its page as fetched (WARC) and its images (see docs/archive-files.md)
    keep_pages: bool = True
    keep_images: bool = True
    # when a run of this source counts as evidence that it broke (newscrawler/runs/health.py)
    flag_min_pages: int = Field(default=DEFAULT_THRESHOLDS.min_pages, ge=1)
    flag_lost_share: float = Field(default=DEFAULT_THRESHOLDS.lost_share, gt=0, le=1)
    flag_lost_rise: float = Field(default=DEFAULT_THRESHOLDS.lost_rise, ge=0, le=1)

    @field_validator("recheck_after")
    @classmethod
    def _duration(cls, value: str | None) -> str | None:
        if value is not None:
            parse_duration(value)
        return value

    @field_validator("feeds", "start_urls")
    @classmethod
    def _urls(cls, values: list[str]) -> list[str]:
        return [_check_http_url(v) for v in values]

    @field_validator("sitemaps")
    @classmethod
    def _sitemaps(cls, values: list[str]) -> list[str]:
        return [v if v == ROBOTS else _check_http_url(v) for v in values]

    @field_validator("follow", "paginate")
    @classmethod
    def _regexes(cls, values: list[str]) -> list[str]:
        for pattern in values:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{pattern!r} is not a valid regular expression: {exc}") from None
        return values

    @field_validator("timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {value!r} (use an IANA name such as 'Asia/Seoul')") from None
        return value

    @field_validator("language")
    @classmethod
    def _language(cls, value: str) -> str:
        if value and not re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", value):
            raise ValueError(f"{value!r} is not a BCP 47 language code such as 'ko' or 'en-US'")
        return value

    @model_validator(mode="after")
    def _has_a_way_in(self) -> Source:
        if not (self.feeds or self.sitemaps or self.start_urls):
            raise ValueError("needs at least one of 'feeds', 'sitemaps' or 'start_urls'")
        if self.start_urls and not self.follow:
            raise ValueError("'start_urls' needs 'follow': regexes of the article links to follow")
        return self

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def configured_urls(self) -> list[str]:
        """Every URL the sources file gives this source: feeds, start pages, sitemaps (``robots`` is no URL)."""
        return [*self.feeds, *self.start_urls, *(s for s in self.sitemaps if s != ROBOTS)]

    def site_roots(self) -> list[str]:
        """scheme://host of every configured URL, for robots.txt discovery."""
        return list(dict.fromkeys(f"{p.scheme}://{p.netloc}" for p in map(urlsplit, self.configured_urls())))

    def hosts(self) -> list[str]:
        """The host name of every configured URL, once each: its politeness slots, where its redirects may go."""
        return list(dict.fromkeys(host for url in self.configured_urls() if (host := urlsplit(url).hostname)))

    @property
    def flag_thresholds(self) -> FlagThresholds:
        return FlagThresholds(self.flag_min_pages, self.flag_lost_share, self.flag_lost_rise)

    def map_category(self, raw: str) -> str:
        return self.category_map.get(raw, raw)


class _SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sources: list[Source] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_names(self) -> _SourcesFile:
        seen: set[str] = set()
        for source in self.sources:
            if source.name in seen:
                raise ValueError(f"source name {source.name!r} is used twice")
            seen.add(source.name)
        return self


DEFAULT_SOURCES_FILE = "sources.toml"  # NEWSCRAWLER_SOURCES, --sources


def parse_sources(data: dict[str, Any], origin: str = DEFAULT_SOURCES_FILE) -> list[Source]:
    """Validate already-parsed TOML data."""
    try:
        return _SourcesFile.model_validate(data).sources
    except ValidationError as exc:
        raise SourcesError("\n".join(_describe(error, data, origin) for error in exc.errors())) from None


def load_sources(path: str | Path) -> list[Source]:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SourcesError(f"{path}: no such sources file (see the README, 'Crawling your own sources')") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SourcesError(f"{path}: cannot read: {exc}") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise SourcesError(f"{path}: not valid TOML: {exc}") from None
    return parse_sources(data, str(path))


def select_sources(sources: list[Source], names: Sequence[str]) -> list[Source]:
    """The named sources in the file's order, all of them when no name is given."""
    if not names:
        return list(sources)
    known = {s.name for s in sources}
    unknown = [n for n in names if n not in known]
    if unknown:
        raise SourcesError(f"unknown source {', '.join(map(repr, unknown))}; configured: {', '.join(sorted(known))}")
    wanted = set(names)
    return [s for s in sources if s.name in wanted]


def _describe(error: Any, data: dict[str, Any], origin: str) -> str:
    loc = list(error["loc"])
    message = error["msg"].removeprefix("Value error, ")
    if not loc or loc[0] != "sources":
        key = ".".join(map(str, loc)) or "(top level)"
        hint = " (the file holds [[sources]] tables)" if error["type"] == "extra_forbidden" else ""
        return f"{origin}: key {key!r}: {message}{hint}"
    if len(loc) == 1:
        return f"{origin}: 'sources': {message}"
    index = loc[1]
    raw = data.get("sources", [])
    name = raw[index].get("name") if isinstance(raw, list) and isinstance(raw[index], dict) else None
    who = f"source {name!r} (#{index + 1})" if isinstance(name, str) else f"source #{index + 1}"
    key = ".".join(str(part) for part in loc[2:] if not isinstance(part, int))
    if error["type"] == "extra_forbidden":
        message = "unknown key"
    elif error["type"] == "missing":
        message = "is required"
    return f"{origin}: {who}: key {key!r}: {message}" if key else f"{origin}: {who}: {message}"
