"""Compose the stages: reports -> mentions -> roles -> places -> districts -> outputs.

This is the only module that knows the order of the stages.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import geopandas as gpd

from . import __version__, settings
from ._data import file_digest, geodata_file
from .districts import load_districts, load_provinces
from .errors import InputError, ReportError
from .export import mention_rows, write_districts, write_incidents, write_json, write_mentions_csv
from .extract import mentions_from_report
from .geocode import load_gazetteer
from .geocode.local import LocalGazetteer
from .geocode.resolve import resolve_mentions
from .layer import districts_summary, places_from_mentions
from .models import Report, ResolvedMention, SkippedReport
from .render import map_from_incidents, save_map
from .roles import roles_for_mentions
from .sources import reports_from_paths

logger = logging.getLogger(__name__)
COARSE = frozenset({"country", "province"})


def resolved_mentions_from_report(
    report: Report, gazetteer: LocalGazetteer
) -> list[ResolvedMention]:
    """Run extraction, roles and resolution on one report (the per-report unit of work)."""
    mentions = mentions_from_report(report, gazetteer)
    coarse = [
        bool(m.candidates) and all(gazetteer.entries[c].kind in COARSE for c in m.candidates)
        for m in mentions
    ]
    roled = roles_for_mentions(report.text, mentions, coarse=coarse)
    return resolve_mentions(report, roled, gazetteer)


def _worker(report: Report) -> list[ResolvedMention]:
    return resolved_mentions_from_report(report, load_gazetteer())


def resolve_reports(
    reports: Sequence[Report],
    gazetteer: LocalGazetteer,
    *,
    workers: int = 1,
    progress: Callable[[Iterable[Report]], Iterable[Report]] | None = None,
) -> dict[str, list[ResolvedMention]]:
    """Resolved mentions per doc_id; ``workers`` > 1 spreads reports over processes.

    Results are keyed and ordered by the input order, so the output does not depend on
    which worker finished first.
    """
    if workers > 1 and len(reports) > 1:
        with ProcessPoolExecutor(max_workers=workers) as pool:
            results = list(pool.map(_worker, reports, chunksize=max(1, len(reports) // (workers * 4))))
        return {r.doc_id: res for r, res in zip(reports, results, strict=True)}
    iterable: Iterable[Report] = progress(reports) if progress else reports
    return {r.doc_id: resolved_mentions_from_report(r, gazetteer) for r in iterable}


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


def analyse(
    sources: Sequence[str | Path],
    *,
    strict: bool = False,
    workers: int = 1,
    progress: Callable[[Iterable[Report]], Iterable[Report]] | None = None,
) -> BuildResult:
    """Read, geoparse and aggregate; no files written (``build`` and ``eval`` share this)."""
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    reports, skipped = reports_from_paths(sources)
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
    resolved = resolve_reports(reports, gazetteer, workers=workers, progress=progress)
    timings["geoparse"] = time.perf_counter() - clock
    clock = time.perf_counter()
    by_id = {r.doc_id: r for r in reports}
    districts = load_districts()
    places = places_from_mentions(resolved, by_id, districts)
    summary = districts_summary(places, districts)
    rows = mention_rows(resolved, by_id, places)
    timings["districts"] = time.perf_counter() - clock
    run = _run_record(reports, skipped, rows, places, summary, gazetteer, timings)
    return BuildResult(reports, skipped, places, summary, rows, run)


def build(
    sources: Sequence[str | Path],
    outdir: str | Path,
    *,
    title: str | None = None,
    min_confidence: float | None = None,
    strict: bool = False,
    workers: int = 1,
    inline_assets: bool = False,
    tiles: str = "cartodbpositron",
    progress: Callable[[Iterable[Report]], Iterable[Report]] | None = None,
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
        Processes for the per-report work.
    inline_assets
        Embed the page's JavaScript/CSS so the map opens without network.
    tiles
        Basemap name, URL template, or ``none``.
    progress
        Wraps the report iterable (a progress bar on a terminal).

    Returns
    -------
    BuildResult
        What was read, found and written.
    """
    min_confidence = settings.min_confidence if min_confidence is None else min_confidence
    result = analyse(sources, strict=strict, workers=workers, progress=progress)
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    clock = time.perf_counter()
    title = title or default_title(result.reports)
    m = map_from_incidents(
        result.places, load_districts(), result.summary, provinces=load_provinces(),
        title=title, tiles=tiles, min_confidence=min_confidence,
    )  # fmt: skip
    outputs = {
        "incidents": out / "incidents.geojson",
        "districts": out / "districts.geojson",
        "mentions": out / "mentions.csv",
        "map": out / "map.html",
        "run": out / "run.json",
    }
    write_incidents(result.places, outputs["incidents"])
    write_districts(result.summary, outputs["districts"])
    write_mentions_csv(result.rows, outputs["mentions"])
    save_map(m, outputs["map"], inline_assets=inline_assets)
    result.run["timings"]["write"] = round(time.perf_counter() - clock, 4)
    result.run["options"] = {"title": title, "min_confidence": min_confidence, "strict": strict,
                             "workers": workers, "inline_assets": inline_assets, "tiles": tiles}
    result.run["finished"] = datetime.now(UTC).isoformat(timespec="seconds")
    write_json(result.run, outputs["run"])
    result.outputs = outputs
    return result


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
    resolved = sum(1 for r in rows if r.get("status") == "resolved")
    incident = int((places["role"] == "incident").sum()) if len(places) else 0
    return {
        "incidentmap": __version__,
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "read": [
            {"doc_id": r.doc_id, "path": r.path, "title": r.title, "url": r.url,
             "published": r.published, "characters": len(r.text)}
            for r in reports
        ],  # fmt: skip
        "skipped": [{"path": s.path, "reason": s.reason} for s in skipped],
        "renamed_doc_ids": [r.doc_id for r in reports if "~" in r.doc_id],
        "counts": {
            "reports_read": len(reports),
            "reports_skipped": len(skipped),
            "mentions_found": len(rows),
            "mentions_resolved": resolved,
            "mentions_unresolved": len(rows) - resolved,
            "places": len(places),
            "incident_places": incident,
            "context_places": len(places) - incident,
            "districts_with_incidents": len(summary),
        },
        "data": {
            "gazetteer_version": gazetteer.version,
            "gazetteer_inputs": gazetteer.sources,
            "districts": {"file": "pak_adm2.geojson",
                          "sha256": file_digest(geodata_file("pak_adm2.geojson"))},
        },
        "timings": {k: round(v, 4) for k, v in timings.items()},
    }
