"""Periods in reconciliation: fiscal years by holder, malformed labels, sub-periods and the
whole, and figures with an explicit period whatever the document's date."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import pytest

from claimx.reconcile import reconcile, reconcile_with_stats

Build = Callable[..., dict[str, Any]]
B = 1_000_000_000


def scoped(text: str, start: str | None, end: str | None, grain: str = "fiscal_year") -> dict[
    str, Any
]:
    """A claim's time as the extractor writes it (a July fiscal-year start by default)."""
    return {"claim_id": None, "text": text, "start": start, "end": end, "grain": grain,
            "relative": False, "offset": None}


FY24_JULY = scoped("FY24", "2023-07-01", "2024-06-30")
APRIL_TO_MARCH = scoped("April 2023 to March 2024", "2023-04-01", "2024-03-31", "range")


class Holder(NamedTuple):
    id: str
    entity: str
    compared: bool


HOLDERS = [
    Holder("india-april-march", "India", True),
    Holder("pakistan-july-june", "Pakistan", False),
    Holder("unknown-holder-keeps-the-extractor-reading", "Acme", False),
]


@pytest.mark.parametrize("case", HOLDERS, ids=[h.id for h in HOLDERS])
def test_a_fiscal_year_is_read_under_its_holder_s_fiscal_year(
    claim: Build, case: Holder
) -> None:
    found = reconcile([
        claim("a", "$4.6 billion", 4.6 * B, precision=1e8, entity=case.entity, time=FY24_JULY),
        claim("b", "$5.2 billion", 5.2 * B, precision=1e8, entity=case.entity,
              time=APRIL_TO_MARCH),
    ])
    assert bool(found) is case.compared


@pytest.mark.parametrize(("entity", "compared"), [
    ("Kenya", True),  # July to June
    ("South Africa", False),  # April to March
    ("Ruritania", False),  # no fiscal year known: its label only
])
def test_a_fiscal_label_without_months_is_read_under_its_country_s_year(
    claim: Build, entity: str, compared: bool
) -> None:
    # "the financial year 2024/25" of a holder the extractor knew no fiscal year for
    found = reconcile([
        claim("a", "Sh4.002 trillion", 4.002e12, precision=1e9, unit="KES", entity=entity,
              time=scoped("the financial year 2024/25", None, None)),
        claim("b", "Sh4.006 trillion", 4.006e12, precision=1e9, unit="KES", entity=entity,
              time=scoped("July 2024 to June 2025", "2024-07-01", "2025-06-30", "range")),
    ])
    assert bool(found) is compared


def test_a_fiscal_period_with_no_known_months_meets_only_its_own_label(claim: Build) -> None:
    # a company whose fiscal year no rule knows: the claims carry no start and end
    label = [
        claim("a", "$4.6 billion", 4.6 * B, precision=1e8, entity="Acme", time=scoped(
            "FY2020", None, None)),
        claim("b", "$5.2 billion", 5.2 * B, precision=1e8, entity="Acme", time=scoped(
            "fiscal 2020", None, None)),
    ]
    assert [f["type"] for f in reconcile(label)] == ["cross_document"]
    calendar = [label[0], claim("c", "$5.2 billion", 5.2 * B, precision=1e8, entity="Acme",
                                time=scoped("2020", "2020-01-01", "2020-12-31", "year"))]
    assert reconcile(calendar) == []


def test_a_malformed_fiscal_label_is_reported_not_compared(claim: Build) -> None:
    result = reconcile_with_stats([
        claim("a", "$4.6 billion", 4.6 * B, precision=1e8, time=scoped("FY 202324", None, None)),
        claim("b", "$5.2 billion", 5.2 * B, precision=1e8, time=scoped("FY 202324", None, None)),
    ])
    assert result.findings == []
    assert result.stats.malformed_periods == ("malformed fiscal period label 'FY 202324'",)
    assert "FY 202324" in result.stats.summary()


NINE_MONTHS = scoped("9MFY25", "2024-07-01", "2025-03-31", "months")
FY25 = scoped("FY25", "2024-07-01", "2025-06-30")


class Part(NamedTuple):
    id: str
    whole: float
    part: float
    expected: list[str]


PARTS = [
    Part("smaller-part-is-no-conflict", 3.1 * B, 2.3 * B, []),
    Part("whole-equal-to-a-part-is-a-mislabel", 2.3 * B, 2.3 * B, ["period_mislabel"]),
]


@pytest.mark.parametrize("case", PARTS, ids=[p.id for p in PARTS])
def test_a_sub_period_is_never_compared_with_the_whole(claim: Build, case: Part) -> None:
    found = reconcile([
        claim("a", f"${case.whole / B:.1f} billion", case.whole, precision=1e8, time=FY25),
        claim("b", f"${case.part / B:.1f} billion", case.part, precision=1e8, time=NINE_MONTHS),
    ])
    assert [f["type"] for f in found] == case.expected


@pytest.mark.parametrize("side", ["whole", "part"])
def test_a_period_taken_up_from_elsewhere_labels_no_figure(claim: Build, side: str) -> None:
    """A mislabel is of the label a report put on its figure: a period the figure took up
    from another sentence (or, without a parse, the nearest date) is none."""
    whole, part = dict(FY25), dict(NINE_MONTHS)
    (whole if side == "whole" else part)["inherited"] = True
    found = reconcile([
        claim("a", "$2.3 billion", 2.3 * B, precision=1e8, time=whole),
        claim("b", "$2.3 billion", 2.3 * B, precision=1e8, time=part),
    ])
    assert "period_mislabel" not in [f["type"] for f in found]


def test_equal_rates_for_a_quarter_and_its_year_are_no_mislabel(claim: Build) -> None:
    found = reconcile([
        claim("a", "0.3%", 0.3, kind="percent", unit=None, precision=0.1, time=FY25,
              metric="GDP"),
        claim("b", "0.3%", 0.3, kind="percent", unit=None, precision=0.1, time=NINE_MONTHS,
              metric="GDP"),
    ])
    assert found == []


def test_a_report_that_gives_both_periods_is_no_mislabel(claim: Build) -> None:
    found = reconcile([
        claim("a", "$2.3 billion", 2.3 * B, precision=1e8, time=FY25),
        claim("b", "$2.3 billion", 2.3 * B, precision=1e8, time=FY25),
        claim("b", "$2.3 billion", 2.3 * B, precision=1e8, time=NINE_MONTHS,
              sentence="In nine months: $2.3 billion.", sentence_start=100),
    ])
    assert "period_mislabel" not in [f["type"] for f in found]


def test_a_mislabel_names_both_figures_and_periods(claim: Build) -> None:
    found = reconcile([
        claim("a", "$2.3 billion", 2.3 * B, precision=1e8, time=FY25),
        claim("b", "$2.3 billion", 2.3 * B, precision=1e8, time=NINE_MONTHS),
    ])
    text = found[0]["explanation"]
    assert "FY25" in text and "9MFY25" in text and text.count("$2.3B") == 1


def test_an_explicit_period_is_compared_whatever_the_document_date(claim: Build) -> None:
    found = reconcile([
        claim("a", "$4.6 billion", 4.6 * B, precision=1e8, time=FY25),
        claim("b", "$5.2 billion", 5.2 * B, precision=1e8, time=FY25, doc_date="2026-01-05"),
    ])
    assert [f["type"] for f in found] == ["cross_document"]


def reported(text: str, start: str | None, end: str | None, grain: str) -> dict[str, Any]:
    """The time of a report ("so far", "on the day") as the extractor writes it: read
    against the document's date, unresolved (no days) without one."""
    return {"claim_id": None, "text": text, "start": start, "end": end, "grain": grain,
            "relative": True, "offset": "P0D"}


class Reported(NamedTuple):
    id: str
    a: tuple[dict[str, Any], str | None]  # the time and the document date of each side
    b: tuple[dict[str, Any], str | None]
    compared: bool


FEB_8, FEB_15 = "2005-02-08", "2005-02-15"
REPORTED = [
    Reported("so-far-in-reports-of-one-day-meet",
             (reported("so far", None, FEB_8, "days"), FEB_8),
             (reported("to date", None, FEB_8, "days"), FEB_8), True),
    Reported("so-far-a-week-apart-never-meet",
             (reported("so far", None, FEB_8, "days"), FEB_8),
             (reported("so far", None, FEB_15, "days"), FEB_15), False),
    Reported("so-far-never-meets-the-day-it-ends",
             (reported("so far", None, FEB_8, "days"), FEB_8),
             (reported("on the day", FEB_8, FEB_8, "day"), FEB_8), False),
    Reported("undated-so-far-never-meets-another-report",
             (reported("so far", None, None, "days"), None),
             (reported("so far", None, None, "days"), None), False),
]


@pytest.mark.parametrize("case", REPORTED, ids=[c.id for c in REPORTED])
def test_the_time_of_a_report_meets_only_the_same_time(claim: Build, case: Reported) -> None:
    found = reconcile([
        claim(doc, text, value, precision=1e6, entity="The Aviator", metric="box office",
              time=time, doc_date=doc_date)
        for doc, text, value, (time, doc_date) in (
            ("a", "$75m", 75e6, case.a), ("b", "$95m", 95e6, case.b)
        )
    ])
    assert bool(found) == case.compared
