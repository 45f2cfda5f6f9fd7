"""Numbers (digits, scales, words) and the counts built on them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from claimx.normalize.numbers import parse_number, stacked_scales
from claimx.normalize.quantity import (
    count_of_measure,
    parse_clock_duration,
    parse_count,
    split_bounds,
)

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
    # South Asian digit grouping
    ("12,34,567", "1234567", "1"),
    ("1,50,000", "150000", "1e4"),
    # words: fractions added to a whole number, dozens, signs, digits among words
    ("three and a half million", "3.5e6", "1e5"),
    ("two and a quarter", "2.25", "0.01"),
    ("half a dozen", "6", "1"),
    ("three dozen", "36", "1"),
    ("minus seven", "-7", "1"),
    ("⅔", "0.6666666666666666", "1e-16"),
    ("1⅙", "1.16666666666666666", "1e-17"),
    ("negative 12", "-12", "1"),
    ("one-million", "1e6", "1e6"),
    ("4 thousand 3 hundred and 21", "4321", "1"),
    # fractions: multiplied, added after "and" (of the scale before it), signs, slashes
    ("two fifths", "0.4", "0.1"),
    ("one-fifth", "0.2", "0.1"),
    ("two and three quarters", "2.75", "0.01"),
    ("four million and a half", "4.5e6", "1e5"),
    ("seven billion and a quarter", "7.25e9", "1e7"),
    ("3½", "3.5", "0.1"),
    ("3/8", "0.375", "0.001"),
    ("1 1/2", "1.5", "0.1"),
    # ratios, decimals in words, scientific notation, a scale of a scale, dozens
    ("one in four", "0.25", "0.01"),
    ("three out of four", "0.75", "0.01"),
    ("1 over 8", "0.125", "0.001"),
    ("six point two five", "6.25", "0.01"),
    ("nought point five", "0.5", "0.1"),
    ("31-point-eight", "31.8", "0.1"),
    ("twelve point one five", "12.15", "0.01"),
    ("2.5e6", "2.5e6", "1e5"),
    ("two lakh crore", "2e12", "1e12"),
    ("4 dozens", "48", "12"),
    # smaller scales before a large one multiply; two large ones side by side are a slip,
    # read in the last ("$4.5bn trillion", BBC business/204)
    ("a hundred million", "1e8", "1e8"),
    ("two thousand billion", "2e12", "1e12"),
    ("4.5bn trillion", "4.5e12", "1e11"),
    ("3 million billion", "3e9", "1e9"),
    ("a million billion", "1e9", "1e9"),
]


@pytest.mark.parametrize(("text", "value", "precision"), NUMBERS, ids=[n[0] for n in NUMBERS])
def test_parse_number(text: str, value: str, precision: str) -> None:
    parsed = parse_number(text)
    assert parsed is not None
    assert (parsed.value, parsed.precision) == (Decimal(value), Decimal(precision))


@pytest.mark.parametrize(("text", "stacked"), [
    ("4.5bn trillion", True), ("$2m billion", True), ("a million billion", True),
    ("5 lakh crore", False), ("a hundred million", False), ("4.5 trillion", False),
    ("two thousand billion", False),
], ids=lambda value: str(value))
def test_two_large_scales_side_by_side_are_told(text: str, stacked: bool) -> None:
    assert stacked_scales(text) is stacked


@pytest.mark.parametrize(
    "text",
    [
        "", "thousands", "a", "million", "4.6 bananas", "ISO",
        # two numbers side by side, or joined where English does not join one number
        "10 737", "50 50", "one-two", "five-ten", "two and three",
        # a season and a schedule are no fractions; "point" needs its digits
        "2014/15", "24/7", "five point",
    ],
)
def test_not_a_number(text: str) -> None:
    assert parse_number(text) is None


COUNTS = [
    # (text, low, high, bound)
    # orders of magnitude joined by "of" are a range; the span keeps the "of" before its noun
    ("tens of thousands of", "1e4", "1e5", "range"),
    ("hundreds of millions", "1e8", "1e9", "range"),
    ("more than tens of thousands of", "1e4", None, "lower"),
    # one plural scale before "of" is at least that scale
    ("thousands of", "1e3", None, "lower"),
    ("hundreds of", "100", None, "lower"),
    ("tens of", "10", None, "lower"),
    # a noun naming a group by its size
    ("a trio of", "3", "3", "exact"),
    ("the quartet of", "4", "4", "exact"),
    ("over 600,000", "600000", None, "lower"),
    # two numbers joined by "or" are a range
    ("three or four", "3", "4", "range"),
    ("10 or 12", "10", "12", "range"),
    ("15+", "15", None, "lower"),
    ("18", "18", "18", "exact"),
    ("30,000", "30000", "30000", "exact"),
    ("5m", "5e6", "5e6", "exact"),
    ("nearly 2,000", "2000", "2000", "approx"),
    ("up to 500", None, "500", "upper"),
    ("1.2 million", "1.2e6", "1.2e6", "exact"),
    # ranges: dashes between digits, "between", "through", a scale shared by both ends
    ("20-30", "20", "30", "range"),
    ("12–18", "12", "18", "range"),
    ("between 5 and 10", "5", "10", "range"),
    ("between two and four", "2", "4", "range"),
    ("5k-20k", "5000", "20000", "range"),
    ("20-30 million", "2e7", "3e7", "range"),
    ("40 through 60", "40", "60", "range"),
    # bounds in words and signs, before or after the number
    ("more than thirty", "30", None, "lower"),
    ("at least seven million", "7e6", None, "lower"),
    ("greater than 250", "250", None, "lower"),
    ("fewer than a thousand", None, "1000", "upper"),
    ("smaller or equal than 80", None, "80", "upper"),
    (">= 15", "15", None, "lower"),
    ("<40", None, "40", "upper"),
    ("300 or more", "300", None, "lower"),
    ("six hundred or fewer", None, "600", "upper"),
    # two bounds that close a range, in either order
    ("more than 10 and less than 40", "10", "40", "range"),
    ("at most 90 but at least 60", "60", "90", "range"),
    ("above one thousand and below two thousand", "1000", "2000", "range"),
    ("at least 60, at most 90", "60", "90", "range"),
    # fractions after a bound
    ("more than half", "0.5", None, "lower"),
    ("under 1/4", None, "0.25", "upper"),
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


@pytest.mark.parametrize("text", ["thousands", "dozens", "many", "several of"])
def test_vague_counts_are_not_figures(text: str) -> None:
    assert parse_count(text) is None


MEASURE_COUNTS = [
    # (number, the frame's measure, low, high): a number with no noun after it counts what
    # its measure counts ("unemployment rose 206,900 to 4.64 million")
    ("206,900", "unemployment", "206900", "206900"),
    ("4.64 million", "seasonally adjusted jobless", "4640000", "4640000"),
    ("83,000", "New loans", "83000", "83000"),
    ("around 22", "median age", "22", "22"),
    # a change in a count counts it too: "revised down the jobs gains from 157,000 to
    # 133,000" (BBC business/007), "job losses rose to 3,500"
    ("157,000", "jobs gains", "157000", "157000"),
    ("3,500", "job losses", "3500", "3500"),
    # counts of people the measure names as a group (BBC business/216, entertainment/226)
    ("about 200,000", "workforce", "200000", "200000"),
    ("5.9 million", "prime-time audience", "5900000", "5900000"),
]


@pytest.mark.parametrize(("text", "measure", "low", "high"), MEASURE_COUNTS,
                         ids=[f"{c[0]} ({c[1]})" for c in MEASURE_COUNTS])
def test_a_bare_number_counts_its_measure(text: str, measure: str, low: str,
                                          high: str) -> None:
    amount = count_of_measure(text, measure)
    assert amount is not None
    assert (amount.low, amount.high, amount.unit) == (Decimal(low), Decimal(high), measure)


@pytest.mark.parametrize(("text", "measure"), [
    ("345", "shares"),          # pence: a price, not a count of shares
    ("0.2", "unemployment"),    # a fraction of one counts nothing
    ("65", "age"),              # one person's age, no statistic
    ("10,540", None),
    ("two", "customers"),        # in words: part of "two to four weeks", or a pronoun
    ("450", "profit gains"),     # a change of what no count measures
    ("12,000", "sales rise"),    # sales may be money: no count measure
    ("65", "pension age rise"),  # an age: its own noun is no count measure
])
def test_a_bare_number_of_another_measure_is_no_count(text: str, measure: str | None) -> None:
    assert count_of_measure(text, measure) is None


def test_the_end_of_a_range_is_no_count_of_its_measure() -> None:
    # "kept 1,000 to 2,000 music files": the first end alone counts nothing
    assert count_of_measure("1,000", "music files", after=" to 2,000 music files") is None


@pytest.mark.parametrize("after", [" to 4.483 million, the Bundesbank said",
                                   " to 45,000 during the festival"])
def test_the_start_of_a_change_counts_its_measure(after: str) -> None:
    # "the jobless total rose 17,000 to 4.483 million": a change, then a new level
    amount = count_of_measure("17,000", "jobless", after=after)
    assert amount is not None and amount.low == Decimal(17000)


@pytest.mark.parametrize(("before", "text", "value", "unit"), [
    ("will increase the number of specialist sport colleges from ", "350", "350",
     "specialist sport colleges"),
    ("the number of sport colleges from 350 to ", "400", "400", "sport colleges"),
    ("The total of new homes rose to ", "1,200", "1200", "new homes"),
    # the comma of "80,000" closes no clause (BBC politics/096)
    ("cut the number of civil servants at Whitehall - Labour by more than 80,000 and the "
     "Tories by ", "almost 100,000", "100000", "civil servants"),
    # a word before the head, a determiner after "of" (BBC tech/146, tech/041)
    ("The total number of Europeans online rose by 12% to ", "100 million", "1e8",
     "europeans online"),
    ("would nearly double the number of its hotspots from 12,300 to ", "20,000", "20000",
     "hotspots"),
    # (BBC tech/234)
    ("the numbers of camera phones in the UK more than doubled to ", "7.5 million", "7.5e6",
     "camera phones"),
], ids=["colleges-from", "colleges-to", "total-of", "digit-comma", "total-number",
        "its-hotspots", "numbers-of"])
def test_a_number_counts_what_the_count_named_before_it_counts(
    before: str, text: str, value: str, unit: str
) -> None:
    amount = count_of_measure(text, "move", before=before)
    assert amount is not None
    assert (amount.high, amount.unit) == (Decimal(value), unit)


@pytest.mark.parametrize("before", [
    "The number of staff is unclear, but ",   # another clause
    "a number of firms said ",                 # no number of things: "a number of" is vague
])
def test_a_count_named_in_another_clause_counts_nothing(before: str) -> None:
    assert count_of_measure("300", "left", before=before) is None


def test_a_number_right_after_the_counted_noun_is_its_age() -> None:
    # "the number of people over 60 rose": an age of the people counted, not their count
    assert count_of_measure("over 60", "rose", before="the number of people ") is None


@pytest.mark.parametrize(("before", "text"), [
    ("households with people ", "over 60"),
    ("there are 11m voters ", "over 60"),
    ("or £300 where people are ", "over 80"),
])
def test_a_number_right_after_its_measure_is_no_count(before: str, text: str) -> None:
    # an age or a label of the measured people, not their count
    assert count_of_measure(text, before.split()[-1], before=before) is None


@pytest.mark.parametrize("text", ["more than 40 and less than 10", "below 5 and above 9"])
def test_bounds_that_cannot_both_hold_give_none(text: str) -> None:
    assert parse_count(text) is None


def test_a_negative_count_gives_none() -> None:
    assert parse_count("-30") is None


SIGNED = [
    # (text, low, high, bound): bare numbers, which may be negative
    ("below -20", None, "-20", "upper"),
    ("minus eight", "-8", "-8", "exact"),
    ("between -5 and 5", "-5", "5", "range"),
    ("above -12 and below -3", "-12", "-3", "range"),
    ("between negative four and six", "-4", "6", "range"),
]


@pytest.mark.parametrize(("text", "low", "high", "bound"), SIGNED, ids=[c[0] for c in SIGNED])
def test_parse_count_signed(text: str, low: str | None, high: str | None, bound: str) -> None:
    amount = parse_count(text, signed=True)
    assert amount is not None
    assert (amount.low, amount.high, amount.bound) == (
        None if low is None else Decimal(low),
        None if high is None else Decimal(high),
        bound,
    )


def test_a_negative_number_in_two_bounds_is_no_count() -> None:
    assert parse_count("above -12 and below -3") is None


SPLITS = [
    # (text, the pieces): two bounds that make no one range are two figures
    ("over 500 and under 100", ["over 500", "under 100"]),
    ("at least 12, at least 30", ["at least 12", "at least 30"]),
    ("fell to under 80 but over 95", ["under 80", "over 95"]),
    ("at most twenty and no fewer than forty", ["at most twenty", "no fewer than forty"]),
    # one figure, or no two figures to cut it into
    ("over 100 and under 500", []),
    ("between 5 and 9", []),
    ("six and seven", []),
    ("over 20 and seven", []),
]


@pytest.mark.parametrize(("text", "pieces"), SPLITS, ids=[c[0] for c in SPLITS])
def test_split_bounds(text: str, pieces: list[str]) -> None:
    assert [text[start:end] for start, end in split_bounds(text)] == pieces


@pytest.mark.parametrize(("text", "unit", "low", "bound"), [
    ("two hours 18 minutes 15", "seconds", "8295", "exact"),
    ("one minute and 53", "secs", "113", "exact"),
    ("two hours, 18", "minutes", "138", "exact"),
    ("about one hour 20", "minutes", "80", "approx"),
])
def test_a_length_in_clock_units_is_read_in_its_last_unit(text: str, unit: str, low: str,
                                                         bound: str) -> None:
    amount = parse_clock_duration(text, unit)
    assert amount is not None and (amount.low, amount.bound, amount.unit) == (
        Decimal(low), bound, unit)


@pytest.mark.parametrize(("text", "unit"), [
    ("15", "seconds"),            # one part: a plain count reads it
    ("six", "weeks"),             # weeks are no clock unit
    ("two days 3", "hours"),      # nor are days
    ("two hours many", "minutes"),
])
def test_what_is_no_length_in_clock_units(text: str, unit: str) -> None:
    assert parse_clock_duration(text, unit) is None
