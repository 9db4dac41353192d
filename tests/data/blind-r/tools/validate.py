"""Validate the blind-r set: files, front matter, gold JSON, surfaces, events, claims."""
import json, os, re, glob, sys
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
errs = []
files = sorted(glob.glob(os.path.join(D, "br-*.md")))
texts = {}
for f in files:
    raw = open(f).read()
    m = re.match(r"^---\n(.*?)\n---\n(.*)$", raw, re.S)
    if not m: errs.append("bad front matter " + f); continue
    fm, body = m.group(1), m.group(2)
    for key in ("title:", "url:", "publisher: blind-r (incidentmap blind set)", "published: "):
        if key not in fm: errs.append("%s missing %s" % (f, key))
    if not re.search(r"published: \d{4}-\d{2}-\d{2}", fm): errs.append("bad date " + f)
    texts[os.path.basename(f)[:-3]] = body
    n = len(body.split())
    if not 120 <= n <= 600: errs.append("%s length %d" % (f, n))
gold = json.load(open(os.path.join(D, "blind-r.gold.json")))
ev = json.load(open(os.path.join(D, "blind-r.events.gold.json")))
gids = [g["id"] for g in gold]; eids = [e["id"] for e in ev]
if sorted(gids) != sorted(texts): errs.append("gold ids != files")
if sorted(eids) != sorted(texts): errs.append("events ids != files")
if len(set(gids)) != len(gids) or len(set(eids)) != len(eids): errs.append("duplicate ids")
KINDS = {"town", "district", "neighbourhood", "site", "road", "region"}
DISTRICTS = {"Awaran","Barkhan","Chagai","Dera Bugti","Gwadar","Jafarabad","Jhal Magsi","Kachhi","Kalat","Kech","Kharan","Khuzdar","Kohlu","Lasbela","Loralai","Mastung","Musakhel","Nasirabad","Nushki","Panjgur","Pishin","Qilla Abdullah","Qilla Saifullah","Quetta","Sibi","Zhob","Ziarat"}
ETYPES = {"Battles":{"Armed clash","Government regains territory","Non-state actor overtakes territory"},
 "Explosions/Remote violence":{"Chemical weapon","Air/drone strike","Suicide bomb","Shelling/artillery/missile attack","Remote explosive/landmine/IED","Grenade"},
 "Violence against civilians":{"Sexual violence","Attack","Abduction/forced disappearance"},
 "Protests":{"Peaceful protest","Protest with intervention","Excessive force against protesters"},
 "Riots":{"Violent demonstration","Mob violence"},
 "Strategic developments":{"Agreement","Arrests","Change to group/activity","Disrupted weapons use","Headquarters or base established","Looting/property destruction","Non-violent transfer of territory","Other"}}
n_inc = n_ctx = n_ev = n_cl = 0
for g in gold:
    t = texts.get(g["id"], "")
    names = set()
    for p in g["incident_places"]:
        n_inc += 1
        for s in p["surface"]:
            if s not in t: errs.append("%s: incident surface %r not in text" % (g["id"], s))
        if p["kind"] not in KINDS: errs.append("%s: bad kind %s" % (g["id"], p["kind"]))
        if p["district"] is not None and p["district"] not in DISTRICTS: errs.append("%s: bad district %s" % (g["id"], p["district"]))
        if (p["lat"] is None) != (p["lon"] is None): errs.append("%s: lat/lon half set" % g["id"])
        if p["place"] in names: errs.append("%s: duplicate place %s" % (g["id"], p["place"]))
        names.add(p["place"])
        for k in ("surface","place","kind","district","lat","lon"):
            if k not in p: errs.append("%s missing key %s" % (g["id"], k))
    for p in g["context_places"]:
        n_ctx += 1
        for s in p["surface"]:
            if s not in t: errs.append("%s: context surface %r not in text" % (g["id"], s))
        if not p.get("why"): errs.append("%s: context without why" % g["id"])
        if p["place"] in names: errs.append("%s: place %s both incident and context" % (g["id"], p["place"]))
def chk_claim(rid, c):
    global n_cl
    n_cl += 1
    t = texts[rid]
    if c["surface"] not in t: errs.append("%s: claim surface %r not in text" % (rid, c["surface"]))
    if c["what"] not in {"killed","injured","abducted","arrested"}: errs.append("%s bad what" % rid)
    if c["whose"] not in {"security","civilian","militant","unspecified"}: errs.append("%s bad whose" % rid)
    if c["claimant_type"] not in {"military","police","government","militant","medical","media","local","other"}: errs.append("%s bad ctype" % rid)
    if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: errs.append("%s n_min>n_max" % rid)
    if c["n_min"] is None and c["n_max"] is None: errs.append("%s claim without numbers" % rid)
gi = {g["id"]: {p["place"] for p in g["incident_places"]} for g in gold}
for e in ev:
    rid = e["id"]
    for x in e["events"]:
        n_ev += 1
        for pl in x["places"]:
            if pl not in gi[rid]: errs.append("%s: event place %s not an incident place" % (rid, pl))
        if x["event_type"] is not None:
            if x["event_type"] not in ETYPES: errs.append("%s bad etype %s" % (rid, x["event_type"]))
            elif x["sub_event_type"] is not None and x["sub_event_type"] not in ETYPES[x["event_type"]]: errs.append("%s bad sub %s" % (rid, x["sub_event_type"]))
        if x["event_date_precision"] not in ("day","month","year",None): errs.append("%s bad precision" % rid)
        d = x["event_date"]
        if d is not None and not re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", d): errs.append("%s bad date %s" % (rid, d))
        for c in x["claims"]: chk_claim(rid, c)
    for c in e["aggregate_claims"]: chk_claim(rid, c)
    # every incident place should appear in some event
    used = {pl for x in e["events"] for pl in x["places"]}
    for pl in gi[rid] - used: errs.append("%s: incident place %s in no event" % (rid, pl))
print("reports %d, incident places %d, context places %d, events %d, claims %d" % (len(texts), n_inc, n_ctx, n_ev, n_cl))
if errs:
    print("\n".join(errs)); sys.exit(1)
print("VALID")
