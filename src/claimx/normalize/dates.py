"""Dates and periods as intervals of days: ``parse_date("the three months to December", ref)``.

Every date phrase becomes a :class:`DateValue`: the first and last day it covers (both
inclusive), the grain it was stated in, and for phrases read against the publication date
("last year", "a decade ago", "the next five years") the shift from that date as an ISO 8601
duration. Without a reference date a relative phrase keeps its offset but has no days.

The words live in ``rules/dates.json`` (month names, units, shift words, fiscal-year start,
vague phrases). The grammar is a list of anchored regular expressions over a normalized
phrase, tried in order; the parts of a phrase ("Q3" + "of next year", "the end of" + "2025",
range ends) are read by the same function, so each rule stays small.

Reading rules, where a phrase leaves a choice:

* A period is always whole days: "2030" is 2030-01-01 .. 2030-12-31, "March 2025" the month.
* Under-specified dates ("December", "3 March", "Tuesday", "the third quarter") resolve to
  the most recent such period that has begun on or before the reference date; news mostly
  reports what happened ("sales rose in the three months to December"). ``prefer="future"``
  picks the earliest one that has not ended yet instead (for deadlines: "by March").
* "last/next/this <unit>" is the calendar unit ("last year" = the previous calendar year,
  "last week" = the previous Monday-Sunday week). A counted window ("the past 12 months",
  "the next five years") rolls from the reference date and leaves the reference day out:
  the past ends the day before, the future starts the day after. Decades and centuries are
  always rolling ("the past decade" = the ten years before the reference date); quarters
  counted in numbers are whole calendar quarters ("the last two quarters").
* "N units ago / later / in N units" is known to the precision of its unit: "a decade ago"
  and "10 years ago" are the calendar year ten years before, "two months ago" the month,
  "two days ago" and "three weeks later" the day.
* Parts of a period: early / mid / late (also "the start / middle / end of") cut a year into
  January-April, May-August, September-December, a month into days 1-10, 11-20 and 21 to
  the end, a decade into years 0-3, 4-6, 7-9; other periods into equal thirds. Thirds, not
  halves, as the words are used: "late 2024" is the autumn, not July onwards. A week has no
  thirds: its start is Monday-Wednesday, its middle Tuesday-Thursday, its end Thursday-Sunday.
* Holidays: fixed dates, days after Easter, and the n-th weekday of a month ("Thanksgiving"
  is the fourth Thursday of November); "Labor Day weekend" joins the holiday to its weekend.
  Holidays whose date depends on the country (Independence Day) are not read.
* Business days are Monday to Friday ("the next 4 business days"; public holidays are not
  known), a work week is Monday to Friday, "the week after next" is two weeks on.
* An unstated count ("in the coming years", "in recent years", "the next few months") is a
  vague period: offset ``"P"`` (future) or ``"-P"`` (past) with no number, an open end, and
  the reference date as its known end.
* "FY24", "FY2024", "fiscal 2024" and "2023-24" are the fiscal year ending in 2024; its start
  month is ``fiscal_year_start_month`` in the table. "2023/2024" with consecutive years is a
  fiscal year too; "2014-2018" is a range of calendar years.
* "the year" / "the month" alone is the current one. "since / after / before / until / by X"
  and "X or later" are open intervals (since: from X's first day, after: from the day after
  X, before: up to the day before X, until and by: up to X's last day); the DATE patterns
  leave those words out of the span, the normalizer still reads them.
* A range takes what one end leaves out from the other ("Nov-Feb 2017" starts in November
  2016, "April 9-17" keeps April). As a range end or bound, "the end of 2007" is its last
  day and "the start of 2008" its first day, not a third of the year.
* All-number dates: a part above 12 decides the order by itself (25/12/2024 and 12/25/2024
  are both Christmas). When both parts are 12 or less (03/04/2024) the caller's ``order``
  decides: the pipeline passes the order the document's own unambiguous numeric dates show
  (:func:`numeric_order`); without one, ``numeric_date_order`` of the table (month first).
  Two-digit years below ``two_digit_year_pivot`` are 20xx.
* Frequencies and comparisons ("annually", "each year", "a year", "year-on-year") are not
  dates: :func:`parse_date` returns None for them.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from claimx.resources import RulesError, default_rules_dir, read_table

Grain = Literal[
    "day",
    "week",
    "weekend",
    "month",
    "quarter",
    "half",
    "year",
    "fiscal_year",
    "decade",
    "century",
    "days",
    "weeks",
    "months",
    "quarters",
    "years",
    "range",
]
# Single calendar periods first, then windows counted in units, then a stated range.
GRAINS: tuple[Grain, ...] = (
    "day",
    "week",
    "weekend",
    "month",
    "quarter",
    "half",
    "year",
    "fiscal_year",
    "decade",
    "century",
    "days",
    "weeks",
    "months",
    "quarters",
    "years",
    "range",
)
Direction = Literal["past", "future"]
Part = Literal["early", "mid", "late"]
Prefer = Literal["past", "future"]
Order = Literal["dmy", "mdy"]

# A date to compute with when the caller gives none; every result that depended on it is
# marked relative and loses its days before it is returned.
_STAND_IN_REF = date(2000, 1, 1)
_ORD = r"(?:st|nd|rd|th)"
# Longer text is not a date phrase; the cap also bounds the work of range splitting.
_MAX_PHRASE = 120


@dataclass(frozen=True)
class DateValue:
    """A stated date or period as an inclusive interval of days.

    ``start``/``end`` are the first and last day (None when open, or when a relative phrase
    was read without a reference date). ``grain`` is the unit the phrase was stated in (see
    ``GRAINS``). ``relative`` says the phrase needs the reference date; ``offset`` is then
    the shift from it as an ISO 8601 duration ("-P10Y" for "a decade ago", "P5Y" for "the
    next five years", "P0Y" for "this year"; "P"/"-P" for an unstated length), None when the
    phrase names a period rather than a shift ("December"). ``direction`` is "past" or
    "future" for shifted phrases; ``part`` marks "early/mid/late" parts of a period.
    """

    start: date | None
    end: date | None
    grain: Grain
    relative: bool = False
    offset: str | None = None
    direction: Direction | None = None
    part: Part | None = None

    def __post_init__(self) -> None:
        if self.grain not in GRAINS:
            raise ValueError(f"grain must be one of {GRAINS}, got {self.grain!r}")
        if self.start is not None and self.end is not None and self.start > self.end:
            raise ValueError(f"start {self.start} is after end {self.end}")

    def to_json(self) -> dict[str, Any]:
        """The ``value`` object of a date claim: ISO dates as strings."""
        return {
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "grain": self.grain,
            "relative": self.relative,
            "offset": self.offset,
            "direction": self.direction,
            "part": self.part,
        }


# ---------------------------------------------------------------------------------------------
# Calendar arithmetic


def _add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the last day of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _shift(day: date, kind: str, count: int) -> date:
    if kind == "D":
        return day + timedelta(days=count)
    if kind == "W":
        return day + timedelta(weeks=count)
    if kind == "M":
        return _add_months(day, count)
    return _add_months(day, 12 * count)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _months_span(year: int, month: int, count: int) -> tuple[date, date]:
    first = date(year, month, 1)
    return first, _add_months(first, count) - timedelta(days=1)


def _week_of(day: date) -> tuple[date, date]:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _iso_week(year: int, week: int) -> tuple[date, date] | None:
    try:
        monday = date.fromisocalendar(year, week, 1)
    except ValueError:
        return None
    return monday, monday + timedelta(days=6)


def _easter(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The ``nth`` ``weekday`` (0 Monday) of a month; ``nth`` -1 is the last one."""
    if nth < 0:
        last = _month_end(year, month)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _iso_duration(parts: Mapping[str, int], sign: int = 1) -> str:
    """``{"Y": 10}`` -> "P10Y"; negative for the past; "P0D"-style for a zero shift."""
    body = "".join(f"{parts[k]}{k}" for k in "YMWD" if parts.get(k))
    if not body:
        body = "0" + next((k for k in "YMWD" if k in parts), "D")
    return ("-" if sign < 0 else "") + "P" + body


def _sign_direction(sign: int) -> Direction | None:
    if sign < 0:
        return "past"
    if sign > 0:
        return "future"
    return None


# ---------------------------------------------------------------------------------------------
# Partly stated calendar dates ("3 March", "December 2025", "Tuesday", "2025-03-03")


@dataclass(frozen=True)
class _Cal:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


# ---------------------------------------------------------------------------------------------
# The parser


Rule = Callable[["re.Match[str]", date, Prefer], "DateValue | None"]


class DateParser:
    """Reads date phrases with the word tables of one ``dates.json``.

    Use :func:`parse_date` for the packaged table; build a parser with another table to
    change, for instance, the fiscal-year start month.
    """

    def __init__(self, table: Mapping[str, Any]) -> None:
        required = {
            "fiscal_year_start_month",
            "numeric_date_order",
            "two_digit_year_pivot",
            "months",
            "weekdays",
            "units",
            "calendar_units",
            "shift_words",
            "relative_days",
            "duration_suffixes",
            "counts",
            "vague_before_unit",
            "vague_after_unit",
            "part_words",
            "part_bounds",
            "period_end_words",
            "decade_words",
            "open_prefixes",
            "open_suffixes",
            "range_connectors",
            "period_to_words",
            "leading_words",
            "not_dates",
            "holidays",
            "easter_offsets",
            "weekday_holidays",
            "business_day_units",
            "work_week_words",
            "number_words",
            "tens_words",
            "ordinal_words",
            "scale_words",
        }
        missing = required - set(table)
        if missing:
            raise RulesError(f"dates table lacks the keys {sorted(missing)}")
        self.table: Mapping[str, Any] = table
        fy = table["fiscal_year_start_month"]
        if not isinstance(fy, int) or not 1 <= fy <= 12:
            raise RulesError(f"fiscal_year_start_month must be 1-12, got {fy!r}")
        if table["numeric_date_order"] not in ("dmy", "mdy"):
            raise RulesError("numeric_date_order must be 'dmy' or 'mdy'")
        self.fy_start: int = fy
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
        self.scales: dict[str, int] = dict(table["scale_words"])
        cues = sorted(table.get("future_cues", []), key=len, reverse=True)
        # A word cue stands alone ("will", not "Willis"); "'ll" is glued to its subject.
        alternatives = [
            rf"(?<![\w']){re.escape(c)}" if c[:1].isalnum() else re.escape(c) for c in cues
        ]
        self.future_cues: re.Pattern[str] | None = (
            re.compile(rf"(?:{'|'.join(alternatives)})(?!\w)", re.I) if cues else None
        )
        self._compile()

    @classmethod
    def from_rules(cls, rules_dir: str | Path | None = None) -> DateParser:
        """A parser over ``dates.json`` of a rules folder (the packaged one by default)."""
        folder = default_rules_dir() if rules_dir is None else Path(rules_dir)
        return cls(read_table(folder, "dates"))

    # -- regular expressions built from the tables ------------------------------------------

    def _compile(self) -> None:
        def alt(words: Iterable[str]) -> str:
            return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

        self.re_month = alt(self.months)
        self.re_weekday = alt(self.weekdays)
        self.re_unit = alt(self.units)
        self.re_shift = alt(self.shifts)
        self.re_count = r"\d+|" + alt(k for k, v in self.counts.items() if v is not None)
        self.re_vague_count = alt(k for k, v in self.counts.items() if v is None)
        self.re_cal_unit = alt(self.cal_units)
        self.re_part = alt(self.part_words)
        self.re_digit_month = re.compile(rf"(\d)({self.re_month})\b")
        self.re_month_digit = re.compile(rf"\b({self.re_month})(\d)")
        self.re_leading = re.compile(rf"^(?:{alt(self.leading)})\s+")
        self.re_open_prefix = re.compile(rf"^({alt(self.open_prefixes)})\s+(.+)$")
        self.re_open_suffix = re.compile(rf"^(.+?)\s+({alt(self.open_suffixes)})$")
        self.re_duration_item = re.compile(
            rf"(?:({self.re_count}|{self.re_vague_count})\s*)?\b({self.re_unit})\b"
        )
        self.number_tokens = set(self.numbers) | set(self.tens) | set(self.ordinals)
        self.number_tokens |= set(self.scales) | {"and"}
        u, wd = self.re_unit, self.re_weekday
        hol = alt(set(self.holidays) | set(self.easter) | set(self.weekday_holidays))
        sh = self.re_shift
        rules: list[tuple[str, Rule]] = [
            # A weekday placed in another date's week first: "1st week of Oct on Friday".
            (rf"(.+?)\s+on\s+({wd})", self._weekday_near_reversed),
            (r"(\d{4})([-/])(\d{1,2}|\d{4})", self._year_pair),
            (
                r"(?:fy|fiscal(?: year)?|financial year)\s*'?(\d{2}|\d{4})"
                r"(?:\s*[-/]\s*(\d{2}|\d{4}))?",
                self._fiscal_year,
            ),
            (r"(?:cy|calendar year|year)\s*'?(\d{2}|\d{4})", self._labelled_year),
            (r"(\d{4})", self._year),
            (r"'(\d{2})", self._short_year),
            (r"'?(\d{1,3})0\s?'?s", self._decade),
            (r"(\d{1,2})" + _ORD + r" century", self._century),
            (rf"({alt(self.decade_words)})", self._decade_word),
            (rf"({alt(self.rel_days)})", self._relative_day),
            (rf"({u})\s*-?\s*to\s*-?\s*date|(ytd|mtd|qtd|wtd)", self._to_date),
            (rf"(earlier|later)\s+(?:in\s+|on\s+)?(?:(this|{sh})\s+)?({u}|weekend)", self._rest_of),
            (rf"({alt(self.period_end_words)})", self._year_end),
            (rf"({self.re_part})\b\s*-?\s*(.+)", self._part),
            (r"q([1-4])[\s-]*(?:of\s+)?(.*)", self._quarter),
            (r"(\d{4})\s*-?\s*q([1-4])", self._quarter_after_year),
            (r"([1-4])q\s*'?(\d{2}|\d{4})", self._quarter_short),
            (r"h([12])[\s-]*(?:of\s+)?(.*)", self._half),
            (r"(\d{4})\s*-?\s*h([12])", self._half_after_year),
            (r"([12])h\s*'?(\d{2}|\d{4})", self._half_short),
            # Periods of a labelled fiscal year: "1HFY25", "9MFY25", "9M FY2025".
            (r"([12])h[\s-]*((?:fy|fiscal|financial year)\s*'?\d.*)", self._half),
            (r"(\d{1,2})m[\s-]*((?:fy|fiscal|financial year)\s*'?\d.*|\d{4})",
             self._first_months),
            (
                rf"(\d{{1,2}}){_ORD}\s*-?\s*(quarter|half|month|week|day)(?:\s+of)?(?:\s+(.+))?",
                self._nth_of,
            ),
            (r"(last|final)\s+(quarter|half|month|week|day)\s+of\s+(.+)", self._nth_of),
            (r"(final)\s+(quarter|half)()", self._nth_of),
            (rf"(1st|last|final)\s+({self.re_count})\s+({u})\s+of\s+(.+)", self._first_n_of),
            (r"week\s+(\d{1,2})(?:\s+of\s+(.+))?", self._week_number),
            (
                r"(?:week\s+(?:of|beginning|starting|commencing)(?:\s+on)?|w/c)\s+(.+)",
                self._week_containing,
            ),
            (rf"({self.re_count})\s+({u})\s+(?:{alt(self.period_to)})\s+(.+)", self._window_to),
            (rf"({u})\s+(?:{alt(self.period_to)})\s+(.+)", self._window_to_one),
            (rf"({sh})\s+({self.re_count})\s+({alt(self.business_units)})", self._business_days),
            (rf"(this|{sh})\s+({alt(self.work_week_words)})", self._work_week),
            (rf"({self.re_cal_unit})\s+(after next|before last)", self._unit_after_next),
            (rf"({sh})\s+({self.re_count}|{self.re_vague_count})\s+({u})", self._rolling),
            (rf"({self.re_count})\s+({sh})\s+({u})", self._rolling_reversed),
            (rf"({alt(self.vague_before)})\s+({u})", self._vague_before),
            (rf"({u})\s+({alt(self.vague_after)})", self._vague_after),
            (
                rf"(?:(this|{sh})\s+)?({self.re_cal_unit}|decade|century|fortnight)",
                self._shifted_unit,
            ),
            (rf"({sh}|this past|this coming|this upcoming)\s+({wd})", self._shifted_weekday),
            (rf"(this|{sh})\s+week\s*-?\s*(?:on\s+)?({wd})", self._weekday_of_week),
            (rf"({wd})\s+(?:of\s+)?(this|{sh})\s+week", self._weekday_of_week_reversed),
            (
                r"(?:for\s+)?(.+?)\s+(?:starting|beginning|commencing)(?:\s+(?:from|on))?\s+(.+)",
                self._window_from,
            ),
            (r"for\s+(.+?)\s+from\s+(.+)", self._window_from),
            (
                rf"(.+?)'s\s+(\d{{1,2}}{_ORD}|last|final)\s+(quarter|half|month|week|day)",
                self._possessive_nth,
            ),
            (r"in\s+(.+?)(?:\s*'s?\s+time)?", self._in_duration),
            (r"within\s+(?:next\s+|coming\s+)?(.+)", self._within),
            (rf"(.+?)(?:\s+|\s*-\s*)({alt(self.suffixes)})", self._duration_shift),
            (r"(.+?)\s+(from|after|before|since|following|prior to)\s+(.+)", self._shift_from),
            (rf"({hol})(?:\s+(\d{{4}}))?", self._holiday),
            (rf"({sh})\s+({hol})", self._shifted_holiday),
            (rf"({hol})\s+(?:(\d{{4}})\s+)?weekend(?:\s+(\d{{4}}))?", self._holiday_weekend),
            (rf"weekend\s+of\s+({hol})(?:\s+(\d{{4}}))?", self._holiday_weekend),
            (rf"({sh})\s+(.+)", self._shifted_calendar),
            (r"(\d{8})", self._compact),
            (r"(.+)", self._calendar_phrase),
            (rf"({wd})\s+(.+)", self._weekday_near),
        ]
        self.rules = [(re.compile(pattern), rule) for pattern, rule in rules]

    # -- entry points ---------------------------------------------------------------------

    def about_future(self, sentence: str) -> bool:
        """Whether ``sentence`` speaks of the future (one of dates.json ``future_cues``): its
        dates without a year are read forward from the reference date."""
        return self.future_cues is not None and self.future_cues.search(sentence) is not None

    def with_fiscal_start(self, month: int) -> DateParser:
        """This parser with fiscal years starting in ``month`` (4: April-March)."""
        if month == self.fy_start:
            return self
        return DateParser({**self.table, "fiscal_year_start_month": month})

    def with_order(self, order: Order) -> DateParser:
        """This parser reading ambiguous all-number dates in ``order``."""
        if (order == "dmy") == self.day_first:
            return self
        return DateParser({**self.table, "numeric_date_order": order})

    def parse(
        self, text: str, ref: date | None = None, *, prefer: Prefer = "past"
    ) -> DateValue | None:
        """The :class:`DateValue` of a date phrase, or None when it is not one."""
        phrase = self.normalize(text)
        if not phrase or phrase in self.not_dates:
            return None
        try:
            value = self._phrase(phrase, ref or _STAND_IN_REF, prefer)
        except (ValueError, OverflowError):
            return None  # read against a reference date at the edge of the calendar
        if value is None:
            return None
        if value.grain != "fiscal_year" and _FISCAL_PAIR.fullmatch(phrase):
            return None  # "FY2023-25" is a malformed fiscal year, not a day range
        if ref is None and value.relative:
            value = replace(value, start=None, end=None)
        return value

    def normalize(self, text: str) -> str:
        """Lower case, plain punctuation, number words as digits, without "the"."""
        s = text.lower().strip()
        s = re.sub(r"[\u2018\u2019\u02bc`]", "'", s)
        s = re.sub(r"[\u2010-\u2015\u2212~]", "-", s)
        s = re.sub(r"[\"\u201c\u201d()\[\]]", " ", s)
        s = re.sub(r"(?<=[a-z])\.", " ", s)  # "Dec. 31" and "Jan." abbreviations
        s = re.sub(r",", " ", s)
        s = self.re_digit_month.sub(r"\1 \2", s)  # "31dec" -> "31 dec"
        s = self.re_month_digit.sub(r"\1 \2", s)  # "dec31" -> "dec 31"
        s = self._number_words(s)
        s = re.sub(r"\s+", " ", s).strip()
        lone = re.fullmatch(r"the (day|week|weekend|month|quarter|year)", s)
        if lone:
            s = "this " + lone.group(1)  # "the year" alone is the current year
        s = re.sub(r"\bthe\b", " ", s)
        s = re.sub(r"\s+", " ", s).strip(" .;:!?")
        return s

    def _number_words(self, s: str) -> str:
        """Runs of number words as digits: "twenty-seventh" -> "27th", "a decade" unchanged."""
        pieces = re.split(r"(\s+|-)", s)  # words at even indexes, separators at odd ones
        out: list[str] = []
        i = 0
        while i < len(pieces):
            word = pieces[i]
            if i % 2 or word not in self.number_tokens or word == "and":
                out.append(word)
                i += 1
                continue
            run, j = [word], i
            while j + 2 < len(pieces) and self._continues_number(run, pieces[j + 2]):
                run.append(pieces[j + 2])
                j += 2
            while run[-1] == "and":
                run.pop()
                j -= 2
            out.append(self._number_from_words(run))
            i = j + 1
        return "".join(out)

    def _continues_number(self, run: list[str], word: str) -> bool:
        if word not in self.number_tokens or run[-1] in self.ordinals:
            return False
        # "and" only joins after a scale word: "two thousand and five", not "ten and twelve".
        return word != "and" or run[-1] in self.scales

    def _number_from_words(self, words: list[str]) -> str:
        """Digits for a run of number words; two-digit pairs read as years."""
        ordinal = words[-1] in self.ordinals
        if set(words) & set(self.scales):
            total = current = 0
            for w in words:
                if w in self.scales:
                    if self.scales[w] >= 1000:
                        total += max(current, 1) * self.scales[w]
                        current = 0
                    else:
                        current = max(current, 1) * self.scales[w]
                elif w != "and":
                    current += self._word_value(w)
            return str(total + current) + (self._suffix(total + current) if ordinal else "")
        chunks: list[int] = []
        chunk_is_ordinal: list[bool] = []
        pending: int | None = None
        for w in words:
            value = self._word_value(w)
            if w in self.tens:
                if pending is not None:
                    chunks.append(pending)
                    chunk_is_ordinal.append(False)
                pending = value
            elif pending is not None and pending % 10 == 0 and pending >= 20 and value < 10:
                chunks.append(pending + value)
                chunk_is_ordinal.append(w in self.ordinals)
                pending = None
            else:
                if pending is not None:
                    chunks.append(pending)
                    chunk_is_ordinal.append(False)
                    pending = None
                chunks.append(value)
                chunk_is_ordinal.append(w in self.ordinals)
        if pending is not None:
            chunks.append(pending)
            chunk_is_ordinal.append(False)
        # "nineteen eighty six" -> 1986, "twenty twenty" -> 2020.
        parts: list[str] = []
        i = 0
        while i < len(chunks):
            value, is_ord = chunks[i], chunk_is_ordinal[i]
            if (
                i + 1 < len(chunks)
                and 10 <= value <= 20
                and not is_ord
                and not chunk_is_ordinal[i + 1]
                and chunks[i + 1] >= 10
            ):
                parts.append(str(value * 100 + chunks[i + 1]))
                i += 2
                continue
            parts.append(str(value) + (self._suffix(value) if is_ord else ""))
            i += 1
        return " ".join(parts)

    def _word_value(self, word: str) -> int:
        for table in (self.numbers, self.tens, self.ordinals):
            if word in table:
                return table[word]
        return 0

    @staticmethod
    def _suffix(value: int) -> str:
        if 10 <= value % 100 <= 20:
            return "th"
        return {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")

    # -- grammar --------------------------------------------------------------------------

    def _phrase(self, s: str, ref: date, prefer: Prefer) -> DateValue | None:
        """A phrase or a part of one; parts are always shorter, so recursion ends."""
        s = s.strip()
        if not s or len(s) > _MAX_PHRASE:
            return None
        value = self._atom(s, ref, prefer)
        if value is None:
            value = self._range(s, ref, prefer)
        if value is None:
            value = self._open(s, ref, prefer)
        return value

    def _atom(self, s: str, ref: date, prefer: Prefer) -> DateValue | None:
        while True:
            for pattern, rule in self.rules:
                match = pattern.fullmatch(s)
                if match:
                    try:
                        value = rule(match, ref, prefer)
                    except (ValueError, OverflowError):
                        value = None  # the phrase points outside the calendar: not a date
                    if value is not None:
                        return value
            stripped = self.re_leading.sub("", s, count=1)
            if stripped == s:
                return None
            s = stripped

    def _range(self, s: str, ref: date, prefer: Prefer) -> DateValue | None:
        body = s
        between = re.match(r"^(?:between|from)\s+(.+)$", s)
        if between:
            body = between.group(1)
        connectors = "|".join(re.escape(c) for c in self.connectors if c != "-")
        # Word connectors first, so that "2017-Q1 to 2018-Q1" is not cut at a hyphen.
        splits = [*re.finditer(rf"\s+(?:{connectors})\s+", body)]
        if "-" in self.connectors:
            # A spaced hyphen before a bare one ("02-02-2020 - 03-03-2020"); of bare ones
            # the nearest the middle first: both ends tend to have one shape (10-1-2018-10-7-2018).
            splits += re.finditer(r"\s+-\s+", body)
            middle = len(body) / 2
            bare = re.finditer(r"(?<!\s)-|-(?!\s)", body)
            splits += sorted(bare, key=lambda m: abs(m.start() - middle))
        for split in splits:
            if split.group().strip() == "and" and not between:
                continue
            left, right = body[: split.start()], body[split.end() :]
            if not left.strip() or not right.strip():
                continue
            value = self._range_of(left, right, ref, prefer)
            if value is not None:
                return value
        return None

    def _range_of(self, left: str, right: str, ref: date, prefer: Prefer) -> DateValue | None:
        if right.strip() == "date":
            right = "today"  # "from March to date"
        left_cal = self._calendar(left, lone_day=True)
        right_cal = self._calendar(right, lone_day=True)
        if left_cal is not None and right_cal is not None:
            merged = self._merge_range(left_cal, right_cal)
            if merged is not None:
                lo, hi = merged
                lo_value = self._resolve_calendar(lo, ref, prefer)
                if lo_value is not None and lo_value.start is not None:
                    hi_value = self._resolve_calendar(hi, lo_value.start, "future")
                    return self._join(lo_value, hi_value, relative=lo.year is None)
        if left_cal is not None and left_cal.year is None and left_cal.month is not None:
            # "from May to October 2020": the left end takes its year from the right end.
            hi_value = self._phrase(right, ref, prefer)
            if hi_value is None or hi_value.start is None:
                return None
            year = hi_value.start.year
            lo_value = self._resolve_calendar(replace(left_cal, year=year), ref, prefer)
            if lo_value is not None and lo_value.start and lo_value.start > hi_value.start:
                lo_value = self._resolve_calendar(replace(left_cal, year=year - 1), ref, prefer)
            return self._join(lo_value, hi_value)
        lo_value = self._phrase(left, ref, prefer)
        if lo_value is None or lo_value.start is None:
            return None
        if right_cal is not None and right_cal.year is None:
            # "between now and November 15th", "from next Monday to Friday": an
            # under-specified right end is its first occurrence after the left end.
            hi_value = self._resolve_calendar(right_cal, lo_value.start, "future")
            if hi_value is not None:
                hi_value = replace(hi_value, relative=True)
        else:
            hi_value = self._phrase(right, ref, prefer)
        return self._join(lo_value, hi_value)

    def _merge_range(self, lo: _Cal, hi: _Cal) -> tuple[_Cal, _Cal] | None:
        """Fill what one end of a calendar range leaves out from the other end."""
        if lo.month is None and lo.day is not None and hi.month is not None:
            lo = replace(lo, month=hi.month, year=lo.year or hi.year)  # "9 to 12 June"
        if hi.month is None and hi.day is not None and lo.month is not None:
            month = lo.month if lo.day is None or hi.day >= lo.day else lo.month % 12 + 1
            hi = replace(hi, month=month, year=hi.year or lo.year)  # "April 9-17"
        if lo.month is None or hi.month is None:
            if lo.year is not None and hi.year is not None and lo.month is hi.month is None:
                return lo, hi
            return None
        if lo.year is None and hi.year is not None:
            later = (lo.month, lo.day or 1) > (hi.month, hi.day or 1)
            lo = replace(lo, year=hi.year - 1 if later else hi.year)  # "Nov-Feb 2017"
        return lo, hi

    def _join(
        self, lo: DateValue | None, hi: DateValue | None, *, relative: bool = False
    ) -> DateValue | None:
        if lo is None or hi is None or lo.start is None or hi.end is None:
            return None
        # As a range end, "the end of 2007" is its last day and "the start of 2008" its first.
        start = lo.end if lo.part == "late" and lo.end else lo.start
        end = hi.start if hi.part == "early" and hi.start else hi.end
        if start > end:
            return None
        return DateValue(start, end, "range", relative=relative or lo.relative or hi.relative)

    def _open(self, s: str, ref: date, prefer: Prefer) -> DateValue | None:
        match = self.re_open_prefix.fullmatch(s)
        kind: str | None = None
        rest = s
        if match:
            kind, rest = self.open_prefixes[match.group(1)], match.group(2)
        else:
            match = self.re_open_suffix.fullmatch(s)
            if match:
                rest, kind = match.group(1), self.open_suffixes[match.group(2)]
        if kind is None:
            return None
        anchor = self._phrase(rest, ref, prefer)
        if anchor is None:
            return None
        start, end = anchor.start, anchor.end
        # "before the end of June" is up to its last day, "after the start of March" from its
        # first: the end / start of a period is a boundary here, not its last / first third.
        if kind == "since" or (kind == "after" and anchor.part == "early"):
            end = None
        elif kind == "after":
            start, end = (end + timedelta(days=1) if end else None), None
        elif kind == "before" and anchor.part != "late":
            start, end = None, (start - timedelta(days=1) if start else None)
        else:
            start = None
        grain: Grain = "range" if anchor.grain == "range" else anchor.grain
        return replace(anchor, start=start, end=end, grain=grain, part=None)

    # -- absolute years and fiscal years ----------------------------------------------------

    def _full_year(self, digits: str) -> int:
        value = int(digits)
        if len(digits) <= 2:
            return value + (2000 if value < self.pivot else 1900)
        return value

    def _fiscal(self, end_year: int) -> DateValue:
        # With a January start the fiscal year is the calendar year it ends in.
        first_year = end_year if self.fy_start == 1 else end_year - 1
        start = date(first_year, self.fy_start, 1)
        return DateValue(start, _add_months(start, 12) - timedelta(days=1), "fiscal_year")

    def _year_pair(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        """Year pairs: "2023-24" and "2005-6" are fiscal years, "2015-12" a month, "1973-90" a
        range."""
        first, joint, second = int(m.group(1)), m.group(2), m.group(3)
        if len(second) == 4:
            # "2023/2024" is a fiscal year; "2023-2024" is read as a range of two years.
            return self._fiscal(first + 1) if joint == "/" and int(second) == first + 1 else None
        if (first + 1) % 100 == int(second):
            return self._fiscal(first + 1)
        if len(second) == 1 and (first + 1) % 10 == int(second):
            return self._fiscal(first + 1)  # "the 2005-6 budget", as the UK press writes it
        if int(second) <= 12:
            return None  # an ISO month, read by the calendar rule
        last = first - first % 100 + int(second)
        if last <= first:
            return None
        return DateValue(date(first, 1, 1), date(last, 12, 31), "range")

    def _fiscal_year(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        first = self._full_year(m.group(1))
        if m.group(2) is None:
            return self._fiscal(first)
        second = int(m.group(2))
        if len(m.group(2)) == 2:
            second = first - first % 100 + second
            if second < first:
                second += 100
        return self._fiscal(second) if second == first + 1 else None

    def _labelled_year(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        year = self._full_year(m.group(1))
        return DateValue(date(year, 1, 1), date(year, 12, 31), "year")

    def _year(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        year = int(m.group(1))
        if not 1000 <= year <= 2999:
            return None
        return DateValue(date(year, 1, 1), date(year, 12, 31), "year")

    def _short_year(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        year = self._full_year(m.group(1))
        return DateValue(date(year, 1, 1), date(year, 12, 31), "year")

    def _decade(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        digits = m.group(1)
        if len(digits) == 1:
            start = self._full_year(digits + "0")
        elif len(digits) == 3:
            start = int(digits) * 10
            if start % 100 == 0 and start != 2000:
                # "the 1800s" is a century; "the 2000s" is read as the decade 2000-2009.
                return DateValue(date(start, 1, 1), date(start + 99, 12, 31), "century")
        else:
            return None
        if not 1000 <= start <= 2990:
            return None
        return DateValue(date(start, 1, 1), date(start + 9, 12, 31), "decade")

    def _decade_word(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        start = self._full_year(str(self.decade_words[m.group(1)]))
        return DateValue(date(start, 1, 1), date(start + 9, 12, 31), "decade")

    def _century(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        number = int(m.group(1))
        if not 1 <= number <= 30:
            return None
        first = max(1, (number - 1) * 100)
        return DateValue(date(first, 1, 1), date((number - 1) * 100 + 99, 12, 31), "century")

    # -- single days and calendar units around the reference date ---------------------------

    def _relative_day(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        days = self.rel_days[m.group(1)]
        day = ref + timedelta(days=days)
        return DateValue(
            day, day, "day", True, _iso_duration({"D": abs(days)}, days), _sign_direction(days)
        )

    def _unit_period(self, grain: Grain, day: date) -> tuple[date, date]:
        """The calendar period of ``grain`` that contains ``day``."""
        if grain == "day":
            return day, day
        if grain == "week":
            return _week_of(day)
        if grain == "weekend":
            monday = _week_of(day)[0]
            return monday + timedelta(days=5), monday + timedelta(days=6)
        if grain == "month":
            return _months_span(day.year, day.month, 1)
        if grain == "quarter":
            return _months_span(day.year, day.month - (day.month - 1) % 3, 3)
        if grain == "half":
            return _months_span(day.year, 1 if day.month <= 6 else 7, 6)
        if grain == "fiscal_year":
            end_year = day.year + (1 if day.month >= self.fy_start and self.fy_start > 1 else 0)
            value = self._fiscal(end_year)
            assert value.start is not None and value.end is not None
            return value.start, value.end
        if grain in ("decade", "century"):
            size = 10 if grain == "decade" else 100
            first = day.year - day.year % size
            return date(max(first, 1), 1, 1), date(first + size - 1, 12, 31)
        return date(day.year, 1, 1), date(day.year, 12, 31)

    _UNIT_STEP: Mapping[str, tuple[str, int]] = {
        "day": ("D", 1),
        "week": ("W", 1),
        "weekend": ("W", 1),
        "month": ("M", 1),
        "quarter": ("M", 3),
        "half": ("M", 6),
        "year": ("Y", 1),
        "fiscal_year": ("Y", 1),
        "decade": ("Y", 10),
        "century": ("Y", 100),
    }

    def _shifted_period(self, grain: Grain, shift: int, ref: date) -> DateValue:
        kind, size = self._UNIT_STEP[grain]
        start, end = self._unit_period(grain, _shift(ref, kind, shift * size))
        offset = _iso_duration({kind: abs(shift) * size}, shift)
        return DateValue(start, end, grain, True, offset, _sign_direction(shift))

    def _shifted_unit(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        word, unit = m.group(1), m.group(2)
        if word is None and unit not in ("fiscal year", "financial year", "weekend"):
            return None
        shift = self.shifts.get(word, 0) if word else 0
        if unit in ("decade", "century", "fortnight"):
            if shift == 0:
                if unit == "fortnight":
                    return self._window(ref, "W", 2, 1, "weeks") if word else None
                return self._shifted_period("decade" if unit == "decade" else "century", 0, ref)
            kind, size = self.units[unit]
            return self._window(ref, kind, size, shift, "years" if kind == "Y" else "weeks")
        return self._shifted_period(self.cal_units[unit], shift, ref)

    def _window(self, ref: date, kind: str, count: int, sign: int, grain: Grain) -> DateValue:
        """A rolling window of ``count`` units before (-1) or after (+1) the reference day."""
        if sign < 0:
            start, end = _shift(ref, kind, -count), ref - timedelta(days=1)
        else:
            start, end = ref + timedelta(days=1), _shift(ref, kind, count)
        return DateValue(
            start, end, grain, True, _iso_duration({kind: count}, sign), _sign_direction(sign)
        )

    def _span_grain(self, unit: str) -> Grain:
        kind, size = self.units[unit]
        if kind == "M" and size == 3:
            return "quarters"
        return {"D": "days", "W": "weeks", "M": "months", "Y": "years"}[kind]  # type: ignore[return-value]

    def _count(self, word: str) -> int | None:
        if word.isdigit():
            return int(word)
        return self.counts.get(word)

    def _business_days(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        """"the next 4 business days": Monday-Friday days after (or before) the reference day."""
        sign, count = self.shifts[m.group(1)], self._count(m.group(2))
        if sign == 0 or not count or count > 1000:
            return None
        day, seen = ref, 0
        while seen < count:
            day += timedelta(days=sign)
            seen += day.weekday() < 5
        start, end = (ref + timedelta(days=1), day) if sign > 0 else (day, ref - timedelta(days=1))
        start, end = self._weekdays_within(start, end)
        offset = _iso_duration({"D": count}, sign)
        return DateValue(start, end, "days", True, offset, _sign_direction(sign))

    @staticmethod
    def _weekdays_within(start: date, end: date) -> tuple[date, date]:
        """``start``..``end`` without the weekend days at its edges."""
        while start.weekday() >= 5:
            start += timedelta(days=1)
        while end.weekday() >= 5:
            end -= timedelta(days=1)
        return start, end

    def _work_week(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        """"next workweek": Monday to Friday of the week."""
        week = self._shifted_period("week", self.shifts.get(m.group(1), 0), ref)
        assert week.start is not None
        return replace(week, end=week.start + timedelta(days=4))

    def _unit_after_next(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        """"the week after next" (two weeks on), "the year before last" (two years back)."""
        grain = self.cal_units[m.group(1)]
        return self._shifted_period(grain, 2 if m.group(2) == "after next" else -2, ref)

    def _rolling(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        sign = self.shifts[m.group(1)]
        if sign == 0:
            return None
        return self._rolling_window(m.group(2), m.group(3), sign, ref)

    def _rolling_reversed(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        sign = self.shifts[m.group(2)]
        if sign == 0:
            return None
        return self._rolling_window(m.group(1), m.group(3), sign, ref)

    def _rolling_window(self, count_word: str, unit: str, sign: int, ref: date) -> DateValue | None:
        kind, size = self.units[unit]
        grain = self._span_grain(unit)
        count = self._count(count_word)
        if count is None:
            return self._vague(grain, sign, ref)
        if grain == "quarters":
            # Quarters are calendar quarters: "the last two quarters" are whole quarters.
            near, far = (-count, -1) if sign < 0 else (1, count)
            first = self._shifted_period("quarter", near, ref)
            last = self._shifted_period("quarter", far, ref)
            return DateValue(
                first.start,
                last.end,
                grain,
                True,
                _iso_duration({"M": 3 * count}, sign),
                _sign_direction(sign),
            )
        return self._window(ref, kind, count * size, sign, grain)

    def _vague(self, grain: Grain, sign: int, ref: date) -> DateValue:
        if sign > 0:
            return DateValue(ref, None, grain, True, "P", "future")
        return DateValue(None, ref, grain, True, "-P", "past")

    def _vague_before(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        unit = m.group(2)
        if not unit.endswith("s"):
            return None
        return self._vague(self._span_grain(unit), self.vague_before[m.group(1)], ref)

    def _vague_after(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        unit = m.group(1)
        if not unit.endswith("s"):
            return None
        return self._vague(self._span_grain(unit), self.vague_after[m.group(2)], ref)

    def _duration(self, s: str) -> tuple[dict[str, int], Grain, bool] | None:
        """A duration: "3 months and 2 weeks" -> ({"M": 3, "W": 2}, finest grain, vague?)."""
        parts: dict[str, int] = {}
        rest = s.strip()
        finest: str | None = None
        vague = False
        position = 0
        for item in self.re_duration_item.finditer(rest):
            between = rest[position : item.start()].strip()
            if between not in ("", "and", "-"):
                return None
            position = item.end()
            count_word, unit = item.group(1), item.group(2)
            kind, size = self.units[unit]
            # "years ago" / "a few months" state no number: a vague period.
            count = 1 if count_word is None else self._count(count_word)
            if count is None or (count_word is None and unit.endswith("s")):
                vague = True
                count = 1
            parts[kind] = parts.get(kind, 0) + count * size
            if finest is None or "YMWD".index(kind) > "YMWD".index(finest):
                finest = kind
        if finest is None or rest[position:].strip():
            return None
        grain: Grain = {"D": "day", "W": "day", "M": "month", "Y": "year"}[finest]  # type: ignore[assignment]
        return parts, grain, vague

    def _apply(self, day: date, parts: Mapping[str, int], sign: int) -> date:
        for kind in "YMWD":
            if parts.get(kind):
                day = _shift(day, kind, sign * parts[kind])
        return day

    def _point(self, parts: Mapping[str, int], grain: Grain, sign: int, ref: date) -> DateValue:
        day = self._apply(ref, parts, sign)
        start, end = self._unit_period(grain, day)
        return DateValue(start, end, grain, True, _iso_duration(parts, sign), _sign_direction(sign))

    def _duration_shift(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        duration = self._duration(m.group(1))
        if duration is None:
            return None
        parts, grain, vague = duration
        sign = self.suffixes[m.group(2)]
        if vague:
            return self._vague(self._span_grain_of(parts), sign, ref)
        return self._point(parts, grain, sign, ref)

    def _span_grain_of(self, parts: Mapping[str, int]) -> Grain:
        finest = max(parts, key="YMWD".index)
        return {"D": "days", "W": "weeks", "M": "months", "Y": "years"}[finest]  # type: ignore[return-value]

    def _window_from(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        """A window from a date on: "a week starting tomorrow", "for 3 days from today"."""
        duration = self._duration(m.group(1))
        if duration is None or duration[2]:
            return None
        anchor = self._phrase(m.group(2), ref, prefer)
        if anchor is None or anchor.start is None:
            return None
        parts = duration[0]
        end = self._apply(anchor.start, parts, 1) - timedelta(days=1)
        grain = self._span_grain_of(parts)
        return DateValue(anchor.start, end, grain, anchor.relative)

    def _possessive_nth(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        """A possessive container: "next year's first quarter" (of next year)."""
        container = self._container(m.group(1), ref, prefer)
        if container is None:
            return None
        which = m.group(2)
        number = None if which in ("last", "final") else int(which[:-2])
        return self._nth_within(container, m.group(3), number)

    def _weekday_near(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        return self._weekday_in_week_of(m.group(1), m.group(2), ref, prefer)

    def _weekday_near_reversed(
        self, m: re.Match[str], ref: date, prefer: Prefer
    ) -> DateValue | None:
        return self._weekday_in_week_of(m.group(2), m.group(1), ref, prefer)

    def _weekday_in_week_of(
        self, weekday: str, rest: str, ref: date, prefer: Prefer
    ) -> DateValue | None:
        """A weekday in the week of another date: "Monday two weeks from now"."""
        anchor = self._phrase(rest, ref, prefer)
        if anchor is None or anchor.start is None or anchor.grain not in ("day", "week"):
            return None
        monday = _week_of(anchor.start)[0]
        day = monday + timedelta(days=self.weekdays[weekday])
        return replace(anchor, start=day, end=day, grain="day")

    def _in_duration(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        duration = self._duration(m.group(1))
        if duration is None or duration[2]:
            return None
        return self._point(duration[0], duration[1], 1, ref)

    def _within(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        duration = self._duration(m.group(1))
        if duration is None or duration[2]:
            return None
        parts = duration[0]
        end = self._apply(ref, parts, 1) - timedelta(days=1)
        return DateValue(ref, end, self._span_grain_of(parts), True, _iso_duration(parts), "future")

    def _shift_from(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        duration = self._duration(m.group(1))
        if duration is None or duration[2]:
            return None
        anchor_text = m.group(3)
        # "two weeks before Christmas", "3 days after January 12th": planning language, so
        # an under-specified anchor is its next occurrence.
        anchor = self._phrase("today" if anchor_text == "now" else anchor_text, ref, "future")
        if anchor is None or anchor.start is None or anchor.end is None:
            return None
        parts = duration[0]
        sign = -1 if m.group(2) in ("before", "prior to") else 1
        start = self._apply(anchor.start, parts, sign)
        end = start if anchor.grain == "day" else self._apply(anchor.end, parts, sign)
        offset = None
        if anchor.offset is not None and anchor.grain == "day" and anchor.offset.endswith("D"):
            days = (start - ref).days
            offset = _iso_duration({"D": abs(days)}, days)
        return DateValue(start, end, anchor.grain, anchor.relative, offset, anchor.direction)

    def _to_date(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        word = (
            m.group(1)
            or {"ytd": "year", "mtd": "month", "qtd": "quarter", "wtd": "week"}[m.group(2)]
        )
        if word not in self.cal_units:
            return None
        grain = self.cal_units[word]
        start, _ = self._unit_period(grain, ref)
        return DateValue(start, ref, "days", True, _iso_duration({"D": 0}), None)

    def _rest_of(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        which, word, unit = m.group(1), m.group(2), m.group(3)
        grain = self.cal_units.get(unit)
        if grain is None:
            return None
        shift = self.shifts.get(word, 0) if word and word != "this" else 0
        period = self._shifted_period(grain, shift, ref)
        assert period.start is not None and period.end is not None
        if shift != 0:
            return self._part_of(period, "early" if which == "earlier" else "late")
        if which == "earlier":
            if period.start >= ref:
                return None
            return DateValue(period.start, ref - timedelta(days=1), "days", True, "-P", "past")
        return DateValue(ref, period.end, "days", True, "P", "future")

    def _year_end(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        return self._part_of(self._shifted_period("year", 0, ref), "late")

    # -- parts, quarters, halves, weeks -------------------------------------------------------

    def _container(self, text: str, ref: date, prefer: Prefer) -> DateValue | None:
        """The period a part is taken from; a bare unit ("of the year") is the current one."""
        text = text.strip()
        if not text:
            return None
        if text in self.cal_units and text not in ("fiscal",):
            return self._shifted_period(self.cal_units[text], 0, ref)
        return self._phrase(text, ref, prefer)

    def _part(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        period = self._container(m.group(2), ref, prefer)
        if period is None or period.start is None or period.end is None or period.part:
            return None
        return self._part_of(period, self.part_words[m.group(1)])

    def _part_of(self, period: DateValue, part: Part) -> DateValue | None:
        start, end = period.start, period.end
        if start is None or end is None:
            return None
        grain = period.grain
        bounds = self.part_bounds.get(grain if grain != "fiscal_year" else "year", {}).get(part)
        if bounds and grain in ("year", "fiscal_year"):
            lo, hi = bounds
            new_start = _add_months(start, lo - 1)
            new_end = _add_months(start, hi) - timedelta(days=1)
        elif bounds and grain == "month":
            lo, hi = bounds
            new_start = date(start.year, start.month, lo)
            new_end = date(start.year, start.month, min(hi, end.day))
        elif bounds and grain == "week":
            lo, hi = bounds
            new_start, new_end = start + timedelta(days=lo - 1), start + timedelta(days=hi - 1)
        elif bounds and grain in ("decade", "century"):
            lo, hi = bounds
            new_start = date(start.year + lo, 1, 1)
            new_end = date(start.year + hi, 12, 31)
        else:
            days = (end - start).days + 1
            third = days // 3
            index = ("early", "mid", "late").index(part)
            new_start = start + timedelta(days=third * index)
            new_end = end if part == "late" else start + timedelta(days=third * (index + 1) - 1)
        return replace(period, start=new_start, end=new_end, part=part)

    def _nth_within(self, container: DateValue, unit: str, number: int | None) -> DateValue | None:
        """The ``number``-th (None: last) quarter / half / month / week / day of a period."""
        start, end = container.start, container.end
        if start is None or end is None:
            return None
        if unit in ("quarter", "half", "month"):
            size = {"quarter": 3, "half": 6, "month": 1}[unit]
            total = ((end.year - start.year) * 12 + end.month - start.month + 1) // size
            index = total if number is None else number
            if not 1 <= index <= total:
                return None
            first = _add_months(start, size * (index - 1))
            grain: Grain = unit  # type: ignore[assignment]
            return replace(
                container,
                start=first,
                end=_add_months(first, size) - timedelta(days=1),
                grain=grain,
                part=None,
            )
        if unit == "week":
            if container.grain == "year" and start.month == 1 and start.day == 1:
                year = start.year
                week = number if number is not None else date(year, 12, 28).isocalendar()[1]
                span = _iso_week(year, week)
            else:
                anchor = end if number is None else start + timedelta(weeks=number - 1)
                span = _week_of(anchor) if anchor <= end else None
                if number is None and span is not None and (end - span[0]).days < 3:
                    # The last week is the last one mostly inside the period: July 2017
                    # ends on a Monday, so its last week is 24-30 July.
                    span = _week_of(span[0] - timedelta(days=1))
            if span is None:
                return None
            return replace(container, start=span[0], end=span[1], grain="week", part=None)
        if unit == "day":
            day = end if number is None else start + timedelta(days=number - 1)
            if day > end:
                return None
            return replace(container, start=day, end=day, grain="day", part=None)
        return None

    def _nth_of(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        which, unit, rest = m.group(1), m.group(2), m.group(3)
        number = None if which in ("last", "final") else int(which)
        if rest:
            container = self._container(rest, ref, prefer)
            if container is None:
                return None
            return self._nth_within(container, unit, number)
        if unit not in ("quarter", "half"):
            return None
        if number is None:
            number = 4 if unit == "quarter" else 2  # "the final quarter" is the fourth
        return self._latest_of(unit, number, ref, prefer)

    def _latest_of(self, unit: str, number: int, ref: date, prefer: Prefer) -> DateValue | None:
        """The quarter / half ``number`` nearest the reference date on the preferred side."""
        size = 3 if unit == "quarter" else 6
        if number > 12 // size:
            return None
        grain: Grain = "quarter" if unit == "quarter" else "half"
        candidates = []
        for year in (ref.year - 1, ref.year, ref.year + 1):
            start, end = _months_span(year, 1 + size * (number - 1), size)
            candidates.append((start, end))
        if prefer == "past":
            start, end = max(c for c in candidates if c[0] <= ref)
        else:
            start, end = min(c for c in candidates if c[1] >= ref)
        return DateValue(start, end, grain, True)

    def _quarter(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        number, rest = int(m.group(1)), m.group(2)
        if not rest:
            return self._latest_of("quarter", number, ref, prefer)
        container = self._container(rest, ref, prefer)
        if container is None or container.grain not in ("year", "fiscal_year"):
            return None
        return self._nth_within(container, "quarter", number)

    def _quarter_after_year(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        year, number = int(m.group(1)), int(m.group(2))
        start, end = _months_span(year, 3 * number - 2, 3)
        return DateValue(start, end, "quarter")

    def _quarter_short(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        year, number = self._full_year(m.group(2)), int(m.group(1))
        start, end = _months_span(year, 3 * number - 2, 3)
        return DateValue(start, end, "quarter")

    def _first_months(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        """The first N months of a (fiscal) year: "9MFY25" is July-March under a July start."""
        count, container = int(m.group(1)), self._container(m.group(2), ref, prefer)
        if not 1 <= count <= 12 or container is None or container.start is None:
            return None
        if container.grain not in ("year", "fiscal_year"):
            return None
        end = _add_months(container.start, count) - timedelta(days=1)
        return DateValue(container.start, end, "months", container.relative, container.offset)

    def _half(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        number, rest = int(m.group(1)), m.group(2)
        if not rest:
            return self._latest_of("half", number, ref, prefer)
        container = self._container(rest, ref, prefer)
        if container is None or container.grain not in ("year", "fiscal_year"):
            return None
        return self._nth_within(container, "half", number)

    def _half_after_year(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        year, number = int(m.group(1)), int(m.group(2))
        start, end = _months_span(year, 6 * number - 5, 6)
        return DateValue(start, end, "half")

    def _half_short(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        year, number = self._full_year(m.group(2)), int(m.group(1))
        start, end = _months_span(year, 6 * number - 5, 6)
        return DateValue(start, end, "half")

    def _first_n_of(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        which, count_word, unit, rest = m.groups()
        count = self._count(count_word)
        if count is None:
            return None
        container = self._container(rest, ref, prefer)
        if container is None or container.start is None or container.end is None:
            return None
        kind, size = self.units[unit]
        year_start = date(container.start.year, 1, 1)
        if kind == "W" and container.grain == "year" and container.start == year_start:
            # Weeks of a year are its ISO weeks, as for "the first week of 2015".
            year, weeks = container.start.year, count * size
            last_week = date(year, 12, 28).isocalendar()[1]
            first, last = (1, weeks) if which == "1st" else (last_week - weeks + 1, last_week)
            span_first, span_last = _iso_week(year, first), _iso_week(year, last)
            if span_first is None or span_last is None:
                return None
            return replace(
                container, start=span_first[0], end=span_last[1], grain="weeks", part=None
            )
        if which == "1st":
            start = container.start
            end = _shift(start, kind, count * size) - timedelta(days=1)
        else:
            end = container.end
            start = _shift(end + timedelta(days=1), kind, -count * size)
        if start < container.start or end > container.end:
            return None
        return replace(container, start=start, end=end, grain=self._span_grain(unit), part=None)

    def _week_number(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        week, rest = int(m.group(1)), m.group(2)
        if rest:
            container = self._container(rest, ref, prefer)
            if container is None or container.grain != "year" or container.start is None:
                return None
            span = _iso_week(container.start.year, week)
            relative = container.relative
        else:
            span, relative = _iso_week(ref.year, week), True
        if span is None:
            return None
        return DateValue(span[0], span[1], "week", relative)

    def _week_containing(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        anchor = self._phrase(m.group(1), ref, prefer)
        if anchor is None or anchor.grain != "day" or anchor.start is None:
            return None
        start, end = _week_of(anchor.start)
        return replace(anchor, start=start, end=end, grain="week")

    def _window_to(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        count = self._count(m.group(1))
        if count is None:
            return None
        return self._window_ending(count, m.group(2), m.group(3), ref, prefer)

    def _window_to_one(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        return self._window_ending(1, m.group(1), m.group(2), ref, prefer)

    def _window_ending(
        self, count: int, unit: str, rest: str, ref: date, prefer: Prefer
    ) -> DateValue | None:
        """``count`` units ending with ``rest``: "the three months to December"."""
        if unit in ("day", "days"):
            return None
        anchor = self._phrase(rest, ref, prefer)
        if anchor is None or anchor.end is None or anchor.grain == "range":
            return None
        kind, size = self.units[unit]
        start = _shift(anchor.end + timedelta(days=1), kind, -count * size)
        return DateValue(start, anchor.end, self._span_grain(unit), anchor.relative)

    # -- weekdays, holidays and calendar dates --------------------------------------------

    def _shifted_weekday(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        word, weekday = m.group(1), self.weekdays[m.group(2)]
        delta = weekday - ref.weekday()
        if word in ("this past", "past"):
            days = delta if delta < 0 else delta - 7
        elif word in ("this coming", "this upcoming", "coming", "upcoming"):
            days = delta if delta > 0 else delta + 7
        else:
            days = delta + 7 * self.shifts[word]
        day = ref + timedelta(days=days)
        return DateValue(
            day, day, "day", True, _iso_duration({"D": abs(days)}, days), _sign_direction(days)
        )

    def _weekday_in_week(self, word: str, weekday_word: str, ref: date) -> DateValue | None:
        shift = self.shifts.get(word, 0) if word != "this" else 0
        days = self.weekdays[weekday_word] - ref.weekday() + 7 * shift
        day = ref + timedelta(days=days)
        return DateValue(
            day, day, "day", True, _iso_duration({"D": abs(days)}, days), _sign_direction(days)
        )

    def _weekday_of_week(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        return self._weekday_in_week(m.group(1), m.group(2), ref)

    def _weekday_of_week_reversed(
        self, m: re.Match[str], ref: date, prefer: Prefer
    ) -> DateValue | None:
        return self._weekday_in_week(m.group(2), m.group(1), ref)

    def _holiday_date(self, name: str, year: int) -> date | None:
        if name in self.easter:
            return _easter(year) + timedelta(days=self.easter[name])
        if name in self.weekday_holidays:
            month, weekday, nth, days_after = self.weekday_holidays[name]
            return _nth_weekday(year, month, weekday, nth) + timedelta(days=days_after)
        month, day = self.holidays[name]
        return date(year, month, day) if _valid_day(year, month, day) else None

    def _holiday(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        return self._holiday_in(m.group(1), m.group(2), ref, prefer)

    def _holiday_in(
        self, name: str, year: str | None, ref: date, prefer: Prefer
    ) -> DateValue | None:
        """A holiday in a stated year, else its nearest occurrence on the preferred side."""
        if year:
            day = self._holiday_date(name, int(year))
            return DateValue(day, day, "day") if day else None
        candidates = [self._holiday_date(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
        days = [d for d in candidates if d is not None]
        day = (
            max(d for d in days if d <= ref)
            if prefer == "past"
            else min(d for d in days if d >= ref)
        )
        return DateValue(day, day, "day", True)

    def _holiday_weekend(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        """A holiday with the weekend beside it: "Labor Day weekend" is Saturday to Monday,
        "Thanksgiving weekend" Thursday to Sunday."""
        year = next((g for g in m.groups()[1:] if g), None)
        day = self._holiday_in(m.group(1), year, ref, prefer)
        if day is None or day.start is None:
            return None
        holiday = day.start
        # Monday and Tuesday holidays take the weekend before, the others the one after.
        if holiday.weekday() <= 1:
            saturday = holiday - timedelta(days=holiday.weekday() + 2)
        else:
            saturday = holiday + timedelta(days=5 - holiday.weekday())
        start, end = min(holiday, saturday), max(holiday, saturday + timedelta(days=1))
        return DateValue(start, end, "weekend", day.relative)

    def _shifted_holiday(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        shift, name = self.shifts[m.group(1)], m.group(2)
        if shift == 0:
            day = self._holiday_date(name, ref.year)
        else:
            days = [self._holiday_date(name, y) for y in range(ref.year - 2, ref.year + 3)]
            if shift < 0:
                day = max((d for d in days if d and d < ref), default=None)
            else:
                day = min((d for d in days if d and d > ref), default=None)
        return DateValue(day, day, "day", True) if day else None

    def _compact(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        digits = m.group(1)
        year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:])
        if not 1900 <= year <= 2099 or not _valid_day(year, month, day):
            return None
        when = date(year, month, day)
        return DateValue(when, when, "day")

    def _shifted_calendar(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        """A calendar date moved by a word: "next March", "this 5/12", "last December"."""
        shift = self.shifts[m.group(1)]
        cal = self._calendar(m.group(2))
        if cal is None or cal.year is not None or cal.month is None:
            return None
        if m.group(1) == "this":
            return self._resolve_calendar(replace(cal, year=ref.year), ref, prefer, relative=True)
        for years in range(0, 9):
            year = ref.year + shift * years if shift else ref.year
            value = self._resolve_calendar(replace(cal, year=year), ref, prefer, relative=True)
            if value is None or value.start is None or value.end is None:
                continue
            this_month = date(ref.year, ref.month, 1)
            if (shift > 0 and value.start > ref) or (shift < 0 and value.end < this_month):
                return value
        return None

    def _calendar_phrase(self, m: re.Match[str], ref: date, prefer: Prefer) -> DateValue | None:
        cal = self._calendar(m.group(1))
        if cal is None:
            return None
        return self._resolve_calendar(cal, ref, prefer)

    def _calendar(self, s: str, *, lone_day: bool = False) -> _Cal | None:
        """Year, month, day and weekday of a calendar date in any common order.

        A lone number is a day of the month only with a weekday ("Monday 21") or, with
        ``lone_day``, as the end of a range ("November 18-19").
        """
        day_range = r"\b\d{1,2}(?:st|nd|rd|th)?\s*-\s*\d{1,2}(?:st|nd|rd|th)?\b"
        if re.search(day_range, s) and re.search(rf"\b(?:{self.re_month})\b", s):
            return None  # "November 18-19" is a range of days
        tokens = [t for t in re.split(r"[\s/.\-]+", s.strip()) if t and t not in ("of", "in", "on")]
        if not tokens or len(tokens) > 5:
            return None
        year: int | None = None
        month: int | None = None
        weekday: int | None = None
        ordinals: list[int] = []
        numbers: list[str] = []
        order: list[str] = []
        for token in tokens:
            if token in self.months:
                if month is not None:
                    return None
                month = self.months[token]
                order.append("M")
            elif token in self.weekdays:
                if weekday is not None:
                    return None
                weekday = self.weekdays[token]
            elif re.fullmatch(r"\d{1,2}" + _ORD, token):
                ordinals.append(int(token[:-2]))
                order.append("D")
            elif re.fullmatch(r"\d{4}", token):
                if year is not None:
                    return None
                year = int(token)
                order.append("Y")
            elif re.fullmatch(r"'?\d{1,2}", token):
                numbers.append(token)
                order.append("N")
            else:
                return None
        if len(ordinals) > 1:
            return None
        day = ordinals[0] if ordinals else None
        if month is not None:
            for token in numbers:
                value = int(token.lstrip("'"))
                if day is None and value <= 31 and not token.startswith("'"):
                    day = value
                elif year is None:
                    year = self._full_year(token.lstrip("'"))
                else:
                    return None
        elif (
            len(numbers) == 1 and year is None and day is None and (lone_day or weekday is not None)
        ):
            if not numbers[0].isdigit() or not 1 <= int(numbers[0]) <= 31:
                return None
            day = int(numbers[0])
        elif numbers:
            numeric = self._numeric(order, numbers, year, day)
            if numeric is None:
                return None
            year, month, day = numeric
        if year is None and month is None and day is None:
            return _Cal(weekday=weekday) if weekday is not None else None
        if day is not None and month is not None and not _valid_day(year or 2000, month, day):
            return None
        if year is not None and month is None and day is not None:
            return None
        if year is not None and month is None and weekday is None and not numbers:
            return None  # a bare year is read by the year rule
        return _Cal(year, month, day, weekday)

    def _numeric(
        self, order: list[str], numbers: list[str], year: int | None, day: int | None
    ) -> tuple[int | None, int | None, int | None] | None:
        """All-number dates: 2025-03-03, 03/2025, 12/03/2025, 3/12, 12/12/30."""
        if day is not None or any(n.startswith("'") for n in numbers):
            return None
        values = [int(n) for n in numbers]
        shape = "".join(order)
        if shape == "YN" or shape == "NY":
            return (year, values[0], None) if 1 <= values[0] <= 12 else None
        if shape == "YNN":
            return year, values[0], values[1]
        if shape == "YNNN" or len(values) > 3:
            return None
        if shape in ("NNY", "NNN"):
            first, second = values[0], values[1]
            if shape == "NNN":
                year = self._full_year(numbers[2])
            day_, month = self._day_month(first, second)
            return year, month, day_
        if shape == "NN":
            day_, month = self._day_month(values[0], values[1])
            return None, month, day_
        return None

    def _day_month(self, first: int, second: int) -> tuple[int, int]:
        """(day, month) of two numbers in the table's order unless one is above 12."""
        if first > 12 >= second:
            return first, second
        if second > 12 >= first:
            return second, first
        return (first, second) if self.day_first else (second, first)

    def _resolve_calendar(
        self, cal: _Cal, ref: date, prefer: Prefer, *, relative: bool = False
    ) -> DateValue | None:
        year, month, day, weekday = cal.year, cal.month, cal.day, cal.weekday
        if year is not None and month is not None:
            if day is None:
                start, end = _months_span(year, month, 1)
                return DateValue(start, end, "month", relative)
            if not _valid_day(year, month, day):
                return None
            when = date(year, month, day)
            return DateValue(when, when, "day", relative)
        if year is not None:
            return None
        if month is not None and day is None:
            candidates = [_months_span(y, month, 1) for y in (ref.year - 1, ref.year, ref.year + 1)]
            if prefer == "past":
                start, end = max(c for c in candidates if c[0] <= ref)
            else:
                start, end = min(c for c in candidates if c[1] >= ref)
            return DateValue(start, end, "month", True)
        if month is not None and day is not None:
            # Eight years either side always hold a 29 February.
            days = [
                date(y, month, day)
                for y in range(ref.year - 8, ref.year + 9)
                if _valid_day(y, month, day)
            ]
            if prefer == "past":
                found = max((d for d in days if d <= ref), default=None)
            else:
                found = min((d for d in days if d >= ref), default=None)
            return DateValue(found, found, "day", True) if found else None
        if day is not None:
            return self._day_of_month(day, weekday, ref, prefer)
        if weekday is not None:
            delta = weekday - ref.weekday()
            if prefer == "past":
                days_ = delta if delta <= 0 else delta - 7
            else:
                days_ = delta if delta >= 0 else delta + 7
            when = ref + timedelta(days=days_)
            return DateValue(when, when, "day", True)
        return None

    def _day_of_month(
        self, day: int, weekday: int | None, ref: date, prefer: Prefer
    ) -> DateValue | None:
        """A day of an unnamed month ("the 18th", "Monday 21"): the nearest that fits."""
        step = -1 if prefer == "past" else 1
        first = date(ref.year, ref.month, 1)
        for months in range(0, 60):
            month_start = _add_months(first, step * months)
            if not _valid_day(month_start.year, month_start.month, day):
                continue
            when = date(month_start.year, month_start.month, day)
            if weekday is not None:
                if when.weekday() != weekday:
                    continue
                return DateValue(when, when, "day", True)
            if (prefer == "past" and when <= ref) or (prefer == "future" and when >= ref):
                return DateValue(when, when, "day", True)
        return None


@lru_cache(maxsize=1)
def default_parser() -> DateParser:
    """The parser over the packaged ``rules/dates.json``, built once."""
    return DateParser.from_rules()


@lru_cache(maxsize=2)
def _ordered_parser(order: Order) -> DateParser:
    return default_parser().with_order(order)


# Day, month and year (or month, day and year) of an all-number date.
_NUMERIC_DATE = re.compile(r"(?<![\d/.])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d|/\d)")


def numeric_order(texts: Iterable[str]) -> Order | None:
    """The order the unambiguous all-number dates among ``texts`` show, None when none do.

    "25/12/2024" shows day first, "12/25/2024" month first; "03/04/2024" shows nothing. A
    text that shows both orders shows none.
    """
    seen: set[Order] = set()
    for text in texts:
        for match in _NUMERIC_DATE.finditer(text):
            first, second = int(match.group(1)), int(match.group(3))
            if 12 < first <= 31 and 1 <= second <= 12:
                seen.add("dmy")
            elif 12 < second <= 31 and 1 <= first <= 12:
                seen.add("mdy")
    return seen.pop() if len(seen) == 1 else None


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


@lru_cache(maxsize=8)
def _fiscal_parser(parser: DateParser, month: int) -> DateParser:
    return parser.with_fiscal_start(month)


# A labelled fiscal year written as a pair of years: "fy2023-24", "fiscal 2023/24".
_FISCAL_PAIR = re.compile(r"(?:fy|fiscal(?: year)?|financial year)\s*'?\d{2,4}\s*[-/]\s*\d{2,4}")

# A phrase that says it is a fiscal period: "FY", "fiscal", "financial year" before digits.
_FISCAL_LABEL = re.compile(
    r"(?<![a-z])(?:\d{1,2}m|[hq][1-4]|[1-4][hq])?\s*(?:fy|fiscal(?:\s+year)?|financial\s+year)"
    r"\s*'?\d",
    re.IGNORECASE,
)


def is_fiscal_label(text: str) -> bool:
    """True when ``text`` says it is a fiscal period ("FY24", "Q3 FY25", "fiscal 2005")."""
    return bool(_FISCAL_LABEL.search(text))


def fiscal_label_problem(text: str) -> str | None:
    """Why ``text`` is a malformed fiscal period label ("FY 202324"), or None when it is no
    fiscal label or reads as one. A malformed label is reported, never guessed."""
    if not _FISCAL_LABEL.search(text) or parse_date(text) is not None:
        return None
    return f"malformed fiscal period label {text.strip()!r}"
