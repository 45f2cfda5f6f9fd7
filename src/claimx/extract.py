"""The extraction run: documents in, claims.jsonl / documents.jsonl / run.json out.

Documents stream through in batches: read a batch, run the pipeline over its readable
documents with ``nlp.pipe``, write the claims and document records in input order, and go
on. Nothing holds the whole corpus; one bad document never stops the run.
"""

from __future__ import annotations

import json
import platform
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Any

import spacy.about
from spacy.language import Language
from spacy.tokens import Doc

from claimx import __version__
from claimx.claims import build_claims
from claimx.corpus import Document, InputError, check_output_folder, iter_documents
from claimx.io import atomic_writer, dumps, read_jsonl, write_json, write_jsonl
from claimx.pipeline import build_nlp, model_version
from claimx.reconcile import ReconcileStats, reconcile_with_stats
from claimx.resources import resolve_rules_dir, rules_hash

CLAIMS_FILE = "claims.jsonl"
DOCUMENTS_FILE = "documents.jsonl"
RUN_FILE = "run.json"
CONFLICTS_FILE = "conflicts.jsonl"
JOURNAL_DIR = ".claimx-journal"
BATCH_SIZE = 64


@dataclass
class RunSummary:
    """Counts of one extraction run."""

    documents: int = 0
    failed: int = 0
    claims: int = 0
    by_kind: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    reconcile: ReconcileStats | None = None

    @property
    def readable(self) -> int:
        """Documents that could be read and processed."""
        return self.documents - self.failed


def document_record(doc: Document, tokens: int | None, claims: int) -> dict[str, Any]:
    """The documents.jsonl line of one input document."""
    return {
        "id": doc.id,
        "source": doc.source,
        "sha256": doc.sha256,
        "chars": len(doc.text) if doc.error is None else None,
        "tokens": tokens,
        "claims": claims,
        "encoding": doc.encoding,
        "date": doc.date.isoformat() if doc.date else None,
        "error": doc.error,
    }


def claims_of(doc: Document, parsed: Doc) -> list[dict[str, Any]]:
    """The normalized claims of one processed document."""
    return build_claims(
        doc.id,
        doc.text,
        parsed._.claimx_figures or [],
        doc_date=doc.date,
        paragraphs=parsed._.claimx_paragraphs or [],
    )


def process(
    nlp: Language, documents: Iterable[Document], batch_size: int = BATCH_SIZE
) -> Iterator[tuple[Document, dict[str, Any], list[dict[str, Any]]]]:
    """(document, documents.jsonl record, claims) for each input document, in input order."""
    stream = iter(documents)
    while batch := list(islice(stream, batch_size)):
        readable = [d for d in batch if d.error is None]
        try:
            parsed = dict(zip((id(d) for d in readable), nlp.pipe(d.text for d in readable),
                              strict=True))
        except Exception:
            parsed = {}
        for doc in batch:
            if doc.error is not None:
                yield doc, document_record(doc, None, 0), []
                continue
            try:
                result = parsed.get(id(doc)) or nlp(doc.text)
                claims = claims_of(doc, result)
            except Exception as exc:
                failed = Document(doc.id, doc.source, error=f"processing failed: {exc}")
                yield failed, document_record(failed, None, 0), []
                continue
            yield doc, document_record(doc, len(result), len(claims)), claims


class Journal:
    """Checkpoints of a run, one file per finished batch, so --resume can skip them.

    Each batch is written atomically once its documents are done; a run killed at any
    point leaves only whole batches. The journal remembers what run wrote it (inputs,
    rules, model, reference date) and is removed when the run completes.
    """

    def __init__(self, out_dir: Path, fingerprint: dict[str, Any], resume: bool) -> None:
        self.dir = out_dir / JOURNAL_DIR
        if not resume:
            shutil.rmtree(self.dir, ignore_errors=True)
        self.dir.mkdir(parents=True, exist_ok=True)
        meta = self.dir / "run.json"
        if resume and meta.is_file():
            if json.loads(meta.read_text(encoding="utf-8")) != fingerprint:
                raise InputError(
                    f"--resume: {self.dir} was left by a run with other inputs, rules or "
                    "model; run again without --resume"
                )
        else:
            write_json(meta, fingerprint)
        self.batches = sorted(self.dir.glob("batch-*.jsonl"))

    def finished(self) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
        """(document record, claims) of every document the journal holds, in input order."""
        for path in self.batches:
            for entry in read_jsonl(path):
                yield entry["document"], entry["claims"]

    def write(self, batch: list[tuple[dict[str, Any], list[dict[str, Any]]]]) -> None:
        """Checkpoint one finished batch."""
        path = self.dir / f"batch-{len(self.batches):08d}.jsonl"
        write_jsonl(path, ({"document": rec, "claims": claims} for rec, claims in batch))
        self.batches.append(path)

    def close(self) -> None:
        """The run is complete: the checkpoints are no longer needed."""
        shutil.rmtree(self.dir, ignore_errors=True)


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
) -> RunSummary:
    """Extract claims from every input document into ``out_dir``, then reconcile them.

    With ``resume``, documents that an interrupted run of the same inputs, rules and model
    had finished are taken from its journal instead of being processed again.
    """
    started = time.perf_counter()
    rules = resolve_rules_dir(rules_dir)
    inputs = [str(p) for p in paths]
    check_output_folder(inputs, out_dir)
    documents = iter_documents(inputs, ref_date)  # checks the paths before any work
    nlp = build_nlp(model, rules)
    fingerprint = {
        "claimx": __version__,
        "inputs": [str(Path(p).resolve()) for p in inputs],
        "model": model_version(nlp),
        "rules_hash": rules_hash(rules),
        "ref_date": ref_date.isoformat() if ref_date else None,
    }
    journal = Journal(out_dir, fingerprint, resume)
    loaded = time.perf_counter()
    summary = RunSummary()
    stream = iter(documents)

    def record_one(record: dict[str, Any], claims: list[dict[str, Any]]) -> None:
        summary.documents += 1
        if record["error"] is not None:
            summary.failed += 1
            summary.errors.append(f"{record['source']}: {record['error']}")
            if warn is not None:
                warn(f"{record['source']}: {record['error']}")
        docs_out.write(dumps(record) + "\n")
        for claim in claims:
            claims_out.write(dumps(claim) + "\n")
            summary.by_kind[claim["kind"]] += 1
        summary.claims += len(claims)
        if progress is not None:
            progress(summary)

    with atomic_writer(out_dir / CLAIMS_FILE) as claims_out, atomic_writer(
        out_dir / DOCUMENTS_FILE
    ) as docs_out:
        for record, claims in journal.finished():
            skipped = next(stream, None)
            if skipped is None or skipped.id != record["id"]:
                raise InputError(
                    f"--resume: the inputs changed since the interrupted run (expected "
                    f"{record['id']!r}); run again without --resume"
                )
            record_one(record, claims)
        batch: list[tuple[dict[str, Any], list[dict[str, Any]]]] = []
        for _, record, claims in process(nlp, stream, batch_size):
            record_one(record, claims)
            batch.append((record, claims))
            if len(batch) == batch_size:
                journal.write(batch)
                batch = []
    journal.close()
    reconciled = time.perf_counter()
    if reconcile:
        summary.reconcile = run_reconcile([out_dir / CLAIMS_FILE], out_dir)
    write_json(
        out_dir / RUN_FILE,
        {
            "claimx": __version__,
            "spacy": spacy.about.__version__,
            "python": platform.python_version(),
            "model": model_version(nlp),
            "pipeline": nlp.pipe_names,
            "rules_hash": rules_hash(rules),
            "inputs": inputs,
            "ref_date": ref_date.isoformat() if ref_date else None,
            "counts": {
                "findings": summary.reconcile.findings if summary.reconcile else None,
                "documents": summary.documents,
                "failed": summary.failed,
                "claims": summary.claims,
                "by_kind": dict(sorted(summary.by_kind.items())),
            },
            "timings": {
                "load_seconds": round(loaded - started, 3),
                "extract_seconds": round(reconciled - loaded, 3),
                "reconcile_seconds": round(time.perf_counter() - reconciled, 3),
            },
            "argv": sys.argv[1:],
        },
    )
    return summary


def run_reconcile(claim_files: Iterable[Path], out_dir: Path) -> ReconcileStats:
    """Reconcile the claims of one or more claims.jsonl files into ``out_dir``."""

    def claims() -> Iterator[dict[str, Any]]:
        for path in claim_files:
            yield from read_jsonl(path)

    result = reconcile_with_stats(claims())
    write_jsonl(out_dir / CONFLICTS_FILE, result.findings)
    return result.stats
