"""The unit of work every engine runs: a batch of documents through the pipeline to claims.

:func:`analyse` runs a pipeline over a batch of documents (documents longer than the
pipeline's ``max_length`` in paragraph-aligned chunks, offsets still exact);
:func:`analyse_batch` is the same for a worker process or a cluster node, which builds the
pipeline once from a picklable :class:`Setup` and returns plain :class:`Outcome` records
(claims as finished JSON lines), cheap to send back.
"""

from __future__ import annotations

import json
import re
import tempfile
import threading
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from claimx.batch.corpus import Document
from claimx.claims import build_claims, date_texts
from claimx.extensions import make_doc
from claimx.io import dumps
from claimx.normalize.dates import numeric_order
from claimx.normalize.rules import Normalizers
from claimx.pipeline import build_nlp, pipeline_normalizers
from claimx.rules_folder import RulesFolder, files_hash, folder_files

# Character offsets inside the claimx_frame records, shifted when the records of a chunk
# are put back into the whole document (their time_index stays: claims are made per chunk).
OFFSET_KEYS = ("start", "end", "sentence_start", "sentence_end")
# Documents longer than this many characters go through the pipeline in pieces of at most this
# size, one piece at a time: the statistical model's memory grows with the length of what it is
# given (about 3 GB for one piece of a million characters), so this keeps a run's memory flat
# however long a document is. Far above a news article, so articles are never cut.
CHUNK_CHARS = 100_000
# Where a long text may be cut, best first: after a blank line (a paragraph ends), after a
# line break, after a sentence's final punctuation, after any white space.
CUT_PATTERNS = (
    re.compile(r"(?:\r\n|\r|\n)[^\S\r\n]*(?:\r\n|\r|\n)\s*"),
    re.compile(r"(?:\r\n|\r|\n)\s*"),
    re.compile(r"[.!?][\"'”’)\]]*\s+"),
    re.compile(r"\s+"),
)


@dataclass(frozen=True)
class Outcome:
    """What processing one document gave: token count and claims as JSON lines, or why not."""

    tokens: int | None
    claims: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    error: str | None = None


@dataclass(frozen=True)
class Setup:
    """How to build the pipeline, as plain data a worker process or cluster node can use.

    ``rules_files`` carries the rules folder's files (name, bytes) to a node that may not
    see ``rules`` on its own disk; it is empty for workers on this machine. ``folder`` is
    the run's open rules folder, used by a pipeline built in this process; it is not
    pickled (a worker process opens ``rules`` itself, once).
    """

    model: str
    rules: str
    rules_hash: str
    rules_files: tuple[tuple[str, bytes], ...] = field(default=(), repr=False)
    folder: RulesFolder | None = field(default=None, repr=False, compare=False)

    def with_rules_files(self) -> Setup:
        """The same setup carrying the rules folder's files, for nodes elsewhere."""
        files = tuple(folder_files(Path(self.rules)))
        return Setup(self.model, self.rules, self.rules_hash, files, self.folder)

    def __getstate__(self) -> dict[str, Any]:
        return {**self.__dict__, "folder": None}


Analysed = tuple[int, Iterable[dict[str, Any]]] | str


def analyse(
    nlp: Language, documents: Sequence[Document]
) -> list[tuple[int, list[dict[str, Any]]] | str]:
    """(tokens, claims) for each readable document of a batch, or the error message.

    The batch goes through ``nlp.pipe``; if that fails, each document is run on its own so
    that only the one that fails is reported. Documents longer than :func:`chunk_limit`
    are processed in chunks (:func:`chunk_bounds`).
    """
    results: list[tuple[int, list[dict[str, Any]]] | str] = []
    for result in analysed(nlp, documents):
        if isinstance(result, str):
            results.append(result)
            continue
        tokens, claims = result
        try:
            results.append((tokens, list(claims)))
        except Exception as exc:
            results.append(f"processing failed: {exc}")
    return results


def analysed(nlp: Language, documents: Sequence[Document]) -> Iterator[Analysed]:
    """:func:`analyse`, with a long document's claims made chunk by chunk as they are
    iterated (so a caller that writes them out never holds them all as dicts); iterating
    them may raise, for that document alone."""
    limit = chunk_limit(nlp)
    # By length: the model's batches then hold texts of about one length, and its
    # transition-based recogniser steps through fewer padded positions.
    short = sorted((doc for doc in documents if len(doc.text) <= limit),
                   key=lambda doc: len(doc.text))
    parsed: dict[int, Doc] = {}
    try:
        parsed = dict(zip(
            (id(doc) for doc in short),
            nlp.pipe(make_doc(nlp, doc.text) for doc in short),
            strict=True,
        ))
    except Exception:
        parsed = {}
    for doc in documents:
        try:
            if len(doc.text) > limit:
                yield analyse_long(nlp, doc)
                continue
            result = parsed.pop(id(doc), None) or nlp(make_doc(nlp, doc.text))
            yield len(result), claims_of(doc, result, pipeline_normalizers(nlp))
        except Exception as exc:
            yield f"processing failed: {exc}"


def claims_of(
    doc: Document, parsed: Doc, normalizers: Normalizers | None = None
) -> list[dict[str, Any]]:
    """The normalized claims of one processed document (``normalizers``: those of the
    pipeline's rules folder, :func:`claimx.pipeline.pipeline_normalizers`)."""
    return build_claims(
        doc.id,
        doc.text,
        parsed._.claimx_figures or [],
        doc_date=doc.date,
        doc_window=doc.window,
        paragraphs=parsed._.claimx_paragraphs or [],
        normalizers=normalizers,
        domain=doc.domain,
    )


def chunk_limit(nlp: Language) -> int:
    """The longest text the pipeline is given at once: :data:`CHUNK_CHARS`, or the
    pipeline's ``max_length`` when that is lower."""
    return min(nlp.max_length, CHUNK_CHARS)


def analyse_long(nlp: Language, doc: Document) -> tuple[int, Iterator[dict[str, Any]]]:
    """(tokens, claims) of a document longer than :func:`chunk_limit`, chunk by chunk.

    Each chunk is a run of whole paragraphs, else of whole lines or sentences
    (:func:`chunk_bounds`); its figure records are moved to the chunk's place in the whole
    text, so every offset indexes ``doc.text``. Chunks go through the pipeline one at a
    time and only their figure records are kept, packed as JSON text; the claims are then
    made chunk by chunk as they are iterated, so memory holds the text, the packed records
    and the pipeline, never the whole document's parse or claims. The day/month order of
    all-number dates is the whole document's; what the frame decides per document (the
    dominant entity, a metric's specific form) is decided per chunk.
    """
    packed: deque[str] = deque()
    dates: list[str] = []
    paragraphs: list[int] = []
    tokens = 0
    bounds = chunk_bounds(doc.text, chunk_limit(nlp))
    chunks = nlp.pipe((make_doc(nlp, doc.text[start:end]) for start, end in bounds), batch_size=1)
    for (start, _), parsed in zip(bounds, chunks, strict=True):
        tokens += len(parsed)
        records = []
        for record in parsed._.claimx_figures or []:
            moved = dict(record)
            for key in OFFSET_KEYS:
                if moved.get(key) is not None:
                    moved[key] += start
            records.append(moved)
        dates.extend(date_texts(doc.text, records))
        packed.append(json.dumps(records))
        paragraphs.extend(start + offset for offset in parsed._.claimx_paragraphs or [])
    order = numeric_order(dates)
    starts = sorted(set(paragraphs))
    normalizers = pipeline_normalizers(nlp)

    def claims() -> Iterator[dict[str, Any]]:
        while packed:
            yield from build_claims(
                doc.id, doc.text, json.loads(packed.popleft()), doc_date=doc.date,
                doc_window=doc.window, paragraphs=starts, normalizers=normalizers, date_order=order,
                domain=doc.domain,
            )

    return tokens, claims()


def chunk_bounds(text: str, limit: int) -> list[tuple[int, int]]:
    """Consecutive ``(start, end)`` pieces of ``text``, each at most ``limit`` characters.

    A piece ends after the last blank line that keeps it within the limit, so pieces are
    runs of whole paragraphs; a paragraph longer than the limit is cut after a line break,
    else after a sentence, else after white space, and only text with none of these is cut
    at the limit itself. The pieces cover the text exactly.
    """
    if limit < 1:
        raise ValueError("limit must be positive")
    bounds: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = limit
        for pattern in CUT_PATTERNS:
            ends = [m.end() for m in pattern.finditer(window)]
            if ends and ends[-1] > 0:
                cut = ends[-1]
                break
        bounds.append((start, start + cut))
        start += cut
    bounds.append((start, len(text)))
    return bounds


def outcomes(nlp: Language, documents: Sequence[Document]) -> list[Outcome]:
    """One :class:`Outcome` per document (all of them readable), claims as JSON lines."""
    results = []
    for result in analysed(nlp, documents):
        if isinstance(result, str):
            results.append(Outcome(None, error=result))
            continue
        tokens, claims = result
        lines: list[str] = []
        kinds: list[str] = []
        try:
            for claim in claims:
                lines.append(dumps(claim))
                kinds.append(claim["kind"])
        except Exception as exc:
            results.append(Outcome(None, error=f"processing failed: {exc}"))
        else:
            results.append(Outcome(tokens, tuple(lines), tuple(kinds)))
    return results


_local = threading.local()


def pipeline_for(setup: Setup) -> Language:
    """The pipeline for ``setup``, built once per process (and thread) and kept."""
    cache: dict[Setup, Language] = getattr(_local, "pipelines", None) or {}
    _local.pipelines = cache
    if setup not in cache:
        cache.clear()  # one pipeline at a time: a new setup replaces the old one
        cache[setup] = build_nlp(setup.model, rules_folder(setup))
    return cache[setup]


def forget_pipelines() -> None:
    """Drop this thread's pipelines (the next use builds afresh, with a new vocabulary)."""
    _local.pipelines = {}


def rules_folder(setup: Setup) -> RulesFolder:
    """The run's open rules folder in the process that opened it; elsewhere ``setup.rules``
    when this machine has that folder with the same content, else a copy written from
    ``setup.rules_files`` into a temporary folder named by the hash."""
    if setup.folder is not None:
        return setup.folder
    return RulesFolder.open(rules_path(setup))


def rules_path(setup: Setup) -> Path:
    """Where this machine has the rules folder of ``setup`` (see :func:`rules_folder`)."""
    local = Path(setup.rules)
    if not setup.rules_files or (local.is_dir() and _hash(local) == setup.rules_hash):
        return local
    target = Path(tempfile.gettempdir()) / f"claimx-rules-{setup.rules_hash[:16]}"
    if target.is_dir() and _hash(target) == setup.rules_hash:
        return target
    staging = Path(tempfile.mkdtemp(prefix="claimx-rules-"))
    for name, data in setup.rules_files:
        path = staging / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    if _hash(staging) != setup.rules_hash:
        raise RuntimeError("the rules files received do not match the rules hash")
    try:
        staging.replace(target)
    except OSError:  # another worker on this node got there first: use our own copy
        return staging
    return target


def _hash(path: Path) -> str:
    return files_hash(folder_files(path))


def analyse_batch(setup: Setup, documents: Sequence[Document]) -> list[Outcome]:
    """Worker entry point: the outcomes of a batch of readable documents."""
    return outcomes(pipeline_for(setup), documents)


def software() -> dict[str, str]:
    """What a node runs: claimx (version and code hash) and spaCy. Nodes of one run must
    agree, or their claims could differ."""
    import spacy.about

    from claimx import __version__
    from claimx.batch.cache import code_hash

    return {"claimx": __version__, "code": code_hash(), "spacy": spacy.about.__version__}


def describe_pipeline(setup: Setup) -> tuple[list[str], str]:
    """(pipe names, model version) of the pipeline ``setup`` builds."""
    from claimx.pipeline import model_version

    nlp = pipeline_for(setup)
    return list(nlp.pipe_names), model_version(nlp)
