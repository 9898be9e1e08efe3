import { BODY_ON, COUNTRIES, DEMONYMS, ORG_HEADS, PLACE_HEADS, PLACES } from './lexicon.js';
import { isGivenName } from './givenNames.js';
import { isTitle, word } from './nameRuns.js';

/** An organisation's name as findOpenNames lists it (an OpenName of that kind). */
interface OrganisationName {
  start: number;
  end: number;
  lead: number;
  name: string;
  kind: 'organisation';
  role: null;
  titled: false;
}

/** People in the plural who name an association "of" something. */
const MEMBERS = /^(?:Friends|Doctors|Physicians|Mothers|Fathers|Parents|Daughters|Sons|Sisters|Brothers|Knights|Veterans|Citizens|Reporters|Lawyers|Soldiers|Guardians|Women|Families|Survivors|Victims)$/;

/**
 * A run of capitalised words that names an organisation by its last word or a word before "of" ("the European Space
 * Agency", "the Reserve Bank of Nkanda"): the body's name, null when too little of the run is left to be one, and
 * undefined when the run is no body's (findOpenNames reads it for a person then). `ofAt`: where "of" stands in the run.
 */
export function organisationRun(chunk: string, tokens: readonly { t: string; at: number }[], leadWord: number, runEnd: number, lastTok: string, ofAt: number): OrganisationName | null | undefined {
  // ("the Reserve Bank of Nkanda": an organisation word before "of", not only the first; "the Panel on Climate Change"; "the Department for Education".)
  const headOf = tokens.findIndex((x, i) => i >= leadWord && i + 2 < tokens.length && ((ORG_HEADS.has(word(x.t)) && (tokens[i + 1]!.t === 'of' || tokens[i + 1]!.t === 'for')) || (BODY_ON.has(word(x.t)) && tokens[i + 1]!.t === 'on')));
  // ("Friends of the Earth", "Veterans of Foreign Wars", "Mothers of the Plaza de Mayo": people in the plural "of"
  // something name their association.)
  const members = MEMBERS.test(tokens[leadWord]!.t) && tokens[leadWord + 1]?.t === 'of' && tokens.length - leadWord >= 3;
  if (!(members || ORG_HEADS.has(lastTok) || headOf !== -1 || (tokens.length - leadWord >= 2 && isNationsBody([...tokens.slice(leadWord, -1).map((x) => word(x.t)), lastTok])))) return undefined;
  // ("the New York Times", "the World Bank": "New" or "World" before a body's name is its first word.)
  const bodyLead = leadWord > 0 && /^(?:New|World)$/.test(tokens[leadWord - 1]!.t) ? leadWord - 1 : leadWord;
  if (tokens.length - bodyLead < 2) return null;
  // ("Deputy Secretary-General and Political Director of the European External Action Service": title words before
  // "of" are a post in the body, not part of its name.)
  // ("Former Penn State University coach X": "former" is the person's, never the body's.)
  let first = /^(?:Former|Ex|Outgoing)$/.test(tokens[leadWord]!.t) ? leadWord + 1 : bodyLead;
  // ("Shares of Northwind Corp fell", "Members of the Riverton Council": a plural before "of" is no part of the name.)
  if (tokens[first]?.t === 'of') first += tokens[first + 1]?.t === 'the' ? 2 : 1;
  if (tokens.length - first < 2) return null;
  const titleWord = (t: string) => isTitle(t) || t.split('-').every((w) => isTitle(w));
  if (ofAt > leadWord && titleWord(tokens[leadWord]!.t) && titleWord(tokens[ofAt - 1]!.t)) {
    first = ofAt + 1;
    if (tokens[first]?.t === 'the') first++;
    if (tokens.length - first < 2) return null;
  }
  const start = tokens[first]!.at;
  return { start, end: runEnd, lead: start, name: chunk.slice(start, runEnd), kind: 'organisation', role: null, titled: false };
}

/**
 * "Natural Resources Wales", "Police Scotland", "Statistics Canada": words that are no given name, then a nation, name a
 * public body (not "Jimmy Wales", nor a country of two words, "South Korea", "New Zealand").
 */
export function isNationsBody(words: readonly string[]): boolean {
  const nation = words.at(-1)!;
  // (A nation, not a continent or a region the list of countries also holds: "Central and Jap Europe".)
  if (words.length < 2 || !(COUNTRIES.has(nation) || /^(?:UK|England|Scotland|Wales|Britain)$/.test(nation)) || /^(?:Europe|Asia|Africa|Americas?|Oceania|Antarctica|Arctic|Gaza|Crimea|Donbas|Kashmir|Tibet|Xinjiang|Macau)$/.test(nation)) return false;
  const before = words.slice(0, -1);
  // (Not "Trump's Syria", "Dubai-based Emirates", "N. Ireland", "Inner Mongolia", "Bahasa Indonesia".)
  return !isGivenName(before[0]!) && !before.some((w) => !/^\p{Lu}/u.test(w) || /['’]s$|[-.]|^\p{Lu}{4,}$|^\p{Lu}$/u.test(w) || isTitle(w) || COUNTRIES.has(w) || DEMONYMS.has(w) || NATION_QUALIFIERS.test(w));
}
const NATION_QUALIFIERS = /^(?:Inner|Outer|Upper|Lower|Bahasa|North|South|East|West|Northern|Southern|Eastern|Western|Central|New|Great|United|Papua|Saudi|Sri|Costa|El|Sierra|Burkina|Czech|Dominican|African|Arab|Ivory|Equatorial|Timor|Marshall|Solomon|Cook|Faroe|Cape|San|Saint|St|Trinidad|Antigua|Bosnia|Vatican|Hong|Puerto|Isle)$/;

/** A reporter's verb right after the name and the body: "Wee of the Times reports". */
const WRITES_AFTER = /^\s+(?:reports|reported|writes|wrote|said|says|told|notes|noted)\b/;

/**
 * "Wee of the Times reports", "Carney of Reuters wrote": one word, no body's, place's, title's or plural, then "of" and
 * the body they write for, reporting, is a reporter by surname (`after`: the words after the run).
 */
export function reporterOf(tokens: readonly { t: string }[], leadWord: number, ofAt: number, after: string): boolean {
  const one = ofAt === leadWord + 1 ? word(tokens[leadWord]!.t) : '';
  return /^\p{Lu}\p{Ll}+$/u.test(one) && !/s$/.test(one) && !ORG_HEADS.has(one) && !PLACE_HEADS.has(one) && !PLACES.has(one) && !DEMONYMS.has(one) && !isTitle(one) && WRITES_AFTER.test(after);
}
