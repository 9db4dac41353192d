"""Compose the stages: reports -> mentions -> roles -> places -> districts -> outputs.

This is the only module that knows the order of the stages.
"""

from __future__ import annotations

import json
import logging
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from . import settings
from ._io import staged_outputs, write_chunks_synced
from ._validate import check_district_ids, check_districts_layer, check_places
from .corrections import apply_corrections, check_districts, find_corrections, load_corrections
from .dates import date_span, event_date, parse_iso
from .decide import decide_roles
from .districts import Boundaries, boundaries_for, boundaries_for_layer
from .errors import InputError, OutputError, ReportError
from .events import (
    ReportEvents,
    add_district_events,
    aggregate_records,
    csv_row,
    events_by_place,
    events_from_report,
    events_table,
)
from .export import (
    EXPORT_FORMATS,
    csv_chunks,
    layer_chunks,
    mention_rows,
    read_layer,
    write_export,
)
from .extract import mentions_from_report
from .geocode import load_gazetteer
from .geocode.base import IndexedGazetteer
from .geocode.local import LocalGazetteer
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
from .parallel import map_in_processes
from .places import districts_summary, places_from_mentions
from .render import map_from_incidents, map_html, save_map, title_from_places
from .report_cache import ReportCache, report_key
from .roles import roles_for_mentions
from .run_record import RunRecord, now
from .sources import Skipped, reports_from_paths, shown

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
    """Geoparse one report: its evidence, then the learned decision (the per-report unit)."""
    return decide_roles(report, evidence_from_report(report, gazetteer))


@dataclass(frozen=True, slots=True)
class GeoparseFailure:
    """A report whose geoparsing raised: the build skips it and says why.

    A plain record (not an exception), so that every backend (in-process, process pool,
    Dask) carries it back like a result.
    """

    reason: str


#: What geoparsing one report gives the build: its mentions, or why there are none.
Geoparsed = list[ResolvedMention] | GeoparseFailure


def _geoparse_or_failure(report: Report, gazetteer: LocalGazetteer) -> Geoparsed:
    """``geoparse_report``, but one odd report cannot fail a whole build."""
    try:
        return geoparse_report(report, gazetteer)
    except Exception as err:  # noqa: BLE001 - reported as a skipped report, not lost
        logger.warning("%s: geoparsing failed", report.path, exc_info=True)
        return GeoparseFailure(f"geoparsing failed ({type(err).__name__}: {err})")


def _geoparse_in_worker(report: Report) -> Geoparsed:
    return _geoparse_or_failure(report, load_gazetteer())


def geoparse_reports(
    reports: Sequence[Report],
    gazetteer: LocalGazetteer,
    *,
    workers: int = 1,
    progress: Progress | None = None,
    scheduler: Any = None,
) -> dict[str, Geoparsed]:
    """Geoparse every report, here, on ``workers`` processes or on a Dask cluster.

    With ``scheduler`` (a Dask scheduler address, ``"local"`` or a ``distributed.Client``)
    the reports run on a Dask cluster (``parallel.resolve_on_dask``). Results are keyed
    and ordered by the input order, so the output does not depend on which worker
    finished first.
    """
    if scheduler is not None:
        from .parallel import resolve_on_dask

        results: Sequence[Geoparsed] = resolve_on_dask(
            reports, _geoparse_or_failure, scheduler=scheduler,
            gazetteer_version=gazetteer.version, workers=workers,
        )  # fmt: skip
    elif workers > 1 and len(reports) > 1:
        chunk = max(1, len(reports) // (workers * 4))
        results = map_in_processes(_geoparse_in_worker, reports, workers=workers, chunksize=chunk)
    else:
        iterable: Iterable[Report] = progress(reports) if progress else reports
        return {r.doc_id: _geoparse_or_failure(r, gazetteer) for r in iterable}
    return {r.doc_id: res for r, res in zip(reports, results, strict=True)}


#: Wraps the reports as they are geoparsed (a progress bar on a terminal).
Progress = Callable[[Iterable[Report]], Iterable[Report]]


@dataclass
class BuildResult:
    """What a build produced, for the CLI to report and tests to inspect."""

    reports: list[Report]
    skipped: list[SkippedReport]
    places: gpd.GeoDataFrame
    summary: gpd.GeoDataFrame
    rows: list[dict[str, Any]]
    record: RunRecord
    outputs: dict[str, Path] = field(default_factory=dict)
    boundaries: Boundaries | None = None
    #: One row per event (``events.csv``), and each report's own account of its events.
    events: pd.DataFrame = field(default_factory=pd.DataFrame)
    accounts: dict[str, ReportEvents] = field(default_factory=dict)

    @property
    def run(self) -> dict[str, Any]:
        """The run record as ``run.json`` holds it."""
        return self.record.as_dict()


def analyse(
    sources: Sequence[str | Path],
    options: BuildOptions | None = None,
    *,
    progress: Progress | None = None,
) -> BuildResult:
    """Read, geoparse and aggregate; no files written (``build`` and ``eval`` share this).

    The steps, in order: read the reports; geoparse them (unchanged ones from the
    per-report cache); choose the boundaries of the country they are about; with
    ``online``, let an online geocoder place what the offline gazetteer could not; apply
    an analyst's ``corrections.csv``; keep the ``since``/``until`` window; aggregate
    places, districts and the mention table; find the events. Each step fills in the
    run record.
    """
    options = options or BuildOptions()
    _check_online(options)
    record = RunRecord()
    with record.timed("read"):
        reports, skipped = _read(sources, options)
    with record.timed("gazetteer"):
        gazetteer = load_gazetteer()
    with record.timed("geoparse"):
        geoparsed = _geoparse_cached(reports, gazetteer, options, record, progress)
        reports, resolved = _drop_failures(reports, geoparsed, skipped, strict=options.strict)
    by_id = {r.doc_id: r for r in reports}
    with record.timed("districts"):
        boundaries = boundaries_for(reports_country(resolved))
    if options.online:
        with record.timed("online"):
            resolved, record.online = _geocode_online(resolved, boundaries.districts, options)
    with record.timed("districts"):
        resolved = _corrected(resolved, sources, boundaries, record)
        filtered = _outside_window(resolved, by_id, options, record)
        places, summary, rows = _aggregate(resolved, by_id, boundaries, filtered)
    with record.timed("events"):
        accounts, events = _events(resolved, by_id, places, summary)
    record.reports, record.skipped = reports, skipped
    record.gazetteer = {"gazetteer_version": gazetteer.version,
                        "gazetteer_inputs": gazetteer.sources}  # fmt: skip
    record.districts = boundaries.source
    record.scheduler = _scheduler_name(options.scheduler)
    _count(record, rows, places, summary, events)
    record.aggregates = aggregate_records(accounts.values())
    return BuildResult(
        reports, skipped, places, summary, rows, record, boundaries=boundaries,
        events=events, accounts=accounts,
    )  # fmt: skip


def _check_online(options: BuildOptions) -> None:
    """Refuse a geocoder setting that cannot work (a sample user agent), before any work."""
    if options.online and (options.geocoder is None or isinstance(options.geocoder, str)):
        from .geocode.nominatim import check_geocoder

        check_geocoder(options.geocoder, user_agent=options.user_agent)


def _read(sources: Sequence[str | Path], options: BuildOptions) -> tuple[list[Report], Skipped]:
    """The reports under ``sources``; one unreadable is fatal with ``strict``, none read always."""
    reports, skipped = reports_from_paths(sources, follow_symlinks=options.follow_symlinks)
    if options.strict and skipped:
        raise ReportError(skipped[0].path, skipped[0].reason)
    if not reports:
        where = ", ".join(str(s) for s in sources)
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3])
        raise InputError(f"no readable reports in {where}" + (f" ({reasons})" if reasons else ""))
    return reports, skipped


def _drop_failures(
    reports: list[Report], geoparsed: Mapping[str, Geoparsed], skipped: Skipped, *, strict: bool
) -> tuple[list[Report], dict[str, list[ResolvedMention]]]:
    """Reports whose geoparsing failed become skipped reports (or, with ``strict``, the error)."""
    kept, resolved = [], {}
    for report in reports:
        result = geoparsed[report.doc_id]
        if isinstance(result, GeoparseFailure):
            if strict:
                raise ReportError(report.path, result.reason)
            skipped.append(SkippedReport(report.path, result.reason))
            continue
        kept.append(report)
        resolved[report.doc_id] = result
    return kept, resolved


def _scheduler_name(scheduler: Any) -> str | None:
    if scheduler is None:
        return None
    from .parallel import describe_scheduler

    return describe_scheduler(scheduler)


def _corrected(
    resolved: dict[str, list[ResolvedMention]],
    sources: Sequence[str | Path],
    boundaries: Boundaries,
    record: RunRecord,
) -> dict[str, list[ResolvedMention]]:
    """An analyst's ``corrections.csv`` in a report folder, applied to every mention."""
    files = find_corrections(sources)
    corrections = [c for path in files for c in load_corrections(path)]
    check_districts(corrections, set(boundaries.districts["district"]))
    if corrections:
        resolved = {d: apply_corrections(items, corrections) for d, items in resolved.items()}
    changed = sum(
        1 for items in resolved.values() for r in items if "corrected_by_analyst" in r.factors
    )
    record.corrections = {"files": [shown(p) for p in files], "rows": len(corrections),
                          "mentions_changed": changed}  # fmt: skip
    return resolved


def _aggregate(
    resolved: Mapping[str, Sequence[ResolvedMention]],
    reports: Mapping[str, Report],
    boundaries: Boundaries,
    filtered: Mapping[ResolvedMention, str],
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame, list[dict[str, Any]]]:
    """The layer (places outside the window left out), the district summary, the mention rows."""
    kept = resolved
    if filtered:
        kept = {d: [r for r in items if r not in filtered] for d, items in resolved.items()}
    districts = boundaries.districts
    check_districts_layer(districts, where=str(boundaries.source.get("file")))
    places = places_from_mentions(kept, reports, districts)
    check_places(places, where="places", district_ids=districts["district_id"])
    summary = districts_summary(places, districts)
    rows = mention_rows(resolved, reports, places, filtered=filtered)
    return places, summary, rows


def _count(
    record: RunRecord,
    rows: Sequence[Mapping[str, Any]],
    places: gpd.GeoDataFrame,
    summary: gpd.GeoDataFrame,
    events: pd.DataFrame,
) -> None:
    """The run record's counts of what was found."""
    counts = record.counts
    counts.mentions_found = len(rows)
    counts.mentions_resolved = sum(1 for r in rows if r.get("status") == "resolved")
    counts.mentions_filtered = sum(1 for r in rows if r.get("status") == "filtered")
    counts.mentions_in_layer = int(places["n_mentions"].sum()) if len(places) else 0
    counts.places = len(places)
    counts.incident_places = int((places["role"] == "incident").sum()) if len(places) else 0
    counts.districts_with_incidents = int((summary["n_incident_places"] > 0).sum())
    counts.events = len(events)


def _events(
    resolved: Mapping[str, Sequence[ResolvedMention]],
    reports: Mapping[str, Report],
    places: gpd.GeoDataFrame,
    summary: gpd.GeoDataFrame,
) -> tuple[dict[str, ReportEvents], pd.DataFrame]:
    """Each report's events, and the events table they merge into.

    The layer and the district summary gain them: a place's ``events``, a district's
    ``n_events`` and ``fatalities``.
    """
    accounts = {d: events_from_report(reports[d], items) for d, items in resolved.items()}
    events = events_table(accounts.values(), places, reports)
    by_place = events_by_place(events)
    places["events"] = [by_place.get(str(place_id), []) for place_id in places.index]
    add_district_events(summary, events)
    return accounts, events


def _geoparse_cached(
    reports: Sequence[Report],
    gazetteer: LocalGazetteer,
    options: BuildOptions,
    record: RunRecord,
    progress: Progress | None,
) -> dict[str, Geoparsed]:
    """``geoparse_reports`` on the reports the per-report cache does not hold, in input order."""
    how = {"workers": options.workers, "scheduler": options.scheduler, "progress": progress}
    if not options.use_cache:
        record.counts.reports_parsed = len(reports)
        return geoparse_reports(reports, gazetteer, **how)
    cache = ReportCache()
    keys = {r.doc_id: report_key(r, gazetteer.version) for r in reports}
    cached = {r.doc_id: cache.get(keys[r.doc_id]) for r in reports}
    missing = [r for r in reports if cached[r.doc_id] is None]
    fresh = geoparse_reports(missing, gazetteer, **how) if missing else {}
    for doc_id, items in fresh.items():
        if not isinstance(items, GeoparseFailure):
            cache.put(keys[doc_id], items)
    record.counts.reports_parsed, record.counts.reports_from_cache = cache.misses, cache.hits
    return {r.doc_id: _cached_or(cached[r.doc_id], fresh, r.doc_id) for r in reports}


def _cached_or(cached: Geoparsed | None, fresh: Mapping[str, Geoparsed], doc_id: str) -> Geoparsed:
    # A report with no mention is cached as an empty list: not a miss.
    return cached if cached is not None else fresh[doc_id]


def _outside_window(
    resolved: Mapping[str, Sequence[ResolvedMention]],
    reports: Mapping[str, Report],
    options: BuildOptions,
    record: RunRecord,
) -> dict[ResolvedMention, str]:
    """The placed mentions whose event date lies outside the window, with the reason.

    They leave the layer and stay in ``mentions.csv`` as ``filtered`` rows (not
    ``unresolved``: they were placed). A month-level date ("in December") is inside
    when any day of its month is; a mention with no date at all is kept.
    """
    since, until = options.since, options.until
    if not (since or until):
        return {}
    record.time_window = {"since": since, "until": until}
    first = parse_iso(since) or date.min
    last = parse_iso(until) or date.max
    outside: dict[ResolvedMention, str] = {}
    for doc_id, items in resolved.items():
        report = reports[doc_id]
        for r in items:
            if r.entry is None:
                continue
            sentence = report.text[r.mention.sentence_start : r.mention.sentence_end]
            when, precision = event_date(sentence, report.published)
            span = date_span(when, precision)
            if span is not None and (span[1] < first or span[0] > last):
                outside[r] = (
                    f"outside the time window ({since or '...'} to {until or '...'}): "
                    f"event date {when} ({precision})"
                )
    return outside


def reports_country(resolved: Mapping[str, Sequence[ResolvedMention]]) -> str | None:
    """The country (ISO alpha-2) most incident mentions lie in (else most mentions)."""
    incident: Counter[str] = Counter()
    every: Counter[str] = Counter()
    for items in resolved.values():
        for r in items:
            if r.entry is None or r.mention.in_name:
                continue
            every[r.entry.country] += 1
            if r.role == "incident":
                incident[r.entry.country] += 1
    counts = incident or every
    return counts.most_common(1)[0][0] if counts else None


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
        Wraps the report iterable (a progress bar on a terminal).

    Returns
    -------
    BuildResult
        What was read, found and written.
    """
    options = options or BuildOptions()
    result = analyse(sources, options, progress=progress)
    result.outputs = _write_outputs(result, Path(outdir), options)
    return result


#: The files ``build`` writes into OUTDIR, by role.
OUTPUT_FILES = {
    "incidents": "incidents.geojson",
    "districts": "districts.geojson",
    "mentions": "mentions.csv",
    "events": "events.csv",
    "map": "map.html",
    "run": "run.json",
}


def _write_outputs(result: BuildResult, out: Path, options: BuildOptions) -> dict[str, Path]:
    """Write every output, all replaced together or none (see ``_io.staged_outputs``).

    Each output is written in full to a hidden temporary file in OUTDIR and only then
    renamed over the old one: a failed or killed build leaves the previous outputs as
    they were. The layers and the tables go out in pieces, a feature or a few thousand
    rows at a time, so that no output is held whole; ``run.json`` goes last, with the
    size and sha256 of every other output.
    """
    clock = time.perf_counter()
    boundaries = result.boundaries or boundaries_for(None)
    title = options.title or default_title(result.reports)
    min_confidence = (
        settings.min_confidence if options.min_confidence is None else options.min_confidence
    )
    record = result.record
    record.options = options.record(title=title, min_confidence=min_confidence)
    outputs = {name: out / file for name, file in OUTPUT_FILES.items()}
    page = map_html(
        map_from_incidents(
            result.places, boundaries.districts, provinces=boundaries.provinces, title=title,
            tiles=options.tiles, min_confidence=min_confidence,
        ),
        inline_assets=options.inline_assets,
    )  # fmt: skip
    bom = options.csv_bom
    chunks: dict[str, Iterable[str]] = {
        "incidents": layer_chunks(result.places, INCIDENT_FIELDS),
        "districts": layer_chunks(result.summary, DISTRICT_FIELDS),
        "mentions": csv_chunks(result.rows, CSV_FIELDS, bom=bom),
        "events": csv_chunks(map(csv_row, result.events.to_dict("records")), EVENT_FIELDS, bom=bom),
        "map": [page],
    }
    record.outputs = {}
    try:
        with staged_outputs(outputs.values()) as staged:
            for name, pieces in chunks.items():
                record.outputs[outputs[name].name] = _write(outputs[name], pieces, staged)
            record.timings["write"] = time.perf_counter() - clock
            record.finished = now()
            run_text = json.dumps(record.as_dict(), ensure_ascii=False, indent=2) + "\n"
            _write(outputs["run"], [run_text], staged)
    except OutputError:
        raise
    except OSError as err:
        raise OutputError(f"{out}: cannot write the outputs ({err.strerror or err})") from err
    return outputs


def _write(target: Path, pieces: Iterable[str], staged: dict[Path, Path]) -> dict[str, Any]:
    """Write one output to its staged temporary file; return its size and sha256.

    A failure names the output.
    """
    try:
        return write_chunks_synced(staged[target], pieces)
    except OSError as err:
        raise OutputError(f"{target}: cannot write ({err.strerror or err})") from err


def default_title(reports: Sequence[Report]) -> str:
    """A title from the reports: the single report's title, or a count and date span."""
    if len(reports) == 1 and reports[0].title:
        return reports[0].title
    dates = sorted(r.published for r in reports if r.published)
    span = ""
    if dates:
        span = f", {dates[0]}" if dates[0] == dates[-1] else f", {dates[0]} to {dates[-1]}"
    return f"Incidents from {len(reports)} reports{span}"


def _checked_layer(layer_path: str | Path) -> tuple[gpd.GeoDataFrame, Boundaries]:
    """An incidents layer read back (perhaps edited), with the boundaries its ids refer to."""
    layer = read_layer(layer_path)
    boundaries = boundaries_for_layer(layer)  # the layer's country: its cached boundaries
    check_district_ids(layer, boundaries.districts["district_id"], where=str(layer_path))
    return layer, boundaries


def render_layer(layer_path: str | Path, output: str | Path, options: BuildOptions) -> None:
    """Draw the map of an incidents layer again (``incidentmap render``), without geoparsing.

    ``options`` gives the title (else one from the layer), basemap, minimum confidence
    and whether Leaflet is inlined (``options.recorded_options`` takes them from the
    build that wrote the layer).
    """
    layer, boundaries = _checked_layer(layer_path)
    min_confidence = (
        settings.min_confidence if options.min_confidence is None else options.min_confidence
    )
    m = map_from_incidents(
        layer, boundaries.districts, provinces=boundaries.provinces,
        title=options.title or title_from_places(layer), tiles=options.tiles,
        min_confidence=float(min_confidence),
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
