"""rules/dates.jsonl, the shapes added after the accuracy benchmark: which spans they find.

Ranges between two dates of any shape, date arithmetic ("three weeks from tomorrow"), spelled
ordinal days and years, multi-word holidays, and the blockers that must leave dates alone. The
patterns run alone on a blank English tokenizer, keeping the longest of overlapping matches as
the pipeline does; every span they find must be read by parse_date, and the values below are
read against a fixed reference date. Sentences are written after business news.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from claimx.normalize.dates import parse_date

REF = date(2024, 3, 15)  # a Friday


def date_spans(nlp: Language, text: str) -> list[str]:
    """DATE spans as the pipeline (rules only) gives them, ranges joined."""
    return [ent.text for ent in nlp(text).ents if ent.label_ == "DATE"]


SHAPES = [
    # (sentence, expected spans, first and last day of the single span, or None)
    ("Output fell from 2011 to the end of 2013.", ["from 2011 to the end of 2013"],
     ("2011-01-01", "2013-12-31")),
    ("Prices were flat between March 2020 and today.", ["between March 2020 and today"],
     ("2020-03-01", "2024-03-15")),
    ("Talks ran Nov 3 2015-Jan 9 2016 in Geneva.", ["Nov 3 2015-Jan 9 2016"],
     ("2015-11-03", "2016-01-09")),
    ("The line is shut from next Monday to 3 June 2024.", ["from next Monday to 3 June 2024"],
     ("2024-03-18", "2024-06-03")),
    ("The fair runs 4 to 7 of May 2024.", ["4 to 7 of May 2024"], ("2024-05-04", "2024-05-07")),
    ("Trading halts from the fifth till the twelfth of April 2024.",
     ["from the fifth till the twelfth of April 2024"], ("2024-04-05", "2024-04-12")),
    ("Sales grew from 2019 q3 to 2020 q2.", ["from 2019 q3 to 2020 q2"],
     ("2019-07-01", "2020-06-30")),
    # a quarter by number, with a gloss of its months (statistics offices' style)
    ("Output rose 0.4% in Quarter 3 2023.", ["Quarter 3 2023"], ("2023-07-01", "2023-09-30")),
    ("Sales fell in quarter 1 of 2022.", ["quarter 1 of 2022"], ("2022-01-01", "2022-03-31")),
    ("Output rose in Quarter 4 (Oct to Dec) 2021.", ["Quarter 4 (Oct to Dec) 2021"],
     ("2021-10-01", "2021-12-31")),
    ("Exports grew in Q1 (January-March) 2020.", ["Q1 (January-March) 2020"],
     ("2020-01-01", "2020-03-31")),
    # date arithmetic
    ("The deal closes three weeks from tomorrow.", ["three weeks from tomorrow"],
     ("2024-04-06", "2024-04-06")),
    ("Shares fell 2 days before Christmas Day 2023.", ["2 days before Christmas Day 2023"],
     ("2023-12-23", "2023-12-23")),
    ("The offer runs for 3 days from Monday.", ["for 3 days from Monday"], None),
    # spelled days and years, days of a month, holidays
    ("It opened on the fourth of March 1998.", ["the fourth of March 1998"],
     ("1998-03-04", "1998-03-04")),
    ("The firm was founded in June nineteen seventy four.", ["June nineteen seventy four"],
     ("1974-06-01", "1974-06-30")),
    ("Rates are reset on the 10th day of next month.", ["the 10th day of next month"],
     ("2024-04-10", "2024-04-10")),
    ("Budgets are set per CY2023.", ["CY2023"], ("2023-01-01", "2023-12-31")),
    # what must stay apart: a weekday schedule, numbers without a month, a count after a month
    ("Shops open Monday to Friday.", ["Monday to Friday"], None),
    ("between 5 and 10 of the firms", [], None),
    ("In March two thousand workers marched.", ["March"], None),
    # all-number days without a year: a range, a leading zero, a weekday or shift word before
    ("Bookings are open from 10/14 to 11/2.", ["from 10/14 to 11/2"],
     ("2023-10-14", "2023-11-02")),
    ("The office closes 12/23-1/2, 2024.", ["12/23-1/2, 2024"], ("2023-12-23", "2024-01-02")),
    ("Return the form by 09/04.", ["09/04"], ("2023-09-04", "2023-09-04")),
    ("Pick-up is Friday 5/17 at noon.", ["Friday 5/17"], ("2023-05-17", "2023-05-17")),
    ("The sale ends next 4/30.", ["next 4/30"], ("2024-04-30", "2024-04-30")),
    ("Output rose from 1/3 to 1/2 of capacity.", [], None),
    ("The store runs 24/7 in all cities.", [], None),
    # a month name among numbers joined by hyphens or slashes
    ("Filings closed on 2023-sep-30.", ["2023-sep-30"], ("2023-09-30", "2023-09-30")),
    ("The note is dated 7/Feb/2022.", ["7/Feb/2022"], ("2022-02-07", "2022-02-07")),
    ("Growth was weak in the 1990 s in Japan.", ["the 1990 s"], ("1990-01-01", "1999-12-31")),
    # range ends that are no date span: now, a lone day of the month
    ("Growth has slowed between January 2023 and now.", ["between January 2023 and now"],
     ("2023-01-01", "2024-03-15")),
    ("The fair runs April 9th through 12th.", ["April 9th through 12th"],
     ("2023-04-09", "2023-04-12")),
    ("It was the busiest Easter to date.", ["Easter"], None),
    ("Stores grew from April 1 to thirty outlets.", ["April 1"], None),
    # a weekday in another date's week; two weekdays stay two dates
    ("Talks moved to Tuesday, two weeks from today.", ["Tuesday, two weeks from today"],
     ("2024-03-26", "2024-03-26")),
    ("The index fell 3 weeks after Christmas on Friday.",
     ["3 weeks after Christmas on Friday"], ("2025-01-17", "2025-01-17")),
    ("Stores open Monday, Wednesday and Friday.", ["Monday", "Wednesday", "Friday"], None),
    # "in two years" is a date about the future, a duration about the past
    ("The plant will reopen in six months.", ["in six months"], ("2024-09-01", "2024-09-30")),
    ("The board plans to list within 18 months.", ["within 18 months"],
     ("2024-03-15", "2025-09-14")),
    ("Repairs take place in three weeks' time.", ["in three weeks' time"],
     ("2024-04-05", "2024-04-05")),
    ("Revenue doubled in two years.", [], None),
    ("Analysts say it will be the first rise in two years.", [], None),
    # holidays, business days, "after next"; "may" the verb
    ("Shops expect record sales on Black Friday.", ["Black Friday"], ("2023-11-24", "2023-11-24")),
    ("Prices rose over the Memorial Day weekend 2023.", ["Memorial Day weekend 2023"],
     ("2023-05-27", "2023-05-29")),
    ("Mass was held at St Patrick's Cathedral.", [], None),
    ("Results are due the week after next.", ["the week after next"],
     ("2024-03-25", "2024-03-31")),
    ("Refunds arrive within the next 5 business days.", ["the next 5 business days"],
     ("2024-03-18", "2024-03-22")),
    ("Analysts said this may lift prices.", [], None),
    ("Works run from this May to October 2025.", ["from this May to October 2025"],
     ("2024-05-01", "2025-10-31")),
    ("The rate resets next 6th of April.", ["next 6th of April"], ("2024-04-06", "2024-04-06")),
    ("The series ends 11-2019 in the archive.", ["11-2019"], ("2019-11-01", "2019-11-30")),
]


@pytest.mark.parametrize(("text", "spans", "days"), SHAPES,
                         ids=[str(getattr(s, "values", s)[0]) for s in SHAPES])
def test_date_shapes(
    blank_nlp: Language, text: str, spans: list[str], days: tuple[str, str] | None
) -> None:
    found = date_spans(blank_nlp, text)
    assert found == spans
    for span in found:
        assert parse_date(span, REF) is not None, span
    if days is not None:
        (span,) = found
        value = parse_date(span, REF)
        assert value is not None
        assert (value.start, value.end) == tuple(date.fromisoformat(d) for d in days)


def test_dotted_month_before_a_day_is_no_name(blank_nlp: Language) -> None:
    """AP style "Jan. 5" is a date, not a name with a number ("Windows 10")."""
    doc = blank_nlp("The treaty was signed on Jan. 5, 2004 in Paris.")
    assert [e.text for e in doc.ents if e.label_ == "DATE"] == ["Jan. 5, 2004"]
