/**
 * Hand-kept word lists for the named-entity layer (src/engine/language/entities), written from
 * general knowledge. Plain data: no logic here. See ./SOURCES.md.
 *
 * The Worker does not import this file: scripts/build-gazetteer.ts merges it with the npm
 * sources into the final tables of generated.ts. After editing it, run
 * `npx tsx scripts/build-gazetteer.ts` (a test fails while generated.ts is stale).
 */

/** Extra English names of countries (ISO alpha-2: names) that the generated list lacks. */
export const COUNTRY_EXTRA = `GB:Britain|Great Britain|U.K.|UK|United Kingdom
US:America|U.S.|U.S.A.|USA|US|United States|United States of America
RU:Russia|Russian Federation
CN:China|PRC|mainland China
KR:South Korea|Korea
KP:North Korea
TW:Taiwan
SY:Syria
IR:Iran
LA:Laos
VN:Vietnam|Viet Nam
BO:Bolivia
VE:Venezuela
TZ:Tanzania
MD:Moldova
FM:Micronesia
BN:Brunei
PS:Palestine|Palestinian Territories
VA:Vatican|Vatican City|Holy See
CZ:Czech Republic|Czechia
NL:Netherlands|Holland
MM:Myanmar|Burma
CI:Ivory Coast|Cote d'Ivoire
CD:Democratic Republic of Congo|DR Congo|DRC|Zaire
CG:Congo|Congo Republic
BA:Bosnia|Bosnia-Herzegovina|Bosnia and Herzegovina
MK:Macedonia|North Macedonia
TR:Turkey
SZ:Swaziland|Eswatini
CV:Cape Verde
TL:East Timor|Timor-Leste
AE:UAE|United Arab Emirates|Emirates
XK:Kosovo
GM:Gambia
BS:Bahamas
PH:Philippines
SA:Saudi Arabia
DO:Dominican Republic
NZ:New Zealand|NZ`;

/** Parts of a country (region or nation within it) and historic/short names: ISO code: names. */
export const REGION_EXTRA = `GB:England|Scotland|Wales|Northern Ireland|London|Ulster
US:Washington|Wall Street|Silicon Valley|Hawaii|Alaska|California|Texas|Florida|New York|New England
RU:Siberia|Chechnya|Dagestan|Moscow|Kaliningrad|Tatarstan
UA:Crimea|Donbas|Donbass|Donetsk|Luhansk|Kiev|Kyiv
CN:Xinjiang|Tibet|Inner Mongolia|Manchuria|Hong Kong|Macau|Macao
IN:Kashmir|Punjab|Bengal|Goa
PS:Gaza|Gaza Strip|West Bank
IL:Jerusalem|Tel Aviv|Golan Heights|Golan
ES:Catalonia|Basque Country|Andalusia|Madrid
FR:Corsica|Brittany|Normandy|Alsace|Provence|Riviera
IT:Sicily|Sardinia|Tuscany|Lombardy
DE:Bavaria|Saxony|Rhineland
IQ:Kurdistan|Baghdad
CA:Quebec|Ontario|British Columbia|Alberta
AU:Queensland|Tasmania|New South Wales|Victoria
ZA:Natal|Transvaal
RS:Vojvodina
GE:Abkhazia|South Ossetia
AZ:Nagorno-Karabakh
MD:Transdniestria|Transnistria
ID:Java|Sumatra|Bali|Borneo|East Timor
MY:Sabah|Sarawak
PK:Baluchistan|Balochistan|Waziristan
KR:Seoul
JP:Okinawa|Hokkaido|Kyushu|Tokyo`;

/**
 * Names of well-known cities in German, French, Spanish, Italian, Portuguese and Dutch where they
 * differ from the English or local name the city list gives (for pages in those languages):
 * ISO code: names. Written by hand from general knowledge. Left out: Italian names that are
 * also football clubs' (Roma, Napoli, Torino, Genova, Milano, Venezia), which English sports
 * pages write alone.
 */
export const CITY_EXONYMS = `PL:Warschau|Varsovie|Varsovia|Varsavia|Varsóvia|Krakau|Cracovie|Cracovia|Danzig|Breslau|Posen
CZ:Prag|Prague|Praag|Praga
RU:Moskau|Moscou|Moscú|Mosca|Moskou|Sankt Petersburg|Saint-Pétersbourg|San Petersburgo|San Pietroburgo|Sint-Petersburg
UA:Kiew|Kyjiw
CN:Peking|Pékin|Pekín|Pechino|Pequim
BE:Brüssel|Bruxelles|Bruselas|Bruxelas|Brussel|Anvers|Amberes|Lüttich|Liège|Gand
CH:Genf|Genève|Ginebra|Ginevra|Genebra|Bâle|Basilea
IT:Rom|Mailand|Milán|Neapel|Nápoles|Venedig|Venise|Venecia|Florenz|Florencia|Firenze|Turín|Genua|Gênes|Génova
PT:Lissabon|Lisbonne|Lisbona
DK:Kopenhagen|Copenhague|Copenaghen|Copenhaga
GR:Athen|Athènes|Atenas|Atene|Athene
EG:Kairo|Le Caire|El Cairo|Il Cairo
GB:Londres|Londra|Londen
FR:Parigi|Parijs|Straßburg|Estrasburgo|Nizza|Niza
DE:Berlino|Berlim|München|Múnich|Monaco di Baviera|Keulen
AT:Vienne|Viena|Wenen
JP:Tokio
IN:Neu-Delhi|Nueva Delhi|Nuova Delhi
US:Nueva York|Nova Iorque|Nuova York
NL:Den Haag|La Haye|La Haya
RS:Belgrad|Belgrado
RO:Bukarest|Bucarest|Bucareste
IR:Teheran|Téhéran|Teherán
SY:Damaskus|Damas|Damasco
IQ:Bagdad
DZ:Algier|Alger|Argel
SE:Estocolmo|Stoccolma
TR:Estambul
IL:Jérusalem|Jerusalén|Gerusalemme`;

/** Places in no single country (continents, seas, regions). */
export const PLACE_WORLD = `Europe|Asia|Africa|North America|South America|Latin America|Central America|Antarctica|Arctic|Oceania|Australasia
Middle East|Near East|Far East|Balkans|Caucasus|Scandinavia|Baltic|Baltics|Central Asia|Southeast Asia|South Asia|East Asia|West Africa|East Africa|North Africa|Horn of Africa|Sahara|Sahel|Mediterranean|Caribbean|Pacific|Atlantic|Indian Ocean|Persian Gulf|Gulf|Black Sea|Red Sea|Caspian Sea|South China Sea|East China Sea|North Sea|Himalayas|Alps|Andes|Amazon|Nile|Danube|Rhine|Kurdistan|Eurasia|Western Europe|Eastern Europe|Central Europe|Yugoslavia|Soviet Union|USSR|Czechoslovakia|East Germany|West Germany|West Indies`;

/**
 * Well-known organizations: each line "Name|alias|alias". The first is the name given.
 * Acronyms are aliases; either form found in a text resolves to the same entry.
 */
export const ORGANIZATIONS = `North Atlantic Treaty Organization|NATO
United Nations|UN|U.N.
European Union|EU|E.U.
European Commission|EC
European Central Bank|ECB
International Monetary Fund|IMF
World Bank
World Trade Organization|WTO
World Health Organization|WHO
Organization of the Petroleum Exporting Countries|OPEC
Organization for Security and Cooperation in Europe|OSCE
Association of Southeast Asian Nations|ASEAN
African Union|AU
Arab League
Group of Seven|G7|G-7
Group of Eight|G8|G-8
Group of 20|G20|G-20
International Olympic Committee|IOC
Federation Internationale de Football Association|FIFA
Union of European Football Associations|UEFA
International Cricket Council|ICC
National Basketball Association|NBA
National Football League|NFL
National Hockey League|NHL
Major League Baseball|MLB
Kremlin
White House
Pentagon
State Department
Central Intelligence Agency|CIA
Federal Bureau of Investigation|FBI
National Security Agency|NSA
Federal Reserve|Fed
Securities and Exchange Commission|SEC
New York Stock Exchange|NYSE
Nasdaq
Congress
Senate
House of Representatives
Supreme Court
Bundesbank
Bundestag
Bank of England
Bank of Japan
Duma|State Duma
Knesset
Reuters
Associated Press|AP
Agence France-Presse|AFP
China Central Television|CCTV
Xinhua|Xinhua News Agency
Tass|TASS
Interfax
British Broadcasting Corporation|BBC
Cable News Network|CNN
Red Cross|International Committee of the Red Cross|ICRC
Amnesty International
Human Rights Watch
Greenpeace
Interpol
Europol
Hamas
Hezbollah
Taliban
al-Qaeda|al Qaeda|Al Qaeda
Islamic State|ISIS|ISIL
Palestine Liberation Organization|PLO
Irish Republican Army|IRA
Kurdistan Workers Party|PKK
African National Congress|ANC
Communist Party
Democratic Party|Democrats
Republican Party|Republicans|GOP
Labour Party|Labour
Conservative Party|Conservatives|Tories
Social Democrats|SPD
Christian Democratic Union|CDU
Gazprom
Rosneft
Apple
Google
Alphabet
Microsoft
Amazon
Facebook
Meta
Twitter
Tesla
Boeing
Airbus
Toyota
Volkswagen
Samsung
Sony
General Motors|GM
Ford|Ford Motor Co
International Business Machines|IBM
Intel
Nokia
Siemens
Nestle
Unilever
Exxon|ExxonMobil|Exxon Mobil
Royal Dutch Shell|Shell
British Petroleum|BP
Goldman Sachs
JPMorgan|JP Morgan|JPMorgan Chase
Morgan Stanley
Citigroup|Citibank
HSBC
Barclays
Deutsche Bank
Huawei
Alibaba
Tencent
Netflix
Walmart
Pfizer
Moderna
AstraZeneca
Johnson & Johnson
Organisation for Economic Co-operation and Development|OECD
North American Free Trade Agreement|NAFTA
International Atomic Energy Agency|IAEA
Standard & Poor's|S&P
Moody's
Fitch`;

/** Last words that make a name an organization ("… Bank", "… Inc"). */
export const ORG_HEADS = `Inc Inc. Corp Corp. Corporation Co Co. Ltd Ltd. LLC Plc PLC plc AG SA NV GmbH Group Holdings Holding
Bank Party University College Ministry Agency Council Committee Commission Association Federation Union
Organization Organisation Institute Foundation Company Airlines Airways Club FC Department Office Court
Army Navy Police Parliament Assembly Senate Congress Service Services Authority Board Bureau Fund
Exchange Church Times Post News Journal Motors Industries Systems Technologies Network Television Radio
Press Museum School Hospital Front Movement Alliance League Society Trust Reserve Tribunal Cabinet
Secretariat Forces Guard Brigade Brigades Railways Telecom Petroleum Pharmaceuticals Securities Capital Partners
Investments Ministries Commissions Labs Laboratories Enterprises Associates Electric Energy Oil Mining Steel
Newsroom Desk Broadcasting Herald Gazette Tribune Daily Telegraph Post Agency Directorate Commandos Council Corps Academy Mission`;

/** First words that make "X of Y" an organization ("Bank of …", "University of …"). */
export const ORG_FIRST = `Bank University College Ministry Department Institute Council Committee Commission Association Federation
Union Organization Organisation Office Court Church Board Bureau House Chamber Party Academy Fund League`;

/** Words that make a name a place ("… River", "Mount …"). */
export const PLACE_HEADS = `River Sea Ocean Island Islands Mountain Mountains Bay Gulf Strait Straits Valley Desert Province County
Region Peninsula Canal Airport Street Square Avenue Road Bridge Coast Hills Plain Plains Basin Delta Lake Lakes
Heights Oblast Prefecture Territory Territories Highlands Falls Harbour Harbor Beach Park Boulevard District Republic`;
export const PLACE_FIRST = `Mount Lake Cape Port Gulf Isle Fort Saint St St. San Santa Sao Lake Mt Mt.`;

/**
 * Title and role words: ahead of a name they are its role ("Deputy Foreign Minister …"), never
 * part of the name.
 */
export const TITLE_WORDS = `President Vice Prime Minister Ministers Deputy Foreign Secretary Chancellor Governor Senator Sen. Sen
Rep. Representative Congressman Congresswoman Mayor King Queen Prince Princess Pope Cardinal Archbishop Bishop Rev.
Reverend Father Sheikh Sheik Emir General Gen. Colonel Col. Lt. Lieutenant Captain Capt. Major Maj. Sgt. Sergeant Admiral
Adm. Marshal Judge Justice Ambassador Envoy Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chair Chief Executive
CEO Director Commissioner Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof. Professor Sir Lord Lady Dame Assistant Under Acting Former
Interior Defence Defense Finance Trade Economy Economics Health Education Energy Agriculture Labour Labor State Affairs
Home Treasury Premier Leader Coach Manager Striker Midfielder Defender Goalkeeper Skipper Chairperson Undersecretary
Attorney Auditor Inspector Superintendent Detective Officer Commander Corporal Private Brig. Brigadier Gov. Supt.
Presidential Security Adviser Advisor Counsel Speaker Whip Mufti Ayatollah Imam Rabbi Grand Crown Emperor Empress Sultan
Secretary-General Director-General Commander-in-Chief Attorney-General Justice Magistrate Prosecutor Minister-President
Delegate Negotiator Head Official Senior Spokesmen Economy Industry Environment Transport Culture Sports Communications
Intelligence National Commerce Agriculture Information Immigration Justice Public Works Development Relations European
Eurasian International Foreign Minister-Counsellor Counsellor Councillor Consul Secretary-general Prime-Minister`;

/** Lower-case role heads ahead of a name ("opposition leader …", "striker …"). */
export const ROLE_HEADS = `leader president minister secretary spokesman spokeswoman spokesperson chairman chairwoman chief
executive director governor senator mayor coach manager striker midfielder defender goalkeeper keeper forward winger
captain skipper player champion batsman bowler pitcher quarterback rider driver cyclist jockey trainer actor actress
singer writer author novelist economist analyst lawyer attorney officer official adviser advisor ambassador envoy
commander general colonel prosecutor judge premier chancellor king queen prince emperor editor reporter correspondent
founder owner boss head investor banker diplomat negotiator dissident activist broadcaster president-elect
vice-president deputy lawmaker legislator candidate challenger rival teammate partner opponent veteran newcomer
compatriot holder winner seed star striker centre-forward full-back fullback wicketkeeper opener spinner`;

/** Words that, capitalized at the start of a sentence, are ordinary words, not names. */
export const COMMON_CAPS = `The A An This That These Those There Their They Them He She His Her Hers Him It Its We Our Us You Your
I My Me Mine And But Or Nor So Yet For If When While Where Which Who Whom Whose What Why How After Before Since Until
As At By From In Into On Onto Of Off Out Over Under Up Down With Without Within About Above Across Against Along Among
Around Behind Below Beneath Beside Besides Between Beyond During Except Inside Near Outside Through Throughout Toward
Towards Upon Via Per Than Then Now Also Still Even Just Only Meanwhile However Moreover Furthermore Nevertheless
Instead Otherwise Thus Therefore Hence Indeed Perhaps Maybe Yes No Not Nothing Nobody None Some Any Many Much More Most
Few Several All Both Each Every Either Neither Other Another Such One Two Three Four Five Six Seven Eight Nine Ten
First Second Third Last Next New Old Other Here Today Tomorrow Yesterday Tonight Later Earlier Already Once Again Ever
Never Always Often Sometimes Soon Recently Currently Finally Overall Although Though Unless Whether Because Despite
Following According Asked Speaking Earlier Separately Similarly Additionally Also Let Please Thanks Thank Do Does Did
Is Are Was Were Be Been Being Have Has Had Will Would Shall Should Can Could May Might Must Said Says Say Tell Told
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September
October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun
Mr Mrs Ms Dr Reuter Reuters Total Results Result Standings Scores Score Points Note Notes Editor Editors Update
Photo Photos Video Read Advertisement Related Source Sources Copyright Home Top Page Share Comment Comments Click
Western Eastern Northern Southern West East North South Central Upper Lower Greater Little Big Great Good Bad High Low
Half Full Group Division Round Week Day Year Month Time Game Games Match Cup Final Finals Semifinal Quarterfinal
League Table Series Test Championship Championships Tour Open World Olympic Olympics Grand Prix Stage Race Second
Internet Web Online Email Inc Ltd Co Corp PLC Company Government Parliament Police Army Court Ministry State States
President Minister Prime Chairman Chief Officer Director Team Club Side Coach Player Players Title Season God Lord
Christmas Easter Ramadan War Peace Cold Tax Budget Index Stock Stocks Shares Market Markets Trade Exchange Dollar
Euro Yen Sterling Pound Franc Mark Marks Rupee Dollars Prices Price Oil Gold Bonds Bond Net Profit Sales Revenue
Mln Bln Pct Percent Per Cent Kg Km Mph Am Pm Gmt Utc Est Edt Ap Afp Upi Dpa Ok Tv Pc Inc
Officials Critics Witnesses Analysts Experts Diplomats Doctors Traders Dealers Economists Investors Authorities
Organisers Organizers Scientists Researchers Lawyers Prosecutors Officers Soldiers Rebels Troops Villagers Students
Workers Protesters Demonstrators Leaders Ministers Delegates Observers Voters Fans Managers Brokers Bankers Executives
Farmers Shareholders Members Negotiators Residents Survivors Relatives Neighbours Neighbors Journalists Reporters
Activists Militants Guerrillas Gunmen Supporters Opponents Exporters Importers Producers Buyers Sellers Champions
Hosts Holders Visitors Hosts Spectators Police Sources Parents Children Teachers Priests Pilgrims Refugees Citizens
Owners Sponsors Opposition Authorities Insurers Creditors Lenders Borrowers Consumers Customers Users Players Coaches`;

/** Words that end a name run even when capitalized (calendar, units). */
export const NEVER_NAME = `Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April June July
August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec GMT UTC EST EDT CET
BST PST AM PM Mln Bln Pct Cup Games Olympics Olympic Championship Championships Open Prix Grand Tournament Trophy Award
Awards Prize Festival Summit Conference Talks Treaty Agreement Accord Act Bill War Revolution Crisis Day Week Year
Season Series Final Finals Semifinal Quarterfinal Round Division Group League Stage Test Tests`;

/** Connectors allowed inside a name run ("Bank of England", "Osama bin Laden"). */
export const NAME_PARTICLES = `de del della der den di da das dos du la le van von ten ter bin ibn al el abu bint y zu`;

/**
 * Well-known sports clubs and sports bodies, written by hand from general knowledge (major
 * football leagues of Europe and South America, rugby, cricket): each line "Name|alias|alias".
 * Only names that are not simply a town's name: a club named after its town ("Liverpool",
 * "Valencia") is found from the sports context instead, as the town stays a place elsewhere.
 */
export const CLUBS = `Arsenal
Aston Villa
Chelsea
Everton
Tottenham Hotspur|Tottenham|Spurs
Manchester United|Man United
Manchester City|Man City
Newcastle United
West Ham United|West Ham
Crystal Palace
Queens Park Rangers|QPR
Sheffield Wednesday
Sheffield United
Wolverhampton Wanderers|Wolves
Blackburn Rovers
Bolton Wanderers
Nottingham Forest
Leeds United
Leicester City
Coventry City
Derby County
Ipswich Town
Norwich City
West Bromwich Albion|West Brom
Charlton Athletic
Fulham
Port Vale
Bristol City
Bristol Rovers
Stoke City
Swindon Town
Oldham Athletic
Huddersfield Town
Bradford City
Grimsby Town
Birmingham City
Plymouth Argyle
Preston North End
Notts County
Luton Town
Tranmere Rovers
Crewe Alexandra
Brighton and Hove Albion|Brighton & Hove Albion
Celtic|Glasgow Celtic|Celtic Glasgow
Rangers|Glasgow Rangers
Heart of Midlothian|Hearts
Hibernian|Hibs
Dundee United
St Johnstone
St Mirren
Partick Thistle
Raith Rovers
Real Madrid
FC Barcelona|Barca
Atletico Madrid
Athletic Bilbao
Real Sociedad
Real Betis|Betis
Deportivo La Coruna|Deportivo Coruna|Deportivo
Celta Vigo|Celta
Espanyol
Real Zaragoza
Racing Santander
Rayo Vallecano
Sporting Gijon
Real Valladolid
Real Oviedo
Real Mallorca
Juventus|Juve
AC Milan
Inter Milan|Internazionale
AS Roma
Fiorentina
Sampdoria
Atalanta
Udinese
Napoli
Torino
Bayern Munich|Bayern Muenchen|Bayern
Borussia Dortmund
Borussia Moenchengladbach|Borussia Monchengladbach
Bayer Leverkusen
Werder Bremen
Hamburg SV|Hamburger SV
VfB Stuttgart
Schalke 04|Schalke
Eintracht Frankfurt
Hertha Berlin
VfL Bochum
Hansa Rostock
Paris St Germain|Paris Saint-Germain|PSG
Olympique Marseille
Olympique Lyonnais
AS Monaco
Girondins Bordeaux
Ajax|Ajax Amsterdam
PSV Eindhoven|PSV
Feyenoord
Benfica
FC Porto
Sporting Lisbon
Boavista
Galatasaray
Fenerbahce
Besiktas
Olympiakos|Olympiacos
Panathinaikos
AEK Athens
Anderlecht
Club Brugge|Club Bruges
Standard Liege
Rosenborg
Dynamo Kiev
Spartak Moscow
CSKA Moscow
Lokomotiv Moscow
Dynamo Moscow
Red Star Belgrade
Partizan Belgrade
Steaua Bucharest
Dinamo Zagreb|Croatia Zagreb
Hajduk Split
Legia Warsaw
Sparta Prague
Slavia Prague
Austria Vienna
Rapid Vienna
Grasshopper Zurich|Grasshoppers
Boca Juniors
River Plate
Flamengo
Corinthians
Palmeiras
Vasco da Gama
Penarol
Harlequins
Saracens
Leicester Tigers
Northampton Saints
London Irish
London Welsh
London Scottish
Wigan Warriors
Maccabi Tel Aviv
International Amateur Athletic Federation|IAAF
International Tennis Federation|ITF
Association of Tennis Professionals|ATP
Women's Tennis Association|WTA
PGA Tour|PGA
Ladies Professional Golf Association|LPGA
Federation Internationale de l'Automobile|FIA
Union Cycliste Internationale|UCI
International Boxing Federation|IBF
World Boxing Council|WBC
World Boxing Association|WBA
World Boxing Organisation|World Boxing Organization|WBO
Football Association|FA|F.A.
Rugby Football Union|RFU
International Rugby Board|IRB
Test and County Cricket Board|TCCB
England and Wales Cricket Board|ECB
Australian Cricket Board
National Collegiate Athletic Association|NCAA
Premier League`;

/**
 * Nicknames of North American professional teams (NFL, NBA, NHL, MLB), hand-written: after a
 * town ("Dallas Cowboys") or alone in a sports story ("the Cowboys") they name the team.
 */
export const TEAM_NICKNAMES = `Cardinals Falcons Ravens Bills Panthers Bears Bengals Browns Cowboys Broncos Lions Packers Texans
Colts Jaguars Chiefs Raiders Chargers Rams Dolphins Vikings Patriots Saints Giants Jets Eagles Steelers 49ers Seahawks
Buccaneers Titans Oilers Redskins Commanders Hawks Celtics Nets Hornets Bulls Cavaliers Mavericks Nuggets Pistons
Warriors Rockets Pacers Clippers Lakers Grizzlies Heat Bucks Timberwolves Pelicans Knicks Thunder Magic 76ers Sixers
Suns Trail Blazers Blazers Kings Spurs Raptors Jazz Wizards Bullets SuperSonics Sonics Mighty Ducks Ducks Bruins Sabres
Flames Hurricanes Blackhawks Avalanche Blue Jackets Stars Red Wings Wings Canadiens Predators Devils Islanders Senators
Flyers Penguins Sharks Blues Lightning Maple Leafs Leafs Canucks Capitals Whalers Nordiques Coyotes Diamondbacks Braves
Orioles Red Sox Cubs White Sox Reds Indians Guardians Rockies Tigers Astros Royals Angels Dodgers Marlins Brewers Twins
Mets Yankees Athletics Phillies Pirates Padres Mariners Rays Rangers Blue Jays Nationals Expos`;

/** Demonyms the generated list lacks or gets wrong: "demonym:ISO code" ("" for none), in order;
 * a later entry wins. A plural in "s" is added for each demonym (see the build script). */
export const DEMONYM_EXTRA = `american:US british:GB english:GB scottish:GB welsh:GB russian:RU chinese:CN soviet:RU
european: asian: african: arab: western: eastern: latin: palestinian:PS israeli:IL ukrainian:UA uzbek:UZ kurdish: kurd:
muslim: christian: jewish: catholic: islamic: sino:CN anglo: eurasian: filipino:PH dutch:NL swiss:CH french:FR german:DE
irish:IE thai:TH iraqi:IQ iranian:IR saudi:SA emirati:AE turkish:TR pakistani:PK indian:IN japanese:JP korean:KR
taiwanese:TW brazilian:BR argentine:AR argentinian:AR mexican:MX canadian:CA australian:AU nigerian:NG egyptian:EG
syrian:SY lebanese:LB jordanian:JO serb:RS serbian:RS croat:HR croatian:HR bosnian:BA czech:CZ slovak:SK polish:PL
hungarian:HU romanian:RO bulgarian:BG greek:GR italian:IT spanish:ES portuguese:PT belgian:BE austrian:AT swedish:SE
norwegian:NO danish:DK finnish:FI afghan:AF vietnamese:VN cuban:CU north_korean:KP south_korean:KR south_african:ZA
new_zealand:NZ kiwi:NZ chechen:RU tibetan:CN uyghur:CN uighur:CN basque:ES catalan:ES yugoslav: zairean:CD nato:
europeans: americans:US russians:RU`;

/** Given names (lower case) the generated English list lacks. */
export const GIVEN_EXTRA = `vladimir sergei sergey yuri alexei alexey dmitry dmitri mikhail boris igor oleg ivan nikolai
andrei andrey viktor pavel yevgeny mohammed muhammad mohamed ahmed ahmad ali hassan hussein omar abdul abdullah khaled
mahmoud mustafa ibrahim yusuf salem nader tariq tarek jose juan carlos luis miguel pedro jorge javier francisco
antonio manuel rafael pablo diego fernando alejandro giuseppe giovanni marco luca paolo francesco hans jurgen klaus
wolfgang helmut gerhard jacques pierre jean francois michel philippe nicolas emmanuel hiroshi takeshi kenji akira
yoshihiro shinzo kim park lee wang zhang li liu chen yang zhao huang zhou wu xu sun hu zhu gao lin he guo ma luo
narendra rahul sachin rajiv sanjay amit vijay recep tayyip benjamin ehud yitzhak ariel shimon kofi nelson thabo jacob
cyril olusegun goodluck muammar hosni bashar saddam yasser mahmoud volodymyr petro leonid viktor alexander aleksandr
lech vaclav mikhail kazuyoshi takuya naoki masami`;

/**
 * Given names common in the news of other languages that the generated lists lack (those come
 * from lists of today's baby names): read, with them, by the person scan of non-English text only.
 */
export const GIVEN_OTHER_LANGUAGES = `jürgen uwe sigmar hubertus gunther günther günter winfried dietmar norbert reinhard manfred
gerhard helmut helmuth joachim ulrich volker rainer hartmut detlef detlev jörg lothar egon klaus
hans-peter karl-heinz heiko malu armin saskia ricarda svenja sahra dieter bernd kurt heinrich
wilfried wolfram burkhard eckart ekkehard gottfried herbert horst-dieter hans-jürgen hans-joachim
karl-theodor frank-walter hans-georg hans-werner hans-ulrich franz-josef josef sepp alois anton
ferdinand leopold ignaz xaver gerd gerold harald ingo knut lutz olaf ralf ralph reiner roderich rudolf
siegfried siegmund thilo till tilman torsten thorsten ulf waldemar wendelin werner wilhelm willi willy
gisela gudrun gertrud hannelore heidemarie helga hildegard ilse ingrid irmgard karin kerstin
liselotte margot marianne monika renate roswitha rosemarie sieglinde sigrid ulla ulrike ursel
waltraud dagmar doris edeltraud elke gabriele heike jutta martina petra sabine silke susanne
jean-luc jean-marie jean-pierre jean-claude jean-michel jean-paul jean-yves jean-louis jean-marc
jean-christophe jean-baptiste jean-jacques jean-noël pierre-yves marie-france marie-christine
marie-claire marie-thérèse françoise ségolène édith gérald gérard jacques jacqueline michel michèle
philippe thierry yannick hervé benoît bruno damien didier dominique emmanuel fabien gilles guy lionel
olivier pascal patrice rachida roselyne valérie xavier yves laurent laurence nathalie sylvie
josé-luis josé-maría juan-carlos miguel-ángel maría-josé ángel íñigo iñigo txema alfonso amparo
begoña inmaculada mariano pablo santiago soraya esperanza cayetana gonzalo ignacio joaquín jordi
montserrat núria oriol pere xavier gianluca giancarlo gianfranco pierluigi piergiorgio matteo
silvio romano enrico dario massimo maurizio vittorio ugo umberto luigi gennaro vincenzo salvatore
giuseppe sergio marcello ignazio roberta graziella giorgia elly joão-pedro luís inácio
jair dilma geraldo aécio fernando guilherme rodrigo tarcísio flávio eduardo marcelo
mark-jan geert-jan jan-peter wopke sigrid femke jesse ruud kees joost pieter piet wim
frans hugo geert thierry lodewijk hendrik-jan jaap sjaak klaas annemarie jolande ank
jarosław donald lech aleksander mateusz andrzej beata rafał radosław zbigniew władysław
viktor péter ferenc gergely ákos zoltán
recep ekrem kemal mustafa ahmet mehmet bülent cem mesut ilkay serdar deniz
volodymyr oleksandr oleksiy petro vitali vitaliy wladimir sergej dmitrij michail alexej
`;
