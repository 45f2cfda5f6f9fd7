"""A run killed at a random point and resumed ends with the outputs of an uninterrupted
run; Ctrl-C stops cleanly and leaves the previous outputs as they were."""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SEEDS, copy_corpus, needs_bbc

OUTPUTS = ("claims.jsonl", "documents.jsonl", "conflicts.jsonl")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_corpus(tmp_path_factory.mktemp("corpus"), 60)


def command(corpus: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "claimx.cli", "extract", str(corpus), "-o", str(out),
            "--model", "blank", "--batch-size", "4", "-q", *extra]


def run(args: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, capture_output=True, text=True, timeout=600, check=False)


@pytest.fixture(scope="module")
def reference(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("reference")
    assert run(command(corpus, out)).returncode == 0
    return out


def started_and_killed(
    args: list[str], out: Path, delay: float, sig: int
) -> subprocess.Popen[str]:
    """Start a run into ``out``; ``delay`` seconds after it holds the output folder (its
    imports done, its documents being processed), send it ``sig``."""
    # A suite started in the background (``cmd &`` in a script) inherits an ignored
    # SIGINT, which Python then keeps ignoring: the run gets the default, as at a terminal.
    process = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    deadline = time.monotonic() + 120
    while not (out / ".cache" / "lock").exists() and time.monotonic() < deadline:
        assert process.poll() is None, "the run ended before it was interrupted"
        time.sleep(0.05)
    time.sleep(delay)
    process.send_signal(sig)
    process.wait(timeout=120)
    return process


@pytest.mark.slow
@needs_bbc
@pytest.mark.parametrize("seed", [1, 2])
def test_killed_run_resumed_matches_an_uninterrupted_run(
    corpus: Path, reference: Path, tmp_path: Path, seed: int
) -> None:
    out = tmp_path / "out"
    delay = random.Random(seed).uniform(0.5, 3.0)
    started_and_killed(command(corpus, out), out, delay, signal.SIGKILL)
    result = run(command(corpus, out, "--resume"))
    assert result.returncode == 0, result.stderr
    for name in OUTPUTS:
        assert (out / name).read_bytes() == (reference / name).read_bytes(), name
    assert not (out / ".claimx-journal").exists()


@pytest.mark.slow
@needs_bbc
def test_ctrl_c_stops_cleanly_and_keeps_previous_outputs(
    corpus: Path, reference: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    shutil.copytree(reference, out)
    shutil.rmtree(out / ".cache")  # so that the run has documents to process
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    # Soon after the lock: a rules-only run of the corpus lasts about a second, and a signal
    # that arrives while the interpreter shuts down is not the interrupt this test is about.
    process = started_and_killed(command(corpus, out), out, 0.1, signal.SIGINT)
    stderr = process.stderr.read() if process.stderr else ""
    assert process.returncode == 130, stderr
    assert stderr.strip().splitlines()[-1].startswith("claimx: interrupted")
    assert "Traceback" not in stderr
    assert {name: (out / name).read_bytes() for name in OUTPUTS} == before
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_resume_without_the_cache_is_refused(tmp_path: Path) -> None:
    result = run(command(SEEDS, tmp_path / "out", "--resume", "--no-cache"))
    assert result.returncode == 2
    assert "--resume" in result.stderr and "--no-cache" in result.stderr
