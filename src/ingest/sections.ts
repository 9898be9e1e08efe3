import type { ArticleMeta, Section, SectionKind } from '../model.js';
import { isFurniture, isMasthead, LIST_HEADINGS } from './furniture.js';

/** One line of the file, with its offsets (white space at either end trimmed off). */
export interface Line {
  text: string;
  start: number;
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed === '') continue;
    const start = m.index + lead;
    lines.push({ text: trimmed, start, end: start + trimmed.length });
  }
  return lines;
}

/** Lines after which nothing on the page is the article any more. */
const END_OF_ARTICLE_LINES = [/^you may like$/i, /^leave a reply$/i, /^\[ad_\d+\]$/i];

/** Case-insensitive patterns joined into one, tested once per line rather than one by one. */
const anyOf = (patterns: RegExp[]) => new RegExp(patterns.map((re) => `(?:${re.source})`).join('|'), 'i');
const END_OF_ARTICLE = anyOf(END_OF_ARTICLE_LINES);

const COMMENTS_START = [/^\d+ comments?:?$/i, /^comments? \(\d+\)$/i, /^[\w .'-]{1,40} said\.\.\.$/];
/** A heading over a list of other stories' headlines ("Related stories", "Most read"), alone on its line. */
const LIST_HEADING = new RegExp(`^(?:${LIST_HEADINGS})$`, 'i');

/**
 * A live entry's stamp glued to the end of its heading: "Committee adjournspublished at 12:13 British Summer Time 27
 * October 2016" (the match is the stamp; ownDate reads the page's date from it).
 */
export const GLUED_STAMP = /(?<=\S)(?:published|updated|posted) at \d{1,2}[:.]\d{2}\b.{0,50}\b\d{4}$/;
/** A line that opens as a stamp ("Published …", "UPDATED: …"); ownDate reads page dates from such lines too. */
export const STAMP_OPENING = /^(?:published|updated|posted|last updated|first published)\b/i;
/** "Published: 9:15 AM March 3, 2024 Updated: …", "Posted at 6:02 AM, Mar 3, 2024": a page's date stamp. */
const STAMP_LINE = new RegExp(`${STAMP_OPENING.source}.{0,100}\\b\\d{4}\\b`, 'i');

/** "Headline -- Outlet": one item of a link roundup. */
export const ROUNDUP_LINE = /^(.{8,300}?)\s+--\s+([A-Z][\w.&' ]{0,40}?)\s*$/;
/**
 * "Owen Hadley -- Chief Financial Officer", "Priya Venkat -- Harbor Capital -- Analyst": a call transcript's speaker
 * line (1: the name), not a roundup's item when a paragraph follows it (see extract/turns.ts, which reads the turns).
 */
// (Not with words after a colon on the line: "Jane Roe -- Chief Executive Officer: Thank you" is a label and its words.)
export const CALL_LABEL = /^((?:\p{Lu}[\p{L}.'’-]*[ \t]+){1,3}\p{Lu}[\p{L}.'’-]*)[ \t]+(?:--|—|–)[ \t]+(?![^\n]*:[ \t]+\S)[^\n]{2,80}$/u;
const SENTENCE = /[.!?]["”’']?$/;
const SOURCE_LINE = /^source:\s*\S/i;
/** "asc/dpa/Reuters": a writer's initials and the agencies credited. */
export const CREDIT_LINE = /^[a-z]{2,5}(?:\/[A-Za-z]{2,12}){1,4}$/;
const DATELINE = [
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}$/i,
  /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/,
  /^\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{4}$/i,
  // With its clock time: "Nov. 20, 2019, 9:28 AM UTC", "November 18, 2019 | 4:10pm".
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}[\s,|/]+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$/i,
];
const BYLINE = /^(?:by\s+)?[A-Z][a-z]*\.?(?:\s+[A-Z][a-z]*\.?){0,2}$/;
/** Words of share buttons, menus and sidebars that a byline is never made of ("Follow Us", "Most Popular", "View All"). */
const NOT_BYLINE_WORDS = /\b(?:Share|Follow|Subscribe|Sign|Log|Print|Email|Link|Copy|Comments?|Popular|Most|Read|More|View|All|Related|Topics|Tags|Top|Latest|News|Home|Menu|Search|Next|Previous|Close|Show|Image|Images|Photo|Photos|Video|Warning|Weather|Send|Feedback|Buy|Now|Facebook|Twitter|Instagram|LinkedIn|WhatsApp|Reddit|Pinterest|Flipboard|Messenger|Us)\b/;

/**
 * A byline that opens another author's post: a name of two or three words ("H Turner", "Jane Doe") or "By" and a
 * name, no menu or share words, and a sentence after it, where the post begins ("Facebook" then "Twitter" is a row of
 * share buttons, not a post).
 */
function isPostByline(line: string, after: string | undefined): boolean {
  if (!BYLINE.test(line) || line.length >= 40 || NOT_BYLINE_WORDS.test(line)) return false;
  if (!/^by\s/i.test(line) && line.split(/\s+/).length < 2) return false;
  return after !== undefined && /[.!?]["”’']?$/.test(after.trim()) && after.trim().split(/\s+/).length >= 3;
}

/**
 * Whether the first line of a page's content reads like its title: a headline, or one in sentence case that a
 * paragraph would not be, "…, Cop26 president says" (a cue at the end, PATTERNS 1.7) or up to 130 characters with
 * no closing mark.
 */
export function looksLikeTitle(line: string): boolean {
  if (looksLikeHeadline(line)) return true;
  // (A country's letters may close it: "… says he held talks with U.S.")
  if (line.length > 130 || line.length < 12 || BULLET.test(line) || (/[.!?,;:]["”’']?$/.test(line) && !/\b[A-Z]\.[A-Z]\.$/.test(line))) return false;
  if (/,\s+(?:[\p{L}\p{N}'’.-]+\s+){0,4}says(?:\s+[\p{L}'’.-]+){0,4}$/u.test(line)) return true;
  // ("‘We had some issues,’ exec says on Disney+ glitches": a quote and its tag in a headline's present tense.)
  if (/^["“‘'][^"“”‘’']{3,}[,?!]["”’']\s+(?:[\p{L}\p{N}'’.-]+\s+){1,4}says\b/u.test(line)) return true;
  // (Not a quote with its tag, '"We are going back," the union chief', a line of reporting cut short.)
  // ("Lavrov says the meeting will help": a headline's present tense; "said" and "told" are a report's.)
  // (Outside its quotes: "'I was told to stay quiet': a nurse speaks out" is a headline.)
  const unquoted = line.replace(/["“][^"“”]*["”]|(?<![\p{L}])['‘][^'‘’]*['’](?![\p{L}])/gu, ' ');
  return line.split(/\s+/).length >= 6 && (line.match(/["“”]/g) ?? []).length % 2 === 0 && !/[,?!]["”’]\s/.test(line) && !/\b(?:said|told|added)\b/.test(unquoted);
}

/** Where a word runs into a capitalised one with no space: "…talks in GenevaBlinken sees…". */
const GLUED = /\p{Ll}{2}(?=\p{Lu}\p{Ll})/gu;

/**
 * "Blinken and Lavrov wrap up talks in GenevaBlinken sees grounds …": a headline glued to the standfirst under it
 * (PATTERNS 3, lines glued together). The first line of content, when it ends in no full stop as a paragraph
 * would, is parted at the first place a word runs into a capital where what stands before reads as a title and
 * what follows as a sentence of six words or more ("Sony unveils new PlayStation console" stays whole).
 */
function unglueHeadline(lines: Line[]): void {
  const i = lines.findIndex((l) => !isFurniture(l.text) && !isMasthead(l.text));
  const line = lines[i];
  if (!line || /[.!?…]["”’]?$/.test(line.text)) return;
  for (const m of line.text.matchAll(GLUED)) {
    const cut = m.index + 2;
    const head = line.text.slice(0, cut);
    if (cut < 20 || cut > 160 || head.split(/\s+/).length < 4 || line.text.slice(cut).split(/\s+/).length < 6 || !looksLikeTitle(head)) continue;
    lines.splice(i, 1, { text: line.text.slice(0, cut), start: line.start, end: line.start + cut }, { text: line.text.slice(cut), start: line.start + cut, end: line.end });
    return;
  }
}

/** Whether a line reads like a headline: short, no closing full stop unless it is in Title Case. */
export function looksLikeHeadline(line: string): boolean {
  // (A byline alone, "By Kemo Cham", is no headline however capitalised.)
  if (line.length > 160 || line.length < 12 || BULLET.test(line) || BYLINE_ONLY.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (words.length < 2) return false;
  const ratio = words.filter((w) => /^[A-Z0-9'"“‘&-]/.test(w)).length / words.length;
  // A sentence full of names can look like Title Case; one that ends in a full stop must be nearly all capitals (not
  // a name's "Jr.", a company's "Inc." or a country's "U.S.": "Transcript with Sen. Ferdinand Marcos, Jr.").
  const stop = /[.!?]["”’']?$/.test(line) && !/\b(?:Jr|Sr|Inc|Corp|Co|Ltd|Bros|[A-Z]\.[A-Z])\.$/.test(line);
  if (ratio >= (stop ? 0.95 : 0.7)) return true;
  // A short line in sentence case is a heading only if it is not reported speech, nor cut off inside a quote.
  const doubles = (line.match(/["“”]/g) ?? []).length;
  // (Nor a sentence quoted whole and signed after it: ""My commute is shorter. I'm happy." — Priya Shah, 41".)
  if (doubles % 2 === 1 || /\b(?:said|says|told|added)\b/.test(line) || /[.!?]["”]\s/.test(line)) return false;
  return line.length <= 80 && !/[.!?,;:]["”’']?$/.test(line);
}

const BULLET = /^[*•·–-]\s/;
const BYLINE_ONLY = /^By\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}$/u;
/** A menu's section labels above the headline, one a line: "World", "Business", "Sport" (shorter than any headline). */
const SECTION_LABEL = /^\p{Lu}[\p{L}&'-]{1,10}$/u;
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'on', 'in', 'to', 'for', 'at', 'by', 'with', 'from', 'as', 'is']);

export function isDateline(line: string): boolean {
  return DATELINE.some((re) => re.test(line));
}

/** A line as compared with the title or outlet: lower case, letters (of any script) and digits, single spaces. */
const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Splits an article into sections by kind: the report, a second author's opinion piece, reader comments,
 * link roundups, and the page furniture around them. The text is not changed; sections are offsets.
 */
export function splitSections(text: string, meta: ArticleMeta): Section[] {
  const lines = splitLines(text);
  if (meta.title === undefined) unglueHeadline(lines);
  const kinds: SectionKind[] = [];
  let mode: 'body' | 'comments' | 'end' = 'body';
  let title: string | undefined = meta.title;
  let seenContent = false;
  let proseLines = 0;
  let afterEnlarge = false;
  let body: SectionKind = 'report';
  let listed = false;
  // Each line is folded and judged as a headline at most once (both are asked several times of most lines).
  const folded: (string | undefined)[] = [];
  const foldedMeta = new Map<string, string>();
  const same = (i: number, b: string | undefined) => {
    if (b === undefined) return false;
    let fb = foldedMeta.get(b);
    if (fb === undefined) foldedMeta.set(b, (fb = fold(b)));
    return (folded[i] ??= fold(lines[i]!.text)) === fb;
  };
  const headline: (boolean | undefined)[] = [];
  const isHeadline = (i: number) => (headline[i] ??= looksLikeHeadline(lines[i]!.text));
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.text;
    const next = lines[i + 1]?.text;
    let kind: SectionKind;
    if (mode === 'end') kind = 'furniture';
    else if (END_OF_ARTICLE.test(line) && (seenContent || /^you may like$/i.test(line))) {
      kind = 'furniture';
      if (!/^\[ad_1\]$/i.test(line)) mode = 'end';
    } else if (listed && (isHeadline(i) || /^\d{1,2}\.\s/.test(line)) && !/[.!?]["”’']?$/.test(line)) {
      // The headlines under "Related stories" or "Most read", up to the next line of reporting.
      kind = 'furniture';
    } else if (isFurniture(line) || (!seenContent && title === undefined && (isMasthead(line) || (SECTION_LABEL.test(line) && [lines[i - 1]?.text, next].some((x) => x !== undefined && SECTION_LABEL.test(x)))))) {
      kind = 'furniture';
      afterEnlarge = /^enlarge image$/i.test(line);
    } else if (afterEnlarge) {
      // The caption under a picture, up to its photo credit.
      kind = 'furniture';
      afterEnlarge = next !== undefined && /^photo: /i.test(next);
    } else if (mode === 'comments' || (proseLines >= 3 && COMMENTS_START.some((re) => re.test(line)))) {
      mode = 'comments';
      kind = 'comments';
    } else if (same(i, meta.outlet) || same(i, meta.origin)) {
      kind = 'furniture';
    } else if ((isDateline(line) || STAMP_LINE.test(line)) && !seenContent) {
      kind = 'dateline';
    } else if ((ROUNDUP_LINE.test(line) && !(CALL_LABEL.test(line) && next !== undefined && SENTENCE.test(next))) || /^[A-Z]{2,6} Editor:/.test(line)) {
      kind = 'roundup';
    } else if (SOURCE_LINE.test(line) || CREDIT_LINE.test(line)) {
      kind = 'credit';
    } else if (title !== undefined && same(i, title)) {
      // The title again, lower down the page (as some copies repeat it).
      kind = seenContent ? 'furniture' : 'title';
    } else if (!seenContent && title === undefined && looksLikeTitle(line)) {
      kind = 'title';
      title = line;
    } else if (proseLines >= 3 && isHeadline(i) && !isDateline(line) && !STAMP_LINE.test(line) && next !== undefined && isPostByline(next, lines[i + 2]?.text)) {
      // A headline followed by a byline, after some of the report: another author's post on the same page.
      body = 'opinion';
      kind = 'heading';
    } else if (GLUED_STAMP.test(line)) {
      // A live page's entry heading with its stamp glued on ("1. Regulator 'too slow'published at 11:42 …").
      kind = 'heading';
    } else if (seenContent && kinds[i - 1] === 'heading' && BYLINE.test(line) && line.length < 40) {
      kind = 'byline';
    } else if (seenContent && isHeadline(i) && !/[.!?]["”’']?$/.test(line)) {
      kind = 'heading';
    } else {
      kind = body;
      seenContent = true;
      // (Lines of reporting, not a row of share buttons read as content: what a second post must come after.)
      if (/[.!?]["”’']?$/.test(line) && line.split(/\s+/).length >= 8) proseLines++;
    }
    listed = (listed && kind === 'furniture') || LIST_HEADING.test(line);
    kinds.push(kind);
  }
  // A headline standing alone inside a run of roundup lines is one of the roundup's own items.
  for (let i = 1; i < lines.length - 1; i++) {
    if (kinds[i - 1] === 'roundup' && kinds[i + 1] === 'roundup' && kinds[i] !== 'roundup' && isHeadline(i)) {
      kinds[i] = 'roundup';
    }
  }
  const sections: Section[] = [];
  lines.forEach((line, i) => {
    const kind = kinds[i]!;
    const last = sections.at(-1);
    if (last && last.kind === kind && !['title', 'heading', 'byline', 'dateline'].includes(kind)) last.end = line.end;
    else sections.push({ kind, start: line.start, end: line.end });
  });
  return sections;
}

/** The article's title as the page shows it: metadata first, else the title line found on the page. */
export function findTitle(text: string, sections: Section[]): string | null {
  const s = sections.find((x) => x.kind === 'title');
  return s ? text.slice(s.start, s.end) : null;
}
