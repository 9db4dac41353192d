"""Locate the reference data shipped with the package (``geodata/``)."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from .errors import DataError


@cache
def geodata_dir() -> Path:
    """Return the folder holding the shipped reference data.

    A wheel carries it as ``incidentmap/geodata``; a source checkout (editable install)
    has it at the repository root, two levels above this file's folder.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "geodata", here.parent.parent / "geodata"):
        if (candidate / "pak_adm2.geojson").is_file():
            return candidate
    msg = "Reference data folder 'geodata' not found next to the package; reinstall incidentmap."
    raise DataError(msg)


def geodata_file(name: str) -> Path:
    """Return the path of one shipped data file, or raise ``DataError`` if it is missing."""
    path = geodata_dir() / name
    if not path.is_file():
        msg = f"Reference data file {name!r} is missing from {geodata_dir()}."
        raise DataError(msg)
    return path


def file_digest(path: Path) -> str:
    """Return the sha256 of a file (data versions in run.json and cache keys)."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
