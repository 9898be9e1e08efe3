/**
 * Word lists that say what a capitalised run of words is: a title before a name, an organisation, a place.
 * They are features, not gates: a name is a person by the evidence around it (a role, an apposition, a speech
 * verb), and these lists only say which words of a run are not the name.
 */

const words = (s: string) => new Set(s.trim().split(/\s+/));

/**
 * The words a text writes in lower case, made when first asked for: a capitalised word the text also writes in lower
 * case is a common word ("Shareholders", "NEW PRICE DROP"), not a name.
 */
export function lowerCaseWords(text: string): () => Set<string> {
  let lower: Set<string> | undefined;
  return () => (lower ??= new Set(text.match(/(?<![\p{L}])\p{Ll}+(?![\p{L}])/gu) ?? []));
}

/**
 * Irregular pasts a name may stand before as the one who acts ("Iga Swiatek came from a set down", "Okafor hit"): the
 * verbs the ending "-ed" misses, for the patterns that read a name by the verb after it.
 */
export const IRREGULAR_PASTS =
  'came|went|got|gave|saw|knew|felt|left|kept|ran|sent|spent|brought|thought|found|began|spoke|hit|shot|beat|threw|caught|struck|fought|drove|sold|paid|built|broke|chose|fell|rose|stood|drew|flew|rode|withdrew';

/** A word glued to -based or -led describes, it names nothing: "the Ontario-based company", "a Kremlin-backed group", "a Qi-compatible mat". */
export const DESCRIBING = /-(?:based|led|backed|owned|run|born|made|funded|linked|allied|controlled|compatible|enabled|powered|friendly|certified)$/;

/** Portfolio words that end an office after "of" ("Director of Public Prosecutions Max Hill"): title words, and modifiers. */
const PORTFOLIOS = words(`
  Prosecution Prosecutions Homeland Prisons Immigration Veterans Revenue Customs Treasury Commerce Housing Welfare Sport
  Sports Youth Science Technology Planning Fisheries Forestry Petroleum Taxation Aviation Railways Telecommunications
  Cabinet Broadcasting
`);

/** Capitalised words of a title before a name ("Kenyan President", "Fire Chief", "Acting Chief Justice"). */
export const TITLE_WORDS = new Set([...PORTFOLIOS, ...words(`
  President Vice Prime Minister Premier Chancellor Secretary Governor Mayor Chief Justice Judge Senator Sen Rep Representative
  Congressman Congresswoman Assemblyman Assemblywoman Councillor Councilor Councilman Councilwoman Councilmember Assemblymember Commissioner Director
  Ambassador Envoy Leader King Queen Prince Princess Crown Emir Sheikh Sultan Sir Dame Lord Lady Baroness Baron Pope Bishop
  Archbishop Cardinal Father Rev Reverend Rabbi Imam Ayatollah Mullah Maulana Dr Prof Professor Mr Mrs Ms Miss Mx Chairman Chairwoman
  Chairperson Chair CEO CFO COO Spokesman Spokeswoman Spokesperson Officer Inspector Sergeant Sgt Detective Superintendent
  Constable Commander Commandant Admiral Marshal General Gen Lieutenant Lt Colonel Col Major Maj Captain Capt Corporal Private
  Deputy Acting Interim Former Speaker Attorney Auditor Treasurer Comptroller Coach Manager Midfielder Striker Defender
  Goalkeeper Forward Captain Skipper Coach Head Senior Junior Foreign Defence Defense Interior Home Finance Trade Economy
  Economic Agriculture Education Health Transport Energy Environment Justice Labour Labor Culture Tourism Industry
  Communications Information Security Intelligence State Public Affairs Development Relations Ministerial Under
  Grand Supreme Executive Managing Chief Press Fire Police Army Navy Air Coastguard Border Opposition Party Parliamentary
  Majority Minority Whip Delegate Minister-President Crown Consul Consul-General Counsel Solicitor Barrister Advocate
  Magistrate Coroner Sheriff Marshal Warden Dean Provost Rector Chancellor Principal Headteacher Superintendent Mufti
  Patriarch Metropolitan Elder Pastor Deacon Brother Sister Mother Saint St Doctor Nurse Officer Agent Trooper Ranger
  Shadow Ex Outgoing Incoming Designate Elect Regional Provincial State Federal National International Joint Assistant Associate
  Special Permanent Principal General Secretary-General Director-General Attorney-General Solicitor-General Governor-General
  Adjutant Brigadier Field Air Vice-Admiral Rear Vice-President Vice-Chancellor Premier-elect President-elect Governor-elect Mayor-elect Chancellor-elect Senator-elect
  Minister-designate Emeritus Honorary PM MP MEP Mr. Mrs. Ms. Dr. Prof. Gen. Lt. Col. Sgt. Capt. Rep. Sen. Gov. Rev. Maj. Supt. Insp. Det. Cmdr. Adm.
  Supt Insp Det Cmdr Cllr Ch DCI DCS PCSO Sens Reps Govs Drs Sens. Reps. Govs. Drs. Datuk Dato Datin Tun Seri Shri Smt Smt. Shrimati Seyed Seyyed Sayyid Sayed Alhaji Alhaja Haji Hajjah Rt Hon Pehin
  Supervisor Alderman Alderwoman Selectman Legislator Trustee Administrator Ombudsman Prosecutor Registrar Chaplain DI DS
  Recorder Assessor Clerk MLA MSP MPP FM EAM HM CM DPM NSA CJI AG DA Amb Amb. Sec Sec. Pres Pres. Usec Usec. Asec Asec. Rt. Hon.
  Excellency Cde Comrade Engr Engr. Barr Barr. Gov Sen Rep Prof Capt Col Mme Mlle Herr Frau Maj-Gen Lt-Gen Brig-Gen Lt-Col Maj.-Gen. Lt.-Gen. Major-General Lieutenant-General Brigadier-General Lieutenant-Colonel Rear-Admiral
`)]);

/**
 * Title words that make a title only beside another ("Trade Minister", "Senior Adviser"): alone before a capitalised
 * word they name a meeting or a body ("the Trade Dialogue", "the Energy Forum"), not a person.
 */
export const TITLE_MODIFIERS = new Set([...PORTFOLIOS, ...words(`
  Foreign Defence Defense Interior Home Finance Trade Economy Economic Agriculture Education Health Transport Energy
  Environment Labour Labor Culture Tourism Industry Communications Information Security Intelligence State Public Affairs
  Development Relations Ministerial Under Grand Supreme Executive Managing Senior Junior Acting Interim Former Head
  Regional Provincial Federal National International Joint Assistant Associate Special Permanent Press Fire Police Army
  Navy Air Coastguard Border Opposition Party Parliamentary Majority Minority Shadow Ex Outgoing Incoming Designate Elect Field
`)]);

/** Words of a title that are honorifics: they go before a name or a surname alone ("Mr Blinken", "Sir Keir"). */
export const HONORIFICS = words(`Mr Mrs Ms Miss Mx Dr Prof Sir Dame Lord Lady Sheikh Prince Princess King Queen Emir Sultan Rev Father Rabbi Imam Mullah Maulana
  Shri Smt Shrimati Mr. Mrs. Ms. Dr. Prof. Rev. Smt. Datuk Dato Datin Tun Seyed Seyyed Sayyid Sayed Excellency Cde Comrade Engr Engr. Barr Barr.
  Mme Mlle Herr Frau`);

/**
 * Lower-case role nouns that, right before a capitalised name, say it is a person ("Barcelona coach Hansi Flick",
 * "opposition leader Raila Odinga", "economist Ruth Gregory"), or after "the" stand for one ("the coach said").
 */
export const ROLE_NOUNS = words(`
  president minister premier politician chancellor secretary governor mayor chief justice judge senator representative lawmaker legislator
  congressman congresswoman councillor councilor councilmember assemblymember commissioner director ambassador envoy leader king queen prince princess
  billionaire tycoon magnate mogul
  spokesman spokeswoman spokesperson officer inspector sergeant detective superintendent commander admiral general colonel
  captain deputy speaker attorney auditor coach manager tactician gaffer midfielder striker defender goalkeeper forward skipper player
  analyst economist strategist expert researcher scientist professor lecturer teacher student doctor nurse surgeon physician
  lawyer counsel co-counsel prosecutor barrister solicitor advocate chairman chairwoman chair founder executive boss owner head adviser advisor
  aide diplomat negotiator official campaigner activist organiser organizer volunteer resident farmer worker driver pilot
  survivor witness eyewitness victim juror candidate challenger incumbent rival opponent nominee delegate observer monitor
  correspondent journalist reporter editor columnist author writer historian economist banker investor trader entrepreneur
  chief executive ceo cfo founder co-founder partner principal headteacher headmaster dean rector priest pastor bishop imam rabbi
  cleric monk nun pope pontiff archbishop cardinal mufti sheikh artist actor actress singer musician director producer star athlete
  champion winner runner cyclist swimmer boxer fighter referee umpire umpire jockey veteran soldier general marshal warden
  sheriff constable ranger firefighter paramedic engineer architect designer developer mother father son daughter wife husband
  widow brother sister spokesman chairperson treasurer whip minister-president strongman ruler dictator monarch emir sultan
  drummer guitarist bassist pianist violinist cellist keyboardist vocalist frontman frontwoman rapper composer conductor dancer
  comedian presenter host chef novelist poet playwright filmmaker photographer painter sculptor moderator anchor panelist panellist
  commentator pollster demographer epidemiologist virologist biologist physicist chemist astronomer climatologist meteorologist
  forecaster seismologist geologist spokesman owner shopkeeper vendor tenant landlord homeowner parent grandmother grandfather
  jeweller jeweler plumber electrician mechanic waiter waitress cashier janitor welder
  visitor shopper commuter fan passenger neighbour neighbor local pensioner retiree customer patient guest host
  employee member nominee governor-general secretary-general under-secretary-general director-general attorney-general head coordinator administrator regulator
  inspector-general ombudsman mediator broker sponsor backer ally critic supporter opponent protester demonstrator striker
  sailor rower climber skier golfer racer fisherman fisher miner chef baker agent
  defenseman defenceman winger goalie goaltender quarterback linebacker cornerback pitcher shortstop outfielder infielder
  rookie batsman batter bowler pacer paceman seamer spinner opener all-rounder wicketkeeper fullback halfback flanker sprinter receiver kicker punter catcher lineman
  ecologist zoologist botanist neuroscientist psychologist psychiatrist sociologist anthropologist archaeologist paleontologist
  palaeontologist oceanographer hydrologist glaciologist volcanologist entomologist geneticist immunologist oncologist
  cardiologist neurologist pediatrician paediatrician statistician mathematician linguist philosopher theologian criminologist
`);

/** Heads of bodies named by what they deliberate on: "Commission on Human Rights", "Panel on Climate Change". */
export const BODY_ON = words('Commission Council Committee Subcommittee Panel Conference Convention Forum Office Centre Center Institute');

/** The last word of a run that makes it an organisation ("European Space Agency", "the Ministry of Transport"). */
export const ORG_HEADS = words(`
  Agency Ministry Department Office Council Commission Committee Authority Board Bureau Service Services Police Court Tribunal
  Bank Fund Union Party Parliament Assembly Senate Congress Government Administration Cabinet Army Navy Forces Force Guard
  Command Fleet Institute Foundation Company Corporation Corp Inc Ltd Group Association Federation Alliance Organisation
  Organization Network University College School Hospital Clinic Centre Center Society League Club Federation Secretariat
  Directorate Inspectorate Prosecutor's Prosecutors Chamber Coalition Movement Front Church Mission Embassy Consulate Delegation
  Survey Observatory Laboratory Team Unit Squad Division Taskforce Palace Academy
  Media Times Post News Press Journal Herald Tribune Telegraph Gazette Television Radio Broadcasting Broadcaster Agency
  Airlines Airways Motors Industries Holdings Partners Capital Markets Homes Energy Oil Petroleum Watch International Trust Institute
  Records Productions Pictures Studios Entertainment Technologies Pharmaceuticals Telecom Ventures Labs PLC LLC
  Division Observatory Laboratory Lab Programme Program Initiative Reserve Exchange Council Commission Kremlin Pentagon
  Philharmonic Orchestra Choir Theatre Theater Museum Gallery Opera Ballet Sons Brothers Associates
  Project Equities Pavilion Co Agence AI
  Mining Minerals Metals Chemicals Foods Brands Logistics Systems Solutions Software Electronics Investments Properties
  Hotels Resorts Pharma Therapeutics Biosciences Semiconductor Automotive Aerospace Robotics Healthcare
`);

/** Countries and regions, and the words that end their names ("Sri Lanka", "New Zealand"). */
export const COUNTRIES = words(`
  Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium
  Bahamas Barbados Belize Benin Bhutan Bolivia Bosnia Botswana Brazil Brunei Bulgaria Burkina Burundi Cambodia Cameroon Canada
  Chad Chile China Colombia Comoros Grenada Kiribati Liechtenstein Macedonia Micronesia Nauru Palau Seychelles Timor Tobago
  Trinidad Turkiye Türkiye
  Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Ecuador Egypt Eritrea Estonia Eswatini Ethiopia Fiji Finland France
  Gabon Gambia Georgia Germany Ghana Greece Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq
  Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Lesotho Liberia
  Libya Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Moldova Monaco
  Mongolia Montenegro Morocco Mozambique Myanmar Namibia Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan
  Palestine Panama Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Singapore
  Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan Tanzania Thailand Togo Tonga
  Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe
  Europe Asia Africa America Americas Oceania Antarctica Arctic Gaza Crimea Donbas Kashmir Tibet Xinjiang Hong Kong Macau
  Scotland Wales England Britain
  Korea Lanka Leone Zealand Arabia Emirates
`);

/** Countries and large places, which speak for their governments ("says Ghana") and are never people. */
export const PLACES = new Set([...COUNTRIES, ...words(`
  Brussels Geneva Moscow Washington Kyiv Kiev London Paris Berlin Beijing Tokyo Seoul Delhi
  Nairobi Lagos Cairo Tehran Baghdad Damascus Ankara Istanbul Jerusalem Riyadh Doha Dubai Kabul Islamabad Dhaka Jakarta Manila
  Bangkok Hanoi Canberra Sydney Ottawa Toronto Madrid Rome Vienna Warsaw Prague Budapest Athens Lisbon Dublin Oslo Stockholm
  Helsinki Copenhagen Amsterdam Minsk Tbilisi Yerevan Baku Khartoum Addis Ababa Abu Dhabi Kinshasa Pretoria Johannesburg Harare Lusaka
  Accra Dakar Abuja Kampala Kigali Mogadishu Caracas Bogota Lima Santiago Brasilia Havana California Texas Florida
  North South East West Aires Aviv Tel Buenos Dar Salaam Kong Vatican
  Westminster Whitehall Downing Beirut Taipei Pyongyang Luxembourg Strasbourg Hague Davos Munich Osaka Wellington
  Manchester Liverpool Birmingham Glasgow Edinburgh Leeds Chicago Boston Seattle Detroit Philadelphia Barcelona Naples
  Turin Marseille Hamburg Frankfurt Zurich Mumbai Karachi Lahore Shanghai Shenzhen Guangzhou Melbourne Brisbane Auckland
  Vancouver Montreal Kolkata Chennai Bengaluru Hyderabad Odesa Kharkiv Lviv Mariupol Sochi Almaty Astana Tashkent
`)]);

/** The days and the months, as alternatives for a pattern. */
export const CALENDAR_NAMES = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December';

/** Words that are capitalised for grammar or the calendar, never a name. */
export const NOT_NAMES = words(`
  ${CALENDAR_NAMES.replaceAll('|', ' ')} Feb Mar Apr Jul Aug Sep Sept Oct Nov Dec Correction Clarification Update Updated
  Loading Trending See Take Click Subscribe Download Sign Join Listen Get Excerpts Portrait
  Earth Jupiter Saturn Europa Uranus Neptune Pluto
  The A An And But Or On In At As If It Its He She They We I You This That These Those There Here When While
  After Before Since Until Of For To By With From Into Under Over About Against Between Meanwhile However Although Though Yet
  Still Also Even Then Now Today Yesterday Tomorrow Tonight Asked Speaking According Earlier Later Last Next Some Many Most
  All Both Neither Either Each Every Several Few Another Other Others Such Any No Not Everyone Everybody Anyone Anybody Someone Something Nothing Everything Anything None
  Somebody Nobody Whatever Whoever Once Regarding Hey Perhaps Maybe Indeed Actually Currently Apparently Fortunately Unfortunately
  Basically Clearly Obviously Certainly Recently Finally Ultimately Otherwise Hopefully Initially Originally Similarly Likewise
  Moreover Furthermore Additionally Notably Specifically Generally Highly Besides Nevertheless Nonetheless Regardless Whether
  Because Just Only Soon Again Always Never Sometimes Usually Often Is Are Was Were Does Did Has Have Had Having Being Could Would Should
  Must Our Their His Her My Your Who What Why How Where Which Whose Mrs
  Separately Instead Thanks Despite During Without Within Across Along Among Around Behind Beyond Like Unlike Near Per Via
  Q A Update Updated Published Posted Live Watch Read More Photo Video Image Share Follow Breaking Exclusive Opinion Analysis
  Editor Editors Reporting Writing Additional Sources Source Reuters AP AFP Associated Press Bloomberg Xinhua TASS Interfax Sputnik
  God Allah Christmas Easter Ramadan Eid New Year Day Night Week Month Year Chapter Section Article Act Plan Deal Treaty
  Officials Sources Diplomats Analysts Experts Residents Witnesses Aides Insiders Critics Protesters Reporters Lawmakers
  Observers Ministers Leaders Officers Troops Soldiers Doctors Scientists Researchers Authorities Police Voters Fans
  Shares Stocks Investors Executives Members Employees Workers Supporters Staff Customers Students Families Relatives Victims People Children Women Men Parents
  Covid COVID Brexit Internet Olympics Games Cup League World Championship Grand Prix Open Premier
  One Two Three Four Five Six Seven Eight Nine Ten First Second Third
  Recent Latest Current Previous Upcoming Existing Various Certain Popular
`);

/** Family names that come first in Chinese and Korean names written in English ("Li Qiang" → "Li said"). */
export const FAMILY_FIRST = words(`
  Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Xu Sun Hu Zhu Gao Lin He Guo Ma Luo Liang Song Zheng Xie Han Tang Feng Yu Dong
  Xiao Cheng Cao Yuan Deng Fu Shen Zeng Peng Lu Su Jiang Cai Jia Ding Wei Xue Ye Yan Pan Du Dai Xia Zhong Tian Ren Fan Fang Shi
  Yao Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin Gu Hou Shao Meng Long Wan Duan Lei Qian Yin Yi Chang Qiao Lai
  Gong Wen Xi Kim Lee Park Choi Jung Cho Yoon Jang Lim Oh Seo Shin Kwon Hwang Ahn Yoo Hong Jeon Ko Moon Son Bae Baek Heo Nam
  Noh Ha Kwak Sung Cha Joo Woo Min Ryu Na Chun Yun Rhee Roh Chung Ahn
  Teo Goh Ong Koh Chua Yeo Ng Tay Toh Quek Heng Lau Wong Chan Cheung Leung Lam Chow Tsang Tse Yip Kwok Mak Chiu Fung Tong
  Hui Siu Au Pang Kuo Hsu Tsai Chiang Lien Soong
`);

/** Vietnamese family names that are English words, which may open a name after a post ("… of Vietnam To Lam"); not "He", a sentence's. */
export const WORD_FAMILY_OPENERS = /^(?:To|An)$/;

/** Lower-case particles inside a name ("Ursula von der Leyen", "Frenkie de Jong", "Faisal bin Farhan"). */
export const PARTICLES = ['von der', 'van der', 'van den', 'van de', 'de la', 'de los', 'de las', 'von', 'van', 'de', 'del', 'della', 'da', 'das', 'dos', 'du', 'di', 'le', 'la', 'bin', 'bint', 'ibn', 'ben', 'abu', 'al', 'el', 'ter', 'ten', 'zu'];

/** Regular verbs that introduce speech or a stance ("Raman responded", "Okoye mocked", "she continued"). */
const SPEECH_LEMMAS = `
  add admit acknowledge affirm agree allege announce answer argue assert assure attest boast caution charge chide cite claim
  comment complain concede conclude confirm contend continue counter declare decry demand deny describe dismiss downplay
  emphasise emphasize estimate exclaim explain groan grumble hail herald highlight insist interject joke lament mention mock
  mourn murmur muse narrate note object observe opine plead pledge point praise predict proclaim protest question
  quip rage recall reckon recount reflect reiterate rejoin remark remind repeat reply report respond retort reveal scoff
  scold shout shrug sigh sneer snap state stress suggest tease testify thank threaten tweet urge vow warn wonder yell
  ask accuse brand call caution criticise criticize condemn defend insist lambast blast slam welcome applaud reassure
  reaffirm recommend stress underline underscore concur disagree rule posit speculate surmise sneer whisper
  confide confess gush enthuse fume bristle rail thunder bemoan opine dub label mutter laugh inform disclose maintain advise chant express sob
  denounce lecture rebuke berate castigate deride ridicule assail tout clarify scream cry marvel reason intone rave rue dedicate
  smile grin beam chuckle giggle nod`;
const IRREGULAR = 'say says said saying tell tells told telling write writes wrote writing speak speaks spoke speaking put puts putting tweeted begin begins began';

function forms(lemma: string): string[] {
  const base = lemma.replace(/e$/, '');
  const y = /[^aeiou]y$/.test(lemma);
  const doubled = /^(?:admit|commit|quip|snap|rebut|plan|stop|chat|sob|slam|shrug|grin|nod)$/.test(lemma) ? lemma + lemma.at(-1) : null;
  return [
    lemma,
    y ? `${lemma.slice(0, -1)}ies` : /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : `${lemma}s`,
    y ? `${lemma.slice(0, -1)}ied` : doubled ? `${doubled}ed` : lemma.endsWith('e') ? `${lemma}d` : `${lemma}ed`,
    doubled ? `${doubled}ing` : `${base}ing`,
    // (British spelling doubles the "l": "labelled", "labelling".)
    ...(/^label$/.test(lemma) ? [`${lemma}led`, `${lemma}ling`] : []),
  ];
}

/** Every form of every speech verb, longest first so that a pattern prefers "responded" to "respond". */
export const SPEECH_VERBS: readonly string[] = [
  ...new Set([...SPEECH_LEMMAS.trim().split(/\s+/).flatMap(forms), ...IRREGULAR.split(' ')]),
].sort((a, b) => b.length - a.length);

/** Nationality and regional adjectives, which stand before roles and are never names ("the American said"). */
export const DEMONYMS = words(`
  American Russian British English Scottish Welsh Irish French German Italian Spanish Portuguese Dutch Belgian Swiss Austrian
  Polish Czech Slovak Hungarian Romanian Bulgarian Greek Turkish Ukrainian Belarusian Estonian Latvian Lithuanian Finnish
  Swedish Norwegian Danish Icelandic Chinese Japanese Korean Vietnamese Thai Indian Pakistani Afghan Iranian Iraqi Syrian
  Israeli Palestinian Lebanese Jordanian Egyptian Saudi Emirati Qatari Yemeni Kenyan Nigerian Ghanaian Ethiopian Somali
  Sudanese Tanzanian Ugandan Rwandan Congolese Angolan Zambian Zimbabwean Malian Senegalese Moroccan Algerian Tunisian
  Libyan Canadian Mexican Brazilian Argentine Argentinian Chilean Colombian Venezuelan Peruvian Cuban Australian Malaysian
  Singaporean Indonesian Filipino Bangladeshi Nepali Georgian Armenian Azerbaijani Kazakh Uzbek Serbian Croatian Bosnian
  Albanian Macedonian Slovenian Western Eastern Northern Southern European African Asian Arab Latin Nordic Baltic Balkan
  Soviet Communist Republican Democrat Democratic Conservative Liberal Labour Socialist Christian Muslim Jewish Catholic
  Protestant Orthodox Sunni Shia Kurdish Taiwanese Tibetan Mongolian Cambodian Burmese Sri Lankan Maltese Cypriot
  Briton Brit Englishman Englishwoman Scot Scotsman Irishman Irishwoman Welshman Frenchman Frenchwoman Dutchman Dutchwoman
  Swede Dane Finn Pole Turk Spaniard Kiwi Aussie Israeli Argentine
  Social Democrats Green Greens Populist Nationalist Centrist Progressive
  Catalan Basque Galician Andalusian Bavarian Flemish Walloon Sicilian Corsican Breton Texan Californian Quebecer
  Uruguayan Paraguayan Ecuadorian Bolivian Honduran Salvadoran Panamanian Haitian Jamaican Dominican Cameroonian
  Ivorian Togolese Beninese Burkinabe Nigerien Liberian Guinean Gambian Malawian Namibian Mozambican Malagasy Eritrean
  Luxembourger Montenegrin Kosovan Moldovan Kyrgyz Tajik Turkmen Nepalese Fijian Samoan Tongan Lao Bhutanese Maldivian
  Bahraini Omani Kuwaiti Timorese Bruneian
`);

/** Nationality nouns, and the adjective that introduces the same person ("Dutch sailor X" … "the Dutchman said"). */
export const NATIONALITY_NOUNS = new Map(
  Object.entries({
    briton: 'british', brit: 'british', englishman: 'english', englishwoman: 'english', scot: 'scottish', scotsman: 'scottish',
    irishman: 'irish', irishwoman: 'irish', welshman: 'welsh', frenchman: 'french', frenchwoman: 'french', dutchman: 'dutch',
    dutchwoman: 'dutch', swede: 'swedish', dane: 'danish', finn: 'finnish', pole: 'polish', turk: 'turkish', spaniard: 'spanish',
    kiwi: 'new zealand', aussie: 'australian', serb: 'serbian', croat: 'croatian',
  }),
);

/** Last words of places and buildings ("Crimea Peninsula", "Downing Street"), which make a run no one's name. */
export const PLACE_HEADS = words(`
  Peninsula Sea Ocean River Lake Mountains Mountain Valley Island Islands Street Square Avenue Road Bridge Park Airport
  Station Hotel Palace Hall Stadium Arena Region Province Oblast District County Coast Bay Gulf Strait Canal Desert Forest
  Kingdom Republic Emirates States Nations Union Mediterranean Atlantic Pacific Arctic West East North South Centre Center
  Plaza Tower Building House Castle Cathedral Mosque Temple Church Market Port Harbour Harbor Border Front Line Zone Corridor
  Shoal Reef Atoll Archipelago Basin Plateau Delta Falls Glacier Volcano Dam Canyon
`);

/** Place heads that are no one's surname (unlike Hall, Park or Church): "Wayne County", "Grant Province". */
export const NO_SURNAME_PLACE_HEADS = words(`
  County District Province Oblast Region Peninsula Airport Stadium Arena Avenue Road Canal Strait Gulf Desert Kingdom
  Republic Emirates States Nations Station Hotel Palace Plaza Cathedral Mosque Temple Zone Corridor Harbour Harbor Ocean
  Islands Mountains Centre Center Building Shoal Reef Atoll Archipelago Basin Plateau Glacier Volcano Canyon
`);

/**
 * Last words of buildings and streets named after people ("the President Wilson Hotel", "Kennedy Airport"), which
 * are no one's surname (unlike Park, Hall or Church among PLACE_HEADS).
 */
export const BUILDING_HEADS = words(`
  Hotel Airport Station Stadium Arena Palace Bridge Street Avenue Boulevard Square Plaza Tower Building Cathedral Mosque
  Temple Centre Center Road Highway Hospital Library Museum Memorial
`);

/** Whether a word, in any case ("hotel", "Hotel"), is one of BUILDING_HEADS. */
export function isBuildingWord(w: string): boolean {
  return w.length > 0 && BUILDING_HEADS.has(w[0]!.toUpperCase() + w.slice(1).toLowerCase());
}

/** Acronyms written in title case, which are organisations, not surnames. */
export const TITLE_CASE_ACRONYMS = words('Nato Opec Unesco Unicef Isis Hamas Hezbollah Fifa Uefa Nasa Asean Ecowas Mercosur Interpol Europol Frontex');

/** Words of four letters or more that any story may use, which say nothing about which story an article tells. */
export const STORY_STOPWORDS = new Set(
  `that this with from have been were their would will they there about after before which when what also more than other
  into over some only just told said says week weeks year years time today said could should being while where them then
  these those your ours such very most many much even still like does doing done made make says saying added according
  monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october
  november december morning evening night last next first second third three four five

  people because since during under again against between through until without within among around across`.split(/\s+/).filter(Boolean),
);

/** Letters after a person's name: a senior lawyer's, a member's of a parliament, an order's, a degree. */
export const POSTNOMINALS = /^(?:KC|QC|SC|MP|MSP|MLA|MEP|TD|OBE|MBE|CBE|KBE|DBE|PhD|FRS)[.,]?$/;

/** Verbs whose object is the one spoken to, never the speaker: "told Reuters", "thanked Oslo". */
export const ADDRESSEE_VERBS = new Set(['told', 'tells', 'telling', 'tell', 'thanked', 'thanking', 'urged', 'urging', 'praised', 'praising', 'accused', 'accusing', 'called', 'calling', 'quoted', 'quoting', 'cited', 'citing', 'informed', 'reminded', 'assured', 'warned', 'congratulated', 'welcomed', 'criticised', 'criticized', 'blamed']);

/** A title word inside a name run before two more words ("District Attorney Ryan Mulkins"): the title runs on. */
export const titleRunsOn = (name: string): boolean => name.split(/\s+/).some((t, i, all) => i > 0 && i < all.length - 2 && TITLE_WORDS.has(t) && !HONORIFICS.has(t));
