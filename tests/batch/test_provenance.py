"""claimx info: run.json laid out for reading."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from claimx.batch.provenance import describe_run, read_run
from tests.seed_outputs import copy_outputs


@pytest.fixture
def outputs(tmp_path: Path) -> Path:
    return copy_outputs(tmp_path / "outputs")


def lines(text: str) -> dict[str, str]:
    return dict(re.split(r"\s{2,}", line, maxsplit=1) for line in text.splitlines())


def test_every_recorded_item_is_shown(outputs: Path) -> None:
    run = json.loads((outputs / "run.json").read_text(encoding="utf-8"))
    shown = lines(describe_run(outputs))
    assert shown["claimx"] == run["claimx"]
    assert shown["spaCy"] == run["spacy"]
    assert shown["Python"] == run["python"]
    assert shown["model"] == run["model"]
    assert shown["pipeline"] == ", ".join(run["pipeline"])
    assert shown["rules"].startswith(f"sha256 {run['rules_hash']} (packaged rules now: ")
    assert shown["inputs"] == "seeds"
    assert shown["ref date"] == "none"
    assert shown["command"] == "claimx extract seeds/"
    assert shown["documents"] == f"{run['counts']['documents']} (0 unreadable)"
    kinds = ", ".join(f"{k} {n}" for k, n in run["counts"]["by_kind"].items())
    assert shown["claims"] == f"{run['counts']['claims']} ({kinds})"
    assert shown["findings"] == str(run["counts"]["findings"])
    assert re.fullmatch(
        r"load [\d.]+ s, extract [\d.]+ s, reconcile [\d.]+ s \(total [\d.]+ s\)",
        shown["timings"])
    assert re.fullmatch(r"claims\.jsonl [\d.]+ kB, documents\.jsonl \d+ B, "
                        r"conflicts\.jsonl [\d.]+ kB", shown["files"])


def test_rules_are_compared_with_the_packaged_ones(outputs: Path) -> None:
    run = json.loads((outputs / "run.json").read_text(encoding="utf-8"))
    (outputs / "run.json").write_text(json.dumps({**run, "rules_hash": "0" * 64}), "utf-8")
    assert lines(describe_run(outputs))["rules"].endswith("(packaged rules now: different)")


def test_keys_it_does_not_know_are_shown_as_recorded(outputs: Path) -> None:
    run = json.loads((outputs / "run.json").read_text(encoding="utf-8"))
    (outputs / "run.json").write_text(json.dumps({**run, "jobs": 4, "cache": {"hits": 2}}),
                                      "utf-8")
    shown = lines(describe_run(outputs))
    assert (shown["cache"], shown["jobs"]) == ('{"hits": 2}', "4")


def test_a_run_without_reconciliation(outputs: Path) -> None:
    run = json.loads((outputs / "run.json").read_text(encoding="utf-8"))
    run["counts"]["findings"] = None
    (outputs / "run.json").write_text(json.dumps(run), "utf-8")
    assert lines(describe_run(outputs))["findings"] == "none (not reconciled)"


def test_a_missing_or_broken_run_json_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"no run\.json in"):
        read_run(tmp_path)
    (tmp_path / "run.json").write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid JSON"):
        read_run(tmp_path)
