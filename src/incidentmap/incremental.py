"""Per-report results cached by content, so a rebuild only parses what changed.

The key is the sha256 of the report (id, text, metadata) together with the versions of
the gazetteer and of the rules (the source of the stages that produce mentions), so an
edit to a report, to the reference data or to the code invalidates exactly what it must.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
from functools import cache
from pathlib import Path

from . import settings
from .models import Report, ResolvedMention

logger = logging.getLogger(__name__)
_RULE_MODULES = ("extract.py", "roles.py", "geocode/resolve.py", "geocode/score.py",
                 "geocode/decision_model.json", "decide.py", "_text.py", "models.py", "pipeline.py",
                 "dates.py")  # fmt: skip


@cache
def rules_version() -> str:
    """A digest of the code and calibration that turn a report into mentions."""
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in _RULE_MODULES:
        path = here / name
        if path.is_file():
            digest.update(path.read_bytes())
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
    """A folder of pickled results, one file per report key."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or settings.resolved_cache_folder() / "reports"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> list[ResolvedMention] | None:
        """The cached results, or None (a damaged file counts as a miss)."""
        path = self.folder / f"{key}.pickle"
        try:
            with path.open("rb") as handle:
                value = pickle.load(handle)  # noqa: S301 - our own cache
        except FileNotFoundError:
            self.misses += 1
            return None
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            logger.warning("report cache %s unreadable; parsing again", path.name)
            self.misses += 1
            return None
        self.hits += 1
        return list(value)

    def put(self, key: str, value: list[ResolvedMention]) -> None:
        """Store results atomically."""
        path = self.folder / f"{key}.pickle"
        fd, tmp = tempfile.mkstemp(prefix=f".{key}.", suffix=".tmp", dir=self.folder)
        with os.fdopen(fd, "wb") as handle:  # a unique name: concurrent builds may share it
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
