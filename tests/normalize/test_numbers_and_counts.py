"""Numbers (digits, scales, words) and the counts built on them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimx.normalize.numbers import parse_number
from claimx.normalize.quantity import parse_count

NUMBERS = [
    # (text, value, precision)
    ("4.6", "4.6", "0.1"),
    ("600,000", "600000", "1e5"),
    ("150", "150", "10"),
    ("4.6 billion", "4.6e9", "1e8"),
    ("4.6B", "4.6e9", "1e8"),
    ("1.13bn", "1.13e9", "1e7"),
    ("600 m", "6e8", "1e8"),
    ("5k", "5000", "1000"),
    ("1,000bn", "1e12", "1e12"),
    ("five million", "5e6", "1e6"),
    ("twenty-five", "25", "1"),
    ("a hundred", "100", "100"),
    ("one hundred and twenty", "120", "10"),
    ("half a million", "5e5", "1e5"),
    ("1.5 lakh", "150000", "1e4"),
    ("3 lakh crore", "3e12", "1e12"),
    ("-3", "-3", "1"),
]


@pytest.mark.parametrize(("text", "value", "precision"), NUMBERS, ids=[n[0] for n in NUMBERS])
def test_parse_number(text: str, value: str, precision: str) -> None:
    parsed = parse_number(text)
    assert parsed is not None
    assert (parsed.value, parsed.precision) == (Decimal(value), Decimal(precision))


@pytest.mark.parametrize("text", ["", "thousands", "a", "million", "4.6 bananas", "ISO"])
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


COUNTS = [
    # (text, low, high, bound)
    ("over 600,000", "600000", None, "lower"),
    ("15+", "15", None, "lower"),
    ("18", "18", "18", "exact"),
    ("30,000", "30000", "30000", "exact"),
    ("5m", "5e6", "5e6", "exact"),
    ("nearly 2,000", "2000", "2000", "approx"),
    ("up to 500", None, "500", "upper"),
    ("1.2 million", "1.2e6", "1.2e6", "exact"),
]


@pytest.mark.parametrize(("text", "low", "high", "bound"), COUNTS, ids=[c[0] for c in COUNTS])
def test_parse_count(text: str, low: str | None, high: str | None, bound: str) -> None:
    amount = parse_count(text)
    assert amount is not None
    assert (amount.low, amount.high, amount.bound, amount.unit) == (
        None if low is None else Decimal(low),
        None if high is None else Decimal(high),
        bound,
        None,
    )


@pytest.mark.parametrize("text", ["thousands", "dozens", "many"])
def test_vague_counts_are_not_figures(text: str) -> None:
    assert parse_count(text) is None
