"""What the stages ask of a gazetteer: the gazetteer protocols, all in this one module.

Stages take a gazetteer through these protocols, never through a concrete class, so that
a backend is any object with the right members and a stage says exactly what it uses:

* ``Gazetteer``: look a place up by name; every backend offers it (the road stretches of
  ``roads.py`` need no more);
* ``IndexedGazetteer``: a gazetteer whose names are found in running text, with the word
  lists the extractor weighs them by; what ``extract.py`` and ``resolve.py`` use.
  ``local.LocalGazetteer`` is the one in use (compiled tables and an Aho-Corasick
  automaton);
* ``OnlineGazetteer``: a gazetteer searched over the network with a country and area bias,
  which describes what it did for run.json; what ``online.py`` uses.
  ``nominatim.NominatimGazetteer`` is the one in use.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from typing import Any, Protocol

from ..models import GazetteerEntry


class Gazetteer(Protocol):
    """Look places up by name."""

    def lookup(self, name: str, *, limit: int = 5) -> list[GazetteerEntry]:
        """Return up to ``limit`` entries whose name or alias is ``name``, best first."""
        ...


class IndexedGazetteer(Gazetteer, Protocol):
    """A gazetteer whose every name can be found in running text (the offline stages)."""

    @property
    def entries(self) -> Mapping[str, GazetteerEntry]:
        """Every place by id."""
        ...

    @property
    def names(self) -> Mapping[str, tuple[str, ...]]:
        """Folded name (the key ``find_names`` yields) -> ids of the places it names."""
        ...

    @property
    def alias_keys(self) -> AbstractSet[str]:
        """Keys that are a variant spelling of every place they name."""
        ...

    @property
    def word_keys(self) -> AbstractSet[str]:
        """One-word keys that are also common English words ("tank")."""
        ...

    @property
    def person_keys(self) -> AbstractSet[str]:
        """One-word keys that are also personal names ("hassan")."""
        ...

    def find_names(self, folded: str, spaced: str | None = None) -> Iterator[tuple[int, int, str]]:
        """Yield ``(start, end, key)`` for every whole-word name in folded text."""
        ...


class OnlineGazetteer(Gazetteer, Protocol):
    """A gazetteer searched over the network, with a bias, that accounts for its use."""

    def lookup(
        self,
        name: str,
        *,
        limit: int = 5,
        country_codes: Sequence[str] = (),
        viewbox: tuple[float, float, float, float] | None = None,
        bounded: bool = False,
    ) -> list[GazetteerEntry]:
        """Return places named ``name`` in ``country_codes``, near or in ``viewbox``, best first."""
        ...

    def describe(self) -> dict[str, Any]:
        """Settings and counts for run.json."""
        ...
