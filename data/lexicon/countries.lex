# countries.lex — countries and territories for sitrep: their names,
# demonyms and capital cities.  Loaded under the lexicon kind "country";
# tools/gazbuild also reads the type=name lines into the gazetteer.
#
# Format: UTF-8, one entry a line, "phrase<TAB>key=value<TAB>key=value...";
# lines starting with '#' are comments.  Phrases are written naturally; the
# matcher normalises case, hyphens and apostrophes.
#
# Keys:
#   iso2       ISO 3166-1 alpha-2 code (XK for Kosovo, PS for Palestine).
#   type       name     a name of the country (official, short, abbreviation,
#                       older or local form);
#              demonym  a demonym or adjective ("Iraqi", "Iraqis", "Dutch");
#              capital  the capital or seat of government, or a building used
#                       for the government ("Kremlin", "White House").
#   canonical  yes on exactly one type=name line per iso2: the display name.
#   lat, lon   decimal degrees.  On the canonical line: a representative
#              interior point of the country (the country-level map point);
#              for countries larger than a few hundred kilometres across it
#              is the point of the country's GeoNames feature (GeoNames,
#              CC BY 4.0), so that country-level places agree with the
#              GeoNames convention the gazetteer and the geoparsing corpora
#              use.  Where GeoNames' and Wikipedia's points are 150-250 km
#              apart (China 35N 105E / 35N 103E, Australia 25S 135E / 27S
#              133E) the point lies between them, within 161 km of both;
#              on capital lines: the city.
#   ambiguous  yes: the phrase has a common other meaning (a person's name,
#              a US state, another city of that name, a common word); use it
#              only with supporting context.
#   case       exact: match only when written with exactly this case
#              ("US" but not "us", "CAR" but not "car").
#
# Entries are sorted by canonical country name; within a country: canonical
# name, other names, demonyms, capitals.  Places inside a country (Gaza,
# the West Bank, Kashmir, Scotland, Crimea) are not here: they are admin
# areas in the gazetteer.

# AF Afghanistan
Afghanistan	iso2=AF	type=name	canonical=yes	lat=33	lon=66
Islamic Republic of Afghanistan	iso2=AF	type=name
Islamic Emirate of Afghanistan	iso2=AF	type=name
Afghan	iso2=AF	type=demonym
Afghans	iso2=AF	type=demonym
Kabul	iso2=AF	type=capital	lat=34.53	lon=69.17

# AX Åland Islands
Åland Islands	iso2=AX	type=name	canonical=yes	lat=60.2	lon=19.95
Aland Islands	iso2=AX	type=name
Åland	iso2=AX	type=name
Aland	iso2=AX	type=name
Mariehamn	iso2=AX	type=capital	lat=60.1	lon=19.94

# AL Albania
Albania	iso2=AL	type=name	canonical=yes	lat=41.15	lon=20.17
Republic of Albania	iso2=AL	type=name
Albanian	iso2=AL	type=demonym
Albanians	iso2=AL	type=demonym
Tirana	iso2=AL	type=capital	lat=41.33	lon=19.82
Tiranë	iso2=AL	type=capital	lat=41.33	lon=19.82

# DZ Algeria
Algeria	iso2=DZ	type=name	canonical=yes	lat=28.0	lon=2.6
People's Democratic Republic of Algeria	iso2=DZ	type=name
Algerian	iso2=DZ	type=demonym
Algerians	iso2=DZ	type=demonym
Algiers	iso2=DZ	type=capital	lat=36.75	lon=3.06

# AS American Samoa
American Samoa	iso2=AS	type=name	canonical=yes	lat=-14.3	lon=-170.7
American Samoan	iso2=AS	type=demonym
American Samoans	iso2=AS	type=demonym
Pago Pago	iso2=AS	type=capital	lat=-14.28	lon=-170.7

# AD Andorra
Andorra	iso2=AD	type=name	canonical=yes	lat=42.55	lon=1.58
Principality of Andorra	iso2=AD	type=name
Andorran	iso2=AD	type=demonym
Andorrans	iso2=AD	type=demonym
Andorra la Vella	iso2=AD	type=capital	lat=42.51	lon=1.52

# AO Angola
Angola	iso2=AO	type=name	canonical=yes	lat=-12.5	lon=18.5
Republic of Angola	iso2=AO	type=name
Angolan	iso2=AO	type=demonym
Angolans	iso2=AO	type=demonym
Luanda	iso2=AO	type=capital	lat=-8.84	lon=13.23

# AI Anguilla
Anguilla	iso2=AI	type=name	canonical=yes	lat=18.22	lon=-63.06
Anguillan	iso2=AI	type=demonym
Anguillans	iso2=AI	type=demonym

# AQ Antarctica
Antarctica	iso2=AQ	type=name	canonical=yes	lat=-80.0	lon=0.0

# AG Antigua and Barbuda
Antigua and Barbuda	iso2=AG	type=name	canonical=yes	lat=17.07	lon=-61.8
Antigua & Barbuda	iso2=AG	type=name
Antigua	iso2=AG	type=name	ambiguous=yes
Antiguan	iso2=AG	type=demonym
Antiguans	iso2=AG	type=demonym
Barbudan	iso2=AG	type=demonym
Barbudans	iso2=AG	type=demonym
St. John's	iso2=AG	type=capital	lat=17.12	lon=-61.85	ambiguous=yes
Saint John's	iso2=AG	type=capital	lat=17.12	lon=-61.85	ambiguous=yes

# AR Argentina
Argentina	iso2=AR	type=name	canonical=yes	lat=-34	lon=-64
Argentine Republic	iso2=AR	type=name
Argentine	iso2=AR	type=demonym
Argentines	iso2=AR	type=demonym
Argentinian	iso2=AR	type=demonym
Argentinians	iso2=AR	type=demonym
Argentinean	iso2=AR	type=demonym
Argentineans	iso2=AR	type=demonym
Buenos Aires	iso2=AR	type=capital	lat=-34.6	lon=-58.38

# AM Armenia
Armenia	iso2=AM	type=name	canonical=yes	lat=40.07	lon=45.04
Republic of Armenia	iso2=AM	type=name
Armenian	iso2=AM	type=demonym
Armenians	iso2=AM	type=demonym
Yerevan	iso2=AM	type=capital	lat=40.18	lon=44.51

# AW Aruba
Aruba	iso2=AW	type=name	canonical=yes	lat=12.52	lon=-69.97
Aruban	iso2=AW	type=demonym
Arubans	iso2=AW	type=demonym
Oranjestad	iso2=AW	type=capital	lat=12.52	lon=-70.03

# AU Australia
Australia	iso2=AU	type=name	canonical=yes	lat=-26	lon=134
Commonwealth of Australia	iso2=AU	type=name
Australian	iso2=AU	type=demonym
Australians	iso2=AU	type=demonym
Aussie	iso2=AU	type=demonym	ambiguous=yes
Aussies	iso2=AU	type=demonym	ambiguous=yes
Canberra	iso2=AU	type=capital	lat=-35.28	lon=149.13

# AT Austria
Austria	iso2=AT	type=name	canonical=yes	lat=47.52	lon=14.55
Republic of Austria	iso2=AT	type=name
Austrian	iso2=AT	type=demonym
Austrians	iso2=AT	type=demonym
Vienna	iso2=AT	type=capital	lat=48.21	lon=16.37
Wien	iso2=AT	type=capital	lat=48.21	lon=16.37

# AZ Azerbaijan
Azerbaijan	iso2=AZ	type=name	canonical=yes	lat=40.14	lon=47.58
Republic of Azerbaijan	iso2=AZ	type=name
Azerbaijani	iso2=AZ	type=demonym
Azerbaijanis	iso2=AZ	type=demonym
Azeri	iso2=AZ	type=demonym
Azeris	iso2=AZ	type=demonym
Baku	iso2=AZ	type=capital	lat=40.41	lon=49.87

# BS Bahamas
Bahamas	iso2=BS	type=name	canonical=yes	lat=24.5	lon=-77.9
The Bahamas	iso2=BS	type=name
Commonwealth of The Bahamas	iso2=BS	type=name
Bahamian	iso2=BS	type=demonym
Bahamians	iso2=BS	type=demonym
Nassau	iso2=BS	type=capital	lat=25.05	lon=-77.35

# BH Bahrain
Bahrain	iso2=BH	type=name	canonical=yes	lat=26.03	lon=50.55
Kingdom of Bahrain	iso2=BH	type=name
Bahraini	iso2=BH	type=demonym
Bahrainis	iso2=BH	type=demonym
Manama	iso2=BH	type=capital	lat=26.23	lon=50.59

# BD Bangladesh
Bangladesh	iso2=BD	type=name	canonical=yes	lat=23.7	lon=90.3
People's Republic of Bangladesh	iso2=BD	type=name
Bangladeshi	iso2=BD	type=demonym
Bangladeshis	iso2=BD	type=demonym
Dhaka	iso2=BD	type=capital	lat=23.81	lon=90.41
Dacca	iso2=BD	type=capital	lat=23.81	lon=90.41

# BB Barbados
Barbados	iso2=BB	type=name	canonical=yes	lat=13.19	lon=-59.54
Barbadian	iso2=BB	type=demonym
Barbadians	iso2=BB	type=demonym
Bajan	iso2=BB	type=demonym
Bajans	iso2=BB	type=demonym
Bridgetown	iso2=BB	type=capital	lat=13.1	lon=-59.61

# BY Belarus
Belarus	iso2=BY	type=name	canonical=yes	lat=53	lon=28
Republic of Belarus	iso2=BY	type=name
Byelorussia	iso2=BY	type=name
Belorussia	iso2=BY	type=name
Belarusian	iso2=BY	type=demonym
Belarusians	iso2=BY	type=demonym
Belarussian	iso2=BY	type=demonym
Belarussians	iso2=BY	type=demonym
Byelorussian	iso2=BY	type=demonym
Byelorussians	iso2=BY	type=demonym
Minsk	iso2=BY	type=capital	lat=53.9	lon=27.56

# BE Belgium
Belgium	iso2=BE	type=name	canonical=yes	lat=50.5	lon=4.47
Kingdom of Belgium	iso2=BE	type=name
Belgian	iso2=BE	type=demonym
Belgians	iso2=BE	type=demonym
Brussels	iso2=BE	type=capital	lat=50.85	lon=4.35	ambiguous=yes

# BZ Belize
Belize	iso2=BZ	type=name	canonical=yes	lat=17.19	lon=-88.5
Belizean	iso2=BZ	type=demonym
Belizeans	iso2=BZ	type=demonym
Belmopan	iso2=BZ	type=capital	lat=17.25	lon=-88.77

# BJ Benin
Benin	iso2=BJ	type=name	canonical=yes	lat=9.31	lon=2.32
Republic of Benin	iso2=BJ	type=name
Beninese	iso2=BJ	type=demonym
Beninois	iso2=BJ	type=demonym
Porto-Novo	iso2=BJ	type=capital	lat=6.5	lon=2.6
Cotonou	iso2=BJ	type=capital	lat=6.37	lon=2.43

# BM Bermuda
Bermuda	iso2=BM	type=name	canonical=yes	lat=32.32	lon=-64.76
Bermudian	iso2=BM	type=demonym
Bermudians	iso2=BM	type=demonym
Bermudan	iso2=BM	type=demonym
Bermudans	iso2=BM	type=demonym

# BT Bhutan
Bhutan	iso2=BT	type=name	canonical=yes	lat=27.5	lon=90.4
Kingdom of Bhutan	iso2=BT	type=name
Bhutanese	iso2=BT	type=demonym
Thimphu	iso2=BT	type=capital	lat=27.47	lon=89.64

# BO Bolivia
Bolivia	iso2=BO	type=name	canonical=yes	lat=-17	lon=-65
Plurinational State of Bolivia	iso2=BO	type=name
Bolivian	iso2=BO	type=demonym
Bolivians	iso2=BO	type=demonym
La Paz	iso2=BO	type=capital	lat=-16.5	lon=-68.15	ambiguous=yes
Sucre	iso2=BO	type=capital	lat=-19.04	lon=-65.26

# BA Bosnia and Herzegovina
Bosnia and Herzegovina	iso2=BA	type=name	canonical=yes	lat=43.92	lon=17.68
Bosnia & Herzegovina	iso2=BA	type=name
Bosnia-Herzegovina	iso2=BA	type=name
Bosnia	iso2=BA	type=name
BiH	iso2=BA	type=name
Bosnian	iso2=BA	type=demonym
Bosnians	iso2=BA	type=demonym
Sarajevo	iso2=BA	type=capital	lat=43.86	lon=18.41

# BW Botswana
Botswana	iso2=BW	type=name	canonical=yes	lat=-22	lon=24
Republic of Botswana	iso2=BW	type=name
Motswana	iso2=BW	type=demonym
Batswana	iso2=BW	type=demonym
Botswanan	iso2=BW	type=demonym
Botswanans	iso2=BW	type=demonym
Gaborone	iso2=BW	type=capital	lat=-24.65	lon=25.91

# BV Bouvet Island
Bouvet Island	iso2=BV	type=name	canonical=yes	lat=-54.42	lon=3.36
Bouvet	iso2=BV	type=name

# BR Brazil
Brazil	iso2=BR	type=name	canonical=yes	lat=-10	lon=-55
Federative Republic of Brazil	iso2=BR	type=name
Brasil	iso2=BR	type=name
Brazilian	iso2=BR	type=demonym
Brazilians	iso2=BR	type=demonym
Brasília	iso2=BR	type=capital	lat=-15.79	lon=-47.88
Brasilia	iso2=BR	type=capital	lat=-15.79	lon=-47.88

# IO British Indian Ocean Territory
British Indian Ocean Territory	iso2=IO	type=name	canonical=yes	lat=-7.31	lon=72.41
Chagos Islands	iso2=IO	type=name
Chagos Archipelago	iso2=IO	type=name
Diego Garcia	iso2=IO	type=name
BIOT	iso2=IO	type=name

# VG British Virgin Islands
British Virgin Islands	iso2=VG	type=name	canonical=yes	lat=18.43	lon=-64.62
BVI	iso2=VG	type=name
Virgin Islands, British	iso2=VG	type=name
Road Town	iso2=VG	type=capital	lat=18.43	lon=-64.62

# BN Brunei
Brunei	iso2=BN	type=name	canonical=yes	lat=4.54	lon=114.73
Brunei Darussalam	iso2=BN	type=name
Bruneian	iso2=BN	type=demonym
Bruneians	iso2=BN	type=demonym
Bandar Seri Begawan	iso2=BN	type=capital	lat=4.9	lon=114.94

# BG Bulgaria
Bulgaria	iso2=BG	type=name	canonical=yes	lat=42.73	lon=25.49
Republic of Bulgaria	iso2=BG	type=name
Bulgarian	iso2=BG	type=demonym
Bulgarians	iso2=BG	type=demonym
Sofia	iso2=BG	type=capital	lat=42.7	lon=23.32	ambiguous=yes

# BF Burkina Faso
Burkina Faso	iso2=BF	type=name	canonical=yes	lat=12.24	lon=-1.56
Burkina	iso2=BF	type=name
Burkinabe	iso2=BF	type=demonym
Burkinabè	iso2=BF	type=demonym
Burkinabes	iso2=BF	type=demonym
Ouagadougou	iso2=BF	type=capital	lat=12.37	lon=-1.53
Ouaga	iso2=BF	type=capital	lat=12.37	lon=-1.53

# BI Burundi
Burundi	iso2=BI	type=name	canonical=yes	lat=-3.37	lon=29.92
Republic of Burundi	iso2=BI	type=name
Burundian	iso2=BI	type=demonym
Burundians	iso2=BI	type=demonym
Gitega	iso2=BI	type=capital	lat=-3.43	lon=29.92
Bujumbura	iso2=BI	type=capital	lat=-3.38	lon=29.36

# KH Cambodia
Cambodia	iso2=KH	type=name	canonical=yes	lat=12.57	lon=104.99
Kingdom of Cambodia	iso2=KH	type=name
Kampuchea	iso2=KH	type=name
Cambodian	iso2=KH	type=demonym
Cambodians	iso2=KH	type=demonym
Phnom Penh	iso2=KH	type=capital	lat=11.56	lon=104.92

# CM Cameroon
Cameroon	iso2=CM	type=name	canonical=yes	lat=5.7	lon=12.7
Republic of Cameroon	iso2=CM	type=name
Cameroun	iso2=CM	type=name
Cameroonian	iso2=CM	type=demonym
Cameroonians	iso2=CM	type=demonym
Yaoundé	iso2=CM	type=capital	lat=3.85	lon=11.5
Yaounde	iso2=CM	type=capital	lat=3.85	lon=11.5

# CA Canada
Canada	iso2=CA	type=name	canonical=yes	lat=60.1087	lon=-113.643
Canadian	iso2=CA	type=demonym
Canadians	iso2=CA	type=demonym
Ottawa	iso2=CA	type=capital	lat=45.42	lon=-75.7

# CV Cape Verde
Cape Verde	iso2=CV	type=name	canonical=yes	lat=15.1	lon=-23.6
Cabo Verde	iso2=CV	type=name
Republic of Cabo Verde	iso2=CV	type=name
Cape Verdean	iso2=CV	type=demonym
Cape Verdeans	iso2=CV	type=demonym
Cabo Verdean	iso2=CV	type=demonym
Cabo Verdeans	iso2=CV	type=demonym
Praia	iso2=CV	type=capital	lat=14.93	lon=-23.51

# BQ Caribbean Netherlands
Caribbean Netherlands	iso2=BQ	type=name	canonical=yes	lat=12.18	lon=-68.25
Bonaire, Sint Eustatius and Saba	iso2=BQ	type=name
Bonaire	iso2=BQ	type=name
Sint Eustatius	iso2=BQ	type=name
Statia	iso2=BQ	type=name
BES islands	iso2=BQ	type=name
Kralendijk	iso2=BQ	type=capital	lat=12.15	lon=-68.27

# KY Cayman Islands
Cayman Islands	iso2=KY	type=name	canonical=yes	lat=19.31	lon=-81.25
Caymans	iso2=KY	type=name
Grand Cayman	iso2=KY	type=name
Caymanian	iso2=KY	type=demonym
Caymanians	iso2=KY	type=demonym

# CF Central African Republic
Central African Republic	iso2=CF	type=name	canonical=yes	lat=6.6	lon=20.9
CAR	iso2=CF	type=name	ambiguous=yes	case=exact
C.A.R.	iso2=CF	type=name
Centrafrique	iso2=CF	type=name
Central African	iso2=CF	type=demonym	ambiguous=yes
Central Africans	iso2=CF	type=demonym	ambiguous=yes
Bangui	iso2=CF	type=capital	lat=4.39	lon=18.56

# TD Chad
Chad	iso2=TD	type=name	canonical=yes	lat=15	lon=19	ambiguous=yes
Republic of Chad	iso2=TD	type=name
Tchad	iso2=TD	type=name
Chadian	iso2=TD	type=demonym
Chadians	iso2=TD	type=demonym
N'Djamena	iso2=TD	type=capital	lat=12.13	lon=15.06
Ndjamena	iso2=TD	type=capital	lat=12.13	lon=15.06
N'Djaména	iso2=TD	type=capital	lat=12.13	lon=15.06

# CL Chile
Chile	iso2=CL	type=name	canonical=yes	lat=-30	lon=-71
Republic of Chile	iso2=CL	type=name
Chilean	iso2=CL	type=demonym
Chileans	iso2=CL	type=demonym
Santiago	iso2=CL	type=capital	lat=-33.45	lon=-70.67	ambiguous=yes

# CN China
China	iso2=CN	type=name	canonical=yes	lat=35	lon=104
People's Republic of China	iso2=CN	type=name
PRC	iso2=CN	type=name
P.R.C.	iso2=CN	type=name
mainland China	iso2=CN	type=name
Chinese	iso2=CN	type=demonym
Beijing	iso2=CN	type=capital	lat=39.9	lon=116.41
Peking	iso2=CN	type=capital	lat=39.9	lon=116.41

# CX Christmas Island
Christmas Island	iso2=CX	type=name	canonical=yes	lat=-10.49	lon=105.62
Flying Fish Cove	iso2=CX	type=capital	lat=-10.42	lon=105.68

# CC Cocos (Keeling) Islands
Cocos (Keeling) Islands	iso2=CC	type=name	canonical=yes	lat=-12.16	lon=96.87
Cocos Islands	iso2=CC	type=name
Keeling Islands	iso2=CC	type=name

# CO Colombia
Colombia	iso2=CO	type=name	canonical=yes	lat=4	lon=-73.25
Republic of Colombia	iso2=CO	type=name
Colombian	iso2=CO	type=demonym
Colombians	iso2=CO	type=demonym
Bogotá	iso2=CO	type=capital	lat=4.71	lon=-74.07
Bogota	iso2=CO	type=capital	lat=4.71	lon=-74.07

# KM Comoros
Comoros	iso2=KM	type=name	canonical=yes	lat=-11.65	lon=43.33
Union of the Comoros	iso2=KM	type=name
Comoro Islands	iso2=KM	type=name
Comorian	iso2=KM	type=demonym
Comorians	iso2=KM	type=demonym
Comoran	iso2=KM	type=demonym
Comorans	iso2=KM	type=demonym
Moroni	iso2=KM	type=capital	lat=-11.7	lon=43.26

# CK Cook Islands
Cook Islands	iso2=CK	type=name	canonical=yes	lat=-21.24	lon=-159.78
Cook Islander	iso2=CK	type=demonym
Cook Islanders	iso2=CK	type=demonym
Avarua	iso2=CK	type=capital	lat=-21.21	lon=-159.78

# CR Costa Rica
Costa Rica	iso2=CR	type=name	canonical=yes	lat=9.75	lon=-83.75
Republic of Costa Rica	iso2=CR	type=name
Costa Rican	iso2=CR	type=demonym
Costa Ricans	iso2=CR	type=demonym
San José	iso2=CR	type=capital	lat=9.93	lon=-84.08	ambiguous=yes
San Jose	iso2=CR	type=capital	lat=9.93	lon=-84.08	ambiguous=yes

# CI Côte d'Ivoire
Côte d'Ivoire	iso2=CI	type=name	canonical=yes	lat=7.54	lon=-5.55
Cote d'Ivoire	iso2=CI	type=name
Ivory Coast	iso2=CI	type=name
Republic of Côte d'Ivoire	iso2=CI	type=name
Ivorian	iso2=CI	type=demonym
Ivorians	iso2=CI	type=demonym
Yamoussoukro	iso2=CI	type=capital	lat=6.83	lon=-5.29
Abidjan	iso2=CI	type=capital	lat=5.36	lon=-4.01

# HR Croatia
Croatia	iso2=HR	type=name	canonical=yes	lat=45.1	lon=15.2
Republic of Croatia	iso2=HR	type=name
Hrvatska	iso2=HR	type=name
Croatian	iso2=HR	type=demonym
Croatians	iso2=HR	type=demonym
Croat	iso2=HR	type=demonym
Croats	iso2=HR	type=demonym
Zagreb	iso2=HR	type=capital	lat=45.81	lon=15.98

# CU Cuba
Cuba	iso2=CU	type=name	canonical=yes	lat=21.5	lon=-77.8
Republic of Cuba	iso2=CU	type=name
Cuban	iso2=CU	type=demonym
Cubans	iso2=CU	type=demonym
Havana	iso2=CU	type=capital	lat=23.11	lon=-82.37
La Habana	iso2=CU	type=capital	lat=23.11	lon=-82.37

# CW Curaçao
Curaçao	iso2=CW	type=name	canonical=yes	lat=12.17	lon=-68.99
Curacao	iso2=CW	type=name
Curaçaoan	iso2=CW	type=demonym
Curaçaoans	iso2=CW	type=demonym
Curacaoan	iso2=CW	type=demonym
Curacaoans	iso2=CW	type=demonym
Willemstad	iso2=CW	type=capital	lat=12.11	lon=-68.93

# CY Cyprus
Cyprus	iso2=CY	type=name	canonical=yes	lat=35.13	lon=33.43
Republic of Cyprus	iso2=CY	type=name
Cypriot	iso2=CY	type=demonym
Cypriots	iso2=CY	type=demonym
Nicosia	iso2=CY	type=capital	lat=35.17	lon=33.36

# CZ Czechia
Czechia	iso2=CZ	type=name	canonical=yes	lat=49.82	lon=15.47
Czech Republic	iso2=CZ	type=name
Czech	iso2=CZ	type=demonym
Czechs	iso2=CZ	type=demonym
Prague	iso2=CZ	type=capital	lat=50.08	lon=14.44
Praha	iso2=CZ	type=capital	lat=50.08	lon=14.44

# CD Democratic Republic of the Congo
Democratic Republic of the Congo	iso2=CD	type=name	canonical=yes	lat=-2.9	lon=23.6
Democratic Republic of Congo	iso2=CD	type=name
DR Congo	iso2=CD	type=name
D.R. Congo	iso2=CD	type=name
DRC	iso2=CD	type=name
D.R.C.	iso2=CD	type=name
DRCongo	iso2=CD	type=name
Congo-Kinshasa	iso2=CD	type=name
Congo Kinshasa	iso2=CD	type=name
Zaire	iso2=CD	type=name
Congo	iso2=CD	type=name	ambiguous=yes
Congolese	iso2=CD	type=demonym	ambiguous=yes
Kinshasa	iso2=CD	type=capital	lat=-4.44	lon=15.27

# DK Denmark
Denmark	iso2=DK	type=name	canonical=yes	lat=56.26	lon=9.5
Kingdom of Denmark	iso2=DK	type=name
Danish	iso2=DK	type=demonym
Dane	iso2=DK	type=demonym
Danes	iso2=DK	type=demonym
Copenhagen	iso2=DK	type=capital	lat=55.68	lon=12.57

# DJ Djibouti
Djibouti	iso2=DJ	type=name	canonical=yes	lat=11.8	lon=42.6
Republic of Djibouti	iso2=DJ	type=name
Djiboutian	iso2=DJ	type=demonym
Djiboutians	iso2=DJ	type=demonym
Djibouti City	iso2=DJ	type=capital	lat=11.59	lon=43.15

# DM Dominica
Dominica	iso2=DM	type=name	canonical=yes	lat=15.41	lon=-61.37
Commonwealth of Dominica	iso2=DM	type=name
Roseau	iso2=DM	type=capital	lat=15.3	lon=-61.39

# DO Dominican Republic
Dominican Republic	iso2=DO	type=name	canonical=yes	lat=18.74	lon=-70.16
República Dominicana	iso2=DO	type=name
Dominican	iso2=DO	type=demonym	ambiguous=yes
Dominicans	iso2=DO	type=demonym	ambiguous=yes
Santo Domingo	iso2=DO	type=capital	lat=18.49	lon=-69.93

# EC Ecuador
Ecuador	iso2=EC	type=name	canonical=yes	lat=-1.25	lon=-78.25
Republic of Ecuador	iso2=EC	type=name
Ecuadorian	iso2=EC	type=demonym
Ecuadorians	iso2=EC	type=demonym
Ecuadorean	iso2=EC	type=demonym
Ecuadoreans	iso2=EC	type=demonym
Quito	iso2=EC	type=capital	lat=-0.18	lon=-78.47

# EG Egypt
Egypt	iso2=EG	type=name	canonical=yes	lat=27	lon=30
Arab Republic of Egypt	iso2=EG	type=name
Egyptian	iso2=EG	type=demonym
Egyptians	iso2=EG	type=demonym
Cairo	iso2=EG	type=capital	lat=30.04	lon=31.24

# SV El Salvador
El Salvador	iso2=SV	type=name	canonical=yes	lat=13.79	lon=-88.9
Republic of El Salvador	iso2=SV	type=name
Salvadoran	iso2=SV	type=demonym
Salvadorans	iso2=SV	type=demonym
Salvadorean	iso2=SV	type=demonym
Salvadoreans	iso2=SV	type=demonym
San Salvador	iso2=SV	type=capital	lat=13.69	lon=-89.22

# GQ Equatorial Guinea
Equatorial Guinea	iso2=GQ	type=name	canonical=yes	lat=1.65	lon=10.27
Republic of Equatorial Guinea	iso2=GQ	type=name
Equatorial Guinean	iso2=GQ	type=demonym
Equatorial Guineans	iso2=GQ	type=demonym
Equatoguinean	iso2=GQ	type=demonym
Equatoguineans	iso2=GQ	type=demonym
Malabo	iso2=GQ	type=capital	lat=3.75	lon=8.78

# ER Eritrea
Eritrea	iso2=ER	type=name	canonical=yes	lat=15.2	lon=39.8
State of Eritrea	iso2=ER	type=name
Eritrean	iso2=ER	type=demonym
Eritreans	iso2=ER	type=demonym
Asmara	iso2=ER	type=capital	lat=15.32	lon=38.93

# EE Estonia
Estonia	iso2=EE	type=name	canonical=yes	lat=58.6	lon=25.0
Republic of Estonia	iso2=EE	type=name
Estonian	iso2=EE	type=demonym
Estonians	iso2=EE	type=demonym
Tallinn	iso2=EE	type=capital	lat=59.44	lon=24.75

# SZ Eswatini
Eswatini	iso2=SZ	type=name	canonical=yes	lat=-26.52	lon=31.47
Kingdom of Eswatini	iso2=SZ	type=name
Swaziland	iso2=SZ	type=name
Swazi	iso2=SZ	type=demonym
Swazis	iso2=SZ	type=demonym
Emaswati	iso2=SZ	type=demonym
Mbabane	iso2=SZ	type=capital	lat=-26.31	lon=31.14
Lobamba	iso2=SZ	type=capital	lat=-26.45	lon=31.21

# ET Ethiopia
Ethiopia	iso2=ET	type=name	canonical=yes	lat=9	lon=39.5
Federal Democratic Republic of Ethiopia	iso2=ET	type=name
Ethiopian	iso2=ET	type=demonym
Ethiopians	iso2=ET	type=demonym
Addis Ababa	iso2=ET	type=capital	lat=9.03	lon=38.74

# FK Falkland Islands
Falkland Islands	iso2=FK	type=name	canonical=yes	lat=-51.8	lon=-59.5
Falklands	iso2=FK	type=name
Islas Malvinas	iso2=FK	type=name
Malvinas	iso2=FK	type=name
Falkland Islander	iso2=FK	type=demonym
Falkland Islanders	iso2=FK	type=demonym

# FO Faroe Islands
Faroe Islands	iso2=FO	type=name	canonical=yes	lat=62.05	lon=-6.95
Faroes	iso2=FO	type=name
Faeroe Islands	iso2=FO	type=name
Faeroes	iso2=FO	type=name
Faroese	iso2=FO	type=demonym
Tórshavn	iso2=FO	type=capital	lat=62.01	lon=-6.77
Torshavn	iso2=FO	type=capital	lat=62.01	lon=-6.77

# FJ Fiji
Fiji	iso2=FJ	type=name	canonical=yes	lat=-17.8	lon=178.0
Republic of Fiji	iso2=FJ	type=name
Fijian	iso2=FJ	type=demonym
Fijians	iso2=FJ	type=demonym
Suva	iso2=FJ	type=capital	lat=-18.14	lon=178.44

# FI Finland
Finland	iso2=FI	type=name	canonical=yes	lat=64	lon=26
Republic of Finland	iso2=FI	type=name
Suomi	iso2=FI	type=name
Finnish	iso2=FI	type=demonym
Finn	iso2=FI	type=demonym	ambiguous=yes
Finns	iso2=FI	type=demonym	ambiguous=yes
Helsinki	iso2=FI	type=capital	lat=60.17	lon=24.94

# FR France
France	iso2=FR	type=name	canonical=yes	lat=46.2	lon=2.2
French Republic	iso2=FR	type=name
French	iso2=FR	type=demonym
Frenchman	iso2=FR	type=demonym
Frenchmen	iso2=FR	type=demonym
Frenchwoman	iso2=FR	type=demonym
Frenchwomen	iso2=FR	type=demonym
Paris	iso2=FR	type=capital	lat=48.86	lon=2.35
Élysée	iso2=FR	type=capital	lat=48.87	lon=2.32
Elysee	iso2=FR	type=capital	lat=48.87	lon=2.32
Élysée Palace	iso2=FR	type=capital	lat=48.87	lon=2.32
Elysee Palace	iso2=FR	type=capital	lat=48.87	lon=2.32

# GF French Guiana
French Guiana	iso2=GF	type=name	canonical=yes	lat=3.93	lon=-53.13
Guyane	iso2=GF	type=name
French Guianese	iso2=GF	type=demonym
Cayenne	iso2=GF	type=capital	lat=4.94	lon=-52.33

# PF French Polynesia
French Polynesia	iso2=PF	type=name	canonical=yes	lat=-17.65	lon=-149.43
Polynésie française	iso2=PF	type=name
French Polynesian	iso2=PF	type=demonym
French Polynesians	iso2=PF	type=demonym
Papeete	iso2=PF	type=capital	lat=-17.54	lon=-149.57

# TF French Southern Territories
French Southern Territories	iso2=TF	type=name	canonical=yes	lat=-49.3	lon=69.5
French Southern and Antarctic Lands	iso2=TF	type=name
Kerguelen Islands	iso2=TF	type=name
TAAF	iso2=TF	type=name

# GA Gabon
Gabon	iso2=GA	type=name	canonical=yes	lat=-0.8	lon=11.6
Gabonese Republic	iso2=GA	type=name
Gabonese	iso2=GA	type=demonym
Libreville	iso2=GA	type=capital	lat=0.42	lon=9.47

# GM Gambia
Gambia	iso2=GM	type=name	canonical=yes	lat=13.44	lon=-15.31
The Gambia	iso2=GM	type=name
Republic of The Gambia	iso2=GM	type=name
Gambian	iso2=GM	type=demonym
Gambians	iso2=GM	type=demonym
Banjul	iso2=GM	type=capital	lat=13.45	lon=-16.58

# GE Georgia
Georgia	iso2=GE	type=name	canonical=yes	lat=42.3	lon=43.4	ambiguous=yes
Sakartvelo	iso2=GE	type=name
Georgian	iso2=GE	type=demonym	ambiguous=yes
Georgians	iso2=GE	type=demonym	ambiguous=yes
Tbilisi	iso2=GE	type=capital	lat=41.72	lon=44.79

# DE Germany
Germany	iso2=DE	type=name	canonical=yes	lat=51.2	lon=10.4
Federal Republic of Germany	iso2=DE	type=name
Deutschland	iso2=DE	type=name
German	iso2=DE	type=demonym
Germans	iso2=DE	type=demonym
Berlin	iso2=DE	type=capital	lat=52.52	lon=13.4

# GH Ghana
Ghana	iso2=GH	type=name	canonical=yes	lat=7.95	lon=-1.02
Republic of Ghana	iso2=GH	type=name
Ghanaian	iso2=GH	type=demonym
Ghanaians	iso2=GH	type=demonym
Accra	iso2=GH	type=capital	lat=5.6	lon=-0.19

# GI Gibraltar
Gibraltar	iso2=GI	type=name	canonical=yes	lat=36.14	lon=-5.35
Gibraltarian	iso2=GI	type=demonym
Gibraltarians	iso2=GI	type=demonym

# GR Greece
Greece	iso2=GR	type=name	canonical=yes	lat=39.1	lon=21.8
Hellenic Republic	iso2=GR	type=name
Hellas	iso2=GR	type=name
Greek	iso2=GR	type=demonym
Greeks	iso2=GR	type=demonym
Athens	iso2=GR	type=capital	lat=37.98	lon=23.73

# GL Greenland
Greenland	iso2=GL	type=name	canonical=yes	lat=71.7	lon=-42.6
Kalaallit Nunaat	iso2=GL	type=name
Greenlander	iso2=GL	type=demonym
Greenlanders	iso2=GL	type=demonym
Greenlandic	iso2=GL	type=demonym
Nuuk	iso2=GL	type=capital	lat=64.18	lon=-51.72

# GD Grenada
Grenada	iso2=GD	type=name	canonical=yes	lat=12.12	lon=-61.68
Grenadian	iso2=GD	type=demonym
Grenadians	iso2=GD	type=demonym
St. George's	iso2=GD	type=capital	lat=12.06	lon=-61.75	ambiguous=yes
Saint George's	iso2=GD	type=capital	lat=12.06	lon=-61.75	ambiguous=yes

# GP Guadeloupe
Guadeloupe	iso2=GP	type=name	canonical=yes	lat=16.2	lon=-61.6
Guadeloupean	iso2=GP	type=demonym
Guadeloupeans	iso2=GP	type=demonym
Basse-Terre	iso2=GP	type=capital	lat=16.0	lon=-61.73

# GU Guam
Guam	iso2=GU	type=name	canonical=yes	lat=13.44	lon=144.79
Guamanian	iso2=GU	type=demonym
Guamanians	iso2=GU	type=demonym
Hagåtña	iso2=GU	type=capital	lat=13.48	lon=144.75
Hagatna	iso2=GU	type=capital	lat=13.48	lon=144.75

# GT Guatemala
Guatemala	iso2=GT	type=name	canonical=yes	lat=15.8	lon=-90.2
Republic of Guatemala	iso2=GT	type=name
Guatemalan	iso2=GT	type=demonym
Guatemalans	iso2=GT	type=demonym
Guatemala City	iso2=GT	type=capital	lat=14.63	lon=-90.51

# GG Guernsey
Guernsey	iso2=GG	type=name	canonical=yes	lat=49.46	lon=-2.59
Bailiwick of Guernsey	iso2=GG	type=name
St Peter Port	iso2=GG	type=capital	lat=49.46	lon=-2.54
Saint Peter Port	iso2=GG	type=capital	lat=49.46	lon=-2.54

# GN Guinea
Guinea	iso2=GN	type=name	canonical=yes	lat=10.8333	lon=-10.6667
Republic of Guinea	iso2=GN	type=name
Guinea-Conakry	iso2=GN	type=name
Guinea Conakry	iso2=GN	type=name
Guinean	iso2=GN	type=demonym
Guineans	iso2=GN	type=demonym
Conakry	iso2=GN	type=capital	lat=9.64	lon=-13.58

# GW Guinea-Bissau
Guinea-Bissau	iso2=GW	type=name	canonical=yes	lat=11.8	lon=-15.2
Guinea Bissau	iso2=GW	type=name
Republic of Guinea-Bissau	iso2=GW	type=name
Bissau-Guinean	iso2=GW	type=demonym
Bissau-Guineans	iso2=GW	type=demonym
Bissau	iso2=GW	type=capital	lat=11.86	lon=-15.6

# GY Guyana
Guyana	iso2=GY	type=name	canonical=yes	lat=4.9	lon=-58.9
Co-operative Republic of Guyana	iso2=GY	type=name
Guyanese	iso2=GY	type=demonym
Georgetown	iso2=GY	type=capital	lat=6.8	lon=-58.16	ambiguous=yes

# HT Haiti
Haiti	iso2=HT	type=name	canonical=yes	lat=18.97	lon=-72.29
Republic of Haiti	iso2=HT	type=name
Haïti	iso2=HT	type=name
Haitian	iso2=HT	type=demonym
Haitians	iso2=HT	type=demonym
Port-au-Prince	iso2=HT	type=capital	lat=18.59	lon=-72.31

# HM Heard Island and McDonald Islands
Heard Island and McDonald Islands	iso2=HM	type=name	canonical=yes	lat=-53.08	lon=73.5
Heard Island	iso2=HM	type=name
McDonald Islands	iso2=HM	type=name

# HN Honduras
Honduras	iso2=HN	type=name	canonical=yes	lat=15.2	lon=-86.2
Republic of Honduras	iso2=HN	type=name
Honduran	iso2=HN	type=demonym
Hondurans	iso2=HN	type=demonym
Tegucigalpa	iso2=HN	type=capital	lat=14.07	lon=-87.19

# HK Hong Kong
Hong Kong	iso2=HK	type=name	canonical=yes	lat=22.38	lon=114.13
Hong Kong SAR	iso2=HK	type=name
HKSAR	iso2=HK	type=name
Hong Kong Special Administrative Region	iso2=HK	type=name
Hong Konger	iso2=HK	type=demonym
Hong Kongers	iso2=HK	type=demonym
Hongkonger	iso2=HK	type=demonym
Hongkongers	iso2=HK	type=demonym

# HU Hungary
Hungary	iso2=HU	type=name	canonical=yes	lat=47.16	lon=19.5
Magyarország	iso2=HU	type=name
Hungarian	iso2=HU	type=demonym
Hungarians	iso2=HU	type=demonym
Budapest	iso2=HU	type=capital	lat=47.5	lon=19.04

# IS Iceland
Iceland	iso2=IS	type=name	canonical=yes	lat=64.96	lon=-19.02
Republic of Iceland	iso2=IS	type=name
Icelandic	iso2=IS	type=demonym
Icelander	iso2=IS	type=demonym
Icelanders	iso2=IS	type=demonym
Reykjavík	iso2=IS	type=capital	lat=64.15	lon=-21.94
Reykjavik	iso2=IS	type=capital	lat=64.15	lon=-21.94

# IN India
India	iso2=IN	type=name	canonical=yes	lat=22.0	lon=79.0
Republic of India	iso2=IN	type=name
Bharat	iso2=IN	type=name
Indian	iso2=IN	type=demonym
Indians	iso2=IN	type=demonym
New Delhi	iso2=IN	type=capital	lat=28.61	lon=77.21

# ID Indonesia
Indonesia	iso2=ID	type=name	canonical=yes	lat=-5	lon=120
Republic of Indonesia	iso2=ID	type=name
Indonesian	iso2=ID	type=demonym
Indonesians	iso2=ID	type=demonym
Jakarta	iso2=ID	type=capital	lat=-6.21	lon=106.85

# IR Iran
Iran	iso2=IR	type=name	canonical=yes	lat=32	lon=53
Islamic Republic of Iran	iso2=IR	type=name
Persia	iso2=IR	type=name	ambiguous=yes
Iranian	iso2=IR	type=demonym
Iranians	iso2=IR	type=demonym
Tehran	iso2=IR	type=capital	lat=35.69	lon=51.39
Teheran	iso2=IR	type=capital	lat=35.69	lon=51.39

# IQ Iraq
Iraq	iso2=IQ	type=name	canonical=yes	lat=33.2	lon=43.7
Republic of Iraq	iso2=IQ	type=name
Iraqi	iso2=IQ	type=demonym
Iraqis	iso2=IQ	type=demonym
Baghdad	iso2=IQ	type=capital	lat=33.34	lon=44.4

# IE Ireland
Ireland	iso2=IE	type=name	canonical=yes	lat=53.4	lon=-8.2
Republic of Ireland	iso2=IE	type=name
Éire	iso2=IE	type=name
Eire	iso2=IE	type=name
Irish	iso2=IE	type=demonym
Irishman	iso2=IE	type=demonym
Irishmen	iso2=IE	type=demonym
Irishwoman	iso2=IE	type=demonym
Dublin	iso2=IE	type=capital	lat=53.35	lon=-6.26

# IM Isle of Man
Isle of Man	iso2=IM	type=name	canonical=yes	lat=54.24	lon=-4.55
Manx	iso2=IM	type=demonym

# IL Israel
Israel	iso2=IL	type=name	canonical=yes	lat=31.0	lon=34.9
State of Israel	iso2=IL	type=name
Israeli	iso2=IL	type=demonym
Israelis	iso2=IL	type=demonym
Jerusalem	iso2=IL	type=capital	lat=31.77	lon=35.21

# IT Italy
Italy	iso2=IT	type=name	canonical=yes	lat=42.8	lon=12.6
Italian Republic	iso2=IT	type=name
Italia	iso2=IT	type=name
Italian	iso2=IT	type=demonym
Italians	iso2=IT	type=demonym
Rome	iso2=IT	type=capital	lat=41.9	lon=12.5

# JM Jamaica
Jamaica	iso2=JM	type=name	canonical=yes	lat=18.11	lon=-77.3
Jamaican	iso2=JM	type=demonym
Jamaicans	iso2=JM	type=demonym
Kingston	iso2=JM	type=capital	lat=18.0	lon=-76.79	ambiguous=yes

# JP Japan
Japan	iso2=JP	type=name	canonical=yes	lat=35.6854	lon=139.753
Nippon	iso2=JP	type=name
Nihon	iso2=JP	type=name
Japanese	iso2=JP	type=demonym
Tokyo	iso2=JP	type=capital	lat=35.68	lon=139.69

# JE Jersey
Jersey	iso2=JE	type=name	canonical=yes	lat=49.21	lon=-2.13	ambiguous=yes
Bailiwick of Jersey	iso2=JE	type=name
St Helier	iso2=JE	type=capital	lat=49.19	lon=-2.11
Saint Helier	iso2=JE	type=capital	lat=49.19	lon=-2.11

# JO Jordan
Jordan	iso2=JO	type=name	canonical=yes	lat=30.6	lon=36.2	ambiguous=yes
Hashemite Kingdom of Jordan	iso2=JO	type=name
Jordanian	iso2=JO	type=demonym
Jordanians	iso2=JO	type=demonym
Amman	iso2=JO	type=capital	lat=31.95	lon=35.93

# KZ Kazakhstan
Kazakhstan	iso2=KZ	type=name	canonical=yes	lat=48	lon=68
Republic of Kazakhstan	iso2=KZ	type=name
Kazakstan	iso2=KZ	type=name
Kazakh	iso2=KZ	type=demonym
Kazakhs	iso2=KZ	type=demonym
Kazakhstani	iso2=KZ	type=demonym
Kazakhstanis	iso2=KZ	type=demonym
Astana	iso2=KZ	type=capital	lat=51.17	lon=71.45
Nur-Sultan	iso2=KZ	type=capital	lat=51.17	lon=71.45

# KE Kenya
Kenya	iso2=KE	type=name	canonical=yes	lat=1	lon=38
Republic of Kenya	iso2=KE	type=name
Kenyan	iso2=KE	type=demonym
Kenyans	iso2=KE	type=demonym
Nairobi	iso2=KE	type=capital	lat=-1.29	lon=36.82

# KI Kiribati
Kiribati	iso2=KI	type=name	canonical=yes	lat=1.42	lon=173.0
Republic of Kiribati	iso2=KI	type=name
I-Kiribati	iso2=KI	type=demonym
Tarawa	iso2=KI	type=capital	lat=1.33	lon=172.98
South Tarawa	iso2=KI	type=capital	lat=1.33	lon=172.98

# XK Kosovo
Kosovo	iso2=XK	type=name	canonical=yes	lat=42.6	lon=20.9
Republic of Kosovo	iso2=XK	type=name
Kosova	iso2=XK	type=name
Kosovar	iso2=XK	type=demonym
Kosovars	iso2=XK	type=demonym
Kosovan	iso2=XK	type=demonym
Kosovans	iso2=XK	type=demonym
Pristina	iso2=XK	type=capital	lat=42.66	lon=21.17
Prishtina	iso2=XK	type=capital	lat=42.66	lon=21.17
Priština	iso2=XK	type=capital	lat=42.66	lon=21.17

# KW Kuwait
Kuwait	iso2=KW	type=name	canonical=yes	lat=29.3	lon=47.5
State of Kuwait	iso2=KW	type=name
Kuwaiti	iso2=KW	type=demonym
Kuwaitis	iso2=KW	type=demonym
Kuwait City	iso2=KW	type=capital	lat=29.38	lon=47.99

# KG Kyrgyzstan
Kyrgyzstan	iso2=KG	type=name	canonical=yes	lat=41.2	lon=74.8
Kyrgyz Republic	iso2=KG	type=name
Kirghizia	iso2=KG	type=name
Kirgizia	iso2=KG	type=name
Kyrgyz	iso2=KG	type=demonym
Kyrgyzstani	iso2=KG	type=demonym
Kyrgyzstanis	iso2=KG	type=demonym
Kirghiz	iso2=KG	type=demonym
Bishkek	iso2=KG	type=capital	lat=42.87	lon=74.59

# LA Laos
Laos	iso2=LA	type=name	canonical=yes	lat=18	lon=105
Lao PDR	iso2=LA	type=name
Lao People's Democratic Republic	iso2=LA	type=name
Laotian	iso2=LA	type=demonym
Laotians	iso2=LA	type=demonym
Lao	iso2=LA	type=demonym
Vientiane	iso2=LA	type=capital	lat=17.98	lon=102.63

# LV Latvia
Latvia	iso2=LV	type=name	canonical=yes	lat=56.9	lon=24.6
Republic of Latvia	iso2=LV	type=name
Latvian	iso2=LV	type=demonym
Latvians	iso2=LV	type=demonym
Riga	iso2=LV	type=capital	lat=56.95	lon=24.11

# LB Lebanon
Lebanon	iso2=LB	type=name	canonical=yes	lat=33.9	lon=35.9
Lebanese Republic	iso2=LB	type=name
Lebanese	iso2=LB	type=demonym
Beirut	iso2=LB	type=capital	lat=33.89	lon=35.5

# LS Lesotho
Lesotho	iso2=LS	type=name	canonical=yes	lat=-29.6	lon=28.2
Kingdom of Lesotho	iso2=LS	type=name
Mosotho	iso2=LS	type=demonym
Basotho	iso2=LS	type=demonym
Maseru	iso2=LS	type=capital	lat=-29.31	lon=27.48

# LR Liberia
Liberia	iso2=LR	type=name	canonical=yes	lat=6.4	lon=-9.4
Republic of Liberia	iso2=LR	type=name
Liberian	iso2=LR	type=demonym
Liberians	iso2=LR	type=demonym
Monrovia	iso2=LR	type=capital	lat=6.3	lon=-10.8

# LY Libya
Libya	iso2=LY	type=name	canonical=yes	lat=28	lon=17
State of Libya	iso2=LY	type=name
Libyan Arab Jamahiriya	iso2=LY	type=name
Libyan	iso2=LY	type=demonym
Libyans	iso2=LY	type=demonym
Tripoli	iso2=LY	type=capital	lat=32.89	lon=13.19	ambiguous=yes

# LI Liechtenstein
Liechtenstein	iso2=LI	type=name	canonical=yes	lat=47.16	lon=9.55
Principality of Liechtenstein	iso2=LI	type=name
Liechtensteiner	iso2=LI	type=demonym
Liechtensteiners	iso2=LI	type=demonym
Vaduz	iso2=LI	type=capital	lat=47.14	lon=9.52

# LT Lithuania
Lithuania	iso2=LT	type=name	canonical=yes	lat=55.2	lon=23.9
Republic of Lithuania	iso2=LT	type=name
Lithuanian	iso2=LT	type=demonym
Lithuanians	iso2=LT	type=demonym
Vilnius	iso2=LT	type=capital	lat=54.69	lon=25.28

# LU Luxembourg
Luxembourg	iso2=LU	type=name	canonical=yes	lat=49.8	lon=6.1
Grand Duchy of Luxembourg	iso2=LU	type=name
Luxembourger	iso2=LU	type=demonym
Luxembourgers	iso2=LU	type=demonym
Luxembourgish	iso2=LU	type=demonym

# MO Macau
Macau	iso2=MO	type=name	canonical=yes	lat=22.17	lon=113.55
Macao	iso2=MO	type=name
Macau SAR	iso2=MO	type=name
Macao SAR	iso2=MO	type=name
Macanese	iso2=MO	type=demonym

# MG Madagascar
Madagascar	iso2=MG	type=name	canonical=yes	lat=-20	lon=47
Republic of Madagascar	iso2=MG	type=name
Malagasy	iso2=MG	type=demonym
Antananarivo	iso2=MG	type=capital	lat=-18.88	lon=47.51

# MW Malawi
Malawi	iso2=MW	type=name	canonical=yes	lat=-13.3	lon=34.3
Republic of Malawi	iso2=MW	type=name
Malawian	iso2=MW	type=demonym
Malawians	iso2=MW	type=demonym
Lilongwe	iso2=MW	type=capital	lat=-13.96	lon=33.77

# MY Malaysia
Malaysia	iso2=MY	type=name	canonical=yes	lat=2.5	lon=112.5
Federation of Malaysia	iso2=MY	type=name
Malaysian	iso2=MY	type=demonym
Malaysians	iso2=MY	type=demonym
Kuala Lumpur	iso2=MY	type=capital	lat=3.14	lon=101.69
Putrajaya	iso2=MY	type=capital	lat=2.93	lon=101.69

# MV Maldives
Maldives	iso2=MV	type=name	canonical=yes	lat=4.18	lon=73.51
Republic of Maldives	iso2=MV	type=name
Maldive Islands	iso2=MV	type=name
Maldivian	iso2=MV	type=demonym
Maldivians	iso2=MV	type=demonym
Malé	iso2=MV	type=capital	lat=4.18	lon=73.51	ambiguous=yes	case=exact

# ML Mali
Mali	iso2=ML	type=name	canonical=yes	lat=18	lon=-2
Republic of Mali	iso2=ML	type=name
Malian	iso2=ML	type=demonym
Malians	iso2=ML	type=demonym
Bamako	iso2=ML	type=capital	lat=12.64	lon=-8.0

# MT Malta
Malta	iso2=MT	type=name	canonical=yes	lat=35.9	lon=14.4
Republic of Malta	iso2=MT	type=name
Maltese	iso2=MT	type=demonym
Valletta	iso2=MT	type=capital	lat=35.9	lon=14.51

# MH Marshall Islands
Marshall Islands	iso2=MH	type=name	canonical=yes	lat=7.1	lon=171.2
Republic of the Marshall Islands	iso2=MH	type=name
Marshallese	iso2=MH	type=demonym
Majuro	iso2=MH	type=capital	lat=7.09	lon=171.38

# MQ Martinique
Martinique	iso2=MQ	type=name	canonical=yes	lat=14.64	lon=-61.02
Martinican	iso2=MQ	type=demonym
Martinicans	iso2=MQ	type=demonym
Martiniquais	iso2=MQ	type=demonym
Fort-de-France	iso2=MQ	type=capital	lat=14.62	lon=-61.06

# MR Mauritania
Mauritania	iso2=MR	type=name	canonical=yes	lat=20.3	lon=-10.3
Islamic Republic of Mauritania	iso2=MR	type=name
Mauritanian	iso2=MR	type=demonym
Mauritanians	iso2=MR	type=demonym
Nouakchott	iso2=MR	type=capital	lat=18.08	lon=-15.98

# MU Mauritius
Mauritius	iso2=MU	type=name	canonical=yes	lat=-20.3	lon=57.6
Republic of Mauritius	iso2=MU	type=name
Mauritian	iso2=MU	type=demonym
Mauritians	iso2=MU	type=demonym
Port Louis	iso2=MU	type=capital	lat=-20.16	lon=57.5

# YT Mayotte
Mayotte	iso2=YT	type=name	canonical=yes	lat=-12.83	lon=45.15
Mahoran	iso2=YT	type=demonym
Mahorans	iso2=YT	type=demonym
Mamoudzou	iso2=YT	type=capital	lat=-12.78	lon=45.23

# MX Mexico
Mexico	iso2=MX	type=name	canonical=yes	lat=23	lon=-102
United Mexican States	iso2=MX	type=name
México	iso2=MX	type=name
Mexican	iso2=MX	type=demonym
Mexicans	iso2=MX	type=demonym
Mexico City	iso2=MX	type=capital	lat=19.43	lon=-99.13

# FM Micronesia
Micronesia	iso2=FM	type=name	canonical=yes	lat=6.88	lon=158.22
Federated States of Micronesia	iso2=FM	type=name
FSM	iso2=FM	type=name
Micronesian	iso2=FM	type=demonym	ambiguous=yes
Micronesians	iso2=FM	type=demonym	ambiguous=yes
Palikir	iso2=FM	type=capital	lat=6.92	lon=158.16

# MD Moldova
Moldova	iso2=MD	type=name	canonical=yes	lat=47.2	lon=28.5
Republic of Moldova	iso2=MD	type=name
Moldavia	iso2=MD	type=name	ambiguous=yes
Moldovan	iso2=MD	type=demonym
Moldovans	iso2=MD	type=demonym
Chișinău	iso2=MD	type=capital	lat=47.01	lon=28.86
Chisinau	iso2=MD	type=capital	lat=47.01	lon=28.86
Kishinev	iso2=MD	type=capital	lat=47.01	lon=28.86

# MC Monaco
Monaco	iso2=MC	type=name	canonical=yes	lat=43.74	lon=7.42
Principality of Monaco	iso2=MC	type=name
Monegasque	iso2=MC	type=demonym
Monegasques	iso2=MC	type=demonym
Monégasque	iso2=MC	type=demonym
Monégasques	iso2=MC	type=demonym

# MN Mongolia
Mongolia	iso2=MN	type=name	canonical=yes	lat=46	lon=105
Mongolian	iso2=MN	type=demonym
Mongolians	iso2=MN	type=demonym
Ulaanbaatar	iso2=MN	type=capital	lat=47.89	lon=106.91
Ulan Bator	iso2=MN	type=capital	lat=47.89	lon=106.91

# ME Montenegro
Montenegro	iso2=ME	type=name	canonical=yes	lat=42.7	lon=19.4
Crna Gora	iso2=ME	type=name
Montenegrin	iso2=ME	type=demonym
Montenegrins	iso2=ME	type=demonym
Podgorica	iso2=ME	type=capital	lat=42.44	lon=19.26

# MS Montserrat
Montserrat	iso2=MS	type=name	canonical=yes	lat=16.74	lon=-62.19
Montserratian	iso2=MS	type=demonym
Montserratians	iso2=MS	type=demonym
Brades	iso2=MS	type=capital	lat=16.79	lon=-62.21

# MA Morocco
Morocco	iso2=MA	type=name	canonical=yes	lat=32	lon=-6
Kingdom of Morocco	iso2=MA	type=name
Moroccan	iso2=MA	type=demonym
Moroccans	iso2=MA	type=demonym
Rabat	iso2=MA	type=capital	lat=34.02	lon=-6.84

# MZ Mozambique
Mozambique	iso2=MZ	type=name	canonical=yes	lat=-18.25	lon=35
Republic of Mozambique	iso2=MZ	type=name
Mozambican	iso2=MZ	type=demonym
Mozambicans	iso2=MZ	type=demonym
Maputo	iso2=MZ	type=capital	lat=-25.97	lon=32.57

# MM Myanmar
Myanmar	iso2=MM	type=name	canonical=yes	lat=21	lon=96
Burma	iso2=MM	type=name
Republic of the Union of Myanmar	iso2=MM	type=name
Burmese	iso2=MM	type=demonym
Naypyidaw	iso2=MM	type=capital	lat=19.76	lon=96.08
Nay Pyi Taw	iso2=MM	type=capital	lat=19.76	lon=96.08
Naypyitaw	iso2=MM	type=capital	lat=19.76	lon=96.08
Nay Pyi Daw	iso2=MM	type=capital	lat=19.76	lon=96.08

# NA Namibia
Namibia	iso2=NA	type=name	canonical=yes	lat=-22	lon=17
Republic of Namibia	iso2=NA	type=name
Namibian	iso2=NA	type=demonym
Namibians	iso2=NA	type=demonym
Windhoek	iso2=NA	type=capital	lat=-22.56	lon=17.08

# NR Nauru
Nauru	iso2=NR	type=name	canonical=yes	lat=-0.53	lon=166.93
Republic of Nauru	iso2=NR	type=name
Nauruan	iso2=NR	type=demonym
Nauruans	iso2=NR	type=demonym
Yaren	iso2=NR	type=capital	lat=-0.55	lon=166.92

# NP Nepal
Nepal	iso2=NP	type=name	canonical=yes	lat=28.4	lon=84.1
Federal Democratic Republic of Nepal	iso2=NP	type=name
Nepali	iso2=NP	type=demonym
Nepalis	iso2=NP	type=demonym
Nepalese	iso2=NP	type=demonym
Kathmandu	iso2=NP	type=capital	lat=27.72	lon=85.32

# NL Netherlands
Netherlands	iso2=NL	type=name	canonical=yes	lat=52.2	lon=5.6
The Netherlands	iso2=NL	type=name
Kingdom of the Netherlands	iso2=NL	type=name
Holland	iso2=NL	type=name	ambiguous=yes
Dutch	iso2=NL	type=demonym
Dutchman	iso2=NL	type=demonym
Dutchmen	iso2=NL	type=demonym
Dutchwoman	iso2=NL	type=demonym
Amsterdam	iso2=NL	type=capital	lat=52.37	lon=4.9
The Hague	iso2=NL	type=capital	lat=52.08	lon=4.3

# NC New Caledonia
New Caledonia	iso2=NC	type=name	canonical=yes	lat=-21.3	lon=165.5
Kanaky	iso2=NC	type=name
Nouvelle-Calédonie	iso2=NC	type=name
New Caledonian	iso2=NC	type=demonym
New Caledonians	iso2=NC	type=demonym
Nouméa	iso2=NC	type=capital	lat=-22.28	lon=166.46
Noumea	iso2=NC	type=capital	lat=-22.28	lon=166.46

# NZ New Zealand
New Zealand	iso2=NZ	type=name	canonical=yes	lat=-42	lon=174
Aotearoa	iso2=NZ	type=name
New Zealander	iso2=NZ	type=demonym
New Zealanders	iso2=NZ	type=demonym
Kiwi	iso2=NZ	type=demonym	ambiguous=yes
Kiwis	iso2=NZ	type=demonym	ambiguous=yes
Wellington	iso2=NZ	type=capital	lat=-41.29	lon=174.78	ambiguous=yes

# NI Nicaragua
Nicaragua	iso2=NI	type=name	canonical=yes	lat=12.9	lon=-85.2
Republic of Nicaragua	iso2=NI	type=name
Nicaraguan	iso2=NI	type=demonym
Nicaraguans	iso2=NI	type=demonym
Managua	iso2=NI	type=capital	lat=12.11	lon=-86.24

# NE Niger
Niger	iso2=NE	type=name	canonical=yes	lat=18	lon=9
Republic of Niger	iso2=NE	type=name
Republic of the Niger	iso2=NE	type=name
Nigerien	iso2=NE	type=demonym
Nigeriens	iso2=NE	type=demonym
Niamey	iso2=NE	type=capital	lat=13.51	lon=2.11

# NG Nigeria
Nigeria	iso2=NG	type=name	canonical=yes	lat=10	lon=8
Federal Republic of Nigeria	iso2=NG	type=name
Nigerian	iso2=NG	type=demonym
Nigerians	iso2=NG	type=demonym
Abuja	iso2=NG	type=capital	lat=9.08	lon=7.4

# NU Niue
Niue	iso2=NU	type=name	canonical=yes	lat=-19.05	lon=-169.87
Niuean	iso2=NU	type=demonym
Niueans	iso2=NU	type=demonym
Alofi	iso2=NU	type=capital	lat=-19.06	lon=-169.92

# NF Norfolk Island
Norfolk Island	iso2=NF	type=name	canonical=yes	lat=-29.04	lon=167.95

# KP North Korea
North Korea	iso2=KP	type=name	canonical=yes	lat=40.3	lon=127.5
Democratic People's Republic of Korea	iso2=KP	type=name
DPRK	iso2=KP	type=name
D.P.R.K.	iso2=KP	type=name
N. Korea	iso2=KP	type=name
North Korean	iso2=KP	type=demonym
North Koreans	iso2=KP	type=demonym
Pyongyang	iso2=KP	type=capital	lat=39.04	lon=125.76

# MK North Macedonia
North Macedonia	iso2=MK	type=name	canonical=yes	lat=41.6	lon=21.7
Republic of North Macedonia	iso2=MK	type=name
Macedonia	iso2=MK	type=name	ambiguous=yes
FYROM	iso2=MK	type=name
Former Yugoslav Republic of Macedonia	iso2=MK	type=name
North Macedonian	iso2=MK	type=demonym
North Macedonians	iso2=MK	type=demonym
Macedonian	iso2=MK	type=demonym	ambiguous=yes
Macedonians	iso2=MK	type=demonym	ambiguous=yes
Skopje	iso2=MK	type=capital	lat=41.99	lon=21.43

# MP Northern Mariana Islands
Northern Mariana Islands	iso2=MP	type=name	canonical=yes	lat=15.19	lon=145.75
Northern Marianas	iso2=MP	type=name
CNMI	iso2=MP	type=name
Commonwealth of the Northern Mariana Islands	iso2=MP	type=name
Saipan	iso2=MP	type=capital	lat=15.19	lon=145.75

# NO Norway
Norway	iso2=NO	type=name	canonical=yes	lat=62	lon=10
Kingdom of Norway	iso2=NO	type=name
Norge	iso2=NO	type=name
Norwegian	iso2=NO	type=demonym
Norwegians	iso2=NO	type=demonym
Oslo	iso2=NO	type=capital	lat=59.91	lon=10.75

# OM Oman
Oman	iso2=OM	type=name	canonical=yes	lat=21	lon=57
Sultanate of Oman	iso2=OM	type=name
Omani	iso2=OM	type=demonym
Omanis	iso2=OM	type=demonym
Muscat	iso2=OM	type=capital	lat=23.59	lon=58.41

# PK Pakistan
Pakistan	iso2=PK	type=name	canonical=yes	lat=30	lon=70
Islamic Republic of Pakistan	iso2=PK	type=name
Pakistani	iso2=PK	type=demonym
Pakistanis	iso2=PK	type=demonym
Islamabad	iso2=PK	type=capital	lat=33.68	lon=73.05

# PW Palau
Palau	iso2=PW	type=name	canonical=yes	lat=7.5	lon=134.58
Republic of Palau	iso2=PW	type=name
Belau	iso2=PW	type=name
Palauan	iso2=PW	type=demonym
Palauans	iso2=PW	type=demonym
Ngerulmud	iso2=PW	type=capital	lat=7.5	lon=134.62

# PS Palestine
Palestine	iso2=PS	type=name	canonical=yes	lat=31.95	lon=35.25
State of Palestine	iso2=PS	type=name
Palestinian territories	iso2=PS	type=name
Palestinian territory	iso2=PS	type=name
occupied Palestinian territories	iso2=PS	type=name
occupied Palestinian territory	iso2=PS	type=name
Palestinian Authority territories	iso2=PS	type=name
Palestinian	iso2=PS	type=demonym
Palestinians	iso2=PS	type=demonym
Ramallah	iso2=PS	type=capital	lat=31.9	lon=35.2

# PA Panama
Panama	iso2=PA	type=name	canonical=yes	lat=8.5	lon=-80.8
Republic of Panama	iso2=PA	type=name
Panamá	iso2=PA	type=name
Panamanian	iso2=PA	type=demonym
Panamanians	iso2=PA	type=demonym
Panama City	iso2=PA	type=capital	lat=8.98	lon=-79.52	ambiguous=yes

# PG Papua New Guinea
Papua New Guinea	iso2=PG	type=name	canonical=yes	lat=-6	lon=147
Independent State of Papua New Guinea	iso2=PG	type=name
PNG	iso2=PG	type=name
Papua New Guinean	iso2=PG	type=demonym
Papua New Guineans	iso2=PG	type=demonym
Port Moresby	iso2=PG	type=capital	lat=-9.44	lon=147.18

# PY Paraguay
Paraguay	iso2=PY	type=name	canonical=yes	lat=-23.4	lon=-58.4
Republic of Paraguay	iso2=PY	type=name
Paraguayan	iso2=PY	type=demonym
Paraguayans	iso2=PY	type=demonym
Asunción	iso2=PY	type=capital	lat=-25.26	lon=-57.58
Asuncion	iso2=PY	type=capital	lat=-25.26	lon=-57.58

# PE Peru
Peru	iso2=PE	type=name	canonical=yes	lat=-10	lon=-75.25
Republic of Peru	iso2=PE	type=name
Perú	iso2=PE	type=name
Peruvian	iso2=PE	type=demonym
Peruvians	iso2=PE	type=demonym
Lima	iso2=PE	type=capital	lat=-12.05	lon=-77.04

# PH Philippines
Philippines	iso2=PH	type=name	canonical=yes	lat=13	lon=122
Republic of the Philippines	iso2=PH	type=name
The Philippines	iso2=PH	type=name
Filipino	iso2=PH	type=demonym
Filipinos	iso2=PH	type=demonym
Filipina	iso2=PH	type=demonym
Filipinas	iso2=PH	type=demonym
Philippine	iso2=PH	type=demonym
Manila	iso2=PH	type=capital	lat=14.6	lon=120.98

# PN Pitcairn Islands
Pitcairn Islands	iso2=PN	type=name	canonical=yes	lat=-25.07	lon=-130.1
Pitcairn	iso2=PN	type=name
Pitcairn Island	iso2=PN	type=name
Pitcairn Islander	iso2=PN	type=demonym
Pitcairn Islanders	iso2=PN	type=demonym
Adamstown	iso2=PN	type=capital	lat=-25.07	lon=-130.1

# PL Poland
Poland	iso2=PL	type=name	canonical=yes	lat=52	lon=20
Republic of Poland	iso2=PL	type=name
Polska	iso2=PL	type=name
Polish	iso2=PL	type=demonym	case=exact
Pole	iso2=PL	type=demonym	ambiguous=yes	case=exact
Poles	iso2=PL	type=demonym	ambiguous=yes	case=exact
Warsaw	iso2=PL	type=capital	lat=52.23	lon=21.01

# PT Portugal
Portugal	iso2=PT	type=name	canonical=yes	lat=39.6	lon=-8.0
Portuguese Republic	iso2=PT	type=name
Portuguese	iso2=PT	type=demonym
Lisbon	iso2=PT	type=capital	lat=38.72	lon=-9.14
Lisboa	iso2=PT	type=capital	lat=38.72	lon=-9.14

# PR Puerto Rico
Puerto Rico	iso2=PR	type=name	canonical=yes	lat=18.22	lon=-66.59
Commonwealth of Puerto Rico	iso2=PR	type=name
Puerto Rican	iso2=PR	type=demonym
Puerto Ricans	iso2=PR	type=demonym
San Juan	iso2=PR	type=capital	lat=18.47	lon=-66.11	ambiguous=yes

# QA Qatar
Qatar	iso2=QA	type=name	canonical=yes	lat=25.3	lon=51.2
State of Qatar	iso2=QA	type=name
Qatari	iso2=QA	type=demonym
Qataris	iso2=QA	type=demonym
Doha	iso2=QA	type=capital	lat=25.29	lon=51.53

# CG Republic of the Congo
Republic of the Congo	iso2=CG	type=name	canonical=yes	lat=-0.7	lon=15.4
Republic of Congo	iso2=CG	type=name
Congo-Brazzaville	iso2=CG	type=name
Congo Brazzaville	iso2=CG	type=name
Congo Republic	iso2=CG	type=name
Brazzaville	iso2=CG	type=capital	lat=-4.27	lon=15.28

# RE Réunion
Réunion	iso2=RE	type=name	canonical=yes	lat=-21.12	lon=55.54
Reunion	iso2=RE	type=name	ambiguous=yes	case=exact
La Réunion	iso2=RE	type=name
Reunion Island	iso2=RE	type=name
Réunion Island	iso2=RE	type=name
Réunionese	iso2=RE	type=demonym
Reunionese	iso2=RE	type=demonym

# RO Romania
Romania	iso2=RO	type=name	canonical=yes	lat=45.9	lon=25.0
Rumania	iso2=RO	type=name
Romanian	iso2=RO	type=demonym
Romanians	iso2=RO	type=demonym
Bucharest	iso2=RO	type=capital	lat=44.43	lon=26.1

# RU Russia
Russia	iso2=RU	type=name	canonical=yes	lat=60	lon=100
Russian Federation	iso2=RU	type=name
Russian	iso2=RU	type=demonym
Russians	iso2=RU	type=demonym
Moscow	iso2=RU	type=capital	lat=55.76	lon=37.62
Kremlin	iso2=RU	type=capital	lat=55.75	lon=37.62

# RW Rwanda
Rwanda	iso2=RW	type=name	canonical=yes	lat=-1.94	lon=29.87
Republic of Rwanda	iso2=RW	type=name
Rwandan	iso2=RW	type=demonym
Rwandans	iso2=RW	type=demonym
Rwandese	iso2=RW	type=demonym
Kigali	iso2=RW	type=capital	lat=-1.94	lon=30.06

# BL Saint Barthélemy
Saint Barthélemy	iso2=BL	type=name	canonical=yes	lat=17.9	lon=-62.83
Saint Barthelemy	iso2=BL	type=name
St. Barthélemy	iso2=BL	type=name
St Barthélemy	iso2=BL	type=name
St. Barts	iso2=BL	type=name
St Barts	iso2=BL	type=name
St Barths	iso2=BL	type=name
Saint-Barthélemy	iso2=BL	type=name
Gustavia	iso2=BL	type=capital	lat=17.9	lon=-62.85

# SH Saint Helena, Ascension and Tristan da Cunha
Saint Helena, Ascension and Tristan da Cunha	iso2=SH	type=name	canonical=yes	lat=-15.96	lon=-5.71
Saint Helena	iso2=SH	type=name
St Helena	iso2=SH	type=name
St. Helena	iso2=SH	type=name
Ascension Island	iso2=SH	type=name
Tristan da Cunha	iso2=SH	type=name
Saint Helenian	iso2=SH	type=demonym
Saint Helenians	iso2=SH	type=demonym

# KN Saint Kitts and Nevis
Saint Kitts and Nevis	iso2=KN	type=name	canonical=yes	lat=17.34	lon=-62.76
St Kitts and Nevis	iso2=KN	type=name
St. Kitts and Nevis	iso2=KN	type=name
Saint Kitts & Nevis	iso2=KN	type=name
St Kitts	iso2=KN	type=name
St. Kitts	iso2=KN	type=name
Saint Kitts	iso2=KN	type=name
Federation of Saint Kitts and Nevis	iso2=KN	type=name
Kittitian	iso2=KN	type=demonym
Kittitians	iso2=KN	type=demonym
Nevisian	iso2=KN	type=demonym
Nevisians	iso2=KN	type=demonym
Basseterre	iso2=KN	type=capital	lat=17.3	lon=-62.72

# LC Saint Lucia
Saint Lucia	iso2=LC	type=name	canonical=yes	lat=13.91	lon=-60.98
St Lucia	iso2=LC	type=name
St. Lucia	iso2=LC	type=name
Saint Lucian	iso2=LC	type=demonym
Saint Lucians	iso2=LC	type=demonym
St Lucian	iso2=LC	type=demonym
St Lucians	iso2=LC	type=demonym
Castries	iso2=LC	type=capital	lat=14.01	lon=-60.99

# MF Saint Martin
Saint Martin	iso2=MF	type=name	canonical=yes	lat=18.07	lon=-63.05
St. Martin	iso2=MF	type=name
St Martin	iso2=MF	type=name
Saint-Martin	iso2=MF	type=name
Collectivity of Saint Martin	iso2=MF	type=name
Marigot	iso2=MF	type=capital	lat=18.07	lon=-63.08

# PM Saint Pierre and Miquelon
Saint Pierre and Miquelon	iso2=PM	type=name	canonical=yes	lat=47.05	lon=-56.35
St Pierre and Miquelon	iso2=PM	type=name
St. Pierre and Miquelon	iso2=PM	type=name
Saint-Pierre-et-Miquelon	iso2=PM	type=name

# VC Saint Vincent and the Grenadines
Saint Vincent and the Grenadines	iso2=VC	type=name	canonical=yes	lat=13.25	lon=-61.19
St Vincent and the Grenadines	iso2=VC	type=name
St. Vincent and the Grenadines	iso2=VC	type=name
Saint Vincent	iso2=VC	type=name
St Vincent	iso2=VC	type=name
St. Vincent	iso2=VC	type=name
Vincentian	iso2=VC	type=demonym
Vincentians	iso2=VC	type=demonym
Kingstown	iso2=VC	type=capital	lat=13.16	lon=-61.23

# WS Samoa
Samoa	iso2=WS	type=name	canonical=yes	lat=-13.95	lon=-171.8
Independent State of Samoa	iso2=WS	type=name
Western Samoa	iso2=WS	type=name
Samoan	iso2=WS	type=demonym
Samoans	iso2=WS	type=demonym
Apia	iso2=WS	type=capital	lat=-13.83	lon=-171.76

# SM San Marino
San Marino	iso2=SM	type=name	canonical=yes	lat=43.94	lon=12.46
Republic of San Marino	iso2=SM	type=name
Sammarinese	iso2=SM	type=demonym

# ST São Tomé and Príncipe
São Tomé and Príncipe	iso2=ST	type=name	canonical=yes	lat=0.23	lon=6.6
Sao Tome and Principe	iso2=ST	type=name
São Tomé e Príncipe	iso2=ST	type=name
Sao Tome	iso2=ST	type=name
Santomean	iso2=ST	type=demonym
Santomeans	iso2=ST	type=demonym
São Toméan	iso2=ST	type=demonym
São Toméans	iso2=ST	type=demonym

# SA Saudi Arabia
Saudi Arabia	iso2=SA	type=name	canonical=yes	lat=25	lon=45
Kingdom of Saudi Arabia	iso2=SA	type=name
KSA	iso2=SA	type=name
Saudi	iso2=SA	type=demonym
Saudis	iso2=SA	type=demonym
Saudi Arabian	iso2=SA	type=demonym
Saudi Arabians	iso2=SA	type=demonym
Riyadh	iso2=SA	type=capital	lat=24.71	lon=46.68

# SN Senegal
Senegal	iso2=SN	type=name	canonical=yes	lat=14.5	lon=-14.5
Republic of Senegal	iso2=SN	type=name
Sénégal	iso2=SN	type=name
Senegalese	iso2=SN	type=demonym
Dakar	iso2=SN	type=capital	lat=14.72	lon=-17.47

# RS Serbia
Serbia	iso2=RS	type=name	canonical=yes	lat=44.0	lon=21.0
Republic of Serbia	iso2=RS	type=name
Srbija	iso2=RS	type=name
Serbian	iso2=RS	type=demonym
Serbians	iso2=RS	type=demonym
Serb	iso2=RS	type=demonym
Serbs	iso2=RS	type=demonym
Belgrade	iso2=RS	type=capital	lat=44.79	lon=20.45
Beograd	iso2=RS	type=capital	lat=44.79	lon=20.45

# SC Seychelles
Seychelles	iso2=SC	type=name	canonical=yes	lat=-4.68	lon=55.49
Republic of Seychelles	iso2=SC	type=name
Seychellois	iso2=SC	type=demonym

# SL Sierra Leone
Sierra Leone	iso2=SL	type=name	canonical=yes	lat=8.5	lon=-11.8
Republic of Sierra Leone	iso2=SL	type=name
Sierra Leonean	iso2=SL	type=demonym
Sierra Leoneans	iso2=SL	type=demonym
Freetown	iso2=SL	type=capital	lat=8.48	lon=-13.23

# SG Singapore
Singapore	iso2=SG	type=name	canonical=yes	lat=1.35	lon=103.82
Republic of Singapore	iso2=SG	type=name
Singaporean	iso2=SG	type=demonym
Singaporeans	iso2=SG	type=demonym

# SX Sint Maarten
Sint Maarten	iso2=SX	type=name	canonical=yes	lat=18.04	lon=-63.06
St Maarten	iso2=SX	type=name
St. Maarten	iso2=SX	type=name
Sint-Maarten	iso2=SX	type=name
Philipsburg	iso2=SX	type=capital	lat=18.03	lon=-63.05

# SK Slovakia
Slovakia	iso2=SK	type=name	canonical=yes	lat=48.7	lon=19.7
Slovak Republic	iso2=SK	type=name
Slovak	iso2=SK	type=demonym
Slovaks	iso2=SK	type=demonym
Slovakian	iso2=SK	type=demonym
Slovakians	iso2=SK	type=demonym
Bratislava	iso2=SK	type=capital	lat=48.15	lon=17.11

# SI Slovenia
Slovenia	iso2=SI	type=name	canonical=yes	lat=46.15	lon=14.99
Republic of Slovenia	iso2=SI	type=name
Slovenian	iso2=SI	type=demonym
Slovenians	iso2=SI	type=demonym
Slovene	iso2=SI	type=demonym
Slovenes	iso2=SI	type=demonym
Ljubljana	iso2=SI	type=capital	lat=46.06	lon=14.51

# SB Solomon Islands
Solomon Islands	iso2=SB	type=name	canonical=yes	lat=-9.6	lon=160.2
Solomons	iso2=SB	type=name
Solomon Islander	iso2=SB	type=demonym
Solomon Islanders	iso2=SB	type=demonym
Honiara	iso2=SB	type=capital	lat=-9.43	lon=159.95

# SO Somalia
Somalia	iso2=SO	type=name	canonical=yes	lat=6	lon=48
Federal Republic of Somalia	iso2=SO	type=name
Somali	iso2=SO	type=demonym
Somalis	iso2=SO	type=demonym
Somalian	iso2=SO	type=demonym
Somalians	iso2=SO	type=demonym
Mogadishu	iso2=SO	type=capital	lat=2.05	lon=45.32

# ZA South Africa
South Africa	iso2=ZA	type=name	canonical=yes	lat=-29	lon=24
Republic of South Africa	iso2=ZA	type=name
RSA	iso2=ZA	type=name
South African	iso2=ZA	type=demonym
South Africans	iso2=ZA	type=demonym
Pretoria	iso2=ZA	type=capital	lat=-25.75	lon=28.19
Tshwane	iso2=ZA	type=capital	lat=-25.75	lon=28.19

# GS South Georgia and the South Sandwich Islands
South Georgia and the South Sandwich Islands	iso2=GS	type=name	canonical=yes	lat=-54.4	lon=-36.6
South Georgia	iso2=GS	type=name
South Sandwich Islands	iso2=GS	type=name
South Georgia and South Sandwich Islands	iso2=GS	type=name

# KR South Korea
South Korea	iso2=KR	type=name	canonical=yes	lat=36.0	lon=127.8
Republic of Korea	iso2=KR	type=name
ROK	iso2=KR	type=name
S. Korea	iso2=KR	type=name
Korea	iso2=KR	type=name	ambiguous=yes
South Korean	iso2=KR	type=demonym
South Koreans	iso2=KR	type=demonym
Korean	iso2=KR	type=demonym	ambiguous=yes
Koreans	iso2=KR	type=demonym	ambiguous=yes
Seoul	iso2=KR	type=capital	lat=37.57	lon=126.98

# SS South Sudan
South Sudan	iso2=SS	type=name	canonical=yes	lat=7.3	lon=30.2
Republic of South Sudan	iso2=SS	type=name
South Sudanese	iso2=SS	type=demonym
Juba	iso2=SS	type=capital	lat=4.86	lon=31.57

# ES Spain
Spain	iso2=ES	type=name	canonical=yes	lat=40.2	lon=-3.6
Kingdom of Spain	iso2=ES	type=name
España	iso2=ES	type=name
Spanish	iso2=ES	type=demonym
Spaniard	iso2=ES	type=demonym
Spaniards	iso2=ES	type=demonym
Madrid	iso2=ES	type=capital	lat=40.42	lon=-3.7

# LK Sri Lanka
Sri Lanka	iso2=LK	type=name	canonical=yes	lat=7.9	lon=80.7
Democratic Socialist Republic of Sri Lanka	iso2=LK	type=name
Ceylon	iso2=LK	type=name
Sri Lankan	iso2=LK	type=demonym
Sri Lankans	iso2=LK	type=demonym
Colombo	iso2=LK	type=capital	lat=6.93	lon=79.86
Sri Jayawardenepura Kotte	iso2=LK	type=capital	lat=6.89	lon=79.92

# SD Sudan
Sudan	iso2=SD	type=name	canonical=yes	lat=16	lon=30
Republic of the Sudan	iso2=SD	type=name
Republic of Sudan	iso2=SD	type=name
The Sudan	iso2=SD	type=name
Sudanese	iso2=SD	type=demonym
Khartoum	iso2=SD	type=capital	lat=15.5	lon=32.56
Port Sudan	iso2=SD	type=capital	lat=19.62	lon=37.22

# SR Suriname
Suriname	iso2=SR	type=name	canonical=yes	lat=4.0	lon=-56.0
Republic of Suriname	iso2=SR	type=name
Surinam	iso2=SR	type=name
Surinamese	iso2=SR	type=demonym
Surinamer	iso2=SR	type=demonym
Surinamers	iso2=SR	type=demonym
Paramaribo	iso2=SR	type=capital	lat=5.85	lon=-55.2

# SJ Svalbard and Jan Mayen
Svalbard and Jan Mayen	iso2=SJ	type=name	canonical=yes	lat=78.5	lon=16.5
Svalbard	iso2=SJ	type=name
Jan Mayen	iso2=SJ	type=name
Spitsbergen	iso2=SJ	type=name
Longyearbyen	iso2=SJ	type=capital	lat=78.22	lon=15.65

# SE Sweden
Sweden	iso2=SE	type=name	canonical=yes	lat=62.0	lon=15.0
Kingdom of Sweden	iso2=SE	type=name
Sverige	iso2=SE	type=name
Swedish	iso2=SE	type=demonym
Swede	iso2=SE	type=demonym
Swedes	iso2=SE	type=demonym
Stockholm	iso2=SE	type=capital	lat=59.33	lon=18.07

# CH Switzerland
Switzerland	iso2=CH	type=name	canonical=yes	lat=46.8	lon=8.2
Swiss Confederation	iso2=CH	type=name
Confoederatio Helvetica	iso2=CH	type=name
Schweiz	iso2=CH	type=name
Suisse	iso2=CH	type=name
Swiss	iso2=CH	type=demonym
Bern	iso2=CH	type=capital	lat=46.95	lon=7.45
Berne	iso2=CH	type=capital	lat=46.95	lon=7.45

# SY Syria
Syria	iso2=SY	type=name	canonical=yes	lat=35.0	lon=38.5
Syrian Arab Republic	iso2=SY	type=name
Syrian	iso2=SY	type=demonym
Syrians	iso2=SY	type=demonym
Damascus	iso2=SY	type=capital	lat=33.51	lon=36.29

# TW Taiwan
Taiwan	iso2=TW	type=name	canonical=yes	lat=23.7	lon=121.0
Republic of China	iso2=TW	type=name
Chinese Taipei	iso2=TW	type=name
Formosa	iso2=TW	type=name
Taiwanese	iso2=TW	type=demonym
Taipei	iso2=TW	type=capital	lat=25.03	lon=121.57

# TJ Tajikistan
Tajikistan	iso2=TJ	type=name	canonical=yes	lat=38.9	lon=71.3
Republic of Tajikistan	iso2=TJ	type=name
Tadjikistan	iso2=TJ	type=name
Tajik	iso2=TJ	type=demonym
Tajiks	iso2=TJ	type=demonym
Tajikistani	iso2=TJ	type=demonym
Tajikistanis	iso2=TJ	type=demonym
Dushanbe	iso2=TJ	type=capital	lat=38.56	lon=68.79

# TZ Tanzania
Tanzania	iso2=TZ	type=name	canonical=yes	lat=-6.4	lon=34.9
United Republic of Tanzania	iso2=TZ	type=name
Tanzanian	iso2=TZ	type=demonym
Tanzanians	iso2=TZ	type=demonym
Dodoma	iso2=TZ	type=capital	lat=-6.16	lon=35.75
Dar es Salaam	iso2=TZ	type=capital	lat=-6.79	lon=39.21

# TH Thailand
Thailand	iso2=TH	type=name	canonical=yes	lat=15.9	lon=101.0
Kingdom of Thailand	iso2=TH	type=name
Siam	iso2=TH	type=name
Thai	iso2=TH	type=demonym
Thais	iso2=TH	type=demonym
Bangkok	iso2=TH	type=capital	lat=13.76	lon=100.5

# TL Timor-Leste
Timor-Leste	iso2=TL	type=name	canonical=yes	lat=-8.8	lon=125.9
East Timor	iso2=TL	type=name
Timor Leste	iso2=TL	type=name
Democratic Republic of Timor-Leste	iso2=TL	type=name
Timorese	iso2=TL	type=demonym
East Timorese	iso2=TL	type=demonym
Dili	iso2=TL	type=capital	lat=-8.56	lon=125.57

# TG Togo
Togo	iso2=TG	type=name	canonical=yes	lat=8.6	lon=0.8
Togolese Republic	iso2=TG	type=name
Togolese	iso2=TG	type=demonym
Lomé	iso2=TG	type=capital	lat=6.13	lon=1.22
Lome	iso2=TG	type=capital	lat=6.13	lon=1.22

# TK Tokelau
Tokelau	iso2=TK	type=name	canonical=yes	lat=-9.38	lon=-171.22
Tokelauan	iso2=TK	type=demonym
Tokelauans	iso2=TK	type=demonym

# TO Tonga
Tonga	iso2=TO	type=name	canonical=yes	lat=-21.18	lon=-175.2
Kingdom of Tonga	iso2=TO	type=name
Tongan	iso2=TO	type=demonym
Tongans	iso2=TO	type=demonym
Nuku'alofa	iso2=TO	type=capital	lat=-21.14	lon=-175.2
Nukualofa	iso2=TO	type=capital	lat=-21.14	lon=-175.2

# TT Trinidad and Tobago
Trinidad and Tobago	iso2=TT	type=name	canonical=yes	lat=10.45	lon=-61.25
Trinidad & Tobago	iso2=TT	type=name
Trinidad	iso2=TT	type=name
Tobago	iso2=TT	type=name
Trinidadian	iso2=TT	type=demonym
Trinidadians	iso2=TT	type=demonym
Tobagonian	iso2=TT	type=demonym
Tobagonians	iso2=TT	type=demonym
Trinbagonian	iso2=TT	type=demonym
Trinbagonians	iso2=TT	type=demonym
Port of Spain	iso2=TT	type=capital	lat=10.66	lon=-61.51
Port-of-Spain	iso2=TT	type=capital	lat=10.66	lon=-61.51

# TN Tunisia
Tunisia	iso2=TN	type=name	canonical=yes	lat=34.0	lon=9.5
Republic of Tunisia	iso2=TN	type=name
Tunisian	iso2=TN	type=demonym
Tunisians	iso2=TN	type=demonym
Tunis	iso2=TN	type=capital	lat=36.81	lon=10.18

# TR Turkey
Turkey	iso2=TR	type=name	canonical=yes	lat=39.0	lon=35.2
Türkiye	iso2=TR	type=name
Turkiye	iso2=TR	type=name
Republic of Turkey	iso2=TR	type=name
Republic of Türkiye	iso2=TR	type=name
Turkish	iso2=TR	type=demonym
Turk	iso2=TR	type=demonym
Turks	iso2=TR	type=demonym
Ankara	iso2=TR	type=capital	lat=39.93	lon=32.86

# TM Turkmenistan
Turkmenistan	iso2=TM	type=name	canonical=yes	lat=39.75	lon=59.6667
Turkmen	iso2=TM	type=demonym
Turkmens	iso2=TM	type=demonym
Turkmenistani	iso2=TM	type=demonym
Turkmenistanis	iso2=TM	type=demonym
Ashgabat	iso2=TM	type=capital	lat=37.96	lon=58.33
Ashkhabad	iso2=TM	type=capital	lat=37.96	lon=58.33

# TC Turks and Caicos Islands
Turks and Caicos Islands	iso2=TC	type=name	canonical=yes	lat=21.78	lon=-71.73
Turks and Caicos	iso2=TC	type=name
Turks & Caicos	iso2=TC	type=name
Cockburn Town	iso2=TC	type=capital	lat=21.46	lon=-71.14

# TV Tuvalu
Tuvalu	iso2=TV	type=name	canonical=yes	lat=-8.52	lon=179.2
Tuvaluan	iso2=TV	type=demonym
Tuvaluans	iso2=TV	type=demonym
Funafuti	iso2=TV	type=capital	lat=-8.52	lon=179.2

# VI U.S. Virgin Islands
U.S. Virgin Islands	iso2=VI	type=name	canonical=yes	lat=18.34	lon=-64.9
US Virgin Islands	iso2=VI	type=name
United States Virgin Islands	iso2=VI	type=name
Virgin Islands of the United States	iso2=VI	type=name
USVI	iso2=VI	type=name
Virgin Islands	iso2=VI	type=name	ambiguous=yes
Virgin Islander	iso2=VI	type=demonym
Virgin Islanders	iso2=VI	type=demonym
Charlotte Amalie	iso2=VI	type=capital	lat=18.34	lon=-64.93

# UG Uganda
Uganda	iso2=UG	type=name	canonical=yes	lat=1.4	lon=32.3
Republic of Uganda	iso2=UG	type=name
Ugandan	iso2=UG	type=demonym
Ugandans	iso2=UG	type=demonym
Kampala	iso2=UG	type=capital	lat=0.35	lon=32.58

# UA Ukraine
Ukraine	iso2=UA	type=name	canonical=yes	lat=49	lon=32
Ukrainian	iso2=UA	type=demonym
Ukrainians	iso2=UA	type=demonym
Kyiv	iso2=UA	type=capital	lat=50.45	lon=30.52
Kiev	iso2=UA	type=capital	lat=50.45	lon=30.52

# AE United Arab Emirates
United Arab Emirates	iso2=AE	type=name	canonical=yes	lat=23.6	lon=54.2
UAE	iso2=AE	type=name
U.A.E.	iso2=AE	type=name
Emirates	iso2=AE	type=name	ambiguous=yes
Emirati	iso2=AE	type=demonym
Emiratis	iso2=AE	type=demonym
Abu Dhabi	iso2=AE	type=capital	lat=24.45	lon=54.38

# GB United Kingdom
United Kingdom	iso2=GB	type=name	canonical=yes	lat=54.7584	lon=-2.69531
UK	iso2=GB	type=name
U.K.	iso2=GB	type=name
Britain	iso2=GB	type=name
Great Britain	iso2=GB	type=name
United Kingdom of Great Britain and Northern Ireland	iso2=GB	type=name
British	iso2=GB	type=demonym
Briton	iso2=GB	type=demonym
Britons	iso2=GB	type=demonym
Brit	iso2=GB	type=demonym
Brits	iso2=GB	type=demonym
London	iso2=GB	type=capital	lat=51.51	lon=-0.13
Downing Street	iso2=GB	type=capital	lat=51.5	lon=-0.13

# US United States
United States	iso2=US	type=name	canonical=yes	lat=39.8	lon=-98.6
United States of America	iso2=US	type=name
U.S.	iso2=US	type=name
U.S	iso2=US	type=name
US	iso2=US	type=name	case=exact
USA	iso2=US	type=name
U.S.A.	iso2=US	type=name
America	iso2=US	type=name	ambiguous=yes
American	iso2=US	type=demonym
Americans	iso2=US	type=demonym
Washington	iso2=US	type=capital	lat=38.9	lon=-77.04
Washington DC	iso2=US	type=capital	lat=38.9	lon=-77.04
Washington D.C.	iso2=US	type=capital	lat=38.9	lon=-77.04
Washington, D.C.	iso2=US	type=capital	lat=38.9	lon=-77.04
White House	iso2=US	type=capital	lat=38.9	lon=-77.04

# UM United States Minor Outlying Islands
United States Minor Outlying Islands	iso2=UM	type=name	canonical=yes	lat=19.28	lon=166.65
U.S. Minor Outlying Islands	iso2=UM	type=name
US Minor Outlying Islands	iso2=UM	type=name
Wake Island	iso2=UM	type=name
Johnston Atoll	iso2=UM	type=name
Palmyra Atoll	iso2=UM	type=name
Midway Atoll	iso2=UM	type=name

# UY Uruguay
Uruguay	iso2=UY	type=name	canonical=yes	lat=-32.8	lon=-56.0
Oriental Republic of Uruguay	iso2=UY	type=name
Uruguayan	iso2=UY	type=demonym
Uruguayans	iso2=UY	type=demonym
Montevideo	iso2=UY	type=capital	lat=-34.9	lon=-56.16

# UZ Uzbekistan
Uzbekistan	iso2=UZ	type=name	canonical=yes	lat=41	lon=64
Republic of Uzbekistan	iso2=UZ	type=name
Uzbek	iso2=UZ	type=demonym
Uzbeks	iso2=UZ	type=demonym
Uzbekistani	iso2=UZ	type=demonym
Uzbekistanis	iso2=UZ	type=demonym
Tashkent	iso2=UZ	type=capital	lat=41.3	lon=69.24

# VU Vanuatu
Vanuatu	iso2=VU	type=name	canonical=yes	lat=-15.4	lon=166.9
Republic of Vanuatu	iso2=VU	type=name
Ni-Vanuatu	iso2=VU	type=demonym
Port Vila	iso2=VU	type=capital	lat=-17.73	lon=168.32

# VA Vatican City
Vatican City	iso2=VA	type=name	canonical=yes	lat=41.9	lon=12.45
Vatican	iso2=VA	type=name
Holy See	iso2=VA	type=name
Vatican City State	iso2=VA	type=name

# VE Venezuela
Venezuela	iso2=VE	type=name	canonical=yes	lat=8	lon=-66
Bolivarian Republic of Venezuela	iso2=VE	type=name
Venezuelan	iso2=VE	type=demonym
Venezuelans	iso2=VE	type=demonym
Caracas	iso2=VE	type=capital	lat=10.48	lon=-66.9

# VN Vietnam
Vietnam	iso2=VN	type=name	canonical=yes	lat=16.1667	lon=107.833
Viet Nam	iso2=VN	type=name
Socialist Republic of Vietnam	iso2=VN	type=name
Vietnamese	iso2=VN	type=demonym
Hanoi	iso2=VN	type=capital	lat=21.03	lon=105.85
Ha Noi	iso2=VN	type=capital	lat=21.03	lon=105.85

# WF Wallis and Futuna
Wallis and Futuna	iso2=WF	type=name	canonical=yes	lat=-13.29	lon=-176.2
Wallis & Futuna	iso2=WF	type=name
Wallisian	iso2=WF	type=demonym
Wallisians	iso2=WF	type=demonym
Futunan	iso2=WF	type=demonym
Futunans	iso2=WF	type=demonym
Mata-Utu	iso2=WF	type=capital	lat=-13.28	lon=-176.17

# EH Western Sahara
Western Sahara	iso2=EH	type=name	canonical=yes	lat=24.2	lon=-12.9
Sahrawi Arab Democratic Republic	iso2=EH	type=name
SADR	iso2=EH	type=name
Sahrawi Republic	iso2=EH	type=name
Sahrawi	iso2=EH	type=demonym
Sahrawis	iso2=EH	type=demonym
Saharawi	iso2=EH	type=demonym
Saharawis	iso2=EH	type=demonym
Laayoune	iso2=EH	type=capital	lat=27.15	lon=-13.2
Laâyoune	iso2=EH	type=capital	lat=27.15	lon=-13.2
El Aaiún	iso2=EH	type=capital	lat=27.15	lon=-13.2
El Aaiun	iso2=EH	type=capital	lat=27.15	lon=-13.2

# YE Yemen
Yemen	iso2=YE	type=name	canonical=yes	lat=15.6	lon=47.6
Republic of Yemen	iso2=YE	type=name
Yemeni	iso2=YE	type=demonym
Yemenis	iso2=YE	type=demonym
Yemenite	iso2=YE	type=demonym
Yemenites	iso2=YE	type=demonym
Sanaa	iso2=YE	type=capital	lat=15.37	lon=44.19
Sana'a	iso2=YE	type=capital	lat=15.37	lon=44.19
Aden	iso2=YE	type=capital	lat=12.79	lon=45.02

# ZM Zambia
Zambia	iso2=ZM	type=name	canonical=yes	lat=-13.1	lon=27.8
Republic of Zambia	iso2=ZM	type=name
Zambian	iso2=ZM	type=demonym
Zambians	iso2=ZM	type=demonym
Lusaka	iso2=ZM	type=capital	lat=-15.39	lon=28.32

# ZW Zimbabwe
Zimbabwe	iso2=ZW	type=name	canonical=yes	lat=-19.0	lon=29.2
Republic of Zimbabwe	iso2=ZW	type=name
Zimbabwean	iso2=ZW	type=demonym
Zimbabweans	iso2=ZW	type=demonym
Harare	iso2=ZW	type=capital	lat=-17.83	lon=31.05
