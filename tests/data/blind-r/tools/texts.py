# Report texts for the blind-r set (written in own words).
PUB = "blind-r (incidentmap blind set)"
R = {}

R["br-001"] = dict(
title="Twelve militants killed in foiled raids on Quetta air bases; TTP faction claims attacks",
url="https://www.dawn.com/news/1125636", date="2014-08-16", text="""QUETTA: Twelve militants were killed in Thursday night's coordinated assaults on the Samungli and Khalid air bases, officials said on Friday, after troops combing the area around the Khalid base found two more bodies.

A faction of the outlawed Tehreek-i-Taliban Pakistan led by Ghalib Mehsud, which calls itself Fidayeen-i-Islam, claimed responsibility. A TTP spokesman separately told reporters by telephone that the raids were in retaliation for the military offensive launched in North Waziristan in June.

Speaking to journalists at the Khalid base, Commander Southern Command Lt Gen Nasir Khan Janjua said six bodies had been found at each of the two installations and that the attackers all appeared to be foreigners, most probably Uzbeks. "No terrorist managed to enter the bases. All installations are safe," he said. One wounded attacker was captured and taken to an undisclosed location for interrogation.

Provincial police chief Muhammad Amlish said 11 security personnel were wounded in the gun battle, which lasted several hours. They are being treated at the Combined Military Hospital in Quetta Cantonment. Early accounts on Friday morning had spoken of eight dead attackers, and later of ten.

According to officials, the attackers arrived in two vehicles and split up between 9.30pm and 10pm. One group cut through the fence of the Khalid base, used by army aviation, and fired rockets; the other approached the Samungli base from the rear, where its wall adjoins houses and shops. Three of the attackers blew themselves up when they were surrounded. Eleven rocket launchers were recovered on the Khalid side and a large cache of arms near Samungli, while a bomb disposal squad defused four devices planted along the outer wall.

The two bases lie some 12 kilometres apart. The assault began barely three hours after Prime Minister Nawaz Sharif had flown out of Quetta International Airport, which adjoins the Samungli base. Flight operations were suspended overnight and resumed on Friday afternoon.

Security officials said the modus operandi resembled that of the June siege of Karachi's Jinnah International Airport, which was also blamed on fighters of Central Asian origin.""")

R["br-002"] = dict(
title="Pakistani Taliban claim Quetta suicide bombing near provincial assembly",
url="https://www.geo.tv/latest/176075-blast-rocks-quetta-near-balochistan-assembly", date="2018-01-10", text="""QUETTA, Pakistan (Reuters) - The Pakistani Taliban claimed responsibility on Wednesday for a suicide bombing that killed at least six people near the provincial assembly in the southwestern city of Quetta, though officials, hospital staff and local media gave differing tolls.

The bomber struck on Tuesday evening beside a parked truck of the Balochistan Constabulary at GPO Chowk on Zarghoon Road, about 300 metres from the assembly building, shortly after a session of the house had ended.

Provincial police chief Moazzam Jah Ansari said four constabulary personnel and two passers-by were killed and that seven policemen were among the wounded. He told reporters the police had been the target and that the attacker appeared to have been on foot. Another senior officer said the bomber had arrived on a motorcycle.

Hospital officials said 17 wounded people had been brought in. Some local media reported seven dead and up to 22 injured. A bomb disposal official said around 10 kg of explosives had been used.

In a statement, a spokesman for the Tehreek-e-Taliban Pakistan (TTP) said the bomber had targeted policemen returning from guard duty at the assembly.

The attack came as the province was gripped by political turmoil. Chief Minister Sanaullah Zehri resigned hours later rather than face a no-confidence vote in the assembly.

Quetta is the capital of Balochistan, which borders Afghanistan and Iran and where China is financing a deep-water port at Gwadar. The province has long been hit both by Islamist militants and by separatists fighting for its independence. On Dec. 17, two suicide bombers attacked a Methodist church in the city during a Sunday service, killing at least nine worshippers.""")

R["br-003"] = dict(
title="Terrorist killed, two injured in Panjgur IBO: ISPR",
url="https://www.nation.com.pk/22-Mar-2024/security-forces-kill-two-terrorists-in-panjgur-operation", date="2024-03-22", text="""ISLAMABAD - Security forces killed a terrorist and injured two others during an intelligence-based operation (IBO) in Balochistan's Panjgur district, the Inter-Services Public Relations (ISPR) said on Thursday.

According to the military's media wing, the operation was carried out on the night of March 20-21 on the reported presence of terrorists in the district. "During the conduct of the operation, own troops effectively engaged the terrorists' location and resultantly terrorist Chakar Liaquat was sent to hell, while two terrorists got injured," the ISPR statement said.

Weapons and ammunition were recovered from the slain terrorist, who, the ISPR said, had remained actively involved in numerous terrorist activities. A sanitisation operation was being carried out to eliminate any other terrorist found in the area, it added.

The Panjgur action came hours after security forces foiled an attack on the Gwadar Port Authority complex on Wednesday afternoon in which, according to the ISPR, all eight attackers were killed and two soldiers embraced martyrdom. The banned Balochistan Liberation Army had claimed responsibility for that attack.

Meanwhile, the funeral prayers of the two soldiers - Sepoy Bahar Khan, 35, a resident of Dera Ghazi Khan district, and Sepoy Imran Ali, 28, of Khairpur district - were offered in Gwadar. Senior officials of the army, navy and Balochistan police and members of civil society attended. The coffins were later dispatched to their home towns, where the soldiers will be laid to rest with full military honours.

"Security forces of Pakistan, in step with the nation, remain determined to thwart attempts at sabotaging the peace and stability of Balochistan," the ISPR said.""")

R["br-004"] = dict(
title="Turbat: woman suicide bomber strikes police vehicle, constable martyred",
url="https://jasarat.com/2023/06/24/a-suicide-blast", date="2023-06-25", text="""(Translated from Urdu)

TURBAT (Staff Reporter): One policeman was martyred and another was injured on Saturday when a woman suicide bomber blew herself up next to a police vehicle at Chakar Azam Chowk in Turbat, the headquarters of Kech district.

Senior Superintendent of Police Kech Muhammad Baloch told journalists that the initial investigation showed it was a suicide attack carried out by a woman. Personnel of the bomb disposal squad and other forces cordoned off the area and began collecting evidence.

The martyred policeman was identified as Imtiaz. His body and the injured constable were taken to Teaching Hospital Turbat.

The banned Baloch Liberation Army later claimed responsibility in a statement sent to the media, saying the bomber belonged to its Majeed Brigade and naming her as Sumaiya Qalandrani Baloch. The claim could not be verified independently.

This is the second suicide attack by a woman claimed by the organisation. In April last year, a woman bomber from Turbat blew herself up beside a van carrying Chinese teachers outside the Confucius Institute at Karachi University, killing four people, three of them Chinese nationals.

Balochistan Chief Minister Mir Abdul Quddus Bizenjo condemned the attack in a statement issued in Quetta and directed the police to arrest those who had facilitated the bomber.""")

R["br-005"] = dict(
title="10 injured as bomb targets CTD vehicle in Dera Murad Jamali",
url="https://www.urdupoint.com/pakistan/news/nasirabad/national-news/live-news-1899098.html", date="2019-04-22", text="""DERA MURAD JAMALI, Apr 22 (APP): Ten people, including two personnel of the Counter Terrorism Department (CTD), were injured when a bomb fitted to a motorcycle exploded outside the bus stand on the national highway here on Monday.

According to police, the blast took place when a CTD mobile van was passing by the bus stand. The explosion was heard far and wide and damaged a rickshaw, handcarts parked outside the stand and nearby shops.

The injured, among them an inspector and an assistant sub-inspector of the CTD, were shifted to hospital, from where two of them were referred to Larkana owing to their critical condition.

A bomb disposal squad was called to the site, while police and security forces cordoned off the area and launched a search. Senior officers of the police and security forces also reached the spot.""")

R["br-006"] = dict(
title="Pick-up hits landmine near Chattar; five killed including Hindu trader",
url="https://nawaiwaqt.com.pk/E-Paper/Lahore/2015-01-27/page-3/detail-41", date="2015-01-27", text="""(Translated from Urdu)

DERA MURAD JAMALI / NASEERABAD (Agencies): Five people, among them a Hindu trader, were killed and three others wounded on Monday when a passenger pick-up struck a landmine in the Chattar area of Naseerabad district.

According to details, the pick-up was travelling from Dera Murad Jamali towards Chattar when it ran over the mine, which had been planted on the road. The vehicle was completely destroyed. Four passengers, including Seth Lal Chand, a well-known trader of the area, died on the spot, while a fifth succumbed to his injuries in hospital.

Police and Frontier Corps personnel reached the scene and moved the bodies and the injured to the Civil Hospital Dera Murad Jamali. The bodies were handed over to the families after legal formalities, while the injured were referred to Larkana for further treatment.

No one has claimed responsibility for planting the mine. The incident came two days after unidentified men blew up electricity pylons near Notal in the same division, triggering a breakdown that plunged large parts of the country into darkness.""")

R["br-007"] = dict(
title="JUI-F's Hafiz Hamdullah among 11 injured in Mastung blast",
url="", date="2023-09-16", text="""QUETTA: Senior Jamiat Ulema-e-Islam-Fazl (JUI-F) leader and former senator Hafiz Hamdullah was among at least 11 people injured when an explosive device went off near his vehicle in Mastung on Friday, officials said.

Officials said the blast took place as Hamdullah was passing through the town. Police and Levies personnel cordoned off the area and a bomb disposal squad collected evidence from the site. The injured were taken to hospital; party leaders said Hamdullah had sustained injuries but was out of danger.

There was no immediate claim of responsibility.

JUI-F chief Maulana Fazlur Rehman condemned the attack and demanded that those responsible be brought to justice. Caretaker Chief Minister Ali Mardan Domki also condemned the blast.

The attack is the latest to target the JUI-F. On July 30, a suicide bomber struck the party's workers' convention in Khar, the headquarters of Bajaur district, killing at least 54 people in an attack later claimed by the Islamic State group.

Mastung itself has witnessed some of Balochistan's deadliest violence. In July 2018, a suicide bomber killed at least 128 people at an election rally in Dringarh, among them candidate Nawabzada Siraj Raisani.""")

R["br-008"] = dict(
title="Four 'terrorists', including woman, killed in Dasht operation: CTD",
url="https://www.suchtv.pk/pakistan/balochistan/item/70984-four-terrorists-dead-in-ctd-operation-in-balochistan.html", date="2018-06-14", text="""QUETTA: The Counter Terrorism Department (CTD) of Balochistan police said it killed four terrorists, among them a woman, in a three-hour operation in the Tera Meel area of Dasht in Mastung district on Wednesday.

According to a CTD spokesperson, a team had brought along a terrorist in its custody to help locate a hideout when it came under fire. In the shootout that followed, one militant was shot dead by the security personnel, another blew himself up without harming anyone else, and the terrorist in custody was killed by firing from his accomplices, the spokesperson said. The dead included a woman. Four CTD personnel were injured.

Rescue officials said a five-year-old boy had also been brought dead to hospital and appeared to have been killed during the operation. CTD officials could not confirm the child's death.

After the gunfight, the compound used by the terrorists was searched and large quantities of weapons and explosives were recovered, the department said.

Inspector General of Police Balochistan Mohsin Hassan Butt later visited the site, where he was briefed by CTD officials, and praised the team.""")

R["br-009"] = dict(
title="Three bullet-riddled bodies found in Wadh",
url="https://dawn.com/news/1133578/three-bullet-riddled-bodies-found-in-khuzdar", date="2014-09-22", text="""KHUZDAR: Three bullet-riddled bodies were recovered from a desolate area of Wadh tehsil of Khuzdar district late on Sunday, police said.

Police official Muhammad Jan said locals who spotted the bodies informed the administration, after which police reached the spot and shifted them to Civil Hospital Khuzdar. One of the deceased was identified as Aziz Mengal, while the other two could not be identified till the filing of this report.

"The victims were shot from close range," the official said. The motive behind the killings could not be ascertained and no group has claimed responsibility. The district administration has started an investigation.

Khuzdar has witnessed a sharp rise in targeted killings and bomb blasts over the past few years, and the deteriorating law and order situation has forced a number of families to migrate to other parts of Balochistan. Earlier this year, the discovery of a mass grave at Tootak in the same district had triggered protests by families of missing persons in Quetta and Karachi.""")

R["br-010"] = dict(
title="Three shot dead in Kalat, Kharan; accident claims two lives",
url="https://www.dawn.com/news/1911519/shootings-crash-leave-five-dead-in-balochistan", date="2025-05-17", text="""QUETTA / KHUZDAR: Three people, including a woman, were shot dead in separate attacks in Kalat and Kharan on Friday, while two others lost their lives when a pick-up overturned near Gazg, officials said.

In the Killi Mulki area of Kalat district, unidentified armed men opened fire on a man and a woman, according to the Levies. Both suffered multiple bullet wounds and died on the spot, a Levies official said. The man was identified as Lal Mohammad. The bodies were taken to the District Hospital Kalat. The attackers escaped.

In Kharan town, motorcyclists gunned down a balloon seller in the vegetable market area. Police identified the victim as Lal Das, a native of Jaffarabad district who had been selling balloons in Kharan for many years. Police described the incident as a target killing and said further investigation was under way.

No group claimed responsibility for either attack.

Separately, two people were killed and two others injured when a Gazg-bound pick-up from Kalat veered off the road and plunged into a ditch in the Khand area of Gazg tehsil. Levies officials blamed over-speeding. The bodies and the injured were taken to the Kalat district hospital.""")

R["br-011"] = dict(
title="Analysis: The TTP's northern corridor into Balochistan",
url="", date="2023-12-30", text="""ISLAMABAD: For most of the past two decades, violence in Balochistan has been read through two lenses: the Baloch separatist insurgency in the south and east of the province, and the sectarian killings of Hazaras in Quetta. The year now ending has added a third. Militants linked to the Tehreek-e-Taliban Pakistan (TTP) have pushed into the Pashtun districts of the north, and security officials privately concede they were slow to see it coming.

The deadliest example came on July 12, when gunmen stormed the Zhob garrison before dawn. Nine soldiers were martyred, the ISPR said, making it one of the costliest single attacks on the army in the province in years. Responsibility was claimed by the little-known Tehreek-e-Jihad Pakistan, which officials regard as a front for the TTP. On the same day three more soldiers were killed in a gunfight with militants in the Sui area of Dera Bugti, hundreds of kilometres to the south.

Two months earlier, attackers had raided a Frontier Corps camp at Muslim Bagh in Qila Saifullah district, keeping troops engaged for hours before they were killed. And last November, two days after the TTP called off its ceasefire with the government, a suicide bomber rammed a police truck escorting polio vaccinators at Baleli, on the northern outskirts of Quetta - an attack the group claimed openly.

Geography explains much. Zhob and Sherani border South Waziristan as well as Afghanistan's Paktika province, and the N-50 highway from Kuchlak through Zhob to D.I. Khan is one of the main arteries linking the province with Khyber Pakhtunkhwa and Punjab. It is also part of the western alignment of the China-Pakistan Economic Corridor. Officials say fighters squeezed out of the former tribal districts have found it easier to move through this thinly policed belt, much of which was until recently the responsibility of the Levies rather than the police.

Islamabad accuses the Afghan Taliban government of sheltering TTP leaders; Kabul denies that its soil is used against any neighbour. The Islamabad-based Pakistan Institute for Conflict and Security Studies has recorded a sharp rise in militant attacks nationwide this year, with Khyber Pakhtunkhwa bearing the brunt and Balochistan second.

Not all of this is new. In August 2019, a bomb planted in a mosque in Kuchlak killed at least four people, among them a brother of the Afghan Taliban's supreme leader. But the pattern of 2023 - direct assaults on garrisons and camps rather than occasional bombings - suggests a more ambitious campaign, and one that the province's overstretched forces, already fighting separatists in Kech, Panjgur and Kalat, will find hard to contain.""")

R["br-012"] = dict(
title="PAF shoots down Iranian drone over Panjgur, FO confirms",
url="", date="2017-06-22", text="""QUETTA: The Foreign Office on Thursday confirmed that a Pakistan Air Force jet had shot down an Iranian drone which intruded into Pakistani airspace over Panjgur district earlier this week.

Speaking at the weekly briefing in Islamabad, FO spokesman Nafees Zakaria said the unmanned aircraft was flying three to four kilometres inside Pakistani territory when it was brought down by a JF-17 Thunder. He confirmed that the drone was Iranian and said the matter had been taken up with Tehran. No casualties were reported on the ground.

The incident is the latest in a series of frictions along the Pakistan-Iran border. Iranian border guards have fired mortar shells into Panjgur and Kech districts on several occasions in recent years. In April, ten Iranian border guards were killed near Mirjaveh in an attack claimed by the Jaish al-Adl militant group, which Tehran says operates from Pakistani soil, and in May Iran's armed forces chief warned that Iran would strike militant hideouts inside Pakistan if Islamabad failed to act.

Jaish al-Adl has crossed the border before. In February 2014 the group abducted five Iranian border guards from the Jakigur area and, according to Iranian officials, took them into Pakistan; four were freed two months later.

Pakistan has since moved additional troops to its border with Iran in Balochistan.""")

R["br-013"] = dict(
title="Taliban rocket and suicide assault on Peshawar airport",
url="", date="2012-12-16", text="""PESHAWAR, Pakistan, Dec 16, 2012 (AFP) - Taliban militants fired rockets at the airport in Pakistan's northwestern city of Peshawar and then tried to storm it with a car bomb and gunmen, killing at least four civilians, officials said Sunday.

Five attackers also died in the assault late on Saturday, which began when a volley of rockets slammed into Bacha Khan International Airport, part of which is used by the Pakistan Air Force. Minutes later a vehicle packed with explosives blew up against the boundary wall, and gunmen opened fire on security forces, who fought back for several hours.

More than 40 people were wounded, many of them residents of the crowded Pawaka neighbourhood next to the airfield, where the blast brought down walls and roofs, police and hospital officials said. Troops searched nearby houses on Sunday morning for any remaining attackers.

Tehreek-e-Taliban Pakistan (TTP) spokesman Ehsanullah Ehsan told AFP by telephone that the group had carried out the attack and that the air force installation was its target.

Peshawar, capital of Khyber Pakhtunkhwa province, sits on the edge of the lawless tribal belt along the border with Afghanistan, where the Taliban and other Islamist groups have their strongholds.

The assault came four months after militants stormed the Minhas air base at Kamra, about 60 kilometres (40 miles) northwest of Islamabad, in a night-long battle in August.""")

R["br-014"] = dict(
title="30 killed as suicide bomber hits funeral in Mardan; PTI MPA among dead",
url="", date="2013-06-19", text="""MARDAN: At least 30 people, including a newly elected member of the Khyber Pakhtunkhwa Assembly from Pakistan Tehreek-e-Insaf (PTI), were killed and more than 50 others injured when a suicide bomber blew himself up at a funeral in Sher Garh area of Mardan district on Tuesday.

Police said the bomber walked into the crowd that had gathered for the funeral prayer and detonated his explosives among the mourners. Among the dead was Imran Khan Mohmand, who had won a provincial assembly seat from the area in the May 11 general election.

The injured were shifted to the Mardan Medical Complex, while some of the critically wounded were referred to Lady Reading Hospital in Peshawar. Hospital sources feared the death toll could rise as several of the wounded were in a critical condition.

Police and rescue teams rushed to Sher Garh after the blast, which sent panic through the area.

Chief Minister Pervez Khattak, whose PTI-led coalition took office only weeks ago, condemned the attack and announced compensation for the families of the victims.

It was the second killing of a PTI legislator in the province within a fortnight. On June 4, PTI MPA Farid Khan was shot dead in Hangu.""")

R["br-015"] = dict(
title="23 killed in Parachinar market blast; LeJ claims responsibility",
url="", date="2015-12-14", text="""PARACHINAR: At least 23 people were killed and over 50 injured when a powerful bomb ripped through a crowded second-hand clothes market in Parachinar, the headquarters of Kurram Agency, on Sunday.

Officials said the explosive device had been planted in the Eidgah market, which was packed with shoppers at the time. Several stalls were destroyed and nearby buildings were damaged.

The injured were taken to the Agency Headquarters Hospital Parachinar. Some of the critically injured were later airlifted to Peshawar by army helicopters, an official of the Kurram political administration said.

Lashkar-e-Jhangvi Al-Alami, a banned sectarian group, claimed responsibility in a statement, saying the attack was revenge for the support of Parachinar's Shias for Iran and for the Syrian government of Bashar al-Assad. The town's population is predominantly Shia.

Kurram, which borders Afghanistan, has suffered repeated bouts of sectarian violence. In February 2012, a suicide bomber killed at least 30 people at the Kurmi bazaar in Parachinar.""")

R["br-016"] = dict(
title="Funerals held for six policemen as D.I. Khan mourns twin attacks",
url="", date="2019-07-22", text="""DERA ISMAIL KHAN: Funeral prayers for six policemen martyred in Sunday's twin attacks in Dera Ismail Khan were offered at the Police Lines on Monday, as officials put the overall death toll at nine.

The attacks began early on Sunday when gunmen on motorcycles opened fire on a police checkpost at Kotla Saidan, on the outskirts of the city, killing two constables before fleeing. When the bodies were brought to the District Headquarters (DHQ) Hospital, a suicide bomber - police said it was a woman wearing a burqa - blew herself up near the entrance of the emergency ward, where policemen, relatives and others had gathered.

Officials said four more policemen and three civilians were killed in the second blast, while dozens of others, including patients' attendants, were injured. Several of the wounded remained in a critical condition.

The banned Tehreek-e-Taliban Pakistan claimed responsibility for both attacks.

Senior police and district administration officials attended the funeral prayers, after which the coffins were sent to the martyrs' native villages for burial. Police said a case had been registered and investigators were examining footage from the hospital's cameras to trace the bomber's facilitators.""")

R["br-017"] = dict(
title="24 killed in Tirah blast as locals, officials give conflicting accounts",
url="", date="2025-09-23", text="""KHYBER (Dunya News) - At least 24 people, among them women and children, were killed when a powerful explosion flattened several houses in Matre Dara village of the remote Tirah valley in Khyber district in the early hours of Monday.

Residents and local political leaders alleged that the village had been struck from the air, saying the dead were civilians asleep in their homes. Security officials, however, said the blast was caused by a stockpile of explosives and bomb-making material that militants had stored in a compound in the village, and that militants were among those killed.

Neither account could be independently verified, as access to the valley remains restricted.

Elected representatives from the area demanded a judicial inquiry into the incident.

Tirah, a mountainous valley bordering Afghanistan, has seen repeated military operations against militant groups over the past decade, and many of its residents have been displaced more than once.""")

R["br-018"] = dict(
title="Army major dies as Pak-Afghan forces clash at Torkham over border gate",
url="", date="2016-06-14", text="""PESHAWAR: A Pakistani army major wounded in firing by Afghan forces at Torkham has succumbed to his injuries, as the two sides exchanged fire again on Monday over the construction of a gate on Pakistan's side of the border crossing.

According to the Inter-Services Public Relations, Afghan forces opened unprovoked fire late on Sunday night on Pakistani troops who were building the gate inside Pakistani territory. Major Ali Jawad Changezi was wounded and shifted to the Combined Military Hospital in Peshawar, where he died. Several Frontier Corps personnel and civilians were also wounded. Pakistani troops responded, the military said.

Afghan officials in Nangarhar province reported casualties on their side as well.

The Torkham crossing, on the main road linking Peshawar with Jalalabad and Kabul through the Khyber Pass, remained closed to traffic, leaving hundreds of goods trucks stranded on both sides.

Islamabad lodged a strong protest with Kabul, which objects to any structures along a border it has never formally recognised.""")

R["br-019"] = dict(
title="Assistant commissioner among four martyred in Bajaur blast",
url="", date="2025-07-03", text="""BAJAUR: The assistant commissioner of Nawagai was among at least four people martyred when a remote-controlled bomb struck an official vehicle in Bajaur district on Wednesday, officials said, while several others were injured.

District police said the bomb had been planted by the roadside and was detonated as the vehicle passed. A tehsildar and police personnel travelling with the officer were among the dead. The injured were shifted to hospital, where some of them were said to be in a critical condition.

Police and security forces cordoned off the area and launched a search operation. No group had claimed responsibility by the evening.

In Peshawar, the provincial government condemned the attack and directed police to trace those behind it.

Bajaur, which borders Afghanistan's Kunar province, has seen a steady rise in militant violence over the past two years. In July 2023, a suicide bomber struck a JUI-F workers' convention in Khar, the district headquarters, killing more than 50 people.""")

R["br-020"] = dict(
title="Grenade attack on Peshawar cinema kills 12; second such attack in nine days",
url="", date="2014-02-12", text="""(Translated from Urdu)

PESHAWAR: At least 12 people were killed and dozens injured on Tuesday evening when unknown attackers hurled hand grenades into a hall of the Picture House cinema during a show, the second attack on a cinema in the provincial capital within nine days.

Police said the attackers threw grenades into the crowded hall and escaped in the panic that followed. The injured were shifted to Lady Reading Hospital, where several were said to be in a critical condition. Police and bomb disposal staff cordoned off the building and collected evidence.

On February 2, a grenade attack on the Shama cinema killed at least five people and injured many others.

No group has claimed either attack. Militant groups have in the past targeted cinemas, music and CD shops in the city, which they regard as un-Islamic.""")

R["br-021"] = dict(
title="Mob in northwest Pakistan kills man accused of desecrating Quran, burns his body",
url="", date="2024-06-21", text="""ISLAMABAD (AP) - A mob in northwest Pakistan stormed a police station, dragged out a tourist accused of desecrating the Quran and killed him before setting his body on fire, police said Friday.

The violence erupted Thursday night in Madyan, a resort town in the Swat Valley of Khyber Pakhtunkhwa province. Police had taken the man, who was from Sialkot in eastern Punjab province, into custody after local residents accused him of burning pages of Islam's holy book. Word spread through mosque loudspeakers and hundreds of people gathered outside the police station, a local police official said on condition of anonymity because he was not authorized to talk to reporters.

The crowd set fire to the station and several police vehicles, and a number of officers were hurt trying to stop them, police said. The man died of his injuries and his body was then set alight.

Prime Minister Shehbaz Sharif condemned the killing and the provincial government ordered an inquiry. Police said Friday they were identifying suspects from video footage.

Insulting Islam is punishable by death under Pakistan's laws, and even unproven allegations can provoke deadly mob violence. In December 2021, a mob in Sialkot lynched a Sri Lankan factory manager accused of blasphemy and burned his body. In August last year, mobs in Jaranwala, also in Punjab, torched churches and dozens of Christian homes after two Christian brothers were accused of desecrating the Quran; no one was killed.""")

R["br-022"] = dict(
title="Mob torches Christian homes in Lahore's Joseph Colony",
url="", date="2013-03-10", text="""LAHORE - A rampaging mob set fire to more than 100 houses belonging to Christian families in Joseph Colony near Badami Bagh on Saturday, a day after a Christian sanitary worker was accused of making blasphemous remarks.

Hundreds of enraged men armed with sticks and petrol bottles ransacked the homes, dragged out furniture and household goods and set them ablaze. Residents had fled the neighbourhood the previous night fearing an attack, and police said no one was killed. Police used tear gas to disperse the crowd after several hours.

The accused, Sawan Masih, had been taken into custody and a case registered against him under the blasphemy law. Police said dozens of suspects involved in the arson had been detained.

Punjab Chief Minister Shahbaz Sharif ordered an inquiry and announced compensation for affected families, while the Chief Justice of Pakistan took suo motu notice of the incident. Christian leaders announced protests and a day of mourning.

The attack revived memories of the 2009 riots in Gojra, in Toba Tek Singh district, where a mob burned dozens of Christian houses and at least seven people were killed.""")

R["br-023"] = dict(
title="Bhong temple attack: 20 arrested as SC takes notice",
url="", date="2021-08-06", text="""RAHIM YAR KHAN (Geo News): Police have arrested 20 suspects over Wednesday's mob attack on a Hindu temple in Bhong town of Rahim Yar Khan district, officials said on Friday, as the Supreme Court took suo motu notice of the incident.

A mob armed with sticks, stones and bricks stormed the Ganesh Mandir in Bhong on Wednesday, smashing idols and windows and setting parts of the temple on fire, after a local court granted bail to an eight-year-old Hindu boy accused of urinating in a seminary. Rangers were called in to restore order in the town.

Chief Justice Gulzar Ahmed, taking notice, summoned the Punjab inspector general of police and chief secretary to appear before the court in Islamabad. Prime Minister Imran Khan condemned the attack and said the government would restore the temple.

Members of the local Hindu community said they had been living in fear since the attack.""")

R["br-024"] = dict(
title="One killed, several injured in Saddar blast; SRA claims attack",
url="", date="2022-05-13", text="""KARACHI: One person was killed and several others were wounded when a bomb went off near a vehicle of the Pakistan Coast Guards in Saddar's busy commercial area late on Thursday night, police said.

The banned Sindhudesh Revolutionary Army (SRA) claimed responsibility, saying its target had been the Coast Guards personnel.

Police said the explosive device had been planted along the roadside. Nearby shops and parked vehicles were damaged, and the area was cordoned off while the bomb disposal squad examined the site. The dead and injured were taken to hospital.

The blast came barely two weeks after a woman suicide bomber attacked a van carrying Chinese teachers at the Confucius Institute of the University of Karachi on April 26, killing four people.

The SRA, a separatist group, has in the past claimed small-scale bomb attacks on Rangers, banks and railway tracks in Karachi and interior Sindh.""")
