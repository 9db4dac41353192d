"""_http: user agent, timeouts, the status table and downloads, against local servers."""

from __future__ import annotations

import hashlib
import http.client
import time
import urllib.error
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from _servers import StaticServer, dead_url, send, truncated
from incidentmap import _http, settings
from incidentmap.errors import (
    DownloadError,
    GeocodeConfigError,
    GeocodeError,
    GeocodeQueryError,
    GeocodeRateLimited,
    GeocodeRefused,
    GeocodeServiceError,
    GeocodeTimeout,
    GeocodeUnavailable,
    IncidentMapError,
)


def _status(code: int, headers: dict[str, str] | None = None):
    def answer(handler: BaseHTTPRequestHandler) -> None:
        send(handler, code, b"nope", content_type="text/plain", headers=headers)

    return answer


def test_get_sends_the_user_agent_and_returns_the_body():
    with StaticServer({"/hello": b'{"a": 1}'}) as server:
        response = _http.get(f"{server.url}/hello?b=x+y&a=1")
        assert response.status == 200 and response.body == b'{"a": 1}'
        seen = server.requests[0]
    assert seen.headers["user-agent"] == settings.user_agent
    assert seen.target == "/hello?b=x+y&a=1"  # the URL as given, never rebuilt


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, GeocodeQueryError),
        (401, GeocodeRefused),
        (403, GeocodeRefused),
        (404, GeocodeServiceError),
        (429, GeocodeRateLimited),
        (500, GeocodeServiceError),
        (502, GeocodeServiceError),
        (503, GeocodeUnavailable),
        (504, GeocodeTimeout),
    ],
)
def test_status_codes_map_through_one_table(status: int, error: type[GeocodeError]):
    assert _http.STATUS_TO_ERROR.get(status, GeocodeServiceError) is error
    with StaticServer({"/x": _status(status)}) as server, pytest.raises(error) as info:
        url = server.url
        _http.get(f"{url}/x")
    assert type(info.value) is error
    assert f"HTTP {status}" in str(info.value) and url in str(info.value)


def test_error_classes_carry_their_builtin_meaning():
    assert issubclass(GeocodeTimeout, TimeoutError)
    assert issubclass(GeocodeQueryError, ValueError)
    assert issubclass(GeocodeServiceError, ConnectionError)
    assert issubclass(GeocodeRefused, PermissionError)
    assert issubclass(DownloadError, OSError)
    for cls in (GeocodeTimeout, GeocodeQueryError, GeocodeRefused, DownloadError):
        assert issubclass(cls, IncidentMapError)
    # The service-error family is what gets retried; refusals and bad queries are not.
    assert not issubclass(GeocodeRefused, GeocodeServiceError)
    assert not issubclass(GeocodeQueryError, GeocodeServiceError)


def test_retry_after_is_read_in_seconds_or_as_a_date():
    seconds = StaticServer({"/s": _status(429, {"Retry-After": "7"})})
    with seconds, pytest.raises(GeocodeRateLimited) as info:
        _http.get(f"{seconds.url}/s")
    assert info.value.retry_after == 7.0
    date = StaticServer({"/d": _status(429, {"Retry-After": "Fri, 31 Dec 1999 23:59:59 GMT"})})
    with date, pytest.raises(GeocodeRateLimited) as info:
        _http.get(f"{date.url}/d")
    assert info.value.retry_after == 0.0  # a date in the past: no wait


def test_a_dead_server_is_a_service_error_naming_the_address():
    url = dead_url()
    clock = time.monotonic()
    with pytest.raises(GeocodeServiceError, match="cannot connect") as info:
        _http.get(f"{url}/search", timeout=2)
    assert url in str(info.value) and time.monotonic() - clock < 2


def test_a_slow_answer_times_out():
    server = StaticServer()

    def slow(handler: BaseHTTPRequestHandler) -> None:
        server.pause(5)
        send(handler, 200, b"[]")

    server.routes["/slow"] = slow
    with server:
        clock = time.monotonic()
        with pytest.raises(GeocodeTimeout, match="0.3 s|timed out"):
            _http.get(f"{server.url}/slow", timeout=0.3)
        assert time.monotonic() - clock < 2


def test_get_json_refuses_an_answer_that_is_not_json():
    server = StaticServer({"/g": b"<html>maintenance</html>"})
    with server, pytest.raises(GeocodeServiceError, match="not JSON"):
        _http.get_json(f"{server.url}/g")


@pytest.mark.parametrize(
    "agent", ["", "my-application", "specify_your_app_name_here", "geopy/2.4", "test"]
)
def test_sample_user_agents_are_refused(agent: str):
    with pytest.raises(GeocodeConfigError, match="identif"):
        _http.check_user_agent(agent)


def test_identifying_user_agents_pass():
    assert _http.check_user_agent(" incidentmap/0.1 (me@example.org) ") == (
        "incidentmap/0.1 (me@example.org)"
    )
    _http.check_user_agent(settings.user_agent)


def test_download_streams_with_progress_and_sha256(tmp_path: Path):
    body = bytes(range(256)) * 1000
    calls: list[tuple[int, int | None]] = []
    with StaticServer({"/f.bin": body}) as server:
        got = _http.download(
            f"{server.url}/f.bin", tmp_path / "f.bin", progress=lambda d, t: calls.append((d, t))
        )
    assert (tmp_path / "f.bin").read_bytes() == body
    assert got.size == len(body) and got.sha256 == hashlib.sha256(body).hexdigest()
    assert calls[0] == (0, len(body)) and calls[-1] == (len(body), len(body))


def test_download_detects_a_truncated_transfer(tmp_path: Path):
    server = StaticServer({"/f.bin": truncated(b"x" * 10_000)})
    with server, pytest.raises(DownloadError, match=r"truncated download \(5000 of 10000 bytes\)"):
        _http.download(f"{server.url}/f.bin", tmp_path / "f.bin")


def test_download_errors_name_the_url_and_status(tmp_path: Path):
    server = StaticServer()
    with server, pytest.raises(DownloadError, match=r"/nothing: HTTP 404 .*no such file"):
        _http.download(f"{server.url}/nothing", tmp_path / "f")
    with pytest.raises(DownloadError, match="cannot connect"):
        _http.download(f"{dead_url()}/f", tmp_path / "f", timeout=2)


@pytest.mark.parametrize(
    ("raised", "error", "message"),
    [
        (TimeoutError("timed out"), GeocodeTimeout, "no answer within 3 s"),
        (urllib.error.URLError(TimeoutError()), GeocodeTimeout, "no answer within 3 s"),
        (urllib.error.URLError("refused"), GeocodeServiceError, "cannot connect (refused)"),
        (http.client.BadStatusLine("HTTP/9"), GeocodeServiceError, "BadStatusLine"),
        (ConnectionResetError("reset"), GeocodeServiceError, "ConnectionResetError: reset"),
    ],
)
def test_every_transport_failure_translates_once(raised, error, message):
    failure = _http.error_for_request("http://h/search?q=secret", raised, timeout=3)
    assert type(failure) is error and message in str(failure)
    assert str(failure).startswith("http://h/search: ")  # the query is left out
    own = GeocodeRefused("ours")
    assert _http.error_for_request("http://h/", own, timeout=3) is own


@pytest.mark.parametrize("status", [429, 503])
def test_downloads_and_geocoder_requests_share_the_translation(tmp_path: Path, status: int):
    with StaticServer({"/f": _status(status)}) as server:
        with pytest.raises(GeocodeServiceError) as asked:
            _http.get(f"{server.url}/f")
        with pytest.raises(DownloadError) as downloaded:
            _http.download(f"{server.url}/f", tmp_path / "f")
    assert str(downloaded.value) == str(asked.value)
    assert f"HTTP {status}" in str(downloaded.value)
