# Gold data, reports bi-011 .. bi-020
from helpers import *

G = {}
E = {}

# ---------------- bi-011 Khuzdar journalist killed
G['bi-011'] = dict(
 inc=[I(['Khuzdar','KHUZDAR'],'Khuzdar','town','Khuzdar',27.80,66.61),
      I(['Chamrok'],'Chamrok','neighbourhood','Khuzdar'),
      I(['Sultan Ibrahim Khan Road'],'Sultan Ibrahim Khan Road','road','Khuzdar')],
 ctx=[C(['Balochistan'],'Balochistan','only in the chief minister\'s title'),
      C(['Pakistan'],'Pakistan','country, named in press-freedom ranking')])
E['bi-011'] = dict(events=[
 ev(['Khuzdar','Chamrok','Sultan Ibrahim Khan Road'],'2024-05-03','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Civilians',
    [cl('police','police','killed','civilian',2,2,'Two other people'),
     cl('SHO Ghulam Mustafa','police','injured','unspecified',9,9,'Nine people'),
     cl('SHO Ghulam Mustafa','police','killed','unspecified',3,3,'three'),
     cl('medical superintendent Dr Ali Ahmed Bangalzai','medical','injured','unspecified',7,7,'seven injured')],3),
 ev(['Khuzdar'],'2023-08','month','Violence against civilians','Attack','Unidentified Armed Group','Civilians',[],0)],
 agg=[])

# ---------------- bi-012 IFJ / PFUJ statement
G['bi-012'] = dict(
 inc=[I(['Khuzdar'],'Khuzdar','town','Khuzdar',27.80,66.61),
      I(['Sultan Ibrahim Khan Road'],'Sultan Ibrahim Khan Road','road','Khuzdar'),
      I(['Chamrok'],'Chamrok','neighbourhood','Khuzdar')],
 ctx=[C(['Balochistan'],'Balochistan','province named as overall setting'),
      C(['Pakistan'],'Pakistan','only inside organisation names (PFUJ, Independent News Pakistan)'),
      C(['Quetta'],'Quetta','place of journalists\' protests, not of an attack'),
      C(['London'],'London','only in "London-based Amnesty International"'),
      C(['Brussels'],'Brussels','location of the issuing organisation'),
      C(['Islamabad'],'Islamabad','location of the issuing organisation')])
E['bi-012'] = dict(events=[
 ev(['Khuzdar','Chamrok','Sultan Ibrahim Khan Road'],'2024-05-03','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Civilians',
    [cl('police','police','killed','civilian',2,2,'Two other men'),
     cl('police','police','injured','unspecified',9,None,'at least nine people')],3),
 ev(['Khuzdar'],'2023-08-11','day','Violence against civilians','Attack','Unidentified Armed Group','Civilians',[],0)],
 agg=[])

# ---------------- bi-013 Zehri convoy and Peshawar ANP meeting, 2013
G['bi-013'] = dict(
 inc=[I(['Khuzdar'],'Khuzdar','district','Khuzdar'),
      I(['Zehri'],'Zehri','town','Khuzdar'),
      I(['Ghat'],'Ghat','site','Khuzdar'),
      I(['Peshawar','PESHAWAR'],'Peshawar','town',None,34.01,71.58),
      I(['Yakatoot'],'Yakatoot','neighbourhood',None),
      I(['Munda Beri Road'],'Munda Beri Road','road',None)],
 ctx=[C(['QUETTA'],'Quetta','dateline'),
      C(['Balochistan'],'Balochistan','only in titles (PML-N Balochistan president, Balochistan IGP)'),
      C(['Anjira'],'Anjira','origin of the convoy, which was hit elsewhere'),
      C(['Pakistan'],'Pakistan','only inside the name Tehreek-e-Taliban Pakistan')])
E['bi-013'] = dict(events=[
 ev(['Zehri','Ghat','Khuzdar'],'2013-04-16','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Civilians',
    [cl('officials','government','killed','unspecified',4,4,'four people'),
     cl('officials','government','injured','unspecified',25,25,'25 people')],4),
 ev(['Peshawar','Yakatoot','Munda Beri Road'],'2013-04-16','day','Explosions/Remote violence','Suicide bomb',None,'Civilians',
    [cl('the report','media','killed','unspecified',16,None,'at least 16 people'),
     cl('Lady Reading Hospital chief executive Dr Arshad Javed','medical','killed','unspecified',16,16,'16 people'),
     cl('Lady Reading Hospital chief executive Dr Arshad Javed','medical','injured','unspecified',61,61,'61')],16),
 ev(['Peshawar'],'2012-12-22','day','Explosions/Remote violence','Suicide bomb','Tehreek-e-Taliban Pakistan','Civilians',[],1)],
 agg=[])

# ---------------- bi-014 Kharan labourers 2017
G['bi-014'] = dict(
 inc=[I(['Kharan'],'Kharan','town','Kharan',28.58,65.42),
      I(['Shiktaak'],'Shiktaak','site','Kharan',28.58,65.42),
      I(['Makran'],'Makran','region',None),
      I(['Lahore'],'Lahore','town',None,31.55,74.34),
      I(['Bedian Road'],'Bedian Road','road',None)],
 ctx=[C(['QUETTA','Quetta'],'Quetta','dateline; security tightened there, no attack'),
      C(['Ghotki'],'Ghotki','home area of the victims, killed elsewhere'),
      C(['Sindh'],'Sindh','province of the victims\' origin'),
      C(['Washuk'],'Washuk','destination of the road project, no attack there'),
      C(['RCD Highway'],'RCD Highway','road the project links to, no attack there'),
      C(['Dalbandin'],'Dalbandin','place on the project route, no attack there'),
      C(['Balochistan'],'Balochistan','province named as overall setting'),
      C(['Zehri'],'Zehri','only inside a personal name (Sanaullah Zehri)')])
E['bi-014'] = dict(events=[
 ev(['Kharan','Shiktaak'],'2017-04-05','day','Violence against civilians','Attack','Unidentified Armed Group','Civilians',
    [cl('officials','government','killed','civilian',4,4,'Four labourers')],4),
 ev(['Makran'],None,None,'Violence against civilians','Attack',None,'Civilians',[],None),
 ev(['Lahore','Bedian Road'],'2017-04-05','day','Explosions/Remote violence','Suicide bomb',None,'Military Forces of Pakistan',
    [cl('the report','media','killed','unspecified',6,None,'at least six people'),
     cl('the report','media','killed','security',4,4,'four of them soldiers')],6)],
 agg=[])

# ---------------- bi-015 Urdu daily: Noshki camp, Khuzdar machinery
G['bi-015'] = dict(
 inc=[I(['Noshki'],'Nushki','town','Nushki',29.55,66.02),
      I(['Zareen Jangal'],'Zareen Jangal','site','Nushki'),
      I(['Khuzdar'],'Khuzdar','town','Khuzdar',27.80,66.61),
      I(['Sunni'],'Sunni','site','Khuzdar')],
 ctx=[C(['Quetta'],'Quetta','dateline of the news agency')])
E['bi-015'] = dict(events=[
 ev(['Nushki','Zareen Jangal'],'2024-11-28','day','Violence against civilians','Abduction/forced disappearance','Unidentified Armed Group','Civilians',
    [cl('security forces officials','military','abducted','civilian',6,6,'six labourers')],0),
 ev(['Khuzdar','Sunni'],'2024-11-28','day','Strategic developments','Looting/property destruction','Unidentified Armed Group','Civilians',[],0)],
 agg=[])

# ---------------- bi-016 Suntsar coastguard post 2013
G['bi-016'] = dict(
 inc=[I(['Suntsar'],'Suntsar','town','Gwadar'),
      I(['Gwadar'],'Gwadar','district','Gwadar'),
      I(['Peshukan'],'Peshukan','town','Gwadar'),
      I(['Quetta','QUETTA'],'Quetta','town','Quetta',30.18,67.00),
      I(['Hazara Town'],'Hazara Town','neighbourhood','Quetta')],
 ctx=[C(['Pakistan'],'Pakistan','country, overall setting'),
      C(['Iran'],'Iran','border used as location reference'),
      C(['Balochistan'],'Balochistan','province named as overall setting')])
E['bi-016'] = dict(events=[
 ev(['Suntsar','Gwadar'],'2013-07-27','day','Battles','Armed clash','Unidentified Armed Group','Military Forces of Pakistan',
    [cl('provincial home secretary Akbar Hussain Durrani','government','killed','security',7,7,'seven officials'),
     cl('provincial home secretary Akbar Hussain Durrani','government','injured','security',7,7,'seven more')],7),
 ev(['Peshukan'],'2012','year','Battles','Armed clash','Unidentified Armed Group','Military Forces of Pakistan',
    [cl('the report','media','killed','security',8,8,'eight coastguards')],8),
 ev(['Quetta','Hazara Town'],'2013-07-27','day','Strategic developments','Disrupted weapons use','Civilians','Unidentified Armed Group',
    [cl('police','police','killed','militant',1,1,'a suicide bomber')],1),
 ev(['Quetta'],'2013-01','month','Explosions/Remote violence',None,None,'Civilians',[],None),
 ev(['Quetta'],'2013-02','month','Explosions/Remote violence',None,None,'Civilians',[],None)],
 agg=[])

# ---------------- bi-017 Kohlu repoll 2024
G['bi-017'] = dict(
 inc=[I(['Kohlu','KOHLU'],'Kohlu','town','Kohlu',29.90,69.25),
      I(['Nasao'],'Nasao','town','Kohlu'),
      I(['Sangyali'],'Sangyali','town','Barkhan'),
      I(['Barkhan'],'Barkhan','district','Barkhan')],
 ctx=[C(['Balochistan'],'Balochistan','province named as overall setting')])
E['bi-017'] = dict(events=[
 ev(['Nasao','Kohlu'],'2024-04-24','day','Explosions/Remote violence','Shelling/artillery/missile attack',None,'Civilians',[],0),
 ev(['Sangyali','Barkhan'],'2024-04-24','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Civilians',
    [cl('Deputy Commissioner Naqibullah Kakar','government','injured','civilian',2,2,'two occupants')],0),
 ev(['Kohlu'],'2024-04-23','day','Explosions/Remote violence','Shelling/artillery/missile attack',None,'Civilians',
    [cl('the report','media','killed','civilian',1,1,'a man')],1)],
 agg=[])

# ---------------- bi-018 Pishin bypass 2018
G['bi-018'] = dict(
 inc=[I(['Pishin'],'Pishin','town','Pishin',30.58,67.00),
      I(['Pishin bypass'],'Pishin bypass','road','Pishin')],
 ctx=[C(['QUETTA','Quetta'],'Quetta','dateline; where critically injured were shifted'),
      C(['Barshore'],'Barshore','only in an official\'s title (Assistant Commissioner Barshore)')])
E['bi-018'] = dict(events=[
 ev(['Pishin','Pishin bypass'],'2018-09-14','day','Explosions/Remote violence','Remote explosive/landmine/IED',None,'Levies Force',
    [cl('officials','government','killed','security',3,3,'Three Levies personnel'),
     cl('Levies sources','police','injured','unspecified',2,2,'two people'),
     cl('a private television channel','media','injured','unspecified',4,4,'four injured'),
     cl('Deputy Commissioner Pishin Aurangzeb Badini','government','injured','security',1,1,'one Levies man')],3)],
 agg=[])

# ---------------- bi-019 Karachi polio guards 2016
G['bi-019'] = dict(
 inc=[I(['Karachi','KARACHI'],'Karachi','town',None,24.86,67.01),
      I(['Orangi Town'],'Orangi Town','neighbourhood',None),
      I(['Quetta'],'Quetta','town','Quetta',30.18,67.00)],
 ctx=[C(['Pakistan'],'Pakistan','country, overall setting'),
      C(['Sindh'],'Sindh','only in the home minister\'s title'),
      C(['Hyderabad'],'Hyderabad','area of the vaccination drive, no attack there'),
      C(['Kotri'],'Kotri','area of the vaccination drive, no attack there')])
E['bi-019'] = dict(events=[
 ev(['Karachi','Orangi Town'],'2016-04-20','day','Battles','Armed clash','Jamaat-ul-Ahrar','Police Forces of Pakistan',
    [cl('officials','government','killed','security',7,7,'seven policemen'),
     cl('senior police official Ali Asif','police','killed','security',3,3,'Three policemen'),
     cl('senior police official Ali Asif','police','killed','security',4,4,'four officers')],7),
 ev(['Quetta'],'2016-01','month','Explosions/Remote violence','Suicide bomb',None,'Police Forces of Pakistan',
    [cl('the report','media','killed','unspecified',15,15,'15 people')],15)],
 agg=[cl('the report','media','killed','unspecified',101,None,'more than 100 people')])

# ---------------- bi-020 ATC verdict, Perween Rahman
G['bi-020'] = dict(
 inc=[I(['KARACHI','Karachi'],'Karachi','town',None,24.86,67.01),
      I(['Orangi Town'],'Orangi Town','neighbourhood',None),
      I(['Manghopir Road'],'Manghopir Road','road',None),
      I(['Banaras'],'Banaras','site',None)],
 ctx=[C(['Peerabad'],'Peerabad','location of the land dispute given as motive, not of the attack'),
      C(['Pakistan'],'Pakistan','only inside organisation names (TTP, HRCP)'),
      C(['Sindh'],'Sindh','only inside the name Sindh High Court')])
E['bi-020'] = dict(events=[
 ev(['Karachi','Orangi Town','Manghopir Road','Banaras'],'2013-03-13','day','Violence against civilians','Attack','Tehreek-e-Taliban Pakistan','Civilians',[],1)],
 agg=[])
