"""store.py: a run's rows on disk, in parts of whole reports, read back in order."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from incidentmap import store
from incidentmap.run_record import RunRecord, Streamed
from incidentmap.store import SCHEMAS, RunStore, records


def _report(seq: int) -> dict:
    return {"seq": seq, "doc_id": f"d{seq}", "path": f"d{seq}.txt", "title": None, "url": None,
            "published": None, "publisher": None, "outlet": f"d{seq}", "characters": 1,
            "claims": "{}"}  # fmt: skip


def _accounts(seq: int, n: int) -> list[dict]:
    return [{"seq": seq, "k": k, "place_id": "p", "event_date": None, "stated": False,
             "account": "{}"} for k in range(n)]  # fmt: skip


def _fill(folder: Path, order: list[int], per_report: int = 3, **parts: int) -> RunStore:
    kept = RunStore(folder, **parts)
    for seq in order:
        kept.add(_report(seq), [], _accounts(seq, per_report))
    return kept


def test_parts_hold_whole_reports_and_come_back_in_order(tmp_path: Path):
    kept = _fill(tmp_path, list(range(10)), part_reports=4)
    assert [p.name for p in kept.paths("accounts")] == [
        "part-000000.parquet", "part-000001.parquet", "part-000002.parquet",
    ]  # fmt: skip
    rows = list(kept.rows_of("accounts"))
    assert [(r["seq"], r["k"]) for r in rows] == [(s, k) for s in range(10) for k in range(3)]
    assert kept.rows == {"reports": 10, "mentions": 0, "accounts": 30}


def test_a_batch_never_cuts_a_report_in_two(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(store, "READ_ROWS", 4)
    kept = _fill(tmp_path, list(range(6)), per_report=3)
    batches = list(kept.read("accounts", ("seq", "k")))
    assert all(len({r["seq"] for r in b}) == len(b) // 3 for b in batches)
    assert sum(len(b) for b in batches) == 18 and len(batches) > 1


def test_reports_held_back_to_the_end_are_merged_back_in_place(tmp_path: Path):
    # As UniqueIds holds repeated ids back: 1 and 4 come after everything else.
    kept = _fill(tmp_path, [0, 2, 3, 5, 1, 4], part_reports=2)
    assert kept.late_from is not None
    seqs = [r["seq"] for r in kept.rows_of("reports", ("seq",), ordered=True)]
    assert seqs == [0, 1, 2, 3, 4, 5]
    assert [r["seq"] for r in kept.rows_of("reports", ("seq",))] == [0, 2, 3, 5, 1, 4]
    ordered = [(r["seq"], r["k"]) for r in kept.rows_of("accounts", ordered=True)]
    assert ordered == sorted(ordered)


def test_a_dask_partition_reads_back_as_the_same_rows(tmp_path: Path):
    kept = _fill(tmp_path, [0, 1])
    rows = list(kept.rows_of("reports"))
    frame = pd.read_parquet(kept.paths("reports")[0], dtype_backend="pyarrow")
    assert records(frame, "reports") == rows
    assert rows[0]["title"] is None and rows[0]["characters"] == 1


def test_the_store_removes_its_folder_and_its_schemas_match_the_rows(tmp_path, monkeypatch):
    monkeypatch.setattr("incidentmap.settings.store_folder", tmp_path)
    with RunStore() as kept:
        folder = kept.folder
        assert folder.parent == tmp_path and (folder / "mentions").is_dir()
    assert not folder.exists()
    assert set(SCHEMAS["reports"].names) == set(_report(0))


def test_run_json_lists_come_from_their_source_when_written():
    calls = []

    def entries():
        calls.append(1)
        yield from ({"doc_id": f"d{i}"} for i in range(3))

    record = RunRecord(reports=Streamed(entries, 3), aggregates=Streamed(iter, 0))
    as_dict = record.as_dict()
    assert not calls and as_dict["counts"]["reports_read"] == 3
    text = "".join(record.chunks())
    assert json.loads(text)["read"] == [{"doc_id": "d0"}, {"doc_id": "d1"}, {"doc_id": "d2"}]
    assert text == json.dumps({**as_dict, "read": list(entries()), "aggregates": []},
                              ensure_ascii=False, indent=2) + "\n"  # fmt: skip


def test_a_killed_runs_store_is_removed_by_the_next_run_and_a_live_one_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A SIGKILLed build cannot remove its store; the next build there does, and only that."""
    import os
    import signal
    import subprocess
    import sys

    monkeypatch.setattr(store.settings, "store_folder", tmp_path)
    # A build in another process, killed while its store is open.
    code = (
        "import time; from incidentmap import settings; from incidentmap.store import RunStore; "
        f"settings.store_folder = {str(tmp_path)!r}; s = RunStore(); "
        "print(s.folder, flush=True); time.sleep(60)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    killed = Path(proc.stdout.readline().strip())
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    live = RunStore()  # this process's own, open
    old = 10 * store.STALE_AFTER_S
    for folder in (killed, live.folder):
        os.utime(folder, (os.path.getatime(folder) - old, os.path.getmtime(folder) - old))
    young = Path(tmp_path / (store.STORE_PREFIX + "just-made"))  # not locked yet
    young.mkdir()
    (young / store.IN_USE).touch()
    assert killed.is_dir()
    with RunStore() as next_run:
        assert not killed.exists()
        assert live.folder.is_dir() and young.is_dir() and next_run.folder.is_dir()
    live.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [young.name]
