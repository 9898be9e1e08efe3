import MiniSearch from 'minisearch';
import type { Article, Cluster, Fact, Link, NumberComparison, Person, Quote, SourceArticle, TimelineEvent, Warning } from '../model.js';
import { refine } from '../refine/refine.js';
import { extractArticle, surveyArticle, type ArticleExtraction } from '../extract/article.js';
import { mergePeople } from './people.js';

/** The whole knowledge base: one immutable value, built by a pure function from the articles. */
export interface KnowledgeBase {
  readonly builtAt: string;
  readonly articles: readonly Article[];
  readonly people: readonly Person[];
  readonly quotes: readonly Quote[];
  readonly events: readonly TimelineEvent[];
  readonly facts: readonly Fact[];
  readonly links: readonly Link[];
  readonly clusters: readonly Cluster[];
  readonly numbers: readonly NumberComparison[];
  readonly warnings: readonly Warning[];
  readonly index: {
    readonly quotes: MiniSearch<Quote>;
    readonly facts: MiniSearch<Fact>;
    readonly events: MiniSearch<TimelineEvent>;
    readonly people: MiniSearch<Person>;
  };
}

export interface BuildOptions {
  /** When the build happened; pass it in to keep the build a pure function of its inputs. */
  builtAt?: string;
  warnings?: readonly Warning[];
}

/** Numbers are indexed as written and as plain digits, so "100000" finds "100,000" and "1,00,000". */
function searchableFact(f: Fact): string {
  return `${f.text} ${f.numbers.map((n) => `${n.value}${n.unit ? ` ${n.unit}` : ''}`).join(' ')}`;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

/**
 * Builds the knowledge base. An article with no date of its own reads its relative dates ("on Thursday") against
 * the date of the dated article most like it (by shared words): the same story told on the same day.
 */
export function buildKnowledgeBase(sources: readonly SourceArticle[], options: BuildOptions = {}): KnowledgeBase {
  const surveys = sources.map((s) => surveyArticle(s));
  const extractions: ArticleExtraction[] = sources.map((s, i) => {
    const sv = surveys[i]!;
    if (sv.date) return extractArticle(s, { date: sv.date, source: sv.dateSource });
    let best: { date: string; score: number } | null = null;
    surveys.forEach((other, j) => {
      if (j === i || !other.date) return;
      const score = jaccard(sv.words, other.words);
      if (!best || score > best.score) best = { date: other.date, score };
    });
    const found = best as { date: string; score: number } | null;
    return extractArticle(s, found && found.score > 0.05 ? { date: found.date, source: 'corpus' } : { date: null, source: 'none' });
  });
  return assemble(extractions, options);
}

/** Joins per-article extractions into one knowledge base: merges people, renames speakers, builds the indexes. */
export function assemble(extractions: readonly ArticleExtraction[], options: BuildOptions = {}): KnowledgeBase {
  const { people, idOf } = mergePeople(extractions.map((x) => ({ articleId: x.article.id, people: x.people })));
  const byId = new Map(people.map((p) => [p.id, p]));
  const refined = refine({
    articles: extractions.map((x) => x.article),
    people,
    quotes: extractions.flatMap((x) =>
      x.quotes.map((q) => {
        if (!q.speakerId) return q;
        const id = idOf.get(`${x.article.id}|${q.speakerId}`)!;
        return { ...q, speakerId: id, speaker: byId.get(id)!.name };
      }),
    ),
    facts: extractions.flatMap((x) => x.facts),
    events: extractions.flatMap((x) => x.events),
  });
  const { articles, quotes, facts, events, clusters, numbers } = refined;
  const links = extractions.flatMap((x) => x.links);

  const quoteIndex = new MiniSearch<Quote>({ fields: ['text', 'speaker'], storeFields: ['id'], searchOptions: { prefix: true, fuzzy: 0.2 } });
  quoteIndex.addAll(quotes);
  const factIndex = new MiniSearch<Fact>({
    fields: ['text'],
    extractField: (doc, field) => (field === 'text' ? searchableFact(doc) : (doc as unknown as Record<string, string>)[field]!),
    searchOptions: { prefix: true, fuzzy: 0.2 },
  });
  factIndex.addAll(facts);
  const eventIndex = new MiniSearch<TimelineEvent>({ fields: ['text', 'phrase', 'date'], searchOptions: { prefix: true, fuzzy: 0.2 } });
  eventIndex.addAll(events);
  const peopleIndex = new MiniSearch<Person>({
    fields: ['name', 'aliases', 'roles'],
    extractField: (doc, field) => {
      const v = (doc as unknown as Record<string, unknown>)[field];
      return Array.isArray(v) ? v.join(' ') : String(v ?? '');
    },
    searchOptions: { prefix: true, fuzzy: 0.3, boost: { name: 2 } },
  });
  peopleIndex.addAll(people);

  return deepFreeze({
    builtAt: options.builtAt ?? new Date().toISOString(),
    articles,
    people,
    quotes,
    events,
    facts,
    links,
    clusters,
    numbers,
    warnings: [...(options.warnings ?? []), ...extractions.flatMap((x) => x.warnings)],
    index: { quotes: quoteIndex, facts: factIndex, events: eventIndex, people: peopleIndex },
  });
}

function deepFreeze<T>(value: T): T {
  const seen = new Set<unknown>();
  const walk = (v: unknown) => {
    if (v === null || typeof v !== 'object' || seen.has(v) || v instanceof MiniSearch) return;
    seen.add(v);
    Object.freeze(v);
    for (const child of Object.values(v as object)) walk(child);
  };
  walk(value);
  return value;
}
