"""Ranges ("2014-2018", "from May to October 2020", "Nov-Feb 2017", "April 9-17") and open
intervals ("since 2010", "before the end of June", "2025 or later").

A range takes what one end leaves out from the other ("Nov-Feb 2017" starts in November
2016, "April 9-17" keeps April). As a range end or bound, "the end of 2007" is its last day
and "the start of 2008" its first day, not a third of the year. Open intervals: since, from
X's first day; after, from the day after X; before, up to the day before X; until and by, up
to X's last day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from claimx.normalize.dates.calendar_dates import CalendarDate, read_calendar, resolve_calendar
from claimx.normalize.dates.tables import Reader
from claimx.normalize.dates.values import DateValue, Grain, Prefer


def read_range(p: Reader, s: str, ref: date, prefer: Prefer) -> DateValue | None:
    """A phrase cut at a range connector into two ends that both read, None otherwise."""
    body = s
    grammar = p.tables.grammar
    between = re.match(rf"^(?:{grammar.alt('range_openers')})\s+(.+)$", s)
    if between:
        body = between.group(1)
    connectors = "|".join(re.escape(c) for c in p.tables.connectors if c != "-")
    # Word connectors first, so that "2017-Q1 to 2018-Q1" is not cut at a hyphen.
    splits = [*re.finditer(rf"\s+(?:{connectors})\s+", body)]
    if "-" in p.tables.connectors:
        # A spaced hyphen before a bare one ("02-02-2020 - 03-03-2020"); of bare ones
        # the nearest the middle first: both ends tend to have one shape (10-1-2018-10-7-2018).
        splits += re.finditer(r"\s+-\s+", body)
        middle = len(body) / 2
        bare = re.finditer(r"(?<!\s)-|-(?!\s)", body)
        splits += sorted(bare, key=lambda m: abs(m.start() - middle))
    for split in splits:
        if split.group().strip() in grammar.opener_only_connectors and not between:
            continue
        left, right = body[: split.start()], body[split.end() :]
        if not left.strip() or not right.strip():
            continue
        value = _range_of(p, left, right, ref, prefer)
        if value is not None:
            return value
    return None


def _range_of(p: Reader, left: str, right: str, ref: date, prefer: Prefer) -> DateValue | None:
    # "from March to date": the reference day
    right = p.tables.grammar.reference_day_words.get(right.strip(), right)
    left_cal = read_calendar(p.tables, left, lone_day=True)
    right_cal = read_calendar(p.tables, right, lone_day=True)
    if left_cal is not None and right_cal is not None:
        merged = merge_range(left_cal, right_cal)
        if merged is not None:
            lo, hi = merged
            lo_value = resolve_calendar(lo, ref, prefer)
            if lo_value is not None and lo_value.start is not None:
                hi_value = resolve_calendar(hi, lo_value.start, "future")
                return join(lo_value, hi_value, relative=lo.year is None)
    if left_cal is not None and left_cal.year is None and left_cal.month is not None:
        # "from May to October 2020": the left end takes its year from the right end.
        hi_value = p.phrase(right, ref, prefer)
        if hi_value is None or hi_value.start is None:
            return None
        year = hi_value.start.year
        lo_value = resolve_calendar(replace(left_cal, year=year), ref, prefer)
        if lo_value is not None and lo_value.start and lo_value.start > hi_value.start:
            lo_value = resolve_calendar(replace(left_cal, year=year - 1), ref, prefer)
        return join(lo_value, hi_value)
    lo_value = p.phrase(left, ref, prefer)
    if lo_value is None or lo_value.start is None:
        return None
    if right_cal is not None and right_cal.year is None:
        # "between now and November 15th", "from next Monday to Friday": an
        # under-specified right end is its first occurrence after the left end.
        hi_value = resolve_calendar(right_cal, lo_value.start, "future")
        if hi_value is not None:
            hi_value = replace(hi_value, relative=True)
    else:
        hi_value = p.phrase(right, ref, prefer)
    return join(lo_value, hi_value)


def merge_range(lo: CalendarDate, hi: CalendarDate) -> tuple[CalendarDate, CalendarDate] | None:
    """Fill what one end of a calendar range leaves out from the other end."""
    if lo.month is None and lo.day is not None and hi.month is not None:
        lo = replace(lo, month=hi.month, year=lo.year or hi.year)  # "9 to 12 June"
    if hi.month is None and hi.day is not None and lo.month is not None:
        month = lo.month if lo.day is None or hi.day >= lo.day else lo.month % 12 + 1
        hi = replace(hi, month=month, year=hi.year or lo.year)  # "April 9-17"
    if lo.month is None or hi.month is None:
        if lo.year is not None and hi.year is not None and lo.month is hi.month is None:
            return lo, hi
        return None
    if lo.year is None and hi.year is not None:
        later = (lo.month, lo.day or 1) > (hi.month, hi.day or 1)
        lo = replace(lo, year=hi.year - 1 if later else hi.year)  # "Nov-Feb 2017"
    return lo, hi


def join(
    lo: DateValue | None, hi: DateValue | None, *, relative: bool = False
) -> DateValue | None:
    """The range from ``lo``'s start to ``hi``'s end; None when either is missing or they
    are in the wrong order."""
    if lo is None or hi is None or lo.start is None or hi.end is None:
        return None
    # As a range end, "the end of 2007" is its last day and "the start of 2008" its first.
    start = lo.end if lo.part == "late" and lo.end else lo.start
    end = hi.start if hi.part == "early" and hi.start else hi.end
    if start > end:
        return None
    return DateValue(start, end, "range", relative=relative or lo.relative or hi.relative)


def read_open(p: Reader, s: str, ref: date, prefer: Prefer) -> DateValue | None:
    """An open interval: "since 2010", "by March", "2025 or later"; None without a bound."""
    tables = p.tables
    match = tables.re_open_prefix.fullmatch(s)
    kind: str | None = None
    rest = s
    if match:
        kind, rest = tables.open_prefixes[match.group(1)], match.group(2)
    else:
        match = tables.re_open_suffix.fullmatch(s)
        if match:
            rest, kind = match.group(1), tables.open_suffixes[match.group(2)]
    if kind is None:
        return None
    anchor = p.phrase(rest, ref, prefer)
    if anchor is None:
        return None
    start, end = anchor.start, anchor.end
    # "before the end of June" is up to its last day, "after the start of March" from its
    # first: the end / start of a period is a boundary here, not its last / first third.
    if kind == "since" or (kind == "after" and anchor.part == "early"):
        end = None
    elif kind == "after":
        start, end = (end + timedelta(days=1) if end else None), None
    elif kind == "before" and anchor.part != "late":
        start, end = None, (start - timedelta(days=1) if start else None)
    else:
        start = None
    grain: Grain = "range" if anchor.grain == "range" else anchor.grain
    return replace(anchor, start=start, end=end, grain=grain, part=None)
