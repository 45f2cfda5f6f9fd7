"""Incremental runs: a re-run processes only new or changed documents, and its outputs are
the bytes a fresh run gives."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from claimx.batch.cache import CACHE_DIR, DATABASE, CacheBusyError, acquire_lock
from claimx.batch.run import RunSummary, run_extract
from claimx.rules_folder import default_rules_dir
from tests.conftest import copy_corpus

OUTPUTS = ("claims.jsonl", "documents.jsonl", "conflicts.jsonl")
ADDED = "\n\nBy 2026 the sector employed 20,000 more people, a rise of 4%.\n"


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    return copy_corpus(tmp_path / "corpus", 12)


def extract(corpus: Path, out: Path, **options: Any) -> RunSummary:
    return run_extract([corpus], out, model="blank", batch_size=4, **options)


def outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


def entries(out: Path) -> int:
    with closing(sqlite3.connect(out / CACHE_DIR / DATABASE)) as db:
        (count,) = db.execute("SELECT COUNT(*) FROM entries").fetchone()
    return int(count)


def test_a_rerun_takes_every_document_from_the_cache(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = extract(corpus, out)
    before = outputs(out)
    again = extract(corpus, out)
    assert (first.processed, first.reused) == (first.documents, 0)
    assert (again.processed, again.reused) == (0, first.documents)
    assert outputs(out) == before


def test_only_changed_and_new_documents_are_processed(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    total = extract(corpus, out).documents
    changed = sorted(corpus.glob("*.txt"))[0]
    changed.write_text(changed.read_text(encoding="utf-8") + ADDED, encoding="utf-8")
    (corpus / "new.txt").write_text("Revenue rose 12% to $3.1bn in 2024." + ADDED,
                                    encoding="utf-8")
    rerun = extract(corpus, out)
    assert (rerun.processed, rerun.reused) == (2, total - 1)
    fresh = tmp_path / "fresh"
    extract(corpus, fresh, cache=False)
    assert outputs(out) == outputs(fresh)


def test_entries_of_documents_gone_are_dropped(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    extract(corpus, out)
    count = entries(out)
    assert count == len(list(corpus.glob("*.txt")))
    sorted(corpus.glob("*.txt"))[-1].unlink()
    extract(corpus, out)
    assert entries(out) == count - 1


def test_other_rules_mean_processing_again(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = extract(corpus, out)
    rules = tmp_path / "rules"
    shutil.copytree(default_rules_dir(), rules)
    hedges = rules / "hedges.json"
    hedges.write_text(hedges.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    again = extract(corpus, out, rules_dir=rules)
    assert (again.processed, again.reused) == (first.documents, 0)


def test_an_entry_that_does_not_hold_together_is_processed_again(
    corpus: Path, tmp_path: Path
) -> None:
    # Three documents with claims even where only the seeds are there (no ../shared corpus).
    (corpus / "extra.txt").write_text("Revenue rose 12% to $3.1bn in 2024." + ADDED,
                                      encoding="utf-8")
    out = tmp_path / "out"
    extract(corpus, out)
    before = outputs(out)
    with closing(sqlite3.connect(out / CACHE_DIR / DATABASE)) as db, db:
        rows = db.execute("SELECT key FROM entries WHERE claims != '' ORDER BY key LIMIT 3")
        keys = [key for (key,) in rows]
        assert len(keys) == 3
        db.execute("UPDATE entries SET kinds = '[\"money\", ' WHERE key = ?", keys[:1])
        db.execute("UPDATE entries SET kinds = '[]' WHERE key = ?", keys[1:2])
        db.execute("UPDATE entries SET kinds = '{}' WHERE key = ?", keys[2:3])
    again = extract(corpus, out)
    assert again.processed == 3
    assert outputs(out) == before


def test_a_damaged_cache_is_started_afresh(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = extract(corpus, out)
    before = outputs(out)
    (out / CACHE_DIR / DATABASE).write_bytes(b"not a database" * 100)
    again = extract(corpus, out)
    assert again.processed == first.documents
    assert outputs(out) == before
    assert extract(corpus, out).reused == first.documents


def test_one_file_however_many_documents(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    extract(corpus, out)
    names = {path.name for path in (out / CACHE_DIR).iterdir()}
    assert names <= {DATABASE, f"{DATABASE}-wal", f"{DATABASE}-shm", "lock"}


def test_the_old_one_file_per_entry_layout_is_removed(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    old = out / CACHE_DIR / "claims" / "0123" / "ab"
    old.mkdir(parents=True)
    (old / "ab12.jsonl").write_text("{}\n", encoding="utf-8")
    extract(corpus, out)
    assert not (out / CACHE_DIR / "claims").exists()


def test_two_runs_never_write_one_folder(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / CACHE_DIR).mkdir(parents=True)
    held = acquire_lock(out / CACHE_DIR / "lock")
    try:
        with pytest.raises(CacheBusyError, match="another claimx run is writing to"):
            extract(corpus, out)
    finally:
        held.close()
    extract(corpus, out)  # the lock is released with its holder


def test_no_cache_leaves_no_cache(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    summary = extract(corpus, out, cache=False)
    assert summary.processed == summary.documents
    assert not (out / CACHE_DIR).exists()


def test_entries_read_are_kept_however_they_are_stamped(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("claimx.batch.cache.STAMP_EVERY", 5)  # 12 documents: stamped in 3 goes
    out = tmp_path / "out"
    total = extract(corpus, out).documents
    assert extract(corpus, out).reused == total
    assert entries(out) == total
    assert extract(corpus, out).reused == total
