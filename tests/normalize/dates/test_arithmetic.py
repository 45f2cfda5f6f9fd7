"""Calendar arithmetic on plain dates (``dates.arithmetic``)."""

from __future__ import annotations

from datetime import date

import pytest

from claimx.normalize.dates.arithmetic import (
    add_months,
    iso_week,
    months_span,
    shift,
    shift_by,
    valid_day,
    week_of,
    weekdays_within,
)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [(date(2024, 1, 31), 1, date(2024, 2, 29)), (date(2023, 1, 31), 1, date(2023, 2, 28)),
     (date(2024, 3, 15), -14, date(2023, 1, 15)), (date(2024, 12, 1), 1, date(2025, 1, 1))],
    ids=["clamped in a leap year", "clamped", "back across a year", "into the next year"],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


@pytest.mark.parametrize(
    ("kind", "count", "expected"),
    [("D", 3, date(2024, 2, 1)), ("W", -1, date(2024, 1, 22)), ("M", 1, date(2024, 2, 29)),
     ("Y", 1, date(2025, 1, 29))],
)
def test_shift(kind: str, count: int, expected: date) -> None:
    assert shift(date(2024, 1, 29), kind, count) == expected


def test_shift_by_moves_the_largest_unit_first() -> None:
    # A month first (30 Jan -> 29 Feb), then two days; the other way round gives 1 March.
    assert shift_by(date(2024, 1, 30), {"D": 2, "M": 1}, 1) == date(2024, 3, 2)


def test_months_span() -> None:
    assert months_span(2025, 11, 3) == (date(2025, 11, 1), date(2026, 1, 31))


def test_week_of_runs_monday_to_sunday() -> None:
    assert week_of(date(2025, 3, 15)) == (date(2025, 3, 10), date(2025, 3, 16))


@pytest.mark.parametrize(
    ("year", "week", "expected"),
    [(2015, 1, (date(2014, 12, 29), date(2015, 1, 4))),
     (2020, 53, (date(2020, 12, 28), date(2021, 1, 3))), (2021, 53, None)],
    ids=["week one starts in December", "a year with 53 weeks", "a year without"],
)
def test_iso_week(year: int, week: int, expected: tuple[date, date] | None) -> None:
    assert iso_week(year, week) == expected


@pytest.mark.parametrize(
    ("year", "month", "day", "valid"),
    [(2024, 2, 29, True), (2025, 2, 29, False), (2025, 13, 1, False), (2025, 4, 31, False)],
)
def test_valid_day(year: int, month: int, day: int, valid: bool) -> None:
    assert valid_day(year, month, day) is valid


def test_weekdays_within_drops_the_weekend_at_both_edges() -> None:
    saturday, sunday = date(2025, 3, 15), date(2025, 3, 23)
    assert weekdays_within(saturday, sunday) == (date(2025, 3, 17), date(2025, 3, 21))
