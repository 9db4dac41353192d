"""``incidentmap.toml``: a reports folder's own build settings.

With it, ``incidentmap build`` and no arguments, run in that folder, regenerates
everything. Options given on the command line win over the file
(``options.options_in_force``). Every value is held to the bounds of the command-line
option it stands for, and ``sources`` and ``outdir`` must stay inside the file's folder
(a path elsewhere has to be given on the command line): a folder someone sent cannot
make a build read or overwrite files elsewhere. Example::

    title = "Balochistan, 31 January 2026"
    sources = ["."]            # relative to the file's folder
    outdir = "incidentmap-out"
    min_confidence = 0.6
    since = "2026-01-30"
    until = "2026-02-05"
    tiles = "cartodbpositron"
    inline_assets = true       # false: link Leaflet from a CDN (a lighter page)
    workers = 1
    csv_bom = true             # mentions.csv with a byte-order mark, for Excel
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

import click

from .errors import InputError
from .options import PROJECT_OPTIONS

FILENAME = "incidentmap.toml"
#: The settings a project file may hold: where the reports and outputs are, and the build
#: options marked for it in ``options.BuildOptions`` (the command line wins over them).
KEYS = {"sources": list, "outdir": str, **PROJECT_OPTIONS}


def _check_values(
    path: Path, values: dict[str, Any], params: Mapping[str, click.Parameter]
) -> None:
    """The ranges and formats the command line enforces, for the file too.

    The common mistakes get a message of their own; then every value goes through the
    very option of the command line it stands for (``params``), so a bound the command
    line has (``--workers`` at most 64) holds for the file as well.
    """
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
    for key, value in values.items():
        if key not in {"since", "until", "outdir", "sources"}:  # (dates, paths: see below)
            _through_option(path, params, key, value)
    if "tiles" in values:
        from .render.tiles import basemap

        try:
            basemap(values["tiles"])
        except InputError as err:
            raise InputError(f"{path}: tiles: {err}") from err


def _through_option(
    path: Path, params: Mapping[str, click.Parameter], key: str, value: Any
) -> None:
    """Check ``value`` with the command-line option ``key`` (if there is one)."""
    param = params.get(key)
    if param is None:
        return
    try:
        param.type.convert(value, param, None)
    except click.BadParameter as err:
        raise InputError(f"{path}: {key}: {err.message}") from err


def check_inside(path: Path, key: str, target: Path) -> None:
    """Refuse a path setting of ``path`` that leads out of the project folder.

    A folder received from someone else may carry an ``incidentmap.toml``; it must not
    make a build read or overwrite files elsewhere. Such a path has to be given on the
    command line instead, where the user sees it.

    Raises
    ------
    InputError
        ``target`` (symbolic links resolved) lies outside the folder of ``path``.
    """
    if not target.resolve().is_relative_to(path.parent.resolve()):
        option = "-o/--outdir" if key == "outdir" else "SOURCE"
        msg = (
            f"{path}: {key} {target} lies outside the project folder; give it on the "
            f"command line ({option}) to use it"
        )
        raise InputError(msg)


def find_project(sources: tuple[Path, ...] | list[Path]) -> Path | None:
    """The project file: in the current folder when no source is given, else in a source."""
    candidates = [Path.cwd()] if not sources else [s for s in sources if s.is_dir()]
    for folder in candidates:
        if (folder / FILENAME).is_file():
            return folder / FILENAME
    return None


def load_project(
    path: Path, *, params: Mapping[str, click.Parameter] | None = None
) -> dict[str, Any]:
    """Read and check the project file; paths in it are made relative to its folder.

    Parameters
    ----------
    path
        The ``incidentmap.toml``.
    params
        The command line's options by name: each value must pass the option it stands for.

    Returns
    -------
    dict
        The settings, with ``sources`` (and ``outdir``) as paths.
    """
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
    _check_values(path, out, params or {})
    base = path.parent
    out["sources"] = [base / s for s in out.get("sources", ["."])]
    if "outdir" in out:
        out["outdir"] = base / out["outdir"]
        _through_option(path, params or {}, "outdir", out["outdir"])
    return out
