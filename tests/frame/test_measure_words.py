"""The words of a measure as the text writes them: hyphens where the text joins words with
one, and which -ing forms measure as nouns do."""

from __future__ import annotations

from claimx.frame.lexicon import FrameLexicon
from claimx.frame.measure import Anchor, _gerund_subject, measure_text
from claimx.frame.syntax import Sentence, Tok
from claimx.rules_folder import RulesFolder

LEXICON = FrameLexicon.from_table(RulesFolder.open(None).table("frame")["syntax"])


def sentence(rows: list[tuple[str, str, str, int, str, bool]]) -> Sentence:
    """(text, pos, dep, head, tag, spaced) rows, indices from 0."""
    return Sentence([Tok(n, text, text.lower(), pos, dep, head, tag, spaced)
                     for n, (text, pos, dep, head, tag, spaced) in enumerate(rows)], [])


def test_a_hyphen_written_tight_joins_the_measures_words() -> None:
    # "like-for-like sales": the hyphens themselves are left out of the measure's tokens
    sent = sentence([
        ("like", "ADJ", "compound", 4, "JJ", False), ("-", "PUNCT", "punct", 4, "HYPH", False),
        ("for", "ADP", "compound", 4, "IN", False), ("-", "PUNCT", "punct", 4, "HYPH", False),
        ("like", "ADJ", "amod", 5, "JJ", True), ("sales", "NOUN", "ROOT", 5, "NNS", True),
    ])
    assert measure_text(sent, (0, 2, 4, 5), Anchor()) == "like-for-like sales"


def test_a_dash_with_spaces_joins_nothing() -> None:
    # "the campaign - second only to ...": a dash between two clauses
    sent = sentence([
        ("campaign", "NOUN", "ROOT", 0, "NN", True), ("-", "PUNCT", "punct", 0, ":", True),
        ("second", "ADJ", "amod", 0, "JJ", True),
    ])
    assert measure_text(sent, (0, 2), Anchor()) == "campaign second"


def test_a_gerund_subject_measures_unless_it_has_an_object() -> None:
    # "Borrowing has risen", "Owning all 10 gadgets will set the gadget lover back £7,455"
    borrowing = sentence([("Borrowing", "VERB", "nsubj", 2, "VBG", True),
                          ("has", "AUX", "aux", 2, "VBZ", True),
                          ("risen", "VERB", "ROOT", 2, "VBN", True)])
    owning = sentence([("Owning", "VERB", "nsubj", 2, "VBG", True),
                       ("gadgets", "NOUN", "dobj", 0, "NNS", True),
                       ("set", "VERB", "ROOT", 2, "VB", True)])
    assert _gerund_subject(borrowing, 0, LEXICON)
    assert not _gerund_subject(owning, 0, LEXICON)
