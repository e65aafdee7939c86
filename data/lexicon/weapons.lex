# weapons.lex -- means of attack: weapons, munitions and attack techniques.
#
# One entry a line: phrase<TAB>key=value...  Phrases are lower case, in base
# form (matched against each token's lemma or lower-case form), so "mortar
# shell" also matches "Mortar shells".  A hyphenated word is one token.
#
# Keys (see docs/lexicons-core.md):
#   class     weapon family (rocket, mortar, artillery, missile, drone,
#             airstrike, ied, car_bomb, suicide, grenade, small_arms, blade,
#             arson, explosive, landmine, chemical, tear_gas, crowd_control,
#             crude, vehicle_ramming, bomb)
#   name      display name for the event's weapon field (singular)
#   sub       ACLED sub-event type implied when this is the means of attack:
#             shelling, air, suicide, remote, grenade, chemical, none
#   launched  yes: a countable fired/dropped/thrown item ("four rockets" is
#             a weapon count of 4); no: a mass noun, launcher, platform or
#             an event noun ("gunfire", "shelling", "airstrike")
#   weak      yes: the phrase has common non-weapon senses; use it only
#             when the context is clearly violent

# ---------------------------------------------------------------- rockets
rocket	class=rocket	name=rocket	sub=shelling	launched=yes
katyusha	class=rocket	name=Katyusha rocket	sub=shelling	launched=yes
katyusha rocket	class=rocket	name=Katyusha rocket	sub=shelling	launched=yes
grad rocket	class=rocket	name=Grad rocket	sub=shelling	launched=yes
grad missile	class=rocket	name=Grad rocket	sub=shelling	launched=yes
qassam rocket	class=rocket	name=Qassam rocket	sub=shelling	launched=yes
fajr-5	class=rocket	name=Fajr-5 rocket	sub=shelling	launched=yes
fajr-5 rocket	class=rocket	name=Fajr-5 rocket	sub=shelling	launched=yes
107mm rocket	class=rocket	name=107mm rocket	sub=shelling	launched=yes
122mm rocket	class=rocket	name=122mm rocket	sub=shelling	launched=yes
artillery rocket	class=rocket	name=artillery rocket	sub=shelling	launched=yes
homemade rocket	class=rocket	name=homemade rocket	sub=shelling	launched=yes
home-made rocket	class=rocket	name=homemade rocket	sub=shelling	launched=yes
anti-tank rocket	class=rocket	name=anti-tank rocket	sub=shelling	launched=yes
rocket shell	class=rocket	name=rocket	sub=shelling	launched=yes
projectile	class=rocket	name=projectile	sub=shelling	launched=yes
rocket-propelled grenade	class=rocket	name=rocket-propelled grenade	sub=shelling	launched=yes
rpg	class=rocket	name=rocket-propelled grenade	sub=shelling	launched=yes
rpg-7	class=rocket	name=rocket-propelled grenade	sub=shelling	launched=yes
rocket-propelled grenade launcher	class=rocket	name=rocket-propelled grenade	sub=shelling	launched=no
rocket launcher	class=rocket	name=rocket launcher	sub=shelling	launched=no
multiple rocket launcher	class=rocket	name=multiple rocket launcher	sub=shelling	launched=no
multiple launch rocket system	class=rocket	name=multiple rocket launcher	sub=shelling	launched=no
multiple-launch rocket system	class=rocket	name=multiple rocket launcher	sub=shelling	launched=no
mlrs	class=rocket	name=multiple rocket launcher	sub=shelling	launched=no
himars	class=rocket	name=HIMARS rocket	sub=shelling	launched=no
bm-21	class=rocket	name=BM-21 Grad rocket	sub=shelling	launched=no
bm-27	class=rocket	name=BM-27 Uragan rocket	sub=shelling	launched=no
bm-30	class=rocket	name=BM-30 Smerch rocket	sub=shelling	launched=no
uragan	class=rocket	name=Uragan rocket	sub=shelling	launched=no
smerch	class=rocket	name=Smerch rocket	sub=shelling	launched=no
tos-1	class=rocket	name=TOS-1 thermobaric rocket	sub=shelling	launched=no
rocket fire	class=rocket	name=rocket fire	sub=shelling	launched=no
rocket attack	class=rocket	name=rocket	sub=shelling	launched=no
rocket barrage	class=rocket	name=rocket barrage	sub=shelling	launched=no
rocket salvo	class=rocket	name=rocket salvo	sub=shelling	launched=no

# ---------------------------------------------------------------- mortars
mortar	class=mortar	name=mortar shell	sub=shelling	launched=yes
mortar shell	class=mortar	name=mortar shell	sub=shelling	launched=yes
mortar round	class=mortar	name=mortar round	sub=shelling	launched=yes
mortar bomb	class=mortar	name=mortar bomb	sub=shelling	launched=yes
60mm mortar	class=mortar	name=60mm mortar shell	sub=shelling	launched=yes
81mm mortar	class=mortar	name=81mm mortar shell	sub=shelling	launched=yes
82mm mortar	class=mortar	name=82mm mortar shell	sub=shelling	launched=yes
120mm mortar	class=mortar	name=120mm mortar shell	sub=shelling	launched=yes
mortar fire	class=mortar	name=mortar fire	sub=shelling	launched=no
mortar attack	class=mortar	name=mortar shell	sub=shelling	launched=no
mortar barrage	class=mortar	name=mortar fire	sub=shelling	launched=no
mortar launcher	class=mortar	name=mortar	sub=shelling	launched=no

# ------------------------------------------------------ artillery and guns
artillery	class=artillery	name=artillery	sub=shelling	launched=no
artillery shell	class=artillery	name=artillery shell	sub=shelling	launched=yes
artillery round	class=artillery	name=artillery round	sub=shelling	launched=yes
artillery fire	class=artillery	name=artillery fire	sub=shelling	launched=no
artillery shelling	class=artillery	name=artillery shelling	sub=shelling	launched=no
artillery barrage	class=artillery	name=artillery fire	sub=shelling	launched=no
heavy artillery	class=artillery	name=heavy artillery	sub=shelling	launched=no
shell	class=artillery	name=artillery shell	sub=shelling	launched=yes	weak=yes
shelling	class=artillery	name=artillery shelling	sub=shelling	launched=no
shellfire	class=artillery	name=artillery shelling	sub=shelling	launched=no
bombardment	class=artillery	name=artillery shelling	sub=shelling	launched=no
indirect fire	class=artillery	name=artillery fire	sub=shelling	launched=no
155mm shell	class=artillery	name=155mm artillery shell	sub=shelling	launched=yes
155mm artillery shell	class=artillery	name=155mm artillery shell	sub=shelling	launched=yes
155mm round	class=artillery	name=155mm artillery shell	sub=shelling	launched=yes
152mm shell	class=artillery	name=152mm artillery shell	sub=shelling	launched=yes
152mm artillery shell	class=artillery	name=152mm artillery shell	sub=shelling	launched=yes
122mm shell	class=artillery	name=122mm artillery shell	sub=shelling	launched=yes
122mm artillery shell	class=artillery	name=122mm artillery shell	sub=shelling	launched=yes
130mm shell	class=artillery	name=130mm artillery shell	sub=shelling	launched=yes
howitzer	class=artillery	name=howitzer	sub=shelling	launched=no
howitzer shell	class=artillery	name=howitzer shell	sub=shelling	launched=yes
self-propelled gun	class=artillery	name=self-propelled gun	sub=shelling	launched=no
field gun	class=artillery	name=field gun	sub=shelling	launched=no
cannon fire	class=artillery	name=cannon fire	sub=shelling	launched=no
tank shell	class=artillery	name=tank shell	sub=shelling	launched=yes
tank round	class=artillery	name=tank shell	sub=shelling	launched=yes
tank fire	class=artillery	name=tank fire	sub=shelling	launched=no
heavy weapon	class=artillery	name=heavy weapons	sub=shelling	launched=no
anti-aircraft gun	class=artillery	name=anti-aircraft gun	sub=shelling	launched=no
anti-aircraft fire	class=artillery	name=anti-aircraft fire	sub=shelling	launched=no
naval shelling	class=artillery	name=naval shelling	sub=shelling	launched=no
naval gunfire	class=artillery	name=naval shelling	sub=shelling	launched=no
gunboat	class=artillery	name=gunboat	sub=shelling	launched=no
cluster munition	class=artillery	name=cluster munition	sub=shelling	launched=yes
cluster shell	class=artillery	name=cluster munition	sub=shelling	launched=yes
thermobaric weapon	class=artillery	name=thermobaric weapon	sub=shelling	launched=yes

# --------------------------------------------------------------- missiles
missile	class=missile	name=missile	sub=shelling	launched=yes
ballistic missile	class=missile	name=ballistic missile	sub=shelling	launched=yes
cruise missile	class=missile	name=cruise missile	sub=shelling	launched=yes
guided missile	class=missile	name=guided missile	sub=shelling	launched=yes
precision-guided missile	class=missile	name=guided missile	sub=shelling	launched=yes
hypersonic missile	class=missile	name=hypersonic missile	sub=shelling	launched=yes
anti-ship missile	class=missile	name=anti-ship missile	sub=shelling	launched=yes
surface-to-surface missile	class=missile	name=surface-to-surface missile	sub=shelling	launched=yes
surface-to-air missile	class=missile	name=surface-to-air missile	sub=shelling	launched=yes
ground-to-ground missile	class=missile	name=surface-to-surface missile	sub=shelling	launched=yes
intercontinental ballistic missile	class=missile	name=ballistic missile	sub=shelling	launched=yes
icbm	class=missile	name=ballistic missile	sub=shelling	launched=yes
anti-tank missile	class=missile	name=anti-tank missile	sub=shelling	launched=yes
anti-tank guided missile	class=missile	name=anti-tank missile	sub=shelling	launched=yes
atgm	class=missile	name=anti-tank missile	sub=shelling	launched=yes
kornet	class=missile	name=Kornet anti-tank missile	sub=shelling	launched=yes
javelin missile	class=missile	name=Javelin anti-tank missile	sub=shelling	launched=yes
tow missile	class=missile	name=TOW anti-tank missile	sub=shelling	launched=yes
guided rocket	class=missile	name=guided missile	sub=shelling	launched=yes
iskander	class=missile	name=Iskander missile	sub=shelling	launched=yes
iskander-m	class=missile	name=Iskander missile	sub=shelling	launched=yes
kalibr	class=missile	name=Kalibr cruise missile	sub=shelling	launched=yes
kh-101	class=missile	name=Kh-101 cruise missile	sub=shelling	launched=yes
kh-22	class=missile	name=Kh-22 missile	sub=shelling	launched=yes
kh-555	class=missile	name=Kh-555 cruise missile	sub=shelling	launched=yes
kh-59	class=missile	name=Kh-59 missile	sub=shelling	launched=yes
kinzhal	class=missile	name=Kinzhal missile	sub=shelling	launched=yes
tochka	class=missile	name=Tochka-U missile	sub=shelling	launched=yes
tochka-u	class=missile	name=Tochka-U missile	sub=shelling	launched=yes
scud	class=missile	name=Scud missile	sub=shelling	launched=yes
s-300	class=missile	name=S-300 missile	sub=shelling	launched=yes
s-400	class=missile	name=S-400 missile	sub=shelling	launched=yes
oniks	class=missile	name=Oniks missile	sub=shelling	launched=yes
atacms	class=missile	name=ATACMS missile	sub=shelling	launched=yes
storm shadow	class=missile	name=Storm Shadow cruise missile	sub=shelling	launched=yes
tomahawk missile	class=missile	name=Tomahawk cruise missile	sub=shelling	launched=yes
fateh-110	class=missile	name=Fateh-110 missile	sub=shelling	launched=yes
missile strike	class=missile	name=missile	sub=shelling	launched=no
missile attack	class=missile	name=missile	sub=shelling	launched=no
missile fire	class=missile	name=missile	sub=shelling	launched=no
missile barrage	class=missile	name=missile	sub=shelling	launched=no
air-to-surface missile	class=missile	name=air-to-surface missile	sub=air	launched=yes
air-to-ground missile	class=missile	name=air-to-surface missile	sub=air	launched=yes
hellfire missile	class=missile	name=Hellfire missile	sub=air	launched=yes

# ----------------------------------------------------------------- drones
drone	class=drone	name=drone	sub=air	launched=yes
unmanned aerial vehicle	class=drone	name=drone	sub=air	launched=yes
unmanned air vehicle	class=drone	name=drone	sub=air	launched=yes
unmanned aircraft	class=drone	name=drone	sub=air	launched=yes
uav	class=drone	name=drone	sub=air	launched=yes
armed drone	class=drone	name=armed drone	sub=air	launched=yes
attack drone	class=drone	name=attack drone	sub=air	launched=yes
combat drone	class=drone	name=combat drone	sub=air	launched=yes
kamikaze drone	class=drone	name=kamikaze drone	sub=air	launched=yes
suicide drone	class=drone	name=kamikaze drone	sub=air	launched=yes
explosive-laden drone	class=drone	name=explosive-laden drone	sub=air	launched=yes
bomb-laden drone	class=drone	name=explosive-laden drone	sub=air	launched=yes
one-way attack drone	class=drone	name=kamikaze drone	sub=air	launched=yes
shahed	class=drone	name=Shahed drone	sub=air	launched=yes
shahed drone	class=drone	name=Shahed drone	sub=air	launched=yes
shahed-136	class=drone	name=Shahed drone	sub=air	launched=yes
geran-2	class=drone	name=Shahed drone	sub=air	launched=yes
lancet drone	class=drone	name=Lancet drone	sub=air	launched=yes
loitering munition	class=drone	name=loitering munition	sub=air	launched=yes
quadcopter	class=drone	name=quadcopter drone	sub=air	launched=yes
fpv	class=drone	name=FPV drone	sub=air	launched=yes
fpv drone	class=drone	name=FPV drone	sub=air	launched=yes
first-person view drone	class=drone	name=FPV drone	sub=air	launched=yes
bayraktar	class=drone	name=Bayraktar drone	sub=air	launched=yes
bayraktar tb2	class=drone	name=Bayraktar drone	sub=air	launched=yes
tb2	class=drone	name=Bayraktar drone	sub=air	launched=yes
mq-9	class=drone	name=Reaper drone	sub=air	launched=yes
reaper drone	class=drone	name=Reaper drone	sub=air	launched=yes
predator drone	class=drone	name=Predator drone	sub=air	launched=yes
drone strike	class=drone	name=drone	sub=air	launched=no
drone attack	class=drone	name=drone	sub=air	launched=no
# Surface drones are explosive boats, not aircraft.
naval drone	class=drone	name=naval drone	sub=remote	launched=yes
sea drone	class=drone	name=naval drone	sub=remote	launched=yes
unmanned surface vessel	class=drone	name=naval drone	sub=remote	launched=yes

# --------------------------------------------------- aircraft and air raids
airstrike	class=airstrike	name=airstrike	sub=air	launched=no
air strike	class=airstrike	name=airstrike	sub=air	launched=no
air-strike	class=airstrike	name=airstrike	sub=air	launched=no
air raid	class=airstrike	name=airstrike	sub=air	launched=no
air attack	class=airstrike	name=airstrike	sub=air	launched=no
aerial attack	class=airstrike	name=airstrike	sub=air	launched=no
aerial bombardment	class=airstrike	name=aerial bombardment	sub=air	launched=no
aerial bombing	class=airstrike	name=aerial bombardment	sub=air	launched=no
air bombardment	class=airstrike	name=aerial bombardment	sub=air	launched=no
bombing raid	class=airstrike	name=airstrike	sub=air	launched=no
warplane	class=airstrike	name=warplane	sub=air	launched=no
war plane	class=airstrike	name=warplane	sub=air	launched=no
fighter jet	class=airstrike	name=fighter jet	sub=air	launched=no
jet fighter	class=airstrike	name=fighter jet	sub=air	launched=no
fighter plane	class=airstrike	name=fighter jet	sub=air	launched=no
military jet	class=airstrike	name=fighter jet	sub=air	launched=no
military aircraft	class=airstrike	name=military aircraft	sub=air	launched=no
combat aircraft	class=airstrike	name=military aircraft	sub=air	launched=no
bomber jet	class=airstrike	name=bomber aircraft	sub=air	launched=no
strategic bomber	class=airstrike	name=bomber aircraft	sub=air	launched=no
helicopter gunship	class=airstrike	name=helicopter gunship	sub=air	launched=no
gunship	class=airstrike	name=helicopter gunship	sub=air	launched=no
attack helicopter	class=airstrike	name=helicopter gunship	sub=air	launched=no
helicopter fire	class=airstrike	name=helicopter gunship	sub=air	launched=no
f-16	class=airstrike	name=F-16 warplane	sub=air	launched=no
f-15	class=airstrike	name=F-15 warplane	sub=air	launched=no
f-35	class=airstrike	name=F-35 warplane	sub=air	launched=no
su-24	class=airstrike	name=Su-24 warplane	sub=air	launched=no
su-25	class=airstrike	name=Su-25 warplane	sub=air	launched=no
su-34	class=airstrike	name=Su-34 warplane	sub=air	launched=no
b-52	class=airstrike	name=B-52 bomber	sub=air	launched=no
barrel bomb	class=airstrike	name=barrel bomb	sub=air	launched=yes
cluster bomb	class=airstrike	name=cluster bomb	sub=air	launched=yes
glide bomb	class=airstrike	name=glide bomb	sub=air	launched=yes
guided bomb	class=airstrike	name=guided bomb	sub=air	launched=yes
precision-guided bomb	class=airstrike	name=guided bomb	sub=air	launched=yes
air-dropped bomb	class=airstrike	name=air-dropped bomb	sub=air	launched=yes
aerial bomb	class=airstrike	name=air-dropped bomb	sub=air	launched=yes
bunker buster	class=airstrike	name=bunker-buster bomb	sub=air	launched=yes
bunker-buster bomb	class=airstrike	name=bunker-buster bomb	sub=air	launched=yes
vacuum bomb	class=airstrike	name=thermobaric bomb	sub=air	launched=yes
thermobaric bomb	class=airstrike	name=thermobaric bomb	sub=air	launched=yes

# ------------------------------------------------------------- explosives
# An unspecified bomb is taken as a remote (planted) device; the classifier
# may override it with air context ("warplanes dropped bombs").
bomb	class=bomb	name=bomb	sub=remote	launched=yes
bombing	class=bomb	name=bomb	sub=remote	launched=no
bomb blast	class=bomb	name=bomb	sub=remote	launched=no
bomb attack	class=bomb	name=bomb	sub=remote	launched=no
time bomb	class=bomb	name=time bomb	sub=remote	launched=yes
parcel bomb	class=bomb	name=parcel bomb	sub=remote	launched=yes
letter bomb	class=bomb	name=letter bomb	sub=remote	launched=yes
pipe bomb	class=bomb	name=pipe bomb	sub=remote	launched=yes
nail bomb	class=bomb	name=nail bomb	sub=remote	launched=yes
ied	class=ied	name=IED	sub=remote	launched=yes
improvised explosive device	class=ied	name=IED	sub=remote	launched=yes
improvised explosive	class=ied	name=IED	sub=remote	launched=yes
improvised bomb	class=ied	name=IED	sub=remote	launched=yes
roadside bomb	class=ied	name=roadside bomb	sub=remote	launched=yes
roadside ied	class=ied	name=roadside bomb	sub=remote	launched=yes
roadside explosive	class=ied	name=roadside bomb	sub=remote	launched=yes
roadside device	class=ied	name=roadside bomb	sub=remote	launched=yes
homemade bomb	class=ied	name=homemade bomb	sub=remote	launched=yes
home-made bomb	class=ied	name=homemade bomb	sub=remote	launched=yes
handmade bomb	class=ied	name=homemade bomb	sub=remote	launched=yes
remote-controlled bomb	class=ied	name=remote-controlled bomb	sub=remote	launched=yes
remote-controlled explosive	class=ied	name=remote-controlled bomb	sub=remote	launched=yes
remote-controlled device	class=ied	name=remote-controlled bomb	sub=remote	launched=yes
magnetic bomb	class=ied	name=magnetic bomb	sub=remote	launched=yes
sticky bomb	class=ied	name=magnetic bomb	sub=remote	launched=yes
limpet mine	class=ied	name=magnetic bomb	sub=remote	launched=yes
pressure-plate ied	class=ied	name=IED	sub=remote	launched=yes
booby trap	class=ied	name=booby trap	sub=remote	launched=yes
booby-trap	class=ied	name=booby trap	sub=remote	launched=yes
explosive device	class=explosive	name=explosive device	sub=remote	launched=yes
explosive	class=explosive	name=explosives	sub=remote	launched=no
dynamite	class=explosive	name=dynamite	sub=remote	launched=no
tnt	class=explosive	name=explosives	sub=remote	launched=no
semtex	class=explosive	name=explosives	sub=remote	launched=no
c-4	class=explosive	name=explosives	sub=remote	launched=no
unexploded ordnance	class=explosive	name=unexploded ordnance	sub=remote	launched=yes
uxo	class=explosive	name=unexploded ordnance	sub=remote	launched=yes
unexploded bomb	class=explosive	name=unexploded ordnance	sub=remote	launched=yes
unexploded shell	class=explosive	name=unexploded ordnance	sub=remote	launched=yes
unexploded munition	class=explosive	name=unexploded ordnance	sub=remote	launched=yes
explosive remnant of war	class=explosive	name=unexploded ordnance	sub=remote	launched=yes
ordnance	class=explosive	name=unexploded ordnance	sub=remote	launched=yes	weak=yes

# --------------------------------------------------------------- landmines
landmine	class=landmine	name=landmine	sub=remote	launched=yes
land mine	class=landmine	name=landmine	sub=remote	launched=yes
land-mine	class=landmine	name=landmine	sub=remote	launched=yes
mine	class=landmine	name=landmine	sub=remote	launched=yes	weak=yes
anti-personnel mine	class=landmine	name=anti-personnel mine	sub=remote	launched=yes
antipersonnel mine	class=landmine	name=anti-personnel mine	sub=remote	launched=yes
anti-tank mine	class=landmine	name=anti-tank mine	sub=remote	launched=yes
antitank mine	class=landmine	name=anti-tank mine	sub=remote	launched=yes
butterfly mine	class=landmine	name=anti-personnel mine	sub=remote	launched=yes
pfm-1	class=landmine	name=anti-personnel mine	sub=remote	launched=yes
naval mine	class=landmine	name=naval mine	sub=remote	launched=yes
sea mine	class=landmine	name=naval mine	sub=remote	launched=yes

# ------------------------------------------------------- vehicle-borne bombs
car bomb	class=car_bomb	name=car bomb	sub=remote	launched=yes
car-bomb	class=car_bomb	name=car bomb	sub=remote	launched=yes
car bombing	class=car_bomb	name=car bomb	sub=remote	launched=no
vehicle bomb	class=car_bomb	name=car bomb	sub=remote	launched=yes
truck bomb	class=car_bomb	name=truck bomb	sub=remote	launched=yes
lorry bomb	class=car_bomb	name=truck bomb	sub=remote	launched=yes
motorcycle bomb	class=car_bomb	name=motorcycle bomb	sub=remote	launched=yes
motorbike bomb	class=car_bomb	name=motorcycle bomb	sub=remote	launched=yes
bicycle bomb	class=car_bomb	name=bicycle bomb	sub=remote	launched=yes
rickshaw bomb	class=car_bomb	name=rickshaw bomb	sub=remote	launched=yes
vbied	class=car_bomb	name=car bomb	sub=remote	launched=yes
vehicle-borne ied	class=car_bomb	name=car bomb	sub=remote	launched=yes
vehicle-borne improvised explosive device	class=car_bomb	name=car bomb	sub=remote	launched=yes
bomb-laden vehicle	class=car_bomb	name=bomb-laden vehicle	sub=remote	launched=yes
bomb-laden car	class=car_bomb	name=bomb-laden vehicle	sub=remote	launched=yes
bomb-laden truck	class=car_bomb	name=bomb-laden vehicle	sub=remote	launched=yes
explosive-laden vehicle	class=car_bomb	name=bomb-laden vehicle	sub=remote	launched=yes
explosive-laden car	class=car_bomb	name=bomb-laden vehicle	sub=remote	launched=yes
explosive-laden truck	class=car_bomb	name=bomb-laden vehicle	sub=remote	launched=yes
explosives-laden vehicle	class=car_bomb	name=bomb-laden vehicle	sub=remote	launched=yes
explosives-laden car	class=car_bomb	name=bomb-laden vehicle	sub=remote	launched=yes
explosives-laden truck	class=car_bomb	name=bomb-laden vehicle	sub=remote	launched=yes
booby-trapped car	class=car_bomb	name=car bomb	sub=remote	launched=yes
booby-trapped vehicle	class=car_bomb	name=car bomb	sub=remote	launched=yes
booby-trapped motorcycle	class=car_bomb	name=motorcycle bomb	sub=remote	launched=yes

# ----------------------------------------------------------------- suicide
suicide bomber	class=suicide	name=suicide bomb	sub=suicide	launched=no
suicide bombing	class=suicide	name=suicide bomb	sub=suicide	launched=no
suicide bomb	class=suicide	name=suicide bomb	sub=suicide	launched=yes
suicide attack	class=suicide	name=suicide bomb	sub=suicide	launched=no
suicide attacker	class=suicide	name=suicide bomb	sub=suicide	launched=no
suicide blast	class=suicide	name=suicide bomb	sub=suicide	launched=no
suicide explosion	class=suicide	name=suicide bomb	sub=suicide	launched=no
suicide vest	class=suicide	name=suicide vest	sub=suicide	launched=no
suicide belt	class=suicide	name=suicide vest	sub=suicide	launched=no
explosive vest	class=suicide	name=suicide vest	sub=suicide	launched=no
explosive belt	class=suicide	name=suicide vest	sub=suicide	launched=no
suicide car bomb	class=suicide	name=suicide car bomb	sub=suicide	launched=yes
suicide car bomber	class=suicide	name=suicide car bomb	sub=suicide	launched=no
suicide truck bomb	class=suicide	name=suicide car bomb	sub=suicide	launched=yes
svbied	class=suicide	name=suicide car bomb	sub=suicide	launched=yes
blow himself up	class=suicide	name=suicide bomb	sub=suicide	launched=no
blow herself up	class=suicide	name=suicide bomb	sub=suicide	launched=no
blow themselves up	class=suicide	name=suicide bomb	sub=suicide	launched=no
detonate his explosive	class=suicide	name=suicide bomb	sub=suicide	launched=no

# ---------------------------------------------------------------- grenades
grenade	class=grenade	name=grenade	sub=grenade	launched=yes
hand grenade	class=grenade	name=hand grenade	sub=grenade	launched=yes
hand-grenade	class=grenade	name=hand grenade	sub=grenade	launched=yes
fragmentation grenade	class=grenade	name=hand grenade	sub=grenade	launched=yes
rifle grenade	class=grenade	name=grenade	sub=grenade	launched=yes
grenade attack	class=grenade	name=grenade	sub=grenade	launched=no
grenade launcher	class=grenade	name=grenade launcher	sub=grenade	launched=no
# Thrown home-made bombs (common in South Asian reports) count as grenades.
crude bomb	class=grenade	name=crude bomb	sub=grenade	launched=yes
country bomb	class=grenade	name=crude bomb	sub=grenade	launched=yes

# -------------------------------------------------------------- small arms
gun	class=small_arms	name=gun	sub=none	launched=no
gunfire	class=small_arms	name=gunfire	sub=none	launched=no
gunshot	class=small_arms	name=gunfire	sub=none	launched=no
heavy gunfire	class=small_arms	name=gunfire	sub=none	launched=no
automatic gunfire	class=small_arms	name=gunfire	sub=none	launched=no
small arms	class=small_arms	name=small arms fire	sub=none	launched=no
small-arms fire	class=small_arms	name=small arms fire	sub=none	launched=no
small arms fire	class=small_arms	name=small arms fire	sub=none	launched=no
firearm	class=small_arms	name=firearm	sub=none	launched=no
rifle	class=small_arms	name=rifle	sub=none	launched=no
assault rifle	class=small_arms	name=assault rifle	sub=none	launched=no
automatic rifle	class=small_arms	name=assault rifle	sub=none	launched=no
automatic weapon	class=small_arms	name=automatic weapon	sub=none	launched=no
hunting rifle	class=small_arms	name=hunting rifle	sub=none	launched=no
sniper rifle	class=small_arms	name=sniper rifle	sub=none	launched=no
sniper fire	class=small_arms	name=sniper fire	sub=none	launched=no
ak-47	class=small_arms	name=AK-47 rifle	sub=none	launched=no
kalashnikov	class=small_arms	name=Kalashnikov rifle	sub=none	launched=no
m16	class=small_arms	name=M16 rifle	sub=none	launched=no
machine gun	class=small_arms	name=machine gun	sub=none	launched=no
machine-gun	class=small_arms	name=machine gun	sub=none	launched=no
machinegun	class=small_arms	name=machine gun	sub=none	launched=no
heavy machine gun	class=small_arms	name=heavy machine gun	sub=none	launched=no
machine-gun fire	class=small_arms	name=machine gun	sub=none	launched=no
pistol	class=small_arms	name=pistol	sub=none	launched=no
handgun	class=small_arms	name=pistol	sub=none	launched=no
revolver	class=small_arms	name=pistol	sub=none	launched=no
shotgun	class=small_arms	name=shotgun	sub=none	launched=no
dane gun	class=small_arms	name=locally made gun	sub=none	launched=no
locally made gun	class=small_arms	name=locally made gun	sub=none	launched=no
locally-made gun	class=small_arms	name=locally made gun	sub=none	launched=no
homemade gun	class=small_arms	name=locally made gun	sub=none	launched=no
live ammunition	class=small_arms	name=live ammunition	sub=none	launched=no
live fire	class=small_arms	name=live ammunition	sub=none	launched=no
live round	class=small_arms	name=live ammunition	sub=none	launched=no
live bullet	class=small_arms	name=live ammunition	sub=none	launched=no
bullet	class=small_arms	name=gunfire	sub=none	launched=no
stray bullet	class=small_arms	name=stray bullet	sub=none	launched=no
hail of bullet	class=small_arms	name=gunfire	sub=none	launched=no
warning shot	class=small_arms	name=warning shots	sub=none	launched=no
shooting	class=small_arms	name=gunfire	sub=none	launched=no
drive-by shooting	class=small_arms	name=gunfire	sub=none	launched=no
mass shooting	class=small_arms	name=gunfire	sub=none	launched=no
shootout	class=small_arms	name=gunfire	sub=none	launched=no
shoot-out	class=small_arms	name=gunfire	sub=none	launched=no
gunbattle	class=small_arms	name=gunfire	sub=none	launched=no
gun battle	class=small_arms	name=gunfire	sub=none	launched=no
gunfight	class=small_arms	name=gunfire	sub=none	launched=no
firefight	class=small_arms	name=gunfire	sub=none	launched=no
exchange of fire	class=small_arms	name=gunfire	sub=none	launched=no
crossfire	class=small_arms	name=gunfire	sub=none	launched=no

# ------------------------------------------------------------------ blades
knife	class=blade	name=knife	sub=none	launched=no
machete	class=blade	name=machete	sub=none	launched=no
cutlass	class=blade	name=machete	sub=none	launched=no
axe	class=blade	name=axe	sub=none	launched=no
ax	class=blade	name=axe	sub=none	launched=no
hatchet	class=blade	name=axe	sub=none	launched=no
sword	class=blade	name=sword	sub=none	launched=no
dagger	class=blade	name=knife	sub=none	launched=no
bayonet	class=blade	name=bayonet	sub=none	launched=no
sickle	class=blade	name=sickle	sub=none	launched=no
spear	class=blade	name=spear	sub=none	launched=no
sharp object	class=blade	name=knife	sub=none	launched=no
sharp weapon	class=blade	name=knife	sub=none	launched=no
bladed weapon	class=blade	name=knife	sub=none	launched=no
stabbing	class=blade	name=knife	sub=none	launched=no
knife attack	class=blade	name=knife	sub=none	launched=no
knifeman	class=blade	name=knife	sub=none	launched=no

# --------------------------------------------------- crude / blunt weapons
stone	class=crude	name=stones	sub=none	launched=no
stone-throwing	class=crude	name=stones	sub=none	launched=no
stone-pelting	class=crude	name=stones	sub=none	launched=no
rock-throwing	class=crude	name=stones	sub=none	launched=no
brick	class=crude	name=bricks	sub=none	launched=no
stick	class=crude	name=sticks	sub=none	launched=no	weak=yes
wooden stick	class=crude	name=sticks	sub=none	launched=no
iron rod	class=crude	name=iron rods	sub=none	launched=no
iron bar	class=crude	name=iron rods	sub=none	launched=no
metal pipe	class=crude	name=iron rods	sub=none	launched=no
baseball bat	class=crude	name=clubs	sub=none	launched=no
cudgel	class=crude	name=clubs	sub=none	launched=no
hammer	class=crude	name=hammer	sub=none	launched=no	weak=yes
slingshot	class=crude	name=slingshots	sub=none	launched=no
catapult	class=crude	name=slingshots	sub=none	launched=no	weak=yes
bow and arrow	class=crude	name=bows and arrows	sub=none	launched=no
poisoned arrow	class=crude	name=bows and arrows	sub=none	launched=no
arrow	class=crude	name=bows and arrows	sub=none	launched=no	weak=yes
acid	class=crude	name=acid	sub=none	launched=no	weak=yes
acid attack	class=crude	name=acid	sub=none	launched=no

# ------------------------------------------------------------------ arson
arson	class=arson	name=arson	sub=none	launched=no
arson attack	class=arson	name=arson	sub=none	launched=no
petrol bomb	class=arson	name=petrol bomb	sub=none	launched=yes
gasoline bomb	class=arson	name=petrol bomb	sub=none	launched=yes
molotov cocktail	class=arson	name=Molotov cocktail	sub=none	launched=yes
molotov	class=arson	name=Molotov cocktail	sub=none	launched=yes
firebomb	class=arson	name=firebomb	sub=none	launched=yes
fire bomb	class=arson	name=firebomb	sub=none	launched=yes
incendiary device	class=arson	name=incendiary device	sub=none	launched=yes
incendiary bomb	class=arson	name=incendiary device	sub=none	launched=yes
set fire	class=arson	name=arson	sub=none	launched=no
set ablaze	class=arson	name=arson	sub=none	launched=no
set alight	class=arson	name=arson	sub=none	launched=no
set on fire	class=arson	name=arson	sub=none	launched=no

# ----------------------------------------------------- riot control agents
tear gas	class=tear_gas	name=tear gas	sub=none	launched=no
teargas	class=tear_gas	name=tear gas	sub=none	launched=no
tear-gas	class=tear_gas	name=tear gas	sub=none	launched=no
tear gas canister	class=tear_gas	name=tear gas	sub=none	launched=yes
tear gas shell	class=tear_gas	name=tear gas	sub=none	launched=yes
tear gas grenade	class=tear_gas	name=tear gas	sub=none	launched=yes
tear-gas canister	class=tear_gas	name=tear gas	sub=none	launched=yes
tear-gas grenade	class=tear_gas	name=tear gas	sub=none	launched=yes
pepper spray	class=tear_gas	name=pepper spray	sub=none	launched=no
pepper gas	class=tear_gas	name=pepper spray	sub=none	launched=no
water cannon	class=crowd_control	name=water cannon	sub=none	launched=no
rubber bullet	class=crowd_control	name=rubber bullets	sub=none	launched=no
rubber-coated bullet	class=crowd_control	name=rubber bullets	sub=none	launched=no
rubber-coated steel bullet	class=crowd_control	name=rubber bullets	sub=none	launched=no
plastic bullet	class=crowd_control	name=rubber bullets	sub=none	launched=no
baton round	class=crowd_control	name=rubber bullets	sub=none	launched=no
stun grenade	class=crowd_control	name=stun grenade	sub=none	launched=yes
flash-bang	class=crowd_control	name=stun grenade	sub=none	launched=yes
flashbang	class=crowd_control	name=stun grenade	sub=none	launched=yes
sound bomb	class=crowd_control	name=stun grenade	sub=none	launched=yes
smoke grenade	class=crowd_control	name=smoke grenade	sub=none	launched=yes
pellet gun	class=crowd_control	name=pellet gun	sub=none	launched=no
pellet	class=crowd_control	name=pellet gun	sub=none	launched=no	weak=yes
birdshot	class=crowd_control	name=birdshot	sub=none	launched=no
baton	class=crowd_control	name=batons	sub=none	launched=no
truncheon	class=crowd_control	name=batons	sub=none	launched=no
lathi	class=crowd_control	name=batons	sub=none	launched=no
lathi charge	class=crowd_control	name=batons	sub=none	launched=no
lathi-charge	class=crowd_control	name=batons	sub=none	launched=no
taser	class=crowd_control	name=taser	sub=none	launched=no
stun gun	class=crowd_control	name=taser	sub=none	launched=no
skunk water	class=crowd_control	name=skunk water	sub=none	launched=no

# --------------------------------------------------------------- chemical
chemical weapon	class=chemical	name=chemical weapon	sub=chemical	launched=no
chemical attack	class=chemical	name=chemical weapon	sub=chemical	launched=no
chemical agent	class=chemical	name=chemical weapon	sub=chemical	launched=no
nerve agent	class=chemical	name=nerve agent	sub=chemical	launched=no
sarin	class=chemical	name=sarin gas	sub=chemical	launched=no
sarin gas	class=chemical	name=sarin gas	sub=chemical	launched=no
chlorine gas	class=chemical	name=chlorine gas	sub=chemical	launched=no
chlorine	class=chemical	name=chlorine gas	sub=chemical	launched=no	weak=yes
mustard gas	class=chemical	name=mustard gas	sub=chemical	launched=no
poison gas	class=chemical	name=poison gas	sub=chemical	launched=no
toxic gas	class=chemical	name=poison gas	sub=chemical	launched=no	weak=yes
vx	class=chemical	name=nerve agent	sub=chemical	launched=no
novichok	class=chemical	name=nerve agent	sub=chemical	launched=no

# -------------------------------------------------------- vehicle ramming
ramming	class=vehicle_ramming	name=vehicle ramming	sub=none	launched=no
ramming attack	class=vehicle_ramming	name=vehicle ramming	sub=none	launched=no
car ramming	class=vehicle_ramming	name=vehicle ramming	sub=none	launched=no
car-ramming	class=vehicle_ramming	name=vehicle ramming	sub=none	launched=no
car-ramming attack	class=vehicle_ramming	name=vehicle ramming	sub=none	launched=no
vehicle ramming	class=vehicle_ramming	name=vehicle ramming	sub=none	launched=no
vehicle-ramming	class=vehicle_ramming	name=vehicle ramming	sub=none	launched=no
truck attack	class=vehicle_ramming	name=vehicle ramming	sub=none	launched=no	weak=yes
