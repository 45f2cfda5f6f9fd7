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


PAIRS = [
    # (sentence, count, its value, unit, facet): a number with no noun of its own in a
    # from/to pair, or after a change verb, counts what the clause names
    ("The Labor Department had revised down the jobs gains in December 2004, from 157,000 "
     "to 133,000.", "157,000", 157_000, "jobs gains", "baseline"),
    ("The Labor Department had revised down the jobs gains in December 2004, from 157,000 "
     "to 133,000.", "133,000", 133_000, "jobs gains", "new_level"),
    ("The firm cut its workforce from 5,000 to 3,000.", "5,000", 5000, "workforce",
     "baseline"),
    ("It increased its staff from 300 to 500 last year.", "500", 500, "staff", "new_level"),
    ("Deutsche Bank said it would reduce its German workforce by 1,920 this year.", "1,920",
     1920, "workforce", "change"),
    ("The number of people out of work rose 32,000 to 1.41 million in the last three "
     "months of 2004.", "1.41 million", 1_410_000, "people out", "new_level"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit", "facet"), PAIRS,
                         ids=[f"{p[1]} {p[3]} {p[4]}" for p in PAIRS])
def test_a_number_in_a_change_counts_what_its_clause_names(
        nlp: Language, text: str, span: str, value: int, unit: str, facet: str) -> None:
    by_text = {claim["text"]: claim for claim in counts(nlp, text)}
    claim = by_text[span]
    assert (claim["value"]["low"], claim["value"]["unit"], claim["value"]["facet"]) == (
        value, unit, facet)


@pytest.mark.parametrize("text", [
    pytest.param("The government raised the pension age from 60 to 65.", id="an age"),
    pytest.param("The club moved up the table from 12 to 3.", id="a rank"),
    pytest.param("Their album moved from 13 to number four.", id="a chart place"),
    pytest.param("The index rose from 102 to 105.", id="an index level"),
    pytest.param("Shares rose from 320 to 345.", id="a price"),
    pytest.param("Job losses are listed on pages 12 to 14.", id="page numbers"),
    pytest.param("The workforce moved from level 2 to 3.", id="a level's label"),
    pytest.param("Job cuts rose in 2004 to 1995 levels.", id="years"),
])
def test_a_number_in_a_change_of_no_count_is_no_count(nlp: Language, text: str) -> None:
    assert counts(nlp, text) == []


@pytest.mark.parametrize(("text", "span", "high", "doubt"), [
    pytest.param("It could require borrowing of up to $4.5bn trillion over 20 years.",
                 "up to $4.5bn trillion", 4_500_000_000_000, "stacked_scales",
                 id="stacked scales"),
    pytest.param("It could require borrowing of up to $4.5 trillion over 20 years.",
                 "up to $4.5 trillion", 4_500_000_000_000, None, id="one scale"),
    pytest.param("The plan costs five lakh crore rupees.", "five lakh crore rupees",
                 5_000_000_000_000, None, id="a scale of a scale"),
])
def test_stacked_scales_read_in_the_last_and_say_so(
        blank_nlp: Language, text: str, span: str, high: int, doubt: str | None) -> None:
    (claim,) = claims_of(blank_nlp, text, ("money",))
    assert (claim["text"], claim["value"]["high"], claim["value"].get("doubt")) == (
        span, high, doubt)
