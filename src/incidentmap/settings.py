"""Typed defaults, read when a function runs (never at import).

Attributes
----------
cache_folder
    Where the compiled gazetteer, fetched boundaries and geocoder answers are cached.
    ``None`` means the platform's user cache directory (``platformdirs``); the environment
    variable ``INCIDENTMAP_CACHE_DIR`` overrides both.
user_agent
    Sent to online services; Nominatim's policy requires one that identifies the tool.
min_confidence
    Incident places below this confidence are kept in the outputs but hidden from the map's
    default view.
default_crs
    CRS of every layer the tool writes (RFC 7946 GeoJSON is WGS84).
http_timeout
    Seconds to wait for an online service before giving up.
focus_countries
    ISO 3166-1 alpha-2 codes whose every populated place is matched; elsewhere only large
    cities, capitals and countries are matched, which keeps common words out of the results.
world_min_population
    Population above which a place outside the focus countries is matched at all.
border_countries, border_reach_km
    Neighbouring countries whose every populated place within this distance of the focus
    country's border is matched too: cross-border strikes and raids are told by the
    towns they hit (Spin Boldak, Saravan), which are too small for ``world_min_population``.
max_report_bytes
    Reports larger than this are refused with a clear message instead of exhausting memory.
geocoder
    Online geocoder used by ``build --online`` for places the offline gazetteer lacks.
geocoder_domain, geocoder_scheme
    Where that geocoder is served (a self-hosted Nominatim, or a local stub in tests).
geocoder_min_delay
    Seconds between two requests to the geocoder. Nominatim's usage policy allows at most
    one request per second, so values below 1 are raised to 1.
geocoder_max_retries
    Retries of a query after a service error (5xx, 429, timeout, an unreadable answer).
geocoder_error_wait
    Wait before the first retry; it doubles with every further retry (exponential
    backoff), and a ``Retry-After`` from the service is honoured when it is longer.
geocoder_max_wait
    Longest single wait; a service asking for more (``Retry-After: 3600``) is given up
    on for the rest of the run instead.
geocoder_max_failures
    Queries failing in a row before the geocoder is given up on for the rest of the run.
geocoder_budget
    Seconds a run may spend waiting for the geocoder in all; when spent, the remaining
    mentions stay unresolved with that reason. Cached answers cost nothing.
geoboundaries_url
    Base of the pinned geoBoundaries release files (``<base>/<ref>/releaseData/...``).
geonames_url
    Base of the GeoNames country dumps (``<base>/PK.zip``).
store_folder
    Where a run keeps its per-report results while it aggregates them (``store.py``);
    ``None`` means the system's temporary folder. With a Dask scheduler on other machines
    it must be a folder they can read too.
"""

from __future__ import annotations

import os
from pathlib import Path

cache_folder: Path | None = None
user_agent: str = "incidentmap/0.1 (https://github.com/incidentmap/incidentmap)"
min_confidence: float = 0.5
default_crs: str = "EPSG:4326"
http_timeout: float = 10.0
focus_countries: tuple[str, ...] = ("PK",)
world_min_population: int = 150_000
border_countries: tuple[str, ...] = ("AF", "IR")
border_reach_km: float = 120.0
max_report_bytes: int = 50_000_000
geocoder: str = "nominatim"
geocoder_domain: str = "nominatim.openstreetmap.org"
geocoder_scheme: str = "https"
geocoder_min_delay: float = 1.0
geocoder_max_retries: int = 2
geocoder_error_wait: float = 2.0
geocoder_max_wait: float = 60.0
geocoder_max_failures: int = 3
geocoder_budget: float = 300.0
geoboundaries_url: str = "https://github.com/wmgeolab/geoBoundaries/raw"
geonames_url: str = "https://download.geonames.org/export/dump"
store_folder: Path | None = None


def resolved_cache_folder(*, create: bool = True) -> Path:
    """Return the cache folder in force, creating it if needed (unless ``create`` is False)."""
    env = os.environ.get("INCIDENTMAP_CACHE_DIR")
    if env:
        folder = Path(env)
    elif cache_folder is not None:
        folder = Path(cache_folder)
    else:
        import platformdirs

        folder = Path(platformdirs.user_cache_dir("incidentmap"))
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder
