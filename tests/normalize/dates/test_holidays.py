"""Holidays (``dates.holidays``): fixed dates, days after Easter, the n-th weekday of a month,
and a holiday's weekend.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimx.normalize.dates.holidays import easter, nth_weekday
from tests.normalize.dates.examples import Example, check, example_id

EXAMPLES = [
    # Holidays: fixed dates and Easter.
    Example("Christmas 2010", "2010-12-25", "2010-12-25", "day"),
    Example("Easter 2024", "2024-03-31", "2024-03-31", "day"),
    Example("Good Friday 2025", "2025-04-18", "2025-04-18", "day"),
    Example("Ash Wednesday 2025", "2025-03-05", "2025-03-05", "day"),
    Example("St Patrick's Day 2026", "2026-03-17", "2026-03-17", "day"),
    # Holidays on a weekday of a month: the fourth Thursday, the last Monday, the day after.
    Example("Thanksgiving 2025", "2025-11-27", "2025-11-27", "day"),
    Example("Memorial Day 2024", "2024-05-27", "2024-05-27", "day"),
    Example("Black Friday 2023", "2023-11-24", "2023-11-24", "day"),
    # A holiday's weekend reaches the holiday: Saturday to Monday, Thursday to Sunday.
    Example("Labor Day weekend 2025", "2025-08-30", "2025-09-01", "weekend"),
    Example("the weekend of Thanksgiving 2025", "2025-11-27", "2025-11-30", "weekend"),
    Example("Christmas weekend 2022", "2022-12-24", "2022-12-25", "weekend"),
    # Named months, days and quarters without a year: the latest that has begun.
    Example("Christmas", "2024-12-25", "2024-12-25", "day", True),
    # Shifts from a holiday are plans: the holiday's next occurrence.
    Example("Labor Day", "2024-09-02", "2024-09-02", "day", True),
    # A holiday shifted by a word: its last occurrence before the reference date.
    Example("last Christmas", "2024-12-25", "2024-12-25", "day", True),
]



@pytest.mark.parametrize("example", EXAMPLES, ids=example_id)
def test_holidays(example: Example) -> None:
    check(example)


KNOWN_FAILURES = [
    # Lunar and regional holidays are not in the table.
    Example("Eid al-Fitr 2025", "2025-03-30", "2025-03-30", "day"),
]


@pytest.mark.parametrize("example", KNOWN_FAILURES, ids=example_id)
@pytest.mark.xfail(strict=True, reason="not read yet")
def test_known_failures(example: Example) -> None:
    check(example)


@pytest.mark.parametrize(
    ("year", "sunday"),
    [(2000, date(2000, 4, 23)), (2019, date(2019, 4, 21)), (2024, date(2024, 3, 31)),
     (2025, date(2025, 4, 20)), (2038, date(2038, 4, 25))],
)
def test_easter(year: int, sunday: date) -> None:
    assert easter(year) == sunday


@pytest.mark.parametrize(
    ("month", "weekday", "nth", "expected"),
    [(11, 3, 4, date(2025, 11, 27)), (5, 0, -1, date(2025, 5, 26)), (9, 0, 1, date(2025, 9, 1))],
    ids=["fourth Thursday", "last Monday", "first Monday"],
)
def test_nth_weekday(month: int, weekday: int, nth: int, expected: date) -> None:
    assert nth_weekday(2025, month, weekday, nth) == expected
