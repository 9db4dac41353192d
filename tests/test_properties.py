"""Property-based tests: random and adversarial input never crashes the extractor, the
readers or the writers, offsets always point at their surface, and every layer written is
RFC 7946 GeoJSON."""

from __future__ import annotations

import csv
import io
import json
import math
import os
import re
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

import geopandas as gpd
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from shapely.geometry import Point

from incidentmap.errors import ReportError
from incidentmap.export import csv_rows, csv_text, dumps_geojson, feature_collection, located
from incidentmap.extract import mentions_from_report
from incidentmap.geocode import load_gazetteer
from incidentmap.models import CSV_FIELDS, DISTRICT_FIELDS, INCIDENT_FIELDS, Report
from incidentmap.pipeline import geoparse_report
from incidentmap.places import districts_summary, mention_rows, places_from_mentions
from incidentmap.sources import (
    REPORT_SUFFIXES,
    Skipped,
    _report_from_line,
    decode,
    report_from_text,
    reports_from_paths,
)

# --- an RFC 7946 validator -----------------------------------------------------------------


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON (RFC 8259), so not GeoJSON")


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_position(position: Any) -> None:
    assert isinstance(position, list) and len(position) in (2, 3), position
    assert all(_is_number(v) for v in position), position
    lon, lat = position[:2]  # RFC 7946 3.1.1: longitude first, WGS84 degrees
    assert -180 <= lon <= 180 and -90 <= lat <= 90, position


def _check_ring(ring: Any, *, outer: bool = True) -> None:
    assert isinstance(ring, list) and len(ring) >= 4, "a linear ring has 4 or more positions"
    for position in ring:
        _check_position(position)
    assert ring[0] == ring[-1], "a linear ring is closed"
    # RFC 7946 3.1.6, the right-hand rule: exterior rings counterclockwise, holes clockwise.
    twice_area = sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(ring, ring[1:], strict=False))
    if twice_area:
        assert (twice_area > 0) == outer, f"{'exterior' if outer else 'hole'} ring wound wrong"


def _check_polygon(rings: Any) -> None:
    assert isinstance(rings, list) and rings, "a polygon has an exterior ring"
    for number, ring in enumerate(rings):
        _check_ring(ring, outer=number == 0)


def _check_geometry(geometry: Any) -> None:
    if geometry is None:
        return
    assert isinstance(geometry, dict) and "crs" not in geometry
    kind, coords = geometry["type"], geometry.get("coordinates")
    if kind == "Point":
        _check_position(coords)
    elif kind in ("MultiPoint", "LineString"):
        assert isinstance(coords, list)
        for position in coords:
            _check_position(position)
    elif kind == "MultiLineString":
        for line in coords:
            for position in line:
                _check_position(position)
    elif kind == "Polygon":
        _check_polygon(coords)
    elif kind == "MultiPolygon":
        for polygon in coords:
            _check_polygon(polygon)
    elif kind == "GeometryCollection":
        for part in geometry["geometries"]:
            _check_geometry(part)
    else:
        raise AssertionError(f"unknown geometry type {kind!r}")


def check_rfc7946(text: str, *, ids_required: bool = False) -> dict[str, Any]:
    """Parse ``text`` and assert it is an RFC 7946 FeatureCollection; return it."""
    data = json.loads(text, parse_constant=_reject_constant)
    assert isinstance(data, dict) and data.get("type") == "FeatureCollection"
    assert "crs" not in data, "RFC 7946 removed the crs member"
    assert isinstance(data.get("features"), list)
    ids = []
    for feature in data["features"]:
        assert isinstance(feature, dict) and feature.get("type") == "Feature"
        assert "crs" not in feature
        assert "geometry" in feature and "properties" in feature
        assert feature["properties"] is None or isinstance(feature["properties"], dict)
        _check_geometry(feature["geometry"])
        if "id" in feature:
            assert isinstance(feature["id"], str) or _is_number(feature["id"])
            ids.append(feature["id"])
        else:
            assert not ids_required, "every feature needs an id"
    assert len(ids) == len(set(ids)), "feature ids are unique"
    return data


def test_the_validator_rejects_what_rfc7946_forbids():
    point = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [66.9, 30.2]},
             "properties": {}}  # fmt: skip
    ok = {"type": "FeatureCollection", "features": [{**point, "id": "a"}]}
    check_rfc7946(json.dumps(ok), ids_required=True)
    bad = [
        {**ok, "crs": {"type": "name"}},
        {**ok, "features": [{**point, "id": "a"}, {**point, "id": "a"}]},
        {**ok, "features": [{**point, "geometry": {"type": "Point", "coordinates": [30.2, 96.9]}}]},
        {**ok, "features": [{**point, "geometry": {"type": "Point", "coordinates": [1]}}]},
        {"type": "Feature", "features": []},
    ]
    for data in bad:
        with pytest.raises(AssertionError):
            check_rfc7946(json.dumps(data))
    with pytest.raises(ValueError):
        check_rfc7946(json.dumps(ok).replace("66.9", "NaN"))
    with pytest.raises(AssertionError):
        check_rfc7946(json.dumps({**ok, "features": [point]}), ids_required=True)
    square = [[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]  # counterclockwise
    hole = [[0.2, 0.2], [0.2, 0.8], [0.8, 0.8], [0.8, 0.2], [0.2, 0.2]]  # clockwise
    polygon = {**point, "geometry": {"type": "Polygon", "coordinates": [square, hole]}}
    check_rfc7946(json.dumps({**ok, "features": [polygon]}))
    for rings in ([square[::-1]], [square, hole[::-1]]):
        wrong = {**point, "geometry": {"type": "MultiPolygon", "coordinates": [rings]}}
        with pytest.raises(AssertionError, match="wound wrong"):
            check_rfc7946(json.dumps({**ok, "features": [wrong]}))


# --- strategies ----------------------------------------------------------------------------

PLACES = [
    "Quetta", "Nushki", "Noshki", "Turbat", "Kech", "Kech district", "D.I. Khan",
    "Dera Ismail Khan", "Gwadar", "Mastung", "Kalat", "Tump", "Pasni", "Panjgur", "Balochistan",
    "Pakistan", "Kabul", "Lahore", "Islamabad", "Hassan", "Madina Mosque", "Sariab Road",
    "Chaghi", "Chagai", "Dalbandin", "Zhob", "Sibi", "Bolan", "Khuzdar", "Lasbela",
]  # fmt: skip
WORDS = [
    "attacked", "killed", "blast", "militants", "in", "near", "at", "the", "of", "from", "said",
    "district", "tehsil", "area", "Road", "police", "station", "Mr.", "Dr.", "Gen.", "'s",
    "\u2019s", ",", ".", ";", "(", ")", '"', "\u201c", "\u201d", "-", "\u2014", "...", "?", "!",
]  # fmt: skip
TRICKY = [
    "\u0130", "\u0130stanbul", "\u00df", "\u1e9e", "\ufb01", "\ufb00", "\u01c4", "\u01c5",
    "\u03a3", "\u03c2", "\u0301", "\u200b", "\u200d", "\u200f", "\u202e", "\u2028", "\u2029",
    "\r\n", "\r", "\t", "\x0c", "\x00", "\ufeff", "\ufffd", "\U0001f4a5", "\u212a",
    "\u0643\u0648\u0626\u0679\u06c1", "\u0915\u094d\u0937", "Q\u0301uetta", "QUETTA", "quetta",
    "Qu\u00e9tta", "\uff31\uff55\uff45\uff54\uff54\uff41", "Quetta-", "-Quetta", "Quetta's",
]  # fmt: skip
SEPARATORS = [" ", " ", " ", "", "\n", "\n\n", ", ", ". ", " - ", "\u00a0"]

place = st.sampled_from(PLACES).flatmap(
    lambda name: st.sampled_from([name, name.upper(), name.lower(), f"{name}\u0301", f"{name}s"])
)
token = st.one_of(
    place, place, st.sampled_from(WORDS), st.sampled_from(TRICKY), st.text(max_size=6)
)
sentences = st.lists(st.tuples(token, st.sampled_from(SEPARATORS)), max_size=80).map(
    lambda parts: "".join(t + s for t, s in parts)
)
adversarial_text = st.one_of(sentences, sentences, sentences, st.text(max_size=300))

PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HEAVY = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _report(text: str, doc_id: str = "doc") -> Report:
    return Report(doc_id=doc_id, text=text, path=f"{doc_id}.txt", title="T", url="https://x.org/")


# --- the extractor -------------------------------------------------------------------------


@PROPERTY
@given(text=adversarial_text)
def test_extractor_offsets_always_point_at_the_surface(text: str):
    gazetteer = load_gazetteer()
    for m in mentions_from_report(_report(text), gazetteer):
        assert text[m.start : m.end] == m.surface
        assert 0 <= m.sentence_start <= m.start < m.end <= len(text)


#: The sentence boundary in its plain form: the specification of the faster pattern.
PLAIN_BOUNDARY = re.compile(r"[.!?]+[\"'\u201d\u2019)]*(?=\s+[\"'\u201c\u2018(]*[A-Z0-9])|\n")
boundary_text = st.text(alphabet=".!?\n \t\"')(\u201c\u201d\u2018\u2019aAz9", max_size=60)


@PROPERTY
@given(text=st.one_of(boundary_text, adversarial_text))
@example(text='Why?!" The end.)\tNext\n\nA.. B')
def test_the_sentence_boundary_matches_its_plain_form(text: str):
    from incidentmap._text import _BOUNDARY

    assert [m.span() for m in _BOUNDARY.finditer(text)] == [
        m.span() for m in PLAIN_BOUNDARY.finditer(text)
    ]


@PROPERTY
@given(text=adversarial_text)
@example(text=" \u2003Quetta.\n\n  Gwadar ")
def test_sentences_are_trimmed_ordered_and_lose_nothing(text: str):
    """Every sentence is non-empty and trimmed; between sentences there is only space."""
    from incidentmap._text import sentence_spans

    spans = sentence_spans(text)
    previous = 0
    for start, end in spans:
        piece = text[start:end]
        assert piece and piece == piece.strip(), (start, end)
        assert previous <= start and not text[previous:start].strip()
        previous = end
    assert not text[previous:].strip()


def test_a_mention_stays_inside_its_sentence():
    mentions = mentions_from_report(_report("Road\nRoad "), load_gazetteer())
    assert all(m.end <= m.sentence_end for m in mentions)


CUE_WORDS = [
    "University of", "Shrine of", "Road", "road", "Hotel", "Check Post", "area", "areas",
    "sub-tehsil", "village", "villages of", "town of", "towns", "an", "a", "between", "where",
    "in the", "of the", "outside", "Killi", "Sultan", "Al-Noor", "D.I.",
    "Hosp\u0131tal", "Shr\u0131ne of", "Tomb of", "\u017ftreet", "\u212aarez", "\u24b6",
    "\U0001f130",
]  # fmt: skip
cue_text = st.lists(
    st.tuples(st.one_of(place, st.sampled_from(CUE_WORDS), token), st.sampled_from(SEPARATORS)),
    max_size=60,
).map(lambda parts: "".join(t + s for t, s in parts))


@PROPERTY
@given(text=st.one_of(cue_text, adversarial_text))
@example(text="Jinnah Road\nUniversity of Karachi")  # a cue right after a cued line's break
@example(text="Quetta\nRoad Hotel in Turbat, where")
@example(text="Blast at Jinnah Hosp\u0131tal; Jinnah Road\u24b6")  # (?i) and symbol bounds
def test_cue_gated_scans_find_what_a_full_scan_finds(text: str):
    """Site and area patterns searched only in lines holding their cue miss nothing."""
    from incidentmap import extract
    from incidentmap._text import CASE_SPECIALS, fold, spaced_words

    spaced = spaced_words(text)
    gated = [
        m.span() for m in extract._cued_finditer(extract._SITE, extract._SITE_CUE, text, spaced, 1)
    ]
    full = [m.span() for m in extract._SITE.finditer(text)]
    assert gated == full
    # Lower-cased cues (on the ASCII part alone too, and without the case specials).
    bare = "".join(c for c in text if c not in CASE_SPECIALS)
    for variant in (text, text.encode("ascii", "ignore").decode(), bare):
        found = [m.span() for m in extract._site_matches(variant, spaced_words(fold(variant)))]
        assert found == [m.span() for m in extract._SITE.finditer(variant)]
    pairs = [(extract._AREA, extract._AREA_CUE)]
    pairs += list(zip(extract._NAMED_PLACE_PATTERNS, extract._NAMED_PLACE_CUES, strict=True))
    for pattern, cue in pairs:
        if cue is None:
            continue  # run over the whole text
        gated = [m.span() for m in extract._cued_finditer(pattern, cue, text)]
        assert gated == [m.span() for m in pattern.finditer(text)], pattern.pattern


@PROPERTY
@given(text=adversarial_text)
def test_name_scan_finds_every_whole_word_key(text: str):
    """The word-bounded automaton finds exactly the keys standing between non-alphanumerics."""
    from incidentmap._text import fold

    gazetteer = load_gazetteer()
    folded = fold(text)
    longest = max(map(len, gazetteer.names))
    expected = {
        (start, end, folded[start:end])
        for start in range(len(folded))
        if start == 0 or not folded[start - 1].isalnum()
        for end in range(start + 1, min(len(folded), start + longest) + 1)
        if (end == len(folded) or not folded[end].isalnum())
        and folded[start:end] in gazetteer.names
    }
    assert set(gazetteer.find_names(folded)) == expected


@PROPERTY
@given(text=adversarial_text)
def test_geoparsing_one_report_never_crashes(text: str):
    gazetteer = load_gazetteer()
    for r in geoparse_report(_report(text), gazetteer):
        assert text[r.mention.start : r.mention.end] == r.mention.surface
        assert r.role in ("incident", "context")
        assert 0.0 <= r.confidence <= 1.0
        assert r.entry is not None or r.resolve_reason


@cache
def _districts() -> gpd.GeoDataFrame:
    from incidentmap.districts import load_districts

    return load_districts()


@HEAVY
@given(texts=st.lists(adversarial_text, min_size=1, max_size=3))
def test_layers_and_table_from_any_reports_are_valid(texts: list[str]):
    gazetteer, districts = load_gazetteer(), _districts()
    reports = {f"d{i}": _report(t, f"d{i}") for i, t in enumerate(texts)}
    resolved = {k: geoparse_report(r, gazetteer) for k, r in reports.items()}
    places = places_from_mentions(resolved, reports, districts)
    summary = districts_summary(places, districts)
    mentions = [row for k, r in reports.items() for row in mention_rows(r, resolved[k])]
    rows = list(csv_rows(mentions, located(places)))

    layer = check_rfc7946(
        dumps_geojson(feature_collection(places, INCIDENT_FIELDS)), ids_required=True
    )
    check_rfc7946(dumps_geojson(feature_collection(summary, DISTRICT_FIELDS)))
    table = list(csv.DictReader(io.StringIO(csv_text(rows, CSV_FIELDS), newline="")))
    assert len(table) == len(rows) == sum(len(v) for v in resolved.values())
    for row in table:
        text = reports[row["doc_id"]].text
        assert text[int(row["start"]) : int(row["end"])] == row["surface"]
    in_layer = sum(f["properties"]["n_mentions"] for f in layer["features"])
    assert in_layer == sum(row["status"] == "resolved" for row in table)
    for feature in layer["features"]:
        for m in feature["properties"]["mentions"]:
            assert reports[m["doc_id"]].text[m["start"] : m["end"]] == m["surface"]


# --- the writers on arbitrary values -------------------------------------------------------

json_scalar = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**53), 2**53), st.text(max_size=40),
    st.floats(allow_nan=False, allow_infinity=False),
)  # fmt: skip


def _containers(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    # A named function: hypothesis cannot see a multi-line lambda use its argument.
    return st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
    )


json_value = st.recursive(json_scalar, _containers, max_leaves=10)


@st.composite
def point_layers(draw: st.DrawFn) -> gpd.GeoDataFrame:
    n = draw(st.integers(0, 12))
    ids = draw(st.lists(st.text(min_size=1, max_size=20), min_size=n, max_size=n, unique=True))
    rows = []
    for place_id in ids:
        lon = draw(st.floats(-180, 180, allow_nan=False))
        lat = draw(st.floats(-90, 90, allow_nan=False))
        rows.append(
            {
                "id": place_id,
                "name": draw(st.text(max_size=30)),
                "confidence": draw(st.floats(0, 1) | st.just(float("nan"))),
                "mentions": draw(
                    st.lists(st.dictionaries(st.text(max_size=6), json_value), max_size=3)
                ),
                "extra": draw(json_value),
                "geometry": Point(lon, lat),
            }
        )
    if not rows:
        return gpd.GeoDataFrame(
            {"id": [], "geometry": []}, geometry="geometry", crs="EPSG:4326"
        ).set_index("id")
    return gpd.GeoDataFrame(rows, geometry="geometry", crs="EPSG:4326").set_index("id")


def _same(a: Any, b: Any) -> bool:
    """Equal as JSON would carry it: NaN becomes null, tuples lists."""
    if isinstance(a, float) and math.isnan(a):
        return b is None
    if isinstance(a, dict):
        return isinstance(b, dict) and a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple):
        return isinstance(b, list) and len(a) == len(b) and all(map(_same, a, b))
    return a == b


@HEAVY
@given(layer=point_layers())
def test_geojson_writer_always_writes_rfc7946(layer: gpd.GeoDataFrame):
    data = check_rfc7946(
        dumps_geojson(feature_collection(layer, ("name", "confidence"))), ids_required=True
    )
    assert [f["id"] for f in data["features"]] == list(layer.index)
    for feature, (_, row) in zip(data["features"], layer.iterrows(), strict=True):
        lon, lat = feature["geometry"]["coordinates"]
        assert abs(lon - row.geometry.x) <= 1e-6 and abs(lat - row.geometry.y) <= 1e-6
        props = feature["properties"]
        assert props["name"] == row["name"]
        assert _same(row["confidence"], props["confidence"])
        assert _same(row["mentions"], props["mentions"]) and _same(row["extra"], props["extra"])


@pytest.mark.parametrize(
    "value", [[{"confidence": math.nan}], {"inputs": {"x": math.nan}}, math.inf], ids=repr
)
def test_geojson_writer_never_writes_nan_or_infinity(value: Any):
    layer = gpd.GeoDataFrame(
        [{"id": "a", "name": "x", "extra": value, "geometry": Point(66.9, 30.2)}],
        geometry="geometry", crs="EPSG:4326",
    ).set_index("id")  # fmt: skip
    check_rfc7946(dumps_geojson(feature_collection(layer, ("name",))))


csv_cell = st.one_of(st.none(), st.integers(), st.floats(allow_nan=False), st.text(max_size=40))


def _round_trip(rows: list[dict[str, Any]]) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(csv_text(rows, CSV_FIELDS), newline="")))


@HEAVY
@given(rows=st.lists(st.fixed_dictionaries({k: csv_cell for k in CSV_FIELDS}), max_size=8))
def test_csv_writer_round_trips_any_text(rows: list[dict[str, Any]]):
    back = _round_trip(rows)
    assert len(back) == len(rows)
    for row, read in zip(rows, back, strict=True):
        assert read == {k: _as_cell(row[k]) for k in CSV_FIELDS}


def _as_cell(value: Any) -> str:
    """What a cell reads back as: empty for None, text a spreadsheet will not run."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    text = str(value)
    formula = isinstance(value, str) and text[:1] in ("=", "+", "-", "@", "\t", "\r")
    return "'" + text if formula else text


def test_csv_writer_quotes_carriage_returns():
    row = dict.fromkeys(CSV_FIELDS, "x") | {"source_title": "Quetta\rattack"}
    assert _round_trip([row]) == [row]


# --- the readers ---------------------------------------------------------------------------


@PROPERTY
@given(
    data=st.binary(max_size=2000)
    | adversarial_text.map(lambda t: t.encode("utf-8", "surrogatepass"))
)
def test_decoding_any_bytes_gives_text_or_a_reason(data: bytes):
    try:
        text, encoding = decode(data, "x.txt")
    except ReportError as err:
        assert err.path == "x.txt" and err.reason
    else:
        assert text.strip() and encoding


@PROPERTY
@given(
    front=st.text(max_size=80) | st.sampled_from(["title: [x", "- a\n- b", "a: &x [*x]", "{", ":"]),
    body=adversarial_text,
)
def test_front_matter_never_loses_a_report(front: str, body: str):
    assume(body.strip())
    text = f"---\n{front}\n---\n{body}"
    skipped = Skipped()
    try:
        report = report_from_text(text, Path("r.md"), skipped=skipped)
    except ReportError as err:
        assert err.reason == "no text after the front matter"
        return
    assert report.text and text.endswith(report.text)
    assert not skipped  # warnings only, never a skip
    for field in (report.title, report.url, report.publisher, report.published):
        assert field is None or isinstance(field, str)


@PROPERTY
@given(raw=st.binary(max_size=300) | json_value.map(lambda v: json.dumps(v).encode()))
def test_any_jsonl_line_is_a_report_or_a_reason(raw: bytes):
    try:
        report = _report_from_line(raw, "f.jsonl:1", default_id="f-1")
    except ReportError as err:
        assert err.path == "f.jsonl:1" and err.reason
    else:
        assert report.text.strip() and report.doc_id


def _file_of(path: str) -> str:
    """The file a report or a skipped entry comes from (``f.jsonl:7`` -> ``f.jsonl``)."""
    return re.sub(r"(\.jsonl):\d+$", r"\1", path)


@HEAVY
@given(
    files=st.lists(
        st.tuples(
            st.sampled_from([*sorted(REPORT_SUFFIXES), ".pdf", ".csv", ""]),
            st.binary(max_size=400) | adversarial_text.map(str.encode),
        ),
        max_size=8,
    )
)
def test_every_file_in_a_folder_is_read_or_named(files: list[tuple[str, bytes]]):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        paths = []
        for number, (suffix, data) in enumerate(files):
            path = folder / f"{number % 3}" / f"r{number}{suffix}"
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(data)
            paths.append(path)
        reports, skipped = reports_from_paths([folder])
        ids = [r.doc_id for r in reports]
        assert len(ids) == len(set(ids))
        accounted = {_file_of(r.path) for r in reports} | {_file_of(s.path) for s in skipped}
        for path in paths:
            if path.suffix in REPORT_SUFFIXES or path.suffix == ".pdf":
                assert str(path) in accounted, path


def _calendar(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


#: Front matter values YAML parses but Python may not build: impossible dates and times,
#: integers past Python's conversion limit, deep nesting, tags, special floats.
yaml_value = st.one_of(
    st.builds(_calendar, st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99)),
    st.builds(
        lambda date, h, m, s: f"{date} {h}:{m:02d}:{s:02d}",
        st.builds(_calendar, st.integers(1, 9999), st.integers(1, 12), st.integers(1, 28)),
        st.integers(0, 99),
        st.integers(0, 99),
        st.integers(0, 99),
    ),  # fmt: skip
    st.builds(lambda h, m: f"{h}:{m:02d}", st.integers(0, 99), st.integers(0, 99)),
    st.integers(1, 6000).map(lambda n: "9" * n),
    st.integers(1, 2500).map(lambda n: "[" * n),  # a few hundred pass the recursion limit
    st.integers(1, 800).map(lambda n: "{a: " * n + "x" + "}" * n),
    st.sampled_from(
        [
            "!!binary AAAA",
            "!!binary ====",
            "!!python/object/apply:os.system [x]",
            "!!timestamp 2026-13-01",
            "!!int x",
            "!!float y",
            ".nan",
            "-.inf",
            "1e999",
            "0o99",
            "0x" + "f" * 5000,
            "*nowhere",
            "&a x",
            "? [1]",
            "~",
            "''",
            "|\n  block",
            "0b" + "1" * 9000,
        ]
    ),  # fmt: skip
    st.text(max_size=30),
)


@HEAVY
@example(values={"title": "0x" + "f" * 5000})  # YAML builds it; str() of it raises
@example(values={"published": "2026-02-30", "date": "[" * 2000})
@given(
    values=st.dictionaries(
        st.sampled_from(["title", "url", "publisher", "outlet", "published", "date", "tags"]),
        yaml_value,
        max_size=4,
    )
)
def test_any_front_matter_value_keeps_the_report(values: dict[str, str]):
    front = "\n".join(f"{key}: {value}" for key, value in values.items())
    body = "Militants attacked a Levies post in Nushki on Saturday.\n"
    skipped = Skipped()
    report = report_from_text(f"---\n{front}\n---\n{body}", Path("r.md"), skipped=skipped)
    assert report.text == body and not skipped
    for field in (report.title, report.url, report.publisher, report.published):
        assert field is None or (isinstance(field, str) and field.encode("utf-8"))
    assert all(w.reason for w in skipped.warnings)


#: File names as bytes: any but "/" and NUL (which no POSIX name holds), often not UTF-8.
file_name = st.binary(min_size=1, max_size=40).filter(
    lambda name: b"/" not in name and b"\x00" not in name and not name.startswith(b".")
)


@HEAVY
@pytest.mark.skipif(os.name != "posix", reason="POSIX file names are bytes")
@given(names=st.lists(file_name, min_size=1, max_size=6, unique=True))
def test_any_file_name_is_read_and_shown_as_utf8(names: list[bytes]):
    with tempfile.TemporaryDirectory() as tmp:
        for number, name in enumerate(names):
            folder = os.path.join(os.fsencode(tmp), name)  # a folder of that name, too
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, name + b".txt"), "wb") as handle:
                handle.write(f"Gunmen attacked a post in Turbat ({number}).\n".encode())
        reports, skipped = reports_from_paths([tmp])
        assert len(reports) == len(names) and not skipped
        assert len({r.doc_id for r in reports}) == len(names)
        record = [[r.doc_id, r.path] for r in reports] + [[w.path] for w in skipped.warnings]
        json.dumps(record, ensure_ascii=False).encode("utf-8")  # what run.json does


@PROPERTY
@given(
    text=st.lists(
        st.tuples(
            st.sampled_from(["Mr", "Mrs", "Dr.", "Maulana", "Nawab", "Sardar", "Ali", "Khan",
                             "Zehri", "mr", "MR", "x'Mir", "_Mir", "\u00e9Mir", "Gen.", "the"]),
            st.sampled_from([" ", ". ", "  ", "\n", ", ", "\u00a0", "-"]),
        ),
        max_size=12,
    ).map(lambda parts: "".join(w + s for w, s in parts))
)  # fmt: skip
def test_person_rule_is_tried_wherever_it_can_hold(text: str):
    """The honorifics found in one scan of a report cover every name the person rule reads."""
    from incidentmap import roles

    starts = roles.honorific_starts(text)
    for start in range(len(text) + 1):
        lo = max(0, start - 60)
        match = roles._CAPITALISED_RUN.search(text, lo, start)
        if match is None:
            continue
        words = [w.rstrip(".").lower() for w in match.group(0).split()]
        if not roles.HONORIFICS.isdisjoint(words[:-1]):
            assert any(lo <= h < start for h in starts), (text, start)


def _rule_words() -> list[str]:
    """Every word some role rule looks for, and a few it measures with."""
    from incidentmap import roles

    words = set().union(*roles._ALL_TRIGGERS.values(), roles.EVENT_WORDS, roles.LOCATIVE)
    return sorted(words | {"Mr.", "Minister", "Ali", "90km", "29", "r/o", "the", "a", "Police"})


rule_text = st.lists(
    st.tuples(
        st.one_of(place, st.sampled_from(_rule_words()), st.sampled_from(WORDS)),
        st.sampled_from(SEPARATORS),
    ),
    max_size=40,
).map(lambda parts: "".join(t + s for t, s in parts))


@PROPERTY
@given(text=rule_text)
def test_rule_gates_never_skip_a_rule_that_holds(text: str):
    """Gating the rules by their words and needs is only a speed-up: all that hold fire."""
    from incidentmap import roles
    from incidentmap._text import fold

    mentions = mentions_from_report(_report(text), load_gazetteer())
    folded, honorifics = fold(text), roles.honorific_starts(text)
    for mention in mentions:
        sentence = roles._Sentence(folded, mention.sentence_start, mention.sentence_end)
        view = roles._view(text, sentence, mention, False, honorifics)
        every = [rule.id for rule in roles.RULES if rule.test(view) is not None]
        tried = roles._rules_to_try(view.gates)
        assert every == [rule.id for rule in tried if rule.test(view) is not None], mention


@PROPERTY
@given(
    text=st.text(alphabet="aZq'\u2019 -\n.,\u00e9\u0131", max_size=60),
    cut=st.integers(0, 60),
    span=st.integers(0, 60),
)
@example(text="x 'ab c", cut=6, span=10)  # apostrophes before the word are not part of it
@example(text="Bazar-e-Quetta", cut=8, span=4)  # the window cuts the word
def test_word_before_a_name_is_what_the_search_found(text: str, cut: int, span: int):
    """``_previous_word`` strips where a search tried every position: the same word."""
    from incidentmap import extract

    end = min(cut, len(text))
    lo = max(0, end - span)
    found = extract._previous_word(text, lo, end)
    match = re.compile(r"([A-Za-z][A-Za-z'\u2019]*)([ -])$").search(text, lo, end)
    if not text[end - 1 : end] or text[end - 1] not in " -":
        assert found is None  # the caller asks only after a space or a hyphen
    else:
        assert found == (match and (match.group(1), match.group(2)))


@PROPERTY
@given(
    before=st.text(alphabet="aZ ,\n.\u0131", max_size=20),
    word=st.sampled_from(["Police Lines", "POST", "Po\u017ft", "stat\u0131on", "Office", "camp"]),
    after=st.text(alphabet=" ,\n\t\u00a0", max_size=4),
)
def test_facility_before_a_name_is_what_the_search_found(before: str, word: str, after: str):
    """The facility rule skips its search only where the search would find nothing."""
    from incidentmap import roles

    text = f"{before}{word}{after}Quetta"
    for start in range(len(text) + 1):
        search = roles._FACILITY_BEFORE.search(text, max(0, start - 40), start)
        found = roles._facility_before(text, start)
        assert (search and search.span()) == (found and found.span())
