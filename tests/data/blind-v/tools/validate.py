import json, os, re, glob, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
g = json.load(open(os.path.join(D, "blind-v.gold.json")))
e = json.load(open(os.path.join(D, "blind-v.events.gold.json")))
files = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(D, "bv-*.md")))
gi = {x["id"]: x for x in g}; ei = {x["id"]: x for x in e}
err = []
if sorted(gi) != files: err.append(f"gold ids != files: {set(gi)^set(files)}")
if sorted(ei) != files: err.append(f"events ids != files: {set(ei)^set(files)}")
VALID_T = {"Battles","Explosions/Remote violence","Violence against civilians","Protests","Riots","Strategic developments",None}
ni = nc = nev = ncl = 0
for f in files:
    raw = open(os.path.join(D, f + ".md")).read()
    m = re.match(r"---\n(.*?)\n---\n(.*)", raw, re.S)
    if not m: err.append(f"{f}: bad front matter"); continue
    fm, text = m.group(1), m.group(2)
    for k in ("title:", "url:", "publisher: blind-v (incidentmap blind set)", "published:"):
        if k not in fm: err.append(f"{f}: missing {k}")
    wc = len(text.split())
    if not 120 <= wc <= 600: err.append(f"{f}: {wc} words")
    G = gi.get(f); E = ei.get(f)
    if not G or not E: continue
    incn = set()
    for p in G["incident_places"]:
        ni += 1; incn.add(p["place"])
        for k in ("surface","place","kind","district","lat","lon"):
            if k not in p: err.append(f"{f}: inc missing {k}")
        if p["kind"] not in ("town","district","neighbourhood","site","road","region"): err.append(f"{f}: bad kind {p['kind']}")
        for s in p["surface"]:
            if s not in text: err.append(f"{f}: inc surface not in text: {s!r}")
    for p in G["context_places"]:
        nc += 1
        if not p.get("why"): err.append(f"{f}: ctx no why")
        for s in p["surface"]:
            if s not in text: err.append(f"{f}: ctx surface not in text: {s!r}")
    for ev in E["events"]:
        nev += 1
        for pl in ev["places"]:
            if pl not in incn: err.append(f"{f}: event place not incident: {pl}")
        if ev["event_type"] not in VALID_T: err.append(f"{f}: bad type {ev['event_type']}")
        for c in ev["claims"]:
            ncl += 1
            if c["surface"] not in text: err.append(f"{f}: claim surface not in text: {c['surface']!r}")
            if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: err.append(f"{f}: n_min>n_max")
    for c in E["aggregate_claims"]:
        ncl += 1
        if c["surface"] not in text: err.append(f"{f}: agg surface not in text: {c['surface']!r}")
        if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: err.append(f"{f}: n_min>n_max")
    # every incident place should appear in some event
    used = {pl for ev in E["events"] for pl in ev["places"]}
    for pl in incn - used: err.append(f"{f}: incident place without event: {pl}")
    # heuristic: capitalised words not covered by any surface
    if "-v" in sys.argv:
        cov = [s for p in G["incident_places"]+G["context_places"] for s in p["surface"]]
        t2 = text
        for s in sorted(cov, key=len, reverse=True): t2 = t2.replace(s, " ")
        caps = sorted(set(re.findall(r"\b[A-Z][a-zA-Z'-]+(?:\s+[A-Z][a-zA-Z'-]+)*", t2)))
        print(f, wc, "|", "; ".join(caps))
print(f"reports={len(files)} incident={ni} context={nc} events={nev} claims={ncl}")
print("\n".join(err) if err else "OK")
