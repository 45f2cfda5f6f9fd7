"""Holders as the frame component names them in a document (needs the model)."""

from __future__ import annotations

import pytest
from spacy.language import Language


def holders(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {doc.text[record["start"]:record["end"]]: record["entity"]
            for record in doc._.claimx_figures
            if record["label"] in ("MONEY", "PERCENT", "QUANTITY")}


@pytest.mark.parametrize(
    ("text", "figure", "holder"),
    [
        pytest.param("Data showed the Australian economy grew just 0.1% in the quarter.",
                     "0.1%", "Australia", id="a nationality before a noun is the country"),
        pytest.param("London Irish lost again. Irish trailed by just two points at the break.",
                     "two", "Irish", id="a nationality as a subject is a team, not the place"),
    ],
)
def test_nationality_words(nlp: Language, text: str, figure: str, holder: str) -> None:
    assert holders(nlp, text)[figure] == holder
