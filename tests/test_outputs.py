"""The committed outputs/ folder is what ``claimx extract seeds/`` writes now."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from claimx.batch.run import run_extract
from claimx.io import read_jsonl
from claimx.schema import problems
from tests.conftest import ROOT

PINNED = ("claims.jsonl", "documents.jsonl", "conflicts.jsonl")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("outputs")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        run_extract([Path("seeds/")], out)  # as the command line passes it
    return out


@pytest.mark.parametrize("name", PINNED)
def test_committed_outputs_are_current(fresh: Path, name: str) -> None:
    committed = ROOT / "outputs" / name
    assert committed.is_file(), f"outputs/{name} is missing: run `claimx extract seeds/`"
    assert committed.read_bytes() == (fresh / name).read_bytes(), (
        f"outputs/{name} is stale: run `claimx extract seeds/` and commit the result"
    )


@pytest.mark.parametrize("name", ["claims", "documents", "conflicts"])
def test_every_output_line_validates(fresh: Path, name: str) -> None:
    assert problems(name, read_jsonl(fresh / f"{name}.jsonl")) == []


def run_record(folder: Path) -> dict[str, Any]:
    """What run.json says about the pipeline and the inputs (not the machine, the clock or
    the cache: python and spaCy patch versions, timings, documents taken from the cache)."""
    record: dict[str, Any] = json.loads((folder / "run.json").read_text(encoding="utf-8"))
    for varying in ("python", "spacy", "timings", "argv"):
        record.pop(varying)
    record["counts"].pop("processed")
    record["counts"].pop("from_cache")
    return record


def test_committed_run_record_is_current(fresh: Path) -> None:
    assert run_record(ROOT / "outputs") == run_record(fresh), (
        "outputs/run.json is stale: run `claimx extract seeds/` and commit the result")


def test_committed_run_record_is_the_readme_command() -> None:
    record = json.loads((ROOT / "outputs" / "run.json").read_text(encoding="utf-8"))
    assert record["argv"] == ["extract", "seeds/"]
