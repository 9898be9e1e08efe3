import type { Span } from '../ingest/sentences.js';

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
