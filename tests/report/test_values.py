"""Figures and claim values in words."""

from __future__ import annotations

import pytest

from claimx.io import read_jsonl
from claimx.report import date_text, hover_text, interval_text, number, short_number, with_unit
from tests.seed_outputs import OUTPUTS


@pytest.mark.parametrize(
    ("low", "high", "bound", "unit", "per", "text"),
    [
        (4.6e9, 4.6e9, "exact", "USD", None, "USD 4,600,000,000"),
        (1e9, 1e9, "approx", "USD", None, "≈ USD 1,000,000,000"),
        (600000, None, "lower", "tech professionals", None, "≥ 600,000 tech professionals"),
        (None, 20, "upper", "percent", None, "≤ 20%"),
        (50, 70, "range", "USD", "hour", "USD 50 to 70 per hour"),
        (26.4, 26.4, "exact", "percent", None, "26.4%"),
        (3.3333, 3.3333, "exact", "pp", None, "3.3333 pp"),
    ],
    ids=["exact-money", "approx", "lower-count", "upper-percent", "range-rate", "decimal",
         "points"],
)
def test_values_in_words(
    low: float | None, high: float | None, bound: str, unit: str, per: str | None, text: str
) -> None:
    assert interval_text(low, high, bound, unit, per) == text


def test_numbers_keep_their_digits() -> None:
    assert (number(4600000000), number(0.1), number(1e-05)) == ("4,600,000,000", "0.1", "0.00001")


def test_hover_names_an_unresolved_relative_date() -> None:
    claim = next(c for c in read_jsonl(OUTPUTS / "claims.jsonl") if c["text"] == "a decade ago")
    assert hover_text(claim).startswith("DATE: relative -P10Y (year), unresolved")


@pytest.mark.parametrize(
    ("value", "text"),
    [(4.6e9, "4.6bn"), (600000, "600k"), (26.4, "26.4"), (-2.5e6, "-2.5m"), (1.2e12, "1.2tn")],
)
def test_short_number(value: float, text: str) -> None:
    assert short_number(value) == text


@pytest.mark.parametrize(
    ("unit", "text"),
    [("percent", "5%"), ("USD", "USD 5"), ("tech professionals", "5 tech professionals"),
     (None, "5")],
)
def test_with_unit(unit: str | None, text: str) -> None:
    assert with_unit("5", unit) == text


@pytest.mark.parametrize(
    ("value", "text"),
    [({"start": "2030-01-01", "end": "2030-12-31", "grain": "year"},
      "2030-01-01 to 2030-12-31 (year)"),
     ({"start": "2025-03-03", "end": "2025-03-03", "grain": "day"}, "2025-03-03 (day)"),
     ({"start": "2016-01-01", "end": None, "grain": "year"}, "2016-01-01 to … (year)"),
     ({"start": None, "end": None, "grain": "years", "offset": "P"},
      "relative P (years), unresolved")],
    ids=["a period", "a day", "open", "unresolved"],
)
def test_date_text(value: dict[str, object], text: str) -> None:
    assert date_text(value) == text
