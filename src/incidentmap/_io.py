"""Atomic file output: write to a temporary file beside the target, then rename.

``atomic_writer`` replaces one file; ``staged_outputs`` replaces a set of files together,
or not at all:

1. The folder is locked (``path_lock``), so two builds into one folder take turns
   instead of treading on each other's temporary files.
2. Every file is written in full to a hidden staged file (``.<name>.*.stage.tmp``).
3. The commit keeps the previous version of each target under a second name (a hard
   link, ``.<name>.*.backup.tmp``), writes a journal (``.incidentmap-commit.tmp``) that
   lists staged files and backups, then renames the staged files over the targets.
4. A rename that fails (a folder where ``map.html`` should be, an immutable file) rolls
   back the renames already made, from the backups: the folder holds the previous outputs.
   A build killed between two renames leaves the journal, and the next build into the
   folder rolls the interrupted commit back before it writes.

Temporary names carry the role of the file (``stage``, ``backup``), and only those are
tidied, only under the lock: another program's temporary files (``render`` writing a
``map.html`` with ``atomic_writer``, say) are never touched.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import secrets
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import IO, Any

from .errors import OutputError

logger = logging.getLogger(__name__)

#: The commit journal of ``staged_outputs`` (present only while a commit is under way).
JOURNAL = ".incidentmap-commit.tmp"
_STAGE = ".stage.tmp"
_BACKUP = ".backup.tmp"


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


def write_chunks_synced(path: str | Path, pieces: Iterable[str | bytes]) -> dict[str, Any]:
    """Write ``pieces`` to ``path`` (text as UTF-8) and flush to disk; return bytes and sha256.

    The output is never held whole: each piece is encoded, hashed and written in turn.
    """
    digest = hashlib.sha256()
    size = 0
    with open(path, "wb") as handle:
        for piece in pieces:
            data = piece.encode("utf-8") if isinstance(piece, str) else piece
            digest.update(data)
            size += len(data)
            handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    return {"bytes": size, "sha256": digest.hexdigest()}


@contextmanager
def path_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``path``, a folder or a lock file (made if missing).

    The lock is ``flock``: it leaves nothing behind in a folder and dies with the process
    that held it, so a killed run never leaves a stale lock. A second holder waits, with a
    message. Where there are no locks (Windows, some network file systems, a lock file
    that cannot be made) the block runs unlocked.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        yield
        return
    flags = os.O_RDONLY
    if not path.is_dir():
        flags |= os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, 0o644)
    except OSError as err:
        logger.debug("%s: not locked (%s)", path, err)
        yield
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            logger.warning("%s: another incidentmap run is writing here; waiting", path)
            fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as err:  # no locks on this file system
            logger.debug("%s: not locked (%s)", path, err)
        yield
    finally:
        os.close(fd)  # releases the lock


@contextmanager
def staged_outputs(targets: Iterable[str | Path]) -> Iterator[dict[Path, Path]]:
    """Replace a set of files in one folder together, or not at all (see the module notes).

    Yields a mapping from each target to an empty hidden staged file beside it; the
    block writes every output to its staged file. When the block ends without error, the
    staged files replace the targets; if any replacement fails, the ones made are undone
    and an ``OutputError`` names the target. If the block raises, the staged files are
    removed and no target has changed.

    Parameters
    ----------
    targets
        The output files, all in one folder.

    Yields
    ------
    dict
        Target path to staged path.

    Raises
    ------
    OutputError
        A target cannot be replaced (the previous outputs are then back in place).
    """
    paths = [Path(t) for t in targets]
    folders = {p.parent for p in paths}
    if len(folders) != 1:
        raise ValueError("staged_outputs replaces files of one folder")
    (folder,) = folders
    folder.mkdir(parents=True, exist_ok=True)
    with path_lock(folder):
        recover_folder(folder)
        staged: dict[Path, Path] = {}
        try:
            for target in paths:
                staged[target] = _new_name(target, _STAGE, create=True)
            yield dict(staged)
            _commit(folder, staged)
        finally:
            for staged_path in staged.values():
                _remove(staged_path)


def _new_name(target: Path, role: str, *, create: bool = False) -> Path:
    """A fresh hidden name beside ``target`` for a file of ``role`` (stage or backup)."""
    if create:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=role, dir=target.parent)
        os.close(fd)
        os.chmod(name, 0o666 & ~_umask())
        return Path(name)
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}{role}")


def _commit(folder: Path, staged: dict[Path, Path]) -> None:
    """Rename the staged files over their targets; on failure put the old ones back."""
    journal = folder / JOURNAL
    entries = []
    try:
        for target, staged_path in staged.items():
            entries.append({"target": target.name, "staged": staged_path.name,
                            "backup": _backup(target)})  # fmt: skip
        _write_journal(journal, entries)
        for target, staged_path in staged.items():
            try:
                os.replace(staged_path, target)
            except OSError as err:
                raise OutputError(f"{target}: cannot write ({err.strerror or err})") from err
        _fsync_dir(folder)
        journal.unlink(missing_ok=True)  # the commit point: from here the new outputs stand
    except BaseException:
        _roll_back(folder, entries)
        raise
    for entry in entries:
        if entry["backup"]:
            _remove(folder / entry["backup"])


def _backup(target: Path) -> str | None:
    """Keep the current ``target`` under a hidden second name; return that name (or None).

    A hard link costs no copy; file systems without them get a copy.
    """
    if not target.is_file():
        return None  # nothing to keep (a folder in the way fails the rename, with a message)
    backup = _new_name(target, _BACKUP)
    try:
        os.link(target, backup, follow_symlinks=False)
    except OSError:
        try:
            shutil.copy2(target, backup)
        except OSError as err:
            raise OutputError(f"{target}: cannot keep a backup ({err.strerror or err})") from err
    return backup.name


def _write_journal(journal: Path, entries: list[dict[str, Any]]) -> None:
    """Write the commit journal and make it (and the backups' names) durable."""
    with open(journal, "w", encoding="utf-8") as handle:
        json.dump(entries, handle)
        handle.flush()
        os.fsync(handle.fileno())
    _fsync_dir(journal.parent)


def _roll_back(folder: Path, entries: list[dict[str, Any]]) -> None:
    """Undo a commit: a target whose staged file is gone gets its backup (or goes).

    Safe to repeat: a roll-back killed half-way is finished by the next run. The journal
    is removed once every target is back; if that fails, it stays for the next run.
    """
    try:
        for entry in entries:
            target = folder / entry["target"]
            backup = folder / entry["backup"] if entry["backup"] else None
            if (folder / entry["staged"]).exists():  # never renamed: the target is as it was
                if backup is not None:
                    backup.unlink(missing_ok=True)
                continue
            if backup is None:
                target.unlink(missing_ok=True)  # a new output: there was none before
            elif backup.exists():  # (else restored by an earlier try)
                os.replace(backup, target)
        _fsync_dir(folder)
    except OSError as err:
        logger.warning("%s: could not restore the previous outputs yet (%s)", folder, err)
        return
    (folder / JOURNAL).unlink(missing_ok=True)


def recover_folder(folder: Path) -> None:
    """Roll back a commit a killed run left half done, and remove its temporary files.

    Call it with the folder locked: then every staged or backup file in it belongs to a run
    that is over.
    """
    journal = folder / JOURNAL
    if journal.is_file():
        try:
            entries = json.loads(journal.read_text(encoding="utf-8"))
            names_ok = all(
                isinstance(e, dict) and all(_plain_name(e.get(k)) for k in ("target", "staged"))
                and (e.get("backup") is None or _plain_name(e["backup"]))
                for e in entries
            )  # fmt: skip
        except (OSError, ValueError, TypeError):
            names_ok = False
        if names_ok:
            logger.warning("%s: rolling back the outputs of a run that was interrupted", folder)
            _roll_back(folder, entries)
        else:
            logger.warning("%s: ignoring an unreadable %s", folder, JOURNAL)
            journal.unlink(missing_ok=True)
    if (folder / JOURNAL).exists():
        raise OutputError(f"{folder}: an interrupted run could not be rolled back")
    for leftover in [*folder.glob(f".*{_STAGE}"), *folder.glob(f".*{_BACKUP}")]:
        _remove(leftover)


def _remove(path: Path) -> None:
    """Remove a temporary file if it is there; one that cannot go is tidied next run."""
    with suppress(OSError):
        path.unlink(missing_ok=True)


def _plain_name(value: Any) -> bool:
    """True for a bare file name (a journal entry never points outside its folder)."""
    return (
        isinstance(value, str)
        and value not in {"", ".", ".."}
        and "/" not in value
        and (os.sep not in value)
    )


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
