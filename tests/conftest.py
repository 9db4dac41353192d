"""Shared fixtures: the shared corpus and gold, the bundled data, a CLI runner, built outputs."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("INCIDENTMAP_SHARED", REPO.parent / "shared"))
DATA = Path(__file__).resolve().parent / "data"
EXAMPLE = REPO / "examples" / "balochistan-2026-01-31"


def pytest_configure(config: pytest.Config) -> None:
    # One gazetteer cache per test session, never the user's own cache folder.
    if "INCIDENTMAP_CACHE_DIR" not in os.environ:
        cache = REPO / ".pytest_cache" / "incidentmap-cache"
        cache.mkdir(parents=True, exist_ok=True)
        os.environ["INCIDENTMAP_CACHE_DIR"] = str(cache)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    # Tests run offline: one that needs the internet runs only when asked for.
    if os.environ.get("INCIDENTMAP_NETWORK") == "1":
        return
    skip = pytest.mark.skip(reason="needs the internet; set INCIDENTMAP_NETWORK=1 to run it")
    for item in items:
        if "network" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"shared data not found at {SHARED} (set INCIDENTMAP_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def seeds_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "seeds"


@pytest.fixture(scope="session")
def dev_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus" / "dev"


@pytest.fixture(scope="session")
def seeds_gold(shared_dir: Path) -> list[dict]:
    return json.loads((shared_dir / "corpus" / "gold" / "seeds.gold.json").read_text())


@pytest.fixture(scope="session")
def dev_gold(shared_dir: Path) -> list[dict]:
    return json.loads((shared_dir / "corpus" / "gold" / "dev.gold.json").read_text())


@pytest.fixture(scope="session")
def upstream_dir(shared_dir: Path) -> Path:
    return shared_dir / "geodata" / "upstream"


@pytest.fixture(scope="session")
def own_dir() -> Path:
    return DATA / "own"


@pytest.fixture(scope="session")
def example_dir() -> Path:
    return EXAMPLE


@pytest.fixture
def example_copy(tmp_path: Path) -> Path:
    """A copy of the bundled example's reports (no gold, no README) that a test may change."""
    from shutil import copytree, ignore_patterns

    folder = tmp_path / "reports"
    copytree(EXAMPLE, folder, ignore=ignore_patterns("*.json", "README.md"))
    return folder


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty cache folder of this test's own (test_cache.py has one with a gazetteer)."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("INCIDENTMAP_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(scope="session")
def gazetteer():
    from incidentmap.geocode import load_gazetteer

    return load_gazetteer()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def seeds_build(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path):
    """The seeds built once per session (tests read, never modify, these outputs)."""
    from incidentmap.options import BuildOptions
    from incidentmap.pipeline import build

    out = tmp_path_factory.mktemp("seeds-out")
    return build([seeds_dir], out, BuildOptions(tiles="none"))


@pytest.fixture(scope="session")
def example_build(tmp_path_factory: pytest.TempPathFactory):
    from incidentmap.options import BuildOptions
    from incidentmap.pipeline import build

    out = tmp_path_factory.mktemp("example-out")
    return build([EXAMPLE], out, BuildOptions(tiles="none"))


@pytest.fixture(scope="session")
def annotated_sets(shared_dir: Path):
    """Every annotated set of tests/data/annotated_sets.toml, with its evidence, loaded once."""
    import tomllib

    from incidentmap.learn import load_sets

    manifest = tomllib.loads((DATA / "annotated_sets.toml").read_text(encoding="utf-8"))["set"]

    def where(path: str) -> Path:
        return (
            shared_dir / path.removeprefix("shared:") if path.startswith("shared:") else REPO / path
        )

    sets = load_sets([where(s["gold"]) for s in manifest], [where(s["reports"]) for s in manifest])
    for entry, loaded in zip(manifest, sets, strict=True):
        loaded.name = entry["name"]
    return sets
