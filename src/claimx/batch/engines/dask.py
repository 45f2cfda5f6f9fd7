"""The Dask engine: batches of documents processed by the workers of a Dask cluster.

``claimx extract --engine dask`` starts a ``LocalCluster`` on this machine, or with
``--scheduler ADDRESS`` connects to a running cluster. The client reads the documents and
sends each batch as a task (the texts travel with it, so workers need not see the input
files); each worker builds the pipeline once (:func:`claimx.batch.work.pipeline_for`) and sends
back plain outcomes (claim lines). The run keeps a bounded number of batches in flight and
takes their results in submission order, so claims.jsonl, documents.jsonl and
conflicts.jsonl are byte for byte those of the local engine. The rules folder's files are
shipped to every worker once (scattered), so a worker needs claimx and the model
installed, nothing else.

dask.distributed is an optional dependency (``pip install "claimx[dask]"``), imported
only when this engine is asked for.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from typing import Any

from claimx.batch.corpus import Document
from claimx.batch.engines import EngineError, Pending, Waiting
from claimx.batch.work import Setup, analyse_batch, describe_pipeline, software

CONNECT_TIMEOUT = "30s"
BATCHES_PER_THREAD = 2


def _distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise EngineError(
            '--engine dask needs dask.distributed: pip install "claimx[dask]"'
        ) from None
    return distributed


class DaskEngine:
    """Batches processed on a Dask cluster (a new LocalCluster, or one at ``scheduler``)."""

    def __init__(
        self,
        setup: Setup,
        *,
        scheduler: str | None = None,
        workers: int | None = None,
        processes: bool = True,
    ) -> None:
        distributed = _distributed()
        self.cluster: Any = None
        try:
            if scheduler is None:
                self.cluster = distributed.LocalCluster(
                    n_workers=workers or os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=processes,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
                self.client: Any = distributed.Client(self.cluster)
            else:
                self.client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT)
        except OSError as exc:
            self.close()
            where = scheduler or "a local cluster"
            raise EngineError(f"cannot start Dask on {where}: {exc}") from None
        try:
            check_software(software(), self.client.run(software))
        except EngineError:
            self.close()
            raise
        threads = sum(self.client.nthreads().values()) or 1
        self.window = BATCHES_PER_THREAD * threads
        # Every worker gets the setup (rules files included) once, not with each batch.
        self._setup = self.client.scatter(setup.with_rules_files(), broadcast=True)

    def submit(self, documents: Sequence[Document]) -> Pending:
        """Send a batch to the cluster."""
        future: Any = self.client.submit(analyse_batch, self._setup, list(documents), pure=False)
        return Waiting(future.result)

    def describe(self) -> tuple[list[str], str]:
        """Pipe names and model version, as a worker builds them."""
        described: tuple[list[str], str] = self.client.submit(
            describe_pipeline, self._setup, pure=False
        ).result()
        return described

    def close(self) -> None:
        """Disconnect, and stop the cluster if this engine started it."""
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self.cluster is not None:
            self.cluster.close()


def check_software(here: dict[str, str], workers: dict[str, dict[str, str]]) -> None:
    """Raise :class:`EngineError` when a worker runs other software than this machine."""

    def described(what: dict[str, str]) -> str:
        return f"claimx {what['claimx']} (code {what['code'][:12]}), spaCy {what['spacy']}"

    for worker, there in sorted(workers.items()):
        if there != here:
            raise EngineError(
                f"worker {worker} runs {described(there)}, this machine {described(here)}: "
                "install the same claimx and spaCy on both"
            )
