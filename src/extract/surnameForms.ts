import type { Candidate, LocalPerson } from './mentions.js';
import { foldName, personKey, shortPattern, similarFirstNames } from './names.js';
import { DEMONYMS, HONORIFICS, NOT_NAMES, ORG_HEADS, TITLE_WORDS } from './lexicon.js';
import { MONTH_SURNAMES } from './givenNames.js';
import { NOT_NAME } from './personPatterns.js';
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

/**
 * findPeople's second pass in one paragraph (`chunk`, at `offset` in the text): every place a short form that stands
 * for one person is written, with the given name before it when it is theirs ("Carlos Alcaraz" after "Alcaraz, who …").
 * A relative's full name ending there is the relative's (`siblings`: people who share a surname, by its key).
 */
export function surnameMentions(
  chunk: string,
  offset: number,
  pattern: RegExp,
  ownerOf: (s: string) => string | undefined,
  people: ReadonlyMap<string, LocalPerson>,
  siblings: ReadonlyMap<string, LocalPerson[]>,
): Candidate[] {
  const out: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(chunk); m; m = pattern.exec(chunk)) {
    const owner = ownerOf(m[2]!);
    // (Nor the start of a longer name of another's: "Gurmeet Singh" in "Gurmeet Singh Khuddian" is not Gurpreet Singh.)
    if (!owner || (m[1] && [...people.values()].some((x) => x.key !== owner && x.names.some((n) => n.length > m![0].length && chunk.startsWith(n, m!.index))))) continue;
    // ("A vote is expected in May", "on June 5": Theresa May's surname as a month is the month.)
    if (MONTH_SURNAMES.test(m[2]!) && (/\b(?:in|on|by|since|until|till|from|through|of|last|next|this|early|late|mid|mid-|before|after|during)\s+$/i.test(chunk.slice(Math.max(0, m.index - 8), m.index + m[0].length - m[2]!.length)) || /^\s*\d/.test(chunk.slice(m.index + m[0].length)))) continue;
    // ("He Jianxiong", "To Lam": a family name that is an English word stands for them alone only mid-sentence, after a
    // word in lower case or a comma: '"…," said He, who …', not "He said" or "Talks To Resume".)
    const at0 = m.index + m[0].length - m[2]!.length;
    if (WORD_FAMILY_NAMES.test(m[2]!) && (at0 > m.index || !/(?:\p{Ll}|,["”’']?)\s+$/u.test(chunk.slice(Math.max(0, at0 - 4), at0)))) continue;
    const p = people.get(owner)!;
    // ("According to Patrick Nielsen Hayden" where Teresa Nielsen Hayden owns the surname: a relative's full name
    // ending here is that relative's mention, however many words it has before the surname.)
    const upTo = chunk.slice(Math.max(0, m.index + m[0].length - 60), m.index + m[0].length);
    const relative = (siblings.get(personKey(p.last)) ?? []).find((x) => x.names.some((n) => upTo.endsWith(n) && !/\p{L}$/u.test(upTo.slice(0, -n.length))));
    if (relative) {
      const name = relative.names.find((n) => upTo.endsWith(n))!;
      const at = offset + m.index + m[0].length - name.length;
      out.push({ start: at, end: at + name.length, kind: 'name', key: relative.key, text: name, priority: 3 });
      continue;
    }
    // A given name before a surname known alone ("Alcaraz, who …, said" then "beat Carlos Alcaraz") completes it.
    const newFirst = m[1] && !p.first && p.type === 'person' && !NOT_NAME.has(m[1]) && !NOT_NAMES.has(m[1]) && !HONORIFICS.has(m[1]) && !DEMONYMS.has(m[1]) && !TITLE_WORDS.has(m[1]) && !ORG_HEADS.has(m[1]);
    if (newFirst) p.first = m[1]!;
    // ("As Feijóo put it": a sentence's first word is no given name, however like one "Alberto" a two-letter word looks.)
    const firstOk = m[1] && p.first && !NOT_NAME.has(m[1]) && !NOT_NAMES.has(m[1]) && similarFirstNames(m[1], p.first);
    const at = offset + m.index + (firstOk ? 0 : m[0].length - m[2]!.length);
    const full = firstOk ? m[0] : m[2]!;
    if (firstOk && !p.names.includes(full)) p.names.push(full);
    out.push({ start: at, end: at + full.length, kind: firstOk ? 'name' : 'surname', key: p.key, text: full, priority: firstOk ? 3 : 6 });
  }
  return out;
}
