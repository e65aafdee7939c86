# triggers.lex — words and phrases that report an event, for sitrep's coder.
#
# phrase<TAB>class=CLASS<TAB>cameo=CODE[<TAB>pos=v|n][<TAB>needs=weapon][<TAB>scope=all]
#
# Phrases are in base form; each word matches a token's lemma or its lower-case
# form ("shell" matches "shelled", "shelling").  The coder (src/clause.c) turns
# class + weapon + actors into an ACLED event type and sub-event type:
#   attack   an attack of unspecified kind (armed clash, or violence against
#            civilians when the victims are civilians)
#   clash    two armed sides fighting                    Battles / Armed clash
#   kill     killing; classified like attack
#   shell    artillery, rockets, missiles                Shelling/artillery/missile attack
#   air      air and drone strikes                       Air/drone strike
#   explode  bombs, IEDs, explosions                     Remote explosive/landmine/IED
#   suicide  suicide bombing                             Suicide bomb
#   abduct   kidnapping                                  Abduction/forced disappearance
#   arrest   arrests and detentions                      Arrests
#   protest  demonstrations                              Peaceful protest (or with intervention)
#   riot     violent demonstrations                      Violent demonstration
#   loot     looting, burning, destroying property       Looting/property destruction
#   agree    ceasefires and peace agreements             Agreement
#   seize    taking or retaking territory                Non-state actor overtakes territory / Government regains territory
#   sexual   rape and sexual violence                    Sexual violence
#   disrupt  bombs defused, plots foiled                 Disrupted weapons use
#   disperse crowd control (marks a protest as "with intervention")
#   ignore   a longer phrase that contains a trigger word but reports no event
#            ("riot gear", "heart attack"): it wins as the longer match
# evident=yes: the phrase has no common figurative sense ("car bombing",
# "rocket attack"), so it needs no further sign of political violence.
# needs=weapon: the word reports violence only when the sentence names a
# weapon ("rockets hit the base", not "prices hit a record").
# needs=munition: only with a fired munition (rocket, shell, missile, drone):
# "launched four rockets", not "launched a search operation".
# needs=place: only when the sentence names a place ("captured the town").
# needs=crowd: only with protesters or a crowd named ("a rally" is also a
# market's rise or a comeback in sport).
# needs=victim: only with a person acted on ("executed ten hostages", not
# "warrants were executed").
# CAMEO codes follow the CAMEO 1.1b3 codebook: 19x fight, 18x assault,
# 17x coerce, 14x protest, 08x yield, 05x diplomatic cooperation.

# --- attacks in general
attack	class=attack	cameo=190
assault	class=attack	cameo=190
raid	class=attack	cameo=190
storm	class=attack	cameo=190	pos=v
ambush	class=clash	cameo=190	evident=yes
overrun	class=seize	cameo=192
target	class=attack	cameo=190	needs=weapon
hit	class=attack	cameo=190	needs=weapon
strike	class=attack	cameo=190	needs=weapon
slam	class=attack	cameo=190	needs=weapon
slam into	class=attack	cameo=190	needs=weapon
land	class=attack	cameo=190	needs=munition
fall	class=attack	cameo=190	needs=munition
launch	class=attack	cameo=190	needs=munition
fire	class=attack	cameo=190	needs=munition	pos=v
fire at	class=attack	cameo=190
fire on	class=attack	cameo=190
open fire	class=attack	cameo=190
shoot	class=kill	cameo=193
shot dead	class=kill	cameo=193
shoot dead	class=kill	cameo=193
gun down	class=kill	cameo=193
gunned down	class=kill	cameo=193
kill	class=kill	cameo=190
killing	class=kill	cameo=190	pos=n
massacre	class=kill	cameo=202	evident=yes
slay	class=kill	cameo=190
murder	class=kill	cameo=180
behead	class=kill	cameo=180	evident=yes
execute	class=kill	cameo=180	needs=victim
lynch	class=kill	cameo=180	evident=yes
stab	class=kill	cameo=180
hack to death	class=kill	cameo=180	evident=yes
set upon	class=attack	cameo=180
# --- fighting between armed sides
clash	class=clash	cameo=190
fight	class=clash	cameo=190	pos=v
fighting	class=clash	cameo=190	pos=n
battle	class=clash	cameo=190
gunfight	class=clash	cameo=193	evident=yes
gun battle	class=clash	cameo=193	evident=yes
firefight	class=clash	cameo=193	evident=yes
shootout	class=clash	cameo=193
skirmish	class=clash	cameo=190
exchange fire	class=clash	cameo=193
exchange of fire	class=clash	cameo=193	evident=yes
exchanged fire	class=clash	cameo=193	evident=yes
encounter	class=clash	cameo=193	pos=n
engage	class=clash	cameo=190
engage in	class=ignore	cameo=000
repel	class=clash	cameo=190
repulse	class=clash	cameo=190
counterattack	class=clash	cameo=190
counter-attack	class=clash	cameo=190
offensive	class=clash	cameo=190	pos=n
# --- artillery, rockets, missiles
shell	class=shell	cameo=194	pos=v
shelling	class=shell	cameo=194	pos=n	evident=yes
bombard	class=shell	cameo=194
bombardment	class=shell	cameo=194
rocket attack	class=shell	cameo=194	evident=yes
missile attack	class=shell	cameo=194	evident=yes
missile strike	class=shell	cameo=194	evident=yes
mortar attack	class=shell	cameo=194	evident=yes
artillery fire	class=shell	cameo=194	evident=yes
rocket fire	class=shell	cameo=194	evident=yes
# --- air and drone strikes
airstrike	class=air	cameo=195
air strike	class=air	cameo=195
air-strike	class=air	cameo=195
air raid	class=air	cameo=195
airraid	class=air	cameo=195
drone strike	class=air	cameo=195
drone attack	class=air	cameo=195
aerial bombardment	class=air	cameo=195
aerial attack	class=air	cameo=195
aerial strike	class=air	cameo=195
bomb	class=air	cameo=195	pos=v	needs=weapon
# --- bombs and explosions
explode	class=explode	cameo=183
explosion	class=explode	cameo=183
blast	class=explode	cameo=183
detonate	class=explode	cameo=183
go off	class=explode	cameo=183
went off	class=explode	cameo=183
blow up	class=explode	cameo=183
blew up	class=explode	cameo=183
bombing	class=explode	cameo=183	evident=yes
bomb attack	class=explode	cameo=183	evident=yes
bomb blast	class=explode	cameo=183	evident=yes
car bombing	class=explode	cameo=183	evident=yes
# --- suicide attacks
suicide bombing	class=suicide	cameo=183	evident=yes
suicide attack	class=suicide	cameo=183	evident=yes
suicide blast	class=suicide	cameo=183	evident=yes
blow himself up	class=suicide	cameo=183
blew himself up	class=suicide	cameo=183
blow herself up	class=suicide	cameo=183
blew herself up	class=suicide	cameo=183
blow themselves up	class=suicide	cameo=183
blew themselves up	class=suicide	cameo=183
# --- abductions
abduct	class=abduct	cameo=181	evident=yes
abduction	class=abduct	cameo=181	evident=yes
kidnap	class=abduct	cameo=181	evident=yes
kidnapping	class=abduct	cameo=181	evident=yes
take hostage	class=abduct	cameo=181	evident=yes
took hostage	class=abduct	cameo=181	evident=yes
taken hostage	class=abduct	cameo=181	evident=yes
seize hostage	class=abduct	cameo=181	evident=yes
# --- arrests
arrest	class=arrest	cameo=173
detain	class=arrest	cameo=173
apprehend	class=arrest	cameo=173
take into custody	class=arrest	cameo=173
taken into custody	class=arrest	cameo=173
took into custody	class=arrest	cameo=173
round up	class=arrest	cameo=173
nab	class=arrest	cameo=173
# --- protests
protest	class=protest	cameo=141
demonstrate	class=protest	cameo=141
demonstration	class=protest	cameo=141
rally	class=protest	cameo=141	needs=crowd
march	class=protest	cameo=141	pos=v
sit-in	class=protest	cameo=141
picket	class=protest	cameo=141
walkout	class=protest	cameo=143
hunger strike	class=protest	cameo=142
# --- riots
riot	class=riot	cameo=145
rioting	class=riot	cameo=145
stone pelting	class=riot	cameo=145
stone-pelting	class=riot	cameo=145
pelt	class=riot	cameo=145
hurl stone	class=riot	cameo=145
throw stone	class=riot	cameo=145
# --- crowd control
disperse	class=disperse	cameo=175
tear gas	class=disperse	cameo=175
teargas	class=disperse	cameo=175
baton charge	class=disperse	cameo=175
water cannon	class=disperse	cameo=175
# --- looting and destruction
loot	class=loot	cameo=171
ransack	class=loot	cameo=171
torch	class=loot	cameo=171	pos=v
burn down	class=loot	cameo=171
burnt down	class=loot	cameo=171
burned down	class=loot	cameo=171
set ablaze	class=loot	cameo=171
set on fire	class=loot	cameo=171
set fire	class=loot	cameo=171
raze	class=loot	cameo=171
vandalise	class=loot	cameo=171
vandalize	class=loot	cameo=171
# --- agreements
ceasefire	class=agree	cameo=087
cease-fire	class=agree	cameo=087
truce	class=agree	cameo=087
peace deal	class=agree	cameo=057
peace agreement	class=agree	cameo=057
peace accord	class=agree	cameo=057
peace treaty	class=agree	cameo=057
# --- territory
seize control	class=seize	cameo=192
take control	class=seize	cameo=192
took control	class=seize	cameo=192
taken control	class=seize	cameo=192
capture	class=seize	cameo=192	needs=place
recapture	class=seize	cameo=192
retake	class=seize	cameo=192
retook	class=seize	cameo=192
# --- words that contain a trigger but report nothing
riot gear	class=ignore	cameo=000
riot police	class=ignore	cameo=000
riot-control	class=ignore	cameo=000
fire brigade	class=ignore	cameo=000
fire service	class=ignore	cameo=000
fire department	class=ignore	cameo=000
firefighter	class=ignore	cameo=000
charm offensive	class=ignore	cameo=000
legal battle	class=ignore	cameo=000
court battle	class=ignore	cameo=000
custody battle	class=ignore	cameo=000
heart attack	class=ignore	cameo=000
battle tank	class=ignore	cameo=000
main battle tank	class=ignore	cameo=000
battle group	class=ignore	cameo=000
battlegroup	class=ignore	cameo=000
targeting system	class=ignore	cameo=000
targeting pod	class=ignore	cameo=000
strike fighter	class=ignore	cameo=000
strike aircraft	class=ignore	cameo=000
strike group	class=ignore	cameo=000
attack aircraft	class=ignore	cameo=000
attack helicopter	class=ignore	cameo=000
attack submarine	class=ignore	cameo=000
attack dog	class=ignore	cameo=000
demonstration project	class=ignore	cameo=000
demonstration flight	class=ignore	cameo=000
demonstration model	class=ignore	cameo=000
test-fire	class=ignore	cameo=000
test-fired	class=ignore	cameo=000
test fire	class=ignore	cameo=000
test-launch	class=ignore	cameo=000
test-launched	class=ignore	cameo=000
missile test	class=ignore	cameo=000
nuclear test	class=ignore	cameo=000
denial of service	class=ignore	cameo=000
cyber attack	class=ignore	cameo=000
cyber-attack	class=ignore	cameo=000
cyberattack	class=ignore	cameo=000
hacker attack	class=ignore	cameo=000
panic attack	class=ignore	cameo=000
assassinate	class=kill	cameo=186
assassination	class=kill	cameo=186	evident=yes
mow down	class=kill	cameo=193
burn alive	class=kill	cameo=180	evident=yes
torture	class=attack	cameo=180	needs=victim	pos=v
beat to death	class=kill	cameo=180	evident=yes
shoot down	class=attack	cameo=190	needs=weapon
shot down	class=attack	cameo=190
hurl	class=attack	cameo=190	needs=munition
throw	class=attack	cameo=190	needs=munition
intercept	class=shell	cameo=194	needs=munition
set off	class=explode	cameo=183	needs=weapon
rape	class=sexual	cameo=1821	needs=victim
sexual violence	class=sexual	cameo=1821
besiege	class=clash	cameo=191
siege	class=clash	cameo=191	pos=n
go on strike	class=protest	cameo=143
went on strike	class=protest	cameo=143
gone on strike	class=protest	cameo=143
general strike	class=protest	cameo=143
labour strike	class=protest	cameo=143
labor strike	class=protest	cameo=143
workers' strike	class=protest	cameo=143
strike action	class=protest	cameo=143
block road	class=protest	cameo=144
blockade	class=protest	cameo=144
boycott	class=protest	cameo=143	scope=all
defuse	class=disrupt	cameo=172
defused	class=disrupt	cameo=172
foil	class=disrupt	cameo=172	needs=weapon

# --- verbal and diplomatic exchanges (only with --scope all)
say	class=statement	cameo=010	scope=all
condemn	class=statement	cameo=122	scope=all
threaten	class=threat	cameo=130	scope=all
warn	class=threat	cameo=130	scope=all
meet	class=talks	cameo=040	scope=all
talks	class=talks	cameo=040	scope=all
discuss	class=talks	cameo=040	scope=all
