"""Shared fixtures: the repository layout and one pipeline per model for the whole session."""

from __future__ import annotations

import shutil
from collections.abc import Collection
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

from claimx.batch.corpus import Document
from claimx.batch.run import process
from claimx.pipeline import build_nlp

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CROSS_SOURCE = ROOT / "benchmarks" / "data" / "cross_source"  # the cross-source excerpts
SHARED = ROOT.parent / "shared"
BBC = SHARED / "corpora" / "bbc"
SPECS = SHARED / "specs" / "recognizers-text"
# For the tests that need the shared BBC corpus beside the repository (a plain clone has none).
needs_bbc = pytest.mark.skipif(not BBC.is_dir(), reason=f"BBC corpus not found at {BBC}")


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The default pipeline (statistical model plus rules), loaded once."""
    return build_nlp()


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    """The rules-only pipeline."""
    return build_nlp("blank")


def copy_corpus(folder: Path, bbc_articles: int) -> Path:
    """Fill ``folder`` with the seeds and the first ``bbc_articles`` BBC business articles
    (when the corpus is there); returns ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    if BBC.is_dir():
        for article in sorted((BBC / "business").glob("*.txt"))[:bbc_articles]:
            shutil.copy(article, folder / f"bbc-{article.name}")
    return folder


def article_texts(folder: str, count: int) -> list[str]:
    """The seeds' texts and the first ``count`` BBC articles of ``folder`` (when there)."""
    found = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    if BBC.is_dir():
        found += [
            p.read_text(encoding="utf-8", errors="replace")
            for p in sorted((BBC / folder).glob("*.txt"))[:count]
        ]
    return found


def claims_of(nlp: Language, text: str, kinds: Collection[str]) -> list[dict[str, Any]]:
    """The claims of ``kinds`` that ``nlp`` makes of one document holding ``text``."""
    return [
        claim
        for _, _, found in process(nlp, [Document("doc", "test", text)])
        for claim in found
        if claim["kind"] in kinds
    ]
