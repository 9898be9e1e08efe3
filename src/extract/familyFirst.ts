import { FAMILY_FIRST, PLACES } from './lexicon.js';
import type { LocalPerson } from './mentions.js';
import { nameShape } from './names.js';
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
