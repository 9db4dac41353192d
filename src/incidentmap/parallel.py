"""Run the per-report work on a pool of processes or a Dask cluster, as a local run would.

``map_in_processes`` is ``--workers N``: a process pool that one Ctrl-C ends at once.

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
import multiprocessing
import multiprocessing.connection
import signal
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from . import __version__
from .errors import DataError, SchedulerError
from .geocode.local import LocalGazetteer, load_gazetteer
from .models import Report

logger = logging.getLogger(__name__)

A = TypeVar("A")
R = TypeVar("R")
#: The per-report unit of work (``pipeline.geoparse_report``, or it with its failure caught).
ReportFunction = Callable[[Report, LocalGazetteer], R]
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
    reports: Sequence[Report], func: ReportFunction[R], *, gazetteer_version: str, version: str
) -> list[R]:
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
    func: ReportFunction[R],
    *,
    scheduler: Any,
    gazetteer_version: str,
    workers: int = 1,
    max_chars: int = BATCH_CHARS,
) -> list[R]:
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
        results: list[list[R]] = client.gather(futures)
    return [resolved for batch in results for resolved in batch]


def map_in_processes(
    func: Callable[[A], R], items: Sequence[A], *, workers: int, chunksize: int = 1
) -> list[R]:
    """``[func(item) for item in items]`` on ``workers`` processes; one Ctrl-C stops all.

    A small pool of its own rather than ``concurrent.futures``: there, a worker ended
    while it sends a result leaves half a message in a pipe the parent also holds open,
    and the pool's thread (and with it the interpreter's exit) waits for the rest forever.
    Here each worker has a pipe of its own whose writing end only that worker holds, and
    the parent waits on pipes and process sentinels itself, with no thread.

    A terminal sends Ctrl-C's SIGINT to every process of the job. The workers ignore it
    (from their first instruction: they start with it blocked), so none of them prints a
    traceback; this process gets ``KeyboardInterrupt``, terminates the workers and passes
    it on. Any other error does the same; a worker that dies (killed, out of memory) is
    an error that says so.
    """
    chunks = [list(items[i : i + chunksize]) for i in range(0, len(items), chunksize)]
    results: list[list[R]] = [[] for _ in chunks]
    with _sigint_blocked():
        pool = [_Worker(func) for _ in range(min(workers, len(chunks)))]
    try:
        todo = iter(enumerate(chunks))
        busy: dict[_Worker, int] = {}  # worker -> number of the chunk it works on
        idle = list(pool)
        while idle or busy:
            for worker in idle:
                index = worker.give(next(todo, None))
                if index is not None:
                    busy[worker] = index
            ready = multiprocessing.connection.wait(
                [w.results for w in busy] + [w.process.sentinel for w in busy]
            ) if busy else []  # fmt: skip
            idle = [w for w in busy if w.results in ready or w.process.sentinel in ready]
            for worker in idle:
                results[busy.pop(worker)] = worker.take()
    finally:
        for worker in pool:
            worker.stop()
    return [result for chunk in results for result in chunk]


class _Worker:
    """One worker process, with a pipe to send it chunks and one to get its results."""

    def __init__(self, func: Callable[[Any], Any]) -> None:
        context = multiprocessing.get_context()
        tasks_out, self.tasks = context.Pipe(duplex=False)
        self.results, results_in = context.Pipe(duplex=False)
        self.process = context.Process(target=_serve, args=(func, tasks_out, results_in))
        self.process.daemon = True
        self.process.start()
        tasks_out.close()  # the worker's ends: once closed here, a dead worker reads as EOF
        results_in.close()

    def give(self, task: tuple[int, list[Any]] | None) -> int | None:
        """Send a numbered chunk (None: nothing left, the worker ends); return its number."""
        if task is None:
            self.tasks.send(None)
            return None
        index, chunk = task
        self.tasks.send(chunk)
        return index

    def take(self) -> list[Any]:
        """The results of the chunk in work; its exception is raised here."""
        try:
            ok, value = self.results.recv()
        except (EOFError, OSError) as err:
            self.process.join(timeout=5)
            msg = f"a worker process ended while working (exit code {self.process.exitcode})"
            raise RuntimeError(msg) from err
        if not ok:
            raise value
        return list(value)

    def stop(self) -> None:
        """End the process (at once, if it still runs) and close the pipes."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(timeout=10)
        self.tasks.close()
        self.results.close()


def _serve(func: Callable[[Any], Any], tasks: Connection, results: Connection) -> None:
    """A worker's loop: run ``func`` over each chunk received until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    while (chunk := tasks.recv()) is not None:
        try:
            answer: tuple[bool, Any] = (True, [func(item) for item in chunk])
        except Exception as err:  # noqa: BLE001 - sent to the parent, raised there
            answer = (False, err)
        results.send(answer)


@contextmanager
def _sigint_blocked() -> Iterator[None]:
    """Hold SIGINT back in this thread (and in processes started from it) for the block.

    A SIGINT that arrives meanwhile is delivered when the block ends.
    """
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def describe_scheduler(scheduler: Any) -> str | None:
    """A short description of ``scheduler`` for ``run.json`` (address or ``local``)."""
    if scheduler is None or isinstance(scheduler, str):
        return scheduler
    address = getattr(getattr(scheduler, "scheduler", None), "address", None)
    return str(address) if address else type(scheduler).__name__
