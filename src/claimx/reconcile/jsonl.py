"""Claims in, findings out, as JSON Lines: streaming reads and deterministic atomic writes."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any


def read_claims(paths: Iterable[str | Path]) -> Iterator[dict[str, Any]]:
    """Claim lines from JSONL files, one dict at a time, in file order.

    Non-integral numbers are read as Decimal so that "4.65" stays exact. Blank lines are
    skipped; a line that is not a JSON object raises ValueError naming file and line.
    """
    for path in paths:
        with Path(path).open(encoding="utf-8") as handle:
            for lineno, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line, parse_float=Decimal)
                except json.JSONDecodeError as exc:
                    raise ValueError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from exc
                if not isinstance(record, dict):
                    raise ValueError(f"{path}:{lineno}: expected a JSON object per line")
                yield record


def dumps(finding: Mapping[str, Any]) -> str:
    """One finding as its JSONL line (sorted keys, UTF-8 text kept as is), without newline."""
    return json.dumps(finding, sort_keys=True, ensure_ascii=False, default=_default)


def write_findings(findings: Iterable[Mapping[str, Any]], path: str | Path) -> Path:
    """Write findings to ``path`` as JSONL, atomically (temporary file, then os.replace)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{target.name}.", suffix=".tmp", dir=target.parent
    )
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", newline="\n") as handle:
            for finding in findings:
                handle.write(dumps(finding))
                handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return target


def _default(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"not JSON serializable: {type(value).__name__}")
