"""Validate the blind-h set: JSON parses, surfaces verbatim, ids match, event places are incident places."""
import json, os, re, sys, glob
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TAX = {
 "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
 "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
                                "Remote explosive/landmine/IED", "Grenade"},
 "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
 "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
 "Riots": {"Violent demonstration", "Mob violence"},
 "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                            "Headquarters or base established", "Looting/property destruction",
                            "Non-violent transfer of territory", "Other"},
}
KINDS = {"town", "district", "neighbourhood", "site", "road", "region"}
DISTRICTS = {"Awaran","Barkhan","Chagai","Dera Bugti","Gwadar","Jafarabad","Jhal Magsi","Kachhi","Kalat","Kech","Kharan",
             "Khuzdar","Kohlu","Lasbela","Loralai","Mastung","Musakhel","Nasirabad","Nushki","Panjgur","Pishin",
             "Qilla Abdullah","Qilla Saifullah","Quetta","Sibi","Zhob","Ziarat"}
errs = []
def err(*a): errs.append(" ".join(str(x) for x in a))

texts = {}
for p in sorted(glob.glob(os.path.join(D, "bh-*.md"))):
    s = open(p, encoding="utf-8").read()
    m = re.match(r"---\n(.*?)\n---\n(.*)", s, re.S)
    if not m: err(p, "no front matter"); continue
    fm, body = m.group(1), m.group(2)
    for k in ("title:", "url:", "publisher: blind-h (incidentmap blind set)", "published:"):
        if k not in fm: err(p, "front matter lacks", k)
    pub = re.search(r"published: (\d{4}-\d{2}-\d{2})", fm)
    if not pub: err(p, "bad published")
    n = len(body.split())
    if not 120 <= n <= 600: err(p, "length", n)
    texts[os.path.basename(p)[:-3]] = body

gold = json.load(open(os.path.join(D, "blind-h.gold.json"), encoding="utf-8"))
ev = json.load(open(os.path.join(D, "blind-h.events.gold.json"), encoding="utf-8"))
gids = [g["id"] for g in gold]; eids = [e["id"] for e in ev]
if sorted(gids) != sorted(texts): err("gold ids != files", set(gids) ^ set(texts))
if sorted(eids) != sorted(texts): err("event ids != files", set(eids) ^ set(texts))
if len(set(gids)) != len(gids) or len(set(eids)) != len(eids): err("duplicate ids")

n_inc = n_ctx = n_ev = n_cl = 0
inc_names = {}
for g in gold:
    t = texts.get(g["id"], "")
    seen = {}
    for kind, lst in (("incident", g["incident_places"]), ("context", g["context_places"])):
        for pl in lst:
            for s in pl["surface"]:
                if s not in t: err(g["id"], kind, "surface not in text:", repr(s))
                if s.lower() in seen and seen[s.lower()] != pl["place"]:
                    err(g["id"], "surface in two entries:", s)
                seen[s.lower()] = pl["place"]
            if kind == "incident":
                if pl["kind"] not in KINDS: err(g["id"], "bad kind", pl)
                if pl["district"] is not None and pl["district"] not in DISTRICTS: err(g["id"], "bad district", pl["district"])
                if (pl["lat"] is None) != (pl["lon"] is None): err(g["id"], "lat/lon half", pl["place"])
            else:
                if not pl.get("why"): err(g["id"], "context without why", pl["place"])
    n_inc += len(g["incident_places"]); n_ctx += len(g["context_places"])
    inc_names[g["id"]] = {p["place"] for p in g["incident_places"]}
    # incident and context must not share a place name
    both = inc_names[g["id"]] & {p["place"] for p in g["context_places"]}
    if both: err(g["id"], "place both incident and context", both)

for e in ev:
    t = texts.get(e["id"], ""); names = inc_names.get(e["id"], set())
    keys = set()
    for x in e["events"]:
        n_ev += 1
        for p in x["places"]:
            if p not in names: err(e["id"], "event place not incident place:", p)
        k = (x["places"][0], x["event_date"])
        for p in x["places"]:
            if (p, x["event_date"]) in keys: err(e["id"], "two events share place+date", p, x["event_date"])
        for p in x["places"]: keys.add((p, x["event_date"]))
        if x["event_type"] is not None:
            if x["event_type"] not in TAX: err(e["id"], "bad type", x["event_type"])
            elif x["sub_event_type"] is not None and x["sub_event_type"] not in TAX[x["event_type"]]:
                err(e["id"], "bad sub", x["sub_event_type"])
        elif x["sub_event_type"] is not None: err(e["id"], "sub without type")
        if x["event_date_precision"] not in ("day", "month", "year", None): err(e["id"], "bad precision")
        d = x["event_date"]; pr = x["event_date_precision"]
        pat = {"day": r"^\d{4}-\d{2}-\d{2}$", "month": r"^\d{4}-\d{2}$", "year": r"^\d{4}$", None: r"^\d{4}-\d{2}-\d{2}$"}[pr]
        if not re.match(pat, d or ""): err(e["id"], "date/precision mismatch", d, pr)
        for c in x["claims"]: n_cl += 1
    for c in [c for x in e["events"] for c in x["claims"]] + e["aggregate_claims"]:
        if e["aggregate_claims"] and c in e["aggregate_claims"]: pass
        if c["surface"] not in t: err(e["id"], "claim surface not in text:", repr(c["surface"]))
        if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]: err(e["id"], "n_min>n_max", c)
        if c["what"] not in ("killed", "injured", "abducted", "arrested"): err(e["id"], "bad what", c["what"])
        if c["whose"] not in ("security", "civilian", "militant", "unspecified"): err(e["id"], "bad whose", c["whose"])
        if c["claimant_type"] not in ("military","police","government","militant","medical","media","local","other"):
            err(e["id"], "bad claimant_type", c["claimant_type"])
    n_cl += len(e["aggregate_claims"])

# heuristic: a place annotated anywhere in the set that occurs in another report's text unannotated
allsurf = {}
for g in gold:
    for pl in g["incident_places"] + g["context_places"]:
        for s in pl["surface"]: allsurf.setdefault(s.lower(), pl["place"])
for g in gold:
    t = texts[g["id"]].lower()
    mine = {s.lower() for pl in g["incident_places"] + g["context_places"] for s in pl["surface"]}
    for s in allsurf:
        if len(s) < 4 or s in mine: continue
        if re.search(r"(?<![a-z])" + re.escape(s) + r"(?![a-z])", t):
            if not any(s in m for m in mine):
                err(g["id"], "possible unannotated place (appears in set elsewhere):", s)

print(f"reports={len(texts)} incident_places={n_inc} context_places={n_ctx} events={n_ev} claims={n_cl}")
if errs:
    print("\n".join(errs)); sys.exit(1)
print("OK")
