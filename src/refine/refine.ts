import type { Article, Cluster, Fact, NumberComparison, Person, Quote, TimelineEvent } from '../model.js';
import { ClusterMemo, clusterEvents, clusterFacts, clusterQuotes, type ClusterResult, type Context } from './clusters.js';
import { findConflicts } from './conflicts.js';
import { containment, similarity } from './similarity.js';
import { addTo, postings } from '../util/group.js';
import { sameValue } from '../util/same.js';
import { labelMisattribution } from '../extract/labels.js';

export interface Refined {
  articles: Article[];
  quotes: Quote[];
  facts: Fact[];
  events: TimelineEvent[];
  clusters: Cluster[];
  numbers: NumberComparison[];
}

/**
 * Which articles are not independent of each other: one outlet's story (the same origin), or a reworded or
 * translated copy that shares half or more of its quotes with another article. Returns each article's family.
 */
export function articleFamilies(
  articles: readonly Article[],
  quotes: readonly Quote[],
  /** Each quote's cluster (any number naming it), -1 for none. */
  clusterAt: Int32Array,
): Map<string, string> {
  // By place in `articles`: this runs for every article and quote of every refresh.
  const placeOf = new Map(articles.map((a, i) => [a.id, i]));
  const parent = new Int32Array(articles.length);
  for (let i = 0; i < parent.length; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i]!;
    return i;
  };
  const join = (a: number, b: number) => (parent[find(a)] = find(b));
  const families = () => new Map(articles.map((a, i) => [a.id, articles[find(i)]!.id]));
  const byOrigin = new Map<string, number>();
  articles.forEach((a, i) => {
    const origin = a.origin?.toLowerCase();
    if (!origin) return;
    if (byOrigin.has(origin)) join(i, byOrigin.get(origin)!);
    else byOrigin.set(origin, i);
  });
  const copyish = (a: Article) => a.kind === 'rewrite' || a.kind === 'translation' || a.labelEvidence.some((l) => l.label === 'machine-reworded');
  const copies = articles.filter(copyish);
  // Only a copy can be joined to what it copies: without one, the rest is not needed.
  if (copies.length === 0) return families();
  const clustersOf = new Map<string, Set<number>>();
  const statements = new Uint32Array(articles.length);
  // (An article's quotes come one after another: its place is looked up once per run of them.)
  let last: string | null = null;
  let at = -1;
  quotes.forEach((q, i) => {
    if (q.fragment) return;
    if (q.articleId !== last) at = placeOf.get((last = q.articleId)) ?? -1;
    if (at >= 0) statements[at]!++;
    if (clusterAt[i]! < 0) return;
    const set = clustersOf.get(q.articleId) ?? new Set();
    set.add(clusterAt[i]!);
    clustersOf.set(q.articleId, set);
  });
  const articlesOfCluster = new Map<number, string[]>();
  for (const [articleId, set] of clustersOf) {
    for (const c of set) addTo(articlesOfCluster, c, articleId);
  }
  for (const a of copies) {
    // Only articles that share a statement with this one can be what it copies.
    const shared = new Map<string, number>();
    for (const c of clustersOf.get(a.id) ?? []) {
      for (const b of articlesOfCluster.get(c) ?? []) if (b !== a.id) shared.set(b, (shared.get(b) ?? 0) + 1);
    }
    const own = placeOf.get(a.id)!;
    for (const [b, n] of shared) {
      const other = placeOf.get(b);
      if (other !== undefined && n >= 2 && n / Math.max(1, statements[own]!) >= 0.5) join(own, other);
    }
  }
  return families();
}

/**
 * The other side of a quote that speaks of its own speaker: the sentences of other articles that carry the same
 * words. A flagged quote with no cluster gets one of its own, so the conflict is in the export either way. Returns
 * the clusters made, and the cluster id of each flagged quote that had none.
 */
function thirdPersonSides(
  quotes: readonly Quote[],
  facts: readonly Fact[],
  flags: readonly (string[] | undefined)[],
  q: ClusterResult,
  f: ClusterResult,
  ctx: Context,
): { made: Cluster[]; own: Map<number, string> } {
  const made: Cluster[] = [];
  const own = new Map<number, string>();
  const flagged: number[] = [];
  flags.forEach((list, i) => {
    if (list?.includes('third-person')) flagged.push(i);
  });
  if (flagged.length === 0) return { made, own };
  // Facts by their rarer words: a fact that holds half of a quote's words shares at least one of them.
  const { offsets, items: holders } = postings(f.own, ctx.memo!.vocabulary.size);
  for (const at of flagged) {
    const quote = quotes[at]!;
    const words = q.memo.words(at);
    const candidates = new Set<number>();
    const { data, at: starts } = q.own;
    for (let p = starts[at]! + 1, end = p + data[starts[at]!]!; p < end; p++) {
      const from = offsets[data[p]!]!;
      const to = offsets[data[p]! + 1]!;
      if (to > from && to - from <= 500) for (let k = from; k < to; k++) candidates.add(holders[k]!);
    }
    const sides = [...candidates]
      .map((i) => ({ f: facts[i]!, w: f.memo.words(i) }))
      .filter(({ f }) => f.articleId !== quote.articleId)
      .filter(({ w }) => containment(words, w) >= 0.5 && similarity(words, w) >= 0.3)
      .map(({ f }) => ({ articleId: f.articleId, quoteId: null, factId: f.id, speakerId: null, text: f.text }));
    const cluster = q.clusterAt[at]! >= 0 ? q.clusters[q.clusterAt[at]!] : undefined;
    if (cluster?.conflict) {
      cluster.conflict.sources.push(...sides);
      continue;
    }
    const c: Cluster = {
      id: `quote:${quote.id}`,
      kind: 'quote',
      memberIds: [quote.id],
      articleIds: [quote.articleId],
      independent: 1,
      outlets: [ctx.outletOf(quote.articleId)],
      variants: [],
      conflict: { kind: 'third-person', speakers: quote.speakerId ? [quote.speakerId] : [], sources: [{ articleId: quote.articleId, quoteId: quote.id, speakerId: quote.speakerId }, ...sides] },
    };
    made.push(c);
    own.set(at, c.id);
  }
  return { made, own };
}

/**
 * The cross-source stage: groups the same statement, fact and event across articles, counts independent articles,
 * flags conflicting attributions, compares amounts and labels misattribution risk. A pure function of its input.
 */
export function refine(
  input: { articles: Article[]; people: readonly Person[]; quotes: Quote[]; facts: Fact[]; events: TimelineEvent[] },
  /** What a build keeps for the next: each item's content words, and the pairs clustering judged. */
  memo: ClusterMemo = ClusterMemo.once(),
): Refined {
  const articleById = new Map(input.articles.map((a) => [a.id, a]));
  const outletOf = (id: string) => {
    const a = articleById.get(id)!;
    return a.outlet ?? a.origin ?? a.id;
  };
  // Quote clusters find the copies; the families they give then count independence, the quote clusters' included.
  // Clustering does not depend on the families, so the quotes are clustered once and only recounted.
  const q = clusterQuotes(input.quotes, { familyOf: (id) => id, outletOf, memo });
  const families = articleFamilies(input.articles, input.quotes, q.clusterAt);
  const ctx = { familyOf: (id: string) => families.get(id)!, families: memo.families(families), outletOf, memo };
  for (const c of q.clusters) c.independent = new Set(c.articleIds.map(ctx.familyOf)).size;
  const f = clusterFacts(input.facts, ctx);
  const e = clusterEvents(input.events, ctx);
  const people = new Map(input.people.map((p) => [p.id, p]));
  const flags = findConflicts(q.clusters, q.members, input.quotes, people, (i, speaker) => q.memo.speaksOf(i, speaker));
  const thirdPerson = thirdPersonSides(input.quotes, input.facts, flags, q, f, ctx);
  const idOf = (r: ClusterResult, i: number) => (r.clusterAt[i]! >= 0 ? r.clusters[r.clusterAt[i]!]!.id : null);
  const NONE: string[] = [];
  const quotes = input.quotes.map((_, i) => q.memo.found<Quote>(i, idOf(q, i) ?? thirdPerson.own.get(i) ?? null, flags[i] ?? NONE));
  const clusters = [...q.clusters, ...thirdPerson.made, ...f.clusters, ...e.clusters];
  // Only an article with a flagged quote can be at risk of misattribution: the others keep their labels.
  const flaggedOf = new Map<string, Quote[]>();
  flags.forEach((list, i) => {
    if (list) addTo(flaggedOf, quotes[i]!.articleId, quotes[i]!);
  });
  const clusterById = flaggedOf.size ? new Map(clusters.map((c) => [c.id, c])) : new Map<string, Cluster>();
  const labelled = memo.labelled(input.articles);
  const articles = input.articles.map((a, i) => {
    const risky = flaggedOf.get(a.id);
    const labelEvidence = risky ? labelMisattribution(a, risky, clusterById) : a.labelEvidence;
    const before = labelled[i];
    if (before && sameValue(before.labelEvidence, labelEvidence)) return before;
    return (labelled[i] = { ...a, labelEvidence: risky ? labelEvidence : [...labelEvidence], labels: [...new Set(labelEvidence.map((l) => l.label))] });
  });
  return {
    articles,
    quotes,
    facts: input.facts.map((_, i) => f.memo.found<Fact>(i, idOf(f, i))),
    events: input.events.map((_, i) => e.memo.found<TimelineEvent>(i, idOf(e, i))),
    clusters,
    numbers: memo.compared.compare(input.facts, (i) => f.memo.amounts(i)),
  };
}
