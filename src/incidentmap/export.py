"""Write the outputs: RFC 7946 GeoJSON layers, the flat mention table, other formats.

GeoJSON is written by hand from plain dicts rather than through a driver, so that nested
properties (``mentions``, ``confidence_factors``) stay JSON, key order is fixed and the
bytes are identical for identical inputs. Every file is written atomically.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import geopandas as gpd
from shapely.geometry import mapping

from ._io import atomic_writer, write_text_atomic
from .errors import InputError
from .layer import mention_record
from .models import CSV_FIELDS, DISTRICT_FIELDS, INCIDENT_FIELDS, Report, ResolvedMention

COORD_DECIMALS = 6


def _clean(value: Any) -> Any:
    """JSON-safe values, all the way down: NaN and infinities to null, numpy to Python."""
    if value is None or isinstance(value, str | bool | int):
        return value
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
    """The features of ``feature_collection``, made one at a time."""
    gdf = gdf.to_crs("EPSG:4326") if gdf.crs is not None else gdf
    extra = sorted(c for c in gdf.columns if c not in fields and c != gdf.geometry.name)
    for index, row in gdf.iterrows():
        geometry = mapping(row.geometry)
        geometry = {"type": geometry["type"], "coordinates": _round_coords(geometry["coordinates"])}
        properties = {k: _clean(row[k]) for k in [*fields, *extra] if k in row.index}
        feature: dict[str, Any] = {"type": "Feature"}
        if isinstance(index, str):
            feature["id"] = index
        feature["geometry"] = geometry
        feature["properties"] = properties
        yield feature


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


def mention_rows(
    resolved: Mapping[str, Sequence[ResolvedMention]],
    reports: Mapping[str, Report],
    places: gpd.GeoDataFrame,
) -> list[dict[str, Any]]:
    """One flat row per mention, resolved or not (unresolved rows carry the reason)."""
    located = _located(places)
    rows = []
    for doc_id, items in resolved.items():
        report = reports[doc_id]
        for r in items:
            record = mention_record(report, r)
            row: dict[str, Any] = {k: record.get(k) for k in CSV_FIELDS if k in record}
            row["role_reason"] = r.role_reason
            if r.entry is None or r.entry.id not in located:
                row.update(status="unresolved", reason=r.resolve_reason)
            else:
                row.update(
                    status="resolved",
                    reason=r.resolve_reason,
                    place_id=r.entry.id,
                    place=r.entry.name,
                    kind=r.entry.kind,
                    geo_precision=r.entry.precision,
                    **located[r.entry.id],
                    country=r.entry.country,
                )
            rows.append(row)
    return rows


def _located(places: gpd.GeoDataFrame) -> dict[str, dict[str, Any]]:
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
            **{name: values[name][i] for name in columns},
        }
        for i, place_id in enumerate(places.index)
    }


def csv_text(rows: Iterable[Mapping[str, Any]], fields: Sequence[str]) -> str:
    """CSV with a fixed header; missing values are empty cells."""
    return "".join(csv_chunks(rows, fields))


def csv_chunks(
    rows: Iterable[Mapping[str, Any]], fields: Sequence[str], *, rows_per_chunk: int = 2000
) -> Iterator[str]:
    """``csv_text`` in pieces of ``rows_per_chunk`` rows, for writing a large table."""
    buffer = io.StringIO()
    # RFC 4180 line ends: the writer then also quotes a lone carriage return in a field.
    writer = csv.DictWriter(
        buffer, fieldnames=list(fields), extrasaction="ignore", lineterminator="\r\n"
    )
    writer.writeheader()
    for n, row in enumerate(rows, 1):
        writer.writerow({k: "" if row.get(k) is None else row.get(k) for k in fields})
        if n % rows_per_chunk == 0:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()


def write_mentions_csv(rows: Sequence[Mapping[str, Any]], path: str | Path) -> None:
    """Write ``mentions.csv``."""
    write_text_atomic(path, csv_text(rows, CSV_FIELDS))


def read_layer(path: str | Path) -> gpd.GeoDataFrame:
    """Read an incidents GeoJSON back, keeping nested properties as Python objects."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise InputError(f"{path}: cannot read ({err})") from err
    except json.JSONDecodeError as err:
        raise InputError(f"{path}: not valid JSON (line {err.lineno}: {err.msg})") from err
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        raise InputError(f"{path}: not a GeoJSON FeatureCollection")
    from shapely.geometry import shape

    rows = []
    for number, feature in enumerate(data.get("features", []), start=1):
        try:
            geometry = shape(feature["geometry"])
        except (KeyError, TypeError, ValueError, AttributeError) as err:
            raise InputError(f"{path}: feature {number} has no valid geometry") from err
        row = dict(feature.get("properties") or {})
        row["id"] = str(feature.get("id", f"feature-{number}"))
        row["geometry"] = geometry
        rows.append(row)
    if not rows:
        return gpd.GeoDataFrame(
            {"id": [], "geometry": []}, geometry="geometry", crs="EPSG:4326"
        ).set_index("id")
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326").set_index("id")


def export_layer(layer_path: str | Path, fmt: str, out: str | Path | None = None) -> Path:
    """Convert an incidents GeoJSON to ``csv``, ``gpkg``, ``kml`` or ``acled``.

    Returns the new path; ``acled`` writes ACLED's 31 columns, one row per event, to
    ``<layer>.acled.csv`` by default.
    """
    layer = read_layer(layer_path)
    suffix = ".acled.csv" if fmt == "acled" else f".{fmt}"
    out_path = Path(out) if out else Path(layer_path).with_suffix(suffix)
    if fmt == "acled":
        from .acled import ACLED_COLUMNS, acled_rows

        write_text_atomic(out_path, csv_text(acled_rows(_place_records(layer)), ACLED_COLUMNS))
    elif fmt == "csv":
        write_text_atomic(out_path, csv_text(_acled_rows(layer), ACLED_FIELDS))
    elif fmt == "gpkg":
        _write_gpkg(layer, out_path)
    elif fmt == "kml":
        write_text_atomic(out_path, kml_text(layer))
    else:
        raise InputError(f"unknown export format {fmt!r}; use csv, gpkg, kml or acled")
    return out_path


ACLED_FIELDS = (
    "event_date", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
    "role", "confidence", "source", "source_url", "notes", "place_id", "doc_id",
)  # fmt: skip


def _acled_rows(layer: gpd.GeoDataFrame) -> list[dict[str, Any]]:
    """One row per mention, in the flat form spreadsheet users know from ACLED."""
    rows = []
    for place_id, place in layer.iterrows():
        for m in place.get("mentions") or []:
            rows.append(
                {
                    "event_date": m.get("published"),
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


def _write_gpkg(layer: gpd.GeoDataFrame, path: Path) -> None:
    """Three layers: incidents (places), districts (summary polygons), mentions (points)."""
    from .districts import load_districts
    from .layer import districts_summary

    flat = _flat(layer)
    tmp = path.with_name(f".{path.stem}.partial.gpkg")
    tmp.unlink(missing_ok=True)
    flat.reset_index().to_file(tmp, layer="incidents", driver="GPKG")
    if "district_id" in layer.columns and "role" in layer.columns:
        summary = districts_summary(layer, load_districts())
        if not summary.empty:
            _flat(summary).to_file(tmp, layer="districts", driver="GPKG")
    rows = _acled_rows(layer)
    if rows:
        mentions = gpd.GeoDataFrame(
            rows,
            geometry=gpd.points_from_xy(
                [r["longitude"] for r in rows], [r["latitude"] for r in rows]
            ),
            crs="EPSG:4326",
        )
        mentions.to_file(tmp, layer="mentions", driver="GPKG")
    _write_events_layer(layer, tmp)
    tmp.replace(path)


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
            flat[column] = flat[column].map(lambda v: json.dumps(v, ensure_ascii=False))
    return flat


def kml_text(layer: gpd.GeoDataFrame) -> str:
    """A plain KML document: one placemark per place, description escaped."""
    from xml.sax.saxutils import escape, quoteattr

    marks = []
    for place_id, place in layer.iterrows():
        excerpts = "\n".join(f"- {m.get('excerpt', '')}" for m in (place.get("mentions") or [])[:5])
        desc = (
            f"{place.get('role')} ({place.get('confidence_level')}, {place.get('confidence')})\n"
            f"{place.get('district') or ''}\n{excerpts}"
        )
        mark_id = quoteattr(str(place_id))
        marks.append(
            f"<Placemark id={mark_id}><name>{escape(str(place.get('name')))}</name>"
            f"<description>{escape(desc)}</description>"
            f"<Point><coordinates>{place.geometry.x:.6f},{place.geometry.y:.6f}</coordinates></Point>"
            "</Placemark>"
        )
    body = "\n".join(marks)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>incidentmap</name>\n'
        f"{body}\n</Document></kml>\n"
    )


def write_json(data: Any, path: str | Path) -> None:
    """Write pretty JSON atomically."""
    with atomic_writer(path) as handle:
        json.dump(data, handle, ensure_ascii=False, indent=2, sort_keys=False)
        handle.write("\n")
