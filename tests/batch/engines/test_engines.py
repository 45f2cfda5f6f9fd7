"""Whatever processes the documents (this process, --jobs N worker processes, a Dask
cluster), the outputs are the same bytes."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimx.batch.engines import EngineError, start_engine
from claimx.batch.run import run_extract, run_reconcile
from claimx.batch.work import Setup
from claimx.cli import main
from claimx.rules_folder import RulesFolder, default_rules_dir
from tests.conftest import copy_corpus

OUTPUTS = ("claims.jsonl", "documents.jsonl", "conflicts.jsonl")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds, a slice of BBC business and one unreadable file."""
    folder = copy_corpus(tmp_path_factory.mktemp("corpus"), 30)
    (folder / "broken.txt").write_bytes(b"\x00\x01binary\x00")
    return folder


@pytest.fixture(scope="module")
def local(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("local")
    summary = run_extract([corpus], out, batch_size=4, cache=False)
    assert summary.failed == 1 and summary.claims > 100
    return out


def assert_same_outputs(one: Path, other: Path) -> None:
    for name in OUTPUTS:
        assert (one / name).read_bytes() == (other / name).read_bytes(), name


def test_jobs_give_the_bytes_of_one_process(corpus: Path, local: Path, tmp_path: Path) -> None:
    summary = run_extract([corpus], tmp_path, batch_size=4, jobs=2, cache=False)
    assert summary.failed == 1
    assert_same_outputs(local, tmp_path)


@pytest.mark.slow  # starts a Dask cluster: over 10 s on 2 cores
def test_dask_local_cluster_gives_the_bytes_of_the_local_engine(
    corpus: Path, local: Path, tmp_path: Path
) -> None:
    pytest.importorskip("distributed")
    summary = run_extract(
        [corpus], tmp_path, batch_size=4, jobs=2, engine="dask", cache=False
    )
    assert summary.failed == 1
    assert_same_outputs(local, tmp_path)


@pytest.mark.slow  # starts a Dask cluster: over 10 s on 2 cores
def test_dask_engine_connects_to_a_running_scheduler(corpus: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    reference = tmp_path / "reference"
    run_extract([corpus], reference, model="blank", batch_size=8, cache=False)
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        out = tmp_path / "out"
        result = CliRunner().invoke(main, [
            "extract", str(corpus), "-o", str(out), "--model", "blank", "-q",
            "--batch-size", "8", "--engine", "dask", "--scheduler", cluster.scheduler_address,
        ])
    assert result.exit_code == 0, result.output
    assert_same_outputs(reference, out)
    assert '"scheduler": "tcp://' in (out / "run.json").read_text(encoding="utf-8")


def test_dask_workers_get_the_rules_files(tmp_path: Path) -> None:
    """A node that does not see the rules folder rebuilds it from the files sent along."""
    rules = default_rules_dir()
    copy = tmp_path / "rules"
    shutil.copytree(rules, copy)
    setup = Setup("blank", str(copy), RulesFolder.open(copy).hash).with_rules_files()
    shutil.rmtree(copy)
    from claimx.batch.work import rules_folder

    rebuilt = rules_folder(setup)
    assert rebuilt.path != copy and rebuilt.hash == setup.rules_hash


def test_an_unreachable_scheduler_is_one_clear_error(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("distributed")
    import claimx.batch.engines.dask

    monkeypatch.setattr(claimx.batch.engines.dask, "CONNECT_TIMEOUT", "2s")
    result = CliRunner().invoke(main, [
        "extract", str(corpus), "-o", str(tmp_path / "out"), "--model", "blank", "-q",
        "--engine", "dask", "--scheduler", "tcp://127.0.0.1:9",
    ])
    assert result.exit_code != 0
    assert "error: cannot start Dask on tcp://127.0.0.1:9" in result.output
    assert "Traceback" not in result.output


def test_dask_without_distributed_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)
    setup = Setup("blank", str(default_rules_dir()), RulesFolder.open(None).hash)
    with pytest.raises(EngineError, match=r'pip install "claimx\[dask\]"'):
        start_engine(setup, engine="dask")


def test_scheduler_needs_the_dask_engine(corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, [
        "extract", str(corpus), "-o", str(tmp_path / "out"), "--scheduler", "tcp://x:1",
    ])
    assert result.exit_code == 2
    assert "--scheduler needs --engine dask" in result.output


def test_reconciling_while_extracting_finds_what_reconciling_after_does(
    local: Path, tmp_path: Path
) -> None:
    done = run_reconcile([local / "claims.jsonl"], tmp_path)
    assert done.stats.findings > 0 and done.skipped == []
    assert (tmp_path / "conflicts.jsonl").read_bytes() == (local / "conflicts.jsonl").read_bytes()


def test_workers_must_run_the_same_claimx() -> None:
    from claimx.batch.engines.dask import check_software

    here = {"claimx": "0.1.0", "code": "a" * 64, "spacy": "3.8.7"}
    check_software(here, {"tcp://w1": dict(here), "tcp://w2": dict(here)})
    other = {**here, "code": "b" * 64}
    with pytest.raises(EngineError, match=r"worker tcp://w2 runs claimx 0.1.0 \(code bbbb"):
        check_software(here, {"tcp://w1": dict(here), "tcp://w2": other})
