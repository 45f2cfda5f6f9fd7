"""Who states a figure, as the frame component names it (needs the model)."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        pytest.param("Oil minister Fathi Bin Shatwan spoke on Monday. \"I do not think we need "
                     "to cut unless the prices are falling below $35 a barrel,\" he added.",
                     "below $35 a barrel", "Fathi Bin Shatwan",
                     id="a quote's I is the speaker the verb of saying names"),
        pytest.param("A blog is created every 5.8 seconds, according to a US research "
                     "think-tank.", "5.8", "US research think tank",
                     id="a place before the source's noun is not the source"),
    ],
)
def test_the_source_of_a_figure(nlp: Language, text: str, figure: str, source: str) -> None:
    doc = nlp(text)
    found = {doc.text[r["start"]:r["end"]]: r["source"] for r in doc._.claimx_figures
             if "source" in r}
    assert found[figure] == source
