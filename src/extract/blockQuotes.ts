import type { Line } from '../ingest/sections.js';
import type { QuoteSpan } from './quoteMarks.js';
import { FIRST_PERSON } from './turns.js';

/**
 * Words set off below an introduction without quote marks, as a live page's block quote reads when copied: "Speaking
 * outside, she told reporters:" ¶ We listened, and we will listen more. The introduction ends in a colon after a
 * speech verb and names someone in the third person; each paragraph after it with no quote mark, in the first person,
 * ending as a sentence does, is a quote (up to three). Who speaks is left to the introduction (introductions.ts).
 */
export function findBlockQuotes(lines: readonly Line[], marked: readonly QuoteSpan[]): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const hasMarks = (l: Line) => /["“”«»„]/.test(l.text) || marked.some((q) => q.open >= l.start && q.open < l.end);
  for (let i = 0; i < lines.length; i++) {
    // (The colon first: the pattern is costly over the long lines that have none.)
    if (!/:\s*$/.test(lines[i]!.text) || !INTRODUCTION.test(lines[i]!.text) || hasMarks(lines[i]!)) continue;
    for (let j = i + 1; j < lines.length && j <= i + 3; j++) {
      const l = lines[j]!;
      if (hasMarks(l) || !FIRST_PERSON.test(l.text) || !/[.!?]$/.test(l.text) || l.text.length < 20) break;
      out.push({ start: l.start, end: l.end, open: l.start, close: l.end, malformed: false });
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
