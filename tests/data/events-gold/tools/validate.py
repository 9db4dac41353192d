#!/usr/bin/env python3
"""Check the hand annotations of events and casualty claims (*.events.gold.json).

Standard library only. Run from anywhere:

    python tests/data/events-gold/validate.py            # every set below
    python tests/data/events-gold/validate.py dev train  # some sets

The shared corpus is looked up in $INCIDENTMAP_SHARED (default: ../shared beside the repo).
Exit status 0 when every check passes, 1 otherwise (each problem printed on one line).
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
REPO = HERE.parents[2]
SHARED = Path(os.environ.get("INCIDENTMAP_SHARED", REPO.parent / "shared"))
EXAMPLE = REPO / "examples" / "balochistan-2026-01-31"

# set name -> (events gold, place gold, folder with the report texts)
SETS = {
    "seeds": (HERE / "seeds.events.gold.json", SHARED / "corpus/gold/seeds.gold.json", SHARED / "corpus/seeds"),
    "dev": (HERE / "dev.events.gold.json", SHARED / "corpus/gold/dev.gold.json", SHARED / "corpus/dev"),
    "train": (HERE / "train.events.gold.json", SHARED / "corpus/gold/train.gold.json", SHARED / "corpus/train"),
    "example": (EXAMPLE / "example.events.gold.json", EXAMPLE / "example.gold.json", EXAMPLE),
}

ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
                                   "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
CLAIMANT_TYPES = {"military", "police", "government", "militant", "medical", "media", "local", "other"}
WHAT = {"killed", "injured", "abducted", "arrested"}
WHOSE = {"security", "civilian", "militant", "unspecified"}
PRECISION = {"day", "month", "year", None}
DATE_RE = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}", None: r"\d{4}-\d{2}-\d{2}"}
EVENT_KEYS = {"places", "event_date", "event_date_precision", "event_type", "sub_event_type",
              "actor1", "actor2", "claims", "fatalities"}
CLAIM_KEYS = {"claimant", "claimant_type", "what", "whose", "n_min", "n_max", "surface"}


def report_texts(folder: Path) -> dict[str, str]:
    """doc_id -> report text (.txt as is; .md without its YAML front matter)."""
    texts = {}
    for p in sorted(folder.iterdir()):
        if p.suffix not in (".txt", ".md") or p.name.upper().startswith("README"):
            continue
        t = p.read_text(encoding="utf-8")
        if p.suffix == ".md" and t.startswith("---"):
            end = t.find("\n---", 3)
            if end != -1:
                t = t[end + 4:]
        texts[p.stem] = t
    return texts


def is_count(v) -> bool:
    return v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0)


def check_claim(c, where: str, text: str, errors: list[str]) -> None:
    if not isinstance(c, dict):
        errors.append(f"{where}: claim is not an object")
        return
    if set(c) != CLAIM_KEYS:
        errors.append(f"{where}: claim keys {sorted(set(c) ^ CLAIM_KEYS)} missing or unexpected")
    if not isinstance(c.get("claimant"), str) or not c.get("claimant", "").strip():
        errors.append(f"{where}: empty claimant")
    if c.get("claimant_type") not in CLAIMANT_TYPES:
        errors.append(f"{where}: claimant_type {c.get('claimant_type')!r}")
    if c.get("what") not in WHAT:
        errors.append(f"{where}: what {c.get('what')!r}")
    if c.get("whose") not in WHOSE:
        errors.append(f"{where}: whose {c.get('whose')!r}")
    lo, hi = c.get("n_min"), c.get("n_max")
    if not is_count(lo) or not is_count(hi):
        errors.append(f"{where}: n_min/n_max must be non-negative integers or null ({lo!r}, {hi!r})")
    elif lo is None and hi is None:
        errors.append(f"{where}: n_min and n_max both null")
    elif lo is not None and hi is not None and lo > hi:
        errors.append(f"{where}: n_min {lo} > n_max {hi}")
    s = c.get("surface")
    if not isinstance(s, str) or not s.strip():
        errors.append(f"{where}: empty surface")
    elif s not in text:
        errors.append(f"{where}: surface {s!r} not in the report text")
    elif len(s) > 80:
        errors.append(f"{where}: surface longer than a figure phrase ({len(s)} characters)")


def check_set(name: str) -> list[str]:
    events_path, places_path, folder = SETS[name]
    errors: list[str] = []
    try:
        data = json.loads(events_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return [f"{events_path}: {exc}"]
    places = {d["id"]: d for d in json.loads(places_path.read_text(encoding="utf-8"))}
    texts = report_texts(folder)
    if not isinstance(data, list):
        return ["top level is not a list"]
    ids = [d.get("id") for d in data if isinstance(d, dict)]
    if len(ids) != len(data):
        errors.append("an entry is not an object")
    for dup in sorted({i for i in ids if ids.count(i) > 1}):
        errors.append(f"report {dup} appears more than once")
    for miss in sorted(set(places) - set(ids)):
        errors.append(f"report {miss} of the place gold has no object")
    for extra in sorted(set(ids) - set(places)):
        errors.append(f"report {extra} is not in the place gold")
    for miss in sorted(set(places) - set(texts)):
        errors.append(f"no text found for report {miss} in {folder}")
    for rep in data:
        if not isinstance(rep, dict) or rep.get("id") not in places:
            continue
        rid = rep["id"]
        if set(rep) != {"id", "events", "aggregate_claims"}:
            errors.append(f"{rid}: keys {sorted(rep)}")
        text = texts.get(rid, "")
        incident = {p["place"] for p in places[rid]["incident_places"]}
        used: set[str] = set()
        for k, ev in enumerate(rep.get("events", [])):
            where = f"{rid} event {k}"
            if not isinstance(ev, dict):
                errors.append(f"{where}: not an object")
                continue
            if set(ev) != EVENT_KEYS:
                errors.append(f"{where}: event keys {sorted(set(ev) ^ EVENT_KEYS)} missing or unexpected")
            pl = ev.get("places")
            if not isinstance(pl, list) or not pl:
                errors.append(f"{where}: places must be a non-empty list")
                pl = []
            if len(set(pl)) != len(pl):
                errors.append(f"{where}: a place is listed twice")
            for p in pl:
                if p not in incident:
                    errors.append(f"{where}: place {p!r} is not an incident place of {rid}")
                used.add(p)
            prec = ev.get("event_date_precision")
            date = ev.get("event_date")
            if prec not in PRECISION:
                errors.append(f"{where}: event_date_precision {prec!r}")
            elif date is not None and not (isinstance(date, str) and re.fullmatch(DATE_RE[prec], date)):
                errors.append(f"{where}: event_date {date!r} does not fit precision {prec!r}")
            elif date is None and prec is not None:
                errors.append(f"{where}: event_date null with precision {prec!r}")
            et, st = ev.get("event_type"), ev.get("sub_event_type")
            if et is None:
                if st is not None:
                    errors.append(f"{where}: sub_event_type {st!r} without event_type")
            elif et not in ACLED:
                errors.append(f"{where}: event_type {et!r} not in ACLED's list")
            elif st is not None and st not in ACLED[et]:
                errors.append(f"{where}: sub_event_type {st!r} is not one of {et!r}")
            for a in ("actor1", "actor2"):
                if ev.get(a) is not None and not (isinstance(ev[a], str) and ev[a].strip()):
                    errors.append(f"{where}: {a} must be a name or null")
            fat = ev.get("fatalities")
            if not is_count(fat):
                errors.append(f"{where}: fatalities {fat!r}")
            claims = ev.get("claims")
            if not isinstance(claims, list):
                errors.append(f"{where}: claims must be a list")
                claims = []
            for j, c in enumerate(claims):
                check_claim(c, f"{where} claim {j}", text, errors)
        for p in sorted(incident - used):
            errors.append(f"{rid}: incident place {p!r} is in no event")
        agg = rep.get("aggregate_claims")
        if not isinstance(agg, list):
            errors.append(f"{rid}: aggregate_claims must be a list")
            agg = []
        for j, c in enumerate(agg):
            check_claim(c, f"{rid} aggregate claim {j}", text, errors)
    return errors


def summary(name: str) -> str:
    data = json.loads(SETS[name][0].read_text(encoding="utf-8"))
    ev = sum(len(r["events"]) for r in data)
    cl = sum(len(e["claims"]) for r in data for e in r["events"])
    ag = sum(len(r["aggregate_claims"]) for r in data)
    return f"{name}: {len(data)} reports, {ev} events, {cl} claims, {ag} aggregate claims"


def main(argv: list[str]) -> int:
    names = argv or list(SETS)
    bad = [n for n in names if n not in SETS]
    if bad:
        print(f"unknown set(s): {', '.join(bad)}; choose from {', '.join(SETS)}", file=sys.stderr)
        return 2
    failed = False
    for n in names:
        errs = check_set(n)
        for e in errs:
            print(f"{n}: {e}")
        if errs:
            failed = True
        else:
            print(summary(n) + " -- OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
