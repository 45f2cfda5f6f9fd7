"""Phrases read against the reference date by a word: "yesterday", "last year", "this
quarter", "the week after next", "the past 12 months", "the next 4 business days", "in
recent years", "year to date", "later this month", "year-end".

"last/next/this <unit>" is the calendar unit; a counted window rolls from the reference date
and leaves the reference day out; decades and centuries always roll; quarters counted in
numbers are whole calendar quarters. Business days are Monday to Friday (public holidays are
not known).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from claimx.normalize.dates.arithmetic import weekdays_within
from claimx.normalize.dates.parts import part_of
from claimx.normalize.dates.periods import shifted_period, unit_period, vague, window
from claimx.normalize.dates.tables import Reader
from claimx.normalize.dates.values import (
    DateValue,
    Grain,
    Prefer,
    day_shift,
    iso_duration,
    sign_direction,
)


def relative_day(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"today", "yesterday", "the day after tomorrow"."""
    return day_shift(ref + timedelta(days=p.tables.rel_days[m.group(1)]), ref)


def shifted_unit(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"last year", "this quarter", "next fiscal year", "the past decade", "a fortnight"."""
    word, unit = m.group(1), m.group(2)
    if word is None and unit not in p.tables.grammar.units_alone:
        return None
    count = p.tables.shifts.get(word, 0) if word else 0
    fy_start = p.tables.fy_start
    if unit in p.tables.grammar.rolling_units:
        kind, size = p.tables.units[unit]
        grain: Grain = "years" if kind == "Y" else "weeks"
        if count == 0 and unit in p.tables.cal_units:
            return shifted_period(p.tables.cal_units[unit], 0, ref, fy_start)  # "this decade"
        if count == 0:
            return window(ref, kind, size, 1, grain) if word else None  # "this fortnight"
        return window(ref, kind, size, count, grain)
    return shifted_period(p.tables.cal_units[unit], count, ref, fy_start)


def business_days(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"the next 4 business days": Monday-Friday days after (or before) the reference day."""
    sign, count = p.tables.shifts[m.group(1)], p.tables.count(m.group(2))
    if sign == 0 or not count or count > 1000:
        return None
    day, seen = ref, 0
    while seen < count:
        day += timedelta(days=sign)
        seen += day.weekday() < 5
    start, end = (ref + timedelta(days=1), day) if sign > 0 else (day, ref - timedelta(days=1))
    start, end = weekdays_within(start, end)
    offset = iso_duration({"D": count}, sign)
    return DateValue(start, end, "days", True, offset, sign_direction(sign))


def work_week(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"next workweek": Monday to Friday of the week."""
    count = p.tables.shifts.get(m.group(1), 0)
    week = shifted_period("week", count, ref, p.tables.fy_start)
    assert week.start is not None
    return replace(week, end=week.start + timedelta(days=4))


def unit_after_next(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"the week after next" (two weeks on), "the year before last" (two years back)."""
    grain = p.tables.cal_units[m.group(1)]
    count = p.tables.grammar.unit_shifts[m.group(2)]
    return shifted_period(grain, count, ref, p.tables.fy_start)


def rolling(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"the past 12 months", "the next few years"."""
    sign = p.tables.shifts[m.group(1)]
    if sign == 0:
        return None
    return _rolling_window(p, m.group(2), m.group(3), sign, ref)


def rolling_reversed(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"12 past months"."""
    sign = p.tables.shifts[m.group(2)]
    if sign == 0:
        return None
    return _rolling_window(p, m.group(1), m.group(3), sign, ref)


def _rolling_window(
    p: Reader, count_word: str, unit: str, sign: int, ref: date
) -> DateValue | None:
    kind, size = p.tables.units[unit]
    grain = p.tables.span_grain(unit)
    count = p.tables.count(count_word)
    if count is None:
        return vague(grain, sign, ref)
    if grain == "quarters":
        # Quarters are calendar quarters: "the last two quarters" are whole quarters.
        near, far = (-count, -1) if sign < 0 else (1, count)
        first = shifted_period("quarter", near, ref, p.tables.fy_start)
        last = shifted_period("quarter", far, ref, p.tables.fy_start)
        return DateValue(
            first.start,
            last.end,
            grain,
            True,
            iso_duration({"M": 3 * count}, sign),
            sign_direction(sign),
        )
    return window(ref, kind, count * size, sign, grain)


def vague_before(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"recent years", "coming months": a word before a plural unit."""
    unit = m.group(2)
    if unit not in p.tables.grammar.plural_units:
        return None
    return vague(p.tables.span_grain(unit), p.tables.vague_before[m.group(1)], ref)


def vague_after(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"years ahead", "months to come": a word after a plural unit."""
    unit = m.group(1)
    if unit not in p.tables.grammar.plural_units:
        return None
    return vague(p.tables.span_grain(unit), p.tables.vague_after[m.group(2)], ref)


def to_date(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"year to date", "YTD": from the start of the unit to the reference day."""
    word = m.group(1) or p.tables.to_date_abbreviations[m.group(2)]
    if word not in p.tables.cal_units:
        return None
    grain = p.tables.cal_units[word]
    start, _ = unit_period(grain, ref, p.tables.fy_start)
    return DateValue(start, ref, "days", True, iso_duration({"D": 0}), None)


def rest_of(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"later this month" (from the reference day on), "earlier next year" (its first third)."""
    part, word, unit = p.tables.grammar.rest_of[m.group(1)], m.group(2), m.group(3)
    grain = p.tables.cal_units.get(unit)
    if grain is None:
        return None
    count = p.tables.shifts.get(word, 0) if word and word not in p.tables.grammar.this else 0
    period = shifted_period(grain, count, ref, p.tables.fy_start)
    assert period.start is not None and period.end is not None
    if count != 0:
        return part_of(period, part, p.tables.part_bounds)
    if part == "early":
        if period.start >= ref:
            return None
        return DateValue(period.start, ref - timedelta(days=1), "days", True, "-P", "past")
    return DateValue(ref, period.end, "days", True, "P", "future")


def year_end(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"year-end": the late part of the current year."""
    this_year = shifted_period("year", 0, ref, p.tables.fy_start)
    return part_of(this_year, "late", p.tables.part_bounds)
