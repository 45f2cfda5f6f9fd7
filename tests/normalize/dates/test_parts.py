"""Parts of a period (``dates.parts``): thirds, the n-th quarter / half / month / week / day,
the first or last N units, and windows ending with a date ("the three months to December").
"""

from __future__ import annotations

from datetime import date

import pytest

from claimx.normalize.dates import DateValue, default_parser, parse_date
from claimx.normalize.dates.parts import nth_within, part_of
from claimx.normalize.dates.values import Prefer
from tests.normalize.dates.examples import Example, check, example_id

EXAMPLES = [
    # Quarters and halves, calendar and fiscal.
    Example("Q3 2025", "2025-07-01", "2025-09-30", "quarter"),
    Example("Q1-2019", "2019-01-01", "2019-03-31", "quarter"),
    Example("Q3/2021", "2021-07-01", "2021-09-30", "quarter"),
    Example("H1/2020", "2020-01-01", "2020-06-30", "half"),
    Example("the third quarter of 2025", "2025-07-01", "2025-09-30", "quarter"),
    Example("third-quarter 2004", "2004-07-01", "2004-09-30", "quarter"),
    # a Roman numeral before "quarter" is its ordinal
    Example("IV quarter of 2019", "2019-10-01", "2019-12-31", "quarter"),
    Example("the III quarter of 2019", "2019-07-01", "2019-09-30", "quarter"),
    Example("the last quarter of 2004", "2004-10-01", "2004-12-31", "quarter"),
    Example("Q3 FY24", "2024-01-01", "2024-03-31", "quarter"),
    Example("H1 2025", "2025-01-01", "2025-06-30", "half"),
    Example("the first half of 2004", "2004-01-01", "2004-06-30", "half"),
    Example("the first semester of 2020", "2020-01-01", "2020-06-30", "half"),
    Example("the second half of FY25", "2025-01-01", "2025-06-30", "half"),
    # Parts: January-April, May-August, September-December; month days 1-10, 11-20, 21-end.
    Example("mid-2025", "2025-05-01", "2025-08-31", "year"),
    Example("early 2024", "2024-01-01", "2024-04-30", "year"),
    Example("late 2023", "2023-09-01", "2023-12-31", "year"),
    Example("the end of 2025", "2025-09-01", "2025-12-31", "year"),
    Example("end-2019", "2019-09-01", "2019-12-31", "year"),
    Example("the start of 2004", "2004-01-01", "2004-04-30", "year"),
    Example("late October 2004", "2004-10-21", "2004-10-31", "month"),
    Example("the late 1990s", "1997-01-01", "1999-12-31", "decade"),
    Example("early FY25", "2024-07-01", "2024-10-31", "fiscal_year"),
    # Windows ending at a date.
    Example("the year to March 2005", "2004-04-01", "2005-03-31", "years"),
    Example("the three months to 31 December 2004", "2004-10-01", "2004-12-31", "months"),
    Example("the three months to end-September 2019", "2019-07-01", "2019-09-30", "months"),
    Example("the week to 25 December 2004", "2004-12-19", "2004-12-25", "weeks"),
    # a numbered quarter that ends on a date is the fiscal quarter ending then
    Example("the fourth quarter ended February 28, 2015", "2014-12-01", "2015-02-28",
            "quarters"),
    Example("the first three months of 2005", "2005-01-01", "2005-03-31", "months"),
    Example("the final three months of 2004", "2004-10-01", "2004-12-31", "months"),
    Example("the first week of 2015", "2014-12-29", "2015-01-04", "week"),
    Example("the last week of December 2016", "2016-12-26", "2017-01-01", "week"),
    Example("the third month of 2021", "2021-03-01", "2021-03-31", "month"),
    # Counted weeks of a year are its ISO weeks, like "the first week of 2015".
    Example("the first two weeks of 2026", "2025-12-29", "2026-01-11", "weeks"),
    Example("the last 2 weeks of 2024", "2024-12-16", "2024-12-29", "weeks"),
    # Named months, days and quarters without a year: the latest that has begun.
    Example("the three months to December", "2024-10-01", "2024-12-31", "months", True),
    Example("the third quarter", "2024-07-01", "2024-09-30", "quarter", True),
    Example("the final quarter", "2024-10-01", "2024-12-31", "quarter", True),
    Example("the II quarter", "2024-04-01", "2024-06-30", "quarter", True),
    Example("Q1", "2025-01-01", "2025-03-31", "quarter", True),
    Example("the end of this year", "2025-09-01", "2025-12-31", "year", True, "P0Y"),
    Example("late last year", "2024-09-01", "2024-12-31", "year", True, "-P1Y"),
    Example("the first quarter of next year", "2026-01-01", "2026-03-31", "quarter", True, "P1Y"),
    Example("next year's first quarter", "2026-01-01", "2026-03-31", "quarter", True, "P1Y"),
    # Weekdays: alone the latest on or before the reference date; next / last = next / last
    # week's; past / coming = the nearest before / after.
    Example("the week of 10 April 2024", "2024-04-08", "2024-04-14", "week"),
    # A week has no thirds: its start is Monday-Wednesday, its end Thursday-Sunday.
    Example("the end of the week", "2025-03-13", "2025-03-16", "week", True, "P0W"),
    Example("early next week", "2025-03-17", "2025-03-19", "week", True, "P1W"),
    # ISO week numbers.
    Example("week 12 of 2024", "2024-03-18", "2024-03-24", "week"),
]



@pytest.mark.parametrize("example", EXAMPLES, ids=example_id)
def test_parts_of_periods(example: Example) -> None:
    check(example)


def test_part_is_kept() -> None:
    value = parse_date("mid-2025")
    assert value is not None
    assert value.part == "mid"


@pytest.mark.parametrize(("year", "start", "end"), [
    (2016, date(2016, 7, 25), date(2016, 7, 31)),
    (2017, date(2017, 7, 24), date(2017, 7, 30)),
], ids=["ends on a Sunday", "ends on a Monday"])
def test_the_last_week_of_a_month_is_mostly_inside_it(year: int, start: date, end: date) -> None:
    value = parse_date(f"the last week of July {year}")
    assert value is not None and (value.start, value.end) == (start, end)


@pytest.mark.parametrize(
    ("part", "start", "end"),
    [("early", date(2025, 1, 1), date(2025, 1, 3)),
     ("mid", date(2025, 1, 4), date(2025, 1, 6)),
     ("late", date(2025, 1, 7), date(2025, 1, 10))],
)
def test_a_period_without_bounds_is_cut_in_equal_thirds(part: str, start: date, end: date) -> None:
    ten_days = DateValue(date(2025, 1, 1), date(2025, 1, 10), "days")
    value = part_of(ten_days, part, default_parser().tables.part_bounds)  # type: ignore[arg-type]
    assert value is not None and (value.start, value.end) == (start, end)


@pytest.mark.parametrize("phrase", ["iv", "IV quarters", "the XI quarter", "I quarter"])
def test_a_roman_numeral_is_an_ordinal_only_before_quarter(phrase: str) -> None:
    assert parse_date(phrase, date(2025, 3, 1)) is None


@pytest.mark.parametrize(("unit", "number"), [("quarter", 5), ("half", 0), ("day", 400)])
def test_nth_within_beyond_the_period_is_none(unit: str, number: int) -> None:
    year = DateValue(date(2025, 1, 1), date(2025, 12, 31), "year")
    assert nth_within(year, unit, number) is None


@pytest.mark.parametrize(
    ("phrase", "prefer", "start", "end"),
    [
        pytest.param("the end of the year", "past", date(2023, 9, 1), date(2023, 12, 31),
                     id="a past end of the year not yet come is last year's"),
        pytest.param("the final three months of the year", "past", date(2023, 10, 1),
                     date(2023, 12, 31), id="a past last quarter, read in February"),
        pytest.param("the fourth quarter of the year", "past", date(2023, 10, 1),
                     date(2023, 12, 31), id="as the fourth quarter alone is"),
        pytest.param("the first half of the year", "past", date(2024, 1, 1), date(2024, 6, 30),
                     id="a part that has begun stays this year's"),
        pytest.param("the end of the year", "future", date(2024, 9, 1), date(2024, 12, 31),
                     id="a future end of the year is this year's"),
        pytest.param("the end of the month", "past", date(2024, 2, 21), date(2024, 2, 29),
                     id="only parts of a year move back"),
    ],
)
def test_a_past_part_of_the_year_that_has_not_begun_is_of_the_year_before(
    phrase: str, prefer: Prefer, start: date, end: date
) -> None:
    """A results report of February 2024: "net debt stood at $4.92 billion at the end of the
    year", "the net interest margin was 2.98% in the final three months of the year"."""
    value = parse_date(phrase, date(2024, 2, 22), prefer=prefer)
    assert value is not None and (value.start, value.end) == (start, end)


def test_a_part_of_the_year_read_without_a_date_stays_of_this_year() -> None:
    value = parse_date("the second quarter of the year")
    assert value is not None and value.offset == "P0Y"
