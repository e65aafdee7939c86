# context.lex — words that show a sentence is not about political violence,
#
# phrase<TAB>context=accident|sport|business|fiction
#
# The coder (src/assemble.c) will not take an attack, clash or killing word as
# political violence in a sentence that also holds one of these words (for
# accident: outside the trigger itself, so "exchanged fire" is no fire), unless
# the sentence names a weapon (accident), or a toll (business).

# --- accidents and disasters
crash	context=accident
accident	context=accident
earthquake	context=accident
flood	context=accident
storm	context=accident
collision	context=accident
blaze	context=accident
landslide	context=accident
cyclone	context=accident
hurricane	context=accident
typhoon	context=accident
tsunami	context=accident
disease	context=accident
virus	context=accident
outbreak	context=accident
overdose	context=accident
illness	context=accident
cancer	context=accident
heart	context=accident
derail	context=accident
capsize	context=accident
collapse	context=accident
avalanche	context=accident
heatwave	context=accident
drown	context=accident
stampede	context=accident
lightning	context=accident
wave	context=accident
quake	context=accident
famine	context=accident
drought	context=accident
mudslide	context=accident
eruption	context=accident
refinery	context=accident
factory	context=accident
boiler	context=accident
furnace	context=accident
pipeline	context=accident
fireworks	context=accident
astronaut	context=accident
shuttle	context=accident
mine	context=accident
leak	context=accident

# --- sport
match	context=sport
team	context=sport
squad	context=sport
goal	context=sport
penalty	context=sport
coach	context=sport
player	context=sport
league	context=sport
cup	context=sport
champion	context=sport
championship	context=sport
rugby	context=sport
football	context=sport
tennis	context=sport
cricket	context=sport
striker	context=sport
midfielder	context=sport
defender	context=sport
referee	context=sport
fixture	context=sport
season	context=sport
tournament	context=sport
medal	context=sport
olympic	context=sport
derby	context=sport
semi-final	context=sport
final	context=sport
qualifier	context=sport
race	context=sport
title	context=sport

# --- company and market news
dlr	context=business
dlrs	context=business
contract	context=business
shares	context=business
profit	context=business
revenue	context=business
subsidiary	context=business
corp	context=business
inc	context=business
ltd	context=business
plc	context=business
stock	context=business
investor	context=business
earnings	context=business
dividend	context=business
quarterly	context=business

# --- films, games, books, songs
movie	context=fiction
film	context=fiction
novel	context=fiction
drama	context=fiction
sequel	context=fiction
plot	context=fiction
album	context=fiction
song	context=fiction
screenplay	context=fiction
actor	context=fiction
actress	context=fiction
starring	context=fiction
game	context=fiction
gamer	context=fiction
videogame	context=fiction
episode	context=fiction
sitcom	context=fiction
thriller	context=fiction
musical	context=fiction
comic	context=fiction
screen	context=fiction
hollywood	context=fiction
playstation	context=fiction
xbox	context=fiction
