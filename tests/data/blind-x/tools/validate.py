import json, glob, os, re
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
# validate
gold = json.load(open(f"{D}/blind-x.gold.json")); events = json.load(open(f"{D}/blind-x.events.gold.json"))
mds = sorted(os.path.basename(f)[:-3] for f in glob.glob(f"{D}/bx-*.md"))
errs = []
gi = {g["id"]: g for g in gold}; ei = {e["id"]: e for e in events}
if sorted(gi) != mds: errs.append(f"gold ids != md files: {set(gi)^set(mds)}")
if sorted(ei) != mds: errs.append(f"event ids != md files: {set(ei)^set(mds)}")
ni = nc = ne = ncl = 0
for rid in mds:
    raw = open(f"{D}/{rid}.md").read()
    fm, body = raw.split("---\n", 2)[1], raw.split("---\n", 2)[2]
    for k in ("title:", "url:", "publisher: blind-x (incidentmap blind set)", "published:"):
        if k not in fm: errs.append(f"{rid}: front matter missing {k}")
    wc = len(body.split())
    if not 120 <= wc <= 600: errs.append(f"{rid}: word count {wc}")
    g = gi.get(rid); e = ei.get(rid)
    if not g or not e: continue
    incp = set()
    for ip in g["incident_places"]:
        ni += 1; incp.add(ip["place"])
        for k in ("surface", "place", "kind", "district", "lat", "lon"):
            if k not in ip: errs.append(f"{rid}: incident missing {k}")
        if ip["kind"] not in ("town", "district", "neighbourhood", "site", "road", "region"): errs.append(f"{rid}: kind {ip['kind']}")
        for s in ip["surface"]:
            if s not in body: errs.append(f"{rid}: incident surface not in text: {s!r}")
    for cp in g["context_places"]:
        nc += 1
        for s in cp["surface"]:
            if s not in body: errs.append(f"{rid}: context surface not in text: {s!r}")
        if not cp.get("why"): errs.append(f"{rid}: context without why")
    allsurf = [s for x in g["incident_places"] + g["context_places"] for s in x["surface"]]
    low=[s for x in g["incident_places"] + g["context_places"] for s in set(y.lower() for y in x["surface"])]
    if len(low) != len(set(low)): errs.append(f"{rid}: duplicate surface across entries {[s for s in low if low.count(s)>1]}")
    for ev in e["events"]:
        ne += 1
        for p in ev["places"]:
            if p not in incp: errs.append(f"{rid}: event place not incident: {p}")
        for c in ev["claims"]:
            ncl += 1
            if c["surface"] not in body: errs.append(f"{rid}: claim surface not in text: {c['surface']!r}")
            if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: errs.append(f"{rid}: n_min>n_max")
    for c in e["aggregate_claims"]:
        ncl += 1
        if c["surface"] not in body: errs.append(f"{rid}: agg claim surface not in text: {c['surface']!r}")
    print(rid, wc, "words")
print(f"reports {len(mds)} incident {ni} context {nc} events {ne} claims {ncl}")
print("\n".join(errs) if errs else "NO ERRORS")
