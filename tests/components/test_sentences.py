"""The sentence index answers as ``Span.sent`` does, without walking the document."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from claimx.components.sentences import SentenceIndex, SpansBySentence, line_sentences
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


def starts_token_by_token(doc: Doc) -> list[int]:
    """The rule of claimx_line_sentences, one token at a time."""
    starts = [i for i, token in enumerate(doc) if token.is_sent_start]
    previous_break = False
    for i, token in enumerate(doc):
        if previous_break and not token.is_space and i not in starts:
            starts.append(i)
        if "\n" in token.text or "\r" in token.text:
            previous_break = True
        elif not token.is_space:
            previous_break = False
    return sorted(starts)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Sales", "rose", "5%", ".", " ", "  ", "\n", "\r\n", "\n\n",
                                  " \n", "•", "\t", "\r"]), max_size=40).map("".join))
def test_line_breaks_start_sentences(blank_nlp: Language, text: str) -> None:
    sentencizer = blank_nlp.get_pipe("sentencizer")
    doc = sentencizer(blank_nlp.make_doc(text))
    expected = starts_token_by_token(doc)
    line_sentences(doc)
    assert [i for i, token in enumerate(doc) if token.is_sent_start] == expected
