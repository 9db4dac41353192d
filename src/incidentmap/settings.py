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
max_report_bytes
    Reports larger than this are refused with a clear message instead of exhausting memory.
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
max_report_bytes: int = 50_000_000


def resolved_cache_folder() -> Path:
    """Return the cache folder in force, creating it if needed."""
    env = os.environ.get("INCIDENTMAP_CACHE_DIR")
    if env:
        folder = Path(env)
    elif cache_folder is not None:
        folder = Path(cache_folder)
    else:
        import platformdirs

        folder = Path(platformdirs.user_cache_dir("incidentmap"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
