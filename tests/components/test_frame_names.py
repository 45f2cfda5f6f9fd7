"""Names merged within one document: a part or an extension of an earlier name is that name."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from claimx.components.framer import merge_names, named_again, one_kind_per_name, whole_names

TITLES = frozenset({"mr", "ms"})


@pytest.mark.parametrize(
    ("mentions", "name", "merged"),
    [
        pytest.param([(0, "ORG", "Skis Rossignol"), (9, "ORG", "Rossignol")], "Rossignol",
                     "Skis Rossignol", id="shorter form"),
        pytest.param([(0, "ORG", "Yukos"), (5, "ORG", "Yukos oil firm")], "Yukos oil firm",
                     "Yukos", id="longer form"),
        pytest.param([(0, "PERSON", "Tony Blair"), (7, "PERSON", "Mr Blair")], "Mr Blair",
                     "Tony Blair", id="title left out"),
        pytest.param([(0, "ORG", "Bank of England"), (3, "GPE", "England")], "England",
                     "England", id="another label stays apart"),
        pytest.param([(0, "GPE", "New York"), (4, "GPE", "York")], "York", "York",
                     id="places are never merged"),
        pytest.param([(0, "ORG", "Microsoft"), (2, "ORG", "Sony")], "Sony", "Sony",
                     id="different names stay apart"),
    ],
)
def test_merge_names(
    mentions: list[tuple[int, str, str]], name: str, merged: str
) -> None:
    assert merge_names(mentions, TITLES).get(name, name) == merged


def test_a_name_the_model_tagged_twice_is_that_name_where_it_missed_it() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Telewest said Telewest and Sky grew . For Telewest it was Sky .")
    ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 3, label="ORG"),
            Span(doc, 4, 5, label="ORG")]  # "Sky" is tagged once only
    found = named_again(doc, ents, ents)
    added = [(e.start, e.text, e.label_) for e in found if e not in ents]
    assert added == [(8, "Telewest", "ORG")]  # not "Sky", tagged only once


def labels_after(words: str, tagged: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    doc = spacy.blank("en")(words)
    ents = [Span(doc, start, end, label=label) for start, end, label in tagged]
    return [(e.text, e.label_) for e in one_kind_per_name(ents)]


def test_a_one_word_person_also_tagged_an_organisation_is_an_organisation() -> None:
    # the small model tags "Yukos" a person 13 times and an organisation once
    words = "Yukos said it would sue . Yukos shares fell . Yukos was sold ."
    tagged = [(0, 1, "PERSON"), (6, 7, "ORG"), (10, 11, "PERSON")]
    assert labels_after(words, tagged) == [("Yukos", "ORG")] * 3


@pytest.mark.parametrize(
    ("words", "tagged"),
    [
        pytest.param("Tony Blair spoke . Blair won . Blair said no .",
                     [(0, 2, "PERSON"), (4, 5, "ORG"), (7, 8, "PERSON")],
                     id="part of a person's full name"),
        pytest.param("Madonna sang . Madonna earned more .", [(0, 1, "PERSON"), (3, 4, "PERSON")],
                     id="never tagged an organisation"),
    ],
)
def test_a_persons_name_stays_a_person(words: str, tagged: list[tuple[int, int, str]]) -> None:
    doc_labels = labels_after(words, tagged)
    assert [label for _, label in doc_labels] == [label for _, _, label in tagged]


def whole(words: str, tagged: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    doc = spacy.blank("en")(words)
    return [(e.text, e.label_) for e in whole_names(
        [Span(doc, start, end, label=label) for start, end, label in tagged])]


def test_a_name_tagged_whole_once_is_whole_where_the_model_split_it() -> None:
    words = "Shares in UK Coal fell . UK Coal said the UK market and UK Coalition grew ."
    tagged = [(2, 3, "GPE"), (3, 4, "ORG"), (6, 8, "ORG"), (10, 11, "GPE"), (13, 14, "GPE")]
    assert whole(words, tagged) == [
        ("UK Coal", "ORG"), ("UK Coal", "ORG"),
        ("UK", "GPE"),  # another word follows: "the UK market"
        ("UK", "GPE"),  # "UK Coalition" is another name
    ]


def test_a_name_never_tagged_whole_stays_as_tagged() -> None:
    words = "UK Coal fell . UK Coal said so ."
    tagged = [(0, 1, "GPE"), (1, 2, "ORG"), (4, 5, "GPE"), (5, 6, "ORG")]
    assert whole(words, tagged) == [("UK", "GPE"), ("Coal", "ORG")] * 2
