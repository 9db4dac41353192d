"""Validate the blind-f set: JSON parses, surfaces occur, ids match files,
event places are incident places, claims are consistent, and no known place
name in a report is left unannotated."""
import glob
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "blind-f"

DISTRICTS = {"Awaran", "Barkhan", "Chagai", "Dera Bugti", "Gwadar", "Jafarabad", "Jhal Magsi",
             "Kachhi", "Kalat", "Kech", "Kharan", "Khuzdar", "Kohlu", "Lasbela", "Loralai",
             "Mastung", "Musakhel", "Nasirabad", "Nushki", "Panjgur", "Pishin", "Qilla Abdullah",
             "Qilla Saifullah", "Quetta", "Sibi", "Zhob", "Ziarat"}
KINDS = {"town", "district", "neighbourhood", "site", "road", "region"}
TYPES = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack",
                                   "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity",
                               "Disrupted weapons use", "Headquarters or base established",
                               "Looting/property destruction", "Non-violent transfer of territory",
                               "Other"},
}
CLAIMANT_TYPES = {"military", "police", "government", "militant", "medical", "media", "local", "other"}
WHAT = {"killed", "injured", "abducted", "arrested"}
WHOSE = {"security", "civilian", "militant", "unspecified"}

# Place names used anywhere in this set (plus a few common ones): any occurrence
# in a report must fall inside some annotated surface of that report.
# multi-word names: build from a curated list
MULTI = ["Lakki Marwat", "Nanga Parbat", "Dera Ismail Khan", "D.I. Khan", "Jinnah Bagh",
         "Dera Allahyar", "Usta Muhammad", "Khad Kocha", "Kund Umrani", "Kand Umrani", "Galee Bala",
         "Khar Qamar", "Makki Garh", "Satellite Town", "Shaheed Fida Chowk", "Mall Road", "Levies Lines",
         "Nala Khwarh", "Dera Road", "Chalo Bawri", "Surkhab Chowk", "Dera Bugti", "Pehro Kunri",
         "Hassan Khel", "Dhana Sar", "Meezan Chowk", "Parade Lane", "Qasim Market", "Peshawar Road",
         "Northern Areas", "North West Frontier Province", "Jhal Magsi", "Khyber Pakhtunkhwa",
         "North Waziristan", "South Waziristan", "Gilgit-Baltistan", "Sakran Road", "Sariab Road",
         "McConaghey Road", "Roghani Road", "Daraban Road", "Karakoram Highway", "Barrage Colony",
         "Quetta-Karachi highway", "M-8 highway", "Diamir base camp", "Mashkaf tunnel"]
SINGLE = """Quetta Hub Uthal Panjgur Kharan Turbat Kalat Mastung Khuzdar Karachi Lasbela Balochistan
Jamrud Bagiari Peshawar Torkham Khyber Afghanistan Pakistan Rawalpindi Islamabad Lahore Mardan
Ghalanai Mohmand Safi Yakaghund Charsadda Bannu Kohat Diamir Diamer Gilgit Ukraine China Slovakia
Lithuania Nepal Sukkur Rohri Sindh Daraban Mashkay Awaran Bazdad Kech Punjab Larkana Jaffarabad
Sohbatpur Gramkan Washbood Sawaran Makran Notal Naseerabad Nasirabad Guddu Khadkocha Pishin Chaman
India Chilas Darel Tangir Ronay Tabor Kohistan Bhasha Boya Kharqamar Shawal Miranshah Ghousabad
Sariab Dannuk Gwadar Buleda Noshki Nushki Dalbandin Kandahar Bolan Absar Hoshab Gogdan Tijaban Mand
Tump Dasht Iran Europe Kohlu Janthali Tank Musakhel Rarasham Dozan Kolpur Bela Dhadar Mach Surab
Mangochar Hindustan Sambaza Narowal Swabi Karak Kabul Sherani Zhob Washuk Loralai Duki Sibi Ziarat
Harnai Chagai Tehran Beijing US""".split()
PERSON_NAMES = ["Habibullah Sherani", "Wakeel Sherani", "Hidayatullah Buledi", "Manzoor Buledi",
                "Nawab Akbar Bugti", "Sarfraz Bugti", "Abdul Qadir Baloch", "Mr Buledi"]


def report_text(path):
    raw = open(path, encoding="utf-8").read()
    m = re.match(r"---\n(.*?)\n---\n(.*)", raw, re.S)
    fm, body = m.group(1), m.group(2)
    title = re.search(r'^title: "(.*)"$', fm, re.M).group(1).replace('\\"', '"')
    return fm, title, body


def spans(text, s):
    return [(m.start(), m.end()) for m in re.finditer(re.escape(s), text)]


def main():
    errors = []
    gold = json.load(open(os.path.join(HERE, SET + ".gold.json"), encoding="utf-8"))
    evg = json.load(open(os.path.join(HERE, SET + ".events.gold.json"), encoding="utf-8"))
    files = sorted(glob.glob(os.path.join(HERE, "bf-*.md")))
    ids = [os.path.basename(f)[:-3] for f in files]
    gids = [g["id"] for g in gold]
    eids = [e["id"] for e in evg]
    if ids != gids:
        errors.append(f"gold ids {gids} != files {ids}")
    if ids != eids:
        errors.append(f"events ids {eids} != files {ids}")
    n_inc = n_ctx = n_ev = n_cl = 0
    for path in files:
        rid = os.path.basename(path)[:-3]
        fm, title, body = report_text(path)
        text = title + "\n\n" + body
        words = len(body.split())
        if not 120 <= words <= 600:
            errors.append(f"{rid}: body has {words} words")
        for key in ("url:", "publisher: blind-f (incidentmap blind set)", "published:"):
            if key not in fm:
                errors.append(f"{rid}: front matter lacks {key}")
        g = next(x for x in gold if x["id"] == rid)
        e = next(x for x in evg if x["id"] == rid)
        inc_places = set()
        allsurf = []
        seen_places = set()
        for p in g["incident_places"]:
            n_inc += 1
            inc_places.add(p["place"])
            if p["kind"] not in KINDS:
                errors.append(f"{rid}: bad kind {p}")
            if p["district"] is not None and p["district"] not in DISTRICTS:
                errors.append(f"{rid}: bad district {p['district']}")
            if (p["lat"] is None) != (p["lon"] is None):
                errors.append(f"{rid}: half coordinates {p['place']}")
            if p["place"] in seen_places:
                errors.append(f"{rid}: duplicate place {p['place']}")
            seen_places.add(p["place"])
            for s in p["surface"]:
                allsurf.append(s)
                if s not in text:
                    errors.append(f"{rid}: incident surface not in text: {s!r}")
        for p in g["context_places"]:
            n_ctx += 1
            if not p.get("why"):
                errors.append(f"{rid}: context without why {p}")
            if p["place"] in seen_places:
                errors.append(f"{rid}: place both incident and context / duplicate: {p['place']}")
            seen_places.add(p["place"])
            for s in p["surface"]:
                allsurf.append(s)
                if s not in text:
                    errors.append(f"{rid}: context surface not in text: {s!r}")
        # coverage of known place names
        covered = []
        for s in allsurf + PERSON_NAMES:
            covered += spans(text, s)
        for name in MULTI + SINGLE:
            pat = r"(?<![A-Za-z])" + re.escape(name) + r"(?![A-Za-z])"
            for m in re.finditer(pat, text):
                if not any(a <= m.start() and m.end() <= b for a, b in covered):
                    errors.append(f"{rid}: place name {name!r} at {m.start()} not covered by a surface")
        # events
        for ev in e["events"]:
            n_ev += 1
            for pl in ev["places"]:
                if pl not in inc_places:
                    errors.append(f"{rid}: event place {pl!r} not an incident place")
            if ev["event_type"] is not None:
                if ev["event_type"] not in TYPES:
                    errors.append(f"{rid}: bad event_type {ev['event_type']}")
                elif ev["sub_event_type"] is not None and ev["sub_event_type"] not in TYPES[ev["event_type"]]:
                    errors.append(f"{rid}: bad sub_event_type {ev['sub_event_type']}")
            d, pr = ev["event_date"], ev["event_date_precision"]
            if pr == "day" and not re.fullmatch(r"\d{4}-\d\d-\d\d", d or ""):
                errors.append(f"{rid}: date/precision mismatch {d} {pr}")
            if pr == "month" and not re.fullmatch(r"\d{4}-\d\d", d or ""):
                errors.append(f"{rid}: date/precision mismatch {d} {pr}")
            if pr == "year" and not re.fullmatch(r"\d{4}", d or ""):
                errors.append(f"{rid}: date/precision mismatch {d} {pr}")
            for c in ev["claims"]:
                n_cl += 1
                check_claim(rid, c, text, errors)
        for c in e["aggregate_claims"]:
            n_cl += 1
            check_claim(rid, c, text, errors)
        # every place appears in some event? (incident places should)
        ev_places = {pl for ev in e["events"] for pl in ev["places"]}
        for pl in inc_places - ev_places:
            errors.append(f"{rid}: incident place {pl!r} in no event")
    print(f"reports {len(files)}, incident places {n_inc}, context places {n_ctx}, events {n_ev}, claims {n_cl}")
    if errors:
        print("\n".join(errors))
        sys.exit(1)
    print("OK")


def check_claim(rid, c, text, errors):
    if c["surface"] not in text:
        errors.append(f"{rid}: claim surface not in text: {c['surface']!r}")
    if c["claimant_type"] not in CLAIMANT_TYPES:
        errors.append(f"{rid}: bad claimant_type {c}")
    if c["what"] not in WHAT or c["whose"] not in WHOSE:
        errors.append(f"{rid}: bad what/whose {c}")
    if c["n_min"] is not None and c["n_max"] is not None and c["n_min"] > c["n_max"]:
        errors.append(f"{rid}: n_min > n_max {c}")
    if c["n_min"] is None and c["n_max"] is None:
        errors.append(f"{rid}: claim without numbers {c}")


if __name__ == "__main__":
    main()
