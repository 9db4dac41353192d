# Gold data, reports bi-001 .. bi-010
from helpers import *

G = {}
E = {}

# ---------------- bi-001 live blog, election day 2024-02-08
G['bi-001'] = dict(
 inc=[I(['Turbat'],'Turbat','town','Kech',26.00,63.05),
      I(['Kech'],'Kech','district','Kech'),
      I(['Gara Aslam'],'Gara Aslam','neighbourhood',None),
      I(['Kulachi'],'Kulachi','town',None,31.93,70.46),
      I(['Dera Ismail Khan'],'Dera Ismail Khan','district',None),
      I(['Kharan'],'Kharan','district','Kharan'),
      I(['Tank'],'Tank','town',None,32.22,70.38),
      I(['Gwadar'],'Gwadar','district','Gwadar'),
      I(['Panjgur'],'Panjgur','district','Panjgur'),
      I(['Khanozai'],'Khanozai','town','Pishin'),
      I(['Pishin'],'Pishin','district','Pishin'),
      I(['Qila Saifullah'],'Qila Saifullah','town','Qilla Saifullah',30.70,68.36)],
 ctx=[C(['Pakistan'],'Pakistan','country, overall setting'),
      C(['Khyber Pakhtunkhwa'],'Khyber Pakhtunkhwa','province named as overall setting'),
      C(['Quetta'],'Quetta','where the critically injured were shifted'),
      C(['Makran'],'Makran','only in an official\'s title (Makran Commissioner)'),
      C(['Balochistan'],'Balochistan','province; setting and minister\'s title')])
E['bi-001'] = dict(events=[
 ev(['Turbat'],'2024-02-08','day','Explosions/Remote violence','Shelling/artillery/missile attack',None,None,[],0),
 ev(['Kulachi','Gara Aslam','Dera Ismail Khan'],'2024-02-08','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Police Forces of Pakistan',
    [cl('district police chief Rauf Qaisrani','police','killed','security',4,4,'four policemen'),
     cl('police','police','killed','security',5,5,'five'),
     cl('police','police','injured','security',2,2,'Two more policemen')],5),
 ev(['Kharan'],'2024-02-08','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Levies Force',
    [cl('Deputy Commissioner Munir Ahmed Soomro','government','killed','security',2,2,'Two personnel'),
     cl('Deputy Commissioner Munir Ahmed Soomro','government','injured','security',7,7,'seven')],2),
 ev(['Tank'],'2024-02-08','day','Battles','Armed clash','Unidentified Armed Group',None,
    [cl('the report','media','killed','unspecified',1,1,'one person')],1),
 ev(['Gwadar'],'2024-02-08','day','Explosions/Remote violence','Grenade',None,None,[],None),
 ev(['Kech'],'2024-02-08','day','Explosions/Remote violence','Grenade',None,None,[],None),
 ev(['Panjgur'],'2024-02-08','day','Explosions/Remote violence','Grenade',None,None,[],None),
 ev(['Khanozai','Pishin'],'2024-02-07','day','Explosions/Remote violence','Remote explosive/landmine/IED','Islamic State (Pakistan Province)','Civilians',[],None),
 ev(['Qila Saifullah'],'2024-02-07','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Civilians',[],None)],
 agg=[cl('Balochistan Information Minister Jan Achakzai','government','killed','unspecified',30,30,'30 people'),
      cl('ISPR','military','killed','unspecified',12,12,'Twelve people'),
      cl('ISPR','military','killed','security',10,10,'ten of them'),
      cl('ISPR','military','injured','unspecified',39,39,'39')])

# ---------------- bi-002 district roundup
G['bi-002'] = dict(
 inc=[I(['KHARAN'],'Kharan','district','Kharan'),
      I(['KECH'],'Kech','district','Kech'),
      I(['Zamran'],'Zamran','town','Kech'),
      I(['Tump'],'Tump','town','Kech',26.12,62.37),
      I(['Gomazi'],'Gomazi','site','Kech'),
      I(['Turbat'],'Turbat','town','Kech',26.00,63.05),
      I(['Hoshab'],'Hoshab','town','Kech'),
      I(['Buleda'],'Buleda','town','Kech'),
      I(['PANJGUR','Panjgur'],'Panjgur','town','Panjgur',26.97,64.09),
      I(['GWADAR','Gwadar'],'Gwadar','district','Gwadar'),
      I(['Jiwani'],'Jiwani','town','Gwadar',25.05,61.75),
      I(['Pasni'],'Pasni','town','Gwadar',25.26,63.47),
      I(['Peshukan'],'Peshukan','town','Gwadar'),
      I(['Kalmat'],'Kalmat','town','Gwadar'),
      I(['Bagh Bazaar'],'Bagh Bazaar','neighbourhood','Gwadar'),
      I(['AWARAN'],'Awaran','district','Awaran'),
      I(['QUETTA','Quetta'],'Quetta','town','Quetta',30.18,67.00),
      I(['Killi Ahmedzai'],'Killi Ahmedzai','neighbourhood','Quetta'),
      I(['PISHIN'],'Pishin','district','Pishin'),
      I(['Khanozai'],'Khanozai','town','Pishin'),
      I(['QILA SAIFULLAH','Qila Saifullah'],'Qila Saifullah','town','Qilla Saifullah',30.70,68.36)],
 ctx=[C(['Balochistan'],'Balochistan','province; only in the name Balochistan Assembly'),
      C(['Makran'],'Makran','only in an official\'s title (the Makran commissioner)')])
E['bi-002'] = dict(events=[
 ev(['Kharan'],'2024-02-08','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Levies Force',
    [cl('district administration','government','killed','security',2,2,'Two security personnel'),
     cl('district administration','government','injured','security',7,7,'seven injured')],2),
 ev(['Zamran'],'2024-02-08','day','Strategic developments','Looting/property destruction','Unidentified Armed Group','Civilians',[],0),
 ev(['Tump','Gomazi'],'2024-02-08','day',None,None,None,None,[],0),
 ev(['Turbat'],'2024-02-08','day','Explosions/Remote violence','Shelling/artillery/missile attack',None,None,[],0),
 ev(['Hoshab'],'2024-02-06','day','Explosions/Remote violence','Grenade',None,None,[],0),
 ev(['Buleda'],'2024-02-06','day',None,None,None,'Civilians',[],0),
 ev(['Panjgur'],'2024-02-08','day','Explosions/Remote violence','Grenade',None,None,[],0),
 ev(['Panjgur'],'2024-02-06','day','Explosions/Remote violence',None,None,'Civilians',[],0),
 ev(['Gwadar'],'2024-02-08','day',None,None,'Baloch Liberation Army',None,[],None),
 ev(['Jiwani'],'2024-02-08','day',None,None,'Baloch Liberation Army',None,[],None),
 ev(['Pasni'],'2024-02-08','day',None,None,'Baloch Liberation Army',None,[],None),
 ev(['Peshukan'],'2024-02-08','day',None,None,'Baloch Liberation Army',None,[],None),
 ev(['Kalmat'],'2024-02-08','day',None,None,'Baloch Liberation Army',None,[],None),
 ev(['Pasni','Bagh Bazaar'],'2024-02-06','day','Strategic developments','Disrupted weapons use',None,None,[],0),
 ev(['Awaran'],'2024-02-06','day','Explosions/Remote violence','Grenade',None,'Civilians',[],0),
 ev(['Quetta','Killi Ahmedzai'],'2024-02-06','day','Explosions/Remote violence','Grenade',None,None,[],0),
 ev(['Khanozai','Pishin'],'2024-02-07','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Civilians',[],None),
 ev(['Qila Saifullah'],'2024-02-07','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Civilians',[],None)],
 agg=[cl('the report','media','killed','unspecified',28,None,'at least 28 people')])

# ---------------- bi-003 ISPR statement
G['bi-003'] = dict(
 inc=[I(['Kulachi'],'Kulachi','town',None,31.93,70.46),
      I(['Dera Ismail Khan'],'Dera Ismail Khan','district',None),
      I(['Kharan'],'Kharan','district','Kharan'),
      I(['Pishin'],'Pishin','district','Pishin'),
      I(['Qila Saifullah'],'Qila Saifullah','district','Qilla Saifullah')],
 ctx=[C(['RAWALPINDI'],'Rawalpindi','dateline; seat of the military media wing'),
      C(['Khyber Pakhtunkhwa'],'Khyber Pakhtunkhwa','province named as overall setting'),
      C(['Balochistan'],'Balochistan','province named as overall setting')])
E['bi-003'] = dict(events=[
 ev(['Kulachi','Dera Ismail Khan'],'2024-02-08','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Police Forces of Pakistan',
    [cl('officials','government','killed','security',5,5,'five policemen')],5),
 ev(['Kharan'],'2024-02-08','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,None,
    [cl('officials','government','killed','security',2,2,'two security personnel')],2),
 ev(['Pishin'],'2024-02-07','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Civilians',[],None),
 ev(['Qila Saifullah'],'2024-02-07','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Civilians',[],None)],
 agg=[cl('ISPR','military','killed','unspecified',12,12,'12 people'),
      cl('ISPR','military','killed','security',10,10,'10 personnel'),
      cl('ISPR','military','injured','unspecified',39,39,'39 others'),
      cl('ISPR','military','killed','militant',5,5,'Five terrorists'),
      cl('the report','media','killed','unspecified',28,28,'28 people')])

# ---------------- bi-004 follow-up, conflicting tolls
G['bi-004'] = dict(
 inc=[I(['Tank'],'Tank','town',None,32.22,70.38),
      I(['Kulachi'],'Kulachi','town',None,31.93,70.46),
      I(['Dera Ismail Khan'],'Dera Ismail Khan','district',None),
      I(['Gara Aslam'],'Gara Aslam','neighbourhood',None),
      I(['Kharan'],'Kharan','district','Kharan'),
      I(['Darazinda'],'Darazinda','town',None),
      I(['Khanozai'],'Khanozai','town','Pishin'),
      I(['Pishin'],'Pishin','district','Pishin'),
      I(['Qila Saifullah'],'Qila Saifullah','town','Qilla Saifullah',30.70,68.36)],
 ctx=[C(['PESHAWAR'],'Peshawar','dateline'),
      C(['QUETTA'],'Quetta','dateline'),
      C(['Khyber Pakhtunkhwa'],'Khyber Pakhtunkhwa','province named as overall setting'),
      C(['Balochistan'],'Balochistan','province; minister\'s title and setting')])
E['bi-004'] = dict(events=[
 ev(['Kulachi','Gara Aslam','Dera Ismail Khan'],'2024-02-08','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Police Forces of Pakistan',
    [cl('district police chief','police','killed','security',4,4,'four policemen'),
     cl('district police chief','police','injured','security',6,6,'six injured'),
     cl('police','police','killed','security',5,5,'five dead'),
     cl('police','police','injured','security',2,2,'two others')],5),
 ev(['Kharan'],'2024-02-08','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Levies Force',
    [cl('Deputy Commissioner Munir Ahmed Soomro','government','killed','security',2,2,'two personnel'),
     cl('Deputy Commissioner Munir Ahmed Soomro','government','injured','security',7,7,'seven wounded'),
     cl('an Urdu news channel','media','killed','security',1,1,'a single Levies man'),
     cl('an Urdu news channel','media','injured','unspecified',2,2,'two people'),
     cl('a Baloch news website','media','killed','security',2,2,'two Levies men'),
     cl('a Baloch news website','media','injured','unspecified',2,2,'wounding two')],2),
 ev(['Tank'],'2024-02-08','day','Battles','Armed clash','Unidentified Armed Group',None,
    [cl('local media','media','killed','unspecified',1,1,'one person')],1),
 ev(['Darazinda','Dera Ismail Khan'],'2024-02-10','day','Battles','Armed clash',None,'Police Forces of Pakistan',
    [cl('police','police','killed','security',1,1,'a policeman')],1),
 ev(['Khanozai','Pishin'],'2024-02-07','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Civilians',
    [cl('newspaper tallies','media','killed','unspecified',16,16,'16 in Pishin')],16),
 ev(['Qila Saifullah'],'2024-02-07','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Civilians',
    [cl('newspaper tallies','media','killed','unspecified',12,12,'12 in Qila Saifullah')],12)],
 agg=[cl('ISPR','military','killed','unspecified',12,12,'12 people'),
      cl('ISPR','military','killed','security',10,10,'10 of them'),
      cl('ISPR','military','injured','unspecified',39,39,'39 injured'),
      cl('the report','media','killed','unspecified',7,7,'seven deaths'),
      cl('the report','media','killed','unspecified',8,8,'eight'),
      cl("Balochistan's information minister",'government','killed','unspecified',30,30,'30 people'),
      cl('newspaper tallies','media','killed','unspecified',28,28,'28')])

# ---------------- bi-005 Quetta polling station 2018
G['bi-005'] = dict(
 inc=[I(['Quetta','QUETTA'],'Quetta','town','Quetta',30.18,67.00),
      I(['Eastern Bypass'],'Eastern Bypass','road','Quetta'),
      I(['Koshk'],'Koshk','town','Khuzdar'),
      I(['Khuzdar'],'Khuzdar','district','Khuzdar'),
      I(['Buleda'],'Buleda','town','Kech'),
      I(['Kech'],'Kech','district','Kech'),
      I(['Mastung'],'Mastung','district','Mastung')],
 ctx=[C(['Pakistan'],'Pakistan','country, overall setting'),
      C(['Balochistan'],'Balochistan','province named as overall setting'),
      C(['Chaman'],'Chaman','border crossing closed before the vote; no attack there'),
      C(['Afghanistan'],'Afghanistan','neighbouring country named with the border crossing')])
E['bi-005'] = dict(events=[
 ev(['Quetta','Eastern Bypass'],'2018-07-25','day','Explosions/Remote violence','Suicide bomb','Islamic State (Khorasan Province)','Civilians',
    [cl('the report','media','killed','unspecified',31,None,'at least 31 people'),
     cl('DIG CTD Aitzaz Goraya','police','killed','unspecified',31,31,'31'),
     cl('Civil Hospital spokesman','medical','killed','unspecified',29,29,'29 people'),
     cl('Civil Hospital spokesman','medical','killed','security',6,6,'six policemen'),
     cl('Civil Hospital spokesman','medical','killed','civilian',2,2,'two children'),
     cl('Civil Hospital spokesman','medical','injured','unspecified',35,35,'35')],31),
 ev(['Koshk','Khuzdar'],'2018-07-25','day','Explosions/Remote violence','Grenade',None,'Police Forces of Pakistan',
    [cl('officials','government','killed','security',1,1,'a policeman'),
     cl('officials','government','injured','security',3,3,'three others')],1),
 ev(['Buleda','Kech'],'2018-07-25','day','Battles','Armed clash','Unidentified Armed Group','Military Forces of Pakistan',
    [cl('local officials','government','killed','security',3,3,'three security personnel'),
     cl('local officials','government','killed','civilian',1,1,'a schoolteacher')],4),
 ev(['Mastung'],'2018-07-13','day','Explosions/Remote violence','Suicide bomb',None,'Civilians',
    [cl('the report','media','killed','unspecified',149,149,'149 people')],149)],
 agg=[cl('the report','media','killed','unspecified',181,None,'more than 180 people')])

# ---------------- bi-006 Quetta polio workers 2018
G['bi-006'] = dict(
 inc=[I(['Quetta','QUETTA'],'Quetta','town','Quetta',30.18,67.00),
      I(['Shalkot'],'Shalkot','neighbourhood','Quetta'),
      I(['Hazar Ganji'],'Hazar Ganji','neighbourhood','Quetta'),
      I(['Sariab Phatak'],'Sariab Phatak','site','Quetta'),
      I(['Zarghoon Road'],'Zarghoon Road','road','Quetta'),
      I(['Raisani Road'],'Raisani Road','road','Quetta'),
      I(['Balochistan Assembly'],'Balochistan Assembly','site','Quetta'),
      I(['Satellite Town'],'Satellite Town','neighbourhood','Quetta')],
 ctx=[C(['Balochistan'],'Balochistan','province; here only inside names (Balochistan Constabulary, Balochistan Assembly)'),
      C(['Pakistan'],'Pakistan','country, overall setting'),
      C(['Afghanistan'],'Afghanistan','polio-endemic country named in comparison'),
      C(['Nigeria'],'Nigeria','polio-endemic country named in comparison')])
E['bi-006'] = dict(events=[
 ev(['Quetta','Shalkot','Hazar Ganji'],'2018-01-18','day','Violence against civilians','Attack','Unidentified Armed Group','Civilians',
    [cl('police','police','killed','civilian',2,2,'two women')],2),
 ev(['Quetta','Sariab Phatak','Zarghoon Road'],'2018-01-18','day','Battles','Armed clash','Tehreek-e-Taliban Pakistan','Police Forces of Pakistan',
    [cl('the report','media','killed','security',2,2,'two policemen')],2),
 ev(['Quetta','Raisani Road'],'2018-01-16','day','Battles','Armed clash','Unidentified Armed Group','Police Forces of Pakistan',
    [cl('the report','media','killed','security',1,1,'A constable')],1),
 ev(['Quetta','Balochistan Assembly'],'2018-01-09','day','Explosions/Remote violence','Suicide bomb',None,'Police Forces of Pakistan',
    [cl('the report','media','killed','unspecified',6,6,'six people'),
     cl('the report','media','killed','security',4,4,'four of them')],6),
 ev(['Quetta','Satellite Town'],'2016-01','month','Explosions/Remote violence','Suicide bomb',None,'Police Forces of Pakistan',
    [cl('the report','media','killed','security',13,13,'13 policemen'),
     cl('the report','media','killed','civilian',1,1,'a civilian')],14)],
 agg=[])

# ---------------- bi-007 Taseer recovered in Kuchlak
G['bi-007'] = dict(
 inc=[I(['Kuchlak'],'Kuchlak','town','Quetta',30.41,66.97),
      I(['Lahore'],'Lahore','town',None,31.55,74.34),
      I(['Gulberg'],'Gulberg','neighbourhood',None),
      I(['Islamabad'],'Islamabad','town',None,33.69,73.05),
      I(['Shabqadar'],'Shabqadar','town',None,34.22,71.55),
      I(['Charsadda'],'Charsadda','district',None),
      I(['Multan'],'Multan','town',None,30.20,71.47)],
 ctx=[C(['Pakistan'],'Pakistan','country, overall setting'),
      C(['Balochistan'],'Balochistan','province named as setting and in the CTD\'s name'),
      C(['QUETTA','Quetta'],'Quetta','dateline; distance reference for Kuchlak'),
      C(['Punjab'],'Punjab','only in the governor\'s title')])
E['bi-007'] = dict(events=[
 ev(['Kuchlak'],'2016-03-08','day','Strategic developments','Other','Police Forces of Pakistan',None,[],0),
 ev(['Lahore','Gulberg'],'2011-08-26','day','Violence against civilians','Abduction/forced disappearance','Lashkar-e-Jhangvi','Civilians',[],0),
 ev(['Islamabad'],'2011-01','month','Violence against civilians','Attack',None,'Civilians',[],1),
 ev(['Shabqadar','Charsadda'],'2016-03-07','day','Explosions/Remote violence','Suicide bomb','Tehreek-e-Taliban Pakistan','Civilians',
    [cl('the report','media','killed','unspecified',17,17,'17 people')],17),
 ev(['Multan'],'2013-05','month','Violence against civilians','Abduction/forced disappearance',None,'Civilians',[],0)],
 agg=[])

# ---------------- bi-008 Buleda IED 2020
G['bi-008'] = dict(
 inc=[I(['Buleda'],'Buleda','town','Kech'),
      I(['Kech'],'Kech','district','Kech')],
 ctx=[C(['RAWALPINDI'],'Rawalpindi','dateline; seat of the military media wing'),
      C(['Balochistan'],'Balochistan','province; setting and unit name (FC South Balochistan)'),
      C(['Pakistan'],'Pakistan','only in "Pakistan-Iran border" as a distance reference'),
      C(['Iran'],'Iran','border used as distance reference'),
      C(['Makran'],'Makran','description of the patrol terrain, not an attack place'),
      C(['Hafizabad'],'Hafizabad','home town of a soldier killed elsewhere'),
      C(['Mianwali'],'Mianwali','home town of a soldier killed elsewhere'),
      C(['Taunsa Sharif'],'Taunsa Sharif','home town of soldiers killed elsewhere'),
      C(['Attock'],'Attock','home town of a soldier killed elsewhere'),
      C(['Mardan'],'Mardan','home town of a soldier killed elsewhere')])
E['bi-008'] = dict(events=[
 ev(['Buleda','Kech'],'2020-05-08','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Frontier Corps',
    [cl('ISPR','military','killed','security',6,6,'Six personnel'),
     cl('ISPR','military','injured','security',1,1,'A seventh soldier')],6)],
 agg=[])

# ---------------- bi-009 Jalgai cross-border 2023
G['bi-009'] = dict(
 inc=[I(['Jalgai'],'Jalgai','region','Kech'),
      I(['Kech'],'Kech','district','Kech'),
      I(['Panjgur'],'Panjgur','district','Panjgur')],
 ctx=[C(['ISLAMABAD','Islamabad'],'Islamabad','dateline; seat of the Foreign Office'),
      C(['Balochistan'],'Balochistan','province named as overall setting'),
      C(['Pakistan'],'Pakistan','country, overall setting'),
      C(['Iran'],'Iran','neighbouring country; attackers said to operate from its side'),
      C(['Tehran'],'Tehran','government called on to act')])
E['bi-009'] = dict(events=[
 ev(['Jalgai','Kech'],'2023-04-01','day','Battles','Armed clash','Unidentified Armed Group','Military Forces of Pakistan',
    [cl('ISPR','military','killed','security',4,4,'Four soldiers')],4),
 ev(['Panjgur'],'2023-01','month','Battles','Armed clash','Unidentified Armed Group','Military Forces of Pakistan',
    [cl('officials','government','killed','security',4,4,'four security personnel')],4)],
 agg=[])

# ---------------- bi-010 Mand IED 2025
G['bi-010'] = dict(
 inc=[I(['Kech'],'Kech','district','Kech'),
      I(['Sher Bandi'],'Sher Bandi','site','Kech'),
      I(['Mand'],'Mand','town','Kech',26.09,61.97)],
 ctx=[C(['TURBAT'],'Turbat','dateline'),
      C(['Balochistan'],'Balochistan','province named as overall setting'),
      C(['Dasht'],'Dasht','origin of the route on which the vehicle was hit, not the blast site'),
      C(['Loralai'],'Loralai','home town of a soldier killed elsewhere'),
      C(['Dera Ghazi Khan'],'Dera Ghazi Khan','home town of a soldier killed elsewhere'),
      C(['Sukkur'],'Sukkur','home town of a soldier killed elsewhere'),
      C(['Mardan'],'Mardan','home town of a soldier killed elsewhere'),
      C(['Swabi'],'Swabi','home town of a soldier killed elsewhere'),
      C(['India'],'India','country accused ("India-backed")')])
E['bi-010'] = dict(events=[
 ev(['Mand','Sher Bandi','Kech'],'2025-09-15','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Military Forces of Pakistan',
    [cl('officials','government','killed','security',5,5,'Five army personnel'),
     cl('security officials','military','killed','militant',5,5,'five militants')],5)],
 agg=[])
