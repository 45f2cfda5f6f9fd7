"""The value of a date phrase (``dates.values``): its checks, its JSON form, its offset."""

from __future__ import annotations

from datetime import date

import pytest

from claimx.normalize.dates import GRAINS, DateValue, parse_date
from claimx.normalize.dates.values import day_shift, iso_duration, sign_direction
from tests.normalize.dates.examples import REF


def test_to_json() -> None:
    value = parse_date("the three months to December", REF)
    assert value is not None
    assert value.to_json() == {
        "start": "2024-10-01",
        "end": "2024-12-31",
        "grain": "months",
        "relative": True,
        "offset": None,
        "direction": None,
        "part": None,
    }


def test_date_value_rejects_unknown_grain() -> None:
    with pytest.raises(ValueError, match="grain"):
        DateValue(None, None, "fortnightly")  # type: ignore[arg-type]


def test_date_value_rejects_reversed_interval() -> None:
    with pytest.raises(ValueError, match="after end"):
        DateValue(date(2025, 2, 1), date(2025, 1, 1), "range")


def test_grains_are_documented_in_order() -> None:
    assert GRAINS[0] == "day" and GRAINS[-1] == "range"


def test_direction_follows_the_sign_of_the_offset() -> None:
    past, future, now = (parse_date(t, REF) for t in ("a decade ago", "next year", "this year"))
    assert past is not None and future is not None and now is not None
    assert (past.direction, future.direction, now.direction) == ("past", "future", None)


@pytest.mark.parametrize(
    ("parts", "sign", "duration"),
    [({"Y": 10}, -1, "-P10Y"), ({"Y": 5, "M": 2}, 1, "P5Y2M"), ({"D": 3, "W": 1}, 1, "P1W3D"),
     ({"Y": 0}, 1, "P0Y"), ({}, 1, "P0D")],
    ids=["past", "two units", "largest first", "zero keeps its unit", "nothing"],
)
def test_iso_duration(parts: dict[str, int], sign: int, duration: str) -> None:
    assert iso_duration(parts, sign) == duration


@pytest.mark.parametrize(("sign", "direction"), [(-2, "past"), (0, None), (3, "future")])
def test_sign_direction(sign: int, direction: str | None) -> None:
    assert sign_direction(sign) == direction


@pytest.mark.parametrize(
    ("day", "offset", "direction"),
    [(date(2025, 3, 13), "-P2D", "past"), (date(2025, 3, 15), "P0D", None),
     (date(2025, 3, 16), "P1D", "future")],
)
def test_day_shift(day: date, offset: str, direction: str | None) -> None:
    value = day_shift(day, REF)
    assert (value.start, value.end, value.offset, value.direction) == (day, day, offset, direction)
