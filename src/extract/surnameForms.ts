import type { LocalPerson } from './mentions.js';
import { foldName, shortPattern } from './names.js';
import { WORD_FAMILY_NAMES } from './openNameWords.js';
import { shortsOf } from './peopleParts.js';
import { escapeRegExp } from '../util/regexp.js';

/**
 * The short forms that stand for one person each in an article ("Li" for Li Qiang, "Burhan" for al-Burhan, "De Jong"),
 * and one pattern that finds them all, for findPeople's second pass: every other place a known surname stands.
 */
export function surnameForms(people: Iterable<LocalPerson>, text: string): {
  owners: Map<string, { key: string | null; form: string }>;
  ownerOf: (s: string) => string | undefined;
  surnamePattern: RegExp | null;
} {
  // Every short form that stands for one person only ("Li" for Li Qiang, "Burhan" for al-Burhan, "De Jong").
  const owners = new Map<string, { key: string | null; form: string }>();
  for (const p of people) {
    // ("Gurmeet Singh Khuddian … Khuddian said": one the text calls by the last word of the name is not called by a
    // middle one, so "Gurpreet Singh" and "Singh, 46," are someone else; "Luiz Inácio Lula da Silva" is "Lula".)
    const lastAlone = p.names.some((n) => n.split(' ').length > 2) && usedAlone(text, p.last);
    for (const form of shortsOf(p)) {
      // ("He Jianxiong", "To Lam": a family name that is an English word stands for them only with the given name.)
      if (WORD_FAMILY_NAMES.test(form)) continue;
      if (lastAlone && form !== p.last && !p.aliases.includes(form) && p.names.some((n) => n.split(' ').slice(1, -1).includes(form))) continue;
      const k = foldName(form);
      // (A relative named second, "Hunter Biden", leaves the surname alone to the one named first: news copy calls the
      // one it is about by surname and a relative by full or given name.)
      if (p.key.includes('~') && k === foldName(p.last)) continue;
      const had = owners.get(k);
      owners.set(k, { key: had && had.key !== p.key ? null : p.key, form });
    }
  }
  const ownerOf = (s: string) => owners.get(foldName(s).replace(/\s+/g, ' '))?.key ?? undefined;
  const shortList = [...owners.values()].filter((o) => o.key).map((o) => o.form).sort((a, b) => b.length - a.length);
  // One pattern for the article, not one per paragraph. Not a Unicode pattern: this one runs over every paragraph
  // and a plain one is about a tenth of the whole extraction cheaper; a letter after a name is Latin, Greek or Cyrillic.
  // Where a name can start is tried first: a lower-case word fails at once, not at every surname in turn.
  const starts = new Set(shortList.flatMap((f) => [f[0]!.toUpperCase(), f[0]!.toLowerCase(), f[0]!.normalize('NFKD')[0]!.toUpperCase()]));
  const surnamePattern = shortList.length
    ? new RegExp(`\\b(?=[A-Z${[...starts].map(escapeRegExp).join('')}])(?:([A-Z][a-z]+)\\s+)?(${shortList.map(shortPattern).join('|')})(?![A-Za-z\\u00C0-\\u024F\\u0370-\\u04FF-])(?!['’]s\\s+(?:deputy))`, 'g')
    : null;
  return { owners, ownerOf, surnamePattern };
}

/** Whether the text writes a surname with no capitalised word right before it ("Khuddian said", not "Singh Khuddian"). */
function usedAlone(text: string, last: string): boolean {
  return new RegExp(`(?<![\\p{Lu}][\\p{L}'’-]*\\s)${escapeRegExp(last)}(?![\\p{L}])`, 'u').test(text);
}
