"""The JSON Schemas of the output files, and validation of records against them."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from typing import Any

from jsonschema import Draft202012Validator

SCHEMAS = {
    "claims": "claims.schema.json",
    "documents": "documents.schema.json",
    "conflicts": "conflicts.schema.json",
}


@cache
def validator(name: str) -> Draft202012Validator:
    """The validator for one output file kind ("claims", "documents", "conflicts")."""
    text = (files("claimx") / "schemas" / SCHEMAS[name]).read_text(encoding="utf-8")
    # With the format checker, "format": "date" is enforced: "2024-02-30" and "yesterday"
    # are not dates, and every reader of the outputs parses these fields as dates.
    return Draft202012Validator(
        json.loads(text), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def problems(name: str, records: Iterable[dict[str, Any]], limit: int = 20) -> list[str]:
    """Up to ``limit`` one-line descriptions of records that break the schema."""
    found: list[str] = []
    check = validator(name)
    for lineno, record in enumerate(records, 1):
        for error in check.iter_errors(record):
            where = "/".join(str(p) for p in error.absolute_path) or "(record)"
            found.append(f"{SCHEMAS[name]} line {lineno}: {where}: {error.message}")
            if len(found) >= limit:
                return found
    return found
