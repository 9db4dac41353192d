"""Builds blind-h.gold.json and blind-h.events.gold.json from the hand annotations below."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def I(surface, place, kind, district=None, lat=None, lon=None):
    return {"surface": surface, "place": place, "kind": kind, "district": district, "lat": lat, "lon": lon}
def C(surface, place, why):
    return {"surface": surface, "place": place, "why": why}
def Cl(claimant, ctype, what, whose, nmin, nmax, surface):
    return {"claimant": claimant, "claimant_type": ctype, "what": what, "whose": whose,
            "n_min": nmin, "n_max": nmax, "surface": surface}
def E(places, date, prec, etype, sub, a1, a2, claims, fat):
    return {"places": places, "event_date": date, "event_date_precision": prec,
            "event_type": etype, "sub_event_type": sub, "actor1": a1, "actor2": a2,
            "claims": claims, "fatalities": fat}

BAT, CLASH = "Battles", "Armed clash"
EXP, IED, SUI, GREN, SHELL = "Explosions/Remote violence", "Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Shelling/artillery/missile attack"
VAC, ATT, ABD = "Violence against civilians", "Attack", "Abduction/forced disappearance"
SD, ARR, DWU, LOOT, OTH = "Strategic developments", "Arrests", "Disrupted weapons use", "Looting/property destruction", "Other"
RIOT, MOB = "Riots", "Mob violence"
MIL, POL, FC, LEV, UAG, CIV = "Military Forces of Pakistan", "Police Forces of Pakistan", "Frontier Corps", "Levies Force", "Unidentified Armed Group", "Civilians"
TTP, BLA, BRA, BLT = "Tehreek-e-Taliban Pakistan", "Baloch Liberation Army", "Baloch Republican Army", "Balochistan Liberation Tigers"
SDLA = "Sindhu Desh Liberation Army"

G = {}   # id -> (incident, context)
EV = {}  # id -> (events, aggregate_claims)

# ---------------- bh-001 Awaran, ISPR press release
G["bh-001"] = ([
    I(["Silak Kaur"], "Silak Kaur", "site", "Awaran"),
    I(["Awaran"], "Awaran", "town", "Awaran", 26.46, 65.23),
    I(["Jatt Bazaar"], "Jatt Bazaar", "site", "Awaran"),
], [
    C(["Rawalpindi"], "Rawalpindi", "place of issue of the ISPR press release"),
    C(["Balochistan"], "Balochistan", "province, overall setting"),
    C(["Karachi"], "Karachi", "where the wounded soldier was evacuated"),
])
EV["bh-001"] = ([
    E(["Awaran", "Silak Kaur"], "2020-12-24", "day", BAT, CLASH, MIL, UAG, [
        Cl("ISPR", "military", "killed", "militant", 1, 1, "one terrorist"),
        Cl("ISPR", "military", "arrested", "militant", 1, 1, "another terrorist"),
        Cl("ISPR", "military", "killed", "security", 1, 1, "Havaldar Shoaib")], 2),
    E(["Awaran"], "2020-12-22", "day", BAT, CLASH, MIL, UAG, [
        Cl("ISPR", "military", "killed", "militant", 10, 10, "ten terrorists")], 10),
    E(["Awaran", "Jatt Bazaar"], "2020-12-20", "day", BAT, CLASH, UAG, MIL, [
        Cl("ISPR", "military", "killed", "security", 1, 1, "Lance Naik Muhammad Iqbal")], 1),
], [])

# ---------------- bh-002 Sindh wave, PTI wire
towns002 = [("Dadu", 26.73, 67.78), ("Badin", 24.66, 68.84), ("Sukkur", 27.70, 68.86), ("Nawabshah", 26.25, 68.41),
            ("Thatta", 24.75, 67.92), ("Ranipur", 27.29, 68.51), ("Khairpur Nathan Shah", 27.09, 67.73),
            ("Tando Mohammad Khan", 25.12, 68.54), ("Larkana", 27.56, 68.21)]
G["bh-002"] = ([
    I(["Karachi"], "Karachi", "town", None, 24.86, 67.01),
    I(["Gulistan-e-Jauhar"], "Gulistan-e-Jauhar", "neighbourhood", None),
    I(["Hyderabad"], "Hyderabad", "town", None, 25.39, 68.37),
    I(["Kotri"], "Kotri", "town", None, 25.37, 68.31),
] + [I([t], t, "town", None, la, lo) for t, la, lo in towns002] + [
    I(["Dokri"], "Dokri", "town", None, 27.37, 68.10),
    I(["Ghotki"], "Ghotki", "town", None, 28.01, 69.32),
], [
    C(["Islamabad"], "Islamabad", "dateline of the PTI wire"),
    C(["Pakistan"], "Pakistan", "country, overall setting; also inside 'National Bank of Pakistan'"),
    C(["Sindh"], "Sindh", "province, overall setting"),
    C(["Sindhu Desh"], "Sindhu Desh", "only inside the name of the Sindhu Desh Liberation Army"),
])
EV["bh-002"] = ([
    E(["Hyderabad"], "2012-05-02", "day", EXP, IED, SDLA, None, [
        Cl("police", "police", "injured", "unspecified", 4, 4, "Four people")], 0),
    E(["Kotri"], "2012-05-02", "day", EXP, IED, SDLA, None, [
        Cl("officials", "government", "injured", "civilian", 1, 1, "a private security guard")], 0),
    E(["Dokri"], "2012-05-02", "day", EXP, IED, SDLA, None, [], 0),
] + [E([t], "2012-05-02", "day", EXP, IED, SDLA, None, [], None) for t, _, _ in towns002] + [
    E(["Ghotki"], "2012-05-02", "day", EXP, IED, SDLA, None, [], 0),
    E(["Karachi", "Gulistan-e-Jauhar"], "2012-05-02", "day", EXP, IED, SDLA, None, [], 0),
], [
    Cl("officials", "government", "injured", "unspecified", 6, None, "at least six people"),
    Cl("officials", "government", "injured", "security", 2, 2, "two policemen"),
])

# ---------------- bh-003 Karak temple, Indian outlet
G["bh-003"] = ([
    I(["Karak"], "Karak", "district", None),
    I(["Teri"], "Teri", "town", None),
    I(["Krishna Dwara"], "Krishna Dwara temple", "site", None),
], [
    C(["New Delhi"], "New Delhi", "dateline of the Indian outlet"),
    C(["Pakistan"], "Pakistan", "country; also inside 'Supreme Court of Pakistan'"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province, overall setting"),
    C(["Karachi"], "Karachi", "where the chief justice met the Hindu lawmaker"),
    C(["Peshawar"], "Peshawar", "distance reference / provincial capital"),
])
EV["bh-003"] = ([
    E(["Teri", "Krishna Dwara temple", "Karak"], "2020-12-30", "day", RIOT, MOB, "mob led by local clerics and JUI-F supporters", CIV, [], 0),
    E(["Karak"], "2020-12-31", "day", SD, ARR, POL, None, [
        Cl("Inspector General of Police Sanaullah Abbasi", "police", "arrested", "unspecified", 31, 31, "31 suspects")], 0),
    E(["Teri"], "1997", "year", SD, LOOT, None, None, [], 0),
], [])

# ---------------- bh-004 Kohlu camp
G["bh-004"] = ([
    I(["KOHLU", "Kohlu"], "Kohlu", "district", "Kohlu"),
    I(["Lasse Zai"], "Lasse Zai", "site", "Kohlu"),
    I(["Kohlu-Dera Ghazi Khan road"], "Kohlu-Dera Ghazi Khan road", "road", "Kohlu"),
    I(["Khuzdar"], "Khuzdar", "district", "Khuzdar"),
    I(["Kalat"], "Kalat", "district", "Kalat"),
], [
    C(["Dera Ghazi Khan"], "Dera Ghazi Khan", "only inside the road name Kohlu-Dera Ghazi Khan road"),
    C(["Balochistan"], "Balochistan", "province, overall setting"),
])
EV["bh-004"] = ([
    E(["Kohlu", "Lasse Zai", "Kohlu-Dera Ghazi Khan road"], "2025-10-31", "day", BAT, CLASH, UAG, LEV, [
        Cl("officials", "government", "killed", "security", 1, 1, "a Levies official"),
        Cl("officials", "government", "injured", "security", 1, 1, "another Levies man"),
        Cl("Levies Risaldar Major Sher Muhammad Marri", "government", "injured", "civilian", 1, 1, "A labourer")], 1),
    E(["Khuzdar"], "2025-11-01", None, VAC, ABD, UAG, CIV, [], None),
    E(["Kalat"], "2025-11-01", None, VAC, ABD, UAG, CIV, [], None),
], [])

# ---------------- bh-005 Chilas bus, Gulf outlet
G["bh-005"] = ([
    I(["Chilas"], "Chilas", "town", None, 35.42, 74.10),
    I(["Hudur"], "Hudur", "site", None),
    I(["Karakoram Highway"], "Karakoram Highway", "road", None),
    I(["Kohistan"], "Kohistan", "district", None),
    I(["Babusar"], "Babusar", "site", None),
], [
    C(["ISLAMABAD"], "Islamabad", "dateline"),
    C(["Pakistan"], "Pakistan", "country, overall setting"),
    C(["Gilgit-Baltistan"], "Gilgit-Baltistan", "region (province-level), overall setting"),
    C(["Gahkuch"], "Gahkuch", "origin of the bus"),
    C(["Ghizer"], "Ghizer", "origin of the bus / home of passengers"),
    C(["Rawalpindi"], "Rawalpindi", "destination of the bus"),
    C(["Peshawar"], "Peshawar", "home of passengers"),
    C(["Skardu"], "Skardu", "home of passengers; protests by transporters"),
    C(["Mansehra"], "Mansehra", "home of passengers"),
    C(["Swabi"], "Swabi", "home of passengers"),
    C(["Sindh"], "Sindh", "home of passengers"),
    C(["Diamer"], "Diamer", "in the deputy commissioner's title; area of new convoy rules"),
    C(["Gupis"], "Gupis", "home of an injured passenger"),
    C(["Gilgit"], "Gilgit", "protests by transporters (not violence)"),
    C(["China"], "China", "other end of the road link"),
])
EV["bh-005"] = ([
    E(["Chilas", "Hudur", "Karakoram Highway"], "2023-12-02", "day", VAC, ATT, UAG, CIV, [
        Cl("officials", "government", "killed", "unspecified", 9, None, "At least nine people"),
        Cl("officials", "government", "killed", "security", 2, 2, "two of them soldiers"),
        Cl("Diamer Deputy Commissioner Arif Ahmad", "government", "injured", "unspecified", 21, None, "More than 20 people"),
        Cl("police", "police", "arrested", "unspecified", 6, 6, "six suspects")], 9),
    E(["Kohistan"], "2012", "year", VAC, ATT, UAG, CIV, [], None),
    E(["Babusar"], "2012", "year", VAC, ATT, UAG, CIV, [], None),
], [])

# ---------------- bh-006 Gulistan FC fort
G["bh-006"] = ([
    I(["Gulistan"], "Gulistan", "town", "Qilla Abdullah", 30.60, 66.58),
    I(["Qila Abdullah"], "Qila Abdullah", "district", "Qilla Abdullah"),
    I(["Quetta-Chaman highway"], "Quetta-Chaman highway", "road", "Qilla Abdullah"),
    I(["Mastung"], "Mastung", "town", "Mastung", 29.80, 66.85),
    I(["Zhob"], "Zhob", "town", "Zhob", 31.34, 69.45),
    I(["Bolan"], "Bolan", "district", "Kachhi"),
    I(["Turbat"], "Turbat", "town", "Kech", 26.00, 63.05),
], [
    C(["QUETTA", "Quetta"], "Quetta", "dateline; also inside the road name Quetta-Chaman highway"),
    C(["Tank"], "Tank", "home district of a martyred soldier"),
    C(["Karak"], "Karak", "home district of a martyred soldier"),
    C(["Chaman"], "Chaman", "hospital emergency and origin of Levies reinforcements; inside road name"),
])
EV["bh-006"] = ([
    E(["Gulistan", "Qila Abdullah", "Quetta-Chaman highway"], "2025-01-27", "day", BAT, CLASH, UAG, FC, [
        Cl("ISPR", "military", "killed", "militant", 5, 5, "all five attackers"),
        Cl("ISPR", "military", "killed", "security", 2, 2, "two soldiers"),
        Cl("district officials", "government", "killed", "militant", 2, 2, "two attackers")], 7),
    E(["Mastung"], "2025-01-26", "day", BAT, CLASH, POL, "dacoits", [
        Cl("police", "police", "killed", "security", 1, 1, "Constable Shaukat Jan Shahwani"),
        Cl("police", "police", "killed", "unspecified", 1, 1, "a dacoit"),
        Cl("police", "police", "injured", "civilian", 2, 2, "Two vehicle owners")], 2),
    E(["Zhob"], "2025-01-29", None, None, None, None, None, [], None),
    E(["Bolan"], "2025-01-29", None, None, None, None, None, [], None),
    E(["Turbat"], "2025-01-29", None, None, None, None, None, [], None),
], [
    Cl("police", "police", "killed", "unspecified", 6, 6, "six people"),
])

# ---------------- bh-007 Sindh wave, official statement
list007 = [("Tando Mohammad Khan", 25.12, 68.54), ("Hala", 25.81, 68.42), ("Bhan Saeedabad", 26.56, 67.72),
           ("Dadu", 26.73, 67.78), ("Mehar", 27.18, 67.82), ("Dokri", 27.37, 68.10), ("Larkana", 27.56, 68.21),
           ("Shahdadkot", 27.85, 67.91), ("Ranipur", 27.29, 68.51), ("Sukkur", 27.70, 68.86), ("Badin", 24.66, 68.84),
           ("Thatta", 24.75, 67.92), ("Moro", 26.66, 68.00), ("Qazi Ahmed", 26.30, 68.09)]
G["bh-007"] = ([
    I(["HYDERABAD", "Hyderabad"], "Hyderabad", "town", None, 25.39, 68.37),
    I(["Tower Market"], "Tower Market", "site", None),
    I(["Fatima Jinnah Road"], "Fatima Jinnah Road", "road", None),
] + [I([t], t, "town", None, la, lo) for t, la, lo in list007] + [
    I(["Sakrand"], "Sakrand", "town", None, 26.14, 68.27),
    I(["Kotri"], "Kotri", "town", None, 25.37, 68.31),
    I(["Mirpur Mathelo"], "Mirpur Mathelo", "town", None, 28.02, 69.55),
    I(["Ghotki"], "Ghotki", "district", None),
    I(["Sarhari"], "Sarhari", "site", None),
    I(["Shaheed Benazirabad"], "Shaheed Benazirabad", "district", None),
], [
    C(["Sindh"], "Sindh", "province, overall setting; also inside 'Sindh Bank'"),
    C(["Pakistan"], "Pakistan", "only inside 'National Bank of Pakistan'"),
    C(["Karachi"], "Karachi", "destination of the Karachi-bound train (not hit there)"),
    C(["Hazara"], "Hazara", "only inside the train name Hazara Express"),
    C(["Sindhu Desh"], "Sindhu Desh", "only inside the name of the Sindhu Desh Liberation Army"),
])
EV["bh-007"] = ([
    E(["Hyderabad", "Tower Market", "Fatima Jinnah Road"], "2012-05-02", "day", EXP, IED, SDLA, None, [], 0),
] + [E([t], "2012-05-02", "day", EXP, IED, SDLA, None, [], None) for t, _, _ in list007] + [
    E(["Sakrand"], "2012-05-02", "day", SD, DWU, SDLA, None, [], 0),
    E(["Kotri"], "2012-05-02", "day", EXP, IED, SDLA, None, [
        Cl("home department officials", "government", "injured", "civilian", 1, 1, "a watchman")], 0),
    E(["Mirpur Mathelo", "Ghotki"], "2012-05-02", "day", EXP, IED, SDLA, None, [], 0),
    E(["Sarhari", "Shaheed Benazirabad"], "2012-05-02", "day", EXP, IED, None, None, [], 0),
], [
    Cl("provincial home department", "government", "injured", "unspecified", 6, 6, "six people"),
    Cl("provincial home department", "government", "injured", "security", 2, 2, "two of them policemen"),
])

# ---------------- bh-008 Swiss couple, AFP wire
G["bh-008"] = ([
    I(["Loralai"], "Loralai", "district", "Loralai"),
    I(["Killi Nigah"], "Killi Nigah", "site", "Loralai"),
    I(["North Waziristan"], "North Waziristan", "district", None),
    I(["Spilga"], "Spilga", "site", None),
    I(["PESHAWAR", "Peshawar"], "Peshawar", "town", None, 34.01, 71.58),
], [
    C(["Pakistan"], "Pakistan", "country, overall setting; also in 'Tehreek-e-Taliban Pakistan'"),
    C(["Baluchistan"], "Balochistan", "province, overall setting"),
    C(["Esha"], "Esha", "end point of the road on which the checkpost lies"),
    C(["Razmak"], "Razmak", "end point of the road on which the checkpost lies"),
    C(["Miranshah"], "Miranshah", "distance reference"),
    C(["Islamabad"], "Islamabad", "seat of the Swiss embassy"),
    C(["India"], "India", "where the couple came from"),
    C(["Quetta"], "Quetta", "distance reference / provincial capital"),
    C(["Dera Ghazi Khan"], "Dera Ghazi Khan", "route origin of the couple"),
    C(["Punjab"], "Punjab", "province of Dera Ghazi Khan"),
    C(["United States"], "United States", "where Aafia Siddiqui is jailed"),
])
EV["bh-008"] = ([
    E(["Loralai", "Killi Nigah"], "2011-07-01", "day", VAC, ABD, TTP, CIV, [
        Cl("the report", "media", "abducted", "civilian", 2, 2, "A Swiss couple")], 0),
    E(["North Waziristan", "Spilga"], "2012-03-15", "day", SD, OTH, None, None, [], 0),
    E(["Peshawar"], "2010-09", "month", VAC, ABD, "Taliban", CIV, [
        Cl("the report", "media", "abducted", "civilian", 1, 1, "Ajmal Khan")], 0),
], [])

# ---------------- bh-009 Jhal Magsi ticker
G["bh-009"] = ([
    I(["JHAL MAGSI", "Jhal Magsi"], "Jhal Magsi", "district", "Jhal Magsi"),
    I(["Gandawa Road"], "Gandawa Road", "road", "Jhal Magsi"),
], [])
EV["bh-009"] = ([
    E(["Jhal Magsi", "Gandawa Road"], "2023-03-18", "day", VAC, ATT, UAG, CIV, [
        Cl("Levies officials", "police", "killed", "civilian", 3, 3, "3 killed"),
        Cl("Levies officials", "police", "injured", "civilian", 3, 3, "3 others critically injured")], 3),
], [])

# ---------------- bh-010 Upper Dir
G["bh-010"] = ([
    I(["UPPER DIR", "Upper Dir"], "Upper Dir", "district", None),
    I(["Gat"], "Gat", "site", None),
    I(["Shahi Kot"], "Shahi Kot", "site", None),
    I(["North Waziristan"], "North Waziristan", "district", None),
    I(["Frontier Region Bannu"], "Frontier Region Bannu", "region", None),
], [
    C(["PESHAWAR"], "Peshawar", "dateline"),
    C(["Malakand"], "Malakand", "in the general's command title; division from which troops are to be withdrawn"),
    C(["Dir"], "Dir", "town where the injured were taken to hospital"),
    C(["Malatarh"], "Malatarh", "check post the convoy was returning from (not hit there)"),
    C(["Barawal"], "Barawal", "area of the check post the convoy was returning from"),
    C(["Rawalpindi"], "Rawalpindi", "where the bodies were flown"),
    C(["Swat"], "Swat", "only inside 'the group's Swat chapter'"),
    C(["Afghanistan"], "Afghanistan", "country accused of hosting militants"),
    C(["Kunar"], "Kunar", "Afghan province named as militants' base"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province; government speaking"),
    C(["Pakistan"], "Pakistan", "only inside 'Tehreek-i-Taliban Pakistan'"),
])
EV["bh-010"] = ([
    E(["Upper Dir", "Shahi Kot", "Gat"], "2013-09-15", "day", EXP, IED, TTP, MIL, [
        Cl("ISPR", "military", "killed", "security", 3, 3, "Three army men"),
        Cl("ISPR", "military", "injured", "security", 2, 2, "Two other soldiers")], 3),
    E(["North Waziristan"], "2013-09-15", "day", EXP, None, None, None, [], None),
    E(["Frontier Region Bannu"], "2013-09-15", "day", EXP, None, None, None, [], None),
], [
    Cl("officials", "government", "killed", "security", 4, 4, "four security personnel"),
    Cl("officials", "government", "injured", "security", 10, 10, "10 injured"),
])

# ---------------- bh-011 Dera Bugti gas well
G["bh-011"] = ([
    I(["DERA BUGTI", "Dera Bugti"], "Dera Bugti", "district", "Dera Bugti"),
    I(["Pirkoh", "Pir Koh"], "Pir Koh", "site", "Dera Bugti"),
    I(["Loti"], "Loti", "site", "Dera Bugti"),
    I(["Maro"], "Maro", "site", "Dera Bugti"),
], [
    C(["Sui"], "Sui", "only inside the name of the Sui gas field"),
])
EV["bh-011"] = ([
    E(["Dera Bugti", "Pir Koh"], "2023-09-14", "day", EXP, IED, UAG, None, [], 0),
    E(["Loti"], "2023-09-12", "day", EXP, IED, UAG, None, [], 0),
    E(["Pir Koh"], "2012-01", "month", EXP, IED, UAG, None, [], 0),
    E(["Maro"], "2012-01", "month", EXP, IED, UAG, None, [
        Cl("the report", "media", "injured", "security", 2, 2, "two security personnel")], 0),
], [])

# ---------------- bh-012 Karachi dental clinic, Chinese state media
G["bh-012"] = ([
    I(["Karachi"], "Karachi", "town", None, 24.86, 67.01),
    I(["Saddar"], "Saddar", "neighbourhood", None, 24.86, 67.03),
    I(["Preedy Street"], "Preedy Street", "road", None),
    I(["University of Karachi"], "University of Karachi", "site", None, 24.94, 67.12),
    I(["Confucius Institute"], "Confucius Institute", "site", None),
], [
    C(["Jinnah Postgraduate Medical Centre"], "Jinnah Postgraduate Medical Centre", "hospital where the wounded were taken"),
    C(["ISLAMABAD"], "Islamabad", "dateline of the Xinhua copy"),
    C(["Pakistan"], "Pakistan", "country, overall setting"),
    C(["M.A. Jinnah Road"], "M.A. Jinnah Road", "direction of the attacker's escape"),
    C(["Beijing"], "Beijing", "government (foreign ministry) speaking"),
    C(["Sindh"], "Sindh", "province; chief minister's title"),
])
EV["bh-012"] = ([
    E(["Karachi", "Saddar", "Preedy Street"], "2022-09-28", "day", VAC, ATT, UAG, CIV, [
        Cl("police", "police", "killed", "civilian", 1, 1, "One person"),
        Cl("police", "police", "injured", "civilian", 2, 2, "two others")], 1),
    E(["Karachi", "University of Karachi", "Confucius Institute"], "2022-04", "month", EXP, SUI, None, CIV, [
        Cl("the report", "media", "killed", "civilian", 3, 3, "three Chinese teachers"),
        Cl("the report", "media", "killed", "civilian", 1, 1, "their Pakistani driver")], 4),
], [])

# ---------------- bh-013 Hub, Gulf outlet
G["bh-013"] = ([
    I(["Hub", "Hub Chowki"], "Hub", "town", "Lasbela", 25.05, 66.89),
    I(["Juma Khan Hotel"], "Juma Khan Hotel", "site", "Lasbela"),
], [
    C(["Karachi"], "Karachi", "dateline; distance reference; where the wounded were moved; victim's home city"),
    C(["Pakistan"], "Pakistan", "country; also inside 'Pakistan Muslim League-Nawaz'"),
    C(["Sindh"], "Sindh", "province named in a boundary description"),
    C(["Balochistan"], "Balochistan", "province named in a boundary description; chief minister's title"),
])
EV["bh-013"] = ([
    E(["Hub", "Juma Khan Hotel"], "2015-05-24", "day", EXP, IED, UAG, CIV, [
        Cl("police", "police", "killed", "civilian", 3, 3, "three passers-by"),
        Cl("the report", "media", "injured", "unspecified", 14, None, "At least 14 people"),
        Cl("the report", "media", "injured", "security", 5, 5, "five of them policemen")], 3),
], [])

# ---------------- bh-014 SDLA claim, Urdu daily in translation
G["bh-014"] = ([
    I(["HYDERABAD", "Hyderabad"], "Hyderabad", "town", None, 25.39, 68.37),
    I(["Larkana"], "Larkana", "town", None, 27.56, 68.21),
    I(["Bakrani Road"], "Bakrani Road", "road", None),
    I(["VIP Road"], "VIP Road", "road", None),
    I(["Dokri"], "Dokri", "town", None, 27.37, 68.10),
    I(["Mirpur Mathelo"], "Mirpur Mathelo", "town", None, 28.02, 69.55),
    I(["Karachi"], "Karachi", "town", None, 24.86, 67.01),
    I(["Bin Qasim"], "Bin Qasim", "neighbourhood", None),
], [
    C(["Sindh"], "Sindh", "province, overall setting"),
    C(["Sindhu Desh"], "Sindhu Desh", "only inside the name of the Sindhu Desh Liberation Army"),
    C(["Bakrani"], "Bakrani", "only inside the road name Bakrani Road (in Larkana)"),
])
EV["bh-014"] = ([
    E(["Hyderabad"], "2012-05-02", "day", EXP, IED, SDLA, None, [], 0),
    E(["Larkana", "Bakrani Road", "VIP Road"], "2012-05-02", "day", EXP, IED, SDLA, None, [], 0),
    E(["Dokri"], "2012-05-02", "day", EXP, IED, SDLA, None, [
        Cl("police sources", "police", "injured", "civilian", 1, 1, "the guard")], 0),
    E(["Mirpur Mathelo"], "2012-05-02", "day", EXP, IED, SDLA, None, [], 0),
    E(["Karachi", "Bin Qasim"], "2012-02", "month", EXP, IED, SDLA, None, [], 0),
], [])

# ---------------- bh-015 Chaman DPO, Indian outlet (ANI)
G["bh-015"] = ([
    I(["Chaman"], "Chaman", "town", "Qilla Abdullah", 30.92, 66.45),
    I(["Boghra Road"], "Boghra Road", "road", "Qilla Abdullah"),
    I(["Roghani Road"], "Roghani Road", "road", "Qilla Abdullah"),
], [
    C(["Pakistan"], "Pakistan", "country, overall setting"),
    C(["Balochistan"], "Balochistan", "province, overall setting; chief minister's title"),
    C(["Killa Abdullah"], "Killa Abdullah", "only in the police officer's title (District Police Officer of Killa Abdullah)"),
    C(["Quetta"], "Quetta", "where seriously injured were shifted"),
    C(["Spin Boldak"], "Spin Boldak", "town across the border"),
    C(["Afghanistan"], "Afghanistan", "neighbouring country; border description"),
    C(["Kandahar"], "Kandahar", "Afghan province of Spin Boldak"),
])
EV["bh-015"] = ([
    E(["Chaman", "Boghra Road"], "2017-07-10", "day", EXP, SUI, UAG, POL, [
        Cl("local media", "media", "killed", "unspecified", 3, 3, "three people"),
        Cl("the report", "media", "injured", "unspecified", 11, None, "At least 11 people")], 3),
    E(["Chaman", "Roghani Road"], "2017-02", "month", EXP, IED, UAG, FC, [
        Cl("the report", "media", "injured", "security", 2, 2, "two Frontier Corps personnel"),
        Cl("the report", "media", "injured", "civilian", 1, 1, "a rickshaw driver")], 0),
], [])

# ---------------- bh-016 Ipi follow-up
G["bh-016"] = ([
    I(["North Waziristan"], "North Waziristan", "district", None),
    I(["Mir Ali"], "Mir Ali", "town", None, 32.97, 70.27),
    I(["Ipi"], "Ipi", "site", None),
    I(["Tadi"], "Tadi", "site", None),
    I(["Shewa"], "Shewa", "region", None),
], [
    C(["BANNU", "Bannu"], "Bannu", "dateline; home district of the victims; where bodies were taken and buried"),
    C(["MIRANSHAH"], "Miranshah", "dateline"),
    C(["Peshawar"], "Peshawar", "only in 'Peshawar-based' (base of the employer)"),
    C(["Khalifa Gul Nawaz Hospital"], "Khalifa Gul Nawaz Hospital", "hospital in Bannu where the bodies were brought"),
])
EV["bh-016"] = ([
    E(["Mir Ali"], "2021-02-23", "day", BAT, CLASH, MIL, "Hafiz Gul Bahadur group", [
        Cl("officials", "government", "killed", "militant", 1, 1, "a militant commander")], 1),
    E(["Mir Ali", "Ipi", "North Waziristan"], "2021-02-22", "day", VAC, ATT, UAG, CIV, [
        Cl("the report", "media", "killed", "civilian", 4, 4, "four women vocational trainers"),
        Cl("the report", "media", "injured", "civilian", 1, 1, "the driver")], 4),
    E(["Shewa", "Tadi"], "2021-02-22", "day", VAC, ABD, UAG, CIV, [
        Cl("official sources", "government", "killed", "civilian", 1, 1, "a man"),
        Cl("official sources", "government", "abducted", "civilian", 8, 8, "eight people")], 1),
], [])

# ---------------- bh-017 Bhag and Turbat
G["bh-017"] = ([
    I(["Bhag"], "Bhag", "town", "Kachhi", 29.04, 67.82),
    I(["Kachhi"], "Kachhi", "district", "Kachhi"),
    I(["Turbat"], "Turbat", "town", "Kech", 26.00, 63.05),
    I(["Thana Road"], "Thana Road", "road", "Kech"),
], [
    C(["GWADAR"], "Gwadar", "dateline"),
    C(["QUETTA"], "Quetta", "dateline"),
    C(["Kech"], "Kech", "only in the deputy commissioner's title (Kech deputy commissioner)"),
    C(["Sibi"], "Sibi", "where an injured policeman was moved for treatment"),
])
EV["bh-017"] = ([
    E(["Bhag", "Kachhi"], "2025-10-27", "day", BAT, CLASH, UAG, POL, [
        Cl("officials", "government", "killed", "security", 1, 1, "A police official"),
        Cl("officials", "government", "injured", "security", 1, 1, "another policeman"),
        Cl("officials", "government", "killed", "militant", 2, 2, "Two of the attackers")], 3),
    E(["Turbat", "Thana Road"], "2025-10-27", "day", EXP, IED, UAG, LEV, [
        Cl("the report", "media", "injured", "security", 9, 9, "nine Levies personnel"),
        Cl("the report", "media", "injured", "civilian", 1, 1, "a pedestrian")], 0),
], [])

# ---------------- bh-018 Machka follow-up
G["bh-018"] = ([
    I(["RAHIM YAR KHAN", "Rahim Yar Khan"], "Rahim Yar Khan", "district", None),
    I(["Sadiqabad"], "Sadiqabad", "region", None),
    I(["Machka"], "Machka", "site", None),
], [
    C(["LAHORE"], "Lahore", "dateline"),
    C(["Punjab"], "Punjab", "province; in 'Punjab police', 'Punjab government'"),
    C(["Sindh"], "Sindh", "neighbouring province whose police joined the operation; minister's title; boundary"),
    C(["Karachi"], "Karachi", "where the Sindh home minister issued orders"),
    C(["Indus"], "Indus", "river named in a general description of the riverine belt"),
    C(["Sheikh Zayed Hospital"], "Sheikh Zayed Hospital", "hospital where the injured were treated"),
])
EV["bh-018"] = ([
    E(["Rahim Yar Khan", "Sadiqabad", "Machka"], "2024-08-22", "day", EXP, SHELL, "dacoits", POL, [
        Cl("Punjab police", "police", "killed", "security", 12, 12, "12 policemen"),
        Cl("Punjab police", "police", "killed", "security", 11, 11, "11 policemen"),
        Cl("officials", "government", "injured", "security", 8, 8, "Eight others")], 12),
    E(["Rahim Yar Khan"], "2024-08-23", "day", BAT, CLASH, POL, "dacoits", [
        Cl("Punjab police", "police", "killed", "unspecified", 1, 1, "the main suspect"),
        Cl("Punjab police", "police", "injured", "unspecified", 5, 5, "five of his associates")], 1),
], [])

# ---------------- bh-019 Dera Allah Yar, Urdu daily in translation
G["bh-019"] = ([
    I(["DERA ALLAH YAR", "Dera Allah Yar", "Dera Allahyar"], "Dera Allah Yar", "town", "Jafarabad", 28.37, 68.35),
    I(["Sohbatpur Chowk"], "Sohbatpur Chowk", "site", "Jafarabad"),
    I(["Jaffarabad"], "Jaffarabad", "district", "Jafarabad"),
    I(["Quetta Road"], "Quetta Road", "road", "Jafarabad"),
], [
    C(["Balochistan"], "Balochistan", "province, overall setting"),
    C(["Larkana"], "Larkana", "where seriously injured were referred"),
    C(["Sindh"], "Sindh", "province of Larkana"),
    C(["Sohbatpur"], "Sohbatpur", "only inside the name of Sohbatpur Chowk (a square in Dera Allah Yar)"),
    C(["Quetta"], "Quetta", "only inside the road name Quetta Road (in Dera Allah Yar)"),
])
EV["bh-019"] = ([
    E(["Dera Allah Yar", "Sohbatpur Chowk", "Jaffarabad"], "2022-01-30", "day", EXP, GREN, UAG, POL, [
        Cl("the report", "media", "injured", "unspecified", 16, 16, "Sixteen people"),
        Cl("the report", "media", "injured", "security", 2, 2, "two traffic police constables")], 0),
    E(["Dera Allah Yar"], "2011-08-14", "day", EXP, IED, BLT, CIV, [
        Cl("the report", "media", "killed", "unspecified", 14, 14, "14 people")], 14),
    E(["Dera Allah Yar", "Quetta Road"], "2013-03", "month", EXP, IED, None, CIV, [
        Cl("the report", "media", "killed", "unspecified", 10, None, "at least 10 people"),
        Cl("the report", "media", "injured", "unspecified", 41, None, "more than 40")], 10),
], [])

# ---------------- bh-020 Tank ticker
G["bh-020"] = ([
    I(["TANK", "Tank"], "Tank", "town", None, 32.22, 70.38),
    I(["Damaan Plaza"], "Damaan Plaza", "site", None),
    I(["Bannu Road"], "Bannu Road", "road", None),
], [
    C(["Bannu"], "Bannu", "only inside the road name Bannu Road (in Tank)"),
    C(["D.I. Khan"], "Dera Ismail Khan", "where critically injured were shifted (D.I. Khan Teaching Hospital)"),
    C(["South Waziristan"], "South Waziristan", "neighbouring district"),
])
EV["bh-020"] = ([
    E(["Tank", "Damaan Plaza", "Bannu Road"], "2023-05-19", "day", EXP, GREN, UAG, POL, [
        Cl("police", "police", "killed", "unspecified", 1, 1, "1 person"),
        Cl("police", "police", "injured", "unspecified", 18, 18, "18 injured"),
        Cl("police", "police", "injured", "security", 2, 2, "2 policemen")], 1),
], [])

# ---------------- bh-021 Washuk 2017
G["bh-021"] = ([
    I(["Washuk"], "Washuk", "district", "Kharan"),
    I(["Panjgur"], "Panjgur", "district", "Panjgur"),
    I(["Dasht"], "Dasht", "site", "Kech"),
    I(["Kech"], "Kech", "district", "Kech"),
    I(["Khost"], "Khost", "site", "Sibi"),
    I(["Harnai"], "Harnai", "district", "Sibi"),
    I(["QUETTA", "Quetta"], "Quetta", "town", "Quetta", 30.19, 67.01),
    I(["Pishin Stop"], "Pishin Stop", "neighbourhood", "Quetta"),
], [
    C(["Balochistan"], "Balochistan", "province, overall setting"),
    C(["Pishin"], "Pishin", "only inside the name Pishin Stop (a locality of Quetta)"),
])
EV["bh-021"] = ([
    E(["Washuk"], "2017-09-04", "day", BAT, CLASH, UAG, FC, [
        Cl("a senior official of the district administration", "government", "killed", "security", 3, 3, "Three personnel of the Frontier Corps"),
        Cl("a senior official of the district administration", "government", "injured", "security", 3, 3, "three others")], 3),
    E(["Kech", "Dasht"], "2017-08-24", "day", BAT, CLASH, UAG, FC, [
        Cl("the report", "media", "killed", "security", 2, 2, "two FC soldiers")], 2),
    E(["Harnai", "Khost"], "2017-08-14", "day", EXP, IED, UAG, FC, [], None),
    E(["Panjgur"], "2017-08-14", "day", BAT, CLASH, UAG, FC, [], None),
    E(["Quetta", "Pishin Stop"], "2017-08-12", "day", EXP, None, None, MIL, [
        Cl("the report", "media", "killed", "unspecified", 15, 15, "15 people"),
        Cl("the report", "media", "injured", "unspecified", 31, None, "more than 30")], 15),
], [
    Cl("the report", "media", "killed", "security", 7, 7, "seven FC personnel"),
])

# ---------------- bh-022 CTD Punjab press release
G["bh-022"] = ([
    I(["Gujranwala"], "Gujranwala", "town", None, 32.16, 74.19),
    I(["Dera Ghazi Khan", "D.G. Khan"], "Dera Ghazi Khan", "town", None, 30.05, 70.64),
], [
    C(["PUNJAB", "Punjab"], "Punjab", "province; in 'CTD Punjab'"),
    C(["Lahore"], "Lahore", "place of issue of the press release"),
])
EV["bh-022"] = ([
    E(["Gujranwala"], "2023-03-24", None, SD, ARR, POL, "proscribed organisation", [], 0),
    E(["Dera Ghazi Khan"], "2023-03-24", None, SD, ARR, POL, "proscribed organisation", [], 0),
], [
    Cl("CTD Punjab", "police", "arrested", "militant", 5, 5, "five terrorists"),
    Cl("CTD Punjab spokesperson", "police", "arrested", "unspecified", 66, 66, "66 suspects"),
])

# ---------------- bh-023 Buleda and Noshki
G["bh-023"] = ([
    I(["Buleda"], "Buleda", "town", "Kech"),
    I(["Reko"], "Reko", "site", "Kech"),
    I(["Kech"], "Kech", "district", "Kech"),
    I(["Noshki"], "Nushki", "town", "Nushki", 29.55, 66.02),
], [
    C(["TURBAT"], "Turbat", "dateline"),
    C(["QUETTA"], "Quetta", "dateline"),
])
EV["bh-023"] = ([
    E(["Buleda", "Reko", "Kech"], "2025-10-28", "day", BAT, CLASH, UAG, FC, [
        Cl("officials", "government", "killed", "security", 1, 1, "A Frontier Corps soldier"),
        Cl("officials", "government", "injured", "security", 3, 3, "three others")], 1),
    E(["Nushki"], "2025-10-26", "day", BAT, CLASH, UAG, POL, [], 0),
], [])

# ---------------- bh-024 Lakki Marwat and Bajaur, Reuters-like wire
G["bh-024"] = ([
    I(["Lakki Marwat"], "Lakki Marwat", "district", None),
    I(["Kurram Par"], "Kurram Par", "site", None),
    I(["Bajaur"], "Bajaur", "district", None),
], [
    C(["PESHAWAR"], "Peshawar", "dateline"),
    C(["Pakistan"], "Pakistan", "country, overall setting; also in 'Tehreek-e-Taliban Pakistan'"),
    C(["Wanda Shahabkhel"], "Wanda Shahabkhel", "destination of the police team (not attacked there)"),
    C(["Karak"], "Karak", "neighbouring district in a description of the terrain"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province, overall setting"),
    C(["Afghanistan"], "Afghanistan", "government hosting talks"),
    C(["Kabul"], "Kabul", "venue of the talks"),
])
EV["bh-024"] = ([
    E(["Lakki Marwat", "Kurram Par"], "2022-11-16", "day", BAT, CLASH, TTP, POL, [
        Cl("officials", "government", "killed", "security", 6, 6, "six policemen")], 6),
    E(["Bajaur"], "2022-11-16", "day", BAT, CLASH, UAG, MIL, [
        Cl("officials", "government", "killed", "security", 2, 2, "two soldiers")], 2),
], [])

# ---------------- bh-025 Sherani DC attacked in Qila Saifullah
G["bh-025"] = ([
    I(["Tang Haiderzai", "Haiderzai"], "Tang Haiderzai", "site", "Qilla Saifullah"),
    I(["Qila Saifullah"], "Qila Saifullah", "district", "Qilla Saifullah"),
    I(["Mastung"], "Mastung", "town", "Mastung", 29.80, 66.85),
], [
    C(["SHERANI", "Sherani"], "Sherani", "dateline; the deputy commissioner's title and her destination"),
    C(["Zhob"], "Zhob", "distance reference"),
    C(["Balochistan"], "Balochistan", "province, overall setting"),
    C(["Panjgur"], "Panjgur", "only in titles (Panjgur Deputy Commissioner, Panjgur district council chairman)"),
    C(["Quetta"], "Quetta", "destination of the murdered deputy commissioner"),
])
EV["bh-025"] = ([
    E(["Qila Saifullah", "Tang Haiderzai"], "2024-10-03", "day", BAT, CLASH, UAG, LEV, [], 0),
    E(["Mastung"], "2024-08", "month", VAC, ATT, UAG, CIV, [
        Cl("the report", "media", "killed", "civilian", 1, 1, "Panjgur Deputy Commissioner Zakir Hussain Baloch"),
        Cl("the report", "media", "injured", "civilian", 1, 1, "Abdul Malik Baloch")], 1),
], [])

# ---------------- bh-026 PIPS monthly review May 2012
list026 = [("Hyderabad", 25.39, 68.37), ("Dadu", 26.73, 67.78), ("Larkana", 27.56, 68.21), ("Nawabshah", 26.25, 68.41),
           ("Badin", 24.66, 68.84), ("Thatta", 24.75, 67.92)]
G["bh-026"] = ([I([t], t, "town", None, la, lo) for t, la, lo in list026] + [
    I(["Mirpur Mathelo"], "Mirpur Mathelo", "town", None, 28.02, 69.55),
    I(["Ghotki"], "Ghotki", "district", None),
    I(["Khar"], "Khar", "town", None, 34.72, 71.52),
    I(["Bajaur Agency"], "Bajaur", "district", None),
    I(["Quetta"], "Quetta", "town", "Quetta", 30.19, 67.01),
    I(["Karachi"], "Karachi", "town", None, 24.86, 67.01),
    I(["Kurram Agency"], "Kurram", "district", None),
], [
    C(["Pakistan"], "Pakistan", "country, overall setting"),
    C(["Balochistan"], "Balochistan", "province; statistics for the whole province"),
    C(["FATA"], "FATA", "region; statistics for the whole region"),
    C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province; statistics for the whole province"),
    C(["Sindh"], "Sindh", "province; statistics and overall setting (incl. 'interior Sindh')"),
    C(["Punjab"], "Punjab", "province; statistics for the whole province"),
    C(["United States"], "United States", "actor of drone strikes (government)"),
    C(["Sindhu Desh"], "Sindhu Desh", "only inside the name of the Sindhu Desh Liberation Army"),
])
PIPS = "the institute (PIPS)"
EV["bh-026"] = ([E([t], "2012-05-02", "day", EXP, IED, SDLA, None, [], None) for t, _, _ in list026] + [
    E(["Mirpur Mathelo", "Ghotki"], "2012-05-02", "day", EXP, IED, SDLA, None, [], 0),
    E(["Khar", "Bajaur"], "2012-05", "month", EXP, SUI, None, None, [
        Cl(PIPS, "other", "killed", "unspecified", 21, None, "more than 20 people")], 21),
    E(["Quetta"], "2012-05", "month", VAC, ATT, "sectarian outfits", CIV, [], None),
    E(["Karachi"], "2012-05", "month", VAC, ATT, "sectarian outfits", CIV, [], None),
    E(["Kurram"], "2012-05", "month", VAC, ATT, "sectarian outfits", CIV, [], None),
], [
    Cl(PIPS, "other", "killed", "unspecified", 132, 132, "132 people"),
    Cl(PIPS, "other", "injured", "unspecified", 342, 342, "342"),
    Cl(PIPS, "other", "killed", "unspecified", 37, 37, "37 people"),
    Cl(PIPS, "other", "injured", "unspecified", 125, 125, "injuring 125"),
    Cl(PIPS, "other", "killed", "unspecified", 63, 63, "63 people"),
    Cl(PIPS, "other", "injured", "unspecified", 103, 103, "103 injured"),
    Cl(PIPS, "other", "killed", "unspecified", 10, 10, "10 people"),
    Cl(PIPS, "other", "injured", "unspecified", 76, 76, "injured 76"),
    Cl(PIPS, "other", "killed", "unspecified", 19, 19, "killed 19"),
    Cl(PIPS, "other", "injured", "unspecified", 36, 36, "injured 36"),
    Cl(PIPS, "other", "killed", "unspecified", 3, 3, "three people"),
    Cl(PIPS, "other", "injured", "unspecified", 2, 2, "two injured"),
    Cl(PIPS, "other", "killed", "unspecified", 372, 372, "372 people"),
    Cl(PIPS, "other", "injured", "unspecified", 620, 620, "620 injured"),
])

# ---------------- bh-027 Quetta press club, AP-like wire
G["bh-027"] = ([
    I(["QUETTA", "Quetta"], "Quetta", "town", "Quetta", 30.19, 67.01),
    I(["Shahrah-e-Adalat"], "Shahrah-e-Adalat", "road", "Quetta"),
    I(["Satellite Town"], "Satellite Town", "neighbourhood", "Quetta"),
], [
    C(["Pakistan"], "Pakistan", "country, overall setting"),
    C(["Baluchistan"], "Balochistan", "province, overall setting"),
    C(["Iran"], "Iran", "neighbouring country"),
    C(["Afghanistan"], "Afghanistan", "neighbouring country"),
])
EV["bh-027"] = ([
    E(["Quetta", "Shahrah-e-Adalat"], "2020-02-17", "day", EXP, SUI, UAG, CIV, [
        Cl("police", "police", "killed", "unspecified", 8, 8, "eight people"),
        Cl("police", "police", "killed", "security", 2, 2, "two policemen"),
        Cl("police", "police", "killed", "security", 1, 1, "a member of the paramilitary Levies force"),
        Cl("hospital spokesman Wasim Baig", "medical", "injured", "unspecified", 21, None, "More than 20 people")], 8),
    E(["Quetta", "Satellite Town"], "2020-01", "month", EXP, None, None, CIV, [
        Cl("the report", "media", "killed", "unspecified", 15, 15, "15 people"),
        Cl("the report", "media", "killed", "security", 1, 1, "a senior police officer")], 15),
], [])

# ---------------- bh-028 Kashmore, Sindh police press release
G["bh-028"] = ([
    I(["KASHMORE", "Kashmore"], "Kashmore", "district", None),
    I(["Ghelpur"], "Ghelpur", "site", None),
], [
    C(["SINDH", "Sindh"], "Sindh", "province; in 'Sindh Rangers', 'IGP Sindh'"),
    C(["KANDHKOT"], "Kandhkot", "seat of the district police office issuing the release"),
    C(["Shikarpur"], "Shikarpur", "named in a general remark on lawlessness, no specific incident"),
    C(["Ghotki"], "Ghotki", "named in a general remark on lawlessness, no specific incident"),
    C(["Sukkur"], "Sukkur", "named in a general remark on lawlessness, no specific incident"),
])
EV["bh-028"] = ([
    E(["Kashmore", "Ghelpur"], "2024-01-14", "day", BAT, CLASH, POL, "kidnappers", [
        Cl("Kashmore police", "police", "abducted", "civilian", 9, 9, "nine abductees")], 0),
], [
    Cl("IGP Sindh Riffat Mukhtar", "police", "abducted", "unspecified", 261, 261, "261 people"),
])

# ---------------- bh-029 Analysis: infrastructure sabotage
G["bh-029"] = ([
    I(["Pirkoh"], "Pir Koh", "site", "Dera Bugti"),
    I(["Dera Bugti"], "Dera Bugti", "district", "Dera Bugti"),
    I(["Loti"], "Loti", "site", "Dera Bugti"),
    I(["Rahim Yar Khan"], "Rahim Yar Khan", "town", None, 28.42, 70.30),
    I(["Notal"], "Notal", "town", "Nasirabad"),
    I(["Naseerabad"], "Naseerabad", "district", "Nasirabad"),
    I(["Jaffarabad"], "Jaffarabad", "district", "Jafarabad"),
    I(["Dasht"], "Dasht", "town", "Mastung"),
    I(["Mastung"], "Mastung", "district", "Mastung"),
    I(["Rabi canal"], "Rabi canal", "site", "Nasirabad"),
    I(["Dera Murad Jamali"], "Dera Murad Jamali", "town", "Nasirabad", 28.55, 68.22),
    I(["Mashkaf"], "Mashkaf", "site", "Kachhi"),
    I(["Bolan"], "Bolan", "district", "Kachhi"),
    I(["Mirabad"], "Mirabad", "site", "Kech"),
    I(["Tump"], "Tump", "town", "Kech"),
    I(["Balgatar"], "Balgatar", "town", "Kech"),
    I(["Kech"], "Kech", "district", "Kech"),
    I(["Johan"], "Johan", "site", "Kalat"),
    I(["Kalat"], "Kalat", "district", "Kalat"),
    I(["Barkhan"], "Barkhan", "district", "Barkhan"),
], [
    C(["Balochistan"], "Balochistan", "province, overall setting; also in 'Balochistan's insurgents' (title)"),
    C(["Sui"], "Sui", "only inside the name of the Sui gas field"),
    C(["Punjab"], "Punjab", "province named as the area affected by supply cuts"),
    C(["Uch"], "Uch", "only inside the name of the Uch power plant (affected, not attacked)"),
    C(["Quetta"], "Quetta", "end point of the rail link; city affected by gas cuts (effect, not scene)"),
    C(["Peshawar"], "Peshawar", "end point of the rail link"),
])
EV["bh-029"] = ([
    E(["Dera Bugti", "Pir Koh"], "2023-09-14", "day", EXP, IED, UAG, None, [], 0),
    E(["Loti"], "2023-09-12", "day", EXP, IED, UAG, None, [], 0),
    E(["Dera Bugti"], "2012", "year", EXP, IED, None, None, [], None),
    E(["Rahim Yar Khan"], "2014-02", "month", EXP, IED, BRA, None, [], 0),
    E(["Naseerabad", "Notal"], "2015-01-24", "day", EXP, IED, None, None, [], 0),
    E(["Naseerabad"], "2015-01-23", "day", EXP, IED, None, None, [], 0),
    E(["Jaffarabad"], "2015-01-23", "day", EXP, IED, None, None, [], 0),
    E(["Mastung", "Dasht"], "2015-01-23", "day", EXP, IED, None, None, [], 0),
    E(["Dera Murad Jamali", "Rabi canal"], "2019", "year", EXP, IED, None, CIV, [
        Cl("the report", "media", "killed", "civilian", 4, None, "at least four passengers")], 4),
    E(["Bolan", "Mashkaf"], "2022-01", "month", EXP, IED, None, None, [], 0),
    E(["Tump", "Mirabad"], "2023-09", "month", SD, LOOT, UAG, None, [], 0),
    E(["Kech", "Balgatar"], "2023-09", "month", SD, LOOT, UAG, None, [], 0),
    E(["Kalat", "Johan"], "2022", "year", SD, LOOT, BLA, None, [], 0),
    E(["Barkhan"], "2023-10-05", None, EXP, IED, UAG, None, [], None),
], [])

# ---------------- bh-030 CTD Balochistan press note
G["bh-030"] = ([
    I(["Basima", "Besima"], "Basima", "town", "Kharan"),
    I(["Washuk"], "Washuk", "district", "Kharan"),
    I(["Surkhab camp"], "Surkhab camp", "site", "Pishin"),
    I(["Pishin"], "Pishin", "district", "Pishin"),
], [
    C(["BALOCHISTAN", "Balochistan"], "Balochistan", "province; in 'CTD Balochistan'"),
    C(["Quetta"], "Quetta", "place of issue of the press note"),
])
EV["bh-030"] = ([
    E(["Basima", "Washuk"], "2023-09-02", "day", BAT, CLASH, POL, UAG, [
        Cl("CTD Balochistan", "police", "killed", "militant", 8, 8, "eight (08) terrorists"),
        Cl("CTD Balochistan", "police", "abducted", "civilian", 1, 1, "one Abubakar")], 8),
    E(["Pishin", "Surkhab camp"], "2023-08-30", "day", BAT, CLASH, POL, TTP, [
        Cl("CTD Balochistan", "police", "killed", "militant", 4, 4, "four terrorists")], 4),
], [])

# ---------------- write
ids = sorted(G)
gold = [{"id": i, "incident_places": G[i][0], "context_places": G[i][1]} for i in ids]
events = [{"id": i, "events": EV[i][0], "aggregate_claims": EV[i][1]} for i in sorted(EV)]
with open(os.path.join(OUT, "blind-h.gold.json"), "w") as f:
    json.dump(gold, f, indent=1, ensure_ascii=False)
with open(os.path.join(OUT, "blind-h.events.gold.json"), "w") as f:
    json.dump(events, f, indent=1, ensure_ascii=False)
print(len(gold), "gold;", len(events), "events entries")
