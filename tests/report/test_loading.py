"""The outputs folder and the source texts a report is made from."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from claimx.batch.run import run_extract
from claimx.io import read_jsonl
from claimx.report import Outputs, write_report
from tests.conftest import SEEDS
from tests.report.html import elements
from tests.seed_outputs import OUTPUTS, copy_outputs


def test_a_missing_source_is_said_and_its_claims_listed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    outputs = copy_outputs(tmp_path / "outputs")
    summary = write_report(outputs)  # "seeds/..." resolves from none of the places tried
    page = summary.path.read_text(encoding="utf-8")
    assert summary.missing_sources == [
        "seeds/000_aebd47d402352d9d.txt", "seeds/001_d94bdd705235d052.txt"]
    assert "source not found: seeds/000_aebd47d402352d9d.txt" in page
    rows = [a for t, a in elements(page).tags if t == "tr" and "data-claim-id" in a]
    assert len(rows) == len(
        list(read_jsonl(OUTPUTS / "claims.jsonl")))


def test_a_changed_source_is_not_highlighted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, seeds / seed.name)
    changed = seeds / "001_d94bdd705235d052.txt"
    changed.write_text("Edited. " + changed.read_text(encoding="utf-8"), encoding="utf-8")
    outputs = copy_outputs(tmp_path / "outputs")
    page = write_report(outputs).path.read_text(encoding="utf-8")
    assert "source changed since extraction (sha256 differs)" in page
    assert 'data-claim-id="000_aebd47d402352d9d:88-100"' in page


def test_jsonl_corpus_sources_are_read_and_text_is_escaped(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.jsonl"
    lines = [{"id": "a", "text": "Sales hit $5 billion <script>alert(1)</script> & more."},
             {"id": "b", "text": "Sales hit $7 billion, said Acme."}]
    corpus.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    run_extract([corpus], tmp_path / "out", model="blank")
    summary = write_report(tmp_path / "out")
    page = summary.path.read_text(encoding="utf-8")
    assert summary.missing_sources == []
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more." in page
    assert "<script>" not in page
    assert len(elements(page).having("mark", "claim")) == summary.claims_highlighted > 0


def test_an_outputs_folder_needs_its_claims(tmp_path: Path) -> None:
    (tmp_path / "documents.jsonl").write_text("", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match=r"no claims\.jsonl"):
        Outputs.read(tmp_path)


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="not an outputs folder"):
        Outputs.read(tmp_path / "nowhere")


def test_conflicts_and_run_are_optional(tmp_path: Path) -> None:
    for name in ("claims.jsonl", "documents.jsonl"):
        (tmp_path / name).write_text("", encoding="utf-8")
    outputs = Outputs.read(tmp_path)
    assert (outputs.claims, outputs.conflicts, outputs.run) == ([], [], {})
