"""What the cache folder holds, how big it is, and removing parts of it (``data clean``).

The per-report results grow by one entry for every version of every report ever built,
and nothing else removes them; the compiled gazetteer leaves one file per data version.
Both are rebuilt on demand, so removing them costs time, never data. The geocoder's
answers and the downloaded datasets are not rebuilt offline: they are removed only when
asked for by name.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from . import settings


@dataclass(frozen=True)
class CachePart:
    """One kind of cache content: its name, what it is, its paths, whether it is rebuilt."""

    name: str
    label: str
    patterns: tuple[str, ...]
    rebuilt: bool

    def paths(self, root: Path) -> list[Path]:
        """The files and folders of this part under ``root`` (the cache folder)."""
        return sorted({p for pattern in self.patterns for p in root.glob(pattern)})


#: The parts of the cache folder, by name.
PARTS = {
    part.name: part
    for part in (
        CachePart(
            "reports",
            "per-report results",
            ("reports/*.json.zlib", "reports/*.pickle"),
            rebuilt=True,
        ),
        CachePart("gazetteer", "compiled gazetteer", ("gazetteer-*",), rebuilt=True),
        CachePart("geocoder", "geocoder answers", ("geocoder.sqlite*",), rebuilt=False),
        CachePart(
            "downloads", "downloaded data and map assets", ("data", "assets"), rebuilt=False
        ),  # fmt: skip
    )
}
#: What ``data clean`` removes when not told otherwise: what the next build rebuilds.
DEFAULT_PARTS = tuple(name for name, part in PARTS.items() if part.rebuilt)


def size_of(path: Path) -> tuple[int, int]:
    """Files and bytes under ``path`` (a file or a folder)."""
    if path.is_file() or path.is_symlink():
        return 1, path.lstat().st_size
    files = [p for p in path.rglob("*") if p.is_file() and not p.is_symlink()]
    return len(files), sum(p.stat().st_size for p in files)


def cache_usage(names: tuple[str, ...] = tuple(PARTS)) -> dict[str, tuple[int, int]]:
    """Files and bytes per part of the cache folder."""
    root = settings.resolved_cache_folder()
    usage = {}
    for name in names:
        sizes = [size_of(path) for path in PARTS[name].paths(root)]
        usage[name] = (sum(f for f, _ in sizes), sum(b for _, b in sizes))
    return usage


def clean_cache(names: tuple[str, ...], *, dry_run: bool = False) -> dict[str, tuple[int, int]]:
    """Remove the named parts of the cache folder; return the files and bytes per part.

    Parameters
    ----------
    names
        Keys of ``PARTS``.
    dry_run
        Only count what would be removed.

    Returns
    -------
    dict
        Per part, the files and bytes removed (or that would be).
    """
    root = settings.resolved_cache_folder()
    removed = {}
    for name in names:
        files = size = 0
        for path in PARTS[name].paths(root):
            count, nbytes = size_of(path)
            files, size = files + count, size + nbytes
            if dry_run:
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)
        removed[name] = (files, size)
    return removed


def megabytes(size: int) -> str:
    """A size for people: ``12.3 MB``."""
    return f"{size / 1e6:.1f} MB"
