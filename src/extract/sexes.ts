import type { LocalPerson, Mention } from './mentions.js';
import { MEN_NAMES, UNISEX_NAMES, WOMEN_NAMES } from './givenNames.js';
import { KIN_SEX } from './subjectShapes.js';

/**
 * "he" or "she" for the people the text says which of before any pronoun is read (attribution adds those its pronouns
 * resolve to): a title (Mr, Mrs, Ms), a family word before the name, a given name that is a man's or a woman's, and a
 * possessive right after the subject's verb.
 */
export function knownSexes(text: string, mentions: readonly Mention[], people: ReadonlyMap<string, LocalPerson>): Map<string, string> {
  const sexes = new Map<string, string>();
  for (const m of mentions) {
    const title = m.kind === 'honorific' ? /^(Mr|Mrs|Ms|Miss)\b/.exec(m.text)?.[1] : undefined;
    // (Or a family word set before the name: "Gauff's father, Corey," is a man, "her sister Amara" a woman.)
    const kin = m.kind !== 'pronoun' && !title ? KIN_SEX.exec(text.slice(Math.max(0, m.start - 24), m.start)) : null;
    if (m.key && (title || kin)) sexes.set(m.key, title ? (title === 'Mr' ? 'he' : 'she') : kin![1] ? 'he' : 'she');
  }
  // (And from a given name that is a woman's or a man's: "Valerie Smith … she said" is not the man named since.)
  for (const p of people.values()) {
    const given = p.type === 'person' ? p.first?.split(/\s+/)[0] : undefined;
    // (Not a name both men and women bear: "Boeing chief executive Kelly Ortberg said he was "pleased"".)
    if (!given || sexes.has(p.key) || UNISEX_NAMES.has(given)) continue;
    if (WOMEN_NAMES.has(given)) sexes.set(p.key, 'she');
    else if (MEN_NAMES.has(given)) sexes.set(p.key, 'he');
  }
  // (And from a possessive right after the verb of one named opening a sentence: "Pop star Kiara Mendes has sued her
  // former manager, alleging that he withheld …" is a woman, so neither that "he" nor a "he said" below is hers.)
  for (const m of mentions) {
    if (!m.key || sexes.has(m.key) || people.get(m.key)?.type !== 'person' || m.kind === 'pronoun') continue;
    const own = OWN_POSSESSIVE.exec(text.slice(m.end, m.end + 60));
    if (own && /(?:^|[.!?]["”’]?\s+|\n)\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}$/u.test(text.slice(Math.max(0, m.start - 60), m.start))) sexes.set(m.key, own[1] === 'his' ? 'he' : 'she');
  }
  return sexes;
}

/**
 * A verb (with an auxiliary or an adverb) and "her" or "his" before a word of what is owned: "has sued her former
 * manager", "praised his team"; not "her" as an object, "met her in Paris", "told her that".
 */
const OWN_POSSESSIVE =
  /^\s+(?:(?:has|have|had|was|is|will|would|also|then|later|again)\s+)?(?:\p{Ll}+ly\s+)?\p{Ll}{2,}(?:ed|s)\s+(her|his)\s+(?!(?:in|on|at|to|for|with|and|but|or|as|after|before|during|from|by|that|the|a|an|about|last|this|over|into|off|out|up|down|back|again|yesterday|today|tonight|now|then|once|twice)\b)\p{Ll}/u;
