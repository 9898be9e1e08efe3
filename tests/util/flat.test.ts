import { describe, expect, it } from 'vitest';
import { flat } from '../../src/util/flat.js';

describe('flat', () => {
  it('joins the lists in order, as flatMap does, skipping empty ones', () => {
    const articles = [{ facts: ['a1', 'a2'] }, { facts: [] }, { facts: ['c1'] }];
    expect(flat(articles, (x) => x.facts)).toEqual(['a1', 'a2', 'c1']);
    expect(flat(articles, (x) => x.facts)).toEqual(articles.flatMap((x) => x.facts));
    expect(flat([], (x: { facts: string[] }) => x.facts)).toEqual([]);
  });
});
