"""claimx outputs as pandas DataFrames: nested fields flattened into typed columns.

Every table (claims, conflicts, documents) has a declared column list, each column with a
*kind* that fixes its dtype:

    string  pandas nullable "string"     text; <NA> when absent
    float   float64                      interval bounds, precision, severity; NaN when absent
    int     Int64 (nullable)             character offsets, counts
    bool    boolean (nullable)           flags such as value_relative
    date    datetime64[s]                resolved ISO dates; NaT when unresolved or absent
    list    object (Python lists of str) cues, claim ids, periods
    json    pandas nullable "string"     free-form objects kept as JSON text (details)

Nested objects are flattened with "_" (``value.low`` -> ``value_low``, ``subject.metric``
-> ``subject_metric``, ``time.start`` -> ``time_start``); a null object leaves its columns
missing (<NA>, NaN, NaT). A field the declaration does not know (a newer claimx, an added
normalizer) is kept, after the declared columns in name order, with a kind inferred from
its values, so loading never drops data silently.

The same declaration gives the Parquet schema (:mod:`claimx.export`), so JSONL and Parquet
load to equal frames.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import pandas as pd

from claimx.io import dumps, read_jsonl

Kind = Literal["string", "float", "int", "bool", "date", "list", "json"]

DTYPES: dict[Kind, str] = {
    "string": "string",
    "float": "float64",
    "int": "Int64",
    "bool": "boolean",
    "date": "datetime64[s]",
    "list": "object",
    "json": "string",
}

# The values a date column may take: ISO 8601 dates from the normalizers.
DATE_FORMAT = "ISO8601"
JSONL_SUFFIX = ".jsonl"
PARQUET_SUFFIX = ".parquet"
TABLE_METADATA_KEY = b"claimx.table"


@dataclass(frozen=True)
class Table:
    """One output table: its file stem and its declared columns (name -> kind), in order."""

    name: str
    columns: dict[str, Kind]
    # Object fields stored whole as JSON text instead of being flattened.
    json_fields: frozenset[str] = field(default_factory=frozenset)

    @property
    def prefixes(self) -> frozenset[str]:
        """Names of the nested objects the declared columns were flattened from."""
        found: set[str] = set()
        for name in self.columns:
            parts = name.split("_")
            found.update("_".join(parts[:i]) for i in range(1, len(parts)))
        return frozenset(found - set(self.columns))


CLAIMS = Table(
    "claims",
    {
        "id": "string",
        "doc_id": "string",
        "doc_source": "string",
        "doc_date": "date",
        "kind": "string",
        "label": "string",
        "text": "string",
        "start": "int",
        "end": "int",
        "sentence": "string",
        "sentence_start": "int",
        "paragraph": "int",
        "value_low": "float",
        "value_high": "float",
        "value_bound": "string",
        "value_unit": "string",
        "value_per": "string",
        "value_precision": "float",
        "value_start": "date",
        "value_end": "date",
        "value_grain": "string",
        "value_relative": "bool",
        "value_offset": "string",
        "value_direction": "string",
        "value_part": "string",
        "value_facet": "string",
        "value_doubt": "string",
        "value_change_basis": "string",
        "value_canonical": "string",
        "value_label": "string",
        "subject_entity": "string",
        "subject_metric": "string",
        "subject_measure": "string",
        "subject_source": "string",
        "subject_basis_entity": "string",
        "subject_basis_metric": "string",
        "subject_basis_time": "string",
        "subject_basis_source": "string",
        "time_claim_id": "string",
        "time_text": "string",
        "time_inherited": "bool",
        "time_start": "date",
        "time_end": "date",
        "time_grain": "string",
        "time_relative": "bool",
        "time_offset": "string",
        "time_direction": "string",
        "time_part": "string",
        "modality": "string",
        "status": "string",
        "converts": "string",
        "cues": "list",
        "rule_id": "string",
        "source": "string",
    },
)

CONFLICTS = Table(
    "conflicts",
    {
        "id": "string",
        "type": "string",
        "severity": "float",
        "confidence_score": "float",
        "confidence_holder": "string",
        "confidence_metric": "string",
        "confidence_period": "string",
        "subject_entity": "string",
        "subject_metric": "string",
        "scope_unit": "string",
        "scope_per": "string",
        "scope_periods": "list",
        "scope_modalities": "list",
        "claims": "list",
        "docs": "list",
        "gap_absolute": "float",
        "gap_relative": "float",
        "gap_unit": "string",
        "explanation": "string",
        "values": "json",
        "details": "json",
    },
    json_fields=frozenset({"values", "details"}),
)

DOCUMENTS = Table(
    "documents",
    {
        "id": "string",
        "source": "string",
        "sha256": "string",
        "chars": "int",
        "tokens": "int",
        "claims": "int",
        "encoding": "string",
        "date": "date",
        "date_window_start": "date",
        "date_window_end": "date",
        "error": "string",
        "duplicate_of": "string",
    },
)

# One row per claim of a finding: the evidence, ready to merge with the claims frame.
CONFLICT_CLAIMS = Table(
    "conflict_claims",
    {
        "conflict_id": "string",
        "type": "string",
        "severity": "float",
        "subject_entity": "string",
        "subject_metric": "string",
        "claim_id": "string",
        "doc_id": "string",
        "claim_text": "string",
        "compared_bound": "string",
        "compared_low": "float",
        "compared_high": "float",
        "compared_unit": "string",
        "compared_per": "string",
        "explanation": "string",
    },
)

TABLES = {table.name: table for table in (CLAIMS, CONFLICTS, DOCUMENTS)}


def flatten(record: Mapping[str, Any], table: Table, prefix: str = "") -> dict[str, Any]:
    """One record as flat ``{column: value}``; nested objects joined with "_"."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if name in table.json_fields:
            flat[name] = value
        elif isinstance(value, Mapping):
            flat.update(flatten(value, table, f"{name}_"))
        elif value is None and name in table.prefixes:
            continue  # a null object: its columns stay missing
        else:
            flat[name] = value
    return flat


def infer_kind(values: Iterable[Any]) -> Kind:
    """The kind of a column the declaration does not know, from its non-null values."""
    seen = {_kind_of(v) for v in values if v is not None}
    if not seen or seen == {"string"}:
        return "string"
    if len(seen) == 1:
        return seen.pop()
    if seen <= {"int", "float"}:
        return "float"
    return "json"


def _kind_of(value: Any) -> Kind:
    if isinstance(value, bool):
        return "bool"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return "list"
    return "json"


def column_kinds(rows: Iterable[Mapping[str, Any]], table: Table) -> dict[str, Kind]:
    """Declared columns, then every undeclared one found in ``rows`` (sorted) with its kind."""
    extra: dict[str, list[Any]] = {}
    for row in rows:
        for name, value in row.items():
            if name not in table.columns:
                extra.setdefault(name, []).append(value)
    return {**table.columns, **{name: infer_kind(extra[name]) for name in sorted(extra)}}


def column(kind: Kind, values: list[Any]) -> pd.Series:
    """A Series of ``values`` with the dtype of ``kind``."""
    if kind == "date":
        parsed = pd.to_datetime(pd.Series(values, dtype=object), format=DATE_FORMAT,
                                errors="coerce")
        return parsed.astype("datetime64[s]")
    if kind == "list":
        return pd.Series([None if v is None else list(v) for v in values], dtype=object)
    if kind == "json":
        values = [None if v is None else dumps(v) for v in values]
    typed: pd.Series = pd.Series(values, dtype=dtype(kind))
    return typed


def dtype(kind: Kind) -> Any:
    """The pandas dtype of a column kind."""
    return pd.api.types.pandas_dtype(DTYPES[kind])


def frame(
    rows: list[dict[str, Any]], table: Table, kinds: Mapping[str, Kind] | None = None
) -> pd.DataFrame:
    """A typed DataFrame of flat rows; ``kinds`` fixes the columns (default: inferred)."""
    kinds = kinds if kinds is not None else column_kinds(rows, table)
    data = {}
    for name, kind in kinds.items():
        try:
            data[name] = column(kind, [row.get(name) for row in rows])
        except (TypeError, ValueError) as exc:
            raise ValueError(f"{table.name} column {name!r}: expected {kind}: {exc}") from exc
    return pd.DataFrame(data, columns=list(kinds))


def records_frame(
    records: Iterable[Mapping[str, Any]],
    table: Table,
    *,
    sources: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """A typed DataFrame of output records (claims, conflicts or documents lines).

    For claims, ``sources`` maps document ids to source paths (documents.jsonl ``source``)
    and fills ``doc_source``.
    """
    return frame(list(flat_rows(records, table, sources)), table)


def flat_rows(
    records: Iterable[Mapping[str, Any]], table: Table, sources: Mapping[str, str] | None = None
) -> Iterator[dict[str, Any]]:
    """Flattened records; with ``sources`` (claims only), ``doc_source`` filled from it."""
    for record in records:
        row = flatten(record, table)
        if sources is not None:
            row.setdefault("doc_source", sources.get(str(row.get("doc_id"))))
        yield row


def claims_frame(
    records: Iterable[Mapping[str, Any]],
    documents: Iterable[Mapping[str, Any]] | None = None,
) -> pd.DataFrame:
    """Claims (claims.jsonl records) as a DataFrame; ``documents`` fills ``doc_source``."""
    return records_frame(records, CLAIMS, sources=None if documents is None else
                         source_map(documents))


def conflicts_frame(
    records: Iterable[Mapping[str, Any]], *, by_claim: bool = False
) -> pd.DataFrame:
    """Findings (conflicts.jsonl records) as a DataFrame; see :func:`load_conflicts`."""
    found = by_confidence(records_frame(records, CONFLICTS))
    return conflict_claims(found) if by_claim else found


def by_confidence(found: pd.DataFrame) -> pd.DataFrame:
    """Findings ordered by confidence score (highest first; none last), then severity."""
    if found.empty:
        return found
    ordered = found.sort_values(
        ["confidence_score", "severity", "type", "id"],
        ascending=[False, False, True, True],
        na_position="last",
        kind="mergesort",
    )
    return ordered.reset_index(drop=True)


def documents_frame(records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """Document records (documents.jsonl) as a DataFrame."""
    return records_frame(records, DOCUMENTS)


def source_map(documents: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Document id -> source path, from documents.jsonl records."""
    return {str(d["id"]): str(d["source"]) for d in documents if d.get("source") is not None}


def conflict_claims(conflicts: pd.DataFrame) -> pd.DataFrame:
    """One row per (finding, claim): each claim's interval as the finding compared it."""
    rows = []
    for finding in conflicts.to_dict("records"):
        shared = {
            "conflict_id": _present(finding["id"]),
            "type": _present(finding["type"]),
            "severity": finding["severity"],
            "subject_entity": _present(finding["subject_entity"]),
            "subject_metric": _present(finding["subject_metric"]),
            "explanation": _present(finding["explanation"]),
        }
        values = _present(finding["values"])
        for value in [] if values is None else json.loads(values):
            rows.append({
                **shared,
                "claim_id": value.get("claim_id"),
                "doc_id": value.get("doc_id"),
                "claim_text": value.get("text"),
                **{f"compared_{k}": value.get(k) for k in ("bound", "low", "high", "unit", "per")},
            })
    return frame(rows, CONFLICT_CLAIMS, CONFLICT_CLAIMS.columns)


def _present(value: Any) -> Any:
    return None if value is None or value is pd.NA else value


def output_file(path: str | os.PathLike[str], table: Table) -> Path:
    """The file to load for ``table``: ``path`` itself, or the table's file in a folder.

    In a folder, ``<table>.parquet`` is read when it is at least as new as
    ``<table>.jsonl`` (it was exported from it), else ``<table>.jsonl``.
    """
    where = Path(path)
    if not where.is_dir():
        if not where.is_file():
            raise FileNotFoundError(f"no such file or folder: {where}")
        return where
    jsonl = where / f"{table.name}{JSONL_SUFFIX}"
    parquet = where / f"{table.name}{PARQUET_SUFFIX}"
    if parquet.is_file() and (
        not jsonl.is_file() or parquet.stat().st_mtime >= jsonl.stat().st_mtime
    ):
        return parquet
    if jsonl.is_file():
        return jsonl
    raise FileNotFoundError(f"no {jsonl.name} or {parquet.name} in {where}")


def is_parquet(path: Path) -> bool:
    """True for a Parquet file (by suffix)."""
    return path.suffix.lower() == PARQUET_SUFFIX


def load_table(path: str | os.PathLike[str], table: Table) -> pd.DataFrame:
    """One output table from a JSONL or Parquet file, or from an outputs folder."""
    file = output_file(path, table)
    if is_parquet(file):
        return read_parquet(file, table)
    sources = sources_beside(file) if table is CLAIMS else None
    return records_frame(read_jsonl(file), table, sources=sources)


def sources_beside(file: Path) -> dict[str, str] | None:
    """Document id -> source path, from the documents table in ``file``'s folder if there."""
    try:
        documents = load_table(file.parent, DOCUMENTS)
    except FileNotFoundError:
        return None
    known = documents.dropna(subset=["id", "source"])
    return dict(zip(known["id"].astype(str), known["source"].astype(str), strict=True))


def load_claims(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Claims as a DataFrame, one row per claim, from claims.jsonl, claims.parquet or a folder.

    Columns and dtypes are :data:`CLAIMS` (see the module docstring and the README). For a
    JSONL file, ``doc_source`` (the document's input path) comes from documents.jsonl in
    the same folder, and is <NA> when that file is not there.
    """
    return load_table(path, CLAIMS)


def load_conflicts(path: str | os.PathLike[str], *, by_claim: bool = False) -> pd.DataFrame:
    """Findings as a DataFrame, from conflicts.jsonl, conflicts.parquet or a folder.

    One row per finding (:data:`CONFLICTS`: ``claims`` and ``docs`` are lists; ``values``
    and ``details`` are JSON text), highest ``confidence_score`` first, then by severity.
    With ``by_claim=True``, one row per claim of each finding instead
    (:data:`CONFLICT_CLAIMS`), with the interval it was compared as (``compared_low``,
    ``compared_high``, ...), to merge with :func:`load_claims` on ``claim_id``.
    """
    found = by_confidence(load_table(path, CONFLICTS))
    return conflict_claims(found) if by_claim else found


def load_documents(path: str | os.PathLike[str]) -> pd.DataFrame:
    """Document records (documents.jsonl or .parquet, or a folder) as a DataFrame."""
    return load_table(path, DOCUMENTS)


def read_parquet(file: Path, table: Table) -> pd.DataFrame:
    """A table written by :mod:`claimx.export`, with the dtypes of its JSONL twin."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow = pq.read_table(file)
    written_as = (arrow.schema.metadata or {}).get(TABLE_METADATA_KEY)
    if written_as is not None and written_as.decode() != table.name:
        raise ValueError(f"{file}: holds {written_as.decode()}, not {table.name}")
    kinds = {**table.columns, **{
        f.name: arrow_kind(f.type) for f in arrow.schema if f.name not in table.columns
    }}
    nullable = {
        pa.int64(): pd.Int64Dtype(),
        pa.bool_(): pd.BooleanDtype(),
        pa.string(): pd.StringDtype(),
        pa.large_string(): pd.StringDtype(),
    }
    loaded = arrow.to_pandas(types_mapper=nullable.get)
    data = {}
    for name, kind in kinds.items():
        if name not in loaded:
            data[name] = column(kind, [None] * len(loaded))
        elif kind == "list":
            data[name] = column(kind, [None if v is None else list(v) for v in loaded[name]])
        else:
            data[name] = loaded[name].astype(dtype(kind))
    return pd.DataFrame(data, columns=list(kinds))


def arrow_kind(arrow_type: Any) -> Kind:
    """The column kind of a Parquet column claimx did not declare."""
    import pyarrow as pa

    if pa.types.is_boolean(arrow_type):
        return "bool"
    if pa.types.is_integer(arrow_type):
        return "int"
    if pa.types.is_floating(arrow_type):
        return "float"
    if pa.types.is_timestamp(arrow_type) or pa.types.is_date(arrow_type):
        return "date"
    if pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type):
        return "list"
    return "string"


def iter_chunks(records: Iterable[dict[str, Any]], size: int) -> Iterator[list[dict[str, Any]]]:
    """Records in lists of at most ``size``."""
    chunk: list[dict[str, Any]] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
