"""Derive the package's compact district and province layers from geoBoundaries.

Usage::

    python geodata/scripts/build_districts.py [UPSTREAM_DIR]

UPSTREAM_DIR holds the unmodified geoBoundaries PAK ADM1/ADM2 files (default:
``$INCIDENTMAP_SHARED/geodata/upstream``, ``../shared/geodata/upstream``). The script
checks their sha256 against the values recorded in ``geodata/PROVENANCE.md``, assigns every
district to the province holding most of its area (equal-area projection), rounds the
coordinates to 5 decimals (about 1 m) and writes ``geodata/pak_adm2.geojson`` and
``geodata/pak_adm1.geojson`` with stable property names.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

import geopandas as gpd
import shapely

HERE = Path(__file__).resolve().parent.parent
ADM2 = "geoBoundaries-PAK-ADM2_simplified.geojson"
ADM1 = "geoBoundaries-PAK-ADM1_simplified.geojson"
SHA256 = {
    ADM2: "81b3ec0517295ed4fd37de49d01f187d8c866a0d489a5d89e6a1f368c787f793",
    ADM1: "5b5a45d30e2d30e708525612ecaa072301797fedb36901c9fd26d52bed9775af",
}
EQUAL_AREA = "+proj=aea +lat_1=25 +lat_2=35 +lat_0=30 +lon_0=69 +datum=WGS84"


def upstream_dir() -> Path:
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    shared = Path(os.environ.get("INCIDENTMAP_SHARED", HERE.parent.parent / "shared"))
    return shared / "geodata" / "upstream"


def verified(path: Path) -> Path:
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    if digest != SHA256[path.name]:
        sys.exit(f"{path}: sha256 {digest} does not match the recorded upstream file")
    return path


def rounded(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    out = gdf.copy()
    out["geometry"] = shapely.set_precision(out.geometry.values, 1e-5)
    return out


def main() -> None:
    src = upstream_dir()
    adm2 = gpd.read_file(verified(src / ADM2))
    adm1 = gpd.read_file(verified(src / ADM1))
    provinces = adm1.rename(
        columns={"shapeName": "province", "shapeID": "province_id", "shapeISO": "province_iso"}
    )
    provinces = provinces[["province", "province_id", "province_iso", "geometry"]]
    pieces = gpd.overlay(
        adm2.to_crs(EQUAL_AREA),
        provinces.to_crs(EQUAL_AREA),
        how="intersection",
        keep_geom_type=True,
    )
    pieces["area"] = pieces.geometry.area
    best = pieces.sort_values("area").groupby("shapeID").tail(1).set_index("shapeID")
    districts = adm2.rename(columns={"shapeName": "district", "shapeID": "district_id"})
    districts["province"] = districts["district_id"].map(best["province"])
    districts["country"] = "PK"
    districts = districts[["district", "district_id", "province", "country", "geometry"]]
    districts = rounded(districts.sort_values("district_id").reset_index(drop=True))
    provinces = rounded(provinces.sort_values("province_id").reset_index(drop=True))
    provinces["country"] = "PK"
    for gdf, name in ((districts, "pak_adm2.geojson"), (provinces, "pak_adm1.geojson")):
        if not gdf.geometry.is_valid.all():
            gdf["geometry"] = gdf.geometry.make_valid()
        text = gdf.to_json(drop_id=True, na="null")
        (HERE / name).write_text(json.dumps(json.loads(text), separators=(",", ":")) + "\n")
        print(f"wrote geodata/{name}: {len(gdf)} features")


if __name__ == "__main__":
    main()
