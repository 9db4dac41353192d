import json, os, re, glob, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
TYPES = {"Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
 "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
 "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
 "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
 "Riots": ["Violent demonstration", "Mob violence"],
 "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"]}
errs = 0
def err(*a):
    global errs; errs += 1; print("ERROR", *a)
gold = json.load(open(os.path.join(D, "blind-w.gold.json")))
ev = json.load(open(os.path.join(D, "blind-w.events.gold.json")))
files = sorted(f[:-3] for f in os.listdir(D) if re.match(r"bw-\d{3}\.md$", f))
gid = [g["id"] for g in gold]; eid = [e["id"] for e in ev]
if files != sorted(gid): err("gold ids != files", set(files) ^ set(gid))
if files != sorted(eid): err("event ids != files", set(files) ^ set(eid))
texts = {}
for f in files:
    raw = open(os.path.join(D, f + ".md")).read()
    m = re.match(r"---\ntitle: \"(.*)\"\nurl: (.*)\npublisher: blind-w \(incidentmap blind set\)\npublished: (\d{4}-\d{2}-\d{2})\n---\n(.*)", raw, re.S)
    if not m: err(f, "front matter"); continue
    texts[f] = m.group(4)
    n = len(m.group(4).split())
    if not 120 <= n <= 600: err(f, "length", n)
ninc = nctx = nev = ncl = 0
for g in gold:
    t = texts[g["id"]]
    names_i = [p["place"] for p in g["incident_places"]]
    names_c = [p["place"] for p in g["context_places"]]
    ninc += len(names_i); nctx += len(names_c)
    for p in g["incident_places"]:
        assert set(p) == {"surface", "place", "kind", "district", "lat", "lon"}, p
        if p["kind"] not in ("town", "district", "neighbourhood", "site", "road", "region"): err(g["id"], "kind", p)
        for s in p["surface"]:
            if s not in t: err(g["id"], "surface missing", s)
    for p in g["context_places"]:
        assert set(p) == {"surface", "place", "why"}, p
        for s in p["surface"]:
            if s not in t: err(g["id"], "ctx surface missing", s)
    for dup in set(names_i) & set(names_c): err(g["id"], "place in both lists", dup)
    for lst, nm in ((names_i, "inc"), (names_c, "ctx")):
        if len(lst) != len(set(lst)): err(g["id"], "duplicate place in", nm, lst)
for e in ev:
    t = texts[e["id"]]
    inc = [p["place"] for p in next(g for g in gold if g["id"] == e["id"])["incident_places"]]
    seen = set()
    for x in e["events"]:
        nev += 1
        for pl in x["places"]:
            if pl not in inc: err(e["id"], "event place not incident", pl)
        key = (x["places"][0], x["event_date"])
        if key in seen: err(e["id"], "two events same first place/date", key)
        seen.add(key)
        if x["event_type"] is not None and x["event_type"] not in TYPES: err(e["id"], "type", x["event_type"])
        if x["sub_event_type"] is not None and x["sub_event_type"] not in TYPES.get(x["event_type"], []): err(e["id"], "subtype", x["sub_event_type"])
        if x["event_date_precision"] not in ("day", "month", "year", None): err(e["id"], "precision")
        for c in x["claims"]: pass
    for c in [c for x in e["events"] for c in x["claims"]] + e["aggregate_claims"]:
        ncl += 1
        if c["surface"] not in t: err(e["id"], "claim surface missing", c["surface"])
        if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: err(e["id"], "nmin>nmax", c)
        if c["what"] not in ("killed", "injured", "abducted", "arrested"): err(e["id"], "what", c)
        if c["whose"] not in ("security", "civilian", "militant", "unspecified"): err(e["id"], "whose", c)
        if c["claimant_type"] not in ("military", "police", "government", "militant", "medical", "media", "local", "other"): err(e["id"], "ctype", c)
    # places in incident list without any event
    evpl = {pl for x in e["events"] for pl in x["places"]}
    for pl in inc:
        if pl not in evpl: print("note:", e["id"], "incident place without event:", pl)
print(f"reports={len(files)} incident={ninc} context={nctx} events={nev} claims={ncl} errors={errs}")
if "--caps" in sys.argv:
    for g in gold:
        t = texts[g["id"]]
        covered = t
        for p in g["incident_places"] + g["context_places"]:
            for s in sorted(p["surface"], key=len, reverse=True):
                covered = covered.replace(s, " ")
        caps = sorted(set(re.findall(r"\b[A-Z][a-zA-Z\-']+(?:\s+[A-Z][a-zA-Z\-']+)*", covered)))
        print(g["id"], "|", "; ".join(caps))
