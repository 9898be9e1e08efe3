import MiniSearch from 'minisearch';
import type { Fact, Person, Quote, TimelineEvent } from '../model.js';
import type { BuildMemo } from './build.js';
import type { Indexes, KnowledgeData } from './knowledge.js';
import { TermIndex, type TermIndexData, type TermIndexOptions } from './termIndex.js';
import { Tokenizer } from './tokenizer.js';

// The search indexes: how they are built from a knowledge base's data, and how they cross between threads. Apart
// from the build (extraction, clustering), so that a process that only answers never loads the extractors.

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

/** The search indexes of a knowledge base's data; with the memo of the build that made the data, if there is one. */
export function buildIndexes(data: KnowledgeData, memo?: BuildMemo): Indexes {
  const kept = memo?.peopleIndex;
  const people = kept && sameItems(kept.people, data.people) ? kept.index : peopleIndex(data.people);
  if (memo) memo.peopleIndex = { people: data.people, index: people };
  const tokenizer = memo?.tokenizer ?? new Tokenizer();
  return {
    quotes: TermIndex.build(data.quotes, INDEX_OPTIONS.quotes, tokenizer),
    facts: TermIndex.build(data.facts, INDEX_OPTIONS.facts, tokenizer),
    events: TermIndex.build(data.events, INDEX_OPTIONS.events, tokenizer),
    people,
    quoteSpeakers: quoteSpeakers(data),
  };
}

/**
 * The parts of serialiseIndexes' message but the people index, built one at a time (for a snapshot: one index in
 * memory at a time). The memo must be the one that made the data, with no newer build since.
 */
export function* indexParts(data: KnowledgeData, memo: BuildMemo): Generator<TermIndexData | Int32Array> {
  yield TermIndex.build(data.quotes, INDEX_OPTIONS.quotes, memo.tokenizer).data;
  yield TermIndex.build(data.facts, INDEX_OPTIONS.facts, memo.tokenizer).data;
  yield TermIndex.build(data.events, INDEX_OPTIONS.events, memo.tokenizer).data;
  yield quoteSpeakers(data);
}

/** Each quote's speaker as a place in the people list (-1: none). */
function quoteSpeakers({ people, quotes }: KnowledgeData): Int32Array {
  const placeOf = new Map(people.map((p, i) => [p.id, i]));
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

/**
 * Indexes from a message (see serialiseIndexes); `held` are the receiver's own, whose people index it may keep. A
 * message with no people index and nothing held indexes `people` afresh (a few thousand names: milliseconds).
 */
export async function loadIndexes(message: IndexesMessage, held?: Indexes, people?: readonly Person[]): Promise<Indexes> {
  if (message.people === null && !held && !people) throw new Error('the refresh sent no people index and there is none to keep');
  return {
    quotes: await TermIndex.loadSlowly(message.quotes, INDEX_OPTIONS.quotes as TermIndexOptions<unknown>, held?.quotes),
    facts: await TermIndex.loadSlowly(message.facts, INDEX_OPTIONS.facts as TermIndexOptions<unknown>, held?.facts),
    events: await TermIndex.loadSlowly(message.events, INDEX_OPTIONS.events as TermIndexOptions<unknown>, held?.events),
    people: message.people !== null ? await MiniSearch.loadJSONAsync<Person>(message.people, INDEX_OPTIONS.people) : (held?.people ?? peopleIndex(people!)),
    quoteSpeakers: message.quoteSpeakers,
  };
}
