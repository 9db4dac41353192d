"""Online gazetteer: geopy's Nominatim, rate limited, with an on-disk cache in front.

Used by ``build --online`` for the mentions the offline gazetteer cannot place. It follows
the Nominatim usage policy (https://operations.osmfoundation.org/policies/nominatim/):

* at most one request per second: geopy's ``RateLimiter`` with ``min_delay_seconds``
  never below 1 (``POLICY_MIN_DELAY``; geopy's own default is no delay at all), counted
  from the end of the previous request so that no two sends are ever closer;
* an identifying user agent (sample agents are refused, as geopy does);
* every answer cached: a SQLite file in the cache folder keyed by the sha1 of the
  request URL. The cache sits in front of the limiter, so a cached answer costs no wait,
  and a query once answered is never sent again;
* service errors (5xx, 429, timeouts, unreadable answers) are retried a few times with
  exponential backoff, honouring ``Retry-After``; a service that keeps failing, refuses
  us (403) or asks for a long pause is given up on for the rest of the run.

Lookups raise ``GeocodeError`` subclasses; callers decide what a failure means (the
pipeline leaves the mention unresolved with the reason and carries on).
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
import time
import urllib.parse
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from geopy.extra.rate_limiter import RateLimiter

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


class PoliteRateLimiter(RateLimiter):  # type: ignore[misc]
    """geopy's ``RateLimiter``, with exponential backoff and ``Retry-After`` between retries.

    geopy's limiter keeps requests ``min_delay_seconds`` apart (its request-slot logic
    and its patchable ``_clock``/``_sleep`` are used as they are) but waits a fixed
    ``error_wait_seconds`` before every retry and ignores ``Retry-After``. Here the wait
    before retry ``n`` is ``error_wait_seconds * 2**n``, or the service's ``Retry-After``
    when longer; when that exceeds ``max_wait_seconds`` the error is raised at once
    instead of waiting (the caller then gives the service up). The retry loop is a loop,
    not recursion, and only the service-error family is retried.
    """

    _retry_exceptions = (GeocodeServiceError,)

    def __init__(
        self,
        func: Callable[..., Any],
        *,
        min_delay_seconds: float,
        max_retries: int,
        error_wait_seconds: float,
        max_wait_seconds: float,
        swallow_exceptions: bool = False,
    ) -> None:
        super().__init__(
            func,
            min_delay_seconds=min_delay_seconds,
            max_retries=max_retries,
            error_wait_seconds=error_wait_seconds,
            swallow_exceptions=swallow_exceptions,
        )
        self.max_wait_seconds = max_wait_seconds

    def backoff(self, attempt: int, error: BaseException) -> float:
        """Seconds to wait before retry ``attempt + 1`` after ``error``."""
        wait = float(self.error_wait_seconds) * 2**attempt
        retry_after = getattr(error, "retry_after", None)
        if retry_after is not None:
            wait = max(wait, float(retry_after))
        return float(wait)

    def _restamp_slot(self) -> None:
        """Count the next delay from now, the end of the request just made.

        geopy stamps a slot when it is acquired, a little before the request goes out; the
        time from stamp to send varies, so two requests could leave a hair under
        ``min_delay_seconds`` apart. Counting from the end of the previous request makes
        the gap between two sends at least the delay plus that request's duration.
        """
        with self._lock:
            self._last_call = self._clock()

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """Call the wrapped function in its request slot, retrying service errors."""
        attempt = 0
        while True:
            self._acquire_request_slot()
            try:
                try:
                    return self.func(*args, **kwargs)
                finally:
                    self._restamp_slot()
            except self._retry_exceptions as err:
                wait = self.backoff(attempt, err)
                if attempt >= self.max_retries or wait > self.max_wait_seconds:
                    if self.swallow_exceptions:
                        return self.return_value_on_exception
                    raise
                logger.info("geocoder error (%s); retry %d in %.1f s", err, attempt + 1, wait)
                self._sleep(wait)
                attempt += 1


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
    seconds: float = 0.0


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
        Retry policy (defaults from ``settings``); see ``PoliteRateLimiter``.
    max_failures
        Queries failing in a row before the service is given up on for this run.
    budget_seconds
        Seconds this run may spend on the network in all.
    cache_path
        The SQLite answer cache (default ``<cache folder>/geocoder.sqlite``).
    _test_min_delay
        Test-only: replaces the delay floor, so tests against a local stub run fast.
        Never set it against a real service.
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
        _test_min_delay: float | None = None,
    ) -> None:
        from geopy.geocoders import Nominatim

        self.domain = (domain or settings.geocoder_domain).strip().rstrip("/")
        self.scheme = scheme or settings.geocoder_scheme
        if self.scheme not in {"http", "https"} or not self.domain:
            raise GeocodeConfigError(f"geocoder address {self.scheme}://{self.domain} is invalid")
        self.user_agent = _http.check_user_agent(user_agent or settings.user_agent)
        self.timeout = settings.http_timeout if timeout is None else timeout
        delay = settings.geocoder_min_delay if min_delay_seconds is None else min_delay_seconds
        if _test_min_delay is not None:
            delay = _test_min_delay
        elif delay < POLICY_MIN_DELAY:
            logger.warning(
                "geocoder delay %.2f s is below the usage policy; using %.0f s",
                delay,
                POLICY_MIN_DELAY,
            )
            delay = POLICY_MIN_DELAY
        self.min_delay_seconds = delay
        wait = settings.geocoder_error_wait if error_wait_seconds is None else error_wait_seconds
        self.max_failures = settings.geocoder_max_failures if max_failures is None else max_failures
        self.budget_seconds = settings.geocoder_budget if budget_seconds is None else budget_seconds
        self.cache = AnswerCache(cache_path or settings.resolved_cache_folder() / "geocoder.sqlite")
        self._geocoder = Nominatim(
            domain=self.domain,
            scheme=self.scheme,
            user_agent=self.user_agent,
            timeout=self.timeout,
            adapter_factory=_http.GeopyAdapter,
        )
        self._limited = PoliteRateLimiter(
            self._geocode,
            min_delay_seconds=delay,
            max_retries=settings.geocoder_max_retries if max_retries is None else max_retries,
            error_wait_seconds=max(wait, delay),
            max_wait_seconds=settings.geocoder_max_wait
            if max_wait_seconds is None
            else max_wait_seconds,
        )
        self.stats = LookupStats()
        self.unavailable: str | None = None
        self._failures_in_row = 0

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
        answer = self.search(
            name, limit=limit, country_codes=country_codes, viewbox=viewbox, bounded=bounded
        )
        return [entry_from_answer(item, provider=self.url) for item in answer]

    def search(
        self,
        name: str,
        *,
        limit: int = 5,
        country_codes: Sequence[str] = (),
        viewbox: tuple[float, float, float, float] | None = None,
        bounded: bool = False,
    ) -> list[dict[str, Any]]:
        """The raw answer for a query: from the cache, else from the service (rate limited)."""
        params: dict[str, Any] = {
            "q": " ".join(name.split()),
            "format": "json",
            "limit": limit,
            "addressdetails": 1,
            "accept-language": "en",
        }
        if country_codes:
            params["countrycodes"] = ",".join(sorted(c.lower() for c in country_codes))
        if viewbox is not None:
            params["viewbox"] = ",".join(f"{v:.4f}" for v in viewbox)
            if bounded:
                params["bounded"] = 1
        url = _http.with_params(f"{self.url}/search", params)
        self.stats.queries += 1
        cached = self.cache.get(url)
        if cached is not None:
            self.stats.cache_hits += 1
            return cached
        if self.unavailable is not None:
            raise GeocodeUnavailable(f"geocoder given up for this run: {self.unavailable}")
        if self.stats.seconds >= self.budget_seconds:
            self.unavailable = f"time budget of {self.budget_seconds:g} s spent"
            raise GeocodeUnavailable(f"geocoder given up for this run: {self.unavailable}")
        answer = self._send(params)
        self.cache.put(url, answer)
        return answer

    def describe(self) -> dict[str, Any]:
        """The geocoder's settings and what it did, for run.json."""
        return {
            "provider": self.name,
            "url": self.url,
            "user_agent": self.user_agent,
            "min_delay_seconds": self.min_delay_seconds,
            "timeout_seconds": self.timeout,
            "cache": str(self.cache.path),
            "queries": self.stats.queries,
            "cache_hits": self.stats.cache_hits,
            "requests_sent": self.stats.requests_sent,
            "failed_queries": self.stats.failures,
            "network_seconds": round(self.stats.seconds, 3),
            "given_up": self.unavailable,
            "licence": "Data (c) OpenStreetMap contributors, ODbL 1.0",
        }

    def close(self) -> None:
        """Close the answer cache."""
        self.cache.close()

    def __enter__(self) -> NominatimGazetteer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- internals ----------------------------------------------------------------------
    def _send(self, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Ask the service through the rate limiter; keep count of failures and time."""
        clock = time.monotonic()
        adapter = self._geocoder.adapter
        before = adapter.sent
        try:
            answer: list[dict[str, Any]] = self._limited(dict(params))
        except GeocodeError as err:
            self._failed(err)
            raise
        finally:
            self.stats.requests_sent += adapter.sent - before
            self.stats.seconds += time.monotonic() - clock
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
            err.retry_after is not None and err.retry_after > self._limited.max_wait_seconds
        ):
            self._give_up(f"the service asks us to wait {err.retry_after:g} s ({err})")
        elif self._failures_in_row >= self.max_failures:
            self._give_up(f"{self._failures_in_row} queries failed in a row (last: {err})")

    def _give_up(self, reason: str) -> None:
        if self.unavailable is None:
            logger.warning("online geocoder given up for this run: %s", reason)
            self.unavailable = reason

    def _geocode(self, params: Mapping[str, Any]) -> list[dict[str, Any]]:
        """One request through geopy; any answer that is not a list of places is an error."""
        from geopy.exc import GeocoderQueryError, GeopyError

        kwargs: dict[str, Any] = {
            "exactly_one": False,
            "limit": params["limit"],
            "addressdetails": True,
            "language": params["accept-language"],
        }
        if "countrycodes" in params:
            kwargs["country_codes"] = params["countrycodes"].split(",")
        if "viewbox" in params:
            west, south, east, north = (float(v) for v in params["viewbox"].split(","))
            kwargs["viewbox"] = [(south, west), (north, east)]
            kwargs["bounded"] = bool(params.get("bounded"))
        try:
            locations = self._geocoder.geocode(params["q"], **kwargs)
        except GeocodeError:
            raise
        except GeocoderQueryError as err:
            raise GeocodeQueryError(f"{self.url}: query refused ({err})") from err
        except (GeopyError, ValueError, TypeError, KeyError, AttributeError) as err:
            raise GeocodeServiceError(f"{self.url}: unexpected answer ({err})") from err
        return _checked_answer(locations, self.url)


def _checked_answer(locations: Any, url: str) -> list[dict[str, Any]]:
    """The raw records of geopy's locations, each checked; anything else is a service error."""
    if locations is None:
        return []
    if not isinstance(locations, list):
        locations = [locations]
    answer = []
    for location in locations:
        raw = getattr(location, "raw", None)
        if not isinstance(raw, dict):
            raise GeocodeServiceError(f"{url}: unexpected answer (not a list of places)")
        try:
            lat, lon = float(raw["lat"]), float(raw["lon"])
            osm = f"{raw['osm_type']}/{int(raw['osm_id'])}"
        except (KeyError, TypeError, ValueError) as err:
            raise GeocodeServiceError(f"{url}: unexpected answer (a place lacks {err})") from err
        if not (-90 <= lat <= 90 and -180 <= lon <= 180) or not osm:
            raise GeocodeServiceError(f"{url}: unexpected answer (coordinates out of range)")
        answer.append(raw)
    return answer


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
