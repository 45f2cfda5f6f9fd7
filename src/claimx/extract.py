"""The extraction run: documents in, claims.jsonl / documents.jsonl / run.json out.

Documents stream through in batches: read a batch, run the pipeline over its readable
documents with ``nlp.pipe``, write the claims and document records in input order, and go
on. Nothing holds the whole corpus; one bad document never stops the run.
"""

from __future__ import annotations

import platform
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
from claimx.corpus import Document, check_output_folder, iter_documents
from claimx.io import atomic_writer, dumps, read_jsonl, write_json, write_jsonl
from claimx.pipeline import build_nlp, model_version
from claimx.reconcile import ReconcileStats, reconcile_with_stats
from claimx.resources import resolve_rules_dir, rules_hash

CLAIMS_FILE = "claims.jsonl"
DOCUMENTS_FILE = "documents.jsonl"
RUN_FILE = "run.json"
CONFLICTS_FILE = "conflicts.jsonl"
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
) -> RunSummary:
    """Extract claims from every input document into ``out_dir``, then reconcile them."""
    started = time.perf_counter()
    rules = resolve_rules_dir(rules_dir)
    inputs = [str(p) for p in paths]
    check_output_folder(inputs, out_dir)
    documents = iter_documents(inputs, ref_date)  # checks the paths before any work
    nlp = build_nlp(model, rules)
    loaded = time.perf_counter()
    summary = RunSummary()
    with atomic_writer(out_dir / CLAIMS_FILE) as claims_out, atomic_writer(
        out_dir / DOCUMENTS_FILE
    ) as docs_out:
        for doc, record, claims in process(nlp, documents):
            summary.documents += 1
            if doc.error is not None:
                summary.failed += 1
                summary.errors.append(f"{doc.source}: {doc.error}")
                if warn is not None:
                    warn(f"{doc.source}: {doc.error}")
            docs_out.write(dumps(record) + "\n")
            for claim in claims:
                claims_out.write(dumps(claim) + "\n")
                summary.by_kind[claim["kind"]] += 1
            summary.claims += len(claims)
            if progress is not None:
                progress(summary)
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
