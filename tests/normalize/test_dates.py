"""parse_date: date phrases as inclusive day intervals, read against a reference date.

One parametrized table of examples. Groups: the phrasings of the seed articles and of BBC
business news (absolute dates, fiscal years, quarters, parts of years, windows "to" a month),
relative phrases with and without a reference date, calendar phrasings in general use
(ranges, weekdays, ISO and numeric dates, spelt-out numbers), and phrases that are not dates.
The reference date is Saturday 15 March 2025 unless a row says otherwise.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.normalize.dates import GRAINS, DateParser, DateValue, numeric_order, parse_date
from claimx.resources import RulesError, default_rules_dir, read_table

REF = date(2025, 3, 15)


class Example(NamedTuple):
    text: str
    start: str | None
    end: str | None
    grain: str
    relative: bool = False
    offset: str | None = None
    ref: date | None = REF


ABSOLUTE = [
    # Years, months and days as news states them.
    Example("2030", "2030-01-01", "2030-12-31", "year"),
    Example("March 2025", "2025-03-01", "2025-03-31", "month"),
    Example("March 3, 2025", "2025-03-03", "2025-03-03", "day"),
    Example("3 March 2025", "2025-03-03", "2025-03-03", "day"),
    Example("Monday, 3 March 2025", "2025-03-03", "2025-03-03", "day"),
    Example("the 4th of July 1995", "1995-07-04", "1995-07-04", "day"),
    Example("Dec. 31, 1994", "1994-12-31", "1994-12-31", "day"),
    Example("2025-03-03", "2025-03-03", "2025-03-03", "day"),
    Example("20250303", "2025-03-03", "2025-03-03", "day"),
    Example("03/2025", "2025-03-01", "2025-03-31", "month"),
    Example("2025-03", "2025-03-01", "2025-03-31", "month"),
    Example("Aug-2016", "2016-08-01", "2016-08-31", "month"),
    Example("2016/aug/05", "2016-08-05", "2016-08-05", "day"),
    Example("June of 1992", "1992-06-01", "1992-06-30", "month"),
    Example("April of '87", "1987-04-01", "1987-04-30", "month"),
    Example("the year 2011", "2011-01-01", "2011-12-31", "year"),
    Example("calendar year 2008", "2008-01-01", "2008-12-31", "year"),
    # All-number dates: a part above 12 decides; else month first (numeric_date_order = mdy).
    Example("04/03/2025", "2025-04-03", "2025-04-03", "day"),
    Example("12/31/2024", "2024-12-31", "2024-12-31", "day"),
    Example("31/12/24", "2024-12-31", "2024-12-31", "day"),
    Example("from 9/2/2024 - 9/6/2024", "2024-09-02", "2024-09-06", "range"),
    Example("11-3-2023-11-9-2023", "2023-11-03", "2023-11-09", "range"),
    Example("from 6/3 to 7/14", "2024-06-03", "2024-07-14", "range", True),
    Example("12/20-1/6", "2024-12-20", "2025-01-06", "range", True),
    # Fiscal years end in the year they are named after; July start by default.
    Example("FY24", "2023-07-01", "2024-06-30", "fiscal_year"),
    Example("FY2024", "2023-07-01", "2024-06-30", "fiscal_year"),
    Example("FY 2023-24", "2023-07-01", "2024-06-30", "fiscal_year"),
    Example("FY23-24", "2023-07-01", "2024-06-30", "fiscal_year"),
    Example("2023-24", "2023-07-01", "2024-06-30", "fiscal_year"),
    Example("2023/24", "2023-07-01", "2024-06-30", "fiscal_year"),
    Example("2023/2024", "2023-07-01", "2024-06-30", "fiscal_year"),
    Example("fiscal 2008", "2007-07-01", "2008-06-30", "fiscal_year"),
    Example("financial year 2019-20", "2019-07-01", "2020-06-30", "fiscal_year"),
    Example("2099-00", "2099-07-01", "2100-06-30", "fiscal_year"),
    # Quarters and halves, calendar and fiscal.
    Example("Q3 2025", "2025-07-01", "2025-09-30", "quarter"),
    Example("2025 Q1", "2025-01-01", "2025-03-31", "quarter"),
    Example("Q1-2019", "2019-01-01", "2019-03-31", "quarter"),
    Example("3Q24", "2024-07-01", "2024-09-30", "quarter"),
    Example("the third quarter of 2025", "2025-07-01", "2025-09-30", "quarter"),
    Example("third-quarter 2004", "2004-07-01", "2004-09-30", "quarter"),
    Example("the last quarter of 2004", "2004-10-01", "2004-12-31", "quarter"),
    Example("Q3 FY24", "2024-01-01", "2024-03-31", "quarter"),
    Example("H1 2025", "2025-01-01", "2025-06-30", "half"),
    Example("2019-H2", "2019-07-01", "2019-12-31", "half"),
    Example("the first half of 2004", "2004-01-01", "2004-06-30", "half"),
    Example("the second half of FY25", "2025-01-01", "2025-06-30", "half"),
    # Decades and centuries.
    Example("the 1990s", "1990-01-01", "1999-12-31", "decade"),
    Example("the 1990's", "1990-01-01", "1999-12-31", "decade"),
    Example("the '90s", "1990-01-01", "1999-12-31", "decade"),
    Example("the nineties", "1990-01-01", "1999-12-31", "decade"),
    Example("the 2000s", "2000-01-01", "2009-12-31", "decade"),
    Example("the 1800s", "1800-01-01", "1899-12-31", "century"),
    Example("the 21st century", "2000-01-01", "2099-12-31", "century"),
    # Parts: January-April, May-August, September-December; month days 1-10, 11-20, 21-end.
    Example("mid-2025", "2025-05-01", "2025-08-31", "year"),
    Example("early 2024", "2024-01-01", "2024-04-30", "year"),
    Example("late 2023", "2023-09-01", "2023-12-31", "year"),
    Example("the end of 2025", "2025-09-01", "2025-12-31", "year"),
    Example("the start of 2004", "2004-01-01", "2004-04-30", "year"),
    Example("late October 2004", "2004-10-21", "2004-10-31", "month"),
    Example("the late 1990s", "1997-01-01", "1999-12-31", "decade"),
    Example("early FY25", "2024-07-01", "2024-10-31", "fiscal_year"),
    # Windows ending at a date.
    Example("the year to March 2005", "2004-04-01", "2005-03-31", "years"),
    Example("the three months to 31 December 2004", "2004-10-01", "2004-12-31", "months"),
    Example("the first three months of 2005", "2005-01-01", "2005-03-31", "months"),
    Example("the final three months of 2004", "2004-10-01", "2004-12-31", "months"),
    Example("the first week of 2015", "2014-12-29", "2015-01-04", "week"),
    Example("the last week of December 2016", "2016-12-26", "2017-01-01", "week"),
    Example("the third month of 2021", "2021-03-01", "2021-03-31", "month"),
    # Ranges: the missing year or month of one end comes from the other.
    Example("2014-2018", "2014-01-01", "2018-12-31", "range"),
    Example("between 2014 and 2018", "2014-01-01", "2018-12-31", "range"),
    Example("from 2010 to the end of 2012", "2010-01-01", "2012-12-31", "range"),
    Example("1973-90", "1973-01-01", "1990-12-31", "range"),
    Example("from May to October 2020", "2020-05-01", "2020-10-31", "range"),
    Example("November 2019 to February 2020", "2019-11-01", "2020-02-29", "range"),
    Example("Nov-Feb 2017", "2016-11-01", "2017-02-28", "range"),
    Example("3-5 March 2025", "2025-03-03", "2025-03-05", "range"),
    Example("from the 9th to the 17th of April 2016", "2016-04-09", "2016-04-17", "range"),
    Example("Nov 18 - Dec 19, 2015", "2015-11-18", "2015-12-19", "range"),
    Example("between the end of 2007 and the start of 2009", "2007-12-31", "2009-01-01", "range"),
    # Spelt-out numbers.
    Example("nineteen ninety-six", "1996-01-01", "1996-12-31", "year"),
    Example("two thousand and twelve", "2012-01-01", "2012-12-31", "year"),
    Example("the twenty-first of June, two thousand and five", "2005-06-21", "2005-06-21", "day"),
    Example("the fifth of May nineteen eighty-one", "1981-05-05", "1981-05-05", "day"),
    # Open intervals: since = from the start, after = from the day after, before = up to
    # the day before, until / by = up to the last day.
    Example("since 2016", "2016-01-01", None, "year"),
    Example("after 2016", "2017-01-01", None, "year"),
    Example("before 2018", None, "2017-12-31", "year"),
    Example("by 2030", None, "2030-12-31", "year"),
    Example("2012 or later", "2012-01-01", None, "year"),
    Example("before the end of June 2025", None, "2025-06-30", "month"),
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
    # A month name between numbers, joined by hyphens or slashes.
    Example("2021-sep-7", "2021-09-07", "2021-09-07", "day"),
    Example("Mar-9-2022", "2022-03-09", "2022-03-09", "day"),
    Example("9/Mar/2022", "2022-03-09", "2022-03-09", "day"),
    Example("11-2019", "2019-11-01", "2019-11-30", "month"),
    Example("the 1980 s", "1980-01-01", "1989-12-31", "decade"),
    # Counted weeks of a year are its ISO weeks, like "the first week of 2015".
    Example("the first two weeks of 2026", "2025-12-29", "2026-01-11", "weeks"),
    Example("the last 2 weeks of 2024", "2024-12-16", "2024-12-29", "weeks"),
    Example("the first week of May 2025 on Friday", "2025-05-02", "2025-05-02", "day"),
]

RELATIVE = [
    # Counted back or forward: known to the precision of the unit.
    Example("a decade ago", "2015-01-01", "2015-12-31", "year", True, "-P10Y"),
    Example("just a decade ago", "2015-01-01", "2015-12-31", "year", True, "-P10Y"),
    Example("10 years ago", "2015-01-01", "2015-12-31", "year", True, "-P10Y"),
    Example("two days ago", "2025-03-13", "2025-03-13", "day", True, "-P2D"),
    Example("three months ago", "2024-12-01", "2024-12-31", "month", True, "-P3M"),
    Example("a year earlier", "2024-01-01", "2024-12-31", "year", True, "-P1Y"),
    Example("year-earlier", "2024-01-01", "2024-12-31", "year", True, "-P1Y"),
    Example("three weeks later", "2025-04-05", "2025-04-05", "day", True, "P3W"),
    Example("a fortnight from now", "2025-03-29", "2025-03-29", "day", True, "P2W"),
    Example("in two weeks", "2025-03-29", "2025-03-29", "day", True, "P2W"),
    Example("5 years and 2 months ago", "2020-01-01", "2020-01-31", "month", True, "-P5Y2M"),
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
    Example("today", "2025-03-15", "2025-03-15", "day", True, "P0D"),
    Example("yesterday", "2025-03-14", "2025-03-14", "day", True, "-P1D"),
    Example("tomorrow", "2025-03-16", "2025-03-16", "day", True, "P1D"),
    # Rolling windows leave the reference day out; quarters are whole quarters.
    Example("the next five years", "2025-03-16", "2030-03-15", "years", True, "P5Y"),
    Example("over the next five years", "2025-03-16", "2030-03-15", "years", True, "P5Y"),
    Example("the past 12 months", "2024-03-15", "2025-03-14", "months", True, "-P12M"),
    Example("the past decade", "2015-03-15", "2025-03-14", "years", True, "-P10Y"),
    Example("over the past decade", "2015-03-15", "2025-03-14", "years", True, "-P10Y"),
    Example("the next two decades", "2025-03-16", "2045-03-15", "years", True, "P20Y"),
    Example("the last two quarters", "2024-07-01", "2024-12-31", "quarters", True, "-P6M"),
    Example("3 upcoming weeks", "2025-03-16", "2025-04-05", "weeks", True, "P3W"),
    Example("within 9 months", "2025-03-15", "2025-12-14", "months", True, "P9M"),
    # Unstated counts: open-ended, offset without a number.
    Example("coming years", "2025-03-15", None, "years", True, "P"),
    Example("in the coming years", "2025-03-15", None, "years", True, "P"),
    Example("the next few months", "2025-03-15", None, "months", True, "P"),
    Example("in recent years", None, "2025-03-15", "years", True, "-P"),
    Example("the years ahead", "2025-03-15", None, "years", True, "P"),
    Example("years ago", None, "2025-03-15", "years", True, "-P"),
    # Named months, days and quarters without a year: the latest that has begun.
    Example("December", "2024-12-01", "2024-12-31", "month", True),
    Example("March", "2025-03-01", "2025-03-31", "month", True),
    Example("the three months to December", "2024-10-01", "2024-12-31", "months", True),
    Example("the third quarter", "2024-07-01", "2024-09-30", "quarter", True),
    Example("the final quarter", "2024-10-01", "2024-12-31", "quarter", True),
    Example("Q1", "2025-01-01", "2025-03-31", "quarter", True),
    Example("3 March", "2025-03-03", "2025-03-03", "day", True),
    Example("the 20th", "2025-02-20", "2025-02-20", "day", True),
    Example("Christmas", "2024-12-25", "2024-12-25", "day", True),
    Example("this September", "2025-09-01", "2025-09-30", "month", True),
    Example("last November", "2024-11-01", "2024-11-30", "month", True),
    Example("next March", "2026-03-01", "2026-03-31", "month", True),
    Example("earlier this year", "2025-01-01", "2025-03-14", "days", True, "-P"),
    Example("later this month", "2025-03-15", "2025-03-31", "days", True, "P"),
    Example("year to date", "2025-01-01", "2025-03-15", "days", True, "P0D"),
    Example("the end of this year", "2025-09-01", "2025-12-31", "year", True, "P0Y"),
    Example("late last year", "2024-09-01", "2024-12-31", "year", True, "-P1Y"),
    Example("the first quarter of next year", "2026-01-01", "2026-03-31", "quarter", True, "P1Y"),
    Example("next year's first quarter", "2026-01-01", "2026-03-31", "quarter", True, "P1Y"),
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
    Example("the week of 10 April 2024", "2024-04-08", "2024-04-14", "week"),
    Example("a week starting tomorrow", "2025-03-16", "2025-03-22", "weeks", True),
    Example("three days after 12 January 2025", "2025-01-15", "2025-01-15", "day"),
    Example("two weeks before Christmas", "2025-12-11", "2025-12-11", "day", True),
    Example("between now and 15 November", "2025-03-15", "2025-11-15", "range", True),
    Example("from next Monday to Friday", "2025-03-17", "2025-03-21", "range", True),
    Example("from March to date", "2025-03-01", "2025-03-15", "range", True),
    Example("between June 2024 and now", "2024-06-01", "2025-03-15", "range", True),
    Example("from 2023-01-01 till current date", "2023-01-01", "2025-03-15", "range", True),
    Example("Friday, two weeks from today", "2025-03-28", "2025-03-28", "day", True, "P2W"),
    Example("in three weeks' time", "2025-04-05", "2025-04-05", "day", True, "P3W"),
    Example("for two weeks from 20 December", "2024-12-20", "2025-01-02", "weeks", True),
    # Shifts from a holiday are plans: the holiday's next occurrence.
    Example("4 days before new year", "2025-12-28", "2025-12-28", "day", True),
    Example("next 3rd of April", "2025-04-03", "2025-04-03", "day", True),
    Example("Labor Day", "2024-09-02", "2024-09-02", "day", True),
    # Business days skip weekends (not public holidays); a work week is Monday to Friday.
    Example("the next 4 business days", "2025-03-17", "2025-03-20", "days", True, "P4D"),
    Example("the previous 2 working days", "2025-03-13", "2025-03-14", "days", True, "-P2D"),
    Example("next workweek", "2025-03-17", "2025-03-21", "week", True, "P1W"),
    Example("this work week", "2025-03-10", "2025-03-14", "week", True, "P0W"),
    Example("the week after next", "2025-03-24", "2025-03-30", "week", True, "P2W"),
    Example("the year before last", "2023-01-01", "2023-12-31", "year", True, "-P2Y"),
    # A week has no thirds: its start is Monday-Wednesday, its end Thursday-Sunday.
    Example("the end of the week", "2025-03-13", "2025-03-16", "week", True, "P0W"),
    Example("early next week", "2025-03-17", "2025-03-19", "week", True, "P1W"),
    Example("earlier last week", "2025-03-03", "2025-03-05", "week", True, "-P1W"),
]

NO_REFERENCE = [
    # Without a reference date relative phrases keep their offset and have no days.
    Example("a decade ago", None, None, "year", True, "-P10Y", None),
    Example("the next five years", None, None, "years", True, "P5Y", None),
    Example("last financial year", None, None, "fiscal_year", True, "-P1Y", None),
    Example("coming years", None, None, "years", True, "P", None),
    Example("December", None, None, "month", True, None, None),
    Example("the three months to December", None, None, "months", True, None, None),
    Example("Tuesday", None, None, "day", True, None, None),
    # Absolute phrases do not need one.
    Example("FY24", "2023-07-01", "2024-06-30", "fiscal_year", False, None, None),
    Example("the 90s", "1990-01-01", "1999-12-31", "decade", False, None, None),
    Example("3 months to Dec 2024", "2024-10-01", "2024-12-31", "months", False, None, None),
]


def _id(example: Example) -> str:
    return example.text if example.ref in (REF, None) else f"{example.text}@{example.ref}"


@pytest.mark.parametrize("example", ABSOLUTE + RELATIVE + NO_REFERENCE, ids=_id)
def test_parse_date(example: Example) -> None:
    value = parse_date(example.text, example.ref)
    assert value is not None
    got = (
        value.start.isoformat() if value.start else None,
        value.end.isoformat() if value.end else None,
        value.grain,
        value.relative,
        value.offset,
    )
    assert got == (example.start, example.end, example.grain, example.relative, example.offset)


NOT_DATES = [
    # Frequencies and comparisons from the seed articles and business news.
    "annually",
    "each year",
    "a year",
    "every month",
    "year-on-year",
    "year-over-year",
    "YoY",
    # Not calendar phrases at all.
    "",
    "Fortune 500",
    "ISO 9001",
    "9:00 am",
    "$4.6 billion",
    "26.4%",
    "the company",
    "32/13/2025",
    "February 30, 2025",
    # A country's own day: Pakistan's is 14 August, the US one 4 July.
    "Independence Day",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    assert parse_date(text, REF) is None


KNOWN_FAILURES = [
    # Lunar and regional holidays are not in the table.
    Example("Eid al-Fitr 2025", "2025-03-30", "2025-03-30", "day"),
    # A range that starts before its relative right end is resolved.
    Example("from the 4th to the 23rd of next month", "2025-04-04", "2025-04-23", "range", True),
]


@pytest.mark.parametrize("example", KNOWN_FAILURES, ids=_id)
@pytest.mark.xfail(strict=True, reason="not read yet")
def test_known_failures(example: Example) -> None:
    test_parse_date(example)


def test_prefer_future_picks_the_next_occurrence() -> None:
    value = parse_date("December", REF, prefer="future")
    assert value is not None
    assert (value.start, value.end) == (date(2025, 12, 1), date(2025, 12, 31))


def test_prefer_future_keeps_a_current_month() -> None:
    value = parse_date("March", REF, prefer="future")
    assert value is not None
    assert value.start == date(2025, 3, 1)


def test_direction_follows_the_sign_of_the_offset() -> None:
    past, future, now = (parse_date(t, REF) for t in ("a decade ago", "next year", "this year"))
    assert past is not None and future is not None and now is not None
    assert (past.direction, future.direction, now.direction) == ("past", "future", None)


def test_part_is_kept() -> None:
    value = parse_date("mid-2025")
    assert value is not None
    assert value.part == "mid"


def test_to_json() -> None:
    value = parse_date("the three months to December", REF)
    assert value is not None
    assert value.to_json() == {
        "start": "2024-10-01",
        "end": "2024-12-31",
        "grain": "months",
        "relative": True,
        "offset": None,
        "direction": None,
        "part": None,
    }


def test_date_value_rejects_unknown_grain() -> None:
    with pytest.raises(ValueError, match="grain"):
        DateValue(None, None, "fortnightly")  # type: ignore[arg-type]


def test_date_value_rejects_reversed_interval() -> None:
    with pytest.raises(ValueError, match="after end"):
        DateValue(date(2025, 2, 1), date(2025, 1, 1), "range")


def test_grains_are_documented_in_order() -> None:
    assert GRAINS[0] == "day" and GRAINS[-1] == "range"


def _table_with(**changes: object) -> dict[str, object]:
    table = dict(read_table(default_rules_dir(), "dates"))
    table.update(changes)
    return table


def test_fiscal_year_start_month_comes_from_the_table() -> None:
    india = DateParser(_table_with(fiscal_year_start_month=4))
    value = india.parse("FY24")
    assert value is not None
    assert (value.start, value.end) == (date(2023, 4, 1), date(2024, 3, 31))


def test_january_fiscal_year_is_the_calendar_year() -> None:
    calendar_fy = DateParser(_table_with(fiscal_year_start_month=1))
    value = calendar_fy.parse("FY2024")
    assert value is not None
    assert (value.start, value.end) == (date(2024, 1, 1), date(2024, 12, 31))


def test_day_first_numeric_order_from_the_table() -> None:
    uk = DateParser(_table_with(numeric_date_order="dmy"))
    value = uk.parse("04/03/2025")
    assert value is not None
    assert value.start == date(2025, 3, 4)


@pytest.mark.parametrize(
    ("order", "expected"),
    [("dmy", date(2024, 2, 5)), ("mdy", date(2024, 5, 2)), (None, date(2024, 5, 2))],
)
def test_caller_order_reads_ambiguous_numeric_dates(order: str | None, expected: date) -> None:
    value = parse_date("05/02/2024", order=order)  # type: ignore[arg-type]
    assert value is not None
    assert value.start == expected


def test_caller_order_leaves_unambiguous_numeric_dates_alone() -> None:
    value = parse_date("12/25/2024", order="dmy")
    assert value is not None
    assert value.start == date(2024, 12, 25)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["the report of 28/02/2024", "on 05/03/2024"], "dmy"),
        (["filed 02/28/2024."], "mdy"),
        (["06/07/2024", "March 2024"], None),  # nothing decides
        (["28/02/2024", "02/28/2024"], None),  # the document contradicts itself
        (["version 1.13.2", "3/14"], None),  # no year: not an all-number date
    ],
)
def test_numeric_order_of_a_document(texts: list[str], expected: str | None) -> None:
    assert numeric_order(texts) == expected


@pytest.mark.parametrize(
    ("key", "bad"),
    [("fiscal_year_start_month", 13), ("numeric_date_order", "ymd")],
)
def test_table_values_are_checked(key: str, bad: object) -> None:
    with pytest.raises(RulesError, match=key.split("_")[0]):
        DateParser(_table_with(**{key: bad}))


def test_missing_table_key_is_named() -> None:
    table = _table_with()
    del table["months"]
    with pytest.raises(RulesError, match="months"):
        DateParser(table)


def test_output_is_deterministic() -> None:
    texts = [e.text for e in ABSOLUTE + RELATIVE]
    first = [parse_date(t, REF) for t in texts]
    assert first == [parse_date(t, REF) for t in texts]


@given(st.text(max_size=60))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_none_or_an_ordered_interval(text: str) -> None:
    value = parse_date(text, REF)
    assert value is None or value.start is None or value.end is None or value.start <= value.end


@given(st.dates())
@settings(max_examples=200, deadline=None)
def test_reference_dates_at_the_calendar_edges_do_not_raise(ref: date) -> None:
    for text in ("last year", "the next five years", "December", "a decade ago", "Tuesday"):
        parse_date(text, ref)


ABOUT_FUTURE = [
    ("The election is expected on 5 May.", True),
    ("Talks will go on until Monday.", True),
    ("We'll know by Friday.", True),
    ("The deal is due to close by the end of February.", True),
    ("The firm's results are scheduled for 3 March.", True),
    ("Sales rose on 5 May.", False),
    ("Willis said sales fell.", False),
]


@pytest.mark.parametrize(("sentence", "future"), ABOUT_FUTURE, ids=[s for s, _ in ABOUT_FUTURE])
def test_about_future(sentence: str, future: bool) -> None:
    assert DateParser.from_rules().about_future(sentence) is future


@pytest.mark.parametrize(("year", "start", "end"), [
    (2016, date(2016, 7, 25), date(2016, 7, 31)),
    (2017, date(2017, 7, 24), date(2017, 7, 30)),
], ids=["ends on a Sunday", "ends on a Monday"])
def test_the_last_week_of_a_month_is_mostly_inside_it(year: int, start: date, end: date) -> None:
    value = parse_date(f"the last week of July {year}")
    assert value is not None and (value.start, value.end) == (start, end)


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2005-6", date(2005, 7, 1), date(2006, 6, 30)),
    ("2009/0", date(2009, 7, 1), date(2010, 6, 30)),
    ("2005-7", date(2005, 7, 1), date(2005, 7, 31)),
], ids=["a short fiscal year", "across a decade", "a month"])
def test_a_year_and_one_digit(text: str, start: date, end: date) -> None:
    value = parse_date(text)
    assert value is not None and (value.start, value.end) == (start, end)
