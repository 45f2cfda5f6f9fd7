"""A figure without a date of its own continues the period an earlier sentence set: one
about the same thing (claimx.frame.inherit, on plain records), and in whole documents."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from claimx.frame.inherit import (
    Periods,
    PeriodSetting,
    PeriodWords,
    sentence_setting,
    sets_period,
)

REACH = 3
WORDS = PeriodWords(
    verb_measures={"earn": "earnings"}, reference_words=frozenset({"since", "than"}),
    reference_bases=frozenset({"compared with"}), reference_reach=5,
    deadline_words=frozenset({"by", "until"}), possessives=frozenset({"'s"}),
    figure_words=frozenset({"figures", "data"}), saying_forms=frozenset({"said", "reported"}),
    day_rules=frozenset({"date-weekday"}),
    prepositions=frozenset({"in", "for", "of", "on"}), modalities=frozenset({"hypothetical"}),
    endings=("s", "ed"), plural_endings=(("s", "", 4),), singular_endings=("ss",),
    paces=("annualized",),
)


def figure(time_index: int | None = None, **extra: Any) -> dict[str, Any]:
    return {"metric": "GDP", "measure": "GDP", "entity": "United Kingdom",
            "entity_basis": "stated", "time_index": time_index, **extra}


@pytest.mark.parametrize(
    ("later", "sentences_apart", "inherited"),
    [
        pytest.param(figure(), 1, 7, id="the next sentence inherits"),
        pytest.param(figure(), 4, None, id="out of reach"),
        pytest.param(figure(own_time=True), 1, None, id="a figure in the present keeps none"),
        pytest.param(figure(metric="inflation", measure="inflation"), 1, None, id="another metric"),
        pytest.param(figure(metric="real GDP", measure="real GDP"), 1, 7,
                     id="the same head noun"),
        pytest.param(figure(entity="France"), 1, None, id="another holder"),
        pytest.param(figure(label="DURATION"), 1, None, id="a length of time continues none"),
        pytest.param(figure(cue="hypothetical"), 1, None, id="a figure only supposed"),
    ],
)
def test_a_figure_continues_the_period_of_an_earlier_figure(
    later: dict[str, Any], sentences_apart: int, inherited: int | None
) -> None:
    periods = Periods(REACH, WORDS)
    periods.inherit(figure(7), 0, 0)
    periods.inherit(later, sentences_apart, 0)
    assert later["time_index"] == inherited


@pytest.mark.parametrize(
    ("earlier", "inherited"),
    [
        pytest.param(figure(7), 7, id="the same name"),
        pytest.param(figure(7, entity="France"), None, id="another name"),
        pytest.param(figure(7, entity=None), 7, id="no holder: another guess"),
    ],
)
def test_a_defaulted_holder_takes_its_namesakes_or_a_guesss_period(
    earlier: dict[str, Any], inherited: int | None
) -> None:
    periods = Periods(REACH, WORDS)
    periods.inherit(earlier, 0, 0)
    later = figure(entity_basis="defaulted")
    periods.inherit(later, 1, 0)
    assert later["time_index"] == inherited


@pytest.mark.parametrize(
    ("earlier", "inherited"),
    [
        pytest.param(figure(7), 7, id="a stated period goes on"),
        pytest.param(figure(7, time_reported=True), None,
                     id="the day a report came out does not"),
        pytest.param(figure(7, facet="baseline"), None,
                     id="the period a change starts from does not"),
    ],
)
def test_a_report_day_is_no_period_to_inherit(earlier: dict[str, Any],
                                              inherited: int | None) -> None:
    periods = Periods(REACH, WORDS)
    periods.inherit(earlier, 0, 0)
    later = figure()
    periods.inherit(later, 1, 0)
    assert later["time_index"] == inherited


def test_an_inherited_period_goes_on_to_later_figures() -> None:
    periods = Periods(REACH, WORDS)
    periods.inherit(figure(7), 0, 0)
    middle, last = figure(), figure()
    periods.inherit(middle, 3, 0)
    periods.inherit(last, 6, 0)
    assert (last["time_index"], last["time_inherited"]) == (7, True)


def place_change(metric: str, time_index: int | None = None, **extra: Any) -> dict[str, Any]:
    return figure(time_index, metric=metric, measure=metric, label="PERCENT", facet="change",
                  place_statistic=True, **extra)


@pytest.mark.parametrize(
    ("later", "sentence", "paragraph", "inherited", "metric"),
    [
        # the period, not the pace: whether a part of GDP is told annualized is its holder's
        # convention (the US's; not Japan's), which reconciliation applies
        pytest.param(place_change("consumer spending"), 1, 1, 7, "consumer spending",
                     id="the next sentence: the period, not the pace"),
        pytest.param(place_change("consumer spending"), 2, 0, 7, "consumer spending",
                     id="earlier in the same paragraph"),
        pytest.param(place_change("consumer spending"), 2, 1, None, "consumer spending",
                     id="two sentences back in another paragraph"),
        pytest.param(place_change("consumer spending", entity="France"), 1, 0, None,
                     "consumer spending", id="another place"),
        pytest.param(place_change("consumer spending", based=True), 1, 0, 7,
                     "consumer spending", id="a change stating its own basis keeps it"),
        pytest.param(figure(metric="shares", measure="shares", label="PERCENT", facet="change"),
                     1, 0, None, "shares", id="no statistic of the place"),
        pytest.param(place_change("annualized GDP"), 1, 0, 7, "annualized GDP",
                     id="the same measure: its own pace"),
    ],
)
def test_statistics_of_one_place_share_a_release_period(
    later: dict[str, Any], sentence: int, paragraph: int, inherited: int | None, metric: str
) -> None:
    periods = Periods(REACH, WORDS)
    periods.inherit(place_change("annualized GDP", 7), 0, 0)
    periods.inherit(later, sentence, paragraph)
    assert (later["time_index"], later["metric"]) == (inherited, metric)


def test_a_plain_change_passes_on_no_pace() -> None:
    periods = Periods(REACH, WORDS)
    periods.inherit(place_change("GDP", 7), 0, 0)
    later = place_change("consumer spending")
    periods.inherit(later, 1, 0)
    assert (later["time_index"], later["metric"]) == (7, "consumer spending")


def setting(words: str, holders: tuple[str, ...] = (), metrics: tuple[str, ...] = (),
            sentence: int = 0, paragraph: int = 0) -> PeriodSetting:
    return sentence_setting(sentence, paragraph, 5, words.split(), holders, metrics, WORDS)


@pytest.mark.parametrize(
    ("earlier", "later", "sentence", "paragraph", "inherited"),
    [
        pytest.param(setting("German unemployment rose in December", ("Germany",)),
                     figure(metric="unemployment", measure="jobless total", entity="Germany"),
                     1, 1, 5, id="names the measure and the holder"),
        pytest.param(setting("For all of 2004 , exports rose"),
                     figure(metric="foreign oil exports", measure="foreign oil exports"),
                     1, 0, 5, id="names the measure, no holder"),
        pytest.param(setting("Japan 's exports rose in 2004", ("Japan",)),
                     figure(metric="exports", measure="exports", entity="China"),
                     1, 0, None, id="names the measure of another holder"),
        pytest.param(setting("Prince earned more than any other star in 2004", ("Prince",)),
                     figure(metric="earnings", measure="earnings", entity="Prince"),
                     1, 1, 5, id="a verb that is the measure"),
        pytest.param(setting("The latest figures for Q2 2014 show the UK recovery",
                             ("United Kingdom",)),
                     figure(), 1, 0, 5, id="figures for the holder"),
        pytest.param(setting("Turkcell signed a contract in September", ("Turkcell",)),
                     figure(metric="subscription", measure="subscriptions", entity="Turkcell"),
                     1, 0, None, id="the holder without its figures"),
        pytest.param(setting("The latest data for March show the UK trade gap", ("United Kingdom",),
                             ("trade deficit",)),
                     figure(), 1, 0, None, id="figures for another measure"),
        pytest.param(setting("German unemployment rose in December", ("Germany",)),
                     figure(metric="unemployment", measure="unemployment", entity="Germany"),
                     2, 0, 5, id="earlier in the same paragraph"),
        pytest.param(setting("German unemployment rose in December", ("Germany",)),
                     figure(metric="unemployment", measure="unemployment", entity="Germany"),
                     2, 1, None, id="two sentences back in another paragraph"),
    ],
)
def test_a_sentence_without_figures_sets_a_period(
    earlier: PeriodSetting, later: dict[str, Any], sentence: int, paragraph: int,
    inherited: int | None,
) -> None:
    periods = Periods(REACH, WORDS)
    periods.add(earlier)
    periods.inherit(later, sentence, paragraph)
    assert later["time_index"] == inherited


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        pytest.param("exports rose in", None, True, id="in: a period"),
        pytest.param("the latest figures for", "show", True, id="for: a period"),
        pytest.param("", ",", True, id="a date that opens the sentence"),
        pytest.param("grown by 3.1 % since", None, False, id="since: a point of reference"),
        pytest.param("since the early hours of", "attempts", False,
                     id="since, further back: a point of reference"),
        pytest.param("higher than in", None, False, id="than in: the base of a comparison"),
        pytest.param("growing compared with", None, False, id="compared with: a base"),
        pytest.param("the government said on", None, False, id="said on: a report's day"),
        pytest.param("the ministry reported", None, False, id="reported: a report's day"),
        pytest.param("they have until", None, False, id="until: a deadline"),
        pytest.param("the bronze at", "'s", False, id="a date that owns a noun"),
        pytest.param("under a", "land", False, id="a date inside a noun phrase"),
    ],
)
def test_which_date_of_a_sentence_sets_a_period(before: str, after: str | None,
                                                expected: bool) -> None:
    assert sets_period(before.lower().split(), after, WORDS) is expected


@pytest.mark.parametrize(
    ("text", "figure_text", "period"),
    [
        pytest.param(
            "The latest figures for Q2 2014 show the UK recovery continuing. With GDP "
            "growing by 0.9% compared with the previous quarter, the recovery goes on.",
            "0.9%", "Q2 2014", id="a sentence without figures sets the period"),
        pytest.param(
            "The UK economy grew by 0.8% in the second quarter of 2014. Since the second "
            "quarter of 2013, the economy has grown by 3.1%.",
            "3.1%", None, id="a point of reference is the figure's own time"),
        pytest.param(
            "German unemployment rose for the 11th month since 1990. The jobless total "
            "rose 17,000 to 4.48 million.",
            "17,000", None, id="a date after since sets no period"),
        pytest.param(
            "The ministry said on Friday that exports had recovered. Exports rose 4% to $2bn.",
            "4%", None, id="a report's day sets no period"),
        pytest.param(
            "Rio's share price rose 3.5% in early trading.\n\nRio's share price was "
            "up 15% on the year.",
            "15%", None, id="a trading session sets no period"),
        pytest.param(
            "Car sales fell 2.8% in January, following a fall of 0.6% in December. But on a "
            "year-on-year basis, car sales saw an increase of 6.5%.",
            "6.5%", "January", id="what came before sets no period"),
        pytest.param(
            "The industry grew 5% in 2004. The industry is growing by 6% a year.",
            "6%", None, id="a figure in the present tense keeps none"),
        pytest.param(
            "Sprint spent $3bn on its network in 2004. Sprint will spend $1bn on its network.",
            "$1bn", None, id="a figure in the future keeps none"),
        pytest.param(
            "Sprint spent $3bn on its network in 2004. Sprint spent $1bn on its shops.",
            "$1bn", "2004", id="the same holder and measure in the past continues it"),
        pytest.param(
            "The UK economy grew 0.7% in the third quarter, official figures show. Consumer "
            "spending rose 0.5%.",
            "0.5%", "the third quarter", id="another statistic of the place: one release"),
        pytest.param(
            "South Korea's economy expanded 1.8 percent in the January-March period.\n"
            "The country's capital investment plunged 10.8 percent on-quarter.",
            "10.8 percent", "the January-March period",
            id="any figure a named place holds: one release"),
        pytest.param(
            "August imports were worth $13.49 billion.\n"
            "For the first eight months of the year, exports were worth $108.8 billion.\n"
            "Imports were worth $99.68 billion during the same period, rising 14.1%.",
            "$99.68 billion", "the first eight months of the year",
            id="the same period: the one just set, whatever its measure"),
        pytest.param(
            "Sales rose 5% in 2004.\nProfit rose 3% from the same period last year.",
            "3%", None, id="the same period last year is a base"),
        pytest.param(
            "Samsung's profit rose 5% in the first quarter.\nSamsung's capital investment "
            "plunged 10.8 percent.",
            "10.8 percent", None, id="a company's other measure continues no period"),
        pytest.param(
            "German Economy Shrinks In 2023\n\nGross domestic product shrank 0.3 percent "
            "sequentially, the statistics office said.",
            "0.3 percent", "2023", id="a headline's economy shrinking sets GDP's period"),
        pytest.param(
            "The firm employed 5,000 staff in 2003. The firm employs 6,000 staff.",
            "6,000", None, id="a verb in the present tense keeps its own time"),
        pytest.param(
            "UK inflation fell to 2.4% in September. This was the lowest level since June, "
            "when inflation was also 2.4%. Inflation was expected to fall to 2.6%.",
            "2.6%", "September", id="a figure of a point of reference sets no period"),
        pytest.param(
            "South Africa's unemployment rate last reached 28% in 2003. The unemployment "
            "rate rose to 29.1%.",
            "29.1%", None, id="a figure last reached in a year sets no period"),
        pytest.param(
            "South Korea's economy grew 1.8 percent in the January-March quarter, compared "
            "with 2.5 percent growth in the poll and 3.1 percent in the final quarter of "
            "2018. Exports fell 2.6 percent.",
            "2.6 percent", "the January-March quarter",
            id="a figure listed after compared with sets no period"),
        pytest.param(
            "South Korea's economy shrank 0.3 percent in the first quarter, the worst "
            "contraction since a 3.3 percent drop in the fourth quarter of 2008. Exports "
            "fell 2.6 percent.",
            "2.6 percent", "the first quarter", id="a figure after since sets no period"),
        pytest.param(
            "South Korea's economy shrank 0.3 percent in the first quarter. Exports fell 2.6 "
            "percent, a sharper drop than the 1.5 percent decline in the previous three "
            "months.",
            "2.6 percent", "the first quarter",
            id="another figure's date in a comparison is no point of reference"),
        pytest.param(
            "South Korea's inflation rate dropped to 1.6% in September. At that time, "
            "inflation in South Korea was at 2.6%.",
            "2.6%", None, id="at that time: another sentence's time"),
        pytest.param(
            "South Korea's inflation rate dropped to 1.6% in September. Inflation in South "
            "Korea was at 2.6% at the time.",
            "2.6%", None, id="at the time, after the figure"),
        pytest.param(
            "The Netherlands' GDP grew 2.6 percent in the second quarter, faster than the "
            "revised 0.5 percent rise in the March quarter. Household spending increased "
            "0.9 percent.",
            "0.9 percent", "the second quarter",
            id="a figure a comparison marks sets no period"),
        pytest.param(
            "The French economy picked up speed at the end of 2004.\n\nIt "
            "leaves GDP up 2.3% for the full year.",
            "2.3%", None, id="an economy that picked up speed names no change of GDP"),
    ],
)
def test_periods_in_documents(nlp: Language, text: str, figure_text: str,
                              period: str | None) -> None:
    doc = nlp(text)
    dates = {i: r for i, r in enumerate(doc._.claimx_figures) if r["label"] == "DATE"}
    found = next(r for r in doc._.claimx_figures
                 if doc.text[r["start"]:r["end"]] == figure_text)
    index = found.get("time_index")
    written = None if index is None else doc.text[dates[index]["start"]:dates[index]["end"]]
    assert (written, bool(found.get("time_inherited"))) == (period, period is not None)


@pytest.mark.parametrize(
    ("opening", "later", "sentence", "inherited"),
    [
        pytest.param(True, figure(metric="earnings", measure="earnings", entity="Madonna"), 8,
                     5, id="the opening lines' period, any holder, far on"),
        pytest.param(False, figure(metric="earnings", measure="earnings", entity="Madonna"),
                     8, None, id="another sentence's period stays in reach"),
        pytest.param(True, figure(metric="tickets", measure="tickets", entity="Madonna"), 8,
                     None, id="not for a measure the opening lines do not name"),
    ],
)
def test_the_opening_lines_set_the_storys_period_for_their_measure(
    opening: bool, later: dict[str, Any], sentence: int, inherited: int | None
) -> None:
    periods = Periods(REACH, WORDS)
    lede = ["Prince", "earned", "more", "than", "any", "star", "in", "2004"]
    periods.add(sentence_setting(0, 0, 5, lede, ("Prince",), (), WORDS, opening=opening))
    periods.inherit(later, sentence, 3)
    assert later["time_index"] == inherited


def test_a_date_a_sentence_last_saw_sets_no_period() -> None:
    # "was last seen in" points back to the last time something happened, not to the period
    # later figures speak of
    from claimx.api import extract

    text = ("The euro area economy grew at a slower pace in the second quarter. A similar "
            "slower growth was last seen in the second quarter of 2016. On a yearly basis, GDP "
            "growth eased to 2.1 percent.")
    claims = extract(text, ref_date="2018-07-31").claims
    (found,) = [c for c in claims if c["text"] == "2.1 percent"]
    assert (found["time"] or {}).get("start") != "2016-04-01"
