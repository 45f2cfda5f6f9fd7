"""Figure sentences get the tags, lemmas and arcs a whole-document run of the model gives."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimx.components.parsing import (
    ASCII_MARKS,
    FIGURE_SENTENCE_LABELS,
    INDEX_TABLE,
    FigureParser,
    fast_pipe,
)
from claimx.components.sentences import SentenceIndex
from claimx.pipeline import MODEL_BATCH_SIZE
from tests.conftest import article_texts


def texts() -> list[str]:
    return article_texts("business", 10) + article_texts("tech", 6)[2:]


def whole_document_run(nlp: Language, doc: Doc) -> Doc:
    """The model's pipes over the whole document, with the pipeline's sentence starts and
    its typographic apostrophes and quotes read as ASCII ones, as the figure parser reads
    them."""
    parser = nlp.get_pipe("claimx_figure_parser")
    assert isinstance(parser, FigureParser)
    reference = nlp.make_doc(doc.text.translate(ASCII_MARKS))
    for token, ours in zip(reference, doc, strict=True):
        token.is_sent_start = ours.is_sent_start
    for _, component in parser.pipes:
        reference = component(reference)
    return reference


def test_figure_sentences_get_whole_document_annotations(nlp: Language) -> None:
    compared = 0
    for text in texts():
        doc = nlp(text)
        reference = whole_document_run(nlp, doc)
        index = SentenceIndex(doc)
        for start, end, heads, deps in doc._.claimx_parse:
            for i in range(start, end):
                token, ref = doc[i], reference[i]
                assert (token.tag_, token.pos_, str(token.morph), token.lemma_) == (
                    ref.tag_, ref.pos_, str(ref.morph), ref.lemma_
                ), (text[:40], i, token.text)
                assert (heads[i - start], deps[i - start]) == (ref.head.i, ref.dep_), (
                    text[:40], i, token.text, index.bounds(i)
                )
                compared += 1
    assert compared > 1000


def test_typographic_apostrophes_are_parsed_as_ascii_ones(nlp: Language) -> None:
    """"August’s 4.69%" is a possessive as "August's 4.69%" is; the text keeps its mark."""
    curly = nlp("Prices rose 5.95% in September, up from August’s 4.69%.")
    straight = nlp("Prices rose 5.95% in September, up from August's 4.69%.")
    assert curly._.claimx_parse == straight._.claimx_parse
    assert [t.tag_ for t in curly] == [t.tag_ for t in straight]
    assert "August’s" in curly.text


def test_a_document_without_figures_is_not_annotated(nlp: Language) -> None:
    doc = nlp("The minister arrived in Paris on Monday.")
    assert not [e for e in doc.ents if e.label_ in FIGURE_SENTENCE_LABELS]
    assert not doc.has_annotation("POS")
    assert doc._.claimx_parse == []


def test_only_figure_sentences_are_parsed(nlp: Language) -> None:
    doc = nlp("Nothing to see here today. Profits rose 12% to $4.6 billion. The end came.")
    assert len(doc._.claimx_parse) == 1
    start, end, heads, _ = doc._.claimx_parse[0]
    assert doc[start:end].text == "Profits rose 12% to $4.6 billion."
    assert all(start <= head < end for head in heads)


def test_the_model_annotates_only_through_the_figure_parser(nlp: Language) -> None:
    assert "claimx_figure_parser" in nlp.pipe_names
    assert not {"tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"} & set(
        nlp.pipe_names
    )
    assert nlp.pipe_names.index("claimx_figure_parser") < nlp.pipe_names.index("claimx_frame")


def test_a_sentence_over_the_length_cap_is_not_parsed(nlp: Language) -> None:
    parser = nlp.get_pipe("claimx_figure_parser")
    assert isinstance(parser, FigureParser)
    words = " ".join(["word"] * (parser.max_tokens + 5))
    doc = nlp(f"Sales were $5m and {words} today.")
    assert doc._.claimx_parse == []


@pytest.mark.parametrize("margin", [0, 3])
def test_windows_keep_the_margin_and_join_neighbours(nlp: Language, margin: int) -> None:
    doc = nlp("It hired 300 engineers. Then it hired 40 more staff. Sales fell.")
    counts = [e for e in doc.ents if e.label_ == "QUANTITY"]
    assert len(counts) == 2
    windows = FigureParser("t", [], margin).windows(doc)
    first, second = counts[0].sent, counts[1].sent
    assert windows == [(max(first.start - margin, 0), second.end + margin, first.start,
                        second.end)]


def test_a_parsing_window_reaches_further_right_than_left(nlp: Language) -> None:
    doc = nlp("A first sentence here. It hired 300 engineers. Sales fell in the year.")
    parser = nlp.get_pipe("claimx_figure_parser")
    assert isinstance(parser, FigureParser)
    (start, end, keep_start, keep_end), = parser.windows(doc)
    assert keep_start - start == parser.left_margin < parser.margin
    assert end - keep_end == min(parser.margin, len(doc) - keep_end)


def test_the_batch_size_changes_no_annotation(nlp: Language) -> None:
    """The model's pipes run 16 documents at a time (``MODEL_BATCH_SIZE``, for speed): its
    entities, tags and arcs are those of a run 64 at a time."""
    assert nlp.batch_size == MODEL_BATCH_SIZE

    def annotations(doc: Doc) -> tuple[object, ...]:
        return ([(e.start, e.end, e.label_) for e in doc.ents],
                [(t.tag_, t.lemma_) for t in doc], doc._.claimx_parse)

    small = [annotations(doc) for doc in nlp.pipe(texts())]
    large = [annotations(doc) for doc in nlp.pipe(texts(), batch_size=64)]
    assert small == large
    assert any(parse for _, _, parse in small)


def test_the_fast_lemmatizer_gives_the_models_lemmas(nlp: Language) -> None:
    parser = nlp.get_pipe("claimx_figure_parser")
    assert isinstance(parser, FigureParser)
    model = dict(parser.pipes)["lemmatizer"]
    fast = fast_pipe(model)
    assert fast is not model and fast.lemmatize.__self__ is fast
    # the model's own tables stay as they were (lists, which it can save)
    assert all(isinstance(words, list)
               for words in model.lookups.get_table(INDEX_TABLE).values())
    tagged = [t for text in texts()[:6] for t in whole_document_run(nlp, nlp(text))]
    assert len(tagged) > 1000
    for lemmatizer in (model, fast):
        lemmatizer.cache = {}
    assert [fast.lemmatize(t) for t in tagged] == [model.lemmatize(t) for t in tagged]
