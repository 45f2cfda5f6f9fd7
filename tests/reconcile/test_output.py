"""Output: determinism, the findings schema, JSONL reading and writing, the summary."""

from __future__ import annotations

import json
import random
from importlib.resources import files
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from claimx.io import dumps, read_jsonl, write_jsonl
from claimx.reconcile import finding_id, reconcile, reconcile_with_stats, summarize

Claim = dict[str, Any]


def schema() -> dict[str, Any]:
    text = (files("claimx") / "schemas" / "conflicts.schema.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def test_same_input_same_bytes(seed_claims: list[Claim], tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_jsonl(first, reconcile(seed_claims))
    write_jsonl(second, reconcile(seed_claims))
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes()


def test_input_order_does_not_change_output(seed_claims: list[Claim], tmp_path: Path) -> None:
    shuffled = list(seed_claims)
    random.Random(7).shuffle(shuffled)
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    write_jsonl(first, reconcile(seed_claims))
    write_jsonl(second, reconcile(shuffled))
    assert first.read_bytes() == second.read_bytes()


def test_findings_match_the_schema(seed_claims: list[Claim]) -> None:
    validator = jsonschema.Draft202012Validator(schema())
    validator.check_schema(schema())
    found = reconcile(seed_claims)
    assert found
    for finding in found:
        validator.validate(json.loads(dumps(finding)))


B = 1_000_000_000


def _framed(claim: Any, doc: str, text: str, value: float, **extra: Any) -> Claim:
    """A claim with every field of the claim frame: measure, source, how, facet, status.
    Its figure is stated to a tenth of its scale ("$2.6 billion": 1e8)."""
    scale = B if "billion" in text else 1_000_000
    line: Claim = claim(doc, text, value, precision=scale / 10, **extra)
    line["subject"].update({"measure": "IT exports", "source": "the bureau",
                            "how": {"entity": "stated", "metric": "resolved"}})
    line["value"].update({"facet": "level", "direction": None})
    return line


FY25 = {"text": "FY25", "start": "2024-07-01", "end": "2025-06-30", "grain": "fiscal_year",
        "relative": False, "offset": None, "how": "inherited"}
NINE = {"text": "9MFY25", "start": "2024-07-01", "end": "2025-03-31", "grain": "months",
        "relative": False, "offset": None}
NEW_TYPES = {
    "revision": lambda c: [_framed(c, "a", "$4.6 billion", 4.6 * B) | {"status": "provisional"},
                           _framed(c, "b", "$5.2 billion", 5.2 * B) | {"status": "revised"}],
    "scale_slip": lambda c: [_framed(c, "a", "$2.6 million", 2.6e6),
                             _framed(c, "b", "$2.6 billion", 2.6 * B)],
    "period_mislabel": lambda c: [_framed(c, "a", "$2.3 billion", 2.3 * B, time=FY25),
                                  _framed(c, "b", "$2.3 billion", 2.3 * B, time=NINE)],
}


@pytest.mark.parametrize("kind", sorted(NEW_TYPES))
def test_new_finding_types_from_framed_claims_match_the_schema(claim: Any, kind: str) -> None:
    found = reconcile(NEW_TYPES[kind](claim))
    assert [f["type"] for f in found] == [kind]
    jsonschema.Draft202012Validator(schema()).validate(json.loads(dumps(found[0])))


def test_findings_are_ordered_by_severity(seed_claims: list[Claim]) -> None:
    found = reconcile(seed_claims)
    keys = [(-f["severity"], f["type"], f["id"]) for f in found]
    assert keys == sorted(keys)


def test_finding_id_ignores_claim_order() -> None:
    assert finding_id("pragmatic", ["b", "a"]) == finding_id("pragmatic", ["a", "b"])
    assert finding_id("pragmatic", ["a", "b"]) != finding_id("cross_document", ["a", "b"])


def test_claims_read_back_from_jsonl_reconcile_the_same(seed_claims: list[Claim],
                                                        tmp_path: Path) -> None:
    path = tmp_path / "claims.jsonl"
    write_jsonl(path, seed_claims)
    read = list(read_jsonl(path))
    assert [c["id"] for c in read] == [c["id"] for c in seed_claims]
    assert reconcile(read) == reconcile(seed_claims)


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


@pytest.mark.parametrize(
    ("doc_id", "written"),
    [
        ("000_aebd47d402352d9d", "000_aebd47d4"),  # a content hash: its first digits
        ("entertainment/049", "entertainment/049"),  # a path is written whole
        ("uk-gdp-q2-2014/guardian", "uk-gdp-q2-2014/guardian"),
        ("12345678901234", "12345678901234"),  # a long number is an id of its own
    ],
)
def test_explanations_shorten_only_a_content_hash_in_a_document_id(
    tables: Any, doc_id: str, written: str
) -> None:
    from claimx.reconcile.findings import Formatter

    assert Formatter(tables).doc(doc_id) == written
