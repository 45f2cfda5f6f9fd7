"""Calendar arithmetic on plain dates: months added with clamping, weeks, ISO weeks, spans.

Nothing here knows a word of English; the kinds of step are the ISO 8601 duration letters
("D", "W", "M", "Y").
"""

from __future__ import annotations

import calendar
from collections.abc import Mapping
from datetime import date, timedelta


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the last day of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def shift(day: date, kind: str, count: int) -> date:
    """``day`` moved by ``count`` days ("D"), weeks ("W"), months ("M") or years ("Y")."""
    if kind == "D":
        return day + timedelta(days=count)
    if kind == "W":
        return day + timedelta(weeks=count)
    if kind == "M":
        return add_months(day, count)
    return add_months(day, 12 * count)


def shift_by(day: date, parts: Mapping[str, int], sign: int) -> date:
    """``day`` moved by a duration ``{"M": 3, "W": 2}``, largest unit first."""
    for kind in "YMWD":
        if parts.get(kind):
            day = shift(day, kind, sign * parts[kind])
    return day


def month_end(year: int, month: int) -> date:
    """The last day of a month."""
    return date(year, month, calendar.monthrange(year, month)[1])


def months_span(year: int, month: int, count: int) -> tuple[date, date]:
    """The first and last day of ``count`` months from the start of ``month``."""
    first = date(year, month, 1)
    return first, add_months(first, count) - timedelta(days=1)


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of the week of ``day``."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def iso_week(year: int, week: int) -> tuple[date, date] | None:
    """Monday and Sunday of ISO week ``week`` of ``year``, None when the year has no such week."""
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return monday, monday + timedelta(days=6)


def valid_day(year: int, month: int, day: int) -> bool:
    """Whether ``day`` of ``month`` exists in ``year``."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def weekdays_within(start: date, end: date) -> tuple[date, date]:
    """``start``..``end`` without the weekend days at its edges."""
    while start.weekday() >= 5:
        start += timedelta(days=1)
    while end.weekday() >= 5:
        end -= timedelta(days=1)
    return start, end
