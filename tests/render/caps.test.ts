import { describe, expect, it } from 'vitest';
import { renderComparison, renderFacts } from '../../src/render/answers.js';
import type { NumberComparison } from '../../src/model.js';
import { seedKb } from '../helpers.js';

// At thousands of articles one amount or one sentence can be in hundreds of them: an answer names a few and counts
// the rest, instead of building a line of every article number and cutting it to fit.
const ids = (n: number) => Array.from({ length: n }, (_, i) => `${String(i).padStart(3, '0')}_x`);

describe('long lists in answers', () => {
  it('an amount stated in 20 articles names 8 and counts the other 12', () => {
    const n: NumberComparison = { unit: 'troops', qualifier: 'reported', agree: true, values: [{ value: 100000, approximate: false, texts: ['100,000'], articleIds: ids(20), factIds: [] }] };
    expect(renderComparison(n)).toBe('✓ 100,000 troops: 20 articles agree (000, 001, 002, 003, 004, 005, 006, 007, + 12 more)');
  });

  it('differing amounts: the first 8 amounts, then how many more', () => {
    const values = Array.from({ length: 11 }, (_, i) => ({ value: 1000 * (i + 1), approximate: false, texts: [], articleIds: ids(1), factIds: [] }));
    const line = renderComparison({ unit: 'troops', qualifier: 'reported', agree: false, values });
    expect(line).toMatch(/^⚠ troops: the articles differ: 1,000 in 000; 2,000 in 000; .* 8,000 in 000; \+ 3 more$/);
  });

  it('a fact in 500 articles says 500 and lists 8 of them', async () => {
    const kb = await seedKb();
    const fact = kb.facts[0]!;
    const answer = renderFacts(kb, 'x', [{ fact, articleCount: 500, independent: 7, articleIds: ids(21), numbers: [] }], []);
    expect(answer.pages[0]!.embeds![0]!.description).toContain('stated in 500 articles (000, 001, 002, 003, 004, 005, 006, 007, + 492 more), 7 independent');
  });
});
