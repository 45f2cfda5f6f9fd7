"""Ranges and open intervals (``dates.ranges``): the missing year or month of one end comes
from the other; since / after / before / until / by bound a period on one side.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimx.normalize.dates import DateValue
from claimx.normalize.dates.calendar_dates import CalendarDate
from claimx.normalize.dates.ranges import join, merge_range
from tests.normalize.dates.examples import Example, check, example_id

EXAMPLES = [
    # Ranges: the missing year or month of one end comes from the other.
    Example("2014-2018", "2014-01-01", "2018-12-31", "range"),
    Example("between 2014 and 2018", "2014-01-01", "2018-12-31", "range"),
    Example("from 2010 to the end of 2012", "2010-01-01", "2012-12-31", "range"),
    Example("from May to October 2020", "2020-05-01", "2020-10-31", "range"),
    Example("November 2019 to February 2020", "2019-11-01", "2020-02-29", "range"),
    Example("Nov-Feb 2017", "2016-11-01", "2017-02-28", "range"),
    Example("3-5 March 2025", "2025-03-03", "2025-03-05", "range"),
    Example("from the 9th to the 17th of April 2016", "2016-04-09", "2016-04-17", "range"),
    Example("Nov 18 - Dec 19, 2015", "2015-11-18", "2015-12-19", "range"),
    Example("between the end of 2007 and the start of 2009", "2007-12-31", "2009-01-01", "range"),
    # Open intervals: since = from the start, after = from the day after, before = up to
    # the day before, until / by = up to the last day.
    Example("since 2016", "2016-01-01", None, "year"),
    Example("after 2016", "2017-01-01", None, "year"),
    Example("before 2018", None, "2017-12-31", "year"),
    Example("by 2030", None, "2030-12-31", "year"),
    Example("2012 or later", "2012-01-01", None, "year"),
    Example("before the end of June 2025", None, "2025-06-30", "month"),
    # Weekdays: alone the latest on or before the reference date; next / last = next / last
    # week's; past / coming = the nearest before / after.
    Example("between now and 15 November", "2025-03-15", "2025-11-15", "range", True),
    Example("from next Monday to Friday", "2025-03-17", "2025-03-21", "range", True),
    Example("from March to date", "2025-03-01", "2025-03-15", "range", True),
    Example("between June 2024 and now", "2024-06-01", "2025-03-15", "range", True),
    Example("from 2023-01-01 till current date", "2023-01-01", "2025-03-15", "range", True),
]



@pytest.mark.parametrize("example", EXAMPLES, ids=example_id)
def test_ranges_and_open_intervals(example: Example) -> None:
    check(example)


KNOWN_FAILURES = [
    # A range that starts before its relative right end is resolved.
    Example("from the 4th to the 23rd of next month", "2025-04-04", "2025-04-23", "range", True),
]


@pytest.mark.parametrize("example", KNOWN_FAILURES, ids=example_id)
@pytest.mark.xfail(strict=True, reason="not read yet")
def test_known_failures(example: Example) -> None:
    check(example)


@pytest.mark.parametrize(
    ("lo", "hi", "merged"),
    [
        (CalendarDate(day=9), CalendarDate(2025, 6, 12),
         (CalendarDate(2025, 6, 9), CalendarDate(2025, 6, 12))),
        (CalendarDate(None, 4, 9), CalendarDate(day=17),
         (CalendarDate(None, 4, 9), CalendarDate(None, 4, 17))),
        (CalendarDate(None, 11), CalendarDate(2017, 2),
         (CalendarDate(2016, 11), CalendarDate(2017, 2))),
        (CalendarDate(day=9), CalendarDate(day=17), None),
    ],
    ids=["day takes the month and year", "day keeps the month", "year before", "no month"],
)
def test_merge_range(
    lo: CalendarDate, hi: CalendarDate, merged: tuple[CalendarDate, CalendarDate] | None
) -> None:
    assert merge_range(lo, hi) == merged


def test_join_refuses_ends_in_the_wrong_order() -> None:
    later = DateValue(date(2025, 1, 1), date(2025, 12, 31), "year")
    earlier = DateValue(date(2020, 1, 1), date(2020, 12, 31), "year")
    assert join(later, earlier) is None
