"""Shared fixtures: the repository layout and one pipeline per model for the whole session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from claimx.pipeline import build_nlp

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
BBC = SHARED / "corpora" / "bbc"
SPECS = SHARED / "specs" / "recognizers-text"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default pipeline (statistical model plus rules), loaded once."""
    return build_nlp()


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    """The rules-only pipeline."""
    return build_nlp("blank")
