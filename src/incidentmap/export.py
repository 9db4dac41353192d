"""Write the outputs: RFC 7946 GeoJSON layers, the flat mention table, other formats.

GeoJSON is written by hand from plain dicts rather than through a driver, so that nested
properties (``mentions``, ``confidence_factors``) stay JSON, key order is fixed and the
bytes are identical for identical inputs. Every file is written atomically.
"""

from __future__ import annotations

import csv
import html
import json
import math
import os
import re
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import geopandas as gpd
import lxml.etree
import numpy as np
import pandas as pd
import pyarrow as pa
import pyogrio.errors
import shapely
from shapely.geometry import mapping

from ._io import atomic_writer, write_text_atomic
from ._validate import validate_places
from .errors import InputError, OutputError
from .models import (
    CSV_FIELDS,
    DISTRICT_FIELDS,
    INCIDENT_FIELDS,
    confidence_level,
)
from .places import RECORD_FIELDS

COORD_DECIMALS = 6


def _clean(value: Any) -> Any:
    """JSON-safe values, all the way down: NaN, NA and infinities to null, numpy to Python."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    if hasattr(value, "item"):
        return _clean(value.item())
    return value


def _round_coords(obj: Any) -> Any:
    if isinstance(obj, float):
        return round(obj, COORD_DECIMALS)
    if isinstance(obj, list | tuple):
        return [_round_coords(v) for v in obj]
    return obj


def feature_collection(gdf: gpd.GeoDataFrame, fields: Sequence[str]) -> dict[str, Any]:
    """An RFC 7946 FeatureCollection: WGS84 [lon, lat], no ``crs`` member, ``id`` per feature.

    Fields named in ``fields`` come first, in that order; other columns follow sorted.
    """
    return {"type": "FeatureCollection", "features": list(features(gdf, fields))}


def features(gdf: gpd.GeoDataFrame, fields: Sequence[str]) -> Iterator[dict[str, Any]]:
    """The features of ``feature_collection``, made one at a time.

    Coordinates are rounded to ``COORD_DECIMALS`` and polygon rings follow RFC 7946's
    right-hand rule (outer rings counter-clockwise, holes clockwise), whatever the
    orientation of the source file.
    """
    gdf = gdf.to_crs("EPSG:4326") if gdf.crs is not None else gdf
    extra = sorted(c for c in gdf.columns if c not in fields and c != gdf.geometry.name)
    geometries = _rfc7946_geometries(gdf.geometry.values)
    for (index, row), geometry in zip(gdf.iterrows(), geometries, strict=True):
        shape = mapping(geometry)
        properties = {k: _clean(row[k]) for k in [*fields, *extra] if k in row.index}
        feature: dict[str, Any] = {"type": "Feature"}
        if isinstance(index, str):
            feature["id"] = index
        feature["geometry"] = {
            "type": shape["type"],
            "coordinates": _round_coords(shape["coordinates"]),
        }
        feature["properties"] = properties
        yield feature


def _rfc7946_geometries(geometries: Any) -> Any:
    """Geometries as RFC 7946 wants them: rounded, and polygons wound by the right-hand rule.

    Rounding comes first, so that the orientation holds for the coordinates written.
    Points (most layers) pass through untouched.
    """
    kinds = set(shapely.get_type_id(geometries).tolist())
    if not kinds & _POLYGON_TYPE_IDS:
        return geometries
    rounded = shapely.transform(geometries, lambda xy: np.round(xy, COORD_DECIMALS))
    return shapely.orient_polygons(rounded, exterior_cw=False)


#: shapely type ids of Polygon, MultiPolygon and GeometryCollection (which may hold them).
_POLYGON_TYPE_IDS = {3, 6, 7}


def dumps_geojson(collection: Mapping[str, Any]) -> str:
    """Serialise deterministically (one feature per line keeps diffs readable)."""
    head = {k: v for k, v in collection.items() if k != "features"}
    return "".join(geojson_chunks(head, collection["features"]))


def geojson_chunks(head: Mapping[str, Any], items: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    """``dumps_geojson`` in pieces, a feature at a time, for writing a large layer.

    ``head`` holds the collection's members but ``features``.
    """
    opening = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1]
    yield f'{opening}{"," if head else ""}"features":[\n'
    separator = ""
    for feature in items:
        yield separator + json.dumps(
            feature, ensure_ascii=False, separators=(",", ":"), allow_nan=False
        )
        separator = ",\n"
    yield "\n]}\n"


def layer_chunks(gdf: gpd.GeoDataFrame, fields: Sequence[str]) -> Iterator[str]:
    """The GeoJSON text of a layer in pieces (same bytes as ``dumps_geojson``)."""
    return geojson_chunks({"type": "FeatureCollection"}, features(gdf, fields))


def write_geojson(gdf: gpd.GeoDataFrame, path: str | Path, *, fields: Sequence[str]) -> None:
    """Write a layer as RFC 7946 GeoJSON, atomically."""
    write_text_atomic(path, dumps_geojson(feature_collection(gdf, fields)))


def write_incidents(places: gpd.GeoDataFrame, path: str | Path) -> None:
    """Write ``incidents.geojson``."""
    write_geojson(places, path, fields=INCIDENT_FIELDS)


def write_districts(summary: gpd.GeoDataFrame, path: str | Path) -> None:
    """Write ``districts.geojson``."""
    write_geojson(summary, path, fields=DISTRICT_FIELDS)


def csv_rows(
    rows: Iterable[Mapping[str, Any]], located: Mapping[str, Mapping[str, Any]]
) -> Iterator[dict[str, Any]]:
    """``mentions.csv``'s rows: every mention, ``resolved``, ``unresolved`` or ``filtered``.

    Parameters
    ----------
    rows
        Mention rows (``places.mention_rows``), in the run's order.
    located
        Per place id of the layer, the coordinates and district its rows carry
        (``located``). A ``filtered`` mention (placed, but outside the time window) keeps
        its place and coordinates, with the district when its place is in the layer.

    Yields
    ------
    dict
        One row per mention with ``CSV_FIELDS`` (missing ones empty) and the reason.
    """
    for m in rows:
        row: dict[str, Any] = {k: m[k] for k in _MENTION_CSV_FIELDS}
        row["status"], row["reason"] = m["status"], m["reason"]
        place_id = m["place_id"]
        if m["status"] == "unresolved" or (m["status"] == "resolved" and place_id not in located):
            row["status"] = "unresolved"
            yield row
            continue
        where = located.get(place_id) or {
            "lat": round(m["lat"], COORD_DECIMALS),
            "lon": round(m["lon"], COORD_DECIMALS),
        }
        row.update(place_id=place_id, place=m["place_name"], kind=m["kind"],
                   geo_precision=m["geo_precision"], **where, country=m["country"])  # fmt: skip
        yield row


#: ``mentions.parquet``: the columns of ``mentions.csv`` with their types (text elsewhere).
_NUMBERS = {"confidence": "float64", "lat": "float64", "lon": "float64", "start": "int64",
            "end": "int64", "geo_precision": "int64"}  # fmt: skip
MENTIONS_PARQUET_SCHEMA = pa.schema(
    [(name, pa.type_for_alias(_NUMBERS.get(name, "string"))) for name in CSV_FIELDS]
)


def parquet_chunks(
    schema: pa.Schema, batches: Iterable[Sequence[Mapping[str, Any]]], *, group_rows: int = 20_000
) -> Iterator[bytes]:
    """A Parquet file's bytes in pieces, a row group (about ``group_rows`` rows) at a time.

    The rows come in batches of dicts; a group waits as compact Arrow batches until it is
    written, so the table is never held whole. Encoding a group takes some times its size
    for a moment: at 50,000 mentions a group, writing this file held the highest samples
    of a 1 GB build (374 MB); 20,000 bring them down to those of the other outputs (359
    MB), for a file some 12 % larger.
    """
    import pyarrow.parquet as pq

    sink = _Drain()
    with pq.ParquetWriter(sink, schema) as writer:
        group: list[pa.RecordBatch] = []
        for batch in batches:
            group.append(pa.RecordBatch.from_pylist(list(batch), schema=schema))
            if sum(b.num_rows for b in group) >= group_rows:
                writer.write_table(pa.Table.from_batches(group, schema=schema))
                group = []
                yield from sink.drain()
        if group:
            writer.write_table(pa.Table.from_batches(group, schema=schema))
    yield from sink.drain()


class _Drain:
    """A write-only file for pyarrow that hands on what was written (``drain``)."""

    def __init__(self) -> None:
        self.pieces: list[bytes] = []
        self.size = 0
        self.closed = False

    def write(self, data: bytes) -> int:
        self.pieces.append(bytes(data))
        self.size += len(data)
        return len(data)

    def tell(self) -> int:
        return self.size

    def flush(self) -> None:
        """Nothing to flush: the pieces are handed on."""

    def close(self) -> None:
        self.closed = True

    def drain(self) -> Iterator[bytes]:
        """The bytes written since the last drain."""
        pieces, self.pieces = self.pieces, []
        yield from pieces


#: The fields of ``mentions.csv`` a mention row gives as they are.
_MENTION_CSV_FIELDS = tuple(
    k for k in CSV_FIELDS if k in RECORD_FIELDS or k in ("role_reason", "site")
)


def located(places: gpd.GeoDataFrame) -> dict[str, dict[str, Any]]:
    """Per place id, the coordinates and district of its mention rows.

    Read once from the layer: a pandas row lookup per mention (``places.loc``) cost half a
    millisecond each, the larger part of a big build.
    """
    if not len(places):
        return {}
    columns = ("district", "district_id", "district_current", "province")
    values = {name: places[name].tolist() for name in columns}
    lats, lons = places.geometry.y.tolist(), places.geometry.x.tolist()
    return {
        str(place_id): {
            "lat": round(lats[i], COORD_DECIMALS),
            "lon": round(lons[i], COORD_DECIMALS),
            **{name: _clean(values[name][i]) for name in columns},
        }
        for i, place_id in enumerate(places.index)
    }


def csv_text(rows: Iterable[Mapping[str, Any]], fields: Sequence[str], *, bom: bool = False) -> str:
    """CSV with a fixed header; missing values are empty cells (see ``csv_cell``)."""
    return "".join(csv_chunks(rows, fields, bom=bom))


def csv_chunks(
    rows: Iterable[Mapping[str, Any]],
    fields: Sequence[str],
    *,
    rows_per_chunk: int = 2000,
    bom: bool = False,
) -> Iterator[str]:
    """``csv_text`` in pieces of ``rows_per_chunk`` rows, for writing a large table.

    Every CSV incidentmap writes goes through here, so every cell is made safe once:
    empty for a missing value (never ``nan``), JSON for a list, and text that a
    spreadsheet would run as a formula is defused (``csv_cell``). With ``bom``, the
    text starts with a UTF-8 byte-order mark, which Excel needs to read UTF-8 (without
    it, curly quotes and non-Latin names come out garbled).
    """
    lines = _Lines()
    if bom:
        lines.write("\ufeff")
    # RFC 4180 line ends: the writer then also quotes a lone carriage return in a field.
    writer = csv.writer(lines, lineterminator="\r\n")
    writer.writerow(fields)
    for n, row in enumerate(rows, 1):
        cells = [csv_cell(row.get(k)) for k in fields]
        if any(isinstance(cell, str) and len(cell) >= _PIECE_CHARACTERS for cell in cells):
            yield lines.take()
            yield from _csv_parts(cells)
        else:
            writer.writerow(cells)
        if n % rows_per_chunk == 0 or lines.size >= _PIECE_CHARACTERS:
            yield lines.take()
    yield lines.take()


#: A piece of a CSV is cut after this many characters, whatever its rows; a cell this
#: long is written as a piece of its own.
_PIECE_CHARACTERS = 1 << 20


def _csv_parts(cells: Sequence[str | int | float | bool]) -> Iterator[str]:
    """One row as ``csv.writer`` writes it (minimal quoting, CRLF), cell by cell.

    For a row with a huge cell (the sources of an event a large corpus tells 600,000
    times): the csv module builds a row four bytes a character, 93 MB for a 15 MB cell,
    where this yields the cell itself (quoted only when it must be).
    """
    for k, cell in enumerate(cells):
        if k:
            yield ","
        text = cell if isinstance(cell, str) else str(cell)
        if any(mark in text for mark in ',"\r\n'):
            text = '"' + text.replace('"', '""') + '"'
        yield text
    yield "\r\n"


class _Lines:
    """Where ``csv.writer`` puts its lines: the strings it writes, joined when taken.

    Not ``io.StringIO``, which once reused holds four bytes a character.
    """

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def write(self, text: str) -> int:
        """Keep one line (what ``csv.writer`` calls)."""
        self.parts.append(text)
        self.size += len(text)
        return len(text)

    def take(self) -> str:
        """The lines kept so far, joined, and forget them (one line is not copied)."""
        text = "".join(self.parts)
        self.parts, self.size = [], 0
        return text


#: First characters that make a spreadsheet read a cell as a formula (OWASP, "CSV
#: injection"): a report's title or sentence must never run as one.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> str | int | float | bool:
    """One value as a CSV cell: nothing for a missing one, text a spreadsheet will not run.

    Missing values (None, NaN, pandas' NA) are empty cells; lists and mappings are
    JSON; numbers stay numbers (a negative longitude is no formula). Text beginning
    with one of ``FORMULA_STARTS`` gets a leading apostrophe, which spreadsheets show
    as text and do not evaluate.
    """
    value = _clean(value)
    if value is None:
        return ""
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | dict | tuple):
        value = json.dumps(value, ensure_ascii=False)
    text = str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def write_mentions_csv(
    rows: Sequence[Mapping[str, Any]], path: str | Path, *, bom: bool = False
) -> None:
    """Write ``mentions.csv`` (``bom``: with a UTF-8 byte-order mark, for Excel)."""
    write_text_atomic(path, csv_text(rows, CSV_FIELDS, bom=bom))


def read_layer(path: str | Path) -> gpd.GeoDataFrame:
    """Read an incidents GeoJSON back, checked, with nested properties as Python objects.

    A layer edited elsewhere is taken back where that is safe: a feature id kept only as
    an ``id`` or ``place_id`` property (geopandas and GeoPackage round trips) is the id
    again, and nested properties saved as JSON text are parsed (``_validate``).

    Raises
    ------
    InputError
        The file cannot be read or is not a GeoJSON FeatureCollection.
    ValidationError
        A feature is not a valid place (the message names the feature and the field).
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot read ({err})") from err
    except json.JSONDecodeError as err:
        raise InputError(f"{path}: not valid JSON (line {err.lineno}: {err.msg})") from err
    except RecursionError as err:
        raise InputError(f"{path}: JSON nested too deeply") from err
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise InputError(f"{path}: not a GeoJSON FeatureCollection")
    from shapely.geometry import shape

    rows = []
    features = data.get("features")
    for number, feature in enumerate(features if isinstance(features, list) else [], start=1):
        if not isinstance(feature, dict):
            raise InputError(f"{path}: feature {number} is not a GeoJSON Feature")
        geometry = None
        if feature.get("geometry") is not None:
            try:
                geometry = shape(feature["geometry"])
            except (KeyError, TypeError, ValueError, AttributeError, IndexError) as err:
                raise InputError(f"{path}: feature {number} has no valid geometry") from err
        properties = feature.get("properties")
        row = dict(properties) if isinstance(properties, dict) else {}
        # The id as a property: a geopandas or GeoPackage round trip keeps it only there.
        kept_ids = [row.pop("id", None), row.pop("place_id", None)]
        kept_id = next((i for i in kept_ids if i not in (None, "")), None)
        row["id"] = str(feature.get("id") or kept_id or f"feature-{number}")
        row["geometry"] = geometry
        rows.append(row)
    frame: dict[str, Any] | list[dict[str, Any]] = rows or {"id": [], "geometry": []}
    layer = gpd.GeoDataFrame(frame, geometry="geometry", crs="EPSG:4326").set_index("id")
    return validate_places(layer, where=str(path))


#: The formats ``export_layer`` writes.
EXPORT_FORMATS = ("csv", "gpkg", "kml", "acled")


def write_export(
    layer: gpd.GeoDataFrame,
    fmt: str,
    out_path: Path,
    *,
    summary: gpd.GeoDataFrame | None = None,
    title: str = "incidentmap",
    bom: bool = False,
) -> Path:
    """Write a checked incidents layer as ``csv``, ``gpkg``, ``kml`` or ``acled``; return the path.

    ``acled`` writes ACLED's 31 columns, one row per event. ``pipeline.export_layer``
    reads and checks the layer and gives this the district summary a GeoPackage holds.

    Parameters
    ----------
    layer
        The incidents layer (``read_layer``).
    fmt
        One of ``EXPORT_FORMATS``, lower case.
    out_path
        The file to write (atomically: a failed export leaves no partial file).
    summary
        Every district with its counts (``gpkg`` only).
    title
        The KML document's name.
    bom
        CSV only: start with a UTF-8 byte-order mark, for Excel.

    Returns
    -------
    Path
        The file written.

    Raises
    ------
    OutputError
        The output cannot be written; the message names ``out_path``.
    """
    if not out_path.parent.is_dir():
        raise OutputError(f"{out_path}: cannot write (no folder {out_path.parent})")
    try:
        if fmt == "acled":
            from .acled import ACLED_COLUMNS, acled_rows

            rows = acled_rows(_place_records(layer))
            write_text_atomic(out_path, csv_text(rows, ACLED_COLUMNS, bom=bom))
        elif fmt == "csv":
            write_text_atomic(out_path, csv_text(_acled_rows(layer), ACLED_FIELDS, bom=bom))
        elif fmt == "gpkg":
            assert summary is not None, "a GeoPackage holds the district summary"
            _write_gpkg(layer, summary, out_path)
        else:
            write_text_atomic(out_path, kml_text(layer, title=title))
    except (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as err:
        reason = getattr(err, "strerror", None) or str(err).replace(str(out_path.parent), "")
        raise OutputError(f"{out_path}: cannot write ({reason})") from err
    return out_path


ACLED_FIELDS = (
    "event_date", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
    "role", "confidence", "source", "source_url", "notes", "place_id", "doc_id",
    "event_date_precision",
)  # fmt: skip


def _acled_rows(layer: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """One row per mention, in the flat form spreadsheet users know from ACLED."""
    rows = []
    for place_id, place in layer.iterrows():
        for m in place.get("mentions") or []:
            rows.append(
                {
                    "event_date": m.get("event_date") or m.get("published"),
                    "event_date_precision": m.get("event_date_precision"),
                    "admin1": place.get("province"),
                    "admin2": place.get("district"),
                    "location": place.get("name"),
                    "latitude": round(place.geometry.y, COORD_DECIMALS),
                    "longitude": round(place.geometry.x, COORD_DECIMALS),
                    "geo_precision": place.get("geo_precision"),
                    "role": m.get("role"),
                    "confidence": m.get("confidence"),
                    "source": m.get("source_title") or m.get("doc_id"),
                    "source_url": m.get("source_url"),
                    "notes": m.get("excerpt"),
                    "place_id": place_id,
                    "doc_id": m.get("doc_id"),
                }
            )
    return rows


GPKG_OPTIONS = {"VERSION": "1.2"}


def _write_gpkg(layer: gpd.GeoDataFrame, summary: gpd.GeoDataFrame, path: Path) -> None:
    """Four layers: incidents (places), districts (every polygon, with counts), mentions, events.

    The place id is a ``place_id`` column (a GeoPackage's feature id is a number), so it
    survives a conversion to GeoJSON or a shapefile. The file is written under a hidden
    name beside ``path`` and renamed over it once complete.
    """
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".gpkg", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    tmp.unlink()
    try:
        places = _flat(layer).rename_axis("place_id").reset_index()
        # GeoPackage 1.2: the version every GDAL and QGIS in use reads without a warning.
        places.to_file(tmp, layer="incidents", driver="GPKG", dataset_options=GPKG_OPTIONS)
        summary = summary.set_geometry(_rfc7946_geometries(summary.geometry.values))
        _flat(summary).to_file(tmp, layer="districts", driver="GPKG", index=False)
        rows = _acled_rows(layer)
        mentions = gpd.GeoDataFrame(
            rows or {f: [] for f in ACLED_FIELDS},
            geometry=gpd.points_from_xy(
                [r["longitude"] for r in rows], [r["latitude"] for r in rows]
            ),
            crs="EPSG:4326",
        )
        mentions.to_file(tmp, layer="mentions", driver="GPKG")
        _write_events_layer(layer, tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)


def _place_records(layer: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """The layer's places as property dicts with ``latitude``/``longitude``."""
    records = []
    for place_id, place in layer.iterrows():
        record = {k: v for k, v in place.items() if k != layer.geometry.name}
        record["id"] = place_id
        record["latitude"] = round(place.geometry.y, COORD_DECIMALS)
        record["longitude"] = round(place.geometry.x, COORD_DECIMALS)
        records.append(record)
    return records


def _write_events_layer(layer: gpd.GeoDataFrame, path: Path) -> None:
    """The ``events`` layer: a point per event at its place, claims as JSON text."""
    from .acled import event_points

    if "events" not in layer.columns:
        return
    rows = event_points(_place_records(layer))
    if not rows:
        return
    points = gpd.GeoDataFrame(
        rows,
        geometry=gpd.points_from_xy([r["longitude"] for r in rows], [r["latitude"] for r in rows]),
        crs="EPSG:4326",
    )
    _flat(points).to_file(path, layer="events", driver="GPKG")


def _flat(layer: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Lists and dicts as JSON text, for formats without nested values."""
    flat = layer.copy()
    for column in flat.columns:
        if column == flat.geometry.name:
            continue
        if flat[column].map(lambda v: isinstance(v, list | dict)).any():
            flat[column] = flat[column].map(
                lambda v: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
            )
    return flat


# --- KML -------------------------------------------------------------------------------
#: Characters XML 1.0 forbids (C0 controls but tab and line ends, lone surrogates, U+FFFE/F):
#: a report can carry them (an ESC, a BEL), and one of them makes a KML file unreadable.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
#: Characters an XML id (an NCName) cannot hold.
_NOT_ID = re.compile(r"[^A-Za-z0-9._-]")
KML_FOLDERS = (
    ("high", "Incidents: high confidence"),
    ("medium", "Incidents: medium confidence"),
    ("low", "Incidents: low confidence"),
    ("context", "Context places (mentioned; nothing reported there)"),
)
KML_DESCRIPTION_MENTIONS = 10


def xml_text(value: Any) -> str:
    """``value`` as text that any XML 1.0 document can hold (forbidden characters removed)."""
    return _NOT_XML.sub("", "" if value is None else str(value))


def xml_ids(values: Iterable[Any]) -> list[str]:
    """Unique XML ids (NCNames) for ``values``: ``geonames:1167528`` -> ``geonames-1167528``."""
    ids: list[str] = []
    taken: set[str] = set()
    for value in values:
        base = _NOT_ID.sub("-", str(value))
        if not base or not (base[0].isalpha() or base[0] == "_"):
            base = f"id-{base}"
        candidate, number = base, 2
        while candidate in taken:
            candidate, number = f"{base}-{number}", number + 1
        taken.add(candidate)
        ids.append(candidate)
    return ids


def kml_text(layer: gpd.GeoDataFrame, *, title: str = "incidentmap") -> str:
    """KML 2.2 for Google Earth and other globes, built with fastkml (not by hand).

    A folder per confidence level of the incident places and one for the context
    places (hidden, as on the map), a shared style per level, every place's
    properties as ``ExtendedData``, a ``TimeStamp`` (or ``TimeSpan``) from the event
    dates of its incident mentions for the time slider, and an HTML description with
    the strongest excerpts and links to their sources. Text from reports is escaped
    by the serializer and stripped of characters XML cannot hold; XML ids are made
    valid NCNames.
    """
    from fastkml import KML, Document, Folder

    places = layer.to_crs("EPSG:4326")
    groups: dict[str, list[Any]] = {key: [] for key, _ in KML_FOLDERS}
    ids = xml_ids(places.index)
    for (place_id, place), xml_id in zip(places.iterrows(), ids, strict=True):
        group = _kml_group(place)
        geometry_name = places.geometry.name
        groups[group].append(_placemark(str(place_id), place, xml_id, group, geometry_name))
    folders = [
        Folder(
            id=f"folder-{key}",
            name=label,
            visibility=key != "context",
            features=groups[key],
        )
        for key, label in KML_FOLDERS
        if groups[key]
    ]
    document = Document(
        id="incidentmap",
        name=xml_text(title),
        description=xml_text(
            f"{len(places)} places from incidentmap; the confidence levels are folders, "
            "context places are hidden at first."
        ),
        styles=[_kml_style(key) for key, _ in KML_FOLDERS],
        features=folders,
    )
    element = KML(features=[document]).etree_element()
    data: bytes = lxml.etree.tostring(
        element, xml_declaration=True, encoding="UTF-8", pretty_print=True
    )
    return data.decode("utf-8")


def _kml_group(place: pd.Series) -> str:
    if place.get("role") != "incident":
        return "context"
    level = place.get("confidence_level")
    if level in ("high", "medium", "low"):
        return str(level)
    return confidence_level(float(place.get("confidence") or 0.0))


def _kml_style(group: str) -> Any:
    """The shared style of one folder: the map's marker colour (KML writes aabbggrr)."""
    from fastkml import IconStyle, LabelStyle, Style
    from fastkml.links import Icon

    from .render import GROUP_COLOURS

    rgb = GROUP_COLOURS[group].lstrip("#")
    colour = f"ff{rgb[4:6]}{rgb[2:4]}{rgb[0:2]}"
    return Style(
        id=f"style-{group}",
        styles=[
            IconStyle(
                color=colour,
                scale=1.0 if group != "context" else 0.7,
                icon=Icon(href=KML_ICON),
            ),
            LabelStyle(scale=0.8 if group != "context" else 0.0),
        ],
    )


#: Google Earth's own circle icon, tinted by each style.
KML_ICON = "https://maps.google.com/mapfiles/kml/shapes/placemark_circle.png"


def _placemark(place_id: str, place: pd.Series, xml_id: str, group: str, geometry_name: str) -> Any:
    """One place: its point, name, balloon, time, style and properties."""
    import pygeoif
    from fastkml import Data, ExtendedData, Placemark
    from fastkml.styles import StyleUrl

    point = pygeoif.Point(round(place.geometry.x, COORD_DECIMALS),
                          round(place.geometry.y, COORD_DECIMALS))  # fmt: skip
    skip = {"mentions", geometry_name}
    fields = {"place_id": place_id, **{k: v for k, v in place.items() if k not in skip}}
    data = [Data(name=xml_text(k), value=xml_text(_kml_value(v))) for k, v in fields.items()]
    return Placemark(
        id=xml_id,
        name=xml_text(place.get("name")),
        visibility=group != "context",
        description=xml_text(_kml_description(place)),
        times=_kml_time(place),
        style_url=StyleUrl(url=f"#style-{group}"),
        extended_data=ExtendedData(elements=data),
        geometry=point,
    )


def _kml_value(value: Any) -> str:
    """A property as ExtendedData text: JSON for nested values, nothing for a null."""
    value = _clean(value)
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _kml_time(place: pd.Series) -> Any:
    """``TimeStamp`` of the place's one event date, ``TimeSpan`` of several, else None."""
    from fastkml.times import KmlDateTime, TimeSpan, TimeStamp

    mentions = place.get("mentions") or []
    incident = [m for m in mentions if m.get("role") == "incident"] or mentions
    days = sorted({d for d in (_day(m.get("event_date") or m.get("published"))
                               for m in incident) if d is not None})  # fmt: skip
    if not days:
        return None
    if len(days) == 1:
        return TimeStamp(timestamp=KmlDateTime(days[0]))
    return TimeSpan(begin=KmlDateTime(days[0]), end=KmlDateTime(days[-1]))


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _kml_description(place: pd.Series) -> str:
    """The balloon: role, confidence and district, then the strongest excerpts, escaped."""
    from .render import safe_url, strongest_mentions

    where = ", ".join(str(place.get(k)) for k in ("district", "province") if place.get(k))
    confidence = place.get("confidence")
    head = f"{place.get('role')}" + (f", confidence {confidence:.2f}" if confidence else "")
    parts = [f"<p><b>{html.escape(head)}</b>" + (f"<br>{html.escape(where)}" if where else "")]
    parts.append("</p>")
    mentions = strongest_mentions(place.get("mentions") or [])
    items = []
    for m in mentions[:KML_DESCRIPTION_MENTIONS]:
        source = html.escape(str(m.get("source_title") or m.get("doc_id") or "source"))
        url = safe_url(m.get("source_url"))
        link = f'<a href="{html.escape(url)}">{source}</a>' if url else source
        when = html.escape(str(m.get("event_date") or m.get("published") or ""))
        items.append(
            f"<li>\u201c{html.escape(str(m.get('excerpt') or ''))}\u201d<br>{link}"
            + (f" ({when})" if when else "") + "</li>"
        )  # fmt: skip
    if items:
        parts.append("<ul>" + "".join(items) + "</ul>")
    if len(mentions) > KML_DESCRIPTION_MENTIONS:
        parts.append(f"<p>and {len(mentions) - KML_DESCRIPTION_MENTIONS} more mentions</p>")
    return "".join(parts)


def write_json(data: Any, path: str | Path) -> None:
    """Write pretty JSON atomically."""
    with atomic_writer(path) as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2, sort_keys=False)
        handle.write("\n")
