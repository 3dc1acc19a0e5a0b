"""Filters on a post's source, category and publication date, as SQL conditions; what a person may type for them.

Dates: ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` (also with ``.`` or ``/``: 2024.05.09) compare with the post's
own day, in its own time zone: ``--since 2024-05`` is from 1 May on, ``--until 2024-05`` to 31 May
included. A time (``2024-05-09T15:00``, ``2024-05-09 15:00+09:00``; UTC where no zone is given) compares
with the post's moment. A source or category the archive has no post of is refused with the closest
names it has.
"""

from __future__ import annotations

import difflib
import re
import sqlite3
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from newscrawler.errors import BadInputError

__all__ = ["FilterError", "check_date", "check_names", "conditions"]

DATE_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD or a time such as 2024-05-09T15:00+09:00"
_DAY_PART = re.compile(r"(\d{4})(?:[-./](\d{1,2}))?(?:[-./](\d{1,2}))?\.?")


class FilterError(BadInputError):
    """A filter value that means nothing (a date), or names nothing in the archive (a source, a category)."""


def check_date(value: str, option: str = "date") -> str:
    """``value`` as the filters read it (a day ``YYYY-MM-DD``, a month ``YYYY-MM``, a year ``YYYY`` or an ISO
    8601 time); a FilterError naming ``option`` if it is none of them."""
    return _bound(value, option)[0]


def _bound(value: str, option: str) -> tuple[str, str]:
    """(normalised value, kind: "year", "month", "day" or "time")."""
    text = value.strip()
    day = _DAY_PART.fullmatch(text)
    try:
        if day:
            year, month, dom = day.group(1), day.group(2), day.group(3)
            date(int(year), int(month or 1), int(dom or 1))  # a real day
            if dom:
                return f"{year}-{int(month):02d}-{int(dom):02d}", "day"
            if month:
                return f"{year}-{int(month):02d}", "month"
            return year, "year"
        moment = datetime.fromisoformat(text)
    except ValueError:
        pass
    else:
        if len(text) >= 11:
            return moment.isoformat(), "time"
    raise FilterError(f"{option}: {value!r} is not a date (use {DATE_FORMS})")


def conditions(
    sources: str | Sequence[str] | None,
    categories: str | Sequence[str] | None,
    since: str | None,
    until: str | None,
    table: str = "p",
) -> tuple[list[str], list[Any]]:
    """SQL conditions on the ``source``, ``category`` and ``published`` of ``table`` (``posts p`` or
    ``post_facets f``) and their values."""
    where: list[str] = []
    params: list[Any] = []
    for column, values in (("source", as_tuple(sources)), ("category", as_tuple(categories))):
        if values:
            where.append(f"{table}.{column} IN ({', '.join('?' * len(values))})")
            params.extend(values)
    for option, value, operator in (("since", since, ">="), ("until", until, "<=")):
        if not value:
            continue
        bound, kind = _bound(value, f"--{option}")
        if kind == "time":
            where.append(f"datetime({table}.published) {operator} datetime(?)")
        else:
            # the post's own day, month or year; "until" a month or a year includes all of it
            where.append(f"substr({table}.published, 1, {len(bound)}) {operator} ?")
        params.append(bound)
    return where, params


def check_names(conn: sqlite3.Connection, column: str, values: Sequence[str]) -> None:
    """A FilterError naming the first of ``values`` that no post has as its ``column`` (source or category),
    with the closest names the archive has. One index lookup a value."""
    for value in values:
        if conn.execute(f"SELECT 1 FROM posts WHERE {column} = ? LIMIT 1", [value]).fetchone():  # noqa: S608
            continue
        names = [name for (name,) in conn.execute(f"SELECT DISTINCT {column} FROM posts") if name]  # noqa: S608
        close = difflib.get_close_matches(value, names, n=3, cutoff=0.5)
        if not close:
            close = [n for n in names if value.casefold() in n.casefold() or n.casefold() in value.casefold()][:3]
        if close:
            hint = "closest: " + ", ".join(close)
        elif names:
            hint = f"the archive has {len(names)}: " + ", ".join(sorted(names)[:8]) + (", …" if len(names) > 8 else "")
        else:
            hint = "the archive has none"
        raise FilterError(f"--{column}: no post of {column} {value!r} in the archive ({hint})")


def as_tuple(value: str | Sequence[str] | None) -> tuple[str, ...]:
    if not value:
        return ()
    return (value,) if isinstance(value, str) else tuple(v for v in value if v)
