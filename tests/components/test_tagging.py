"""Count sentences get the part-of-speech tags a whole-document run of the model gives."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from claimx.components.tagging import COUNT_LABEL, CountTagger
from tests.conftest import article_texts


def texts() -> list[str]:
    return article_texts("tech", 12)


def whole_document_tags(nlp: Language, text: str) -> Doc:
    tagger = nlp.get_pipe("claimx_count_tagger")
    assert isinstance(tagger, CountTagger)
    doc = nlp.make_doc(text)
    for _, component in tagger.pipes:
        doc = component(doc)
    return doc


def test_tags_in_count_sentences_are_whole_document_tags(nlp: Language) -> None:
    compared = 0
    for text in texts():
        doc = nlp(text)
        reference = whole_document_tags(nlp, text)
        for ent in doc.ents:
            if ent.label_ != COUNT_LABEL:
                continue
            for token in ent.sent:
                ref = reference[token.i]
                assert (token.tag_, token.pos_, str(token.morph)) == (
                    ref.tag_, ref.pos_, str(ref.morph)
                ), (text[:40], token.i, token.text)
                compared += 1
    assert compared > 100


def test_a_document_without_counts_is_not_tagged(nlp: Language) -> None:
    doc = nlp("Profits rose 12% to $4.6 billion in 2024.")
    assert not [e for e in doc.ents if e.label_ == COUNT_LABEL]
    assert not doc.has_annotation("POS")


def test_the_model_tags_only_through_the_count_tagger(nlp: Language) -> None:
    assert "claimx_count_tagger" in nlp.pipe_names
    assert not {"tok2vec", "tagger", "attribute_ruler"} & set(nlp.pipe_names)
    assert nlp.pipe_names.index("claimx_count_tagger") < nlp.pipe_names.index("claimx_frame")


@pytest.mark.parametrize("margin", [0, 3])
def test_windows_keep_the_margin_and_join_neighbours(nlp: Language, margin: int) -> None:
    tagger = nlp.get_pipe("claimx_count_tagger")
    assert isinstance(tagger, CountTagger)
    doc = nlp("It hired 300 engineers. Then it hired 40 more staff. Sales fell.")
    counts = [e for e in doc.ents if e.label_ == COUNT_LABEL]
    assert len(counts) == 2
    windows = CountTagger("t", [], margin).windows(doc)
    first, second = counts[0].sent, counts[1].sent
    assert windows == [(max(first.start - margin, 0), second.end + margin, first.start,
                        second.end)]
