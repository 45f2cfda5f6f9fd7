"""Years, decades, centuries and quarters or halves beside a year (``dates.absolute``).

Examples as news states them; none needs the reference date.
"""

from __future__ import annotations

import pytest

from claimx.normalize.dates import parse_date
from tests.normalize.dates.examples import Example, check, example_id

EXAMPLES = [
    # Years, months and days as news states them.
    Example("2030", "2030-01-01", "2030-12-31", "year"),
    Example("the year 2011", "2011-01-01", "2011-12-31", "year"),
    Example("calendar year 2008", "2008-01-01", "2008-12-31", "year"),
    # Quarters and halves, calendar and fiscal.
    Example("2025 Q1", "2025-01-01", "2025-03-31", "quarter"),
    Example("3Q24", "2024-07-01", "2024-09-30", "quarter"),
    Example("2019-H2", "2019-07-01", "2019-12-31", "half"),
    # Decades and centuries.
    Example("the 1990s", "1990-01-01", "1999-12-31", "decade"),
    Example("the 1990's", "1990-01-01", "1999-12-31", "decade"),
    Example("the '90s", "1990-01-01", "1999-12-31", "decade"),
    Example("the nineties", "1990-01-01", "1999-12-31", "decade"),
    Example("the 2000s", "2000-01-01", "2009-12-31", "decade"),
    Example("the 1800s", "1800-01-01", "1899-12-31", "century"),
    Example("the 21st century", "2000-01-01", "2099-12-31", "century"),
    # A month name between numbers, joined by hyphens or slashes.
    Example("the 1980 s", "1980-01-01", "1989-12-31", "decade"),
    # A year by its last two digits.
    Example("'87", "1987-01-01", "1987-12-31", "year"),
    # A half before its year.
    Example("1H25", "2025-01-01", "2025-06-30", "half"),
]



@pytest.mark.parametrize("example", EXAMPLES, ids=example_id)
def test_absolute_periods(example: Example) -> None:
    check(example)


@pytest.mark.parametrize("text", ["0999", "3000"])
def test_four_digits_outside_the_years_read_are_no_year(text: str) -> None:
    value = parse_date(text)
    assert value is None or value.grain != "year"
