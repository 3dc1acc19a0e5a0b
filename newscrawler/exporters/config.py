"""A site's export settings: ``_newscrawler.toml``, options, and the checked :class:`SiteProfile` made of them."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

from newscrawler.exporters.base import BODY_FORMATS, ConfigError, SiteFormat, SiteProfile, web_url
from newscrawler.exporters.defaults import CONFIG_NAME, FORMAT_NAMES
from newscrawler.exporters.hugo import HugoFormat
from newscrawler.exporters.jekyll import JekyllFormat
from newscrawler.exporters.writer import MANIFEST_NAME, read_remembered_settings
from newscrawler.sources import Source, load_sources

FORMATS: dict[str, SiteFormat] = {"jekyll": JekyllFormat(), "hugo": HugoFormat()}
assert sorted(FORMATS) == sorted(FORMAT_NAMES)
_CONFIG_KEYS = {
    *("format", "body", "layout", "feature_heading", "default_image", "feature_image", "front_matter"),
    *("lang", "timezone"),  # the starter site's (--init)
}
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")
_FRONT_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")


def get_format(name: str) -> SiteFormat:
    try:
        return FORMATS[name]
    except KeyError:
        raise ConfigError(f"unknown format {name!r} (use {' or '.join(FORMATS)})") from None


def site_settings(
    dest: Path,
    config_file: Path | None,
    options: dict[str, Any],
    environment: dict[str, Any],
    front_matter: dict[str, Any],
) -> dict[str, Any]:
    """A site's export settings, later ones winning: the environment, what the site's manifest remembers from
    the last export, ``_newscrawler.toml`` (or ``config_file``), command-line ``options``, then ``front_matter``
    keys added to the site's. A format other than the site's is refused: a site is one generator's."""
    config = config_file or (dest / CONFIG_NAME)
    from_file = load_site_config(config) if config_file or config.exists() else {}
    remembered = checked_settings(read_remembered_settings(dest), dest / MANIFEST_NAME)
    settings: dict[str, Any] = {}
    for layer in (environment, remembered, from_file, options):
        settings.update({key: value for key, value in layer.items() if value is not None})
    extra = dict(settings.get("front_matter") or {})
    extra.update(front_matter)
    if extra:
        settings["front_matter"] = extra
    known = remembered.get("format") or site_generator(dest)
    asked = options.get("format") or from_file.get("format")
    if known and asked and asked != known:
        how = "remembered in its .newscrawler-export.json" if remembered.get("format") else "by its files"
        raise ConfigError(f"{dest} is a {known} site ({how}): export it with --format {known}, or into another folder")
    settings["format"] = asked or known or "jekyll"
    return settings


def sources_of(path: Path, required: bool) -> dict[str, Source]:
    """The sources file's sources by name ({} when it is not there and was not asked for)."""
    if not required and not path.exists():
        return {}
    return {source.name: source for source in load_sources(path)}


def source_headings(sources: dict[str, Source]) -> dict[str, str]:
    """Each source's own banner heading (sources.toml's ``feature_heading``), where it has one."""
    return {name: source.feature_heading for name, source in sources.items() if source.feature_heading}


def site_generator(dest: Path) -> str:
    """``jekyll`` or ``hugo`` when ``dest``'s own files say which generator builds it, else ""."""
    jekyll = any((dest / name).is_file() for name in ("_config.yml", "_config.yaml", "_config.toml"))
    hugo = any((dest / f"hugo.{ext}").is_file() for ext in ("toml", "yaml", "json")) or (
        any((dest / f"config.{ext}").is_file() for ext in ("toml", "yaml", "json"))
        and any((dest / folder).is_dir() for folder in ("content", "layouts", "themes", "archetypes"))
    )
    return "jekyll" if jekyll and not hugo else "hugo" if hugo and not jekyll else ""


def remembered(format_name: str, profile: SiteProfile) -> dict[str, Any]:
    """The settings a site's manifest keeps for its next export; the unset ones ("", false, none) are left out,
    so that the environment (``NEWSCRAWLER_FEATURE_HEADING``) still counts where the site never chose."""
    settings = {
        "format": format_name,
        "body": profile.body,
        "layout": profile.layout,
        "feature_heading": profile.feature_heading,
        "default_image": profile.default_image,
        "feature_image": profile.feature_image,
        "front_matter": dict(profile.front_matter),
    }
    return {key: value for key, value in settings.items() if value not in ("", False, {})}


def load_site_config(path: Path) -> dict[str, Any]:
    """Read a ``_newscrawler.toml``: the export's settings for one site. Unknown keys are errors."""
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    return checked_settings(data, path)


def checked_settings(data: dict[str, Any], path: Path) -> dict[str, Any]:
    """``data`` if every key is known and every value of the right kind; else a ConfigError naming ``path``."""
    unknown = sorted(set(data) - _CONFIG_KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown key {unknown[0]!r} (known: {', '.join(sorted(_CONFIG_KEYS))})")
    for key in ("format", "body", "layout", "feature_heading", "default_image", "lang", "timezone"):
        if key in data and not isinstance(data[key], str):
            raise ConfigError(f"{path}: key {key!r} must be a string")
    if "lang" in data and not _LANGUAGE.fullmatch(data["lang"]):
        raise ConfigError(f"{path}: key 'lang': {data['lang']!r} is not a language code such as 'ko' or 'en-US'")
    if "timezone" in data:
        try:
            ZoneInfo(data["timezone"])
        except (ZoneInfoNotFoundError, ValueError):
            raise ConfigError(f"{path}: key 'timezone': unknown time zone {data['timezone']!r}") from None
    if "feature_image" in data and not isinstance(data["feature_image"], bool):
        raise ConfigError(f"{path}: key 'feature_image' must be true or false")
    if "front_matter" in data and not isinstance(data["front_matter"], dict):
        raise ConfigError(f"{path}: [front_matter] must be a table of keys and values")
    return data


def make_profile(
    format_name: str, settings: dict[str, Any], source_headings: dict[str, str] | None = None
) -> SiteProfile:
    """A checked profile: the body format is known, extra front-matter keys neither clash nor break YAML."""
    site_format = get_format(format_name)
    body = settings.get("body", "html")
    if body not in BODY_FORMATS:
        raise ConfigError(f"body must be {' or '.join(BODY_FORMATS)}, not {body!r}")
    default_image = settings.get("default_image", SiteProfile.default_image)
    if not web_url(default_image):
        raise ConfigError(f"default image {default_image!r}: use a site path (/assets/img/x.png) or an http(s) URL")
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
        feature_heading=settings.get("feature_heading", ""),
        default_image=default_image,
        layout=settings.get("layout", ""),
        body=body,
        front_matter=extra,
        feature_image=bool(settings.get("feature_image", False)),
        source_headings=dict(source_headings or {}),
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
