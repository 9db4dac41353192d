#!/usr/bin/env python3
"""Validate the blind-c set: front matter, gold and events JSON, surfaces, event places, claims."""
import json, os, re, sys, glob
HERE = os.path.dirname(os.path.abspath(__file__))
SET = "blind-c"
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
CTYPES = {"military","police","government","militant","medical","media","local","other"}
errs = []
def err(m): errs.append(m)

def read_doc(p):
    s = open(p, encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", s, re.S)
    if not m: err(f"{p}: bad front matter"); return None
    fm = {}
    for line in m.group(1).split("\n"):
        k, _, v = line.partition(":")
        fm[k.strip()] = v.strip()
    for k in ("title", "url", "publisher", "published"):
        if k not in fm: err(f"{p}: missing {k}")
    if fm.get("publisher") != f"{SET} (incidentmap blind set)": err(f"{p}: publisher")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", fm.get("published", "")): err(f"{p}: published date")
    title = fm.get("title", "").strip('"')
    return fm, title, m.group(2)

docs = {}
for p in sorted(glob.glob(os.path.join(HERE, "bc-*.md"))):
    r = read_doc(p)
    if r:
        docid = os.path.basename(p)[:-3]
        fm, title, body = r
        docs[docid] = (fm, title + "\n" + body, body)
        n = len(body.split())
        if not 120 <= n <= 600: err(f"{docid}: {n} words")

gold = json.load(open(os.path.join(HERE, f"{SET}.gold.json"), encoding="utf-8"))
events = json.load(open(os.path.join(HERE, f"{SET}.events.gold.json"), encoding="utf-8"))
gids = [g["id"] for g in gold]; eids = [e["id"] for e in events]
if sorted(gids) != sorted(docs): err(f"gold ids {sorted(set(gids)^set(docs))}")
if sorted(eids) != sorted(docs): err(f"event ids {sorted(set(eids)^set(docs))}")
if len(set(gids)) != len(gids) or len(set(eids)) != len(eids): err("duplicate ids")

n_inc = n_ctx = n_ev = n_cl = 0
incident_names = {}
for g in gold:
    d = docs.get(g["id"]);
    if not d: continue
    text = d[1]
    names_i = set(); names_c = set()
    for p in g["incident_places"]:
        n_inc += 1
        for k in ("surface", "place", "kind", "district", "lat", "lon"):
            if k not in p: err(f"{g['id']}: incident {p.get('place')} missing {k}")
        if p["kind"] not in KINDS: err(f"{g['id']}: kind {p['kind']}")
        if p["district"] is not None and p["district"] not in DISTRICTS: err(f"{g['id']}: district {p['district']}")
        if (p["lat"] is None) != (p["lon"] is None): err(f"{g['id']}: lat/lon pair {p['place']}")
        for s in p["surface"]:
            if s not in text: err(f"{g['id']}: incident surface not in text: {s!r}")
        names_i.add(p["place"])
    for p in g["context_places"]:
        n_ctx += 1
        for k in ("surface", "place", "why"):
            if k not in p: err(f"{g['id']}: context {p.get('place')} missing {k}")
        for s in p["surface"]:
            if s not in text: err(f"{g['id']}: context surface not in text: {s!r}")
        names_c.add(p["place"])
    if names_i & names_c: err(f"{g['id']}: place both incident and context: {names_i & names_c}")
    incident_names[g["id"]] = names_i

def check_claim(docid, c, text):
    global n_cl
    n_cl += 1
    for k in ("claimant", "claimant_type", "what", "whose", "n_min", "n_max", "surface"):
        if k not in c: err(f"{docid}: claim missing {k}")
    if c["claimant_type"] not in CTYPES: err(f"{docid}: claimant_type {c['claimant_type']}")
    if c["what"] not in {"killed", "injured", "abducted", "arrested"}: err(f"{docid}: what {c['what']}")
    if c["whose"] not in {"security", "civilian", "militant", "unspecified"}: err(f"{docid}: whose {c['whose']}")
    if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]:
        err(f"{docid}: n_min > n_max {c}")
    if c["surface"] not in text: err(f"{docid}: claim surface not in text: {c['surface']!r}")

for e in events:
    d = docs.get(e["id"])
    if not d: continue
    text = d[1]
    seen = set()
    for ev in e["events"]:
        n_ev += 1
        for k in ("places", "event_date", "event_date_precision", "event_type", "sub_event_type",
                  "actor1", "actor2", "claims", "fatalities"):
            if k not in ev: err(f"{e['id']}: event missing {k}")
        for pl in ev["places"]:
            if pl not in incident_names.get(e["id"], ()): err(f"{e['id']}: event place not incident: {pl}")
        prec = ev["event_date_precision"]; dt = ev["event_date"]
        pat = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}
        if prec is not None:
            if prec not in pat or not re.fullmatch(pat[prec], dt or ""): err(f"{e['id']}: date {dt} {prec}")
        et, st = ev["event_type"], ev["sub_event_type"]
        if et is not None and et not in TYPES: err(f"{e['id']}: event_type {et}")
        if st is not None and (et is None or st not in TYPES[et]): err(f"{e['id']}: sub_event_type {st}")
        key = (ev["places"][0], dt)
        if key in seen: err(f"{e['id']}: duplicate event key {key}")
        seen.add(key)
        for c in ev["claims"]: check_claim(e["id"], c, text)
    for c in e["aggregate_claims"]: check_claim(e["id"], c, text)
    # every incident place should appear in at least one event
    used = {pl for ev in e["events"] for pl in ev["places"]}
    for pl in incident_names.get(e["id"], ()):
        if pl not in used: err(f"{e['id']}: incident place without event: {pl}")

print(f"reports {len(docs)}  incident places {n_inc}  context places {n_ctx}  events {n_ev}  claims {n_cl}")
if errs:
    print("\n".join("ERROR " + m for m in errs)); sys.exit(1)
print("OK")
