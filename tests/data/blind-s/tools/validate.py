import json, os, re, glob, sys
import os
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
gold = json.load(open(f"{D}/blind-s.gold.json")); ev = json.load(open(f"{D}/blind-s.events.gold.json"))
files = sorted(glob.glob(f"{D}/bs-*.md")); ids = [os.path.basename(f)[:-3] for f in files]
err = []; warn = []
gi = {g["id"]: g for g in gold}; ei = {e["id"]: e for e in ev}
if sorted(gi) != ids: err.append(f"gold ids mismatch {sorted(gi)} vs {ids}")
if sorted(ei) != ids: err.append("events ids mismatch")
ET = {"Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
 "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
 "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
 "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
 "Riots": ["Violent demonstration", "Mob violence"],
 "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"]}
tot = dict(inc=0, ctx=0, ev=0, cl=0, words=0)
for f, i in zip(files, ids):
    raw = open(f).read()
    m = re.match(r"^---\ntitle: \".+\"\nurl: ?(\S*)\npublisher: blind-s \(incidentmap blind set\)\npublished: (\d{4}-\d{2}-\d{2})\n---\n", raw)
    if not m: err.append(f"{i}: bad front matter"); continue
    text = raw[m.end():]
    wc = len(text.split()); tot["words"] += wc
    if not 120 <= wc <= 600: err.append(f"{i}: {wc} words")
    g = gi[i]; e = ei[i]
    inc_places = set(); seen = {}
    for p in g["incident_places"]:
        tot["inc"] += 1; inc_places.add(p["place"])
        assert p["kind"] in ("town", "district", "neighbourhood", "site", "road", "region"), p
        for s in p["surface"]:
            if s not in text: err.append(f"{i}: incident surface missing {s!r}")
            if s in seen: err.append(f"{i}: surface {s!r} in two entries")
            seen[s] = p["place"]
    for p in g["context_places"]:
        tot["ctx"] += 1
        if p["place"] in inc_places: err.append(f"{i}: {p['place']} both incident and context")
        for s in p["surface"]:
            if s not in text: err.append(f"{i}: context surface missing {s!r}")
            if s in seen: err.append(f"{i}: surface {s!r} in two entries")
            seen[s] = p["place"]
    used = set()
    def chk(c, where):
        tot["cl"] += 1
        if c["surface"] not in text: err.append(f"{i}: claim surface missing {c['surface']!r}")
        elif text.count(c["surface"]) > 1: warn.append(f"{i}: claim surface {c['surface']!r} occurs {text.count(c['surface'])}x")
        if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: err.append(f"{i}: n_min>n_max")
        assert c["what"] in ("killed", "injured", "abducted", "arrested") and c["whose"] in ("security", "civilian", "militant", "unspecified")
        assert c["claimant_type"] in ("military", "police", "government", "militant", "medical", "media", "local", "other")
    for x in e["events"]:
        tot["ev"] += 1
        for p in x["places"]:
            if p not in inc_places: err.append(f"{i}: event place {p!r} not an incident place")
            used.add(p)
        if x["event_type"] and x["sub_event_type"] and x["sub_event_type"] not in ET[x["event_type"]]: err.append(f"{i}: bad subtype {x}")
        if x["event_date"] and x["event_date_precision"] not in ("day", "month", "year"): err.append(f"{i}: precision")
        for c in x["claims"]: chk(c, "ev")
    for c in e["aggregate_claims"]: chk(c, "agg")
    for p in inc_places - used: warn.append(f"{i}: incident place {p} in no event")
    # heuristic: capitalised words not covered by any surface
    covered = " ".join(seen)
print("\n".join("ERR " + x for x in err)); print("\n".join("WARN " + x for x in warn))
print(tot, "reports", len(ids))
sys.exit(1 if err else 0)
