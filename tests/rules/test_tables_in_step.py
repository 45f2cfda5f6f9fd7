"""The pattern files and the tables the normalizers read stay in step.

rules/money.jsonl and rules/quantity.jsonl list currency forms and number words inline (the
matcher needs them there); rules/currencies.json and rules/numbers.json are what the
normalizers read. A form only one side knows is either never found or found and then not
read.
"""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.matcher import Matcher
from spacy.tokens import Doc

from claimx.rules_folder import RulesFolder


def table(name: str) -> dict[str, Any]:
    data: dict[str, Any] = RulesFolder.open(None).table(name)
    return data


def accepted(label: str, words: list[str]) -> set[str]:
    """The words that some token spec of some ``label`` pattern accepts on its own."""
    nlp = spacy.blank("en")
    matcher = Matcher(nlp.vocab)
    for index, record in enumerate(RulesFolder.open(None).patterns()):
        if record["label"] != label or not isinstance(record["pattern"], list):
            continue
        for position, token in enumerate(record["pattern"]):
            spec = {k: v for k, v in token.items() if k != "OP"}
            if spec:
                matcher.add(f"{index}-{position}", [[spec]])
    doc = Doc(nlp.vocab, words=words)
    return {doc[start].text for _, start, _ in matcher(doc)}


def single_words(forms: list[str]) -> list[str]:
    return sorted({form for form in forms if " " not in form})


@pytest.mark.parametrize("kind", ["symbols", "names", "subunits", "ambiguous"])
def test_every_currency_form_can_be_matched(kind: str) -> None:
    forms = single_words(list(table("currencies")[kind]))
    assert forms
    assert sorted(set(forms) - accepted("MONEY", forms)) == []


@pytest.mark.parametrize(
    ("label", "kind"),
    [("QUANTITY", kind) for kind in ("units", "tens", "scales", "fractions")]
    # Amounts of money take "half" and "quarter" only, as parse_money does.
    + [("MONEY", kind) for kind in ("units", "tens", "scales")],
)
def test_every_number_word_can_be_matched(label: str, kind: str) -> None:
    words = single_words(list(table("numbers")[kind]))
    assert words
    assert sorted(set(words) - accepted(label, words)) == []


def test_every_symbol_before_an_amount_is_one_the_normalizer_reads() -> None:
    currencies = table("currencies")
    known = {form.lower() for kind in ("symbols", "names", "ambiguous", "place_only")
             for form in currencies[kind]}
    lists = [
        token["LOWER"]["IN"]
        for record in RulesFolder.open(None).patterns()
        if record["label"] == "MONEY" and isinstance(record["pattern"], list)
        for token in record["pattern"][:1]
        if isinstance(token.get("LOWER"), dict) and "$" in token["LOWER"].get("IN", [])
    ]
    assert lists
    assert sorted({form for forms in lists for form in forms} - known) == []
