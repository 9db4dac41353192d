"""A cache that cannot lie: damaged, planted or unwritable cache files never change a build.

The per-report results are sealed JSON (an HMAC under a key only this user can read) and
the compiled gazetteer a sealed pickle; these tests flip bits in them, plant pickles that
would run code, fill the disk and take the key away, and check that every build still
gives the bytes of a clean build, with a warning naming what was discarded.
"""

from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from incidentmap import _sealed
from incidentmap.geocode import load_gazetteer
from incidentmap.geocode.local import _load_gazetteer
from incidentmap.options import BuildOptions
from incidentmap.pipeline import OUTPUT_FILES, build

COMPARED = ("incidents.geojson", "districts.geojson", "mentions.csv", "map.html")


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in COMPARED}


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh cache folder holding a copy of the session's compiled gazetteer."""
    session = Path(os.environ["INCIDENTMAP_CACHE_DIR"])
    version = load_gazetteer().version  # the session's is compiled and sealed
    folder = tmp_path / "cache"
    folder.mkdir()
    # Only the gazetteer of this code (a session cache may keep those of earlier code).
    for name in [f"gazetteer-{version}.sealed", f".key-{os.geteuid()}"]:
        shutil.copy2(session / name, folder / name)
    monkeypatch.setenv("INCIDENTMAP_CACHE_DIR", str(folder))
    _load_gazetteer.cache_clear()
    yield folder
    _load_gazetteer.cache_clear()


def test_a_build_over_a_damaged_cache_equals_a_clean_build(
    cache_dir: Path, seeds_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    clean = build([seeds_dir], tmp_path / "clean", BuildOptions(tiles="none", use_cache=False))
    build([seeds_dir], tmp_path / "warm", BuildOptions(tiles="none"))
    entries = sorted((cache_dir / "reports").glob("*.json.zlib"))
    assert len(entries) == clean.run["counts"]["reports_read"]
    for number, entry in enumerate(entries):  # one bit flipped in every entry
        data = entry.read_bytes()
        at = (number * 7919) % len(data)
        entry.write_bytes(data[:at] + bytes([data[at] ^ 1 << (number % 8)]) + data[at + 1 :])
    with caplog.at_level(logging.WARNING):
        again = build([seeds_dir], tmp_path / "again", BuildOptions(tiles="none"))
    assert _outputs(tmp_path / "again") == _outputs(tmp_path / "clean")
    assert again.run["counts"]["reports_parsed"] == len(entries)
    warned = [r.getMessage() for r in caplog.records if "report cache" in r.getMessage()]
    assert len(warned) == len(entries) and all("parsing the report again" in w for w in warned)


class _Exploit:
    """Unpickling this runs code: it creates the file ``marker``."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (Path.touch, (self.marker,))


def test_planted_pickles_never_run(
    cache_dir: Path, seeds_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    """Pickles planted where a shared cache folder keeps its files are never loaded."""
    marker = tmp_path / "code-ran"
    bomb = pickle.dumps(_Exploit(marker))
    build([seeds_dir], tmp_path / "warm", BuildOptions(tiles="none"))
    reports = cache_dir / "reports"
    for entry in reports.glob("*.json.zlib"):
        entry.write_bytes(bomb)
        entry.with_name(entry.name.replace(".json.zlib", ".pickle")).write_bytes(bomb)
    (gazetteer,) = cache_dir.glob("gazetteer-*.sealed")
    forged = _sealed.seal(bomb, b"a key that is not the user's".ljust(32, b"!"))
    gazetteer.write_bytes(forged)
    _load_gazetteer.cache_clear()
    with caplog.at_level(logging.WARNING):
        build([seeds_dir], tmp_path / "out", BuildOptions(tiles="none"))
    assert not marker.exists()
    assert any("cache file unusable (checksum mismatch" in r.getMessage() for r in caplog.records)
    assert load_gazetteer().version  # rebuilt and sealed again
    assert _sealed.unseal(gazetteer.read_bytes(), _sealed.user_key(cache_dir))


def test_a_damaged_gazetteer_is_rebuilt_even_without_cache_option(
    cache_dir: Path, seeds_dir: Path, tmp_path: Path, runner, caplog: pytest.LogCaptureFixture
):
    from incidentmap.cli import main

    (gazetteer,) = cache_dir.glob("gazetteer-*.sealed")
    data = bytearray(gazetteer.read_bytes())
    data[len(data) // 2] ^= 0x10
    gazetteer.write_bytes(bytes(data))
    args = ["build", str(seeds_dir), "-o", str(tmp_path / "out"), "--tiles", "none", "--no-cache"]
    with caplog.at_level(logging.WARNING):
        result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    (warning,) = [r.getMessage() for r in caplog.records if "unusable" in r.getMessage()]
    assert warning == (
        f"{gazetteer}: cache file unusable (checksum mismatch (damaged, or not written by "
        "this user)); rebuilding it"
    )


def test_a_key_others_could_read_or_plant_is_not_used(cache_dir: Path, seeds_dir: Path, tmp_path):
    key = cache_dir / "reports" / f".key-{os.geteuid()}"
    key.parent.mkdir()
    key.write_bytes(b"k" * 32)
    key.chmod(0o644)  # as if planted for us by someone who knows it
    result = build([seeds_dir], tmp_path / "out", BuildOptions(tiles="none"))
    assert result.run["counts"]["reports_from_cache"] == 0
    assert not list((cache_dir / "reports").glob("*.json.zlib"))  # nothing sealed with it


# --- a cache that cannot be written ----------------------------------------------------------


class _FullDisk:
    """A file whose writes stop with ENOSPC after a few bytes (a full cache disk)."""

    def __init__(self, handle) -> None:
        self.handle = handle

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.handle.close()

    def write(self, data: bytes) -> int:
        self.handle.write(data[:10])
        raise OSError(errno.ENOSPC, "No space left on device")


def test_a_full_cache_disk_is_a_warning_and_leaves_no_temporary_files(
    cache_dir: Path,
    seeds_dir: Path,
    tmp_path: Path,
    runner,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    from incidentmap.cli import main

    build([seeds_dir], tmp_path / "warm", BuildOptions(tiles="none"))
    for entry in (cache_dir / "reports").glob("*.json.zlib"):
        entry.unlink()  # the next build stores every report again
    real = os.fdopen
    monkeypatch.setattr(_sealed.os, "fdopen", lambda *a, **k: _FullDisk(real(*a, **k)))
    with caplog.at_level(logging.WARNING):
        result = runner.invoke(main, ["build", str(seeds_dir), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    (warning,) = [r.getMessage() for r in caplog.records]  # once, not once per report
    assert warning.startswith(f"report cache off for this run: {cache_dir / 'reports'}/")
    assert warning.endswith(": cannot write (No space left on device)")
    assert not [p for p in cache_dir.rglob("*") if p.name.endswith(".tmp")]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(OUTPUT_FILES.values())


def test_a_cache_folder_that_cannot_be_made_is_a_warning(
    seeds_dir: Path,
    tmp_path: Path,
    runner,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
):
    from incidentmap.cli import main

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("INCIDENTMAP_CACHE_DIR", str(blocker / "cache"))
    _load_gazetteer.cache_clear()
    try:
        with caplog.at_level(logging.WARNING):
            result = runner.invoke(main, ["build", str(seeds_dir), "-o", str(tmp_path / "out")])
    finally:
        _load_gazetteer.cache_clear()
    assert result.exit_code == 0, result.output
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2
    assert messages[0].startswith(f"{blocker / 'cache'}: Not a directory; gazetteer-")
    assert messages[1] == f"report cache off for this run: {blocker}/cache/reports: Not a directory"


# --- concurrent runs ---------------------------------------------------------------------------

COMPILE = """
import hashlib, sys
from incidentmap.geocode import load_gazetteer
print(load_gazetteer().version)
"""


def test_runs_on_a_cold_cache_compile_the_gazetteer_once(tmp_path: Path):
    """Parallel first runs take turns: one compiles, the others load its sealed result."""
    env = {**os.environ, "INCIDENTMAP_CACHE_DIR": str(tmp_path / "cold")}
    children = [
        subprocess.Popen(
            [sys.executable, "-c", COMPILE],
            env=env,
            text=True,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )  # fmt: skip
        for _ in range(3)
    ]
    outcomes = [child.communicate(timeout=300) for child in children]
    assert [child.returncode for child in children] == [0, 0, 0], outcomes
    assert len({out for out, _ in outcomes}) == 1
    waited = sum("another incidentmap run is writing here; waiting" in err for _, err in outcomes)
    assert waited == 2
    files = sorted(p.name for p in (tmp_path / "cold").iterdir())
    assert [f for f in files if f.endswith(".tmp")] == []
    sealed = [f for f in files if f.endswith(".sealed")]
    assert len(sealed) == 1
    digest = hashlib.sha256((tmp_path / "cold" / sealed[0]).read_bytes()).hexdigest()
    assert json.dumps(digest)  # one complete file, sealed once
