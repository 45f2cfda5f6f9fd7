"""All-number dates: 2025-03-03, 03/2025, 12/03/2025, 3/12, 20250303.

A part above 12 decides the order by itself (25/12/2024 and 12/25/2024 are both Christmas);
when both parts are 12 or less the caller's order decides, else ``numeric_date_order``.
:func:`numeric_order` finds the order a document's own unambiguous dates show.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from claimx.normalize.dates.arithmetic import valid_day
from claimx.normalize.dates.tables import DateTables, Reader
from claimx.normalize.dates.values import DateValue, Order, Prefer

# Day, month and year (or month, day and year) of an all-number date.
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d|/\d)")


def numeric_order(texts: Iterable[str]) -> Order | None:
    """The order the unambiguous all-number dates among ``texts`` show, None when none do.

    "25/12/2024" shows day first, "12/25/2024" month first; "03/04/2024" shows nothing. A
    text that shows both orders shows none.
    """
    seen: set[Order] = set()
    for text in texts:
        for match in _NUMERIC_DATE.finditer(text):
            first, second = int(match.group(1)), int(match.group(3))
            if 12 < first <= 31 and 1 <= second <= 12:
                seen.add("dmy")
            elif 12 < second <= 31 and 1 <= first <= 12:
                seen.add("mdy")
    return seen.pop() if len(seen) == 1 else None


def day_month(first: int, second: int, *, day_first: bool) -> tuple[int, int]:
    """(day, month) of two numbers: one above 12 is the day, else ``day_first`` decides."""
    if first > 12 >= second:
        return first, second
    if second > 12 >= first:
        return second, first
    return (first, second) if day_first else (second, first)


def numeric_parts(
    tables: DateTables, order: list[str], numbers: list[str], year: int | None, day: int | None
) -> tuple[int | None, int | None, int | None] | None:
    """Year, month and day of the numbers of an all-number date, None when they make none.

    ``order`` spells the tokens: "Y" a four-digit year, "N" a number of one or two digits
    ("YNN" is 2025-03-03, "NNY" 12/03/2025, "NN" 3/12, "NY" 03/2025); a third two-digit
    number is a year. A day already read (an ordinal) or an apostrophe year is no
    all-number date.
    """
    if day is not None or any(n.startswith("'") for n in numbers):
        return None
    values = [int(n) for n in numbers]
    shape = "".join(order)
    if shape == "YN" or shape == "NY":
        return (year, values[0], None) if 1 <= values[0] <= 12 else None
    if shape == "YNN":
        return year, values[0], values[1]
    if shape == "YNNN" or len(values) > 3:
        return None
    if shape in ("NNY", "NNN"):
        first, second = values[0], values[1]
        if shape == "NNN":
            year = tables.full_year(numbers[2])
        day_, month = day_month(first, second, day_first=tables.day_first)
        return year, month, day_
    if shape == "NN":
        day_, month = day_month(values[0], values[1], day_first=tables.day_first)
        return None, month, day_
    return None


def compact(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """Eight digits as year, month and day: "20250303"."""
    digits = m.group(1)
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
    if not 1900 <= year <= 2099 or not valid_day(year, month, day):
        return None
    when = date(year, month, day)
    return DateValue(when, when, "day")
