"""The claimx command line, run on temporary folders."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimx.cli import main
from claimx.io import read_jsonl
from claimx.rules_folder import default_rules_dir
from claimx.schema import problems


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Exports rose 12% to $4.6 billion in 2024.\n", encoding="utf-8")
    (folder / "b.txt").write_bytes(b"Profits hit \xa3600m last year.\n")  # Windows-1252
    (folder / "empty.txt").write_bytes(b"")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    return folder


def test_extract_writes_valid_outputs_and_reports_bad_files(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, output = run("extract", str(corpus), "-o", str(out), "--model", "blank")
    assert code == 0, output
    docs = {d["id"]: d for d in read_jsonl(out / "documents.jsonl")}
    assert docs["empty"]["error"] == "empty file"
    assert docs["image"]["error"] == "binary file, not text"
    assert docs["b"]["encoding"] == "cp1252"
    claims = list(read_jsonl(out / "claims.jsonl"))
    assert problems("claims", claims) == []
    assert problems("documents", docs.values()) == []
    money = {c["text"]: c["value"] for c in claims if c["kind"] == "money"}
    assert money["$4.6 billion"]["low"] == 4_600_000_000
    assert money["£600m"]["unit"] == "GBP"
    assert "empty.txt: empty file" in output
    run_info = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run_info["counts"]["documents"] == 4
    assert run_info["counts"]["failed"] == 2


def test_claim_text_is_the_document_text_at_its_offsets(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("extract", str(corpus), "-o", str(out), "--model", "blank", "-q")[0] == 0
    texts = {
        "a": (corpus / "a.txt").read_text(encoding="utf-8"),
        "b": (corpus / "b.txt").read_bytes().decode("cp1252"),
    }
    for claim in read_jsonl(out / "claims.jsonl"):
        assert texts[claim["doc_id"]][claim["start"] : claim["end"]] == claim["text"]


def test_same_input_same_bytes(corpus: Path, tmp_path: Path) -> None:
    for name in ("one", "two"):
        assert run("extract", str(corpus), "-o", str(tmp_path / name), "--model", "blank")[0] == 0
    for file in ("claims.jsonl", "documents.jsonl"):
        assert (tmp_path / "one" / file).read_bytes() == (tmp_path / "two" / file).read_bytes()


def test_missing_path_is_a_one_line_usage_error(tmp_path: Path) -> None:
    code, output = run("extract", str(tmp_path / "nope"), "-o", str(tmp_path / "out"))
    assert code == 2
    assert "no such file or folder" in output
    assert "Traceback" not in output


def test_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    code, output = run("extract", str(tmp_path / "empty.txt"), "-o", str(tmp_path / "out"),
                       "--model", "blank")
    assert code == 1
    assert "no input document could be read" in output


def test_bad_ref_date_is_a_usage_error(corpus: Path) -> None:
    code, output = run("extract", str(corpus), "--ref-date", "June 2025")
    assert code == 2
    assert "YYYY-MM-DD" in output


def test_bad_rules_folder_is_reported(corpus: Path, tmp_path: Path) -> None:
    code, output = run("extract", str(corpus), "--rules", str(tmp_path / "none"), "--model",
                       "blank", "-o", str(tmp_path / "out"))
    assert code == 3
    assert "rules folder not found" in output


def test_a_rules_folder_missing_a_pattern_file_is_reported(corpus: Path, tmp_path: Path) -> None:
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    (rules / "money.jsonl").unlink()
    code, output = run("extract", str(corpus), "--rules", str(rules), "--model", "blank",
                       "-o", str(tmp_path / "out"))
    assert code == 3
    assert "lacks money.jsonl" in output


def test_output_folder_inside_an_input_folder_is_refused(corpus: Path) -> None:
    code, output = run("extract", str(corpus), "-o", str(corpus / "out"), "--model", "blank")
    assert code == 2
    assert "claimx would read its own outputs" in output
    assert not (corpus / "out").exists()


def test_hidden_output_folder_inside_an_input_folder_is_allowed(corpus: Path) -> None:
    code, _ = run("extract", str(corpus), "-o", str(corpus / ".claimx"), "--model", "blank", "-q")
    assert code == 0


def test_outputs_are_readable_by_others_as_the_umask_allows(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run("extract", str(corpus), "-o", str(out), "--model", "blank", "-q")[0] == 0
    mask = os.umask(0)
    os.umask(mask)
    assert (out / "claims.jsonl").stat().st_mode & 0o777 == 0o666 & ~mask


@pytest.mark.parametrize("cache", ["--cache", "--no-cache"])
def test_hostile_inputs_are_reported_one_line_each_and_the_run_goes_on(
    tmp_path: Path, cache: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Exports rose 12% to $4.6 billion in 2024.\n")
    (folder / "corpus.jsonl").write_text('{"id": "s", "text": "Sales \\ud800 rose 5%."}\n')
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as handle:
        handle.write(b"Profits rose 5%.")
    os.mkfifo(tmp_path / "pipe.txt")
    out = tmp_path / "out"
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    code, output = run("extract", str(folder), str(tmp_path / "pipe.txt"),
                       str(tmp_path / "loop.txt"), "-o", str(out), "--model", "blank", cache)
    assert code == 0, output
    docs = list(read_jsonl(out / "documents.jsonl"))
    assert problems("documents", docs) == []
    assert [d["error"] is None for d in docs] == [False, False, True, False, False]
    assert [line for line in output.splitlines() if line.startswith("claimx: ")][:4] == [
        f"claimx: {d['source']}: {d['error']}" for d in docs if d["error"] is not None
    ]
    assert any(c["doc_id"] == "good" for c in read_jsonl(out / "claims.jsonl"))
