"""``incidentmap.toml``: a reports folder's own build settings.

With it, ``incidentmap build`` and no arguments, run in that folder, regenerates
everything. Options given on the command line win over the file. Example::

    title = "Balochistan, 31 January 2026"
    sources = ["."]            # relative to the file's folder
    outdir = "incidentmap-out"
    country = "PK"
    min_confidence = 0.6
    since = "2026-01-30"
    until = "2026-02-05"
    tiles = "cartodbpositron"
    inline_assets = false
    workers = 1
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

from .errors import InputError

FILENAME = "incidentmap.toml"
KEYS = {
    "title": str,
    "sources": list,
    "outdir": str,
    "country": str,
    "min_confidence": float,
    "since": str,
    "until": str,
    "tiles": str,
    "inline_assets": bool,
    "workers": int,
    "strict": bool,
}


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
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise InputError(f"{path}: {key} must be a {kind.__name__}")
        out[key] = value
    base = path.parent
    out["sources"] = [base / s for s in out.get("sources", ["."])]
    if "outdir" in out:
        out["outdir"] = base / out["outdir"]
    return out
