"""Per-report results cached by content, so a rebuild only parses what changed.

The key is the sha256 of the report (id, text, metadata) together with the versions of
the gazetteer and of the rules (the source of the stages that produce mentions), so an
edit to a report, to the reference data or to the code invalidates exactly what it must.
Entries are sealed JSON (``ReportCache``): never code, never believed when damaged.
"""

from __future__ import annotations

import hashlib
import json
import logging
import zlib
from collections.abc import Sequence
from contextlib import suppress
from dataclasses import fields
from functools import cache
from pathlib import Path
from typing import Any

from . import _geodata, settings
from ._sealed import CacheError, describe, read_sealed, user_key, write_sealed
from .models import GazetteerEntry, PlaceMention, Report, ResolvedMention

logger = logging.getLogger(__name__)
#: The code and calibration that turn a report into mentions (the gazetteer's own code and
#: data are in its version); tests/test_report_cache.py checks every module they import is here.
_RULE_MODULES = ("extract.py", "roles.py", "geocode/resolve.py", "geocode/roads.py",
                 "geocode/score.py", "geocode/decision_model.json", "decide.py", "_text.py",
                 "models.py", "pipeline.py", "dates.py")  # fmt: skip
#: Reference tables the rules read beside the gazetteer (``geodata/``).
_RULE_DATA = ("highways.csv",)


@cache
def rules_version() -> str:
    """A digest of the code, calibration and tables that turn a report into mentions."""
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in _RULE_MODULES:
        path = here / name
        if path.is_file():
            digest.update(path.read_bytes())
    for name in _RULE_DATA:
        digest.update(_geodata.geodata_file(name).read_bytes())
    return digest.hexdigest()[:16]


def report_key(report: Report, gazetteer_version: str) -> str:
    """Cache key of one report's results."""
    digest = hashlib.sha256()
    for part in (report.doc_id, report.text, report.title, report.url, report.publisher,
                 report.published, gazetteer_version, rules_version()):  # fmt: skip
        digest.update((part or "").encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


class ReportCache:
    """Per-report results as sealed, compressed JSON files, one per key (see ``_sealed``).

    JSON cannot run code, and the HMAC of each file under the user's key means a damaged
    or planted entry is never believed: it is discarded with a warning and the report is
    parsed again, so a cached build always equals a clean one. A cache that cannot be
    written (a full disk, a read-only folder) is a warning, not a failed build: the run
    goes on without it.
    """

    def __init__(self, folder: Path | None = None) -> None:
        self.hits = 0
        self.misses = 0
        self.key: bytes | None = None
        self.folder = folder or settings.resolved_cache_folder(create=False) / "reports"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.key = user_key(self.folder)
        except OSError as err:  # CacheError included
            self._give_up(err)

    def path(self, key: str) -> Path:
        """The file of one report key."""
        return self.folder / f"{key}.json.zlib"

    def get(self, key: str) -> list[ResolvedMention] | None:
        """The cached results, or None (a damaged entry is removed and counts as a miss)."""
        self.misses += 1
        if self.key is None:
            return None
        path = self.path(key)
        try:
            data = read_sealed(path, self.key)
            if data is None:
                return None
            value = mentions_from_json(zlib.decompress(data))
        except (CacheError, zlib.error, ValueError, KeyError, TypeError, RecursionError) as err:
            logger.warning("report cache %s unusable (%s); parsing the report again", path, err)
            with suppress(OSError):
                path.unlink(missing_ok=True)
            return None
        self.misses -= 1
        self.hits += 1
        return value

    def put(self, key: str, value: list[ResolvedMention]) -> None:
        """Store results atomically; a failure turns the cache off for this run."""
        if self.key is None:
            return
        try:
            write_sealed(self.path(key), zlib.compress(mentions_to_json(value)), self.key)
        except CacheError as err:
            self._give_up(err)

    def _give_up(self, err: OSError) -> None:
        logger.warning("report cache off for this run: %s", describe(err))
        self.key = None


#: Bump when the JSON layout of cached results changes.
FORMAT = 2


def mentions_to_json(value: Sequence[ResolvedMention]) -> bytes:
    """Results of one report as JSON (``mentions_from_json`` reads them back exactly).

    Mentions of one place share its gazetteer entry: each entry is written once, in
    ``entries``, and a mention names it by its index there.
    """
    entries: dict[int, int] = {}
    table: list[dict[str, Any]] = []
    mentions = []
    for r in value:
        item: dict[str, Any] = {f.name: getattr(r, f.name) for f in fields(r)}
        item["mention"] = {f.name: getattr(r.mention, f.name) for f in fields(r.mention)}
        if r.entry is not None:
            if id(r.entry) not in entries:
                entries[id(r.entry)] = len(table)
                table.append({f.name: getattr(r.entry, f.name) for f in fields(r.entry)})
            item["entry"] = entries[id(r.entry)]
        mentions.append(item)
    record = {"format": FORMAT, "entries": table, "mentions": mentions}
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def mentions_from_json(data: bytes) -> list[ResolvedMention]:
    """Results of one report from ``mentions_to_json``.

    Raises
    ------
    ValueError
        The data is not that format.
    """
    record = json.loads(data)
    if not isinstance(record, dict) or record.get("format") != FORMAT:
        raise ValueError("not a cached result of this version")
    entries = [GazetteerEntry(**entry) for entry in record["entries"]]
    out = []
    for item in record["mentions"]:
        mention = dict(item["mention"])
        mention["candidates"] = tuple(mention["candidates"])
        entry = None if item["entry"] is None else entries[item["entry"]]
        fields_ = {**item, "mention": PlaceMention(**mention), "entry": entry}
        fields_["evidence"] = tuple(item.get("evidence", ()))  # JSON has lists, records tuples
        out.append(ResolvedMention(**fields_))
    return out
