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
#   base     a base, camp or headquarters set up         Headquarters or base established
#   transfer control handed over without a fight        Non-violent transfer of territory
#   group_change mergers, allegiances, dissolutions      Change to group/activity
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
#   statement, threat, talks   verbal and diplomatic events (CAMEO roots
#            01-17 below ACLED's): Strategic developments / Other with the
#            entry's own code, only with scope=all
# scope=all: the entry is matched only under `sitrep code --scope all`.
# CAMEO codes follow the CAMEO 1.1b3 codebook: 19x fight, 18x assault,
# 17x coerce, 14x protest, 08x yield, 05x diplomatic cooperation; the last
# section covers roots 01-17 (docs/lexicons-core.md has the table).

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
# --- armed groups' non-violent moves (ACLED Strategic developments; they need
# an armed group or force named in the sentence)
set up a base	class=base	cameo=150
set up base	class=base	cameo=150
set up a camp	class=base	cameo=150
set up camp	class=base	cameo=150
set up a headquarters	class=base	cameo=150
set up headquarters	class=base	cameo=150
establish a base	class=base	cameo=150
establish a camp	class=base	cameo=150
establish a headquarters	class=base	cameo=150
establish headquarters	class=base	cameo=150
open a base	class=base	cameo=150
build a base	class=base	cameo=150
hand over control	class=transfer	cameo=0874
cede control	class=transfer	cameo=0874
relinquish control	class=transfer	cameo=0874
pledge allegiance	class=group_change	cameo=010
swear allegiance	class=group_change	cameo=010
swear loyalty	class=group_change	cameo=010
defect to	class=group_change	cameo=010
announce its dissolution	class=group_change	cameo=010
dissolve itself	class=group_change	cameo=010
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
condemn	class=statement	cameo=111	scope=all
threaten	class=threat	cameo=130	scope=all
warn	class=threat	cameo=130	scope=all
meet	class=talks	cameo=040	scope=all
talks	class=talks	cameo=040	scope=all
discuss	class=talks	cameo=040	scope=all

# --- verbal and diplomatic events, CAMEO roots 01-17 (only with --scope all)
# Classes: statement (01 statements, 02 appeals, 08 yielding, 09 investigation,
# 10 demands, 11 disapproval, 12 rejection), talks (03 intent to cooperate,
# 04 consultation, 05 diplomatic cooperation, 06 material cooperation, 07 aid),
# threat (13 threats, 15 force posture, 16 reduced relations, 17 coercion other
# than arrests).  Each becomes a Strategic developments / Other event with the
# entry's own code.  No phrase here holds a word that begins a default-scope
# trigger ("peace", "fire", "strike", "blockade", "protest", "launch" ...): a
# longer scope=all match would hide that trigger from the default scope.
# 01 make a public statement
comment on	class=statement	cameo=010	scope=all
issue a statement	class=statement	cameo=010	scope=all
release a statement	class=statement	cameo=010	scope=all
press conference	class=statement	cameo=010	scope=all
decline to comment	class=statement	cameo=011	scope=all
refuse to comment	class=statement	cameo=011	scope=all
no comment	class=statement	cameo=011	scope=all
express concern	class=statement	cameo=012	scope=all
voice concern	class=statement	cameo=012	scope=all
express alarm	class=statement	cameo=012	scope=all
express optimism	class=statement	cameo=013	scope=all
voice optimism	class=statement	cameo=013	scope=all
express hope	class=statement	cameo=013	scope=all
mull	class=statement	cameo=014	scope=all	pos=v
weigh options	class=statement	cameo=014	scope=all
claim responsibility	class=statement	cameo=015	scope=all
accept responsibility	class=statement	cameo=015	scope=all
admit responsibility	class=statement	cameo=015	scope=all
deny responsibility	class=statement	cameo=016	scope=all
deny involvement	class=statement	cameo=016	scope=all
plead guilty	class=statement	cameo=015	scope=all
plead not guilty	class=statement	cameo=016	scope=all
lay a wreath	class=statement	cameo=017	scope=all
minute of silence	class=statement	cameo=017	scope=all
minute's silence	class=statement	cameo=017	scope=all
express condolences	class=statement	cameo=018	scope=all
offer condolences	class=statement	cameo=018	scope=all
condolence	class=statement	cameo=018	scope=all
express sympathy	class=statement	cameo=018	scope=all
express solidarity	class=statement	cameo=018	scope=all
agree with	class=statement	cameo=019	scope=all
share the view	class=statement	cameo=019	scope=all
# 02 appeal
appeal	class=statement	cameo=020	scope=all
call on	class=statement	cameo=020	scope=all
call upon	class=statement	cameo=020	scope=all
call for	class=statement	cameo=020	scope=all
urge	class=statement	cameo=020	scope=all
plead	class=statement	cameo=020	scope=all
implore	class=statement	cameo=020	scope=all
request	class=statement	cameo=020	scope=all
plea	class=statement	cameo=020	scope=all
appeal for investment	class=statement	cameo=0211	scope=all
seek investment	class=statement	cameo=0211	scope=all
call for support	class=statement	cameo=022	scope=all
seek support	class=statement	cameo=022	scope=all
appeal for support	class=statement	cameo=022	scope=all
urge support	class=statement	cameo=022	scope=all
appeal for aid	class=statement	cameo=023	scope=all
appeal for help	class=statement	cameo=023	scope=all
appeal for assistance	class=statement	cameo=023	scope=all
call for aid	class=statement	cameo=023	scope=all
seek aid	class=statement	cameo=023	scope=all
seek help	class=statement	cameo=023	scope=all
seek assistance	class=statement	cameo=023	scope=all
request aid	class=statement	cameo=023	scope=all
request assistance	class=statement	cameo=023	scope=all
ask for help	class=statement	cameo=023	scope=all
ask for aid	class=statement	cameo=023	scope=all
seek financial aid	class=statement	cameo=0231	scope=all
seek loans	class=statement	cameo=0231	scope=all
request weapons	class=statement	cameo=0232	scope=all
appeal for humanitarian aid	class=statement	cameo=0233	scope=all
appeal for food	class=statement	cameo=0233	scope=all
call for peacekeepers	class=statement	cameo=0234	scope=all
call for reform	class=statement	cameo=024	scope=all
urge reform	class=statement	cameo=024	scope=all
call for the resignation	class=statement	cameo=0241	scope=all
call for his resignation	class=statement	cameo=0241	scope=all
urge to resign	class=statement	cameo=0241	scope=all
call for elections	class=statement	cameo=0244	scope=all
call for early elections	class=statement	cameo=0244	scope=all
call for calm	class=statement	cameo=025	scope=all
appeal for calm	class=statement	cameo=025	scope=all
urge calm	class=statement	cameo=025	scope=all
call for the release	class=statement	cameo=0253	scope=all
call for release	class=statement	cameo=0253	scope=all
urge restraint	class=statement	cameo=0256	scope=all
call for restraint	class=statement	cameo=0256	scope=all
appeal for restraint	class=statement	cameo=0256	scope=all
call for de-escalation	class=statement	cameo=0256	scope=all
urge de-escalation	class=statement	cameo=0256	scope=all
call for talks	class=statement	cameo=026	scope=all
call for dialogue	class=statement	cameo=026	scope=all
call for negotiations	class=statement	cameo=026	scope=all
urge talks	class=statement	cameo=026	scope=all
urge dialogue	class=statement	cameo=026	scope=all
call for a settlement	class=statement	cameo=027	scope=all
call for mediation	class=statement	cameo=028	scope=all
# 03 express intent to cooperate
agree	class=talks	cameo=030	scope=all
agree to	class=talks	cameo=030	scope=all
agree on	class=talks	cameo=030	scope=all
agree upon	class=talks	cameo=030	scope=all
pledge	class=talks	cameo=030	scope=all
promise	class=talks	cameo=030	scope=all
offer	class=talks	cameo=030	scope=all	pos=v
vow to cooperate	class=talks	cameo=030	scope=all
commit to	class=talks	cameo=030	scope=all
willing to	class=talks	cameo=030	scope=all
stand ready	class=talks	cameo=030	scope=all
reach a consensus	class=talks	cameo=030	scope=all
reach consensus	class=talks	cameo=030	scope=all
agree to cooperate	class=talks	cameo=030	scope=all
pledge to cooperate	class=talks	cameo=030	scope=all
will cooperate	class=talks	cameo=030	scope=all
would cooperate	class=talks	cameo=030	scope=all
agree to trade	class=talks	cameo=0311	scope=all
pledge investment	class=talks	cameo=0311	scope=all
promise investment	class=talks	cameo=0311	scope=all
agree to joint exercises	class=talks	cameo=0312	scope=all
agree to extradite	class=talks	cameo=0313	scope=all
agree to share information	class=talks	cameo=0314	scope=all
agree to share intelligence	class=talks	cameo=0314	scope=all
pledge support	class=talks	cameo=032	scope=all
promise support	class=talks	cameo=032	scope=all
offer support	class=talks	cameo=032	scope=all
will support	class=talks	cameo=032	scope=all
would support	class=talks	cameo=032	scope=all
will back	class=talks	cameo=032	scope=all
pledge aid	class=talks	cameo=033	scope=all
promise aid	class=talks	cameo=033	scope=all
offer aid	class=talks	cameo=033	scope=all
offer help	class=talks	cameo=033	scope=all
offer assistance	class=talks	cameo=033	scope=all
pledge assistance	class=talks	cameo=033	scope=all
will provide	class=talks	cameo=033	scope=all
would provide	class=talks	cameo=033	scope=all
agree to provide	class=talks	cameo=033	scope=all
will donate	class=talks	cameo=033	scope=all
pledge economic aid	class=talks	cameo=0331	scope=all
promise economic aid	class=talks	cameo=0331	scope=all
pledge military aid	class=talks	cameo=0332	scope=all
promise military aid	class=talks	cameo=0332	scope=all
pledge humanitarian aid	class=talks	cameo=0333	scope=all
will contribute troops	class=talks	cameo=0334	scope=all
offer troops	class=talks	cameo=0334	scope=all
offer its troops	class=talks	cameo=0334	scope=all
promise reform	class=talks	cameo=034	scope=all
pledge reform	class=talks	cameo=034	scope=all
promise to democratize	class=talks	cameo=034	scope=all
promise elections	class=talks	cameo=0344	scope=all
will resign	class=talks	cameo=0341	scope=all
agree to resign	class=talks	cameo=0341	scope=all
agree to step down	class=talks	cameo=0341	scope=all
offer concessions	class=talks	cameo=035	scope=all
will allow	class=talks	cameo=035	scope=all
would allow	class=talks	cameo=035	scope=all
agree to allow	class=talks	cameo=035	scope=all
agree to lift	class=talks	cameo=0351	scope=all
will release	class=talks	cameo=0353	scope=all
would release	class=talks	cameo=0353	scope=all
agree to release	class=talks	cameo=0353	scope=all
promise to release	class=talks	cameo=0353	scope=all
offer to hand over	class=talks	cameo=0353	scope=all
will withdraw	class=talks	cameo=0356	scope=all
would withdraw	class=talks	cameo=0356	scope=all
willing to withdraw	class=talks	cameo=0356	scope=all
agree to withdraw	class=talks	cameo=0356	scope=all
will evacuate	class=talks	cameo=0356	scope=all
will meet	class=talks	cameo=036	scope=all
would meet	class=talks	cameo=036	scope=all
will visit	class=talks	cameo=036	scope=all
plan to visit	class=talks	cameo=036	scope=all
agree to meet	class=talks	cameo=036	scope=all
agree to talks	class=talks	cameo=036	scope=all
agree to negotiate	class=talks	cameo=036	scope=all
offer to negotiate	class=talks	cameo=036	scope=all
offer talks	class=talks	cameo=036	scope=all
offer to meet	class=talks	cameo=036	scope=all
propose talks	class=talks	cameo=036	scope=all
willing to negotiate	class=talks	cameo=036	scope=all
ready to negotiate	class=talks	cameo=036	scope=all
ready to talk	class=talks	cameo=036	scope=all
will host	class=talks	cameo=036	scope=all
would host	class=talks	cameo=036	scope=all
invite	class=talks	cameo=036	scope=all	pos=v
invitation	class=talks	cameo=036	scope=all
agree to settle	class=talks	cameo=037	scope=all
accept a formula	class=talks	cameo=037	scope=all
accept mediation	class=talks	cameo=038	scope=all
agree to mediation	class=talks	cameo=038	scope=all
offer to mediate	class=talks	cameo=039	scope=all
offer mediation	class=talks	cameo=039	scope=all
will mediate	class=talks	cameo=039	scope=all
# 04 consult
consult	class=talks	cameo=040	scope=all
consultation	class=talks	cameo=040	scope=all
confer	class=talks	cameo=040	scope=all	pos=v
hold talks	class=talks	cameo=040	scope=all
hold a meeting	class=talks	cameo=040	scope=all
summit	class=talks	cameo=040	scope=all
dialogue	class=talks	cameo=040	scope=all
telephone	class=talks	cameo=041	scope=all	pos=v
phone	class=talks	cameo=041	scope=all	pos=v
phone call	class=talks	cameo=041	scope=all
telephone call	class=talks	cameo=041	scope=all
telephone conversation	class=talks	cameo=041	scope=all
phone conversation	class=talks	cameo=041	scope=all
speak by telephone	class=talks	cameo=041	scope=all
speak by phone	class=talks	cameo=041	scope=all
visit	class=talks	cameo=042	scope=all
pay a visit	class=talks	cameo=042	scope=all
state visit	class=talks	cameo=042	scope=all
official visit	class=talks	cameo=042	scope=all
arrive on a visit	class=talks	cameo=042	scope=all
tour	class=talks	cameo=042	scope=all	pos=v
host	class=talks	cameo=043	scope=all	pos=v
play host	class=talks	cameo=043	scope=all
receive a delegation	class=talks	cameo=043	scope=all
give a welcome	class=talks	cameo=043	scope=all
welcome ceremony	class=talks	cameo=043	scope=all
mediate	class=talks	cameo=045	scope=all
mediation	class=talks	cameo=045	scope=all
broker	class=talks	cameo=045	scope=all	pos=v
negotiate	class=talks	cameo=046	scope=all
negotiation	class=talks	cameo=046	scope=all
resume talks	class=talks	cameo=046	scope=all
resume negotiations	class=talks	cameo=046	scope=all
renew negotiations	class=talks	cameo=046	scope=all
# 05 engage in diplomatic cooperation
normalize relations	class=talks	cameo=050	scope=all
normalise relations	class=talks	cameo=050	scope=all
normalize ties	class=talks	cameo=050	scope=all
normalise ties	class=talks	cameo=050	scope=all
normalization	class=talks	cameo=050	scope=all
normalisation	class=talks	cameo=050	scope=all
upgrade relations	class=talks	cameo=050	scope=all
upgrade ties	class=talks	cameo=050	scope=all
upgrade diplomatic ties	class=talks	cameo=050	scope=all
improve relations	class=talks	cameo=050	scope=all
improve ties	class=talks	cameo=050	scope=all
praise	class=talks	cameo=051	scope=all
commend	class=talks	cameo=051	scope=all
laud	class=talks	cameo=051	scope=all
hail	class=talks	cameo=051	scope=all	pos=v
applaud	class=talks	cameo=051	scope=all
welcome	class=talks	cameo=051	scope=all	pos=v
endorse	class=talks	cameo=051	scope=all
endorsement	class=talks	cameo=051	scope=all
express support	class=talks	cameo=051	scope=all
voice support	class=talks	cameo=051	scope=all
express gratitude	class=talks	cameo=051	scope=all
support	class=talks	cameo=051	scope=all	pos=v
defend the right	class=talks	cameo=052	scope=all
defend the decision	class=talks	cameo=052	scope=all
come to the defence	class=talks	cameo=052	scope=all
come to the defense	class=talks	cameo=052	scope=all
mobilize support	class=talks	cameo=053	scope=all
mobilise support	class=talks	cameo=053	scope=all
drum up support	class=talks	cameo=053	scope=all
lobby for	class=talks	cameo=053	scope=all
campaign for	class=talks	cameo=053	scope=all
recognize	class=talks	cameo=054	scope=all	pos=v
recognise	class=talks	cameo=054	scope=all	pos=v
diplomatic recognition	class=talks	cameo=054	scope=all
establish diplomatic relations	class=talks	cameo=054	scope=all
establish diplomatic ties	class=talks	cameo=054	scope=all
establish relations	class=talks	cameo=054	scope=all
establish ties	class=talks	cameo=054	scope=all
restore diplomatic relations	class=talks	cameo=054	scope=all
restore diplomatic ties	class=talks	cameo=054	scope=all
restore relations	class=talks	cameo=054	scope=all
restore ties	class=talks	cameo=054	scope=all
reopen its embassy	class=talks	cameo=054	scope=all
reopen the embassy	class=talks	cameo=054	scope=all
apologize	class=talks	cameo=055	scope=all
apologise	class=talks	cameo=055	scope=all
apology	class=talks	cameo=055	scope=all
forgive	class=talks	cameo=056	scope=all
reconcile	class=talks	cameo=056	scope=all
reconciliation	class=talks	cameo=056	scope=all
sign an agreement	class=talks	cameo=057	scope=all
sign the agreement	class=talks	cameo=057	scope=all
sign agreement	class=talks	cameo=057	scope=all
sign a treaty	class=talks	cameo=057	scope=all
sign the treaty	class=talks	cameo=057	scope=all
sign treaty	class=talks	cameo=057	scope=all
sign a deal	class=talks	cameo=057	scope=all
sign the deal	class=talks	cameo=057	scope=all
sign an accord	class=talks	cameo=057	scope=all
sign the accord	class=talks	cameo=057	scope=all
sign a pact	class=talks	cameo=057	scope=all
sign the pact	class=talks	cameo=057	scope=all
sign a memorandum	class=talks	cameo=057	scope=all
sign the memorandum	class=talks	cameo=057	scope=all
sign a protocol	class=talks	cameo=057	scope=all
sign a declaration	class=talks	cameo=057	scope=all
sign a joint declaration	class=talks	cameo=057	scope=all
memorandum of understanding	class=talks	cameo=057	scope=all
ratify	class=talks	cameo=057	scope=all
ratification	class=talks	cameo=057	scope=all
treaty of friendship	class=talks	cameo=057	scope=all
friendship treaty	class=talks	cameo=057	scope=all
# 06 engage in material cooperation
cooperate	class=talks	cameo=060	scope=all
co-operate	class=talks	cameo=060	scope=all
cooperation	class=talks	cameo=060	scope=all
collaborate	class=talks	cameo=060	scope=all
collaboration	class=talks	cameo=060	scope=all
share expertise	class=talks	cameo=060	scope=all
economic cooperation	class=talks	cameo=061	scope=all
trade agreement	class=talks	cameo=061	scope=all
free-trade agreement	class=talks	cameo=061	scope=all
free-trade pact	class=talks	cameo=061	scope=all
free trade agreement	class=talks	cameo=061	scope=all
joint venture	class=talks	cameo=061	scope=all
military cooperation	class=talks	cameo=062	scope=all
defence cooperation	class=talks	cameo=062	scope=all
defense cooperation	class=talks	cameo=062	scope=all
security cooperation	class=talks	cameo=062	scope=all
joint exercise	class=talks	cameo=062	scope=all
joint military exercise	class=talks	cameo=062	scope=all
joint drill	class=talks	cameo=062	scope=all
joint naval exercise	class=talks	cameo=062	scope=all
joint patrol	class=talks	cameo=062	scope=all
extradite	class=talks	cameo=063	scope=all
extradition	class=talks	cameo=063	scope=all
judicial cooperation	class=talks	cameo=063	scope=all
share evidence	class=talks	cameo=063	scope=all
share intelligence	class=talks	cameo=064	scope=all
share information	class=talks	cameo=064	scope=all
intelligence sharing	class=talks	cameo=064	scope=all
information sharing	class=talks	cameo=064	scope=all
intelligence cooperation	class=talks	cameo=064	scope=all
# 07 provide aid
provide aid	class=talks	cameo=070	scope=all
provide assistance	class=talks	cameo=070	scope=all
send aid	class=talks	cameo=070	scope=all
aid package	class=talks	cameo=070	scope=all
donate	class=talks	cameo=070	scope=all
donation	class=talks	cameo=070	scope=all
hand over aid	class=talks	cameo=070	scope=all
economic aid	class=talks	cameo=071	scope=all
financial aid	class=talks	cameo=071	scope=all
financial assistance	class=talks	cameo=071	scope=all
economic assistance	class=talks	cameo=071	scope=all
development aid	class=talks	cameo=071	scope=all
debt relief	class=talks	cameo=071	scope=all
military aid	class=talks	cameo=072	scope=all
military assistance	class=talks	cameo=072	scope=all
arms shipment	class=talks	cameo=072	scope=all
arms sale	class=talks	cameo=072	scope=all
send arms	class=talks	cameo=072	scope=all
send weapons	class=talks	cameo=072	scope=all
supply arms	class=talks	cameo=072	scope=all
supply weapons	class=talks	cameo=072	scope=all
humanitarian aid	class=talks	cameo=073	scope=all
humanitarian assistance	class=talks	cameo=073	scope=all
food aid	class=talks	cameo=073	scope=all
emergency aid	class=talks	cameo=073	scope=all
relief supplies	class=talks	cameo=073	scope=all
relief aid	class=talks	cameo=073	scope=all
deliver aid	class=talks	cameo=073	scope=all
medical aid	class=talks	cameo=073	scope=all
deploy peacekeepers	class=talks	cameo=074	scope=all
send peacekeepers	class=talks	cameo=074	scope=all
contribute troops	class=talks	cameo=074	scope=all
peacekeeping mandate	class=talks	cameo=074	scope=all
grant asylum	class=talks	cameo=075	scope=all
give asylum	class=talks	cameo=075	scope=all
political asylum	class=talks	cameo=075	scope=all
# 08 yield
concede	class=statement	cameo=080	scope=all
concession	class=statement	cameo=080	scope=all
make concessions	class=statement	cameo=080	scope=all
back down	class=statement	cameo=080	scope=all
give in to	class=statement	cameo=080	scope=all
bow to	class=statement	cameo=080	scope=all
yield to	class=statement	cameo=080	scope=all
pay compensation	class=statement	cameo=080	scope=all
reopen the border	class=statement	cameo=080	scope=all
reopen its border	class=statement	cameo=080	scope=all
re-open its borders	class=statement	cameo=080	scope=all
lift the ban	class=statement	cameo=081	scope=all
lift a ban	class=statement	cameo=081	scope=all
lift ban	class=statement	cameo=081	scope=all
lift restrictions	class=statement	cameo=081	scope=all
lift the restrictions	class=statement	cameo=081	scope=all
ease restrictions	class=statement	cameo=081	scope=all
relax restrictions	class=statement	cameo=081	scope=all
cancel restrictions	class=statement	cameo=081	scope=all
lift the curfew	class=statement	cameo=0813	scope=all
lift a curfew	class=statement	cameo=0813	scope=all
lift curfew	class=statement	cameo=0813	scope=all
ease the curfew	class=statement	cameo=0813	scope=all
shorten the curfew	class=statement	cameo=0813	scope=all
lift the state of emergency	class=statement	cameo=0814	scope=all
lift a state of emergency	class=statement	cameo=0814	scope=all
lift martial law	class=statement	cameo=0814	scope=all
end the state of emergency	class=statement	cameo=0814	scope=all
ease emergency measures	class=statement	cameo=0814	scope=all
call off	class=statement	cameo=082	scope=all
accede to	class=statement	cameo=083	scope=all
accept demands	class=statement	cameo=083	scope=all
accept the demands	class=statement	cameo=083	scope=all
meet the demands	class=statement	cameo=083	scope=all
resign	class=statement	cameo=0831	scope=all
resignation	class=statement	cameo=0831	scope=all
step down	class=statement	cameo=0831	scope=all
release prisoners	class=statement	cameo=0841	scope=all
release hostages	class=statement	cameo=0841	scope=all
release detainees	class=statement	cameo=0841	scope=all
release political prisoners	class=statement	cameo=0841	scope=all
prisoner release	class=statement	cameo=0841	scope=all
prisoner swap	class=statement	cameo=0841	scope=all
free prisoners	class=statement	cameo=0841	scope=all
free hostages	class=statement	cameo=0841	scope=all
hand back	class=statement	cameo=0842	scope=all
return property	class=statement	cameo=0842	scope=all
lift sanctions	class=statement	cameo=085	scope=all
lift the sanctions	class=statement	cameo=085	scope=all
ease sanctions	class=statement	cameo=085	scope=all
ease the sanctions	class=statement	cameo=085	scope=all
lift the embargo	class=statement	cameo=085	scope=all
lift an embargo	class=statement	cameo=085	scope=all
lift embargo	class=statement	cameo=085	scope=all
allow inspectors	class=statement	cameo=0862	scope=all
admit inspectors	class=statement	cameo=0862	scope=all
accept peacekeepers	class=statement	cameo=0861	scope=all
receive observers	class=statement	cameo=086	scope=all
humanitarian access	class=statement	cameo=0863	scope=all
allow aid	class=statement	cameo=0863	scope=all
withdraw troops	class=statement	cameo=0874	scope=all
withdraw its troops	class=statement	cameo=0874	scope=all
withdraw forces	class=statement	cameo=0874	scope=all
withdraw its forces	class=statement	cameo=0874	scope=all
troop withdrawal	class=statement	cameo=0874	scope=all
withdrawal of troops	class=statement	cameo=0874	scope=all
withdrawal of forces	class=statement	cameo=0874	scope=all
pull out troops	class=statement	cameo=0874	scope=all
withdrawal	class=statement	cameo=0874	scope=all
pull back	class=statement	cameo=0874	scope=all
retreat	class=statement	cameo=0874	scope=all
surrender	class=statement	cameo=0874	scope=all
lay down arms	class=statement	cameo=0874	scope=all
lay down their arms	class=statement	cameo=0874	scope=all
demobilize	class=statement	cameo=0873	scope=all
demobilise	class=statement	cameo=0873	scope=all
demobilization	class=statement	cameo=0873	scope=all
demobilisation	class=statement	cameo=0873	scope=all
disarm	class=statement	cameo=0873	scope=all
disarmament	class=statement	cameo=0873	scope=all
# 09 investigate
investigate	class=statement	cameo=090	scope=all
investigation	class=statement	cameo=090	scope=all
probe	class=statement	cameo=090	scope=all
inquiry	class=statement	cameo=090	scope=all
enquiry	class=statement	cameo=090	scope=all
inquest	class=statement	cameo=090	scope=all
look into	class=statement	cameo=090	scope=all
fact-finding	class=statement	cameo=090	scope=all
inspect	class=statement	cameo=090	scope=all
corruption investigation	class=statement	cameo=091	scope=all
corruption probe	class=statement	cameo=091	scope=all
fraud investigation	class=statement	cameo=091	scope=all
investigate corruption	class=statement	cameo=091	scope=all
investigate fraud	class=statement	cameo=091	scope=all
investigate abuses	class=statement	cameo=092	scope=all
investigate human rights abuses	class=statement	cameo=092	scope=all
human rights investigation	class=statement	cameo=092	scope=all
investigate war crimes	class=statement	cameo=094	scope=all
investigate alleged war crimes	class=statement	cameo=094	scope=all
war crimes investigation	class=statement	cameo=094	scope=all
war crimes probe	class=statement	cameo=094	scope=all
# 10 demand
demand	class=statement	cameo=100	scope=all	pos=v
insist	class=statement	cameo=100	scope=all
reiterate its demand	class=statement	cameo=100	scope=all
reiterate their demand	class=statement	cameo=100	scope=all
renew its demand	class=statement	cameo=100	scope=all
renew their demand	class=statement	cameo=100	scope=all
repeat its demand	class=statement	cameo=100	scope=all
repeat their demand	class=statement	cameo=100	scope=all
demand that	class=statement	cameo=100	scope=all
press for	class=statement	cameo=100	scope=all
pressure	class=statement	cameo=100	scope=all	pos=v
put pressure on	class=statement	cameo=100	scope=all
demand an apology	class=statement	cameo=100	scope=all
demand an explanation	class=statement	cameo=100	scope=all
demand compensation	class=statement	cameo=100	scope=all
demand support	class=statement	cameo=102	scope=all
demand aid	class=statement	cameo=103	scope=all
demand reform	class=statement	cameo=104	scope=all
demand political reforms	class=statement	cameo=104	scope=all
demand autonomy	class=statement	cameo=104	scope=all
demand independence	class=statement	cameo=104	scope=all
demand the resignation	class=statement	cameo=1041	scope=all
demand his resignation	class=statement	cameo=1041	scope=all
demand the removal	class=statement	cameo=1041	scope=all
demand elections	class=statement	cameo=1044	scope=all
demand new elections	class=statement	cameo=1044	scope=all
demand the release	class=statement	cameo=1053	scope=all
demand release	class=statement	cameo=1053	scope=all
demand the return	class=statement	cameo=1053	scope=all
demand access	class=statement	cameo=1055	scope=all
demand the withdrawal	class=statement	cameo=1056	scope=all
demand withdrawal	class=statement	cameo=1056	scope=all
demand talks	class=statement	cameo=106	scope=all
demand a meeting	class=statement	cameo=106	scope=all
demand negotiations	class=statement	cameo=106	scope=all
# 11 disapprove
disapprove	class=statement	cameo=110	scope=all
disapproval	class=statement	cameo=110	scope=all
object to	class=statement	cameo=110	scope=all
criticize	class=statement	cameo=111	scope=all
criticise	class=statement	cameo=111	scope=all
criticism	class=statement	cameo=111	scope=all
denounce	class=statement	cameo=111	scope=all
denunciation	class=statement	cameo=111	scope=all
condemnation	class=statement	cameo=111	scope=all
deplore	class=statement	cameo=111	scope=all
decry	class=statement	cameo=111	scope=all
lambast	class=statement	cameo=111	scope=all
lambaste	class=statement	cameo=111	scope=all
censure	class=statement	cameo=111	scope=all
rebuke	class=statement	cameo=111	scope=all
chastise	class=statement	cameo=111	scope=all
castigate	class=statement	cameo=111	scope=all
accuse	class=statement	cameo=112	scope=all
accusation	class=statement	cameo=112	scope=all
allege	class=statement	cameo=112	scope=all
blame	class=statement	cameo=112	scope=all
hold responsible	class=statement	cameo=112	scope=all
accuse of corruption	class=statement	cameo=1121	scope=all
accuse of violating	class=statement	cameo=112	scope=all
call for sanctions	class=statement	cameo=113	scope=all
urge sanctions	class=statement	cameo=113	scope=all
complain	class=statement	cameo=114	scope=all
complaint	class=statement	cameo=114	scope=all
lodge a complaint	class=statement	cameo=114	scope=all
formal complaint	class=statement	cameo=114	scope=all
summon	class=statement	cameo=114	scope=all	pos=v
sue	class=statement	cameo=115	scope=all	pos=v
lawsuit	class=statement	cameo=115	scope=all
file suit	class=statement	cameo=115	scope=all
find guilty	class=statement	cameo=116	scope=all
found guilty	class=statement	cameo=116	scope=all
convict	class=statement	cameo=116	scope=all	pos=v
sentence to	class=statement	cameo=116	scope=all
# 12 reject
reject	class=statement	cameo=120	scope=all
rejection	class=statement	cameo=120	scope=all
refuse	class=statement	cameo=120	scope=all
refusal	class=statement	cameo=120	scope=all
turn down	class=statement	cameo=120	scope=all
rebuff	class=statement	cameo=120	scope=all
spurn	class=statement	cameo=120	scope=all
dismiss	class=statement	cameo=120	scope=all	pos=v
oppose	class=statement	cameo=120	scope=all	pos=v
decline to	class=statement	cameo=120	scope=all
renege	class=statement	cameo=120	scope=all
reject the proposal	class=statement	cameo=120	scope=all
reject the offer	class=statement	cameo=120	scope=all
refuse assistance	class=statement	cameo=122	scope=all
reject aid	class=statement	cameo=122	scope=all
reject calls	class=statement	cameo=120	scope=all
reject reforms	class=statement	cameo=123	scope=all
refuse to resign	class=statement	cameo=1231	scope=all
refuse to step down	class=statement	cameo=1231	scope=all
decline to resign	class=statement	cameo=1231	scope=all
refuse to release	class=statement	cameo=1243	scope=all
refuse to lift	class=statement	cameo=1241	scope=all
refuse to allow	class=statement	cameo=1245	scope=all
refuse admission	class=statement	cameo=1245	scope=all
refuse to withdraw	class=statement	cameo=1246	scope=all
refuse to meet	class=statement	cameo=125	scope=all
refuse to negotiate	class=statement	cameo=125	scope=all
reject talks	class=statement	cameo=125	scope=all
reject the invitation	class=statement	cameo=125	scope=all
decline an invitation	class=statement	cameo=125	scope=all
reject mediation	class=statement	cameo=126	scope=all
oppose mediation	class=statement	cameo=126	scope=all
reject the plan	class=statement	cameo=127	scope=all
defy	class=statement	cameo=128	scope=all
defiance	class=statement	cameo=128	scope=all
flout	class=statement	cameo=128	scope=all
violate	class=statement	cameo=128	scope=all
violation	class=statement	cameo=128	scope=all
veto	class=statement	cameo=129	scope=all
# 13 threaten
threat	class=threat	cameo=130	scope=all	pos=n
intimidate	class=threat	cameo=130	scope=all
threaten sanctions	class=threat	cameo=1312	scope=all
threaten to impose sanctions	class=threat	cameo=1312	scope=all
threaten to cut aid	class=threat	cameo=1311	scope=all
threaten to boycott	class=threat	cameo=133	scope=all
threaten to cut ties	class=threat	cameo=1313	scope=all
threaten to sever ties	class=threat	cameo=1313	scope=all
threaten to sever relations	class=threat	cameo=1313	scope=all
threaten to break off relations	class=threat	cameo=1313	scope=all
threaten to break relations	class=threat	cameo=1313	scope=all
threaten to ban	class=threat	cameo=132	scope=all
threaten to impose restrictions	class=threat	cameo=132	scope=all
threaten to impose a curfew	class=threat	cameo=1323	scope=all
threaten to quit talks	class=threat	cameo=134	scope=all
threaten to walk out	class=threat	cameo=134	scope=all
threaten to suspend talks	class=threat	cameo=134	scope=all
threaten to withdraw	class=threat	cameo=136	scope=all
threaten to pull out	class=threat	cameo=136	scope=all
threaten to expel	class=threat	cameo=136	scope=all
threaten military action	class=threat	cameo=138	scope=all
threaten force	class=threat	cameo=138	scope=all
threaten to use force	class=threat	cameo=138	scope=all
threaten retaliation	class=threat	cameo=138	scope=all
threaten to retaliate	class=threat	cameo=138	scope=all
threaten to invade	class=threat	cameo=1382	scope=all
vow revenge	class=threat	cameo=138	scope=all
vow to retaliate	class=threat	cameo=138	scope=all
ultimatum	class=threat	cameo=139	scope=all
# 14 protest (the demonstrations themselves are default scope)
petition	class=statement	cameo=140	scope=all
signature campaign	class=statement	cameo=140	scope=all
collect signatures	class=statement	cameo=140	scope=all
# 15 exhibit force posture
mobilize	class=threat	cameo=154	scope=all
mobilise	class=threat	cameo=154	scope=all
mobilization	class=threat	cameo=154	scope=all
mobilisation	class=threat	cameo=154	scope=all
deploy troops	class=threat	cameo=154	scope=all
deploy more troops	class=threat	cameo=154	scope=all
send troops	class=threat	cameo=154	scope=all
send reinforcements	class=threat	cameo=154	scope=all
dispatch troops	class=threat	cameo=154	scope=all
troop buildup	class=threat	cameo=154	scope=all
troop build-up	class=threat	cameo=154	scope=all
military buildup	class=threat	cameo=154	scope=all
military build-up	class=threat	cameo=154	scope=all
mass troops	class=threat	cameo=154	scope=all
amass troops	class=threat	cameo=154	scope=all
strengthen its forces	class=threat	cameo=154	scope=all
call up reservists	class=threat	cameo=154	scope=all
high alert	class=threat	cameo=152	scope=all
on alert	class=threat	cameo=152	scope=all
state of alert	class=threat	cameo=152	scope=all
maximum alert	class=threat	cameo=152	scope=all
heightened alert	class=threat	cameo=152	scope=all
military exercise	class=threat	cameo=150	scope=all
military drill	class=threat	cameo=150	scope=all
naval exercise	class=threat	cameo=150	scope=all
war game	class=threat	cameo=150	scope=all
show of force	class=threat	cameo=150	scope=all
military parade	class=threat	cameo=150	scope=all
tighten security	class=threat	cameo=153	scope=all
step up security	class=threat	cameo=153	scope=all
beef up security	class=threat	cameo=153	scope=all
increase patrols	class=threat	cameo=153	scope=all
step up patrols	class=threat	cameo=153	scope=all
security alert	class=threat	cameo=151	scope=all
# 16 reduce relations
sever ties	class=threat	cameo=161	scope=all
sever relations	class=threat	cameo=161	scope=all
sever diplomatic ties	class=threat	cameo=161	scope=all
sever diplomatic relations	class=threat	cameo=161	scope=all
break off relations	class=threat	cameo=161	scope=all
break off diplomatic relations	class=threat	cameo=161	scope=all
break off ties	class=threat	cameo=161	scope=all
cut ties	class=threat	cameo=161	scope=all
cut diplomatic ties	class=threat	cameo=161	scope=all
downgrade relations	class=threat	cameo=161	scope=all
downgrade ties	class=threat	cameo=161	scope=all
downgrade diplomatic relations	class=threat	cameo=161	scope=all
suspend relations	class=threat	cameo=161	scope=all
suspend diplomatic relations	class=threat	cameo=161	scope=all
suspend ties	class=threat	cameo=161	scope=all
recall ambassador	class=threat	cameo=161	scope=all
recall its ambassador	class=threat	cameo=161	scope=all
recall their ambassador	class=threat	cameo=161	scope=all
recall the ambassador	class=threat	cameo=161	scope=all
recall its envoy	class=threat	cameo=161	scope=all
close its embassy	class=threat	cameo=161	scope=all
close the embassy	class=threat	cameo=161	scope=all
freeze relations	class=threat	cameo=160	scope=all
freeze ties	class=threat	cameo=160	scope=all
cancel a visit	class=threat	cameo=160	scope=all
cancel the visit	class=threat	cameo=160	scope=all
cancel a planned visit	class=threat	cameo=160	scope=all
cancel his visit	class=threat	cameo=160	scope=all
call off a visit	class=threat	cameo=160	scope=all
postpone a visit	class=threat	cameo=160	scope=all
suspend flights	class=threat	cameo=160	scope=all
suspend aid	class=threat	cameo=162	scope=all
cut aid	class=threat	cameo=162	scope=all
cut off aid	class=threat	cameo=162	scope=all
halt aid	class=threat	cameo=162	scope=all
stop aid	class=threat	cameo=162	scope=all
freeze aid	class=threat	cameo=162	scope=all
withhold aid	class=threat	cameo=162	scope=all
prohibit aid	class=threat	cameo=162	scope=all
prohibit all aid	class=threat	cameo=162	scope=all
reduce aid	class=threat	cameo=162	scope=all
suspend economic aid	class=threat	cameo=1621	scope=all
halt economic aid	class=threat	cameo=1621	scope=all
cut economic aid	class=threat	cameo=1621	scope=all
suspend military aid	class=threat	cameo=1622	scope=all
halt military aid	class=threat	cameo=1622	scope=all
cut military aid	class=threat	cameo=1622	scope=all
suspend aid deliveries	class=threat	cameo=1623	scope=all
reduce food supplies	class=threat	cameo=1623	scope=all
suspend humanitarian aid	class=threat	cameo=1623	scope=all
sanction	class=threat	cameo=163	scope=all
impose sanctions	class=threat	cameo=163	scope=all
impose new sanctions	class=threat	cameo=163	scope=all
impose an embargo	class=threat	cameo=163	scope=all
impose embargo	class=threat	cameo=163	scope=all
embargo	class=threat	cameo=163	scope=all
arms embargo	class=threat	cameo=163	scope=all
trade embargo	class=threat	cameo=163	scope=all
oil embargo	class=threat	cameo=163	scope=all
economic sanctions	class=threat	cameo=163	scope=all
blacklist	class=threat	cameo=163	scope=all
freeze assets	class=threat	cameo=163	scope=all
asset freeze	class=threat	cameo=163	scope=all
suspend talks	class=threat	cameo=164	scope=all
halt talks	class=threat	cameo=164	scope=all
break off talks	class=threat	cameo=164	scope=all
call off talks	class=threat	cameo=164	scope=all
pull out of talks	class=threat	cameo=164	scope=all
walk out of talks	class=threat	cameo=164	scope=all
withdraw from talks	class=threat	cameo=164	scope=all
suspend negotiations	class=threat	cameo=164	scope=all
halt negotiations	class=threat	cameo=164	scope=all
break off negotiations	class=threat	cameo=164	scope=all
end mediation	class=threat	cameo=165	scope=all
suspend mediation	class=threat	cameo=165	scope=all
halt mediation	class=threat	cameo=165	scope=all
abandon mediation	class=threat	cameo=165	scope=all
end mediation efforts	class=threat	cameo=165	scope=all
expel	class=threat	cameo=166	scope=all
expulsion	class=threat	cameo=166	scope=all
expel diplomats	class=threat	cameo=166	scope=all
expel the ambassador	class=threat	cameo=166	scope=all
persona non grata	class=threat	cameo=166	scope=all
withdraw peacekeepers	class=threat	cameo=1661	scope=all
pull out peacekeepers	class=threat	cameo=1661	scope=all
expel inspectors	class=threat	cameo=1662	scope=all
expel observers	class=threat	cameo=1662	scope=all
expel aid workers	class=threat	cameo=1663	scope=all
expel aid agencies	class=threat	cameo=1663	scope=all
force out	class=threat	cameo=166	scope=all
deny entry	class=threat	cameo=166	scope=all
# the same with a possessive between verb and object ("severed its diplomatic ties")
sever its ties	class=threat	cameo=161	scope=all
sever its relations	class=threat	cameo=161	scope=all
sever its diplomatic ties	class=threat	cameo=161	scope=all
sever its diplomatic relations	class=threat	cameo=161	scope=all
sever their ties	class=threat	cameo=161	scope=all
sever their relations	class=threat	cameo=161	scope=all
sever their diplomatic ties	class=threat	cameo=161	scope=all
sever their diplomatic relations	class=threat	cameo=161	scope=all
cut its ties	class=threat	cameo=161	scope=all
cut its relations	class=threat	cameo=161	scope=all
cut its diplomatic ties	class=threat	cameo=161	scope=all
cut its diplomatic relations	class=threat	cameo=161	scope=all
cut their ties	class=threat	cameo=161	scope=all
cut their relations	class=threat	cameo=161	scope=all
cut their diplomatic ties	class=threat	cameo=161	scope=all
cut their diplomatic relations	class=threat	cameo=161	scope=all
break off its ties	class=threat	cameo=161	scope=all
break off its relations	class=threat	cameo=161	scope=all
break off its diplomatic ties	class=threat	cameo=161	scope=all
break off its diplomatic relations	class=threat	cameo=161	scope=all
break off their ties	class=threat	cameo=161	scope=all
break off their relations	class=threat	cameo=161	scope=all
break off their diplomatic ties	class=threat	cameo=161	scope=all
break off their diplomatic relations	class=threat	cameo=161	scope=all
downgrade its ties	class=threat	cameo=161	scope=all
downgrade its relations	class=threat	cameo=161	scope=all
downgrade its diplomatic ties	class=threat	cameo=161	scope=all
downgrade its diplomatic relations	class=threat	cameo=161	scope=all
downgrade their ties	class=threat	cameo=161	scope=all
downgrade their relations	class=threat	cameo=161	scope=all
downgrade their diplomatic ties	class=threat	cameo=161	scope=all
downgrade their diplomatic relations	class=threat	cameo=161	scope=all
suspend its ties	class=threat	cameo=161	scope=all
suspend its relations	class=threat	cameo=161	scope=all
suspend its diplomatic ties	class=threat	cameo=161	scope=all
suspend its diplomatic relations	class=threat	cameo=161	scope=all
suspend their ties	class=threat	cameo=161	scope=all
suspend their relations	class=threat	cameo=161	scope=all
suspend their diplomatic ties	class=threat	cameo=161	scope=all
suspend their diplomatic relations	class=threat	cameo=161	scope=all
freeze its ties	class=threat	cameo=160	scope=all
freeze its relations	class=threat	cameo=160	scope=all
freeze its diplomatic ties	class=threat	cameo=160	scope=all
freeze its diplomatic relations	class=threat	cameo=160	scope=all
freeze their ties	class=threat	cameo=160	scope=all
freeze their relations	class=threat	cameo=160	scope=all
freeze their diplomatic ties	class=threat	cameo=160	scope=all
freeze their diplomatic relations	class=threat	cameo=160	scope=all
restore its ties	class=talks	cameo=054	scope=all
restore its relations	class=talks	cameo=054	scope=all
restore its diplomatic ties	class=talks	cameo=054	scope=all
restore its diplomatic relations	class=talks	cameo=054	scope=all
restore their ties	class=talks	cameo=054	scope=all
restore their relations	class=talks	cameo=054	scope=all
restore their diplomatic ties	class=talks	cameo=054	scope=all
restore their diplomatic relations	class=talks	cameo=054	scope=all
establish its ties	class=talks	cameo=054	scope=all
establish its relations	class=talks	cameo=054	scope=all
establish its diplomatic ties	class=talks	cameo=054	scope=all
establish its diplomatic relations	class=talks	cameo=054	scope=all
establish their ties	class=talks	cameo=054	scope=all
establish their relations	class=talks	cameo=054	scope=all
establish their diplomatic ties	class=talks	cameo=054	scope=all
establish their diplomatic relations	class=talks	cameo=054	scope=all
upgrade its ties	class=talks	cameo=050	scope=all
upgrade its relations	class=talks	cameo=050	scope=all
upgrade its diplomatic ties	class=talks	cameo=050	scope=all
upgrade its diplomatic relations	class=talks	cameo=050	scope=all
upgrade their ties	class=talks	cameo=050	scope=all
upgrade their relations	class=talks	cameo=050	scope=all
upgrade their diplomatic ties	class=talks	cameo=050	scope=all
upgrade their diplomatic relations	class=talks	cameo=050	scope=all
normalize its ties	class=talks	cameo=050	scope=all
normalize its relations	class=talks	cameo=050	scope=all
normalize its diplomatic ties	class=talks	cameo=050	scope=all
normalize its diplomatic relations	class=talks	cameo=050	scope=all
normalize their ties	class=talks	cameo=050	scope=all
normalize their relations	class=talks	cameo=050	scope=all
normalize their diplomatic ties	class=talks	cameo=050	scope=all
normalize their diplomatic relations	class=talks	cameo=050	scope=all
normalise its ties	class=talks	cameo=050	scope=all
normalise its relations	class=talks	cameo=050	scope=all
normalise its diplomatic ties	class=talks	cameo=050	scope=all
normalise its diplomatic relations	class=talks	cameo=050	scope=all
normalise their ties	class=talks	cameo=050	scope=all
normalise their relations	class=talks	cameo=050	scope=all
normalise their diplomatic ties	class=talks	cameo=050	scope=all
normalise their diplomatic relations	class=talks	cameo=050	scope=all
improve its ties	class=talks	cameo=050	scope=all
improve its relations	class=talks	cameo=050	scope=all
improve its diplomatic ties	class=talks	cameo=050	scope=all
improve its diplomatic relations	class=talks	cameo=050	scope=all
improve their ties	class=talks	cameo=050	scope=all
improve their relations	class=talks	cameo=050	scope=all
improve their diplomatic ties	class=talks	cameo=050	scope=all
improve their diplomatic relations	class=talks	cameo=050	scope=all
# more: asylum, welcome, inspectors sent, a stated boycott, closed borders (CAMEO 191, restrict movement)
diplomatic asylum	class=talks	cameo=075	scope=all
give a warm welcome	class=talks	cameo=043	scope=all
send inspectors	class=statement	cameo=090	scope=all
dispatch inspectors	class=statement	cameo=090	scope=all
send investigators	class=statement	cameo=090	scope=all
dispatch investigators	class=statement	cameo=090	scope=all
will boycott	class=threat	cameo=133	scope=all
would boycott	class=threat	cameo=133	scope=all
close the border	class=threat	cameo=191	scope=all
close its border	class=threat	cameo=191	scope=all
seal the border	class=threat	cameo=191	scope=all
seal off the border	class=threat	cameo=191	scope=all
border closure	class=threat	cameo=191	scope=all
# 17 coerce (arrests, looting and burning are default scope)
coerce	class=threat	cameo=170	scope=all
coercion	class=threat	cameo=170	scope=all
blackmail	class=threat	cameo=170	scope=all
confiscate	class=threat	cameo=1711	scope=all
confiscation	class=threat	cameo=1711	scope=all
impound	class=threat	cameo=1711	scope=all
expropriate	class=threat	cameo=1711	scope=all
demolish	class=threat	cameo=1712	scope=all
demolition	class=threat	cameo=1712	scope=all
bulldoze	class=threat	cameo=1712	scope=all
impose restrictions	class=threat	cameo=172	scope=all
travel ban	class=threat	cameo=172	scope=all
ban	class=threat	cameo=172	scope=all
prohibit	class=threat	cameo=172	scope=all
censor	class=threat	cameo=1721	scope=all
censorship	class=threat	cameo=1721	scope=all
suspend publication	class=threat	cameo=1721	scope=all
information blackout	class=threat	cameo=1721	scope=all
media blackout	class=threat	cameo=1721	scope=all
internet shutdown	class=threat	cameo=1721	scope=all
internet blackout	class=threat	cameo=1721	scope=all
outlaw	class=threat	cameo=1722	scope=all	pos=v
proscribe	class=threat	cameo=1722	scope=all
curfew	class=threat	cameo=1723	scope=all
state of emergency	class=threat	cameo=1724	scope=all
martial law	class=threat	cameo=1724	scope=all
emergency rule	class=threat	cameo=1724	scope=all
deport	class=threat	cameo=174	scope=all
deportation	class=threat	cameo=174	scope=all
crackdown	class=threat	cameo=175	scope=all
crack down	class=threat	cameo=175	scope=all
