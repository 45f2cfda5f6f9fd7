"""The normalizers of one rules folder, with their answers kept.

``parse_money``, ``parse_percent``, ``parse_count`` and ``parse_date`` read the packaged
tables unless given others. A run with ``--rules DIR`` must normalize with DIR's tables
(its currencies, hedges, fiscal-year start), the same tables its patterns were matched
with: the pipeline builds a :class:`Normalizers` from its rules folder when it reads the
patterns. The functions are pure, and news repeats its figures ("2004", "last year",
"5%"), so each set keeps its recent answers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, ClassVar

from claimx.normalize.amount import Amount
from claimx.normalize.dates import DateParser, DateValue, Order, Prefer
from claimx.normalize.dates.tables import alternation, spaced
from claimx.normalize.fiscal import FiscalYears
from claimx.normalize.money import parse_money
from claimx.normalize.numbers import stacked_scales
from claimx.normalize.pairs import is_pair, pair_start
from claimx.normalize.percent import parse_percent
from claimx.normalize.quantity import (
    count_of_measure,
    parse_clock_duration,
    parse_count,
    split_bounds,
)
from claimx.normalize.tables import Tables, make_tables
from claimx.rules_folder import RulesFolder

# Answers kept per normalizer: enough for the distinct figures of a large batch of news.
KEPT = 1 << 16
FISCAL_YEAR_GRAIN = "fiscal_year"
# Two months a fiscal year may start in: a fiscal period read the same under both names its
# months itself ("July-March of fiscal 2025").
FISCAL_PROBE_MONTHS = (1, 7)


class Normalizers:
    """``money``, ``percent``, ``count``, ``bounds`` and ``date`` over the tables of one
    rules folder.

    The answers are immutable values (:class:`Amount`, :class:`DateValue`), so a kept
    answer is the answer.
    """

    # The rules-folder tables the normalizers read (:meth:`from_tables`).
    TABLES: ClassVar[tuple[str, ...]] = (
        "currencies", "dates", "fiscal_years", "frame", "hedges", "numbers"
    )

    def __init__(
        self,
        tables: Tables,
        dates: DateParser,
        historical_years: int,
        fiscal: FiscalYears | None = None,
    ) -> None:
        self.tables = tables
        self.dates = dates
        # Fiscal years by holder (rules/fiscal_years.json).
        self.fiscal = fiscal if fiscal is not None else FiscalYears({})
        self._stated_fiscal = _stated_fiscal_pattern(self.fiscal, dates)
        self._month_gloss = _month_gloss_pattern(dates)
        # A figure dated this many years or more before its document is historical
        # (rules/frame.json ``historical_years``).
        self.historical_years = historical_years
        self._money: Callable[[str, tuple[str, ...]], Amount | None] = lru_cache(KEPT)(
            lambda text, prefer: parse_money(text, prefer=prefer, tables=tables)
        )
        self._percent: Callable[[str], Amount | None] = lru_cache(KEPT)(
            lambda text: parse_percent(text, tables)
        )
        self._count: Callable[[str], Amount | None] = lru_cache(KEPT)(
            lambda text: parse_count(text, tables)
        )
        self._bounds: Callable[[str], list[tuple[int, int]]] = lru_cache(KEPT)(
            lambda text: split_bounds(text, tables)
        )
        self._parsers: dict[Order | None, DateParser] = {None: dates}
        self._fiscal_parsers: dict[tuple[Order | None, int], DateParser] = {}
        self._date: Callable[
            [str, date | None, Prefer, Order | None], DateValue | None
        ] = lru_cache(KEPT)(
            lambda text, ref, prefer, order: self._parser(order).parse(text, ref, prefer=prefer)
        )

    @classmethod
    def from_rules(cls, rules: RulesFolder | str | Path | None) -> Normalizers:
        """The normalizers over the tables of a rules folder (None: the packaged rules)."""
        return cls.from_tables(RulesFolder.open(rules).tables(cls.TABLES))

    @classmethod
    def from_tables(cls, tables: Mapping[str, Any]) -> Normalizers:
        """The normalizers over the checked contents of a rules folder's numbers.json,
        hedges.json, currencies.json, dates.json and frame.json, by name (a saved
        pipeline's)."""
        return cls(
            make_tables(tables["numbers"], tables["hedges"], tables["currencies"]),
            DateParser(tables["dates"]),
            int(tables["frame"]["historical_years"]),
            FiscalYears.from_table(tables["fiscal_years"]),
        )

    def money(self, text: str, prefer: Sequence[str] = ()) -> Amount | None:
        """:func:`~claimx.normalize.money.parse_money` with these tables."""
        return self._money(text, tuple(prefer))

    def pair_start(
        self, kind: str, first: str, second: str, prefer: Sequence[str] = ()
    ) -> Amount | None:
        """:func:`~claimx.normalize.pairs.pair_start` with these tables."""
        return pair_start(kind, first, second, prefer=tuple(prefer), tables=self.tables)

    def is_pair(self, text: str, first: tuple[int, int], second: tuple[int, int]) -> bool:
        """:func:`~claimx.normalize.pairs.is_pair` with these tables."""
        return is_pair(text, first, second, self.tables)

    def percent(self, text: str) -> Amount | None:
        """:func:`~claimx.normalize.percent.parse_percent` with these tables."""
        return self._percent(text)

    def count(self, text: str) -> Amount | None:
        """:func:`~claimx.normalize.quantity.parse_count` with these tables."""
        return self._count(text)

    def clock_duration(self, text: str, unit: str) -> Amount | None:
        """:func:`~claimx.normalize.quantity.parse_clock_duration` with these tables."""
        return parse_clock_duration(text, unit, self.tables)

    def stacked_scales(self, text: str) -> bool:
        """:func:`~claimx.normalize.numbers.stacked_scales` with these tables."""
        return stacked_scales(text, self.tables)

    def count_of_measure(
        self, text: str, measure: str | None, before: str = "", after: str = ""
    ) -> Amount | None:
        """:func:`~claimx.normalize.quantity.count_of_measure` with these tables."""
        return count_of_measure(text, measure, self.tables, before=before, after=after)

    def bounds(self, text: str) -> list[tuple[int, int]]:
        """:func:`~claimx.normalize.quantity.split_bounds` with these tables (a new list)."""
        return list(self._bounds(text))

    def date(
        self,
        text: str,
        ref: date | None = None,
        *,
        prefer: Prefer = "past",
        order: Order | None = None,
    ) -> DateValue | None:
        """:func:`~claimx.normalize.dates.parse_date` with this folder's ``dates.json``."""
        return self._date(text, ref, prefer, order)

    def holder_date(
        self, text: str, value: DateValue, holder: str | None, order: Order | None = None
    ) -> DateValue | None:
        """``value``, the reading of ``text`` under the tables' fiscal year, read again
        under ``holder``'s own when it has one and ``value`` is a fiscal period stated
        outright ("2013-14" of the UK government is April 2013 to March 2014, not the
        table's July to June); None when that changes nothing."""
        return self.fiscal_date(text, value, self.fiscal.start_month(holder), order)

    def fiscal_date(
        self, text: str, value: DateValue, month: int | None, order: Order | None = None
    ) -> DateValue | None:
        """``value`` read again under a fiscal year starting in ``month``, when it is a
        fiscal period stated outright and that changes it; else None."""
        if month is None or month == self.dates.tables.fy_start or not self.stated_fiscal(
            text, value
        ):
            return None
        again = self._fiscal_parser(order, month).parse(text, None, prefer="past")
        if again is None or again.start is None or (again.start, again.end) == (
            value.start, value.end
        ):
            return None
        return again

    def stated_fiscal(self, text: str, value: DateValue) -> bool:
        """Whether ``value`` (read from ``text``) is a fiscal period stated outright ("FY24",
        "Q3 FY25", "fiscal 2005"), not one counted from the report ("this fiscal year")."""
        return not value.relative and (
            value.grain == FISCAL_YEAR_GRAIN or self.dates.is_fiscal_label(text)
        )

    def stated_fiscal_start(self, text: str) -> int | None:
        """The month a fiscal year starts in as the report ``text`` states it ("its fiscal
        year ends in September": 10; "the financial year from April to March": 4), or None
        when it states none, or two that disagree."""
        if self._stated_fiscal is None:
            return None
        months = self.dates.tables.months
        found = set()
        for match in self._stated_fiscal.finditer(text):
            starts, ends = match.group(1), match.group(2)
            if starts is not None:
                found.add(months[starts.casefold()])
            else:
                found.add(months[ends.casefold()] % 12 + 1)
        return found.pop() if len(found) == 1 else None

    def glossed_fiscal_start(
        self, text: str, value: DateValue, after: str, order: Order | None = None
    ) -> int | None:
        """The month a fiscal year starts in as the gloss of months right after a fiscal
        quarter gives it ("the first quarter of fiscal 2024 (October-December)": 10), or
        None when ``after`` holds no such gloss of three months."""
        if value.grain != "quarter" or not self.stated_fiscal(text, value):
            return None
        gloss = self._month_gloss.match(after)
        if gloss is None:
            return None
        months = self.dates.tables.months
        first, last = months[gloss.group(1).casefold()], months[gloss.group(2).casefold()]
        # the quarter's number: its place in a fiscal year read as starting in January
        calendar = self._fiscal_parser(order, 1).parse(text, None, prefer="past")
        if (last - first) % 12 != 2 or calendar is None or calendar.start is None:
            return None
        number = (calendar.start.month - 1) // 3
        return (first - 1 - 3 * number) % 12 + 1

    def fiscal_months(self, text: str, order: Order | None = None) -> bool:
        """Whether the months of the fiscal period ``text`` depend on when the fiscal year
        starts ("Q4 FY20", "fiscal 2020", "9MFY25"), unlike a span of named months in one
        ("July-March of fiscal 2025" is July to March whoever keeps the books)."""
        readings = {
            (None if v is None else (v.start, v.end))
            for v in (self._fiscal_parser(order, month).parse(text, None, prefer="past")
                      for month in FISCAL_PROBE_MONTHS)
        }
        return len(readings) > 1

    def _fiscal_parser(self, order: Order | None, month: int) -> DateParser:
        key = (order, month)
        if key not in self._fiscal_parsers:
            self._fiscal_parsers[key] = self._parser(order).with_fiscal_start(month)
        return self._fiscal_parsers[key]

    def about_future(self, sentence: str) -> bool:
        """:meth:`~claimx.normalize.dates.DateParser.about_future` with this folder's table."""
        return self.dates.about_future(sentence)

    def _parser(self, order: Order | None) -> DateParser:
        if order not in self._parsers:
            self._parsers[order] = self.dates.with_order(order)  # type: ignore[arg-type]
        return self._parsers[order]


def _stated_fiscal_pattern(fiscal: FiscalYears, dates: DateParser) -> re.Pattern[str] | None:
    """A fiscal year stated with the month it starts in (group 1) or ends in (group 2):
    "the financial year from April", "its fiscal year, which ends on 30 September"."""
    words = fiscal.stated
    if not all(words.get(role) for role in ("labels", "start_words", "end_words")):
        return None
    t = dates.tables
    links = spaced(alternation(words.get("links", ())))
    # "in", "on 30", "the 30th of": what may stand between the verb and the month
    filler = rf"(?:(?:{alternation(t.calendar_fillers)})\s+)*"
    month = rf"{filler}(?:\d{{1,2}}{t.re_ordinal}?\s+{filler})?"
    return re.compile(
        rf"\b(?:{spaced(alternation(words['labels']))})\s*,?\s+(?:(?:{links})\s+)?"
        rf"(?:(?:{spaced(alternation(words['start_words']))})\s+{month}({t.re_month})"
        rf"|(?:{spaced(alternation(words['end_words']))})\s+{month}({t.re_month}))\b",
        re.IGNORECASE,
    )


def _month_gloss_pattern(dates: DateParser) -> re.Pattern[str]:
    """A bracketed span of months right after a period: " (October-December 2023)"."""
    t = dates.tables
    return re.compile(
        rf"\s*\(\s*({t.re_month})\.?\s*(?:{alternation(t.connectors)})\s*({t.re_month})\b",
        re.IGNORECASE,
    )


@cache
def default_normalizers() -> Normalizers:
    """The normalizers of the packaged rules."""
    return Normalizers.from_rules(None)
