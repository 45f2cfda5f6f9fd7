"""Engines: where batches of documents are processed.

An engine takes batches of readable documents (``submit``) and hands back, for each, a
:class:`Pending` whose ``result()`` is the list of :class:`claimx.batch.work.Outcome` in the
batch's order. The run submits up to ``window`` batches ahead and takes results in
submission order, so outputs are written in input order and memory holds a bounded number
of batches, whatever the engine:

- :class:`InProcess`: this process, one batch at a time (``--jobs 1``);
- :class:`ProcessPool`: N worker processes on this machine (``--jobs N``);
- ``claimx.batch.engines.dask.DaskEngine``: the workers of a Dask cluster (``--engine dask``).

Workers build the pipeline once each (:func:`claimx.batch.work.pipeline_for`).
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from claimx.batch.corpus import Document
from claimx.batch.work import (
    Outcome,
    Setup,
    analyse_batch,
    describe_pipeline,
    forget_pipelines,
    outcomes,
    pipeline_for,
)

# A worker process is replaced after this many documents: spaCy's string store grows with
# every new word, so a long run would otherwise grow without bound.
RECYCLE_DOCUMENTS = 50_000


class EngineError(RuntimeError):
    """An engine cannot be started (a missing optional dependency, a bad address)."""


class Pending(Protocol):
    """The outcomes of one submitted batch, when ready."""

    def result(self) -> list[Outcome]:
        """Wait for the batch and return its outcomes, in the batch's order."""
        ...


class Engine(Protocol):
    """Processes batches of documents (see the module docstring)."""

    window: int

    def submit(self, documents: Sequence[Document]) -> Pending:
        """Start processing a batch of readable documents."""
        ...

    def describe(self) -> tuple[list[str], str]:
        """(pipe names, model version) of the pipeline the workers run."""
        ...

    def close(self) -> None:
        """Stop the workers (also on an interrupt: must not wait for running batches)."""
        ...


class Done:
    """A batch already processed."""

    def __init__(self, outcomes: list[Outcome]) -> None:
        self._outcomes = outcomes

    def result(self) -> list[Outcome]:
        """The outcomes."""
        return self._outcomes


class InProcess:
    """Process each batch here and now, with a pipeline built on first use."""

    window = 0

    def __init__(self, setup: Setup) -> None:
        self.setup = setup
        self.documents = 0

    def submit(self, documents: Sequence[Document]) -> Pending:
        """Process the batch at once."""
        if self.documents >= RECYCLE_DOCUMENTS:
            forget_pipelines()  # a fresh vocabulary
            self.documents = 0
        self.documents += len(documents)
        return Done(outcomes(pipeline_for(self.setup), documents))

    def describe(self) -> tuple[list[str], str]:
        """Pipe names and model version (builds the pipeline if not yet built)."""
        return describe_pipeline(self.setup)

    def close(self) -> None:
        """Nothing to stop."""


class Waiting:
    """A batch being processed elsewhere: ``wait`` blocks until its outcomes are back (a
    pool's ``AsyncResult.get``, a Dask future's ``result``)."""

    def __init__(self, wait: Callable[[], list[Outcome]]) -> None:
        self._wait = wait

    def result(self) -> list[Outcome]:
        """Wait for the worker and return its outcomes."""
        return self._wait()


def _ignore_interrupts() -> None:
    # Ctrl-C reaches the whole process group: the parent stops the workers itself, so
    # they must not print tracebacks of their own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


class ProcessPool:
    """Batches spread over ``jobs`` worker processes on this machine."""

    def __init__(self, setup: Setup, jobs: int, batch_size: int) -> None:
        self.setup = setup
        self.window = 2 * jobs
        self._pool: Any = multiprocessing.get_context().Pool(
            jobs,
            initializer=_ignore_interrupts,
            maxtasksperchild=max(1, RECYCLE_DOCUMENTS // max(batch_size, 1)),
        )

    def submit(self, documents: Sequence[Document]) -> Pending:
        """Queue the batch for the next free worker."""
        return Waiting(self._pool.apply_async(analyse_batch, (self.setup, list(documents))).get)

    def describe(self) -> tuple[list[str], str]:
        """Pipe names and model version, as a worker builds them."""
        described: tuple[list[str], str] = self._pool.apply(describe_pipeline, (self.setup,))
        return described

    def close(self) -> None:
        """Stop the workers at once (results not yet taken are dropped)."""
        self._pool.terminate()
        self._pool.join()


def start_engine(
    setup: Setup,
    *,
    engine: str = "local",
    jobs: int | None = None,
    batch_size: int = 64,
    scheduler: str | None = None,
) -> Engine:
    """The engine a run asked for: ``local`` (``jobs`` processes; default this one) or
    ``dask`` (a local cluster of ``jobs`` workers, default one per core, or ``scheduler``)."""
    if engine == "dask":
        from claimx.batch.engines.dask import DaskEngine

        return DaskEngine(setup, scheduler=scheduler, workers=jobs)
    if engine != "local":
        raise EngineError(f"unknown engine {engine!r}: expected local or dask")
    if scheduler is not None:
        raise EngineError("--scheduler goes with --engine dask")
    if jobs is None or jobs <= 1:
        return InProcess(setup)
    return ProcessPool(setup, jobs, batch_size)
