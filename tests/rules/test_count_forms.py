"""Count forms the press writes that the first count rules missed, one behaviour each.

Each sentence is written for these tests in the shape of a BBC report the frame gold set
(tests/frames/) holds; the claim is the count's text, its ends and its counted noun.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tests.conftest import claims_of


def counts(nlp: Language, text: str) -> list[dict[str, Any]]:
    return claims_of(nlp, text, ("quantity",))


COUNTS = [
    # (sentence, claim text, low, high, counted noun)
    # "one" insisted on by "only" or "just" counts what follows it
    ("Iran has only one congested mobile network.", "one", 1, 1, "congested mobile network"),
    ("In a year the band released just one record.", "one", 1, 1, "record"),
    # one plural scale before "of" is at least that scale, with no ceiling
    ("The boom helped create thousands of jobs.", "thousands of", 1000, None, "jobs"),
    ("Hundreds of fans waited outside.", "Hundreds of", 100, None, "fans"),
    # an adjective standing for people after a count with no noun
    ("He warned of about five million unemployed in January.", "about five million",
     5_000_000, 5_000_000, "unemployed"),
    ("The storm left 2,000 homeless.", "2,000", 2000, 2000, "homeless"),
    # a noun naming a group by its size
    ("Wasps won with a trio of late tries.", "a trio of", 3, 3, "late tries"),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "unit"), COUNTS,
                         ids=[c[0] for c in COUNTS])
def test_count_form(blank_nlp: Language, text: str, span: str, low: Any, high: Any,
                    unit: str) -> None:
    (claim,) = counts(blank_nlp, text)
    value = claim["value"]
    assert (claim["text"], value["low"], value["high"], value["unit"]) == (span, low, high, unit)


@pytest.mark.parametrize("text", [
    pytest.param("One analyst said so.", id="one as a pronoun"),
    pytest.param("It is just one of the costs.", id="just one of: a share"),
    pytest.param("There is only one way to win.", id="a figure of speech"),
    pytest.param("The repairs cost thousands of pounds.", id="thousands of pounds is money"),
    pytest.param("The firm is upskilling thousands annually.", id="thousands alone is vague"),
    pytest.param("Plants may rise to hundreds of millions.", id="hundreds of a scale"),
])
def test_no_count(blank_nlp: Language, text: str) -> None:
    assert counts(blank_nlp, text) == []


@pytest.mark.parametrize(("text", "span", "unit"), [
    pytest.param("He warned of about five million unemployed in January.",
                 "about five million", "unemployed", id="unemployed"),
    pytest.param("The quake left 200 dead.", "200", "dead", id="dead"),
])
def test_a_tagged_adjective_standing_for_people_is_counted(nlp: Language, text: str,
                                                           span: str, unit: str) -> None:
    (claim,) = counts(nlp, text)
    assert (claim["text"], claim["value"]["unit"]) == (span, unit)


ELLIPTICAL = [
    # (text, the count whose noun is left out, the noun it takes)
    ("Police carried out six raids in August. Five were on homes.", "Five", "raids"),
    ("Of the 17 people convicted, only four of the 12 whose origins were known were Muslim.",
     "12", "people"),
    ("Some 140,000 people were killed and five million left homeless.", "five million",
     "people"),
    ("The engine tracks six million blogs and says that more than 12,000 are added daily.",
     "more than 12,000", "blogs"),
]


@pytest.mark.parametrize(("text", "span", "unit"), ELLIPTICAL, ids=[e[1] for e in ELLIPTICAL])
def test_a_count_without_its_noun_takes_the_earlier_count_s(nlp: Language, text: str,
                                                            span: str, unit: str) -> None:
    by_text = {claim["text"]: claim for claim in counts(nlp, text)}
    assert by_text[span]["value"]["unit"] == unit
    assert by_text[span]["subject"]["measure"] == unit


@pytest.mark.parametrize("text", [
    pytest.param("Five were on homes.", id="no earlier count"),
    pytest.param("They made six raids in May. Nothing happened in June. Five were on homes.",
                 id="the earlier count too far back"),
    pytest.param("They made six raids. Five, he said, were on homes.", id="no verb after it"),
])
def test_a_count_without_its_noun_or_an_earlier_count_is_none(nlp: Language,
                                                               text: str) -> None:
    assert [c["text"] for c in counts(nlp, text) if c["text"] == "Five"] == []


@pytest.mark.parametrize(("text", "number"), [
    pytest.param("Their two children Emily, 16, and Pelham, 14 were pleased.", "14",
                 id="an age beside a name"),
    pytest.param("Three times the world number two hangs in.", "two", id="a rank"),
])
def test_an_age_or_a_rank_before_a_verb_is_no_elliptical_count(nlp: Language, text: str,
                                                                number: str) -> None:
    assert [c["text"] for c in counts(nlp, text) if c["text"] == number] == []


@pytest.mark.parametrize(("text", "unit", "measure"), [
    pytest.param("The recorder will offer a 160GB hard drive.", "GB",
                 "hard drive storage capacity", id="a unit glued to its number"),
    pytest.param("Apple's new player has a 30 GB hard disk.", "GB",
                 "hard disk storage capacity", id="a unit apart"),
])
def test_a_unit_before_a_noun_is_the_unit_and_the_noun_what_it_measures(
        nlp: Language, text: str, unit: str, measure: str) -> None:
    (claim,) = counts(nlp, text)
    assert (claim["value"]["unit"], claim["subject"]["measure"]) == (unit, measure)


def test_a_unit_the_model_tags_as_a_name_is_no_entity(nlp: Language) -> None:
    text = "It comes with a 60GB disk and 2GB of RAM."
    assert [c for c in claims_of(nlp, text, ("entity",)) if c["text"] == "GB"] == []
    assert [c["value"]["unit"] for c in counts(nlp, text)] == ["GB", "GB"]
