#!/usr/bin/env python3
"""Validate the blind-g set: JSON, ids, surfaces, event places, claims, front matter."""
import json, os, re, sys
D = os.path.dirname(os.path.abspath(__file__))
SET = "blind-g"
TAX = {"Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
       "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
            "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
       "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
       "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
       "Riots": {"Violent demonstration", "Mob violence"},
       "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
            "Headquarters or base established", "Looting/property destruction",
            "Non-violent transfer of territory", "Other"}}
KINDS = {"town", "district", "neighbourhood", "site", "road", "region"}
DIST27 = {"Awaran","Barkhan","Chagai","Dera Bugti","Gwadar","Jafarabad","Jhal Magsi","Kachhi","Kalat","Kech",
          "Kharan","Khuzdar","Kohlu","Lasbela","Loralai","Mastung","Musakhel","Nasirabad","Nushki","Panjgur",
          "Pishin","Qilla Abdullah","Qilla Saifullah","Quetta","Sibi","Zhob","Ziarat"}
CTYPES = {"military","police","government","militant","medical","media","local","other"}
errs, warns = [], []

def body_of(path):
    txt = open(path, encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", txt, re.S)
    if not m:
        errs.append(f"{path}: no front matter"); return {}, txt
    fm = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":"); fm[k.strip()] = v.strip()
    return fm, m.group(2)

files = sorted(f[:-3] for f in os.listdir(D) if re.match(r"bg-\d{3}\.md$", f))
gold = json.load(open(os.path.join(D, f"{SET}.gold.json"), encoding="utf-8"))
ev = json.load(open(os.path.join(D, f"{SET}.events.gold.json"), encoding="utf-8"))
gids, eids = [g["id"] for g in gold], [e["id"] for e in ev]
if sorted(gids) != files: errs.append(f"gold ids {sorted(set(gids)^set(files))} do not match files")
if sorted(eids) != files: errs.append(f"events ids {sorted(set(eids)^set(files))} do not match files")
if len(set(gids)) != len(gids) or len(set(eids)) != len(eids): errs.append("duplicate ids")
G = {g["id"]: g for g in gold}; EV = {e["id"]: e for e in ev}
allsurf = set()
for g in gold:
    for p in g["incident_places"] + g["context_places"]: allsurf.update(p["surface"])
n_inc = n_ctx = n_ev = n_cl = 0
for fid in files:
    fm, body = body_of(os.path.join(D, fid + ".md"))
    for k in ("title", "url", "publisher", "published"):
        if k not in fm: errs.append(f"{fid}: front matter lacks {k}")
    if fm.get("publisher") != f"{SET} (incidentmap blind set)": errs.append(f"{fid}: publisher {fm.get('publisher')}")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", fm.get("published", "")): errs.append(f"{fid}: bad date")
    nw = len(body.split())
    if not 120 <= nw <= 600: errs.append(f"{fid}: body has {nw} words")
    g, e = G.get(fid), EV.get(fid)
    if not g or not e: continue
    incp = set()
    for lst, kind in ((g["incident_places"], "inc"), (g["context_places"], "ctx")):
        for p in lst:
            if not p["surface"]: errs.append(f"{fid}: empty surface list for {p['place']}")
            for s in p["surface"]:
                if s not in body: errs.append(f"{fid}: surface '{s}' ({p['place']}) not in text")
            if kind == "inc":
                n_inc += 1; incp.add(p["place"])
                if p["kind"] not in KINDS: errs.append(f"{fid}: kind {p['kind']}")
                if p["district"] is not None and p["district"] not in DIST27: errs.append(f"{fid}: district {p['district']}")
                if (p["lat"] is None) != (p["lon"] is None): errs.append(f"{fid}: lat/lon half set")
            else:
                n_ctx += 1
                if not p.get("why"): errs.append(f"{fid}: context {p['place']} lacks why")
    # every surface mentioned once per report
    seen = {}
    for p in g["incident_places"] + g["context_places"]:
        for s in p["surface"]:
            if s in seen and seen[s] != p["place"]: errs.append(f"{fid}: surface '{s}' in two places")
            seen[s] = p["place"]
    # unannotated known names (heuristic)
    for s in allsurf:
        if s in seen or len(s) < 4: continue
        if re.search(r"(?<![A-Za-z])" + re.escape(s) + r"(?![A-Za-z])", body):
            if not any(s in t for t in seen): warns.append(f"{fid}: '{s}' occurs but is not annotated")
    def chk_claim(c, where):
        global n_cl
        n_cl += 1
        for k in ("claimant","claimant_type","what","whose","n_min","n_max","surface"):
            if k not in c: errs.append(f"{where}: claim lacks {k}")
        if c["claimant_type"] not in CTYPES: errs.append(f"{where}: claimant_type {c['claimant_type']}")
        if c["what"] not in {"killed","injured","abducted","arrested"}: errs.append(f"{where}: what {c['what']}")
        if c["whose"] not in {"security","civilian","militant","unspecified"}: errs.append(f"{where}: whose {c['whose']}")
        if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: errs.append(f"{where}: n_min>n_max")
        if c["surface"] not in body: errs.append(f"{where}: claim surface '{c['surface']}' not in text")
    keys = set()
    for i, x in enumerate(e["events"]):
        n_ev += 1; w = f"{fid} event {i}"
        for p in x["places"]:
            if p not in incp: errs.append(f"{w}: place '{p}' not an incident place")
        t, st = x["event_type"], x["sub_event_type"]
        if t is not None and t not in TAX: errs.append(f"{w}: type {t}")
        if st is not None and (t is None or st not in TAX[t]): errs.append(f"{w}: sub type {st}")
        if x["event_date_precision"] not in (None, "day", "month", "year"): errs.append(f"{w}: precision")
        d = x["event_date"]
        if d is not None:
            pat = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$", None: r"^\d{4}-\d{2}-\d{2}$"}[x["event_date_precision"]]
            if not re.match(pat, d): errs.append(f"{w}: date {d} vs precision")
            if x["event_date_precision"] is None and d != fm.get("published"): errs.append(f"{w}: null precision but date != published")
        k = (x["places"][0], d)
        if k in keys: warns.append(f"{w}: two events share first place and date {k}")
        keys.add(k)
        for c in x["claims"]: chk_claim(c, w)
    for c in e["aggregate_claims"]: chk_claim(c, f"{fid} aggregate")
print(f"{len(files)} reports; {n_inc} incident places, {n_ctx} context places, {n_ev} events, {n_cl} claims")
for w in warns: print("WARN", w)
for x in errs: print("ERROR", x)
sys.exit(1 if errs else 0)
