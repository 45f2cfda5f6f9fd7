"""What a figure's own clause says, and what the clauses around it do not: who expects a
figure is no measure, a date on another clause's noun is no period, a participle on the
measure gives the mood, a name written in apposition or an owner's pronoun holds it.

Hand-written parses, no model needed: (text, lemma, pos, dep, head) rows, heads relative to
the sentence, in the shape en_core_web_sm gives these sentences (written for these tests
after reports of a central bank, a carmaker, a budget and a bank's results).
"""

from __future__ import annotations

import pytest

from claimx.frame.reader import Frame, FrameLexicon, read_frame
from claimx.frame.syntax import Mention, Sentence, Tok
from tests.frame.conftest import Row, frame


def tagged_frame(
    rows: list[Row], mentions: list[tuple[int, int, str]], tags: dict[int, str],
    figure: int, lexicon: FrameLexicon, rules: dict[int, str] | None = None,
) -> Frame:
    """The frame of a parse whose tokens at ``tags`` have those fine-grained tags, and
    whose mentions at ``rules`` were made by those rules (a date's rule id)."""
    tokens = [Tok(100 + n, text, lemma, pos, dep, 100 + head, tag=tags.get(n, ""))
              for n, (text, lemma, pos, dep, head) in enumerate(rows)]
    sent = Sentence(tokens, [
        Mention(100 + a, 100 + b, label, rule=(rules or {}).get(k))
        for k, (a, b, label) in enumerate(mentions)
    ])
    return read_frame(sent, sent.mentions[figure], lexicon)


# 'Economists had been expecting a reading of 2.8%.'
EXPECTED: list[Row] = [
    ('Economists', 'economist', 'NOUN', 'nsubj', 3), ('had', 'have', 'AUX', 'aux', 3),
    ('been', 'be', 'AUX', 'aux', 3), ('expecting', 'expect', 'VERB', 'ROOT', 3),
    ('a', 'a', 'DET', 'det', 5), ('reading', 'reading', 'NOUN', 'dobj', 3),
    ('of', 'of', 'ADP', 'prep', 5), ('2.8', '2.8', 'NUM', 'nummod', 8),
    ('%', '%', 'NOUN', 'pobj', 6), ('.', '.', 'PUNCT', 'punct', 3),
]
EXPECTED_MENTIONS: list[tuple[int, int, str] | tuple[int, int, str, str]] = [(7, 9, 'PERCENT')]

# 'German prosecutors say that Volkswagen is responsible for the 2015 diesel scandal, a day
# after the company said it would accept a one-billion euro fine.'
FINE: list[Row] = [
    ('German', 'german', 'ADJ', 'amod', 1), ('prosecutors', 'prosecutor', 'NOUN', 'nsubj', 2),
    ('say', 'say', 'VERB', 'ROOT', 2), ('that', 'that', 'SCONJ', 'mark', 5),
    ('Volkswagen', 'Volkswagen', 'PROPN', 'nsubj', 5), ('is', 'be', 'AUX', 'ccomp', 2),
    ('responsible', 'responsible', 'ADJ', 'acomp', 5), ('for', 'for', 'ADP', 'prep', 6),
    ('the', 'the', 'DET', 'det', 11), ('2015', '2015', 'NUM', 'nummod', 11),
    ('diesel', 'diesel', 'NOUN', 'compound', 11), ('scandal', 'scandal', 'NOUN', 'pobj', 7),
    (',', ',', 'PUNCT', 'punct', 11), ('a', 'a', 'DET', 'det', 14),
    ('day', 'day', 'NOUN', 'npadvmod', 18), ('after', 'after', 'SCONJ', 'mark', 18),
    ('the', 'the', 'DET', 'det', 17), ('company', 'company', 'NOUN', 'nsubj', 18),
    ('said', 'say', 'VERB', 'advcl', 2), ('it', 'it', 'PRON', 'nsubj', 21),
    ('would', 'would', 'AUX', 'aux', 21), ('accept', 'accept', 'VERB', 'ccomp', 18),
    ('a', 'a', 'DET', 'det', 27), ('one', 'one', 'NUM', 'compound', 25),
    ('-', '-', 'PUNCT', 'punct', 25), ('billion', 'billion', 'NUM', 'nummod', 27),
    ('euro', 'euro', 'NOUN', 'compound', 27), ('fine', 'fine', 'NOUN', 'dobj', 21),
    ('.', '.', 'PUNCT', 'punct', 2),
]
FINE_MENTIONS: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
    (0, 1, 'NORP', 'German'),
    (4, 5, 'ORG', 'Volkswagen'),
    (9, 10, 'DATE', '2015'),
    (22, 27, 'MONEY'),
]

# 'The federal budget comes in with a projected deficit of $18.1 billion.'
PROJECTED: list[Row] = [
    ('The', 'the', 'DET', 'det', 2), ('federal', 'federal', 'ADJ', 'amod', 2),
    ('budget', 'budget', 'NOUN', 'nsubj', 3), ('comes', 'come', 'VERB', 'ROOT', 3),
    ('in', 'in', 'ADP', 'prt', 3), ('with', 'with', 'ADP', 'prep', 3), ('a', 'a', 'DET', 'det', 8),
    ('projected', 'project', 'VERB', 'amod', 8), ('deficit', 'deficit', 'NOUN', 'pobj', 5),
    ('of', 'of', 'ADP', 'prep', 8), ('$', '$', 'SYM', 'quantmod', 12),
    ('18.1', '18.1', 'NUM', 'compound', 12), ('billion', 'billion', 'NUM', 'pobj', 9),
    ('.', '.', 'PUNCT', 'punct', 3),
]
PROJECTED_MENTIONS: list[tuple[int, int, str] | tuple[int, int, str, str]] = [(10, 13, 'MONEY')]

# 'The responses of 250 potential jurors were made public.'
JURORS: list[Row] = [
    ('The', 'the', 'DET', 'det', 1), ('responses', 'response', 'NOUN', 'nsubjpass', 7),
    ('of', 'of', 'ADP', 'prep', 1), ('250', '250', 'NUM', 'nummod', 5),
    ('potential', 'potential', 'ADJ', 'amod', 5), ('jurors', 'juror', 'NOUN', 'pobj', 2),
    ('were', 'be', 'AUX', 'auxpass', 7), ('made', 'make', 'VERB', 'ROOT', 7),
    ('public', 'public', 'ADJ', 'oprd', 7), ('.', '.', 'PUNCT', 'punct', 7),
]
JURORS_MENTIONS: list[tuple[int, int, str] | tuple[int, int, str, str]] = [(3, 4, 'QUANTITY')]

# "Profit at Europe's largest bank, HSBC, was up 10% in the first half."
PROFIT_AT: list[Row] = [
    ('Profit', 'profit', 'NOUN', 'nsubj', 9), ('at', 'at', 'ADP', 'prep', 0),
    ('Europe', 'Europe', 'PROPN', 'poss', 5), ("'s", "'s", 'PART', 'case', 2),
    ('largest', 'large', 'ADJ', 'amod', 5), ('bank', 'bank', 'NOUN', 'pobj', 1),
    (',', ',', 'PUNCT', 'punct', 0), ('HSBC', 'HSBC', 'PROPN', 'appos', 0),
    (',', ',', 'PUNCT', 'punct', 9), ('was', 'be', 'AUX', 'ROOT', 9),
    ('up', 'up', 'ADV', 'advmod', 9), ('10', '10', 'NUM', 'nummod', 12),
    ('%', '%', 'NOUN', 'npadvmod', 10), ('in', 'in', 'ADP', 'prep', 10),
    ('the', 'the', 'DET', 'det', 16), ('first', 'first', 'ADJ', 'amod', 16),
    ('half', 'half', 'NOUN', 'pobj', 13), ('.', '.', 'PUNCT', 'punct', 9),
]
PROFIT_AT_MENTIONS: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
    (2, 3, 'LOC', 'Europe'),
    (7, 8, 'ORG', 'HSBC'),
    (11, 13, 'PERCENT'),
    (14, 17, 'DATE', 'the first half'),
]

# 'The lender also announced the sale of its Brazil unit to Banco Bradesco for $5.2bn.'
SALE_OF_UNIT: list[Row] = [
    ('The', 'the', 'DET', 'det', 1), ('lender', 'lender', 'NOUN', 'nsubj', 3),
    ('also', 'also', 'ADV', 'advmod', 3), ('announced', 'announce', 'VERB', 'ROOT', 3),
    ('the', 'the', 'DET', 'det', 5), ('sale', 'sale', 'NOUN', 'dobj', 3),
    ('of', 'of', 'ADP', 'prep', 5), ('its', 'its', 'PRON', 'poss', 9),
    ('Brazil', 'Brazil', 'PROPN', 'compound', 9), ('unit', 'unit', 'NOUN', 'pobj', 6),
    ('to', 'to', 'ADP', 'prep', 5), ('Banco', 'Banco', 'PROPN', 'compound', 12),
    ('Bradesco', 'Bradesco', 'PROPN', 'pobj', 10), ('for', 'for', 'ADP', 'prep', 5),
    ('$', '$', 'SYM', 'nmod', 15), ('5.2bn', '5.2bn', 'NUM', 'pobj', 13),
    ('.', '.', 'PUNCT', 'punct', 3),
]
SALE_OF_UNIT_MENTIONS: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
    (8, 9, 'GPE', 'Brazil'),
    (11, 13, 'ORG', 'Banco Bradesco'),
    (14, 16, 'MONEY'),
]

# 'The surplus widened to EUR30.9 billion, the largest since records began in 1999.'
SURPLUS: list[Row] = [
    ('The', 'the', 'DET', 'det', 1), ('surplus', 'surplus', 'NOUN', 'nsubj', 2),
    ('widened', 'widen', 'VERB', 'ROOT', 2), ('to', 'to', 'PART', 'prep', 2),
    ('EUR30.9', 'eur30.9', 'VERB', 'compound', 5), ('billion', 'billion', 'NUM', 'pobj', 3),
    (',', ',', 'PUNCT', 'punct', 5), ('the', 'the', 'DET', 'det', 8),
    ('largest', 'large', 'ADJ', 'dobj', 2), ('since', 'since', 'SCONJ', 'mark', 11),
    ('records', 'record', 'NOUN', 'nsubj', 11), ('began', 'begin', 'VERB', 'advcl', 8),
    ('in', 'in', 'ADP', 'prep', 11), ('1999', '1999', 'NUM', 'pobj', 12),
    ('.', '.', 'PUNCT', 'punct', 2),
]
SURPLUS_MENTIONS: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
    (4, 6, 'MONEY'),
    (13, 14, 'DATE', '1999'),
]

# 'Toyota Motor Corp forecast today a 20 per cent fall in operating profit this year.'
FORECAST: list[Row] = [
    ('Toyota', 'Toyota', 'PROPN', 'compound', 2), ('Motor', 'Motor', 'PROPN', 'compound', 2),
    ('Corp', 'Corp', 'PROPN', 'compound', 3), ('forecast', 'forecast', 'NOUN', 'nsubj', 9),
    ('today', 'today', 'NOUN', 'npadvmod', 3), ('a', 'a', 'DET', 'det', 9),
    ('20', '20', 'NUM', 'nummod', 8), ('per', 'per', 'NOUN', 'compound', 8),
    ('cent', 'cent', 'NOUN', 'compound', 9), ('fall', 'fall', 'NOUN', 'ROOT', 9),
    ('in', 'in', 'ADP', 'prep', 9), ('operating', 'operating', 'NOUN', 'compound', 12),
    ('profit', 'profit', 'NOUN', 'pobj', 10), ('this', 'this', 'DET', 'det', 14),
    ('year', 'year', 'NOUN', 'npadvmod', 9), ('.', '.', 'PUNCT', 'punct', 9),
]
FORECAST_MENTIONS: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
    (0, 3, 'ORG', 'Toyota Motor Corp'),
    (4, 5, 'DATE', 'today'),
    (6, 9, 'PERCENT'),
    (13, 15, 'DATE', 'this year'),
]

# 'Some 8% of the population described themselves as coming from a minority in the 2001 Census.'
CENSUS: list[Row] = [
    ('Some', 'some', 'DET', 'quantmod', 1), ('8', '8', 'NUM', 'nummod', 2),
    ('%', '%', 'NOUN', 'nsubj', 6), ('of', 'of', 'ADP', 'prep', 2),
    ('the', 'the', 'DET', 'det', 5), ('population', 'population', 'NOUN', 'pobj', 3),
    ('described', 'describe', 'VERB', 'ROOT', 6), ('themselves', 'themselves', 'PRON', 'dobj', 6),
    ('as', 'as', 'ADP', 'prep', 6), ('coming', 'come', 'VERB', 'pcomp', 8),
    ('from', 'from', 'ADP', 'prep', 9), ('a', 'a', 'DET', 'det', 12),
    ('minority', 'minority', 'NOUN', 'pobj', 10), ('in', 'in', 'ADP', 'prep', 9),
    ('the', 'the', 'DET', 'det', 16), ('2001', '2001', 'NUM', 'nummod', 16),
    ('Census', 'Census', 'PROPN', 'pobj', 13), ('.', '.', 'PUNCT', 'punct', 6),
]
CENSUS_MENTIONS: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
    (0, 3, 'PERCENT'),
    (15, 16, 'DATE', '2001'),
]


def test_who_expects_a_figure_is_not_what_it_measures(lexicon: FrameLexicon) -> None:
    _, found = frame(EXPECTED, EXPECTED_MENTIONS, 0, lexicon)
    assert found.measure is None
    assert found.refers_back  # "a reading": of the measure named before
    assert found.cue == "projection"


def test_a_date_on_a_noun_of_another_clause_is_not_the_figures(lexicon: FrameLexicon) -> None:
    sent, found = frame(FINE, FINE_MENTIONS, 3, lexicon)
    assert sent.mentions[3].label == "MONEY"
    assert found.time is None  # 2015 is the scandal's


def test_a_date_inside_the_figures_own_clause_stays(lexicon: FrameLexicon) -> None:
    sent, found = frame(CENSUS, CENSUS_MENTIONS, 0, lexicon)
    assert found.time is not None
    assert sent[found.time.start].text == "2001"


def test_a_participle_of_projection_on_the_measure_is_its_mood(lexicon: FrameLexicon) -> None:
    _, found = frame(PROJECTED, PROJECTED_MENTIONS, 0, lexicon)
    assert (found.measure, found.cue) == ("deficit", "projection")


def test_a_counted_noun_that_may_be_is_still_counted(lexicon: FrameLexicon) -> None:
    _, found = frame(JURORS, JURORS_MENTIONS, 0, lexicon)
    assert found.cue is None  # 250 potential jurors are 250 people
    assert found.measure == "potential jurors"


def test_a_verb_of_projection_parsed_as_a_noun_still_projects(lexicon: FrameLexicon) -> None:
    _, found = frame(FORECAST, FORECAST_MENTIONS, 2, lexicon)
    assert found.cue == "projection"


def test_a_name_written_in_apposition_after_a_description_holds_it(
    lexicon: FrameLexicon,
) -> None:
    _, found = frame(PROFIT_AT, PROFIT_AT_MENTIONS, 2, lexicon)
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == "HSBC"  # not Europe, whose largest bank it is


def test_an_owners_pronoun_holds_its_unit_not_the_units_place(lexicon: FrameLexicon) -> None:
    _, found = frame(SALE_OF_UNIT, SALE_OF_UNIT_MENTIONS, 2, lexicon)
    assert found.holder is not None and found.holder.mention is None
    # "its" takes up the clause's subject, "the lender", for the document to resolve
    assert (found.holder.reference, found.holder.wants) == ("lender", "ORG")


def test_a_date_in_a_clause_since_a_point_is_no_period(lexicon: FrameLexicon) -> None:
    _, found = frame(SURPLUS, SURPLUS_MENTIONS, 0, lexicon)
    assert found.time is None


# 'The government is projecting an $18.1 billion deficit in 2018-19, dropping to $17.5 billion
# in 2019-20.'
DROPPING: list[Row] = [
    ('The', 'the', 'DET', 'det', 1), ('government', 'government', 'NOUN', 'nsubj', 3),
    ('is', 'be', 'AUX', 'aux', 3), ('projecting', 'project', 'VERB', 'ROOT', 3),
    ('an', 'an', 'DET', 'det', 8), ('$', '$', 'SYM', 'quantmod', 7),
    ('18.1', '18.1', 'NUM', 'compound', 7), ('billion', 'billion', 'NUM', 'nummod', 8),
    ('deficit', 'deficit', 'NOUN', 'dobj', 3), ('in', 'in', 'ADP', 'prep', 8),
    ('2018', '2018', 'NUM', 'pobj', 9), ('-', '-', 'SYM', 'punct', 12),
    ('19', '19', 'NUM', 'prep', 10), (',', ',', 'PUNCT', 'punct', 3),
    ('dropping', 'drop', 'VERB', 'advcl', 3), ('to', 'to', 'ADP', 'prep', 14),
    ('$', '$', 'SYM', 'quantmod', 18), ('17.5', '17.5', 'NUM', 'compound', 18),
    ('billion', 'billion', 'NUM', 'pobj', 15), ('in', 'in', 'ADP', 'prep', 14),
    ('2019', '2019', 'NUM', 'pobj', 19), ('-', '-', 'SYM', 'punct', 22),
    ('20', '20', 'NUM', 'prep', 20), ('.', '.', 'PUNCT', 'punct', 3),
]
DROPPING_MENTIONS = [(5, 8, 'MONEY'), (10, 13, 'DATE'), (16, 19, 'MONEY'), (20, 23, 'DATE')]


def test_a_participle_of_change_changes_the_object_before_it(lexicon: FrameLexicon) -> None:
    found = tagged_frame(DROPPING, DROPPING_MENTIONS, {14: "VBG"}, 2, lexicon)
    assert (found.measure, found.facet) == ("deficit", "new_level")
    untagged = tagged_frame(DROPPING, DROPPING_MENTIONS, {}, 2, lexicon)
    assert untagged.measure is None  # without the participle's tag, no such reading


# 'Toyota expects operating profit of 1.6 trillion yen, less than the 1.99 trillion yen profit
# posted in the year just ended.'
POSTED: list[Row] = [
    ('Toyota', 'Toyota', 'PROPN', 'nsubj', 1), ('expects', 'expect', 'VERB', 'ROOT', 1),
    ('operating', 'operating', 'NOUN', 'compound', 3), ('profit', 'profit', 'NOUN', 'nsubj', 21),
    ('of', 'of', 'ADP', 'prep', 3), ('1.6', '1.6', 'NUM', 'compound', 6),
    ('trillion', 'trillion', 'NUM', 'nummod', 7), ('yen', 'yen', 'NOUN', 'pobj', 4),
    (',', ',', 'PUNCT', 'punct', 7), ('less', 'less', 'ADJ', 'amod', 7),
    ('than', 'than', 'ADP', 'prep', 9), ('the', 'the', 'DET', 'det', 15),
    ('1.99', '1.99', 'NUM', 'compound', 13), ('trillion', 'trillion', 'NUM', 'nummod', 15),
    ('yen', 'yen', 'NOUN', 'compound', 15), ('profit', 'profit', 'NOUN', 'pobj', 10),
    ('posted', 'post', 'VERB', 'acl', 15), ('in', 'in', 'ADP', 'prep', 16),
    ('the', 'the', 'DET', 'det', 19), ('year', 'year', 'NOUN', 'pobj', 17),
    ('just', 'just', 'ADV', 'advmod', 21), ('ended', 'end', 'VERB', 'ccomp', 1),
    ('.', '.', 'PUNCT', 'punct', 1),
]
POSTED_MENTIONS = [(0, 1, 'ORG'), (5, 8, 'MONEY'), (12, 15, 'MONEY')]


def test_a_noun_with_a_past_participle_of_its_own_is_a_fact(lexicon: FrameLexicon) -> None:
    posted = tagged_frame(POSTED, POSTED_MENTIONS, {16: "VBN"}, 2, lexicon)
    assert posted.cue is None  # the profit posted, not one Toyota expects
    expected = tagged_frame(POSTED, POSTED_MENTIONS, {16: "VBN"}, 1, lexicon)
    assert expected.cue == "projection"


# 'Time Warner now owns 8% of Google.'
OWNS: list[Row] = [
    ('Time', 'Time', 'PROPN', 'compound', 1), ('Warner', 'Warner', 'PROPN', 'nsubj', 3),
    ('now', 'now', 'ADV', 'advmod', 3), ('owns', 'own', 'VERB', 'ROOT', 3),
    ('8', '8', 'NUM', 'nummod', 5), ('%', '%', 'NOUN', 'dobj', 3),
    ('of', 'of', 'ADP', 'prep', 5), ('Google', 'Google', 'PROPN', 'pobj', 6),
    ('.', '.', 'PUNCT', 'punct', 3),
]
OWNS_MENTIONS: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
    (0, 2, 'ORG', 'Time Warner'), (4, 6, 'PERCENT'), (7, 8, 'ORG', 'Google'),
]
# 'Banks will be able to sell up to 49% of their banking units.'
SELL: list[Row] = [
    ('Banks', 'bank', 'NOUN', 'nsubj', 2), ('will', 'will', 'AUX', 'aux', 2),
    ('be', 'be', 'AUX', 'ROOT', 2), ('able', 'able', 'ADJ', 'acomp', 2),
    ('to', 'to', 'PART', 'aux', 5), ('sell', 'sell', 'VERB', 'xcomp', 3),
    ('up', 'up', 'ADP', 'quantmod', 8), ('to', 'to', 'PART', 'quantmod', 8),
    ('49', '49', 'NUM', 'nummod', 9), ('%', '%', 'NOUN', 'dobj', 5),
    ('of', 'of', 'ADP', 'prep', 9), ('their', 'their', 'PRON', 'poss', 13),
    ('banking', 'banking', 'NOUN', 'compound', 13), ('units', 'unit', 'NOUN', 'pobj', 10),
    ('.', '.', 'PUNCT', 'punct', 2),
]


def test_a_percentage_owned_of_a_name_is_the_owners_stake_in_it(lexicon: FrameLexicon) -> None:
    _, found = frame(OWNS, OWNS_MENTIONS, 1, lexicon)
    assert (found.measure, found.metric_form, found.facet) == (
        "stake in Google", "stake in Google", "share")
    assert found.holder is not None and found.holder.mention is not None
    assert found.holder.mention.name == "Time Warner"  # the owner, not what is owned


def test_a_stake_is_in_a_name_whatever_the_model_tagged_it(lexicon: FrameLexicon) -> None:
    mentions = [*OWNS_MENTIONS[:2], (7, 8, 'PERSON', 'Google')]
    _, found = frame(OWNS, mentions, 1, lexicon)
    assert found.measure == "stake in Google"


def test_a_part_of_what_is_no_name_stays_a_share_of_it(lexicon: FrameLexicon) -> None:
    _, found = frame(SELL, [(6, 10, 'PERCENT')], 0, lexicon)
    assert found.measure == "banking units"


# "Mr Glazer's offer values Manchester United at £800m."
VALUES: list[Row] = [
    ('Mr', 'Mr', 'PROPN', 'compound', 1), ('Glazer', 'Glazer', 'PROPN', 'poss', 3),
    ("'s", "'s", 'PART', 'case', 1), ('offer', 'offer', 'NOUN', 'nsubj', 4),
    ('values', 'value', 'VERB', 'ROOT', 4), ('Manchester', 'Manchester', 'PROPN', 'compound', 6),
    ('United', 'United', 'PROPN', 'dobj', 4), ('at', 'at', 'ADP', 'prep', 4),
    ('£', '£', 'SYM', 'nmod', 9), ('800', '800', 'NUM', 'nummod', 10),
    ('m.', 'm.', 'NOUN', 'pobj', 7),
]
# 'Manchester United is valued at £800m.'
VALUED: list[Row] = [
    ('Manchester', 'Manchester', 'PROPN', 'compound', 1),
    ('United', 'United', 'PROPN', 'nsubjpass', 3), ('is', 'be', 'AUX', 'auxpass', 3),
    ('valued', 'value', 'VERB', 'ROOT', 3), ('at', 'at', 'ADP', 'prep', 3),
    ('£', '£', 'SYM', 'nmod', 6), ('800', '800', 'NUM', 'nummod', 7),
    ('m.', 'm.', 'NOUN', 'pobj', 4),
]


def test_an_amount_a_named_thing_is_valued_at_is_its_value(lexicon: FrameLexicon) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (1, 2, 'PERSON', 'Glazer'), (5, 7, 'PERSON', 'Manchester United'), (8, 11, 'MONEY')]
    _, offer = frame(VALUES, mentions, 2, lexicon)
    assert (offer.measure, offer.metric_form) == ("valuation", "valuation")
    # the club's value, never the bidder's
    assert offer.holder is not None and offer.holder.mention is not None
    assert offer.holder.mention.name == "Manchester United"
    _, passive = frame(VALUED, [(0, 2, 'ORG', 'Manchester United'), (5, 8, 'MONEY')], 1, lexicon)
    assert passive.measure == "valuation"
    assert passive.holder is not None and passive.holder.mention is not None
    assert passive.holder.mention.name == "Manchester United"


# 'There were record contractions of 12.3 percent in the industrial sector and 9.7 percent
# in the services sector.'
CONTRACTIONS: list[Row] = [
    ('There', 'there', 'PRON', 'expl', 1), ('were', 'be', 'VERB', 'ROOT', 1),
    ('record', 'record', 'ADJ', 'amod', 3), ('contractions', 'contraction', 'NOUN', 'attr', 1),
    ('of', 'of', 'ADP', 'prep', 3), ('12.3', '12.3', 'NUM', 'nummod', 6),
    ('percent', 'percent', 'NOUN', 'pobj', 4), ('in', 'in', 'ADP', 'prep', 6),
    ('the', 'the', 'DET', 'det', 10), ('industrial', 'industrial', 'ADJ', 'amod', 10),
    ('sector', 'sector', 'NOUN', 'pobj', 7), ('and', 'and', 'CCONJ', 'cc', 3),
    ('9.7', '9.7', 'NUM', 'nummod', 13), ('percent', 'percent', 'NOUN', 'conj', 3),
    ('in', 'in', 'ADP', 'prep', 13), ('the', 'the', 'DET', 'det', 17),
    ('services', 'service', 'NOUN', 'compound', 17), ('sector', 'sector', 'NOUN', 'pobj', 14),
    ('.', '.', 'PUNCT', 'punct', 1),
]


def test_a_figure_joined_to_the_change_noun_of_another_is_that_change_too(
    lexicon: FrameLexicon,
) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (5, 7, 'PERCENT'), (12, 14, 'PERCENT')]
    _, first = frame(CONTRACTIONS, mentions, 0, lexicon)
    _, second = frame(CONTRACTIONS, mentions, 1, lexicon)
    assert (first.facet, first.direction) == (second.facet, second.direction) == (
        "change", "down")
    assert (first.measure, second.measure) == ("industrial sector", "services sector")


# 'The contract with the Powys health board was worth £7m a year for the hospital.'
WORTH: list[Row] = [
    ('The', 'the', 'DET', 'det', 1), ('contract', 'contract', 'NOUN', 'nsubj', 7),
    ('with', 'with', 'ADP', 'prep', 1), ('the', 'the', 'DET', 'det', 6),
    ('Powys', 'Powys', 'PROPN', 'compound', 6), ('health', 'health', 'NOUN', 'compound', 6),
    ('board', 'board', 'NOUN', 'pobj', 2), ('was', 'be', 'AUX', 'ROOT', 7),
    ('worth', 'worth', 'ADJ', 'acomp', 7), ('£', '£', 'SYM', 'nmod', 10),
    ('7', '7', 'NUM', 'nummod', 11), ('m', 'm', 'NUM', 'npadvmod', 8),
    ('a', 'a', 'DET', 'det', 13), ('year', 'year', 'NOUN', 'npadvmod', 11),
    ('for', 'for', 'ADP', 'prep', 8), ('the', 'the', 'DET', 'det', 16),
    ('hospital', 'hospital', 'NOUN', 'pobj', 14), ('.', '.', 'PUNCT', 'punct', 7),
]
# 'Umbro signed a £7m contract with Rangers.'
SIGNED: list[Row] = [
    ('Umbro', 'Umbro', 'PROPN', 'nsubj', 1), ('signed', 'sign', 'VERB', 'ROOT', 1),
    ('a', 'a', 'DET', 'det', 6), ('£', '£', 'SYM', 'nmod', 5),
    ('7', '7', 'NUM', 'nummod', 5), ('m', 'm', 'NUM', 'nummod', 6),
    ('contract', 'contract', 'NOUN', 'dobj', 1), ('with', 'with', 'ADP', 'prep', 6),
    ('Rangers', 'Rangers', 'PROPN', 'pobj', 7), ('.', '.', 'PUNCT', 'punct', 1),
]
# 'The economy contracted 0.3%.'
CONTRACTED: list[Row] = [
    ('The', 'the', 'DET', 'det', 1), ('economy', 'economy', 'NOUN', 'nsubj', 2),
    ('contracted', 'contract', 'VERB', 'ROOT', 2), ('0.3', '0.3', 'NUM', 'nummod', 4),
    ('%', '%', 'NOUN', 'npadvmod', 2), ('.', '.', 'PUNCT', 'punct', 2),
]


# 'Google is worth $20bn.'
GOOGLE: list[Row] = [
    ('Google', 'Google', 'PROPN', 'nsubj', 1), ('is', 'be', 'AUX', 'ROOT', 1),
    ('worth', 'worth', 'ADJ', 'acomp', 1), ('$', '$', 'SYM', 'nmod', 4),
    ('20bn', '20bn', 'NOUN', 'npadvmod', 2), ('.', '.', 'PUNCT', 'punct', 1),
]


def test_what_a_copulas_subject_is_worth_is_measured_by_it(lexicon: FrameLexicon) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (4, 5, 'PERSON', 'Powys'), (9, 14, 'MONEY')]
    _, worth = frame(WORTH, mentions, 1, lexicon)
    assert worth.measure == "contract"
    # a contract is an agreement: the noun gives no fall
    assert (worth.facet, worth.direction) == ("level", None)
    # what a holder is worth is its valuation, held by it
    _, google = frame(GOOGLE, [(0, 1, 'ORG', 'Google'), (3, 5, 'MONEY')], 1, lexicon)
    assert (google.measure, google.metric_form) == ("valuation", "valuation")
    assert google.holder is not None and google.holder.mention is not None
    assert google.holder.mention.name == "Google"


# 'A union have agreed to a new contract that cuts pay by nearly 10%.'
CUTS_PAY: list[Row] = [
    ('A', 'a', 'DET', 'det', 1), ('union', 'union', 'NOUN', 'nsubj', 3),
    ('have', 'have', 'AUX', 'aux', 3), ('agreed', 'agree', 'VERB', 'ROOT', 3),
    ('to', 'to', 'ADP', 'prep', 3), ('a', 'a', 'DET', 'det', 7),
    ('new', 'new', 'ADJ', 'amod', 7), ('contract', 'contract', 'NOUN', 'pobj', 4),
    ('that', 'that', 'PRON', 'nsubj', 9), ('cuts', 'cut', 'VERB', 'relcl', 7),
    ('pay', 'pay', 'VERB', 'dobj', 9), ('by', 'by', 'ADP', 'prep', 9),
    ('nearly', 'nearly', 'ADV', 'advmod', 13), ('10', '10', 'NUM', 'nummod', 14),
    ('%', '%', 'NOUN', 'pobj', 11), ('.', '.', 'PUNCT', 'punct', 3),
]


def test_a_noun_the_parser_tagged_a_verb_is_still_what_changes(lexicon: FrameLexicon) -> None:
    _, cut = frame(CUTS_PAY, [(12, 15, 'PERCENT')], 0, lexicon)
    assert (cut.measure, cut.facet, cut.direction) == ("pay", "change", "down")


def test_a_noun_with_another_sense_is_no_change_while_its_verb_is(
    lexicon: FrameLexicon,
) -> None:
    _, signed = frame(SIGNED, [(0, 1, 'ORG', 'Umbro'), (3, 6, 'MONEY'), (8, 9, 'ORG')],
                      1, lexicon)
    assert (signed.measure, signed.facet, signed.direction) == ("contract", "level", None)
    _, contracted = frame(CONTRACTED, [(3, 5, 'PERCENT')], 0, lexicon)
    assert (contracted.facet, contracted.direction) == ("change", "down")


# 'Sales rose 3%, with revenue up 21 per cent to $43.64 billion.'
WITH_REVENUE: list[Row] = [
    ('Sales', 'sale', 'NOUN', 'nsubj', 1), ('rose', 'rise', 'VERB', 'ROOT', 1),
    ('3', '3', 'NUM', 'nummod', 3), ('%', '%', 'NOUN', 'npadvmod', 1),
    (',', ',', 'PUNCT', 'punct', 1), ('with', 'with', 'ADP', 'prep', 1),
    ('revenue', 'revenue', 'NOUN', 'nsubj', 7), ('up', 'up', 'ADP', 'pcomp', 5),
    ('21', '21', 'NUM', 'nummod', 10), ('per', 'per', 'NOUN', 'nmod', 10),
    ('cent', 'cent', 'NOUN', 'npadvmod', 7), ('to', 'to', 'ADP', 'prep', 7),
    ('$', '$', 'SYM', 'quantmod', 14), ('43.64', '43.64', 'NUM', 'compound', 14),
    ('billion', 'billion', 'NUM', 'pobj', 11), ('.', '.', 'PUNCT', 'punct', 1),
]


def test_a_comparatives_own_subject_is_what_changed(lexicon: FrameLexicon) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (2, 4, 'PERCENT'), (8, 11, 'PERCENT'), (12, 15, 'MONEY')]
    _, sales = frame(WITH_REVENUE, mentions, 0, lexicon)
    _, change = frame(WITH_REVENUE, mentions, 1, lexicon)
    _, level = frame(WITH_REVENUE, mentions, 2, lexicon)
    assert (sales.measure, sales.facet) == ("Sales", "change")
    assert (change.measure, change.facet, change.direction) == ("revenue", "change", "up")
    assert (level.measure, level.facet) == ("revenue", "new_level")


# 'Profit rose 22% to $9.8bn, with underlying earnings per share up 21% to 769.6p.'
WITH_EPS: list[Row] = [
    ('Profit', 'profit', 'NOUN', 'nsubj', 1), ('rose', 'rise', 'VERB', 'ROOT', 1),
    ('22', '22', 'NUM', 'nummod', 3), ('%', '%', 'NOUN', 'npadvmod', 1),
    ('to', 'to', 'ADP', 'prep', 1), ('$', '$', 'SYM', 'nmod', 6),
    ('9.8bn', '9.8bn', 'PROPN', 'pobj', 4), (',', ',', 'PUNCT', 'punct', 1),
    ('with', 'with', 'ADP', 'prep', 1), ('underlying', 'underlying', 'ADJ', 'amod', 10),
    ('earnings', 'earning', 'NOUN', 'pobj', 8), ('per', 'per', 'ADP', 'prep', 10),
    ('share', 'share', 'NOUN', 'pobj', 11), ('up', 'up', 'ADV', 'advmod', 10),
    ('21', '21', 'NUM', 'nummod', 15), ('%', '%', 'NOUN', 'npadvmod', 13),
    ('to', 'to', 'ADP', 'prep', 13), ('769.6p', '769.6p', 'NUM', 'pobj', 16),
    ('.', '.', 'PUNCT', 'punct', 1),
]


def test_the_object_of_with_that_a_comparative_qualifies_is_what_changed(
    lexicon: FrameLexicon,
) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (2, 4, 'PERCENT'), (5, 7, 'MONEY'), (14, 16, 'PERCENT'), (17, 18, 'MONEY')]
    _, change = frame(WITH_EPS, mentions, 2, lexicon)
    _, level = frame(WITH_EPS, mentions, 3, lexicon)
    # the percentage's measure keeps the unit it is counted per; the amount's is its own
    # rate (value.per)
    assert (change.measure, change.facet, change.direction) == (
        "underlying earnings per share", "change", "up")
    assert (level.measure, level.facet) == ("underlying earnings", "new_level")


# "Canada's employment rises 37k in Jan, unemployment down to 4.7%" (a headline; the parser
# made "unemployment" an apposition of "Jan")
AFTER_A_COMMA: list[Row] = [
    ('Canada', 'Canada', 'PROPN', 'poss', 2), ("'s", "'s", 'PART', 'case', 0),
    ('employment', 'employment', 'NOUN', 'nsubj', 3), ('rises', 'rise', 'VERB', 'ROOT', 3),
    ('37k', '37k', 'NOUN', 'dobj', 3), ('in', 'in', 'ADP', 'prep', 3),
    ('Jan', 'Jan', 'PROPN', 'pobj', 5), (',', ',', 'PUNCT', 'punct', 6),
    ('unemployment', 'unemployment', 'NOUN', 'appos', 6), ('down', 'down', 'ADP', 'advmod', 8),
    ('to', 'to', 'ADP', 'prep', 9), ('4.7', '4.7', 'NUM', 'nummod', 12),
    ('%', '%', 'NOUN', 'pobj', 10),
]


def test_a_comparative_on_a_noun_after_a_comma_is_that_nouns_change(
    lexicon: FrameLexicon,
) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [(11, 13, 'PERCENT')]
    _, level = frame(AFTER_A_COMMA, mentions, 0, lexicon)
    assert (level.measure, level.facet) == ("unemployment", "new_level")


# "It had wanted to help fund Gazprom's plans for a $10bn bid for Yukos unit
# Yuganskneftegas."
PLANS: list[Row] = [
    ('It', 'it', 'PRON', 'nsubj', 2), ('had', 'have', 'AUX', 'aux', 2),
    ('wanted', 'want', 'VERB', 'ROOT', 2), ('to', 'to', 'PART', 'aux', 4),
    ('help', 'help', 'VERB', 'xcomp', 2), ('fund', 'fund', 'VERB', 'xcomp', 4),
    ('Gazprom', 'Gazprom', 'PROPN', 'poss', 8), ("'s", "'s", 'PART', 'case', 6),
    ('plans', 'plan', 'NOUN', 'dobj', 5), ('for', 'for', 'ADP', 'prep', 8),
    ('a', 'a', 'DET', 'det', 13), ('$', '$', 'SYM', 'nmod', 12),
    ('10bn', '10bn', 'NOUN', 'compound', 13), ('bid', 'bid', 'NOUN', 'pobj', 9),
    ('for', 'for', 'ADP', 'prep', 13), ('Yukos', 'Yukos', 'PROPN', 'compound', 16),
    ('unit', 'unit', 'NOUN', 'pobj', 14),
    ('Yuganskneftegas', 'Yuganskneftegas', 'PROPN', 'appos', 16), ('.', '.', 'PUNCT', 'punct', 2),
]


def test_a_bid_in_a_names_plans_is_that_names(lexicon: FrameLexicon) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (6, 8, 'ORG', 'Gazprom'), (11, 13, 'MONEY'), (15, 16, 'ORG', 'Yukos'),
        (17, 18, 'PERSON', 'Yuganskneftegas')]
    _, bid = frame(PLANS, mentions, 1, lexicon)
    # the bidder's, never what is bought
    assert bid.holder is not None and bid.holder.mention is not None
    assert bid.holder.mention.name == "Gazprom"


# 'In July, production and sales of cars amounted to 2.591 million units and 2.593 million
# units, increasing by 13.3 percent and 14.7 percent.'
RESPECTIVELY: list[Row] = [
    ('In', 'in', 'ADP', 'prep', 8), ('July', 'July', 'PROPN', 'pobj', 0),
    (',', ',', 'PUNCT', 'punct', 8), ('production', 'production', 'NOUN', 'nsubj', 8),
    ('and', 'and', 'CCONJ', 'cc', 3), ('sales', 'sale', 'NOUN', 'conj', 3),
    ('of', 'of', 'ADP', 'prep', 3), ('cars', 'car', 'NOUN', 'pobj', 6),
    ('amounted', 'amount', 'VERB', 'ROOT', 8), ('to', 'to', 'ADP', 'prep', 8),
    ('2.591', '2.591', 'NUM', 'compound', 11), ('million', 'million', 'NUM', 'nummod', 12),
    ('units', 'unit', 'NOUN', 'pobj', 9), ('and', 'and', 'CCONJ', 'cc', 12),
    ('2.593', '2.593', 'NUM', 'compound', 15), ('million', 'million', 'NUM', 'nummod', 16),
    ('units', 'unit', 'NOUN', 'conj', 12), (',', ',', 'PUNCT', 'punct', 8),
    ('increasing', 'increase', 'VERB', 'advcl', 8), ('by', 'by', 'ADP', 'prep', 18),
    ('13.3', '13.3', 'NUM', 'nummod', 21), ('percent', 'percent', 'NOUN', 'pobj', 19),
    ('and', 'and', 'CCONJ', 'cc', 21), ('14.7', '14.7', 'NUM', 'nummod', 24),
    ('percent', 'percent', 'NOUN', 'conj', 21), ('.', '.', 'PUNCT', 'punct', 8),
]
RESPECTIVELY_MENTIONS: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
    (1, 2, 'DATE'), (10, 12, 'QUANTITY'), (14, 16, 'QUANTITY'), (20, 22, 'PERCENT'),
    (23, 25, 'PERCENT')]
# 'Vendors shipped 337.2 million units in the quarter.'
SHIPPED: list[Row] = [
    ('Vendors', 'vendor', 'NOUN', 'nsubj', 1), ('shipped', 'ship', 'VERB', 'ROOT', 1),
    ('337.2', '337.2', 'NUM', 'compound', 3), ('million', 'million', 'NUM', 'nummod', 4),
    ('units', 'unit', 'NOUN', 'dobj', 1), ('in', 'in', 'ADP', 'prep', 1),
    ('the', 'the', 'DET', 'det', 7), ('quarter', 'quarter', 'NOUN', 'pobj', 5),
    ('.', '.', 'PUNCT', 'punct', 1),
]


def test_coordinated_figures_measure_the_coordinated_nouns_in_order(
    lexicon: FrameLexicon,
) -> None:
    frames = [frame(RESPECTIVELY, RESPECTIVELY_MENTIONS, k, lexicon)[1] for k in (1, 2, 3, 4)]
    assert [f.measure for f in frames] == [
        "production of cars", "sales", "production of cars", "sales"]
    # the opening date is every figure's, the second of a pair too
    assert all(f.time is not None for f in frames)


def test_a_count_of_units_measures_what_its_verb_makes_of_them(lexicon: FrameLexicon) -> None:
    _, shipped = frame(SHIPPED, [(2, 4, 'QUANTITY')], 0, lexicon)
    assert (shipped.measure, shipped.metric_form) == ("shipments", "shipments")


# 'He put it up on the net and now dozens of coders and audio junkies are refining it.'
DOZENS: list[Row] = [
    ('He', 'he', 'PRON', 'nsubj', 1), ('put', 'put', 'VERB', 'ROOT', 1),
    ('it', 'it', 'PRON', 'dobj', 1), ('up', 'up', 'ADP', 'prt', 1),
    ('on', 'on', 'ADP', 'prep', 1), ('the', 'the', 'DET', 'det', 6),
    ('net', 'net', 'NOUN', 'pobj', 4), ('and', 'and', 'CCONJ', 'cc', 6),
    ('now', 'now', 'ADV', 'advmod', 9), ('dozens', 'dozen', 'NOUN', 'conj', 6),
    ('of', 'of', 'ADP', 'prep', 9), ('coders', 'coder', 'NOUN', 'pobj', 10),
    ('and', 'and', 'CCONJ', 'cc', 11), ('audio', 'audio', 'NOUN', 'compound', 14),
    ('junkies', 'junky', 'NOUN', 'conj', 11), ('are', 'be', 'AUX', 'aux', 16),
    ('refining', 'refine', 'VERB', 'conj', 1), ('it', 'it', 'PRON', 'dobj', 16),
    ('.', '.', 'PUNCT', 'punct', 1),
]


def test_only_a_list_of_figures_pairs_with_a_list_of_nouns(lexicon: FrameLexicon) -> None:
    # the parser joined the count to "the net": no list of figures, no pairing
    _, dozens = frame(DOZENS, [(9, 11, 'QUANTITY')], 0, lexicon)
    assert dozens.measure == "coders"


# 'Net sales grew by 1 percent to $58 billion, or 3 percent in constant currencies.'
OR_PERCENT: list[Row] = [
    ('Net', 'net', 'ADJ', 'amod', 1), ('sales', 'sale', 'NOUN', 'nsubj', 2),
    ('grew', 'grow', 'VERB', 'ROOT', 2), ('by', 'by', 'ADP', 'prep', 2),
    ('1', '1', 'NUM', 'nummod', 5), ('percent', 'percent', 'NOUN', 'pobj', 3),
    ('to', 'to', 'ADP', 'prep', 2), ('$', '$', 'SYM', 'quantmod', 9),
    ('58', '58', 'NUM', 'compound', 9), ('billion', 'billion', 'NUM', 'pobj', 6),
    (',', ',', 'PUNCT', 'punct', 9), ('or', 'or', 'CCONJ', 'cc', 9),
    ('3', '3', 'NUM', 'nummod', 13), ('percent', 'percent', 'NOUN', 'conj', 9),
    ('in', 'in', 'ADP', 'prep', 13), ('constant', 'constant', 'ADJ', 'amod', 16),
    ('currencies', 'currency', 'NOUN', 'pobj', 14), ('.', '.', 'PUNCT', 'punct', 2),
]
# 'Revenue was £9.2 billion, up 1.4 per cent organically, but down 6.3 per cent.'
BUT_DOWN: list[Row] = [
    ('Revenue', 'revenue', 'NOUN', 'nsubj', 1), ('was', 'be', 'AUX', 'ROOT', 1),
    ('£', '£', 'SYM', 'quantmod', 4), ('9.2', '9.2', 'NUM', 'compound', 4),
    ('billion', 'billion', 'NUM', 'attr', 1), (',', ',', 'PUNCT', 'punct', 4),
    ('up', 'up', 'ADV', 'advmod', 4), ('1.4', '1.4', 'NUM', 'nummod', 9),
    ('per', 'per', 'ADP', 'compound', 9), ('cent', 'cent', 'NOUN', 'npadvmod', 6),
    ('organically', 'organically', 'ADV', 'advmod', 6), (',', ',', 'PUNCT', 'punct', 4),
    ('but', 'but', 'CCONJ', 'cc', 1), ('down', 'down', 'ADV', 'conj', 1),
    ('6.3', '6.3', 'NUM', 'nummod', 16), ('per', 'per', 'ADP', 'compound', 16),
    ('cent', 'cent', 'NOUN', 'pobj', 13), ('.', '.', 'PUNCT', 'punct', 1),
]


def test_a_percentage_beside_the_level_a_change_reached_is_that_change(
    lexicon: FrameLexicon,
) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (4, 6, 'PERCENT'), (7, 10, 'MONEY'), (12, 14, 'PERCENT')]
    _, level = frame(OR_PERCENT, mentions, 1, lexicon)
    _, other = frame(OR_PERCENT, mentions, 2, lexicon)
    assert level.facet == "new_level"
    assert (other.measure, other.facet, other.direction) == ("Net sales", "change", "up")


def test_an_adverb_of_change_made_a_preposition_still_changes(lexicon: FrameLexicon) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (2, 5, 'MONEY'), (7, 10, 'PERCENT'), (14, 17, 'PERCENT')]
    _, down = frame(BUT_DOWN, mentions, 2, lexicon)
    assert (down.facet, down.direction) == ("change", "down")


# 'With the PBGC some £23bn in deficit, the FER wants Congress to act.' (BBC business/368,
# the figure hung on "With" as the parser hung it there)
ABSOLUTE: list[Row] = [
    ('With', 'with', 'ADP', 'prep', 11), ('the', 'the', 'DET', 'det', 2),
    ('PBGC', 'PBGC', 'PROPN', 'pobj', 0), ('some', 'some', 'DET', 'det', 5),
    ('£', '£', 'SYM', 'nmod', 5), ('23bn', '23bn', 'NOUN', 'prep', 0),
    ('in', 'in', 'ADP', 'prep', 5), ('deficit', 'deficit', 'NOUN', 'pobj', 6),
    (',', ',', 'PUNCT', 'punct', 11), ('the', 'the', 'DET', 'det', 10),
    ('FER', 'FER', 'PROPN', 'nsubj', 11), ('wants', 'want', 'VERB', 'ROOT', 11),
    ('Congress', 'Congress', 'PROPN', 'nsubj', 14), ('to', 'to', 'PART', 'aux', 14),
    ('act', 'act', 'VERB', 'ccomp', 11), ('.', '.', 'PUNCT', 'punct', 11),
]
ABSOLUTE_MENTIONS: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
    (2, 3, 'ORG', 'PBGC'), (3, 6, 'MONEY'), (10, 11, 'ORG', 'FER'), (12, 13, 'ORG', 'Congress'),
]

# 'The firm plans to expand, with investment of $5bn.'
WITH_OBJECT: list[Row] = [
    ('The', 'the', 'DET', 'det', 1), ('firm', 'firm', 'NOUN', 'nsubj', 2),
    ('plans', 'plan', 'VERB', 'ROOT', 2), ('to', 'to', 'PART', 'aux', 4),
    ('expand', 'expand', 'VERB', 'xcomp', 2), (',', ',', 'PUNCT', 'punct', 4),
    ('with', 'with', 'ADP', 'prep', 4), ('investment', 'investment', 'NOUN', 'pobj', 6),
    ('of', 'of', 'ADP', 'prep', 7), ('$', '$', 'SYM', 'nmod', 10),
    ('5bn', '5bn', 'NOUN', 'pobj', 8), ('.', '.', 'PUNCT', 'punct', 2),
]


def test_an_absolute_clause_states_a_fact_of_its_own_subject(lexicon: FrameLexicon) -> None:
    _, deficit = frame(ABSOLUTE, ABSOLUTE_MENTIONS, 1, lexicon)
    assert deficit.holder is not None and deficit.holder.mention is not None
    assert deficit.holder.mention.name == "PBGC"  # not the FER, who wants something
    assert deficit.measure == "deficit"
    assert deficit.cue is None  # what the FER wants is no target of the deficit's


def test_a_figure_in_the_object_of_with_keeps_the_mood_it_hangs_in(
    lexicon: FrameLexicon,
) -> None:
    _, investment = frame(WITH_OBJECT, [(9, 11, 'MONEY')], 0, lexicon)
    assert (investment.measure, investment.cue) == ("investment", "target")


# 'The scheme aimed to boost production from an expected 180,000 tonnes this year to 600,000
# tonnes by 2008.' (BBC business/120)
EXPECTED_BASE: list[Row] = [
    ('The', 'the', 'DET', 'det', 1), ('scheme', 'scheme', 'NOUN', 'ROOT', 1),
    ('aimed', 'aim', 'VERB', 'acl', 1), ('to', 'to', 'PART', 'aux', 4),
    ('boost', 'boost', 'VERB', 'xcomp', 2), ('production', 'production', 'NOUN', 'dobj', 4),
    ('from', 'from', 'ADP', 'prep', 4), ('an', 'an', 'DET', 'det', 10),
    ('expected', 'expect', 'VERB', 'amod', 10), ('180,000', '180,000', 'NUM', 'nummod', 10),
    ('tonnes', 'tonne', 'NOUN', 'pobj', 6), ('this', 'this', 'DET', 'det', 12),
    ('year', 'year', 'NOUN', 'npadvmod', 6), ('to', 'to', 'ADP', 'prep', 4),
    ('600,000', '600,000', 'NUM', 'nummod', 15), ('tonnes', 'tonne', 'NOUN', 'pobj', 13),
    ('by', 'by', 'ADP', 'prep', 4), ('2008', '2008', 'NUM', 'pobj', 16),
    ('.', '.', 'PUNCT', 'punct', 1),
]
EXPECTED_BASE_MENTIONS = [(9, 10, 'QUANTITY'), (11, 13, 'DATE'), (14, 15, 'QUANTITY'),
                          (17, 18, 'DATE')]


def test_a_participle_before_an_amount_says_what_it_is(lexicon: FrameLexicon) -> None:
    base = tagged_frame(EXPECTED_BASE, EXPECTED_BASE_MENTIONS, {2: "VBN", 8: "VBN"}, 0, lexicon)
    assert (base.facet, base.cue, base.cue_own) == ("baseline", "projection", True)
    assert base.time is not None and base.time.start == 111  # "this year", not 2008
    unmarked = tagged_frame(EXPECTED_BASE, EXPECTED_BASE_MENTIONS, {2: "VBN"}, 0, lexicon)
    assert not unmarked.cue_own  # a word the tagger took for no participle says nothing


# 'Sales are expected to reach $5bn this year, up from $4bn last year.'
UP_FROM: list[Row] = [
    ('Sales', 'sale', 'NOUN', 'nsubjpass', 2), ('are', 'be', 'AUX', 'auxpass', 2),
    ('expected', 'expect', 'VERB', 'ROOT', 2), ('to', 'to', 'PART', 'aux', 4),
    ('reach', 'reach', 'VERB', 'xcomp', 2), ('$', '$', 'SYM', 'nmod', 6),
    ('5bn', '5bn', 'NOUN', 'dobj', 4), ('this', 'this', 'DET', 'det', 8),
    ('year', 'year', 'NOUN', 'npadvmod', 4), (',', ',', 'PUNCT', 'punct', 4),
    ('up', 'up', 'ADV', 'advmod', 4), ('from', 'from', 'ADP', 'prep', 10),
    ('$', '$', 'SYM', 'nmod', 13), ('4bn', '4bn', 'NOUN', 'pobj', 11),
    ('last', 'last', 'ADJ', 'amod', 15), ('year', 'year', 'NOUN', 'npadvmod', 11),
    ('.', '.', 'PUNCT', 'punct', 2),
]


def test_a_date_on_the_preposition_of_a_base_is_the_bases_own(lexicon: FrameLexicon) -> None:
    mentions = [(5, 7, "MONEY"), (7, 9, "DATE"), (12, 14, "MONEY"), (14, 16, "DATE")]
    relative = {1: "date-relative-unit", 3: "date-relative-unit"}
    reached = tagged_frame(UP_FROM, mentions, {}, 0, lexicon, relative)
    base = tagged_frame(UP_FROM, mentions, {}, 2, lexicon, relative)
    assert reached.time is not None and reached.time.start == 107  # this year
    assert base.facet == "baseline"
    assert base.time is not None and base.time.start == 114  # last year, not this year


# 'Sales fell to $5bn from $6bn a year earlier.'
YEAR_EARLIER: list[Row] = [
    ('Sales', 'sale', 'NOUN', 'nsubj', 1), ('fell', 'fall', 'VERB', 'ROOT', 1),
    ('to', 'to', 'ADP', 'prep', 1), ('$', '$', 'SYM', 'nmod', 4),
    ('5bn', '5bn', 'NOUN', 'pobj', 2), ('from', 'from', 'ADP', 'prep', 1),
    ('$', '$', 'SYM', 'nmod', 7), ('6bn', '6bn', 'NOUN', 'pobj', 5),
    ('a', 'a', 'DET', 'det', 9), ('year', 'year', 'NOUN', 'npadvmod', 10),
    ('earlier', 'early', 'ADV', 'advmod', 7), ('.', '.', 'PUNCT', 'punct', 1),
]


def test_a_year_earlier_is_when_not_an_earlier_estimate(lexicon: FrameLexicon) -> None:
    mentions: list[tuple[int, int, str] | tuple[int, int, str, str]] = [
        (3, 5, 'MONEY'), (6, 8, 'MONEY'), (8, 11, 'DATE')]
    _, base = frame(YEAR_EARLIER, mentions, 1, lexicon)
    assert (base.facet, base.status) == ("baseline", None)
    assert base.time is not None and base.time.start == 108


# 'Remittances now represent more than 2% of the country's GDP.' (BBC business/084)
OF_GDP: list[Row] = [
    ('Remittances', 'remittance', 'NOUN', 'nsubj', 2), ('now', 'now', 'ADV', 'advmod', 2),
    ('represent', 'represent', 'VERB', 'ROOT', 2), ('more', 'more', 'ADJ', 'amod', 5),
    ('than', 'than', 'ADP', 'quantmod', 5), ('2', '2', 'NUM', 'nummod', 6),
    ('%', '%', 'NOUN', 'dobj', 2), ('of', 'of', 'ADP', 'prep', 6),
    ('the', 'the', 'DET', 'det', 9), ('country', 'country', 'NOUN', 'poss', 11),
    ("'s", "'s", 'PART', 'case', 9), ('GDP', 'GDP', 'PROPN', 'pobj', 7),
    ('.', '.', 'PUNCT', 'punct', 2),
]


def test_a_ratio_to_gdp_is_held_by_the_gdps_owner(lexicon: FrameLexicon) -> None:
    _, found = frame(OF_GDP, [(3, 7, 'PERCENT')], 0, lexicon)
    assert (found.measure, found.ratio_to, found.facet) == ("Remittances", "GDP", "level")
    assert found.holder is not None and found.holder.reference == "country"


# "The firm expects revenue to be unchanged from last year's $12.5 billion.", the parser
# hanging the amount on the year
LAST_YEARS: list[Row] = [
    ("The", "the", "DET", "det", 1), ("firm", "firm", "NOUN", "nsubj", 2),
    ("expects", "expect", "VERB", "ROOT", 2), ("revenue", "revenue", "NOUN", "nsubj", 5),
    ("to", "to", "PART", "aux", 5), ("be", "be", "AUX", "ccomp", 2),
    ("unchanged", "unchanged", "ADJ", "acomp", 5), ("from", "from", "ADP", "prep", 6),
    ("last", "last", "ADJ", "amod", 9), ("year", "year", "NOUN", "pobj", 7),
    ("'s", "'s", "PART", "case", 9), ("$", "$", "SYM", "quantmod", 13),
    ("12.5", "12.5", "NUM", "compound", 13), ("billion", "billion", "NUM", "nummod", 9),
    (".", ".", "PUNCT", "punct", 2),
]


@pytest.mark.parametrize(("when", "mark", "cue"), [
    ("last", "'s", None),
    ("last", "\u2019s", None),  # a curly apostrophe, which the parser may hang anywhere
    ("next", "'s", "projection"),
])
def test_a_figure_a_period_past_owns_is_no_forecast(
    lexicon: FrameLexicon, when: str, mark: str, cue: str | None
) -> None:
    rows = [*LAST_YEARS[:8], (when, when, *LAST_YEARS[8][2:]), LAST_YEARS[9],
            (mark, mark, *LAST_YEARS[10][2:]), *LAST_YEARS[11:]]
    found = tagged_frame(rows, [(8, 10, "DATE"), (11, 14, "MONEY")], {10: "POS"}, 1, lexicon)
    assert found.cue == cue


# "That missed forecasts for a decline of 2.3 percent following the 1.3 percent contraction
# in the previous three months."
AFTER_A_PAST_PERIOD: list[Row] = [
    ("That", "that", "PRON", "nsubj", 1), ("missed", "miss", "VERB", "ROOT", 1),
    ("forecasts", "forecast", "NOUN", "dobj", 1), ("for", "for", "ADP", "prep", 2),
    ("a", "a", "DET", "det", 5), ("decline", "decline", "NOUN", "pobj", 3),
    ("of", "of", "ADP", "prep", 5), ("2.3", "2.3", "NUM", "nummod", 8),
    ("percent", "percent", "NOUN", "pobj", 6), ("following", "follow", "VERB", "prep", 5),
    ("the", "the", "DET", "det", 13), ("1.3", "1.3", "NUM", "nummod", 12),
    ("percent", "percent", "NOUN", "compound", 13),
    ("contraction", "contraction", "NOUN", "pobj", 9), ("in", "in", "ADP", "prep", 13),
    ("the", "the", "DET", "det", 18), ("previous", "previous", "ADJ", "amod", 18),
    ("three", "three", "NUM", "nummod", 18), ("months", "month", "NOUN", "pobj", 14),
    (".", ".", "PUNCT", "punct", 1),
]


def test_what_came_before_in_a_period_past_is_no_forecast(lexicon: FrameLexicon) -> None:
    mentions: list[tuple[int, int, str]] = [(7, 9, "PERCENT"), (11, 13, "PERCENT"),
                                            (15, 19, "DATE")]
    _, forecast = frame(AFTER_A_PAST_PERIOD, mentions, 0, lexicon)
    _, before = frame(AFTER_A_PAST_PERIOD, mentions, 1, lexicon)
    assert (forecast.cue, before.cue) == ("projection", None)
