import * as chrono from 'chrono-node';
import type { ParsingContext, ParsingResult } from 'chrono-node';
import type { Precision, TimelineEvent } from '../model.js';
import { addDays, OWN_PARSERS, TAG } from './dateParsers.js';

/** A date found in a sentence, resolved against the article's own date. */
export interface FoundDate {
  date: string;
  precision: Precision;
  phrase: string;
  relation: TimelineEvent['relation'];
  /** Offset of the phrase within the text that was parsed. */
  index: number;
  /** The date is written out to its precision ("July 7, 2022", "March 2020", "in 2011"): no reference day reads it. */
  stated: boolean;
}

/** Durations are not dates: "scheduled to last two hours", "for a week", "over the last week", "90 minutes". */
const durationRefiner: chrono.Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]) {
    return results.filter((r) => {
      const before = context.text.slice(Math.max(0, r.index - 12), r.index).toLowerCase();
      if (/\b(?:hours?|minutes?|seconds?)\b/i.test(r.text) && !/\d\s*(?:a\.m\.|p\.m\.|am|pm)/i.test(r.text)) return false;
      if (/\b(?:for|over(?: the)?|within|during)\s+$/.test(before) && /\b(?:a|last|past|week|weeks|days?)\b/i.test(r.text)) return false;
      if (/^(?:for|over) /i.test(r.text)) return false;
      // A span counted from something the story narrates, not from the day it is written: "after four days of talks",
      // "two weeks later" ("later this week" and "a day after" are the writer's own time and stay).
      if (/^after\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s/i.test(r.text)) return false;
      if (/\b(?:days?|weeks?|months?|years?)\s+later$/i.test(r.text)) return false;
      // ("in the last weekend of the festival", "the first week of May": a part of something named, not the writer's last weekend.)
      if (/^(?:last|next|this|first|final)\s+(?:weekend|week|month|day|year)$/i.test(r.text.trim()) && /\bthe\s+$/i.test(before) && /^\s+of\s/i.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 5))) return false;
      // ("the day before the findings were sent": a day counted from something narrated, not from the writer's day.)
      if (/^the\s+day\s+(?:before|after)$/i.test(r.text.trim()) && /^\s+(?:the|a|an|his|her|its|their|this|that|\p{Lu})/u.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 6))) return false;
      // ("two days after an inquiry found …", "a week after the FBI searched": a span from something narrated; ours keep.)
      if (/^(?:(?:less|more) than\s+)?(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+(?:days?|weeks?|months?|years?)|the\s+(?:week|month|year))\s+(?:after|before)$/i.test(r.text.trim()) && ![...r.tags()].some((t) => t.startsWith(TAG))) return false;
      const phrase = r.text.trim();
      // A bare number after "from" is an amount, not an hour ("grow from 16 currently", "down from 1.808%"); "earlier in
      // the day" or "in the week" is no next day or week.
      if (/^from\s+\d{1,2}$/i.test(phrase) || /^(?:earlier |later )?in the (?:day|week)\b/i.test(phrase)) return false;
      // "the last 12 months" is a span, not the month it began ("last month" is one).
      if (/^(?:the\s+)?(?:last|past)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+\w+$/i.test(phrase)) return false;
      // A fraction is no date: "a near 1-1/2 year trade war", "rose 1/2 percent" (a day and month alone only after "on").
      if (/^\d{1,2}\/\d{1,2}$/.test(phrase) && !/\bon\s+$/i.test(before)) return false;
      // A vague span is no date: "in the next few days", "in a few weeks", "in the coming days".
      if (/\b(?:few|several|couple|coming\s+(?:days|weeks|months))\b/i.test(r.text)) return false;
      // ("a protest march", "it may rain": a month's name in lower case is the common word.)
      if (/^(?:march|may)$/.test(phrase)) return false;
      if (/^(?:right )?now$/i.test(phrase)) return false; // "now" is the time of writing, not a dated statement
      // ("serving at 5-4", "led 2-1 at half-time": a score is no time of day.)
      if (/^at\s+\d{1,2}\s*[-–]\s*\d{1,2}$/i.test(phrase)) return false;
      // (A year before the Common Era, "January 30 BC", has no form in the dates we keep.)
      if ((r.start.get('year') ?? 1) < 1) return false;
      return true;
    });
  },
};

/** Where our own parsers and chrono's overlap, ours (which know the precision) win; the longer match wins otherwise. */
const preferOwnRefiner: chrono.Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]) {
    const own = (r: ParsingResult) => [...r.tags()].some((t) => t.startsWith(TAG));
    const kept: ParsingResult[] = [];
    for (const r of [...results].sort((a, b) => Number(own(b)) - Number(own(a)) || b.text.length - a.text.length)) {
      const end = r.index + r.text.length;
      if (kept.some((k) => r.index < k.index + k.text.length && k.index < end)) continue;
      kept.push(r);
    }
    return kept.sort((a, b) => a.index - b.index);
  },
};

/** Words before a time that put it ahead: "will", "is due to"; for "midnight" also "tonight". */
// ("agreed to meet in Sochi on Monday": a plan made in the past is ahead of it.)
const FUTURE = 'will|shall|would|plans? to|planned for|due to|(?:is|are) due|set to|set for|scheduled|expected to|(?:is|are|be) expected|(?:agreed|intends?|intended|hopes?|hoped|forecast|predicted|projected) to';
const FUTURE_LEAD = new RegExp(String.raw`\b(?:${FUTURE}|tonight)\b|['’]ll\b`, 'i');

/** Words before a weekday that put it ahead, reported future included ("was to", "would"), and "this coming Friday". */
// (A schedule in the present tense is ahead too: "the summit ends on Saturday", "talks resume in Geneva on Monday".)
const SCHEDULED = String.raw`\b(?:begins|starts|(?:re)?opens|ends|closes|resumes?|meets?|(?:re)?convenes?|kicks? off|takes? place|gets? under way)\s+(?:(?!of\s)[a-z]+\s+){0,2}$`;
const WEEKDAY_FUTURE = new RegExp(String.raw`\b(?:${FUTURE}|is to|are to|was to|were to)\b|['’]ll\b|\b(?:up)?coming\s+$|${SCHEDULED}`, 'i');

/**
 * News weekdays: "on Thursday" in a story dated Friday is the day before, not the coming week.
 * A weekday is the latest such day on or before the article's day, unless the sentence speaks of the future.
 */
const newsWeekdayRefiner: chrono.Refiner = {
  refine(context: ParsingContext, results: ParsingResult[]) {
    for (const r of results) {
      if (!r.start.isCertain('weekday') || r.start.isCertain('day') || /\b(?:next|last|this)\b/i.test(r.text)) continue;
      const lead = context.text.slice(Math.max(0, r.index - 40), r.index);
      // (Reported speech puts the future one step back: "said the meeting would take place on Friday".)
      // ("this coming Friday" is ahead; "was coming to Tuesday's meeting" is a past story's motion, not the future.)
      // ("On Saturday, Lavrov will return to Moscow": a weekday opening the sentence takes the tense of the verb after it.)
      const opens = /(?:^|[.!?]\s+)(?:[Oo]n\s+)?$/.test(lead);
      // ("cancelled all flights to Rhodes until Tuesday": a span running up to a weekday runs ahead, unless it lasted.)
      const until = /\b(?:until|till)\s+$/.test(lead) && !/\b(?:lasted|stayed|remained|continued|ran|waited|held|went)\b/.test(context.text.slice(0, r.index));
      const future = until || WEEKDAY_FUTURE.test(lead) || futureLast(context.text.slice(Math.max(0, r.index - 200), r.index)) || (opens && FUTURE_LEAD.test(context.text.slice(r.index + r.text.length, r.index + r.text.length + 50).replace(/^\s*,/, '').split(/[,.;!?]/)[0]!));
      const ref = context.refDate;
      const want = r.start.get('weekday')!;
      let diff = want - ref.getDay();
      if (future) diff = ((diff % 7) + 7) % 7;
      else diff = -(((ref.getDay() - want) % 7) + 7) % 7;
      const d = addDays(ref, diff);
      r.start.imply('year', d.getFullYear());
      r.start.imply('month', d.getMonth() + 1);
      r.start.imply('day', d.getDate());
    }
    return results;
  },
};

/** "convicted in November of wire fraud": chrono's month reads "of" awaiting a year that never comes; the phrase is the month. */
const trailingOfRefiner: chrono.Refiner = {
  refine(_context: ParsingContext, results: ParsingResult[]) {
    for (const r of results) r.text = r.text.replace(/\s+of$/i, '');
    return results;
  },
};

const parser = chrono.casual.clone();
parser.parsers.unshift(...OWN_PARSERS);
parser.refiners.push(trailingOfRefiner, durationRefiner, preferOwnRefiner, newsWeekdayRefiner);

/** A verb in the past somewhere in the sentence. */
// (Irregular pasts too: "The strike began at midnight", "the storm struck at midnight".)
const PAST = /\b(?:was|were|had|did|[a-z]{3,}ed|began|came|went|fell|rose|took|broke|struck|left|ran|saw|told|said|made|gave|met|shut|stood|spoke|kept|held|won|lost|fought|fled|sent|brought|caught|found|became|grew|drew|flew|threw|wrote|woke)\b/;

/**
 * Whether the sentence before a weekday speaks of the future by its last verb: "will open talks at a training centre
 * outside Washington on Monday" is ahead, far as "will" stands; "officials who will attend arrived on Monday" is past.
 * A participle after "have" or "be" in the future's own clause is no past: "expected to have the fire contained by Friday".
 */
function futureLast(before: string): boolean {
  const sentence = before.slice(before.search(/[^.!?]*$/));
  const last = (re: RegExp) => {
    let at = -1;
    for (const m of sentence.matchAll(re)) at = m.index;
    return at;
  };
  const [future, past] = [last(FUTURE_ALL), last(PAST_ALL)];
  return future >= 0 && (future >= past || (/\b(?:have|be|been|get)\b/.test(sentence.slice(future, past)) && !/[,;]|\b(?:and|but|that|who|which|after|when)\b/.test(sentence.slice(future, past))));
}
const FUTURE_ALL = new RegExp(FUTURE_LEAD.source, 'gi');
const PAST_ALL = new RegExp(PAST.source, 'g');

/** The word before a weekday that makes it a named day: Black Friday, Cyber Monday, Super Tuesday, Easter Sunday. */
const NAMED_DAY = /\b(?:Black|Cyber|Giving|Super|Good|Holy|Maundy|Ash|Easter|Palm|Whit|Bloody|Blue|Small Business)\s+$/;

/** A day's milliseconds. */
export const DAY_MS = 86_400_000;

/** Words or digits without which chrono finds no date: a cheap test that spares it most sentences. */
const MAY_HAVE_DATE =
  /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|tonight|yesterday|tomorrow|weeks?|months?|years?|ago|noon|midnight|morning|evening|afternoon|night|weekend|as we speak|day (?:after|before)|on the \d{1,2}(?:st|nd|rd|th)|christmas|new year|boxing day|halloween|valentine|thanksgiving|easter|good friday|jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\b(?:19|20)\d{2}\b|\d\s*(?:a\.?m\b|p\.?m\b)|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/i;

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO 8601 week ("2022-W04") of a calendar day. */
export function isoWeek(d: Date): string {
  const t = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

function precisionOf(r: ParsingResult): Precision | null {
  const tag = [...r.tags()].find((t) => t.startsWith(TAG));
  if (tag) return tag.slice(TAG.length) as Precision;
  if (/\bweek\b/i.test(r.text)) return 'week';
  const c = r.start;
  if (c.isCertain('day') || c.isCertain('weekday') || /\b(?:today|yesterday|tomorrow|tonight|last night|this (?:morning|afternoon|evening))\b/i.test(r.text) || c.isCertain('hour')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return null;
}

/** Words that make a date relative to the day of writing, whatever chrono marks certain ("this year", "last March"). */
const RELATIVE_WORD = /\b(?:this|last|next|ago|today|yesterday|tomorrow|tonight|coming|past|previous|following)\b/i;

function relationOf(before: string): FoundDate['relation'] {
  if (/\b(?:by|before|no later than)\s+$/i.test(before)) return 'by';
  if (/\b(?:through|via|until|till|to)\s+$/i.test(before)) return 'through';
  if (/\bsince\s+$/i.test(before) || /^since\b/i.test(before)) return 'since';
  return 'on';
}

/** The day (YYYY-MM-DD) that relative dates are read against becomes a Date at local noon, safe from time zones. */
export function referenceFrom(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
}

/** A wire dateline's city in capitals (a region after it), before its date: "NEW DELHI/LONDON, ", "NUSA DUA, Indonesia, ". */
const WIRE_DATELINE_BEFORE = /^\s*\p{Lu}{2,}(?:[ ./-]+\p{Lu}{2,})*,(?:\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?,)?\s*$/u;
/** What closes a wire dateline after its date: the agency in brackets, a dash. */
const WIRE_DATELINE_AFTER = /^\s*(?:\([\p{L} .]{2,20}\)\s*)?[-–—]/u;

/**
 * Finds the dates in a sentence, each at its own precision, resolved against the article's day.
 * Odd text is normal input: nothing found is an empty list, never an error.
 */
export function findDates(sentence: string, reference: Date): FoundDate[] {
  // chrono costs about a millisecond a sentence; most sentences have no word a date could be made of.
  if (!MAY_HAVE_DATE.test(sentence) && !/\bMay\b/.test(sentence)) return [];
  let results: ParsingResult[];
  try {
    results = parser.parse(sentence, reference) as ParsingResult[];
  } catch {
    return [];
  }
  const found: FoundDate[] = [];
  for (const r of results) {
    const precision = precisionOf(r);
    if (!precision) continue;
    // ("December", "Sun Nov 24", "7H ago", "Published: Monday, …" alone on a line: an archive's, a schedule's or a stamp's
    // entry, no statement with a date; "He died in 1987." still is one.)
    const rest = `${sentence.slice(0, r.index)} ${sentence.slice(r.index + r.text.length)}`.split(/[^\p{L}]+/u).filter((w) => w.length > 1);
    if (rest.length < 2 || !rest.some((w) => /^\p{Ll}/u.test(w))) continue;
    // ("NEW DELHI/LONDON, May 3 (Reuters) - India and Britain … said on Saturday": a wire dateline's date is the
    // article's; a date of the sentence's own after it is the statement's.)
    if (results.length > 1 && WIRE_DATELINE_BEFORE.test(sentence.slice(0, r.index)) && WIRE_DATELINE_AFTER.test(sentence.slice(r.index + r.text.length, r.index + r.text.length + 30))) continue;
    // ("just after 8 p.m. … told reporters on Wednesday morning": a clock time gives way to the day; "at 5.25%" is a rate.)
    const clock = r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday');
    if (clock && (sentence[r.index + r.text.length] === '%' || results.some((o) => o !== r && (o.start.isCertain('day') || o.start.isCertain('weekday'))))) continue;
    // ("Black Friday", "Super Tuesday", "Good Friday": a named day is no weekday of the story's week.)
    if (NAMED_DAY.test(sentence.slice(Math.max(0, r.index - 12), r.index)) && /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(r.text)) continue;
    // ("The talks were held on January 10. The next day, NATO met": in a sentence in the past, the day after the story's
    // last date, not after the article's; no date rather than a wrong one.)
    if (/^(?:the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening|night|week|month)\b/i.test(r.text) && /\bthe\s+(?:next|following)\s/i.test(sentence.slice(Math.max(0, r.index - 4), r.index + r.text.length)) && PAST.test(sentence) && !FUTURE_LEAD.test(sentence)) continue;
    // ("A year earlier, Putin had written …", "held a week earlier": counted from the story's date, the same.)
    if (/^(?:an?|one|two|three|four|five|six|several|a few)\s+(?:days?|weeks?|months?|years?)\s+(?:earlier|later)$/i.test(r.text.trim())) continue;
    // ("the biggest increase in two years", "the first time in a decade": a span after a superlative, no date ahead.)
    if (/^in\s+(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a few)\s+(?:days?|weeks?|months?|years?|decades?)$/i.test(r.text.trim()) && /\b(?:\w{3,}est|first|most|least|worst|best)\b[^,;.]*$/i.test(sentence.slice(0, r.index))) continue;
    let d = r.start.date();
    // ("In a letter in May, X said …" in a November story: a month with no year in a sentence in the past is the last
    // May, not the next; "will meet in May" the next.)
    // ("announced manoeuvres through February" still runs ahead.)
    // (Nor does a schedule in the present: "their session that starts in early January".)
    const past = () => PAST.test(sentence) && !FUTURE_LEAD.test(sentence) && !/\b(?:through|until|till|via|into|by|to|before)\s+$/i.test(sentence.slice(Math.max(0, r.index - 10), r.index)) && !WEEKDAY_FUTURE.test(sentence.slice(Math.max(0, r.index - 40), r.index));
    // (A day of a month the same: "arrested in April for a March 21 phone call" in a November story; only a month or
    // more ahead, as a story dated a day or two early by its neighbours still says "on Nov. 8".)
    const yearless = (precision === 'month' || precision === 'day') && r.start.isCertain('month') && !r.start.isCertain('year') && !r.start.isCertain('weekday');
    if (yearless && d.getTime() > reference.getTime() + 31 * DAY_MS && past()) d = new Date(d.getFullYear() - 1, d.getMonth(), precision === 'day' ? d.getDate() : 1, 12);
    // ("on Saturday, May 18" with no year: the year near the article's whose May 18 is a Saturday.)
    const weekday = r.start.get('weekday');
    if (r.start.isCertain('weekday') && r.start.isCertain('day') && !r.start.isCertain('year') && weekday !== null && d.getDay() !== weekday) {
      const fits = [-1, 1].map((k) => new Date(d.getFullYear() + k, d.getMonth(), d.getDate(), 12)).find((x) => x.getDay() === weekday);
      if (fits) d = fits;
    }
    // ("It was around midnight when police arrived": in a sentence in the past, the midnight that began the story's
    // day, not the one ahead that chrono takes.)
    if (/^(?:around |about |at |just after |shortly after )?midnight$/i.test(r.text.trim()) && !FUTURE_LEAD.test(sentence.slice(0, r.index)) && PAST.test(sentence) && d.getTime() > reference.getTime()) {
      d = new Date(reference.getFullYear(), reference.getMonth(), reference.getDate(), 12);
    }
    const date =
      precision === 'year' ? String(d.getFullYear())
      : precision === 'month' ? `${d.getFullYear()}-${pad(d.getMonth() + 1)}`
      : precision === 'week' ? isoWeek(d)
      : `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const before = sentence.slice(Math.max(0, r.index - 16), r.index);
    const phrase = r.text.replace(/[\s,.;:]+$/, '');
    const c = r.start;
    // (The year in the words themselves: chrono marks a holiday's year certain, "on Christmas" of the reference's year.)
    const stated = precision !== 'week' && /\d{4}/.test(r.text) && c.isCertain('year') && (precision === 'year' || c.isCertain('month')) && (precision !== 'day' || c.isCertain('day')) && !RELATIVE_WORD.test(r.text);
    found.push({ date, precision, phrase, relation: /^since\b/i.test(phrase) ? 'since' : relationOf(before), index: r.index, stated });
  }
  return found;
}
