import type { Article, Cluster, Fact, NumberComparison, Person, Quote, TimelineEvent } from '../model.js';
import { ClusterMemo, clusterEvents, clusterFacts, clusterQuotes, findConflicts, type Context } from './clusters.js';
import { containment, similarity } from './similarity.js';
import { addTo, groupBy, indexByWord } from '../util/group.js';
import { labelMisattribution } from './labels.js';
import { compareNumbers } from './numbers.js';

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
export function articleFamilies(articles: readonly Article[], quotes: readonly Quote[], clusterOf: ReadonlyMap<string, string>): Map<string, string> {
  const family = new Map(articles.map((a) => [a.id, a.id]));
  const find = (id: string): string => (family.get(id) === id ? id : find(family.get(id)!));
  const join = (a: string, b: string) => family.set(find(a), find(b));
  const byOrigin = new Map<string, string>();
  for (const a of articles) {
    const origin = a.origin?.toLowerCase();
    if (!origin) continue;
    if (byOrigin.has(origin)) join(a.id, byOrigin.get(origin)!);
    else byOrigin.set(origin, a.id);
  }
  const clustersOf = new Map<string, Set<string>>();
  for (const q of quotes) {
    if (q.fragment || !clusterOf.has(q.id)) continue;
    const set = clustersOf.get(q.articleId) ?? new Set();
    set.add(clusterOf.get(q.id)!);
    clustersOf.set(q.articleId, set);
  }
  const statements = new Map<string, number>();
  for (const q of quotes) if (!q.fragment) statements.set(q.articleId, (statements.get(q.articleId) ?? 0) + 1);
  const articlesOfCluster = new Map<string, string[]>();
  for (const [articleId, set] of clustersOf) {
    for (const c of set) addTo(articlesOfCluster, c, articleId);
  }
  const copyish = (a: Article) => a.kind === 'rewrite' || a.kind === 'translation' || a.labelEvidence.some((l) => l.label === 'machine-reworded');
  for (const a of articles) {
    if (!copyish(a)) continue;
    // Only articles that share a statement with this one can be what it copies.
    const shared = new Map<string, number>();
    for (const c of clustersOf.get(a.id) ?? []) {
      for (const b of articlesOfCluster.get(c) ?? []) if (b !== a.id) shared.set(b, (shared.get(b) ?? 0) + 1);
    }
    for (const [b, n] of shared) if (n >= 2 && n / Math.max(1, statements.get(a.id) ?? 0) >= 0.5) join(a.id, b);
  }
  return new Map(articles.map((a) => [a.id, find(a.id)]));
}

/**
 * The other side of a quote that speaks of its own speaker: the sentences of other articles that carry the same
 * words. A flagged quote with no cluster gets one of its own, so the conflict is in the export either way.
 */
function thirdPersonSides(
  quotes: readonly Quote[],
  facts: readonly Fact[],
  flags: ReadonlyMap<string, string[]>,
  q: { clusters: Cluster[]; clusterOf: Map<string, string> },
  ctx: Context & { memo: ClusterMemo },
  factWords: readonly (readonly string[])[],
): Cluster[] {
  const made: Cluster[] = [];
  const clusterById = new Map(q.clusters.map((c) => [c.id, c]));
  const flagged = quotes.filter((q) => flags.get(q.id)?.includes('third-person'));
  if (flagged.length === 0) return made;
  // Facts by their rarest word: a fact that holds half of a quote's words shares at least one of them.
  const byWord = indexByWord(factWords);
  for (const quote of flagged) {
    const words = ctx.memo.wordsOf(quote);
    const candidates = new Set<number>();
    for (const w of new Set(words)) {
      const list = byWord.get(w);
      if (list && list.length <= 500) for (const i of list) candidates.add(i);
    }
    const sides = [...candidates]
      .map((i) => ({ f: facts[i]!, w: factWords[i]! }))
      .filter(({ f }) => f.articleId !== quote.articleId)
      .filter(({ w }) => containment(words, w) >= 0.5 && similarity(words, w) >= 0.3)
      .map(({ f }) => ({ articleId: f.articleId, quoteId: null, factId: f.id, speakerId: null, text: f.text }));
    const existing = q.clusterOf.get(quote.id);
    const cluster = existing ? clusterById.get(existing) : undefined;
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
    q.clusterOf.set(quote.id, c.id);
  }
  return made;
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
  const families = articleFamilies(input.articles, input.quotes, q.clusterOf);
  const ctx = { familyOf: (id: string) => families.get(id)!, outletOf, memo };
  for (const c of q.clusters) c.independent = new Set(c.articleIds.map(ctx.familyOf)).size;
  const f = clusterFacts(input.facts, ctx);
  const e = clusterEvents(input.events, ctx);
  const people = new Map(input.people.map((p) => [p.id, p]));
  const flags = findConflicts(q.clusters, input.quotes, people, (x, speaker) => memo.speaksOf(x, speaker));
  const thirdPerson = thirdPersonSides(input.quotes, input.facts, flags, q, ctx, f.words!);
  const quotes = input.quotes.map((x) => memo.found(x, q.clusterOf.get(x.id) ?? null, flags.get(x.id) ?? []));
  const clusters = [...q.clusters, ...thirdPerson, ...f.clusters, ...e.clusters];
  const clusterById = new Map(clusters.map((c) => [c.id, c]));
  const quotesOf = groupBy(quotes, (x) => x.articleId);
  const articles = input.articles.map((a) => {
    const labelEvidence = labelMisattribution(a, quotesOf.get(a.id) ?? [], clusterById);
    return { ...a, labelEvidence, labels: [...new Set(labelEvidence.map((l) => l.label))] };
  });
  return {
    articles,
    quotes,
    facts: input.facts.map((x) => memo.found(x, f.clusterOf.get(x.id) ?? null)),
    events: input.events.map((x) => memo.found(x, e.clusterOf.get(x.id) ?? null)),
    clusters,
    numbers: compareNumbers(input.facts, memo.amounts),
  };
}
