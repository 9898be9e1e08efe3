import type { Span } from '../ingest/sentences.js';
import { DEMONYMS, HONORIFICS, ORG_HEADS, TITLE_WORDS } from './lexicon.js';
import { isGivenName } from './givenNames.js';
import { COMPANY_KINDS } from './bodyWords.js';

/** A nickname in quotes between a given name and a surname: Joko "Jokowi" Widodo, Luiz Inácio 'Lula' da Silva. */
export interface Nickname extends Span {
  /** The nickname, without its marks. */
  nick: string;
  /** The name around it, without the nickname ("Joko Widodo"). */
  full: string;
}

/** A capitalised word in quote marks with a space on each side: where a nickname may stand (found first, cheaply). */
const QUOTED_WORD = /[ \t]([“"‘'])(\p{Lu}[\p{Ll}'’-]+)([”"’'])[ \t]/gu;
const GIVEN_BEFORE = /(\p{Lu}[\p{Ll}'’-]+)$/u;
const SURNAME_AFTER = /^((?:(?:da|de|dos|das|do|van|von|bin|al|el)[ \t]+)?\p{Lu}[\p{Ll}'’-]+)/u;
const PAIRS: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'" };

/** The nicknames of a text; each span runs from the nickname's opening mark to just past its closing one. */
export function findNicknames(text: string): Nickname[] {
  const out: Nickname[] = [];
  for (const m of text.matchAll(QUOTED_WORD)) {
    if (PAIRS[m[1]!] !== m[3]) continue;
    const start = m.index + 1;
    const end = start + m[2]!.length + 2;
    const given = GIVEN_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
    const surname = SURNAME_AFTER.exec(text.slice(end + 1, end + 60))?.[1];
    if (given && surname) out.push({ start, end, nick: m[2]!, full: `${given} ${surname.replace(/[ \t]+/g, ' ')}` });
  }
  return out;
}

/** The text with each nickname and its marks blanked out (same length, so every offset holds): the name reads whole. */
export function withoutNicknames(text: string, nicknames: readonly Nickname[]): string {
  let out = text;
  for (const n of nicknames) out = out.slice(0, n.start) + ' '.repeat(n.end - n.start) + out.slice(n.end);
  return out;
}

/** "Joko Widodo, known as Jokowi," and "Joko Widodo (popularly known as Jokowi)": a name and the one word it goes by. */
const KNOWN_AS =
  /(\p{Lu}[\p{Ll}'’-]+(?:[ \t]+\p{Lu}[\p{Ll}'’-]+){1,3})(?:,|[ \t]+\()[ \t]*(?:(?:also|better|more|popularly|widely|commonly|universally)[ \t]+)?known[ \t]+as[ \t]+["“‘']?(\p{Lu}[\p{Ll}'’-]+)["”’']?(?=[,)][ \t]|[ \t]+\p{Ll})/gu;

/** "said Mr Jokowi, as the president is popularly known": the one word, and the post of the one it names. */
const AS_KNOWN = /(\p{Lu}[\p{Ll}'’-]+),?[ \t]+as[ \t]+the[ \t]+(\p{Ll}+(?:[ \t]+\p{Ll}+)?)[ \t]+is[ \t]+(?:(?:also|better|more|popularly|widely|commonly|universally)[ \t]+)?known\b/gu;

/** The one-word names a text says people are known by ("known as Jokowi"): a nickname with no marks to blank. */
export function knownAs(text: string): { nick: string; full: string }[] {
  if (!text.includes('known')) return [];
  // ("…, said Mr Jokowi, as the president is popularly known": the name after the last "President" written before.)
  const out: { nick: string; full: string }[] = [];
  for (const m of text.matchAll(AS_KNOWN)) {
    const post = m[2]!.replace(/(^|\s)\p{Ll}/gu, (c) => c.toUpperCase());
    const titled = [...text.slice(0, m.index).matchAll(new RegExp(`\\b${post}[ \\t]+((?:\\p{Lu}[\\p{Ll}'’-]+[ \\t]+){1,2}\\p{Lu}[\\p{Ll}'’-]+)`, 'gu'))].at(-1);
    if (titled) out.push({ nick: m[1]!, full: titled[1]! });
  }
  if (!text.includes('known as')) return out;
  // (The name without the title or nationality before it: "Indonesian President Joko Widodo" → "Joko Widodo".)
  // (Only a person's: "Blue Harbour Capital, known as Harbour," is a body, which the open pass reads.)
  for (const m of text.matchAll(KNOWN_AS)) {
    const words = m[1]!.split(/[ \t]+/);
    let from = words.length;
    while (from > 0 && !TITLE_WORDS.has(words[from - 1]!) && !DEMONYMS.has(words[from - 1]!) && !HONORIFICS.has(words[from - 1]!)) from--;
    const name = words.slice(from);
    if (name.length >= 2 && !name.some((w) => ORG_HEADS.has(w) || COMPANY_KINDS.test(w))) out.push({ nick: m[2]!, full: name.join(' ') });
  }
  return out;
}

/** Two capitalised words, a given name and a surname as they may be. */
const NAME_PAIR = /(?<![\p{L}])(\p{Lu}\p{Ll}+)[ \t]+(\p{Lu}\p{Ll}+)(?![\p{L}'’])/gu;

/**
 * "Joko Widodo … Jokowi told reporters", "Boris Johnson … BoJo": a word the text uses alone that is the start of a
 * given name run into the start of a surname (two letters of each at least) is that person's short name, when it
 * fits one name the text writes in full and no other.
 */
export function blendedNames(text: string, usedAlone: ReadonlySet<string>, lowerWords: () => ReadonlySet<string>): { nick: string; full: string }[] {
  // (One word with one capital, not one the text also writes in lower case: "There" is no "They Refuse"; asked last,
  // as few words fit a name at all.)
  const words = [...usedAlone].filter((w) => w.length >= 5 && /^\p{Lu}\p{Ll}+$/u.test(w));
  if (!words.length) return [];
  const pairs = new Map<string, [string, string]>();
  // (A known given name first: "Joko Widodo", not "Good Ventures"; the name in full comes early, so a long page's
  // first 20,000 characters are enough.)
  for (const m of text.slice(0, 20_000).matchAll(NAME_PAIR)) if (isGivenName(m[1]!)) pairs.set(`${m[1]} ${m[2]}`, [m[1]!, m[2]!]);
  if (!pairs.size) return [];
  const out: { nick: string; full: string }[] = [];
  for (const w of words) {
    const lw = w.toLowerCase();
    const fits = [...pairs].filter(([, [first, last]]) => {
      if (first === w || last === w) return false;
      const f = first.toLowerCase();
      const l = last.toLowerCase();
      for (let i = 2; i <= f.length && lw.length - i >= 2; i++) if (lw.startsWith(f.slice(0, i)) && l.startsWith(lw.slice(i))) return true;
      return false;
    });
    if (fits.length === 1 && !lowerWords().has(lw)) out.push({ nick: w, full: fits[0]![0] });
  }
  return out;
}
