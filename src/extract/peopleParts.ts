import type { Span } from '../ingest/sentences.js';
import { normaliseRewording } from '../ingest/rewording.js';
import type { Candidate, LocalPerson, Mention } from './mentions.js';
import { foldName, nameShape } from './names.js';
import { isGivenName } from './givenNames.js';
import { APPOSED, APPOSED_VERB, NAT, NOT_BARE_NAME, NOT_NAME } from './personPatterns.js';
import { PLACES, TITLE_WORDS } from './lexicon.js';

/**
 * Small parts of findPeople: a name beside a title, how a title is recorded, which readings of the text stand, and
 * whether two names with one surname are one person.
 */

/**
 * "Kuleba, Ukraine's foreign minister, said": the name a title with no name after it stands beside, set off by
 * commas, before a speech verb, and where the name starts in `before` (the text before the title). The verb is what
 * keeps "Meanwhile, the Russian foreign minister, who …" from making a person "Meanwhile".
 */
export function apposedName(before: string, after: string): { name: string; at: number } | null {
  const m = APPOSED.exec(before);
  if (!m || !APPOSED_VERB.test(after) || m[1]!.split(/\s+/).some((t) => NOT_NAME.has(t) || NOT_BARE_NAME.test(t))) return null;
  return { name: m[1]!, at: m.index + m[0].indexOf(m[1]!) };
}

export function titleCaseRole(nat: string | undefined, org: string | undefined, role: string): string {
  const r = normaliseRewording(role);
  const cased = /minister|secretary of state|secretary.general|president|foreign secretary|chancellor/i.test(r) && !/press secretary/i.test(r)
    ? r.replace(/\b[a-z]/g, (c) => c.toUpperCase()).replace(/\bOf\b/, 'of')
    : r.toLowerCase();
  const orgPart = org ? normaliseRewording(org) : undefined;
  const natPart = nat ? NAT.get(nat.toLowerCase().replace('’', "'")) : undefined;
  return [natPart, orgPart, cased].filter(Boolean).join(' ');
}

export const ROLE_NOT_RECORDED = /^(?:counterpart|top diplomat|secretary|minister|deputy)$/i;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The readings of the text that stand: higher-priority ones win where two overlap ("Kremlin spokesman Dmitry Peskov"
 * is a person, not the Kremlin). Returned in text order, without their priorities.
 */
export function acceptMentions(length: number, candidates: readonly Candidate[]): Mention[] {
  // Which characters an accepted mention covers: an overlap test that does not grow with the number accepted.
  const taken = new Uint8Array(length);
  const free = (c: Span) => {
    for (let i = c.start; i < c.end; i++) if (taken[i]) return false;
    return true;
  };
  const accepted: Mention[] = [];
  for (const c of [...candidates].sort((a, b) => a.priority - b.priority || a.start - b.start)) {
    if (c.end <= c.start ? accepted.some((a) => overlaps(a, c)) : !free(c)) continue;
    taken.fill(1, c.start, c.end);
    const { priority: _p, ...mention } = c;
    accepted.push(mention);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/**
 * Whether a name shares a word before the surname with one of a person's names: half of a double surname ("López
 * Obrador" after "Andrés Manuel López Obrador"), or the other way round ("Nunez Feijoo" read before "Alberto Núñez
 * Feijóo"). Such a name is that person, not a relative with the same surname.
 */
export function sharesGivenWord(name: string, first: string, p: LocalPerson): boolean {
  // (A family name first, "Kim Yo Jong" beside "Kim Jong Un": the given names must be the same, however joined; a word
  // in common is no double surname.)
  if (foldName(name.split(/\s+/)[0]!) === foldName(p.last) && !name.startsWith(first)) {
    const joined = (s: string) => foldName(s).replace(/[\s-]+/g, '');
    return p.first !== null && joined(first) === joined(p.first);
  }
  const given = new Set(name.split(/\s+/).slice(0, -1).map(foldName));
  const firstWord = foldName(first.split(/\s+/)[0]!);
  const rest = name.split(/\s+/).slice(1).map(foldName).join(' ');
  return p.names.some((n) => {
    const words = n.split(/\s+/).map(foldName);
    // (Not "Patrick Nielsen Hayden" after "Teresa Nielsen Hayden": a different given name before the same double
    // surname is another person.)
    if (words.length > 2 && words.slice(1).join(' ') === rest && words[0] !== firstWord && !given.has(words[0]!)) return false;
    // ("Mike Ford" after "John M. Ford": a given name a middle initial stands for.)
    const initial = words.slice(1, -1).some((w) => /^\p{L}\.?$/u.test(w) && w[0] === firstWord[0]);
    return words.length > 1 && (words.slice(0, -1).some((w) => given.has(w)) || words.includes(firstWord) || initial);
  });
}

/**
 * The one person named before by a longer name these words open: "Finance Minister Sri Mulyani Indrawati … Sri Mulyani
 * told parliament", as Indonesian and Malay copy shortens names.
 */
export function fullerNamed(people: Iterable<LocalPerson>, name: string): LocalPerson | undefined {
  if (!name.includes(' ')) return undefined;
  let found: LocalPerson | undefined;
  for (const p of people) {
    if (p.type !== 'person' || !p.names.some((n) => n.startsWith(`${name} `))) continue;
    if (found) return undefined;
    found = p;
  }
  return found;
}

/** Every form that alone may stand for a person: the surname, and each full name's short forms ("Li", "Burhan"). */
export function shortsOf(p: LocalPerson): Set<string> {
  // (A one-word alias is a nickname the text gave: it stands for the person as a surname does.)
  return new Set([p.last, ...p.names.flatMap((n) => nameShape(n).shorts), ...p.aliases.filter((a) => !/\s/.test(a))]);
}

/** Whether a name is one already written with a word before it that is no given name, a form of address: "Daw Aung San Suu Kyi". */
export const addressedForm = (name: string, names: readonly string[]) => {
  const [first, ...rest] = name.split(/\s+/);
  return rest.length >= 2 && !isGivenName(first!) && names.includes(rest.join(' '));
};

/** A byline's line: "By Peter Dahl", "By Jane Roe and John Poe, Reuters". */
const BYLINE = /(?:^|\n)[ \t]*By[ \t]+([^\n|]{3,80}?)[ \t]*(?=\n|\||$)/g;

/**
 * The writers a byline names ("By Peter Dahl"): no one the article is about, wherever their names stand again (a page
 * repeats them in an author box: "Peter Dahl covers foreign affairs.").
 */
export function bylineNames(text: string): Set<string> {
  // ("By Zhou Ming (China Daily)": the outlet in brackets after the writer.)
  const names = new Set([...text.matchAll(BYLINE)].flatMap((m) => m[1]!.replace(/\s*\([^()]{2,40}\)$/, '').split(/\s*(?:,|\band\b)\s*/).filter((n) => /^\p{Lu}\S*(?:\s+\p{Lu}\S*){1,2}$/u.test(n))));
  // ("AP writer Joseph Wilson in Barcelona contributed to this report.": a credit line's writers too.)
  // (Found by the word, then its line: a pattern reaching back along every line was a tenth of all extraction.)
  for (let at = text.indexOf('contributed'); at >= 0; at = text.indexOf('contributed', at + 1)) {
    const end = text.indexOf('\n', at);
    const line = text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? text.length : end);
    if (CREDIT_LINE.test(line)) for (const n of line.match(CREDITED) ?? []) names.add(n);
  }
  // ("Alex Brandon/Pool via REUTERS", "REUTERS/Denis Balibouse", "Photo: AFP/Fabrice Coffrini": a photographer's credit,
  // looked for at each slash.)
  for (let at = text.indexOf('/'); at >= 0; at = text.indexOf('/', at + 1)) {
    const before = text.slice(Math.max(0, at - 40), at);
    const after = text.slice(at + 1, at + 41);
    const name = AGENCY_AFTER.test(after) ? PHOTOGRAPHER_BEFORE.exec(before)?.[1] : AGENCY_BEFORE.test(before) ? PHOTOGRAPHER_AFTER.exec(after)?.[1] : undefined;
    if (name) names.add(name);
  }
  return names;
}
const CREDIT_LINE = /\bcontributed(?: reporting)? to (?:this|the) (?:report|story|article)/;
const CREDITED = /\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}/gu;
const AGENCY = '(?:Pool|POOL|AFP|Reuters|REUTERS|AP|EPA|EPA-EFE|Getty Images|Getty|Bloomberg|Anadolu|Sputnik|TASS|Xinhua|Shutterstock|ANP|DPA|dpa)';
const PHOTOGRAPHER = "(\\p{Lu}[\\p{Ll}'’-]+(?:[ \\t]+\\p{Lu}[\\p{Ll}'’-]+){1,2})";
const AGENCY_AFTER = new RegExp(`^[ \\t]*${AGENCY}\\b`);
const AGENCY_BEFORE = new RegExp(`\\b${AGENCY}[ \\t]*$`);
const PHOTOGRAPHER_BEFORE = new RegExp(`(?<![\\p{L}])${PHOTOGRAPHER}[ \\t]*$`, 'u');
const PHOTOGRAPHER_AFTER = new RegExp(`^[ \\t]*${PHOTOGRAPHER}`, 'u');

/**
 * Places the article is somewhere "in" ("talks in Buenos Aires"), which speak for their governments, never people;
 * with each shorter run of their words. (Not a name before a noun, "trading in Google shares": a company's shares;
 * nor one a holding is in, "Shares in Google fell", "a stake in Volvo".)
 */
export function placesNamedIn(text: string): Set<string> {
  const places = new Set<string>();
  for (const m of text.matchAll(/(?<!\b(?:[Ss]hares?|[Ss]takes?|[Ii]nvest(?:ed|ing|ments?|s)?|[Hh]oldings?|[Ii]nterests?)\s)\b[Ii]n ((?:\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*){0,2})(?! (?:shares|stock|stocks|bonds|products|phones|cars|devices|stores|employees|staff|users|customers)\b)/gu)) {
    const t = m[1]!.split(' ');
    for (let i = 1; i <= t.length; i++) places.add(t.slice(0, i).join(' '));
  }
  return places;
}

/**
 * The names an article writes without evidence that they are anyone's (see ArticleExtraction.unread): runs shaped like a
 * name, and capitalised words used alone as a subject that the text never writes in lower case and that stand for
 * none of its own people. The same with or without the folder's names, so that they never depend on them.
 */
export function unreadNames(usedAlone: ReadonlySet<string>, runs: readonly string[], people: Map<string, LocalPerson>, fromFolder: ReadonlySet<LocalPerson>, lowerWords: () => ReadonlySet<string>): string[] {
  const own = new Set<string>();
  for (const p of people.values()) if (!fromFolder.has(p)) for (const form of [p.last, p.first ?? '', ...p.aliases, ...shortsOf(p)]) own.add(foldName(form));
  const common = (w: string) => lowerWords().has(w.toLowerCase()) || TITLE_WORDS.has(w) || PLACES.has(w);
  const lone = [...usedAlone].filter((w) => !own.has(foldName(w)) && !common(w));
  // (Nor a run with a word the text writes in lower case: "Big Machine", "Blue Origin" are a thing's.)
  return [...new Set([...runs.filter((r) => !r.split(/\s+/).some(common)), ...lone])];
}

/** A peer named by a title and one name ("Lord Reed"), or a judge by a style ("Lady Justice Carr"); not "Lord David Cameron". */
const PEERAGE = /\b((?:Lord|Lady|Mr|Mrs|Ms) Justice|Lord|Lady|Baroness|Baron|Viscount|Viscountess|Earl|Countess)\s+(\p{Lu}[\p{L}'’-]+)\b(?!\s+\p{Lu})/gu;

/**
 * The title of a peer the text names by it alone is part of the name shown, "Lord Reed", not "Reed"; and it stands for
 * a given name, so the surname alone is no one else's: across a folder, Lord Reed is not James Reed. A judge's style is
 * an alias only.
 */
export function peerNames(text: string, people: Iterable<LocalPerson>): void {
  const titled = new Map<string, string>();
  for (const m of text.includes('Lord') || text.includes('Lady') || text.includes('Baron') || text.includes('Justice') ? text.matchAll(PEERAGE) : []) titled.set(m[2]!, m[1]!);
  for (const p of people) {
    const title = p.type === 'person' && !p.first && !p.names.length ? titled.get(p.last) : undefined;
    // (A judge's style is no name: shown "Singh", as "Judge Singh" is, and known by the style too.)
    if (title?.endsWith('Justice')) p.aliases.push(`${title} ${p.last}`);
    else if (title) Object.assign(p, { first: title, names: [`${title} ${p.last}`] });
  }
}

/**
 * "President Andrés Manuel López Obrador (AMLO)": initials in brackets after a person's full name stand for them; other
 * letters in brackets after a person's name stand for no body either ("Ana Ruiz (XYZW)" … "XYZW said").
 */
export function bracketedInitials(text: string, candidates: readonly Candidate[], people: ReadonlyMap<string, LocalPerson>, personLetters: Set<string>): void {
  for (const m of text.matchAll(/\s\(([A-Z]{2,6})\)/g)) {
    const named = candidates.find((c) => c.end === m.index && c.key?.startsWith('p:'));
    const p = named && people.get(named.key!);
    const full = p?.names[0]?.split(/\s+/);
    if (p && full && full.length === m[1]!.length && full.every((w, k) => w[0] === m[1]![k]) && !p.aliases.includes(m[1]!)) p.aliases.push(m[1]!);
    else if (p) personLetters.add(m[1]!);
  }
}

/**
 * The one full name the text writes opening with `given` and a surname, only where the people are not read (a title or
 * a heading: "Remarks by Foreign Minister Jean-Noël Barrot"), for a given name alone in the body ("my friend Jean-Noël").
 */
export function fullNameOpenedBy(text: string, spans: readonly Span[], given: string): string | undefined {
  if (!isGivenName(given) && !/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(given)) return undefined;
  const found = new Set<string>();
  for (const m of text.matchAll(new RegExp(`(?<![\\p{L}'’-])${given}\\s+(\\p{Lu}[\\p{L}'’-]+)(?![\\p{L}])`, 'gu'))) {
    const inBody = spans.some((s) => s.start <= m.index && m.index < s.end);
    if (inBody) return undefined;
    // (Not a headline in capitals word by word: "Prince Andrew Partying With Friends".)
    const line = text.slice(text.lastIndexOf('\n', m.index) + 1, (text.indexOf('\n', m.index) + 1 || text.length + 1) - 1);
    if (/\S\s+(?:With|At|Of|For|In|On|To|The|And|By|From|As)\s/.test(line)) continue;
    if (!NOT_NAME.has(m[1]!) && !TITLE_WORDS.has(m[1]!) && !PLACES.has(m[1]!)) found.add(`${given} ${m[1]}`);
  }
  return found.size === 1 ? [...found][0] : undefined;
}
