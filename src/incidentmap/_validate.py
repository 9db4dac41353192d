"""Check layers between stages and when read back from disk; raise ``ValidationError``.

An incidents layer comes back from QGIS, geopandas or a text editor in many shapes:
nested properties turned into JSON text (geopandas writes a list of objects as a
string), properties set to null, points replaced by polygons, a district id typed by
hand, a ``Name`` column beside ``name``. ``validate_places`` takes back what can be taken
back without guessing (JSON text of a list is that list) and refuses the rest with one
line naming the file, the feature (its number in the file and its id) and the field, so
that the analyst can find it in the attribute table. The pipeline runs the same checks,
minus the per-row ones, between its stages.
"""

from __future__ import annotations

import ast
import json
import math
from collections.abc import Callable, Collection, Iterable
from typing import Any

import geopandas as gpd
import pandas as pd

from .errors import ValidationError

#: Properties an incidents layer cannot do without.
REQUIRED_PLACE_FIELDS = ("name", "role")
ROLES = ("incident", "context")
LEVELS = ("high", "medium", "low")
#: Properties the SPEC nests, and the JSON type each must have.
NESTED_FIELDS: dict[str, type] = {
    "mentions": list,
    "names_in_text": list,
    "confidence_factors": dict,
    "event_dates": list,
    "events": list,
}
#: Numeric properties: (lowest, highest, whole numbers only).
NUMBER_FIELDS: dict[str, tuple[float, float, bool]] = {
    "confidence": (0.0, 1.0, False),
    "geo_precision": (1, 3, True),
    "n_mentions": (0, math.inf, True),
    "n_sources": (0, math.inf, True),
}
_WGS84 = "EPSG:4326"


def _missing(value: Any) -> bool:
    """True for a null cell (None, NaN, pandas' NA)."""
    return value is None or (not isinstance(value, list | dict | tuple) and bool(pd.isna(value)))


class _Rows:
    """Names rows the way an analyst finds them: ``feature 3 (geonames:1167528)``."""

    def __init__(self, where: str, ids: Iterable[Any]) -> None:
        self.where = where
        self.ids = [str(i) for i in ids]

    def error(self, position: int, field: str, reason: str) -> ValidationError:
        return ValidationError(
            f"{self.where}: feature {position + 1} ({self.ids[position]}): {field}: {reason}"
        )


def check_crs(gdf: gpd.GeoDataFrame, *, where: str, crs: str = _WGS84) -> None:
    """Refuse a table without a CRS, or in another CRS than ``crs``."""
    if gdf.crs is None:
        raise ValidationError(f"{where}: no coordinate reference system (expected {crs})")
    if not gdf.crs.equals(crs):
        raise ValidationError(f"{where}: CRS is {gdf.crs.to_string()}, expected {crs}")


def check_columns(gdf: pd.DataFrame, columns: Iterable[str], *, where: str) -> None:
    """Refuse a table that lacks any of ``columns``."""
    missing = [c for c in columns if c not in gdf.columns]
    if missing:
        raise ValidationError(f"{where}: missing column(s) {', '.join(missing)}")


def check_districts_layer(districts: gpd.GeoDataFrame, *, where: str) -> None:
    """District polygons: the join columns, a CRS, polygons only, unique ids."""
    check_columns(districts, ("district", "district_id", "province"), where=where)
    if districts.crs is None:
        raise ValidationError(f"{where}: no coordinate reference system")
    kinds = set(districts.geom_type.dropna()) - {"Polygon", "MultiPolygon"}
    if kinds:
        raise ValidationError(f"{where}: district geometries must be polygons, not {kinds}")
    repeated = districts["district_id"][districts["district_id"].duplicated()]
    if len(repeated):
        raise ValidationError(f"{where}: district_id {repeated.iloc[0]!r} is used twice")


def check_places(
    places: gpd.GeoDataFrame, *, where: str, district_ids: Collection[Any] | None = None
) -> None:
    """The checks between stages: columns, CRS, point geometries, known district ids.

    Cheap (vectorised) so that it can run on every build; ``validate_places`` adds the
    per-row checks for a layer read from disk.
    """
    check_columns(places, (*REQUIRED_PLACE_FIELDS, "district_id"), where=where)
    check_crs(places, where=where)
    rows = _Rows(where, places.index)
    _check_points(places, rows)
    if district_ids is not None:
        check_district_ids(places, district_ids, where=where)


def _check_points(places: gpd.GeoDataFrame, rows: _Rows) -> None:
    kinds = places.geometry.geom_type.tolist()
    for position, kind in enumerate(kinds):
        if kind != "Point":
            reason = "missing" if kind is None else f"a {kind}, where a place is a Point"
            raise rows.error(position, "geometry", reason)
    if len(places):
        xs, ys = places.geometry.x.to_numpy(), places.geometry.y.to_numpy()
        for position, (x, y) in enumerate(zip(xs, ys, strict=True)):
            if not (math.isfinite(x) and math.isfinite(y) and -180 <= x <= 180 and -90 <= y <= 90):
                raise rows.error(position, "geometry", f"({x}, {y}) is not a lon/lat position")


def check_district_ids(places: pd.DataFrame, district_ids: Collection[Any], *, where: str) -> None:
    """Every non-null ``district_id`` names a polygon of the boundaries in use."""
    if "district_id" not in places.columns:
        return
    known = set(district_ids)
    rows = _Rows(where, places.index)
    for position, value in enumerate(places["district_id"].tolist()):
        if not _missing(value) and value not in known:
            raise rows.error(
                position,
                "district_id",
                f"{value!r} is not a district of the boundaries in use ({len(known)} "
                "districts); correct it or empty it",
            )


def validate_places(places: gpd.GeoDataFrame, *, where: str) -> gpd.GeoDataFrame:
    """Check an incidents layer read from disk; return it with nested fields parsed.

    Parameters
    ----------
    places
        The layer as read: one row per feature, indexed by feature id.
    where
        The file it came from, for the messages.

    Returns
    -------
    GeoDataFrame
        The same rows, nested properties as Python lists and dicts, nulls as None.

    Raises
    ------
    ValidationError
        With the file, the feature and the field: a districts layer given for an
        incidents layer, a missing or empty required property, a role or number out of
        range, a nested property that is not JSON of the right shape, a geometry that is
        not a point, two properties whose names differ only in case, a repeated id.
    """
    if "n_incident_places" in places.columns and "mentions" not in places.columns:
        raise ValidationError(
            f"{where}: this is a districts layer (districts.geojson); give the incidents "
            "layer (incidents.geojson)"
        )
    rows = _Rows(where, places.index)
    _check_case_clashes(places, rows)
    _check_unique_ids(places, rows)
    check_crs(places, where=where)
    out = places.copy()
    if not len(places):  # an empty layer is a valid one: it draws an empty map
        for field in REQUIRED_PLACE_FIELDS:
            out[field] = pd.Series([], index=out.index, dtype=object)
        return out
    missing = [field for field in REQUIRED_PLACE_FIELDS if field not in places.columns]
    if missing:
        raise ValidationError(
            f"{where}: not an incidentmap layer (no {' or '.join(missing)} property)"
        )
    _check_points(places, rows)
    for field in REQUIRED_PLACE_FIELDS:
        out[field] = _column(out, field, rows, _required_text)
    out["role"] = _column(out, "role", rows, _choice(ROLES))
    if "confidence_level" in out.columns:
        # Derived from ``confidence``: a value that is not a level is dropped, not refused
        # (the map and the KML take the level from the confidence then).
        out["confidence_level"] = _column(out, "confidence_level", rows, _level)
    for field, (low, high, whole) in NUMBER_FIELDS.items():
        if field in out.columns:
            out[field] = _column(out, field, rows, _optional(_number(low, high, whole)))
    for field, kind in NESTED_FIELDS.items():
        if field in out.columns:
            out[field] = _column(out, field, rows, _optional(_nested(kind)))
    if "mentions" in out.columns:
        out["mentions"] = _column(out, "mentions", rows, _optional(_mention_list))
    for field in out.columns:
        if field != out.geometry.name and field not in (*NUMBER_FIELDS, *NESTED_FIELDS):
            out[field] = pd.Series(
                [None if _missing(v) else v for v in out[field].tolist()],
                index=out.index, dtype=object,
            )  # fmt: skip
    return out


def _check_case_clashes(places: pd.DataFrame, rows: _Rows) -> None:
    """``Name`` beside ``name``: GeoPackage, KML and shapefiles cannot hold both."""
    seen: dict[str, str] = {}
    for column in map(str, places.columns):
        other = seen.setdefault(column.lower(), column)
        if other != column:
            both = places[[other, column]].notna().all(axis=1).tolist()
            position = both.index(True) if True in both else 0
            raise rows.error(
                position, column,
                f"differs from the property {other!r} only in case; other GIS formats "
                "cannot hold both: keep one",
            )  # fmt: skip


def _check_unique_ids(places: pd.DataFrame, rows: _Rows) -> None:
    first: dict[str, int] = {}
    for position, value in enumerate(rows.ids):
        if value in first:
            raise rows.error(position, "id", f"repeats the id of feature {first[value] + 1}")
        first[value] = position


def _column(
    frame: pd.DataFrame, field: str, rows: _Rows, convert: Callable[[Any], Any]
) -> pd.Series:
    """``convert`` applied to every cell; a ``ValueError`` names the row and the field."""
    values = []
    for position, value in enumerate(frame[field].tolist()):
        try:
            values.append(convert(value))
        except ValueError as err:
            raise rows.error(position, field, str(err)) from err
    return pd.Series(values, index=frame.index, dtype=object)


def _optional(convert: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """``convert``, but a null cell stays None."""

    def check(value: Any) -> Any:
        return None if _missing(value) else convert(value)

    return check


def _required_text(value: Any) -> str:
    if _missing(value) or not str(value).strip():
        raise ValueError("empty; every place needs one")
    return str(value)


def _choice(allowed: tuple[str, ...]) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        text = str(value).strip().lower()
        if text not in allowed:
            raise ValueError(f"{value!r} is not one of {', '.join(allowed)}")
        return text

    return check


def _level(value: Any) -> str | None:
    text = "" if _missing(value) else str(value).strip().lower()
    return text if text in LEVELS else None


def _number(low: float, high: float, whole: bool) -> Callable[[Any], float | int]:
    def check(value: Any) -> float | int:
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{value!r} is not a number") from None
        if not math.isfinite(number) or not low <= number <= high:
            raise ValueError(f"{value!r} is outside {low:g}..{high:g}")
        if whole:
            if number != int(number):
                raise ValueError(f"{value!r} is not a whole number")
            return int(number)
        return number

    return check


def _nested(kind: type) -> Callable[[Any], Any]:
    """A list or object, or the text of one as other tools write it.

    QGIS and GDAL write nested values as JSON text; geopandas writes a list of objects
    as Python's ``repr`` of it, which ``ast.literal_eval`` reads back (literals only:
    it runs no code).
    """
    name = "a list" if kind is list else "an object"

    def check(value: Any) -> Any:
        if isinstance(value, str):
            value = _parse_nested(value, name)
        if isinstance(value, tuple):
            value = list(value)
        if not isinstance(value, kind):
            raise ValueError(f"{type(value).__name__}, where {name} belongs")
        return value

    return check


def _parse_nested(text: str, name: str) -> Any:
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        pass
    try:
        return ast.literal_eval(text)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        raise ValueError(
            f"text that is neither JSON nor a Python literal, where {name} belongs"
        ) from None


def _mention_list(value: list[Any]) -> list[dict[str, Any]]:
    for number, item in enumerate(value, start=1):
        if not isinstance(item, dict):
            raise ValueError(f"item {number} is {type(item).__name__}, not an object")
    return value
