"""What a date phrase reads as: :class:`DateValue`, an inclusive interval of days, and the
words its fields take (grains, directions, parts), with the ISO 8601 offset it carries."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal, get_args

Grain = Literal[
    "day",
    "week",
    "weekend",
    "month",
    "quarter",
    "half",
    "year",
    "fiscal_year",
    "decade",
    "century",
    "days",
    "weeks",
    "months",
    "quarters",
    "years",
    "range",
]
# Single calendar periods first, then windows counted in units, then a stated range.
GRAINS: tuple[Grain, ...] = get_args(Grain)
Direction = Literal["past", "future"]
Part = Literal["early", "mid", "late"]
Prefer = Literal["past", "future"]
Order = Literal["dmy", "mdy"]


@dataclass(frozen=True)
class DateValue:
    """A stated date or period as an inclusive interval of days.

    ``start``/``end`` are the first and last day (None when open, or when a relative phrase
    was read without a reference date). ``grain`` is the unit the phrase was stated in (see
    ``GRAINS``). ``relative`` says the phrase needs the reference date; ``offset`` is then
    the shift from it as an ISO 8601 duration ("-P10Y" for "a decade ago", "P5Y" for "the
    next five years", "P0Y" for "this year"; "P"/"-P" for an unstated length), None when the
    phrase names a period rather than a shift ("December"). ``direction`` is "past" or
    "future" for shifted phrases; ``part`` marks "early/mid/late" parts of a period.
    """

    start: date | None
    end: date | None
    grain: Grain
    relative: bool = False
    offset: str | None = None
    direction: Direction | None = None
    part: Part | None = None

    def __post_init__(self) -> None:
        if self.grain not in GRAINS:
            raise ValueError(f"grain must be one of {GRAINS}, got {self.grain!r}")
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValueError(f"start {self.start} is after end {self.end}")

    def to_json(self) -> dict[str, Any]:
        """The ``value`` object of a date claim: ISO dates as strings."""
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "grain": self.grain,
            "relative": self.relative,
            "offset": self.offset,
            "direction": self.direction,
            "part": self.part,
        }


def iso_duration(parts: Mapping[str, int], sign: int = 1) -> str:
    """``{"Y": 10}`` -> "P10Y"; negative for the past; "P0D"-style for a zero shift."""
    body = "".join(f"{parts[k]}{k}" for k in "YMWD" if parts.get(k))
    if not body:
        body = "0" + next((k for k in "YMWD" if k in parts), "D")
    return ("-" if sign < 0 else "") + "P" + body


def sign_direction(sign: int) -> Direction | None:
    """"past" for a negative shift, "future" for a positive one, None for none."""
    if sign < 0:
        return "past"
    if sign > 0:
        return "future"
    return None


def day_shift(day: date, ref: date) -> DateValue:
    """The single ``day`` as a shift of whole days from the reference date ("tomorrow")."""
    days = (day - ref).days
    return DateValue(
        day, day, "day", True, iso_duration({"D": abs(days)}, days), sign_direction(days)
    )
