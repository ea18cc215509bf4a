/**
 * Word lists and patterns used by the actor recogniser. Every list is a named
 * table so a reviewer can read what the recogniser knows without reading code.
 * All entries are lower case; lookups lower-case the text first.
 */

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/))

/**
 * Heads of titles and offices: a title phrase must end in one of these
 * (`Defense Minister`, `foreign policy chief`, `Secretary of State`).
 */
export const TITLE_HEADS = words(`
  minister ministers president vice-president premier chancellor secretary secretary-general undersecretary
  under-secretary chief chiefs head leader ambassador envoy diplomat spokesman spokeswoman spokesperson
  representative commissioner governor mayor senator congressman congresswoman lawmaker legislator mp
  deputy director director-general chairman chairwoman chair chairperson ceo cfo coo cto executive founder
  co-founder king queen prince princess emperor empress monarch sultan emir sheikh pope cardinal archbishop bishop
  ayatollah imam rabbi general lieutenant colonel major captain commander admiral marshal brigadier sergeant
  officer official officials judge justice prosecutor investigator attorney attorney-general lawyer counsel speaker whip
  adviser advisor aide counselor counsellor consul attaché attache negotiator mediator coordinator
  administrator regent viceroy principal dean provost professor lecturer researcher analyst economist
  strategist scientist expert correspondent reporter editor journalist columnist anchor producer
  presidential-candidate candidate nominee challenger incumbent counterpart predecessor successor
  partner rival ally boss manager owner investor activist campaigner organizer organiser
  commandant superintendent inspector inspector-general auditor comptroller treasurer clerk
  secretary-of-state premier-elect president-elect governor-general pm fm advocate ombudsman alderman
  alderwoman councillor councilor councilman councilwoman selectman member ruler controller
  prefect sub-prefect subprefect voivode hokim akim reeve kaymakam sheriff magistrate burgomaster alcalde
`)

/**
 * Kin and other nouns that are an occupation only after one of these words
 * (`a ward sister`, `the nursing sister`), never alone (`his sister`).
 */
export const COMPOUND_OCCUPATIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  sister: words(`ward nursing theatre theater charge`),
}

/**
 * Title heads that a capitalised word of any part of speech may qualify
 * right before them (`Presiding Member`, `Ward Member`, `Programme Officer`,
 * `Opposition Leader`): the pair is a title, and the word is no first name.
 * wink often tags such a word as a verb or a name (`Ward`, `Presiding`).
 */
export const SHAPE_TITLE_HEADS = words(`member leader executive officer`)

/**
 * Occupations: heads of a role phrase (`X, a rice farmer`, `welder X`,
 * `X, a glaciologist at …`) that are no office. A noun in apposition with
 * an indefinite article is also taken when it is shaped like an agent noun
 * (see {@link AGENT_NOUN_EXCEPTIONS}); before a name, only this table counts.
 */
export const OCCUPATIONS = words(`
  seller vendor trader shopkeeper merchant retailer wholesaler hawker peddler farmer herder rancher fisherman
  fisherwoman fisher driver trucker courier porter stevedore docker dockworker engineer operator worker labourer
  laborer technician mechanic electrician plumber carpenter welder mason builder miner teacher nurse doctor
  physician surgeon dentist pharmacist midwife paramedic accountant architect banker broker
  businessman businesswoman entrepreneur pollster economist statistician oceanographer geologist seismologist
  volcanologist meteorologist climatologist biologist chemist physicist epidemiologist virologist ecologist
  sociologist anthropologist historian demographer programmer developer designer consultant lobbyist
  pastor priest monk nun preacher firefighter soldier policeman policewoman pilot sailor seafarer chef cook
  waiter waitress cleaner tailor weaver seamstress supervisor foreman gardener photographer filmmaker writer
  author novelist poet artist musician singer actor actress athlete coach player footballer student
  cashier receptionist librarian translator interpreter auditor surveyor planner inspector guard
  master skipper helmsman navigator boatswain purser deckhand crewman
  conductor attendant steward stewardess dispatcher signalman boatman ferryman motorman
  forecaster fitter machinist turner joiner plasterer roofer bricklayer glazier baker grocer ranger
`)

/**
 * Nouns shaped like agent nouns (`-er`, `-or`, `-ist`, `-ian`, `-ant`) that
 * are no occupation or office: kin, places and things, and words that
 * describe a person in a story rather than their role in it.
 */
export const AGENT_NOUN_EXCEPTIONS = words(`
  other another mother father brother sister daughter grandmother grandfather lover neighbor neighbour
  teenager youngster villager stranger foreigner newcomer outsider insider passenger prisoner voter supporter
  follower customer consumer user viewer reader listener shopper commuter killer murderer shooter attacker
  bomber survivor protester protestor demonstrator spectator bystander traveller traveler visitor creditor
  debtor donor competitor ancestor homeowner worshipper minor tenant migrant immigrant emigrant applicant
  participant descendant defendant civilian pedestrian tourist nationalist loyalist separatist extremist
  islamist jihadist socialist communist feminist populist racist terrorist center centre corner border order
  number matter letter water paper power tower river weather winter summer quarter chapter character
  disaster computer container trailer finger manner dinner banner answer shoulder danger monster hunger
  anger silver cluster register barrier counter chamber error mirror horror terror color colour floor door
  favor favour honor honour humor humour behavior behaviour factor sector motor tumor vapor interior
  exterior restaurant plant elephant pageant variant implant grant giant median
`)

/**
 * Words that can qualify a title head (`Defense`, `Foreign`, `Prime`, `top`,
 * `former`). Capitalised, they continue a title inside a proper-noun run;
 * lower case, any noun or adjective may qualify a head, so this list matters
 * only for capitalised titles.
 */
export const TITLE_MODIFIERS = words(`
  prime vice deputy acting interim former ex retired first second senior junior chief top lead general principal
  assistant associate executive managing supreme high grand state federal national regional provincial
  foreign defense defence finance economy economic trade commerce industry interior home justice health
  education labor labour energy environment environmental agriculture transport transportation culture
  tourism science technology digital security intelligence military army naval navy air police border
  immigration information communications media press public foreign-policy policy affairs development
  social welfare housing water fisheries defence-policy climate european presidential parliamentary
  cabinet government opposition party majority minority house senate armed forces staff joint central
  permanent special personal chief-of-staff spokesperson sports youth women women's family cyber space
  maritime nuclear treasury budget planning revenue tax customs emergency disaster crisis relief
  humanitarian human rights legal general-staff homeland veterans internal external international
  overseas trade-policy economic-policy finance-policy defense-policy district regional-affairs outgoing incoming
  investment cooperation mines mining petroleum lands works infrastructure ports aviation livestock wildlife
  forestry arts heritage broadcasting telecommunications gender children employment manpower cooperatives
  integration devolution urban rural irrigation sanitation roads railways shipping marine oceans research
  innovation training skills diaspora constitutional correctional prisons sport culture-and-tourism
  presiding metropolitan municipal constituency electoral traditional paramount
  legislative local operating commanding
`)

/**
 * Honorifics and forms of address before a name. They make the following
 * capitalised words a person but are not a role.
 */
export const HONORIFICS = words(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady madam mme mme. herr frau señor senor
  sra sra. sr. rev rev. fr fr. sheikh sheik hon hon. sen sen. rep rep. gov gov. gen gen. lt lt. col col.
  capt capt. cmdr cmdr. adm adm. sgt sgt. maj maj. pres pres. amb amb. cr cr. cllr cllr.
`)

/** Honorifics that also state a role (`Sen.` is a senator, `Gen.` a general). */
export const HONORIFIC_ROLES: Readonly<Record<string, string>> = {
  'sen.': 'senator',
  sen: 'senator',
  'rep.': 'representative',
  rep: 'representative',
  'gov.': 'governor',
  gov: 'governor',
  'gen.': 'general',
  gen: 'general',
  'lt.': 'lieutenant',
  'col.': 'colonel',
  col: 'colonel',
  'capt.': 'captain',
  'cmdr.': 'commander',
  'adm.': 'admiral',
  'sgt.': 'sergeant',
  'maj.': 'major',
  'pres.': 'president',
  'amb.': 'ambassador',
  // Australian and British councillors (`Cr X`, `Cllr X`).
  cr: 'councillor',
  'cr.': 'councillor',
  cllr: 'councillor',
  'cllr.': 'councillor',
}

/**
 * Forms of address that imply a role (`Cr X` is a councillor) but state no
 * office: an apposition before them (`the Mayor of X Shire, Cr Y`) is the
 * mention's role, and theirs the second.
 */
export const ADDRESS_ROLES = words(`cr cr. cllr cllr.`)

/**
 * Last words of news outlets' names (`… Online`, `… Wire`, `… Ledger`,
 * `… FM`): a name ending in one is an organisation, not a person (`told
 * Lakeside Online`). Words that are common surnames (`Sun`, `Star`) are left out.
 */
export const OUTLET_SUFFIXES = words(`
  times post journal herald tribune gazette daily news press telegraph chronicle observer monitor
  broadcasting broadcaster television tv radio online ledger dispatch wire newswire fm mail express
  courier bulletin digest weekly magazine inquirer enquirer examiner sentinel mirror globe guardian
  independent review insider
`)

/** Last words that make a capitalised name an organisation (`Defense Ministry`, `Toyota Motor Corp.`); outlet words included. */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set([
  ...OUTLET_SUFFIXES,
  ...words(`
  ministry ministries department agency agencies office bureau council commission committee authority
  administration directorate secretariat cabinet government parliament assembly senate congress duma knesset
  diet court tribunal party coalition alliance front movement union league federation confederation association
  society institute institution foundation fund trust bank bancorp exchange university college academy school
  hospital army navy force forces guard guards corps police militia brigade brigades battalion regiment command
  group inc inc. corp corp. corporation co co. company companies ltd ltd. llc plc ag sa gmbh holdings
  industries enterprises airlines airways motors electric systems technologies partners network networks
  agency church mosque synagogue temple ministry-of council-of ferries lines shipping logistics
  organization organisation center centre club team service services board chamber caucus junta cartel
  regime mission initiative network watch markets capital securities research associates consulting management
  museum gallery pharmaceuticals therapeutics laboratories labs studios entertainment brands foods
`),
])

/**
 * Organisation heads that take an `of` complement (`Ministry of Defense`,
 * `Bank of Japan`, `University of Tokyo`, `House of Representatives`).
 */
export const ORG_HEADS_OF = words(`
  ministry department bank university college institute council commission court house chamber office bureau
  league union federation association organization organisation academy church board assembly congress
  parliament committee agency party army navy people's
`)

/**
 * Bodies whose members hold a title named after them (`Member of
 * Parliament`, `Member of the National Assembly`, `Speaker of the House`):
 * after `of`, such a word ends the title rather than starting an organisation.
 */
export const TITLE_BODIES = words(`parliament assembly congress senate council house legislature duma`)

/**
 * Nouns a name follows in apposition (`the advocacy group X`, `the news
 * site X`): a lower-case complement ending in one (`president of the
 * advocacy group X`) names that body, not a person's office.
 */
export const NAMED_KIND_NOUNS = words(`
  group groups site website organisation organization party company firm network union outlet magazine
  newspaper paper publication charity coalition campaign movement band show program programme agency
  institute tank bank fund foundation association alliance club team station channel blog podcast brand
  label startup start-up app platform outfit lab laboratory school university college church
`)

/**
 * Words before `member` that describe a person rather than state a role
 * (`a family member`, `an audience member`).
 */
export const NON_ROLE_MEMBERS = words(`family household audience crowd public`)

/** Last words that make a capitalised name a place (`Taiwan Strait`, `Guest House`, `Tahrir Square`). */
export const PLACE_SUFFIXES = words(`
  city town village province prefecture county district region state territory island islands isle peninsula
  strait straits sea ocean gulf bay lake river valley mountain mountains mount mt mt. hills desert plain plateau
  coast beach harbor harbour port airport airbase base square shoal reef atoll cay islet street streets avenue road boulevard bridge dam
  canal station palace castle house hall tower building center centre stadium arena park garden gardens
  forest border crossing checkpoint corridor pass cape heights oblast krai raion governorate municipality
  borough quarter neighborhood neighbourhood compound plant reactor facility refinery mine field fields
  shire
`)

/** First words that make a short capitalised name a place (`Fort Myers`, `Port Harcourt`, `Mount Elgon`). */
export const PLACE_PREFIXES = words(`fort mount mt mt. lake cape port`)

/**
 * First words that make a short capitalised name an organisation in the
 * languages that put the head first (`Laboratorios Quetzal`, `Grupo Andino`,
 * `Banco Austral`, `Société Générale`).
 */
export const ORG_PREFIXES = words(`
  laboratorios laboratorio laboratoires laboratoire grupo groupe gruppo banco banque banca instituto institut
  istituto compañía compania companhia compagnie empresa empresas industrias indústrias fundación fundacion
  fundação fondation fondazione universidad universidade université universite università sociedad société
  societe corporación corporacion asociación asociacion associação editora editorial ediciones
  éditions constructora inversiones petróleos petroleos aerolíneas aerolineas agencia comisión comision
  secretaría secretaria ministerio ministère
`)

/**
 * Last parts of hyphenated adjectives (`Cuernavaca-based`, `Maltese-flagged`,
 * `state-owned`): such a word describes a name and is never part of it.
 */
export const HYPHEN_ADJECTIVE_ENDS = words(`
  based led owned run backed born flagged registered made funded controlled headquartered linked affiliated
  bound allied aligned sponsored listed
`)

/** Capitalised words that make a name a thing, not an actor (`Partnership Agreement`, `Cold War`). */
export const NON_ACTOR_SUFFIXES = words(`
  agreement agreements treaty treaties accord accords pact partnership act acts convention conventions protocol
  declaration charter framework deal resolution initiative plan strategy program programme project law laws
  doctrine summit conference forum dialogue talks meeting session exercise exercises drill drills war wars
  crisis revolution election elections games olympics cup championship award awards prize festival day week
  index report vision statement test poll survey communique communiqué roadmap road-map memorandum understanding mou
  system principle principles policy policies sanctions package budget era period age movement-day time
`)

/**
 * Vessel words: a name right after one is a ship, no actor (`the ferry X`,
 * `the cargo ship X`). `carrier` is left out: it names airlines too.
 */
export const VESSEL_WORDS = words(`
  ship vessel ferry tanker freighter trawler boat yacht liner barge tug tugboat cutter frigate destroyer
  submarine corvette warship icebreaker dredger schooner dhow catamaran steamer lifeboat containership
`)

/** Ship prefixes, written in capitals before a vessel's name (`MV X`, `HMS X`). */
export const VESSEL_PREFIXES = words(`mv ms mt ss sv fv rms hms uss hmas hmcs hmnzs ins pns roks jds`)

/** Words that start a named thing, not an actor (`Operation Desert Storm`, `Resolution 2231`). */
export const NON_ACTOR_HEADS = words(`operation resolution article chapter section amendment`)

/**
 * Lower-case words allowed inside a capitalised name (`Bank of Japan`,
 * `Ministry of Economy, Trade and Industry`, `Abdel Fattah el-Sisi`).
 */
export const NAME_CONNECTORS = words(
  `of for and & on the de del della di da dos das du des la le van von der den ter ten zu bin ibn bint al el y e við á í`,
)

/**
 * Name particles: lower-case words that may stand inside a person's name,
 * Faroese `við`/`á`/`í` among them (`við Á`, `á Lakjuni`: the capital after
 * one is a surname, however short).
 */
export const NAME_PARTICLES = words(
  `de del della di da dos das du des la le van von der den ter ten zu bin ibn bint al el y við á í`,
)

/** Speech and reporting verbs: `X said`, `said X`, `X told reporters`. */
export const SPEECH_VERBS = words(`
  said says say told tells stated states added adds noted notes warned warns declared declares announced
  announces insisted insists argued argues explained explains wrote writes asked asks replied replies
  answered answers stressed stresses emphasized emphasised emphasizes emphasises remarked remarks claimed
  claims acknowledged acknowledges admitted admits confirmed confirms denied denies urged urges called
  calls recalled recalls described describes suggested suggests tweeted tweets posted posts commented
  comments pointed observed observes cautioned cautions vowed vows promised promises pledged pledges
  continued continues responded responds countered counters concluded concludes agreed agrees joked jokes
  quipped quips predicted predicts testified testifies contended contends maintained maintains reiterated
  reiterates conceded concedes complained complains questioned questions wondered wonders lamented laments
  boasted boasts charged charges alleged alleges recounted recounts
  according
`)

/** Adverbs allowed between a name and its speech verb (`X also said`); any `-ly` adverb is allowed too. */
export const SPEECH_ADVERBS = words(
  `also later then again once previously recently repeatedly further still first`,
)

/** Directions: never a name, but they may qualify a title (`Northern Valdoria Governor`). */
export const DIRECTIONS = words(`north south east west northern southern eastern western central`)

/** Party words: never a name, but they may qualify a title (`Republican nominee`, `Labour leader`). */
export const PARTY_WORDS = words(`
  republican democrat democratic conservative liberal socialist labour labor tory communist green
`)

/** Months, days and other capitalised words that are never a person. */
export const NEVER_NAMES = words(`
  january february march april may june july august september october november december
  jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
  monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thurs fri sat sun
  read more related photo photos video videos image images getty file reuters afp ap caption credit
  click subscribe share follow sign watch listen advertisement sponsored copyright updated published
  i me my we our you your he him his she her it its they them their this that these those there here
  the a an and or but if when while although though because since as so yet nor not no yes
  in on at by for with from into onto of to up down over under about after before during between among
  all any each every some many much most more few less least other another such what which who whom whose
  why how where mr mrs ms dr prof sir madam lady lord god allah jesus christ
  english french german spanish chinese japanese arabic russian korean latin
  christmas easter ramadan eid new year today tomorrow yesterday tonight
  north south east west northern southern eastern western central
  internet web online twitter facebook instagram youtube tiktok x
  republican republicans democrat democrats democratic conservative conservatives liberal liberals socialist
  labour tory tories communist communists several some
  covid covid-19 coronavirus
`)

/**
 * Words for peoples and faiths that stand before a nationality adjective
 * (`Muslim American`, `Asian Indian`): there they are no given name.
 */
export const ETHNONYMS = words(`
  asian african arab muslim jewish christian catholic protestant orthodox evangelical hindu sikh buddhist
  black white hispanic latino latina native indigenous european caribbean
`)

/** Plural nouns that name groups of states, never a person (`EU Member States`, `the Baltic States`). */
export const COLLECTIVE_PLURALS = words(`states nations countries governments members`)

/** Capitals-only line labels that are never a transcript's speaker (`UPDATE:`, `WATCH:`). */
export const NON_SPEAKER_LABELS = words(`
  breaking update updated exclusive analysis opinion editorial note correction transcript live audio video
  watch photos photo read more source sources poll report q a question answer editor editors warning alert
  related see also background disclosure host moderator interviewer audience crowd narrator announcer voice
  unidentified caller panelist male female man woman
`)

/** Words that, lower case, link a name to a following role (`X is the minister`). */
export const PREDICATIVE_VERBS = words(`is was became becomes remains remained`)

/** Verbs of appointment: `X was named foreign minister`. */
export const APPOINTMENT_VERBS = words(
  `named appointed elected nominated chosen picked tapped confirmed sworn installed`,
)

/** Determiners and possessive pronouns that may open a role phrase (`the`, `his`, `a former`). */
export const ROLE_DETERMINERS = words(`the a an his her their its our my your`)

/** Phrases that refer back to a country already named (`the country's finance minister`). */
export const COUNTRY_ANAPHORS = words(`country nation kingdom republic state government`)

/** Spelling folds for role keys and organisation slugs (UK → US spelling, synonyms). */
export const SPELLING_FOLDS: Readonly<Record<string, string>> = {
  defence: 'defense',
  labour: 'labor',
  organisation: 'organization',
  programme: 'program',
  centre: 'center',
  counsellor: 'counselor',
  advisor: 'adviser',
  spokeswoman: 'spokesperson',
  spokesman: 'spokesperson',
  chairwoman: 'chair',
  chairman: 'chair',
  chairperson: 'chair',
  'secretary-general': 'secretary general',
  'vice-president': 'vice president',
  'director-general': 'director general',
  'attorney-general': 'attorney general',
  pm: 'prime minister',
  fm: 'foreign minister',
}

/**
 * Portfolio phrases folded to the short form newsrooms use, so that
 * `Minister of Foreign Affairs` and `Foreign Minister` share a key.
 */
export const PORTFOLIO_FOLDS: Readonly<Record<string, string>> = {
  'foreign affairs': 'foreign',
  'external affairs': 'foreign',
  'home affairs': 'home',
  'internal affairs': 'interior',
  'the interior': 'interior',
  'national defense': 'defense',
  'defense affairs': 'defense',
  'the economy': 'economy',
  'the treasury': 'treasury',
}

/** Title modifiers kept in a role key (they change the office: a deputy minister is not the minister). */
export const KEY_MODIFIERS_KEPT = words(
  `former ex retired acting interim deputy vice assistant under junior senior prime first chief`,
)

/**
 * Heads of offices that take their portfolio after them (`Minister for
 * Trade`, `Cabinet Secretary for Industry`): the key moves it in front.
 */
export const PORTFOLIO_HEADS = words(`minister ministers ministry secretary secretaries commissioner`)

/**
 * Prepositions whose phrase completes a title (`chief economist at X`,
 * `head of X`, `spokesman for X`, `ambassador to X`; `in`/`with` only before
 * an organisation: `Deputy Director in the Ministry of Water`).
 */
export const COMPLEMENT_PREPOSITIONS = words(`of for at to with in`)

/** Words that open a relative clause and so end a role phrase (`X, a nurse who…`). */
export const RELATIVE_WORDS = words(`who whom whose which that where when`)

/** Adverbs between a copula or determiner and a role, left out of it (`who is also Secretary…`). */
export const ROLE_ADVERBS = words(
  `also now currently still once then formerly previously longtime newly recently later`,
)

/** Heads that can name any top office of a body (`the rail agency chief` for its chair). */
export const GENERIC_HEADS = words(`chief head leader boss`)

/** Top offices of a body, which a generic head may name (`governor`, `chair`, `president`, `minister`). */
export const TOP_OFFICES = words(`
  governor chair chairman president director director-general secretary-general minister secretary
  commissioner ceo executive administrator mayor premier chancellor commander chief head leader
`)

/** Lower-case words that end a backwards scan for a role premodifier. */
export const ROLE_STOP_WORDS = words(`
  and or but with by from to in on at for of as than that which who whom whose while when said says told
  is was are were be been being has have had will would could should may might must can do does did
  not no also then after before during against between among about over under into onto upon via
`)

/** Relational heads that need a possessor (`his counterpart`, `her deputy`). */
export const RELATIONAL_HEADS = words(
  `counterpart counterparts predecessor successor deputy aide adviser advisor rival ally partner boss envoy`,
)

/**
 * Heads of generic state bodies: a name made of these needs its country to
 * identify it (`Defense Ministry` of which state?), so the recogniser
 * qualifies the id with the country the text states.
 */
export const GENERIC_BODY_HEADS = words(`
  ministry ministries army navy force forces guard police parliament government cabinet court embassy consulate
  military assembly senate office department agency council legislature congress gendarmerie coastguard
  intelligence service
`)

/** Prepositions after which an unknown proper noun is taken as a place (`in Mingora`). */
export const LOCATIVE_PREPOSITIONS = words(`in near outside inside across throughout`)
