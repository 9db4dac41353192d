"""Gazetteers by name, and the resolution of mentions to places."""

from __future__ import annotations

from ..errors import UnknownGazetteerError
from .local import LocalGazetteer, load_gazetteer

GAZETTEERS = {"local": load_gazetteer}


def get_gazetteer(name: str = "local") -> LocalGazetteer:
    """Return the gazetteer registered under ``name``."""
    try:
        factory = GAZETTEERS[name]
    except KeyError:
        msg = f"Unknown gazetteer {name!r}; options are: {', '.join(sorted(GAZETTEERS))}."
        raise UnknownGazetteerError(msg) from None
    return factory()


__all__ = ["GAZETTEERS", "LocalGazetteer", "get_gazetteer", "load_gazetteer"]
