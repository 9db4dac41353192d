import json, os, re, glob
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
g = json.load(open(os.path.join(D, "blind-u.gold.json")))
e = json.load(open(os.path.join(D, "blind-u.events.gold.json")))
files = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(D, "bu-*.md")))
errs = []
gi = {x["id"]: x for x in g}; ei = {x["id"]: x for x in e}
if sorted(gi) != files: errs.append("gold ids != files: %s vs %s" % (sorted(gi), files))
if sorted(ei) != files: errs.append("events ids != files")
ACT = None
ET = {"Battles": ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
 "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
 "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
 "Protests": ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
 "Riots": ["Violent demonstration", "Mob violence"],
 "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"]}
DIST = set("Awaran Barkhan Chagai|Dera Bugti|Gwadar|Jafarabad|Jhal Magsi|Kachhi|Kalat|Kech|Kharan|Khuzdar|Kohlu|Lasbela|Loralai|Mastung|Musakhel|Nasirabad|Nushki|Panjgur|Pishin|Qilla Abdullah|Qilla Saifullah|Quetta|Sibi|Zhob|Ziarat".replace(" ", "|", 1).replace("Barkhan Chagai", "Barkhan|Chagai").split("|"))
stats = dict(inc=0, ctx=0, ev=0, cl=0, words=[])
for f in files:
    raw = open(os.path.join(D, f + ".md")).read()
    m = re.match(r"---\n(.*?)\n---\n(.*)", raw, re.S)
    fm, text = m.group(1), m.group(2)
    for k in ("title:", "url:", "publisher: blind-u (incidentmap blind set)", "published:"):
        if k not in fm: errs.append(f + " front matter missing " + k)
    full = fm.split("title:")[1].split("\n")[0] + "\n" + text
    n = len(text.split()); stats["words"].append(n)
    if not 120 <= n <= 600: errs.append("%s: %d words" % (f, n))
    G = gi.get(f); E = ei.get(f)
    if not G or not E: continue
    incp = set()
    allsurf = {}
    for p in G["incident_places"]:
        stats["inc"] += 1; incp.add(p["place"])
        if p["kind"] not in ("town", "district", "neighbourhood", "site", "road", "region"): errs.append(f + " bad kind " + p["kind"])
        if p["district"] is not None and p["district"] not in DIST: errs.append(f + " bad district " + str(p["district"]))
        for s in p["surface"]:
            if s not in text: errs.append("%s: incident surface %r not in text" % (f, s))
            if s in allsurf: errs.append("%s: surface %r twice" % (f, s))
            allsurf[s] = 1
    for p in G["context_places"]:
        stats["ctx"] += 1
        if not p.get("why"): errs.append(f + " context without why")
        for s in p["surface"]:
            if s not in text: errs.append("%s: context surface %r not in text" % (f, s))
            if s in allsurf: errs.append("%s: surface %r twice" % (f, s))
            allsurf[s] = 1
    for ev in E["events"]:
        stats["ev"] += 1
        for pl in ev["places"]:
            if pl not in incp: errs.append("%s: event place %r not incident" % (f, pl))
        if ev["event_type"] is not None and ev["sub_event_type"] is not None and ev["sub_event_type"] not in ET.get(ev["event_type"], []):
            errs.append("%s: bad type %s/%s" % (f, ev["event_type"], ev["sub_event_type"]))
        if ev["event_date_precision"] is None and ev["event_date"] != re.search(r"published: (\S+)", fm).group(1):
            errs.append("%s: null precision but date != published" % f)
        for c in ev["claims"]:
            stats["cl"] += 1
            if c["surface"] not in text: errs.append("%s: claim surface %r not in text" % (f, c["surface"]))
            if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: errs.append(f + " nmin>nmax")
    for c in E["aggregate_claims"]:
        stats["cl"] += 1
        if c["surface"] not in text: errs.append("%s: agg claim surface %r not in text" % (f, c["surface"]))
        if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: errs.append(f + " nmin>nmax")
    # every event place used? incident places not in any event
    used = {pl for ev in E["events"] for pl in ev["places"]}
    for p in incp - used: errs.append("%s: incident place %r in no event (ok?)" % (f, p))
print("\n".join(errs) or "OK")
print("reports", len(files), "incident", stats["inc"], "context", stats["ctx"], "events", stats["ev"], "claims", stats["cl"], "words", min(stats["words"]), max(stats["words"]))
