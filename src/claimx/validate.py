"""Checks an outputs folder: every line against its JSON Schema, and the cross-references.

Pure (no spaCy): reads claims.jsonl, documents.jsonl and, when present, conflicts.jsonl.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from claimx.io import read_jsonl
from claimx.schema import problems

REQUIRED = ("claims", "documents")
OPTIONAL = ("conflicts",)


def validate_outputs(out_dir: Path, limit: int = 20) -> list[str]:
    """Up to ``limit`` one-line problems found in ``out_dir`` (empty when all is well)."""
    found: list[str] = []
    records: dict[str, list[dict[str, Any]]] = {}
    for name in REQUIRED + OPTIONAL:
        path = out_dir / f"{name}.jsonl"
        if not path.is_file():
            if name in REQUIRED:
                found.append(f"{path.name}: missing")
            continue
        try:
            records[name] = list(read_jsonl(path))
        except (ValueError, UnicodeDecodeError) as exc:
            found.append(f"{path.name}: {exc}")
            continue
        found.extend(problems(name, records[name], limit))
    found.extend(cross_references(records))
    return found[:limit]


def cross_references(records: dict[str, list[dict[str, Any]]]) -> Iterator[str]:
    """Claim ids unique, offsets and bounds ordered, and every reference resolvable."""
    claims = records.get("claims", [])
    doc_ids = {d.get("id") for d in records.get("documents", [])}
    seen: set[str] = set()
    for lineno, claim in enumerate(claims, 1):
        where = f"claims.jsonl line {lineno}"
        claim_id = claim.get("id")
        if claim_id in seen:
            yield f"{where}: duplicate claim id {claim_id!r}"
        seen.add(str(claim_id))
        if "documents" in records and claim.get("doc_id") not in doc_ids:
            yield f"{where}: doc_id {claim.get('doc_id')!r} is not in documents.jsonl"
        start, end = claim.get("start"), claim.get("end")
        if isinstance(start, int) and isinstance(end, int) and start >= end:
            yield f"{where}: start {start} is not before end {end}"
        value = claim.get("value")
        if isinstance(value, dict):
            low, high = value.get("low"), value.get("high")
            if isinstance(low, int | float) and isinstance(high, int | float) and low > high:
                yield f"{where}: value low {low} is above high {high}"
    for lineno, finding in enumerate(records.get("conflicts", []), 1):
        for named in finding.get("claims", []):
            if named not in seen:
                yield f"conflicts.jsonl line {lineno}: claim {named!r} is not in claims.jsonl"
