import { FAMILY_FIRST, PLACES } from './lexicon.js';
import { isGivenName } from './givenNames.js';
import type { Candidate, LocalPerson } from './mentions.js';
import { nameShape, personKey } from './names.js';
import { escapeRegExp } from '../util/regexp.js';

/**
 * A person known only by a Chinese or Korean family name ("Wang, who is also a member of the Politburo, said") whom the
 * text also names in full where nothing made the full name anyone's ("Jaishankar met Wang Yi on the sidelines"): the
 * full name is theirs. Only for one already a person, so "Hong Kong" stays a place.
 */
export function familyFirstNames(text: string, people: Map<string, LocalPerson>): void {
  for (const p of people.values()) {
    if (p.type !== 'person' || p.first || p.names.length || !FAMILY_FIRST.has(p.last)) continue;
    const fulls = new Set<string>();
    for (const m of text.matchAll(new RegExp(`\\b${escapeRegExp(p.last)}\\s+(\\p{Lu}[\\p{Ll}]+(?:-\\p{Ll}+)?)\\b`, 'gu'))) {
      // (Not a place: "in Hong Kong", "Wan Chai".)
      if (nameShape(m[0]).last === p.last && !PLACES.has(m[1]!) && !/\b(?:in|to|from|at|near)\s+$/.test(text.slice(Math.max(0, m.index - 6), m.index))) fulls.add(`${p.last} ${m[1]}`);
    }
    if (fulls.size !== 1) continue;
    const full = [...fulls][0]!;
    p.first = nameShape(full).first;
    p.names = [full];
  }
}

/**
 * "Minister Kamikawa said … Ms. Kamikawa Yoko": a two-word name whose second word is a given name and whose first is
 * not, where the text also calls someone by the first word alone, is written family name first (as Japanese and
 * Hungarian records do): the full name is that one's, not a new person called "Yoko". Not while the given name also
 * stands alone ("Yoko said"), which reads it the Western way.
 */
export function familyFirstWritten(text: string, candidates: Candidate[], people: Map<string, LocalPerson>): void {
  for (const p of [...people.values()]) {
    const words = p.type === 'person' && p.names.length === 1 ? p.names[0]!.split(' ') : [];
    if (words.length !== 2 || p.last !== words[1] || !isGivenName(words[1]!) || isGivenName(words[0]!)) continue;
    const family = people.get(personKey(words[0]!));
    if (!family || family === p || family.type !== 'person' || family.first || family.names.length) continue;
    const alone = new RegExp(`(?<!${escapeRegExp(words[0]!)}\\s+)\\b${escapeRegExp(words[1]!)}\\b`, 'iu');
    if (alone.test(text)) continue;
    family.first = words[1]!;
    family.names = [p.names[0]!];
    for (const r of p.roles) if (!family.roles.includes(r)) family.roles.push(r);
    family.nationality ??= p.nationality;
    for (const c of candidates) if (c.key === p.key) c.key = family.key;
    people.delete(p.key);
  }
}
