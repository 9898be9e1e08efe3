import MiniSearch from 'minisearch';
import type { NumberComparison } from '../model.js';
import { addTo } from '../util/group.js';
import { LayeredMap } from '../util/layered.js';
import { finish, finishSlowly, type Steps } from '../util/steps.js';
import { DATA_LISTS, type Change, type Changes, type Indexes, type KnowledgeBase, type KnowledgeData, type Lookup } from './knowledge.js';
import { TermIndex } from './termIndex.js';

/**
 * The look-ups a knowledge base answers from, made from its lists (or patched from the last one's after a small
 * change), and the frozen knowledge base they complete, at once or a few thousand items at a time.
 */

/** Items a step in stepwise work (see util/steps.ts): a generator yields every STEP items. */
const STEP = 5000;

/** A map from a list, a step at a time. */
function* mapOf<T, V>(list: readonly T[], entry: (t: T, i: number) => [string, V]): Steps<Map<string, V>> {
  const map = new Map<string, V>();
  for (let i = 0; i < list.length; i++) {
    const [k, v] = entry(list[i]!, i);
    map.set(k, v);
    if (i % STEP === STEP - 1) yield;
  }
  return map;
}


/**
 * `old` with the keys of `remove` taken out and the entries of `set` put in, as a layer of changes over it. Null
 * when the layer would outweigh the map: then a new map is made.
 */
function relayered<V>(old: ReadonlyMap<string, V>, remove: Iterable<string>, set: Iterable<readonly [string, V]>): LayeredMap<string, V> | null {
  const base = old instanceof LayeredMap ? (old as LayeredMap<string, V>) : LayeredMap.over(old);
  const map = base.with(remove, set);
  return map.layerSize * 8 < map.size ? map : null;
}

/** A map by id made from the last knowledge base's: only the gone items leave it and only the new ones are added. */
function patched<T extends { id: string }>(old: ReadonlyMap<string, T>, change: Change<object>): LayeredMap<string, T> | null {
  const gone = (change.gone as T[]).filter((g) => old.get(g.id) === g).map((g) => g.id);
  return relayered(old, gone, (change.fresh as T[]).map((f) => [f.id, f] as const));
}

function* lookupSteps(
  kb: Pick<KnowledgeBase, 'articles' | 'people' | 'quotes' | 'facts' | 'clusters' | 'numbers' | 'links'>,
  previous?: { lookup: Lookup; changes: Changes },
): Steps<Lookup> {
  // By id: from the last knowledge base's maps when there is one (a refresh changes a few items of thousands).
  function* byId<K extends 'articles' | 'people' | 'quotes' | 'facts' | 'clusters', T extends { id: string }>(key: K, list: readonly T[], old: ReadonlyMap<string, T> | undefined): Steps<ReadonlyMap<string, T>> {
    const change = previous?.changes[key];
    // (A full refresh changes everything: then a new map is less work, and it is made in steps.)
    const map = old && change && change.fresh.length * 8 < list.length ? patched(old, change) : null;
    if (map) {
      yield;
      return map;
    }
    return yield* mapOf(list, (x) => [x.id, x]);
  }
  const quotesBySpeaker = yield* groupSteps(kb.quotes, (q) => q.speakerId, previous?.lookup.quotesBySpeaker, previous?.changes.quotes);
  const numbersByFact = new Map<string, NumberComparison[]>();
  for (const n of kb.numbers) {
    for (const v of n.values) {
      for (const id of v.factIds) {
        const list = numbersByFact.get(id);
        if (!list) numbersByFact.set(id, [n]);
        else if (!list.includes(n)) list.push(n);
      }
    }
  }
  yield;
  return {
    article: yield* byId('articles', kb.articles, previous?.lookup.article),
    person: yield* byId('people', kb.people, previous?.lookup.person),
    quote: yield* byId('quotes', kb.quotes, previous?.lookup.quote),
    fact: yield* byId('facts', kb.facts, previous?.lookup.fact),
    cluster: yield* byId('clusters', kb.clusters, previous?.lookup.cluster),
    quotesBySpeaker,
    numbersByFact,
    linksByArticle: yield* groupSteps(kb.links, (l) => l.articleId, previous?.lookup.linksByArticle, previous?.changes.links),
  };
}

/**
 * A list's items by key, in list order. With the last knowledge base's groups and a small change, only the keys of
 * changed items are grouped again: one pass over the list that looks at nothing else.
 */
function* groupSteps<T>(
  list: readonly T[],
  keyOf: (t: T) => string | null,
  old: ReadonlyMap<string, readonly T[]> | undefined,
  change: Change<object> | undefined,
): Steps<ReadonlyMap<string, readonly T[]>> {
  if (old && change && change.fresh.length * 8 < list.length) {
    const touched = new Set<string>();
    for (const x of [...change.gone, ...change.fresh] as T[]) {
      const k = keyOf(x);
      if (k !== null) touched.add(k);
    }
    const groups = new Map<string, T[]>();
    for (const x of list) {
      const k = keyOf(x);
      if (k !== null && touched.has(k)) addTo(groups, k, x);
    }
    const map = relayered<readonly T[]>(old, [...touched].filter((k) => !groups.has(k)), groups);
    if (map) {
      yield;
      return map;
    }
  }
  const groups = new Map<string, T[]>();
  for (let i = 0; i < list.length; i++) {
    const k = keyOf(list[i]!);
    if (k !== null) addTo(groups, k, list[i]!);
    if (i % STEP === STEP - 1) yield;
  }
  return groups;
}

/** The knowledge base from its data and indexes: adds the look-ups and freezes it. */
export function withIndexes(data: KnowledgeData, index: Indexes): KnowledgeBase {
  return finish(assembleSteps(data, index));
}

/**
 * As withIndexes, a few thousand items at a time, so that the thread keeps answering while it takes a refresh in.
 * With the knowledge base it replaces and what changed, its look-ups by id are patched rather than made again.
 */
export function withIndexesSlowly(data: KnowledgeData, index: Indexes, previous?: { lookup: Lookup; changes: Changes }): Promise<KnowledgeBase> {
  return finishSlowly(assembleSteps(data, index, previous));
}

function* assembleSteps(data: KnowledgeData, index: Indexes, previous?: { lookup: Lookup; changes: Changes }): Steps<KnowledgeBase> {
  const kb = { ...data, index, lookup: yield* lookupSteps(data, previous) };
  if (previous && DATA_LISTS.every((key) => previous.changes[key])) {
    // Every item the changes do not name came from the last knowledge base, frozen already: freeze only the new.
    for (const key of DATA_LISTS) {
      yield* freezeSteps({ fresh: previous.changes[key]!.fresh });
      Object.freeze(kb[key]);
    }
    yield* freezeSteps({ lookup: kb.lookup, index: kb.index });
    Object.freeze(kb);
  } else yield* freezeSteps(kb);
  return kb;
}

/** Freezes the knowledge base and everything in it (indexes and maps are left as they are: they are not shared). */
function* freezeSteps(value: object): Steps<void> {
  let count = 0;
  // Frozen means done: an object is frozen before its children are walked, and only this freezes, always deeply.
  // (A set of the objects seen would grow to millions of entries, and growing it is one long pause.)
  const walk = (v: unknown) => {
    if (v === null || typeof v !== 'object' || Object.isFrozen(v) || v instanceof MiniSearch || v instanceof TermIndex || v instanceof Map || ArrayBuffer.isView(v)) return;
    Object.freeze(v);
    count++;
    for (const child of Object.values(v as object)) walk(child);
  };
  // The big lists item by item, so that the work can stop between items.
  for (const list of Object.values(value)) {
    if (!Array.isArray(list)) continue;
    for (const item of list) {
      walk(item);
      if (count >= STEP) {
        count = 0;
        yield;
      }
    }
  }
  walk(value);
}
