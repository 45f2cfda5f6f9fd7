"""The extraction run: documents in, claims.jsonl / documents.jsonl / run.json out.

Documents stream through in batches: read a batch, take the documents a previous run
already processed from the cache (``OUTPUT/.cache``, see :mod:`claimx.batch.cache`), send the rest
to the engine (this process, a pool of worker processes, or a Dask cluster), and write the
claims and document records in input order as batches complete. A bounded number of
batches is in flight, so nothing holds the whole corpus; one bad document never stops the
run. Outputs are written to temporary files and renamed into place when the run completes;
cache entries are written as documents complete, so a killed run loses nothing it finished.
"""

from __future__ import annotations

import contextlib
import json
import os
import platform
import queue
import sys
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any

import spacy.about
from spacy.language import Language

from claimx import __version__
from claimx.batch.cache import ResultCache, fingerprint
from claimx.batch.corpus import (
    MAX_BYTES,
    Document,
    InputError,
    check_output_folder,
    escaped,
    iter_documents,
)
from claimx.batch.engines import Engine, Pending, start_engine
from claimx.batch.work import Outcome, Setup, analyse, claims_of
from claimx.io import (
    atomic_writer,
    dumps,
    numbered_records,
    read_jsonl,
    write_json,
    write_jsonl,
)
from claimx.pipeline import describe_model
from claimx.reconcile import (
    ReconcileResult,
    ReconcileStats,
    ReconcileTables,
    claim_value,
    reconcile_with_stats,
)
from claimx.reconcile.records import NUMERIC_KINDS
from claimx.reconcile.tables import load_tables
from claimx.rules_folder import RulesFolder

CLAIMS_FILE = "claims.jsonl"
DOCUMENTS_FILE = "documents.jsonl"
RUN_FILE = "run.json"
CONFLICTS_FILE = "conflicts.jsonl"
OUTPUT_FILES = (CLAIMS_FILE, DOCUMENTS_FILE, CONFLICTS_FILE, RUN_FILE)
BATCH_SIZE = 64
# A batch also ends when its texts reach this many characters (a few long documents make
# a batch of their own).
BATCH_CHARS = 1_000_000

__all__ = [
    "BATCH_SIZE", "CLAIMS_FILE", "CONFLICTS_FILE", "DOCUMENTS_FILE", "RUN_FILE", "ReconcileRun",
    "RunSummary", "claims_of", "document_record", "process", "run_extract", "run_reconcile",
]


@dataclass
class RunSummary:
    """Counts of one extraction run."""

    documents: int = 0
    failed: int = 0
    claims: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    reconcile: ReconcileStats | None = None
    reused: int = 0
    processed: int = 0

    @property
    def readable(self) -> int:
        """Documents that could be read and processed."""
        return self.documents - self.failed


def document_record(
    doc: Document, tokens: int | None, claims: int, duplicate_of: str | None = None
) -> dict[str, Any]:
    """The documents.jsonl line of one input document."""
    return {
        "duplicate_of": duplicate_of,
        "id": doc.id,
        "source": doc.source,
        "sha256": doc.sha256,
        "chars": len(doc.text) if doc.error is None else None,
        "tokens": tokens,
        "claims": claims,
        "encoding": doc.encoding,
        "date": doc.date.isoformat() if doc.date else None,
        # an undated document's month or year of publication, when known
        "date_window": {"start": doc.window[0].isoformat(), "end": doc.window[1].isoformat()}
        if doc.window else None,
        "error": doc.error,
    }


class Duplicates:
    """Documents whose text is exactly that of an earlier one (same sha256 under another id).

    They are listed in documents.jsonl with ``duplicate_of`` (the first id seen with that
    text, in input order) and their claims are not reconciled: the same article under two
    ids is not two sources, and comparing it with itself finds nothing real.
    """

    def __init__(self) -> None:
        self._first: dict[str, str] = {}

    def of(self, doc: Document) -> str | None:
        """The id of the earlier document with ``doc``'s text, or None (and remember it)."""
        if doc.error is not None or not doc.text:
            return None
        digest = doc.sha256
        if digest is None:
            return None
        first = self._first.setdefault(digest, doc.id)
        return first if first != doc.id else None


def duplicate_ids(documents: Iterable[Mapping[str, Any]]) -> set[str]:
    """Ids of the documents.jsonl records marked as duplicates of another."""
    return {str(d["id"]) for d in documents if d.get("duplicate_of")}


def failed_document(doc: Document, error: str) -> Document:
    """The record of a document that was read but could not be processed."""
    return Document(doc.id, doc.source, error=error)


def batches(
    documents: Iterable[Document], size: int = BATCH_SIZE, chars: int = BATCH_CHARS
) -> Iterator[list[Document]]:
    """Consecutive batches of at most ``size`` documents and (past the first) ``chars``
    characters of text."""
    batch: list[Document] = []
    held = 0
    for doc in documents:
        if batch and (len(batch) >= size or held + len(doc.text) > chars):
            yield batch
            batch, held = [], 0
        batch.append(doc)
        held += len(doc.text)
    if batch:
        yield batch


def process(
    nlp: Language, documents: Iterable[Document], batch_size: int = BATCH_SIZE
) -> Iterator[tuple[Document, dict[str, Any], list[dict[str, Any]]]]:
    """(document, documents.jsonl record, claims) for each input document, in input order.

    The in-memory path (``claimx.extract()`` uses it); :func:`run_extract` writes files.
    """
    seen = Duplicates()
    for batch in batches(documents, batch_size):
        results = iter(analyse(nlp, [doc for doc in batch if doc.error is None]))
        for doc in batch:
            if doc.error is not None:
                yield doc, document_record(doc, None, 0), []
                continue
            result = next(results)
            if isinstance(result, str):
                failed = failed_document(doc, result)
                yield failed, document_record(failed, None, 0), []
                continue
            tokens, claims = result
            yield doc, document_record(doc, tokens, len(claims), seen.of(doc)), claims


@dataclass
class _Batch:
    documents: list[Document]
    known: dict[int, Outcome]
    job: Pending | None


class _Runner:
    """Feeds batches to an engine started on first need, and yields outcomes in order."""

    def __init__(self, start: Callable[[], Engine], cache: ResultCache | None) -> None:
        self._start = start
        self.engine: Engine | None = None
        self.cache = cache
        self.start_seconds = 0.0
        self.reused = 0
        self.processed = 0

    def ensure_engine(self) -> Engine:
        """The engine, started (and its pipeline built) on first call."""
        if self.engine is None:
            began = time.perf_counter()
            self.engine = self._start()
            self.engine.describe()  # builds the pipeline now: a bad model or rules fail here
            self.start_seconds = time.perf_counter() - began
        return self.engine

    def close(self) -> None:
        """Stop the engine, if it was started."""
        if self.engine is not None:
            self.engine.close()

    def outcomes(
        self, documents: Iterable[Document], batch_size: int
    ) -> Iterator[tuple[Document, Outcome | None]]:
        """Each document with its outcome (None for a document that could not be read)."""
        pending: deque[_Batch] = deque()
        for group in batches(documents, batch_size):
            known: dict[int, Outcome] = {}
            todo: list[Document] = []
            for index, doc in enumerate(group):
                if doc.error is not None:
                    continue
                hit = self.cache.get(doc) if self.cache is not None else None
                if hit is not None:
                    known[index] = hit
                else:
                    todo.append(doc)
            self.reused += len(known)
            self.processed += len(todo)
            job = self.ensure_engine().submit(todo) if todo else None
            pending.append(_Batch(group, known, job))
            window = self.engine.window if self.engine is not None else 0
            while pending and (pending[0].job is None or len(pending) > window):
                yield from self._finish(pending.popleft())
        while pending:
            yield from self._finish(pending.popleft())

    def _finish(self, batch: _Batch) -> Iterator[tuple[Document, Outcome | None]]:
        done = iter(batch.job.result() if batch.job is not None else [])
        outcomes: list[Outcome | None] = []
        for index, doc in enumerate(batch.documents):
            if doc.error is not None:
                outcomes.append(None)
            else:
                outcomes.append(batch.known[index] if index in batch.known else next(done))
        if self.cache is not None:  # the batch's new outcomes, kept before any is written
            self.cache.put_many(
                (doc, outcome)
                for index, (doc, outcome) in enumerate(zip(batch.documents, outcomes, strict=True))
                if outcome is not None and outcome.error is None and index not in batch.known
            )
        yield from zip(batch.documents, outcomes, strict=True)

    def pipeline(self) -> tuple[list[str], str]:
        """(pipe names, model version): from the engine, else as a run with this pipeline
        recorded them in the cache (a run that processed nothing builds nothing)."""
        if self.engine is None and self.cache is not None:
            meta = self.cache.read_meta()
            if meta is not None:
                return list(meta["pipeline"]), str(meta["model"])  # type: ignore[call-overload]
        names, version = self.ensure_engine().describe()
        if self.cache is not None:
            self.cache.write_meta({"pipeline": names, "model": version})
        return names, version


def run_extract(
    paths: Iterable[str | Path],
    out_dir: Path,
    *,
    model: str = "default",
    rules_dir: str | Path | None = None,
    ref_date: date | None = None,
    progress: Callable[[RunSummary], None] | None = None,
    warn: Callable[[str], None] | None = None,
    reconcile: bool = True,
    resume: bool = False,
    batch_size: int = BATCH_SIZE,
    jobs: int | None = None,
    engine: str = "local",
    scheduler: str | None = None,
    cache: bool = True,
    max_bytes: int = MAX_BYTES,
) -> RunSummary:
    """Extract claims from every input document into ``out_dir``, then reconcile them.

    ``jobs`` worker processes (``engine="local"``; default 1: this process) or a Dask
    cluster (``engine="dask"``: a local one of ``jobs`` workers, default one per core, or
    the one at ``scheduler``) do the processing; the outputs are the same bytes whichever
    runs it. With ``cache`` (the default), documents that a previous run into ``out_dir``
    processed with the same code, model and rules are taken from ``out_dir/.cache``
    instead of being processed again: re-runs are incremental and a killed run continues
    where it stopped. ``resume`` only states that this is wanted (it needs ``cache``).
    A document (a file, or a JSONL line) over ``max_bytes`` is reported and skipped.
    """
    started = time.perf_counter()
    rules = RulesFolder.open(rules_dir)
    inputs = [str(p) for p in paths]
    if resume and not cache:
        raise InputError("--resume continues from the cache: drop --no-cache")
    check_output_folder(inputs, out_dir)
    documents = iter_documents(inputs, ref_date, max_bytes=max_bytes)
    setup = Setup(model, str(rules.path), rules.hash, folder=rules)
    summary = RunSummary()
    with contextlib.ExitStack() as stack:
        store: ResultCache | None = None
        if cache:
            pipeline_id = fingerprint(describe_model(model), setup.rules_hash)
            store = stack.enter_context(ResultCache(out_dir, pipeline_id))
            remove_stale_temporaries(out_dir)
        runner = _Runner(
            lambda: start_engine(setup, engine=engine, jobs=jobs, batch_size=batch_size,
                                 scheduler=scheduler),
            store,
        )
        stack.callback(runner.close)
        reconciler = BackgroundReconcile(load_tables(rules)) if reconcile else None
        seen = Duplicates()
        if reconciler is not None:
            stack.callback(reconciler.abandon)
        began = time.perf_counter()
        with atomic_writer(out_dir / CLAIMS_FILE) as claims_out, atomic_writer(
            out_dir / DOCUMENTS_FILE
        ) as docs_out:
            for doc, outcome in runner.outcomes(documents, batch_size):
                if outcome is not None and outcome.error is not None:
                    doc = failed_document(doc, outcome.error)
                summary.documents += 1
                if outcome is None or doc.error is not None:
                    summary.failed += 1
                    summary.errors.append(f"{doc.source}: {doc.error}")
                    if warn is not None:
                        warn(f"{doc.source}: {doc.error}")
                    docs_out.write(dumps(document_record(doc, None, 0)) + "\n")
                else:
                    duplicate_of = seen.of(doc)
                    record = document_record(doc, outcome.tokens, len(outcome.claims),
                                             duplicate_of)
                    docs_out.write(dumps(record) + "\n")
                    for line in outcome.claims:
                        claims_out.write(line + "\n")
                    if reconciler is not None and duplicate_of is None:
                        reconciler.feed(outcome.claims)
                    summary.by_kind.update(outcome.kinds)
                    summary.claims += len(outcome.claims)
                if progress is not None:
                    progress(summary)
        extracted = time.perf_counter()
        if reconciler is not None:
            result = reconciler.finish()
            write_jsonl(out_dir / CONFLICTS_FILE, result.findings)
            summary.reconcile = result.stats
        reconciled = time.perf_counter()
        pipe_names, model_version = runner.pipeline()
        summary.reused, summary.processed = runner.reused, runner.processed
        load_seconds = began - started + runner.start_seconds
        write_json(
            out_dir / RUN_FILE,
            {
                "claimx": __version__,
                "spacy": spacy.about.__version__,
                "python": platform.python_version(),
                "model": model_version,
                "pipeline": pipe_names,
                "rules_hash": setup.rules_hash,
                "inputs": [escaped(path) for path in inputs],
                "ref_date": ref_date.isoformat() if ref_date else None,
                "engine": engine_record(engine, jobs, scheduler),
                "counts": {
                    "findings": summary.reconcile.findings if summary.reconcile else None,
                    "documents": summary.documents,
                    "failed": summary.failed,
                    "claims": summary.claims,
                    "by_kind": dict(sorted(summary.by_kind.items())),
                    "processed": summary.processed,
                    "from_cache": summary.reused,
                },
                "timings": {
                    "load_seconds": round(load_seconds, 3),
                    "extract_seconds": round(extracted - started - load_seconds, 3),
                    "reconcile_seconds": round(reconciled - extracted, 3),
                },
                "argv": [escaped(arg) for arg in sys.argv[1:]],
            },
        )
        if store is not None:
            store.prune()
    return summary


def engine_record(engine: str, jobs: int | None, scheduler: str | None) -> dict[str, Any]:
    """How the run was spread: engine, worker processes, scheduler."""
    if engine == "dask":
        return {"name": "dask", "scheduler": scheduler or "local cluster", "workers": jobs}
    return {"name": engine, "jobs": jobs or 1}


def remove_stale_temporaries(out_dir: Path) -> None:
    """Remove the temporary output files a killed run left (the caller holds the lock)."""
    for name in OUTPUT_FILES:
        for path in out_dir.glob(f".{name}.*.tmp"):
            with contextlib.suppress(OSError):
                path.unlink()


class _Abandoned(Exception):
    """The run stopped before its last claim: the reconciliation is not wanted."""


class BackgroundReconcile:
    """Reconciles claims as the run writes them, in a thread of its own.

    While worker processes or a cluster extract, this process mostly waits for their
    results; reconciling meanwhile leaves less to do once the last batch arrives. Claims
    are fed in the order they are written to claims.jsonl, so the findings are those of
    reconciling that file afterwards.
    """

    def __init__(self, tables: ReconcileTables | None = None) -> None:
        self._tables = tables
        self._queue: queue.SimpleQueue[tuple[str, ...] | None] = queue.SimpleQueue()
        self._abandoned = False
        self._result: ReconcileResult | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="claimx-reconcile", daemon=True)
        self._thread.start()

    def _claims(self) -> Iterator[dict[str, Any]]:
        while (lines := self._queue.get()) is not None:
            if self._abandoned:
                raise _Abandoned
            for line in lines:
                yield json.loads(line)

    def _run(self) -> None:
        try:
            self._result = reconcile_with_stats(self._claims(), tables=self._tables)
        except _Abandoned:
            pass
        except BaseException as exc:  # handed to the run's thread by finish()
            self._error = exc

    def feed(self, lines: tuple[str, ...]) -> None:
        """The claim lines of one document, as written."""
        if lines:
            self._queue.put(lines)

    def finish(self) -> ReconcileResult:
        """Wait for the findings of every claim fed."""
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._result is not None
        return self._result

    def abandon(self) -> None:
        """Stop without findings (the run failed or was interrupted)."""
        if self._thread.is_alive():
            self._abandoned = True
            self._queue.put(())  # wakes the thread, which then stops


@dataclass
class ReconcileRun:
    """What ``claimx reconcile`` did: the reconciliation's counts, and each claim line it
    could not use (``"file:line: why"``)."""

    stats: ReconcileStats
    skipped: list[str] = field(default_factory=list)


def run_reconcile(
    claim_files: Iterable[Path], out_dir: Path, rules_dir: Path | None = None
) -> ReconcileRun:
    """Reconcile the claims of one or more claims.jsonl files into ``out_dir``.

    The findings must describe the claims beside them. Into a folder that holds claims.jsonl,
    only that file itself may be reconciled (conflicts.jsonl is then rewritten); anything
    else is refused (InputError), since the folder's findings would then be about other
    claims. Into a folder without claims, the run writes a whole outputs folder that
    ``claimx validate`` can check: claims.jsonl (the claims reconciled, in order),
    documents.jsonl (the documents.jsonl lines beside each input), conflicts.jsonl and
    run.json. A claim line that is no usable claim (no id, document, kind or text, no value
    object, or a money, percent or count value that is no interval) is left out of the
    comparison and named in ``skipped``. Claims of documents that the documents.jsonl beside
    a claims file marks as duplicates are copied but not compared. ``rules_dir``: a rules
    folder whose reconcile.json to use (default: the packaged one).
    """
    files = [Path(path) for path in claim_files]
    own = out_dir / CLAIMS_FILE
    in_place = own.exists()
    if in_place and [os.path.realpath(f) for f in files] != [os.path.realpath(own)]:
        raise InputError(
            f"{out_dir} holds the claims.jsonl of another run, and its conflicts.jsonl must "
            f"describe those claims: reconcile {own} alone, or choose another -o"
        )
    tables = load_tables(rules_dir)
    skipped: list[str] = []

    def claims(copy: IO[str] | None) -> Iterator[dict[str, Any]]:
        for path in files:
            # Documents that the documents.jsonl beside the claims marks as duplicates are
            # never compared, as run_extract leaves them out.
            beside = path.parent / DOCUMENTS_FILE
            duplicates = duplicate_ids(read_jsonl(beside)) if beside.is_file() else set()
            for lineno, claim in numbered_records(path):
                if copy is not None:
                    copy.write(dumps(claim) + "\n")
                if claim.get("doc_id") in duplicates:
                    continue
                problem = claim_problem(claim, tables)
                if problem is not None:
                    skipped.append(f"{path}:{lineno}: {problem}")
                    continue
                yield claim

    if in_place:
        result = reconcile_with_stats(claims(None), tables=tables)
    else:
        with atomic_writer(own) as copy:
            result = reconcile_with_stats(claims(copy), tables=tables)
        with atomic_writer(out_dir / DOCUMENTS_FILE) as documents:
            for path in files:
                beside = path.parent / DOCUMENTS_FILE
                if beside.is_file():
                    for record in read_jsonl(beside):
                        documents.write(dumps(record) + "\n")
    write_jsonl(out_dir / CONFLICTS_FILE, result.findings)
    if not in_place:
        write_json(out_dir / RUN_FILE, {
            "claimx": __version__,
            "command": "reconcile",
            "inputs": [escaped(str(path)) for path in files],
            "counts": {
                "claims": result.stats.claims_read,
                "skipped": len(skipped),
                "findings": result.stats.findings,
            },
            "argv": [escaped(arg) for arg in sys.argv[1:]],
        })
    return ReconcileRun(result.stats, skipped)


def claim_problem(claim: Mapping[str, Any], tables: ReconcileTables) -> str | None:
    """Why a claims.jsonl record cannot be reconciled (None when it can)."""
    for key in ("id", "doc_id", "kind", "text"):
        if not isinstance(claim.get(key), str):
            return f'no "{key}" string'
    value = claim.get("value")
    if not isinstance(value, Mapping):
        return 'no "value" object'
    if claim["kind"] in NUMERIC_KINDS and claim_value(value, claim["text"], tables) is None:
        return f"value is not an interval claimx can read: {dumps(value)[:120]}"
    return None
