"""The options of a build, written down once: ``BuildOptions``, and how its sources merge.

Every way of starting a build produces one ``BuildOptions`` and the pipeline takes it:

- the command line (``incidentmap build``): each option of the ``build`` command whose
  name is a field here becomes that field (``options_in_force``);
- a reports folder's ``incidentmap.toml`` (``project.py``): the fields marked with a
  ``project`` type may be set there, and the command line wins over them;
- the Python API (``incidentmap.analyse(..., since=...)``): keyword arguments are the
  fields (``BuildOptions(**options)``; an unknown one is a ``TypeError``);
- ``run.json`` keeps the fields marked ``recorded``, so ``incidentmap render`` can draw
  the page again as the build did (``recorded_options``).

Adding an option is one field below (with its ``project``/``recorded`` marks and its
meaning in the docstring) and, for the command line, one click option of the same name.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from pathlib import Path
from typing import Any

#: ``field`` metadata: the TOML type a project file may give the option in.
PROJECT = "project"
#: ``field`` metadata: the option is kept in ``run.json``'s ``options`` (resolved).
RECORDED = "recorded"


@dataclass(frozen=True, kw_only=True)
class BuildOptions:
    """How to read, geoparse, aggregate and write; the defaults are a plain ``build``.

    Attributes
    ----------
    title
        Map title; None takes one from the reports.
    min_confidence
        Incident places below it are drawn in the hidden low-confidence layer; None takes
        ``settings.min_confidence``.
    strict
        Fail on the first unreadable report instead of skipping it.
    workers
        Processes for the per-report work (of the LocalCluster when ``scheduler`` is
        ``"local"``).
    scheduler
        Run the per-report work on Dask: a scheduler address, ``"local"`` or a
        ``distributed.Client``; None runs it here (see ``incidentmap.parallel``).
    online
        Let an online geocoder place what the offline gazetteer cannot.
    geocoder
        ``nominatim`` (default ``settings.geocoder``), a Nominatim server URL, or a
        backend instance the caller owns.
    user_agent
        User agent for the geocoder (default ``settings.user_agent``).
    since, until
        Keep only mentions whose event date lies in this window (ISO dates, inclusive;
        a ``datetime.date`` is taken too); the others stay in ``mentions.csv`` as
        ``filtered`` rows with the reason.
    use_cache
        Take reports unchanged since an earlier run from the per-report cache.
    follow_symlinks
        Read what symbolic links in a report folder lead to (one leading out of the
        folder with a warning); False lists each link as skipped.
    inline_assets
        Embed Leaflet in the page so that it opens with no network; False links it from
        a CDN (a lighter page).
    tiles
        Basemap name, URL template, or ``none``.
    csv_bom
        Start the CSV outputs with a UTF-8 byte-order mark, so that Excel reads them
        right (``--excel``).
    max_excerpts
        A place of the layer keeps at most this many of its mentions (its strongest), an
        event its first claims and, in the layer, sources: a large corpus gives a layer
        that other tools can open. ``n_mentions`` counts them all and
        ``mentions_truncated`` says where some were left out; every mention is in
        ``mentions.csv``, every claim in ``claims.csv``. 0 keeps them all.
    """

    title: str | None = field(default=None, metadata={PROJECT: str, RECORDED: True})
    min_confidence: float | None = field(default=None, metadata={PROJECT: float, RECORDED: True})
    strict: bool = field(default=False, metadata={PROJECT: bool, RECORDED: True})
    workers: int = field(default=1, metadata={PROJECT: int, RECORDED: True})
    scheduler: Any = None
    online: bool = False
    geocoder: Any = None
    user_agent: str | None = None
    since: str | None = field(default=None, metadata={PROJECT: str})
    until: str | None = field(default=None, metadata={PROJECT: str})
    use_cache: bool = True
    follow_symlinks: bool = True
    inline_assets: bool = field(default=True, metadata={PROJECT: bool, RECORDED: True})
    tiles: str = field(default="cartodbpositron", metadata={PROJECT: str, RECORDED: True})
    csv_bom: bool = field(default=False, metadata={PROJECT: bool, RECORDED: True})
    max_excerpts: int = field(default=20, metadata={PROJECT: int, RECORDED: True})

    def __post_init__(self) -> None:
        # Dates come as text (the API, a project file), ``date`` or ``datetime`` (the API,
        # click's DateTime); the pipeline compares ISO text.
        for name in ("since", "until"):
            value = getattr(self, name)
            if isinstance(value, date):
                object.__setattr__(self, name, value.isoformat()[:10])

    def record(self, **resolved: Any) -> dict[str, Any]:
        """The ``recorded`` options for ``run.json``, with values resolved at run time.

        ``resolved`` gives what a None stood for (the title taken from the reports, the
        minimum confidence from the settings).
        """
        return {
            f.name: resolved.get(f.name, getattr(self, f.name))
            for f in fields(self)
            if f.metadata.get(RECORDED)
        }


#: Every option's name, in the order of the fields.
OPTION_NAMES = tuple(f.name for f in fields(BuildOptions))
#: The options a project file may set, with their TOML types.
PROJECT_OPTIONS: dict[str, type] = {
    f.name: f.metadata[PROJECT] for f in fields(BuildOptions) if PROJECT in f.metadata
}


def options_in_force(
    command_line: Mapping[str, Any], given: set[str], project: Mapping[str, Any]
) -> BuildOptions:
    """The options of a build: the command line's given values, then the project's, then defaults.

    Parameters
    ----------
    command_line
        The values of the command's parameters (given or their defaults); those that are
        no ``BuildOptions`` field are ignored, and so is a None (an unset default).
    given
        Names of the parameters given on the command line (they win over the project).
    project
        The project file's settings (``project.load_project``).
    """
    values = {k: v for k, v in command_line.items() if k in OPTION_NAMES and v is not None}
    values |= {k: v for k, v in project.items() if k in OPTION_NAMES and k not in given}
    return BuildOptions(**values)


def _run_record(run_json: Path) -> dict[str, Any]:
    """The ``run.json`` of a build ({} when absent, unreadable or of another shape)."""
    try:
        record = json.loads(run_json.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return record if isinstance(record, dict) else {}


def recorded_build(run_json: Path, **given: Any) -> tuple[BuildOptions, list[dict[str, Any]]]:
    """``recorded_options`` and the build's wave-level claims, from one read of ``run_json``.

    ``incidentmap render`` wants both, and the record of a year of news is hundreds of
    megabytes: it is read once. The claims are [] when the build gave none.
    """
    record = _run_record(run_json)
    aggregates = record.get("aggregates")
    claims = [a for a in aggregates if isinstance(a, dict)] if isinstance(aggregates, list) else []
    return _options_over(record, given), claims


def recorded_options(run_json: Path, **given: Any) -> BuildOptions:
    """The options of the build that wrote ``run_json``, with those ``given`` (not None) over them.

    A missing or unreadable record, or one of another shape, gives the defaults: a layer
    drawn again without its run record looks as a fresh build's would.
    """
    return _options_over(_run_record(run_json), given)


def _options_over(record: Mapping[str, Any], given: Mapping[str, Any]) -> BuildOptions:
    recorded = record.get("options")
    if not isinstance(recorded, dict):
        recorded = {}
    values = {k: v for k, v in recorded.items() if k in OPTION_NAMES and v is not None}
    return BuildOptions(**(values | {k: v for k, v in given.items() if v is not None}))
