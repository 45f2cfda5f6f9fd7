"""Findings between claims of one key: conflicts, pragmatic bounds, diverging projections.

Figures follow the seed articles (Pakistan IT exports) and BBC business phrasing; each test
states one behaviour.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimx.reconcile import reconcile

Build = Callable[..., dict[str, Any]]
B = 1_000_000_000


def types(found: list[dict[str, Any]]) -> list[str]:
    return [f["type"] for f in found]


def test_disjoint_figures_across_documents_conflict(claim: Build) -> None:
    found = reconcile([
        claim("a", "$4.6 billion", 4.6 * B, precision=1e8),
        claim("b", "$5.2 billion", 5.2 * B, precision=1e8),
    ])
    assert types(found) == ["cross_document"]
    assert found[0]["docs"] == ["a", "b"]
    assert found[0]["gap"]["absolute"] == 600_000_000
    assert found[0]["gap"]["relative"] == pytest.approx(0.1304, abs=1e-4)
    assert "$4.6B" in found[0]["explanation"] and "$5.2B" in found[0]["explanation"]


def test_disjoint_figures_in_one_document_conflict(claim: Build) -> None:
    found = reconcile([
        claim("a", "$4.6 billion", 4.6 * B, precision=1e8, sentence="It hit $4.6 billion."),
        claim("a", "$5.2 billion", 5.2 * B, precision=1e8, sentence="It hit $5.2 billion.",
              sentence_start=100),
    ])
    assert types(found) == ["within_document"]


def test_figures_many_times_apart_are_different_measures_not_a_conflict(claim: Build) -> None:
    found = reconcile([
        claim("a", "$17 million", 17_000_000, precision=1e6, metric="profit"),
        claim("b", "$204 million", 204_000_000, precision=1e6, metric="profit"),
    ])
    assert found == []


def test_one_document_needs_figures_closer_still_to_conflict(claim: Build) -> None:
    found = reconcile([
        claim("a", "$280 million", 280_000_000, precision=1e7, sentence="Profit: $280 million."),
        claim("a", "$450 million", 450_000_000, precision=1e7, sentence="Profit: $450 million.",
              sentence_start=100),
    ])
    assert found == []


def test_a_bound_far_below_a_figure_many_times_larger_is_not_at_odds(claim: Build) -> None:
    found = reconcile([
        claim("a", "more than 2,000 people", 2000, None, bound="lower", kind="quantity",
              unit="people", precision=1000, metric="people"),
        claim("b", "19 million people", 19_000_000, kind="quantity", unit="people",
              precision=1e6, metric="people"),
    ])
    assert found == []


def test_figures_within_rounding_do_not_conflict(claim: Build) -> None:
    found = reconcile([
        claim("a", "$4.6 billion", 4.6 * B, precision=1e8),
        claim("b", "$4.62 billion", 4.62 * B, precision=1e7),
    ])
    assert found == []


def test_hedge_makes_figures_compatible(claim: Build) -> None:
    found = reconcile([
        claim("a", "about $5 billion", 5 * B, bound="approx", precision=1e9),
        claim("b", "$5.9 billion", 5.9 * B, precision=1e8),
    ])
    assert found == []


def test_repeated_figure_is_one_value(claim: Build) -> None:
    found = reconcile([
        claim("a", "$4.6B", 4.6 * B, precision=1e8, sentence="Title $4.6B"),
        claim("a", "$4.6 billion", 4.6 * B, precision=1e8, sentence="Body $4.6 billion",
              sentence_start=50),
        claim("b", "$5.2 billion", 5.2 * B, precision=1e8),
    ])
    assert types(found) == ["cross_document"]
    assert len(found[0]["claims"]) == 3


def test_only_neighbouring_values_are_paired(claim: Build) -> None:
    figures = [claim(f"d{i}", f"${i} billion", i * B, precision=1e8) for i in range(1, 7)]
    found = reconcile(figures)
    assert len(found) == 5
    assert all(len(f["claims"]) == 2 for f in found)


@pytest.mark.parametrize(
    "other",
    [
        {"time": {"text": "2019", "start": "2019-01-01", "end": "2019-12-31", "grain": "year",
                  "relative": False, "offset": None, "claim_id": None}},
        {"modality": "projection"},
        {"modality": "historical"},
        {"modality": "hypothetical"},
        {"metric": "market cap"},
        {"entity": "India"},
        {"unit": "PKR"},
        {"per": "hour"},
        {"metric": None},
        {"entity": None},
        {"kind": "quantity", "unit": "IT graduates"},
    ],
    ids=["other-period", "projection", "historical", "hypothetical", "other-metric",
         "other-entity", "other-currency", "per-unit", "no-metric", "no-entity", "other-family"],
)
def test_claims_under_different_keys_are_not_compared(claim: Build,
                                                      other: dict[str, Any]) -> None:
    found = reconcile([
        claim("a", "$4.6 billion", 4.6 * B, precision=1e8),
        claim("b", "$1 billion", 1 * B, precision=1e8, **other),
    ])
    assert found == []


def test_same_year_scoped_figures_conflict(claim: Build, time_year: Any) -> None:
    found = reconcile([
        claim("a", "$2.1 billion", 2.1 * B, precision=1e8, time=time_year("2019", 2019)),
        claim("b", "$3 billion", 3 * B, precision=1e9, time=time_year("2019", 2019),
              modality="actual"),
    ])
    assert types(found) == ["cross_document"]
    assert "(2019)" in found[0]["explanation"]


@pytest.mark.parametrize(
    ("date_a", "date_b", "compared"),
    [
        ("2025-06-01", "2025-09-01", True),
        ("2023-01-01", "2025-06-01", False),
        (None, None, True),
        (None, "2025-06-01", True),
    ],
    ids=["months-apart", "years-apart", "both-undated", "one-undated"],
)
def test_current_figures_compare_only_between_close_document_dates(
    claim: Build, date_a: str | None, date_b: str | None, compared: bool
) -> None:
    found = reconcile([
        claim("a", "$4.6 billion", 4.6 * B, precision=1e8, doc_date=date_a),
        claim("b", "$3.2 billion", 3.2 * B, precision=1e8, doc_date=date_b),
    ])
    assert bool(found) is compared


def test_undated_report_meets_dated_ones_only_when_they_share_one_window(
    claim: Build,
) -> None:
    """Beside dated reports years apart, nothing says which one an undated report is of."""
    apart = reconcile([
        claim("a", "$4.6 billion", 4.6 * B, precision=1e8, doc_date="2020-01-01"),
        claim("b", "$4.6 billion", 4.6 * B, precision=1e8, doc_date="2025-01-01"),
        claim("c", "$3.2 billion", 3.2 * B, precision=1e8),
    ])
    assert apart == []


def test_undated_change_never_meets_a_dated_one(claim: Build) -> None:
    claims = [
        claim("a", "4.6%", 4.6, kind="percent", unit="percent", precision=0.1,
              doc_date="2025-01-01"),
        claim("b", "3.2%", 3.2, kind="percent", unit="percent", precision=0.1),
    ]
    assert reconcile(claims)  # two levels meet
    for one in claims:
        one["value"].update(facet="change", direction="up")
    assert reconcile(claims) == []  # two rises do not: nothing places the undated one


def test_lower_bound_far_below_a_figure_is_pragmatic(claim: Build) -> None:
    found = reconcile([
        claim("a", "$4.6 billion", 4.6 * B, precision=1e8),
        claim("b", "crossing the $2.5 billion mark", 2.5 * B, bound="lower", precision=1e8),
    ])
    assert types(found) == ["pragmatic"]
    assert found[0]["gap"]["relative"] == 0.84
    assert "compatible only as a lower bound" in found[0]["explanation"]


def test_lower_bound_near_a_figure_is_fine(claim: Build) -> None:
    found = reconcile([
        claim("a", "$3 billion", 3 * B, precision=1e8),
        claim("b", "more than $2.5 billion", 2.5 * B, bound="lower", precision=1e8),
    ])
    assert found == []


def test_lower_bound_above_a_figure_conflicts(claim: Build) -> None:
    found = reconcile([
        claim("a", "$2 billion", 2 * B, precision=1e8),
        claim("b", "over $2.5 billion", 2.5 * B, bound="lower", precision=1e8),
    ])
    assert types(found) == ["cross_document"]


def test_upper_bound_far_above_a_figure_is_pragmatic(claim: Build) -> None:
    found = reconcile([
        claim("a", "$4.6 billion", 4.6 * B, precision=1e8),
        claim("b", "under $10 billion", None, 10 * B, bound="upper", precision=1e9),
    ])
    assert types(found) == ["pragmatic"]
    assert "upper bound" in found[0]["explanation"]


def test_bound_supported_by_a_close_figure_is_not_pragmatic(claim: Build) -> None:
    found = reconcile([
        claim("a", "$4.6 billion", 4.6 * B, precision=1e8),
        claim("b", "crossing $2.5 billion", 2.5 * B, bound="lower", precision=1e8),
        claim("c", "$2.6 billion", 2.6 * B, precision=1e8),
    ])
    assert types(found) == ["cross_document"]


def test_two_open_bounds_are_never_at_odds(claim: Build) -> None:
    found = reconcile([
        claim("a", "over $1 billion", 1 * B, bound="lower", precision=1e9),
        claim("b", "over $9 billion", 9 * B, bound="lower", precision=1e9),
    ])
    assert found == []


def test_diverging_projection_and_target(claim: Build, time_year: Any,
                                         time_relative: Any) -> None:
    found = reconcile([
        claim("a", "$10 billion", 10 * B, precision=1e9, time=time_year("2030", 2030),
              modality="projection"),
        claim("b", "$25 billion", 25 * B, precision=1e9,
              time=time_relative("the next five years", "P5Y"), modality="target"),
    ])
    assert types(found) == ["divergent_projection"]
    assert found[0]["gap"]["relative"] == 1.5
    assert "2030" in found[0]["explanation"]
    assert "the next five years" in found[0]["explanation"]


def test_close_projections_do_not_diverge(claim: Build, time_year: Any) -> None:
    found = reconcile([
        claim("a", "$10 billion", 10 * B, precision=1e9, time=time_year("2030", 2030),
              modality="projection"),
        claim("b", "$12 billion", 12 * B, precision=1e9, time=time_year("2030", 2030),
              modality="target"),
    ])
    assert found == []


def test_projections_for_distant_horizons_are_not_compared(claim: Build,
                                                           time_year: Any) -> None:
    found = reconcile([
        claim("a", "$10 billion", 10 * B, precision=1e9, time=time_year("2030", 2030),
              modality="projection"),
        claim("b", "$50 billion", 50 * B, precision=1e9, time=time_year("2040", 2040),
              modality="projection"),
    ])
    assert found == []


def test_relative_horizon_resolves_with_document_date(claim: Build, time_year: Any,
                                                      time_relative: Any) -> None:
    far = reconcile([
        claim("a", "$10 billion", 10 * B, precision=1e9, time=time_year("2030", 2030),
              modality="projection", doc_date="2025-01-01"),
        claim("b", "$25 billion", 25 * B, precision=1e9, modality="target",
              time=time_relative("the next fifteen years", "P15Y"), doc_date="2025-01-01"),
    ])
    assert far == []


def _forward_growth(claim: Build, doc: str, text: str, value: float,
                    time: dict[str, Any] | None) -> dict[str, Any]:
    made = claim(doc, text, value, kind="percent", unit="percent", precision=0.1,
                 entity="Japan", metric="GDP", time=time, modality="projection")
    made["value"].update(facet="change", direction="up")
    return made


def test_forward_changes_of_different_periods_do_not_diverge(
    claim: Build, time_year: Any, time_relative: Any
) -> None:
    """BBC business/295 and business/322: growth "expected ... by 0.2% in 2004" is not the
    growth forecast "to slow to 1.6% in the next fiscal year" of an undated report."""
    apart = reconcile([
        _forward_growth(claim, "a", "0.2%", 0.2, time_year("2004", 2004)),
        _forward_growth(claim, "b", "1.6%", 1.6, time_relative("the next fiscal year", "P1Y")),
    ])
    assert apart == []
    same = reconcile([
        _forward_growth(claim, "a", "0.2%", 0.2, time_year("2005", 2005)),
        _forward_growth(claim, "b", "1.6%", 1.6, time_year("2005", 2005)),
    ])
    assert types(same) == ["divergent_projection"]
    unscoped = reconcile([
        _forward_growth(claim, "a", "0.2%", 0.2, time_year("2005", 2005)),
        _forward_growth(claim, "b", "1.6%", 1.6, None),
    ])
    assert types(unscoped) == ["divergent_projection"]


def test_projection_is_never_compared_with_an_actual(claim: Build, time_year: Any) -> None:
    found = reconcile([
        claim("a", "$4.6 billion", 4.6 * B, precision=1e8),
        claim("b", "$10 billion", 10 * B, precision=1e9, time=time_year("2030", 2030),
              modality="projection"),
    ])
    assert found == []


def test_figure_repeated_by_many_claims_is_listed_in_part(claim: Build, tables: Any) -> None:
    limit = tables.max_claims_per_value
    many = [claim(f"d{i:03d}", "$4.6 billion", 4.6 * B, precision=1e8)
            for i in range(limit + 5)]
    found = reconcile([*many, claim("z", "$5.2 billion", 5.2 * B, precision=1e8)])
    assert len(found) == 1
    assert len(found[0]["claims"]) == limit + 1
    assert len(found[0]["docs"]) == limit + 6
    assert found[0]["details"]["omitted_claims"] == 5


def test_projection_without_horizon_meets_every_horizon(claim: Build, time_year: Any) -> None:
    found = reconcile([
        claim("a", "$10 billion", 10 * B, precision=1e9, modality="projection",
              doc_date="2025-01-01"),
        claim("b", "$50 billion", 50 * B, precision=1e9, time=time_year("2040", 2040),
              modality="projection", doc_date="2025-01-01"),
    ])
    assert [f["type"] for f in found] == ["divergent_projection"]
    assert "no stated horizon" in found[0]["explanation"]


FOURTH_QUARTER = {"claim_id": None, "text": "the fourth quarter", "start": "2019-10-01",
                  "end": "2019-12-31", "grain": "quarter", "relative": False, "offset": None}


@pytest.mark.parametrize(("other", "diverge"), [
    pytest.param("year", False, id="the year's forecast"),
    pytest.param(None, False, id="a forecast naming no horizon"),
    pytest.param("quarter", True, id="the quarter's own forecast"),
])
def test_a_quarter_s_forecast_is_a_view_of_the_quarter_alone(
    claim: Build, time_year: Any, other: str | None, diverge: bool
) -> None:
    """Bangkok Post on Deutsche Bank: "the €1.6 billion loss in the fourth quarter was
    larger than analysts' mean forecast of €1 billion, leading the full-year result to miss
    expectations of a €5 billion loss"."""
    times = {"year": time_year("2019", 2019), "quarter": FOURTH_QUARTER, None: None}
    found = reconcile([
        claim("a", "€1 billion", 1 * B, unit="EUR", precision=1e9, modality="projection",
              time=FOURTH_QUARTER, doc_date="2020-01-31"),
        claim("b", "€5 billion", 5 * B, unit="EUR", precision=1e9, modality="projection",
              time=times[other], doc_date="2020-01-30"),
    ])
    assert bool(found) is diverge


def test_two_forward_figures_without_a_horizon_are_not_views_of_one_time(claim: Build) -> None:
    """An analysts' estimate for the quarter just reported ($506.9m) and one for the holiday
    quarter ahead ($985.1m), neither dated: no divergence."""
    found = reconcile([
        claim("a", "$506.9 million", 506.9e6, precision=1e5, modality="projection",
              doc_date="2016-11-02"),
        claim("b", "$985.1 million", 985.1e6, precision=1e5, modality="projection",
              doc_date="2016-11-02"),
    ])
    assert found == []


def test_two_forward_figures_of_one_sentence_are_a_path_not_a_divergence(claim: Build) -> None:
    """BBC business/120: "boost production from an expected 180,000 tonnes this year to
    600,000 tonnes by 2008"."""
    sentence = "The scheme aims to boost exports from an expected $180m this year to $600m."
    found = reconcile([
        claim("a", "$180m", 180_000_000, precision=1e6, modality="projection", sentence=sentence),
        claim("a", "$600m", 600_000_000, precision=1e6, modality="projection", sentence=sentence),
    ])
    assert found == []


@pytest.mark.parametrize(("converted", "dollars", "conflict"), [
    pytest.param(True, 10.74, False, id="one amount at two exchange rates"),
    pytest.param(False, 10.74, True, id="two reports of the dollar figure"),
    pytest.param(True, 9.5, True, id="a conversion further off than any rate"),
])
def test_a_conversion_is_apart_from_a_report_by_its_exchange_rate(
    claim: Build, converted: bool, dollars: float, conflict: bool
) -> None:
    """diwarta's "net profit was 11.69 trillion won ($10.82 billion)" against Firstpost's
    "a net profit of $10.74 billion": one amount, two exchange rates."""
    first = claim("a", "$10.82 billion", 10.82 * B, precision=1e7, entity="Samsung",
                  metric="net profit", sentence="Net profit was 11.69 trillion won "
                  "($10.82 billion).")
    if converted:
        first["converts"] = "a:0-10"
    text = f"${dollars} billion"
    second = claim("b", text, dollars * B, precision=1e7 if dollars * 100 % 10 else 1e8,
                   entity="Samsung", metric="net profit")
    assert bool(reconcile([first, second])) is conflict


@pytest.mark.parametrize(("sources", "conflict"), [
    pytest.param(("TurkStat", "general trade system"), False, id="two sources side by side"),
    pytest.param(("TurkStat", "TurkStat"), True, id="one source twice"),
    pytest.param(("TurkStat", None), True, id="one figure uncredited"),
])
def test_one_document_crediting_two_sources_does_not_contradict_itself(
    claim: Build, sources: tuple[str | None, str | None], conflict: bool
) -> None:
    """Anadolu Agency: "TurkStat reported that during 2019 ... imports fell 9.1% to stand at
    $202.7 billion" and "according to the general trade system, ... imports were $210.26
    billion"."""
    lines = []
    for (text, value, start), source in zip(
        (("$202.7 billion", 202.7, 0), ("$210.26 billion", 210.26, 200)), sources,
        strict=True,
    ):
        line = claim("a", text, value * B, precision=1e8 if value == 202.7 else 1e7,
                     entity="Turkey", metric="imports", sentence_start=start)
        line["subject"]["source"] = source
        lines.append(line)
    assert bool(reconcile(lines)) is conflict


@pytest.mark.parametrize(("sources", "found"), [
    pytest.param(("Honda", "Honda"), ["cross_document"], id="one forecaster told twice"),
    pytest.param(("Honda", "analysts"), [], id="two forecasters' views"),
    pytest.param((None, None), [], id="no forecaster named"),
])
def test_one_forecasters_figure_told_apart_is_a_conflict(
    claim: Build, time_year: Any, sources: tuple[str | None, str | None], found: list[str]
) -> None:
    """Reuters: "Honda Motor Co on Thursday forecast a 14.9% rise in operating profit for
    this business year"; CNA, corrected: "a 19.1 per cent rise"."""
    lines = []
    for doc, (text, value), source in zip(
        "ab", (("14.9%", 14.9), ("19.1 per cent", 19.1)), sources, strict=True
    ):
        line = claim(doc, text, value, kind="percent", unit="percent", precision=0.1,
                     entity="Honda", metric="operating profit", modality="projection",
                     time=time_year("2023", 2023), doc_date="2023-05-11")
        line["value"].update(facet="change", direction="up")
        line["subject"]["source"] = source
        lines.append(line)
    assert types(reconcile(lines)) == found


@pytest.mark.parametrize(("sources", "diverging"), [
    (("Bloomberg", "Reuters"), False),
    (("Bloomberg", "Bloomberg"), True),
    (("Bloomberg", None), True),
])
def test_two_forecasters_views_are_no_divergence(
    claim: Build, time_year: Any, sources: tuple[str | None, str | None], diverging: bool
) -> None:
    """"Analysts had expected a drop of 0.5 percent, according to Bloomberg" against
    "Analysts polled by Reuters had predicted a decline of 1.3%": two polls differ as a
    matter of course; one source's forecast told two ways, or an unnamed one, may not."""
    lines = [
        claim("a", "$10 billion", 10 * B, precision=1e9, time=time_year("2030", 2030),
              modality="projection"),
        claim("b", "$25 billion", 25 * B, precision=1e9, time=time_year("2030", 2030),
              modality="projection"),
    ]
    for line, source in zip(lines, sources, strict=True):
        line["subject"]["source"] = source
    assert (types(reconcile(lines)) == ["divergent_projection"]) is diverging


def test_a_historical_figure_of_a_stated_period_meets_an_actual_one(
    claim: Build, time_year: Any
) -> None:
    """"the previous record deficit of $20.62 billion in 1996": historical in a report dated
    years later, actual in an undated one; one past fact."""
    found = reconcile([
        claim("a", "$20.62 billion", 20.62 * B, precision=1e7, time=time_year("1996", 1996),
              modality="historical"),
        claim("b", "$24 billion", 24 * B, precision=1e9, time=time_year("1996", 1996)),
    ])
    assert types(found) == ["cross_document"]
