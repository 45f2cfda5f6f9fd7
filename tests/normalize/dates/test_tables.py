"""The checked words of ``dates.json`` (``dates.tables``)."""

from __future__ import annotations

import pytest

from claimx.normalize.dates.tables import DateTables, alternation
from claimx.rules_folder import RulesFolder


def _table_with(**changes: object) -> dict[str, object]:
    table = dict(RulesFolder.open(None).table("dates"))
    table.update(changes)
    return table


@pytest.fixture(scope="module")
def tables() -> DateTables:
    return DateTables(_table_with())


def test_two_digit_years_turn_at_the_pivot(tables: DateTables) -> None:
    below, at = f"{tables.pivot - 1:02d}", f"{tables.pivot:02d}"
    assert tables.full_year(below) == 2000 + tables.pivot - 1
    assert tables.full_year(at) == 1900 + tables.pivot
    assert tables.full_year("1987") == 1987


def test_count_reads_digits_and_words(tables: DateTables) -> None:
    vague = next(word for word, value in tables.counts.items() if value is None)
    assert (tables.count("12"), tables.count("a couple of"), tables.count(vague)) == (12, 2, None)


@pytest.mark.parametrize(
    ("unit", "grain"), [("quarters", "quarters"), ("months", "months"), ("decade", "years"),
                        ("fortnight", "weeks"), ("days", "days")],
)
def test_span_grain(tables: DateTables, unit: str, grain: str) -> None:
    assert tables.span_grain(unit) == grain


def test_alternation_tries_longer_words_first() -> None:
    assert alternation(["sep", "sept.", "september"]) == r"september|sept\.|sep"
