# Place annotations for blind-d (source of blind-d.gold.json). Written by hand.
def I(surface, place, kind, district=None, lat=None, lon=None):
    return {"surface": surface, "place": place, "kind": kind, "district": district, "lat": lat, "lon": lon}
def C(surface, place, why):
    return {"surface": surface, "place": place, "why": why}

Q = (30.19, 67.01)
PLACES = {}

PLACES["bd-001"] = (
 [I(["QUETTA"], "Quetta", "town", "Quetta", *Q),
  I(["Alamdar Road"], "Alamdar Road", "neighbourhood", "Quetta", 30.20, 67.03),
  I(["Bacha Khan Chowk"], "Bacha Khan Chowk", "site", "Quetta", 30.19, 67.00),
  I(["Mingora"], "Mingora", "town", None, 34.77, 72.36),
  I(["Takhtaband Road"], "Takhtaband Road", "road", None, None, None),
  I(["Swat"], "Swat", "district", None, None, None)],
 [C(["Quaidabad"], "Quaidabad", "only in the name of a police station whose SHO was among the dead"),
  C(["Bolan"], "Bolan", "only inside a hospital's name (Bolan Medical Complex)"),
  C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province named as overall setting"),
  C(["Saidu Sharif"], "Saidu Sharif", "where the dead and injured were taken")])

PLACES["bd-002"] = (
 [I(["QUETTA", "Quetta"], "Quetta", "town", "Quetta", *Q),
  I(["Alamdar Road"], "Alamdar Road", "neighbourhood", "Quetta", 30.20, 67.03),
  I(["Mastung"], "Mastung", "district", "Mastung", None, None)],
 [C(["Islamabad"], "Islamabad", "federal government acting; site of solidarity sit-ins (no violence)"),
  C(["Balochistan"], "Balochistan", "province as overall setting"),
  C(["Iran"], "Iran", "destination of the pilgrims (Iran-bound)"),
  C(["Karachi"], "Karachi", "solidarity sit-ins, no violence"),
  C(["Lahore"], "Lahore", "solidarity sit-ins, no violence")])

PLACES["bd-003"] = (
 [I(["Mastung"], "Mastung", "district", "Mastung", None, None),
  I(["Dringarh"], "Dringarh", "town", "Mastung", None, None),
  I(["RCD Highway"], "RCD Highway", "road", None, None, None)],
 [C(["QUETTA", "Quetta"], "Quetta", "dateline, convoy's origin, where the injured were taken, distance reference"),
  C(["Taftan"], "Taftan", "destination of the convoy"),
  C(["Iran"], "Iran", "destination of the pilgrims"),
  C(["Punjab"], "Punjab", "home province of the pilgrims"),
  C(["Balochistan"], "Balochistan", "only in an official's title"),
  C(["Bolan"], "Bolan", "only inside a hospital's name (Bolan Medical Complex)")])

PLACES["bd-004"] = (
 [I(["QUETTA", "Quetta"], "Quetta", "town", "Quetta", *Q),
  I(["Civil Hospital"], "Civil Hospital Quetta", "site", "Quetta", *Q),
  I(["Mannu Jan Road"], "Mannu Jan Road", "road", "Quetta", *Q)],
 [C(["Pakistan"], "Pakistan", "country as overall setting"),
  C(["Balochistan"], "Balochistan", "province as setting; inside 'Balochistan Bar Association'"),
  C(["India"], "India", "accused by the chief minister"),
  C(["New Delhi"], "New Delhi", "government responding"),
  C(["Afghanistan"], "Afghanistan", "neighbouring country, background"),
  C(["Iran"], "Iran", "neighbouring country, background"),
  C(["China"], "China", "investor, background")])

PLACES["bd-005"] = (
 [I(["Shah Noorani"], "Shah Noorani", "site", "Khuzdar", None, None),
  I(["Khuzdar"], "Khuzdar", "district", "Khuzdar", None, None),
  I(["QUETTA", "Quetta"], "Quetta", "town", "Quetta", *Q),
  I(["Civil Hospital"], "Civil Hospital Quetta", "site", "Quetta", *Q)],
 [C(["KARACHI", "Karachi"], "Karachi", "dateline, distance reference, origin of ambulances and visitors, where the injured were taken"),
  C(["Hub"], "Hub", "origin of ambulances and where the injured were taken"),
  C(["Lasbela"], "Lasbela", "district of Hub, named only to locate it"),
  C(["Sindh"], "Sindh", "home province of the visitors"),
  C(["Balochistan"], "Balochistan", "only in an official's title")])

PLACES["bd-006"] = (
 [I(["Mastung"], "Mastung", "district", "Mastung", None, None),
  I(["Dringarh"], "Dringarh", "town", "Mastung", None, None),
  I(["Bannu"], "Bannu", "town", None, 32.99, 70.60),
  I(["Peshawar"], "Peshawar", "town", None, 34.01, 71.58)],
 [C(["Pakistan"], "Pakistan", "country as overall setting"),
  C(["Balochistan"], "Balochistan", "inside a party's name and an official's title"),
  C(["Quetta"], "Quetta", "where the candidate was being taken; distance reference"),
  C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "only in a politician's title")])

PLACES["bd-007"] = (
 [I(["Kech"], "Kech", "district", "Kech", None, None),
  I(["Dasht"], "Dasht", "region", "Kech", None, None),
  I(["Lahore"], "Lahore", "town", None, 31.55, 74.34),
  I(["Anarkali"], "Anarkali", "neighbourhood", None, 31.57, 74.31)],
 [C(["Turbat"], "Turbat", "where the bodies were airlifted; district headquarters"),
  C(["Makran"], "Makran", "region named as general setting"),
  C(["Pakistan"], "Pakistan", "country; inside 'Pakistan army'")])

PLACES["bd-008"] = (
 [I(["Makran Coastal Highway"], "Makran Coastal Highway", "road", None, None, None),
  I(["Buzi Top"], "Buzi Top", "site", "Gwadar", None, None),
  I(["Ormara"], "Ormara", "town", "Gwadar", 25.21, 64.64),
  I(["Gwadar"], "Gwadar", "district", "Gwadar", None, None),
  I(["Mastung"], "Mastung", "district", "Mastung", None, None),
  I(["QUETTA", "Quetta"], "Quetta", "town", "Quetta", *Q),
  I(["Hazarganji"], "Hazarganji", "neighbourhood", "Quetta", None, None)],
 [C(["KARACHI", "Karachi"], "Karachi", "dateline; route end; where bodies were sent; 'Karachi-bound'")])

PLACES["bd-009"] = (
 [I(["Noshki", "Naushki"], "Nushki", "district", "Nushki", None, None),
  I(["Panjgur"], "Panjgur", "district", "Panjgur", None, None),
  I(["Kech"], "Kech", "district", "Kech", None, None)],
 [C(["QUETTA"], "Quetta", "dateline only"),
  C(["Pakistan"], "Pakistan", "country as overall setting"),
  C(["Baluchistan"], "Balochistan", "province as setting; inside the BLA's name"),
  C(["Afghanistan"], "Afghanistan", "accused of hosting 'handlers'"),
  C(["India"], "India", "accused of hosting 'handlers'"),
  C(["China"], "China", "investor, background"),
  C(["Beijing"], "Beijing", "destination of the prime minister's trip")])

PLACES["bd-010"] = (
 [I(["GWADAR", "Gwadar"], "Gwadar", "town", "Gwadar", 25.12, 62.33),
  I(["East Bay Expressway"], "East Bay Expressway", "road", "Gwadar", 25.12, 62.33),
  I(["Baloch Ward"], "Baloch Ward", "neighbourhood", "Gwadar", 25.12, 62.33),
  I(["Upper Kohistan"], "Upper Kohistan", "district", None, None, None),
  I(["Quetta"], "Quetta", "town", "Quetta", *Q),
  I(["Serena Hotel"], "Serena Hotel", "site", "Quetta", *Q)],
 [C(["Islamabad"], "Islamabad", "location of the Chinese embassy speaking"),
  C(["China"], "China", "only inside 'China-Pakistan Economic Corridor'"),
  C(["Pakistan"], "Pakistan", "only inside 'China-Pakistan Economic Corridor'"),
  C(["Makran Coastal Highway"], "Makran Coastal Highway", "road named only to describe the expressway's route"),
  C(["Dasu"], "Dasu", "only inside a project's name; the bus was bound there"),
  C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province named to locate Upper Kohistan"),
  C(["Balochistan"], "Balochistan", "only inside the BLA's name")])

PLACES["bd-011"] = (
 [I(["LORALAI", "Loralai"], "Loralai", "town", "Loralai", 30.37, 68.60)],
 [C(["Balochistan"], "Balochistan", "inside 'Balochistan Police' and 'FC Balochistan'"),
  C(["Quetta"], "Quetta", "where the injured were airlifted; distance reference"),
  C(["Pakistan"], "Pakistan", "only inside 'Tehreek-e-Taliban Pakistan'")])

PLACES["bd-012"] = (
 [I(["Zhob"], "Zhob", "town", "Zhob", 31.34, 69.45),
  I(["Zhob Cantt"], "Zhob Cantt", "site", "Zhob", 31.34, 69.45),
  I(["Sui"], "Sui", "town", "Dera Bugti", 28.64, 69.18),
  I(["Dera Bugti"], "Dera Bugti", "district", "Dera Bugti", None, None),
  I(["Kech"], "Kech", "district", "Kech", None, None)],
 [C(["QUETTA", "Quetta"], "Quetta", "dateline; coach's destination (Quetta-bound); where the injured were referred"),
  C(["Dera Ismail Khan"], "Dera Ismail Khan", "where the caught coach came from"),
  C(["Balochistan"], "Balochistan", "province as overall setting"),
  C(["Pakistan"], "Pakistan", "inside 'Pakistan Army' and a think tank's name"),
  C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province in a statistic")])

PLACES["bd-013"] = (
 [I(["Quetta"], "Quetta", "town", "Quetta", *Q),
  I(["Quetta Railway Station"], "Quetta Railway Station", "site", "Quetta", *Q),
  I(["Mastung"], "Mastung", "district", "Mastung", None, None)],
 [C(["Pakistan"], "Pakistan", "country as overall setting; inside 'Pakistan Railways'"),
  C(["Balochistan"], "Balochistan", "province as overall setting"),
  C(["Peshawar"], "Peshawar", "destination of the Jaffar Express, not hit"),
  C(["Chaman"], "Chaman", "destination of a train and inside its name, not hit"),
  C(["Islamabad"], "Islamabad", "correspondent's location"),
  C(["Afghanistan"], "Afghanistan", "neighbouring country, background"),
  C(["Iran"], "Iran", "neighbouring country, background"),
  C(["Gwadar"], "Gwadar", "port named as background"),
  C(["China"], "China", "accused by separatists, background")])

PLACES["bd-014"] = (
 [I(["Gwadar"], "Gwadar", "town", "Gwadar", 25.12, 62.33),
  I(["Port Authority Complex"], "Gwadar Port Authority Complex", "site", "Gwadar", 25.12, 62.33),
  I(["East Bay Expressway"], "East Bay Expressway", "road", "Gwadar", 25.12, 62.33)],
 [C(["ISLAMABAD"], "Islamabad", "dateline"),
  C(["DG Khan"], "Dera Ghazi Khan", "home district of a soldier killed elsewhere"),
  C(["Khairpur"], "Khairpur", "home district of a soldier killed elsewhere"),
  C(["Makran"], "Makran", "only in an official's title"),
  C(["Sindh"], "Sindh", "only in an official's title"),
  C(["China"], "China", "only inside a company's name"),
  C(["Beijing"], "Beijing", "government as investor"),
  C(["Pakistan"], "Pakistan", "country as overall setting")])

PLACES["bd-015"] = (
 [I(["Dalbandin"], "Dalbandin", "town", "Chagai", 28.89, 64.41),
  I(["Chagai"], "Chagai", "district", "Chagai", None, None),
  I(["Karachi"], "Karachi", "town", None, 24.86, 67.01)],
 [C(["QUETTA", "Quetta"], "Quetta", "dateline; distance reference; provincial capital"),
  C(["Pakistan"], "Pakistan", "country as overall setting"),
  C(["Baluchistan"], "Balochistan", "province as setting; inside the BLA's name"),
  C(["Saindak"], "Saindak", "origin of the bus; project name"),
  C(["Iran"], "Iran", "border named to locate the project"),
  C(["China"], "China", "partner in the project"),
  C(["Islamabad"], "Islamabad", "location of the embassy speaking")])

PLACES["bd-016"] = (
 [I(["Mach"], "Mach", "town", "Kachhi", 29.87, 67.33),
  I(["Kolpur"], "Kolpur", "town", "Kachhi", None, None),
  I(["Kachhi"], "Kachhi", "district", "Kachhi", None, None),
  I(["Bolan pass"], "Bolan Pass", "region", "Kachhi", None, None),
  I(["Panjgur"], "Panjgur", "town", "Panjgur", 26.97, 64.09),
  I(["Nushki"], "Nushki", "town", "Nushki", 29.55, 66.02)],
 [C(["QUETTA", "Quetta"], "Quetta", "dateline; distance reference"),
  C(["Pakistan"], "Pakistan", "country; 'Pakistan's military'"),
  C(["Balochistan"], "Balochistan", "province as overall setting"),
  C(["America"], "America", "only inside 'Voice of America'")])

PLACES["bd-017"] = (
 [I(["Fatehpur"], "Fatehpur", "town", "Jhal Magsi", None, None),
  I(["Jhal Magsi"], "Jhal Magsi", "district", "Jhal Magsi", None, None),
  I(["Naseerabad"], "Naseerabad division", "region", None, None, None)],
 [C(["DERA MURAD JAMALI", "Dera Murad Jamali"], "Dera Murad Jamali", "dateline; hospitals on emergency"),
  C(["Balochistan"], "Balochistan", "origin of devotees"),
  C(["Sindh"], "Sindh", "origin of devotees"),
  C(["Gandawah"], "Gandawah", "where the dead and injured were taken"),
  C(["Quetta"], "Quetta", "where the injured were referred; distance reference"),
  C(["Sibi"], "Sibi", "hospitals on emergency"),
  C(["Afghanistan"], "Afghanistan", "border mentioned by the minister")])

PLACES["bd-018"] = (
 [I(["KHUZDAR", "Khuzdar"], "Khuzdar", "town", "Khuzdar", 27.81, 66.61),
  I(["Zero Point"], "Zero Point", "site", "Khuzdar", 27.81, 66.61),
  I(["Quetta-Karachi highway"], "N-25 highway", "road", None, None, None),
  I(["Peshawar"], "Peshawar", "town", None, 34.01, 71.58)],
 [C(["Quetta"], "Quetta", "where injured children were airlifted; inside the road's name"),
  C(["Karachi"], "Karachi", "where injured children were airlifted; inside the road's name"),
  C(["India"], "India", "accused by the ISPR"),
  C(["New Delhi"], "New Delhi", "government responding"),
  C(["Hindustan"], "Hindustan", "only inside the label 'Fitna al-Hindustan'"),
  C(["Balochistan"], "Balochistan", "only in an official's title")])

PLACES["bd-019"] = (
 [I(["KARACHI", "Karachi"], "Karachi", "town", None, 24.86, 67.01),
  I(["Jinnah International Airport"], "Jinnah International Airport", "site", None, 24.90, 67.16),
  I(["Clifton"], "Clifton", "neighbourhood", None, 24.81, 67.03),
  I(["Dalbandin"], "Dalbandin", "town", "Chagai", 28.89, 64.41),
  I(["Dasu"], "Dasu", "town", None, 35.29, 73.29),
  I(["Upper Kohistan"], "Upper Kohistan", "district", None, None, None),
  I(["Gwadar"], "Gwadar", "town", "Gwadar", 25.12, 62.33),
  I(["East Bay Expressway"], "East Bay Expressway", "road", "Gwadar", 25.12, 62.33),
  I(["Karachi University"], "University of Karachi", "site", None, 24.94, 67.12),
  I(["Besham"], "Besham", "town", None, 34.93, 72.88)],
 [C(["Port Qasim"], "Port Qasim", "only inside a company's name"),
  C(["Sindh"], "Sindh", "official's title; province in a list of settings"),
  C(["Balochistan"], "Balochistan", "province in a list of settings"),
  C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province in a list of settings"),
  C(["Turbat"], "Turbat", "home town of a bomber who struck elsewhere"),
  C(["Afghanistan"], "Afghanistan", "accused of hosting militants"),
  C(["Beijing"], "Beijing", "government reacting"),
  C(["Islamabad"], "Islamabad", "government"),
  C(["Pakistan"], "Pakistan", "country addressed by the embassy")])

PLACES["bd-020"] = (
 [I(["Turbat"], "Turbat", "town", "Kech", 26.00, 63.05),
  I(["Gogdan"], "Gogdan", "site", "Kech", None, None),
  I(["Kech"], "Kech", "district", "Kech", None, None)],
 [C(["QUETTA"], "Quetta", "dateline"),
  C(["RAHIM YAR KHAN", "Rahim Yar Khan"], "Rahim Yar Khan", "dateline; victims' home district; funerals"),
  C(["Sadiqabad"], "Sadiqabad", "funeral prayers"),
  C(["Sindh"], "Sindh", "victims' home province"),
  C(["Punjab"], "Punjab", "victims' home province"),
  C(["Balochistan"], "Balochistan", "province as setting; official's title"),
  C(["India"], "India", "accused by the home minister"),
  C(["Sheikh Zayed International Airport"], "Sheikh Zayed International Airport", "airport (named after a person) where the minister spoke; no violence there")])

PLACES["bd-021"] = (
 [I(["Mangochar"], "Mangochar", "town", "Kalat", None, None),
  I(["Kalat"], "Kalat", "district", "Kalat", None, None),
  I(["N-25"], "N-25 highway", "road", None, None, None),
  I(["Harnai"], "Harnai", "district", "Sibi", None, None)],
 [C(["Mastung"], "Mastung", "named only to describe Mangochar's location"),
  C(["Balochistan"], "Balochistan", "province as setting; inside 'The Balochistan Post'"),
  C(["Pakistan"], "Pakistan", "country; 'Pakistan army'")])

PLACES["bd-022"] = (
 [I(["Buleda"], "Buleda", "region", "Kech", None, None),
  I(["Gorak"], "Gorak", "site", "Kech", None, None),
  I(["Kech"], "Kech", "district", "Kech", None, None)],
 [C(["TURBAT", "Turbat"], "Turbat", "dateline; hospital; funeral prayers; official's title"),
  C(["Punjab"], "Punjab", "victims' home province"),
  C(["Gujrat"], "Gujrat", "victims' home district"),
  C(["Mandi Bahauddin"], "Mandi Bahauddin", "victims' home district"),
  C(["Sialkot"], "Sialkot", "victims' home district"),
  C(["Sambrial"], "Sambrial", "survivor's home town"),
  C(["Iran"], "Iran", "intended destination"),
  C(["Europe"], "Europe", "intended destination"),
  C(["Quetta"], "Quetta", "distance reference")])

PLACES["bd-023"] = (
 [I(["PESHAWAR", "Peshawar"], "Peshawar", "town", None, 34.01, 71.58),
  I(["Police Lines"], "Police Lines Peshawar", "site", None, 34.01, 71.58),
  I(["Paktika"], "Paktika", "region", None, None, None)],
 [C(["Pakistan"], "Pakistan", "country as overall setting"),
  C(["Afghanistan"], "Afghanistan", "country named to locate Paktika; accused"),
  C(["Islamabad"], "Islamabad", "government accusing"),
  C(["Kabul"], "Kabul", "government accused"),
  C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province as overall setting")])

PLACES["bd-024"] = (
 [I(["SEHWAN", "Sehwan"], "Sehwan", "town", None, 26.42, 67.86),
  I(["Lahore"], "Lahore", "town", None, 31.55, 74.34),
  I(["The Mall"], "The Mall Lahore", "road", None, 31.56, 74.32),
  I(["Shah Noorani"], "Shah Noorani", "site", "Khuzdar", None, None),
  I(["Khuzdar"], "Khuzdar", "district", "Khuzdar", None, None)],
 [C(["Pakistan"], "Pakistan", "country as overall setting"),
  C(["Sindh"], "Sindh", "province named to locate Sehwan"),
  C(["Jamshoro"], "Jamshoro", "where the wounded were moved"),
  C(["Hyderabad"], "Hyderabad", "where the wounded were moved"),
  C(["Nawabshah"], "Nawabshah", "where the wounded were moved"),
  C(["Karachi"], "Karachi", "where the wounded were moved"),
  C(["Afghanistan"], "Afghanistan", "neighbouring country; border closed, diplomats summoned"),
  C(["Torkham"], "Torkham", "border crossing closed, no violence"),
  C(["Chaman"], "Chaman", "border crossing closed, no violence"),
  C(["Baluchistan"], "Balochistan", "province named to locate Khuzdar")])

PLACES["bd-025"] = (
 [I(["KARACHI", "Karachi"], "Karachi", "town", None, 24.86, 67.01),
  I(["University of Karachi", "KU"], "University of Karachi", "site", None, 24.94, 67.12),
  I(["Clifton"], "Clifton", "neighbourhood", None, 24.81, 67.03)],
 [C(["Turbat"], "Turbat", "home town of the bomber who struck elsewhere"),
  C(["Kech"], "Kech", "home district of the bomber"),
  C(["Balochistan"], "Balochistan", "bomber's home province; BLA demands"),
  C(["Pakistan"], "Pakistan", "inside 'Pakistan Penal Code'; country addressed by China"),
  C(["Islamabad"], "Islamabad", "location of the embassy visited"),
  C(["Beijing"], "Beijing", "government speaking"),
  C(["China"], "China", "government warned by the BLA")])

PLACES["bd-026"] = (
 [I(["Kamra"], "Kamra", "town", None, 33.87, 72.40),
  I(["Minhas"], "PAF Base Minhas", "site", None, 33.87, 72.40),
  I(["Attock"], "Attock", "district", None, None, None),
  I(["Lulusar"], "Lulusar", "site", None, 35.08, 73.93),
  I(["Babusar Top", "Babusar"], "Babusar Top", "site", None, 35.15, 74.05),
  I(["MANSEHRA", "Mansehra"], "Mansehra", "district", None, None, None),
  I(["Kohistan"], "Kohistan", "district", None, None, None)],
 [C(["ISLAMABAD", "Islamabad"], "Islamabad", "dateline; distance reference"),
  C(["Pakistan"], "Pakistan", "inside 'Pakistan Air Force' and 'Tehreek-e-Taliban Pakistan'"),
  C(["Gilgit"], "Gilgit", "route end; Gilgit-bound; where bodies were taken"),
  C(["Rawalpindi"], "Rawalpindi", "route end"),
  C(["Naran"], "Naran", "distance reference"),
  C(["Gilgit-Baltistan"], "Gilgit-Baltistan", "officials speaking; where bodies were taken"),
  C(["Kaghan"], "Kaghan", "earlier stop of the passengers, no violence there"),
  C(["Skardu"], "Skardu", "where bodies were taken"),
  C(["Khyber Agency"], "Khyber Agency", "only in the name of a TTP chapter")])

PLACES["bd-027"] = (
 [I(["Daraban"], "Daraban", "town", None, 31.73, 70.33),
  I(["DERA ISMAIL KHAN", "Dera Ismail Khan", "D.I. Khan"], "Dera Ismail Khan", "district", None, None, None),
  I(["Darazinda"], "Darazinda", "town", None, None, None),
  I(["Kolachi"], "Kolachi", "town", None, 31.93, 70.46),
  I(["Zhob"], "Zhob", "town", "Zhob", 31.34, 69.45)],
 [C(["Khyber Pakhtunkhwa", "KP"], "Khyber Pakhtunkhwa", "province as overall setting"),
  C(["Islamabad"], "Islamabad", "government acting"),
  C(["Afghanistan"], "Afghanistan", "government addressed"),
  C(["South Waziristan"], "South Waziristan", "named only as a neighbouring district"),
  C(["Balochistan"], "Balochistan", "province named to locate Zhob; neighbouring province"),
  C(["Pakistan"], "Pakistan", "only inside 'Tehreek-i-Jihad Pakistan'")])

PLACES["bd-028"] = (
 [I(["LAHORE", "Lahore"], "Lahore", "town", None, 31.55, 74.34),
  I(["Gulshan-e-Iqbal Park"], "Gulshan-e-Iqbal Park", "site", None, 31.51, 74.29),
  I(["Faisalabad"], "Faisalabad", "town", None, 31.42, 73.08),
  I(["Sialkot"], "Sialkot", "town", None, 32.49, 74.53),
  I(["Rahim Yar Khan"], "Rahim Yar Khan", "town", None, 28.42, 70.30),
  I(["Kasur"], "Kasur", "town", None, 31.12, 74.45),
  I(["Muzaffargarh"], "Muzaffargarh", "town", None, 30.07, 71.19)],
 [C(["Punjab"], "Punjab", "province as overall setting; official's title"),
  C(["Pakistan"], "Pakistan", "only inside 'Tehreek-e-Taliban Pakistan'"),
  C(["Washington"], "Washington", "destination of a cancelled visit")])

PLACES["bd-029"] = (
 [I(["Besham"], "Besham", "town", None, 34.93, 72.88),
  I(["Shangla"], "Shangla", "district", None, None, None),
  I(["Karakoram Highway"], "Karakoram Highway", "road", None, None, None),
  I(["Dasu"], "Dasu", "town", None, 35.29, 73.29),
  I(["Turbat"], "Turbat", "town", "Kech", 26.00, 63.05),
  I(["Gwadar"], "Gwadar", "town", "Gwadar", 25.12, 62.33),
  I(["Port Authority complex"], "Gwadar Port Authority Complex", "site", "Gwadar", 25.12, 62.33),
  I(["Dera Ismail Khan"], "Dera Ismail Khan", "district", None, None, None)],
 [C(["ISLAMABAD", "Islamabad"], "Islamabad", "dateline; convoy's origin"),
  C(["Khyber Pakhtunkhwa"], "Khyber Pakhtunkhwa", "province named to locate Shangla"),
  C(["Malakand"], "Malakand", "only in an official's title"),
  C(["Diamer-Bhasha"], "Diamer-Bhasha", "only inside a project's name"),
  C(["Tarbela"], "Tarbela", "only inside a project's name"),
  C(["Balochistan"], "Balochistan", "province named to locate Turbat"),
  C(["Pakistan"], "Pakistan", "country addressed by the embassy")])

PLACES["bd-030"] = (
 [I(["Turbat"], "Turbat", "town", "Kech", 26.00, 63.05),
  I(["Satellite Town"], "Satellite Town Turbat", "neighbourhood", "Kech", 26.00, 63.05),
  I(["Kech"], "Kech", "district", "Kech", None, None),
  I(["Gogdan"], "Gogdan", "site", "Kech", None, None),
  I(["Gwadar"], "Gwadar", "town", "Gwadar", 25.12, 62.33),
  I(["Hoshab"], "Hoshab", "town", "Kech", None, None),
  I(["Buleda"], "Buleda", "region", "Kech", None, None),
  I(["Makran Coastal Highway"], "Makran Coastal Highway", "road", None, None, None),
  I(["Ormara"], "Ormara", "town", "Gwadar", 25.21, 64.64)],
 [C(["QUETTA", "Quetta"], "Quetta", "dateline; officials speaking"),
  C(["Rahim Yar Khan"], "Rahim Yar Khan", "victims' home district"),
  C(["Naushahro Feroze"], "Naushahro Feroze", "victims' home district"),
  C(["Sindh"], "Sindh", "victims' home province"),
  C(["Punjab"], "Punjab", "victims' home province"),
  C(["Iran"], "Iran", "intended destination of migrants"),
  C(["Europe"], "Europe", "intended destination of migrants"),
  C(["Makran"], "Makran", "region named as general setting"),
  C(["Balochistan"], "Balochistan", "province as overall setting")])

PLACES["bd-031"] = (
 [I(["KHARAN", "Kharan"], "Kharan", "district", "Kharan", None, None),
  I(["Bhat"], "Bhat", "site", "Kharan", None, None)],
 [C(["Quetta"], "Quetta", "where the wounded was shifted; distance reference")])
