"""Fiscal periods: labels of parts of a fiscal year, fiscal years by holder, malformed labels.

Labels as business and economic news writes them (Pakistan's and India's statistics
releases and company results: "9MFY25", "1HFY25", "Q3 FY25").
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest

from claimx.normalize.dates import fiscal_label_problem, is_fiscal_label, parse_date
from claimx.normalize.fiscal import FiscalYears, load_fiscal_years
from claimx.resources import RulesError

REF = date(2025, 5, 1)


class Example(NamedTuple):
    id: str
    text: str
    fiscal_start: int | None
    start: date
    end: date


EXAMPLES = [
    Example("nine-months-july-start", "9MFY25", 7, date(2024, 7, 1), date(2025, 3, 31)),
    Example("nine-months-april-start", "9MFY25", 4, date(2024, 4, 1), date(2024, 12, 31)),
    Example("nine-months-spaced", "9M FY2025", 7, date(2024, 7, 1), date(2025, 3, 31)),
    Example("first-half-glued", "1HFY25", 7, date(2024, 7, 1), date(2024, 12, 31)),
    Example("first-half-h-first", "H1FY25", 4, date(2024, 4, 1), date(2024, 9, 30)),
    Example("third-quarter-april-start", "Q3 FY25", 4, date(2024, 10, 1), date(2024, 12, 31)),
    Example("third-quarter-july-start", "Q3 FY25", 7, date(2025, 1, 1), date(2025, 3, 31)),
    Example("fiscal-year-april-start", "FY24", 4, date(2023, 4, 1), date(2024, 3, 31)),
    Example("fiscal-year-october-start", "FY24", 10, date(2023, 10, 1), date(2024, 9, 30)),
    Example("year-pair-april-start", "FY 2023-24", 4, date(2023, 4, 1), date(2024, 3, 31)),
    Example("bare-year-pair", "2023-24", 7, date(2023, 7, 1), date(2024, 6, 30)),
    Example("fiscal-word", "fiscal 2005", 10, date(2004, 10, 1), date(2005, 9, 30)),
    Example("table-default", "FY24", None, date(2023, 7, 1), date(2024, 6, 30)),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_fiscal_periods(example: Example) -> None:
    value = parse_date(example.text, REF, fiscal_start=example.fiscal_start)
    assert value is not None
    assert (value.start, value.end) == (example.start, example.end)


@pytest.mark.parametrize("text", ["FY 202324", "FY2023-25", "fiscal 2023/25"])
def test_a_malformed_fiscal_label_is_reported_not_guessed(text: str) -> None:
    assert parse_date(text, REF) is None
    assert fiscal_label_problem(text) == f"malformed fiscal period label {text!r}"


@pytest.mark.parametrize("text", ["FY24", "Q3 FY25", "9MFY25", "2024", "last year"])
def test_a_well_formed_label_has_no_problem(text: str) -> None:
    assert fiscal_label_problem(text) is None


@pytest.mark.parametrize(("text", "fiscal"), [("FY24", True), ("9MFY25", True),
                                              ("fiscal year 2025", True), ("2024", False),
                                              ("July-March", False)])
def test_fiscal_labels_are_recognised(text: str, fiscal: bool) -> None:
    assert is_fiscal_label(text) is fiscal


@pytest.mark.parametrize(("holder", "month"), [("Pakistan", 7), ("India", 4),
                                               ("UK government", 4), ("US federal government", 10),
                                               ("pakistan", 7), ("Atlantis", None)])
def test_fiscal_years_by_holder(holder: str, month: int | None) -> None:
    assert load_fiscal_years().start_month(holder) == month


@pytest.mark.parametrize("table", [{"countries": {"India": 13}}, {"planets": {}},
                                   {"countries": {"India": "April"}}],
                         ids=["month-out-of-range", "unknown-section", "month-not-a-number"])
def test_a_bad_fiscal_table_is_rejected(table: dict[str, object]) -> None:
    with pytest.raises(RulesError):
        FiscalYears.from_table(table)
