"""The phrase as the grammar reads it (``dates.words``): punctuation, number words as digits.

The rows read spelt-out numbers through the whole parser; the normalizer is also checked on
its own.
"""

from __future__ import annotations

import pytest

from claimx.normalize.dates import default_parser
from claimx.normalize.dates.words import normalize_phrase
from tests.normalize.dates.examples import Example, check, example_id

EXAMPLES = [
    # Spelt-out numbers.
    Example("nineteen ninety-six", "1996-01-01", "1996-12-31", "year"),
    Example("two thousand and twelve", "2012-01-01", "2012-12-31", "year"),
    Example("the twenty-first of June, two thousand and five", "2005-06-21", "2005-06-21", "day"),
    Example("the fifth of May nineteen eighty-one", "1981-05-05", "1981-05-05", "day"),
]



@pytest.mark.parametrize("example", EXAMPLES, ids=example_id)
def test_spelt_out_numbers(example: Example) -> None:
    check(example)


@pytest.mark.parametrize(
    ("text", "normalized"),
    [
        ("Dec. 31, 1994", "dec 31 1994"),
        ("31Dec", "31 dec"),
        ("the twenty-seventh", "27th"),
        ("nineteen eighty six", "1986"),
        ("two thousand and five", "2005"),
        ("ten and twelve", "10 and 12"),
        ("The year", "this year"),
        ("\u201cmid\u20132025\u201d", "mid-2025"),
        ("a decade", "a decade"),
    ],
    ids=["abbreviation", "glued day", "ordinal words", "a year in pairs", "a scale with and",
         "and without a scale", "the year alone", "quotes and dash", "no number words"],
)
def test_normalize_phrase(text: str, normalized: str) -> None:
    assert normalize_phrase(default_parser().tables, text) == normalized


@pytest.mark.parametrize(
    ("value", "suffix"),
    [(1, "st"), (2, "nd"), (3, "rd"), (4, "th"), (11, "th"), (12, "th"), (13, "th"),
     (21, "st"), (112, "th")],
)
def test_ordinal_suffix(value: int, suffix: str) -> None:
    assert default_parser().tables.ordinal_suffix(value) == suffix
