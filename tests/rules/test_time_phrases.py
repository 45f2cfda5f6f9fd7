"""The time phrases of rules/dates.jsonl that place a figure at the time of the report ("on
the day", "in morning trade", "at 0950 GMT", "so far", "to date", "since its release", "for
the rest of the year", "currently"), as the pipeline keeps them: the patterns, then the
words of rules/frame.json ``date_time_phrases`` that say where such a phrase is no date.

Sentences are written after BBC business and entertainment stories; each row lists every
date span the rules-only pipeline keeps.
"""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from claimx.normalize.dates import parse_date


def date_spans(nlp: Language, text: str) -> list[str]:
    return [span.text for span in nlp(text).ents if span.label_ == "DATE"]


FOUND = [
    ("Shares in Umbro were up 1.76% at 115.5 pence in morning trade.", ["in morning trade"]),
    ("Oil fell 2% in early trading.", ["in early trading"]),
    ("The dollar was buying 104.76 yen at 0950 GMT, 0.5% stronger on the day.",
     ["at 0950 GMT", "on the day"]),
    ("The index stood at 4,500 at 10:30 BST.", ["at 10:30 BST"]),
    ("Brent crude rose, adding $1.89 to $48.62 at the close.", ["at the close"]),
    ("The shares ended 3% higher at the close of trading.", ["at the close of trading"]),
    ("The Aviator has taken $75m (£40m) so far.", ["so far"]),
    ("Sales have risen 5% so far this year.", ["so far this year"]),
    ("The firm has earned $3m to date.", ["to date"]),
    ("The game has sold 6.23 million copies since its release.", ["since its release"]),
    ("Rates would remain at 4.75% for the rest of the year.", ["for the rest of the year"]),
    ("The proportion was currently at 62%.", ["currently"]),
    ("At present 40% of homes have broadband.", ["At present"]),
    ("Right now, Mexico accounts for about 50% of listeners.", ["Right now"]),
    ("Crude fell 32 cents in early trading on Tuesday.", ["in early trading on Tuesday"]),
    # "to date" after a date ends that date's range.
    ("Sales from March to date were $5m.", ["from March to date"]),
    # A date after "since the start of" joins it; an event that is no date stays outside.
    ("Output is little changed since the start of the 1990s.",
     ["since the start of the 1990s"]),
    ("Searches rose 300% since the introduction of anti-terror laws.",
     ["since the introduction"]),
    # Months before the fiscal year that holds them join it.
    ("Exports in the July-April period of FY 24 fell.", ["the July-April period of FY 24"]),
    ("Exports for July-March FY25 rose 2%.", ["July-March FY25"]),
    # A holiday's year that a no-figure name ("Christmas 2004") holds whole is a date.
    ("The survey found Christmas 2004 was the worst for retailers.", ["Christmas 2004"]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t for t, _ in FOUND])
def test_time_phrase_spans(blank_nlp: Language, text: str, expected: list[str]) -> None:
    assert date_spans(blank_nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t for t, _ in FOUND])
def test_time_phrases_read_as_dates(blank_nlp: Language, text: str, expected: list[str]) -> None:
    for span in date_spans(blank_nlp, text):
        assert parse_date(span, date(2005, 2, 8)) is not None, span


NOT_FOUND = [
    # Idioms of "so far", "to date", "on the day", "at the moment", "at the close".
    "So far as I know, it sold 300 cars.",
    "The reforms went so far as to cut tax by £3bn.",
    "It is not so far from the 40% it reported.",
    "In so far as prices rose 2%, demand fell.",
    "The firm keeps its records up to date.",
    "Turnout on the day of the election was 40%.",
    "Markets fell 3% on the day that the bank collapsed.",
    "At the moment of impact, 12 people were on board.",
    "At the close of the deal, the firm paid $5m.",
    # A clock time without a time zone may be one to come; "now" alone is no date.
    "The show starts at 8pm and tickets cost £20.",
    "Now the firm employs 300 people.",
    # A song is no time.
    "Free had a global hit with All Right Now, before forming Bad Company.",
    # Sessions that are no trading session.
    "It rose 5% in the morning.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_a_time_phrase(blank_nlp: Language, text: str) -> None:
    assert date_spans(blank_nlp, text) == []
