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
    reporting,
)
from claimx.normalize.dates.tables import DateTables, Rule, alternation, spaced


def build_rules(t: DateTables) -> list[tuple[re.Pattern[str], Rule]]:
    """The grammar over the words of ``t``, in the order the rules are tried."""
    u, wd, sh = t.re_unit, t.re_weekday, t.re_shift
    count, vague_count, cal_unit = t.re_count, t.re_vague_count, t.re_cal_unit
    hol = alternation(set(t.holidays) | set(t.easter) | set(t.weekday_holidays))
    ordinal, fiscal = t.re_ordinal, t.re_fiscal_label
    first = f"1{t.ordinal_suffix(1)}"  # "first", as the phrase spells it in digits
    g = t.grammar.alt
    this, of, on, week, last = g("this"), g("of"), g("weekday_links"), g("week"), g("last")
    weekend, units = g("weekend"), g("part_units")
    q, h, m = g("quarter_letters"), g("half_letters"), g("month_letters")
    mon, quarter_word, connector = t.re_month, g("quarter_words"), alternation(t.connectors)
    final_units = alternation(
        word for word, unit in t.grammar.part_units.items() if unit in ("quarter", "half")
    )
    since = alternation(w for w, kind in t.open_prefixes.items() if kind == "since")
    rules: list[tuple[str, Rule]] = [
        # The time of the report: "on the day", "at 0950 GMT", "in early trading on
        # Tuesday", "so far this year", "since its release", "the rest of the year"; before
        # a weekday is placed in another date's week ("trading on Tuesday" is that Tuesday).
        (
            # A leading word is read here ("at the close on friday"), before the first rule
            # below could place the weekday in the week of "at the close"; a clock time
            # needs its own "at" ("at 0950 gmt": a bare "9:00 am" is no date).
            rf"(?:(?:{alternation(t.leading)})\s+(?=\D))?"
            rf"(?:{spaced(alternation(t.reporting_day_words))}"
            rf"|(?:{alternation(t.clock_links)})\s+{reporting.CLOCK}\s*"
            rf"(?:{spaced(alternation(t.clock_zones))}))"
            rf"(?:\s+(?:{alternation(t.day_links)})\s+(?P<rest>.+))?",
            reporting.reporting_day,
        ),
        (
            rf"(?:{spaced(alternation(t.so_far_words))})(?:\s+(?:(?:{g('in')})\s+)?(?P<rest>.+))?",
            reporting.so_far,
        ),
        (
            rf"(?:{since})\s+(?:(?:{alternation(t.event_possessives)})\s+)?"
            rf"(?:{alternation(t.since_events)})",
            reporting.so_far,
        ),
        (
            rf"(?:{alternation(t.rest_words)})\s+(?:{of})\s+(?P<rest>.+)",
            reporting.rest_of_period,
        ),
        # A weekday placed in another date's week first: "1st week of Oct on Friday".
        (rf"(.+?)\s+(?:{on})\s+({wd})", calendar_dates.weekday_near_reversed),
        # Years, fiscal years, decades, centuries.
        (r"(\d{4})([-/])(\d{1,2}|\d{4})", fiscal_periods.year_pair),
        (
            rf"(?:{fiscal})\s*'?(\d{{2}}|\d{{4}})(?:\s*[-/]\s*(\d{{2}}|\d{{4}}))?",
            fiscal_periods.labelled_fiscal_year,
        ),
        (rf"(?:{t.re_calendar_year_label})\s*'?(\d{{2}}|\d{{4}})", absolute.labelled_year),
        (r"(\d{4})", absolute.year),
        (r"'(\d{2})", absolute.short_year),
        (rf"'?(\d{{1,3}})0\s?'?(?:{g('decade_suffixes')})", absolute.decade),
        (rf"(\d{{1,2}}){ordinal}\s+(?:{g('century_words')})", absolute.century),
        (rf"({alternation(t.decade_words)})", absolute.decade_word),
        # Days and units around the reference date.
        (rf"({alternation(t.rel_days)})", relative.relative_day),
        (
            rf"({u})\s*-?\s*(?:{g('to_date', hyphens=True)})|({t.re_to_date_abbreviation})",
            relative.to_date,
        ),
        (
            rf"({g('rest_of')})\s+(?:(?:{g('rest_of_links')})\s+)?(?:({this}|{sh})\s+)?"
            rf"({u}|{weekend})",
            relative.rest_of,
        ),
        (rf"({alternation(t.period_end_words)})", relative.year_end),
        # Parts, quarters and halves.
        (rf"({t.re_part})\b\s*-?\s*(.+)", parts.part),
        # "Q2 2024", "Quarter 2 2024", with a gloss of its months (brackets are gone by now):
        # "Quarter 2 (Apr to June) 2024".
        (
            rf"(?:{q}|(?:{quarter_word})\s+)([1-4])[\s/-]*"
            rf"(?:(?:{mon})\s*(?:{connector})\s*(?:{mon})\s+)?(?:(?:{of})\s+)?(.*)",
            parts.quarter,
        ),
        (rf"(\d{{4}})\s*-?\s*(?:{q})([1-4])", absolute.quarter_after_year),
        (rf"([1-4])(?:{q})\s*'?(\d{{2}}|\d{{4}})", absolute.quarter_short),
        (rf"(?:{h})([12])[\s/-]*(?:(?:{of})\s+)?(.*)", parts.half),
        (rf"(\d{{4}})\s*-?\s*(?:{h})([12])", absolute.half_after_year),
        (rf"([12])(?:{h})\s*'?(\d{{2}}|\d{{4}})", absolute.half_short),
        # A span of months named as a period: "the April-June quarter".
        (
            rf"({mon})\s*(?:{connector})\s*({mon})\s+(?:{g('period_nouns')})",
            parts.months_alone,
        ),
        # A quarter named by the month it ends with: "the December quarter", "the March
        # quarter of FY2012".
        (
            rf"({mon})\s+({quarter_word})(?:\s+(?:{of})\s+(.+))?",
            parts.month_quarter,
        ),
        # Months of a year that holds them: "July-April period of FY24", "July-March of
        # fiscal 2025", "March FY24".
        (
            rf"({mon})(?:\s*(?:{connector})\s*({mon}))?\s+(?:(?:{g('period_nouns')})\s+)?"
            rf"(?:(?:{of})\s+)?((?:{fiscal})\s*'?\d.*|\d{{4}}(?:\s*-\s*\d{{2,4}})?)",
            parts.months_of,
        ),
        # Periods of a labelled fiscal year: "1HFY25", "9MFY25", "9M FY2025".
        (rf"([12])(?:{h})[\s-]*((?:{fiscal})\s*'?\d.*)", parts.half),
        (rf"(\d{{1,2}})(?:{m})[\s-]*((?:{fiscal})\s*'?\d.*|\d{{4}})", parts.first_months),
        # "the fourth quarter ended February 28": a fiscal quarter, the one ending then
        (
            rf"\d{{1,2}}{ordinal}\s*-?\s*({u})\s+(?:{alternation(t.period_to)})\s+(.+)",
            parts.window_to_one,
        ),
        (
            rf"(\d{{1,2}}){ordinal}\s*-?\s*({units})(?:\s+(?:{of}))?(?:\s+(.+))?",
            parts.nth_of,
        ),
        (rf"({last})\s+({units})\s+(?:{of})\s+(.+)", parts.nth_of),
        (rf"({g('final_alone')})\s+({final_units})()", parts.nth_of),
        (rf"({first}|{last})\s+({count})\s+({u})\s+(?:{of})\s+(.+)", parts.first_n_of),
        (rf"(?:{week})\s+(\d{{1,2}})(?:\s+(?:{of})\s+(.+))?", parts.week_number),
        (
            rf"(?:(?:{week})\s+(?:{g('week_of')})(?:\s+(?:{on}))?|{g('week_abbreviations')})"
            rf"\s+(.+)",
            parts.week_containing,
        ),
        (rf"({count})\s+({u})\s+(?:{alternation(t.period_to)})\s+(.+)", parts.window_to),
        (rf"({u})\s+(?:{alternation(t.period_to)})\s+(.+)", parts.window_to_one),
        # Windows and shifted units.
        (rf"({sh})\s+({count})\s+({alternation(t.business_units)})", relative.business_days),
        (rf"({this}|{sh})\s+({alternation(t.work_week_words)})", relative.work_week),
        (rf"({cal_unit})\s+({g('unit_shifts')})", relative.unit_after_next),
        (rf"({sh})\s+({count}|{vague_count})\s+({u})", relative.rolling),
        (rf"({count})\s+({sh})\s+({u})", relative.rolling_reversed),
        (rf"({alternation(t.vague_before)})\s+({u})", relative.vague_before),
        (rf"({u})\s+({alternation(t.vague_after)})", relative.vague_after),
        (
            rf"(?:({this}|{sh})\s+)?({cal_unit}|{g('rolling_units')})",
            relative.shifted_unit,
        ),
        # Weekdays placed by a word.
        (rf"({sh}|{g('weekday_shifts')})\s+({wd})", calendar_dates.shifted_weekday),
        (
            rf"({this}|{sh})\s+(?:{week})\s*-?\s*(?:(?:{on})\s+)?({wd})",
            calendar_dates.weekday_of_week,
        ),
        (
            rf"({wd})\s+(?:(?:{of})\s+)?({this}|{sh})\s+(?:{week})",
            calendar_dates.weekday_of_week_reversed,
        ),
        # Durations from a date.
        (
            rf"(?:(?:{g('window_for')})\s+)?(.+?)\s+(?:{g('window_starts')})"
            rf"(?:\s+(?:{g('window_start_links')}))?\s+(.+)",
            durations.window_from,
        ),
        (
            rf"(?:{g('window_for')})\s+(.+?)\s+(?:{g('window_from')})\s+(.+)",
            durations.window_from,
        ),
        (
            rf"(.+?)(?:{g('possessives')})\s+(\d{{1,2}}{ordinal}|{last})\s+({units})",
            parts.possessive_nth,
        ),
        (rf"(?:{g('in')})\s+(.+?)(?:\s*'s?\s+(?:{g('time')}))?", durations.in_duration),
        (
            rf"(?:{g('within')})\s+(?:(?:{g('within_links')})\s+)?(.+)",
            durations.within,
        ),
        (rf"(.+?)(?:\s+|\s*-\s*)({alternation(t.suffixes)})", durations.duration_shift),
        # "all of 2006", "the whole of last year": the period itself
        (rf"(?:{g('whole_of')})\s+(.+)", parts.whole_of),
        # "the year-earlier period", "the prior-year quarter": the figure's own period
        # counted back, read as the shift alone ("a year earlier", "the prior year")
        (rf"(.+?)\s+(?:{g('period_nouns')})", parts.period_counted_back),
        (rf"(.+?)\s+({g('anchor_shifts')})\s+(.+)", durations.shift_from),
        # Holidays.
        (rf"({hol})(?:\s+(\d{{4}}))?", holidays.holiday),
        (rf"({sh})\s+({hol})", holidays.shifted_holiday),
        (
            rf"({hol})\s+(?:(\d{{4}})\s+)?(?:{weekend})(?:\s+(\d{{4}}))?",
            holidays.holiday_weekend,
        ),
        (rf"(?:{weekend})\s+(?:{of})\s+({hol})(?:\s+(\d{{4}}))?", holidays.holiday_weekend),
        # Calendar dates: shifted, all-number, any common order; a weekday before a date last.
        (rf"({sh})\s+(.+)", calendar_dates.shifted_calendar),
        (r"(\d{8})", numeric.compact),
        (r"(.+)", calendar_dates.calendar_phrase),
        (rf"({wd})\s+(.+)", calendar_dates.weekday_near),
    ]
    return [(re.compile(pattern), rule) for pattern, rule in rules]
