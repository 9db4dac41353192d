"""Run the per-report work on a pool of processes or a Dask cluster, as a local run would.

``map_in_processes`` is ``--workers N``: a process pool that one Ctrl-C ends at once.

``build --scheduler ADDRESS`` (or ``local``, or a ``distributed.Client`` in the Python API)
sends the reports in batches to the cluster's workers. Each worker loads the compiled
gazetteer itself, from its own cache (``load_gazetteer``: built once per data version,
then loaded from its sealed file), and runs the very function the local run uses on every
report of its batch. Results come back in input order, so the layer does not depend on which worker
finished first, and a worker whose gazetteer or incidentmap version differs from the
client's refuses the batch instead of returning different places.

The aggregation runs there too: places, district counts and events are grouped from the
run's Parquet store (``store.py``) as Dask DataFrames, each part's tallies made by the
same function a local run uses, then merged by key in a group-by. Tallies merge in any
order to the same result, so the outputs equal those of a local run.

Dask is an optional dependency (the ``dask`` extra) and is imported only here, only when a
scheduler is given. There is no cluster code of our own: a scheduler address connects a
``distributed.Client``; ``local`` starts a ``distributed.LocalCluster`` for the run.
"""

from __future__ import annotations

import copy
import itertools
import json
import logging
import multiprocessing
import multiprocessing.connection
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from functools import partial
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from . import __version__
from .errors import DataError, SchedulerError
from .event_table import EventKey, EventKeys, EventTally, event_tallies
from .geocode.local import LocalGazetteer, load_gazetteer
from .places import PlaceTally, district_sources, place_tallies
from .store import RunStore, records

logger = logging.getLogger(__name__)

A = TypeVar("A")
R = TypeVar("R")
#: Upper bound on report characters per Dask task: large enough that scheduling costs
#: little (a task is then a fraction of a second of work), small enough to spread a corpus.
BATCH_CHARS = 250_000
#: Tasks out per worker thread at a time: enough to keep every worker busy.
TASKS_PER_THREAD = 4
T = TypeVar("T")


def _text_size(item: Any) -> int:
    return len(item.text)


def batches_by_size(
    items: Iterable[T], max_chars: int, size: Callable[[T], int] = _text_size
) -> Iterator[list[T]]:
    """Cut ``items`` into consecutive batches of at most ``max_chars`` characters each.

    A report longer than ``max_chars`` is a batch of its own. Order is kept, so joining the
    batches gives ``items`` back; ``size`` tells an item's characters (a report's text).
    """
    current: list[T] = []
    total = 0
    for item in items:
        length = size(item)
        if current and total + length > max_chars:
            yield current
            current, total = [], 0
        current.append(item)
        total += length
    if current:
        yield current


def resolve_batch(
    items: Sequence[T], func: Callable[[T, LocalGazetteer], R], *, gazetteer_version: str,
    version: str,
) -> list[R]:  # fmt: skip
    """Run ``func`` on each item of one batch, on a worker, with the worker's gazetteer.

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
    return [func(item, gazetteer) for item in items]


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


def imap_on_dask(
    items: Iterable[T],
    func: Callable[[T, LocalGazetteer], R],
    client: Any,
    *,
    gazetteer_version: str,
    size: Callable[[T], int],
    max_chars: int = BATCH_CHARS,
) -> Iterator[R]:
    """``func`` on every item on a Dask cluster, in order, as the items come.

    Parameters
    ----------
    items
        The work, in the order its results are wanted (reports, or tasks holding one).
    func
        The per-item function; it must be importable on the workers (a module-level
        function of incidentmap, or a ``functools.partial`` of one).
    client
        A ``distributed.Client`` (``dask_client``).
    gazetteer_version
        The client's gazetteer version; workers with another one refuse to run.
    size
        An item's characters (batches hold at most ``max_chars``).
    max_chars
        Upper bound on characters per task.

    Yields
    ------
    object
        The results, in the order of ``items``; at most ``TASKS_PER_THREAD`` tasks per
        worker thread are out at a time, so memory stays bounded however many items come.
    """
    threads = max(1, sum(client.nthreads().values()))
    task = partial(resolve_batch, func=func, gazetteer_version=gazetteer_version,
                   version=__version__)  # fmt: skip
    pending: deque[Any] = deque()
    for batch in batches_by_size(items, max_chars, size):
        pending.append(client.submit(task, batch, pure=False))
        while len(pending) >= threads * TASKS_PER_THREAD:
            yield from pending.popleft().result()
    while pending:
        yield from pending.popleft().result()


def map_in_processes(
    func: Callable[[A], R], items: Sequence[A], *, workers: int, chunksize: int = 1
) -> list[R]:
    """``[func(item) for item in items]`` on ``workers`` processes; one Ctrl-C stops all."""
    return list(imap_in_processes(func, items, workers=workers, chunksize=chunksize))


def imap_in_processes(
    func: Callable[[A], R],
    items: Iterable[A],
    *,
    workers: int,
    chunksize: int = 1,
    ahead: int = 4,
) -> Iterator[R]:
    """``map(func, items)`` on ``workers`` processes, in order, as the items come.

    At most ``ahead`` chunks per worker are taken from ``items`` before their results are
    yielded, so a stream of reports flows through with bounded memory.

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
    todo = enumerate(_chunks(items, chunksize))
    done: dict[int, list[R]] = {}
    given = 0  # chunks handed out so far
    wanted = 0  # the chunk whose results are yielded next
    with _sigint_blocked():
        pool = [_Worker(func) for _ in range(workers)]
    try:
        busy: dict[_Worker, int] = {}  # worker -> number of the chunk it works on
        idle = list(pool)
        while True:
            for worker in idle:
                task = next(todo, None) if given - wanted < workers * ahead else None
                index = worker.give(task) if task is not None else None
                if index is not None:
                    busy[worker], given = index, given + 1
            if not busy:
                break
            ready = multiprocessing.connection.wait(
                [w.results for w in busy] + [w.process.sentinel for w in busy]
            )
            idle = [w for w in busy if w.results in ready or w.process.sentinel in ready]
            for worker in idle:
                done[busy.pop(worker)] = worker.take()
            while wanted in done:
                yield from done.pop(wanted)
                wanted += 1
        for worker in pool:
            worker.give(None)
    finally:
        for worker in pool:
            worker.stop()


def _chunks(items: Iterable[A], size: int) -> Iterator[list[A]]:
    """Consecutive lists of ``size`` items (the last one shorter)."""
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


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
            with suppress(OSError):
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


# --- the aggregation on Dask: group-by over the run's Parquet store ---------------------------


def _frame(store: RunStore, table: str, columns: Sequence[str] | None = None) -> Any:
    """A Dask DataFrame of a store table: one partition per part (whole reports)."""
    import dask.dataframe as dd

    paths = [str(p) for p in store.paths(table)]
    return dd.read_parquet(paths, columns=list(columns) if columns else None,
                           dtype_backend="pyarrow", split_row_groups=False)  # fmt: skip


def _tallies_frame(tallies: Mapping[Any, Any]) -> Any:
    import pandas as pd

    keys = [json.dumps(key) for key in tallies]
    return pd.DataFrame({"key": pd.Series(keys, dtype=object),
                         "tally": pd.Series(list(tallies.values()), dtype=object)})  # fmt: skip


_TALLY_META = {"key": "object", "tally": "object"}


def _merged(tallies: Any) -> Any:
    """One tally of a group's tallies (each part's), merged into a copy of the first."""
    items = list(tallies)
    merged = copy.deepcopy(items[0])
    for tally in items[1:]:
        merged.merge(tally)
    return merged


def _group_tallies(client: Any, partials: Any) -> dict[str, Any]:
    """Group the parts' tallies by key on the cluster (a shuffle) and merge each group."""
    # Tallies are Python objects: shuffled as tasks, not through Arrow (P2P).
    groups = partials.groupby("key")["tally"]
    merged = groups.apply(_merged, meta=("tally", "object"), shuffle_method="tasks")
    series = client.compute(merged).result()
    return {key: series[key] for key in series.index}


def _place_partials(frame: Any, max_excerpts: int | None) -> Any:
    tallies = place_tallies(records(frame, "mentions"), max_excerpts=max_excerpts)
    return _tallies_frame(tallies)


def place_tallies_on_dask(
    client: Any, store: RunStore, *, max_excerpts: int | None
) -> dict[str, PlaceTally]:
    """``places.place_tallies`` of every part, on the cluster, merged by place (group-by)."""
    frame = _frame(store, "mentions")
    partials = frame.map_partitions(_place_partials, max_excerpts, meta=_TALLY_META)
    return {json.loads(key): tally for key, tally in _group_tallies(client, partials).items()}


def _district_partials(frame: Any, district_of: Mapping[str, str]) -> Any:
    import pandas as pd

    counts = district_sources(records(frame, "mentions"), district_of)
    return pd.DataFrame({"district_id": pd.Series(list(counts), dtype=object),
                         "n": pd.Series(list(counts.values()), dtype="int64")})  # fmt: skip


def district_sources_on_dask(
    client: Any, store: RunStore, district_of: Mapping[str, str]
) -> dict[str, int]:
    """Distinct reports per district (``pipeline.district_sources``), summed by group-by."""
    frame = _frame(store, "mentions", ("seq", "status", "place_id"))
    partials = frame.map_partitions(
        _district_partials, district_of, meta={"district_id": "object", "n": "int64"}
    )
    sums = client.compute(partials.groupby("district_id")["n"].sum()).result()
    return {str(k): int(v) for k, v in sums.items()}


def account_triples_on_dask(client: Any, store: RunStore) -> set[tuple[str, str | None, bool]]:
    """The distinct (place, date, stated) of the run's accounts (``event_table.event_keys``)."""
    frame = _frame(store, "accounts", ("place_id", "event_date", "stated")).drop_duplicates()
    rows = records(client.compute(frame).result(), "accounts")
    return {(row["place_id"], row["event_date"], row["stated"]) for row in rows}


def _event_partials(frame: Any, keys: EventKeys, max_claims: int | None) -> Any:
    return _tallies_frame(event_tallies(records(frame, "accounts"), keys, max_claims=max_claims))


def event_tallies_on_dask(
    client: Any, store: RunStore, keys: EventKeys, *, max_claims: int | None
) -> dict[EventKey, EventTally]:
    """``event_table.event_tallies`` of every part, on the cluster, merged by event."""
    frame = _frame(store, "accounts")
    partials = frame.map_partitions(_event_partials, keys, max_claims, meta=_TALLY_META)
    return {tuple(json.loads(key)): t for key, t in _group_tallies(client, partials).items()}
