import { escapeRegExp } from '../util/regexp.js';
import { ANONYMOUS, type LocalPerson, type Mention } from './mentions.js';
import { sentenceStart } from './sentenceStart.js';

/**
 * The ages the text gives the people it names, by key: "William Ruto, 57,", "Ruto, 57, said", "57-year-old William
 * Ruto". One given two ages (a birthday, a misprint) is left out.
 */
export function statedAges(text: string, people: Iterable<LocalPerson>): Map<string, string> {
  const ages = new Map<string, string>();
  const mixed = new Set<string>();
  for (const p of people) {
    if (p.type !== 'person') continue;
    for (const name of new Set([...p.names, p.last])) {
      const n = escapeRegExp(name);
      for (const m of text.matchAll(new RegExp(`(?<![\\p{L}])${n},\\s+(\\d{1,3}),|(\\d{1,3})-year-old\\s+(?:[\\p{Ll}-]+\\s+){0,3}${n}(?![\\p{L}])`, 'gu'))) {
        const age = m[1] ?? m[2]!;
        if ((ages.get(p.key) ?? age) !== age) mixed.add(p.key);
        ages.set(p.key, age);
      }
    }
  }
  for (const key of mixed) ages.delete(key);
  return ages;
}

/**
 * Who "the 52-year-old" (mention `i`) stands for: the person just named, "Ingrid Solberg became mayor … ¶ "…," the
 * 52-year-old recalls"; the one the text gives that age, "Ruto, 57, hosted Samia Suluhu Hassan, 64, … the 57-year-old
 * said"; no one when the one just named is given another age.
 */
export function agedOne(text: string, mentions: readonly Mention[], i: number, people: ReadonlyMap<string, LocalPerson>, age: string, ages: ReadonlyMap<string, string>): string {
  const named = (x: Mention) => Boolean(x.key && people.get(x.key)?.type === 'person' && x.kind !== 'pronoun');
  let k = i - 1;
  while (k >= 0 && !named(mentions[k]!)) k--;
  const last = k >= 0 ? mentions[k] : undefined;
  // (The subject of that sentence over an object after it: "Norris now trails Verstappen … the 24-year-old said".)
  const opens = last ? sentenceStart(text, last.start) : 0;
  while (k > 0 && mentions[k - 1]!.start >= opens) k--;
  const opener = k >= 0 ? mentions[k] : undefined;
  const person = opener && named(opener) && /^\s*$/.test(text.slice(opens, opener.start)) ? opener : last;
  // ("Xenia Galvan and Rosa Ibarra conceded …. "…," the 61-year-old said": one of two subjects, nobody.)
  // (The first of them may be a name we did not read: "Xenia Galvan and Rosa Ibarra".)
  const pair =
    person &&
    ((person === opener && mentions[k + 1] && named(mentions[k + 1]!) && mentions[k + 1]!.key !== person.key && /^\s+and\s+$/.test(text.slice(person.end, mentions[k + 1]!.start))) ||
      /^\s*(?:\p{Lu}[\p{L}'’-]+\s+){1,3}and\s+$/u.test(text.slice(sentenceStart(text, person.start), person.start)));
  const given = [...ages].filter(([, a]) => a === age).map(([key]) => key);
  if (given.length === 1) return given[0]!;
  if (person?.key && ages.has(person.key)) return ANONYMOUS;
  return pair ? ANONYMOUS : (person?.key ?? ANONYMOUS);
}
