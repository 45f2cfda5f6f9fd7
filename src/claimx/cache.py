"""The per-document result cache under ``OUTPUT/.cache``: incremental runs and resuming.

Each processed document's outcome (token count and claim lines) is written, as soon as the
document is done, to one small file named by a key over everything its claims depend on:
the pipeline's *fingerprint* (claimx version and code, spaCy version, model name and
version, rules hash) and the document's id, date and text (sha256). A later run over the
same output folder takes every document whose key it finds from the cache instead of
processing it again, and writes the same bytes a fresh run would. That makes re-runs
incremental (only new or changed documents are processed) and makes a killed run
resumable (what it finished is already there).

Each entry is written to a temporary file and renamed into place, so a run killed at any
point leaves only whole entries. A run holds a lock on the folder (``.cache/lock``), so two
runs never write one output folder at once, and a run that completes drops the entries it
did not use (documents no longer in the corpus, other pipelines).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
from collections.abc import Iterator
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import IO

import spacy.about

from claimx import __version__
from claimx.corpus import Document
from claimx.work import Outcome

CACHE_DIR = ".cache"
ENTRIES_DIR = "claims"
TMP_DIR = "tmp"
LOCK_FILE = "lock"
META_FILE = "pipeline.json"


class CacheBusyError(RuntimeError):
    """Another run holds the output folder's lock."""


@lru_cache(maxsize=1)
def code_hash() -> str:
    """sha256 over the claimx package's Python files: any change of code changes it."""
    digest = hashlib.sha256()
    root = Path(str(files("claimx")))
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def fingerprint(model: str, rules_sha256: str) -> str:
    """What a document's claims depend on besides the document: code, model, rules."""
    parts = {
        "claimx": __version__,
        "code": code_hash(),
        "spacy": spacy.about.__version__,
        "model": model,
        "rules": rules_sha256,
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()


def document_key(doc: Document) -> str:
    """The part of a cache key that belongs to the document: id, date and text."""
    date = doc.date.isoformat() if doc.date else ""
    return f"{doc.id}\0{date}\0{doc.sha256}"


class ResultCache:
    """Outcomes of processed documents, one file each, for one pipeline fingerprint."""

    def __init__(self, out_dir: Path, pipeline: str) -> None:
        self.root = out_dir / CACHE_DIR
        self.pipeline = pipeline
        self.entries = self.root / ENTRIES_DIR / pipeline[:32]
        self.tmp = self.root / TMP_DIR
        self.used: set[str] = set()  # names of the entries this run read or wrote
        self.hits = 0
        self.writes = 0
        self._lock: IO[str] | None = None

    def __enter__(self) -> ResultCache:
        self.root.mkdir(parents=True, exist_ok=True)
        self._lock = acquire_lock(self.root / LOCK_FILE)
        shutil.rmtree(self.tmp, ignore_errors=True)  # left by a killed run
        self.tmp.mkdir(parents=True, exist_ok=True)
        self.entries.mkdir(parents=True, exist_ok=True)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._lock is not None:
            self._lock.close()  # closing the file releases the lock
            self._lock = None

    def path(self, doc: Document) -> Path:
        """Where ``doc``'s outcome is kept."""
        key = hashlib.sha256(f"{self.pipeline}\0{document_key(doc)}".encode()).hexdigest()
        return self.entries / key[:2] / f"{key}.jsonl"

    def get(self, doc: Document) -> Outcome | None:
        """The cached outcome of ``doc``, or None (a missing or damaged entry)."""
        path = self.path(doc)
        try:
            header, *claims = path.read_text(encoding="utf-8").splitlines()
            meta = json.loads(header)
            outcome = Outcome(
                meta["tokens"], tuple(claims), tuple(meta["kinds"]), meta["error"]
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if len(outcome.kinds) != len(outcome.claims):
            return None
        self.used.add(path.name)
        self.hits += 1
        return outcome

    def put(self, doc: Document, outcome: Outcome) -> None:
        """Keep ``doc``'s outcome (written whole, or not at all)."""
        path = self.path(doc)
        header = {"tokens": outcome.tokens, "kinds": list(outcome.kinds), "error": outcome.error}
        tmp = self.tmp / f"{path.name}.{os.getpid()}.tmp"
        with tmp.open("w", encoding="utf-8", newline="\n") as handle:
            handle.write(json.dumps(header, sort_keys=True) + "\n")
            for line in outcome.claims:
                handle.write(line + "\n")
        path.parent.mkdir(exist_ok=True)
        os.replace(tmp, path)
        self.used.add(path.name)
        self.writes += 1

    def read_meta(self) -> dict[str, object] | None:
        """What a run with this pipeline recorded about it (pipe names, model), if any."""
        try:
            meta = json.loads((self.entries / META_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return meta if isinstance(meta, dict) else None

    def write_meta(self, meta: dict[str, object]) -> None:
        """Record the pipeline's pipe names and model for runs that never build it."""
        tmp = self.tmp / f"{META_FILE}.{os.getpid()}.tmp"
        tmp.write_text(json.dumps(meta, sort_keys=True) + "\n", encoding="utf-8")
        os.replace(tmp, self.entries / META_FILE)

    def prune(self) -> int:
        """Drop entries this run did not use, and other pipelines' entries; how many."""
        removed = 0
        for other in (self.root / ENTRIES_DIR).iterdir():
            if other != self.entries:
                shutil.rmtree(other, ignore_errors=True)
        for path in self._entry_files():
            if path.name not in self.used:
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
        return removed

    def _entry_files(self) -> Iterator[Path]:
        for shard in self.entries.iterdir():
            if shard.is_dir():
                yield from shard.iterdir()


def acquire_lock(path: Path) -> IO[str]:
    """An exclusive lock on ``path`` for this process (released when the file is closed,
    or when the process dies, however it dies)."""
    handle = path.open("a", encoding="utf-8")
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock, as before
        return handle
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        raise CacheBusyError(
            f"another claimx run is writing to {path.parent.parent}; wait for it to finish"
        ) from None
    return handle
