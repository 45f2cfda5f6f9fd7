"""The export, report and info commands, and extract --format parquet, on temporary folders."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import claimx
from claimx.cli import main
from claimx.dataframes import TABLES, load_table
from tests.conftest import ROOT, SEEDS
from tests.seed_outputs import copy_outputs


def invoke(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.fixture
def outputs(tmp_path: Path) -> Path:
    return copy_outputs(tmp_path / "outputs")


def test_export_writes_the_named_file(outputs: Path, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "c.parquet"
    code, output = invoke("export", str(outputs / "claims.jsonl"), "--to", "parquet",
                          "-o", str(target))
    assert code == 0, output
    assert f"claimx: wrote {target}" in output
    assert len(claimx.load_claims(target)) == len(claimx.load_claims(outputs / "claims.jsonl"))


def test_export_of_a_folder_writes_every_table(outputs: Path) -> None:
    code, output = invoke("export", str(outputs), "-q")
    assert (code, output) == (0, "")
    assert sorted(p.name for p in outputs.glob("*.parquet")) == [
        "claims.parquet", "conflicts.parquet", "documents.parquet"]


def test_export_of_a_folder_takes_no_output_file(outputs: Path, tmp_path: Path) -> None:
    code, output = invoke("export", str(outputs), "-o", str(tmp_path / "x.parquet"))
    assert code == 2
    assert "a folder is exported beside its JSONL" in output


def test_extract_format_parquet_writes_both(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, output = invoke("extract", str(SEEDS), "-o", str(out), "--model", "blank",
                          "--format", "parquet", "-q")
    assert code == 0, output
    for name in ("claims", "documents", "conflicts"):
        table = TABLES[name]
        pd.testing.assert_frame_equal(load_table(out / f"{name}.jsonl", table),
                                      load_table(out / f"{name}.parquet", table))


def test_extract_writes_no_parquet_by_default(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, output = invoke("extract", str(SEEDS), "-o", str(out), "--model", "blank", "-q")
    assert code == 0, output
    assert not list(out.glob("*.parquet"))


def test_report_writes_the_page_and_says_what_it_shows(outputs: Path, tmp_path: Path) -> None:
    code, output = invoke("report", str(outputs), "-o", str(tmp_path / "r.html"),
                          "--source-root", str(ROOT))
    assert code == 0, output
    claims = len((outputs / "claims.jsonl").read_text(encoding="utf-8").splitlines())
    assert f"(2 documents, {claims} claims highlighted, 3 conflicts)" in output
    assert (tmp_path / "r.html").is_file()


def test_report_counts_the_sources_it_could_not_show(
    outputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, output = invoke("report", str(outputs))
    assert code == 0, output
    assert "; 2 sources not shown" in output
    assert (outputs / "report.html").is_file()


def test_info_prints_the_run(outputs: Path) -> None:
    code, output = invoke("info", str(outputs))
    assert code == 0, output
    assert output.startswith(f"outputs    {outputs}\nclaimx     ")


# claimx reconcile: findings stay beside the claims they describe, and bad claim lines are named.


def test_reconcile_into_a_new_folder_writes_one_that_validates(
    outputs: Path, tmp_path: Path
) -> None:
    code, output = invoke("reconcile", str(outputs / "claims.jsonl"), "-o", str(tmp_path / "new"))
    assert code == 0, output
    code, output = invoke("validate", str(tmp_path / "new"))
    assert code == 0, output
    assert (tmp_path / "new" / "conflicts.jsonl").read_bytes() == (
        outputs / "conflicts.jsonl").read_bytes()


def test_reconcile_a_folders_own_claims_in_place(outputs: Path) -> None:
    before = {p.name: p.read_bytes() for p in outputs.iterdir()}
    code, output = invoke("reconcile", str(outputs / "claims.jsonl"), "-o", str(outputs))
    assert code == 0, output
    assert {p.name: p.read_bytes() for p in outputs.iterdir()} == before


def test_reconcile_refuses_to_write_beside_other_claims(outputs: Path, tmp_path: Path) -> None:
    other = copy_outputs(tmp_path / "other")
    before = (outputs / "conflicts.jsonl").read_bytes()
    code, output = invoke("reconcile", str(other / "claims.jsonl"), "-o", str(outputs))
    assert code == 2
    assert "holds the claims.jsonl of another run" in output
    assert (outputs / "conflicts.jsonl").read_bytes() == before


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        pytest.param({"value": {"low": "abc", "high": "abc", "bound": "exact", "unit": "USD",
                                "per": None, "precision": 1}},
                     "value is not an interval claimx can read", id="low-not-a-number"),
        pytest.param({"value": None}, 'no "value" object', id="value-missing"),
        pytest.param({"doc_id": 7}, 'no "doc_id" string', id="doc-id-not-a-string"),
    ],
)
def test_reconcile_names_each_claim_it_skips_and_counts_them(
    outputs: Path, tmp_path: Path, change: dict[str, object], reason: str
) -> None:
    lines = (outputs / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    money = next(n for n, line in enumerate(lines) if '"kind": "money"' in line)
    lines[money] = json.dumps(json.loads(lines[money]) | change, sort_keys=True)
    claims = tmp_path / "claims.jsonl"
    claims.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, output = invoke("reconcile", str(claims), "-o", str(tmp_path / "out"))
    assert code == 0, output
    assert f"claimx: {claims}:{money + 1}: {reason}" in output
    assert "claimx: 1 claims skipped (not usable as claims)" in output
    assert f"{len(lines) - 1} claims read" in output


def test_parquet_files_get_the_mode_the_jsonl_files_get(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, output = invoke("extract", str(SEEDS), "-o", str(out), "--model", "blank",
                          "--format", "parquet", "-q")
    assert code == 0, output
    modes = {path.name: path.stat().st_mode & 0o777 for path in out.iterdir() if path.is_file()}
    assert len(modes) == 7  # three tables as JSONL and as Parquet, and run.json
    assert set(modes.values()) == {0o666 & ~current_umask()}


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
