"""report_cache.py: per-report results cached by content, data and rules; never a stale result.

A rebuild takes an unchanged report's results from the cache; the key must change with
anything that can change them (the report, the gazetteer, the rules and the data they
read), and a cached result must come back exactly as it went in.
"""

from __future__ import annotations

import ast
import os
import uuid
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import incidentmap
from incidentmap import report_cache
from incidentmap.geocode import load_gazetteer
from incidentmap.models import Report
from incidentmap.options import BuildOptions
from incidentmap.pipeline import build, geoparse_report
from incidentmap.report_cache import (
    ReportCache,
    mentions_from_json,
    mentions_to_json,
    report_key,
    rules_version,
)
from incidentmap.sources import reports_from_paths

PACKAGE = Path(incidentmap.__file__).parent
#: The stages that turn a report into mentions (what the cache stores the results of).
STAGES = ("extract.py", "roles.py", "geocode/resolve.py", "decide.py", "dates.py")
#: Modules they import that cannot change a result: errors, settings (the gazetteer's
#: version covers the settings that shape it), file lookup, and the gazetteer protocols.
INERT = {"errors.py", "settings.py", "_geodata.py", "geocode/base.py"}


@pytest.fixture
def reports(example_copy: Path) -> Path:
    return example_copy


def _imported(module: str) -> set[str]:
    """Package modules (paths under the package) that ``module`` imports, transitively."""
    seen: set[str] = set()
    todo = [module]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        folder = Path(name).parent
        for node in ast.walk(ast.parse((PACKAGE / name).read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level and node.module:
                base = folder
                for _ in range(node.level - 1):
                    base = base.parent
                path = base / node.module.replace(".", "/")
                for candidate in (f"{path}.py", f"{path}/__init__.py"):
                    if (PACKAGE / candidate).is_file():
                        todo.append(str(Path(candidate)))
    return seen


def test_every_module_that_shapes_a_result_is_in_the_rules_version():
    shaping = set().union(*(_imported(stage) for stage in STAGES)) - INERT
    gazetteer_code = {"geocode/local.py", "models.py", "_text.py"}  # in the gazetteer version
    missing = shaping - set(report_cache._RULE_MODULES) - gazetteer_code
    assert not missing, f"not in _RULE_MODULES: {sorted(missing)}"


def test_the_rules_version_changes_with_the_highway_table(
    monkeypatch: pytest.MonkeyPatch, tmp_path
):
    """A town added to a route moves highway stretches: cached reports must be parsed again."""
    from incidentmap import _geodata

    before = rules_version()
    table = tmp_path / "highways.csv"
    table.write_bytes(_geodata.geodata_file("highways.csv").read_bytes() + b"N-999,N-999,,A|B\n")
    real = _geodata.geodata_file
    monkeypatch.setattr(
        _geodata, "geodata_file", lambda name: table if name == "highways.csv" else real(name)
    )
    rules_version.cache_clear()
    try:
        assert rules_version() != before
    finally:
        rules_version.cache_clear()


def test_the_key_changes_with_every_part_of_a_report_and_the_gazetteer():
    report = Report("d1", "A blast hit Kharan.", "d1.txt", title="T", url="https://x.org/1",
                    publisher="P", published="2026-01-31")  # fmt: skip
    key = report_key(report, "g1")
    assert key == report_key(replace(report, path="elsewhere/d1.txt"), "g1")  # path: not content
    changed = [
        replace(report, doc_id="d2"),
        replace(report, text="A blast hit Kharan!"),
        replace(report, title="T2"),
        replace(report, url="https://x.org/2"),
        replace(report, publisher="Q"),
        replace(report, published="2026-02-01"),
    ]
    keys = {report_key(r, "g1") for r in changed} | {report_key(report, "g2")}
    assert key not in keys and len(keys) == len(changed) + 1


def test_a_put_comes_back_and_a_miss_is_none(tmp_path: Path, gazetteer):
    cache = ReportCache(tmp_path / "reports")
    report = Report("d1", "A blast hit Kharan on Monday.", "d1.txt")
    results = geoparse_report(report, gazetteer)
    assert cache.get("k") is None
    cache.put("k", results)
    assert cache.get("k") == results and cache.path("k").is_file()
    assert ReportCache(tmp_path / "reports").get("k") == results  # another run


@pytest.fixture(scope="module")
def corpus_results(shared_dir: Path):
    """Every report of the shared corpus with its results."""
    reports, _ = reports_from_paths([shared_dir / "corpus"])
    gazetteer = load_gazetteer()
    return [(r, geoparse_report(r, gazetteer)) for r in reports]


def test_results_come_back_from_json_exactly(corpus_results):
    for _, results in corpus_results:
        back = mentions_from_json(mentions_to_json(results))
        assert back == results
        assert [hash(r) for r in back] == [hash(r) for r in results]  # tuples stay tuples
        # Fields left out of equality must survive too.
        assert [r.factors for r in back] == [r.factors for r in results]
        assert [r.entry.raw if r.entry else None for r in back] == [
            r.entry.raw if r.entry else None for r in results
        ]


# --- damaged entries ---------------------------------------------------------------------

MUTATIONS = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**6), st.integers(0, 7)),
    st.tuples(st.just("cut"), st.integers(0, 10**6), st.just(0)),
    st.tuples(st.just("append"), st.integers(1, 64), st.just(0)),
)


def _mutate(data: bytes, how: tuple[str, int, int]) -> bytes:
    kind, at, bit = how
    if kind == "flip":
        at %= len(data)
        return data[:at] + bytes([data[at] ^ (1 << bit)]) + data[at + 1 :]
    if kind == "cut":
        return data[: at % len(data)]
    return data + os.urandom(at)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(how=("flip", 0, 0))  # the header
@example(how=("flip", 30, 3))  # the checksum
@example(how=("flip", 10**6 - 1, 7))  # the compressed results
@given(how=MUTATIONS)
def test_a_damaged_entry_is_never_believed(corpus_results, tmp_path_factory, how):
    folder = tmp_path_factory.mktemp("entries")
    cache = ReportCache(folder)
    _, results = corpus_results[0]
    cache.put("k", results)
    path = cache.path("k")
    path.write_bytes(_mutate(path.read_bytes(), how))
    got = cache.get("k")
    assert got is None or got == results  # the results, or a miss: never other results
    if got is None:
        assert not path.exists()  # discarded; the next put writes it anew


def test_incremental_build_skips_unchanged_reports_and_equals_a_clean_build(reports, tmp_path):
    first = build([reports], tmp_path / "a", BuildOptions(tiles="none"))
    second = build([reports], tmp_path / "b", BuildOptions(tiles="none"))
    n = first.run["counts"]["reports_read"]
    assert second.run["counts"]["reports_from_cache"] == n
    assert second.run["counts"]["reports_parsed"] == 0
    edited = sorted(reports.glob("*.md"))[0]
    # A sentence no earlier run has seen, so the session cache cannot hold it.
    fresh = f"\nA blast also hit Kharan ({uuid.uuid4().hex}).\n"
    edited.write_text(edited.read_text(encoding="utf-8") + fresh, encoding="utf-8")
    third = build([reports], tmp_path / "c", BuildOptions(tiles="none"))
    assert third.run["counts"]["reports_parsed"] == 1
    build([reports], tmp_path / "d", BuildOptions(tiles="none", use_cache=False))
    for name in ("incidents.geojson", "districts.geojson", "mentions.csv"):
        assert (tmp_path / "c" / name).read_bytes() == (tmp_path / "d" / name).read_bytes()
