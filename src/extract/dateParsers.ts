import type * as chrono from 'chrono-node';
import type { ParsingContext } from 'chrono-node';

/**
 * The date phrases chrono-node does not read as news copy means them, as parsers of our own (chrono's own parsers and
 * the refiners that resolve them against the article's day are in timeline.ts): weeks and months relative to the day
 * of writing ("last October"), "in 2011", dotted dates, "a day after", holidays, "on the 8th", "last Thursday", "8 and
 * 9 November", and a rewording tool's "as we speak".
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** The tag our parsers put on a result, with the precision they know: chrono's own results have none. */
export const TAG = 'parley/precision:';

/** "next week", "earlier this week", "since last week", and the reworded "subsequent week". */
const weekParser: chrono.Parser = {
  pattern: () => /\b(?:(?:earlier|later) )?(this|last|next|subsequent|following|previous|coming|past) week\b/i,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const word = match[1]!.toLowerCase();
    const offset = ['next', 'subsequent', 'following', 'coming'].includes(word) ? 7 : ['last', 'previous', 'past'].includes(word) ? -7 : 0;
    const d = addDays(context.refDate, offset);
    return context
      .createParsingComponents({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() })
      .addTag(`${TAG}week`);
  },
};

/** "next month", "last month", "this month". */
const monthParser: chrono.Parser = {
  pattern: () => /\b(this|last|next|subsequent|following|previous|coming) month\b/i,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const word = match[1]!.toLowerCase();
    const offset = word === 'this' ? 0 : ['last', 'previous'].includes(word) ? -1 : 1;
    const ref = context.refDate;
    const d = new Date(ref.getFullYear(), ref.getMonth() + offset, 1, 12);
    return context.createParsingComponents({ year: d.getFullYear(), month: d.getMonth() + 1, day: 1 }).addTag(`${TAG}month`);
  },
};

/** "June of last year", "in March this year". */
const monthOfYearParser: chrono.Parser = {
  pattern: () => new RegExp(`\\b(${MONTHS.join('|')})(?: of)? (last|next|this) year\\b`, 'i'),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const month = MONTHS.indexOf(match[1]!.toLowerCase()) + 1;
    const w = match[2]!.toLowerCase();
    const year = context.refDate.getFullYear() + (w === 'last' ? -1 : w === 'next' ? 1 : 0);
    return context.createParsingComponents({ year, month, day: 1 }).addTag(`${TAG}month`);
  },
};

/** "last October", "next March": the nearest such month before or after the one of writing, never that one. */
const lastMonthParser: chrono.Parser = {
  pattern: () => new RegExp(`\\b(last|next) (${MONTHS.join('|')})\\b`, 'i'),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const month = MONTHS.indexOf(match[2]!.toLowerCase());
    const ref = context.refDate;
    const back = match[1]!.toLowerCase() === 'last';
    const year = ref.getFullYear() + (back ? (month < ref.getMonth() ? 0 : -1) : month > ref.getMonth() ? 0 : 1);
    return context.createParsingComponents({ year, month: month + 1, day: 1 }).addTag(`${TAG}month`);
  },
};

/**
 * A bare year after a preposition: "in 2014", "since 2020", "by 2030"; not a number after a word for an amount ("a
 * total score of 2072", "a population of 1990").
 */
const yearParser: chrono.Parser = {
  pattern: () =>
    /\b(?:in|since|from|until|till|by|before|after|(?<!\b(?:score|total|sum|cost|price|value|rating|height|depth|population|tally|figure|number|average|balance|capacity|speed|weight|length|distance|count|level|budget|salary|fee|fine|limit|turnout|majority|margin|reading)\s)of|during) ((?:19|20)\d{2})\b(?![,.]?\d)/i,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    return context.createParsingComponents({ year: Number(match[1]), month: 1, day: 1 }).addTag(`${TAG}year`);
  },
};

/** "12.03.2024": a date with dots is day first, as Europe writes it and as the page's own date is read (see ownDate). */
const dottedDateParser: chrono.Parser = {
  pattern: () => /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})(?![\d.]\d)/,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    if (month > 12 || day > 31) return null;
    return context.createParsingComponents({ year, month, day }).addTag(`${TAG}day`);
  },
};

/**
 * "a day after": the sentence's event came one day before the article's own day ("the talks came a day after Russia
 * unveiled …"); not after a weekday, whose day it is: "resigned on Tuesday, a day after the vote".
 */
const dayAfterParser: chrono.Parser = {
  pattern: () => /\b(?:just |only )?(?:a|one) day (after|before)\b/i,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    if (/day,\s*$/i.test(context.text.slice(Math.max(0, match.index! - 12), match.index))) return null;
    const d = addDays(context.refDate, match[1]!.toLowerCase() === 'after' ? -1 : 1);
    return context.createParsingComponents({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() }).addTag(`${TAG}day`);
  },
};

/**
 * "on Christmas Eve", "before Easter", "last Thanksgiving": a holiday after a preposition or "last"/"next"/"this", on
 * its day in the year that puts it nearest the article's day (the last one before it after "last", the next after
 * "next"). Not a holiday used as a word of a name: "the Christmas market" ("On Christmas Eve the bridge fell" is one).
 */
const holidayParser: chrono.Parser = {
  pattern: () => /\b(?:[Oo]n|[Oo]ver|[Aa]t|[Bb]efore|[Aa]fter|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]rom|[Dd]uring|[Aa]round|([Ll]ast|[Nn]ext|[Tt]his))\s+(Christmas Eve|Christmas Day|Christmas|New Year['’]s Eve|New Year['’]s Day|Boxing Day|Halloween|Valentine['’]s Day|Thanksgiving(?: Day)?|Good Friday|Easter Sunday|Easter Monday|Easter)\b(?!\s+(?:Eve|Day)\b)(?!\s+(?!(?:the|a|an|he|she|they|it|we|i|and|or|but|to|in|at|on|with|when|as|for|until|from|after|before|while|was|is|were|will|would|this|that|last|next)\b)\p{Ll})/u,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const ref = context.refDate;
    const at = (y: number) => holiday(match[2]!.replace('’', "'"), y);
    const days = [ref.getFullYear() - 1, ref.getFullYear(), ref.getFullYear() + 1].map(at);
    const which = match[1]?.toLowerCase();
    const d =
      which === 'last' ? days.filter((x) => x < ref).at(-1)!
      : which === 'next' ? days.find((x) => x > ref)!
      : nearestTo(ref, days);
    return context.createParsingComponents({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() }).addTag(`${TAG}day`);
  },
};

/**
 * "on the 8th": that day of the article's month, or of the month before or after, whichever is nearest the article's
 * day. (Not "on the 8th floor", "on the 3rd of June" (chrono's), "on the 4th hole".)
 */
const ordinalDayParser: chrono.Parser = {
  pattern: () => /\bon the (\d{1,2})(?:st|nd|rd|th)\b(?![\s-]+(?:of|floor|day|hole|lap|round|minute|anniversary|century|attempt|time|try|ballot|vote|place)\b)/,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const ref = context.refDate;
    const day = Number(match[1]);
    if (day < 1 || day > 31) return null;
    const days = [-1, 0, 1].map((k) => new Date(ref.getFullYear(), ref.getMonth() + k, day, 12)).filter((d) => d.getDate() === day);
    const d = nearestTo(ref, days);
    return context.createParsingComponents({ year: d.getFullYear(), month: d.getMonth() + 1, day }).addTag(`${TAG}day`);
  },
};

/** Of some days, the one nearest the reference day (the first of two as near). */
function nearestTo(ref: Date, days: readonly Date[]): Date {
  return days.reduce((a, b) => (Math.abs(b.getTime() - ref.getTime()) < Math.abs(a.getTime() - ref.getTime()) ? b : a));
}

/** A holiday's day in a year (Easter by the Gregorian computus; Thanksgiving the fourth Thursday of November). */
function holiday(name: string, year: number): Date {
  const fixed: Record<string, [number, number]> = { 'Christmas Eve': [12, 24], 'Christmas Day': [12, 25], Christmas: [12, 25], "New Year's Eve": [12, 31], "New Year's Day": [1, 1], 'Boxing Day': [12, 26], Halloween: [10, 31], "Valentine's Day": [2, 14] };
  if (fixed[name]) return new Date(year, fixed[name][0] - 1, fixed[name][1], 12);
  if (name.startsWith('Thanksgiving')) {
    const first = new Date(year, 10, 1, 12);
    return new Date(year, 10, 1 + ((4 - first.getDay() + 7) % 7) + 21, 12);
  }
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const easter = new Date(year, Math.floor((h + l - 7 * m + 114) / 31) - 1, ((h + l - 7 * m + 114) % 31) + 1, 12);
  return addDays(easter, name === 'Good Friday' ? -2 : name === 'Easter Monday' ? 1 : 0);
}

/**
 * "last Thursday": the last such day before the article's, but the week's before when that is yesterday (as news copy
 * calls yesterday "Thursday"; "ended last Thursday" in a Friday story is eight days before). On a Monday, yesterday is
 * already last week's.
 */
const lastWeekdayParser: chrono.Parser = {
  pattern: () => /\blast (sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i,
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const ref = context.refDate;
    const target = WEEKDAYS.indexOf(match[1]!.toLowerCase());
    let back = (ref.getDay() - target + 7) % 7 || 7;
    if (back === 1 && ref.getDay() !== 1) back = 8;
    const d = addDays(ref, -back);
    return context.createParsingComponents({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() }).addTag(`${TAG}day`);
  },
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/**
 * "on 8 and 9 November", "3, 4 and 5 March 2021", "8 and 9 May last year": days joined before one month, from the first (chrono reads the last
 * alone); its year is the article's unless written, and moved as any day of a month with no year is (see findDates).
 */
const joinedDaysParser: chrono.Parser = {
  pattern: () => new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?(?:,\\s*\\d{1,2}(?:st|nd|rd|th)?)*,?\\s+and\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(${MONTHS.join('|')})\\b(?:,?\\s+((?:19|20)\\d{2})\\b|\\s+(last|this|next) year\\b)?`, 'i'),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const [day, month] = [Number(match[1]), MONTHS.indexOf(match[2]!.toLowerCase()) + 1];
    if (day < 1 || day > 31) return null;
    const c = context.createParsingComponents({ month, day });
    const relative = match[4]?.toLowerCase();
    if (match[3] || relative) c.assign('year', match[3] ? Number(match[3]) : context.refDate.getFullYear() + (relative === 'last' ? -1 : relative === 'next' ? 1 : 0));
    else c.imply('year', context.refDate.getFullYear());
    return c.addTag(`${TAG}day`);
  },
};

/** "as we speak" is what a rewording tool makes of "today". */
const asWeSpeakParser: chrono.Parser = {
  pattern: () => /\bas we speak\b/i,
  extract(context: ParsingContext) {
    const d = context.refDate;
    return context.createParsingComponents({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() }).addTag(`${TAG}day`);
  },
};

/** A date `n` days from `d`, at local noon (safe from time zones). */
export function addDays(d: Date, n: number): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + n, 12);
}

/** Ours, tried before chrono's own (see preferOwnRefiner in timeline.ts). */
export const OWN_PARSERS: chrono.Parser[] = [weekParser, monthParser, monthOfYearParser, lastMonthParser, yearParser, dottedDateParser, dayAfterParser, holidayParser, ordinalDayParser, lastWeekdayParser, joinedDaysParser, asWeSpeakParser];
