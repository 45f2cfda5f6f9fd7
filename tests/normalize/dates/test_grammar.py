"""The ordered rule table (``dates.grammar``): every rule reads some example, and the order
decides between rules that match the same phrase."""

from __future__ import annotations

import re
from datetime import date

import pytest

from claimx.normalize.dates import DateParser, DateValue
from claimx.normalize.dates.tables import Reader
from claimx.normalize.dates.values import Prefer
from claimx.rules_folder import RulesFolder
from tests.normalize.dates.examples import REF
from tests.normalize.dates.tables_of_examples import ALL_EXAMPLES


def test_every_rule_reads_at_least_one_example() -> None:
    parser = DateParser.from_rules()
    read: set[int] = set()

    def counted(index: int, rule: object) -> object:
        def rule_(p: Reader, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
            value = rule(p, m, ref, prefer)  # type: ignore[operator]
            if value is not None:
                read.add(index)
            return value  # type: ignore[no-any-return]

        return rule_

    parser.rules = [(p, counted(i, r)) for i, (p, r) in enumerate(parser.rules)]  # type: ignore[misc]
    for example in ALL_EXAMPLES:
        parser.parse(example.text, example.ref)
    unread = [parser.rules[i][0].pattern for i in range(len(parser.rules)) if i not in read]
    assert unread == []


def test_rules_are_built_from_the_words_of_the_table() -> None:
    table = dict(RulesFolder.open(None).table("dates"))
    table["shift_words"] = {**table["shift_words"], "forthcoming": 1}
    assert DateParser.from_rules().parse("forthcoming year", REF) is None
    value = DateParser(table).parse("forthcoming year", REF)
    assert value is not None and value.start == date(2026, 1, 1)


@pytest.mark.parametrize(
    ("text", "grain"),
    [("2023-24", "fiscal_year"), ("2015-12", "month"), ("2014-2018", "range"),
     ("q3 fy24", "quarter")],
    ids=["a year pair before a range", "an ISO month", "two full years", "a fiscal quarter"],
)
def test_the_first_rule_that_reads_wins(text: str, grain: str) -> None:
    value = DateParser.from_rules().parse(text)
    assert value is not None and value.grain == grain
