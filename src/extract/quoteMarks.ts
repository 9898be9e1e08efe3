import type { Line } from '../ingest/sections.js';

/** A quoted passage: [start, end) is the text between the marks, trimmed. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (or past the text, where the closing mark is missing). */
  close: number;
  /** The closing mark was an opening mark written in its place. */
  malformed: boolean;
  /** It carries on the quote of the paragraph before, which was left open and reopened here: one speaker for both. */
  continued?: boolean;
}

/** `width` is 2 for a double mark typed as two apostrophes. */
type Mark = { at: number; kind: 'open' | 'close' | 'either'; family: 'double' | 'single'; width?: number };

const LETTER = /[\p{L}\p{N}]/u;
/** A spoken sentence's first letter (not the apostrophe of "the ’90s"). */
const CAPITAL = /\p{Lu}/u;
const SINGLE_MARKS = new Set(["'", '‘', '’']);
const BOUNDARY_BEFORE = /[\s([{—–/-]/;
const BOUNDARY_AFTER = /[\s)\]}.,;:!?—–-]/;

function marksIn(text: string, line: Line): Mark[] {
  const marks: Mark[] = [];
  let low = false;
  for (let i = line.start; i < line.end; i++) {
    const c = text[i]!;
    const prev = i > line.start ? text[i - 1]! : ' ';
    const next = i + 1 < line.end ? text[i + 1]! : ' ';
    // Two apostrophes typed for a double mark (''We are ready,'' the general said): one mark, at the first.
    // (Curly ones too: ‘‘…’’, or a straight opener and a curly pair closing, as some outlets print.)
    if (SINGLE_MARKS.has(c) && SINGLE_MARKS.has(next)) {
      const after = i + 2 < line.end ? text[i + 2]! : ' ';
      const canOpen = BOUNDARY_BEFORE.test(prev) && LETTER.test(after);
      const canClose = !/\s/.test(prev) && BOUNDARY_AFTER.test(after);
      if (canOpen || canClose) marks.push({ at: i, kind: canOpen ? 'open' : 'close', family: 'double', width: 2 });
      i++;
      continue;
    }
    // Guillemets and low marks, as translated copy keeps them («…», „…“, 「…」): „ is closed by “.
    if (c === '«' || c === '「' || c === '„') {
      marks.push({ at: i, kind: 'open', family: 'double' });
      low ||= c === '„';
    } else if (c === '»' || c === '」' || (c === '“' && low)) {
      marks.push({ at: i, kind: 'close', family: 'double' });
      low = false;
    } else if (c === '“') marks.push({ at: i, kind: 'open', family: 'double' });
    // A closing curly mark after a space and before a letter was typed as an opening one ("had done ”everything").
    // (With a space after it, too: "were ” useful and frank”"; or glued to a colon or a comma: "said:”We will …”",
    // "said:” We will …”".)
    else if (c === '”') {
      // (Or glued to the word or the full stop before, with another closing the quote on the line: "Ruiz said”We will not …”", "… the union.”Our members …”".)
      const gluedOpener = (LETTER.test(prev) || /[.!?]/.test(prev)) && CAPITAL.test(next) && text.slice(i + 1, line.end).includes('”');
      const opens = gluedOpener || (/[:,(]/.test(prev) && LETTER.test(next)) || (prev === ':' && next === ' ' && LETTER.test(text[i + 2] ?? '')) || (/\s/.test(prev) && (LETTER.test(next) || (next === ' ' && LETTER.test(text[i + 2] ?? ''))));
      marks.push({ at: i, kind: opens ? 'either' : 'close', family: 'double' });
    } else if (c === '"') {
      const canOpen = BOUNDARY_BEFORE.test(prev) || prev === '‘' || prev === "'";
      const canClose = !/\s/.test(prev) && (BOUNDARY_AFTER.test(next) || next === "'" || next === '’');
      marks.push({ at: i, kind: canOpen && !canClose ? 'open' : canClose && !canOpen ? 'close' : 'either', family: 'double' });
    } else if (c === "'" || c === '‘' || c === '’') {
      // (A live entry's heading with its stamp glued on closes before it: "Data 'not good enough'published at 11:20 …".)
      const stamped = (next === 'p' || next === 'u') && c !== '‘' && /^(?:published|updated|posted) at \d/.test(text.slice(i + 1, i + 20));
      if (LETTER.test(prev) && LETTER.test(next) && !stamped) continue; // an apostrophe inside a word
      const canOpen = c !== '’' && (BOUNDARY_BEFORE.test(prev) || prev === '"' || prev === '“') && LETTER.test(next);
      const canClose = c !== '‘' && !/\s/.test(prev) && (BOUNDARY_AFTER.test(next) || next === '"' || next === '”' || stamped);
      if (canOpen) marks.push({ at: i, kind: 'open', family: 'single' });
      else if (canClose) marks.push({ at: i, kind: 'close', family: 'single' });
    }
  }
  return marks;
}

/**
 * Where the words of a quote whose opening mark was left out begin, given its closing mark at `close`: the paragraph's
 * start when a tag follows the mark ("We will not accept this,” Ruiz said."), or the capital right after a verb of
 * saying ("Ruiz said We will not accept this.”"); else null.
 */
function openerLeftOut(text: string, start: number, close: number): number | null {
  const before = text.slice(start, close);
  if (before.length > 400 || !/[.,!?]$/.test(before)) return null;
  if (/^\p{Lu}/u.test(before) && TAG_AFTER_CLOSE.test(text.slice(close + 1, close + 80))) return start;
  const verb = /\b(?:said|says|told \p{Ll}+|added|stated|declared|wrote):?\s+(?=\p{Lu})/u.exec(before);
  return verb && !/[.!?]\s/.test(before.slice(verb.index + verb[0].length, -1)) ? start + verb.index + verb[0].length : null;
}

/** A paragraph opened by a dash, as translated copy writes speech ("– We will not …,” he said). */
const DASH_OPENED = /^[–—]\s*(?=\p{Lu})/u;

/**
 * Speech set off by dashes alone, as machine translations from Russian write it: "- We are ready, - Peskov said. - The
 * ball is in their court." The words run from the opening dash to the punctuation before the dash that opens the cue
 * (a speech verb within a few words), and again from a dash after that sentence to the line's end.
 */
const DASH_SPEECH = /^([-–—][ \t]+)(\p{Lu}[^"“”]*?[,.!?])[ \t]+[-–—][ \t]+(?=(?:[\p{L}'’.-]+[ \t]+){0,4}(?:said|says|added|adds|stressed|noted|told|explained|emphasi[sz]ed|stated|continued|replied|asked)\b)[^"“”]*?[.!?](?:[ \t]+[-–—][ \t]+(\p{Lu}[^"“”]*))?$/u;

/**
 * Speech opened by a dash and closed by its tag, as machine translations from Norwegian or Swedish write it: "– We
 * concluded with an agreement, Lavrov said." and "– The discussion was useful, says Blinken."
 */
const DASH_TAGGED = /^([–—][ \t]+)(\p{Lu}[^"“”]*?[,.!?])[ \t]+(?:(?:\p{Lu}[\p{L}'’.-]*[ \t]+){1,3}(?:said|says|added|adds|stressed|noted|told|explained)|(?:says|said|adds|added)[ \t]+\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){0,2})\b[^"“”.!?]{0,80}[.!?]?$/u;

/** Where a quote whose closing mark is missing ends: a comma, then a speech verb, or a name and a speech verb. */
const CUE_AFTER_COMMA = /,(?=\s+(?:(?:\p{Lu}[\p{L}'’.-]*\s+){1,4})?(?:said|says|told|tells|added|adds|asked|replied|wrote|insisted|explained|recalled)\b)/u;

/** A tag right after a closing mark: "”, - said Jens Stoltenberg.", "”, the minister added." */
const TAG_AFTER_CLOSE = /^[,.]?\s*[-–—]?\s*(?:(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,4})?(?:said|says|added|adds|noted|stressed|told|emphasi[sz]ed|stated)\b/u;

function trimmed(text: string, from: number, to: number): { start: number; end: number } {
  while (from < to && /\s/.test(text[from]!)) from++;
  while (to > from && /\s/.test(text[to - 1]!)) to--;
  return { start: from, end: to };
}

/**
 * Finds every quoted passage in a run of consecutive paragraphs: straight, curly and single marks; a quote that
 * runs over several paragraphs (with or without the mark reopened at each); an opening mark written where the
 * closing one belongs. Single marks inside a double-quoted passage belong to it. Never throws.
 */
export function findQuoteSpans(text: string, lines: readonly Line[], onUnclosed?: (at: number) => void): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  const perLine = lines.map((l) => marksIn(text, l));
  let open: { at: number; body: number; line: number; continued: boolean } | null = null;
  let single: number | null = null;
  /** The line whose first mark reopens the quote left open at the end of the paragraph before. */
  let reopenLine = -1;
  /** The line whose first single mark reopens a single-marked quote left open at the end of the paragraph before. */
  let reopenSingle = -1;
  /** Whether a single mark at `at`, opening line `li`, reopens that quote. */
  const reopensSingle = (li: number, at: number) => reopenSingle === li && at === lines[li]!.start;
  /**
   * A quote from its opening mark at `openAt`, its words from `from` to `to`, its closing mark ending at `close`;
   * `continued` when it carries on the paragraph before's.
   */
  const emit = (openAt: number, from: number, to: number, close: number, malformed: boolean, continued = open?.continued) => {
    const t = trimmed(text, from, to);
    if (t.end > t.start && LETTER.test(text.slice(t.start, t.end))) {
      quotes.push({ ...t, open: openAt, close, malformed, ...(continued ? { continued: true } : {}) });
    }
  };
  /** Whether the first paragraph from `from` on with a double mark, two at most and adjacent, opens with a close and its tag. */
  const closedWithTagAfter = (from: number): boolean => {
    for (let k = from; k < lines.length && k <= from + 1; k++) {
      if (lines[k]!.start - lines[k - 1]!.end >= 8) return false;
      const doubles = perLine[k]!.filter((x) => x.family === 'double');
      if (doubles.length === 0) continue;
      return doubles[0]!.kind === 'close' && TAG_AFTER_CLOSE.test(text.slice(doubles[0]!.at + 1, lines[k]!.end));
    }
    return false;
  };
  for (let li = 0; li < lines.length; li++) {
    const marks = perLine[li]!;
    single = null;
    const dashed = !open && !marks.some((x) => x.family === 'double') ? DASH_SPEECH.exec(text.slice(lines[li]!.start, lines[li]!.end)) : null;
    const tagged = !open && !dashed && !marks.some((x) => x.family === 'double') ? DASH_TAGGED.exec(text.slice(lines[li]!.start, lines[li]!.end)) : null;
    if (tagged) {
      const words = lines[li]!.start + tagged[1]!.length;
      emit(lines[li]!.start, words, words + tagged[2]!.length, words + tagged[2]!.length, false);
      continue;
    }
    if (dashed) {
      const at = lines[li]!.start;
      const words = at + dashed[1]!.length;
      emit(at, words, words + dashed[2]!.length, words + dashed[2]!.length, false);
      if (dashed[3]) {
        const rest = lines[li]!.end - dashed[3].length;
        let dashAt = rest - 1;
        while (dashAt > words && /[ \t]/.test(text[dashAt]!)) dashAt--;
        emit(dashAt, rest, lines[li]!.end, lines[li]!.end, false);
      }
      continue;
    }
    for (let mi = 0; mi < marks.length; mi++) {
      const m = marks[mi]!;
      if (m.family === 'single') {
        if (open) continue;
        if (m.kind === 'open' && single === null) single = m.at;
        else if (m.kind === 'close' && single !== null) {
          emit(single, single + 1, m.at, m.at + 1, false, reopensSingle(li, single));
          single = null;
        }
        continue;
      }
      if (!open) {
        // "– We are not threatening anyone,” Lavrov said.": speech opened by a dash and closed by a mark (translations).
        const dash = m.kind === 'close' && !marks.slice(0, mi).some((x) => x.family === 'double') ? DASH_OPENED.exec(text.slice(lines[li]!.start, m.at)) : null;
        if (dash) {
          emit(lines[li]!.start, lines[li]!.start + dash[0].length, m.at, m.at + 1, false);
          continue;
        }
        // A closing mark with its opener left out: "We will not accept this,” Ruiz said." from the paragraph's start,
        // "Ruiz said We will not accept this.”" from the capital after the verb.
        const bare = m.kind === 'close' && !marks.slice(0, mi).some((x) => x.family === 'double') ? openerLeftOut(text, lines[li]!.start, m.at) : null;
        if (bare !== null) {
          emit(bare, bare, m.at, m.at + 1, true);
          continue;
        }
        if (m.kind !== 'close') {
          open = { at: m.at, body: m.at + (m.width ?? 1), line: li, continued: reopenLine === li && m.at === lines[li]!.start };
          single = null;
        }
        continue;
      }
      if (m.kind === 'close' || m.kind === 'either') {
        emit(open.at, open.body, m.at, m.at + (m.width ?? 1), false);
        open = null;
        continue;
      }
      // An opening mark while a quote is open. At the start of a continued paragraph it reopens the quote;
      // with no closing mark after it on its line, it was written where the closing mark belongs.
      if (open.line !== li && m.at === lines[li]!.start) continue;
      const closesLater = marks.slice(mi + 1).some((x) => x.family === 'double' && x.kind !== 'open');
      if (!closesLater) {
        emit(open.at, open.body, m.at, m.at + (m.width ?? 1), true);
        open = null;
      } else {
        open = { at: m.at, body: m.at + (m.width ?? 1), line: li, continued: false };
      }
    }
    // ("said: ‘Month in, month out … victims. ¶ ‘We have no tolerance …’": a quote in single marks reopened at each
    // paragraph and closed at the last, as British copy writes it; each paragraph a quote, the next carrying it on.)
    if (!open && single !== null && CAPITAL.test(text[single + 1] ?? '')) {
      const nextLine = lines[li + 1];
      const reopens = nextLine !== undefined && nextLine.start - lines[li]!.end < 8 && perLine[li + 1]!.some((x) => x.family === 'single' && x.kind === 'open' && x.at === nextLine.start) && CAPITAL.test(text[nextLine.start + 1] ?? '');
      if (reopens) {
        emit(single, single + 1, lines[li]!.end, lines[li]!.end, false, reopensSingle(li, single));
        reopenSingle = li + 1;
      }
    }
    if (open) {
      // Still open at the end of the paragraph: it runs on only if the next paragraph reopens it or closes it.
      const nextLine = lines[li + 1];
      const nextMarks = perLine[li + 1] ?? [];
      const firstDouble = nextMarks.find((x) => x.family === 'double');
      const reopens = nextLine !== undefined && firstDouble?.at === nextLine.start && firstDouble.kind !== 'close';
      const closes = firstDouble !== undefined && firstDouble.kind !== 'open' && firstDouble.at !== nextLine?.start;
      const near = nextLine !== undefined && nextLine.start - lines[li]!.end < 8 && li - open.line < 4;
      // (Translations run one quote over paragraphs that neither reopen nor close it, to a close and its tag a
      // paragraph or two on: "“Thank you … ¶ And this … ¶ … for Ukraine”, - said Jens Stoltenberg.")
      const closesLater = near && !firstDouble && closedWithTagAfter(li + 1);
      if (closesLater) continue;
      // (Not one opened after an article, a name left unclosed: 'released a “chair's summary … ¶ “We found …”' is no
      // speech that runs on; the next paragraph's quote is its own.)
      const named = /\b(?:an?|the)\s+$/i.test(text.slice(Math.max(0, open.at - 5), open.at));
      if (near && reopens && !named) {
        // Each paragraph is a quote of its own (the text between the marks), the next one carrying this one on.
        emit(open.at, open.body, lines[li]!.end, lines[li]!.end, false);
        open = null;
        reopenLine = li + 1;
      } else {
        // A closing mark left out before the cue: "We lost everything, said Priya Nair, … ends at the comma.
        const cue = CUE_AFTER_COMMA.exec(text.slice(open.body, lines[li]!.end));
        if (cue) {
          emit(open.at, open.body, open.body + cue.index, open.body + cue.index, false);
          open = null;
        } else if (!(near && closes)) {
          // Never closed: mid-article a closing mark was left out at the paragraph's end (translations do), so the
          // quote ends with the paragraph; in the file's last paragraph the file may be cut short, and it is no quote.
          if (text.slice(lines[li]!.end).trim() !== '') emit(open.at, open.body, lines[li]!.end, lines[li]!.end, false);
          else onUnclosed?.(open.at);
          open = null;
        }
      }
    }
  }
  return quotes.sort((a, b) => a.start - b.start);
}

/** A line's words outside its quotes in marks (the marks left out too). */
export function outsideQuotes(text: string, line: Line, quotes: readonly QuoteSpan[]): string {
  let rest = '';
  let at = line.start;
  for (const s of quotes) {
    rest += text.slice(at, Math.max(at, s.open));
    at = Math.max(at, s.close);
  }
  return rest + text.slice(at, line.end);
}

/** A quote of one or two words ('frank', "done") is a fragment, not a statement. */
export function isFragment(quoteText: string): boolean {
  return quoteText.split(/\s+/).filter((w) => LETTER.test(w)).length <= 2;
}
