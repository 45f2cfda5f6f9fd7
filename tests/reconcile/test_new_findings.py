"""Revisions, scale slips and the confidence of every finding.

Figures follow the issue's cases: a GDP estimate and its revision, a year's exports given
as "$2.59 million" where other reports say about $2.6 billion, a part larger than its whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import pytest

from claimx.reconcile import reconcile

Build = Callable[..., dict[str, Any]]
B = 1_000_000_000
M = 1_000_000


def types(found: list[dict[str, Any]]) -> list[str]:
    return [f["type"] for f in found]


class Revision(NamedTuple):
    id: str
    first: str
    second: str
    status: tuple[str | None, str | None]
    expected: str


REVISIONS = [
    Revision("cue-provisional", "Provisional figures show growth of 0.5%.",
             "The economy grew 0.7% last quarter.", (None, None), "revision"),
    Revision("cue-revised", "The economy grew 0.5% last quarter.",
             "Growth was revised to 0.7%.", (None, None), "revision"),
    Revision("status-from-the-frame", "The economy grew 0.5% last quarter.",
             "The economy grew 0.7% last quarter.", ("provisional", "revised"), "revision"),
    Revision("restatement-is-a-measure-not-a-revision",
             "It restated its earnings by 0.5% last quarter.",
             "It restated its earnings by 0.7% last quarter.", (None, None), "cross_document"),
    Revision("no-cue-is-a-conflict", "The economy grew 0.5% last quarter.",
             "The economy grew 0.7% last quarter.", (None, None), "cross_document"),
]


@pytest.mark.parametrize("case", REVISIONS, ids=[r.id for r in REVISIONS])
def test_a_provisional_and_a_revised_figure_are_a_revision(
    claim: Build, case: Revision
) -> None:
    claims = []
    for doc, sentence, status in (("a", case.first, case.status[0]),
                                  ("b", case.second, case.status[1])):
        text = "0.5%" if "0.5%" in sentence else "0.7%"
        line = claim(doc, text, float(text[:-1]), kind="percent", unit=None, precision=0.1,
                     entity="UK", metric="GDP growth", sentence=sentence,
                     doc_date="2024-07-01")
        if status is not None:
            line["status"] = status
        claims.append(line)
    found = reconcile(claims)
    assert types(found) == [case.expected]


def test_a_revision_is_less_severe_than_a_conflict(claim: Build) -> None:
    revision = reconcile([
        claim("a", "0.5%", 0.5, kind="percent", unit=None, precision=0.1,
              sentence="Provisional figures put the share at 0.5%."),
        claim("b", "0.7%", 0.7, kind="percent", unit=None, precision=0.1),
    ])
    conflict = reconcile([
        claim("a", "0.5%", 0.5, kind="percent", unit=None, precision=0.1),
        claim("b", "0.7%", 0.7, kind="percent", unit=None, precision=0.1),
    ])
    assert revision[0]["severity"] < conflict[0]["severity"]


class Slip(NamedTuple):
    id: str
    small: str
    small_value: float
    small_precision: float
    large: str
    large_value: float
    large_precision: float
    expected: list[str]


SLIPS = [
    Slip("million-for-billion", "$2.59 million", 2.59 * M, 1e4, "$2.6 billion", 2.6 * B, 1e8,
         ["scale_slip"]),
    Slip("thousand-for-million", "$4,600", 4600, 100, "$4.6 million", 4.6 * M, 1e5,
         ["scale_slip"]),
    Slip("digits-disagree", "$1.7 million", 1.7 * M, 1e5, "$2.6 billion", 2.6 * B, 1e8, []),
    Slip("one-digit-agrees-by-chance", "$100", 100, 1, "$100,000", 100_000, 1000, []),
    Slip("not-a-power-of-a-thousand", "$2.6 million", 2.6 * M, 1e5, "$260 million", 260 * M,
         1e7, []),
    Slip("misplaced-decimal-point", "$20.1 billion", 20.1 * B, 1e8, "$201 billion", 201 * B,
         1e9, ["scale_slip"]),
    Slip("decimal-digits-near-but-not-the-same", "$668.5 million", 668.5 * M, 1e5,
         "$6.57 billion", 6.57 * B, 1e7, []),
    Slip("decimal-with-two-digits-only", "$2.6 million", 2.6 * M, 1e5, "$26 million", 26 * M,
         1e6, []),
]


@pytest.mark.parametrize("case", SLIPS, ids=[s.id for s in SLIPS])
def test_figures_a_thousandfold_apart_with_agreeing_digits_are_a_scale_slip(
    claim: Build, case: Slip
) -> None:
    found = reconcile([
        claim("a", case.small, case.small_value, precision=case.small_precision),
        claim("b", case.large, case.large_value, precision=case.large_precision),
    ])
    assert types(found) == case.expected


def test_an_open_bound_s_digits_are_read_as_written(claim: Build) -> None:
    """"just over €3.5 billion" against "€3.5m": a thousandfold slip of the digits 3.5."""
    found = reconcile([
        claim("a", "just over €3.5 billion", 3.5e9, None, bound="lower", unit="EUR",
              precision=1e8, metric="operating profit"),
        claim("b", "€3.5m", 3.5e6, unit="EUR", precision=1e5, metric="operating profit"),
    ])
    assert types(found) == ["scale_slip"]


class Part(NamedTuple):
    id: str
    sentence: str
    whole: str
    whole_value: int
    part: str
    part_value: int
    expected: list[str]


PARTS = [
    Part("part-larger-than-whole",
         "The budget of Rs 18 trillion, of which non-tax revenue is Rs 4,000 trillion, passed.",
         "Rs 18 trillion", 18 * 10**12, "Rs 4,000 trillion", 4000 * 10**12, ["scale_slip"]),
    Part("part-smaller-than-whole",
         "The budget of Rs 18 trillion, of which non-tax revenue is Rs 4 trillion, passed.",
         "Rs 18 trillion", 18 * 10**12, "Rs 4 trillion", 4 * 10**12, []),
]


@pytest.mark.parametrize("case", PARTS, ids=[p.id for p in PARTS])
def test_a_part_larger_than_its_whole_is_a_scale_slip(claim: Build, case: Part) -> None:
    found = reconcile([
        claim("a", case.whole, case.whole_value, unit="PKR", metric="budget",
              sentence=case.sentence),
        claim("a", case.part, case.part_value, unit="PKR", metric="non-tax revenue",
              sentence=case.sentence),
    ])
    assert types(found) == case.expected


class Trust(NamedTuple):
    id: str
    how: dict[str, str] | None
    time: dict[str, Any] | None
    expected: dict[str, str]


def _year(value: int) -> dict[str, Any]:
    return {"text": str(value), "start": f"{value}-01-01", "end": f"{value}-12-31",
            "grain": "year", "relative": False, "offset": None}


TRUSTS = [
    Trust("older-claims-default", None, None,
          {"holder": "defaulted", "metric": "defaulted", "period": "defaulted"}),
    Trust("stated-by-the-frame", {"entity": "stated", "metric": "stated"}, _year(2024),
          {"holder": "stated", "metric": "stated", "period": "stated"}),
    Trust("resolved-holder-inherited-period", {"entity": "resolved", "metric": "stated"},
          _year(2024) | {"inherited": True},
          {"holder": "resolved", "metric": "stated", "period": "inherited"}),
]


@pytest.mark.parametrize("case", TRUSTS, ids=[t.id for t in TRUSTS])
def test_every_finding_says_how_its_key_was_found(claim: Build, case: Trust) -> None:
    claims = [
        claim("a", "$4.6 billion", 4.6 * B, precision=1e8, time=case.time),
        claim("b", "$5.2 billion", 5.2 * B, precision=1e8, time=case.time),
    ]
    for line in claims:
        if case.how is not None:
            line["subject"]["basis"] = case.how
    found = reconcile(claims)
    trust = found[0]["confidence"]
    assert {k: trust[k] for k in ("holder", "metric", "period")} == case.expected


def test_a_better_found_key_scores_higher(claim: Build) -> None:
    def score(how: dict[str, str] | None) -> float:
        claims = [claim("a", "$4.6 billion", 4.6 * B, precision=1e8),
                  claim("b", "$5.2 billion", 5.2 * B, precision=1e8)]
        for line in claims:
            if how is not None:
                line["subject"]["basis"] = how
        return float(reconcile(claims)[0]["confidence"]["score"])

    assert score({"entity": "stated", "metric": "stated"}) > score(None)


@pytest.mark.parametrize(("how", "compared"), [
    ({"entity": "defaulted", "metric": "stated"}, False),
    ({"entity": "resolved", "metric": "stated"}, True),
    ({"entity": "stated", "metric": "defaulted"}, True),
    (None, True),
], ids=["holder-guessed-by-the-frame", "holder-resolved", "holder-stated",
        "older-claims-without-basis"])
def test_a_holder_the_frame_only_guessed_is_not_compared(
    claim: Build, how: dict[str, str] | None, compared: bool
) -> None:
    """Blank mode keys figures to a fallback country; such a key makes no finding."""
    claims = [claim("a", "$4.6 billion", 4.6 * B, precision=1e8, entity="United States"),
              claim("b", "$5.2 billion", 5.2 * B, precision=1e8, entity="United States")]
    for line in claims:
        if how is not None:
            line["subject"]["basis"] = how
    assert bool(reconcile(claims)) is compared


def test_an_explanation_names_the_source_a_figure_is_attributed_to(claim: Build) -> None:
    first = claim("a", "$4.6 billion", 4.6 * B, precision=1e8)
    first["subject"]["source"] = "the central bank"
    found = reconcile([first, claim("b", "$5.2 billion", 5.2 * B, precision=1e8)])
    assert "a (citing the central bank) says $4.6B while b says $5.2B" in found[0]["explanation"]


class Later(NamedTuple):
    id: str
    dates: tuple[str, str]
    expected: str


LATERS = [
    Later("weeks-later-report-of-a-past-quarter", ("2024-11-15", "2025-02-14"), "revision"),
    Later("same-week-reports-disagree", ("2024-11-15", "2024-11-17"), "cross_document"),
    Later("reported-before-the-period-ended", ("2024-08-01", "2025-02-14"), "cross_document"),
]


@pytest.mark.parametrize("case", LATERS, ids=[c.id for c in LATERS])
def test_a_later_report_of_a_past_period_is_a_revision(claim: Build, case: Later) -> None:
    quarter = {"text": "the third quarter", "start": "2024-07-01", "end": "2024-09-30",
               "grain": "quarter", "relative": False, "offset": None}
    found = reconcile([
        claim("a", "0.5%", 0.5, kind="percent", unit=None, precision=0.1, time=quarter,
              doc_date=case.dates[0], metric="GDP growth"),
        claim("b", "0.7%", 0.7, kind="percent", unit=None, precision=0.1, time=quarter,
              doc_date=case.dates[1], metric="GDP growth"),
    ])
    assert types(found) == [case.expected]


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        # an undated report of the later figure goes with its side
        (("2024-11-15", "2025-02-14", None), "revision"),
        # a side with no dated report says nothing of when it came
        (("2024-11-15", None, None), "cross_document"),
    ],
    ids=["undated-beside-a-later-report", "no-dated-later-report"],
)
def test_an_undated_report_goes_with_its_side(
    claim: Build, dates: tuple[str | None, ...], expected: str
) -> None:
    quarter = {"text": "the third quarter", "start": "2024-07-01", "end": "2024-09-30",
               "grain": "quarter", "relative": False, "offset": None}
    found = reconcile([
        claim(doc, text, value, kind="percent", unit=None, precision=0.1, time=quarter,
              doc_date=day, metric="GDP growth")
        for doc, text, value, day in (("a", "0.5%", 0.5, dates[0]), ("b", "0.7%", 0.7, dates[1]),
                                      ("c", "0.7%", 0.7, dates[2]))
    ])
    assert types(found) == [expected]


def test_a_later_report_revision_names_each_side_by_its_date(claim: Build) -> None:
    quarter = {"text": "the third quarter", "start": "2024-07-01", "end": "2024-09-30",
               "grain": "quarter", "relative": False, "offset": None}
    found = reconcile([
        claim("a", "0.5%", 0.5, kind="percent", unit=None, precision=0.1, time=quarter,
              doc_date="2024-11-15", metric="GDP growth"),
        claim("b", "0.7%", 0.7, kind="percent", unit=None, precision=0.1, time=quarter,
              doc_date="2025-02-14", metric="GDP growth"),
    ])
    assert "0.5% is the earlier report (2024-11-15), 0.7% the later report (2025-02-14)" in (
        found[0]["explanation"]
    )


def test_successive_estimates_are_each_held_against_the_one_before(claim: Build) -> None:
    """1.6% (April), 1.3% (May), 1.4% (June): nearest values pair 1.6% with 1.4% and 1.4%
    with 1.3%; the advance estimate is held against the second one too."""
    quarter = {"text": "the first quarter", "start": "2024-01-01", "end": "2024-03-31",
               "grain": "quarter", "relative": False, "offset": None}
    found = reconcile([
        claim(doc, text, value, kind="percent", unit=None, precision=0.1, time=quarter,
              doc_date=day, metric="annualized GDP", entity="United States")
        for doc, text, value, day in (("april", "1.6%", 1.6, "2024-04-25"),
                                      ("may", "1.3%", 1.3, "2024-05-30"),
                                      ("june", "1.4%", 1.4, "2024-06-27"))
    ])
    assert sorted(tuple(f["docs"]) for f in found) == [
        ("april", "june"), ("april", "may"), ("june", "may")]


class Conversion(NamedTuple):
    id: str
    sentence: str
    amount: tuple[str, int, str]
    conversion: tuple[str, int, str]
    expected: list[str]


CONVERSIONS = [
    Conversion("same-currency-slip", "The fund is some £23bn (£12m) in deficit.",
               ("£23bn", 23 * B, "GBP"), ("£12m", 12 * M, "GBP"), ["scale_slip"]),
    Conversion("thousandfold-slip", "Its deficit is $23bn (£12m).",
               ("$23bn", 23 * B, "USD"), ("£12m", 12 * M, "GBP"), ["scale_slip"]),
    Conversion("a-rate-any-year-allows", "Its deficit is $23bn (£12bn).",
               ("$23bn", 23 * B, "USD"), ("£12bn", 12 * B, "GBP"), []),
    Conversion("yen-to-dollars", "Takings reached 1.5bn yen ($14.3m).",
               ("1.5bn yen", 1500 * M, "JPY"), ("$14.3m", 14_300_000, "USD"), []),
    Conversion("a-currency-without-a-range", "It paid 5bn dong ($12m).",
               ("5bn dong", 5 * B, "VND"), ("$12m", 12 * M, "USD"), []),
    Conversion("a-currency-form-read-as-another-country-s",
               "A total of 24.2 trillion pesos ($10.2bn) is earmarked.",
               ("24.2 trillion pesos", 24_200 * B, "MXN"), ("$10.2bn", 10_200 * M, "USD"), []),
    Conversion("no-country-s-pesos-fit", "A total of 24.2 pesos ($10.2bn) is earmarked.",
               ("24.2 pesos", 24, "MXN"), ("$10.2bn", 10_200 * M, "USD"), ["scale_slip"]),
]


@pytest.mark.parametrize("case", CONVERSIONS, ids=[c.id for c in CONVERSIONS])
def test_a_conversion_no_exchange_rate_allows_is_a_scale_slip(
    claim: Build, case: Conversion
) -> None:
    (text, value, unit), (conv_text, conv_value, conv_unit) = case.amount, case.conversion
    amount = claim("a", text, value, unit=unit, metric="deficit", sentence=case.sentence)
    conversion = claim("a", conv_text, conv_value, unit=conv_unit, metric="deficit",
                       sentence=case.sentence)
    conversion["converts"] = amount["id"]
    assert types(reconcile([amount, conversion])) == case.expected


def test_figures_not_linked_as_a_conversion_are_not_checked_as_one(claim: Build) -> None:
    sentence = "The fund is some £23bn (£12m) in deficit."
    found = reconcile([
        claim("a", "£23bn", 23 * B, unit="GBP", metric="deficit", sentence=sentence),
        claim("a", "£12m", 12 * M, unit="GBP", metric="deficit", sentence=sentence),
    ])
    assert types(found) == []


def _converted(claim: Build, sentence: str, start: int, pair: tuple[str, int, str, int]
               ) -> list[dict[str, Any]]:
    """A dollar amount and its sterling conversion, as claims of one document."""
    text, value, conv_text, conv_value = pair
    amount = claim("a", text, value, metric="takings", sentence=sentence,
                   sentence_start=start, precision=100_000)
    conversion = claim("a", conv_text, conv_value, unit="GBP", metric="takings",
                       sentence=sentence, sentence_start=start, precision=100_000)
    conversion["converts"] = amount["id"]
    return [amount, conversion]


RATES = [
    # (the conversions of one document, the findings)
    pytest.param([("$19.5m", 19_500_000, "£14.9m", 14_900_000),
                  ("$75m", 75 * M, "£40m", 40 * M),
                  ("$46.8m", 46_800_000, "£24.8m", 24_800_000)],
                 ["conversion_mismatch"], id="one rate far from the others"),
    pytest.param([("$20m", 20 * M, "£10.5m", 10_500_000),
                  ("$1.8bn", 1800 * M, "£94m", 94 * M)],
                 ["conversion_mismatch"], id="two conversions: reported once"),
    pytest.param([("$19.5m", 19_500_000, "£10.4m", 10_400_000),
                  ("$75m", 75 * M, "£40m", 40 * M),
                  ("$46.8m", 46_800_000, "£24.8m", 24_800_000)],
                 [], id="rates that agree"),
    pytest.param([("$19.5m", 19_500_000, "£14.9m", 14_900_000)], [], id="one conversion"),
]


@pytest.mark.parametrize(("pairs", "expected"), RATES)
def test_a_conversion_off_the_document_s_own_rate_is_a_mismatch(
    claim: Build, pairs: list[tuple[str, int, str, int]], expected: list[str]
) -> None:
    claims = []
    for k, pair in enumerate(pairs):
        sentence = f"The film took {pair[0]} ({pair[2]})."
        claims += _converted(claim, sentence, 100 * k, pair)
    assert types(reconcile(claims)) == expected


def test_a_rate_that_rounding_leaves_open_agrees(claim: Build) -> None:
    claims = _converted(claim, "It costs $1 (53p) an hour.", 0, ("$1", 1, "53p", 0.53))
    claims[0]["value"]["precision"] = claims[1]["value"]["precision"] = 1
    claims[1]["value"]["precision"] = 0.01
    claims += _converted(claim, "The test cost $12 (£6.30).", 100, ("$12", 12, "£6.30", 6.3))
    claims[2]["value"]["precision"], claims[3]["value"]["precision"] = 1, 0.01
    assert types(reconcile(claims)) == []


def _in_doc(claim: Build, doc: str, pair: tuple[str, int, str, int]) -> list[dict[str, Any]]:
    """A dollar amount and its sterling conversion, alone in document ``doc``."""
    text, value, conv_text, conv_value = pair
    sentence = f"The deal was worth {text} ({conv_text})."
    amount = claim(doc, text, value, metric="deal", sentence=sentence, precision=100 * M)
    conversion = claim(doc, conv_text, conv_value, unit="GBP", metric="deal",
                       sentence=sentence, precision=100 * M)
    conversion["converts"] = amount["id"]
    return [amount, conversion]


# The corpus's usual conversions: 20, at 51p to 55p a dollar.
USUAL = [(f"${d}bn", d * B, f"£{d * r / 100:g}bn", d * r * 10 * M)
         for d, r in zip(range(30, 50), [51, 52, 53, 54, 55] * 4, strict=True)]


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        pytest.param([("$11bn", 11 * B, "£5.7bn", 5700 * M), ("$11bn", 11 * B, "£8.5bn", 8500 * M)],
                     ["u", "v"], id="the same amount off the corpus's rate in one document"),
        pytest.param([("$27.5bn", 27_500 * M, "£14.5bn", 14_500 * M),
                      ("$27.5bn", 27_500 * M, "£13bn", 13_000 * M)],
                     ["u", "v"], id="a rate no conversion of the corpus comes near, by 11%"),
        pytest.param([("$11bn", 11 * B, "£5.7bn", 5700 * M), ("$11bn", 11 * B, "£5.8bn", 5800 * M)],
                     [], id="the same amount at agreeing rates"),
        pytest.param([("$10bn", 10 * B, "£5.3bn", 5300 * M), ("$10bn", 10 * B, "£8.5bn", 8500 * M)],
                     [], id="an amount of one digit is too common to pair"),
    ],
)
def test_the_same_amount_converted_off_the_usual_rate_elsewhere_is_a_mismatch(
    claim: Build, pairs: list[tuple[str, int, str, int]], expected: list[str]
) -> None:
    claims = [c for k, pair in enumerate(USUAL) for c in _in_doc(claim, f"usual{k}", pair)]
    claims += [c for doc, pair in zip(("u", "v"), pairs, strict=True)
               for c in _in_doc(claim, doc, pair)]
    found = [f for f in reconcile(claims) if f["type"] == "conversion_mismatch"]
    assert sorted({doc for f in found for doc in f["docs"]}) == expected


def test_every_document_keeping_to_the_usual_rates_is_listed(claim: Build) -> None:
    claims = [c for k, pair in enumerate(USUAL) for c in _in_doc(claim, f"usual{k}", pair)]
    for doc, conversion in (("u", ("£14.5bn", 14_500 * M)), ("w", ("£14.5bn", 14_500 * M)),
                            ("v", ("£13bn", 13_000 * M))):
        claims += _in_doc(claim, doc, ("$27.5bn", 27_500 * M, *conversion))
    [found] = [f for f in reconcile(claims) if f["type"] == "conversion_mismatch"]
    assert found["docs"] == ["u", "v", "w"]
    assert "1 other document keeps to the usual rates too" in found["explanation"]


def test_a_conversion_its_own_document_flags_is_not_reported_again(claim: Build) -> None:
    claims = [c for k, pair in enumerate(USUAL) for c in _in_doc(claim, f"usual{k}", pair)]
    claims += _in_doc(claim, "u", ("$11bn", 11 * B, "£5.7bn", 5700 * M))
    claims += _in_doc(claim, "v", ("$11bn", 11 * B, "£8.5bn", 8500 * M))
    other = _in_doc(claim, "v", ("$20bn", 20 * B, "£10.6bn", 10_600 * M))
    for record in other:
        record["start"] += 200
        record["end"] += 200
        record["id"] = f"v:{record['start']}-{record['end']}"
    other[1]["converts"] = other[0]["id"]
    found = [f for f in reconcile([*claims, *other]) if f["type"] == "conversion_mismatch"]
    assert len(found) == 1


@pytest.mark.parametrize(("basis", "heading"), [("defaulted", "deficit"),
                                                ("stated", "Gartner deficit")])
def test_an_explanation_leaves_out_a_guessed_holder(
    claim: Build, basis: str, heading: str
) -> None:
    sentence = "Its deficit is $23bn (£12m)."
    amount = claim("a", "$23bn", 23 * B, unit="USD", metric="deficit", entity="Gartner",
                   sentence=sentence)
    conversion = claim("a", "£12m", 12 * M, unit="GBP", metric="deficit", entity="Gartner",
                       sentence=sentence)
    conversion["converts"] = amount["id"]
    for record in (amount, conversion):
        record["subject"]["basis"] = {"entity": basis, "metric": "stated", "time": None}
    found = reconcile([amount, conversion])
    assert [f["type"] for f in found] == ["scale_slip"]
    assert found[0]["explanation"].startswith(f"{heading}: ")
    assert found[0]["subject"]["entity"] == "Gartner"  # the guess is still recorded
