"""Metrics as the frame component names them in a document (needs the model)."""

from __future__ import annotations

import pytest
from spacy.language import Language


def metrics(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = nlp(text)
    return {doc.text[r["start"]:r["end"]]: (r["metric"], r["facet"])
            for r in doc._.claimx_figures if r["label"] in ("MONEY", "PERCENT", "QUANTITY")}


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        pytest.param("The economy grew at a 1.6% annualized rate in the first quarter.", "1.6%",
                     ("annualized GDP", "change"), id="an annualized rate of the economy"),
        pytest.param("The economy grew 0.4% in the first quarter.", "0.4%", ("GDP", "change"),
                     id="the economy's growth is GDP"),
        pytest.param("Real gross domestic product increased at an annual rate of 1.3% in the "
                     "first quarter.", "1.3%", ("annualized GDP", "change"),
                     id="a lexicon metric stated as an annual rate"),
    ],
)
def test_rates_of_change(nlp: Language, text: str, figure: str, metric: tuple[str, str]) -> None:
    assert metrics(nlp, text)[figure] == metric


@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        pytest.param("The Incredibles took $300m outside the US, while Shrek took $19m.",
                     "$300m", "takings outside United States", id="a place on the verb"),
        pytest.param("Nestle said its sales in Europe rose 5% to $2bn.", "$2bn",
                     "sales in Europe", id="a place on the measure"),
        pytest.param("The Incredibles took $300m outside the US, while Shrek took $19m.",
                     "$19m", "takings", id="no place, no scope"),
        pytest.param("Sales fell 13% in New York.", "13%", "sales",
                     id="a place that holds the figure is no scope"),
    ],
)
def test_a_place_that_narrows_the_measure_stays_in_the_metric(
    nlp: Language, text: str, figure: str, metric: str
) -> None:
    assert metrics(nlp, text)[figure][0] == metric
