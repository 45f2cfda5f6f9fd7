"""Bracketed conversions: which amounts form a group, and what a conversion inherits.

Written after the business press, which restates amounts in the reader's currency: "less
than $30m (£16m)", "$4.2m (£2.3m) per aircraft", "up to 300 yuan ($36; £19)".
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from claimx.normalize.amount import Amount
from claimx.normalize.conversions import (
    conversion_groups,
    count_rate,
    inherit,
    rate_after,
    rate_before,
)

GROUPS = [
    ("less than $30m (£16m)", [[0, 1]]),
    ("up to 300 yuan ($36; £19) a month", [[0, 1, 2]]),
    ("$5bn ( £2.7bn ) and $4bn", [[0, 1]]),
    ("$5 (£3) and $4 (€5)", [[0, 1], [2, 3]]),
    # no brackets, or a bracket that holds more than amounts, is no group
    ("$5, £3 and $4", []),
    ("$5 (or £3 at today's rate)", []),
    ("$5 (£3", []),
]


def money_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in re.finditer(r"[$£€]\d[\d.]*(?:m|bn)?|\d+ yuan", text)]


@pytest.mark.parametrize(("text", "groups"), GROUPS, ids=[t for t, _ in GROUPS])
def test_conversion_groups(text: str, groups: list[list[int]]) -> None:
    assert conversion_groups(text, money_spans(text)) == groups


@pytest.mark.parametrize(("text", "per"), [
    ("$4.2m (£2.3m) per aircraft", "aircraft"),
    ("$4.2m (£2.3m) a share", "share"),
    ("$4.2m (£2.3m) in 2004", None),
    ("profits of £2.8bn (€3.2bn) a year earlier", None),
    ("£2.8bn (€3.2bn) a year ago", None),
    ("$50,000 (£27,000) a year before tax", "year"),
], ids=["per", "a", "no rate", "a year earlier", "a year ago", "a year before tax"])
def test_rate_after_the_bracket(text: str, per: str | None) -> None:
    assert rate_after(text, text.index(")")) == per


def amount(low: str | None, high: str | None, bound: str, per: str | None = None) -> Amount:
    return Amount(
        None if low is None else Decimal(low),
        None if high is None else Decimal(high),
        bound,  # type: ignore[arg-type]
        "GBP",
        per,
    )


INHERIT = [
    # (main, converted, rate after the bracket, expected)
    (amount(None, "30", "upper"), amount("16", "16", "exact"), None,
     amount(None, "16", "upper")),
    (amount("30", None, "lower"), amount("16", "16", "exact"), None,
     amount("16", None, "lower")),
    (amount("30", "30", "approx"), amount("16", "16", "exact"), None,
     amount("16", "16", "approx")),
    (amount("30", "30", "exact", "month"), amount("16", "16", "exact"), None,
     amount("16", "16", "exact", "month")),
    (amount("30", "30", "exact"), amount("16", "16", "exact"), "aircraft",
     amount("16", "16", "exact", "aircraft")),
    # a conversion that states its own bound or a range keeps it
    (amount(None, "30", "upper"), amount("15", "17", "range"), None,
     amount("15", "17", "range")),
]


@pytest.mark.parametrize(("main", "converted", "per", "expected"), INHERIT,
                         ids=["upper", "lower", "approx", "rate", "rate after", "own range"])
def test_inherit(main: Amount, converted: Amount, per: str | None, expected: Amount) -> None:
    assert inherit(main, converted, per) == expected


@pytest.mark.parametrize(("text", "per"), [
    ("Monthly fees of up to 300 yuan", "month"),
    ("a weekly wage of £300", "week"),
    ("daily losses were $5m", "day"),
    ("Annual profits of £2bn", None),
    ("fees of 300 yuan", None),
], ids=["monthly", "weekly", "daily", "annual is the year's figure", "no rate word"])
def test_rate_before_the_noun(text: str, per: str | None) -> None:
    start = re.search(r"up to|[$£]|300", text)
    assert start is not None
    assert rate_before(text, start.start()) == per


@pytest.mark.parametrize(("text", "noun", "per"), [
    ("sells 5,000 cars a month.", "cars", "month"),
    ("about six hours a day between physio and pool work", "hours", "day"),
    ("two hours of sport a week", "hours", "week"),
    ("up to three hours of extra activity a week by 2010", "hours", "week"),
    ("30 frames a second", "frames", "second"),
    ("12,000 visitors daily", "visitors", "day"),
    ("5,000 cars a year earlier", "cars", None),
    ("20 goals apiece", "goals", None),
    ("three copies of a car magazine", "copies", None),
    ("5,000 people, a year after the merger", "people", None),
    ("5,000 people", None, None),
], ids=["a month", "a day", "through an of-phrase", "before a deadline", "a second", "daily",
        "a year earlier is a time", "apiece is no rate of a count", "of a noun is no rate",
        "a comma ends the noun phrase", "no noun"])
def test_the_rate_a_count_is_stated_at(text: str, noun: str | None, per: str | None) -> None:
    number = re.search(r"[0-9][0-9,]*|six|two|three", text)
    assert number is not None
    assert count_rate(text, number.end(), noun) == per
