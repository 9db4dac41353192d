"""incidentmap: news reports about a wave of violence in, an auditable district map out."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("incidentmap")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"

__all__ = ["__version__"]
