import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { align } from '../../src/util/align.js';
import { ItemMemo, KeptLists, ListArena, ListMemo } from '../../src/util/arena.js';

const listOf = (lists: KeptLists, items: readonly object[], make: (i: number) => number[]) => {
  const { data, at } = lists.of(items, make);
  return Array.from(at, (p) => [...data.subarray(p + 1, p + 1 + data[p]!)]);
};

describe('align', () => {
  it('finds each item of the new list in the old one, whatever the edits', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(60), { maxLength: 80 }), fc.array(fc.tuple(fc.constantFrom('add', 'remove', 'move'), fc.nat(), fc.nat())), (ids, edits) => {
        const old = [...new Set(ids)].map((id) => ({ id }));
        const list = [...old];
        for (const [kind, a, b] of edits) {
          const at = list.length ? a % list.length : 0;
          if (kind === 'add') list.splice(at, 0, { id: -1 });
          else if (kind === 'remove') list.splice(at, 1);
          else if (list.length) list.splice(b % list.length, 0, ...list.splice(at, 1));
        }
        const from = align(old, list);
        list.forEach((item, j) => {
          // Found means found where it is; not found means new, or moved from afar (allowed: only more work).
          if (from[j]! >= 0) expect(old[from[j]!]).toBe(item);
          else if (old.includes(item)) expect(edits.some(([k]) => k === 'move')).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('finds an old item again after thousands of new ones (it maps the old list once the walk misses too often)', () => {
    const old = Array.from({ length: 10_000 }, (_, i) => ({ i }));
    const list = [...Array.from({ length: 5000 }, (_, i) => ({ i: -i })), ...old.slice(5000)];
    const from = align(old, list);
    expect(from[4999]).toBe(-1);
    expect(from[5000]).toBe(5000);
    expect(from[9999]).toBe(9999);
  });
});

describe('KeptLists', () => {
  it('makes a list once per item and finds it again by place after edits', () => {
    const arena = new ListArena();
    const lists = new KeptLists(arena);
    const [a, b, c] = [{}, {}, {}];
    let made = 0;
    const make = (items: object[]) => (i: number) => {
      made++;
      return [items.indexOf(items[i]!) * 10 + 1, 7];
    };
    arena.begin();
    expect(listOf(lists, [a, b], make([a, b]))).toEqual([
      [1, 7],
      [11, 7],
    ]);
    expect(made).toBe(2);
    arena.begin();
    // b is kept (now at 1, made at 1 before), c is new (made at place 0)
    expect(listOf(lists, [c, b], make([c, b]))).toEqual([
      [1, 7],
      [11, 7],
    ]);
    expect(made).toBe(3);
  });

  it('moves the lists a build uses to a new buffer once most of the old one is dead, and keeps their numbers', () => {
    const arena = new ListArena();
    const lists = new KeptLists(arena);
    const keep = Array.from({ length: 10 }, (_, i) => ({ i }));
    const list = (i: number) => Array.from({ length: 1000 }, (_, k) => i * 1000 + k);
    // A first build with many items, then builds that use only ten of them: the rest is dead weight.
    arena.begin();
    const many = [...keep, ...Array.from({ length: 3000 }, (_, i) => ({ i: i + 10 }))];
    lists.of(many, (i) => list(i));
    const big = arena.data.length;
    arena.begin();
    let made = 0;
    expect(listOf(lists, keep, () => {
      made++;
      return [0];
    })).toEqual(keep.map((k) => list(k.i)));
    arena.begin();
    expect(listOf(lists, keep, () => {
      made++;
      return [0];
    })).toEqual(keep.map((k) => list(k.i)));
    expect(made).toBe(0);
    expect(arena.data.length).toBeLessThan(big / 10);
    // And the build after still finds them in the new buffer.
    arena.begin();
    expect(listOf(lists, keep, () => {
      made++;
      return [0];
    })[9]![999]).toBe(9999);
    expect(made).toBe(0);
  });

  it('makes lists again, rather than read a let-go buffer, when a build that moved them failed before carrying them', () => {
    const arena = new ListArena();
    const first = new KeptLists(arena);
    const second = new KeptLists(arena);
    const items = Array.from({ length: 2000 }, (_, i) => ({ i }));
    arena.begin();
    first.of(items, (i) => Array(1000).fill(i));
    second.of(items.slice(0, 2), (i) => [i, 42]);
    // A build that uses none of first's lists: the buffer is mostly dead and is let go at the next begin.
    arena.begin();
    first.of([], () => []);
    second.of(items.slice(0, 2), (i) => [i, 42]);
    arena.begin();
    // This build moved the buffer; `second` fails to run, as if the build threw before it.
    first.of([], () => []);
    arena.begin();
    let made = 0;
    expect(listOf(second, items.slice(0, 2), (i) => {
      made++;
      return [i, 43];
    })).toEqual([
      [0, 43],
      [1, 43],
    ]);
    expect(made).toBe(2);
  });
});

describe('ItemMemo', () => {
  it('gives the values of kept items at their new places and nothing for new ones', () => {
    const memo = new ItemMemo<string>();
    const [a, b, c] = [{}, {}, {}];
    const first = memo.next([a, b]);
    first[0] = 'A';
    first[1] = 'B';
    expect(memo.next([c, b, a])).toEqual([undefined, 'B', undefined]);
    // a was found again only if the walk met it; a one-off memo keeps nothing.
    expect(new ItemMemo<string>(false).next([a])).toEqual([undefined]);
  });
});

describe('ListMemo', () => {
  it('walks a pair of lists once for every memo that was given the same list last build', () => {
    const [a, b, c, d] = [{}, {}, {}, {}];
    const first = [a, b, c];
    const next = [a, d, c];
    const words = new ListMemo();
    const pairs = new ListMemo();
    const other = new ListMemo();
    words.next(first);
    pairs.next(first);
    other.next([c, a]);
    const fromWords = words.next(next);
    expect(Array.from(fromWords)).toEqual([0, -1, 2]);
    // The second memo held the same list: the same walk, not a second one.
    expect(pairs.next(next)).toBe(fromWords);
    // A memo that held another list is walked on its own.
    const fromOther = other.next(next);
    expect(fromOther).not.toBe(fromWords);
    expect(Array.from(fromOther)).toEqual([1, -1, -1]);
    // The next build's list is a new walk, from the list each memo holds now (c is found ahead; a, behind the
    // walk, is taken for new).
    expect(Array.from(words.next([c, a]))).toEqual([2, -1]);
  });
});
