#!/usr/bin/env python3
"""Validate the blind-l gold files against the report texts."""
import json, glob, os, re, sys
here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
os.chdir(here)
errors = []
def body(path):
    s = open(path, encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", s, re.S)
    if not m:
        errors.append(f"{path}: no front matter"); return "", {}
    fm = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":"); fm[k.strip()] = v.strip()
    return m.group(2), fm
files = sorted(glob.glob("bl-*.md"))
ids = [os.path.basename(f)[:-3] for f in files]
texts = {}
for f, i in zip(files, ids):
    t, fm = body(f); texts[i] = t
    for k in ("title", "url", "publisher", "published"):
        if k not in fm: errors.append(f"{i}: front matter lacks {k}")
    if fm.get("publisher") != "blind-l (incidentmap blind set)": errors.append(f"{i}: publisher")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", fm.get("published", "")): errors.append(f"{i}: published date")
    n = len(t.split())
    if not 120 <= n <= 600: errors.append(f"{i}: {n} words")
gold = json.load(open("blind-l.gold.json"))
evg = json.load(open("blind-l.events.gold.json"))
gids = [g["id"] for g in gold]; eids = [e["id"] for e in evg]
if sorted(gids) != ids: errors.append(f"gold ids mismatch: {set(gids) ^ set(ids)}")
if sorted(eids) != ids: errors.append(f"events ids mismatch: {set(eids) ^ set(ids)}")
KINDS = {"town", "district", "neighbourhood", "site", "road", "region"}
DISTRICTS = {"Awaran","Barkhan","Chagai","Dera Bugti","Gwadar","Jafarabad","Jhal Magsi","Kachhi","Kalat","Kech","Kharan","Khuzdar","Kohlu","Lasbela","Loralai","Mastung","Musakhel","Nasirabad","Nushki","Panjgur","Pishin","Qilla Abdullah","Qilla Saifullah","Quetta","Sibi","Zhob","Ziarat"}
ETYPES = {"Battles": {"Armed clash","Government regains territory","Non-state actor overtakes territory"},
 "Explosions/Remote violence": {"Chemical weapon","Air/drone strike","Suicide bomb","Shelling/artillery/missile attack","Remote explosive/landmine/IED","Grenade"},
 "Violence against civilians": {"Sexual violence","Attack","Abduction/forced disappearance"},
 "Protests": {"Peaceful protest","Protest with intervention","Excessive force against protesters"},
 "Riots": {"Violent demonstration","Mob violence"},
 "Strategic developments": {"Agreement","Arrests","Change to group/activity","Disrupted weapons use","Headquarters or base established","Looting/property destruction","Non-violent transfer of territory","Other"}}
stats = dict(inc=0, ctx=0, ev=0, cl=0, agg=0)
incplaces = {}
for g in gold:
    i = g["id"]; t = texts.get(i, "")
    names = set()
    for p in g["incident_places"]:
        stats["inc"] += 1
        if p["kind"] not in KINDS: errors.append(f"{i}: bad kind {p}")
        if p["district"] is not None and p["district"] not in DISTRICTS: errors.append(f"{i}: bad district {p['district']}")
        if (p["lat"] is None) != (p["lon"] is None): errors.append(f"{i}: lat/lon half set {p['place']}")
        for s in p["surface"]:
            if s not in t: errors.append(f"{i}: incident surface not in text: {s!r}")
        names.add(p["place"])
    for p in g["context_places"]:
        stats["ctx"] += 1
        if not p.get("why"): errors.append(f"{i}: context without why {p}")
        for s in p["surface"]:
            if s not in t: errors.append(f"{i}: context surface not in text: {s!r}")
    incplaces[i] = names
def check_claim(i, c, where):
    t = texts[i]
    if c["surface"] not in t: errors.append(f"{i} {where}: claim surface not in text: {c['surface']!r}")
    if c["claimant_type"] not in {"military","police","government","militant","medical","media","local","other"}: errors.append(f"{i}: claimant_type {c}")
    if c["what"] not in {"killed","injured","abducted","arrested"}: errors.append(f"{i}: what {c}")
    if c["whose"] not in {"security","civilian","militant","unspecified"}: errors.append(f"{i}: whose {c}")
    if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: errors.append(f"{i}: n_min>n_max {c}")
for e in evg:
    i = e["id"]
    for ev in e["events"]:
        stats["ev"] += 1
        for p in ev["places"]:
            if p not in incplaces[i]: errors.append(f"{i}: event place not an incident place: {p}")
        if ev["event_type"] is not None:
            if ev["event_type"] not in ETYPES: errors.append(f"{i}: event_type {ev['event_type']}")
            elif ev["sub_event_type"] is not None and ev["sub_event_type"] not in ETYPES[ev["event_type"]]: errors.append(f"{i}: sub_event_type {ev['sub_event_type']}")
        if ev["event_date_precision"] not in ("day","month","year",None): errors.append(f"{i}: precision")
        d = ev["event_date"]; pr = ev["event_date_precision"]
        pat = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}", None: r"\d{4}-\d{2}-\d{2}"}[pr]
        if not re.fullmatch(pat, d or ""): errors.append(f"{i}: date {d} vs precision {pr}")
        for c in ev["claims"]:
            stats["cl"] += 1; check_claim(i, c, "event")
    for c in e["aggregate_claims"]:
        stats["agg"] += 1; check_claim(i, c, "aggregate")
# every incident place should appear in at least one event (warning only)
for e in evg:
    used = {p for ev in e["events"] for p in ev["places"]}
    for p in incplaces[e["id"]] - used:
        print(f"warning: {e['id']}: incident place without event: {p}")
print(json.dumps(stats))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK: all checks passed for", len(ids), "reports")
