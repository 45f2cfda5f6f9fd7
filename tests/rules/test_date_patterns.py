"""rules/dates.jsonl: which spans of running text the DATE patterns find.

Runs the patterns alone on a blank English tokenizer, keeping the longest of overlapping
matches (as the pipeline does). Sentences are written after the seed articles and BBC business
news; each row lists every DATE span expected in it. Spans cover the date phrase itself, not a
preposition before it ("by 2030" -> "2030"); every span found must be readable by parse_date.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.util import filter_spans

from claimx.normalize.dates import parse_date
from claimx.rules_folder import RulesFolder


@pytest.fixture(scope="module")
def patterns() -> list[dict[str, Any]]:
    return RulesFolder.open(None).patterns(file="dates")


@pytest.fixture(scope="module")
def nlp(patterns: list[dict[str, Any]]) -> Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"validate": True})
    assert isinstance(ruler, SpanRuler)
    ruler.add_patterns(patterns)
    return nlp


def date_spans(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [span.text for span in filter_spans(doc.spans["ruler"])]


FOUND = [
    # Seed-article phrasing.
    ("reaching $10 billion in exports by 2030.", ["2030"]),
    ("just a decade ago, exports hovered around $1 billion", ["a decade ago"]),
    ("Over the past decade, the industry has evolved", ["the past decade"]),
    ("high in the last financial year and the government", ["the last financial year"]),
    ("$25 billion in IT exports over the next five years is ambitious", ["the next five years"]),
    ("exports projected to hit even higher in coming years", ["coming years"]),
    ("Fast-forward to today, and the sector has quadrupled", ["today"]),
    ("up from previous years", ["previous years"]),
    # Business-news phrasing.
    ("Profits rose in the three months to December.", ["the three months to December"]),
    ("sales in the three months to 31 December 2004", ["the three months to 31 December 2004"]),
    ("It produced 73.1 million tonnes for the three months to the end of June.",
     ["the three months to the end of June"]),
    ("The economy expanded by 4.2 per cent in 1Q 2024.", ["1Q 2024"]),
    ("SA's economy shrank by 0.6% in the three months to end-September.",
     ["the three months to end-September"]),
    ("up from $1.1bn a year earlier", ["a year earlier"]),
    ("the year-earlier period", ["the year-earlier period"]),
    ("down from the prior-year quarter", ["the prior-year quarter"]),
    ("a 2.5% gain in all of 2006", ["all of 2006"]),
    ("the trade deficit for all of last year", ["all of last year"]),
    ("said on Tuesday that it would", ["Tuesday"]),
    ("said last Wednesday", ["last Wednesday"]),
    ("in the third quarter of 2025 and Q4 2025", ["the third quarter of 2025", "Q4 2025"]),
    ("its fourth quarter results", ["fourth quarter"]),
    ("the first half of 2004", ["the first half of 2004"]),
    ("In the first semester of 2020, GDP fell 4.7%", ["the first semester of 2020"]),
    ("the Kingdom's GDP expanded by 5.7% in Q3/2021 vs Q2/2020", ["Q3/2021", "Q2/2020"]),
    ("the economy grew by 0.4 percent in January-to-March compared to the final quarter",
     ["January-to-March", "the final quarter"]),
    ("growth of 3% in H1 2025", ["H1 2025"]),
    ("by the end of 2025", ["the end of 2025"]),
    ("since the late 1990s", ["the late 1990s"]),
    ("in mid-2025 and early 2024", ["mid-2025", "early 2024"]),
    ("in mid-November", ["mid-November"]),
    ("its 2003 performance", ["2003"]),
    ("between 2014 and 2018", ["between 2014 and 2018"]),
    ("from 2010 to 2015", ["from 2010 to 2015"]),
    ("the 12 months to March 2005", ["the 12 months to March 2005"]),
    ("the year to March 2005", ["the year to March 2005"]),
    # the US order of a period's last day
    ("revenue in the year ended February 28, 2023, rose", ["the year ended February 28, 2023"]),
    ("revenue in the 53 weeks to February 4 rose", ["the 53 weeks to February 4"]),
    ("revenue in the year to March, analysts said", ["the year to March"]),
    ("earlier this month", ["earlier this month"]),
    ("later this year", ["later this year"]),
    ("in recent years", ["recent years"]),
    ("the next few months", ["the next few months"]),
    ("on 3 March 2025 and on March 4, 2025", ["3 March 2025", "March 4, 2025"]),
    ("published 2025-03-03", ["2025-03-03"]),
    ("the 1990s and the '80s", ["the 1990s", "the '80s"]),
    ("the 21st century", ["the 21st century"]),
    ("two days ago", ["two days ago"]),
    ("10 years ago", ["10 years ago"]),
    ("next month and last week", ["next month", "last week"]),
    ("yesterday and tomorrow", ["yesterday", "tomorrow"]),
    ("in December", ["December"]),
    ("in May 2024", ["May 2024"]),
    ("from May to October 2020", ["from May to October 2020"]),
    # Fiscal years.
    ("exports in FY24 rose", ["FY24"]),
    ("FY2024 and FY 2023-24", ["FY2024", "FY 2023-24"]),
    ("the 2023-24 budget", ["2023-24"]),
    ("the 2023/24 season", ["2023/24"]),
    ("fiscal 2024 results", ["fiscal 2024"]),
    ("the financial year 2019-20", ["the financial year 2019-20"]),
    ("Q3FY24 earnings", ["Q3FY24"]),
    ("exports in 9MFY25 rose", ["9MFY25"]),
    ("exports in the first nine months of FY2024 rose", ["the first nine months of FY2024"]),
    ("growth in the January-to-March quarter", ["the January-to-March quarter"]),
    ("sales in the April-June period fell", ["the April-June period"]),
    ("in the first six months of fiscal year 2025", ["the first six months of fiscal year 2025"]),
    ("1HFY25 profit", ["1HFY25"]),
    ("revenue in the December quarter rose", ["the December quarter"]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t for t, _ in FOUND])
def test_date_spans(nlp: Language, text: str, expected: list[str]) -> None:
    assert date_spans(nlp, text) == expected


NOT_FOUND = [
    # Frequencies and comparisons.
    "growing annually",
    "graduates entering the workforce each year",
    "$500 a year",
    "a 26.4% year-over-year increase",
    "up 5% year-on-year",
    # Numbers that are not years, and years glued into names, links and times.
    "certified to ISO 9001",
    "a Fortune 500 company",
    "(Internal Link: /top-tech-skills-2025)",
    "see https://example.com/reports/2025/03/",
    "sales_report-2002-10-09.xlsx",
    "meet at 9:00 am",
    "opens at 9am",
    "2,025 employees",
    "it may rise",
    "a march on the capital",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_not_a_date_span(nlp: Language, text: str) -> None:
    assert date_spans(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[t for t, _ in FOUND])
def test_every_span_found_is_readable(nlp: Language, text: str, expected: list[str]) -> None:
    for span in date_spans(nlp, text):
        assert parse_date(span, date(2025, 3, 15)) is not None, span


def test_every_line_is_a_date_pattern(patterns: list[dict[str, Any]]) -> None:
    assert patterns
    assert {p["label"] for p in patterns} == {"DATE"}
    assert all(p["id"].startswith("date-") for p in patterns)


def test_ids_are_unique(patterns: list[dict[str, Any]]) -> None:
    ids = [p["id"] for p in patterns]
    assert len(ids) == len(set(ids))


def test_patterns_use_only_tokenizer_attributes(patterns: list[dict[str, Any]]) -> None:
    allowed = {"TEXT", "ORTH", "LOWER", "REGEX", "LIKE_NUM", "IS_DIGIT", "SHAPE", "IS_ALPHA"}
    allowed |= {"OP", "IN", "IS_PUNCT", "IS_SPACE"}
    for pattern in patterns:
        for token in pattern["pattern"]:
            keys = set(token) | {k for v in token.values() if isinstance(v, dict) for k in v}
            assert keys <= allowed, (pattern["id"], keys - allowed)
