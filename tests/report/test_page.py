"""The whole page: self-contained, deterministic, with the documents it promises."""

from __future__ import annotations

import re
from pathlib import Path

from claimx.report import write_report
from tests.conftest import ROOT
from tests.seed_outputs import copy_outputs


def test_nothing_is_fetched(page: str) -> None:
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "<link" not in page
    assert "<script" not in page
    assert "url(" not in page
    assert "@import" not in page


def test_same_outputs_same_report(report: Path, tmp_path: Path) -> None:
    again = write_report(report.parent, tmp_path / "again.html", source_roots=[ROOT]).path
    assert again.read_bytes() == report.read_bytes()


def test_max_documents_keeps_the_documents_in_conflicts(tmp_path: Path) -> None:
    outputs = copy_outputs(tmp_path / "outputs")
    summary = write_report(outputs, max_documents=1, source_roots=[ROOT])
    assert (summary.documents, summary.documents_left_out) == (2, 0)
