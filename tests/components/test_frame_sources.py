"""Who states a figure, as the frame component names it (needs the model)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        pytest.param("Oil minister Fathi Bin Shatwan spoke on Monday. \"I do not think we need "
                     "to cut unless the prices are falling below $35 a barrel,\" he added.",
                     "below $35 a barrel", "Fathi Bin Shatwan",
                     id="a quote's I is the speaker the verb of saying names"),
        pytest.param("A blog is created every 5.8 seconds, according to a US research "
                     "think-tank.", "5.8", "US research think tank",
                     id="a place before the source's noun is not the source"),
        pytest.param("The Swedish firm said it would relocate about 10 plants.", "about 10",
                     "Swedish firm", id="a nationality before the source's noun is not it"),
        pytest.param("Technorati, a blog search engine, tracks about six million blogs and "
                     "says that more than 12,000 are added daily.", "more than 12,000",
                     "Technorati", id="a verb of saying coordinated with the subject's verb"),
        pytest.param("\"Be prepared for about five million unemployed,\" warned HVB Group "
                     "economist Andreas Rees.", "about five million", "Andreas Rees",
                     id="the person in apposition before their organisation"),
        pytest.param("A survey by the Confederation of British Industry shows that exports "
                     "rose to $671.7bn in 2004.", "$671.7bn",
                     "Confederation of British Industry", id="the owner of a survey"),
        pytest.param("The gap hit an all-time high of $671.7bn in 2004, latest figures show.",
                     "$671.7bn", None, id="figures with no owner state nothing"),
        pytest.param("The Labor Department revised up the number of jobs created in the two "
                     "previous months - to 139,000 in September instead of 96,000.", "96,000",
                     "Labor Department",
                     id="who revises a figure states it"),
        pytest.param("You said sales rose 5% last year.", "5%", None,
                     id="a pronoun that names no one is no source"),
        pytest.param("Separately, investment bank Goldman Sachs produced research showing "
                     "that a basket of M&S goods is now 11% above the high-street average.",
                     "11%", "Goldman Sachs", id="a named subject of the clause showing hangs on"),
        pytest.param("Sales rose in May, showing that exports were 11% higher.", "11%", None,
                     id="a measure that shows is no source"),
        pytest.param("The central bank's latest forecast, from June, is for a 0.5% drop.",
                     "0.5%", "central bank", id="whose forecast a copula's subject is"),
        pytest.param("Bert Ruerup said the panel's earlier forecast of 1.4% was too optimistic "
                     "and warned growth would be just 1% in 2005.", "1%", "Bert Ruerup",
                     id="a forecast's owner states only what the forecast is"),
        pytest.param("The average person has a library of 600 digital images estimates the "
                     "Consumer Electronics Association, the organisation behind CES.", "600",
                     "Consumer Electronics Association",
                     id="a verb of saying coordinated after the clause, its object named"),
        pytest.param("Sales rose 5% and the firm beat estimates by analysts.", "5%", None,
                     id="a coordinated clause with a subject of its own says nothing"),
        pytest.param("According to the general trade system, exports were $180.72 billion "
                     "in 2019.", "$180.72 billion", None,
                     id="a method of compiling the figure states nothing"),
        pytest.param("The show pulled in an audience of 6.2 million viewers, according to the "
                     "Nielsen ratings system.", "6.2 million", "Nielsen",
                     id="whose method a name says states it"),
        pytest.param("Exports were $180.72 billion in 2019, according to the trade ministry.",
                     "$180.72 billion", "trade ministry",
                     id="according to a body: the body states it"),
        pytest.param("Inflation rose to 38 percent in September, according to the latest data "
                     "released by the Central Agency for Public Mobilization and Statistics.",
                     "38 percent", "Central Agency for Public Mobilization and Statistics",
                     id="who released the data states it"),
        pytest.param("Growth was 0.1% in the quarter, according to data released by the "
                     "country's central bank.", "0.1%", "country's central bank",
                     id="a source written as a description keeps its possessive"),
    ],
)
def test_the_source_of_a_figure(nlp: Language, text: str, figure: str,
                                source: str | None) -> None:
    doc = nlp(text)
    found = {doc.text[r["start"]:r["end"]]: r["source"] for r in doc._.claimx_figures
             if "source" in r}
    assert found[figure] == source


STORY = ("Teens know little of politics\n\nTeenagers questioned for a survey have shown little "
         "interest in politics.\n\nOnly a quarter of 14-16 year olds knew that Labour was the "
         "government. The ICM survey interviewed 110 pupils for Ofsted. Some 48% of them said "
         "politics was not important, Ofsted said.")


def test_the_survey_a_story_reports_is_the_source_of_its_unsourced_figures(
    nlp: Language,
) -> None:
    pipeline = nlp
    doc = pipeline(STORY)
    found = {doc.text[r["start"]:r["end"]]: (r["source"], r["source_basis"])
             for r in doc._.claimx_figures if "source_basis" in r}
    assert found["a quarter"] == ("ICM", "story")  # before the survey's owner is named
    assert found["Some 48%"] == ("Ofsted", "stated")  # a source of its own stays
    # an article that only mentions a survey further down is no story of it
    later = pipeline("Teens know little of politics\n\nOnly a quarter of teenagers knew that "
                     "Labour was the government. Few could name a minister. Schools plan "
                     "more lessons. Separately, the ICM survey found 40% want to vote.")
    assert all(r.get("source") is None for r in later._.claimx_figures
               if r["label"] == "PERCENT" and later.text[r["start"]:r["end"]] == "a quarter")


def test_the_period_a_list_story_opens_with_is_every_figures_that_names_none(
    nlp: Language,
) -> None:
    """BBC entertainment/250: Rolling Stone's list of 2004's top earners; "took almost
    $42.7m" is a figure of the list, so of 2004, whatever it measures; a figure with a period
    of its own keeps it, and a story of no survey, poll or list sets none."""
    text = ("Prince crowned 'top music earner'\n\nPrince earned more than any other pop star in "
            "2004, beating Madonna in US magazine Rolling Stone's annual list.\n\nSimon and "
            "Garfunkel earned $24.9m last year. Sir Elton John took fourth place and almost "
            "$42.7m from performances.")

    def times(doc_text: str) -> dict[str, str | None]:
        doc = nlp(doc_text)
        records = doc._.claimx_figures
        return {
            doc.text[r["start"]:r["end"]]: None if r.get("time_index") is None else doc.text[
                records[r["time_index"]]["start"]:records[r["time_index"]]["end"]]
            for r in records if r["label"] == "MONEY"
        }

    found = times(text)
    assert found["almost $42.7m"] == "2004"
    assert found["$24.9m"] == "last year"
    assert times(text.replace("annual list", "annual review"))["almost $42.7m"] is None
