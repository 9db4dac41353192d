"""Check an annotated set's two gold files against its reports.

Usage: ``.venv/bin/python tests/data/check_blind_set.py tests/data/blind-ah`` (the folder holds the
reports ``<prefix>-NNN.md``, ``<set>.gold.json`` and ``<set>.events.gold.json``, where
``<set>`` is the folder's name). It checks what a writer of a set must keep true: the JSON
parses, every report has both gold entries and no gold entry lacks a report, every surface
and claim surface occurs verbatim in its report's text as incidentmap reads it, no place
is both an incident and a context place, every event's places are incident places of that
report, its type and sub-type are ACLED's, and ``n_min <= n_max``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from incidentmap.acled import DISORDER_TYPE

#: ACLED's sub-event types by event type (the event types are ``acled.DISORDER_TYPE``'s).
SUB_EVENT_TYPES = {
    "Battles": {"Armed clash", "Government regains territory",
                "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack",
                                   "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention",
                 "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}  # fmt: skip


def _text(path: Path) -> str:
    """A report's text as incidentmap reads it (the title, then the body)."""
    from incidentmap.sources import reports_from_paths

    (report,), _ = reports_from_paths([path])
    return report.text


def check(folder: Path) -> list[str]:
    """Every problem found in the set at ``folder`` (none: an empty list)."""
    name = folder.name
    gold = {d["id"]: d for d in json.loads((folder / f"{name}.gold.json").read_text("utf-8"))}
    events = {
        d["id"]: d for d in json.loads((folder / f"{name}.events.gold.json").read_text("utf-8"))
    }
    reports = {p.stem: p for p in folder.glob("*.md") if p.stem in gold or p.stem in events}
    problems = [f"{i}: no report" for i in sorted((set(gold) | set(events)) - set(reports))]
    problems += [f"{i}: no events gold" for i in sorted(set(gold) - set(events))]
    problems += [f"{i}: no places gold" for i in sorted(set(events) - set(gold))]
    for doc_id in sorted(set(reports) & set(gold) & set(events)):
        problems += _check_report(doc_id, _text(reports[doc_id]), gold[doc_id], events[doc_id])
    return problems


def _check_report(
    doc_id: str, body: str, places: dict[str, Any], events: dict[str, Any]
) -> list[str]:
    problems = []
    incident = {p["place"] for p in places["incident_places"]}
    problems += [f"{doc_id}: {p['place']!r} is both incident and context"
                 for p in places["context_places"] if p["place"] in incident]  # fmt: skip
    for place in [*places["incident_places"], *places["context_places"]]:
        problems += [f"{doc_id}: {s!r} not in the text" for s in place["surface"] if s not in body]
    claims = [c for e in events["events"] for c in e["claims"]]
    for event in events["events"]:
        problems += [f"{doc_id}: event place {p!r} is no incident place"
                     for p in event["places"] if p not in incident]  # fmt: skip
        kind, sub = event.get("event_type"), event.get("sub_event_type")
        if kind is not None and (
            kind not in DISORDER_TYPE or sub not in {None, *SUB_EVENT_TYPES[kind]}
        ):
            problems.append(f"{doc_id}: no ACLED type {kind}/{sub}")
    for claim in [*claims, *events.get("aggregate_claims", [])]:
        if claim["surface"] not in body:
            problems.append(f"{doc_id}: claim {claim['surface']!r} not in the text")
        low, high = claim.get("n_min"), claim.get("n_max")
        if low is not None and high is not None and low > high:
            problems.append(f"{doc_id}: claim {claim['surface']!r} has n_min > n_max")
    return problems


if __name__ == "__main__":
    found = check(Path(sys.argv[1]))
    print("\n".join(found) or "OK")
    sys.exit(1 if found else 0)
