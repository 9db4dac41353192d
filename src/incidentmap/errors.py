"""One exception tree for incidentmap; each error also carries its builtin meaning."""

from __future__ import annotations


class IncidentMapError(Exception):
    """Base class: anything incidentmap raises on purpose."""


class ReportError(IncidentMapError, ValueError):
    """A report cannot be read or decoded; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class InputError(IncidentMapError, ValueError):
    """A command-line input (a GeoJSON, a gold file, a folder) is missing or malformed."""


class OutputError(IncidentMapError, OSError):
    """An output file cannot be written; the message names the file and the reason."""


class DataError(IncidentMapError, OSError):
    """Reference data (boundaries, gazetteer, assets) is missing, corrupt or unverifiable."""


class ValidationError(IncidentMapError, ValueError):
    """A table handed between stages lacks a column, a CRS or the right geometry type."""


class GeocodeError(IncidentMapError):
    """Base for failures of an online geocoding service."""


class GeocodeServiceError(GeocodeError, ConnectionError):
    """The geocoding service failed or could not be reached."""


class GeocodeTimeout(GeocodeServiceError, TimeoutError):
    """The geocoding service did not answer in time."""


class GeocodeRateLimited(GeocodeServiceError):
    """The service asked us to slow down; ``retry_after`` is in seconds when it said so."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class UnknownGazetteerError(IncidentMapError, KeyError):
    """A gazetteer backend name that is not registered."""


class GeocodeQueryError(GeocodeError, ValueError):
    """The service rejected the query itself (HTTP 400, 413, 414); retrying cannot help."""


class GeocodeUnavailable(GeocodeServiceError):
    """The service is down or overloaded (HTTP 503), or was given up on for this run."""


class GeocodeRefused(GeocodeError, PermissionError):
    """The service refuses us (HTTP 401, 403: a blocked user agent); never retried."""


class GeocodeConfigError(GeocodeError, ValueError):
    """The geocoder is configured against the provider's policy (sample user agent, no delay)."""


class DownloadError(DataError):
    """A reference-data download failed (network, HTTP status, truncated transfer)."""


class SchedulerError(IncidentMapError, RuntimeError):
    """A Dask scheduler cannot be used: the extra is missing, or it cannot be reached."""
