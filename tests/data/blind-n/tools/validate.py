#!/usr/bin/env python3
"""Validate the blind-n set. Run from the set folder: python3 validate.py [--uncovered]"""
import json, os, re, sys, glob

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
SET = "blind-n"
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
DISTRICTS = {"Awaran", "Barkhan", "Chagai", "Dera Bugti", "Gwadar", "Jafarabad", "Jhal Magsi", "Kachhi",
  "Kalat", "Kech", "Kharan", "Khuzdar", "Kohlu", "Lasbela", "Loralai", "Mastung", "Musakhel", "Nasirabad",
  "Nushki", "Panjgur", "Pishin", "Qilla Abdullah", "Qilla Saifullah", "Quetta", "Sibi", "Zhob", "Ziarat"}
CTYPES = {"military", "police", "government", "militant", "medical", "media", "local", "other"}
WHAT = {"killed", "injured", "abducted", "arrested"}
WHOSE = {"security", "civilian", "militant", "unspecified"}
PREC = {"day", "month", "year", None}

def body(path):
    t = open(path, encoding="utf-8").read()
    parts = t.split("---", 2)
    assert len(parts) == 3 and parts[0] == "", path + ": bad front matter"
    fm = parts[1]
    for key in ("title:", "url:", "publisher:", "published:"):
        assert key in fm, path + ": missing " + key
    assert "publisher: blind-n (incidentmap blind set)" in fm, path + ": publisher"
    return fm, parts[2]

def main():
    errs = []
    files = sorted(glob.glob(os.path.join(HERE, "bn-*.md")))
    ids = [os.path.basename(f)[:-3] for f in files]
    texts = {}
    for f, i in zip(files, ids):
        fm, b = body(f)
        texts[i] = b
        n = len(b.split())
        if not 120 <= n <= 620:
            errs.append(f"{i}: {n} words")
        m = re.search(r"published: (\d{4})-(\d\d)-(\d\d)", fm)
        if not m: errs.append(f"{i}: published date")
    gold = json.load(open(os.path.join(HERE, SET + ".gold.json"), encoding="utf-8"))
    ev = json.load(open(os.path.join(HERE, SET + ".events.gold.json"), encoding="utf-8"))
    gid = [g["id"] for g in gold]; eid = [e["id"] for e in ev]
    if sorted(gid) != ids: errs.append(f"gold ids != files: {set(gid) ^ set(ids)}")
    if sorted(eid) != ids: errs.append(f"event ids != files: {set(eid) ^ set(ids)}")
    n_inc = n_ctx = n_ev = n_cl = 0
    for g in gold:
        i = g["id"]; t = texts.get(i, "")
        places = set(); allsurf = []
        for p in g["incident_places"]:
            n_inc += 1
            for k in ("surface", "place", "kind", "district", "lat", "lon"):
                if k not in p: errs.append(f"{i}: incident {p.get('place')} lacks {k}")
            if p["kind"] not in KINDS: errs.append(f"{i}: kind {p['kind']}")
            if p["district"] is not None and p["district"] not in DISTRICTS:
                errs.append(f"{i}: district {p['district']}")
            if (p["lat"] is None) != (p["lon"] is None): errs.append(f"{i}: lat/lon half set")
            places.add(p["place"])
            for s in p["surface"]:
                allsurf.append(s)
                if s not in t: errs.append(f"{i}: incident surface not in text: {s!r}")
        for p in g["context_places"]:
            n_ctx += 1
            for k in ("surface", "place", "why"):
                if k not in p: errs.append(f"{i}: context lacks {k}")
            if p["place"] in places: errs.append(f"{i}: {p['place']} both incident and context")
            for s in p["surface"]:
                allsurf.append(s)
                if s not in t: errs.append(f"{i}: context surface not in text: {s!r}")
        g["_places"] = places; g["_surf"] = allsurf
    gmap = {g["id"]: g for g in gold}
    for e in ev:
        i = e["id"]; t = texts.get(i, ""); places = gmap[i]["_places"]
        for x in e["events"]:
            n_ev += 1
            for p in x["places"]:
                if p not in places: errs.append(f"{i}: event place {p!r} not an incident place")
            used = True
            if x["event_type"] is not None:
                if x["event_type"] not in TYPES or (x["sub_event_type"] is not None and x["sub_event_type"] not in TYPES[x["event_type"]]):
                    errs.append(f"{i}: bad type {x['event_type']}/{x['sub_event_type']}")
            elif x["sub_event_type"] is not None: errs.append(f"{i}: subtype without type")
            if x["event_date_precision"] not in PREC: errs.append(f"{i}: precision")
            d = x["event_date"]
            if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", d or ""): errs.append(f"{i}: date {d}")
            for c in x["claims"]:
                n_cl += 1; chk(c, i, t, errs)
        for c in e["aggregate_claims"]:
            n_cl += 1; chk(c, i, t, errs)
    # every incident place should appear in at least one event
    for g in gold:
        evp = {p for e in ev if e["id"] == g["id"] for x in e["events"] for p in x["places"]}
        for p in g["_places"]:
            if p not in evp: errs.append(f"{g['id']}: incident place {p!r} has no event")
    if "--uncovered" in sys.argv:
        for i in ids:
            covered = gmap[i]["_surf"]
            caps = set(re.findall(r"\b[A-Z][A-Za-z'\-\.]+(?:\s[A-Z][A-Za-z'\-\.]+)*", texts[i]))
            miss = sorted(c for c in caps if not any(c in s or s in c for s in covered))
            print(i, "|", "; ".join(miss))
    print(f"reports {len(ids)}; incident places {n_inc}; context places {n_ctx}; events {n_ev}; claims {n_cl}")
    if errs:
        print("\n".join(errs)); sys.exit(1)
    print("OK")

def chk(c, i, t, errs):
    for k in ("claimant", "claimant_type", "what", "whose", "n_min", "n_max", "surface"):
        if k not in c: errs.append(f"{i}: claim lacks {k}")
    if c["claimant_type"] not in CTYPES: errs.append(f"{i}: claimant_type {c['claimant_type']}")
    if c["what"] not in WHAT: errs.append(f"{i}: what {c['what']}")
    if c["whose"] not in WHOSE: errs.append(f"{i}: whose {c['whose']}")
    if c["surface"] not in t: errs.append(f"{i}: claim surface not in text: {c['surface']!r}")
    if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]:
        errs.append(f"{i}: n_min > n_max in {c['surface']!r}")

if __name__ == "__main__":
    main()
