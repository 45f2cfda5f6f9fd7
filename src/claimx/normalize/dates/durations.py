"""Stated lengths of time moved from a date: "a decade ago", "three weeks later", "in two
months", "within 30 days", "two weeks before Christmas", "a week starting tomorrow".

"N units ago / later / in N units" is known to the precision of its unit: "a decade ago" and
"10 years ago" are the calendar year ten years before, "two months ago" the month, "two days
ago" and "three weeks later" the day. An unstated count ("years ago") is a vague period.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta

from claimx.normalize.dates.arithmetic import shift_by
from claimx.normalize.dates.periods import unit_period, vague
from claimx.normalize.dates.tables import SPAN_GRAINS, DateTables, Reader
from claimx.normalize.dates.values import (
    DateValue,
    Grain,
    Prefer,
    iso_duration,
    sign_direction,
)

# The grain a point in time is known to after a shift in each unit: weeks land on a day.
_POINT_GRAINS: Mapping[str, Grain] = {"D": "day", "W": "day", "M": "month", "Y": "year"}


def read_duration(tables: DateTables, s: str) -> tuple[dict[str, int], Grain, bool] | None:
    """A duration: "3 months and 2 weeks" -> ({"M": 3, "W": 2}, finest grain, vague?)."""
    parts: dict[str, int] = {}
    rest = s.strip()
    finest: str | None = None
    is_vague = False
    position = 0
    for item in tables.re_duration_item.finditer(rest):
        between = rest[position : item.start()].strip()
        if between not in ("", "-") and between not in tables.grammar.duration_joiners:
            return None
        position = item.end()
        count_word, unit = item.group(1), item.group(2)
        kind, size = tables.units[unit]
        # "years ago" / "a few months" state no number: a vague period.
        count = 1 if count_word is None else tables.count(count_word)
        if count is None or (count_word is None and unit in tables.grammar.plural_units):
            is_vague = True
            count = 1
        parts[kind] = parts.get(kind, 0) + count * size
        if finest is None or "YMWD".index(kind) > "YMWD".index(finest):
            finest = kind
    if finest is None or rest[position:].strip():
        return None
    return parts, _POINT_GRAINS[finest], is_vague


def span_grain_of(parts: Mapping[str, int]) -> Grain:
    """The grain of a window as long as ``parts``: its finest unit, counted ("months")."""
    return SPAN_GRAINS[max(parts, key="YMWD".index)]


def _point(
    parts: Mapping[str, int], grain: Grain, sign: int, ref: date, fy_start: int
) -> DateValue:
    day = shift_by(ref, parts, sign)
    start, end = unit_period(grain, day, fy_start)
    return DateValue(start, end, grain, True, iso_duration(parts, sign), sign_direction(sign))


def _definite(tables: DateTables, text: str) -> dict[str, int] | None:
    """The parts of a duration that states its length, None for any other text."""
    duration = read_duration(tables, text)
    if duration is None or duration[2]:
        return None
    return duration[0]


# -- rules ------------------------------------------------------------------------------


def duration_shift(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"a decade ago", "three weeks later", "years ago"."""
    duration = read_duration(p.tables, m.group(1))
    if duration is None:
        return None
    parts, grain, is_vague = duration
    sign = p.tables.suffixes[m.group(2)]
    if is_vague:
        return vague(span_grain_of(parts), sign, ref)
    return _point(parts, grain, sign, ref, p.tables.fy_start)


def window_from(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """A window from a date on: "a week starting tomorrow", "for 3 days from today"."""
    parts = _definite(p.tables, m.group(1))
    if parts is None:
        return None
    anchor = p.phrase(m.group(2), ref, prefer)
    if anchor is None or anchor.start is None:
        return None
    end = shift_by(anchor.start, parts, 1) - timedelta(days=1)
    return DateValue(anchor.start, end, span_grain_of(parts), anchor.relative)


def in_duration(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"in two months", "in three years' time"."""
    duration = read_duration(p.tables, m.group(1))
    if duration is None or duration[2]:
        return None
    return _point(duration[0], duration[1], 1, ref, p.tables.fy_start)


def within(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"within 30 days": from the reference day to the end of the duration."""
    parts = _definite(p.tables, m.group(1))
    if parts is None:
        return None
    end = shift_by(ref, parts, 1) - timedelta(days=1)
    return DateValue(ref, end, span_grain_of(parts), True, iso_duration(parts), "future")


def shift_from(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"two weeks before Christmas", "3 days after January 12th", "a year from now"."""
    parts = _definite(p.tables, m.group(1))
    if parts is None:
        return None
    anchor_text = m.group(3)
    # Planning language, so an under-specified anchor is its next occurrence.
    anchor_text = p.tables.grammar.reference_day_words.get(anchor_text, anchor_text)
    anchor = p.phrase(anchor_text, ref, "future")
    if anchor is None or anchor.start is None or anchor.end is None:
        return None
    sign = p.tables.grammar.anchor_shifts[m.group(2)]
    start = shift_by(anchor.start, parts, sign)
    end = start if anchor.grain == "day" else shift_by(anchor.end, parts, sign)
    offset = None
    if anchor.offset is not None and anchor.grain == "day" and anchor.offset.endswith("D"):
        days = (start - ref).days
        offset = iso_duration({"D": abs(days)}, days)
    return DateValue(start, end, anchor.grain, anchor.relative, offset, anchor.direction)
