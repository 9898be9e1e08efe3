/** The words and small tests findOpenNames (openNames.ts) weighs a run of capitalised words by. */

import { COUNTRIES, DEMONYMS, PLACES, ROLE_NOUNS, SPEECH_VERBS } from './lexicon.js';
import { isGivenName } from './givenNames.js';
import { isTitle } from './nameRuns.js';

// (Not the verbs that are as often nouns after a name, as the cue patterns leave them out: "a Solar System object".)
export const SPEECH_SET = new Set(SPEECH_VERBS.filter((v) => !/^(?:put|puts|begin|begins|began|questions?|objects?|charges?|points?|counters?|state)$/.test(v)));
export const NO_WORDS: ReadonlySet<string> = new Set();
/** "Volkswagen and Stellantis reported": one word joined by "and" to another word a speech verb follows is a subject too. */
export const pairedSpeaker = (after: string) => SPEECH_SET.has(/^\s+and\s+\p{Lu}[\p{L}'’-]+\s+([a-z]+)\b/u.exec(after)?.[1] ?? '');
/** Words after which a verb's bare form follows any subject: "What did Lavrov say?". */
const BARE_VERB_LEADS = /\b(?:and|did|does|do|didn't|doesn't|will|would|can|could|should|shall|may|might|must|let|heard|hear|saw|watched|made|make)\s+$/i;
/**
 * "its Converse brand posted": a speech verb's bare form right after one word is a noun that word names, as one
 * person "brands"; not after a plural ("Senators call for") or "and", nor after "did", "will" or "let" ("What did
 * Lavrov say?").
 */
export const bareVerbAfter = (name: string, after: string, before: string) => {
  const verb = /^\s+([a-z]+)\b/.exec(after)?.[1];
  return verb !== undefined && !name.endsWith('s') && verb !== 'read' && (SPEECH_SET.has(`${verb}s`) || SPEECH_SET.has(`${verb}es`)) && !BARE_VERB_LEADS.test(before);
};
/** "Co-author", "Ex-minister", "Vice-chancellor": a role noun behind a prefix is that role. */
const PREFIXED_ROLE = /^(?:co|ex|vice|deputy|acting)-(\p{Ll}+)$/u;
export const isRoleNoun = (lower: string) => ROLE_NOUNS.has(lower) || ROLE_NOUNS.has(PREFIXED_ROLE.exec(lower)?.[1] ?? '');
/** Role nouns that with a capital are as often a common noun's start: "Star Wars", "Fan Vote", "Host City". */
export const LOWER_CASE_ROLES = new Set(['star', 'fan', 'host', 'guest', 'local', 'head', 'general', 'agent', 'patient', 'visitor', 'customer', 'partner', 'principal', 'monitor', 'observer', 'champion', 'winner', 'runner', 'parent']);
/** The last word of an event's name. */
export const EVENT_HEADS = /^(?:Show|Week|Festival|Awards|Cup|Games|Championships?|Conference|Summit|Expo|Fair|Tour|Series|Medley|Marathon|Final|Finals|Prix|Olympics|Forum|Gala|Derby|Classic|Invitational)$/;
export const WORD_BEFORE = /\b([a-z]+)\s+$/;
/** A university's name and a comma, before the city of one of its campuses. */
export const CAMPUS_BEFORE = /\b(?:University|College|Institute|School)\s+of\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?,\s+$/u;

/** A title with its portfolio before "and": "Union Minister for Information and " (see roleWords). */
export const JOINED_TITLE = /((?:\p{Lu}[\p{L}'’-]*\s+)+(?:for|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)+and\s+)$/u;

/** Whether a role noun in lower case stands right before `at` ("Rovers captain ", "ISRO chairman "). */
export const roleRightBefore = (chunk: string, at: number): boolean => ROLE_NOUNS.has(/(\p{Ll}+)\s+$/u.exec(chunk.slice(Math.max(0, at - 30), at))?.[1] ?? '');

/** A post "of" a portfolio, then "of" a country, right before a name: "Minister of Foreign Affairs of Ukraine ". */
const POST_OF_COUNTRY = /\b((?:(?:First\s+)?Deputy\s+)?(?:Minister|Secretary|Ambassador|Envoy|Permanent Representative)\s+(?:of|for)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+(?:and\s+)?){1,4})of\s+(?:the\s+)?(\p{Lu}\p{L}+)\s+$/u;
/** A post of a place right before a name: "Mayor of London ", "Governor of Texas ". */
const POST_OF_PLACE = /(?<![\p{L}-])((?:Mayor|Governor|President|Premier|Prime Minister|Chief Minister|Emir|King|Queen|Sultan))\s+of\s+(?:the\s+)?(\p{Lu}\p{L}+)\s+$/u;
/** The post and its length, when a text ends with a post of a country (see POST_OF_COUNTRY) or of a place, else null. */
export function postOfPlace(before: string): { role: string; length: number } | null {
  const m = POST_OF_COUNTRY.exec(before);
  if (m && COUNTRIES.has(m[2]!)) return { role: m[1]!.trim(), length: m[0].length };
  const place = POST_OF_PLACE.exec(before);
  return place && PLACES.has(place[2]!) ? { role: place[1]!, length: place[0].length } : null;
}

/** "Consumer group ", "rights group ", "campaign group ": a sentence's opening word and a body's kind before its name. */
export const KIND_BEFORE = /(?:^|[.!?]["”’]?\s+|\n)\p{Lu}\p{Ll}+\s+(?:group|organi[sz]ation|charity|association|union|watchdog)\s+$/u;
export const STORMS = /^(?:Hurricane|Typhoon|Cyclone|Storm|Tropical)$/;
export const NUMBER_WORDS = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/;

/** Family names that are English words ("To Lam", "An Duc", "He Lifeng"): a name's only beside the given name. */
export const WORD_FAMILY_NAMES = /^(?:To|An|He)$/;
/** Two initials written with no stops ("JD Vance", "AJ Brown"), not a country's, a body's or a medium's code. */
export const TWO_INITIALS = /^(?!US|UK|EU|UN|AP|AI|TV|PM|MP|FM|HM|CM|AG|DA|NY|LA|DC|FC|OK|ID|IT|HR|PR|BC|AD|PC|VP|GP|ER|DJ|MC|UA|RU|IS|SA|ST|NO|JP|BP|HP|LG|EY|GE)[A-Z]{2}$/;
/** The last word of a document's name, no person's: "General Data Protection Regulation", "Online Safety Act". */
export const DOCUMENT_HEADS = /^(?:Regulation|Act|Directive|Treaty|Accord|Protocol|Charter|Declaration|Amendment|Constitution)$/;

/** What a player or an athlete does, right after the name: "won", "beat", "finished", "clinched". */
export const COMPETES_AFTER = /^\s+(?:won|wins|lost|beat|beats|finished|scored|claimed|clinched|defeated|edged|retained|reached|advanced|topped|trailed|shot|threw)\b/;

/** Verbs that open a question ("Will Moscow respond?", "Can Ruto win?"). */
export const QUESTION_VERBS = new Set(['Will', 'Can', 'Could', 'Would', 'Should', 'Did', 'Does', 'Do', 'Is', 'Are', 'Was', 'Has', 'Have', 'May', 'Must']);

/** Words ending like occupations that are none. */
export const NOT_OCCUPATIONS = new Set(['median', 'guardian', 'civilian', 'pedestrian', 'christian', 'barbarian', 'amphibian', 'list', 'mist', 'twist', 'exist', 'insist', 'assist', 'resist', 'persist', 'consist', 'desist']);


export const LEGAL_PARTIES = /^(?:Plaintiffs?|Defendants?|Petitioners?|Respondents?|Claimants?|Appellants?|Appellees?|Complainants?)$/;

/**
 * "NASA Administrator Jim Bridenstine", "Tesla Founder Elon Musk": a role noun with a capital inside a run, with two
 * words after it and no given name before it, ends a title as a title word would ("Mary Baker Eddy" is one name).
 */
export function roleInRun(tokens: readonly { t: string }[], i: number): boolean {
  if (i === 0 || i > tokens.length - 3 || !/^\p{Lu}\p{Ll}/u.test(tokens[i]!.t) || !ROLE_NOUNS.has(tokens[i]!.t.toLowerCase())) return false;
  return !tokens.slice(0, i).some((x) => isGivenName(x.t));
}

/**
 * "Justices B.R. Gavai and K.V. Viswanathan", "Foreign Ministers Sergey Lavrov and Wang Yi": a title in the plural, at
 * a run's start or after title words, with a name after it, is a title of each name that follows.
 */
export function pluralTitleOpens(tokens: readonly { t: string }[], i: number): boolean {
  if (i >= tokens.length - 1 || !tokens.slice(0, i).every((x) => isTitle(x.t) || DEMONYMS.has(x.t) || PLACES.has(x.t))) return false;
  return titleOfPlural(tokens[i]!.t) !== null;
}

/** The title word a plural stands for ("Justices" → "Justice", "Secretaries" → "Secretary"), or null. */
function titleOfPlural(t: string): string | null {
  if (!/^\p{Lu}\p{Ll}+s$/u.test(t) || isTitle(t)) return null;
  if (isTitle(t.slice(0, -1))) return t.slice(0, -1);
  return t.endsWith('ies') && isTitle(`${t.slice(0, -3)}y`) ? `${t.slice(0, -3)}y` : null;
}

/** "Chief Justices" → "Chief Justice": a plural title as one holder's. */
export const singularTitle = (title: string) => title.replace(/\p{L}+/gu, (w) => titleOfPlural(w) ?? w);

/**
 * Whether the title word at i belongs to a body named after the name ("Mayor Ann Roe of Public Square"): it follows
 * "of"/"for" well past the last title, and no title word follows it. "Secretary of State X" keeps State as a title.
 */
export function afterNameOf(tokens: readonly { t: string }[], i: number, lastTitle: number): boolean {
  return i > 0 && /^(?:of|for)$/.test(tokens[i - 1]!.t) && !isTitle(tokens[i + 1]!.t) && lastTitle >= 0 && i > lastTitle + 2;
}

/** "President Hassan Sheikh Mohamud": a title that is also a name's word, after a name has begun, is part of the name. */
export function nameWordTitle(tokens: readonly { t: string }[], i: number, lastTitle: number): boolean {
  return i - 1 > lastTitle && /^(?:Sheikh|Sultan)$/.test(tokens[i]!.t) && !isTitle(tokens[i - 1]!.t);
}
