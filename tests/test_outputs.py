"""The committed outputs/ folder is what ``claimx extract seeds/`` writes now."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimx.io import read_jsonl
from claimx.run import run_extract
from claimx.schema import problems
from tests.conftest import ROOT

PINNED = ("claims.jsonl", "documents.jsonl", "conflicts.jsonl")


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("outputs")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(ROOT)
        run_extract(["seeds/"], out)
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
