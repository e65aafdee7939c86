# agents.lex -- generic actor nouns (not named groups) and their actor class.
#
# One entry a line: phrase<TAB>key=value...  Phrases are lower case, in base
# form; plurals match through the lemma ("soldiers" -> soldier).  Irregular
# plurals are listed too so the entry holds even without lemma.lex.
#
# Keys (see docs/lexicons-core.md):
#   class  military, police, security, rebel, militia, armed_unknown, gang,
#          protester, rioter, civilian, government, political, source,
#          detainee, settler, igo_force
#   role   optional finer role (child, woman, journalist, student, ...)
#   weak   yes: the noun names this class only in a suitable context
#          ("fighters" may be rebels or government soldiers)
#
# class=source nouns REPORT events (spokesmen, sources, witnesses); they are
# never the actors of violence.

# ---------------------------------------------------------------- military
soldier	class=military
troop	class=military
troops	class=military
army	class=military
military	class=military
armed forces	class=military
armed force	class=military
defence forces	class=military
defense forces	class=military
government forces	class=military
government troops	class=military
government soldier	class=military
regime forces	class=military
regime troops	class=military
pro-government forces	class=military
state forces	class=military
federal forces	class=military
federal troops	class=military
national army	class=military
army troops	class=military
army soldier	class=military
ground forces	class=military
ground troops	class=military
foreign troops	class=military	role=foreign
foreign forces	class=military	role=foreign
international forces	class=military	role=foreign
coalition forces	class=military	role=coalition
coalition troops	class=military	role=coalition
us-led coalition	class=military	role=coalition
saudi-led coalition	class=military	role=coalition
coalition	class=military	role=coalition	weak=yes
special forces	class=military	role=special_forces
elite forces	class=military	role=special_forces
commando	class=military	role=special_forces
paratrooper	class=military
infantry	class=military
infantryman	class=military
infantrymen	class=military
marine	class=military	role=navy
navy	class=military	role=navy
naval forces	class=military	role=navy
sailor	class=military	role=navy	weak=yes
air force	class=military	role=air_force
airman	class=military	role=air_force
airmen	class=military	role=air_force
pilot	class=military	role=air_force	weak=yes
serviceman	class=military
servicemen	class=military
servicewoman	class=military
servicewomen	class=military
service member	class=military
servicemember	class=military
military personnel	class=military
army personnel	class=military
conscript	class=military
reservist	class=military
recruit	class=military	weak=yes
mercenary	class=military	role=mercenary
force	class=military	weak=yes
unit	class=military	weak=yes
battalion	class=military
brigade	class=military	weak=yes
regiment	class=military
platoon	class=military
garrison	class=military
patrol	class=military	weak=yes
convoy	class=military	weak=yes
military police	class=military	role=military_police
military officer	class=military	role=officer
army officer	class=military	role=officer
officer	class=police	role=officer	weak=yes
commander	class=military	role=commander	weak=yes
military commander	class=military	role=commander
army commander	class=military	role=commander
army chief	class=military	role=commander
colonel	class=military	role=officer
lieutenant	class=military	role=officer
sergeant	class=military	role=officer	weak=yes
corporal	class=military
captain	class=military	role=officer	weak=yes
junta	class=military	role=junta
tank crew	class=military

# ------------------------------------------------------------------ police
police	class=police
policeman	class=police
policemen	class=police
policewoman	class=police
policewomen	class=police
police officer	class=police
police personnel	class=police
police force	class=police
riot police	class=police	role=riot_police
anti-riot police	class=police	role=riot_police
traffic police	class=police
border police	class=police	role=border_guard
border guard	class=police	role=border_guard
border guards	class=police	role=border_guard
coast guard	class=police	role=coast_guard
coastguard	class=police	role=coast_guard
cop	class=police
constable	class=police
patrolman	class=police
patrolmen	class=police
trooper	class=police	weak=yes
detective	class=police
law enforcement	class=police
law enforcement officer	class=police
law enforcement agent	class=police
gendarme	class=police	role=gendarme
gendarmerie	class=police	role=gendarme
prison guard	class=police	role=prison_guard
jailer	class=police	role=prison_guard
warder	class=police	role=prison_guard

# ---------------------------------------------------------------- security
security forces	class=security
security force	class=security
security personnel	class=security
security officer	class=security
security agent	class=security
security man	class=security
security men	class=security
security guard	class=security	role=private_guard	weak=yes
guard	class=security	role=guard	weak=yes
bodyguard	class=security	role=bodyguard	weak=yes
intelligence agent	class=security	role=intelligence
intelligence officer	class=security	role=intelligence
intelligence service	class=security	role=intelligence
secret police	class=security	role=intelligence
national guard	class=security
republican guard	class=military
paramilitary police	class=security

# ------------------------------------------------------------------ rebels
militant	class=rebel
insurgent	class=rebel
jihadist	class=rebel
jihadi	class=rebel
terrorist	class=rebel
rebel	class=rebel
guerrilla	class=rebel
guerilla	class=rebel
extremist	class=rebel
islamist	class=rebel	weak=yes
mujahideen	class=rebel
mujahid	class=rebel
separatist	class=rebel
secessionist	class=rebel
fighter	class=rebel	weak=yes
rebel fighter	class=rebel
opposition fighter	class=rebel
armed opposition	class=rebel
armed group	class=rebel	weak=yes
militant group	class=rebel
rebel group	class=rebel
insurgent group	class=rebel
terrorist group	class=rebel
terror group	class=rebel
jihadist group	class=rebel
extremist group	class=rebel
separatist group	class=rebel
suicide bomber	class=rebel	role=suicide_bomber
bomber	class=rebel	role=bomber	weak=yes

# ----------------------------------------------------------------- militias
militia	class=militia
militiaman	class=militia
militiamen	class=militia
militia member	class=militia
militia fighter	class=militia
paramilitary	class=militia
paramilitaries	class=militia
pro-government militia	class=militia
tribal militia	class=militia	role=tribal
ethnic militia	class=militia	role=ethnic
clan militia	class=militia	role=clan
communal militia	class=militia	role=communal
local militia	class=militia
vigilante	class=militia	role=vigilante
vigilante group	class=militia	role=vigilante
self-defense group	class=militia	role=self_defence
self-defence group	class=militia	role=self_defence
self-defense force	class=militia	role=self_defence
self-defence force	class=militia	role=self_defence
tribesman	class=militia	role=tribal	weak=yes
tribesmen	class=militia	role=tribal	weak=yes
armed tribesmen	class=militia	role=tribal
clansman	class=militia	role=clan	weak=yes
clansmen	class=militia	role=clan	weak=yes
herdsman	class=militia	role=herder	weak=yes
herdsmen	class=militia	role=herder	weak=yes
herder	class=militia	role=herder	weak=yes

# --------------------------------------------------- unidentified attackers
gunman	class=armed_unknown
gunmen	class=armed_unknown
armed man	class=armed_unknown
armed men	class=armed_unknown
armed individual	class=armed_unknown
armed assailant	class=armed_unknown
unknown gunmen	class=armed_unknown
unidentified gunmen	class=armed_unknown
unknown assailant	class=armed_unknown
unidentified assailant	class=armed_unknown
unidentified attacker	class=armed_unknown
masked men	class=armed_unknown
masked gunmen	class=armed_unknown
hooded men	class=armed_unknown
assailant	class=armed_unknown
attacker	class=armed_unknown
assassin	class=armed_unknown	role=assassin
hitman	class=armed_unknown	role=assassin
hitmen	class=armed_unknown	role=assassin
shooter	class=armed_unknown
sniper	class=armed_unknown	role=sniper	weak=yes
kidnapper	class=armed_unknown	role=kidnapper
abductor	class=armed_unknown	role=kidnapper
raider	class=armed_unknown
arsonist	class=armed_unknown	role=arsonist
perpetrator	class=armed_unknown	weak=yes
suspect	class=armed_unknown	weak=yes
culprit	class=armed_unknown	weak=yes
knifeman	class=armed_unknown
knifemen	class=armed_unknown

# ------------------------------------------------------------------- gangs
gang	class=gang
gang member	class=gang
gangster	class=gang
criminal gang	class=gang
criminal group	class=gang
criminal	class=gang	weak=yes
cartel	class=gang
drug cartel	class=gang
mafia	class=gang
bandit	class=gang	role=bandit
armed bandit	class=gang	role=bandit
robber	class=gang	role=robber
armed robber	class=gang	role=robber
thief	class=gang	role=robber	weak=yes
thieves	class=gang	role=robber	weak=yes
cattle rustler	class=gang	role=rustler
rustler	class=gang	role=rustler
pirate	class=gang	role=pirate
smuggler	class=gang	role=smuggler
drug trafficker	class=gang	role=trafficker
trafficker	class=gang	role=trafficker
thug	class=gang	weak=yes

# -------------------------------------------------------------- protesters
protester	class=protester
protestor	class=protester
demonstrator	class=protester
marcher	class=protester
picketer	class=protester
striker	class=protester	role=striker	weak=yes
striking worker	class=protester	role=striker
crowd	class=protester	weak=yes
opposition supporter	class=protester	weak=yes
supporter	class=protester	weak=yes

# ----------------------------------------------------------------- rioters
rioter	class=rioter
looter	class=rioter
mob	class=rioter
angry mob	class=rioter
lynch mob	class=rioter
hooligan	class=rioter
vandal	class=rioter

# --------------------------------------------------------------- civilians
civilian	class=civilian
people	class=civilian	weak=yes
person	class=civilian	weak=yes
man	class=civilian	role=man	weak=yes
men	class=civilian	role=man	weak=yes
woman	class=civilian	role=woman
women	class=civilian	role=woman
child	class=civilian	role=child
children	class=civilian	role=child
kid	class=civilian	role=child	weak=yes
boy	class=civilian	role=child
girl	class=civilian	role=child
baby	class=civilian	role=child
infant	class=civilian	role=child
toddler	class=civilian	role=child
teenager	class=civilian	role=child
teen	class=civilian	role=child
schoolchild	class=civilian	role=child
schoolchildren	class=civilian	role=child
schoolgirl	class=civilian	role=child
schoolboy	class=civilian	role=child
pupil	class=civilian	role=student
student	class=civilian	role=student
youth	class=civilian	role=youth	weak=yes
elderly	class=civilian	role=elderly
pensioner	class=civilian	role=elderly
family	class=civilian	weak=yes
family member	class=civilian	weak=yes
relative	class=civilian	weak=yes
villager	class=civilian
resident	class=civilian
inhabitant	class=civilian
farmer	class=civilian	role=farmer
peasant	class=civilian	role=farmer
fisherman	class=civilian	role=fisherman
fishermen	class=civilian	role=fisherman
hunter	class=civilian	weak=yes
worker	class=civilian	role=worker
labourer	class=civilian	role=worker
laborer	class=civilian	role=worker
miner	class=civilian	role=worker
construction worker	class=civilian	role=worker
trader	class=civilian	role=trader
merchant	class=civilian	role=trader
shopkeeper	class=civilian	role=trader
vendor	class=civilian	role=trader
businessman	class=civilian	role=trader
businessmen	class=civilian	role=trader
businesswoman	class=civilian	role=trader
driver	class=civilian	role=driver	weak=yes
motorist	class=civilian	role=driver
passenger	class=civilian
commuter	class=civilian
traveller	class=civilian
traveler	class=civilian
pedestrian	class=civilian
passer-by	class=civilian
passers-by	class=civilian
passerby	class=civilian
passersby	class=civilian
bystander	class=civilian
shopper	class=civilian
worshipper	class=civilian	role=worshipper
worshiper	class=civilian	role=worshipper
congregant	class=civilian	role=worshipper
pilgrim	class=civilian	role=worshipper
mourner	class=civilian
wedding guest	class=civilian
guest	class=civilian	weak=yes
spectator	class=civilian
tourist	class=civilian	role=foreigner
foreigner	class=civilian	role=foreigner
expatriate	class=civilian	role=foreigner
foreign national	class=civilian	role=foreigner
refugee	class=civilian	role=refugee
migrant	class=civilian	role=refugee
asylum seeker	class=civilian	role=refugee
asylum-seeker	class=civilian	role=refugee
displaced person	class=civilian	role=refugee
displaced people	class=civilian	role=refugee
idp	class=civilian	role=refugee
returnee	class=civilian	role=refugee
teacher	class=civilian	role=teacher
lecturer	class=civilian	role=teacher
headmaster	class=civilian	role=teacher
doctor	class=civilian	role=health_worker
nurse	class=civilian	role=health_worker
medic	class=civilian	role=health_worker
paramedic	class=civilian	role=health_worker
health worker	class=civilian	role=health_worker
healthcare worker	class=civilian	role=health_worker
patient	class=civilian
aid worker	class=civilian	role=aid_worker
humanitarian worker	class=civilian	role=aid_worker
relief worker	class=civilian	role=aid_worker
volunteer	class=civilian	role=aid_worker	weak=yes
journalist	class=civilian	role=journalist
reporter	class=civilian	role=journalist
photographer	class=civilian	role=journalist
photojournalist	class=civilian	role=journalist
cameraman	class=civilian	role=journalist
cameramen	class=civilian	role=journalist
media worker	class=civilian	role=journalist
blogger	class=civilian	role=journalist
activist	class=civilian	role=activist
rights activist	class=civilian	role=activist
human rights defender	class=civilian	role=activist
lawyer	class=civilian	role=lawyer
cleric	class=civilian	role=cleric
imam	class=civilian	role=cleric
priest	class=civilian	role=cleric
pastor	class=civilian	role=cleric
monk	class=civilian	role=cleric
nun	class=civilian	role=cleric
bishop	class=civilian	role=cleric
religious leader	class=civilian	role=cleric
elder	class=civilian	role=elder
tribal elder	class=civilian	role=elder
community leader	class=civilian	role=elder
traditional ruler	class=civilian	role=traditional_leader
village chief	class=civilian	role=traditional_leader
village head	class=civilian	role=traditional_leader
chief	class=civilian	role=traditional_leader	weak=yes
hostage	class=civilian	role=hostage
captive	class=civilian	role=hostage
abductee	class=civilian	role=hostage
kidnap victim	class=civilian	role=hostage
victim	class=civilian	weak=yes
voter	class=civilian	role=voter

# ------------------------------------------------------------- government
government	class=government
authority	class=government	weak=yes
administration	class=government	weak=yes
regime	class=government
official	class=government	role=official
government official	class=government	role=official
local official	class=government	role=official
district official	class=government	role=official
provincial official	class=government	role=official
civil servant	class=government	role=official
public servant	class=government	role=official
election official	class=government	role=election_official
electoral official	class=government	role=election_official
tax collector	class=government	role=official
minister	class=government	role=minister
prime minister	class=government	role=head
president	class=government	role=head
vice president	class=government	role=head
vice-president	class=government	role=head
head of state	class=government	role=head
governor	class=government	role=governor
deputy governor	class=government	role=governor
mayor	class=government	role=mayor
district commissioner	class=government	role=official
ministry	class=government
interior ministry	class=government
defence ministry	class=government
defense ministry	class=government
diplomat	class=government	role=diplomat
ambassador	class=government	role=diplomat
envoy	class=government	role=diplomat
consul	class=government	role=diplomat
judge	class=government	role=judiciary
magistrate	class=government	role=judiciary
prosecutor	class=government	role=judiciary
court	class=government	role=judiciary	weak=yes

# -------------------------------------------------------------- political
lawmaker	class=political	role=legislator
legislator	class=political	role=legislator
parliamentarian	class=political	role=legislator
member of parliament	class=political	role=legislator
mp	class=political	role=legislator
senator	class=political	role=legislator
congressman	class=political	role=legislator
congressmen	class=political	role=legislator
congresswoman	class=political	role=legislator
councillor	class=political	role=legislator
councilor	class=political	role=legislator
politician	class=political
candidate	class=political	weak=yes
party member	class=political
party activist	class=political
opposition leader	class=political
opposition politician	class=political

# ---------------------------------------------------- sources (not actors)
spokesman	class=source
spokesmen	class=source
spokeswoman	class=source
spokeswomen	class=source
spokesperson	class=source
spokespeople	class=source
spokespersons	class=source
source	class=source
official source	class=source
security source	class=source
military source	class=source
police source	class=source
medical source	class=source
hospital source	class=source
local source	class=source
tribal source	class=source
diplomatic source	class=source
witness	class=source	weak=yes
eyewitness	class=source
eye-witness	class=source
correspondent	class=source	role=journalist
monitor	class=source	weak=yes
war monitor	class=source
observatory	class=source	weak=yes

# ----------------------------------------------------------- detainees
prisoner	class=detainee
detainee	class=detainee
inmate	class=detainee
convict	class=detainee
political prisoner	class=detainee
prisoner of war	class=detainee	role=pow
pow	class=detainee	role=pow

# ----------------------------------------------------------- settlers
settler	class=settler
colonist	class=settler

# ------------------------------------------- international (IGO) forces
peacekeeper	class=igo_force
peacekeeping force	class=igo_force
peacekeeping troops	class=igo_force
peacekeeping mission	class=igo_force
un peacekeeper	class=igo_force
blue helmet	class=igo_force
blue helmets	class=igo_force
multinational force	class=igo_force
ceasefire monitor	class=igo_force
