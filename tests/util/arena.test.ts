import { describe, expect, it } from 'vitest';
import { ListArena } from '../../src/util/arena.js';

describe('ListArena', () => {
  it('keeps one list per object, made once', () => {
    const arena = new ListArena();
    const a = {};
    const b = {};
    let made = 0;
    const make = (xs: number[]) => () => (made++, xs);
    expect([...arena.list(a, make([1, 2, 3]))]).toEqual([1, 2, 3]);
    expect([...arena.list(b, make([]))]).toEqual([]);
    expect([...arena.list(a, make([9]))]).toEqual([1, 2, 3]);
    expect(made).toBe(2);
    const at = arena.at(a, make([9]));
    expect([...arena.data.subarray(at, at + 4)]).toEqual([3, 1, 2, 3]);
  });

  it('moves the lists a build uses to a new buffer once most of the old one is dead, and keeps their numbers', () => {
    const arena = new ListArena();
    const keep = Array.from({ length: 10 }, (_, i) => ({ i }));
    const list = (i: number) => Array.from({ length: 1000 }, (_, k) => i * 1000 + k);
    // A first build with many objects, then builds that use only ten of them: the rest is dead weight.
    arena.begin();
    for (let i = 0; i < 3000; i++) arena.list(i < 10 ? keep[i]! : { i }, () => list(i));
    const big = arena.data.length;
    arena.begin();
    for (const k of keep) arena.list(k, () => [0]);
    arena.begin();
    let made = 0;
    for (const k of keep) expect([...arena.list(k, () => (made++, [0]))]).toEqual(list(k.i));
    expect(made).toBe(0);
    expect(arena.data.length).toBeLessThan(big / 10);
    // And the build after still finds them in the new buffer.
    arena.begin();
    for (const k of keep) expect(arena.list(k, () => [0])[999]).toBe(k.i * 1000 + 999);
  });
});
