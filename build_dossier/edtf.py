"""The subset of EDTF (ISO 8601-2) the dossier uses, with display and sort helpers."""

from __future__ import annotations

import calendar
import re

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DECADE = re.compile(r"^(\d{3})X$")
_CENTURY = re.compile(r"^(\d{2})XX$")

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def is_valid(value: str) -> bool:
    """True for a day, month, year, decade, century (`19XX`), or an interval of two of them."""
    if "/" in value:
        parts = value.split("/")
        return (
            len(parts) == 2 and all(is_valid(p) for p in parts) and sort_key(parts[0]) <= sort_key(parts[1])
        )
    if m := _DAY.match(value):
        y, mo, d = (int(g) for g in m.groups())
        return 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(y, mo)[1]
    if m := _MONTH.match(value):
        return 1 <= int(m.group(2)) <= 12
    return bool(_YEAR.match(value) or _DECADE.match(value) or _CENTURY.match(value))


def precision(value: str) -> str:
    """`day`, `month`, `year`, `decade`, `century` or `interval`."""
    if "/" in value:
        return "interval"
    if _DAY.match(value):
        return "day"
    if _MONTH.match(value):
        return "month"
    if _YEAR.match(value):
        return "year"
    return "century" if _CENTURY.match(value) else "decade"


def sort_key(value: str | None) -> str:
    """A string that sorts dates chronologically; less precise dates sort first in their period."""
    if not value:
        return "9999"
    start = value.split("/")[0]
    return start.replace("X", "0")


def year(value: str) -> int:
    return int(sort_key(value)[:4])


def month_key(value: str) -> str | None:
    """`2020-11` for a day or month date, None otherwise."""
    start = value.split("/")[0]
    return start[:7] if _DAY.match(start) or _MONTH.match(start) else None


def display(value: str | None) -> str:
    """Human form at the date's precision: `10 November 2020`, `November 2020`, `2020`, `1990s`."""
    if not value:
        return "undated"
    if "/" in value:
        a, b = value.split("/")
        return f"{display(a)} – {display(b)}"
    if m := _DAY.match(value):
        return f"{int(m.group(3))} {MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
    if m := _MONTH.match(value):
        return f"{MONTHS[int(m.group(2)) - 1]} {m.group(1)}"
    if m := _DECADE.match(value):
        return f"{m.group(1)}0s"
    if m := _CENTURY.match(value):
        n = int(m.group(1)) + 1
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix} century"
    return value
