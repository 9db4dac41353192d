#!/usr/bin/env python3
"""Validate the blind-ab set: JSON parses, surfaces occur verbatim, ids match files,
event places are incident places, claim surfaces occur, n_min <= n_max."""
import json, glob, os, re, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
gold = json.load(open(os.path.join(D, "blind-ab.gold.json")))
ev = json.load(open(os.path.join(D, "blind-ab.events.gold.json")))
files = sorted(os.path.basename(f)[:-3] for f in glob.glob(os.path.join(D, "bab-*.md")))
errs = []
def body(i):
    s = open(os.path.join(D, i + ".md")).read()
    parts = s.split("---", 2)
    fm, text = parts[1], parts[2]
    for k in ("title:", "url:", "publisher: blind-ab (incidentmap blind set)", "published:"):
        if k not in fm: errs.append(f"{i}: front matter lacks {k}")
    n = len(text.split())
    if not (120 <= n <= 600): errs.append(f"{i}: {n} words")
    return text
gids = [g["id"] for g in gold]; eids = [e["id"] for e in ev]
if gids != files: errs.append(f"gold ids {gids} != files {files}")
if eids != files: errs.append(f"events ids != files")
VALID_KIND = {"town","district","neighbourhood","site","road","region"}
n_inc = n_ctx = n_ev = n_cl = 0
for g, e in zip(gold, ev):
    i = g["id"]; text = body(i)
    inc_places = set()
    for p in g["incident_places"]:
        n_inc += 1; inc_places.add(p["place"])
        if p["kind"] not in VALID_KIND: errs.append(f"{i}: bad kind {p}")
        for s in p["surface"]:
            if s not in text: errs.append(f"{i}: incident surface not in text: {s!r}")
    for c in g["context_places"]:
        n_ctx += 1
        if not c.get("why"): errs.append(f"{i}: context without why {c}")
        for s in c["surface"]:
            if s not in text: errs.append(f"{i}: context surface not in text: {s!r}")
    allp = [p["place"] for p in g["incident_places"]] + [c["place"] for c in g["context_places"]]
    for ev1 in e["events"]:
        n_ev += 1
        for pl in ev1["places"]:
            if pl not in inc_places: errs.append(f"{i}: event place {pl!r} not an incident place")
        if ev1["event_date_precision"] not in ("day","month","year",None): errs.append(f"{i}: bad precision")
        for c in ev1["claims"]:
            n_cl += 1
            if c["surface"] not in text: errs.append(f"{i}: claim surface not in text: {c['surface']!r}")
            if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: errs.append(f"{i}: n_min>n_max {c}")
    for c in e["aggregate_claims"]:
        n_cl += 1
        if c["surface"] not in text: errs.append(f"{i}: aggregate claim surface not in text: {c['surface']!r}")
        if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: errs.append(f"{i}: n_min>n_max {c}")
print(f"reports={len(files)} incident={n_inc} context={n_ctx} events={n_ev} claims={n_cl}")
print("\n".join(errs) if errs else "OK")
sys.exit(1 if errs else 0)
