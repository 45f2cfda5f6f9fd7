"""Calendar dates stated in part ("3 March", "December 2025", "Tuesday", "2025-03-03") and
weekdays placed by a word ("next Friday", "Monday of this week").

A date without a year resolves to the most recent such date that has begun on or before the
reference date, or with ``prefer="future"`` the earliest one that has not ended yet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from claimx.normalize.dates.arithmetic import add_months, months_span, valid_day, week_of
from claimx.normalize.dates.numeric import numeric_parts
from claimx.normalize.dates.tables import DateTables, Reader
from claimx.normalize.dates.values import DateValue, Prefer, day_shift


@dataclass(frozen=True)
class CalendarDate:
    """The parts a calendar date states; None for each it leaves out."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None


def read_calendar(tables: DateTables, s: str, *, lone_day: bool = False) -> CalendarDate | None:
    """Year, month, day and weekday of a calendar date in any common order.

    A lone number is a day of the month only with a weekday ("Monday 21") or, with
    ``lone_day``, as the end of a range ("November 18-19").
    """
    ordinal = tables.re_ordinal
    day_range = rf"\b\d{{1,2}}{ordinal}?\s*-\s*\d{{1,2}}{ordinal}?\b"
    if re.search(day_range, s) and re.search(rf"\b(?:{tables.re_month})\b", s):
        return None  # "November 18-19" is a range of days
    tokens = [
        t for t in re.split(r"[\s/.\-]+", s.strip()) if t and t not in tables.calendar_fillers
    ]
    if not tokens or len(tokens) > 5:
        return None
    year: int | None = None
    month: int | None = None
    weekday: int | None = None
    ordinals: list[int] = []
    numbers: list[str] = []
    order: list[str] = []
    for token in tokens:
        if token in tables.months:
            if month is not None:
                return None
            month = tables.months[token]
            order.append("M")
        elif token in tables.weekdays:
            if weekday is not None:
                return None
            weekday = tables.weekdays[token]
        elif ordinal_day := re.fullmatch(rf"(\d{{1,2}}){ordinal}", token):
            ordinals.append(int(ordinal_day.group(1)))
            order.append("D")
        elif re.fullmatch(r"\d{4}", token):
            if year is not None:
                return None
            year = int(token)
            order.append("Y")
        elif re.fullmatch(r"'?\d{1,2}", token):
            numbers.append(token)
            order.append("N")
        else:
            return None
    if len(ordinals) > 1:
        return None
    day = ordinals[0] if ordinals else None
    if month is not None:
        for token in numbers:
            value = int(token.lstrip("'"))
            if day is None and value <= 31 and not token.startswith("'"):
                day = value
            elif year is None:
                year = tables.full_year(token.lstrip("'"))
            else:
                return None
    elif len(numbers) == 1 and year is None and day is None and (lone_day or weekday is not None):
        if not numbers[0].isdigit() or not 1 <= int(numbers[0]) <= 31:
            return None
        day = int(numbers[0])
    elif numbers:
        numeric = numeric_parts(tables, order, numbers, year, day)
        if numeric is None:
            return None
        year, month, day = numeric
    if year is None and month is None and day is None:
        return CalendarDate(weekday=weekday) if weekday is not None else None
    if day is not None and month is not None and not valid_day(year or 2000, month, day):
        return None
    if year is not None and month is None and day is not None:
        return None
    if year is not None and month is None and weekday is None and not numbers:
        return None  # a bare year is read by the year rule
    return CalendarDate(year, month, day, weekday)


def resolve_calendar(
    cal: CalendarDate, ref: date, prefer: Prefer, *, relative: bool = False
) -> DateValue | None:
    """The day or month ``cal`` stands for; a missing year is taken around ``ref``."""
    year, month, day, weekday = cal.year, cal.month, cal.day, cal.weekday
    if year is not None and month is not None:
        if day is None:
            start, end = months_span(year, month, 1)
            return DateValue(start, end, "month", relative)
        if not valid_day(year, month, day):
            return None
        when = date(year, month, day)
        return DateValue(when, when, "day", relative)
    if year is not None:
        return None
    if month is not None and day is None:
        candidates = [months_span(y, month, 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
        if prefer == "past":
            start, end = max(c for c in candidates if c[0] <= ref)
        else:
            start, end = min(c for c in candidates if c[1] >= ref)
        return DateValue(start, end, "month", True)
    if month is not None and day is not None:
        # Eight years either side always hold a 29 February.
        years = range(ref.year - 8, ref.year + 9)
        days = [date(y, month, day) for y in years if valid_day(y, month, day)]
        if prefer == "past":
            found = max((d for d in days if d <= ref), default=None)
        else:
            found = min((d for d in days if d >= ref), default=None)
        return DateValue(found, found, "day", True) if found else None
    if day is not None:
        return day_of_month(day, weekday, ref, prefer)
    if weekday is not None:
        delta = weekday - ref.weekday()
        if prefer == "past":
            days_ = delta if delta <= 0 else delta - 7
        else:
            days_ = delta if delta >= 0 else delta + 7
        when = ref + timedelta(days=days_)
        return DateValue(when, when, "day", True)
    return None


def day_of_month(day: int, weekday: int | None, ref: date, prefer: Prefer) -> DateValue | None:
    """A day of an unnamed month ("the 18th", "Monday 21"): the nearest that fits."""
    step = -1 if prefer == "past" else 1
    first = date(ref.year, ref.month, 1)
    for months in range(0, 60):
        month_start = add_months(first, step * months)
        if not valid_day(month_start.year, month_start.month, day):
            continue
        when = date(month_start.year, month_start.month, day)
        if weekday is not None:
            if when.weekday() != weekday:
                continue
            return DateValue(when, when, "day", True)
        if (prefer == "past" and when <= ref) or (prefer == "future" and when >= ref):
            return DateValue(when, when, "day", True)
    return None


# -- rules ------------------------------------------------------------------------------


def calendar_phrase(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """A calendar date in any common order: "3 March 2025", "Dec 31", "2025-03"."""
    cal = read_calendar(p.tables, m.group(1))
    if cal is None:
        return None
    return resolve_calendar(cal, ref, prefer)


def shifted_calendar(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """A calendar date moved by a word: "next March", "this 5/12", "last December"."""
    shift = p.tables.shifts[m.group(1)]
    cal = read_calendar(p.tables, m.group(2))
    if cal is None or cal.year is not None or cal.month is None:
        return None
    if m.group(1) in p.tables.grammar.this:
        return resolve_calendar(replace(cal, year=ref.year), ref, prefer, relative=True)
    for years in range(0, 9):
        year = ref.year + shift * years if shift else ref.year
        value = resolve_calendar(replace(cal, year=year), ref, prefer, relative=True)
        if value is None or value.start is None or value.end is None:
            continue
        this_month = date(ref.year, ref.month, 1)
        if (shift > 0 and value.start > ref) or (shift < 0 and value.end < this_month):
            return value
    return None


def shifted_weekday(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"next Friday", "this past Monday": the weekday in a week around the reference date."""
    word, weekday = m.group(1), p.tables.weekdays[m.group(2)]
    delta = weekday - ref.weekday()
    nearest = p.tables.grammar.weekday_shifts.get(word)
    if nearest is not None and nearest < 0:
        days = delta if delta < 0 else delta - 7
    elif nearest is not None:
        days = delta if delta > 0 else delta + 7
    else:
        days = delta + 7 * p.tables.shifts[word]
    return day_shift(ref + timedelta(days=days), ref)


def _weekday_in_week(tables: DateTables, word: str, weekday_word: str, ref: date) -> DateValue:
    shift = tables.shifts.get(word, 0) if word not in tables.grammar.this else 0
    days = tables.weekdays[weekday_word] - ref.weekday() + 7 * shift
    return day_shift(ref + timedelta(days=days), ref)


def weekday_of_week(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"next week on Friday": a weekday of a shifted week."""
    return _weekday_in_week(p.tables, m.group(1), m.group(2), ref)


def weekday_of_week_reversed(
    p: Reader, m: re.Match[str], ref: date, prefer: Prefer
) -> DateValue | None:
    """"Friday of next week"."""
    return _weekday_in_week(p.tables, m.group(2), m.group(1), ref)


def weekday_near(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"Monday two weeks from now": a weekday before another date."""
    return _weekday_in_week_of(p, m.group(1), m.group(2), ref, prefer)


def weekday_near_reversed(
    p: Reader, m: re.Match[str], ref: date, prefer: Prefer
) -> DateValue | None:
    """"the 1st week of October on Friday": a weekday after another date."""
    return _weekday_in_week_of(p, m.group(2), m.group(1), ref, prefer)


def _weekday_in_week_of(
    p: Reader, weekday: str, rest: str, ref: date, prefer: Prefer
) -> DateValue | None:
    """A weekday in the week of another date: "Monday two weeks from now"."""
    anchor = p.phrase(rest, ref, prefer)
    if anchor is None or anchor.start is None or anchor.grain not in ("day", "week"):
        return None
    monday = week_of(anchor.start)[0]
    day = monday + timedelta(days=p.tables.weekdays[weekday])
    return replace(anchor, start=day, end=day, grain="day")
