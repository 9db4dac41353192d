#!/usr/bin/env python3
"""Validate blind-p gold files against the report texts."""
import json, os, re, glob, sys
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
SET = "blind-p"
TYPES = {
 "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
 "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
     "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
 "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
 "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
 "Riots": {"Violent demonstration", "Mob violence"},
 "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
     "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"},
}
KINDS = {"town", "district", "neighbourhood", "site", "road", "region"}
DISTRICTS = {"Awaran","Barkhan","Chagai","Dera Bugti","Gwadar","Jafarabad","Jhal Magsi","Kachhi","Kalat","Kech",
 "Kharan","Khuzdar","Kohlu","Lasbela","Loralai","Mastung","Musakhel","Nasirabad","Nushki","Panjgur","Pishin",
 "Qilla Abdullah","Qilla Saifullah","Quetta","Sibi","Zhob","Ziarat"}
PREC = {"day", "month", "year", None}
CTYPES = {"military","police","government","militant","medical","media","local","other"}

def body(path):
    t = open(path, encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", t, re.S)
    assert m, f"no front matter in {path}"
    fm, b = m.group(1), m.group(2)
    for key in ("title:", "url:", "publisher:", "published:"):
        assert any(l.startswith(key) for l in fm.splitlines()), f"{path}: missing {key}"
    assert f"publisher: {SET} (incidentmap blind set)" in fm, f"{path}: publisher"
    pub = re.search(r"published: (\d{4}-\d{2}-\d{2})", fm).group(1)
    return b, pub

errs = []
files = sorted(glob.glob(os.path.join(HERE, "bp-*.md")))
ids = [os.path.basename(f)[:-3] for f in files]
texts = {}
for f, i in zip(files, ids):
    b, pub = body(f)
    texts[i] = (b, pub)
    n = len(b.split())
    if not (120 <= n <= 600): errs.append(f"{i}: {n} words")

places = json.load(open(os.path.join(HERE, f"{SET}.gold.json")))
events = json.load(open(os.path.join(HERE, f"{SET}.events.gold.json")))
pid = [p["id"] for p in places]; eid = [e["id"] for e in events]
if sorted(pid) != ids: errs.append(f"place gold ids mismatch: {set(pid) ^ set(ids)}")
if sorted(eid) != ids: errs.append(f"event gold ids mismatch: {set(eid) ^ set(ids)}")
n_inc = n_ctx = n_ev = n_cl = 0
for p in places:
    i = p["id"]; b = texts[i][0]
    incnames = set()
    seen_surf = {}
    for x in p["incident_places"]:
        n_inc += 1
        incnames.add(x["place"])
        if x["kind"] not in KINDS: errs.append(f"{i}: bad kind {x}")
        if x["district"] is not None and x["district"] not in DISTRICTS: errs.append(f"{i}: bad district {x['district']}")
        if (x["lat"] is None) != (x["lon"] is None): errs.append(f"{i}: lat/lon half set {x['place']}")
        for s in x["surface"]:
            if s not in b: errs.append(f"{i}: incident surface not in text: {s!r}")
            if seen_surf.get(s.lower(), x["place"]) != x["place"]: errs.append(f"{i}: surface {s!r} listed twice")
            seen_surf[s.lower()] = x["place"]
    for x in p["context_places"]:
        n_ctx += 1
        if not x.get("why"): errs.append(f"{i}: context without why {x}")
        for s in x["surface"]:
            if s not in b: errs.append(f"{i}: context surface not in text: {s!r}")
            if seen_surf.get(s.lower(), "ctx:" + x["place"]) != "ctx:" + x["place"]: errs.append(f"{i}: surface {s!r} listed twice")
            seen_surf[s.lower()] = "ctx:" + x["place"]
    p["_inc"] = incnames
pmap = {p["id"]: p for p in places}
for e in events:
    i = e["id"]; b, pub = texts[i]
    for ev in e["events"]:
        n_ev += 1
        for pl in ev["places"]:
            if pl not in pmap[i]["_inc"]: errs.append(f"{i}: event place {pl!r} not an incident place")
        if ev["event_date_precision"] not in PREC: errs.append(f"{i}: bad precision")
        if ev["event_date_precision"] is None and ev["event_date"] not in (None, pub):
            errs.append(f"{i}: null precision but date {ev['event_date']} != pub {pub}")
        d = ev["event_date"]; pr = ev["event_date_precision"]
        if d is not None and pr is not None:
            L = {"day": 10, "month": 7, "year": 4}[pr]
            if len(d) != L: errs.append(f"{i}: date {d} vs precision {pr}")
        if ev["event_type"] is None:
            if ev["sub_event_type"] is not None: errs.append(f"{i}: sub without type")
        elif ev["event_type"] not in TYPES: errs.append(f"{i}: bad type {ev['event_type']}")
        elif ev["sub_event_type"] is not None and ev["sub_event_type"] not in TYPES[ev["event_type"]]:
            errs.append(f"{i}: bad subtype {ev['sub_event_type']} for {ev['event_type']}")
    allc = [c for ev in e["events"] for c in ev["claims"]] + e["aggregate_claims"]
    n_cl += len(allc)
    for c in allc:
        if c["surface"] not in b: errs.append(f"{i}: claim surface not in text: {c['surface']!r}")
        if c["claimant_type"] not in CTYPES: errs.append(f"{i}: claimant_type {c['claimant_type']}")
        if c["what"] not in {"killed","injured","abducted","arrested"}: errs.append(f"{i}: what {c['what']}")
        if c["whose"] not in {"security","civilian","militant","unspecified"}: errs.append(f"{i}: whose {c['whose']}")
        if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]:
            errs.append(f"{i}: n_min > n_max {c}")

# heuristic coverage report: capitalised words not inside any surface
stop = set("""A An The In On At Of And But For From By With Police Officials Security Levies Militants
The He She It They His Her Their This That These Those Since After Before When While Where Prime Minister Chief
Deputy Commissioner Home Provincial Friday Saturday Sunday Monday Tuesday Wednesday Thursday January February March
April May June July August September October November December Jan Nov Dec Sources According No One Two Three""".split())
if "--coverage" in sys.argv:
    for p in places:
        i = p["id"]; b = texts[i][0]
        covered = b
        allsurf = [s for x in p["incident_places"] + p["context_places"] for s in x["surface"]]
        for s in sorted(allsurf, key=len, reverse=True):
            covered = covered.replace(s, " " * len(s))
        caps = re.findall(r"\b[A-Z][a-zA-Z'\-]+(?:\s+[A-Z][a-zA-Z'\-]+)*", covered)
        caps = [c for c in caps if c.split()[0] not in stop]
        print(i, sorted(set(caps)))

print(f"reports={len(ids)} incident_places={n_inc} context_places={n_ctx} events={n_ev} claims={n_cl}")
if errs:
    print("ERRORS:"); [print("  ", e) for e in errs]; sys.exit(1)
print("OK")
