"""Phrases of the time of the report (``dates.reporting``): the reporting day ("on the day",
"in morning trade", "at the close", "at 0950 GMT"), the time up to it ("so far", "to date",
"since its release") and from it to a period's end ("for the rest of the year").

Rows come from the phrases that scope figures in BBC business and entertainment stories
(share prices "in morning trade", box office "so far", rates "for the rest of the year").
"""

from __future__ import annotations

import pytest

from claimx.normalize.dates import parse_date
from tests.normalize.dates.examples import Example, check, example_id

EXAMPLES = [
    # The reporting day: a trading session, the close, a clock time, "currently".
    Example("on the day", "2025-03-15", "2025-03-15", "day", True, "P0D"),
    Example("in morning trade", "2025-03-15", "2025-03-15", "day", True, "P0D"),
    Example("in early trading", "2025-03-15", "2025-03-15", "day", True, "P0D"),
    Example("during afternoon dealings", "2025-03-15", "2025-03-15", "day", True, "P0D"),
    Example("at the close", "2025-03-15", "2025-03-15", "day", True, "P0D"),
    Example("at the close of trading", "2025-03-15", "2025-03-15", "day", True, "P0D"),
    Example("at 0950 GMT", "2025-03-15", "2025-03-15", "day", True, "P0D"),
    Example("at 10:30 BST", "2025-03-15", "2025-03-15", "day", True, "P0D"),
    Example("currently", "2025-03-15", "2025-03-15", "day", True, "P0D"),
    Example("at present", "2025-03-15", "2025-03-15", "day", True, "P0D"),
    Example("right now", "2025-03-15", "2025-03-15", "day", True, "P0D"),
    Example("at the moment", "2025-03-15", "2025-03-15", "day", True, "P0D"),
    # A day linked after the session names the day (the most recent Tuesday).
    Example("in early trading on Tuesday", "2025-03-11", "2025-03-11", "day", True, None),
    Example("at the close on Friday", "2025-03-14", "2025-03-14", "day", True, None),
    # Up to the reporting day: the start unknown, or the start of the period named.
    Example("so far", None, "2025-03-15", "days", True, "P0D"),
    Example("to date", None, "2025-03-15", "days", True, "P0D"),
    Example("thus far", None, "2025-03-15", "days", True, "P0D"),
    Example("since its release", None, "2025-03-15", "days", True, "P0D"),
    Example("since the launch", None, "2025-03-15", "days", True, "P0D"),
    Example("so far this year", "2025-01-01", "2025-03-15", "days", True, "P0D"),
    Example("so far this month", "2025-03-01", "2025-03-15", "days", True, "P0D"),
    Example("so far in 2025", "2025-01-01", "2025-03-15", "days", True, "P0D"),
    # From the reporting day to the period's end; a period not begun yet is whole.
    Example("for the rest of the year", "2025-03-15", "2025-12-31", "days", True, "P0D"),
    Example("the remainder of the month", "2025-03-15", "2025-03-31", "days", True, "P0D"),
    Example("the rest of 2025", "2025-03-15", "2025-12-31", "days", True, "P0D"),
    Example("the rest of next year", "2026-01-01", "2026-12-31", "year", True, "P1Y"),
    # Without a reference date they keep their offset and lose their days.
    Example("on the day", None, None, "day", True, "P0D", ref=None),
    Example("so far", None, None, "days", True, "P0D", ref=None),
    Example("for the rest of the year", None, None, "days", True, "P0D", ref=None),
    Example("the rest of 2025", None, None, "year", True, None, ref=None),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=example_id)
def test_reporting_time_phrases(example: Example) -> None:
    check(example)


NOT_DATES = [
    "so far in 2023",  # a year already over is no period up to the report
    "the rest of 2024",
    "the rest of the season",  # no calendar period
    "in the morning",
    "trade",
    "since the release of the film",  # the event is named after it: not read
    "at 25 GMT",  # no hour of the clock
    "0950 GMT",  # a clock time needs its "at" to place a figure
    "at 9am",  # no time zone: as often a time to come ("the show starts at 9am")
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_reporting_time(text: str) -> None:
    assert parse_date(text, EXAMPLES[0].ref) is None
