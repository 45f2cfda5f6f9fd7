"""Stated lengths moved from a date (``dates.durations``): "ago", "later", "in", "within",
"before / after" a date, and windows "starting" a date.
"""

from __future__ import annotations

import pytest

from claimx.normalize.dates import default_parser
from claimx.normalize.dates.durations import read_duration
from tests.normalize.dates.examples import Example, check, example_id

EXAMPLES = [
    # Counted back or forward: known to the precision of the unit.
    Example("a decade ago", "2015-01-01", "2015-12-31", "year", True, "-P10Y"),
    Example("just a decade ago", "2015-01-01", "2015-12-31", "year", True, "-P10Y"),
    Example("10 years ago", "2015-01-01", "2015-12-31", "year", True, "-P10Y"),
    Example("two days ago", "2025-03-13", "2025-03-13", "day", True, "-P2D"),
    Example("three months ago", "2024-12-01", "2024-12-31", "month", True, "-P3M"),
    Example("a year earlier", "2024-01-01", "2024-12-31", "year", True, "-P1Y"),
    # the period a sentence speaks of, counted back: the shift alone until claims read it
    # from that period
    Example("the year-earlier period", "2024-01-01", "2024-12-31", "year", True, "-P1Y"),
    Example("the prior-year quarter", "2024-01-01", "2024-12-31", "year", True, "-P1Y"),
    # the whole of a period is that period
    Example("all of 2006", "2006-01-01", "2006-12-31", "year"),
    Example("the whole of last year", "2024-01-01", "2024-12-31", "year", True, "-P1Y"),
    Example("year-earlier", "2024-01-01", "2024-12-31", "year", True, "-P1Y"),
    Example("three weeks later", "2025-04-05", "2025-04-05", "day", True, "P3W"),
    Example("a fortnight from now", "2025-03-29", "2025-03-29", "day", True, "P2W"),
    Example("in two weeks", "2025-03-29", "2025-03-29", "day", True, "P2W"),
    Example("5 years and 2 months ago", "2020-01-01", "2020-01-31", "month", True, "-P5Y2M"),
    # Rolling windows leave the reference day out; quarters are whole quarters.
    Example("within 9 months", "2025-03-15", "2025-12-14", "months", True, "P9M"),
    # Weekdays: alone the latest on or before the reference date; next / last = next / last
    # week's; past / coming = the nearest before / after.
    Example("a week starting tomorrow", "2025-03-16", "2025-03-22", "weeks", True),
    Example("three days after 12 January 2025", "2025-01-15", "2025-01-15", "day"),
    Example("two weeks before Christmas", "2025-12-11", "2025-12-11", "day", True),
    Example("in three weeks' time", "2025-04-05", "2025-04-05", "day", True, "P3W"),
    Example("for two weeks from 20 December", "2024-12-20", "2025-01-02", "weeks", True),
    # Shifts from a holiday are plans: the holiday's next occurrence.
    Example("4 days before new year", "2025-12-28", "2025-12-28", "day", True),
]



@pytest.mark.parametrize("example", EXAMPLES, ids=example_id)
def test_durations(example: Example) -> None:
    check(example)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3 months and 2 weeks", ({"M": 3, "W": 2}, "day", False)),
        ("a decade", ({"Y": 10}, "year", False)),
        ("a few months", ({"M": 1}, "month", True)),
        ("years", ({"Y": 1}, "year", True)),
        ("3 apples", None),
    ],
    ids=["two units", "a decade", "a vague count", "a bare plural", "no unit"],
)
def test_read_duration(text: str, expected: object) -> None:
    assert read_duration(default_parser().tables, text) == expected
