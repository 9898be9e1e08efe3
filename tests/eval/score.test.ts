import { describe, expect, it } from 'vitest';
import type { ArticleLabels } from '../../src/eval/labels.js';
import { score } from '../../src/eval/score.js';
import type { Article, Person, Quote } from '../../src/model.js';

/** One article, one person and one quote credited to that person, as a knowledge base lists them. */
function kb(person: Person) {
  const article = { id: 'a1', file: '/x/family.txt', published: null } as unknown as Article;
  const quote = { id: 'a1:q1', articleId: 'a1', text: 'Nobody wrote back', speakerId: person.id } as unknown as Quote;
  return { articles: [article], people: [person], quotes: [quote], events: [] };
}
const labels = (speaker: string): Map<string, ArticleLabels> =>
  new Map([['family', { date: null, people: [], quotes: [{ quote: 'Nobody wrote back', speaker, type: 'explicit' }], events: [] }]]);

describe('score: who counts as the labelled speaker', () => {
  it('takes the name, the id, or an alias that is the same person written another way', () => {
    const lavrov: Person = { id: 'sergei-lavrov', name: 'Sergei Lavrov', type: 'person', aliases: ['Sergey Lavrov', 'Lavrov'], roles: [], articleIds: ['a1'] };
    expect(score(kb(lavrov), labels('Sergey Lavrov')).quotes.right).toBe(1);
    expect(score(kb(lavrov), labels('sergei-lavrov')).quotes.right).toBe(1);
  });

  it('counts a full name with another given name as wrong, even where it was merged into the person credited', () => {
    const merged: Person = { id: 'claire-dunmore', name: 'Claire Dunmore', type: 'person', aliases: ['Paul Dunmore'], roles: [], articleIds: ['a1'] };
    const s = score(kb(merged), labels('Paul Dunmore'));
    expect([s.quotes.right, s.quotes.wrong]).toEqual([0, 1]);
  });
});
