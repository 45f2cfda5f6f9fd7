"""Copies of the committed seed outputs, for tests that write beside them or change them."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import ROOT

OUTPUTS = ROOT / "outputs"
RUN_FILES = ("claims.jsonl", "documents.jsonl", "conflicts.jsonl", "run.json")


def copy_outputs(folder: Path) -> Path:
    """``folder`` holding a copy of outputs/: the JSONL files and run.json."""
    folder.mkdir(parents=True)
    for name in RUN_FILES:
        shutil.copy(OUTPUTS / name, folder / name)
    return folder
