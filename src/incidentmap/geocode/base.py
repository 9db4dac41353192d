"""The small interface every gazetteer backend offers."""

from __future__ import annotations

from typing import Protocol

from ..models import GazetteerEntry


class Gazetteer(Protocol):
    """Look places up by name; backends are chosen by name in ``geocode.GAZETTEERS``."""

    def lookup(self, name: str, *, limit: int = 5) -> list[GazetteerEntry]:
        """Return up to ``limit`` entries whose name or alias is ``name``, best first."""
        ...
