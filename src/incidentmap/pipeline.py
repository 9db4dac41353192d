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
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from . import __version__, settings
from ._data import file_digest, geodata_file
from ._io import staged_outputs, write_chunks_synced
from ._validate import check_districts_layer, check_places
from .corrections import apply_corrections, check_districts, find_corrections, load_corrections
from .dates import date_span, event_date, parse_iso
from .decide import decide_roles
from .districts import Boundaries, boundaries_for
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
from .export import csv_chunks, layer_chunks, mention_rows
from .extract import mentions_from_report
from .geocode import load_gazetteer
from .geocode.local import LocalGazetteer
from .geocode.online import OnlineGazetteer
from .geocode.resolve import resolve_mentions
from .incremental import ReportCache, report_key
from .layer import districts_summary, places_from_mentions
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
from .parallel import map_in_processes
from .render import map_from_incidents, map_html
from .roles import roles_for_mentions
from .sources import Skipped, reports_from_paths, shown

logger = logging.getLogger(__name__)


def evidence_from_report(report: Report, gazetteer: LocalGazetteer) -> list[ResolvedMention]:
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


def resolved_mentions_from_report(
    report: Report, gazetteer: LocalGazetteer
) -> list[ResolvedMention]:
    """Geoparse one report: its evidence, then the learned decision (the per-report unit)."""
    return decide_roles(report, evidence_from_report(report, gazetteer))


class GeoparseFailure(list[ResolvedMention]):
    """The (empty) result of a report whose geoparsing raised; the build skips it, with why.

    A list, so that every backend (in-process, process pool, Dask) carries it unchanged.
    """

    def __init__(self, reason: str) -> None:
        super().__init__()
        self.reason = reason


def geoparse_report(report: Report, gazetteer: LocalGazetteer) -> list[ResolvedMention]:
    """``resolved_mentions_from_report``, but one odd report cannot fail a whole build."""
    try:
        return resolved_mentions_from_report(report, gazetteer)
    except Exception as err:  # noqa: BLE001 - reported as a skipped report, not lost
        logger.warning("%s: geoparsing failed", report.path, exc_info=True)
        return GeoparseFailure(f"geoparsing failed ({type(err).__name__}: {err})")


def _worker(report: Report) -> list[ResolvedMention]:
    return geoparse_report(report, load_gazetteer())


def resolve_reports(
    reports: Sequence[Report],
    gazetteer: LocalGazetteer,
    *,
    workers: int = 1,
    progress: Callable[[Iterable[Report]], Iterable[Report]] | None = None,
    scheduler: Any = None,
) -> dict[str, list[ResolvedMention]]:
    """Resolved mentions per doc_id; ``workers`` > 1 spreads reports over processes.

    With ``scheduler`` (a Dask scheduler address, ``"local"`` or a ``distributed.Client``)
    the reports run on a Dask cluster instead (``parallel.resolve_on_dask``). Results are
    keyed and ordered by the input order, so the output does not depend on which worker
    finished first.
    """
    if scheduler is not None:
        from .parallel import resolve_on_dask

        results = resolve_on_dask(
            reports, geoparse_report, scheduler=scheduler,
            gazetteer_version=gazetteer.version, workers=workers,
        )  # fmt: skip
        return {r.doc_id: res for r, res in zip(reports, results, strict=True)}
    if workers > 1 and len(reports) > 1:
        chunk = max(1, len(reports) // (workers * 4))
        results = map_in_processes(_worker, reports, workers=workers, chunksize=chunk)
        return {r.doc_id: res for r, res in zip(reports, results, strict=True)}
    iterable: Iterable[Report] = progress(reports) if progress else reports
    return {r.doc_id: geoparse_report(r, gazetteer) for r in iterable}


@dataclass
class BuildResult:
    """What a build produced, for the CLI to report and tests to inspect."""

    reports: list[Report]
    skipped: list[SkippedReport]
    places: gpd.GeoDataFrame
    summary: gpd.GeoDataFrame
    rows: list[dict[str, Any]]
    run: dict[str, Any]
    outputs: dict[str, Path] = field(default_factory=dict)
    boundaries: Boundaries | None = None
    #: One row per event (``events.csv``), and each report's own account of its events.
    events: pd.DataFrame = field(default_factory=pd.DataFrame)
    accounts: dict[str, ReportEvents] = field(default_factory=dict)


def analyse(
    sources: Sequence[str | Path],
    *,
    strict: bool = False,
    workers: int = 1,
    progress: Callable[[Iterable[Report]], Iterable[Report]] | None = None,
    scheduler: Any = None,
    online: bool = False,
    geocoder: str | OnlineGazetteer | None = None,
    user_agent: str | None = None,
    since: str | None = None,
    until: str | None = None,
    use_cache: bool = True,
    follow_symlinks: bool = True,
) -> BuildResult:
    """Read, geoparse and aggregate; no files written (``build`` and ``eval`` share this).

    With ``online``, mentions the offline gazetteer could not place go to an online
    geocoder (``geocoder``: a name or server URL, or a backend instance the caller
    owns), after offline resolution and before the district join. An analyst's
    ``corrections.csv`` in a report folder is applied next, then the ``since``/``until``
    window (ISO dates, inclusive) on each mention's event date. With ``use_cache``,
    reports unchanged since an earlier run are taken from the per-report cache. Without
    ``follow_symlinks``, symbolic links in a report folder are listed as skipped.
    """
    if online and (geocoder is None or isinstance(geocoder, str)):
        from .geocode.nominatim import check_geocoder

        check_geocoder(geocoder, user_agent=user_agent)  # before any work, not after
    started = datetime.now(UTC).isoformat(timespec="seconds")
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    reports, skipped = reports_from_paths(sources, follow_symlinks=follow_symlinks)
    if strict and skipped:
        raise ReportError(skipped[0].path, skipped[0].reason)
    if not reports:
        where = ", ".join(str(s) for s in sources)
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in skipped[:3])
        raise InputError(f"no readable reports in {where}" + (f" ({reasons})" if reasons else ""))
    timings["read"] = time.perf_counter() - clock
    clock = time.perf_counter()
    gazetteer = load_gazetteer()
    timings["gazetteer"] = time.perf_counter() - clock
    clock = time.perf_counter()
    cache = ReportCache() if use_cache else None
    resolved = _resolve_incrementally(
        reports, gazetteer, cache, workers=workers, progress=progress, scheduler=scheduler
    )
    failed = {d: r.reason for d, r in resolved.items() if isinstance(r, GeoparseFailure)}
    if failed:
        if strict:
            first = next(r for r in reports if r.doc_id in failed)
            raise ReportError(first.path, failed[first.doc_id])
        skipped.extend(
            SkippedReport(r.path, failed[r.doc_id]) for r in reports if r.doc_id in failed
        )
        reports = [r for r in reports if r.doc_id not in failed]
        resolved = {d: items for d, items in resolved.items() if d not in failed}
    timings["geoparse"] = time.perf_counter() - clock
    clock = time.perf_counter()
    by_id = {r.doc_id: r for r in reports}
    boundaries = boundaries_for(reports_country(resolved))
    online_record = None
    if online:
        online_clock = time.perf_counter()
        resolved, online_record = _geocode_online(
            resolved, by_id, boundaries.districts, geocoder=geocoder, user_agent=user_agent
        )
        timings["online"] = time.perf_counter() - online_clock
    correction_files = find_corrections(sources)
    corrections = [c for path in correction_files for c in load_corrections(path)]
    check_districts(corrections, set(boundaries.districts["district"]))
    if corrections:
        resolved = {d: apply_corrections(items, corrections) for d, items in resolved.items()}
    filtered = _outside_window(resolved, by_id, since, until) if since or until else {}
    kept = resolved
    if filtered:
        kept = {d: [r for r in items if r not in filtered] for d, items in resolved.items()}
    districts = boundaries.districts
    check_districts_layer(districts, where=str(boundaries.source.get("file")))
    places = places_from_mentions(kept, by_id, districts)
    check_places(places, where="places", district_ids=districts["district_id"])
    summary = districts_summary(places, districts)
    rows = mention_rows(resolved, by_id, places, filtered=filtered)
    timings["districts"] = time.perf_counter() - clock - timings.get("online", 0.0)
    clock = time.perf_counter()
    accounts, events = _events(resolved, by_id, places, summary)
    timings["events"] = time.perf_counter() - clock
    run = _run_record(reports, skipped, rows, places, summary, gazetteer, timings)
    run["started"] = started
    run["data"]["districts"] = boundaries.source
    run["counts"]["reports_parsed"] = cache.misses if cache else len(reports)
    run["counts"]["reports_from_cache"] = cache.hits if cache else 0
    run["corrections"] = {
        "files": [shown(p) for p in correction_files],
        "rows": len(corrections),
        "mentions_changed": sum(
            1 for items in resolved.values() for r in items if "corrected_by_analyst" in r.factors
        ),
    }
    if since or until:
        run["time_window"] = {"since": since, "until": until}
    if online_record is not None:
        run["online"] = online_record
    if scheduler is not None:
        from .parallel import describe_scheduler

        run["scheduler"] = describe_scheduler(scheduler)
    run["counts"]["events"] = len(events)
    run["aggregates"] = aggregate_records(accounts.values())
    return BuildResult(
        reports, skipped, places, summary, rows, run, boundaries=boundaries,
        events=events, accounts=accounts,
    )  # fmt: skip


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


def _resolve_incrementally(
    reports: Sequence[Report],
    gazetteer: LocalGazetteer,
    cache: ReportCache | None,
    **options: Any,
) -> dict[str, list[ResolvedMention]]:
    """``resolve_reports`` on the reports the cache does not hold, in the input order."""
    if cache is None:
        return resolve_reports(reports, gazetteer, **options)
    keys = {r.doc_id: report_key(r, gazetteer.version) for r in reports}
    cached = {r.doc_id: cache.get(keys[r.doc_id]) for r in reports}
    missing = [r for r in reports if cached[r.doc_id] is None]
    fresh = resolve_reports(missing, gazetteer, **options) if missing else {}
    for doc_id, items in fresh.items():
        if not isinstance(items, GeoparseFailure):
            cache.put(keys[doc_id], items)
    return {r.doc_id: _cached_or(cached[r.doc_id], fresh, r.doc_id) for r in reports}


def _cached_or(
    cached: list[ResolvedMention] | None, fresh: Mapping[str, list[ResolvedMention]], doc_id: str
) -> list[ResolvedMention]:
    return cached if cached is not None else fresh[doc_id]


def _outside_window(
    resolved: Mapping[str, Sequence[ResolvedMention]],
    reports: Mapping[str, Report],
    since: str | None,
    until: str | None,
) -> dict[ResolvedMention, str]:
    """The placed mentions whose event date lies outside the window, with the reason.

    They leave the layer and stay in ``mentions.csv`` as ``filtered`` rows (not
    ``unresolved``: they were placed). A month-level date ("in December") is inside
    when any day of its month is; a mention with no date at all is kept.
    """
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
    reports: Mapping[str, Report],
    districts: gpd.GeoDataFrame,
    *,
    geocoder: str | OnlineGazetteer | None,
    user_agent: str | None,
) -> tuple[dict[str, list[ResolvedMention]], dict[str, Any]]:
    """The online step (``geocode.online``), with a backend opened and closed here."""
    from .geocode.nominatim import nominatim_from_spec
    from .geocode.online import geocode_unresolved

    if geocoder is None or isinstance(geocoder, str):
        with nominatim_from_spec(geocoder, user_agent=user_agent) as backend:
            return geocode_unresolved(resolved, reports, backend, districts)
    return geocode_unresolved(resolved, reports, geocoder, districts)


def build(
    sources: Sequence[str | Path],
    outdir: str | Path,
    *,
    title: str | None = None,
    min_confidence: float | None = None,
    strict: bool = False,
    workers: int = 1,
    inline_assets: bool = True,
    tiles: str = "cartodbpositron",
    progress: Callable[[Iterable[Report]], Iterable[Report]] | None = None,
    scheduler: Any = None,
    online: bool = False,
    geocoder: str | OnlineGazetteer | None = None,
    user_agent: str | None = None,
    since: str | None = None,
    until: str | None = None,
    use_cache: bool = True,
    csv_bom: bool = False,
    follow_symlinks: bool = True,
) -> BuildResult:
    """Build every output of the SPEC into ``outdir``.

    Parameters
    ----------
    sources
        Report files and folders.
    outdir
        Output folder (created if needed); existing outputs are replaced atomically.
    title
        Map title; default from the reports.
    min_confidence
        Incident places below it are drawn in the hidden low layer (default from settings).
    strict
        Fail on the first unreadable report instead of skipping it.
    workers
        Processes for the per-report work (of the LocalCluster when ``scheduler`` is
        ``"local"``).
    inline_assets
        Embed Leaflet in the page so that it opens with no network (the default);
        False links it from a CDN (a lighter page).
    tiles
        Basemap name, URL template, or ``none``.
    progress
        Wraps the report iterable (a progress bar on a terminal).
    scheduler
        Run the per-report work on Dask: a scheduler address, ``"local"`` or a
        ``distributed.Client``; None runs it here (see ``incidentmap.parallel``).
    online
        Let an online geocoder place what the offline gazetteer cannot (off by default).
    geocoder
        ``nominatim`` (default ``settings.geocoder``), a Nominatim server URL, or a
        backend instance.
    user_agent
        User agent for the geocoder (default ``settings.user_agent``).
    since, until
        Keep only mentions whose event date lies in this window (ISO dates, inclusive);
        the others stay in ``mentions.csv`` as ``filtered`` rows with the reason.
    use_cache
        Take reports unchanged since an earlier run from the per-report cache.
    csv_bom
        Start ``mentions.csv`` with a UTF-8 byte-order mark, so that Excel reads it
        right (``--excel``).
    follow_symlinks
        Read what symbolic links in a report folder lead to (one leading out of the
        folder with a warning); False lists each link as skipped.

    Returns
    -------
    BuildResult
        What was read, found and written.
    """
    min_confidence = settings.min_confidence if min_confidence is None else min_confidence
    result = analyse(
        sources, strict=strict, workers=workers, progress=progress, scheduler=scheduler,
        online=online, geocoder=geocoder, user_agent=user_agent, since=since, until=until,
        use_cache=use_cache, follow_symlinks=follow_symlinks,
    )  # fmt: skip
    boundaries = result.boundaries or boundaries_for(None)
    # Write phase: every output is written in full to a hidden temporary file in OUTDIR,
    # and only then renamed over the outputs (``staged_outputs``): a failed or killed build
    # leaves the previous outputs as they were. The layers and the table go out in pieces,
    # a feature or a few thousand rows at a time, so that no output is held whole.
    out = Path(outdir)
    clock = time.perf_counter()
    title = title or default_title(result.reports)
    outputs = {name: out / file for name, file in OUTPUT_FILES.items()}
    page = map_html(
        map_from_incidents(
            result.places, boundaries.districts, provinces=boundaries.provinces, title=title,
            tiles=tiles, min_confidence=min_confidence, aggregates=result.run["aggregates"],
        ),
        inline_assets=inline_assets,
    )  # fmt: skip
    chunks: dict[str, Iterable[str]] = {
        "incidents": layer_chunks(result.places, INCIDENT_FIELDS),
        "districts": layer_chunks(result.summary, DISTRICT_FIELDS),
        "mentions": csv_chunks(result.rows, CSV_FIELDS, bom=csv_bom),
        "events": csv_chunks(
            map(csv_row, result.events.to_dict("records")), EVENT_FIELDS, bom=csv_bom
        ),
        "map": [page],
    }
    result.run["options"] = {
        "title": title,
        "min_confidence": min_confidence,
        "strict": strict,
        "workers": workers,
        "inline_assets": inline_assets,
        "tiles": tiles,
        "csv_bom": csv_bom,
    }
    written: dict[str, dict[str, Any]] = {}
    result.run["outputs"] = written
    try:
        with staged_outputs(outputs.values()) as staged:
            for name, pieces in chunks.items():
                written[outputs[name].name] = _write(outputs[name], pieces, staged)
            result.run["timings"]["write"] = round(time.perf_counter() - clock, 4)
            result.run["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
            run_text = json.dumps(result.run, ensure_ascii=False, indent=2) + "\n"
            _write(outputs["run"], [run_text], staged)
    except OutputError:
        raise
    except OSError as err:
        raise OutputError(f"{out}: cannot write the outputs ({err.strerror or err})") from err
    result.outputs = outputs
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


def _run_record(
    reports: Sequence[Report],
    skipped: Sequence[SkippedReport],
    rows: Sequence[dict[str, Any]],
    places: gpd.GeoDataFrame,
    summary: gpd.GeoDataFrame,
    gazetteer: LocalGazetteer,
    timings: dict[str, float],
) -> dict[str, Any]:
    """Describe the run for ``run.json``: what was read, skipped, found and resolved.

    The counts reconcile: ``mentions_found = mentions_resolved + mentions_unresolved +
    mentions_filtered`` (placed, but outside the ``--since``/``--until`` window),
    and ``mentions_resolved`` equals ``mentions_in_layer``, the sum of ``n_mentions`` over
    the layer's features (every resolved mention is in the layer; every other mention is
    an unresolved row of ``mentions.csv``).
    """
    resolved = sum(1 for r in rows if r.get("status") == "resolved")
    filtered = sum(1 for r in rows if r.get("status") == "filtered")
    incident = int((places["role"] == "incident").sum()) if len(places) else 0
    in_layer = int(places["n_mentions"].sum()) if len(places) else 0
    warnings = skipped.warnings if isinstance(skipped, Skipped) else []
    return {
        "incidentmap": __version__,
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "read": [
            {
                "doc_id": r.doc_id,
                "path": r.path,
                "title": r.title,
                "url": r.url,
                "published": r.published,
                "characters": len(r.text),
            }
            for r in reports
        ],
        "skipped": [{"path": s.path, "reason": s.reason} for s in skipped],
        "warnings": [{"path": w.path, "reason": w.reason} for w in warnings],
        "counts": {
            "reports_read": len(reports),
            "reports_skipped": len(skipped),
            "reports_with_warnings": len({w.path for w in warnings}),
            "mentions_found": len(rows),
            "mentions_resolved": resolved,
            "mentions_unresolved": len(rows) - resolved - filtered,
            "mentions_filtered": filtered,
            "mentions_in_layer": in_layer,
            "places": len(places),
            "incident_places": incident,
            "context_places": len(places) - incident,
            "districts_with_incidents": int((summary["n_incident_places"] > 0).sum()),
        },
        "data": {
            "gazetteer_version": gazetteer.version,
            "gazetteer_inputs": gazetteer.sources,
            "districts": {
                "file": "pak_adm2.geojson",
                "sha256": file_digest(geodata_file("pak_adm2.geojson")),
            },
        },
        "timings": {k: round(v, 4) for k, v in timings.items()},
    }
