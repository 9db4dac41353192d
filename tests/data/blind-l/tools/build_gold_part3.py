from build_gold_part2 import *

# ---------------- bl-020 I-10 Islamabad suicide bombing, 23 Dec 2022
PLACES["bl-020"] = dict(
 incident=[I(["ISLAMABAD", "Islamabad"], "Islamabad", "town", None, 33.69, 73.05),
           I(["I-10/4", "I-10"], "I-10", "neighbourhood", None),
           I(["F-8"], "F-8", "neighbourhood", None)],
 context=[C(["Pakistan"], "Pakistan", "only inside names (Pakistan Institute of Medical Sciences, Tehreek-e-Taliban Pakistan)")])
EVENTS["bl-020"] = dict(events=[
 E(["Islamabad", "I-10"], "2022-12-23", "day", EXP, SUI, TTP, POL, [
   Cl("the report", "media", "killed", "security", 1, 1, "A police official"),
   Cl("the report", "media", "injured", "security", 4, 4, "four of his colleagues"),
   Cl("Pakistan Institute of Medical Sciences", "medical", "injured", "unspecified", 10, 10, "ten injured people"),
   Cl("Pakistan Institute of Medical Sciences", "medical", "killed", "militant", 2, 2, "the remains of the two occupants")], 3),
 E(["Islamabad", "F-8"], "2014-03", "month", EXP, SUI, None, None, [], None)],
 aggregate_claims=[])

# ---------------- bl-021 Swat school van attack, 10 Oct 2022
PLACES["bl-021"] = dict(
 incident=[I(["Gulibagh"], "Gulibagh", "town", None),
           I(["Charbagh"], "Charbagh", "town", None),
           I(["Swat"], "Swat", "district", None),
           I(["MINGORA", "Mingora"], "Mingora", "town", None, 34.78, 72.36)],
 context=[C(["Khwazakhela"], "Khwazakhela", "where the injured child was taken"),
          C(["Pakistan"], "Pakistan", "only inside the group name Tehreek-e-Taliban Pakistan")])
EVENTS["bl-021"] = dict(events=[
 E(["Gulibagh", "Charbagh", "Swat"], "2022-10-10", "day", VAC, ATT, UAG, CIV, [
   Cl("the report", "media", "killed", "civilian", 1, 1, "a school van driver"),
   Cl("police", "police", "injured", "civilian", 1, 1, "A third-grader"),
   Cl("early reports", "media", "injured", "civilian", 2, 2, "two students")], 1),
 E(["Mingora"], "2012-10", "month", VAC, ATT, None, CIV, [], 0)],
 aggregate_claims=[])

# ---------------- bl-022 Rajanpur katcha hostage recovery, Sep 2025
PLACES["bl-022"] = dict(
 incident=[I(["katcha"], "Katcha", "region", None),
           I(["Rajanpur"], "Rajanpur", "district", None),
           I(["Rojhan"], "Rojhan", "town", None),
           I(["Rahim Yar Khan"], "Rahim Yar Khan", "district", None)],
 context=[C(["DERA GHAZI KHAN"], "Dera Ghazi Khan", "dateline"),
          C(["Punjab"], "Punjab", "province (IG's title; provincial boundary)"),
          C(["Sindh"], "Sindh", "province (boundary)"),
          C(["Indus"], "Indus", "river along which the katcha belt lies")])
EVENTS["bl-022"] = dict(events=[
 E(["Katcha", "Rajanpur"], "2025-09-21", "day", BAT, CLASH, POL, "Pat and Umrani gangs", [
   Cl("District Police Officer Farooq Amjad", "police", "arrested", "unspecified", 7, 7, "seven of their facilitators")], 0),
 E(["Rojhan"], "2025-09", "month", VAC, ABD, "Pat and Umrani gangs", CIV, [
   Cl("police", "police", "abducted", "civilian", 6, 6, "six people"),
   Cl("the police report", "police", "abducted", "civilian", 5, 5, "the number of abductees at five")], 0),
 E(["Rahim Yar Khan"], "2025-09-22", None, VAC, ABD, None, CIV, [], None)],
 aggregate_claims=[])

# ---------------- bl-023 Levies vehicle bombed in Kolachi (D.I. Khan), 1 Feb 2025
PLACES["bl-023"] = dict(
 incident=[I(["Kolachi"], "Kolachi", "town", None, 31.93, 70.46),
           I(["DERA ISMAIL KHAN", "Dera Ismail Khan", "D.I. Khan"], "Dera Ismail Khan", "district", None)],
 context=[C(["Khanozai"], "Khanozai", "home base of the Levies team; where a truck was stolen (not political violence)"),
          C(["Pishin"], "Pishin", "district of the Levies team's base"),
          C(["Balochistan"], "Balochistan", "province of the victims / inside force name")])
EVENTS["bl-023"] = dict(events=[
 E(["Kolachi", "Dera Ismail Khan"], "2025-02-01", "day", EXP, IED, None, "Levies Force", [
   Cl("officials", "government", "killed", "unspecified", 5, 5, "Five people"),
   Cl("officials", "government", "killed", "security", 4, 4, "four personnel of the Balochistan Levies Force"),
   Cl("Assistant Commissioner Muhammad Akram", "government", "killed", "unspecified", 5, 5, "all five men on board")], 5)],
 aggregate_claims=[])

# ---------------- bl-024 Journalist Jan Mohammad Mahar killed in Sukkur, 13 Aug 2023
PLACES["bl-024"] = dict(
 incident=[I(["SUKKUR", "Sukkur"], "Sukkur", "town", None, 27.70, 68.86),
           I(["Queens Road"], "Queens Road", "road", None)],
 context=[C(["Chak"], "Chak", "native village where he was buried; enmity there named as possible motive"),
          C(["Shikarpur"], "Shikarpur", "district of his native village"),
          C(["Sindh"], "Sindh", "province (protests, commission name)"),
          C(["Karachi"], "Karachi", "only inside the name Karachi Union of Journalists")])
EVENTS["bl-024"] = dict(events=[
 E(["Sukkur", "Queens Road"], "2023-08-13", "day", VAC, ATT, UAG, CIV, [], 1)],
 aggregate_claims=[])

# ---------------- bl-025 ATC judgment, Naqeebullah Mehsud case (2018 killings)
PLACES["bl-025"] = dict(
 incident=[I(["KARACHI", "Karachi"], "Karachi", "town", None, 24.86, 67.01),
           I(["Usman Khaskheli Goth"], "Usman Khaskheli Goth", "neighbourhood", None),
           I(["Shah Latif Town"], "Shah Latif Town", "neighbourhood", None),
           I(["Sohrab Goth"], "Sohrab Goth", "neighbourhood", None)],
 context=[C(["South Waziristan"], "South Waziristan", "home district of the victim"),
          C(["Sachal"], "Sachal", "police station named for jurisdiction"),
          C(["Malir"], "Malir", "only in the accused officer's title (SSP Malir)")])
EVENTS["bl-025"] = dict(events=[
 E(["Karachi", "Usman Khaskheli Goth", "Shah Latif Town"], "2018-01-13", "day", VAC, ATT, POL, CIV, [
   Cl("the prosecution", "government", "killed", "civilian", 4, 4, "the four men")], 4),
 E(["Karachi", "Sohrab Goth"], "2018-01-03", "day", VAC, ABD, POL, CIV, [
   Cl("the prosecution", "government", "abducted", "civilian", 2, 2, "two other young men")], 0)],
 aggregate_claims=[])

# ---------------- bl-026 Senate committee; Sikh traders killed in Sarband, 15 May 2022
PLACES["bl-026"] = dict(
 incident=[I(["Peshawar"], "Peshawar", "town", None, 34.01, 71.58),
           I(["Sarband"], "Sarband", "town", None),
           I(["Bata Tal bazaar"], "Bata Tal bazaar", "site", None)],
 context=[C(["ISLAMABAD", "Islamabad"], "Islamabad", "dateline; inside the name Islamabad High Court"),
          C(["Khyber"], "Khyber", "neighbouring district used as a boundary reference"),
          C(["Bara"], "Bara", "where the victims' families came from"),
          C(["Bala Hisar"], "Bala Hisar", "site of a peaceful road-block protest"),
          C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "in the chief minister's title"),
          C(["Khorasan"], "Khorasan", "only inside the militant group's name"),
          C(["Prophet's Mosque"], "Prophet's Mosque", "site of non-violent sloganeering abroad"),
          C(["Madina"], "Madina", "city of the sloganeering incident (non-violent)")])
EVENTS["bl-026"] = dict(events=[
 E(["Peshawar", "Sarband", "Bata Tal bazaar"], "2022-05-15", "day", VAC, ATT, "Islamic State (Khorasan Province)", CIV, [
   Cl("the report", "media", "killed", "civilian", 2, 2, "two members of the Sikh community")], 2),
 E(["Peshawar"], "2021-09", "month", VAC, ATT, None, CIV, [
   Cl("the report", "media", "killed", "civilian", 1, 1, "a well-known Sikh hakeem")], 1)],
 aggregate_claims=[])

# ---------------- bl-027 Live blog: Dasu/Barseen bus blast, 14 Jul 2021
PLACES["bl-027"] = dict(
 incident=[I(["Barseen"], "Barseen", "town", None),
           I(["Karakoram Highway"], "Karakoram Highway", "road", None),
           I(["Upper Kohistan"], "Upper Kohistan", "district", None)],
 context=[C(["Dasu"], "Dasu", "project name; distance reference; hospital where victims were brought"),
          C(["Abbottabad"], "Abbottabad", "military hospital where injured were flown"),
          C(["Gilgit"], "Gilgit", "military hospital where injured were flown"),
          C(["Beijing"], "Beijing", "government speaking"),
          C(["Pakistan"], "Pakistan", "government addressed / inside China-Pakistan Economic Corridor"),
          C(["China"], "China", "only inside China-Pakistan Economic Corridor"),
          C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "in the police chief's title"),
          C(["Indus"], "Indus", "river on which the dam is built")])
EVENTS["bl-027"] = dict(events=[
 E(["Barseen", "Karakoram Highway", "Upper Kohistan"], "2021-07-14", "day", EXP, None, None, CIV, [
   Cl("KP police chief Moazzam Jah Ansari", "police", "killed", "unspecified", 10, 10, "ten people"),
   Cl("KP police chief Moazzam Jah Ansari", "police", "killed", "civilian", 6, 6, "six Chinese nationals"),
   Cl("KP police chief Moazzam Jah Ansari", "police", "killed", "security", 2, 2, "two soldiers of the Frontier Constabulary"),
   Cl("the report", "media", "killed", "unspecified", 13, 13, "The toll now stands at 13"),
   Cl("the report", "media", "killed", "civilian", 9, 9, "nine Chinese nationals"),
   Cl("the report", "media", "killed", "security", 2, 2, "two Frontier Constabulary personnel"),
   Cl("officials", "government", "injured", "unspecified", 28, 28, "28 people")], 13)],
 aggregate_claims=[])
