"""Periods that name themselves without the reference date: years ("2030", "'87", "calendar
year 2008"), decades ("the 1990s", "the nineties"), centuries ("the 21st century", "the
1800s"), and quarters or halves written beside a year ("2025 Q1", "3Q24", "2019-H2").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from claimx.normalize.dates.arithmetic import months_span
from claimx.normalize.dates.tables import Reader
from claimx.normalize.dates.values import DateValue, Prefer


def _year_value(year: int) -> DateValue:
    return DateValue(date(year, 1, 1), date(year, 12, 31), "year")


def labelled_year(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"calendar year 2008", "the year 2011", "CY24"."""
    return _year_value(p.tables.full_year(m.group(1)))


def year(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """Four digits from 1000 to 2999."""
    value = int(m.group(1))
    if not 1000 <= value <= 2999:
        return None
    return _year_value(value)


def short_year(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"'87"."""
    return _year_value(p.tables.full_year(m.group(1)))


def decade(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"the 1990s", "the '90s", "the 80s"; "the 1800s" is a century."""
    digits = m.group(1)
    if len(digits) == 1:
        start = p.tables.full_year(digits + "0")
    elif len(digits) == 3:
        start = int(digits) * 10
        if start % 100 == 0 and start != 2000:
            # "the 1800s" is a century; "the 2000s" is read as the decade 2000-2009.
            return DateValue(date(start, 1, 1), date(start + 99, 12, 31), "century")
    else:
        return None
    if not 1000 <= start <= 2990:
        return None
    return DateValue(date(start, 1, 1), date(start + 9, 12, 31), "decade")


def decade_word(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"the nineties"."""
    start = p.tables.full_year(str(p.tables.decade_words[m.group(1)]))
    return DateValue(date(start, 1, 1), date(start + 9, 12, 31), "decade")


def century(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"the 21st century" is 2000-2099."""
    number = int(m.group(1))
    if not 1 <= number <= 30:
        return None
    first = max(1, (number - 1) * 100)
    return DateValue(date(first, 1, 1), date((number - 1) * 100 + 99, 12, 31), "century")


def _quarter_or_half(year_: int, number: int, unit: Literal["quarter", "half"]) -> DateValue:
    size = 3 if unit == "quarter" else 6
    start, end = months_span(year_, size * (number - 1) + 1, size)
    return DateValue(start, end, unit)


def quarter_after_year(
    p: Reader, m: re.Match[str], ref: date, prefer: Prefer
) -> DateValue | None:
    """"2025 Q1", "2017-Q3"."""
    return _quarter_or_half(int(m.group(1)), int(m.group(2)), "quarter")


def quarter_short(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"3Q24"."""
    return _quarter_or_half(p.tables.full_year(m.group(2)), int(m.group(1)), "quarter")


def half_after_year(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"2019-H2"."""
    return _quarter_or_half(int(m.group(1)), int(m.group(2)), "half")


def half_short(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """"1H25"."""
    return _quarter_or_half(p.tables.full_year(m.group(2)), int(m.group(1)), "half")
