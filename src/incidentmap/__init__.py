"""incidentmap: news reports about a wave of violence in, an auditable district map out.

The Python API (the command line calls the same pipeline)::

    import incidentmap

    r = incidentmap.analyse("examples/balochistan-2026-01-31")
    r.places      # GeoDataFrame: one row per place, as in incidents.geojson (EPSG:4326)
    r.districts   # GeoDataFrame: every district with its counts, zeros included
    r.mentions    # DataFrame: one row per mention, as in mentions.csv
    r.events      # DataFrame: the columns of events.csv (empty until events are built)
    r.map()       # folium.Map: the interactive map, shown inline in Jupyter

    incidentmap.build("reports/", outdir="out")   # writes every output as well
"""

from importlib.metadata import PackageNotFoundError, version

from ._api import Analysis, analyse, build

try:
    __version__ = version("incidentmap")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["Analysis", "__version__", "analyse", "build"]
