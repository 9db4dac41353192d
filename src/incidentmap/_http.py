"""HTTP for online services and data downloads: user agent, timeouts and status codes.

Everything incidentmap sends over the network goes through this module: the online
geocoder's requests (``get_json``, called by its geopy adapter in
``geocode/nominatim.py``, so geopy builds the queries and parses the answers while the
transport, the user agent and the status table are ours) and the reference data
downloads (``download``). No other module looks at HTTP status codes or transport
exceptions: ``error_for_request`` turns every failed request into the error tree once,
statuses through ``STATUS_TO_ERROR``.

Each request opens and closes its own connection (no pooled sessions): at one request
per second nothing is gained by keep-alive, and nothing is left open when a run ends.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import logging
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from email.message import Message
from pathlib import Path
from typing import IO, Any

from . import settings
from .errors import (
    DownloadError,
    GeocodeConfigError,
    GeocodeError,
    GeocodeQueryError,
    GeocodeRateLimited,
    GeocodeRefused,
    GeocodeServiceError,
    GeocodeTimeout,
    GeocodeUnavailable,
)

logger = logging.getLogger(__name__)

#: HTTP status -> the error raised for it (any other status >= 400 is a service error).
STATUS_TO_ERROR: dict[int, type[GeocodeError]] = {
    400: GeocodeQueryError,
    401: GeocodeRefused,
    403: GeocodeRefused,
    408: GeocodeTimeout,
    413: GeocodeQueryError,
    414: GeocodeQueryError,
    429: GeocodeRateLimited,
    500: GeocodeServiceError,
    502: GeocodeServiceError,
    503: GeocodeUnavailable,
    504: GeocodeTimeout,
}
#: User agents copied from examples; Nominatim's policy asks for one naming the application.
SAMPLE_USER_AGENTS = frozenset(
    {
        "",
        "my-application",
        "my_application",
        "my-app",
        "my_app",
        "myapp",
        "specify_your_app_name_here",
        "your_app_name",
        "test",
        "python-urllib",
        "python-requests",
        "geopy",
        "curl",
        "mozilla/5.0",
    }
)
#: Largest geocoder answer read (a Nominatim answer is a few kilobytes).
MAX_ANSWER_BYTES = 5_000_000
_CHUNK = 64 * 1024
_LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


def check_user_agent(user_agent: str) -> str:
    """Return ``user_agent`` if it identifies an application, else raise ``GeocodeConfigError``.

    Parameters
    ----------
    user_agent
        The ``User-Agent`` header to send.

    Returns
    -------
    str
        The same user agent, stripped.
    """
    agent = user_agent.strip()
    name = agent.split("/", 1)[0].strip().lower()
    if agent.lower() in SAMPLE_USER_AGENTS or name in SAMPLE_USER_AGENTS:
        msg = (
            f"user agent {user_agent!r} does not identify an application; the geocoder's "
            "usage policy requires one (e.g. 'incidentmap/0.1 (you@example.org)')"
        )
        raise GeocodeConfigError(msg)
    return agent


@dataclass(frozen=True)
class Response:
    """A complete HTTP answer with a 2xx status."""

    url: str
    status: int
    headers: Mapping[str, str]
    body: bytes


@dataclass
class Downloaded:
    """What ``download`` wrote: size and sha256 of the bytes, and the server's length."""

    url: str
    size: int
    sha256: str
    content_length: int | None = None
    headers: dict[str, str] = field(default_factory=dict)


def _opener(url: str) -> urllib.request.OpenerDirector:
    """Loopback servers (tests, a local Nominatim) are reached directly, never via a proxy."""
    host = urllib.parse.urlsplit(url).hostname or ""
    if host in _LOOPBACK:
        return urllib.request.build_opener(urllib.request.ProxyHandler({}))
    return urllib.request.build_opener()


def _headers_dict(headers: Message | Mapping[str, str] | None) -> dict[str, str]:
    if headers is None:
        return {}
    return {k.lower(): v for k, v in headers.items()}


def _retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds from a ``Retry-After`` header (delay-seconds or an HTTP date), if any."""
    value = headers.get("retry-after", "").strip()
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def error_for_status(
    url: str, status: int, reason: str, headers: Mapping[str, str] | None = None
) -> GeocodeError:
    """Return the error for an HTTP status (see ``STATUS_TO_ERROR``), message naming the URL."""
    headers = headers or {}
    cls = STATUS_TO_ERROR.get(status, GeocodeServiceError)
    msg = f"{_short(url)}: HTTP {status} {reason}".rstrip()
    if cls is GeocodeRateLimited:
        retry_after = _retry_after(headers)
        if retry_after is not None:
            msg += f" (retry after {retry_after:g} s)"
        return GeocodeRateLimited(msg, retry_after=retry_after)
    return cls(msg)


def error_for_request(url: str, err: BaseException, *, timeout: float) -> GeocodeError:
    """Return the incidentmap error for a request to ``url`` that raised ``err``.

    The one translation of transport failures: an HTTP status goes through
    ``STATUS_TO_ERROR``; no answer in time is a ``GeocodeTimeout``; a refused connection,
    a reset or a malformed answer is a ``GeocodeServiceError`` (retried by the geocoder).
    An error of ours passes through unchanged.

    Parameters
    ----------
    url
        The address asked for (named in the message, without its query).
    err
        What the request raised.
    timeout
        The timeout in force, for the message.

    Returns
    -------
    GeocodeError
        The error to raise ``from err``.
    """
    if isinstance(err, GeocodeError):
        return err
    if isinstance(err, urllib.error.HTTPError):
        return error_for_status(url, err.code, str(err.reason), _headers_dict(err.headers))
    reason = err.reason if isinstance(err, urllib.error.URLError) else err
    if isinstance(reason, TimeoutError):
        return GeocodeTimeout(f"{_short(url)}: no answer within {timeout:g} s")
    if isinstance(err, urllib.error.URLError):
        return GeocodeServiceError(f"{_short(url)}: cannot connect ({err.reason})")
    return GeocodeServiceError(f"{_short(url)}: {type(err).__name__}: {err}")


#: What a failing request can raise (urllib's errors and timeouts are ``OSError``s).
_REQUEST_ERRORS = (OSError, ValueError, http.client.HTTPException)


def _short(url: str) -> str:
    """The URL without its query (queries can be long; the host and path say enough)."""
    parts = urllib.parse.urlsplit(url)
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def _read_all(handle: IO[bytes], url: str, *, deadline: float, limit: int) -> bytes:
    """Read a body in chunks, failing when the whole of it takes longer than the timeout."""
    chunks: list[bytes] = []
    size = 0
    while True:
        if time.monotonic() > deadline:
            raise GeocodeTimeout(f"{_short(url)}: answer too slow (timed out)")
        chunk = handle.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > limit:
            raise GeocodeServiceError(f"{_short(url)}: answer larger than {limit} bytes")
        chunks.append(chunk)


def get(
    url: str,
    *,
    user_agent: str | None = None,
    timeout: float | None = None,
    headers: Mapping[str, str] | None = None,
    max_bytes: int = MAX_ANSWER_BYTES,
) -> Response:
    """GET a URL and return the whole answer, or raise the error its failure maps to.

    Parameters
    ----------
    url
        The address, query included (built by the caller: geopy for the geocoder).
    user_agent
        ``User-Agent`` header (default ``settings.user_agent``).
    timeout
        Seconds for connecting and for the whole answer (default ``settings.http_timeout``).
    headers
        Extra request headers.
    max_bytes
        Largest answer accepted.

    Returns
    -------
    Response
        Status, headers (lower-case names) and body.
    """
    timeout = settings.http_timeout if timeout is None else timeout
    request_headers = {"User-Agent": user_agent or settings.user_agent, **(headers or {})}
    request = urllib.request.Request(url, headers=request_headers)
    deadline = time.monotonic() + timeout
    try:
        with _opener(url).open(request, timeout=timeout) as handle:
            body = _read_all(handle, url, deadline=deadline, limit=max_bytes)
            return Response(url, handle.status, _headers_dict(handle.headers), body)
    except _REQUEST_ERRORS as err:
        _close(err)
        raise error_for_request(url, err, timeout=timeout) from err


def _close(err: BaseException) -> None:
    """Close the answer an ``HTTPError`` holds open (its body is not read)."""
    if isinstance(err, urllib.error.HTTPError):
        err.close()


def get_json(url: str, **kwargs: Any) -> Any:
    """``get`` a URL and decode its JSON body; an unreadable body is a service error."""
    response = get(url, **kwargs)
    try:
        return json.loads(response.body.decode("utf-8"))
    except (ValueError, RecursionError) as err:  # not UTF-8, not JSON, nested too deep
        preview = response.body[:60].decode("utf-8", "replace")
        msg = f"{_short(response.url)}: the answer is not JSON ({preview!r})"
        raise GeocodeServiceError(msg) from err


def download(
    url: str,
    target: str | Path,
    *,
    user_agent: str | None = None,
    timeout: float | None = None,
    progress: Callable[[int, int | None], None] | None = None,
    max_bytes: int = 2_000_000_000,
) -> Downloaded:
    """Stream ``url`` into ``target``, checking its length; return its size and sha256.

    Parameters
    ----------
    url
        The file to fetch.
    target
        Where to write it (the caller's temporary file; it is left for the caller to
        remove when this raises).
    user_agent
        ``User-Agent`` header (default ``settings.user_agent``).
    timeout
        Seconds to wait for the connection and for each read (default
        ``settings.http_timeout``).
    progress
        Called with ``(bytes so far, total bytes or None)`` after every chunk.
    max_bytes
        Largest file accepted.

    Returns
    -------
    Downloaded
        Size, sha256 and the announced ``Content-Length``.
    """
    timeout = settings.http_timeout if timeout is None else timeout
    request = urllib.request.Request(url, headers={"User-Agent": user_agent or settings.user_agent})
    digest = hashlib.sha256()
    size = 0
    try:
        with _opener(url).open(request, timeout=timeout) as handle, open(target, "wb") as out:
            headers = _headers_dict(handle.headers)
            length = headers.get("content-length")
            total = int(length) if length and length.isdigit() else None
            if progress:
                progress(0, total)
            while chunk := handle.read(_CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise DownloadError(f"{url}: larger than {max_bytes} bytes; refused")
                digest.update(chunk)
                out.write(chunk)
                if progress:
                    progress(size, total)
    except DownloadError:
        raise
    except (OSError, http.client.HTTPException) as err:  # statuses, resets, a full disk
        _close(err)
        missing = isinstance(err, urllib.error.HTTPError) and err.code == 404
        hint = " (no such file at this release)" if missing else ""
        raise DownloadError(f"{error_for_request(url, err, timeout=timeout)}{hint}") from err
    if total is not None and size != total:
        raise DownloadError(f"{url}: truncated download ({size} of {total} bytes)")
    return Downloaded(url, size, digest.hexdigest(), total, headers)
