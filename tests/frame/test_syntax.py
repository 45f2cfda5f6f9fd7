"""Arcs the frame reader mends before reading: written-out bases of a change, from/to
pairs."""

from __future__ import annotations

from dataclasses import replace

import pytest

from claimx.frame.syntax import (
    Tok,
    sentence_from_rows,
    with_base_phrases,
    with_figures_on_nouns,
    with_hyphen_compounds,
    with_nouns_read_as_verbs,
    with_pairs_apart,
)

PHRASES = frozenset({("year", "on", "year"), ("month", "on", "month")})


def toks(rows: list[tuple[str, str, str, int]]) -> list[Tok]:
    return [Tok(100 + n, text, text, pos, dep, 100 + head)
            for n, (text, pos, dep, head) in enumerate(rows)]


def arcs(tokens: list[Tok]) -> list[tuple[str, str, int]]:
    return [(t.text, t.dep, t.head - 100) for t in tokens]


def test_a_figure_hung_on_the_phrase_hangs_on_its_verb() -> None:
    # "Exports rose 5% year on year": the parser makes "5%" a compound of "year".
    rows = [("Exports", "NOUN", "nsubj", 1), ("rose", "VERB", "ROOT", 1),
            ("5", "NUM", "nummod", 3), ("%", "NOUN", "compound", 4),
            ("year", "NOUN", "npadvmod", 1), ("on", "ADP", "prep", 4),
            ("year", "NOUN", "pobj", 5)]
    assert arcs(with_base_phrases(toks(rows), PHRASES)) == [
        ("Exports", "nsubj", 1), ("rose", "ROOT", 1), ("5", "nummod", 3),
        ("%", "npadvmod", 1), ("year", "advmod", 1), ("on", "prep", 4), ("year", "pobj", 5),
    ]


def test_a_noun_the_phrase_qualifies_takes_its_place() -> None:
    # "a rise in month on month output": "in" holds "month", "on month" hangs elsewhere.
    rows = [("rise", "NOUN", "ROOT", 0), ("in", "ADP", "prep", 0),
            ("month", "NOUN", "pobj", 1), ("on", "ADP", "prep", 0),
            ("month", "NOUN", "nmod", 5), ("output", "NOUN", "pobj", 3)]
    assert arcs(with_base_phrases(toks(rows), PHRASES)) == [
        ("rise", "ROOT", 0), ("in", "prep", 0), ("month", "advmod", 5),
        ("on", "prep", 2), ("month", "pobj", 3), ("output", "pobj", 1),
    ]


def test_a_sentence_without_the_phrase_is_left_as_parsed() -> None:
    rows = [("Sales", "NOUN", "nsubj", 1), ("rose", "VERB", "ROOT", 1),
            ("on", "ADP", "prep", 1), ("the", "DET", "det", 4), ("year", "NOUN", "pobj", 2)]
    assert with_base_phrases(toks(rows), PHRASES) == toks(rows)


def test_the_second_end_of_a_pair_hung_on_from_hangs_on_the_verb() -> None:
    # "revised ... from 157,000 to 133,000 by May": "to" and "by" hung on "from".
    rows = [("revised", "VERB", "ROOT", 0), ("from", "ADP", "prep", 0),
            ("157,000", "NUM", "pobj", 1), ("to", "ADP", "prep", 1),
            ("133,000", "NUM", "pobj", 3), ("by", "ADP", "prep", 1), ("May", "PROPN", "pobj", 5)]
    mended = with_pairs_apart(toks(rows), frozenset({"from"}), frozenset({"to"}))
    assert arcs(mended) == [
        ("revised", "ROOT", 0), ("from", "prep", 0), ("157,000", "pobj", 1),
        ("to", "prep", 0), ("133,000", "pobj", 3), ("by", "prep", 3), ("May", "pobj", 5),
    ]
    # on a noun ("a rise from 5% to 6%") the pair is left as parsed
    nominal = [("rise", "NOUN", "ROOT", 0), *rows[1:5]]
    assert with_pairs_apart(toks(nominal), frozenset({"from"}), frozenset({"to"})) == toks(
        nominal)


def test_walks_over_a_broken_parse_end() -> None:
    """A parse with a cycle and no root ("$" -> "5m" -> "paid" -> "5m"): every walk ends."""
    rows = [("$", "$", "SYM", "nmod", 1), ("5m", "5m", "NUM", "dobj", 2),
            ("paid", "pay", "VERB", "dobj", 1)]
    sent = sentence_from_rows(rows, [(0, 2, "MONEY")])
    first = sent.tokens[0].i
    assert sent.subtree(first + 1) == [first, first + 1, first + 2]
    assert len(list(sent.ancestors(first))) <= len(rows)


# "Like-for-like sales fell 0.9%": the parser reads the first "Like" as an interjection of
# the verb and hangs "for" on it.
LIKE_FOR_LIKE = [("Like", "INTJ", "intj", 6), ("-", "PUNCT", "punct", 0),
                 ("for", "ADP", "prep", 0), ("-", "PUNCT", "punct", 2),
                 ("like", "ADJ", "amod", 2), ("sales", "NOUN", "nsubj", 6),
                 ("fell", "VERB", "ROOT", 6)]


def test_a_hyphenated_word_is_one_modifier_of_the_noun_after_it() -> None:
    mended = with_hyphen_compounds(toks(LIKE_FOR_LIKE), frozenset({101, 103}))
    assert arcs(mended) == [
        ("Like", "compound", 4), ("-", "punct", 4), ("for", "compound", 4),
        ("-", "punct", 4), ("like", "amod", 5), ("sales", "nsubj", 6), ("fell", "ROOT", 6),
    ]


def test_a_noun_hung_on_a_part_of_the_word_takes_the_words_place() -> None:
    # "a rise in like-for-like sales": "in" held the first "like", "sales" hung on the last
    rows = [("rise", "NOUN", "ROOT", 0), ("in", "ADP", "prep", 0),
            ("like", "INTJ", "pobj", 1), ("-", "PUNCT", "punct", 2),
            ("for", "ADP", "prep", 2), ("-", "PUNCT", "punct", 4),
            ("like", "ADJ", "pobj", 4), ("sales", "NOUN", "appos", 6)]
    mended = with_hyphen_compounds(toks(rows), frozenset({103, 105}))
    assert arcs(mended)[6:] == [("like", "amod", 7), ("sales", "pobj", 1)]


@pytest.mark.parametrize(
    ("tight", "keep"),
    [(frozenset(), frozenset()),
     (frozenset({101, 103}), frozenset({("like", "-", "for", "-", "like")}))],
    ids=["hyphens written with spaces", "a phrase mended on its own"],
)
def test_other_hyphens_are_left_as_parsed(tight: frozenset[int],
                                          keep: frozenset[tuple[str, ...]]) -> None:
    assert with_hyphen_compounds(toks(LIKE_FOR_LIKE), tight, keep) == toks(LIKE_FOR_LIKE)


def test_a_hyphenated_word_with_a_digit_is_left_as_parsed() -> None:
    # "a 10-year-old boy": the parse keeps "10" where the figure reader looks for it
    rows = [("a", "DET", "det", 5), ("10", "NUM", "nummod", 2), ("-", "PUNCT", "punct", 2),
            ("year", "NOUN", "npadvmod", 4), ("-", "PUNCT", "punct", 4),
            ("old", "ADJ", "amod", 5), ("boy", "NOUN", "ROOT", 5)]
    assert with_hyphen_compounds(toks(rows), frozenset({102, 104})) == toks(rows)


def test_a_hyphenated_word_holding_a_figure_or_joined_to_one_is_left_as_parsed() -> None:
    # "Father-of-two Mr Mousa": "two" is a figure; "15-and-a-half miles": "and-a-half"
    # continues the number before it
    father = [("Father", "PROPN", "compound", 4), ("-", "PUNCT", "punct", 0),
              ("of", "ADP", "prep", 0), ("-", "PUNCT", "punct", 2),
              ("two", "NUM", "pobj", 2), ("Mr", "PROPN", "compound", 6),
              ("Mousa", "PROPN", "nsubj", 6)]
    assert with_hyphen_compounds(toks(father), frozenset({101, 103}),
                                 figures=frozenset({104})) == toks(father)
    half = [("15", "NUM", "nummod", 7), ("-", "PUNCT", "punct", 0), ("and", "CCONJ", "cc", 0),
            ("-", "PUNCT", "punct", 2), ("a", "DET", "det", 6), ("-", "PUNCT", "punct", 6),
            ("half", "NOUN", "compound", 7), ("miles", "NOUN", "dobj", 7)]
    assert with_hyphen_compounds(toks(half), frozenset({101, 103, 105})) == toks(half)


def tagged(rows: list[tuple[str, str, str, str, int]]) -> list[Tok]:
    """Tokens with tags; a word written with a leading hyphen is glued to the one before."""
    out = [Tok(100 + n, text.lstrip("-"), text, pos, dep, 100 + head, tag)
           for n, (text, pos, tag, dep, head) in enumerate(rows)]
    return [replace(tok, spaced=not rows[n + 1][0].startswith("-"))
            if n + 1 < len(rows) else tok for n, tok in enumerate(out)]


@pytest.mark.parametrize(
    ("qualifier", "expected"),
    [
        # "contracted at a 6.3% annualized rate": "%" hung on the participle numbers the rate
        pytest.param(("annualized", "VERB", "VBN"), ("%", "nummod", 6), id="a participle"),
        # "added 668,000 fewer jobs": the comparative is the change, left as parsed
        pytest.param(("fewer", "ADJ", "JJR"), ("%", "npadvmod", 5), id="a comparative"),
        # "18-rated games": the hyphen makes one word of the number and the participle
        pytest.param(("-rated", "VERB", "VBN"), ("%", "npadvmod", 5), id="a hyphenated word"),
    ],
)
def test_a_figure_hung_on_a_participle_of_a_noun_numbers_the_noun(
    qualifier: tuple[str, str, str], expected: tuple[str, str, int]
) -> None:
    word, pos, tag = qualifier
    rows = [("economy", "NOUN", "NN", "nsubj", 1), ("contracted", "VERB", "VBD", "ROOT", 1),
            ("at", "ADP", "IN", "prep", 1), ("6.3", "NUM", "CD", "nummod", 4),
            ("%", "NOUN", "NN", "npadvmod", 5), (word, pos, tag, "amod", 6),
            ("rate", "NOUN", "NN", "pobj", 2)]
    mended = with_figures_on_nouns(tagged(rows), frozenset({103, 104}), frozenset({"VBN"}))
    assert arcs(mended)[4] == expected


def test_a_verb_with_an_article_in_a_noun_s_role_is_read_as_a_noun() -> None:
    """"reversing a revised 3.31 percent fall": the tagger's verb "fall", the parser's object
    with its article, is a noun; a verb in a verb's role stays one."""
    tokens = [
        Tok(0, "reversing", "reverse", "VERB", "ROOT", 0),
        Tok(1, "a", "a", "DET", "det", 3),
        Tok(2, "revised", "revise", "VERB", "amod", 3),
        Tok(3, "fall", "fall", "VERB", "dobj", 0),
    ]
    read = with_nouns_read_as_verbs(tokens)
    assert [t.pos for t in read] == ["VERB", "DET", "VERB", "NOUN"]
