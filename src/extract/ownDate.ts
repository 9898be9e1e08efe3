import type { DateSource, Section } from '../model.js';
import { CONTENT_SECTIONS, isRealDay } from '../model.js';
import { GLUED_STAMP, STAMP_OPENING } from '../ingest/sections.js';
import { NAME_HEADING } from './introductions.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// (A clock time may be glued to the year: "Nov 20 20194:29 AM EST".)
const YEAR = '((?:19|20)\\d{2})(?!\\d(?!\\d?:\\d{2}))';
/** Full dates with the year written out, each with where its parts stand. Years may be glued to the next word. */
const FORMS: { re: RegExp; y: number; m: number; d: number; numericMonth?: 'day-first' | 'us' }[] = [
  { re: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, y: 1, m: 2, d: 3 },
  // (A comma may be glued to the year: "11 November,2021", "November 11,2021".)
  { re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*|\\s+)${YEAR}`, 'i'), y: 3, m: 1, d: 2 },
  { re: new RegExp(`(?<!\\d)(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,\\s*|\\s+)${YEAR}`, 'i'), y: 3, m: 2, d: 1 },
  // Dots: day first, as Europe writes it (12.03.2024). Slashes: month first unless the first number is over 12.
  { re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?!\d)/, y: 3, m: 2, d: 1, numericMonth: 'day-first' },
  { re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d{2})(?!\d)/, y: 3, m: 1, d: 2, numericMonth: 'us' },
  // Dashes: day first, as Indian and European pages print it ("21-01-2022"), unless the second number is over 12.
  { re: /(?<![\d-])(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?![\d-])/, y: 3, m: 2, d: 1, numericMonth: 'day-first' },
  // A two-digit year only with a clock time after it, as bylines print it ("11/19/19 06:56 AM EST"): 20YY.
  { re: /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{2})(?=\s+(?:at\s+)?\d{1,2}:\d{2})/, y: 3, m: 1, d: 2, numericMonth: 'us' },
  // (With dots, day first, after a stamp's word or before a clock time: "Published 31.08.25, 09:08 PM".)
  { re: /(?<=\b(?:Published|Updated|Posted)\s+)(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.])/i, y: 3, m: 2, d: 1, numericMonth: 'day-first' },
  { re: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{2})(?=,?\s+\d{1,2}:\d{2})/, y: 3, m: 2, d: 1, numericMonth: 'day-first' },
  // The year first with dots or slashes, as East Asian pages print it ("2016.12.01").
  { re: /(?<![\d./])((?:19|20)\d{2})[./](\d{1,2})[./](\d{1,2})(?![\d./])/, y: 1, m: 2, d: 3, numericMonth: 'day-first' },
];

const pad = (n: number) => String(n).padStart(2, '0');
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** A weekday right before a date: "Friday ", "Fri., ". */
const WEEKDAY_BEFORE = /\b((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*)\.?,?\s+$/i;

/** A real calendar day as YYYY-MM-DD, or null (2022-02-30 is not one). */
export function calendarDay(y: number, m: number, d: number): string | null {
  return isRealDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** The first full date in a text (see FORMS), as YYYY-MM-DD; null when there is none or it is no real day. */
export function findFullDate(text: string): string | null {
  let best: { at: number; day: string } | null = null;
  for (const f of FORMS) {
    const m = f.re.exec(text);
    if (!m || (best && best.at <= m.index)) continue;
    const month = f.numericMonth || /^\d+$/.test(m[f.m]!) ? Number(m[f.m]) : MONTHS.indexOf(m[f.m]!.slice(0, 3).toLowerCase()) + 1;
    let [mm, dd] = [month, Number(m[f.d])];
    const year = Number(m[f.y]);
    // (A weekday written before a numeric date decides its order: "Saturday 01/03/2025" is 1 March; 3 January was a Friday.)
    const weekday = f.numericMonth ? WEEKDAY_BEFORE.exec(text.slice(Math.max(0, m.index - 14), m.index))?.[1] : undefined;
    const on = (a: number, b: number) => new Date(Date.UTC(year < 100 ? 2000 + year : year, a - 1, b)).getUTCDay() === WEEKDAYS.indexOf(weekday!.slice(0, 3).toLowerCase());
    if ((f.numericMonth && mm > 12) || (weekday && dd <= 12 && !on(mm, dd) && on(dd, mm))) [mm, dd] = [dd, mm];
    const day = calendarDay(year < 100 ? 2000 + year : year, mm, dd);
    if (day) best = { at: m.index, day };
  }
  return best?.day ?? null;
}

/** Every full date in a text, as with findFullDate: the latest as YYYY-MM-DD, or null. */
export function latestFullDate(text: string): string | null {
  let latest: string | null = null;
  for (const f of FORMS_ALL) {
    f.re.lastIndex = 0;
    for (let m = f.re.exec(text); m; m = f.re.exec(text)) {
      const day = findFullDate(m[0]);
      if (day && (!latest || day > latest)) latest = day;
    }
  }
  return latest;
}
const FORMS_ALL = FORMS.map((f) => ({ ...f, re: new RegExp(f.re.source, `${f.re.flags}g`) }));

/** Lines that hold someone else's date: photo captions and credits, embedded posts, copyright. */
// ("… Herat province on Oct. 8, 2023. (Photo by Jan Roe/AFP via Getty Images)": a credit in brackets, or an agency
// after a photographer's slash, marks a caption.)
// (A site's widget with today's date and weather, "Tue, 20 Dec 2022 | 18°C Sunny", is the day it was copied, not the
// page's; a reader's comment, "Ana Ruiz on September 12, 2018 at 4:47 pm said:", its writer's; a cookie notice's, "our
// Privacy Policy … became effective May 23rd, 2018", the policy's.)
const NOT_OWN = /\d\s*°[CF]?|^(?:file photo|photo|image|picture|caption)\b|\b(?:REUTERS|AFP|AP|Getty Images)\/|\/(?:AFP|AP|Reuters|EPA|Xinhua|Getty)\b|\((?:\w+ )?(?:photo|photograph|image|picture)s?\b|\b(?:AP|AFP|Reuters|Xinhua|Yonhap|EPA|Kyodo)(?:-\w+)? \|$|\bfile photo\b|\(@\w+\)|©|copyright|\bborn\b|\b(?:said|says|wrote|writes|replied):\s*$|\bcookies?\b|\bprivacy (?:policy|notice)\b|\bterms of (?:use|service)\b/i;
/** Stamp words that make a line the page's own date however long it is. */
const STAMP = new RegExp(`${STAMP_OPENING.source}|^date\\b|^(?:by\\s+)?[\\w .'-]{0,60}\\b(?:GMT|UTC|BST|CET|EST|EDT|PST|IST|HKT|ET)\\b`, 'i');
/** "NAIROBI, March 4, 2025 (Reuters) –": a place, a comma and a full date opening the first paragraph. */
const WIRE_DATELINE = new RegExp(`^\\p{Lu}[\\p{L} .'-]{1,40},\\s+(?:${MONTH}\\s+\\d{1,2},?\\s+${YEAR}|\\d{1,2}\\s+${MONTH}\\s+${YEAR})`, 'iu');
/** Stamp words, times, weekdays and zones: what a date line holds besides its date ("… / Updated 2 years ago", "5 min read"). */
const STAMP_WORDS = /\b(?:published|updated|posted|last|first|at|on|by|of|ago|years?|months?|weeks?|days?|hours?|minutes?|mins?|hrs?|read|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|[ap]\.?m\.?|gmt|utc|bst|cet|est|edt|pst|ist|hkt|et|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/gi;

/** What a line holds once its full dates, times and stamp words are gone. */
function besidesDate(line: string): string {
  let rest = line;
  for (const f of FORMS) rest = rest.replace(f.re, ' ');
  return rest.replace(STAMP_WORDS, ' ');
}

/** Whether a line holds nothing but a date, times and stamp words. */
const dateOnly = (line: string) => !/\p{L}/u.test(besidesDate(line));

/** Whether a line is little but a date: at most one lower-case word left once the date, times and stamp words are gone. */
function mostlyDate(line: string): boolean {
  const rest = besidesDate(line);
  return rest.replace(/[^\p{L}\d]+/gu, ' ').trim().length <= 60 && (rest.match(/(?<!\p{L})\p{Ll}{3,}/gu) ?? []).length <= 1;
}

/** A short line that is little but a full date: one of a list's stamps (see ownDate). */
const stampLike = (l: string | undefined) => l !== undefined && l.length <= 40 && mostlyDate(l) && findFullDate(l) !== null;
/** A line's shape, digits and words aside: "11/13/19 11:00AM" and "11/12/19 4:40PM" are one. */
const shape = (l: string) => l.replace(/\d+/g, '0').replace(/\p{L}+/gu, 'a');

/** A full date closing the first line, after "on", a comma, a dash or a bracket. */
// ("… meeting with the President (Niamey, 14.03.2023)": a ministry's record dates its title day first, with dots.)
const TITLE_ENDS_IN_DATE = new RegExp(`(?:\\bon\\s+|[,(–—-]\\s*)((?:${MONTH}\\s+\\d{1,2},?|\\d{1,2}\\s+${MONTH},?)\\s+${YEAR}|\\d{1,2}\\.\\d{1,2}\\.${YEAR})\\)?\\s*$`, 'i');

/** How far down the page a stamp may stand: the lines above and just below the headline. */
const HEAD_LINES = 12;
/** How far a stamp with a clock time may stand when only short lines of page furniture come before it (a site's whole menu can). */
const FURNITURE_LINES = 300;
/** A byline alone on its line: "By Carrie Arnold". */
const BYLINE = /^By\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}$/u;
/** How many lines above the report's first line of prose a date alone may stand, past the head (see ownDate). */
const REPORT_BELOW = 5;
/**
 * Whether the report's first line of prose follows line `i` within a few lines, or past only a share panel's short
 * lines ("Share this with Facebook", "Copy this link"), not a menu's.
 */
function reportBelow(page: PageLines, i: number): boolean {
  const below = page.slice(i + 1, i + 1 + SHORT_LINES_BELOW);
  const k = below.findIndex(isProse);
  if (k < 0 || k < REPORT_BELOW) return k >= 0;
  const between = below.slice(0, k);
  return between.every((l) => l.length <= 60) && between.filter((l) => SHARING.test(l)).length * 2 >= between.length;
}
const SHORT_LINES_BELOW = 40;
const SHARING = /(?:^|[^a-z])(?:shar(?:e|es|ing)|facebook|twitter|email|whatsapp|messenger|linkedin|pinterest|reddit|link|print|comments?)\b/i;
/** A text's lines that hold anything, trimmed, read only as far as they are asked for (most pages need a few dozen). */
class PageLines {
  private readonly read: string[] = [];
  private readonly rest: Iterator<RegExpMatchArray>;
  constructor(text: string) {
    this.rest = text.matchAll(/[^\n]+/g);
  }
  at(k: number): string | undefined {
    while (this.read.length <= k) {
      const next = this.rest.next();
      if (next.done) return undefined;
      const line = next.value[0].trim();
      if (line) this.read.push(line);
    }
    return this.read[k];
  }
  slice(from: number, to: number): string[] {
    this.at(to - 1);
    return this.read.slice(Math.max(0, from), to);
  }
}
/** How many lines of prose a stamp may stand below: a standfirst or two before the report. */
const STANDFIRST_LINES = 2;
// (Also glued to the year before it: "Nov 15, 20195:45 AM".)
// (With a full stop before a zone, "18.54 GMT", and after an ISO date's T: "2019-11-19T12:48:14Z".)
const CLOCK = /\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b|[AP]M\b)|\b\d{1,2}:\d{2}\b|(?<=(?:19|20)\d\d)\d{1,2}:\d{2}\b|\b\d{1,2}\.\d{2}\s+(?:GMT|UTC|BST|CET|ET)\b|(?<=\dT)\d{2}:\d{2}/i;
/** A line of the report itself: a dozen words or more, with a sentence's full stop. */
// (Not a site's notice, "We've detected you are on Internet Explorer", nor a headline in title case.)
const isProse = (line: string) => {
  if (line.length < 80 || !/[.!?]["”’]?(?:\s|$)/.test(line) || NOT_OWN.test(line) || SITE_NOTICE.test(line)) return false;
  const words = line.split(/\s+/);
  return words.length >= 12 && words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 < words.length;
};
/** What a site tells its reader about the page, not the report: browsers, licences, subscriptions, affiliate links. */
const SITE_NOTICE = /\b(?:browser|Internet Explorer|JavaScript|non-commercial use|supported by (?:its|our) (?:audience|readers)|affiliate commission|subscribe|subscription|sign up|newsletter)\b/i;

/**
 * The article's own date: its metadata; a dateline or stamp among the first lines ("Published: 9:15 AM March 3,
 * 2024", "Monday, 12 May 2025 09:40 GMT", "14:05 12.03.2024", "HC Deb 14 January 2025", "NAIROBI, March 4, 2025
 * (Reuters) –"); else a full date in the first lines of the report. Captions, credits and embedded posts never count.
 */
export function ownDate(text: string, sections: readonly Section[], published: string | undefined): { date: string | null; source: DateSource; monthDay?: string } {
  if (published) return { date: published, source: 'metadata' };
  let lines = 0;
  let proseLines = 0;
  let lastLine = '';
  let monthDay: string | undefined;
  let previous = '';
  const page = new PageLines(text);
  // (The headline may stand below a menu's lines: "Home > Remarks" ⏎ "… Regular Press Conference on March 3, 2024".)
  const title = sections.find((s) => s.kind === 'title');
  const titleLine = title ? text.slice(title.start, title.end).trim() : null;
  for (let i = 0, line = page.at(0); line !== undefined; line = page.at(++i)) {
    // (Past the first lines, only above the report, and only a stamp with its clock time: a page's teasers, share and
    // comment lines can stand between the headline and "November 18, 2019 | 4:10pm".)
    // (A line that says it is a stamp may stand below a standfirst or two: "PUBLISHED: 10:48, Tue, Nov 19, 2019" under
    // the bold first paragraph.)
    const belowHead = ++lines > HEAD_LINES;
    if (belowHead && (proseLines > STANDFIRST_LINES || lines > FURNITURE_LINES)) break;
    // (So may a date with its clock time and little else, "By Ana Ruiz November 19, 2019, 07:47 PM EST", or a date
    // alone right under a byline: "By Carrie Arnold" ⏎ "November 15, 2019".)
    // (Only below the head, where it decides; a year first, the cheap test.)
    // (Or a line that is mostly its date, under a standfirst or a caption at most and right above the report's first
    // lines (or past only short lines: a share panel), however much menu stands above it: "November 18, 2019" ⏎
    // "Share" ⏎ the report; "by Jeff Foust — November 18, 2019".)
    // (Only a date, or a date and a byline: not a teaser's "Wednesday November 20, 2019 Wednesday's Daily Headlines".)
    const overReport = () => proseLines <= STANDFIRST_LINES && (dateOnly(line) || /\bby:?\s+\p{Lu}/iu.test(line)) && reportBelow(page, i);
    const stamp = belowHead && (STAMP_OPENING.test(line) || ((CLOCK.test(line) || BYLINE.test(lastLine) || overReport()) && line.length <= 120 && /(?:19|20)\d\d/.test(line) && mostlyDate(line) && findFullDate(line) !== null));
    lastLine = line;
    const afterProse = proseLines > 0;
    if (isProse(line)) proseLines++;
    if (belowHead && afterProse && !stamp) continue;
    // (Or one that says it is a stamp: "UPDATED: Tue., Nov. 19, 2019" under a site's menu.)
    if (belowHead && !CLOCK.test(line) && !stamp) continue;
    // (A date under "Christine Lagarde (ECB)" is the day that person spoke, not the page's.)
    const underName = NAME_HEADING.test(previous);
    previous = line;
    if (NOT_OWN.test(line) || underName) continue;
    // A headline that ends in its day: "Spokesperson's Regular Press Conference on September 14, 2015".
    const titled = lines === 1 || line.trim() === titleLine ? TITLE_ENDS_IN_DATE.exec(line) : null;
    if (titled && findFullDate(titled[1]!)) return { date: findFullDate(titled[1]!), source: 'dateline' };
    // A stamp, a wire dateline, or a short line that is mostly its date; a sentence's dates are the story's, not the page's.
    // (The i flag lets \p{Lu} match any letter: the capital is checked apart.)
    const wire = /^\p{Lu}/u.test(line) ? WIRE_DATELINE.exec(line) : null;
    // ("Committee adjournspublished at 12:13 British Summer Time 27 October 2016": a live entry's heading with its
    // stamp glued to the end.)
    const glued = GLUED_STAMP.exec(line);
    const head = wire ? wire[0] : glued ? glued[0] : STAMP.test(line) || (line.length <= 120 && mostlyDate(line)) ? line : '';
    const d = head ? findFullDate(head) : null;
    // (Past the head, not one of a list of other stories, each a headline and a stamp: "Recent from Ana Ruiz" ⏎ a
    // headline ⏎ "11/13/19 11:00AM" ⏎ another headline ⏎ "11/13/19 9:00AM".)
    // (Stamps of one shape: "11/13/19 11:00AM", "11/12/19 4:40PM".)
    const listed = () => !stampLike(page.at(i - 1)) && !stampLike(page.at(i + 1)) && [...page.slice(i - 6, i - 1), ...page.slice(i + 2, i + 7)].some((l) => stampLike(l) && shape(l) === shape(line));
    if (d && !(belowHead && listed())) return { date: d, source: 'dateline' };
    monthDay ??= dayOnlyDateline(line);
  }
  let contentLines = 0;
  for (const [i, s] of sections.entries()) {
    if (!CONTENT_SECTIONS.has(s.kind) || contentLines >= 3) continue;
    // (Nor a date in the report just under such a heading.)
    const heading = sections[i - 1];
    let underName = heading?.kind === 'heading' && NAME_HEADING.test(text.slice(heading.start, heading.end).trim());
    for (const l of text.slice(s.start, s.end).split('\n')) {
      if (!l.trim() || NOT_OWN.test(l.trim())) continue;
      if (underName) {
        underName = false;
        continue;
      }
      if (++contentLines > 3) break;
      // ("The memo reads … It is dated 3 September 2024": a document's own date is no day of the story's.)
      if (DOCUMENT_DATE.test(l)) continue;
      const d = findFullDate(l);
      // (Not a date of another day than the dateline's: "GENEVA, January 21. /TASS/." over "On December 17, 2021, the
      // ministry published …" is a story of January 21; its year comes from the same story.)
      if (d && (!monthDay || d.slice(5) === monthDay)) return { date: d, source: 'text' };
    }
  }
  return monthDay ? { date: null, source: 'none', monthDay } : { date: null, source: 'none' };
}

/** A date that dates a document: "dated 3 September 2024", "signed on March 2, 2023", "filed on 4 May 2021". */
const DOCUMENT_DATE = new RegExp(`\\b(?:dated|signed|written|sent|issued|filed)\\s+(?:on\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH}\\s+\\d`, 'i');

/** "GENEVA, Jan 21 (Reuters) -", "NUSA DUA, Indonesia, Nov 16 (Reuters) -", "MOSCOW, January 21. /TASS/.", "Jan 21 –": a dateline with no year. */
const DAY_DATELINE = new RegExp(`^(?:\\p{Lu}[\\p{L} .'-]{1,40},\\s+){0,2}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s*(?:\\(|[-–—:/])`, 'iu');

/** The month and day ("01-21") of a dateline with no year, if the line opens with one. */
function dayOnlyDateline(line: string): string | undefined {
  const m = /^\p{Lu}/u.test(line) ? DAY_DATELINE.exec(line) : null;
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1;
  const day = Number(m[2]);
  // (A leap day is a real day in some year; 2000 is one.)
  return isRealDay(2000, month, day) ? `${pad(month)}-${pad(day)}` : undefined;
}

/** The day with this month and day nearest to a date of another article on the same story ("01-21" near 2022-01-20). */
export function nearestDay(monthDay: string, near: string): string {
  const year = Number(near.slice(0, 4));
  const candidates = [year - 1, year, year + 1].map((y) => `${y}-${monthDay}`).filter((d) => isRealDay(Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8))));
  const distance = (d: string) => Math.abs(Date.parse(d) - Date.parse(near));
  return candidates.sort((a, b) => distance(a) - distance(b))[0] ?? near;
}
