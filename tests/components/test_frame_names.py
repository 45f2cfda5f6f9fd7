"""Names merged within one document: a part or an extension of an earlier name is that name."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from claimx.components.framer import merge_names, named_again

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
