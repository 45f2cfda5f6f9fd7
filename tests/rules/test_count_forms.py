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
