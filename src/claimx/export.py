"""Parquet copies of the JSONL outputs, for corpora with millions of claims.

A Parquet file holds the flattened, typed table that :mod:`claimx.dataframes` loads (same
columns, same dtypes; lists as Parquet lists, free-form objects as JSON text), so
``load_claims("claims.jsonl")`` and ``load_claims("claims.parquet")`` give equal frames.
claims.parquet also carries ``doc_source``, taken from documents.jsonl beside the claims.

The JSONL files stay the record of a run (schemas, reconciliation and the report read
them); a Parquet file is derived from one. It is written in row groups of
:data:`CHUNK_ROWS` records, so memory stays flat however long the JSONL file is: one pass
over the file finds the columns and their kinds, a second writes them. Every file is
written to a temporary name and renamed into place.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from claimx import __version__
from claimx.dataframes import (
    CLAIMS,
    DOCUMENTS,
    JSONL_SUFFIX,
    PARQUET_SUFFIX,
    TABLE_METADATA_KEY,
    TABLES,
    Kind,
    Table,
    column_kinds,
    flat_rows,
    frame,
    iter_chunks,
    sources_beside,
)
from claimx.io import read_jsonl, shareable

CHUNK_ROWS = 65_536


def arrow_schema(kinds: Mapping[str, Kind], table: Table) -> Any:
    """The Parquet schema of a table with these column kinds."""
    import pyarrow as pa

    types = {
        "string": pa.string(),
        "json": pa.string(),
        "float": pa.float64(),
        "int": pa.int64(),
        "bool": pa.bool_(),
        "date": pa.timestamp("s"),
        "list": pa.list_(pa.string()),
    }
    return pa.schema(
        [pa.field(name, types[kind]) for name, kind in kinds.items()],
        metadata={TABLE_METADATA_KEY: table.name.encode(), b"claimx.version": __version__.encode()},
    )


def table_of(path: Path) -> Table:
    """Which output table a JSONL file holds: by its name, else by its first record's keys."""
    stem = path.name.removesuffix(JSONL_SUFFIX)
    if stem in TABLES:
        return TABLES[stem]
    for record in read_jsonl(path):
        if "kind" in record and "doc_id" in record:
            return CLAIMS
        if "severity" in record:
            return TABLES["conflicts"]
        if "sha256" in record:
            return DOCUMENTS
        break
    raise ValueError(
        f"{path}: cannot tell whether it holds claims, conflicts or documents "
        f"(name it claims.jsonl, conflicts.jsonl or documents.jsonl)"
    )


def export_parquet(
    source: str | os.PathLike[str],
    target: str | os.PathLike[str] | None = None,
    *,
    table: Table | None = None,
) -> Path:
    """Write the JSONL output file ``source`` as Parquet; returns the Parquet path.

    ``target`` defaults to ``source`` with the suffix .parquet; ``table`` defaults to what
    :func:`table_of` finds.
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    path = Path(source)
    out = Path(target) if target is not None else path.with_suffix(PARQUET_SUFFIX)
    table = table or table_of(path)
    sources = sources_beside(path) if table is CLAIMS else None
    kinds = column_kinds(flat_rows(read_jsonl(path), table, sources), table)
    schema = arrow_schema(kinds, table)
    with _atomic_path(out) as temporary, pq.ParquetWriter(temporary, schema) as writer:
        for chunk in iter_chunks(flat_rows(read_jsonl(path), table, sources), CHUNK_ROWS):
            chunk_frame = frame(chunk, table, kinds)
            writer.write_table(pa.Table.from_pandas(chunk_frame, schema, preserve_index=False))
    return out


def export_outputs(out_dir: str | os.PathLike[str], *, conflicts: bool = True) -> list[Path]:
    """Parquet beside each JSONL output of a run: documents, claims and (if asked) conflicts."""
    folder = Path(out_dir)
    names = ["documents", "claims"] + (["conflicts"] if conflicts else [])
    return [
        export_parquet(folder / f"{name}{JSONL_SUFFIX}", table=TABLES[name]) for name in names
    ]


@contextmanager
def _atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path in ``path``'s folder, renamed to ``path`` when the block succeeds."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        shareable(Path(tmp))
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
