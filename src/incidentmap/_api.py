"""The Python API: ``incidentmap.analyse`` and ``incidentmap.build`` for notebooks and scripts.

The command line and this API call the same pipeline; an ``Analysis`` holds what a run
found as the tables a notebook works with. Heavy libraries (geopandas, folium) are
imported when a function is called, so ``import incidentmap`` stays quick for the CLI.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import folium
    import geopandas as gpd
    import pandas as pd

    from .pipeline import BuildResult


@dataclass(frozen=True)
class Analysis:
    """What ``analyse`` or ``build`` found, as tables and a map.

    Attributes
    ----------
    result
        The pipeline's full record (reports read, skipped, the run record).
    outputs
        The files ``build`` wrote, by role (empty after ``analyse``).
    """

    result: BuildResult
    outputs: Mapping[str, Path]

    @property
    def places(self) -> gpd.GeoDataFrame:
        """One row per place (``incidents.geojson``), indexed by place id, EPSG:4326.

        ``mentions``, ``names_in_text`` and ``confidence_factors`` are Python lists and
        dicts, as in the GeoJSON.
        """
        return self.result.places.to_crs("EPSG:4326")

    @property
    def districts(self) -> gpd.GeoDataFrame:
        """Every district of the boundaries in use, with its counts (``districts.geojson``).

        Zeros included; indexed by district id; EPSG:4326.
        """
        return self.result.summary.to_crs("EPSG:4326")

    @property
    def mentions(self) -> pd.DataFrame:
        """One row per mention (``mentions.csv``): resolved, unresolved or filtered."""
        import pandas as pd

        from .models import CSV_FIELDS

        rows = self.result.rows
        if rows is None:  # a build wrote them out instead of holding them
            return pd.read_parquet(self.outputs["mentions_parquet"])
        extra = sorted({k for row in rows for k in row} - set(CSV_FIELDS))
        return pd.DataFrame(rows, columns=[*CSV_FIELDS, *extra])

    @property
    def events(self) -> pd.DataFrame:
        """One row per event, with the columns of ``events.csv``.

        Empty (with those columns) until the pipeline builds events; then it holds them,
        so notebook code written against it keeps working.
        """
        import pandas as pd

        from .models import EVENT_FIELDS

        events = getattr(self.result, "events", None)
        if isinstance(events, pd.DataFrame):
            return events
        records = list(events or [])
        extra = sorted({k for row in records for k in row} - set(EVENT_FIELDS))
        return pd.DataFrame(records, columns=[*EVENT_FIELDS, *extra])

    @property
    def run(self) -> dict[str, Any]:
        """The run record (``run.json``): what was read, skipped, found; data versions."""
        return self.result.run

    def map(
        self,
        *,
        title: str | None = None,
        tiles: str = "cartodbpositron",
        min_confidence: float | None = None,
        inline_assets: bool = True,
    ) -> folium.Map:
        """The interactive map (as ``map.html``) as a ``folium.Map``.

        It displays inline in JupyterLab, VS Code and classic Jupyter when it is the
        value of a cell; ``m.save("map.html")`` writes it.

        Parameters
        ----------
        title
            Shown on the map; default from the reports.
        tiles
            Basemap: ``cartodbpositron``, ``openstreetmap``, a tile URL template or ``none``.
        min_confidence
            Incident places below it go to the hidden low-confidence layer (default from
            ``incidentmap.settings``).
        inline_assets
            Embed Leaflet's JS/CSS (shipped in the package) so the map works offline;
            False links them from a CDN (a lighter notebook).

        Returns
        -------
        folium.Map
            The map.
        """
        from . import settings
        from .districts import boundaries_for
        from .render import map_from_incidents, with_assets

        boundaries = self.result.boundaries or boundaries_for(None)
        m = map_from_incidents(
            self.result.places,
            boundaries.districts,
            provinces=boundaries.provinces,
            title=title or self.result.title,
            tiles=tiles,
            min_confidence=settings.min_confidence if min_confidence is None else min_confidence,
            aggregates=self.result.run.get("aggregates"),
        )
        return with_assets(m, inline_assets=inline_assets)

    def _repr_html_(self) -> str:
        counts = self.run["counts"]
        return (
            f"<p>incidentmap: {counts['reports_read']} reports, {counts['mentions_found']} "
            f"mentions, {counts['incident_places']} incident places in "
            f"{counts['districts_with_incidents']} districts. Use <code>.places</code>, "
            "<code>.districts</code>, <code>.mentions</code>, <code>.events</code>, "
            "<code>.map()</code>.</p>"
        )


def analyse(*sources: str | Path, **options: Any) -> Analysis:
    """Read, geoparse and map reports; write nothing.

    Parameters
    ----------
    *sources
        Report files (``.txt``, ``.md``, ``.html``, ``.jsonl``) and folders of them.
    **options
        The fields of ``incidentmap.options.BuildOptions``, as for ``incidentmap
        build`` on the command line: ``since``/``until`` (ISO dates or
        ``datetime.date``), ``strict``, ``workers``, ``use_cache``, ``online``,
        ``geocoder``, ``user_agent``, ``scheduler``, ...

    Returns
    -------
    Analysis
        ``.places``, ``.districts``, ``.mentions``, ``.events`` and ``.map()``.

    Examples
    --------
    >>> import incidentmap
    >>> r = incidentmap.analyse("examples/balochistan-2026-01-31")
    >>> r.places[r.places["role"] == "incident"]["name"].head()  # doctest: +SKIP
    >>> r.map()  # doctest: +SKIP
    """
    from .options import BuildOptions
    from .pipeline import analyse as run_analysis

    return Analysis(run_analysis(_paths(sources), BuildOptions(**options)), {})


def build(*sources: str | Path, outdir: str | Path = "incidentmap-out", **options: Any) -> Analysis:
    """``analyse``, then write every output (layer, districts, mentions, map, run record).

    Parameters
    ----------
    *sources
        Report files and folders.
    outdir
        Output folder; its outputs are replaced together or not at all.
    **options
        The fields of ``incidentmap.options.BuildOptions``: those of ``analyse``, and
        those of the outputs (``title``, ``min_confidence``, ``tiles``,
        ``inline_assets``, ``csv_bom``, ...).

    Returns
    -------
    Analysis
        As ``analyse``, with ``.outputs`` naming the files written.
    """
    from .options import BuildOptions
    from .pipeline import build as run_build

    result = run_build(_paths(sources), outdir, BuildOptions(**options))
    return Analysis(result, dict(result.outputs))


def _paths(sources: tuple[str | Path, ...]) -> list[Path]:
    if not sources:
        raise TypeError("give at least one report file or folder")
    return [Path(s) for s in sources]
