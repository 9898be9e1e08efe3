import { ANONYMOUS, type Mention } from './mentions.js';

/**
 * Tests for a post no introduction gives, read as the one person just named ("Sir Keir Starmer has defended … the Prime
 * Minister said"; see resolveAnaphors): only one named with no description, not one the sentence already spoke of.
 */

/** The posts that head a state or a government, which a nationality before them names for one country. */
export const HEADS_OF_STATE = /^(?:president|prime minister|premier|chancellor)$/;

/** Whether a person's first mention by name has a description set beside it: "Matt Hancock, the health secretary,". */
export function describedWhenNamed(text: string, mentions: readonly Mention[], key: string): boolean {
  const first = mentions.find((x) => x.key === key && (x.kind === 'name' || x.kind === 'title'));
  return first !== undefined && /^,\s*(?:a|an|the|his|her|its|their)\s/.test(text.slice(first.end, first.end + 12));
}

/** The end of a text's last full sentence, before the one it is in: the stop and the space after it. */
export const LAST_SENTENCE_END = /[.!?]["”’]?\s+(?=[^.!?]*$)/;

/** Whether the sentence of mention i spoke of someone before it ("He was asked about a message in which the …"). */
export function spokenOfInSentence(text: string, mentions: readonly Mention[], i: number): boolean {
  const start = mentions[i]!.start;
  const sentence = Math.max(text.lastIndexOf('\n', start), text.slice(0, start).search(LAST_SENTENCE_END)) + 1;
  return mentions.slice(0, i).some((x) => x.start >= sentence && x.key && x.key !== ANONYMOUS && (x.kind === 'pronoun' || x.kind === 'name' || x.kind === 'surname'));
}
