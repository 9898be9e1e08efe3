import type { Line } from '../ingest/sections.js';
import { HONORIFICS, ROLE_NOUNS } from './lexicon.js';
import { isGivenName } from './givenNames.js';
import type { QuoteSpan } from './quoteMarks.js';
import { FIRST_PERSON, lineSpan } from './turns.js';

/** A line holding a quote mark, or a quote already found in marks. */
const hasMarks = (l: Line, marked: readonly QuoteSpan[]) => /["“”«»„]/.test(l.text) || marked.some((q) => q.open >= l.start && q.open < l.end);

/**
 * Words set off below an introduction without quote marks, as a live page's block quote reads when copied: "Speaking
 * outside, she told reporters:" ¶ We listened, and we will listen more. The introduction ends in a colon after a
 * speech verb and names someone in the third person; each paragraph after it with no quote mark, in the first person,
 * ending as a sentence does, is a quote (up to three). Who speaks is left to the introduction (introductions.ts).
 */
export function findBlockQuotes(lines: readonly Line[], marked: readonly QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (let i = 0; i < lines.length; i++) {
    // (The colon first: the pattern is costly over the long lines that have none.)
    if (!/:\s*$/.test(lines[i]!.text) || !INTRODUCTION.test(lines[i]!.text) || hasMarks(lines[i]!, marked)) continue;
    for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
      const l = lines[j]!;
      if (hasMarks(l, marked) || !FIRST_PERSON.test(l.text) || !/[.!?]$/.test(l.text) || l.text.length < 20) break;
      out.push(lineSpan(l));
    }
  }
  return out;
}

/**
 * A line ending in a colon right after a verb of saying and up to three words ("told reporters:", "said in a
 * statement:"), with someone named or a pronoun for them before it. (Not "claiming:", "below:": what follows those may
 * be a post the copy lost, or the page's own words.)
 */
const INTRODUCTION = /(?:\b(?:he|she|they)\b|\p{Lu}\p{Ll}+)[^:]*\s(?:said|says|told|tells|added|adds|wrote|writes|continued|explained|declared|stated)(?:\s+[a-z]+){0,3}:\s*$/u;

/** A line that tells of someone speaking ("a Number 10 spokesman stressed that …"): the narration above a block quote. */
const NARRATED = /(?:\b(?:he|she|they|spokes\w+)|\p{Lu}\p{Ll}+)\s+(?:\p{Ll}+ly\s+)?(?:said|says|told|tells|stressed|added|insisted|warned|explained|wrote|argued)\b/u;

/** A signature that names a person or a role: an honorific or a known given name first, or a role noun in it ("– Next Auto News" is a link). */
function signsPerson(line: string): boolean {
  const words = line.replace(/^[–—-]\s*/, '').split(/\s+/);
  return HONORIFICS.has(words[0]!) || isGivenName(words[0]!) || words.some((w) => ROLE_NOUNS.has(w.toLowerCase()));
}

/** A live page's signature under a block quote: "– Dame Margaret Beckett", "— Number 10 spokesman". */
const SIGNATURE = /^[–—-][ \t]*\p{Lu}[^.!?:;"“”«»\n]{1,60}$/u;

/**
 * Paragraphs signed below them, as a live page's block quote reads when copied: "We have had examples of people …" ¶
 * "– Dame Margaret Beckett". The paragraphs right above the signature that hold no quote mark, tell of no one speaking
 * and end as a sentence does (up to three, one of them in the first person) are the signer's words; who signs is the
 * person the line names.
 */
export function findSignedQuotes(lines: readonly Line[], marked: readonly QuoteSpan[]): { span: QuoteSpan; signature: Line }[] {
  const out: { span: QuoteSpan; signature: Line }[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (!SIGNATURE.test(lines[i]!.text) || !signsPerson(lines[i]!.text)) continue;
    const block: Line[] = [];
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const l = lines[j]!;
      if (hasMarks(l, marked) || NARRATED.test(l.text) || !/[.!?]$/.test(l.text) || SIGNATURE.test(l.text)) break;
      block.push(l);
    }
    // (Someone speaking says "I" or "we" somewhere: "- Next Auto News" under a list of teasers signs no one's words.)
    if (!block.some((l) => FIRST_PERSON.test(l.text))) continue;
    for (const l of block) out.push({ span: lineSpan(l), signature: lines[i]! });
  }
  return out;
}
