import type { Line } from '../ingest/sections.js';
import { HONORIFICS, ROLE_NOUNS, TITLE_WORDS } from './lexicon.js';
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
    // (An embedded post, signed with its handle, "— Ana Ruiz (@anaruiz) May 2, 2024", is the one paragraph above it.)
    const reach = /\(@\w+\)/.test(lines[i]!.text) ? 1 : 3;
    for (let j = i - 1; j >= 0 && j >= i - reach; j--) {
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

/** A name alone on a line, maybe after a title and before a suffix: "Chief Janeé Harteau", "Robert A. Thomas, III". */
const SIGNER = /^(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}\.|\p{Lu}[\p{L}'’-]+)){1,4})(?:,?\s+(?:Jr\.?|Sr\.?|II|III|IV))?$/u;
/** A post alone on the line under a signature: "Chief of Police", "Commissioner", "Mayor of Leeds". */
const SIGNER_POST = /^(?:\p{Lu}[\p{L}-]*)(?:\s+(?:of|for|and|the|\p{Lu}[\p{L}-]*)){0,5}$/u;

/**
 * A statement in quote marks that nothing cues, signed on the page's last line by a name ("Chief Janeé Harteau"; maybe
 * with a post on the line under it, "Robert A. Thomas, III ¶ Chief of Police"): the quotes of the paragraphs right above
 * the signature, each opening with its mark, are the signer's. The signer's name (past a title), the signature line and
 * where those quotes start; null when the page ends otherwise.
 */
export function signedStatement(lines: readonly Line[], quotes: readonly QuoteSpan[]): { name: string; line: Line; starts: number[] } | null {
  let at = lines.length - 1;
  // (A post opens with a title and is all titles up to what it is of: "Chief of Police"; not "Chief Janeé Harteau".)
  const postWords = lines[at]?.text.split(/\s+/) ?? [];
  const ofAt = postWords.findIndex((w) => /^(?:of|for)$/.test(w));
  const isPost = SIGNER_POST.test(lines[at]?.text ?? '') && (ofAt === -1 ? postWords : postWords.slice(0, ofAt)).every((w) => TITLE_WORDS.has(w));
  const post = isPost ? at-- : -1;
  const line = lines[at];
  const m = line ? SIGNER.exec(line.text) : null;
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  const titled = TITLE_WORDS.has(words[0]!);
  while (words.length > 2 && TITLE_WORDS.has(words[0]!)) words.shift();
  // (A title, a known given name, or the post below, says the line names a person: "Share this story" does not.)
  if (!(post !== -1 || titled || isGivenName(words[0]!)) || words.some((w) => TITLE_WORDS.has(w))) return null;
  const starts: number[] = [];
  for (let j = at - 1; j >= 0 && /^["“]/.test(lines[j]!.text); j--) for (const q of quotes) if (q.open >= lines[j]!.start && q.open < lines[j]!.end) starts.push(q.start);
  return starts.length ? { name: words.join(' '), line: line!, starts } : null;
}
