import json, os, glob, re, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
gold = json.load(open(os.path.join(D, "blind-ac.gold.json")))
evs = json.load(open(os.path.join(D, "blind-ac.events.gold.json")))
files = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(D, "bac-*.md")))
G = {g["id"]: g for g in gold}; EV = {e["id"]: e for e in evs}
err = 0
def bad(*a):
    global err; err += 1; print("ERR", *a)
if set(files) != set(G) or set(files) != set(EV): bad("id mismatch", set(files) ^ set(G), set(files) ^ set(EV))
stats = dict(inc=0, ctx=0, ev=0, cl=0, words=[])
for fid in files:
    raw = open(os.path.join(D, fid + ".md")).read()
    fm, body = raw.split("---\n", 2)[1], raw.split("---\n", 2)[2]
    for k in ("title:", "url:", "publisher: blind-ac (incidentmap blind set)", "published:"):
        if k not in fm: bad(fid, "front matter", k)
    nw = len(body.split()); stats["words"].append(nw)
    if not (120 <= nw <= 600): bad(fid, "length", nw)
    g = G.get(fid, {}); e = EV.get(fid, {})
    incnames = set()
    for p in g.get("incident_places", []):
        stats["inc"] += 1; incnames.add(p["place"])
        for s in p["surface"]:
            if s not in body: bad(fid, "inc surface missing", s)
        if p["kind"] not in ("town","district","neighbourhood","site","road","region"): bad(fid, "kind", p)
    for p in g.get("context_places", []):
        stats["ctx"] += 1
        for s in p["surface"]:
            if s not in body: bad(fid, "ctx surface missing", s)
        if not p.get("why"): bad(fid, "no why", p)
    for ev in e.get("events", []):
        stats["ev"] += 1
        for pl in ev["places"]:
            if pl not in incnames: bad(fid, "event place not incident", pl)
        for c in ev["claims"]:
            stats["cl"] += 1
            if c["surface"] not in body: bad(fid, "claim surface missing", c["surface"])
            if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: bad(fid, "nmin>nmax", c)
    for c in e.get("aggregate_claims", []):
        stats["cl"] += 1
        if c["surface"] not in body: bad(fid, "agg claim surface missing", c["surface"])
        if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: bad(fid, "nmin>nmax", c)
    if "-v" in sys.argv:
        covered = " ".join(s for p in g.get("incident_places", []) + g.get("context_places", []) for s in p["surface"])
        caps = set(re.findall(r"\b[A-Z][a-zA-Z\-']+(?:\s[A-Z][a-zA-Z\-']+)*", body))
        un = sorted(c for c in caps if c not in covered)
        print(fid, "UNCOVERED:", ", ".join(un))
print("reports", len(files), "incident", stats["inc"], "context", stats["ctx"], "events", stats["ev"], "claims", stats["cl"], "words", min(stats["words"]) if stats["words"] else 0, max(stats["words"]) if stats["words"] else 0)
print("errors", err)
