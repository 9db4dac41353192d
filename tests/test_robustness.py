"""Whatever an analyst feeds ``build``: bad files are named, nothing is lost, outputs stay whole.

The ``mixed`` folder holds the real seed reports beside every kind of bad input: empty,
binary, oversized (a sparse 200 MB file), other encodings, broken front matter, broken
JSONL lines, duplicate doc ids and a PDF.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from incidentmap._io import JOURNAL
from incidentmap.cli import main
from incidentmap.options import BuildOptions
from incidentmap.pipeline import OUTPUT_FILES, build
from incidentmap.sources import reports_from_paths

#: Paths (relative to the mixed folder) and the start of the reason each is skipped for.
SKIPPED = {
    "empty.txt": "empty file",
    "noise.txt": "binary file",
    "huge.txt": "file is 200 MB, over the",
    "scan.pdf": "unsupported file type '.pdf'",
    "feed.jsonl:2": "invalid JSON",
    "feed.jsonl:3": "record has no 'text' string",
    "feed.jsonl:5": "line over the",
}
WARNED = {
    "broken-front.md": "malformed YAML front matter",
    "windows.txt": "not UTF-8: decoded as cp1252",
    "wide.txt": "not UTF-8: decoded as UTF-16",
    "seed-000.txt": "duplicate doc_id 'seed-000' renamed 'seed-000~2'",
    "feed.jsonl:1": "1 lone surrogate escape(s) replaced by U+FFFD",
}


@pytest.fixture(scope="module")
def mixed_dir(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    folder = tmp_path_factory.mktemp("mixed")
    for seed in sorted(seeds_dir.glob("*.txt")):
        shutil.copyfile(seed, folder / seed.name)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "noise.txt").write_bytes(bytes(range(256)) * 8)
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(200_000_000)  # sparse: no disk, no time
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "broken-front.md").write_text(
        # An unknown area with no town or district named: the build's unresolved row.
        "---\ntitle: [never closed\n---\nFiring was heard in the Zizzar area on Friday, "
        "Inspector General Mohsin Hassan Butt said.\n",
        encoding="utf-8",
    )
    (folder / "windows.txt").write_bytes(
        "Militants attacked the Levies post in Kharan on Saturday, the district\u2019s "
        "caf\u00e9 owner said.\n".encode("cp1252")
    )
    (folder / "wide.txt").write_bytes("Gunmen attacked a bank in Mastung.\n".encode("utf-16"))
    records = [
        json.dumps(
            {"id": "j1", "title": "Gwadar", "text": "A blast hit Gwadar port \ud800 today."}
        ),
        "{broken",
        json.dumps({"id": "j3", "title": "no text"}),
        json.dumps({"id": "seed-000", "text": "Security forces repulsed an attack in Pasni."}),
    ]
    with (folder / "feed.jsonl").open("wb") as handle:
        handle.write("\n".join(records).encode() + b"\n")
        handle.write(b'{"id": "huge", "text": "')  # line 5: 200 MB, streamed past
        handle.truncate(200_000_000)
        handle.seek(0, os.SEEK_END)
        handle.write(b'"}\n' + json.dumps({"id": "j6", "text": "Clashes in Panjgur."}).encode())
    return folder


@pytest.fixture(scope="module")
def mixed_build(mixed_dir: Path, tmp_path_factory: pytest.TempPathFactory):
    return build([mixed_dir], tmp_path_factory.mktemp("mixed-out"), BuildOptions(tiles="none"))


def _relative(path: str, folder: Path) -> str:
    return path.removeprefix(f"{folder}{os.sep}")


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _previous_outputs(seeds_build, out: Path) -> dict[str, bytes]:
    """Fill ``out`` with a finished build's outputs (the seeds) and return their bytes."""
    out.mkdir(parents=True, exist_ok=True)
    for path in seeds_build.outputs.values():
        shutil.copyfile(path, out / path.name)
    return _snapshot(out)


# --- bad input is named, good input still counts ----------------------------------------


def test_mixed_folder_builds_and_names_every_bad_file(runner, mixed_dir: Path, tmp_path: Path):
    result = runner.invoke(main, ["build", str(mixed_dir), "-o", str(tmp_path), "--tiles", "none"])
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    for name, reason in SKIPPED.items():
        assert any(line.startswith(f"skipped {mixed_dir / name}: {reason}") for line in lines), name
    for name, reason in WARNED.items():
        assert any(line.startswith(f"warning {mixed_dir / name}: {reason}") for line in lines), name
    assert len(lines) == len(SKIPPED) + len(WARNED)
    assert result.stdout.startswith("8 reports, ")

    run = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    skipped = {_relative(s["path"], mixed_dir): s["reason"] for s in run["skipped"]}
    warned = {_relative(w["path"], mixed_dir): w["reason"] for w in run["warnings"]}
    assert set(skipped) == set(SKIPPED) and set(warned) == set(WARNED)
    assert all(skipped[k].startswith(v) for k, v in SKIPPED.items())
    assert all(warned[k].startswith(v) for k, v in WARNED.items())
    counts = run["counts"]
    assert counts["reports_read"] == 8 and counts["reports_skipped"] == len(SKIPPED)
    assert counts["reports_with_warnings"] == len(WARNED)
    for name, digest in run["outputs"].items():  # run.json pins the bytes it describes
        assert hashlib.sha256((tmp_path / name).read_bytes()).hexdigest() == digest["sha256"]
    ids = [r["doc_id"] for r in run["read"]]
    assert len(ids) == len(set(ids)) and {"seed-000", "seed-000~2", "j1", "j6"} <= set(ids)


def test_strict_refuses_a_bad_report_in_one_line(runner, mixed_dir: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(mixed_dir), "-o", str(out), "--strict"])
    assert result.exit_code == 1
    assert result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"Error: {mixed_dir}") and "Traceback" not in result.output
    assert any(reason in line for reason in SKIPPED.values())
    assert not out.exists()


def test_strict_accepts_reports_read_with_a_warning(runner, mixed_dir: Path, tmp_path: Path):
    result = runner.invoke(
        main, ["build", str(mixed_dir / "windows.txt"), "-o", str(tmp_path), "--strict"]
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"warning {mixed_dir / 'windows.txt'}: not UTF-8")


def test_no_readable_report_is_exit_1_naming_the_files(runner, mixed_dir: Path, tmp_path: Path):
    result = runner.invoke(
        main, ["build", str(mixed_dir / "empty.txt"), str(mixed_dir / "noise.txt"), "-o",
               str(tmp_path / "out")],
    )  # fmt: skip
    assert result.exit_code == 1
    (line,) = result.stderr.splitlines()
    assert line.startswith("Error: no readable reports in ")
    assert f"{mixed_dir / 'empty.txt'}: empty file" in line and "binary file" in line


@pytest.mark.parametrize(
    "args",
    [
        ["build"],
        ["build", "x.txt", "--workers", "0"],
        ["build", "x.txt", "--min-confidence", "2"],
        ["build", "x.txt", "--no-such-option"],
        ["no-such-command"],
    ],
)
def test_usage_errors_exit_2(runner, args: list[str]):
    result = runner.invoke(main, args)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output


def test_outdir_that_is_a_file_is_a_usage_error(runner, mixed_dir: Path, tmp_path: Path):
    blocker = tmp_path / "out"
    blocker.write_text("not a folder")
    result = runner.invoke(main, ["build", str(mixed_dir / "windows.txt"), "-o", str(blocker)])
    assert result.exit_code == 2 and "is a file" in result.stderr


def test_unexpected_error_is_one_line_and_debug_shows_it(
    runner, mixed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def broken(*args, **kwargs):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr("incidentmap.pipeline.geoparse_reports", broken)
    args = ["build", str(mixed_dir / "windows.txt"), "-o", str(tmp_path), "--no-cache"]
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    assert result.stderr == (
        "Error: unexpected RuntimeError: boom second line (run with --debug for details)\n"
    )
    debug = runner.invoke(main, ["--debug", *args])
    assert debug.exit_code == 1 and isinstance(debug.exception, RuntimeError)


def test_a_folder_and_files_named_in_no_valid_utf8_build(runner, tmp_path: Path):
    """Names keep their bytes on disk; outputs show them escaped (run.json stays UTF-8)."""
    folder = os.fsdecode(os.fsencode(tmp_path) + b"/caf\xe9")
    os.mkdir(folder)
    Path(folder, os.fsdecode(b"r\xe9port.txt")).write_text(
        "Militants attacked a Levies post in Nushki on Saturday, officials in Quetta said.\n",
        encoding="utf-8",
    )
    Path(folder, "corrections.csv").write_text(
        "doc_id,surface,place,fix,value,note\n,Quetta,,role,context,\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", folder, "-o", str(out), "--tiles", "none"])
    assert result.exit_code == 0, result.output
    run = json.loads((out / "run.json").read_bytes().decode("utf-8"))
    assert [r["doc_id"] for r in run["read"]] == ["r\\xe9port"]
    assert run["corrections"]["files"] == [f"{tmp_path}/caf\\xe9/corrections.csv"]
    assert "r\\xe9port" in (out / "mentions.csv").read_bytes().decode("utf-8")


# --- nothing found is lost ---------------------------------------------------------------


def test_every_mention_found_is_in_the_layer_or_an_unresolved_row(mixed_build, mixed_dir):
    texts = {r.doc_id: r.text for r in reports_from_paths([mixed_dir])[0]}
    layer = json.loads(mixed_build.outputs["incidents"].read_text(encoding="utf-8"))
    in_layer = {
        (m["doc_id"], m["start"], m["end"]): feature["id"]
        for feature in layer["features"]
        for m in feature["properties"]["mentions"]
    }
    with mixed_build.outputs["mentions"].open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    resolved = [r for r in rows if r["status"] == "resolved"]
    unresolved = [r for r in rows if r["status"] == "unresolved"]
    assert len(resolved) + len(unresolved) == len(rows) and unresolved
    for row in rows:
        start, end = int(row["start"]), int(row["end"])
        assert texts[row["doc_id"]][start:end] == row["surface"]
    placed = {(r["doc_id"], int(r["start"]), int(r["end"])): r["place_id"] for r in resolved}
    # A feature lists its strongest mentions (mentions_truncated where some are left out)
    # and counts them all; mentions.csv has every one.
    assert in_layer.items() <= placed.items()
    per_place = Counter(placed.values())
    for feature in layer["features"]:
        props = feature["properties"]
        assert props["n_mentions"] == per_place[feature["id"]]
        cut = len(props["mentions"]) < props["n_mentions"]
        assert props.get("mentions_truncated", False) == cut
    assert any(f["properties"].get("mentions_truncated") for f in layer["features"])
    assert all(r["reason"] and not r["lat"] and not r["place_id"] for r in unresolved)
    counts = mixed_build.run["counts"]
    assert counts["mentions_found"] == len(rows)
    assert counts["mentions_resolved"] == len(resolved) == counts["mentions_in_layer"]
    assert counts["mentions_unresolved"] == len(unresolved)
    assert {r["doc_id"] for r in rows} >= {"j1", "j6", "seed-000~2", "windows", "wide"}


def test_reports_naming_no_place_still_build(runner, tmp_path: Path):
    report = tmp_path / "quiet.txt"
    report.write_text("Nothing of note happened today, a spokesman said.\n", encoding="utf-8")
    result = runner.invoke(main, ["build", str(report), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    layer = json.loads((tmp_path / "out" / "incidents.geojson").read_text(encoding="utf-8"))
    assert layer == {"type": "FeatureCollection", "features": []}


# --- atomic outputs ------------------------------------------------------------------------


def test_failed_write_names_the_file_and_keeps_previous_outputs(
    runner, seeds_build, mixed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    before = _previous_outputs(seeds_build, tmp_path)
    import incidentmap.pipeline as pipeline

    real = pipeline.write_chunks_synced

    def disk_full_on_the_page(path, pieces):
        if Path(path).name.startswith(".map.html."):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, pieces)

    monkeypatch.setattr(pipeline, "write_chunks_synced", disk_full_on_the_page)
    result = runner.invoke(main, ["build", str(mixed_dir), "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"Error: {tmp_path / 'map.html'}: cannot write (No space left on device)"
    )
    assert _snapshot(tmp_path) == before  # same files, same bytes, no temporary files


def test_writer_failing_after_the_first_file_keeps_previous_outputs(
    runner, seeds_build, mixed_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    before = _previous_outputs(seeds_build, tmp_path)
    import incidentmap.pipeline as pipeline

    real = pipeline.write_chunks_synced
    written: list[Path] = []

    def fail_second(path, pieces):
        if written:
            raise RuntimeError("interrupted")
        done = real(path, pieces)
        written.append(Path(path))
        return done

    monkeypatch.setattr(pipeline, "write_chunks_synced", fail_second)
    result = runner.invoke(main, ["build", str(mixed_dir), "-o", str(tmp_path)])
    assert result.exit_code == 1 and "interrupted" in result.stderr
    assert written and written[0].parent == tmp_path  # one file was fully written
    assert _snapshot(tmp_path) == before


@settings(max_examples=12, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    failing=st.sampled_from(sorted(OUTPUT_FILES.values())),
    after_pieces=st.integers(0, 40),
    error=st.sampled_from([errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG]),
)
def test_a_random_output_write_that_fails_keeps_every_previous_output(
    runner, seeds_build, mixed_dir: Path, tmp_path_factory, failing, after_pieces, error
):
    """Any output, failing after any number of its pieces: the folder is as it was."""
    out = tmp_path_factory.mktemp("random-failure")
    before = _previous_outputs(seeds_build, out)
    import incidentmap.pipeline as pipeline

    real = pipeline.write_chunks_synced

    def failing_write(path, pieces):
        if not Path(path).name.startswith(f".{failing}."):
            return real(path, pieces)

        def cut():
            for number, piece in enumerate(pieces):
                if number == after_pieces:
                    raise OSError(error, os.strerror(error))
                yield piece
            raise OSError(error, os.strerror(error))  # at the end, if it has fewer pieces

        return real(path, cut())

    pipeline.write_chunks_synced = failing_write
    try:
        result = runner.invoke(main, ["build", str(mixed_dir), "-o", str(out)])
    finally:
        pipeline.write_chunks_synced = real
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"Error: {out / failing}: cannot write ({os.strerror(error)})"
    )
    assert _snapshot(out) == before  # same files, same bytes, no temporary files


def _consistent(out: Path) -> bool:
    """True when run.json describes, byte for byte, every output beside it."""
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    return all(
        hashlib.sha256((out / name).read_bytes()).hexdigest() == record["sha256"]
        for name, record in run["outputs"].items()
    )


def test_an_output_that_cannot_be_replaced_rolls_back_the_ones_renamed_before_it(
    runner, seeds_build, mixed_dir: Path, tmp_path: Path
):
    """map.html comes fourth: three outputs were renamed when it failed, and go back."""
    _previous_outputs(seeds_build, tmp_path)
    (tmp_path / "map.html").unlink()
    (tmp_path / "map.html").mkdir()  # a folder where the page should go
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    result = runner.invoke(main, ["build", str(mixed_dir), "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == (
        f"Error: {tmp_path / 'map.html'}: cannot write (Is a directory)"
    )
    after = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    assert after == before and (tmp_path / "map.html").is_dir()


def test_a_build_into_a_folder_another_build_is_writing_waits_its_turn(
    seeds_dir: Path, mixed_dir: Path, tmp_path: Path
):
    """The second build must not delete the first one's staged files as stale leftovers."""
    out = tmp_path / "out"
    first = subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITER, str(seeds_dir), "-o", str(out), "--tiles", "none"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    deadline = time.monotonic() + 120
    while not any(p.name.endswith(".tmp") for p in out.glob(".*")):  # first is writing
        assert first.poll() is None and time.monotonic() < deadline, first.communicate()
        time.sleep(0.05)
    second = subprocess.run(
        [sys.executable, "-m", "incidentmap", "build", str(mixed_dir), "-o", str(out),
         "--tiles", "none"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    _, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert second.returncode == 0, second.stderr
    assert "another incidentmap run is writing here; waiting" in second.stderr
    assert _consistent(out)
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert run["counts"]["reports_read"] == 8  # the second build's outputs, written last
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES.values())


#: A build whose writing of the page takes 6 s (a slow disk), to overlap another build.
SLOW_WRITER = """
import sys, time
from incidentmap import pipeline
from incidentmap.cli import main

real_write = pipeline.write_chunks_synced
def slow(path, pieces):
    done = real_write(path, pieces)
    if ".map.html." in str(path):
        time.sleep(6)
    return done
pipeline.write_chunks_synced = slow
main(["build", *sys.argv[1:]])
"""


CHILD = """
import os, signal, sys
from incidentmap import pipeline
from incidentmap.cli import main

point, out = sys.argv[1], sys.argv[2]

def die():
    os.kill(os.getpid(), signal.SIGKILL)

if point == "mid-page":
    real_write = pipeline.write_chunks_synced
    def write(path, pieces):
        if os.path.basename(path).startswith(".map.html."):
            text = "".join(pieces)
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(text[: len(text) // 2])
                handle.flush()
                os.fsync(handle.fileno())
            die()
        return real_write(path, pieces)
    pipeline.write_chunks_synced = write
elif point == "before-rename":
    real_replace = os.replace
    def replace(src, dst, *args, **kwargs):
        if os.path.abspath(dst) == os.path.join(os.path.abspath(out), "incidents.geojson"):
            die()
        return real_replace(src, dst, *args, **kwargs)
    os.replace = replace

main(["build", *sys.argv[3:], "-o", out], standalone_mode=False)
"""


@pytest.mark.parametrize("point", ["mid-page", "before-rename"])
def test_build_killed_while_writing_leaves_previous_outputs_intact(
    seeds_build, mixed_dir: Path, tmp_path: Path, point: str
):
    out = tmp_path / "out"
    before = _previous_outputs(seeds_build, out)
    child = subprocess.run(
        [sys.executable, "-c", CHILD, point, str(out), str(mixed_dir), "--tiles", "none"],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert child.returncode == -signal.SIGKILL, child.stderr
    after = _snapshot(out)
    leftovers = sorted(set(after) - set(before))
    assert {name: after[name] for name in before} == before  # every output as it was
    assert leftovers and all(
        name.startswith(".") and name.endswith(".tmp") for name in leftovers
    )  # hidden temporary files, nothing else
    build([mixed_dir], out, BuildOptions(tiles="none"))  # the next run replaces them and tidies up
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES.values())


def test_build_killed_at_random_moments_is_all_or_nothing(
    seeds_build, mixed_dir: Path, tmp_path: Path
):
    """SIGKILL at random times in the second half of a build (where the writing is).

    After each kill the folder holds the previous outputs or the complete new ones, or a
    commit was cut between two renames (its journal is there) and the next run rolls it
    back; after the next run the outputs always agree with their run.json.
    """
    command = [sys.executable, "-m", "incidentmap", "build", str(mixed_dir), "--tiles", "none"]
    clock = time.monotonic()
    subprocess.run([*command, "-o", str(tmp_path / "timed")], check=True, capture_output=True)
    duration = time.monotonic() - clock
    rng = random.Random()
    for attempt in range(4):
        out = tmp_path / f"out{attempt}"
        before = _previous_outputs(seeds_build, out)
        delay = duration * rng.uniform(0.5, 1.05)
        child = subprocess.Popen([*command, "-o", str(out)], stderr=subprocess.DEVNULL)
        time.sleep(delay)
        child.kill()
        child.wait(60)
        visible = {k: v for k, v in _snapshot(out).items() if not k.startswith(".")}
        if not (out / JOURNAL).exists():
            assert visible == before or _consistent(out), f"killed after {delay:.2f} s"
        build([mixed_dir], out, BuildOptions(tiles="none"))
        assert _consistent(out), f"killed after {delay:.2f} s"
        assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES.values())


# --- deterministic outputs ---------------------------------------------------------------

RUN_CHILD = """
import re, sys
from incidentmap.sources import reports_from_paths
from incidentmap.cli import main

reports_from_paths([sys.argv[1]])
# Peak resident memory of this process image (ru_maxrss would include the parent's).
with open("/proc/self/status") as status:
    peak = re.search(r"VmHWM:\\s+(\\d+) kB", status.read()).group(1)
print(f"peak-after-reading-kib={peak}", file=sys.stderr, flush=True)
main(["build", *sys.argv[1:]])
"""


@pytest.mark.skipif(not Path("/proc/self/status").is_file(), reason="needs Linux /proc")
def test_same_input_gives_byte_identical_outputs(mixed_build, mixed_dir: Path, tmp_path: Path):
    """A second build in a new process (other hash seed, other folder) gives the same bytes.

    The mixed folder holds two 200 MB files; the child's peak memory after reading them
    shows neither was loaded (it holds at most ``max_report_bytes`` of one at a time).
    """
    out = tmp_path / "again"
    env = {**os.environ, "PYTHONHASHSEED": "4242"}
    child = subprocess.run(
        [sys.executable, "-c", RUN_CHILD, str(mixed_dir), "-o", str(out), "--tiles", "none"],
        capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path,
    )  # fmt: skip
    assert child.returncode == 0, child.stderr
    peak_kib = int(child.stderr.split("peak-after-reading-kib=")[1].split()[0])
    assert peak_kib / 1024 < 200, f"peak memory after reading: {peak_kib / 1024:.0f} MB"
    first, second = mixed_build.outputs, {k: out / p.name for k, p in mixed_build.outputs.items()}
    for key in ("incidents", "districts", "mentions", "map"):
        assert first[key].read_bytes() == second[key].read_bytes(), key
    run_a, run_b = (json.loads(p["run"].read_text(encoding="utf-8")) for p in (first, second))
    for run in (run_a, run_b):
        for volatile in ("started", "finished", "timings"):
            run.pop(volatile)
    assert run_a == run_b
    assert sorted(p.name for p in out.iterdir()) == sorted(OUTPUT_FILES.values())
