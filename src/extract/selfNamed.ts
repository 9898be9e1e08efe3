import type { Attribution } from './attribution.js';
import type { LocalPerson } from './mentions.js';
import type { QuoteSpan } from './quoteMarks.js';

/** A cue that names its speaker by a pronoun only ("she said"). */
const PRONOUN_CUE = /^(?:he|she|they)\b/i;

/**
 * A quote that names the one a pronoun or a continuation gives it to, in full ("It could have been easy for Mary
 * Steenburgen to …," she said), is about that person, not theirs: it keeps no speaker, nor do the quotes carried on
 * from it.
 */
export function notSelfNamed(text: string, spans: readonly QuoteSpan[], attributions: Attribution[], byKey: ReadonlyMap<string, LocalPerson>): void {
  let dropped: string | null = null;
  spans.forEach((q, i) => {
    const a = attributions[i]!;
    if (dropped && a.speakerKey === dropped && a.method === 'continuation') {
      attributions[i] = { ...a, speakerKey: null };
      return;
    }
    dropped = null;
    const inferred = a.method === 'continuation' || a.method === 'context' || PRONOUN_CUE.test(a.cue ?? '');
    const full = a.speakerKey ? byKey.get(a.speakerKey)?.names[0] : undefined;
    if (inferred && full?.includes(' ') && text.slice(q.start, q.end).includes(full)) {
      dropped = a.speakerKey;
      attributions[i] = { ...a, speakerKey: null };
    }
  });
}
