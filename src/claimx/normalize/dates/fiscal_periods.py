"""Fiscal years as written: "FY24", "FY2024", "fiscal 2024", "2023-24", "2023/2024".

Each is the fiscal year ending in the year it is named after; its start month is
``fiscal_year_start_month`` of the table. The periods of a labelled fiscal year ("Q3 FY25",
"1HFY25", "9MFY25") are read by :mod:`~claimx.normalize.dates.parts` from the fiscal year.
The words that label a fiscal year are dates.json ``fiscal_labels``.
"""

from __future__ import annotations

import re
from datetime import date

from claimx.normalize.dates.periods import fiscal_year
from claimx.normalize.dates.tables import Reader
from claimx.normalize.dates.values import DateValue, Prefer


def year_pair(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
    """Year pairs: "2023-24" and "2005-6" are fiscal years, "2015-12" a month, "1973-90" a
    range."""
    fy_start = p.tables.fy_start
    first, joint, second = int(m.group(1)), m.group(2), m.group(3)
    if len(second) == 4:
        # "2023/2024" is a fiscal year; "2023-2024" is read as a range of two years.
        if joint == "/" and int(second) == first + 1:
            return fiscal_year(first + 1, fy_start)
        return None
    if (first + 1) % 100 == int(second):
        return fiscal_year(first + 1, fy_start)
    if len(second) == 1 and (first + 1) % 10 == int(second):
        return fiscal_year(first + 1, fy_start)  # "the 2005-6 budget", as the UK press writes it
    if int(second) <= 12:
        return None  # an ISO month, read by the calendar rule
    last = first - first % 100 + int(second)
    if last <= first:
        return None
    return DateValue(date(first, 1, 1), date(last, 12, 31), "range")


def labelled_fiscal_year(
    p: Reader, m: re.Match[str], ref: date, prefer: Prefer
) -> DateValue | None:
    """"FY24", "fiscal 2008", "FY 2023-24": a fiscal year named by the year it ends in."""
    first = p.tables.full_year(m.group(1))
    if m.group(2) is None:
        return fiscal_year(first, p.tables.fy_start)
    second = int(m.group(2))
    if len(m.group(2)) == 2:
        second = first - first % 100 + second
        if second < first:
            second += 100
    return fiscal_year(second, p.tables.fy_start) if second == first + 1 else None
