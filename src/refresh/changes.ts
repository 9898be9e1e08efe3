import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Change } from '../kb/knowledge.js';

// What a refresh changed, in numbers for its report: worked out a few thousand items at a time, with a turn of the
// event loop between, so that answers keep coming.

export const quoteKey = (q: { articleId: string; start: number; text: string }) => `${q.articleId}|${q.start}|${q.text}`;
export const eventKey = (e: { articleId: string; start: number; date: string }) => `${e.articleId}|${e.start}|${e.date}`;

/**
 * The change between two lists whose unchanged items are the same objects (a refresh keeps them), found by object,
 * giving the event loop a turn every 5,000 items. (A refresh from the worker knows it from its recipes instead.)
 */
export async function changeOf<T extends object>(before: readonly T[], after: readonly T[]): Promise<Change<T>> {
  const kept = new Set<T>();
  for (let i = 0; i < after.length; i++) {
    kept.add(after[i]!);
    if (i % 5000 === 4999) await nextTurn();
  }
  const gone: T[] = [];
  for (let i = 0; i < before.length; i++) {
    if (!kept.delete(before[i]!)) gone.push(before[i]!);
    if (i % 5000 === 4999) await nextTurn();
  }
  return { gone, fresh: [...kept] };
}

/** How many keys of the fresh items are new, and how many of the gone items' are no longer there. */
export async function diff<T>(change: Change<T>, key: (t: T) => string): Promise<{ added: number; removed: number }> {
  const keys = async (list: readonly T[]) => {
    const set = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      set.add(key(list[i]!));
      if (i % 5000 === 4999) await nextTurn();
    }
    return set;
  };
  const missing = async (from: Set<string>, other: Set<string>) => {
    let n = 0;
    let i = 0;
    for (const k of from) {
      if (!other.has(k)) n++;
      if (i++ % 5000 === 4999) await nextTurn();
    }
    return n;
  };
  const a = await keys(change.gone);
  const b = await keys(change.fresh);
  return { added: await missing(b, a), removed: await missing(a, b) };
}

