"""Dates as they appear on pages and feeds, to ISO 8601 with a UTC offset."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, tzinfo
from email.utils import parsedate_to_datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

import dateparser
from dateparser.languages.loader import default_loader
from dateutil import parser as dateutil_parser
from dateutil import tz

# Labels Korean sites put before a date ("입력 2024.05.09 15:20", "수정: ...").
_LABEL = re.compile(
    r"^\s*(?:기사\s*)?(?:입력|수정|등록|최종\s*수정|업데이트|승인|발행|게재|작성|송고|published|updated|posted)"
    r"\s*(?:일|시간|일시)?\s*[:：]?\s*",
    re.IGNORECASE,
)
_NUMERIC = re.compile(
    r"^((?:19|20)\d{2})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})\s*일?\.?"
    r"\s*(?:\(?\s*[월화수목금토일]\s*(?:요일)?\s*\)?)?"
    r"(?:\s*\(?\s*(오전|오후|AM|PM|am|pm)?\s*(\d{1,2})\s*[:시]\s*(\d{1,2})?\s*분?(?:\s*[:]\s*(\d{2})\s*초?)?\s*\)?)?"
    r"\s*$"
)
# A date with a two-digit year, as Korean sites write it in a byline ("24.05.09 15:20") and boards do
# ("24-05-09 15:20"): year first.
_SHORT_YEAR = re.compile(r"^(\d{2})([.-])(\d{1,2})\2(\d{1,2})\.?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?$")
_SHORT_YEAR_LANGUAGES = ("ko",)
# A clock written with "h" ("15h20", as French and Portuguese pages write it).
_CLOCK_H = re.compile(r"(?<=\d)h(?=\d{2}(?!\d))")
# North America's zones named without saying whether summer time is on ("3:20 PM ET"): the place's own time that
# day (dateparser takes them for standard time all year).
_GENERIC_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
_GENERIC_ZONE = re.compile(r"\s+(ET|CT|MT|PT)$")
# Allow a few minutes of clock skew before calling a date "in the future".
_FUTURE_SLACK = timedelta(minutes=15)


def parse_date(
    text: str | None,
    zone: tzinfo,
    language: str = "",
    now: datetime | None = None,
) -> datetime | None:
    """Parse a date the way pages and feeds write them; None when it is not one.

    A date without an offset is taken in ``zone`` (the source's time zone).
    A date in the future is refused: it is a page's mistake, not a publication time.
    """
    if not text:
        return None
    text = _CLOCK_H.sub(":", _LABEL.sub("", " ".join(text.split())))
    if not text:
        return None
    generic = _GENERIC_ZONE.search(text)
    if generic:
        text, zone = text[: generic.start()], ZoneInfo(_GENERIC_ZONES[generic[1]])
    now = now or datetime.now(UTC)
    parsed = (
        _parse_iso(text)
        or _parse_rfc822(text)
        or _parse_numeric(text)
        or _parse_short_year(text, language)
        or _parse_english(text, zone)
        or _parse_free(text, zone, language, now)
    )
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zone)
    if parsed > now + _FUTURE_SLACK:
        return None
    return parsed


# The languages whose month names a page's text is looked through for ("9. Mai 2024", "9 de mayo de 2024"): the
# press's languages that write the day before the month in words. English has its own pattern (visible.py).
_MONTH_LANGUAGES = (
    *("de", "fr", "es", "it", "pt", "nl", "pl", "cs", "sk", "sv", "nb", "nn", "da", "fi", "tr", "ru", "uk", "id"),
    *("ms", "ro", "hu", "hr", "sr", "sl", "bg", "el", "lt", "lv", "et", "ca", "vi", "is", "tl", "af", "sw"),
)
_MONTHS = (
    *("january", "february", "march", "april", "may", "june", "july", "august", "september", "october"),
    *("november", "december"),
)


@lru_cache(maxsize=1)
def month_names() -> tuple[str, ...]:
    """The names of the months (also their short and inflected forms: "Mai", "maja", "мая") in _MONTH_LANGUAGES,
    as dateparser knows them; longest first, for a pattern to take the whole word."""
    names: set[str] = set()
    for language in _MONTH_LANGUAGES:
        info = default_loader.get_locale(language).info
        for month in _MONTHS:
            names.update(name.casefold() for name in info.get(month, []) if len(name) >= 3 and name.isalpha())
    return tuple(sorted(names, key=lambda name: (-len(name), name)))


def iso(moment: datetime | None) -> str:
    return moment.isoformat(timespec="seconds") if moment else ""


def _parse_iso(text: str) -> datetime | None:
    candidate = text.replace("Z", "+00:00") if text.endswith("Z") else text
    try:
        return datetime.fromisoformat(candidate)
    except ValueError:
        return None


def _parse_numeric(text: str) -> datetime | None:
    """Year-first numeric dates as Korean (and many Asian) sites write them, with 오전/오후 or AM/PM."""
    match = _NUMERIC.match(text)
    if not match:
        return None
    year, month, day, half, hour, minute, second = match.groups()
    hour_value = int(hour or 0)
    if half in ("오후", "PM", "pm") and hour_value < 12:
        hour_value += 12
    elif half in ("오전", "AM", "am") and hour_value == 12:
        hour_value = 0
    try:
        return datetime(int(year), int(month), int(day), hour_value, int(minute or 0), int(second or 0))
    except ValueError:
        return None


def _parse_short_year(text: str, language: str) -> datetime | None:
    """ "24.05.09 15:20" on a Korean page: 2024-05-09; elsewhere the order of such a date is not known."""
    match = _SHORT_YEAR.match(text)
    if not match or not language.lower().startswith(_SHORT_YEAR_LANGUAGES):
        return None
    year, month, day, hour, minute, second = (int(match[group] or 0) for group in (1, 3, 4, 5, 6, 7))
    try:
        return datetime(2000 + year, month, day, hour, minute, second)
    except ValueError:
        return None


def _parse_rfc822(text: str) -> datetime | None:
    if not text[:1].isalpha() or "," not in text[:5]:
        return None
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


# A date written in English words ("November 19, 2019, 07:47 PM", "19 Nov 2019 07:09 GMT"): dateparser takes
# 1.5-3 ms for one, dateutil's parser ~0.1 ms. dateutil knows only English month names, fills in what the text
# lacks from a default day and reads a few zone names its own way, so it is asked only where the text names an
# English month and a four-digit year; its answer stands only where two defaults give the same day (the text
# gave year, month and day) and the zone, if any, is UTC or a number. Anything else goes to dateparser.
_ENGLISH_MONTHS = frozenset(
    {
        *("january", "february", "march", "april", "may", "june", "july", "august", "september", "october"),
        *("november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"),
    }
)
_WORD = re.compile(r"[a-z]+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_UTC_NAMES = frozenset({"UTC", "GMT", "UT", "Z"})
_NAMED_OFFSET = re.compile(r"\b(?:GMT|UTC)(?=[+-]\d)")  # "GMT+0300" is +03:00 (dateutil reads "GMT+3" as -03:00)
_SIGNED = re.compile(r"[+-]\d")
_CLOCK = re.compile(r"(?<![+\-\d])\d\d?:\d\d|\d\s*[ap]\.?m\b", re.I)  # not an offset's "-05:00"
_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


class _ZoneNotReadError(ValueError):
    """A zone dateutil would read otherwise than dateparser, or not at all."""


def _zone(name: str | None, offset: int | None) -> tzinfo | None:
    if name is None:
        return None if offset is None else tz.tzoffset(None, offset)
    if name.upper() in _UTC_NAMES and not offset:
        return UTC
    raise _ZoneNotReadError(name)


def _parse_english(text: str, zone: tzinfo) -> datetime | None:
    if not _YEAR.search(text) or _ENGLISH_MONTHS.isdisjoint(_WORD.findall(text.lower())):
        return None
    text = _NAMED_OFFSET.sub("", text)
    try:
        first, second = (dateutil_parser.parse(text, default=day, tzinfos=_zone) for day in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    if first != second or ((first.hour or first.minute) and not _CLOCK.search(text)):
        return None  # the text lacks the day, or a bare number was read as the hour ("May 12 2019 10")
    if first.tzinfo is None:
        return None if _SIGNED.search(text) else first  # "19 Nov 2019 -05:00": dateutil takes the offset for a time
    return first.astimezone(zone)


def _parse_free(text: str, zone: tzinfo, language: str, now: datetime) -> datetime | None:
    """dateparser's reading in the page's language, else in English. (Given both at once, dateparser reads a
    numeric date in the English order: "08.01.2014" on a German page as August 1st.)"""
    settings = {
        "TIMEZONE": str(zone),
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": now.astimezone(zone).replace(tzinfo=None),
    }
    for languages in _languages(language):
        if languages == _ENGLISH and _either_order(text):
            continue  # English pages write both orders ("08/01/2014": August 1st in the US, January 8th in the UK)
        try:
            parsed = dateparser.parse(text, languages=list(languages), settings=settings)
        except (ValueError, OverflowError, TypeError):
            continue  # a language dateparser does not know, or a date it cannot hold
        year = _YEAR.search(text)
        if parsed is not None and (year is None or parsed.year == int(year.group())):
            return parsed  # (dateparser may give today for words it half reads: "09/05/2024 às 15:20" in Portuguese)
    return None


_ENGLISH = ("en",)
_LANGUAGE_ALIASES = {"no": "nb"}  # a page's "no" (Norwegian) is Bokmål to dateparser
_NUMERIC_DAY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](?:19|20)?\d\d(?!\d)")


def _either_order(text: str) -> bool:
    """A numeric date whose first two numbers could each be the day or the month ("08/01/2014", not "13/01/2014")."""
    match = _NUMERIC_DAY.match(text)
    return match is not None and match[1] != match[2] and max(int(match[1]), int(match[2])) <= 12


@lru_cache(maxsize=64)
def _languages(language: str) -> tuple[tuple[str], ...]:
    primary = language.split("-")[0].lower()
    primary = _LANGUAGE_ALIASES.get(primary, primary)
    return ((primary,), _ENGLISH) if primary and primary != "en" else (_ENGLISH,)
