"""The whole BBC corpus (1,986 real articles) goes through with the rules-only pipeline:
no document fails, and every output line validates."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimx.batch.run import run_extract
from claimx.io import read_jsonl
from claimx.schema import problems
from tests.conftest import BBC, needs_bbc


@pytest.mark.slow
@needs_bbc
def test_bbc_corpus_extracts_cleanly_with_rules_only(tmp_path: Path) -> None:
    summary = run_extract([BBC], tmp_path, model="blank")
    inputs = [p for p in BBC.rglob("*") if p.suffix in (".txt", ".md")]  # README.md too
    assert summary.documents == len(inputs)
    assert summary.failed == 0, summary.errors[:5]
    documents = list(read_jsonl(tmp_path / "documents.jsonl"))
    assert [d["error"] for d in documents if d["error"]] == []
    assert problems("documents", documents) == []
    assert problems("claims", read_jsonl(tmp_path / "claims.jsonl")) == []
    assert problems("conflicts", read_jsonl(tmp_path / "conflicts.jsonl")) == []
    assert summary.claims > 5 * summary.documents  # news is dense with figures and names
