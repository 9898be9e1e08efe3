import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeByRecipe, follow, recipesFor } from '../../src/kb/handover.js';
import { DATA_LISTS, type KnowledgeData } from '../../src/kb/build.js';

/** Lists for every key of KnowledgeData, all empty but `quotes`. */
const lists = (quotes: object[]) => Object.fromEntries(DATA_LISTS.map((k) => [k, k === 'quotes' ? quotes : []])) as unknown as KnowledgeData;

describe('hand-over recipes', () => {
  it('rebuild the new list from the old one and the items sent, and name exactly the old items left out', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40 }),
        // The new list: old items by position (any order, some twice) and new ones (-1).
        fc.array(fc.integer({ min: -1, max: 39 }), { maxLength: 60 }),
        (n, picks) => {
          const old = Array.from({ length: n }, (_, i) => ({ old: i }));
          const next = picks.map((p, k) => (p >= 0 && p < n ? old[p]! : { made: k }));
          const { recipes, fresh } = recipesFor(lists(old), lists(next));
          expect(fresh.quotes).toEqual(next.filter((x) => !old.includes(x as { old: number })));
          const rebuilt = follow(old, recipes.quotes!, fresh.quotes!);
          expect(rebuilt).toHaveLength(next.length);
          rebuilt.forEach((x, i) => expect(x).toBe(next[i]));
          const change = changeByRecipe(old, recipes.quotes!, fresh.quotes!);
          expect(change.gone).toEqual(old.filter((x) => !next.includes(x)));
          expect(change.fresh).toBe(fresh.quotes);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('sends everything in one run when there is no old list', () => {
    const next = [{ a: 1 }, { a: 2 }];
    const { recipes, fresh } = recipesFor(null, lists(next));
    expect([...recipes.quotes!]).toEqual([-1, 2]);
    expect(fresh.quotes).toEqual(next);
  });
});
