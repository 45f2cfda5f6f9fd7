"""A rules folder, read and checked once: :class:`RulesFolder`.

The top-level ``rules/`` folder is the single source of truth; the package reaches it as
``claimx/rules`` (a link in the source tree, a copied folder in a built wheel), so the same
lookup works from a checkout, an editable install and an installed wheel.

A run opens its rules folder once (:meth:`RulesFolder.open`) and hands the object to
everything that reads rules: the pipeline's components (patterns and tables), the
normalizers, reconciliation, and run.json (its hash). Opening reads every file, checks each
pattern line and each JSON table against its declared shape (:mod:`claimx.rules_spec`), and
hashes the bytes it read; any problem is a :class:`RulesError` naming the file and the key.

Pure: imports nothing but the standard library and claimx's own rules checks.
"""

from __future__ import annotations

import copy
import hashlib
import json
from collections.abc import Collection, Iterable, Mapping
from functools import cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from claimx.rules_check import RulesError, read_json
from claimx.rules_spec import SPECS, check_pattern_line, check_table

__all__ = ["PATTERN_SUFFIX", "TABLE_SUFFIX", "RulesError", "RulesFolder", "checked_tables",
           "default_rules_dir", "files_hash", "folder_files"]

PATTERN_SUFFIX = ".jsonl"
TABLE_SUFFIX = ".json"


def default_rules_dir() -> Path:
    """The rules folder shipped with the package."""
    return Path(str(files("claimx") / "rules"))


def files_hash(named_bytes: Iterable[tuple[str, bytes]]) -> str:
    """sha256 over (relative name, bytes) pairs in name order: identifies a rules folder's
    content, whatever folder holds it."""
    digest = hashlib.sha256()
    for name, data in sorted(named_bytes):
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update(data)
        digest.update(b"\0")
    return digest.hexdigest()


def folder_files(path: Path) -> list[tuple[str, bytes]]:
    """Every file under ``path`` (relative POSIX name, bytes), in name order."""
    return sorted(
        (p.relative_to(path).as_posix(), p.read_bytes()) for p in path.rglob("*") if p.is_file()
    )


class RulesFolder:
    """The patterns and tables of one rules folder, checked, and the hash of its files.

    Build with :meth:`open`. A folder of one's own must hold every pattern file and every
    table the packaged rules have (an empty pattern file matches nothing): a missing one
    would silently drop a kind of figure or a word list. Other ``.jsonl`` files are patterns
    of one's own; a ``.json`` file that is no table claimx reads is an error (a misspelt
    name would otherwise silently do nothing).
    """

    def __init__(self, path: Path, named_bytes: list[tuple[str, bytes]]) -> None:
        self.path = path
        self.hash = files_hash(named_bytes)
        """sha256 over every file's name and bytes (run.json's ``rules_hash``)."""
        self._patterns: dict[str, list[dict[str, Any]]] = {}
        self._tables: dict[str, Any] = {}
        for name, data in named_bytes:
            if "/" in name:
                continue  # only the folder's own files are rules
            text = _decoded(name, data)
            if name.endswith(PATTERN_SUFFIX):
                self._patterns[name.removesuffix(PATTERN_SUFFIX)] = _pattern_lines(name, text)
            elif name.endswith(TABLE_SUFFIX):
                table = name.removesuffix(TABLE_SUFFIX)
                self._tables[table] = check_table(table, read_json(text, name), shown=name)

    @classmethod
    def open(cls, rules: RulesFolder | str | Path | None = None) -> RulesFolder:
        """The rules folder at ``rules`` (None: the packaged rules, read once per process;
        a :class:`RulesFolder`: itself), read and checked now."""
        if isinstance(rules, RulesFolder):
            return rules
        if rules is None:
            return _packaged()
        return cls._read(Path(rules), required=_packaged())

    @classmethod
    def _read(cls, path: Path, required: RulesFolder | None) -> RulesFolder:
        if not path.is_dir():
            raise RulesError(f"rules folder not found: {path}")
        named = folder_files(path)
        names = {name for name, _ in named}
        if not any(n.endswith((PATTERN_SUFFIX, TABLE_SUFFIX)) for n in names):
            raise RulesError(
                f"rules folder {path} holds no rules files (copy the packaged rules/ and edit it)"
            )
        needed = [f"{name}{TABLE_SUFFIX}" for name in SPECS]
        if required is not None:
            needed += [f"{name}{PATTERN_SUFFIX}" for name in required.pattern_files]
        missing = sorted(set(needed) - names)
        if missing:
            raise RulesError(
                f"rules folder {path} lacks {', '.join(missing)} (copy the packaged file, "
                "or leave an empty pattern file to match nothing)"
            )
        return cls(path, named)

    @property
    def pattern_files(self) -> list[str]:
        """The names of the folder's pattern files, without ``.jsonl``, in name order."""
        return sorted(self._patterns)

    def patterns(
        self, labels: Collection[str] | None = None, *, file: str | None = None
    ) -> list[dict[str, Any]]:
        """Every pattern line (``label``, ``pattern``, ``id``), file by file in name order,
        optionally only those with one of ``labels``, or only those of ``file`` (a pattern
        file's name without ``.jsonl``); new dicts, the caller's to change."""
        files = self.pattern_files if file is None else [file]
        return [
            dict(line)
            for name in files
            for line in self._patterns[name]
            if labels is None or line["label"] in labels
        ]

    def table(self, name: str) -> Any:
        """The checked contents of ``name``.json (without its ``_`` comment keys), a new
        copy: the caller's to change, while the folder (the packaged one is shared by the
        whole process) stays as read."""
        return copy.deepcopy(self._tables[name])

    def tables(self, names: Iterable[str]) -> dict[str, Any]:
        """The tables ``names``, by name."""
        return {name: self.table(name) for name in names}

    def __repr__(self) -> str:
        return f"RulesFolder({str(self.path)!r}, hash={self.hash[:12]})"


@cache
def _packaged() -> RulesFolder:
    return RulesFolder._read(default_rules_dir(), required=None)


def _decoded(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RulesError(f"{name}: not UTF-8 text ({exc.reason})", file=name) from exc


def _pattern_lines(name: str, text: str) -> list[dict[str, Any]]:
    """The pattern lines of one JSONL file; blank lines and ``//`` comment lines (a folder
    of one's own may have them) are skipped."""
    lines = []
    for lineno, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped.startswith("//"):
            continue
        where = f"{name}:{lineno}"
        try:
            record = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise RulesError(f"{where}: not valid JSON ({exc.msg})", file=name) from exc
        lines.append(check_pattern_line(record, where))
    return lines


def checked_tables(tables: Mapping[str, Any], names: Iterable[str], where: str) -> dict[str, Any]:
    """``tables`` (a saved component's) checked against their specs, by name; a missing one
    is a :class:`RulesError` naming ``where``."""
    missing = [name for name in names if name not in tables]
    if missing:
        raise RulesError(f"{where}: rules tables missing: {', '.join(missing)}")
    return {name: check_table(name, tables[name], shown=f"{where}/{name}.json")
            for name in names}
