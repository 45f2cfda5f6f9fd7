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
from spacy.tokens import Doc, Span

from claimx.components.sentences import (
    DATELINES_KEY,
    MAX_SENTENCE_TOKENS,
    SentenceBounds,
    SentenceCap,
    SentenceIndex,
    SpansBySentence,
)
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


def test_blank_lines_are_not_counted_as_sentences(blank_nlp: Language) -> None:
    doc = blank_nlp("Exports rose.\n\nImports fell.  \n\n  Trade grew.")
    index = SentenceIndex(doc)
    words = [t.i for t in doc if t.text in ("Exports", "Imports", "Trade")]
    assert [index.number(i) for i in words] != [0, 1, 2]  # blank lines are sentences
    assert [index.written_number(i) for i in words] == [0, 1, 2]


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


DATELINES = [
    # (text, sentences): a dateline opening a line is a sentence of its own
    ("OSLO, March 3 (AP) – Norway's fund lost 2%.",
     ["OSLO, March 3 (AP) –", "Norway's fund lost 2%."]),
    ("Prices\nNEW YORK — Oil rose 3%.", ["Prices\n", "NEW YORK —", "Oil rose 3%."]),
    ("PARIS: France's output grew 1%.", ["PARIS:", "France's output grew 1%."]),
    # a capitalised place with its date, the mark typed twice
    ("Washington, DC, November 15, 2007-- The index rose 0.3%.",
     ["Washington, DC, November 15, 2007--", "The index rose 0.3%."]),
    # ... and the mark typed twice against the word after it
    ("Washington, DC, Sept. 30, 2010--Gross Domestic Product grew 1.7%.",
     ["Washington, DC, Sept. 30, 2010--", "Gross Domestic Product grew 1.7%."]),
    # a capitalised place with the news agency in brackets, as wire copy writes it
    ("Seoul (VNA) - The Republic of Korea had a trade surplus.",
     ["Seoul (VNA) -", "The Republic of Korea had a trade surplus."]),
    # an agency written in lower case, with a hyphen of its own, inside the brackets
    ("LONDON (dpa-AFX) - BP PLC reported a profit.",
     ["LONDON (dpa-AFX) -", "BP PLC reported a profit."]),
    # a long agency's name and date in brackets, the closing bracket and the mark one word
    ("JERUSALEM, (UrduPoint / Pakistan Point News - 21st Aug, 2019 ):Israel's GDP rose 1%.",
     ["JERUSALEM, (UrduPoint / Pakistan Point News - 21st Aug, 2019 ):", "Israel's GDP rose 1%."]),
    ("KUALA LUMPUR (July 19): Malaysia's economy grew 5.8%.",
     ["KUALA LUMPUR (July 19):", "Malaysia's economy grew 5.8%."]),
    # a place in capitals and its date with no mark, as wire archives store it
    ("SAO PAULO Dec 3 Brazil's economy shrank 0.5 percent.",
     ["SAO PAULO Dec 3", "Brazil's economy shrank 0.5 percent."]),
    ("NEW YORK, March 3 Oil rose 3%.", ["NEW YORK, March 3", "Oil rose 3%."]),
    # a place, its date and a news agency in brackets, with no mark
    ("Moscow, Feb 3 (AFP) Russia's economic growth slowed to 1.3 percent.",
     ["Moscow, Feb 3 (AFP)", "Russia's economic growth slowed to 1.3 percent."]),
    # a capitalised place, then its date between two marks
    ("Cairo – 10 October 2023: Egypt's inflation rose to 38 percent.",
     ["Cairo – 10 October 2023:", "Egypt's inflation rose to 38 percent."]),
    ("Accra - Dec. 8, 2023 - Ghana's inflation eased.",
     ["Accra - Dec. 8, 2023 -", "Ghana's inflation eased."]),
    ("Apple - 10 units: Prices rose 3%.", ["Apple - 10 units: Prices rose 3%."]),  # no month
    ("Apple (AAPL) Shares rose 3%.", ["Apple (AAPL) Shares rose 3%."]),  # no date
    # a news agency in brackets alone, then the mark
    ("(RTTNews) - South Korea's GDP was down 3.3 percent.",
     ["(RTTNews) -", "South Korea's GDP was down 3.3 percent."]),
    ("(Reuters) -- Sales fell 3%.", ["(Reuters) --", "Sales fell 3%."]),
    ("(note) - sales fell 3%.", ["(note) - sales fell 3%."]),  # lower case
    # a place in capitals in square brackets
    ("[TOKYO] Toyota Motor Corp. said profit fell.",
     ["[TOKYO]", "Toyota Motor Corp. said profit fell."]),
    ("[UK] Toyota said profit fell.", ["[UK] Toyota said profit fell."]),  # too short a word
    ("[TOKYO] profit fell.", ["[TOKYO] profit fell."]),  # lower case after
    # not a dateline: a short word in capitals, a lower-case word before the mark or after it
    ("NATO May 3 summit was held.", ["NATO May 3 summit was held."]),  # lower case after
    ("UK – The economy grew 1%.", ["UK – The economy grew 1%."]),
    ("Washington - The index rose 0.3%.", ["Washington - The index rose 0.3%."]),  # no date
    ("OSLO said - Norway's fund lost 2%.", ["OSLO said - Norway's fund lost 2%."]),
    ("GDP: up 0.8% in the quarter.", ["GDP: up 0.8% in the quarter."]),
    # nor a word in capitals inside a line
    ("Shares in ACME – Norway's firm – fell.", ["Shares in ACME – Norway's firm – fell."]),
]


@pytest.mark.parametrize(("text", "sentences"), DATELINES, ids=[t for t, _ in DATELINES])
def test_a_dateline_is_a_sentence_of_its_own(blank_nlp: Language, text: str,
                                              sentences: list[str]) -> None:
    assert [sent.text for sent in blank_nlp(text).sents] == sentences


@pytest.mark.parametrize(
    ("text", "datelines"),
    [
        ("LONDON (dpa-AFX) - BP PLC reported a profit.", ["LONDON (dpa-AFX) -"]),
        ("Prices\nNEW YORK — Oil rose 3%.", ["NEW YORK —"]),
        ("UK – The economy grew 1%.", []),
    ],
)
def test_datelines_are_kept_for_the_frame(blank_nlp: Language, text: str,
                                          datelines: list[str]) -> None:
    # the frame takes a dateline's place for no subject of the report (the group is there
    # only when a document has a dateline)
    assert [line.text for line in blank_nlp(text).spans.get(DATELINES_KEY, [])] == datelines


# The cap on sentence length for framing.


def one_sentence(nlp: Language, text: str) -> Doc:
    doc = nlp.make_doc(text)
    return SentenceBounds(nlp.vocab)(doc)


def sentence_lengths(doc: Doc) -> list[int]:
    return [len(sent) for sent in doc.sents]


@pytest.mark.parametrize("words", [11, 25, 100, 1001])
def test_no_sentence_is_longer_than_the_cap(blank_nlp: Language, words: int) -> None:
    doc = SentenceCap(10, ())(one_sentence(blank_nlp, " ".join(["word"] * words)))
    assert max(sentence_lengths(doc)) <= 10
    assert sum(sentence_lengths(doc)) == words


def test_sentences_within_the_cap_are_left_alone(blank_nlp: Language) -> None:
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    before = [(s.start, s.end) for s in one_sentence(blank_nlp, text).sents]
    after = SentenceCap(MAX_SENTENCE_TOKENS, ())(one_sentence(blank_nlp, text))
    assert [(s.start, s.end) for s in after.sents] == before


def test_a_cut_falls_after_punctuation_in_the_second_half(blank_nlp: Language) -> None:
    doc = one_sentence(blank_nlp, "a b c d e f g , h i j k l m n")
    SentenceCap(10, ())(doc)
    assert [s.text for s in doc.sents] == ["a b c d e f g ,", "h i j k l m n"]


def test_a_cut_never_splits_a_kept_span(blank_nlp: Language) -> None:
    doc = one_sentence(blank_nlp, " ".join(f"w{i}" for i in range(20)))
    doc.spans["kept"] = [Span(doc, 7, 12, label="MONEY")]  # where a cut at 10 would fall
    SentenceCap(10, ("kept",))(doc)
    assert [(s.start, s.end) for s in doc.sents] == [(0, 7), (7, 17), (17, 20)]


def test_the_pipeline_caps_sentences_after_choosing_figures(blank_nlp: Language) -> None:
    words = " ".join(f"word{i % 50} rose to ${i}m" for i in range(400))  # no punctuation
    doc = blank_nlp(words)
    assert max(sentence_lengths(doc)) <= MAX_SENTENCE_TOKENS
    money = [e for e in doc.ents if e.label_ == "MONEY"]
    assert len(money) == 400
    assert all(e.end <= e.sent.end for e in money)  # no figure is cut in two
