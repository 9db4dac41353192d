"""registry: geoBoundaries and GeoNames downloads, verified and installed atomically.

A static server on 127.0.0.1 serves the shared geoBoundaries files (``INCIDENTMAP_SHARED``
/geodata/upstream) at the paths of the pinned release URLs, synthetic layers for another
country, and a small GeoNames dump in the real format. No test touches the internet.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from _servers import GeoBoundariesFiles, StaticServer, truncated
from incidentmap import registry, settings
from incidentmap.cli import main
from incidentmap.errors import DataError, DownloadError, InputError
from incidentmap.options import BuildOptions
from incidentmap.pipeline import build

PREFIX = "/wmgeolab/geoBoundaries/raw"


@pytest.fixture
def gb_server(upstream_dir: Path, monkeypatch: pytest.MonkeyPatch):
    """The shared upstream files, served as if from the pinned release URLs."""
    with StaticServer(GeoBoundariesFiles(upstream_dir).routes(prefix=PREFIX)) as server:
        monkeypatch.setattr(settings, "geoboundaries_url", server.url + PREFIX)
        yield server


def release_path(iso3: str, level: str, *, meta: bool = False) -> str:
    url, meta_url, _ = registry.boundaries_urls(iso3, level)
    return PREFIX + (meta_url if meta else url).split(PREFIX, 1)[1]


def leftovers(cache: Path) -> list[Path]:
    """Anything a failed download could have left behind."""
    root = cache / "data"
    return sorted(p for p in root.rglob("*") if p.name.startswith(".") or p.suffix == ".partial")


# --- geoBoundaries ----------------------------------------------------------------------
def test_release_urls_are_pinned():
    url, meta, pin = registry.boundaries_urls("pak", "adm2")
    assert pin is not None and pin.ref in url and pin.ref in meta
    assert url.endswith("/releaseData/gbOpen/PAK/ADM2/geoBoundaries-PAK-ADM2_simplified.geojson")
    other, _, no_pin = registry.boundaries_urls("AFG", "ADM1")
    assert no_pin is None and f"/{registry.GEOBOUNDARIES_REF}/" in other
    for bad in ("PK", "PAKI", "P1K"):
        with pytest.raises(InputError):
            registry.boundaries_urls(bad, "ADM2")
    with pytest.raises(InputError):
        registry.boundaries_urls("PAK", "ADM3")


def test_fetch_installs_verified_boundaries_with_licence(cache_dir: Path, gb_server):
    progress: list[tuple[int, int | None]] = []
    adm2 = registry.fetch_boundaries("PAK", "ADM2", progress=lambda d, t: progress.append((d, t)))
    adm1 = registry.fetch_boundaries("PAK", "ADM1")
    pin = registry.GEOBOUNDARIES_PINS[("PAK", "ADM2")]
    assert adm2.manifest["sha256"] == pin.sha256 and adm2.manifest["pinned"] is True
    assert adm2.manifest["features"] == 126 and adm1.manifest["features"] == 7
    assert adm2.licence == "Public Domain" and adm2.manifest["boundary_year"] == "2019"
    assert progress[-1] == (807294, 807294)
    assert registry.cached_boundaries("PAK", "ADM2") == adm2
    rows = {r.name: r for r in registry.cached_datasets()}
    assert rows["boundaries PAK ADM2"].licence == "Public Domain"
    assert "126 features" in rows["boundaries PAK ADM2"].detail
    assert leftovers(cache_dir) == []


def test_build_uses_the_fetched_boundaries(
    cache_dir: Path, gb_server, example_dir: Path, example_build, tmp_path: Path
):
    registry.fetch_boundaries("PAK", "ADM2")
    registry.fetch_boundaries("PAK", "ADM1")
    result = build([example_dir], tmp_path / "out", BuildOptions(tiles="none"))
    source = result.run["data"]["districts"]
    assert source["dataset"] == "geoboundaries:PAK:ADM2"
    assert source["file"].startswith(str(cache_dir))
    assert source["licence"] == "Public Domain" and source["provinces"]["licence"]
    assert source["sha256"] == registry.GEOBOUNDARIES_PINS[("PAK", "ADM2")].sha256
    # The same districts as the layer shipped with the package (derived from these files).
    shipped = example_build.places[["district", "district_id", "province"]]
    fetched = result.places[["district", "district_id", "province"]]
    assert fetched.equals(shipped)
    run = json.loads((tmp_path / "out" / "run.json").read_text(encoding="utf-8"))
    assert run["data"]["districts"]["dataset"] == "geoboundaries:PAK:ADM2"


def _flip_a_byte(data: bytes) -> bytes:
    i = data.index(b"Quetta")
    return data[:i] + b"Qvetta" + data[i + 6 :]


CORRUPTIONS = {
    "truncated": (lambda d: truncated(d), "truncated download"),
    "changed": (_flip_a_byte, "does not match the pinned release"),
    "lfs-pointer": (
        lambda d: b"version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 1\n",
        "does not match the pinned release",
    ),
    "missing": (None, "HTTP 404"),
}


@pytest.mark.parametrize("kind", sorted(CORRUPTIONS))
def test_a_corrupted_download_is_refused_and_nothing_is_left(cache_dir: Path, gb_server, kind: str):
    corrupt, message = CORRUPTIONS[kind]
    path = release_path("PAK", "ADM2")
    if corrupt is None:
        del gb_server.routes[path]
    else:
        gb_server.routes[path] = corrupt(gb_server.routes[path])
    with pytest.raises(DataError, match=message) as info:
        registry.fetch_boundaries("PAK", "ADM2")
    assert "geoBoundaries-PAK-ADM2_simplified.geojson" in str(info.value)
    assert not (cache_dir / "data" / "geoboundaries" / "PAK-ADM2").exists()
    assert leftovers(cache_dir) == []
    assert registry.cached_boundaries("PAK", "ADM2") is None


def test_a_failed_refetch_keeps_the_installed_copy(cache_dir: Path, gb_server):
    installed = registry.fetch_boundaries("PAK", "ADM2")
    path = release_path("PAK", "ADM2")
    gb_server.routes[path] = truncated(gb_server.routes[path])
    with pytest.raises(DownloadError):
        registry.fetch_boundaries("PAK", "ADM2")
    assert registry.cached_boundaries("PAK", "ADM2") == installed
    assert leftovers(cache_dir) == []


def test_cached_boundaries_are_verified_on_read(cache_dir: Path, gb_server, example_dir: Path):
    installed = registry.fetch_boundaries("PAK", "ADM2")
    installed.path.write_bytes(_flip_a_byte(installed.path.read_bytes()))
    with pytest.raises(
        DataError, match="sha256 differs from the one recorded.*fetch --country PAK"
    ):
        registry.cached_boundaries("PAK", "ADM2")
    with pytest.raises(DataError, match="sha256 differs"):
        build([example_dir], cache_dir.parent / "out", BuildOptions(tiles="none"))


# A country with no pin: two synthetic districts and provinces around Kabul and Kandahar.
def _square(lon: float, lat: float, half: float = 0.6) -> list[list[list[float]]]:
    return [[[lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half],
             [lon - half, lat + half], [lon - half, lat - half]]]  # fmt: skip


def _layer(level: str, names: list[tuple[str, float, float]], iso3: str = "AFG") -> bytes:
    features = [
        {
            "type": "Feature",
            "properties": {
                "shapeName": name,
                "shapeID": f"{iso3}-{level}-{i}",
                "shapeGroup": iso3,
                "shapeType": level,
                "shapeISO": "",
            },
            "geometry": {"type": "Polygon", "coordinates": _square(lon, lat, half)},
        }  # fmt: skip
        for i, (name, lon, lat, half) in enumerate(
            (n, x, y, 0.6 if level == "ADM2" else 1.5) for n, x, y in names
        )
    ]
    return json.dumps({"type": "FeatureCollection", "features": features}).encode()


def _meta(level: str, iso3: str = "AFG") -> bytes:
    return json.dumps({"boundaryISO": iso3, "boundaryType": level, "boundaryYear": "2020",
                       "boundaryLicense": "CC BY 3.0 IGO", "boundaryID": f"{iso3}-{level}-1",
                       "boundarySource-1": "synthetic test layer"}).encode()  # fmt: skip


@pytest.fixture
def afg_routes(gb_server) -> None:
    districts = [("Kabul District", 69.18, 34.53), ("Kandahar District", 65.71, 31.61)]
    provinces = [("Kabul Province", 69.18, 34.53), ("Kandahar Province", 65.71, 31.61)]
    for level, names in (("ADM2", districts), ("ADM1", provinces)):
        gb_server.routes[release_path("AFG", level)] = _layer(level, names)
        gb_server.routes[release_path("AFG", level, meta=True)] = _meta(level)


AFGHAN_REPORT = """---
title: Blasts in Kandahar and Kabul
---
A suicide bomber struck a crowded market in Kandahar on Monday, killing five people.

Hours later a rocket hit a residential area of Kabul, police said.
"""


def test_any_country_is_fetched_recorded_and_used_by_build(
    cache_dir: Path, afg_routes, tmp_path: Path
):
    adm2 = registry.fetch_boundaries("afg", "ADM2")
    registry.fetch_boundaries("AFG", "ADM1")
    assert adm2.manifest["pinned"] is False and len(adm2.manifest["sha256"]) == 64
    assert adm2.licence == "CC BY 3.0 IGO"
    report = tmp_path / "afghan.md"
    report.write_text(AFGHAN_REPORT, encoding="utf-8")
    result = build([report], tmp_path / "out", BuildOptions(tiles="none"))
    assert result.run["data"]["districts"]["dataset"] == "geoboundaries:AFG:ADM2"
    districts = dict(zip(result.places["name"], result.places["district"], strict=True))
    provinces = dict(zip(result.places["name"], result.places["province"], strict=True))
    assert districts["Kabul"] == "Kabul District" and districts["Kandahār"] == "Kandahar District"
    assert provinces["Kandahār"] == "Kandahar Province"
    summary = json.loads((tmp_path / "out" / "districts.geojson").read_text(encoding="utf-8"))
    assert {f["properties"]["district"] for f in summary["features"]} >= {"Kandahar District"}


def test_a_layer_of_the_wrong_country_or_level_is_refused(cache_dir: Path, gb_server):
    pak = gb_server.routes[release_path("PAK", "ADM2")]
    gb_server.routes[release_path("AFG", "ADM2")] = pak
    gb_server.routes[release_path("AFG", "ADM2", meta=True)] = _meta("ADM2")
    with pytest.raises(DataError, match="belongs to 'PAK', expected AFG"):
        registry.fetch_boundaries("AFG", "ADM2")
    gb_server.routes[release_path("AFG", "ADM1")] = _layer("ADM2", [("X", 65.0, 33.0)])
    gb_server.routes[release_path("AFG", "ADM1", meta=True)] = _meta("ADM1")
    with pytest.raises(DataError, match="level 'ADM2', expected ADM1"):
        registry.fetch_boundaries("AFG", "ADM1")
    gb_server.routes[release_path("AFG", "ADM1")] = b"<html>rate limited</html>"
    with pytest.raises(DataError, match="an HTML page, not JSON"):
        registry.fetch_boundaries("AFG", "ADM1")
    gb_server.routes[release_path("AFG", "ADM1")] = b"version https://git-lfs.github.com/spec/v1\n"
    with pytest.raises(DataError, match="a Git LFS pointer, not the file itself"):
        registry.fetch_boundaries("AFG", "ADM1")
    assert leftovers(cache_dir) == []


# --- GeoNames country dumps -------------------------------------------------------------
def geonames_row(gid: int, name: str, lat: float, lon: float, code: str, *,
                 alternates: str = "", admin1: str = "02", population: int = 0,
                 country: str = "PK") -> str:  # fmt: skip
    fclass, fcode = code.split(".")
    ascii_name = name.encode("ascii", "ignore").decode()
    fields = [str(gid), name, ascii_name, alternates, f"{lat:.5f}", f"{lon:.5f}", fclass, fcode,
              country, "", admin1, "", "", "", str(population), "", "1000", "Asia/Karachi",
              "2024-01-01"]  # fmt: skip
    assert len(fields) == len(registry.GEONAMES_COLUMNS)
    return "\t".join(fields)


DUMP_ROWS = [
    geonames_row(9100001, "Gwarkop", 26.08, 62.92, "P.PPL", alternates="Gwarkup,گوارکوپ"),
    geonames_row(9100002, "Lakhpass", 29.81, 66.86, "T.PASS"),
    geonames_row(9100003, "Dasht Wadi", 25.9, 62.5, "H.WAD"),
    geonames_row(9100004, "Balochistan", 28.5, 65.0, "A.ADM1"),
    geonames_row(9100005, "Shahrak Hotel", 26.0, 63.0, "S.HTL"),
    geonames_row(9100006, "Old Gwarkop", 26.1, 62.9, "P.PPLQ"),
    geonames_row(
        1163054,
        "Turbat",
        26.00122,
        63.04849,
        "P.PPLA2",
        alternates="Kech Turbat,Turbat City",
        population=213557,
    ),  # fmt: skip
]


def geonames_zip(rows: list[str], cc: str = "PK") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{cc}.txt", "\n".join(rows) + "\n")
        archive.writestr("readme.txt", "GeoNames country dump (test copy)\n")
    return buffer.getvalue()


@pytest.fixture
def geonames_server(monkeypatch: pytest.MonkeyPatch):
    with StaticServer({"/export/dump/PK.zip": geonames_zip(DUMP_ROWS)}) as server:
        monkeypatch.setattr(settings, "geonames_url", server.url + "/export/dump")
        yield server


VILLAGE_REPORT = """---
title: Convoy attacked near Gwarkop
---
Militants attacked a security convoy near Gwarkop on Tuesday, killing three soldiers,
officials in Turbat said. Residents of Gwarkup said the firing lasted an hour.
"""


def test_geonames_dump_is_indexed_once_and_build_uses_it(
    cache_dir: Path, geonames_server, tmp_path: Path
):
    from incidentmap.geocode import load_gazetteer

    dump = registry.fetch_geonames("pk")
    assert dump.manifest["rows"] == 7 and dump.manifest["indexed"] == 5
    assert dump.manifest["by_class"] == {"A": 1, "H": 1, "P": 2, "T": 1}
    assert dump.manifest["licence"] == "CC BY 4.0" and "GeoNames" in dump.manifest["attribution"]
    indexed = {row["name"] for row in registry.geonames_rows("PK")}
    assert indexed == {"Gwarkop", "Lakhpass", "Dasht Wadi", "Balochistan", "Turbat"}
    gazetteer = load_gazetteer()
    assert gazetteer.sources["geonames-dump:PK"] == dump.manifest["index_sha256"]
    gwarkop = gazetteer.entries["geonames:9100001"]
    assert (gwarkop.kind, gwarkop.district, gwarkop.province) == ("village", "Kech", "Balochistan")
    assert gazetteer.lookup("Gwarkup")[0].id == "geonames:9100001"  # alternate name
    assert gazetteer.entries["geonames:9100002"].kind == "site"  # a pass
    assert gazetteer.entries["geonames:1163054"].raw["dump"] == "PK"  # ahead of the bundled
    assert not gazetteer.lookup("Shahrak Hotel") and not gazetteer.lookup("Old Gwarkop")
    report = tmp_path / "gwarkop.md"
    report.write_text(VILLAGE_REPORT, encoding="utf-8")
    result = build([report], tmp_path / "out", BuildOptions(tiles="none"))
    place = result.places.loc["geonames:9100001"]
    assert place["gazetteer"] == "geonames:9100001" and place["role"] == "incident"
    assert place["district"] == "Kech" and sorted(place["names_in_text"]) == ["Gwarkop", "Gwarkup"]
    assert result.run["data"]["gazetteer_inputs"]["geonames-dump:PK"]


def _bad_crc(data: bytes) -> bytes:
    archive = bytearray(data)
    start = archive.index(b"PK.txt") + len(b"PK.txt")  # compressed data follows the name
    archive[start + 20] ^= 0xFF
    return bytes(archive)


DUMP_CORRUPTIONS = {
    "truncated": (lambda z: truncated(z), "truncated download"),
    "not-a-zip": (lambda z: b"<html>Service unavailable</html>", "not a zip archive"),
    "bad-crc": (_bad_crc, "corrupt zip archive"),
    "wrong-member": (lambda z: geonames_zip(DUMP_ROWS, cc="AF"), r"no PK\.txt inside"),
    "short-row": (lambda z: geonames_zip([*DUMP_ROWS, "123\tBroken row"]), "line 8 has 2 fields"),
    "other-country": (
        lambda z: geonames_zip([geonames_row(1, "Kabul", 34.5, 69.2, "P.PPLC", country="AF")]),
        "line 1 is in country 'AF', not PK",
    ),
    "bad-coordinates": (
        lambda z: geonames_zip([geonames_row(1, "Nowhere", 95.0, 69.2, "P.PPL")]),
        "coordinates out of range",
    ),
}


@pytest.mark.parametrize("kind", sorted(DUMP_CORRUPTIONS))
def test_a_corrupted_dump_is_refused_and_nothing_is_left(
    cache_dir: Path, geonames_server, kind: str
):
    corrupt, message = DUMP_CORRUPTIONS[kind]
    route = "/export/dump/PK.zip"
    geonames_server.routes[route] = corrupt(geonames_server.routes[route])
    with pytest.raises(DataError, match=message) as info:
        registry.fetch_geonames("PK")
    assert "PK.zip" in str(info.value)
    assert registry.installed_geonames("PK") is None
    assert not (cache_dir / "data" / "geonames" / "PK").exists()
    assert leftovers(cache_dir) == []


def test_a_changed_index_is_refused_on_read(cache_dir: Path, geonames_server):
    dump = registry.fetch_geonames("PK")
    with dump.index.open("a", encoding="utf-8") as handle:
        handle.write(geonames_row(9199999, "Injected", 26.0, 63.0, "P.PPL") + "\n")
    with pytest.raises(DataError, match="changed since it was indexed"):
        list(registry.geonames_rows("PK"))


def test_an_index_of_an_older_format_is_rebuilt_from_the_kept_dump(
    cache_dir: Path, geonames_server
):
    dump = registry.fetch_geonames("PK")
    manifest_path = dump.index.parent / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["index_format"] = "0"
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")
    requests = len(geonames_server.requests)
    assert len(list(registry.geonames_rows("PK"))) == 5
    assert registry.installed_geonames("PK").manifest["index_format"] == "1"
    assert len(geonames_server.requests) == requests  # no new download
    assert leftovers(cache_dir) == []


# --- the command line ---------------------------------------------------------------------
def test_cli_fetch_and_list(runner, cache_dir: Path, gb_server, geonames_server):
    result = runner.invoke(main, ["data", "fetch", "--country", "PAK", "--level", "ADM2"])
    assert result.exit_code == 0, result.output
    assert "installed geoBoundaries PAK ADM2: 126 features, licence Public Domain" in result.output
    result = runner.invoke(main, ["data", "fetch", "--gazetteer", "PK"])
    assert result.exit_code == 0, result.output
    assert "installed GeoNames PK: 5 of 7 places indexed (CC BY 4.0)" in result.output
    listing = runner.invoke(main, ["data", "list"])
    assert listing.exit_code == 0, listing.output
    lines = listing.output.splitlines()
    boundaries = next(line for line in lines if line.startswith("boundaries PAK ADM2"))
    assert "Public Domain" in boundaries and "126 features" in boundaries
    gazetteer = next(line for line in lines if line.startswith("gazetteer PK"))
    assert "CC BY 4.0" in gazetteer and "5 of 7 places indexed" in gazetteer
    where = runner.invoke(main, ["data", "path", "downloads"])
    assert where.output.strip() == str(cache_dir / "data")


def test_cli_refuses_a_corrupted_download_in_one_line(runner, cache_dir: Path, gb_server):
    path = release_path("PAK", "ADM1")
    gb_server.routes[path] = gb_server.routes[path][:-10]  # complete, but not the release
    result = runner.invoke(main, ["data", "fetch", "--country", "PAK", "--level", "ADM1"])
    assert result.exit_code == 1
    assert result.output.startswith("Error: http://127.0.0.1:")
    assert "does not match the pinned release" in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert leftovers(cache_dir) == [] and registry.cached_datasets() == []


def test_cli_usage_errors(runner, cache_dir: Path):
    assert runner.invoke(main, ["data", "fetch"]).exit_code == 2
    assert runner.invoke(main, ["data", "fetch", "--level", "ADM2"]).exit_code == 2
    bad = runner.invoke(main, ["data", "fetch", "--country", "Pakistan"])
    assert bad.exit_code == 1 and "not an ISO 3166-1 alpha-3" in bad.output


def test_downloads_show_a_progress_bar_on_a_terminal(monkeypatch: pytest.MonkeyPatch):
    from incidentmap import cli

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    terminal = Terminal()
    monkeypatch.setattr(cli.sys, "stderr", terminal)
    bar = cli._DownloadBar("geoBoundaries PAK ADM2")
    for done in (0, 400_000, 807_294):
        bar(done, 807_294)
    bar.close()
    assert "geoBoundaries PAK ADM2" in terminal.getvalue() and "100%" in terminal.getvalue()
