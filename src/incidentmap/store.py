"""A run's per-report results on disk, written as they come and read back a part at a time.

A build cannot hold a corpus's results in memory: a place's feature gathers mentions from
every report, and a year of news has millions of them. So each report's rows (its
mentions, its accounts of events, its own record) are appended to a ``RunStore`` as soon
as the report is geoparsed, and the places, districts, events and tables are made from
the store afterwards, one part at a time (``places.PlaceTally``,
``event_table.EventTally``), or by Dask over the same files (``parallel``).

The store is a folder of Parquet files, three tables of parts: ``reports/``,
``mentions/`` and ``accounts/``, part ``n`` of each holding the same whole reports, in
the order they were read. Parquet because it is columnar (a step reads only the columns
it needs), compact (a part's repeated titles and places are stored once) and what Dask
DataFrame reads. The store lives in a temporary folder (``settings.store_folder``, else
the system's) and is removed when the run ends; the store of a run that was killed is
removed by the next run that makes one there (``remove_stale_stores``).
"""

from __future__ import annotations

import heapq
import itertools
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from . import settings

logger = logging.getLogger(__name__)

_S, _I, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()
#: Each table's columns and their types: what ``places.mention_rows``,
#: ``event_table.account_rows`` and the pipeline's report rows hold.
SCHEMAS: dict[str, pa.Schema] = {
    "reports": pa.schema([
        ("seq", _I), ("doc_id", _S), ("path", _S), ("title", _S), ("url", _S),
        ("published", _S), ("publisher", _S), ("outlet", _S), ("characters", _I),
        ("claims", _S),
    ]),
    "mentions": pa.schema([
        ("seq", _I), ("idx", _I), ("doc_id", _S), ("role", _S), ("confidence", _F),
        ("surface", _S), ("start", _I), ("end", _I), ("excerpt", _S), ("source_title", _S),
        ("source_url", _S), ("published", _S), ("event_date", _S),
        ("event_date_precision", _S), ("publisher", _S), ("site", _S), ("match", _S),
        ("role_reason", _S), ("role_rule", _S), ("in_name", _B), ("ambiguity", _I),
        ("resolve_reason", _S), ("evidence", _S), ("factors", _S), ("status", _S),
        ("reason", _S), ("doc_rank", _I), ("place_id", _S), ("place_name", _S), ("kind", _S),
        ("lat", _F), ("lon", _F), ("country", _S), ("district_current", _S),
        ("geo_precision", _I), ("gazetteer", _S), ("point", _S), ("district_override", _S),
        ("entry_corrected", _B),
    ]),
    "accounts": pa.schema([
        ("seq", _I), ("k", _I), ("place_id", _S), ("event_date", _S), ("stated", _B),
        ("account", _S),
    ]),
}  # fmt: skip
TABLES = tuple(SCHEMAS)
#: A part is written once it holds this many mentions (or ``PART_REPORTS`` reports): a few
#: tens of megabytes when read back, a few seconds of work for a Dask task.
PART_MENTIONS = 20_000
PART_REPORTS = 2_000
#: Rows turned into Arrow at a time while a part fills, and read back at a time.
PACK_ROWS = 1_000
READ_ROWS = 2_000
#: The prefix of a store's folder, and the file a live run holds locked inside it.
STORE_PREFIX = "incidentmap-store-"
IN_USE = "in-use.lock"
#: A folder younger than this is never taken for stale: its run may not have locked it yet.
STALE_AFTER_S = 60.0


@contextmanager
def returning_allocator() -> Iterator[None]:
    """Let Arrow allocate, for the block, from a pool that hands freed memory back.

    Arrow's default pool (mimalloc in the wheels) keeps what it frees for reuse; with the
    store's parts made and read one after the other, a long build's resident memory then
    grows with every part. jemalloc told to return freed pages at once (decay 0) does
    not; without jemalloc, the system's allocator is used.
    """
    previous = pa.default_memory_pool()
    try:
        pool = pa.jemalloc_memory_pool()
        pa.jemalloc_set_decay_ms(0)
    except (NotImplementedError, pa.ArrowNotImplementedError):
        pool = pa.system_memory_pool()
    pa.set_memory_pool(pool)
    try:
        yield
    finally:
        pa.set_memory_pool(previous)


class RunStore:
    """The Parquet store of one run (see the module notes); a context manager.

    Parameters
    ----------
    folder
        Where to keep it; default a new temporary folder (under ``settings.store_folder``
        when set), removed on ``close``.
    part_mentions, part_reports
        When to cut a part (default ``PART_MENTIONS``, ``PART_REPORTS``).
    """

    def __init__(
        self,
        folder: Path | None = None,
        *,
        part_mentions: int | None = None,
        part_reports: int | None = None,
    ) -> None:
        self._own = folder is None
        self._in_use: int | None = None
        if folder is None:
            base = Path(settings.store_folder or tempfile.gettempdir())
            remove_stale_stores(base)
            folder = Path(tempfile.mkdtemp(prefix=STORE_PREFIX, dir=base))
            self._in_use = _hold_in_use(folder)
        self.folder = folder
        for table in TABLES:
            (folder / table).mkdir(parents=True, exist_ok=True)
        self.part_mentions = PART_MENTIONS if part_mentions is None else part_mentions
        self.part_reports = PART_REPORTS if part_reports is None else part_reports
        self.parts = 0
        self.rows = dict.fromkeys(TABLES, 0)
        self._pending: dict[str, list[Mapping[str, Any]]] = {t: [] for t in TABLES}
        #: Rows already packed as Arrow record batches (compact), per table, for the part.
        self._packed: dict[str, list[pa.RecordBatch]] = {t: [] for t in TABLES}
        self._in_part = self._reports_in_part = 0
        self._last_seq = -1
        #: The first part holding reports that came after later ones (held back, see
        #: ``sources.UniqueIds``); None while every report came in order.
        self.late_from: int | None = None

    def __enter__(self) -> RunStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(
        self,
        report: Mapping[str, Any],
        mentions: Sequence[Mapping[str, Any]],
        accounts: Sequence[Mapping[str, Any]],
    ) -> None:
        """Append one report's rows; a part is written when enough have come.

        Reports come in order of ``seq``, except those held back to the end: they start
        parts of their own, which ``rows_of(..., ordered=True)`` merges back in place.
        """
        if report["seq"] < self._last_seq and self.late_from is None:
            self.flush()
            self.late_from = self.parts
        self._last_seq = max(self._last_seq, report["seq"])
        self._pending["reports"].append(report)
        self._pending["mentions"].extend(mentions)
        self._pending["accounts"].extend(accounts)
        self._in_part += len(mentions)
        self._reports_in_part += 1
        if len(self._pending["mentions"]) >= PACK_ROWS:
            self._pack()
        if self._in_part >= self.part_mentions or self._reports_in_part >= self.part_reports:
            self.flush()

    def _pack(self) -> None:
        """Turn the rows that came into Arrow batches: a tenth of the memory of dicts."""
        for table in TABLES:
            rows = self._pending[table]
            if rows:
                batch = pa.RecordBatch.from_pylist(list(rows), schema=SCHEMAS[table])
                self._packed[table].append(batch)
                rows.clear()

    def flush(self) -> None:
        """Write what has come since the last part as a new part (nothing if nothing came)."""
        self._pack()
        if not self._packed["reports"]:
            return
        for table in TABLES:
            frame = pa.Table.from_batches(self._packed[table], schema=SCHEMAS[table])
            path = self._path(table, self.parts)
            pq.write_table(frame, path, row_group_size=max(1, frame.num_rows))
            self.rows[table] += frame.num_rows
            self._packed[table] = []
        self._in_part = self._reports_in_part = 0
        self.parts += 1

    def _path(self, table: str, part: int) -> Path:
        return self.folder / table / f"part-{part:06d}.parquet"

    def paths(self, table: str) -> list[Path]:
        """The table's part files, in order."""
        self.flush()
        return [self._path(table, part) for part in range(self.parts)]

    def read(
        self, table: str, columns: Sequence[str] | None = None
    ) -> Iterator[list[dict[str, Any]]]:
        """The table's rows as dicts of Python values (None for nulls), in batches.

        A batch holds whole reports (about ``READ_ROWS`` rows), so that what is counted
        per report in a batch is counted once; ``columns`` then include ``seq``.
        """
        for path in self.paths(table):
            yield from _report_batches(path, columns)

    def rows_of(
        self, table: str, columns: Sequence[str] | None = None, *, ordered: bool = False
    ) -> Iterator[dict[str, Any]]:
        """The table's rows one by one, as they were added or (``ordered``) by ``seq``.

        ``columns`` must hold ``seq`` when ``ordered``.
        """
        parts = self.read(table, columns)
        if not ordered or self.late_from is None:
            yield from itertools.chain.from_iterable(parts)
            return
        paths = self.paths(table)
        head = itertools.chain.from_iterable(
            self._part(p, columns) for p in paths[: self.late_from]
        )
        late = [self._part(p, columns) for p in paths[self.late_from :]]
        yield from heapq.merge(head, *late, key=lambda row: row["seq"])

    @staticmethod
    def _part(path: Path, columns: Sequence[str] | None) -> Iterator[dict[str, Any]]:
        for batch in _report_batches(path, columns):
            yield from batch

    def column(self, table: str, name: str, *, repeated: bool = False) -> pa.Array:
        """One column of a whole table (a compact Arrow array, for lookups by position).

        ``repeated`` values (an outlet's name) are read as a dictionary: each once.
        """
        read = {"read_dictionary": [name]} if repeated else {}
        arrays = [pq.read_table(p, columns=[name], **read).column(name) for p in self.paths(table)]
        chunks = [chunk for array in arrays for chunk in array.chunks]
        if not chunks:
            return pa.array([], type=SCHEMAS[table].field(name).type)
        return pa.chunked_array(chunks).combine_chunks()

    def close(self) -> None:
        """Remove the store's folder (one made for it)."""
        if self._own:
            shutil.rmtree(self.folder, ignore_errors=True)
        if self._in_use is not None:
            os.close(self._in_use)
            self._in_use = None


def _hold_in_use(folder: Path) -> int | None:
    """Lock the store's in-use file for the life of this process; return its descriptor.

    An ``flock`` dies with its process, so a store whose file nobody holds belongs to a
    run that ended without removing it (killed, or the machine stopped).
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: stale stores are left to the system
        return None
    fd = os.open(folder / IN_USE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # no locks on this file system: never taken for stale either
        os.close(fd)
        return None
    return fd


def remove_stale_stores(base: Path) -> list[Path]:
    """Remove the stores in ``base`` that no live run holds; return them.

    A build killed with SIGKILL (or by the machine stopping) cannot remove its store, and
    a year of news leaves gigabytes there. A store is stale when its in-use file can be
    locked (the run that held it is gone) and its folder is over a minute old; one whose
    lock cannot be tried (a file system without locks, another user's) is left alone.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return []
    removed = []
    try:
        candidates = [p for p in base.glob(STORE_PREFIX + "*") if p.is_dir()]
    except OSError:
        return []
    for folder in candidates:
        try:
            if time.time() - folder.stat().st_mtime < STALE_AFTER_S:
                continue
            fd = os.open(folder / IN_USE, os.O_RDWR)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # held by a live run, or locks unavailable
            continue
        else:
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
        finally:
            os.close(fd)
    if removed:
        logger.info("removed %d store(s) left by runs that were stopped", len(removed))
    return removed


def _report_batches(path: Path, columns: Sequence[str] | None) -> Iterator[list[dict[str, Any]]]:
    """A part's rows in batches of about ``READ_ROWS``, never cutting a report in two."""
    names = list(columns) if columns else None
    if names is not None and "seq" not in names:
        names.append("seq")
    carry: list[dict[str, Any]] = []
    for batch in pq.ParquetFile(path).iter_batches(batch_size=READ_ROWS, columns=names):
        rows = carry + batch.to_pylist()
        last = rows[-1]["seq"]
        cut = len(rows)
        while cut and rows[cut - 1]["seq"] == last:
            cut -= 1
        if cut:
            yield rows[:cut]
        carry = rows[cut:]
    if carry:
        yield carry


def records(frame: Any, table: str) -> list[dict[str, Any]]:
    """A pandas DataFrame of a store table (a Dask partition) as rows of Python values."""
    schema = pa.schema([SCHEMAS[table].field(name) for name in frame.columns])
    rows: list[dict[str, Any]] = pa.Table.from_pandas(
        frame, schema=schema, preserve_index=False
    ).to_pylist()
    return rows
