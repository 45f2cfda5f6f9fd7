"""claimx diff: claims and findings added, removed and changed between two outputs folders."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimx.cli import main
from claimx.diff import ABSENT, FieldChange, diff_claims, diff_findings, diff_outputs, field_changes
from claimx.io import read_jsonl, write_jsonl
from tests.seed_outputs import OUTPUTS, copy_outputs

Records = list[dict[str, Any]]
CLAIMS = list(read_jsonl(OUTPUTS / "claims.jsonl"))
FINDINGS = list(read_jsonl(OUTPUTS / "conflicts.jsonl"))
MONEY = next(n for n, claim in enumerate(CLAIMS) if claim["kind"] == "money")


def edited(records: Records, index: int, edit: Callable[[dict[str, Any]], None]) -> Records:
    changed = copy.deepcopy(records)
    edit(changed[index])
    return changed


def shift(claim: dict[str, Any]) -> None:
    claim["start"] += 3
    claim["end"] += 3
    claim["id"] = f"{claim['doc_id']}:{claim['start']}-{claim['end']}"


def lower(claim: dict[str, Any]) -> None:
    claim["value"]["low"] = 1


def retext(claim: dict[str, Any]) -> None:
    shift(claim)
    claim["text"] = "$9 trillion"


def test_the_same_outputs_have_no_differences() -> None:
    found = diff_outputs(OUTPUTS, OUTPUTS)
    assert found.equal
    assert (found.claims.unchanged, found.findings.unchanged) == (len(CLAIMS), len(FINDINGS))


@pytest.mark.parametrize(
    ("edit", "matched_by", "fields"),
    [
        pytest.param(lower, "span", ["value.low"], id="value-changed-same-span"),
        pytest.param(shift, "text", ["end", "id", "start"], id="span-moved-same-text"),
    ],
)
def test_a_changed_claim_is_paired_and_its_fields_named(
    edit: Callable[[dict[str, Any]], None], matched_by: str, fields: list[str]
) -> None:
    found = diff_claims(CLAIMS, edited(CLAIMS, MONEY, edit))
    (change,) = found.changed
    assert (change.matched_by, [c.field for c in change.fields]) == (matched_by, fields)
    assert (found.added, found.removed, found.unchanged) == ([], [], len(CLAIMS) - 1)


def test_a_claim_with_new_span_and_text_is_removed_and_added() -> None:
    new = edited(CLAIMS, MONEY, retext)
    found = diff_claims(CLAIMS, new)
    assert (found.removed, found.added, found.changed) == ([CLAIMS[MONEY]], [new[MONEY]], [])


@pytest.mark.parametrize(
    ("baseline", "new", "side"),
    [
        pytest.param(CLAIMS, CLAIMS[:MONEY] + CLAIMS[MONEY + 1:], "removed", id="dropped"),
        pytest.param(CLAIMS[:MONEY] + CLAIMS[MONEY + 1:], CLAIMS, "added", id="new"),
    ],
)
def test_an_unpaired_claim_is_added_or_removed(baseline: Records, new: Records, side: str) -> None:
    found = diff_claims(baseline, new)
    assert getattr(found, side) == [CLAIMS[MONEY]]


def test_claims_with_the_same_text_pair_in_reading_order() -> None:
    first = {"doc_id": "d", "start": 0, "end": 3, "text": "$5m", "id": "d:0-3"}
    second = {"doc_id": "d", "start": 10, "end": 13, "text": "$5m", "id": "d:10-13"}
    moved = [dict(first, start=1, end=4, id="d:1-4"), dict(second, start=11, end=14, id="d:11-14")]
    found = diff_claims([second, first], moved)
    assert [(c.baseline["id"], c.new["id"]) for c in found.changed] == [
        ("d:0-3", "d:1-4"), ("d:10-13", "d:11-14")]


def test_a_finding_with_the_same_claims_is_paired_by_claims() -> None:
    new = edited(FINDINGS, 0, lambda f: f.update(severity=0.1))
    (change,) = diff_findings(FINDINGS, new).changed
    assert (change.matched_by, [c.field for c in change.fields]) == ("claims", ["severity"])


def test_a_finding_about_the_same_subject_with_other_claims_is_paired_by_subject() -> None:
    new = edited(FINDINGS, 0, lambda f: f.update(claims=["x:1-2"], id="0000"))
    (change,) = diff_findings(FINDINGS, new).changed
    assert (change.matched_by, [c.field for c in change.fields]) == ("subject", ["claims", "id"])


def test_a_finding_of_another_type_is_added_and_removed() -> None:
    new = edited(FINDINGS, 0, lambda f: f.update(type="other"))
    found = diff_findings(FINDINGS, new)
    assert (found.removed, found.added) == ([FINDINGS[0]], [new[0]])


def test_a_field_one_record_lacks_is_absent() -> None:
    assert field_changes({"a": 1}, {"a": 1, "b": {"c": None}}) == (
        FieldChange("b.c", ABSENT, None),)


@pytest.fixture
def baseline(tmp_path: Path) -> Path:
    return copy_outputs(tmp_path / "baseline")


@pytest.fixture
def changed(tmp_path: Path) -> Path:
    folder = copy_outputs(tmp_path / "new")
    write_jsonl(folder / "claims.jsonl", edited(CLAIMS, MONEY, lower))
    return folder


def run(*args: Path | str) -> Any:
    return CliRunner().invoke(main, ["diff", *map(str, args)])


def test_the_command_exits_0_when_the_outputs_agree(baseline: Path) -> None:
    result = run(baseline, OUTPUTS)
    assert (result.exit_code, result.output.splitlines()[-1]) == (
        0, f"no differences: 0 claims added, 0 removed, 0 changed, {len(CLAIMS)} unchanged; "
           f"0 findings added, 0 removed, 0 changed, {len(FINDINGS)} unchanged")


def test_the_command_exits_1_and_shows_the_field_when_they_differ(
    baseline: Path, changed: Path
) -> None:
    result = run(baseline, changed)
    claim = CLAIMS[MONEY]
    assert result.exit_code == 1
    assert f"    value.low: {claim['value']['low']} -> 1" in result.output.splitlines()


def test_json_output_names_the_changed_claims(baseline: Path, changed: Path) -> None:
    result = run(baseline, changed, "--json")
    found = json.loads(result.output)
    assert [c["new_id"] for c in found["claims"]["changed"]] == [CLAIMS[MONEY]["id"]]
    assert (found["equal"], found["summary"]["claims"]["changed"]) == (False, 1)


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        pytest.param(lambda p: (p / "claims.jsonl").unlink(), "claims.jsonl: no such file",
                     id="missing-claims"),
        pytest.param(lambda p: (p / "claims.jsonl").write_text("{\n"), "claims.jsonl:1: not valid",
                     id="malformed-claims"),
    ],
)
def test_an_unreadable_folder_exits_2_naming_the_file(
    baseline: Path, changed: Path, damage: Callable[[Path], Any], message: str
) -> None:
    damage(changed)
    result = run(baseline, changed)
    assert result.exit_code == 2
    assert message in result.output


def test_changed_claims_are_listed_in_reading_order() -> None:
    first = {"doc_id": "d", "start": 0, "end": 3, "text": "$5m", "id": "d:0-3", "kind": "money"}
    second = {"doc_id": "d", "start": 10, "end": 13, "text": "$7m", "id": "d:10-13",
              "kind": "money"}
    new = [dict(first, start=1, end=4, id="d:1-4"), dict(second, kind="quantity")]
    found = diff_claims([first, second], new)
    assert [(c.new["id"], c.matched_by) for c in found.changed] == [
        ("d:1-4", "text"), ("d:10-13", "span")]
