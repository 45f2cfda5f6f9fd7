"""The frame reader on hand-written parses: one behaviour per test, no model needed.

Each parse is written as (text, lemma, pos, dep, head) rows, heads relative to the
sentence, in the shape en_core_web_sm gives these sentences.
"""

from __future__ import annotations

import pytest

from claimx.frame.clause import subject_of
from claimx.frame.holder import _named
from claimx.frame.reader import FrameLexicon, read_frame
from claimx.frame.syntax import Mention, Sentence, sentence_from_rows
from tests.frame.conftest import Row, frame

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
    assert found.metric_form == "IT export"  # the acronym keeps its capitals


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


# "The economy avoided a recession when it expanded 0.6 percent."
AVOIDED: list[Row] = [
    ("The", "the", "DET", "det", 1), ("economy", "economy", "NOUN", "nsubj", 2),
    ("avoided", "avoid", "VERB", "ROOT", 2), ("a", "a", "DET", "det", 4),
    ("recession", "recession", "NOUN", "dobj", 2), ("when", "when", "SCONJ", "advmod", 7),
    ("it", "it", "PRON", "nsubj", 7), ("expanded", "expand", "VERB", "advcl", 2),
    ("0.6", "0.6", "NUM", "nummod", 9), ("percent", "percent", "NOUN", "dobj", 7),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_pronoun_for_the_holder_noun_above_leaves_the_verb_as_measure(
    lexicon: FrameLexicon,
) -> None:
    # "it" is the economy, whose expansion the figure is; not the object "recession"
    _, found = frame(AVOIDED, [(8, 10, "PERCENT")], 0, lexicon)
    assert found.measure == "economy expansion"
    assert (found.facet, found.direction) == ("change", "up")


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


# "It had revised down the jobs gains, from 157,000 to 133,000." (BBC business/007)
GAINS: list[Row] = [
    ("It", "it", "PRON", "nsubj", 2), ("had", "have", "AUX", "aux", 2),
    ("revised", "revise", "VERB", "ROOT", 2), ("down", "down", "ADP", "prt", 2),
    ("the", "the", "DET", "det", 6), ("jobs", "job", "NOUN", "compound", 6),
    ("gains", "gain", "NOUN", "dobj", 2), (",", ",", "PUNCT", "punct", 2),
    ("from", "from", "ADP", "prep", 2), ("157,000", "157,000", "NUM", "pobj", 8),
    ("to", "to", "ADP", "prep", 8), ("133,000", "133,000", "NUM", "pobj", 10),
    (".", ".", "PUNCT", "punct", 2),
]


@pytest.mark.parametrize(("figure", "facet"), [(0, "baseline"), (1, "new_level")],
                         ids=["from", "to"])
def test_the_ends_of_a_pair_measure_the_change_the_verbs_object_names(
    lexicon: FrameLexicon, figure: int, facet: str
) -> None:
    _, found = frame(GAINS, [(9, 10, "QUANTITY"), (11, 12, "QUANTITY")], figure, lexicon)
    assert (found.facet, found.measure, found.metric_form) == (facet, "jobs gains", "job gain")


# "The firm posted a 5% growth.": a change noun that the figure numbers is what changes, no
# measure of its own.
GROWTH: list[Row] = [
    ("The", "the", "DET", "det", 1), ("firm", "firm", "NOUN", "nsubj", 2),
    ("posted", "post", "VERB", "ROOT", 2), ("a", "a", "DET", "det", 6),
    ("5", "5", "NUM", "nummod", 5), ("%", "%", "NOUN", "compound", 6),
    ("growth", "growth", "NOUN", "dobj", 2), (".", ".", "PUNCT", "punct", 2),
]


def test_a_change_noun_the_figure_numbers_is_no_measure(lexicon: FrameLexicon) -> None:
    _, found = frame(GROWTH, [(4, 6, "PERCENT")], 0, lexicon)
    assert (found.facet, found.measure) == ("change", "growth")


# "It increased its staff from 300 to 500." and "Audience fell by 600,000 to 5.9 million.":
# the parser reads the pair as one range ("300" and "to" hang on "500" as quantmod).
STAFF: list[Row] = [
    ("It", "it", "PRON", "nsubj", 1), ("increased", "increase", "VERB", "ROOT", 1),
    ("its", "its", "PRON", "poss", 3), ("staff", "staff", "NOUN", "dobj", 1),
    ("from", "from", "ADP", "prep", 1), ("300", "300", "NUM", "quantmod", 7),
    ("to", "to", "ADP", "quantmod", 7), ("500", "500", "NUM", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]
AUDIENCE: list[Row] = [
    ("Audience", "audience", "NOUN", "nsubj", 1), ("fell", "fall", "VERB", "ROOT", 1),
    ("by", "by", "ADP", "prep", 1), ("600,000", "600,000", "NUM", "quantmod", 6),
    ("to", "to", "ADP", "quantmod", 6), ("5.9", "5.9", "NUM", "compound", 6),
    ("million", "million", "NUM", "pobj", 2), (".", ".", "PUNCT", "punct", 1),
]


@pytest.mark.parametrize(("rows", "mentions", "figure", "facet", "measure"), [
    (STAFF, [(5, 6, "QUANTITY"), (7, 8, "QUANTITY")], 0, "baseline", "staff"),
    (STAFF, [(5, 6, "QUANTITY"), (7, 8, "QUANTITY")], 1, "new_level", "staff"),
    (AUDIENCE, [(3, 4, "QUANTITY"), (5, 7, "QUANTITY")], 0, "change", "Audience"),
    (AUDIENCE, [(3, 4, "QUANTITY"), (5, 7, "QUANTITY")], 1, "new_level", "Audience"),
], ids=["from", "from-to", "by", "by-to"])
def test_a_pair_parsed_as_a_range_keeps_the_facets_of_its_ends(
    lexicon: FrameLexicon, rows: list[Row],
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]],
    figure: int, facet: str, measure: str,
) -> None:
    _, found = frame(rows, mentions, figure, lexicon)
    assert (found.facet, found.measure) == (facet, measure)


def test_a_definite_description_as_subject_is_a_reference(lexicon: FrameLexicon) -> None:
    _, found = frame(STAKE, [(6, 8, "PERCENT"), (9, 11, "PERCENT")], 0, lexicon)
    assert found.holder is not None
    # "its" takes up the clause's subject, "the carmaker": a firm named before
    assert (found.holder.reference, found.holder.wants) == ("carmaker", "ORG")


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


# "Acme shares touched 17.70 euros, before falling back to 16.60 euros."
FALLING_BACK: list[Row] = [
    ("Acme", "Acme", "PROPN", "compound", 1), ("shares", "share", "NOUN", "nsubj", 2),
    ("touched", "touch", "VERB", "ROOT", 2), ("17.70", "17.70", "NUM", "nummod", 4),
    ("euros", "euro", "NOUN", "dobj", 2), (",", ",", "PUNCT", "punct", 2),
    ("before", "before", "ADP", "prep", 2), ("falling", "fall", "VERB", "pcomp", 6),
    ("back", "back", "ADV", "advmod", 7), ("to", "to", "ADP", "prep", 8),
    ("16.60", "16.60", "NUM", "nummod", 11), ("euros", "euro", "NOUN", "pobj", 9),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_prepositions_clause_has_the_subject_of_the_verb_it_hangs_on(
    lexicon: FrameLexicon,
) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (0, 1, "ORG", "Acme"), (3, 5, "MONEY"), (10, 12, "MONEY"),
    ]
    _, found = frame(FALLING_BACK, mentions, 2, lexicon)
    assert found.holder is not None and found.holder.mention is not None
    assert (found.holder.mention.name, found.measure) == ("Acme", "shares")


def test_a_walk_up_a_broken_tree_ends(lexicon: FrameLexicon) -> None:
    rows: list[Row] = [("$", "$", "SYM", "nmod", 1), ("5m", "5m", "NUM", "dobj", 2),
                       ("paid", "pay", "VERB", "dobj", 1)]  # a cycle: no root
    sent = sentence_from_rows(rows, [(0, 2, "MONEY")])
    found = read_frame(sent, sent.mentions[0], lexicon)
    assert found.facet == "level"


# "Microsoft said it had received 30 reports of injury."
REPORTS: list[Row] = [
    ("Microsoft", "Microsoft", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
    ("it", "it", "PRON", "nsubj", 4), ("had", "have", "AUX", "aux", 4),
    ("received", "receive", "VERB", "ccomp", 1), ("30", "30", "NUM", "nummod", 6),
    ("reports", "report", "NOUN", "dobj", 4), ("of", "of", "ADP", "prep", 6),
    ("injury", "injury", "NOUN", "pobj", 7), (".", ".", "PUNCT", "punct", 1),
]


def test_a_pronoun_is_the_named_subject_before_it_in_the_sentence(
    lexicon: FrameLexicon,
) -> None:
    _, found = frame(REPORTS, [(0, 1, "ORG", "Microsoft"), (5, 6, "QUANTITY")], 1, lexicon)
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == "Microsoft"


def test_it_never_refers_to_a_person(lexicon: FrameLexicon) -> None:
    _, found = frame(REPORTS, [(0, 1, "PERSON", "Microsoft"), (5, 6, "QUANTITY")], 1, lexicon)
    assert found.holder is not None and found.holder.mention is None
    assert found.holder.reference == "it"  # left to the document to resolve


# "Other performers included Rod Stewart, whose shows helped net him £35m."
NETTED: list[Row] = [
    ("Other", "other", "ADJ", "amod", 1), ("performers", "performer", "NOUN", "nsubj", 2),
    ("included", "include", "VERB", "ROOT", 2), ("Rod", "Rod", "PROPN", "compound", 4),
    ("Stewart", "Stewart", "PROPN", "dobj", 2), (",", ",", "PUNCT", "punct", 4),
    ("whose", "whose", "DET", "poss", 7), ("shows", "show", "NOUN", "nsubj", 8),
    ("helped", "help", "VERB", "relcl", 4), ("net", "net", "VERB", "xcomp", 8),
    ("him", "he", "PRON", "dobj", 9), ("£", "£", "SYM", "quantmod", 13),
    ("35", "35", "NUM", "nummod", 13), ("m", "m", "NOUN", "npadvmod", 9),
    (".", ".", "PUNCT", "punct", 2),
]


def test_the_one_who_receives_an_amount_holds_it(lexicon: FrameLexicon) -> None:
    _, found = frame(NETTED, [(3, 5, "PERSON", "Rod Stewart"), (11, 14, "MONEY")], 1, lexicon)
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == "Rod Stewart"


def test_whose_makes_the_qualified_name_the_holder(lexicon: FrameLexicon) -> None:
    rows = [*NETTED[:10], ("£", "£", "SYM", "quantmod", 12), ("35", "35", "NUM", "nummod", 12),
            ("m", "m", "NOUN", "dobj", 9), (".", ".", "PUNCT", "punct", 2)]
    # "..., whose shows helped net £35m": no recipient, the shows' possessor holds it.
    _, found = frame(rows, [(3, 5, "PERSON", "Rod Stewart"), (10, 13, "MONEY")], 1, lexicon)
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == "Rod Stewart"


# "The court awarded the company £60,000 in damages."
AWARDED: list[Row] = [
    ("The", "the", "DET", "det", 1), ("court", "court", "NOUN", "nsubj", 2),
    ("awarded", "award", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
    ("company", "company", "NOUN", "dative", 2), ("£", "£", "SYM", "quantmod", 6),
    ("60,000", "60,000", "NUM", "dobj", 2), ("in", "in", "ADP", "prep", 2),
    ("damages", "damage", "NOUN", "pobj", 7), (".", ".", "PUNCT", "punct", 2),
]


def test_a_recipient_description_is_resolved_as_a_reference(lexicon: FrameLexicon) -> None:
    _, found = frame(AWARDED, [(5, 7, "MONEY")], 0, lexicon)
    assert found.holder is not None
    assert (found.holder.reference, found.holder.wants) == ("company", "ORG")


# "Philip Shaw said he believed rates would remain at 4.75%."
BELIEVED: list[Row] = [
    ("Philip", "Philip", "PROPN", "compound", 1), ("Shaw", "Shaw", "PROPN", "nsubj", 2),
    ("said", "say", "VERB", "ROOT", 2), ("he", "he", "PRON", "nsubj", 4),
    ("believed", "believe", "VERB", "ccomp", 2), ("rates", "rate", "NOUN", "nsubj", 7),
    ("would", "would", "AUX", "aux", 7), ("remain", "remain", "VERB", "ccomp", 4),
    ("at", "at", "ADP", "prep", 7), ("4.75", "4.75", "NUM", "nummod", 10),
    ("%", "%", "NOUN", "pobj", 8), (".", ".", "PUNCT", "punct", 2),
]


def test_a_pronoun_source_is_the_speaker_named_before_it(lexicon: FrameLexicon) -> None:
    _, found = frame(BELIEVED, [(0, 2, "PERSON", "Philip Shaw"), (9, 11, "PERCENT")], 1, lexicon)
    assert found.source_mention is not None and found.source_mention.name == "Philip Shaw"


def test_a_verb_of_saying_whose_object_is_the_figure_is_its_predicate(
    lexicon: FrameLexicon,
) -> None:
    # "Mark van Gisbergen added 18 points."
    rows: list[Row] = [
        ("Mark", "Mark", "PROPN", "compound", 2), ("van", "van", "PROPN", "compound", 2),
        ("Gisbergen", "Gisbergen", "PROPN", "nsubj", 3), ("added", "add", "VERB", "ROOT", 3),
        ("18", "18", "NUM", "nummod", 5), ("points", "point", "NOUN", "dobj", 3),
        (".", ".", "PUNCT", "punct", 3),
    ]
    _, found = frame(rows, [(0, 3, "PERSON", "Mark van Gisbergen"), (4, 5, "QUANTITY")], 1,
                     lexicon)
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == "Mark van Gisbergen"
    assert found.source is None


def test_a_verb_of_saying_with_a_figure_of_its_own_states_no_other_clause(
    lexicon: FrameLexicon,
) -> None:
    # "Services added 32,000 jobs, while employment grew 23,000."
    rows: list[Row] = [
        ("Services", "service", "NOUN", "nsubj", 1), ("added", "add", "VERB", "ROOT", 1),
        ("32,000", "32,000", "NUM", "nummod", 3), ("jobs", "job", "NOUN", "dobj", 1),
        (",", ",", "PUNCT", "punct", 1), ("while", "while", "SCONJ", "mark", 7),
        ("employment", "employment", "NOUN", "nsubj", 7), ("grew", "grow", "VERB", "advcl", 1),
        ("23,000", "23,000", "NUM", "dobj", 7), (".", ".", "PUNCT", "punct", 1),
    ]
    _, found = frame(rows, [(2, 4, "QUANTITY"), (8, 9, "QUANTITY")], 1, lexicon)
    assert found.source is None


def test_a_verb_of_projecting_names_a_source_whatever_it_governs(
    lexicon: FrameLexicon,
) -> None:
    # "Analysts predict growth of 5%."
    rows: list[Row] = [
        ("Analysts", "analyst", "NOUN", "nsubj", 1), ("predict", "predict", "VERB", "ROOT", 1),
        ("growth", "growth", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 2),
        ("5", "5", "NUM", "nummod", 5), ("%", "%", "NOUN", "pobj", 3),
        (".", ".", "PUNCT", "punct", 1),
    ]
    _, found = frame(rows, [(4, 6, "PERCENT")], 0, lexicon)
    assert found.source == "Analysts"
    assert found.holder is None


def test_a_place_on_the_figure_itself_holds_it(lexicon: FrameLexicon) -> None:
    # "Cigarette sales fell 13% in New York."
    rows: list[Row] = [
        ("Cigarette", "Cigarette", "PROPN", "compound", 1), ("sales", "sale", "NOUN", "nsubj", 2),
        ("fell", "fall", "VERB", "ROOT", 2), ("13", "13", "NUM", "nummod", 4),
        ("%", "%", "NOUN", "npadvmod", 2), ("in", "in", "ADP", "prep", 4),
        ("New", "New", "PROPN", "compound", 7), ("York", "York", "PROPN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 2),
    ]
    _, found = frame(rows, [(3, 5, "PERCENT"), (6, 8, "GPE", "New York")], 0, lexicon)
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == "New York"


SHARES: list[Row] = [  # "Shares of Skis Rossignol jumped 15%."
    ("Shares", "share", "NOUN", "nsubj", 4), ("of", "of", "ADP", "prep", 0),
    ("Skis", "Skis", "PROPN", "compound", 3), ("Rossignol", "Rossignol", "PROPN", "pobj", 1),
    ("jumped", "jump", "VERB", "ROOT", 4), ("15", "15", "NUM", "nummod", 6),
    ("%", "%", "NOUN", "npadvmod", 4), (".", ".", "PUNCT", "punct", 4),
]


def test_an_untagged_name_in_an_of_phrase_is_the_holder_by_itself(
    lexicon: FrameLexicon,
) -> None:
    _, found = frame(SHARES, [(5, 7, "PERCENT")], 0, lexicon)
    assert found.holder is not None
    assert (found.holder.reference, found.holder.wants, found.holder.standalone) == (
        "Skis Rossignol", "NAME", True
    )


def test_a_tagged_name_in_an_of_phrase_is_the_holder(lexicon: FrameLexicon) -> None:
    _, found = frame(SHARES, [(2, 4, "ORG", "Skis Rossignol"), (5, 7, "PERCENT")], 1, lexicon)
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == "Skis Rossignol"


BAN: list[Row] = [  # "He was handed a two-year ban."
    ("He", "he", "PRON", "nsubjpass", 2), ("was", "be", "AUX", "auxpass", 2),
    ("handed", "hand", "VERB", "ROOT", 2), ("a", "a", "DET", "det", 7),
    ("two", "two", "NUM", "nummod", 6), ("-", "-", "PUNCT", "punct", 6),
    ("year", "year", "NOUN", "compound", 7), ("ban", "ban", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
STORE: list[Row] = [  # "It will store about 256MB of music."
    ("It", "it", "PRON", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
    ("store", "store", "VERB", "ROOT", 2), ("about", "about", "ADV", "advmod", 4),
    ("256", "256", "NUM", "nummod", 5), ("MB", "MB", "NOUN", "dobj", 2),
    ("of", "of", "ADP", "prep", 5), ("music", "music", "NOUN", "pobj", 6),
    (".", ".", "PUNCT", "punct", 2),
]
SCORED: list[Row] = [  # "He scored from 18 yards."
    ("He", "he", "PRON", "nsubj", 1), ("scored", "score", "VERB", "ROOT", 1),
    ("from", "from", "ADP", "prep", 1), ("18", "18", "NUM", "nummod", 4),
    ("yards", "yard", "NOUN", "pobj", 2), (".", ".", "PUNCT", "punct", 1),
]
AREA: list[Row] = [  # "The show stretches over 1.5 million square feet."
    ("The", "the", "DET", "det", 1), ("show", "show", "NOUN", "nsubj", 2),
    ("stretches", "stretch", "VERB", "ROOT", 2), ("over", "over", "ADP", "quantmod", 5),
    ("1.5", "1.5", "NUM", "compound", 5), ("million", "million", "NUM", "nummod", 7),
    ("square", "square", "ADJ", "amod", 7), ("feet", "foot", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]

TERMS: list[Row] = [  # "They face jail terms of up to five years."
    ("They", "they", "PRON", "nsubj", 1), ("face", "face", "VERB", "ROOT", 1),
    ("jail", "jail", "NOUN", "compound", 3), ("terms", "term", "NOUN", "dobj", 1),
    ("of", "of", "ADP", "prep", 3), ("up", "up", "ADP", "quantmod", 7),
    ("to", "to", "PART", "quantmod", 7), ("five", "five", "NUM", "nummod", 8),
    ("years", "year", "NOUN", "pobj", 4), (".", ".", "PUNCT", "punct", 1),
]
RESTED: list[Row] = [  # "He rested for six weeks."
    ("He", "he", "PRON", "nsubj", 1), ("rested", "rest", "VERB", "ROOT", 1),
    ("for", "for", "ADP", "prep", 1), ("six", "six", "NUM", "nummod", 4),
    ("weeks", "week", "NOUN", "pobj", 2), (".", ".", "PUNCT", "punct", 1),
]


@pytest.mark.parametrize(
    ("rows", "figure", "measure", "metric"),
    [
        pytest.param(TERMS, (5, 8), "jail terms", "jail term",
                     id="a unit of time measures what its phrase hangs on"),
        pytest.param(RESTED, (3, 4), "time", "time", id="a unit of time alone measures time"),
        pytest.param(BAN, (4, 5), "ban duration", "ban duration", id="a unit qualifying a noun"),
        pytest.param(STORE, (3, 5), "music storage capacity", "music storage capacity",
                     id="a unit with an of-phrase"),
        pytest.param(SCORED, (3, 4), "distance", "distance", id="a unit alone"),
        pytest.param(AREA, (3, 6), "area", "area", id="a unit of two words"),
    ],
)
def test_a_count_of_a_unit_measures_a_dimension(
    rows: list[Row], figure: tuple[int, int], measure: str, metric: str,
    lexicon: FrameLexicon,
) -> None:
    _, found = frame(rows, [(*figure, "QUANTITY")], 0, lexicon)
    assert (found.measure, found.metric_form) == (measure, metric)


def test_an_amount_a_verb_brings_in_is_its_measure_not_a_change(lexicon: FrameLexicon) -> None:
    # "The telethon raised $150m."
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1), ("telethon", "telethon", "NOUN", "nsubj", 2),
        ("raised", "raise", "VERB", "ROOT", 2), ("$", "$", "SYM", "nmod", 4),
        ("150", "150", "NUM", "nummod", 5), ("m", "m", "NOUN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    _, found = frame(rows, [(3, 6, "MONEY")], 0, lexicon)
    assert (found.measure, found.facet, found.direction) == ("funds raised", "level", None)
    _, raised = frame(rows, [(3, 6, "PERCENT")], 0, lexicon)  # "raised 15%" is a change
    assert (raised.facet, raised.direction) == ("change", "up")


def test_a_date_after_since_is_no_period(lexicon: FrameLexicon) -> None:
    # "Since 2013, the economy has grown by 3.1%."
    rows: list[Row] = [
        ("Since", "since", "SCONJ", "prep", 6), ("2013", "2013", "NUM", "pobj", 0),
        (",", ",", "PUNCT", "punct", 6), ("the", "the", "DET", "det", 4),
        ("economy", "economy", "NOUN", "nsubj", 6), ("has", "have", "AUX", "aux", 6),
        ("grown", "grow", "VERB", "ROOT", 6), ("by", "by", "ADP", "prep", 6),
        ("3.1", "3.1", "NUM", "nummod", 9), ("%", "%", "NOUN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 6),
    ]
    _, found = frame(rows, [(1, 2, "DATE"), (8, 10, "PERCENT")], 1, lexicon)
    assert found.time is None
    _, scoped = frame(rows, [(0, 2, "DATE"), (8, 10, "PERCENT")], 1, lexicon)
    assert scoped.time is not None  # "since 2013" as one span is an open period


def test_a_rate_of_change_keeps_its_qualifier_and_the_verbs_change(
    lexicon: FrameLexicon,
) -> None:
    # "The economy grew at a 1.6% annualized rate in the first quarter."
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1), ("economy", "economy", "NOUN", "nsubj", 2),
        ("grew", "grow", "VERB", "ROOT", 2), ("at", "at", "ADP", "prep", 2),
        ("a", "a", "DET", "det", 8), ("1.6", "1.6", "NUM", "nummod", 6),
        ("%", "%", "NOUN", "nmod", 8), ("annualized", "annualize", "VERB", "amod", 8),
        ("rate", "rate", "NOUN", "pobj", 3), ("in", "in", "ADP", "prep", 2),
        ("the", "the", "DET", "det", 12), ("first", "first", "ADJ", "amod", 12),
        ("quarter", "quarter", "NOUN", "pobj", 9), (".", ".", "PUNCT", "punct", 2),
    ]
    _, found = frame(rows, [(5, 7, "PERCENT"), (10, 13, "DATE")], 0, lexicon)
    assert (found.measure, found.metric_form) == ("economy growth", "annualized economy growth")
    assert (found.facet, found.direction) == ("change", "up")
    assert found.time is not None


def test_a_figure_in_the_present_sets_its_own_time(lexicon: FrameLexicon) -> None:
    # "GDP is now 2.7% above its peak."
    rows: list[Row] = [
        ("GDP", "GDP", "PROPN", "nsubj", 1), ("is", "be", "AUX", "ROOT", 1),
        ("now", "now", "ADV", "advmod", 1), ("2.7", "2.7", "NUM", "nummod", 4),
        ("%", "%", "NOUN", "npadvmod", 5), ("above", "above", "ADP", "prep", 1),
        ("its", "its", "PRON", "poss", 7), ("peak", "peak", "NOUN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 1),
    ]
    _, found = frame(rows, [(3, 5, "PERCENT")], 0, lexicon)
    assert found.own_time
    _, exports = frame(EXPORTS, EXPORT_MENTIONS, 1, lexicon)
    assert not exports.own_time


def test_the_day_of_a_report_is_not_the_figures_period(lexicon: FrameLexicon) -> None:
    # "Output slipped in the third quarter of last year, falling at a pace of 2%, the office
    # reported Wednesday." (both dates equally far in the tree; the day nearer in the text)
    rows: list[Row] = [
        ("Output", "output", "NOUN", "nsubj", 1), ("slipped", "slip", "VERB", "ccomp", 20),
        ("in", "in", "ADP", "prep", 1), ("the", "the", "DET", "det", 5),
        ("third", "third", "ADJ", "amod", 5), ("quarter", "quarter", "NOUN", "pobj", 2),
        ("of", "of", "ADP", "prep", 5), ("last", "last", "ADJ", "amod", 8),
        ("year", "year", "NOUN", "pobj", 6), (",", ",", "PUNCT", "punct", 1),
        ("falling", "fall", "VERB", "advcl", 1), ("at", "at", "ADP", "prep", 10),
        ("a", "a", "DET", "det", 13), ("pace", "pace", "NOUN", "pobj", 11),
        ("of", "of", "ADP", "prep", 13), ("2", "2", "NUM", "nummod", 16),
        ("%", "%", "NOUN", "pobj", 14), (",", ",", "PUNCT", "punct", 20),
        ("the", "the", "DET", "det", 19), ("office", "office", "NOUN", "nsubj", 20),
        ("reported", "report", "VERB", "ROOT", 20),
        ("Wednesday", "Wednesday", "PROPN", "npadvmod", 20), (".", ".", "PUNCT", "punct", 20),
    ]
    sent, found = frame(rows, [(3, 9, "DATE"), (15, 17, "PERCENT"), (21, 22, "DATE")], 1,
                        lexicon)
    assert found.time == sent.mentions[0]  # the third quarter of last year, not Wednesday


def test_a_reports_date_is_not_what_had_happened_before_it(lexicon: FrameLexicon) -> None:
    # BBC business/188: "Qwest said on Wednesday that MCI had rejected a deal worth $8bn."
    # The rejection came before the report: Wednesday dates the report only. Without "had"
    # the day stays the report's guess at the figure's time.
    rows: list[Row] = [
        ("Qwest", "Qwest", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
        ("on", "on", "ADP", "prep", 1), ("Wednesday", "Wednesday", "PROPN", "pobj", 2),
        ("that", "that", "SCONJ", "mark", 7), ("MCI", "MCI", "PROPN", "nsubj", 7),
        ("had", "have", "AUX", "aux", 7), ("rejected", "reject", "VERB", "ccomp", 1),
        ("a", "a", "DET", "det", 9), ("deal", "deal", "NOUN", "dobj", 7),
        ("worth", "worth", "ADJ", "amod", 9), ("$", "$", "SYM", "nmod", 12),
        ("8bn", "8bn", "NOUN", "npadvmod", 10), (".", ".", "PUNCT", "punct", 1),
    ]
    mentions = [(0, 1, "ORG"), (3, 4, "DATE"), (5, 6, "ORG"), (11, 13, "MONEY")]
    _, found = frame(rows, mentions, 3, lexicon)
    assert found.time is None
    simple = [row if row[0] != "had" else ("has", "have", "AUX", "aux", 7) for row in rows]
    sent, found = frame(simple, mentions, 3, lexicon)
    assert found.time == sent.mentions[1]


def test_an_amount_hung_on_a_year_before_a_noun_measures_the_noun(
    lexicon: FrameLexicon,
) -> None:
    # "President Tinubu signs N28.7 trillion 2024 budget into law": the amount and the
    # year both modify the budget; not the signer
    rows: list[Row] = [
        ("President", "President", "PROPN", "compound", 1),
        ("Tinubu", "Tinubu", "PROPN", "nsubj", 2), ("signs", "sign", "VERB", "ROOT", 2),
        ("N28.7", "n28.7", "NUM", "compound", 5), ("trillion", "trillion", "NUM", "compound", 5),
        ("2024", "2024", "NUM", "nummod", 6), ("budget", "budget", "NOUN", "dobj", 2),
        ("into", "into", "ADP", "prep", 2), ("law", "law", "NOUN", "pobj", 7),
    ]
    _, found = frame(rows, [(3, 5, "MONEY"), (5, 6, "DATE")], 0, lexicon)
    assert found.measure == "budget"


def test_a_named_organisations_move_is_told_with_a_verb_of_change(
    lexicon: FrameLexicon,
) -> None:
    # "..., the National Assembly passed the 2024 appropriation bill, raising its size from
    # President Bola Tinubu's proposed N27.5 trillion to N28.7 trillion.", parsed with
    # "proposed" a verb coordinated with "passed": no share price of the Assembly's
    rows: list[Row] = [
        ("During", "during", "ADP", "prep", 7), ("the", "the", "DET", "det", 2),
        ("weekend", "weekend", "NOUN", "pobj", 0), (",", ",", "PUNCT", "punct", 7),
        ("the", "the", "DET", "det", 6), ("National", "National", "PROPN", "compound", 6),
        ("Assembly", "Assembly", "PROPN", "nsubj", 7), ("passed", "pass", "VERB", "ROOT", 7),
        ("the", "the", "DET", "det", 11), ("2024", "2024", "NUM", "nummod", 11),
        ("appropriation", "appropriation", "NOUN", "compound", 11),
        ("bill", "bill", "NOUN", "dobj", 7), (",", ",", "PUNCT", "punct", 7),
        ("raising", "raise", "VERB", "advcl", 7), ("its", "its", "PRON", "poss", 15),
        ("size", "size", "NOUN", "dobj", 13), ("from", "from", "ADP", "prep", 13),
        ("President", "President", "PROPN", "compound", 19),
        ("Bola", "Bola", "PROPN", "compound", 19), ("Tinubu", "Tinubu", "PROPN", "pobj", 16),
        ("'s", "'s", "PART", "case", 19), ("proposed", "propose", "VERB", "conj", 7),
        ("N27.5", "N27.5", "PROPN", "npadvmod", 21),
        ("trillion", "trillion", "NUM", "nummod", 22), ("to", "to", "ADP", "prep", 21),
        ("N28.7", "N28.7", "PROPN", "compound", 26), ("trillion", "trillion", "NUM", "pobj", 24),
        (".", ".", "PUNCT", "punct", 7),
    ]
    mentions = [(1, 3, "DATE"), (4, 7, "ORG"), (9, 10, "DATE"), (18, 21, "PERSON"),
                (22, 24, "MONEY"), (25, 27, "MONEY")]
    _, found = frame(rows, mentions, 5, lexicon)
    assert found.measure != lexicon.quoted_move_measure


def test_what_a_measure_may_be_is_an_estimate_unless_a_condition_says_when(
    lexicon: FrameLexicon,
) -> None:
    # Bangladesh exports (New Age): "Export earnings might be $44.5 billion." is an estimate
    # of the figure; "If prices fall, the loss could be £2m." stays a condition.
    estimate: list[Row] = [
        ("Export", "export", "NOUN", "compound", 1), ("earnings", "earning", "NOUN", "nsubj", 3),
        ("might", "might", "AUX", "aux", 3), ("be", "be", "AUX", "ROOT", 3),
        ("$", "$", "SYM", "quantmod", 6), ("44.5", "44.5", "NUM", "compound", 6),
        ("billion", "billion", "NUM", "attr", 3), (".", ".", "PUNCT", "punct", 3),
    ]
    _, found = frame(estimate, [(4, 7, "MONEY")], 0, lexicon)
    assert found.cue == "projection"
    condition: list[Row] = [
        ("If", "if", "SCONJ", "mark", 2), ("prices", "price", "NOUN", "nsubj", 2),
        ("fall", "fall", "VERB", "advcl", 7), (",", ",", "PUNCT", "punct", 7),
        ("the", "the", "DET", "det", 5), ("loss", "loss", "NOUN", "nsubj", 7),
        ("could", "could", "AUX", "aux", 7), ("be", "be", "AUX", "ROOT", 7),
        ("£", "£", "SYM", "nmod", 9), ("2", "2", "NUM", "nummod", 10),
        ("m", "m", "NOUN", "attr", 7), (".", ".", "PUNCT", "punct", 7),
    ]
    _, found = frame(condition, [(8, 11, "MONEY")], 0, lexicon)
    assert found.cue == "hypothetical"


def test_an_amount_the_parser_made_a_second_object_measures_the_noun_after_it(
    lexicon: FrameLexicon,
) -> None:
    # BBC business/400: "Monsanto has agreed to pay a $1.5m (£799,000) fine for bribing an
    # official.", "m" and "fine" both objects of "pay": the fine, past the conversion
    rows: list[Row] = [
        ("Monsanto", "Monsanto", "PROPN", "nsubj", 2), ("has", "have", "AUX", "aux", 2),
        ("agreed", "agree", "VERB", "ROOT", 2), ("to", "to", "PART", "aux", 4),
        ("pay", "pay", "VERB", "xcomp", 2), ("a", "a", "DET", "det", 8),
        ("$", "$", "SYM", "nmod", 7), ("1.5", "1.5", "NUM", "nummod", 8),
        ("m", "m", "NOUN", "dobj", 4), ("(", "(", "PUNCT", "punct", 8),
        ("£", "£", "SYM", "nmod", 11), ("799,000", "799,000", "NUM", "appos", 8),
        (")", ")", "PUNCT", "punct", 8), ("fine", "fine", "NOUN", "dobj", 4),
        ("for", "for", "ADP", "prep", 13), ("bribing", "bribe", "VERB", "pcomp", 14),
        ("an", "an", "DET", "det", 17), ("official", "official", "NOUN", "dobj", 15),
        (".", ".", "PUNCT", "punct", 2),
    ]
    mentions = [(0, 1, "ORG"), (6, 9, "MONEY"), (10, 12, "MONEY")]
    _, found = frame(rows, mentions, 1, lexicon)
    assert found.measure == "fine"
    # a count's noun after it is its unit: "faces up to four years in prison" stays a time
    years: list[Row] = [
        ("He", "he", "PRON", "nsubj", 1), ("faces", "face", "VERB", "ROOT", 1),
        ("up", "up", "ADP", "quantmod", 4), ("to", "to", "ADP", "quantmod", 4),
        ("four", "four", "NUM", "nummod", 5), ("years", "year", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 5), ("prison", "prison", "NOUN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 1),
    ]
    _, found = frame(years, [(2, 5, "QUANTITY")], 0, lexicon)
    assert found.measure != "years"


# "Tesco reported a rise in sales of 5% to £2bn."
RISE_IN_SALES: list[Row] = [
    ("Tesco", "Tesco", "PROPN", "nsubj", 1), ("reported", "report", "VERB", "ROOT", 1),
    ("a", "a", "DET", "det", 3), ("rise", "rise", "NOUN", "dobj", 1),
    ("in", "in", "ADP", "prep", 3), ("sales", "sale", "NOUN", "pobj", 4),
    ("of", "of", "ADP", "prep", 5), ("5", "5", "NUM", "nummod", 8),
    ("%", "%", "NOUN", "pobj", 6), ("to", "to", "PART", "prep", 1),
    ("£", "£", "SYM", "pobj", 9), ("2bn", "2bn", "NOUN", "pobj", 9),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_change_nouns_amount_and_level_hung_elsewhere_are_its_own(
    lexicon: FrameLexicon,
) -> None:
    # The parser hangs "of 5%" on sales and "to £2bn" on the verb: the rise's amount and
    # the level sales reached (BBC business/053: "posting a 52% rise in profits for the
    # year to £198m from the £130m seen a year earlier")
    mentions = [(0, 1, "ORG"), (7, 9, "PERCENT"), (10, 12, "MONEY")]
    _, rise = frame(RISE_IN_SALES, mentions, 1, lexicon)
    assert (rise.measure, rise.facet, rise.direction) == ("sales", "change", "up")
    _, level = frame(RISE_IN_SALES, mentions, 2, lexicon)
    assert (level.measure, level.facet) == ("sales", "new_level")
    # a verb of change measures its own object: BBC business/286, "China raised rates by
    # 0.27 percentage points to 5.8% - its first hike in nine years - in October 2004."
    raised: list[Row] = [
        ("China", "China", "PROPN", "nsubj", 1), ("raised", "raise", "VERB", "ROOT", 1),
        ("rates", "rate", "NOUN", "dobj", 1), ("by", "by", "ADP", "prep", 1),
        ("0.27", "0.27", "NUM", "nummod", 6), ("percentage", "percentage", "NOUN", "compound", 6),
        ("points", "point", "NOUN", "pobj", 3), ("to", "to", "ADP", "prep", 1),
        ("5.8", "5.8", "NUM", "nummod", 9), ("%", "%", "NOUN", "pobj", 7),
        ("-", "-", "PUNCT", "punct", 1), ("its", "its", "PRON", "poss", 13),
        ("first", "first", "ADJ", "amod", 13), ("hike", "hike", "NOUN", "dobj", 1),
        ("in", "in", "ADP", "prep", 13), ("nine", "nine", "NUM", "nummod", 16),
        ("years", "year", "NOUN", "pobj", 14), ("-", "-", "PUNCT", "punct", 13),
    ]
    _, reached = frame(raised, [(0, 1, "GPE"), (8, 10, "PERCENT")], 1, lexicon)
    assert reached.measure == "rates"


def test_a_length_of_time_is_never_what_changed(lexicon: FrameLexicon) -> None:
    # A results article's bullet: "Like-for-like sales dip 0.9% in the year", "dip" read as
    # a noun: the year is when, not what dipped
    rows: list[Row] = [
        ("Like", "like", "INTJ", "ROOT", 0), ("-", "-", "PUNCT", "punct", 0),
        ("for", "for", "ADP", "prep", 0), ("-", "-", "PUNCT", "punct", 2),
        ("like", "like", "ADJ", "amod", 2), ("sales", "sale", "NOUN", "pobj", 2),
        ("dip", "dip", "NOUN", "pobj", 0), ("0.9", "0.9", "NUM", "nummod", 8),
        ("%", "%", "NOUN", "npadvmod", 6), ("in", "in", "ADP", "prep", 6),
        ("the", "the", "DET", "det", 11), ("year", "year", "NOUN", "pobj", 9),
    ]
    _, found = frame(rows, [(7, 9, "PERCENT")], 0, lexicon)
    assert found.measure != "year" and found.facet == "change"


def test_a_level_right_after_a_change_nouns_object_is_what_it_reached(
    lexicon: FrameLexicon,
) -> None:
    # UK trade (Reuters): "The rise in the deficit was driven by a £1.2 billion surge in
    # imports to £34.273 billion.", the "to" hung on "driven": the level imports reached,
    # not the deficit's change
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1), ("rise", "rise", "NOUN", "nsubjpass", 6),
        ("in", "in", "ADP", "prep", 1), ("the", "the", "DET", "det", 4),
        ("deficit", "deficit", "NOUN", "pobj", 2), ("was", "be", "AUX", "auxpass", 6),
        ("driven", "drive", "VERB", "ROOT", 6), ("by", "by", "ADP", "agent", 6),
        ("a", "a", "DET", "det", 12), ("£", "£", "SYM", "quantmod", 11),
        ("1.2", "1.2", "NUM", "compound", 11), ("billion", "billion", "NUM", "nummod", 12),
        ("surge", "surge", "NOUN", "pobj", 7), ("in", "in", "ADP", "prep", 12),
        ("imports", "import", "NOUN", "pobj", 13), ("to", "to", "ADP", "prep", 6),
        ("£", "£", "SYM", "quantmod", 18), ("34.273", "34.273", "NUM", "compound", 18),
        ("billion", "billion", "NUM", "pobj", 15), (".", ".", "PUNCT", "punct", 6),
    ]
    _, found = frame(rows, [(9, 12, "MONEY"), (16, 19, "MONEY")], 1, lexicon)
    assert (found.measure, found.facet) == ("imports", "new_level")


def test_a_bullet_is_no_word_of_a_measure(lexicon: FrameLexicon) -> None:
    # A results article's bullet, "• Underlying profits fall 13.8%", the bullet tagged a verb
    rows: list[Row] = [
        ("\u2022", "\u2022", "VERB", "amod", 2), ("Underlying", "underlying", "ADJ", "amod", 2),
        ("profits", "profit", "NOUN", "nsubj", 3), ("fall", "fall", "VERB", "ROOT", 3),
        ("13.8", "13.8", "NUM", "nummod", 5), ("%", "%", "NOUN", "npadvmod", 3),
    ]
    _, found = frame(rows, [(4, 6, "PERCENT")], 0, lexicon)
    assert found.measure == "Underlying profits"


# "The £500m move will increase the number of colleges."
MOVE: list[Row] = [
    ("The", "the", "DET", "det", 4), ("£", "£", "SYM", "nmod", 2),
    ("500", "500", "NUM", "nummod", 3), ("m", "m", "NOUN", "compound", 4),
    ("move", "move", "NOUN", "nsubj", 6), ("will", "will", "AUX", "aux", 6),
    ("increase", "increase", "VERB", "ROOT", 6), ("the", "the", "DET", "det", 8),
    ("number", "number", "NOUN", "dobj", 6), ("of", "of", "ADP", "prep", 8),
    ("colleges", "college", "NOUN", "pobj", 9), (".", ".", "PUNCT", "punct", 6),
]


def test_an_attribute_of_the_subject_is_no_projection(lexicon: FrameLexicon) -> None:
    _, found = frame(MOVE, [(1, 4, "MONEY")], 0, lexicon)
    assert found.cue is None
    reach: list[Row] = [  # "Exports will reach £500m.": the verb's own object
        ("Exports", "export", "NOUN", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
        ("reach", "reach", "VERB", "ROOT", 2), ("£", "£", "SYM", "nmod", 5),
        ("500", "500", "NUM", "nummod", 5), ("m", "m", "NOUN", "dobj", 2),
        (".", ".", "PUNCT", "punct", 2),
    ]
    _, projected = frame(reach, [(3, 6, "MONEY")], 0, lexicon)
    assert projected.cue == "projection"


def test_a_clause_hanging_on_an_unnamed_noun_leaves_its_holder_unnamed(
    lexicon: FrameLexicon,
) -> None:
    # "The movie, which cost $70m, was a hit."
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1), ("movie", "movie", "NOUN", "nsubj", 9),
        (",", ",", "PUNCT", "punct", 1), ("which", "which", "PRON", "nsubj", 4),
        ("cost", "cost", "VERB", "relcl", 1), ("$", "$", "SYM", "nmod", 7),
        ("70", "70", "NUM", "nummod", 7), ("m", "m", "NOUN", "dobj", 4),
        (",", ",", "PUNCT", "punct", 1), ("was", "be", "AUX", "ROOT", 9),
        ("a", "a", "DET", "det", 11), ("hit", "hit", "NOUN", "attr", 9),
        (".", ".", "PUNCT", "punct", 9),
    ]
    _, found = frame(rows, [(5, 8, "MONEY")], 0, lexicon)
    assert found.holder is not None and found.holder.unnamed == "movie"
    # "The $70m movie was a hit.": the figure is the noun's own, no holder of its own.
    own: list[Row] = [
        ("The", "the", "DET", "det", 4), ("$", "$", "SYM", "nmod", 3),
        ("70", "70", "NUM", "nummod", 3), ("m", "m", "NOUN", "compound", 4),
        ("movie", "movie", "NOUN", "nsubj", 5), ("was", "be", "AUX", "ROOT", 5),
        ("a", "a", "DET", "det", 7), ("hit", "hit", "NOUN", "attr", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    _, attribute = frame(own, [(1, 4, "MONEY")], 0, lexicon)
    assert attribute.holder is None or attribute.holder.unnamed is None


# "The Mac mini will sell for $499."
SELLS_FOR: list[Row] = [
    ("The", "the", "DET", "det", 2), ("Mac", "Mac", "PROPN", "compound", 2),
    ("mini", "mini", "NOUN", "nsubj", 4), ("will", "will", "AUX", "aux", 4),
    ("sell", "sell", "VERB", "ROOT", 4), ("for", "for", "ADP", "prep", 4),
    ("$", "$", "SYM", "nmod", 7), ("499", "499", "NUM", "pobj", 5),
    (".", ".", "PUNCT", "punct", 4),
]
# "Laura Ashley floated on the stock exchange for £200m."
FLOATED_FOR: list[Row] = [
    ("Laura", "Laura", "PROPN", "compound", 1), ("Ashley", "Ashley", "PROPN", "nsubj", 2),
    ("floated", "float", "VERB", "ROOT", 2), ("on", "on", "ADP", "prep", 2),
    ("the", "the", "DET", "det", 6), ("stock", "stock", "NOUN", "compound", 6),
    ("exchange", "exchange", "NOUN", "pobj", 3), ("for", "for", "ADP", "prep", 2),
    ("£", "£", "SYM", "nmod", 9), ("200m", "200m", "NUM", "pobj", 7),
    (".", ".", "PUNCT", "punct", 2),
]


@pytest.mark.parametrize(
    ("rows", "span", "measure"),
    [(SELLS_FOR, (6, 8), "price"), (FLOATED_FOR, (8, 10), "valuation")],
    ids=["what a thing sells for is its price", "what a company floats for, its valuation"],
)
def test_what_a_verb_of_exchange_is_for(
    rows: list[Row], span: tuple[int, int], measure: str, lexicon: FrameLexicon
) -> None:
    _, found = frame(rows, [(*span, "MONEY")], 0, lexicon)
    assert (found.measure, found.facet) == (measure, "level")


def test_a_bound_a_noun_names_is_a_measure_of_its_own(lexicon: FrameLexicon) -> None:
    # "The government raised the tax threshold to £5,000."
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1), ("government", "government", "NOUN", "nsubj", 2),
        ("raised", "raise", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 5),
        ("tax", "tax", "NOUN", "compound", 5), ("threshold", "threshold", "NOUN", "dobj", 2),
        ("to", "to", "ADP", "prep", 2), ("£", "£", "SYM", "nmod", 8),
        ("5,000", "5,000", "NUM", "pobj", 6), (".", ".", "PUNCT", "punct", 2),
    ]
    _, found = frame(rows, [(7, 9, "MONEY")], 0, lexicon)
    assert (found.measure, found.facet) == ("tax threshold", "new_level")
    # "The index broke the 10,000 threshold.": the bound is the figure's; what broke it is
    # the measure
    crossed: list[Row] = [
        ("The", "the", "DET", "det", 1), ("index", "index", "NOUN", "nsubj", 2),
        ("broke", "break", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 5),
        ("10,000", "10,000", "NUM", "compound", 5),
        ("threshold", "threshold", "NOUN", "dobj", 2), (".", ".", "PUNCT", "punct", 2),
    ]
    _, bound = frame(crossed, [(4, 5, "QUANTITY")], 0, lexicon)
    assert bound.measure != "threshold"


def test_a_share_of_a_relative_pronoun_is_of_the_noun_it_stands_for(
    lexicon: FrameLexicon,
) -> None:
    # "The bank made 50 loans, 20% of which went bad." (the parser hung the relative clause
    # as the sentence's root)
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1), ("bank", "bank", "NOUN", "nsubj", 2),
        ("made", "make", "VERB", "ccomp", 10), ("50", "50", "NUM", "nummod", 4),
        ("loans", "loan", "NOUN", "dobj", 2), (",", ",", "PUNCT", "punct", 10),
        ("20", "20", "NUM", "nummod", 7), ("%", "%", "NOUN", "nsubj", 10),
        ("of", "of", "ADP", "prep", 7), ("which", "which", "PRON", "pobj", 8),
        ("went", "go", "VERB", "ROOT", 10), ("bad", "bad", "ADJ", "acomp", 10),
        (".", ".", "PUNCT", "punct", 10),
    ]
    _, found = frame(rows, [(3, 4, "QUANTITY"), (6, 8, "PERCENT")], 1, lexicon)
    assert (found.measure, found.facet) == ("loans", "share")
    # "It sells cars and vans in Europe, 10% of which are hybrids.": the noun the parser hangs
    # the relative clause on, not the one before the comma
    hung: list[Row] = [
        ("It", "it", "PRON", "nsubj", 1), ("sells", "sell", "VERB", "ROOT", 1),
        ("cars", "car", "NOUN", "dobj", 1), ("and", "and", "CCONJ", "cc", 2),
        ("vans", "van", "NOUN", "conj", 2), ("in", "in", "ADP", "prep", 1),
        ("Europe", "Europe", "PROPN", "pobj", 5), (",", ",", "PUNCT", "punct", 2),
        ("10", "10", "NUM", "nummod", 9), ("%", "%", "NOUN", "nsubj", 12),
        ("of", "of", "ADP", "prep", 9), ("which", "which", "PRON", "pobj", 10),
        ("are", "be", "AUX", "relcl", 2), ("hybrids", "hybrid", "NOUN", "attr", 12),
        (".", ".", "PUNCT", "punct", 1),
    ]
    _, relative = frame(hung, [(8, 10, "PERCENT")], 0, lexicon)
    assert relative.facet == "share" and relative.measure is not None
    assert relative.measure.startswith("cars")


def test_an_amount_allotted_measures_what_it_is_allotted_to(lexicon: FrameLexicon) -> None:
    # "RM303.8 billion will be set aside for operating expenditure." ("aside" an adverb)
    rows: list[Row] = [
        ("RM303.8", "rm303.8", "NUM", "compound", 1), ("billion", "billion", "NUM", "nsubjpass", 4),
        ("will", "will", "AUX", "aux", 4), ("be", "be", "AUX", "auxpass", 4),
        ("set", "set", "VERB", "ROOT", 4), ("aside", "aside", "ADV", "advmod", 4),
        ("for", "for", "ADP", "prep", 4), ("operating", "operating", "NOUN", "compound", 8),
        ("expenditure", "expenditure", "NOUN", "pobj", 6), (".", ".", "PUNCT", "punct", 4),
    ]
    _, found = frame(rows, [(0, 2, "MONEY")], 0, lexicon)
    assert found.measure == "operating expenditure"
    # "The firm set a price of $5 for the shares.": "set" alone allots nothing
    plain = [(*row[:4], row[4]) for row in rows]
    plain[5] = ("soon", "soon", "ADV", "advmod", 4)
    _, unset = frame(plain, [(0, 2, "MONEY")], 0, lexicon)
    assert unset.measure != "operating expenditure"
    # "Transport takes the largest share of the RM90 billion earmarked for development
    # expenditure.": a participle on the amount allots it too
    share: list[Row] = [
        ("Transport", "transport", "NOUN", "nsubj", 1), ("takes", "take", "VERB", "ROOT", 1),
        ("the", "the", "DET", "det", 4), ("largest", "large", "ADJ", "amod", 4),
        ("share", "share", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 4),
        ("the", "the", "DET", "det", 8), ("RM90", "rm90", "NOUN", "compound", 8),
        ("billion", "billion", "NUM", "pobj", 5), ("earmarked", "earmark", "VERB", "acl", 8),
        ("for", "for", "ADP", "prep", 9), ("development", "development", "NOUN", "compound", 12),
        ("expenditure", "expenditure", "NOUN", "pobj", 10), (".", ".", "PUNCT", "punct", 1),
    ]
    _, earmarked = frame(share, [(7, 9, "MONEY")], 0, lexicon)
    assert earmarked.measure == "development expenditure"


# "Some 60% of women hold degrees, compared with 39% of men."
DEGREES: list[Row] = [
    ("Some", "some", "DET", "quantmod", 1), ("60", "60", "NUM", "nummod", 2),
    ("%", "%", "NOUN", "nsubj", 5), ("of", "of", "ADP", "prep", 2),
    ("women", "woman", "NOUN", "pobj", 3), ("hold", "hold", "VERB", "ROOT", 5),
    ("degrees", "degree", "NOUN", "dobj", 5), (",", ",", "PUNCT", "punct", 5),
    ("compared", "compare", "VERB", "prep", 5), ("with", "with", "ADP", "prep", 8),
    ("39", "39", "NUM", "nummod", 11), ("%", "%", "NOUN", "pobj", 9),
    ("of", "of", "ADP", "prep", 11), ("men", "man", "NOUN", "pobj", 12),
    (".", ".", "PUNCT", "punct", 5),
]


@pytest.mark.parametrize(("figure", "metric"), [(0, "woman hold degree"), (1, "man hold degree")],
                         ids=["the share's own deed", "the deed of the share it is compared with"])
def test_a_share_names_what_the_part_does(
    figure: int, metric: str, lexicon: FrameLexicon
) -> None:
    _, found = frame(DEGREES, [(0, 3, "PERCENT"), (10, 12, "PERCENT")], figure, lexicon)
    assert (found.metric_form, found.facet) == (metric, "share")


def test_a_figure_coordinated_with_an_object_is_the_verbs_own(lexicon: FrameLexicon) -> None:
    # "He took fourth place and almost $42.7m from performances."
    rows: list[Row] = [
        ("He", "he", "PRON", "nsubj", 1), ("took", "take", "VERB", "ROOT", 1),
        ("fourth", "fourth", "ADJ", "amod", 3), ("place", "place", "NOUN", "dobj", 1),
        ("and", "and", "CCONJ", "cc", 3), ("almost", "almost", "ADV", "advmod", 7),
        ("$", "$", "SYM", "quantmod", 7), ("42.7", "42.7", "NUM", "nummod", 8),
        ("m", "m", "NOUN", "conj", 3), ("from", "from", "ADP", "prep", 1),
        ("performances", "performance", "NOUN", "pobj", 9), (".", ".", "PUNCT", "punct", 1),
    ]
    _, found = frame(rows, [(5, 9, "MONEY")], 0, lexicon)
    assert found.measure == "takings"


FROM: list[Row] = [  # "Applications from Wales rose by 19%." / "Revenue from Google ..."
    ("Applications", "application", "NOUN", "nsubj", 3), ("from", "from", "ADP", "prep", 0),
    ("Wales", "Wales", "PROPN", "pobj", 1), ("rose", "rise", "VERB", "ROOT", 3),
    ("by", "by", "ADP", "prep", 3), ("19", "19", "NUM", "nummod", 6),
    ("%", "%", "NOUN", "pobj", 4), (".", ".", "PUNCT", "punct", 3),
]


@pytest.mark.parametrize(
    ("label", "holder"), [("GPE", "Wales"), ("ORG", None)],
    ids=["a place they come from holds them", "a payer they come from does not"],
)
def test_from_names_a_holder_only_when_it_is_a_place(
    label: str, holder: str | None, lexicon: FrameLexicon
) -> None:
    _, found = frame(FROM, [(2, 3, label, "Wales"), (5, 7, "PERCENT")], 1, lexicon)
    named = found.holder.mention.name if found.holder and found.holder.mention else None
    assert named == holder


def test_an_unnamed_institution_is_a_holder_of_its_own(lexicon: FrameLexicon) -> None:
    # "Sales at hardware stores dropped by 0.3%."
    rows: list[Row] = [
        ("Sales", "sale", "NOUN", "nsubj", 4), ("at", "at", "ADP", "prep", 0),
        ("hardware", "hardware", "NOUN", "compound", 3), ("stores", "store", "NOUN", "pobj", 1),
        ("dropped", "drop", "VERB", "ROOT", 4), ("by", "by", "ADP", "prep", 4),
        ("0.3", "0.3", "NUM", "nummod", 7), ("%", "%", "NOUN", "pobj", 5),
        (".", ".", "PUNCT", "punct", 4),
    ]
    _, found = frame(rows, [(6, 8, "PERCENT")], 0, lexicon)
    assert found.holder is not None and found.holder.unnamed == "store"


def test_a_counted_noun_is_the_measure_even_if_it_could_hold(lexicon: FrameLexicon) -> None:
    # "Some 31 of the world's largest media firms signed the pact."
    rows: list[Row] = [
        ("Some", "some", "DET", "det", 1), ("31", "31", "NUM", "nsubj", 9),
        ("of", "of", "ADP", "prep", 1), ("the", "the", "DET", "det", 4),
        ("world", "world", "NOUN", "poss", 8), ("'s", "'s", "PART", "case", 4),
        ("largest", "large", "ADJ", "amod", 8), ("media", "medium", "NOUN", "compound", 8),
        ("firms", "firm", "NOUN", "pobj", 2), ("signed", "sign", "VERB", "ROOT", 9),
        ("the", "the", "DET", "det", 11), ("pact", "pact", "NOUN", "dobj", 9),
        (".", ".", "PUNCT", "punct", 9),
    ]
    _, found = frame(rows, [(0, 2, "QUANTITY")], 0, lexicon)
    assert found.measure == "largest media firms"


def test_a_passive_verb_of_projecting_names_no_speaker(lexicon: FrameLexicon) -> None:
    # "The US population is expected to increase to 420 million."
    rows: list[Row] = [
        ("The", "the", "DET", "det", 2), ("US", "US", "PROPN", "compound", 2),
        ("population", "population", "NOUN", "nsubjpass", 4), ("is", "be", "AUX", "auxpass", 4),
        ("expected", "expect", "VERB", "ROOT", 4), ("to", "to", "PART", "aux", 6),
        ("increase", "increase", "VERB", "xcomp", 4), ("to", "to", "ADP", "prep", 6),
        ("420", "420", "NUM", "compound", 9), ("million", "million", "NUM", "pobj", 7),
        (".", ".", "PUNCT", "punct", 4),
    ]
    _, found = frame(rows, [(1, 2, "GPE", "United States"), (8, 10, "QUANTITY")], 1, lexicon)
    assert found.measure == "population"
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == "United States"
    assert found.cue == "projection"


def test_an_indefinite_description_refers_to_no_earlier_name(lexicon: FrameLexicon) -> None:
    # "A mid-sized U.S. company might pay $50 per hour."
    rows: list[Row] = [
        ("A", "a", "DET", "det", 5), ("mid", "mid", "ADJ", "amod", 5),
        ("-", "-", "ADJ", "amod", 5), ("sized", "sized", "ADJ", "amod", 5),
        ("U.S.", "U.S.", "PROPN", "compound", 5), ("company", "company", "NOUN", "nsubj", 7),
        ("might", "might", "AUX", "aux", 7), ("pay", "pay", "VERB", "ROOT", 7),
        ("$", "$", "SYM", "nmod", 9), ("50", "50", "NUM", "dobj", 7),
        ("per", "per", "ADP", "prep", 9), ("hour", "hour", "NOUN", "pobj", 10),
        (".", ".", "PUNCT", "punct", 7),
    ]
    _, found = frame(rows, [(4, 5, "GPE", "United States"), (8, 12, "MONEY")], 1, lexicon)
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == "United States"


# "Britain will never return to 15% rates." / "Profits did not reach $5m."
NEVER_RETURN: list[Row] = [
    ("Britain", "Britain", "PROPN", "nsubj", 3), ("will", "will", "AUX", "aux", 3),
    ("never", "never", "ADV", "neg", 3), ("return", "return", "VERB", "ROOT", 3),
    ("to", "to", "ADP", "prep", 3), ("15", "15", "NUM", "nummod", 6),
    ("%", "%", "NOUN", "compound", 7), ("rates", "rate", "NOUN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 3),
]
NOT_REACHED: list[Row] = [
    ("Profits", "profit", "NOUN", "nsubj", 3), ("did", "do", "AUX", "aux", 3),
    ("not", "not", "PART", "neg", 3), ("reach", "reach", "VERB", "ROOT", 3),
    ("$", "$", "SYM", "nmod", 5), ("5m", "5m", "NUM", "dobj", 3), (".", ".", "PUNCT", "punct", 3),
]


# "Inflation remains within its 3% target range." / "The target is 12 months."
TARGET_RANGE: list[Row] = [
    ("Inflation", "inflation", "NOUN", "nsubj", 1), ("remains", "remain", "VERB", "ROOT", 1),
    ("within", "within", "ADP", "prep", 1), ("its", "its", "PRON", "poss", 7),
    ("3", "3", "NUM", "nummod", 5), ("%", "%", "NOUN", "compound", 7),
    ("target", "target", "NOUN", "compound", 7), ("range", "range", "NOUN", "pobj", 2),
    (".", ".", "PUNCT", "punct", 1),
]
TARGET_IS: list[Row] = [
    ("The", "the", "DET", "det", 1), ("target", "target", "NOUN", "nsubj", 2),
    ("is", "be", "AUX", "ROOT", 2), ("12", "12", "NUM", "nummod", 4),
    ("months", "month", "NOUN", "attr", 2), (".", ".", "PUNCT", "punct", 2),
]


# "It will replace 14 million cables."
WILL_REPLACE: list[Row] = [
    ("It", "it", "PRON", "nsubj", 2), ("will", "will", "AUX", "aux", 2),
    ("replace", "replace", "VERB", "ROOT", 2), ("14", "14", "NUM", "compound", 4),
    ("million", "million", "NUM", "nummod", 5), ("cables", "cable", "NOUN", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]
# "The stake should be cut to 49%."
SHOULD_BE_CUT: list[Row] = [
    ("The", "the", "DET", "det", 1), ("stake", "stake", "NOUN", "nsubjpass", 4),
    ("should", "should", "AUX", "aux", 4), ("be", "be", "AUX", "auxpass", 4),
    ("cut", "cut", "VERB", "ROOT", 4), ("to", "to", "ADP", "prep", 4),
    ("49", "49", "NUM", "nummod", 7), ("%", "%", "NOUN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 4),
]
# "The stake should have been cut to 49%."
SHOULD_HAVE_BEEN_CUT: list[Row] = [
    ("The", "the", "DET", "det", 1), ("stake", "stake", "NOUN", "nsubjpass", 5),
    ("should", "should", "AUX", "aux", 5), ("have", "have", "AUX", "aux", 5),
    ("been", "be", "AUX", "auxpass", 5), ("cut", "cut", "VERB", "ROOT", 5),
    ("to", "to", "ADP", "prep", 5), ("49", "49", "NUM", "nummod", 8),
    ("%", "%", "NOUN", "pobj", 6), (".", ".", "PUNCT", "punct", 5),
]
# "Two tries will boost his chances."
TWO_TRIES: list[Row] = [
    ("Two", "two", "NUM", "nummod", 1), ("tries", "try", "NOUN", "nsubj", 3),
    ("will", "will", "AUX", "aux", 3), ("boost", "boost", "VERB", "ROOT", 3),
    ("his", "his", "PRON", "poss", 5), ("chances", "chance", "NOUN", "dobj", 3),
    (".", ".", "PUNCT", "punct", 3),
]
# "Since only a third do sport, the government is promising more."
SINCE_A_THIRD: list[Row] = [
    ("Since", "since", "SCONJ", "mark", 4), ("only", "only", "ADV", "advmod", 3),
    ("a", "a", "DET", "quantmod", 3), ("third", "third", "NOUN", "nsubj", 4),
    ("do", "do", "VERB", "advcl", 9), ("sport", "sport", "NOUN", "dobj", 4),
    (",", ",", "PUNCT", "punct", 9), ("the", "the", "DET", "det", 8),
    ("government", "government", "NOUN", "nsubj", 9), ("is", "be", "AUX", "aux", 10),
    ("promising", "promise", "VERB", "ROOT", 10), ("more", "more", "ADJ", "dobj", 10),
    (".", ".", "PUNCT", "punct", 10),
]


# "EA announced plans to buy 19.9% of Ubisoft."
PLANS_TO_BUY: list[Row] = [
    ("EA", "EA", "PROPN", "nsubj", 1), ("announced", "announce", "VERB", "ROOT", 1),
    ("plans", "plan", "NOUN", "dobj", 1), ("to", "to", "PART", "aux", 4),
    ("buy", "buy", "VERB", "acl", 2), ("19.9", "19.9", "NUM", "nummod", 6),
    ("%", "%", "NOUN", "dobj", 4), ("of", "of", "ADP", "prep", 6),
    ("Ubisoft", "Ubisoft", "PROPN", "pobj", 7), (".", ".", "PUNCT", "punct", 1),
]
# "The files are locked seven days after a programme aired."
DAYS_AFTER: list[Row] = [
    ("The", "the", "DET", "det", 1), ("files", "file", "NOUN", "nsubjpass", 4),
    ("would", "would", "AUX", "aux", 4), ("be", "be", "AUX", "auxpass", 4),
    ("locked", "lock", "VERB", "ROOT", 4), ("seven", "seven", "NUM", "nummod", 6),
    ("days", "day", "NOUN", "npadvmod", 10), ("after", "after", "SCONJ", "mark", 10),
    ("a", "a", "DET", "det", 9), ("programme", "programme", "NOUN", "nsubj", 10),
    ("aired", "air", "VERB", "advcl", 4), (".", ".", "PUNCT", "punct", 4),
]


def _renamed(rows: list[Row], old: str, new: str) -> list[Row]:
    return [(new, new, *row[2:]) if row[0] == old else row for row in rows]


@pytest.mark.parametrize(
    ("rows", "mentions", "figure", "cue"),
    [
        pytest.param(NEVER_RETURN, [(0, 1, "GPE", "United Kingdom"), (5, 7, "PERCENT")], 1,
                     "hypothetical", id="a negated forecast"),
        pytest.param(NOT_REACHED, [(4, 6, "MONEY")], 0, None, id="a negated fact"),
        # a cue noun naming the figure's noun, or the subject of its copula
        pytest.param(TARGET_RANGE, [(4, 6, "PERCENT")], 0, "target", id="a target range"),
        pytest.param(TARGET_IS, [(3, 5, "QUANTITY")], 0, "target", id="the target is"),
        pytest.param(_renamed(TARGET_RANGE, "target", "trading"), [(4, 6, "PERCENT")], 0,
                     None, id="a trading range"),
        pytest.param(_renamed(TARGET_IS, "target", "wait"), [(3, 5, "QUANTITY")], 0, None,
                     id="the wait is"),
        # what a holder undertakes is a target; what befalls a thing, a forecast
        pytest.param(WILL_REPLACE, [(3, 5, "QUANTITY")], 0, "target", id="it will replace"),
        pytest.param(_renamed(WILL_REPLACE, "It", "Demand"), [(3, 5, "QUANTITY")], 0,
                     "projection", id="demand will replace"),
        pytest.param(_renamed(WILL_REPLACE, "replace", "need"), [(3, 5, "QUANTITY")], 0,
                     "projection", id="it will need"),
        pytest.param(_renamed(WILL_REPLACE, "It", "plan"), [(3, 5, "QUANTITY")], 0,
                     "target", id="the plan will replace"),
        pytest.param(SHOULD_BE_CUT, [(6, 8, "PERCENT")], 0, "target",
                     id="the stake should be cut"),
        pytest.param(_renamed(SHOULD_BE_CUT, "cut", "seen"), [(6, 8, "PERCENT")], 0,
                     "projection", id="the stake should be seen"),
        pytest.param(SHOULD_HAVE_BEEN_CUT, [(7, 9, "PERCENT")], 0, "projection",
                     id="what should have been done is no target"),
        pytest.param(TWO_TRIES, [(0, 1, "QUANTITY")], 0, "projection",
                     id="a counted subject is no plan"),
        # a reason with a subject of its own states a fact, whatever the clause above says
        pytest.param(SINCE_A_THIRD, [(2, 4, "PERCENT")], 0, None, id="since a third"),
        pytest.param(_renamed(SINCE_A_THIRD, "Since", "If"), [(2, 4, "PERCENT")], 0,
                     "hypothetical", id="if a third"),
        # an infinitive on a cue noun makes it a cue ("plans to buy"), as on a verb
        pytest.param(PLANS_TO_BUY, [(0, 1, "ORG", "EA"), (5, 7, "PERCENT")], 1, "target",
                     id="plans to buy"),
        # how long after a clause is the main clause's figure, in the main clause's mood
        pytest.param(DAYS_AFTER, [(5, 7, "DURATION")], 0, "hypothetical",
                     id="seven days after"),
    ],
)
def test_the_modality_of_the_figure_s_clause(
    lexicon: FrameLexicon,
    rows: list[Row],
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]],
    figure: int,
    cue: str | None,
) -> None:
    _, found = frame(rows, mentions, figure, lexicon)
    assert found.cue == cue


# "Lending rose by £7.1bn, up from a £6.4bn rise in November."
RISE_IN_NOVEMBER: list[Row] = [
    ("Lending", "lending", "NOUN", "nsubj", 1), ("rose", "rise", "VERB", "ROOT", 1),
    ("by", "by", "ADP", "prep", 1), ("£", "£", "SYM", "nmod", 4),
    ("7.1bn", "7.1bn", "NUM", "pobj", 2), (",", ",", "PUNCT", "punct", 1),
    ("up", "up", "ADV", "advmod", 1), ("from", "from", "ADP", "prep", 6),
    ("a", "a", "DET", "det", 11), ("£", "£", "SYM", "nmod", 10),
    ("6.4bn", "6.4bn", "NUM", "compound", 11), ("rise", "rise", "NOUN", "pobj", 7),
    ("in", "in", "ADP", "prep", 11), ("November", "November", "PROPN", "pobj", 12),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_date_after_a_change_noun_is_when_not_what_changed(lexicon: FrameLexicon) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (3, 5, "MONEY"), (9, 11, "MONEY"), (13, 14, "DATE"),
    ]
    _, found = frame(RISE_IN_NOVEMBER, mentions, 1, lexicon)
    assert (found.measure, found.facet) == ("Lending", "change")


# "This compares with $1.354 in late trading in New York on Friday."
LATE_TRADING: list[Row] = [
    ("This", "this", "PRON", "nsubj", 1), ("compares", "compare", "VERB", "ROOT", 1),
    ("with", "with", "ADP", "prep", 1), ("$", "$", "SYM", "nmod", 4),
    ("1.354", "1.354", "NUM", "pobj", 2), ("in", "in", "ADP", "prep", 1),
    ("late", "late", "ADJ", "amod", 7), ("trading", "trading", "NOUN", "pobj", 5),
    ("in", "in", "ADP", "prep", 7), ("New", "New", "PROPN", "compound", 10),
    ("York", "York", "PROPN", "pobj", 8), ("on", "on", "ADP", "prep", 1),
    ("Friday", "Friday", "PROPN", "pobj", 11), (".", ".", "PUNCT", "punct", 1),
]


@pytest.mark.parametrize(
    ("with_friday", "time_start"),
    [
        pytest.param(True, 112, id="a named day before the report's own day"),
        pytest.param(False, 105, id="the report's own day alone"),
    ],
)
def test_the_report_s_own_day_yields_to_a_named_day(
    lexicon: FrameLexicon, with_friday: bool, time_start: int
) -> None:
    rows = sentence_from_rows(LATE_TRADING, offset=100)
    mentions = [
        Mention(103, 105, "MONEY"),
        Mention(105, 108, "DATE", rule="date-trading-session"),
        Mention(109, 111, "GPE", "New York"),
    ]
    if with_friday:
        mentions.append(Mention(112, 113, "DATE", rule="date-weekday"))
    sent = Sentence(rows.tokens, mentions)
    found = read_frame(sent, mentions[0], lexicon)
    assert found.time is not None and found.time.start == time_start


# "Boogeyman took $19.5m in three days."
LASTING: list[Row] = [
    ("Boogeyman", "Boogeyman", "PROPN", "nsubj", 1), ("took", "take", "VERB", "ROOT", 1),
    ("$", "$", "SYM", "nmod", 3), ("19.5m", "19.5m", "NUM", "dobj", 1),
    ("in", "in", "ADP", "prep", 1), ("three", "three", "NUM", "nummod", 6),
    ("days", "day", "NOUN", "pobj", 4), (".", ".", "PUNCT", "punct", 1),
]


def test_a_length_of_time_on_the_figures_verb_is_its_period(lexicon: FrameLexicon) -> None:
    _, found = frame(LASTING, [(0, 1, "ORG", "Boogeyman"), (2, 4, "MONEY"), (5, 6, "DURATION")],
                     1, lexicon)
    assert found.time is not None and (found.time.start, found.time.label) == (105, "DURATION")


def test_a_date_comes_before_a_length(lexicon: FrameLexicon) -> None:
    rows = [*LASTING[:-1], ("in", "in", "ADP", "prep", 1), ("2004", "2004", "NUM", "pobj", 7),
            (".", ".", "PUNCT", "punct", 1)]
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (0, 1, "ORG", "Boogeyman"), (2, 4, "MONEY"), (5, 6, "DURATION"), (8, 9, "DATE")]
    _, found = frame(rows, mentions, 1, lexicon)
    assert found.time is not None and found.time.label == "DATE"


# "GDP shrank 0.3 percent, in contrast to the 1.8 percent expansion seen in 2022."
CONTRAST: list[Row] = [
    ("GDP", "GDP", "PROPN", "nsubj", 1), ("shrank", "shrink", "VERB", "ROOT", 1),
    ("0.3", "0.3", "NUM", "nummod", 3), ("percent", "percent", "NOUN", "npadvmod", 1),
    (",", ",", "PUNCT", "punct", 1), ("in", "in", "ADP", "prep", 1),
    ("contrast", "contrast", "NOUN", "pobj", 5), ("to", "to", "ADP", "prep", 6),
    ("the", "the", "DET", "det", 11), ("1.8", "1.8", "NUM", "nummod", 10),
    ("percent", "percent", "NOUN", "compound", 11), ("expansion", "expansion", "NOUN", "pobj", 7),
    ("seen", "see", "VERB", "acl", 11), ("in", "in", "ADP", "prep", 12),
    ("2022", "2022", "NUM", "pobj", 13), (".", ".", "PUNCT", "punct", 1),
]
CONTRAST_MENTIONS: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
    (2, 4, "PERCENT"), (9, 11, "PERCENT"), (14, 15, "DATE"),
]


def test_a_date_on_the_noun_another_figure_measures_is_that_figures(
    lexicon: FrameLexicon,
) -> None:
    _, contrasted = frame(CONTRAST, CONTRAST_MENTIONS, 1, lexicon)
    assert contrasted.time is not None and contrasted.time.start == 114
    _, found = frame(CONTRAST, CONTRAST_MENTIONS, 0, lexicon)
    assert found.time is None  # 2022 is the expansion's year, not the fall's


# "That trend is predicted to continue with wholesale shipments of consumer technologies
# expected to grow by 11% again in 2005."
SHIPMENTS: list[Row] = [
    ("That", "that", "DET", "det", 1), ("trend", "trend", "NOUN", "nsubjpass", 3),
    ("is", "be", "AUX", "auxpass", 3), ("predicted", "predict", "VERB", "ROOT", 3),
    ("to", "to", "PART", "aux", 5), ("continue", "continue", "VERB", "xcomp", 3),
    ("with", "with", "ADP", "prep", 5), ("wholesale", "wholesale", "ADJ", "amod", 8),
    ("shipments", "shipment", "NOUN", "pobj", 6), ("of", "of", "ADP", "prep", 8),
    ("consumer", "consumer", "NOUN", "compound", 11),
    ("technologies", "technology", "NOUN", "pobj", 9),
    ("expected", "expect", "VERB", "acl", 11), ("to", "to", "PART", "aux", 14),
    ("grow", "grow", "VERB", "xcomp", 12), ("by", "by", "ADP", "prep", 14),
    ("11", "11", "NUM", "nummod", 17), ("%", "%", "NOUN", "pobj", 15),
    ("again", "again", "ADV", "advmod", 14), ("in", "in", "ADP", "prep", 14),
    ("2005", "2005", "NUM", "pobj", 19), (".", ".", "PUNCT", "punct", 3),
]


def test_a_participle_of_projecting_leaves_its_noun_the_subject(lexicon: FrameLexicon) -> None:
    # "expected" is a verb of projecting, but it qualifies the shipments: they grow.
    _, found = frame(SHIPMENTS, [(16, 18, "PERCENT"), (20, 21, "DATE")], 0, lexicon)
    assert found.measure is not None and found.measure.startswith("wholesale shipments")
    assert found.time is not None and found.time.start == 120


# "Brent crude gained $1.89 to $48.62.": the parser reads the change and its level as one
# range on the verb's object.
GAINED: list[Row] = [
    ("Brent", "Brent", "NOUN", "compound", 1), ("crude", "crude", "NOUN", "nsubj", 2),
    ("gained", "gain", "VERB", "ROOT", 2), ("$", "$", "SYM", "nmod", 4),
    ("1.89", "1.89", "NUM", "quantmod", 7), ("to", "to", "PART", "quantmod", 7),
    ("$", "$", "SYM", "quantmod", 7), ("48.62", "48.62", "NUM", "dobj", 2),
    (".", ".", "PUNCT", "punct", 2),
]


@pytest.mark.parametrize(("figure", "facet", "direction"),
                         [(0, "change", "up"), (1, "new_level", None)],
                         ids=["the change", "the level reached"])
def test_a_change_and_its_level_read_as_one_range_keep_their_facets(
    lexicon: FrameLexicon, figure: int, facet: str, direction: str | None
) -> None:
    _, found = frame(GAINED, [(3, 5, "MONEY"), (6, 8, "MONEY")], figure, lexicon)
    assert (found.facet, found.direction) == (facet, direction)


# "US crude rose $2.80 in New York." / "The price of gold rose to $430."
CRUDE: list[Row] = [
    ("US", "US", "PROPN", "compound", 1), ("crude", "crude", "NOUN", "nsubj", 2),
    ("rose", "rise", "VERB", "ROOT", 2), ("$", "$", "SYM", "nmod", 4),
    ("2.80", "2.80", "NUM", "npadvmod", 2), ("in", "in", "ADP", "prep", 2),
    ("New", "New", "PROPN", "compound", 7), ("York", "York", "PROPN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 2),
]
GOLD_PRICE: list[Row] = [
    ("The", "the", "DET", "det", 1), ("price", "price", "NOUN", "nsubj", 4),
    ("of", "of", "ADP", "prep", 1), ("gold", "gold", "NOUN", "pobj", 2),
    ("rose", "rise", "VERB", "ROOT", 4), ("to", "to", "ADP", "prep", 4),
    ("$", "$", "SYM", "nmod", 7), ("430", "430", "NUM", "pobj", 5),
    (".", ".", "PUNCT", "punct", 4),
]


@pytest.mark.parametrize(
    ("rows", "mentions", "goods"),
    [
        pytest.param(CRUDE, [(0, 1, "GPE", "United States"), (3, 5, "MONEY"),
                             (6, 8, "GPE", "New York")], "US crude", id="not the country"),
        pytest.param(GOLD_PRICE, [(6, 8, "MONEY")], "gold", id="the price of a good"),
    ],
)
def test_a_traded_good_holds_its_price(
    lexicon: FrameLexicon, rows: list[Row],
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]], goods: str,
) -> None:
    figure = next(n for n, m in enumerate(mentions) if m[2] == "MONEY")
    _, found = frame(rows, mentions, figure, lexicon)
    assert found.holder is not None and found.holder.goods == goods


# "Net income rose 5.7% on 5.4% higher net revenue."
HIGHER_NOUN: list[Row] = [
    ("Net", "net", "ADJ", "amod", 1), ("income", "income", "NOUN", "nsubj", 2),
    ("rose", "rise", "VERB", "ROOT", 2), ("5.7", "5.7", "NUM", "nummod", 4),
    ("%", "%", "NOUN", "npadvmod", 2), ("on", "on", "ADP", "prep", 2),
    ("5.4", "5.4", "NUM", "nummod", 7), ("%", "%", "NOUN", "nmod", 10),
    ("higher", "high", "ADJ", "amod", 10), ("net", "net", "ADJ", "amod", 10),
    ("revenue", "revenue", "NOUN", "pobj", 5), (".", ".", "PUNCT", "punct", 2),
]


def test_a_figure_beside_a_comparative_before_a_noun_is_a_change_of_the_noun(
    lexicon: FrameLexicon,
) -> None:
    _, found = frame(HIGHER_NOUN, [(3, 5, "PERCENT"), (6, 8, "PERCENT")], 1, lexicon)
    assert (found.measure, found.facet, found.direction) == ("net revenue", "change", "up")


# "Analysts' estimates had been for profit of $2.1bn."
ANALYSTS_ESTIMATES: list[Row] = [
    ("Analysts", "analyst", "NOUN", "poss", 2), ("'", "'", "PART", "case", 0),
    ("estimates", "estimate", "NOUN", "nsubj", 4), ("had", "have", "AUX", "aux", 4),
    ("been", "be", "AUX", "ROOT", 4), ("for", "for", "ADP", "prep", 4),
    ("profit", "profit", "NOUN", "pobj", 5), ("of", "of", "ADP", "prep", 6),
    ("$", "$", "SYM", "nmod", 9), ("2.1bn", "2.1bn", "NUM", "pobj", 7),
    (".", ".", "PUNCT", "punct", 4),
]


@pytest.mark.parametrize(("maker", "modality"), [
    ("Analysts", "projection"),  # a forecast
    ("Officials", "actual"),  # an office's estimate of what was
])
def test_an_estimate_forecasters_make_is_a_forecast(
    lexicon: FrameLexicon, maker: str, modality: str
) -> None:
    rows = [(maker, maker.lower(), *ANALYSTS_ESTIMATES[0][2:]), *ANALYSTS_ESTIMATES[1:]]
    _, found = frame(rows, [(8, 10, "MONEY")], 0, lexicon)
    assert (found.measure, found.cue or "actual") == ("profit", modality)


# "GDP for 2023 as a whole is estimated to have increased by 0.3%.", as parsed
AS_A_WHOLE: list[Row] = [
    ("GDP", "GDP", "PROPN", "ROOT", 0), ("for", "for", "ADP", "prep", 0),
    ("2023", "2023", "NUM", "pobj", 1), ("as", "as", "SCONJ", "mark", 7),
    ("a", "a", "DET", "det", 5), ("whole", "whole", "NOUN", "nsubjpass", 7),
    ("is", "be", "AUX", "auxpass", 7), ("estimated", "estimate", "VERB", "advcl", 0),
    ("to", "to", "PART", "aux", 10), ("have", "have", "AUX", "aux", 10),
    ("increased", "increase", "VERB", "xcomp", 7), ("by", "by", "ADP", "prep", 10),
    ("0.3", "0.3", "NUM", "nummod", 13), ("%", "%", "NOUN", "pobj", 11),
    (".", ".", "PUNCT", "punct", 0),
]


def test_the_noun_of_an_idiom_is_no_measure(lexicon: FrameLexicon) -> None:
    _, found = frame(AS_A_WHOLE, [(2, 3, "DATE"), (12, 14, "PERCENT")], 1, lexicon)
    assert found.measure is None  # not "whole"


# "That fell short of expectations for growth of 2.5 percent in the Reuters poll."
IN_THE_POLL: list[Row] = [
    ("That", "that", "PRON", "nsubj", 1), ("fell", "fall", "VERB", "ROOT", 1),
    ("short", "short", "ADV", "advmod", 1), ("of", "of", "ADP", "prep", 2),
    ("expectations", "expectation", "NOUN", "pobj", 3), ("for", "for", "ADP", "prep", 4),
    ("growth", "growth", "NOUN", "pobj", 5), ("of", "of", "ADP", "prep", 6),
    ("2.5", "2.5", "NUM", "nummod", 9), ("percent", "percent", "NOUN", "pobj", 7),
    ("in", "in", "ADP", "prep", 9), ("the", "the", "DET", "det", 13),
    ("Reuters", "Reuters", "PROPN", "compound", 13), ("poll", "poll", "NOUN", "pobj", 10),
    (".", ".", "PUNCT", "punct", 1),
]


def test_who_makes_the_poll_a_figure_is_stated_in_holds_nothing(lexicon: FrameLexicon) -> None:
    _, found = frame(IN_THE_POLL, [(8, 10, "PERCENT"), (12, 13, "ORG")], 0, lexicon)
    assert found.holder is None or found.holder.mention is None


# "Japan June exports rise 9.7pc year/year", the figure hung on the base of the change
YEAR_SLASH_YEAR: list[Row] = [
    ("Japan", "Japan", "PROPN", "compound", 1), ("June", "June", "PROPN", "npadvmod", 3),
    ("exports", "export", "NOUN", "nsubj", 3), ("rise", "rise", "VERB", "ROOT", 3),
    ("9.7pc", "9.7pc", "PROPN", "compound", 7), ("year", "year", "NOUN", "nmod", 7),
    ("/", "/", "SYM", "punct", 7), ("year", "year", "NOUN", "npadvmod", 3),
]
# "Sales rose 5% y/y in May."
Y_SLASH_Y: list[Row] = [
    ("Sales", "sale", "NOUN", "nsubj", 1), ("rose", "rise", "VERB", "ROOT", 1),
    ("5", "5", "NUM", "nummod", 3), ("%", "%", "NOUN", "npadvmod", 1),
    ("y", "y", "PROPN", "nmod", 6), ("/", "/", "SYM", "punct", 4),
    ("y", "y", "PROPN", "appos", 3), ("in", "in", "ADP", "prep", 1),
    ("May", "May", "PROPN", "pobj", 7), (".", ".", "PUNCT", "punct", 1),
]


def test_a_base_of_a_change_written_with_a_slash_is_a_base(lexicon: FrameLexicon) -> None:
    _, found = frame(YEAR_SLASH_YEAR, [(0, 1, "GPE"), (4, 5, "PERCENT")], 1, lexicon)
    assert (found.measure, found.facet, found.direction) == ("exports", "change", "up")
    _, found = frame(Y_SLASH_Y, [(2, 4, "PERCENT"), (8, 9, "DATE")], 0, lexicon)
    assert found.based  # on a year earlier, as "year-on-year" is


# "The company forecast revenue of $725 million for the key holiday-shopping quarter."
HOLIDAY_QUARTER: list[Row] = [
    ("The", "the", "DET", "det", 1), ("company", "company", "NOUN", "nsubj", 2),
    ("forecast", "forecast", "VERB", "ROOT", 2), ("revenue", "revenue", "NOUN", "dobj", 2),
    ("of", "of", "ADP", "prep", 3), ("$", "$", "SYM", "quantmod", 7),
    ("725", "725", "NUM", "compound", 7), ("million", "million", "NUM", "pobj", 4),
    ("for", "for", "ADP", "prep", 2), ("the", "the", "DET", "det", 14),
    ("key", "key", "ADJ", "amod", 14), ("holiday", "holiday", "NOUN", "compound", 13),
    ("-", "-", "PUNCT", "punct", 13), ("shopping", "shopping", "NOUN", "compound", 14),
    ("quarter", "quarter", "NOUN", "pobj", 8), (".", ".", "PUNCT", "punct", 2),
]


def test_a_period_no_date_rule_reads_is_still_the_figures_own(lexicon: FrameLexicon) -> None:
    _, found = frame(HOLIDAY_QUARTER, [(5, 8, "MONEY")], 0, lexicon)
    assert found.time is None and found.own_time  # no earlier sentence's period either
    plain = [*HOLIDAY_QUARTER[:10], *HOLIDAY_QUARTER[14:]]  # "for the quarter"
    plain = [(w, lem, pos, dep, head - 4 if head >= 14 else head)
             for w, lem, pos, dep, head in plain]
    _, found = frame(plain, [(5, 8, "MONEY")], 0, lexicon)
    assert not found.own_time  # the quarter named before


# "The price is 50% higher than it was at the start of 2004."
HIGHER_THAN: list[Row] = [
    ("The", "the", "DET", "det", 1), ("price", "price", "NOUN", "nsubj", 2),
    ("is", "be", "AUX", "ROOT", 2), ("50", "50", "NUM", "nummod", 4),
    ("%", "%", "NOUN", "npadvmod", 5), ("higher", "high", "ADJ", "acomp", 2),
    ("than", "than", "SCONJ", "mark", 8), ("it", "it", "PRON", "nsubj", 8),
    ("was", "be", "AUX", "advcl", 5), ("at", "at", "ADP", "prep", 8),
    ("the", "the", "DET", "det", 11), ("start", "start", "NOUN", "pobj", 9),
    ("of", "of", "ADP", "prep", 11), ("2004", "2004", "NUM", "pobj", 12),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_date_in_a_clause_of_comparison_is_its_base(lexicon: FrameLexicon) -> None:
    _, found = frame(HIGHER_THAN, [(3, 5, "PERCENT"), (10, 14, "DATE")], 0, lexicon)
    assert found.time is None
    assert found.own_time  # an earlier sentence's date is not its period either


# "Stocks are up to 9% higher than at this time last year.", with "year" hung on the verb
# as the model hangs it
THAN_AT: list[Row] = [
    ("Stocks", "stock", "NOUN", "nsubj", 1), ("are", "be", "AUX", "ROOT", 1),
    ("up", "up", "ADP", "quantmod", 4), ("to", "to", "ADP", "quantmod", 4),
    ("9", "9", "NUM", "nummod", 5), ("%", "%", "NOUN", "npadvmod", 6),
    ("higher", "high", "ADJ", "acomp", 1), ("than", "than", "ADP", "prep", 6),
    ("at", "at", "ADP", "prep", 7), ("this", "this", "DET", "det", 10),
    ("time", "time", "NOUN", "pobj", 8), ("last", "last", "ADJ", "amod", 12),
    ("year", "year", "NOUN", "npadvmod", 1), (".", ".", "PUNCT", "punct", 1),
]


def test_a_date_right_after_what_than_compares_with_is_its_base(
    lexicon: FrameLexicon,
) -> None:
    _, found = frame(THAN_AT, [(2, 6, "PERCENT"), (11, 13, "DATE")], 0, lexicon)
    assert found.time is None


# "This growth has helped create thousands of jobs."
HELPED_CREATE: list[Row] = [
    ("This", "this", "DET", "det", 1), ("growth", "growth", "NOUN", "nsubj", 3),
    ("has", "have", "AUX", "aux", 3), ("helped", "help", "VERB", "ROOT", 3),
    ("create", "create", "VERB", "xcomp", 3), ("thousands", "thousand", "NOUN", "dobj", 4),
    ("of", "of", "ADP", "prep", 5), ("jobs", "job", "NOUN", "pobj", 6),
    (".", ".", "PUNCT", "punct", 3),
]


def test_a_figure_under_a_verb_in_the_present_perfect_keeps_its_own_time(
    lexicon: FrameLexicon,
) -> None:
    _, found = frame(HELPED_CREATE, [(5, 6, "QUANTITY")], 0, lexicon)
    assert found.own_time  # no earlier sentence's date is its period


RATES_ROSE: list[Row] = [
    ("Interest", "interest", "NOUN", "compound", 1), ("rates", "rate", "NOUN", "nsubj", 2),
    ("rose", "rise", "VERB", "ROOT", 2), ("five", "five", "NUM", "nummod", 4),
    ("times", "time", "NOUN", "npadvmod", 2), ("last", "last", "ADJ", "amod", 6),
    ("year", "year", "NOUN", "npadvmod", 2), (".", ".", "PUNCT", "punct", 2),
]
BROKE: list[Row] = [
    ("She", "she", "PRON", "nsubj", 1), ("broke", "break", "VERB", "ROOT", 1),
    ("the", "the", "DET", "det", 3), ("record", "record", "NOUN", "dobj", 1),
    ("seven", "seven", "NUM", "nummod", 5), ("times", "time", "NOUN", "npadvmod", 1),
    (".", ".", "PUNCT", "punct", 1),
]


@pytest.mark.parametrize(
    ("rows", "count", "measure"),
    [
        pytest.param(RATES_ROSE, (3, 4), "Interest rates rise", id="the subject's change"),
        pytest.param(BROKE, (4, 5), "record", id="the verb's object"),
    ],
)
def test_a_count_of_occurrences_measures_what_happened(
    lexicon: FrameLexicon, rows: list[Row], count: tuple[int, int], measure: str
) -> None:
    _, found = frame(rows, [(*count, "QUANTITY")], 0, lexicon)
    assert found.measure == measure


# "The deficit was 24.4% above the record - 2003's imbalance of $496.5bn."
ABOVE_RECORD: list[Row] = [
    ("The", "the", "DET", "det", 1), ("deficit", "deficit", "NOUN", "nsubj", 2),
    ("was", "be", "AUX", "ROOT", 2), ("24.4", "24.4", "NUM", "nummod", 4),
    ("%", "%", "NOUN", "npadvmod", 5), ("above", "above", "ADP", "prep", 2),
    ("the", "the", "DET", "det", 7), ("record", "record", "NOUN", "nmod", 11),
    ("-", "-", "PUNCT", "punct", 7), ("2003", "2003", "NUM", "nummod", 7),
    ("'s", "'s", "PART", "case", 9), ("imbalance", "imbalance", "NOUN", "pobj", 5),
    ("of", "of", "ADP", "prep", 11), ("$", "$", "SYM", "nmod", 14),
    ("496.5bn", "496.5bn", "NUM", "pobj", 12), (".", ".", "PUNCT", "punct", 2),
]


@pytest.mark.parametrize(("figure", "dated"), [(0, False), (2, True)],
                         ids=["the change: 2003 is its base", "the record: 2003 is its year"])
def test_a_date_in_what_a_figure_is_above_is_its_base(
    lexicon: FrameLexicon, figure: int, dated: bool
) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (3, 5, "PERCENT"), (9, 10, "DATE"), (13, 15, "MONEY")]
    _, found = frame(ABOVE_RECORD, mentions, figure, lexicon)
    assert (found.time is not None) == dated


# "Shares in Umbro were up 1.76% at 115.5 pence in morning trade."
MORNING_TRADE: list[Row] = [
    ("Shares", "share", "NOUN", "nsubj", 3), ("in", "in", "ADP", "prep", 0),
    ("Umbro", "Umbro", "PROPN", "pobj", 1), ("were", "be", "AUX", "ROOT", 3),
    ("up", "up", "ADV", "advmod", 3), ("1.76", "1.76", "NUM", "nummod", 6),
    ("%", "%", "NOUN", "npadvmod", 4), ("at", "at", "ADP", "prep", 4),
    ("115.5", "115.5", "NUM", "nummod", 9), ("pence", "pence", "NOUN", "pobj", 7),
    ("in", "in", "ADP", "prep", 9), ("morning", "morning", "NOUN", "compound", 12),
    ("trade", "trade", "NOUN", "pobj", 10), (".", ".", "PUNCT", "punct", 3),
]


def test_the_reports_own_time_scopes_its_whole_clause(lexicon: FrameLexicon) -> None:
    sent = sentence_from_rows(
        MORNING_TRADE, [(5, 7, "PERCENT"), (8, 10, "MONEY"), (10, 13, "DATE")], offset=100)
    mentions = list(sent.mentions)
    day = Mention(mentions[2].start, mentions[2].end, "DATE", None, "date-trading-session")
    sent = Sentence(sent.tokens, [*mentions[:2], day])
    found = read_frame(sent, sent.mentions[0], lexicon)
    assert found.time is not None and found.time.start == 110  # the change's too


DOWN_ON: list[Row] = [
    ("Sales", "sale", "NOUN", "nsubj", 1), ("were", "be", "AUX", "ROOT", 1),
    ("down", "down", "ADV", "advmod", 1), ("3", "3", "NUM", "nummod", 4),
    ("%", "%", "NOUN", "npadvmod", 2), ("on", "on", "ADP", "prep", 2),
    ("last", "last", "ADJ", "amod", 7), ("year", "year", "NOUN", "pobj", 5),
    (".", ".", "PUNCT", "punct", 1),
]
ROSE_ON: list[Row] = [
    ("Shares", "share", "NOUN", "nsubj", 1), ("rose", "rise", "VERB", "ROOT", 1),
    ("5", "5", "NUM", "nummod", 3), ("%", "%", "NOUN", "npadvmod", 1),
    ("on", "on", "ADP", "prep", 1), ("Tuesday", "Tuesday", "PROPN", "pobj", 4),
    (".", ".", "PUNCT", "punct", 1),
]


@pytest.mark.parametrize(
    ("rows", "figure", "date", "dated"),
    [
        pytest.param(DOWN_ON, (3, 5), (6, 8, "date-relative-unit"), False,
                     id="down 3% on last year: the base"),
        pytest.param(ROSE_ON, (2, 4), (5, 6, "date-weekday"), True,
                     id="rose 5% on Tuesday: when"),
    ],
)
def test_a_period_after_a_changes_on_is_its_base(
    lexicon: FrameLexicon, rows: list[Row], figure: tuple[int, int],
    date: tuple[int, int, str], dated: bool,
) -> None:
    sent = sentence_from_rows(rows, [(*figure, "PERCENT")], offset=100)
    day = Mention(100 + date[0], 100 + date[1], "DATE", None, date[2])
    sent = Sentence(sent.tokens, [*sent.mentions, day])
    found = read_frame(sent, sent.mentions[0], lexicon)
    assert (found.time is not None) == dated


# "The economy grew 3.7% in the first quarter and 4.5% in the second quarter on an
# annualized basis."
ANNUALIZED_BASIS: list[Row] = [
    ("The", "the", "DET", "det", 1), ("economy", "economy", "NOUN", "nsubj", 2),
    ("grew", "grow", "VERB", "ROOT", 2), ("3.7", "3.7", "NUM", "nummod", 4),
    ("%", "%", "NOUN", "npadvmod", 2), ("in", "in", "ADP", "prep", 2),
    ("the", "the", "DET", "det", 8), ("first", "first", "ADJ", "amod", 8),
    ("quarter", "quarter", "NOUN", "pobj", 5), ("and", "and", "CCONJ", "cc", 2),
    ("4.5", "4.5", "NUM", "nummod", 11), ("%", "%", "NOUN", "conj", 2),
    ("in", "in", "ADP", "prep", 11), ("the", "the", "DET", "det", 15),
    ("second", "second", "ADJ", "amod", 15), ("quarter", "quarter", "NOUN", "pobj", 12),
    ("on", "on", "ADP", "prep", 2), ("an", "an", "DET", "det", 19),
    ("annualized", "annualize", "VERB", "amod", 19), ("basis", "basis", "NOUN", "pobj", 16),
    (".", ".", "PUNCT", "punct", 2),
]


def test_a_manner_phrase_on_the_verb_qualifies_each_of_its_changes(
    lexicon: FrameLexicon,
) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (3, 5, "PERCENT"), (6, 9, "DATE"), (10, 12, "PERCENT"), (13, 16, "DATE"),
    ]
    for figure in (0, 2):  # the verb's object, and the second one the parser joined to it
        _, found = frame(ANNUALIZED_BASIS, mentions, figure, lexicon)
        assert found.metric_form == "annualized economy growth"
        assert (found.facet, found.direction) == ("change", "up")
    # Without the phrase the same change has no qualifier.
    rows = [*ANNUALIZED_BASIS[:16], (".", ".", "PUNCT", "punct", 2)]
    _, found = frame(rows, mentions, 2, lexicon)
    assert found.metric_form == "economy growth"


# "Parliament has approved a Ksh4 trillion budget."
APPROVED: list[Row] = [
    ("Parliament", "Parliament", "PROPN", "nsubj", 2), ("has", "have", "AUX", "aux", 2),
    ("approved", "approve", "VERB", "ROOT", 2), ("a", "a", "DET", "det", 6),
    ("Ksh4", "ksh4", "NOUN", "compound", 5), ("trillion", "trillion", "NUM", "nummod", 6),
    ("budget", "budget", "NOUN", "dobj", 2), (".", ".", "PUNCT", "punct", 2),
]


def test_who_approves_a_figure_does_not_hold_it(lexicon: FrameLexicon) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (0, 1, "ORG", "Parliament"), (4, 6, "MONEY"),
    ]
    _, found = frame(APPROVED, mentions, 1, lexicon)
    assert found.measure == "budget"
    assert found.holder is None
    # The subject of a verb that is not one of them holds its object's figure.
    rows = [*APPROVED[:2], ("unveiled", "unveil", "VERB", "ROOT", 2), *APPROVED[3:]]
    _, found = frame(rows, mentions, 1, lexicon)
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == "Parliament"


def test_the_figure_a_change_is_at_is_the_level_it_reached(lexicon: FrameLexicon) -> None:
    # "Shares in Umbro were up 1.76% at 115.5 pence."
    rows: list[Row] = [
        ("Shares", "share", "NOUN", "nsubj", 3), ("in", "in", "ADP", "prep", 0),
        ("Umbro", "Umbro", "PROPN", "pobj", 1), ("were", "be", "AUX", "ROOT", 3),
        ("up", "up", "ADV", "advmod", 3), ("1.76", "1.76", "NUM", "nummod", 6),
        ("%", "%", "NOUN", "npadvmod", 4), ("at", "at", "ADP", "prep", 4),
        ("115.5", "115.5", "NUM", "nummod", 9), ("pence", "penny", "NOUN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 3),
    ]
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (2, 3, "ORG", "Umbro"), (5, 7, "PERCENT"), (8, 10, "MONEY"),
    ]
    _, found = frame(rows, mentions, 1, lexicon)
    assert (found.facet, found.direction) == ("change", "up")
    _, found = frame(rows, mentions, 2, lexicon)
    assert (found.facet, found.direction) == ("new_level", None)


def test_a_hope_the_model_lemmatises_wrongly_is_still_a_target(lexicon: FrameLexicon) -> None:
    # "The government was hoping this would rise to 85%." (the model's lemma is "hop")
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1), ("government", "government", "NOUN", "nsubj", 3),
        ("was", "be", "AUX", "aux", 3), ("hoping", "hop", "VERB", "ROOT", 3),
        ("this", "this", "PRON", "nsubj", 6), ("would", "would", "AUX", "aux", 6),
        ("rise", "rise", "VERB", "ccomp", 3), ("to", "to", "ADP", "prep", 6),
        ("85", "85", "NUM", "nummod", 9), ("%", "%", "NOUN", "pobj", 7),
        (".", ".", "PUNCT", "punct", 3),
    ]
    _, found = frame(rows, [(8, 10, "PERCENT")], 0, lexicon)
    assert found.cue == "target"
    # a verb of no intent leaves the clause's own "would"
    _, found = frame(_renamed(rows, "hoping", "saying"), [(8, 10, "PERCENT")], 0, lexicon)
    assert found.cue != "target"


def test_a_figure_on_the_verb_of_saying_itself_is_not_what_was_said(
    lexicon: FrameLexicon,
) -> None:
    # "In 23 cases, customers reported smoke damage."
    rows: list[Row] = [
        ("In", "in", "ADP", "prep", 5), ("23", "23", "NUM", "nummod", 2),
        ("cases", "case", "NOUN", "pobj", 0), (",", ",", "PUNCT", "punct", 5),
        ("customers", "customer", "NOUN", "nsubj", 5), ("reported", "report", "VERB", "ROOT", 5),
        ("smoke", "smoke", "NOUN", "compound", 7), ("damage", "damage", "NOUN", "dobj", 5),
        (".", ".", "PUNCT", "punct", 5),
    ]
    _, found = frame(rows, [(1, 3, "QUANTITY")], 0, lexicon)
    assert found.source is None
    # "Customers reported that 23 consoles caught fire.": the count is what they reported
    rows = [
        ("Customers", "customer", "NOUN", "nsubj", 1), ("reported", "report", "VERB", "ROOT", 1),
        ("that", "that", "SCONJ", "mark", 5), ("23", "23", "NUM", "nummod", 4),
        ("consoles", "console", "NOUN", "nsubj", 5), ("caught", "catch", "VERB", "ccomp", 1),
        ("fire", "fire", "NOUN", "dobj", 5), (".", ".", "PUNCT", "punct", 1),
    ]
    _, found = frame(rows, [(3, 5, "QUANTITY")], 0, lexicon)
    assert found.source == "Customers"


def test_a_figure_in_the_relative_clause_of_a_base_is_of_its_date(
    lexicon: FrameLexicon,
) -> None:
    # "Sales reached $91m, compared to 2004's final weekend when sales were $73m."
    rows: list[Row] = [
        ("Sales", "sale", "NOUN", "nsubj", 1), ("reached", "reach", "VERB", "ROOT", 1),
        ("$", "$", "SYM", "nmod", 3), ("91", "91", "NUM", "nummod", 4),
        ("m", "m", "NOUN", "dobj", 1), (",", ",", "PUNCT", "punct", 1),
        ("compared", "compare", "VERB", "prep", 1), ("to", "to", "ADP", "prep", 6),
        ("2004", "2004", "NUM", "poss", 11), ("'s", "'s", "PART", "case", 8),
        ("final", "final", "ADJ", "amod", 11), ("weekend", "weekend", "NOUN", "pobj", 7),
        ("when", "when", "SCONJ", "advmod", 14), ("sales", "sale", "NOUN", "nsubj", 14),
        ("were", "be", "AUX", "relcl", 11), ("$", "$", "SYM", "nmod", 16),
        ("73", "73", "NUM", "nummod", 17), ("m.", "m.", "NOUN", "attr", 14),
    ]
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (2, 5, "MONEY"), (8, 9, "DATE"), (15, 18, "MONEY"),
    ]
    sent, found = frame(rows, mentions, 0, lexicon)
    assert found.time is None  # the base of the comparison, not the $91m's period
    sent, found = frame(rows, mentions, 2, lexicon)
    assert found.time is not None and found.time.start == sent.start + 8


# "The regulator fined CBS $550,000 last autumn.", the amount read as CBS's apposition
FINED: list[Row] = [
    ("The", "the", "DET", "det", 1), ("regulator", "regulator", "NOUN", "nsubj", 2),
    ("fined", "fine", "VERB", "ROOT", 2), ("CBS", "CBS", "PROPN", "dative", 2),
    ("$", "$", "SYM", "nmod", 5), ("550,000", "550,000", "NUM", "appos", 3),
    ("last", "last", "ADJ", "amod", 7), ("autumn", "autumn", "NOUN", "npadvmod", 2),
    (".", ".", "PUNCT", "punct", 2),
]


def test_an_amount_hung_on_the_first_object_is_the_second(lexicon: FrameLexicon) -> None:
    _, found = frame(FINED, [(3, 4, "ORG", "CBS"), (4, 6, "MONEY")], 1, lexicon)
    assert found.measure == "fine"
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == "CBS"  # the one fined holds the fine


# "Metallica's Madly tour helped push their 2004 earnings up to $43.1m." as the model parses
# it: the band's name hangs on "Madly", read as an adverb of the verb.
MISPARSED_POSSESSOR: list[Row] = [
    ("Metallica", "Metallica", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
    ("Madly", "madly", "ADV", "advmod", 5), ("tour", "tour", "NOUN", "npadvmod", 2),
    ("helped", "help", "AUX", "aux", 5), ("push", "push", "VERB", "ROOT", 5),
    ("their", "their", "PRON", "poss", 8), ("2004", "2004", "NUM", "nummod", 8),
    ("earnings", "earning", "NOUN", "dobj", 5), ("up", "up", "ADP", "quantmod", 12),
    ("to", "to", "ADP", "quantmod", 12), ("$", "$", "SYM", "nmod", 12),
    ("43.1", "43.1", "NUM", "npadvmod", 5), ("m", "m", "NOUN", "npadvmod", 12),
    (".", ".", "PUNCT", "punct", 5),
]


# "Charlie Hodgson and Olly Barkley missed six penalty attempts."
COORDINATED: list[Row] = [
    ("Charlie", "Charlie", "PROPN", "compound", 1), ("Hodgson", "Hodgson", "PROPN", "nsubj", 5),
    ("and", "and", "CCONJ", "cc", 1), ("Olly", "Olly", "PROPN", "compound", 4),
    ("Barkley", "Barkley", "PROPN", "conj", 1), ("missed", "miss", "VERB", "ROOT", 5),
    ("six", "six", "NUM", "nummod", 8), ("penalty", "penalty", "NOUN", "compound", 8),
    ("attempts", "attempt", "NOUN", "dobj", 5), (".", ".", "PUNCT", "punct", 5),
]


def _with_each(rows: list[Row]) -> list[Row]:
    """``rows`` with "each" after the fifth word ("... Olly Barkley each missed ...")."""
    shifted = [(text, lemma, pos, dep, head + 1 if head >= 5 else head)
               for text, lemma, pos, dep, head in rows]
    return [*shifted[:5], ("each", "each", "ADV", "advmod", 6), *shifted[5:]]


PEOPLE: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
    (0, 2, "PERSON", "Charlie Hodgson"), (3, 5, "PERSON", "Olly Barkley"), (6, 7, "QUANTITY"),
]


@pytest.mark.parametrize(
    ("rows", "mentions", "figure", "holder"),
    [
        pytest.param(MISPARSED_POSSESSOR, [(0, 1, "PERSON", "Metallica"), (7, 8, "DATE"),
                                           (9, 14, "MONEY")], 2, "Metallica",
                     id="a possessive pronoun takes an earlier possessor however it hangs"),
        pytest.param(COORDINATED, PEOPLE, 2, "Charlie Hodgson and Olly Barkley",
                     id="coordinated names hold a figure together"),
        pytest.param(COORDINATED, [(0, 2, "PERSON", "Charlie Hodgson"),
                                   (3, 5, "ORG", "Olly Barkley"), (6, 7, "QUANTITY")],
                     2, "Charlie Hodgson", id="a name of another kind is no co-holder"),
        pytest.param([(",", ",", "PUNCT", "punct", 1) if row[0] == "and" else row
                      for row in COORDINATED], PEOPLE, 2, "Charlie Hodgson",
                     id="names apposed without a conjunction are no joint holders"),
        pytest.param(_with_each(COORDINATED), [*PEOPLE[:2], (7, 8, "QUANTITY")], 2,
                     "Charlie Hodgson", id="a distributive word leaves each name its own"),
    ],
)
def test_the_holder_s_name(
    lexicon: FrameLexicon,
    rows: list[Row],
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]],
    figure: int,
    holder: str,
) -> None:
    _, found = frame(rows, mentions, figure, lexicon)
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == holder


# "Sony, IBM and Toshiba worked on it.", and "Sony, rival IBM and Toshiba worked on it."
SONY_IBM_TOSHIBA: list[Row] = [
    ("Sony", "Sony", "PROPN", "nsubj", 5), (",", ",", "PUNCT", "punct", 0),
    ("IBM", "IBM", "PROPN", "conj", 0), ("and", "and", "CCONJ", "cc", 2),
    ("Toshiba", "Toshiba", "PROPN", "conj", 2), ("worked", "work", "VERB", "ROOT", 5),
    ("on", "on", "ADP", "prep", 5), ("it", "it", "PRON", "pobj", 6),
    (".", ".", "PUNCT", "punct", 5),
]
WITH_RIVAL: list[Row] = [
    *[(text, lemma, pos, dep, head + 1 if head >= 2 else head)
      for text, lemma, pos, dep, head in SONY_IBM_TOSHIBA[:2]],
    ("rival", "rival", "NOUN", "compound", 3),
    *[(text, lemma, pos, dep, head + 1 if head >= 2 else head)
      for text, lemma, pos, dep, head in SONY_IBM_TOSHIBA[2:]],
]


@pytest.mark.parametrize(
    ("rows", "names", "at", "holder"),
    [
        # whichever name of the list the holder was found at
        pytest.param(SONY_IBM_TOSHIBA, (0, 2, 4), (0, 2, 4), "Sony, IBM and Toshiba",
                     id="a list holds from its first name"),
        # not back over another word ("Charlize Theron for Monster, ... and UK star Kate
        # Winslet, who ...": hers)
        pytest.param(WITH_RIVAL, (0, 3, 5), (3,), "IBM and Toshiba",
                     id="a list reaches back only over names"),
    ],
)
def test_a_list_of_names(
    lexicon: FrameLexicon, rows: list[Row], names: tuple[int, int, int],
    at: tuple[int, ...], holder: str,
) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (i, i + 1, "ORG", rows[i][0]) for i in names
    ]
    sent = sentence_from_rows(rows, mentions, offset=100)
    for i in at:
        found = _named(sent, sent.start + i, lexicon)
        assert found is not None and found.mention is not None
        assert found.mention.name == holder


# "The firm is to cut 2,850 jobs." / "If sales were to fall 5%, ..."
ARRANGED: list[Row] = [
    ("The", "the", "DET", "det", 1), ("firm", "firm", "NOUN", "nsubj", 2),
    ("is", "be", "AUX", "ROOT", 2), ("to", "to", "PART", "aux", 4),
    ("cut", "cut", "VERB", "xcomp", 2), ("2,850", "2,850", "NUM", "nummod", 6),
    ("jobs", "job", "NOUN", "dobj", 4), (".", ".", "PUNCT", "punct", 2),
]
CONDITION: list[Row] = [
    ("If", "if", "SCONJ", "mark", 2), ("sales", "sale", "NOUN", "nsubj", 2),
    ("were", "be", "AUX", "advcl", 11), ("to", "to", "PART", "aux", 4),
    ("fall", "fall", "VERB", "xcomp", 2), ("5", "5", "NUM", "nummod", 6),
    ("%", "%", "NOUN", "npadvmod", 4), (",", ",", "PUNCT", "punct", 11),
    ("the", "the", "DET", "det", 9), ("firm", "firm", "NOUN", "nsubj", 11),
    ("would", "would", "AUX", "aux", 11), ("close", "close", "VERB", "ROOT", 11),
    (".", ".", "PUNCT", "punct", 11),
]


def test_be_to_is_what_is_arranged(lexicon: FrameLexicon) -> None:
    _, found = frame(ARRANGED, [(5, 7, "CARDINAL")], 0, lexicon)
    assert found.cue == "target"  # the firm undertakes the cut, as "will cut" would say
    rows = [*ARRANGED]
    rows[4] = ("grow", "grow", "VERB", "xcomp", 2)  # no commitment: a forecast
    rows[6] = ("jobs", "job", "NOUN", "npadvmod", 4)
    _, found = frame(rows, [(5, 7, "CARDINAL")], 0, lexicon)
    assert found.cue == "projection"
    rows = [*ARRANGED]
    rows[3] = ("going", "go", "VERB", "aux", 4)  # no "to": not the construction
    _, found = frame(rows, [(5, 7, "CARDINAL")], 0, lexicon)
    assert found.cue is None


def test_be_to_after_a_purpose_noun_says_what_it_is(lexicon: FrameLexicon) -> None:
    rows = [*ARRANGED]
    rows[1] = ("effect", "effect", "NOUN", "nsubj", 2)  # "The effect is to cut 2,850 jobs."
    _, found = frame(rows, [(5, 7, "CARDINAL")], 0, lexicon)
    assert found.cue is None
    rows[1] = ("aim", "aim", "NOUN", "nsubj", 2)  # "The aim is to cut ...": the aim's target
    _, found = frame(rows, [(5, 7, "CARDINAL")], 0, lexicon)
    assert found.cue == "target"


def test_were_to_under_if_is_a_condition(lexicon: FrameLexicon) -> None:
    _, found = frame(CONDITION, [(5, 7, "PERCENT")], 0, lexicon)
    assert found.cue == "hypothetical"


def test_the_whole_a_part_is_taken_from_exists(lexicon: FrameLexicon) -> None:
    # "The firm is to relocate 10 of its 27 plants."
    rows: list[Row] = [
        ("The", "the", "DET", "det", 1), ("firm", "firm", "NOUN", "nsubj", 2),
        ("is", "be", "AUX", "ROOT", 2), ("to", "to", "PART", "aux", 4),
        ("relocate", "relocate", "VERB", "xcomp", 2), ("10", "10", "NUM", "dobj", 4),
        ("of", "of", "ADP", "prep", 5), ("its", "its", "PRON", "poss", 9),
        ("27", "27", "NUM", "nummod", 9), ("plants", "plant", "NOUN", "pobj", 6),
        (".", ".", "PUNCT", "punct", 2),
    ]
    _, part = frame(rows, [(5, 6, "CARDINAL"), (8, 10, "CARDINAL")], 0, lexicon)
    _, whole = frame(rows, [(5, 6, "CARDINAL"), (8, 10, "CARDINAL")], 1, lexicon)
    assert part.cue == "target"
    assert whole.cue is None


def test_the_noun_a_count_numbers_is_no_cue(lexicon: FrameLexicon) -> None:
    # "He scored two goals." / "The bank has a 2% target."
    rows: list[Row] = [
        ("He", "he", "PRON", "nsubj", 1), ("scored", "score", "VERB", "ROOT", 1),
        ("two", "two", "NUM", "nummod", 3), ("goals", "goal", "NOUN", "dobj", 1),
        (".", ".", "PUNCT", "punct", 1),
    ]
    _, found = frame(rows, [(2, 3, "QUANTITY")], 0, lexicon)
    assert found.cue is None
    target: list[Row] = [
        ("The", "the", "DET", "det", 1), ("bank", "bank", "NOUN", "nsubj", 2),
        ("has", "have", "VERB", "ROOT", 2), ("a", "a", "DET", "det", 6),
        ("2", "2", "NUM", "nummod", 5), ("%", "%", "NOUN", "compound", 6),
        ("target", "target", "NOUN", "dobj", 2), (".", ".", "PUNCT", "punct", 2),
    ]
    _, found = frame(target, [(4, 6, "PERCENT")], 0, lexicon)
    assert found.cue == "target"  # a percentage its noun qualifies is the target itself


# "The International Monetary Fund is to cut its 2005 growth forecast for the German
# economy from 1.8% to 0.8%."
FORECAST_CUT: list[Row] = [
    ("The", "the", "DET", "det", 3), ("International", "International", "PROPN", "compound", 3),
    ("Monetary", "Monetary", "PROPN", "compound", 3), ("Fund", "Fund", "PROPN", "nsubj", 4),
    ("is", "be", "AUX", "ROOT", 4), ("to", "to", "PART", "aux", 6),
    ("cut", "cut", "VERB", "xcomp", 4), ("its", "its", "PRON", "poss", 10),
    ("2005", "2005", "NUM", "nummod", 10), ("growth", "growth", "NOUN", "compound", 10),
    ("forecast", "forecast", "NOUN", "dobj", 6), ("for", "for", "ADP", "prep", 10),
    ("the", "the", "DET", "det", 14), ("German", "german", "ADJ", "amod", 14),
    ("economy", "economy", "NOUN", "pobj", 11), ("from", "from", "ADP", "prep", 6),
    ("1.8", "1.8", "NUM", "nummod", 17), ("%", "%", "NOUN", "pobj", 15),
    ("to", "to", "PART", "quantmod", 19), ("0.8", "0.8", "NUM", "nummod", 20),
    ("%", "%", "NOUN", "pobj", 15), (".", ".", "PUNCT", "punct", 4),
]
FORECAST_CUT_MENTIONS: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
    (0, 4, "ORG", "International Monetary Fund"), (8, 9, "DATE"), (13, 14, "NORP", "Germany"),
    (16, 18, "PERCENT"), (19, 21, "PERCENT"),
]


@pytest.mark.parametrize("figure", [3, 4], ids=["1.8%", "0.8%"])
def test_a_forecast_measures_what_it_forecasts_for_whom(lexicon: FrameLexicon,
                                                        figure: int) -> None:
    _, found = frame(FORECAST_CUT, FORECAST_CUT_MENTIONS, figure, lexicon)
    assert found.measure == "growth"  # not "growth forecast"
    # the place the forecast is for holds it, not the fund that cuts it
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == "Germany"
    assert found.cue == "projection"  # a forecast, whatever "is to cut" says of the cut


# "Forecasts for Japanese growth were scaled back to 4.0%."
FORECASTS_FOR: list[Row] = [
    ("Forecasts", "forecast", "NOUN", "nsubjpass", 5), ("for", "for", "ADP", "prep", 0),
    ("Japanese", "japanese", "ADJ", "amod", 3), ("growth", "growth", "NOUN", "pobj", 1),
    ("were", "be", "AUX", "auxpass", 5), ("scaled", "scale", "VERB", "ROOT", 5),
    ("back", "back", "ADV", "advmod", 5), ("to", "to", "ADP", "prep", 5),
    ("4.0", "4.0", "NUM", "nummod", 9), ("%", "%", "NOUN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 5),
]


def test_the_subject_forecasts_its_phrase(lexicon: FrameLexicon) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (2, 3, "NORP", "Japan"), (8, 10, "PERCENT"),
    ]
    _, found = frame(FORECASTS_FOR, mentions, 1, lexicon)
    assert (found.measure, found.cue) == ("growth", "projection")
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == "Japan"


# "BA's profits were still better than market expectation of £59m."
EXPECTATION: list[Row] = [
    ("BA", "BA", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
    ("profits", "profit", "NOUN", "nsubj", 3), ("were", "be", "AUX", "ROOT", 3),
    ("still", "still", "ADV", "advmod", 3), ("better", "well", "ADJ", "acomp", 3),
    ("than", "than", "ADP", "prep", 5), ("market", "market", "NOUN", "compound", 8),
    ("expectation", "expectation", "NOUN", "pobj", 6), ("of", "of", "ADP", "prep", 8),
    ("£", "£", "SYM", "nmod", 11), ("59", "59", "NUM", "nummod", 12),
    ("m.", "m.", "NOUN", "pobj", 9),
]


def test_an_expectation_of_a_figure_measures_what_it_is_compared_with(
    lexicon: FrameLexicon,
) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (0, 1, "ORG", "BA"), (10, 13, "MONEY"),
    ]
    _, found = frame(EXPECTATION, mentions, 1, lexicon)
    # "market" makes the forecast; the profits are what is forecast
    assert (found.measure, found.cue) == ("profits", "projection")
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == "BA"


# "Pfizer said it expects earnings per share this year to be in the range of $2.58 to $2.62."
EXPECTED_RANGE: list[Row] = [
    ("Pfizer", "Pfizer", "PROPN", "nsubj", 1), ("said", "say", "VERB", "ROOT", 1),
    ("it", "it", "PRON", "nsubj", 3), ("expects", "expect", "VERB", "ccomp", 1),
    ("earnings", "earning", "NOUN", "dobj", 3), ("per", "per", "ADP", "prep", 4),
    ("share", "share", "NOUN", "pobj", 5), ("this", "this", "DET", "det", 8),
    ("year", "year", "NOUN", "npadvmod", 3), ("to", "to", "PART", "aux", 10),
    ("be", "be", "AUX", "xcomp", 3), ("in", "in", "ADP", "prep", 10),
    ("the", "the", "DET", "det", 13), ("range", "range", "NOUN", "pobj", 11),
    ("of", "of", "ADP", "prep", 13), ("$", "$", "SYM", "nmod", 16),
    ("2.58", "2.58", "NUM", "quantmod", 19), ("to", "to", "PART", "quantmod", 19),
    ("$", "$", "SYM", "quantmod", 19), ("2.62", "2.62", "NUM", "pobj", 14),
    (".", ".", "PUNCT", "punct", 1),
]


def test_a_range_stands_where_its_noun_does_and_an_expected_object_is_the_subject(
    lexicon: FrameLexicon,
) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (0, 1, "ORG", "Pfizer"), (7, 9, "DATE"), (15, 20, "MONEY"),
    ]
    _, found = frame(EXPECTED_RANGE, mentions, 2, lexicon)
    # "in the range of" says nothing measured; what is expected to be there is
    assert (found.measure, found.cue) == ("earnings", "projection")


# "Barry Everitt added the conversion to become the fourth player to reach 1,000 points."
CONVERSION: list[Row] = [
    ("Barry", "Barry", "PROPN", "compound", 1), ("Everitt", "Everitt", "PROPN", "nsubj", 2),
    ("added", "add", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
    ("conversion", "conversion", "NOUN", "dobj", 2), ("to", "to", "PART", "aux", 6),
    ("become", "become", "VERB", "xcomp", 2), ("the", "the", "DET", "det", 9),
    ("fourth", "fourth", "ADJ", "amod", 9), ("player", "player", "NOUN", "attr", 6),
    ("to", "to", "PART", "aux", 11), ("reach", "reach", "VERB", "xcomp", 6),
    ("1,000", "1,000", "NUM", "nummod", 13), ("points", "point", "NOUN", "dobj", 11),
    (".", ".", "PUNCT", "punct", 2),
]


def test_the_object_of_any_other_verb_is_no_subject_of_its_complement(
    lexicon: FrameLexicon,
) -> None:
    sent = sentence_from_rows(CONVERSION, [(0, 2, "PERSON", "Barry Everitt")], offset=100)
    assert subject_of(sent, 106, lexicon) == 101  # Everitt becomes the player, not the kick


# "Economists had forecast a much smaller widening in the deficit to £8.0 billion."
WIDENING: list[Row] = [
    ("Economists", "economist", "NOUN", "nsubj", 2), ("had", "have", "AUX", "aux", 2),
    ("forecast", "forecast", "VERB", "ROOT", 2), ("a", "a", "DET", "det", 6),
    ("much", "much", "ADV", "advmod", 5), ("smaller", "small", "ADJ", "amod", 6),
    ("widening", "widening", "NOUN", "dobj", 2), ("in", "in", "ADP", "prep", 6),
    ("the", "the", "DET", "det", 9), ("deficit", "deficit", "NOUN", "pobj", 7),
    ("to", "to", "ADP", "prep", 2), ("£", "£", "SYM", "quantmod", 13),
    ("8.0", "8.0", "NUM", "compound", 13), ("billion", "billion", "NUM", "pobj", 10),
    (".", ".", "PUNCT", "punct", 2),
]


def test_the_level_a_change_noun_reaches_is_of_what_changed(lexicon: FrameLexicon) -> None:
    _, found = frame(WIDENING, [(11, 14, "MONEY")], 0, lexicon)
    # "widening" is a change (a noun in -ing of "widen"), of the deficit
    assert (found.measure, found.facet) == ("deficit", "new_level")


@pytest.mark.parametrize(("word", "way"), [("widening", "up"), ("narrowing", "down"),
                                           ("cutting", "down"), ("rising", "up"),
                                           ("spending", None), ("housing", None)])
def test_a_noun_in_ing_of_a_change_verb_is_a_change(lexicon: FrameLexicon, word: str,
                                                    way: str | None) -> None:
    assert lexicon.direction(word) == way


def rise_of_five(subject: tuple[str, str], verb: tuple[str, str]) -> list[Row]:
    """"<Subject> <verb> a rise of 5%.\""""
    return [
        (subject[0], subject[1], "NOUN", "nsubj", 1), (verb[0], verb[1], "VERB", "ROOT", 1),
        ("a", "a", "DET", "det", 3), ("rise", "rise", "NOUN", "dobj", 1),
        ("of", "of", "ADP", "prep", 3), ("5", "5", "NUM", "nummod", 6),
        ("%", "%", "NOUN", "pobj", 4), (".", ".", "PUNCT", "punct", 1),
    ]


@pytest.mark.parametrize(
    ("subject", "verb", "measure"),
    [(("Sales", "sale"), ("posted", "post"), "Sales"),
     (("Analysts", "analyst"), ("forecast", "forecast"), None)],
    ids=["what posted the rise rose", "who forecast it did not"],
)
def test_a_change_a_verb_takes_is_of_its_subject(
    lexicon: FrameLexicon, subject: tuple[str, str], verb: tuple[str, str],
    measure: str | None,
) -> None:
    _, found = frame(rise_of_five(subject, verb), [(5, 7, "PERCENT")], 0, lexicon)
    assert (found.measure, found.facet, found.direction) == (measure, "change", "up")


# "GDP growth likely improved to 0.6 per cent."
LIKELY: list[Row] = [
    ("GDP", "GDP", "PROPN", "compound", 1), ("growth", "growth", "NOUN", "nsubj", 3),
    ("likely", "likely", "ADV", "advmod", 3), ("improved", "improve", "VERB", "ROOT", 3),
    ("to", "to", "ADP", "prep", 3), ("0.6", "0.6", "NUM", "pobj", 4),
    ("per", "per", "ADP", "prep", 5), ("cent", "cent", "NOUN", "pobj", 6),
    (".", ".", "PUNCT", "punct", 3),
]


def test_an_adverb_of_modality_on_the_verb_is_the_clauses(lexicon: FrameLexicon) -> None:
    _, found = frame(LIKELY, [(5, 8, "PERCENT")], 0, lexicon)
    assert found.cue == "projection"  # an estimate of a quarter not yet published


# "Rio's iron ore shipments were 75.7 million tonnes."
IRON_ORE: list[Row] = [
    ("Rio", "Rio", "PROPN", "poss", 4), ("'s", "'s", "PART", "case", 0),
    ("iron", "iron", "NOUN", "compound", 3), ("ore", "ore", "NOUN", "compound", 4),
    ("shipments", "shipment", "NOUN", "nsubj", 5), ("were", "be", "AUX", "ROOT", 5),
    ("75.7", "75.7", "NUM", "compound", 7), ("million", "million", "NUM", "nummod", 8),
    ("tonnes", "tonne", "NOUN", "attr", 5), (".", ".", "PUNCT", "punct", 5),
]


def test_a_weight_a_copula_gives_measures_its_subject(lexicon: FrameLexicon) -> None:
    _, found = frame(IRON_ORE, [(0, 1, "ORG", "Rio"), (6, 8, "QUANTITY")], 1, lexicon)
    assert found.measure == "iron ore shipments"  # not the dimension "weight"


# "the BBA added underlying mortgage lending rose by £4m": the parse makes "lending" the
# object of "added" and leaves "rose" without a subject
ADDED: list[Row] = [
    ("the", "the", "DET", "det", 1), ("BBA", "BBA", "PROPN", "nsubj", 2),
    ("added", "add", "VERB", "ROOT", 2), ("underlying", "underlie", "VERB", "amod", 5),
    ("mortgage", "mortgage", "NOUN", "compound", 5), ("lending", "lending", "NOUN", "dobj", 2),
    ("rose", "rise", "VERB", "ccomp", 2), ("by", "by", "ADP", "prep", 6),
    ("£", "£", "SYM", "nmod", 9), ("4m", "4m", "NUM", "pobj", 7),
]


def test_the_object_right_before_a_said_clause_is_its_subject(lexicon: FrameLexicon) -> None:
    sent = sentence_from_rows(ADDED, [(1, 2, "ORG", "BBA"), (8, 10, "MONEY")], offset=100)
    assert subject_of(sent, 106, lexicon) == 105


# "In London, Corus fell 2.2% to 55.57 pence."
CORUS: list[Row] = [
    ("In", "in", "ADP", "prep", 4), ("London", "London", "PROPN", "pobj", 0),
    (",", ",", "PUNCT", "punct", 4), ("Corus", "Corus", "PROPN", "nsubj", 4),
    ("fell", "fall", "VERB", "ROOT", 4), ("2.2", "2.2", "NUM", "nummod", 6),
    ("%", "%", "NOUN", "npadvmod", 4), ("to", "to", "ADP", "prep", 4),
    ("55.57", "55.57", "NUM", "nummod", 9), ("pence", "penny", "NOUN", "pobj", 7),
    (".", ".", "PUNCT", "punct", 4),
]
CORUS_MENTIONS: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
    (1, 2, "GPE", "London"), (3, 4, "ORG", "Corus"), (5, 7, "PERCENT"), (8, 10, "MONEY"),
]


@pytest.mark.parametrize(("figure", "facet"), [(2, "change"), (3, "new_level")],
                         ids=["2.2%", "55.57 pence"])
def test_a_companys_move_to_a_price_is_its_share_price(lexicon: FrameLexicon, figure: int,
                                                        facet: str) -> None:
    _, found = frame(CORUS, CORUS_MENTIONS, figure, lexicon)
    assert (found.measure, found.facet) == ("share price", facet)


# "Data released on Tuesday showed that factory orders climbed 4.5 percent."
DATA_SHOWED: list[Row] = [
    ("Data", "datum", "NOUN", "nsubj", 4), ("released", "release", "VERB", "acl", 0),
    ("on", "on", "ADP", "prep", 1), ("Tuesday", "Tuesday", "PROPN", "pobj", 2),
    ("showed", "show", "VERB", "ROOT", 4), ("that", "that", "SCONJ", "mark", 8),
    ("factory", "factory", "NOUN", "compound", 7), ("orders", "order", "NOUN", "nsubj", 8),
    ("climbed", "climb", "VERB", "ccomp", 4), ("4.5", "4.5", "NUM", "nummod", 10),
    ("percent", "percent", "NOUN", "npadvmod", 8), (".", ".", "PUNCT", "punct", 4),
]


def test_data_is_no_source_whatever_its_lemma(lexicon: FrameLexicon) -> None:
    _, found = frame(DATA_SHOWED, [(3, 4, "DATE"), (9, 11, "PERCENT")], 1, lexicon)
    assert found.source is None  # the parser lemmatises "Data" as "datum"


# "Oracle posted revenue of $9.63 billion, higher than the $9.57 billion that analysts had
# expected."
EXPECTED_BY_CLAUSE: list[Row] = [
    ("Oracle", "Oracle", "PROPN", "nsubj", 1), ("posted", "post", "VERB", "ROOT", 1),
    ("revenue", "revenue", "NOUN", "dobj", 1), ("of", "of", "ADP", "prep", 2),
    ("$", "$", "SYM", "quantmod", 6), ("9.63", "9.63", "NUM", "compound", 6),
    ("billion", "billion", "NUM", "pobj", 3), (",", ",", "PUNCT", "punct", 2),
    ("higher", "high", "ADJ", "amod", 2), ("than", "than", "ADP", "prep", 8),
    ("the", "the", "DET", "det", 13), ("$", "$", "SYM", "quantmod", 13),
    ("9.57", "9.57", "NUM", "compound", 13), ("billion", "billion", "NUM", "pobj", 9),
    ("that", "that", "PRON", "dobj", 17), ("analysts", "analyst", "NOUN", "nsubj", 17),
    ("had", "have", "AUX", "aux", 17), ("expected", "expect", "VERB", "relcl", 13),
    (".", ".", "PUNCT", "punct", 1),
]

# "Volumes declined 1.9%, well ahead of the 0.3% dip forecast by analysts." (as the parser
# read it in a longer sentence: "forecast" a noun with a clause's agent)
DIP_FORECAST: list[Row] = [
    ("Volumes", "volume", "NOUN", "nsubj", 1), ("declined", "decline", "VERB", "ROOT", 1),
    ("1.9", "1.9", "NUM", "nummod", 3), ("%", "%", "NOUN", "npadvmod", 1),
    (",", ",", "PUNCT", "punct", 1), ("well", "well", "ADV", "advmod", 6),
    ("ahead", "ahead", "ADV", "advmod", 1), ("of", "of", "ADP", "prep", 6),
    ("the", "the", "DET", "det", 11), ("0.3", "0.3", "NUM", "nummod", 10),
    ("%", "%", "NOUN", "compound", 11), ("dip", "dip", "NOUN", "pobj", 7),
    ("forecast", "forecast", "NOUN", "acl", 11), ("by", "by", "ADP", "agent", 12),
    ("analysts", "analyst", "NOUN", "pobj", 13), (".", ".", "PUNCT", "punct", 1),
]

# "It owns a 20% stake which it plans to sell."
STAKE_TO_SELL: list[Row] = [
    ("It", "it", "PRON", "nsubj", 1), ("owns", "own", "VERB", "ROOT", 1),
    ("a", "a", "DET", "det", 5), ("20", "20", "NUM", "nummod", 4),
    ("%", "%", "NOUN", "compound", 5), ("stake", "stake", "NOUN", "dobj", 1),
    ("which", "which", "PRON", "dobj", 10), ("it", "it", "PRON", "nsubj", 8),
    ("plans", "plan", "VERB", "relcl", 5), ("to", "to", "PART", "aux", 10),
    ("sell", "sell", "VERB", "xcomp", 8), (".", ".", "PUNCT", "punct", 1),
]


@pytest.mark.parametrize(
    ("rows", "mentions", "figure", "cue"),
    [
        pytest.param(EXPECTED_BY_CLAUSE, [(0, 1, "ORG", "Oracle"), (4, 7, "MONEY"),
                                          (11, 14, "MONEY")], 2, "projection",
                     id="the figure analysts had expected"),
        pytest.param(DIP_FORECAST, [(2, 4, "PERCENT"), (9, 11, "PERCENT")], 1, "projection",
                     id="a dip forecast by analysts"),
        pytest.param(STAKE_TO_SELL, [(3, 5, "PERCENT")], 0, None,
                     id="a stake it plans to sell exists"),
    ],
)
def test_a_clause_on_the_figure_says_what_it_is(
    rows: list[Row], mentions: list[tuple[int, int, str] | tuple[int, int, str, str]],
    figure: int, cue: str | None, lexicon: FrameLexicon,
) -> None:
    _, found = frame(rows, mentions, figure, lexicon)
    assert (found.cue, found.cue_own) == (cue, cue is not None)


# "BPI posted on Monday a 39 percent rise in first-half net profit."
POSTED_ON_MONDAY: list[Row] = [
    ("BPI", "BPI", "PROPN", "nsubj", 1), ("posted", "post", "VERB", "ROOT", 1),
    ("on", "on", "ADP", "prep", 1), ("Monday", "Monday", "PROPN", "pobj", 2),
    ("a", "a", "DET", "det", 7), ("39", "39", "NUM", "nummod", 6),
    ("percent", "percent", "NOUN", "compound", 7), ("rise", "rise", "NOUN", "dobj", 1),
    ("in", "in", "ADP", "prep", 7), ("first", "first", "ADJ", "amod", 11),
    ("-", "-", "PUNCT", "punct", 11), ("half", "half", "NOUN", "nmod", 13),
    ("net", "net", "ADJ", "amod", 13), ("profit", "profit", "NOUN", "pobj", 8),
    (".", ".", "PUNCT", "punct", 1),
]

# "His target of a 20% cut to the 1990 level by 2010 was missed."
CUT_TO_A_LEVEL: list[Row] = [
    ("His", "his", "PRON", "poss", 1), ("target", "target", "NOUN", "nsubjpass", 14),
    ("of", "of", "ADP", "prep", 1), ("a", "a", "DET", "det", 6),
    ("20", "20", "NUM", "nummod", 5), ("%", "%", "NOUN", "compound", 6),
    ("cut", "cut", "NOUN", "pobj", 2), ("to", "to", "ADP", "prep", 6),
    ("the", "the", "DET", "det", 10), ("1990", "1990", "NUM", "nummod", 10),
    ("level", "level", "NOUN", "pobj", 7), ("by", "by", "ADP", "prep", 6),
    ("2010", "2010", "NUM", "pobj", 11), ("was", "be", "AUX", "auxpass", 14),
    ("missed", "miss", "VERB", "ROOT", 14), (".", ".", "PUNCT", "punct", 14),
]


@pytest.mark.parametrize(
    ("rows", "mentions", "figure", "period"),
    [
        pytest.param(POSTED_ON_MONDAY, [(0, 1, "ORG", "BPI"), (3, 4, "DATE"),
                                        (5, 7, "PERCENT"), (9, 12, "DATE")], 2, 9,
                     id="the period of what rose before the day it was posted"),
        pytest.param(CUT_TO_A_LEVEL, [(4, 6, "PERCENT"), (9, 10, "DATE"), (12, 13, "DATE")],
                     0, 12, id="not the year of the level a cut is measured to"),
    ],
)
def test_a_date_that_qualifies_the_figures_noun_is_its_period(
    rows: list[Row], mentions: list[tuple[int, int, str] | tuple[int, int, str, str]],
    figure: int, period: int, lexicon: FrameLexicon,
) -> None:
    # the date's first token (the sentence's tokens start at 100)
    _, found = frame(rows, mentions, figure, lexicon)
    assert found.time is not None and found.time.start == 100 + period


# "Exports decreased $257.8 billion or 17.5 %." (the parser made the amount the number of
# the percentage)
AMOUNT_OR_PERCENT: list[Row] = [
    ("Exports", "export", "NOUN", "nsubj", 1), ("decreased", "decrease", "VERB", "ROOT", 1),
    ("$", "$", "SYM", "quantmod", 4), ("257.8", "257.8", "NUM", "compound", 4),
    ("billion", "billion", "NUM", "nummod", 7), ("or", "or", "CCONJ", "cc", 4),
    ("17.5", "17.5", "NUM", "nummod", 7), ("%", "%", "NOUN", "npadvmod", 1),
    (".", ".", "PUNCT", "punct", 1),
]


def test_an_amount_parsed_as_a_percentages_number_shares_its_frame(
    lexicon: FrameLexicon,
) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (2, 5, "MONEY"), (6, 8, "PERCENT"),
    ]
    _, found = frame(AMOUNT_OR_PERCENT, mentions, 0, lexicon)
    assert (found.measure, found.facet, found.direction) == ("Exports", "change", "down")


# "And they ridiculed the claims made on Monday by Michael Howard that he could save £35
# billion." (BBC politics/278)
CLAIMS: list[Row] = [
    ("And", "and", "CCONJ", "cc", 2), ("they", "they", "PRON", "nsubj", 2),
    ("ridiculed", "ridicule", "VERB", "ROOT", 2), ("the", "the", "DET", "det", 4),
    ("claims", "claim", "NOUN", "dobj", 2), ("made", "make", "VERB", "acl", 4),
    ("on", "on", "ADP", "prep", 5), ("Monday", "Monday", "PROPN", "pobj", 6),
    ("by", "by", "ADP", "agent", 5), ("Michael", "Michael", "PROPN", "compound", 10),
    ("Howard", "Howard", "PROPN", "pobj", 8), ("that", "that", "SCONJ", "mark", 14),
    ("he", "he", "PRON", "nsubj", 14), ("could", "could", "AUX", "aux", 14),
    ("save", "save", "VERB", "acl", 4), ("£", "£", "SYM", "quantmod", 17),
    ("35", "35", "NUM", "compound", 17), ("billion", "billion", "NUM", "dobj", 14),
    (".", ".", "PUNCT", "punct", 2),
]

# "Howard's claim that cost him £5m was false."
COST_HIM: list[Row] = [
    ("Howard", "Howard", "PROPN", "poss", 2), ("'s", "'s", "PART", "case", 0),
    ("claim", "claim", "NOUN", "nsubj", 9), ("that", "that", "PRON", "nsubj", 4),
    ("cost", "cost", "VERB", "relcl", 2), ("him", "he", "PRON", "dative", 4),
    ("£", "£", "SYM", "nmod", 7), ("5", "5", "NUM", "nummod", 8),
    ("m", "m", "NOUN", "dobj", 4), ("was", "be", "AUX", "ROOT", 9),
    ("false", "false", "ADJ", "acomp", 9), (".", ".", "PUNCT", "punct", 9),
]


def test_who_makes_a_claim_states_the_figure_its_clause_holds(lexicon: FrameLexicon) -> None:
    _, found = frame(CLAIMS, [(7, 8, "DATE"), (9, 11, "PERSON", "Michael Howard"),
                              (15, 18, "MONEY")], 2, lexicon)
    assert found.source == "Michael Howard"
    assert found.measure == "savings"


def test_a_relative_clause_on_a_noun_of_saying_is_no_claim(lexicon: FrameLexicon) -> None:
    # what the claim cost Howard is no figure he claims
    _, found = frame(COST_HIM, [(0, 1, "PERSON", "Howard"), (6, 9, "MONEY")], 1, lexicon)
    assert found.source is None
    assert found.measure == "cost"


# "Thieves stole £2m worth of jewellery." and "The Pentagon revoked $1bn worth of
# contracts." (BBC business/161), "worth" read as an adjective and as a noun
STOLE: list[Row] = [
    ("Thieves", "thief", "NOUN", "nsubj", 1), ("stole", "steal", "VERB", "ROOT", 1),
    ("£", "£", "SYM", "nmod", 3), ("2", "2", "NUM", "nummod", 4),
    ("m", "m", "NOUN", "dobj", 1), ("worth", "worth", "ADJ", "amod", 4),
    ("of", "of", "ADP", "prep", 5), ("jewellery", "jewellery", "NOUN", "pobj", 6),
    (".", ".", "PUNCT", "punct", 1),
]
REVOKED: list[Row] = [
    ("The", "the", "DET", "det", 1), ("Pentagon", "Pentagon", "PROPN", "nsubj", 2),
    ("revoked", "revoke", "VERB", "ROOT", 2), ("$", "$", "SYM", "nmod", 4),
    ("1bn", "1bn", "ADJ", "amod", 5), ("worth", "worth", "NOUN", "dobj", 2),
    ("of", "of", "ADP", "prep", 5), ("contracts", "contract", "NOUN", "pobj", 6),
    (".", ".", "PUNCT", "punct", 2),
]


@pytest.mark.parametrize(("rows", "figure", "measure"), [
    (STOLE, (2, 5), "jewellery"), (REVOKED, (3, 5), "contracts"),
], ids=["worth-adjective", "worth-noun"])
def test_worth_of_is_transparent(
    lexicon: FrameLexicon, rows: list[Row], figure: tuple[int, int], measure: str
) -> None:
    _, found = frame(rows, [(*figure, "MONEY")], 0, lexicon)
    assert found.measure == measure


# "The Saudi government forecast in September economic growth of 2.6% this year", as the
# parser reads it: "forecast" a noun heading the sentence.
FORECAST_NOUN_ROOT: list[Row] = [
    ("The", "the", "DET", "det", 3), ("Saudi", "saudi", "ADJ", "amod", 2),
    ("government", "government", "NOUN", "compound", 3),
    ("forecast", "forecast", "NOUN", "ROOT", 3), ("in", "in", "ADP", "prep", 3),
    ("September", "September", "PROPN", "nmod", 7), ("economic", "economic", "ADJ", "amod", 7),
    ("growth", "growth", "NOUN", "pobj", 4), ("of", "of", "ADP", "prep", 7),
    ("2.6", "2.6", "NUM", "nummod", 10), ("%", "%", "NOUN", "pobj", 8),
    ("this", "this", "DET", "det", 12), ("year", "year", "NOUN", "npadvmod", 10),
    (".", ".", "PUNCT", "punct", 3),
]
# "Its mid-year review forecasts growth of 6% in 2004, compared with 8.2% in 2003."
FORECASTS_COMPARED: list[Row] = [
    ("Its", "its", "PRON", "poss", 3), ("mid-year", "mid-year", "ADJ", "amod", 3),
    ("economic", "economic", "ADJ", "amod", 3), ("review", "review", "NOUN", "nsubj", 4),
    ("forecasts", "forecast", "NOUN", "ROOT", 4), ("growth", "growth", "NOUN", "dobj", 4),
    ("of", "of", "ADP", "prep", 5), ("6", "6", "NUM", "nummod", 8),
    ("%", "%", "NOUN", "pobj", 6), ("in", "in", "ADP", "prep", 5),
    ("2004", "2004", "NUM", "pobj", 9), (",", ",", "PUNCT", "punct", 4),
    ("compared", "compare", "VERB", "prep", 4), ("with", "with", "ADP", "prep", 12),
    ("8.2", "8.2", "NUM", "nummod", 15), ("%", "%", "NOUN", "pobj", 13),
    ("in", "in", "ADP", "prep", 15), ("2003", "2003", "NUM", "pobj", 16),
    (".", ".", "PUNCT", "punct", 4),
]


def test_a_forecast_noun_heading_the_sentence_is_its_verb(lexicon: FrameLexicon) -> None:
    """A sentence the parser heads with the cue noun is the cue's clause, whatever
    preposition the figure hangs on; but what it is compared with is no forecast."""
    _, found = frame(FORECAST_NOUN_ROOT, [(5, 6, "DATE"), (9, 11, "PERCENT"), (11, 13, "DATE")],
                     1, lexicon)
    assert found.cue == "projection"
    mentions = [(7, 9, "PERCENT"), (10, 11, "DATE"), (14, 16, "PERCENT"), (17, 18, "DATE")]
    _, forecast = frame(FORECASTS_COMPARED, mentions, 0, lexicon)
    _, compared = frame(FORECASTS_COMPARED, mentions, 2, lexicon)
    assert (forecast.cue, compared.cue) == ("projection", None)
