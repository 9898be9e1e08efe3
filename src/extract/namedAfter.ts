import type { Attribution } from './attribution.js';
import type { Mention } from './mentions.js';
import type { QuoteSpan } from './quoteMarks.js';

/**
 * The words of the paragraph after a quote that say whose the quote was: "That was how Marco Bellini ended …", "Those
 * were the words of Ana Ruiz", "That was the blunt message from Ana Ruiz", "So said Ana Ruiz", "… was all Ana Ruiz
 * would say", up to the name (a title's words may stand before it).
 */
const WHOSE_WORDS =
  /^(?:(?:That|This|Those|These|Such)\s+(?:was|is|were|are)\s+(?:how|what|the\s+(?:\p{Ll}+\s+){0,2}?(?:verdict|message|view|words?|assessment|warning|reaction|plea|promise|response)\s+(?:of|from))|So\s+said|(?:was|were)\s+all)\s+(?:(?:\p{Ll}+|\p{Lu}[\p{L}.'’-]*)\s+){0,4}?$/u;
/** After the name, what "was all" needs: '"No comment," was all Ana Ruiz would say'. */
const ALL_WOULD_SAY = /^\s+(?:would|could|was\s+(?:willing|prepared)\s+to)\s+(?:say|offer|add|tell)\b/;

/**
 * '"I gave this club everything I had." ¶ That was how Marco Bellini ended six years as coach': a quote that opens its
 * paragraph, with no speaker, takes the person the sentence after it says the words were. Writers open features so.
 */
export function namedAfter(text: string, quotes: readonly QuoteSpan[], attributions: Attribution[], mentions: readonly Mention[], isPerson: (key: string) => boolean): void {
  quotes.forEach((q, i) => {
    if (attributions[i]!.speakerKey) return;
    const lineStart = text.lastIndexOf('\n', q.open) + 1;
    const lineEnd = text.indexOf('\n', q.close) < 0 ? text.length : text.indexOf('\n', q.close);
    // (The quote opens its paragraph, nothing but marks before it; what says whose it is follows in the same paragraph,
    // '"…" Those were the words of Ana Ruiz, 19,', or opens the next, when the quote is the whole paragraph.)
    if (/[^\s"“”‘’']/.test(text.slice(lineStart, q.open))) return;
    const rest = /^["“”‘’'.,\s]*/.exec(text.slice(q.close, lineEnd))![0].length;
    const next = q.close + rest < lineEnd ? q.close + rest : lineEnd + (/^\s*/.exec(text.slice(lineEnd))?.[0].length ?? 0);
    const named = mentions.find((m) => m.start >= next && m.start < next + 80 && m.key !== null && isPerson(m.key));
    const words = named ? text.slice(next, named.start) : '';
    if (named && WHOSE_WORDS.test(words) && (!/^(?:was|were)\s+all\b/.test(words) || ALL_WOULD_SAY.test(text.slice(named.end, named.end + 40)))) attributions[i] = { speakerKey: named.key, cue: text.slice(next, named.end), method: 'after' };
  });
}
