"""Phrases that place a figure at the time of the report rather than in a named period:
the reporting day ("on the day", "in morning trade", "at the close", "at 0950 GMT"), the
time up to it ("so far", "to date", "so far this year", "since its release") and the time
from it to a period's end ("for the rest of the year").

All are read against the reference date, like "today" and "year to date"; without one they
keep their offset and lose their days (see :mod:`~claimx.normalize.dates.parser`). The words
are ``reporting_time`` in ``rules/dates.json``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from claimx.normalize.dates.tables import Reader
from claimx.normalize.dates.values import DateValue, Prefer, day_shift, iso_duration

# A clock time: "0950" (24-hour, four digits), "9:50", "9.50" or an hour alone ("9am").
CLOCK = r"(?:(?:[01]\d|2[0-3])[0-5]\d|(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?)"


def reporting_day(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"on the day", "in morning trade", "at 0950 GMT": the reference day; with a linked
    date after it ("in early trading on Tuesday") that date, when it is a single day."""
    rest = m.groupdict().get("rest")
    if rest is None:
        return day_shift(ref, ref)
    day = p.phrase(rest, ref, prefer)
    if day is None or day.grain != "day":
        return None
    return day


def so_far(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"so far", "to date", "since its release": up to the reference day from an unknown
    start; "so far this year": from the start of the period named, like "year to date"."""
    rest = m.groupdict().get("rest")
    if rest is None:
        # Ends on the reference day (a zero shift, like "year to date"): checkable, unlike
        # the unstated "-P" of "in recent years".
        return DateValue(None, ref, "days", True, iso_duration({"D": 0}), "past")
    period = p.phrase(rest, ref, prefer)
    if period is None or period.start is None or not period.start <= ref:
        return None
    if period.end is not None and period.end < ref:
        return None  # "so far in 2003" read in 2005: not a period up to now
    return DateValue(period.start, ref, "days", True, iso_duration({"D": 0}), None)


def rest_of_period(
    p: Reader, m: re.Match[str], ref: date, prefer: Prefer
) -> DateValue | None:
    """"the rest of the year": from the reference day to the period's end; a period that has
    not begun yet is whole ("the remainder of next year"), one already over is no date."""
    rest = m.group("rest")
    # "the rest of the year": a unit alone after "of" is the current one.
    period = p.phrase(rest, ref, "future") or p.phrase(
        f"{p.tables.grammar.this_word} {rest}", ref, "future"
    )
    if period is None or period.start is None or period.end is None or period.end < ref:
        return None
    if period.start > ref:
        return replace(period, relative=True)  # read against the reporting day all the same
    return DateValue(ref, period.end, "days", True, iso_duration({"D": 0}), "future")
