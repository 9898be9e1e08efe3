/**
 * Lines that name the speaker of the one quote they hold, outside a transcript: a name and a colon before it
 * ("Mikel Arteta: "…""), or a dash and a name after it (a vox pop's ""…" — Maria Lopez, 67, retired nurse").
 */
import type { Line } from '../ingest/sections.js';
import { lowerCaseWords, NOT_NAMES, PLACES, ROLE_NOUNS, TITLE_WORDS } from './lexicon.js';
import type { QuoteSpan } from './quoteMarks.js';
import type { Turn } from './turns.js';
import { escapeRegExp } from '../util/regexp.js';

/** A word of grammar or the calendar, a title or a place: no word of a name. */
const namesNoOne = (w: string) => NOT_NAMES.has(w) || TITLE_WORDS.has(w) || PLACES.has(w);

/** "Mikel Arteta: "I am so proud …"": a full name and a colon opening a line, its words in marks right after. */
// ("(Sean Spicer): "…"": a shot list's name in brackets, too.)
const NAME_COLON_QUOTE = /^\(?((?:\p{Lu}[\p{L}'’-]+[ \t]+){1,2}\p{Lu}[\p{L}'’-]+)\)?[ \t]*:[ \t]*(?=["“])/u;

/** "Jassy: "…"": one capitalised word and a colon opening a line, its words in marks right after. */
const SURNAME_COLON_QUOTE = /^(\p{Lu}[\p{Ll}'’-]+)[ \t]*:[ \t]*(?=["“])/u;

/**
 * The quotes a name and a colon head, one line each, as a report's reaction round-up writes them (a transcript's
 * repeated labels are findTurns'). Not a kicker ("Fact Check: "…""): a word of the label that the text also writes in
 * lower case, a title, a place or a calendar word is no name.
 */
export function colonNamedQuotes(text: string, lines: readonly Line[], marked: readonly QuoteSpan[]): Turn[] {
  const lower = lowerCaseWords(text);
  const opens = new Map(marked.map((q) => [q.open, q]));
  const turns: Turn[] = [];
  // ("Jassy: "Next question."" twice or more: a call transcript's surname alone heading its quotes.)
  const surnames = lines.map((l) => SURNAME_COLON_QUOTE.exec(l.text)?.[1]).filter((w) => w !== undefined);
  const repeated = (w: string) => surnames.filter((x) => x === w).length >= 2 && !ROLE_NOUNS.has(w.toLowerCase());
  for (const line of lines) {
    const one = SURNAME_COLON_QUOTE.exec(line.text);
    const m = NAME_COLON_QUOTE.exec(line.text) ?? (one && repeated(one[1]!) ? one : null);
    const span = m && opens.get(line.start + m[0].length);
    if (!m || !span) continue;
    const words = m[1]!.split(/\s+/);
    if (words.some((w) => lower().has(w.toLowerCase()) || namesNoOne(w))) continue;
    turns.push({ span, speaker: m[1]!, answerer: false, label: m[1]!, marked: true });
  }
  return turns;
}

/** ""It's about time." — Maria Lopez, 67, retired nurse": a quote its line signs after a dash, with a name of two or three words. */
const DASH_SIGNED = /^[ \t]*[—–-][ \t]*((?:\p{Lu}[\p{L}'’-]+[ \t]+){1,2}\p{Lu}[\p{L}'’-]+)(?:[ \t]*,[^\n]{0,80})?[ \t]*$/u;

/** The quotes a vox pop's lines sign after a dash, one each: the line is the quote and the name (and an age or a job). */
export function dashSignedQuotes(text: string, lines: readonly Line[], marked: readonly QuoteSpan[]): Turn[] {
  const opens = new Map(marked.map((q) => [q.open, q]));
  const turns: Turn[] = [];
  for (const line of lines) {
    const lead = /^[ \t]*/.exec(line.text)![0].length;
    const span = opens.get(line.start + lead);
    const m = span && span.close <= line.end ? DASH_SIGNED.exec(text.slice(span.close, line.end)) : null;
    if (!span || !m || m[1]!.split(/\s+/).some(namesNoOne)) continue;
    turns.push({ span, speaker: m[1]!, answerer: false, label: m[1]!, marked: true });
  }
  return turns;
}

/** "• Blinken: talks were "frank and substantive"": a bullet, a name of one to three words and a colon, then words. */
const BULLET_NAME_COLON = /^[ \t]*[•·▪►*][ \t]*(\p{Lu}[\p{L}'’-]+(?:[ \t]+\p{Lu}[\p{L}'’-]+){0,2})[ \t]*:[ \t]+[^"“”:\n]{0,80}$/u;

/**
 * The quotes of a bulleted teaser written as a headline ("• Blinken: talks were "frank and substantive"", a tag page's
 * or a live page's key points): the one the name and colon head, when the line is no sentence (no full stop after the
 * quote) and the page names that one in full elsewhere (a teaser's name makes no person).
 */
export function bulletHeadlineQuotes(text: string, lines: readonly Line[], marked: readonly QuoteSpan[]): Turn[] {
  const lower = lowerCaseWords(text);
  const turns: Turn[] = [];
  for (const line of lines.filter((l) => /^[ \t]*[•·▪►*]/.test(l.text))) {
    const q = marked.find((x) => line.start <= x.open && x.close <= line.end);
    const m = q && BULLET_NAME_COLON.exec(text.slice(line.start, q.open));
    if (!q || !m || !/^[^.!?\n]{0,40}$/.test(text.slice(q.close, line.end).replace(/[”"'’]/g, ''))) continue;
    const last = escapeRegExp(m[1]!.split(/\s+/).at(-1)!);
    if (m[1]!.split(/\s+/).some((w) => lower().has(w.toLowerCase()) || namesNoOne(w))) continue;
    if (!new RegExp(`\\p{Lu}[\\p{L}'’-]+[ \\t]+${last}(?![\\p{L}])`, 'u').test(text.slice(line.end))) continue;
    turns.push({ span: q, speaker: m[1]!, answerer: false, label: m[1]!, marked: true });
  }
  return turns;
}
