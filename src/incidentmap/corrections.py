"""An analyst's corrections, kept in the reports folder and re-applied on every build.

``corrections.csv`` (UTF-8, header required)::

    doc_id,surface,place,fix,value,note
    seed-002,Kalat,,role,context,named only as the chief minister's home town
    ,,Nushki,coordinates,"29.5535,66.0212",point moved to the FC headquarters
    ,Sariab,,district,Quetta,
    dev-001,Buzi Top,,not_a_place,,

A row applies to every mention that matches all the columns it fills: ``doc_id`` (the
report), ``surface`` (the text as written) and ``place`` (the resolved place's name or id).
``fix`` is one of ``role`` (value ``incident`` or ``context``), ``coordinates``
(``lat,lon``), ``district`` (a district name of the layer) or ``not_a_place``. Every change
is recorded in the place's ``confidence_factors`` as ``corrected_by_analyst``; the file
itself is only ever read.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ._text import fold_name
from .errors import InputError
from .models import ResolvedMention, Role

FILENAME = "corrections.csv"
FIXES = frozenset({"role", "coordinates", "district", "not_a_place"})
COLUMNS = ("doc_id", "surface", "place", "fix", "value", "note")


@dataclass(frozen=True)
class Correction:
    """One row of ``corrections.csv``."""

    line: int
    doc_id: str
    surface: str
    place: str
    fix: str
    value: str
    note: str

    def matches(self, r: ResolvedMention) -> bool:
        """True when every filled column of the row agrees with the mention."""
        if self.doc_id and self.doc_id != r.mention.doc_id:
            return False
        if self.surface and fold_name(self.surface) != fold_name(r.mention.surface):
            return False
        if self.place:
            entry = r.entry
            if entry is None or fold_name(self.place) not in {
                fold_name(entry.name),
                entry.id.lower(),
            }:
                return False
        return True


def find_corrections(sources: Sequence[str | Path]) -> list[Path]:
    """The corrections files in the given report folders (files given directly are skipped)."""
    found = []
    for source in sources:
        path = Path(source)
        if path.is_dir() and (path / FILENAME).is_file():
            found.append(path / FILENAME)
    return found


def load_corrections(path: Path) -> list[Correction]:
    """Read and check a corrections file; a bad row is an error naming its line.

    The header line is required: without it the first correction would be taken for the
    column names and every row ignored, so a file whose first line is not a header (or
    names a column incidentmap does not know) is refused. An empty file corrects nothing.
    """
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
            header = reader.fieldnames
    except (OSError, UnicodeDecodeError, csv.Error) as err:
        raise InputError(f"{path}: cannot read corrections ({err})") from err
    if header is not None:
        _check_header(path, header)
    out = []
    for number, row in enumerate(rows, start=2):
        where = f"{path}:{number}"
        if None in row:
            raise InputError(f"{where}: more values than the header has columns")
        row = {k.strip(): v for k, v in row.items() if k is not None}
        values = {k: (row.get(k) or "").strip() for k in COLUMNS}
        if values["fix"] not in FIXES:
            raise InputError(f"{where}: fix must be one of {', '.join(sorted(FIXES))}")
        if not (values["surface"] or values["place"]):
            raise InputError(f"{where}: give the mention's surface or the place it applies to")
        if values["fix"] == "role" and values["value"] not in {"incident", "context"}:
            raise InputError(f"{where}: a role fix needs the value incident or context")
        if values["fix"] == "coordinates":
            _coordinates(values["value"], where)
        if values["fix"] == "district" and not values["value"]:
            raise InputError(f"{where}: a district fix needs the district's name")
        out.append(Correction(line=number, **values))
    return out


def _check_header(path: Path, header: Sequence[str]) -> None:
    """The first line must name the columns (``fix`` at least), and only known ones."""
    names = [name.strip() for name in header]
    expected = ",".join(COLUMNS)
    if "fix" not in names:
        msg = f"{path}: no header line (the first line must be {expected}, not {','.join(names)})"
        raise InputError(msg)
    unknown = [name for name in names if name not in COLUMNS]
    if unknown:
        raise InputError(f"{path}:1: unknown column(s) {', '.join(unknown)} (known: {expected})")


def _coordinates(value: str, where: str) -> tuple[float, float]:
    try:
        lat_text, lon_text = value.split(",")
        lat, lon = float(lat_text), float(lon_text)
    except ValueError as err:
        raise InputError(f"{where}: coordinates must be 'lat,lon'") from err
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise InputError(f"{where}: coordinates out of range")
    return lat, lon


def check_districts(corrections: Sequence[Correction], districts: set[str]) -> None:
    """A district fix must name a district of the layer in use (else nothing would move)."""
    known = {d.lower() for d in districts}
    for c in corrections:
        if c.fix == "district" and c.value.lower() not in known:
            raise InputError(f"{FILENAME}:{c.line}: no district called {c.value!r} in the layer")


def apply_corrections(
    resolved: Sequence[ResolvedMention], corrections: Sequence[Correction]
) -> list[ResolvedMention]:
    """Apply every matching correction to every mention, in file order."""
    out = []
    for r in resolved:
        for c in corrections:
            if c.matches(r):
                r = _apply(r, c)
        out.append(r)
    return out


def _apply(r: ResolvedMention, c: Correction) -> ResolvedMention:
    note = f"corrections.csv line {c.line}: {c.fix}" + (f" ({c.note})" if c.note else "")
    factors = {**r.factors, "corrected_by_analyst": 1.0}
    if c.fix == "not_a_place":
        return replace(r, entry=None, resolve_reason=f"not a place, {note}", factors=factors,
                       confidence=0.0)  # fmt: skip
    if c.fix == "role":
        role: Role = "incident" if c.value == "incident" else "context"
        factors["p_report"] = 0.99 if role == "incident" else 0.01
        return replace(r, role=role, role_reason=note, role_strength=1.0, factors=factors,
                       confidence=0.99 if role == "incident" else 0.01)  # fmt: skip
    if r.entry is None:
        return r
    raw = {**r.entry.raw, "corrected_by_analyst": note}
    if c.fix == "coordinates":
        lat, lon = _coordinates(c.value, note)
        entry = replace(r.entry, lat=lat, lon=lon, point_precision=1, raw=raw)
        return replace(r, entry=entry, resolve_reason=note, factors=factors)
    entry = replace(r.entry, raw={**raw, "district_override": c.value})
    return replace(r, entry=entry, resolve_reason=note, factors=factors)
