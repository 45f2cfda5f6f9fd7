"""Where claimx finds its rules, and how a rules folder is read and fingerprinted.

The top-level ``rules/`` folder is the single source of truth; the package reaches it as
``claimx/rules`` (a link in the source tree, a copied folder in a built wheel), so the same
lookup works from a checkout, an editable install and an installed wheel.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

PATTERN_SUFFIX = ".jsonl"


class RulesError(ValueError):
    """A rules folder or one of its files is missing or malformed."""


def default_rules_dir() -> Path:
    """The rules folder shipped with the package."""
    return Path(str(files("claimx") / "rules"))


def resolve_rules_dir(rules_dir: str | Path | None) -> Path:
    """``rules_dir`` if given (checked), else the packaged rules. A folder of one's own
    must hold every pattern file the packaged rules have (an empty file matches nothing):
    a missing one would silently drop a kind of figure."""
    path = default_rules_dir() if rules_dir is None else Path(rules_dir)
    if not path.is_dir():
        raise RulesError(f"rules folder not found: {path}")
    if rules_dir is not None:
        missing = sorted(
            p.name for p in pattern_files(default_rules_dir()) if not (path / p.name).is_file()
        )
        if missing:
            raise RulesError(
                f"rules folder {path} lacks {', '.join(missing)} (copy the packaged file, "
                "or leave an empty one to match nothing)"
            )
    return path


def pattern_files(rules_dir: Path) -> list[Path]:
    """The JSONL pattern files of a rules folder, in a stable order."""
    return sorted(p for p in rules_dir.glob(f"*{PATTERN_SUFFIX}") if p.is_file())


def read_patterns(path: Path) -> Iterator[dict[str, Any]]:
    """Pattern lines of one JSONL file; blank lines and ``//`` comment lines are skipped."""
    with path.open(encoding="utf-8") as handle:
        for lineno, line in enumerate(handle, 1):
            stripped = line.strip()
            if not stripped or stripped.startswith("//"):
                continue
            try:
                record = json.loads(stripped)
            except json.JSONDecodeError as exc:
                raise RulesError(f"{path.name}:{lineno}: not valid JSON ({exc.msg})") from exc
            unknown = set(record) - {"label", "pattern", "id"}
            if unknown or not {"label", "pattern", "id"} <= set(record):
                raise RulesError(
                    f"{path.name}:{lineno}: a pattern line needs exactly the keys label, "
                    f"pattern and id; got {sorted(record)}"
                )
            yield record


def load_patterns(rules_dir: Path, labels: set[str] | None = None) -> list[dict[str, Any]]:
    """All pattern lines of a rules folder, optionally only those with the given labels."""
    return [
        record
        for path in pattern_files(rules_dir)
        for record in read_patterns(path)
        if labels is None or record["label"] in labels
    ]


def read_table(rules_dir: Path, name: str) -> Any:
    """A JSON table (``name``.json) from a rules folder, falling back to the packaged one."""
    path = rules_dir / f"{name}.json"
    if not path.is_file():
        path = default_rules_dir() / f"{name}.json"
    return read_json(path, path.name)


def read_json(path: Path, shown: str) -> Any:
    """A JSON rules file; a missing or malformed one raises :class:`RulesError` naming it
    as ``shown``."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise RulesError(f"rules table not found: {shown}") from exc
    except json.JSONDecodeError as exc:
        raise RulesError(f"{shown}:{exc.lineno}: not valid JSON ({exc.msg})") from exc


@lru_cache(maxsize=16)
def rules_hash(rules_dir: Path) -> str:
    """sha256 over every rules file's name and bytes: identifies the rules a run used."""
    digest = hashlib.sha256()
    for path in sorted(p for p in rules_dir.rglob("*") if p.is_file()):
        digest.update(path.relative_to(rules_dir).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()
