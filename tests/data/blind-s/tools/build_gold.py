import os
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the set folder
import json
def I(surface, place, kind, district=None, lat=None, lon=None):
    return {"surface": surface, "place": place, "kind": kind, "district": district, "lat": lat, "lon": lon}
def C(surface, place, why):
    return {"surface": surface, "place": place, "why": why}
def E(places, date, prec, et, st, a1, a2, fat, claims=()):
    return {"places": places, "event_date": date, "event_date_precision": prec, "event_type": et,
            "sub_event_type": st, "actor1": a1, "actor2": a2, "claims": list(claims), "fatalities": fat}
def K(claimant, ctype, what, whose, nmin, nmax, surface):
    return {"claimant": claimant, "claimant_type": ctype, "what": what, "whose": whose, "n_min": nmin, "n_max": nmax, "surface": surface}

Q = lambda s=["Quetta"]: I(s, "Quetta", "town", "Quetta", 30.18, 67.00)
PAK = C(["Pakistan"], "Pakistan", "country named as overall setting")
BAL = C(["Balochistan"], "Balochistan", "province named as setting / in government and office names")
KP = C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province named as setting / in police or department name")
VAC, EXP, BAT, SD = "Violence against civilians", "Explosions/Remote violence", "Battles", "Strategic developments"
UAG, POL, MIL, CIV = "Unidentified Armed Group", "Police Forces of Pakistan", "Military Forces of Pakistan", "Civilians"

gold, ev = [], []
import copy
def add(id_, inc, ctx, events, agg=()):
    gold.append({"id": id_, "incident_places": copy.deepcopy(inc), "context_places": copy.deepcopy(ctx)})
    ev.append({"id": id_, "events": events, "aggregate_claims": list(agg)})

# 001 Mahal Baloch
add("bs-001",
 [Q(), I(["Satellite Town"], "Satellite Town", "neighbourhood", "Quetta"),
  I(["Karachi"], "Karachi", "town", None, 24.86, 67.01),
  I(["Confucius Institute", "University of Karachi"], "Confucius Institute, University of Karachi", "site", None)],
 [C(["Colombo"], "Colombo", "location of the issuing regional office"), PAK,
  C(["Balochistan"], "Balochistan", "province as setting; in 'Government of Balochistan'"),
  C(["Islamabad"], "Islamabad", "federal authorities addressed")],
 [E(["Quetta", "Satellite Town"], "2023-02-17", "day", SD, "Arrests", POL, CIV, 0,
    [K("CTD", "police", "arrested", "militant", 1, 1, "a woman suicide bomber")]),
  E(["Karachi", "Confucius Institute, University of Karachi"], "2022-04", "month", EXP, "Suicide bomb", None, CIV, 4,
    [K("the report", "media", "killed", "civilian", 3, 3, "three Chinese teachers"),
     K("the report", "media", "killed", "civilian", 1, 1, "their Pakistani driver")])])

# 002 Dr Deen Muhammad
add("bs-002",
 [I(["Ornach"], "Ornach", "town", "Khuzdar"), I(["Khuzdar"], "Khuzdar", "district", "Khuzdar"),
  I(["Mastung"], "Mastung", "town", "Mastung", 29.80, 66.85),
  I(["Kech"], "Kech", "district", "Kech"), I(["Awaran"], "Awaran", "district", "Awaran"),
  I(["Panjgur"], "Panjgur", "district", "Panjgur")],
 [C(["Aiwan-i-Jamhoor"], "Aiwan-i-Jamhoor", "HRCP building in the letterhead address"),
  C(["Tipu Block"], "Tipu Block", "letterhead address"), C(["New Garden Town"], "New Garden Town, Lahore", "letterhead address"),
  C(["Lahore"], "Lahore", "publisher's location"),
  C(["Quetta"], "Quetta", "starting point of a protest long march"),
  C(["Karachi"], "Karachi", "protest march route"), C(["Islamabad"], "Islamabad", "end point of protest march"),
  C(["Balochistan"], "Balochistan", "province as setting"),
  C(["Pakistan"], "Pakistan", "country; in the organisation's name and 'Pakistan's penal code'")],
 [E(["Ornach", "Khuzdar"], "2009-06-28", "day", VAC, "Abduction/forced disappearance", UAG, CIV, 0),
  E(["Mastung"], "2009-06-08", "day", VAC, "Abduction/forced disappearance", None, CIV, 0),
  E(["Kech"], None, None, VAC, "Abduction/forced disappearance", None, CIV, None),
  E(["Awaran"], None, None, VAC, "Abduction/forced disappearance", None, CIV, None),
  E(["Panjgur"], None, None, VAC, "Abduction/forced disappearance", None, CIV, None)])

# 003 Gulzar Imam
add("bs-003",
 [I(["Panjgur"], "Panjgur", "town", "Panjgur", 26.97, 64.09), I(["Noshki"], "Nushki", "town", "Nushki", 29.55, 66.02)],
 [C(["Rawalpindi"], "Rawalpindi", "ISPR's issuing office"), PAK,
  C(["Afghanistan"], "Afghanistan", "country the militant is said to have visited"),
  C(["India"], "India", "country the militant is said to have visited / accused"), BAL],
 [E(["Panjgur"], None, None, BAT, "Armed clash", "Baloch National Army", None, None),
  E(["Nushki"], None, None, BAT, "Armed clash", "Baloch National Army", None, None)],
 [K("ISPR", "military", "arrested", "militant", 1, 1, "a hardened militant")])

# 004 polio flash update Quetta 2023
add("bs-004",
 [Q(), I(["Nawa Killi", "Killi Nawa"], "Nawa Killi", "neighbourhood", "Quetta"),
  I(["Pishin"], "Pishin", "district", "Pishin"), I(["Trat"], "Trat", "town", "Pishin"),
  I(["Tank"], "Tank", "district", None), I(["Kot Azam"], "Kot Azam", "town", None)],
 [BAL, C(["Killa Abdullah"], "Qilla Abdullah", "listed as a programme block district, no incident"),
  KP, PAK, C(["Islamabad"], "Islamabad", "seat of the National EOC (contact)")],
 [E(["Quetta", "Nawa Killi"], "2023-08-01", "day", BAT, "Armed clash", UAG, POL, 2,
    [K("the report", "media", "killed", "security", 2, 2, "two police constables")]),
  E(["Kot Azam", "Tank"], "2022-08-16", "day", BAT, "Armed clash", UAG, POL, 2,
    [K("the report", "media", "killed", "security", 2, 2, "two policemen")]),
  E(["Trat", "Pishin"], "2022-10-25", "day", BAT, "Armed clash", UAG, POL, 1,
    [K("the report", "media", "killed", "security", 1, 1, "a constable")])],
 [K("the report", "media", "killed", "unspecified", 101, None, "More than 100 vaccinators and security personnel")])

# 005 Pishin thread
add("bs-005",
 [I(["Pishin"], "Pishin", "district", "Pishin"), I(["Trat", "Kali Tarata"], "Trat", "town", "Pishin")],
 [C(["Quetta"], "Quetta", "where the body was taken"),
  C(["Balochistan"], "Balochistan", "in the police force's name, hashtag and IGP title; province")],
 [E(["Trat", "Pishin"], "2022-10-25", "day", BAT, "Armed clash", UAG, POL, 1,
    [K("Balochistan Police", "police", "killed", "security", 1, 1, "one of our constables")])])

# 006 weekly brief
add("bs-006",
 [Q(), I(["Hazara Town"], "Hazara Town", "neighbourhood", "Quetta"), I(["Aliabad"], "Aliabad", "neighbourhood", "Quetta"),
  I(["Ali Ibn Abi Talib imambargah"], "Ali Ibn Abi Talib imambargah", "site", "Quetta"),
  I(["Alamdar Road"], "Alamdar Road", "road", "Quetta"),
  I(["Peshawar"], "Peshawar", "town", None, 34.01, 71.58), I(["Badaber"], "Badaber", "town", None, 33.93, 71.57)],
 [C(["Islamabad"], "Islamabad", "location of the authoring analysis desk"),
  C(["Balochistan"], "Balochistan", "section heading / province"), C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "section heading / province"),
  C(["Taftan"], "Taftan", "destination of pilgrim traffic in an outlook, no incident")],
 [E(["Quetta", "Hazara Town", "Aliabad", "Ali Ibn Abi Talib imambargah"], "2013-06-30", "day", EXP, "Suicide bomb",
    "Lashkar-e-Jhangvi", CIV, 30,
    [K("the report", "media", "killed", "unspecified", 30, 30, "kills 30"),
     K("Capital City Police Officer", "police", "killed", "civilian", 28, 28, "28 dead"),
     K("Capital City Police Officer", "police", "killed", "civilian", 9, 9, "nine women"),
     K("Capital City Police Officer", "police", "killed", "civilian", 4, 4, "four children"),
     K("Capital City Police Officer", "police", "injured", "civilian", 70, 70, "70 wounded"),
     K("hospital officials", "medical", "killed", "civilian", 2, 2, "two of the wounded"),
     K("hospital officials", "medical", "killed", "civilian", 30, 30, "the toll to 30")]),
  E(["Quetta", "Alamdar Road"], "2013-01", "month", EXP, None, None, CIV, None),
  E(["Quetta", "Hazara Town"], "2013-02", "month", EXP, None, None, CIV, None),
  E(["Peshawar", "Badaber"], "2013-06-30", "day", EXP, "Remote explosive/landmine/IED", None, MIL, 17,
    [K("the report", "media", "killed", "unspecified", 17, None, "kills at least 17"),
     K("the report", "media", "killed", "unspecified", 17, None, "at least 17 people"),
     K("the report", "media", "killed", "civilian", 1, 1, "a child"),
     K("the report", "media", "injured", "unspecified", 32, 32, "32 others")])],
 [K("the report", "media", "killed", "civilian", 151, None, "well over 150 people")])

# 007 ICRC Khalil Dale
add("bs-007",
 [Q()],
 [C(["Geneva"], "Geneva", "ICRC headquarters / dateline"), C(["Islamabad"], "Islamabad", "dateline; ICRC delegation"),
  PAK, C(["Balochistan"], "Balochistan", "province of which Quetta is the capital"),
  C(["Peshawar"], "Peshawar", "location of an ICRC office"), C(["Karachi"], "Karachi", "location of an ICRC office")],
 [E(["Quetta"], "2012-01-05", "day", VAC, "Abduction/forced disappearance", UAG, CIV, 0),
  E(["Quetta"], "2012-04-29", "day", VAC, "Attack", UAG, CIV, 1,
    [K("ICRC", "other", "killed", "civilian", 1, 1, "a staff member")])])

# 008 Senate Q&A polio
add("bs-008",
 [I(["Loralai"], "Loralai", "district", "Loralai"),
  I(["Nasirabad"], "Nasirabad (Loralai)", "town", "Loralai"),
  Q(), I(["Eastern Bypass", "Mashriqi Bypass"], "Eastern Bypass", "road", "Quetta"),
  I(["Killa Abdullah"], "Qilla Abdullah", "district", "Qilla Abdullah"),
  I(["Killi Sultanzai"], "Killi Sultanzai", "town", "Qilla Abdullah"),
  I(["Chaman"], "Chaman", "town", "Qilla Abdullah", 30.92, 66.45),
  I(["Pishin"], "Pishin", "district", "Pishin"), I(["Trat"], "Trat", "town", "Pishin"),
  I(["Nawa Killi"], "Nawa Killi", "neighbourhood", "Quetta")],
 [C(["Pakistan"], "Pakistan", "in the Senate's name"), BAL],
 [E(["Nasirabad (Loralai)", "Loralai"], "2014-03-27", "day", BAT, "Armed clash", UAG, POL, 1,
    [K("Minister for National Health Services", "government", "killed", "security", 1, 1, "01 policeman")]),
  E(["Quetta", "Eastern Bypass"], "2014-11-26", "day", VAC, "Attack", UAG, CIV, 4,
    [K("Minister for National Health Services", "government", "killed", "civilian", 4, 4, "04 polio workers"),
     K("Minister for National Health Services", "government", "killed", "civilian", 3, 3, "03 women")]),
  E(["Chaman", "Killi Sultanzai", "Qilla Abdullah"], "2019-04-25", "day", VAC, "Attack", UAG, CIV, 1,
    [K("Minister for National Health Services", "government", "killed", "civilian", 1, 1, "01 lady health worker")]),
  E(["Trat", "Pishin"], "2022-10-25", "day", BAT, "Armed clash", UAG, POL, 1,
    [K("Minister for National Health Services", "government", "killed", "security", 1, 1, "01 constable")]),
  E(["Quetta", "Nawa Killi"], "2023-08-01", "day", BAT, "Armed clash", UAG, POL, 2,
    [K("Minister for National Health Services", "government", "killed", "security", 2, 2, "02 constables")])])

# 009 Home Department, Aliabad + Spinny Road
add("bs-009",
 [Q(), I(["Hazara Town"], "Hazara Town", "neighbourhood", "Quetta"), I(["Aliabad"], "Aliabad", "neighbourhood", "Quetta"),
  I(["Spinny Road"], "Spinny Road", "road", "Quetta")],
 [C(["Balochistan", "BALOCHISTAN"], "Balochistan", "in the government's name; province"),
  C(["Zarghoon Road"], "Zarghoon Road", "address of the issuing Civil Secretariat"),
  C(["Bolan"], "Bolan", "only inside a hospital's name (Bolan Medical College Hospital)"),
  C(["Eastern Bypass"], "Eastern Bypass", "traffic restriction, no incident"),
  C(["Alamdar Road"], "Alamdar Road", "traffic restriction, no incident")],
 [E(["Quetta", "Hazara Town", "Aliabad"], "2014-10-04", "day", EXP, "Suicide bomb", None, CIV, 6,
    [K("Home & Tribal Affairs Department", "government", "killed", "civilian", 6, 6, "six persons"),
     K("Home & Tribal Affairs Department", "government", "killed", "civilian", 1, 1, "a woman"),
     K("Home & Tribal Affairs Department", "government", "killed", "civilian", 1, 1, "a child"),
     K("Home & Tribal Affairs Department", "government", "injured", "civilian", 24, 24, "24 others"),
     K("Capital City Police Officer", "police", "killed", "civilian", 3, 3, "Three persons")]),
  E(["Quetta", "Spinny Road"], "2014-10-04", "day", EXP, "Remote explosive/landmine/IED", None, POL, 0,
    [K("Home & Tribal Affairs Department", "government", "injured", "unspecified", 7, 7, "seven persons")])])

# 010 HRW Manan Baloch
add("bs-010",
 [I(["Mastung"], "Mastung", "town", "Mastung", 29.80, 66.85),
  I(["Tootak"], "Tootak", "town", "Khuzdar"), I(["Khuzdar"], "Khuzdar", "district", "Khuzdar")],
 [C(["New York"], "New York", "dateline of the publisher"),
  C(["Pakistan"], "Pakistan", "country; in 'Human Rights Commission of Pakistan' and 'government of Pakistan'"),
  BAL, C(["Turbat"], "Turbat", "protest strike observed, no violence"), C(["Panjgur"], "Panjgur", "protest strike observed, no violence")],
 [E(["Mastung"], "2016-01-30", "day", VAC, "Attack", MIL, CIV, 5,
    [K("provincial officials", "government", "killed", "militant", 5, 5, "five militants"),
     K("BNM", "other", "killed", "civilian", 5, 5, "all five"),
     K("Human Rights Watch", "other", "killed", "unspecified", 4, 4, "four other men")]),
  E(["Tootak", "Khuzdar"], "2014-01", "month", VAC, "Attack", None, CIV, 13,
    [K("Human Rights Watch", "other", "killed", "unspecified", 13, None, "at least 13 bodies")])])

# 011 ICJ Jadhav
add("bs-011",
 [I(["Mashkel"], "Mashkel", "town", "Kharan")],
 [C(["Peace Palace"], "Peace Palace", "seat of the court"), C(["The Hague"], "The Hague", "seat of the court"),
  C(["India"], "India", "party to the case"), C(["Pakistan"], "Pakistan", "party to the case"),
  C(["Balochistan"], "Balochistan", "province; alleged target of activities"),
  C(["Iran"], "Iran", "country of entry / where India says he was kidnapped (no located incident)"),
  C(["Karachi"], "Karachi", "alleged target of activities, no specific incident"),
  C(["Islamabad"], "Islamabad", "location of the Indian High Commission"),
  C(["Vienna"], "Vienna", "only inside the name of the Vienna Convention")],
 [E(["Mashkel"], "2016-03-03", "day", SD, "Arrests", None, None, 0)])

# 012 UNHCR returns
add("bs-012",
 [Q()],
 [C(["Afghanistan"], "Afghanistan", "country of return"), BAL,
  C(["Islamabad"], "Islamabad", "federal government announcing the policy"), PAK,
  C(["Chaman"], "Chaman", "border crossing used by returnees"), C(["Spin Boldak"], "Spin Boldak", "Afghan side of the crossing"),
  C(["Kandahar"], "Kandahar", "Afghan province of the crossing"), C(["Torkham"], "Torkham", "border crossing used by returnees"),
  KP, C(["Pishin"], "Pishin", "origin of returning families (refugee villages)"),
  C(["Loralai"], "Loralai", "origin of returning families (refugee villages)"),
  C(["Killa Abdullah"], "Qilla Abdullah", "origin of returning families (refugee villages)")],
 [E(["Quetta"], "2023-11", "month", SD, "Arrests", POL, CIV, 0)])

# 013 FIR Swabi
add("bs-013",
 [I(["Parmoli"], "Parmoli", "town", None), I(["Swabi"], "Swabi", "district", None)],
 [KP, C(["Kalu Khan"], "Kalu Khan", "hospital where the injured were taken"),
  C(["Peshawar"], "Peshawar", "hospital where the second victim was referred and died")],
 [E(["Parmoli", "Swabi"], "2020-01-29", "day", VAC, "Attack", UAG, CIV, 2,
    [K("complainant", "other", "injured", "civilian", 2, 2, "Both women"),
     K("complainant", "other", "killed", "civilian", 1, 1, "One of them"),
     K("police", "police", "killed", "civilian", 1, 1, "the second victim")])])

# 014 OCHA Bajaur
ctx14 = [C(["Islamabad", "ISLAMABAD"], "Islamabad", "location of the OCHA office"),
  C(["PAKISTAN"], "Pakistan", "country in the office name and heading"),
  C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province"),
  C(["Khar"], "Khar", "district headquarters: distance reference, shelters, roads, closed markets"),
  C(["Afghanistan"], "Afghanistan", "proposed relocation destination of militants"),
  C(["Peshawar"], "Peshawar", "seat of the provincial Home Department")]
for v in ["Laghari", "Gowati", "Ghanam Shah", "Zagai", "Gat", "Damadola", "Sheen Kot"]:
    ctx14.append(C([v], v, "locality placed under curfew; no incident reported there"))
for v in ["Munda", "Nawagai", "Pashat Salarzai", "Sadiqabad", "Inayat Kalay"]:
    ctx14.append(C([v], v, "road end-point / market under movement restrictions"))
add("bs-014",
 [I(["Bajaur"], "Bajaur", "district", None), I(["Lowi Mamund"], "Lowi Mamund", "region", None),
  I(["War Mamund"], "War Mamund", "region", None)],
 ctx14,
 [E(["Lowi Mamund", "Bajaur"], "2025-07-29", "day", BAT, "Armed clash", MIL, "Tehreek-e-Taliban Pakistan", None),
  E(["Lowi Mamund", "Bajaur"], "2025-08-11", "day", EXP, "Shelling/artillery/missile attack", MIL, "Tehreek-e-Taliban Pakistan", 0),
  E(["War Mamund", "Bajaur"], "2025-08-11", "day", EXP, "Shelling/artillery/missile attack", MIL, "Tehreek-e-Taliban Pakistan", 0)])

# 015 US Embassy
add("bs-015",
 [I(["Peshawar"], "Peshawar", "town", None, 34.01, 71.58), I(["University Town"], "University Town", "neighbourhood", None),
  I(["Abdara Road"], "Abdara Road", "road", None)],
 [C(["United States of America", "United States", "U.S."], "United States", "the embassy's country / government speaking"),
  C(["Islamabad"], "Islamabad", "embassy location"), C(["Diplomatic Enclave"], "Diplomatic Enclave", "embassy address"),
  C(["Ramna 5"], "Ramna 5", "embassy address"), KP, PAK,
  C(["Karachi"], "Karachi", "consulate that remains open"), C(["Lahore"], "Lahore", "consulate that remains open")],
 [E(["Peshawar", "University Town", "Abdara Road"], "2012-09-03", "day", EXP, "Suicide bomb", None, CIV, 2,
    [K("U.S. Embassy", "government", "injured", "civilian", 2, 2, "Two U.S. personnel"),
     K("U.S. Embassy", "government", "injured", "civilian", 2, 2, "two Pakistani employees"),
     K("U.S. Embassy", "government", "killed", "civilian", 0, 0, "No U.S. Consulate personnel"),
     K("a provincial minister", "government", "killed", "civilian", 2, 2, "two U.S. nationals"),
     K("police", "police", "killed", "civilian", 2, 2, "Two Pakistanis"),
     K("police", "police", "injured", "unspecified", 19, 19, "19 other people"),
     K("officials", "government", "injured", "unspecified", 21, 21, "21")]),
  E(["Peshawar"], "2008-08", "month", VAC, "Attack", None, CIV, 0),
  E(["Peshawar"], "2011-05", "month", EXP, "Remote explosive/landmine/IED", None, CIV, None,
    [K("U.S. Embassy", "government", "injured", "civilian", 2, 2, "two Americans")])])

# 016 PHC Hayatabad
add("bs-016",
 [I(["Peshawar"], "Peshawar", "town", None, 34.01, 71.58), I(["Hayatabad"], "Hayatabad", "neighbourhood", None),
  I(["Mardan"], "Mardan", "town", None, 34.20, 72.05)],
 [KP],
 [E(["Peshawar", "Hayatabad"], "2017-02-15", "day", EXP, "Suicide bomb", None, CIV, 1,
    [K("Peshawar High Court", "government", "killed", "civilian", 1, 1, "The driver of the van")]),
  E(["Mardan"], "2016-09-02", "day", EXP, "Suicide bomb", None, CIV, None)])

# 017 Kulachi
add("bs-017",
 [I(["Kulachi"], "Kulachi", "town", None, 31.93, 70.46)],
 [KP, C(["Dera Ismail Khan", "D.I. Khan"], "Dera Ismail Khan", "dateline, DPO's title, hospital where injured were taken, extra deployment"),
  C(["Paharpur"], "Paharpur", "additional police deployment, no incident"),
  C(["Daraban"], "Daraban", "additional police deployment, no incident")],
 [E(["Kulachi"], "2013-10-16", "day", EXP, "Suicide bomb", None, CIV, 8,
    [K("District Police D.I. Khan", "police", "killed", "unspecified", 8, 8, "eight persons")])])

# 018 KP Assembly Peshawar bus
add("bs-018",
 [I(["Peshawar"], "Peshawar", "town", None, 34.01, 71.58), I(["Charsadda"], "Charsadda", "town", None, 34.15, 71.74),
  I(["Bacha Khan University"], "Bacha Khan University", "site", None)],
 [KP],
 [E(["Peshawar"], "2016-03-16", "day", EXP, "Remote explosive/landmine/IED", "Jamaat-ul-Ahrar", CIV, 15,
    [K("Minister for Home and Tribal Affairs", "government", "killed", "civilian", 15, 15, "Fifteen persons")]),
  E(["Charsadda", "Bacha Khan University"], "2016-01-20", "day", VAC, "Attack", None, CIV, None)])

# 019 Tank thread
add("bs-019",
 [I(["Kot Azam"], "Kot Azam", "town", None), I(["Tank"], "Tank", "district", None)],
 [C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "police force's name; province"),
  C(["Gomal"], "Gomal", "name of the police station whose limits the village lies in")],
 [E(["Kot Azam", "Tank"], "2022-08-16", "day", BAT, "Armed clash", UAG, POL, 2,
    [K("Khyber Pakhtunkhwa Police", "police", "killed", "security", 2, 2, "Two police constables")])])

# 020 Baldia
add("bs-020",
 [I(["Karachi", "KARACHI"], "Karachi", "town", None, 24.86, 67.01), I(["Baldia Town"], "Baldia Town", "neighbourhood", None)],
 [C(["Sindh"], "Sindh", "in 'Government of Sindh'"), C(["Thailand"], "Thailand", "country from which the accused was brought back"),
  C(["Dubai"], "Dubai", "where the factory owners testified from")],
 [E(["Karachi", "Baldia Town"], "2012-09-11", "day", VAC, "Attack", "Muttahida Qaumi Movement", CIV, 259,
    [K("Anti-Terrorism Court", "government", "killed", "civilian", 259, None, "At least 259 workers"),
     K("Anti-Terrorism Court", "government", "injured", "civilian", 24, None, "dozens")])])

# 021 Khanewal
add("bs-021",
 [I(["Jangle Dera"], "Jangle Dera", "town", None), I(["Tulamba"], "Tulamba", "town", None, 30.53, 72.24),
  I(["Mian Channu"], "Mian Channu", "region", None), I(["Khanewal"], "Khanewal", "district", None),
  I(["Sialkot"], "Sialkot", "town", None, 32.49, 74.53)],
 [C(["PUNJAB", "Punjab"], "Punjab", "in the police force's name and IG's title"),
  C(["Multan"], "Multan", "only in the Regional Police Officer's title"),
  C(["Lahore"], "Lahore", "where the IG sought the report from"),
  C(["Pakistan"], "Pakistan", "in 'Pakistan Penal Code'")],
 [E(["Jangle Dera", "Tulamba", "Mian Channu", "Khanewal"], "2022-02-12", "day", "Riots", "Mob violence", "Rioters (Pakistan)", CIV, 1,
    [K("Khanewal police", "police", "killed", "civilian", 1, 1, "a man"),
     K("Khanewal police", "police", "arrested", "unspecified", 81, None, "more than 80 suspects")]),
  E(["Sialkot"], "2021-12", "month", "Riots", "Mob violence", "Rioters (Pakistan)", CIV, 1,
    [K("Khanewal police", "police", "killed", "civilian", 1, 1, "a factory manager")])])

# 022 HRCP Islamabad long march
add("bs-022",
 [I(["Islamabad"], "Islamabad", "town", None, 33.69, 73.05), I(["Chungi No. 26"], "Chungi No. 26", "site", None),
  I(["National Press Club"], "National Press Club", "site", None)],
 [C(["Pakistan"], "Pakistan", "in the organisation's name"), C(["Lahore"], "Lahore", "dateline of the statement"),
  C(["Turbat"], "Turbat", "starting point of the march; home town of a man killed at an unstated place"),
  C(["Quetta"], "Quetta", "sit-in on the march route, no violence"),
  C(["Dera Ghazi Khan"], "Dera Ghazi Khan", "sit-in on the march route, no violence"),
  C(["Balochistan"], "Balochistan", "province of origin of the marchers")],
 [E(["Islamabad", "Chungi No. 26", "National Press Club"], "2023-12-20", "day", "Protests", "Protest with intervention",
    "Baloch Yakjehti Committee", POL, 0,
    [K("HRCP", "other", "arrested", "civilian", 24, None, "Dozens of marchers")])],
 [K("HRCP", "other", "killed", "civilian", 1, 1, "a young man")])

json.dump(gold, open(os.path.join(HERE, "blind-s.gold.json"), "w"), indent=1, ensure_ascii=False)
json.dump(ev, open(os.path.join(HERE, "blind-s.events.gold.json"), "w"), indent=1, ensure_ascii=False)
print(len(gold), "reports")

# add every casing variant that occurs (word-bounded), report additions
import re as _re
for g in gold:
    raw = open(os.path.join(HERE, f"{g['id']}.md")).read(); text = raw.split("\n---\n", 1)[1]
    for p in g["incident_places"] + g["context_places"]:
        for s in list(p["surface"]):
            for m in _re.finditer(r"(?<![A-Za-z])" + _re.escape(s) + r"(?![A-Za-z])", text, _re.I):
                v = m.group(0)
                if v not in p["surface"]:
                    p["surface"].append(v); print("added", g["id"], repr(v))
        p["surface"] = [s for s in p["surface"] if s in text]
        if not p["surface"]: print("NO SURFACE", g["id"], p)
json.dump(gold, open(os.path.join(HERE, "blind-s.gold.json"), "w"), indent=1, ensure_ascii=False)
