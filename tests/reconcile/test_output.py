"""Output: determinism, the findings schema, JSONL reading and writing, the summary."""

from __future__ import annotations

import json
import random
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from claimx.reconcile import (
    dumps,
    finding_id,
    read_claims,
    reconcile,
    reconcile_with_stats,
    summarize,
    write_findings,
)

Claim = dict[str, Any]


def schema() -> dict[str, Any]:
    text = (files("claimx") / "schemas" / "conflicts.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def test_same_input_same_bytes(seed_claims: list[Claim], tmp_path: Path) -> None:
    first = write_findings(reconcile(seed_claims), tmp_path / "a.jsonl")
    second = write_findings(reconcile(seed_claims), tmp_path / "b.jsonl")
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes()


def test_input_order_does_not_change_output(seed_claims: list[Claim], tmp_path: Path) -> None:
    shuffled = list(seed_claims)
    random.Random(7).shuffle(shuffled)
    first = write_findings(reconcile(seed_claims), tmp_path / "a.jsonl")
    second = write_findings(reconcile(shuffled), tmp_path / "b.jsonl")
    assert first.read_bytes() == second.read_bytes()


def test_findings_match_the_schema(seed_claims: list[Claim]) -> None:
    validator = jsonschema.Draft202012Validator(schema())
    validator.check_schema(schema())
    found = reconcile(seed_claims)
    assert found
    for finding in found:
        validator.validate(json.loads(dumps(finding)))


def test_findings_are_ordered_by_severity(seed_claims: list[Claim]) -> None:
    found = reconcile(seed_claims)
    keys = [(-f["severity"], f["type"], f["id"]) for f in found]
    assert keys == sorted(keys)


def test_finding_id_ignores_claim_order() -> None:
    assert finding_id("pragmatic", ["b", "a"]) == finding_id("pragmatic", ["a", "b"])
    assert finding_id("pragmatic", ["a", "b"]) != finding_id("cross_document", ["a", "b"])


def test_read_claims_streams_jsonl(seed_claims: list[Claim], tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_text(
        "".join(json.dumps(c, ensure_ascii=False) + "\n\n" for c in seed_claims),
        encoding="utf-8",
    )
    read = list(read_claims([path]))
    assert [c["id"] for c in read] == [c["id"] for c in seed_claims]
    assert reconcile(read) == reconcile(seed_claims)


def test_read_claims_names_the_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    path.write_text('{"id": "a"}\n{not json\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"claims\.jsonl:2"):
        list(read_claims([path]))


def test_write_is_atomic_and_leaves_no_temporary(seed_claims: list[Claim],
                                                 tmp_path: Path) -> None:
    target = tmp_path / "out" / "conflicts.jsonl"
    write_findings(reconcile(seed_claims), target)
    assert [p.name for p in target.parent.iterdir()] == ["conflicts.jsonl"]
    lines = target.read_text(encoding="utf-8").splitlines()
    assert all(list(json.loads(line)) == sorted(json.loads(line)) for line in lines)


def test_write_failure_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "conflicts.jsonl"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(TypeError):
        write_findings([{"bad": object()}], target)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["conflicts.jsonl"]


def test_summary_counts(seed_claims: list[Claim]) -> None:
    result = reconcile_with_stats(seed_claims)
    assert result.stats.claims_read == len(seed_claims)
    assert result.stats.findings_by_type == {
        "arithmetic": 1, "divergent_projection": 1, "pragmatic": 1}
    line = result.stats.summary()
    assert line.startswith(f"reconcile: {len(seed_claims)} claims read")
    assert "(arithmetic 1, divergent_projection 1, pragmatic 1)" in line
    assert summarize(3, result.findings).endswith("3 findings (arithmetic 1, "
                                                  "divergent_projection 1, pragmatic 1)")
