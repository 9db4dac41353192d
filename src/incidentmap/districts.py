"""District polygons: load the shipped layer and join points to it."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import geopandas as gpd
import pandas as pd

from . import settings
from ._data import geodata_file

#: Points this close to a district (the coast, simplified borders) still belong to it.
NEAREST_MAX_KM = 15.0
_METRIC_CRS = "EPSG:3857"


def load_districts(path: str | Path | None = None) -> gpd.GeoDataFrame:
    """Return district polygons with ``district``, ``district_id``, ``province``, ``country``.

    Parameters
    ----------
    path
        A boundary file with those columns; default the shipped geoBoundaries PAK ADM2 layer.

    Returns
    -------
    GeoDataFrame
        In ``settings.default_crs``.
    """
    layer = gpd.read_file(path or geodata_file("pak_adm2.geojson"))
    return layer.to_crs(settings.default_crs)


def load_provinces(path: str | Path | None = None) -> gpd.GeoDataFrame:
    """Return province polygons (``province``, ``province_id``) for outlines and context."""
    layer = gpd.read_file(path or geodata_file("pak_adm1.geojson"))
    return layer.to_crs(settings.default_crs)


@cache
def district_changes() -> dict[str, str]:
    """Newer district name -> the name of the older polygon that contains it."""
    with geodata_file("district_changes.csv").open(encoding="utf-8", newline="") as handle:
        return {row["district_current"]: row["district"] for row in csv.DictReader(handle)}


def assign_districts(points: gpd.GeoDataFrame, districts: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Add ``district``, ``district_id`` and ``province`` of the polygon each point is in.

    Points just outside every polygon (on a simplified coastline) take the nearest district
    within ``NEAREST_MAX_KM``; points further out get nulls.

    Parameters
    ----------
    points
        Point layer, any CRS; its index is kept.
    districts
        Polygons with ``district``, ``district_id``, ``province``.

    Returns
    -------
    GeoDataFrame
        ``points`` with the three columns added (nulls outside coverage).
    """
    columns = ["district", "district_id", "province"]
    polygons = districts.to_crs(points.crs)[[*columns, "geometry"]]
    base = points.drop(columns=[c for c in columns if c in points.columns])
    joined = gpd.sjoin(base, polygons, how="left", predicate="within")
    joined = joined[~joined.index.duplicated(keep="first")].drop(columns="index_right")
    missing = joined["district_id"].isna()
    if missing.any():
        near = gpd.sjoin_nearest(
            base[missing].to_crs(_METRIC_CRS),
            polygons.to_crs(_METRIC_CRS),
            how="left",
            max_distance=NEAREST_MAX_KM * 1000,
        )
        near = near[~near.index.duplicated(keep="first")]
        for column in columns:
            joined.loc[missing, column] = near[column].reindex(joined.index[missing]).values
    joined[columns] = joined[columns].astype(object).where(pd.notna(joined[columns]), None)
    return joined
