TEXTS = {}

TEXTS["bf-017"] = dict(
title="Quetta mosque bombing: CTD registers case as slain DSP is laid to rest",
url="https://www.bexpress.com.pk/2020/01/fir-registered-in-quetta-blast-case-as-city-remains-in-grip-of-grief-2/",
published="2020-01-12",
text="""QUETTA: The Counter-Terrorism Department on Saturday registered a case against unknown people over Friday evening's bombing of a mosque in the Ghousabad neighbourhood of Satellite Town, in which 15 worshippers, including a deputy superintendent of police and the prayer leader, were killed.

The case was lodged on the complaint of the Satellite Town SHO under the Anti-Terrorism Act and sections dealing with murder and attempted murder. Funeral prayers for DSP Haji Amanullah were held amid tight security, and he was buried in the city.

The blast went off during the Maghrib prayers in the mosque, which is attached to a seminary in the densely populated, largely Pashtun neighbourhood. Balochistan Home Minister Mir Ziaullah Langove had confirmed 15 deaths and said 19 people were injured; a spokesman for the Civil Hospital, where the casualties were taken, later put the number of injured at 21.

Police initially said an explosive device had been planted inside the building, but the Islamic State group, in a statement circulated on Saturday, claimed that one of its suicide bombers had carried out the attack. Officials said they were examining the claim.

The DSP, who was posted at the police training college, had lost his son a month ago, when the young man was shot dead by gunmen on Sariab Road. Relatives at the funeral said the family was still waiting for justice in that case. DIG Quetta Abdul Razzaq Cheema said police had almost completed their inquiry into the son's murder but saw no link between the two attacks.

Friday's bombing was the second attack in the provincial capital within a week. On Tuesday, a bomb fitted to a motorcycle exploded near a Frontier Corps vehicle on McConaghey Road, killing two people and injuring 14.

Chief of Army Staff Gen Qamar Javed Bajwa condemned the attack on worshippers, while Prime Minister Imran Khan sought a report from the provincial government."""
)

TEXTS["bf-018"] = dict(
title="Protests spread over Dannuk killing as family demands trial of 'gang'",
url="https://thebalochistanpost.net/2020/06/dannuk-incident-creates-a-massive-outcry-in-balochistan/",
published="2020-06-04",
text="""TURBAT: Protests against the killing of a young mother during a night-time robbery in Dannuk continued for a second week on Wednesday, with rallies held in Gwadar, Buleda and Noshki and organisers announcing demonstrations in Quetta and Karachi in the coming days.

The incident took place around midnight on May 26, when three armed men broke into a house in the Dannuk area of Turbat, in Kech district. When the women of the house resisted, the intruders opened fire, killing Malik Naz and wounding her four-year-old daughter, Bramsh. The girl, who was hit by bullets, was later shifted to a hospital in Karachi, where relatives say her condition is stable.

Relatives and neighbours who rushed to the house overpowered one of the attackers and handed him over to the police along with a Kalashnikov and a motorcycle. Family members allege that the gang is linked to an armed group that enjoys official patronage, a charge the authorities have not commented on. Police say they have arrested one suspect and are looking for the others.

On Monday, hundreds of people, many of them women and children, marched from Dannuk to Shaheed Fida Chowk in Turbat in the scorching heat, carrying pictures of Bramsh and placards demanding justice. Speakers said robberies and armed gangs had made life unsafe in Kech and that people had lost faith in the district administration. A sister of Malik Naz told the rally that the family would not rest until all those involved had been tried.

The Bramsh Solidarity Committee, formed by students and political workers, has been coordinating the campaign on social media under the hashtag #JusticeForBramsh. BNP chief Sardar Akhtar Mengal wrote on Twitter that the killing of women and children in Balochistan was "not even considered a crime".

A protest was also held in Dalbandin on Tuesday, participants said."""
)

TEXTS["bf-019"] = dict(
title="Five killed, 20 hurt as motorcycle bomb rips through Chaman's Mall Road",
url="https://www.dawn.com/news/1573634/at-least-5-killed-20-injured-in-powerful-blast-in-chaman",
published="2020-08-10",
text="""CHAMAN: At least five people were killed and 20 injured on Monday when a bomb planted on a parked motorcycle went off on the busy Mall Road of this border town, officials said.

Assistant Commissioner Zakaullah Durrani said the improvised explosive device appeared to have been aimed at a vehicle of the Anti-Narcotics Force as it passed through the bazaar. Police inspector Muhammad Mohsin said the bomb had been detonated by remote control. Window panes of shops and houses nearby were shattered and several vehicles were damaged.

The wounded were rushed to the District Civil Hospital, where an emergency was declared; some of the seriously injured were referred to Quetta. Police and Levies personnel cordoned off the area and bomb disposal experts collected evidence.

Prime Minister Imran Khan condemned the attack and expressed grief over the loss of lives.

Chaman, which faces the Afghan province of Kandahar across the border, has seen several such blasts in recent years. In March, nine people were injured in an explosion near the Levies Lines in the town, which targeted a Levies risaldar major who escaped unhurt.

The province has witnessed a rise in militant attacks in recent months. Last month one person was killed and seven were injured when a motorcycle bomb exploded in a bazaar in Turbat, while in May six soldiers were martyred when a roadside bomb struck their vehicle in Bolan district and another soldier died in an exchange of fire in the Makran region.

No group has so far claimed responsibility for Monday's bombing."""
)

TEXTS["bf-020"] = dict(
title="Father identifies FC soldier accused of killing student in Turbat",
url="https://www.dawn.com/news/1575382/father-recognises-hayats-killer-in-identification-parade",
published="2020-08-20",
text="""TURBAT: The father of Hayat Baloch, the Karachi University student shot dead in Turbat last week, on Wednesday picked out the Frontier Corps soldier accused of killing his son during an identification parade held at the Turbat district jail.

Kech District Police Officer Najeebullah Pandrani said the parade was conducted under the supervision of a judicial magistrate, and other prisoners had been lined up alongside the suspect, Naik Shadiullah. "The father identified him three times," Mr Pandrani said.

Hayat, a final-year physiology student who had come home after his university was closed because of the coronavirus pandemic, was working with his parents in the family's date orchard in the Absar area on Aug 13 when a roadside bomb struck an FC convoy on the nearby road. His family says soldiers searching the area after the blast dragged him to the roadside, beat him and then shot him several times in front of his mother and father.

In a statement issued on Wednesday, FC Balochistan said three personnel, including a non-commissioned officer, had been injured in the IED attack in Absar. While some residents, including Hayat, were being questioned, the soldier, "demonstrating irresponsible attitude", opened fire and killed the student on the spot, it said. Other soldiers overpowered and disarmed him, and he was handed over to the police after an internal inquiry.

A murder case has been registered at the City police station on the complaint of Hayat's elder brother, Muhammad Murad Baloch.

The killing has prompted protests in Quetta, Gwadar, Khuzdar and Karachi as well as in Turbat. Federal Minister for Human Rights Shireen Mazari, speaking in Islamabad, called for an inquiry into how such a killing could have happened. Many of the protesters also invoked the case of Malik Naz, who was shot dead by armed robbers in Dannuk in May."""
)

TEXTS["bf-021"] = dict(
title="Families keep vigil with children's bodies in Quetta, seek probe into Hoshab blast",
url="https://dawn.com/news/1652067/talks-with-family-of-children-killed-in-hoshab-being-held-langov",
published="2021-10-15",
text="""QUETTA: Relatives of two children killed in an explosion in Hoshab continued their sit-in near the Governor House and the Chief Minister's House on Thursday, refusing to bury the bodies until an impartial inquiry was ordered into the incident.

Balochistan Home Minister Mir Ziaullah Langove said the government had taken notice of the protest and that officials were holding talks with the families.

The children, Allah Bakhsh and his younger sister Shahrato, were killed and another child, Muskan, was seriously injured on Sunday morning while they were playing near their home in Hoshab, a small town on the road between Turbat and Panjgur in Kech district. Their relatives say the children were hit by a mortar shell fired from a nearby security forces' post.

The Levies Force, however, maintains that the children were hurt when a device they were playing with, apparently a hand grenade or booby trap, exploded. Two of them died on the way to hospital in Turbat, while the third was admitted there in a critical condition.

Before bringing the bodies to Quetta on Wednesday, the families had staged a two-day sit-in at Shaheed Fida Chowk in Turbat. A video of the Kech deputy commissioner telling an elderly woman to keep quiet while men were talking at the sit-in was widely shared and drew criticism from political parties.

Leaders of the National Party and the BNP who visited the protest camp demanded that those responsible be identified and that compensation be paid to the families. "We are not asking for money. We are asking who fired at our children," said the children's uncle."""
)

TEXTS["bf-022"] = dict(
title="Kech's long war: from Gogdan to Hoshab, a district that buries its dead in silence",
url="",
published="2021-11-20",
text="""When the bodies of two small children from Hoshab were carried to Quetta last month, the sit-in outside the Governor House drew crowds officials had not expected. For many people in Kech, the anger was about more than one explosion. It was about a decade in which the district has absorbed violence from every direction -- from insurgents, from security forces and from criminal gangs that residents say act under official protection -- with almost no one held to account.

Kech, with Turbat as its headquarters, stretches from Buleda, Mand and Tump along the Iranian border to Dasht in the south. It has long been the heartland of the Balochistan Liberation Front, whose fighters have mostly targeted security forces and workers brought in from outside the province.

The worst of these attacks came in April 2015, when gunmen overran a labourers' camp at Gogdan near Turbat and shot dead 20 workers, most of them from Sindh and Punjab. In November 2017 the bodies of 15 young men from central Punjab, who had been trying to cross into Iran on their way to Europe, were found in Buleda; the BLF said it had killed them.

Attacks on troops have been just as relentless. In December 2018 six FC men died and 14 were wounded when their convoy was ambushed in the district. In July 2019 the military said four soldiers had been killed at Tijaban, while the BLF claimed ten. In May last year a major and five soldiers were killed when a remote-controlled bomb hit their vehicle on patrol in Buleda, some 14 kilometres from the border.

Civilians caught in between have fared no better. Last year two killings became rallying points. In May, Malik Naz was shot dead and her four-year-old daughter wounded when armed men raided their house in Dannuk; the suspects, residents said, belonged to a gang that had long operated freely. In August, Hayat Baloch, a Karachi University student, was shot by an FC soldier in Absar after a roadside bomb hit a convoy nearby. A court in Turbat has since sentenced the soldier to death, a rare conviction.

Then came Hoshab. On October 10 two siblings were killed and a third child injured near their home. The family blamed a mortar shell fired from a nearby post; the Levies said the children had picked up a grenade.

Security officials argue that the insurgency leaves them little choice. They point to fighters slipping across from Iran, to the roadside bombs that have made the M-8 highway one of the most dangerous roads in the province, and to attacks on projects linked to the China-Pakistan Economic Corridor. Human rights activists answer that enforced disappearances and dumped bodies have fed the insurgency rather than starved it.

What residents describe is exhaustion: date farmers who no longer visit their orchards after dark, teachers afraid to travel to the outlying tehsils, and families who bury their dead without a first information report ever being filed.

"Every government promises an inquiry," said a lawyer in Turbat who has represented families of the missing. "I have never seen one published.\""""
)

TEXTS["bf-023"] = dict(
title="Levies man martyred in Kohlu landmine blast; another hurt in Chaman attack",
url="https://www.dawn.com/news/1739527/levies-man-martyred-in-kohlu-landmine-blast",
published="2023-02-28",
text="""QUETTA: A Levies soldier was martyred and six others were injured when their vehicle ran over a landmine in the Janthali area of Kohlu district on Monday, while another Levies man was critically wounded in a gun attack on a checkpoint in the border town of Chaman.

Levies Director General Nasibullah Khan Kakar said the pick-up carrying the personnel set off the mine as it passed through the area. The men were on their way to provide security for polling in a local government by-election on reserved seats, officials said.

Other Levies officials put the toll at two dead and five injured. The casualties were first taken to the district headquarters hospital in Kohlu, and two of the critically injured were later airlifted to the Combined Military Hospital in Quetta.

In Chaman, men riding a motorcycle opened fire on a checkpoint when a Levies soldier signalled them to stop. The soldier received several bullet wounds and was shifted to CMH Quetta, where his condition was described as critical. The attackers escaped.

It was the third attack on security personnel in Chaman in a week. Two Frontier Corps men were shot dead in the Roghani Road area last week, and a Levies man was killed near the press club a few days later.

Balochistan Chief Minister Mir Abdul Quddus Bizenjo condemned the Kohlu blast and directed the authorities to ensure the best possible treatment for the injured.

Kohlu, the stronghold of the Marri tribe, has witnessed frequent landmine explosions over the years, many of them targeting security forces and government officials."""
)

TEXTS["bf-024"] = dict(
title="Three policemen martyred as militants storm Tank police lines; two FC men killed in Khyber",
url="https://www.dawn.com/news/1798286/five-police-fc-officials-martyred-in-kp-attacks",
published="2023-12-16",
text="""DERA ISMAIL KHAN/PESHAWAR: Three policemen and two personnel of the Frontier Constabulary were martyred in separate militant attacks in Tank and Khyber districts on Friday.

In Tank, a group of militants including at least one suicide bomber attacked the district police lines at around 2:30am. District Police Officer Iftikhar Ali Shah said one attacker blew himself up at the main entrance of an office and residential block, allowing the others to force their way in. Policemen on guard engaged them in a gunbattle that went on for several hours, and troops deployed nearby were called in to help.

The DPO said a sub-inspector was among the dead, and two other policemen were injured. The ISPR said all five terrorists were killed in the ensuing operation, although provincial police chief Akhtar Hayat had earlier said three attackers had been killed. Dera Road was closed to traffic until the afternoon while the area was cleared.

A little-known group calling itself Ansarul Islam claimed responsibility in a statement sent to journalists, describing it as its first attack.

In Khyber district, militants attacked a joint checkpoint of the police and the Frontier Constabulary in the Nala Khwarh area at around 3:30am. Two FC personnel were martyred, while six others and a policeman were wounded, a senior police official said.

The attacks came three days after 23 soldiers were martyred when suicide bombers rammed an explosives-laden truck into a security forces' compound in the Daraban area of Dera Ismail Khan. A newly surfaced group, the Tehreek-e-Jihad Pakistan, had claimed that attack.

Caretaker Prime Minister Anwaarul Haq Kakar paid tribute to the police for foiling what he described as a major terrorist plan."""
)

TEXTS["bf-025"] = dict(
title="Panjgur DC shot dead as gunmen block Quetta-Karachi highway near Mastung",
url="https://www.dawn.com/news/1851938/panjgur-dc-killed-in-attack-on-quetta-karachi-highway",
published="2024-08-13",
text="""QUETTA: The deputy commissioner of Panjgur, Zakir Hussain Baloch, was killed and four other people were wounded when gunmen opened fire on his official vehicle on the Quetta-Karachi highway near Khadkocha, in Mastung district, on Monday.

Security officials said about 15 armed men had blocked the road near Kand Umrani and were stopping and checking vehicles. When they signalled the DC's car to stop and the driver sped on, they opened fire.

Mr Baloch, who was travelling to Quetta with the chairman of the Panjgur Municipal Committee, Abdul Malik Baloch, was taken to the Shaheed Nawab Ghous Bakhsh Memorial Hospital in Mastung, where he died during treatment. The hospital's chief executive, Dr Saeed Ahmed, said he had been hit in the chest and stomach. Abdul Malik Baloch, a younger brother of the National Party's provincial president Rehmat Baloch, suffered several bullet wounds and was referred to the trauma centre in Quetta.

Levies personnel cordoned off the area and a search was launched for the attackers. No group immediately claimed responsibility. The DC, who hailed from Turbat, was regarded by colleagues as an approachable officer; Prime Minister Shehbaz Sharif said the attackers would be given exemplary punishment.

Separately, eight people, including a woman, were injured in Quetta when men on a motorcycle threw a hand grenade at a police patrol vehicle in the Chalo Bawri area of Satellite Town. The patrol vehicle escaped damage, police said, and the wounded were taken to the Civil Hospital. Another grenade attack was reported from the Sariab area late in the evening."""
)

TEXTS["bf-026"] = dict(
title="Two children, woman killed in Pishin motorcycle bomb blast",
url="https://www.pakistantoday.com.pk/2024/08/25/two-kid-woman-killed-13-injured-in-pishin-explosion/",
published="2024-08-25",
text="""PISHIN: Two children and a woman were killed and more than a dozen people, among them policemen, were injured on Saturday when a bomb hidden in a parked motorcycle exploded in the main market near Surkhab Chowk.

The blast took place close to the deputy commissioner's office and the police lines. The medical superintendent of the Pishin Civil Hospital, Dr Wakeel Sherani, said two children died on the spot and 14 people were brought in wounded. Most of them were referred to the Trauma Centre in Quetta, where a woman later succumbed to her injuries, the centre's managing director said. Several of the wounded were in a serious condition.

Pishin City SHO Mujibur Rehman said the explosives appeared to have been planted in the motorcycle, and that two traffic policemen on duty nearby were critically hurt. Senior Superintendent of Police Manzoor Buledi told Reuters that seven policemen were among the injured and that the device had been detonated by remote control. Three vehicles were also damaged.

Counter-Terrorism Department officials and the bomb disposal squad collected evidence from the site. Prime Minister Shehbaz Sharif said those who attacked young children "do not deserve to be called humans".

The bombing follows a roadside blast in Noshki district a few days ago in which two pedestrians were injured as a Frontier Corps convoy passed by. Last month an IED in Pishin targeted a CTD vehicle, injuring three CTD officials and three passers-by. In February, on the eve of the general election, at least 14 people were killed when a bomb exploded outside a candidate's election office in the district.

No group claimed responsibility for Saturday's attack."""
)

TEXTS["bf-027"] = dict(
title="Militants kill 23 travellers, strike across Balochistan in coordinated attacks",
url="https://arynews.tv/balochistan-terror-attacks-kill-at-least-38-people/",
published="2024-08-26",
text="""QUETTA, Pakistan, Aug 26 (wire) -- Separatist militants launched a wave of coordinated attacks across Balochistan overnight, gunning down 23 travellers on a highway, blowing up a railway bridge and storming security posts in at least five districts, officials said on Monday. At least 38 people were killed in Musakhel, Kalat and Bolan alone.

In the deadliest incident, gunmen blocked the inter-provincial highway in the Rarasham area of Musakhel district, about 70 km from the district headquarters, and forced people off buses and trucks. After checking their identity cards, they shot dead 23 men, most of them from Punjab, and set fire to about 10 vehicles, Senior Superintendent of Police Ayub Achakzai said.

In Kalat, 10 people -- a police sub-inspector, four Levies personnel and five civilians -- were killed as militants attacked checkpoints and clashed with security forces along the national highway and inside the town, district police chief Dostin Dashti said. Officials said the militants had held a stretch of the highway, two roadside hotels and a hospital for several hours before being pushed back. The assistant commissioner of Kalat was among the wounded.

In Bolan, a powerful blast destroyed a railway bridge in the Dozan area, suspending all train services between Quetta and the rest of the country, railway officials said. One person was killed. The bodies of four men were later recovered from Kolpur, also in Bolan.

Militants also attacked a Frontier Corps camp at Bela in Lasbela district. Security officials said five attackers were killed, while another official said two attackers had died; two personnel were wounded in the fighting. In Mastung, fighters briefly took over a Levies station at Khad Kocha and checked the identity cards of travellers on the highway before security forces regained control.

The military's media wing said 21 militants had been killed in clearance operations and that 14 members of the security forces -- 10 soldiers and four police and Levies personnel -- had lost their lives.

The outlawed Baloch Liberation Army claimed responsibility for what it called Operation Herof, saying its fighters had taken control of highways across the province and killed dozens of soldiers. The claim could not be independently verified. President Asif Ali Zardari and Prime Minister Shehbaz Sharif condemned the killings of the travellers and said those responsible would be brought to justice.

The attacks coincided with the anniversary of the killing of Nawab Akbar Bugti, the chieftain of Dera Bugti and a former chief minister, in a military operation in the mountains of Kohlu on Aug 26, 2006. Violence has risen steadily this year; the Centre for Research and Security Studies counted 380 violence-linked fatalities across Pakistan in the second quarter alone."""
)

TEXTS["bf-028"] = dict(
title="Jaffar Express operation over, all 33 attackers killed: ISPR",
url="https://arynews.tv/jaffar-express-operation-complete-all-33-terrorists-killed-ispr/",
published="2025-03-12",
text="""RAWALPINDI: Security forces have completed the operation to free the passengers of the hijacked Jaffar Express in Bolan, killing all 33 militants involved, while 21 passengers and four Frontier Corps personnel lost their lives, the military's spokesman said on Wednesday evening.

Director General of Inter-Services Public Relations Lt Gen Ahmed Sharif Chaudhry said in a television interview that the attackers had blown up the railway track at about 1pm on Tuesday and stopped the Quetta-to-Peshawar train, which was carrying about 440 people in nine coaches, near a tunnel in the Dhadar area of the district.

The passengers who died had been killed by the militants before the clearance operation began, he said. Three FC personnel guarding a railway picket were killed in the initial attack, and one FC soldier died during the rescue operation.

According to the DG ISPR, the militants had divided the hostages into groups and placed suicide bombers among them, using women and children as human shields. Army snipers first took out the suicide bombers, after which troops of the army, the Frontier Corps and the Special Service Group, backed by the air force, cleared the train "bogey by bogey". No passenger was harmed during the final phase of the operation, he said.

The general said the attackers had remained in contact with their handlers in Afghanistan by satellite phone throughout the siege. He described the area around the Mashkaf tunnel, near Pehro Kunri station and some 157km from Quetta, as difficult terrain far from roads and settlements.

Earlier in the day, security sources said more than 150 hostages had been freed in phases; many of them were taken by a relief train to Mach, where relatives were waiting. Thirty-seven injured passengers were shifted to hospitals.

The outlawed Baloch Liberation Army had claimed responsibility for the hijacking on Tuesday, saying it was holding passengers and security personnel hostage and demanding the release of Baloch political prisoners. It was the first time militants in Pakistan had seized an entire passenger train."""
)

TEXTS["bf-029"] = dict(
title="Senior official martyred as militants storm Surab, torch offices and loot bank",
url="https://tribune.com.pk/story/2548741/govt-official-martyred-in-surab-terror-siege",
published="2025-05-31",
text="""QUETTA: Dozens of armed militants stormed Surab town on Friday evening, killing a senior district official, torching government buildings and looting a bank before withdrawing into the surrounding mountains after a gunfight with Levies and police, officials said.

Balochistan government spokesman Shahid Rind said Additional Deputy Commissioner (Revenue) Hidayatullah Buledi was martyred when the attackers stormed his residence. Members of his family, who were in the house at the time, were unharmed. Mr Rind said Mr Buledi had resisted the attackers and had set "a new example of bravery".

According to officials, the militants, travelling on motorcycles and in vehicles, first blocked the Quetta-Karachi highway at Surab and searched passing vehicles before entering the town. They surrounded the police and Levies stations, set fire to several government offices and official residences, torched four official vehicles, and looted and burnt a bank branch in the bazaar. An attempt to storm the deputy commissioner's office was repulsed by the personnel deployed there.

"Deputy Commissioner Surab compound was attacked," Quetta Commissioner Hamza Shafqaat wrote on social media, adding that the Levies and other law enforcement agencies had "valiantly fought them back".

The outlawed Balochistan Liberation Army claimed responsibility. Mr Rind blamed "the proxy of Hindustan", the term the government has adopted for Baloch separatist groups.

Surab, which lies on the main road linking Quetta with Khuzdar and Karachi, was recently upgraded to a separate district after being carved out of Kalat. The highway through the area has been targeted repeatedly this year; in late January, militants who had blocked the road at Mangochar in Kalat district killed 18 Frontier Corps soldiers.

A search operation was launched in the area on Saturday, officials said."""
)

TEXTS["bf-030"] = dict(
title="47 militants killed in Zhob as forces foil infiltration bid: ISPR",
url="https://dailytimes.com.pk/1350462/security-forces-kill-33-indian-proxy-fitna-al-khwaraj-militants-in-zhob/",
published="2025-08-09",
text="""RAWALPINDI, Aug 9 (APP): Security forces have killed 14 more militants in the Sambaza area of Zhob district, raising to 47 the number of infiltrators killed since a large group tried to cross into Balochistan from Afghanistan, the Inter-Services Public Relations said on Saturday.

According to the ISPR, troops detected the movement of a large group of "khwarij" in the general area of Sambaza on the night of August 7 and 8 as they attempted to infiltrate through the Pakistan-Afghanistan border, and killed 33 of them in the initial encounter. The remaining fighters were tracked down in a follow-up operation. Weapons, ammunition and explosives were recovered.

The military uses the term "Fitna al Khwarij" for the banned Tehreek-e-Taliban Pakistan, which Islamabad accuses of operating from Afghan soil; Kabul denies the charge.

Last month, security forces said they had killed 30 militants trying to cross into the Hassan Khel area of North Waziristan.

The Zhob operation came days after three soldiers, including Major Muhammad Rizwan Tahir of Narowal, were martyred when an improvised explosive device struck their vehicle in Mastung on the night of August 5 and 6. The other two hailed from Swabi and Karak. Four militants involved in that attack were later killed, the ISPR said."""
)

TEXTS["bf-031"] = dict(
title="Sherani: terrorists attack police and Levies stations, constable martyred (translated from Urdu)",
url="",
published="2025-09-18",
text="""[Translated from the Urdu]

ZHOB (District Correspondent) -- Unidentified armed men attacked two police stations and a Levies post in Sherani district on the night between Tuesday and Wednesday, martyring a police constable and injuring two Levies personnel. One Levies man is reported missing.

According to Deputy Commissioner Sherani Hazrat Wali Kakar, the attackers fired from the surrounding hills with rocket launchers and sniper rifles. The exchange of fire continued for nearly three hours before the attackers fled. The communication systems of the targeted stations were damaged.

The injured Levies men were given first aid at the Civil Hospital Zhob, where an emergency was declared, and were then referred to the Trauma Centre in Quetta.

Some other reports put the casualties higher, saying a Levies official was also martyred and six people were wounded; officials have not confirmed these figures.

Sherani is a mountainous district bordering Khyber Pakhtunkhwa. It may be recalled that in July 2023 terrorists attacked the Dhana Sar police check post in Sherani, martyring three policemen and an FC soldier; one attacker was also killed."""
)
