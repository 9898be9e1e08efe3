import SearchableMap from 'minisearch/SearchableMap';
import { finish, finishSlowly, type Steps } from '../util/steps.js';
import { terms, Tokenizer } from './tokenizer.js';

/**
 * A full-text index with minisearch's scoring (BM25 with its parameters, its fuzzy and prefix weights, and its
 * bonus for documents that match more of the query's words), kept in typed arrays.
 *
 * Why not a MiniSearch instance: at 10,000 articles a common word ("talks") is in tens of thousands of sentences,
 * and MiniSearch builds a result object per matching document before anyone can ask for the best ten: 40–200 ms a
 * query. Here a word's postings are two flat arrays, scoring is a loop into a reused score array, and only the best
 * `limit` are sorted. The index is also a few flat buffers that move between threads without copying, instead of a
 * large JSON string. MiniSearch's radix tree (SearchableMap) still finds the words for fuzzy and prefix matching.
 */

const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const WEIGHTS = { fuzzy: 0.45, prefix: 0.375 };
const MAX_FUZZY = 6;
/** A query's first 31 distinct words count (one bit each in a 32-bit mask); more is not a question. */
const MAX_TERMS = 31;

export interface TermIndexOptions<T> {
  fields: string[];
  /** A field's text; null or undefined when the document has none (it then has no length in that field). */
  extractField?: (doc: T, field: string) => string | null | undefined;
  searchOptions?: SearchOptions;
}

export interface SearchOptions {
  fields?: string[];
  /** Fuzzy matching for a word: a fraction of its length or a fixed distance; false for none. */
  fuzzy?: number | false | ((term: string, i: number, terms: string[]) => number | false);
  prefix?: boolean | ((term: string, i: number, terms: string[]) => boolean);
  boost?: Record<string, number>;
  combineWith?: 'OR' | 'AND';
  /** Which documents may be returned, by their position in the list the index was built from. */
  filter?: (doc: number) => boolean;
  /** Only the best `limit` results (the rest are never sorted). */
  limit?: number;
  /** 'none' returns every hit unsorted, for a caller that wants which documents match, not which match best. */
  order?: 'score' | 'none';
}

export interface Hit {
  /** The document's position in the list the index was built from. */
  doc: number;
  score: number;
}

/** Everything an index is, as plain values and typed arrays: what crosses between threads. */
export interface TermIndexData {
  docCount: number;
  fields: string[];
  terms: string[];
  /** Per field: postings of term t are docs/freqs[offsets[t] .. offsets[t+1]). */
  postings: { offsets: Uint32Array; docs: Uint32Array; freqs: Uint32Array; lengths: Uint32Array; average: number }[];
}

/**
 * How an index finds its terms: each term's number, and a radix tree (minisearch's SearchableMap) for fuzzy and
 * prefix search. The tree may be shared by the indexes of one kind the main thread takes in, one after another, and
 * hold terms an index does not have (see TermIndex.loadSlowly); `size` counts its terms.
 */
type TermLookup = { ids: Map<string, number>; tree: { map: SearchableMap<true>; size: number } };

/**
 * An index's term numbers, and a radix tree holding its terms: the held lookup's tree with the new terms added while
 * it holds under twice the terms (plus 10,000), else a tree of its own. A step every `step` terms.
 */
function* lookupSteps(terms: readonly string[], held?: TermLookup, step = 2_000): Steps<TermLookup> {
  const keep = held && held.tree.size < 2 * terms.length + 10_000;
  const tree = keep ? held.tree : { map: new SearchableMap<true>(), size: 0 };
  const ids = new Map<string, number>();
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!;
    ids.set(t, i);
    if (!keep || (!held.ids.has(t) && !tree.map.has(t))) {
      tree.map.set(t, true);
      tree.size++;
    }
    if (i % step === step - 1) yield;
  }
  return { ids, tree };
}

export class TermIndex {
  /** Each term's number, and the radix tree that finds terms for fuzzy and prefix search (see TermLookup). */
  private lookup: TermLookup | null;
  private scores: Float64Array | null = null;
  private masks: Uint32Array | null = null;
  private touched: Uint32Array | null = null;
  private readonly norms: (Float64Array | undefined)[] = [];

  private constructor(
    readonly data: TermIndexData,
    private readonly defaults: SearchOptions,
    lookup: TermLookup | null = null,
  ) {
    this.lookup = lookup;
  }

  /** Made when first searched: a build in the refresh worker is never searched there. */
  private get terms(): TermLookup {
    return (this.lookup ??= finish(lookupSteps(this.data.terms)));
  }

  get documentCount(): number {
    return this.data.docCount;
  }

  /** The buffers to transfer (not copy) when the index is posted to another thread. */
  transferables(): ArrayBuffer[] {
    return this.data.postings.flatMap((p) => [p.offsets.buffer, p.docs.buffer, p.freqs.buffer, p.lengths.buffer] as ArrayBuffer[]);
  }

  static load(data: TermIndexData, options: TermIndexOptions<unknown>): TermIndex {
    return new TermIndex(data, options.searchOptions ?? {});
  }

  /**
   * As load, without holding the thread. The term numbers (a Map) are made `step` terms at a time with a turn of the
   * event loop between, or are the held index's when the terms are the same, in the same order. The radix tree is the
   * held index's, with this index's new terms added: it holds every term of both, and each index takes from it only
   * its own (the held one keeps answering meanwhile). At 150,000 terms, building a tree afresh takes a quarter of a
   * second; numbering the terms and adding a few to the held tree, 50-70 ms (see `npm run bench:terms`).
   */
  static async loadSlowly(data: TermIndexData, options: TermIndexOptions<unknown>, held?: TermIndex, step = 2_000): Promise<TermIndex> {
    const defaults = options.searchOptions ?? {};
    const before = held?.terms;
    const terms = data.terms;
    if (before && held.data.terms.length === terms.length && held.data.terms.every((t, i) => t === terms[i])) return new TermIndex(data, defaults, before);
    return new TermIndex(data, defaults, await finishSlowly(lookupSteps(terms, before, step)));
  }

  /** Whether this index and `other` find terms in the same radix tree (see loadSlowly). */
  sharesTermsWith(other: TermIndex): boolean {
    return this.lookup !== null && this.lookup.tree === other.lookup?.tree;
  }

  /**
   * Builds an index. A tokenizer with a memo (see BuildMemo) saves splitting texts the last build already split; the
   * index is the same either way: term numbers are given in the order the terms first appear, as without one.
   */
  static build<T>(docs: readonly T[], options: TermIndexOptions<T>, tokenizer = new Tokenizer()): TermIndex {
    const extract = options.extractField ?? ((d: T, f: string) => (d as Record<string, unknown>)[f] as string | null | undefined);
    const terms: string[] = [];
    // Pass one: each document's tokens (kept by the tokenizer), its length, and each term's number of documents.
    // Terms are numbered in the order they first appear, field by field, as a fresh index numbers them.
    const cursor = tokenizer.tokens(options, docs, options.fields, extract).map((at) => at + 1);
    const tokens = tokenizer.arena.data;
    // The tokenizer's word numbers to this index's term numbers (-1: not met yet). Every token is a word of the
    // vocabulary by now, so neither this nor the counts grow in the loops below (millions of tokens a build).
    const words = tokenizer.vocabulary.words;
    const local = new Int32Array(Math.max(16, tokenizer.vocabulary.size)).fill(-1);
    const fields = options.fields.map(() => {
      const lengths = new Uint32Array(docs.length);
      const at = new Uint32Array(docs.length);
      const counts = new Uint32Array(local.length);
      let average = 0;
      for (let d = 0; d < docs.length; d++) {
        const p = (at[d] = cursor[d]!);
        const n = tokens[p + 1]!;
        cursor[d] = p + 2 + 2 * n;
        if (tokens[p]! > 0) {
          lengths[d] = tokens[p]! - 1;
          // MiniSearch's running average, which counts every document before this one (with the field or not).
          average = (average * d + lengths[d]!) / (d + 1);
        }
        for (let k = p + 2; k < p + 2 + 2 * n; k += 2) {
          const w = tokens[k]!;
          let id = local[w]!;
          if (id < 0) {
            id = local[w] = terms.length;
            terms.push(words[w]!);
          }
          counts[id]!++;
        }
      }
      return { lengths, at, counts, average };
    });
    // Pass two, once every term has its number: postings per term, documents in order.
    const data: TermIndexData = {
      docCount: docs.length,
      fields: options.fields,
      terms,
      postings: fields.map(({ lengths, at: starts, counts, average }) => {
        const offsets = new Uint32Array(terms.length + 1);
        for (let t = 0; t < terms.length; t++) offsets[t + 1] = offsets[t]! + (t < counts.length ? counts[t]! : 0);
        const fill = offsets.slice(0, terms.length);
        const ids = new Uint32Array(offsets[terms.length]!);
        const freqs = new Uint32Array(offsets[terms.length]!);
        for (let d = 0; d < docs.length; d++) {
          const p = starts[d]!;
          for (let k = p + 2; k < p + 2 + 2 * tokens[p + 1]!; k += 2) {
            const at = fill[local[tokens[k]!]!]!++;
            ids[at] = d;
            freqs[at] = tokens[k + 1]!;
          }
        }
        return { offsets, docs: ids, freqs, lengths, average };
      }),
    };
    return new TermIndex(data, options.searchOptions ?? {});
  }

  /** Whether a word (lower case) is one of the index's terms, as written. */
  has(term: string): boolean {
    return this.terms.ids.has(term);
  }

  /**
   * The documents that match a query, best first, scored as MiniSearch scores them. Ties keep document order.
   */
  search(query: string, options: SearchOptions = {}): Hit[] {
    const o = { ...this.defaults, ...options };
    const fields = (o.fields ?? this.data.fields).map((f) => ({ at: this.data.fields.indexOf(f), boost: o.boost?.[f] ?? 1 })).filter((f) => f.at >= 0);
    const words = terms(query)
      .map((t) => t.toLowerCase())
      .filter(Boolean);
    const distinct = [...new Set(words)].slice(0, MAX_TERMS);
    if (distinct.length === 0 || this.data.docCount === 0) return [];
    const n = this.data.docCount;
    const scores = (this.scores ??= new Float64Array(n));
    const masks = (this.masks ??= new Uint32Array(n));
    let touched = (this.touched ??= new Uint32Array(Math.min(n, 1024)));
    let count = 0;

    const score = (termId: number, weight: number, bit: number) => {
      for (const f of fields) {
        const p = this.data.postings[f.at]!;
        const norm = (this.norms[f.at] ??= lengthNorms(p.lengths, p.average));
        const from = p.offsets[termId]!;
        const to = p.offsets[termId + 1]!;
        const matching = to - from;
        if (!matching) continue;
        if (count + matching > touched.length) {
          const bigger = new Uint32Array(Math.min(n, Math.max(touched.length * 2, count + matching)));
          bigger.set(touched.subarray(0, count));
          touched = this.touched = bigger;
        }
        const w = weight * f.boost * Math.log(1 + (n - matching + 0.5) / (matching + 0.5));
        for (let i = from; i < to; i++) {
          const d = p.docs[i]!;
          const tf = p.freqs[i]!;
          if (masks[d] === 0) touched[count++] = d;
          scores[d]! += w * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm[d]!));
          masks[d]! |= bit;
        }
      }
    };

    words.forEach((term, i) => {
      const q = distinct.indexOf(term);
      if (q < 0) return;
      const bit = 1 << q;
      const { ids, tree } = this.terms;
      const exact = ids.get(term);
      if (exact !== undefined) score(exact, 1, bit);
      // Terms the tree finds, this index's only, scored in the order of their numbers: the sums are then the same
      // whatever else the tree holds and however it is shaped (see loadSlowly).
      const scoreAll = (found: [number, number][]) => {
        found.sort((a, b) => a[0] - b[0]);
        for (const [id, weight] of found) score(id, weight, bit);
      };
      const prefix = typeof o.prefix === 'function' ? o.prefix(term, i, words) : o.prefix === true;
      const fuzzyOption = typeof o.fuzzy === 'function' ? o.fuzzy(term, i, words) : (o.fuzzy ?? false);
      const fuzzy = fuzzyOption === false ? 0 : fuzzyOption < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzyOption)) : fuzzyOption;
      const fuzzyMatches = fuzzy ? tree.map.fuzzyGet(term, fuzzy) : null;
      if (prefix) {
        const found: [number, number][] = [];
        for (const [t] of tree.map.atPrefix(term)) {
          const distance = t.length - term.length;
          if (!distance) continue;
          fuzzyMatches?.delete(t);
          const id = ids.get(t);
          if (id !== undefined) found.push([id, (WEIGHTS.prefix * t.length) / (t.length + 0.3 * distance)]);
        }
        scoreAll(found);
      }
      if (fuzzyMatches) {
        const found: [number, number][] = [];
        for (const [t, [, distance]] of fuzzyMatches) {
          const id = ids.get(t);
          if (distance && id !== undefined) found.push([id, (WEIGHTS.fuzzy * t.length) / (t.length + distance)]);
        }
        scoreAll(found);
      }
    });

    // Read out and reset the scratch arrays; keep every hit, or only the best `limit` in a small heap.
    const all = (1 << distinct.length) - 1;
    const top = o.limit !== undefined ? new TopK(Math.max(0, o.limit)) : null;
    const hits: Hit[] = [];
    for (let t = 0; t < count; t++) {
      const d = touched[t]!;
      const mask = masks[d]!;
      const s = scores[d]!;
      scores[d] = 0;
      masks[d] = 0;
      if (o.combineWith === 'AND' && (mask & all) !== all) continue;
      if (o.filter && !o.filter(d)) continue;
      // MiniSearch multiplies a document's score by how many of the query's words it matched.
      const final = s * popcount(mask);
      if (top) top.offer(d, final);
      else hits.push({ doc: d, score: final });
    }
    return top ? top.sorted() : o.order === 'none' ? hits : hits.sort(byScore);
  }
}

/** Each document's length term of BM25, k·(1 − b + b·length/average), computed once per field. */
function lengthNorms(lengths: Uint32Array, average: number): Float64Array {
  const norms = new Float64Array(lengths.length);
  for (let d = 0; d < lengths.length; d++) norms[d] = BM25.k * (1 - BM25.b + (BM25.b * lengths[d]!) / (average || 1));
  return norms;
}

function popcount(x: number): number {
  let n = 0;
  for (; x; x &= x - 1) n++;
  return n;
}

const byScore = (a: Hit, b: Hit) => b.score - a.score || a.doc - b.doc;

/** The best k hits seen so far, in a min-heap whose root is the worst of them: no object for the others. */
class TopK {
  private readonly docs: Uint32Array;
  private readonly scores: Float64Array;
  private size = 0;
  constructor(private readonly k: number) {
    this.docs = new Uint32Array(k);
    this.scores = new Float64Array(k);
  }
  /** Whether hit i ranks below hit j (lower score; on a tie, the later document). */
  private below(i: number, j: number): boolean {
    return this.scores[i]! < this.scores[j]! || (this.scores[i] === this.scores[j] && this.docs[i]! > this.docs[j]!);
  }
  private swap(i: number, j: number): void {
    [this.docs[i], this.docs[j]] = [this.docs[j]!, this.docs[i]!];
    [this.scores[i], this.scores[j]] = [this.scores[j]!, this.scores[i]!];
  }
  offer(doc: number, score: number): void {
    if (this.size < this.k) {
      let i = this.size++;
      this.docs[i] = doc;
      this.scores[i] = score;
      while (i > 0 && this.below(i, (i - 1) >> 1)) {
        this.swap(i, (i - 1) >> 1);
        i = (i - 1) >> 1;
      }
      return;
    }
    if (this.k === 0 || score < this.scores[0]! || (score === this.scores[0] && doc > this.docs[0]!)) return;
    this.docs[0] = doc;
    this.scores[0] = score;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < this.size && this.below(l, m)) m = l;
      if (r < this.size && this.below(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
  sorted(): Hit[] {
    const hits: Hit[] = [];
    for (let i = 0; i < this.size; i++) hits.push({ doc: this.docs[i]!, score: this.scores[i]! });
    return hits.sort(byScore);
  }
}
