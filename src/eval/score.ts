import path from 'node:path';
import type { Article, Person, Quote, TimelineEvent } from '../model.js';
import type { ArticleLabels, QuoteType } from './labels.js';
import { similarFirstNames } from '../extract/names.js';

/** Counts of one kind of labelled quote. right: the labelled speaker (or nobody, when nobody is labelled). */
export interface QuoteTally {
  labelled: number;
  found: number;
  right: number;
  /** Given a speaker who is not the labelled one: the worst answer. */
  wrong: number;
  /** Found, but with no speaker where one is labelled. */
  none: number;
  /** Quotes of four or more words, and how many of those got the labelled speaker. */
  long: number;
  longRight: number;
}

export interface FileScore {
  file: string;
  quotes: QuoteTally;
  date: { labelled: boolean; right: boolean; got: string | null; want: string | null };
  events: { labelled: number; right: number };
  people: { labelled: number; found: number; junk: number };
  misses: string[];
}

export interface Score {
  files: FileScore[];
  quotes: QuoteTally & { byType: Record<QuoteType | 'untyped', QuoteTally> };
  dates: { labelled: number; right: number; wrongWhenNone: number };
  events: { labelled: number; right: number };
  people: { labelled: number; found: number; junk: number };
}

interface Kb {
  articles: readonly Article[];
  people: readonly Person[];
  quotes: readonly Quote[];
  events: readonly TimelineEvent[];
}

const tally = (): QuoteTally => ({ labelled: 0, found: 0, right: 0, wrong: 0, none: 0, long: 0, longRight: 0 });
const add = (a: QuoteTally, b: QuoteTally) => {
  for (const k of Object.keys(b) as (keyof QuoteTally)[]) a[k] += b[k];
};

/** A name as compared: no accents, lower case, words joined by dashes (the shape of a person's id). */
export function slug(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** Whether a labelled name (or id) is this person: the id, the name or one of the aliases. */
function isPerson(p: Person | undefined, label: string): boolean {
  if (!p) return false;
  const want = slug(label);
  if (p.id === want || slug(p.name) === want) return true;
  // (A full name with another given name is another person, even where the two were merged into one: "Paul Dunmore"
  // is not "Claire Dunmore" though she is listed with that alias.)
  const given = (s: string) => (s.includes('-') ? s.split('-')[0]! : null);
  const a = given(want);
  const b = given(slug(p.name));
  if (a && b && !similarFirstNames(a, b)) return false;
  return p.aliases.some((x) => slug(x) === want);
}

const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/** Scores a knowledge base against the labels of its articles (keyed by file name without `.txt`). */
export function score(kb: Kb, labels: ReadonlyMap<string, ArticleLabels>): Score {
  const personById = new Map(kb.people.map((p) => [p.id, p]));
  const total: Score = {
    files: [],
    quotes: { ...tally(), byType: { explicit: tally(), anaphoric: tally(), implicit: tally(), untyped: tally() } },
    dates: { labelled: 0, right: 0, wrongWhenNone: 0 },
    events: { labelled: 0, right: 0 },
    people: { labelled: 0, found: 0, junk: 0 },
  };
  for (const [stem, l] of labels) {
    const article = kb.articles.find((a) => path.basename(a.file, '.txt') === stem);
    const misses: string[] = [];
    const file: FileScore = {
      file: stem,
      quotes: tally(),
      date: { labelled: l.date !== null, right: false, got: article?.published ?? null, want: l.date },
      events: { labelled: l.events.length, right: 0 },
      people: { labelled: l.people.length, found: 0, junk: 0 },
      misses,
    };
    if (!article) misses.push('the article did not load');
    const quotes = kb.quotes.filter((q) => q.articleId === article?.id);
    const used = new Set<Quote>();
    for (const lq of l.quotes) {
      const t = tally();
      t.labelled = 1;
      const long = words(lq.quote) >= 4;
      // Labels are in text order, so a repeated quote pairs with its own occurrence.
      const q = quotes.find((x) => !used.has(x) && x.text.startsWith(lq.quote)) ?? quotes.find((x) => !used.has(x) && x.text.includes(lq.quote));
      if (long) t.long = 1;
      if (q) {
        used.add(q);
        t.found = 1;
        const ok = lq.speaker === null ? q.speakerId === null : isPerson(personById.get(q.speakerId ?? ''), lq.speaker);
        if (ok) {
          t.right = 1;
          if (long) t.longRight = 1;
        } else if (q.speakerId) t.wrong = 1;
        else t.none = 1;
        if (!ok) misses.push(`"${lq.quote.slice(0, 40)}": want ${lq.speaker ?? 'nobody'}, got ${q.speaker ?? 'nobody'}`);
      } else misses.push(`"${lq.quote.slice(0, 40)}": not found as a quote`);
      add(file.quotes, t);
      add(total.quotes, t);
      add(total.quotes.byType[lq.type ?? 'untyped'], t);
    }
    if (l.date !== null) {
      total.dates.labelled++;
      file.date.right = article?.published === l.date;
      if (file.date.right) total.dates.right++;
      else misses.push(`article date: want ${l.date}, got ${article?.published ?? 'none'}`);
    } else if (article?.published) {
      total.dates.wrongWhenNone++;
      misses.push(`article date: the text states none, got ${article.published}`);
    }
    for (const le of l.events) {
      const e = kb.events.find((x) => x.articleId === article?.id && x.phrase === le.phrase && x.text.includes(le.sentence));
      if (e?.date === le.date) file.events.right++;
      else misses.push(`event "${le.phrase}": want ${le.date}, got ${e?.date ?? 'nothing'}`);
    }
    const mentioned = kb.people.filter((p) => p.type === 'person' && article && p.articleIds.includes(article.id));
    for (const name of l.people) {
      if (mentioned.some((p) => isPerson(p, name))) file.people.found++;
      else misses.push(`person ${name}: not found`);
    }
    const unlabelled = mentioned.filter((p) => !l.people.some((name) => isPerson(p, name)));
    file.people.junk = unlabelled.length;
    for (const p of unlabelled) misses.push(`person ${p.name}: not in the labels`);
    total.events.labelled += file.events.labelled;
    total.events.right += file.events.right;
    total.people.labelled += file.people.labelled;
    total.people.found += file.people.found;
    total.people.junk += file.people.junk;
    total.files.push(file);
  }
  return total;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

/** The score as a short table a person reads: totals, then by quote type, then each file with its misses. */
export function report(s: Score, verbose = false): string {
  const q = s.quotes;
  const lines = [
    `quotes: ${q.labelled} labelled, ${q.found} found; right speaker ${q.right} (${pct(q.right, q.labelled)}); wrong speaker ${q.wrong} (${pct(q.wrong, q.labelled)}); no speaker ${q.none}`,
    `precision over quotes of 4+ words: ${q.longRight}/${q.long} (${pct(q.longRight, q.long)})`,
    ...Object.entries(q.byType)
      .filter(([, t]) => t.labelled)
      .map(([k, t]) => `  ${k.padEnd(10)} ${t.right}/${t.labelled} right (${pct(t.right, t.labelled)}), ${t.wrong} wrong, ${t.labelled - t.found} not found`),
    `article dates: ${s.dates.right}/${s.dates.labelled} right (${pct(s.dates.right, s.dates.labelled)}); dated though the text states none: ${s.dates.wrongWhenNone}`,
    `events: ${s.events.right}/${s.events.labelled} right (${pct(s.events.right, s.events.labelled)})`,
    `people: ${s.people.found}/${s.people.labelled} found (${pct(s.people.found, s.people.labelled)}), ${s.people.junk} not labelled`,
  ];
  if (verbose) {
    for (const f of s.files) {
      if (!f.misses.length) continue;
      lines.push('', `${f.file}: ${f.quotes.right}/${f.quotes.labelled} speakers right`);
      for (const m of f.misses) lines.push(`  ${m}`);
    }
  }
  return lines.join('\n');
}
