"""A figure's status (provisional, revised) as the frame component reads it (needs the model)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "status"),
    [
        pytest.param("The initial estimate of 0.1% growth was revised to a 0.3% fall.",
                     "0.1%", "provisional", id="initial on an estimate"),
        pytest.param("The initial estimate of 0.1% growth was revised to a 0.3% fall.",
                     "0.3%", "revised", id="the revised figure"),
        pytest.param("Preliminary figures showed GDP grew an initial 0.4%.",
                     "0.4%", "provisional", id="initial on the figure itself"),
        pytest.param("Phytopharm will receive an initial fee of £6.5m from Unilever.",
                     "£6.5m", None, id="an initial fee is a kind of fee"),
        pytest.param("A previous estimate of 0.1% growth was downgraded to a 0.3% decline.",
                     "0.1%", "provisional", id="a previous estimate"),
        pytest.param("The firm paid an advance fee of £3m.", "£3m", None,
                     id="an advance fee is a kind of fee"),
        pytest.param("Tesco in September initially estimated that it had overstated profits "
                     "by £250m.", "£250m", "provisional",
                     id="a correction first estimated: the first figure"),
        pytest.param("Freddie Mac restated earnings by $5bn.", "$5bn", None,
                     id="the restatement itself is no revised figure"),
        pytest.param("Sales initially rose 5% before falling back.", "5%", None,
                     id="initially on a change: at first, not a first estimate"),
        pytest.param("GDP grew 5.6% in 2023, up from a revised 4.9%.", "4.9%", "revised",
                     id="a revised figure a change starts from"),
        pytest.param("Exports were revised to $33.68 billion from the figure of $47.47 "
                     "billion.", "$47.47 billion", "provisional",
                     id="the figure a revision starts from"),
        pytest.param("The economy grew 0.4 percent in the first quarter, official data "
                     "showed, revising a contraction of 0.1 percent.", "0.1 percent",
                     "provisional", id="the figure in what a verb of revising revises"),
        pytest.param("Greece revises Q1 up to 0.4 percent growth.", "up to 0.4 percent",
                     "revised", id="the new end in the object is the revised figure"),
        pytest.param("Korean economy shrinks revised 0.4 pct in Q1.", "0.4 pct", "revised",
                     id="the figure as the object itself is the revised one"),
        pytest.param("Irish GDP grew by 26.3 per cent in 2015 rather than the 7.8 per cent "
                     "previously estimated in March.", "7.8 per cent", "provisional",
                     id="previously on a participle of estimating the figure has"),
        pytest.param("The jobless rate was 12.2 per cent instead of the previously announced "
                     "12.1 per cent.", "12.1 per cent", "provisional",
                     id="previously on a participle of announcing before the figure"),
        pytest.param("The jobless rate was 12.2 per cent instead of the previously announced "
                     "12.1 per cent.", "12.2 per cent", None,
                     id="the figure that replaces it has no status"),
        pytest.param("The trade deficit of ¥13.76 trillion registered in fiscal 2013 was "
                     "previously the record.", "¥13.76 trillion", None,
                     id="previously on a verb of no report: formerly"),
        pytest.param("Previously, passengers could claim between 150 euros and 300 euros.",
                     "300 euros", None, id="previously on a verb of the clause: formerly"),
        pytest.param("The economy contracted 0.5% on the quarter, versus 0.3% previously.",
                     "0.3%", "provisional", id="previously on the figure itself"),
        pytest.param("Previously, Stats SA had revealed that the GDP had dropped by 3.1%.",
                     "3.1%", "provisional", id="previously on a verb of saying the figure's"),
        pytest.param("Sweden's economy shrank by 1.5 percent in the second quarter, according "
                     "to Statistics Sweden's preliminary data.", "1.5 percent", "provisional",
                     id="a status word on the data the figure is according to"),
        pytest.param("Italy's economy grew by 16.1% in the third quarter, preliminary data "
                     "showed on Friday.", "16.1%", "provisional",
                     id="a status word on the data that shows the figure"),
        pytest.param("A revised estimate revealed that GDP jumped 8.2% in Q2.", "8.2%",
                     "revised", id="a revised estimate that reveals the figure"),
        pytest.param("The economy grew 2%, according to the first minister.", "2%", None,
                     id="a status word on a source that is no report"),
    ],
)
def test_initial_is_a_status_only_of_a_figure_or_an_estimate(
    nlp: Language, text: str, figure: str, status: str | None
) -> None:
    doc = nlp(text)
    found = {doc.text[r["start"]:r["end"]]: r["status"] for r in doc._.claimx_figures
             if r["label"] in ("MONEY", "PERCENT")}
    assert found[figure] == status


def test_a_status_word_on_the_measure_is_the_figure_s_status_not_its_metric(
    nlp: Language,
) -> None:
    doc = nlp("Preliminary gross domestic product fell 2.1% in the third quarter.")
    (record,) = [r for r in doc._.claimx_figures if r["label"] == "PERCENT"]
    assert (record["metric"], record["status"]) == ("GDP", "provisional")


@pytest.mark.parametrize(
    ("text", "figure", "modality"),
    [
        pytest.param("The UK economy is expected to slow, with growth falling from 3.2% last "
                     "year to 2.5%.", "3.2%", "actual", id="the start of a forecast change"),
        pytest.param("The UK economy is expected to slow, with growth falling from 3.2% last "
                     "year to 2.5%.", "2.5%", "projection", id="the forecast level"),
        pytest.param("If sales fell from $10m to $5m, the firm would close.", "$10m",
                     "hypothetical", id="the start of a hypothetical change"),
        pytest.param("Brazil's GDP tops expectations with 1.2% growth in second quarter",
                     "1.2%", "actual", id="a figure beside a forecast noun"),
        pytest.param("Analysts had expectations of 1.2% growth.", "1.2%", "projection",
                     id="what a forecast noun is of"),
        pytest.param("The seasonally adjusted jobless total rose a higher than expected "
                     "17,000 to 4.483 million, the Bundesbank said.", "17,000", "actual",
                     id="higher than expected: a fact beside an expectation"),
        pytest.param("Deutsche Bank AG plunged to a bigger than expected loss of €5.7 billion "
                     "last year.", "€5.7 billion", "actual",
                     id="a bigger than expected loss: a fact beside an expectation"),
        pytest.param("Consumer credit rose by £1.5bn in December, more than the £1.4bn "
                     "expected.", "£1.4bn", "projection",
                     id="the figure expected"),
        pytest.param("Consumer credit rose by £1.5bn in December, more than the £1.4bn "
                     "expected.", "£1.5bn", "actual", id="beside the figure expected"),
        pytest.param("A 512MB card will store about 30 minutes of video and 420 stills.",
                     "420", "actual", id="what a thing will store is a capacity"),
        pytest.param("Sales will reach 420 units next year.", "420", "projection",
                     id="what sales will reach is a forecast"),
        pytest.param("Individuals who persistently break the law will face a maximum fine "
                     "of £1,000.", "£1,000", "target", id="a penalty the rule sets"),
        pytest.param("Almost all could identify Tony Blair, but only one in six knew who "
                     "Michael Howard was.", "one in six", "actual",
                     id="a coordinated clause with its own subject keeps its own mood"),
        pytest.param("Sales could rise 5% and jump 10% next year.", "10%", "hypothetical",
                     id="a coordinated verb sharing the subject shares the auxiliary"),
        pytest.param("About 120,000 people are expected to attend the trade show which "
                     "stretches over more than 1.5 million square feet.", "more than 1.5 million",
                     "actual", id="a relative clause states its own fact"),
        pytest.param("About 120,000 people are expected to attend the trade show which "
                     "stretches over more than 1.5 million square feet.", "About 120,000",
                     "projection", id="the clause the relative clause hangs in keeps its mood"),
        pytest.param("The firm plans to build a plant which will cost $5bn.", "$5bn",
                     "projection", id="a relative clause with a modal of its own"),
        pytest.param("Profits should rise 5% next year.", "5%", "projection",
                     id="should: what is expected"),
        pytest.param("Toshiba must correct at least 152 billion yen in earnings.",
                     "at least 152 billion yen", "target", id="must: what is required"),
        pytest.param("The Conservatives say government proposals - which include two hours' "
                     "PE for 75% of pupils by 2006 - are unrealistic.", "75%", "target",
                     id="a relative clause describing a plan is the plan's"),
        pytest.param("Turkcell could bail out of a $3bn deal to build a network in Iran.",
                     "$3bn", "actual", id="what a verb may leave exists"),
        pytest.param("The money for the initiative will come from a new £500m fund.",
                     "£500m", "actual", id="what a verb will start from exists"),
        pytest.param("The German group may raise its bid to £1.5bn from its initial £1.3bn "
                     "offer.", "£1.3bn", "actual", id="the offer a bid is raised from"),
        pytest.param("The German group may raise its bid to £1.5bn from its initial £1.3bn "
                     "offer.", "£1.5bn", "hypothetical", id="the bid it may be raised to"),
        pytest.param("Profits are expected to fall from $10m to $5m.", "$10m", "actual",
                     id="the level an expected change starts from"),
        pytest.param("Profits are expected to fall from $10m to $5m.", "$5m", "projection",
                     id="the level an expected change reaches"),
        pytest.param("The club is hoping to increase matchday earnings from 29% to 40% of "
                     "turnover.", "40%", "target", id="the second end of a pair on from"),
        pytest.param("Carlton will be out of action for four to six weeks.", "four to six",
                     "projection", id="out of action for six weeks starts from nothing"),
        pytest.param("Oracle posted adjusted revenue of $9.63 billion, higher than the $9.57 "
                     "billion that analysts had expected.", "$9.57 billion", "projection",
                     id="what analysts expected, however it is compared"),
        pytest.param("Oracle posted adjusted revenue of $9.63 billion, higher than the $9.57 "
                     "billion that analysts had expected.", "$9.63 billion", "actual",
                     id="what beat the expectation"),
        pytest.param("Net income may drop 35 per cent to 1.5 trillion yen, the company said.",
                     "1.5 trillion yen", "projection", id="a reported may: a projection"),
        pytest.param("Some 2,000 jobs may be cut if investment in the firm goes ahead, the "
                     "Financial Times has reported.", "Some 2,000", "hypothetical",
                     id="a reported may under a condition stays one"),
        pytest.param("Operating profit stood at 105.5 billion yen, compared to an average "
                     "estimate of 164.78 billion yen in a poll by 11 analysts by Refinitiv.",
                     "164.78 billion yen", "projection",
                     id="an average estimate is the forecasters'"),
        pytest.param("Operating profit stood at 105.5 billion yen, compared to an average "
                     "estimate of 164.78 billion yen in a poll by 11 analysts by Refinitiv.",
                     "105.5 billion yen", "actual", id="what missed the average estimate"),
        pytest.param("The economy grew 1.8 percent in the January-March quarter, compared with "
                     "2.5 percent growth in the poll.", "2.5 percent", "projection",
                     id="a change a poll holds, set against the figure"),
        pytest.param("Japan's second-biggest automaker forecast full-year operating profit "
                     "rising to 1.0 trillion yen ($7.40 billion) compared with a 985.62 "
                     "billion yen average profit expected by 21 analysts.",
                     "985.62 billion yen", "projection",
                     id="an amount on a noun that analysts expect"),
        pytest.param("Labour was on 35%, compared with 33% in a poll last week.", "33%",
                     "actual", id="a share in an opinion poll"),
        pytest.param("More than half (54%) of those asked in a poll said they would switch.",
                     "54%", "actual", id="a poll's own finding"),
        pytest.param("Offenders will face fines of up to £2,500.", "up to £2,500", "target",
                     id="a penalty foreseen is a sanction the rule sets"),
        pytest.param("Officials who accessed the data would face up to two years in jail.",
                     "up to two", "target", id="a length served in jail, foreseen"),
        pytest.param("If convicted, he would face up to ten years in prison.", "up to ten",
                     "hypothetical", id="a penalty under a condition stays one"),
        pytest.param("If found guilty Aragones could lose his job or face a fine of about "
                     "£22,000.", "about £22,000", "hypothetical",
                     id="a condition on the verb the penalty's verb is coordinated with"),
        pytest.param("The bank said that lending rose by £2.5bn in March, more than the £2.2bn "
                     "expected and above the £2.1bn reported in February.", "£2.1bn", "actual",
                     id="a figure reported, beside one expected"),
        pytest.param("The bank said that lending rose by £2.5bn in March, more than the £2.2bn "
                     "expected and above the £2.1bn reported in February.", "£2.2bn",
                     "projection", id="the figure expected beside it"),
        pytest.param("Shoppers are expected to put £90bn on cards in 2006, compared with £85bn "
                     "paid in cash.", "£85bn", "projection",
                     id="a participle of no report on a figure compared within an expectation"),
        pytest.param("The economy grew at an annual rate of 3.7%, short of the 4.2% rate "
                     "pencilled in by forecasters.", "4.2%", "projection",
                     id="a participle listed as written, which the lemmatiser misreads"),
        pytest.param("The economy grew at an annual rate of 3.7%, short of the 4.2% rate "
                     "pencilled in by forecasters.", "3.7%", "actual",
                     id="what fell short of the figure pencilled in"),
    ],
)
def test_the_modality_of_a_figure(
    nlp: Language, text: str, figure: str, modality: str
) -> None:
    from claimx.claims import build_claims

    doc = nlp(text)
    claims = build_claims("d", text, doc._.claimx_figures)
    assert {c["text"]: c["modality"] for c in claims}[figure] == modality



@pytest.mark.parametrize("model", ["nlp", "blank_nlp"])
def test_a_cue_word_inside_a_date_is_no_cue(
    request: pytest.FixtureRequest, model: str
) -> None:
    from claimx.claims import build_claims

    text = "Retail sales rose 0.3% in May."
    doc = request.getfixturevalue(model)(text)
    claim = next(c for c in build_claims("d", text, doc._.claimx_figures) if c["text"] == "0.3%")
    assert (claim["modality"], claim["cues"]) == ("actual", [])


def test_what_a_revision_starts_from_is_not_the_revised_figure(nlp: Language) -> None:
    doc = nlp("Sales in the year were revised down to $5bn from $6bn.")
    found = {doc.text[r["start"]:r["end"]]: r["status"] for r in doc._.claimx_figures
             if r["label"] == "MONEY"}
    assert found == {"$5bn": "revised", "$6bn": "provisional"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the parser hangs "3.1%" and "to" on "3.2", or both ends on "from"
        pytest.param("The annual growth rate was revised up from 3.1% to 3.2%.",
                     {"3.1%": ("baseline", "provisional"), "3.2%": ("change", "revised")},
                     id="a rate revised from one percentage to another"),
        pytest.param("Prices were revised down from 4% to 3%.",
                     {"4%": ("baseline", "provisional"), "3%": ("new_level", "revised")},
                     id="a level revised from one percentage to another"),
        pytest.param("Output rose from 3.1% to 3.2%.",
                     {"3.1%": ("baseline", None), "3.2%": ("new_level", None)},
                     id="a change between two percentages"),
    ],
)
def test_the_two_ends_of_a_revision_between_percentages(
    nlp: Language, text: str, found: dict[str, tuple[str, str | None]]
) -> None:
    doc = nlp(text)
    assert {doc.text[r["start"]:r["end"]]: (r["facet"], r["status"])
            for r in doc._.claimx_figures if r["label"] == "PERCENT"} == found



def test_what_a_noun_of_revising_starts_from_is_the_earlier_figure(nlp: Language) -> None:
    doc = nlp("The upward revision from the 2.6 per cent pace surprised economists.")
    [status] = [r["status"] for r in doc._.claimx_figures if r["label"] == "PERCENT"]
    assert status == "provisional"
