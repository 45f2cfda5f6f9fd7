"""Interval building: precision, hedges, bounds."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, NamedTuple

import pytest

from claimx.reconcile import ReconcileTables, claim_value
from claimx.reconcile.intervals import infer_precision, to_decimal

INF = Decimal("Infinity")


class Example(NamedTuple):
    id: str
    text: str
    value: dict[str, Any]
    low: Decimal
    high: Decimal


def v(low: Any, high: Any, bound: str, precision: Any = None) -> dict[str, Any]:
    return {"low": low, "high": high, "bound": bound, "unit": "USD", "per": None,
            "precision": precision}


EXAMPLES = [
    # Rounding intervals from the stated precision (figures of seed 000 and 001).
    # Truncation's room is capped at 1% of the figure (intervals.truncation_share): for
    # $4.6 billion that is less than rounding's, so rounding's half-step applies on both sides.
    Example("exact-billions", "$4.6 billion", v(4600000000, 4600000000, "exact", 100000000),
            Decimal("4.55e9"), Decimal("4.65e9")),
    Example("exact-percent-tenths", "26.4%", v(26.4, 26.4, "exact", 0.1),
            Decimal("26.35"), Decimal("26.499")),
    Example("exact-whole-figure-rounded-only", "$5 billion",
            v(5000000000, 5000000000, "exact", 1e9),
            Decimal("4.5e9"), Decimal("5.5e9")),
    Example("exact-decimal-input", "$4.65 billion",
            v(Decimal("4650000000"), Decimal("4650000000"), "exact", Decimal("1e7")),
            Decimal("4.645e9"), Decimal("4.6599e9")),
    # A figure written with decimals may be truncated as well as rounded: "$9.3bn" allows
    # $9.37bn (rules/reconcile.json intervals.rounding), up to 1% above it.
    Example("exact-truncated-billions", "$9.3bn", v(9300000000, 9300000000, "exact", 1e8),
            Decimal("9.25e9"), Decimal("9.393e9")),
    # A small figure's truncation room is small: "0.5%" is not 0.59% cut short.
    Example("exact-small-percent-truncation-capped", "0.5%", v(0.5, 0.5, "exact", 0.1),
            Decimal("0.45"), Decimal("0.55")),
    Example("exact-many-digits-truncation-uncapped", "$33.67bn",
            v(33670000000, 33670000000, "exact", 1e7), Decimal("3.3665e10"),
            Decimal("3.36799e10")),
    Example("exact-hundredths-percent", "22.31%", v(22.31, 22.31, "exact", 0.01),
            Decimal("22.305"), Decimal("22.3199")),
    Example("exact-negative-truncated-below", "-12.3%", v(-12.3, -12.3, "exact", 0.1),
            Decimal("-12.399"), Decimal("-12.25")),
    # A rate is only rounded (intervals.rounded_only_units): "6.2%" never reaches a revised
    # "6.3%", where an amount's "$6.2bn" may be $6.26bn cut short.
    Example("exact-rate-rounded-only", "6.2%", {**v(6.2, 6.2, "exact", 0.1), "unit": "percent"},
            Decimal("6.15"), Decimal("6.25")),
    Example("exact-points-rounded-only", "0.25 pp",
            {**v(0.25, 0.25, "exact", 0.01), "unit": "pp"}, Decimal("0.245"), Decimal("0.255")),
    Example("exact-amount-truncated", "$6.2bn", v(6200000000, 6200000000, "exact", 1e8),
            Decimal("6.15e9"), Decimal("6.262e9")),
    # Missing precision: inferred from the last non-zero digit (finer end of a range).
    Example("exact-inferred-precision", "$4.6 billion", v(4600000000, 4600000000, "exact"),
            Decimal("4.55e9"), Decimal("4.65e9")),
    Example("range-as-stated-without-precision", "$50-75", v(50, 75, "range"),
            Decimal("50"), Decimal("75")),
    Example("exact-zero", "0%", v(0, 0, "exact"), Decimal(0), Decimal(0)),
    # Ranges: the writer's own ends, not widened by rounding.
    Example("range-percent", "30-50%", v(30, 50, "range", 10), Decimal("30"), Decimal("50")),
    Example("range-per-hour", "$50-70 per hour", v(50, 70, "range", 10),
            Decimal("50"), Decimal("70")),
    # Hedges widen the rounding interval (rules/reconcile.json intervals.hedges).
    Example("approx-around-mark", "around the $1 billion mark",
            v(1000000000, 1000000000, "approx", 1000000000), Decimal("0.4e9"), Decimal("1.6e9")),
    Example("approx-nearly-only-below", "nearly $5 billion",
            v(5000000000, 5000000000, "approx", 100000000), Decimal("4.45e9"), Decimal("5.05e9")),
    Example("approx-no-hedge-word-default", "$2 billion",
            v(2000000000, 2000000000, "approx", 100000000), Decimal("1.75e9"), Decimal("2.25e9")),
    Example("approx-hedge-after-number-ignored", "$2 billion or so, roughly",
            v(2000000000, 2000000000, "approx", 100000000), Decimal("1.75e9"), Decimal("2.25e9")),
    Example("approx-phrase-beats-word", "just under $3 million",
            v(3000000, 3000000, "approx", 1000000), Decimal("2.35e6"), Decimal("3.5e6")),
    # Open bounds.
    Example("lower-crossing", "crossing the $2.5 billion mark",
            v(2500000000, None, "lower", 100000000), Decimal("2.5e9"), INF),
    Example("lower-plus", "$150+", v(150, None, "lower", 1), Decimal(150), INF),
    Example("upper-under", "under $3 million", v(None, 3000000, "upper", 1000000), -INF,
            Decimal("3e6")),
]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.id for e in EXAMPLES])
def test_claim_interval(example: Example, tables: ReconcileTables) -> None:
    parsed = claim_value(example.value, example.text, tables)
    assert parsed is not None
    assert parsed.interval.low == example.low
    assert parsed.interval.high == example.high


@pytest.mark.parametrize(
    ("value", "stated"),
    [
        (v(4600000000, 4600000000, "exact", 100000000), (Decimal("4.6e9"), Decimal("4.6e9"))),
        (v(30, 50, "range", 1), (Decimal(30), Decimal(50))),
        (v(2500000000, None, "lower"), (Decimal("2.5e9"), INF)),
        (v(None, 7, "upper"), (-INF, Decimal(7))),
    ],
    ids=["point", "range", "lower", "upper"],
)
def test_stated_figure_is_kept_beside_the_interval(
    value: dict[str, Any], stated: tuple[Decimal, Decimal], tables: ReconcileTables
) -> None:
    parsed = claim_value(value, "", tables)
    assert parsed is not None
    assert tuple(parsed.stated) == stated


@pytest.mark.parametrize(
    "value",
    [
        v(None, None, "exact"),
        v(None, 5, "lower"),
        v(5, None, "upper"),
        v(5, None, "range"),
        v(9, 5, "range"),
        v(1, 1, "about"),
        v(True, True, "exact"),
        v("many", "many", "exact"),
        v(1, 1, "exact", -1),
    ],
    ids=["no-number", "lower-without-low", "upper-without-high", "range-open", "range-reversed",
         "unknown-bound", "boolean", "not-a-number", "negative-precision"],
)
def test_unusable_values_give_none(value: dict[str, Any], tables: ReconcileTables) -> None:
    assert claim_value(value, "x", tables) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("4.6e9"), Decimal("1e8")),
        (Decimal(600000), Decimal("1e5")),
        (Decimal("26.4"), Decimal("0.1")),
        (Decimal(150), Decimal(10)),
        (Decimal(0), Decimal(0)),
    ],
    ids=["billions", "hundred-thousands", "tenths", "tens", "zero"],
)
def test_infer_precision(value: Decimal, expected: Decimal) -> None:
    assert infer_precision(value) == expected


def test_float_is_read_as_written() -> None:
    assert to_decimal(0.1) == Decimal("0.1")
    assert to_decimal(4.6e9) == Decimal("4.6e9")


def p(low: Any, high: Any, bound: str, precision: Any = None) -> dict[str, Any]:
    return {**v(low, high, bound, precision), "unit": None}


FALLS = [
    # The size of a fall is read as written (rounding, truncation, hedges), then negated: the
    # interval of the signed change is the mirror of the size's.
    Example("fall-rounded", "fell 0.3%", p(0.3, 0.3, "exact", 0.1),
            Decimal("-0.35"), Decimal("-0.25")),
    Example("fall-truncated-away-from-zero", "fell 12.3%", p(12.3, 12.3, "exact", 0.1),
            Decimal("-12.399"), Decimal("-12.25")),
    Example("fall-nearly-stays-short-of-its-size", "fell nearly 5%", p(5, 5, "approx", 1),
            Decimal("-5.5"), Decimal("-4")),
    Example("fall-just-over-goes-beyond-its-size", "fell just over 5%", p(5, 5, "approx", 1),
            Decimal("-5.75"), Decimal("-4.5")),
    Example("fall-of-more-than-is-at-most", "fell more than 5%", p(5, None, "lower", 1),
            -INF, Decimal(-5)),
    Example("fall-range", "fell 2-3%", p(2, 3, "range", 1), Decimal(-3), Decimal(-2)),
]


@pytest.mark.parametrize("example", FALLS, ids=[e.id for e in FALLS])
def test_a_fall_is_the_mirror_of_its_size(example: Example, tables: ReconcileTables) -> None:
    parsed = claim_value(example.value, example.text, tables)
    assert parsed is not None
    signed = parsed.mirrored()
    assert (signed.interval.low, signed.interval.high) == (example.low, example.high)


@pytest.mark.parametrize(
    ("bound", "mirrored"),
    [("lower", "upper"), ("upper", "lower"), ("exact", "exact"), ("range", "range")],
)
def test_a_mirrored_bound_turns_around(
    bound: str, mirrored: str, tables: ReconcileTables
) -> None:
    parsed = claim_value(p(5, 5 if bound != "lower" else None, bound, 1)
                         if bound != "upper" else p(None, 5, bound, 1), "5%", tables)
    assert parsed is not None
    assert parsed.mirrored().bound == mirrored
