import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LayeredMap } from '../../src/util/layered.js';

describe('LayeredMap', () => {
  it('answers as a Map that had the same removals and sets, through any number of layers', () => {
    const key = fc.integer({ min: 0, max: 30 }).map(String);
    const step = fc.record({ remove: fc.array(key, { maxLength: 6 }), set: fc.array(fc.tuple(key, fc.integer()), { maxLength: 6 }) });
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer()), { maxLength: 20 }), fc.array(step, { maxLength: 8 }), (start, steps) => {
        const model = new Map(start);
        let map = LayeredMap.over(new Map(start));
        const before: Array<[LayeredMap<string, number>, Map<string, number>]> = [];
        for (const { remove, set } of steps) {
          before.push([map, new Map(model)]);
          map = map.with(remove, set);
          for (const k of remove) model.delete(k);
          for (const [k, v] of set) model.set(k, v);
          expect(map.size).toBe(model.size);
          expect(new Map(map)).toEqual(model);
          expect([...map.keys()].sort()).toEqual([...model.keys()].sort());
          for (let k = 0; k <= 30; k++) {
            expect(map.get(String(k))).toBe(model.get(String(k)));
            expect(map.has(String(k))).toBe(model.has(String(k)));
          }
        }
        // Each earlier map is untouched by the ones made from it.
        for (const [m, snapshot] of before) expect(new Map(m)).toEqual(snapshot);
      }),
      { numRuns: 300 },
    );
  });

  it('counts how many keys differ from its base', () => {
    const map = LayeredMap.over(new Map([['a', 1], ['b', 2]])).with(['a', 'zz'], [['c', 3]]);
    expect(map.layerSize).toBe(2);
    expect(map.size).toBe(2);
    expect([...map.entries()]).toEqual([['b', 2], ['c', 3]]);
    const seen: string[] = [];
    map.forEach((v, k) => {
      seen.push(`${k}=${v}`);
    });
    expect(seen).toEqual(['b=2', 'c=3']);
  });
});
