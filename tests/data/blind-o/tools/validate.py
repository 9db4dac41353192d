#!/usr/bin/env python3
"""Validate the blind-o set (run from the set folder)."""
import json, glob, os, re, sys

def body(path):
    txt = open(path, encoding="utf-8").read()
    parts = txt.split("---", 2)
    assert txt.startswith("---") and len(parts) == 3, path
    fm = parts[1]
    for key in ("title:", "url:", "publisher:", "published:"):
        assert key in fm, (path, key)
    assert "publisher: blind-o (incidentmap blind set)" in fm, path
    assert re.search(r"published: \d{4}-\d{2}-\d{2}", fm), path
    return parts[2]

errors = []
files = sorted(glob.glob("bo-*.md"))
texts = {os.path.basename(f)[:-3]: body(f) for f in files}
gold = json.load(open("blind-o.gold.json"))
ev = json.load(open("blind-o.events.gold.json"))
gids = [g["id"] for g in gold]; eids = [e["id"] for e in ev]
if sorted(gids) != sorted(texts): errors.append(("gold ids mismatch", set(gids) ^ set(texts)))
if sorted(eids) != sorted(texts): errors.append(("event ids mismatch", set(eids) ^ set(texts)))
if len(set(gids)) != len(gids) or len(set(eids)) != len(eids): errors.append("duplicate ids")
KINDS = {"town", "district", "neighbourhood", "site", "road", "region"}
DISTRICTS = {"Awaran", "Barkhan", "Chagai", "Dera Bugti", "Gwadar", "Jafarabad", "Jhal Magsi", "Kachhi", "Kalat",
             "Kech", "Kharan", "Khuzdar", "Kohlu", "Lasbela", "Loralai", "Mastung", "Musakhel", "Nasirabad", "Nushki",
             "Panjgur", "Pishin", "Qilla Abdullah", "Qilla Saifullah", "Quetta", "Sibi", "Zhob", "Ziarat", None}
ET = {"Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
      "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                                     "Remote explosive/landmine/IED", "Grenade"},
      "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
      "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
      "Riots": {"Violent demonstration", "Mob violence"},
      "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                                 "Headquarters or base established", "Looting/property destruction",
                                 "Non-violent transfer of territory", "Other"}}
for g in gold:
    t = texts.get(g["id"], "")
    inc = {p["place"] for p in g["incident_places"]}
    ctx = {p["place"] for p in g["context_places"]}
    if inc & ctx: errors.append((g["id"], "place in both lists", inc & ctx))
    for p in g["incident_places"] + g["context_places"]:
        for s in p["surface"]:
            if s not in t: errors.append((g["id"], "surface not in text", s))
    for p in g["incident_places"]:
        if p["kind"] not in KINDS: errors.append((g["id"], "bad kind", p))
        if p["district"] not in DISTRICTS: errors.append((g["id"], "bad district", p))
        if (p["lat"] is None) != (p["lon"] is None): errors.append((g["id"], "lat/lon pair", p))
    for p in g["context_places"]:
        if not p.get("why"): errors.append((g["id"], "context without why", p))
for e in ev:
    t = texts.get(e["id"], "")
    g = next(x for x in gold if x["id"] == e["id"])
    inc = {p["place"] for p in g["incident_places"]}
    used = set()
    for x in e["events"]:
        for pl in x["places"]:
            used.add(pl)
            if pl not in inc: errors.append((e["id"], "event place not an incident place", pl))
        if x["event_type"] is not None and x["sub_event_type"] not in ET.get(x["event_type"], ()):
            errors.append((e["id"], "bad event type", x["event_type"], x["sub_event_type"]))
        if x["event_date_precision"] not in ("day", "month", "year", None): errors.append((e["id"], "bad precision"))
        d = x["event_date"]
        if d is not None:
            want = {"day": 10, "month": 7, "year": 4, None: 10}[x["event_date_precision"]]
            if len(d) != want: errors.append((e["id"], "date/precision mismatch", d, x["event_date_precision"]))
    for c in [c for x in e["events"] for c in x["claims"]] + e["aggregate_claims"]:
        if c["surface"] not in t: errors.append((e["id"], "claim surface not in text", c["surface"]))
        if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]:
            errors.append((e["id"], "n_min > n_max", c))
        if c["what"] not in ("killed", "injured", "abducted", "arrested"): errors.append((e["id"], "bad what", c))
        if c["whose"] not in ("security", "civilian", "militant", "unspecified"): errors.append((e["id"], "bad whose", c))
        if c["claimant_type"] not in ("military", "police", "government", "militant", "medical", "media", "local", "other"):
            errors.append((e["id"], "bad claimant_type", c))
    unused = inc - used
    if unused: print("note:", e["id"], "incident places without an event:", unused)
for i, t in texts.items():
    n = len(t.split())
    if not 120 <= n <= 600: errors.append((i, "length", n))
if errors:
    for x in errors: print("ERROR", x)
    sys.exit(1)
print("OK:", len(texts), "reports validated")
