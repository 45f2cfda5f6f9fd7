"""Fiscal years by holder: the month a country's government or an organisation starts its
fiscal year in. The fiscal period labels themselves ("9MFY25", "Q3 FY25") are read in
tests/normalize/dates/test_fiscal_periods.py.
"""

from __future__ import annotations

import pytest

from claimx.normalize.fiscal import FiscalYears, load_fiscal_years
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
