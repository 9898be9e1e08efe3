import MiniSearch from 'minisearch';
import type { Fact, Link, Person, Quote, SourceArticle, TimelineEvent, Warning } from '../model.js';
import { refine } from '../refine/refine.js';
import { ClusterMemo } from '../refine/clusters.js';
import { extractArticle, surveyArticle, type ArticleExtraction } from '../extract/article.js';
import { inferDates } from './dates.js';
import { mergePeople, PeopleMemo } from './people.js';
import type { LocalPerson } from '../extract/mentions.js';
import { TermIndex, type TermIndexData, type TermIndexOptions } from './termIndex.js';
import { Tokenizer } from './tokenizer.js';
import { Vocabulary } from '../util/vocabulary.js';
import { sameValue } from '../util/same.js';
import { flat, JoinMemo } from '../util/flat.js';

import type { Indexes, KnowledgeBase, KnowledgeData } from './knowledge.js';
import { withIndexes } from './lookup.js';

export { sameValue };
export { DATA_LISTS, type Changes, type Indexes, type KnowledgeBase, type KnowledgeData, type Lookup } from './knowledge.js';
export { withIndexes, withIndexesSlowly } from './lookup.js';

export interface BuildOptions {
  /** When the build happened; pass it in to keep the build a pure function of its inputs. */
  builtAt?: string;
  warnings?: readonly Warning[];
  /**
   * Extractions from an earlier build, by article content and date: an unchanged article is not read again.
   * The build fills it with what it extracts.
   */
  cache?: Map<string, ArticleExtraction>;
  /** What the last build worked out, and this one keeps for the next (see BuildMemo). */
  memo?: BuildMemo;
}

/**
 * What a build keeps for the next: everything that depends only on an article (its words, its people by surname, its
 * items' index tokens and the pairs they make), kept by object, so that a refresh works again only on what changed.
 * Held by whoever refreshes (the refresh worker). `tests/kb/incremental.test.ts` checks that a build with a memo
 * makes what a fresh build makes.
 */
export class BuildMemo {
  /** One numbering of words for the index tokens and for clustering. */
  private readonly vocabulary = new Vocabulary();
  /** The people of each surname and the groups they made (see PeopleMemo). */
  readonly people = new PeopleMemo();
  /** Index tokens, kept by document (see Tokenizer). */
  readonly tokenizer = new Tokenizer(this.vocabulary);
  /** Words as numbers and the pairs judged alike, per kind of item (see PairMemo). */
  readonly clusters = new ClusterMemo(this.vocabulary);

  /**
   * Each article's quotes with their speakers' merged ids and names (see named): the same objects as last build
   * when neither changed, so that whatever is kept by object (ClusterMemo) holds for them.
   */
  readonly named = new WeakMap<ArticleExtraction, { speakers: readonly LocalPerson[]; persons: readonly Person[]; quotes: Quote[] }>();

  /** Each loaded article's extraction and the reference date it was made with (see extractAll). */
  readonly extracted = new WeakMap<SourceArticle, { ref: string; x: ArticleExtraction }>();

  /** The joined lists of every article's items, by list (see flat). */
  readonly joined = { quotes: new JoinMemo<Quote>(), facts: new JoinMemo<Fact>(), events: new JoinMemo<TimelineEvent>(), links: new JoinMemo<Link>(), warnings: new JoinMemo<Warning>() };

  /** The people index of the last build, with the list it indexes (most refreshes leave the people as they were). */
  peopleIndex: { people: readonly Person[]; index: MiniSearch<Person> } | null = null;

  /** A build starts. */
  begin(): void {
    this.tokenizer.arena.begin();
    this.clusters.arena.begin();
  }

  /** Last build's people, clusters and amounts by id (or unit), and its warnings by value: lists built afresh each time. */
  private byId = new Map<string, object>();
  private byValue = new Map<string, object>();

  /**
   * The data with last build's objects wherever the value is the same, so that an unchanged article's items stay
   * the same objects from build to build: what the refresh worker needs to send only what changed.
   */
  settle(data: KnowledgeData): KnowledgeData {
    const byId = new Map<string, object>();
    const sameId = <T extends object>(kind: string, list: readonly T[], keyOf: (item: T) => string): T[] =>
      list.map((item) => {
        const key = `${kind}:${keyOf(item)}`;
        const before = this.byId.get(key) as T | undefined;
        const kept = before && sameValue(before, item) ? before : item;
        byId.set(key, kept);
        return kept;
      });
    const byValue = new Map<string, object>();
    const sameJson = <T extends object>(list: readonly T[]): T[] =>
      list.map((item) => {
        const key = JSON.stringify(item);
        const kept = (byValue.get(key) ?? this.byValue.get(key) ?? item) as T;
        byValue.set(key, kept);
        return kept;
      });
    const settled: KnowledgeData = {
      ...data,
      people: sameId('person', data.people, (p) => p.id),
      clusters: sameId('cluster', data.clusters, (c) => c.id),
      // (One comparison per unit and qualifier: its lists of fact ids run to the hundred thousand.)
      numbers: sameId('number', data.numbers, (n) => `${n.unit}|${n.qualifier}`),
      warnings: sameJson(data.warnings),
    };
    this.byId = byId;
    this.byValue = byValue;
    return settled;
  }
}

/**
 * Search settings for every index: typos forgiven in words of six letters or more, the last word of a query may be
 * a prefix. Fuzzy and prefix matching on every short word would multiply the work for little gain.
 */
const SEARCH = {
  fuzzy: (term: string) => (term.length >= 6 ? 0.2 : false),
  prefix: (term: string, i: number, terms: string[]) => i === terms.length - 1 && term.length >= 3,
};

/** Numbers are indexed as written and as plain digits, so "100000" finds "100,000" and "1,00,000". */
function searchableFact(f: Fact): string {
  return `${f.text} ${f.numbers.map((n) => `${n.value}${n.unit ? ` ${n.unit}` : ''}`).join(' ')}`;
}

/**
 * Builds the knowledge base. An article with no date of its own reads its relative dates ("on Thursday") against
 * the date of the dated article most like it (see inferDates).
 */
export function buildKnowledgeBase(sources: readonly SourceArticle[], options: BuildOptions = {}): KnowledgeBase {
  options.memo?.begin();
  return assemble(extractAll(sources, options.cache, options.memo), options);
}

/** The knowledge base's data without indexes (see buildKnowledgeBase), for building in a worker thread. */
export function buildKnowledgeData(sources: readonly SourceArticle[], options: BuildOptions = {}): KnowledgeData {
  options.memo?.begin();
  return assembleData(extractAll(sources, options.cache, options.memo), options);
}

/** Surveys and extracts every article, reusing the cache for those whose text, metadata and date are unchanged. */
function extractAll(sources: readonly SourceArticle[], cache: Map<string, ArticleExtraction> | undefined, memo?: BuildMemo): ArticleExtraction[] {
  // An article loaded from an unchanged file is last build's object: its extraction is found by that, without
  // writing and hashing its cache key (the key is the file, its text's hash and its metadata as JSON).
  const known = sources.map((s) => memo?.extracted.get(s));
  const keys: string[] = [];
  const keyOf = (i: number) => (keys[i] ??= `${sources[i]!.file}|${sources[i]!.hash}|${JSON.stringify(sources[i]!.meta)}`);
  const surveys = sources.map((s, i) => {
    const hit = known[i]?.x ?? cache?.get(`survey|${keyOf(i)}`);
    if (hit) return { date: hit.article.published, dateSource: hit.article.dateSource === 'corpus' ? ('none' as const) : hit.article.dateSource, words: hit.words, monthDay: hit.monthDay };
    const sv = surveyArticle(s);
    // Kept with the extraction for the next build: its words as the vocabulary's strings, not a copy of each word
    // in each article (at 10,000 articles a million and a half strings less for every full collection to walk). The
    // set is the one date inference numbers now, so the next build finds its numbers by it.
    if (memo) sv.words = new Set([...sv.words].map((w) => memo.clusters.vocabulary.words[memo.clusters.vocabulary.id(w)]!));
    return sv;
  });
  const inferred = inferDates(surveys, memo?.clusters);
  const extractions: ArticleExtraction[] = sources.map((s, i) => {
    const sv = surveys[i]!;
    const borrowed = inferred[i];
    const reference = sv.date
      ? { date: sv.date, source: sv.dateSource }
      : borrowed
        ? { date: borrowed.date, source: 'corpus' as const, from: sources[borrowed.from]!.id }
        : { date: null, source: 'none' as const };
    const ref = `${reference.date}|${reference.source}|${'from' in reference ? reference.from : ''}`;
    if (known[i]?.ref === ref) return known[i].x;
    const key = `${keyOf(i)}|${ref}`;
    let x = cache?.get(key);
    if (!x) {
      x = extractArticle(s, reference, 'sections' in sv ? sv : undefined);
      // (Surveyed again when the survey came from the cache: its words are the ones date inference numbered.)
      x.words = sv.words;
      cache?.set(key, x);
      cache?.set(`survey|${keyOf(i)}`, x);
    }
    memo?.extracted.set(s, { ref, x });
    return x;
  });
  return extractions;
}

/** The options of each search index, the same wherever an index is built or loaded. */
export const INDEX_OPTIONS = {
  // (The sentence around a quote counts half as much as its own words: "about:nato" finds "working against".)
  quotes: { fields: ['text', 'speaker', 'context'], searchOptions: { ...SEARCH, boost: { context: 0.5 } } } satisfies TermIndexOptions<Quote>,
  facts: {
    fields: ['text'],
    extractField: (doc: Fact, field: string) => (field === 'text' ? searchableFact(doc) : String((doc as unknown as Record<string, unknown>)[field] ?? '')),
    searchOptions: SEARCH,
  } satisfies TermIndexOptions<Fact>,
  events: { fields: ['text', 'phrase', 'date'], searchOptions: SEARCH } satisfies TermIndexOptions<TimelineEvent>,
  people: {
    fields: ['name', 'aliases', 'roles'],
    extractField: (doc: unknown, field: string) => {
      const v = (doc as Record<string, unknown>)[field];
      return Array.isArray(v) ? v.join(' ') : String(v ?? '');
    },
    searchOptions: { prefix: true, fuzzy: 0.3, boost: { name: 2 } },
  },
};

/** Joins per-article extractions into one knowledge base: merges people, renames speakers, refines, indexes. */
export function assemble(extractions: readonly ArticleExtraction[], options: BuildOptions = {}): KnowledgeBase {
  const data = assembleData(extractions, options);
  return withIndexes(data, buildIndexes(data, options.memo));
}

/** Merges people, renames speakers and runs the cross-source stage: everything but the indexes. */
export function assembleData(extractions: readonly ArticleExtraction[], options: BuildOptions = {}): KnowledgeData {
  const { people, personOf } = mergePeople(
    extractions.map((x) => ({ articleId: x.article.id, people: x.people })),
    options.memo?.people,
  );
  const input = {
    articles: extractions.map((x) => x.article),
    people,
    quotes: flat(extractions, (x) => named(x, personOf, options.memo), options.memo?.joined.quotes),
    facts: flat(extractions, (x) => x.facts, options.memo?.joined.facts),
    events: flat(extractions, (x) => x.events, options.memo?.joined.events),
  };
  const data: KnowledgeData = {
    builtAt: options.builtAt ?? new Date().toISOString(),
    ...refine(input, options.memo?.clusters),
    people,
    links: flat(extractions, (x) => x.links, options.memo?.joined.links),
    warnings: [...(options.warnings ?? []), ...flat(extractions, (x) => x.warnings, options.memo?.joined.warnings)],
  };
  return options.memo ? options.memo.settle(data) : data;
}

/**
 * An article's quotes with their speakers' merged ids and names. With a memo, the same list as last build when each
 * of the article's speakers is the same merged person (one look-up per speaker, not per quote).
 */
function named(x: ArticleExtraction, personOf: (local: LocalPerson) => Person, memo?: BuildMemo): Quote[] {
  const before = memo?.named.get(x);
  if (before?.speakers.every((p, k) => personOf(p) === before.persons[k])) return before.quotes;
  const speakers = before?.speakers ?? speakersOf(x);
  const persons = speakers.map(personOf);
  const byKey = new Map(speakers.map((p, k) => [p.key, persons[k]!]));
  const quotes = x.quotes.map((q, i) => {
    if (!q.speakerId) return q;
    const { id, name: speaker } = byKey.get(q.speakerId)!;
    // A quote whose own speaker kept its id and name stays the same object (clustering knows it by that). The
    // list is last build's for the same extraction, quote for quote.
    const kept = before?.quotes[i];
    if (kept && kept.speakerId === id && kept.speaker === speaker) return kept;
    return { ...q, speakerId: id, speaker };
  });
  memo?.named.set(x, { speakers, persons, quotes });
  return quotes;
}

/** The people of an article who speak in its quotes, each once, in the order they first speak. */
function speakersOf(x: ArticleExtraction): LocalPerson[] {
  const keys = new Set<string>();
  for (const q of x.quotes) if (q.speakerId) keys.add(q.speakerId);
  return [...keys].map((key) => x.people.find((p) => p.key === key)!);
}

/** The search indexes of a knowledge base's data; with the memo of the build that made the data, if there is one. */
export function buildIndexes(data: KnowledgeData, memo?: BuildMemo): Indexes {
  const kept = memo?.peopleIndex;
  const people = kept && sameItems(kept.people, data.people) ? kept.index : peopleIndex(data.people);
  if (memo) memo.peopleIndex = { people: data.people, index: people };
  const tokenizer = memo?.tokenizer ?? new Tokenizer();
  const placeOf = new Map(data.people.map((p, i) => [p.id, i]));
  return {
    quotes: TermIndex.build(data.quotes, INDEX_OPTIONS.quotes, tokenizer),
    facts: TermIndex.build(data.facts, INDEX_OPTIONS.facts, tokenizer),
    events: TermIndex.build(data.events, INDEX_OPTIONS.events, tokenizer),
    people,
    quoteSpeakers: speakerPlaces(data.quotes, placeOf),
  };
}

/** Each quote's speaker as a place in the people list (-1: none). */
function speakerPlaces(quotes: readonly Quote[], placeOf: ReadonlyMap<string, number>): Int32Array {
  const out = new Int32Array(quotes.length);
  for (let i = 0; i < quotes.length; i++) {
    const id = quotes[i]!.speakerId;
    out[i] = id === null ? -1 : (placeOf.get(id) ?? -1);
  }
  return out;
}

function peopleIndex(people: readonly Person[]): MiniSearch<Person> {
  const index = new MiniSearch<Person>(INDEX_OPTIONS.people);
  index.addAll(people);
  return index;
}

/** Whether two lists hold the very same objects in the same order. */
export function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * The indexes as plain values and buffers, to post from the thread that built them (`transfer` moves, not copies).
 * `people` is null when the receiver's knowledge base has the same people: it keeps its people index.
 */
export interface IndexesMessage {
  quotes: TermIndexData;
  facts: TermIndexData;
  events: TermIndexData;
  people: string | null;
  quoteSpeakers: Int32Array;
}
export function serialiseIndexes(index: Indexes, options: { samePeople?: boolean } = {}): { message: IndexesMessage; transfer: ArrayBuffer[] } {
  return {
    message: { quotes: index.quotes.data, facts: index.facts.data, events: index.events.data, people: options.samePeople ? null : JSON.stringify(index.people), quoteSpeakers: index.quoteSpeakers },
    transfer: [...[index.quotes, index.facts, index.events].flatMap((i) => i.transferables()), index.quoteSpeakers.buffer as ArrayBuffer],
  };
}

/** Indexes from a message (see serialiseIndexes); `held` are the receiver's own, whose people index it may keep. */
export async function loadIndexes(message: IndexesMessage, held?: Indexes): Promise<Indexes> {
  if (message.people === null && !held) throw new Error('the refresh sent no people index and there is none to keep');
  return {
    quotes: await TermIndex.loadSlowly(message.quotes, INDEX_OPTIONS.quotes as TermIndexOptions<unknown>, held?.quotes),
    facts: await TermIndex.loadSlowly(message.facts, INDEX_OPTIONS.facts as TermIndexOptions<unknown>, held?.facts),
    events: await TermIndex.loadSlowly(message.events, INDEX_OPTIONS.events as TermIndexOptions<unknown>, held?.events),
    people: message.people === null ? held!.people : await MiniSearch.loadJSONAsync<Person>(message.people, INDEX_OPTIONS.people),
    quoteSpeakers: message.quoteSpeakers,
  };
}
