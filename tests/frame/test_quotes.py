"""Direct quotations and their speakers, read from the text alone (claimx.frame.quotes)."""

from __future__ import annotations

import pytest

from claimx.frame.quotes import Named, QuoteWords, quotations, speaker_at, speakers
from claimx.rules_folder import RulesFolder


@pytest.fixture(scope="module")
def words() -> QuoteWords:
    table = RulesFolder.open(None).table("frame")
    return QuoteWords.from_table(table["quotes"], table["syntax"]["person_pronouns"])


def names_in(text: str, *found: tuple[str, str, str]) -> list[Named]:
    """(written, label, name) triples as named mentions at their first place in ``text``."""
    spans = []
    for written, label, name in found:
        start = text.index(written)
        spans.append(Named(start, start + len(written), label, name))
    return sorted(spans, key=lambda n: n.start)


def speaker_of(text: str, figure: str, names: list[Named], words: QuoteWords) -> str | None:
    quotes = speakers(text, names, words)
    return speaker_at(quotes, [q.start for q in quotes], text.index(figure))


HOPKINS = ('Curt Hopkins runs the group. "If you have a blog, the least you can do is post," '
           'said Mr Hopkins. "That would mean you could see it 7.1 million times. That alone '
           'helps.\n"If you have none, find one - it takes about 30 seconds." Technorati '
           'tracks six million blogs.')
HOPKINS_NAMES = [("Curt Hopkins", "PERSON", "Curt Hopkins"), ("Mr Hopkins", "PERSON",
                                                               "Curt Hopkins")]


@pytest.mark.parametrize(
    ("text", "figure", "names", "speaker"),
    [
        pytest.param(HOPKINS, "the least", HOPKINS_NAMES, "Curt Hopkins",
                     id="said and a name after the closing mark"),
        pytest.param(HOPKINS, "7.1 million", HOPKINS_NAMES, "Curt Hopkins",
                     id="a quotation continuing the one before"),
        pytest.param(HOPKINS, "30 seconds", HOPKINS_NAMES, "Curt Hopkins",
                     id="a quotation reopened in the next paragraph"),
        pytest.param(HOPKINS, "six million", HOPKINS_NAMES, None, id="outside any quotation"),
        pytest.param('Nicola Sturgeon welcomed it. She said: "The 70% of smokers want to '
                     'quit."', "70%", [("Nicola Sturgeon", "PERSON", "Nicola Sturgeon")],
                     "Nicola Sturgeon", id="a pronoun and a colon before the opening mark"),
        pytest.param('"Debit cards now account for two-thirds of transactions," said Apacs '
                     'spokeswoman Jemma Smith.', "two-thirds",
                     [("Apacs", "ORG", "Apacs"), ("Jemma Smith", "PERSON", "Jemma Smith")],
                     "Jemma Smith", id="a name that qualifies a noun is no speaker"),
        pytest.param('\u201cSales rose 5% last year,\u201d the chief executive, Ann Lee, said.',
                     "5%", [("Ann Lee", "PERSON", "Ann Lee")], "Ann Lee",
                     id="curly marks"),
        pytest.param('Sales rose 5% at "Madly in Anger", said Ann Lee.', "5%",
                     [("Ann Lee", "PERSON", "Ann Lee")], None,
                     id="a figure before a title in quotation marks"),
        pytest.param('The "cyber-dissidents" group has 300 members, said Ann Lee.', "300",
                     [("Ann Lee", "PERSON", "Ann Lee")], None, id="scare quotes"),
        pytest.param('"Prices rose 4% in May." The Bank of England kept rates on hold.', "4%",
                     [("Bank of England", "ORG", "Bank of England")], None,
                     id="no verb of speech: no speaker"),
    ],
)
def test_a_quotations_speaker(text: str, figure: str, names: list[tuple[str, str, str]],
                              speaker: str | None, words: QuoteWords) -> None:
    assert speaker_of(text, figure, names_in(text, *names), words) == speaker


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        pytest.param('He said: "It was good." Then he left.', ['"It was good."'],
                     id="an opening and a closing mark"),
        pytest.param('"One. "Two.', ['"One. ', '"Two.'],
                     id="a mark opening again ends the quotation left open"),
        pytest.param('"One.\nTwo.', ['"One.'], id="an open quotation ends with its paragraph"),
        pytest.param("so-called \"cyber-dissidents\" say", ['"cyber-dissidents"'],
                     id="a quoted word"),
        pytest.param("5' 11\" tall", [], id="no quotation in measures"),
    ],
)
def test_quotations_run_between_their_marks(text: str, quoted: list[str],
                                            words: QuoteWords) -> None:
    assert [text[start:end] for start, end, _ in quotations(text, words)] == quoted
