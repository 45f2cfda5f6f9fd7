"""Holders as the frame component names them in a document (needs the model)."""

from __future__ import annotations

import pytest
from spacy.language import Language


def holders(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {doc.text[record["start"]:record["end"]]: record["entity"]
            for record in doc._.claimx_figures
            if record["label"] in ("MONEY", "PERCENT", "QUANTITY")}


@pytest.mark.parametrize(
    ("text", "figure", "holder"),
    [
        pytest.param("Data showed the Australian economy grew just 0.1% in the quarter.",
                     "0.1%", "Australia", id="a nationality before a noun is the country"),
        pytest.param("London Irish lost again. Irish trailed by just two points at the break.",
                     "two", "Irish", id="a nationality as a subject is a team, not the place"),
    ],
)
def test_nationality_words(nlp: Language, text: str, figure: str, holder: str) -> None:
    assert holders(nlp, text)[figure] == holder


def bases(nlp: Language, text: str) -> dict[str, tuple[str | None, str | None]]:
    doc = nlp(text)
    return {doc.text[r["start"]:r["end"]]: (r["entity"], r["entity_basis"])
            for r in doc._.claimx_figures if r["label"] in ("MONEY", "PERCENT", "QUANTITY")}


def test_a_holder_the_sentence_leaves_unnamed_is_only_a_guess(nlp: Language) -> None:
    text = ("US box office hits\nThe US box office had a good weekend in the US. "
            "The movie, which cost a reported $70m to make, took $138m in the US so far.")
    assert bases(nlp, text)["$138m"] == ("United States", "defaulted")


def test_the_main_subject_may_be_a_person(nlp: Language) -> None:
    text = ("Radcliffe quits the marathon\nPaula Radcliffe has quit the Athens marathon. "
            "Radcliffe said she was exhausted. The world record holder dropped out after "
            "23 miles.")
    assert bases(nlp, text)["23"][0] == "Radcliffe"  # the name as the headline writes it


def test_a_country_statistic_belongs_to_the_one_country_named(nlp: Language) -> None:
    text = ("GDP grew 0.5% in the quarter, less than thought\nUK economic growth was weaker "
            "than thought in the quarter to June. GDP expanded by 0.5 per cent over the three "
            "months, the statistics office said.")
    assert bases(nlp, text)["0.5 per cent"][0] == "United Kingdom"


@pytest.mark.parametrize(
    ("text", "figure", "expected"),
    [
        pytest.param("Output grew 0.4% in the quarter, the Office for National Statistics said.",
                     "0.4%", ("United Kingdom", "resolved"),
                     id="a national statistics body stands for its country"),
        pytest.param("Output grew 0.4% in the quarter in France, the Office for National "
                     "Statistics said.", "0.4%", ("France", None),
                     id="a named place comes first"),
        pytest.param("Sales at Acme rose 4%, the Office for National Statistics said.",
                     "4%", ("Acme", None), id="only a place's statistics"),
    ],
)
def test_a_document_naming_no_place_takes_its_statistics_bodys_country(
    nlp: Language, text: str, figure: str, expected: tuple[str, str | None]
) -> None:
    holder, basis = bases(nlp, text)[figure]
    assert holder == expected[0]
    if expected[1] is not None:  # named in the opening sentences: resolved, not a guess
        assert basis == expected[1]
