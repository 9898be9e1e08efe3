import { PARTICLES } from './lexicon.js';
import { foldName, personKey } from './names.js';
import type { LocalPerson, Mention } from './mentions.js';

/**
 * A relative named by given name alone, set off after a family word and whose relative they are: "Ngozi Okonkwo and
 * her husband, Emeka, …", "Rivera's son, Tomas, …". Copy leaves the family name to the reader, so the relative takes
 * it: Emeka Okonkwo, a person of their own (named second, they leave the surname alone to the one named first).
 */

/** Family words whose holder copy takes to share the family's name. */
const FAMILY = 'wife|husband|son|daughter|brother|sister|mother|father|grandson|granddaughter|grandmother|grandfather|widow|widower';
/** "her husband, ", "Rivera's eldest son, " right before the given name (1: "his", "her" or "their"; 2: the owner's name). */
const KIN_BEFORE = new RegExp(
  `(?:\\b([Hh]is|[Hh]er|[Tt]heir)|(\\p{Lu}[\\p{L}'’-]*)['’]s)\\s+(?:(?:eldest|oldest|youngest|younger|older|elder|late|teenage|\\d{1,2}-year-old)\\s+)?(?:${FAMILY}),\\s*$`,
  'u',
);

/** The end of a sentence, and any closing quote mark and space after it. */
const SENTENCE_END = /[.!?]["”’]?\s+|\n/g;

export function familyNames(text: string, candidates: Mention[], people: Map<string, LocalPerson>): void {
  for (const p of [...people.values()]) {
    if (p.type !== 'person' || p.first || p.names.length) continue;
    const named = candidates.find((c) => c.key === p.key && text[c.end] === ',' && KIN_BEFORE.test(text.slice(Math.max(0, c.start - 60), c.start)));
    if (!named) continue;
    const m = KIN_BEFORE.exec(text.slice(Math.max(0, named.start - 60), named.start))!;
    const owner = ownerOf(text, named.start - m[0].length, m[1], m[2], candidates, people);
    // (Not a name that opens with a particle, "Van Der Beek": its first word is no given name to leave off.)
    if (!owner?.first || PARTICLES.some((x) => x.split(' ').includes(owner.first!.toLowerCase()))) continue;
    const key = `${personKey(owner.last)}~${foldName(p.last)}`;
    if (people.has(key)) continue;
    const given = p.last;
    people.delete(p.key);
    for (const c of candidates) if (c.key === p.key) c.key = key;
    Object.assign(p, { key, first: given, last: owner.last, names: [`${given} ${owner.last}`], aliases: [...p.aliases, given] });
    people.set(key, p);
  }
}

/** Whose relative the one named at `kinAt` is: by a pronoun ("her", "their") or by name ("Rivera's"); only one. */
function ownerOf(text: string, kinAt: number, pronoun: string | undefined, name: string | undefined, candidates: Mention[], people: Map<string, LocalPerson>): LocalPerson | undefined {
  const named = [...people.values()].filter((o) => o.type === 'person' && o.first);
  // ("The couple … Their eldest daughter, Adaeze,": "their" is the one family the article names two of.)
  if (pronoun && /^their$/i.test(pronoun)) {
    const families = named.filter((o) => named.some((x) => x !== o && foldName(x.last) === foldName(o.last)));
    return new Set(families.map((o) => foldName(o.last))).size === 1 ? families[0] : undefined;
  }
  // ("Ngozi Okonkwo and her husband, Emeka": "her" is the last person named before it in the sentence; not "host Tom
  // Bergeron described … Van Der Beek's announcement that his wife, Kimberly," when that one has no given name.)
  if (pronoun) {
    const sentence = Math.max(...[...text.slice(0, kinAt).matchAll(SENTENCE_END)].map((e) => e.index + e[0].length), 0);
    const last = candidates.filter((c) => c.start >= sentence && c.end <= kinAt && people.get(c.key ?? '')?.type === 'person').at(-1);
    return last && people.get(last.key!);
  }
  const owners = named.filter((o) => foldName(o.last) === foldName(name!));
  return owners.length === 1 ? owners[0] : undefined;
}
