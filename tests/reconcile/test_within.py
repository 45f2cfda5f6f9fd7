"""Within one document: stated differences and growth checked against the document's figures.

The arithmetic cases follow seed 000 ("rates 30-50% lower" and "$50-70 per hour ... compared
to $150+"); growth phrasing follows BBC business reports ("rose 20% to ... from ...").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from claimx.reconcile import reconcile
from tests.reconcile.conftest import year

Build = Callable[..., dict[str, Any]]
B = 1_000_000_000
RATES = "Firms offer services at rates {pct} {cue} than in Western countries."
PAIR = "A company might pay {a} per hour for a developer here, {join} {b} domestically."


def rates_doc(
    claim: Build,
    pct: str = "30-50%",
    pct_low: int = 30,
    pct_high: int = 50,
    cue: str = "lower",
    a: tuple[str, int, int | None, str] = ("$50-70", 50, 70, "range"),
    b: tuple[str, int, int | None, str] = ("$150+", 150, None, "lower"),
    join: str = "compared to",
    pair_paragraph: int = 2,
    b_unit: str = "USD",
) -> list[dict[str, Any]]:
    rates = RATES.format(pct=pct, cue=cue)
    pair = PAIR.format(a=a[0], b=b[0], join=join)
    return [
        claim("doc", pct, pct_low, pct_high, kind="percent", unit="percent", precision=1,
              bound="range" if pct_low != pct_high else "exact", metric="rates",
              sentence=rates, sentence_start=0, paragraph=0),
        claim("doc", f"{a[0]} per hour", a[1], a[2], bound=a[3], per="hour", precision=1,
              metric="rates", modality="hypothetical", sentence=pair.replace(
                  f"{a[0]} per hour", f"{a[0]} per hour"), sentence_start=500,
              paragraph=pair_paragraph),
        claim("doc", b[0], b[1], b[2], bound=b[3], precision=1, metric="rates",
              unit=b_unit, modality="hypothetical", sentence=pair, sentence_start=500,
              paragraph=pair_paragraph),
    ]


def test_stated_share_contradicted_by_own_figures(claim: Build) -> None:
    found = reconcile(rates_doc(claim))
    assert [f["type"] for f in found] == ["arithmetic"]
    assert found[0]["details"]["implied_from_stated"] == [53.3333, 100]
    assert "at least 53.3% lower" in found[0]["explanation"]
    assert found[0]["gap"]["absolute"] == 3.3333


def test_stated_share_that_fits_is_not_reported(claim: Build) -> None:
    assert reconcile(rates_doc(claim, pct="55-65%", pct_low=55, pct_high=65)) == []


def test_word_order_of_the_figures_does_not_matter(claim: Build) -> None:
    found = reconcile(rates_doc(claim, a=("$150", 150, 150, "exact"),
                                b=("$50-70", 50, 70, "range"), join="versus"))
    assert [f["type"] for f in found] == ["arithmetic"]


@pytest.mark.parametrize("join", ["compared to", "vs.", "versus", "than"])
def test_comparison_cues(claim: Build, join: str) -> None:
    assert len(reconcile(rates_doc(claim, join=join))) == 1


def test_figures_without_a_comparison_cue_are_not_used(claim: Build) -> None:
    assert reconcile(rates_doc(claim, join="and about")) == []


def test_two_figures_of_two_measures_are_no_compared_pair(claim: Build) -> None:
    """"net earnings ... were $13.6 billion, 56% higher than 2017, reflecting $4.6 billion of
    gains": the gain is no earlier level of the earnings."""
    lines = rates_doc(claim, join="than")
    lines[2]["subject"]["metric"] = "gain"
    assert reconcile(lines) == []


def test_a_per_unit_figure_against_a_total_is_no_compared_pair(claim: Build) -> None:
    """"787.6 cents per share compared to $8.76 billion": a figure borrows the other's
    per-unit only when the two are of a size; a total set beside a per-share figure is
    another measure."""
    assert len(reconcile(rates_doc(claim, b=("$150", 150, 150, "exact")))) == 1
    assert reconcile(rates_doc(claim, b=("$150bn", 150 * B, 150 * B, "exact"))) == []


@pytest.mark.parametrize(
    ("join", "expected"),
    [("than the", 1), ("higher than 2017, reflecting", 0), ("than in most big cities like", 0)],
)
def test_a_comparison_cue_stands_right_before_the_second_figure(
    claim: Build, join: str, expected: int
) -> None:
    """"$13.6 billion, 56% higher than 2017, reflecting $4.6 billion of gains" compares the
    earnings with a year, not with the gains: the cue must come at most a few words, none a
    number, before the second figure."""
    assert len(reconcile(rates_doc(claim, join=join))) == expected


def test_pair_too_many_paragraphs_away(claim: Build) -> None:
    assert reconcile(rates_doc(claim, pair_paragraph=5)) == []


def test_pair_in_other_currency_is_not_used(claim: Build) -> None:
    assert reconcile(rates_doc(claim, b_unit="EUR")) == []


def test_percent_without_comparative_is_not_checked(claim: Build) -> None:
    assert reconcile(rates_doc(claim, cue="of the time, not")) == []


def test_higher_cue(claim: Build) -> None:
    found = reconcile(rates_doc(claim, pct="200%", pct_low=200, pct_high=200, cue="more",
                                a=("$10", 10, 10, "exact"), b=("$50", 50, 50, "exact")))
    assert [f["type"] for f in found] == ["arithmetic"]
    assert found[0]["details"]["implied_from_stated"] == [400, 400]


def yoy_doc(claim: Build, rate: float, earlier: float) -> list[dict[str, Any]]:
    now = "IT exports rose to $4.6 billion, a 26.4% year-over-year increase."
    before = "Last year they stood at $X billion."
    return [
        claim("doc", "$4.6 billion", 4.6 * B, precision=1e8, sentence=now),
        claim("doc", "26.4%", rate, kind="percent", unit="percent", precision=0.1,
              sentence=now.replace("26.4", "26.4"), cues=("year-over-year", "increase")),
        claim("doc", f"${earlier} billion", earlier * B, precision=1e7,
              sentence=before.replace("X", str(earlier)), sentence_start=200, paragraph=1,
              modality="historical",
              time={"claim_id": None, "text": "last year", "start": None, "end": None,
                    "grain": "year", "relative": True, "offset": "-P1Y"}),
    ]


def test_year_on_year_rate_that_does_not_fit(claim: Build) -> None:
    found = reconcile(yoy_doc(claim, 26.4, 4.0))
    assert [f["type"] for f in found] == ["growth_mismatch"]
    assert found[0]["details"]["check"] == "year-on-year"


def test_year_on_year_rate_that_fits(claim: Build) -> None:
    assert reconcile(yoy_doc(claim, 26.4, 3.64)) == []


def test_year_on_year_rate_without_previous_year_is_not_checked(claim: Build) -> None:
    assert reconcile(yoy_doc(claim, 26.4, 4.0)[:2]) == []


@pytest.mark.parametrize(("rate", "reported"), [(20, True), (50, False)], ids=["wrong", "fits"])
def test_from_to_growth(claim: Build, rate: int, reported: bool) -> None:
    sentence = f"Sales rose {rate}% to $12 billion from $8 billion."
    found = reconcile([
        claim("doc", f"{rate}%", rate, kind="percent", unit="percent", precision=1,
              sentence=sentence, metric="sales"),
        claim("doc", "$12 billion", 12 * B, precision=1e9, sentence=sentence, metric="sales"),
        claim("doc", "$8 billion", 8 * B, precision=1e9, sentence=sentence, metric="sales"),
    ])
    assert [f["type"] for f in found] == (["growth_mismatch"] if reported else [])


@pytest.mark.parametrize(("earlier", "expected"), [(8000, "scale_slip"), (5000, "growth_mismatch")],
                         ids=["a level written without its million", "a wrong rate"])
def test_a_from_to_change_that_holds_with_a_level_scaled_is_a_scale_slip(
    claim: Build, earlier: int, expected: str
) -> None:
    sentence = f"Sales rose 50% to $12,000 million from ${earlier:,}."
    found = reconcile([
        claim("doc", "50%", 50, kind="percent", unit="percent", precision=1, sentence=sentence,
              metric="sales"),
        claim("doc", "$12,000 million", 12 * B, precision=1e6, sentence=sentence,
              metric="sales"),
        claim("doc", f"${earlier:,}", earlier, precision=1, sentence=sentence, metric="sales"),
    ])
    assert [f["type"] for f in found] == [expected]
    if expected == "scale_slip":
        assert found[0]["details"]["factor"] == 1_000_000
        assert "1,000,000 times larger" in found[0]["explanation"]


def test_from_to_decline(claim: Build) -> None:
    sentence = "Profits fell 10% to $6 billion from $8 billion."
    found = reconcile([
        claim("doc", "10%", 10, kind="percent", unit="percent", precision=1, sentence=sentence,
              metric="profit"),
        claim("doc", "$6 billion", 6 * B, precision=1e9, sentence=sentence, metric="profit"),
        claim("doc", "$8 billion", 8 * B, precision=1e9, sentence=sentence, metric="profit"),
    ])
    assert [f["type"] for f in found] == ["growth_mismatch"]
    assert "decline" in found[0]["explanation"]


FROM_TO = [
    ("money-from-to", "Sales rose 20% from $8 billion to $12 billion.", ["growth_mismatch"]),
    ("rate-to-from", "Revenue fell to 5.4% from 10.2% and it cut its debt to £160m from £610m.",
     []),
    ("rate-from-to", "Revenue fell from 10.2% to 5.4% and it cut its debt to £160m from £610m.",
     []),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in FROM_TO],
                         ids=[c[0] for c in FROM_TO])
def test_a_percent_in_a_from_to_pair_is_not_the_change_of_other_figures(
    claim: Build, sentence: str, expected: list[str]
) -> None:
    """BBC business/053: "slow a decline ... to 5.4% from 10.2% ... cut its debt back to
    £160m from £610m" is no 5.4% fall of the debt."""
    money = [m for m in ("$8 billion", "$12 billion", "£160m", "£610m") if m in sentence]
    values = {"$8 billion": 8 * B, "$12 billion": 12 * B, "£160m": 160e6, "£610m": 610e6}
    percents = [p for p in ("20%", "5.4%", "10.2%") if p in sentence]
    found = reconcile(
        [claim("doc", p, float(p[:-1]), kind="percent", unit="percent", precision=0.1,
               sentence=sentence, metric="sales") for p in percents]
        + [claim("doc", m, values[m], unit="USD" if m[0] == "$" else "GBP",
                 precision=values[m] / 10, sentence=sentence, metric="sales") for m in money]
    )
    assert [f["type"] for f in found] == expected


def multiple_doc(claim: Build, word: str, then: str, precision: float) -> list[dict[str, Any]]:
    past = f"A decade ago, exports hovered {then}."
    now = f"Today exports reached $4.6 billion; the sector has {word} in value."
    amount = 1 * B
    return [
        claim("doc", then, amount, bound="approx" if "around" in then else "exact",
              precision=precision, sentence=past, modality="historical",
              time={"claim_id": None, "text": "a decade ago", "start": None, "end": None,
                    "grain": "year", "relative": True, "offset": "-P10Y"}),
        claim("doc", "$4.6 billion", 4.6 * B, precision=1e8, sentence=now, sentence_start=100,
              paragraph=1),
    ]


def test_multiple_that_fits_is_not_reported(claim: Build) -> None:
    assert reconcile(multiple_doc(claim, "quadrupled", "around the $1 billion mark", 1e9)) == []


def test_multiple_that_does_not_fit(claim: Build) -> None:
    found = reconcile(multiple_doc(claim, "doubled", "$1.0 billion", 1e8))
    assert [f["type"] for f in found] == ["growth_mismatch"]
    assert found[0]["details"]["multiple"] == 2
    assert "x4.6" in found[0]["explanation"]


def record_doc(claim: Build, earlier_sentence: str | None) -> list[dict[str, Any]]:
    """A tripling and an earlier figure of its key, in its sentence or one of its own."""
    now = ("Operating profit more than tripled to HK$15.1 billion, surpassing the previous "
           "record of HK$14.1 billion in 2010.")
    then = earlier_sentence or now
    return [
        claim("doc", "HK$15.1 billion", 15.1 * B, unit="HKD", precision=1e8, sentence=now,
              sentence_start=100, metric="operating profit", entity="Cathay",
              cues=("tripled",)),
        claim("doc", "HK$14.1 billion", 14.1 * B, unit="HKD", precision=1e8, sentence=then,
              sentence_start=0 if earlier_sentence else 100, metric="operating profit",
              entity="Cathay", modality="historical", time=year("2010", 2010)),
    ]


def test_a_figure_compared_beside_a_multiple_is_not_its_base(claim: Build) -> None:
    assert reconcile(record_doc(claim, None)) == []
    apart = record_doc(claim, "Operating profit was HK$14.1 billion in 2010.")
    assert [f["type"] for f in reconcile(apart)] == ["growth_mismatch"]


NEXT = [
    ("wrong", "Sales saw a 60% decrease.", "They dropped from $10 billion to $2 billion.", 0,
     ["growth_mismatch"]),
    ("fits", "Sales saw an 80% decrease.", "They dropped from $10 billion to $2 billion.", 0, []),
    ("other-paragraph", "Sales saw a 60% decrease.", "They dropped from $10 billion to $2 billion.",
     1, []),
]


@pytest.mark.parametrize(("first", "second", "paragraph", "expected"), [c[1:] for c in NEXT],
                         ids=[c[0] for c in NEXT])
def test_a_stated_change_is_checked_against_the_levels_of_the_next_sentence(
    claim: Build, first: str, second: str, paragraph: int, expected: list[str]
) -> None:
    rate = first.split()[3]
    start = len(first) + 1
    found = reconcile([
        claim("doc", rate, float(rate[:-1]), kind="percent", unit="percent", precision=1,
              sentence=first, metric="sales"),
        claim("doc", "$10 billion", 10 * B, precision=1e9, sentence=second, metric="sales",
              sentence_start=start, paragraph=paragraph),
        claim("doc", "$2 billion", 2 * B, precision=1e9, sentence=second, metric="sales",
              sentence_start=start, paragraph=paragraph),
    ])
    assert [f["type"] for f in found] == expected
    if found:
        assert found[0]["details"]["check"] == "from-to, next sentence"


@pytest.mark.parametrize(("basis", "expected"), [("stated", ["growth_mismatch"]),
                                                  ("defaulted", [])],
                         ids=["metric found by the frame", "metric word found nearby"])
def test_the_next_sentences_levels_need_a_metric_the_frame_found(
    claim: Build, basis: str, expected: list[str]
) -> None:
    first, second = "Sales saw a 60% decrease.", "They dropped from $10 billion to $2 billion."
    records = [
        claim("doc", "60%", 60.0, kind="percent", unit="percent", precision=1,
              sentence=first, metric="sales"),
        claim("doc", "$10 billion", 10 * B, precision=1e9, sentence=second, metric="sales",
              sentence_start=len(first) + 1),
        claim("doc", "$2 billion", 2 * B, precision=1e9, sentence=second, metric="sales",
              sentence_start=len(first) + 1),
    ]
    records[0]["subject"]["basis"] = {"entity": "stated", "metric": basis, "time": None}
    assert [f["type"] for f in reconcile(records)] == expected


def test_a_fall_the_frame_read_is_checked_as_a_decline(claim: Build) -> None:
    # No cue word near the rate says it fell: the frame's direction does.
    sentence = "Underlying earnings were 19% to $68.5 billion from $84.3 billion."
    rate = claim("doc", "19%", 19, kind="percent", unit="percent", precision=1,
                 sentence=sentence, metric="earnings")
    rate["value"].update(facet="change", direction="down")
    found = reconcile([
        rate,
        claim("doc", "$68.5 billion", 68.5 * B, precision=1e8, sentence=sentence,
              metric="earnings"),
        claim("doc", "$84.3 billion", 84.3 * B, precision=1e8, sentence=sentence,
              metric="earnings"),
    ])
    assert found == []


def test_another_sentences_figures_need_a_metric_the_frame_found(claim: Build) -> None:
    """Claims that carry a frame: a percentage is checked against another sentence's
    figures only when the frame found the metric of both, not a word near the figure."""
    framed = []
    for record in rates_doc(claim):
        record["subject"]["basis"] = {"entity": "stated", "metric": "stated", "time": None}
        framed.append(record)
    assert [f["type"] for f in reconcile(framed)] == ["arithmetic"]
    framed[0]["subject"]["basis"]["metric"] = "defaulted"
    assert reconcile(framed) == []


def test_a_figure_is_never_its_own_year_earlier_level(claim: Build) -> None:
    """"Deutsche reported revenue of 23.2 billion euros, down 8 percent year-on-year", the
    period read as last year: the 23.2 billion is this figure and the one a year before at
    once, and implies no change of 0% that the 8% would contradict."""
    sentence = "Revenue was 23.2 billion euros last year, down 8 percent year-on-year."
    last_year = {"claim_id": None, "text": "last year", "start": None, "end": None,
                 "grain": "year", "relative": True, "offset": "-P1Y"}
    lines = [
        claim("doc", "23.2 billion euros", 23.2 * B, unit="EUR", precision=1e8,
              sentence=sentence, time=last_year),
        claim("doc", "8 percent", 8, kind="percent", unit="percent", precision=1,
              sentence=sentence, cues=("year-on-year", "down"), time=last_year),
    ]
    assert reconcile(lines) == []
