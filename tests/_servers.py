"""Local HTTP servers for the online tests: a Nominatim stub and a static file server.

Both listen on 127.0.0.1 on a free port, run in a background thread, count and time
every request, and stop themselves after ``lifetime`` seconds even if a test forgets to
(they are also context managers, which is how the tests use them). Nothing here touches
the internet.
"""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any


@dataclass
class Seen:
    """One request as the server saw it."""

    at: float
    path: str
    params: dict[str, str]
    headers: dict[str, str]
    #: The request target as sent: path and query string, unparsed.
    target: str = ""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.accepted: dict[int, float] = {}

    def get_request(self) -> tuple[socket.socket, Any]:
        # Stamp a request when its connection is accepted (in the serving thread), not
        # when a handler thread gets round to it: on a busy machine that can be later.
        request, address = super().get_request()
        self.accepted[id(request)] = time.monotonic()
        return request, address

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that timed out and hung up is expected here, not an error


class _Base:
    """Start/stop, request log and self-stop timer shared by both servers."""

    def __init__(self, *, lifetime: float = 60.0) -> None:
        self.requests: list[Seen] = []
        self.lifetime = lifetime
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._timer: threading.Timer | None = None

    # subclasses answer here
    def answer(self, handler: BaseHTTPRequestHandler, seen: Seen) -> None:
        raise NotImplementedError

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                parts = urllib.parse.urlsplit(self.path)
                server = self.server
                assert isinstance(server, _Server)
                seen = Seen(
                    at=server.accepted.pop(id(self.request), time.monotonic()),
                    path=parts.path,
                    params=dict(urllib.parse.parse_qsl(parts.query)),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    target=self.path,
                )
                with owner._lock:
                    owner.requests.append(seen)
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    owner.answer(self, seen)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        return Handler

    def __enter__(self) -> _Base:
        self._server = _Server(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        self._timer = threading.Timer(self.lifetime, self.stop)
        self._timer.daemon = True
        self._timer.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def stop(self) -> None:
        self._stop.set()
        if self._timer is not None:
            self._timer.cancel()
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    @property
    def port(self) -> int:
        assert self._server is not None
        return int(self._server.server_address[1])

    @property
    def netloc(self) -> str:
        return f"127.0.0.1:{self.port}"

    @property
    def url(self) -> str:
        return f"http://{self.netloc}"

    def pause(self, seconds: float) -> None:
        """Sleep in a handler, cut short when the server stops."""
        self._stop.wait(seconds)

    def gaps(self, path: str | None = None) -> list[float]:
        """Seconds between consecutive requests (to ``path`` only, when given)."""
        times = [s.at for s in self.requests if path is None or s.path == path]
        return [b - a for a, b in zip(times, times[1:], strict=False)]


def send(
    handler: BaseHTTPRequestHandler,
    status: int,
    body: bytes,
    *,
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
    length: int | None = None,
) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body) if length is None else length))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)
    handler.wfile.flush()


def place(
    name: str,
    lat: float,
    lon: float,
    *,
    osm_id: int,
    osm_type: str = "node",
    cls: str = "place",
    typ: str = "village",
    state: str = "Balochistan",
    country_code: str = "pk",
    country: str = "Pakistan",
) -> dict[str, Any]:
    """One search result in Nominatim's ``format=json`` shape (with ``addressdetails``)."""
    return {
        "place_id": osm_id + 1000,
        "licence": "Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright",
        "osm_type": osm_type,
        "osm_id": osm_id,
        "lat": f"{lat:.7f}",
        "lon": f"{lon:.7f}",
        "class": cls,
        "type": typ,
        "place_rank": 19,
        "importance": 0.3,
        "addresstype": typ,
        "name": name,
        "display_name": f"{name}, {state}, {country}",
        "address": {typ: name, "state": state, "country": country, "country_code": country_code},
        "boundingbox": [
            f"{lat - 0.01:.7f}",
            f"{lat + 0.01:.7f}",
            f"{lon - 0.01:.7f}",
            f"{lon + 0.01:.7f}",
        ],
    }


class NominatimStub(_Base):
    """Speaks Nominatim's ``/search?format=json`` API from a table of places.

    ``behaviour`` says how to answer each request in turn (the last one repeats):
    ``ok``; ``429`` (with ``retry_after`` as Retry-After when set); ``500``; ``503``;
    ``403``; ``slow`` (answers after ``slow_seconds``); ``garbage`` (not JSON); ``html``;
    ``object`` (JSON, but not a list of places); ``nested`` (200,000 ``[``).

    It filters by ``countrycodes`` and, with ``bounded=1``, by ``viewbox`` as Nominatim
    does, and counts requests that came sooner than ``min_gap`` after the previous one.
    """

    def __init__(
        self,
        places: Iterable[dict[str, Any]] = (),
        *,
        behaviour: str | list[str] = "ok",
        retry_after: str | None = None,
        slow_seconds: float = 3.0,
        lifetime: float = 60.0,
    ) -> None:
        super().__init__(lifetime=lifetime)
        self.places = list(places)
        self.behaviour = [behaviour] if isinstance(behaviour, str) else list(behaviour)
        self.retry_after = retry_after
        self.slow_seconds = slow_seconds

    @property
    def searches(self) -> list[Seen]:
        return [s for s in self.requests if s.path == "/search"]

    def _mode(self) -> str:
        n = len(self.searches) - 1
        return self.behaviour[min(n, len(self.behaviour) - 1)]

    def answer(self, handler: BaseHTTPRequestHandler, seen: Seen) -> None:
        if seen.path != "/search":
            send(handler, 404, b'{"error": "not found"}')
            return
        mode = self._mode()
        if mode == "429":
            headers = {"Retry-After": self.retry_after} if self.retry_after else {}
            send(handler, 429, b"Too Many Requests", content_type="text/plain", headers=headers)
        elif mode in {"500", "503", "403"}:
            send(handler, int(mode), b"<html>error</html>", content_type="text/html")
        elif mode == "garbage":
            send(handler, 200, b"\x00\xffnot json at all{[", content_type="application/json")
        elif mode == "nested":  # valid-looking JSON nested deeper than any parser recurses
            send(handler, 200, b"[" * 200_000, content_type="application/json")
        elif mode == "html":
            send(handler, 200, b"<html><body>Maintenance</body></html>", content_type="text/html")
        elif mode == "object":
            send(handler, 200, json.dumps({"places": "none"}).encode())
        else:
            if mode == "slow":
                self.pause(self.slow_seconds)
            send(handler, 200, json.dumps(self._search(seen.params)).encode())

    def _search(self, params: dict[str, str]) -> list[dict[str, Any]]:
        q = params.get("q", "").strip().lower()
        codes = {c for c in params.get("countrycodes", "").split(",") if c}
        box = [float(v) for v in params["viewbox"].split(",")] if "viewbox" in params else None
        found = []
        for p in self.places:
            if p["name"].lower() != q:
                continue
            if codes and p["address"]["country_code"] not in codes:
                continue
            if box and params.get("bounded") == "1":
                west, east = sorted((box[0], box[2]))
                south, north = sorted((box[1], box[3]))
                if not (west <= float(p["lon"]) <= east and south <= float(p["lat"]) <= north):
                    continue
            found.append(p)
        return found[: int(params.get("limit", "10"))]


Route = bytes | Callable[[BaseHTTPRequestHandler], None]


class StaticServer(_Base):
    """Serves fixed paths (bytes, or a function answering the request); 404 elsewhere."""

    def __init__(self, routes: dict[str, Route] | None = None, *, lifetime: float = 60.0) -> None:
        super().__init__(lifetime=lifetime)
        self.routes: dict[str, Route] = dict(routes or {})

    def answer(self, handler: BaseHTTPRequestHandler, seen: Seen) -> None:
        route = self.routes.get(seen.path)
        if route is None:
            send(handler, 404, b"Not Found", content_type="text/plain")
        elif isinstance(route, bytes):
            send(handler, 200, route, content_type="application/octet-stream")
        else:
            route(handler)


def truncated(body: bytes) -> Callable[[BaseHTTPRequestHandler], None]:
    """A route announcing ``body``'s full length but sending only its first half."""

    def answer(handler: BaseHTTPRequestHandler) -> None:
        send(handler, 200, body[: len(body) // 2], length=len(body))
        handler.close_connection = True

    return answer


def dead_url() -> str:
    """The URL of a port nothing listens on (connections are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}"


@dataclass
class GeoBoundariesFiles:
    """The shared upstream files, as the release URLs serve them."""

    upstream: Path
    files: dict[str, bytes] = field(default_factory=dict)

    def routes(self, *, prefix: str = "/wmgeolab/geoBoundaries/raw") -> dict[str, Route]:
        from incidentmap.registry import GEOBOUNDARIES_PINS

        routes: dict[str, Route] = {}
        for (iso3, level), pin in GEOBOUNDARIES_PINS.items():
            folder = f"{prefix}/{pin.ref}/releaseData/gbOpen/{iso3}/{level}"
            for name in (
                f"geoBoundaries-{iso3}-{level}_simplified.geojson",
                f"geoBoundaries-{iso3}-{level}-metaData.json",
            ):
                routes[f"{folder}/{name}"] = (self.upstream / name).read_bytes()
        return routes
