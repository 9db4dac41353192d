from build_gold_part3 import *
WAVE_DATE = "2025-08-13"

# ---------------- bl-028 KP police night briefing on the 13/14 Aug 2025 wave
PLACES["bl-028"] = dict(
 incident=[I(["Upper Dir"], "Upper Dir", "district", None),
           I(["Panakot"], "Panakot", "town", None),
           I(["Lower Dir"], "Lower Dir", "district", None),
           I(["Maidan"], "Maidan", "town", None),
           I(["Lajbok"], "Lajbok", "town", None),
           I(["Shadas"], "Shadas", "town", None),
           I(["Peshawar"], "Peshawar", "district", None),
           I(["Matni"], "Matni", "town", None),
           I(["Nasir Bagh"], "Nasir Bagh", "neighbourhood", None),
           I(["Hassan Khel"], "Hassan Khel", "town", None),
           I(["Bannu"], "Bannu", "district", None),
           I(["Miryan"], "Miryan", "town", None),
           I(["Mazang"], "Mazang", "town", None),
           I(["Shangla"], "Shangla", "district", None),
           I(["Khyber"], "Khyber", "district", None),
           I(["Jamrud"], "Jamrud", "town", None, 33.99, 71.38),
           I(["Sakhi Pul"], "Sakhi Pul", "site", None)],
 context=[C(["KHYBER PAKHTUNKHWA"], "Khyber Pakhtunkhwa", "issuing police force's name / province")])
EVENTS["bl-028"] = dict(events=[
 E(["Panakot", "Upper Dir"], WAVE_DATE, "day", BAT, CLASH, TTP, POL, [
   Cl("KP Police", "police", "injured", "security", 6, 6, "six personnel")], 3),
 E(["Lajbok", "Maidan", "Shadas", "Lower Dir"], WAVE_DATE, "day", BAT, CLASH, TTP, POL, [], 1),
 E(["Hassan Khel", "Matni", "Nasir Bagh", "Peshawar"], WAVE_DATE, "day", BAT, CLASH, TTP, POL, [
   Cl("KP Police", "police", "injured", "security", 1, 1, "one constable")], 1),
 E(["Miryan", "Mazang", "Bannu"], WAVE_DATE, "day", BAT, CLASH, TTP, POL, [
   Cl("KP Police", "police", "killed", "security", 0, 0, "no loss of life")], 0),
 E(["Shangla"], WAVE_DATE, "day", BAT, CLASH, TTP, POL, [
   Cl("KP Police", "police", "killed", "unspecified", 0, 0, "No casualties")], 0),
 E(["Jamrud", "Sakhi Pul", "Khyber"], WAVE_DATE, "day", BAT, CLASH, TTP, POL, [
   Cl("KP Police", "police", "killed", "unspecified", 0, 0, "no casualties have been reported")], 0)],
 aggregate_claims=[
   Cl("KP Police", "police", "killed", "security", 5, 5, "five police personnel"),
   Cl("KP Police", "police", "injured", "security", 8, 8, "eight have been injured")])

# ---------------- bl-029 National daily next day on the same wave
PLACES["bl-029"] = dict(
 incident=[I(["Upper Dir"], "Upper Dir", "district", None),
           I(["Panah Kot"], "Panakot", "town", None),
           I(["Lower Dir"], "Lower Dir", "district", None),
           I(["Lajbok"], "Lajbok", "town", None),
           I(["PESHAWAR", "Peshawar"], "Peshawar", "district", None),
           I(["Hassan Khel"], "Hassan Khel", "town", None),
           I(["Bannu"], "Bannu", "district", None),
           I(["Shangla"], "Shangla", "district", None)],
 context=[C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province named as overall setting"),
          C(["Pakistan"], "Pakistan", "only inside the group name Tehreek-e-Taliban Pakistan")])
EVENTS["bl-029"] = dict(events=[
 E(["Panakot", "Upper Dir"], WAVE_DATE, "day", BAT, CLASH, TTP, POL, [
   Cl("district police statements", "police", "killed", "security", 3, 3, "three in Upper Dir"),
   Cl("the report", "media", "killed", "security", 3, 3, "three policemen")], 3),
 E(["Lajbok", "Lower Dir"], WAVE_DATE, "day", BAT, CLASH, TTP, POL, [
   Cl("district police statements", "police", "killed", "security", 1, 1, "one in Lower Dir"),
   Cl("the report", "media", "killed", "security", 1, 1, "a constable was killed at Lajbok")], 1),
 E(["Hassan Khel", "Peshawar"], WAVE_DATE, "day", BAT, CLASH, TTP, POL, [
   Cl("district police statements", "police", "killed", "security", 1, 1, "one in Peshawar"),
   Cl("the report", "media", "killed", "security", 1, 1, "a constable died")], 1),
 E(["Bannu"], WAVE_DATE, "day", BAT, CLASH, TTP, POL, [], 0),
 E(["Shangla"], WAVE_DATE, "day", BAT, CLASH, TTP, POL, [], 0)],
 aggregate_claims=[
   Cl("officials", "government", "killed", "security", 6, None, "at least six policemen"),
   Cl("Mohammad Ali Babakhel, senior police officer", "police", "killed", "security", 6, 6, "six officers"),
   Cl("Mohammad Ali Babakhel, senior police officer", "police", "injured", "security", 9, 9, "nine injured"),
   Cl("district police statements", "police", "killed", "security", 5, 5, "five deaths"),
   Cl("district police statements", "police", "injured", "security", 8, 8, "eight injured"),
   Cl("Counter-Terrorism Department", "police", "killed", "militant", 3, 3, "three militants")])

# ---------------- bl-030 Monthly security assessment, August 2025
PLACES["bl-030"] = dict(
 incident=[I(["Peshawar"], "Peshawar", "district", None),
           I(["Upper Dir"], "Upper Dir", "district", None),
           I(["Lower Dir"], "Lower Dir", "district", None),
           I(["Shangla"], "Shangla", "district", None),
           I(["Bannu"], "Bannu", "district", None),
           I(["Khyber"], "Khyber", "district", None),
           I(["Dobando"], "Dobando", "town", None),
           I(["Lajbook Dara"], "Lajbook Dara", "town", None),
           I(["Bajaur"], "Bajaur", "district", None),
           I(["Mamund"], "Mamund", "region", None),
           I(["Sambaza"], "Sambaza", "town", "Zhob"),
           I(["Zhob"], "Zhob", "district", "Zhob"),
           I(["Spezand"], "Spezand", "town", "Mastung"),
           I(["Mastung"], "Mastung", "district", "Mastung"),
           I(["Dera Ghazi Khan"], "Dera Ghazi Khan", "district", None),
           I(["Rawalpindi"], "Rawalpindi", "town", None, 33.60, 73.04)],
 context=[C(["Islamabad"], "Islamabad", "location of the institute issuing the review"),
          C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province-level statistics"),
          C(["Balochistan"], "Balochistan", "province-level statistics"),
          C(["Sindh"], "Sindh", "province-level statistics"),
          C(["Punjab"], "Punjab", "province-level statistics"),
          C(["Hatnar Dara"], "Hatnar Dara", "home area of two civilians killed in the Dobando clash"),
          C(["Dir"], "Dir", "umbrella region in a summary sentence; specific attacks are under Upper/Lower Dir")])
EVENTS["bl-030"] = dict(events=[
 E(["Peshawar"], WAVE_DATE, "day", BAT, CLASH, TTP, POL, [], None),
 E(["Upper Dir"], WAVE_DATE, "day", BAT, CLASH, TTP, POL, [
   Cl("the institute", "other", "killed", "security", 3, 3, "half of them")], 3),
 E(["Lower Dir"], WAVE_DATE, "day", BAT, CLASH, TTP, POL, [], None),
 E(["Shangla"], WAVE_DATE, "day", BAT, CLASH, TTP, POL, [], None),
 E(["Bannu"], WAVE_DATE, "day", BAT, CLASH, TTP, POL, [], None),
 E(["Khyber"], WAVE_DATE, "day", BAT, CLASH, TTP, POL, [], None),
 E(["Dobando", "Upper Dir"], "2025-08-24", "day", BAT, CLASH, POL, UAG, [
   Cl("the institute", "other", "killed", "militant", 5, 5, "five militants"),
   Cl("the institute", "other", "injured", "security", 7, 7, "seven policemen"),
   Cl("the institute", "other", "killed", "civilian", 2, 2, "two civilians")], 7),
 E(["Lajbook Dara", "Lower Dir"], "2025-08", "month", BAT, CLASH, UAG, POL, [], 0),
 E(["Mamund", "Bajaur"], "2025-07", "month", BAT, CLASH, MIL, UAG, [], None),
 E(["Sambaza", "Zhob"], "2025-08", "month", BAT, CLASH, MIL, UAG, [], None),
 E(["Spezand", "Mastung"], "2025-08-10", "day", EXP, IED, None, CIV, [
   Cl("the institute", "other", "injured", "civilian", 4, 4, "four passengers")], 0),
 E(["Dera Ghazi Khan"], "2025-08", "month", None, None, TTP, None, [], None),
 E(["Rawalpindi"], "2025-08", "month", VAC, ATT, None, CIV, [
   Cl("the institute", "other", "killed", "civilian", 1, 1, "a young cleric")], 1)],
 aggregate_claims=[
   Cl("the institute", "other", "killed", "unspecified", 194, 194, "194 people"),
   Cl("the institute", "other", "killed", "security", 73, 73, "73 security forces personnel"),
   Cl("the institute", "other", "killed", "civilian", 62, 62, "62 civilians"),
   Cl("the institute", "other", "killed", "militant", 58, 58, "58 militants"),
   Cl("the institute", "other", "killed", "civilian", 1, 1, "one member of a pro-government peace committee"),
   Cl("the institute", "other", "injured", "unspecified", 231, 231, "injured 231"),
   Cl("the institute", "other", "abducted", "unspecified", 10, None, "at least 10 people"),
   Cl("the institute", "other", "killed", "militant", 100, None, "at least 100 militants"),
   Cl("the institute", "other", "arrested", "militant", 31, 31, "arresting 31"),
   Cl("the institute", "other", "killed", "unspecified", 298, None, "at least 298 people"),
   Cl("the institute", "other", "killed", "unspecified", 74, 74, "74 people dead"),
   Cl("the institute", "other", "killed", "unspecified", 56, 56, "56 people"),
   Cl("the institute", "other", "killed", "security", 26, 26, "26 security personnel"),
   Cl("the institute", "other", "killed", "civilian", 22, 22, "22 civilians"),
   Cl("the institute", "other", "killed", "security", 6, 6, "Six policemen"),
   Cl("the institute", "other", "killed", "unspecified", 52, 52, "52 people"),
   Cl("the institute", "other", "killed", "security", 23, 23, "23 security personnel"),
   Cl("the institute", "other", "killed", "civilian", 21, 21, "21 civilians"),
   Cl("the institute", "other", "killed", "militant", 50, 50, "50 militants"),
   Cl("the institute", "other", "killed", "unspecified", 8, 8, "eight people")])
