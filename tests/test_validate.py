"""``claimx validate`` on good and broken output folders."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimx.cli import main
from claimx.validate import validate_outputs
from tests.conftest import ROOT


@pytest.fixture
def outputs(tmp_path: Path) -> Path:
    folder = tmp_path / "outputs"
    shutil.copytree(ROOT / "outputs", folder)
    return folder


def rewrite(path: Path, change: object) -> None:
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    change(lines)  # type: ignore[operator]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")


def test_committed_outputs_are_valid(outputs: Path) -> None:
    assert validate_outputs(outputs) == []
    result = CliRunner().invoke(main, ["validate", str(outputs)])
    assert result.exit_code == 0


def test_schema_break_is_reported_with_its_line(outputs: Path) -> None:
    rewrite(outputs / "claims.jsonl", lambda lines: lines[0].update(kind="rumour"))
    [problem] = validate_outputs(outputs)
    assert problem.startswith("claims.schema.json line 1: kind:")


def test_conflict_naming_a_missing_claim_is_reported(outputs: Path) -> None:
    rewrite(outputs / "conflicts.jsonl", lambda lines: lines[0]["claims"].append("x:1-2"))
    assert validate_outputs(outputs) == [
        "conflicts.jsonl line 1: claim 'x:1-2' is not in claims.jsonl"
    ]


def test_claim_of_an_unknown_document_is_reported(outputs: Path) -> None:
    rewrite(outputs / "documents.jsonl", lambda lines: lines.pop())
    problems = validate_outputs(outputs)
    assert problems and all("is not in documents.jsonl" in p for p in problems)


def test_missing_file_and_bad_json_fail_the_command(outputs: Path) -> None:
    (outputs / "documents.jsonl").unlink()
    (outputs / "claims.jsonl").write_text("{broken\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(outputs)])
    assert result.exit_code == 1
    assert "documents.jsonl: missing" in result.output
    assert "claims.jsonl:1: not valid JSON" in result.output
