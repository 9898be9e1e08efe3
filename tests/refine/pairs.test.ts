import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { judgePairs, PairMemo, type Judge, type Pairs } from '../../src/refine/pairs.js';
import { packed } from '../../src/util/group.js';

/**
 * PairMemo judges again only the pairs a change touched. Whatever the edits, what it returns must be what judging
 * every candidate afresh returns: checked here on random corpora of a few words, where words cross the "too common"
 * line (maxShare 3) all the time, and with an `accept` that depends on which item comes first.
 */

type Item = { id: string; words: number[] };

function judgeOf(items: readonly Item[], minShared?: number): Judge {
  return {
    own: packed(items.map((x) => Uint32Array.from(new Set(x.words)))),
    words: 8,
    maxShare: 3,
    minShared: minShared ? () => minShared : undefined,
    // Order matters: (a, b) and (b, a) are judged differently, as similarity's greedy word matching can be.
    accept: (i, j) => ((items[i]!.words[0]! * 3 + items[j]!.words.at(-1)!) % 4 < 3 ? items[i]!.words.length / 10 + items[j]!.words.length / 100 : 0),
    items,
  };
}

const sorted = (pairs: Pairs) =>
  Array.from({ length: pairs.length }, (_, k) => ({ i: pairs.i(k), j: pairs.j(k), score: pairs.score(k) })).sort((a, b) => a.i - b.i || a.j - b.j);

const item = fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'), words: fc.array(fc.integer({ min: 0, max: 7 }), { minLength: 1, maxLength: 4 }) });
/** An edit: replace the words of the item at a position, add an item there, or remove it. */
const edit = fc.record({ kind: fc.constantFrom('change', 'add', 'remove'), at: fc.nat(), words: item.map((x) => x.words) });

describe('PairMemo', () => {
  it('gives the pairs a fresh judgement gives, after any edits', () => {
    fc.assert(
      fc.property(fc.array(item, { minLength: 2, maxLength: 12 }), fc.array(edit, { maxLength: 6 }), fc.constantFrom(1, 2), (start, edits, minShared) => {
        // Ids unique, as item ids are.
        let items = start.map((x, n) => ({ ...x, id: `${x.id}${n}` }));
        const memo = new PairMemo();
        expect(sorted(memo.judge(judgeOf(items, minShared)))).toEqual(sorted(judgePairs(judgeOf(items, minShared))));
        edits.forEach((e, n) => {
          const at = items.length ? e.at % items.length : 0;
          if (e.kind === 'change' && items.length) items = items.map((x, k) => (k === at ? { ...x, words: e.words } : x));
          if (e.kind === 'add') items = [...items.slice(0, at), { id: `new${n}`, words: e.words }, ...items.slice(at)];
          if (e.kind === 'remove') items = items.filter((_, k) => k !== at);
          expect(sorted(memo.judge(judgeOf(items, minShared)))).toEqual(sorted(judgePairs(judgeOf(items, minShared))));
        });
      }),
      { numRuns: 500 },
    );
  });

  it('judges again only the changed item, when no word crosses the line', () => {
    const items: Item[] = [
      { id: 'a', words: [1, 2] },
      { id: 'b', words: [1, 3] },
      { id: 'c', words: [2, 3] },
    ];
    const judged: string[] = [];
    const counting = (xs: Item[]): Judge => {
      const j = judgeOf(xs);
      return { ...j, accept: (a, b) => {
        judged.push(`${xs[a]!.id}${xs[b]!.id}`);
        return j.accept(a, b);
      } };
    };
    const memo = new PairMemo();
    memo.judge(counting(items));
    expect(judged).toEqual(['ab', 'ac', 'bc']);
    judged.length = 0;
    memo.judge(counting([items[0]!, items[1]!, { id: 'c', words: [2, 4] }]));
    expect(judged).toEqual(['ac']);
  });
});
