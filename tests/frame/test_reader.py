"""The frame reader on hand-written parses: one behaviour per test, no model needed.

Each parse is written as (text, lemma, pos, dep, head) rows, heads relative to the
sentence, in the shape en_core_web_sm gives these sentences.
"""

from __future__ import annotations

import json

import pytest

from claimx.frame.reader import Frame, FrameLexicon, read_frame
from claimx.frame.syntax import Sentence, sentence_from_rows
from claimx.resources import resolve_rules_dir

Row = tuple[str, str, str, str, int]


@pytest.fixture(scope="module")
def lexicon() -> FrameLexicon:
    table = json.loads((resolve_rules_dir(None) / "frame.json").read_text(encoding="utf-8"))
    return FrameLexicon.from_table(table["syntax"])


def frame(
    rows: list[Row], mentions: list[tuple[int, int, str] | tuple[int, int, str, str]],
    figure: int, lexicon: FrameLexicon,
) -> tuple[Sentence, Frame]:
    sent = sentence_from_rows(rows, mentions, offset=100)
    return sent, read_frame(sent, sent.mentions[figure], lexicon)


# "Pakistan's IT exports reached $4.6 billion in FY24, a robust 26.4% growth, the ministry said."
EXPORTS: list[Row] = [
    ("Pakistan", "Pakistan", "PROPN", "poss", 3), ("'s", "'s", "PART", "case", 0),
    ("IT", "IT", "PROPN", "compound", 3), ("exports", "export", "NOUN", "nsubj", 4),
    ("reached", "reach", "VERB", "ccomp", 19), ("$", "$", "SYM", "quantmod", 7),
    ("4.6", "4.6", "NUM", "compound", 7), ("billion", "billion", "NUM", "dobj", 4),
    ("in", "in", "ADP", "prep", 4), ("FY24", "FY24", "PROPN", "pobj", 8),
    (",", ",", "PUNCT", "punct", 7), ("a", "a", "DET", "det", 15),
    ("robust", "robust", "ADJ", "amod", 15), ("26.4", "26.4", "NUM", "nummod", 14),
    ("%", "%", "NOUN", "compound", 15), ("growth", "growth", "NOUN", "appos", 7),
    (",", ",", "PUNCT", "punct", 19), ("the", "the", "DET", "det", 18),
    ("ministry", "ministry", "NOUN", "nsubj", 19), ("said", "say", "VERB", "ROOT", 19),
    (".", ".", "PUNCT", "punct", 19),
]
EXPORT_MENTIONS: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
    (0, 1, "GPE", "Pakistan"), (5, 8, "MONEY"), (9, 10, "DATE"), (13, 15, "PERCENT"),
]


def test_the_measure_is_the_subject_of_the_figures_verb(lexicon: FrameLexicon) -> None:
    _, found = frame(EXPORTS, EXPORT_MENTIONS, 1, lexicon)
    assert found.measure == "IT exports"
    assert found.metric_form == "it export"


def test_the_holder_is_the_possessor_of_the_measure(lexicon: FrameLexicon) -> None:
    _, found = frame(EXPORTS, EXPORT_MENTIONS, 1, lexicon)
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == "Pakistan"


def test_the_subject_of_a_verb_of_saying_is_the_source(lexicon: FrameLexicon) -> None:
    _, found = frame(EXPORTS, EXPORT_MENTIONS, 1, lexicon)
    assert found.source == "ministry"


def test_the_date_on_the_figures_verb_scopes_it(lexicon: FrameLexicon) -> None:
    _, found = frame(EXPORTS, EXPORT_MENTIONS, 1, lexicon)
    assert found.time is not None and (found.time.start, found.time.end) == (109, 110)


def test_a_change_noun_in_apposition_takes_the_figure_it_qualifies(
    lexicon: FrameLexicon,
) -> None:
    _, found = frame(EXPORTS, EXPORT_MENTIONS, 3, lexicon)
    assert (found.measure, found.facet, found.direction) == ("IT exports", "change", "up")
    assert found.time is not None  # the same clause's FY24


# "The economy grew 1.2% in 2004, according to the ONS."
ECONOMY: list[Row] = [
    ("The", "the", "DET", "det", 1), ("economy", "economy", "NOUN", "nsubj", 2),
    ("grew", "grow", "VERB", "ROOT", 2), ("1.2", "1.2", "NUM", "nummod", 4),
    ("%", "%", "NOUN", "npadvmod", 2), ("in", "in", "ADP", "prep", 2),
    ("2004", "2004", "NUM", "pobj", 5), (",", ",", "PUNCT", "punct", 2),
    ("according", "accord", "VERB", "prep", 2), ("to", "to", "ADP", "prep", 8),
    ("the", "the", "DET", "det", 11), ("ONS", "ONS", "PROPN", "pobj", 9),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_verb_of_change_gives_the_facet_and_direction(lexicon: FrameLexicon) -> None:
    _, found = frame(ECONOMY, [(3, 5, "PERCENT"), (6, 7, "DATE"), (11, 12, "ORG", "ONS")], 0,
                     lexicon)
    assert (found.facet, found.direction) == ("change", "up")


def test_a_holder_noun_as_subject_leaves_the_verb_as_measure(lexicon: FrameLexicon) -> None:
    _, found = frame(ECONOMY, [(3, 5, "PERCENT"), (6, 7, "DATE"), (11, 12, "ORG", "ONS")], 0,
                     lexicon)
    assert found.measure_tokens == ()
    assert found.holder is not None and found.holder.reference == "economy"


def test_according_to_names_the_source(lexicon: FrameLexicon) -> None:
    _, found = frame(ECONOMY, [(3, 5, "PERCENT"), (6, 7, "DATE"), (11, 12, "ORG", "ONS")], 0,
                     lexicon)
    assert found.source == "ONS"
    assert found.source_mention is not None and found.source_mention.name == "ONS"


# "He was fined $300,000."
FINED: list[Row] = [
    ("He", "he", "PRON", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
    ("fined", "fine", "VERB", "ROOT", 2), ("$", "$", "SYM", "nmod", 4),
    ("300,000", "300,000", "NUM", "dobj", 2), (".", ".", "PUNCT", "punct", 2),
]


def test_a_verb_that_is_the_measure_is_nominalised(lexicon: FrameLexicon) -> None:
    _, found = frame(FINED, [(3, 5, "MONEY")], 0, lexicon)
    assert (found.measure, found.facet) == ("fine", "level")


# "Analysts are predicting that profits would rise 12% next year."
PREDICT: list[Row] = [
    ("Analysts", "analyst", "NOUN", "nsubj", 2), ("are", "be", "AUX", "aux", 2),
    ("predicting", "predict", "VERB", "ROOT", 2), ("that", "that", "SCONJ", "mark", 6),
    ("profits", "profit", "NOUN", "nsubj", 6), ("would", "would", "AUX", "aux", 6),
    ("rise", "rise", "VERB", "ccomp", 2), ("12", "12", "NUM", "nummod", 8),
    ("%", "%", "NOUN", "npadvmod", 6), ("next", "next", "ADJ", "amod", 10),
    ("year", "year", "NOUN", "npadvmod", 6), (".", ".", "PUNCT", "punct", 2),
]


def test_a_modal_under_a_verb_of_projection_is_a_projection(lexicon: FrameLexicon) -> None:
    _, found = frame(PREDICT, [(7, 9, "PERCENT"), (9, 11, "DATE")], 0, lexicon)
    assert found.cue == "projection"
    assert found.measure == "profits"


def test_a_modal_alone_is_hypothetical(lexicon: FrameLexicon) -> None:
    rows = [*PREDICT]
    rows[2] = ("worrying", "worry", "VERB", "ROOT", 2)
    _, found = frame(rows, [(7, 9, "PERCENT"), (9, 11, "DATE")], 0, lexicon)
    assert found.cue == "hypothetical"


def test_would_under_a_verb_of_saying_is_a_reported_projection(lexicon: FrameLexicon) -> None:
    rows = [*PREDICT]
    rows[2] = ("saying", "say", "VERB", "ROOT", 2)
    _, found = frame(rows, [(7, 9, "PERCENT"), (9, 11, "DATE")], 0, lexicon)
    assert found.cue == "projection"


def test_set_without_an_infinitive_is_no_projection(lexicon: FrameLexicon) -> None:
    rows: list[Row] = [
        ("It", "it", "PRON", "nsubj", 1), ("set", "set", "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3), ("record", "record", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3), ("$", "$", "SYM", "nmod", 6),
        ("5m", "5m", "NUM", "pobj", 4),
    ]
    _, found = frame(rows, [(5, 7, "MONEY")], 0, lexicon)
    assert found.cue is None


# "Sales were $2bn in 2004 and $1.5bn in 2003."
SALES: list[Row] = [
    ("Sales", "sale", "NOUN", "nsubj", 1), ("were", "be", "AUX", "ROOT", 1),
    ("$", "$", "SYM", "nmod", 3), ("2bn", "2bn", "NUM", "attr", 1),
    ("in", "in", "ADP", "prep", 1), ("2004", "2004", "NUM", "pobj", 4),
    ("and", "and", "CCONJ", "cc", 1), ("$", "$", "SYM", "nmod", 8),
    ("1.5bn", "1.5bn", "NUM", "conj", 1), ("in", "in", "ADP", "prep", 8),
    ("2003", "2003", "NUM", "pobj", 9), (".", ".", "PUNCT", "punct", 1),
]
SALES_MENTIONS: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
    (2, 4, "MONEY"), (5, 6, "DATE"), (7, 9, "MONEY"), (10, 11, "DATE"),
]


@pytest.mark.parametrize(("figure", "date_start"), [(0, 105), (2, 110)], ids=["2bn", "1.5bn"])
def test_each_figure_gets_its_own_date(
    lexicon: FrameLexicon, figure: int, date_start: int
) -> None:
    _, found = frame(SALES, SALES_MENTIONS, figure, lexicon)
    assert found.time is not None and found.time.start == date_start
    assert found.measure == "Sales"


# "The carmaker cut its stake from 80% to 55%."
STAKE: list[Row] = [
    ("The", "the", "DET", "det", 1), ("carmaker", "carmaker", "NOUN", "nsubj", 2),
    ("cut", "cut", "VERB", "ROOT", 2), ("its", "its", "PRON", "poss", 4),
    ("stake", "stake", "NOUN", "dobj", 2), ("from", "from", "ADP", "prep", 2),
    ("80", "80", "NUM", "nummod", 7), ("%", "%", "NOUN", "pobj", 5),
    ("to", "to", "ADP", "prep", 2), ("55", "55", "NUM", "nummod", 10),
    ("%", "%", "NOUN", "pobj", 8), (".", ".", "PUNCT", "punct", 2),
]


@pytest.mark.parametrize(("figure", "facet"), [(0, "baseline"), (1, "new_level")],
                         ids=["from", "to"])
def test_from_and_to_are_the_ends_of_a_change(
    lexicon: FrameLexicon, figure: int, facet: str
) -> None:
    _, found = frame(STAKE, [(6, 8, "PERCENT"), (9, 11, "PERCENT")], figure, lexicon)
    assert (found.facet, found.measure) == (facet, "stake")


def test_a_definite_description_as_subject_is_a_reference(lexicon: FrameLexicon) -> None:
    _, found = frame(STAKE, [(6, 8, "PERCENT"), (9, 11, "PERCENT")], 0, lexicon)
    assert found.holder is not None
    assert (found.holder.reference, found.holder.wants) == ("its", None)


# "Yukos made a pre-tax profit of $600m."
PROFIT: list[Row] = [
    ("Yukos", "Yukos", "PROPN", "nsubj", 1), ("made", "make", "VERB", "ROOT", 1),
    ("a", "a", "DET", "det", 6), ("pre", "pre", "ADJ", "amod", 6), ("-", "-", "ADJ", "amod", 6),
    ("tax", "tax", "NOUN", "amod", 6), ("profit", "profit", "NOUN", "dobj", 1),
    ("of", "of", "ADP", "prep", 6), ("$", "$", "SYM", "quantmod", 9),
    ("600m", "600m", "NUM", "pobj", 7), (".", ".", "PUNCT", "punct", 1),
]


def test_the_noun_an_of_phrase_hangs_on_is_the_measure(lexicon: FrameLexicon) -> None:
    _, found = frame(PROFIT, [(0, 1, "ORG", "Yukos"), (8, 10, "MONEY")], 1, lexicon)
    assert found.measure == "pre-tax profit"
    assert found.metric_form == "pre-tax profit"


def test_the_clause_subject_holds_the_measure(lexicon: FrameLexicon) -> None:
    _, found = frame(PROFIT, [(0, 1, "ORG", "Yukos"), (8, 10, "MONEY")], 1, lexicon)
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == "Yukos"


def test_a_walk_up_a_broken_tree_ends(lexicon: FrameLexicon) -> None:
    rows: list[Row] = [("$", "$", "SYM", "nmod", 1), ("5m", "5m", "NUM", "dobj", 2),
                       ("paid", "pay", "VERB", "dobj", 1)]  # a cycle: no root
    sent = sentence_from_rows(rows, [(0, 2, "MONEY")])
    found = read_frame(sent, sent.mentions[0], lexicon)
    assert found.facet == "level"
