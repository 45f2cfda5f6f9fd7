"""Parquet export: JSONL and Parquet load to equal DataFrames."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest

import claimx
from claimx import export
from claimx.dataframes import CLAIMS, CONFLICTS, DOCUMENTS, TABLES, load_table
from claimx.export import export_outputs, export_parquet, table_of
from claimx.io import read_jsonl, write_jsonl
from tests.seed_outputs import OUTPUTS, copy_outputs


@pytest.fixture
def outputs(tmp_path: Path) -> Path:
    return copy_outputs(tmp_path / "outputs")


def assert_round_trip(jsonl: Path, name: str) -> None:
    parquet = export_parquet(jsonl, table=TABLES[name])
    table = TABLES[name]
    pd.testing.assert_frame_equal(load_table(jsonl, table), load_table(parquet, table))


@pytest.mark.parametrize("name", ["claims", "conflicts", "documents"])
def test_seed_outputs_round_trip(outputs: Path, name: str) -> None:
    assert_round_trip(outputs / f"{name}.jsonl", name)


def test_undeclared_fields_and_nulls_round_trip(tmp_path: Path) -> None:
    first, second = list(read_jsonl(OUTPUTS / "claims.jsonl"))[:2]
    records: list[dict[str, Any]] = [
        {**first, "time": None, "cues": [], "confidence": 0.5, "tags": ["x", "y"],
         "extra": {"flag": True, "n": 3}},
        {**second, "subject": {"entity": None, "metric": None}, "confidence": None,
         "tags": None, "meta": {"anything": [1, {"a": 2}]}},
    ]
    write_jsonl(tmp_path / "claims.jsonl", records)
    assert_round_trip(tmp_path / "claims.jsonl", "claims")


def test_an_empty_file_round_trips(tmp_path: Path) -> None:
    (tmp_path / "conflicts.jsonl").write_text("", encoding="utf-8")
    assert_round_trip(tmp_path / "conflicts.jsonl", "conflicts")
    assert claimx.load_conflicts(tmp_path / "conflicts.parquet").empty


def test_row_groups_do_not_change_the_table(outputs: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export, "CHUNK_ROWS", 7)
    parquet = export_parquet(outputs / "claims.jsonl")
    assert pq.ParquetFile(parquet).num_row_groups > 1
    pd.testing.assert_frame_equal(claimx.load_claims(outputs / "claims.jsonl"),
                                  claimx.load_claims(parquet))


def test_claims_parquet_carries_the_document_source(outputs: Path) -> None:
    parquet = export_parquet(outputs / "claims.jsonl")
    (outputs / "documents.jsonl").unlink()
    sources = set(claimx.load_claims(parquet)["doc_source"])
    assert sources == {"seeds/000_aebd47d402352d9d.txt", "seeds/001_d94bdd705235d052.txt"}


def test_parquet_of_one_table_is_not_read_as_another(outputs: Path) -> None:
    parquet = export_parquet(outputs / "documents.jsonl")
    with pytest.raises(ValueError, match="holds documents, not claims"):
        claimx.load_claims(parquet)


@pytest.mark.parametrize(
    ("name", "first_line", "table"),
    [
        ("claims.jsonl", None, CLAIMS),
        ("mine.jsonl", {"kind": "money", "doc_id": "a"}, CLAIMS),
        ("mine.jsonl", {"severity": 0.5}, CONFLICTS),
        ("mine.jsonl", {"sha256": None}, DOCUMENTS),
    ],
    ids=["by-name", "claim-line", "finding-line", "document-line"],
)
def test_which_table_a_file_holds(
    tmp_path: Path, name: str, first_line: dict[str, Any] | None, table: Any
) -> None:
    path = tmp_path / name
    write_jsonl(path, [first_line] if first_line else [])
    assert table_of(path) is table


def test_an_unknown_file_is_refused(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "x.jsonl", [{"a": 1}])
    with pytest.raises(ValueError, match="cannot tell"):
        table_of(tmp_path / "x.jsonl")


def test_export_outputs_writes_each_table(outputs: Path) -> None:
    written = export_outputs(outputs)
    assert sorted(p.name for p in written) == [
        "claims.parquet", "conflicts.parquet", "documents.parquet"]
    assert not list(outputs.glob(".*.tmp"))


