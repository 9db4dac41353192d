# Gold data, reports bi-021 .. bi-030
from helpers import *

G = {}
E = {}

# ---------------- bi-021 Gandapur killed 2018
G['bi-021'] = dict(
 inc=[I(['Dera Ismail Khan','DERA ISMAIL KHAN','DI Khan'],'Dera Ismail Khan','district',None),
      I(['Kulachi'],'Kulachi','town',None,31.93,70.46),
      I(['Noori Darbar'],'Noori Darbar','site',None),
      I(['Kamalkhel'],'Kamalkhel','neighbourhood',None),
      I(['Bannu'],'Bannu','town',None,32.99,70.60),
      I(['Mastung'],'Mastung','district','Mastung')],
 ctx=[C(['Balochistan'],'Balochistan','province named as overall setting'),
      C(['Pakistan'],'Pakistan','only inside party names (Pakistan Tehreek-e-Insaf, TTP)')])
E['bi-021'] = dict(events=[
 ev(['Kulachi','Noori Darbar','Kamalkhel','Dera Ismail Khan'],'2018-07-22','day','Explosions/Remote violence','Suicide bomb','Tehreek-e-Taliban Pakistan','Civilians',
    [cl('the report','media','injured','unspecified',5,6,'Five to six others')],1),
 ev(['Kulachi'],'2013-10','month','Explosions/Remote violence','Suicide bomb',None,'Civilians',[],1),
 ev(['Bannu'],'2018-07-22','day','Violence against civilians','Attack','Unidentified Armed Group','Civilians',[],0),
 ev(['Bannu'],'2018-07-13','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Civilians',
    [cl('the report','media','killed','unspecified',4,4,'four people')],4),
 ev(['Mastung'],'2018-07-13','day','Explosions/Remote violence','Suicide bomb',None,'Civilians',
    [cl('the report','media','killed','unspecified',149,149,'149 people')],149)],
 agg=[])

# ---------------- bi-022 Pashto outlet: Rehan Zeb Khan killed in Bajaur
G['bi-022'] = dict(
 inc=[I(['Bajaur'],'Bajaur','district',None),
      I(['Sadiqabad Phatak','Siddiqabad'],'Sadiqabad Phatak','site',None),
      I(['Khar'],'Khar','town',None,34.73,71.52),
      I(['Chaman'],'Chaman','town','Qilla Abdullah',30.92,66.45),
      I(['Sibi'],'Sibi','town','Sibi',29.54,67.88),
      I(['Jinnah Road'],'Jinnah Road','road','Sibi')],
 ctx=[C(['Balochistan'],'Balochistan','province named as overall setting'),
      C(['Pakistan'],'Pakistan','only inside names (Election Commission of Pakistan, Pakistan Tehreek-e-Insaf)')])
E['bi-022'] = dict(events=[
 ev(['Bajaur','Sadiqabad Phatak'],'2024-01-31','day','Violence against civilians','Attack','Unidentified Armed Group','Civilians',
    [cl('police','police','injured','unspecified',4,4,'Four other people')],1),
 ev(['Khar'],'2023-07','month','Explosions/Remote violence','Suicide bomb','Islamic State (Khorasan Province)','Civilians',
    [cl('the report','media','killed','unspecified',51,None,'more than 50 people')],51),
 ev(['Chaman'],'2024-01-31',None,'Violence against civilians','Attack','Unidentified Armed Group','Civilians',
    [cl('Awami National Party','other','killed','civilian',1,1,'a worker')],1),
 ev(['Sibi','Jinnah Road'],'2024-01-30','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Civilians',
    [cl('the report','media','killed','unspecified',4,4,'four people')],4)],
 agg=[])

# ---------------- bi-023 Peshawar ATI 2017
G['bi-023'] = dict(
 inc=[I(['Peshawar','PESHAWAR'],'Peshawar','town',None,34.01,71.58),
      I(['University Road'],'University Road','road',None),
      I(['Hayatabad'],'Hayatabad','neighbourhood',None),
      I(['Charsadda'],'Charsadda','town',None,34.15,71.74)],
 ctx=[C(['Pakistan'],'Pakistan','country, overall setting'),
      C(['Afghanistan'],'Afghanistan','location of alleged handlers'),
      C(['Khyber'],'Khyber','only inside the name Khyber Teaching Hospital')])
E['bi-023'] = dict(events=[
 ev(['Peshawar','University Road'],'2017-12-01','day','Violence against civilians','Attack','Tehreek-e-Taliban Pakistan','Civilians',
    [cl('officials','government','killed','civilian',9,9,'nine people'),
     cl('officials','government','killed','militant',3,3,'all three attackers'),
     cl('provincial police chief Salahuddin Mehsud','police','injured','unspecified',35,None,'at least 35 people'),
     cl('director of the Hayatabad Medical Complex','medical','killed','unspecified',6,6,'six bodies'),
     cl('director of the Hayatabad Medical Complex','medical','injured','unspecified',18,18,'18 wounded'),
     cl('the report','media','killed','unspecified',3,3,'three bodies')],12),
 ev(['Peshawar','Hayatabad'],'2017-11-24','day','Explosions/Remote violence','Suicide bomb',None,'Police Forces of Pakistan',
    [cl('the report','media','killed','security',1,1,'a senior police officer')],1),
 ev(['Peshawar'],'2014-12','month','Violence against civilians','Attack',None,'Civilians',
    [cl('the report','media','killed','unspecified',141,None,'more than 140 people')],141),
 ev(['Charsadda'],'2016-01','month','Violence against civilians','Attack',None,'Civilians',
    [cl('the report','media','killed','unspecified',20,None,'at least 20 people')],20)],
 agg=[])

# ---------------- bi-024 Tangi court attack follow-up, arrests
G['bi-024'] = dict(
 inc=[I(['Charsadda','CHARSADDA'],'Charsadda','district',None),
      I(['Tangi'],'Tangi','town',None,34.30,71.65),
      I(['Lahore'],'Lahore','town',None,31.55,74.34),
      I(['Mall Road'],'Mall Road','road',None),
      I(['Sehwan'],'Sehwan','town',None,26.42,67.86),
      I(['Shabqadar'],'Shabqadar','town',None,34.22,71.55)],
 ctx=[C(['Khyber Pakhtunkhwa'],'Khyber Pakhtunkhwa','only in the police chief\'s title'),
      C(['Afghanistan'],'Afghanistan','alleged origin of the bombers'),
      C(['Peshawar'],'Peshawar','where seriously injured were moved'),
      C(['Pakistan'],'Pakistan','only inside the name Tehreek-i-Taliban Pakistan')])
E['bi-024'] = dict(events=[
 ev(['Tangi','Charsadda'],'2017-02-21','day','Explosions/Remote violence','Suicide bomb','Jamaat-ul-Ahrar','Civilians',
    [cl('Regional Police Officer Ijaz Khan','police','killed','civilian',7,7,'Seven civilians'),
     cl('Regional Police Officer Ijaz Khan','police','injured','unspecified',22,22,'22 injured'),
     cl('hospital sources','medical','killed','civilian',8,8,'eight'),
     cl('Regional Police Officer Ijaz Khan','police','killed','militant',3,3,'all three attackers')],11),
 ev(['Lahore','Mall Road'],'2017-02','month','Explosions/Remote violence','Suicide bomb',None,'Civilians',
    [cl('the report','media','killed','unspecified',14,14,'14 people')],14),
 ev(['Sehwan'],'2017-02','month','Explosions/Remote violence','Suicide bomb',None,'Civilians',
    [cl('the report','media','killed','unspecified',81,None,'more than 80 people')],81),
 ev(['Shabqadar','Charsadda'],'2016-03','month','Explosions/Remote violence','Suicide bomb',None,'Civilians',
    [cl('the report','media','killed','unspecified',17,17,'17 people')],17)],
 agg=[cl('the report','media','killed','unspecified',101,None,'more than 100 people'),
      cl('officials','government','arrested','militant',3,3,'three suspected facilitators')])

# ---------------- bi-025 Mardan NADRA office 2015
G['bi-025'] = dict(
 inc=[I(['Mardan'],'Mardan','town',None,34.20,72.04),
      I(['Nisatta Road'],'Nisatta Road','road',None),
      I(['Wagah'],'Wagah','site',None,31.60,74.57),
      I(['Peshawar'],'Peshawar','town',None,34.01,71.58),
      I(['Badaber'],'Badaber','site',None),
      I(['Kurram'],'Kurram','district',None),
      I(['North Waziristan'],'North Waziristan','district',None)],
 ctx=[C(['Islamabad'],'Islamabad','dateline'),
      C(['Pakistan'],'Pakistan','country, overall setting'),
      C(['Khyber Pakhtunkhwa'],'Khyber Pakhtunkhwa','only in the minister\'s title'),
      C(['India'],'India','neighbouring country named with the Wagah crossing')])
E['bi-025'] = dict(events=[
 ev(['Mardan','Nisatta Road'],'2015-12-29','day','Explosions/Remote violence','Suicide bomb','Jamaat-ul-Ahrar','Civilians',
    [cl('officials','government','killed','unspecified',26,26,'26 people'),
     cl('officials','government','injured','unspecified',51,None,'more than 50')],26),
 ev(['Wagah'],'2014','year','Explosions/Remote violence','Suicide bomb','Jamaat-ul-Ahrar','Civilians',[],None),
 ev(['Peshawar','Badaber'],'2015-09','month','Battles','Armed clash','Tehreek-e-Taliban Pakistan','Military Forces of Pakistan',
    [cl('the report','media','killed','unspecified',29,29,'29 people')],29),
 ev(['Kurram'],'2015-12','month','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Civilians',
    [cl('the report','media','killed','unspecified',24,24,'24 people')],24),
 ev(['North Waziristan'],'2014-06','month','Battles','Armed clash','Military Forces of Pakistan',None,[],None)],
 agg=[])

# ---------------- bi-026 Swabi aid workers' funerals
G['bi-026'] = dict(
 inc=[I(['Swabi','SWABI'],'Swabi','district',None),
      I(['Anbar'],'Anbar','site',None),
      I(['Karachi'],'Karachi','town',None,24.86,67.01),
      I(['Peshawar'],'Peshawar','town',None,34.01,71.58)],
 ctx=[C(['Pakistan'],'Pakistan','country, overall setting'),
      C(['Sher Afzal Banda'],'Sher Afzal Banda','workplace the victims were leaving; attack happened elsewhere'),
      C(['Islamabad'],'Islamabad','in the motorway name and as distance reference'),
      C(['Yar Hussain'],'Yar Hussain','burial place / home village of a victim'),
      C(['Zaida'],'Zaida','burial place / home village of a victim'),
      C(['Manki'],'Manki','burial place / home village of a victim'),
      C(['Marghuz'],'Marghuz','burial place / home village of a victim'),
      C(['Jalsai'],'Jalsai','burial place / home village of victims'),
      C(['Chota Lahor'],'Chota Lahor','burial place / home village of a victim'),
      C(['Swat'],'Swat','area where the charity suspended work'),
      C(['Dir'],'Dir','area where the charity suspended work'),
      C(['Dera Ismail Khan'],'Dera Ismail Khan','area where the charity suspended work'),
      C(['South Waziristan'],'South Waziristan','area where the charity suspended work')])
E['bi-026'] = dict(events=[
 ev(['Swabi','Anbar'],'2013-01-01','day','Violence against civilians','Attack','Unidentified Armed Group','Civilians',
    [cl('the report','media','killed','civilian',7,7,'seven staff')],7),
 ev(['Karachi'],'2012-12','month','Violence against civilians','Attack',None,'Civilians',[],None),
 ev(['Peshawar'],'2012-12','month','Violence against civilians','Attack',None,'Civilians',[],None)],
 agg=[cl('the report','media','killed','civilian',9,9,'nine health workers')])

# ---------------- bi-027 Lahore Ahmadi worship places 2010
G['bi-027'] = dict(
 inc=[I(['Lahore','LAHORE'],'Lahore','town',None,31.55,74.34),
      I(['Model Town'],'Model Town','neighbourhood',None),
      I(['Garhi Shahu'],'Garhi Shahu','neighbourhood',None)],
 ctx=[C(['Punjab'],'Punjab','province; in the TTP chapter name and the chief minister\'s title'),
      C(['Pakistan'],'Pakistan','country ("Pakistan\'s parliament")'),
      C(['Rabwah'],'Rabwah','seat of the community\'s headquarters, no attack there'),
      C(['Chenab Nagar'],'Chenab Nagar','official name of Rabwah, no attack there'),
      C(['Chiniot'],'Chiniot','district of Rabwah, no attack there')])
E['bi-027'] = dict(events=[
 ev(['Lahore','Model Town','Garhi Shahu'],'2010-05-28','day','Violence against civilians','Attack','Tehreek-e-Taliban Pakistan','Civilians',
    [cl('officials','government','killed','unspecified',80,None,'at least 80 people'),
     cl('officials','government','injured','unspecified',101,None,'more than 100')],80)],
 agg=[])

# ---------------- bi-028 National Assembly proceedings, Islamabad courts 2014
G['bi-028'] = dict(
 inc=[I(['Islamabad','ISLAMABAD'],'Islamabad','town',None,33.69,73.05),
      I(['F-8'],'F-8','neighbourhood',None),
      I(['Karachi'],'Karachi','town',None,24.86,67.01),
      I(['Mohmand'],'Mohmand','district',None)],
 ctx=[C(['Pakistan'],'Pakistan','only inside the name Tehreek-i-Taliban Pakistan')])
E['bi-028'] = dict(events=[
 ev(['Islamabad','F-8'],'2014-03-03','day','Explosions/Remote violence','Suicide bomb','Ahrar-ul-Hind','Civilians',
    [cl('Interior Minister Chaudhry Nisar Ali Khan','government','killed','unspecified',12,12,'12 people'),
     cl('Interior Minister Chaudhry Nisar Ali Khan','government','injured','unspecified',28,28,'28 injured'),
     cl('initial reports','media','killed','unspecified',11,11,'11 dead'),
     cl('initial reports','media','injured','unspecified',29,29,'29 wounded')],12),
 ev(['Karachi'],'2014-02','month','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Police Forces of Pakistan',
    [cl('the report','media','killed','security',13,13,'13 policemen')],13),
 ev(['Mohmand'],'2014-02','month','Violence against civilians','Attack',None,'Frontier Corps',
    [cl('the report','media','killed','security',23,23,'23 Frontier Corps personnel')],23),
 ev(['Islamabad'],'2007-07','month','Explosions/Remote violence','Suicide bomb',None,'Civilians',
    [cl('the report','media','killed','unspecified',13,None,'more than a dozen people')],13)],
 agg=[])

# ---------------- bi-029 weekly feature on attacks on labourers
G['bi-029'] = dict(
 inc=[I(['Kaleri'],'Kaleri','site','Khuzdar'),
      I(['Nal'],'Nal','town','Khuzdar'),
      I(['Khuzdar'],'Khuzdar','district','Khuzdar'),
      I(['Dasht'],'Dasht','region','Mastung'),
      I(['Mastung'],'Mastung','district','Mastung'),
      I(['Shiktaak'],'Shiktaak','site','Kharan',28.58,65.42),
      I(['Kharan'],'Kharan','town','Kharan',28.58,65.42),
      I(['Khuda-i-Abadan'],'Khuda-i-Abadan','neighbourhood','Panjgur'),
      I(['Panjgur'],'Panjgur','town','Panjgur',26.97,64.09),
      I(['Durg'],'Durg','town','Musakhel'),
      I(['Musakhel'],'Musakhel','district','Musakhel'),
      I(['Zareen Jangal'],'Zareen Jangal','site','Nushki'),
      I(['Noshki'],'Nushki','town','Nushki',29.55,66.02),
      I(['Gogdan'],'Gogdan','town','Kech'),
      I(['Turbat'],'Turbat','town','Kech',26.00,63.05),
      I(['Dalbandin'],'Dalbandin','town','Chagai',28.89,64.41),
      I(['Chagai'],'Chagai','district','Chagai')],
 ctx=[C(['Sindh'],'Sindh','province of origin of abducted workers'),
      C(['Balochistan'],'Balochistan','province named as overall setting'),
      C(['Basima'],'Basima','destination of the road project, no attack there'),
      C(['Washuk'],'Washuk','district of project destinations, no attack there'),
      C(['Ghotki'],'Ghotki','home area of victims killed elsewhere'),
      C(['RCD Highway'],'RCD Highway','road the project links to'),
      C(['Multan'],'Multan','home town of victims killed elsewhere'),
      C(['Punjab'],'Punjab','province of origin of victims'),
      C(['Saindak'],'Saindak','only inside a project name (Saindak copper and gold project)'),
      C(['China'],'China','only inside the name China-Pakistan Economic Corridor'),
      C(['Pakistan'],'Pakistan','only inside the name China-Pakistan Economic Corridor'),
      C(['Zehri'],'Zehri','only inside a personal name (Sanaullah Zehri)')])
E['bi-029'] = dict(events=[
 ev(['Nal','Kaleri','Khuzdar'],'2025-10-23','day','Violence against civilians','Abduction/forced disappearance','Unidentified Armed Group','Civilians',
    [cl('the report','media','abducted','civilian',20,20,'Twenty men'),
     cl('the report','media','abducted','civilian',18,18,'The remaining 18')],0),
 ev(['Dasht','Mastung'],'2025-10','month','Violence against civilians','Abduction/forced disappearance','Unidentified Armed Group','Civilians',
    [cl('the report','media','abducted','civilian',9,9,'nine labourers')],0),
 ev(['Kharan','Shiktaak'],'2017-04','month','Violence against civilians','Attack','Unidentified Armed Group','Civilians',
    [cl('the report','media','killed','civilian',4,4,'four labourers')],4),
 ev(['Panjgur','Khuda-i-Abadan'],'2024-09','month','Violence against civilians','Attack','Unidentified Armed Group','Civilians',
    [cl('the report','media','killed','civilian',7,7,'seven labourers')],7),
 ev(['Durg','Musakhel'],'2024-09','month','Strategic developments','Looting/property destruction','Unidentified Armed Group','Civilians',[],0),
 ev(['Nushki','Zareen Jangal'],'2024-11-28','day','Violence against civilians','Abduction/forced disappearance','Unidentified Armed Group','Civilians',
    [cl('the report','media','abducted','civilian',6,6,'six labourers')],0),
 ev(['Gogdan'],'2015-04','month','Violence against civilians','Attack','Unidentified Armed Group','Civilians',
    [cl('the report','media','killed','civilian',20,20,'20 labourers')],20),
 ev(['Turbat'],'2023-10','month','Violence against civilians','Attack','Unidentified Armed Group','Civilians',
    [cl('the report','media','killed','civilian',6,6,'six labourers')],6),
 ev(['Dalbandin','Chagai'],'2018-08','month','Explosions/Remote violence','Suicide bomb',None,'Civilians',
    [cl('the report','media','injured','unspecified',6,6,'six people')],0)],
 agg=[])

# ---------------- bi-030 Kurram vehicles 2024
G['bi-030'] = dict(
 inc=[I(['Kurram'],'Kurram','district',None),
      I(['Sadda'],'Sadda','town',None,33.70,70.33),
      I(['Pewar'],'Pewar','site',None),
      I(['Muski'],'Muski','town',None),
      I(['Mir Ali'],'Mir Ali','town',None,32.97,70.27),
      I(['North Waziristan'],'North Waziristan','district',None)],
 ctx=[C(['PESHAWAR','Peshawar'],'Peshawar','dateline; destination of the vehicles'),
      C(['Pakistan'],'Pakistan','country, overall setting'),
      C(['Parachinar'],'Parachinar','origin of the vehicles and hospital location; attacks were elsewhere'),
      C(['Kothi Bala'],'Kothi Bala','origin of a vehicle attacked elsewhere'),
      C(['Hangu'],'Hangu','district of the vehicle\'s origin'),
      C(['Afghanistan'],'Afghanistan','neighbouring country named as border'),
      C(['Khyber Pakhtunkhwa'],'Khyber Pakhtunkhwa','province named in statistics')])
E['bi-030'] = dict(events=[
 ev(['Sadda','Kurram'],'2024-01-07','day','Violence against civilians','Attack','Unidentified Armed Group','Civilians',
    [cl('police','police','killed','unspecified',4,None,'At least four people'),
     cl('police','police','killed','security',2,2,'two security personnel'),
     cl('police','police','injured','unspecified',3,3,'three others')],4),
 ev(['Kurram'],'2023-12-26','day','Violence against civilians','Attack','Unidentified Armed Group','Civilians',
    [cl('local officials','government','killed','unspecified',2,2,'two people'),
     cl('local officials','government','injured','unspecified',5,5,'five injured')],2),
 ev(['Pewar'],'2024-01-01','day','Violence against civilians','Attack','Unidentified Armed Group','Civilians',
    [cl('local officials','government','injured','civilian',2,2,'Two passengers')],0),
 ev(['Kurram'],'2024-01-04','day','Violence against civilians','Attack','Unidentified Armed Group','Civilians',
    [cl('local officials','government','killed','unspecified',1,1,'one person')],1),
 ev(['Mir Ali','Muski','North Waziristan'],'2024-01','month','Violence against civilians','Attack','Unidentified Armed Group','Civilians',
    [cl('the report','media','killed','civilian',6,6,'six barbers')],6)],
 agg=[cl('official figures','government','killed','unspecified',620,620,'620 people'),
      cl('official figures','government','killed','security',306,306,'306 security personnel'),
      cl('official figures','government','killed','civilian',222,222,'222 civilians'),
      cl('official figures','government','killed','militant',92,92,'92 militants')])
