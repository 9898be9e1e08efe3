import type { Span } from '../ingest/sentences.js';
import { ADDRESSEE_VERBS } from './lexicon.js';
import { ANONYMOUS, type Mention } from './mentions.js';
import { matchesOf } from './matches.js';
import { CUE } from './cues.js';
import { SAYING } from './quoteCue.js';
import { adjacentBefore, invertedAfter } from './nearVerb.js';

/** Participles opening a clause that says the sentence's subject is speaking. */
export const SPEAKING_PARTICIPLES = 'Speaking|Addressing|Responding|Replying|Commenting|Answering';
/** An opening clause that says the sentence's subject is speaking. */
const SPEAKING_OPENING = new RegExp(`^\\s*(?:${SPEAKING_PARTICIPLES})\\b[^,;:"“”]{0,200},`);

/** Who a sentence without quotes reports speaking, if anyone; `person` is its subject when that is a person. */
export function speakerOfNarration(text: string, s: Span, ms: Mention[], inQuote: (i: number) => boolean, person: Mention | null): string | null {
  const chunk = text.slice(s.start, s.end);
  let unnamed = false;
  // "Speaking about the talks, Cavusoglu touched on …": the opening says the subject is speaking.
  if (person && SPEAKING_OPENING.test(chunk)) return person.key;
  for (const v of matchesOf(CUE, chunk)) {
    const at = s.start + v.index!;
    if (inQuote(at)) continue;
    // (After "told", "thanked" the one named is spoken to: "Swift's rep told Fox News that …" is not Fox News speaking.)
    const m = adjacentBefore(text, ms, at, v[0]) ?? (ADDRESSEE_VERBS.has(v[0]) ? undefined : invertedAfter(text, ms, at + v[0].length));
    if (m?.key) return m.key;
    // "Putin spoke first and said the Cold War was over": the subject, the only one named before the verb, with
    // no clause set off between them (", who said" would be someone else's). A line ending in a colon introduces
    // what follows and is left to the introductions.
    if (person && !/:\s*$/.test(chunk) && person.end <= at && !ms.some((x) => x !== person && x.start < at && x.key) && /^[^,;:"“”]*$/.test(text.slice(person.end, at))) {
      return person.key;
    }
    // ("Her rep told Fox News that …": someone we cannot name reports speaking; a quote after it is not the last speaker's.)
    if (SAYING.test(v[0]) && /\p{Ll}\s+$/u.test(text.slice(Math.max(s.start, at - 20), at))) unnamed = true;
  }
  return unnamed ? ANONYMOUS : null;
}
