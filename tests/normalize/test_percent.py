"""Percent normalization: seed figures, news phrasings, percentage points apart.

The last group follows the PercentModel spec of Recognizers-Text ("percent of 10"), in
wording of its own.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimx.normalize.percent import parse_percent

EXAMPLES = [
    # (text, low, high, bound, unit)
    ("26.4%", "26.4", "26.4", "exact", "percent"),
    ("30-50%", "30", "50", "range", "percent"),
    ("over 60%", "60", None, "lower", "percent"),
    ("1.5 per cent", "1.5", "1.5", "exact", "percent"),
    ("twenty percent", "20", "20", "exact", "percent"),
    # decimals spelled out: "31-point-eight" is no range from 31
    ("31-point-eight percent", "31.8", "31.8", "exact", "percent"),
    ("one point three per cent", "1.3", "1.3", "exact", "percent"),
    ("thirty-one point two five percent", "31.25", "31.25", "exact", "percent"),
    ("point five per cent", "0.5", "0.5", "exact", "percent"),
    ("5 to 10 percent", "5", "10", "range", "percent"),
    ("between 5% and 10%", "5", "10", "range", "percent"),
    ("5%-10%", "5", "10", "range", "percent"),
    ("-3%", "-3", "-3", "exact", "percent"),
    ("about 8%", "8", "8", "approx", "percent"),
    ("up to 40%", None, "40", "upper", "percent"),
    ("2 percentage points", "2", "2", "exact", "pp"),
    ("0.25 percentage point", "0.25", "0.25", "exact", "pp"),
    ("50 basis points", "0.5", "0.5", "exact", "pp"),
    # a fraction of a point, as US jobs reports write a rate's change
    ("four-tenths of a point", "0.4", "0.4", "exact", "pp"),
    ("a tenth of a percentage point", "0.1", "0.1", "exact", "pp"),
    ("half a percentage point", "0.5", "0.5", "exact", "pp"),
    # ... and as a compound, the central bank move's size ("a quarter-point rise")
    ("a quarter-point", "0.25", "0.25", "exact", "pp"),
    ("a half point", "0.5", "0.5", "exact", "pp"),
    # "pc" as the UK and Irish press writes it; signed figures of market round-ups
    ("2.15pc", "2.15", "2.15", "exact", "percent"),
    ("12 pc", "12", "12", "exact", "percent"),
    # a hyphen joining the word to its number, as a modifier writes it
    ("3.4-percent", "3.4", "3.4", "exact", "percent"),
    ("15-per-cent", "15", "15", "exact", "percent"),
    ("0.9 per-cent", "0.9", "0.9", "exact", "percent"),
    ("8-pc", "8", "8", "exact", "percent"),
    ("+27%", "27", "27", "exact", "percent"),
    ("+0.5%", "0.5", "0.5", "exact", "percent"),
    ("-1.1%", "-1.1", "-1.1", "exact", "percent"),
    # a signed left end is no range dash
    ("-0.31% to -1.92%", "-1.92", "-0.31", "range", "percent"),
    ("-5-10%", "-5", "10", "range", "percent"),
    ("from -2% to 3%", "-2", "3", "range", "percent"),
    # spelled-out signs and plural or noun forms of "percent"
    ("minus five percent", "-5", "-5", "exact", "percent"),
    ("negative 2 per cent", "-2", "-2", "exact", "percent"),
    ("forty percentage", "40", "40", "exact", "percent"),
    ("one hundred percents", "100", "100", "exact", "percent"),
    # a bound written after the figure, and comparisons
    ("5% or more", "5", None, "lower", "percent"),
    ("12% or less", None, "12", "upper", "percent"),
    ("higher than 3%", "3", None, "lower", "percent"),
    ("about 20% or more", "20", None, "lower", "percent"),
    # the percentage named before its figure, as a heading writes it
    ("Percent of 35", "35", "35", "exact", "percent"),
    ("per cent of forty-one", "41", "41", "exact", "percent"),
    # a ratio, as a percentage to two significant digits
    ("one in six", "16.7", "16.7", "exact", "percent"),
    ("one in every five", "20", "20", "exact", "percent"),
    ("two out of three", "66.7", "66.7", "exact", "percent"),
    ("fewer than one in 10,000", None, "0.01", "upper", "percent"),
    ("a third", "33.3", "33.3", "exact", "percent"),
    ("almost three quarters", "75", "75", "approx", "percent"),
    ("half", "50", "50", "exact", "percent"),
]


@pytest.mark.parametrize(("text", "low", "high", "bound", "unit"), EXAMPLES,
                         ids=[e[0] for e in EXAMPLES])
def test_parse_percent(text: str, low: str | None, high: str | None, bound: str,
                       unit: str) -> None:
    amount = parse_percent(text)
    assert amount is not None
    assert (amount.low, amount.high, amount.bound, amount.unit) == (
        None if low is None else Decimal(low),
        None if high is None else Decimal(high),
        bound,
        unit,
    )


@pytest.mark.parametrize(
    "text", ["26.4", "percent", "per cent of the vote", "%", "one in the", "three in two"]
)
def test_no_percentage_gives_none(text: str) -> None:
    assert parse_percent(text) is None


def test_a_ratio_is_stated_to_two_significant_digits() -> None:
    amount = parse_percent("one in six")
    assert amount is not None and amount.precision == Decimal(1)  # 16.7 read as about 17
    small = parse_percent("one in 10,000")
    assert small is not None and small.precision == Decimal("0.001")
