import { EPITHETS } from './descriptions.js';
import { ANONYMOUS, type LocalPerson, type Mention } from './mentions.js';
import type { QuoteSpan } from './quoteMarks.js';
import { sentenceStart } from './sentenceStart.js';
import { firstFrom } from './sorted.js';

/**
 * Tests for a post no introduction gives, read as the one person just named ("Sir Keir Starmer has defended … the Prime
 * Minister said"; see resolveAnaphors): only one named with no description, not one the sentence already spoke of;
 * and for a paragraph that is only a quote after a paragraph about one person (see attributeQuotes).
 */

/** The posts that head a state or a government, which a nationality before them names for one country. */
export const HEADS_OF_STATE = /^(?:president|prime minister|premier|chancellor)$/;

/** Whether a person's first mention by name has a description set beside it: "Matt Hancock, the health secretary,". */
export function describedWhenNamed(text: string, mentions: readonly Mention[], key: string): boolean {
  const first = mentions.find((x) => x.key === key && (x.kind === 'name' || x.kind === 'title'));
  return first !== undefined && /^,\s*(?:a|an|the|his|her|its|their)\s/.test(text.slice(first.end, first.end + 12));
}

/** Whether the sentence of mention i spoke of someone before it ("He was asked about a message in which the …"). */
export function spokenOfInSentence(text: string, mentions: readonly Mention[], i: number): boolean {
  const start = mentions[i]!.start;
  const sentence = sentenceStart(text, start);
  return mentions.slice(0, i).some((x) => x.start >= sentence && x.key && x.key !== ANONYMOUS && (x.kind === 'pronoun' || x.kind === 'name' || x.kind === 'surname'));
}

/** Whether the quote's paragraph holds nothing but quotes from it on. */
export function quoteParagraph(text: string, q: QuoteSpan): boolean {
  const end = text.indexOf('\n', q.close);
  return !/\p{L}/u.test(text.slice(q.close, end < 0 ? text.length : end).replace(/["“][^"“”\n]*["”]/g, ''));
}

/** The one person the mentions (sorted by start) between two offsets name, if only one. */
export function onlyPersonIn(mentions: readonly Mention[], from: number, to: number, isPerson: (key: string | null | undefined) => boolean): string | null {
  const keys = new Set<string>();
  for (let k = firstFrom(mentions, from, (m) => m.start); k < mentions.length && mentions[k]!.start < to; k++) {
    if (mentions[k]!.end <= to && isPerson(mentions[k]!.key)) keys.add(mentions[k]!.key!);
  }
  return keys.size === 1 ? [...keys][0]! : null;
}

/**
 * A player's epithet ("the Nigerian international") is no one introduced by another post ("Napoli president X"): it is
 * then the one person the article introduced as a player ("Forward Victor Osimhen"), if only one.
 */
const PLAYER_ROLES = new Set([...EPITHETS, 'captain', 'skipper', 'player', 'star', 'rookie']);
export function playerOrAny(key: string | undefined, epithet: boolean, people: Map<string, LocalPerson>): string | undefined {
  const plays = (roles: readonly string[]) => roles.map((r) => r.split(/\s+/).at(-1)!.toLowerCase()).filter((w) => PLAYER_ROLES.has(w)).length;
  const roles = key ? people.get(key)!.roles : [];
  if (!epithet || plays(roles) === roles.length) return key;
  const players = [...people.values()].filter((p) => p.type === 'person' && p.roles.length && plays(p.roles) === p.roles.length);
  return players.length === 1 ? players[0]!.key : undefined;
}
