"""``run.json``: one record of a run, filled in as the steps go, turned into JSON here only.

The pipeline's steps set the fields of one ``RunRecord`` (what was read and skipped, the
data used, the timings, what the optional steps did); ``as_dict`` is the only place that
gives ``run.json`` its shape, so a new entry is one field and one line there.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from . import __version__
from .models import SkippedReport
from .sources import Skipped

T = TypeVar("T")
_END: Any = object()


def now() -> str:
    """The current time, as ``run.json`` writes it (UTC, to the second)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class Streamed(list[Any]):
    """A list that ``json`` writes without holding it: its items come from ``source``.

    ``run.json`` lists every report read; on a large corpus that list is read from the
    run's store as it is written (``RunRecord.chunks``), never built. Iterating calls
    ``source`` again; ``len`` is given (or counted by iterating, when None).
    """

    def __init__(self, source: Callable[[], Iterable[Any]], length: int | None = None) -> None:
        super().__init__()
        self.source = source
        self.length = length

    def __iter__(self) -> Iterator[Any]:
        return iter(self.source())

    def __len__(self) -> int:
        if self.length is None:
            self.length = sum(1 for _ in self)
        return self.length

    def __bool__(self) -> bool:
        return len(self) > 0


@dataclass
class Counts:
    """What a run found: the ``counts`` of ``run.json``.

    They reconcile: ``mentions_found = mentions_resolved + mentions_unresolved +
    mentions_filtered`` (placed, but outside the ``--since``/``--until`` window), and
    ``mentions_resolved`` equals ``mentions_in_layer``, the sum of ``n_mentions`` over the
    layer's features (every resolved mention is in the layer; every other mention is a
    row of ``mentions.csv`` that says why not).
    """

    mentions_found: int = 0
    mentions_resolved: int = 0
    mentions_filtered: int = 0
    mentions_in_layer: int = 0
    places: int = 0
    incident_places: int = 0
    districts_with_incidents: int = 0
    reports_parsed: int = 0
    reports_from_cache: int = 0
    events: int = 0


@dataclass
class RunRecord:
    """Everything ``run.json`` says about one run.

    Attributes
    ----------
    reports, skipped
        The reports read (``doc_id``, ``path``, metadata, ``characters``; perhaps
        ``Streamed``), and those skipped with the reason (``Skipped`` also carries the
        warnings about reports read with a caveat).
    counts
        What was found (``Counts``).
    gazetteer, districts
        The versions of the reference data used.
    timings
        Seconds per step (``timed``).
    corrections, time_window, online, scheduler
        What the optional steps did (None where a step did not run).
    aggregates
        The figures reports give for a whole wave rather than one event.
    options, outputs
        What ``build`` was asked for (resolved) and what it wrote; None after ``analyse``.
    """

    started: str = field(default_factory=now)
    reports: Sequence[dict[str, Any]] = ()
    skipped: Sequence[SkippedReport] = ()
    counts: Counts = field(default_factory=Counts)
    gazetteer: dict[str, Any] = field(default_factory=dict)
    districts: dict[str, Any] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    corrections: dict[str, Any] = field(default_factory=dict)
    time_window: dict[str, str | None] | None = None
    online: dict[str, Any] | None = None
    scheduler: str | None = None
    aggregates: Sequence[dict[str, Any]] = ()
    options: dict[str, Any] | None = None
    outputs: dict[str, dict[str, Any]] | None = None
    finished: str | None = None

    @contextmanager
    def timed(self, step: str) -> Iterator[None]:
        """Add the seconds the block takes to the step's timing."""
        clock = time.perf_counter()
        try:
            yield
        finally:
            self.timings[step] = self.timings.get(step, 0.0) + time.perf_counter() - clock

    def timed_iter(self, step: str, items: Iterable[T]) -> Iterator[T]:
        """``items``, adding the seconds spent making each one to the step's timing."""
        iterator = iter(items)
        while True:
            with self.timed(step):
                item = next(iterator, _END)
            if item is _END:
                return
            yield item

    def as_dict(self) -> dict[str, Any]:
        """The record as ``run.json`` holds it (keys in a fixed order)."""
        warnings = self.skipped.warnings if isinstance(self.skipped, Skipped) else []
        c = self.counts
        run: dict[str, Any] = {
            "incidentmap": __version__,
            "started": self.started,
            "read": self.reports,
            "skipped": [{"path": s.path, "reason": s.reason} for s in self.skipped],
            "warnings": [{"path": w.path, "reason": w.reason} for w in warnings],
            "counts": {
                "reports_read": len(self.reports),
                "reports_skipped": len(self.skipped),
                "reports_with_warnings": len({w.path for w in warnings}),
                "mentions_found": c.mentions_found,
                "mentions_resolved": c.mentions_resolved,
                "mentions_unresolved": c.mentions_found - c.mentions_resolved - c.mentions_filtered,
                "mentions_filtered": c.mentions_filtered,
                "mentions_in_layer": c.mentions_in_layer,
                "places": c.places,
                "incident_places": c.incident_places,
                "context_places": c.places - c.incident_places,
                "districts_with_incidents": c.districts_with_incidents,
                "reports_parsed": c.reports_parsed,
                "reports_from_cache": c.reports_from_cache,
                "events": c.events,
            },
            "data": {**self.gazetteer, "districts": self.districts},
            "timings": {k: round(v, 4) for k, v in self.timings.items()},
            "corrections": self.corrections,
        }
        optional = {"time_window": self.time_window, "online": self.online,
                    "scheduler": self.scheduler}  # fmt: skip
        run |= {k: v for k, v in optional.items() if v is not None}
        run["aggregates"] = self.aggregates
        later = {"options": self.options, "outputs": self.outputs, "finished": self.finished}
        return run | {k: v for k, v in later.items() if v is not None}

    def chunks(self) -> Iterator[str]:
        """``run.json``'s text in pieces; its long lists are read as they are written."""
        yield from json.JSONEncoder(ensure_ascii=False, indent=2).iterencode(self.as_dict())
        yield "\n"
