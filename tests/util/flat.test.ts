import { describe, expect, it } from 'vitest';
import { flat, JoinMemo } from '../../src/util/flat.js';

describe('flat', () => {
  it('joins the lists in order, as flatMap does, skipping empty ones', () => {
    const articles = [{ facts: ['a1', 'a2'] }, { facts: [] }, { facts: ['c1'] }];
    expect(flat(articles, (x) => x.facts)).toEqual(['a1', 'a2', 'c1']);
    expect(flat(articles, (x) => x.facts)).toEqual(articles.flatMap((x) => x.facts));
    expect(flat([], (x: { facts: string[] }) => x.facts)).toEqual([]);
  });
});

describe('flat with a JoinMemo', () => {
  it('joins as flatMap does after lists change, come and go anywhere, and never hands out what it keeps', () => {
    const memo = new JoinMemo<string>();
    const a = ['a1', 'a2'];
    const b: string[] = [];
    const c = ['c1'];
    const d = ['d1', 'd2', 'd3'];
    const check = (lists: string[][]) => {
      const out = flat(lists, (x) => x, memo);
      expect(out).toEqual(lists.flat());
      return out;
    };
    const first = check([a, b, c, d]);
    first.push('changed by whoever took it');
    expect(check([a, b, c, d])).toEqual(['a1', 'a2', 'c1', 'd1', 'd2', 'd3']);
    check([a, ['b1'], c, d]); // one list in the middle changed
    check([['a0'], ['b1'], c, d]); // the first
    check([['a0'], ['b1'], c, ['d9']]); // the last
    check([['a0'], c, ['d9']]); // one gone
    check([['a0'], c, ['x'], ['d9'], d]); // two more
    check([]);
    check([c, c, c]); // the same list in several places
    check([c, a, c]);
  });
});
