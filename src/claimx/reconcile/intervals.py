"""A claim's value as the interval of numbers it allows.

"$4.6 billion" allows [4.55e9, 4.65e9] (its rounding interval); "around $1 billion" allows a
wider one; "crossing $2.5 billion" allows [2.5e9, +inf). Two claims conflict when their
intervals are disjoint. Infinite ends are ``Decimal("Infinity")`` so that every interval
sorts and compares the same way; they are written as ``null`` in JSON.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any, NamedTuple

from claimx.reconcile.tables import ReconcileTables, Tolerance

NEG_INF = Decimal("-Infinity")
POS_INF = Decimal("Infinity")
ZERO = Decimal(0)
HALF = Decimal("0.5")
_DIGIT = re.compile(r"\d")
_DECIMALS = re.compile(r"\d\.\d")
# A bound of a negated figure: "more than 5" negated is "less than -5".
MIRRORED_BOUNDS = {"lower": "upper", "upper": "lower"}


class Interval(NamedTuple):
    """A closed interval; ``low`` may be -inf and ``high`` +inf."""

    low: Decimal
    high: Decimal

    def overlaps(self, other: Interval) -> bool:
        """True when some number lies in both (touching ends count as overlapping)."""
        return self.low <= other.high and other.low <= self.high

    def widen(self, below: Decimal, above: Decimal) -> Interval:
        """The interval grown by ``below`` at the low end and ``above`` at the high end."""
        return Interval(self.low - below, self.high + above)

    @property
    def bounded(self) -> bool:
        """Both ends finite."""
        return self.low.is_finite() and self.high.is_finite()

    def mirrored(self) -> Interval:
        """The interval of the negated numbers: [1, 2] -> [-2, -1]."""
        return Interval(-self.high, -self.low)


class ClaimValue(NamedTuple):
    """What reconciliation needs of a numeric claim's ``value``.

    ``stated`` is the figure as written (a point is [v, v], a lower bound [v, +inf));
    ``interval`` is what it allows once rounding and hedges are taken into account.
    """

    bound: str
    stated: Interval
    interval: Interval

    def mirrored(self) -> ClaimValue:
        """The value negated, a lower bound becoming an upper one: the size of a fall ("fell
        nearly 5%": [4.5, 5]) as a signed change ([-5, -4.5]). Rounding, truncation and hedges
        were applied to the size as written, so they keep their meaning."""
        return ClaimValue(
            MIRRORED_BOUNDS.get(self.bound, self.bound), self.stated.mirrored(),
            self.interval.mirrored(),
        )


def to_decimal(value: Any) -> Decimal | None:
    """A JSON number (int, float, Decimal or numeric string) as Decimal; None stays None."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a number: {value!r}")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int):
        return Decimal(value)
    try:
        # repr() of a float is its shortest round-trip form: 4.6e9 -> "4600000000.0", not the
        # binary expansion Decimal(float) would give.
        return Decimal(repr(value) if isinstance(value, float) else str(value))
    except InvalidOperation as exc:
        raise ValueError(f"not a number: {value!r}") from exc


def infer_precision(value: Decimal) -> Decimal:
    """The place value of the last non-zero digit: 4.6e9 -> 1e8, 600000 -> 1e5, 26.4 -> 0.1."""
    if not value.is_finite() or value == 0:
        return ZERO
    exponent = value.normalize().as_tuple().exponent
    return Decimal(1).scaleb(exponent) if isinstance(exponent, int) else ZERO


def significant_digits(value: Decimal) -> int:
    """Significant digits of a figure as written: "$2.59 million" -> 3, 11 -> 2, "100" -> 1."""
    precision = infer_precision(value)
    if precision <= 0:
        return 0
    return len(str(int(abs(value) / precision)))


def hedge_tolerance(text: str, tables: ReconcileTables) -> Tolerance:
    """The tolerance of the hedge nearest before the number in ``text``, else the default."""
    digit = _DIGIT.search(text)
    found = tables.hedge_cues.find(text[: digit.start()] if digit else text)
    if not found:
        return tables.approx_tolerance
    return tables.hedges[found[-1]]


def claim_value(value: Mapping[str, Any], text: str, tables: ReconcileTables) -> ClaimValue | None:
    """The stated figure and the interval it allows, or None when ``value`` is unusable.

    exact: [v - p/2, v + 0.99p] with p the precision (inferred when missing) and the factors
    of ``intervals.rounding`` (a figure may be rounded or truncated; truncation's room is at
    most ``intervals.truncation_share`` of the figure); approx: that,
    widened by the hedge's tolerance; range: [low, high] as stated; lower: [low, +inf);
    upper: (-inf, high].
    """
    bound = value.get("bound")
    try:
        low = to_decimal(value.get("low"))
        raw_high = value.get("high")
        # One object for a point figure: a million claims keep these in memory.
        high = low if raw_high is not None and raw_high == value.get("low") else to_decimal(
            raw_high
        )
        precision = to_decimal(value.get("precision"))
    except ValueError:
        return None
    if precision is not None and (not precision.is_finite() or precision < 0):
        return None
    if bound in ("exact", "approx"):
        first, second = (low, high) if low is not None else (high, low)
        if first is None:
            return None
        stated = Interval(first, second if second is not None else first)
        if stated.low > stated.high:
            return None
        # a rate is rounded by the office that publishes it, never cut short
        truncated = bool(_DECIMALS.search(text)) and value.get("unit") not in (
            tables.rounded_only_units)
        interval = _rounded(stated, precision, tables, truncated=truncated)
        if bound == "approx":
            tol = hedge_tolerance(text, tables)
            interval = interval.widen(tol.below * abs(stated.low), tol.above * abs(stated.high))
        return ClaimValue(bound, stated, interval)
    if bound == "range":
        if low is None or high is None or low > high:
            return None
        # A range's ends are the writer's own bounds: "$50-70 per hour" allows 50 to 70, and
        # widening it by rounding would hide the arithmetic the ends imply.
        stated = Interval(low, high)
        return ClaimValue(bound, stated, stated)
    if bound == "lower":
        if low is None:
            return None
        stated = Interval(low, POS_INF)
        return ClaimValue(bound, stated, stated)
    if bound == "upper":
        if high is None:
            return None
        stated = Interval(NEG_INF, high)
        return ClaimValue(bound, stated, stated)
    return None


def _rounded(
    stated: Interval, precision: Decimal | None, tables: ReconcileTables, *, truncated: bool
) -> Interval:
    if precision is None:
        # A range's ends were written to one place value: the finer of the two shows it
        # ("50-75" is to the unit, so "50" is too).
        ends = [infer_precision(end) for end in stated if end.is_finite() and end != 0]
        precision = min(ends, default=ZERO)
    rounding = tables.rounding
    # A figure written with decimals ("$9.3bn") may have been truncated rather than rounded;
    # a whole one ("$5bn", "$25 billion") is rounded. Truncation cuts towards zero, so for a
    # negative figure the extra room is below it.
    rounded = precision * rounding.below
    # Truncating drops a small part of a figure ("$9.3bn" for $9.37bn): the extra room is
    # capped at a share of the figure, so "0.5%" never covers 0.59%.
    below = rounded if stated.low >= 0 else _cut(stated.low, precision, tables, truncated)
    above = _cut(stated.high, precision, tables, truncated) if stated.high >= 0 else rounded
    return stated.widen(below, above)


def _cut(value: Decimal, precision: Decimal, tables: ReconcileTables, truncated: bool) -> Decimal:
    """The room on a figure's side away from zero: rounding's, or truncation's up to its cap."""
    rounded = precision * tables.rounding.below
    if not truncated:
        return rounded
    return max(rounded, min(precision * tables.rounding.above,
                            abs(value) * tables.truncation_share))



def representative(stated: Interval) -> Decimal:
    """One number for a stated figure, used to order figures: a bound's end, a range's middle."""
    if not stated.high.is_finite():
        return stated.low
    if not stated.low.is_finite():
        return stated.high
    return (stated.low + stated.high) * HALF
