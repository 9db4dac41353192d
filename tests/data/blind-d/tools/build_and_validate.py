#!/usr/bin/env python3
"""Build blind-d.gold.json and blind-d.events.gold.json from tools/places.py and
tools/events.py, then validate both against the report files."""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from places import PLACES
from events import EV

def read_report(path):
    s = open(path, encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", s, re.S)
    assert m, path
    fm, body = m.group(1), m.group(2)
    meta = {}
    for line in fm.splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    title = meta.get("title", "").strip('"')
    return meta, title, body

ids = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(ROOT, "bd-*.md")))
gold, evgold, errors = [], [], []
for i in ids:
    if i not in PLACES: errors.append(f"{i}: no place gold"); continue
    inc, ctx = PLACES[i]
    gold.append({"id": i, "incident_places": inc, "context_places": ctx})
    if i not in EV: errors.append(f"{i}: no event gold"); continue
    evs, agg = EV[i]
    evgold.append({"id": i, "events": evs, "aggregate_claims": agg})
for k in set(PLACES) - set(ids): errors.append(f"{k}: gold without report")
for k in set(EV) - set(ids): errors.append(f"{k}: events without report")

json.dump(gold, open(os.path.join(ROOT, "blind-d.gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
json.dump(evgold, open(os.path.join(ROOT, "blind-d.events.gold.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)
# re-read to check they parse
gold = json.load(open(os.path.join(ROOT, "blind-d.gold.json"), encoding="utf-8"))
evgold = json.load(open(os.path.join(ROOT, "blind-d.events.gold.json"), encoding="utf-8"))

KINDS = {"town", "district", "neighbourhood", "site", "road", "region"}
DISTRICTS = {"Awaran","Barkhan","Chagai","Dera Bugti","Gwadar","Jafarabad","Jhal Magsi","Kachhi","Kalat","Kech",
  "Kharan","Khuzdar","Kohlu","Lasbela","Loralai","Mastung","Musakhel","Nasirabad","Nushki","Panjgur","Pishin",
  "Qilla Abdullah","Qilla Saifullah","Quetta","Sibi","Zhob","Ziarat"}
ETYPES = {"Battles": {"Armed clash","Government regains territory","Non-state actor overtakes territory"},
  "Explosions/Remote violence": {"Chemical weapon","Air/drone strike","Suicide bomb","Shelling/artillery/missile attack","Remote explosive/landmine/IED","Grenade"},
  "Violence against civilians": {"Sexual violence","Attack","Abduction/forced disappearance"},
  "Protests": {"Peaceful protest","Protest with intervention","Excessive force against protesters"},
  "Riots": {"Violent demonstration","Mob violence"},
  "Strategic developments": {"Agreement","Arrests","Change to group/activity","Disrupted weapons use","Headquarters or base established","Looting/property destruction","Non-violent transfer of territory","Other"}}
CTYPES = {"military","police","government","militant","medical","media","local","other"}
stats = {"reports": 0, "incident": 0, "context": 0, "events": 0, "claims": 0, "agg": 0}
ev_by_id = {e["id"]: e for e in evgold}
for g in gold:
    i = g["id"]; stats["reports"] += 1
    meta, title, body = read_report(os.path.join(ROOT, i + ".md"))
    text = title + "\n" + body
    nw = len(body.split())
    if not (120 <= nw <= 600): errors.append(f"{i}: body has {nw} words")
    if meta.get("publisher") != "blind-d (incidentmap blind set)": errors.append(f"{i}: publisher")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", meta.get("published", "")): errors.append(f"{i}: published")
    names = set(); allsurf = {}
    for p in g["incident_places"]:
        stats["incident"] += 1
        if p["kind"] not in KINDS: errors.append(f"{i}: kind {p['kind']}")
        if p["district"] is not None and p["district"] not in DISTRICTS: errors.append(f"{i}: district {p['district']}")
        if (p["lat"] is None) != (p["lon"] is None): errors.append(f"{i}: lat/lon half set")
        names.add(p["place"])
    for p in g["context_places"]:
        stats["context"] += 1
        if not p.get("why"): errors.append(f"{i}: context without why {p['place']}")
    for p in g["incident_places"] + g["context_places"]:
        for s in p["surface"]:
            if s not in text: errors.append(f"{i}: surface not in text: {s!r}")
            if s in allsurf and allsurf[s] != p["place"]: errors.append(f"{i}: surface {s!r} used by two places")
            allsurf[s] = p["place"]
    ctxnames = {p["place"] for p in g["context_places"]}
    if names & ctxnames: errors.append(f"{i}: place both incident and context: {names & ctxnames}")
    e = ev_by_id.get(i)
    if e is None: errors.append(f"{i}: no events entry"); continue
    def chk_claim(c, where):
        stats["claims"] += 1
        if c["surface"] not in text: errors.append(f"{i}: claim surface not in text: {c['surface']!r} ({where})")
        if c["claimant_type"] not in CTYPES: errors.append(f"{i}: claimant_type {c['claimant_type']}")
        if c["what"] not in {"killed","injured","abducted","arrested"}: errors.append(f"{i}: what {c['what']}")
        if c["whose"] not in {"security","civilian","militant","unspecified"}: errors.append(f"{i}: whose {c['whose']}")
        if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: errors.append(f"{i}: n_min>n_max {c}")
        if c["n_min"] is None and c["n_max"] is None: errors.append(f"{i}: claim without numbers {c}")
    for ev in e["events"]:
        stats["events"] += 1
        for pl in ev["places"]:
            if pl not in names: errors.append(f"{i}: event place not an incident place: {pl}")
        if ev["event_type"] is not None:
            if ev["event_type"] not in ETYPES: errors.append(f"{i}: event_type {ev['event_type']}")
            elif ev["sub_event_type"] is not None and ev["sub_event_type"] not in ETYPES[ev["event_type"]]:
                errors.append(f"{i}: sub_event_type {ev['sub_event_type']}")
        d, pr = ev["event_date"], ev["event_date_precision"]
        pat = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$", None: r"^\d{4}-\d{2}-\d{2}$"}[pr]
        if not re.match(pat, d or ""): errors.append(f"{i}: date {d} vs precision {pr}")
        for c in ev["claims"]: chk_claim(c, ev["places"][0])
    for c in e["aggregate_claims"]:
        stats["agg"] += 1; chk_claim(c, "aggregate")
    # every incident place should appear in at least one event
    used = {pl for ev in e["events"] for pl in ev["places"]}
    for n in names - used: errors.append(f"{i}: incident place without event: {n}")

print(json.dumps(stats))
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
