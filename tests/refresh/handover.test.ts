import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeByRecipe, follow, recipesFor } from '../../src/refresh/handover.js';
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
          // Every new item is sent; an old one that moved may be sent too (never wrong, only more to send).
          for (const x of next) if (!old.includes(x as { old: number })) expect(fresh.quotes).toContain(x);
          const rebuilt = follow(old, recipes.quotes!, fresh.quotes!);
          expect(rebuilt).toHaveLength(next.length);
          rebuilt.forEach((x, i) => {
            expect(x).toBe(next[i]);
          });
          const change = changeByRecipe(old, recipes.quotes!, fresh.quotes!);
          // Gone: the old items no run of the recipe takes (every old item not in the new list among them).
          const taken = new Set<number>();
          for (let r = 0; r < recipes.quotes!.length; r += 2) for (let k = 0; k < recipes.quotes![r + 1]!; k++) if (recipes.quotes![r]! >= 0) taken.add(recipes.quotes![r]! + k);
          expect(change.gone).toEqual(old.filter((_, k) => !taken.has(k)));
          for (const x of old) if (!next.includes(x)) expect(change.gone).toContain(x);
          expect(change.fresh).toBe(fresh.quotes);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('sends only the new items when a refresh changed a few places of a long list', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3000 }),
        // Edits at increasing places: take out `cut` old items there and put `add` new ones in.
        fc.array(fc.record({ at: fc.integer({ min: 0, max: 3000 }), cut: fc.integer({ min: 0, max: 600 }), add: fc.integer({ min: 0, max: 5 }) }), { maxLength: 6 }),
        (n, edits) => {
          const old = Array.from({ length: n }, (_, i) => ({ old: i }));
          const next: object[] = [];
          const made: object[] = [];
          let i = 0;
          for (const e of [...edits].sort((a, b) => a.at - b.at)) {
            while (i < Math.min(e.at, n)) next.push(old[i++]!);
            i = Math.min(n, i + e.cut);
            for (let k = 0; k < e.add; k++) next.push(made[made.push({ made: made.length }) - 1]!);
          }
          while (i < n) next.push(old[i++]!);
          const { recipes, fresh } = recipesFor(lists(old), lists(next));
          expect(fresh.quotes).toEqual(made);
          follow(old, recipes.quotes!, fresh.quotes!).forEach((x, k) => {
            expect(x).toBe(next[k]);
          });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('sends everything in one run when there is no old list', () => {
    const next = [{ a: 1 }, { a: 2 }];
    const { recipes, fresh } = recipesFor(null, lists(next));
    expect([...recipes.quotes!]).toEqual([-1, 2]);
    expect(fresh.quotes).toEqual(next);
  });
});
