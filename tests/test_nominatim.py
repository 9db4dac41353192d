"""The online geocoder (``build --online``) against a local stub of Nominatim's API.

The stub (tests/_servers.py) speaks ``/search?format=json``, counts and times every
request, and can answer 429, 5xx, 403, slowly, or with garbage. No test touches the
internet. The policy's real delays are in force everywhere: most tests run the limiter on
a ``VirtualClock`` (real time plus the waits it asked for, which are skipped, not slept),
so they prove the spacing exactly and still run fast; two tests wait for the real second.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import sqlite3
import time
from pathlib import Path

import pytest

from _servers import NominatimStub, dead_url, place
from incidentmap import _http, settings
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
    PoliteLimiter,
    entry_from_answer,
    nominatim_from_spec,
)
from incidentmap.options import BuildOptions
from incidentmap.pipeline import analyse, build

ZORKHANI = place("Zorkhani", 26.0512, 63.1987, osm_id=1111)  # in Kech district
SORAPAK = place("Sorapak", 28.4402, 66.4018, osm_id=2222)  # in Kalat district
#: The stub stamps a request's arrival when it accepts the connection, which on a busy
#: machine can lag its sending by some milliseconds (only the real-time tests need this).
JITTER = 0.05
#: Longest a request to the local stub takes in these tests (for upper bounds on gaps).
QUICK = 0.5
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


class VirtualClock:
    """Real time plus every wait the limiter asked for, skipped instead of slept.

    Requests take the time they take; the limiter's waits cost nothing, yet count on this
    clock as if they had been waited. ``sends`` holds the clock's time at every request.
    """

    def __init__(self) -> None:
        self.skipped = 0.0
        self.sleeps: list[float] = []
        self.sends: list[float] = []

    def now(self) -> float:
        return time.monotonic() + self.skipped

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.skipped += max(seconds, 0.0)

    def gaps(self) -> list[float]:
        return gaps_of(self.sends)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> VirtualClock:
    """Every limiter on a virtual clock; every request the geocoder sends stamped on it."""
    virtual = VirtualClock()
    monkeypatch.setattr(PoliteLimiter, "_clock", lambda self: virtual.now())
    monkeypatch.setattr(PoliteLimiter, "_sleep", lambda self, seconds: virtual.sleep(seconds))
    real = _http.get_json

    def stamped(url: str, **kwargs):
        virtual.sends.append(virtual.now())
        return real(url, **kwargs)

    monkeypatch.setattr(_http, "get_json", stamped)
    return virtual


@pytest.fixture
def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "village.md").write_text(VILLAGE_REPORT, encoding="utf-8")
    (folder / "area.md").write_text(AREA_REPORT, encoding="utf-8")
    return folder


@pytest.fixture
def sent_at(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Real client-side start times of every geocoder request (``_http.get``)."""
    times: list[float] = []
    real = _http.get

    def recording(*args, **kwargs):
        times.append(time.monotonic())
        return real(*args, **kwargs)

    monkeypatch.setattr(_http, "get", recording)
    return times


def gaps_of(times: list[float]) -> list[float]:
    return [b - a for a, b in zip(times, times[1:], strict=False)]


def on_stub(stub: NominatimStub, cache: Path, **options) -> NominatimGazetteer:
    """A gazetteer on the stub with the policy's delays (run them on the ``clock`` fixture)."""
    options.setdefault("timeout", 2.0)
    return NominatimGazetteer(
        domain=stub.netloc, scheme="http", cache_path=cache / "geocoder.sqlite", **options
    )


def rows_by_surface(path: Path) -> dict[str, dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["surface"]: row for row in csv.DictReader(handle)}


# --- the policy: delay floor, user agent ------------------------------------------------
def test_the_delay_is_never_below_one_second(cache_dir: Path):
    assert POLICY_MIN_DELAY >= 1.0 and settings.geocoder_min_delay >= 1.0
    with NominatimGazetteer() as geocoder:
        assert geocoder.limiter.min_delay_seconds >= 1.0
        assert geocoder.describe()["min_delay_seconds"] >= 1.0
    with NominatimGazetteer(min_delay_seconds=0.1) as geocoder:
        assert geocoder.limiter.min_delay_seconds == POLICY_MIN_DELAY  # raised to the floor
    with NominatimGazetteer(min_delay_seconds=0.1, error_wait_seconds=0.1) as geocoder:
        assert geocoder.limiter.error_wait_seconds == POLICY_MIN_DELAY  # retries no sooner


def test_settings_below_the_floor_are_raised(cache_dir: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(settings, "geocoder_min_delay", 0.0)
    with NominatimGazetteer() as geocoder:
        assert geocoder.limiter.min_delay_seconds == POLICY_MIN_DELAY


@pytest.mark.parametrize("agent", ["my-application", "geopy/2.4.1", ""])
def test_sample_user_agents_are_refused(cache_dir: Path, agent: str):
    with pytest.raises(GeocodeConfigError):
        NominatimGazetteer(user_agent=agent or " ")


def test_rate_limit_holds_at_the_real_one_second(tmp_path: Path, sent_at: list[float]):
    """Three queries on the real clock: never two requests within a second."""
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
    assert len(stub.searches) == 3 and geocoder.adapter.stats.cache_hits == 1
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


def fake_limiter(clock: FakeClock, **options) -> PoliteLimiter:
    options = {"min_delay_seconds": 1.0, "max_retries": 2, "error_wait_seconds": 1.0,
               "max_wait_seconds": 60.0, **options}  # fmt: skip
    limiter = PoliteLimiter(**options)
    limiter._clock = lambda: clock.now  # type: ignore[method-assign]
    limiter._sleep = clock.sleep  # type: ignore[method-assign]
    return limiter


def test_the_delay_counts_from_the_end_of_the_previous_request():
    """A slow request setup must not shorten the gap to the next send.

    The first request spends 0.3 s before going out (building it, a slow resolver), the
    second none. Counted from when the first was started, the two would leave 0.7 s apart.
    """
    clock = FakeClock()
    sends: list[float] = []
    before_send = iter([0.3, 0.0, 0.0])

    def request() -> None:
        clock.now += next(before_send)
        sends.append(clock.now)
        clock.now += 0.05  # the answer takes this long

    limiter = fake_limiter(clock)
    for _ in range(3):
        limiter(request)
    assert min(gaps_of(sends)) >= 1.0, sends
    assert limiter.spent == pytest.approx(clock.now)  # the run's budget counts the waits


def test_retries_double_their_wait_and_honour_a_longer_retry_after():
    clock = FakeClock()
    errors = iter([GeocodeServiceError("500"), GeocodeRateLimited("429", retry_after=7.0),
                   GeocodeServiceError("502")])  # fmt: skip
    sends: list[float] = []

    def request() -> str:
        sends.append(clock.now)
        error = next(errors, None)
        if error is not None:
            raise error
        return "answer"

    limiter = fake_limiter(clock, max_retries=3, error_wait_seconds=2.0)
    assert limiter(request) == "answer"
    # 2 s, then Retry-After 7 s over the 4 s of backoff, then 8 s.
    assert gaps_of(sends) == [2.0, 7.0, 8.0]


def test_a_wait_beyond_the_longest_is_not_waited_and_other_errors_are_not_retried():
    clock = FakeClock()

    def rate_limited() -> None:
        raise GeocodeRateLimited("429", retry_after=3600.0)

    limiter = fake_limiter(clock, max_wait_seconds=60.0)
    with pytest.raises(GeocodeRateLimited):
        limiter(rate_limited)
    assert clock.now == 0.0
    calls: list[int] = []

    def refused() -> None:
        calls.append(1)
        raise GeocodeRefused("403")

    with pytest.raises(GeocodeRefused):
        limiter(refused)
    assert calls == [1] and clock.now == 1.0  # only its turn was waited, no retry


# --- lookups, cache, retries --------------------------------------------------------------
def test_lookup_returns_entries_and_sends_the_bias(tmp_path: Path, clock: VirtualClock):
    with NominatimStub([ZORKHANI]) as stub, on_stub(stub, tmp_path) as geocoder:
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


def test_answers_are_cached_by_sha1_of_the_url_sent_and_never_sent_twice(
    tmp_path: Path, clock: VirtualClock
):
    with NominatimStub([ZORKHANI]) as stub:
        with on_stub(stub, tmp_path) as geocoder:
            geocoder.lookup("Zorkhani", country_codes=["PK"])
            geocoder.lookup("Unknownplace", country_codes=["PK"])  # empty: also an answer
            geocoder.lookup("Zorkhani", country_codes=["PK"])
        with on_stub(stub, tmp_path) as again:  # a later run over the same cache
            assert again.lookup("Zorkhani", country_codes=["PK"])[0].lat == pytest.approx(26.0512)
            assert again.lookup("Unknownplace", country_codes=["PK"]) == []
        sent = [f"{stub.url}{s.target}" for s in stub.searches]
    stats = again.adapter.stats
    assert len(sent) == 2 and stats.requests_sent == 0 and stats.cache_hits == 2
    with sqlite3.connect(tmp_path / "geocoder.sqlite") as conn:
        rows = conn.execute("SELECT key, url FROM answers").fetchall()
    conn.close()
    # The key is the URL geopy built and the stub received, byte for byte.
    assert sorted(url for _, url in rows) == sorted(sent)
    for key, url in rows:
        assert key == hashlib.sha1(f"1:{url}".encode()).hexdigest()


def test_the_cache_is_asked_before_the_limiter(tmp_path: Path, clock: VirtualClock):
    with NominatimStub([ZORKHANI, SORAPAK]) as stub, on_stub(stub, tmp_path) as geocoder:
        geocoder.lookup("Zorkhani")
        geocoder.lookup("Zorkhani")  # cached: no wait, no request
        assert clock.sleeps == [] and len(stub.searches) == 1
        geocoder.lookup("Sorapak")  # sent: waits for its turn
        assert len(clock.sleeps) == 1 and len(stub.searches) == 2
    assert clock.gaps()[0] >= 1.0


def test_service_errors_are_retried_with_exponential_backoff(tmp_path: Path, clock: VirtualClock):
    with NominatimStub([ZORKHANI], behaviour=["503", "500", "ok"]) as stub:
        with on_stub(stub, tmp_path, error_wait_seconds=2.0, max_retries=2) as geocoder:
            assert geocoder.lookup("Zorkhani")[0].name == "Zorkhani"
        searches = len(stub.searches)
    assert searches == 3 and geocoder.adapter.stats.requests_sent == 3
    first, second = clock.gaps()
    assert 2.0 <= first < 2.0 + QUICK and 4.0 <= second < 4.0 + QUICK, clock.gaps()


def test_retry_after_is_honoured(tmp_path: Path, clock: VirtualClock):
    with NominatimStub([ZORKHANI], behaviour=["429", "ok"], retry_after="7") as stub:
        with on_stub(stub, tmp_path) as geocoder:
            assert geocoder.lookup("Zorkhani")
        searches = len(stub.searches)
    assert searches == 2 and 7.0 <= clock.gaps()[0] < 7.0 + QUICK


def test_a_long_retry_after_gives_the_service_up_for_the_run(tmp_path: Path, clock: VirtualClock):
    with NominatimStub([ZORKHANI], behaviour="429", retry_after="3600") as stub:
        with on_stub(stub, tmp_path) as geocoder:
            with pytest.raises(GeocodeRateLimited):
                geocoder.lookup("Zorkhani")
            with pytest.raises(GeocodeUnavailable, match="wait 3600"):
                geocoder.lookup("Sorapak")
        assert len(stub.searches) == 1  # no retry, and nothing after
    assert clock.sleeps == []


def test_a_429_storm_is_given_up_after_a_few_failed_queries(tmp_path: Path, clock: VirtualClock):
    with NominatimStub([ZORKHANI], behaviour="429") as stub:
        with on_stub(stub, tmp_path, max_retries=1, max_failures=2) as geocoder:
            for name in ("Zorkhani", "Sorapak"):
                with pytest.raises(GeocodeRateLimited):
                    geocoder.lookup(name)
            for name in ("Third", "Fourth"):
                with pytest.raises(GeocodeUnavailable, match="2 queries failed in a row"):
                    geocoder.lookup(name)
        searches = len(stub.searches)
    assert searches == 4  # two queries, one retry each, then nothing
    assert min(clock.gaps()) >= 1.0
    stats = geocoder.adapter.stats
    assert stats.failures == 2 and geocoder.adapter.unavailable


def test_a_success_resets_the_failures_in_a_row(tmp_path: Path, clock: VirtualClock):
    with NominatimStub([ZORKHANI], behaviour=["503", "ok", "503", "ok"]) as stub:
        with on_stub(stub, tmp_path, max_retries=0, max_failures=2) as geocoder:
            for name in ("One", "Two", "Three", "Four"):
                with contextlib.suppress(GeocodeServiceError):
                    geocoder.lookup(name)
        searches = len(stub.searches)
    assert searches == 4 and geocoder.adapter.unavailable is None


def test_refusal_gives_up_at_once(tmp_path: Path, clock: VirtualClock):
    with NominatimStub([ZORKHANI], behaviour="403") as stub:
        with on_stub(stub, tmp_path) as geocoder:
            with pytest.raises(GeocodeRefused):
                geocoder.lookup("Zorkhani")
            with pytest.raises(GeocodeUnavailable, match="refuses"):
                geocoder.lookup("Sorapak")
        assert len(stub.searches) == 1


@pytest.mark.parametrize("garbage", ["garbage", "html", "object", "nested"])
def test_garbage_is_a_service_error_retried_and_never_cached(
    tmp_path: Path, clock: VirtualClock, garbage: str
):
    with NominatimStub([ZORKHANI], behaviour=garbage) as stub:
        with on_stub(stub, tmp_path, max_retries=1) as geocoder:
            with pytest.raises(GeocodeServiceError, match="not JSON|unexpected answer"):
                geocoder.lookup("Zorkhani")
            assert len(geocoder.adapter.cache) == 0
        assert len(stub.searches) == 2
    with NominatimStub([ZORKHANI], behaviour=[garbage, "ok"]) as stub, on_stub(stub, tmp_path) as g:
        assert g.lookup("Zorkhani")[0].id == "nominatim:node/1111"
        assert len(g.adapter.cache) == 1


@pytest.mark.parametrize(
    "answer",
    [[{"lat": "26", "lon": "63", "osm_type": "node"}], [{"lat": "95", "lon": "63",
     "osm_type": "node", "osm_id": 1}], [{"lat": "nan", "lon": "63", "osm_type": "node",
     "osm_id": 1}], ["Zorkhani"]],
)  # fmt: skip
def test_an_answer_that_is_not_a_list_of_places_never_reaches_geopy_or_the_cache(
    tmp_path: Path, clock: VirtualClock, answer: list
):
    with NominatimStub([ZORKHANI]) as stub:
        stub._search = lambda params: answer  # type: ignore[method-assign]
        with on_stub(stub, tmp_path, max_retries=0) as geocoder:
            with pytest.raises(GeocodeServiceError, match="unexpected answer"):
                geocoder.lookup("Zorkhani")
            assert len(geocoder.adapter.cache) == 0


def test_a_slow_answer_times_out_and_is_retried(tmp_path: Path, clock: VirtualClock):
    stub = NominatimStub([ZORKHANI], behaviour=["slow", "ok"], slow_seconds=3)
    with stub, on_stub(stub, tmp_path, timeout=0.3) as geocoder:
        started = time.monotonic()
        assert geocoder.lookup("Zorkhani")
        assert time.monotonic() - started < 1.5
    stub = NominatimStub([ZORKHANI], behaviour="slow", slow_seconds=3)
    with (
        stub,
        on_stub(stub, tmp_path, timeout=0.3, max_retries=1) as g,
        pytest.raises(GeocodeTimeout),
    ):
        g.lookup("Zorkhani")


def test_a_dead_server_fails_fast_and_is_given_up(tmp_path: Path, clock: VirtualClock):
    url = dead_url()
    with NominatimGazetteer(
        domain=url.split("//")[1], scheme="http", cache_path=tmp_path / "g.sqlite",
        max_retries=1, max_failures=1,
    ) as geocoder:  # fmt: skip
        with pytest.raises(GeocodeServiceError, match="cannot connect"):
            geocoder.lookup("Zorkhani")
        with pytest.raises(GeocodeUnavailable):
            geocoder.lookup("Sorapak")
    assert geocoder.adapter.stats.requests_sent == 2


def test_the_time_budget_stops_further_queries(tmp_path: Path, clock: VirtualClock):
    """The budget counts the waits: 1.5 s allow three requests a second apart, not four."""
    with NominatimStub([ZORKHANI]) as stub:
        with on_stub(stub, tmp_path, budget_seconds=1.5) as geocoder:
            for name in ("Zorkhani", "Second", "Third"):
                geocoder.lookup(name)
            with pytest.raises(GeocodeUnavailable, match="time budget of 1.5 s"):
                geocoder.lookup("Fourth")
            assert geocoder.lookup("Zorkhani")  # cached answers are still served
        assert len(stub.searches) == 3


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
def test_village_missing_offline_gets_a_nominatim_point(
    tmp_path: Path, reports: Path, clock: VirtualClock
):
    out = tmp_path / "out"
    with NominatimStub([ZORKHANI, SORAPAK]) as stub, on_stub(stub, tmp_path) as geocoder:
        result = build([reports], out, BuildOptions(tiles="none", online=True, geocoder=geocoder))
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


def test_a_second_build_sends_no_request(tmp_path: Path, reports: Path, clock: VirtualClock):
    with NominatimStub([ZORKHANI, SORAPAK]) as stub:
        with on_stub(stub, tmp_path) as geocoder:
            build(
                [reports],
                tmp_path / "one",
                BuildOptions(tiles="none", online=True, geocoder=geocoder),
            )
        first = len(stub.searches)
        with on_stub(stub, tmp_path) as geocoder:
            result = build(
                [reports],
                tmp_path / "two",
                BuildOptions(tiles="none", online=True, geocoder=geocoder),
            )
        assert len(stub.searches) == first == 2
    assert result.run["online"]["requests_sent"] == 0
    assert result.run["online"]["cache_hits"] == result.run["online"]["distinct_queries"] == 2
    for name in ("incidents.geojson", "mentions.csv", "districts.geojson"):
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_a_429_storm_leaves_the_build_green_with_mentions_unresolved(
    tmp_path: Path, reports: Path, clock: VirtualClock
):
    with NominatimStub([ZORKHANI, SORAPAK], behaviour="429") as stub:
        with on_stub(stub, tmp_path, max_retries=2, max_failures=2) as geocoder:
            result = build(
                [reports],
                tmp_path / "out",
                BuildOptions(tiles="none", online=True, geocoder=geocoder),
            )
        sent = len(stub.searches)
    assert sent == 6 and min(clock.gaps()) >= 1.0  # 2 queries x 3 tries; then given up
    online = result.run["online"]
    assert online["given_up"] and online["failed"] == 2 and online["requests_sent"] == 6
    rows = rows_by_surface(tmp_path / "out" / "mentions.csv")
    assert rows["Sorapak"]["status"] == "unresolved"
    assert "online geocoder failed" in rows["Sorapak"]["reason"]
    # Offline placements stand: Zorkhani keeps its district-level point, with the reason.
    assert rows["Zorkhani"]["status"] == "resolved" and rows["Zorkhani"]["geo_precision"] == "2"
    assert "online geocoder failed" in rows["Zorkhani"]["reason"]


def test_the_rate_limit_holds_through_retries_in_a_build(
    tmp_path: Path, reports: Path, clock: VirtualClock
):
    stub = NominatimStub([ZORKHANI, SORAPAK], behaviour=["503", "ok", "500", "ok"])
    with stub, on_stub(stub, tmp_path, error_wait_seconds=1.0) as geocoder:
        build(
            [reports], tmp_path / "out", BuildOptions(tiles="none", online=True, geocoder=geocoder)
        )
    gaps = clock.gaps()
    assert len(gaps) == 3 and min(gaps) >= 1.0, gaps


def test_a_match_outside_the_country_is_rejected(
    tmp_path: Path, reports: Path, clock: VirtualClock
):
    afghan = place("Sorapak", 31.6, 65.7, osm_id=3333, state="Kandahar", country_code="af",
                   country="Afghanistan")  # fmt: skip
    with NominatimStub([afghan]) as stub:
        stub._search = lambda params: [afghan]  # type: ignore[method-assign]  # ignores countrycodes
        with on_stub(stub, tmp_path) as geocoder:
            result = analyse([reports / "area.md"], BuildOptions(online=True, geocoder=geocoder))
    row = next(r for r in result.rows if r["surface"] == "Sorapak")
    assert row["status"] == "unresolved"
    assert "only matches outside PK (Sorapak (AF))" in row["reason"]
    assert result.run["online"]["rejected"] == 1


def test_a_match_outside_the_province_is_kept_with_low_confidence(
    tmp_path: Path, reports: Path, clock: VirtualClock
):
    punjab = place("Sorapak", 31.52, 74.35, osm_id=4444, state="Punjab")  # by Lahore
    with NominatimStub([punjab]) as stub, on_stub(stub, tmp_path) as geocoder:
        result = analyse([reports / "area.md"], BuildOptions(online=True, geocoder=geocoder))
    feature = result.places.loc["nominatim:node/4444"]
    assert feature["province"] == "Punjab" and feature["confidence_level"] == "low"
    assert feature["confidence_factors"]["inputs"]["online_outside_region"] == 1.0
    assert "outside Balochistan" in feature["confidence_factors"]["resolved_by"]
    assert result.run["online"]["placed_outside_province"] == 1


def test_a_refined_area_found_in_another_district_keeps_its_offline_place(
    tmp_path: Path, reports: Path, clock: VirtualClock
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
    with NominatimStub([elsewhere]) as stub, on_stub(stub, tmp_path) as geocoder:
        result = analyse([reports / "village.md"], BuildOptions(online=True, geocoder=geocoder))
    row = next(r for r in result.rows if r["surface"] == "Zorkhani")
    assert row["place_id"].startswith("incidentmap:area/") and row["district"] == "Kech"
    assert "ignored, the text puts it in Kech" in row["reason"]
    assert "nominatim:node/5555" not in result.places.index


def test_offline_builds_never_construct_a_geocoder(reports: Path, monkeypatch: pytest.MonkeyPatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("the geocoder was used offline")

    monkeypatch.setattr(NominatimGazetteer, "__init__", forbidden)
    result = analyse([reports])
    assert "online" not in result.run
    assert any(r["surface"] == "Sorapak" and r["status"] == "unresolved" for r in result.rows)


# --- the command line ---------------------------------------------------------------------
def test_cli_online_build_with_a_dead_server_stays_green(
    runner,
    tmp_path: Path,
    reports: Path,
    cache_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
    clock: VirtualClock,
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


def test_an_answer_nested_too_deep_leaves_the_build_green(
    tmp_path: Path, reports: Path, clock: VirtualClock
):
    """200,000 '[' from the service is a failed query, not a RecursionError in the build."""
    stub = NominatimStub([ZORKHANI, SORAPAK], behaviour="nested")
    with stub, on_stub(stub, tmp_path, max_retries=0) as geocoder:
        result = build(
            [reports], tmp_path / "out", BuildOptions(tiles="none", online=True, geocoder=geocoder)
        )
    assert result.run["online"]["failed"] == 2
    rows = rows_by_surface(tmp_path / "out" / "mentions.csv")
    assert rows["Sorapak"]["status"] == "unresolved"
    assert "the answer is not JSON" in rows["Sorapak"]["reason"]
