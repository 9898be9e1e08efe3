import type { Span } from '../ingest/sentences.js';
import { DEMONYMS, HONORIFICS, ORG_HEADS, TITLE_WORDS } from './lexicon.js';
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
