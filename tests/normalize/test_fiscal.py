"""Fiscal years by holder: the month a country's government or an organisation starts its
fiscal year in. The fiscal period labels themselves ("9MFY25", "Q3 FY25") are read in
tests/normalize/dates/test_fiscal_periods.py.
"""

from __future__ import annotations

from datetime import date

import pytest

from claimx.normalize.fiscal import FiscalYears, load_fiscal_years
from claimx.normalize.rules import default_normalizers
from claimx.rules_check import RulesError
from claimx.rules_spec import check_table


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
        FiscalYears.from_table(check_table("fiscal_years", table))


@pytest.mark.parametrize(
    ("text", "holder", "span"),
    [
        ("2013-14", "United Kingdom", ("2013-04-01", "2014-03-31")),
        ("FY24", "India", ("2023-04-01", "2024-03-31")),
        ("fiscal 2005", "United States", ("2004-10-01", "2005-09-30")),
    ],
    ids=["UK 2013-14", "India FY24", "US fiscal 2005"],
)
def test_a_fiscal_period_is_read_again_under_its_holders_year(
    text: str, holder: str, span: tuple[str, str]
) -> None:
    normalize = default_normalizers()
    value = normalize.date(text)
    assert value is not None
    again = normalize.holder_date(text, value, holder)
    assert again is not None
    assert (again.start.isoformat(), again.end.isoformat()) == span  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "holder"),
    [("2013-14", "Pakistan"), ("2013-14", "Atlantis"), ("2013-14", None), ("2014", "India"),
     ("this financial year", "India")],
    ids=["the table's own year", "no fiscal year listed", "no holder", "a calendar year",
         "a relative period"],
)
def test_other_periods_are_left_as_read(text: str, holder: str | None) -> None:
    normalize = default_normalizers()
    value = normalize.date(text, date(2014, 1, 1))
    assert value is not None
    assert normalize.holder_date(text, value, holder) is None


@pytest.mark.parametrize(("country", "month"), [("India", 4), ("Japan", 4), ("Pakistan", 7),
                                                ("United States", None), (None, None)])
def test_the_fiscal_year_a_countrys_companies_keep(country: str | None,
                                                   month: int | None) -> None:
    # the US government's year starts in October; its companies keep each their own
    assert load_fiscal_years().company_start_month(country) == month


@pytest.mark.parametrize(
    ("text", "depends"),
    [("Q4 FY20", True), ("fiscal 2020", True), ("9MFY25", True), ("2023-24", True),
     ("July-March of fiscal 2025", False), ("the July-April period of FY24", False)],
)
def test_which_fiscal_periods_name_no_months_of_their_own(text: str, depends: bool) -> None:
    assert default_normalizers().fiscal_months(text) is depends


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Cisco's fiscal year ends in July.", 8),
        ("its fiscal year ends on Sept. 30", 10),
        ("the financial year, which runs from April to March", 4),
        ("in the fiscal year ended 30 June 2023", 7),
        ("losses in its current financial year to March 2005", 4),
        ("the financial year to 31st March", 4),
        # no month stated, or two years that disagree: none
        ("sales so far in the fiscal year to date", None),
        ("the fiscal year ending in 2005", None),
        ("Its fiscal year ends in June; its rival's financial year ends in March.", None),
    ],
)
def test_the_fiscal_year_a_report_states(text: str, month: int | None) -> None:
    assert default_normalizers().stated_fiscal_start(text) == month


@pytest.mark.parametrize(
    ("label", "after", "month"),
    [
        ("the first quarter of fiscal 2024", " (October-December 2023) ", 10),
        ("Q3 FY25", " (Oct-Dec), profit", 4),
        ("the third quarter of fiscal 2024", " (January to March)", 7),
        # a gloss of other than a quarter's three months, or none, or no fiscal label
        ("the first quarter of fiscal 2024", " (October-November)", None),
        ("the first quarter of fiscal 2024", ", October to December", None),
        ("the first quarter of 2024", " (January-March)", None),
    ],
)
def test_the_fiscal_year_a_quarters_gloss_of_months_states(
    label: str, after: str, month: int | None
) -> None:
    normalize = default_normalizers()
    value = normalize.date(label)
    assert value is not None
    assert normalize.glossed_fiscal_start(label, value, after) == month
