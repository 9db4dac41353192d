"""``build --watch``: rebuild when a report under the sources changes.

Polling file sizes and modification times keeps this dependency-free and works on every
file system (network shares included); a report folder changes at human speed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from .errors import IncidentMapError
from .sources import own_outputs

logger = logging.getLogger(__name__)


def snapshot(sources: Sequence[str | Path]) -> dict[str, tuple[int, int]]:
    """Size and modification time of every file under the sources.

    Hidden files and the outputs of a build into a source folder (``own_outputs``) are
    left out, so that writing them does not count as a change.
    """
    state: dict[str, tuple[int, int]] = {}
    outputs: dict[Path, frozenset[str]] = {}
    for source in sources:
        path = Path(source)
        files = sorted(path.rglob("*")) if path.is_dir() else [path]
        for file in files:
            if any(part.startswith(".") for part in file.parts[-2:]):
                continue
            if file.parent not in outputs:
                outputs[file.parent] = own_outputs(file.parent)
            if file.name in outputs[file.parent]:
                continue  # our own outputs: writing them must not trigger a rebuild
            try:
                info = file.stat()
            except OSError:
                continue
            if file.is_file():
                state[str(file)] = (info.st_size, info.st_mtime_ns)
    return state


def watch_sources(
    sources: Sequence[str | Path],
    rebuild: Callable[[], None],
    *,
    interval: float = 2.0,
    max_rebuilds: int | None = None,
    on_error: Callable[[IncidentMapError], None] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> int:
    """Build once, then again after every change; return the number of builds.

    A build that fails with a library error (a bad corrections file, say) is reported
    through ``on_error`` and the watch goes on. ``max_rebuilds`` bounds the loop (None:
    until interrupted); ``sleep`` waits between polls.
    """
    builds = 0
    state: dict[str, tuple[int, int]] | None = None
    while max_rebuilds is None or builds <= max_rebuilds:
        current = snapshot(sources)
        if current != state:
            state = current
            try:
                rebuild()
            except IncidentMapError as err:
                if on_error is None:
                    raise
                on_error(err)
            builds += 1
            if max_rebuilds is not None and builds > max_rebuilds:
                break
        sleep(interval)
    return builds
