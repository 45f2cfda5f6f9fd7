"""The per-document result cache under ``OUTPUT/.cache``: incremental runs and resuming.

Each processed document's outcome (token count and claim lines) is kept, as soon as the
document is done, under a key over everything its claims depend on: the pipeline's
*fingerprint* (claimx version and code, spaCy version, model name and version, rules hash)
and the document's id, date and text (sha256). A later run over the same output folder
takes every document whose key it finds from the cache instead of processing it again, and
writes the same bytes a fresh run would. That makes re-runs incremental (only new or
changed documents are processed) and makes a killed run resumable (what it finished is
already there).

Entries live in one SQLite database (``.cache/claims.sqlite``, Python's own ``sqlite3``):
one file however many documents, each entry committed as its document finishes, and
SQLite's journal keeps every committed entry whole if the run is killed at any point. A
run holds a lock on the folder (``.cache/lock``), so two runs never write one output
folder at once, and a run that completes drops the entries it did not use (documents no
longer in the corpus, other pipelines). A database that cannot be read is started afresh:
the cache only ever saves work.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Iterable
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import IO

import spacy.about

from claimx import __version__
from claimx.batch.corpus import Document
from claimx.batch.work import Outcome

CACHE_DIR = ".cache"
DATABASE = "claims.sqlite"
LOCK_FILE = "lock"
# Left by earlier versions, which kept one file per entry: removed on sight.
OLD_LAYOUT = ("claims", "tmp")
# Entries read are marked as used in batches of this many (a bounded list in memory).
STAMP_EVERY = 10_000
SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    key TEXT PRIMARY KEY, tokens INTEGER, kinds TEXT NOT NULL, error TEXT,
    claims TEXT NOT NULL, run INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS pipelines (pipeline TEXT PRIMARY KEY, meta TEXT NOT NULL);
"""


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
    """The part of a cache key that belongs to the document: id, date (or the window it
    came out in), its address's country-code domain and text."""
    date = doc.date.isoformat() if doc.date else ""
    if doc.window is not None:
        date = f"{doc.window[0].isoformat()}/{doc.window[1].isoformat()}"
    if doc.domain is not None:
        date = f"{date}\0{doc.domain}"
    return f"{doc.id}\0{date}\0{doc.sha256}"


class ResultCache:
    """Outcomes of processed documents for one pipeline fingerprint, in ``.cache``."""

    def __init__(self, out_dir: Path, pipeline: str) -> None:
        self.root = out_dir / CACHE_DIR
        self.pipeline = pipeline
        self.path = self.root / DATABASE
        self._db: sqlite3.Connection | None = None
        self._run = 0  # this run's stamp on the entries it reads or writes
        # Keys read and not yet stamped with this run (stamped in bulk: only pruning needs it).
        self._read: list[str] = []
        self._lock: IO[str] | None = None

    def __enter__(self) -> ResultCache:
        self.root.mkdir(parents=True, exist_ok=True)
        self._lock = acquire_lock(self.root / LOCK_FILE)
        for name in OLD_LAYOUT:
            shutil.rmtree(self.root / name, ignore_errors=True)
        try:
            self._db = self._open()
        except sqlite3.DatabaseError:  # damaged beyond reading: start afresh
            for suffix in ("", "-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            self._db = self._open()
        return self

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None)
        try:
            # WAL: a commit is one append, and a killed run leaves every commit whole. One
            # run holds the folder (the lock file), so the database is opened exclusively:
            # then WAL needs no shared memory and works on network file systems too.
            db.execute("PRAGMA locking_mode=EXCLUSIVE")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=NORMAL")
            db.executescript(SCHEMA)
            (last,) = db.execute("SELECT COALESCE(MAX(run), 0) FROM entries").fetchone()
        except sqlite3.DatabaseError:
            db.close()
            raise
        self._run = int(last) + 1
        return db

    def __exit__(self, *exc: object) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
        if self._lock is not None:
            self._lock.close()  # closing the file releases the lock
            self._lock = None

    @property
    def db(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError("the cache is used outside its 'with' block")
        return self._db

    def key(self, doc: Document) -> str:
        """The entry key of ``doc`` under this pipeline."""
        return hashlib.sha256(f"{self.pipeline}\0{document_key(doc)}".encode()).hexdigest()

    def get(self, doc: Document) -> Outcome | None:
        """The cached outcome of ``doc``, or None (no entry, or one that does not hold
        together)."""
        key = self.key(doc)
        try:
            row = self.db.execute(
                "SELECT tokens, kinds, error, claims FROM entries WHERE key = ?", (key,)
            ).fetchone()
        except sqlite3.DatabaseError:
            return None
        if row is None:
            return None
        tokens, kinds, error, claims = row
        try:
            outcome = Outcome(
                tokens, tuple(claims.split("\n")) if claims else (), tuple(json.loads(kinds)),
                error,
            )
        except (ValueError, TypeError, AttributeError):
            return None
        if len(outcome.kinds) != len(outcome.claims):
            return None
        self._read.append(key)
        if len(self._read) >= STAMP_EVERY:
            self._stamp_read()
        return outcome

    def put_many(self, done: Iterable[tuple[Document, Outcome]]) -> None:
        """Keep the outcomes of a batch of documents, in one commit."""
        rows = [
            (self.key(doc), outcome.tokens, json.dumps(list(outcome.kinds)), outcome.error,
             "\n".join(outcome.claims), self._run)
            for doc, outcome in done
        ]
        if not rows:
            return
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?)", rows)

    def _stamp_read(self) -> None:
        """Mark the entries read since the last stamp as used by this run."""
        with self.db:
            self.db.execute("BEGIN")
            self.db.executemany(
                "UPDATE entries SET run = ? WHERE key = ?", ((self._run, k) for k in self._read)
            )
        self._read = []

    def read_meta(self) -> dict[str, object] | None:
        """What a run with this pipeline recorded about it (pipe names, model), if any."""
        try:
            row = self.db.execute(
                "SELECT meta FROM pipelines WHERE pipeline = ?", (self.pipeline,)
            ).fetchone()
            meta = json.loads(row[0]) if row is not None else None
        except (sqlite3.DatabaseError, ValueError):
            return None
        return meta if isinstance(meta, dict) else None

    def write_meta(self, meta: dict[str, object]) -> None:
        """Record the pipeline's pipe names and model for runs that never build it."""
        self.db.execute(
            "INSERT OR REPLACE INTO pipelines VALUES (?, ?)",
            (self.pipeline, json.dumps(meta, sort_keys=True)),
        )

    def prune(self) -> int:
        """Drop the entries this run did not use, and other pipelines' records; how many
        entries."""
        self._stamp_read()
        with self.db:
            self.db.execute("BEGIN")
            removed = self.db.execute("DELETE FROM entries WHERE run != ?", (self._run,))
            self.db.execute("DELETE FROM pipelines WHERE pipeline != ?", (self.pipeline,))
        count = removed.rowcount
        if count:
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return count

    def __len__(self) -> int:
        (count,) = self.db.execute("SELECT COUNT(*) FROM entries").fetchone()
        return int(count)


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
