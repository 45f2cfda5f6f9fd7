"""The Python API: claimx.extract returns what claimx extract writes, from paths or texts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

import claimx
from claimx import Document, InputError
from claimx.api import classify
from claimx.batch.run import run_extract, run_reconcile
from claimx.io import read_jsonl
from tests.conftest import SEEDS

TEXT = "Exports rose 12% to $4.6 billion in 2024."


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    run_extract([SEEDS], out, model="blank")
    return out


@pytest.fixture(scope="module")
def result() -> claimx.Result:
    return claimx.extract([SEEDS], model="blank")


@pytest.mark.parametrize(
    ("attribute", "file"),
    [("claims", "claims.jsonl"), ("conflicts", "conflicts.jsonl"),
     ("documents", "documents.jsonl")],
)
def test_records_are_the_lines_the_command_writes(
    result: claimx.Result, written: Path, attribute: str, file: str
) -> None:
    assert getattr(result, attribute) == list(read_jsonl(written / file))


def test_frames_are_what_loading_the_files_gives(result: claimx.Result, written: Path) -> None:
    pd.testing.assert_frame_equal(result.claims_frame(), claimx.load_claims(written))
    pd.testing.assert_frame_equal(result.conflicts_frame(), claimx.load_conflicts(written))
    pd.testing.assert_frame_equal(
        result.conflicts_frame(by_claim=True), claimx.load_conflicts(written, by_claim=True))
    pd.testing.assert_frame_equal(result.documents_frame(), claimx.load_documents(written))


def test_claimx_extract_is_the_function_in_claimx_api() -> None:
    import claimx.api

    assert claimx.extract is claimx.api.extract


def test_a_text_is_a_document() -> None:
    found = claimx.extract(TEXT, model="blank")
    assert found.documents[0]["id"] == "text-0"
    assert found.documents[0]["source"] == "<text-0>"
    money = [c for c in found.claims if c["kind"] == "money"]
    assert [(c["text"], c["value"]["low"]) for c in money] == [("$4.6 billion", 4_600_000_000)]
    assert found.claims_frame()["doc_source"].unique().tolist() == ["<text-0>"]


def test_paths_and_texts_mix_in_input_order() -> None:
    found = claimx.extract([TEXT, SEEDS / "001_d94bdd705235d052.txt", "Profits hit $5m."],
                           model="blank")
    assert [d["id"] for d in found.documents] == ["text-0", "001_d94bdd705235d052", "text-2"]


def test_ref_date_dates_texts_and_files() -> None:
    found = claimx.extract([TEXT, str(SEEDS / "000_aebd47d402352d9d.txt")], model="blank",
                           ref_date=date(2025, 6, 1))
    assert {d["date"] for d in found.documents} == {"2025-06-01"}


def test_a_document_is_used_as_given() -> None:
    doc = Document("mine", "feed:7", text=TEXT, date=date(2024, 12, 31))
    found = claimx.extract([doc], model="blank")
    assert (found.documents[0]["id"], found.documents[0]["date"]) == ("mine", "2024-12-31")


def test_an_undated_document_s_window_reads_what_both_its_ends_read() -> None:
    text = "GDP fell 1.6% in the fourth quarter. Shares rose 3% on Monday."
    doc = Document("feb", "feed:1", text=text, window=(date(2020, 2, 1), date(2020, 2, 29)))
    found = claimx.extract([doc, "Shares rose 3% on Monday."], model="blank",
                           ref_date=date(2025, 6, 1))
    times = {c["text"]: c["value"] for c in found.claims
             if c["kind"] == "date" and c["doc_id"] == "feb"}
    assert (times["the fourth quarter"]["start"], times["the fourth quarter"]["end"]) == (
        "2019-10-01", "2019-12-31")
    assert times["Monday"]["start"] is None  # another Monday from either end: unread
    assert found.documents[0]["date"] is None  # a window takes no reference date
    assert found.documents[0]["date_window"] == {"start": "2020-02-01", "end": "2020-02-29"}
    assert found.documents[1]["date"] == "2025-06-01"


def test_a_repeated_id_is_reported_and_skipped() -> None:
    doc = Document("text-1", "feed:1", text=TEXT)
    found = claimx.extract([doc, "Revenue was $3m."], model="blank")
    assert found.documents[1]["error"] == "duplicate document id 'text-1': also in feed:1"
    assert found.errors == ["<text-1>: duplicate document id 'text-1': also in feed:1"]
    assert {c["doc_id"] for c in found.claims} == {"text-1"}


def test_an_empty_text_is_an_error_record() -> None:
    found = claimx.extract(["   "], model="blank")
    assert found.documents[0]["error"] == "empty text"


@pytest.mark.parametrize(
    ("given", "read_as"),
    [
        (str(SEEDS), "path"),
        (str(SEEDS / "000_aebd47d402352d9d.txt"), "path"),
        (SEEDS / "missing.txt", "path"),  # a Path is always a path (checked before any work)
        ("Exports rose 12% to $4.6 billion.", "text"),
        ("Pakistan", "text"),
        ("see notes.txt", "text"),  # white space: a sentence, not a path
        ("seeds/\nmore", "text"),
        # a line longer than a file name may be: text, not an error of the file system
        ("Output rose 2% in the quarter. " * 12, "text"),
    ],
    ids=["folder", "file", "path-object", "sentence", "one-word", "sentence-ending-in-txt",
         "two-lines", "line-longer-than-a-file-name"],
)
def test_how_an_input_is_read(given: str | Path, read_as: str) -> None:
    kind = "path" if isinstance(classify(given, 0), Path) else "text"
    assert kind == read_as


@pytest.mark.parametrize("given", ["seedz/", "notes.txt", "corpus.JSONL", "a/b.md"])
def test_a_mistyped_path_is_an_error(given: str) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        classify(given, 0)


def test_a_missing_path_object_fails_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        claimx.extract([TEXT, tmp_path / "nope.txt"], model="blank")


CONFLICTING = [
    "Pakistan's IT exports reached $4.6 billion in 2024.",
    "Pakistan's IT exports reached $5.2 billion in 2024.",
]


def test_a_document_repeated_under_another_id_is_marked_a_duplicate() -> None:
    found = claimx.extract([CONFLICTING[0], CONFLICTING[0], CONFLICTING[1]], model="blank")
    assert [d["duplicate_of"] for d in found.documents] == [None, "text-0", None]


def test_a_duplicate_is_never_compared() -> None:
    alone = claimx.extract([CONFLICTING[0], CONFLICTING[1]], model="blank")
    twice = claimx.extract([CONFLICTING[0], CONFLICTING[0], CONFLICTING[1]], model="blank")
    assert len(alone.conflicts) == 1
    assert [f["docs"] for f in twice.conflicts] == [["text-0", "text-2"]]


def test_reconciling_a_claims_file_leaves_out_the_duplicates_beside_it(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    for name, text in (("a", CONFLICTING[0]), ("b", CONFLICTING[0]), ("c", CONFLICTING[1])):
        (texts / f"{name}.txt").write_text(text, encoding="utf-8")
    run_extract([texts], tmp_path / "out", model="blank", cache=False)
    written = list(read_jsonl(tmp_path / "out" / "conflicts.jsonl"))
    run_reconcile([tmp_path / "out" / "claims.jsonl"], tmp_path / "again")
    assert list(read_jsonl(tmp_path / "again" / "conflicts.jsonl")) == written
    assert all("b" not in f["docs"] for f in written)


@pytest.mark.parametrize(
    "ref_date",
    [
        pytest.param("2024-01-01", id="iso-string"),
        pytest.param(date(2024, 1, 1), id="date"),
    ],
)
def test_ref_date_is_a_date_or_an_iso_string(ref_date: date | str) -> None:
    result = claimx.extract(["Sales rose 5% a decade ago."], model="blank", ref_date=ref_date)
    assert result.errors == []
    assert [d["date"] for d in result.documents] == ["2024-01-01"]


@pytest.mark.parametrize(
    ("ref_date", "error"),
    [
        pytest.param("yesterday", ValueError, id="not-a-date"),
        pytest.param("2024-02-30", ValueError, id="no-such-day"),
        pytest.param(20240101, TypeError, id="a-number"),
    ],
)
def test_a_bad_ref_date_raises_before_any_work(ref_date: object, error: type) -> None:
    with pytest.raises(error, match="ref_date"):
        claimx.extract([TEXT], model="blank", ref_date=ref_date)  # type: ignore[arg-type]


def test_a_text_with_a_lone_surrogate_is_an_error_of_its_own() -> None:
    result = claimx.extract(["Sales \ud800 rose 5%.", TEXT], model="blank")
    assert [d["id"] for d in result.documents] == ["text-0", "text-1"]
    assert "lone surrogate" in result.documents[0]["error"]
    assert result.documents[1]["error"] is None and result.claims
