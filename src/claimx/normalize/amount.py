"""The value of a numeric claim: an interval with a bound type, kept exact as Decimal.

Every money, percent and quantity normalizer returns an :class:`Amount`. Inside claimx the
numbers stay ``Decimal`` (no binary rounding of "4.6 billion"); :meth:`Amount.to_json` turns
them into plain JSON numbers (int when integral) for the output files.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, Literal

Bound = Literal["exact", "approx", "lower", "upper", "range"]
BOUNDS: tuple[Bound, ...] = ("exact", "approx", "lower", "upper", "range")


def json_number(value: Decimal | None) -> int | float | None:
    """A Decimal as the plain JSON number a researcher expects: int when integral."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


@dataclass(frozen=True)
class Amount:
    """A stated figure as an interval.

    ``low``/``high`` are the stated bounds (equal for a point value; ``high`` is None for a
    lower bound such as "over 600,000" or "$150+"). ``precision`` is the place value of the
    last stated digit ("4.6 billion" -> 1e8, "600,000" -> 1e5), from which reconciliation
    derives the rounding interval. ``unit`` is an ISO 4217 code for money, "percent" or
    "pp" for percentages, the counted noun phrase for quantities. ``per`` is the rate's
    denominator ("hour" in "$50-70 per hour").
    """

    low: Decimal | None
    high: Decimal | None
    bound: Bound
    unit: str | None = None
    per: str | None = None
    precision: Decimal | None = None

    def __post_init__(self) -> None:
        if self.bound not in BOUNDS:
            raise ValueError(f"bound must be one of {BOUNDS}, got {self.bound!r}")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"low {self.low} is above high {self.high}")

    def with_unit(self, unit: str | None, per: str | None = None) -> Amount:
        """A copy with another unit (and per, when given)."""
        return replace(self, unit=unit, per=per if per is not None else self.per)

    def to_json(self) -> dict[str, Any]:
        """The ``value`` object of a claim line."""
        return {
            "low": json_number(self.low),
            "high": json_number(self.high),
            "bound": self.bound,
            "unit": self.unit,
            "per": self.per,
            "precision": json_number(self.precision),
        }
