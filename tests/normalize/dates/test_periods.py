"""Calendar and fiscal periods around a day (``dates.periods``)."""

from __future__ import annotations

from datetime import date

import pytest

from claimx.normalize.dates.periods import (
    fiscal_year,
    shifted_period,
    unit_period,
    vague,
    window,
)
from claimx.normalize.dates.values import Grain
from tests.normalize.dates.examples import REF

JULY = 7


@pytest.mark.parametrize(
    ("grain", "start", "end"),
    [
        ("day", date(2025, 3, 15), date(2025, 3, 15)),
        ("week", date(2025, 3, 10), date(2025, 3, 16)),
        ("weekend", date(2025, 3, 15), date(2025, 3, 16)),
        ("month", date(2025, 3, 1), date(2025, 3, 31)),
        ("quarter", date(2025, 1, 1), date(2025, 3, 31)),
        ("half", date(2025, 1, 1), date(2025, 6, 30)),
        ("year", date(2025, 1, 1), date(2025, 12, 31)),
        ("fiscal_year", date(2024, 7, 1), date(2025, 6, 30)),
        ("decade", date(2020, 1, 1), date(2029, 12, 31)),
        ("century", date(2000, 1, 1), date(2099, 12, 31)),
    ],
)
def test_unit_period_contains_the_day(grain: Grain, start: date, end: date) -> None:
    assert unit_period(grain, REF, JULY) == (start, end)


@pytest.mark.parametrize(
    ("day", "fy_start", "start"),
    [(date(2025, 4, 1), 4, date(2025, 4, 1)), (date(2025, 3, 31), 4, date(2024, 4, 1)),
     (date(2025, 3, 31), 1, date(2025, 1, 1))],
    ids=["first day", "last day", "january start"],
)
def test_fiscal_year_around_a_day(day: date, fy_start: int, start: date) -> None:
    assert unit_period("fiscal_year", day, fy_start)[0] == start


@pytest.mark.parametrize(
    ("end_year", "fy_start", "start", "end"),
    [(2024, 7, date(2023, 7, 1), date(2024, 6, 30)), (2024, 1, date(2024, 1, 1),
                                                      date(2024, 12, 31))],
    ids=["july start", "january start is the calendar year"],
)
def test_fiscal_year_ends_in_the_year_it_is_named_after(
    end_year: int, fy_start: int, start: date, end: date
) -> None:
    value = fiscal_year(end_year, fy_start)
    assert (value.start, value.end, value.grain) == (start, end, "fiscal_year")


def test_shifted_period_carries_its_shift() -> None:
    value = shifted_period("quarter", -1, REF, JULY)
    assert (value.start, value.end) == (date(2024, 10, 1), date(2024, 12, 31))
    assert (value.offset, value.direction, value.relative) == ("-P3M", "past", True)


@pytest.mark.parametrize(
    ("sign", "start", "end"),
    [(-1, date(2025, 3, 8), date(2025, 3, 14)), (1, date(2025, 3, 16), date(2025, 3, 22))],
    ids=["past", "future"],
)
def test_window_leaves_the_reference_day_out(sign: int, start: date, end: date) -> None:
    value = window(REF, "W", 1, sign, "weeks")
    assert (value.start, value.end) == (start, end)


@pytest.mark.parametrize(
    ("sign", "start", "end", "offset"),
    [(-1, None, REF, "-P"), (1, REF, None, "P")],
    ids=["past", "future"],
)
def test_vague_period_is_open_on_its_far_side(
    sign: int, start: date | None, end: date | None, offset: str
) -> None:
    value = vague("years", sign, REF)
    assert (value.start, value.end, value.offset) == (start, end, offset)
