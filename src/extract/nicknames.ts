import type { Span } from '../ingest/sentences.js';

/** A nickname in quotes between a given name and a surname: Joko "Jokowi" Widodo, Luiz Inácio 'Lula' da Silva. */
export interface Nickname extends Span {
  /** The nickname, without its marks. */
  nick: string;
  /** The name around it, without the nickname ("Joko Widodo"). */
  full: string;
}

const NICKNAME = /(\p{Lu}[\p{Ll}'’-]+)[ \t]+([“"‘'])(\p{Lu}[\p{Ll}'’-]+)([”"’'])[ \t]+((?:(?:da|de|dos|das|do|van|von|bin|al|el)[ \t]+)?\p{Lu}[\p{Ll}'’-]+)/gu;
const PAIRS: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'" };

/** The nicknames of a text; each span runs from the nickname's opening mark to just past its closing one. */
export function findNicknames(text: string): Nickname[] {
  const out: Nickname[] = [];
  for (const m of text.matchAll(NICKNAME)) {
    if (PAIRS[m[2]!] !== m[4]) continue;
    const start = m.index + m[1]!.length + m[0].slice(m[1]!.length).indexOf(m[2]!);
    out.push({ start, end: start + m[3]!.length + 2, nick: m[3]!, full: `${m[1]} ${m[5]!.replace(/[ \t]+/g, ' ')}` });
  }
  return out;
}

/** The text with each nickname and its marks blanked out (same length, so every offset holds): the name reads whole. */
export function withoutNicknames(text: string, nicknames: readonly Nickname[]): string {
  let out = text;
  for (const n of nicknames) out = out.slice(0, n.start) + ' '.repeat(n.end - n.start) + out.slice(n.end);
  return out;
}
