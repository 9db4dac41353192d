"""District polygons: load the shipped layer and join points to it."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import geopandas as gpd
import pandas as pd

from . import settings
from ._geodata import file_digest, geodata_file

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


# --- boundaries for the reports' country (``incidentmap data fetch --country ISO3``) -----
@dataclass(frozen=True)
class Boundaries:
    """The district and province layers a build joins to, and where they came from."""

    districts: gpd.GeoDataFrame
    provinces: gpd.GeoDataFrame | None
    source: dict[str, Any]


def boundaries_for(country: str | None) -> Boundaries:
    """District and province layers for reports about ``country`` (ISO alpha-2 code).

    A country whose geoBoundaries ADM2 layer is in the cache (``incidentmap data fetch
    --country ISO3``) gets that layer, verified on read, with province names from its
    cached ADM1 layer when there is one; otherwise the shipped Pakistan layers are used.

    Parameters
    ----------
    country
        The country the reports are about, or None.

    Returns
    -------
    Boundaries
        Layers with ``district``, ``district_id``, ``province``, ``country`` (and
        ``province``, ``province_id`` for the provinces) in ``settings.default_crs``.
    """
    from . import registry

    iso3 = registry.iso3_for(country) if country else None
    adm2 = registry.cached_boundaries(iso3, "ADM2") if iso3 else None
    if adm2 is None or country is None:
        path = geodata_file("pak_adm2.geojson")
        source: dict[str, Any] = {"file": path.name, "sha256": file_digest(path)}
        return Boundaries(load_districts(), load_provinces(), source)
    adm1 = registry.cached_boundaries(adm2.iso3, "ADM1")
    districts, provinces = _geoboundaries_layers(
        str(adm2.path), adm2.manifest["sha256"],
        str(adm1.path) if adm1 else None, adm1.manifest["sha256"] if adm1 else None, country,
    )  # fmt: skip
    source = {
        "file": str(adm2.path),
        "sha256": adm2.manifest["sha256"],
        "dataset": adm2.manifest.get("dataset"),
        "url": adm2.manifest.get("url"),
        "licence": adm2.licence,
        "provinces": (
            {"file": str(adm1.path), "sha256": adm1.manifest["sha256"], "licence": adm1.licence}
            if adm1
            else None
        ),
    }
    copy = None if provinces is None else provinces.copy()
    return Boundaries(districts.copy(), copy, source)


def boundaries_for_layer(places: gpd.GeoDataFrame) -> Boundaries:
    """The boundaries an incidents layer was joined to: those of its commonest country."""
    countries = places["country"].dropna() if "country" in places.columns else None
    country = str(countries.mode().iloc[0]) if countries is not None and len(countries) else None
    return boundaries_for(country)


@cache
def _geoboundaries_layers(
    adm2_path: str,
    adm2_sha256: str,
    adm1_path: str | None,
    adm1_sha256: str | None,
    country: str,
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame | None]:
    """Cached geoBoundaries layers in the package's column names (cached by content).

    A district's province is the ADM1 polygon holding its representative point.
    """
    raw = gpd.read_file(adm2_path).to_crs(settings.default_crs)
    districts = raw.rename(columns={"shapeName": "district", "shapeID": "district_id"})
    districts["country"] = country
    provinces = None
    if adm1_path is not None:
        provinces = gpd.read_file(adm1_path).to_crs(settings.default_crs)
        provinces = provinces.rename(
            columns={"shapeName": "province", "shapeID": "province_id", "shapeISO": "province_iso"}
        )
        provinces["country"] = country
        keep = [c for c in ("province", "province_id", "province_iso", "country") if c in provinces]
        provinces = provinces[[*keep, "geometry"]].sort_values("province_id")
        provinces = provinces.reset_index(drop=True)
        points = gpd.GeoDataFrame(geometry=districts.representative_point(), crs=districts.crs)
        joined = gpd.sjoin(points, provinces[["province", "geometry"]], how="left")
        joined = joined[~joined.index.duplicated(keep="first")]
        districts["province"] = joined["province"].reindex(districts.index)
    else:
        districts["province"] = None
    districts = districts[["district", "district_id", "province", "country", "geometry"]]
    districts = districts.sort_values("district_id").reset_index(drop=True)
    districts["province"] = (
        districts["province"].astype(object).where(pd.notna(districts["province"]), None)
    )
    return districts, provinces
