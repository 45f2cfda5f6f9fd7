"""Names merged within one document: a part or an extension of an earlier name is that name."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
import spacy
from spacy.tokens import Span

from claimx.components.figures import (
    CorporateNames,
    Occupied,
    completed_name,
    short_forms,
    suffixed_names,
    without_common_openings,
)
from claimx.components.framer import merge_names, named_again, one_kind_per_name, whole_names

TITLES = frozenset({"mr", "ms"})


@pytest.mark.parametrize(
    ("mentions", "name", "merged"),
    [
        pytest.param([(0, "ORG", "Skis Rossignol"), (9, "ORG", "Rossignol")], "Rossignol",
                     "Skis Rossignol", id="shorter form"),
        pytest.param([(0, "ORG", "Yukos"), (5, "ORG", "Yukos oil firm")], "Yukos oil firm",
                     "Yukos", id="longer form"),
        pytest.param([(0, "PERSON", "Tony Blair"), (7, "PERSON", "Mr Blair")], "Mr Blair",
                     "Tony Blair", id="title left out"),
        pytest.param([(0, "ORG", "Bank of England"), (3, "GPE", "England")], "England",
                     "England", id="another label stays apart"),
        pytest.param([(0, "GPE", "New York"), (4, "GPE", "York")], "York", "York",
                     id="places are never merged"),
        pytest.param([(0, "ORG", "Microsoft"), (2, "ORG", "Sony")], "Sony", "Sony",
                     id="different names stay apart"),
    ],
)
def test_merge_names(
    mentions: list[tuple[int, str, str]], name: str, merged: str
) -> None:
    assert merge_names(mentions, TITLES).get(name, name) == merged


def test_a_name_the_model_tagged_twice_is_that_name_where_it_missed_it() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Telewest said Telewest and Sky grew . For Telewest it was Sky .")
    ents = [Span(doc, 0, 1, label="ORG"), Span(doc, 2, 3, label="ORG"),
            Span(doc, 4, 5, label="ORG")]  # "Sky" is tagged once only
    found = named_again(doc, ents, ents)
    added = [(e.start, e.text, e.label_) for e in found if e not in ents]
    assert added == [(8, "Telewest", "ORG")]  # not "Sky", tagged only once


def labels_after(words: str, tagged: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    doc = spacy.blank("en")(words)
    ents = [Span(doc, start, end, label=label) for start, end, label in tagged]
    return [(e.text, e.label_) for e in one_kind_per_name(ents)]


def test_a_one_word_person_also_tagged_an_organisation_is_an_organisation() -> None:
    # the small model tags "Yukos" a person 13 times and an organisation once
    words = "Yukos said it would sue . Yukos shares fell . Yukos was sold ."
    tagged = [(0, 1, "PERSON"), (6, 7, "ORG"), (10, 11, "PERSON")]
    assert labels_after(words, tagged) == [("Yukos", "ORG")] * 3


@pytest.mark.parametrize(
    ("words", "tagged"),
    [
        pytest.param("Tony Blair spoke . Blair won . Blair said no .",
                     [(0, 2, "PERSON"), (4, 5, "ORG"), (7, 8, "PERSON")],
                     id="part of a person's full name"),
        pytest.param("Madonna sang . Madonna earned more .", [(0, 1, "PERSON"), (3, 4, "PERSON")],
                     id="never tagged an organisation"),
    ],
)
def test_a_persons_name_stays_a_person(words: str, tagged: list[tuple[int, int, str]]) -> None:
    doc_labels = labels_after(words, tagged)
    assert [label for _, label in doc_labels] == [label for _, _, label in tagged]


def whole(words: str, tagged: list[tuple[int, int, str]]) -> list[tuple[str, str]]:
    doc = spacy.blank("en")(words)
    return [(e.text, e.label_) for e in whole_names(
        [Span(doc, start, end, label=label) for start, end, label in tagged])]


def test_a_name_tagged_whole_once_is_whole_where_the_model_split_it() -> None:
    words = "Shares in UK Coal fell . UK Coal said the UK market and UK Coalition grew ."
    tagged = [(2, 3, "GPE"), (3, 4, "ORG"), (6, 8, "ORG"), (10, 11, "GPE"), (13, 14, "GPE")]
    assert whole(words, tagged) == [
        ("UK Coal", "ORG"), ("UK Coal", "ORG"),
        ("UK", "GPE"),  # another word follows: "the UK market"
        ("UK", "GPE"),  # "UK Coalition" is another name
    ]


def test_a_name_never_tagged_whole_stays_as_tagged() -> None:
    words = "UK Coal fell . UK Coal said so ."
    tagged = [(0, 1, "GPE"), (1, 2, "ORG"), (4, 5, "GPE"), (5, 6, "ORG")]
    assert whole(words, tagged) == [("UK", "GPE"), ("Coal", "ORG")] * 2


def _opening_names(words: str, tagged: list[tuple[int, int, str]]) -> list[str]:
    nlp = spacy.blank("en")
    doc = nlp(words)
    for token in doc:  # sentences start after each full stop
        token.is_sent_start = token.i == 0 or doc[token.i - 1].text == "."
    return [s.text for s in without_common_openings(
        doc, [Span(doc, start, end, label=label) for start, end, label in tagged])]


@pytest.mark.parametrize(
    ("words", "tagged", "kept"),
    [
        # a common word opening a sentence, written lower-case elsewhere: no name
        pytest.param("Broadband use grew . The broadband market grew .", [(0, 1, "GPE")], [],
                     id="lower-case elsewhere"),
        pytest.param('" Diluted earnings rose . The diluted figure .', [(1, 2, "ORG")], [],
                     id="after an opening quote"),
        # named inside a sentence too, never lower-case, or an acronym: a name
        pytest.param("Next said sales rose . Shares in Next rose . The next day .",
                     [(0, 1, "ORG"), (7, 8, "ORG")], ["Next", "Next"],
                     id="capitalised inside a sentence"),
        pytest.param("Broadband use grew .", [(0, 1, "GPE")], ["Broadband"],
                     id="never lower-case"),
        pytest.param("US sales grew . They told us .", [(0, 1, "GPE")], ["US"], id="acronym"),
        pytest.param("Sales at Apple Records grew . Apple records sales .",
                     [(2, 4, "ORG")], ["Apple Records"], id="more than one word"),
    ],
)
def test_a_common_word_opening_a_sentence_is_no_name(
    words: str, tagged: list[tuple[int, int, str]], kept: list[str]
) -> None:
    assert _opening_names(words, tagged) == kept


WORDS = CorporateNames(
    suffixes=frozenset({"Corp", "Inc", "Co", "Plc", "Corporation", "Ltd"}),
    joiners=frozenset({"&"}), links=frozenset({"of", "and"}),
    continued_by=frozenset({"of", "for"}), suffix_separators=frozenset({","}),
)


def suffixed(text: str, tagged: Sequence[tuple[int, int, str]] = (),
             dated: Sequence[tuple[int, int]] = ()) -> list[str]:
    """The names ``suffixed_names`` finds in ``text`` (sentences end at " . "), given the
    model's entities ``tagged`` and the figures ``dated``."""
    doc = spacy.blank("en")(text)
    for token in doc:
        token.is_sent_start = token.i == 0 or doc[token.i - 1].text == "."
    model = [Span(doc, start, end, label=label) for start, end, label in tagged]
    figures = [Span(doc, start, end, label="DATE") for start, end in dated]
    return [span.text for span in suffixed_names(
        doc, model, figures, WORDS, frozenset({"the"}))]


@pytest.mark.parametrize(
    ("text", "tagged", "dated", "names"),
    [
        pytest.param("July 18 ( Reuters ) - Target Corp reported a profit .", [], [(0, 2)],
                     ["Target Corp"], id="missed after a dateline"),
        pytest.param("Bank of America 's profit rose . Bank of America Corp reported a profit .",
                     [], [], ["Bank of America Corp"], id="joined as written elsewhere"),
        pytest.param("Shares of Acme Corp rose . Mr Smith of Acme Corp said so .", [], [],
                     ["Acme Corp", "Acme Corp"], id="an of never written elsewhere"),
        pytest.param("- International Business Machines Corp. said so .", [(2, 5, "ORG")], [],
                     ["International Business Machines Corp."], id="a name the model cut short"),
        pytest.param("On Tuesday Target Corp said so .", [], [(1, 2)], ["Target Corp"],
                     id="a date before it"),
        pytest.param("Wells Fargo & Co and Citigroup Inc reported .", [(0, 7, "ORG")], [],
                     ["Wells Fargo & Co", "Citigroup Inc"], id="two names the model ran together"),
        pytest.param("The Walt Disney Co said so .", [], [], ["Walt Disney Co"], id="an article"),
        pytest.param("The Internet Corporation for Assigned Names said so .", [], [], [],
                     id="a suffix inside a name"),
        pytest.param("He said co ordination and Inc magazine .", [], [], [],
                     id="no capitalised word before"),
    ],
)
def test_names_with_a_corporate_suffix(
    text: str, tagged: list[tuple[int, int, str]], dated: list[tuple[int, int]], names: list[str]
) -> None:
    assert suffixed(text, tagged, dated) == names


def completed(text: str, start: int, end: int, label: str = "ORG") -> str:
    """The model name ``text[start:end]`` (token indices), as completed_name leaves it."""
    doc = spacy.blank("en")(text)
    for token in doc:
        token.is_sent_start = token.i == 0 or doc[token.i - 1].text == "."
    return completed_name(doc, Span(doc, start, end, label=label), WORDS,
                          frozenset({"the"})).text


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        pytest.param("figures from the Office of the Deputy Prime Minister show .", (2, 6),
                     "the Office of the Deputy Prime Minister", id="continued after of the"),
        pytest.param("said the Organisation for Economic Co - operation and Development .",
                     (1, 5), "the Organisation for Economic", id="continued after for"),
        pytest.param("Lil Jon and Ludacris won .", (0, 3), "Lil Jon",
                     id="and joins two names: trimmed"),
        pytest.param("the Oscars - the Hollywood awards .", (1, 4), "Oscars",
                     id="a name with a dash: trimmed"),
        pytest.param("Francesca Schiavone of Italy won .", (0, 3), "Francesca Schiavone",
                     id="a person: trimmed"),
        pytest.param("the Bank of the year .", (1, 4), "Bank",
                     id="nothing capitalised after: trimmed"),
        pytest.param("the Bank of England said .", (1, 4), "Bank of England",
                     id="a whole name as it is"),
    ],
)
def test_a_name_the_model_cut_after_a_joining_word(
    text: str, span: tuple[int, int], name: str
) -> None:
    label = "PERSON" if text.startswith("Francesca") else "ORG"
    assert completed(text, *span, label=label) == name


def test_a_common_word_opening_the_sentence_is_no_part_of_the_name() -> None:
    assert suffixed("After Target Corp said so .") == ["Target Corp"]
    assert suffixed("With the Pension Benefit Guaranty Corporation in deficit .",
                    [(1, 6, "ORG")]) == ["Pension Benefit Guaranty Corporation"]


def test_two_suffixes_end_one_name() -> None:
    assert suffixed("Samsung Electronics Co Ltd said so .", [(0, 4, "ORG")]) == [
        "Samsung Electronics Co Ltd"]
    assert suffixed("Hyundai Motor Co. , Ltd. said so .") == ["Hyundai Motor Co. , Ltd."]


def test_a_suffixed_name_never_runs_back_across_a_line_break() -> None:
    # a title-cased heading over the name: its words are no part of the name, even where the
    # model ran one name over both lines
    assert suffixed("Tesco Profit Soars\n\nTesco Stores Ltd reported a profit .") == [
        "Tesco Stores Ltd"]
    assert suffixed("Tesco Profit Soars\n\nTesco Stores Ltd reported a profit .",
                    [(0, 6, "ORG")]) == ["Tesco Stores Ltd"]


def short(text: str, tagged: Sequence[tuple[int, int, str]] = ()) -> list[tuple[int, str]]:
    doc = spacy.blank("en")(text)
    for token in doc:
        token.is_sent_start = token.i == 0 or doc[token.i - 1].text == "."
    names = suffixed_names(doc, [Span(doc, s, e, label=lab) for s, e, lab in tagged], [],
                           WORDS, frozenset({"the"}))
    return [(span.start, span.text) for span in short_forms(doc, names, WORDS, Occupied([]))]


def test_a_suffixed_name_is_also_a_name_without_its_suffix() -> None:
    # the headline's "Woolworths", which the model tagged nowhere
    assert short("Woolworths profit up . Woolworths Ltd said profit rose . Woolworths fell .") == [
        (0, "Woolworths"), (10, "Woolworths")]
    assert short("Bank of America 's profit . Bank of America Corp said so .") == [
        (0, "Bank of America")]
    # a longer name is another name
    assert short("Acme Corp said so . Acme Holdings fell .") == []
    assert short("News Corp said so . Sky News reported it . News of the deal is news .") == []


@pytest.mark.parametrize("model", ["nlp", "blank_nlp"])
@pytest.mark.parametrize(
    ("text", "place"),
    [
        pytest.param("New South Wales Treasurer Daniel Mookhey said the state would post a "
                     "deficit.", "New South Wales", id="a state named after a country"),
        pytest.param("Northern Ireland Secretary Peter Hain spoke.", "Northern Ireland",
                     id="a part of the kingdom named after an island's country"),
        pytest.param("In Wales, the plan was dropped.", "Wales",
                     id="a capitalised word of no place opening the sentence"),
    ],
)
def test_a_place_the_rules_know_is_read_with_the_words_that_make_it_another(
    request: pytest.FixtureRequest, model: str, text: str, place: str
) -> None:
    """"New South Wales" is no Wales, even where the model misses the longer name."""
    doc = request.getfixturevalue(model)(text)
    assert [doc.text[r["start"]:r["end"]] for r in doc._.claimx_figures
            if r["kind"] == "entity"][:1] == [place]


def test_a_place_written_as_an_acronym_takes_no_opener(blank_nlp: spacy.Language) -> None:
    """"New EU rules": new rules of the EU (the rules alone, so no model's span decides)."""
    doc = blank_nlp("New EU rules set compensation at 250 euros.")
    assert [doc.text[r["start"]:r["end"]] for r in doc._.claimx_figures
            if r["kind"] == "entity"] == ["EU"]
