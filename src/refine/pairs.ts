import { postings, type WordLists } from '../util/group.js';
import { grown } from '../util/grow.js';
import { ListMemo } from '../util/arena.js';

/**
 * Which pairs of items are the same statement, fact or event: the expensive half of clustering. Comparing every
 * pair is out of the question at scale, so only pairs that share a word few items have are compared (candidates);
 * and a refresh after one changed article compares again only the pairs that article's items are in (PairMemo).
 */

/**
 * Pairs of items judged alike: pair k is positions i(k) < j(k), and how alike (what `accept` said). Kept in typed
 * arrays: at 10,000 articles there are about a million.
 */
export class Pairs {
  private ends = new Uint32Array(64);
  private values = new Float64Array(32);
  length = 0;

  add(i: number, j: number, score: number): void {
    this.reserve(1);
    this.ends[2 * this.length] = i;
    this.ends[2 * this.length + 1] = j;
    this.values[this.length++] = score;
  }

  /** Room for `more` pairs after the last. */
  reserve(more: number): void {
    this.ends = grown(this.ends, 2 * (this.length + more));
    this.values = grown(this.values, this.length + more);
  }

  /**
   * The pairs of `last` whose items are both still here, at their new places (`at`: -1 for an item gone or to be
   * judged again). A refresh keeps most of a million pairs this way, so the loop writes the arrays directly.
   */
  static kept(last: Pairs, at: Int32Array): Pairs {
    const pairs = new Pairs();
    pairs.reserve(last.length);
    const ends = pairs.ends;
    const values = pairs.values;
    let n = 0;
    for (let k = 0; k < last.length; k++) {
      const a = at[last.ends[2 * k]!]!;
      const b = at[last.ends[2 * k + 1]!]!;
      if (a < 0 || b < 0) continue;
      ends[2 * n] = Math.min(a , b);
      ends[2 * n + 1] = Math.max(a , b);
      values[n++] = last.values[k]!;
    }
    pairs.length = n;
    return pairs;
  }

  i(k: number): number {
    return this.ends[2 * k]!;
  }
  j(k: number): number {
    return this.ends[2 * k + 1]!;
  }
  score(k: number): number {
    return this.values[k]!;
  }
}

export interface Judge {
  /** Each item's distinct words, as numbers below `words`. */
  own: WordLists;
  words: number;
  /** How many rare words two items must share to be compared (default 1). */
  minShared?: (i: number, j: number) => number;
  /** Words in more than this many items are too common to make two items candidates. */
  maxShare?: number;
  /** How alike items i < j are, 0 when they are not the same. */
  accept: (i: number, j: number) => number;
  /**
   * The items themselves (needed with a memo). An item object the last build met is judged as it was then, so an
   * item must be a new object whenever anything `accept` or `minShared` reads of it changes.
   */
  items?: readonly object[];
}

const MAX_SHARE = 200;

/**
 * Calls `visit` for each pair of items worth comparing: those that share a word that few items have (at most
 * `maxShare`), and at least `minShared` such words. Keeps clustering near-linear on large corpora instead of
 * comparing every pair. The counting runs in typed arrays: at 10,000 articles this is millions of increments.
 */
function forEachCandidate(judge: Judge, offsets: Uint32Array, items: Uint32Array, visit: (a: number, b: number) => void): void {
  const { data, at } = judge.own;
  const n = at.length;
  const maxShare = judge.maxShare ?? MAX_SHARE;
  const minShared = judge.minShared ?? (() => 1);
  const shared = new Uint32Array(n);
  const touched = new Uint32Array(n);
  for (let a = 0; a < n; a++) {
    let t = 0;
    for (let p = at[a]! + 1, end = p + data[at[a]!]!; p < end; p++) {
      const w = data[p]!;
      const from = offsets[w]!;
      const to = offsets[w + 1]!;
      if (to - from < 2 || to - from > maxShare) continue;
      // Only the items after this one: each pair is counted from its first item.
      for (let k = to - 1; k >= from && items[k]! > a; k--) {
        const b = items[k]!;
        if (shared[b]!++ === 0) touched[t++] = b;
      }
    }
    for (let i = 0; i < t; i++) {
      const b = touched[i]!;
      if (shared[b]! >= minShared(a, b)) visit(a, b);
      shared[b] = 0;
    }
  }
}

/**
 * The pairs a build judged, and how many items held each word: what the next build needs to judge only the pairs
 * with a changed item. One per kind of item, kept in the build memo.
 */
export class PairMemo {
  /** Where each item was in the last build. */
  private readonly places = new ListMemo();
  private counts = new Uint32Array(0);
  /** The last build's pairs, by position in it. */
  private pairs = new Pairs();
  /** How many items the last build had. */
  private size = 0;
  private primed = false;

  /**
   * The judged pairs of a build, the same as judging every candidate afresh. An item must be judged again when it
   * is new (its article changed, or whatever else `accept` reads), or when it holds a word that crossed the "too
   * common" line (that word now makes, or no longer makes, candidates of items that did not change). Every other
   * pair is as it was: both items are unchanged, and so is every word they share.
   */
  judge(judge: Judge): Pairs {
    const n = judge.own.at.length;
    const from = this.places.next(judge.items!);
    const { offsets, items: holders } = postings(judge.own, judge.words);
    const pairs = this.primed ? this.again(judge, from, offsets, holders) : judgeAll(judge, offsets, holders);
    this.primed = true;
    this.counts = new Uint32Array(judge.words);
    for (let w = 0; w < judge.words; w++) this.counts[w] = offsets[w + 1]! - offsets[w]!;
    this.pairs = pairs;
    this.size = n;
    return pairs;
  }

  private again(judge: Judge, from: Int32Array, offsets: Uint32Array, items: Uint32Array): Pairs {
    const n = from.length;
    const maxShare = judge.maxShare ?? MAX_SHARE;
    const minShared = judge.minShared ?? (() => 1);
    const stale = new Uint8Array(n);
    // Where each of the last build's items is now (-1: gone or changed).
    const at = new Int32Array(this.size).fill(-1);
    for (let i = 0; i < n; i++) {
      // (An item twice in the list is judged again at its second place.)
      if (from[i]! < 0 || at[from[i]!]! >= 0) stale[i] = 1;
      else at[from[i]!] = i;
    }
    for (let w = 0; w < judge.words; w++) {
      const before = w < this.counts.length ? this.counts[w]! : 0;
      const now = offsets[w + 1]! - offsets[w]!;
      if (before <= maxShare !== now <= maxShare) for (let k = offsets[w]!; k < offsets[w + 1]!; k++) stale[items[k]!] = 1;
    }
    // Pairs of unchanged items, as judged last time (a stale item's old place maps nowhere).
    for (let p = 0; p < this.size; p++) if (at[p]! >= 0 && stale[at[p]!]) at[p] = -1;
    const pairs = Pairs.kept(this.pairs, at);
    // Each changed item against every item it shares rare words with (a pair of two changed items once).
    const shared = new Uint32Array(n);
    const touched = new Uint32Array(n);
    for (let a = 0; a < n; a++) {
      if (!stale[a]) continue;
      let t = 0;
      const { data, at: starts } = judge.own;
      for (let p = starts[a]! + 1, end = p + data[starts[a]!]!; p < end; p++) {
        const w = data[p]!;
        const first = offsets[w]!;
        const to = offsets[w + 1]!;
        if (to - first < 2 || to - first > maxShare) continue;
        for (let k = first; k < to; k++) {
          const b = items[k]!;
          if (b === a || (stale[b] && b < a)) continue;
          if (shared[b]!++ === 0) touched[t++] = b;
        }
      }
      for (let x = 0; x < t; x++) {
        const b = touched[x]!;
        const [i, j] = a < b ? [a, b] : [b, a];
        if (shared[b]! >= minShared(i, j)) {
          const score = judge.accept(i, j);
          if (score > 0) pairs.add(i, j, score);
        }
        shared[b] = 0;
      }
    }
    return pairs;
  }
}

function judgeAll(judge: Judge, offsets: Uint32Array, items: Uint32Array): Pairs {
  const pairs = new Pairs();
  forEachCandidate(judge, offsets, items, (i, j) => {
    const score = judge.accept(i, j);
    if (score > 0) pairs.add(i, j, score);
  });
  return pairs;
}

/** The pairs of items that are the same, judging every candidate; with a memo, only those a change touched. */
export function judgePairs(judge: Judge, memo?: PairMemo): Pairs {
  if (memo) return memo.judge(judge);
  const { offsets, items } = postings(judge.own, judge.words);
  return judgeAll(judge, offsets, items);
}
