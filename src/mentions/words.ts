/** Word lists for mention detection (lower case). */

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** The verbs that make a description the subject's own role: "Ann Lee is the mayor", "who was the town's imam". */
export const COPULAS: ReadonlySet<string> = new Set(["is", "was"]);

/** Role nouns that can head a title ("foreign minister") or a description ("a spokesman"). */
export const TITLE_HEADS = words(`
  spokesman spokeswoman spokesperson minister secretary president senator sen. rep. representative
  gov. governor chairman chairwoman chair chief director official aide adviser advisor analyst
  candidate nominee leader head ambassador envoy diplomat commissioner mayor judge attorney lawyer
  prosecutor general gen. professor prof. dr. economist strategist pollster historian expert
  researcher scientist executive ceo founder manager owner member lawmaker congressman
  congresswoman speaker chancellor premier king queen prince pope bishop archbishop rabbi priest coach
  writer author editor reporter correspondent columnist commentator activist organizer organiser
  campaigner supporter critic voter resident doctor officer detective sheriff agent deputy host
  anchor producer consultant operative staffer surrogate donor veteran student teacher worker
  spokespeople representative-elect vice-president ex-president candidate nominee treasurer
  negotiator mediator inspector investigator commander captain colonel lieutenant sergeant admiral
  delegate aide-de-camp principal superintendent administrator regulator counsel
  speechwriter lady legend hacker billionaire mogul tycoon magnate businessman businesswoman pundit
  sister brother wife husband mother father son daughter widow widower friend neighbour neighbor
  colleague partner cousin uncle aunt grandmother grandfather
  retiree pensioner farmer nurse driver trader vendor commuter shopper fisherman councillor
  paramedic firefighter pilot engineer mechanic electrician plumber labourer laborer cleaner
  cashier shopkeeper stallholder hawker waiter waitress miner soldier guard ranger athlete player
  striker goalkeeper midfielder defender referee umpire source insider pal confidant confidante
  frontrunner runner witness defendant plaintiff complainant claimant petitioner
  magistrate coroner barrister solicitor cleric
  trustee councilman alderman alderwoman assemblyman assemblywoman selectman selectwoman supervisor
`);

/**
 * Adjectives newsrooms use as role nouns before a name, with what they are of before them: "tennis
 * great Billie Sutton", "presidential hopeful Ann Lee", "Ohio native Tom Reyes".
 */
export const NOMINAL_ADJECTIVES = words(`great greats hopeful native regular`);

/**
 * Role heads of people a writer keeps unnamed on purpose ("the source" is never the person the
 * article names), and the voices of a broadcast or an advertisement ("the moderator said", "the
 * narrator says"), who put questions to or speak over the people named around them.
 */
export const UNNAMED_HEADS: ReadonlySet<string> = new Set(["source", "insider", "confidant", "confidante", "pal", "moderator", "narrator", "announcer"]);

/** The endings of agent nouns: "forecaster", "surveyor", "economist", "historian", "attendant", "resident". */
export const AGENT_NOUN = /^\p{Ll}{3,}(?:er|or|ist|ian|ant|ent|eer)$/u;

/** The endings of nouns for a man or woman by trade or role: "foreman", "chairwoman", "fisherman". */
export const MAN_NOUN = /^\p{Ll}{3,}(?:man|woman)$/u;

/** Whether a lower-case word is shaped like a role noun no list needs to know: an agent noun or a "-man" compound. */
export function isRoleNounShaped(lower: string): boolean {
  return AGENT_NOUN.test(lower) || MAN_NOUN.test(lower);
}

/** Plural heads that make a group ("his supporters", "officials"). */
export const GROUP_HEADS = words(`
  officials supporters critics analysts experts commentators observers residents voters lawmakers
  democrats republicans activists protesters researchers scientists economists investigators
  prosecutors authorities police leaders aides advisers advisors members sources witnesses people
  officers diplomats spokesmen spokespeople strategists pollsters organizers organisers campaigners
  donors staffers surrogates conservatives liberals progressives legislators senators
  representatives negotiators allies opponents detractors backers insiders executives employees
  workers parents teachers students doctors scholars historians advocates groups agencies
  farmers growers nurses miners traders vendors drivers commuters shoppers fishermen villagers
  tenants landowners patients passengers consumers customers retirees pensioners soldiers
`);

/** Whether a head noun names several people: a group's head, or a plural ("officials", not "boss"). */
export const isPluralHead = (lower: string): boolean => GROUP_HEADS.has(lower) || (lower.endsWith("s") && !lower.endsWith("ss"));

/** Nouns of time that head no one's name or phrase ("the 20th century", "New Year", "Labor Day"). */
export const TIME_HEADS = new Set("century centuries decade decades year years month months week weeks day days era time times".split(" "));

/** Heads that make an organisation ("the ministry", "the campaign", "a new report"). */
export const ORG_HEADS = words(`
  ministry department agency campaign committee court government administration company firm
  party office council commission union organisation organization newspaper network report poll
  survey study statement embassy bank board foundation institute center centre university website
  magazine outlet channel kremlin pentagon group team coalition alliance movement service bureau
  military army navy police daily paper tabloid broadcaster station regulator watchdog
`);

/**
 * Nouns before a name that say it is a business's ("video app Clipsy", "retailer Brantwell"), not
 * a person's as other nouns there say ("grain farmer Tomas Ribeiro").
 */
export const BUSINESS_TITLE_HEADS = words(`
  app company firm startup start-up retailer carmaker automaker airline carrier platform brand chain
  supermarket lender insurer bank conglomerate manufacturer maker provider supplier
  distributor giant publisher utility
`);

/** A description written as a name: "The Data Protection Board", "The Harbor Light Foundation" (every word after the article capitalised). */
export function descriptionWrittenAsName(text: string): boolean {
  return writtenAsName(text.split(/\s+/).slice(1));
}

/** Two capitalised words or more: a phrase written as a name ("Malaysian Meteorological Department" after "the"). */
export function writtenAsName(words: readonly string[]): boolean {
  return words.length >= 2 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** A title's head, its last word, lower-cased: "charity" of "children's charity". */
export function titleHead(title: string): string {
  return title.slice(title.lastIndexOf(" ") + 1).toLowerCase();
}

/** "Video app Clipsy", "retailer Brantwell": a title whose last word is a business's noun. */
export function isBusinessTitle(title: string | undefined): boolean {
  return title !== undefined && BUSINESS_TITLE_HEADS.has(titleHead(title));
}

/**
 * Heads of a title that make the name after it a body of another kind than a business: "the ferry
 * crews' union, Ferjufelag,", "the housing charity Homestead", "the regulator Ofwat".
 */
const BODY_TITLE_HEADS = words(`
  union charity regulator watchdog nonprofit non-profit organisation organization association federation
  coalition alliance league cooperative co-operative
`);

/** A title whose last word is an organisation's noun ("retailer Brantwell", "the miners' union, Unitas,"): the name is that organisation's. */
export function isOrganisationTitle(title: string | undefined): boolean {
  return isBusinessTitle(title) || (title !== undefined && BODY_TITLE_HEADS.has(titleHead(title)));
}

/** Words inside a capitalised name that make it an organisation. */
export const ORG_NAME_WORDS = words(`
  house ministry department party committee council agency times post news journal inc inc. corp
  corp. co. llc university association union bank court congress senate pentagon kremlin commission
  campaign foundation institute center centre office service bureau administration network media
  group organisation organization reuters ap cnn fox nbc cbs abc bbc msnbc twitter facebook google
  government army navy police fund coalition alliance club league federation caucus
  press tribune herald gazette telegraph guardian magazine institution review school college
  hospital church museum council board authority company
  chamber assembly parliament legislature tribunal secretariat directorate corporation
  holdings industries airlines airways ltd ltd. plc gmbh nv n.v. bhd berhad pty tbk
  entertainment records studios pictures films motors petroleum pharmaceuticals systems
  technologies labs laboratories partners investments ventures enterprises logistics
  insurance securities communications telecom software networks shipping mining bancorp
  foods properties solutions cement lines rail railway railways brewery breweries dairy textiles
  chemicals pharma electronics semiconductor semiconductors automotive aerospace engineering
  construction minerals metals utilities hotels resorts cruises apparel retail stores
`);

/**
 * Words that look like names but are not ("Monday", "January", "I'm", which wink keeps one token),
 * and acronyms of common nouns, which would otherwise be taken for an organisation ("a campaign TV
 * ad", "DNA evidence").
 */
const NOT_NAME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december i but and the a an
  tv dna gdp suv dvd atm hiv
  i'm i’m
`);

/**
 * Titles written before a capitalised name ("President Obama", "Sen. Cruz"), with the honorifics
 * and titles of respect that English-language newsrooms elsewhere write the same way ("Chief
 * Ade Bello", "Alhaji Musa Sani", "Datuk Lim Kok Wing", "Gogo Thandiwe Nkosi" for a grandmother
 * in South Africa, "Kaumātua Hone Rata" for a Māori elder, "Hon. Ama Mensah" for a member of
 * parliament, "Ing.", "Engr" and "Eng" for an engineer, "DI" and "DCI" for British detective ranks,
 * "Advocate Thabo Mokoena SC" for a South African barrister, "Khun Somchai" for anyone in Thailand,
 * "SP", "DSP", "ACP", "IGP" for police ranks in Nigeria and South Asia, "Cde" for "Comrade" and
 * "Sekuru" for an elder in Zimbabwe, "Serigne" and "El Hadji" in Senegal, "Hojatoleslam" and
 * "Ayatollah" for Shia clerics, "Otunba" for a Yoruba chieftaincy title, "Dasho" and "Lyonpo" (a
 * minister) in Bhutan).
 */
export const NAME_TITLES = words(`
  president sen. senator rep. representative gov. governor secretary minister chancellor premier
  mayor judge justice gen. general col. lt. capt. sgt. adm. dr. prof. professor rev. father sister
  king queen prince princess pope rabbi bishop archbishop ambassador commissioner chairman chairwoman
  speaker vice
  dr prof rev sgt capt col lt supt insp cllr cr cr.
  sir dame lord venerable chief elder pastor imam sheikh comrade haji hajjah datuk dato datin
  tun mzee gogo kaumātua kaumatua
  hon hon. ing. engr engr. eng eng. di dci det det. whip marshal
  magistrate advocate khun ag
  sp asp dsp ssp acp dcp igp aig
  cde sekuru serigne hadji elhadji hojatoleslam ayatollah otunba
  maj. cdr. brig. supt. insp. cllr. amb. atty. pres. fr. counsellor counselor
  dasho lyonpo
`);

/** Titles of two words whose words alone are names: Malaysian ("Tan" a surname, "Sri" a first name), Senegalese ("El Hadji"). */
export const TWO_WORD_TITLES: ReadonlySet<string> = new Set(["tan sri", "puan sri", "toh puan", "datuk seri", "dato sri", "dato seri", "el hadji"]);

/** Honorifics before a name and the gender they give ("Mrs." -> female). A Map, not an object: no prototype keys. */
export const HONORIFICS = new Map<string, "male" | "female">([
  ["mr", "male"], ["mr.", "male"], ["mrs", "female"], ["mrs.", "female"], ["ms", "female"], ["ms.", "female"],
  // Singapore and Malaysia: "Madam Lim Siew Hoon", "Mdm Goh"; "Encik", "Puan", "Cik".
  ["madam", "female"], ["mdm", "female"], ["encik", "male"], ["puan", "female"], ["cik", "female"],
  // India: "Shri Arun Das", "Smt. Leela Devi", "Kumari Asha Rao".
  ["shri", "male"], ["shree", "male"], ["smt", "female"], ["smt.", "female"], ["shrimati", "female"], ["kumari", "female"],
  // West Africa: "Alhaji Musa Bello", "Hajia Amina Sani", "Mallam Idris".
  ["alhaji", "male"], ["alhaja", "female"], ["hajia", "female"], ["mallam", "male"],
  // Botswana: "Rre Thato Segokgo", "Mma Onalenna Ditshwanelo".
  ["rre", "male"], ["mma", "female"],
  // Senegal: "Sokhna Aminata Sarr" (a woman of standing). Ethiopia: "Ato Dawit Bekele" (Mr), "Woizero Almaz" (Mrs), "Woizerit Hana" (Miss).
  ["sokhna", "female"], ["ato", "male"], ["woizero", "female"], ["weyzero", "female"], ["woizerit", "female"], ["weyzerit", "female"],
  // Indonesia: "Pak Suparman", "Bu Wahyuni"; Myanmar: "U Win Naing", "Daw Khin Myo Aye";
  // Tamil Nadu: "Thiru R. Senthil Kumar", "Tmt. V. Meenakshi"; Brazil and Portugal: "Dona Cida".
  ["pak", "male"], ["bapak", "male"], ["bu", "female"], ["ibu", "female"], ["u", "male"], ["daw", "female"],
  ["thiru", "male"], ["thiru.", "male"], ["tmt", "female"], ["tmt.", "female"], ["thirumathi", "female"], ["dona", "female"],
  // French, in Francophone countries' English press: "Mme Nadia Berrada", "Mlle Sophie Roux".
  // Arab countries: "Hajj Mahrous" (a man who made the pilgrimage), "Hajja Amal".
  // Morocco: "Si Abdelkader" (a man), "Lalla Rkia" (a woman).
  ["mme", "female"], ["mme.", "female"], ["mlle", "female"], ["mlle.", "female"], ["si", "male"], ["lalla", "female"],
  ["hajj", "male"], ["haj", "male"], ["hajja", "female"],
  // Bhutan: "Aum Kinley Wangmo" (a woman). German, in the English press of German-speaking
  // countries and their diaspora papers: "Herr Al-Hamwi", "Frau Dr. Sabine Krüger".
  ["aum", "female"], ["herr", "male"], ["frau", "female"],
  // Kinship words that address elders before a name, in much of Africa, the Pacific and the
  // Caribbean: "Mama Rangi Tearii", "Papa Tutai Tuara", "Mzee Ali Juma", "Auntie Grace Mensah".
  ["mama", "female"], ["papa", "male"], ["mzee", "male"], ["auntie", "female"], ["aunty", "female"], ["uncle", "male"],
]);

/** Honorifics written after a given name ("Hatice Hanım", "Mehmet Bey" in Turkey) and the gender they give: not part of the name. */
export const POST_HONORIFICS = new Map<string, "male" | "female">([
  ["hanım", "female"], ["hanim", "female"], ["bey", "male"],
]);

/**
 * The verbs of saying that most often follow their speaker ("Lee said", "the foreman says", "the
 * minister told", "the judge added"): what each reader of a speaker before its verb starts from.
 */
export const SAYING_VERBS: readonly string[] = ["said", "says", "told", "added"];

/**
 * Verbs of saying that open a sentence before their speaker ("Said Comey, ...", "Adds Lee:"),
 * capitalised there as a name's first word would be: never part of the name after them.
 */
export const INVERTED_SPEECH_VERBS = words(`
  said says added adds asked asks wrote writes noted notes recalled recalls explained explains
  continued continues countered counters replied replies quipped quips insisted insists
`);

/**
 * Auxiliaries that open a question before its subject ("Does Reyes, like Lee, oppose the tax?"):
 * capitalised there, no name's word. Not "Will", a given name ("Will Hurd said").
 */
export const QUESTION_AUXILIARIES = words(`
  do does did is are was were has have had can could should would
`);

/** Words that look like names but are not: {@link NOT_NAME_WORDS} and every honorific ("Mr", "Smt."). */
export const NOT_NAMES: ReadonlySet<string> = new Set([...NOT_NAME_WORDS, ...HONORIFICS.keys()]);

/**
 * A legislator's letters, written after a name ("Sean Kelly TD") or before it as a title ("local
 * MLA Declan Rooney"), in the parliaments that write them so: Ireland's TD, the Isle of Man's MHK
 * and MLC (also Australian states' and Hong Kong's legislative councils), Australia's MHR. Case matters.
 */
export const LEGISLATOR_LETTERS: ReadonlySet<string> = new Set(["TD", "MP", "MSP", "MS", "MLA", "MEP", "MPP", "MHA", "MNA", "MCA", "MPA", "MHK", "MLC", "MHR"]);

/**
 * Letters written after a name ("Sean Kelly TD", "Ann Lee MP", "Jo Ward QC"; British, Australian
 * and New Zealand honours: "OAM", "ONZM"): not part of it. Case matters. Only letters that are
 * nothing else after a name ("AM", "MC", "VC" are).
 */
export const POST_NOMINALS = new Set([
  ...LEGISLATOR_LETTERS, "MPs", "QC", "KC", "SC", "JP", "OBE", "MBE", "CBE", "KBE", "DBE", "GBE", "CMG", "KCMG", "LVO", "MVO", "CVO", "DSO",
  "OAM", "AO", "ONZM", "MNZM", "CNZM", "KNZM", "DNZM", "QSO", "QSM", "FRS", "FRSE", "PhD",
]);

/**
 * Capitalised words of a minister's portfolio ("Minister for Health", "Secretary of State for
 * Foreign Affairs and Trade"): after a title and "for" or "of" they name the office, not a person.
 */
export const PORTFOLIO_WORDS = words(`
  health finance education justice defence defense transport transportation housing agriculture
  environment energy trade industry employment labour labor culture tourism sport sports foreign
  home affairs communications children equality enterprise infrastructure immigration treasury
  interior economy economic social protection welfare rural community communities development
  fisheries marine science technology innovation digital local government water climate change
  veterans women youth heritage arts planning policing security state public expenditure reform
  business resources mines lands forests forestry food revenue works services family families
  ageing disability mental indigenous northern international relations integration skills
  training higher further research regional cities levelling europe european brexit media
  urbanisation urbanization urban construction
`);

/** Nouns for a person that head a description only as an epithet, after "the" and an adjective ("the old man", "the young woman"): "a man" alone is anyone, and they have no role to be taken up by. */
export const EPITHET_PEOPLE: ReadonlySet<string> = new Set(["man", "woman", "boy", "girl"]);

/**
 * Role and kin nouns that give a description's gender ("the 26-year-old man" is never "she"), and
 * a titled name's ("his wife, Maeve," is a woman whatever the first-name lists know of Maeve).
 * Not the "-man" offices (spokesman, chairman, congressman), which newsrooms also write of women.
 */
export const GENDERED_HEADS = new Map<string, "male" | "female">([
  ...[...words(`man boy father husband son brother uncle grandfather grandson widower nephew gentleman king prince duke
    businessman boyfriend fiance`)].map((w) => [w, "male"] as const),
  ...[...words(`woman girl mother wife daughter sister aunt grandmother granddaughter widow niece lady queen princess duchess
    spokeswoman chairwoman congresswoman businesswoman councilwoman sportswoman policewoman waitress actress confidante
    girlfriend fiancee`)].map((w) => [w, "female"] as const),
]);

/**
 * First names that are also common words, which the first-name lists leave without a gender ("Bill
 * Norwood", "Holly Avery"): the first word of a name of two words or more gives the gender.
 */
export const COMMON_WORD_FIRST_NAMES = new Map<string, "male" | "female">([
  ...[...words(`bill will jack rob bob dick frank mark ray chuck nick wade rusty`)].map((w) => [w, "male"] as const),
  ...[...words(`rose june april hope faith joy holly ivy dawn penny ruby pearl iris daisy violet`)].map((w) => [w, "female"] as const),
]);

/**
 * First names given to men and women alike that the first-name lists give one gender ("Lindsey
 * Graham", "Kim Jong Un", "Kelly Craft", "Andrea Orlando"): a name starting with one has no gender
 * until an honorific or a title says so, so "he" and "she" can both refer to it.
 */
export const EITHER_GENDER_NAMES = words(`
  lindsey lindsay kelly leslie lesley dana tracy tracey jody kerry shannon kim jean andrea
  nicola simone michele sasha jackie carey blair sydney kendall kennedy
`);

/** What English compounds after a name end in: "Bush-led", "Obama-era", "Iowa-style", "Ohio-born", "York-bound". */
const COMPOUND_ENDS = /^(?:\p{Ll}+ed|era|style|type|like|wide|born|made|run|free|only|less|size|led|as|bound|area|proof)$/u;

/**
 * Whether two syllables joined by a hyphen read as a Chinese or Korean given name ("Ka-wing",
 * "Seung-cheol", "min-ho" lower-cased): short, the second in lower case, no English compound's end.
 */
export function isGivenNameSyllables(first: string, second: string): boolean {
  return /^\p{L}\p{Ll}{1,5}$/u.test(first) && /^\p{Ll}{2,5}$/u.test(second) && !COMPOUND_ENDS.test(second);
}

/**
 * Name particles that may sit inside a name in lower case ("Charles de Gaulle", "Anke ter Welle", "Rhun ap Iorwerth", "Gitau wa Kariuki",
 * "Huda bint Saleh", "Juan dela Cruz", the Catalan "i" and Spanish "y" of two surnames: "Laia Comas i Roura"); "al" and "el" are
 * joined to the name by a hyphen ("Reem al-Mansouri").
 */
export const PARTICLES = words("de dela van von der den ter bin bint ibn al el la le da del della du dos das di ap wa na i y");

/**
 * Words that end a Turkic name as "son of" or "daughter of" the name before them: Kyrgyz "Bakyt
 * Nurlan uulu", "Aizhan Toktogul kyzy", Azerbaijani "Elnur Aliyev oglu", Uzbek "qizi", Kazakh "uly".
 * Part of the name, in lower case, after a capitalised word.
 */
export const PATRONYMIC_ENDINGS: ReadonlySet<string> = words("uulu kyzy kizi qizi ogly oglu ugli uly");

/** The articles: "the", "a", "an". */
export const ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);

/** The indefinite articles: "a", "an". */
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(["a", "an"]);

/** Determiners and possessives that can open a description. */
export const DETERMINERS = words(`
  a an the this that these those his her their its our my your some many several other another
  two three four five six seven eight nine ten dozens hundreds thousands few most all one
`);

/** Subject pronouns: number and gender. A Map, not an object: no prototype keys. */
export const PRONOUNS = new Map<string, { plural: boolean; gender?: "male" | "female" }>([
  ["he", { plural: false, gender: "male" }],
  ["she", { plural: false, gender: "female" }],
  ["they", { plural: true }],
  ["we", { plural: true }],
  ["i", { plural: false }],
  ["it", { plural: false }],
]);

/**
 * The subject pronoun a possessive or object pronoun refers as ("his warning that ...": he,
 * "three-fourths of them tell pollsters": they).
 */
export const SUBJECT_FORMS: ReadonlyMap<string, string> = new Map([
  ["his", "he"], ["him", "he"], ["her", "she"], ["their", "they"], ["them", "they"], ["its", "it"], ["our", "we"], ["us", "we"],
]);

/**
 * Abbreviations of US states and Canadian provinces as newsrooms write them after a place ("Kenora,
 * Ont.", "Halifax, N.S.", "(D-Calif.)"), without the final period: places, never speakers.
 */
export const REGION_ABBREVIATIONS = words(`
  ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb
  nev n.h n.j n.m n.y n.c n.d okla ore pa r.i s.c s.d tenn tex vt va wash w.va wis wyo d.c
  ont que b.c alta sask man n.s n.b p.e.i nfld n.l
`);

/** Words inside a capitalised name that make it a place ("National Mall", "Union Square"). */
export const PLACE_NAME_WORDS = words(`
  mall square street avenue boulevard road park river lake county island islands mountain mountains
  valley beach bridge airport plaza harbor harbour bay coast province state city town village
  district heights hill hills falls canyon peninsula market
  prefecture oblast governorate canton municipality borough parish territory emirate voivodeship
`);

export { POSSESSIVE_DETERMINERS } from "../document/possessives";
/** Possessives of the third person, each referring as its subject form does ("his" as "he"). */
export const THIRD_PERSON_POSSESSIVES: ReadonlySet<string> = new Set(["his", "her", "their", "its"]);
