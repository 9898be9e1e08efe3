import type { Article, Cluster, Fact, Person, Quote, TimelineEvent } from '../model.js';
import { containment, contentWords, similarity } from './similarity.js';
import { Vocabulary } from '../util/vocabulary.js';
import { ItemMemo, KeptLists, ListArena } from '../util/arena.js';
import type { WordLists } from '../util/group.js';
import { amountsOf, NumbersMemo, type Amount } from './numbers.js';
import { judgePairs, PairMemo, type Pairs } from './pairs.js';
import { speaksOfSpeaker } from './conflicts.js';

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
  /** Each cluster's members, by place in the items clustered. */
  members: number[][];
  /** Each item's cluster (its place in `clusters`), -1 for none. */
  clusterAt: Int32Array;
  /** Each item's distinct words as numbers (the memo's vocabulary). */
  own: WordLists;
  /** What the memo holds for the items clustered, by place (words, outputs). */
  memo: KindMemo;
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
  /** Which families familyOf gives (see ClusterMemo.families): a kept cluster counted with them keeps its count. */
  families?: object,
): Omit<ClusterResult, 'memo' | 'own'> {
  const clusters: Cluster[] = [];
  const members: number[][] = [];
  const clusterAt = new Int32Array(items.length).fill(-1);
  for (const g of groups) {
    const first = items[g[0]!]!;
    if (g.length < 2) continue;
    const sims = g.map(simOf);
    // A group whose members (and their scores with the first) are those of last build has the same member ids,
    // articles, outlets and variants: they depend on the members only (an article's items are new objects when it
    // changes). Only independence depends on other articles.
    const kept = memo?.made.get(first);
    const same = kept && kept.members.length === g.length && kept.members.every((m, k) => m === items[g[k]!] && kept.sims[k] === sims[k]);
    let made: Made;
    if (same) made = kept;
    else {
      const articleIds = [...new Set(g.map((i) => items[i]!.articleId))];
      made = { members: g.map((i) => items[i]!), sims, memberIds: g.map((i) => items[i]!.id), articleIds, outlets: [...new Set(articleIds.map(outletOf))], variants: variantsOf(items, g, wordsOf, sims) };
      memo?.made.set(first, made);
    }
    for (const i of g) clusterAt[i] = clusters.length;
    members.push(g);
    clusters.push({
      id: `${kind}:${first.id}`,
      kind,
      memberIds: made.memberIds,
      articleIds: made.articleIds,
      independent: families !== undefined && made.counted?.with === families ? made.counted.independent : countIndependent(made, familyOf, families),
      outlets: made.outlets,
      variants: made.variants,
      conflict: null,
    });
  }
  return { clusters, members, clusterAt };
}

/** What a group's cluster is made of, apart from independence (see build). */
type Made = {
  members: readonly object[];
  sims: readonly (number | undefined)[];
  memberIds: string[];
  articleIds: string[];
  outlets: string[];
  variants: Cluster['variants'];
  /** How many independent articles the members are in, and the families they were counted with. */
  counted?: { with: object | undefined; independent: number };
};

function countIndependent(made: Made, familyOf: (a: string) => string, families: object | undefined): number {
  const independent = new Set(made.articleIds.map(familyOf)).size;
  made.counted = { with: families, independent };
  return independent;
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
  /** Stands for what familyOf gives: the same object for as long as every article's family stays the same. */
  families?: object;
  outletOf: (articleId: string) => string;
  /** What the last build worked out, so that a refresh judges again only pairs with a changed item. */
  memo?: ClusterMemo;
}

/** The lists of items a ClusterMemo keeps things for. */
export type ItemKind = 'quote' | 'fact' | 'event';

/**
 * What clustering keeps from one build to the next (part of the build memo), by item: an unchanged article's items
 * are the same objects from build to build (extractions are cached, renamed quotes are reused), so each item's
 * words, word numbers, pairs and output are found again by its place in last build's list (see ListMemo) without
 * comparing any text.
 */
export class ClusterMemo {
  /** Null in a one-off build (ClusterMemo.once): nothing to keep pairs for. */
  readonly pairs: Record<ItemKind, PairMemo> | null;
  /** Each item's distinct word numbers. */
  readonly arena = new ListArena();
  private readonly numbers: Record<ItemKind | 'survey', KeptLists>;
  private readonly words: Record<ItemKind, ItemMemo<readonly string[]>>;
  private readonly outputs: Record<ItemKind, ItemMemo<{ clusterId: string | null; flags?: string[] }>>;
  private readonly speaks: ItemMemo<{ of: Person; yes: boolean }>;
  private readonly amounts: ItemMemo<readonly Amount[]>;
  private readonly articles: ItemMemo<Article>;
  /** What each cluster is made of, by its first member, with the members and scores it was worked out from. */
  readonly made = new WeakMap<object, Made>();
  /** The last comparison of amounts across articles. */
  readonly compared = new NumbersMemo();
  private lastFamilies: ReadonlyMap<string, string> | null = null;

  /**
   * The build's article families, as an object that stays the same from build to build while every article's family
   * does: a cluster kept from an earlier build counted with the same object keeps its count of independent articles.
   */
  families(families: ReadonlyMap<string, string>): object {
    const last = this.lastFamilies;
    if (last && last.size === families.size) {
      let same = true;
      for (const [id, family] of families) if (last.get(id) !== family) same = false;
      if (same) return last;
    }
    if (this.lasting) this.lastFamilies = families;
    return families;
  }

  constructor(
    readonly vocabulary = new Vocabulary(),
    /** Whether this memo outlives its build (false for ClusterMemo.once). */
    private readonly lasting = true,
  ) {
    this.pairs = lasting ? { quote: new PairMemo(), fact: new PairMemo(), event: new PairMemo() } : null;
    const each = <V>(make: () => V): Record<ItemKind, V> => ({ quote: make(), fact: make(), event: make() });
    this.numbers = { ...each(() => new KeptLists(this.arena, lasting)), survey: new KeptLists(this.arena, lasting) };
    this.words = each(() => new ItemMemo(lasting));
    this.outputs = each(() => new ItemMemo(lasting));
    this.speaks = new ItemMemo(lasting);
    this.amounts = new ItemMemo(lasting);
    this.articles = new ItemMemo(lasting);
  }

  /** The build's items of a kind, before anything is asked of them: finds what the last build worked out. */
  items(kind: ItemKind, items: readonly (object & { text: string })[]): KindMemo {
    const words = this.words[kind].next(items);
    const outputs = this.outputs[kind].next(items);
    const speaks = kind === 'quote' ? this.speaks.next(items) : [];
    const amounts = kind === 'fact' ? this.amounts.next(items) : [];
    return {
      // Kept words are the vocabulary's strings: a few thousand distinct words instead of millions of copies for
      // the collector to walk.
      words: (i) => (words[i] ??= this.lasting ? contentWords(items[i]!.text).map((w) => this.vocabulary.words[this.vocabulary.id(w)]!) : contentWords(items[i]!.text)),
      numbers: (of) => this.numbers[kind].of(items, (i) => [...new Set(of(i).map((w) => this.vocabulary.id(w)))]),
      found: (i, clusterId, flags) => {
        const before = outputs[i] as { clusterId: string | null; flags?: string[] } | undefined;
        if (before && before.clusterId === clusterId && (!flags || sameStrings(before.flags!, flags))) return before as never;
        const out = flags ? { ...items[i]!, clusterId, flags } : { ...items[i]!, clusterId };
        outputs[i] = out;
        return out as never;
      },
      speaksOf: (i, speaker) => {
        if (!speaker) return false;
        const kept = speaks[i];
        if (kept && kept.of.name === speaker.name && kept.of.type === speaker.type) return kept.yes;
        const yes = speaksOfSpeaker(items[i] as Quote, speaker);
        speaks[i] = { of: speaker, yes };
        return yes;
      },
      amounts: (i) => (amounts[i] ??= amountsOf(items[i] as Fact)),
    };
  }

  /** The articles' outputs of the cross-source stage (labelled copies), kept by place. */
  labelled(articles: readonly Article[]): (Article | undefined)[] {
    return this.articles.next(articles);
  }

  /** The word numbers of a list of word sets (date inference's articles), kept by place as the items' are. */
  wordSets(sets: readonly ReadonlySet<string>[]): WordLists {
    return this.numbers.survey.of(sets, (i) => [...sets[i]!].map((w) => this.vocabulary.id(w)));
  }

  /** For a one-off build. */
  static once(): ClusterMemo {
    return new ClusterMemo(new Vocabulary(), false);
  }
}

/** Whether two lists of strings are equal (a loop: this runs for every quote of every build). */
function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** What a build asks of the ClusterMemo about the items of one kind, by their places in the build's list. */
export interface KindMemo {
  /** An item's content words. */
  words(i: number): readonly string[];
  /** Every item's distinct words as numbers, from the words `of` gives for it. */
  numbers(of: (i: number) => readonly string[]): WordLists;
  /**
   * An item with its cluster (and a quote with its flags): the same object as last build when they are the same,
   * so that unchanged items stay the same objects from build to build.
   */
  found<T>(i: number, clusterId: string | null, flags?: string[]): T;
  /** speaksOfSpeaker, once per quote and speaker. */
  speaksOf(i: number, speaker: Person | undefined): boolean;
  /** A fact's amounts, as compareNumbers counts them. */
  amounts(i: number): readonly Amount[];
}

/**
 * Items joined by the pairs judged alike, and each member's score with its group's first item (if judged directly;
 * not worked out when `scores` is false).
 */
function joined(n: number, pairs: Pairs, scores = true): { groups: number[][]; simOf: (member: number) => number | undefined } {
  const groups = new Groups(n);
  for (let k = 0; k < pairs.length; k++) groups.join(pairs.i(k), pairs.j(k));
  const all = groups.groups();
  if (!scores) return { groups: all, simOf: () => undefined };
  const first = new Int32Array(n).fill(-1);
  for (const g of all) for (const i of g) first[i] = g[0]!;
  const sims = new Map<number, number>();
  for (let k = 0; k < pairs.length; k++) if (first[pairs.j(k)] === pairs.i(k)) sims.set(pairs.j(k), pairs.score(k));
  return { groups: all, simOf: (member) => sims.get(member) };
}

/** Groups the same statement across articles (see sameStatement). */
export function clusterQuotes(quotes: readonly Quote[], ctx: Context): ClusterResult {
  const memo = ctx.memo ?? ClusterMemo.once();
  const kept = memo.items('quote', quotes);
  const words = quotes.map((_, i) => kept.words(i));
  const own = kept.numbers((i) => words[i]!);
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
  return { ...build('quote', quotes, (i) => words[i]!, groups, simOf, ctx.familyOf, ctx.outletOf, ctx.memo), memo: kept, own };
}

/** Groups facts that state the same thing in different articles: the same amount of the same thing, or the same words. */
export function clusterFacts(facts: readonly Fact[], ctx: Context): ClusterResult {
  const memo = ctx.memo ?? ClusterMemo.once();
  const kept = memo.items('fact', facts);
  const words = facts.map((_, i) => kept.words(i));
  const own = kept.numbers((i) => words[i]!);
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
  const { groups } = joined(facts.length, pairs, false);
  return { ...build('fact', facts, (i) => words[i]!, groups, () => undefined, ctx.familyOf, ctx.outletOf, ctx.memo, ctx.families), memo: kept, own };
}

/** Groups events on the same date, told in different articles in words that overlap. */
const DATE_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|week|month|year|last|next|earlier|later|january|february|march|april|may|june|july|august|september|october|november|december|\d+)$/;

export function clusterEvents(events: readonly TimelineEvent[], ctx: Context): ClusterResult {
  const memo = ctx.memo ?? ClusterMemo.once();
  const kept = memo.items('event', events);
  // The date words are what the events share by construction; compare what happened, not when.
  // (Worked out when needed: a refresh compares the pairs of a few events only.)
  const wordList: (readonly string[] | undefined)[] = new Array(events.length);
  const words = (i: number) => (wordList[i] ??= kept.words(i).filter((w) => !DATE_WORDS.test(w)));
  // Only events on the same date are compared: each word counts as the word on that date (a popular date such as
  // "2014" has many events, and its words are common only among them).
  const own = kept.numbers((i) => words(i).map((w) => `${events[i]!.date}|${w}`));
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
  return { ...build('event', events, (i) => kept.words(i), groups, simOf, ctx.familyOf, ctx.outletOf, ctx.memo, ctx.families), memo: kept, own };
}

export type { Article };
