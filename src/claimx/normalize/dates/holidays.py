"""Holidays: fixed dates ("Christmas"), days after Easter ("Good Friday"), the n-th weekday
of a month ("Thanksgiving" is the fourth Thursday of November), and a holiday's weekend
("Labor Day weekend"). Holidays whose date depends on the country are not read.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from claimx.normalize.dates.arithmetic import month_end, valid_day
from claimx.normalize.dates.tables import DateTables, Reader
from claimx.normalize.dates.values import DateValue, Prefer


def easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` (0 Monday) of a month; ``nth`` -1 is the last one."""
    if nth < 0:
        last = month_end(year, month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def holiday_date(tables: DateTables, name: str, year: int) -> date | None:
    """The day of holiday ``name`` in ``year``; None when that year has no such day."""
    if name in tables.easter:
        return easter(year) + timedelta(days=tables.easter[name])
    if name in tables.weekday_holidays:
        month, weekday, nth, days_after = tables.weekday_holidays[name]
        return nth_weekday(year, month, weekday, nth) + timedelta(days=days_after)
    month, day = tables.holidays[name]
    return date(year, month, day) if valid_day(year, month, day) else None


def holiday_in(
    tables: DateTables, name: str, year: str | None, ref: date, prefer: Prefer
) -> DateValue | None:
    """A holiday in a stated year, else its nearest occurrence on the preferred side."""
    if year:
        day = holiday_date(tables, name, int(year))
        return DateValue(day, day, "day") if day else None
    candidates = [holiday_date(tables, name, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    days = [d for d in candidates if d is not None]
    day = (
        max(d for d in days if d <= ref)
        if prefer == "past"
        else min(d for d in days if d >= ref)
    )
    return DateValue(day, day, "day", True)


# -- rules ------------------------------------------------------------------------------


def holiday(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"Christmas", "Easter 2024"."""
    return holiday_in(p.tables, m.group(1), m.group(2), ref, prefer)


def holiday_weekend(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """A holiday with the weekend beside it: "Labor Day weekend" is Saturday to Monday,
    "Thanksgiving weekend" Thursday to Sunday."""
    year = next((g for g in m.groups()[1:] if g), None)
    day = holiday_in(p.tables, m.group(1), year, ref, prefer)
    if day is None or day.start is None:
        return None
    holiday_ = day.start
    # Monday and Tuesday holidays take the weekend before, the others the one after.
    if holiday_.weekday() <= 1:
        saturday = holiday_ - timedelta(days=holiday_.weekday() + 2)
    else:
        saturday = holiday_ + timedelta(days=5 - holiday_.weekday())
    start, end = min(holiday_, saturday), max(holiday_, saturday + timedelta(days=1))
    return DateValue(start, end, "weekend", day.relative)


def shifted_holiday(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"last Christmas", "next Easter", "this Thanksgiving"."""
    shift, name = p.tables.shifts[m.group(1)], m.group(2)
    if shift == 0:
        day = holiday_date(p.tables, name, ref.year)
    else:
        days = [holiday_date(p.tables, name, y) for y in range(ref.year - 2, ref.year + 3)]
        if shift < 0:
            day = max((d for d in days if d and d < ref), default=None)
        else:
            day = min((d for d in days if d and d > ref), default=None)
    return DateValue(day, day, "day", True) if day else None
