# regions.lex -- continents, world regions, oceans and seas: places larger
# than a country that news names ("across Africa", "the Middle East"), with
# the adjectives that name them ("European markets").  sitrep geo lists them
# with precision "region"; the event coder does not use them (an event needs
# a country at least).
#
# Format as countries.lex: phrase<TAB>key=value...
#   type       name      a name of the region;
#              demonym   an adjective naming it ("African"); plurals name
#                        people and are not listed.
#   lat, lon   decimal degrees of the region's map point: for continents the
#              point of their GeoNames feature (GeoNames, CC BY 4.0), as
#              for the Middle East, North Africa, the Atlantic and Indian
#              oceans; for the others a point near the middle of the region
#              or water body (the Mediterranean's is between GeoNames' and
#              Wikipedia's, the Pacific's Wikipedia's).
#   geonameid  the region's GeoNames id, where it has one.
#   case       exact: only as written ("EU", not "eu").
#   of         the name to show, for abbreviations ("EU").
# The European Union is placed at Europe's point.
# Phrases are matched case-insensitively but must be capitalised in the text.
# See docs/geoparser.md.

Africa	type=name	lat=7.1881	lon=21.09375	geonameid=6255146
African	type=demonym	lat=7.1881	lon=21.09375	geonameid=6255146
Asia	type=name	lat=29.84064	lon=89.29688	geonameid=6255147
Asian	type=demonym	lat=29.84064	lon=89.29688	geonameid=6255147
Europe	type=name	lat=48.69096	lon=9.14062	geonameid=6255148
European	type=demonym	lat=48.69096	lon=9.14062	geonameid=6255148
North America	type=name	lat=46.07323	lon=-100.54688	geonameid=6255149
North American	type=demonym	lat=46.07323	lon=-100.54688	geonameid=6255149
South America	type=name	lat=-14.60485	lon=-57.65625	geonameid=6255150
South American	type=demonym	lat=-14.60485	lon=-57.65625	geonameid=6255150
European Union	type=name	lat=48.69096	lon=9.14062
EU	type=name	lat=48.69096	lon=9.14062	case=exact	of=European Union
E.U.	type=name	lat=48.69096	lon=9.14062	case=exact	of=European Union
Oceania	type=name	lat=-18.31281	lon=138.51562	geonameid=6255151
Antarctica	type=name	lat=-78.15856	lon=16.40626	geonameid=6255152
Antarctic	type=demonym	lat=-78.15856	lon=16.40626	geonameid=6255152
Americas	type=name	lat=10	lon=-85
Latin America	type=name	lat=-5	lon=-65
Latin American	type=demonym	lat=-5	lon=-65
Central America	type=name	lat=13.5	lon=-86
Central American	type=demonym	lat=13.5	lon=-86
Caribbean	type=name	lat=16	lon=-72
Middle East	type=name	lat=33.13906	lon=35.85869	geonameid=6269133
Mideast	type=name	lat=33.13906	lon=35.85869	geonameid=6269133
Middle Eastern	type=demonym	lat=33.13906	lon=35.85869	geonameid=6269133
Near East	type=name	lat=33	lon=38
Gulf region	type=name	lat=26	lon=51
Persian Gulf	type=name	lat=26.5	lon=52
North Africa	type=name	lat=32.95337	lon=9.97559	geonameid=7729887
North African	type=demonym	lat=32.95337	lon=9.97559	geonameid=7729887
West Africa	type=name	lat=12	lon=-3
West African	type=demonym	lat=12	lon=-3
East Africa	type=name	lat=0	lon=37
East African	type=demonym	lat=0	lon=37
Central Africa	type=name	lat=2	lon=20
Southern Africa	type=name	lat=-22	lon=25
Sub-Saharan Africa	type=name	lat=2	lon=20
Horn of Africa	type=name	lat=8	lon=45
Sahel	type=name	lat=15	lon=5
Maghreb	type=name	lat=31	lon=3
Western Europe	type=name	lat=48	lon=5
Eastern Europe	type=name	lat=50	lon=27
Eastern European	type=demonym	lat=50	lon=27
Central Europe	type=name	lat=49	lon=15
Northern Europe	type=name	lat=60	lon=15
Southern Europe	type=name	lat=41	lon=15
Scandinavia	type=name	lat=62	lon=15
Scandinavian	type=demonym	lat=62	lon=15
Balkans	type=name	lat=43	lon=20
Baltic states	type=name	lat=57	lon=24
Caucasus	type=name	lat=42.5	lon=45
Central Asia	type=name	lat=43	lon=65
Central Asian	type=demonym	lat=43	lon=65
South Asia	type=name	lat=23	lon=80
South Asian	type=demonym	lat=23	lon=80
Southeast Asia	type=name	lat=10	lon=110
Southeast Asian	type=demonym	lat=10	lon=110
East Asia	type=name	lat=35	lon=120
East Asian	type=demonym	lat=35	lon=120
Asia-Pacific	type=name	lat=10	lon=130
Korean Peninsula	type=name	lat=38	lon=127.5
Indian subcontinent	type=name	lat=23	lon=80
Siberia	type=name	lat=60	lon=105
Arctic	type=name	lat=78	lon=0
Pacific	type=name	lat=0	lon=-160
Pacific Ocean	type=name	lat=0	lon=-160
Atlantic	type=name	lat=10	lon=-25	geonameid=3373405
Atlantic Ocean	type=name	lat=10	lon=-25	geonameid=3373405
Indian Ocean	type=name	lat=-10	lon=70	geonameid=1545739
Arctic Ocean	type=name	lat=85	lon=0
Southern Ocean	type=name	lat=-60	lon=90
Mediterranean	type=name	lat=35	lon=19	geonameid=363196
Mediterranean Sea	type=name	lat=35	lon=19	geonameid=363196
Black Sea	type=name	lat=43.5	lon=34
Caspian Sea	type=name	lat=42	lon=51
Red Sea	type=name	lat=20	lon=38.5
Baltic Sea	type=name	lat=58	lon=20
North Sea	type=name	lat=56	lon=3
South China Sea	type=name	lat=13	lon=114
East China Sea	type=name	lat=29	lon=125
Sea of Japan	type=name	lat=40	lon=135
Gulf of Mexico	type=name	lat=25	lon=-90
Gulf of Aden	type=name	lat=12	lon=48
Arabian Sea	type=name	lat=15	lon=65
Caribbean Sea	type=name	lat=15	lon=-75
Aegean Sea	type=name	lat=38.5	lon=25
Adriatic Sea	type=name	lat=43	lon=15
Sinai Peninsula	type=name	lat=29.5	lon=33.8
Arabian Peninsula	type=name	lat=23	lon=48
