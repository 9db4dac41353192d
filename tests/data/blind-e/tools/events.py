# Event and claim annotations for blind-e (format: docs/events-gold.md).


def E(places, date, prec, etype, sub, a1, a2, claims=(), fat=None):
    return {"places": list(places), "event_date": date, "event_date_precision": prec,
            "event_type": etype, "sub_event_type": sub, "actor1": a1, "actor2": a2,
            "claims": list(claims), "fatalities": fat}


def K(claimant, ctype, what, whose, nmin, nmax, surface):
    return {"claimant": claimant, "claimant_type": ctype, "what": what, "whose": whose,
            "n_min": nmin, "n_max": nmax, "surface": surface}


BAT, CLASH = "Battles", "Armed clash"
EXP = "Explosions/Remote violence"
SUI, IED = "Suicide bomb", "Remote explosive/landmine/IED"
VAC, ATT, ABD = "Violence against civilians", "Attack", "Abduction/forced disappearance"
SD = "Strategic developments"
BLA, BRA = "Baloch Liberation Army", "Baloch Republican Army"
TTP, ISK = "Tehreek-e-Taliban Pakistan", "Islamic State (Khorasan Province)"
LEJ = "Lashkar-e-Jhangvi"
MIL, POL, FC, LEV = "Military Forces of Pakistan", "Police Forces of Pakistan", "Frontier Corps", "Levies Force"
UAG, CIV = "Unidentified Armed Group", "Civilians"
BRAS = "Baloch Raaji Aajoi Sangar"
R = ("the report", "media")

EVENTS = {
"be-001": ([
    E(["Quetta", "Police Training College", "Sariab Road"], "2016-10-24", "day", EXP, SUI, LEJ, POL, [
        K(*R, "killed", "unspecified", 61, 61, "Sixty-one people"),
        K(*R, "injured", "unspecified", 121, None, "more than 120"),
        K("Maj Gen Sher Afgan", "military", "killed", "militant", 2, 2, "two of the attackers"),
        K("Maj Gen Sher Afgan", "military", "killed", "militant", 1, 1, "the third"),
    ], 61),
    E(["Quetta", "Civil Hospital Quetta"], "2016-08", "month", EXP, SUI, None, CIV, [
        K(*R, "killed", "unspecified", 71, None, "more than 70 people"),
    ], 71),
 ], []),
"be-002": ([
    E(["Quetta", "Police Training College"], "2016-10-24", "day", EXP, SUI, None, POL, [
        K("an official", "government", "killed", "militant", 3, 3, "the three slain attackers"),
        K(*R, "injured", "unspecified", 24, None, "Dozens of the wounded"),
    ], None),
    E(["Quetta"], "2016-10-27", None, SD, "Arrests", POL, None, [], 0),
 ], []),
"be-003": ([
    E(["Quetta", "Hazara Town", "Kirani Road"], "2013-02-16", "day", EXP, IED, LEJ, CIV, [
        K(*R, "killed", "unspecified", 81, None, "At least 81 people"),
        K(*R, "injured", "unspecified", 181, None, "over 180"),
    ], 81),
    E(["Quetta", "Alamdar Road"], "2013-01", "month", EXP, SUI, None, CIV, [
        K(*R, "killed", "unspecified", 91, None, "more than 90 people"),
    ], 91),
 ], []),
"be-004": ([
    E(["Quetta", "Sardar Bahadur Khan Women's University", "Bolan Medical Complex"], "2013-06-15", "day",
      EXP, IED, LEJ, CIV, [
        K("officials", "government", "killed", "unspecified", 24, None, "At least 24 people"),
        K("officials", "government", "killed", "civilian", 14, 14, "14 female students"),
        K("officials", "government", "killed", "militant", 4, 4, "four militants"),
        K("officials", "government", "arrested", "militant", 1, 1, "one was captured"),
    ], 24),
    E(["Ziarat", "Quaid-e-Azam Residency"], "2013-06-15", "day", SD, "Looting/property destruction", BLA, None, [
        K(*R, "killed", "security", 1, 1, "A police guard"),
    ], 1),
 ], []),
"be-005": ([
    E(["Quetta", "Serena Hotel"], "2021-04-21", "day", EXP, IED, TTP, CIV, [
        K("officials", "government", "killed", "unspecified", 4, 4, "four people"),
        K("officials", "government", "injured", "unspecified", 11, 11, "wounding 11"),
        K("Sheikh Rashid Ahmed", "government", "killed", "security", 1, 1, "a police official"),
        K(*R, "killed", "unspecified", 5, 5, "rose to five"),
    ], 5),
 ], []),
"be-006": ([
    E(["Quetta", "Bethel Memorial Methodist Church", "Zarghoon Road"], "2017-12-17", "day", EXP, SUI, ISK, CIV, [
        K("officials", "government", "killed", "unspecified", 9, None, "at least nine people"),
        K("officials", "government", "injured", "unspecified", 51, None, "more than 50"),
    ], 9),
    E(["Lahore", "Youhanabad"], "2015-03", "month", EXP, SUI, TTP, CIV, [
        K(*R, "killed", "unspecified", 17, 17, "17 people"),
    ], 17),
    E(["Lahore"], "2016", "year", EXP, None, None, CIV, [
        K(*R, "killed", "unspecified", 71, None, "more than 70"),
    ], 71),
 ], []),
"be-007": ([
    E(["Gwadar"], "2023-11-03", "day", BAT, CLASH, UAG, MIL, [
        K("ISPR", "military", "killed", "security", 14, 14, "Fourteen soldiers"),
    ], 14),
    E(["Dera Ismail Khan"], "2023-11-03", "day", EXP, IED, None, POL, [
        K(*R, "killed", "unspecified", 5, 5, "five people"),
        K(*R, "injured", "unspecified", 21, None, "more than 20"),
    ], 5),
    E(["Ormara"], "2020-10", "month", BAT, CLASH, None, FC, [
        K(*R, "killed", "security", 7, 7, "seven FC personnel"),
        K(*R, "killed", "civilian", 7, 7, "seven private guards"),
    ], 14),
 ], []),
"be-008": ([
    E(["Sharig", "Harnai"], "2020-12-26", "day", BAT, CLASH, UAG, FC, [
        K("the military", "military", "killed", "security", 7, 7, "Seven Pakistani paramilitary soldiers"),
        K("a local official", "government", "injured", "security", 6, 6, "six other soldiers"),
    ], 7),
    E(["Sharig", "Harnai"], "2020-12-27", "day", EXP, IED, None, MIL, [
        K("local officials", "government", "injured", "security", 7, 7, "seven soldiers"),
    ], 0),
    E(["Awaran"], "2020-12", "month", BAT, CLASH, MIL, UAG, [
        K("the military", "military", "killed", "militant", 10, 10, "10 militants"),
    ], 10),
 ], []),
"be-009": ([
    E(["Hajikot", "Barkhan"], "2023-02-20", "day", VAC, ATT, None, CIV, [
        K("Levies officials", "police", "killed", "civilian", 1, 1, "a woman"),
        K("Levies officials", "police", "killed", "civilian", 2, 2, "two young men"),
        K("relatives and tribesmen", "local", "abducted", "civilian", 5, 5, "five other children"),
    ], 3),
 ], []),
"be-010": ([
    E(["Tootak"], "2014-01-25", "day", SD, "Other", None, CIV, [
        K("Deputy Commissioner Khuzdar", "government", "killed", "unspecified", 13, None, "at least 13 bodies"),
    ], 13),
 ], []),
"be-011": ([
    E(["Quetta", "Baleli"], "2022-11-30", "day", EXP, SUI, TTP, POL, [
        K("officials", "government", "killed", "unspecified", 3, None, "at least three people"),
        K("officials", "government", "injured", "unspecified", 21, None, "more than 20"),
        K("a senior police official", "police", "killed", "security", 1, 1, "A policeman"),
        K("a senior police official", "police", "killed", "civilian", 1, 1, "a woman"),
        K("a senior police official", "police", "killed", "civilian", 1, 1, "a child"),
    ], 3),
 ], [
    K(*R, "killed", "unspecified", 24, None, "Dozens of vaccinators and security guards"),
 ]),
"be-012": ([
    E(["Nushki", "Sultan Charhai", "N-40"], "2024-04-13", "day", VAC, ATT, UAG, CIV, [
        K("officials", "government", "killed", "civilian", 9, 9, "nine passengers"),
        K("Habibullah Musakhel", "government", "abducted", "civilian", 9, 9, "nine men"),
        K("officials", "government", "killed", "civilian", 2, 2, "Two more people"),
    ], 11),
    E(["Gwadar"], "2024-03", "month", BAT, CLASH, BLA, MIL, [], None),
    E(["Turbat"], "2024-03", "month", BAT, CLASH, BLA, MIL, [], None),
    E(["Kech"], "2022-01", "month", BAT, CLASH, None, MIL, [
        K(*R, "killed", "security", 10, 10, "ten soldiers"),
    ], 10),
 ], []),
"be-013": ([
    E(["Rabi Canal", "Nasirabad"], "2019-03-17", "day", EXP, IED, UAG, CIV, [
        K(*R, "killed", "civilian", 4, None, "At least four passengers"),
        K(*R, "injured", "civilian", 10, 10, "around ten"),
    ], 4),
    E(["Mach", "Kachhi"], "2018-10", "month", EXP, IED, None, None, [], 0),
 ], []),
"be-014": ([
    E(["Sui", "Tali Mat", "Dera Bugti"], "2022-01-28", "day", EXP, IED, UAG, LEV, [
        K("officials", "government", "killed", "security", 3, 3, "Three Levies personnel"),
        K("officials", "government", "killed", "civilian", 1, 1, "a tribal elder"),
        K("officials", "government", "injured", "unspecified", 8, 8, "eight others"),
    ], 4),
    E(["Sui", "Tali Mat", "Dera Bugti"], "2022-01-27", "day", SD, "Looting/property destruction", None, None, [], 0),
    E(["Kech"], "2022-01-26", "day", BAT, CLASH, None, MIL, [
        K(*R, "killed", "security", 10, 10, "ten soldiers"),
    ], 10),
    E(["Kohlu"], "2006-08", "month", BAT, CLASH, MIL, None, [], 1),
 ], []),
"be-015": ([
    E(["Chaman", "Killi Luqman", "Killi Jahangir"], "2017-05-05", "day", BAT, CLASH, "Afghan border forces", FC, [
        K("officials", "government", "killed", "unspecified", 9, None, "At least nine people"),
        K("officials", "government", "injured", "unspecified", 41, None, "more than 40"),
        K("the director general of military operations", "military", "killed", "security", 51, None,
          "more than 50 Afghan soldiers"),
        K("Afghan officials", "government", "killed", "security", 2, 2, "two of their soldiers"),
    ], 11),
 ], []),
"be-016": ([
    E(["Ormara", "Makran Coastal Highway"], "2020-10-15", "day", BAT, CLASH, BRAS, FC, [
        K("BRAS spokesman Baloch Khan", "militant", "killed", "security", 16, None, "more than 15 personnel"),
        K("Pakistan's military", "military", "killed", "security", 7, 7, "seven FC personnel"),
        K("Pakistan's military", "military", "killed", "civilian", 7, 7, "seven private security guards"),
    ], 14),
    E(["Buzi Top"], "2019-04", "month", VAC, ATT, BRAS, None, [
        K("BRAS", "militant", "killed", "unspecified", 14, 14, "14 people"),
    ], 14),
    E(["Razmak", "North Waziristan"], "2020-10-14", "day", EXP, IED, None, MIL, [
        K("ISPR", "military", "killed", "security", 6, 6, "six soldiers"),
    ], 6),
 ], []),
"be-017": ([
    E(["Mach", "Kachhi"], "2021-01-03", "day", VAC, ATT, ISK, CIV, [
        K(*R, "killed", "civilian", 11, 11, "eleven coal miners"),
    ], 11),
    E(["Mastung"], "2011-09", "month", VAC, ATT, None, CIV, [
        K(*R, "killed", "civilian", 26, 26, "26 of them"),
    ], 26),
    E(["Quetta", "Akhtarabad"], "2011-10", "month", VAC, ATT, None, CIV, [
        K(*R, "killed", "civilian", 13, None, "more than a dozen"),
    ], 13),
    E(["Quetta", "Alamdar Road"], "2013-01", "month", EXP, SUI, None, CIV, [], None),
    E(["Quetta", "Hazara Town", "Kirani Road"], "2013-02", "month", EXP, IED, None, CIV, [], None),
    E(["Mastung"], "2014-01", "month", EXP, None, None, CIV, [], None),
    E(["Quetta", "Hazarganji"], "2019-04", "month", EXP, SUI, None, CIV, [], None),
 ], [
    K(*R, "killed", "civilian", None, 200, "close to 200 people"),
    K("National Commission for Human Rights", "government", "killed", "civilian", 509, 509, "509"),
    K("National Commission for Human Rights", "government", "injured", "civilian", 627, 627, "627 injured"),
    K("Community leaders", "local", "killed", "civilian", 2000, None, "runs into the thousands"),
 ]),
"be-018": ([
    E(["Peshawar", "Meena Bazaar", "Peepal Mandi", "Kohati Gate"], "2009-10-28", "day", EXP, IED, None, CIV, [
        K(*R, "killed", "unspecified", 101, None, "More than 100 people"),
        K(*R, "injured", "unspecified", 201, None, "over 200"),
    ], 101),
    E(["South Waziristan"], "2009-10", "month", BAT, CLASH, MIL, TTP, [], None),
    E(["Rawalpindi"], "2009-10-10", "day", BAT, CLASH, None, MIL, [], None),
    E(["Lahore"], "2009-10-15", "day", BAT, CLASH, None, POL, [], None),
    E(["Peshawar", "Khyber Bazaar"], "2009-10-09", "day", EXP, IED, None, CIV, [
        K(*R, "killed", "unspecified", 50, 50, "around 50 people"),
    ], 50),
 ], []),
"be-019": ([
    E(["Lahore", "Manawan", "Police Training School Manawan", "GT Road"], "2009-03-30", "day", BAT, CLASH, TTP, POL, [
        K(*R, "killed", "security", 8, None, "At least eight police personnel"),
        K(*R, "injured", "unspecified", 91, None, "more than 90"),
        K("Officials", "government", "killed", "militant", 3, 3, "three attackers"),
    ], 8),
    E(["Lahore", "Liberty Chowk"], "2009-03-03", "day", BAT, CLASH, None, CIV, [
        K(*R, "killed", "security", 6, 6, "six policemen"),
        K(*R, "killed", "civilian", 2, 2, "two civilians"),
    ], 8),
 ], []),
"be-020": ([
    E(["Charsadda", "Bacha Khan University"], "2016-01-20", "day", VAC, ATT, TTP, CIV, [
        K(*R, "killed", "unspecified", 21, None, "At least 21 people"),
        K("DG ISPR Lt Gen Asim Saleem Bajwa", "military", "killed", "militant", 4, 4, "all four terrorists"),
    ], 21),
    E(["Peshawar", "Army Public School Peshawar"], "2014-12", "month", VAC, ATT, TTP, CIV, [], None),
 ], []),
"be-021": ([
    E(["Parachinar", "Turi Market", "Kurram"], "2017-06-23", "day", EXP, None, LEJ, CIV, [
        K("local officials", "government", "killed", "unspecified", 45, None, "At least 45 people"),
        K("local officials", "government", "injured", "unspecified", 201, None, "more than 200"),
    ], 45),
    E(["Quetta", "Gulistan Road", "Shuhada Chowk"], "2017-06-23", "day", EXP, IED, "Jamaat-ul-Ahrar", POL, [
        K("Officials", "government", "killed", "unspecified", 13, None, "at least 13 people"),
        K("Officials", "government", "injured", "unspecified", 20, 20, "about 20"),
    ], 13),
    E(["Karachi", "SITE Area"], "2017-06-23", "day", BAT, CLASH, UAG, POL, [
        K("police", "police", "killed", "security", 4, 4, "four policemen"),
    ], 4),
    E(["Parachinar"], "2017-01", "month", EXP, IED, None, CIV, [
        K(*R, "killed", "unspecified", 21, None, "more than 20 people"),
    ], 21),
    E(["Parachinar"], "2017-03", "month", EXP, SUI, None, CIV, [
        K(*R, "killed", "unspecified", 21, None, "killing more than 20"),
    ], 21),
 ], [
    K("officials", "government", "killed", "unspecified", 62, None, "at least 62 people"),
 ]),
"be-022": ([
    E(["Karachi", "Abbas Town", "Abul Hassan Isphahani Road"], "2013-03-03", "day", EXP, IED, None, CIV, [
        K(*R, "killed", "unspecified", 48, 48, "rose to 48"),
        K(*R, "injured", "unspecified", 141, None, "More than 140 people"),
    ], 48),
    E(["Karachi"], "2013-03-04", None, SD, "Arrests", POL, None, [], 0),
    E(["Quetta", "Kirani Road"], "2013-02", "month", EXP, None, None, CIV, [
        K(*R, "killed", "civilian", 81, None, "more than 80 Hazaras"),
    ], 81),
 ], []),
"be-023": ([
    E(["Shah Hassan Khel", "Lakki Marwat"], "2010-01-01", "day", EXP, SUI, None, CIV, [
        K("police", "police", "killed", "unspecified", 88, None, "at least 88 people"),
        K("local officials", "government", "killed", "unspecified", 91, None, "above 90"),
        K(*R, "injured", "unspecified", 24, None, "Dozens of wounded"),
    ], 91),
    E(["South Waziristan"], "2009-10", "month", BAT, CLASH, MIL, TTP, [], None),
    E(["Peshawar"], "2009-10", "month", EXP, IED, None, CIV, [
        K(*R, "killed", "unspecified", 101, None, "more than 100 people"),
    ], 101),
 ], []),
"be-024": ([
    E(["Lahore", "Johar Town"], "2021-06-23", "day", EXP, IED, None, CIV, [
        K(*R, "killed", "unspecified", 3, 3, "three people"),
        K(*R, "injured", "unspecified", 21, None, "more than 20"),
    ], 3),
    E(["Lahore"], "2021-07-05", None, SD, "Arrests", POL, None, [], 0),
    E(["Lahore", "Data Darbar"], "2019-05", "month", EXP, SUI, None, POL, [], None),
 ], []),
"be-025": ([
    E(["Quetta", "Police Lines Quetta"], "2013-08-08", "day", EXP, SUI, TTP, POL, [
        K(*R, "killed", "unspecified", 30, None, "At least 30 people"),
        K(*R, "injured", "unspecified", 60, 60, "some 60"),
    ], 30),
    E(["Quetta", "Killi Almo", "Airport Road"], "2013-08-08", "day", BAT, CLASH, UAG, POL, [
        K(*R, "injured", "civilian", 4, 4, "Four of his children"),
    ], 1),
    E(["Quetta", "Bolan Medical Complex"], "2013-06", "month", BAT, CLASH, None, None, [], None),
 ], []),
"be-026": ([
    E(["Dasht-e-Goran"], "2018-09-23", "day", BAT, CLASH, UAG, "pro-government militia", [
        K("officials", "government", "killed", "unspecified", 3, 3, "Three members of the Shambani tribe"),
        K("officials", "government", "injured", "unspecified", 2, 2, "two others"),
    ], 3),
 ], [
    K(*R, "killed", "civilian", 8, 8, "eight members of one family"),
 ]),
"be-027": ([
    E(["Makran Coastal Highway"], "2023-11-03", "day", BAT, CLASH, UAG, MIL, [
        K("The military", "military", "killed", "security", 14, 14, "14 soldiers"),
    ], 14),
    E(["Buzi Top"], "2019-04", "month", VAC, ATT, None, CIV, [
        K(*R, "killed", "unspecified", 14, 14, "14 men"),
    ], 14),
    E(["Ormara"], "2020-10", "month", BAT, CLASH, None, FC, [
        K(*R, "killed", "security", 7, 7, "seven FC men"),
        K(*R, "killed", "civilian", 7, 7, "seven private guards"),
    ], 14),
    E(["Pishukan"], "2017-05", "month", VAC, ATT, UAG, CIV, [
        K(*R, "killed", "civilian", 10, 10, "ten labourers"),
    ], 10),
    E(["Gwadar", "Pearl Continental Gwadar"], "2019-05", "month", BAT, CLASH, None, None, [], None),
    E(["Gwadar", "East Bay Expressway"], "2021-08", "month", EXP, SUI, None, CIV, [
        K(*R, "killed", "civilian", 2, 2, "two local children"),
    ], 2),
    E(["Gwadar"], "2023-08", "month", BAT, CLASH, None, None, [], 0),
 ], []),
"be-028": ([
    E(["Mingora"], "2012-10-09", "day", VAC, ATT, TTP, CIV, [
        K("Police", "police", "injured", "civilian", 2, 2, "Two other girls"),
    ], 0),
 ], []),
"be-029": ([
    E(["Peshawar", "All Saints Church", "Kohati Gate"], "2013-09-22", "day", EXP, SUI, "Jundullah", CIV, [
        K(*R, "killed", "unspecified", 78, None, "at least 78 people"),
        K(*R, "injured", "unspecified", 131, None, "Over 130 people"),
    ], 78),
 ], []),
"be-030": ([
    E(["Dalbandin", "Chagai"], "2025-10-22", "day", BAT, CLASH, MIL, "Fitna al-Hindustan", [
        K("officials", "government", "killed", "militant", 6, 6, "six militants"),
    ], 6),
    E(["Sibi"], "2025-10-22", "day", BAT, CLASH, POL, UAG, [
        K("CTD sources", "police", "killed", "militant", 5, 5, "five bodies"),
    ], 5),
    E(["Nushki", "Gharibabad", "Noshki Western Bypass"], "2025-10-22", "day", BAT, CLASH, UAG, POL, [
        K("officials", "government", "killed", "security", 2, 2, "two policemen"),
    ], 2),
    E(["Kachhi"], "2025-10-22", "day", EXP, IED, None, MIL, [
        K("officials", "government", "killed", "security", 1, 1, "a security official"),
    ], 1),
 ], [
    K("officials", "government", "killed", "militant", 11, 11, "Eleven suspected militants"),
 ]),
"be-031": ([
    E(["Panjgur", "Khuda-i-Abadan", "Mohalla Abdul Rehman"], "2024-09-28", "day", VAC, ATT, UAG, CIV, [
        K("police", "police", "killed", "civilian", 7, 7, "seven labourers"),
        K("police", "police", "injured", "civilian", 1, 1, "An eighth worker"),
    ], 7),
    E(["Musakhel"], "2024-09-28", "day", SD, "Looting/property destruction", UAG, CIV, [
        K("Police", "police", "abducted", "civilian", 21, None, "more than 20 workers"),
    ], 0),
    E(["Rarasham", "Musakhel"], "2024-08", "month", VAC, ATT, UAG, CIV, [
        K(*R, "killed", "civilian", 23, 23, "23 passengers"),
    ], 23),
 ], []),
}
