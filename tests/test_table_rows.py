"""Figures in the rows of a table written as text: the scale a row's label states and the
date its column's heading names."""

from __future__ import annotations

from typing import Any

import pytest

from claimx.api import extract

TABLE = (
    "Breakdown of the full year results:\n"
    "Year End 31 Mar Results (IFRS) | Mar 31, 2017 | Mar 31, 2018 | % Change |\n"
    "Revenue (m) | €6,648 | €7,151 | +8% |\n"
    "Profit after Tax ($m) | €1,316 | €1,450 | +10% |\n"
    "Basic EPS | €1.053 | €1.215 | +15% |\n"
    "\n"
    "Revenue rose to €7.15 billion in the year.\n"
)


@pytest.fixture(scope="module", params=["blank", "default"])
def claims(request: pytest.FixtureRequest) -> dict[str, dict[str, Any]]:
    return {c["text"]: c for c in extract(TABLE, model=request.param).claims
            if c["kind"] == "money"}


@pytest.mark.parametrize(("figure", "low"), [
    ("€6,648", 6_648_000_000), ("€1,450", 1_450_000_000),
    ("€1.053", 1.053),  # a label with no scale
    ("€7.15 billion", 7_150_000_000),  # a figure that states its own
])
def test_a_row_label_states_the_scale_of_its_amounts(
    claims: dict[str, dict[str, Any]], figure: str, low: float
) -> None:
    assert claims[figure]["value"]["low"] == low


@pytest.mark.parametrize(("figure", "day"), [
    ("€6,648", "2017-03-31"), ("€7,151", "2018-03-31"), ("€1.215", "2018-03-31"),
])
def test_a_cell_is_of_the_date_its_column_heading_names(
    claims: dict[str, dict[str, Any]], figure: str, day: str
) -> None:
    time = claims[figure]["time"]
    assert time is not None and time["start"] == day


def test_text_outside_the_table_takes_no_column_date(
    claims: dict[str, dict[str, Any]],
) -> None:
    time = claims["€7.15 billion"]["time"]
    assert time is None or time["start"] not in ("2017-03-31", "2018-03-31")
