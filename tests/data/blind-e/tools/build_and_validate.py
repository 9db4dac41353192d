#!/usr/bin/env python3
"""Build blind-e.gold.json and blind-e.events.gold.json from places.py / events.py and validate them."""
import glob, json, os, re, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
from places import PLACES
from events import EVENTS

SET = "blind-e"
TYPES = {
 "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
 "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
     "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
 "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
 "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
 "Riots": {"Violent demonstration", "Mob violence"},
 "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
     "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"},
}
KINDS = {"town", "district", "neighbourhood", "site", "road", "region"}
DISTRICTS = {"Awaran", "Barkhan", "Chagai", "Dera Bugti", "Gwadar", "Jafarabad", "Jhal Magsi", "Kachhi", "Kalat",
    "Kech", "Kharan", "Khuzdar", "Kohlu", "Lasbela", "Loralai", "Mastung", "Musakhel", "Nasirabad", "Nushki",
    "Panjgur", "Pishin", "Qilla Abdullah", "Qilla Saifullah", "Quetta", "Sibi", "Zhob", "Ziarat"}
CT = {"military", "police", "government", "militant", "medical", "media", "local", "other"}
errs, warns = [], []


def body(path):
    t = open(path, encoding="utf-8").read()
    m = re.match(r"---\n(.*?)\n---\n(.*)", t, re.S)
    if not m:
        errs.append(f"{path}: no front matter"); return "", {}
    fm = dict(l.split(":", 1) for l in m.group(1).splitlines() if ":" in l)
    return m.group(2), {k.strip(): v.strip() for k, v in fm.items()}


files = sorted(glob.glob(os.path.join(ROOT, "be-*.md")))
ids = [os.path.basename(f)[:-3] for f in files]
texts, metas = {}, {}
for f, i in zip(files, ids):
    texts[i], metas[i] = body(f)
    fm = metas[i]
    for k in ("title", "url", "publisher", "published"):
        if k not in fm: errs.append(f"{i}: front matter lacks {k}")
    if fm.get("publisher") != f"{SET} (incidentmap blind set)": errs.append(f"{i}: publisher")
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", fm.get("published", "")): errs.append(f"{i}: published")
    n = len(texts[i].split())
    if not 120 <= n <= 600: errs.append(f"{i}: {n} words")

if set(ids) != set(PLACES): errs.append(f"place ids differ: {set(ids) ^ set(PLACES)}")
if set(ids) != set(EVENTS): errs.append(f"event ids differ: {set(ids) ^ set(EVENTS)}")

gold, evgold = [], []
n_inc = n_ctx = n_ev = n_cl = 0
for i in ids:
    inc, ctx = PLACES.get(i, ([], []))
    t = texts[i]
    names = set()
    seen = {}
    for e in inc:
        if e["kind"] not in KINDS: errs.append(f"{i}: kind {e['kind']}")
        if e["district"] is not None and e["district"] not in DISTRICTS: errs.append(f"{i}: district {e['district']}")
        if (e["lat"] is None) != (e["lon"] is None): errs.append(f"{i}: lat/lon half set")
        names.add(e["place"])
    for e in inc + ctx:
        for s in e["surface"]:
            if s not in t: errs.append(f"{i}: surface {s!r} not in text")
            if s in seen and seen[s] != e["place"]: errs.append(f"{i}: surface {s!r} used twice")
            seen[s] = e["place"]
        if "why" in e and not e["why"]: errs.append(f"{i}: context without why")
    pn = [e["place"] for e in inc + ctx]
    if len(pn) != len(set(pn)): errs.append(f"{i}: duplicate place entries {pn}")
    gold.append({"id": i, "incident_places": inc, "context_places": ctx})
    n_inc += len(inc); n_ctx += len(ctx)
    evs, agg = EVENTS.get(i, ([], []))
    used = set()
    for ev in evs:
        for p in ev["places"]:
            if p not in names: errs.append(f"{i}: event place {p!r} not an incident place")
            used.add(p)
        d, pr = ev["event_date"], ev["event_date_precision"]
        pat = {"day": r"\d{4}-\d\d-\d\d", "month": r"\d{4}-\d\d", "year": r"\d{4}", None: r"\d{4}-\d\d-\d\d"}[pr]
        if not re.fullmatch(pat, d or ""): errs.append(f"{i}: date {d} / {pr}")
        if pr is None and d != metas[i].get("published"): errs.append(f"{i}: null-precision date must be report date")
        et, st = ev["event_type"], ev["sub_event_type"]
        if et is not None and et not in TYPES: errs.append(f"{i}: type {et}")
        if st is not None and (et is None or st not in TYPES[et]): errs.append(f"{i}: subtype {st}")
        if ev["fatalities"] is not None and not isinstance(ev["fatalities"], int): errs.append(f"{i}: fatalities")
    for e in inc:
        if e["place"] not in used: warns.append(f"{i}: incident place {e['place']!r} in no event")
    for c in [c for ev in evs for c in ev["claims"]] + list(agg):
        if c["surface"] not in t: errs.append(f"{i}: claim surface {c['surface']!r} not in text")
        if c["claimant_type"] not in CT: errs.append(f"{i}: claimant_type {c['claimant_type']}")
        if c["what"] not in {"killed", "injured", "abducted", "arrested"}: errs.append(f"{i}: what")
        if c["whose"] not in {"security", "civilian", "militant", "unspecified"}: errs.append(f"{i}: whose")
        a, b = c["n_min"], c["n_max"]
        if a is not None and b is not None and a > b: errs.append(f"{i}: n_min > n_max in {c['surface']!r}")
        if a is None and b is None: errs.append(f"{i}: claim without numbers {c['surface']!r}")
        n_cl += 1
    n_ev += len(evs)
    evgold.append({"id": i, "events": evs, "aggregate_claims": list(agg)})

json.dump(gold, open(os.path.join(ROOT, f"{SET}.gold.json"), "w"), indent=1, ensure_ascii=False)
json.dump(evgold, open(os.path.join(ROOT, f"{SET}.events.gold.json"), "w"), indent=1, ensure_ascii=False)
# re-parse
json.load(open(os.path.join(ROOT, f"{SET}.gold.json"))); json.load(open(os.path.join(ROOT, f"{SET}.events.gold.json")))
for w in warns: print("WARN", w)
for e in errs: print("ERROR", e)
print(f"{len(ids)} reports, {n_inc} incident places, {n_ctx} context places, {n_ev} events, {n_cl} claims; "
      f"{len(errs)} errors, {len(warns)} warnings")
sys.exit(1 if errs else 0)
