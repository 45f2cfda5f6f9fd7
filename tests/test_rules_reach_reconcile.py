"""A rules folder's reconcile.json is what reconciliation uses, in extract and in reconcile."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from claimx.batch.run import run_extract, run_reconcile
from claimx.io import read_jsonl
from claimx.rules_folder import default_rules_dir
from tests.conftest import SEEDS


def rules_with_weight(tmp_path: Path, weight: float) -> Path:
    """A copy of the packaged rules whose arithmetic findings weigh ``weight``."""
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    table = json.loads((rules / "reconcile.json").read_text(encoding="utf-8"))
    table["severity"]["weights"]["arithmetic"] = weight
    (rules / "reconcile.json").write_text(json.dumps(table), encoding="utf-8")
    return rules


def arithmetic_severity(folder: Path) -> float:
    found = [f for f in read_jsonl(folder / "conflicts.jsonl") if f["type"] == "arithmetic"]
    assert len(found) == 1
    return float(found[0]["severity"])


@pytest.fixture(scope="module")
def packaged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("packaged")
    run_extract([SEEDS], out, model="default", cache=False)
    return out


def test_extract_reconciles_with_the_rules_folders_tables(packaged: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_extract([SEEDS], out, model="default", rules_dir=rules_with_weight(tmp_path, 0.1),
                cache=False)
    assert arithmetic_severity(out) < arithmetic_severity(packaged)


def test_reconcile_takes_a_rules_folder(packaged: Path, tmp_path: Path) -> None:
    out = tmp_path / "again"
    run_reconcile([packaged / "claims.jsonl"], out, rules_with_weight(tmp_path, 0.1))
    assert arithmetic_severity(out) < arithmetic_severity(packaged)


def test_a_broken_reconcile_json_is_a_setup_error_naming_the_file(
    packaged: Path, tmp_path: Path
) -> None:
    rules = rules_with_weight(tmp_path, 0.1)
    (rules / "reconcile.json").write_text("{not json", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "claimx.cli", "reconcile", str(packaged / "claims.jsonl"),
         "-o", str(tmp_path / "x"), "--rules", str(rules)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 3
    assert "reconcile.json" in result.stderr
