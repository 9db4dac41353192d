# Event and claim annotations for blind-d (source of blind-d.events.gold.json). Written by hand.
def E(places, date, prec, etype, sub, a1, a2, claims, fat):
    return {"places": places, "event_date": date, "event_date_precision": prec,
            "event_type": etype, "sub_event_type": sub, "actor1": a1, "actor2": a2,
            "claims": claims, "fatalities": fat}
def K(claimant, ctype, what, whose, nmin, nmax, surface):
    return {"claimant": claimant, "claimant_type": ctype, "what": what, "whose": whose,
            "n_min": nmin, "n_max": nmax, "surface": surface}

EX, BA, VAC, SD = "Explosions/Remote violence", "Battles", "Violence against civilians", "Strategic developments"
SB, IED, AC, ATT, ARR = "Suicide bomb", "Remote explosive/landmine/IED", "Armed clash", "Attack", "Arrests"
BLA, BLF, TTP, LEJ = "Baloch Liberation Army", "Baloch Liberation Front", "Tehreek-e-Taliban Pakistan", "Lashkar-e-Jhangvi"
ISK, UAG, MIL, POL, FC, LEV, CIV = ("Islamic State (Khorasan Province)", "Unidentified Armed Group",
    "Military Forces of Pakistan", "Police Forces of Pakistan", "Frontier Corps", "Levies Force", "Civilians")
R = ("the report", "media")
EV = {}

EV["bd-001"] = ([
  E(["Quetta", "Alamdar Road"], "2013-01-10", "day", EX, SB, LEJ, CIV, [
    K(*R, "killed", "unspecified", 81, None, "At least 81 people"),
    K(*R, "injured", "unspecified", 121, None, "more than 120"),
    K(*R, "killed", "security", 9, 9, "Nine policemen"),
    K(*R, "killed", "civilian", 2, 2, "A reporter and a cameraman"),
    K(*R, "killed", "civilian", 4, 4, "four volunteers")], 81),
  E(["Quetta", "Bacha Khan Chowk"], "2013-01-10", "day", EX, IED, "United Baloch Army", FC, [
    K(*R, "killed", "unspecified", 12, 12, "12 people"),
    K(*R, "injured", "civilian", 24, None, "dozens of shoppers")], 12),
  E(["Mingora", "Takhtaband Road", "Swat"], "2013-01-10", "day", EX, IED, UAG, CIV, [
    K(*R, "killed", "unspecified", 22, None, "at least 22 people"),
    K(*R, "injured", "unspecified", 71, None, "over 70")], 22)], [])

EV["bd-002"] = ([
  E(["Quetta", "Alamdar Road"], "2013-01-10", "day", EX, SB, LEJ, CIV, [
    K(*R, "killed", "unspecified", 81, None, "more than 80 people"),
    K(*R, "injured", "unspecified", 101, None, "well over a hundred")], 81),
  E(["Mastung"], "2012-12-30", "day", EX, IED, None, CIV, [
    K(*R, "killed", "civilian", 19, 19, "19 people")], 19)],
 [K("Qayyum Changezi", "local", "killed", "civilian", 1001, None, "more than 1,000 members")])

EV["bd-003"] = ([
  E(["Mastung", "Dringarh", "RCD Highway"], "2012-12-30", "day", EX, IED, "Jaish-ul-Islam", CIV, [
    K(*R, "killed", "civilian", 19, None, "At least 19 Shia pilgrims"),
    K(*R, "injured", "civilian", 25, 25, "25 others"),
    K("Balochistan Home Secretary Akbar Hussain Durrani", "government", "killed", "civilian", 20, 20, "20 of its passengers"),
    K("Tufail Baloch", "government", "killed", "unspecified", 19, 19, "the toll at 19")], 19)], [])

EV["bd-004"] = ([
  E(["Quetta", "Civil Hospital Quetta"], "2016-08-08", "day", EX, SB, "Jamaat-ul-Ahrar", CIV, [
    K("officials", "government", "killed", "unspecified", 70, None, "at least 70 people"),
    K(*R, "injured", "unspecified", 101, None, "More than 100 people"),
    K("officials", "government", "killed", "civilian", 2, 2, "two television cameramen")], 70),
  E(["Quetta", "Mannu Jan Road"], "2016-08-08", "day", VAC, ATT, "Jamaat-ul-Ahrar", CIV, [], 1),
  E(["Quetta"], "2013-01", "month", EX, None, None, CIV, [
    K(*R, "killed", "unspecified", 81, None, "more than 80 people")], 81)], [])

EV["bd-005"] = ([
  E(["Khuzdar", "Shah Noorani"], "2016-11-12", "day", EX, SB, ISK, CIV, [
    K("Balochistan Home Minister Mir Sarfraz Bugti", "government", "killed", "unspecified", 52, None, "At least 52 people"),
    K("Balochistan Home Minister Mir Sarfraz Bugti", "government", "injured", "unspecified", 102, 102, "102 others")], 52),
  E(["Quetta", "Civil Hospital Quetta"], "2016-08-08", "day", EX, SB, None, CIV, [
    K(*R, "killed", "unspecified", 71, None, "over 70 people")], 71)], [])

EV["bd-006"] = ([
  E(["Mastung", "Dringarh"], "2018-07-13", "day", EX, SB, ISK, CIV, [
    K("officials", "government", "killed", "unspecified", 128, None, "at least 128 people"),
    K(*R, "injured", "unspecified", 150, None, "At least 150 others")], 128),
  E(["Bannu"], "2018-07-13", "day", EX, IED, None, CIV, [
    K(*R, "killed", "unspecified", 4, 4, "Four people"),
    K(*R, "injured", "unspecified", 31, None, "more than 30")], 4),
  E(["Peshawar"], "2018-07-10", "day", EX, SB, TTP, CIV, [
    K(*R, "killed", "unspecified", 20, 20, "20 people")], 20),
  E(["Mastung"], "2011", "year", EX, None, None, CIV, [
    K(*R, "killed", "civilian", 1, 1, "his teenage son")], 1)], [])

EV["bd-007"] = ([
  E(["Kech", "Dasht"], "2022-01-25", "day", BA, AC, BLF, MIL, [
    K("ISPR", "military", "killed", "security", 10, 10, "ten of its personnel"),
    K("ISPR", "military", "killed", "militant", 1, 1, "one attacker"),
    K("ISPR", "military", "arrested", "militant", 3, 3, "three attackers"),
    K("BLF spokesperson Major Gwahram Baloch", "militant", "killed", "security", 17, 17, "17 personnel"),
    K("BLF spokesperson Major Gwahram Baloch", "militant", "killed", "militant", 1, 1, "one BLF member")], 11),
  E(["Lahore", "Anarkali"], "2022-01", "month", EX, IED, "Baloch Nationalist Army", CIV, [
    K(*R, "killed", "unspecified", 3, 3, "three people")], 3)], [])

EV["bd-008"] = ([
  E(["Ormara", "Buzi Top", "Makran Coastal Highway", "Gwadar"], "2019-04-18", "day", VAC, ATT, "Baloch Raaji Aajoi Sangar", CIV, [
    K(*R, "killed", "unspecified", 14, None, "At least 14 passengers"),
    K("Home Secretary Haider Ali", "government", "killed", "security", 1, 1, "A naval official"),
    K("Home Secretary Haider Ali", "government", "killed", "security", 1, 1, "a member of the Coast Guards")], 14),
  E(["Mastung"], "2015-05", "month", VAC, ATT, None, CIV, [
    K(*R, "killed", "civilian", 21, None, "more than 20 passengers")], 21),
  E(["Quetta", "Hazarganji"], "2019-04-12", "day", EX, SB, None, CIV, [
    K(*R, "killed", "unspecified", 20, 20, "20 people"),
    K(*R, "killed", "civilian", 8, 8, "eight members of the Hazara community")], 20)], [])

EV["bd-009"] = ([
  E(["Nushki"], "2022-02-02", "day", BA, AC, BLA, FC, [
    K("military statement", "military", "killed", "security", 4, 4, "four soldiers, including an officer"),
    K("military statement", "military", "killed", "militant", 9, 9, "nine attackers")], 13),
  E(["Panjgur"], "2022-02-02", "day", BA, AC, BLA, FC, [
    K("military statement", "military", "killed", "security", 3, 3, "three soldiers"),
    K("military statement", "military", "injured", "security", 4, 4, "four wounded"),
    K("military statement", "military", "killed", "militant", 4, 4, "four insurgents")], 7),
  E(["Kech"], "2022-01", "month", BA, AC, None, MIL, [
    K(*R, "killed", "security", 10, 10, "10 soldiers")], 10)],
 [K("the military", "military", "killed", "security", 7, 7, "seven soldiers"),
  K("the military", "military", "killed", "militant", 13, 13, "13 attackers")])

EV["bd-010"] = ([
  E(["Gwadar", "East Bay Expressway", "Baloch Ward"], "2021-08-20", "day", EX, SB, BLA, CIV, [
    K(*R, "killed", "civilian", 2, 2, "Two children"),
    K(*R, "injured", "unspecified", 3, 3, "three persons"),
    K(*R, "injured", "civilian", 1, 1, "a Chinese national"),
    K("Ministry of Interior", "government", "killed", "civilian", 2, 2, "Two boys"),
    K("Ministry of Interior", "government", "injured", "civilian", 2, 2, "two other children")], 2),
  E(["Upper Kohistan"], "2021-07-14", "day", EX, None, None, CIV, [
    K(*R, "killed", "unspecified", 13, 13, "13 people"),
    K(*R, "killed", "civilian", 9, 9, "nine Chinese")], 13),
  E(["Quetta", "Serena Hotel"], "2021-04", "month", EX, IED, None, CIV, [
    K(*R, "killed", "unspecified", 5, 5, "five people")], 5)], [])

EV["bd-011"] = ([
  E(["Loralai"], "2019-01-29", "day", BA, AC, TTP, POL, [
    K(*R, "killed", "unspecified", 9, 9, "Nine persons"),
    K(*R, "killed", "security", 3, 3, "three policemen"),
    K(*R, "injured", "unspecified", 21, 21, "21 others"),
    K(*R, "killed", "militant", 3, 3, "All three attackers"),
    K("ISPR", "military", "killed", "security", 3, 3, "three police constables"),
    K("ISPR", "military", "killed", "civilian", 5, 5, "five civilian employees"),
    K("ISPR", "military", "killed", "civilian", 1, 1, "one candidate"),
    K("ISPR", "military", "injured", "security", 12, 12, "12 policemen"),
    K("ISPR", "military", "injured", "civilian", 9, 9, "nine civilians")], 12),
  E(["Loralai"], "2019-01-01", "day", BA, AC, None, FC, [
    K(*R, "killed", "security", 4, 4, "four FC personnel"),
    K(*R, "killed", "militant", 5, 5, "All five attackers")], 9)], [])

EV["bd-012"] = ([
  E(["Zhob", "Zhob Cantt"], "2023-07-12", "day", BA, AC, "Tehreek-e-Jihad Pakistan", MIL, [
    K("ISPR", "military", "killed", "security", 4, 4, "four soldiers"),
    K("ISPR", "military", "injured", "security", 5, 5, "five critically injured"),
    K("ISPR", "military", "killed", "militant", 5, 5, "all five terrorists"),
    K("ISPR", "military", "killed", "security", 9, 9, "the toll to nine"),
    K("Zhob Deputy Commissioner Azeem Kakar", "government", "killed", "civilian", 1, 1, "a woman"),
    K("Zhob Deputy Commissioner Azeem Kakar", "government", "injured", "civilian", 5, 5, "five other civilians")], 15),
  E(["Sui", "Dera Bugti"], "2023-07-12", "day", BA, AC, None, MIL, [
    K("ISPR", "military", "killed", "security", 3, 3, "Three soldiers"),
    K("ISPR", "military", "killed", "militant", 2, 2, "two terrorists")], 5),
  E(["Kech"], "2022-01", "month", BA, AC, None, MIL, [
    K(*R, "killed", "security", 10, 10, "10 personnel")], 10)],
 [K("ISPR", "military", "killed", "security", 12, 12, "Twelve soldiers"),
  K("ISPR", "military", "killed", "militant", 7, 7, "seven militants"),
  K("Pakistan Institute for Conflict and Security Studies", "other", "killed", "unspecified", 389, 389, "389 people"),
  K("Pakistan Institute for Conflict and Security Studies", "other", "injured", "unspecified", 656, 656, "656 injured")])

EV["bd-013"] = ([
  E(["Quetta", "Quetta Railway Station"], "2024-11-09", "day", EX, SB, BLA, MIL, [
    K("officials", "government", "killed", "unspecified", 26, None, "at least 26 people"),
    K("officials", "government", "injured", "unspecified", 61, None, "More than 60 people"),
    K("officials", "government", "killed", "security", 14, None, "at least 14 of the dead")], 26),
  E(["Mastung"], "2024-11-01", "day", EX, IED, None, CIV, [
    K(*R, "killed", "unspecified", 8, 8, "eight people"),
    K(*R, "killed", "civilian", 5, 5, "five children")], 8)], [])

EV["bd-014"] = ([
  E(["Gwadar", "Gwadar Port Authority Complex"], "2024-03-20", "day", BA, AC, BLA, MIL, [
    K("ISPR", "military", "killed", "militant", 8, 8, "eight terrorists"),
    K("ISPR", "military", "killed", "security", 2, 2, "Two soldiers"),
    K("Makran Division Commissioner Saeed Ahmed Umrani", "government", "killed", "militant", 7, 7, "seven militants"),
    K("army source", "military", "killed", "militant", 7, 7, "dead militants at seven"),
    K("army source", "military", "killed", "security", 4, 4, "four soldiers")], 10),
  E(["Gwadar", "East Bay Expressway"], "2021-08", "month", EX, SB, None, CIV, [
    K(*R, "killed", "civilian", 2, 2, "two children")], 2)], [])

EV["bd-015"] = ([
  E(["Dalbandin", "Chagai"], "2018-08-11", "day", EX, SB, BLA, CIV, [
    K("officials", "government", "injured", "unspecified", 5, 5, "five people"),
    K("officials", "government", "injured", "civilian", 3, 3, "three Chinese nationals"),
    K(*R, "injured", "security", 2, 2, "Two paramilitary soldiers"),
    K(*R, "injured", "civilian", 1, 1, "the driver")], 0),
  E(["Karachi"], "2018-02", "month", VAC, ATT, None, CIV, [
    K(*R, "killed", "civilian", 1, 1, "a Chinese shipping company executive")], 1)], [])

EV["bd-016"] = ([
  E(["Mach", "Bolan Pass", "Kachhi"], "2024-01-29", "day", BA, AC, BLA, MIL, [], None),
  E(["Kolpur", "Kachhi"], "2024-01-29", "day", BA, AC, BLA, MIL, [], None),
  E(["Panjgur"], "2022-02", "month", BA, AC, BLA, FC, [], None),
  E(["Nushki"], "2022-02", "month", BA, AC, BLA, FC, [], None)],
 [K("ISPR", "military", "killed", "militant", 9, 9, "nine militants"),
  K("ISPR", "military", "killed", "militant", 3, 3, "three suicide bombers"),
  K("ISPR", "military", "killed", "security", 4, 4, "Four members of the law enforcement agencies"),
  K("ISPR", "military", "killed", "civilian", 2, 2, "two civilians"),
  K("ISPR", "military", "injured", "militant", 3, 3, "Three more attackers")])

EV["bd-017"] = ([
  E(["Fatehpur", "Jhal Magsi", "Naseerabad division"], "2017-10-05", "day", EX, SB, UAG, CIV, [
    K(*R, "killed", "unspecified", 19, None, "at least 19 people"),
    K(*R, "killed", "security", 1, 1, "a policeman"),
    K(*R, "killed", "civilian", 3, 3, "three children"),
    K(*R, "injured", "unspecified", 31, None, "over 30 others"),
    K("officials", "government", "killed", "unspecified", 6, 6, "Six people"),
    K("district health officer", "medical", "killed", "unspecified", 2, 2, "two of the injured"),
    K(*R, "injured", "unspecified", 18, 18, "Eighteen critically injured people")], 19),
  E(["Fatehpur"], "2005-03", "month", EX, None, None, CIV, [
    K(*R, "killed", "civilian", 24, None, "dozens of devotees")], 24)], [])

EV["bd-018"] = ([
  E(["Khuzdar", "Zero Point", "N-25 highway"], "2025-05-21", "day", EX, SB, UAG, CIV, [
    K(*R, "killed", "civilian", 3, 3, "Three schoolchildren"),
    K(*R, "killed", "unspecified", 2, 2, "two adults"),
    K(*R, "injured", "civilian", 38, 38, "38 others"),
    K("Khuzdar Deputy Commissioner Yasir Iqbal Dashti", "government", "killed", "civilian", 4, 4, "four children")], 5),
  E(["Peshawar"], "2014-12-16", "day", VAC, ATT, TTP, CIV, [
    K(*R, "killed", "unspecified", 141, None, "more than 140 people")], 141)], [])

EV["bd-019"] = ([
  E(["Karachi", "Jinnah International Airport"], "2024-10-06", "day", EX, SB, BLA, CIV, [
    K("Chinese embassy", "government", "killed", "civilian", 2, 2, "Two Chinese nationals"),
    K("Chinese embassy", "government", "injured", "civilian", 1, 1, "a third"),
    K("police surgeon", "medical", "killed", "unspecified", 3, 3, "three bodies"),
    K("police surgeon", "medical", "injured", "unspecified", 10, 10, "ten injured people")], 3),
  E(["Dalbandin"], "2018-08", "month", EX, SB, BLA, CIV, [
    K(*R, "injured", "civilian", 3, 3, "wounding three of them")], 0),
  E(["Karachi", "Clifton"], "2018-11", "month", BA, AC, BLA, POL, [
    K(*R, "killed", "militant", 3, 3, "three gunmen"),
    K(*R, "killed", "security", 2, 2, "two policemen"),
    K(*R, "killed", "civilian", 2, 2, "two visa applicants")], 7),
  E(["Dasu", "Upper Kohistan"], "2021-07", "month", EX, None, None, CIV, [
    K(*R, "killed", "unspecified", 13, 13, "13 people"),
    K(*R, "killed", "civilian", 9, 9, "nine of them Chinese")], 13),
  E(["Gwadar", "East Bay Expressway"], "2021-08", "month", EX, SB, None, CIV, [
    K(*R, "killed", "civilian", 2, 2, "two local children")], 2),
  E(["Karachi", "University of Karachi"], "2022-04", "month", EX, SB, None, CIV, [
    K(*R, "killed", "civilian", 3, 3, "three Chinese teachers"),
    K(*R, "killed", "civilian", 1, 1, "their Pakistani driver")], 4),
  E(["Besham"], "2024-03", "month", EX, SB, None, CIV, [
    K(*R, "killed", "civilian", 5, 5, "five Chinese engineers"),
    K(*R, "killed", "civilian", 1, 1, "their driver")], 6)], [])

EV["bd-020"] = ([
  E(["Turbat", "Gogdan", "Kech"], "2015-04-11", "day", VAC, ATT, BLF, CIV, [
    K(*R, "killed", "civilian", 20, 20, "Twenty labourers"),
    K(*R, "injured", "civilian", 3, 3, "three others"),
    K("officials", "government", "arrested", "security", 8, 8, "Eight personnel of the Levies Force")], 20)], [])

EV["bd-021"] = ([
  E(["Mangochar", "Kalat", "N-25 highway"], "2025-01-31", "day", BA, AC, BLA, MIL, [
    K("ISPR", "military", "killed", "security", 18, 18, "18 of its soldiers"),
    K("ISPR", "military", "killed", "militant", 12, 12, "12 of them"),
    K("ISPR", "military", "killed", "security", 18, 18, "eighteen soldiers")], 30),
  E(["Harnai"], "2025-02-01", "day", BA, AC, MIL, UAG, [
    K("ISPR", "military", "killed", "militant", 11, 11, "11 more fighters")], 11)],
 [K("ISPR", "military", "killed", "militant", 23, 23, "in the two areas to 23")])

EV["bd-022"] = ([
  E(["Buleda", "Gorak", "Kech"], "2017-11-15", "day", VAC, ATT, BLF, CIV, [
    K(*R, "killed", "civilian", 15, 15, "15 young men")], 15),
  E(["Buleda"], "2017-09", "month", VAC, ATT, None, None, [
    K(*R, "killed", "unspecified", 3, 3, "Three bullet-riddled bodies")], 3),
  E(["Buleda"], "2017-10", "month", VAC, ATT, None, None, [
    K(*R, "killed", "unspecified", 2, 2, "two more")], 2)], [])

EV["bd-023"] = ([
  E(["Peshawar", "Police Lines Peshawar"], "2023-01-30", "day", EX, SB, TTP, POL, [
    K("officials", "government", "killed", "unspecified", 100, 100, "rose to 100"),
    K("Lady Reading Hospital spokesman Mohammad Asim", "medical", "killed", "unspecified", 100, 100, "One hundred bodies"),
    K("Lady Reading Hospital spokesman Mohammad Asim", "medical", "injured", "unspecified", 53, 53, "53 injured people"),
    K(*R, "injured", "unspecified", 201, None, "More than 200 wounded")], 100),
  E(["Paktika"], "2022-08", "month", EX, IED, None, TTP, [], 1),
  E(["Peshawar"], "2014-12", "month", VAC, ATT, TTP, CIV, [
    K(*R, "killed", "unspecified", 141, None, "more than 140 people")], 141)], [])

EV["bd-024"] = ([
  E(["Sehwan"], "2017-02-16", "day", EX, SB, ISK, CIV, [
    K("medical superintendent of the local hospital", "medical", "killed", "unspecified", 88, None, "At least 88 people"),
    K("medical superintendent of the local hospital", "medical", "injured", "unspecified", 201, None, "more than 200 wounded")], 88),
  E(["Lahore", "The Mall Lahore"], "2017-02-13", "day", EX, SB, "Jamaat-ul-Ahrar", CIV, [
    K(*R, "killed", "unspecified", 13, 13, "13 people")], 13),
  E(["Khuzdar", "Shah Noorani"], "2016-11", "month", EX, None, ISK, CIV, [
    K(*R, "killed", "unspecified", 52, 52, "52 people")], 52)],
 [K("the army", "military", "killed", "militant", 101, None, "more than 100 suspected militants")])

EV["bd-025"] = ([
  E(["Karachi", "University of Karachi"], "2022-04-26", "day", EX, SB, BLA, CIV, [
    K(*R, "killed", "civilian", 3, 3, "three Chinese teachers"),
    K(*R, "killed", "civilian", 1, 1, "their Pakistani driver"),
    K(*R, "injured", "unspecified", 4, 4, "four people injured")], 4),
  E(["Karachi", "Clifton"], "2018-11", "month", BA, AC, BLA, POL, [
    K(*R, "killed", "militant", 3, 3, "three BLA militants"),
    K(*R, "killed", "security", 2, 2, "two policemen"),
    K(*R, "killed", "civilian", 2, 2, "two visa applicants")], 7)], [])

EV["bd-026"] = ([
  E(["Kamra", "PAF Base Minhas", "Attock"], "2012-08-16", "day", BA, AC, TTP, MIL, [
    K("air force spokesman", "military", "killed", "militant", 9, 9, "all nine attackers"),
    K("air force spokesman", "military", "killed", "security", 1, 1, "one security official"),
    K(*R, "injured", "security", 1, 1, "The base commander")], 10),
  E(["Lulusar", "Babusar Top", "Mansehra"], "2012-08-16", "day", VAC, ATT, TTP, CIV, [
    K("police", "police", "killed", "civilian", 19, 19, "19 deaths"),
    K("officials in Gilgit-Baltistan", "government", "killed", "civilian", None, 22, "as many as 22")], 19),
  E(["Kohistan"], "2012-02", "month", VAC, ATT, None, CIV, [
    K(*R, "killed", "civilian", 18, 18, "18 Shia passengers")], 18)], [])

EV["bd-027"] = ([
  E(["Daraban", "Dera Ismail Khan"], "2023-12-12", "day", EX, SB, "Tehreek-e-Jihad Pakistan", MIL, [
    K(*R, "killed", "security", 23, None, "At least 23 soldiers"),
    K(*R, "injured", "security", 31, None, "more than 30 injured"),
    K("ISPR", "military", "killed", "militant", 6, 6, "all six attackers")], 29),
  E(["Darazinda"], "2023-12-12", "day", BA, AC, MIL, None, [], None),
  E(["Kolachi"], "2023-12-12", "day", BA, AC, MIL, None, [
    K("ISPR", "military", "killed", "security", 2, 2, "two soldiers")], 2),
  E(["Zhob"], "2023-07", "month", BA, AC, "Tehreek-e-Jihad Pakistan", MIL, [
    K(*R, "killed", "security", 9, 9, "nine soldiers")], 9)],
 [K("ISPR", "military", "killed", "militant", 21, 21, "21 more militants"),
  K("ISPR", "military", "killed", "militant", 27, 27, "on Tuesday to 27")])

EV["bd-028"] = ([
  E(["Lahore", "Gulshan-e-Iqbal Park"], "2016-03-27", "day", EX, SB, "Jamaat-ul-Ahrar", CIV, [
    K(*R, "killed", "unspecified", 72, 72, "stood at 72"),
    K(*R, "killed", "civilian", 29, 29, "29 children"),
    K(*R, "injured", "unspecified", 301, None, "More than 300 people")], 72),
  E(["Faisalabad"], "2016-03", "month", SD, ARR, POL, None, [
    K("officials", "government", "arrested", "unspecified", 81, None, "more than 80 suspects")], 0),
  E(["Sialkot"], "2016-03", "month", SD, ARR, POL, None, [
    K("officials", "government", "arrested", "unspecified", 250, 250, "about 250")], 0),
  E(["Rahim Yar Khan"], "2016-03", "month", SD, ARR, POL, None, [
    K("officials", "government", "arrested", "unspecified", 34, 34, "34 in Rahim Yar Khan")], 0),
  E(["Kasur"], "2016-03", "month", SD, ARR, POL, None, [
    K("officials", "government", "arrested", "unspecified", 18, 18, "18 in Kasur")], 0),
  E(["Muzaffargarh"], "2016-03", "month", SD, ARR, POL, None, [
    K(*R, "arrested", "unspecified", 2, 2, "two relatives")], 0)],
 [K("Punjab Law Minister Rana Sanaullah", "government", "arrested", "unspecified", 201, None, "More than 200 suspects")])

EV["bd-029"] = ([
  E(["Besham", "Shangla", "Karakoram Highway"], "2024-03-26", "day", EX, SB, UAG, CIV, [
    K(*R, "killed", "civilian", 5, 5, "Five Chinese nationals"),
    K(*R, "killed", "civilian", 1, 1, "their Pakistani driver")], 6),
  E(["Dasu"], "2021-07", "month", EX, None, None, CIV, [
    K(*R, "killed", "unspecified", 13, 13, "13 people"),
    K(*R, "killed", "civilian", 9, 9, "nine Chinese nationals")], 13),
  E(["Turbat"], "2024-03-25", "day", BA, AC, None, MIL, [
    K(*R, "killed", "militant", 4, 4, "four terrorists were killed"),
    K(*R, "killed", "security", 1, 1, "a soldier")], 5),
  E(["Gwadar", "Gwadar Port Authority Complex"], "2024-03-20", "day", BA, AC, None, None, [], None),
  E(["Dera Ismail Khan"], "2024-03-26", "day", BA, AC, MIL, None, [
    K("ISPR", "military", "killed", "militant", 4, 4, "killed four terrorists")], 4)], [])

EV["bd-030"] = ([
  E(["Turbat", "Satellite Town Turbat", "Kech"], "2023-10-14", "day", VAC, ATT, UAG, CIV, [
    K(*R, "killed", "civilian", 6, 6, "six labourers")], 6),
  E(["Turbat", "Gogdan"], "2015-04", "month", VAC, ATT, BLF, CIV, [
    K(*R, "killed", "civilian", 20, 20, "20 workers")], 20),
  E(["Gwadar"], "2017-05", "month", VAC, ATT, None, CIV, [
    K(*R, "killed", "civilian", 10, 10, "ten labourers")], 10),
  E(["Hoshab"], "2017-05", "month", VAC, ATT, None, CIV, [
    K(*R, "killed", "civilian", 3, 3, "three road workers")], 3),
  E(["Buleda"], "2017-11", "month", VAC, ATT, BLF, CIV, [
    K(*R, "killed", "civilian", 15, 15, "15 young men")], 15),
  E(["Ormara", "Makran Coastal Highway"], "2019-04", "month", VAC, ATT, None, CIV, [
    K(*R, "killed", "unspecified", 14, 14, "14 passengers")], 14)], [])

EV["bd-031"] = ([
  E(["Kharan", "Bhat"], "2022-12-20", "day", BA, AC, UAG, LEV, [
    K(*R, "killed", "security", 1, 1, "A Levies soldier"),
    K(*R, "injured", "security", 1, 1, "another injured")], 1)], [])
