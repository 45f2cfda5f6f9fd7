"""Phrases read against the reference date by a word (``dates.relative``): shifted calendar
units, rolling and vague windows, business days, "to date", "later this month".
"""

from __future__ import annotations

import pytest

from tests.normalize.dates.examples import Example, check, example_id

EXAMPLES = [
    # Calendar units shifted by a word.
    Example("last year", "2024-01-01", "2024-12-31", "year", True, "-P1Y"),
    Example("this year", "2025-01-01", "2025-12-31", "year", True, "P0Y"),
    Example("next year", "2026-01-01", "2026-12-31", "year", True, "P1Y"),
    Example("the previous year", "2024-01-01", "2024-12-31", "year", True, "-P1Y"),
    Example("last week", "2025-03-03", "2025-03-09", "week", True, "-P1W"),
    Example("next month", "2025-04-01", "2025-04-30", "month", True, "P1M"),
    Example("last quarter", "2024-10-01", "2024-12-31", "quarter", True, "-P3M"),
    Example("the weekend", "2025-03-15", "2025-03-16", "weekend", True, "P0W"),
    Example("the year", "2025-01-01", "2025-12-31", "year", True, "P0Y"),
    Example("last financial year", "2023-07-01", "2024-06-30", "fiscal_year", True, "-P1Y"),
    Example("last fiscal year", "2023-07-01", "2024-06-30", "fiscal_year", True, "-P1Y"),
    Example("this fiscal year", "2024-07-01", "2025-06-30", "fiscal_year", True, "P0Y"),
    # the name Japanese companies give their fiscal year
    Example("this business year", "2024-07-01", "2025-06-30", "fiscal_year", True, "P0Y"),
    # the year that is ending: the current one, as South Asian business pages write it
    Example("the outgoing fiscal year", "2024-07-01", "2025-06-30", "fiscal_year", True, "P0Y"),
    Example("today", "2025-03-15", "2025-03-15", "day", True, "P0D"),
    Example("yesterday", "2025-03-14", "2025-03-14", "day", True, "-P1D"),
    Example("tomorrow", "2025-03-16", "2025-03-16", "day", True, "P1D"),
    # Rolling windows leave the reference day out; quarters are whole quarters.
    Example("the next five years", "2025-03-16", "2030-03-15", "years", True, "P5Y"),
    Example("over the next five years", "2025-03-16", "2030-03-15", "years", True, "P5Y"),
    Example("the past 12 months", "2024-03-15", "2025-03-14", "months", True, "-P12M"),
    # with the article, a count of units "prior" is a window, as "the past 3 months" is;
    # without it, a point ("three months earlier": December)
    Example("the three months prior", "2024-12-15", "2025-03-14", "months", True, "-P3M"),
    Example("three months earlier", "2024-12-01", "2024-12-31", "month", True, "-P3M"),
    Example("the past decade", "2015-03-15", "2025-03-14", "years", True, "-P10Y"),
    Example("over the past decade", "2015-03-15", "2025-03-14", "years", True, "-P10Y"),
    Example("the next two decades", "2025-03-16", "2045-03-15", "years", True, "P20Y"),
    Example("the last two quarters", "2024-07-01", "2024-12-31", "quarters", True, "-P6M"),
    Example("3 upcoming weeks", "2025-03-16", "2025-04-05", "weeks", True, "P3W"),
    # Unstated counts: open-ended, offset without a number.
    Example("coming years", "2025-03-15", None, "years", True, "P"),
    Example("in the coming years", "2025-03-15", None, "years", True, "P"),
    Example("the next few months", "2025-03-15", None, "months", True, "P"),
    Example("in recent years", None, "2025-03-15", "years", True, "-P"),
    Example("the years ahead", "2025-03-15", None, "years", True, "P"),
    Example("years ago", None, "2025-03-15", "years", True, "-P"),
    # Named months, days and quarters without a year: the latest that has begun.
    Example("earlier this year", "2025-01-01", "2025-03-14", "days", True, "-P"),
    Example("later this month", "2025-03-15", "2025-03-31", "days", True, "P"),
    Example("year to date", "2025-01-01", "2025-03-15", "days", True, "P0D"),
    # Business days skip weekends (not public holidays); a work week is Monday to Friday.
    Example("the next 4 business days", "2025-03-17", "2025-03-20", "days", True, "P4D"),
    Example("the previous 2 working days", "2025-03-13", "2025-03-14", "days", True, "-P2D"),
    Example("next workweek", "2025-03-17", "2025-03-21", "week", True, "P1W"),
    Example("this work week", "2025-03-10", "2025-03-14", "week", True, "P0W"),
    Example("the week after next", "2025-03-24", "2025-03-30", "week", True, "P2W"),
    Example("the year before last", "2023-01-01", "2023-12-31", "year", True, "-P2Y"),
    # A week has no thirds: its start is Monday-Wednesday, its end Thursday-Sunday.
    Example("earlier last week", "2025-03-03", "2025-03-05", "week", True, "-P1W"),
    # The end of the current year.
    Example("year-end", "2025-09-01", "2025-12-31", "year", True, "P0Y"),
]



@pytest.mark.parametrize("example", EXAMPLES, ids=example_id)
def test_relative_phrases(example: Example) -> None:
    check(example)
