"""The reader of whole phrases: :class:`DateParser` and :func:`parse_date`.

A phrase is normalized (:mod:`~claimx.normalize.dates.words`), then read as one atom of the
grammar (:mod:`~claimx.normalize.dates.grammar`), else as a range, else as an open interval
(:mod:`~claimx.normalize.dates.ranges`); the parts of a phrase are read by the same
:meth:`DateParser.phrase`, so each rule stays small.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from claimx.normalize.dates.grammar import build_rules
from claimx.normalize.dates.ranges import read_open, read_range
from claimx.normalize.dates.tables import DateTables
from claimx.normalize.dates.values import DateValue, Order, Prefer
from claimx.normalize.dates.words import normalize_phrase
from claimx.rules_folder import RulesFolder

# A date to compute with when the caller gives none; every result that depended on it is
# marked relative and loses its days before it is returned. Late in its year, so that every
# part of the year has begun ("the second quarter of the year" stays of the year, not the
# one before), and a Saturday, as 1 January 2000 was, so that days counted from it keep
# their offsets ("this Wednesday": -P3D).
_STAND_IN_REF = date(2000, 12, 30)
# Longer text is not a date phrase; the cap also bounds the work of range splitting.
_MAX_PHRASE = 120


class DateParser:
    """Reads date phrases with the word tables of one ``dates.json``.

    Use :func:`parse_date` for the packaged table; build a parser with another table to
    change, for instance, the fiscal-year start month.
    """

    def __init__(self, table: Mapping[str, Any]) -> None:
        self.table: Mapping[str, Any] = table
        self.tables: DateTables = DateTables(table)
        self.rules = build_rules(self.tables)
        cues = self.tables.future_cues
        # A word cue stands alone ("will", not "Willis"); "'ll" is glued to its subject.
        # One look-behind before all the words (not one per word) is several times faster.
        words = "|".join(re.escape(c) for c in cues if c[:1].isalnum())
        glued = "|".join(re.escape(c) for c in cues if not c[:1].isalnum())
        # "had expected": a past perfect looks back
        past = "".join(
            rf"(?<!\b{re.escape(m)}\s)" for m in self.tables.past_cue_markers if m.isalpha()
        )
        alternatives = [f"(?<![\\w']){past}(?:{words})" if words else "", glued]
        self.future_cues: re.Pattern[str] | None = (
            re.compile(rf"(?:{'|'.join(a for a in alternatives if a)})(?!\w)", re.I)
            if cues else None
        )

    @classmethod
    def from_rules(cls, rules: RulesFolder | str | Path | None = None) -> DateParser:
        """A parser over ``dates.json`` of a rules folder (the packaged one by default)."""
        return cls(RulesFolder.open(rules).table("dates"))

    def about_future(self, sentence: str) -> bool:
        """Whether ``sentence`` speaks of the future (one of dates.json ``future_cues``): its
        dates without a year are read forward from the reference date."""
        return self.future_cues is not None and self.future_cues.search(sentence) is not None

    def with_fiscal_start(self, month: int) -> DateParser:
        """This parser with fiscal years starting in ``month`` (4: April-March)."""
        if month == self.tables.fy_start:
            return self
        return DateParser({**self.table, "fiscal_year_start_month": month})

    def with_order(self, order: Order) -> DateParser:
        """This parser reading ambiguous all-number dates in ``order``."""
        if (order == "dmy") == self.tables.day_first:
            return self
        return DateParser({**self.table, "numeric_date_order": order})

    def parse(
        self, text: str, ref: date | None = None, *, prefer: Prefer = "past"
    ) -> DateValue | None:
        """The :class:`DateValue` of a date phrase, or None when it is not one."""
        phrase = self.normalize(text)
        if not phrase or phrase in self.tables.not_dates:
            return None
        try:
            value = self.phrase(phrase, ref or _STAND_IN_REF, prefer)
        except (ValueError, OverflowError):
            return None  # read against a reference date at the edge of the calendar
        if value is None:
            return None
        if value.grain != "fiscal_year" and self.tables.re_fiscal_pair.fullmatch(phrase):
            return None  # "FY2023-25" is a malformed fiscal year, not a day range
        if ref is None and value.relative:
            value = replace(value, start=None, end=None)
        return value

    def is_fiscal_label(self, text: str) -> bool:
        """True when ``text`` says it is a fiscal period ("FY24", "Q3 FY25", "fiscal 2005"):
        one of dates.json ``fiscal_labels`` before digits."""
        return bool(self.tables.re_fiscal_period.search(text))

    def normalize(self, text: str) -> str:
        """Lower case, plain punctuation, number words as digits, without "the"."""
        return normalize_phrase(self.tables, text)

    def phrase(self, s: str, ref: date, prefer: Prefer) -> DateValue | None:
        """A normalized phrase or a part of one; parts are always shorter, so recursion ends."""
        s = s.strip()
        if not s or len(s) > _MAX_PHRASE:
            return None
        value = self._atom(s, ref, prefer)
        if value is None:
            value = read_range(self, s, ref, prefer)
        if value is None:
            value = read_open(self, s, ref, prefer)
        return value

    def _atom(self, s: str, ref: date, prefer: Prefer) -> DateValue | None:
        """The first rule of the grammar that reads ``s``, trying again without a leading
        word ("around", "as of") until none is left."""
        while True:
            for pattern, rule in self.rules:
                match = pattern.fullmatch(s)
                if match:
                    try:
                        value = rule(self, match, ref, prefer)
                    except (ValueError, OverflowError):
                        value = None  # the phrase points outside the calendar: not a date
                    if value is not None:
                        return value
            stripped = self.tables.re_leading.sub("", s, count=1)
            if stripped == s:
                return None
            s = stripped


@lru_cache(maxsize=1)
def default_parser() -> DateParser:
    """The parser over the packaged ``rules/dates.json``, built once."""
    return DateParser.from_rules()


@lru_cache(maxsize=2)
def _ordered_parser(order: Order) -> DateParser:
    return default_parser().with_order(order)


@lru_cache(maxsize=8)
def _fiscal_parser(parser: DateParser, month: int) -> DateParser:
    return parser.with_fiscal_start(month)


def parse_date(
    text: str,
    ref: date | None = None,
    *,
    prefer: Prefer = "past",
    order: Order | None = None,
    fiscal_start: int | None = None,
) -> DateValue | None:
    """The interval a date phrase stands for, or None when ``text`` is not a date.

    ``ref`` is the reference (publication) date that relative phrases are read against;
    without it they keep their ``offset`` but have no days. ``prefer`` chooses between the
    past and the future occurrence of an under-specified date ("December", "Tuesday").
    ``order`` reads all-number dates whose parts are both 12 or less ("03/04/2024") day
    first (``"dmy"``) or month first (``"mdy"``); None leaves it to the table.

    >>> parse_date("FY24").to_json()["start"]
    '2023-07-01'
    >>> parse_date("a decade ago", date(2025, 3, 1)).start
    datetime.date(2015, 1, 1)
    """
    parser = default_parser() if order is None else _ordered_parser(order)
    if fiscal_start is not None:
        parser = _fiscal_parser(parser, fiscal_start)
    return parser.parse(text, ref, prefer=prefer)


def is_fiscal_label(text: str) -> bool:
    """:meth:`DateParser.is_fiscal_label` with the packaged ``dates.json``."""
    return default_parser().is_fiscal_label(text)


def fiscal_label_problem(text: str) -> str | None:
    """Why ``text`` is a malformed fiscal period label ("FY 202324"), or None when it is no
    fiscal label or reads as one. A malformed label is reported, never guessed."""
    if not is_fiscal_label(text) or parse_date(text) is not None:
        return None
    return f"malformed fiscal period label {text.strip()!r}"
