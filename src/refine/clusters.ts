import type { Article, Cluster, Fact, Person, Quote, TimelineEvent } from '../model.js';
import { containment, contentWords, similarity } from './similarity.js';
import { Vocabulary } from '../util/vocabulary.js';
import { ListArena } from '../util/arena.js';
import type { Amount } from './numbers.js';
import { judgePairs, PairMemo, type Pairs } from './pairs.js';

/** Joins items into groups: a small union-find. */
class Groups {
  private readonly parent: Int32Array;
  constructor(n: number) {
    this.parent = Int32Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]!]!;
    return i;
  }
  join(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
  /** The groups of two or more items, each in item order, ordered by their first item. */
  groups(): number[][] {
    const n = this.parent.length;
    const size = new Uint32Array(n);
    for (let i = 0; i < n; i++) size[this.find(i)]!++;
    const at = new Int32Array(n).fill(-1);
    const out: number[][] = [];
    for (let i = 0; i < n; i++) {
      const root = this.find(i);
      if (size[root]! < 2) continue;
      if (at[root]! < 0) at[root] = out.push([]) - 1;
      out[at[root]!]!.push(i);
    }
    return out;
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
  /** A member's score with the group's first member, when the two were judged alike directly. */
  simOf: (member: number) => number | undefined,
  familyOf: (a: string) => string,
  outletOf: (a: string) => string,
  memo: ClusterMemo | undefined,
): ClusterResult {
  const clusters: Cluster[] = [];
  const clusterOf = new Map<string, string>();
  for (const g of groups) {
    const members = g.map((i) => items[i]!);
    const articleIds = [...new Set(members.map((m) => m.articleId))];
    if (articleIds.length < 2 && members.length < 2) continue;
    const id = `${kind}:${members[0]!.id}`;
    const sims = g.map(simOf);
    // The variants of a group whose members (and their scores with the first) are those of last build are the same.
    const kept = memo?.variants.get(members[0]!);
    const same = kept && kept.members.length === members.length && kept.members.every((m, k) => m === members[k] && kept.sims[k] === sims[k]);
    const variants = same ? kept.variants : variantsOf(items, g, wordsOf, sims);
    if (!same) memo?.variants.set(members[0]!, { members, sims, variants });
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

/** The members after the first whose words differ from its words, with their similarity to it. */
function variantsOf(items: readonly Member[], g: readonly number[], wordsOf: (i: number) => readonly string[], sims: readonly (number | undefined)[]): Cluster['variants'] {
  const words = wordsOf(g[0]!);
  const firstWords = words.join(' ');
  const variants: Cluster['variants'] = [];
  for (let k = 1; k < g.length; k++) {
    if (wordsOf(g[k]!).join(' ') === firstWords) continue;
    const m = items[g[k]!]!;
    variants.push({ id: m.id, text: m.text, similarity: Math.round((sims[k] ?? similarity(words, wordsOf(g[k]!))) * 100) / 100 });
  }
  return variants;
}

export interface Context {
  familyOf: (articleId: string) => string;
  outletOf: (articleId: string) => string;
  /** What the last build worked out, so that a refresh judges again only pairs with a changed item. */
  memo?: ClusterMemo;
}

/**
 * What clustering keeps from one build to the next (part of the build memo), by item: an unchanged article's items
 * are the same objects from build to build (extractions are cached, renamed quotes are reused), so a look-up by
 * object finds their words and pairs without comparing any text.
 */
export class ClusterMemo {
  /** Null in a one-off build (ClusterMemo.once): nothing to keep pairs for. */
  readonly pairs: Record<'quote' | 'fact' | 'event', PairMemo> | null;

  constructor(
    readonly vocabulary = new Vocabulary(),
    /** Whether this memo outlives its build (false for ClusterMemo.once). */
    private readonly lasting = true,
  ) {
    this.pairs = lasting ? { quote: new PairMemo(), fact: new PairMemo(), event: new PairMemo() } : null;
  }
  private readonly words = new WeakMap<object, readonly string[]>();
  /** Each item's distinct word numbers. */
  readonly arena = new ListArena();
  /** Each fact's amounts as compareNumbers counts them. */
  readonly amounts = new WeakMap<Fact, readonly Amount[]>();
  private readonly speaks = new WeakMap<Quote, { of: Person; yes: boolean }>();
  /** Each cluster's variants, by its first member, with the members and scores they were worked out from. */
  readonly variants = new WeakMap<object, { members: readonly object[]; sims: readonly (number | undefined)[]; variants: Cluster['variants'] }>();

  /**
   * An item's content words. Kept ones are the vocabulary's strings: a few thousand distinct words instead of millions
   * of copies for the collector to walk.
   */
  wordsOf(item: { text: string }): readonly string[] {
    let words = this.words.get(item);
    if (!words) {
      words = contentWords(item.text);
      if (this.lasting) words = words.map((w) => this.vocabulary.words[this.vocabulary.id(w)]!);
      this.words.set(item, words);
    }
    return words;
  }

  /** An item's distinct words (as `words` gives them) as numbers. */
  numbersOf(item: object, words: () => readonly string[]): Uint32Array {
    return this.arena.list(item, () => [...new Set(words().map((w) => this.vocabulary.id(w)))]);
  }

  private readonly outputs = new WeakMap<object, { clusterId: string | null; flags?: string[] }>();

  /**
   * An item with its cluster (and a quote with its flags): the same object as last build when they are the same,
   * so that unchanged items stay the same objects from build to build.
   */
  found<T extends object>(item: T, clusterId: string | null, flags?: string[]): T & { clusterId: string | null; flags: string[] };
  found<T extends object>(item: T, clusterId: string | null): T & { clusterId: string | null };
  found<T extends object>(item: T, clusterId: string | null, flags?: string[]): T & { clusterId: string | null } {
    const before = this.outputs.get(item) as (T & { clusterId: string | null; flags?: string[] }) | undefined;
    if (before && before.clusterId === clusterId && (!flags || (before.flags!.length === flags.length && before.flags!.every((f, i) => f === flags[i])))) return before;
    const out = flags ? { ...item, clusterId, flags } : { ...item, clusterId };
    this.outputs.set(item, out);
    return out;
  }

  /** speaksOfSpeaker, once per quote and speaker. */
  speaksOf(q: Quote, speaker: Person | undefined): boolean {
    if (!speaker) return false;
    const kept = this.speaks.get(q);
    if (kept && kept.of.name === speaker.name && kept.of.type === speaker.type) return kept.yes;
    const yes = speaksOfSpeaker(q, speaker);
    this.speaks.set(q, { of: speaker, yes });
    return yes;
  }

  /** For a one-off build. */
  static once(): ClusterMemo {
    return new ClusterMemo(new Vocabulary(), false);
  }
}

/** Items joined by the pairs judged alike, and each member's score with its group's first item (if judged directly). */
function joined(n: number, pairs: Pairs): { groups: number[][]; simOf: (member: number) => number | undefined } {
  const groups = new Groups(n);
  for (let k = 0; k < pairs.length; k++) groups.join(pairs.i(k), pairs.j(k));
  const all = groups.groups();
  const first = new Int32Array(n).fill(-1);
  for (const g of all) for (const i of g) first[i] = g[0]!;
  const sims = new Map<number, number>();
  for (let k = 0; k < pairs.length; k++) if (first[pairs.j(k)] === pairs.i(k)) sims.set(pairs.j(k), pairs.score(k));
  return { groups: all, simOf: (member) => sims.get(member) };
}

/** Groups the same statement across articles (see sameStatement). */
export function clusterQuotes(quotes: readonly Quote[], ctx: Context): ClusterResult {
  const memo = ctx.memo ?? ClusterMemo.once();
  const words = quotes.map((q) => memo.wordsOf(q));
  const own = quotes.map((q, i) => memo.numbersOf(q, () => words[i]!));
  const pairs = judgePairs(
    {
      own,
      words: memo.vocabulary.size,
      accept: (i, j) => sameStatement(quotes[i]!, quotes[j]!, words[i]!, words[j]!),
      items: quotes,
    },
    memo.pairs?.quote,
  );
  const { groups, simOf } = joined(quotes.length, pairs);
  return { ...build('quote', quotes, (i) => words[i]!, groups, simOf, ctx.familyOf, ctx.outletOf, ctx.memo), words };
}

/** Groups facts that state the same thing in different articles: the same amount of the same thing, or the same words. */
export function clusterFacts(facts: readonly Fact[], ctx: Context): ClusterResult {
  const memo = ctx.memo ?? ClusterMemo.once();
  const words = facts.map((f) => memo.wordsOf(f));
  const own = facts.map((f, i) => memo.numbersOf(f, () => words[i]!));
  // Two facts that share fewer than two words, or under a third of the longer one's, cannot reach the word
  // threshold; a shared amount ("100,000 troops") needs only one more word in common.
  // Most facts have no amount: an empty list answers at once (this test runs for every candidate pair).
  // Worked out when a pair needs them: a refresh compares the pairs of a few facts only.
  const amountList: (string[] | undefined)[] = new Array(facts.length);
  const NONE: string[] = [];
  const amountsOf = (i: number) =>
    (amountList[i] ??= facts[i]!.numbers.length === 0 ? NONE : [...new Set(facts[i]!.numbers.filter((n) => n.unit && n.value >= 10 && /^\d/.test(n.text)).map((n) => `${n.unit}|${n.value}`))]);
  const shareAmount = (i: number, j: number) => {
    const a = amountsOf(i);
    const b = amountsOf(j);
    return a.length > 0 && b.length > 0 && a.some((k) => b.includes(k));
  };
  const pairs = judgePairs(
    {
      own,
      words: memo.vocabulary.size,
      minShared: (i, j) => (shareAmount(i, j) ? 1 : Math.max(2, Math.floor(0.3 * Math.max(words[i]!.length, words[j]!.length)))),
      accept: (i, j) => {
        const a = facts[i]!;
        const b = facts[j]!;
        if (a.articleId === b.articleId) return 0;
        const sim = similarity(words[i]!, words[j]!);
        const sameAmount = shareAmount(i, j);
        // A large shared amount ("100,000 troops") is distinctive on its own; a small one needs some words in common too.
        const large = sameAmount && a.numbers.some((n) => n.value >= 1000 && amountsOf(j).includes(`${n.unit}|${n.value}`));
        return sim >= 0.5 || large || (sameAmount && sim >= 0.15) ? 1 : 0;
      },
      items: facts,
    },
    memo.pairs?.fact,
  );
  // A variant's similarity to the cluster's first fact is the same word measure, so build computes it for the
  // few members rather than the pairs keeping it.
  const { groups } = joined(facts.length, pairs);
  return { ...build('fact', facts, (i) => words[i]!, groups, () => undefined, ctx.familyOf, ctx.outletOf, ctx.memo), words };
}

/** Groups events on the same date, told in different articles in words that overlap. */
const DATE_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|week|month|year|last|next|earlier|later|january|february|march|april|may|june|july|august|september|october|november|december|\d+)$/;

export function clusterEvents(events: readonly TimelineEvent[], ctx: Context): ClusterResult {
  const memo = ctx.memo ?? ClusterMemo.once();
  // The date words are what the events share by construction; compare what happened, not when.
  // (Worked out when needed: a refresh compares the pairs of a few events only.)
  const wordList: (readonly string[] | undefined)[] = new Array(events.length);
  const words = (i: number) => (wordList[i] ??= memo.wordsOf(events[i]!).filter((w) => !DATE_WORDS.test(w)));
  // Only events on the same date are compared: each word counts as the word on that date (a popular date such as
  // "2014" has many events, and its words are common only among them).
  const own = events.map((e, i) => memo.numbersOf(e, () => words(i).map((w) => `${e.date}|${w}`)));
  const pairs = judgePairs(
    {
      own,
      words: memo.vocabulary.size,
      accept: (i, j) => {
        if (events[i]!.articleId === events[j]!.articleId) return 0;
        const sim = similarity(words(i), words(j));
        return sim >= 0.3 ? sim : 0;
      },
      items: events,
    },
    memo.pairs?.event,
  );
  const { groups, simOf } = joined(events.length, pairs);
  return build('event', events, (i) => memo.wordsOf(events[i]!), groups, simOf, ctx.familyOf, ctx.outletOf, ctx.memo);
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
export function findConflicts(
  clusters: Cluster[],
  quotes: readonly Quote[],
  people: ReadonlyMap<string, Person>,
  speaks: (q: Quote, speaker: Person | undefined) => boolean = speaksOfSpeaker,
): Map<string, string[]> {
  const byId = new Map(quotes.map((q) => [q.id, q]));
  const flags = new Map<string, string[]>();
  const flag = (id: string, f: string) => flags.set(id, [...new Set([...(flags.get(id) ?? []), f])]);
  for (const q of quotes) if (q.speakerId && speaks(q, people.get(q.speakerId))) flag(q.id, 'third-person');
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
