"""Validate the blind-m set: run from anywhere; paths are relative to this file."""
import json, os, re, glob, sys

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
SET = "blind-m"
DISTRICTS = {"Awaran", "Barkhan", "Chagai", "Dera Bugti", "Gwadar", "Jafarabad", "Jhal Magsi",
             "Kachhi", "Kalat", "Kech", "Kharan", "Khuzdar", "Kohlu", "Lasbela", "Loralai",
             "Mastung", "Musakhel", "Nasirabad", "Nushki", "Panjgur", "Pishin", "Qilla Abdullah",
             "Qilla Saifullah", "Quetta", "Sibi", "Zhob", "Ziarat"}
KINDS = {"town", "district", "neighbourhood", "site", "road", "region"}
TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
        "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
        "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction",
        "Non-violent transfer of territory", "Other"},
}
CTYPES = {"military", "police", "government", "militant", "medical", "media", "local", "other"}
WHAT = {"killed", "injured", "abducted", "arrested"}
WHOSE = {"security", "civilian", "militant", "unspecified"}

errors = []
def err(*a):
    errors.append(" ".join(str(x) for x in a))

def load_doc(path):
    s = open(path, encoding="utf-8").read()
    parts = s.split("---", 2)
    fm, body = parts[1], parts[2]
    meta = {}
    for line in fm.strip().splitlines():
        k, _, v = line.partition(":")
        meta[k.strip()] = v.strip()
    for k in ("title", "url", "publisher", "published"):
        if k not in meta:
            err(path, "missing front matter", k)
    if meta.get("publisher") != f"{SET} (incidentmap blind set)":
        err(path, "bad publisher", meta.get("publisher"))
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta.get("published", "")):
        err(path, "bad published date")
    title = meta.get("title", "").strip('"')
    return title, body, meta

docs = {}
for p in sorted(glob.glob(os.path.join(HERE, "bm-*.md"))):
    i = os.path.basename(p)[:-3]
    title, body, meta = load_doc(p)
    n = len(body.split())
    if not 120 <= n <= 600:
        err(i, "length out of range:", n)
    docs[i] = (title, body, meta)

gold = json.load(open(os.path.join(HERE, f"{SET}.gold.json"), encoding="utf-8"))
evg = json.load(open(os.path.join(HERE, f"{SET}.events.gold.json"), encoding="utf-8"))
gids = [g["id"] for g in gold]; eids = [e["id"] for e in evg]
if sorted(gids) != sorted(docs): err("place gold ids != files", set(gids) ^ set(docs))
if sorted(eids) != sorted(docs): err("event gold ids != files", set(eids) ^ set(docs))
if len(set(gids)) != len(gids) or len(set(eids)) != len(eids): err("duplicate ids")

n_inc = n_ctx = n_ev = n_cl = 0
for g in gold:
    i = g["id"]; title, body, _ = docs[i]; text = title + "\n" + body
    inc_names = set(); all_surf = {}
    for pl in g["incident_places"]:
        n_inc += 1
        inc_names.add(pl["place"])
        if pl["kind"] not in KINDS: err(i, "bad kind", pl)
        if pl["district"] is not None and pl["district"] not in DISTRICTS: err(i, "bad district", pl)
        if (pl["lat"] is None) != (pl["lon"] is None): err(i, "lat/lon half set", pl)
        for s in pl["surface"]:
            if s not in text: err(i, "incident surface not in text:", repr(s))
            elif s not in body: err(i, "incident surface only in title:", repr(s))
            if s in all_surf: err(i, "surface listed twice:", s)
            all_surf[s] = "inc"
    for pl in g["context_places"]:
        n_ctx += 1
        if not pl.get("why"): err(i, "context without why", pl)
        for s in pl["surface"]:
            if s not in text: err(i, "context surface not in text:", repr(s))
            elif s not in body: err(i, "context surface only in title:", repr(s))
            if s in all_surf: err(i, "surface listed twice:", s)
            all_surf[s] = "ctx"
    e = next(x for x in evg if x["id"] == i)
    for ev in e["events"]:
        n_ev += 1
        for p in ev["places"]:
            if p not in inc_names: err(i, "event place not an incident place:", p)
        if ev["event_type"] is not None:
            if ev["event_type"] not in TYPES or ev["sub_event_type"] not in TYPES[ev["event_type"]]:
                err(i, "bad type", ev["event_type"], ev["sub_event_type"])
        if ev["event_date_precision"] not in ("day", "month", "year", None): err(i, "bad precision")
        d = ev["event_date"]
        if d is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", d): err(i, "bad date", d)
    for c in [c for ev in e["events"] for c in ev["claims"]] + e["aggregate_claims"]:
        n_cl += 1
        if c["surface"] not in text: err(i, "claim surface not in text:", repr(c["surface"]))
        if c["claimant_type"] not in CTYPES: err(i, "bad claimant_type", c)
        if c["what"] not in WHAT or c["whose"] not in WHOSE: err(i, "bad what/whose", c)
        if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]:
            err(i, "n_min > n_max", c)
    # every incident place should appear in some event
    used = {p for ev in e["events"] for p in ev["places"]}
    for nm in inc_names - used:
        err(i, "incident place without event:", nm)

print(f"reports {len(docs)}; incident places {n_inc}; context places {n_ctx}; events {n_ev}; claims {n_cl}")
if errors:
    print("\n".join(errors)); sys.exit(1)
print("OK")
