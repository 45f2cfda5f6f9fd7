"""What a report is made from: the files of an outputs folder, and the document texts read
again from their sources.

A relative source is looked up from the current folder, then from the given roots; a
source that is missing, unreadable or changed since extraction (another sha256) is said so.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from claimx.batch.corpus import Document, read_jsonl_corpus, read_text_file
from claimx.io import read_jsonl

JSONL_SOURCE = re.compile(r"^(?P<path>.+):(?P<line>\d+)$")


@dataclass(frozen=True)
class Outputs:
    """The files of one outputs folder, read."""

    folder: Path
    claims: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    conflicts: list[dict[str, Any]]
    run: dict[str, Any]

    @classmethod
    def read(cls, folder: str | os.PathLike[str]) -> Outputs:
        """Read claims.jsonl and documents.jsonl (required), conflicts.jsonl and run.json."""
        path = Path(folder)
        if not path.is_dir():
            raise FileNotFoundError(f"not an outputs folder: {path}")
        for name in ("claims.jsonl", "documents.jsonl"):
            if not (path / name).is_file():
                raise FileNotFoundError(f"no {name} in {path}")
        conflicts = path / "conflicts.jsonl"
        run = path / "run.json"
        return cls(
            path,
            list(read_jsonl(path / "claims.jsonl")),
            list(read_jsonl(path / "documents.jsonl")),
            list(read_jsonl(conflicts)) if conflicts.is_file() else [],
            json.loads(run.read_text(encoding="utf-8")) if run.is_file() else {},
        )


class Sources:
    """Document texts read again from their sources, checked against the recorded sha256."""

    def __init__(self, roots: Sequence[Path]) -> None:
        self.roots = list(roots)
        self._corpora: dict[Path, dict[str, Document]] = {}

    def find(self, source: str) -> Path | None:
        """The existing file a recorded source path names, looked up from each root."""
        path = Path(source)
        candidates = [path] if path.is_absolute() else [path, *(r / path for r in self.roots)]
        return next((c for c in candidates if c.is_file()), None)

    def text(self, record: Mapping[str, Any]) -> tuple[str | None, str | None]:
        """(text, None), or (None, why the text cannot be shown)."""
        if record.get("error") is not None:
            return None, f"not read at extraction: {record['error']}"
        source = str(record.get("source") or "")
        doc = self._document(source, str(record.get("id")))
        if doc is None:
            return None, f"source not found: {source}"
        if doc.error is not None:
            return None, f"source cannot be read now: {doc.error}"
        if record.get("sha256") and doc.sha256 != record["sha256"]:
            return None, f"source changed since extraction (sha256 differs): {source}"
        return doc.text, None

    def _document(self, source: str, doc_id: str) -> Document | None:
        path = self.find(source)
        if path is not None:
            return read_text_file(path, doc_id, None)
        match = JSONL_SOURCE.match(source)
        if match is None:
            return None
        corpus = self.find(match["path"])
        if corpus is None:
            return None
        if corpus not in self._corpora:
            self._corpora[corpus] = {
                d.source.rsplit(":", 1)[-1]: d for d in read_jsonl_corpus(corpus, None)
            }
        return self._corpora[corpus].get(match["line"])
