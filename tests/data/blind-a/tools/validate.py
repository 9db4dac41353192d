"""Validate the blind-a set: files, gold places, events and claims."""

import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
D = os.path.dirname(HERE)
errors, warnings = [], []

TAX = {
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
KINDS = {"town", "district", "neighbourhood", "site", "road", "region"}
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
CTYPES = {"military", "police", "government", "militant", "medical", "media", "local", "other"}
WHAT = {"killed", "injured", "abducted", "arrested"}
WHOSE = {"security", "civilian", "militant", "unspecified"}


def read(doc):
    raw = open(os.path.join(D, doc + ".md"), encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", raw, re.S)
    if not m:
        errors.append(f"{doc}: no front matter")
        return "", "", {}
    fm, body = m.group(1), m.group(2)
    meta = {}
    for line in fm.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    title = meta.get("title", "").strip('"')
    return title, body, meta


files = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(D, "ba-*.md")))
gold = json.load(open(os.path.join(D, "blind-a.gold.json")))
ev = json.load(open(os.path.join(D, "blind-a.events.gold.json")))
gids = [g["id"] for g in gold]
eids = [e["id"] for e in ev]
if sorted(gids) != files:
    errors.append(f"gold ids != files: {set(gids) ^ set(files)}")
if sorted(eids) != files:
    errors.append(f"event ids != files: {set(eids) ^ set(files)}")
if len(set(gids)) != len(gids) or len(set(eids)) != len(eids):
    errors.append("duplicate ids")

gmap = {g["id"]: g for g in gold}
emap = {e["id"]: e for e in ev}
all_surfaces = set()
stats = {"inc": 0, "ctx": 0, "events": 0, "claims": 0, "agg": 0}
for doc in files:
    title, body, meta = read(doc)
    text = title + "\n" + body
    if meta.get("publisher") != "blind-a (incidentmap blind set)":
        errors.append(f"{doc}: publisher")
    if not re.match(r"^\d{4}-\d\d-\d\d$", meta.get("published", "")):
        errors.append(f"{doc}: published")
    nw = len(body.split())
    if not 120 <= nw <= 600:
        errors.append(f"{doc}: {nw} words")
    g = gmap.get(doc)
    e = emap.get(doc)
    if not g or not e:
        continue
    inc_places = set()
    surf_owner = {}
    for p in g["incident_places"]:
        stats["inc"] += 1
        for k in ("surface", "place", "kind", "district", "lat", "lon"):
            if k not in p:
                errors.append(f"{doc}: incident {p.get('place')} lacks {k}")
        if p["kind"] not in KINDS:
            errors.append(f"{doc}: kind {p['kind']}")
        if p["district"] is not None and p["district"] not in DISTRICTS:
            errors.append(f"{doc}: district {p['district']} not in the 27-district set")
        if (p["lat"] is None) != (p["lon"] is None):
            errors.append(f"{doc}: lat/lon half set")
        inc_places.add(p["place"])
        for s in p["surface"]:
            if s not in text:
                errors.append(f"{doc}: incident surface {s!r} not in text")
            if s in surf_owner:
                errors.append(f"{doc}: surface {s!r} listed twice")
            surf_owner[s] = "inc"
            all_surfaces.add(s)
    for p in g["context_places"]:
        stats["ctx"] += 1
        if not p.get("why"):
            errors.append(f"{doc}: context {p['place']} lacks why")
        for s in p["surface"]:
            if s not in text:
                errors.append(f"{doc}: context surface {s!r} not in text")
            if s in surf_owner:
                errors.append(f"{doc}: surface {s!r} in both/twice")
            surf_owner[s] = "ctx"
            all_surfaces.add(s)
    used = set()
    for x in e["events"]:
        stats["events"] += 1
        for pl in x["places"]:
            if pl not in inc_places:
                errors.append(f"{doc}: event place {pl!r} not an incident place")
            used.add(pl)
        et, st = x["event_type"], x["sub_event_type"]
        if et is not None and et not in TAX:
            errors.append(f"{doc}: event_type {et}")
        if st is not None and (et is None or st not in TAX[et]):
            errors.append(f"{doc}: sub_event_type {st}")
        if x["event_date_precision"] not in ("day", "month", "year", None):
            errors.append(f"{doc}: precision")
        n = {"day": 10, "month": 7, "year": 4}.get(x["event_date_precision"], 10)
        if not re.match(r"^\d{4}(-\d\d){0,2}$", x["event_date"]) or len(x["event_date"]) != n:
            errors.append(f"{doc}: date {x['event_date']} vs precision {x['event_date_precision']}")
        for c in x["claims"]:
            stats["claims"] += 1
    for pl in inc_places - used:
        errors.append(f"{doc}: incident place {pl!r} in no event")
    for c in [c for x in e["events"] for c in x["claims"]] + e["aggregate_claims"]:
        if c in e["aggregate_claims"]:
            stats["agg"] += 1
        if c["surface"] not in text:
            errors.append(f"{doc}: claim surface {c['surface']!r} not in text")
        if c["claimant_type"] not in CTYPES:
            errors.append(f"{doc}: claimant_type {c['claimant_type']}")
        if c["what"] not in WHAT or c["whose"] not in WHOSE:
            errors.append(f"{doc}: what/whose {c}")
        if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]:
            errors.append(f"{doc}: n_min > n_max {c}")

# Heuristic: a surface annotated anywhere in the set that occurs (word-bounded) in a report
# without being annotated there.
for doc in files:
    title, body, _ = read(doc)
    text = title + "\n" + body
    g = gmap[doc]
    mine = {s for p in g["incident_places"] + g["context_places"] for s in p["surface"]}
    for s in sorted(all_surfaces - mine):
        if s in ("Chinese Consulate",) and "Chinese Consulate" not in text:
            continue
        for m in re.finditer(r"(?<![\w-])" + re.escape(s) + r"(?![\w])", text):
            # covered if inside a longer annotated surface
            covered = any(
                text.find(t) != -1
                and any(
                    mm.start() <= m.start() and m.end() <= mm.end()
                    for mm in re.finditer(re.escape(t), text)
                )
                for t in mine
                if s in t and t != s
            )
            if not covered:
                warnings.append(f"{doc}: {s!r} occurs but is not annotated in this report")
                break

for w in warnings:
    print("WARN", w)
for x in errors:
    print("ERROR", x)
print(
    f"{len(files)} reports; incident {stats['inc']}, context {stats['ctx']}, events {stats['events']}, "
    f"event claims {stats['claims']}, aggregate claims {stats['agg']}; {len(errors)} errors, {len(warnings)} warnings"
)
sys.exit(1 if errors else 0)
