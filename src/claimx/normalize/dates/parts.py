"""Parts of a period: early / mid / late thirds ("late 2024"), the n-th or last quarter,
half, month, week or day of one ("the third quarter of 2025", "next year's first quarter",
"week 12"), its first or last N units ("the first three months of 2005", "9MFY25"), and a
window ending with one ("the three months to December").

Thirds, not halves, as the words are used: ``part_bounds`` of the table cut a year into
January-April, May-August, September-December, a month into days 1-10, 11-20 and 21 to
the end, a decade into years 0-3, 4-6, 7-9, a week into Monday-Wednesday,
Tuesday-Thursday and Thursday-Sunday; other periods into equal thirds.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, timedelta

from claimx.normalize.dates.arithmetic import add_months, iso_week, months_span, shift, week_of
from claimx.normalize.dates.periods import shifted_period
from claimx.normalize.dates.tables import Reader
from claimx.normalize.dates.values import DateValue, Grain, Part, Prefer


def part_of(
    period: DateValue, part: Part, part_bounds: Mapping[str, Mapping[str, list[int]]]
) -> DateValue | None:
    """The early, mid or late part of ``period``, cut by ``part_bounds`` of its grain."""
    start, end = period.start, period.end
    if start is None or end is None:
        return None
    grain = period.grain
    bounds = part_bounds.get(grain if grain != "fiscal_year" else "year", {}).get(part)
    if bounds and grain in ("year", "fiscal_year"):
        lo, hi = bounds
        new_start = add_months(start, lo - 1)
        new_end = add_months(start, hi) - timedelta(days=1)
    elif bounds and grain == "month":
        lo, hi = bounds
        new_start = date(start.year, start.month, lo)
        new_end = date(start.year, start.month, min(hi, end.day))
    elif bounds and grain == "week":
        lo, hi = bounds
        new_start, new_end = start + timedelta(days=lo - 1), start + timedelta(days=hi - 1)
    elif bounds and grain in ("decade", "century"):
        lo, hi = bounds
        new_start = date(start.year + lo, 1, 1)
        new_end = date(start.year + hi, 12, 31)
    else:
        days = (end - start).days + 1
        third = days // 3
        index = ("early", "mid", "late").index(part)
        new_start = start + timedelta(days=third * index)
        new_end = end if part == "late" else start + timedelta(days=third * (index + 1) - 1)
    return replace(period, start=new_start, end=new_end, part=part)


def nth_within(container: DateValue, unit: str, number: int | None) -> DateValue | None:
    """The ``number``-th (None: last) quarter / half / month / week / day of a period."""
    start, end = container.start, container.end
    if start is None or end is None:
        return None
    if unit in ("quarter", "half", "month"):
        size = {"quarter": 3, "half": 6, "month": 1}[unit]
        total = ((end.year - start.year) * 12 + end.month - start.month + 1) // size
        index = total if number is None else number
        if not 1 <= index <= total:
            return None
        first = add_months(start, size * (index - 1))
        grain: Grain = unit  # type: ignore[assignment]
        return replace(
            container,
            start=first,
            end=add_months(first, size) - timedelta(days=1),
            grain=grain,
            part=None,
        )
    if unit == "week":
        if container.grain == "year" and start.month == 1 and start.day == 1:
            year = start.year
            week = number if number is not None else date(year, 12, 28).isocalendar()[1]
            span = iso_week(year, week)
        else:
            anchor = end if number is None else start + timedelta(weeks=number - 1)
            span = week_of(anchor) if anchor <= end else None
            if number is None and span is not None and (end - span[0]).days < 3:
                # The last week is the last one mostly inside the period: July 2017
                # ends on a Monday, so its last week is 24-30 July.
                span = week_of(span[0] - timedelta(days=1))
        if span is None:
            return None
        return replace(container, start=span[0], end=span[1], grain="week", part=None)
    if unit == "day":
        day = end if number is None else start + timedelta(days=number - 1)
        if day > end:
            return None
        return replace(container, start=day, end=day, grain="day", part=None)
    return None


def latest_of(unit: str, number: int, ref: date, prefer: Prefer) -> DateValue | None:
    """The quarter / half ``number`` nearest the reference date on the preferred side."""
    size = 3 if unit == "quarter" else 6
    if number > 12 // size:
        return None
    grain: Grain = "quarter" if unit == "quarter" else "half"
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        start, end = months_span(year, 1 + size * (number - 1), size)
        candidates.append((start, end))
    if prefer == "past":
        start, end = max(c for c in candidates if c[0] <= ref)
    else:
        start, end = min(c for c in candidates if c[1] >= ref)
    return DateValue(start, end, grain, True)


def container(p: Reader, text: str, ref: date, prefer: Prefer) -> DateValue | None:
    """The period a part is taken from; a bare unit ("of the year") is the current one."""
    text = text.strip()
    if not text:
        return None
    if _bare_unit(p, text):
        return shifted_period(p.tables.cal_units[text], 0, ref, p.tables.fy_start)
    return p.phrase(text, ref, prefer)


YEAR_GRAINS = frozenset({"year", "fiscal_year"})  # the units whose parts are read as begun


def _bare_unit(p: Reader, text: str) -> bool:
    """Whether ``text`` is a calendar unit alone ("year" of "the end of the year")."""
    text = text.strip()
    return text in p.tables.cal_units and text not in p.tables.units_never_alone


def begun(
    p: Reader, text: str, ref: date, prefer: Prefer,
    take: Callable[[DateValue], DateValue | None],
) -> DateValue | None:
    """The part ``take`` makes of the period ``text`` names; read as a past period, a part
    of a bare year that has not begun by the reference day is of the year before ("net debt
    stood at $4.92 billion at the end of the year", "the final quarter of the year" in a
    February report: the year before's), as "the fourth quarter" alone is."""
    period = container(p, text, ref, prefer)
    found = take(period) if period is not None else None
    if (
        prefer == "past" and found is not None and found.start is not None
        and found.start > ref and _bare_unit(p, text)
        and p.tables.cal_units[text.strip()] in YEAR_GRAINS  # not "the 31st day of the month"
    ):
        before = shifted_period(p.tables.cal_units[text.strip()], -1, ref, p.tables.fy_start)
        return take(before) or found
    return found


# -- rules ------------------------------------------------------------------------------


def part(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"early 2024", "the end of October", "mid-2025"."""

    def take(period: DateValue) -> DateValue | None:
        if period.start is None or period.end is None or period.part:
            return None
        return part_of(period, p.tables.part_words[m.group(1)], p.tables.part_bounds)

    return begun(p, m.group(2), ref, prefer, take)


def nth_of(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"the 3rd quarter of 2025", "the last week of December", "the final quarter"."""
    which, unit, rest = m.group(1), p.tables.grammar.part_units[m.group(2)], m.group(3)
    number = None if which in p.tables.grammar.last else int(which)
    if rest:
        return begun(p, rest, ref, prefer, lambda period: nth_within(period, unit, number))
    if unit not in ("quarter", "half"):
        return None
    if number is None:
        number = 4 if unit == "quarter" else 2  # "the final quarter" is the fourth
    return latest_of(unit, number, ref, prefer)


def possessive_nth(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """A possessive container: "next year's first quarter" (of next year)."""
    period = container(p, m.group(1), ref, prefer)
    if period is None:
        return None
    which, unit = m.group(2), p.tables.grammar.part_units[m.group(3)]
    digits = re.match(r"\d+", which)
    number = None if which in p.tables.grammar.last or digits is None else int(digits.group())
    return nth_within(period, unit, number)


def _quarter_or_half(
    p: Reader, unit: str, number: int, rest: str, ref: date, prefer: Prefer
) -> DateValue | None:
    if not rest:
        return latest_of(unit, number, ref, prefer)
    return begun(p, rest, ref, prefer, lambda period: (
        nth_within(period, unit, number) if period.grain in ("year", "fiscal_year") else None
    ))


def quarter(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"Q3", "Q3 2025", "Q1 of next year", "Q3 FY24"."""
    return _quarter_or_half(p, "quarter", int(m.group(1)), m.group(2), ref, prefer)


def half(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"H1", "H1 2025", "1HFY25"."""
    return _quarter_or_half(p, "half", int(m.group(1)), m.group(2), ref, prefer)


def first_months(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """The first N months of a (fiscal) year: "9MFY25" is July-March under a July start."""
    count, period = int(m.group(1)), container(p, m.group(2), ref, prefer)
    if not 1 <= count <= 12 or period is None or period.start is None:
        return None
    if period.grain not in ("year", "fiscal_year"):
        return None
    end = add_months(period.start, count) - timedelta(days=1)
    return DateValue(period.start, end, "months", period.relative, period.offset)


def months_alone(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """A span of months named as a period ("the April-June quarter"): read as the range of
    those months ("April-June")."""
    return p.phrase(f"{m.group(1)} - {m.group(2)}", ref, prefer)


def whole_of(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"all of 2006", "the whole of last year": the period itself."""
    return p.phrase(m.group(1), ref, prefer)


def period_counted_back(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"the year-earlier period", "the prior-year quarter": the shift its words name ("a
    year earlier"), which the claims read from the period the sentence speaks of; None for
    any phrase that names no shift."""
    value = p.phrase(m.group(1).replace("-", " "), ref, prefer)
    return value if value is not None and value.offset is not None else None


def month_quarter(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """A quarter named by the month it ends with ("the December quarter", "the March
    quarter of FY2012"): the three months to that month (of the year or fiscal year that
    holds it)."""
    if m.group(2) not in p.tables.units:
        return None  # a quarter word the units table does not size
    month = f"{m.group(1)} {m.group(3)}" if m.group(3) else m.group(1)
    return _window_ending(p, 1, m.group(2), month, ref, prefer)


def months_of(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """Months inside the year or fiscal year that holds them: "July-April period of FY24"
    is July 2023 to April 2024 under a July start; None when they do not fit in it."""
    period = container(p, m.group(3), ref, prefer)
    if period is None or period.start is None or period.end is None:
        return None
    if period.grain not in ("year", "fiscal_year"):
        return None
    first = p.tables.months[m.group(1)]
    last = p.tables.months[m.group(2)] if m.group(2) else first
    start = add_months(period.start, (first - period.start.month) % 12)
    end = add_months(start, (last - first) % 12 + 1) - timedelta(days=1)
    if end > period.end:
        return None
    grain: Grain = "month" if first == last else "range"
    return DateValue(start, end, grain, period.relative, period.offset)


def first_n_of(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"the first three months of 2005", "the last two weeks of 2015"."""
    which, count_word, unit, rest = m.groups()
    from_start = which == f"1{p.tables.ordinal_suffix(1)}"  # "first"; else "last", "final"
    count = p.tables.count(count_word)
    if count is None:
        return None
    return begun(p, rest, ref, prefer,
                 lambda period: _first_n(p, period, from_start, count, unit))


def _first_n(
    p: Reader, period: DateValue, from_start: bool, count: int, unit: str
) -> DateValue | None:
    """The first (``from_start``) or last ``count`` ``unit``s of ``period``."""
    if period.start is None or period.end is None:
        return None
    kind, size = p.tables.units[unit]
    year_start = date(period.start.year, 1, 1)
    if kind == "W" and period.grain == "year" and period.start == year_start:
        # Weeks of a year are its ISO weeks, as for "the first week of 2015".
        year, weeks = period.start.year, count * size
        last_week = date(year, 12, 28).isocalendar()[1]
        first, last = (1, weeks) if from_start else (last_week - weeks + 1, last_week)
        span_first, span_last = iso_week(year, first), iso_week(year, last)
        if span_first is None or span_last is None:
            return None
        return replace(period, start=span_first[0], end=span_last[1], grain="weeks", part=None)
    if from_start:
        start = period.start
        end = shift(start, kind, count * size) - timedelta(days=1)
    else:
        end = period.end
        start = shift(end + timedelta(days=1), kind, -count * size)
    if start < period.start or end > period.end:
        return None
    return replace(period, start=start, end=end, grain=p.tables.span_grain(unit), part=None)


def week_number(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"week 12", "week 12 of 2024": ISO weeks."""
    week, rest = int(m.group(1)), m.group(2)
    if rest:
        period = container(p, rest, ref, prefer)
        if period is None or period.grain != "year" or period.start is None:
            return None
        span = iso_week(period.start.year, week)
        relative = period.relative
    else:
        span, relative = iso_week(ref.year, week), True
    if span is None:
        return None
    return DateValue(span[0], span[1], "week", relative)


def week_containing(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"the week of 3 March", "w/c 3 March": Monday to Sunday around a day."""
    anchor = p.phrase(m.group(1), ref, prefer)
    if anchor is None or anchor.grain != "day" or anchor.start is None:
        return None
    start, end = week_of(anchor.start)
    return replace(anchor, start=start, end=end, grain="week")


def window_to(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"the three months to December"."""
    count = p.tables.count(m.group(1))
    if count is None:
        return None
    return _window_ending(p, count, m.group(2), m.group(3), ref, prefer)


def window_to_one(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"the year to March 2005"."""
    return _window_ending(p, 1, m.group(1), m.group(2), ref, prefer)


def _window_ending(
    p: Reader, count: int, unit: str, rest: str, ref: date, prefer: Prefer
) -> DateValue | None:
    """``count`` units ending with ``rest``: "the three months to December"."""
    kind, size = p.tables.units[unit]
    if kind == "D":
        return None  # "the day to March" is no window
    anchor = p.phrase(rest, ref, prefer)
    if anchor is None or anchor.end is None or anchor.grain == "range":
        return None
    start = shift(anchor.end + timedelta(days=1), kind, -count * size)
    return DateValue(start, anchor.end, p.tables.span_grain(unit), anchor.relative)
