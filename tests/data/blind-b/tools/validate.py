#!/usr/bin/env python3
"""Validates the blind-b set: python3 validate.py [--review]

Checks: JSON parses; one gold and one events entry per report file, ids match files;
every place surface and claim surface occurs verbatim (case-sensitive) in the report body;
event places are incident `place` names; n_min <= n_max; enums, districts, dates, front matter.
--review also lists capitalised words not covered by any place surface (manual review aid).
"""

import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SET = "blind-b"
DISTRICTS = {
    "Awaran",
    "Barkhan",
    "Chagai",
    "Dera Bugti",
    "Gwadar",
    "Jafarabad",
    "Jhal Magsi",
    "Kachhi",
    "Kalat",
    "Kech",
    "Kharan",
    "Khuzdar",
    "Kohlu",
    "Lasbela",
    "Loralai",
    "Mastung",
    "Musakhel",
    "Nasirabad",
    "Nushki",
    "Panjgur",
    "Pishin",
    "Qilla Abdullah",
    "Qilla Saifullah",
    "Quetta",
    "Sibi",
    "Zhob",
    "Ziarat",
}
KINDS = {"town", "district", "neighbourhood", "site", "road", "region"}
TYPES = {
    "Battles": {
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    },
    "Explosions/Remote violence": {
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    },
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    },
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    },
}
CTYPES = {"military", "police", "government", "militant", "medical", "media", "local", "other"}
WHAT = {"killed", "injured", "abducted", "arrested"}
WHOSE = {"security", "civilian", "militant", "unspecified"}
PREC = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$"}

errors, warnings = [], []


def err(m):
    errors.append(m)


def load_reports():
    reps = {}
    for p in sorted(glob.glob(os.path.join(HERE, "bb-*.md"))):
        raw = open(p, encoding="utf-8").read()
        m = re.match(r"^---\n(.*?)\n---\n(.*)$", raw, re.S)
        if not m:
            err(f"{p}: no front matter")
            continue
        fm, body = m.group(1), m.group(2)
        meta = {}
        for line in fm.splitlines():
            k, _, v = line.partition(":")
            meta[k.strip()] = v.strip()
        rid = os.path.basename(p)[:-3]
        for k in ("title", "url", "publisher", "published"):
            if k not in meta:
                err(f"{rid}: front matter lacks {k}")
        if meta.get("publisher") != f"{SET} (incidentmap blind set)":
            err(f"{rid}: publisher is {meta.get('publisher')!r}")
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("published", "")):
            err(f"{rid}: bad published date")
        n = len(body.split())
        if not 120 <= n <= 600:
            err(f"{rid}: {n} words")
        reps[rid] = {"meta": meta, "body": body, "words": n}
    return reps


def main():
    reps = load_reports()
    gold = json.load(open(os.path.join(HERE, f"{SET}.gold.json"), encoding="utf-8"))
    evs = json.load(open(os.path.join(HERE, f"{SET}.events.gold.json"), encoding="utf-8"))
    gids, eids = [g["id"] for g in gold], [e["id"] for e in evs]
    for name, ids in (("gold", gids), ("events", eids)):
        if len(ids) != len(set(ids)):
            err(f"{name}: duplicate ids")
        if set(ids) != set(reps):
            err(f"{name}: ids {sorted(set(ids) ^ set(reps))} do not match files")
    gmap = {g["id"]: g for g in gold}
    n_inc = n_ctx = n_ev = n_cl = 0
    for rid, r in reps.items():
        body = r["body"]
        g = gmap.get(rid)
        if not g:
            continue
        inc_places, all_names = set(), []
        for kind, lst in (("incident", g["incident_places"]), ("context", g["context_places"])):
            for p in lst:
                if not p.get("surface"):
                    err(f"{rid}: {kind} {p.get('place')} has no surface")
                for s in p.get("surface", []):
                    if s not in body:
                        err(f"{rid}: {kind} surface {s!r} not in text")
                    all_names.append(s)
                if kind == "incident":
                    n_inc += 1
                    inc_places.add(p["place"])
                    if p["kind"] not in KINDS:
                        err(f"{rid}: bad kind {p['kind']}")
                    if p["district"] is not None and p["district"] not in DISTRICTS:
                        err(f"{rid}: bad district {p['district']}")
                    if (p["lat"] is None) != (p["lon"] is None):
                        err(f"{rid}: half coordinates for {p['place']}")
                else:
                    n_ctx += 1
                    if not p.get("why"):
                        err(f"{rid}: context {p['place']} lacks why")
        places = [p["place"] for p in g["incident_places"] + g["context_places"]]
        if len(places) != len(set(places)):
            err(f"{rid}: a place is listed twice")
        e = next((x for x in evs if x["id"] == rid), None)
        if not e:
            continue
        used = set()
        for ev in e["events"]:
            n_ev += 1
            for pl in ev["places"]:
                used.add(pl)
                if pl not in inc_places:
                    err(f"{rid}: event place {pl!r} is not an incident place")
            d, pr = ev["event_date"], ev["event_date_precision"]
            if pr is None:
                if d != r["meta"]["published"]:
                    err(f"{rid}: null precision but date {d} != published")
            elif not re.match(PREC[pr], d or ""):
                err(f"{rid}: date {d} does not fit precision {pr}")
            et, st = ev["event_type"], ev["sub_event_type"]
            if et is not None and (et not in TYPES or (st is not None and st not in TYPES[et])):
                err(f"{rid}: bad type {et}/{st}")
            if ev["fatalities"] is not None and not isinstance(ev["fatalities"], int):
                err(f"{rid}: fatalities not int")
            for c in ev["claims"]:
                n_cl += 1
                check_claim(rid, c, body)
        for c in e["aggregate_claims"]:
            n_cl += 1
            check_claim(rid, c, body)
        for p in inc_places - used:
            warnings.append(f"{rid}: incident place {p!r} is in no event")
        if "--review" in sys.argv:
            covered = " ".join(all_names)
            caps = set(re.findall(r"\b[A-Z][A-Za-z'\-\.]+(?:\s+[A-Z][A-Za-z'\-\.]+)*", body))
            left = sorted(c for c in caps if not any(w in covered for w in c.split()))
            print(f"{rid} uncovered caps: {left}")
    for w in warnings:
        print("WARN", w)
    for m in errors:
        print("ERROR", m)
    words = [r["words"] for r in reps.values()]
    print(
        f"{len(reps)} reports ({min(words)}-{max(words)} words); {n_inc} incident places, "
        f"{n_ctx} context places, {n_ev} events, {n_cl} claims; {len(errors)} errors"
    )
    sys.exit(1 if errors else 0)


def check_claim(rid, c, body):
    if c["surface"] not in body:
        err(f"{rid}: claim surface {c['surface']!r} not in text")
    if c["claimant_type"] not in CTYPES:
        err(f"{rid}: bad claimant_type {c['claimant_type']}")
    if c["what"] not in WHAT or c["whose"] not in WHOSE:
        err(f"{rid}: bad what/whose {c['what']}/{c['whose']}")
    a, b = c["n_min"], c["n_max"]
    if a is not None and b is not None and a > b:
        err(f"{rid}: n_min > n_max in {c['surface']!r}")
    if a is None and b is None:
        warnings.append(f"{rid}: claim {c['surface']!r} has no numbers")


if __name__ == "__main__":
    main()
