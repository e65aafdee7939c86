# groups.lex — named organisations that act in conflict and protest news:
# armed groups, militias, gangs, parties, state forces and agencies, and
# international bodies.  Loaded under the lexicon kind "group".
#
# Format: UTF-8, one entry a line, "phrase<TAB>key=value<TAB>key=value...";
# lines starting with '#' are comments.  Each line is one name (alias) of an
# organisation; all lines of one organisation share its id.
#
# Keys:
#   id         stable identifier [A-Z0-9_], the same on every alias.
#   class      rebel     insurgent, armed opposition or jihadist group;
#              militia   pro-government, communal or ethnic militia,
#                        paramilitary, private military company;
#              gang      criminal cartel or gang;
#              party     political party or movement (incl. its youth wing);
#              gov       named government body: ministry, intelligence or
#                        security agency, de facto government;
#              military  named state armed force or command;
#              police    named police, gendarmerie or armed police force;
#              igo       intergovernmental body, UN agency or mission;
#              ngo       non-governmental organisation.
#   country    ISO 3166-1 alpha-2 code of the country the organisation is
#              based in or mainly acts in (a peace mission: its host);
#              empty for international bodies.
#   canonical  display name; the same on every line of the id.
#   parent     optional: id of the organisation this one belongs to or is the
#              branch or armed wing of.
#   ambiguous  yes: the phrase has a common other meaning (another
#              organisation with the same initials, a common word, a generic
#              title); use it only with supporting context.
#   case       exact: match only when written with exactly this case
#              ("ICE", "WHO", "UN").

# ---- Islamic State and its provinces
Islamic State	id=ISIS	class=rebel	country=	canonical=Islamic State
ISIS	id=ISIS	class=rebel	country=	canonical=Islamic State
ISIL	id=ISIS	class=rebel	country=	canonical=Islamic State
Daesh	id=ISIS	class=rebel	country=	canonical=Islamic State
Daech	id=ISIS	class=rebel	country=	canonical=Islamic State
Da'esh	id=ISIS	class=rebel	country=	canonical=Islamic State
Islamic State group	id=ISIS	class=rebel	country=	canonical=Islamic State
IS group	id=ISIS	class=rebel	country=	canonical=Islamic State
Islamic State of Iraq and Syria	id=ISIS	class=rebel	country=	canonical=Islamic State
Islamic State in Iraq and Syria	id=ISIS	class=rebel	country=	canonical=Islamic State
Islamic State of Iraq and the Levant	id=ISIS	class=rebel	country=	canonical=Islamic State
Islamic State in Iraq and the Levant	id=ISIS	class=rebel	country=	canonical=Islamic State
Islamic State of Iraq and al-Sham	id=ISIS	class=rebel	country=	canonical=Islamic State
Islamic State West Africa Province	id=ISWAP	class=rebel	country=NG	canonical=Islamic State West Africa Province	parent=ISIS
ISWAP	id=ISWAP	class=rebel	country=NG	canonical=Islamic State West Africa Province	parent=ISIS
Islamic State West Africa	id=ISWAP	class=rebel	country=NG	canonical=Islamic State West Africa Province	parent=ISIS
Islamic State in West Africa	id=ISWAP	class=rebel	country=NG	canonical=Islamic State West Africa Province	parent=ISIS
IS West Africa	id=ISWAP	class=rebel	country=NG	canonical=Islamic State West Africa Province	parent=ISIS
ISWA	id=ISWAP	class=rebel	country=NG	canonical=Islamic State West Africa Province	parent=ISIS
Islamic State Khorasan Province	id=ISKP	class=rebel	country=AF	canonical=Islamic State Khorasan Province	parent=ISIS
ISKP	id=ISKP	class=rebel	country=AF	canonical=Islamic State Khorasan Province	parent=ISIS
IS-K	id=ISKP	class=rebel	country=AF	canonical=Islamic State Khorasan Province	parent=ISIS
ISIS-K	id=ISKP	class=rebel	country=AF	canonical=Islamic State Khorasan Province	parent=ISIS
ISIS-KP	id=ISKP	class=rebel	country=AF	canonical=Islamic State Khorasan Province	parent=ISIS
Islamic State Khorasan	id=ISKP	class=rebel	country=AF	canonical=Islamic State Khorasan Province	parent=ISIS
Islamic State in Khorasan	id=ISKP	class=rebel	country=AF	canonical=Islamic State Khorasan Province	parent=ISIS
Islamic State-Khorasan	id=ISKP	class=rebel	country=AF	canonical=Islamic State Khorasan Province	parent=ISIS
Daesh-Khorasan	id=ISKP	class=rebel	country=AF	canonical=Islamic State Khorasan Province	parent=ISIS
Islamic State Sahel Province	id=IS_SAHEL	class=rebel	country=ML	canonical=Islamic State Sahel Province	parent=ISIS
IS Sahel	id=IS_SAHEL	class=rebel	country=ML	canonical=Islamic State Sahel Province	parent=ISIS
IS-Sahel	id=IS_SAHEL	class=rebel	country=ML	canonical=Islamic State Sahel Province	parent=ISIS
ISSP	id=IS_SAHEL	class=rebel	country=ML	canonical=Islamic State Sahel Province	parent=ISIS
Islamic State Sahel	id=IS_SAHEL	class=rebel	country=ML	canonical=Islamic State Sahel Province	parent=ISIS
Islamic State in the Sahel	id=IS_SAHEL	class=rebel	country=ML	canonical=Islamic State Sahel Province	parent=ISIS
Islamic State in the Greater Sahara	id=IS_SAHEL	class=rebel	country=ML	canonical=Islamic State Sahel Province	parent=ISIS
ISGS	id=IS_SAHEL	class=rebel	country=ML	canonical=Islamic State Sahel Province	parent=ISIS
EIGS	id=IS_SAHEL	class=rebel	country=ML	canonical=Islamic State Sahel Province	parent=ISIS
Islamic State Central Africa Province	id=ISCAP	class=rebel	country=CD	canonical=Islamic State Central Africa Province	parent=ISIS
ISCAP	id=ISCAP	class=rebel	country=CD	canonical=Islamic State Central Africa Province	parent=ISIS
Islamic State Central Africa	id=ISCAP	class=rebel	country=CD	canonical=Islamic State Central Africa Province	parent=ISIS
IS Central Africa	id=ISCAP	class=rebel	country=CD	canonical=Islamic State Central Africa Province	parent=ISIS
Islamic State Mozambique Province	id=IS_MOZ	class=rebel	country=MZ	canonical=Islamic State Mozambique Province	parent=ISIS
Islamic State Mozambique	id=IS_MOZ	class=rebel	country=MZ	canonical=Islamic State Mozambique Province	parent=ISIS
Islamic State in Mozambique	id=IS_MOZ	class=rebel	country=MZ	canonical=Islamic State Mozambique Province	parent=ISIS
IS Mozambique	id=IS_MOZ	class=rebel	country=MZ	canonical=Islamic State Mozambique Province	parent=ISIS
Islamic State Sinai Province	id=IS_SINAI	class=rebel	country=EG	canonical=Islamic State Sinai Province	parent=ISIS
Islamic State Sinai	id=IS_SINAI	class=rebel	country=EG	canonical=Islamic State Sinai Province	parent=ISIS
Wilayat Sinai	id=IS_SINAI	class=rebel	country=EG	canonical=Islamic State Sinai Province	parent=ISIS
Ansar Bayt al-Maqdis	id=IS_SINAI	class=rebel	country=EG	canonical=Islamic State Sinai Province	parent=ISIS
Ansar Beit al-Maqdis	id=IS_SINAI	class=rebel	country=EG	canonical=Islamic State Sinai Province	parent=ISIS
Ansar Bait al-Maqdis	id=IS_SINAI	class=rebel	country=EG	canonical=Islamic State Sinai Province	parent=ISIS
Islamic State Somalia Province	id=IS_SOMALIA	class=rebel	country=SO	canonical=Islamic State Somalia Province	parent=ISIS
Islamic State Somalia	id=IS_SOMALIA	class=rebel	country=SO	canonical=Islamic State Somalia Province	parent=ISIS
Islamic State in Somalia	id=IS_SOMALIA	class=rebel	country=SO	canonical=Islamic State Somalia Province	parent=ISIS
IS Somalia	id=IS_SOMALIA	class=rebel	country=SO	canonical=Islamic State Somalia Province	parent=ISIS
ISIS-Somalia	id=IS_SOMALIA	class=rebel	country=SO	canonical=Islamic State Somalia Province	parent=ISIS
Islamic State Pakistan Province	id=IS_PAKISTAN	class=rebel	country=PK	canonical=Islamic State Pakistan Province	parent=ISIS
ISPP	id=IS_PAKISTAN	class=rebel	country=PK	canonical=Islamic State Pakistan Province	parent=ISIS
Islamic State Pakistan	id=IS_PAKISTAN	class=rebel	country=PK	canonical=Islamic State Pakistan Province	parent=ISIS

# ---- al-Qaeda and affiliated jihadist groups
al-Qaeda	id=AQ	class=rebel	country=	canonical=al-Qaeda
al-Qaida	id=AQ	class=rebel	country=	canonical=al-Qaeda
al Qaeda	id=AQ	class=rebel	country=	canonical=al-Qaeda
al Qaida	id=AQ	class=rebel	country=	canonical=al-Qaeda
al-Qa'ida	id=AQ	class=rebel	country=	canonical=al-Qaeda
Qaeda	id=AQ	class=rebel	country=	canonical=al-Qaeda
al-Qaeda in the Arabian Peninsula	id=AQAP	class=rebel	country=YE	canonical=al-Qaeda in the Arabian Peninsula	parent=AQ
AQAP	id=AQAP	class=rebel	country=YE	canonical=al-Qaeda in the Arabian Peninsula	parent=AQ
al-Qaida in the Arabian Peninsula	id=AQAP	class=rebel	country=YE	canonical=al-Qaeda in the Arabian Peninsula	parent=AQ
al Qaeda in the Arabian Peninsula	id=AQAP	class=rebel	country=YE	canonical=al-Qaeda in the Arabian Peninsula	parent=AQ
al-Qaeda in the Islamic Maghreb	id=AQIM	class=rebel	country=DZ	canonical=al-Qaeda in the Islamic Maghreb	parent=AQ
AQIM	id=AQIM	class=rebel	country=DZ	canonical=al-Qaeda in the Islamic Maghreb	parent=AQ
al-Qaida in the Islamic Maghreb	id=AQIM	class=rebel	country=DZ	canonical=al-Qaeda in the Islamic Maghreb	parent=AQ
al Qaeda in the Islamic Maghreb	id=AQIM	class=rebel	country=DZ	canonical=al-Qaeda in the Islamic Maghreb	parent=AQ
al-Qaeda in the Indian Subcontinent	id=AQIS	class=rebel	country=PK	canonical=al-Qaeda in the Indian Subcontinent	parent=AQ
AQIS	id=AQIS	class=rebel	country=PK	canonical=al-Qaeda in the Indian Subcontinent	parent=AQ
al-Qaida in the Indian Subcontinent	id=AQIS	class=rebel	country=PK	canonical=al-Qaeda in the Indian Subcontinent	parent=AQ
al-Shabaab	id=SHABAAB	class=rebel	country=SO	canonical=al-Shabaab	parent=AQ
al Shabaab	id=SHABAAB	class=rebel	country=SO	canonical=al-Shabaab	parent=AQ
al-Shabab	id=SHABAAB	class=rebel	country=SO	canonical=al-Shabaab	parent=AQ
al Shabab	id=SHABAAB	class=rebel	country=SO	canonical=al-Shabaab	parent=AQ
Shabaab	id=SHABAAB	class=rebel	country=SO	canonical=al-Shabaab	parent=AQ
Shabab	id=SHABAAB	class=rebel	country=SO	canonical=al-Shabaab	parent=AQ
Harakat al-Shabaab al-Mujahideen	id=SHABAAB	class=rebel	country=SO	canonical=al-Shabaab	parent=AQ
Harakat al-Shabab al-Mujahidin	id=SHABAAB	class=rebel	country=SO	canonical=al-Shabaab	parent=AQ
Jama'at Nusrat al-Islam wal-Muslimin	id=JNIM	class=rebel	country=ML	canonical=Jama'at Nusrat al-Islam wal-Muslimin	parent=AQ
JNIM	id=JNIM	class=rebel	country=ML	canonical=Jama'at Nusrat al-Islam wal-Muslimin	parent=AQ
Jamaat Nusrat al-Islam wal-Muslimin	id=JNIM	class=rebel	country=ML	canonical=Jama'at Nusrat al-Islam wal-Muslimin	parent=AQ
Jama'at Nusrat al-Islam wa al-Muslimin	id=JNIM	class=rebel	country=ML	canonical=Jama'at Nusrat al-Islam wal-Muslimin	parent=AQ
Group for the Support of Islam and Muslims	id=JNIM	class=rebel	country=ML	canonical=Jama'at Nusrat al-Islam wal-Muslimin	parent=AQ
Support Group for Islam and Muslims	id=JNIM	class=rebel	country=ML	canonical=Jama'at Nusrat al-Islam wal-Muslimin	parent=AQ
GSIM	id=JNIM	class=rebel	country=ML	canonical=Jama'at Nusrat al-Islam wal-Muslimin	parent=AQ
Katiba Macina	id=KATIBA_MACINA	class=rebel	country=ML	canonical=Katiba Macina	parent=JNIM
Macina Liberation Front	id=KATIBA_MACINA	class=rebel	country=ML	canonical=Katiba Macina	parent=JNIM
Katibat Macina	id=KATIBA_MACINA	class=rebel	country=ML	canonical=Katiba Macina	parent=JNIM
Ansar Dine	id=ANSAR_DINE	class=rebel	country=ML	canonical=Ansar Dine	parent=JNIM
Ansar Eddine	id=ANSAR_DINE	class=rebel	country=ML	canonical=Ansar Dine	parent=JNIM
Ansar al-Din	id=ANSAR_DINE	class=rebel	country=ML	canonical=Ansar Dine	parent=JNIM
Ansarul Islam	id=ANSARUL_ISLAM	class=rebel	country=BF	canonical=Ansarul Islam	parent=JNIM
Ansaroul Islam	id=ANSARUL_ISLAM	class=rebel	country=BF	canonical=Ansarul Islam	parent=JNIM
Ansar ul Islam	id=ANSARUL_ISLAM	class=rebel	country=BF	canonical=Ansarul Islam	parent=JNIM
Ansar al-Islam	id=ANSAR_ISLAM_IQ	class=rebel	country=IQ	canonical=Ansar al-Islam
Ansar al Islam	id=ANSAR_ISLAM_IQ	class=rebel	country=IQ	canonical=Ansar al-Islam
Boko Haram	id=BOKO_HARAM	class=rebel	country=NG	canonical=Boko Haram
Jama'atu Ahlis Sunna Lidda'awati wal-Jihad	id=BOKO_HARAM	class=rebel	country=NG	canonical=Boko Haram
Jamaatu Ahlis Sunna Liddaawati wal-Jihad	id=BOKO_HARAM	class=rebel	country=NG	canonical=Boko Haram
Jama'at Ahl al-Sunna li-l-Da'wa wa-l-Jihad	id=BOKO_HARAM	class=rebel	country=NG	canonical=Boko Haram
JAS	id=BOKO_HARAM	class=rebel	country=NG	canonical=Boko Haram	case=exact
Shekau faction	id=BOKO_HARAM	class=rebel	country=NG	canonical=Boko Haram
Ansaru	id=ANSARU	class=rebel	country=NG	canonical=Ansaru	parent=AQ
Jama'atu Ansarul Muslimina fi Biladis Sudan	id=ANSARU	class=rebel	country=NG	canonical=Ansaru	parent=AQ
Lakurawa	id=LAKURAWA	class=rebel	country=NG	canonical=Lakurawa
Hayat Tahrir al-Sham	id=HTS	class=rebel	country=SY	canonical=Hayat Tahrir al-Sham
Hay'at Tahrir al-Sham	id=HTS	class=rebel	country=SY	canonical=Hayat Tahrir al-Sham
Hayat Tahrir al-Sham (HTS)	id=HTS	class=rebel	country=SY	canonical=Hayat Tahrir al-Sham
HTS	id=HTS	class=rebel	country=SY	canonical=Hayat Tahrir al-Sham
Tahrir al-Sham	id=HTS	class=rebel	country=SY	canonical=Hayat Tahrir al-Sham
Jabhat al-Nusra	id=HTS	class=rebel	country=SY	canonical=Hayat Tahrir al-Sham
al-Nusra Front	id=HTS	class=rebel	country=SY	canonical=Hayat Tahrir al-Sham
Nusra Front	id=HTS	class=rebel	country=SY	canonical=Hayat Tahrir al-Sham
Jabhat Fateh al-Sham	id=HTS	class=rebel	country=SY	canonical=Hayat Tahrir al-Sham
Hurras al-Din	id=HURRAS_DIN	class=rebel	country=SY	canonical=Hurras al-Din	parent=AQ
Hurras al-Deen	id=HURRAS_DIN	class=rebel	country=SY	canonical=Hurras al-Din	parent=AQ
Tanzim Hurras al-Din	id=HURRAS_DIN	class=rebel	country=SY	canonical=Hurras al-Din	parent=AQ
Guardians of Religion Organization	id=HURRAS_DIN	class=rebel	country=SY	canonical=Hurras al-Din	parent=AQ
Ahrar al-Sham	id=AHRAR_SHAM	class=rebel	country=SY	canonical=Ahrar al-Sham
Harakat Ahrar al-Sham	id=AHRAR_SHAM	class=rebel	country=SY	canonical=Ahrar al-Sham
Jaish al-Islam	id=JAISH_ISLAM	class=rebel	country=SY	canonical=Jaish al-Islam
Jaysh al-Islam	id=JAISH_ISLAM	class=rebel	country=SY	canonical=Jaish al-Islam
Turkistan Islamic Party	id=TIP	class=rebel	country=SY	canonical=Turkistan Islamic Party
East Turkestan Islamic Movement	id=TIP	class=rebel	country=SY	canonical=Turkistan Islamic Party
ETIM	id=TIP	class=rebel	country=SY	canonical=Turkistan Islamic Party
Turkestan Islamic Party	id=TIP	class=rebel	country=SY	canonical=Turkistan Islamic Party
Jemaah Islamiyah	id=JI	class=rebel	country=ID	canonical=Jemaah Islamiyah
Jemaah Islamiah	id=JI	class=rebel	country=ID	canonical=Jemaah Islamiyah
Jamaah Islamiyah	id=JI	class=rebel	country=ID	canonical=Jemaah Islamiyah
JI	id=JI	class=rebel	country=ID	canonical=Jemaah Islamiyah	ambiguous=yes	case=exact
Jamaah Ansharut Daulah	id=JAD	class=rebel	country=ID	canonical=Jamaah Ansharut Daulah	parent=ISIS
JAD	id=JAD	class=rebel	country=ID	canonical=Jamaah Ansharut Daulah	parent=ISIS	case=exact
Mujahidin Indonesia Timur	id=MIT_ID	class=rebel	country=ID	canonical=Mujahidin Indonesia Timur	parent=ISIS
East Indonesia Mujahideen	id=MIT_ID	class=rebel	country=ID	canonical=Mujahidin Indonesia Timur	parent=ISIS
Mujahideen of Eastern Indonesia	id=MIT_ID	class=rebel	country=ID	canonical=Mujahidin Indonesia Timur	parent=ISIS
Abu Sayyaf	id=ABU_SAYYAF	class=rebel	country=PH	canonical=Abu Sayyaf	parent=ISIS
Abu Sayyaf Group	id=ABU_SAYYAF	class=rebel	country=PH	canonical=Abu Sayyaf	parent=ISIS
ASG	id=ABU_SAYYAF	class=rebel	country=PH	canonical=Abu Sayyaf	parent=ISIS	case=exact
Maute group	id=MAUTE	class=rebel	country=PH	canonical=Maute group	parent=ISIS
Dawlah Islamiyah	id=MAUTE	class=rebel	country=PH	canonical=Maute group	parent=ISIS
Dawlah Islamiyah-Maute	id=MAUTE	class=rebel	country=PH	canonical=Maute group	parent=ISIS
Islamic State Lanao	id=MAUTE	class=rebel	country=PH	canonical=Maute group	parent=ISIS
Bangsamoro Islamic Freedom Fighters	id=BIFF	class=rebel	country=PH	canonical=Bangsamoro Islamic Freedom Fighters
BIFF	id=BIFF	class=rebel	country=PH	canonical=Bangsamoro Islamic Freedom Fighters
Jaish-e-Mohammed	id=JEM_PK	class=rebel	country=PK	canonical=Jaish-e-Mohammed
Jaish-e-Muhammad	id=JEM_PK	class=rebel	country=PK	canonical=Jaish-e-Mohammed
Jaish-e-Mohammad	id=JEM_PK	class=rebel	country=PK	canonical=Jaish-e-Mohammed
Jaish-i-Mohammed	id=JEM_PK	class=rebel	country=PK	canonical=Jaish-e-Mohammed
JeM	id=JEM_PK	class=rebel	country=PK	canonical=Jaish-e-Mohammed	ambiguous=yes	case=exact
Lashkar-e-Taiba	id=LET	class=rebel	country=PK	canonical=Lashkar-e-Taiba
Lashkar-e-Tayyiba	id=LET	class=rebel	country=PK	canonical=Lashkar-e-Taiba
Lashkar-e-Toiba	id=LET	class=rebel	country=PK	canonical=Lashkar-e-Taiba
Lashkar-e-Tayyaba	id=LET	class=rebel	country=PK	canonical=Lashkar-e-Taiba
LeT	id=LET	class=rebel	country=PK	canonical=Lashkar-e-Taiba	case=exact
Jamaat-ud-Dawa	id=LET	class=rebel	country=PK	canonical=Lashkar-e-Taiba
Jamaat-ud-Dawah	id=LET	class=rebel	country=PK	canonical=Lashkar-e-Taiba
JuD	id=LET	class=rebel	country=PK	canonical=Lashkar-e-Taiba	case=exact
Lashkar-e-Jhangvi	id=LEJ	class=rebel	country=PK	canonical=Lashkar-e-Jhangvi
Lashkar-e-Jhangvi al-Alami	id=LEJ	class=rebel	country=PK	canonical=Lashkar-e-Jhangvi
LeJ	id=LEJ	class=rebel	country=PK	canonical=Lashkar-e-Jhangvi	case=exact
Hizbul Mujahideen	id=HIZBUL	class=rebel	country=IN	canonical=Hizbul Mujahideen
Hizb-ul-Mujahideen	id=HIZBUL	class=rebel	country=IN	canonical=Hizbul Mujahideen
Hizbul Mujahidin	id=HIZBUL	class=rebel	country=IN	canonical=Hizbul Mujahideen
Hizb ul Mujahideen	id=HIZBUL	class=rebel	country=IN	canonical=Hizbul Mujahideen
The Resistance Front	id=TRF	class=rebel	country=IN	canonical=The Resistance Front	parent=LET
TRF	id=TRF	class=rebel	country=IN	canonical=The Resistance Front	parent=LET	ambiguous=yes
People's Anti-Fascist Front	id=PAFF	class=rebel	country=IN	canonical=People's Anti-Fascist Front	parent=JEM_PK
PAFF	id=PAFF	class=rebel	country=IN	canonical=People's Anti-Fascist Front	parent=JEM_PK
Kashmir Tigers	id=KASHMIR_TIGERS	class=rebel	country=IN	canonical=Kashmir Tigers	parent=JEM_PK

# ---- Afghanistan, Pakistan and Iran
Taliban	id=TALIBAN	class=gov	country=AF	canonical=Taliban
Afghan Taliban	id=TALIBAN	class=gov	country=AF	canonical=Taliban
Islamic Emirate	id=TALIBAN	class=gov	country=AF	canonical=Taliban
Taliban government	id=TALIBAN	class=gov	country=AF	canonical=Taliban
Taliban administration	id=TALIBAN	class=gov	country=AF	canonical=Taliban
Haqqani network	id=HAQQANI	class=rebel	country=AF	canonical=Haqqani network	parent=TALIBAN
National Resistance Front	id=NRF_AF	class=rebel	country=AF	canonical=National Resistance Front	ambiguous=yes
National Resistance Front of Afghanistan	id=NRF_AF	class=rebel	country=AF	canonical=National Resistance Front
Afghanistan Freedom Front	id=AFF_AF	class=rebel	country=AF	canonical=Afghanistan Freedom Front
Tehrik-i-Taliban Pakistan	id=TTP	class=rebel	country=PK	canonical=Tehrik-i-Taliban Pakistan
Tehreek-e-Taliban Pakistan	id=TTP	class=rebel	country=PK	canonical=Tehrik-i-Taliban Pakistan
Tehrik-e-Taliban Pakistan	id=TTP	class=rebel	country=PK	canonical=Tehrik-i-Taliban Pakistan
Tehrik-i-Taliban	id=TTP	class=rebel	country=PK	canonical=Tehrik-i-Taliban Pakistan
TTP	id=TTP	class=rebel	country=PK	canonical=Tehrik-i-Taliban Pakistan
Pakistani Taliban	id=TTP	class=rebel	country=PK	canonical=Tehrik-i-Taliban Pakistan
Fitna al-Khawarij	id=TTP	class=rebel	country=PK	canonical=Tehrik-i-Taliban Pakistan
Jamaat-ul-Ahrar	id=JUA	class=rebel	country=PK	canonical=Jamaat-ul-Ahrar	parent=TTP
Jamaat ul Ahrar	id=JUA	class=rebel	country=PK	canonical=Jamaat-ul-Ahrar	parent=TTP
Jamat-ul-Ahrar	id=JUA	class=rebel	country=PK	canonical=Jamaat-ul-Ahrar	parent=TTP
Hafiz Gul Bahadur group	id=HGB	class=rebel	country=PK	canonical=Hafiz Gul Bahadur group
Gul Bahadur group	id=HGB	class=rebel	country=PK	canonical=Hafiz Gul Bahadur group
Hafiz Gul Bahadur faction	id=HGB	class=rebel	country=PK	canonical=Hafiz Gul Bahadur group
Lashkar-e-Islam	id=LASHKAR_ISLAM	class=rebel	country=PK	canonical=Lashkar-e-Islam
Balochistan Liberation Army	id=BLA	class=rebel	country=PK	canonical=Balochistan Liberation Army
Baloch Liberation Army	id=BLA	class=rebel	country=PK	canonical=Balochistan Liberation Army
BLA	id=BLA	class=rebel	country=PK	canonical=Balochistan Liberation Army
Majeed Brigade	id=MAJEED_BRIGADE	class=rebel	country=PK	canonical=Majeed Brigade	parent=BLA
Majid Brigade	id=MAJEED_BRIGADE	class=rebel	country=PK	canonical=Majeed Brigade	parent=BLA
Balochistan Liberation Front	id=BLF	class=rebel	country=PK	canonical=Balochistan Liberation Front
Baloch Liberation Front	id=BLF	class=rebel	country=PK	canonical=Balochistan Liberation Front
BLF	id=BLF	class=rebel	country=PK	canonical=Balochistan Liberation Front
Baloch Raaji Aajoi Sangar	id=BRAS	class=rebel	country=PK	canonical=Baloch Raaji Aajoi Sangar
BRAS	id=BRAS	class=rebel	country=PK	canonical=Baloch Raaji Aajoi Sangar	case=exact
Baloch Yakjehti Committee	id=BYC	class=party	country=PK	canonical=Baloch Yakjehti Committee
BYC	id=BYC	class=party	country=PK	canonical=Baloch Yakjehti Committee
Pashtun Tahafuz Movement	id=PTM	class=party	country=PK	canonical=Pashtun Tahafuz Movement
Pashtun Tahaffuz Movement	id=PTM	class=party	country=PK	canonical=Pashtun Tahafuz Movement
PTM	id=PTM	class=party	country=PK	canonical=Pashtun Tahafuz Movement
Pakistan Army	id=PAK_ARMY	class=military	country=PK	canonical=Pakistan Army
Pakistani Army	id=PAK_ARMY	class=military	country=PK	canonical=Pakistan Army
Pakistan Armed Forces	id=PAK_ARMY	class=military	country=PK	canonical=Pakistan Army
Pakistani armed forces	id=PAK_ARMY	class=military	country=PK	canonical=Pakistan Army
Inter-Services Intelligence	id=ISI	class=gov	country=PK	canonical=Inter-Services Intelligence
Inter Services Intelligence	id=ISI	class=gov	country=PK	canonical=Inter-Services Intelligence
ISI	id=ISI	class=gov	country=PK	canonical=Inter-Services Intelligence
Inter-Services Public Relations	id=ISPR	class=gov	country=PK	canonical=Inter-Services Public Relations
ISPR	id=ISPR	class=gov	country=PK	canonical=Inter-Services Public Relations
Frontier Corps	id=FRONTIER_CORPS	class=military	country=PK	canonical=Frontier Corps
Frontier Corps Balochistan	id=FRONTIER_CORPS	class=military	country=PK	canonical=Frontier Corps
Frontier Corps Khyber Pakhtunkhwa	id=FRONTIER_CORPS	class=military	country=PK	canonical=Frontier Corps
Pakistan Rangers	id=PAK_RANGERS	class=military	country=PK	canonical=Pakistan Rangers
Sindh Rangers	id=PAK_RANGERS	class=military	country=PK	canonical=Pakistan Rangers
Punjab Rangers	id=PAK_RANGERS	class=military	country=PK	canonical=Pakistan Rangers
Counter Terrorism Department	id=CTD_PK	class=police	country=PK	canonical=Counter Terrorism Department	ambiguous=yes
CTD	id=CTD_PK	class=police	country=PK	canonical=Counter Terrorism Department
Pakistan Tehreek-e-Insaf	id=PTI	class=party	country=PK	canonical=Pakistan Tehreek-e-Insaf
Pakistan Tehrik-e-Insaf	id=PTI	class=party	country=PK	canonical=Pakistan Tehreek-e-Insaf
Tehreek-e-Insaf	id=PTI	class=party	country=PK	canonical=Pakistan Tehreek-e-Insaf
PTI	id=PTI	class=party	country=PK	canonical=Pakistan Tehreek-e-Insaf	ambiguous=yes
Pakistan Muslim League-Nawaz	id=PMLN	class=party	country=PK	canonical=Pakistan Muslim League-Nawaz
Pakistan Muslim League (Nawaz)	id=PMLN	class=party	country=PK	canonical=Pakistan Muslim League-Nawaz
PML-N	id=PMLN	class=party	country=PK	canonical=Pakistan Muslim League-Nawaz
PMLN	id=PMLN	class=party	country=PK	canonical=Pakistan Muslim League-Nawaz
Pakistan Peoples Party	id=PPP_PK	class=party	country=PK	canonical=Pakistan Peoples Party
Pakistan People's Party	id=PPP_PK	class=party	country=PK	canonical=Pakistan Peoples Party
PPP	id=PPP_PK	class=party	country=PK	canonical=Pakistan Peoples Party	ambiguous=yes
Tehreek-e-Labbaik Pakistan	id=TLP	class=party	country=PK	canonical=Tehreek-e-Labbaik Pakistan
Tehrik-e-Labbaik Pakistan	id=TLP	class=party	country=PK	canonical=Tehreek-e-Labbaik Pakistan
Tehreek-i-Labbaik Pakistan	id=TLP	class=party	country=PK	canonical=Tehreek-e-Labbaik Pakistan
TLP	id=TLP	class=party	country=PK	canonical=Tehreek-e-Labbaik Pakistan
Jamiat Ulema-e-Islam (F)	id=JUIF	class=party	country=PK	canonical=Jamiat Ulema-e-Islam (F)
Jamiat Ulema-e-Islam	id=JUIF	class=party	country=PK	canonical=Jamiat Ulema-e-Islam (F)
Jamiat Ulema-e-Islam-Fazl	id=JUIF	class=party	country=PK	canonical=Jamiat Ulema-e-Islam (F)
JUI-F	id=JUIF	class=party	country=PK	canonical=Jamiat Ulema-e-Islam (F)
JUI	id=JUIF	class=party	country=PK	canonical=Jamiat Ulema-e-Islam (F)
Muttahida Qaumi Movement	id=MQM	class=party	country=PK	canonical=Muttahida Qaumi Movement
MQM	id=MQM	class=party	country=PK	canonical=Muttahida Qaumi Movement
MQM-P	id=MQM	class=party	country=PK	canonical=Muttahida Qaumi Movement
Muttahida Qaumi Movement-Pakistan	id=MQM	class=party	country=PK	canonical=Muttahida Qaumi Movement
Awami National Party	id=ANP	class=party	country=PK	canonical=Awami National Party
ANP	id=ANP	class=party	country=PK	canonical=Awami National Party
Jamaat-e-Islami Pakistan	id=JI_PK	class=party	country=PK	canonical=Jamaat-e-Islami Pakistan
Jamaat-i-Islami Pakistan	id=JI_PK	class=party	country=PK	canonical=Jamaat-e-Islami Pakistan
Islamic Revolutionary Guard Corps	id=IRGC	class=military	country=IR	canonical=Islamic Revolutionary Guard Corps
IRGC	id=IRGC	class=military	country=IR	canonical=Islamic Revolutionary Guard Corps
Revolutionary Guards	id=IRGC	class=military	country=IR	canonical=Islamic Revolutionary Guard Corps
Revolutionary Guard Corps	id=IRGC	class=military	country=IR	canonical=Islamic Revolutionary Guard Corps
Iranian Revolutionary Guards	id=IRGC	class=military	country=IR	canonical=Islamic Revolutionary Guard Corps
Iran's Revolutionary Guards	id=IRGC	class=military	country=IR	canonical=Islamic Revolutionary Guard Corps
Sepah	id=IRGC	class=military	country=IR	canonical=Islamic Revolutionary Guard Corps
Pasdaran	id=IRGC	class=military	country=IR	canonical=Islamic Revolutionary Guard Corps
Quds Force	id=QUDS_FORCE	class=military	country=IR	canonical=Quds Force	parent=IRGC
IRGC-QF	id=QUDS_FORCE	class=military	country=IR	canonical=Quds Force	parent=IRGC
IRGC Quds Force	id=QUDS_FORCE	class=military	country=IR	canonical=Quds Force	parent=IRGC
Qods Force	id=QUDS_FORCE	class=military	country=IR	canonical=Quds Force	parent=IRGC
Basij	id=BASIJ	class=militia	country=IR	canonical=Basij	parent=IRGC
Basij militia	id=BASIJ	class=militia	country=IR	canonical=Basij	parent=IRGC
Basij Resistance Force	id=BASIJ	class=militia	country=IR	canonical=Basij	parent=IRGC
Basij Organization	id=BASIJ	class=militia	country=IR	canonical=Basij	parent=IRGC
Islamic Republic of Iran Army	id=ARTESH	class=military	country=IR	canonical=Islamic Republic of Iran Army
Artesh	id=ARTESH	class=military	country=IR	canonical=Islamic Republic of Iran Army
Iranian Army	id=ARTESH	class=military	country=IR	canonical=Islamic Republic of Iran Army
Iranian Armed Forces	id=ARTESH	class=military	country=IR	canonical=Islamic Republic of Iran Army
Law Enforcement Command of the Islamic Republic of Iran	id=FARAJA	class=police	country=IR	canonical=Law Enforcement Command of the Islamic Republic of Iran
FARAJA	id=FARAJA	class=police	country=IR	canonical=Law Enforcement Command of the Islamic Republic of Iran
NAJA	id=FARAJA	class=police	country=IR	canonical=Law Enforcement Command of the Islamic Republic of Iran
Iranian Law Enforcement Command	id=FARAJA	class=police	country=IR	canonical=Law Enforcement Command of the Islamic Republic of Iran
Law Enforcement Force of the Islamic Republic of Iran	id=FARAJA	class=police	country=IR	canonical=Law Enforcement Command of the Islamic Republic of Iran
Ministry of Intelligence of Iran	id=MOIS	class=gov	country=IR	canonical=Ministry of Intelligence of Iran
Iranian Ministry of Intelligence	id=MOIS	class=gov	country=IR	canonical=Ministry of Intelligence of Iran
MOIS	id=MOIS	class=gov	country=IR	canonical=Ministry of Intelligence of Iran
VAJA	id=MOIS	class=gov	country=IR	canonical=Ministry of Intelligence of Iran
Jaish al-Adl	id=JAISH_ADL	class=rebel	country=IR	canonical=Jaish al-Adl
Jaish ul-Adl	id=JAISH_ADL	class=rebel	country=IR	canonical=Jaish al-Adl
Jaysh al-Adl	id=JAISH_ADL	class=rebel	country=IR	canonical=Jaish al-Adl
Party of Free Life of Kurdistan	id=PJAK	class=rebel	country=IR	canonical=Party of Free Life of Kurdistan
PJAK	id=PJAK	class=rebel	country=IR	canonical=Party of Free Life of Kurdistan
Kurdistan Free Life Party	id=PJAK	class=rebel	country=IR	canonical=Party of Free Life of Kurdistan
Democratic Party of Iranian Kurdistan	id=KDPI	class=party	country=IR	canonical=Democratic Party of Iranian Kurdistan
KDPI	id=KDPI	class=party	country=IR	canonical=Democratic Party of Iranian Kurdistan
PDKI	id=KDPI	class=party	country=IR	canonical=Democratic Party of Iranian Kurdistan
Komala	id=KOMALA	class=party	country=IR	canonical=Komala
Komala Party of Iranian Kurdistan	id=KOMALA	class=party	country=IR	canonical=Komala
People's Mojahedin Organization of Iran	id=MEK	class=rebel	country=IR	canonical=People's Mojahedin Organization of Iran
Mojahedin-e-Khalq	id=MEK	class=rebel	country=IR	canonical=People's Mojahedin Organization of Iran
Mujahedin-e-Khalq	id=MEK	class=rebel	country=IR	canonical=People's Mojahedin Organization of Iran
Mujahideen-e-Khalq	id=MEK	class=rebel	country=IR	canonical=People's Mojahedin Organization of Iran
MEK	id=MEK	class=rebel	country=IR	canonical=People's Mojahedin Organization of Iran
MKO	id=MEK	class=rebel	country=IR	canonical=People's Mojahedin Organization of Iran
PMOI	id=MEK	class=rebel	country=IR	canonical=People's Mojahedin Organization of Iran
National Council of Resistance of Iran	id=MEK	class=rebel	country=IR	canonical=People's Mojahedin Organization of Iran
NCRI	id=MEK	class=rebel	country=IR	canonical=People's Mojahedin Organization of Iran

# ---- Israel and Palestine
Hamas	id=HAMAS	class=rebel	country=PS	canonical=Hamas
Harakat al-Muqawama al-Islamiya	id=HAMAS	class=rebel	country=PS	canonical=Hamas
Islamic Resistance Movement	id=HAMAS	class=rebel	country=PS	canonical=Hamas
Izz ad-Din al-Qassam Brigades	id=QASSAM	class=rebel	country=PS	canonical=Izz ad-Din al-Qassam Brigades	parent=HAMAS
Izz al-Din al-Qassam Brigades	id=QASSAM	class=rebel	country=PS	canonical=Izz ad-Din al-Qassam Brigades	parent=HAMAS
Izz el-Deen al-Qassam Brigades	id=QASSAM	class=rebel	country=PS	canonical=Izz ad-Din al-Qassam Brigades	parent=HAMAS
Ezzedine al-Qassam Brigades	id=QASSAM	class=rebel	country=PS	canonical=Izz ad-Din al-Qassam Brigades	parent=HAMAS
Ezzedeen al-Qassam Brigades	id=QASSAM	class=rebel	country=PS	canonical=Izz ad-Din al-Qassam Brigades	parent=HAMAS
Ezz al-Din al-Qassam Brigades	id=QASSAM	class=rebel	country=PS	canonical=Izz ad-Din al-Qassam Brigades	parent=HAMAS
al-Qassam Brigades	id=QASSAM	class=rebel	country=PS	canonical=Izz ad-Din al-Qassam Brigades	parent=HAMAS
Qassam Brigades	id=QASSAM	class=rebel	country=PS	canonical=Izz ad-Din al-Qassam Brigades	parent=HAMAS
al-Qassam	id=QASSAM	class=rebel	country=PS	canonical=Izz ad-Din al-Qassam Brigades	parent=HAMAS
Palestinian Islamic Jihad	id=PIJ	class=rebel	country=PS	canonical=Palestinian Islamic Jihad
Islamic Jihad	id=PIJ	class=rebel	country=PS	canonical=Palestinian Islamic Jihad
PIJ	id=PIJ	class=rebel	country=PS	canonical=Palestinian Islamic Jihad
Islamic Jihad Movement in Palestine	id=PIJ	class=rebel	country=PS	canonical=Palestinian Islamic Jihad
al-Quds Brigades	id=QUDS_BRIGADES	class=rebel	country=PS	canonical=al-Quds Brigades	parent=PIJ
Quds Brigades	id=QUDS_BRIGADES	class=rebel	country=PS	canonical=al-Quds Brigades	parent=PIJ
Saraya al-Quds	id=QUDS_BRIGADES	class=rebel	country=PS	canonical=al-Quds Brigades	parent=PIJ
Fatah	id=FATAH	class=party	country=PS	canonical=Fatah
Fateh	id=FATAH	class=party	country=PS	canonical=Fatah
al-Aqsa Martyrs' Brigades	id=AQMB	class=rebel	country=PS	canonical=al-Aqsa Martyrs' Brigades	parent=FATAH
al-Aqsa Martyrs Brigades	id=AQMB	class=rebel	country=PS	canonical=al-Aqsa Martyrs' Brigades	parent=FATAH
Al-Aqsa Martyrs' Brigade	id=AQMB	class=rebel	country=PS	canonical=al-Aqsa Martyrs' Brigades	parent=FATAH
Aqsa Martyrs' Brigades	id=AQMB	class=rebel	country=PS	canonical=al-Aqsa Martyrs' Brigades	parent=FATAH
Aqsa Martyrs Brigades	id=AQMB	class=rebel	country=PS	canonical=al-Aqsa Martyrs' Brigades	parent=FATAH
Popular Front for the Liberation of Palestine	id=PFLP	class=rebel	country=PS	canonical=Popular Front for the Liberation of Palestine
PFLP	id=PFLP	class=rebel	country=PS	canonical=Popular Front for the Liberation of Palestine
Abu Ali Mustafa Brigades	id=ABU_ALI_MUSTAFA	class=rebel	country=PS	canonical=Abu Ali Mustafa Brigades	parent=PFLP
Democratic Front for the Liberation of Palestine	id=DFLP	class=rebel	country=PS	canonical=Democratic Front for the Liberation of Palestine
DFLP	id=DFLP	class=rebel	country=PS	canonical=Democratic Front for the Liberation of Palestine
Popular Resistance Committees	id=PRC_PS	class=rebel	country=PS	canonical=Popular Resistance Committees
al-Nasser Salah al-Din Brigades	id=PRC_PS	class=rebel	country=PS	canonical=Popular Resistance Committees
Nasser Salah al-Din Brigades	id=PRC_PS	class=rebel	country=PS	canonical=Popular Resistance Committees
Al-Nasser Salah al-Deen Brigades	id=PRC_PS	class=rebel	country=PS	canonical=Popular Resistance Committees
Lions' Den	id=LIONS_DEN	class=rebel	country=PS	canonical=Lions' Den
Lions Den	id=LIONS_DEN	class=rebel	country=PS	canonical=Lions' Den	ambiguous=yes
Areen al-Usud	id=LIONS_DEN	class=rebel	country=PS	canonical=Lions' Den
Arin al-Usud	id=LIONS_DEN	class=rebel	country=PS	canonical=Lions' Den
Jenin Brigade	id=JENIN_BRIGADE	class=rebel	country=PS	canonical=Jenin Brigade
Jenin Battalion	id=JENIN_BRIGADE	class=rebel	country=PS	canonical=Jenin Brigade
Jenin Brigades	id=JENIN_BRIGADE	class=rebel	country=PS	canonical=Jenin Brigade
Tulkarem Brigade	id=TULKAREM_BRIGADE	class=rebel	country=PS	canonical=Tulkarem Brigade
Tulkarm Brigade	id=TULKAREM_BRIGADE	class=rebel	country=PS	canonical=Tulkarem Brigade
Tulkarem Battalion	id=TULKAREM_BRIGADE	class=rebel	country=PS	canonical=Tulkarem Brigade
Popular Forces	id=POPULAR_FORCES_PS	class=militia	country=PS	canonical=Popular Forces	ambiguous=yes
Abu Shabab militia	id=POPULAR_FORCES_PS	class=militia	country=PS	canonical=Popular Forces
Abu Shabab group	id=POPULAR_FORCES_PS	class=militia	country=PS	canonical=Popular Forces
Palestinian Authority	id=PA	class=gov	country=PS	canonical=Palestinian Authority
Palestinian National Authority	id=PA	class=gov	country=PS	canonical=Palestinian Authority
PA	id=PA	class=gov	country=PS	canonical=Palestinian Authority	ambiguous=yes	case=exact
Palestinian Authority security forces	id=PA_SECURITY	class=police	country=PS	canonical=Palestinian Authority security forces
PA security forces	id=PA_SECURITY	class=police	country=PS	canonical=Palestinian Authority security forces
Palestinian security forces	id=PA_SECURITY	class=police	country=PS	canonical=Palestinian Authority security forces
Palestinian Preventive Security	id=PA_SECURITY	class=police	country=PS	canonical=Palestinian Authority security forces
Preventive Security Service	id=PA_SECURITY	class=police	country=PS	canonical=Palestinian Authority security forces
Palestine Liberation Organization	id=PLO	class=party	country=PS	canonical=Palestine Liberation Organization
Palestine Liberation Organisation	id=PLO	class=party	country=PS	canonical=Palestine Liberation Organization
PLO	id=PLO	class=party	country=PS	canonical=Palestine Liberation Organization
Gaza Health Ministry	id=GAZA_MOH	class=gov	country=PS	canonical=Gaza Health Ministry
Gaza Ministry of Health	id=GAZA_MOH	class=gov	country=PS	canonical=Gaza Health Ministry
Health Ministry in Gaza	id=GAZA_MOH	class=gov	country=PS	canonical=Gaza Health Ministry
Palestinian Health Ministry	id=GAZA_MOH	class=gov	country=PS	canonical=Gaza Health Ministry
Palestinian Ministry of Health	id=GAZA_MOH	class=gov	country=PS	canonical=Gaza Health Ministry
Palestinian Civil Defence	id=GAZA_CIVIL_DEFENCE	class=gov	country=PS	canonical=Palestinian Civil Defence
Palestinian Civil Defense	id=GAZA_CIVIL_DEFENCE	class=gov	country=PS	canonical=Palestinian Civil Defence
Gaza Civil Defence	id=GAZA_CIVIL_DEFENCE	class=gov	country=PS	canonical=Palestinian Civil Defence
Gaza Civil Defense	id=GAZA_CIVIL_DEFENCE	class=gov	country=PS	canonical=Palestinian Civil Defence
Gaza civil defence agency	id=GAZA_CIVIL_DEFENCE	class=gov	country=PS	canonical=Palestinian Civil Defence
Gaza civil defense agency	id=GAZA_CIVIL_DEFENCE	class=gov	country=PS	canonical=Palestinian Civil Defence
Palestine Red Crescent Society	id=PRCS	class=ngo	country=PS	canonical=Palestine Red Crescent Society
Palestinian Red Crescent	id=PRCS	class=ngo	country=PS	canonical=Palestine Red Crescent Society
Palestinian Red Crescent Society	id=PRCS	class=ngo	country=PS	canonical=Palestine Red Crescent Society
PRCS	id=PRCS	class=ngo	country=PS	canonical=Palestine Red Crescent Society
Israel Defense Forces	id=IDF	class=military	country=IL	canonical=Israel Defense Forces
Israel Defence Forces	id=IDF	class=military	country=IL	canonical=Israel Defense Forces
Israeli Defense Forces	id=IDF	class=military	country=IL	canonical=Israel Defense Forces
Israeli Defence Forces	id=IDF	class=military	country=IL	canonical=Israel Defense Forces
IDF	id=IDF	class=military	country=IL	canonical=Israel Defense Forces
Israeli army	id=IDF	class=military	country=IL	canonical=Israel Defense Forces
Israeli military	id=IDF	class=military	country=IL	canonical=Israel Defense Forces
Tzahal	id=IDF	class=military	country=IL	canonical=Israel Defense Forces
Tsahal	id=IDF	class=military	country=IL	canonical=Israel Defense Forces
Israeli Air Force	id=IAF_IL	class=military	country=IL	canonical=Israeli Air Force	parent=IDF
Israel Air Force	id=IAF_IL	class=military	country=IL	canonical=Israeli Air Force	parent=IDF
Shin Bet	id=SHIN_BET	class=gov	country=IL	canonical=Shin Bet
Shabak	id=SHIN_BET	class=gov	country=IL	canonical=Shin Bet
Israel Security Agency	id=SHIN_BET	class=gov	country=IL	canonical=Shin Bet
Israeli Security Agency	id=SHIN_BET	class=gov	country=IL	canonical=Shin Bet
Mossad	id=MOSSAD	class=gov	country=IL	canonical=Mossad
Israel Police	id=ISRAEL_POLICE	class=police	country=IL	canonical=Israel Police
Israeli police	id=ISRAEL_POLICE	class=police	country=IL	canonical=Israel Police
Israel Border Police	id=BORDER_POLICE_IL	class=police	country=IL	canonical=Israel Border Police
Israeli Border Police	id=BORDER_POLICE_IL	class=police	country=IL	canonical=Israel Border Police
Magav	id=BORDER_POLICE_IL	class=police	country=IL	canonical=Israel Border Police
Yamam	id=YAMAM	class=police	country=IL	canonical=Yamam
COGAT	id=COGAT	class=gov	country=IL	canonical=COGAT
Coordinator of Government Activities in the Territories	id=COGAT	class=gov	country=IL	canonical=COGAT
Knesset	id=KNESSET	class=gov	country=IL	canonical=Knesset
Hilltop Youth	id=HILLTOP_YOUTH	class=militia	country=IL	canonical=Hilltop Youth
Likud	id=LIKUD	class=party	country=IL	canonical=Likud

# ---- Lebanon, Syria, Iraq, Turkey
Hezbollah	id=HEZBOLLAH	class=militia	country=LB	canonical=Hezbollah
Hizbollah	id=HEZBOLLAH	class=militia	country=LB	canonical=Hezbollah
Hizballah	id=HEZBOLLAH	class=militia	country=LB	canonical=Hezbollah
Hizbullah	id=HEZBOLLAH	class=militia	country=LB	canonical=Hezbollah
Hezbollah movement	id=HEZBOLLAH	class=militia	country=LB	canonical=Hezbollah
Islamic Resistance in Lebanon	id=HEZBOLLAH	class=militia	country=LB	canonical=Hezbollah
Radwan Force	id=RADWAN	class=militia	country=LB	canonical=Radwan Force	parent=HEZBOLLAH
Radwan unit	id=RADWAN	class=militia	country=LB	canonical=Radwan Force	parent=HEZBOLLAH
Radwan Forces	id=RADWAN	class=militia	country=LB	canonical=Radwan Force	parent=HEZBOLLAH
Amal Movement	id=AMAL	class=party	country=LB	canonical=Amal Movement
Amal	id=AMAL	class=party	country=LB	canonical=Amal Movement	ambiguous=yes
Lebanese Armed Forces	id=LAF	class=military	country=LB	canonical=Lebanese Armed Forces
Lebanese army	id=LAF	class=military	country=LB	canonical=Lebanese Armed Forces
LAF	id=LAF	class=military	country=LB	canonical=Lebanese Armed Forces	case=exact
Syrian Democratic Forces	id=SDF	class=rebel	country=SY	canonical=Syrian Democratic Forces
SDF	id=SDF	class=rebel	country=SY	canonical=Syrian Democratic Forces	ambiguous=yes
People's Protection Units	id=YPG	class=rebel	country=SY	canonical=People's Protection Units	parent=SDF
YPG	id=YPG	class=rebel	country=SY	canonical=People's Protection Units	parent=SDF
Yekineyen Parastina Gel	id=YPG	class=rebel	country=SY	canonical=People's Protection Units	parent=SDF
Women's Protection Units	id=YPJ	class=rebel	country=SY	canonical=Women's Protection Units	parent=SDF
YPJ	id=YPJ	class=rebel	country=SY	canonical=Women's Protection Units	parent=SDF
Asayish	id=ASAYISH	class=police	country=SY	canonical=Asayish
Asayesh	id=ASAYISH	class=police	country=SY	canonical=Asayish
Asayis	id=ASAYISH	class=police	country=SY	canonical=Asayish
Autonomous Administration of North and East Syria	id=AANES	class=gov	country=SY	canonical=Autonomous Administration of North and East Syria
AANES	id=AANES	class=gov	country=SY	canonical=Autonomous Administration of North and East Syria
Autonomous Administration of Northeast Syria	id=AANES	class=gov	country=SY	canonical=Autonomous Administration of North and East Syria
Democratic Union Party	id=PYD	class=party	country=SY	canonical=Democratic Union Party
PYD	id=PYD	class=party	country=SY	canonical=Democratic Union Party
Free Syrian Army	id=FSA	class=rebel	country=SY	canonical=Free Syrian Army
FSA	id=FSA	class=rebel	country=SY	canonical=Free Syrian Army	ambiguous=yes
Syrian National Army	id=SNA	class=rebel	country=SY	canonical=Syrian National Army
SNA	id=SNA	class=rebel	country=SY	canonical=Syrian National Army	ambiguous=yes
Turkish-backed Syrian National Army	id=SNA	class=rebel	country=SY	canonical=Syrian National Army
Syrian Arab Army	id=SAA	class=military	country=SY	canonical=Syrian Arab Army
SAA	id=SAA	class=military	country=SY	canonical=Syrian Arab Army
Syrian army	id=SAA	class=military	country=SY	canonical=Syrian Arab Army
National Defence Forces	id=NDF_SY	class=militia	country=SY	canonical=National Defence Forces	ambiguous=yes
National Defense Forces	id=NDF_SY	class=militia	country=SY	canonical=National Defence Forces	ambiguous=yes
NDF	id=NDF_SY	class=militia	country=SY	canonical=National Defence Forces	ambiguous=yes
Syrian General Security	id=SYRIA_GENERAL_SECURITY	class=police	country=SY	canonical=Syrian General Security
Syrian General Security Service	id=SYRIA_GENERAL_SECURITY	class=police	country=SY	canonical=Syrian General Security
General Security Forces	id=SYRIA_GENERAL_SECURITY	class=police	country=SY	canonical=Syrian General Security
Men of Dignity	id=MEN_OF_DIGNITY	class=militia	country=SY	canonical=Men of Dignity
Rijal al-Karama	id=MEN_OF_DIGNITY	class=militia	country=SY	canonical=Men of Dignity
Men of Dignity movement	id=MEN_OF_DIGNITY	class=militia	country=SY	canonical=Men of Dignity
Popular Mobilization Forces	id=PMF	class=militia	country=IQ	canonical=Popular Mobilization Forces
Popular Mobilisation Forces	id=PMF	class=militia	country=IQ	canonical=Popular Mobilization Forces
Popular Mobilization Units	id=PMF	class=militia	country=IQ	canonical=Popular Mobilization Forces
Popular Mobilisation Units	id=PMF	class=militia	country=IQ	canonical=Popular Mobilization Forces
PMF	id=PMF	class=militia	country=IQ	canonical=Popular Mobilization Forces
PMU	id=PMF	class=militia	country=IQ	canonical=Popular Mobilization Forces
Hashd al-Shaabi	id=PMF	class=militia	country=IQ	canonical=Popular Mobilization Forces
al-Hashd al-Shaabi	id=PMF	class=militia	country=IQ	canonical=Popular Mobilization Forces
Hashd al-Shabi	id=PMF	class=militia	country=IQ	canonical=Popular Mobilization Forces
al-Hashd al-Shabi	id=PMF	class=militia	country=IQ	canonical=Popular Mobilization Forces
Kataib Hezbollah	id=KH	class=militia	country=IQ	canonical=Kataib Hezbollah	parent=PMF
Kata'ib Hezbollah	id=KH	class=militia	country=IQ	canonical=Kataib Hezbollah	parent=PMF
Kataib Hizbollah	id=KH	class=militia	country=IQ	canonical=Kataib Hezbollah	parent=PMF
Kata'ib Hizballah	id=KH	class=militia	country=IQ	canonical=Kataib Hezbollah	parent=PMF
Kataib Hizballah	id=KH	class=militia	country=IQ	canonical=Kataib Hezbollah	parent=PMF
Hezbollah Brigades	id=KH	class=militia	country=IQ	canonical=Kataib Hezbollah	parent=PMF
Asaib Ahl al-Haq	id=AAH	class=militia	country=IQ	canonical=Asaib Ahl al-Haq	parent=PMF
Asa'ib Ahl al-Haq	id=AAH	class=militia	country=IQ	canonical=Asaib Ahl al-Haq	parent=PMF
Asaeb Ahl al-Haq	id=AAH	class=militia	country=IQ	canonical=Asaib Ahl al-Haq	parent=PMF
AAH	id=AAH	class=militia	country=IQ	canonical=Asaib Ahl al-Haq	parent=PMF
League of the Righteous	id=AAH	class=militia	country=IQ	canonical=Asaib Ahl al-Haq	parent=PMF
Harakat al-Nujaba	id=NUJABA	class=militia	country=IQ	canonical=Harakat al-Nujaba	parent=PMF
Harakat Hezbollah al-Nujaba	id=NUJABA	class=militia	country=IQ	canonical=Harakat al-Nujaba	parent=PMF
al-Nujaba	id=NUJABA	class=militia	country=IQ	canonical=Harakat al-Nujaba	parent=PMF
Nujaba	id=NUJABA	class=militia	country=IQ	canonical=Harakat al-Nujaba	parent=PMF
Kataib Sayyid al-Shuhada	id=KSS	class=militia	country=IQ	canonical=Kataib Sayyid al-Shuhada	parent=PMF
Kata'ib Sayyid al-Shuhada	id=KSS	class=militia	country=IQ	canonical=Kataib Sayyid al-Shuhada	parent=PMF
Kataib Sayyed al-Shuhada	id=KSS	class=militia	country=IQ	canonical=Kataib Sayyid al-Shuhada	parent=PMF
KSS	id=KSS	class=militia	country=IQ	canonical=Kataib Sayyid al-Shuhada	parent=PMF
Badr Organization	id=BADR	class=militia	country=IQ	canonical=Badr Organization	parent=PMF
Badr Organisation	id=BADR	class=militia	country=IQ	canonical=Badr Organization	parent=PMF
Badr Brigades	id=BADR	class=militia	country=IQ	canonical=Badr Organization	parent=PMF
Badr Corps	id=BADR	class=militia	country=IQ	canonical=Badr Organization	parent=PMF
Saraya al-Salam	id=SARAYA_SALAM	class=militia	country=IQ	canonical=Saraya al-Salam
Saraya al-Salaam	id=SARAYA_SALAM	class=militia	country=IQ	canonical=Saraya al-Salam
Peace Brigades	id=SARAYA_SALAM	class=militia	country=IQ	canonical=Saraya al-Salam	ambiguous=yes
Islamic Resistance in Iraq	id=IRI	class=militia	country=IQ	canonical=Islamic Resistance in Iraq
Islamic Resistance of Iraq	id=IRI	class=militia	country=IQ	canonical=Islamic Resistance in Iraq
Iraqi Security Forces	id=ISF_IQ	class=military	country=IQ	canonical=Iraqi Security Forces
ISF	id=ISF_IQ	class=military	country=IQ	canonical=Iraqi Security Forces	ambiguous=yes	case=exact
Iraqi army	id=ISF_IQ	class=military	country=IQ	canonical=Iraqi Security Forces
Iraqi Counter Terrorism Service	id=CTS_IQ	class=military	country=IQ	canonical=Iraqi Counter Terrorism Service
Counter Terrorism Service	id=CTS_IQ	class=military	country=IQ	canonical=Iraqi Counter Terrorism Service	ambiguous=yes
Iraqi Counter-Terrorism Service	id=CTS_IQ	class=military	country=IQ	canonical=Iraqi Counter Terrorism Service
Peshmerga	id=PESHMERGA	class=military	country=IQ	canonical=Peshmerga
Kurdish Peshmerga	id=PESHMERGA	class=military	country=IQ	canonical=Peshmerga
Peshmerga forces	id=PESHMERGA	class=military	country=IQ	canonical=Peshmerga
Peshmarga	id=PESHMERGA	class=military	country=IQ	canonical=Peshmerga
Kurdistan Regional Government	id=KRG	class=gov	country=IQ	canonical=Kurdistan Regional Government
KRG	id=KRG	class=gov	country=IQ	canonical=Kurdistan Regional Government
Kurdistan Democratic Party	id=KDP	class=party	country=IQ	canonical=Kurdistan Democratic Party
KDP	id=KDP	class=party	country=IQ	canonical=Kurdistan Democratic Party
Patriotic Union of Kurdistan	id=PUK	class=party	country=IQ	canonical=Patriotic Union of Kurdistan
PUK	id=PUK	class=party	country=IQ	canonical=Patriotic Union of Kurdistan
Sadrist Movement	id=SADRISTS	class=party	country=IQ	canonical=Sadrist Movement
Sadrists	id=SADRISTS	class=party	country=IQ	canonical=Sadrist Movement
Sadr movement	id=SADRISTS	class=party	country=IQ	canonical=Sadrist Movement
Sadrist bloc	id=SADRISTS	class=party	country=IQ	canonical=Sadrist Movement
Kurdistan Workers' Party	id=PKK	class=rebel	country=TR	canonical=Kurdistan Workers' Party
Kurdistan Workers Party	id=PKK	class=rebel	country=TR	canonical=Kurdistan Workers' Party
PKK	id=PKK	class=rebel	country=TR	canonical=Kurdistan Workers' Party
Partiya Karkeren Kurdistane	id=PKK	class=rebel	country=TR	canonical=Kurdistan Workers' Party
HPG	id=HPG	class=rebel	country=TR	canonical=HPG	parent=PKK
People's Defence Forces (HPG)	id=HPG	class=rebel	country=TR	canonical=HPG	parent=PKK
People's Defense Forces (HPG)	id=HPG	class=rebel	country=TR	canonical=HPG	parent=PKK
Hezen Parastina Gel	id=HPG	class=rebel	country=TR	canonical=HPG	parent=PKK
Hêzên Parastina Gel	id=HPG	class=rebel	country=TR	canonical=HPG	parent=PKK
Kurdistan Freedom Hawks	id=TAK	class=rebel	country=TR	canonical=Kurdistan Freedom Hawks
TAK	id=TAK	class=rebel	country=TR	canonical=Kurdistan Freedom Hawks	case=exact
Kurdistan Freedom Falcons	id=TAK	class=rebel	country=TR	canonical=Kurdistan Freedom Hawks
Revolutionary People's Liberation Party-Front	id=DHKPC	class=rebel	country=TR	canonical=Revolutionary People's Liberation Party-Front
DHKP-C	id=DHKPC	class=rebel	country=TR	canonical=Revolutionary People's Liberation Party-Front
DHKP/C	id=DHKPC	class=rebel	country=TR	canonical=Revolutionary People's Liberation Party-Front
Turkish Armed Forces	id=TSK	class=military	country=TR	canonical=Turkish Armed Forces
TSK	id=TSK	class=military	country=TR	canonical=Turkish Armed Forces
Turkish military	id=TSK	class=military	country=TR	canonical=Turkish Armed Forces
Turkish army	id=TSK	class=military	country=TR	canonical=Turkish Armed Forces
National Intelligence Organization	id=MIT_TR	class=gov	country=TR	canonical=National Intelligence Organization
MIT	id=MIT_TR	class=gov	country=TR	canonical=National Intelligence Organization	ambiguous=yes	case=exact
MİT	id=MIT_TR	class=gov	country=TR	canonical=National Intelligence Organization
Turkish National Intelligence Organization	id=MIT_TR	class=gov	country=TR	canonical=National Intelligence Organization
Gendarmerie General Command	id=JANDARMA	class=police	country=TR	canonical=Gendarmerie General Command
Jandarma	id=JANDARMA	class=police	country=TR	canonical=Gendarmerie General Command
Turkish gendarmerie	id=JANDARMA	class=police	country=TR	canonical=Gendarmerie General Command
Justice and Development Party	id=AKP	class=party	country=TR	canonical=Justice and Development Party	ambiguous=yes
AKP	id=AKP	class=party	country=TR	canonical=Justice and Development Party
AK Party	id=AKP	class=party	country=TR	canonical=Justice and Development Party
Republican People's Party	id=CHP	class=party	country=TR	canonical=Republican People's Party
CHP	id=CHP	class=party	country=TR	canonical=Republican People's Party	ambiguous=yes
DEM Party	id=DEM_PARTY	class=party	country=TR	canonical=DEM Party
Peoples' Equality and Democracy Party	id=DEM_PARTY	class=party	country=TR	canonical=DEM Party
HDP	id=DEM_PARTY	class=party	country=TR	canonical=DEM Party

# ---- Arabian Peninsula, Egypt, North Africa
Houthis	id=HOUTHI	class=rebel	country=YE	canonical=Houthis
Houthi	id=HOUTHI	class=rebel	country=YE	canonical=Houthis
Houthi movement	id=HOUTHI	class=rebel	country=YE	canonical=Houthis
Huthis	id=HOUTHI	class=rebel	country=YE	canonical=Houthis
Huthi	id=HOUTHI	class=rebel	country=YE	canonical=Houthis
Ansar Allah	id=HOUTHI	class=rebel	country=YE	canonical=Houthis
Ansarallah	id=HOUTHI	class=rebel	country=YE	canonical=Houthis
Ansar Allah movement	id=HOUTHI	class=rebel	country=YE	canonical=Houthis
Southern Transitional Council	id=STC	class=militia	country=YE	canonical=Southern Transitional Council
STC	id=STC	class=militia	country=YE	canonical=Southern Transitional Council	ambiguous=yes
Giants Brigades	id=GIANTS_BRIGADES	class=militia	country=YE	canonical=Giants Brigades
Al-Amaliqa Brigades	id=GIANTS_BRIGADES	class=militia	country=YE	canonical=Giants Brigades
Amaliqa Brigades	id=GIANTS_BRIGADES	class=militia	country=YE	canonical=Giants Brigades
Giants Brigade	id=GIANTS_BRIGADES	class=militia	country=YE	canonical=Giants Brigades
Islah	id=ISLAH	class=party	country=YE	canonical=Islah
Al-Islah	id=ISLAH	class=party	country=YE	canonical=Islah
Islah Party	id=ISLAH	class=party	country=YE	canonical=Islah
Yemeni Congregation for Reform	id=ISLAH	class=party	country=YE	canonical=Islah
Presidential Leadership Council	id=PLC_YE	class=gov	country=YE	canonical=Presidential Leadership Council
Saudi-led coalition	id=SAUDI_COALITION	class=military	country=SA	canonical=Saudi-led coalition
Saudi-led military coalition	id=SAUDI_COALITION	class=military	country=SA	canonical=Saudi-led coalition
Saudi-Emirati coalition	id=SAUDI_COALITION	class=military	country=SA	canonical=Saudi-led coalition
Arab coalition	id=SAUDI_COALITION	class=military	country=SA	canonical=Saudi-led coalition	ambiguous=yes
Coalition to Restore Legitimacy in Yemen	id=SAUDI_COALITION	class=military	country=SA	canonical=Saudi-led coalition
Muslim Brotherhood	id=MB	class=party	country=EG	canonical=Muslim Brotherhood
Muslim Brothers	id=MB	class=party	country=EG	canonical=Muslim Brotherhood
Society of the Muslim Brothers	id=MB	class=party	country=EG	canonical=Muslim Brotherhood
al-Ikhwan al-Muslimun	id=MB	class=party	country=EG	canonical=Muslim Brotherhood
Ikhwan	id=MB	class=party	country=EG	canonical=Muslim Brotherhood
Hasm Movement	id=HASM	class=rebel	country=EG	canonical=Hasm Movement
Harakat Sawa'id Misr	id=HASM	class=rebel	country=EG	canonical=Hasm Movement
Egyptian Armed Forces	id=EGYPT_ARMY	class=military	country=EG	canonical=Egyptian Armed Forces
Egyptian army	id=EGYPT_ARMY	class=military	country=EG	canonical=Egyptian Armed Forces
Egyptian military	id=EGYPT_ARMY	class=military	country=EG	canonical=Egyptian Armed Forces
Libyan National Army	id=LNA	class=military	country=LY	canonical=Libyan National Army
LNA	id=LNA	class=military	country=LY	canonical=Libyan National Army
Libyan Arab Armed Forces	id=LNA	class=military	country=LY	canonical=Libyan National Army
LAAF	id=LNA	class=military	country=LY	canonical=Libyan National Army
Haftar forces	id=LNA	class=military	country=LY	canonical=Libyan National Army
Government of National Unity	id=GNU_LY	class=gov	country=LY	canonical=Government of National Unity	ambiguous=yes
GNU	id=GNU_LY	class=gov	country=LY	canonical=Government of National Unity	ambiguous=yes	case=exact
Government of National Accord	id=GNA_LY	class=gov	country=LY	canonical=Government of National Accord
GNA	id=GNA_LY	class=gov	country=LY	canonical=Government of National Accord
Special Deterrence Force	id=RADA	class=militia	country=LY	canonical=Special Deterrence Force
Rada Special Deterrence Force	id=RADA	class=militia	country=LY	canonical=Special Deterrence Force
Rada Special Deterrent Force	id=RADA	class=militia	country=LY	canonical=Special Deterrence Force
Deterrence Apparatus	id=RADA	class=militia	country=LY	canonical=Special Deterrence Force
Stability Support Apparatus	id=SSA_LY	class=militia	country=LY	canonical=Stability Support Apparatus
Stabilization Support Apparatus	id=SSA_LY	class=militia	country=LY	canonical=Stability Support Apparatus
Stability Support Authority	id=SSA_LY	class=militia	country=LY	canonical=Stability Support Apparatus
Polisario Front	id=POLISARIO	class=rebel	country=EH	canonical=Polisario Front
Polisario	id=POLISARIO	class=rebel	country=EH	canonical=Polisario Front
Frente Polisario	id=POLISARIO	class=rebel	country=EH	canonical=Polisario Front
Popular Front for the Liberation of Saguia el-Hamra and Rio de Oro	id=POLISARIO	class=rebel	country=EH	canonical=Polisario Front
Royal Moroccan Armed Forces	id=FAR_MA	class=military	country=MA	canonical=Royal Moroccan Armed Forces
Moroccan army	id=FAR_MA	class=military	country=MA	canonical=Royal Moroccan Armed Forces
Moroccan Armed Forces	id=FAR_MA	class=military	country=MA	canonical=Royal Moroccan Armed Forces
FAR	id=FAR_MA	class=military	country=MA	canonical=Royal Moroccan Armed Forces	ambiguous=yes	case=exact

# ---- Sudan, South Sudan, Horn of Africa, East Africa
Rapid Support Forces	id=RSF	class=militia	country=SD	canonical=Rapid Support Forces
RSF	id=RSF	class=militia	country=SD	canonical=Rapid Support Forces	ambiguous=yes
Rapid Support Force	id=RSF	class=militia	country=SD	canonical=Rapid Support Forces
Janjaweed	id=JANJAWEED	class=militia	country=SD	canonical=Janjaweed
Janjawid	id=JANJAWEED	class=militia	country=SD	canonical=Janjaweed
Janjaweed militia	id=JANJAWEED	class=militia	country=SD	canonical=Janjaweed
Sudanese Armed Forces	id=SAF_SUDAN	class=military	country=SD	canonical=Sudanese Armed Forces
Sudan Armed Forces	id=SAF_SUDAN	class=military	country=SD	canonical=Sudanese Armed Forces
SAF	id=SAF_SUDAN	class=military	country=SD	canonical=Sudanese Armed Forces	ambiguous=yes	case=exact
Sudanese army	id=SAF_SUDAN	class=military	country=SD	canonical=Sudanese Armed Forces
Sudanese military	id=SAF_SUDAN	class=military	country=SD	canonical=Sudanese Armed Forces
Sudan People's Liberation Movement-North	id=SPLMN	class=rebel	country=SD	canonical=Sudan People's Liberation Movement-North
SPLM-N	id=SPLMN	class=rebel	country=SD	canonical=Sudan People's Liberation Movement-North
SPLM-North	id=SPLMN	class=rebel	country=SD	canonical=Sudan People's Liberation Movement-North
SPLA-N	id=SPLMN	class=rebel	country=SD	canonical=Sudan People's Liberation Movement-North
SPLM-N al-Hilu	id=SPLMN	class=rebel	country=SD	canonical=Sudan People's Liberation Movement-North
Sudan People's Liberation Movement North	id=SPLMN	class=rebel	country=SD	canonical=Sudan People's Liberation Movement-North
Sudan Liberation Movement	id=SLM	class=rebel	country=SD	canonical=Sudan Liberation Movement
Sudan Liberation Army	id=SLM	class=rebel	country=SD	canonical=Sudan Liberation Movement
Sudan Liberation Movement/Army	id=SLM	class=rebel	country=SD	canonical=Sudan Liberation Movement
SLM/A	id=SLM	class=rebel	country=SD	canonical=Sudan Liberation Movement
SLM-AW	id=SLM	class=rebel	country=SD	canonical=Sudan Liberation Movement
SLM-MM	id=SLM	class=rebel	country=SD	canonical=Sudan Liberation Movement
SLA	id=SLM	class=rebel	country=SD	canonical=Sudan Liberation Movement	ambiguous=yes	case=exact
SLM	id=SLM	class=rebel	country=SD	canonical=Sudan Liberation Movement	case=exact
Justice and Equality Movement	id=JEM_SD	class=rebel	country=SD	canonical=Justice and Equality Movement
Darfur Joint Force	id=DARFUR_JOINT_FORCE	class=militia	country=SD	canonical=Darfur Joint Force
Joint Force of Armed Struggle Movements	id=DARFUR_JOINT_FORCE	class=militia	country=SD	canonical=Darfur Joint Force
Joint Darfur Force	id=DARFUR_JOINT_FORCE	class=militia	country=SD	canonical=Darfur Joint Force
Joint Protection Force	id=DARFUR_JOINT_FORCE	class=militia	country=SD	canonical=Darfur Joint Force
Sudan Shield Forces	id=SUDAN_SHIELD	class=militia	country=SD	canonical=Sudan Shield Forces
Sudan Shield Force	id=SUDAN_SHIELD	class=militia	country=SD	canonical=Sudan Shield Forces
Al-Baraa bin Malik Brigade	id=AL_BARAA	class=militia	country=SD	canonical=Al-Baraa bin Malik Brigade
Al-Bara bin Malik Brigade	id=AL_BARAA	class=militia	country=SD	canonical=Al-Baraa bin Malik Brigade
Baraa bin Malik Brigade	id=AL_BARAA	class=militia	country=SD	canonical=Al-Baraa bin Malik Brigade
Al-Baraa Ibn Malik Brigade	id=AL_BARAA	class=militia	country=SD	canonical=Al-Baraa bin Malik Brigade
South Sudan People's Defence Forces	id=SSPDF	class=military	country=SS	canonical=South Sudan People's Defence Forces
South Sudan People's Defense Forces	id=SSPDF	class=military	country=SS	canonical=South Sudan People's Defence Forces
SSPDF	id=SSPDF	class=military	country=SS	canonical=South Sudan People's Defence Forces
Sudan People's Liberation Army	id=SSPDF	class=military	country=SS	canonical=South Sudan People's Defence Forces
SPLA	id=SSPDF	class=military	country=SS	canonical=South Sudan People's Defence Forces	ambiguous=yes
Sudan People's Liberation Movement-in-Opposition	id=SPLMIO	class=rebel	country=SS	canonical=Sudan People's Liberation Movement-in-Opposition
SPLM-IO	id=SPLMIO	class=rebel	country=SS	canonical=Sudan People's Liberation Movement-in-Opposition
SPLA-IO	id=SPLMIO	class=rebel	country=SS	canonical=Sudan People's Liberation Movement-in-Opposition
SPLM/A-IO	id=SPLMIO	class=rebel	country=SS	canonical=Sudan People's Liberation Movement-in-Opposition
Sudan People's Liberation Army-in-Opposition	id=SPLMIO	class=rebel	country=SS	canonical=Sudan People's Liberation Movement-in-Opposition
SPLM in Opposition	id=SPLMIO	class=rebel	country=SS	canonical=Sudan People's Liberation Movement-in-Opposition
Sudan People's Liberation Movement	id=SPLM	class=party	country=SS	canonical=Sudan People's Liberation Movement
SPLM	id=SPLM	class=party	country=SS	canonical=Sudan People's Liberation Movement
National Salvation Front	id=NAS_SS	class=rebel	country=SS	canonical=National Salvation Front	ambiguous=yes
White Army	id=WHITE_ARMY	class=militia	country=SS	canonical=White Army	ambiguous=yes
Nuer White Army	id=WHITE_ARMY	class=militia	country=SS	canonical=White Army
Somali National Army	id=SNA_SO	class=military	country=SO	canonical=Somali National Army
Somali army	id=SNA_SO	class=military	country=SO	canonical=Somali National Army
Somali National Armed Forces	id=SNA_SO	class=military	country=SO	canonical=Somali National Army
Somali Armed Forces	id=SNA_SO	class=military	country=SO	canonical=Somali National Army
Danab	id=DANAB	class=military	country=SO	canonical=Danab	parent=SNA_SO
Danab Brigade	id=DANAB	class=military	country=SO	canonical=Danab	parent=SNA_SO
Danab special forces	id=DANAB	class=military	country=SO	canonical=Danab	parent=SNA_SO
Ma'awisley	id=MAAWISLEY	class=militia	country=SO	canonical=Ma'awisley
Macawisley	id=MAAWISLEY	class=militia	country=SO	canonical=Ma'awisley
Maawisley	id=MAAWISLEY	class=militia	country=SO	canonical=Ma'awisley
Puntland Dervish Force	id=PUNTLAND_DERVISH	class=military	country=SO	canonical=Puntland Dervish Force
Puntland Darawish	id=PUNTLAND_DERVISH	class=military	country=SO	canonical=Puntland Dervish Force
Darawiish	id=PUNTLAND_DERVISH	class=military	country=SO	canonical=Puntland Dervish Force
Kenya Defence Forces	id=KDF	class=military	country=KE	canonical=Kenya Defence Forces
Kenyan Defence Forces	id=KDF	class=military	country=KE	canonical=Kenya Defence Forces
Kenya Defense Forces	id=KDF	class=military	country=KE	canonical=Kenya Defence Forces
KDF	id=KDF	class=military	country=KE	canonical=Kenya Defence Forces
Kenyan army	id=KDF	class=military	country=KE	canonical=Kenya Defence Forces
Kenya Police Service	id=KENYA_POLICE	class=police	country=KE	canonical=Kenya Police Service
Kenya Police	id=KENYA_POLICE	class=police	country=KE	canonical=Kenya Police Service
National Police Service of Kenya	id=KENYA_POLICE	class=police	country=KE	canonical=Kenya Police Service
General Service Unit	id=GSU_KE	class=police	country=KE	canonical=General Service Unit
GSU	id=GSU_KE	class=police	country=KE	canonical=General Service Unit	case=exact
Orange Democratic Movement	id=ODM	class=party	country=KE	canonical=Orange Democratic Movement
ODM	id=ODM	class=party	country=KE	canonical=Orange Democratic Movement
United Democratic Alliance	id=UDA_KE	class=party	country=KE	canonical=United Democratic Alliance
UDA	id=UDA_KE	class=party	country=KE	canonical=United Democratic Alliance	ambiguous=yes	case=exact
Ethiopian National Defense Force	id=ENDF	class=military	country=ET	canonical=Ethiopian National Defense Force
Ethiopian National Defence Force	id=ENDF	class=military	country=ET	canonical=Ethiopian National Defense Force
Ethiopian National Defence Forces	id=ENDF	class=military	country=ET	canonical=Ethiopian National Defense Force
ENDF	id=ENDF	class=military	country=ET	canonical=Ethiopian National Defense Force
Ethiopian army	id=ENDF	class=military	country=ET	canonical=Ethiopian National Defense Force
Fano	id=FANO	class=militia	country=ET	canonical=Fano
Fano militia	id=FANO	class=militia	country=ET	canonical=Fano
Amhara Fano	id=FANO	class=militia	country=ET	canonical=Fano
Fano militiamen	id=FANO	class=militia	country=ET	canonical=Fano
Amhara Special Forces	id=AMHARA_SF	class=militia	country=ET	canonical=Amhara Special Forces
Amhara Special Force	id=AMHARA_SF	class=militia	country=ET	canonical=Amhara Special Forces
Amhara regional special forces	id=AMHARA_SF	class=militia	country=ET	canonical=Amhara Special Forces
Tigray People's Liberation Front	id=TPLF	class=party	country=ET	canonical=Tigray People's Liberation Front
TPLF	id=TPLF	class=party	country=ET	canonical=Tigray People's Liberation Front
Tigray Defense Forces	id=TDF	class=rebel	country=ET	canonical=Tigray Defense Forces	parent=TPLF
Tigray Defence Forces	id=TDF	class=rebel	country=ET	canonical=Tigray Defense Forces	parent=TPLF
TDF	id=TDF	class=rebel	country=ET	canonical=Tigray Defense Forces	parent=TPLF	case=exact
Tigray forces	id=TDF	class=rebel	country=ET	canonical=Tigray Defense Forces	parent=TPLF
Tigrayan forces	id=TDF	class=rebel	country=ET	canonical=Tigray Defense Forces	parent=TPLF
Oromo Liberation Army	id=OLA	class=rebel	country=ET	canonical=Oromo Liberation Army
OLA	id=OLA	class=rebel	country=ET	canonical=Oromo Liberation Army	case=exact
OLF-Shene	id=OLA	class=rebel	country=ET	canonical=Oromo Liberation Army
Shene	id=OLA	class=rebel	country=ET	canonical=Oromo Liberation Army
OLF-OLA	id=OLA	class=rebel	country=ET	canonical=Oromo Liberation Army
Oromo Liberation Front	id=OLF	class=party	country=ET	canonical=Oromo Liberation Front
OLF	id=OLF	class=party	country=ET	canonical=Oromo Liberation Front
Prosperity Party	id=PROSPERITY_PARTY	class=party	country=ET	canonical=Prosperity Party
Eritrean Defence Forces	id=EDF_ER	class=military	country=ER	canonical=Eritrean Defence Forces
Eritrean Defense Forces	id=EDF_ER	class=military	country=ER	canonical=Eritrean Defence Forces
Eritrean army	id=EDF_ER	class=military	country=ER	canonical=Eritrean Defence Forces
Eritrean troops	id=EDF_ER	class=military	country=ER	canonical=Eritrean Defence Forces
Uganda People's Defence Force	id=UPDF	class=military	country=UG	canonical=Uganda People's Defence Force
Uganda People's Defence Forces	id=UPDF	class=military	country=UG	canonical=Uganda People's Defence Force
Uganda Peoples Defence Forces	id=UPDF	class=military	country=UG	canonical=Uganda People's Defence Force
UPDF	id=UPDF	class=military	country=UG	canonical=Uganda People's Defence Force
Ugandan army	id=UPDF	class=military	country=UG	canonical=Uganda People's Defence Force
National Resistance Movement	id=NRM	class=party	country=UG	canonical=National Resistance Movement
NRM	id=NRM	class=party	country=UG	canonical=National Resistance Movement
National Unity Platform	id=NUP	class=party	country=UG	canonical=National Unity Platform
NUP	id=NUP	class=party	country=UG	canonical=National Unity Platform
African Union Transition Mission in Somalia	id=ATMIS	class=igo	country=SO	canonical=African Union Transition Mission in Somalia
ATMIS	id=ATMIS	class=igo	country=SO	canonical=African Union Transition Mission in Somalia
African Union Mission in Somalia	id=AMISOM	class=igo	country=SO	canonical=African Union Mission in Somalia
AMISOM	id=AMISOM	class=igo	country=SO	canonical=African Union Mission in Somalia
African Union Support and Stabilization Mission in Somalia	id=AUSSOM	class=igo	country=SO	canonical=African Union Support and Stabilization Mission in Somalia
AUSSOM	id=AUSSOM	class=igo	country=SO	canonical=African Union Support and Stabilization Mission in Somalia
AU Support and Stabilisation Mission in Somalia	id=AUSSOM	class=igo	country=SO	canonical=African Union Support and Stabilization Mission in Somalia
African Union Support and Stabilisation Mission in Somalia	id=AUSSOM	class=igo	country=SO	canonical=African Union Support and Stabilization Mission in Somalia

# ---- Great Lakes and Central Africa
Armed Forces of the Democratic Republic of the Congo	id=FARDC	class=military	country=CD	canonical=Armed Forces of the Democratic Republic of the Congo
FARDC	id=FARDC	class=military	country=CD	canonical=Armed Forces of the Democratic Republic of the Congo
Congolese army	id=FARDC	class=military	country=CD	canonical=Armed Forces of the Democratic Republic of the Congo
Congolese armed forces	id=FARDC	class=military	country=CD	canonical=Armed Forces of the Democratic Republic of the Congo
Congolese military	id=FARDC	class=military	country=CD	canonical=Armed Forces of the Democratic Republic of the Congo
M23	id=M23	class=rebel	country=CD	canonical=M23
March 23 Movement	id=M23	class=rebel	country=CD	canonical=M23
Mouvement du 23 mars	id=M23	class=rebel	country=CD	canonical=M23
M23/AFC	id=M23	class=rebel	country=CD	canonical=M23
AFC/M23	id=M23	class=rebel	country=CD	canonical=M23
Alliance Fleuve Congo	id=M23	class=rebel	country=CD	canonical=M23
Congo River Alliance	id=M23	class=rebel	country=CD	canonical=M23
AFC	id=M23	class=rebel	country=CD	canonical=M23	ambiguous=yes	case=exact
Allied Democratic Forces	id=ADF	class=rebel	country=CD	canonical=Allied Democratic Forces	parent=ISCAP
ADF	id=ADF	class=rebel	country=CD	canonical=Allied Democratic Forces	parent=ISCAP	ambiguous=yes	case=exact
ADF-Nalu	id=ADF	class=rebel	country=CD	canonical=Allied Democratic Forces	parent=ISCAP
CODECO	id=CODECO	class=militia	country=CD	canonical=CODECO
Cooperative for the Development of Congo	id=CODECO	class=militia	country=CD	canonical=CODECO
Coopérative pour le développement du Congo	id=CODECO	class=militia	country=CD	canonical=CODECO
Democratic Forces for the Liberation of Rwanda	id=FDLR	class=rebel	country=CD	canonical=Democratic Forces for the Liberation of Rwanda
FDLR	id=FDLR	class=rebel	country=CD	canonical=Democratic Forces for the Liberation of Rwanda
Forces démocratiques de libération du Rwanda	id=FDLR	class=rebel	country=CD	canonical=Democratic Forces for the Liberation of Rwanda
Mai-Mai	id=MAI_MAI	class=militia	country=CD	canonical=Mai-Mai
Mai Mai	id=MAI_MAI	class=militia	country=CD	canonical=Mai-Mai
Mayi-Mayi	id=MAI_MAI	class=militia	country=CD	canonical=Mai-Mai
Mayi Mayi	id=MAI_MAI	class=militia	country=CD	canonical=Mai-Mai
Mai-Mai militia	id=MAI_MAI	class=militia	country=CD	canonical=Mai-Mai
Mai-Mai militias	id=MAI_MAI	class=militia	country=CD	canonical=Mai-Mai
Wazalendo	id=WAZALENDO	class=militia	country=CD	canonical=Wazalendo
Nyatura	id=NYATURA	class=militia	country=CD	canonical=Nyatura
Raia Mutomboki	id=RAIA_MUTOMBOKI	class=militia	country=CD	canonical=Raia Mutomboki
Twirwaneho	id=TWIRWANEHO	class=militia	country=CD	canonical=Twirwaneho
Mobondo	id=MOBONDO	class=militia	country=CD	canonical=Mobondo
Nduma Defence of Congo-Renové	id=NDC_R	class=militia	country=CD	canonical=Nduma Defence of Congo-Renové
Nduma Defense of Congo-Renove	id=NDC_R	class=militia	country=CD	canonical=Nduma Defence of Congo-Renové
NDC-R	id=NDC_R	class=militia	country=CD	canonical=Nduma Defence of Congo-Renové
NDC-Renové	id=NDC_R	class=militia	country=CD	canonical=Nduma Defence of Congo-Renové
Ituri Patriotic Resistance Force	id=FRPI	class=militia	country=CD	canonical=Ituri Patriotic Resistance Force
FRPI	id=FRPI	class=militia	country=CD	canonical=Ituri Patriotic Resistance Force
Force de résistance patriotique de l'Ituri	id=FRPI	class=militia	country=CD	canonical=Ituri Patriotic Resistance Force
Rwanda Defence Force	id=RDF	class=military	country=RW	canonical=Rwanda Defence Force
Rwanda Defence Forces	id=RDF	class=military	country=RW	canonical=Rwanda Defence Force
Rwandan Defence Force	id=RDF	class=military	country=RW	canonical=Rwanda Defence Force
RDF	id=RDF	class=military	country=RW	canonical=Rwanda Defence Force
Rwandan army	id=RDF	class=military	country=RW	canonical=Rwanda Defence Force
Rwandan Patriotic Front	id=RPF	class=party	country=RW	canonical=Rwandan Patriotic Front
RPF	id=RPF	class=party	country=RW	canonical=Rwandan Patriotic Front
National Defence Force of Burundi	id=FDNB	class=military	country=BI	canonical=National Defence Force of Burundi
FDNB	id=FDNB	class=military	country=BI	canonical=National Defence Force of Burundi
Burundian army	id=FDNB	class=military	country=BI	canonical=National Defence Force of Burundi
Burundi National Defence Force	id=FDNB	class=military	country=BI	canonical=National Defence Force of Burundi
RED-Tabara	id=RED_TABARA	class=rebel	country=BI	canonical=RED-Tabara
Red Tabara	id=RED_TABARA	class=rebel	country=BI	canonical=RED-Tabara
Imbonerakure	id=IMBONERAKURE	class=militia	country=BI	canonical=Imbonerakure
CNDD-FDD	id=CNDD_FDD	class=party	country=BI	canonical=CNDD-FDD
Central African Armed Forces	id=FACA	class=military	country=CF	canonical=Central African Armed Forces
FACA	id=FACA	class=military	country=CF	canonical=Central African Armed Forces
Séléka	id=SELEKA	class=rebel	country=CF	canonical=Séléka
Seleka	id=SELEKA	class=rebel	country=CF	canonical=Séléka
ex-Séléka	id=SELEKA	class=rebel	country=CF	canonical=Séléka
ex-Seleka	id=SELEKA	class=rebel	country=CF	canonical=Séléka
anti-balaka	id=ANTI_BALAKA	class=militia	country=CF	canonical=anti-balaka
antibalaka	id=ANTI_BALAKA	class=militia	country=CF	canonical=anti-balaka
Union for Peace in the Central African Republic	id=UPC_CF	class=rebel	country=CF	canonical=Union for Peace in the Central African Republic
UPC	id=UPC_CF	class=rebel	country=CF	canonical=Union for Peace in the Central African Republic	ambiguous=yes	case=exact
Unité pour la paix en Centrafrique	id=UPC_CF	class=rebel	country=CF	canonical=Union for Peace in the Central African Republic
3R	id=R3	class=rebel	country=CF	canonical=3R
Return, Reclamation and Rehabilitation	id=R3	class=rebel	country=CF	canonical=3R
Retour, Réclamation et Réhabilitation	id=R3	class=rebel	country=CF	canonical=3R
Coalition of Patriots for Change	id=CPC_CF	class=rebel	country=CF	canonical=Coalition of Patriots for Change
CPC	id=CPC_CF	class=rebel	country=CF	canonical=Coalition of Patriots for Change	ambiguous=yes	case=exact
Coalition des patriotes pour le changement	id=CPC_CF	class=rebel	country=CF	canonical=Coalition of Patriots for Change
Popular Front for the Renaissance of Central Africa	id=FPRC	class=rebel	country=CF	canonical=Popular Front for the Renaissance of Central Africa
FPRC	id=FPRC	class=rebel	country=CF	canonical=Popular Front for the Renaissance of Central Africa
Azande Ani Kpi Gbe	id=AAKG	class=militia	country=CF	canonical=Azande Ani Kpi Gbe
Front for Change and Concord in Chad	id=FACT	class=rebel	country=TD	canonical=Front for Change and Concord in Chad
FACT	id=FACT	class=rebel	country=TD	canonical=Front for Change and Concord in Chad	case=exact
Front pour l'alternance et la concorde au Tchad	id=FACT	class=rebel	country=TD	canonical=Front for Change and Concord in Chad
Military Command Council for the Salvation of the Republic	id=CCMSR	class=rebel	country=TD	canonical=Military Command Council for the Salvation of the Republic
CCMSR	id=CCMSR	class=rebel	country=TD	canonical=Military Command Council for the Salvation of the Republic

# ---- West Africa and the Sahel
Malian Armed Forces	id=FAMA	class=military	country=ML	canonical=Malian Armed Forces
FAMa	id=FAMA	class=military	country=ML	canonical=Malian Armed Forces
Malian army	id=FAMA	class=military	country=ML	canonical=Malian Armed Forces
Forces Armées Maliennes	id=FAMA	class=military	country=ML	canonical=Malian Armed Forces
Malian military	id=FAMA	class=military	country=ML	canonical=Malian Armed Forces
Permanent Strategic Framework	id=CSP_ML	class=rebel	country=ML	canonical=Permanent Strategic Framework
CSP-PSD	id=CSP_ML	class=rebel	country=ML	canonical=Permanent Strategic Framework
CSP-DPJ	id=CSP_ML	class=rebel	country=ML	canonical=Permanent Strategic Framework
Strategic Framework for the Defence of the People of Azawad	id=CSP_ML	class=rebel	country=ML	canonical=Permanent Strategic Framework
Cadre stratégique permanent	id=CSP_ML	class=rebel	country=ML	canonical=Permanent Strategic Framework
Azawad Liberation Front	id=FLA_ML	class=rebel	country=ML	canonical=Azawad Liberation Front
Front de Libération de l'Azawad	id=FLA_ML	class=rebel	country=ML	canonical=Azawad Liberation Front
Azawad Liberation Front (FLA)	id=FLA_ML	class=rebel	country=ML	canonical=Azawad Liberation Front
National Movement for the Liberation of Azawad	id=MNLA	class=rebel	country=ML	canonical=National Movement for the Liberation of Azawad
MNLA	id=MNLA	class=rebel	country=ML	canonical=National Movement for the Liberation of Azawad
Coordination of Azawad Movements	id=CMA_ML	class=rebel	country=ML	canonical=Coordination of Azawad Movements
CMA	id=CMA_ML	class=rebel	country=ML	canonical=Coordination of Azawad Movements	ambiguous=yes	case=exact
Coordination des mouvements de l'Azawad	id=CMA_ML	class=rebel	country=ML	canonical=Coordination of Azawad Movements
GATIA	id=GATIA	class=militia	country=ML	canonical=GATIA
Imghad Tuareg and Allies Self-Defense Group	id=GATIA	class=militia	country=ML	canonical=GATIA
Imghad Tuareg and Allies Self-Defence Group	id=GATIA	class=militia	country=ML	canonical=GATIA
Dan Na Ambassagou	id=DAN_NA_AMBASSAGOU	class=militia	country=ML	canonical=Dan Na Ambassagou
Dan Na Ambassagu	id=DAN_NA_AMBASSAGOU	class=militia	country=ML	canonical=Dan Na Ambassagou
Dozo	id=DOZO	class=militia	country=ML	canonical=Dozo
Dozos	id=DOZO	class=militia	country=ML	canonical=Dozo
Dozo hunters	id=DOZO	class=militia	country=ML	canonical=Dozo
Donso	id=DOZO	class=militia	country=ML	canonical=Dozo
Volunteers for the Defence of the Homeland	id=VDP	class=militia	country=BF	canonical=Volunteers for the Defence of the Homeland
Volunteers for the Defense of the Homeland	id=VDP	class=militia	country=BF	canonical=Volunteers for the Defence of the Homeland
VDP	id=VDP	class=militia	country=BF	canonical=Volunteers for the Defence of the Homeland
Volontaires pour la défense de la patrie	id=VDP	class=militia	country=BF	canonical=Volunteers for the Defence of the Homeland
Koglweogo	id=KOGLWEOGO	class=militia	country=BF	canonical=Koglweogo
Nigerian Army	id=NIGERIAN_ARMY	class=military	country=NG	canonical=Nigerian Army
Nigerian Armed Forces	id=NIGERIAN_ARMY	class=military	country=NG	canonical=Nigerian Army
Nigerian military	id=NIGERIAN_ARMY	class=military	country=NG	canonical=Nigerian Army
Nigerian troops	id=NIGERIAN_ARMY	class=military	country=NG	canonical=Nigerian Army
Nigeria Police Force	id=NIGERIA_POLICE	class=police	country=NG	canonical=Nigeria Police Force
Nigerian Police Force	id=NIGERIA_POLICE	class=police	country=NG	canonical=Nigeria Police Force
Nigeria Police	id=NIGERIA_POLICE	class=police	country=NG	canonical=Nigeria Police Force
Nigerian police	id=NIGERIA_POLICE	class=police	country=NG	canonical=Nigeria Police Force
Department of State Services	id=DSS_NG	class=gov	country=NG	canonical=Department of State Services
DSS	id=DSS_NG	class=gov	country=NG	canonical=Department of State Services	ambiguous=yes	case=exact
State Security Service	id=DSS_NG	class=gov	country=NG	canonical=Department of State Services	ambiguous=yes
Civilian Joint Task Force	id=CJTF	class=militia	country=NG	canonical=Civilian Joint Task Force
Civilian JTF	id=CJTF	class=militia	country=NG	canonical=Civilian Joint Task Force
CJTF	id=CJTF	class=militia	country=NG	canonical=Civilian Joint Task Force	ambiguous=yes	case=exact
Indigenous People of Biafra	id=IPOB	class=rebel	country=NG	canonical=Indigenous People of Biafra
IPOB	id=IPOB	class=rebel	country=NG	canonical=Indigenous People of Biafra
Eastern Security Network	id=ESN	class=rebel	country=NG	canonical=Eastern Security Network	parent=IPOB
ESN	id=ESN	class=rebel	country=NG	canonical=Eastern Security Network	parent=IPOB
Amotekun	id=AMOTEKUN	class=militia	country=NG	canonical=Amotekun
Western Nigeria Security Network	id=AMOTEKUN	class=militia	country=NG	canonical=Amotekun
Operation Amotekun	id=AMOTEKUN	class=militia	country=NG	canonical=Amotekun
Amotekun Corps	id=AMOTEKUN	class=militia	country=NG	canonical=Amotekun
Hisbah	id=HISBAH	class=police	country=NG	canonical=Hisbah
Hisbah Corps	id=HISBAH	class=police	country=NG	canonical=Hisbah
Hisbah Board	id=HISBAH	class=police	country=NG	canonical=Hisbah
All Progressives Congress	id=APC_NG	class=party	country=NG	canonical=All Progressives Congress
APC	id=APC_NG	class=party	country=NG	canonical=All Progressives Congress	ambiguous=yes	case=exact
Peoples Democratic Party	id=PDP_NG	class=party	country=NG	canonical=Peoples Democratic Party
PDP	id=PDP_NG	class=party	country=NG	canonical=Peoples Democratic Party	ambiguous=yes	case=exact
People's Democratic Party	id=PDP_NG	class=party	country=NG	canonical=Peoples Democratic Party	ambiguous=yes
Ambazonian separatists	id=AMBAZONIA	class=rebel	country=CM	canonical=Ambazonian separatists
Ambazonia Defence Forces	id=AMBAZONIA	class=rebel	country=CM	canonical=Ambazonian separatists
Ambazonian Defence Forces	id=AMBAZONIA	class=rebel	country=CM	canonical=Ambazonian separatists
Amba Boys	id=AMBAZONIA	class=rebel	country=CM	canonical=Ambazonian separatists
Amba fighters	id=AMBAZONIA	class=rebel	country=CM	canonical=Ambazonian separatists
Ambazonian fighters	id=AMBAZONIA	class=rebel	country=CM	canonical=Ambazonian separatists
Ambazonia separatists	id=AMBAZONIA	class=rebel	country=CM	canonical=Ambazonian separatists
Rapid Intervention Battalion	id=BIR	class=military	country=CM	canonical=Rapid Intervention Battalion
Bataillon d'intervention rapide	id=BIR	class=military	country=CM	canonical=Rapid Intervention Battalion
PASTEF	id=PASTEF	class=party	country=SN	canonical=PASTEF
African Patriots of Senegal for Work, Ethics and Fraternity	id=PASTEF	class=party	country=SN	canonical=PASTEF

# ---- Southern Africa
Ansar al-Sunna	id=ANSAR_SUNNA_MZ	class=rebel	country=MZ	canonical=Ansar al-Sunna	parent=IS_MOZ
Ansar al-Sunnah	id=ANSAR_SUNNA_MZ	class=rebel	country=MZ	canonical=Ansar al-Sunna	parent=IS_MOZ
Ahlu Sunnah Wal Jamaa	id=ANSAR_SUNNA_MZ	class=rebel	country=MZ	canonical=Ansar al-Sunna	parent=IS_MOZ
Ahl al-Sunna wal-Jamaa	id=ANSAR_SUNNA_MZ	class=rebel	country=MZ	canonical=Ansar al-Sunna	parent=IS_MOZ
Ahlu Sunna Wal Jamaa	id=ANSAR_SUNNA_MZ	class=rebel	country=MZ	canonical=Ansar al-Sunna	parent=IS_MOZ
Armed Forces for the Defence of Mozambique	id=FADM	class=military	country=MZ	canonical=Armed Forces for the Defence of Mozambique
FADM	id=FADM	class=military	country=MZ	canonical=Armed Forces for the Defence of Mozambique
Mozambican army	id=FADM	class=military	country=MZ	canonical=Armed Forces for the Defence of Mozambique
Mozambican Armed Forces	id=FADM	class=military	country=MZ	canonical=Armed Forces for the Defence of Mozambique
Frelimo	id=FRELIMO	class=party	country=MZ	canonical=Frelimo
Renamo	id=RENAMO	class=party	country=MZ	canonical=Renamo
SADC Mission in Mozambique	id=SAMIM	class=igo	country=MZ	canonical=SADC Mission in Mozambique
SAMIM	id=SAMIM	class=igo	country=MZ	canonical=SADC Mission in Mozambique
ZANU-PF	id=ZANU_PF	class=party	country=ZW	canonical=ZANU-PF
Zanu PF	id=ZANU_PF	class=party	country=ZW	canonical=ZANU-PF
Movement for Democratic Change	id=MDC	class=party	country=ZW	canonical=Movement for Democratic Change
MDC	id=MDC	class=party	country=ZW	canonical=Movement for Democratic Change
Citizens Coalition for Change	id=CCC_ZW	class=party	country=ZW	canonical=Citizens Coalition for Change
African National Congress	id=ANC	class=party	country=ZA	canonical=African National Congress
ANC	id=ANC	class=party	country=ZA	canonical=African National Congress
Economic Freedom Fighters	id=EFF	class=party	country=ZA	canonical=Economic Freedom Fighters
EFF	id=EFF	class=party	country=ZA	canonical=Economic Freedom Fighters	ambiguous=yes
uMkhonto weSizwe Party	id=MK_PARTY	class=party	country=ZA	canonical=uMkhonto weSizwe Party
MK Party	id=MK_PARTY	class=party	country=ZA	canonical=uMkhonto weSizwe Party
uMkhonto weSizwe	id=MK_PARTY	class=party	country=ZA	canonical=uMkhonto weSizwe Party
South African Police Service	id=SAPS	class=police	country=ZA	canonical=South African Police Service
SAPS	id=SAPS	class=police	country=ZA	canonical=South African Police Service	case=exact
South African police	id=SAPS	class=police	country=ZA	canonical=South African Police Service
South African National Defence Force	id=SANDF	class=military	country=ZA	canonical=South African National Defence Force
SANDF	id=SANDF	class=military	country=ZA	canonical=South African National Defence Force

# ---- India, Bangladesh, Nepal, Sri Lanka
Indian Army	id=INDIAN_ARMY	class=military	country=IN	canonical=Indian Army
Indian Armed Forces	id=INDIAN_ARMY	class=military	country=IN	canonical=Indian Army
Indian Air Force	id=IAF_IN	class=military	country=IN	canonical=Indian Air Force
Central Reserve Police Force	id=CRPF	class=police	country=IN	canonical=Central Reserve Police Force
CRPF	id=CRPF	class=police	country=IN	canonical=Central Reserve Police Force
Border Security Force	id=BSF	class=police	country=IN	canonical=Border Security Force
BSF	id=BSF	class=police	country=IN	canonical=Border Security Force
Indo-Tibetan Border Police	id=ITBP	class=police	country=IN	canonical=Indo-Tibetan Border Police
ITBP	id=ITBP	class=police	country=IN	canonical=Indo-Tibetan Border Police
Sashastra Seema Bal	id=SSB_IN	class=police	country=IN	canonical=Sashastra Seema Bal
SSB	id=SSB_IN	class=police	country=IN	canonical=Sashastra Seema Bal	case=exact
Central Industrial Security Force	id=CISF	class=police	country=IN	canonical=Central Industrial Security Force
CISF	id=CISF	class=police	country=IN	canonical=Central Industrial Security Force
Assam Rifles	id=ASSAM_RIFLES	class=police	country=IN	canonical=Assam Rifles
National Security Guard	id=NSG_IN	class=police	country=IN	canonical=National Security Guard
NSG	id=NSG_IN	class=police	country=IN	canonical=National Security Guard	case=exact
National Investigation Agency	id=NIA_IN	class=gov	country=IN	canonical=National Investigation Agency
NIA	id=NIA_IN	class=gov	country=IN	canonical=National Investigation Agency	ambiguous=yes	case=exact
Research and Analysis Wing	id=RAW_IN	class=gov	country=IN	canonical=Research and Analysis Wing
R&AW	id=RAW_IN	class=gov	country=IN	canonical=Research and Analysis Wing
RAW	id=RAW_IN	class=gov	country=IN	canonical=Research and Analysis Wing	case=exact
Jammu and Kashmir Police	id=JK_POLICE	class=police	country=IN	canonical=Jammu and Kashmir Police
J&K Police	id=JK_POLICE	class=police	country=IN	canonical=Jammu and Kashmir Police
Jammu & Kashmir Police	id=JK_POLICE	class=police	country=IN	canonical=Jammu and Kashmir Police
District Reserve Guard	id=DRG	class=police	country=IN	canonical=District Reserve Guard
DRG	id=DRG	class=police	country=IN	canonical=District Reserve Guard
Commando Battalion for Resolute Action	id=COBRA	class=police	country=IN	canonical=Commando Battalion for Resolute Action
CoBRA	id=COBRA	class=police	country=IN	canonical=Commando Battalion for Resolute Action	ambiguous=yes	case=exact
Communist Party of India (Maoist)	id=CPI_MAOIST	class=rebel	country=IN	canonical=Communist Party of India (Maoist)
CPI (Maoist)	id=CPI_MAOIST	class=rebel	country=IN	canonical=Communist Party of India (Maoist)
CPI-Maoist	id=CPI_MAOIST	class=rebel	country=IN	canonical=Communist Party of India (Maoist)
Naxalites	id=CPI_MAOIST	class=rebel	country=IN	canonical=Communist Party of India (Maoist)
Naxals	id=CPI_MAOIST	class=rebel	country=IN	canonical=Communist Party of India (Maoist)
Naxal	id=CPI_MAOIST	class=rebel	country=IN	canonical=Communist Party of India (Maoist)
Maoists	id=CPI_MAOIST	class=rebel	country=IN	canonical=Communist Party of India (Maoist)	ambiguous=yes
Maoist rebels	id=CPI_MAOIST	class=rebel	country=IN	canonical=Communist Party of India (Maoist)	ambiguous=yes
People's Liberation Guerrilla Army	id=PLGA	class=rebel	country=IN	canonical=People's Liberation Guerrilla Army	parent=CPI_MAOIST
PLGA	id=PLGA	class=rebel	country=IN	canonical=People's Liberation Guerrilla Army	parent=CPI_MAOIST
United Liberation Front of Asom	id=ULFA	class=rebel	country=IN	canonical=United Liberation Front of Asom
United Liberation Front of Assam	id=ULFA	class=rebel	country=IN	canonical=United Liberation Front of Asom
ULFA	id=ULFA	class=rebel	country=IN	canonical=United Liberation Front of Asom
ULFA-I	id=ULFA	class=rebel	country=IN	canonical=United Liberation Front of Asom
ULFA (Independent)	id=ULFA	class=rebel	country=IN	canonical=United Liberation Front of Asom
National Socialist Council of Nagaland (Isak-Muivah)	id=NSCN_IM	class=rebel	country=IN	canonical=National Socialist Council of Nagaland (Isak-Muivah)
NSCN-IM	id=NSCN_IM	class=rebel	country=IN	canonical=National Socialist Council of Nagaland (Isak-Muivah)
NSCN (IM)	id=NSCN_IM	class=rebel	country=IN	canonical=National Socialist Council of Nagaland (Isak-Muivah)
NSCN	id=NSCN_IM	class=rebel	country=IN	canonical=National Socialist Council of Nagaland (Isak-Muivah)	ambiguous=yes
National Socialist Council of Nagaland (Khaplang)	id=NSCN_K	class=rebel	country=IN	canonical=National Socialist Council of Nagaland (Khaplang)
NSCN-K	id=NSCN_K	class=rebel	country=IN	canonical=National Socialist Council of Nagaland (Khaplang)
NSCN (K)	id=NSCN_K	class=rebel	country=IN	canonical=National Socialist Council of Nagaland (Khaplang)
National Democratic Front of Bodoland	id=NDFB	class=rebel	country=IN	canonical=National Democratic Front of Bodoland
NDFB	id=NDFB	class=rebel	country=IN	canonical=National Democratic Front of Bodoland
United National Liberation Front	id=UNLF	class=rebel	country=IN	canonical=United National Liberation Front
UNLF	id=UNLF	class=rebel	country=IN	canonical=United National Liberation Front
Kanglei Yawol Kanna Lup	id=KYKL	class=rebel	country=IN	canonical=Kanglei Yawol Kanna Lup
KYKL	id=KYKL	class=rebel	country=IN	canonical=Kanglei Yawol Kanna Lup
People's Revolutionary Party of Kangleipak	id=PREPAK	class=rebel	country=IN	canonical=People's Revolutionary Party of Kangleipak
PREPAK	id=PREPAK	class=rebel	country=IN	canonical=People's Revolutionary Party of Kangleipak
Arambai Tenggol	id=ARAMBAI_TENGGOL	class=militia	country=IN	canonical=Arambai Tenggol
Kuki National Army	id=KUKI_NA	class=rebel	country=IN	canonical=Kuki National Army
Bharatiya Janata Party	id=BJP	class=party	country=IN	canonical=Bharatiya Janata Party
BJP	id=BJP	class=party	country=IN	canonical=Bharatiya Janata Party
Indian National Congress	id=INC	class=party	country=IN	canonical=Indian National Congress
Congress party	id=INC	class=party	country=IN	canonical=Indian National Congress	ambiguous=yes
Aam Aadmi Party	id=AAP	class=party	country=IN	canonical=Aam Aadmi Party
AAP	id=AAP	class=party	country=IN	canonical=Aam Aadmi Party	case=exact
All India Trinamool Congress	id=TMC	class=party	country=IN	canonical=All India Trinamool Congress
Trinamool Congress	id=TMC	class=party	country=IN	canonical=All India Trinamool Congress
Trinamool	id=TMC	class=party	country=IN	canonical=All India Trinamool Congress
TMC	id=TMC	class=party	country=IN	canonical=All India Trinamool Congress
AITC	id=TMC	class=party	country=IN	canonical=All India Trinamool Congress
Communist Party of India (Marxist)	id=CPI_M	class=party	country=IN	canonical=Communist Party of India (Marxist)
CPI(M)	id=CPI_M	class=party	country=IN	canonical=Communist Party of India (Marxist)
CPI-M	id=CPI_M	class=party	country=IN	canonical=Communist Party of India (Marxist)
CPM	id=CPI_M	class=party	country=IN	canonical=Communist Party of India (Marxist)	case=exact
Shiv Sena	id=SHIV_SENA	class=party	country=IN	canonical=Shiv Sena
Rashtriya Swayamsevak Sangh	id=RSS	class=party	country=IN	canonical=Rashtriya Swayamsevak Sangh
RSS	id=RSS	class=party	country=IN	canonical=Rashtriya Swayamsevak Sangh	ambiguous=yes	case=exact
Vishva Hindu Parishad	id=VHP	class=party	country=IN	canonical=Vishva Hindu Parishad
Vishwa Hindu Parishad	id=VHP	class=party	country=IN	canonical=Vishva Hindu Parishad
VHP	id=VHP	class=party	country=IN	canonical=Vishva Hindu Parishad
Bajrang Dal	id=BAJRANG_DAL	class=militia	country=IN	canonical=Bajrang Dal
Samajwadi Party	id=SAMAJWADI	class=party	country=IN	canonical=Samajwadi Party
Dravida Munnetra Kazhagam	id=DMK	class=party	country=IN	canonical=Dravida Munnetra Kazhagam
DMK	id=DMK	class=party	country=IN	canonical=Dravida Munnetra Kazhagam
Jammu and Kashmir National Conference	id=JKNC	class=party	country=IN	canonical=Jammu and Kashmir National Conference
JKNC	id=JKNC	class=party	country=IN	canonical=Jammu and Kashmir National Conference
National Conference	id=JKNC	class=party	country=IN	canonical=Jammu and Kashmir National Conference	ambiguous=yes
Jammu and Kashmir Peoples Democratic Party	id=JKPDP	class=party	country=IN	canonical=Jammu and Kashmir Peoples Democratic Party
JKPDP	id=JKPDP	class=party	country=IN	canonical=Jammu and Kashmir Peoples Democratic Party
All Parties Hurriyat Conference	id=HURRIYAT	class=party	country=IN	canonical=All Parties Hurriyat Conference
Hurriyat Conference	id=HURRIYAT	class=party	country=IN	canonical=All Parties Hurriyat Conference
Hurriyat	id=HURRIYAT	class=party	country=IN	canonical=All Parties Hurriyat Conference
APHC	id=HURRIYAT	class=party	country=IN	canonical=All Parties Hurriyat Conference
Bangladesh Nationalist Party	id=BNP	class=party	country=BD	canonical=Bangladesh Nationalist Party
BNP	id=BNP	class=party	country=BD	canonical=Bangladesh Nationalist Party	ambiguous=yes	case=exact
Awami League	id=AWAMI_LEAGUE	class=party	country=BD	canonical=Awami League
Bangladesh Awami League	id=AWAMI_LEAGUE	class=party	country=BD	canonical=Awami League
Bangladesh Chhatra League	id=CHHATRA_LEAGUE	class=party	country=BD	canonical=Bangladesh Chhatra League	parent=AWAMI_LEAGUE
Chhatra League	id=CHHATRA_LEAGUE	class=party	country=BD	canonical=Bangladesh Chhatra League	parent=AWAMI_LEAGUE
BCL	id=CHHATRA_LEAGUE	class=party	country=BD	canonical=Bangladesh Chhatra League	parent=AWAMI_LEAGUE	case=exact
Jubo League	id=JUBO_LEAGUE	class=party	country=BD	canonical=Jubo League	parent=AWAMI_LEAGUE
Awami Jubo League	id=JUBO_LEAGUE	class=party	country=BD	canonical=Jubo League	parent=AWAMI_LEAGUE
Jatiyatabadi Chhatra Dal	id=CHHATRA_DAL	class=party	country=BD	canonical=Jatiyatabadi Chhatra Dal	parent=BNP
Chhatra Dal	id=CHHATRA_DAL	class=party	country=BD	canonical=Jatiyatabadi Chhatra Dal	parent=BNP
JCD	id=CHHATRA_DAL	class=party	country=BD	canonical=Jatiyatabadi Chhatra Dal	parent=BNP	case=exact
Bangladesh Jamaat-e-Islami	id=JI_BD	class=party	country=BD	canonical=Bangladesh Jamaat-e-Islami
Jamaat-e-Islami Bangladesh	id=JI_BD	class=party	country=BD	canonical=Bangladesh Jamaat-e-Islami
Jamaat-e-Islami	id=JI_BD	class=party	country=BD	canonical=Bangladesh Jamaat-e-Islami	ambiguous=yes
Bangladesh Islami Chhatra Shibir	id=SHIBIR	class=party	country=BD	canonical=Bangladesh Islami Chhatra Shibir	parent=JI_BD
Islami Chhatra Shibir	id=SHIBIR	class=party	country=BD	canonical=Bangladesh Islami Chhatra Shibir	parent=JI_BD
Chhatra Shibir	id=SHIBIR	class=party	country=BD	canonical=Bangladesh Islami Chhatra Shibir	parent=JI_BD
Shibir	id=SHIBIR	class=party	country=BD	canonical=Bangladesh Islami Chhatra Shibir	parent=JI_BD
Jatiya Party	id=JATIYA_PARTY	class=party	country=BD	canonical=Jatiya Party
Rapid Action Battalion	id=RAB	class=police	country=BD	canonical=Rapid Action Battalion
RAB	id=RAB	class=police	country=BD	canonical=Rapid Action Battalion	case=exact
Border Guard Bangladesh	id=BGB	class=military	country=BD	canonical=Border Guard Bangladesh
BGB	id=BGB	class=military	country=BD	canonical=Border Guard Bangladesh
Bangladesh Army	id=BD_ARMY	class=military	country=BD	canonical=Bangladesh Army
Bangladesh Police	id=BD_POLICE	class=police	country=BD	canonical=Bangladesh Police
Dhaka Metropolitan Police	id=DMP	class=police	country=BD	canonical=Dhaka Metropolitan Police
DMP	id=DMP	class=police	country=BD	canonical=Dhaka Metropolitan Police
Jamaat-ul-Mujahideen Bangladesh	id=JMB	class=rebel	country=BD	canonical=Jamaat-ul-Mujahideen Bangladesh
Jamaatul Mujahideen Bangladesh	id=JMB	class=rebel	country=BD	canonical=Jamaat-ul-Mujahideen Bangladesh
JMB	id=JMB	class=rebel	country=BD	canonical=Jamaat-ul-Mujahideen Bangladesh
Ansarullah Bangla Team	id=ABT	class=rebel	country=BD	canonical=Ansarullah Bangla Team
ABT	id=ABT	class=rebel	country=BD	canonical=Ansarullah Bangla Team	case=exact
Kuki-Chin National Front	id=KNF	class=rebel	country=BD	canonical=Kuki-Chin National Front
KNF	id=KNF	class=rebel	country=BD	canonical=Kuki-Chin National Front
Nepal Army	id=NEPAL_ARMY	class=military	country=NP	canonical=Nepal Army
Nepali Army	id=NEPAL_ARMY	class=military	country=NP	canonical=Nepal Army
Communist Party of Nepal (Unified Marxist-Leninist)	id=CPN_UML	class=party	country=NP	canonical=Communist Party of Nepal (Unified Marxist-Leninist)
CPN-UML	id=CPN_UML	class=party	country=NP	canonical=Communist Party of Nepal (Unified Marxist-Leninist)
CPN (UML)	id=CPN_UML	class=party	country=NP	canonical=Communist Party of Nepal (Unified Marxist-Leninist)
Communist Party of Nepal (Maoist Centre)	id=CPN_MC	class=party	country=NP	canonical=Communist Party of Nepal (Maoist Centre)
CPN (Maoist Centre)	id=CPN_MC	class=party	country=NP	canonical=Communist Party of Nepal (Maoist Centre)
CPN (Maoist Center)	id=CPN_MC	class=party	country=NP	canonical=Communist Party of Nepal (Maoist Centre)
CPN-Maoist Centre	id=CPN_MC	class=party	country=NP	canonical=Communist Party of Nepal (Maoist Centre)
CPN-MC	id=CPN_MC	class=party	country=NP	canonical=Communist Party of Nepal (Maoist Centre)
Nepali Congress	id=NEPALI_CONGRESS	class=party	country=NP	canonical=Nepali Congress
Rastriya Prajatantra Party	id=RPP	class=party	country=NP	canonical=Rastriya Prajatantra Party
RPP	id=RPP	class=party	country=NP	canonical=Rastriya Prajatantra Party
Rastriya Swatantra Party	id=RSP_NP	class=party	country=NP	canonical=Rastriya Swatantra Party
Liberation Tigers of Tamil Eelam	id=LTTE	class=rebel	country=LK	canonical=Liberation Tigers of Tamil Eelam
LTTE	id=LTTE	class=rebel	country=LK	canonical=Liberation Tigers of Tamil Eelam
Tamil Tigers	id=LTTE	class=rebel	country=LK	canonical=Liberation Tigers of Tamil Eelam
Sri Lanka Army	id=SL_ARMY	class=military	country=LK	canonical=Sri Lanka Army
Sri Lankan army	id=SL_ARMY	class=military	country=LK	canonical=Sri Lanka Army
Janatha Vimukthi Peramuna	id=JVP	class=party	country=LK	canonical=Janatha Vimukthi Peramuna
JVP	id=JVP	class=party	country=LK	canonical=Janatha Vimukthi Peramuna
National People's Power	id=NPP_LK	class=party	country=LK	canonical=National People's Power
Sri Lanka Podujana Peramuna	id=SLPP	class=party	country=LK	canonical=Sri Lanka Podujana Peramuna
SLPP	id=SLPP	class=party	country=LK	canonical=Sri Lanka Podujana Peramuna

# ---- Myanmar
Tatmadaw	id=TATMADAW	class=military	country=MM	canonical=Tatmadaw
Myanmar military	id=TATMADAW	class=military	country=MM	canonical=Tatmadaw
Myanmar army	id=TATMADAW	class=military	country=MM	canonical=Tatmadaw
Myanmar Armed Forces	id=TATMADAW	class=military	country=MM	canonical=Tatmadaw
Burmese military	id=TATMADAW	class=military	country=MM	canonical=Tatmadaw
Burmese army	id=TATMADAW	class=military	country=MM	canonical=Tatmadaw
Sit-tat	id=TATMADAW	class=military	country=MM	canonical=Tatmadaw
Sittat	id=TATMADAW	class=military	country=MM	canonical=Tatmadaw
State Administration Council	id=SAC	class=gov	country=MM	canonical=State Administration Council
State Security and Peace Commission	id=SAC	class=gov	country=MM	canonical=State Administration Council
SSPC	id=SAC	class=gov	country=MM	canonical=State Administration Council
National Unity Government	id=NUG	class=party	country=MM	canonical=National Unity Government
NUG	id=NUG	class=party	country=MM	canonical=National Unity Government
People's Defence Force	id=PDF_MM	class=rebel	country=MM	canonical=People's Defence Force	parent=NUG
People's Defense Force	id=PDF_MM	class=rebel	country=MM	canonical=People's Defence Force	parent=NUG
People's Defence Forces	id=PDF_MM	class=rebel	country=MM	canonical=People's Defence Force	parent=NUG
People's Defense Forces	id=PDF_MM	class=rebel	country=MM	canonical=People's Defence Force	parent=NUG
Arakan Army	id=ARAKAN_ARMY	class=rebel	country=MM	canonical=Arakan Army
United League of Arakan	id=ARAKAN_ARMY	class=rebel	country=MM	canonical=Arakan Army
ULA	id=ARAKAN_ARMY	class=rebel	country=MM	canonical=Arakan Army	case=exact
Kachin Independence Army	id=KIA	class=rebel	country=MM	canonical=Kachin Independence Army
KIA	id=KIA	class=rebel	country=MM	canonical=Kachin Independence Army	ambiguous=yes	case=exact
Kachin Independence Organisation	id=KIO	class=party	country=MM	canonical=Kachin Independence Organisation
Kachin Independence Organization	id=KIO	class=party	country=MM	canonical=Kachin Independence Organisation
KIO	id=KIO	class=party	country=MM	canonical=Kachin Independence Organisation
Ta'ang National Liberation Army	id=TNLA	class=rebel	country=MM	canonical=Ta'ang National Liberation Army
Taang National Liberation Army	id=TNLA	class=rebel	country=MM	canonical=Ta'ang National Liberation Army
TNLA	id=TNLA	class=rebel	country=MM	canonical=Ta'ang National Liberation Army
Myanmar National Democratic Alliance Army	id=MNDAA	class=rebel	country=MM	canonical=Myanmar National Democratic Alliance Army
MNDAA	id=MNDAA	class=rebel	country=MM	canonical=Myanmar National Democratic Alliance Army
Three Brotherhood Alliance	id=BROTHERHOOD_ALLIANCE	class=rebel	country=MM	canonical=Three Brotherhood Alliance
Brotherhood Alliance	id=BROTHERHOOD_ALLIANCE	class=rebel	country=MM	canonical=Three Brotherhood Alliance
Karen National Union	id=KNU	class=rebel	country=MM	canonical=Karen National Union
KNU	id=KNU	class=rebel	country=MM	canonical=Karen National Union
Karen National Liberation Army	id=KNLA	class=rebel	country=MM	canonical=Karen National Liberation Army	parent=KNU
KNLA	id=KNLA	class=rebel	country=MM	canonical=Karen National Liberation Army	parent=KNU
Karenni Nationalities Defence Force	id=KNDF	class=rebel	country=MM	canonical=Karenni Nationalities Defence Force
Karenni Nationalities Defense Force	id=KNDF	class=rebel	country=MM	canonical=Karenni Nationalities Defence Force
KNDF	id=KNDF	class=rebel	country=MM	canonical=Karenni Nationalities Defence Force
Karenni Army	id=KARENNI_ARMY	class=rebel	country=MM	canonical=Karenni Army
Chin National Front	id=CNF	class=rebel	country=MM	canonical=Chin National Front
CNF	id=CNF	class=rebel	country=MM	canonical=Chin National Front
Chin National Army	id=CNF	class=rebel	country=MM	canonical=Chin National Front
United Wa State Army	id=UWSA	class=rebel	country=MM	canonical=United Wa State Army
UWSA	id=UWSA	class=rebel	country=MM	canonical=United Wa State Army
Shan State Progress Party	id=SSPP	class=rebel	country=MM	canonical=Shan State Progress Party
SSPP	id=SSPP	class=rebel	country=MM	canonical=Shan State Progress Party
Shan State Army-North	id=SSPP	class=rebel	country=MM	canonical=Shan State Progress Party
SSA-N	id=SSPP	class=rebel	country=MM	canonical=Shan State Progress Party
Restoration Council of Shan State	id=RCSS	class=rebel	country=MM	canonical=Restoration Council of Shan State
RCSS	id=RCSS	class=rebel	country=MM	canonical=Restoration Council of Shan State
Shan State Army-South	id=RCSS	class=rebel	country=MM	canonical=Restoration Council of Shan State
SSA-S	id=RCSS	class=rebel	country=MM	canonical=Restoration Council of Shan State
Democratic Karen Buddhist Army	id=DKBA	class=rebel	country=MM	canonical=Democratic Karen Buddhist Army
Democratic Karen Benevolent Army	id=DKBA	class=rebel	country=MM	canonical=Democratic Karen Buddhist Army
DKBA	id=DKBA	class=rebel	country=MM	canonical=Democratic Karen Buddhist Army
Arakan Rohingya Salvation Army	id=ARSA	class=rebel	country=MM	canonical=Arakan Rohingya Salvation Army
ARSA	id=ARSA	class=rebel	country=MM	canonical=Arakan Rohingya Salvation Army
Rohingya Solidarity Organisation	id=RSO	class=rebel	country=MM	canonical=Rohingya Solidarity Organisation
Rohingya Solidarity Organization	id=RSO	class=rebel	country=MM	canonical=Rohingya Solidarity Organisation
RSO	id=RSO	class=rebel	country=MM	canonical=Rohingya Solidarity Organisation	case=exact
Karen Border Guard Force	id=KAREN_BGF	class=militia	country=MM	canonical=Karen Border Guard Force
Karen National Army	id=KAREN_BGF	class=militia	country=MM	canonical=Karen Border Guard Force
Border Guard Force	id=KAREN_BGF	class=militia	country=MM	canonical=Karen Border Guard Force	ambiguous=yes
Pyu Saw Htee	id=PYU_SAW_HTEE	class=militia	country=MM	canonical=Pyu Saw Htee
National League for Democracy	id=NLD	class=party	country=MM	canonical=National League for Democracy
NLD	id=NLD	class=party	country=MM	canonical=National League for Democracy
Union Solidarity and Development Party	id=USDP	class=party	country=MM	canonical=Union Solidarity and Development Party
USDP	id=USDP	class=party	country=MM	canonical=Union Solidarity and Development Party

# ---- East and Southeast Asia, Pacific
People's Liberation Army	id=PLA	class=military	country=CN	canonical=People's Liberation Army
PLA	id=PLA	class=military	country=CN	canonical=People's Liberation Army
Chinese People's Liberation Army	id=PLA	class=military	country=CN	canonical=People's Liberation Army
PLA Navy	id=PLA	class=military	country=CN	canonical=People's Liberation Army
PLA Air Force	id=PLA	class=military	country=CN	canonical=People's Liberation Army
People's Armed Police	id=PAP_CN	class=police	country=CN	canonical=People's Armed Police
Chinese People's Armed Police	id=PAP_CN	class=police	country=CN	canonical=People's Armed Police
China Coast Guard	id=CCG	class=military	country=CN	canonical=China Coast Guard
Chinese coast guard	id=CCG	class=military	country=CN	canonical=China Coast Guard
Ministry of State Security	id=MSS_CN	class=gov	country=CN	canonical=Ministry of State Security
Chinese Ministry of State Security	id=MSS_CN	class=gov	country=CN	canonical=Ministry of State Security
Chinese Communist Party	id=CCP	class=party	country=CN	canonical=Chinese Communist Party
Communist Party of China	id=CCP	class=party	country=CN	canonical=Chinese Communist Party
CCP	id=CCP	class=party	country=CN	canonical=Chinese Communist Party
Korean People's Army	id=KPA	class=military	country=KP	canonical=Korean People's Army
KPA	id=KPA	class=military	country=KP	canonical=Korean People's Army
North Korean army	id=KPA	class=military	country=KP	canonical=Korean People's Army
North Korean military	id=KPA	class=military	country=KP	canonical=Korean People's Army
Japan Self-Defense Forces	id=JSDF	class=military	country=JP	canonical=Japan Self-Defense Forces
Japan Self-Defence Forces	id=JSDF	class=military	country=JP	canonical=Japan Self-Defense Forces
Self-Defense Forces	id=JSDF	class=military	country=JP	canonical=Japan Self-Defense Forces	ambiguous=yes
JSDF	id=JSDF	class=military	country=JP	canonical=Japan Self-Defense Forces
Republic of China Armed Forces	id=ROC_ARMED	class=military	country=TW	canonical=Republic of China Armed Forces
Taiwanese military	id=ROC_ARMED	class=military	country=TW	canonical=Republic of China Armed Forces
Taiwan's armed forces	id=ROC_ARMED	class=military	country=TW	canonical=Republic of China Armed Forces
Barisan Revolusi Nasional	id=BRN	class=rebel	country=TH	canonical=Barisan Revolusi Nasional
BRN	id=BRN	class=rebel	country=TH	canonical=Barisan Revolusi Nasional
Barisan Revolusi Nasional-Coordinate	id=BRN	class=rebel	country=TH	canonical=Barisan Revolusi Nasional
BRN-C	id=BRN	class=rebel	country=TH	canonical=Barisan Revolusi Nasional
Patani United Liberation Organisation	id=PULO	class=rebel	country=TH	canonical=Patani United Liberation Organisation
Patani United Liberation Organization	id=PULO	class=rebel	country=TH	canonical=Patani United Liberation Organisation
PULO	id=PULO	class=rebel	country=TH	canonical=Patani United Liberation Organisation
Royal Thai Army	id=RTA	class=military	country=TH	canonical=Royal Thai Army
Thai army	id=RTA	class=military	country=TH	canonical=Royal Thai Army
Thai military	id=RTA	class=military	country=TH	canonical=Royal Thai Army
Pheu Thai	id=PHEU_THAI	class=party	country=TH	canonical=Pheu Thai
Pheu Thai Party	id=PHEU_THAI	class=party	country=TH	canonical=Pheu Thai
Move Forward Party	id=MOVE_FORWARD	class=party	country=TH	canonical=Move Forward Party
Cambodian People's Party	id=CPP_KH	class=party	country=KH	canonical=Cambodian People's Party
New People's Army	id=NPA	class=rebel	country=PH	canonical=New People's Army
NPA	id=NPA	class=rebel	country=PH	canonical=New People's Army	ambiguous=yes	case=exact
CPP-NPA	id=NPA	class=rebel	country=PH	canonical=New People's Army
CPP-NPA-NDF	id=NPA	class=rebel	country=PH	canonical=New People's Army
Communist Party of the Philippines	id=CPP_PH	class=party	country=PH	canonical=Communist Party of the Philippines
National Democratic Front of the Philippines	id=CPP_PH	class=party	country=PH	canonical=Communist Party of the Philippines
NDFP	id=CPP_PH	class=party	country=PH	canonical=Communist Party of the Philippines
Moro Islamic Liberation Front	id=MILF	class=rebel	country=PH	canonical=Moro Islamic Liberation Front
MILF	id=MILF	class=rebel	country=PH	canonical=Moro Islamic Liberation Front	case=exact
Moro National Liberation Front	id=MNLF	class=rebel	country=PH	canonical=Moro National Liberation Front
MNLF	id=MNLF	class=rebel	country=PH	canonical=Moro National Liberation Front
Armed Forces of the Philippines	id=AFP_PH	class=military	country=PH	canonical=Armed Forces of the Philippines
Philippine Army	id=AFP_PH	class=military	country=PH	canonical=Armed Forces of the Philippines
Philippine military	id=AFP_PH	class=military	country=PH	canonical=Armed Forces of the Philippines
Philippine National Police	id=PNP	class=police	country=PH	canonical=Philippine National Police
PNP	id=PNP	class=police	country=PH	canonical=Philippine National Police
Citizen Armed Force Geographical Unit	id=CAFGU	class=militia	country=PH	canonical=Citizen Armed Force Geographical Unit
Citizen Armed Forces Geographical Unit	id=CAFGU	class=militia	country=PH	canonical=Citizen Armed Force Geographical Unit
CAFGU	id=CAFGU	class=militia	country=PH	canonical=Citizen Armed Force Geographical Unit
Indonesian National Armed Forces	id=TNI	class=military	country=ID	canonical=Indonesian National Armed Forces
TNI	id=TNI	class=military	country=ID	canonical=Indonesian National Armed Forces
Indonesian military	id=TNI	class=military	country=ID	canonical=Indonesian National Armed Forces
Indonesian army	id=TNI	class=military	country=ID	canonical=Indonesian National Armed Forces
Indonesian National Police	id=POLRI	class=police	country=ID	canonical=Indonesian National Police
Polri	id=POLRI	class=police	country=ID	canonical=Indonesian National Police
Densus 88	id=DENSUS88	class=police	country=ID	canonical=Densus 88
Detachment 88	id=DENSUS88	class=police	country=ID	canonical=Densus 88
Special Detachment 88	id=DENSUS88	class=police	country=ID	canonical=Densus 88
Free Papua Movement	id=OPM	class=rebel	country=ID	canonical=Free Papua Movement
Organisasi Papua Merdeka	id=OPM	class=rebel	country=ID	canonical=Free Papua Movement
OPM	id=OPM	class=rebel	country=ID	canonical=Free Papua Movement
West Papua National Liberation Army	id=TPNPB	class=rebel	country=ID	canonical=West Papua National Liberation Army	parent=OPM
TPNPB	id=TPNPB	class=rebel	country=ID	canonical=West Papua National Liberation Army	parent=OPM
TPNPB-OPM	id=TPNPB	class=rebel	country=ID	canonical=West Papua National Liberation Army	parent=OPM
West Papua Liberation Army	id=TPNPB	class=rebel	country=ID	canonical=West Papua National Liberation Army	parent=OPM
KKB	id=TPNPB	class=rebel	country=ID	canonical=West Papua National Liberation Army	parent=OPM	ambiguous=yes	case=exact

# ---- Latin America and the Caribbean
Jalisco New Generation Cartel	id=CJNG	class=gang	country=MX	canonical=Jalisco New Generation Cartel
Cártel de Jalisco Nueva Generación	id=CJNG	class=gang	country=MX	canonical=Jalisco New Generation Cartel
Cartel de Jalisco Nueva Generacion	id=CJNG	class=gang	country=MX	canonical=Jalisco New Generation Cartel
CJNG	id=CJNG	class=gang	country=MX	canonical=Jalisco New Generation Cartel
Jalisco cartel	id=CJNG	class=gang	country=MX	canonical=Jalisco New Generation Cartel
Sinaloa Cartel	id=SINALOA	class=gang	country=MX	canonical=Sinaloa Cartel
Cártel de Sinaloa	id=SINALOA	class=gang	country=MX	canonical=Sinaloa Cartel
Cartel de Sinaloa	id=SINALOA	class=gang	country=MX	canonical=Sinaloa Cartel
Los Chapitos	id=CHAPITOS	class=gang	country=MX	canonical=Los Chapitos	parent=SINALOA
Chapitos	id=CHAPITOS	class=gang	country=MX	canonical=Los Chapitos	parent=SINALOA
La Mayiza	id=MAYOS	class=gang	country=MX	canonical=La Mayiza	parent=SINALOA
Los Mayos	id=MAYOS	class=gang	country=MX	canonical=La Mayiza	parent=SINALOA
Mayos	id=MAYOS	class=gang	country=MX	canonical=La Mayiza	parent=SINALOA
Gulf Cartel	id=GULF_CARTEL	class=gang	country=MX	canonical=Gulf Cartel
Cártel del Golfo	id=GULF_CARTEL	class=gang	country=MX	canonical=Gulf Cartel
Cartel del Golfo	id=GULF_CARTEL	class=gang	country=MX	canonical=Gulf Cartel
CDG	id=GULF_CARTEL	class=gang	country=MX	canonical=Gulf Cartel	ambiguous=yes
Los Zetas	id=ZETAS	class=gang	country=MX	canonical=Los Zetas
Zetas	id=ZETAS	class=gang	country=MX	canonical=Los Zetas
Cartel del Noreste	id=CDN	class=gang	country=MX	canonical=Cartel del Noreste
Cártel del Noreste	id=CDN	class=gang	country=MX	canonical=Cartel del Noreste
Northeast Cartel	id=CDN	class=gang	country=MX	canonical=Cartel del Noreste
CDN	id=CDN	class=gang	country=MX	canonical=Cartel del Noreste	ambiguous=yes
La Familia Michoacana	id=FAMILIA_MICHOACANA	class=gang	country=MX	canonical=La Familia Michoacana
Familia Michoacana	id=FAMILIA_MICHOACANA	class=gang	country=MX	canonical=La Familia Michoacana
Knights Templar Cartel	id=TEMPLARIOS	class=gang	country=MX	canonical=Knights Templar Cartel
Los Caballeros Templarios	id=TEMPLARIOS	class=gang	country=MX	canonical=Knights Templar Cartel
Caballeros Templarios	id=TEMPLARIOS	class=gang	country=MX	canonical=Knights Templar Cartel
Beltrán-Leyva Organization	id=BLO	class=gang	country=MX	canonical=Beltrán-Leyva Organization
Beltran-Leyva Organization	id=BLO	class=gang	country=MX	canonical=Beltrán-Leyva Organization
Beltrán Leyva Cartel	id=BLO	class=gang	country=MX	canonical=Beltrán-Leyva Organization
Beltran Leyva Cartel	id=BLO	class=gang	country=MX	canonical=Beltrán-Leyva Organization
Beltrán-Leyva Cartel	id=BLO	class=gang	country=MX	canonical=Beltrán-Leyva Organization
BLO	id=BLO	class=gang	country=MX	canonical=Beltrán-Leyva Organization
Juárez Cartel	id=JUAREZ_CARTEL	class=gang	country=MX	canonical=Juárez Cartel
Juarez Cartel	id=JUAREZ_CARTEL	class=gang	country=MX	canonical=Juárez Cartel
La Línea	id=JUAREZ_CARTEL	class=gang	country=MX	canonical=Juárez Cartel
La Linea	id=JUAREZ_CARTEL	class=gang	country=MX	canonical=Juárez Cartel
Cárteles Unidos	id=CARTELES_UNIDOS	class=gang	country=MX	canonical=Cárteles Unidos
Carteles Unidos	id=CARTELES_UNIDOS	class=gang	country=MX	canonical=Cárteles Unidos
Santa Rosa de Lima Cartel	id=CSRL	class=gang	country=MX	canonical=Santa Rosa de Lima Cartel
Cártel de Santa Rosa de Lima	id=CSRL	class=gang	country=MX	canonical=Santa Rosa de Lima Cartel
Cartel de Santa Rosa de Lima	id=CSRL	class=gang	country=MX	canonical=Santa Rosa de Lima Cartel
Guerreros Unidos	id=GUERREROS_UNIDOS	class=gang	country=MX	canonical=Guerreros Unidos
Los Ardillos	id=LOS_ARDILLOS	class=gang	country=MX	canonical=Los Ardillos
Mexican Army	id=MX_ARMY	class=military	country=MX	canonical=Mexican Army
SEDENA	id=MX_ARMY	class=military	country=MX	canonical=Mexican Army
Secretariat of National Defense	id=MX_ARMY	class=military	country=MX	canonical=Mexican Army
Mexican National Guard	id=GN_MX	class=military	country=MX	canonical=Mexican National Guard
Guardia Nacional	id=GN_MX	class=military	country=MX	canonical=Mexican National Guard
Morena	id=MORENA	class=party	country=MX	canonical=Morena
MS-13	id=MS13	class=gang	country=SV	canonical=MS-13
MS13	id=MS13	class=gang	country=SV	canonical=MS-13
Mara Salvatrucha	id=MS13	class=gang	country=SV	canonical=MS-13
Mara Salvatrucha 13	id=MS13	class=gang	country=SV	canonical=MS-13
Barrio 18	id=BARRIO18	class=gang	country=SV	canonical=Barrio 18
18th Street gang	id=BARRIO18	class=gang	country=SV	canonical=Barrio 18
Calle 18	id=BARRIO18	class=gang	country=SV	canonical=Barrio 18
Mara 18	id=BARRIO18	class=gang	country=SV	canonical=Barrio 18
M-18	id=BARRIO18	class=gang	country=SV	canonical=Barrio 18
Viv Ansanm	id=VIV_ANSANM	class=gang	country=HT	canonical=Viv Ansanm
G9	id=G9	class=gang	country=HT	canonical=G9	parent=VIV_ANSANM
G9 an Fanmi e Alye	id=G9	class=gang	country=HT	canonical=G9	parent=VIV_ANSANM
G9 Family and Allies	id=G9	class=gang	country=HT	canonical=G9	parent=VIV_ANSANM
G9 coalition	id=G9	class=gang	country=HT	canonical=G9	parent=VIV_ANSANM
G-9	id=G9	class=gang	country=HT	canonical=G9	parent=VIV_ANSANM
G-Pèp	id=GPEP	class=gang	country=HT	canonical=G-Pèp	parent=VIV_ANSANM
G-Pep	id=GPEP	class=gang	country=HT	canonical=G-Pèp	parent=VIV_ANSANM
GPep	id=GPEP	class=gang	country=HT	canonical=G-Pèp	parent=VIV_ANSANM
400 Mawozo	id=MAWOZO_400	class=gang	country=HT	canonical=400 Mawozo	parent=VIV_ANSANM
Gran Grif	id=GRAN_GRIF	class=gang	country=HT	canonical=Gran Grif	parent=VIV_ANSANM
5 Segonn	id=VILLAGE_DE_DIEU	class=gang	country=HT	canonical=5 Segonn	parent=VIV_ANSANM
Village de Dieu gang	id=VILLAGE_DE_DIEU	class=gang	country=HT	canonical=5 Segonn	parent=VIV_ANSANM
Cinq Secondes	id=VILLAGE_DE_DIEU	class=gang	country=HT	canonical=5 Segonn	parent=VIV_ANSANM
Kraze Baryè	id=KRAZE_BARYE	class=gang	country=HT	canonical=Kraze Baryè	parent=VIV_ANSANM
Kraze Barye	id=KRAZE_BARYE	class=gang	country=HT	canonical=Kraze Baryè	parent=VIV_ANSANM
Haitian National Police	id=PNH	class=police	country=HT	canonical=Haitian National Police
Police Nationale d'Haïti	id=PNH	class=police	country=HT	canonical=Haitian National Police
Police Nationale d'Haiti	id=PNH	class=police	country=HT	canonical=Haitian National Police
PNH	id=PNH	class=police	country=HT	canonical=Haitian National Police
Armed Forces of Haiti	id=FADH	class=military	country=HT	canonical=Armed Forces of Haiti
FAd'H	id=FADH	class=military	country=HT	canonical=Armed Forces of Haiti
Haitian army	id=FADH	class=military	country=HT	canonical=Armed Forces of Haiti
Multinational Security Support Mission	id=MSS_HT	class=igo	country=HT	canonical=Multinational Security Support Mission
Multinational Security Support	id=MSS_HT	class=igo	country=HT	canonical=Multinational Security Support Mission
Kenya-led Multinational Security Support mission	id=MSS_HT	class=igo	country=HT	canonical=Multinational Security Support Mission
Gang Suppression Force	id=GSF_HT	class=igo	country=HT	canonical=Gang Suppression Force
Revolutionary Armed Forces of Colombia	id=FARC	class=rebel	country=CO	canonical=Revolutionary Armed Forces of Colombia
FARC	id=FARC	class=rebel	country=CO	canonical=Revolutionary Armed Forces of Colombia
FARC-EP	id=FARC	class=rebel	country=CO	canonical=Revolutionary Armed Forces of Colombia
FARC dissidents	id=FARC_DISSIDENTS	class=rebel	country=CO	canonical=FARC dissidents
FARC dissident groups	id=FARC_DISSIDENTS	class=rebel	country=CO	canonical=FARC dissidents
dissident FARC	id=FARC_DISSIDENTS	class=rebel	country=CO	canonical=FARC dissidents
FARC dissident	id=FARC_DISSIDENTS	class=rebel	country=CO	canonical=FARC dissidents
Estado Mayor Central	id=EMC	class=rebel	country=CO	canonical=Estado Mayor Central
Central General Staff	id=EMC	class=rebel	country=CO	canonical=Estado Mayor Central
EMC	id=EMC	class=rebel	country=CO	canonical=Estado Mayor Central	ambiguous=yes	case=exact
Estado Mayor de Bloques y Frentes	id=EMBF	class=rebel	country=CO	canonical=Estado Mayor de Bloques y Frentes
EMBF	id=EMBF	class=rebel	country=CO	canonical=Estado Mayor de Bloques y Frentes
Segunda Marquetalia	id=SEGUNDA_MARQUETALIA	class=rebel	country=CO	canonical=Segunda Marquetalia
Second Marquetalia	id=SEGUNDA_MARQUETALIA	class=rebel	country=CO	canonical=Segunda Marquetalia
National Liberation Army	id=ELN	class=rebel	country=CO	canonical=National Liberation Army	ambiguous=yes
ELN	id=ELN	class=rebel	country=CO	canonical=National Liberation Army
Ejército de Liberación Nacional	id=ELN	class=rebel	country=CO	canonical=National Liberation Army
Ejercito de Liberacion Nacional	id=ELN	class=rebel	country=CO	canonical=National Liberation Army
Clan del Golfo	id=AGC	class=militia	country=CO	canonical=Clan del Golfo
Gulf Clan	id=AGC	class=militia	country=CO	canonical=Clan del Golfo
Autodefensas Gaitanistas de Colombia	id=AGC	class=militia	country=CO	canonical=Clan del Golfo
AGC	id=AGC	class=militia	country=CO	canonical=Clan del Golfo	ambiguous=yes	case=exact
Ejército Gaitanista de Colombia	id=AGC	class=militia	country=CO	canonical=Clan del Golfo
Ejercito Gaitanista de Colombia	id=AGC	class=militia	country=CO	canonical=Clan del Golfo
Gaitanist Army of Colombia	id=AGC	class=militia	country=CO	canonical=Clan del Golfo
EGC	id=AGC	class=militia	country=CO	canonical=Clan del Golfo	case=exact
Urabeños	id=AGC	class=militia	country=CO	canonical=Clan del Golfo
Los Urabeños	id=AGC	class=militia	country=CO	canonical=Clan del Golfo
Urabenos	id=AGC	class=militia	country=CO	canonical=Clan del Golfo
Autodefensas Conquistadoras de la Sierra Nevada	id=ACSN	class=militia	country=CO	canonical=Autodefensas Conquistadoras de la Sierra Nevada
ACSN	id=ACSN	class=militia	country=CO	canonical=Autodefensas Conquistadoras de la Sierra Nevada
Los Pachenca	id=ACSN	class=militia	country=CO	canonical=Autodefensas Conquistadoras de la Sierra Nevada
Pachencas	id=ACSN	class=militia	country=CO	canonical=Autodefensas Conquistadoras de la Sierra Nevada
Comandos de la Frontera	id=COMANDOS_FRONTERA	class=gang	country=CO	canonical=Comandos de la Frontera
Los Rastrojos	id=RASTROJOS	class=gang	country=CO	canonical=Los Rastrojos
Rastrojos	id=RASTROJOS	class=gang	country=CO	canonical=Los Rastrojos
National Army of Colombia	id=COL_ARMY	class=military	country=CO	canonical=National Army of Colombia
Colombian army	id=COL_ARMY	class=military	country=CO	canonical=National Army of Colombia
Ejército Nacional de Colombia	id=COL_ARMY	class=military	country=CO	canonical=National Army of Colombia
Colombian military	id=COL_ARMY	class=military	country=CO	canonical=National Army of Colombia
ESMAD	id=ESMAD	class=police	country=CO	canonical=ESMAD
Mobile Anti-Disturbance Squadron	id=ESMAD	class=police	country=CO	canonical=ESMAD
UNDMO	id=ESMAD	class=police	country=CO	canonical=ESMAD
Shining Path	id=SHINING_PATH	class=rebel	country=PE	canonical=Shining Path
Sendero Luminoso	id=SHINING_PATH	class=rebel	country=PE	canonical=Shining Path
Militarized Communist Party of Peru	id=SHINING_PATH	class=rebel	country=PE	canonical=Shining Path
Tren de Aragua	id=TREN_DE_ARAGUA	class=gang	country=VE	canonical=Tren de Aragua
Cartel de los Soles	id=CARTEL_SOLES	class=gang	country=VE	canonical=Cartel de los Soles
Cártel de los Soles	id=CARTEL_SOLES	class=gang	country=VE	canonical=Cartel de los Soles
Cartel of the Suns	id=CARTEL_SOLES	class=gang	country=VE	canonical=Cartel de los Soles
Bolivarian National Armed Forces	id=FANB	class=military	country=VE	canonical=Bolivarian National Armed Forces
FANB	id=FANB	class=military	country=VE	canonical=Bolivarian National Armed Forces
Venezuelan army	id=FANB	class=military	country=VE	canonical=Bolivarian National Armed Forces
Venezuelan military	id=FANB	class=military	country=VE	canonical=Bolivarian National Armed Forces
Bolivarian National Guard	id=GNB	class=military	country=VE	canonical=Bolivarian National Guard
GNB	id=GNB	class=military	country=VE	canonical=Bolivarian National Guard
Venezuelan National Guard	id=GNB	class=military	country=VE	canonical=Bolivarian National Guard
SEBIN	id=SEBIN	class=gov	country=VE	canonical=SEBIN
Bolivarian National Intelligence Service	id=SEBIN	class=gov	country=VE	canonical=SEBIN
colectivos	id=COLECTIVOS	class=militia	country=VE	canonical=colectivos	ambiguous=yes
United Socialist Party of Venezuela	id=PSUV	class=party	country=VE	canonical=United Socialist Party of Venezuela
PSUV	id=PSUV	class=party	country=VE	canonical=United Socialist Party of Venezuela
Primeiro Comando da Capital	id=PCC	class=gang	country=BR	canonical=Primeiro Comando da Capital
First Capital Command	id=PCC	class=gang	country=BR	canonical=Primeiro Comando da Capital
PCC	id=PCC	class=gang	country=BR	canonical=Primeiro Comando da Capital	ambiguous=yes	case=exact
Comando Vermelho	id=COMANDO_VERMELHO	class=gang	country=BR	canonical=Comando Vermelho
Red Command	id=COMANDO_VERMELHO	class=gang	country=BR	canonical=Comando Vermelho
BOPE	id=BOPE	class=police	country=BR	canonical=BOPE
Special Police Operations Battalion	id=BOPE	class=police	country=BR	canonical=BOPE
Los Choneros	id=LOS_CHONEROS	class=gang	country=EC	canonical=Los Choneros
Choneros	id=LOS_CHONEROS	class=gang	country=EC	canonical=Los Choneros
Los Lobos	id=LOS_LOBOS	class=gang	country=EC	canonical=Los Lobos
Los Tiguerones	id=LOS_TIGUERONES	class=gang	country=EC	canonical=Los Tiguerones
Tiguerones	id=LOS_TIGUERONES	class=gang	country=EC	canonical=Los Tiguerones

# ---- Europe and Russia
Russian Armed Forces	id=RU_ARMED	class=military	country=RU	canonical=Russian Armed Forces
Armed Forces of the Russian Federation	id=RU_ARMED	class=military	country=RU	canonical=Russian Armed Forces
Russian army	id=RU_ARMED	class=military	country=RU	canonical=Russian Armed Forces
Russian military	id=RU_ARMED	class=military	country=RU	canonical=Russian Armed Forces
Russian Ministry of Defence	id=RU_MOD	class=gov	country=RU	canonical=Russian Ministry of Defence
Russian Defence Ministry	id=RU_MOD	class=gov	country=RU	canonical=Russian Ministry of Defence
Russian Defense Ministry	id=RU_MOD	class=gov	country=RU	canonical=Russian Ministry of Defence
Russian Ministry of Defense	id=RU_MOD	class=gov	country=RU	canonical=Russian Ministry of Defence
Federal Security Service	id=FSB	class=gov	country=RU	canonical=Federal Security Service
FSB	id=FSB	class=gov	country=RU	canonical=Federal Security Service
GRU	id=GRU	class=gov	country=RU	canonical=GRU
Russian military intelligence	id=GRU	class=gov	country=RU	canonical=GRU
SVR	id=SVR	class=gov	country=RU	canonical=SVR
Russian Foreign Intelligence Service	id=SVR	class=gov	country=RU	canonical=SVR
Rosgvardia	id=ROSGVARDIA	class=military	country=RU	canonical=Rosgvardia
Rosgvardiya	id=ROSGVARDIA	class=military	country=RU	canonical=Rosgvardia
National Guard of Russia	id=ROSGVARDIA	class=military	country=RU	canonical=Rosgvardia
Russian National Guard	id=ROSGVARDIA	class=military	country=RU	canonical=Rosgvardia
Wagner Group	id=WAGNER	class=militia	country=RU	canonical=Wagner Group
Wagner	id=WAGNER	class=militia	country=RU	canonical=Wagner Group	ambiguous=yes
PMC Wagner	id=WAGNER	class=militia	country=RU	canonical=Wagner Group
Wagner PMC	id=WAGNER	class=militia	country=RU	canonical=Wagner Group
Wagner mercenaries	id=WAGNER	class=militia	country=RU	canonical=Wagner Group
Africa Corps	id=AFRICA_CORPS	class=military	country=RU	canonical=Africa Corps
Russian Africa Corps	id=AFRICA_CORPS	class=military	country=RU	canonical=Africa Corps
Kadyrovtsy	id=KADYROVTSY	class=militia	country=RU	canonical=Kadyrovtsy
Kadyrovites	id=KADYROVTSY	class=militia	country=RU	canonical=Kadyrovtsy
Akhmat special forces	id=KADYROVTSY	class=militia	country=RU	canonical=Kadyrovtsy
Akhmat battalion	id=KADYROVTSY	class=militia	country=RU	canonical=Kadyrovtsy
Akhmat	id=KADYROVTSY	class=militia	country=RU	canonical=Kadyrovtsy	ambiguous=yes
Russian Volunteer Corps	id=RDK	class=rebel	country=RU	canonical=Russian Volunteer Corps
RDK	id=RDK	class=rebel	country=RU	canonical=Russian Volunteer Corps
Freedom of Russia Legion	id=FREEDOM_RUSSIA	class=rebel	country=RU	canonical=Freedom of Russia Legion
United Russia	id=UNITED_RUSSIA	class=party	country=RU	canonical=United Russia
Armed Forces of Ukraine	id=AFU	class=military	country=UA	canonical=Armed Forces of Ukraine
Ukrainian Armed Forces	id=AFU	class=military	country=UA	canonical=Armed Forces of Ukraine
AFU	id=AFU	class=military	country=UA	canonical=Armed Forces of Ukraine
ZSU	id=AFU	class=military	country=UA	canonical=Armed Forces of Ukraine
Ukrainian army	id=AFU	class=military	country=UA	canonical=Armed Forces of Ukraine
Ukrainian military	id=AFU	class=military	country=UA	canonical=Armed Forces of Ukraine
Security Service of Ukraine	id=SBU	class=gov	country=UA	canonical=Security Service of Ukraine
SBU	id=SBU	class=gov	country=UA	canonical=Security Service of Ukraine
Defence Intelligence of Ukraine	id=HUR	class=gov	country=UA	canonical=Defence Intelligence of Ukraine
Defense Intelligence of Ukraine	id=HUR	class=gov	country=UA	canonical=Defence Intelligence of Ukraine
HUR	id=HUR	class=gov	country=UA	canonical=Defence Intelligence of Ukraine
GUR	id=HUR	class=gov	country=UA	canonical=Defence Intelligence of Ukraine
Main Intelligence Directorate of Ukraine	id=HUR	class=gov	country=UA	canonical=Defence Intelligence of Ukraine
National Guard of Ukraine	id=NGU	class=military	country=UA	canonical=National Guard of Ukraine
NGU	id=NGU	class=military	country=UA	canonical=National Guard of Ukraine
Ukrainian National Guard	id=NGU	class=military	country=UA	canonical=National Guard of Ukraine
Azov Brigade	id=AZOV	class=military	country=UA	canonical=Azov Brigade	parent=NGU
Azov Regiment	id=AZOV	class=military	country=UA	canonical=Azov Brigade	parent=NGU
Azov Battalion	id=AZOV	class=military	country=UA	canonical=Azov Brigade	parent=NGU
Territorial Defence Forces	id=UA_TDF	class=military	country=UA	canonical=Territorial Defence Forces	parent=AFU	ambiguous=yes
Territorial Defense Forces	id=UA_TDF	class=military	country=UA	canonical=Territorial Defence Forces	parent=AFU	ambiguous=yes
Ukrainian Territorial Defence Forces	id=UA_TDF	class=military	country=UA	canonical=Territorial Defence Forces	parent=AFU
National Police of Ukraine	id=NPU	class=police	country=UA	canonical=National Police of Ukraine
Ukrainian police	id=NPU	class=police	country=UA	canonical=National Police of Ukraine
Verkhovna Rada	id=VERKHOVNA_RADA	class=gov	country=UA	canonical=Verkhovna Rada
Georgian Dream	id=GEORGIAN_DREAM	class=party	country=GE	canonical=Georgian Dream
Kosovo Liberation Army	id=KLA	class=rebel	country=XK	canonical=Kosovo Liberation Army
KLA	id=KLA	class=rebel	country=XK	canonical=Kosovo Liberation Army
UÇK	id=KLA	class=rebel	country=XK	canonical=Kosovo Liberation Army
UCK	id=KLA	class=rebel	country=XK	canonical=Kosovo Liberation Army
Serbian Progressive Party	id=SNS	class=party	country=RS	canonical=Serbian Progressive Party
SNS	id=SNS	class=party	country=RS	canonical=Serbian Progressive Party	ambiguous=yes
British Armed Forces	id=BRITISH_ARMY	class=military	country=GB	canonical=British Armed Forces
British Army	id=BRITISH_ARMY	class=military	country=GB	canonical=British Armed Forces
British military	id=BRITISH_ARMY	class=military	country=GB	canonical=British Armed Forces
MI5	id=MI5	class=gov	country=GB	canonical=MI5
MI6	id=MI6	class=gov	country=GB	canonical=MI6
Secret Intelligence Service	id=MI6	class=gov	country=GB	canonical=MI6
Metropolitan Police	id=MET_POLICE	class=police	country=GB	canonical=Metropolitan Police	ambiguous=yes
Metropolitan Police Service	id=MET_POLICE	class=police	country=GB	canonical=Metropolitan Police
Met Police	id=MET_POLICE	class=police	country=GB	canonical=Metropolitan Police
Scotland Yard	id=MET_POLICE	class=police	country=GB	canonical=Metropolitan Police
Police Service of Northern Ireland	id=PSNI	class=police	country=GB	canonical=Police Service of Northern Ireland
PSNI	id=PSNI	class=police	country=GB	canonical=Police Service of Northern Ireland
Irish Republican Army	id=IRA	class=rebel	country=GB	canonical=Irish Republican Army
IRA	id=IRA	class=rebel	country=GB	canonical=Irish Republican Army	ambiguous=yes	case=exact
Provisional IRA	id=IRA	class=rebel	country=GB	canonical=Irish Republican Army
Provisional Irish Republican Army	id=IRA	class=rebel	country=GB	canonical=Irish Republican Army
New IRA	id=NEW_IRA	class=rebel	country=GB	canonical=New IRA
Real IRA	id=NEW_IRA	class=rebel	country=GB	canonical=New IRA
Continuity IRA	id=CIRA	class=rebel	country=GB	canonical=Continuity IRA
Continuity Irish Republican Army	id=CIRA	class=rebel	country=GB	canonical=Continuity IRA
Ulster Volunteer Force	id=UVF	class=militia	country=GB	canonical=Ulster Volunteer Force
UVF	id=UVF	class=militia	country=GB	canonical=Ulster Volunteer Force
Ulster Defence Association	id=UDA_NI	class=militia	country=GB	canonical=Ulster Defence Association
Palestine Action	id=PALESTINE_ACTION	class=party	country=GB	canonical=Palestine Action
Just Stop Oil	id=JUST_STOP_OIL	class=party	country=GB	canonical=Just Stop Oil
Extinction Rebellion	id=EXTINCTION_REBELLION	class=party	country=	canonical=Extinction Rebellion
XR	id=EXTINCTION_REBELLION	class=party	country=	canonical=Extinction Rebellion	case=exact
ETA	id=ETA	class=rebel	country=ES	canonical=ETA	ambiguous=yes	case=exact
Euskadi Ta Askatasuna	id=ETA	class=rebel	country=ES	canonical=ETA
French Armed Forces	id=FRENCH_ARMY	class=military	country=FR	canonical=French Armed Forces
French army	id=FRENCH_ARMY	class=military	country=FR	canonical=French Armed Forces
French military	id=FRENCH_ARMY	class=military	country=FR	canonical=French Armed Forces
Operation Barkhane	id=BARKHANE	class=military	country=FR	canonical=Operation Barkhane
Barkhane	id=BARKHANE	class=military	country=FR	canonical=Operation Barkhane
DGSE	id=DGSE	class=gov	country=FR	canonical=DGSE
Directorate-General for External Security	id=DGSE	class=gov	country=FR	canonical=DGSE
DGSI	id=DGSI	class=gov	country=FR	canonical=DGSI
General Directorate for Internal Security	id=DGSI	class=gov	country=FR	canonical=DGSI
National Gendarmerie	id=GENDARMERIE_FR	class=police	country=FR	canonical=National Gendarmerie	ambiguous=yes
Gendarmerie nationale	id=GENDARMERIE_FR	class=police	country=FR	canonical=National Gendarmerie	ambiguous=yes
French Gendarmerie	id=GENDARMERIE_FR	class=police	country=FR	canonical=National Gendarmerie
Compagnies Républicaines de Sécurité	id=CRS_FR	class=police	country=FR	canonical=Compagnies Républicaines de Sécurité
Compagnies Republicaines de Securite	id=CRS_FR	class=police	country=FR	canonical=Compagnies Républicaines de Sécurité
CRS	id=CRS_FR	class=police	country=FR	canonical=Compagnies Républicaines de Sécurité	ambiguous=yes	case=exact
Bundeswehr	id=BUNDESWEHR	class=military	country=DE	canonical=Bundeswehr
Alternative for Germany	id=AFD	class=party	country=DE	canonical=Alternative for Germany
AfD	id=AFD	class=party	country=DE	canonical=Alternative for Germany
Alternative für Deutschland	id=AFD	class=party	country=DE	canonical=Alternative for Germany

# ---- United States
United States Armed Forces	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
U.S. Armed Forces	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
US Armed Forces	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
U.S. military	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
US military	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
U.S. forces	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
US forces	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
U.S. troops	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
US troops	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
American forces	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
American troops	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
U.S. Army	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
US Army	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
U.S. Navy	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
US Navy	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
U.S. Air Force	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
US Air Force	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
U.S. Marines	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
US Marines	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
U.S. Marine Corps	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
US Marine Corps	id=US_MILITARY	class=military	country=US	canonical=United States Armed Forces
Pentagon	id=PENTAGON	class=gov	country=US	canonical=Pentagon
Department of Defense	id=PENTAGON	class=gov	country=US	canonical=Pentagon	ambiguous=yes
U.S. Department of Defense	id=PENTAGON	class=gov	country=US	canonical=Pentagon
US Department of Defense	id=PENTAGON	class=gov	country=US	canonical=Pentagon
Department of War	id=PENTAGON	class=gov	country=US	canonical=Pentagon
U.S. Department of War	id=PENTAGON	class=gov	country=US	canonical=Pentagon
Defense Department	id=PENTAGON	class=gov	country=US	canonical=Pentagon	ambiguous=yes
U.S. Central Command	id=CENTCOM	class=military	country=US	canonical=U.S. Central Command
US Central Command	id=CENTCOM	class=military	country=US	canonical=U.S. Central Command
CENTCOM	id=CENTCOM	class=military	country=US	canonical=U.S. Central Command
Central Command	id=CENTCOM	class=military	country=US	canonical=U.S. Central Command	ambiguous=yes
U.S. Africa Command	id=AFRICOM	class=military	country=US	canonical=U.S. Africa Command
US Africa Command	id=AFRICOM	class=military	country=US	canonical=U.S. Africa Command
AFRICOM	id=AFRICOM	class=military	country=US	canonical=U.S. Africa Command
Africa Command	id=AFRICOM	class=military	country=US	canonical=U.S. Africa Command
State Department	id=STATE_DEPT	class=gov	country=US	canonical=State Department
U.S. State Department	id=STATE_DEPT	class=gov	country=US	canonical=State Department
US State Department	id=STATE_DEPT	class=gov	country=US	canonical=State Department
Department of State	id=STATE_DEPT	class=gov	country=US	canonical=State Department
U.S. Department of State	id=STATE_DEPT	class=gov	country=US	canonical=State Department
Central Intelligence Agency	id=CIA	class=gov	country=US	canonical=Central Intelligence Agency
CIA	id=CIA	class=gov	country=US	canonical=Central Intelligence Agency
Federal Bureau of Investigation	id=FBI	class=gov	country=US	canonical=Federal Bureau of Investigation
FBI	id=FBI	class=gov	country=US	canonical=Federal Bureau of Investigation
Department of Homeland Security	id=DHS	class=gov	country=US	canonical=Department of Homeland Security
DHS	id=DHS	class=gov	country=US	canonical=Department of Homeland Security
U.S. Department of Homeland Security	id=DHS	class=gov	country=US	canonical=Department of Homeland Security
Immigration and Customs Enforcement	id=ICE	class=gov	country=US	canonical=Immigration and Customs Enforcement
U.S. Immigration and Customs Enforcement	id=ICE	class=gov	country=US	canonical=Immigration and Customs Enforcement
ICE	id=ICE	class=gov	country=US	canonical=Immigration and Customs Enforcement	ambiguous=yes	case=exact
U.S. Customs and Border Protection	id=CBP	class=gov	country=US	canonical=U.S. Customs and Border Protection
Customs and Border Protection	id=CBP	class=gov	country=US	canonical=U.S. Customs and Border Protection
CBP	id=CBP	class=gov	country=US	canonical=U.S. Customs and Border Protection
U.S. Border Patrol	id=CBP	class=gov	country=US	canonical=U.S. Customs and Border Protection
US Border Patrol	id=CBP	class=gov	country=US	canonical=U.S. Customs and Border Protection
Border Patrol	id=CBP	class=gov	country=US	canonical=U.S. Customs and Border Protection	ambiguous=yes
U.S. National Guard	id=US_NATIONAL_GUARD	class=military	country=US	canonical=U.S. National Guard
US National Guard	id=US_NATIONAL_GUARD	class=military	country=US	canonical=U.S. National Guard
US-led coalition	id=US_COALITION	class=military	country=	canonical=US-led coalition
U.S.-led coalition	id=US_COALITION	class=military	country=	canonical=US-led coalition
Global Coalition to Defeat ISIS	id=US_COALITION	class=military	country=	canonical=US-led coalition
Global Coalition against Daesh	id=US_COALITION	class=military	country=	canonical=US-led coalition
anti-ISIS coalition	id=US_COALITION	class=military	country=	canonical=US-led coalition
anti-IS coalition	id=US_COALITION	class=military	country=	canonical=US-led coalition
Combined Joint Task Force-Operation Inherent Resolve	id=US_COALITION	class=military	country=	canonical=US-led coalition
CJTF-OIR	id=US_COALITION	class=military	country=	canonical=US-led coalition
Operation Inherent Resolve	id=US_COALITION	class=military	country=	canonical=US-led coalition

# ---- United Nations system
United Nations	id=UN	class=igo	country=	canonical=United Nations
UN	id=UN	class=igo	country=	canonical=United Nations	case=exact
U.N.	id=UN	class=igo	country=	canonical=United Nations
UNO	id=UN	class=igo	country=	canonical=United Nations	case=exact
UN Security Council	id=UNSC	class=igo	country=	canonical=UN Security Council
U.N. Security Council	id=UNSC	class=igo	country=	canonical=UN Security Council
United Nations Security Council	id=UNSC	class=igo	country=	canonical=UN Security Council
UNSC	id=UNSC	class=igo	country=	canonical=UN Security Council
Security Council	id=UNSC	class=igo	country=	canonical=UN Security Council	ambiguous=yes
UN General Assembly	id=UNGA	class=igo	country=	canonical=UN General Assembly
U.N. General Assembly	id=UNGA	class=igo	country=	canonical=UN General Assembly
United Nations General Assembly	id=UNGA	class=igo	country=	canonical=UN General Assembly
UNGA	id=UNGA	class=igo	country=	canonical=UN General Assembly
General Assembly	id=UNGA	class=igo	country=	canonical=UN General Assembly	ambiguous=yes
UN Secretary-General	id=UNSG	class=igo	country=	canonical=UN Secretary-General
U.N. Secretary-General	id=UNSG	class=igo	country=	canonical=UN Secretary-General
United Nations Secretary-General	id=UNSG	class=igo	country=	canonical=UN Secretary-General
UN Secretary General	id=UNSG	class=igo	country=	canonical=UN Secretary-General
UN chief	id=UNSG	class=igo	country=	canonical=UN Secretary-General
UN Human Rights Council	id=UNHRC	class=igo	country=	canonical=UN Human Rights Council
United Nations Human Rights Council	id=UNHRC	class=igo	country=	canonical=UN Human Rights Council
U.N. Human Rights Council	id=UNHRC	class=igo	country=	canonical=UN Human Rights Council
Human Rights Council	id=UNHRC	class=igo	country=	canonical=UN Human Rights Council	ambiguous=yes
UNHRC	id=UNHRC	class=igo	country=	canonical=UN Human Rights Council	ambiguous=yes
Office of the UN High Commissioner for Human Rights	id=OHCHR	class=igo	country=	canonical=Office of the UN High Commissioner for Human Rights
OHCHR	id=OHCHR	class=igo	country=	canonical=Office of the UN High Commissioner for Human Rights
Office of the High Commissioner for Human Rights	id=OHCHR	class=igo	country=	canonical=Office of the UN High Commissioner for Human Rights
UN Human Rights Office	id=OHCHR	class=igo	country=	canonical=Office of the UN High Commissioner for Human Rights
UN rights office	id=OHCHR	class=igo	country=	canonical=Office of the UN High Commissioner for Human Rights
U.N. human rights office	id=OHCHR	class=igo	country=	canonical=Office of the UN High Commissioner for Human Rights
UNHCR	id=UNHCR	class=igo	country=	canonical=UNHCR
UN Refugee Agency	id=UNHCR	class=igo	country=	canonical=UNHCR
U.N. refugee agency	id=UNHCR	class=igo	country=	canonical=UNHCR
United Nations High Commissioner for Refugees	id=UNHCR	class=igo	country=	canonical=UNHCR
Office of the United Nations High Commissioner for Refugees	id=UNHCR	class=igo	country=	canonical=UNHCR
UNICEF	id=UNICEF	class=igo	country=	canonical=UNICEF
United Nations Children's Fund	id=UNICEF	class=igo	country=	canonical=UNICEF
UN Children's Fund	id=UNICEF	class=igo	country=	canonical=UNICEF
UN children's agency	id=UNICEF	class=igo	country=	canonical=UNICEF
U.N. children's agency	id=UNICEF	class=igo	country=	canonical=UNICEF
World Health Organization	id=WHO	class=igo	country=	canonical=World Health Organization
World Health Organisation	id=WHO	class=igo	country=	canonical=World Health Organization
WHO	id=WHO	class=igo	country=	canonical=World Health Organization	ambiguous=yes	case=exact
World Food Programme	id=WFP	class=igo	country=	canonical=World Food Programme
World Food Program	id=WFP	class=igo	country=	canonical=World Food Programme
WFP	id=WFP	class=igo	country=	canonical=World Food Programme
UN food agency	id=WFP	class=igo	country=	canonical=World Food Programme
U.N. food agency	id=WFP	class=igo	country=	canonical=World Food Programme
UN Office for the Coordination of Humanitarian Affairs	id=OCHA	class=igo	country=	canonical=UN Office for the Coordination of Humanitarian Affairs
OCHA	id=OCHA	class=igo	country=	canonical=UN Office for the Coordination of Humanitarian Affairs
UNOCHA	id=OCHA	class=igo	country=	canonical=UN Office for the Coordination of Humanitarian Affairs
Office for the Coordination of Humanitarian Affairs	id=OCHA	class=igo	country=	canonical=UN Office for the Coordination of Humanitarian Affairs
United Nations Office for the Coordination of Humanitarian Affairs	id=OCHA	class=igo	country=	canonical=UN Office for the Coordination of Humanitarian Affairs
UN humanitarian office	id=OCHA	class=igo	country=	canonical=UN Office for the Coordination of Humanitarian Affairs
UN aid office	id=OCHA	class=igo	country=	canonical=UN Office for the Coordination of Humanitarian Affairs
UNRWA	id=UNRWA	class=igo	country=PS	canonical=UNRWA
United Nations Relief and Works Agency	id=UNRWA	class=igo	country=PS	canonical=UNRWA
UN Relief and Works Agency	id=UNRWA	class=igo	country=PS	canonical=UNRWA
UN agency for Palestinian refugees	id=UNRWA	class=igo	country=PS	canonical=UNRWA
United Nations Relief and Works Agency for Palestine Refugees in the Near East	id=UNRWA	class=igo	country=PS	canonical=UNRWA
United Nations Development Programme	id=UNDP	class=igo	country=	canonical=United Nations Development Programme
UN Development Programme	id=UNDP	class=igo	country=	canonical=United Nations Development Programme
UNDP	id=UNDP	class=igo	country=	canonical=United Nations Development Programme
United Nations Population Fund	id=UNFPA	class=igo	country=	canonical=United Nations Population Fund
UN Population Fund	id=UNFPA	class=igo	country=	canonical=United Nations Population Fund
UNFPA	id=UNFPA	class=igo	country=	canonical=United Nations Population Fund
International Organization for Migration	id=IOM	class=igo	country=	canonical=International Organization for Migration
International Organisation for Migration	id=IOM	class=igo	country=	canonical=International Organization for Migration
IOM	id=IOM	class=igo	country=	canonical=International Organization for Migration
UN migration agency	id=IOM	class=igo	country=	canonical=International Organization for Migration
Food and Agriculture Organization	id=FAO	class=igo	country=	canonical=Food and Agriculture Organization
Food and Agriculture Organisation	id=FAO	class=igo	country=	canonical=Food and Agriculture Organization
FAO	id=FAO	class=igo	country=	canonical=Food and Agriculture Organization
UN Food and Agriculture Organization	id=FAO	class=igo	country=	canonical=Food and Agriculture Organization
UNESCO	id=UNESCO	class=igo	country=	canonical=UNESCO
United Nations Educational, Scientific and Cultural Organization	id=UNESCO	class=igo	country=	canonical=UNESCO
UN Mine Action Service	id=UNMAS	class=igo	country=	canonical=UN Mine Action Service
United Nations Mine Action Service	id=UNMAS	class=igo	country=	canonical=UN Mine Action Service
UNMAS	id=UNMAS	class=igo	country=	canonical=UN Mine Action Service
UNOPS	id=UNOPS	class=igo	country=	canonical=UNOPS
United Nations Office for Project Services	id=UNOPS	class=igo	country=	canonical=UNOPS
International Atomic Energy Agency	id=IAEA	class=igo	country=	canonical=International Atomic Energy Agency
IAEA	id=IAEA	class=igo	country=	canonical=International Atomic Energy Agency
UN nuclear watchdog	id=IAEA	class=igo	country=	canonical=International Atomic Energy Agency
U.N. nuclear watchdog	id=IAEA	class=igo	country=	canonical=International Atomic Energy Agency
Organisation for the Prohibition of Chemical Weapons	id=OPCW	class=igo	country=	canonical=Organisation for the Prohibition of Chemical Weapons
Organization for the Prohibition of Chemical Weapons	id=OPCW	class=igo	country=	canonical=Organisation for the Prohibition of Chemical Weapons
OPCW	id=OPCW	class=igo	country=	canonical=Organisation for the Prohibition of Chemical Weapons
International Court of Justice	id=ICJ	class=igo	country=	canonical=International Court of Justice
ICJ	id=ICJ	class=igo	country=	canonical=International Court of Justice
World Court	id=ICJ	class=igo	country=	canonical=International Court of Justice
International Criminal Court	id=ICC	class=igo	country=	canonical=International Criminal Court
ICC	id=ICC	class=igo	country=	canonical=International Criminal Court	ambiguous=yes	case=exact
UNIFIL	id=UNIFIL	class=igo	country=LB	canonical=UNIFIL
United Nations Interim Force in Lebanon	id=UNIFIL	class=igo	country=LB	canonical=UNIFIL
UN Interim Force in Lebanon	id=UNIFIL	class=igo	country=LB	canonical=UNIFIL
UNDOF	id=UNDOF	class=igo	country=SY	canonical=UNDOF
United Nations Disengagement Observer Force	id=UNDOF	class=igo	country=SY	canonical=UNDOF
UN Disengagement Observer Force	id=UNDOF	class=igo	country=SY	canonical=UNDOF
UNTSO	id=UNTSO	class=igo	country=IL	canonical=UNTSO
United Nations Truce Supervision Organization	id=UNTSO	class=igo	country=IL	canonical=UNTSO
MONUSCO	id=MONUSCO	class=igo	country=CD	canonical=MONUSCO
United Nations Organization Stabilization Mission in the Democratic Republic of the Congo	id=MONUSCO	class=igo	country=CD	canonical=MONUSCO
UN mission in Congo	id=MONUSCO	class=igo	country=CD	canonical=MONUSCO
MINUSMA	id=MINUSMA	class=igo	country=ML	canonical=MINUSMA
United Nations Multidimensional Integrated Stabilization Mission in Mali	id=MINUSMA	class=igo	country=ML	canonical=MINUSMA
MINUSCA	id=MINUSCA	class=igo	country=CF	canonical=MINUSCA
United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic	id=MINUSCA	class=igo	country=CF	canonical=MINUSCA
UNMISS	id=UNMISS	class=igo	country=SS	canonical=UNMISS
United Nations Mission in South Sudan	id=UNMISS	class=igo	country=SS	canonical=UNMISS
UN Mission in South Sudan	id=UNMISS	class=igo	country=SS	canonical=UNMISS
UNISFA	id=UNISFA	class=igo	country=SD	canonical=UNISFA
United Nations Interim Security Force for Abyei	id=UNISFA	class=igo	country=SD	canonical=UNISFA
UNAMA	id=UNAMA	class=igo	country=AF	canonical=UNAMA
United Nations Assistance Mission in Afghanistan	id=UNAMA	class=igo	country=AF	canonical=UNAMA
UN Assistance Mission in Afghanistan	id=UNAMA	class=igo	country=AF	canonical=UNAMA
UNAMI	id=UNAMI	class=igo	country=IQ	canonical=UNAMI
United Nations Assistance Mission for Iraq	id=UNAMI	class=igo	country=IQ	canonical=UNAMI
UNSMIL	id=UNSMIL	class=igo	country=LY	canonical=UNSMIL
United Nations Support Mission in Libya	id=UNSMIL	class=igo	country=LY	canonical=UNSMIL
UN Support Mission in Libya	id=UNSMIL	class=igo	country=LY	canonical=UNSMIL
UNMIK	id=UNMIK	class=igo	country=XK	canonical=UNMIK
United Nations Interim Administration Mission in Kosovo	id=UNMIK	class=igo	country=XK	canonical=UNMIK
UNFICYP	id=UNFICYP	class=igo	country=CY	canonical=UNFICYP
United Nations Peacekeeping Force in Cyprus	id=UNFICYP	class=igo	country=CY	canonical=UNFICYP
MINURSO	id=MINURSO	class=igo	country=EH	canonical=MINURSO
United Nations Mission for the Referendum in Western Sahara	id=MINURSO	class=igo	country=EH	canonical=MINURSO
BINUH	id=BINUH	class=igo	country=HT	canonical=BINUH
United Nations Integrated Office in Haiti	id=BINUH	class=igo	country=HT	canonical=BINUH
UNTMIS	id=UNTMIS	class=igo	country=SO	canonical=UNTMIS
UNSOM	id=UNTMIS	class=igo	country=SO	canonical=UNTMIS
United Nations Transitional Assistance Mission in Somalia	id=UNTMIS	class=igo	country=SO	canonical=UNTMIS
United Nations Assistance Mission in Somalia	id=UNTMIS	class=igo	country=SO	canonical=UNTMIS
UNMHA	id=UNMHA	class=igo	country=YE	canonical=UNMHA
United Nations Mission to support the Hodeidah Agreement	id=UNMHA	class=igo	country=YE	canonical=UNMHA

# ---- Regional and other international organisations
NATO	id=NATO	class=igo	country=	canonical=NATO
North Atlantic Treaty Organization	id=NATO	class=igo	country=	canonical=NATO
North Atlantic Treaty Organisation	id=NATO	class=igo	country=	canonical=NATO
North Atlantic Alliance	id=NATO	class=igo	country=	canonical=NATO
KFOR	id=KFOR	class=igo	country=XK	canonical=KFOR	parent=NATO
Kosovo Force	id=KFOR	class=igo	country=XK	canonical=KFOR	parent=NATO
African Union	id=AU	class=igo	country=	canonical=African Union
AU	id=AU	class=igo	country=	canonical=African Union	ambiguous=yes	case=exact
AU Peace and Security Council	id=AU_PSC	class=igo	country=	canonical=AU Peace and Security Council	parent=AU
African Union Peace and Security Council	id=AU_PSC	class=igo	country=	canonical=AU Peace and Security Council	parent=AU
Peace and Security Council	id=AU_PSC	class=igo	country=	canonical=AU Peace and Security Council	parent=AU	ambiguous=yes
ECOWAS	id=ECOWAS	class=igo	country=	canonical=ECOWAS
Economic Community of West African States	id=ECOWAS	class=igo	country=	canonical=ECOWAS
CEDEAO	id=ECOWAS	class=igo	country=	canonical=ECOWAS
Alliance of Sahel States	id=AES	class=igo	country=	canonical=Alliance of Sahel States
Confederation of Sahel States	id=AES	class=igo	country=	canonical=Alliance of Sahel States
AES	id=AES	class=igo	country=	canonical=Alliance of Sahel States	ambiguous=yes	case=exact
Alliance des États du Sahel	id=AES	class=igo	country=	canonical=Alliance of Sahel States
Southern African Development Community	id=SADC	class=igo	country=	canonical=Southern African Development Community
SADC	id=SADC	class=igo	country=	canonical=Southern African Development Community
East African Community	id=EAC	class=igo	country=	canonical=East African Community
EAC	id=EAC	class=igo	country=	canonical=East African Community
East African Community Regional Force	id=EACRF	class=igo	country=CD	canonical=East African Community Regional Force	parent=EAC
EACRF	id=EACRF	class=igo	country=CD	canonical=East African Community Regional Force	parent=EAC
EAC Regional Force	id=EACRF	class=igo	country=CD	canonical=East African Community Regional Force	parent=EAC
Intergovernmental Authority on Development	id=IGAD	class=igo	country=	canonical=Intergovernmental Authority on Development
IGAD	id=IGAD	class=igo	country=	canonical=Intergovernmental Authority on Development
European Union	id=EU	class=igo	country=	canonical=European Union
EU	id=EU	class=igo	country=	canonical=European Union
E.U.	id=EU	class=igo	country=	canonical=European Union
European Commission	id=EC	class=igo	country=	canonical=European Commission	parent=EU
European Parliament	id=EP	class=igo	country=	canonical=European Parliament	parent=EU
EUFOR Althea	id=EUFOR	class=igo	country=BA	canonical=EUFOR Althea	parent=EU
EUFOR	id=EUFOR	class=igo	country=BA	canonical=EUFOR Althea	parent=EU
European Union Force Althea	id=EUFOR	class=igo	country=BA	canonical=EUFOR Althea	parent=EU
EULEX	id=EULEX	class=igo	country=XK	canonical=EULEX	parent=EU
European Union Rule of Law Mission in Kosovo	id=EULEX	class=igo	country=XK	canonical=EULEX	parent=EU
EUNAVFOR	id=EUNAVFOR	class=igo	country=	canonical=EUNAVFOR	parent=EU
EUNAVFOR Aspides	id=EUNAVFOR	class=igo	country=	canonical=EUNAVFOR	parent=EU
Operation Aspides	id=EUNAVFOR	class=igo	country=	canonical=EUNAVFOR	parent=EU
EUNAVFOR Atalanta	id=EUNAVFOR	class=igo	country=	canonical=EUNAVFOR	parent=EU
Operation Atalanta	id=EUNAVFOR	class=igo	country=	canonical=EUNAVFOR	parent=EU
EU Naval Force	id=EUNAVFOR	class=igo	country=	canonical=EUNAVFOR	parent=EU
Frontex	id=FRONTEX	class=igo	country=	canonical=Frontex	parent=EU
European Border and Coast Guard Agency	id=FRONTEX	class=igo	country=	canonical=Frontex	parent=EU
Arab League	id=ARAB_LEAGUE	class=igo	country=	canonical=Arab League
League of Arab States	id=ARAB_LEAGUE	class=igo	country=	canonical=Arab League
Gulf Cooperation Council	id=GCC	class=igo	country=	canonical=Gulf Cooperation Council
GCC	id=GCC	class=igo	country=	canonical=Gulf Cooperation Council
Cooperation Council for the Arab States of the Gulf	id=GCC	class=igo	country=	canonical=Gulf Cooperation Council
Organisation of Islamic Cooperation	id=OIC	class=igo	country=	canonical=Organisation of Islamic Cooperation
Organization of Islamic Cooperation	id=OIC	class=igo	country=	canonical=Organisation of Islamic Cooperation
OIC	id=OIC	class=igo	country=	canonical=Organisation of Islamic Cooperation
OSCE	id=OSCE	class=igo	country=	canonical=OSCE
Organization for Security and Co-operation in Europe	id=OSCE	class=igo	country=	canonical=OSCE
Organisation for Security and Co-operation in Europe	id=OSCE	class=igo	country=	canonical=OSCE
Organization for Security and Cooperation in Europe	id=OSCE	class=igo	country=	canonical=OSCE
ASEAN	id=ASEAN	class=igo	country=	canonical=ASEAN
Association of Southeast Asian Nations	id=ASEAN	class=igo	country=	canonical=ASEAN
Association of South East Asian Nations	id=ASEAN	class=igo	country=	canonical=ASEAN
Collective Security Treaty Organization	id=CSTO	class=igo	country=	canonical=Collective Security Treaty Organization
CSTO	id=CSTO	class=igo	country=	canonical=Collective Security Treaty Organization
Collective Security Treaty Organisation	id=CSTO	class=igo	country=	canonical=Collective Security Treaty Organization
Shanghai Cooperation Organisation	id=SCO	class=igo	country=	canonical=Shanghai Cooperation Organisation
Shanghai Cooperation Organization	id=SCO	class=igo	country=	canonical=Shanghai Cooperation Organisation
SCO	id=SCO	class=igo	country=	canonical=Shanghai Cooperation Organisation	ambiguous=yes	case=exact
Interpol	id=INTERPOL	class=igo	country=	canonical=Interpol
International Criminal Police Organization	id=INTERPOL	class=igo	country=	canonical=Interpol
Europol	id=EUROPOL	class=igo	country=	canonical=Europol
International Monetary Fund	id=IMF	class=igo	country=	canonical=International Monetary Fund
IMF	id=IMF	class=igo	country=	canonical=International Monetary Fund
World Bank	id=WORLD_BANK	class=igo	country=	canonical=World Bank
World Bank Group	id=WORLD_BANK	class=igo	country=	canonical=World Bank
International Committee of the Red Cross	id=ICRC	class=igo	country=	canonical=International Committee of the Red Cross
ICRC	id=ICRC	class=igo	country=	canonical=International Committee of the Red Cross
Red Cross	id=ICRC	class=igo	country=	canonical=International Committee of the Red Cross	ambiguous=yes
International Federation of Red Cross and Red Crescent Societies	id=IFRC	class=igo	country=	canonical=International Federation of Red Cross and Red Crescent Societies
IFRC	id=IFRC	class=igo	country=	canonical=International Federation of Red Cross and Red Crescent Societies

# ---- Non-governmental organisations
Red Crescent	id=RED_CRESCENT	class=ngo	country=	canonical=Red Crescent
Syrian Arab Red Crescent	id=SARC	class=ngo	country=SY	canonical=Syrian Arab Red Crescent
SARC	id=SARC	class=ngo	country=SY	canonical=Syrian Arab Red Crescent
Médecins Sans Frontières	id=MSF	class=ngo	country=	canonical=Médecins Sans Frontières
Medecins Sans Frontieres	id=MSF	class=ngo	country=	canonical=Médecins Sans Frontières
Doctors Without Borders	id=MSF	class=ngo	country=	canonical=Médecins Sans Frontières
MSF	id=MSF	class=ngo	country=	canonical=Médecins Sans Frontières
Amnesty International	id=AMNESTY	class=ngo	country=	canonical=Amnesty International
Amnesty	id=AMNESTY	class=ngo	country=	canonical=Amnesty International	ambiguous=yes
Human Rights Watch	id=HRW	class=ngo	country=	canonical=Human Rights Watch
HRW	id=HRW	class=ngo	country=	canonical=Human Rights Watch
Save the Children	id=SAVE_THE_CHILDREN	class=ngo	country=	canonical=Save the Children
Oxfam	id=OXFAM	class=ngo	country=	canonical=Oxfam
Oxfam International	id=OXFAM	class=ngo	country=	canonical=Oxfam
International Rescue Committee	id=IRC	class=ngo	country=	canonical=International Rescue Committee
IRC	id=IRC	class=ngo	country=	canonical=International Rescue Committee	ambiguous=yes	case=exact
Norwegian Refugee Council	id=NRC	class=ngo	country=	canonical=Norwegian Refugee Council
NRC	id=NRC	class=ngo	country=	canonical=Norwegian Refugee Council	ambiguous=yes	case=exact
World Central Kitchen	id=WCK	class=ngo	country=	canonical=World Central Kitchen
WCK	id=WCK	class=ngo	country=	canonical=World Central Kitchen
Mercy Corps	id=MERCY_CORPS	class=ngo	country=	canonical=Mercy Corps
Islamic Relief	id=ISLAMIC_RELIEF	class=ngo	country=	canonical=Islamic Relief
Islamic Relief Worldwide	id=ISLAMIC_RELIEF	class=ngo	country=	canonical=Islamic Relief
World Vision	id=WORLD_VISION	class=ngo	country=	canonical=World Vision
Action Against Hunger	id=ACF	class=ngo	country=	canonical=Action Against Hunger
Action contre la Faim	id=ACF	class=ngo	country=	canonical=Action Against Hunger
Committee to Protect Journalists	id=CPJ	class=ngo	country=	canonical=Committee to Protect Journalists
CPJ	id=CPJ	class=ngo	country=	canonical=Committee to Protect Journalists
Reporters Without Borders	id=RWB	class=ngo	country=	canonical=Reporters Without Borders
Reporters Sans Frontières	id=RWB	class=ngo	country=	canonical=Reporters Without Borders
Reporters sans frontieres	id=RWB	class=ngo	country=	canonical=Reporters Without Borders
Syrian Observatory for Human Rights	id=SOHR	class=ngo	country=SY	canonical=Syrian Observatory for Human Rights
SOHR	id=SOHR	class=ngo	country=SY	canonical=Syrian Observatory for Human Rights
Syrian Observatory	id=SOHR	class=ngo	country=SY	canonical=Syrian Observatory for Human Rights
B'Tselem	id=BTSELEM	class=ngo	country=IL	canonical=B'Tselem
Btselem	id=BTSELEM	class=ngo	country=IL	canonical=B'Tselem
Al-Haq	id=AL_HAQ	class=ngo	country=PS	canonical=Al-Haq
Palestinian Centre for Human Rights	id=PCHR	class=ngo	country=PS	canonical=Palestinian Centre for Human Rights
Palestinian Center for Human Rights	id=PCHR	class=ngo	country=PS	canonical=Palestinian Centre for Human Rights
PCHR	id=PCHR	class=ngo	country=PS	canonical=Palestinian Centre for Human Rights
Euro-Mediterranean Human Rights Monitor	id=EUROMED_MONITOR	class=ngo	country=	canonical=Euro-Mediterranean Human Rights Monitor
Euro-Med Monitor	id=EUROMED_MONITOR	class=ngo	country=	canonical=Euro-Mediterranean Human Rights Monitor
Euro-Med Human Rights Monitor	id=EUROMED_MONITOR	class=ngo	country=	canonical=Euro-Mediterranean Human Rights Monitor
Human Rights Activists News Agency	id=HRANA	class=ngo	country=IR	canonical=Human Rights Activists News Agency
HRANA	id=HRANA	class=ngo	country=IR	canonical=Human Rights Activists News Agency
Assistance Association for Political Prisoners	id=AAPP	class=ngo	country=MM	canonical=Assistance Association for Political Prisoners
AAPP	id=AAPP	class=ngo	country=MM	canonical=Assistance Association for Political Prisoners
