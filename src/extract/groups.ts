import { escapeRegExp } from '../util/regexp.js';
import { orgKey } from './names.js';
import { DEMONYMS, DESCRIBING, NOT_NAMES, ROLE_NOUNS, SPEECH_VERBS, TITLE_WORDS } from './lexicon.js';
import type { LocalPerson } from './mentions.js';

/** Names that are groups, bodies or forms of address, not people: what findPeople keeps out of its list of people. */

/** A company's name and the words for what kind of company it is, which copy often leaves off ("Northlight Records", "Quillo Group Corp"). */
// ("Honda Motor Co" … "Honda said": wire copy's full names.)
const CORPORATE_SUFFIX = /^(\p{Lu}[\p{L}&'’-]+(?:\s+\p{Lu}[\p{L}&'’-]+)??)(?:\s+(?:Records|Group|Holdings|Company|Co\.?|Motor|Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|PLC|plc|LLC|Airlines|Airways|Motors|Industries|Entertainment|Productions|Pictures|Studios|Technologies|Systems|Partners|Capital|Ventures|Labs|Pharmaceuticals|Energy|Telecom)){1,2}$/u;
/** Peoples and parties in the plural whose singular is not a demonym of ours ("Britons", "Republicans"). */
const GROUP_PLURALS = new Set(['Britons', 'Brits', 'Europeans', 'Westerners', 'Democrats', 'Republicans', 'Conservatives', 'Liberals', 'Tories', 'Socialists', 'Greens', 'Loyalists', 'Separatists', 'Rebels', 'Islamists', 'Nationalists', 'Progressives', 'Unionists']);
/** "Americans", "Floridians", "Republicans": a people or a party in the plural. */
// (And a role in the plural opening a sentence: "Rescuers said", "Survivors recalled"; and a crowd, which is many:
// "Crowd chanting: "…"".)
export const isGroupPlural = (word: string) =>
  /^(?:Crowd|Audience|Congregation|Mob)$/.test(word) ||
  (/s$/.test(word) && (DEMONYMS.has(word.slice(0, -1)) || GROUP_PLURALS.has(word) || /\p{Ll}ians$/u.test(word) || ROLE_NOUNS.has(word.toLowerCase().slice(0, -1)) || /^(?:Rescuers|Villagers|Locals|Neighbours|Neighbors|Relatives|Shoppers|Commuters|Passengers)$/.test(word)));
/** Posts an honorific addresses in a chamber or a meeting ("Mr Speaker", "Madam President"). */
export const ADDRESSED_POST = /^(?:Speaker|President|Chairman|Chairwoman|Chair|Secretary|Minister|Ambassador|Premier|Chancellor)$/;
/** A post of two words an honorific addresses though its first word is no title ("Mr. Ranking Member"). */
export const ADDRESSED_PAIR = /^Ranking Member$/;
/** The words NEWS_BODY needs, tested first with a plain pattern (most paragraphs have none). */
export const NEWS_WORDS = /agency|broadcaster|television|newspaper|outlet|daily|radio|state media|Xinhua|TASS|Interfax|Yonhap|Kyodo|Anadolu|Bernama|Antara|Tasnim|KCNA|Ukrinform|BelTA|Reuters|AFP/;
/** News agencies copy names alone, with no word saying what they are ("…," Yonhap added; TASS reported). */
const AGENCY_NAMES = 'Xinhua|TASS|RIA Novosti|Interfax|Yonhap|Kyodo|Anadolu|Bernama|Antara|Tasnim|KCNA|Ukrinform|BelTA|Reuters|AFP';
/** The verbs a news body is the subject of ("KCNA called the meeting "…""). */
const NEWS_VERB = 'said|says|reported|reports|quoted|cited|added|wrote|announced|stated|called|described|denounced|accused|warned|urged|claimed|insisted';
/**
 * A news body named by what it is: before its name ("state broadcaster CCTV") or after it ("Xinhua news agency"), or a
 * country's state media by that whole name ("Russian state media"), or an agency by its own ("Yonhap added"). (A full stop inside its name only between letters:
 * "the newspaper Pravo Dnes. He said" ends at "Dnes".)
 */
export const NEWS_BODY = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:[Ss]tate(?:-run)?|[Oo]fficial|[Pp]ublic|[Nn]ational)\s+)?(?:news agency|broadcaster|television|newspaper|news outlet|daily|radio)\s+(\p{Lu}(?:[\p{L}\p{N}&-]|\.(?=\p{L}))*(?:\s+\p{Lu}(?:[\p{L}\p{N}&-]|\.(?=\p{L}))*){0,2}\.?)(?=\s+(?:${NEWS_VERB})\b)|(?<![\p{L}])(?:(\p{Lu}[\p{L}\p{N}&.-]*)\s+news agency|(\p{Lu}[\p{L}\p{N}&.-]*\s+state media)|(${AGENCY_NAMES}))(?=\s+(?:${NEWS_VERB})\b)`,
  'gu',
);

/**
 * "Ryanair chief executive Michael O'Leary", "Jefferies analyst Ken Tan": a name right before a company's post and a
 * person's name is that company (see bodiesBeforePosts for the words that may not be one).
 */
const BODY_BEFORE_POST =
  /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{L}\p{N}&-]+(?:\s+\p{Lu}[\p{L}\p{N}&-]+)?)\s+(?:chief executive(?: officer)?|CEO|chief financial officer|CFO|chief operating officer|chairman|chairwoman|founder|co-founder|analyst|economist|strategist)\s+(?=\p{Lu}\p{Ll})/gu;
/** The bodies BODY_BEFORE_POST finds in a paragraph: no title, people's, place or calendar word among their words. */
export function bodiesBeforePosts(chunk: string, isPlace: (word: string) => boolean): { name: string; index: number }[] {
  if (!/chief|CEO|CFO|chair|founder|analyst|economist|strategist/.test(chunk)) return [];
  return [...chunk.matchAll(BODY_BEFORE_POST)]
    .filter((m) => m[1]!.split(/\s+/).every((w) => !NOT_NAMES.has(w) && !DEMONYMS.has(w) && !TITLE_WORDS.has(w) && !isPlace(w)))
    .map((m) => ({ name: m[1]!, index: m.index }));
}

/**
 * Names that are bodies wherever they stand, though a speech verb beside them elsewhere made them people: a name set
 * off after a word for a body ("The group that owns her music, Big Machine," then "accusing Big Machine of …"), and a
 * company named in full and then alone ("Northlight Records" … "Northlight said"), a one-word body's name alone ("SkyJet
 * said"). Their mentions become the body's.
 */
export function bodiesForNames(
  candidates: { key: string | null; kind: string; text: string }[],
  people: Map<string, LocalPerson>,
  apposedBodies: ReadonlySet<string>,
  openOrgs: ReadonlyMap<string, string>,
): void {
  const bodies = new Map([...apposedBodies].map((name) => [name, orgKey(name)]));
  const alone = new Set<string>();
  for (const [key, name] of openOrgs) {
    const short = CORPORATE_SUFFIX.exec(name)?.[1];
    if (short && !bodies.has(short)) bodies.set(short, key);
    // ("Budget airline SkyJet has apologised … SkyJet said": a one-word body's name speaking alone is the body, unless
    // it is what someone named in full goes by, "Ana María Ruiz Soto (AMRS)" … "AMRS said".)
    if (!/\s/.test(name) && !bodies.has(name)) {
      bodies.set(name, key);
      alone.add(name);
    }
  }
  if (!bodies.size) return;
  const moved = new Set<string>();
  for (const c of candidates) {
    // (And a body of its own under the short name: "Apple Inc forecast …" then "Apple said".)
    const body = c.key?.startsWith('p:') || c.kind === 'org' ? bodies.get(c.text) : undefined;
    if (!body || body === c.key || (alone.has(c.text) && people.get(c.key!)?.names.length)) continue;
    moved.add(c.key!);
    c.key = body;
    c.kind = 'org';
  }
  // A person goes when every name of theirs is a body's and no mention is left theirs (a surname alone elsewhere,
  // "Baptiste told the crowd", keeps them).
  for (const key of moved) {
    if (people.get(key)?.names.every((n) => bodies.has(n)) && !candidates.some((c) => c.key === key)) people.delete(key);
  }
}

/** What only a company, a club or a product has, right after its name: "Apple devices", "a Twitter spokeswoman", "WeWork's founder", "a Tottenham shirt". */
const COMPANY_WORDS =
  'shares|stock|spokes(?:man|woman|person)|CEO|chief executive|founder|co-founder|employees|executives|engineers|users|customers|subscribers|products|devices|models|stores|headquarters|servers|' +
  'jets|planes|aircraft|vehicles|factories|plants|revenue|profits?|earnings|sales|lineup|shareholders|investors|games|accounts?|squad|shirt|stadium';

/**
 * A capitalised word and what shows it to be a company: COMPANY_WORDS after it, a model's number or code ("Boeing 787",
 * "Airbus A350"; not a year, "Trump 2020 signs"), or "its" right after its verb.
 */
const COMPANY_EVIDENCE = new RegExp(
  `(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{L}\\p{N}&-]*)(?:(?:['’]s)?\\s+(?:${COMPANY_WORDS})\\b|\\s+(?:(?!(?:19|20)\\d\\d\\b)\\d{3,4}|\\p{Lu}{1,3}\\d{1,4}\\p{L}?)(?![\\p{L}\\p{N},.]*\\s+(?:votes?|years?|people|points?)\\b)(?!\\p{N})|\\s+(?:(?:will|would|has|had|also|plans\\s+to)\\s+)?(?:[a-z]+ly\\s+)?[a-z]{3,}\\s+(?:that\\s+)?its\\b)`,
  'gu',
);

/** What a company sells, after its name's possessive and a word or two: "Corvane's top-selling vehicle". */
const PRODUCT_AFTER_POSSESSIVE =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&-]*)['’]s\s+(?:[\p{Ll}-]+\s+){1,2}(?:vehicles?|models|products|devices|phones|smartphones|laptops|chips|software|apps|consoles|games|stores|brands?|shares|stock)\b/gu;
/** A one-word name after "at", and the word before "at" (a role there: "an analyst at Nomura", "senior engineer at Corvane"). */
const ROLE_AT = /(?<=(\p{Ll}+)\s+)at\s+(\p{Lu}[\p{L}\p{N}&-]*)(?![\p{L}\p{N}&'’-]|\s+\p{Lu}|\s+(?:on|in)\s+\p{Lu})/gu;
/**
 * A one-word name set off before a word for a company, with only describing words between: "Huawei, the embattled
 * Chinese tech company that …" (not "Okafor, the former chief of the company", nor "Okafor, a company spokesman").
 */
const APPOSED_COMPANY =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&-]*),\s+(?:the|a|an)\s+(?:(?!(?:of|at|for|in|with|and|from)\s)[\p{L}-]+\s+){0,4}(?:company|firm|carmaker|automaker|retailer|manufacturer|maker|giant|startup|conglomerate|chain|brand|lender|insurer|airline)(?=\s*[,.;:)]|\s+(?:that|which|whose|based|known|behind|in|with)\b)/gu;

/** A one-word name set off before what only a business does: "Bayer, which makes the weedkiller," (a person is "who"). */
const COMPANY_WHICH =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}&-]*),\s+which\s+(?:makes|made|owns|owned|sells|sold|operates|produces|manufactures|builds|develops|supplies|employs|bought|acquired)\b/gu;

/** Roles a company may hold as well as a person: "after a lifeline from investor SoftBank", "rival Airbus". */
export const isBodysRole = (role: string) => /^(?:investor|shareholder|owner|buyer|seller|partner|supplier|sponsor|client|customer|lender|creditor|rival|competitor)$/.test(role);

/**
 * "AirPower", "MagSafe": a capital inside one word is a product's or a company's, not a person's, but for a name's
 * prefix: "McDonald", "DeSantis", "LaGuardia", "AbdulRahman", "AbuBakar".
 */
export const isProductWord = (name: string) => !name.includes(' ') && /\p{Ll}\p{Lu}/u.test(name) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|Fitz|Abdul|Abu)\p{Lu}/u.test(name);

/**
 * Companies known the world over by one word, which copy writes with no word for what they are ("Volkswagen said",
 * "Google says"). A name the text also writes after another ("Walt Disney", "Keisuke Honda") is still a surname.
 */
const KNOWN_COMPANIES = new RegExp(
  `(?<![\\p{L}\\p{N}&'’-])(?:${[
    'Google Alphabet Amazon Microsoft Facebook Instagram WhatsApp Twitter YouTube TikTok ByteDance Netflix Disney Tesla SpaceX',
    'Nvidia Intel Qualcomm Samsung Huawei Xiaomi Lenovo Alibaba Tencent Baidu Foxconn Sony Panasonic Hitachi Toshiba Toyota',
    'Nissan Honda Hyundai Volkswagen Audi Renault Peugeot Stellantis Porsche Volvo Boeing Airbus Ryanair EasyJet Lufthansa',
    'Walmart Costco Starbucks Nike Adidas Uber Lyft Airbnb Spotify PayPal Mastercard JPMorgan Citigroup Barclays Nomura',
    'SoftBank ExxonMobil Exxon Chevron Aramco Gazprom Rosneft Pfizer Moderna AstraZeneca Novartis Siemens Nestlé Unilever',
    'Oracle Cisco Salesforce Adobe OpenAI Anthropic Apple Meta Dell Bayer Roche Sanofi Nokia Ericsson Philips Heineken Ikea',
    'Nintendo Mitsubishi Geely Rivian Coinbase Binance Shopify Pinterest Reddit Vodafone Verizon Comcast Ubisoft Micron Broadcom',
  ]
    .join(' ')
    .split(' ')
    .join('|')})(?![\\p{L}\\p{N}&-])`,
  'gu',
);

/** A one-word name that shares or a stake are in or of: "Shares in Acme fell", "a stake in Volvo". */
const HOLDING_IN = /\b(?:[Ss]hares|[Ss]tock|[Ss]takes?)\s+(?:in|of)\s+(\p{Lu}[\p{L}\p{N}&-]*)(?![\p{L}\p{N}&'’-]|\s+\p{Lu})/gu;

/** One capitalised word and a company known by name, joined by "and", either way round. */
const JOINED_TO_KNOWN = new RegExp(
  `(?<![\\p{L}\\p{N}&'’-])(?:(\\p{Lu}[\\p{L}\\p{N}&-]+)\\s+and\\s+(?:${KNOWN_COMPANIES.source})|(?:${KNOWN_COMPANIES.source})\\s+and\\s+(\\p{Lu}[\\p{L}\\p{N}&-]+))(?![\\p{L}\\p{N}&'’-])`,
  'gu',
);

/**
 * A one-word name with a plural verb, as British copy writes of a club or a company ("Chelsea have completed …"); not
 * one of two subjects ("Tom and Chelsea have") nor after a modal ("would Chelsea have"), nor a plural ("Prices are").
 */
const PLURAL_AGREEMENT = /(?<![\p{L}\p{N}&,]\s|\b(?:and|or|nor|would|could|should|might|must|will|may|can)\s)(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}*[^\Ws]) (?:have|are|were)\b/gu;

/**
 * The one-word names the text shows to be a company or a product, in one pass over it: a word for what only a company
 * has after it (COMPANY_WORDS), "its" right after its verb ("Apple cancelled its", "Nissan says its"), a product after
 * its possessive, a role at it, a word for a company or a business's "which makes" set off after it, a plural verb after it. Not a word the text
 * also writes after another name ("Marc Benioff"): that is a surname.
 */
export function companiesByEvidence(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(KNOWN_COMPANIES)) found.add(m[0]);
  // ("Volvo and Geely said", "Acme and Google announced": one word joined by "and" to a company known by name is one too.)
  for (const m of text.matchAll(JOINED_TO_KNOWN)) found.add(m[1] ?? m[2]!);
  for (const m of text.matchAll(COMPANY_EVIDENCE)) found.add(m[1]!);
  for (const m of text.matchAll(HOLDING_IN)) found.add(m[1]!);
  for (const m of text.matchAll(PRODUCT_AFTER_POSSESSIVE)) found.add(m[1]!);
  for (const m of text.matchAll(APPOSED_COMPANY)) found.add(m[1]!);
  for (const m of text.matchAll(COMPANY_WHICH)) found.add(m[1]!);
  for (const m of text.matchAll(ROLE_AT)) if (ROLE_NOUNS.has(m[1]!)) found.add(m[2]!);
  // (A club or a company by its plural verb, unless the text also gives it a singular one: "Chelsea has …" is a person.)
  for (const m of text.matchAll(PLURAL_AGREEMENT)) if (!NOT_NAMES.has(m[1]!) && !new RegExp(`\\b${escapeRegExp(m[1]!)} (?:has|is|was)\\b`).test(text)) found.add(m[1]!);
  // (A verb's -ing form is no given name: "Joining Siemens lets us grow" leaves Siemens a company.)
  for (const name of found) if (wordsBefore(text, name).some((w) => !NOT_NAMES.has(w) && !DESCRIBING.test(w) && !/^\p{Lu}\p{Ll}{3,}ing$/u.test(w))) found.delete(name);
  return found;
}

/**
 * Whether every speech verb right after a name in the text is "reported" or "reports" (an outlet's: "Politico
 * reported"), and there is one, and the text never writes the name after another ("Penelope Muse Abernathy …
 * Abernathy reported" is a researcher).
 */
export function onlyReports(text: string, name: string): boolean {
  const after = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}\\s+(?:(?:has|had|also|first|later)\\s+)?([a-z]+)`, 'gu');
  const verbs = [...text.matchAll(after)].map((m) => m[1]!).filter((v) => SPEECH_VERBS.includes(v));
  if (verbs.length === 0 || !verbs.every((v) => v === 'reported' || v === 'reports')) return false;
  return !wordsBefore(text, name).some((w) => !NOT_NAMES.has(w));
}

/** The capitalised words the text writes right before a name ("Marc" before "Benioff", "Home" before "Depot"). */
function wordsBefore(text: string, name: string): string[] {
  return [...text.matchAll(new RegExp(`(\\p{Lu}[\\p{Ll}'’-]+) ${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu'))].map((m) => m[1]!);
}
