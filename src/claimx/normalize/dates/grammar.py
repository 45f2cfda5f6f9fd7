"""The grammar: anchored regular expressions over a normalized phrase, each with its rule,
tried in order; the first rule that returns a value wins.

Order matters, and the comments say where: a more specific shape comes before a general one
that would also match it ("2023-24" is a fiscal year before "2023" could be a year, "Q3 FY24"
before a calendar phrase), and the catch-all calendar phrase comes last but one. The word
alternatives come from the tables (:class:`~claimx.normalize.dates.tables.DateTables`).
"""

from __future__ import annotations

import re

from claimx.normalize.dates import (
    absolute,
    calendar_dates,
    durations,
    fiscal_periods,
    holidays,
    numeric,
    parts,
    relative,
)
from claimx.normalize.dates.calendar_dates import ORDINAL
from claimx.normalize.dates.tables import DateTables, Rule, alternation


def build_rules(t: DateTables) -> list[tuple[re.Pattern[str], Rule]]:
    """The grammar over the words of ``t``, in the order the rules are tried."""
    u, wd, sh = t.re_unit, t.re_weekday, t.re_shift
    count, vague_count, cal_unit = t.re_count, t.re_vague_count, t.re_cal_unit
    hol = alternation(set(t.holidays) | set(t.easter) | set(t.weekday_holidays))
    ordinal = ORDINAL
    mon = t.re_month
    rules: list[tuple[str, Rule]] = [
        # A weekday placed in another date's week first: "1st week of Oct on Friday".
        (rf"(.+?)\s+on\s+({wd})", calendar_dates.weekday_near_reversed),
        # Years, fiscal years, decades, centuries.
        (r"(\d{4})([-/])(\d{1,2}|\d{4})", fiscal_periods.year_pair),
        (
            r"(?:fy|fiscal(?: year)?|financial year)\s*'?(\d{2}|\d{4})"
            r"(?:\s*[-/]\s*(\d{2}|\d{4}))?",
            fiscal_periods.labelled_fiscal_year,
        ),
        (r"(?:cy|calendar year|year)\s*'?(\d{2}|\d{4})", absolute.labelled_year),
        (r"(\d{4})", absolute.year),
        (r"'(\d{2})", absolute.short_year),
        (r"'?(\d{1,3})0\s?'?s", absolute.decade),
        (r"(\d{1,2})" + ordinal + r" century", absolute.century),
        (rf"({alternation(t.decade_words)})", absolute.decade_word),
        # Days and units around the reference date.
        (rf"({alternation(t.rel_days)})", relative.relative_day),
        (rf"({u})\s*-?\s*to\s*-?\s*date|(ytd|mtd|qtd|wtd)", relative.to_date),
        (
            rf"(earlier|later)\s+(?:in\s+|on\s+)?(?:(this|{sh})\s+)?({u}|weekend)",
            relative.rest_of,
        ),
        (rf"({alternation(t.period_end_words)})", relative.year_end),
        # Parts, quarters and halves.
        (rf"({t.re_part})\b\s*-?\s*(.+)", parts.part),
        # "Q2 2024", "Quarter 2 2024", with a gloss of its months (brackets are gone by now):
        # "Quarter 2 (Apr to June) 2024".
        (
            rf"(?:q|quarter\s+)([1-4])[\s-]*(?:(?:{mon})\s*(?:-|to|through)\s*(?:{mon})\s+)?"
            r"(?:of\s+)?(.*)",
            parts.quarter,
        ),
        (r"(\d{4})\s*-?\s*q([1-4])", absolute.quarter_after_year),
        (r"([1-4])q\s*'?(\d{2}|\d{4})", absolute.quarter_short),
        (r"h([12])[\s-]*(?:of\s+)?(.*)", parts.half),
        (r"(\d{4})\s*-?\s*h([12])", absolute.half_after_year),
        (r"([12])h\s*'?(\d{2}|\d{4})", absolute.half_short),
        # Periods of a labelled fiscal year: "1HFY25", "9MFY25", "9M FY2025".
        (r"([12])h[\s-]*((?:fy|fiscal|financial year)\s*'?\d.*)", parts.half),
        (
            r"(\d{1,2})m[\s-]*((?:fy|fiscal|financial year)\s*'?\d.*|\d{4})",
            parts.first_months,
        ),
        (
            rf"(\d{{1,2}}){ordinal}\s*-?\s*(quarter|half|month|week|day)(?:\s+of)?(?:\s+(.+))?",
            parts.nth_of,
        ),
        (r"(last|final)\s+(quarter|half|month|week|day)\s+of\s+(.+)", parts.nth_of),
        (r"(final)\s+(quarter|half)()", parts.nth_of),
        (rf"(1st|last|final)\s+({count})\s+({u})\s+of\s+(.+)", parts.first_n_of),
        (r"week\s+(\d{1,2})(?:\s+of\s+(.+))?", parts.week_number),
        (
            r"(?:week\s+(?:of|beginning|starting|commencing)(?:\s+on)?|w/c)\s+(.+)",
            parts.week_containing,
        ),
        (rf"({count})\s+({u})\s+(?:{alternation(t.period_to)})\s+(.+)", parts.window_to),
        (rf"({u})\s+(?:{alternation(t.period_to)})\s+(.+)", parts.window_to_one),
        # Windows and shifted units.
        (rf"({sh})\s+({count})\s+({alternation(t.business_units)})", relative.business_days),
        (rf"(this|{sh})\s+({alternation(t.work_week_words)})", relative.work_week),
        (rf"({cal_unit})\s+(after next|before last)", relative.unit_after_next),
        (rf"({sh})\s+({count}|{vague_count})\s+({u})", relative.rolling),
        (rf"({count})\s+({sh})\s+({u})", relative.rolling_reversed),
        (rf"({alternation(t.vague_before)})\s+({u})", relative.vague_before),
        (rf"({u})\s+({alternation(t.vague_after)})", relative.vague_after),
        (
            rf"(?:(this|{sh})\s+)?({cal_unit}|decade|century|fortnight)",
            relative.shifted_unit,
        ),
        # Weekdays placed by a word.
        (rf"({sh}|this past|this coming|this upcoming)\s+({wd})", calendar_dates.shifted_weekday),
        (rf"(this|{sh})\s+week\s*-?\s*(?:on\s+)?({wd})", calendar_dates.weekday_of_week),
        (rf"({wd})\s+(?:of\s+)?(this|{sh})\s+week", calendar_dates.weekday_of_week_reversed),
        # Durations from a date.
        (
            r"(?:for\s+)?(.+?)\s+(?:starting|beginning|commencing)(?:\s+(?:from|on))?\s+(.+)",
            durations.window_from,
        ),
        (r"for\s+(.+?)\s+from\s+(.+)", durations.window_from),
        (
            rf"(.+?)'s\s+(\d{{1,2}}{ordinal}|last|final)\s+(quarter|half|month|week|day)",
            parts.possessive_nth,
        ),
        (r"in\s+(.+?)(?:\s*'s?\s+time)?", durations.in_duration),
        (r"within\s+(?:next\s+|coming\s+)?(.+)", durations.within),
        (rf"(.+?)(?:\s+|\s*-\s*)({alternation(t.suffixes)})", durations.duration_shift),
        (r"(.+?)\s+(from|after|before|since|following|prior to)\s+(.+)", durations.shift_from),
        # Holidays.
        (rf"({hol})(?:\s+(\d{{4}}))?", holidays.holiday),
        (rf"({sh})\s+({hol})", holidays.shifted_holiday),
        (rf"({hol})\s+(?:(\d{{4}})\s+)?weekend(?:\s+(\d{{4}}))?", holidays.holiday_weekend),
        (rf"weekend\s+of\s+({hol})(?:\s+(\d{{4}}))?", holidays.holiday_weekend),
        # Calendar dates: shifted, all-number, any common order; a weekday before a date last.
        (rf"({sh})\s+(.+)", calendar_dates.shifted_calendar),
        (r"(\d{8})", numeric.compact),
        (r"(.+)", calendar_dates.calendar_phrase),
        (rf"({wd})\s+(.+)", calendar_dates.weekday_near),
    ]
    return [(re.compile(pattern), rule) for pattern, rule in rules]
