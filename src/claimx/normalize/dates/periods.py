"""Calendar and fiscal periods around a day: the week, quarter or fiscal year that contains
it, the same period shifted ("last quarter"), rolling windows ("the past 12 months") and
vague ones ("in recent years").

Inputs are plain: a day, a grain, a shift, and the month the fiscal year starts in.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta

from claimx.normalize.dates.arithmetic import add_months, months_span, shift, week_of
from claimx.normalize.dates.values import DateValue, Grain, iso_duration, sign_direction

# The step of one calendar unit as an ISO 8601 duration: a quarter is three months.
UNIT_STEP: Mapping[str, tuple[str, int]] = {
    "day": ("D", 1),
    "week": ("W", 1),
    "weekend": ("W", 1),
    "month": ("M", 1),
    "quarter": ("M", 3),
    "half": ("M", 6),
    "year": ("Y", 1),
    "fiscal_year": ("Y", 1),
    "decade": ("Y", 10),
    "century": ("Y", 100),
}


def fiscal_year(end_year: int, fy_start: int) -> DateValue:
    """The fiscal year that ends in ``end_year``, starting in month ``fy_start``."""
    # With a January start the fiscal year is the calendar year it ends in.
    first_year = end_year if fy_start == 1 else end_year - 1
    start = date(first_year, fy_start, 1)
    return DateValue(start, add_months(start, 12) - timedelta(days=1), "fiscal_year")


def unit_period(grain: Grain, day: date, fy_start: int) -> tuple[date, date]:
    """The calendar period of ``grain`` that contains ``day``."""
    if grain == "day":
        return day, day
    if grain == "week":
        return week_of(day)
    if grain == "weekend":
        monday = week_of(day)[0]
        return monday + timedelta(days=5), monday + timedelta(days=6)
    if grain == "month":
        return months_span(day.year, day.month, 1)
    if grain == "quarter":
        return months_span(day.year, day.month - (day.month - 1) % 3, 3)
    if grain == "half":
        return months_span(day.year, 1 if day.month <= 6 else 7, 6)
    if grain == "fiscal_year":
        end_year = day.year + (1 if day.month >= fy_start and fy_start > 1 else 0)
        value = fiscal_year(end_year, fy_start)
        assert value.start is not None and value.end is not None
        return value.start, value.end
    if grain in ("decade", "century"):
        size = 10 if grain == "decade" else 100
        first = day.year - day.year % size
        return date(max(first, 1), 1, 1), date(first + size - 1, 12, 31)
    return date(day.year, 1, 1), date(day.year, 12, 31)


def shifted_period(grain: Grain, count: int, ref: date, fy_start: int) -> DateValue:
    """The calendar period of ``grain`` ``count`` units from the one of ``ref`` ("last year":
    -1), with its shift as the offset."""
    kind, size = UNIT_STEP[grain]
    start, end = unit_period(grain, shift(ref, kind, count * size), fy_start)
    offset = iso_duration({kind: abs(count) * size}, count)
    return DateValue(start, end, grain, True, offset, sign_direction(count))


def window(ref: date, kind: str, count: int, sign: int, grain: Grain) -> DateValue:
    """A rolling window of ``count`` units before (-1) or after (+1) the reference day."""
    if sign < 0:
        start, end = shift(ref, kind, -count), ref - timedelta(days=1)
    else:
        start, end = ref + timedelta(days=1), shift(ref, kind, count)
    return DateValue(
        start, end, grain, True, iso_duration({kind: count}, sign), sign_direction(sign)
    )


def vague(grain: Grain, sign: int, ref: date) -> DateValue:
    """A period of unstated length before or after the reference date: "in recent years"."""
    if sign > 0:
        return DateValue(ref, None, grain, True, "P", "future")
    return DateValue(None, ref, grain, True, "-P", "past")
