"""All-number dates and the order a document's own dates show (``dates.numeric``).

A part above 12 decides the order by itself; otherwise the caller's order, else the table's
``numeric_date_order`` (month first).
"""

from __future__ import annotations

from datetime import date

import pytest

from claimx.normalize.dates import DateParser, numeric_order, parse_date
from claimx.normalize.dates.numeric import day_month
from claimx.rules_folder import RulesFolder
from tests.normalize.dates.examples import Example, check, example_id

EXAMPLES = [
    # Years, months and days as news states them.
    Example("20250303", "2025-03-03", "2025-03-03", "day"),
    # All-number dates: a part above 12 decides; else month first (numeric_date_order = mdy).
    Example("04/03/2025", "2025-04-03", "2025-04-03", "day"),
    Example("12/31/2024", "2024-12-31", "2024-12-31", "day"),
    Example("31/12/24", "2024-12-31", "2024-12-31", "day"),
    Example("from 9/2/2024 - 9/6/2024", "2024-09-02", "2024-09-06", "range"),
    Example("11-3-2023-11-9-2023", "2023-11-03", "2023-11-09", "range"),
    Example("from 6/3 to 7/14", "2024-06-03", "2024-07-14", "range", True),
    Example("12/20-1/6", "2024-12-20", "2025-01-06", "range", True),
]



@pytest.mark.parametrize("example", EXAMPLES, ids=example_id)
def test_all_number_dates(example: Example) -> None:
    check(example)


def test_day_first_numeric_order_from_the_table() -> None:
    table = dict(RulesFolder.open(None).table("dates"))
    table["numeric_date_order"] = "dmy"
    value = DateParser(table).parse("04/03/2025")
    assert value is not None
    assert value.start == date(2025, 3, 4)


@pytest.mark.parametrize(
    ("order", "expected"),
    [("dmy", date(2024, 2, 5)), ("mdy", date(2024, 5, 2)), (None, date(2024, 5, 2))],
)
def test_caller_order_reads_ambiguous_numeric_dates(order: str | None, expected: date) -> None:
    value = parse_date("05/02/2024", order=order)  # type: ignore[arg-type]
    assert value is not None
    assert value.start == expected


def test_caller_order_leaves_unambiguous_numeric_dates_alone() -> None:
    value = parse_date("12/25/2024", order="dmy")
    assert value is not None
    assert value.start == date(2024, 12, 25)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["the report of 28/02/2024", "on 05/03/2024"], "dmy"),
        (["filed 02/28/2024."], "mdy"),
        (["06/07/2024", "March 2024"], None),  # nothing decides
        (["28/02/2024", "02/28/2024"], None),  # the document contradicts itself
        (["version 1.13.2", "3/14"], None),  # no year: not an all-number date
    ],
)
def test_numeric_order_of_a_document(texts: list[str], expected: str | None) -> None:
    assert numeric_order(texts) == expected


@pytest.mark.parametrize(
    ("first", "second", "day_first", "expected"),
    [
        (25, 12, False, (25, 12)),
        (12, 25, True, (25, 12)),
        (3, 4, True, (3, 4)),
        (3, 4, False, (4, 3)),
    ],
    ids=["day above 12", "second above 12", "day first", "month first"],
)
def test_day_month(first: int, second: int, day_first: bool, expected: tuple[int, int]) -> None:
    assert day_month(first, second, day_first=day_first) == expected
