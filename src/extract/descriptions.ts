import { DEMONYMS, NATIONALITY_NOUNS, ROLE_NOUNS, TITLE_WORDS } from './lexicon.js';
import type { LocalPerson, Mention } from './mentions.js';

/**
 * Definite descriptions: "the premier", "the top EU diplomat", "the judge", "the agency" stand for someone the
 * article has introduced by a role that licenses the head noun ("Premier Li Qiang", "EU foreign policy chief Kaja
 * Kallas", "Acting Chief Justice Maria Soto", "the Maritime Safety Agency"). A head with no such introduction stands
 * for someone the article does not name.
 */

/** The last words of a company's name ("Skyways Airlines", "Acme Corp"). */
const COMPANY_WORDS = ['corp', 'corporation', 'inc', 'ltd', 'plc', 'group', 'company', 'airlines', 'airways', 'motors', 'industries', 'holdings', 'energy', 'oil', 'petroleum', 'bank', 'telecom', 'systems', 'technologies', 'pharma', 'foods'];

/** For a head noun, the words of an introduction that license it (the head itself always does). */
const LICENSES = new Map<string, readonly string[]>(Object.entries({
  premier: ['prime minister'],
  pm: ['prime minister', 'premier'],
  judge: ['justice', 'magistrate'],
  justice: ['judge'],
  // (A sports desk's "boss" is a team's coach: "Kerala boss Marco Bellini … the coach revealed".)
  coach: ['manager', 'boss'],
  manager: ['coach'],
  boss: ['manager', 'coach', 'chief executive', 'ceo', 'chief', 'head'],
  // (A sports desk's words for a team's coach: "the Spanish tactician", "the Mumbai City gaffer".)
  tactician: ['coach', 'manager', 'boss'],
  gaffer: ['manager', 'coach', 'boss'],
  // (Whoever speaks for a foreign ministry is one too: agency copy calls its spokeswoman "the diplomat".)
  diplomat: ['foreign minister', 'foreign secretary', 'secretary of state', 'foreign policy chief', 'high representative', 'ambassador', 'envoy', 'foreign ministry', 'ministry of foreign affairs', 'foreign affairs ministry', 'foreign office', 'state department'],
  envoy: ['ambassador', 'special representative'],
  ambassador: ['envoy'],
  chancellor: [],
  president: [],
  // (A hyphened post as often without its hyphen; "the Secretary-General" is no one introduced as Under-Secretary-General.)
  'secretary-general': ['secretary general'],
  'under-secretary-general': ['under-secretary general', 'under secretary-general', 'under secretary general', 'undersecretary-general', 'undersecretary general'],
  'director-general': ['director general'],
  'head of state': ['president', 'king', 'queen', 'emir', 'monarch', 'sultan', 'emperor'],
  'head of government': ['prime minister', 'premier', 'chancellor', 'taoiseach'],
  // ("Health Secretary Wes Streeting … the Cabinet minister told": a secretary of state is a minister; not a press,
  // general or permanent secretary.)
  minister: ['pm', '(?<!(?:press|general|permanent|party|private|executive) )secretary(?![- ]general)'],
  // ("Health Secretary Wes Streeting … The health secretary paid tribute": a portfolio among the modifiers must be the
  // introduction's too; see resolveDescriptions.)
  secretary: [],
  mayor: [],
  // (A title's abbreviation introduces the role too: "Sen. Rand Paul" … "the senator".)
  governor: ['gov\\.'],
  senator: ['sen\\.'],
  congressman: ['rep\\.', 'representative'],
  congresswoman: ['rep\\.', 'representative'],
  lawmaker: ['sen\\.', 'rep\\.', 'senator', 'congressman', 'congresswoman', 'representative', 'legislator', 'mp'],
  general: ['gen\\.'],
  colonel: ['col\\.'],
  admiral: ['adm\\.'],
  sergeant: ['sgt\\.'],
  detective: ['det\\.'],
  professor: ['prof\\.'],
  commander: ['cmdr\\.', 'cdr\\.'],
  // ("Secretary-General Antonio Guterres … the UN chief said": a body's chief by whatever its post is called.)
  chief: ['head', 'director', 'secretary-general', 'secretary general', 'director-general', 'director general', 'managing director'],
  // ("Opposition leader Raila Odinga … the veteran politician said": anyone introduced by a political post.)
  politician: ['leader', 'president', 'prime minister', 'premier', 'minister', 'chancellor', 'senator', 'sen\\.', 'lawmaker', 'legislator', 'mp', 'mayor', 'governor', 'gov\\.', 'congressman', 'congresswoman', 'rep\\.', 'councillor', 'candidate'],
  // ("Han Dong-hoon, who heads the People Power Party": "the party leader".)
  leader: ['prime minister', 'president', 'chancellor', 'premier', 'taoiseach', 'head of state', 'head of government', 'heads', 'leads'],
  captain: ['skipper', 'capt\\.'],
  skipper: ['captain'],
  striker: ['forward'],
  // (Epithets: see EPITHETS.)
  defender: ['centre-back', 'center-back', 'full-back', 'fullback', 'left-back', 'right-back', 'defenseman', 'defenceman'],
  midfielder: [],
  // ("King Felipe and Queen Letizia have arrived … The king spoke with residents": a monarch by any of the words.)
  king: ['monarch'],
  queen: ['monarch'],
  monarch: ['king', 'queen', 'emperor', 'emir', 'sultan'],
  pontiff: ['pope'],
  pope: ['pontiff'],
  goalkeeper: ['keeper', 'goalie'],
  keeper: ['goalkeeper', 'goalie'],
  winger: [],
  forward: ['striker'],
  // ("the England international": a sports desk's word for one who plays for a country.)
  international: [],
  quarterback: [],
  sprinter: [],
  batsman: [],
  bowler: [],
  // (A cricket desk's: "the right-hander said" of the batter just named.)
  'right-hander': [],
  'left-hander': [],
  'all-rounder': [],
  spinner: [],
  seamer: [],
  paceman: [],
  debutant: [],
  teenager: [],
  youngster: [],
  // (A weather desk's: "chief meteorologist Paul Gundersen … the forecaster said".)
  forecaster: ['meteorologist'],
  meteorologist: ['forecaster'],
  // (An entertainment desk's: "Adele has postponed … The singer, 35, announced".)
  singer: ['singer-songwriter'],
  'singer-songwriter': ['singer'],
  rapper: [],
  actor: [],
  actress: ['actor'],
  comedian: [],
  executive: ['chief executive', 'ceo'],
  chairman: ['chair'],
  chairwoman: ['chair'],
  prosecutor: [],
  // (Agency copy in translation: "the Kremlin representative" for the one introduced as its press secretary.)
  representative: ['spokesman', 'spokeswoman', 'spokesperson', 'press secretary', 'rep\\.', 'congressman', 'congresswoman'],
  spokesman: ['spokesperson', 'press secretary'],
  spokeswoman: ['spokesperson', 'press secretary'],
  // Organisations: by the last word of their name.
  // ("The Met Office … the agency said", "the Food and Drug Administration … the agency".)
  agency: ['office', 'service', 'administration', 'authority', 'bureau', 'directorate'],
  ministry: [],
  department: [],
  police: [],
  // ("The Israeli military said …. In a statement, the military said": the armed forces named as a body.)
  military: ['army', 'defense forces', 'defence forces'],
  army: ['military'],
  board: [],
  court: [],
  company: COMPANY_WORDS,
  firm: [...COMPANY_WORDS, 'llp', 'partners'],
  // ("Volkswagen reported … the carmaker said", "the iPhone maker": a company by what it makes or does.)
  maker: COMPANY_WORDS,
  carmaker: [...COMPANY_WORDS, 'motors', 'automotive'],
  automaker: [...COMPANY_WORDS, 'motors', 'automotive'],
  chipmaker: COMPANY_WORDS,
  drugmaker: [...COMPANY_WORDS, 'pharmaceuticals'],
  retailer: COMPANY_WORDS,
  lender: COMPANY_WORDS,
  insurer: [...COMPANY_WORDS, 'insurance'],
  manufacturer: COMPANY_WORDS,
  conglomerate: COMPANY_WORDS,
  giant: COMPANY_WORDS,
  brewer: COMPANY_WORDS,
  miner: [...COMPANY_WORDS, 'mining'],
  airline: ['airlines', 'airways', 'air'],
  carrier: ['airlines', 'airways', 'air'],
  commission: [],
  council: [],
  government: [],
  union: [],
  bank: [],
  // ("Kim, president of the Korean Medical Association, … The association said": a body by the last word of its name.)
  association: [],
  federation: [],
  foundation: [],
  institute: [],
  organisation: ['organization'],
  organization: ['organisation'],
  committee: [],
  league: [],
  club: [],
  party: [],
  alliance: [],
  coalition: [],
  palace: [],
  embassy: [],
  university: [],
  hospital: [],
  college: [],
  trust: [],
  // ("the National Hurricane Center said … the center said": a body by the last word of its name, either spelling.)
  center: ['centre'],
  centre: ['center'],
  service: [],
  bureau: [],
  authority: [],
  // A group speaking together is no one person: these resolve to nobody.
  // A document speaks for whoever put it out (see DOCUMENTS).
  statement: [],
  communiqué: [],
  readout: [],
  // ("X tweeted, "…" ¶ "…," the tweet added": a post is its poster's words.)
  tweet: [],
  post: [],
  pair: [],
  duo: [],
  trio: [],
  couple: [],
  crowd: [],
  audience: [],
  protesters: [],
  demonstrators: [],
  fans: [],
  // "the Dutchman" ← "Dutch sailor Kees van der Berg"
  ...Object.fromEntries([...NATIONALITY_NOUNS].map(([noun, adjective]) => [noun, [adjective]])),
}));

/**
 * Heads that say what someone is rather than what post they hold ("the defender", "the teenager"): with no
 * introduction licensing them, they stand for the one person just named (see resolveDescriptions). (Not words that
 * also go before another noun, "the veteran minister", "the rookie quarterback": the head would be read too soon.)
 */
export const EPITHETS = new Set(['defender', 'midfielder', 'goalkeeper', 'keeper', 'winger', 'striker', 'forward', 'international', 'quarterback', 'sprinter', 'batsman', 'bowler', 'right-hander', 'left-hander', 'all-rounder', 'spinner', 'seamer', 'paceman', 'debutant', 'teenager', 'youngster', 'champion', 'marathoner', 'cyclist', 'swimmer', 'golfer', 'boxer', 'athlete', 'billionaire', 'tycoon', 'magnate', 'mogul', 'singer', 'singer-songwriter', 'rapper', 'actor', 'actress', 'comedian']);
/** Epithets of wealth: "Chief Executive Elon Musk … the billionaire said" is anyone's, whatever their post. */
export const WEALTH_EPITHETS: ReadonlySet<string> = new Set(['billionaire', 'tycoon', 'magnate', 'mogul']);
/** Epithets of a performer: none stands for one the text gave another post, as "Singer Jessie Buckley … the actress". */
export const PERFORMERS: ReadonlySet<string> = new Set(['singer', 'singer-songwriter', 'rapper', 'actor', 'actress', 'comedian']);
/** The heads of a description that stand for a company: "the company said", "the San Francisco firm". */
export const COMPANY_HEADS: ReadonlySet<string> = new Set(['company', 'firm', 'maker', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'retailer', 'lender', 'insurer', 'manufacturer', 'conglomerate', 'giant', 'brewer', 'miner', 'airline', 'carrier']);
/** Organisation heads that are the last word of a body's name ("the association"): no speaker without that body. */
export const NAME_WORD_HEADS: ReadonlySet<string> = new Set(['association', 'federation', 'foundation', 'institute', 'organisation', 'organization', 'committee', 'league', 'club', 'party', 'alliance', 'coalition', 'palace', 'embassy', 'university', 'hospital', 'college', 'trust', 'center', 'centre', 'service', 'bureau', 'authority']);
/** Heads that mean an organisation, matched against organisations' names rather than people's introductions. */
export const ORGANISATION_HEADS = new Set(['agency', 'ministry', 'department', 'police', 'military', 'army', 'board', 'court', 'commission', 'council', 'government', 'union', 'bank', ...COMPANY_HEADS, ...NAME_WORD_HEADS]);
/** Heads that mean more than one speaker: nobody alone. */
export const GROUPS = new Set(['pair', 'duo', 'trio', 'couple', 'crowd', 'audience', 'protesters', 'demonstrators', 'fans']);
/** Heads that are a document: "the statement said" is the words of whoever issued it. */
export const DOCUMENTS = new Set(['statement', 'communiqué', 'readout', 'tweet', 'post']);
/**
 * Role nouns with no licences of their own ("the economist", "the lawyer"): a description only right before a speech
 * verb (see bodyMentions), licensed by the word itself in an introduction ("Ellen Rusk, a lawyer from Leeds"). Not
 * words that mostly stand before another noun ("the local council", "the host nation", "the parent company").
 */
export const SPEAKING_HEADS: ReadonlySet<string> = new Set(
  [...ROLE_NOUNS].filter(
    (h) => !LICENSES.has(h) && /^\p{Ll}[\p{Ll}-]*$/u.test(h) && !/^(?:head|local|deputy|star|host|guest|parent|partner|principal|fan|player|runner|winner|ally|rival|backer|sponsor|monitor|observer|critic|supporter|opponent)$/.test(h),
  ),
);
const HEADS = [...LICENSES.keys()]
  .filter((h) => h === 'pm' || h.startsWith('head of ') || ROLE_NOUNS.has(h) || EPITHETS.has(h) || ORGANISATION_HEADS.has(h) || NATIONALITY_NOUNS.has(h) || GROUPS.has(h) || DOCUMENTS.has(h))
  // A nationality noun is written with a capital ("the Dutchman"); a role may be, as a title is ("the Governor said"),
  // but not an epithet ("the International Monetary Fund" is no "England international").
  // ("the head of State", as translated copy writes it: each word of a post of several may take a capital.)
  .map((h) => (NATIONALITY_NOUNS.has(h) ? h[0]!.toUpperCase() + h.slice(1) : (!EPITHETS.has(h) && TITLE_WORDS.has(h[0]!.toUpperCase() + h.slice(1))) || /[- ]/.test(h) ? h.replace(/(^|[- ])(\p{Ll})/gu, (_, sep: string, c: string) => `${sep}[${c.toUpperCase()}${c}]`) : h));

const HEAD_WORDS = HEADS.join('|');
/**
 * "the top EU diplomat", "the Chinese premier", "the former PM", "the senator from Nebraska": "the", up to three
 * modifiers and a head noun, maybe "from" a place (not "the judge's ruling").
 */
export const DESCRIPTION = new RegExp(
  // (A modifier is no article or linking word: "The NSC issued a statement" is no description.)
  // (The head is the last noun: "the union's general secretary" is a secretary, not a general.)
  // (Nor a sentence's end: "in the second half. The coach said" is one description, "The coach".)
  // ("the business and trade secretary": a portfolio of two words joined by "and" opens the modifiers.)
  `\\b[Tt]he\\s+((?:\\p{Ll}+\\s+and\\s+(?=\\p{Ll}))?(?:(?!(?:a|an|the|The|of|to|and|in|on)\\s)(?!\\p{L}*\\p{Ll}{2}\\.\\s)(?:[\\p{L}\\d][\\p{L}\\d'’.-]*)\\s+){0,3}?)(${HEAD_WORDS}|PM)(?![\\p{L}-])(?!['’]s)(?!\\s+(?:${HEAD_WORDS})(?![\\p{L}-]))` +
    `(?:\\s+from\\s+\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,2})?`,
  'gu',
);

/**
 * "A federal judge on Thursday rejected …", "A former nurse has told a jury" opening a paragraph (after a wire's dateline,
 * if any): an AP lede describes the one its next paragraph names ("U.S. District Judge Amit Mehta"); see
 * resolveDescriptions, which reads it only before anyone is named. The head is the first role noun of up to four words.
 */
export function ledeDescription(chunk: string): { at: number; end: number; head: string; modifiers: string } | null {
  const m = LEDE_OPENING.exec(chunk);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  const k = words.findIndex((w) => ROLE_NOUNS.has(w));
  if (k < 0 || words.slice(0, k).some((w) => !/^[\p{L}-]+$/u.test(w) || /^(?:of|in|at|for|and|to)$/.test(w))) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  return { at, end: at + words.slice(0, k + 1).join(' ').length, head: words[k]!, modifiers: words.slice(0, k).join(' ') };
}
const LEDE_OPENING = /(?<=^\s*(?:\p{Lu}[\p{Lu} .,'’-]{1,40}(?:\([\p{L}. ]{2,12}\))?\s*[—–-]{1,2}\s*)?)An?\s+((?:[\p{L}-]+ ){0,3}[\p{L}-]+)/u;

/** Whether an introduction ("EU foreign policy chief Kaja Kallas", roles ["Premier"]) licenses a head noun. */
export function licenses(head: string, introduction: string): boolean {
  return licensePattern(head).test(introduction);
}

/** The posts that license a head noun, as one pattern, made once a head. */
function licensePattern(head: string): RegExp {
  const h = head.toLowerCase();
  let re = LICENSE_PATTERNS.get(h);
  // ("Vice-President", "Under-Secretary-General": a post below the one named, no licence for it.)
  if (!re) LICENSE_PATTERNS.set(h, (re = new RegExp(`(?<![\\p{L}]|(?:under|vice)-)(?:${[h, ...(LICENSES.get(h) ?? [])].join('|')})(?![\\p{L}])`, 'iu')));
  return re;
}
const LICENSE_PATTERNS = new Map<string, RegExp>();

/**
 * The capitalised words an introduction sets right before a post that licenses a head noun: "Madrid" in "Madrid coach
 * Carlo Ancelotti" for "manager". A description with another body's name ("the Liverpool manager") is not that one.
 */
export function licensedBodies(head: string, introduction: string): string[] {
  const h = head.toLowerCase();
  let before = BODY_BEFORE_PATTERNS.get(h);
  if (!before) BODY_BEFORE_PATTERNS.set(h, (before = new RegExp(`(?<![\\p{L}'’-])(\\p{Lu}[\\p{L}'’-]+)\\s+(?:${licensePattern(h).source})`, 'giu')));
  return [...introduction.matchAll(before)].map((m) => m[1]!.replace(/['’]s$/, '')).filter((w) => /^\p{Lu}/u.test(w));
}
const BODY_BEFORE_PATTERNS = new Map<string, RegExp>();

/**
 * An introduction that writes a post in other words, with that post added, so a description below is licensed by it:
 * a foreign minister's as translated copy does, "The head of Spanish diplomacy, José Manuel Albares", and as any desk
 * does, "Kenya's top diplomat Musalia Mudavadi" ("the Spanish foreign minister"); and a country's leader, "Cambodian
 * leader Hun Manet", who heads its state or government ("the Cambodian prime minister"; not "Cambodian opposition
 * leader").
 */
export const withTranslatedPosts = (introduction: string): string =>
  introduction
    .replace(FOREIGN_POST, (post, ...countries: (string | undefined)[]) => {
      const country = countries.slice(0, 3).find(Boolean) ?? '';
      // (Not America's or the EU's: their top diplomats hold other posts, and "the foreign minister" beside them is another's.)
      return /^(?:US|U\.S|United|America|American|EU|European)$/.test(country) ? post : `${post} ${country} foreign minister`;
    })
    .replace(COUNTRYS_LEADER, (post, nationality: string) => (DEMONYMS.has(nationality) ? `${post} (president, prime minister)` : post));
const COUNTRYS_LEADER = /\b(\p{Lu}\p{Ll}+) leader\b/gu;
const FOREIGN_POST = /\b(?:head|chief) of (?:the )?(\p{Lu}\p{Ll}+) diplomacy\b|\b(\p{Lu}\p{Ll}+)['’]s top diplomat\b|\btop (\p{Lu}\p{Ll}+) diplomat\b/gu;

/** Marks a description's mention text until it is resolved: "the top EU diplomat" → `desc:diplomat`. */
export const DESCRIBED = 'desc:';

/**
 * The lede's descriptions of someone after its first that name another post, before anyone is named: "A former nurse
 * has told a jury she was scared of the manager" makes the nurse the one named next, and the manager someone else.
 */
export function ledeRivals(mentions: readonly Mention[], people: Map<string, LocalPerson>): Set<number> {
  const out = new Set<number>();
  let first: string | undefined;
  for (let k = 0; k < mentions.length && !(mentions[k]!.key && people.get(mentions[k]!.key!)?.type === 'person'); k++) {
    const head = mentions[k]!.kind === 'anaphor' && mentions[k]!.text.startsWith(DESCRIBED) ? mentions[k]!.text.slice(DESCRIBED.length).split('|')[0]!.toLowerCase() : undefined;
    if (!head || !ROLE_NOUNS.has(head)) continue;
    first ??= head;
    if (head !== first) out.add(k);
  }
  return out;
}
