"""Outputs as typed pandas DataFrames: flattening, dtypes, provenance, folder loading."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import claimx
from claimx.dataframes import (
    CLAIMS,
    CONFLICT_CLAIMS,
    CONFLICTS,
    DOCUMENTS,
    DTYPES,
    Table,
    claims_frame,
    flatten,
    infer_kind,
    output_file,
)
from claimx.io import read_jsonl, write_jsonl
from tests.conftest import ROOT
from tests.seed_outputs import OUTPUTS, copy_outputs


@pytest.fixture
def outputs(tmp_path: Path) -> Path:
    return copy_outputs(tmp_path / "outputs")


def expected_dtypes(table: Table) -> dict[str, str]:
    return {name: DTYPES[kind] for name, kind in table.columns.items()}


@pytest.mark.parametrize(
    ("load", "table"),
    [
        (claimx.load_claims, CLAIMS),
        (claimx.load_conflicts, CONFLICTS),
        (claimx.load_documents, DOCUMENTS),
    ],
    ids=["claims", "conflicts", "documents"],
)
def test_columns_have_the_declared_dtypes(outputs: Path, load: Any, table: Table) -> None:
    frame = load(outputs)
    assert {c: str(t) for c, t in frame.dtypes.items()} == expected_dtypes(table)


def test_by_claim_frame_has_the_declared_dtypes(outputs: Path) -> None:
    frame = claimx.load_conflicts(outputs, by_claim=True)
    assert {c: str(t) for c, t in frame.dtypes.items()} == expected_dtypes(CONFLICT_CLAIMS)


def test_one_row_per_record(outputs: Path) -> None:
    assert len(claimx.load_claims(outputs)) == len(list(read_jsonl(outputs / "claims.jsonl")))
    findings = list(read_jsonl(outputs / "conflicts.jsonl"))
    assert len(claimx.load_conflicts(outputs)) == len(findings)
    by_claim = claimx.load_conflicts(outputs, by_claim=True)
    assert len(by_claim) == sum(len(f["values"]) for f in findings)


def test_nested_fields_become_flat_columns(outputs: Path) -> None:
    claims = claimx.load_claims(outputs).set_index("id")
    money = claims.loc["000_aebd47d402352d9d:88-100"]
    assert money["value_low"] == 4.6e9
    assert money["value_bound"] == "exact"
    assert money["subject_metric"] == "IT exports"
    projection = claims.loc["000_aebd47d402352d9d:7859-7870"]
    assert projection["time_text"] == "2030"
    assert projection["time_start"] == pd.Timestamp("2030-01-01")
    assert projection["time_end"] == pd.Timestamp("2030-12-31")


def test_absent_values_are_missing_not_empty(outputs: Path) -> None:
    claims = claimx.load_claims(outputs).set_index("id")
    lower = claims.loc["001_d94bdd705235d052:607-637"]  # "crossing the $2.5 billion mark"
    assert pd.isna(lower["value_high"])
    assert pd.isna(lower["time_text"])
    assert pd.isna(lower["time_start"])
    relative = claims.loc["000_aebd47d402352d9d:1655-1667"]  # "a decade ago", unresolved
    assert pd.isna(relative["value_start"])
    assert relative["value_offset"] == "-P10Y"
    assert bool(relative["value_relative"]) is True


def test_provenance_columns_lead_back_to_the_text(outputs: Path) -> None:
    claims = claimx.load_claims(outputs)
    texts = {
        source: (ROOT / source).read_text(encoding="utf-8")
        for source in claims["doc_source"].unique()
    }
    for row in claims.itertuples():
        text = texts[str(row.doc_source)]
        assert text[int(row.start) : int(row.end)] == row.text  # type: ignore[call-overload]


def test_doc_source_is_missing_without_documents_beside(outputs: Path) -> None:
    (outputs / "documents.jsonl").unlink()
    assert claimx.load_claims(outputs / "claims.jsonl")["doc_source"].isna().all()


def test_a_field_the_declaration_does_not_know_is_kept(tmp_path: Path) -> None:
    record = next(read_jsonl(OUTPUTS / "claims.jsonl"))
    write_jsonl(tmp_path / "claims.jsonl", [
        {**record, "confidence": 0.9, "tags": ["a"]},
        {**record, "confidence": 1, "extra": {"nested": True}},
    ])
    frame = claimx.load_claims(tmp_path)
    assert list(frame.columns[len(CLAIMS.columns):]) == ["confidence", "extra_nested", "tags"]
    assert str(frame["confidence"].dtype) == "float64"
    assert str(frame["extra_nested"].dtype) == "boolean"
    assert frame["tags"].tolist() == [["a"], None]


@pytest.mark.parametrize(
    ("values", "kind"),
    [
        (["a", None], "string"),
        ([None, None], "string"),
        ([1, 2], "int"),
        ([1, 2.5], "float"),
        ([True, None], "bool"),
        ([["a"], []], "list"),
        ([{"a": 1}], "json"),
        (["a", 1], "json"),
        ([[1, 2]], "json"),
    ],
    ids=["text", "all-null", "ints", "numbers", "flags", "string-lists", "objects", "mixed",
         "number-lists"],
)
def test_undeclared_column_kinds(values: list[Any], kind: str) -> None:
    assert infer_kind(values) == kind


def test_a_null_object_leaves_no_column_of_its_own() -> None:
    flat = flatten({"id": "x", "time": None, "value": {"low": 1}}, CLAIMS)
    assert flat == {"id": "x", "value_low": 1}


def test_json_fields_stay_whole() -> None:
    flat = flatten({"details": {"a": {"b": 1}}, "gap": {"absolute": 2}}, CONFLICTS)
    assert flat == {"details": {"a": {"b": 1}}, "gap_absolute": 2}


def test_claims_frame_of_records_matches_loading(outputs: Path) -> None:
    records = list(read_jsonl(outputs / "claims.jsonl"))
    documents = list(read_jsonl(outputs / "documents.jsonl"))
    pd.testing.assert_frame_equal(claims_frame(records, documents), claimx.load_claims(outputs))


def test_a_folder_reads_the_newer_of_parquet_and_jsonl(outputs: Path) -> None:
    assert output_file(outputs, CLAIMS).name == "claims.jsonl"
    parquet = outputs / "claims.parquet"
    parquet.write_bytes(b"")
    assert output_file(outputs, CLAIMS) == parquet
    jsonl = outputs / "claims.jsonl"
    stat = parquet.stat()
    os.utime(jsonl, (stat.st_atime, stat.st_mtime + 10))
    assert output_file(outputs, CLAIMS) == jsonl


def test_a_folder_without_the_table_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=r"no claims\.jsonl or claims\.parquet"):
        claimx.load_claims(tmp_path)


def test_a_malformed_value_names_its_column(tmp_path: Path) -> None:
    record = next(read_jsonl(OUTPUTS / "claims.jsonl"))
    write_jsonl(tmp_path / "claims.jsonl", [{**record, "start": "twelve"}])
    with pytest.raises(ValueError, match="claims column 'start'"):
        claimx.load_claims(tmp_path)


def test_conflicts_are_ordered_by_confidence_then_severity() -> None:
    def finding(name: str, score: float | None, severity: float) -> dict[str, Any]:
        trust = None if score is None else {"holder": "stated", "metric": "stated",
                                             "period": "stated", "score": score}
        return {"id": name, "type": "cross_document", "severity": severity,
                "confidence": trust, "claims": [], "docs": [], "values": [], "details": {}}

    frame = claimx.dataframes.conflicts_frame([
        finding("older-file", None, 1.0),
        finding("guessed", 0.125, 0.9),
        finding("stated", 1.0, 0.6),
        finding("stated-more-severe", 1.0, 0.8),
    ])
    assert list(frame["id"]) == ["stated-more-severe", "stated", "guessed", "older-file"]
