"""Atomic file output: write to a temporary file beside the target, then rename.

``atomic_writer`` replaces one file; ``staged_outputs`` replaces a set of files together:
every file of a run is written in full to a hidden temporary file in its folder first,
and the temporary files are renamed over the targets only once all of them are written.
A run that fails or is killed before that point leaves every previous output untouched.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any


@contextmanager
def atomic_writer(path: str | Path, *, mode: str = "w") -> Iterator[IO[str]]:
    """Open a temporary file for writing; on success it replaces ``path`` in one step.

    If the block raises (or the process dies), ``path`` keeps its previous content and
    the temporary file is removed (or left with a ``.tmp`` suffix a later run ignores).
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.chmod(tmp, 0o666 & ~_umask())
    try:
        with os.fdopen(fd, mode, encoding="utf-8", newline="") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (UTF-8)."""
    with atomic_writer(path) as handle:
        handle.write(text)


def write_chunks_synced(path: str | Path, pieces: Iterable[str]) -> dict[str, Any]:
    """Write ``pieces`` to ``path`` as UTF-8 and flush to disk; return bytes and sha256.

    The output is never held whole: each piece is encoded, hashed and written in turn.
    """
    digest = hashlib.sha256()
    size = 0
    with open(path, "wb") as handle:
        for piece in pieces:
            data = piece.encode("utf-8")
            digest.update(data)
            size += len(data)
            handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return {"bytes": size, "sha256": digest.hexdigest()}


@contextmanager
def staged_outputs(targets: Iterable[str | Path]) -> Iterator[dict[Path, Path]]:
    """Replace a set of files together, or not at all.

    Yields a mapping from each target to an empty hidden temporary file in the target's
    folder; the block writes every output to its temporary file. When the block ends
    without error, each temporary file is renamed over its target (renames within a
    folder are atomic and take microseconds, so no target is ever half-written). If the
    block raises, the temporary files are removed and no target has changed. If the
    process is killed, the targets are untouched too, and the leftover temporary files
    (``.<name>.*.tmp``) are removed by the next run into the same folder.

    Parameters
    ----------
    targets
        The output files.

    Yields
    ------
    dict
        Target path to temporary path.
    """
    staged: dict[Path, Path] = {}
    try:
        for target in map(Path, targets):
            target.parent.mkdir(parents=True, exist_ok=True)
            for stale in target.parent.glob(f".{target.name}.*.tmp"):
                stale.unlink(missing_ok=True)
            fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            os.close(fd)
            os.chmod(name, 0o666 & ~_umask())
            staged[target] = Path(name)
        yield dict(staged)
        for target, staged_path in staged.items():
            os.replace(staged_path, target)
        for folder in {target.parent for target in staged}:
            _fsync_dir(folder)
    except BaseException:
        for staged_path in staged.values():
            staged_path.unlink(missing_ok=True)
        raise


def _fsync_dir(folder: Path) -> None:
    """Make renames in ``folder`` durable (where the platform allows opening folders)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
