"""Gazetteers and the resolution of mentions to places.

The stages take a gazetteer through the protocols of ``base.py``. The offline gazetteer
(``local.py``) is the only one a build loads; the online one (``nominatim.py``) is chosen
by ``--geocoder`` (``nominatim_from_spec``), so there is no registry of names to keep.
"""

from __future__ import annotations

from .base import Gazetteer, IndexedGazetteer, OnlineGazetteer
from .local import LocalGazetteer, load_gazetteer

__all__ = ["Gazetteer", "IndexedGazetteer", "LocalGazetteer", "OnlineGazetteer", "load_gazetteer"]
