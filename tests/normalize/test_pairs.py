"""From/to pairs: the first end read with what only the second end states.

Written after the business press: forecasts and changes whose first figure leaves out the
scale ("from $20 to $25 billion"), the currency ("from 20 to $25bn") or the percent sign
("from 20 to 25 percent"); and first ends that state all they need, which stay as written.
"""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from claimx.normalize.pairs import is_pair, pair_start

PAIR_STARTS = [
    # (kind, first, second, value, unit, per)
    ("money", "$20", "$25 billion", "2e10", "USD", None),
    ("money", "US$61", "$64 billion", "6.1e10", "USD", None),
    ("money", "20", "$25bn", "2e10", "USD", None),
    ("money", "£1.5", "£1.8 million", "1.5e6", "GBP", None),
    ("money", "5", "10 euros", "5", "EUR", None),
    ("money", "$5", "$7 a share", "5", "USD", "share"),
    ("money", "$2.1bn", "$2.4bn", "2.1e9", "USD", None),
    ("money", "$900m", "$1.2bn", "9e8", "USD", None),
    ("percent", "20", "25 percent", "20", "percent", None),
    ("percent", "1.40%", "1.65%", "1.40", "percent", None),
    ("percent", "-0.31%", "-1.92%", "-0.31", "percent", None),
]


@pytest.mark.parametrize(("kind", "first", "second", "value", "unit", "per"), PAIR_STARTS,
                         ids=[f"{k}:{a} to {b}" for k, a, b, *_ in PAIR_STARTS])
def test_pair_start(kind: str, first: str, second: str, value: str, unit: str,
                    per: str | None) -> None:
    amount = pair_start(kind, first, second)
    assert amount is not None
    assert (amount.low, amount.high, amount.unit, amount.per) == (
        Decimal(value), Decimal(value), unit, per
    )


@pytest.mark.parametrize(("kind", "first", "second"), [
    ("money", "twenty", "apples"),
    ("percent", "many", "25%"),
    ("quantity", "20", "25"),
], ids=["no amount", "no number", "counts are no pairs"])
def test_no_pair_start(kind: str, first: str, second: str) -> None:
    assert pair_start(kind, first, second) is None


IS_PAIR = [
    ("rose from $20 to $25bn", True),
    ("fell from £20 to £25bn", True),
    ("at $20 to $25bn", False),
    ("from $20 and $25bn", False),
    ("from $20 up to $25bn", False),
]


@pytest.mark.parametrize(("text", "pair"), IS_PAIR, ids=[t for t, _ in IS_PAIR])
def test_is_pair(text: str, pair: bool) -> None:
    first, second = (m.span() for m in re.finditer(r"[$£]\S+", text))
    assert is_pair(text, first, second) is pair
