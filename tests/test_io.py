"""All-or-nothing outputs: a set of files is replaced together, whatever fails and whenever.

Fault injection at every file-system step of a commit: a step that fails (an error, as
from a full disk or an immutable file) and a process killed at that step (SIGKILL, in a
child process). After either, the folder holds exactly the previous outputs or exactly
the new ones once any incidentmap run has looked at it again.
"""

from __future__ import annotations

import errno
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from incidentmap import _io
from incidentmap._io import JOURNAL, recover_folder, staged_outputs
from incidentmap.errors import OutputError

NAMES = ("incidents.geojson", "districts.geojson", "mentions.csv", "map.html", "run.json")
OLD = {name: f"old {name}\n" for name in NAMES}
NEW = {name: f"new {name}, longer than before\n" for name in NAMES}
#: The file-system calls a commit makes, patched one at a time to fail or to kill.
STEPS = ("link", "replace", "unlink", "fsync")


def _fill(folder: Path, contents: dict[str, str]) -> None:
    for name, text in contents.items():
        (folder / name).write_text(text, encoding="utf-8")


def _state(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


def _visible(folder: Path) -> dict[str, str]:
    """The outputs, without hidden temporary files a failed clean-up may leave."""
    return {k: v for k, v in _state(folder).items() if not k.startswith(".")}


def _publish(folder: Path, contents: dict[str, str]) -> None:
    with staged_outputs(folder / name for name in contents) as staged:
        for target, path in staged.items():
            path.write_text(contents[target.name], encoding="utf-8")


class _FailAt:
    """Make the ``index``-th call of ``os.<step>`` inside the folder raise ``error``."""

    def __init__(self, folder: Path, step: str, index: int, error: OSError) -> None:
        self.folder, self.step, self.index, self.error = str(folder), step, index, error
        self.calls = 0
        self.real = getattr(os, step)

    def __call__(self, *args, **kwargs):
        first = args[0]
        inside = isinstance(first, int) or str(first).startswith(self.folder)
        if inside and self.calls == self.index:
            self.calls += 1
            raise self.error
        self.calls += inside
        return self.real(*args, **kwargs)


@settings(max_examples=60, deadline=None)
@given(
    step=st.sampled_from(STEPS),
    index=st.integers(0, 11),
    code=st.sampled_from([errno.ENOSPC, errno.EISDIR, errno.EPERM, errno.EIO]),
    new_files=st.sets(st.sampled_from(NAMES), min_size=1),
)
def test_a_failing_step_leaves_the_previous_outputs(step, index, code, new_files):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        _fill(folder, OLD)
        fail = _FailAt(folder, step, index, OSError(code, os.strerror(code)))
        contents = {name: NEW[name] for name in NAMES if name in new_files}
        setattr(_io.os, step, fail)
        try:
            _publish(folder, contents)
        except OSError:
            setattr(_io.os, step, fail.real)
            assert _visible(folder) == OLD  # same files, same bytes
        else:
            setattr(_io.os, step, fail.real)
            assert _visible(folder) == {**OLD, **contents}
        _publish(folder, NEW)  # the folder still takes a build, which tidies what was left
        assert _state(folder) == NEW


def test_a_folder_in_the_way_fails_without_replacing_anything(tmp_path: Path):
    _fill(tmp_path, {n: t for n, t in OLD.items() if n != "map.html"})
    (tmp_path / "map.html").mkdir()
    (tmp_path / "map.html" / "keep").write_text("x", encoding="utf-8")
    before = _state_deep(tmp_path)
    with pytest.raises(OutputError, match=r"map\.html: cannot write \(Is a directory\)"):
        _publish(tmp_path, NEW)
    assert _state_deep(tmp_path) == before


def _state_deep(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): p.read_text(encoding="utf-8") if p.is_file() else "<dir>"
        for p in sorted(folder.rglob("*"))
    }


KILL_CHILD = """
import os, signal, sys
from pathlib import Path
from incidentmap import _io

folder, step, index = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
real = getattr(os, step)
calls = 0

def dying(*args, **kwargs):
    global calls
    if isinstance(args[0], int) or str(args[0]).startswith(str(folder)):
        if calls == index:
            os.kill(os.getpid(), signal.SIGKILL)
        calls += 1
    return real(*args, **kwargs)

setattr(_io.os, step, dying)
with _io.staged_outputs(folder / name for name in sys.argv[4::2]) as staged:
    for target, path in staged.items():
        path.write_text(sys.argv[4 + 2 * sys.argv[4::2].index(target.name) + 1])
print("finished")
"""


@pytest.mark.parametrize(
    ("step", "index"),
    [("link", i) for i in range(5)] + [("replace", i) for i in range(5)]
    + [("unlink", i) for i in range(6)] + [("fsync", i) for i in range(8)],
)  # fmt: skip
def test_a_kill_at_any_step_of_the_commit_is_all_or_nothing(tmp_path: Path, step, index):
    _fill(tmp_path, OLD)
    args = [arg for name in NAMES for arg in (name, NEW[name])]
    child = subprocess.run(
        [sys.executable, "-c", KILL_CHILD, str(tmp_path), step, str(index), *args],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert child.returncode in (0, -signal.SIGKILL), child.stderr
    if step in ("link", "replace"):  # every one of these is a step of the commit
        assert child.returncode == -signal.SIGKILL
    visible = _visible(tmp_path)
    if (tmp_path / JOURNAL).exists():
        recover_folder(tmp_path)  # what the next run into the folder does first
        assert _state(tmp_path) == OLD
    else:
        assert visible in (OLD, NEW)
        recover_folder(tmp_path)
        assert _state(tmp_path) == visible  # hidden leftovers tidied, outputs as they were
    _publish(tmp_path, NEW)
    assert _state(tmp_path) == NEW


def test_a_second_run_waits_for_the_first_and_leaves_its_files_alone(tmp_path: Path):
    _fill(tmp_path, OLD)
    foreign = tmp_path / ".map.html.abc123.tmp"  # e.g. `render` writing map.html right now
    foreign.write_text("someone else's", encoding="utf-8")
    inside = threading.Event()
    release = threading.Event()
    order: list[str] = []

    def first() -> None:
        with staged_outputs([tmp_path / "map.html"]) as staged:
            staged[tmp_path / "map.html"].write_text("first", encoding="utf-8")
            inside.set()
            release.wait(10)
            order.append("first")

    thread = threading.Thread(target=first)
    thread.start()
    assert inside.wait(10)
    started = threading.Thread(target=lambda: (_publish(tmp_path, {"map.html": "second"}),
                                               order.append("second")))  # fmt: skip
    started.start()
    started.join(0.5)
    assert started.is_alive()  # waiting for the lock, not deleting the first run's files
    staged_files = [p for p in tmp_path.iterdir() if p.name.endswith(".stage.tmp")]
    assert len(staged_files) == 1 and staged_files[0].read_text(encoding="utf-8") == "first"
    release.set()
    thread.join(10)
    started.join(10)
    assert order == ["first", "second"]
    assert (tmp_path / "map.html").read_text(encoding="utf-8") == "second"
    assert foreign.read_text(encoding="utf-8") == "someone else's"


def test_an_unreadable_journal_is_ignored_not_trusted(tmp_path: Path):
    _fill(tmp_path, OLD)
    (tmp_path / JOURNAL).write_text(
        json.dumps([{"target": "../../etc/passwd", "staged": "x", "backup": None}]),
        encoding="utf-8",
    )
    recover_folder(tmp_path)
    assert _state(tmp_path) == OLD


# --- single files ----------------------------------------------------------------------------


def test_a_failed_atomic_write_keeps_the_old_file_and_leaves_no_temporary(tmp_path: Path):
    path = tmp_path / "out" / "run.json"
    _io.write_text_atomic(path, "old\n")  # the folder is made
    with pytest.raises(RuntimeError), _io.atomic_writer(path) as handle:
        handle.write("half of the new")
        raise RuntimeError("the writer failed")
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in path.parent.iterdir()] == ["run.json"]


def test_an_atomic_write_has_the_permissions_of_a_plain_one(tmp_path: Path):
    old = os.umask(0o027)
    try:
        _io.write_text_atomic(tmp_path / "a.txt", "x")
        (tmp_path / "b.txt").write_text("x")
    finally:
        os.umask(old)
    modes = {p.name: p.stat().st_mode & 0o777 for p in tmp_path.iterdir()}
    assert modes["a.txt"] == modes["b.txt"] == 0o640


def test_chunks_are_written_with_their_size_and_digest(tmp_path: Path):
    import hashlib

    pieces = ["Quetta, ", "Kharan \u2013 ", "\u06a9\u0648\u0626\u0679\u06c1"]
    got = _io.write_chunks_synced(tmp_path / "x.txt", iter(pieces))
    data = "".join(pieces).encode("utf-8")
    assert (tmp_path / "x.txt").read_bytes() == data
    assert got == {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}


def test_a_lock_that_cannot_be_made_runs_the_block_unlocked(tmp_path: Path):
    ran = []
    with _io.path_lock(tmp_path / "missing-folder" / ".lock"):
        ran.append(1)
    assert ran == [1] and not (tmp_path / "missing-folder").exists()


@pytest.mark.parametrize("name", ["../outside", "", "..", "a/b"])
def test_a_journal_naming_a_file_outside_its_folder_is_not_followed(tmp_path: Path, name: str):
    folder = tmp_path / "out"
    folder.mkdir()
    outside = tmp_path / "outside"
    outside.write_text("keep me", encoding="utf-8")
    entry = {"target": "run.json", "staged": name, "backup": None}
    (folder / JOURNAL).write_text(json.dumps([entry]), encoding="utf-8")
    recover_folder(folder)
    assert outside.read_text(encoding="utf-8") == "keep me"
    assert not (folder / JOURNAL).exists()
