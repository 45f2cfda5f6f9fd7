"""The checked words of ``dates.json`` (``dates.tables``)."""

from __future__ import annotations

import pytest

from claimx.normalize.dates import DateParser
from claimx.normalize.dates.tables import DateTables, alternation
from claimx.resources import RulesError, default_rules_dir, read_table


def _table_with(**changes: object) -> dict[str, object]:
    table = dict(read_table(default_rules_dir(), "dates"))
    table.update(changes)
    return table


@pytest.fixture(scope="module")
def tables() -> DateTables:
    return DateTables(_table_with())


@pytest.mark.parametrize(
    ("key", "bad"),
    [("fiscal_year_start_month", 13), ("numeric_date_order", "ymd")],
)
def test_table_values_are_checked(key: str, bad: object) -> None:
    with pytest.raises(RulesError, match=key.split("_")[0]):
        DateTables(_table_with(**{key: bad}))


def test_missing_table_key_is_named() -> None:
    table = _table_with()
    del table["months"]
    with pytest.raises(RulesError, match="months"):
        DateTables(table)


def test_missing_grammar_word_role_is_named() -> None:
    table = _table_with()
    grammar = dict(table["grammar_words"])  # type: ignore[call-overload]
    del grammar["anchor_shifts"]
    with pytest.raises(RulesError, match="anchor_shifts"):
        DateTables({**table, "grammar_words": grammar})


def test_the_parser_checks_its_table() -> None:
    with pytest.raises(RulesError, match="fiscal"):
        DateParser(_table_with(fiscal_year_start_month=0))


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
