"""event_table.py: accounts merged into events part by part, in any order, to the same rows."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from incidentmap.event_table import (
    account_from_json,
    account_rows,
    account_to_json,
    event_keys,
    event_tallies,
    merge_event_tallies,
    sorted_events,
)
from incidentmap.events import ReportEvent
from incidentmap.options import BuildOptions
from incidentmap.pipeline import analyse, build

EVENTS = Path(__file__).resolve().parent / "data" / "events"
#: Reports with several accounts of one event (Gwadar) and a toll told differently.
SOURCES = [EVENTS, Path(__file__).resolve().parent.parent / "examples" / "balochistan-2026-01-31"]


@pytest.fixture(scope="module")
def analysed():
    return analyse(SOURCES, BuildOptions(use_cache=False, max_excerpts=0))


@pytest.fixture(scope="module")
def rows(analysed) -> list[dict]:
    accounts = analysed.accounts
    return [row for seq, doc in enumerate(accounts) for row in account_rows(accounts[doc], seq=seq)]


def _records(tallies) -> list[dict]:
    return [t.record(None, lambda seq: (f"d{seq}", f"o{seq}")) for t in sorted_events(tallies)]


def test_an_account_comes_back_from_json_exactly(analysed):
    accounts = [e for a in analysed.accounts.values() for e in a.events]
    assert accounts and any(e.claims and e.fatalities_from for e in accounts)
    for account in accounts:
        assert account_from_json(account_to_json(account)) == account


def test_parts_merged_in_any_order_give_the_same_events(rows):
    keys = event_keys({(r["place_id"], r["event_date"], r["stated"]) for r in rows})
    whole = _records(event_tallies(rows, keys, max_claims=None))
    by_report: dict[int, list[dict]] = {}
    for row in rows:
        by_report.setdefault(row["seq"], []).append(row)
    reports = list(by_report.values())
    for seed in range(5):
        rng = random.Random(seed)
        rng.shuffle(reports)
        cuts = sorted(rng.sample(range(1, len(reports)), 3))
        parts = [reports[a:b] for a, b in zip([0, *cuts], [*cuts, len(reports)], strict=True)]
        merged: dict = {}
        for part in parts:
            merge_event_tallies(merged, event_tallies(sum(part, []), keys, max_claims=None))
        assert _records(merged) == whole
    assert any(r["n_sources"] > 1 for r in whole)


def test_an_event_keeps_its_first_claims_and_says_how_many(rows):
    keys = event_keys({(r["place_id"], r["event_date"], r["stated"]) for r in rows})
    full = {r["event_id"]: r for r in _records(event_tallies(rows, keys, max_claims=None))}
    for record in _records(event_tallies(rows, keys, max_claims=1)):
        claims = full[record["event_id"]]["claims"]
        assert record["claims"] == claims[:1]
        assert record["fatalities"] == full[record["event_id"]]["fatalities"]
        if len(claims) > 1:
            assert record["n_claims"] == len(claims) and record["claims_truncated"]
        else:
            assert "claims_truncated" not in record


def _account(place: str, day: str | None, source: str) -> ReportEvent:
    return ReportEvent("d", place, [place], [place], day, "day", date_source=source)


def test_an_account_dated_by_its_report_joins_the_event_of_the_week_before():
    triples = {("p", "2026-01-31", True), ("p", "2026-02-02", False), ("p", "2026-02-20", False),
               ("q", "2026-02-02", False), ("p", None, False)}  # fmt: skip
    keys = event_keys(triples).keys
    assert keys[("p", "2026-02-02", False)] == ("p", "2026-01-31")  # two days after: joins
    assert keys[("p", "2026-02-20", False)] == ("p", "2026-02-20")  # weeks after: its own
    assert keys[("q", "2026-02-02", False)] == ("q", "2026-02-02")  # another place
    assert keys[("p", None, False)] == ("p", None)
    stated = account_rows_of([_account("p", "2026-01-31", "stated")])
    assert stated[0]["stated"] and not account_rows_of([_account("p", None, "lead")])[0]["stated"]


def account_rows_of(events: list[ReportEvent]) -> list[dict]:
    from incidentmap.events import ReportEvents

    return account_rows(ReportEvents("d", events, [], []), seq=0)


def test_claims_csv_has_every_claim_and_events_csv_the_first(tmp_path: Path):
    built = build(SOURCES, tmp_path, BuildOptions(tiles="none", use_cache=False, max_excerpts=1))
    with built.outputs["claims"].open(encoding="utf-8", newline="") as handle:
        claims = list(csv.DictReader(handle))
    with built.outputs["events"].open(encoding="utf-8", newline="") as handle:
        events = {row["event_id"]: row for row in csv.DictReader(handle)}
    per_event: dict[str, int] = {}
    for claim in claims:
        per_event[claim["event_id"]] = per_event.get(claim["event_id"], 0) + 1
    assert set(per_event) <= set(events)
    cut = [e for e in events.values() if e.get("claims_truncated") == "True"]
    assert cut, "some event has more than one claim"
    for event in cut:
        assert int(event["n_claims"]) == per_event[event["event_id"]] > 1
    assert sum(per_event.values()) == len(claims)


def test_events_csv_names_every_source_in_the_events_order(tmp_path: Path, analysed):
    """The cell is joined in Arrow (``csv_record``): the same text as the record's list."""
    built = build(SOURCES, tmp_path, BuildOptions(tiles="none", use_cache=False, max_excerpts=1))
    with built.outputs["events"].open(encoding="utf-8", newline="") as handle:
        events = {row["event_id"]: row for row in csv.DictReader(handle)}
    every = {row["event_id"]: row["sources"] for row in analysed.events.to_dict("records")}
    assert set(events) == set(every)
    assert any(len(sources) > 1 for sources in every.values())
    for event_id, row in events.items():
        assert row["sources"] == ";".join(every[event_id])
        assert int(row["n_sources"]) == len(every[event_id])
