"""The shipped district layer is exactly what the script derives from the upstream files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_script_rebuilds_the_shipped_layers(upstream_dir: Path, tmp_path: Path):
    shipped = {
        n: (REPO / "geodata" / n).read_bytes() for n in ("pak_adm2.geojson", "pak_adm1.geojson")
    }
    subprocess.run(
        [sys.executable, str(REPO / "geodata/scripts/build_districts.py"), str(upstream_dir)],
        check=True,
        capture_output=True,
    )
    for name, data in shipped.items():
        assert (REPO / "geodata" / name).read_bytes() == data, name


def test_layer_has_27_balochistan_districts_and_valid_geometry():
    import geopandas as gpd

    layer = gpd.read_file(REPO / "geodata" / "pak_adm2.geojson")
    assert len(layer) == 126 and layer.is_valid.all()
    assert (layer["province"] == "Balochistan").sum() == 27
    assert layer["district_id"].is_unique
    data = json.loads((REPO / "geodata" / "pak_adm2.geojson").read_text())
    assert "crs" not in data or data["crs"]["properties"]["name"].endswith("CRS84")
