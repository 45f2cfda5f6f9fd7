"""claimx's components in a user's own spaCy pipeline, found through spaCy's entry points."""

from __future__ import annotations

import subprocess
import sys

import pytest

SCRIPT = """
import spacy
nlp = spacy.blank("en")
for name in ("claimx_sentences", "claimx_figures", "claimx_frame"):
    nlp.add_pipe(name)
doc = nlp("Exports rose 12% to $4.6 billion in 2024.")
print(type(doc._.claimx_figures).__name__, "claimx" in __import__("sys").modules)
"""


def test_factories_load_without_importing_claimx_and_register_their_extensions() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            check=False)
    assert result.returncode == 0, result.stderr
    # The extensions exist (a list, not E047), and only spaCy's entry points loaded claimx.
    assert result.stdout.split() == ["list", "True"]


def test_a_ruler_without_patterns_says_so() -> None:
    import spacy

    import claimx.components  # noqa: F401  (registers the factories)

    nlp = spacy.blank("en")
    nlp.add_pipe("claimx_span_ruler", config={"spans_key": "claimx_rules"})
    with pytest.warns(UserWarning, match="no patterns"):
        nlp("Exports rose 12%.")
