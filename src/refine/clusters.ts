import type { Article, Cluster, Fact, Person, Quote, TimelineEvent } from '../model.js';
import { containment, contentWords, similarity } from './similarity.js';
import { groupBy, wordPostings } from '../util/group.js';

/** Joins items into groups: a small union-find. */
class Groups {
  private parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  join(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
  groups(): number[][] {
    return [...groupBy(this.parent.keys(), (i) => String(this.find(i))).values()];
  }
}

/**
 * Calls `visit` for each pair of items worth comparing: those that share a word that few items have (at most
 * `maxShare`), and at least `minShared` such words. Keeps clustering near-linear on large corpora instead of
 * comparing every pair. Words become numbers and the counting runs in typed arrays: at 10,000 articles this is
 * millions of increments, which a Map per item made the slowest step of the build.
 */
export function forEachCandidate(
  words: readonly (readonly string[])[],
  visit: (a: number, b: number) => void,
  minShared: (a: number, b: number) => number = () => 1,
  maxShare = 200,
): void {
  const n = words.length;
  const { own, offsets, items } = wordPostings(words);
  const shared = new Uint32Array(n);
  const touched = new Uint32Array(n);
  for (let a = 0; a < n; a++) {
    let t = 0;
    for (const w of own[a]!) {
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
 * Whether two quotes are the same statement: near-identical wording, a reworded or translated variant, or a partial
 * quote inside a fuller one. Quotes of one or two words join only their own kind: the same word, or a variant from
 * the same speaker in another article ('open and useful' beside 'constructive and helpful').
 */
export function sameStatement(a: Quote, b: Quote, wa: readonly string[], wb: readonly string[]): number {
  const sim = similarity(wa, wb);
  const short = Math.min(wa.length, wb.length);
  if (short === 0) return 0;
  if (short <= 2) {
    if (wa.length !== wb.length) return 0;
    if (sim === 1) return 1;
    return sim >= 0.5 && a.speakerId && a.speakerId === b.speakerId && a.articleId !== b.articleId ? sim : 0;
  }
  if (sim >= 0.5) return sim;
  const contained = containment(wa, wb);
  return contained >= 0.8 ? contained * 0.9 : 0;
}

export interface ClusterResult {
  clusters: Cluster[];
  clusterOf: Map<string, string>;
  /** Each item's content words, for later steps that compare the same texts. */
  words?: (readonly string[])[];
}

type Member = { id: string; articleId: string; text: string };

function build(
  kind: Cluster['kind'],
  items: readonly Member[],
  wordsOf: (i: number) => readonly string[],
  groups: number[][],
  sims: Map<string, number>,
  familyOf: (a: string) => string,
  outletOf: (a: string) => string,
): ClusterResult {
  const clusters: Cluster[] = [];
  const clusterOf = new Map<string, string>();
  for (const g of groups) {
    const members = g.map((i) => items[i]!);
    const articleIds = [...new Set(members.map((m) => m.articleId))];
    if (articleIds.length < 2 && members.length < 2) continue;
    const id = `${kind}:${members[0]!.id}`;
    const first = members[0]!;
    const words = wordsOf(g[0]!);
    const firstWords = words.join(' ');
    const variants = g
      .slice(1)
      .filter((i) => wordsOf(i).join(' ') !== firstWords)
      .map((i) => {
        const m = items[i]!;
        return { id: m.id, text: m.text, similarity: Math.round((sims.get(`${first.id}|${m.id}`) ?? similarity(words, wordsOf(i))) * 100) / 100 };
      });
    clusters.push({
      id,
      kind,
      memberIds: members.map((m) => m.id),
      articleIds,
      independent: new Set(articleIds.map(familyOf)).size,
      outlets: [...new Set(articleIds.map(outletOf))],
      variants,
      conflict: null,
    });
    for (const m of members) clusterOf.set(m.id, id);
  }
  return { clusters, clusterOf };
}

export interface Context {
  familyOf: (articleId: string) => string;
  outletOf: (articleId: string) => string;
  /** A text's content words (contentWords, or a memo of it that a build keeps for the next). */
  wordsOf?: (text: string) => readonly string[];
}

/** Groups the same statement across articles (see sameStatement). */
export function clusterQuotes(quotes: readonly Quote[], ctx: Context): ClusterResult {
  const wordsOf = ctx.wordsOf ?? contentWords;
  const words = quotes.map((q) => wordsOf(q.text));
  const groups = new Groups(quotes.length);
  const sims = new Map<string, number>();
  forEachCandidate(words, (i, j) => {
    const s = sameStatement(quotes[i]!, quotes[j]!, words[i]!, words[j]!);
    if (s > 0) {
      groups.join(i, j);
      sims.set(`${quotes[i]!.id}|${quotes[j]!.id}`, s);
      sims.set(`${quotes[j]!.id}|${quotes[i]!.id}`, s);
    }
  });
  return { ...build('quote', quotes, (i) => words[i]!, groups.groups(), sims, ctx.familyOf, ctx.outletOf), words };
}

/** Groups facts that state the same thing in different articles: the same amount of the same thing, or the same words. */
export function clusterFacts(facts: readonly Fact[], ctx: Context): ClusterResult {
  const wordsOf = ctx.wordsOf ?? contentWords;
  const words = facts.map((f) => wordsOf(f.text));
  const groups = new Groups(facts.length);
  // Two facts that share fewer than two words, or under a third of the longer one's, cannot reach the word
  // threshold; a shared amount ("100,000 troops") needs only one more word in common.
  // Most facts have no amount: an empty list answers at once (this test runs for every candidate pair).
  const amounts = facts.map((f) => [...new Set(f.numbers.filter((n) => n.unit && n.value >= 10 && /^\d/.test(n.text)).map((n) => `${n.unit}|${n.value}`))]);
  const shareAmount = (i: number, j: number) => amounts[i]!.length > 0 && amounts[j]!.length > 0 && amounts[i]!.some((k) => amounts[j]!.includes(k));
  const minShared = (i: number, j: number) => (shareAmount(i, j) ? 1 : Math.max(2, Math.floor(0.3 * Math.max(words[i]!.length, words[j]!.length))));
  forEachCandidate(words, (i, j) => {
    const a = facts[i]!;
    const b = facts[j]!;
    if (a.articleId === b.articleId) return;
    const sim = similarity(words[i]!, words[j]!);
    const sameAmount = shareAmount(i, j);
    // A large shared amount ("100,000 troops") is distinctive on its own; a small one needs some words in common too.
    const large = sameAmount && a.numbers.some((n) => n.value >= 1000 && amounts[j]!.includes(`${n.unit}|${n.value}`));
    if (sim >= 0.5 || large || (sameAmount && sim >= 0.15)) groups.join(i, j);
  }, minShared);
  // A variant's similarity to the cluster's first fact is the same word measure, so build computes it for the
  // few members rather than this loop keeping it for every joined pair.
  return { ...build('fact', facts, (i) => words[i]!, groups.groups(), new Map(), ctx.familyOf, ctx.outletOf), words };
}

/** Groups events on the same date, told in different articles in words that overlap. */
const DATE_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|week|month|year|last|next|earlier|later|january|february|march|april|may|june|july|august|september|october|november|december|\d+)$/;

export function clusterEvents(events: readonly TimelineEvent[], ctx: Context): ClusterResult {
  // The date words are what the events share by construction; compare what happened, not when.
  const wordsOf = ctx.wordsOf ?? contentWords;
  const words = events.map((e) => wordsOf(e.text).filter((w) => !DATE_WORDS.test(w)));
  const groups = new Groups(events.length);
  const byDate = groupBy(events.keys(), (i) => events[i]!.date);
  const sims = new Map<string, number>();
  for (const ids of byDate.values()) {
    if (ids.length < 2) continue;
    // Within one date, compare only events that share words (a popular date such as "2014" has many).
    forEachCandidate(ids.map((i) => words[i]!), (x, y) => {
      const [i, j] = [ids[x]!, ids[y]!];
      if (events[i]!.articleId === events[j]!.articleId) return;
      const sim = similarity(words[i]!, words[j]!);
      if (sim >= 0.3) {
        groups.join(i, j);
        sims.set(`${events[i]!.id}|${events[j]!.id}`, sim);
      }
    });
  }
  return build('event', events, (i) => wordsOf(events[i]!.text), groups.groups(), sims, ctx.familyOf, ctx.outletOf);
}

/** Whether a quote speaks of its own speaker in the third person ("President Putin is always ready …", said Putin). */
export function speaksOfSpeaker(q: Quote, speaker: Person | undefined): boolean {
  if (!speaker || speaker.type !== 'person') return false;
  const surname = speaker.name.split(' ').at(-1)!;
  return new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(q.text);
}

/**
 * Marks conflicts: the same words credited to different people in different articles, and a quote credited to the
 * person it speaks of. Returns each quote's flags.
 */
export function findConflicts(clusters: Cluster[], quotes: readonly Quote[], people: ReadonlyMap<string, Person>): Map<string, string[]> {
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const flags = new Map<string, string[]>();
  const flag = (id: string, f: string) => flags.set(id, [...new Set([...(flags.get(id) ?? []), f])]);
  for (const q of quotes) if (speaksOfSpeaker(q, q.speakerId ? people.get(q.speakerId) : undefined)) flag(q.id, 'third-person');
  for (const c of clusters) {
    if (c.kind !== 'quote') continue;
    const members = c.memberIds.map((id) => byId.get(id)!);
    const persons = members.filter((m) => m.speakerId && people.get(m.speakerId)?.type === 'person');
    const speakers = [...new Set(persons.map((m) => m.speakerId!))];
    const spread = new Set(persons.map((m) => m.articleId)).size > 1;
    const sources = members.map((m) => ({ articleId: m.articleId, quoteId: m.id, speakerId: m.speakerId }));
    if (speakers.length > 1 && spread) {
      c.conflict = { kind: 'speaker', speakers, sources };
      for (const m of persons) flag(m.id, 'conflicting-speaker');
    } else if (members.some((m) => flags.get(m.id)?.includes('third-person'))) {
      c.conflict = { kind: 'third-person', speakers, sources };
    }
  }
  return flags;
}

export type { Article };
