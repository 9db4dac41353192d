"""Online gazetteer: geopy's Nominatim over an adapter of ours that caches and is polite.

Used by ``build --online`` for the mentions the offline gazetteer cannot place. geopy builds
every query URL and parses every answer; what lies between is the adapter geopy is given
(``NominatimAdapter``), the place geopy's own adapters and osmnx's ``_http`` put it. For
each URL geopy asks for, the adapter, in this order:

1. answers from the cache when it can: a SQLite file in the cache folder keyed by the sha1
   of that exact URL, holding every well-formed answer (an empty one too). A cached answer
   costs no wait and no request, and a query once answered is never sent again;
2. refuses at once when the service was given up on for this run: it refuses us (403),
   asked for a longer pause than ``max_wait_seconds``, failed ``max_failures`` queries in a
   row, or the run's time budget is spent;
3. sends it through ``PoliteLimiter``, which follows the Nominatim usage policy
   (https://operations.osmfoundation.org/policies/nominatim/): at most one request per
   second (``POLICY_MIN_DELAY``; geopy's ``RateLimiter`` defaults to no delay at all),
   counted from the end of the previous request, and service errors (5xx, 429, timeouts,
   unreadable answers) retried with exponential backoff, honouring ``Retry-After``;
4. over ``_http`` (an identifying user agent, sample agents refused as geopy does, and the
   one table from HTTP statuses to incidentmap errors).

Lookups raise ``GeocodeError`` subclasses; callers decide what a failure means (the
pipeline leaves the mention unresolved with the reason and carries on).
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import threading
import time
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from geopy.adapters import BaseSyncAdapter

from .. import _http, settings
from ..errors import (
    GeocodeConfigError,
    GeocodeError,
    GeocodeQueryError,
    GeocodeRateLimited,
    GeocodeRefused,
    GeocodeServiceError,
    GeocodeUnavailable,
)
from ..models import GazetteerEntry

logger = logging.getLogger(__name__)

#: Nominatim's policy: "an absolute maximum of 1 request per second".
POLICY_MIN_DELAY = 1.0
#: Bump when the cached answer format changes (part of every cache key).
CACHE_FORMAT = "1"
#: What a limited call returns.
T = TypeVar("T")

#: (OSM class, type) or class -> the gazetteer kind of the place.
_KIND_BY_TYPE: dict[str, str] = {
    "place:city": "town",
    "place:town": "town",
    "place:village": "village",
    "place:hamlet": "village",
    "place:isolated_dwelling": "village",
    "place:locality": "village",
    "place:farm": "village",
    "place:suburb": "neighbourhood",
    "place:quarter": "neighbourhood",
    "place:neighbourhood": "neighbourhood",
    "place:city_block": "neighbourhood",
    "place:state": "province",
    "place:province": "province",
    "place:region": "region",
    "place:county": "district",
    "place:district": "district",
    "natural:valley": "area",
    "natural:peak": "site",
    "natural:saddle": "site",
    "mountain_pass:yes": "site",
    "waterway:river": "area",
    "waterway:stream": "area",
    "highway": "road",
    "boundary": "area",
    "landuse": "area",
}
_KIND_BY_ADDRESSTYPE = {"state": "province", "province": "province", "county": "district",
                        "district": "district", "region": "region"}  # fmt: skip


class PoliteLimiter:
    """Keep requests to a service apart and retry its passing errors, politely.

    * A request starts ``min_delay_seconds`` after the previous one ended at the earliest.
      Counting from the end rather than from when the previous request was started (as
      geopy's ``RateLimiter`` does, from when its slot is taken) keeps two sends that far
      apart however long a request takes to set up or to answer.
    * A service error (``GeocodeServiceError``: 5xx, 429, timeouts, unreadable answers) is
      retried up to ``max_retries`` times. The wait before retry ``n + 1`` is
      ``error_wait_seconds * 2**n``, or the service's ``Retry-After`` when longer; a wait
      above ``max_wait_seconds`` is not waited, the error is raised at once instead.
      Other errors (a refusal, a bad query) are raised at once.
    * ``spent`` adds up the seconds spent in calls, waits included (the run's budget).

    ``_clock`` and ``_sleep`` are methods so that tests can replace them (geopy's tests do
    the same with its ``RateLimiter``) and check the spacing without waiting for it. The
    retries are a loop, not recursion, and calls are serialised by a lock.
    """

    def __init__(
        self,
        *,
        min_delay_seconds: float,
        max_retries: int,
        error_wait_seconds: float,
        max_wait_seconds: float,
    ) -> None:
        self.min_delay_seconds = min_delay_seconds
        self.max_retries = max_retries
        self.error_wait_seconds = error_wait_seconds
        self.max_wait_seconds = max_wait_seconds
        self.spent = 0.0
        self._last_end: float | None = None
        self._lock = threading.Lock()

    def _clock(self) -> float:
        return time.monotonic()

    def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def backoff(self, attempt: int, error: BaseException) -> float:
        """Seconds to wait before retry ``attempt + 1`` after ``error``."""
        wait = self.error_wait_seconds * 2**attempt
        retry_after = getattr(error, "retry_after", None)
        if retry_after is not None:
            wait = max(wait, float(retry_after))
        return float(wait)

    def __call__(self, send: Callable[[], T]) -> T:
        """Return ``send()``, made in its turn and retried after service errors."""
        with self._lock:
            start = self._clock()
            try:
                return self._with_retries(send)
            finally:
                self.spent += self._clock() - start

    def _with_retries(self, send: Callable[[], T]) -> T:
        attempt = 0
        while True:
            self._wait_turn()
            try:
                return self._send(send)
            except GeocodeServiceError as err:
                wait = self.backoff(attempt, err)
                if attempt >= self.max_retries or wait > self.max_wait_seconds:
                    raise
                logger.info("geocoder error (%s); retry %d in %.1f s", err, attempt + 1, wait)
                self._sleep(wait)
                attempt += 1

    def _wait_turn(self) -> None:
        """Sleep until ``min_delay_seconds`` have passed since the previous request ended."""
        if self._last_end is not None:
            remaining = self._last_end + self.min_delay_seconds - self._clock()
            if remaining > 0:
                self._sleep(remaining)

    def _send(self, send: Callable[[], T]) -> T:
        try:
            return send()
        finally:
            self._last_end = self._clock()


class AnswerCache:
    """OK answers of the geocoder in a SQLite file, keyed by the sha1 of the request URL.

    Only complete, well-formed answers are stored (an empty result list is an answer:
    the place is not known there); errors never are.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._conn = self._open()

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(self.path, timeout=30)
        try:
            conn.execute(
                "CREATE TABLE IF NOT EXISTS answers (key TEXT PRIMARY KEY, url TEXT NOT NULL,"
                " answer TEXT NOT NULL, fetched TEXT NOT NULL)"
            )
            conn.commit()
        except sqlite3.DatabaseError:
            conn.close()
            broken = self.path.with_name(self.path.name + ".broken")
            logger.warning("geocoder cache %s unreadable; moved to %s", self.path, broken)
            self.path.replace(broken)
            return self._open()
        return conn

    @staticmethod
    def key(url: str) -> str:
        """The cache key of a request URL."""
        return hashlib.sha1(f"{CACHE_FORMAT}:{url}".encode()).hexdigest()

    def get(self, url: str) -> list[dict[str, Any]] | None:
        """The cached answer for ``url``, or None."""
        row = self._conn.execute(
            "SELECT answer FROM answers WHERE key = ?", (self.key(url),)
        ).fetchone()
        if row is None:
            return None
        try:
            answer = json.loads(row[0])
        except (ValueError, RecursionError):  # a damaged row: ask the service again
            return None
        return answer if isinstance(answer, list) else None

    def put(self, url: str, answer: Sequence[Mapping[str, Any]]) -> None:
        """Store the answer for ``url``."""
        fetched = datetime.now(UTC).isoformat(timespec="seconds")
        with self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO answers (key, url, answer, fetched) VALUES (?, ?, ?, ?)",
                (self.key(url), url, json.dumps(list(answer), ensure_ascii=False), fetched),
            )

    def __len__(self) -> int:
        return int(self._conn.execute("SELECT COUNT(*) FROM answers").fetchone()[0])

    def close(self) -> None:
        """Close the database."""
        self._conn.close()


@dataclass
class LookupStats:
    """What the geocoder did in a run (for run.json and the CLI's summary)."""

    queries: int = 0
    cache_hits: int = 0
    requests_sent: int = 0
    failures: int = 0


class NominatimAdapter(BaseSyncAdapter):  # type: ignore[misc]
    """The transport geopy's ``Nominatim`` is given: cache, then give-up state, then limiter.

    Parameters
    ----------
    cache
        Answers by the URL geopy sends.
    limiter
        Spacing and retries of the requests that do go out.
    max_failures
        Queries failing in a row before the service is given up on for this run.
    budget_seconds
        Seconds this run may spend on the service in all (``limiter.spent``).
    service
        The server's base URL, for messages.
    """

    def __init__(
        self,
        *,
        cache: AnswerCache,
        limiter: PoliteLimiter,
        max_failures: int,
        budget_seconds: float,
        service: str,
    ) -> None:
        super().__init__(proxies=None, ssl_context=None)  # our transport is _http
        self.cache = cache
        self.limiter = limiter
        self.max_failures = max_failures
        self.budget_seconds = budget_seconds
        self.service = service
        self.stats = LookupStats()
        self.unavailable: str | None = None
        self._failures_in_row = 0

    def get_json(
        self, url: str, *, timeout: float, headers: Mapping[str, str]
    ) -> list[dict[str, Any]]:
        """The answer to ``url``: from the cache, else from the service (and then cached)."""
        self.stats.queries += 1
        cached = self.cache.get(url)
        if cached is not None:
            self.stats.cache_hits += 1
            return cached
        self._check_available()
        answer = self._send(url, timeout=timeout, headers=headers)
        self.cache.put(url, answer)
        return answer

    def get_text(self, url: str, *, timeout: float, headers: Mapping[str, str]) -> str:
        """Not used: Nominatim is only asked for JSON, which alone is cached and limited."""
        msg = "incidentmap asks Nominatim for JSON only (get_json)"
        raise NotImplementedError(msg)

    def _check_available(self) -> None:
        """Raise ``GeocodeUnavailable`` once the service is given up on for this run."""
        if self.unavailable is None and self.limiter.spent >= self.budget_seconds:
            self._give_up(f"time budget of {self.budget_seconds:g} s spent")
        if self.unavailable is not None:
            raise GeocodeUnavailable(f"geocoder given up for this run: {self.unavailable}")

    def _send(
        self, url: str, *, timeout: float, headers: Mapping[str, str]
    ) -> list[dict[str, Any]]:
        """Ask the service through the limiter; keep count of requests and failures."""
        agent = headers.get("User-Agent")
        extra = {k: v for k, v in headers.items() if k != "User-Agent"}

        def request() -> list[dict[str, Any]]:
            self.stats.requests_sent += 1
            answer = _http.get_json(url, timeout=timeout, user_agent=agent, headers=extra)
            return _checked_answer(answer, self.service)

        try:
            answer = self.limiter(request)
        except GeocodeError as err:
            self._failed(err)
            raise
        self._failures_in_row = 0
        return answer

    def _failed(self, err: GeocodeError) -> None:
        """Count a failed query; give the service up when it refuses us or keeps failing."""
        self.stats.failures += 1
        if isinstance(err, GeocodeQueryError):
            return  # this query's fault, not the service's
        self._failures_in_row += 1
        if isinstance(err, GeocodeRefused):
            self._give_up(f"the service refuses our requests ({err})")
        elif isinstance(err, GeocodeRateLimited) and (
            err.retry_after is not None and err.retry_after > self.limiter.max_wait_seconds
        ):
            self._give_up(f"the service asks us to wait {err.retry_after:g} s ({err})")
        elif self._failures_in_row >= self.max_failures:
            self._give_up(f"{self._failures_in_row} queries failed in a row (last: {err})")

    def _give_up(self, reason: str) -> None:
        if self.unavailable is None:
            logger.warning("online geocoder given up for this run: %s", reason)
            self.unavailable = reason


def _checked_answer(answer: Any, service: str) -> list[dict[str, Any]]:
    """A Nominatim answer as it came, once checked to be a list of places; else a service error.

    Checked before it is cached or handed to geopy, so that neither ever sees garbage.
    """
    if not isinstance(answer, list) or not all(isinstance(raw, dict) for raw in answer):
        raise GeocodeServiceError(f"{service}: unexpected answer (not a list of places)")
    for raw in answer:
        missing = [key for key in ("lat", "lon", "osm_type", "osm_id") if key not in raw]
        if missing:
            raise GeocodeServiceError(
                f"{service}: unexpected answer (a place lacks {missing[0]!r})"
            )
        try:
            lat, lon, _ = float(raw["lat"]), float(raw["lon"]), int(raw["osm_id"])
        except (TypeError, ValueError) as err:
            raise GeocodeServiceError(f"{service}: unexpected answer ({err})") from err
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise GeocodeServiceError(f"{service}: unexpected answer (coordinates out of range)")
    return answer


def _setting(value: T | None, default: T) -> T:
    """``value``, or the setting ``default`` when not given."""
    return default if value is None else value


def _polite_delay(delay: float) -> float:
    """``delay``, raised to the usage policy's floor."""
    if delay < POLICY_MIN_DELAY:
        logger.warning(
            "geocoder delay %.2f s is below the usage policy; using %.0f s",
            delay,
            POLICY_MIN_DELAY,
        )
        return POLICY_MIN_DELAY
    return delay


class NominatimGazetteer:
    """Look places up with Nominatim (or a compatible server), politely and cached.

    Parameters
    ----------
    domain
        Host (and port) of the server (default ``settings.geocoder_domain``).
    scheme
        ``https`` or ``http`` (default ``settings.geocoder_scheme``).
    user_agent
        Identifying user agent (default ``settings.user_agent``); sample agents are refused.
    timeout
        Seconds per request (default ``settings.http_timeout``).
    min_delay_seconds
        Seconds between requests (default ``settings.geocoder_min_delay``); never below
        ``POLICY_MIN_DELAY``.
    max_retries, error_wait_seconds, max_wait_seconds
        Retry policy (defaults from ``settings``); see ``PoliteLimiter``. The first wait is
        never shorter than the delay between requests.
    max_failures
        Queries failing in a row before the service is given up on for this run.
    budget_seconds
        Seconds this run may spend on the network in all.
    cache_path
        The SQLite answer cache (default ``<cache folder>/geocoder.sqlite``).
    """

    name = "nominatim"

    def __init__(
        self,
        *,
        domain: str | None = None,
        scheme: str | None = None,
        user_agent: str | None = None,
        timeout: float | None = None,
        min_delay_seconds: float | None = None,
        max_retries: int | None = None,
        error_wait_seconds: float | None = None,
        max_wait_seconds: float | None = None,
        max_failures: int | None = None,
        budget_seconds: float | None = None,
        cache_path: str | Path | None = None,
    ) -> None:
        from geopy.geocoders import Nominatim

        self.domain = _setting(domain, settings.geocoder_domain).strip().rstrip("/")
        self.scheme = _setting(scheme, settings.geocoder_scheme)
        if self.scheme not in {"http", "https"} or not self.domain:
            raise GeocodeConfigError(f"geocoder address {self.scheme}://{self.domain} is invalid")
        self.user_agent = _http.check_user_agent(user_agent or settings.user_agent)
        self.timeout = _setting(timeout, settings.http_timeout)
        delay = _polite_delay(_setting(min_delay_seconds, settings.geocoder_min_delay))
        self.limiter = PoliteLimiter(
            min_delay_seconds=delay,
            max_retries=_setting(max_retries, settings.geocoder_max_retries),
            error_wait_seconds=max(
                _setting(error_wait_seconds, settings.geocoder_error_wait), delay
            ),
            max_wait_seconds=_setting(max_wait_seconds, settings.geocoder_max_wait),
        )
        self.adapter = NominatimAdapter(
            cache=AnswerCache(cache_path or settings.resolved_cache_folder() / "geocoder.sqlite"),
            limiter=self.limiter,
            max_failures=_setting(max_failures, settings.geocoder_max_failures),
            budget_seconds=_setting(budget_seconds, settings.geocoder_budget),
            service=self.url,
        )
        self._geocoder = Nominatim(
            domain=self.domain,
            scheme=self.scheme,
            user_agent=self.user_agent,
            timeout=self.timeout,
            adapter_factory=lambda **_: self.adapter,
        )

    # -- public -------------------------------------------------------------------------
    @property
    def url(self) -> str:
        """The server's base URL."""
        return f"{self.scheme}://{self.domain}"

    def lookup(
        self,
        name: str,
        *,
        limit: int = 5,
        country_codes: Sequence[str] = (),
        viewbox: tuple[float, float, float, float] | None = None,
        bounded: bool = False,
    ) -> list[GazetteerEntry]:
        """Return up to ``limit`` places named ``name``, best first (the service's order).

        Parameters
        ----------
        name
            The place name as written.
        limit
            Most results wanted.
        country_codes
            ISO alpha-2 codes to search in.
        viewbox
            ``(west, south, east, north)`` to prefer (or, with ``bounded``, to search in).
        bounded
            Only return places inside ``viewbox``.

        Returns
        -------
        list
            Entries with ids ``nominatim:<osm type>/<osm id>``; empty when nothing matched.
        """
        options: dict[str, Any] = {"limit": limit, "addressdetails": True, "language": "en"}
        if country_codes:
            options["country_codes"] = sorted(c.lower() for c in country_codes)
        if viewbox is not None:
            west, south, east, north = viewbox
            options["viewbox"] = [(south, west), (north, east)]
            options["bounded"] = bounded
        found = self._geocoder.geocode(" ".join(name.split()), exactly_one=False, **options)
        return [entry_from_answer(location.raw, provider=self.url) for location in found or []]

    def describe(self) -> dict[str, Any]:
        """The geocoder's settings and what it did, for run.json."""
        stats = self.adapter.stats
        return {
            "provider": self.name,
            "url": self.url,
            "user_agent": self.user_agent,
            "min_delay_seconds": self.limiter.min_delay_seconds,
            "timeout_seconds": self.timeout,
            "cache": str(self.adapter.cache.path),
            "queries": stats.queries,
            "cache_hits": stats.cache_hits,
            "requests_sent": stats.requests_sent,
            "failed_queries": stats.failures,
            "network_seconds": round(self.limiter.spent, 3),
            "given_up": self.adapter.unavailable,
            "licence": "Data (c) OpenStreetMap contributors, ODbL 1.0",
        }

    def close(self) -> None:
        """Close the answer cache."""
        self.adapter.cache.close()

    def __enter__(self) -> NominatimGazetteer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


def entry_from_answer(raw: Mapping[str, Any], *, provider: str) -> GazetteerEntry:
    """A gazetteer entry from one Nominatim result (``raw`` keeps the record)."""
    address = raw.get("address") if isinstance(raw.get("address"), dict) else {}
    assert isinstance(address, dict)
    osm_type = str(raw["osm_type"])
    osm_id = int(raw["osm_id"])
    display = str(raw.get("display_name") or "")
    name = str(raw.get("name") or display.split(",")[0]).strip() or display
    cls, typ = str(raw.get("class") or ""), str(raw.get("type") or "")
    kind = (
        _KIND_BY_TYPE.get(f"{cls}:{typ}")
        or _KIND_BY_ADDRESSTYPE.get(str(raw.get("addresstype") or ""))
        or _KIND_BY_TYPE.get(cls)
        or "site"
    )
    return GazetteerEntry(
        id=f"nominatim:{osm_type}/{osm_id}",
        name=name,
        kind=kind,
        lat=round(float(raw["lat"]), 6),
        lon=round(float(raw["lon"]), 6),
        country=str(address.get("country_code") or "").upper(),
        province=address.get("state") or address.get("province"),
        population=0,
        source="nominatim",
        raw={
            "display_name": display,
            "osm": f"{osm_type}/{osm_id}",
            "class": cls,
            "type": typ,
            "importance": raw.get("importance"),
            "provider": provider,
            "point": "OpenStreetMap via Nominatim",
            "licence": raw.get("licence"),
        },
    )


def _parse_spec(spec: str | None) -> tuple[str | None, str | None]:
    """``(domain, scheme)`` of a ``--geocoder`` value; ``(None, None)`` for the default."""
    text = (spec or settings.geocoder).strip()
    if text.lower() == "nominatim":
        return None, None
    parts = urllib.parse.urlsplit(text)
    if parts.scheme in {"http", "https"} and parts.netloc:
        return parts.netloc + parts.path.rstrip("/"), parts.scheme
    from ..errors import UnknownGazetteerError

    msg = (
        f"Unknown geocoder {text!r}; options are: nominatim, or the URL of a "
        "Nominatim server (https://nominatim.example.org)."
    )
    raise UnknownGazetteerError(msg)


def check_geocoder(spec: str | None = None, *, user_agent: str | None = None) -> None:
    """Refuse a bad ``--geocoder`` value or user agent before any work is done."""
    _parse_spec(spec)
    _http.check_user_agent(user_agent or settings.user_agent)


def nominatim_from_spec(
    spec: str | None = None, *, user_agent: str | None = None
) -> NominatimGazetteer:
    """A Nominatim gazetteer from a ``--geocoder`` value: ``nominatim`` or a server URL.

    ``https://nominatim.example.org`` (a self-hosted server) sets the scheme and domain;
    ``nominatim`` uses ``settings.geocoder_domain``.
    """
    domain, scheme = _parse_spec(spec)
    return NominatimGazetteer(domain=domain, scheme=scheme, user_agent=user_agent)
