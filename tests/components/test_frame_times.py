"""A figure takes the time phrase of its own clause as its time, read against the report's
date: "so far", "in morning trade", "on the day", "currently", "for the rest of the year"
(needs the model)."""

from __future__ import annotations

from typing import Any

import pytest

from claimx.api import extract

REF = "2005-02-08"


def time_of(text: str, figure: str, ref: str | None = REF) -> dict[str, Any] | None:
    claims = extract(text, ref_date=ref).claims
    found = [c for c in claims if c["kind"] != "date" and c["text"] == figure]
    assert found, f"no claim {figure!r}"
    time: dict[str, Any] | None = found[0]["time"]
    return time


def dated_by(text: str, figure: str, ref: str | None = REF) -> str | None:
    """The words of the figure's period as written, None when it has none."""
    time = time_of(text, figure, ref)
    return None if time is None else str(time["text"])


@pytest.mark.parametrize(
    ("text", "figure", "phrase", "start", "end"),
    [
        pytest.param("The Aviator has taken $75m so far.", "$75m", "so far", None, REF,
                     id="so far: up to the report"),
        pytest.param("Shares in Umbro closed at 115.5 pence in morning trade.", "115.5 pence",
                     "in morning trade", REF, REF, id="a trading session: the report's day"),
        pytest.param("The dollar was 0.5% stronger on the day.", "0.5%", "on the day", REF, REF,
                     id="on the day"),
        pytest.param("The dollar was buying 104.76 yen at 0950 GMT.", "104.76 yen",
                     "at 0950 GMT", REF, REF, id="a clock time"),
        pytest.param("The proportion was currently at 62%.", "62%", "currently", REF, REF,
                     id="currently"),
        pytest.param("In the III quarter, according to revised data, Japan's GDP grew by 0.5%.",
                     "0.5%", "the III quarter", "2004-07-01", "2004-09-30",
                     id="a quarter numbered in Roman numerals"),
        pytest.param("The game has sold 6.23 million copies since its release.", "6.23 million",
                     "since its release", None, REF, id="since its release"),
        pytest.param("He believed rates would remain at 4.75% for the rest of the year.",
                     "4.75%", "for the rest of the year", REF, "2005-12-31",
                     id="the rest of the year"),
        pytest.param("Honda Motor's consolidated sales revenue for the fiscal year ended 31 "
                     "March, 2023 increased 16.2% year on year.", "16.2%",
                     "year ended 31 March, 2023", "2022-04-01", "2023-03-31",
                     id="a year ended on a day, a comma, then the year"),
        pytest.param("The CPI jumped to 5.95 percent in September, the highest since October "
                     "2015, which saw a 6.25 percent increase.", "6.25 percent", "October 2015",
                     "2015-10-01", "2015-10-31",
                     id="a relative clause on a point of reference is of that date"),
        pytest.param("Sales rose 5% in 2004, which was below the 6% rise of 2003.", "6%", "2003",
                     "2003-01-01", "2003-12-31",
                     id="a relative clause's own date before the one it follows"),
        pytest.param("GDP contracted 2.2% in the second quarter of 2004, after the prior three "
                     "months' 0.5% increase.", "0.5%", "the prior three months", "2004-01-01",
                     "2004-03-31", id="prior, as previous"),
        pytest.param("In the second quarter, the German economy grew 0.1 percent after "
                     "stagnation in the first three months of the year.", "0.1 percent",
                     "the second quarter", "2004-04-01", "2004-06-30",
                     id="a date right after what came before is that one's"),
        pytest.param("Growth cooled to 5.3% in the second quarter of 2004, compared to the "
                     "previous quarter's 6.7% increase.", "6.7%", "the previous quarter",
                     "2004-01-01", "2004-03-31",
                     id="a period that owns the noun the figure modifies is the figure's"),
        pytest.param("GDP fell by 0.1% in the first quarter compared with the fourth of 2004 "
                     "and was 1.0% up from a year earlier.", "0.1%", "the first quarter",
                     "2005-01-01", "2005-03-31", id="an elliptical quarter with its own year"),
    ],
)
def test_figure_takes_the_time_phrase(
    text: str, figure: str, phrase: str, start: str | None, end: str
) -> None:
    time = time_of(text, figure)
    assert time is not None
    assert (time["text"], time["start"], time["end"]) == (phrase, start, end)


def test_without_a_reference_date_the_phrase_stays_relative() -> None:
    time = time_of("The Aviator has taken $75m so far.", "$75m", ref=None)
    assert time is not None
    assert (time["text"], time["relative"], time["start"], time["end"]) == (
        "so far", True, None, None
    )


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        pytest.param("So far as I know, the firm sold 300 cars.", "300", id="so far as"),
        pytest.param("Turnout on the day of the election was 40%.", "40%", id="on the day of"),
    ],
)
def test_an_idiom_gives_no_time(text: str, figure: str) -> None:
    assert time_of(text, figure) is None


JOBS = ("The Labor Department revised up the number of jobs created in the two previous months "
        "- to 139,000 in September instead of 96,000, and to 198,000 in August instead of "
        "128,000.")


@pytest.mark.parametrize(
    ("figure", "phrase", "facet"),
    [
        pytest.param("139,000", "September", "new_level", id="the new figure"),
        pytest.param("96,000", "September", "baseline", id="instead of: the figure replaced"),
        pytest.param("128,000", "August", "baseline",
                     id="instead of after a figure: its period too"),
    ],
)
def test_the_figure_replaced_is_a_baseline_of_the_figure_it_follows(
    figure: str, phrase: str, facet: str
) -> None:
    [claim] = [c for c in extract(JOBS, ref_date=REF).claims if c["text"] == figure]
    assert (claim["time"]["text"], claim["value"]["facet"]) == (phrase, facet)


@pytest.mark.parametrize(
    ("text", "figure", "phrase", "grain"),
    [
        pytest.param("Boogeyman took $19.5m (£14.9m) in three days.", "$19.5m", "three days",
                     "days", id="a length after in on the figure's verb"),
        pytest.param("The film set a record, with 1.5bn yen ($14.3m) in two days.", "1.5bn yen",
                     "two days", "days", id="a length on the figure itself"),
        pytest.param("Britain won the relay in 38.07 seconds, worth $2m.", "$2m", None, None,
                     id="a length in seconds scopes nothing"),
        pytest.param("Boogeyman took $19.5m in 2004 over three days.", "$19.5m", "2004", "year",
                     id="a date before a length"),
    ],
)
def test_a_length_of_time_is_the_period_where_no_date_is(
    text: str, figure: str, phrase: str | None, grain: str | None
) -> None:
    time = time_of(text, figure, ref=None)
    if phrase is None:
        assert time is None
        return
    assert time is not None
    assert (time["text"], time["grain"]) == (phrase, grain)
    if grain != "year":
        assert (time["start"], time["end"], time["relative"]) == (None, None, True)


def test_a_length_is_the_period_an_earlier_sentence_named() -> None:
    text = ("UK GDP grew 0.5% in the quarter to June. GDP expanded by 0.5 per cent over the "
            "three months, slightly less than the initial estimate of 0.6 per cent.")
    time = time_of(text, "0.5 per cent")
    assert time is not None
    assert (time["text"], time["inherited"]) == ("the quarter to June", True)


PROPORTION = ("The proportion was currently at 62%, and the government was hoping this would "
              "rise to 85% by 2008 and 100% by 2010.")


@pytest.mark.parametrize(
    ("text", "figure", "phrase"),
    [
        # a baseline keeps its own date
        pytest.param("Mortgage approvals were £2bn, down from £2.6bn in January 2004.", "£2bn",
                     None, id="a date on the baseline's preposition"),
        pytest.param("Mortgage approvals were £2bn, down from £2.6bn in January 2004.",
                     "£2.6bn", "January 2004", id="the baseline keeps its date"),
        pytest.param("Sales fell from $8m in 2003 to $6m in 2004.", "$6m", "2004",
                     id="a date right after the baseline is the baseline's"),
        pytest.param("Sales fell from $8m in 2003 to $6m in 2004.", "$8m", "2003",
                     id="the baseline's own date"),
        pytest.param("Cairn's shares closed up 64 pence, or 6%, at 1130p on Thursday.", "6%",
                     "Thursday", id="a date after the level a change reached is the change's"),
        pytest.param("The office said growth for the whole of 2004 was 1.6%, after a year of "
                     "contraction in 2003.", "1.6%", "the whole of 2004",
                     id="a date inside an after-phrase is what came before"),
        # a date right after a figure is that figure's (the parser hangs "100%" on "2008" as
        # a conjunct, and "by 2010" on "rise")
        pytest.param(PROPORTION, "85%", "2008", id="the first figure's date"),
        pytest.param(PROPORTION, "100%", "2010", id="the second figure's date, not the first's"),
        # a date of a verb phrase coordinated under one subject is that phrase's
        pytest.param("The chair should go on sale in April and is expected to cost $399.",
                     "$399", None, id="a date inside the first conjunct's verb phrase"),
        pytest.param("The show stretches over more than 1.5 million square feet and runs "
                     "from 6 to 9 January.", "more than 1.5 million", None,
                     id="a date of a later conjunct"),
        pytest.param("In 2004, sales rose 5% and profits fell 3%.", "3%", "2004",
                     id="a date before the first verb scopes both"),
        pytest.param("Sales rose 5% in 2004 and fell 3% in 2005.", "3%", "2005",
                     id="each conjunct its own date"),
        pytest.param("Industrial output grew 15.7% in the year to October, and inflation "
                     "slowed to 4.3%.", "4.3%", "the year to October",
                     id="clauses with subjects of their own report one period"),
        # a figure a revision starts from is of the revised figure's period
        pytest.param("GDP is estimated to have grown by 0.5% in the second quarter of 2024, "
                     "revised down from a first estimate of 0.6%.", "0.6%",
                     "the second quarter of 2024", id="revised down from"),
        # a relative clause that tells of a person or an organisation dates its story
        pytest.param("Ray Charles, who died in June 2004, has seven posthumous nominations.",
                     "seven", None, id="a person's story"),
        pytest.param("The firm, which floated in 2003, recently agreed to buy 26% of Cairn.",
                     "26%", None, id="a firm's story"),
        pytest.param("Profit for the quarter that ended in September was $5bn.", "$5bn",
                     "September", id="a relative clause of a period is the period"),
        pytest.param("There are one or two others who will be feeling it on Monday.",
                     "one or two", "Monday", id="a relative clause of the figure's own noun"),
        pytest.param("It compares to 27 million, or 50%, of the UK, who are not currently "
                     "online.", "50%", "currently", id="a relative clause in the figure's phrase"),
        # "year-ago" before a noun is a date, of the baseline it qualifies
        pytest.param("The carrier's loss widened to $213 million from a year-ago loss of $183 "
                     "million.", "$183 million", "a year-ago", id="a year-ago loss"),
        pytest.param("The carrier's loss widened to $213 million from a year-ago loss of $183 "
                     "million.", "$213 million", None,
                     id="the year of the loss a change starts from"),
        pytest.param("South Korea's economy shrank 3.2% in the second quarter. Exports fell "
                     "16.1%, revised up from a July estimation of a 16.6% decline. Private "
                     "consumption grew a revised 1.5%.", "1.5%", "the second quarter",
                     id="the month an estimate was made is no period"),
        pytest.param("Japan's economy shrank 6.3% in October-December. It followed a revised "
                     "0.5% expansion in July-September. Private consumption fell 2.9%.", "2.9%",
                     "October-December", id="what the report followed came before"),
        pytest.param("Italy's GDP grew 15.9 percent in the third quarter, in contrast to a 13 "
                     "percent decline in the second quarter. On a yearly basis, GDP fell 5 "
                     "percent.", "5 percent", "the third quarter",
                     id="what the figure is in contrast to came before"),
        pytest.param("In 2023 GDP growth was revised up to 1.9% (2022: +2.7%).", "+2.7%",
                     "2022", id="a date that labels a figure after a colon"),
        pytest.param("In 2023 GDP growth was revised up to 1.9% (2022: +2.7%).", "1.9%",
                     "2023", id="a date that labels another figure is not this one's"),
    ],
)
def test_the_date_that_scopes_a_figure_among_several(
    text: str, figure: str, phrase: str | None
) -> None:
    time = time_of(text, figure, ref=REF)
    assert (time["text"] if time is not None else None) == phrase


def period_span(text: str, figure: str, ref: str = "2024-08-15") -> tuple[str, str]:
    """The first and last day of the figure's period, read on ``ref``."""
    claims = extract(text, ref_date=ref).claims
    (found,) = [c for c in claims if c["kind"] != "date" and c["text"] == figure]
    return found["time"]["start"], found["time"]["end"]


def frame_of(text: str, figure: str, ref: str) -> tuple[str | None, str | None]:
    """The figure's period as written and its change basis."""
    claims = extract(text, ref_date=ref).claims
    (found,) = [c for c in claims if c["kind"] != "date" and c["text"] == figure]
    return (found["time"] or {}).get("text"), found["value"].get("change_basis")


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param("GDP grew by 3.2 percent in the April-June period of 2014 compared with "
                     "the second quarter of 2013.", "3.2 percent",
                     ("the April-June period of 2014", "year-on-year"),
                     id="the same quarter a year before"),
        pytest.param("Sales rose 5% in 2004 compared with 2003.", "5%", ("2004", "year-on-year"),
                     id="the year before"),
        pytest.param("Exports rose 24% to $2.8bn in July-March of fiscal 2025 compared with the "
                     "same period of fiscal 2024.", "24%",
                     ("July-March of fiscal 2025", "year-on-year"),
                     id="the same months of the fiscal year before"),
        pytest.param("Sales rose 5% in 2004 compared with 2002.", "5%",
                     ("2004", "since 2002-01-01/2002-12-31"),
                     id="two years before is no year-on-year change: a base of its own"),
        pytest.param("GDP is now 0.2% above its pre-recession peak in the first quarter of "
                     "2008.", "0.2%", (None, "since 2008-01-01/2008-03-31"),
                     id="the date after what a comparison is with dates that, not the figure"),
        pytest.param("The UK economy is now 0.2% ahead of its pre-crisis peak (first quarter, "
                     "2008).", "0.2%", (None, "since 2008-01-01/2008-03-31"),
                     id="ahead of a peak dated in brackets"),
        pytest.param("Sales were 5% above forecast in 2004.", "5%", ("2004", None),
                     id="a bare noun compared with has no date of its own"),
        pytest.param("House prices fell 0.4% in October, their biggest monthly fall since "
                     "February 2001.", "0.4%", ("October", None),
                     id="the date of a record is no base"),
        pytest.param("Japan's economy shrank 6.3 percent in the final quarter of 2019, marking "
                     "the biggest fall since mid 2014.", "6.3 percent",
                     ("the final quarter of 2019", None),
                     id="a record the verb's object names is no base"),
        pytest.param("Japan's economy contracted 6.3% in October-December, shrinking at the "
                     "fastest pace since the second quarter of 2014.", "6.3%",
                     ("October-December", None),
                     id="a record its preposition's object names is no base"),
        pytest.param("Japan's economy in the October-December period of last year shrank an "
                     "annualized real 7.1 percent from the previous quarter, revised down from "
                     "the 6.3 percent contraction initially reported.", "7.1 percent",
                     ("the October-December period", None),
                     id="a period after the figure's own from is the base"),
        pytest.param("Car sales fell 3.3% in January, after December's 4% rise.", "3.3%",
                     ("January", None), id="what came before is no base"),
        pytest.param("Sales rose 5% in the third quarter compared with the second quarter.",
                     "5%", ("the third quarter", None), id="the quarter before"),
        pytest.param("Sales were up 3% on last year.", "3%", (None, "year-on-year"),
                     id="a year back from the report"),
        pytest.param("Sales rose 4% from a year ago.", "4%", (None, "year-on-year"),
                     id="from a year ago: the base, not the period"),
        pytest.param("Sales rose 6% in 2024 from 2023.", "6%", ("2024", "year-on-year"),
                     id="from the year before"),
        pytest.param("GDP for the second quarter of 2020 was down 12.3 percent compared to "
                     "the first quarter of 2020 and 10.5 percent lower from the second quarter "
                     "of 2019.", "10.5 percent", ("the second quarter of 2020", "year-on-year"),
                     id="the base hung lowest above the figure, not a first quarter's"),
        pytest.param("In the first quarter, the economy shrank a revised 2.5 percent from a year "
                     "ago.", "2.5 percent", ("the first quarter", "year-on-year"),
                     id="first on the figure's own period is no record"),
        pytest.param("In H1 2020 versus H1 2019, Romania's GDP was down 4.5 pct.", "4.5 pct",
                     ("H1 2020", "year-on-year"), id="versus a year before"),
        pytest.param("Sales rose 5% on Tuesday.", "5%", ("Tuesday", None),
                     id="a day after on is when"),
        pytest.param("The department destroyed nearly 37,000 files last year - up 22,000 on "
                     "four years ago when the Act was passed.", "22,000",
                     ("last year", "since 2021-01-01/2021-12-31"),
                     id="a period right after a figure's on, however parsed, is the base"),
        pytest.param("GDP grew by 0.9% compared with the previous quarter, and by 3.2% in the "
                     "year, the strongest quarter on same quarter a year ago growth.", "0.9%",
                     (None, None), id="the base of the next figure is not this one's"),
        pytest.param("The year-on-year growth rate of the gross domestic product for the third "
                     "quarter of 2023 was revised upward to six percent.", "six percent",
                     ("the third quarter of 2023", "year-on-year"),
                     id="a base its measure's words name, far from the figure"),
        pytest.param("GDP rose 5% y/y in March, after 3% q/q in February.", "3%",
                     ("February", None), id="another figure's base is not this one's"),
        pytest.param("The Czech economy contracted in the first quarter by 2.1% and 0.3% "
                     "year-on-year and quarter-on-quarter, respectively.", "0.3%",
                     ("the first quarter", None),
                     id="bases shared out among figures name none alone"),
        pytest.param("The Czech economy contracted in the first quarter by 2.1% and 0.3% "
                     "year-on-year and quarter-on-quarter, respectively.", "2.1%",
                     ("the first quarter", "year-on-year"),
                     id="bases shared out respectively: the first figure's is the first"),
        pytest.param("Exports rose 5% and 2% year on year and month on month in May.", "5%",
                     ("May", None), id="bases listed without respectively: none alone"),
    ],
)
def test_a_change_dated_against_a_year_before_is_year_on_year(
    text: str, figure: str, expected: tuple[str | None, str | None]
) -> None:
    assert frame_of(text, figure, "2025-04-10") == expected


def test_a_change_takes_the_date_of_the_level_it_reaches() -> None:
    text = "Sales rose 24% to $2.8bn in 2004, from $2.3bn."
    assert frame_of(text, "24%", "2005-01-10")[0] == "2004"
    # the level it started from is of the period before
    assert frame_of("Sales rose from $2bn to $2.8bn in 2004.", "$2bn", "2005-01-10")[0] is None


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        pytest.param("Vietnam's export turnover of goods in the first six months of 2021 hit "
                     "157.63 billion USD, up 28.4 percent year-on-year, according to the "
                     "statistics office.", "28.4 percent", "the first six months of 2021",
                     id="a change written after an amount is of the amount's period"),
        pytest.param("Vietnam had a trade deficit in the first half of 2021 as compared to a "
                     "trade surplus of 5.86 billion USD in the same period last year.",
                     "5.86 billion USD", "last year",
                     id="a base that is the figure's own phrase dates the figure"),
        pytest.param("Deutsche Bank lost 5.7 billion euros last year. But the 1.6 billion "
                     "euro loss in the fourth quarter was larger than analysts' mean forecast "
                     "of 1 billion euros.", "1 billion euros", "the fourth quarter",
                     id="a forecast set against a figure is of the figure's period"),
    ],
)
def test_the_period_of_a_figure_beside_another(text: str, figure: str, period: str) -> None:
    assert frame_of(text, figure, "2021-07-05")[0] == period


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        pytest.param("GDP grew 0.6% between April and June 2024, after growth of 0.7% in the "
                     "previous quarter.", "0.7%", ("2024-01-01", "2024-03-31"),
                     id="the quarter before the sentence's quarter"),
        pytest.param("Sales were £5m in March 2024, against £4m a year earlier.", "£4m",
                     ("2023-03-01", "2023-03-31"), id="the same month a year before"),
        pytest.param("Net income was ¥1.09 billion in the second quarter of 2024, up from "
                     "¥996.9 million in the year-earlier period.", "¥996.9 million",
                     ("2023-04-01", "2023-06-30"), id="the year-earlier period"),
        pytest.param("Net income fell 14.2% in the second quarter of 2024 from the "
                     "prior-year quarter to ¥1.03 billion.", "¥1.03 billion",
                     ("2024-04-01", "2024-06-30"), id="the prior-year quarter is a base"),
        pytest.param("Exports rose 2% in the previous quarter.", "2%",
                     ("2024-04-01", "2024-06-30"), id="no period before it: the report's"),
        pytest.param("Sales were £5m in 2023 and £4m in the previous quarter.", "£4m",
                     ("2024-04-01", "2024-06-30"), id="no quarter to count from: the report's"),
        pytest.param("The trade deficit widened to $68.2 billion in June. Economists had "
                     "expected the trade deficit to widen to $67.5 billion from the $66.6 "
                     "billion originally reported for the previous month.", "$66.6 billion",
                     ("2024-05-01", "2024-05-31"),
                     id="from the period the sentence's figures take from the one before"),
        pytest.param("In the first half of the year, GDP grew 5.0 percent compared to 4.1 "
                     "percent in the same period in 2023.", "4.1 percent",
                     ("2023-01-01", "2023-06-30"),
                     id="the same period in a year: the sentence's period in that year"),
        pytest.param("Profit was $3bn in the third quarter, against $2bn in the same quarter "
                     "of 2022.", "$2bn", ("2022-07-01", "2022-09-30"),
                     id="the same quarter of a year, written right after the figure"),
        pytest.param("Net profit rose to $3bn in the first half, from $2.5bn in the "
                     "corresponding period last year.", "$2.5bn", ("2023-01-01", "2023-06-30"),
                     id="the corresponding period last year"),
        pytest.param("Profit was $3bn in the third quarter, up 5% from the same quarter of "
                     "2022.", "5%", ("2024-07-01", "2024-09-30"),
                     id="from the same quarter of a year: a base, not the figure's period"),
        pytest.param("Net profit was $10.82 billion for Q1 2018, which is a 52.2-percent "
                     "increase compared to the same period last year.", "52.2-percent",
                     ("2018-01-01", "2018-03-31"),
                     id="compared to the same period last year: a base in the figure's phrase"),
        pytest.param("Profit was $3bn in 2023, against $2bn in the same period of 2022.",
                     "$2bn", ("2022-01-01", "2022-12-31"),
                     id="the same period as a whole year: that year"),
        pytest.param("The economy expanded 2.2 percent in the three months to June 2018, "
                     "following a 2.5 percent growth in the previous period.", "2.5 percent",
                     ("2018-01-01", "2018-03-31"),
                     id="the previous period: the one of the same length before"),
        pytest.param("The economy contracted 1.2 percent in the second quarter of 2023, "
                     "reversing a 1.0 percent growth in the preceding three-month period.",
                     "1.0 percent", ("2023-01-01", "2023-03-31"),
                     id="the preceding three-month period"),
        pytest.param("Underlying profit for the year to Dec 31, 2018 was $8.81 billion, a two "
                     "percent increase from the previous period.", "two percent",
                     ("2018-01-01", "2018-12-31"),
                     id="from the previous period: a base, not the figure's period"),
        pytest.param("The economy expanded by 0.4 percent in the second quarter of 2018, the "
                     "same pace as in the previous quarter and above a preliminary reading of "
                     "0.3 percent growth.", "0.3 percent", ("2018-04-01", "2018-06-30"),
                     id="the same pace as in a period: a base of the comparison"),
    ],
)
def test_a_period_counted_back_counts_from_the_sentences_period(
    text: str, figure: str, period: tuple[str, str]
) -> None:
    assert period_span(text, figure) == period


def test_a_change_that_refers_back_is_on_the_base_of_the_one_before() -> None:
    text = ("GDP jumped 8.2% year-on-year in the second quarter of 2021. The result contrasted "
            "the 2.5% contraction seen in the first quarter.")
    assert frame_of(text, "2.5%", "2021-08-31") == ("the first quarter", "year-on-year")


def test_a_figure_compared_with_a_change_takes_that_changes_base() -> None:
    text = ("The government revised down second-quarter GDP data to 0.4% year-on-year, from "
            "0.6%, and a contraction of 0.5% quarter on quarter, versus 0.3% previously.")
    # the verb's "year-on-year" is the 0.4%'s; the 0.3% is compared with a change on the quarter
    assert frame_of(text, "0.3%", "2019-11-15")[1] is None


def test_the_previous_period_with_no_period_before_it_has_no_dates() -> None:
    claims = extract("Sales rose 5%, after 3% in the previous period.",
                     ref_date="2024-08-15").claims
    (date,) = [c for c in claims if c["kind"] == "date"]
    (three,) = [c for c in claims if c["text"] == "3%"]
    assert date["text"] == "the previous period"
    assert (date["value"]["start"], date["value"]["end"]) == (None, None)
    assert three["time"]["text"] == "the previous period"
    assert three["subject"]["measure"] != "previous period"


def test_a_change_since_a_period_is_of_the_latest_period_the_report_names() -> None:
    text = ("The UK economy grew by 0.8% in the second quarter of 2014. Since the second "
            "quarter of 2013, the economy has grown by 3.1%.")
    (found,) = [c for c in extract(text, ref_date="2014-07-25").claims if c["text"] == "3.1%"]
    assert (found["time"]["start"], found["time"]["inherited"]) == ("2014-04-01", True)
    assert found["value"]["change_basis"] == "year-on-year"
    # without a later period named, the change keeps no period
    alone = "Since the second quarter of 2013, the economy has grown by 3.1%."
    (found,) = [c for c in extract(alone, ref_date="2014-07-25").claims if c["text"] == "3.1%"]
    assert found["time"] is None


def test_a_figure_compared_up_on_an_estimate_is_that_estimates_change() -> None:
    text = ("GDP grew by 3.2 percent in the April-June period compared with the second "
            "quarter of 2013, slightly up on the initial estimate of 3.1 percent.")
    (found,) = [c for c in extract(text, ref_date="2014-08-15").claims
                if c["text"] == "3.1 percent"]
    assert (found["value"]["facet"], found["status"]) == ("change", "provisional")
    assert found["value"]["change_basis"] == "year-on-year"


def test_the_second_end_of_a_revision_hung_on_from_is_revised_and_dated() -> None:
    text = ("The Labor Department also said it had revised down the jobs gains in December "
            "2004, from 157,000 to 133,000.")
    claims = {c["text"]: c for c in extract(text, ref_date="2005-02-05").claims}
    assert claims["157,000"]["status"] == "provisional"
    assert claims["133,000"]["status"] == "revised"
    assert claims["133,000"]["time"]["text"] == "December 2004"


@pytest.mark.parametrize(
    ("text", "figure", "phrase", "modality"),
    [
        pytest.param("The unemployment rate in September rose to 4.4 percent, the highest since "
                     "October 2021.", "4.4 percent", "September", "actual",
                     id="a point of reference in the figure's own phrase is no period"),
        pytest.param("MPs have failed to agree on reform since 1999 when 600 hereditaries lost "
                     "their seats.", "600", "1999", "historical",
                     id="a figure in the relative clause of the date after since is of it"),
        pytest.param("Nonfarm payrolls increased 156,000 for the month, the Bureau of Labor "
                     "Statistics reported Friday.", "156,000", None, "actual",
                     id="a statistics release's day is no period of its figures"),
        pytest.param("Payrolls grew in September, according to estimates released more than two "
                     "weeks late. Nonfarm payrolls rose an estimated 148,000, the Bureau of "
                     "Labor Statistics reported Friday.", "an estimated 148,000", "September",
                     "actual", id="a sentence with only a length of time sets a period"),
        pytest.param("U.S. trade deficit increases in March\n\nThe Commerce Department said "
                     "the trade deficit increased to $44.4 billion from a revised $39.8 billion "
                     "in February.", "$44.4 billion", "March", "actual",
                     id="a date right after a qualified baseline is the baseline's"),
        pytest.param("Before Christmas, Cairn revealed that drilling had been disappointing, "
                     "which caused its shares to lose 18% in one day.", "18%", "Christmas",
                     "actual", id="the day an event is reported stays its time"),
        pytest.param("It topped the company's previous record high of 10.16 trillion won tallied "
                     "in the third quarter of 2013.\nRevenue increased 19.76 percent from a year "
                     "earlier to 61 trillion won in the second quarter, and net income soared "
                     "89.04 percent to 11.05 trillion won.",
                     "61 trillion won", "the second quarter", "actual",
                     id="a date on a currency word the parser read as a verb is the figure's"),
        pytest.param("Consumer price inflation fell to 2.5% last month from 2.8% in April, but "
                     "it remains above the government's 2% target.", "2%", None, "target",
                     id="a clause in the present takes no date of a past one beside it"),
        pytest.param("The agency said Tuesday its consumer price index for September was up "
                     "1.6% from a year ago.", "1.6%", "September", "actual",
                     id="a day right after a verb of saying is the report's, however hung"),
        pytest.param("Last month's inflation was higher than the 3.4 percent rate recorded in "
                     "January and the 3.1 percent posted in the same month last year.",
                     "3.1 percent", "last year", "actual",
                     id="a date of a participle on the figure, however the figure was parsed"),
        pytest.param("Brazil's inflation for the year 2021 has reached 10.06%, which was the "
                     "country's highest in the past six years.", "10.06%", "the year 2021",
                     "actual", id="a relative clause's record keeps the figure's own period"),
        pytest.param("Universal said on Wednesday it had bought the 50% of Roc-A-Fella it did "
                     "not already own.", "50%", None, "actual",
                     id="the day said on, however hung, is no period of what had happened"),
        pytest.param("The firm said on Thursday its profit for 2004 rose 5%.", "5%", "2004",
                     "actual", id="a period before the day a verb of saying is said on"),
        pytest.param("Stocks of US crude and gasoline are up to 9% higher than at this time "
                     "last year.", "up to 9%", None, "actual",
                     id="a date right after what is compared with is the comparison's"),
        pytest.param("Sales were 7% higher than the sales recorded in 2020.", "7%", None,
                     "actual", id="a date in a clause on what is compared with"),
        pytest.param("The revision is lower than the central bank's earlier estimate of a 0.3 "
                     "percent contraction made in April.", "0.3 percent", None, "actual",
                     id="the day an estimate was made is no period of its figure"),
        pytest.param("Tesco made a profit of £2bn in April.", "£2bn", "April", "actual",
                     id="a profit made in a month is that month's"),
        pytest.param("Profits rose to $27.7bn in 2022, compared with $12.8bn the year before, "
                     "the firm said.", "$12.8bn", "the year before", "actual",
                     id="the year before a period, its comma left out"),
        pytest.param("Inflation was at 2.6% before it soared to 6.3% by July 2004.", "6.3%",
                     "July 2004", "actual", id="a deadline past when the report was written"),
        pytest.param("Sales should reach $5bn by 2006.", "$5bn", "2006", "projection",
                     id="a deadline still ahead"),
        pytest.param("Sales will fall 8-9% from the year before, it said.", "8-9%", None,
                     "projection", id="from the year before: a base"),
        pytest.param("Korea's GDP contracted 0.4 percent in the first quarter of 2019, a "
                     "setback from the previous quarter's 0.9 percent expansion. The figure was "
                     "down from the preliminary estimate of 0.3 percent contraction released in "
                     "April.", "0.3 percent", "the first quarter of 2019", "actual",
                     id="a period past's own figure passes its period to no later one"),
        pytest.param("Exports were the highest since records began in 1989, the ministry "
                     "said, adding that imports rose to $93 billion.", "$93 billion", None,
                     "actual", id="since on a verb whose attribute is a record: a reference"),
        pytest.param("The figure marked the highest level for the month since the data series "
                     "began in 1989, the ministry said, adding that imports rose to $93 "
                     "billion.", "$93 billion", None, "actual",
                     id="since on a verb whose object a superlative qualifies: a reference"),
    ],
)
def test_which_date_is_a_figures_period(
    text: str, figure: str, phrase: str | None, modality: str
) -> None:
    claims = extract(text, ref_date=REF).claims
    found = next(c for c in claims if c["kind"] != "date" and c["text"] == figure)
    assert ((found["time"] or {}).get("text"), found["modality"]) == (phrase, modality)


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param("Samsung Electronics on Tuesday predicted that its operating profit for "
                     "the fourth quarter of last year would tumble 35 percent.", "35 percent",
                     ("actual", "provisional"), id="a holder's own estimate of a period over"),
        pytest.param("Samsung Electronics expects its operating profit for this year to rise "
                     "35 percent.", "35 percent", ("projection", None),
                     id="a holder's forecast of a period still running"),
        pytest.param("M&S said it made a pre-tax profit of £523.2m in the year to March 31, "
                     "slightly better than analysts' average forecast of £519m.", "£519m",
                     ("projection", None), id="what others forecast of a period over"),
        pytest.param("Samsung Electronics says its first-quarter operating profit likely "
                     "jumped 56 percent to a record high.", "56 percent",
                     ("actual", "provisional"), id="a past tense under likely, reported"),
        pytest.param("The country's gross domestic product is projected to have backtracked "
                     "0.3 percent from the previous quarter, according to estimates from the "
                     "central bank.", "0.3 percent", ("actual", "provisional"),
                     id="a perfect infinitive under projected, reported"),
        pytest.param("Economists said growth likely slowed to 2% in the quarter.", "2%",
                     ("projection", None), id="outside forecasters' estimate of the past"),
        pytest.param("GDP growth likely improved to 0.6 per cent in the quarter.",
                     "0.6 per cent", ("projection", None), id="no one reports it"),
        pytest.param("Samsung says its operating profit will likely jump 56 percent.",
                     "56 percent", ("projection", None), id="a forecast of what is to come"),
    ],
)
def test_a_forecast_of_a_period_over_by_its_holder_is_its_first_estimate(
    text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    """A holder's own forecast of a period over, or a projection of what is past that a
    named source reports, is a provisional fact."""
    claims = extract(text, ref_date="2025-01-09").claims
    found = next(c for c in claims if c["kind"] != "date" and c["text"] == figure)
    assert (found["modality"], found["status"]) == expected


@pytest.mark.parametrize(
    ("text", "figure", "span"),
    [
        pytest.param("In 2014-15 UK borrowing is seen as £14.3bn higher.", "£14.3bn",
                     ("2014-04-01", "2015-03-31"), id="the UK government's April-March year"),
        pytest.param("Pakistan's exports reached $30bn in 2022-23.", "$30bn",
                     ("2022-07-01", "2023-06-30"), id="Pakistan's July-June year"),
    ],
)
def test_a_fiscal_year_is_its_holders(text: str, figure: str, span: tuple[str, str]) -> None:
    time = time_of(text, figure, ref="2014-03-20")
    assert time is not None
    assert (time["start"], time["end"]) == span


def test_a_holder_with_no_fiscal_year_goes_by_the_documents_country() -> None:
    # BBC politics/128, undated: "Borrowing is tipped to fall to £31bn by 2005/06 - but that
    # is still £2bn more than Mr Brown predicted" (no holder): the UK government's year
    text = ("UK public finances\n\nGordon Brown's borrowing plans for the UK were criticised. "
            "Borrowing is tipped to fall to £31bn by 2005/06.")
    time = time_of(text, "£31bn", ref=None)
    assert time is not None
    assert (time["start"], time["end"]) == ("2005-04-01", "2006-03-31")


def test_a_day_sets_no_period_where_a_longer_one_does() -> None:
    # dpa-AFX, 5 March 2021
    text = ("With imports increasing by slightly more than exports, a report released by the "
            "Commerce Department on Friday showed the U.S. trade deficit widened in the month "
            "of January.\n\nThe value of imports climbed by 1.2 percent to $260.2 billion.")
    time = time_of(text, "1.2 percent", ref="2021-03-05")
    assert time is not None and time["text"] == "January"


def test_a_date_after_in_comparison_to_is_a_base_not_the_period() -> None:
    # Offaly Express, 2 November 2020
    time = time_of("HGV registrations are up 15.7% (155) in comparison to October 2019 (134).",
                   "15.7%", ref="2020-11-02")
    assert time is None  # its own period is unsaid; October 2019 is what it is measured from


def test_the_base_of_a_change_beside_a_level_is_not_the_levels_period() -> None:
    text = ("The company's Graphics segment revenue for the first quarter was $1.91 billion, "
            "up 25 percent from a year earlier.")
    for figure in ("$1.91 billion", "25 percent"):
        time = time_of(text, figure)
        assert time is not None
        assert time["text"] == "the first quarter"
    # a figure in the base's own clause is of the base's period
    time = time_of("Sales rose 2% in the fourth quarter. That was up from the third quarter, "
                   "when it fell 3.0%.", "3.0%")
    assert time is not None
    assert time["text"] == "the third quarter"


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        pytest.param("The economy contracted 0.2 percent in the first quarter of 2019, then "
                     "grew 0.1 percent in the second -- later revised to zero.", "0.1 percent",
                     ("2019-04-01", "2019-06-30"), id="the second: the next quarter"),
        pytest.param("GDP grew 0.3% in the first quarter and 0.5% in the second.", "0.5%",
                     ("2024-04-01", "2024-06-30"), id="at the sentence's end"),
        pytest.param("Sales rose 4% in the first half and 6% in the second, when prices rose.",
                     "6%", ("2024-07-01", "2024-12-31"), id="a half"),
        pytest.param("GDP followed declines of 13.0% in the second quarter and 5.5% in the "
                     "first, ISTAT said.", "5.5%", ("2024-01-01", "2024-03-31"),
                     id="the first, after the second"),
    ],
)
def test_a_period_named_by_its_ordinal_alone_takes_the_unit_named_before(
    text: str, figure: str, period: tuple[str, str]
) -> None:
    assert period_span(text, figure) == period


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("He scored in the first half and won the second round.", id="a noun after"),
        pytest.param("Sales rose 5% in the second.", id="no unit named before"),
    ],
)
def test_an_ordinal_alone_is_no_date_without_a_period_to_complete(text: str) -> None:
    claims = extract(text, ref_date="2024-08-15").claims
    assert not [c for c in claims if c["kind"] == "date" and c["text"].startswith("the second")]


@pytest.mark.parametrize(
    ("text", "figure", "period"),
    [
        pytest.param("Toyota lowered its profit forecast for the fiscal year through March "
                     "2017 to 1.45 trillion yen.", "1.45 trillion yen",
                     ("2016-04-01", "2017-03-31"), id="the year through a month"),
        pytest.param("Employers added 911,000 fewer jobs in the 12 months through March 2025.",
                     "911,000", ("2024-04-01", "2025-03-31"), id="months through a month"),
        pytest.param("Net income reached 2.31 trillion yen for the fiscal year ending in "
                     "March 2016.", "2.31 trillion yen", ("2015-04-01", "2016-03-31"),
                     id="the year ending in a month"),
    ],
)
def test_a_window_through_a_month_ends_with_it(
    text: str, figure: str, period: tuple[str, str]
) -> None:
    assert period_span(text, figure) == period


def test_a_date_that_scopes_only_a_forecast_falls_after_the_report() -> None:
    # "may drop" is a forecast however the sentence is worded: its March is the next one
    text = ("Net income may drop 35 per cent to 1.5 trillion yen for the fiscal year ending in "
            "March, the company said in a statement.")
    assert period_span(text, "1.5 trillion yen", "2016-05-11") == ("2016-04-01", "2017-03-31")


PACE = ("Gross domestic product increased at a 3.0 per cent annual rate in the April-June "
        "period, the Commerce Department said on Wednesday. The upward revision from the 2.6 "
        "per cent pace reported last month reflected robust consumer spending. Growth last "
        "quarter was the best since the first quarter of 2015 and followed a 1.2 per cent pace "
        "in the January-March period.")


@pytest.mark.parametrize(
    ("figure", "phrase", "inherited"),
    [
        # "reported last month" says when the earlier estimate came out, not its period
        pytest.param("2.6 per cent", "the April-June period", True,
                     id="a day a participle of saying gives is no period"),
        pytest.param("1.2 per cent", "the January-March period", False, id="its own period"),
    ],
)
def test_a_bare_pace_is_the_rate_of_the_change_before(
    figure: str, phrase: str, inherited: bool
) -> None:
    [claim] = [c for c in extract(PACE, ref_date="2017-08-30").claims if c["text"] == figure]
    assert (claim["time"]["text"], claim["time"]["inherited"]) == (phrase, inherited)
    assert (claim["subject"]["metric"], claim["value"]["facet"], claim["value"]["direction"]) == (
        "annualized GDP", "change", "up"
    )


@pytest.mark.parametrize(
    ("text", "figure", "nth", "phrase"),
    [
        pytest.param("The Bank of England said that consumer credit rose by £1.5bn in December, "
                     "more than the £1.4bn expected and above the £1.4bn reported in the "
                     "previous month.", "£1.4bn", 1, "the previous month",
                     id="a period after a participle of saying stays the figure's"),
        pytest.param("Annual growth was 3 percent, up from a 2.7 percent estimate in the first "
                     "quarter and higher than the expected second-quarter gain of 2.6 percent.",
                     "2.6 percent", 0, "second-quarter",
                     id="a date on the noun whose amount the figure is"),
        pytest.param("\"The rate of -3.8 percent is the lowest since 1990,\" when the economy "
                     "contracted 4.3 percent, said an economist.", "4.3 percent", 0, "1990",
                     id="a when-clause on a date of reference"),
        pytest.param("Toyota reported a 34 percent rise in profit Tuesday for the quarter ended "
                     "Dec. 31.", "34 percent", 0, "the quarter ended Dec. 31",
                     id="a period before a day beside it"),
        pytest.param("The dollar was buying 104.76 yen at 0950 GMT, 0.5% stronger on the day.",
                     "0.5%", 0, "on the day", id="a day before a time of day"),
        pytest.param("It was the worst year since 1990, when the economy contracted 4.3 "
                     "percent.", "4.3 percent", 0, "1990",
                     id="a when-clause the parser hangs on it"),
    ],
)
def test_the_figure_s_own_date(text: str, figure: str, nth: int, phrase: str) -> None:
    written = sorted((c for c in extract(text, ref_date=REF).claims
                      if c["kind"] != "date" and c["text"] == figure), key=lambda c: c["start"])
    time = written[nth]["time"]
    assert time is not None and time["text"] == phrase


@pytest.mark.parametrize(
    ("text", "figure", "span"),
    [
        pytest.param("Italy's economy grew by 16.1% in the third quarter from the previous three "
                     "months, a much stronger rebound than expected.", "16.1%",
                     ("2020-07-01", "2020-09-30"),
                     id="a fact's quarter is past whatever its sentence expected"),
        pytest.param("Italy's economy is expected to grow 5% in the third quarter.", "5%",
                     ("2021-07-01", "2021-09-30"), id="a forecast's quarter is ahead"),
        pytest.param("South Korea's GDP was down 2.9 percent in the second quarter after rising "
                     "1.4 percent in the three months prior.", "1.4 percent",
                     ("2020-01-01", "2020-03-31"),
                     id="the three months prior: the quarter before the sentence's"),
        pytest.param("Meanwhile, imports were up 8.89 per cent in August at US$13.49 billion, "
                     "compared with the poll forecast of an 8.30 per cent growth.",
                     "8.89 per cent", ("2020-08-01", "2020-08-31"),
                     id="a date that scopes a fact beside a forecast is past"),
    ],
)
def test_a_date_that_scopes_a_fact_is_past(
    text: str, figure: str, span: tuple[str, str]
) -> None:
    assert period_span(text, figure, ref="2020-10-30") == span


@pytest.mark.parametrize(("earlier", "period"), [
    ("in the fourth quarter of 2004", None),
    ("in 2004", "2004"),
    ("in the fourth quarter", None),
])
def test_a_period_named_alone_takes_up_only_a_period_of_its_kind(
    earlier: str, period: str | None
) -> None:
    """Samsung's results: "operating profit for the year plummeted by 84.86%" after the
    fourth quarter's figure is the year's, not the quarter's (by its length, or its grain
    when the quarter has no year); after a year's, it is that year's."""
    text = (f"Samsung's operating profit fell to 2.82 trillion won {earlier}. Samsung's "
            "operating profit for the year plummeted by 84.86%.")
    time = time_of(text, "84.86%", ref=None)
    assert (time or {}).get("text") == period


def test_the_month_an_estimate_was_made_is_not_its_figures_period() -> None:
    time = time_of("Exports fell 16.1%, revised up from a July estimation of a 16.6% decline.",
                   "16.6%", ref="2020-09-01")
    assert time is None or time["text"] != "July"


def test_a_month_after_a_place_is_a_date_not_a_surname() -> None:
    """"Theresa May" is a name, but a place before a month names no person: "Eurozone May
    unemployment" is May's unemployment."""
    text = ("The correct figures are as follows: Eurozone May unemployment: 12.2 percent. "
            "Eurozone April unemployment: 12.1 percent.")
    claims = {c["text"]: c for c in extract(text, ref_date="2013-07-02").claims}
    may, april = claims["12.2 percent"], claims["12.1 percent"]
    assert (may["time"]["text"], may["subject"]["metric"]) == ("May", "unemployment")
    assert (april["time"]["text"], april["time"]["start"]) == ("April", "2013-04-01")
    people = extract("Theresa May said 5% of voters agreed.", ref_date=REF).claims
    assert not [c for c in people if c["kind"] == "date"]


def test_the_period_a_release_is_for_is_its_figures_period() -> None:
    """Donga: "LG Electronics said, in a preliminary earnings release for the second quarter
    released on Wednesday, it posted ... an operating profit of 1.1128 trillion won": the
    quarter the release is for is the profit's period, not a date of the report; the day of
    an estimate still dates only the estimate ("announced for the flash estimate on May
    15")."""
    text = ("LG Electronics said, in a preliminary earnings release for the second quarter "
            "released on Wednesday, it posted sales of 17.11 trillion won and an operating "
            "profit of 1.1128 trillion won.")
    time = time_of(text, "1.1128 trillion won", ref="2021-07-09")
    assert time is not None
    assert (time["text"], time["start"], time["end"]) == (
        "the second quarter", "2021-04-01", "2021-06-30")
    greek = ("\"In the first quarter of 2017 output increased by 0.4 percent in comparison with "
             "the fourth quarter of 2016, against the decrease of 0.1 percent that was announced "
             "for the flash estimate on May 15,\" the state statistics agency said.")
    flash = time_of(greek, "0.1 percent", ref="2017-06-02")
    assert flash is not None and flash["text"] == "the first quarter of 2017"


def test_a_reading_a_figure_is_compared_with_keeps_its_own_date() -> None:
    """Fox News on Japan: "fell ... to 3.9 percent, the best reading since 3.8 percent
    posted in October 2008": the 3.8% is October 2008's, not June's; a report noun's
    release still dates only the report ("the preliminary estimate of 0.3 percent released
    in April")."""
    text = ("In one bright spot, Japan's jobless rate fell to 3.9 percent in June. The "
            "unemployment rate fell from 4.1 percent in May to 3.9 percent, the best reading "
            "since 3.8 percent posted in October 2008, according to the ministry.")
    time = time_of(text, "3.8 percent", ref="2013-07-30")
    assert time is not None and time["text"] == "October 2008"
    estimate = time_of("The figure was down from the preliminary estimate of 0.3 percent "
                       "released in April.", "0.3 percent", ref="2013-07-30")
    assert estimate is None or estimate["text"] != "April"


def test_an_amount_coordinated_by_a_misparse_takes_the_first_amounts_period() -> None:
    text = ("LG posted an operating profit of 1.11 trillion won in the second quarter. Earnings "
            "for the first quarter of 2021 will also be adjusted to reflect this change, to "
            "17.8 trillion won in revenues and 1.8 trillion won in operating profit.")
    assert period_span(text, "1.8 trillion won") == ("2021-01-01", "2021-03-31")


def test_the_day_a_claim_was_made_is_no_period_of_what_it_claims() -> None:
    """BBC politics: "the claims made on Monday by Michael Howard that he could save £35
    billion": Monday is when the claim was made, as a report's release dates the report;
    a date of the claim's own clause still scopes it."""
    text = ("And they ridiculed the claims made on Monday by Michael Howard that he could save "
            "£35 billion of Labour waste and inefficiency.")
    time = time_of(text, "£35 billion")
    assert time is None or time["text"] != "Monday"
    scoped = time_of("They ridiculed the claims made on Monday that he could save £35 billion "
                     "by 2010.", "£35 billion")
    assert scoped is not None and scoped["text"] == "2010"


def test_the_weekday_a_result_was_announced_is_no_period_of_it() -> None:
    """Japan Times on Sony, Nikkei on Standard Chartered: "said Friday it ... posting a
    ¥734.86 billion figure", "announced on Friday that its full-year underlying operating
    income grew by 10%": the day dates the announcement, even with no other date in the
    sentence; a weekday of the figure's own clause still scopes it."""
    sony = ("Sony Corp. said Friday it set a record for group operating profit for the first "
            "time in 20 years, posting a ¥734.86 billion ($6.7 billion) figure.")
    assert dated_by(sony, "¥734.86 billion", ref="2018-04-28") != "Friday"
    bank = ("The bank announced on Friday that its underlying operating income grew by 10% "
            "to $17.37 billion.")
    assert dated_by(bank, "$17.37 billion", ref="2024-02-24") != "Friday"
    own = "Shares in the bank fell 5% on Friday, traders said."
    assert dated_by(own, "5%", ref="2024-02-24") == "Friday"
    # RTE on Lloyds: "today" is a day as a weekday is, and yields to the year the profit
    # is for
    lloyds = "Lloyds Banking Group has today reported a 57% jump in profit for 2023."
    assert dated_by(lloyds, "57%", ref="2024-02-22") == "2023"


def test_a_date_deep_in_the_object_of_since_on_a_record_is_a_point_of_reference() -> None:
    """BBC on Australia's economy: "That 1.5% annual growth rate is the lowest we have seen
    since the post-election slump we saw back in 2000-1": the year names the slump the
    record runs from, not the rate's period; a figure's own date before it still scopes
    it."""
    record = ("That 1.5% annual growth rate is the lowest we have seen since the "
              "post-election slump we saw back in 2000-1, said Michael Blythe.")
    assert dated_by(record, "1.5%", ref="2005-03-01") is None
    fall = "Sales fell 5% in 2004, the most since the crisis that hit Asia in 1998."
    assert dated_by(fall, "5%", ref="2005-03-01") == "2004"


def test_a_full_year_figure_takes_no_shorter_period() -> None:
    """Autofile on Toyota: "Operating profit jumped 78 per cent in the January-March
    quarter, which helped take its full-year total to ¥5.35 trillion"; The Times on
    Unilever: "Full-year sales grew by 2.9 per cent" after the fourth quarter's figures: a
    full year's figure is no quarter's, of its clause or of an earlier sentence; a date of a
    year still scopes it."""
    toyota = ("Operating profit jumped 78 per cent in the January-March quarter, which "
              "helped take its full-year total to ¥5.35 trillion.")
    assert dated_by(toyota, "78 per cent", ref="2024-05-09") == "the January-March quarter"
    assert dated_by(toyota, "¥5.35 trillion", ref="2024-05-09") is None
    unilever = ("Sales rose 1.5% in the fourth quarter. Full-year sales grew by 2.9 per cent.")
    assert dated_by(unilever, "2.9 per cent", ref="2020-01-30") is None
    dated = "Its full-year operating profit was ¥5.35 trillion in 2023."
    assert dated_by(dated, "¥5.35 trillion", ref="2024-05-09") == "2023"


def test_the_day_data_were_released_on_is_no_period_of_them() -> None:
    """Reuters via First Business News on Japan's output: "... was the largest since March
    2011, data released Tuesday by the Ministry of Economy, Trade and Industry showed": the
    day the data came out, hung on a participle of releasing that qualifies a report noun,
    dates the release; a weekday that qualifies anything else still scopes its figure."""
    japan = ("The 3.3 percent decline in industrial output from the previous month was the "
             "largest since March 2011, data released Tuesday by the Ministry of Economy, "
             "Trade and Industry showed.")
    assert dated_by(japan, "3.3 percent", ref="2013-07-30") != "Tuesday"
    published = "Exports rose 4% in June, figures published on Friday showed."
    assert dated_by(published, "4%", ref="2013-07-30") == "June"
    traded = "Shares traded on Friday fell 5%."
    assert dated_by(traded, "5%", ref="2024-02-24") == "Friday"


def test_a_period_the_figures_own_report_is_for_is_its_period() -> None:
    """Business Standard: "expanded in April 2019 by 3.4 per cent from a revised growth of
    0.35 per cent reported for March, 2019": what was reported for March is March's, not
    April's, as a report noun's "data for September" is September's."""
    text = ("India's factory production expanded in April 2019 by 3.4 per cent from a revised "
            "growth of 0.35 per cent reported for March, 2019, official data showed on "
            "Wednesday.")
    assert period_span(text, "0.35 per cent") == ("2019-03-01", "2019-03-31")
    assert period_span(text, "3.4 per cent") == ("2019-04-01", "2019-04-30")


def test_a_baseline_dated_by_a_year_alone_is_the_same_part_of_that_year() -> None:
    """BBC business: "saw fourth quarter operating profits fall to 785m euros ($1bn) from
    2.4bn euros in 2003": the fourth quarter of 2003, never the whole year (whose profit
    the article gives later, 1.6bn euros); a baseline of a year's figure keeps its year."""
    text = ("The German-US carmaker saw fourth quarter operating profits fall to 785m euros "
            "($1bn) from 2.4bn euros in 2003.")
    assert period_span(text, "2.4bn euros", ref="2005-02-15") == ("2003-10-01", "2003-12-31")
    undated = [c for c in extract(text).claims if c["text"] == "2.4bn euros"]
    assert [(c["time"]["start"], c["time"]["end"]) for c in undated] == [
        ("2003-10-01", "2003-12-31")]  # an undated report's "fourth quarter", in 2003
    yearly = "Operating profits fell to 1.6bn euros in 2004 from 2.9bn euros in 2003."
    assert period_span(yearly, "2.9bn euros", ref="2005-02-15") == ("2003-01-01", "2003-12-31")


def test_a_sentence_of_what_will_be_sets_no_period_for_the_facts_after_it() -> None:
    """BBC business on Ericsson: "He added that sales in the first three months of 2005
    would be subject to normal seasonality. ... Sales climbed to 131.9 billion kronor":
    the climb is no figure of the first quarter of 2005; a sentence of facts still sets its
    period."""
    foreseen = ("Ericsson said sales in the first three months of 2005 would be subject to "
                "normal seasonality. Sales climbed to 131.9 billion kronor.")
    first_quarter = "the first three months of 2005"
    assert dated_by(foreseen, "131.9 billion kronor", ref="2005-01-28") != first_quarter
    told = ("Ericsson said sales in the first three months of 2005 were weak. Sales fell to "
            "31.9 billion kronor.")
    assert dated_by(told, "31.9 billion kronor", ref="2005-05-28") == first_quarter


def test_a_present_perfect_lede_with_a_date_still_sets_the_story_period() -> None:
    """RTE on Lloyds: "Lloyds Banking Group has today reported a 57% jump in profit for
    2023. ... Lloyds reported pre-tax profit of £7.5 billion for the 12-month period, up
    from £4.8 billion the prior year": the £7.5 billion is 2023's and the prior year 2022,
    though "has reported" is a clause of the present; a present clause without a date still
    takes no earlier period."""
    text = ("Lloyds Banking Group has today reported a 57% jump in profit for 2023.\n\n"
            "Lloyds reported pre-tax profit of £7.5 billion for the 12-month period, up from "
            "£4.8 billion the prior year.")
    assert period_span(text, "£7.5 billion", ref="2024-02-22") == ("2023-01-01", "2023-12-31")
    assert period_span(text, "£4.8 billion", ref="2024-02-22") == ("2022-01-01", "2022-12-31")
    present = "Lloyds reported a profit for 2023. Its shares are now 5% higher."
    assert dated_by(present, "5%", ref="2024-02-22") is None
    # MyJoyOnline on Ghana: a clause of the present sets no period, whatever date it names
    ghana = ("Inflation shot up to 37.2% in September. This is against 33.9% recorded in "
             "August 2022. Inflation for locally produced items was 35.8%.")
    assert dated_by(ghana, "35.8%", ref="2022-10-12") != "August 2022"
