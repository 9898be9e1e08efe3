import type MiniSearch from 'minisearch';
import type { Article, Cluster, Fact, Link, NumberComparison, Person, Quote, TimelineEvent, Warning } from '../model.js';
import type { TermIndex } from './termIndex.js';

/**
 * What a knowledge base is: its lists, indexes and look-ups. Kept apart from how it is built (build.ts) and how its
 * look-ups are made (lookup.ts), which both import it.
 */

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
  /** Full-text indexes; a hit's `doc` is the position in `quotes`, `facts` or `events`. */
  readonly index: Indexes;
  /** Look-ups built once with the knowledge base, so that no answer scans whole lists. Read-only. */
  readonly lookup: Lookup;
}

export interface Indexes {
  readonly quotes: TermIndex;
  readonly facts: TermIndex;
  readonly events: TermIndex;
  /** People are few and searched by name with MiniSearch's own options. */
  readonly people: MiniSearch<Person>;
  /**
   * Each quote's speaker, as a place in `people` (-1: none), by the quote's place in `quotes`: a search of one
   * speaker's quotes tests a number per hit instead of reading each hit's quote.
   */
  readonly quoteSpeakers: Int32Array;
}

export interface Lookup {
  article: ReadonlyMap<string, Article>;
  person: ReadonlyMap<string, Person>;
  quote: ReadonlyMap<string, Quote>;
  fact: ReadonlyMap<string, Fact>;
  cluster: ReadonlyMap<string, Cluster>;
  /** Each speaker's quotes, in the order of `quotes`. */
  quotesBySpeaker: ReadonlyMap<string, readonly Quote[]>;
  /** The amounts each fact takes part in. */
  numbersByFact: ReadonlyMap<string, readonly NumberComparison[]>;
  linksByArticle: ReadonlyMap<string, readonly Link[]>;
}

/** The knowledge base without its search indexes and look-ups: plain data, which can cross to another thread. */
export type KnowledgeData = Omit<KnowledgeBase, 'index' | 'lookup'>;

/** The lists in KnowledgeData (everything but builtAt). */
export const DATA_LISTS = ['articles', 'people', 'quotes', 'events', 'facts', 'links', 'clusters', 'numbers', 'warnings'] as const satisfies readonly (keyof KnowledgeData)[];

/** What changed in each list from the knowledge base a new one is made from: the items gone and the items new. */
/** What a refresh changed in a list: the old items it no longer has, and the items it did not have. */
export interface Change<T> {
  gone: readonly T[];
  fresh: readonly T[];
}

export type Changes = Partial<Record<(typeof DATA_LISTS)[number], Change<object>>>;
