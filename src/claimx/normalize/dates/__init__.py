"""Dates and periods as intervals of days: ``parse_date("the three months to December", ref)``.

Every date phrase becomes a :class:`DateValue`: the first and last day it covers (both
inclusive), the grain it was stated in, and for phrases read against the publication date
("last year", "a decade ago", "the next five years") the shift from that date as an ISO 8601
duration. Without a reference date a relative phrase keeps its offset but has no days.

The words live in ``rules/dates.json`` (month names, units, shift words, fiscal-year start,
vague phrases). The grammar is a list of anchored regular expressions over a normalized
phrase, tried in order; the parts of a phrase ("Q3" + "of next year", "the end of" + "2025",
range ends) are read by the same function, so each rule stays small.

The package, in the order a phrase meets it:

* ``values``: :class:`DateValue` and the words its fields take (grains, directions, parts).
* ``tables``: :class:`~claimx.normalize.dates.tables.DateTables`, the checked words of
  ``dates.json``, and the ``Reader`` a rule receives.
* ``words``: the phrase normalized (punctuation, number words as digits).
* ``parser``: :class:`DateParser` and :func:`parse_date`: an atom of the grammar, else a
  range, else an open interval.
* ``grammar``: the ordered rule table; its rules live by concern in ``absolute`` (years,
  decades, centuries), ``fiscal_periods`` (fiscal years), ``calendar_dates`` (days, months,
  weekdays), ``numeric`` (all-number dates), ``relative`` (words around the reference
  date), ``durations`` ("ago", "in", "within", "before"), ``parts`` (thirds, quarters,
  halves, weeks, windows "to" a date), ``holidays``, ``ranges`` (ranges and open
  intervals).
* ``arithmetic`` and ``periods``: calendar arithmetic and the calendar or fiscal period
  around a day, on plain dates.

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

from claimx.normalize.dates.numeric import numeric_order
from claimx.normalize.dates.parser import (
    DateParser,
    default_parser,
    fiscal_label_problem,
    is_fiscal_label,
    parse_date,
)
from claimx.normalize.dates.values import (
    GRAINS,
    DateValue,
    Direction,
    Grain,
    Order,
    Part,
    Prefer,
)

__all__ = [
    "GRAINS",
    "DateParser",
    "DateValue",
    "Direction",
    "Grain",
    "Order",
    "Part",
    "Prefer",
    "default_parser",
    "fiscal_label_problem",
    "is_fiscal_label",
    "numeric_order",
    "parse_date",
]
