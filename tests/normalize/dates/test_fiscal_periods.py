"""Fiscal years and the periods of a labelled fiscal year (``dates.fiscal_periods``).

Labels as business and economic news writes them (Pakistan's and India's statistics
releases and company results: "9MFY25", "1HFY25", "Q3 FY25"); the fiscal year starts in
July unless the table or the caller says otherwise.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest

from claimx.normalize.dates import DateParser, fiscal_label_problem, is_fiscal_label, parse_date
from claimx.rules_folder import RulesFolder
from tests.normalize.dates.examples import Example, check, example_id

EXAMPLES = [
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
    # Ranges: the missing year or month of one end comes from the other.
    Example("1973-90", "1973-01-01", "1990-12-31", "range"),
    # Periods of a labelled fiscal year, under the July start of the table.
    Example("1HFY25", "2024-07-01", "2024-12-31", "half"),
    # The first nine months of fiscal 2025.
    Example("9MFY25", "2024-07-01", "2025-03-31", "months"),
    # Months inside the (fiscal) year that holds them, not the months of the reference year.
    Example("July-April period of FY 24", "2023-07-01", "2024-04-30", "range"),
    Example("July-March of fiscal 2025", "2024-07-01", "2025-03-31", "range"),
    Example("July to April FY2023-24", "2023-07-01", "2024-04-30", "range"),
    Example("March FY24", "2024-03-01", "2024-03-31", "month"),
    Example("January-March of 2024", "2024-01-01", "2024-03-31", "range"),
    # A span of months named as a period, the connector written with hyphens or not.
    Example("the January-to-March quarter", "2025-01-01", "2025-03-31", "range", True),
    Example("the October to December quarter", "2024-10-01", "2024-12-31", "range", True),
    # A quarter named by the month it ends with, in the year or fiscal year that holds it.
    Example("the December quarter", "2024-10-01", "2024-12-31", "quarters", True),
    Example("the June quarter of 2014", "2014-04-01", "2014-06-30", "quarters"),
    Example("the March quarter of FY2012", "2012-01-01", "2012-03-31", "quarters"),
]




@pytest.mark.parametrize("example", EXAMPLES, ids=example_id)
def test_fiscal_years(example: Example) -> None:
    check(example)


def _parser_starting_in(month: int) -> DateParser:
    table = dict(RulesFolder.open(None).table("dates"))
    table["fiscal_year_start_month"] = month
    return DateParser(table)


def test_fiscal_year_start_month_comes_from_the_table() -> None:
    value = _parser_starting_in(4).parse("FY24")
    assert value is not None
    assert (value.start, value.end) == (date(2023, 4, 1), date(2024, 3, 31))


def test_january_fiscal_year_is_the_calendar_year() -> None:
    value = _parser_starting_in(1).parse("FY2024")
    assert value is not None
    assert (value.start, value.end) == (date(2024, 1, 1), date(2024, 12, 31))


@pytest.mark.parametrize(("text", "start", "end"), [
    ("2005-6", date(2005, 7, 1), date(2006, 6, 30)),
    ("2009/0", date(2009, 7, 1), date(2010, 6, 30)),
    ("2005-7", date(2005, 7, 1), date(2005, 7, 31)),
], ids=["a short fiscal year", "across a decade", "a month"])
def test_a_year_and_one_digit(text: str, start: date, end: date) -> None:
    value = parse_date(text)
    assert value is not None and (value.start, value.end) == (start, end)


LABEL_REF = date(2025, 5, 1)


class Labelled(NamedTuple):
    id: str
    text: str
    fiscal_start: int | None
    start: date
    end: date


LABELLED = [
    Labelled("nine-months-july-start", "9MFY25", 7, date(2024, 7, 1), date(2025, 3, 31)),
    Labelled("nine-months-april-start", "9MFY25", 4, date(2024, 4, 1), date(2024, 12, 31)),
    Labelled("nine-months-spaced", "9M FY2025", 7, date(2024, 7, 1), date(2025, 3, 31)),
    Labelled("first-half-glued", "1HFY25", 7, date(2024, 7, 1), date(2024, 12, 31)),
    Labelled("first-half-h-first", "H1FY25", 4, date(2024, 4, 1), date(2024, 9, 30)),
    Labelled("third-quarter-april-start", "Q3 FY25", 4, date(2024, 10, 1), date(2024, 12, 31)),
    Labelled("third-quarter-july-start", "Q3 FY25", 7, date(2025, 1, 1), date(2025, 3, 31)),
    Labelled("fiscal-year-april-start", "FY24", 4, date(2023, 4, 1), date(2024, 3, 31)),
    Labelled("fiscal-year-october-start", "FY24", 10, date(2023, 10, 1), date(2024, 9, 30)),
    Labelled("year-pair-april-start", "FY 2023-24", 4, date(2023, 4, 1), date(2024, 3, 31)),
    Labelled("bare-year-pair", "2023-24", 7, date(2023, 7, 1), date(2024, 6, 30)),
    Labelled("fiscal-word", "fiscal 2005", 10, date(2004, 10, 1), date(2005, 9, 30)),
    Labelled("table-default", "FY24", None, date(2023, 7, 1), date(2024, 6, 30)),
]


@pytest.mark.parametrize("example", LABELLED, ids=[e.id for e in LABELLED])
def test_fiscal_periods(example: Labelled) -> None:
    value = parse_date(example.text, LABEL_REF, fiscal_start=example.fiscal_start)
    assert value is not None
    assert (value.start, value.end) == (example.start, example.end)


@pytest.mark.parametrize("text", ["FY 202324", "FY2023-25", "fiscal 2023/25"])
def test_a_malformed_fiscal_label_is_reported_not_guessed(text: str) -> None:
    assert parse_date(text, LABEL_REF) is None
    assert fiscal_label_problem(text) == f"malformed fiscal period label {text!r}"


@pytest.mark.parametrize("text", ["FY24", "Q3 FY25", "9MFY25", "2024", "last year"])
def test_a_well_formed_label_has_no_problem(text: str) -> None:
    assert fiscal_label_problem(text) is None


@pytest.mark.parametrize(("text", "fiscal"), [("FY24", True), ("9MFY25", True),
                                              ("fiscal year 2025", True), ("2024", False),
                                              ("July-March", False)])
def test_fiscal_labels_are_recognised(text: str, fiscal: bool) -> None:
    assert is_fiscal_label(text) is fiscal
