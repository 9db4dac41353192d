TEXTS = {}

TEXTS["bf-001"] = dict(
title="Six killed as blasts, gun attacks hit five Balochistan towns",
url="https://www.dawn.com/news/316474",
published="2008-08-14",
text="""QUETTA, Aug 13: Six people were killed and 19 injured on Wednesday in a string of bomb blasts and shootings that struck Hub, Uthal, Panjgur, Kharan and Turbat on the eve of Independence Day.

The deadliest incident took place in Hub, the industrial town adjoining Karachi, where a car parked near a shrine on Sakran Road blew up shortly before a security convoy escorting employees of a private cement factory was to pass by. Lasbela District Police Officer Habibullah Sherani said the bomb had been detonated by remote control and that the car was ripped apart. Two passers-by, Mohammad Riaz and Khushi Mohammad, died on the spot.

Nine people wounded in the blast were brought to the Civil Hospital in Hub, and four of them, said to be in a critical condition, were later referred to Karachi.

In the evening a schoolteacher was killed when a home-made bomb planted against the boundary wall of the Uthal police station went off. Four policemen and four other people were hurt and taken to the local civil hospital, where doctors described the condition of two of them as serious.

In Panjgur town, unidentified men hurled three hand grenades into the house of one Taj Mohammad, killing a young girl and injuring one man.

A man was gunned down near his house in Kharan by motorcyclists who escaped; another man was wounded in the firing. In Turbat, gunmen shot dead Liaquat Ali, an official of the Federal Investigation Agency.

Blasts were also reported from Kalat, Mastung and Khuzdar towns.

No group had claimed responsibility for any of the attacks by late night. Officials said investigations were under way in all the districts concerned."""
)

TEXTS["bf-002"] = dict(
title="Suicide bomber flattens packed mosque near Jamrud, dozens dead",
url="https://archives.sundayobserver.lk/2009/03/29/wld01.asp",
published="2009-03-27",
text="""JAMRUD, Pakistan, March 27 (wire) -- A suicide bomber blew himself up among worshippers at Friday prayers in a roadside mosque in the Khyber tribal region, bringing the roof down and killing at least 48 people, officials said.

The mosque stands at Bagiari, in Jamrud sub-division, on the Peshawar-Torkham highway, the road that carries fuel and supplies to Western forces in Afghanistan. It is used by Frontier Corps men and Khassadar tribal policemen from a nearby checkpoint as well as by truck drivers and travellers heading for the border crossing at Torkham.

"The moment the prayer leader raised his hands, there was a huge bang and everything fell on us," said one wounded man, speaking from his hospital bed in Peshawar.

Fida Mohammad Bangash, a senior official of the Khyber administration, said hospital records showed 48 dead and 153 wounded, though some families had carried away their dead without informing the authorities. Witnesses at the scene put the toll at no fewer than 70. Local officials said four Frontier Corps men and 12 Khassadars were among those killed.

Tariq Hayat Khan, the political agent, estimated that 250 to 300 people had been inside the two-storey building when the bomber struck. Villagers dug through the rubble with their hands, pulling out bodies and carrying them to ambulances on rope beds. The injured were taken to the Hayatabad Medical Complex and other hospitals in Peshawar, about 25 km to the east.

There was no immediate claim of responsibility. Officials said they suspected Taliban fighters taking revenge for operations to secure the supply route.

The bombing came hours before US President Barack Obama unveiled a new strategy for the war in Afghanistan, warning that al Qaeda was plotting new attacks from havens in Pakistan's tribal areas."""
)

TEXTS["bf-003"] = dict(
title="Gunmen, bombers storm Rawalpindi mosque; major general among 40 dead",
url="https://dawn.com/news/amp/887899",
published="2009-12-05",
text="""RAWALPINDI: Militants armed with grenades, automatic rifles and suicide vests attacked worshippers at a mosque on Parade Lane on Friday, killing 40 people, among them a serving major general and 17 children, officials said.

The mosque, near Qasim Market off Peshawar Road, lies in a heavily guarded cantonment neighbourhood where many serving and retired officers live, and draws a large congregation for Friday prayers.

Regional police officer Aslam Tareen told reporters that as the imam finished his sermon the attackers, believed to have climbed over a side wall, threw grenades into the prayer hall and opened fire. Two of them blew themselves up, and part of the roof caved in. Troops and police sealed off the area while helicopters circled overhead, and gunfire continued for more than an hour. Officials said at least four attackers died.

Military officials said Major General Bilal Omer Khan, a brigadier, a lieutenant colonel and a major were among the dead. A son of the Peshawar corps commander was also killed, and a former vice chief of army staff, retired General Muhammad Yousaf, was among dozens of people wounded. The injured were taken to the Combined Military Hospital.

Investigators said on Saturday they had detained six suspects, including the last registered owner of a car believed to have brought the militants from the North West Frontier Province. Prime Minister Yousuf Raza Gilani and army chief General Ashfaq Parvez Kayani joined hundreds of mourners at the funeral prayers.

It was the third attack in the garrison area along Peshawar Road in two months, after the October raid on the General Headquarters and a suicide bombing outside a bank branch where soldiers were drawing their salaries. A day earlier, a suicide bomber had killed two guards and wounded 11 people at the gate of the naval headquarters in Islamabad.

Analysts linked the surge in attacks to the army's ground offensive against the Taliban in South Waziristan, launched in mid-October."""
)

TEXTS["bf-004"] = dict(
title="Suicide bomber strikes Al-Quds rally in Quetta; over 50 killed",
url="https://tribune.com.pk/story/46027/blast-in-quetta-2/",
published="2010-09-04",
text="""QUETTA: A suicide bomber blew himself up in the middle of an Al-Quds Day procession at Meezan Chowk on Friday afternoon, killing more than 50 people and wounding nearly 200 in the second major attack on the country's Shia community in a week.

The rally, organised by the Imamia Students Organisation to express solidarity with the Palestinians on the last Friday of Ramazan, had drawn some 2,000 participants and was moving through the city centre when the explosion ripped through it at about 3pm. Television cameras captured the moment of the blast; several cameramen and reporters were among the injured, and the driver of a news channel's van was killed.

Sardar Khan, in charge of the police control room, said late on Friday that 53 people had died and 197 people had been injured, according to figures collected from hospitals. The wounded were taken to the Civil Hospital, the Combined Military Hospital and other hospitals, where an emergency was declared.

In the chaos that followed, armed men in the procession fired into the air and at random for close to two hours, and several shops and vehicles were set on fire. Police said a number of people had been hit by bullets rather than by the bomb.

Balochistan police chief Malik Iqbal said the organisers had been warned of a threat and asked to change the route, but had refused. The provincial home secretary, Akbar Hussain Durrani, said thousands of policemen had been deployed across the city because it was a Friday.

No group had claimed responsibility by Saturday morning. The Balochistan Shia Conference announced 40 days of mourning.

The attack came two days after three bombs tore through a Shia procession in Lahore, killing more than 30 people, an attack the Tehreek-e-Taliban Pakistan said it had carried out. Earlier on Friday a suicide bomber struck outside an Ahmadi place of worship in Mardan, killing one person, and a blast was reported from Peshawar."""
)

TEXTS["bf-005"] = dict(
title="Twin suicide bombers in Khassadar uniform kill 43 at Mohmand jirga",
url="https://www.dawn.com/news/589303/eight-killed-in-mohmand-explosion",
published="2010-12-07",
text="""GHALANAI, Dec 6: Two suicide bombers dressed in the uniform of the Khassadar force struck a gathering of tribal elders and members of an anti-Taliban peace committee at the political agent's compound in Ghalanai, the headquarters of Mohmand Agency, on Monday, killing at least 40 people.

Miraj Khan, an official of the agency administration, said on Tuesday morning that the toll had climbed to 43 after more of the critically wounded died in hospital in Peshawar.

Officials said the two men arrived at the gate of the civil officers' complex on motorcycles. One managed to get inside and detonated his explosives close to the lawn where members of the Safi Aman Committee were meeting the assistant political agent; the second was stopped by guards at the main gate and blew himself up there. Their jackets were packed with ball bearings and nails, said Political Agent Amjad Ali Khan, who was unhurt.

Two television journalists, Abdul Wahab of Express News and Pervez Khan of Waqt News, several Khassadar personnel and a number of tribal elders were among the dead. Amjad Ali Khan said 60 people were wounded, many of them critically. The injured were shifted to the agency headquarters hospital, the district hospital in Charsadda and the Lady Reading Hospital in Peshawar.

Omar Khalid, who heads the Tehreek-e-Taliban in Mohmand, claimed responsibility on the telephone and warned that anyone raising a lashkar against the militants would meet the same fate. He described the attack as retaliation for the military operation in Safi tehsil.

Ghalanai lies about 175km north-west of Islamabad. In July, a suicide car bomb killed 105 people at Yakaghund in the same agency, in an attack also aimed at pro-government elders."""
)

TEXTS["bf-006"] = dict(
title="Taliban storm Bannu jail, free 384 inmates including Musharraf attacker",
url="https://tribune.com.pk/story/365064/prison-break-militants-attack-bannu-jail-over-900-inmates-freed/",
published="2012-04-16",
text="""BANNU: Some 200 heavily armed militants attacked the Central Jail in Bannu in the early hours of Sunday and freed 384 prisoners, among them Adnan Rashid, a former Pakistan Air Force technician on death row for his role in a 2003 attempt on the life of Pervez Musharraf.

Officials said the assault began at around 1:30am, when attackers riding pick-ups and cars, and others on foot, fired rockets at the metal gate of the prison and blew it open, while another group breached the boundary wall. For about two hours the militants moved from barrack to barrack, shooting off locks and asking for Adnan Rashid by name. Roads leading to the jail had been blocked to keep reinforcements away.

Four policemen were injured and taken to the District Headquarters Hospital, police said. Twenty of the escaped inmates had been sentenced to death, and five women prisoners were also taken away in the militants' vehicles.

Ehsanullah Ehsan, spokesman for the Tehreek-e-Taliban Pakistan, telephoned reporters to claim the raid. "We attacked the Bannu prison and freed our special members," he said, adding that most of them had already reached their destinations.

The prison held 944 inmates. A large number of suspected militants had recently been shifted there from jails in Kohat and Lakki Marwat, which are being turned into rehabilitation centres for former insurgents, a security official said.

Army, Frontier Constabulary and police contingents cordoned off the area and began searching nearby villages. By evening some escapees had been caught and others had returned to the jail on their own, officials said. Khyber Pakhtunkhwa Information Minister Mian Iftikhar Hussain said an inquiry would establish how such a large force had reached the prison unchallenged.

Bannu borders North Waziristan, long a stronghold of the Pakistani Taliban and allied groups, and officials feared most of the fugitives would make their way there within hours."""
)

TEXTS["bf-007"] = dict(
title="Gunmen in scout uniforms kill ten foreign climbers at Nanga Parbat base camp",
url="https://explorersweb.com/everest_k2/news.php?url=massacre-at-nanga-parbat-diamir-bc_1371964267",
published="2013-06-23",
text="""ISLAMABAD, June 23 (wire) -- Gunmen disguised in the uniform of a paramilitary force stormed a base camp below Nanga Parbat in northern Pakistan overnight and killed ten foreign mountaineers and a Pakistani member of their support staff, officials said on Sunday.

About 16 attackers reached the Diamir base camp, on the western flank of the 8,126-metre peak in Diamer district, at around 10:30pm on Saturday, wearing the uniform of the Gilgit Scouts. They rounded up the camp staff, tied their hands, robbed the climbers of money and passports and then shot them, officials and survivors said.

The dead included climbers from Ukraine, China, Slovakia and Lithuania and a climber from Nepal, according to expedition leaders on the mountain. One Chinese climber escaped in the darkness and later raised the alarm. Most of the roughly 50 climbers on that side of the mountain were at higher camps at the time and were unhurt.

The Pakistani Taliban claimed responsibility, saying the killings were revenge for the death of their deputy leader Waliur Rehman in a US drone strike in North Waziristan last month. A faction calling itself Jundullah also said it had carried out the attack.

Army helicopters brought the bodies down and a C-130 aircraft flew them to Islamabad. The authorities closed the area to climbers, and police and troops began searching the valleys that run down towards the Karakoram Highway.

Prime Minister Nawaz Sharif condemned the killings and said the government would bring those responsible to justice. China called on Islamabad to punish the killers and protect its citizens.

The attack, in a region regarded as safe for foreign visitors, dealt a heavy blow to the country's small mountaineering industry, which had only recently begun to recover."""
)

TEXTS["bf-008"] = dict(
title="Suicide attackers strike ISI office in Sukkur; nine dead",
url="https://dawn.com/news/amp/1031654",
published="2013-07-25",
text="""SUKKUR, July 24: Suicide bombers and gunmen attacked the regional office of the Inter-Services Intelligence in the high-security Barrage Colony here minutes after the breaking of the fast on Wednesday, bringing down a large part of the building and sparking a gunbattle that lasted for hours.

According to DIG Javed Alam Odho, one attacker blew himself up in front of a police building and another rammed a vehicle packed with around 40kg of explosives into the gate of the ISI office. Other militants then opened fire and hurled grenades at policemen and Rangers rushing to the scene. Bomb disposal experts later found several unexploded grenades.

A spokesman for the Rangers said on Thursday that nine people had been killed, including five attackers and four officials. Sources said the dead included an ISI deputy director and a gardener who was crushed when a wall of the DIG House collapsed. Edhi volunteers said they had shifted 50 injured people to hospitals in Sukkur and Rohri, while state television put the number of wounded at 38.

Barrage Colony also houses the Commissioner House, the DIG House, the regional headquarters of the Rangers and the Military Intelligence office. Doors and windows of more than 100 houses in the area were damaged.

Major General Rizwan Akhtar, the Director General of the Sindh Rangers, said the compound had been cleared and all the attackers had been killed. Police said a number of suspects were picked up in raids in different parts of the city during the night.

No group claimed responsibility. It was the first attack of its kind on a security agency in upper Sindh, which lies some 500 kilometres north of Karachi and had been considered relatively calm."""
)

TEXTS["bf-009"] = dict(
title="Dera Ismail Khan: terrorists attack central jail, more than 240 prisoners freed (translated from Urdu)",
url="https://urdu.geo.tv/latest/54115-latest-news",
published="2013-07-31",
text="""[Translated from the Urdu]

DERA ISMAIL KHAN (Correspondent, News Agencies) -- Heavily armed terrorists attacked the Central Jail of Dera Ismail Khan late on Monday night and, after a battle lasting several hours, escaped with more than two hundred prisoners. At least twelve people lost their lives in the attack, including policemen and prisoners.

According to officials, the attackers, many of them wearing police uniforms, first cut off the electricity to the jail and then fired rockets at the main gate. An armoured personnel carrier parked outside was destroyed and the policemen inside it were martyred. Dozens of blasts were heard across the city. Once inside, the attackers used loudspeakers to call out the names of their comrades and broke open the locks of the barracks.

Commissioner D.I. Khan Mushtaq Jadoon told reporters that 243 prisoners had escaped, about 30 of them hardcore militants. He said four policemen, four prisoners and three passers-by had been killed, and two of the attackers had also died. Thirteen people, six of them policemen, were injured and are being treated at the District Headquarters Hospital. Six of the fugitives were caught on Daraban Road in the early hours of Tuesday.

A curfew was imposed in the city on Tuesday and the army took control of the jail. Bomb disposal teams defused more than a dozen explosive devices left behind by the attackers.

The banned Tehreek-e-Taliban Pakistan has claimed responsibility. Its spokesman Shahidullah Shahid said 150 fighters, including 60 suicide bombers, had taken part and had freed 300 prisoners.

Khyber Pakhtunkhwa Chief Minister Pervez Khattak, speaking in Peshawar, called the incident a failure of the intelligence agencies and said those guilty of negligence would not be spared. It may be recalled that in April last year militants attacked the Bannu jail in the same manner and freed 384 prisoners."""
)

TEXTS["bf-010"] = dict(
title="Militants fire on relief helicopters in quake-hit Awaran",
url="http://dawn.com/news/1045798/two-relief-helicopters-attacked-balochistan-quake-toll-rises-to-359",
published="2013-09-28",
text="""QUETTA: Militants opened fire on two helicopters bringing relief goods to the earthquake-ravaged Mashkay area of Awaran district on Friday, a day after rockets were fired at a helicopter carrying the chairman of the National Disaster Management Authority, officials said.

Frontier Corps spokesman Khan Wasey said the helicopters were coming in to land at Mashkay when gunmen fired at them with small arms. FC personnel engaged in relief work returned fire and the attackers fled in vehicles. "There was no loss of life," he said.

On Thursday, two rockets were fired at a helicopter carrying NDMA chairman Maj Gen Muhammad Saeed Aleem and the general officer commanding the army division in charge of relief operations as it flew over Mashkay. Both rockets missed and the helicopter landed safely. The federal minister for states and frontier regions, retired Lt Gen Abdul Qadir Baloch, who was touring the area in another helicopter, told reporters that bullets had passed very close to his aircraft as well. The same afternoon, militants fired on FC troops distributing aid at Bazdad, about 20km north of the district headquarters; the troops suffered no casualties.

Friday's attack took place while Balochistan Chief Minister Dr Abdul Malik Baloch, Punjab Chief Minister Shahbaz Sharif and Interior Minister Chaudhry Nisar Ali Khan were visiting the affected areas.

Officials say Mashkay, a sub-division of Awaran, is a stronghold of separatist fighters loyal to the Balochistan Liberation Front commander Dr Allah Nazar, and relief agencies have complained that threats are slowing down the distribution of aid.

The 7.7-magnitude earthquake that struck Awaran and neighbouring Kech district on Tuesday has killed 359 people, according to the provincial government, and left tens of thousands homeless. More tents, food and medicines are on their way from Quetta and Karachi, the military said, while the government has said C-130 aircraft may be used to drop supplies over areas considered too dangerous for helicopters."""
)

TEXTS["bf-011"] = dict(
title="Curfew in Larkana after mob torches dharamshala; unrest spills into Balochistan",
url="http://www.thehindu.com/news/international/south-asia/hindu-dharamshala-burnt-in-larkana/article5791527.ece",
published="2014-03-17",
text="""LARKANA: Parts of the city remained under curfew on Sunday after an angry crowd set fire to a Hindu dharamshala and damaged an adjoining temple late on Saturday night over allegations that a Hindu man had burnt pages of the Holy Quran.

Police said the trouble began when a crowd, including students of local seminaries, gathered outside the man's house in the Jinnah Bagh area and demanded that he be handed over to them. Policemen fired into the air and used teargas to disperse them. The mob then went to the dharamshala near Jinnah Bagh Chowk, broke open its main gate and set its rooms on fire. Several shops in the bazaar were also torched, and transport services were suspended.

The accused man was taken into protective custody; witnesses said policemen dressed him in a police uniform to get him out of the area. Police said three people had been arrested for vandalism and a special investigation team had been formed. Rangers were deployed alongside the police, and Hindu families called off their Holi celebrations.

Larkana observed a complete shutdown on Sunday. Sindh Chief Minister Syed Qaim Ali Shah ordered the DIG Larkana to bring the situation under control, while leaders of the local Hindu panchayat said the man's family had never shown disrespect to any religion. Investigators said on Sunday evening that they had found no evidence that a copy of the Quran had been burnt.

On Sunday the tension spread across the provincial boundary into Balochistan. In Dera Allahyar, in Jaffarabad district, protesters pelted the police with stones and policemen fired into the air; two protesters and a policeman were injured. In Usta Muhammad, shops belonging to Hindu traders were set on fire, while police in Sohbatpur fired warning shots to break up a stone-throwing crowd."""
)

TEXTS["bf-012"] = dict(
title="Panjgur schools shut again after extremists torch van carrying girl students",
url="http://thebalochhal.com/2014/05/17/students-civil-society-protest-threats-against-schools-in-panjgur/",
published="2014-05-15",
text="""PANJGUR: Armed men set fire to a van carrying female students and teachers to a private school in the Gramkan area of Panjgur district on Tuesday, days after a little-known religious group warned private schools to stop educating girls or face attacks.

According to his relatives, Major (retd) Hussain Ali, who runs the Oasis School, was driving the van himself and had stopped outside a house to pick up students when several men on motorbikes surrounded the vehicle. They pulled him out, beat him and ordered the girls and women out before setting the van alight. Witnesses said the students pleaded with the attackers not to shoot him. The men, who wore headbands bearing religious slogans, warned him to close down his school and rode away.

Private schools and English language centres across the district had been closed since May 7, when masked men barged into a tuition centre in Washbood and a school in Sawaran, beat up teachers and snatched their mobile phones. A group calling itself Tanzeem-ul-Islam-ul-Furqan later claimed responsibility in pamphlets distributed in the bazaar, calling co-education and English lessons un-Islamic and naming several school owners as targets.

The schools had reopened on Tuesday morning, only to shut again hours after the van was burnt. More than 20 English centres and dozens of schools, educating thousands of girls and boys, are affected.

Police have registered a case against unidentified men, but no one has been arrested. Leaders of the National Party, the Balochistan National Party and student organisations condemned the attack and announced a rally. "Panjgur has always been proud of its schools. We will not let a handful of people take the pens from our daughters' hands," said a teacher who did not want to be named.

Parents said they feared the threats would spread to Turbat and other towns of Makran, where private English centres have mushroomed in recent years."""
)

TEXTS["bf-013"] = dict(
title="Militants blow up pylons in Naseerabad, plunging most of Pakistan into darkness",
url="http://m.timesofindia.com/articleshow/46016250.cms",
published="2015-01-25",
text="""ISLAMABAD, Jan 25 (wire) -- Most of Pakistan was plunged into darkness for hours after separatist militants blew up transmission towers in Balochistan shortly before midnight on Saturday, tripping power plants across the national grid.

Explosives planted at two pylons of a 220-kilovolt line near Notal, a small town in Naseerabad district, went off at about 11:50pm, said Sharbat Umrani, head of the local police station.

Water and Power Secretary Younus Dagha said the damage caused a surge back towards the Guddu thermal power station in Sindh, setting off a cascade of breakdowns. At the height of the outage about 80 percent of the country, including Islamabad, Lahore, Peshawar and large parts of Karachi and Quetta, was without power. Supply to the capital and much of Karachi was restored by Sunday night, but many towns in Punjab and Khyber Pakhtunkhwa stayed dark.

A caller identifying himself as Sarbaz Baloch, spokesman for the outlawed Baloch Republican Army, claimed responsibility. Officials said it was the third attack on high-voltage lines in Naseerabad in two weeks. No one was hurt."""
)

TEXTS["bf-014"] = dict(
title="Toll in Mastung coach massacre rises to 22; FC says five militants killed",
url="http://www.dawn.com/news/1185149",
published="2015-05-31",
text="""QUETTA, May 30: Relatives of the passengers killed in Mastung district staged a sit-in with the bodies outside the Governor House on Saturday as the death toll from Friday night's attack on two Karachi-bound coaches rose to 22.

Officials said a large group of gunmen, many of them in the uniforms of security forces, stopped the coaches at Kund Umrani in the Khad Kocha area, about 70km from the provincial capital, at around 9pm. The passengers were made to get down and show their identity cards, and a number of men were then marched into the nearby mountains.

Balochistan Home Secretary Akbar Hussain Durrani said the gunmen had taken away 30 passengers and released five of them some distance from the road. "All the victims belonged to Pishin district and were travelling to Karachi," he said, adding that they were neither settlers nor Shias. One of the coaches had set off from Chaman and picked up more passengers in Pishin before leaving Quetta.

Home Minister Mir Sarfraz Bugti, who had initially confirmed 19 deaths, said on Saturday that the bodies of 22 passengers had been recovered and that three others had been wounded. The injured driver of one coach, who was brought to the Sandeman Civil Hospital in Quetta, said the attackers opened fire when he tried to speed away. Mr Bugti blamed India's intelligence agency for the killings.

A spokesman for the Frontier Corps said at least five militants had been killed in an operation launched in the mountains of Mastung overnight, in which more than 200 FC personnel were taking part. A few passengers were still unaccounted for.

A survivor told reporters at the hospital that the gunmen had ordered only the men off the coaches and questioned them about where they came from. "They asked my name. I answered in Balochi, so they pushed me to one side," he said. Other passengers said the attackers appeared to separate Pashtun travellers from Baloch ones before leading them away. Women and children were left on the coaches.

Prime Minister Nawaz Sharif expressed grief over the killings and directed the authorities to trace those responsible. Transporters suspended services on the Quetta-Karachi highway in protest. A shadowy group, the United Baloch Army, claimed responsibility for the attack in a telephone call to journalists.

The protesters, who had marched past security barriers to reach the Governor House, refused to bury the dead until the killers were arrested. Talks between officials and the families had failed by late evening."""
)

TEXTS["bf-015"] = dict(
title="12 schools torched overnight in Diamer; half of them for girls",
url="https://www.dawn.com/news/1424685/12-schools-burnt-down-overnight-in-gilgit-baltistans-diamer-district",
published="2018-08-03",
text="""CHILAS: Unidentified men set fire to at least 12 schools, half of them for girls, in a coordinated series of attacks across Gilgit-Baltistan's Diamer district on Thursday night, police said.

Superintendent of Police Roy Ajmal told reporters that the schools were located in and around Chilas, the district headquarters, and in the Darel and Tangir valleys. In some cases the attackers had thrown books and furniture out of the classrooms and set them alight. Residents of two villages near Chilas said they had heard explosions during the night, though police did not confirm the use of explosives.

The targeted buildings included a girls' primary school at Ronay in Chilas, two schools at Tabor in Darel and two at Galee Bala in Tangir, a valley that borders the Kohistan district of Khyber Pakhtunkhwa. No one was hurt, as the schools were empty at night. The Diamer commissioner said some of the buildings were still under construction.

Gilgit-Baltistan's Inspector General of Police Sanaullah Abbasi and the Force Commander Northern Areas, Maj Gen Saqib Mehmood, flew to Chilas to review the situation, and a search operation was launched in the surrounding mountains. No group claimed responsibility, but officials suspect militants opposed to girls' education who have long been active in the remote valleys.

The Diamer Youth Movement called a protest in Chilas against the attacks. Residents said girls' schools in the valleys had been attacked before, and that many families already kept their daughters at home out of fear.

The attacks come as work on the long-delayed Diamer-Bhasha dam is expected to pick up, bringing thousands of outsiders to a district where female literacy is among the lowest in the region."""
)

TEXTS["bf-016"] = dict(
title="Three killed, five soldiers hurt as group led by MNAs attacks North Waziristan check post: ISPR",
url="https://www.thenews.com.pk/print/476815-five-soldiers-hurt-in-exchange-of-fire-at-nw-checkpost",
published="2019-05-27",
text="""RAWALPINDI/MIRANSHAH: Three people were killed and five soldiers injured on Sunday when, according to the military, a group led by Pashtun Tahaffuz Movement lawmakers Mohsin Dawar and Ali Wazir assaulted the Kharqamar check post in the Boya area of North Waziristan.

In a statement, the Inter-Services Public Relations said the group wanted to force the release of a suspected facilitator of terrorists who had been taken into custody a day earlier. "Troops at the check post exercised maximum restraint in the face of provocation and direct firing on the post," the ISPR said. In the exchange of fire, it said, three of the attackers were killed and 10 others were injured, and all the wounded were evacuated to an army hospital.

Ali Wazir and eight other people were arrested, while Mohsin Dawar was at large after "inciting the crowd", the statement added.

PTM leaders gave a starkly different account, saying troops had opened fire on unarmed people who had gathered to protest against the treatment of local residents during a search operation. Videos shared by the movement's supporters on social media could not be independently verified.

On Monday the ISPR said troops on patrol had found five bullet-riddled bodies in a nullah about 1.5 kilometres from Khar Qamar post, and that their identification was under way. In a separate statement, it said militants had raided the Makki Garh post in the Shawal valley overnight and that one soldier was martyred as troops beat back the attack.

Special Assistant to the Prime Minister on Information Firdous Ashiq Awan told reporters in Islamabad that nobody would be allowed to attack state institutions, while opposition leaders demanded a parliamentary inquiry into the Boya incident.

Khyber Pakhtunkhwa Governor Shah Farman and Chief Minister Mahmood Khan flew to Miranshah on Monday for briefings by civil and military officials."""
)
