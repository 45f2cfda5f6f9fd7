"""Keys that let two reports of one figure meet: a period an undated report names without its
year, a basis stated after a date, qualifiers written in the metric or beside it, and a
company's sales as its revenue."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from claimx.reconcile import reconcile
from claimx.reconcile.records import yearless_months

Build = Callable[..., dict[str, Any]]
T = 10**12


def quarter(text: str, first: str | None = None, last: str | None = None) -> dict[str, Any]:
    """A claim's time: a quarter of a known year, or (no days) one named without its year."""
    return {"claim_id": None, "text": text, "start": first, "end": last, "grain": "quarter",
            "relative": first is None, "offset": None}


def rate(claim: Build, doc: str, text: str, value: float, **kw: Any) -> dict[str, Any]:
    kw.setdefault("entity", "Saudi Arabia")
    kw.setdefault("metric", "GDP")
    made = claim(doc, text, value, kind="percent", unit="percent", precision=0.1, **kw)
    made["value"].update({"facet": "change", "direction": "up"})
    return made


def test_the_months_of_a_period_named_without_its_year() -> None:
    assert yearless_months("rel::the third quarter") == (7, 9)
    assert yearless_months("rel::the three months to june") == (4, 6)
    assert yearless_months("rel::october") == (10, 10)
    # of the report's own year, which an undated report does not name either
    assert yearless_months("rel:P0Y:the first quarter of the year") == (1, 3)
    assert yearless_months("rel:P0Y:the first 11 months of this year") == (1, 11)
    # a shift from the present, a year, and days name no such period
    assert yearless_months("rel:-P1Y:last year") is None
    assert yearless_months("rel::the end of march") is None
    assert yearless_months("Y2021") is None


def test_an_undated_reports_bare_quarter_meets_the_one_year_others_give(claim: Build) -> None:
    q3 = quarter("the third quarter of 2021", "2021-07-01", "2021-09-30")
    found = reconcile([
        rate(claim, "dated", "5.8%", 5.8, time=q3, doc_date="2021-11-10",
             sentence="GDP grew 5.8% in the third quarter of 2021 from the previous quarter."),
        rate(claim, "undated", "5.7%", 5.7, time=quarter("the third quarter"),
             sentence="Quarter-on-quarter, the economy grew 5.7% in the third quarter."),
    ])
    assert [f["type"] for f in found] == ["cross_document"]
    # beside two years' third quarters, nothing says which one it is
    q3_2020 = quarter("the third quarter of 2020", "2020-07-01", "2020-09-30")
    apart = reconcile([
        rate(claim, "dated", "5.8%", 5.8, time=q3, doc_date="2021-11-10",
             sentence="GDP grew 5.8% in the third quarter of 2021 from the previous quarter."),
        rate(claim, "older", "5.8%", 5.8, time=q3_2020, doc_date="2020-11-10",
             sentence="GDP grew 5.8% in the third quarter of 2020 from the previous quarter."),
        rate(claim, "undated", "5.7%", 5.7, time=quarter("the third quarter"),
             sentence="Quarter-on-quarter, the economy grew 5.7% in the third quarter."),
    ])
    assert apart == []


def test_the_figures_an_undated_report_repeats_tell_which_year_it_speaks_of(
    claim: Build,
) -> None:
    """Two years' reports of a statistic: the undated one repeats 2021's second quarter, so its
    bare third quarter is 2021's."""
    def dated(doc: str, year: int, q2: float, q3: float) -> list[dict[str, Any]]:
        first = quarter(f"the second quarter of {year}", f"{year}-04-01", f"{year}-06-30")
        third = quarter(f"the third quarter of {year}", f"{year}-07-01", f"{year}-09-30")
        return [
            rate(claim, doc, f"{q2}%", q2, time=first, doc_date=f"{year}-11-10",
                 sentence=f"GDP grew {q2}% in the second quarter of {year}."),
            rate(claim, doc, f"{q3}%", q3, time=third, doc_date=f"{year}-11-10",
                 sentence=f"GDP grew {q3}% in the third quarter of {year}."),
        ]
    undated = [
        rate(claim, "undated", "1.5%", 1.5, time=quarter("the second quarter"),
             sentence="GDP grew 1.5% in the second quarter."),
        rate(claim, "undated", "5.7%", 5.7, time=quarter("the third quarter"),
             sentence="GDP grew 5.7% in the third quarter."),
        rate(claim, "undated", "1.5%", 1.5, time=quarter("the three months to June"),
             sentence="That followed growth of 1.5% in the three months to June."),
    ]
    found = reconcile([*dated("older", 2020, 0.9, 5.7), *dated("newer", 2021, 1.5, 5.8),
                       *undated])
    assert len(found) == 1
    assert {(v["doc_id"], v["text"]) for v in found[0]["values"]} == {
        ("newer", "5.8%"), ("undated", "5.7%")}
    # repeating nothing, it is of neither year
    apart = reconcile([*dated("older", 2020, 0.9, 5.6), *dated("newer", 2021, 1.4, 5.8),
                       *undated])
    assert apart == []


def test_a_figure_without_a_period_takes_the_one_its_report_repeats(claim: Build) -> None:
    """"The economy grew 5.7%", no period named, in a report that repeats a dated report's 6.8%
    growth of exports in the third quarter of 2021: the third quarter's."""
    q3 = quarter("the third quarter of 2021", "2021-07-01", "2021-09-30")

    def grew(doc: str, text: str, **kw: Any) -> dict[str, Any]:
        value = float(text.rstrip("%"))
        return rate(claim, doc, text, value, entity="Ruritania", **kw)

    dated = [
        grew("dated", "6.8%", metric="exports", time=q3, doc_date="2021-11-10",
             sentence="Exports grew 6.8% in Q3 2021."),
        grew("dated", "5.8%", time=q3, doc_date="2021-11-10",
             sentence="GDP grew 5.8% on the quarter in Q3 2021."),
    ]
    undated = [
        grew("undated", "6.8%", metric="exports", sentence="Exports grew 6.8%."),
        grew("undated", "5.7%", sentence="The economy grew 5.7% on the quarter."),
    ]
    found = reconcile([*dated, *undated])
    assert len(found) == 1
    assert {(v["doc_id"], v["text"]) for v in found[0]["values"]} == {
        ("dated", "5.8%"), ("undated", "5.7%")}
    assert "resolved" in {v["found"]["period"] for v in found[0]["values"]}
    # repeating nothing, the report's period is unknown: its figure stays current
    assert reconcile([*dated, undated[1]]) == []
    # repeating nothing but dating its other figure of the holder, it speaks of that period
    dated_gdp = grew("undated", "5.9%", time=q3, metric="imports",
                     sentence="Imports grew 5.9% in Q3 2021.")
    found = reconcile([*dated, undated[1], dated_gdp])
    assert {(v["doc_id"], v["text"]) for f in found for v in f["values"]} >= {
        ("dated", "5.8%"), ("undated", "5.7%")}
    # an earlier period it compares with leaves it the third quarter's; a later one it also
    # speaks of does not say which is whose
    q2 = quarter("the second quarter of 2021", "2021-04-01", "2021-06-30")
    earlier = grew("undated", "1.5%", time=q2, metric="retail sales",
                   sentence="Retail sales grew 1.5% in the second quarter of 2021.")
    assert len(reconcile([*dated, *undated, earlier])) == 1
    q4 = quarter("the fourth quarter of 2021", "2021-10-01", "2021-12-31")
    later = grew("undated", "1.5%", time=q4, metric="retail sales",
                 sentence="Retail sales grew 1.5% in the fourth quarter of 2021.")
    assert reconcile([*dated, *undated, later]) == []


def test_a_figure_its_sentence_gives_a_year_is_never_a_quarter_s(claim: Build) -> None:
    """"Operating profit for the year reached 6.57 trillion won" in a report on the fourth
    quarter is the year's: it never meets the quarter's 2.8 trillion won, and meets the
    year's where another report gives it; without "for the year" it is the quarter's."""
    q4 = quarter("the fourth quarter of 2023", "2023-10-01", "2023-12-31")

    def won(doc: str, value: float, metric: str, sentence: str, **kw: Any) -> dict[str, Any]:
        return claim(doc, f"{value} trillion won", value * 1e12, unit="KRW", precision=1e10,
                     entity="Samsung", metric=metric, sentence=sentence, **kw)
    dated = won("dated", 2.8, "operating profit", "Q4 operating profit was 2.8 trillion won.",
                time=q4, doc_date="2024-01-31")
    quarter_sales = won("undated", 67.78, "revenue", "Q4 sales were 67.78 trillion won.",
                        time=q4)
    for_the_year = won("undated", 6.57, "operating profit",
                       "Operating profit for the year reached 6.57 trillion won.")
    assert reconcile([dated, quarter_sales, for_the_year]) == []
    year = {"claim_id": None, "text": "2023", "start": "2023-01-01", "end": "2023-12-31",
            "grain": "year", "relative": False, "offset": None}
    annual = won("annual", 6.54, "operating profit", "2023 operating profit was 6.54 trillion won.",
                 time=year, doc_date="2024-01-09")
    found = reconcile([dated, quarter_sales, for_the_year, annual])
    assert [{v["doc_id"] for v in f["values"]} for f in found] == [{"undated", "annual"}]
    unsaid = won("undated", 6.57, "operating profit", "Operating profit reached 6.57 trillion won.")
    assert len(reconcile([dated, quarter_sales, unsaid])) == 1


def test_a_figure_without_a_period_tells_a_reports_year_too(claim: Build) -> None:
    """An undated report's "Exports grew 6.8%", no period named, repeats 2021's third-quarter
    exports: its bare "third quarter" is 2021's, not 2020's."""
    def grew(doc: str, text: str, **kw: Any) -> dict[str, Any]:
        return rate(claim, doc, text, float(text.rstrip("%")), entity="Ruritania", **kw)

    def dated(year: int, exports: str, gdp: str) -> list[dict[str, Any]]:
        q3 = quarter(f"the third quarter of {year}", f"{year}-07-01", f"{year}-09-30")
        return [
            grew(f"y{year}", exports, metric="exports", time=q3, doc_date=f"{year}-11-10",
                 sentence=f"Exports grew {exports} in Q3 {year}."),
            grew(f"y{year}", gdp, time=q3, doc_date=f"{year}-11-10",
                 sentence=f"GDP grew {gdp} in Q3 {year}."),
        ]
    undated = [
        grew("undated", "6.8%", metric="exports", sentence="Exports grew 6.8%."),
        grew("undated", "5.7%", time=quarter("the third quarter"),
             sentence="GDP grew 5.7% in the third quarter."),
    ]
    found = reconcile([*dated(2020, "1.1%", "5.7%"), *dated(2021, "6.8%", "5.8%"), *undated])
    assert [{(v["doc_id"], v["text"]) for v in f["values"]} for f in found] == [
        {("y2021", "5.8%"), ("undated", "5.7%")}]


def test_a_bare_period_a_figure_only_inherited_places_it_nowhere(claim: Build) -> None:
    """"At that time, inflation was at 2.6%": a period carried over from an earlier sentence
    is a guess, too weak to tell which year's the figure is, unless the report's own figures
    of that period were placed (test_a_figure_inheriting_an_undated_reports_bare_quarter_...)."""
    q3 = quarter("the third quarter of 2021", "2021-07-01", "2021-09-30")
    carried = {**quarter("the third quarter"), "inherited": True}
    found = reconcile([
        rate(claim, "dated", "5.8%", 5.8, time=q3, doc_date="2021-11-10",
             sentence="GDP grew 5.8% in the third quarter of 2021 from the previous quarter."),
        rate(claim, "undated", "5.7%", 5.7, time=carried,
             sentence="Quarter-on-quarter, the economy grew 5.7%."),
    ])
    assert found == []


def test_a_bare_period_beside_the_same_one_with_its_year_stays_another_year(
    claim: Build,
) -> None:
    """"£4bn in March, against £6bn in March 2019": the bare March is another year's."""
    march = {"claim_id": None, "text": "March 2019", "start": "2019-03-01", "end": "2019-03-31",
             "grain": "month", "relative": False, "offset": None}
    bare = {**march, "text": "March", "start": None, "end": None, "relative": True}
    sentence = "Lending rose by £4bn in March, against £6bn in March 2019."
    found = reconcile([
        claim("doc", "£4bn", 4e9, unit="GBP", precision=1e9, entity="UK", metric="lending",
              time=bare, sentence=sentence),
        claim("doc", "£6bn", 6e9, unit="GBP", precision=1e9, entity="UK", metric="lending",
              time=march, sentence=sentence),
    ])
    assert found == []


def test_a_basis_stated_after_a_date_is_found(claim: Build) -> None:
    """Saudi Arabia's quarterly growth is published on a year earlier; a rate that says it is on
    the quarter before, after its date, is not, and "seasonally adjusted" is how such a rate
    is published."""
    q3 = quarter("Q3 of 2021", "2021-07-01", "2021-09-30")
    found = reconcile([
        rate(claim, "a", "5.8 percent", 5.8, time=q3, doc_date="2021-11-10",
             sentence="The seasonally adjusted quarterly real GDP grew by 5.8 percent in Q3 of "
                      "2021, compared to the previous quarter."),
        rate(claim, "b", "5.4%", 5.4, time=q3, doc_date="2021-11-10",
             sentence="Quarter-on-quarter, the economy grew by 5.4% in Q3 of 2021."),
        rate(claim, "c", "6.8%", 6.8, time=q3, doc_date="2021-11-10",
             sentence="The economy grew 6.8% in the third quarter of 2021."),
    ])
    assert len(found) == 1
    assert {v["text"] for v in found[0]["values"]} == {"5.8 percent", "5.4%"}


def test_a_bare_quarter_takes_its_holders_conventional_basis(claim: Build) -> None:
    """In an undated report, "grew 7% in Q3" of a holder that publishes growth on a year
    earlier is that rate, and never meets a rate on the quarter before."""
    q3 = quarter("Q3 of 2021", "2021-07-01", "2021-09-30")
    found = reconcile([
        rate(claim, "a", "5.8%", 5.8, time=q3, doc_date="2021-11-10",
             sentence="Quarter-on-quarter, the economy grew by 5.8% in Q3 of 2021."),
        rate(claim, "b", "7%", 7.0, time=quarter("Q3"), sentence="The economy grew by 7% in Q3."),
    ])
    assert found == []


def test_a_companys_sales_are_its_revenue(claim: Build) -> None:
    q1 = quarter("the first quarter of 2018", "2018-01-01", "2018-03-31")
    found = reconcile([
        claim("a", "60 trillion won", 60 * T, unit="KRW", precision=T, entity="Samsung",
              metric="sales", time=q1, sentence="Sales rose to 60 trillion won."),
        claim("b", "65 trillion won", 65 * T, unit="KRW", precision=T, entity="Samsung",
              metric="revenue", time=q1, sentence="Revenue was 65 trillion won."),
    ])
    assert [f["type"] for f in found] == ["cross_document"]
    # a count of sales is of units sold: never the revenue
    units = reconcile([
        claim("a", "60 million", 60e6, kind="quantity", unit="phones", precision=1e6,
              entity="Samsung", metric="sales", time=q1, sentence="Sales were 60 million."),
        claim("b", "65 million", 65e6, kind="quantity", unit="phones", precision=1e6,
              entity="Samsung", metric="revenue", time=q1, sentence="Revenue was 65 million."),
    ])
    assert units == []
    # nor is a metric the frame only guessed from a word near the figure ("a 4.9% increase in
    # product sales, reaching $11.32 billion": a part of the revenue)
    guessed = claim("a", "60 trillion won", 60 * T, unit="KRW", precision=T, entity="Samsung",
                    metric="sales", time=q1, sentence="Product sales reached 60 trillion won.")
    guessed["subject"]["basis"] = {"entity": "stated", "metric": "defaulted", "time": "stated"}
    revenue = claim("b", "65 trillion won", 65 * T, unit="KRW", precision=T, entity="Samsung",
                    metric="revenue", time=q1, sentence="Revenue was 65 trillion won.")
    assert reconcile([guessed, revenue]) == []


def test_words_that_only_say_whole_leave_the_metric_one(claim: Build) -> None:
    """"group net profit", "combined operating profit" are the holder's net profit and
    operating profit; "annual sales" of a year are its annual revenue; "M-Pesa revenue" is
    "MPesa revenue"; "net sales" stay apart from revenue, the net qualifier changes it."""
    q4 = quarter("the fourth quarter of 2023", "2023-10-01", "2023-12-31")

    def pair(metric_a: str, metric_b: str, time: Any = q4) -> list[str]:
        return [f["type"] for f in reconcile([
            claim("a", "6.5 trillion won", 6.5 * T, unit="KRW", precision=T / 10,
                  entity="Samsung", metric=metric_a, time=time),
            claim("b", "7.1 trillion won", 7.1 * T, unit="KRW", precision=T / 10,
                  entity="Samsung", metric=metric_b, time=time),
        ])]

    assert pair("combined operating profit", "operating profit") == ["cross_document"]
    assert pair("group net profit", "net profit") == ["cross_document"]
    assert pair("annual sales", "annual revenue", None) == ["cross_document"]
    assert pair("M-Pesa revenue", "mpesa revenue") == ["cross_document"]
    assert pair("net sales", "revenue") == []


def test_a_kind_of_metric_written_beside_it_leads_the_metric(claim: Build) -> None:
    q1 = quarter("the first quarter of 2018", "2018-01-01", "2018-03-31")
    stated = claim("a", "15.6 trillion won", 15.6 * T, unit="KRW", precision=T / 10,
                   entity="Samsung", metric="operating profit", time=q1,
                   sentence="Operating profit was 15.6 trillion won.")
    beside = claim("b", "14.5 trillion won", 14.5 * T, unit="KRW", precision=T / 10,
                   entity="Samsung", metric="profit", time=q1,
                   sentence="Its operating profit, the firm said, came to 14.5 trillion won.")
    found = reconcile([stated, beside])
    assert [f["type"] for f in found] == ["cross_document"]
    # a different kind keeps them apart
    pre_tax = claim("b", "14.5 trillion won", 14.5 * T, unit="KRW", precision=T / 10,
                    entity="Samsung", metric="profit", time=q1,
                    sentence="Its pre-tax profit, the firm said, came to 14.5 trillion won.")
    assert reconcile([stated, pre_tax]) == []


def inflation_figure(
    claim: Build, doc: str, text: str, value: float, sentence: str, *, month: str,
    entity: str, doc_date: str, facet: str, direction: str | None = None,
) -> dict[str, Any]:
    """A percentage of a country's inflation in one month (``month``: "2022-10"), with the
    facet (and direction) the claim frame read."""
    start = date.fromisoformat(f"{month}-01")
    end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    time = {"claim_id": None, "text": start.strftime("%B %Y"), "start": start.isoformat(),
            "end": end.isoformat(), "grain": "month", "relative": False, "offset": None}
    made = claim(doc, text, value, kind="percent", unit="percent", precision=0.1,
                 entity=entity, metric="inflation", time=time, doc_date=doc_date,
                 sentence=sentence)
    made["value"]["facet"], made["value"]["direction"] = facet, direction
    return made


def test_a_level_of_a_rate_on_a_year_says_year_on_year_or_not_alike(claim: Build) -> None:
    """Inflation is a change on a year earlier: "10.7% year-on-year" and "at 10.7%" are one
    kind of figure, and 10.5% against 10.7% for one month is a disagreement."""
    def level(doc: str, text: str, value: float, sentence: str) -> dict[str, Any]:
        return inflation_figure(claim, doc, text, value, sentence, month="2022-10",
                                entity="euro area", doc_date="2022-11-01", facet="level")
    found = reconcile([
        level("a", "10.7%", 10.7, "Inflation stood at 10.7% year-on-year in October 2022."),
        level("b", "10.5%", 10.5, "Annual price increases hit a record in October 2022 at 10.5%."),
    ])
    assert [f["type"] for f in found] == ["cross_document"]


def test_a_rise_of_a_yearly_rate_on_the_month_before_is_no_rate_on_a_year(claim: Build) -> None:
    """Consumer prices' rise on the month before is no inflation rate, which is on a year
    earlier whether it says so or not: 0.9% against 3.4% for one month is no disagreement;
    two monthly rises that disagree are."""
    def rise(doc: str, text: str, value: float, sentence: str) -> dict[str, Any]:
        return inflation_figure(claim, doc, text, value, sentence, month="2018-01",
                                entity="Philippines", doc_date="2018-03-06", facet="change",
                                direction="up")
    monthly = rise("a", "0.9%", 0.9, "Prices rose in January 2018, a 0.9% month-on-month rise.")
    yearly = rise("b", "3.4 percent", 3.4, "Inflation was 3.4 percent in January 2018.")
    assert reconcile([monthly, yearly]) == []
    other = rise("c", "0.7%", 0.7, "Prices rose in January 2018, a 0.7% month-on-month rise.")
    assert [f["type"] for f in reconcile([monthly, other])] == ["cross_document"]


def test_a_figure_inheriting_an_undated_reports_bare_quarter_goes_where_that_quarter_went(
    claim: Build,
) -> None:
    """"Exports grew 6.8% in the third quarter. The economy expanded 5.8% from the previous
    quarter": the report's third quarter is 2021's (its 6.8% repeats that quarter's), and so
    is the period the 5.8% inherits; not when its own sentence dates another figure, which
    puts the inherited period in doubt ("shrank by 0.2% in the three months to June - but
    today, it said that decrease was actually 1.1%")."""
    q3 = quarter("the third quarter of 2021", "2021-07-01", "2021-09-30")
    dated = [
        rate(claim, "dated", "6.8%", 6.8, metric="exports", time=q3, doc_date="2021-11-10",
             sentence="Exports grew 6.8% in the third quarter of 2021."),
        rate(claim, "dated", "5.7%", 5.7, time=q3, doc_date="2021-11-10",
             sentence="GDP grew 5.7% in the third quarter of 2021 from the previous quarter."),
    ]
    inherited = {**quarter("the third quarter"), "inherited": True}

    def undated(second: str) -> list[dict[str, Any]]:
        return [
            rate(claim, "undated", "6.8%", 6.8, metric="exports",
                 time=quarter("the third quarter"),
                 sentence="Exports grew 6.8% in the third quarter.", sentence_start=0),
            rate(claim, "undated", "5.8%", 5.8, time=inherited, sentence=second,
                 sentence_start=100),
        ]

    found = reconcile([*dated, *undated("The economy expanded 5.8% from the previous quarter.")])
    assert {(v["doc_id"], v["text"]) for f in found for v in f["values"]} == {
        ("dated", "5.7%"), ("undated", "5.8%")}
    second = ("The economy expanded 5.8% from the previous quarter, while imports fell 0.2% in "
              "the three months to June.")
    doubt = [*undated(second),
             rate(claim, "undated", "0.2%", 0.2, metric="imports", sentence_start=100,
                  time=quarter("the three months to June"), sentence=second)]
    assert reconcile([*dated, *doubt]) == []
