"""Cache files that cannot lie: every file carries an HMAC of its content.

The cache folder may be shared (``INCIDENTMAP_CACHE_DIR`` on a team drive) or damaged (a
flipped bit, a full disk, a file cut short). So nothing read from it is trusted until
its HMAC-SHA256 checks out under a secret key of the user running incidentmap:

- a damaged file fails the check and is rebuilt (with a warning), never half-read;
- a file planted by someone else fails it too, because they do not hold the key: the
  per-report results are JSON in any case, and the compiled gazetteer, a pickle (it holds
  an Aho-Corasick automaton that only pickling saves), is never unpickled unless it is a
  file this user wrote.

The key is 32 random bytes in ``.key-<uid>`` in the cache folder, created on first use,
readable by its owner only; a key file that is not the user's own, or that others may
read, is not used (nothing is cached then, with a warning). A cache that cannot be
written (a full disk, a read-only folder) is a warning, not a failed build.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
import pickle
import secrets
import stat
import tempfile
from collections.abc import Callable
from contextlib import suppress
from functools import cache
from pathlib import Path
from typing import Any, TypeVar, cast

from ._io import path_lock

logger = logging.getLogger(__name__)

T = TypeVar("T")
#: First line of every sealed file, followed by the hex HMAC of the rest and a newline.
MAGIC = b"incidentmap-sealed 1\n"
_DIGEST_HEX = 64
_KEY_BYTES = 32


class CacheError(OSError):
    """A cache file or the key cannot be used; callers warn and go on without it."""


def seal(data: bytes, key: bytes) -> bytes:
    """``data`` with its header: the magic line and the HMAC-SHA256 under ``key``."""
    mac = hmac.new(key, data, hashlib.sha256).hexdigest().encode("ascii")
    return MAGIC + mac + b"\n" + data


def unseal(blob: bytes, key: bytes) -> bytes:
    """The data of a sealed file.

    Raises
    ------
    CacheError
        The header is missing or the HMAC does not match (damaged, or not written by us).
    """
    head = len(MAGIC) + _DIGEST_HEX + 1
    if not blob.startswith(MAGIC) or blob[head - 1 : head] != b"\n":
        raise CacheError("not a sealed incidentmap cache file")
    data = blob[head:]
    expected = hmac.new(key, data, hashlib.sha256).hexdigest().encode("ascii")
    if not hmac.compare_digest(expected, blob[len(MAGIC) : head - 1]):
        raise CacheError("checksum mismatch (damaged, or not written by this user)")
    return data


def read_sealed(path: Path, key: bytes) -> bytes | None:
    """The data sealed in ``path``, or None when there is no such file.

    Raises
    ------
    CacheError
        The file cannot be read, or fails its check.
    """
    try:
        blob = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as err:
        raise CacheError(f"cannot read ({err.strerror or err})") from err
    return unseal(blob, key)


def write_sealed(path: Path, data: bytes, key: bytes) -> None:
    """Write ``data`` sealed to ``path`` atomically, under a name no other run uses.

    Raises
    ------
    CacheError
        It cannot be written (the temporary file is removed).
    """
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(seal(data, key))
        os.replace(tmp, path)
    except OSError as err:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        raise CacheError(f"{path}: cannot write ({err.strerror or err})") from err


def user_key(folder: Path) -> bytes:
    """The secret key of the user running us, for the cache files in ``folder``.

    It is made on first use.

    Raises
    ------
    CacheError
        The key file is not this user's own, others may read it, or it cannot be made.
    """
    return _user_key(folder.resolve(), _uid())


def _uid() -> int:
    geteuid: Callable[[], int] | None = getattr(os, "geteuid", None)
    return geteuid() if geteuid is not None else -1  # -1: Windows, no owners to check


@cache
def _user_key(folder: Path, uid: int) -> bytes:
    path = folder / f".key-{uid}" if uid >= 0 else folder / ".key"
    if not path.exists():
        _create_key(path)
    try:
        info = path.lstat()
        key = path.read_bytes()
    except OSError as err:
        raise CacheError(f"{path}: cannot read the cache key ({err.strerror or err})") from err
    if uid >= 0 and (not stat.S_ISREG(info.st_mode) or info.st_uid != uid or info.st_mode & 0o077):
        raise CacheError(f"{path}: cache key not private to this user; not used")
    if len(key) != _KEY_BYTES:
        raise CacheError(f"{path}: cache key damaged (delete it to start a new cache)")
    return key


def _create_key(path: Path) -> None:
    """Write a new key under a temporary name, then link it in: no run sees half a key."""
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=".key.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:  # mkstemp: mode 0600, owned by us
            handle.write(secrets.token_bytes(_KEY_BYTES))
        with suppress(FileExistsError):  # another run made one first: use that
            os.link(tmp, path)
    except OSError as err:
        raise CacheError(f"{path}: cannot create the cache key ({err.strerror or err})") from err
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)


def cached_object(path: Path, build: Callable[[], T], *, valid: Callable[[Any], bool]) -> T:
    """The object pickled in the sealed file ``path``, or ``build()`` stored there.

    Only a file that passes its HMAC check is unpickled, and only an object ``valid``
    accepts is returned; anything else is built again (a warning says why). Runs that
    find no usable file take turns (a lock beside the file), so the first one builds and
    the others load its result. A file that cannot be written costs a warning.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        key = user_key(path.parent)
    except OSError as err:  # CacheError included
        logger.warning("%s; %s not cached", describe(err), path.name)
        return build()
    found = cast("T | None", _load(path, key, valid))
    if found is not None:
        return found
    with path_lock(path.with_name(path.name + ".lock")):
        found = cast("T | None", _load(path, key, valid))  # built meanwhile by another run?
        if found is not None:
            return found
        made = build()
        try:
            write_sealed(path, pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL), key)
        except CacheError as err:
            logger.warning("%s; not cached", err)
    return made


def describe(err: OSError) -> str:
    """An error of the cache as ``path: reason`` (a ``CacheError`` says it so already)."""
    if isinstance(err, CacheError) or err.filename is None:
        return str(err)
    return f"{err.filename}: {err.strerror or err}"


def _load(path: Path, key: bytes, valid: Callable[[Any], bool]) -> Any | None:
    """The valid object sealed in ``path``, or None (with a warning when it is unusable)."""
    try:
        data = read_sealed(path, key)
        if data is None:
            return None
        found = pickle.loads(data)  # noqa: S301 - sealed with this user's key
    except Exception as err:  # noqa: BLE001 - any damage means: build it again
        logger.warning("%s: cache file unusable (%s); rebuilding it", path, err)
        with suppress(OSError):
            path.unlink()
        return None
    if not valid(found):
        logger.warning("%s: cache file holds another version; rebuilding it", path)
        return None
    return found
