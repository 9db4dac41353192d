"""``incidentmap.toml``: a reports folder's own build settings.

With it, ``incidentmap build`` and no arguments, run in that folder, regenerates
everything. Options given on the command line win over the file. Example::

    title = "Balochistan, 31 January 2026"
    sources = ["."]            # relative to the file's folder
    outdir = "incidentmap-out"
    min_confidence = 0.6
    since = "2026-01-30"
    until = "2026-02-05"
    tiles = "cartodbpositron"
    inline_assets = true       # false: link Leaflet from a CDN (a lighter page)
    workers = 1
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Any

from .errors import InputError

FILENAME = "incidentmap.toml"
KEYS = {
    "title": str,
    "sources": list,
    "outdir": str,
    "min_confidence": float,
    "since": str,
    "until": str,
    "tiles": str,
    "inline_assets": bool,
    "workers": int,
    "strict": bool,
}


def _check_values(path: Path, values: dict[str, Any]) -> None:
    """The ranges and formats the command line enforces, for the file too."""
    for key in ("since", "until"):
        if key in values:
            try:
                values[key] = date.fromisoformat(values[key]).isoformat()
            except ValueError as err:
                raise InputError(f"{path}: {key} must be a date like 2026-01-31") from err
    if not 0 <= values.get("min_confidence", 0.0) <= 1:
        raise InputError(f"{path}: min_confidence must be between 0 and 1")
    if values.get("workers", 1) < 1:
        raise InputError(f"{path}: workers must be at least 1")
    if not all(isinstance(s, str) for s in values.get("sources", [])):
        raise InputError(f"{path}: sources must be a list of paths (strings)")
    if "tiles" in values:
        from .render.tiles import basemap

        try:
            basemap(values["tiles"])
        except InputError as err:
            raise InputError(f"{path}: tiles: {err}") from err


def find_project(sources: tuple[Path, ...] | list[Path]) -> Path | None:
    """The project file: in the current folder when no source is given, else in a source."""
    candidates = [Path.cwd()] if not sources else [s for s in sources if s.is_dir()]
    for folder in candidates:
        if (folder / FILENAME).is_file():
            return folder / FILENAME
    return None


def load_project(path: Path) -> dict[str, Any]:
    """Read and check the project file; paths in it are made relative to its folder."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot read ({err})") from err
    except tomllib.TOMLDecodeError as err:
        raise InputError(f"{path}: not valid TOML ({err})") from err
    unknown = sorted(set(data) - set(KEYS))
    if unknown:
        raise InputError(f"{path}: unknown setting(s) {', '.join(unknown)}")
    out: dict[str, Any] = {}
    for key, value in data.items():
        kind = KEYS[key]
        if key in {"since", "until"} and isinstance(value, date):
            value = value.isoformat()  # an unquoted TOML date
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise InputError(f"{path}: {key} must be a {kind.__name__}")
        out[key] = value
    _check_values(path, out)
    base = path.parent
    out["sources"] = [base / s for s in out.get("sources", ["."])]
    if "outdir" in out:
        out["outdir"] = base / out["outdir"]
    return out
