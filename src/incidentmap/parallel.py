"""Run the per-report work on a Dask cluster, with the same output as a local run.

``build --scheduler ADDRESS`` (or ``local``, or a ``distributed.Client`` in the Python API)
sends the reports in batches to the cluster's workers. Each worker loads the compiled
gazetteer itself, from its own cache (``load_gazetteer``: built once per data version,
then loaded from its sealed file), and runs the very function the local run uses on every
report of its batch. Results come back in input order, so the layer does not depend on which worker
finished first, and a worker whose gazetteer or incidentmap version differs from the
client's refuses the batch instead of returning different places.

Dask is an optional dependency (the ``dask`` extra) and is imported only here, only when a
scheduler is given. There is no cluster code of our own: a scheduler address connects a
``distributed.Client``; ``local`` starts a ``distributed.LocalCluster`` for the run.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import Any

from . import __version__
from .errors import DataError, SchedulerError
from .geocode.local import LocalGazetteer, load_gazetteer
from .models import Report, ResolvedMention

logger = logging.getLogger(__name__)

#: The per-report unit of work: ``pipeline.resolved_mentions_from_report``.
ReportFunction = Callable[[Report, LocalGazetteer], list[ResolvedMention]]
#: Upper bound on report characters per Dask task: large enough that scheduling costs
#: little (a task is then about a second of work), small enough to spread a corpus.
BATCH_CHARS = 2_000_000
#: Tasks per worker thread when the corpus is small, so that all workers get work.
TASKS_PER_THREAD = 4


def batches_by_size(reports: Sequence[Report], max_chars: int) -> list[list[Report]]:
    """Cut ``reports`` into consecutive batches of at most ``max_chars`` characters each.

    A report longer than ``max_chars`` is a batch of its own. Order is kept, so joining the
    batches gives ``reports`` back.
    """
    batches: list[list[Report]] = []
    current: list[Report] = []
    size = 0
    for report in reports:
        if current and size + len(report.text) > max_chars:
            batches.append(current)
            current, size = [], 0
        current.append(report)
        size += len(report.text)
    if current:
        batches.append(current)
    return batches


def resolve_batch(
    reports: Sequence[Report], func: ReportFunction, *, gazetteer_version: str, version: str
) -> list[list[ResolvedMention]]:
    """Run ``func`` on each report of one batch, on a worker, with the worker's gazetteer.

    Raises
    ------
    DataError
        When the worker's incidentmap or gazetteer differs from the client's, which would
        give a different layer.
    """
    if version != __version__:
        msg = f"Dask worker runs incidentmap {__version__}, the client {version}"
        raise DataError(msg)
    gazetteer = load_gazetteer()
    if gazetteer.version != gazetteer_version:
        msg = (
            f"Dask worker's gazetteer is version {gazetteer.version}, the client's "
            f"{gazetteer_version}: install the same incidentmap and data on the workers"
        )
        raise DataError(msg)
    return [func(report, gazetteer) for report in reports]


@contextmanager
def dask_client(scheduler: Any, *, workers: int = 1) -> Iterator[Any]:
    """Yield a ``distributed.Client`` for ``scheduler``, closing what this opened.

    Parameters
    ----------
    scheduler
        A scheduler address (``tcp://host:8786``), ``"local"`` for a ``LocalCluster`` of
        ``workers`` single-threaded processes started for the run, or an existing
        ``distributed.Client`` (used as it is and left open).
    workers
        Worker processes of a ``local`` cluster.

    Yields
    ------
    distributed.Client
        Connected client.
    """
    if not isinstance(scheduler, str):
        yield scheduler
        return
    try:
        from distributed import Client, LocalCluster
    except ImportError as err:
        msg = "--scheduler needs Dask: pip install 'incidentmap[dask]'"
        raise SchedulerError(msg) from err
    _quiet_dask_logs()
    # distributed's constructors are untyped (mypy strict: no-untyped-call).
    if scheduler == "local":
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
        )
        with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    try:
        client = Client(scheduler, timeout=30)  # type: ignore[no-untyped-call]
    except (OSError, TimeoutError) as err:
        msg = f"cannot reach the Dask scheduler at {scheduler}: {err}"
        raise SchedulerError(msg) from err
    with client:
        yield client


def _quiet_dask_logs() -> None:
    """Keep distributed's start/stop chatter (INFO, on its own handler) under our level.

    distributed logs at INFO by default, whatever the application asked for; here it follows
    the root logger (``-v`` shows it, the default shows only warnings).
    """
    level = logging.getLogger().getEffectiveLevel()
    if level > logging.INFO:
        logging.getLogger("distributed").setLevel(level)


def resolve_on_dask(
    reports: Sequence[Report],
    func: ReportFunction,
    *,
    scheduler: Any,
    gazetteer_version: str,
    workers: int = 1,
    max_chars: int = BATCH_CHARS,
) -> list[list[ResolvedMention]]:
    """Run ``func`` on every report on a Dask cluster; results in input order.

    Parameters
    ----------
    reports
        The reports, in the order their results are wanted.
    func
        The per-report function; it must be importable on the workers (a module-level
        function of incidentmap).
    scheduler
        Scheduler address, ``"local"``, or a ``distributed.Client`` (see ``dask_client``).
    gazetteer_version
        The client's gazetteer version; workers with another one refuse to run.
    workers
        Worker processes when ``scheduler`` is ``"local"``.
    max_chars
        Upper bound on report characters per task.

    Returns
    -------
    list
        One list of resolved mentions per report, same order as ``reports``.
    """
    if not reports:
        return []
    with dask_client(scheduler, workers=workers) as client:
        threads = max(1, sum(client.nthreads().values()))
        total = sum(len(r.text) for r in reports)
        size = max(1, min(max_chars, math.ceil(total / (threads * TASKS_PER_THREAD))))
        batches = batches_by_size(reports, size)
        logger.info("Dask: %d reports in %d tasks on %d worker threads at %s",
                    len(reports), len(batches), threads, client.scheduler.address)  # fmt: skip
        task = partial(resolve_batch, func=func, gazetteer_version=gazetteer_version,
                       version=__version__)  # fmt: skip
        futures = client.map(task, batches, pure=False)
        results: list[list[list[ResolvedMention]]] = client.gather(futures)
    return [resolved for batch in results for resolved in batch]


def describe_scheduler(scheduler: Any) -> str | None:
    """A short description of ``scheduler`` for ``run.json`` (address or ``local``)."""
    if scheduler is None or isinstance(scheduler, str):
        return scheduler
    address = getattr(getattr(scheduler, "scheduler", None), "address", None)
    return str(address) if address else type(scheduler).__name__
