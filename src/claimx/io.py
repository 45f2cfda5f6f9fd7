"""Atomic, deterministic JSONL and JSON writing, and streaming JSONL reading.

The one JSON Lines stack of claimx: the run's claims, documents and findings, the API's
records, reconciliation, the DataFrames, export, diff and the report all read and write
through it. Pure (standard library only), so :mod:`claimx.reconcile` uses it too.

Every output is written to a temporary file in the destination folder and renamed into
place, so a crash never leaves a half-written file where a good one was. Every line has
sorted keys and UTF-8 text kept as is: same records, same bytes.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import IO, Any


def dumps(record: Any) -> str:
    """One record as a JSON line (without newline): sorted keys, UTF-8 text kept as is.

    A ``Decimal`` (the exact arithmetic of the normalizers and reconciliation) is written as
    the JSON number it equals: an integer when it is one.
    """
    return json.dumps(record, sort_keys=True, ensure_ascii=False, default=_number)


def _number(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    raise TypeError(f"not JSON serializable: {type(value).__name__}")


def _umask() -> int:
    """The process umask (reading it means setting it: set it straight back)."""
    mask = os.umask(0)
    os.umask(mask)
    return mask


def shareable(path: Path) -> None:
    """Give a temporary file the mode a plain new file gets (mkstemp makes 0600; outputs are
    for sharing)."""
    os.chmod(path, 0o666 & ~_umask())


@contextmanager
def atomic_writer(path: Path) -> Iterator[IO[str]]:
    """A text handle whose content replaces ``path`` only when the block ends without error."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        shareable(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_jsonl(path: Path, records: Iterable[Any]) -> int:
    """Write records atomically as JSON lines; returns how many were written."""
    count = 0
    with atomic_writer(path) as handle:
        for record in records:
            handle.write(dumps(record) + "\n")
            count += 1
    return count


def write_json(path: Path, record: Any) -> None:
    """Write one JSON document atomically (indented, sorted keys)."""
    with atomic_writer(path) as handle:
        handle.write(json.dumps(record, sort_keys=True, ensure_ascii=False, indent=2) + "\n")


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    """Records of a JSONL file, streamed; a malformed line raises ValueError naming it."""
    for _, record in numbered_records(path):
        yield record


def numbered_records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """``(line number, record)`` for each record of a JSONL file (blank lines skipped)."""
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from exc
            if not isinstance(record, dict):
                raise ValueError(f"{path}:{lineno}: expected a JSON object")
            yield lineno, record
