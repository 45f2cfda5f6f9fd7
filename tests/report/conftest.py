"""The report of the committed seed outputs, written once for the report tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimx.report import write_report
from tests.conftest import ROOT
from tests.seed_outputs import copy_outputs


@pytest.fixture(scope="package")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of the committed seed outputs, sources found from the repository root."""
    outputs = copy_outputs(tmp_path_factory.mktemp("report") / "outputs")
    return write_report(outputs, source_roots=[ROOT]).path


@pytest.fixture(scope="package")
def page(report: Path) -> str:
    return report.read_text(encoding="utf-8")
