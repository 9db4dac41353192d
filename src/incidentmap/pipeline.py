"""Compose the stages: reports -> mentions -> roles -> places -> districts -> outputs.

This is the only module that knows the order of the stages. A run (``analyse``,
``build``) goes in named steps, each filling in the run record (``RunRecord``):

1. **read** the reports as a stream (``sources.iter_reports``), ids made unique as they
   come (``sources.UniqueIds``);
2. **geoparse** each report (unchanged ones from the per-report cache), here, on
   ``--workers`` processes or on Dask, and turn it at once into rows (its mentions with
   their excerpts and places, its accounts of events) that go to the run's store
   (``store.RunStore``): memory holds only the reports in work;
3. choose the **boundaries** of the country the reports are about; with ``--online``,
   let an online geocoder place what the offline gazetteer could not (then the rows are
   made after it);
4. **aggregate** places, districts and events from the store, a part at a time
   (``places.PlaceTally``, ``event_table.EventTally``; on Dask with a scheduler);
5. **write** every output from the store and the aggregates, a piece at a time.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property, partial
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from . import settings
from ._io import staged_outputs, write_chunks_synced
from ._validate import check_district_ids, check_districts_layer, check_places
from .corrections import (
    Correction,
    apply_corrections,
    check_districts,
    find_corrections,
    load_corrections,
)
from .dates import date_span, parse_iso
from .decide import decide_roles
from .districts import Boundaries, boundaries_for, boundaries_for_layer
from .errors import InputError, OutputError, ReportError
from .event_table import (
    CLAIM_FIELDS,
    EventKey,
    EventKeys,
    EventTally,
    account_rows,
    add_district_events,
    aggregate_records,
    claim_rows,
    claims_to_json,
    csv_record,
    event_keys,
    event_tallies,
    events_by_place,
    events_table,
    merge_event_tallies,
    place_lookup,
    report_events,
    sorted_events,
)
from .events import ReportEvents, events_from_report
from .export import (
    EXPORT_FORMATS,
    MENTIONS_PARQUET_SCHEMA,
    csv_chunks,
    csv_rows,
    layer_chunks,
    located,
    parquet_chunks,
    read_layer,
    write_export,
)
from .extract import mentions_from_report
from .geocode import load_gazetteer
from .geocode.base import IndexedGazetteer
from .geocode.local import LocalGazetteer, release_gazetteer
from .geocode.resolve import resolve_mentions
from .models import (
    COARSE_KINDS,
    CSV_FIELDS,
    DISTRICT_FIELDS,
    EVENT_FIELDS,
    INCIDENT_FIELDS,
    Report,
    ResolvedMention,
    SkippedReport,
)
from .options import BuildOptions
from .parallel import imap_in_processes
from .places import (
    PlaceTally,
    district_sources,
    districts_summary,
    mention_rows,
    merge_tallies,
    place_tallies,
    places_from_tallies,
)
from .render import map_from_incidents, map_html, save_map, title_from_places
from .report_cache import ReportCache, report_key
from .roles import roles_for_mentions
from .run_record import RunRecord, Streamed, now
from .sources import Skipped, UniqueIds, iter_reports, shown
from .store import RunStore, returning_allocator

logger = logging.getLogger(__name__)


def evidence_from_report(report: Report, gazetteer: IndexedGazetteer) -> list[ResolvedMention]:
    """Extraction, the role rules and resolution: every mention with its evidence and place.

    What the decision model weighs; ``learn.py`` refits it from these without parsing again.
    """
    mentions = mentions_from_report(report, gazetteer)
    coarse = [
        bool(m.candidates) and all(gazetteer.entries[c].kind in COARSE_KINDS for c in m.candidates)
        for m in mentions
    ]
    roled = roles_for_mentions(report.text, mentions, coarse=coarse)
    return resolve_mentions(report, roled, gazetteer)


def geoparse_report(report: Report, gazetteer: IndexedGazetteer) -> list[ResolvedMention]:
    """Geoparse one report: its evidence, then the learned decision (``report_unit`` runs it)."""
    return decide_roles(report, evidence_from_report(report, gazetteer))


#: Wraps the reports as they are read (a progress bar on a terminal).
Progress = Callable[[Iterable[Any]], Iterable[Any]]


# --- the per-report unit: a report in, its rows out ----------------------------------------


@dataclass(frozen=True)
class ReportContext:
    """What the per-report unit needs beside the report: the run's corrections and window.

    ``rows`` is False when the rows wait for a step over all reports (``--online``).
    """

    corrections: tuple[Correction, ...] = ()
    since: str | None = None
    until: str | None = None
    rows: bool = True

    def outside(self, when: str | None, precision: str | None) -> str | None:
        """Why a mention dated ``when`` lies outside the time window (None: inside).

        A month-level date ("in December") is inside when any day of its month is; a
        mention with no date at all is kept.
        """
        if not (self.since or self.until):
            return None
        span = date_span(when, precision or "unknown")
        first = parse_iso(self.since) or date.min
        last = parse_iso(self.until) or date.max
        if span is None or (first <= span[1] and span[0] <= last):
            return None
        return (
            f"outside the time window ({self.since or '...'} to {self.until or '...'}): "
            f"event date {when} ({precision})"
        )


@dataclass(frozen=True, slots=True)
class ReportTask:
    """One report to geoparse, with its place in the run and its cached results if any."""

    seq: int
    report: Report
    cached: list[ResolvedMention] | None = None


@dataclass(slots=True)
class ReportRows:
    """Everything the store keeps of one report (``store.SCHEMAS``)."""

    report: dict[str, Any]
    mentions: list[dict[str, Any]]
    accounts: list[dict[str, Any]]
    corrected: int


@dataclass(slots=True)
class ReportOutcome:
    """What the per-report unit gives back: rows, or why there are none (``failure``).

    A plain record, so that every backend (in-process, process pool, Dask) carries a
    report whose geoparsing raised back like any other: the build skips it and says why.
    ``fresh`` holds results geoparsed now (for the per-report cache); ``votes`` the
    countries of the report's placed mentions (incident ones, all), from which the run's
    country is chosen; ``resolved`` the mentions themselves when the rows wait.
    """

    seq: int
    path: str
    fresh: list[ResolvedMention] | None = None
    failure: str | None = None
    votes: tuple[Counter[str], Counter[str]] = field(default_factory=lambda: (Counter(), Counter()))
    resolved: list[ResolvedMention] | None = None
    rows: ReportRows | None = None


def report_unit(
    task: ReportTask, gazetteer: LocalGazetteer, context: ReportContext
) -> ReportOutcome:
    """Geoparse one report (unless cached) and make its rows; one odd report fails alone.

    The same function runs here, in a worker process and on a Dask worker.
    """
    report = task.report
    outcome = ReportOutcome(task.seq, report.path)
    try:
        resolved = task.cached
        if resolved is None:
            resolved = outcome.fresh = geoparse_report(report, gazetteer)
        outcome.votes = _country_votes(resolved)
        if context.rows:
            outcome.rows = report_rows(report, task.seq, resolved, context)
        else:
            outcome.resolved = resolved
    except Exception as err:  # noqa: BLE001 - reported as a skipped report, not lost
        logger.warning("%s: geoparsing failed", report.path, exc_info=True)
        return ReportOutcome(task.seq, report.path, failure=_failure(err))
    return outcome


def _failure(err: Exception) -> str:
    return f"geoparsing failed ({type(err).__name__}: {err})"


def _unit_in_worker(context: ReportContext, task: ReportTask) -> ReportOutcome:
    return report_unit(task, load_gazetteer(), context)


def report_rows(
    report: Report, seq: int, resolved: Sequence[ResolvedMention], context: ReportContext
) -> ReportRows:
    """One report's rows for the store: corrections applied, window kept, events found."""
    if context.corrections:
        resolved = apply_corrections(resolved, context.corrections)
    events = events_from_report(report, resolved)
    record = {
        "seq": seq, "doc_id": report.doc_id, "path": report.path, "title": report.title,
        "url": report.url, "published": report.published, "publisher": report.publisher,
        "outlet": report.publisher or report.title or report.doc_id,
        "characters": len(report.text), "claims": claims_to_json(events),
    }  # fmt: skip
    return ReportRows(
        record,
        mention_rows(report, resolved, seq=seq, outside=context.outside),
        account_rows(events, seq=seq),
        sum(1 for r in resolved if "corrected_by_analyst" in r.factors),
    )


def _country_votes(resolved: Iterable[ResolvedMention]) -> tuple[Counter[str], Counter[str]]:
    """The countries of a report's placed mentions: of its incident ones, and of all."""
    incident: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for r in resolved:
        if r.entry is None or r.mention.in_name:
            continue
        every[r.entry.country] += 1
        if r.role == "incident":
            incident[r.entry.country] += 1
    return incident, every


def geoparse_reports(
    tasks: Iterable[ReportTask],
    gazetteer: LocalGazetteer,
    context: ReportContext,
    *,
    workers: int = 1,
    client: Any = None,
) -> Iterator[ReportOutcome]:
    """``report_unit`` over the tasks, here, on ``workers`` processes or on a Dask client.

    Outcomes come in the order of the tasks, as they are done, so the output does not
    depend on which worker finished first.
    """
    if client is not None:
        from .parallel import imap_on_dask

        unit = partial(report_unit, context=context)
        yield from imap_on_dask(tasks, unit, client, gazetteer_version=gazetteer.version,
                                size=lambda task: len(task.report.text))  # fmt: skip
    elif workers > 1:
        yield from imap_in_processes(partial(_unit_in_worker, context), tasks,
                                     workers=workers, chunksize=16)  # fmt: skip
    else:
        for task in tasks:
            yield report_unit(task, gazetteer, context)


# --- a run, step by step -------------------------------------------------------------------


@dataclass
class BuildResult:
    """What a build produced, for the CLI to report and tests to inspect.

    ``rows`` (every mention, as ``mentions.csv``) and ``accounts`` (each report's own
    account of its events) are kept by ``analyse`` only: ``build`` writes them out
    instead of holding them.
    """

    title: str
    skipped: list[SkippedReport]
    places: gpd.GeoDataFrame
    summary: gpd.GeoDataFrame
    record: RunRecord
    outputs: dict[str, Path] = field(default_factory=dict)
    boundaries: Boundaries | None = None
    #: One row per event (``events.csv``; in a build's result, sources kept as in the layer).
    events: pd.DataFrame = field(default_factory=pd.DataFrame)
    rows: list[dict[str, Any]] | None = None
    accounts: dict[str, ReportEvents] | None = None

    @property
    def run(self) -> dict[str, Any]:
        """The run record as ``run.json`` holds it."""
        return self.record.as_dict()


class Run:
    """One run of the pipeline over a store: the steps of ``analyse`` and ``build``.

    Use as a context manager: the store (and a Dask client) live as long as the run.
    """

    def __init__(
        self, sources: Sequence[str | Path], options: BuildOptions, progress: Progress | None
    ) -> None:
        self.sources = sources
        self.options = options
        self.progress = progress
        self.record = RunRecord()
        self.skipped = Skipped()
        self._stack = ExitStack()
        self._stack.enter_context(returning_allocator())
        self.store = self._stack.enter_context(RunStore())
        self.client: Any = None
        self.boundaries = boundaries_for(None)
        self.titles = _Titles()
        self.votes: tuple[Counter[str], Counter[str]] = (Counter(), Counter())
        self.held: dict[int, tuple[Report, list[ResolvedMention]]] = {}
        self.places = gpd.GeoDataFrame()
        self.summary = gpd.GeoDataFrame()
        self.tallies: dict[EventKey, EventTally] = {}
        self.keys = EventKeys({}, {})
        self.events = pd.DataFrame()
        self.context = ReportContext()

    def __enter__(self) -> Run:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stack.close()

    def geoparse(self) -> None:
        """Steps 1 and 2: read the reports and geoparse each into the store."""
        options = self.options
        _check_online(options)
        with self.record.timed("gazetteer"):
            gazetteer = load_gazetteer()
        self.record.gazetteer = {"gazetteer_version": gazetteer.version,
                                 "gazetteer_inputs": gazetteer.sources}  # fmt: skip
        files = find_corrections(self.sources)
        corrections = tuple(c for path in files for c in load_corrections(path))
        self.record.corrections = {"files": [shown(p) for p in files], "rows": len(corrections),
                                   "mentions_changed": 0}  # fmt: skip
        context = ReportContext(corrections, options.since, options.until, rows=not options.online)
        if options.scheduler is not None:
            from .parallel import dask_client

            self.client = self._stack.enter_context(
                dask_client(options.scheduler, workers=options.workers)
            )
        cache = ReportCache() if options.use_cache else None
        with self.record.timed("geoparse"):
            self._geoparse(gazetteer, context, cache)
        del gazetteer
        release_gazetteer()
        # Reading is done as the reports are geoparsed: count it once, as reading.
        self.record.timings["geoparse"] -= self.record.timings.get("read", 0.0)
        counts = self.record.counts
        if cache is not None:
            counts.reports_parsed, counts.reports_from_cache = cache.misses, cache.hits
        self.context = context

    def _geoparse(
        self, gazetteer: LocalGazetteer, context: ReportContext, cache: ReportCache | None
    ) -> None:
        keys: dict[int, str] = {}
        reports: dict[int, Report] = {}
        failures: list[SkippedReport] = []
        tasks = self._tasks(gazetteer, cache, keys, reports)
        outcomes = geoparse_reports(tasks, gazetteer, context, workers=self.options.workers,
                                    client=self.client)  # fmt: skip
        for outcome in outcomes:
            report = reports.pop(outcome.seq)
            key = keys.pop(outcome.seq, None)
            if outcome.failure is not None:
                if self.options.strict:
                    raise ReportError(outcome.path, outcome.failure)
                failures.append(SkippedReport(outcome.path, outcome.failure))
                continue
            if cache is not None and key is not None and outcome.fresh is not None:
                cache.put(key, outcome.fresh)
            for mine, theirs in zip(self.votes, outcome.votes, strict=True):
                mine.update(theirs)
            self.titles.add(report)
            if outcome.rows is not None:
                self._keep(outcome.rows)
            elif outcome.resolved is not None:
                self.held[outcome.seq] = (report, outcome.resolved)
        if self.options.strict and self.skipped:
            raise ReportError(self.skipped[0].path, self.skipped[0].reason)
        self.skipped.extend(failures)
        if not self.titles.count:
            self._nothing_read()
        if not self.options.use_cache:
            self.record.counts.reports_parsed = self.titles.count

    def _tasks(
        self,
        gazetteer: LocalGazetteer,
        cache: ReportCache | None,
        keys: dict[int, str],
        reports: dict[int, Report],
    ) -> Iterator[ReportTask]:
        """The reports as tasks, with cached results; ``keys``, ``reports``: those in work."""
        for seq, report in self._reports():
            reports[seq] = report
            cached = None
            if cache is not None:
                keys[seq] = report_key(report, gazetteer.version)
                cached = cache.get(keys[seq])
            yield ReportTask(seq, report, cached)

    def _reports(self) -> Iterator[tuple[int, Report]]:
        """Every report, numbered in reading order, ids unique; strict stops at a skipped one."""
        ids = UniqueIds(self.store.folder / "ids.sqlite")
        try:
            stream: Iterable[Report] = iter_reports(
                self.sources, self.skipped, follow_symlinks=self.options.follow_symlinks
            )
            if self.progress is not None:
                stream = self.progress(stream)
            for seq, report in enumerate(self.record.timed_iter("read", stream)):
                if self.options.strict and self.skipped:
                    raise ReportError(self.skipped[0].path, self.skipped[0].reason)
                if ids.admit(seq, report):
                    yield seq, report
            yield from ids.held(self.skipped)
        finally:
            ids.close()

    def _nothing_read(self) -> None:
        where = ", ".join(str(s) for s in self.sources)
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in self.skipped[:3])
        raise InputError(f"no readable reports in {where}" + (f" ({reasons})" if reasons else ""))

    def _keep(self, rows: ReportRows) -> None:
        self.store.add(rows.report, rows.mentions, rows.accounts)
        self.record.corrections["mentions_changed"] += rows.corrected

    def locate(self) -> None:
        """Step 3: the boundaries of the reports' country; the online step, if asked for."""
        with self.record.timed("districts"):
            incident, every = self.votes
            votes = incident or every
            self.boundaries = boundaries_for(votes.most_common(1)[0][0] if votes else None)
            check_districts(self.context.corrections, set(self.boundaries.districts["district"]))
        if self.options.online:
            with self.record.timed("online"):
                self._online()
        self.record.districts = self.boundaries.source
        self.record.scheduler = _scheduler_name(self.options.scheduler)
        if self.options.since or self.options.until:
            self.record.time_window = {"since": self.options.since, "until": self.options.until}

    def _online(self) -> None:
        """Place online what the offline gazetteer could not, then make the rows."""
        held, self.held = self.held, {}
        resolved = {report.doc_id: items for report, items in held.values()}
        placed, self.record.online = _geocode_online(resolved, self.boundaries.districts,
                                                     self.options)  # fmt: skip
        context = replace(self.context, rows=True)
        for seq in sorted(held):
            report = held[seq][0]
            self._keep(report_rows(report, seq, placed[report.doc_id], context))

    def aggregate(self) -> None:
        """Step 4: places, the district summary and events, from the store."""
        max_excerpts = self.options.max_excerpts or None
        with self.record.timed("districts"):
            districts = self.boundaries.districts
            check_districts_layer(districts, where=str(self.boundaries.source.get("file")))
            self.places = places_from_tallies(self._place_tallies(max_excerpts), districts)
            check_places(self.places, where="places", district_ids=districts["district_id"])
            self.summary = districts_summary(self.places, districts, sources=self._sources())
        with self.record.timed("events"):
            self.keys = event_keys(self._triples())
            self.tallies = self._event_tallies(max_excerpts)
            self.events = events_table(self.tallies, self.places, self.source,
                                       max_sources=max_excerpts)  # fmt: skip
            by_place = events_by_place(self.events)
            self.places["events"] = [by_place.get(str(p), []) for p in self.places.index]
            add_district_events(self.summary, self.events)
        self._count()

    def _place_tallies(self, max_excerpts: int | None) -> dict[str, PlaceTally]:
        if self.client is not None:
            from .parallel import place_tallies_on_dask

            return place_tallies_on_dask(self.client, self.store, max_excerpts=max_excerpts)
        tallies: dict[str, PlaceTally] = {}
        for part in self.store.read("mentions"):
            merge_tallies(tallies, place_tallies(part, max_excerpts=max_excerpts))
        return tallies

    def _sources(self) -> dict[str, int]:
        """Distinct reports per district over every mention of its incident places."""
        district_of: dict[str, str] = {}
        if len(self.places):
            incident = self.places[self.places["role"] == "incident"]
            district_of = {
                str(place_id): district_id
                for place_id, district_id in incident["district_id"].items()
                if isinstance(district_id, str)
            }
        if self.client is not None:
            from .parallel import district_sources_on_dask

            return district_sources_on_dask(self.client, self.store, district_of)
        counts: Counter[str] = Counter()
        for part in self.store.read("mentions", ("seq", "status", "place_id")):
            counts.update(district_sources(part, district_of))
        return dict(counts)

    def _triples(self) -> set[tuple[str, str | None, bool]]:
        if self.client is not None:
            from .parallel import account_triples_on_dask

            return account_triples_on_dask(self.client, self.store)
        columns = ("place_id", "event_date", "stated")
        return {
            (row["place_id"], row["event_date"], row["stated"])
            for part in self.store.read("accounts", columns)
            for row in part
        }

    def _event_tallies(self, max_claims: int | None) -> dict[EventKey, EventTally]:
        if self.client is not None:
            from .parallel import event_tallies_on_dask

            return event_tallies_on_dask(self.client, self.store, self.keys, max_claims=max_claims)
        tallies: dict[EventKey, EventTally] = {}
        for part in self.store.read("accounts"):
            merge_event_tallies(tallies, event_tallies(part, self.keys, max_claims=max_claims))
        return tallies

    def source(self, seq: int) -> tuple[str, str]:
        """A report's doc_id and outlet (publisher, else title, else doc_id), by ``seq``."""
        return self.report_index.lookup(seq)

    @cached_property
    def report_index(self) -> _ReportIndex:
        """The reports' doc_ids and outlets by ``seq``, read once from the store."""
        return _ReportIndex(self.store)

    def _count(self) -> None:
        """The run record's counts of what was found."""
        counts = self.record.counts
        statuses: Counter[str] = Counter()
        for part in self.store.read("mentions", ("status",)):
            statuses.update(row["status"] for row in part)
        counts.mentions_found = sum(statuses.values())
        counts.mentions_resolved = statuses["resolved"]
        counts.mentions_filtered = statuses["filtered"]
        places = self.places
        counts.mentions_in_layer = int(places["n_mentions"].sum()) if len(places) else 0
        counts.places = len(places)
        counts.incident_places = int((places["role"] == "incident").sum()) if len(places) else 0
        counts.districts_with_incidents = int((self.summary["n_incident_places"] > 0).sum())
        counts.events = len(self.tallies)
        self.record.reports = Streamed(self._read_entries, self.titles.count)
        self.record.skipped = self.skipped
        self.record.aggregates = Streamed(self._aggregates, None)

    def _read_entries(self) -> Iterator[dict[str, Any]]:
        columns = ("doc_id", "path", "title", "url", "published", "characters")
        for row in self.store.rows_of("reports", columns, ordered=True):
            yield {k: row[k] for k in columns}

    def _aggregates(self) -> Iterator[dict[str, Any]]:
        for row in self.store.rows_of("reports", ("seq", "claims"), ordered=True):
            yield from aggregate_records(row["claims"])

    def mention_rows(self) -> Iterator[dict[str, Any]]:
        """``mentions.csv``'s rows, in report order."""
        return csv_rows(self.store.rows_of("mentions", ordered=True), located(self.places))

    def in_memory(self) -> BuildResult:
        """The result with every mention row and each report's events (``analyse``)."""
        result = self.result(events_table(self.tallies, self.places, self.source))
        result.rows = list(self.mention_rows())
        accounts: dict[int, list[str]] = {}
        for row in self.store.rows_of("accounts", ("seq", "account"), ordered=True):
            accounts.setdefault(row["seq"], []).append(row["account"])
        result.accounts = {
            row["doc_id"]: report_events(row["doc_id"], row["claims"], accounts.get(row["seq"], []))
            for row in self.store.rows_of("reports", ("seq", "doc_id", "claims"), ordered=True)
        }
        self.record.reports = list(self.record.reports)
        self.record.aggregates = list(self.record.aggregates)
        return result

    def result(self, events: pd.DataFrame) -> BuildResult:
        """What the run found, with ``events`` (those of the layer, or all their sources)."""
        return BuildResult(
            self.titles.title(), self.skipped, self.places, self.summary, self.record,
            boundaries=self.boundaries, events=events,
        )  # fmt: skip


class _ReportIndex:
    """Each report's doc_id and outlet by its ``seq``, from compact columns of the store."""

    def __init__(self, store: RunStore) -> None:
        seqs = store.column("reports", "seq").to_numpy()
        self.order = np.argsort(seqs, kind="stable")
        self.seqs = seqs[self.order]
        self.doc_ids = store.column("reports", "doc_id")
        self.outlets = store.column("reports", "outlet", repeated=True)

    def lookup(self, seq: int) -> tuple[str, str]:
        """The doc_id and outlet of the report ``seq``."""
        at = int(self._rows(seq))
        return self.doc_ids[at].as_py(), self.outlets[at].as_py()

    def joined_doc_ids(self, seqs: np.ndarray) -> str:
        """The doc_ids of the reports ``seqs``, joined by ``;`` in Arrow."""
        taken = self.doc_ids.take(pa.array(self._rows(seqs)))
        one_list = pa.ListArray.from_arrays(pa.array([0, len(taken)], pa.int32()), taken)
        return str(pc.binary_join(one_list, ";")[0].as_py())

    def _rows(self, seqs: Any) -> Any:
        """Where the reports ``seqs`` (one or an array) stand in the store's columns."""
        return self.order[np.searchsorted(self.seqs, seqs)]


@dataclass
class _Titles:
    """What a default title needs of the reports read: how many, their dates, one title."""

    count: int = 0
    first_title: str | None = None
    first: str | None = None
    last: str | None = None

    def add(self, report: Report) -> None:
        """Count one report read."""
        self.count += 1
        if self.count == 1:
            self.first_title = report.title
        if report.published:
            self.first = min(self.first or report.published, report.published)
            self.last = max(self.last or report.published, report.published)

    def title(self) -> str:
        """A title from the reports: the single report's title, or a count and date span."""
        if self.count == 1 and self.first_title:
            return self.first_title
        span = ""
        if self.first:
            span = (
                f", {self.first}" if self.first == self.last else f", {self.first} to {self.last}"
            )
        return f"Incidents from {self.count} reports{span}"


def default_title(reports: Sequence[Report]) -> str:
    """A title from the reports: the single report's title, or a count and date span."""
    titles = _Titles()
    for report in reports:
        titles.add(report)
    return titles.title()


@contextmanager
def _run(
    sources: Sequence[str | Path], options: BuildOptions, progress: Progress | None
) -> Iterator[Run]:
    """A run through its steps up to the aggregates; the store lives inside the block."""
    with Run(sources, options, progress) as run:
        run.geoparse()
        run.locate()
        run.aggregate()
        yield run


def analyse(
    sources: Sequence[str | Path],
    options: BuildOptions | None = None,
    *,
    progress: Progress | None = None,
) -> BuildResult:
    """Read, geoparse and aggregate; no files written (``build`` and ``eval`` share this).

    The result holds every mention row and each report's own account of its events,
    as well as the places, districts and events (see the module notes for the steps).
    """
    with _run(sources, options or BuildOptions(), progress) as run:
        return run.in_memory()


def _check_online(options: BuildOptions) -> None:
    """Refuse a geocoder setting that cannot work (a sample user agent), before any work."""
    if options.online and (options.geocoder is None or isinstance(options.geocoder, str)):
        from .geocode.nominatim import check_geocoder

        check_geocoder(options.geocoder, user_agent=options.user_agent)


def _scheduler_name(scheduler: Any) -> str | None:
    if scheduler is None:
        return None
    from .parallel import describe_scheduler

    return describe_scheduler(scheduler)


def _geocode_online(
    resolved: Mapping[str, Sequence[ResolvedMention]],
    districts: gpd.GeoDataFrame,
    options: BuildOptions,
) -> tuple[dict[str, list[ResolvedMention]], dict[str, Any]]:
    """The online step (``geocode.online``), with a backend opened and closed here."""
    from .geocode.nominatim import nominatim_from_spec
    from .geocode.online import geocode_unresolved

    if options.geocoder is None or isinstance(options.geocoder, str):
        with nominatim_from_spec(options.geocoder, user_agent=options.user_agent) as backend:
            return geocode_unresolved(resolved, backend, districts)
    return geocode_unresolved(resolved, options.geocoder, districts)


def build(
    sources: Sequence[str | Path],
    outdir: str | Path,
    options: BuildOptions | None = None,
    *,
    progress: Progress | None = None,
) -> BuildResult:
    """Build every output of the SPEC into ``outdir``.

    Parameters
    ----------
    sources
        Report files and folders.
    outdir
        Output folder (created if needed); existing outputs are replaced atomically.
    options
        How to build (``BuildOptions``; the defaults when None).
    progress
        Wraps the reports as they are read (a progress bar on a terminal).

    Returns
    -------
    BuildResult
        What was read, found and written (not every mention row: they are in the
        outputs).
    """
    options = options or BuildOptions()
    out = Path(outdir)
    with _run(sources, options, progress) as run:
        result = run.result(run.events)
        result.outputs = _write_outputs(run, result, out, options)
    # The store is gone: what run.json lists is read back from it when asked for.
    record = result.record
    record.reports = Streamed(partial(_from_run_json, result.outputs["run"], "read"),
                              len(record.reports))  # fmt: skip
    record.aggregates = Streamed(partial(_from_run_json, result.outputs["run"], "aggregates"))
    return result


def _from_run_json(path: Path, key: str) -> list[Any]:
    value: list[Any] = json.loads(path.read_text(encoding="utf-8"))[key]
    return value


#: The files ``build`` writes into OUTDIR, by role.
OUTPUT_FILES = {
    "incidents": "incidents.geojson",
    "districts": "districts.geojson",
    "mentions": "mentions.csv",
    "mentions_parquet": "mentions.parquet",
    "events": "events.csv",
    "claims": "claims.csv",
    "map": "map.html",
    "run": "run.json",
}


def _write_outputs(
    run: Run, result: BuildResult, out: Path, options: BuildOptions
) -> dict[str, Path]:
    """Write every output, all replaced together or none (see ``_io.staged_outputs``).

    Each output is written in full to a hidden temporary file in OUTDIR and only then
    renamed over the old one: a failed or killed build leaves the previous outputs as
    they were. Layers and tables go out in pieces, a feature or a few thousand rows at a
    time, from the aggregates and the store, so that no output is held whole;
    ``run.json`` goes last, with the size and sha256 of every other output.
    """
    record = result.record
    clock = time.perf_counter()
    title = options.title or result.title
    min_confidence = (
        settings.min_confidence if options.min_confidence is None else options.min_confidence
    )
    record.options = options.record(title=title, min_confidence=min_confidence)
    outputs = {name: out / file for name, file in OUTPUT_FILES.items()}
    boundaries = run.boundaries
    page = map_html(
        map_from_incidents(
            result.places, boundaries.districts, provinces=boundaries.provinces, title=title,
            tiles=options.tiles, min_confidence=min_confidence,
            aggregates=record.aggregates, max_wave_claims=options.max_excerpts,
        ),
        inline_assets=options.inline_assets,
    )  # fmt: skip
    record.outputs = {}
    try:
        with staged_outputs(outputs.values()) as staged:
            for name, pieces in _output_pieces(run, result, page).items():
                record.outputs[outputs[name].name] = _write(outputs[name], pieces, staged)
            record.timings["write"] = time.perf_counter() - clock
            record.finished = now()
            _write(outputs["run"], record.chunks(), staged)
    except OutputError:
        raise
    except OSError as err:
        raise OutputError(f"{out}: cannot write the outputs ({err.strerror or err})") from err
    return outputs


def _output_pieces(
    run: Run, result: BuildResult, page: str
) -> dict[str, Iterable[str] | Iterable[bytes]]:
    """The text outputs, each as an iterable of pieces made as they are written."""
    bom = run.options.csv_bom
    return {
        "incidents": layer_chunks(result.places, INCIDENT_FIELDS),
        "districts": layer_chunks(result.summary, DISTRICT_FIELDS),
        "mentions": csv_chunks(run.mention_rows(), CSV_FIELDS, bom=bom),
        "mentions_parquet": parquet_chunks(MENTIONS_PARQUET_SCHEMA, _batches(run.mention_rows())),
        "events": _events_csv(run, bom=bom),
        "claims": csv_chunks(_claims(run), CLAIM_FIELDS, bom=bom),
        "map": [page],
    }


def _events_csv(run: Run, *, bom: bool) -> Iterator[str]:
    """``events.csv``: every event with all its sources (and its first claims), by place."""
    lookup = place_lookup(run.places)
    events = sorted_events(run.tallies)
    fields = [*EVENT_FIELDS]
    if "n_claims" in run.events.columns:
        fields += ["n_claims", "claims_truncated"]
    index = run.report_index
    rows = (csv_record(t, lookup.get(t.key[0]), index.lookup, index.joined_doc_ids) for t in events)
    return csv_chunks(rows, fields, bom=bom)


def _claims(run: Run) -> Iterator[dict[str, Any]]:
    """``claims.csv``'s rows: every claim of every event, in report order."""
    ids = {key: tally.event_id for key, tally in run.tallies.items()}
    return claim_rows(run.store.rows_of("accounts", ordered=True), run.keys, ids)


def _batches(rows: Iterable[dict[str, Any]], size: int = 2_000) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _write(
    target: Path, pieces: Iterable[str] | Iterable[bytes], staged: dict[Path, Path]
) -> dict[str, Any]:
    """Write one output to its staged temporary file; return its size and sha256.

    A failure names the output.
    """
    try:
        return write_chunks_synced(staged[target], pieces)
    except OSError as err:
        raise OutputError(f"{target}: cannot write ({err.strerror or err})") from err


def _checked_layer(layer_path: str | Path) -> tuple[gpd.GeoDataFrame, Boundaries]:
    """An incidents layer read back (perhaps edited), with the boundaries its ids refer to."""
    layer = read_layer(layer_path)
    boundaries = boundaries_for_layer(layer)  # the layer's country: its cached boundaries
    check_district_ids(layer, boundaries.districts["district_id"], where=str(layer_path))
    return layer, boundaries


def render_layer(
    layer_path: str | Path,
    output: str | Path,
    options: BuildOptions,
    aggregates: Sequence[dict[str, Any]] = (),
) -> None:
    """Draw the map of an incidents layer again (``incidentmap render``), without geoparsing.

    ``options`` gives the title (else one from the layer), basemap, minimum confidence
    and whether Leaflet is inlined (``options.recorded_options`` takes them from the
    build that wrote the layer); ``aggregates`` the wave's figures for the page's panel
    (``options.recorded_build``: they live in ``run.json``, no place can hold them).
    """
    layer, boundaries = _checked_layer(layer_path)
    min_confidence = (
        settings.min_confidence if options.min_confidence is None else options.min_confidence
    )
    m = map_from_incidents(
        layer, boundaries.districts, provinces=boundaries.provinces,
        title=options.title or title_from_places(layer), tiles=options.tiles,
        min_confidence=float(min_confidence), aggregates=aggregates,
        max_wave_claims=options.max_excerpts,
    )  # fmt: skip
    save_map(m, output, inline_assets=options.inline_assets)


def export_layer(
    layer_path: str | Path, fmt: str, out: str | Path | None = None, *, bom: bool = False
) -> Path:
    """Convert an incidents GeoJSON to ``csv``, ``gpkg``, ``kml`` or ``acled``; return the path.

    Parameters
    ----------
    layer_path
        An incidents layer (``incidents.geojson``, or one edited by hand).
    fmt
        One of ``export.EXPORT_FORMATS``, in any case.
    out
        The file to write; default the layer's path with the format's extension
        (``<layer>.acled.csv`` for ``acled``). Its folder must exist.
    bom
        CSV only: start with a UTF-8 byte-order mark, for Excel.

    Returns
    -------
    Path
        The file written (atomically: a failed export leaves no partial file).

    Raises
    ------
    InputError
        An unknown format, or a layer that cannot be read.
    ValidationError
        A feature of the layer is not a valid place.
    OutputError
        The output cannot be written; the message names ``out``.
    """
    fmt = fmt.lower()
    if fmt not in EXPORT_FORMATS:
        raise InputError(f"unknown export format {fmt!r}; use {', '.join(EXPORT_FORMATS)}")
    layer, boundaries = _checked_layer(layer_path)
    suffix = ".acled.csv" if fmt == "acled" else f".{fmt}"
    out_path = Path(out) if out else Path(layer_path).with_suffix(suffix)
    summary = districts_summary(layer, boundaries.districts) if fmt == "gpkg" else None
    return write_export(layer, fmt, out_path, summary=summary, title=Path(layer_path).stem, bom=bom)
