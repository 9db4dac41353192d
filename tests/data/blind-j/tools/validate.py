#!/usr/bin/env python3
"""Validate the blind-j set: JSON, ids, surfaces, event places, claims, enums, unannotated place names."""
import json, os, re, glob, sys
HERE = os.path.dirname(os.path.abspath(__file__))
SET = "blind-j"
errors = []; warns = []

def body_of(path):
    s = open(path, encoding="utf-8").read()
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", s, re.S)
    if not m:
        errors.append(f"{path}: bad front matter"); return {}, s
    fm = {}
    for line in m.group(1).splitlines():
        k, _, v = line.partition(":"); fm[k.strip()] = v.strip()
    return fm, m.group(2)

gold = json.load(open(os.path.join(HERE, f"{SET}.gold.json")))
evg = json.load(open(os.path.join(HERE, f"{SET}.events.gold.json")))
files = sorted(glob.glob(os.path.join(HERE, "bj-*.md")))
ids = [os.path.basename(f)[:-3] for f in files]
gid = [g["id"] for g in gold]; eid = [e["id"] for e in evg]
if sorted(gid) != ids: errors.append(f"gold ids {gid} != files {ids}")
if sorted(eid) != ids: errors.append(f"events ids != files")
if len(set(gid)) != len(gid) or len(set(eid)) != len(eid): errors.append("duplicate ids")

DISTRICTS = {"Awaran","Barkhan","Chagai","Dera Bugti","Gwadar","Jafarabad","Jhal Magsi","Kachhi","Kalat","Kech",
 "Kharan","Khuzdar","Kohlu","Lasbela","Loralai","Mastung","Musakhel","Nasirabad","Nushki","Panjgur","Pishin",
 "Qilla Abdullah","Qilla Saifullah","Quetta","Sibi","Zhob","Ziarat"}
KINDS = {"town","district","neighbourhood","site","road","region"}
TAX = {"Battles": {"Armed clash","Government regains territory","Non-state actor overtakes territory"},
 "Explosions/Remote violence": {"Chemical weapon","Air/drone strike","Suicide bomb","Shelling/artillery/missile attack","Remote explosive/landmine/IED","Grenade"},
 "Violence against civilians": {"Sexual violence","Attack","Abduction/forced disappearance"},
 "Protests": {"Peaceful protest","Protest with intervention","Excessive force against protesters"},
 "Riots": {"Violent demonstration","Mob violence"},
 "Strategic developments": {"Agreement","Arrests","Change to group/activity","Disrupted weapons use",
   "Headquarters or base established","Looting/property destruction","Non-violent transfer of territory","Other"}}
CTYPES = {"military","police","government","militant","medical","media","local","other"}
WHAT = {"killed","injured","abducted","arrested"}; WHOSE = {"security","civilian","militant","unspecified"}
PREC = {"day","month","year",None}

texts = {}
for f in files:
    i = os.path.basename(f)[:-3]
    fm, body = body_of(f)
    texts[i] = body
    for k in ("title","url","publisher","published"):
        if k not in fm: errors.append(f"{i}: front matter lacks {k}")
    if fm.get("publisher") != f"{SET} (incidentmap blind set)": errors.append(f"{i}: publisher {fm.get('publisher')}")
    if not re.match(r"^\d{4}-\d{2}-\d{2}$", fm.get("published","")): errors.append(f"{i}: published")
    n = len(body.split())
    if not 120 <= n <= 600: errors.append(f"{i}: {n} words")

all_surfaces = set()
n_inc = n_ctx = n_ev = n_cl = n_agg = 0
for g in gold:
    i = g["id"]; body = texts.get(i, "")
    inc_names = set(); seen_surf = {}
    for kind, lst in (("incident", g["incident_places"]), ("context", g["context_places"])):
        for p in lst:
            for s in p["surface"]:
                all_surfaces.add(s)
                if s not in body: errors.append(f"{i}: {kind} surface not in text: {s!r}")
                if s in seen_surf and seen_surf[s] != p["place"]:
                    errors.append(f"{i}: surface {s!r} used for two places")
                seen_surf[s] = p["place"]
            if kind == "incident":
                n_inc += 1; inc_names.add(p["place"])
                if p["kind"] not in KINDS: errors.append(f"{i}: kind {p['kind']}")
                if p["district"] is not None and p["district"] not in DISTRICTS: errors.append(f"{i}: district {p['district']}")
                if (p["lat"] is None) != (p["lon"] is None): errors.append(f"{i}: lat/lon half set")
            else:
                n_ctx += 1
                if not p.get("why"): errors.append(f"{i}: context without why: {p['place']}")
    for kind in ("incident_places", "context_places"):
        nm = [p["place"] for p in g[kind]]
        if len(nm) != len(set(nm)): errors.append(f"{i}: duplicate place in {kind}: {nm}")
    ctx_names = {p["place"] for p in g["context_places"]}
    both = inc_names & ctx_names
    if both: errors.append(f"{i}: place in both lists: {both}")
    e = next(x for x in evg if x["id"] == i)
    used = set()
    for ev in e["events"]:
        n_ev += 1
        for pl in ev["places"]:
            used.add(pl)
            if pl not in inc_names: errors.append(f"{i}: event place not an incident place: {pl}")
        t, st = ev["event_type"], ev["sub_event_type"]
        if t is not None and (t not in TAX or (st is not None and st not in TAX[t])): errors.append(f"{i}: bad type {t}/{st}")
        if t is None and st is not None: errors.append(f"{i}: sub without type")
        if ev["event_date_precision"] not in PREC: errors.append(f"{i}: precision")
        d = ev["event_date"]
        if d is not None and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", d): errors.append(f"{i}: date {d}")
        pr = ev["event_date_precision"]
        if d is not None and pr is not None and len(d) != {"day":10,"month":7,"year":4}[pr]: errors.append(f"{i}: date/precision mismatch {d} {pr}")
        if pr is None and d is not None and len(d) != 10: errors.append(f"{i}: null precision needs pub date {d}")
        for c in ev["claims"]:
            n_cl += 1
    for ev in e["events"]:
        for c in ev["claims"] + []:
            pass
    for c in [c for ev in e["events"] for c in ev["claims"]] + e["aggregate_claims"]:
        if c["surface"] not in body: errors.append(f"{i}: claim surface not in text: {c['surface']!r}")
        if c["claimant_type"] not in CTYPES: errors.append(f"{i}: claimant_type {c['claimant_type']}")
        if c["what"] not in WHAT or c["whose"] not in WHOSE: errors.append(f"{i}: what/whose {c}")
        if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: errors.append(f"{i}: n_min>n_max {c}")
    n_agg += len(e["aggregate_claims"])
    pd = [(pl, ev["event_date"]) for ev in e["events"] for pl in ev["places"]]
    dup = {x for x in pd if pd.count(x) > 1}
    if dup: errors.append(f"{i}: same place and date in two events: {dup}")
    missing = inc_names - used
    if missing: errors.append(f"{i}: incident places without an event: {missing}")

# unannotated place-name check: any surface used anywhere in the set (plus extra names) occurring in a report
EXTRA = ["Balochistan","Pakistan","Quetta","Karachi","Islamabad","Lahore","Sindh","Punjab","Iran","Afghanistan","India",
 "Kech","Turbat","Gwadar","Mastung","Kalat","Khuzdar","Panjgur","Chagai","Chaghi","Noshki","Nushki","Bolan","Sibi",
 "Peshawar","Khyber","Waziristan","Kurram","Hub","Lasbela","Makran","Jhalawan","China","Kabul","Tehran","Delhi"]
for i, body in texts.items():
    g = next(x for x in gold if x["id"] == i)
    own = [s for p in g["incident_places"] + g["context_places"] for s in p["surface"]]
    for name in sorted(all_surfaces | set(EXTRA), key=len, reverse=True):
        if len(name) < 3: continue
        for m in re.finditer(r"(?<![A-Za-z])" + re.escape(name) + r"(?![A-Za-z])", body):
            st, en = m.span()
            covered = any(body.find(o, max(0, st - len(o))) != -1 and any(
                os_ <= st and en <= os_ + len(o) for os_ in [mm.start() for mm in re.finditer(re.escape(o), body)]) for o in own)
            if not covered:
                warns.append(f"{i}: possible unannotated place {name!r} at {st}")
                break

for w in sorted(set(warns)): print("WARN", w)
for e_ in errors: print("ERROR", e_)
print(f"reports={len(files)} incident_places={n_inc} context_places={n_ctx} events={n_ev} event_claims={n_cl} aggregate_claims={n_agg}")
sys.exit(1 if errors else 0)
