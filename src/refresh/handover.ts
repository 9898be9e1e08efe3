import { DATA_LISTS, type Change, type KnowledgeData } from '../kb/knowledge.js';
import { align } from '../util/align.js';
import { flat } from '../util/flat.js';

/**
 * How a new knowledge base's lists are made from the one the main thread holds, so that a refresh sends only what
 * changed. A build reuses last build's objects wherever nothing changed (ClusterMemo.found, BuildMemo.settle); a
 * recipe lists runs of the new list: [start, length] takes `length` items of the old list from `start`, [-1, length]
 * takes the next `length` items sent. A full refresh, or one from a knowledge base the worker did not build last, sends everything.
 */
export type Recipes = Partial<Record<(typeof DATA_LISTS)[number], Int32Array>>;

type Lists = Pick<KnowledgeData, (typeof DATA_LISTS)[number]>;

/** The recipe of each list against the old lists, and the items to send (those not in the old list). */
export function recipesFor(before: Lists | null, after: Lists): { recipes: Recipes; fresh: Record<string, unknown[]> } {
  const recipes: Recipes = {};
  const fresh: Record<string, unknown[]> = {};
  for (const key of DATA_LISTS) {
    const { runs, sent } = recipeOf((before?.[key] ?? []) as readonly object[], after[key] as readonly object[]);
    recipes[key] = Int32Array.from(runs);
    fresh[key] = sent;
  }
  return { recipes, fresh };
}

/**
 * One list's recipe: runs of the old list's items where align finds them, the rest sent. Sending an old item is
 * never wrong, only more to send.
 */
function recipeOf(old: readonly object[], list: readonly object[]): { runs: number[]; sent: unknown[] } {
  const from = align(old, list);
  const runs: number[] = [];
  const sent: unknown[] = [];
  for (let j = 0; j < list.length; ) {
    const start = from[j]!;
    let k = j + 1;
    if (start < 0) {
      while (k < list.length && from[k]! < 0) k++;
      for (let x = j; x < k; x++) sent.push(list[x]);
    } else while (k < list.length && from[k] === start + (k - j)) k++;
    runs.push(start < 0 ? -1 : start, k - j);
    j = k;
  }
  return { runs, sent };
}

/** A new list from the old one, a recipe, and the items sent (see Recipes). */
export function follow<T>(old: readonly T[], recipe: Int32Array, sent: readonly T[]): T[] {
  // Runs are copied a slice at a time, then joined (see flat).
  const runs: T[][] = [];
  let next = 0;
  for (let r = 0; r < recipe.length; r += 2) {
    const from = recipe[r]!;
    const length = recipe[r + 1]!;
    runs.push(from < 0 ? sent.slice(next, (next += length)) : old.slice(from, from + length));
  }
  if (next !== sent.length) throw new Error(`the refresh sent ${sent.length} items but its recipe used ${next}`);
  return flat(runs, (run) => run);
}

/** The change a recipe makes to a list: the old items no run takes, and the items sent. */
export function changeByRecipe<T>(old: readonly T[], recipe: Int32Array, sent: readonly T[]): Change<T> {
  const taken: [number, number][] = [];
  for (let r = 0; r < recipe.length; r += 2) if (recipe[r]! >= 0) taken.push([recipe[r]!, recipe[r]! + recipe[r + 1]!]);
  taken.sort((a, b) => a[0] - b[0]);
  const gone: T[] = [];
  let at = 0;
  for (const [from, to] of taken) {
    for (let i = at; i < from; i++) gone.push(old[i]!);
    at = Math.max(at, to);
  }
  for (let i = at; i < old.length; i++) gone.push(old[i]!);
  return { gone, fresh: sent };
}
