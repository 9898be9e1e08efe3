import type MiniSearch from 'minisearch';
import type { Fact, Link, Person, Quote, SourceArticle, TimelineEvent, Warning } from '../model.js';
import { refine } from '../refine/refine.js';
import { ClusterMemo } from '../refine/clusters.js';
import { extractArticle, type ArticleExtraction, type Reference } from '../extract/article.js';
import { surveyArticle } from '../extract/survey.js';
import { unextracted } from '../extract/unextracted.js';
import { inferDates } from './dates.js';
import { folderHints } from './folderNames.js';
import { mergePeople, PeopleMemo } from './people.js';
import type { LocalPerson } from '../extract/mentions.js';
import { Tokenizer } from './tokenizer.js';
import { Vocabulary } from '../util/vocabulary.js';
import { sameValue } from '../util/same.js';
import { flat, JoinMemo } from '../util/flat.js';

import type { KnowledgeBase, KnowledgeData } from './knowledge.js';
import { withIndexes } from './lookup.js';
import { buildIndexes } from './indexes.js';

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
 * Held by whoever refreshes (the refresh worker). `tests/refresh/incremental.test.ts` checks that a build with a memo
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
  /** The same, read again with the folder's names (see folderHints), by reference and names. */
  readonly hinted = new WeakMap<SourceArticle, { ref: string; x: ArticleExtraction }>();

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

/** An article's survey; one that fails (see unextracted) places the article nowhere, and its extraction says why. */
function surveyOrNone(s: SourceArticle): ReturnType<typeof surveyArticle> {
  try {
    return surveyArticle(s);
  } catch {
    return { sections: [], date: null, dateSource: 'none', words: new Set() };
  }
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
    if (hit) return { date: hit.article.published, dateSource: hit.article.dateSource === 'corpus' ? ('none' as const) : hit.article.dateSource, words: hit.words, monthDay: hit.monthDay, latest: hit.latest, places: hit.places };
    const sv = surveyOrNone(s);
    // Kept with the extraction for the next build: its words as the vocabulary's strings, not a copy of each word
    // in each article (at 10,000 articles a million and a half strings less for every full collection to walk). The
    // set is the one date inference numbers now, so the next build finds its numbers by it.
    if (memo) sv.words = new Set([...sv.words].map((w) => memo.clusters.vocabulary.words[memo.clusters.vocabulary.id(w)]!));
    return sv;
  });
  const inferred = inferDates(surveys, memo?.clusters);
  const references = sources.map((_, i): Reference => {
    const sv = surveys[i]!;
    const borrowed = inferred[i];
    return sv.date
      ? { date: sv.date, source: sv.dateSource }
      : borrowed
        ? { date: borrowed.date, source: 'corpus' as const, from: sources[borrowed.from]!.id }
        : { date: null, source: 'none' as const };
  });
  const refOf = (i: number) => `${references[i]!.date}|${references[i]!.source}|${references[i]!.from ?? ''}`;
  const extract = (i: number, folderNames: readonly string[]) => {
    const s = sources[i]!;
    const sv = surveys[i]!;
    try {
      return extractArticle(s, references[i]!, 'sections' in sv ? sv : undefined, folderNames);
    } catch (err) {
      return unextracted(s, references[i]!, err);
    }
  };
  const extractions: ArticleExtraction[] = sources.map((s, i) => {
    const ref = refOf(i);
    if (known[i]?.ref === ref) return known[i].x;
    const key = `${keyOf(i)}|${ref}`;
    let x = cache?.get(key);
    if (!x) {
      x = extract(i, []);
      // (Surveyed again when the survey came from the cache: its words are the ones date inference numbered.)
      x.words = surveys[i]!.words;
      cache?.set(key, x);
      cache?.set(`survey|${keyOf(i)}`, x);
    }
    memo?.extracted.set(s, { ref, x });
    return x;
  });
  // Read again, with the folder's names, the articles that write someone other articles name (see folderHints).
  const hints = folderHints(extractions);
  return extractions.map((x, i) => {
    const names = hints[i];
    if (!names) return x;
    const ref = `${refOf(i)}|${names.join('|')}`;
    const s = sources[i]!;
    const kept = memo?.hinted.get(s);
    if (kept?.ref === ref) return kept.x;
    const key = `${keyOf(i)}|${ref}`;
    let hinted = cache?.get(key);
    if (!hinted) {
      hinted = extract(i, names);
      hinted.words = x.words;
      cache?.set(key, hinted);
    }
    memo?.hinted.set(s, { ref, x: hinted });
    return hinted;
  });
}

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
