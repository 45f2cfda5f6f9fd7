"""The sentence index answers as ``Span.sent`` does, without walking the document."""

from __future__ import annotations

import random

import pytest
from spacy.language import Language

from claimx.components.sentences import SentenceIndex, SpansBySentence
from tests.conftest import SEEDS


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_bounds_are_those_of_span_sent(blank_nlp: Language, seed: int) -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    doc = blank_nlp(text)
    index = SentenceIndex(doc)
    pick = random.Random(seed)
    for _ in range(300):
        start = pick.randrange(len(doc))
        end = min(len(doc), start + pick.randint(1, 12))  # some cross sentence ends
        span = doc[start:end]
        assert index.sent(span) == span.sent


def test_spans_inside_a_sentence(blank_nlp: Language) -> None:
    doc = blank_nlp("Sales rose 5% in 2023. Costs fell 2% in 2024 and 1% in 2025.")
    first, second = list(doc.sents)
    inside = SpansBySentence(doc.ents)
    assert [s.text for s in inside.inside(first)] == ["5%", "2023"]
    assert [s.text for s in inside.inside(second)] == ["2%", "2024", "1%", "2025"]
