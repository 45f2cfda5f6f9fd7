"""Which figures are comparable: holder aliases, the claim frame's facet and direction, counts
that are statistics, figures of one sentence, and precision that allows truncation.

Examples follow the cases issue reports found in the BBC folder (yards, minutes, a fine cut on
appeal, attendances) and the figures of business reporting.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import pytest

from claimx.reconcile import load_tables, reconcile
from claimx.reconcile.records import locate, parse_claim
from tests.reconcile.conftest import year

Build = Callable[..., dict[str, Any]]
B = 1_000_000_000


def types(found: list[dict[str, Any]]) -> list[str]:
    return [f["type"] for f in found]


def framed(claim: dict[str, Any], **fields: Any) -> dict[str, Any]:
    """A claim with the claim frame's fields: subject.* and value.* by dotted name."""
    for name, value in fields.items():
        where, key = name.split("__")
        claim.setdefault(where, {})[key] = value
    return claim


class Holders(NamedTuple):
    id: str
    first: str
    second: str


HOLDERS = [
    Holders("alias-table", "Yugansk", "Yuganskneftegas"),
    Holders("corporate-suffix", "MCI Inc", "MCI"),
    Holders("corporate-suffixes", "Toyota Motor Corp.", "Toyota"),
    Holders("party-alias", "Tories", "Conservatives"),
    Holders("maker-suffix", "Samsung Electronics", "Samsung"),
    Holders("accents", "Nestlé", "Nestle"),
    Holders("ampersand", "Marks and Spencer", "Marks & Spencer"),
]


@pytest.mark.parametrize("case", HOLDERS, ids=[h.id for h in HOLDERS])
def test_aliases_of_one_holder_are_compared(claim: Build, case: Holders) -> None:
    found = reconcile([
        claim("a", "$9.4bn", 9.4 * B, precision=1e8, entity=case.first, metric="sale price"),
        claim("b", "$11bn", 11 * B, precision=1e9, entity=case.second, metric="sale price"),
    ])
    assert types(found) == ["cross_document"]


def test_a_group_is_not_its_namesake_company(claim: Build) -> None:
    # "Emirates Group" (the airline and its sister businesses) reported revenue of AED 137.3bn
    # and "Emirates airline" AED 121.2bn: two holders, not two reports of one figure
    found = reconcile([
        claim("a", "AED 137.3bn", 137.3 * B, precision=1e8, entity="Emirates Group",
              metric="revenue"),
        claim("b", "AED 121.2bn", 121.2 * B, precision=1e8, entity="Emirates",
              metric="revenue"),
    ])
    assert found == []


def test_a_holder_named_by_a_suffix_alone_keeps_its_name(tables: Any) -> None:
    from claimx.reconcile.records import holder

    assert holder("Group", tables) == "Group"
    assert holder("Holdings Inc", tables) == "Holdings"


def test_full_year_says_no_more_than_a_years_period(claim: Build) -> None:
    def pair(time_a: Any, time_b: Any) -> list[dict[str, Any]]:
        return reconcile([
            claim("a", "€3.5bn", 3.5 * B, precision=1e8, entity="IAG",
                  metric="full-year operating profit", time=time_a),
            claim("b", "€2.9bn", 2.9 * B, precision=1e8, entity="IAG",
                  metric="operating profit", time=time_b),
        ])

    assert types(pair(year("2023", 2023), year("in 2023", 2023))) == ["cross_document"]
    # with no period, "full-year" is all that says the figure is of a year: kept apart
    assert pair(None, None) == []


def test_different_holders_are_not_compared(claim: Build) -> None:
    found = reconcile([
        claim("a", "$9.4bn", 9.4 * B, precision=1e8, entity="Yukos", metric="sale price"),
        claim("b", "$11bn", 11 * B, precision=1e9, entity="Gazprom", metric="sale price"),
    ])
    assert found == []


class Facets(NamedTuple):
    id: str
    first: dict[str, Any]
    second: dict[str, Any]
    compared: bool


FACETS = [
    Facets("change-never-a-level", {"value__facet": "change"}, {"value__facet": "level"}, False),
    Facets("a-rise-meets-a-fall", {"value__facet": "change", "value__direction": "up"},
           {"value__facet": "change", "value__direction": "down"}, True),
    Facets("undirected-change-never-a-fall", {"value__facet": "change"},
           {"value__facet": "change", "value__direction": "down"}, False),
    Facets("undirected-change-never-a-rise", {"value__facet": "change"},
           {"value__facet": "change", "value__direction": "up"}, False),
    Facets("two-undirected-changes", {"value__facet": "change"}, {"value__facet": "change"},
           True),
    Facets("baseline-never-a-level", {"value__facet": "baseline"}, {"value__facet": "level"},
           False),
    Facets("new-level-is-a-level", {"value__facet": "new_level"}, {"value__facet": "level"},
           True),
    Facets("two-rises", {"value__facet": "change", "value__direction": "up"},
           {"value__facet": "change", "value__direction": "up"}, True),
    Facets("share-never-an-average", {"value__facet": "share"}, {"value__facet": "average"},
           False),
]


@pytest.mark.parametrize("case", FACETS, ids=[f.id for f in FACETS])
def test_the_frame_facet_and_direction_key_the_comparison(claim: Build, case: Facets) -> None:
    found = reconcile([  # dated alike: two undated reports' changes are never compared
        framed(claim("a", "$4.6 billion", 4.6 * B, precision=1e8, doc_date="2024-07-01"),
               **case.first),
        framed(claim("b", "$5.2 billion", 5.2 * B, precision=1e8, doc_date="2024-07-01"),
               **case.second),
    ])
    assert bool(found) is case.compared


def test_the_measure_stands_in_for_a_missing_metric(claim: Build) -> None:
    found = reconcile([
        framed(claim("a", "$4.6 billion", 4.6 * B, precision=1e8, metric=None),
               subject__measure="IT exports"),
        claim("b", "$5.2 billion", 5.2 * B, precision=1e8, metric="IT exports"),
    ])
    assert types(found) == ["cross_document"]


class Qualified(NamedTuple):
    id: str
    first: str
    second: str
    measures: tuple[str | None, str | None]
    compared: bool


QUALIFIED = [
    Qualified("pre-tax-vs-operating", "Pre-tax profit was $4.6 billion.",
              "Operating profit was $5.2 billion.", (None, None), False),
    Qualified("both-pre-tax", "Pre-tax profit was $4.6 billion.",
              "Its pre-tax profit reached $5.2 billion.", (None, None), True),
    Qualified("goods-vs-services-measures", "Exports were $4.6 billion.",
              "Exports were $5.2 billion.", ("exports of goods", "exports of services"), False),
    Qualified("including-freelancing", "IT exports were $4.6 billion.",
              "IT exports, including freelancing, were $5.2 billion.",
              ("IT exports", "IT exports including freelancing"), False),
    Qualified("same-measure", "Exports were $4.6 billion.", "Exports were $5.2 billion.",
              ("IT exports", "IT exports"), True),
    # a name that holds a qualifier's word is no qualifier: GDP spelt out is not "gross"
    Qualified("gdp-spelt-out", "Output was $4.6 billion.", "Output was $5.2 billion.",
              ("gross domestic product", "GDP"), True),
    Qualified("gross-national-income", "Income was $4.6 billion.", "Income was $5.2 billion.",
              ("Gross National Income", "national income"), True),
    # goods and services together are all of them, neither kind
    Qualified("goods-and-services-is-the-whole", "Exports were $4.6 billion.",
              "Exports were $5.2 billion.", ("exports of goods and services", "exports"), True),
    Qualified("goods-and-services-vs-goods", "Exports were $4.6 billion.",
              "Exports were $5.2 billion.", ("exports of goods and services",
                                             "exports of goods"), False),
    Qualified("gross-margin-stays-apart", "Margin was $4.6 billion.",
              "Margin was $5.2 billion.", ("gross margin", "margin"), False),
    # the basis written after the figure: reported growth never meets organic growth
    Qualified("constant-currencies-after", "Sales were $4.6 billion.",
              "Sales were $5.2 billion in constant currencies.", (None, None), False),
    Qualified("organic-vs-reported", "Sales were $4.6 billion on an organic basis.",
              "Sales were $5.2 billion on a reported basis.", (None, None), False),
    Qualified("both-organic", "Sales were $4.6 billion on an organic basis.",
              "Sales were $5.2 billion in organic terms.", (None, None), True),
    Qualified("volume-vs-reported", "Sales were $4.6 billion.",
              "Sales were $5.2 billion in volume.", (None, None), False),
    # a part of the basket written after the figure: never the whole
    Qualified("locally-produced-after", "Spending was $4.6 billion.",
              "Spending stood at $5.2 billion for locally produced items.", (None, None),
              False),
    Qualified("imported-after-both", "Spending was $4.6 billion for imported goods.",
              "Spending stood at $5.2 billion for imported items.", (None, None), True),
    # one qualifier written in several ways is one key
    Qualified("pretax-and-pre-tax", "Pretax profit was $4.6 billion.",
              "Pre-tax profit was $5.2 billion.", ("pretax profit", "pre-tax profit"), True),
    Qualified("before-tax-and-pre-tax", "Profit before tax was $4.6 billion.",
              "Pre-tax profit was $5.2 billion.", ("profit before tax", None), True),
    Qualified("seasonal-adjustment", "After seasonal adjustment, output was $4.6 billion.",
              "Output was a seasonally adjusted $5.2 billion.", (None, None), True),
    Qualified("seasonal-adjustment-vs-none", "After seasonal adjustment, output was $4.6 "
              "billion.", "Output was $5.2 billion.", (None, None), False),
    # a trade system is a basis (Turkey's 2019 exports: $171.58bn under the special trade
    # system, $180.72bn under the general one)
    Qualified("special-trade-system-vs-none", "Exports were $4.6 billion.",
              "Exports rose to $5.2 billion according to the special trade system.",
              (None, None), False),
    Qualified("general-trade-system-both", "According to the general trade system, exports "
              "were $4.6 billion.", "Exports were $5.2 billion under the general trade system.",
              (None, None), True),
    # a later short opening phrase scopes every figure of the sentence too ("On the other
    # hand, according to the general trade system, in 2019, exports were $180.72 billion")
    # an amount added to another is never the whole (Reuters: "a further £105m of savings"
    # beside a plan's £220m)
    Qualified("a-further-amount-vs-whole", "Savings were $4.6 billion.",
              "It plans to deliver a further $5.2 billion of savings.", (None, None), False),
    Qualified("two-added-amounts", "It plans an extra $4.6 billion of savings.",
              "It plans to deliver a further $5.2 billion of savings.", (None, None), True),
    Qualified("general-trade-system-second-opening", "Exports were $4.6 billion.",
              "On the other hand, according to the general trade system, in 2019, imports "
              "were $2.1 billion, and exports were $5.2 billion.", (None, None), False),
]


@pytest.mark.parametrize("case", QUALIFIED, ids=[q.id for q in QUALIFIED])
def test_qualifiers_that_change_the_quantity_keep_figures_apart(
    claim: Build, case: Qualified
) -> None:
    lines = []
    for doc, sentence, measure in (("a", case.first, case.measures[0]),
                                   ("b", case.second, case.measures[1])):
        text = "$4.6 billion" if "$4.6" in sentence else "$5.2 billion"
        line = claim(doc, text, float(text[1:4]) * B, precision=1e8, metric="profit",
                     sentence=sentence)
        if measure is not None:
            line["subject"]["measure"] = measure
        lines.append(line)
    assert bool(reconcile(lines)) is case.compared


def test_a_qualifier_the_metric_holds_keys_it_once(claim: Build) -> None:
    # "grew at an annualized 1.8 percent" and "revised its data for annualized economic
    # growth to 1.9 percent": both annualized GDP, however the measure is worded
    lines = []
    for doc, text, value, measure in (("a", "$4.6 billion", 4.6 * B, "economy growth"),
                                      ("b", "$5.2 billion", 5.2 * B,
                                       "annualized economic growth")):
        line = claim(doc, text, value, precision=1e8, metric="annualized GDP",
                     sentence=f"It was {text}.")
        line["subject"]["measure"] = measure
        lines.append(line)
    assert reconcile(lines)
    lines[0]["subject"]["metric"] = "GDP"  # the annualized rate still keeps apart from GDP
    assert not reconcile(lines)


class Count(NamedTuple):
    id: str
    first: int
    second: int
    unit: str
    metric: str | None  # None: the frame's metric is the counted noun itself
    compared: bool


COUNTS = [
    Count("employees", 45_000, 60_000, "employees", "staff", True),
    Count("users", 2_000_000, 3_000_000, "users", "users", True),
    Count("population", 19_000_000, 21_000_000, "people", "population", True),
    Count("units-sold", 1_100_000, 1_600_000, "consoles", "units sold", True),
    Count("yards-of-two-goals", 18, 50, "yards", None, False),
    Count("minutes-of-a-match", 55, 80, "minutes", None, False),
    Count("goals", 3, 5, "goals", None, False),
    Count("years", 29, 40, "years", None, False),
    Count("attendance-read-as-a-unit", 47_111, 50_430, "Ref", None, False),
    Count("votes-of-any-vote", 310, 219, "votes", "votes", False),
    # Counted nouns of the BBC sport and politics folders (claims of the default model).
    Count("sport-seconds", 7, 9, "seconds", None, False),
    Count("sport-hurdles", 60, 110, "hurdles", None, False),
    Count("sport-caps", 50, 77, "caps", None, False),
    Count("sport-points", 11, 15, "points", None, False),
    Count("sport-ticket-sales", 40_000, 60_000, "tickets", "tickets sold", True),
    Count("politics-workers", 80_000, 104_000, "government workers", "workers", True),
    Count("politics-pupils", 20_000, 30_000, "pupils", "pupils", True),
    Count("politics-a-home-win-is-no-count", 3, 5, "home success", None, False),
    Count("votes-of-a-named-vote", 310, 219, "votes", "votes for the ID cards bill", True),
]


@pytest.mark.parametrize("case", COUNTS, ids=[c.id for c in COUNTS])
def test_counts_are_compared_only_when_a_statistic_of_the_holder(
    claim: Build, case: Count
) -> None:
    found = reconcile([
        claim("a", f"{case.first:,} {case.unit}", case.first, kind="quantity", unit=case.unit,
              precision=1, metric=case.metric or case.unit, entity="Sony"),
        claim("b", f"{case.second:,} {case.unit}", case.second, kind="quantity", unit=case.unit,
              precision=1, metric=case.metric or case.unit, entity="Sony"),
    ])
    assert bool(found) is case.compared


class Sentence(NamedTuple):
    id: str
    sentence: str
    first: str
    second: str
    finding: str | None


SENTENCES = [
    Sentence("cut-on-appeal", "The fine of £60,000 was reduced to £40,000 on appeal.",
             "£60,000", "£40,000", None),
    Sentence("profit-and-improvement", "It made a profit of £850,000, a £697,000 improvement.",
             "£850,000", "£697,000", None),
    Sentence("said-to-be-the-same", "It lost £850,000, in other words £697,000 after tax.",
             "£850,000", "£697,000", "within_document"),
    Sentence("revised-in-one-sentence", "Profit was £850,000; the first estimate was £697,000.",
             "£850,000", "£697,000", "revision"),
]


@pytest.mark.parametrize("case", SENTENCES, ids=[s.id for s in SENTENCES])
def test_two_figures_of_one_sentence_conflict_only_when_said_to_be_one(
    claim: Build, case: Sentence
) -> None:
    found = reconcile([
        claim("a", case.first, int(case.first[1:].replace(",", "")), unit="GBP",
              precision=1000, sentence=case.sentence),
        claim("a", case.second, int(case.second[1:].replace(",", "")), unit="GBP",
              precision=1000, sentence=case.sentence),
    ])
    assert types(found) == ([case.finding] if case.finding else [])


class Precision(NamedTuple):
    id: str
    first: str
    first_value: float
    first_precision: float
    second: str
    second_value: float
    second_precision: float
    conflict: bool


PRECISIONS = [
    Precision("truncated-billions", "$9.3bn", 9.3 * B, 1e8, "$9.37bn", 9.37 * B, 1e7, False),
    Precision("hundredths-against-tenths", "22.31%", 22.31, 0.01, "23.1%", 23.1, 0.1, True),
    Precision("whole-figure-not-truncated", "$5bn", 5 * B, 1e9, "$4.4bn", 4.4 * B, 1e8, True),
    # one step apart at one precision: two figures when a step is a large part of them
    Precision("tenths-of-a-small-rate", "0.5%", 0.5, 0.1, "0.6%", 0.6, 0.1, True),
    Precision("tenths-of-a-rate", "1.3%", 1.3, 0.1, "1.4%", 1.4, 0.1, True),
    Precision("tenths-of-billions", "$4.2bn", 4.2 * B, 1e8, "$4.3bn", 4.3 * B, 1e8, True),
    # half a step rounds away: whole figures one step apart only touch, and are two figures
    Precision("whole-billions-one-step", "$5bn", 5 * B, 1e9, "$6bn", 6 * B, 1e9, True),
    Precision("hundredths-of-many-digits", "$33.67bn", 33.67 * B, 1e7, "$33.68bn", 33.68 * B,
              1e7, False),
]


@pytest.mark.parametrize("case", PRECISIONS, ids=[p.id for p in PRECISIONS])
def test_stated_precision_allows_rounding_and_truncation(
    claim: Build, case: Precision
) -> None:
    kind, unit = ("percent", None) if case.first.endswith("%") else ("money", "USD")
    found = reconcile([
        claim("a", case.first, case.first_value, precision=case.first_precision, kind=kind,
              unit=unit),
        claim("b", case.second, case.second_value, precision=case.second_precision, kind=kind,
              unit=unit),
    ])
    assert bool(found) is case.conflict


def test_a_change_on_a_year_earlier_never_meets_a_change_on_the_quarter(claim: Build) -> None:
    quarter = {"claim_id": None, "text": "Q2 2024", "start": "2024-04-01", "end": "2024-06-30",
               "grain": "quarter", "relative": False, "offset": None}
    found = reconcile([
        claim("a", "0.6%", 0.6, kind="percent", unit=None, precision=0.1, time=quarter,
              metric="GDP", sentence="GDP grew 0.6% in Q2 2024."),
        claim("b", "0.9%", 0.9, kind="percent", unit=None, precision=0.1, time=quarter,
              metric="GDP",
              sentence="Compared with the same quarter a year ago, GDP grew 0.9% in Q2 2024."),
    ])
    assert found == []
    # the sentence's opening phrase scopes a figure however far into the sentence it stands
    found = reconcile([
        claim("a", "0.6%", 0.6, kind="percent", unit=None, precision=0.1, time=quarter,
              metric="GDP", sentence="GDP grew 0.6% in Q2 2024."),
        claim("b", "0.9%", 0.9, kind="percent", unit=None, precision=0.1, time=quarter,
              metric="GDP",
              sentence="On a yearly basis, gross domestic product in the euro area grew by a "
                       "strong margin to 0.9% in Q2 2024."),
    ])
    assert found == []
    found = reconcile([
        claim("a", "0.6%", 0.6, kind="percent", unit=None, precision=0.1, time=quarter,
              metric="GDP", sentence="GDP grew 0.6% in Q2 2024."),
        claim("b", "0.9%", 0.9, kind="percent", unit=None, precision=0.1, time=quarter,
              metric="GDP", sentence="GDP grew 0.9% in Q2 2024, the ONS said."),
    ])
    assert [f["type"] for f in found] == ["cross_document"]


def test_undated_changes_without_a_period_never_meet_across_documents(claim: Build) -> None:
    shares = [
        claim("a", "4%", 4, kind="percent", unit=None, precision=1, metric="shares",
              entity="Google", sentence="Its shares fell 4%."),
        claim("b", "6.7%", 6.7, kind="percent", unit=None, precision=0.1, metric="shares",
              entity="Google", sentence="Shares in Google have fallen 6.7%."),
    ]
    for record in shares:
        record["value"].update(facet="change", direction="down")
    assert reconcile(shares) == []
    for record, day in zip(shares, ("2005-01-10", "2005-01-11"), strict=True):
        record["doc_date"] = day
    assert [f["type"] for f in reconcile(shares)] == ["cross_document"]


def test_undated_market_prices_meet_only_within_their_document(claim: Build) -> None:
    prices = [
        claim("a", "$50", 50, precision=1, entity="United States", metric="oil price"),
        claim("b", "$39.20", 39.2, precision=0.01, entity="United States", metric="oil price"),
    ]
    assert reconcile(prices) == []
    takings = [  # a film's weekend takings, two weekends apart
        claim("a", "$9.4m", 9.4e6, precision=1e5, entity="The Aviator", metric="takings"),
        claim("b", "$11.2m", 11.2e6, precision=1e5, entity="The Aviator", metric="takings"),
    ]
    assert reconcile(takings) == []
    exports = [
        claim("a", "$4.6 billion", 4.6 * B, precision=1e8),
        claim("b", "$5.2 billion", 5.2 * B, precision=1e8),
    ]
    assert [f["type"] for f in reconcile(exports)] == ["cross_document"]


def test_a_relative_period_in_undated_reports_never_meets_another_report(
    claim: Build,
) -> None:
    last_month = {"claim_id": None, "text": "last month", "start": None, "end": None,
                  "grain": "month", "relative": True, "offset": "-P1M"}
    jobs = [
        claim(doc, text, value, kind="quantity", unit="jobs", precision=1000,
              entity="United States", metric="jobs", time=last_month)
        for doc, text, value in (("a", "337,000", 337_000), ("b", "157,000", 157_000))
    ]
    assert reconcile(jobs) == []
    for record in jobs:
        record["doc_date"] = "2004-11-06"  # dated alike: the same month, compared
    assert [f["type"] for f in reconcile(jobs)] == ["cross_document"]


def test_last_year_in_undated_reports_is_taken_as_one_year(claim: Build) -> None:
    last_year = {"claim_id": None, "text": "last year", "start": None, "end": None,
                 "grain": "year", "relative": True, "offset": "-P1Y"}
    found = reconcile([
        claim("a", "$5bn", 5 * B, precision=1e9, entity="Freddie Mac", metric="earnings",
              time=last_year),
        claim("b", "$4.4bn", 4.4 * B, precision=1e8, entity="Freddie Mac", metric="earnings",
              time=last_year),
    ])
    assert [f["type"] for f in found] == ["cross_document"]


class Convention(NamedTuple):
    id: str
    entity: str
    metric: str
    start: str
    end: str
    compared: bool


CONVENTIONS = [
    # the US reports a quarter's GDP growth at an annualized rate, said or not
    Convention("us-quarter", "United States", "GDP", "2008-10-01", "2008-12-31", True),
    Convention("us-alias", "US", "GDP", "2008-10-01", "2008-12-31", True),
    # a year's growth is on the year before; another country states its own basis
    Convention("us-year", "United States", "GDP", "2008-01-01", "2008-12-31", False),
    Convention("uk-quarter", "United Kingdom", "GDP", "2008-10-01", "2008-12-31", False),
    # Canada's press gives Statistics Canada's quarterly growth annualized
    Convention("canada-quarter", "Canada", "GDP", "2012-04-01", "2012-06-30", True),
    Convention("canada-consumption", "Canada", "private consumption", "2012-04-01",
               "2012-06-30", False),
    # the BEA tells GDP's parts annualized too; Japan's Cabinet Office only GDP
    Convention("us-consumption", "United States", "private consumption", "2008-10-01",
               "2008-12-31", True),
    Convention("japan-consumption", "Japan", "private consumption", "2008-10-01",
               "2008-12-31", False),
]


@pytest.mark.parametrize("case", CONVENTIONS, ids=[c.id for c in CONVENTIONS])
def test_a_quarters_growth_is_on_the_basis_its_holder_publishes(
    claim: Build, case: Convention
) -> None:
    time = {"claim_id": None, "text": "the period", "start": case.start, "end": case.end,
            "grain": "quarter", "relative": False, "offset": None}
    lines = [
        framed(claim("a", "3.8%", 3.8, kind="percent", unit="percent", precision=0.1,
                     entity=case.entity, metric=case.metric, time=time,
                     sentence="It shrank 3.8% in the period."),
               value__facet="change", value__direction="down"),
        framed(claim("b", "6.2%", 6.2, kind="percent", unit="percent", precision=0.1,
                     entity=case.entity, metric=f"annualized {case.metric}", time=time,
                     sentence="It shrank at a 6.2% annual pace in the period."),
               value__facet="change", value__direction="down"),
    ]
    assert bool(reconcile(lines)) is case.compared
    # a rate that states another basis keeps it
    lines[0]["sentence"] = "It shrank 3.8% on a year earlier in the period."
    assert not reconcile(lines)


def test_a_basis_written_near_the_figure_keys_it_as_the_frame_does(claim: Build) -> None:
    # "fell 7.1% ... an annualized contraction" (the qualifier near the figure) and the
    # frame's "annualized GDP": one key
    time = {"claim_id": None, "text": "Q4", "start": "2019-10-01", "end": "2019-12-31",
            "grain": "quarter", "relative": False, "offset": None}
    lines = [
        framed(claim("a", "7.1%", 7.1, kind="percent", unit="percent", precision=0.1,
                     entity="Japan", metric="GDP", time=time,
                     sentence="It was an annualized contraction of 7.1% in Q4."),
               value__facet="change", value__direction="down"),
        framed(claim("b", "6.3%", 6.3, kind="percent", unit="percent", precision=0.1,
                     entity="Japan", metric="annualized GDP", time=time,
                     sentence="The economy shrank at a 6.3% annual pace in Q4."),
               value__facet="change", value__direction="down"),
    ]
    assert reconcile(lines)


def quarter_rates(
    claim: Build, entity: str, quarter: tuple[str, str],
    *rates: tuple[str, float, str, str],
) -> list[dict[str, Any]]:
    """Two documents' growth rates of one quarter, each (text, value, direction, sentence)."""
    time = {"claim_id": None, "text": "the quarter", "start": quarter[0], "end": quarter[1],
            "grain": "quarter", "relative": False, "offset": None}
    return [
        framed(claim(doc, text, value, kind="percent", unit="percent", precision=0.01,
                     entity=entity, metric="GDP", time=time, sentence=sentence),
               value__facet="change", value__direction=direction)
        for doc, (text, value, direction, sentence) in zip("ab", rates, strict=True)
    ]


def one_report(
    claim: Build, entity: str, quarter: tuple[str, str],
    first: tuple[str, float, str, str], second: tuple[str, float, str, str],
) -> list[dict[str, Any]]:
    """Two growth rates of one quarter that one report ("a") gives, the second further on."""
    one, two = quarter_rates(claim, entity, quarter, first, second)
    two["doc_id"], two["id"] = "a", f"a:200-{200 + len(two['text'])}"
    two["start"], two["end"], two["sentence_start"] = 200, 200 + len(two["text"]), 180
    return [one, two]


def another_report(
    claim: Build, entity: str, quarter: tuple[str, str], rate: tuple[str, float, str, str],
) -> dict[str, Any]:
    """A growth rate of one quarter that another report ("b") gives."""
    return quarter_rates(claim, entity, quarter, rate, rate)[1]


@pytest.mark.parametrize(
    ("entity", "compared"),
    [("Taiwan", True), ("Malaysia", True), ("Saudi Arabia", True), ("Nigeria", True),
     ("Turkey", True), ("Kenya", True), ("United Kingdom", False)],
)
def test_a_quarter_s_growth_is_year_on_year_where_its_office_publishes_it_so(
    claim: Build, entity: str, compared: bool
) -> None:
    """SCMP's "up from a 2.87 per cent fall in the first quarter" and a later report's
    "had fallen 3.31% from a year earlier": Taiwan's statistics office gives a quarter's
    growth on the same quarter a year before, so the first is year-on-year too."""
    lines = quarter_rates(
        claim, entity, ("2023-01-01", "2023-03-31"),
        ("2.87%", 2.87, "down", "It grew, up from a 2.87% fall in the first quarter."),
        ("3.31%", 3.31, "down", "GDP had fallen 3.31% from a year earlier in the first quarter."),
    )
    assert bool(reconcile(lines)) is compared


@pytest.mark.parametrize(
    ("opening", "compared"),
    [("On a quarterly basis, GDP", False), ("Quarter-on-quarter, GDP", False),
     ("Compared on quarter, GDP", False), ("GDP", True)],
)
def test_a_rate_stated_on_the_period_before_takes_no_convention(
    claim: Build, opening: str, compared: bool
) -> None:
    """Reuters on Thailand's second quarter of 2024: "grew 2.3 per cent ... from a year
    earlier" and "On a quarterly basis, GDP grew a seasonally adjusted 0.8 per cent": the
    second states its basis, so Thailand's year-on-year convention is not its key."""
    lines = quarter_rates(
        claim, "Thailand", ("2024-04-01", "2024-06-30"),
        ("2.3%", 2.3, "up", "GDP grew 2.3% in the second quarter from a year earlier."),
        ("0.8%", 0.8, "up", f"{opening} grew 0.8% in the second quarter."),
    )
    assert bool(reconcile(lines)) is compared


@pytest.mark.parametrize("sentence", [
    "It grew 5.2% from the previous year in the second quarter.",
    "It grew 5.2% over the previous year in the second quarter.",
    "It grew 5.2% compared to the same period of last year.",
    "It grew 5.2% on the same quarter of last year.",
    "Meanwhile, in annual terms, it grew 5.2% in the second quarter.",
    "This resulted in a yearly increase of 5.2% for the quarter.",
    "Similarly, on an annual basis, the economy of the whole country improved from the "
    "estimate of a 5.2% increase.",
])
def test_the_previous_year_states_a_year_on_year_basis(claim: Build, sentence: str) -> None:
    """ZDNet's "surges of 48.4% and 65.5%, respectively, from the previous year" beside
    Donga's "jumped a whopping 48.4 percent compared to the same period of last year", and
    FocusEconomics' "in annual terms, GDP contracted 2.2%": rates on a year earlier, which
    meet another report's year-on-year rate for the quarter (a rate on no stated basis would
    not)."""
    lines = quarter_rates(
        claim, "United Kingdom", ("2021-04-01", "2021-06-30"),
        ("5.2%", 5.2, "up", sentence),
        ("6.0 percent", 6.0, "up", "GDP grew 6.0 percent in the quarter year-on-year."),
    )
    assert [f["type"] for f in reconcile(lines)] == ["cross_document"]


def _quarter(text: str, start: str, end: str) -> dict[str, Any]:
    return {"claim_id": None, "text": text, "start": start, "end": end, "grain": "quarter",
            "relative": False, "offset": None}


Q1 = _quarter("the first quarter", "2024-01-01", "2024-03-31")
Q2 = _quarter("the second quarter", "2024-04-01", "2024-06-30")
UP_FROM = "GDP grew by 2.3% in the second quarter, up from 1.5% in the first quarter."


def rate(claim: Build, doc: str, text: str, value: float, facet: str, time: Any,
         sentence: str, direction: str | None = "up") -> dict[str, Any]:
    return framed(claim(doc, text, value, kind="percent", unit="percent", precision=0.1,
                        entity="United Kingdom", metric="GDP", time=time, sentence=sentence),
                  value__facet=facet, value__direction=direction)


@pytest.mark.parametrize(("base_time", "compared"), [(Q1, True), (None, False)])
def test_a_baseline_with_a_period_of_its_own_is_a_figure_of_that_period(
    claim: Build, base_time: Any, compared: bool
) -> None:
    """"grew by 2.3% in the second quarter, up from 1.5% in the first quarter": the 1.5% is
    the first quarter's growth, and meets another report's first-quarter rate. "up from
    1.5%" with no period of its own may be an earlier estimate of the same quarter, and
    stays the change's baseline."""
    lines = [
        rate(claim, "a", "2.3%", 2.3, "change", Q2, UP_FROM),
        rate(claim, "a", "1.5%", 1.5, "baseline", base_time, UP_FROM, direction=None),
        rate(claim, "b", "1.9%", 1.9, "change", Q1, "GDP rose 1.9% in the first quarter."),
    ]
    found = reconcile(lines)
    assert bool(found) is compared
    if compared:
        assert {v["text"] for f in found for v in f["values"]} == {"1.5%", "1.9%"}


def test_a_money_baseline_of_its_own_year_is_that_year_s_level(claim: Build) -> None:
    """"sales rose to $5bn in 2023 from $4bn in 2022": $4bn is 2022's sales."""
    sentence = "Sales rose to $5bn in 2023 from $4bn in 2022."
    lines = [
        framed(claim("a", "$5bn", 5 * B, metric="sales", time=year("in 2023", 2023),
                     sentence=sentence), value__facet="new_level"),
        framed(claim("a", "$4bn", 4 * B, metric="sales", time=year("in 2022", 2022),
                     sentence=sentence), value__facet="baseline"),
        framed(claim("b", "$3bn", 3 * B, metric="sales", time=year("in 2022", 2022),
                     sentence="Sales were $3bn in 2022."), value__facet="level"),
    ]
    found = reconcile(lines)
    assert types(found) == ["cross_document"]
    assert {v["text"] for v in found[0]["values"]} == {"$4bn", "$3bn"}


@pytest.mark.parametrize(("written", "compared"), [("a revised 4.9%", True), ("4.9%", False)])
def test_a_revised_baseline_of_a_rate_is_the_period_before(
    claim: Build, written: str, compared: bool
) -> None:
    """"a GDP growth rate of 5.6% in 2023, up from a revised 4.9%": a revised figure the
    change starts from is no earlier estimate of 2023's (it is the newer figure), so it is
    2022's, and meets another report's 4.8% for 2022 as its revision. Without "revised"
    ("first quarter growth was 0.7 per cent, down from 0.8 per cent") it may be the earlier
    estimate of the same period, and stays a baseline."""
    sentence = f"GDP grew 5.6% in 2023, up from {written}."
    lines = [
        rate(claim, "a", "5.6%", 5.6, "change", year("in 2023", 2023), sentence),
        rate(claim, "a", "4.9%", 4.9, "baseline", year("in 2023", 2023), sentence,
             direction=None),
        rate(claim, "b", "4.8%", 4.8, "change", year("in 2022", 2022), "GDP grew 4.8% in 2022."),
    ]
    found = reconcile(lines)
    assert bool(found) is compared
    if compared:
        assert {v["text"] for v in found[0]["values"]} == {"4.9%", "4.8%"}


def _second_sentence(line: dict[str, Any], at: int = 100) -> None:
    """Move a claim line to a sentence starting at ``at``."""
    line["sentence_start"] = at
    line["start"] += at
    line["end"] += at
    line["id"] = f"{line['doc_id']}:{line['start']}-{line['end']}"


def test_a_rate_on_the_previous_three_months_takes_no_convention(claim: Build) -> None:
    """Saudi Arabia's GDP growth is told on a year earlier; "It grew 5.8 per cent compared to
    the previous three months" states the other basis and never meets the 6.8% on the year."""
    lines = quarter_rates(
        claim, "Saudi Arabia", ("2021-07-01", "2021-09-30"),
        ("5.8 per cent", 5.8, "up", "It grew 5.8 per cent compared to the previous three months."),
        ("6.8%", 6.8, "up", "GDP grew 6.8% in the quarter."),
    )
    assert not reconcile(lines)


@pytest.mark.parametrize("phrase", ["from the preceding period", "on a seasonally adjusted "
                                    "quarterly basis", "from the prior quarter"])
def test_a_rate_on_the_preceding_period_takes_no_convention(claim: Build, phrase: str) -> None:
    """Hong Kong's GDP growth is told on a year earlier; "The economy shrank 3.2% in
    July-September from the preceding period" states the other basis and never meets the
    2.9% fall on the year."""
    lines = quarter_rates(
        claim, "Hong Kong", ("2019-07-01", "2019-09-30"),
        ("3.2%", 3.2, "down", f"The economy shrank 3.2% in July-September {phrase}."),
        ("2.9%", 2.9, "down", "GDP fell 2.9% in the third quarter."),
    )
    assert not reconcile(lines)


def test_a_rate_given_again_with_its_basis_is_on_that_basis(claim: Build) -> None:
    """A headline's "Romanian economy shrinks 10.5% in Q2" over "contracted 10.5%
    year-on-year in the second quarter": the headline's figure is on a year earlier too, and
    never meets another report's 12.3% fall on the first quarter. A rate the report gives on
    its own, with no basis, still does."""
    quarter = ("2020-04-01", "2020-06-30")
    headline, body = one_report(
        claim, "Romania", quarter,
        ("10.5%", 10.5, "down", "Romanian economy shrinks 10.5% in Q2"),
        ("10.5%", 10.5, "down", "GDP contracted 10.5% year-on-year in the second quarter."),
    )
    other = another_report(claim, "Romania", quarter,
                           ("12.3%", 12.3, "down", "GDP was 12.3% lower in the quarter."))
    assert not reconcile([headline, body, other])
    assert types(reconcile([headline, other])) == ["cross_document"]


def test_a_rate_stated_on_the_quarter_before_borrows_no_basis(claim: Build) -> None:
    """"GDP grew 0.4 percent sequentially in the first quarter" beside "Year-on-year, the
    economy expanded 0.4 percent": the first states its basis and stays a change on the
    quarter before, meeting another report's 0.3% rise on the quarter before."""
    quarter = ("2017-01-01", "2017-03-31")
    sequential, yearly = one_report(
        claim, "Greece", quarter,
        ("0.4 percent", 0.4, "up", "GDP grew 0.4 percent sequentially in the first quarter."),
        ("0.4 percent", 0.4, "up", "Year-on-year, the economy expanded 0.4 percent in Q1."),
    )
    other = another_report(claim, "Greece", quarter,
                           ("0.3%", 0.3, "up", "The economy grew by 0.3% in Q1."))
    assert {v["text"] for f in reconcile([sequential, yearly, other])
            for v in f["values"]} == {"0.4 percent", "0.3%"}


def test_bases_listed_after_figures_key_none_of_them(claim: Build) -> None:
    """"contracted by 2.1% and 0.3% year-on-year and quarter-on-quarter, respectively": the
    0.3% is not keyed on a year earlier, and meets another report's 0.4% fall on the
    quarter before."""
    quarter = ("2021-01-01", "2021-03-31")
    sentence = ("The Czech economy contracted in the first quarter by 2.1% and 0.3% "
                "year-on-year and quarter-on-quarter, respectively.")
    listed = quarter_rates(claim, "Czech Republic", quarter,
                           ("0.3%", 0.3, "down", sentence), ("0.3%", 0.3, "down", sentence))[0]
    other = another_report(claim, "Czech Republic", quarter,
                           ("0.4 percent", 0.4, "down", "The GDP decline was 0.4 percent."))
    assert {v["text"] for f in reconcile([listed, other]) for v in f["values"]} == {
        "0.3%", "0.4 percent"}


def test_an_opening_basis_yields_to_the_figure_s_own(claim: Build) -> None:
    """"On an annual basis, oil output rose 9.3% in Q3, and non-oil output rose by 2.6% on a
    quarterly basis": the 2.6% is on the quarter before, and meets another report's 2.9%
    so."""
    quarter = ("2021-07-01", "2021-09-30")
    sentence = ("On an annual basis, oil output rose 9.3% in Q3, and non-oil output rose by "
                "2.6% on a quarterly basis.")
    opened = another_report(claim, "Saudi Arabia", quarter, ("2.6%", 2.6, "up", sentence))
    opened["start"] = opened["sentence_start"] + sentence.index("2.6%")
    opened["end"] = opened["start"] + len("2.6%")
    other = quarter_rates(claim, "Saudi Arabia", quarter,
                          ("2.9%", 2.9, "up", "Non-oil output grew 2.9% on the quarter."),
                          ("2.9%", 2.9, "up", "Non-oil output grew 2.9% on the quarter."))[0]
    for record in (opened, other):
        record["subject"]["metric"] = "non-oil output"
    assert {v["text"] for f in reconcile([opened, other]) for v in f["values"]} == {
        "2.6%", "2.9%"}


@pytest.mark.parametrize(("metric", "compared"), [("operating profit", True),
                                                   ("retail sales", False)])
def test_a_company_result_s_quarter_change_is_on_a_year_earlier(
    claim: Build, metric: str, compared: bool
) -> None:
    """"Operating profit for the quarter dropped 30 percent" beside "operating profit fell 35
    percent on-year": a company reports a quarter against the same quarter a year earlier
    (periods.results_basis). A country's retail sales are no company result."""
    quarter = ("2023-10-01", "2023-12-31")
    unsaid = another_report(
        claim, "Samsung", quarter,
        ("30 percent", 30, "down", "Profit for the quarter dropped 30 percent."))
    said = quarter_rates(claim, "Samsung", quarter,
                         ("35 percent", 35, "down", "Profit fell 35 percent year-on-year."),
                         ("35 percent", 35, "down", "Profit fell 35 percent year-on-year."))[0]
    for record in (unsaid, said):
        record["subject"]["metric"] = metric
    assert bool(reconcile([unsaid, said])) is compared


def test_a_basis_its_words_state_outweighs_a_date_that_says_otherwise(claim: Build) -> None:
    """"On a quarterly basis, the Kingdom's GDP expanded by 5.7% in Q3/2021 vs Q2/2020": the
    stated basis, the quarter before, keys it (meeting another report's 5.8% on the quarter),
    not the slipped date; a date with no basis stated keeps its own key."""
    quarter = ("2021-07-01", "2021-09-30")
    sentence = "On a quarterly basis, the Kingdom's GDP expanded by 5.7% in Q3/2021 vs Q2/2020."
    slipped = another_report(claim, "Saudi Arabia", quarter, ("5.7%", 5.7, "up", sentence))
    slipped["start"] = slipped["sentence_start"] + sentence.index("5.7%")
    slipped["end"] = slipped["start"] + len("5.7%")
    slipped["value"]["change_basis"] = "since 2020-04-01/2020-06-30"
    other = quarter_rates(claim, "Saudi Arabia", quarter,
                          ("5.8%", 5.8, "up", "GDP grew 5.8% from the previous quarter."),
                          ("5.8%", 5.8, "up", "GDP grew 5.8% from the previous quarter."))[0]
    assert {v["text"] for f in reconcile([slipped, other]) for v in f["values"]} == {
        "5.7%", "5.8%"}
    slipped["sentence"] = sentence.replace("On a quarterly basis, the", "The")
    slipped["start"] -= len("On a quarterly basis, t") - 1
    slipped["end"] = slipped["start"] + len("5.7%")
    assert reconcile([slipped, other]) == []


def test_what_a_rate_is_up_from_is_on_its_basis(claim: Build) -> None:
    """"grew 5.2% year on year in the second quarter, up from 4.8% in the first quarter":
    the 4.8% is the first quarter's growth on a year earlier, and meets another report's
    year-on-year rate for it (never its rate on the quarter before)."""
    sentence = ("Poland's economy grew 5.2% year on year in the second quarter, as household "
                "spending picked up across the country and exports recovered, up from 4.8% in "
                "the first quarter.")
    lines = [
        rate(claim, "a", "5.2%", 5.2, "change", Q2, sentence),
        rate(claim, "a", "4.8%", 4.8, "baseline", Q1, sentence, direction=None),
        rate(claim, "b", "4.5%", 4.5, "change", Q1,
             "GDP rose 4.5% in the first quarter from a year earlier."),
    ]
    assert {v["text"] for f in reconcile(lines) for v in f["values"]} == {"4.8%", "4.5%"}


def test_a_rate_of_another_period_beside_one_with_a_basis_is_on_that_basis(
    claim: Build,
) -> None:
    """Reuters: "grew at a year-on-year pace of 0.4 percent in the first quarter, after
    contracting by 1.0 percent in the fourth quarter of 2016": the 1.0% is on a year earlier
    too, and never meets another report's 1.1% fall on the third quarter."""
    sentence = ("The data showed that Greece's economy grew at a year-on-year pace of 0.4 "
                "percent in the first quarter, after contracting by 1.0 percent in the fourth "
                "quarter of 2016.")
    q4 = _quarter("the fourth quarter of 2016", "2016-10-01", "2016-12-31")
    q1 = _quarter("the first quarter", "2017-01-01", "2017-03-31")
    lines = [
        rate(claim, "a", "0.4 percent", 0.4, "change", q1, sentence),
        rate(claim, "a", "1.0 percent", 1.0, "change", q4, sentence, direction="down"),
        rate(claim, "b", "1.1 percent", 1.1, "change", q4,
             "The expansion reversed fourth quarter's 1.1 percent decline.", direction="down"),
    ]
    assert not reconcile(lines)
    lines[0] = rate(claim, "a", "0.4 percent", 0.4, "change", q1, sentence.replace(
        "at a year-on-year pace of", "by"))
    assert types(reconcile(lines)) == ["cross_document"]


@pytest.mark.parametrize(("metric_found", "conflicts"), [("resolved", False), ("stated", True)])
def test_a_report_contradicts_itself_only_in_figures_that_name_their_metric(
    claim: Build, metric_found: str, conflicts: bool
) -> None:
    """"a GDP growth rate of 5.6% in 2023" beside "The agriculture sector ... surged back with
    a growth rate of 6.5 per cent in 2023", the second rate's metric resolved to GDP: the
    borrowed metric is the likelier slip, not the report."""
    first = "The economy had a GDP growth rate of 5.6% in 2023."
    second = "The sector surged back with a growth rate of 6.5% in 2023."
    lines = [
        framed(rate(claim, "a", "5.6%", 5.6, "change", year("in 2023", 2023), first),
               subject__basis={"entity": "stated", "metric": "stated", "time": "stated"}),
        framed(rate(claim, "a", "6.5%", 6.5, "change", year("in 2023", 2023), second),
               subject__basis={"entity": "stated", "metric": metric_found, "time": "stated"}),
    ]
    _second_sentence(lines[1])
    assert bool(reconcile(lines)) is conflicts


def test_two_earlier_readings_of_one_report_are_no_conflict(claim: Build) -> None:
    """"down from both the 0.5% increase reported in the preliminary estimate and the revised
    0.5% expansion recorded in Q1 (previously reported: +0.7% quarter-on-quarter)": two
    earlier readings the report tells apart itself, neither revised into the other."""
    sentence = ("The economy grew 0.4%, down from the 0.5% increase reported in the preliminary "
                "estimate and the 0.5% expansion recorded in Q1 (previously reported: +0.7%).")
    lines = [
        rate(claim, "a", "0.5%", 0.5, "change", Q2, sentence),
        rate(claim, "a", "+0.7%", 0.7, "change", Q2, sentence),
    ]
    assert {line["text"]: parse_status(line) for line in lines} == {
        "0.5%": "provisional", "+0.7%": "provisional"}
    assert not reconcile(lines)


def parse_status(line: dict[str, Any]) -> str | None:
    record = parse_claim(line, load_tables(), locate(line))
    assert record is not None
    return record.status


@pytest.mark.parametrize(("dated", "conflicts"), [(False, False), (True, True)])
def test_a_report_tells_apart_two_undated_amounts_of_one_measure(
    claim: Build, dated: bool, conflicts: bool
) -> None:
    """"The group's revenue was $19 billion" and, further on, "revenue of $15.7 billion from
    passengers flown": with no period found for either, the report gives a total and a part
    (two measures), not two readings of one; dated alike, they may be one figure twice."""
    first = "The group's revenue was $19 billion."
    second = "It earned revenue of $15.7 billion from passengers flown."
    when = year("in 2023", 2023) if dated else None
    how = {"entity": "stated", "metric": "stated", "time": "stated" if dated else None}
    lines = [
        framed(claim("a", "$19 billion", 19e9, entity="SIA", metric="revenue", time=when,
                     sentence=first, precision=1e9), subject__basis=how, value__facet="level"),
        framed(claim("a", "$15.7 billion", 15.7e9, entity="SIA", metric="revenue", time=when,
                     sentence=second, precision=1e8), subject__basis=how, value__facet="level"),
    ]
    _second_sentence(lines[1])
    assert bool(reconcile(lines)) is conflicts


@pytest.mark.parametrize(("second_date", "metric", "conflicts"), [
    ("2023-06-02", "unemployment rate", False),
    ("2023-05-12", "unemployment rate", True),
    ("2023-06-02", "debt", True),
    # a company's result: the latest quarter's or year's as of its report
    ("2023-09-02", "operating profit", False),
    ("2023-06-02", "operating profit", True),
])
def test_a_monthly_statistic_without_a_period_is_the_latest_months_of_its_report(
    claim: Build, second_date: str, metric: str, conflicts: bool
) -> None:
    """"the unemployment rate rose to 3.7%" on 2 June is May's; "unemployment falls to
    3.4%" on 7 May is April's: reports of a month's statistic meet only within days of each
    other; a figure no one publishes monthly stays current for longer."""
    lines = [
        claim("a", "3.4%", 3.4, kind="percent", unit="percent", precision=0.1,
              entity="US", metric=metric, doc_date="2023-05-07"),
        claim("b", "3.7%", 3.7, kind="percent", unit="percent", precision=0.1,
              entity="US", metric=metric, doc_date=second_date),
    ]
    assert bool(reconcile(lines)) is conflicts


def test_undated_reports_of_results_beside_several_seasons_meet_no_one(claim: Build) -> None:
    """Samsung's 2023 operating profit (6.56 trillion won, reported in January) and its
    second quarter's (10.4 trillion won, July): undated reports of either may be of any
    season, so none meets another, nor a dated report of one season; alone, undated reports
    of one result still meet."""
    def profit(doc: str, value: float, day: str | None) -> dict[str, Any]:
        return claim(doc, f"{value} trillion won", value * 1e12, unit="KRW", precision=1e10,
                     entity="Samsung", metric="operating profit", doc_date=day)
    seasons = [profit("a", 6.56, "2024-01-31"), profit("b", 10.4, "2024-07-31"),
               profit("c", 6.56, None), profit("d", 10.4, None)]
    assert reconcile(seasons) == []
    assert reconcile([profit("a", 6.56, "2024-01-31"), profit("d", 10.4, None)]) == []
    assert reconcile([profit("c", 6.56, None), profit("d", 10.4, None)])
