"""What changed between two outputs folders: claims and findings added, removed or changed.

Pure: reads two folders written by ``claimx extract`` (claims.jsonl, and conflicts.jsonl
when there) and compares their records; no spaCy. ``claimx diff`` prints the result.

Claims are paired by document and span first (the same characters of the same document),
then, among those left, by document and text in reading order (a figure that moved because
text before it changed). Findings are paired by type and claim ids first, then by type and
subject. A paired record whose fields differ is *changed*; the fields are named by their
dotted path (``value.low``, ``subject.entity``) with the old and the new value.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from claimx.io import read_jsonl

CLAIMS_FILE = "claims.jsonl"
CONFLICTS_FILE = "conflicts.jsonl"

Record = dict[str, Any]
Key = Callable[[Record], Hashable]


class _Absent:
    """The value of a field one of the two records does not have."""

    def __repr__(self) -> str:
        return "(absent)"


ABSENT: Any = _Absent()


class DiffError(ValueError):
    """An outputs folder that cannot be compared (missing or malformed claims file)."""


@dataclass(frozen=True)
class FieldChange:
    """One field of a paired record that differs: its dotted path, old and new value
    (:data:`ABSENT` when one record does not have the field)."""

    field: str
    baseline: Any
    new: Any

    def as_dict(self) -> Record:
        """The change as JSON: a side without the field has no key."""
        found: Record = {"field": self.field}
        for side, value in (("baseline", self.baseline), ("new", self.new)):
            if value is not ABSENT:
                found[side] = value
        return found


@dataclass(frozen=True)
class Changed:
    """A record present in both folders with different fields; ``matched_by`` says how."""

    baseline: Record
    new: Record
    matched_by: str
    fields: tuple[FieldChange, ...]


@dataclass
class RecordDiff:
    """Added, removed and changed records of one kind, and how many are the same."""

    added: list[Record] = field(default_factory=list)
    removed: list[Record] = field(default_factory=list)
    changed: list[Changed] = field(default_factory=list)
    unchanged: int = 0

    @property
    def equal(self) -> bool:
        return not (self.added or self.removed or self.changed)

    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "changed": len(self.changed),
                "removed": len(self.removed), "unchanged": self.unchanged}


@dataclass(frozen=True)
class OutputsDiff:
    """The claim-level and finding-level differences between two outputs folders."""

    claims: RecordDiff
    findings: RecordDiff

    @property
    def equal(self) -> bool:
        return self.claims.equal and self.findings.equal

    def summary(self) -> str:
        """One line: how many claims and findings were added, removed and changed."""
        def part(name: str, found: RecordDiff) -> str:
            n = found.counts()
            return (f"{n['added']} {name} added, {n['removed']} removed, "
                    f"{n['changed']} changed, {n['unchanged']} unchanged")
        verdict = "no differences" if self.equal else "differences"
        return f"{verdict}: {part('claims', self.claims)}; {part('findings', self.findings)}"

    def as_dict(self) -> Record:
        """The differences as plain JSON values (what ``claimx diff --json`` prints)."""
        return {
            "claims": _record_diff_dict(self.claims),
            "equal": self.equal,
            "findings": _record_diff_dict(self.findings),
            "summary": {"claims": self.claims.counts(), "findings": self.findings.counts()},
        }


def diff_outputs(baseline_dir: Path, new_dir: Path) -> OutputsDiff:
    """Compare two outputs folders; raises :class:`DiffError` naming an unreadable file."""
    return OutputsDiff(
        claims=diff_claims(_read(baseline_dir, CLAIMS_FILE, required=True),
                           _read(new_dir, CLAIMS_FILE, required=True)),
        findings=diff_findings(_read(baseline_dir, CONFLICTS_FILE, required=False),
                               _read(new_dir, CONFLICTS_FILE, required=False)),
    )


def diff_claims(baseline: Sequence[Record], new: Sequence[Record]) -> RecordDiff:
    """Claims paired by document and span, then by document and text (in reading order)."""
    return _diff(baseline, new, _claim_order, [
        ("span", lambda c: (c.get("doc_id"), c.get("start"), c.get("end"))),
        ("text", lambda c: (c.get("doc_id"), c.get("text"))),
    ])


def diff_findings(baseline: Sequence[Record], new: Sequence[Record]) -> RecordDiff:
    """Findings paired by type and claim ids, then by type and subject."""
    return _diff(baseline, new, _finding_order, [
        ("claims", lambda f: (f.get("type"), tuple(sorted(f.get("claims") or ())))),
        ("subject", lambda f: (f.get("type"), _canonical(f.get("subject")))),
    ])


def field_changes(baseline: Record, new: Record) -> tuple[FieldChange, ...]:
    """The fields (dotted paths into nested objects) whose values differ, in path order."""
    old_fields, new_fields = dict(_flatten(baseline)), dict(_flatten(new))
    changes = []
    for path in sorted(old_fields.keys() | new_fields.keys()):
        old, now = old_fields.get(path, ABSENT), new_fields.get(path, ABSENT)
        if old != now or type(old) is not type(now):
            changes.append(FieldChange(path, old, now))
    return tuple(changes)


def render(found: OutputsDiff) -> str:
    """The differences as text: ``+`` added, ``-`` removed, ``~`` changed, then the summary."""
    lines: list[str] = []
    for title, part, describe in (("claims", found.claims, _describe_claim),
                                  ("findings", found.findings, _describe_finding)):
        if part.equal:
            continue
        lines.append(f"{title}:")
        entries: list[tuple[Any, list[str]]] = []
        for record in part.removed:
            entries.append((_sort_key(title, record), [f"- {describe(record)}"]))
        for record in part.added:
            entries.append((_sort_key(title, record), [f"+ {describe(record)}"]))
        for change in part.changed:
            block = [f"~ {describe(change.new)} (matched by {change.matched_by})"]
            block += [f"    {c.field}: {_show(c.baseline)} -> {_show(c.new)}"
                      for c in change.fields]
            entries.append((_sort_key(title, change.new), block))
        for _, block in sorted(entries, key=lambda entry: entry[0]):
            lines.extend(block)
    lines.append(found.summary())
    return "\n".join(lines) + "\n"


def _diff(
    baseline: Sequence[Record],
    new: Sequence[Record],
    order: Callable[[Record], Any],
    keys: Sequence[tuple[str, Key]],
) -> RecordDiff:
    result = RecordDiff()
    old_left = sorted(baseline, key=order)
    new_left = sorted(new, key=order)
    for name, key in keys:
        pairs, old_left, new_left = _pair(old_left, new_left, key)
        for old, now in pairs:
            changes = field_changes(old, now)
            if changes:
                result.changed.append(Changed(old, now, name, changes))
            else:
                result.unchanged += 1
    result.changed.sort(key=lambda change: order(change.new))
    result.removed, result.added = old_left, new_left
    return result


def _pair(
    baseline: list[Record], new: list[Record], key: Key
) -> tuple[list[tuple[Record, Record]], list[Record], list[Record]]:
    """Pair records with equal keys, the n-th baseline one with the n-th new one."""
    waiting: dict[Hashable, list[Record]] = defaultdict(list)
    for record in new:
        waiting[key(record)].append(record)
    pairs, unpaired = [], []
    for record in baseline:
        candidates = waiting.get(key(record))
        if candidates:
            pairs.append((record, candidates.pop(0)))
        else:
            unpaired.append(record)
    paired_new = {id(now) for _, now in pairs}
    return pairs, unpaired, [record for record in new if id(record) not in paired_new]


def _flatten(record: Record, prefix: str = "") -> Iterable[tuple[str, Any]]:
    for name, value in record.items():
        path = f"{prefix}{name}"
        if isinstance(value, dict) and value:
            yield from _flatten(value, f"{path}.")
        else:
            yield path, value


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _claim_order(claim: Record) -> tuple[str, int, int, str]:
    return (str(claim.get("doc_id")), _int(claim.get("start")), _int(claim.get("end")),
            str(claim.get("id")))


def _finding_order(finding: Record) -> tuple[str, str, str]:
    return (str(finding.get("type")), _canonical(finding.get("claims")), str(finding.get("id")))


def _sort_key(title: str, record: Record) -> Any:
    return _claim_order(record) if title == "claims" else _finding_order(record)


def _int(value: Any) -> int:
    return value if isinstance(value, int) else -1


def _describe_claim(claim: Record) -> str:
    return (f"{claim.get('doc_id')} {claim.get('start')}-{claim.get('end')} "
            f"{claim.get('kind')} {_show(claim.get('text'))}")


def _describe_finding(finding: Record) -> str:
    subject = finding.get("subject") or {}
    about = " ".join(str(v) for v in (subject.get("entity"), subject.get("metric")) if v)
    return f"{finding.get('type')} {_show(about)} [{', '.join(finding.get('claims') or ())}]"


def _show(value: Any) -> str:
    if value is ABSENT:
        return repr(value)
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _record_diff_dict(found: RecordDiff) -> Record:
    return {
        "added": found.added,
        "changed": [
            {"baseline_id": c.baseline.get("id"), "fields": [f.as_dict() for f in c.fields],
             "matched_by": c.matched_by, "new_id": c.new.get("id")}
            for c in found.changed
        ],
        "removed": found.removed,
    }


def _read(folder: Path, name: str, *, required: bool) -> list[Record]:
    path = folder / name
    if not path.is_file():
        if required:
            raise DiffError(f"{path}: no such file (is {folder} a claimx outputs folder?)")
        return []
    try:
        return list(read_jsonl(path))
    except UnicodeDecodeError as exc:
        raise DiffError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    except ValueError as exc:
        raise DiffError(str(exc)) from exc
