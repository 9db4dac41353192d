"""The online geocoder (``build --online``) against a local stub of Nominatim's API.

The stub (tests/_servers.py) speaks ``/search?format=json``, counts and times every
request, and can answer 429, 5xx, 403, slowly, or with garbage. No test touches the
internet. Most tests use the test-only ``_test_min_delay`` so they run fast; the tests of
the policy itself run with the real one-second delay.
"""

from __future__ import annotations

import csv
import hashlib
import inspect
import json
import sqlite3
import time
from pathlib import Path

import pytest

from _servers import NominatimStub, dead_url, place
from incidentmap import settings
from incidentmap.cli import main
from incidentmap.errors import (
    GeocodeConfigError,
    GeocodeRateLimited,
    GeocodeRefused,
    GeocodeServiceError,
    GeocodeTimeout,
    GeocodeUnavailable,
    UnknownGazetteerError,
)
from incidentmap.geocode.nominatim import (
    POLICY_MIN_DELAY,
    AnswerCache,
    NominatimGazetteer,
    PoliteRateLimiter,
    entry_from_answer,
    nominatim_from_spec,
)
from incidentmap.pipeline import analyse, build

ZORKHANI = place("Zorkhani", 26.0512, 63.1987, osm_id=1111)  # in Kech district
SORAPAK = place("Sorapak", 28.4402, 66.4018, osm_id=2222)  # in Kalat district
#: The limiter spaces the starts of requests; the stub stamps their arrival when it
#: accepts the connection, which on a busy machine can lag by some milliseconds.
JITTER = 0.05
#: Test-only spacing for the tests that measure it (long enough against that jitter).
SPACED = {"_test_min_delay": 0.2, "error_wait_seconds": 0.2}
#: A village named in the text with its district; the offline gazetteer does not know it.
VILLAGE_REPORT = """---
title: Levies post attacked in Kech
url: https://example.org/kech-attack
published: 2026-02-02
---
Gunmen attacked a Levies checkpost in Zorkhani village of Kech district on Friday night,
killing two personnel, officials in Turbat said.

The provincial government in Quetta condemned the attack.
"""
#: An area named with no place near it: offline it stays unresolved.
AREA_REPORT = """---
title: Clashes near Sorapak
---
Heavy clashes were reported in the Sorapak area overnight, a resident told reporters.

The provincial government in Quetta condemned the violence.
"""


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("INCIDENTMAP_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "village.md").write_text(VILLAGE_REPORT, encoding="utf-8")
    (folder / "area.md").write_text(AREA_REPORT, encoding="utf-8")
    return folder


@pytest.fixture
def sent_at(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Client-side start times of every geocoder request (``_http.get``)."""
    from incidentmap import _http

    times: list[float] = []
    real = _http.get

    def recording(*args, **kwargs):
        times.append(time.monotonic())
        return real(*args, **kwargs)

    monkeypatch.setattr(_http, "get", recording)
    return times


def gaps_of(times: list[float]) -> list[float]:
    return [b - a for a, b in zip(times, times[1:], strict=False)]


def fast(stub: NominatimStub, cache: Path, **options) -> NominatimGazetteer:
    """A gazetteer on the stub with test-only short delays."""
    options.setdefault("_test_min_delay", 0.05)
    options.setdefault("error_wait_seconds", 0.05)
    options.setdefault("timeout", 2.0)
    return NominatimGazetteer(
        domain=stub.netloc, scheme="http", cache_path=cache / "geocoder.sqlite", **options
    )


def rows_by_surface(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["surface"]: row for row in csv.DictReader(handle)}


# --- the policy: delay floor, user agent ------------------------------------------------
def test_geopy_default_has_no_delay_so_ours_is_set_to_one_second(cache_dir: Path):
    default = inspect.signature(PoliteRateLimiter.__mro__[1].__init__).parameters
    assert default["min_delay_seconds"].default == 0.0  # geopy's RateLimiter
    assert POLICY_MIN_DELAY >= 1.0 and settings.geocoder_min_delay >= 1.0
    with NominatimGazetteer() as geocoder:
        assert geocoder.min_delay_seconds >= 1.0
        assert geocoder._limited.min_delay_seconds >= 1.0
        assert geocoder._limited.swallow_exceptions is False
    with NominatimGazetteer(min_delay_seconds=0.1) as geocoder:
        assert geocoder.min_delay_seconds == POLICY_MIN_DELAY  # raised to the floor


def test_settings_below_the_floor_are_raised(cache_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(settings, "geocoder_min_delay", 0.0)
    with NominatimGazetteer() as geocoder:
        assert geocoder.min_delay_seconds == POLICY_MIN_DELAY


@pytest.mark.parametrize("agent", ["my-application", "geopy/2.4.1", ""])
def test_sample_user_agents_are_refused(cache_dir: Path, agent: str):
    with pytest.raises(GeocodeConfigError):
        NominatimGazetteer(user_agent=agent or " ")


def test_rate_limit_holds_at_the_real_one_second(tmp_path: Path, sent_at: list[float]):
    """Three queries with the real policy delay: never two requests within a second."""
    with NominatimStub([ZORKHANI, SORAPAK]) as stub:
        with NominatimGazetteer(
            domain=stub.netloc, scheme="http", cache_path=tmp_path / "g.sqlite"
        ) as geocoder:
            clock = time.monotonic()
            for name in ("Zorkhani", "Sorapak", "Nowhere"):
                geocoder.lookup(name, country_codes=["PK"])
            elapsed = time.monotonic() - clock
            # Cached answers come back at once: no wait, no request.
            clock = time.monotonic()
            assert geocoder.lookup("Zorkhani", country_codes=["PK"])[0].name == "Zorkhani"
            cached_in = time.monotonic() - clock
        gaps = stub.gaps("/search")
    assert len(stub.searches) == 3 and geocoder.stats.cache_hits == 1
    assert min(gaps) >= 1.0 - JITTER, gaps  # as the stub saw them
    assert len(sent_at) == 3 and min(gaps_of(sent_at)) >= 1.0  # as they were sent
    assert elapsed >= 2.0 and cached_in < 0.2
    assert {s.headers["user-agent"] for s in stub.searches} == {settings.user_agent}


class FakeClock:
    """A clock that moves only when the limiter sleeps or a fake request takes time."""

    def __init__(self) -> None:
        self.now = 0.0

    def sleep(self, seconds: float) -> None:
        self.now += max(seconds, 0.0)


def test_the_delay_counts_from_the_previous_request_not_its_slot():
    """A slow first send after its slot is stamped must not shorten the gap to the next.

    geopy stamps the slot when acquired; the first request here spends 0.3 s between that
    stamp and going out (building it, a slow resolver), the second none. Counted from the
    slot, the two would leave 0.7 s apart.
    """
    clock = FakeClock()
    sends: list[float] = []
    before_send = iter([0.3, 0.0, 0.0])

    def request() -> None:
        clock.now += next(before_send)
        sends.append(clock.now)
        clock.now += 0.05  # the answer takes this long

    limiter = PoliteRateLimiter(
        request, min_delay_seconds=1.0, max_retries=0, error_wait_seconds=1.0, max_wait_seconds=1.0
    )
    limiter._clock = lambda: clock.now  # type: ignore[method-assign]
    limiter._sleep = clock.sleep  # type: ignore[method-assign]
    for _ in range(3):
        limiter()
    assert min(gaps_of(sends)) >= 1.0, sends


# --- lookups, cache, retries --------------------------------------------------------------
def test_lookup_returns_entries_and_sends_the_bias(tmp_path: Path):
    with NominatimStub([ZORKHANI]) as stub, fast(stub, tmp_path) as geocoder:
        found = geocoder.lookup(
            "Zorkhani", country_codes=["PK"], viewbox=(61.6, 25.3, 64.7, 26.8), bounded=True
        )
        params = stub.searches[0].params
    assert [e.id for e in found] == ["nominatim:node/1111"]
    entry = found[0]
    assert (entry.kind, entry.country, entry.province, entry.source) == (
        "village", "PK", "Balochistan", "nominatim",
    )  # fmt: skip
    assert params["countrycodes"] == "pk" and params["bounded"] == "1"
    assert [float(v) for v in params["viewbox"].split(",")] == [61.6, 25.3, 64.7, 26.8]
    assert params["format"] == "json" and params["addressdetails"] == "1"


def test_answers_are_cached_by_sha1_of_the_url_and_never_sent_twice(tmp_path: Path):
    with NominatimStub([ZORKHANI]) as stub:
        with fast(stub, tmp_path) as geocoder:
            geocoder.lookup("Zorkhani", country_codes=["PK"])
            geocoder.lookup("Unknownplace", country_codes=["PK"])  # empty: also an answer
            geocoder.lookup("Zorkhani", country_codes=["PK"])
        with fast(stub, tmp_path) as again:  # a later run over the same cache
            assert again.lookup("Zorkhani", country_codes=["PK"])[0].lat == pytest.approx(26.0512)
            assert again.lookup("Unknownplace", country_codes=["PK"]) == []
        sent = len(stub.searches)
        netloc = stub.netloc
    assert sent == 2 and again.stats.requests_sent == 0 and again.stats.cache_hits == 2
    with sqlite3.connect(tmp_path / "geocoder.sqlite") as conn:
        rows = conn.execute("SELECT key, url FROM answers").fetchall()
    conn.close()
    assert len(rows) == 2
    for key, url in rows:
        assert key == hashlib.sha1(f"1:{url}".encode()).hexdigest()
        assert url.startswith(f"http://{netloc}/search?")


def test_service_errors_are_retried_with_exponential_backoff(tmp_path: Path):
    with NominatimStub([ZORKHANI], behaviour=["503", "500", "ok"]) as stub:
        with fast(stub, tmp_path, error_wait_seconds=0.3, max_retries=2) as geocoder:
            assert geocoder.lookup("Zorkhani")[0].name == "Zorkhani"
        gaps = stub.gaps()
    assert len(stub.searches) == 3 and geocoder.stats.requests_sent == 3
    # Doubling: 0.3 s then 0.6 s. The upper bounds leave room for a loaded machine and
    # still tell doubling from a fixed wait of either length.
    assert 0.3 - JITTER <= gaps[0] < 0.5 and 0.6 - JITTER <= gaps[1] < 0.9, gaps


def test_retry_after_is_honoured(tmp_path: Path):
    with NominatimStub([ZORKHANI], behaviour=["429", "ok"], retry_after="1") as stub:
        with fast(stub, tmp_path) as geocoder:
            assert geocoder.lookup("Zorkhani")
        gaps = stub.gaps()
    assert len(stub.searches) == 2 and gaps[0] >= 1.0 - JITTER


def test_a_long_retry_after_gives_the_service_up_for_the_run(tmp_path: Path):
    with NominatimStub([ZORKHANI], behaviour="429", retry_after="3600") as stub:
        with fast(stub, tmp_path) as geocoder:
            with pytest.raises(GeocodeRateLimited):
                geocoder.lookup("Zorkhani")
            with pytest.raises(GeocodeUnavailable, match="wait 3600"):
                geocoder.lookup("Sorapak")
        assert len(stub.searches) == 1  # no retry, and nothing after


def test_a_429_storm_is_given_up_after_a_few_failed_queries(tmp_path: Path):
    with NominatimStub([ZORKHANI], behaviour="429") as stub:
        with fast(stub, tmp_path, max_retries=1, max_failures=2, **SPACED) as geocoder:
            for name in ("Zorkhani", "Sorapak"):
                with pytest.raises(GeocodeRateLimited):
                    geocoder.lookup(name)
            for name in ("Third", "Fourth"):
                with pytest.raises(GeocodeUnavailable, match="2 queries failed in a row"):
                    geocoder.lookup(name)
        gaps = stub.gaps()
    assert len(stub.searches) == 4  # two queries, one retry each, then nothing
    assert min(gaps) >= 0.2 - JITTER
    assert geocoder.stats.failures == 2 and geocoder.unavailable


def test_refusal_gives_up_at_once(tmp_path: Path):
    with NominatimStub([ZORKHANI], behaviour="403") as stub:
        with fast(stub, tmp_path) as geocoder:
            with pytest.raises(GeocodeRefused):
                geocoder.lookup("Zorkhani")
            with pytest.raises(GeocodeUnavailable, match="refuses"):
                geocoder.lookup("Sorapak")
        assert len(stub.searches) == 1


@pytest.mark.parametrize("garbage", ["garbage", "html", "object", "nested"])
def test_garbage_is_a_service_error_retried_and_never_cached(tmp_path: Path, garbage: str):
    with NominatimStub([ZORKHANI], behaviour=garbage) as stub:
        with fast(stub, tmp_path, max_retries=1) as geocoder:
            with pytest.raises(GeocodeServiceError, match="not JSON|unexpected answer"):
                geocoder.lookup("Zorkhani")
            assert len(geocoder.cache) == 0
        assert len(stub.searches) == 2
    with NominatimStub([ZORKHANI], behaviour=[garbage, "ok"]) as stub, fast(stub, tmp_path) as g:
        assert g.lookup("Zorkhani")[0].id == "nominatim:node/1111"
        assert len(g.cache) == 1


def test_a_slow_answer_times_out_and_is_retried(tmp_path: Path):
    stub = NominatimStub([ZORKHANI], behaviour=["slow", "ok"], slow_seconds=3)
    with stub, fast(stub, tmp_path, timeout=0.3) as geocoder:
        clock = time.monotonic()
        assert geocoder.lookup("Zorkhani")
        assert time.monotonic() - clock < 1.5
    stub = NominatimStub([ZORKHANI], behaviour="slow", slow_seconds=3)
    with stub, fast(stub, tmp_path, timeout=0.3, max_retries=1) as g, pytest.raises(GeocodeTimeout):
        g.lookup("Zorkhani")


def test_a_dead_server_fails_fast_and_is_given_up(tmp_path: Path):
    url = dead_url()
    with NominatimGazetteer(
        domain=url.split("//")[1], scheme="http", cache_path=tmp_path / "g.sqlite",
        _test_min_delay=0.01, error_wait_seconds=0.01, max_retries=1, max_failures=1,
    ) as geocoder:  # fmt: skip
        with pytest.raises(GeocodeServiceError, match="cannot connect"):
            geocoder.lookup("Zorkhani")
        with pytest.raises(GeocodeUnavailable):
            geocoder.lookup("Sorapak")
    assert geocoder.stats.requests_sent == 2


def test_the_time_budget_stops_further_queries(tmp_path: Path):
    with NominatimStub([ZORKHANI], behaviour="slow", slow_seconds=0.3) as stub:
        with fast(stub, tmp_path, budget_seconds=0.2) as geocoder:
            geocoder.lookup("Zorkhani")
            with pytest.raises(GeocodeUnavailable, match="time budget"):
                geocoder.lookup("Sorapak")
            assert geocoder.lookup("Zorkhani")  # cached answers are still served
        assert len(stub.searches) == 1


def test_an_unreadable_cache_file_is_set_aside(tmp_path: Path):
    path = tmp_path / "geocoder.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    cache = AnswerCache(path)
    try:
        cache.put("http://x/search?q=a", [])
        assert cache.get("http://x/search?q=a") == []
    finally:
        cache.close()
    assert (tmp_path / "geocoder.sqlite.broken").is_file()


def test_entry_from_answer_keeps_the_record():
    entry = entry_from_answer(ZORKHANI, provider="http://stub")
    assert entry.id == "nominatim:node/1111" and entry.precision == 1
    assert entry.raw["display_name"].startswith("Zorkhani") and entry.raw["provider"]
    valley = entry_from_answer(
        place("Zhob Valley", 31.3, 69.4, osm_id=5, osm_type="way", cls="natural", typ="valley"),
        provider="http://stub",
    )
    assert valley.id == "nominatim:way/5" and valley.kind == "area" and valley.precision == 2


def test_geocoder_spec(cache_dir: Path):
    with nominatim_from_spec("nominatim") as g:
        assert g.url == "https://nominatim.openstreetmap.org"
    with nominatim_from_spec("http://127.0.0.1:8080/nominatim/") as g:
        assert (g.scheme, g.domain) == ("http", "127.0.0.1:8080/nominatim")
    with pytest.raises(UnknownGazetteerError, match="options are: nominatim"):
        nominatim_from_spec("google")


# --- the online step in a build -----------------------------------------------------------
def test_village_missing_offline_gets_a_nominatim_point(tmp_path: Path, reports: Path):
    out = tmp_path / "out"
    with NominatimStub([ZORKHANI, SORAPAK]) as stub, fast(stub, tmp_path) as geocoder:
        result = build([reports], out, tiles="none", online=True, geocoder=geocoder)
        searches = list(stub.searches)
        stub_url = stub.url
    layer = json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))
    features = {f["properties"]["gazetteer"]: f for f in layer["features"]}
    village = features["nominatim:node/1111"]
    props = village["properties"]
    assert village["id"] == "nominatim:node/1111"
    assert village["geometry"]["coordinates"] == [63.1987, 26.0512]
    assert (props["name"], props["district"], props["province"], props["country"]) == (
        "Zorkhani", "Kech", "Balochistan", "PK",
    )  # fmt: skip
    assert props["geo_precision"] == 1 and props["role"] == "incident"
    assert "Zorkhani" in props["names_in_text"] and "Levies checkpost" in props["names_in_text"]
    assert props["confidence_factors"]["inputs"]["online"] == 1.0
    # The area alone in its report was placed in the report's province.
    area = features["nominatim:node/2222"]["properties"]
    assert (area["district"], area["province"]) == ("Kalat", "Balochistan")
    # The text put Zorkhani in Kech: the query was bounded to Kech, in Pakistan.
    zork = next(s for s in searches if s.params["q"] == "Zorkhani")
    assert zork.params["countrycodes"] == "pk" and zork.params["bounded"] == "1"
    sora = next(s for s in searches if s.params["q"] == "Sorapak")
    assert "bounded" not in sora.params and "viewbox" in sora.params  # preferred, not forced
    rows = rows_by_surface(out / "mentions.csv")
    assert rows["Zorkhani"]["status"] == "resolved"
    assert rows["Zorkhani"]["place_id"] == "nominatim:node/1111"
    assert rows["Zorkhani"]["reason"].startswith("online: Zorkhani")
    online = result.run["online"]
    assert online["refined"] == 1 and online["placed"] == 1 and online["moved_with_area"] == 1
    assert online["requests_sent"] == len(searches) == 2
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["online"]["url"] == stub_url and "online" in run["timings"]


def test_a_second_build_sends_no_request(tmp_path: Path, reports: Path):
    with NominatimStub([ZORKHANI, SORAPAK]) as stub:
        with fast(stub, tmp_path) as geocoder:
            build([reports], tmp_path / "one", tiles="none", online=True, geocoder=geocoder)
        first = len(stub.searches)
        with fast(stub, tmp_path) as geocoder:
            result = build([reports], tmp_path / "two", tiles="none", online=True,
                           geocoder=geocoder)  # fmt: skip
        assert len(stub.searches) == first == 2
    assert result.run["online"]["requests_sent"] == 0
    assert result.run["online"]["cache_hits"] == result.run["online"]["distinct_queries"] == 2
    for name in ("incidents.geojson", "mentions.csv", "districts.geojson"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_a_429_storm_leaves_the_build_green_with_mentions_unresolved(tmp_path: Path, reports: Path):
    with NominatimStub([ZORKHANI, SORAPAK], behaviour="429") as stub:
        with fast(stub, tmp_path, max_retries=2, max_failures=2, **SPACED) as geocoder:
            result = build([reports], tmp_path / "out", tiles="none", online=True,
                           geocoder=geocoder)  # fmt: skip
        gaps = stub.gaps()
        sent = len(stub.searches)
    assert sent == 6 and min(gaps) >= 0.2 - JITTER  # 2 queries x 3 tries; then given up
    online = result.run["online"]
    assert online["given_up"] and online["failed"] == 2 and online["requests_sent"] == 6
    rows = rows_by_surface(tmp_path / "out" / "mentions.csv")
    assert rows["Sorapak"]["status"] == "unresolved"
    assert "online geocoder failed" in rows["Sorapak"]["reason"]
    # Offline placements stand: Zorkhani keeps its district-level point, with the reason.
    assert rows["Zorkhani"]["status"] == "resolved" and rows["Zorkhani"]["geo_precision"] == "2"
    assert "online geocoder failed" in rows["Zorkhani"]["reason"]


def test_the_rate_limit_holds_through_retries_in_a_build(tmp_path: Path, reports: Path):
    delay = 0.2
    with NominatimStub([ZORKHANI, SORAPAK], behaviour=["503", "ok", "500", "ok"]) as stub:
        with fast(stub, tmp_path, _test_min_delay=delay, error_wait_seconds=delay) as geocoder:
            build([reports], tmp_path / "out", tiles="none", online=True, geocoder=geocoder)
        gaps = stub.gaps()
    assert len(gaps) == 3 and min(gaps) >= delay - JITTER, gaps


def test_a_match_outside_the_country_is_rejected(tmp_path: Path, reports: Path):
    afghan = place("Sorapak", 31.6, 65.7, osm_id=3333, state="Kandahar", country_code="af",
                   country="Afghanistan")  # fmt: skip
    with NominatimStub([afghan]) as stub:
        stub._search = lambda params: [afghan]  # type: ignore[method-assign]  # ignores countrycodes
        with fast(stub, tmp_path) as geocoder:
            result = analyse([reports / "area.md"], online=True, geocoder=geocoder)
    row = next(r for r in result.rows if r["surface"] == "Sorapak")
    assert row["status"] == "unresolved"
    assert "only matches outside PK (Sorapak (AF))" in row["reason"]
    assert result.run["online"]["rejected"] == 1


def test_a_match_outside_the_province_is_kept_with_low_confidence(tmp_path: Path, reports: Path):
    punjab = place("Sorapak", 31.52, 74.35, osm_id=4444, state="Punjab")  # by Lahore
    with NominatimStub([punjab]) as stub, fast(stub, tmp_path) as geocoder:
        result = analyse([reports / "area.md"], online=True, geocoder=geocoder)
    feature = result.places.loc["nominatim:node/4444"]
    assert feature["province"] == "Punjab" and feature["confidence_level"] == "low"
    assert feature["confidence_factors"]["inputs"]["online_outside_region"] == 1.0
    assert "outside Balochistan" in feature["confidence_factors"]["resolved_by"]
    assert result.run["online"]["placed_outside_province"] == 1


def test_a_refined_area_found_in_another_district_keeps_its_offline_place(
    tmp_path: Path, reports: Path
):
    import shapely

    from incidentmap.districts import load_districts

    districts = load_districts()
    kech = districts[districts["district"] == "Kech"].geometry.iloc[0]
    west, south, east, north = kech.bounds
    # A point inside Kech's search box but in a neighbouring district.
    lon, lat = next(
        (x / 10, y / 10)
        for x in range(int(west * 10) + 1, int(east * 10))
        for y in range(int(south * 10) + 1, int(north * 10))
        if not kech.buffer(0.1).contains(shapely.Point(x / 10, y / 10))
        and districts.contains(shapely.Point(x / 10, y / 10)).any()
    )
    elsewhere = place("Zorkhani", lat, lon, osm_id=5555)
    with NominatimStub([elsewhere]) as stub, fast(stub, tmp_path) as geocoder:
        result = analyse([reports / "village.md"], online=True, geocoder=geocoder)
    row = next(r for r in result.rows if r["surface"] == "Zorkhani")
    assert row["place_id"].startswith("incidentmap:area/") and row["district"] == "Kech"
    assert "ignored, the text puts it in Kech" in row["reason"]
    assert "nominatim:node/5555" not in result.places.index


def test_offline_builds_never_construct_a_geocoder(
    tmp_path: Path, reports: Path, monkeypatch: pytest.MonkeyPatch
):
    def forbidden(*args, **kwargs):
        raise AssertionError("the geocoder was used offline")

    monkeypatch.setattr(NominatimGazetteer, "__init__", forbidden)
    result = analyse([reports])
    assert "online" not in result.run
    assert any(r["surface"] == "Sorapak" and r["status"] == "unresolved" for r in result.rows)


# --- the command line ---------------------------------------------------------------------
def test_cli_online_build_with_a_dead_server_stays_green(
    runner, tmp_path: Path, reports: Path, cache_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(settings, "geocoder_max_retries", 0)
    monkeypatch.setattr(settings, "geocoder_max_failures", 1)
    out = tmp_path / "out"
    result = runner.invoke(
        main,
        ["build", str(reports), "-o", str(out), "--tiles", "none", "--online",
         "--geocoder", dead_url(), "--user-agent", "incidentmap-tests/1.0 (tests@example.org)"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "online geocoder given up" in result.stderr
    rows = rows_by_surface(out / "mentions.csv")
    assert rows["Sorapak"]["status"] == "unresolved"
    assert "cannot connect" in rows["Sorapak"]["reason"] or "given up" in rows["Sorapak"]["reason"]
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["online"]["requests_sent"] == 1
    assert run["online"]["user_agent"] == "incidentmap-tests/1.0 (tests@example.org)"


def test_cli_online_build_places_the_village_and_respects_one_second(
    runner, tmp_path: Path, reports: Path, cache_dir: Path, sent_at: list[float]
):
    with NominatimStub([ZORKHANI, SORAPAK]) as stub:
        result = runner.invoke(
            main,
            ["build", str(reports), "-o", str(tmp_path / "out"), "--tiles", "none",
             "--online", "--geocoder", stub.url],
        )  # fmt: skip
        again = runner.invoke(
            main,
            ["build", str(reports), "-o", str(tmp_path / "out2"), "--tiles", "none",
             "--online", "--geocoder", stub.url],
        )  # fmt: skip
        gaps = stub.gaps()
        sent = len(stub.searches)
    assert result.exit_code == 0 and again.exit_code == 0, result.output + again.output
    assert sent == 2 and min(gaps) >= 1.0 - JITTER  # the CLI's floor: one request per second
    assert len(sent_at) == 2 and min(gaps_of(sent_at)) >= 1.0
    assert "2 requests sent" in result.stderr and "2 from the cache, 0 requests" in again.stderr
    assert (cache_dir / "geocoder.sqlite").is_file()
    rows = rows_by_surface(tmp_path / "out2" / "mentions.csv")
    assert rows["Zorkhani"]["place_id"] == "nominatim:node/1111"


def test_cli_refuses_a_sample_user_agent(runner, tmp_path: Path, reports: Path, cache_dir: Path):
    result = runner.invoke(
        main,
        ["build", str(reports), "-o", str(tmp_path / "out"), "--online",
         "--user-agent", "my-application"],
    )  # fmt: skip
    assert result.exit_code == 1
    assert "does not identify an application" in result.output
    assert "Traceback" not in result.output


def test_an_answer_nested_too_deep_leaves_the_build_green(tmp_path: Path, reports: Path):
    """200,000 '[' from the service is a failed query, not a RecursionError in the build."""
    stub = NominatimStub([ZORKHANI, SORAPAK], behaviour="nested")
    with stub, fast(stub, tmp_path, max_retries=0) as geocoder:
        result = build([reports], tmp_path / "out", tiles="none", online=True, geocoder=geocoder)
    assert result.run["online"]["failed"] == 2
    rows = rows_by_surface(tmp_path / "out" / "mentions.csv")
    assert rows["Sorapak"]["status"] == "unresolved"
    assert "the answer is not JSON" in rows["Sorapak"]["reason"]
