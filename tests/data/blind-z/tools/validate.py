"""Validate blind-z.gold.json and blind-z.events.gold.json against the reports."""
import json, os, re, glob
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
ids = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(D, "bz-*.md")))

# ---- validation
gold = json.load(open(os.path.join(D, "blind-z.gold.json")))
evg = json.load(open(os.path.join(D, "blind-z.events.gold.json")))
errs = []
gid = {g["id"]: g for g in gold}; eid = {e["id"]: e for e in evg}
assert set(gid) == set(ids) == set(eid), "id mismatch"
KINDS = {"town", "district", "neighbourhood", "site", "road", "region"}
DISTS = {"Awaran","Barkhan","Chagai","Dera Bugti","Gwadar","Jafarabad","Jhal Magsi","Kachhi","Kalat","Kech","Kharan","Khuzdar",
         "Kohlu","Lasbela","Loralai","Mastung","Musakhel","Nasirabad","Nushki","Panjgur","Pishin","Qilla Abdullah","Qilla Saifullah",
         "Quetta","Sibi","Zhob","Ziarat"}
# place names that must be annotated wherever they occur (as whole words)
WATCH = ["Pakistan","Balochistan","Baluchistan","Sindh","Punjab","Khyber","Afghanistan","Iran","India","Kashmir","Islamabad",
         "Quetta","Karachi","Lahore","Peshawar","Kabul","Turbat","Panjgur","Kech","Mastung","Kalat","Qalat","Khuzdar","Bolan",
         "Kachhi","Chaman","Gwadar","Rawalpindi","Kohat","Bannu","Mohmand","Charsadda","Waziristan","Nasirabad","Naseerabad",
         "Jaffarabad","Sohbatpur","London","Saudi Arabia","Riyadh","United States","U.S.","US","Makran","Dasht","Wadh","Abbottabad",
         "Gujranwala","Muridke","Narowal","Shikarpur","Hangu","Karak","Kurram","Parachinar","Dera Murad Jamali","DM Jamali",
         "Mithri","Mitri","Pulwama","Zamuran","Dannuk","Hazarganji","Satellite Town","Chakar Azam","Sadhoke","Kanjrur","Shakargarh"]
for i in ids:
    txt = open(os.path.join(D, i + ".md")).read()
    front, body = txt.split("---\n", 2)[1], txt.split("---\n", 2)[2]
    words = len(body.split())
    if not (120 <= words <= 600): errs.append(f"{i}: length {words}")
    g = gid[i]
    surfaces = []
    incnames = set()
    for p in g["incident_places"]:
        if p["kind"] not in KINDS: errs.append(f"{i}: bad kind {p}")
        if p["district"] is not None and p["district"] not in DISTS: errs.append(f"{i}: bad district {p['district']}")
        incnames.add(p["place"])
        for s in p["surface"]:
            surfaces.append(s)
            if s not in body: errs.append(f"{i}: incident surface not in text: {s}")
    for p in g["context_places"]:
        if not p.get("why"): errs.append(f"{i}: context w/o why {p}")
        for s in p["surface"]:
            surfaces.append(s)
            if s not in body: errs.append(f"{i}: context surface not in text: {s}")
    low = [s.lower() for s in surfaces]
    for w in WATCH:
        for m in re.finditer(r"(?<![A-Za-z])" + re.escape(w) + r"(?![A-Za-z])", body):
            if not any(w.lower() in s for s in low):
                errs.append(f"{i}: watch-name '{w}' occurs but is in no surface")
                break
    e = eid[i]
    for ev in e["events"]:
        for pl in ev["places"]:
            if pl not in incnames: errs.append(f"{i}: event place not incident place: {pl}")
        for c in ev["claims"]:
            if c["surface"] not in body: errs.append(f"{i}: claim surface missing: {c['surface']}")
            if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: errs.append(f"{i}: n_min>n_max {c}")
    for c in e["aggregate_claims"]:
        if c["surface"] not in body: errs.append(f"{i}: agg surface missing: {c['surface']}")
    for k in ("title:", "url:", "publisher: blind-z (incidentmap blind set)", "published:"):
        if k not in front: errs.append(f"{i}: front matter lacks {k}")
ni = sum(len(g["incident_places"]) for g in gold); nc = sum(len(g["context_places"]) for g in gold)
ne = sum(len(e["events"]) for e in evg)
ncl = sum(len(ev["claims"]) for e in evg for ev in e["events"]) + sum(len(e["aggregate_claims"]) for e in evg)
print(f"reports {len(ids)}; incident places {ni}; context places {nc}; events {ne}; claims {ncl}")
print("\n".join(errs) if errs else "VALID")
