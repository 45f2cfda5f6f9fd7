"""Checks an outputs folder: every line against its JSON Schema, and the cross-references.

Pure (no spaCy). Reads documents.jsonl, claims.jsonl and, when present, conflicts.jsonl, in
that order (each file refers only to the ones before it), a line at a time: memory grows with
the number of ids, not with the size of the files. Problems come out in file and line order,
one line each; the checks stop once enough have been found.

Each line must be strict JSON (no NaN or Infinity, no key given twice) and match its schema,
``format: date`` fields included ("2024-02-30" is no date); run.json must be there and hold a
JSON object. Cross-references checked:
- documents: at most one readable document (``error`` null) per id;
- claims: ids unique and ``doc_id:start-end``; ``doc_id`` names a readable document;
  ``start < end``; the text is ``end - start`` characters long and ends within the document
  (``chars``); ``low <= high`` where both are set, and a date's ``start <= end``;
  ``time.claim_id`` and ``converts`` name a claim;
  each document's ``claims`` count matches the claims that name it;
- conflicts: every claim id in ``claims`` and ``values``, and every id in ``docs``, exists.
A document's text is not in the outputs, so a claim's text is not compared with it.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any, TypeGuard

from jsonschema import Draft202012Validator

from claimx.schema import validator

# documents first: claims refer to documents, conflicts to claims and documents.
FILES = ("documents", "claims", "conflicts")
REQUIRED = frozenset({"documents", "claims"})
RUN_FILE = "run.json"
MAX_MESSAGE = 200  # a schema message quotes the bad value; a long one is cut to keep one line


class _Strict(ValueError):
    """JSON that Python's parser accepts but the format does not (NaN, duplicate keys)."""


def _no_constant(name: str) -> Any:
    raise _Strict(f"{name} is not a JSON number")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    record: dict[str, Any] = {}
    for key, value in pairs:
        if key in record:
            raise _Strict(f"duplicate key {key!r}")
        record[key] = value
    return record


def strict_loads(text: str) -> Any:
    """JSON as the format defines it: NaN, Infinity and a key given twice are errors (Python's
    parser takes them, and readers in other languages do not)."""
    return json.loads(text, parse_constant=_no_constant, object_pairs_hook=_unique_keys)


def validate_outputs(out_dir: Path, limit: int = 20) -> list[str]:
    """Up to ``limit`` one-line problems found in ``out_dir`` (empty when all is well)."""
    return list(islice(iter_problems(out_dir), limit))


def iter_problems(out_dir: Path) -> Iterator[str]:
    """Every problem in ``out_dir``, one line each, in file and line order (lazily)."""
    seen = _Seen()
    yield from _run_problems(out_dir / RUN_FILE)
    for name in FILES:
        path = out_dir / f"{name}.jsonl"
        if not path.is_file():
            if name in REQUIRED:
                yield f"{path.name}: missing"
            continue
        seen.present.add(name)
        schema = _schema(name)
        check = _CHECKS[name]
        for where, record in _records(path):
            if isinstance(record, str):
                yield f"{where}: {record}"
                continue
            if schema is not None:
                yield from _schema_problems(schema, record, where)
            yield from check(record, where, seen)
        yield from _after_file(name, seen)


@dataclass
class _Seen:
    """What earlier lines and files established, for the cross-references of later ones."""

    present: set[str] = field(default_factory=set)
    documents: dict[str, int | None] = field(default_factory=dict)  # readable id -> chars
    document_line: dict[str, str] = field(default_factory=dict)
    stated_claims: dict[str, tuple[str, int]] = field(default_factory=dict)  # id -> where, count
    claims: set[str] = field(default_factory=set)
    claims_per_doc: Counter[str] = field(default_factory=Counter)
    # (where, field, claim id): a claim naming another (its time, what it converts)
    refs: list[tuple[str, str, str]] = field(default_factory=list)


def _schema(name: str) -> Draft202012Validator | None:
    """The file's validator, or None when the package ships no schema for it."""
    try:
        return validator(name)
    except (KeyError, FileNotFoundError):
        return None


def _records(path: Path) -> Iterator[tuple[str, dict[str, Any] | str]]:
    """``(where, record)`` for each line, or ``(where, problem)`` for a line that is none."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield path.name, f"cannot read: {exc.strerror or exc}"
        return
    with handle:
        for lineno, raw in enumerate(handle, 1):
            if not raw.strip():  # never written, and harmless to every reader
                continue
            where = f"{path.name} line {lineno}"
            try:
                record = strict_loads(raw.decode("utf-8"))
            except UnicodeDecodeError:
                yield where, "not UTF-8"
                continue
            except json.JSONDecodeError as exc:
                yield where, f"not valid JSON ({exc.msg})"
                continue
            except _Strict as exc:
                yield where, f"not valid JSON ({exc})"
                continue
            yield where, record if isinstance(record, dict) else "not a JSON object"


def _run_problems(path: Path) -> Iterator[str]:
    """run.json must be there and hold a JSON object (info and report read it)."""
    try:
        run = strict_loads(path.read_bytes().decode("utf-8"))
    except FileNotFoundError:
        yield f"{path.name}: missing"
        return
    except OSError as exc:
        yield f"{path.name}: cannot read: {exc.strerror or exc}"
        return
    except UnicodeDecodeError:
        yield f"{path.name}: not UTF-8"
        return
    except json.JSONDecodeError as exc:
        yield f"{path.name}: not valid JSON ({exc.msg})"
        return
    except _Strict as exc:
        yield f"{path.name}: not valid JSON ({exc})"
        return
    if not isinstance(run, dict):
        yield f"{path.name}: not a JSON object"


def _schema_problems(
    schema: Draft202012Validator, record: dict[str, Any], where: str
) -> Iterator[str]:
    errors = sorted(schema.iter_errors(record), key=lambda e: [str(p) for p in e.absolute_path])
    for error in errors:
        at = "/".join(str(p) for p in error.absolute_path) or "(record)"
        message = error.message
        if len(message) > MAX_MESSAGE:
            message = message[: MAX_MESSAGE - 1] + "…"
        yield f"{where}: {at}: {message}"


def _is_number(value: Any) -> TypeGuard[int | float]:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_document(record: dict[str, Any], where: str, seen: _Seen) -> Iterator[str]:
    doc_id = record.get("id")
    if not isinstance(doc_id, str) or record.get("error") is not None:
        return
    if doc_id in seen.documents:
        yield (f"{where}: document id {doc_id!r} is readable twice "
               f"(also {seen.document_line[doc_id]})")
        return
    chars = record.get("chars")
    seen.documents[doc_id] = chars if isinstance(chars, int) else None
    seen.document_line[doc_id] = where
    count = record.get("claims")
    if isinstance(count, int):
        seen.stated_claims[doc_id] = (where, count)


def _check_claim(record: dict[str, Any], where: str, seen: _Seen) -> Iterator[str]:
    claim_id, doc_id = record.get("id"), record.get("doc_id")
    start, end, text = record.get("start"), record.get("end"), record.get("text")
    if isinstance(claim_id, str):
        if claim_id in seen.claims:
            yield f"{where}: duplicate claim id {claim_id!r}"
        seen.claims.add(claim_id)
        if isinstance(doc_id, str) and isinstance(start, int) and isinstance(end, int):
            expected = f"{doc_id}:{start}-{end}"
            if claim_id != expected:
                yield f"{where}: claim id {claim_id!r} is not doc_id:start-end ({expected!r})"
    if isinstance(doc_id, str):
        seen.claims_per_doc[doc_id] += 1
        if "documents" in seen.present and doc_id not in seen.documents:
            yield f"{where}: doc_id {doc_id!r} is not a readable document in documents.jsonl"
    if isinstance(start, int) and isinstance(end, int):
        if start >= end:
            yield f"{where}: start {start} is not before end {end}"
        elif isinstance(text, str) and len(text) != end - start:
            yield f"{where}: text has {len(text)} characters but end - start is {end - start}"
        chars = seen.documents.get(doc_id) if isinstance(doc_id, str) else None
        if chars is not None and end > chars:
            yield f"{where}: end {end} is past the document's {chars} characters"
    value = record.get("value")
    if isinstance(value, dict):
        low, high = value.get("low"), value.get("high")
        if _is_number(low) and _is_number(high) and low > high:
            yield f"{where}: value low {low} is above high {high}"
        first, last = value.get("start"), value.get("end")
        if isinstance(first, str) and isinstance(last, str) and first > last:
            yield f"{where}: date start {first} is after end {last}"
    time = record.get("time")
    if isinstance(time, dict) and isinstance(time.get("claim_id"), str):
        seen.refs.append((where, "time.claim_id", time["claim_id"]))
    if isinstance(record.get("converts"), str):
        seen.refs.append((where, "converts", record["converts"]))


def _check_conflict(record: dict[str, Any], where: str, seen: _Seen) -> Iterator[str]:
    named = record.get("claims")
    values = record.get("values")
    claim_ids = list(named) if isinstance(named, list) else []
    if isinstance(values, list):
        claim_ids += [v.get("claim_id") for v in values if isinstance(v, dict)]
    reported: set[str] = set()
    for claim_id in claim_ids:
        if isinstance(claim_id, str) and claim_id not in seen.claims and claim_id not in reported:
            reported.add(claim_id)
            yield f"{where}: claim {claim_id!r} is not in claims.jsonl"
    docs = record.get("docs")
    if "documents" in seen.present and isinstance(docs, list):
        for doc_id in docs:
            if isinstance(doc_id, str) and doc_id not in seen.documents:
                yield f"{where}: document {doc_id!r} is not in documents.jsonl"


def _after_file(name: str, seen: _Seen) -> Iterator[str]:
    """Checks that need the whole file: references forward, and per-document counts."""
    if name != "claims":
        return
    for where, name, claim_id in seen.refs:
        if claim_id not in seen.claims:
            yield f"{where}: {name} {claim_id!r} is not in claims.jsonl"
    for doc_id, (where, stated) in seen.stated_claims.items():
        found = seen.claims_per_doc.get(doc_id, 0)
        if found != stated:
            yield f"{where}: document {doc_id!r} counts {stated} claims, claims.jsonl has {found}"


_CHECKS: dict[str, Callable[[dict[str, Any], str, _Seen], Iterator[str]]] = {
    "documents": _check_document,
    "claims": _check_claim,
    "conflicts": _check_conflict,
}
