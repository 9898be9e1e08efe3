import { NOT_NAMES, ORG_HEADS, PARTICLES, PLACE_HEADS, PLACES } from './lexicon.js';
import { isGivenName } from './givenNames.js';
import { escapeRegExp } from '../util/regexp.js';
import { foldName, personKey } from './names.js';
import type { LocalPerson, Mention } from './mentions.js';
import { sentenceStart } from './sentenceStart.js';

/**
 * A relative named by given name alone, set off after a family word and whose relative they are: "Ngozi Okonkwo and
 * her husband, Emeka, …", "Rivera's son, Tomas, …". Copy leaves the family name to the reader, so the relative takes
 * it: Emeka Okonkwo, a person of their own (named second, they leave the surname alone to the one named first).
 */

/** Family words whose holder copy takes to share the family's name. */
const FAMILY = 'wife|husband|son|daughter|brother|sister|mother|father|grandson|granddaughter|grandmother|grandfather|widow|widower';
/**
 * "her husband, ", "Rivera's eldest son, ", "his brother ", "Anna Roe, whose husband, " right before the given name (1:
 * "his", "her", "their" or "whose"; 2: the owner's name).
 */
const KIN_BEFORE = new RegExp(
  `(?:\\b([Hh]is|[Hh]er|[Tt]heir|whose)|(\\p{Lu}[\\p{L}'’-]*)['’]s)\\s+(?:(?:eldest|oldest|youngest|younger|older|elder|late|teenage|\\d{1,2}-year-old)\\s+)?(?:${FAMILY})(?:,\\s*|\\s+)$`,
  'u',
);

/** Two capitalised words, as a name written in full is (the second its surname). */
// (Not a byline's, "By Tom Ellery".)
const FULL_NAME_RUN = /(?<![\p{L}]|\b[Bb]y )(\p{Lu}[\p{Ll}'’-]+)[ \t]+(\p{Lu}[\p{Ll}'’-]+)(?![\p{L}])/gu;

export function familyNames(text: string, candidates: Mention[], people: Map<string, LocalPerson>): void {
  for (const p of [...people.values()]) {
    if (p.type !== 'person' || p.first || p.names.length) continue;
    // ("His brother Callum added": with no commas, a verb after the given name.)
    // (The given name's own start: a mention may take in the kin word as a role, "His brother Callum".)
    const nameAt = (c: Mention) => (text.slice(c.end - p.last.length, c.end) === p.last ? c.end - p.last.length : c.start);
    // ("… who runs it with her husband, Gareth.": at the sentence's end, too.)
    const named = candidates.find((c) => c.key === p.key && (/^[,.;]/.test(text[c.end] ?? '') || /^\s+\p{Ll}/u.test(text.slice(c.end, c.end + 3))) && KIN_BEFORE.test(text.slice(Math.max(0, nameAt(c) - 60), nameAt(c))));
    const m = named && KIN_BEFORE.exec(text.slice(Math.max(0, nameAt(named) - 60), nameAt(named)))!;
    const owner = named && m ? ownerOf(text, nameAt(named) - m[0].length, m[1], m[2], candidates, people) : partnerOf(text, p, people);
    // ("Amara Okafor was eight when … ¶ "…," Amara says": a given name the text once wrote in full, with one surname.)
    const surname = owner ? undefined : surnameAfter(text, p.last);
    // (Not a surname the text also writes in full, "Tova Noel", before the passes join the two.)
    if (!owner) {
      if (!surname) continue;
    } else {
      if (fullNameBefore(text, p, text.length)) continue;
      // (Not a name that opens with a particle, "Van Der Beek": its first word is no given name to leave off.)
      const ownerFirst = owner.first ?? fullNameBefore(text, owner, text.length)?.[1];
      if (!ownerFirst || PARTICLES.some((x) => x.split(' ').includes(ownerFirst.toLowerCase()))) continue;
    }
    const last = owner?.last ?? surname!;
    const key = people.has(personKey(last)) ? `${personKey(last)}~${foldName(p.last)}` : personKey(last);
    if (people.has(key)) continue;
    const given = p.last;
    people.delete(p.key);
    for (const c of candidates) if (c.key === p.key) c.key = key;
    Object.assign(p, { key, first: given, last, names: [`${given} ${last}`], aliases: [...p.aliases, given] });
    people.set(key, p);
  }
}

/**
 * The one surname the text writes after a given name spoken alone ("Amara Okafor"): a word the text never writes in
 * lower case, and no place's or body's word ("Cork Harbour").
 */
function surnameAfter(text: string, given: string): string | undefined {
  if (!isGivenName(given) && !/^\p{Lu}\p{Ll}{2,}$/u.test(given)) return undefined;
  // (A run that is the subject of a verb, or set off by a comma or joined by "and", after no title or other name: not a headline's
  // "Prince Andrew Partying", nor "Lenovo Yoga C940".)
  const runs = [...text.matchAll(new RegExp(`(?<![\\p{L}]|\\p{Lu}[\\p{L}'’.-]*[ \\t])${escapeRegExp(given)}[ \\t]+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}'’.-])(?=,|\\s+(?:and|is|was|has|had|says|said|[a-z]{3,}(?:ed|s))\\b)`, 'gu'))].map((m) => m[1]!);
  const surnames = [...new Set(runs)].filter((w) => !NOT_NAMES.has(w) && !PLACE_HEADS.has(w) && !ORG_HEADS.has(w) && !PLACES.has(w) && !new RegExp(`(?<![\\p{L}])${w.toLowerCase()}(?![\\p{L}])`, 'u').test(text));
  return surnames.length === 1 && new Set(runs).size === 1 ? surnames[0] : undefined;
}

/** A full name of `o` written before `at` ("Gareth Pryce"), found before the name passes have joined it to the person. */
const fullNameBefore = (text: string, o: LocalPerson, at: number) =>
  [...text.slice(0, at).matchAll(new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{Ll}'’-]+)\\s+${escapeRegExp(o.last)}(?![\\p{L}])`, 'gu'))].find((m) => !NOT_NAMES.has(m[1]!));

/** "Lena and Marco Bianchi bought a bus": a given name joined to a full name shares its surname (a couple, siblings). */
function partnerOf(text: string, p: LocalPerson, people: Map<string, LocalPerson>): LocalPerson | undefined {
  if (!text.includes(`${p.last} and `)) return undefined;
  const m = new RegExp(`(?<![\\p{L}])${escapeRegExp(p.last)}\\s+and\\s+(\\p{Lu}[\\p{Ll}'’-]+)\\s+(\\p{Lu}[\\p{L}'’-]+)(?![\\p{L}])`, 'u').exec(text);
  if (!m || !(isGivenName(p.last) || isGivenName(m[1]!))) return undefined;
  const partners = [...people.values()].filter((o) => o.type === 'person' && o !== p && foldName(o.last) === foldName(m[2]!));
  return partners.length === 1 ? partners[0] : undefined;
}

/** Whose relative the one named at `kinAt` is: by a pronoun ("her", "their") or by name ("Rivera's"); only one. */
function ownerOf(text: string, kinAt: number, pronoun: string | undefined, name: string | undefined, candidates: Mention[], people: Map<string, LocalPerson>): LocalPerson | undefined {
  const named = [...people.values()].filter((o) => o.type === 'person' && o.first);
  // ("The couple … Their eldest daughter, Adaeze,": "their" is the one family the article names two of.)
  if (pronoun && /^their$/i.test(pronoun)) {
    const families = named.filter((o) => named.some((x) => x !== o && foldName(x.last) === foldName(o.last)));
    return new Set(families.map((o) => foldName(o.last))).size === 1 ? families[0] : undefined;
  }
  // ("said Anna Roe, whose husband, Peter,": "whose" is the one named right before it; "the Reyes family, whose son" no one's.)
  if (pronoun === 'whose') {
    const right = candidates.find((c) => c.end <= kinAt && /^,?\s*$/.test(text.slice(c.end, kinAt)) && people.get(c.key ?? '')?.type === 'person');
    return right && people.get(right.key!);
  }
  // ("Ngozi Okonkwo and her husband, Emeka": "her" is the last person named before it in the sentence; not "host Tom
  // Bergeron described … Van Der Beek's announcement that his wife, Kimberly," when that one has no given name.)
  if (pronoun) {
    const sentence = sentenceStart(text, kinAt);
    const last = candidates.filter((c) => c.start >= sentence && c.end <= kinAt && people.get(c.key ?? '')?.type === 'person').at(-1);
    // ("Gareth Pryce has lived … ¶ His daughter, Ffion,": opening its sentence, the one person named in full before it.)
    if (last) return people.get(last.key!);
    // (By the given name too, when known: "Frank Reilly" before it is not his son Tom Reilly, named further down.)
    const before = [...people.values()].filter((o) => o.type === 'person' && fullNameBefore(text, o, kinAt) && (!o.first || text.slice(0, kinAt).includes(`${o.first} ${o.last}`)));
    // (And no other name written in full before it: "Gareth Pryce met Owen Hale" may be either's daughter.)
    // (A place's or a body's name is no one's: "into Cork Harbour", "the Port Authority".)
    const runs = [...text.slice(0, kinAt).matchAll(FULL_NAME_RUN)].filter((r) => !NOT_NAMES.has(r[1]!) && !NOT_NAMES.has(r[2]!) && !PLACE_HEADS.has(r[2]!) && !ORG_HEADS.has(r[2]!) && !PLACES.has(r[1]!)).map((r) => r[2]);
    // (Or several of one family: "Tom Reid … His mother, Elaine Reid, … His brother Callum" is a Reid whoever's brother.)
    const family = before.length >= 1 && before.every((o) => foldName(o.last) === foldName(before[0]!.last));
    return family && runs.every((r) => r === before[0]!.last) ? before[0] : undefined;
  }
  // ("Darrell Combs went underground … Mr. Combs's son, Travis": an owner found without a given name of its own is
  // still one, if the text writes the full name; see familyNames.)
  const owners = [...people.values()].filter((o) => o.type === 'person' && foldName(o.last) === foldName(name!));
  return owners.length === 1 ? owners[0] : undefined;
}
