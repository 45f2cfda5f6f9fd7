"""Sentence starts are spaCy's sentencizer's plus line breaks; the sentence index answers as
``Span.sent`` does, without walking the document."""

from __future__ import annotations

import random

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.pipeline import Sentencizer

from claimx.components.sentences import SentenceBounds, SentenceIndex, SpansBySentence
from tests.conftest import SEEDS, article_texts


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


def reference_starts(nlp: Language, text: str) -> list[int]:
    """spaCy's own sentencizer, then the line rule one token at a time."""
    doc = Sentencizer()(nlp.make_doc(text))
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


@pytest.fixture(scope="module")
def bounds(blank_nlp: Language) -> SentenceBounds:
    return SentenceBounds(blank_nlp.vocab)


def claimx_starts(nlp: Language, bounds: SentenceBounds, text: str) -> list[int]:
    doc = bounds(nlp.make_doc(text))
    return [i for i, token in enumerate(doc) if token.is_sent_start]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Sales", "rose", "5%", ".", "!", "?", "...", "\"", "'", ")",
                                  "(", "-", ",", "。", " ", "  ", "\n", "\r\n", "\n\n",
                                  " \n", "•", "\t", "\r"]), max_size=40).map("".join))
def test_sentence_starts_are_spacys_sentencizer_plus_line_breaks(
    blank_nlp: Language, bounds: SentenceBounds, text: str
) -> None:
    assert claimx_starts(blank_nlp, bounds, text) == reference_starts(blank_nlp, text)


@pytest.mark.parametrize("folder", ["business", "tech"])
def test_sentence_starts_on_articles(
    blank_nlp: Language, bounds: SentenceBounds, folder: str
) -> None:
    for text in article_texts(folder, 10):
        assert claimx_starts(blank_nlp, bounds, text) == reference_starts(blank_nlp, text)


def test_every_token_is_marked(blank_nlp: Language, bounds: SentenceBounds) -> None:
    doc = bounds(blank_nlp.make_doc("Costs fell.\nSales rose 5%. Then"))
    # As spaCy's sentencizer, the line break after the full stop starts a sentence too.
    assert [token.text for token in doc if token.is_sent_start] == ["Costs", "\n", "Sales", "Then"]
    assert [token.is_sent_start for token in doc].count(False) == len(doc) - 4


def test_punctuation_characters_are_configurable() -> None:
    nlp = spacy.blank("en")
    doc = SentenceBounds(nlp.vocab, punct_chars=[";"])(nlp.make_doc("one; two. three"))
    assert [token.text for token in doc if token.is_sent_start] == ["one", "two"]


ABBREVIATIONS = [
    # (text, sentences): an abbreviation's stop before a number ends no sentence
    ("Petrol costs Rs. 272 a litre. It rose.", ["Petrol costs Rs. 272 a litre.", "It rose."]),
    ("The budget is Rs. 1,200bn this year.", ["The budget is Rs. 1,200bn this year."]),
    ("No. 10 said so. It was late.", ["No. 10 said so.", "It was late."]),
    ("Shares in Acme Co. rose 5%. Acme Inc. fell.",
     ["Shares in Acme Co. rose 5%.", "Acme Inc. fell."]),
    # a stop before a word, or after a lower-case word, still ends one
    ("He said no. 10 people left.", ["He said no.", "10 people left."]),
    ("It paid in Rs. Then it stopped.", ["It paid in Rs.", "Then it stopped."]),
]


@pytest.mark.parametrize(("text", "sentences"), ABBREVIATIONS, ids=[t for t, _ in ABBREVIATIONS])
def test_abbreviations_before_a_number(blank_nlp: Language, text: str,
                                       sentences: list[str]) -> None:
    assert [sent.text for sent in blank_nlp(text).sents] == sentences
