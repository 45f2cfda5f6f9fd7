"""Calendar dates stated in part and weekdays placed by a word (``dates.calendar_dates``).

Rows from the seed articles and BBC business news, and calendar phrasings in general use
(month names between numbers, weekdays, named months without a year).
"""

from __future__ import annotations

from datetime import date

import pytest

from claimx.normalize.dates import default_parser, parse_date
from claimx.normalize.dates.calendar_dates import CalendarDate, read_calendar, resolve_calendar
from tests.normalize.dates.examples import REF, Example, check, example_id

EXAMPLES = [
    # Years, months and days as news states them.
    Example("March 2025", "2025-03-01", "2025-03-31", "month"),
    Example("March 3, 2025", "2025-03-03", "2025-03-03", "day"),
    Example("3 March 2025", "2025-03-03", "2025-03-03", "day"),
    Example("Monday, 3 March 2025", "2025-03-03", "2025-03-03", "day"),
    Example("the 4th of July 1995", "1995-07-04", "1995-07-04", "day"),
    Example("Dec. 31, 1994", "1994-12-31", "1994-12-31", "day"),
    Example("2025-03-03", "2025-03-03", "2025-03-03", "day"),
    Example("03/2025", "2025-03-01", "2025-03-31", "month"),
    Example("2025-03", "2025-03-01", "2025-03-31", "month"),
    Example("Aug-2016", "2016-08-01", "2016-08-31", "month"),
    Example("2016/aug/05", "2016-08-05", "2016-08-05", "day"),
    Example("June of 1992", "1992-06-01", "1992-06-30", "month"),
    Example("April of '87", "1987-04-01", "1987-04-30", "month"),
    # A month name between numbers, joined by hyphens or slashes.
    Example("2021-sep-7", "2021-09-07", "2021-09-07", "day"),
    Example("Mar-9-2022", "2022-03-09", "2022-03-09", "day"),
    Example("9/Mar/2022", "2022-03-09", "2022-03-09", "day"),
    Example("11-2019", "2019-11-01", "2019-11-30", "month"),
    # Counted weeks of a year are its ISO weeks, like "the first week of 2015".
    Example("the first week of May 2025 on Friday", "2025-05-02", "2025-05-02", "day"),
    # Named months, days and quarters without a year: the latest that has begun.
    Example("December", "2024-12-01", "2024-12-31", "month", True),
    Example("March", "2025-03-01", "2025-03-31", "month", True),
    Example("3 March", "2025-03-03", "2025-03-03", "day", True),
    Example("the 20th", "2025-02-20", "2025-02-20", "day", True),
    Example("this September", "2025-09-01", "2025-09-30", "month", True),
    Example("last November", "2024-11-01", "2024-11-30", "month", True),
    Example("next March", "2026-03-01", "2026-03-31", "month", True),
    # Weekdays: alone the latest on or before the reference date; next / last = next / last
    # week's; past / coming = the nearest before / after.
    Example("Tuesday", "2025-03-11", "2025-03-11", "day", True),
    Example("Saturday", "2025-03-15", "2025-03-15", "day", True),
    Example("next Friday", "2025-03-21", "2025-03-21", "day", True, "P6D"),
    Example("last Wednesday", "2025-03-05", "2025-03-05", "day", True, "-P10D"),
    Example("this past Wednesday", "2025-03-12", "2025-03-12", "day", True, "-P3D"),
    Example("this coming Saturday", "2025-03-22", "2025-03-22", "day", True, "P7D"),
    Example("Tuesday of next week", "2025-03-18", "2025-03-18", "day", True, "P3D"),
    Example("Friday the 14th", "2025-03-14", "2025-03-14", "day", True),
    Example("Friday, two weeks from today", "2025-03-28", "2025-03-28", "day", True, "P2W"),
    # Shifts from a holiday are plans: the holiday's next occurrence.
    Example("next 3rd of April", "2025-04-03", "2025-04-03", "day", True),
    # A weekday of a shifted week.
    Example("next week Friday", "2025-03-21", "2025-03-21", "day", True, "P6D"),
]



@pytest.mark.parametrize("example", EXAMPLES, ids=example_id)
def test_calendar_dates(example: Example) -> None:
    check(example)


def test_prefer_future_picks_the_next_occurrence() -> None:
    value = parse_date("December", REF, prefer="future")
    assert value is not None
    assert (value.start, value.end) == (date(2025, 12, 1), date(2025, 12, 31))


def test_prefer_future_keeps_a_current_month() -> None:
    value = parse_date("March", REF, prefer="future")
    assert value is not None
    assert value.start == date(2025, 3, 1)


@pytest.mark.parametrize(
    ("text", "lone_day", "expected"),
    [
        ("3 march 2025", False, CalendarDate(2025, 3, 3)),
        ("march 2025", False, CalendarDate(2025, 3)),
        ("monday 21", False, CalendarDate(day=21, weekday=0)),
        ("21", True, CalendarDate(day=21)),
        ("21", False, None),
        ("november 18-19", False, None),
        ("february 30 2025", False, None),
        ("2025", False, None),
    ],
    ids=["day month year", "month year", "weekday and day", "lone day as a range end",
         "lone number", "a range of days", "no such day", "a bare year"],
)
def test_read_calendar(text: str, lone_day: bool, expected: CalendarDate | None) -> None:
    assert read_calendar(default_parser().tables, text, lone_day=lone_day) == expected


@pytest.mark.parametrize(
    ("prefer", "expected"),
    [("past", date(2024, 12, 25)), ("future", date(2025, 12, 25))],
)
def test_a_date_without_a_year_is_the_nearest_on_the_preferred_side(
    prefer: str, expected: date
) -> None:
    value = resolve_calendar(CalendarDate(month=12, day=25), REF, prefer)  # type: ignore[arg-type]
    assert value is not None and value.start == expected and value.relative
