"""The Python API: extract claims and findings in memory, as ``claimx.extract(...)``.

Runs the same pipeline, claim builder and reconciliation as ``claimx extract`` (through
:func:`claimx.batch.run.process`), and returns the records the command would write, as plain
dicts, with DataFrame views of them.

How an input is read:

- a :class:`pathlib.Path` (any ``os.PathLike``) is a file or folder, read as the command
  reads it (folders recursively, ``.jsonl`` as a corpus);
- a :class:`claimx.Document` is used as given (choose its id, source and date);
- a ``str`` is a path when it is a single line naming an existing file or folder. A single
  line without white space that ends in ``.txt``, ``.md``, ``.jsonl`` or a path separator
  but names nothing is an error (a mistyped path, not an article). Any other string is the
  text of a document, with the id ``text-N`` (N its position among the inputs) and the
  source ``<text-N>``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
from spacy.language import Language

from claimx.batch.corpus import (
    INPUT_SUFFIXES,
    Document,
    InputError,
    check_inputs,
    iter_documents,
    valid_unicode,
)
from claimx.batch.run import process
from claimx.dataframes import claims_frame, conflicts_frame, documents_frame
from claimx.io import dumps
from claimx.pipeline import build_nlp
from claimx.reconcile import ReconcileStats, reconcile_with_stats
from claimx.reconcile.tables import load_tables
from claimx.rules_folder import RulesFolder

# Pipelines kept for later calls, by (model, rules folder, rules hash); the oldest goes first.
KEPT_PIPELINES = 4
_pipelines: dict[tuple[str, Path, str], Language] = {}

Input = str | os.PathLike[str] | Document

# A string longer than this is never taken for a path (PATH_MAX on Linux).
LONGEST_PATH = 4096
TEXT_ID = "text-{}"


@dataclass(frozen=True)
class Result:
    """Claims, findings and document records of one :func:`extract` call.

    The records are exactly the lines ``claimx extract`` writes to claims.jsonl,
    conflicts.jsonl and documents.jsonl for the same inputs (plain JSON values).
    """

    claims: list[dict[str, Any]]
    conflicts: list[dict[str, Any]]
    documents: list[dict[str, Any]]
    stats: ReconcileStats

    @property
    def errors(self) -> list[str]:
        """``"source: why"`` for each document that could not be read or processed."""
        return [f"{d['source']}: {d['error']}" for d in self.documents if d["error"] is not None]

    def claims_frame(self) -> pd.DataFrame:
        """The claims as :func:`claimx.load_claims` would load them (``doc_source`` filled)."""
        return claims_frame(self.claims, self.documents)

    def conflicts_frame(self, *, by_claim: bool = False) -> pd.DataFrame:
        """The findings as :func:`claimx.load_conflicts` would load them."""
        return conflicts_frame(self.conflicts, by_claim=by_claim)

    def documents_frame(self) -> pd.DataFrame:
        """The document records as :func:`claimx.load_documents` would load them."""
        return documents_frame(self.documents)


def extract(
    paths_or_texts: Input | Iterable[Input],
    *,
    model: str = "default",
    rules_dir: str | os.PathLike[str] | None = None,
    ref_date: date | str | None = None,
) -> Result:
    """Extract and reconcile claims from paths and texts (see the module docstring).

    ``model``, ``rules_dir`` and ``ref_date`` mean what ``--model``, ``--rules`` and
    ``--ref-date`` mean on the command line. The pipeline is built once for a model and
    rules folder and kept for later calls (rebuilt when a rules file changes). Raises
    :class:`claimx.batch.corpus.InputError` for a path that does not exist, before any work;
    ``ref_date`` is a :class:`datetime.date` or an ISO ``"YYYY-MM-DD"`` string (anything else
    raises TypeError, a string that is no such date ValueError).
    """
    ref_date = as_date(ref_date)
    if isinstance(paths_or_texts, str | os.PathLike | Document):
        paths_or_texts = [paths_or_texts]
    inputs = [classify(item, n) for n, item in enumerate(paths_or_texts)]
    check_inputs(item for item in inputs if isinstance(item, Path))
    rules = RulesFolder.open(None if rules_dir is None else Path(rules_dir))
    nlp = pipeline(model, rules.path, rules.hash, rules)
    claims: list[dict[str, Any]] = []
    documents: list[dict[str, Any]] = []
    compared: list[dict[str, Any]] = []
    for _, record, doc_claims in process(nlp, unique_ids(documents_of(inputs, ref_date))):
        documents.append(_as_written(dumps(record)))
        written = [_as_written(dumps(claim)) for claim in doc_claims]
        claims.extend(written)
        if record["duplicate_of"] is None:
            compared.extend(written)
    found = reconcile_with_stats(compared, tables=load_tables(rules))
    conflicts = [_as_written(dumps(finding)) for finding in found.findings]
    return Result(claims, conflicts, documents, found.stats)


def as_date(value: date | str | None) -> date | None:
    """A reference date given as a date, an ISO string or None; a datetime's date."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise ValueError(f"ref_date must be YYYY-MM-DD, got {value!r}") from None
    raise TypeError(
        f"ref_date must be a datetime.date or a YYYY-MM-DD string, got {type(value).__name__}"
    )


def classify(item: Input, position: int) -> Path | Document:
    """A path to read, or a document made of the given text (see the module docstring)."""
    if isinstance(item, Document):
        return item
    if not isinstance(item, str):
        return Path(item)
    one_line = "\n" not in item and "\r" not in item and 0 < len(item) <= LONGEST_PATH
    if one_line and _names_a_file(item):
        return Path(item)
    pathlike = item.lower().endswith((*INPUT_SUFFIXES, "/", os.sep))
    if one_line and pathlike and not any(c.isspace() for c in item):
        raise InputError(f"no such file or folder: {item}")
    doc_id = TEXT_ID.format(position)
    if not item.strip():
        return Document(doc_id, f"<{doc_id}>", error="empty text")
    return Document(doc_id, f"<{doc_id}>", text=item)


def _names_a_file(item: str) -> bool:
    """Whether ``item`` names an existing file or folder; a line the file system cannot take
    for a path (a sentence longer than a file name may be) names none."""
    try:
        return Path(item).exists()
    except OSError:
        return False


def documents_of(inputs: list[Path | Document], ref_date: date | None) -> Iterator[Document]:
    """The documents of every input, in input order; texts without a date get ``ref_date``."""
    for item in inputs:
        if isinstance(item, Path):
            yield from iter_documents([item], ref_date)
        elif (item.date is None and item.window is None and ref_date is not None
              and item.error is None):
            yield valid_unicode(replace(item, date=ref_date))
        else:
            yield valid_unicode(item)


def unique_ids(documents: Iterable[Document]) -> Iterator[Document]:
    """Documents with an id seen before (across inputs) replaced by an error record."""
    first_source: dict[str, str] = {}
    for doc in documents:
        if doc.error is None and doc.id in first_source:
            message = f"duplicate document id {doc.id!r}: also in {first_source[doc.id]}"
            doc = Document(doc.id, doc.source, error=message)
        elif doc.error is None:
            first_source[doc.id] = doc.source
        yield doc


def pipeline(model: str, path: Path, fingerprint: str, rules: RulesFolder) -> Language:
    """The pipeline for a model and rules folder, kept while the rules' hash is unchanged
    (``path`` and ``fingerprint``, the hash, are the key: a changed rules file builds anew)."""
    key = (model, path, fingerprint)
    if key not in _pipelines:
        if len(_pipelines) >= KEPT_PIPELINES:
            del _pipelines[next(iter(_pipelines))]
        _pipelines[key] = build_nlp(model, rules)
    return _pipelines[key]


def _as_written(line: str) -> dict[str, Any]:
    record: dict[str, Any] = json.loads(line)
    return record
