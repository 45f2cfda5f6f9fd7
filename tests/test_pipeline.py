"""Pipeline-level behaviour on short phrasings of our own (rules only, no model)."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from claimx.claims import build_claims
from claimx.normalize.dates import parse_date
from claimx.normalize.money import parse_money
from claimx.normalize.percent import parse_percent
from claimx.normalize.quantity import parse_count, split_bounds
from claimx.normalize.rules import Normalizers
from claimx.pipeline import build_nlp, pipeline_normalizers
from claimx.rules_folder import default_rules_dir


def figures(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in nlp(text).ents if e.label_ != "GPE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("The reserve was previously set at $500m.", [("$500m", "MONEY")],
                     id="scale-before-full-stop"),
        pytest.param("Profit was £600m.", [("£600m", "MONEY")], id="pound-scale-full-stop"),
        pytest.param("Trading closed at 1200 GMT.", [("at 1200 GMT", "DATE")],
                     id="24h-time-is-the-report-s-day-not-a-count"),
        pytest.param("Firms certified to ISO 9001 and Fortune 500 clients.", [],
                     id="names-with-numbers"),
        pytest.param("It could become a top-10 exporter.", [], id="ranking"),
        pytest.param("It could become the world's No. 1 automaker.", [],
                     id="a rank written No. before its number"),
        pytest.param("He said no. 2 million people came.", [("2 million", "QUANTITY")],
                     id="no ends a sentence before a count"),
        pytest.param("Pretax profit grew to 6.00 billion crowns.",
                     [("6.00 billion crowns", "MONEY")], id="crowns after digits are money"),
        pytest.param("The Triple Crown winner took three crowns.", [("three", "QUANTITY")],
                     id="crowns after a number word are no money"),
        pytest.param("Bekele won the 5,000m crown.", [("5,000m", "QUANTITY")],
                     id="a title is no money"),
        pytest.param("Sales hit $1.13bn (£600m) in the year.",
                     [("$1.13bn", "MONEY"), ("£600m", "MONEY")], id="two-currencies"),
        pytest.param("Rates fell by over 2 percentage points.",
                     [("over 2 percentage points", "PERCENT")], id="hedged-points"),
        pytest.param("Profit was $28m, or four cents a share.",
                     [("$28m", "MONEY"), ("four cents a share", "MONEY")],
                     id="an amount in words per unit"),
        pytest.param("They earn ten dollars hourly.", [("ten dollars hourly", "MONEY")],
                     id="an amount in words with a rate word"),
        pytest.param("Sales in the week to 25 December were 4.3% higher.",
                     [("the week to 25 December", "DATE"), ("4.3%", "PERCENT")],
                     id="a week ending on a day"),
        pytest.param("Growth was the fastest since the March quarter of FY2012.",
                     [("the March quarter of FY2012", "DATE")],
                     id="a quarter named by its last month, of a fiscal year"),
        pytest.param("Prices rose 1.2% following March's 0.5% increase.",
                     [("1.2%", "PERCENT"), ("March", "DATE"), ("0.5%", "PERCENT")],
                     id="following before a possessive month is a preposition"),
        pytest.param("Four members voted for a quarter-point rise in June.",
                     [("Four", "QUANTITY"), ("a quarter-point", "PERCENT"), ("June", "DATE")],
                     id="a quarter-point rise is a change of a quarter of a point"),
        pytest.param("Sales will recover the following March.",
                     [("following March", "DATE")], id="the following month is the next"),
    ],
)
def test_figures_found(blank_nlp: Language, text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(blank_nlp, text) == expected


def test_initials_still_end_in_a_full_stop(blank_nlp: Language) -> None:
    assert [t.text for t in blank_nlp("J. Smith and M. Jones")][:2] == ["J.", "Smith"]


@pytest.mark.parametrize(
    ("text", "span", "bound"),
    [
        pytest.param("Fees are no more than $5m a year.", "no more than $5m a year", "upper",
                     id="no-more-than"),
        pytest.param("Growth was no less than 12%.", "no less than 12%", "lower",
                     id="no-less-than"),
        # "up" after a verb that takes it as a particle is no hedge: the level reached
        pytest.param("The jobless rate ticked up to 7.9% in October.", "7.9%", "exact",
                     id="ticked-up-to"),
        pytest.param("Unemployment went up to 5.5%.", "5.5%", "exact", id="went-up-to"),
        pytest.param("Prices may rise up to 5%.", "up to 5%", "upper", id="rise-up-to"),
        pytest.param("Fines of up to $5m apply.", "up to $5m", "upper", id="of-up-to"),
    ],
)
def test_the_hedge_a_figure_takes(blank_nlp: Language, text: str, span: str, bound: str) -> None:
    from claimx.claims import build_claims

    doc = blank_nlp(text)
    [claim] = [c for c in build_claims("d", text, doc._.claimx_figures) if c["kind"] != "date"]
    assert (claim["text"], claim["value"]["bound"]) == (span, bound)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # The document writes day first (31/01), so 05/02 is 5 February.
        ("Bids closed on 31/01/2025 and the sale ended on 05/02/2025.", "2025-02-05"),
        # Month first (01/31): 05/02 is 2 May.
        ("Bids closed on 01/31/2025 and the sale ended on 05/02/2025.", "2025-05-02"),
        # Nothing decides: the table's order, month first.
        ("The sale ended on 05/02/2025.", "2025-05-02"),
    ],
)
def test_ambiguous_numeric_dates_follow_the_document(
    blank_nlp: Language, text: str, start: str
) -> None:
    from claimx.claims import build_claims

    doc = blank_nlp(text)
    claims = build_claims("d", text, doc._.claimx_figures)
    [claim] = [c for c in claims if c["text"] == "05/02/2025"]
    assert claim["value"]["start"] == start


YEARLESS = [
    # (undated text, the figure, the first and last day of its period, or None: unresolved)
    # a period without a year reads in the year the document states ...
    ("Trade in the first half of 2019 was weak. Exports rose 3% from July to September.",
     "3%", ("2019-07-01", "2019-09-30")),
    ("Sales fell 2% in the second quarter. The firm was founded in 1998 and listed in May "
     "2019. Its 2019 accounts were late.", "2%", ("2019-04-01", "2019-06-30")),
    # ... unless it names that year only whole: it may have been written after the year,
    # of the next one's months, but for the year's last ones
    ("Trade in 2019 was weak. Exports rose 3% from July to September.", "3%", None),
    ("Sales fell 2% in 2022. Revenue fell 1% in the fourth quarter.", "1%",
     ("2022-10-01", "2022-12-31")),
    # ... the most often, the latest of equals (a comparison with an earlier year)
    ("Output grew 1.5% in the third quarter, its best since 2011. Growth in March 2017 was "
     "slow.", "1.5%", ("2017-07-01", "2017-09-30")),
    # ... leaving out the years that only forecasts speak of
    ("Sales fell 2% in June 2019. Sales are expected to rise 4% in 2020. Exports rose 3% "
     "from July to September.", "3%", ("2019-07-01", "2019-09-30")),
    # a report that forecasts a year was written by then, whatever later year it names
    ("Sales fell 2% in June 2004. Growth is expected to be 0.2% in 2004. Firms are gloomy "
     "about "
     "the first quarter of 2005 and the year to March 2005. Output rose 1% from July to "
     "September.", "1%", ("2004-07-01", "2004-09-30")),
    # a forecast scoped by a date an undated document cannot read leaves no bound
    ("Earlier this month, officials said as many as 3,000 firms may be reviewed. Sales fell "
     "2% in June 2004. Output rose 1% from July to September.", "1%",
     ("2004-07-01", "2004-09-30")),
    # a document that states no year, and dates counted from the present, stay unresolved
    ("Exports rose 3% from July to September.", "3%", None),
    ("Trade in 2019 was weak. Exports rose 3% last year.", "3%", None),
    # a day places the report, not the period its figures cover
    ("Trade in 2019 was weak. Exports rose 3% on Wednesday.", "3%", None),
    # beside the same period written with its year, the bare one is another year's
    ("Lending rose by £4bn in March, against £6bn in March 2019.", "£4bn", None),
    # ... but a sentence without figures (a headline) compares nothing with it
    ("Growth picked up in the second quarter (2Q2024).\nGDP grew 5.8% from April to June.",
     "5.8%", ("2024-04-01", "2024-06-30")),
    # ... but in another sentence, that period named again
    ("Japan's economy shrank 6.3 percent in the final quarter of 2019. GDP fell 1.6 percent "
     "in the October-December period.", "1.6 percent", ("2019-10-01", "2019-12-31")),
    # a century names no year the report is of
    ("Broadband for the 21st Century. Prices rose 8% in April.", "8%", None),
    # nor does a point of reference
    ("Prices rose 3.2% in October. The rate is the highest since 2001.", "3.2%", None),
    ("Prices rose 3.2% in October. The rate is the highest since 2001 and was 1% in May "
     "2019.", "3.2%", ("2019-10-01", "2019-10-31")),
    # a year stated before a point of reference is not the report's
    ("Prices rose 3.2% in October. The record was set in 2005. Pay is at its lowest since "
     "2009.", "3.2%", None),
    # several years, each stated once, name none as the report's
    ("Borrowing rose in 2013-14 and 2016-17. The deficit is £1bn more than expected in "
     "December.", "£1bn", None),
    ("Borrowing rose in 2013. Sales fell in 2013. The deficit is £1bn more than expected in "
     "December.", "£1bn", ("2013-12-01", "2013-12-31")),
    # a year last seen is a point of reference; the last part of a year is a period
    ("Approvals fell to levels last seen in 1995. Prices rose 8% in April.", "8%", None),
    ("Sales came to one million in the last portion of 2004. Prices rose 8% in December.",
     "8%", ("2004-12-01", "2004-12-31")),
    # two years in a row, each stated once: a report early in a year looks back on the year
    # before and the one before that, so neither is the year of its bare months
    ("Economic growth in 2004 was about 4%. Debt is down from one in eight at the end of "
     "2003. Inflation reached 0.7% in January.", "0.7%", None),
    # a relative year right after the bare period counts from the stated year
    ("Q1 2018 saw revenues of 60 trillion won. Samsung posted 15.147 trillion won for the "
     "fourth quarter last year.", "15.147 trillion won", ("2017-10-01", "2017-12-31")),
    ("Q1 2018 saw revenues of 60 trillion won. Samsung posted 15.147 trillion won for the "
     "fourth quarter.", "15.147 trillion won", ("2018-10-01", "2018-12-31")),
]


@pytest.mark.parametrize(("text", "figure", "period"), YEARLESS,
                         ids=[f"{t[:30]}|{p}" for t, _, p in YEARLESS])
def test_an_undated_documents_yearless_periods_read_in_its_stated_year(
    blank_nlp: Language, text: str, figure: str, period: tuple[str, str] | None
) -> None:
    assert period_of(blank_nlp, text, figure) == period


@pytest.mark.parametrize(("figure", "period"), [
    pytest.param("1.8 percent", ("2019-01-01", "2019-03-31"), id="the quarter after the latest"),
    pytest.param("0.3 percent", ("2019-01-01", "2019-03-31"), id="however it is written"),
    pytest.param("1 percent", None, id="not one the latest year holds at or after it"),
])
def test_an_undated_report_s_bare_period_comes_after_the_latest_it_dates(
    nlp: Language, figure: str, period: tuple[str, str] | None
) -> None:
    """Reuters on South Korea's first quarter of 2019, undated: its years are each stated
    once, a point of reference (2008) and the quarter before (2018)."""
    text = ("GDP in the first quarter declined 0.3 percent, the worst contraction since a 3.3 "
            "percent drop in the fourth quarter of 2008 and sliding from 1 percent growth in "
            "Oct-Dec. From a year earlier, the economy grew 1.8 percent in the January-March "
            "quarter, compared with 3.1 percent in the final quarter of 2018.")
    assert period_of(nlp, text, figure) == period


def test_an_undated_report_s_bare_period_of_last_year_is_not_the_latest_s_next(
    nlp: Language,
) -> None:
    # the year after the latest it dates would be this quarter's, but "last year" says it is
    # of a year the report does not state
    text = ("GDP in the first quarter declined 0.3 percent, the worst contraction since a 3.3 "
            "percent drop in the fourth quarter of 2008 and sliding from 1 percent growth in "
            "Oct-Dec. The economy grew 1.2 percent in the January-March quarter last year, "
            "compared with 3.1 percent in the final quarter of 2018.")
    assert period_of(nlp, text, "0.3 percent") == ("2019-01-01", "2019-03-31")
    assert period_of(nlp, text, "1.2 percent") is None


def test_a_year_only_forecasts_speak_of_is_no_year_an_undated_document_is_of(
    nlp: Language,
) -> None:
    # "projections for 2022" scopes no figure, but its sentence foresees and states nothing
    text = ("Saudi Arabia's economy grew 6.8% in the third quarter from a year earlier. The "
            "government forecast growth of 2.6% this year and 7.5% in 2022, saying "
            "projections for 2022 were based on expectations of increased oil output.")
    assert period_of(nlp, text, "6.8%") is None
    # a year a fact is stated for still sets it
    told = text.replace("the third quarter from", "the third quarter of 2021 from")
    told += " Oil activities grew 9% in the second quarter."
    assert period_of(nlp, told, "9%") == ("2021-04-01", "2021-06-30")


def test_the_base_of_a_change_is_no_year_an_undated_document_is_of(nlp: Language) -> None:
    # the parse finds what a change is measured from; a report compares with its own past
    text = ("Prices fell to levels last seen in 1995. 48,000 fewer mortgages were approved in "
            "January than for the same month in 2004. Lending rose by £7.2bn in January.")
    assert period_of(nlp, text, "£7.2bn") is None


PARTS = [
    # the end of a year is the one period the report names inside it
    ("The economy shrank at a 3.8 percent pace at the end of 2008. The figure showed the "
     "economy sinking at a faster clip in the October-December period.", "3.8 percent",
     ("2008-10-01", "2008-12-31")),
    # a month is no stand-in for a third of a year
    ("Phishing was up by September 2008. By the end of 2008, 75% of messages were junk.",
     "75%", ("2008-09-01", "2008-12-31")),
    # two periods inside it: which one is meant is not said
    ("Sales rose 5% at the end of 2008. Prices fell from September to November 2008 and "
     "rose in the fourth quarter of 2008.", "5%", ("2008-09-01", "2008-12-31")),
]


@pytest.mark.parametrize(("text", "figure", "period"), PARTS,
                         ids=[f"{t[:30]}|{p}" for t, _, p in PARTS])
def test_a_part_of_a_period_stands_for_the_one_period_named_inside_it(
    blank_nlp: Language, text: str, figure: str, period: tuple[str, str]
) -> None:
    assert period_of(blank_nlp, text, figure) == period


def period_of(nlp: Language, text: str, figure: str) -> tuple[str, str] | None:
    """The start and end of the period of the claim of ``figure`` (None: no months)."""
    from claimx.claims import build_claims

    doc = nlp(text)
    [claim] = [c for c in build_claims("d", text, doc._.claimx_figures) if c["text"] == figure]
    time = claim["time"]
    assert time is not None
    return (time["start"], time["end"]) if time["start"] else None


def test_a_dated_documents_periods_read_in_its_own_year(blank_nlp: Language) -> None:
    from claimx.claims import build_claims

    text = "Trade in 2019 was weak. Exports rose 3% from July to September."
    doc = blank_nlp(text)
    claims = build_claims("d", text, doc._.claimx_figures, doc_date=date(2021, 11, 2))
    [claim] = [c for c in claims if c["text"] == "3%"]
    assert (claim["time"]["start"], claim["time"]["end"]) == ("2021-07-01", "2021-09-30")


def test_a_rules_folder_normalizes_with_its_own_tables(tmp_path: Path) -> None:
    """Claims are normalized with the tables of the rules folder the run uses: its
    fiscal-year start (dates.json) and its currency symbols (currencies.json)."""
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    dates = json.loads((rules / "dates.json").read_text(encoding="utf-8"))
    dates["fiscal_year_start_month"] = 4
    (rules / "dates.json").write_text(json.dumps(dates), encoding="utf-8")
    currencies = json.loads((rules / "currencies.json").read_text(encoding="utf-8"))
    currencies["symbols"]["rs"] = "PKR"  # "Rs" alone: rupees of Pakistan, not of India
    (rules / "currencies.json").write_text(json.dumps(currencies), encoding="utf-8")
    text = "Revenue in FY24 was Rs 5m."
    for folder, start, currency in ((None, "2023-07-01", "INR"), (rules, "2023-04-01", "PKR")):
        nlp = build_nlp("blank", folder)
        doc = nlp(text)
        figures = doc._.claimx_figures
        claims = build_claims("d", text, figures, normalizers=pipeline_normalizers(nlp))
        values = {claim["kind"]: claim["value"] for claim in claims}
        assert values["date"]["start"] == start
        assert values["money"]["unit"] == currency


def test_kept_answers_are_the_normalizers_answers() -> None:
    kept = Normalizers.from_rules(None)
    for text in ["$4.6 billion", "over $150+", "Rs 5m", "£600m", "nonsense", "$4.6 billion"]:
        assert kept.money(text) == parse_money(text)
        assert kept.money(text, ["PKR"]) == parse_money(text, prefer=["PKR"])
    for text in ["30-50%", "2.5 percentage points", "5%"]:
        assert kept.percent(text) == parse_percent(text)
    for text in ["over 600,000", "two to three", "600,000"]:
        assert kept.count(text) == parse_count(text)
    for text in ["more than 40 and less than 10", "more than 20, above 170", "ten and fifteen"]:
        assert kept.bounds(text) == split_bounds(text)
    for text, ref in [("last year", date(2024, 5, 1)), ("last year", None), ("03/04/2024", None)]:
        assert kept.date(text, ref) == parse_date(text, ref)
        assert kept.date(text, ref, order="dmy") == parse_date(text, ref, order="dmy")


def test_a_conversion_of_an_amount_not_read_names_no_claim() -> None:
    from claimx.claims import build_claims

    text = "It paid a zillion zorkmids ($960m; £499m) in fees."
    sentence = {"sentence_start": 0, "sentence_end": len(text)}
    figures = [
        {"kind": "money", "label": "MONEY", "start": text.index(t),
         "end": text.index(t) + len(t), **sentence}
        for t in ("a zillion zorkmids", "$960m", "£499m")
    ]
    claims = build_claims("d", text, figures)
    assert [(c["text"], c["converts"]) for c in claims] == [("$960m", None), ("£499m", None)]


def _money_record(text: str, figure: str, after: int = 0, **frame: object) -> dict[str, object]:
    start = text.index(figure, after)
    return {"kind": "money", "label": "MONEY", "start": start, "end": start + len(figure),
            "sentence_start": 0, "sentence_end": len(text), **frame}


def test_a_figure_with_no_measure_that_repeats_an_earlier_amount_is_that_figure() -> None:
    text = "IT exports reached $4.6 billion. The $4.6 billion milestone was a $5 billion one."
    first = _money_record(text, "$4.6 billion", measure="IT exports", metric="IT exports",
                          entity="Pakistan", entity_basis="stated", metric_basis="stated")
    again = _money_record(text, "$4.6 billion", after=first["end"])  # type: ignore[arg-type]
    other = _money_record(text, "$5 billion")
    claims = build_claims("d", text, [first, again, other])
    subjects = [(c["subject"]["metric"], c["subject"]["entity"], c["subject"]["basis"]["metric"])
                for c in claims]
    assert subjects == [("IT exports", "Pakistan", "stated"),
                        ("IT exports", "Pakistan", "resolved"),
                        (None, None, None)]


def test_a_bracketed_conversion_takes_the_frame_of_the_amount_it_converts() -> None:
    text = "Their 2004 earnings rose to $43.1m (£23.1m), while costs were $2m."
    main = _money_record(text, "$43.1m", measure="earnings", metric="earnings",
                         entity="Metallica", entity_basis="stated", metric_basis="stated",
                         facet="new_level")
    converted = _money_record(text, "£23.1m", measure="rose", metric="rose", facet="change",
                              direction="up")
    other = _money_record(text, "$2m", measure="costs", metric="costs", metric_basis="stated")
    claims = build_claims("d", text, [main, converted, other])
    frames = [(c["subject"]["metric"], c["subject"]["entity"], c["value"]["facet"],
               c["value"]["direction"], c["converts"]) for c in claims]
    assert frames == [("earnings", "Metallica", "new_level", None, None),
                      ("earnings", "Metallica", "new_level", None,
                       f"d:{main['start']}-{main['end']}"),
                      ("costs", None, "level", None, None)]
    assert claims[1]["value"]["unit"] == "GBP" and claims[1]["value"]["low"] == 23.1e6


def test_an_amount_compared_with_a_rate_is_that_rate() -> None:
    text = "They pay $50-70 per hour, compared to $150+ at home; a car costs $90 in fees."
    rate = _money_record(text, "$50-70 per hour")
    compared = _money_record(text, "$150+", compared_index=0)
    unlinked = _money_record(text, "$90", compared_index=None)
    euros = _money_record(text.replace("$150+", "€150+"), "€150+", compared_index=0)
    claims = build_claims("d", text, [rate, compared, unlinked])
    assert [(c["value"]["per"], c["value"]["facet"]) for c in claims] == [
        ("hour", "rate"), ("hour", "rate"), (None, "level")]
    other = build_claims("d", text.replace("$150+", "€150+"), [rate, euros])
    assert other[1]["value"]["per"] is None  # another unit: no rate of the same thing


def test_a_level_whose_metric_is_an_average_is_an_average() -> None:
    text = "Prices are well above 2004's average of $41.48, and sales were $5m."
    average = _money_record(text, "$41.48", measure="Prices", metric="average price")
    level = _money_record(text, "$5m", measure="sales", metric="sales")
    claims = build_claims("d", text, [average, level])
    assert [c["value"]["facet"] for c in claims] == ["average", "level"]


def test_a_percentage_that_repeats_an_earlier_one_is_not_tied_to_it() -> None:
    text = "Sales fell 9% in February. The firm has cut output by around 9%."
    first = _percent_record(text, "9%", measure="Sales", metric="sales",
                            entity="GM", entity_basis="stated", metric_basis="stated")
    again = _percent_record(text, "around 9%")
    claims = build_claims("d", text, [first, again])
    assert [(c["subject"]["metric"], c["subject"]["entity"]) for c in claims] == [
        ("sales", "GM"), (None, None)]


def _percent_record(text: str, figure: str, **frame: object) -> dict[str, object]:
    return {**_money_record(text, figure, **frame), "kind": "percent", "label": "PERCENT"}


def test_a_whole_percentage_beside_decimals_is_read_to_their_precision() -> None:
    """"grew just 1.5%, down from an initial estimate of 2%": 2% states 2.0%, so a report of
    2.5% for that estimate disagrees with it; a sentence of whole figures keeps theirs, and
    money keeps its own."""
    text = "Spending grew just 1.5%, down from an initial estimate of 2%."
    claims = build_claims("d", text, [_percent_record(text, "1.5%"),
                                      _percent_record(text, "2%")])
    assert [c["value"]["precision"] for c in claims] == [0.1, 0.1]
    whole = "Spending grew 3%, down from 4%."
    claims = build_claims("d", whole, [_percent_record(whole, "3%"), _percent_record(whole, "4%")])
    assert [c["value"]["precision"] for c in claims] == [1, 1]
    money = "Profit rose to $4.6bn from $4bn."
    claims = build_claims("d", money, [_money_record(money, "$4.6bn"),
                                       _money_record(money, "$4bn")])
    assert claims[1]["value"]["precision"] == 1e9


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        # a US company's fiscal year is its own: no government's, no table default
        ("Walmart Inc said Walmart Inc net sales rose to $141.7 billion in the fourth quarter "
         "of fiscal 2020.", "$141.7 billion", None),
        # a Japanese company keeps Japan's companies' April year
        ("Toyota Motor said Toyota Motor's operating profit in fiscal 2024 was 5.35 trillion "
         "yen. Japan's carmakers gained. Japan's exports rose.", "5.35 trillion yen",
         ("2023-04-01", "2024-03-31")),
        # named months are the months whoever keeps the books
        ("Exports rose 24% to $2.8bn in July-March of fiscal 2025.", "$2.8bn",
         ("2024-07-01", "2025-03-31")),
        # the report states the company's own year, in words or by a quarter's months
        ("Cisco's fiscal year ends in July. Cisco said revenue rose 8% to $14 billion in the "
         "fourth quarter of fiscal 2024.", "$14 billion", ("2024-05-01", "2024-07-31")),
        ("Siemens said net profit was EUR 2bn in the first quarter of fiscal 2024 "
         "(October-December).", "EUR 2bn", ("2023-10-01", "2023-12-31")),
    ],
)
def test_a_fiscal_period_is_read_under_the_books_it_belongs_to(
    nlp: Language, text: str, figure: str, period: tuple[str, str] | None
) -> None:
    assert period_of(nlp, text, figure) == period


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        # a national body's budget is its country's, and names the country whose currency
        # a place-only symbol is
        pytest.param("THE Philippine House of Representatives approved the P5.786-trillion "
                     "national budget.", "P5.786-trillion",
                     ("Philippines", "budget", "PHP", 5_786_000_000_000),
                     id="a national body's budget"),
        pytest.param("The firm signed a $4.6-billion deal.", "$4.6-billion",
                     (None, "deal value", "USD", 4_600_000_000), id="a hyphenated scale"),
    ],
)
def test_a_budget_and_its_currency_are_the_country_a_national_body_names(
    nlp: Language, text: str, figure: str, expected: tuple[str | None, str, str, int]
) -> None:
    from tests.conftest import claims_of

    (found,) = [c for c in claims_of(nlp, text, ("money",)) if c["text"] == figure]
    subject, value = found["subject"], found["value"]
    assert (subject["entity"], subject["metric"], value["unit"], value["low"]) == expected
