import { setImmediate as nextTurn } from 'node:timers/promises';
import { createRequire } from 'node:module';
import type { KnowledgeBase } from '../kb/build.js';
import type { Article, Fact, NumberComparison, Person, Precision, Quote, TimelineEvent } from '../model.js';
import { isRealDay } from '../model.js';
import { UserError } from '../errors.js';
import { clip, escapeMarkdown, periodEnd, periodStart } from '../util/format.js';
import { resolveSource } from './articles.js';
import { names, resolvePerson } from './people.js';
import { addTo, groupBy } from '../util/group.js';
import { align } from '../util/align.js';

export interface QuoteAnswer {
  person: Person;
  about: string | null;
  /** True when `about` matched none of the person's quotes, so all of them are shown. */
  aboutMissed: boolean;
  source: Article[] | null;
  /** One quote per statement: of the quotes that are the same words in several articles (a cluster), the first. */
  quotes: Quote[];
  /** How many quotes those statements are, copies included. */
  copies: number;
}

/**
 * What a person said: full statements before fragments, the quotes about `about` first, then in article order; a
 * statement carried by several articles once.
 */
export function findQuotes(kb: KnowledgeBase, opts: { speaker: string; about?: string; source?: string }): QuoteAnswer {
  const person = resolvePerson(kb, opts.speaker);
  const source = opts.source ? resolveSource(kb, opts.source) : null;
  const allowed = source ? new Set(source.map((a) => a.id)) : null;
  let quotes = (kb.lookup.quotesBySpeaker.get(person.id) ?? []).filter((q) => !allowed || allowed.has(q.articleId));
  let aboutMissed = false;
  let score = new Map<string, number>();
  if (opts.about) {
    const speaker = kb.people.indexOf(person);
    const speakers = kb.index.quoteSpeakers;
    const filter = (d: number) => speakers[d] === speaker && (!allowed || allowed.has(kb.quotes[d]!.articleId));
    score = new Map(kb.index.quotes.search(opts.about, { filter }).map((h) => [kb.quotes[h.doc]!.id, h.score]));
    if (score.size) quotes = quotes.filter((q) => score.has(q.id));
    else aboutMissed = true;
  }
  // (A stable sort: ties keep the order of the speaker's quotes, which is the knowledge base's.)
  quotes = [...quotes].sort((a, b) => Number(a.fragment) - Number(b.fragment) || (score.get(b.id) ?? 0) - (score.get(a.id) ?? 0));
  const seen = new Set<string>();
  const statements = quotes.filter((q) => !q.clusterId || (!seen.has(q.clusterId) && Boolean(seen.add(q.clusterId))));
  return { person, about: opts.about ?? null, aboutMissed, source, quotes: statements, copies: quotes.length };
}

export interface TimelineEntry {
  date: string;
  precision: Precision;
  events: TimelineEvent[];
  articleIds: string[];
  /** The outlets of those articles, each once, in order. */
  outlets: string[];
  /** The first and last day the date covers (2022-01 is 2022-01-01 to 2022-01-31). */
  start: string;
  end: string;
}

const DATE_FORMS = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2}))?$/;

/** Reads a `from`/`to` option: 2022-01-21, 2022-01, 2022 or 2022-W04. */
export function parseDateOption(value: string, option: string, referenceYear?: () => number | undefined): { date: string; precision: Precision } {
  const v = value.trim();
  const m = v.match(DATE_FORMS);
  if (!m) {
    const written = writtenDate(v, referenceYear);
    if (written) return written;
    throw new UserError('badDate', `\`${option}\`: "${escapeMarkdown(clip(v, 40))}" is not a date. Write 2022-01-21, 20 Jan 2022, January 2022, 2022 or 2022-W04.`);
  }
  const precision: Precision = m[4] ? 'week' : m[3] ? 'day' : m[2] ? 'month' : 'year';
  const year = Number(m[1]);
  // (Dates compute years below 100 as 1900-1999, and no article is that old.)
  if (year < 1000) throw new UserError('badDate', `\`${option}\`: "${v}" is before the year 1000.`);
  if (m[2] && (Number(m[2]) < 1 || Number(m[2]) > 12)) throw new UserError('badDate', `\`${option}\`: "${v}" has no such month.`);
  if (m[3] && !isRealDay(year, Number(m[2]), Number(m[3]))) throw new UserError('badDate', `\`${option}\`: "${v}" is not a day on the calendar.`);
  if (m[4] && (Number(m[4]) < 1 || Number(m[4]) > isoWeeksIn(year))) {
    throw new UserError('badDate', `\`${option}\`: "${v}" has no such week (${year} has weeks W01 to W${isoWeeksIn(year)}).`);
  }
  return { date: v, precision };
}

/**
 * chrono-node, loaded when a written date is first read: the answering thread needs it for little else, and loading
 * it took a tenth of a start that answers from a snapshot.
 */
let chronoModule: typeof import('chrono-node') | undefined;
const chrono = () => (chronoModule ??= createRequire(import.meta.url)('chrono-node') as typeof import('chrono-node'));

/**
 * A date as people write it ("20 Jan 2022", "January 21, 2022", "Jan 20", "January 2022"), read by chrono-node when
 * the whole text is the date. Without a year it is the knowledge base's latest year. Impossible days are none.
 */
function writtenDate(v: string, referenceYear?: () => number | undefined): { date: string; precision: Precision } | null {
  // A month by name: "next week" or "Friday" is a moment, not a date to search from.
  if (v.length > 40 || !/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b/i.test(v)) return null;
  const [r] = chrono().en.casual.parse(v, new Date(), { forwardDate: false });
  // The whole text, a month named in it (not "Friday", "next week"), and no more.
  if (r?.index !== 0 || r.text.length < v.replace(/[.\s]+$/, '').length || !r.start.isCertain('month')) return null;
  const year = r.start.isCertain('year') ? r.start.get('year')! : (referenceYear?.() ?? new Date().getUTCFullYear());
  const month = r.start.get('month')!;
  const pad = (n: number) => String(n).padStart(2, '0');
  if (r.start.isCertain('day')) {
    const day = r.start.get('day')!;
    return isRealDay(year, month, day) ? { date: `${year}-${pad(month)}-${pad(day)}`, precision: 'day' } : null;
  }
  return r.start.isCertain('month') ? { date: `${year}-${pad(month)}`, precision: 'month' } : null;
}

/** The latest year any event of a knowledge base falls in, worked out once for it. */
function latestYear(kb: KnowledgeBase): number | undefined {
  let year = LATEST_YEAR.get(kb);
  if (year === undefined) {
    let latest = '';
    for (const e of kb.events) if (e.date > latest) latest = e.date;
    LATEST_YEAR.set(kb, (year = Number(latest.slice(0, 4)) || 0));
  }
  return year || undefined;
}
const LATEST_YEAR = new WeakMap<KnowledgeBase, number>();

/** How many ISO weeks a year has: 53 when 28 December falls in a week 53, else 52. */
function isoWeeksIn(year: number): number {
  const dec28 = new Date(Date.UTC(year, 11, 28));
  const thursday = new Date(dec28);
  thursday.setUTCDate(dec28.getUTCDate() + 3 - ((dec28.getUTCDay() + 6) % 7));
  return Math.ceil(((thursday.getTime() - Date.UTC(thursday.getUTCFullYear(), 0, 1)) / 86400000 + 1) / 7);
}

const PRECISION_ORDER: Record<Precision, number> = { year: 0, month: 1, week: 2, day: 3 };

/** The timeline, and for each of its entries the positions of its events in kb.events (for topic filters). */
interface Timeline {
  entries: TimelineEntry[];
  positions: Uint32Array[];
}
const timelines = new WeakMap<KnowledgeBase, Timeline>();
function timeline(kb: KnowledgeBase, previous?: KnowledgeBase): Timeline {
  let t = timelines.get(kb);
  if (!t) timelines.set(kb, (t = buildTimeline(kb, previous)));
  return t;
}

/**
 * Events grouped by date, oldest first (a year before its months, a month before its days). With the knowledge base
 * this one replaces, only the dates with an event added or removed are grouped again; the other dates' entries are
 * kept, their positions moved to where their events are now.
 */
function buildTimeline(kb: KnowledgeBase, previous?: KnowledgeBase): Timeline {
  const before = previous && timelines.get(previous);
  let made: { entry: TimelineEntry; positions: Uint32Array }[] | null = null;
  if (before) {
    const from = align(previous.events, kb.events);
    const to = new Int32Array(previous.events.length).fill(-1);
    const touched = new Set<string>();
    for (let j = 0; j < from.length; j++) {
      if (from[j]! >= 0 && to[from[j]!]! < 0) to[from[j]!] = j;
      else touched.add(kb.events[j]!.date);
    }
    for (let i = 0; i < to.length; i++) if (to[i]! < 0) touched.add(previous.events[i]!.date);
    // (A full refresh changes every date: then grouping afresh is less work.)
    if (touched.size * 8 < before.entries.length) {
      made = [];
      before.entries.forEach((entry, k) => {
        if (!touched.has(entry.date)) made!.push({ entry, positions: before.positions[k]!.map((p) => to[p]!) });
      });
      const groups = new Map<string, number[]>();
      kb.events.forEach((e, i) => {
        if (touched.has(e.date)) addTo(groups, e.date, i);
      });
      for (const [date, at] of groups) made.push(entryOf(kb, date, at));
    }
  }
  made ??= [...groupBy(kb.events.keys(), (i) => kb.events[i]!.date)].map(([date, at]) => entryOf(kb, date, at));
  // (No two entries tie: the same precision and start is the same date.)
  made.sort((a, b) => a.entry.start.localeCompare(b.entry.start) || PRECISION_ORDER[a.entry.precision] - PRECISION_ORDER[b.entry.precision]);
  return { entries: made.map((m) => m.entry), positions: made.map((m) => m.positions) };
}

/** The timeline entry of a date, from the positions of its events. */
function entryOf(kb: KnowledgeBase, date: string, at: readonly number[]): { entry: TimelineEntry; positions: Uint32Array } {
  const events = at.map((i) => kb.events[i]!);
  const { precision } = events[0]!;
  const entry: TimelineEntry = { date, precision, events, ...sourcesOf(kb, events), start: periodStart(date, precision), end: periodEnd(date, precision) };
  return { entry, positions: Uint32Array.from(at) };
}

/** The articles that tell these events, and their outlets, each once and in order. */
function sourcesOf(kb: KnowledgeBase, events: readonly TimelineEvent[]): { articleIds: string[]; outlets: string[] } {
  const articleIds = [...new Set(events.map((e) => e.articleId))];
  const outlets = articleIds.map((id) => {
    const a = kb.lookup.article.get(id);
    return a ? (a.outlet ?? a.origin ?? a.id.slice(0, 3)) : id.slice(0, 3);
  });
  return { articleIds, outlets: [...new Set(outlets)] };
}

/**
 * An entry with only some of its events. Its articles and outlets are worked out when first read: an answer shows
 * a hundred dates at most, and a topic can match part of thousands.
 */
class PartEntry implements TimelineEntry {
  readonly date: string;
  readonly precision: Precision;
  readonly start: string;
  readonly end: string;
  private sources: { articleIds: string[]; outlets: string[] } | undefined;
  constructor(
    private readonly kb: KnowledgeBase,
    whole: TimelineEntry,
    readonly events: TimelineEvent[],
  ) {
    ({ date: this.date, precision: this.precision, start: this.start, end: this.end } = whole);
  }
  get articleIds(): string[] {
    return (this.sources ??= sourcesOf(this.kb, this.events)).articleIds;
  }
  get outlets(): string[] {
    return (this.sources ??= sourcesOf(this.kb, this.events)).outlets;
  }
}

/** Events oldest first, grouped by date at its own precision, within [from, to] and about a topic. */
/** The date `from` and `to` both name, however written ("21 Jan 2022" and "2022-01-21"): that date is asked for in full. */
export function wholeDate(kb: KnowledgeBase, opts: { from?: string; to?: string }): string | undefined {
  if (!opts.from || !opts.to) return undefined;
  const from = parseDateOption(opts.from, 'from', () => latestYear(kb));
  const to = parseDateOption(opts.to, 'to', () => latestYear(kb));
  return from.date === to.date ? from.date : undefined;
}

export function findTimeline(kb: KnowledgeBase, opts: { from?: string; to?: string; about?: string }): TimelineEntry[] {
  // A date typed without its year ("Jan 20") is in the latest year the articles date anything.
  const year = () => latestYear(kb);
  const f = opts.from ? parseDateOption(opts.from, 'from', year) : null;
  const t = opts.to ? parseDateOption(opts.to, 'to', year) : null;
  const from = f ? periodStart(f.date, f.precision) : null;
  const to = t ? periodEnd(t.date, t.precision) : null;
  if (from && to && from > to) throw new UserError('badRange', `\`from\` (${escapeMarkdown(opts.from!)}) is after \`to\` (${escapeMarkdown(opts.to!)}).`);
  const { entries, positions } = timeline(kb);
  const inRange = (e: TimelineEntry) => (!from || e.end >= from) && (!to || e.start <= to);
  if (!opts.about) return entries.filter(inRange);
  // Only the dates in range, and in each only the events about the topic (marked by position, no sorting).
  const about = new Uint8Array(kb.events.length);
  for (const h of kb.index.events.search(opts.about, { order: 'none' })) about[h.doc] = 1;
  const found: TimelineEntry[] = [];
  entries.forEach((e, i) => {
    if (!inRange(e)) return;
    const at = positions[i]!;
    let n = 0;
    for (const p of at) n += about[p]!;
    if (n === at.length) found.push(e);
    else if (n > 0) found.push(new PartEntry(kb, e, e.events.filter((_, k) => about[at[k]!] === 1)));
  });
  return found;
}

/** A question asking for an amount: "how many …", "how long …". */
const HOW_MUCH = /^\s*how (long|many|much|far|big|large|often)\b/i;

/** A fact answer lists this many of the articles that state it, and counts them all. */
const SHOWN_ARTICLES = 20;

export interface FactAnswer {
  fact: Fact;
  /** How many articles state it (the article itself included), and how many of those are independent. */
  articleCount: number;
  independent: number;
  /** The fact's article first, then up to SHOWN_ARTICLES of the others. */
  articleIds: string[];
  numbers: NumberComparison[];
}

/**
 * The sentences that best answer a question, each with the articles that state it (its cluster): a statement
 * several articles make comes once, as its best-matching sentence.
 */
export function findFacts(kb: KnowledgeBase, query: string, limit = 10): FactAnswer[] {
  const seen = new Set<string>();
  // A word the articles use as written is not also read as its near misses ("sanctions" is not "actions").
  const fuzzy = (term: string) => (term.length >= 6 && !kb.index.facts.has(term) ? 0.2 : false);
  // "How long was the meeting?": an amount is asked for; sentences with one come first, and a duration's words count.
  const amount = HOW_MUCH.exec(query)?.[1]?.toLowerCase();
  const searched = amount === 'long' ? `${query} minutes hours lasted` : query;
  const found = kb.index.facts.search(searched, { combineWith: 'OR', limit: limit * 4, fuzzy }).filter((h) => {
    const c = kb.facts[h.doc]!.clusterId;
    return !c || (!seen.has(c) && Boolean(seen.add(c)));
  });
  const hits = (amount ? [...found].sort((a, b) => Number(kb.facts[b.doc]!.numbers.length > 0) - Number(kb.facts[a.doc]!.numbers.length > 0)) : found).slice(0, limit);
  return hits.map((h) => {
    const fact = kb.facts[h.doc]!;
    const c = fact.clusterId ? kb.lookup.cluster.get(fact.clusterId) : undefined;
    // The fact's own article first, then the others: as many as an answer shows, not all of a large cluster.
    const articleIds = [fact.articleId];
    for (const a of c?.articleIds ?? []) {
      if (articleIds.length > SHOWN_ARTICLES) break;
      if (a !== fact.articleId) articleIds.push(a);
    }
    return { fact, articleCount: c ? c.articleIds.length : 1, independent: c?.independent ?? 1, articleIds, numbers: numbersOf(kb, fact) };
  });
}

/** How the amounts in a fact compare with the other articles' (agreeing or not). */
export function numbersOf(kb: KnowledgeBase, fact: Fact): NumberComparison[] {
  return [...(kb.lookup.numbersByFact.get(fact.id) ?? [])];
}

/** Words and names to suggest when a question finds nothing. */
const suggestions = new WeakMap<KnowledgeBase, { words: string[]; units: Map<string, number> }>();
export function factSuggestions(kb: KnowledgeBase, previous?: KnowledgeBase): string[] {
  let hit = suggestions.get(kb);
  if (!hit) suggestions.set(kb, (hit = computeSuggestions(kb, previous)));
  return hit.words;
}

/** The three most common units of amounts and the first three people; units counted again only for changed facts. */
function computeSuggestions(kb: KnowledgeBase, previous?: KnowledgeBase): { words: string[]; units: Map<string, number> } {
  const people = [...kb.people].filter((p) => p.type === 'person').slice(0, 3).map((p) => p.name.split(' ').at(-1)!.toLowerCase());
  const count = (units: Map<string, number>, f: Fact, by: number) => {
    for (const n of f.numbers) if (n.unit) units.set(n.unit, (units.get(n.unit) ?? 0) + by);
  };
  const before = previous && suggestions.get(previous);
  let units: Map<string, number>;
  if (before) {
    units = new Map(before.units);
    const from = align(previous.facts, kb.facts);
    const kept = new Uint8Array(previous.facts.length);
    for (const [j, i] of from.entries()) {
      if (i >= 0) kept[i] = 1;
      else count(units, kb.facts[j]!, 1);
    }
    for (const [i, k] of kept.entries()) if (!k) count(units, previous.facts[i]!, -1);
  } else {
    units = new Map();
    for (const f of kb.facts) count(units, f, 1);
  }
  // (Ties by name: the same whichever way the counts were made.)
  const top = [...units.entries()].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 3).map(([u]) => u);
  return { words: [...top, ...people], units };
}

/**
 * Builds what answers build on first use (the timeline, the name index, the suggestions), so that the first person
 * to ask after a build or refresh does not wait for it.
 */
export async function warmUp(kb: KnowledgeBase, previous?: KnowledgeBase): Promise<void> {
  timeline(kb, previous);
  await nextTurn();
  names(kb, previous);
  await nextTurn();
  factSuggestions(kb, previous);
}
