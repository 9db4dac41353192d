"""District join on the real polygons."""

from __future__ import annotations

import geopandas as gpd
from shapely.geometry import Point

from incidentmap.districts import assign_districts, district_changes, load_districts


def test_points_join_to_their_districts_and_coast_points_snap():
    districts = load_districts()
    points = gpd.GeoDataFrame(
        {"name": ["Quetta", "Ormara (on the simplified coast)", "Arabian Sea", "Lahore"]},
        geometry=[
            Point(67.0014, 30.1841),
            Point(64.6363, 25.2102),
            Point(62.0, 22.0),
            Point(74.3436, 31.5497),
        ],
        crs="EPSG:4326",
    )
    joined = assign_districts(points, districts)
    assert list(joined["district"]) == ["Quetta", "Gwadar", None, "Lahore"]
    assert list(joined["province"])[:2] == ["Balochistan", "Balochistan"]
    assert joined["district_id"].iloc[0].startswith("PAK-ADM2-")


def test_newer_districts_map_to_old_polygons():
    changes = district_changes()
    assert changes["Duki"] == "Loralai" and changes["Hub"] == "Lasbela"
    assert set(changes.values()) <= set(load_districts()["district"])
