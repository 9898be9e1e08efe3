import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seedKb } from './helpers.js';

/** Hand-labelled answers for every quote and every dated statement in the seeds (tests/gold/). */
const gold = (name: string) => JSON.parse(readFileSync(path.join(import.meta.dirname, 'gold', name), 'utf8'));
const kb = await seedKb();

describe('measured accuracy against the labelled set', () => {
  it('gives at least 95% of quotes the right speaker, and finds every labelled quote', () => {
    const labels: { article: string; quote: string; speaker: string | null }[] = gold('quotes.json');
    let right = 0;
    const wrong: string[] = [];
    const used = new Set<string>();
    for (const l of labels) {
      // Labels are in text order, so a repeated quote ('hysteria' twice in 000) pairs with its own occurrence.
      const q = kb.quotes.find((x) => !used.has(x.id) && x.articleId.startsWith(l.article) && x.text.startsWith(l.quote));
      if (q) used.add(q.id);
      if (q && q.speakerId === l.speaker) right++;
      else wrong.push(`${l.article} "${l.quote}": want ${l.speaker}, got ${q ? q.speakerId : 'no quote'}`);
    }
    const found = labels.filter((l) => kb.quotes.some((x) => x.articleId.startsWith(l.article) && x.text.startsWith(l.quote))).length;
    console.log(`attribution: ${right}/${labels.length} = ${((100 * right) / labels.length).toFixed(1)}%; quotes found ${found}/${labels.length}; extracted ${kb.quotes.length}`);
    expect(wrong).toEqual([]);
    expect(right / labels.length).toBeGreaterThanOrEqual(0.95);
    expect(kb.quotes.length).toBe(labels.length);
  });

  it('gives at least 90% of labelled events the right date', () => {
    const labels: { article: string; phrase: string; sentence: string; date: string }[] = gold('events.json');
    let right = 0;
    const wrong: string[] = [];
    for (const l of labels) {
      const e = kb.events.find((x) => x.articleId.startsWith(l.article) && x.phrase === l.phrase && x.text.startsWith(l.sentence));
      if (e?.date === l.date) right++;
      else wrong.push(`${l.article} "${l.phrase}": want ${l.date}, got ${e?.date ?? 'nothing'}`);
    }
    console.log(`dates: ${right}/${labels.length} = ${((100 * right) / labels.length).toFixed(1)}%; extracted ${kb.events.length}`);
    expect(wrong).toEqual([]);
    expect(right / labels.length).toBeGreaterThanOrEqual(0.9);
    expect(kb.events.length).toBe(labels.length);
  });
});
