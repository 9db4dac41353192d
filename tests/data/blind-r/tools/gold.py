# Gold place and event annotations for blind-r.
def I(s, place, kind, district=None, lat=None, lon=None):
    return {"surface": s if isinstance(s, list) else [s], "place": place, "kind": kind,
            "district": district, "lat": lat, "lon": lon}
def C(s, place, why):
    return {"surface": s if isinstance(s, list) else [s], "place": place, "why": why}
def CL(claimant, ctype, what, whose, nmin, nmax, surface):
    return {"claimant": claimant, "claimant_type": ctype, "what": what, "whose": whose,
            "n_min": nmin, "n_max": nmax, "surface": surface}
def EV(places, date, prec, etype, sub, a1, a2, fat, claims=()):
    return {"places": places, "event_date": date, "event_date_precision": prec,
            "event_type": etype, "sub_event_type": sub, "actor1": a1, "actor2": a2,
            "claims": list(claims), "fatalities": fat}

TTP = "Tehreek-e-Taliban Pakistan"; MIL = "Military Forces of Pakistan"; POL = "Police Forces of Pakistan"
UAG = "Unidentified Armed Group"; CIV = "Civilians"; BLA = "Baloch Liberation Army"
EXP = "Explosions/Remote violence"; IED = "Remote explosive/landmine/IED"; SB = "Suicide bomb"
BAT = "Battles"; AC = "Armed clash"; VAC = "Violence against civilians"; ATT = "Attack"
RIOT = "Riots"; MOB = "Mob violence"; ROT = "Rioters (Pakistan)"

G = {}   # id -> (incident, context)
E = {}   # id -> (events, aggregate_claims)

# ---------------- br-001 Quetta air bases
G["br-001"] = ([
    I(["QUETTA", "Quetta"], "Quetta", "town", "Quetta", 30.18, 67.00),
    I("Samungli", "Samungli air base", "site", "Quetta", 30.25, 66.94),
    I("Khalid", "Khalid air base", "site", "Quetta"),
    I("North Waziristan", "North Waziristan", "district"),
    I("Karachi", "Karachi", "town", None, 24.86, 67.01),
    I("Jinnah International Airport", "Jinnah International Airport", "site", None, 24.90, 67.16),
], [
    C("Quetta Cantonment", "Quetta Cantonment", "where the wounded are treated (Combined Military Hospital)"),
    C("Quetta International Airport", "Quetta International Airport", "the PM flew out from it; not attacked"),
    C("Pakistan", "Pakistan", "only inside the name Tehreek-i-Taliban Pakistan"),
])
E["br-001"] = ([
    EV(["Quetta", "Samungli air base", "Khalid air base"], "2014-08-14", "day", BAT, AC, TTP, MIL, 12, [
        CL("officials", "military", "killed", "militant", 12, 12, "Twelve militants"),
        CL("officials", "military", "arrested", "militant", 1, 1, "One wounded attacker"),
        CL("officials", "military", "injured", "militant", 1, 1, "One wounded attacker"),
        CL("provincial police chief Muhammad Amlish", "police", "injured", "security", 11, 11, "11 security personnel"),
        CL("early accounts", "media", "killed", "militant", 8, 8, "eight dead attackers"),
        CL("early accounts", "media", "killed", "militant", 10, 10, "later of ten"),
        CL("officials", "military", "killed", "militant", 3, 3, "Three of the attackers")]),
    EV(["North Waziristan"], "2014-06", "month", BAT, AC, MIL, TTP, None),
    EV(["Karachi", "Jinnah International Airport"], "2014-06", "month", BAT, AC, None, None, None),
], [])

# ---------------- br-002 Quetta Zarghoon Road
G["br-002"] = ([
    I(["QUETTA", "Quetta"], "Quetta", "town", "Quetta", 30.18, 67.00),
    I("GPO Chowk", "GPO Chowk", "site", "Quetta", 30.19, 67.01),
    I("Zarghoon Road", "Zarghoon Road", "road", "Quetta", 30.19, 67.01),
], [
    C("Pakistan", "Pakistan", "country in the dateline and inside the name Tehreek-e-Taliban Pakistan"),
    C("Balochistan", "Balochistan", "province as overall setting; inside the name Balochistan Constabulary"),
    C("Afghanistan", "Afghanistan", "neighbouring country, background"),
    C("Iran", "Iran", "neighbouring country, background"),
    C("China", "China", "government financing the port, background"),
    C("Gwadar", "Gwadar", "site of the Chinese-funded port, not attacked"),
])
E["br-002"] = ([
    EV(["Quetta", "GPO Chowk", "Zarghoon Road"], "2018-01-09", "day", EXP, SB, TTP, POL, 6, [
        CL("the report", "media", "killed", "unspecified", 6, None, "at least six people"),
        CL("provincial police chief Moazzam Jah Ansari", "police", "killed", "security", 4, 4, "four constabulary personnel"),
        CL("provincial police chief Moazzam Jah Ansari", "police", "killed", "civilian", 2, 2, "two passers-by"),
        CL("provincial police chief Moazzam Jah Ansari", "police", "injured", "security", 7, 7, "seven policemen"),
        CL("hospital officials", "medical", "injured", "unspecified", 17, 17, "17 wounded people"),
        CL("some local media", "media", "killed", "unspecified", 7, 7, "seven dead"),
        CL("some local media", "media", "injured", "unspecified", None, 22, "up to 22 injured")]),
    EV(["Quetta"], "2017-12-17", "day", EXP, SB, None, CIV, 9, [
        CL("the report", "media", "killed", "civilian", 9, None, "at least nine worshippers")]),
], [])

# ---------------- br-003 Panjgur IBO (ISPR)
G["br-003"] = ([
    I("Panjgur", "Panjgur", "district", "Panjgur"),
    I("Gwadar", "Gwadar", "town", "Gwadar", 25.12, 62.32),
    I("Gwadar Port Authority complex", "Gwadar Port Authority complex", "site", "Gwadar", 25.12, 62.33),
], [
    C("ISLAMABAD", "Islamabad", "dateline / seat of the military's media wing"),
    C("Balochistan", "Balochistan", "province as overall setting"),
    C("Dera Ghazi Khan", "Dera Ghazi Khan", "home district of a soldier killed in Gwadar"),
    C("Khairpur", "Khairpur", "home district of a soldier killed in Gwadar"),
    C("Pakistan", "Pakistan", "country (quote from the ISPR)"),
])
E["br-003"] = ([
    EV(["Panjgur"], "2024-03-20", "day", BAT, AC, MIL, None, 1, [
        CL("ISPR", "military", "killed", "militant", 1, 1, "a terrorist"),
        CL("ISPR", "military", "injured", "militant", 2, 2, "two others")]),
    EV(["Gwadar", "Gwadar Port Authority complex"], "2024-03-20", "day", BAT, AC, BLA, MIL, 10, [
        CL("ISPR", "military", "killed", "militant", 8, 8, "all eight attackers"),
        CL("ISPR", "military", "killed", "security", 2, 2, "two soldiers")]),
], [])

# ---------------- br-004 Turbat woman bomber
G["br-004"] = ([
    I(["TURBAT", "Turbat"], "Turbat", "town", "Kech", 26.00, 63.05),
    I("Chakar Azam Chowk", "Chakar Azam Chowk", "site", "Kech", 26.00, 63.05),
    I("Kech", "Kech", "district", "Kech"),
    I("Karachi", "Karachi", "town", None, 24.86, 67.01),
    I("Karachi University", "Karachi University", "site", None, 24.94, 67.12),
    I("Confucius Institute", "Confucius Institute", "site", None, 24.94, 67.12),
], [
    C("Teaching Hospital Turbat", "Teaching Hospital Turbat", "where the dead and injured were taken"),
    C("Balochistan", "Balochistan", "province, in the chief minister's title"),
    C("Quetta", "Quetta", "where the chief minister's statement was issued"),
])
E["br-004"] = ([
    EV(["Turbat", "Chakar Azam Chowk", "Kech"], "2023-06-24", "day", EXP, SB, BLA, POL, 1, [
        CL("the report", "media", "killed", "security", 1, 1, "One policeman"),
        CL("the report", "media", "injured", "security", 1, 1, "another")]),
    EV(["Karachi", "Karachi University", "Confucius Institute"], "2022-04", "month", EXP, SB, BLA, CIV, 4, [
        CL("the report", "media", "killed", "civilian", 4, 4, "four people")]),
], [])

# ---------------- br-005 Dera Murad Jamali bus stand
G["br-005"] = ([
    I(["DERA MURAD JAMALI", "Dera Murad Jamali"], "Dera Murad Jamali", "town", "Nasirabad", 28.55, 68.22),
], [
    C("Larkana", "Larkana", "where two critically injured were referred"),
])
E["br-005"] = ([
    EV(["Dera Murad Jamali"], "2019-04-22", "day", EXP, IED, UAG, POL, 0, [
        CL("police", "police", "injured", "unspecified", 10, 10, "Ten people"),
        CL("police", "police", "injured", "security", 2, 2, "two personnel of the Counter Terrorism Department")]),
], [])

# ---------------- br-006 Chattar landmine
G["br-006"] = ([
    I("Chattar", "Chattar", "town", "Nasirabad"),
    I(["NASEERABAD", "Naseerabad"], "Naseerabad", "district", "Nasirabad"),
    I("Notal", "Notal", "town", "Nasirabad"),
], [
    C(["DERA MURAD JAMALI", "Dera Murad Jamali"], "Dera Murad Jamali", "dateline; origin of the pick-up; hospital town"),
    C("Civil Hospital Dera Murad Jamali", "Civil Hospital Dera Murad Jamali", "where bodies and injured were taken"),
    C("Larkana", "Larkana", "where the injured were referred"),
])
E["br-006"] = ([
    EV(["Chattar", "Naseerabad"], "2015-01-26", "day", EXP, IED, UAG, CIV, 5, [
        CL("the report", "media", "killed", "civilian", 5, 5, "Five people"),
        CL("the report", "media", "injured", "civilian", 3, 3, "three others"),
        CL("the report", "media", "killed", "civilian", 4, 4, "Four passengers")]),
    EV(["Notal"], "2015-01-24", "day", EXP, IED, UAG, None, 0),
], [])

# ---------------- br-007 Mastung, Hafiz Hamdullah
G["br-007"] = ([
    I("Mastung", "Mastung", "town", "Mastung", 29.80, 66.85),
    I("Khar", "Khar", "town", None, 34.73, 71.52),
    I("Bajaur", "Bajaur", "district"),
    I("Dringarh", "Dringarh", "town", "Mastung"),
], [
    C("QUETTA", "Quetta", "dateline"),
    C("Balochistan", "Balochistan", "province as overall setting"),
])
E["br-007"] = ([
    EV(["Mastung"], "2023-09-15", "day", EXP, IED, UAG, CIV, 0, [
        CL("officials", "government", "injured", "unspecified", 11, None, "at least 11 people")]),
    EV(["Khar", "Bajaur"], "2023-07-30", "day", EXP, SB, "Islamic State (Khorasan Province)", CIV, 54, [
        CL("the report", "media", "killed", "unspecified", 54, None, "at least 54 people")]),
    EV(["Dringarh"], "2018-07", "month", EXP, SB, None, CIV, 128, [
        CL("the report", "media", "killed", "unspecified", 128, None, "at least 128 people")]),
], [])

# ---------------- br-008 CTD, Tera Meel / Dasht
G["br-008"] = ([
    I("Dasht", "Dasht", "town", "Mastung"),
    I("Tera Meel", "Tera Meel", "site", "Mastung"),
    I("Mastung", "Mastung", "district", "Mastung"),
], [
    C("QUETTA", "Quetta", "dateline"),
    C("Balochistan", "Balochistan", "province, in the CTD's and IGP's titles"),
])
E["br-008"] = ([
    EV(["Dasht", "Tera Meel", "Mastung"], "2018-06-13", "day", BAT, AC, POL, None, 4, [
        CL("CTD spokesperson", "police", "killed", "militant", 4, 4, "four terrorists"),
        CL("CTD spokesperson", "police", "injured", "security", 4, 4, "Four CTD personnel"),
        CL("rescue officials", "medical", "killed", "civilian", 1, 1, "a five-year-old boy")]),
], [])

# ---------------- br-009 Wadh bodies
G["br-009"] = ([
    I("Wadh", "Wadh", "town", "Khuzdar", 27.35, 66.37),
    I(["KHUZDAR", "Khuzdar"], "Khuzdar", "district", "Khuzdar"),
    I("Tootak", "Tootak", "site", "Khuzdar"),
], [
    C("Civil Hospital Khuzdar", "Civil Hospital Khuzdar", "where the bodies were taken"),
    C("Balochistan", "Balochistan", "province as overall setting"),
    C("Quetta", "Quetta", "protests by families of missing persons"),
    C("Karachi", "Karachi", "protests by families of missing persons"),
])
E["br-009"] = ([
    EV(["Wadh", "Khuzdar"], "2014-09-21", "day", VAC, ATT, UAG, CIV, 3, [
        CL("police", "police", "killed", "unspecified", 3, 3, "Three bullet-riddled bodies")]),
    EV(["Tootak"], "2014", "year", VAC, ATT, None, CIV, None),
], [])

# ---------------- br-010 Kalat / Kharan roundup
G["br-010"] = ([
    I("Killi Mulki", "Killi Mulki", "town", "Kalat"),
    I("Kalat", "Kalat", "district", "Kalat"),
    I("Kharan", "Kharan", "town", "Kharan", 28.58, 65.42),
], [
    C("QUETTA", "Quetta", "dateline"),
    C("KHUZDAR", "Khuzdar", "dateline"),
    C("Jaffarabad", "Jaffarabad", "home district of the victim killed in Kharan"),
    C("Gazg", "Gazg", "road accident, not violence"),
    C("Khand", "Khand", "road accident, not violence"),
    C(["District Hospital Kalat", "Kalat district hospital"], "District Hospital Kalat", "where bodies were taken"),
])
E["br-010"] = ([
    EV(["Killi Mulki", "Kalat"], "2025-05-16", "day", VAC, ATT, UAG, CIV, 2, [
        CL("Levies", "police", "killed", "civilian", 2, 2, "a man and a woman")]),
    EV(["Kharan"], "2025-05-16", "day", VAC, ATT, UAG, CIV, 1, [
        CL("police", "police", "killed", "civilian", 1, 1, "a balloon seller")]),
], [
    CL("the report", "media", "killed", "civilian", 3, 3, "Three people"),
])

# ---------------- br-011 Analysis: TTP in northern Balochistan
G["br-011"] = ([
    I("Quetta", "Quetta", "town", "Quetta", 30.18, 67.00),
    I("Zhob", "Zhob", "town", "Zhob", 31.34, 69.45),
    I("Zhob garrison", "Zhob garrison", "site", "Zhob", 31.34, 69.45),
    I("Sui", "Sui", "town", "Dera Bugti", 28.64, 69.18),
    I("Dera Bugti", "Dera Bugti", "district", "Dera Bugti"),
    I("Muslim Bagh", "Muslim Bagh", "town", "Qilla Saifullah", 30.83, 67.73),
    I("Qila Saifullah", "Qila Saifullah", "district", "Qilla Saifullah"),
    I("Baleli", "Baleli", "neighbourhood", "Quetta", 30.27, 66.97),
    I("Kuchlak", "Kuchlak", "town", "Quetta", 30.41, 66.97),
    I("Kech", "Kech", "district", "Kech"),
    I("Panjgur", "Panjgur", "district", "Panjgur"),
    I("Kalat", "Kalat", "district", "Kalat"),
], [
    C(["ISLAMABAD", "Islamabad"], "Islamabad", "dateline; federal government speaking; inside 'Islamabad-based'"),
    C("Balochistan", "Balochistan", "province as overall setting"),
    C("Sherani", "Sherani", "border geography, no attack named"),
    C("South Waziristan", "South Waziristan", "border geography"),
    C("Afghanistan", "Afghanistan", "neighbouring country, border geography"),
    C("Paktika", "Paktika", "Afghan province across the border"),
    C("N-50", "N-50", "highway described as a route, not attacked"),
    C("D.I. Khan", "Dera Ismail Khan", "end point of the N-50 route"),
    C("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "province linked by the route; national statistics"),
    C("Punjab", "Punjab", "province linked by the route"),
    C("China", "China", "only inside the name China-Pakistan Economic Corridor"),
    C("Pakistan", "Pakistan", "only inside names (TTP, Tehreek-e-Jihad Pakistan, CPEC, PICSS)"),
    C("Kabul", "Kabul", "Afghan government speaking"),
])
E["br-011"] = ([
    EV(["Zhob", "Zhob garrison"], "2023-07-12", "day", BAT, AC, "Tehreek-e-Jihad Pakistan", MIL, 9, [
        CL("ISPR", "military", "killed", "security", 9, 9, "Nine soldiers")]),
    EV(["Sui", "Dera Bugti"], "2023-07-12", "day", BAT, AC, UAG, MIL, 3, [
        CL("the report", "media", "killed", "security", 3, 3, "three more soldiers")]),
    EV(["Muslim Bagh", "Qila Saifullah"], "2023-05", "month", BAT, AC, UAG, "Frontier Corps", None),
    EV(["Baleli"], "2022-11", "month", EXP, SB, TTP, POL, None),
    EV(["Kuchlak"], "2019-08", "month", EXP, IED, None, CIV, 4, [
        CL("the report", "media", "killed", "unspecified", 4, None, "at least four people")]),
    EV(["Quetta"], None, None, VAC, ATT, None, CIV, None),
    EV(["Kech"], "2023-12-30", None, BAT, AC, MIL, None, None),
    EV(["Panjgur"], "2023-12-30", None, BAT, AC, MIL, None, None),
    EV(["Kalat"], "2023-12-30", None, BAT, AC, MIL, None, None),
], [])

# ---------------- br-012 Iranian drone over Panjgur
G["br-012"] = ([
    I("Panjgur", "Panjgur", "district", "Panjgur"),
    I("Kech", "Kech", "district", "Kech"),
    I("Mirjaveh", "Mirjaveh", "town", None, 29.02, 61.45),
    I("Jakigur", "Jakigur", "region"),
], [
    C("QUETTA", "Quetta", "dateline"),
    C("Islamabad", "Islamabad", "Foreign Office briefing; federal government"),
    C("Tehran", "Tehran", "Iranian government"),
    C("Pakistan", "Pakistan", "country; inside 'Pakistan Air Force'; destination of abductees"),
    C("Iran", "Iran", "country; its armed forces chief speaking"),
    C("Balochistan", "Balochistan", "province as overall setting"),
])
E["br-012"] = ([
    EV(["Panjgur"], "2017-06", "month", "Strategic developments", "Disrupted weapons use", MIL, "Military Forces of Iran", 0),
    EV(["Panjgur"], None, None, EXP, "Shelling/artillery/missile attack", "Iranian border guards", None, None),
    EV(["Kech"], None, None, EXP, "Shelling/artillery/missile attack", "Iranian border guards", None, None),
    EV(["Mirjaveh"], "2017-04", "month", BAT, AC, "Jaish al-Adl", "Iranian border guards", 10, [
        CL("the report", "media", "killed", "security", 10, 10, "ten Iranian border guards")]),
    EV(["Jakigur"], "2014-02", "month", VAC, "Abduction/forced disappearance", "Jaish al-Adl", "Iranian border guards", 0, [
        CL("the report", "media", "abducted", "security", 5, 5, "five Iranian border guards")]),
], [])

# ---------------- br-013 Peshawar airport
G["br-013"] = ([
    I(["PESHAWAR", "Peshawar"], "Peshawar", "town", None, 34.01, 71.58),
    I("Bacha Khan International Airport", "Bacha Khan International Airport", "site", None, 33.99, 71.51),
    I("Pawaka", "Pawaka", "neighbourhood", None),
    I("Kamra", "Kamra", "town", None, 33.87, 72.40),
    I("Minhas air base", "Minhas air base", "site", None, 33.87, 72.40),
], [
    C("Pakistan", "Pakistan", "country; inside 'Pakistan Air Force' and 'Tehreek-e-Taliban Pakistan'"),
    C("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "province, background"),
    C("Afghanistan", "Afghanistan", "neighbouring country, background"),
    C("Islamabad", "Islamabad", "reference point for Kamra"),
])
E["br-013"] = ([
    EV(["Peshawar", "Bacha Khan International Airport", "Pawaka"], "2012-12-15", "day", BAT, AC, TTP, MIL, 9, [
        CL("officials", "government", "killed", "civilian", 4, None, "at least four civilians"),
        CL("officials", "government", "killed", "militant", 5, 5, "Five attackers"),
        CL("police and hospital officials", "police", "injured", "unspecified", 41, None, "More than 40 people")]),
    EV(["Kamra", "Minhas air base"], "2012-08", "month", BAT, AC, UAG, MIL, None),
], [])

# ---------------- br-014 Sher Garh funeral bombing
G["br-014"] = ([
    I(["MARDAN", "Mardan"], "Mardan", "district", None),
    I("Sher Garh", "Sher Garh", "town", None),
    I("Hangu", "Hangu", "town", None, 33.53, 71.06),
], [
    C("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "inside the name Khyber Pakhtunkhwa Assembly"),
    C("Pakistan", "Pakistan", "only inside the party name Pakistan Tehreek-e-Insaf"),
    C("Mardan Medical Complex", "Mardan Medical Complex", "hospital where the injured were taken"),
    C("Lady Reading Hospital", "Lady Reading Hospital", "hospital where the critically injured were referred"),
    C("Peshawar", "Peshawar", "where the critically injured were referred"),
])
E["br-014"] = ([
    EV(["Sher Garh", "Mardan"], "2013-06-18", "day", EXP, SB, None, CIV, 30, [
        CL("the report", "media", "killed", "unspecified", 30, None, "At least 30 people"),
        CL("the report", "media", "injured", "unspecified", 51, None, "more than 50 others")]),
    EV(["Hangu"], "2013-06-04", "day", VAC, ATT, UAG, CIV, 1, [
        CL("the report", "media", "killed", "civilian", 1, 1, "PTI MPA Farid Khan")]),
], [])

# ---------------- br-015 Parachinar Eidgah market
G["br-015"] = ([
    I(["PARACHINAR", "Parachinar"], "Parachinar", "town", None, 33.90, 70.10),
    I("Eidgah market", "Eidgah market", "site", None, 33.90, 70.10),
    I(["Kurram Agency", "Kurram"], "Kurram", "district", None),
    I("Kurmi bazaar", "Kurmi bazaar", "site", None, 33.90, 70.10),
], [
    C("Agency Headquarters Hospital Parachinar", "Agency Headquarters Hospital Parachinar", "where the injured were taken"),
    C("Peshawar", "Peshawar", "where the critically injured were airlifted"),
    C("Iran", "Iran", "named in the militants' stated motive"),
    C("Afghanistan", "Afghanistan", "neighbouring country, border geography"),
])
E["br-015"] = ([
    EV(["Parachinar", "Eidgah market", "Kurram"], "2015-12-13", "day", EXP, IED, "Lashkar-e-Jhangvi", CIV, 23, [
        CL("the report", "media", "killed", "unspecified", 23, None, "At least 23 people"),
        CL("the report", "media", "injured", "unspecified", 51, None, "over 50")]),
    EV(["Parachinar", "Kurmi bazaar"], "2012-02", "month", EXP, SB, None, CIV, 30, [
        CL("the report", "media", "killed", "unspecified", 30, None, "at least 30 people")]),
], [])

# ---------------- br-016 D.I. Khan follow-up
G["br-016"] = ([
    I(["DERA ISMAIL KHAN", "Dera Ismail Khan", "D.I. Khan"], "Dera Ismail Khan", "town", None, 31.83, 70.90),
    I("District Headquarters (DHQ) Hospital", "District Headquarters Hospital", "site", None, 31.83, 70.90),
    I("Kotla Saidan", "Kotla Saidan", "town", None),
], [
    C("Police Lines", "Police Lines", "venue of the funeral prayers"),
])
E["br-016"] = ([
    EV(["Kotla Saidan"], "2019-07-21", "day", BAT, AC, TTP, POL, 2, [
        CL("the report", "media", "killed", "security", 2, 2, "two constables")]),
    EV(["Dera Ismail Khan", "District Headquarters Hospital"], "2019-07-21", "day", EXP, SB, TTP, POL, 7, [
        CL("officials", "government", "killed", "security", 4, 4, "four more policemen"),
        CL("officials", "government", "killed", "civilian", 3, 3, "three civilians"),
        CL("officials", "government", "injured", "unspecified", 24, None, "dozens of others")]),
], [
    CL("officials", "government", "killed", "unspecified", 9, 9, "nine"),
    CL("the report", "media", "killed", "security", 6, 6, "six policemen"),
])

# ---------------- br-017 Tirah blast
G["br-017"] = ([
    I("Matre Dara", "Matre Dara", "town", None),
    I("Tirah", "Tirah", "region", None),
    I(["KHYBER", "Khyber"], "Khyber", "district", None),
], [
    C("Afghanistan", "Afghanistan", "neighbouring country, border geography"),
])
E["br-017"] = ([
    EV(["Matre Dara", "Tirah", "Khyber"], "2025-09-22", "day", EXP, None, None, None, 24, [
        CL("the report", "media", "killed", "unspecified", 24, None, "At least 24 people")]),
], [])

# ---------------- br-018 Torkham
G["br-018"] = ([
    I("Torkham", "Torkham", "town", None, 34.10, 71.09),
], [
    C(["PESHAWAR", "Peshawar"], "Peshawar", "dateline; hospital where the major died; end of the road"),
    C("Pakistan", "Pakistan", "country"),
    C("Nangarhar", "Nangarhar", "province of the Afghan officials speaking"),
    C("Jalalabad", "Jalalabad", "destination on the road through Torkham"),
    C("Kabul", "Kabul", "destination on the road; Afghan government"),
    C("Khyber Pass", "Khyber Pass", "route description"),
    C("Islamabad", "Islamabad", "Pakistani government lodging a protest"),
])
E["br-018"] = ([
    EV(["Torkham"], "2016-06-12", "day", BAT, AC, "Afghan forces", MIL, 1, [
        CL("ISPR", "military", "killed", "security", 1, 1, "A Pakistani army major")]),
    EV(["Torkham"], "2016-06-13", "day", BAT, AC, "Afghan forces", MIL, 0),
], [])

# ---------------- br-019 Bajaur
G["br-019"] = ([
    I(["BAJAUR", "Bajaur"], "Bajaur", "district", None),
    I("Khar", "Khar", "town", None, 34.73, 71.52),
], [
    C("Nawagai", "Nawagai", "only in the victim's title (assistant commissioner of Nawagai)"),
    C("Peshawar", "Peshawar", "provincial government speaking"),
    C("Afghanistan", "Afghanistan", "neighbouring country, border geography"),
    C("Kunar", "Kunar", "Afghan province across the border"),
])
E["br-019"] = ([
    EV(["Bajaur"], "2025-07-02", "day", EXP, IED, UAG, CIV, 4, [
        CL("officials", "government", "killed", "unspecified", 4, None, "at least four people")]),
    EV(["Khar", "Bajaur"], "2023-07", "month", EXP, SB, None, CIV, 51, [
        CL("the report", "media", "killed", "unspecified", 51, None, "more than 50 people")]),
], [])

# ---------------- br-020 Peshawar cinemas
G["br-020"] = ([
    I(["PESHAWAR", "Peshawar"], "Peshawar", "town", None, 34.01, 71.58),
    I("Picture House cinema", "Picture House cinema", "site", None, 34.01, 71.58),
    I("Shama cinema", "Shama cinema", "site", None, 34.01, 71.58),
], [
    C("Lady Reading Hospital", "Lady Reading Hospital", "where the injured were taken"),
])
E["br-020"] = ([
    EV(["Peshawar", "Picture House cinema"], "2014-02-11", "day", EXP, "Grenade", UAG, CIV, 12, [
        CL("the report", "media", "killed", "unspecified", 12, None, "At least 12 people"),
        CL("the report", "media", "injured", "unspecified", 24, None, "dozens")]),
    EV(["Peshawar", "Shama cinema"], "2014-02-02", "day", EXP, "Grenade", UAG, CIV, 5, [
        CL("the report", "media", "killed", "unspecified", 5, None, "at least five people")]),
], [])

# ---------------- br-021 Madyan lynching
G["br-021"] = ([
    I("Madyan", "Madyan", "town", None, 35.14, 72.53),
    I("Swat Valley", "Swat", "district", None),
    I("Sialkot", "Sialkot", "town", None, 32.49, 74.53),
    I("Jaranwala", "Jaranwala", "town", None, 31.33, 73.42),
], [
    C("ISLAMABAD", "Islamabad", "dateline"),
    C("Pakistan", "Pakistan", "country"),
    C("Khyber Pakhtunkhwa", "Khyber Pakhtunkhwa", "province as setting"),
    C("Punjab", "Punjab", "province as setting"),
])
E["br-021"] = ([
    EV(["Madyan", "Swat"], "2024-06-20", "day", RIOT, MOB, ROT, CIV, 1, [
        CL("police", "police", "killed", "civilian", 1, 1, "a tourist")]),
    EV(["Sialkot"], "2021-12", "month", RIOT, MOB, ROT, CIV, 1, [
        CL("the report", "media", "killed", "civilian", 1, 1, "a Sri Lankan factory manager")]),
    EV(["Jaranwala"], "2023-08", "month", RIOT, MOB, ROT, CIV, 0),
], [])

# ---------------- br-022 Joseph Colony
G["br-022"] = ([
    I(["LAHORE", "Lahore"], "Lahore", "town", None, 31.55, 74.34),
    I("Joseph Colony", "Joseph Colony", "neighbourhood", None, 31.58, 74.32),
    I("Badami Bagh", "Badami Bagh", "neighbourhood", None, 31.58, 74.32),
    I("Gojra", "Gojra", "town", None, 31.15, 72.69),
    I("Toba Tek Singh", "Toba Tek Singh", "district", None),
], [
    C("Punjab", "Punjab", "province, in the chief minister's title"),
    C("Pakistan", "Pakistan", "inside the title Chief Justice of Pakistan"),
])
E["br-022"] = ([
    EV(["Lahore", "Joseph Colony", "Badami Bagh"], "2013-03-09", "day", RIOT, MOB, ROT, CIV, 0, [
        CL("police", "police", "arrested", "unspecified", 24, None, "dozens of suspects")]),
    EV(["Gojra", "Toba Tek Singh"], "2009", "year", RIOT, MOB, ROT, CIV, 7, [
        CL("the report", "media", "killed", "civilian", 7, None, "at least seven people")]),
], [])

# ---------------- br-023 Bhong temple
G["br-023"] = ([
    I("Bhong", "Bhong", "town", None),
    I("Ganesh Mandir", "Ganesh Mandir", "site", None),
    I(["RAHIM YAR KHAN", "Rahim Yar Khan"], "Rahim Yar Khan", "district", None),
], [
    C("Punjab", "Punjab", "province, in the police chief's title"),
    C("Islamabad", "Islamabad", "seat of the Supreme Court"),
])
E["br-023"] = ([
    EV(["Bhong", "Ganesh Mandir", "Rahim Yar Khan"], "2021-08-04", "day", RIOT, MOB, ROT, CIV, 0, [
        CL("police", "police", "arrested", "unspecified", 20, 20, "20 suspects")]),
], [])

# ---------------- br-024 Karachi Saddar
G["br-024"] = ([
    I(["KARACHI", "Karachi"], "Karachi", "town", None, 24.86, 67.01),
    I("Saddar", "Saddar", "neighbourhood", None, 24.86, 67.03),
    I("University of Karachi", "University of Karachi", "site", None, 24.94, 67.12),
    I("Confucius Institute", "Confucius Institute", "site", None, 24.94, 67.12),
    I("Sindh", "Sindh", "region", None),
], [
    C("Pakistan", "Pakistan", "only inside the name Pakistan Coast Guards"),
    C("Sindhudesh", "Sindhudesh", "only inside the name Sindhudesh Revolutionary Army (proposed homeland)"),
])
E["br-024"] = ([
    EV(["Karachi", "Saddar"], "2022-05-12", "day", EXP, IED, "Sindhudesh Revolutionary Army", MIL, 1, [
        CL("police", "police", "killed", "unspecified", 1, 1, "One person")]),
    EV(["Karachi", "University of Karachi", "Confucius Institute"], "2022-04-26", "day", EXP, SB, None, CIV, 4, [
        CL("the report", "media", "killed", "unspecified", 4, 4, "four people")]),
    EV(["Karachi"], None, None, EXP, IED, "Sindhudesh Revolutionary Army", None, None),
    EV(["Sindh"], None, None, EXP, IED, "Sindhudesh Revolutionary Army", None, None),
], [])
