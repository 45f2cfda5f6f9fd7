"""Lengths of time: a number before a time word is a duration claim, not a count.

"for six weeks", "a two-year ban", "after 29 minutes" say how long something lasted, not how
many things there are: claimx claims them as kind ``duration``, the number as the value and
the time word as the unit (rules/numbers.json ``not_counted`` without ``multiples``). A length
of time that measures an amount of something ("six hours a day") stays a count; a multiple
("four times as fast") stays a bare number; idioms stay no figure at all. The sentences are
written for these tests, in the shapes BBC sport and business reports use.
"""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tests.conftest import claims_of


def figure_claims(nlp: Language, text: str) -> list[dict[str, Any]]:
    return claims_of(nlp, text, ("money", "percent", "quantity", "duration"))


DURATIONS = [
    # (sentence, claim text, low, high, bound, unit)
    ("He walked on crutches for six weeks.", "six", 6, 6, "exact", "weeks"),
    ("The striker was handed a two-year ban.", "two", 2, 2, "exact", "year"),
    ("The firm applied for a 30-month extension.", "30", 30, 30, "exact", "month"),
    ("He served three-months for the fracas.", "three", 3, 3, "exact", "months"),
    ("United doubled their lead after 29 minutes.", "29", 29, 29, "exact", "minutes"),
    ("Patients who waited more than three months are treated.", "more than three", 3, None,
     "lower", "months"),
    ("It took over 10 hours to reach the hospital.", "over 10", 10, None, "lower", "hours"),
    ("She wore a body cast for three and a half months.", "three and a half", 3.5, 3.5,
     "exact", "months"),
    ("The relay team won in 38.07 seconds.", "38.07", 38.07, 38.07, "exact", "seconds"),
    ("Cords arrive within two to four weeks of the order.", "two to four", 2, 4, "range",
     "weeks"),
    ("The term was cut from 10 to 5 years.", "5", 5, 5, "exact", "years"),
    # a length in several clock units is one duration, read in its last unit
    ("She set the record in two hours 18 minutes 15 seconds.", "two hours 18 minutes 15",
     8295, 8295, "exact", "seconds"),
    ("She cut her record by one minute 53 secs.", "one minute 53", 113, 113, "exact", "secs"),
    ("Doom 3 was developed over four years.", "four", 4, 4, "exact", "years"),
    ("Gadgets will be on show over the three days.", "three", 3, 3, "exact", "days"),
    ("He has worked there for over 15 years.", "over 15", 15, None, "lower", "years"),
    ("The bank kept rates on hold for four consecutive quarters.", "four", 4, 4, "exact",
     "quarters"),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "bound", "unit"), DURATIONS,
                         ids=[d[0] for d in DURATIONS])
def test_a_length_of_time_is_a_duration_claim(blank_nlp: Language, text: str, span: str,
                                              low: Any, high: Any, bound: str,
                                              unit: str) -> None:
    (claim,) = figure_claims(blank_nlp, text)
    value = claim["value"]
    assert (claim["kind"], claim["text"], value["low"], value["high"], value["bound"],
            value["unit"]) == ("duration", span, low, high, bound, unit)


@pytest.mark.parametrize(("text", "span", "unit"), [
    pytest.param("Staff work an extra four hours a week.", "four", "hours", id="a rate"),
    pytest.param("Pupils get two hours' PE a week.", "two", "hours", id="owning a noun"),
    pytest.param("The average stay was 12 days.", "12", "days", id="a statistic"),
])
def test_a_length_of_time_that_measures_an_amount_stays_a_count(
        blank_nlp: Language, text: str, span: str, unit: str) -> None:
    (claim,) = figure_claims(blank_nlp, text)
    assert (claim["kind"], claim["text"], claim["value"]["unit"]) == ("quantity", span, unit)


@pytest.mark.parametrize("text", [
    pytest.param("Sales grew four times as fast.", id="a multiple"),
    pytest.param("The region is three times the size of Wales.", id="a multiple of a size"),
    pytest.param("It has a 24-hour culture.", id="round the clock"),
    pytest.param("You can watch TV on your mobile 24 hours a day.", id="all day"),
    pytest.param("Activity hit a seven-month high.", id="the extreme of a period"),
    pytest.param("Oil closed at three-month lows.", id="lows of a period"),
    pytest.param("He could be back within a year or two.", id="an idiom of time"),
    pytest.param("They scored a trio of second-half tries.", id="a time word in a compound"),
    pytest.param("The score at 90 mins was 1-1.", id="a moment on the clock"),
    pytest.param("The 50-year-old MP launched a party.", id="an age in digits"),
    pytest.param("He is over thirty years old.", id="an age written out"),
    pytest.param("A five-year-old boy was found.", id="an age in words"),
    pytest.param("It polled 500 21 to 25-year olds.", id="an age band"),
    pytest.param("Few 18 to 24 year olds vote.", id="an age band written apart"),
])
def test_no_duration_claim(blank_nlp: Language, text: str) -> None:
    assert figure_claims(blank_nlp, text) == []


@pytest.mark.parametrize(("text", "measure"), [
    pytest.param("The striker was handed a two-year ban.", "ban", id="a ban"),
    pytest.param("The firm applied for a 30-month extension.", "extension", id="an extension"),
])
def test_a_duration_written_as_a_modifier_measures_its_noun(blank_nlp: Language, text: str,
                                                            measure: str) -> None:
    (claim,) = figure_claims(blank_nlp, text)
    assert claim["subject"]["measure"] == measure


@pytest.mark.parametrize(("text", "unit"), [
    pytest.param("He walked on crutches for six weeks.", "weeks", id="for six weeks"),
    pytest.param("The team won the relay in 38.07 seconds.", "seconds", id="in seconds"),
])
def test_a_length_of_time_that_names_nothing_else_measures_time(blank_nlp: Language,
                                                                 text: str, unit: str) -> None:
    (claim,) = figure_claims(blank_nlp, text)
    assert (claim["subject"]["measure"], claim["value"]["unit"]) == ("time", unit)
