import { describe, expect, it } from 'vitest';
import { runTyped } from '../../src/dispatch/runner.js';
import { KnowledgeStore } from '../../src/refresh/store.js';
import { ClusterMemo, clusterFacts, sameStatement } from '../../src/refine/clusters.js';
import { amountsOf, compareNumbers, NumbersMemo } from '../../src/refine/numbers.js';
import { contentWords, similarity } from '../../src/refine/similarity.js';
import type { Fact, Quote } from '../../src/model.js';
import { quoteOf, SEEDS, seedKb } from '../helpers.js';

const kb = await seedKb();
const clusterOfQuote = (article: string, start: string) => kb.clusters.find((c) => c.id === quoteOf(kb, article, start).clusterId)!;
const ask = async (line: string) => (await runTyped(line, { kb, store: new KnowledgeStore(kb, SEEDS) }, { userId: '1', isModerator: false }))!;

describe('grouping the same statement across articles', () => {
  it('puts "open and useful" (002) beside the reworded "constructive and helpful" (003) as a variant', () => {
    const c = clusterOfQuote('002', 'open and useful');
    expect(c.memberIds).toEqual([quoteOf(kb, '002', 'open and useful').id, quoteOf(kb, '003', 'constructive and helpful').id]);
    expect(c.variants).toEqual([{ id: quoteOf(kb, '003', 'constructive and helpful').id, text: 'constructive and helpful', similarity: 0.5 }]);
    expect(c.independent).toBe(2);
  });

  it('reads the reworded "important second" (003) back as "critical moment" (001)', () => {
    const c = clusterOfQuote('003', 'important second');
    expect(c.articleIds).toEqual(['001_06a713c4930c40d3', '003_bdd1c7a57e959ebd']);
  });

  it('counts one page once: the BBC report and the opinion post quoting "this is a critical moment" are one article', () => {
    const c = clusterOfQuote('001', 'This is a critical moment');
    expect(c.memberIds.filter((id) => id.startsWith('001'))).toHaveLength(2);
    expect(c.independent).toBe(2); // 001 and 003, not three
  });

  it('never merges distinct statements, nor a one-word fragment into a longer quote', () => {
    expect(quoteOf(kb, '000', 'concerns').clusterId).toBeNull();
    expect(quoteOf(kb, '004', 'Our concerns and views').clusterId).toBeNull();
    expect(clusterOfQuote('002', 'open and useful').memberIds).toHaveLength(2);
    const q = (text: string, speakerId: string, articleId: string) => ({ text, speakerId, articleId }) as Quote;
    const cases: [Quote, Quote][] = [
      [q('next week', 'a', '1'), q('Our concerns and views will be shared in writing next week', 'b', '2')],
      [q('hysteria', 'a', '1'), q('concerns', 'a', '2')],
      [q('open and useful', 'a', '1'), q('constructive and helpful', 'b', '2')],
      [q('We will answer in writing next week', 'a', '1'), q('We have no plans to attack our neighbours at all', 'a', '2')],
    ];
    for (const [a, b] of cases) expect(sameStatement(a, b, contentWords(a.text), contentWords(b.text))).toBe(0);
  });

  it('groups the 100,000-troops facts of four articles, and events of the same day told alike', () => {
    const troops = kb.clusters.find((c) => c.kind === 'fact' && c.memberIds.some((id) => kb.facts.find((f) => f.id === id)!.text.includes('1,00,000')))!;
    expect(troops.articleIds.map((a) => a.slice(0, 3)).sort()).toEqual(['000', '001', '002', '003']);
    const written = kb.clusters.find((c) => c.kind === 'event' && c.memberIds.some((id) => kb.events.find((e) => e.id === id)!.text.startsWith('The West will provide')))!;
    expect(written.articleIds.map((a) => a.slice(0, 3))).toEqual(['001', '002']);
  });
});

describe('conflicts', () => {
  it('flags "frank and substantive" from Blinken (002) against "frank and substantial" from Putin (004), with both sources', () => {
    const c = clusterOfQuote('002', 'frank and substantive');
    expect(c.conflict).toEqual({
      kind: 'speaker',
      speakers: ['antony-blinken', 'vladimir-putin'],
      sources: [
        { articleId: '002_009f55bc5ade4031', quoteId: quoteOf(kb, '002', 'frank and substantive').id, speakerId: 'antony-blinken' },
        { articleId: '004_651449546ff66d6f', quoteId: quoteOf(kb, '004', 'frank and substantial').id, speakerId: 'vladimir-putin' },
      ],
    });
    expect(quoteOf(kb, '004', 'frank and substantial').flags).toEqual(['conflicting-speaker']);
  });

  it('flags "President Putin is always ready …" credited to the Russian president as third-person, with 002\'s sentence', () => {
    const q = quoteOf(kb, '004', 'Let’s not get ahead');
    expect(q.flags).toEqual(['third-person']);
    const c = kb.clusters.find((x) => x.id === q.clusterId)!;
    expect(c.conflict!.kind).toBe('third-person');
    expect(c.conflict!.sources[1]).toMatchObject({ articleId: '002_009f55bc5ade4031', text: 'President Vladimir Putin is always ready to get in touch with US President Joe Biden.' });
  });

  it('does not flag a person quoting someone else by name', () => {
    expect(quoteOf(kb, '001', 'We expect both Lavrov and Blinken').flags).toEqual([]);
  });

  it('shows the warning and the other attribution in /quote and /who', async () => {
    const putin = (await ask('/quote putin')).pages[0]!.embeds![0]!.description!;
    expect(putin).toContain('⚠ 002 credits these words to Antony Blinken.');
    expect(putin).toContain('⚠ These words speak of Vladimir Putin in the third person');
    const blinken = (await ask('/quote blinken source:002')).pages.map((p) => p.embeds![0]!.description).join('\n');
    expect(blinken).toContain('⚠ 004 credits these words to Vladimir Putin.');
    const who = (await ask('/who putin')).pages[0]!.embeds![0]!.fields!.find((f) => f.name === '⚠ Disputed attributions')!;
    expect(who.value).toContain('“frank and substantial” (004): 002 credits these words to Antony Blinken.');
  });

  it('shows, under a quote from a reworded copy, the wording another article has', async () => {
    const text = (await ask('/quote blinken source:003')).pages.map((p) => p.embeds![0]!.description).join('\n');
    expect(text).toContain('This copy is machine-reworded; 001 has it as “This is a critical moment”.');
  });
});

describe('numbers across articles', () => {
  it('agrees on 100,000 troops in four articles, the Indian-grouped "1,00,000" included', () => {
    const troops = kb.numbers.find((n) => n.unit === 'troops')!;
    expect(troops.agree).toBe(true);
    expect(troops.values[0]).toMatchObject({ value: 100000, texts: ['100,000', '1,00,000'] });
    expect(troops.values[0]!.articleIds.map((a) => a.slice(0, 3))).toEqual(['000', '001', '002', '003']);
  });

  it('keeps the meeting\'s 90 minutes ("about 90 minutes", "an hour and a half") apart from the scheduled two hours', () => {
    const reported = kb.numbers.find((n) => n.unit === 'minutes' && n.qualifier === 'reported')!;
    const scheduled = kb.numbers.find((n) => n.unit === 'minutes' && n.qualifier === 'scheduled')!;
    expect(reported.values).toHaveLength(1);
    expect(reported.values[0]).toMatchObject({ value: 90, texts: ['an hour and a half', '90'] });
    expect(scheduled.values[0]!.value).toBe(120);
  });

  it('reports disagreement when articles give different amounts', () => {
    const fact = (id: string, articleId: string, text: string, value: number) =>
      ({ id, articleId, text, start: 0, end: text.length, clusterId: null, numbers: [{ text: String(value), value, approximate: false, unit: 'warships', start: 0, end: 3 }] }) as Fact;
    const [c] = compareNumbers([fact('a', '1', '140 warships', 140), fact('b', '2', '120 warships', 120)]);
    expect(c!.agree).toBe(false);
  });

  it('keeps the last comparison while the amounts are the same, and compares again when one changes', () => {
    const fact = (id: string, articleId: string, text: string, value: number, unit = 'warships') =>
      ({ id, articleId, text, start: 0, end: text.length, clusterId: null, numbers: [{ text: String(value), value, approximate: false, unit, start: 0, end: 3 }] }) as Fact;
    const plain = { id: 'p', articleId: '3', text: 'No amount here.', start: 0, end: 15, clusterId: null, numbers: [] } as Fact;
    const memo = new NumbersMemo();
    const facts = [fact('a', '1', '140 warships', 140), fact('b', '2', '120 warships', 120)];
    const first = memo.compare(facts, (i) => amountsOf(facts[i]!));
    expect(first).toEqual(compareNumbers(facts));
    // New fact objects with the same amounts, and a fact with none added: the same comparison, the same objects.
    const again = [fact('a', '1', '140 warships', 140), plain, fact('b', '2', '120 warships', 120)];
    expect(memo.compare(again, (i) => amountsOf(again[i]!))).toBe(first);
    // One amount changes: compared again, with the new value.
    const changed = [fact('a', '1', '140 warships', 140), fact('b', '2', '140 warships', 140)];
    const third = memo.compare(changed, (i) => amountsOf(changed[i]!));
    expect(third).not.toBe(first);
    expect(third).toEqual(compareNumbers(changed));
    expect(third[0]!.agree).toBe(true);
  });

  it('shows agreement in /fact', async () => {
    const d = (await ask('/fact troops')).pages[0]!.embeds![0]!.description!;
    expect(d).toContain('✓ 100,000 troops: 4 articles agree (000, 001, 002, 003)');
    const m = (await ask('/fact "hour and a half"')).pages[0]!.embeds![0]!.description!;
    expect(m).toContain('✓ 90 minutes: 2 articles agree (002, 003)');
    expect(m).toContain('120 minutes (scheduled): only (002)');
  });
});

describe('independent articles in a kept cluster', () => {
  it('are counted again whenever the article families change, and only then', () => {
    const text = 'Russia has massed 100,000 troops near the border with Ukraine.';
    const fact = (id: string, articleId: string) => ({ id, articleId, text, start: 0, end: text.length, clusterId: null, numbers: [] }) as Fact;
    const facts = [fact('a:1', 'a'), fact('b:1', 'b'), fact('c:1', 'c')];
    const memo = new ClusterMemo();
    const independentWith = (family: Record<string, string>) => {
      const families = new Map(Object.entries(family));
      const [c] = clusterFacts(facts, { familyOf: (id) => families.get(id)!, families: memo.families(families), outletOf: (id) => id, memo }).clusters;
      return c!.independent;
    };
    const apart = { a: 'a', b: 'b', c: 'c' };
    const ab = { a: 'a', b: 'a', c: 'c' };
    expect(independentWith(apart)).toBe(3);
    // The same members (the cluster is kept), b now a copy of a.
    expect(independentWith(ab)).toBe(2);
    expect(independentWith({ ...ab })).toBe(2);
    expect(independentWith(apart)).toBe(3);
  });
});

describe('labels', () => {
  const labels = (n: string) => kb.articles.find((a) => a.id.startsWith(n))!;

  it('labels each article from the vocabulary, with evidence', () => {
    expect(labels('000').labels).toEqual(['report', 'reader-comments', 'link-roundup']);
    expect(labels('001').labels).toEqual(['report', 'opinion']);
    expect(labels('002').labels).toEqual(['report', 'translated']);
    expect(labels('002').labelEvidence.find((l) => l.label === 'translated')!.evidence).toContain('the page says "Now you can see non-English news"');
    expect(labels('003').labels).toEqual(['report', 'machine-reworded']);
    expect(labels('003').labelEvidence.find((l) => l.label === 'machine-reworded')!.evidence).toEqual(
      expect.arrayContaining(['"Overseas Minister"', '"Jap Europe"', 'ad markers "[ad_1]"']),
    );
    expect(labels('004').labels).toEqual(['report', 'misattribution-risk']);
  });

  it('shows labels in /sources', async () => {
    const text = (await ask('/sources')).pages.map((p) => p.embeds![0]!.description).join('\n');
    expect(text).toContain('kind: rewrite · report, machine-reworded');
  });
});

describe('similarity', () => {
  it('allows small spelling edits in long words and reads rewordings back', () => {
    expect(similarity(contentWords('frank and substantive'), contentWords('frank and substantial'))).toBe(1);
    expect(similarity(contentWords('a critical moment'), contentWords('a important second'))).toBe(1);
    expect(similarity(contentWords('troops'), contentWords('tanks'))).toBe(0);
  });
});
