"""The whole-phrase reader (``dates.parser``): phrases without a reference date, text that
is no date, the future cues of a sentence, and properties over any text."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimx.normalize.dates import DateParser, default_parser, parse_date
from tests.normalize.dates.examples import REF, Example, check, example_id
from tests.normalize.dates.tables_of_examples import ALL_EXAMPLES

NO_REFERENCE = [
    # Without a reference date relative phrases keep their offset and have no days.
    Example("a decade ago", None, None, "year", True, "-P10Y", None),
    Example("the next five years", None, None, "years", True, "P5Y", None),
    Example("last financial year", None, None, "fiscal_year", True, "-P1Y", None),
    Example("coming years", None, None, "years", True, "P", None),
    Example("December", None, None, "month", True, None, None),
    Example("the three months to December", None, None, "months", True, None, None),
    Example("Tuesday", None, None, "day", True, None, None),
    # Absolute phrases do not need one.
    Example("FY24", "2023-07-01", "2024-06-30", "fiscal_year", False, None, None),
    Example("the 90s", "1990-01-01", "1999-12-31", "decade", False, None, None),
    Example("3 months to Dec 2024", "2024-10-01", "2024-12-31", "months", False, None, None),
]


@pytest.mark.parametrize("example", NO_REFERENCE, ids=example_id)
def test_without_a_reference_date(example: Example) -> None:
    check(example)


NOT_DATES = [
    # Frequencies and comparisons from the seed articles and business news.
    "annually",
    "each year",
    "a year",
    "every month",
    "year-on-year",
    "year-over-year",
    "YoY",
    # Not calendar phrases at all.
    "",
    "Fortune 500",
    "ISO 9001",
    "9:00 am",
    "$4.6 billion",
    "26.4%",
    "the company",
    "32/13/2025",
    "February 30, 2025",
    # A country's own day: Pakistan's is 14 August, the US one 4 July.
    "Independence Day",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    assert parse_date(text, REF) is None


def test_output_is_deterministic() -> None:
    texts = [e.text for e in ALL_EXAMPLES]
    first = [parse_date(t, REF) for t in texts]
    assert first == [parse_date(t, REF) for t in texts]


def test_an_unchanged_order_or_fiscal_start_keeps_the_parser() -> None:
    parser = default_parser()
    assert parser.with_order("mdy") is parser
    assert parser.with_fiscal_start(parser.tables.fy_start) is parser
    assert parser.with_order("dmy") is not parser


@given(st.text(max_size=60))
@settings(max_examples=300, deadline=None)
def test_any_text_gives_none_or_an_ordered_interval(text: str) -> None:
    value = parse_date(text, REF)
    assert value is None or value.start is None or value.end is None or value.start <= value.end


@given(st.dates())
@settings(max_examples=200, deadline=None)
def test_reference_dates_at_the_calendar_edges_do_not_raise(ref: date) -> None:
    for text in ("last year", "the next five years", "December", "a decade ago", "Tuesday"):
        parse_date(text, ref)


ABOUT_FUTURE = [
    ("The election is expected on 5 May.", True),
    ("Talks will go on until Monday.", True),
    ("We'll know by Friday.", True),
    ("The deal is due to close by the end of February.", True),
    ("The firm's results are scheduled for 3 March.", True),
    ("Sales rose on 5 May.", False),
    ("Willis said sales fell.", False),
    ("Marshall gave a forecast.", True),  # "forecast" is a cue, not "shall" in a name
    ("Marshall said sales fell.", False),
    ("Sales fell, they'll say.", True),
    ("Analysts had expected a 2.5% pace of first quarter growth.", False),  # looks back
]


@pytest.mark.parametrize(("sentence", "future"), ABOUT_FUTURE, ids=[s for s, _ in ABOUT_FUTURE])
def test_about_future(sentence: str, future: bool) -> None:
    assert DateParser.from_rules().about_future(sentence) is future
