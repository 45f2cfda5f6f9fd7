"""Claim records: periods, facets and what makes a claim comparable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest

from claimx.reconcile import ReconcileTables, reconcile
from claimx.reconcile.records import iso_date, locate, parse_claim, shift

Build = Callable[..., dict[str, Any]]


def record(claim: dict[str, Any], tables: ReconcileTables) -> Any:
    parsed = parse_claim(claim, tables, locate(claim))
    assert parsed is not None
    return parsed


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2025-06-01", date(2025, 6, 1), id="iso-date"),
        pytest.param("2025-06-01T12:00:00", date(2025, 6, 1), id="datetime-keeps-its-day"),
        pytest.param("2025-06", None, id="too-short"),
        pytest.param("2025-02-30", None, id="no-such-day"),
        pytest.param(None, None, id="absent"),
        pytest.param(20250601, None, id="not-text"),
    ],
)
def test_iso_date_reads_a_record_date_or_gives_none(value: Any, expected: date | None) -> None:
    assert iso_date(value) == expected


def test_null_time_is_current(claim: Build, tables: ReconcileTables) -> None:
    assert record(claim("d", "$4.6 billion", 4.6e9), tables).period == "current"


def test_year_time_keys_by_year(claim: Build, time_year: Any, tables: ReconcileTables) -> None:
    r = record(claim("d", "$10 billion", 1e10, time=time_year("2030", 2030)), tables)
    assert (r.period, r.year) == ("Y2030", 2030)


@pytest.mark.parametrize(
    ("start", "end", "key"),
    [
        pytest.param("2024-03-01", "2025-03-31", "2024-04-01/2025-03-31", id="march-to-march"),
        pytest.param("2023-12-01", "2024-12-31", "Y2024", id="december-to-december"),
        pytest.param("2024-04-01", "2025-03-31", "2024-04-01/2025-03-31", id="twelve-months"),
        pytest.param("2024-03-01", "2024-03-31", "2024-03-01/2024-03-31", id="one-month"),
        pytest.param("2023-03-01", "2025-03-31", "2023-03-01/2025-03-31", id="two-years-on"),
    ],
)
def test_a_month_to_the_same_month_a_year_on_is_the_twelve_months_between(
    claim: Build, tables: ReconcileTables, start: str, end: str, key: str
) -> None:
    """"job growth between March 2024 and March 2025" compares two Marches: the twelve months
    to March 2025, as a report of "the 12 months to March 2025" keys them."""
    time = {"claim_id": None, "text": "between then and now", "start": start, "end": end,
            "grain": "month", "relative": False, "offset": None}
    assert record(claim("d", "911,000", 911000, time=time), tables).period == key


def test_relative_time_resolves_against_doc_date(
    claim: Build, time_relative: Any, tables: ReconcileTables
) -> None:
    r = record(claim("d", "$1 billion", 1e9, time=time_relative("a decade ago", "-P10Y"),
                     doc_date="2025-06-01"), tables)
    assert (r.period, r.year) == ("Y2015", 2015)


def test_unresolved_relative_time_keys_by_offset_and_text(
    claim: Build, time_relative: Any, tables: ReconcileTables
) -> None:
    r = record(claim("d", "$1 billion", 1e9, time=time_relative("Just a  Decade ago", "-P10Y")),
               tables)
    assert r.period == "rel:-P10Y:just a decade ago"
    assert r.year is None


def test_a_relative_period_needs_a_dated_document_to_meet_an_explicit_one(
    claim: Build, time_relative: Any, time_year: Any
) -> None:
    """"last year" in an undated article is no year: it meets only the same phrase of other
    undated articles (taken as of one time, like their current figures), never 2024."""
    last_year = time_relative("last year", "-P1Y")
    undated = reconcile([claim("a", "$4.6 billion", 4.6e9, precision=1e8, time=last_year),
                         claim("b", "$5.2 billion", 5.2e9, precision=1e8,
                               time=time_year("2024", 2024))])
    dated = reconcile([claim("a", "$4.6 billion", 4.6e9, precision=1e8, time=last_year,
                             doc_date="2025-03-01"),
                       claim("b", "$5.2 billion", 5.2e9, precision=1e8,
                             time=time_year("2024", 2024))])
    assert (undated, [f["type"] for f in dated]) == ([], ["cross_document"])


@pytest.mark.parametrize(
    ("duration", "expected"),
    [("-P10Y", date(2015, 6, 30)), ("P5Y", date(2030, 6, 30)), ("-P1M", date(2025, 5, 30)),
     ("P1Y2M10D", date(2026, 9, 9)), ("-P4M", date(2025, 2, 28))],
    ids=["decade-ago", "five-years-ahead", "month-clamped-day", "mixed", "to-february"],
)
def test_shift(duration: str, expected: date) -> None:
    assert shift(date(2025, 6, 30), duration) == expected


def test_unreadable_duration_is_none() -> None:
    assert shift(date(2025, 1, 1), "five years") is None


@pytest.mark.parametrize(
    ("sentence", "text", "kind", "facet"),
    [
        ("IT exports rose by $200 million last year.", "$200 million", "money", "change"),
        ("IT exports were up $200 million.", "$200 million", "money", "change"),
        ("IT exports reached $4.6 billion.", "$4.6 billion", "money", "level"),
        ("Exports grew 26.4% year-over-year.", "26.4%", "percent", "growth"),
        ("a 26.4% YoY increase", "26.4%", "percent", "growth"),
        ("IT exports are 10% of all exports.", "10%", "percent", "level"),
        ("Sales rose to $5bn, and 10% of it came from abroad.", "10%", "percent", "level"),
    ],
    ids=["by-amount", "up-amount", "level", "yoy-rate", "increase-rate", "share",
         "cue-of-earlier-figure-not-taken"],
)
def test_facet(
    sentence: str, text: str, kind: str, facet: str, claim: Build, tables: ReconcileTables
) -> None:
    c = claim("d", text, 1, kind=kind, unit="percent" if kind == "percent" else "USD",
              sentence=sentence)
    assert record(c, tables).facet == facet


@pytest.mark.parametrize(
    ("overrides", "comparable"),
    [
        ({}, True),
        ({"entity": None}, False),
        ({"metric": None}, False),
        ({"unit": None}, False),
        ({"kind": "percent", "unit": None}, True),
    ],
    ids=["full", "no-entity", "no-metric", "no-currency", "percent-without-unit"],
)
def test_has_subject(
    overrides: dict[str, Any], comparable: bool, claim: Build, tables: ReconcileTables
) -> None:
    assert record(claim("d", "$4.6 billion", 4.6e9, **overrides), tables).has_subject is comparable


@pytest.mark.parametrize("kind", ["date", "entity"])
def test_non_numeric_claims_are_not_records(kind: str, claim: Build,
                                            tables: ReconcileTables) -> None:
    assert parse_claim(claim("d", "2030", 2030, kind=kind), tables) is None


def test_claim_is_found_in_sentence_when_offsets_disagree(claim: Build) -> None:
    c = claim("d", "$5", 5, sentence="It cost $5.")
    c["sentence_start"] = None
    located = locate(c)
    assert located is not None
    assert located.sentence[located.rel_start : located.rel_end] == "$5"


def test_a_status_cue_after_a_comparison_is_the_compared_figure_s(
    claim: Callable[..., dict[str, Any]], tables: ReconcileTables
) -> None:
    """"contracted 13.0% in the period compared with a first estimate of a 12.4% decline":
    the revised figure is no first estimate; the one it is compared with is."""
    sentence = ("Italy's GDP contracted 13.0% in the period compared with a first estimate of "
                "a 12.4% decline.")
    status = {}
    for text, value in (("13.0%", 13.0), ("12.4%", 12.4)):
        line = claim("a", text, value, kind="percent", unit="percent", metric="GDP",
                     entity="Italy", sentence=sentence)
        record = parse_claim(line, tables, locate(line))
        assert record is not None
        status[text] = record.status
    assert status == {"13.0%": None, "12.4%": "provisional"}
