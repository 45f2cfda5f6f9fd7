"""Changes compared by their signed value, and revisions a document states itself.

Examples follow the reports these rules were written for: Japan's GDP for July-September 2004,
first given as 0.1% growth and revised to a 0.3% decline (BBC business/295 and 044), and UK
GDP for the first quarter of 2014, "0.7 per cent, down from 0.8 per cent" in one outlet where
another still gives 0.8% (the cross-source corpus's irishtimes and brecorder).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import pytest

from claimx.reconcile import reconcile

Build = Callable[..., dict[str, Any]]
M = 1_000_000
QUARTER = {"claim_id": None, "text": "between July and September", "start": "2004-07-01",
           "end": "2004-09-30", "grain": "range", "relative": False, "offset": None}
FIRST_QUARTER = {"claim_id": None, "text": "the first quarter", "start": "2014-01-01",
                 "end": "2014-03-31", "grain": "quarter", "relative": False, "offset": None}


def change(claim: Build, doc: str, text: str, value: float, direction: str | None,
           *, status: str | None = None, facet: str = "change", sentence: str | None = None,
           time: dict[str, Any] | None = None, **fields: Any) -> dict[str, Any]:
    """A percentage change of Japan's GDP with the claim frame's facet and direction."""
    line = claim(doc, text, value, kind="percent", unit=None, entity="Japan",
                 metric=fields.pop("metric", "GDP"),
                 precision=fields.pop("precision", 0.1), time=time or QUARTER,
                 sentence=sentence, **fields)
    line["value"].update(facet=facet, direction=direction)
    if status is not None:
        line["status"] = status
    return line


def types(found: list[dict[str, Any]]) -> list[str]:
    return [f["type"] for f in found]


class Signed(NamedTuple):
    id: str
    first: tuple[str, float, str | None, str | None]
    second: tuple[str, float, str | None, str | None]
    expected: list[str]


SIGNED = [
    Signed("rise-revised-to-a-fall", ("0.1%", 0.1, "up", "provisional"),
           ("0.3%", 0.3, "down", "revised"), ["revision"]),
    Signed("rise-against-a-fall-uncued", ("0.1%", 0.1, "up", None),
           ("0.3%", 0.3, "down", None), ["cross_document"]),
    Signed("two-falls-disagree", ("2.1%", 2.1, "down", None), ("2.9%", 2.9, "down", None),
           ["cross_document"]),
    Signed("two-falls-agree", ("0.5%", 0.5, "down", None), ("0.5 per cent", 0.5, "down", None),
           []),
    Signed("a-fall-written-negative-is-kept", ("-0.5%", -0.5, "up", None),
           ("0.5%", 0.5, "down", None), []),
    # Near zero, two reports' rise and fall are one change told twice however many times
    # apart their sizes ("shrunk ... by 0.1 per cent" against "a revised growth of 0.35 per
    # cent", conflicts.max_sign_flip_points); farther apart, two things.
    Signed("rise-and-fall-near-zero-sizes-far-apart", ("0.1%", 0.1, "down", None),
           ("0.35%", 0.35, "up", None), ["cross_document"]),
    Signed("rise-and-fall-sizes-far-apart", ("0.1%", 0.1, "up", None),
           ("3.5%", 3.5, "down", None), []),
    Signed("undirected-change-meets-no-fall", ("0.1%", 0.1, None, None),
           ("0.3%", 0.3, "down", None), []),
    # A rise and a fall of like size are two things unless the sign slipped.
    Signed("rise-and-fall-of-like-size-far-apart", ("15.9%", 15.9, "up", None),
           ("12.4%", 12.4, "down", "provisional"), []),
    Signed("rise-and-fall-of-one-size-a-slipped-sign", ("8.9%", 8.9, "up", None),
           ("8.89%", 8.89, "down", None), ["cross_document"]),
]


@pytest.mark.parametrize("case", SIGNED, ids=[c.id for c in SIGNED])
def test_changes_are_compared_by_their_signed_value(claim: Build, case: Signed) -> None:
    found = reconcile([
        change(claim, doc, text, value, direction, status=status)
        for doc, (text, value, direction, status) in zip("ab", (case.first, case.second),
                                                         strict=True)
    ])
    assert types(found) == case.expected


def test_a_signed_change_is_explained_as_a_rise_or_a_fall(claim: Build) -> None:
    found = reconcile([
        change(claim, "a", "0.1%", 0.1, "up", status="provisional"),
        change(claim, "b", "0.3%", 0.3, "down", status="revised"),
    ])
    text = found[0]["explanation"]
    assert "a says a rise of 0.1% while b says a fall of 0.3%" in text
    assert "a rise of 0.1% is the provisional one, a fall of 0.3% the revised figure" in text


def test_a_rise_against_a_fall_gives_its_gap_in_points(claim: Build) -> None:
    found = reconcile([
        change(claim, "a", "0.1%", 0.1, "up"),
        change(claim, "b", "0.3%", 0.3, "down"),
    ])
    assert found[0]["gap"]["absolute"] == pytest.approx(0.4)
    assert found[0]["gap"]["relative"] is None
    assert found[0]["explanation"].endswith("a gap of 0.4 percentage points")


def test_two_falls_keep_their_gap_relative_to_the_smaller(claim: Build) -> None:
    found = reconcile([
        change(claim, "a", "2.1%", 2.1, "down"),
        change(claim, "b", "2.9%", 2.9, "down"),
    ])
    assert found[0]["gap"]["relative"] == pytest.approx(0.8 / 2.1, abs=1e-4)
    assert [v["low"] for v in found[0]["values"]] == [pytest.approx(-2.15),
                                                      pytest.approx(-2.95)]
    # read as a reader reads two percentages: points apart, not a share of the smaller
    assert found[0]["explanation"].endswith("a gap of 0.8 percentage points")


def test_a_fall_below_a_bound_on_its_size_is_pragmatic(claim: Build) -> None:
    found = reconcile([
        change(claim, "a", "more than 5%", 5, "down", bound="lower", precision=1,
               sentence="Output fell more than 5%."),
        change(claim, "b", "9%", 9, "down", precision=1),
    ])
    assert types(found) == ["pragmatic"]
    assert "a fall of more than 5%" in found[0]["explanation"]


def test_two_falls_a_thousand_times_apart_are_a_scale_slip(claim: Build) -> None:
    found = reconcile([
        claim(doc, text, value, precision=precision, entity="Shell", metric="profit",
              time=QUARTER) | {"value": {"low": value, "high": value, "bound": "exact",
                                         "unit": "USD", "per": None, "precision": precision,
                                         "facet": "change", "direction": "down"}}
        for doc, text, value, precision in (("a", "$2.59m", 2.59 * M, 0.01 * M),
                                            ("b", "$2.6bn", 2600 * M, 100 * M))
    ])
    assert types(found) == ["scale_slip"]


class Apart(NamedTuple):
    id: str
    status: str | None
    expected: list[str]


APART = [
    Apart("unmarked-rise-and-fall-of-one-report", None, []),
    Apart("a-report-that-marks-a-revision", "provisional", ["revision"]),
]


@pytest.mark.parametrize("case", APART, ids=[c.id for c in APART])
def test_a_report_giving_a_rise_and_a_fall_tells_them_apart(claim: Build, case: Apart) -> None:
    found = reconcile([
        change(claim, "a", "4.6%", 4.6, "down", sentence="Exports fell 4.6% in 2023."),
        change(claim, "a", "5%", 5, "up", status=case.status, sentence_start=40, precision=1,
               sentence="Exports rose 5% from the year earlier."),
        change(claim, "b", "4.6 percent", 4.6, "down"),
    ])
    assert types(found) == case.expected


class Earlier(NamedTuple):
    id: str
    said: tuple[str, float, str, str | None, dict[str, Any]]
    expected: str


EARLIER = [
    Earlier("baseline-down-from", ("0.8 per cent", 0.8, "baseline", None, FIRST_QUARTER),
            "revision"),
    Earlier("provisional-figure-of-another-facet",
            ("0.8 per cent", 0.8, "level", "provisional", FIRST_QUARTER), "revision"),
    Earlier("baseline-that-disagrees", ("0.6 per cent", 0.6, "baseline", None, FIRST_QUARTER),
            "cross_document"),
    Earlier("baseline-of-another-period",
            ("0.8 per cent", 0.8, "baseline", None,
             {**FIRST_QUARTER, "start": "2013-10-01", "end": "2013-12-31"}),
            "cross_document"),
]


@pytest.mark.parametrize("case", EARLIER, ids=[c.id for c in EARLIER])
def test_a_report_giving_the_other_figure_as_its_earlier_one_is_the_revision(
    claim: Build, case: Earlier
) -> None:
    sentence = "First quarter growth was 0.7 per cent, down from 0.8 per cent."
    text, value, facet, status, time = case.said
    found = reconcile([
        change(claim, "brecorder", "0.8 percent", 0.8, "up", time=FIRST_QUARTER),
        change(claim, "irishtimes", "0.7 per cent", 0.7, "up", time=FIRST_QUARTER,
               sentence=sentence),
        change(claim, "irishtimes", text, value, None, facet=facet, status=status, time=time,
               sentence=sentence.replace("0.8 per cent", text)),
    ])
    assert types(found) == [case.expected]


def test_an_earlier_figure_revision_names_its_evidence(claim: Build) -> None:
    sentence = "First quarter growth was 0.7 per cent, down from 0.8 per cent."
    found = reconcile([
        change(claim, "brecorder", "0.8 percent", 0.8, "up", time=FIRST_QUARTER),
        change(claim, "irishtimes", "0.7 per cent", 0.7, "up", time=FIRST_QUARTER,
               sentence=sentence),
        change(claim, "irishtimes", "0.8 per cent", 0.8, None, facet="baseline",
               time=FIRST_QUARTER, sentence=sentence),
    ])
    finding = found[0]
    assert finding["details"]["evidence"] == "earlier_figure"
    assert finding["details"]["first"] == ["brecorder:0-11"]
    assert finding["details"]["earlier_figures"] == ["irishtimes:49-61"]
    assert ("a rise of 0.8% is the earlier figure, a rise of 0.7% the revised one "
            "(irishtimes gives 0.8% as its earlier figure)") in finding["explanation"]


def test_both_reports_giving_the_other_as_earlier_decide_nothing(claim: Build) -> None:
    found = reconcile([
        change(claim, "a", "0.8%", 0.8, "up", time=FIRST_QUARTER,
               sentence="Growth was 0.8%, up from 0.7%."),
        change(claim, "a", "0.7%", 0.7, None, facet="baseline", time=FIRST_QUARTER,
               sentence="Growth was 0.8%, up from 0.7%."),
        change(claim, "b", "0.7%", 0.7, "up", time=FIRST_QUARTER,
               sentence="Growth was 0.7%, down from 0.8%."),
        change(claim, "b", "0.8%", 0.8, None, facet="baseline", time=FIRST_QUARTER,
               sentence="Growth was 0.7%, down from 0.8%."),
    ])
    changes = [f for f in found if f["claims"] == ["a:11-15", "b:11-15"]]
    assert types(changes) == ["cross_document"]


@pytest.mark.parametrize(
    ("second", "expected"),
    [(("1%", 1, "down"), ["divergent_projection"]), (("2.1%", 2.1, "up"), [])],
    ids=["growth-against-contraction", "two-alike"],
)
def test_forecasts_of_a_rise_and_a_fall_diverge(
    claim: Build, second: tuple[str, float, str], expected: list[str]
) -> None:
    year = {"claim_id": None, "text": "2005", "start": "2005-01-01", "end": "2005-12-31",
            "grain": "year", "relative": False, "offset": None}
    text, value, direction = second
    found = reconcile([
        change(claim, "a", "2%", 2, "up", time=year, modality="projection", precision=1),
        change(claim, "b", text, value, direction, time=year, modality="projection",
               precision=1 if value == 1 else 0.1),
    ])
    assert types(found) == expected


def test_a_forecast_rise_and_fall_are_explained_by_their_signs(claim: Build) -> None:
    year = {"claim_id": None, "text": "2005", "start": "2005-01-01", "end": "2005-12-31",
            "grain": "year", "relative": False, "offset": None}
    found = reconcile([
        change(claim, "a", "2%", 2, "up", time=year, modality="projection", precision=1),
        change(claim, "b", "1%", 1, "down", time=year, modality="projection", precision=1),
    ])
    assert found[0]["explanation"].endswith(
        "a projects a rise of 2% (2005) while b projects a fall of 1% (2005); "
        "a gap of 3 percentage points"
    )


class OneReport(NamedTuple):
    id: str
    sentence: str
    expected: list[str]


ONE_REPORT = [
    # The revision cues mark 0.1% provisional and 0.3% revised (rules/reconcile.json
    # revisions): two reports of one number, 3 times apart by size, within the bar of two
    # documents' figures though not of one document's.
    OneReport("stated-revision", "A previous estimate of 0.1% growth between July and "
              "September was downgraded to a 0.3% decline.", ["revision"]),
    OneReport("unmarked-contrast-of-two-periods", "Growth of 0.1% between April and June "
              "turned to a 0.3% decline between July and September.", []),
]


@pytest.mark.parametrize("case", ONE_REPORT, ids=[c.id for c in ONE_REPORT])
def test_one_report_stating_a_revision_is_held_to_the_cross_document_bar(
    claim: Build, case: OneReport
) -> None:
    found = reconcile([
        change(claim, "044", "0.1%", 0.1, "up", sentence=case.sentence),
        change(claim, "044", "0.3%", 0.3, "down", sentence=case.sentence),
    ])
    assert types(found) == case.expected


Q3_2023 = {"claim_id": None, "text": "the third quarter", "start": "2023-07-01",
           "end": "2023-09-30", "grain": "quarter", "relative": False, "offset": None}
YEAR_2023 = {"claim_id": None, "text": "2023", "start": "2023-01-01", "end": "2023-12-31",
             "grain": "year", "relative": False, "offset": None}
ANNUALIZED = "Japan's economy shrank at an annualized pace of {} in the third quarter."
ON_THE_YEAR = "GDP fell {} year-on-year in the third quarter."


class Basis(NamedTuple):
    id: str
    annualized: tuple[str, float]
    on_the_year: tuple[str, float]
    time: dict[str, Any]
    expected: list[str]


BASES = [
    Basis("one-figure-two-bases", ("2.1%", 2.1), ("2.1%", 2.1), Q3_2023, ["period_mislabel"]),
    Basis("one-digit-is-too-common", ("0.5%", 0.5), ("0.5%", 0.5), Q3_2023, []),
    Basis("two-figures-two-bases", ("2.1%", 2.1), ("1.4%", 1.4), Q3_2023, []),
]


@pytest.mark.parametrize("case", BASES, ids=[c.id for c in BASES])
def test_one_figure_on_two_bases_is_a_likely_mislabel(claim: Build, case: Basis) -> None:
    """The annualized quarterly fall (2.1%) given by another report as the fall on a year
    earlier: shepherdgazette against AP on Japan's third quarter of 2023."""
    text, value = case.annualized
    a = change(claim, "ap", text, value, "down", time=case.time,
               sentence=ANNUALIZED.format(text), metric="annualized GDP")
    text, value = case.on_the_year
    b = change(claim, "shepherd", text, value, "down", time=case.time,
               sentence=ON_THE_YEAR.format(text))
    found = reconcile([a, b])
    assert [f["type"] for f in found if f["type"] == "period_mislabel"] == case.expected


@pytest.mark.parametrize(
    ("stated", "metric", "expected"),
    [
        pytest.param("GDP fell {} year-on-year in the third quarter.", "GDP", [],
                     id="year-on-year against unstated: the headline basis left unsaid"),
        pytest.param("GDP fell {} in the third quarter.", "annualized GDP", [],
                     id="annualized against unstated: a basis reports leave unsaid"),
    ],
)
def test_a_figure_with_no_basis_stated_is_no_mislabel_of_an_unsaid_one(
    claim: Build, stated: str, metric: str, expected: list[str]
) -> None:
    a = change(claim, "a", "2.1%", 2.1, "down", time=Q3_2023,
               sentence=stated.format("2.1%"), metric=metric)
    b = change(claim, "b", "2.1%", 2.1, "down", time=Q3_2023,
               sentence="GDP fell {} in the third quarter.".format("2.1%"))
    found = reconcile([a, b])
    assert [f["type"] for f in found if f["type"] == "period_mislabel"] == expected


@pytest.mark.parametrize(("other", "expected"), [(4.6, []), (5.1, ["cross_document"])])
def test_a_year_s_change_with_no_basis_is_on_the_year_before(
    claim: Build, other: float, expected: list[str]
) -> None:
    """One key for a year's change with and without its basis said: the same figure agrees,
    another is a conflict."""
    a = change(claim, "cnn", "4.6%", 4.6, "down", time=YEAR_2023,
               sentence="Exports fell 4.6% in 2023.")
    b = change(claim, "scope", f"{other}%", other, "down", time=YEAR_2023,
               sentence=f"Exports fell {other}% year-on-year in 2023.")
    assert [f["type"] for f in reconcile([a, b])] == expected


def test_a_sentence_s_opening_phrase_qualifies_all_its_figures(claim: Build) -> None:
    """rttnews's calendar-adjusted 1.9% for 2022 never meets an unadjusted 1.8%."""
    adjusted = change(claim, "rtt", "1.9 percent", 1.9, "up", time=YEAR_2023,
                      sentence="On a calendar adjusted basis, GDP shrank 0.1 percent, in "
                               "contrast to the 1.9 percent expansion in 2022.")
    plain = change(claim, "sabah", "1.8%", 1.8, "up", time=YEAR_2023,
                   sentence="Germany had seen GDP growth of 1.8% in 2022.")
    assert reconcile([adjusted, plain]) == []


@pytest.mark.parametrize(
    ("basis", "expected"),
    [
        pytest.param("year-on-year", [], id="a change on a year earlier: apart"),
        pytest.param(None, ["cross_document"], id="two changes on the quarter before: one"),
    ],
)
def test_a_change_the_frame_dates_a_year_back_is_keyed_year_on_year(
    claim: Build, basis: str | None, expected: list[str]
) -> None:
    """brecorder's 3.2% "compared with the second quarter of 2013" (no year-on-year word
    near it) never meets another report's 2.7% on the previous quarter."""
    a = change(claim, "brecorder", "3.2%", 3.2, "up", time=Q3_2023,
               sentence="GDP grew by 3.2% in the third quarter compared with the third "
                        "quarter of 2022.")
    a["value"]["change_basis"] = basis
    b = change(claim, "other", "2.7%", 2.7, "up", time=Q3_2023,
               sentence="GDP grew by 2.7% in the third quarter.")
    assert types(reconcile([a, b])) == expected


def test_a_year_s_change_on_the_year_before_meets_one_that_leaves_it_unsaid(
    claim: Build,
) -> None:
    """"grew 1.6% in 2023 compared with 2022" and "grew 1.9% in 2023" are one figure."""
    a = change(claim, "one", "1.6%", 1.6, "up", time=YEAR_2023,
               sentence="GDP grew 1.6% in 2023 compared with 2022.")
    a["value"]["change_basis"] = "year-on-year"
    b = change(claim, "other", "1.9%", 1.9, "up", time=YEAR_2023,
               sentence="GDP grew 1.9% in 2023.")
    assert types(reconcile([a, b])) == ["cross_document"]


PEAK = "since 2008-01-01/2008-03-31"


@pytest.mark.parametrize(
    ("bases", "expected"),
    [
        pytest.param((PEAK, PEAK), ["cross_document"], id="one base: one figure"),
        pytest.param((PEAK, "since 2009-01-01/2009-03-31"), [], id="two bases: apart"),
        pytest.param((PEAK, None), [], id="a base of its own never meets a quarter's growth"),
    ],
)
def test_a_change_since_a_base_of_its_own_is_keyed_by_that_base(
    claim: Build, bases: tuple[str | None, str | None], expected: list[str]
) -> None:
    """"GDP is now 0.2% above its peak in the first quarter of 2008" is no growth rate of
    the quarter it is written in."""
    a = change(claim, "one", "0.4%", 0.4, "up", time=Q3_2023,
               sentence="GDP is now 0.4% above its peak in the first quarter of 2008.")
    b = change(claim, "other", "0.5%", 0.5, "up", time=Q3_2023,
               sentence="GDP is now 0.5% above its peak.")
    a["value"]["change_basis"], b["value"]["change_basis"] = bases
    assert types(reconcile([a, b])) == expected


def test_an_undated_change_since_a_base_meets_a_dated_one_as_a_level_does(
    claim: Build,
) -> None:
    """With no period, a change since a fixed base stands as of its report, as a level does:
    an undated report meets the dated ones when those share one window."""
    a = change(claim, "dated", "0.4%", 0.4, "up", time=None, doc_date="2014-07-25",
               sentence="GDP is now 0.4% above its peak in the first quarter of 2008.")
    a["time"] = None
    b = change(claim, "undated", "0.5%", 0.5, "up", sentence="GDP is now 0.5% above its peak.")
    b["time"] = None
    for line in (a, b):
        line["value"]["change_basis"] = PEAK
    assert types(reconcile([a, b])) == ["cross_document"]
    for line in (a, b):
        line["value"]["change_basis"] = None  # two rises with nothing to place them
    assert reconcile([a, b]) == []


def test_a_change_since_a_base_given_the_latest_period_stands_as_of_its_report(
    claim: Build,
) -> None:
    """The cross-source corpus's UK GDP against its 2008 peak: the Guardian's "now 0.2%
    above" got the quarter its report last names ("between April and June") as its period;
    that is only a guess at its "now", so it meets the undated Irish Times's revised "now
    2.7 per cent larger", 2.5 points and 13 times apart (conflicts.max_change_points)."""
    april_june = {"claim_id": None, "text": "between April and June", "start": "2014-04-01",
                  "end": "2014-06-30", "grain": "range", "relative": True, "offset": None,
                  "inherited": True}
    a = change(claim, "guardian", "0.2%", 0.2, "up", time=april_june, doc_date="2014-08-15",
               sentence="GDP is now 0.2% above its pre-recession peak in the first quarter "
               "of 2008.")
    b = change(claim, "irishtimes", "2.7 per cent", 2.7, "up", sentence="It means the "
               "economy is now 2.7 per cent larger than it was in the first quarter of 2008.")
    b["time"] = None
    for line in (a, b):
        line["value"]["change_basis"] = PEAK
    found = reconcile([a, b])
    assert types(found) == ["cross_document"]
    assert found[0]["explanation"].startswith("Japan GDP since Q1 2008:")
    own = dict(april_june, inherited=False)  # stated on the figure: that quarter's
    a["time"] = own
    assert reconcile([a, b]) == []


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        pytest.param(("0.2%", 0.2, "up"), ("2.7%", 2.7, "up"), ["cross_document"],
                     id="two rises 2.5 points apart"),
        pytest.param(("0.2%", 0.2, "up"), ("4.5%", 4.5, "up"), [],
                     id="two rises 4.3 points and 22 times apart"),
        pytest.param(("0.2%", 0.2, "down"), ("2.7%", 2.7, "up"), [],
                     id="a fall and a rise 2.9 points apart"),
    ],
)
def test_percentage_changes_near_zero_meet_by_points(
    claim: Build, first: tuple[str, float, str], second: tuple[str, float, str],
    expected: list[str],
) -> None:
    found = reconcile([change(claim, doc, text, value, direction)
                       for doc, (text, value, direction) in zip("ab", (first, second),
                                                                strict=True)])
    assert types(found) == expected


SECOND_QUARTER = {"claim_id": None, "text": "Quarter 2 2024", "start": "2024-04-01",
                  "end": "2024-06-30", "grain": "quarter", "relative": False, "offset": None}


def _release(claim: Build, revises: bool) -> list[dict[str, Any]]:
    """UK GDP for Q2 2024 on a year earlier: a first estimate's 0.9% against the quarterly
    national accounts' 0.7% (the cross-source corpus's yourmortgage and ons); the ons release
    revises the quarter's growth on the previous quarter, 0.6% to 0.5%, when ``revises``."""
    def growth(doc: str, text: str, value: float, sentence: str, *, status: str | None = None,
               on_a_year: bool = True, **fields: Any) -> dict[str, Any]:
        line = change(claim, doc, text, value, "up", status=status, time=SECOND_QUARTER,
                      sentence=sentence, **fields)
        line["subject"]["entity"] = "United Kingdom"
        line["value"]["change_basis"] = "year-on-year" if on_a_year else None
        return line

    lines = [
        growth("yourmortgage", "0.9%", 0.9, "GDP is estimated to have increased 0.9% in Q2 "
               "2024.", doc_date="2024-08-15"),
        growth("ons", "0.7%", 0.7, "Real GDP is estimated to have increased by 0.7% in "
               "Quarter 2 2024."),
    ]
    if revises:
        sentence = "GDP grew by 0.5% in Quarter 2 2024, revised down from 0.6%."
        lines += [
            growth("ons", "0.5%", 0.5, sentence, on_a_year=False, sentence_start=100),
            growth("ons", "0.6%", 0.6, sentence, status="provisional", on_a_year=False,
                   sentence_start=100),
        ]
    return lines


def test_a_release_that_revises_a_periods_figure_is_the_later_report_of_its_others(
    claim: Build,
) -> None:
    found = [f for f in reconcile(_release(claim, revises=True)) if "yourmortgage" in f["docs"]]
    assert types(found) == ["revision"]
    assert found[0]["details"]["evidence"] == "revising_release"
    assert "(ons revises the period's figures)" in found[0]["explanation"]
    # a release that revises nothing is no later report by itself
    assert types(reconcile(_release(claim, revises=False))) == ["cross_document"]


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        pytest.param(True, ["revision"], id="a report gives the other figure as its earlier one"),
        pytest.param(False, [], id="else too far apart to be one number"),
    ],
)
def test_an_earlier_figure_makes_figures_far_apart_one_number(
    claim: Build, said: bool, expected: list[str]
) -> None:
    sentence = ("GDP grew by 26.3 per cent in 2015 rather than the 7.8 per cent previously "
                "estimated.")
    records = [
        change(claim, "energia", "7.8%", 7.8, "up", time=FIRST_QUARTER),
        change(claim, "irishtimes", "26.3 per cent", 26.3, "up", time=FIRST_QUARTER,
               sentence=sentence),
    ]
    if said:
        records.append(change(claim, "irishtimes", "7.8 per cent", 7.8, None, facet="level",
                              status="provisional", time=FIRST_QUARTER, sentence=sentence))
    assert types(reconcile(records)) == expected


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # 0.9% a quarter is 3.65% a year: one fall told on two bases, neither stated
        pytest.param(("0.9%", 0.9, "down"), ("3.7%", 3.7, "down"), [], id="compounded-fall"),
        pytest.param(("0.5%", 0.5, "up"), ("2%", 2.0, "up"), [], id="compounded-rise"),
        # too far from four quarters compounded: two reports of one number disagree
        pytest.param(("0.9%", 0.9, "down"), ("2.5%", 2.5, "down"), ["divergent_projection"],
                     id="not-compounded"),
    ],
)
def test_a_quarter_s_rate_and_its_annualized_rate_are_one_change(
    claim: Build, first: tuple[str, float, str], second: tuple[str, float, str],
    expected: list[str],
) -> None:
    """thestrategist on Japan's fourth quarter of 2019: analysts "expected an average decline
    ... in the fourth quarter by 3.7%" (annualized) beside "the forecast of a decrease of
    0.9%" (on the quarter before)."""
    found = reconcile([
        change(claim, doc, text, value, direction, modality="projection")
        for doc, (text, value, direction) in (("a", first), ("b", second))
    ])
    assert types(found) == expected


def test_a_stated_basis_keeps_a_quarter_s_rates_compared(claim: Build) -> None:
    """Two reports that both say year-on-year mean one figure: 0.5% against 2.1% is no
    compounding of two bases."""
    found = reconcile([
        change(claim, "a", "0.5%", 0.5, "down", metric="GDP year-on-year"),
        change(claim, "b", "2.1%", 2.1, "down", metric="GDP year-on-year"),
    ])
    assert types(found) == ["cross_document"]
