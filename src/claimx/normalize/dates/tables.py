"""The words of ``rules/dates.json``, checked and typed, and what a grammar rule receives.

:class:`DateTables` is the only reader of the table: every other module of the package takes
its words (month names, units, shift words, fiscal-year start, holidays, number words) from
one. :class:`Reader` is what a rule of the grammar is given: the tables and a way to read a
part of its phrase ("Q3" reads "of next year" through it), so that each rule stays small.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import Any, Protocol

from claimx.normalize.dates.values import DateValue, Grain, Part, Prefer
from claimx.rules_check import RulesError

# The roles of ``grammar_words``: lists of words, and maps of a word to what it means.
GRAMMAR_LISTS = (
    "this", "of", "weekday_links", "week", "week_of", "week_abbreviations", "last",
    "final_alone", "quarter_letters", "quarter_words", "half_letters", "month_letters",
    "decade_suffixes",
    "century_words", "to_date", "rest_of_links", "weekend", "rolling_units", "units_alone",
    "window_starts", "window_start_links", "window_for", "window_from", "possessives", "in",
    "time", "within", "within_links", "duration_joiners", "range_openers",
    "opener_only_connectors", "plural_units", "period_nouns", "whole_of",
)
GRAMMAR_MAPS = (
    "part_units", "rest_of", "unit_shifts", "weekday_shifts", "anchor_shifts",
    "reference_day_words",
)

# The grain of a window counted in a unit of each ISO 8601 kind ("the past three weeks").
SPAN_GRAINS: Mapping[str, Grain] = {"D": "days", "W": "weeks", "M": "months", "Y": "years"}


def alternation(words: Iterable[str]) -> str:
    """A regex alternative of ``words``, longest first so that "sept" wins over "sep"."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def spaced(alternatives: str) -> str:
    """``alternatives`` with each space between words matching any run of white space."""
    return alternatives.replace(r"\ ", r"\s+")


class GrammarWords:
    """The small words of the grammar by role (dates.json ``grammar_words``): ``words``
    holds each list role, ``maps`` each map role; :meth:`alt` is a role as a regex
    alternative."""

    def __init__(self, table: Mapping[str, Any]) -> None:
        self.words: dict[str, list[str]] = {k: list(table[k]) for k in GRAMMAR_LISTS}
        self.maps: dict[str, dict[str, Any]] = {k: dict(table[k]) for k in GRAMMAR_MAPS}
        if not self.words["this"]:
            raise RulesError.at("dates.json", "grammar_words.this", "names no word")
        self.this_word: str = self.words["this"][0]
        self.part_units: dict[str, str] = self.maps["part_units"]
        self.rest_of: dict[str, Part] = self.maps["rest_of"]
        self.unit_shifts: dict[str, int] = self.maps["unit_shifts"]
        self.weekday_shifts: dict[str, int] = self.maps["weekday_shifts"]
        self.anchor_shifts: dict[str, int] = self.maps["anchor_shifts"]
        self.reference_day_words: dict[str, str] = self.maps["reference_day_words"]
        self.last: frozenset[str] = frozenset(self.words["last"])
        self.this: frozenset[str] = frozenset(self.words["this"])
        self.plural_units: frozenset[str] = frozenset(self.words["plural_units"])
        self.rolling_units: frozenset[str] = frozenset(self.words["rolling_units"])
        self.units_alone: frozenset[str] = frozenset(self.words["units_alone"])
        self.duration_joiners: frozenset[str] = frozenset(self.words["duration_joiners"])
        self.opener_only_connectors: frozenset[str] = frozenset(
            self.words["opener_only_connectors"]
        )

    def alt(self, role: str, *, hyphens: bool = False) -> str:
        """Role ``role`` (a list, or a map's words) as a regex alternative, longest first;
        a space matches any white space, with ``hyphens`` a hyphen too ("year-to-date")."""
        words = self.words[role] if role in self.words else list(self.maps[role])
        between = r"\s*-?\s*" if hyphens else r"\s+"
        return alternation(words).replace(r"\ ", between) or "(?!)"


class DateTables:
    """The word tables of one ``dates.json``, with their regex alternatives.

    ``table`` has the shape :data:`claimx.rules_spec.SPECS` declares (a
    :class:`~claimx.rules_folder.RulesFolder` checks it: the fiscal-year start is a month,
    the numeric date order one the reader knows).
    """

    def __init__(self, table: Mapping[str, Any]) -> None:
        self.fy_start: int = table["fiscal_year_start_month"]
        self.day_first: bool = table["numeric_date_order"] == "dmy"
        self.pivot: int = int(table["two_digit_year_pivot"])
        self.months: dict[str, int] = dict(table["months"])
        self.weekdays: dict[str, int] = dict(table["weekdays"])
        self.units: dict[str, tuple[str, int]] = {
            k: (str(v[0]), int(v[1])) for k, v in table["units"].items()
        }
        self.cal_units: dict[str, Grain] = dict(table["calendar_units"])
        self.shifts: dict[str, int] = dict(table["shift_words"])
        self.rel_days: dict[str, int] = dict(table["relative_days"])
        self.suffixes: dict[str, int] = dict(table["duration_suffixes"])
        self.counts: dict[str, int | None] = dict(table["counts"])
        self.vague_before: dict[str, int] = dict(table["vague_before_unit"])
        self.vague_after: dict[str, int] = dict(table["vague_after_unit"])
        self.part_words: dict[str, Part] = dict(table["part_words"])
        self.part_bounds: dict[str, dict[str, list[int]]] = dict(table["part_bounds"])
        self.period_end_words: set[str] = set(table["period_end_words"])
        self.decade_words: dict[str, int] = dict(table["decade_words"])
        self.open_prefixes: dict[str, str] = dict(table["open_prefixes"])
        self.open_suffixes: dict[str, str] = dict(table["open_suffixes"])
        self.connectors: list[str] = list(table["range_connectors"])
        self.re_word_connector = alternation(c for c in self.connectors if c.isalpha()) or "(?!)"
        self.period_to: list[str] = list(table["period_to_words"])
        self.leading: list[str] = sorted(table["leading_words"], key=len, reverse=True)
        self.not_dates: set[str] = set(table["not_dates"])
        self.holidays: dict[str, tuple[int, int]] = {
            k: (int(v[0]), int(v[1])) for k, v in table["holidays"].items()
        }
        self.easter: dict[str, int] = dict(table["easter_offsets"])
        self.weekday_holidays: dict[str, tuple[int, int, int, int]] = {
            k: (int(v[0]), int(v[1]), int(v[2]), int(v[3]))
            for k, v in table["weekday_holidays"].items()
        }
        self.business_units: list[str] = list(table["business_day_units"])
        self.work_week_words: list[str] = list(table["work_week_words"])
        self.numbers: dict[str, int] = dict(table["number_words"])
        self.tens: dict[str, int] = dict(table["tens_words"])
        self.ordinals: dict[str, int] = dict(table["ordinal_words"])
        # "the III quarter": a Roman numeral right before a period noun, as an ordinal
        self.romans: dict[str, int] = dict(table.get("roman_ordinals", {}))
        before = list(table.get("roman_before", []))
        self.re_roman = re.compile(
            rf"\b({alternation(self.romans)}) (?=(?:{alternation(before)})\b)"
        ) if self.romans and before else None
        self.scales: dict[str, int] = dict(table["scale_words"])
        self.number_connectors: frozenset[str] = frozenset(table["number_connectors"])
        suffixes = table["ordinal_suffixes"]
        self.suffix_by_two_digits: dict[int, str] = {
            int(k): v for k, v in suffixes["by_last_two_digits"].items()
        }
        self.suffix_by_digit: dict[int, str] = {
            int(k): v for k, v in suffixes["by_last_digit"].items()
        }
        self.suffix_other: str = suffixes["other"]
        self.ordinal_suffixes: list[str] = sorted(
            {self.suffix_other, *self.suffix_by_two_digits.values(), *self.suffix_by_digit.values()}
        )
        self.articles: list[str] = list(table["articles"])
        self.article_units: list[str] = list(table["article_units"])
        self.fiscal_labels: list[str] = list(table["fiscal_labels"])
        self.calendar_year_labels: list[str] = list(table["calendar_year_labels"])
        self.to_date_abbreviations: dict[str, str] = dict(table["to_date_abbreviations"])
        self.calendar_fillers: frozenset[str] = frozenset(table["calendar_fillers"])
        self.units_never_alone: frozenset[str] = frozenset(table["units_never_alone"])
        self.grammar = GrammarWords(table["grammar_words"])
        self.number_tokens: set[str] = set(self.numbers) | set(self.tens) | set(self.ordinals)
        self.number_tokens |= set(self.scales) | self.number_connectors
        self.future_cues: list[str] = sorted(table.get("future_cues", []), key=len, reverse=True)
        self.past_cue_markers: list[str] = sorted(table.get("past_cue_markers", []))
        # periods counted back from another period: "the previous quarter", "a year earlier"
        self.anaphoric_words: frozenset[str] = frozenset(table.get("anaphoric_words", []))
        # a period named by its ordinal alone: "grew 0.1 percent in the second"
        self.elliptical_rules: frozenset[str] = frozenset(table.get("elliptical_rules", []))
        self.previous_period_rules: frozenset[str] = frozenset(
            table.get("previous_period_rules", []))
        self.elliptical_units: frozenset[str] = frozenset(table.get("elliptical_units", []))
        # how long the period a noun names alone is ("for the year"), and how near
        self.period_noun_days: dict[str, int] = dict(table.get("period_noun_days", {}))
        self.period_noun_tolerance = float(table.get("period_noun_tolerance", 0))
        self.elliptical_followers: frozenset[str] = frozenset(
            table.get("elliptical_followers", [])
        )
        reporting = table["reporting_time"]
        self.reporting_day_words: list[str] = list(reporting["day_words"])
        self.clock_links: list[str] = list(reporting["clock_links"])
        self.clock_zones: list[str] = list(reporting["clock_zones"])
        self.day_links: list[str] = list(reporting["day_links"])
        self.so_far_words: list[str] = list(reporting["so_far_words"])
        self.since_events: list[str] = list(reporting["since_events"])
        self.event_possessives: list[str] = list(reporting["event_possessives"])
        self.rest_words: list[str] = list(reporting["rest_words"])

        # The word lists as regex alternatives, for the grammar and the phrase readers.
        self.re_month = alternation(self.months)
        self.re_weekday = alternation(self.weekdays)
        self.re_unit = alternation(self.units)
        self.re_shift = alternation(self.shifts)
        self.re_count = r"\d+|" + alternation(k for k, v in self.counts.items() if v is not None)
        self.re_vague_count = alternation(k for k, v in self.counts.items() if v is None)
        self.re_cal_unit = alternation(self.cal_units)
        self.re_part = alternation(self.part_words)
        self.re_digit_month = re.compile(rf"(\d)({self.re_month})\b")
        self.re_month_digit = re.compile(rf"\b({self.re_month})(\d)")
        self.re_leading = re.compile(rf"^(?:{alternation(self.leading)})\s+")
        self.re_open_prefix = re.compile(rf"^({alternation(self.open_prefixes)})\s+(.+)$")
        self.re_open_suffix = re.compile(rf"^(.+?)\s+({alternation(self.open_suffixes)})$")
        # A suffix after a day's digits ("21st"); a label before a year's ("fy24").
        self.re_ordinal = rf"(?:{alternation(self.ordinal_suffixes)})"
        self.re_fiscal_label = spaced(alternation(self.fiscal_labels))
        self.re_calendar_year_label = spaced(alternation(self.calendar_year_labels))
        # A labelled fiscal year written as a pair of years: "fy2023-24", "fiscal 2023/24".
        self.re_fiscal_pair = re.compile(
            rf"(?:{self.re_fiscal_label})\s*'?\d{{2,4}}\s*[-/]\s*\d{{2,4}}"
        )
        # Text that says it is a fiscal period: "FY", "fiscal", "Q3 FY", "9MFY" before digits.
        g = self.grammar.alt
        part = f"{g('half_letters')}|{g('quarter_letters')}"
        self.re_fiscal_period = re.compile(
            rf"(?<![a-z])(?:\d{{1,2}}(?:{g('month_letters')})|(?:{part})[1-4]|[1-4](?:{part}))?"
            rf"\s*(?:{self.re_fiscal_label})\s*'?\d",
            re.IGNORECASE,
        )
        self.re_to_date_abbreviation = alternation(self.to_date_abbreviations)
        self.re_article = alternation(self.articles)
        # "the three months prior": a window of that many units before (or after) the
        # reference, as "the previous three months" is; without the article, a point
        # ("three months earlier")
        self.re_article_window = re.compile(
            rf"(?:{self.re_article}) (\d+) ({self.re_unit}) ({alternation(self.suffixes)})"
        )
        self.re_article_unit = alternation(self.article_units)
        self.re_duration_item = re.compile(
            rf"(?:({self.re_count}|{self.re_vague_count})\s*)?\b({self.re_unit})\b"
        )

    def ordinal_unit(self, ordinal: str, unit: str) -> bool:
        """Whether two words name a period by its ordinal and an ``elliptical_units`` unit,
        as "the first quarter" does, which a later "the second" takes up."""
        return unit.lower() in self.elliptical_units and ordinal.lower() in self.ordinals

    def full_year(self, digits: str) -> int:
        """A year from its digits; two digits below ``two_digit_year_pivot`` are 20xx."""
        value = int(digits)
        if len(digits) <= 2:
            return value + (2000 if value < self.pivot else 1900)
        return value

    def ordinal_suffix(self, value: int) -> str:
        """The suffix the grammar reads after an ordinal's digits: 1 -> "st", 12 -> "th"."""
        return self.suffix_by_two_digits.get(
            value % 100, self.suffix_by_digit.get(value % 10, self.suffix_other)
        )

    def count(self, word: str) -> int | None:
        """The number a count word or digits stand for; None for a vague count ("few")."""
        if word.isdigit():
            return int(word)
        return self.counts.get(word)

    def span_grain(self, unit: str) -> Grain:
        """The grain of a window counted in ``unit``: "quarters" stay quarters."""
        kind, size = self.units[unit]
        if kind == "M" and size == 3:
            return "quarters"
        return SPAN_GRAINS[kind]


class Reader(Protocol):
    """What a grammar rule is given: the tables, and the reader of a whole phrase for the
    parts of its own (a range end, the period a quarter is taken from)."""

    @property
    def tables(self) -> DateTables: ...

    def phrase(self, s: str, ref: date, prefer: Prefer) -> DateValue | None:
        """The value of a (normalized) phrase or part of one, None when it is no date."""
        ...


# A rule of the grammar: its match over the whole phrase, the reference date and the
# preferred side -> the value, or None to let the next rule try.
Rule = Callable[[Reader, "re.Match[str]", date, Prefer], "DateValue | None"]
