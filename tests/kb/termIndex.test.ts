import MiniSearch from 'minisearch';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDEX_OPTIONS, serialiseIndexes, loadIndexes, buildIndexes } from '../../src/kb/indexes.js';
import { TermIndex, type Hit } from '../../src/kb/termIndex.js';
import { terms } from '../../src/kb/tokenizer.js';
import { seedKb } from '../helpers.js';

// Queries of every shape a user types: one word, several, a typo (fuzzy), a word cut short (prefix), numbers as
// written and as digits, a name, punctuation, capitals, a repeated word and words that are in no article.
const QUERIES = [
  'troops', 'Troops', 'talks', 'russian troops border', '100000 troops', '100,000', 'lavrov', 'blinkin', 'sanctio',
  'ukraine nato', 'geneva, talks!', 'talks talks', 'constructive and useful', 'minutes', 'zzzz', 'the', 'Kremlin Peskov',
  'written response', 'negotiatons', 'wee',
];

/** MiniSearch's answer for the same query, as positions and scores. */
function reference<T extends { id: string }>(docs: readonly T[], options: object, query: string, search: object = {}): Hit[] {
  const ms = new MiniSearch<T>(options as ConstructorParameters<typeof MiniSearch<T>>[0]);
  ms.addAll(docs);
  const at = new Map(docs.map((d, i) => [d.id, i]));
  return ms.search(query, search).map((r) => ({ doc: at.get(r.id as string)!, score: r.score }));
}

/** Same documents with the same scores; the order is by score, ties by document order. */
function expectSame(actual: Hit[], expected: Hit[]): void {
  expect(actual.map((h) => h.doc).sort((a, b) => a - b)).toEqual(expected.map((h) => h.doc).sort((a, b) => a - b));
  const score = new Map(expected.map((h) => [h.doc, h.score]));
  for (const h of actual) expect(h.score).toBeCloseTo(score.get(h.doc)!, 9);
  for (let i = 1; i < actual.length; i++) expect(actual[i - 1]!.score).toBeGreaterThanOrEqual(actual[i]!.score);
}

describe('TermIndex scores as MiniSearch does', async () => {
  const kb = await seedKb();
  const kinds = [
    ['facts', kb.facts, INDEX_OPTIONS.facts],
    ['quotes', kb.quotes, INDEX_OPTIONS.quotes],
    ['events', kb.events, INDEX_OPTIONS.events],
  ] as const;

  for (const [name, list, options] of kinds) {
    const docs = list as readonly { id: string }[];
    it(`${name}: the same hits and scores for ${QUERIES.length} queries, OR and AND`, () => {
      const index = TermIndex.build(docs, options as never);
      let matched = 0;
      for (const q of QUERIES) {
        const expected = reference(docs, options, q);
        matched += expected.length;
        expectSame(index.search(q), expected);
        expectSame(index.search(q, { combineWith: 'AND' }), reference(docs, options, q, { combineWith: 'AND' }));
      }
      // The queries find something: the comparison is not between two empty lists.
      expect(matched).toBeGreaterThan(docs.length);
    });
  }

  it('limit gives the best hits of the full list, in order', () => {
    const index = kb.index.facts;
    for (const q of ['talks', 'russia ukraine', 'the', 'troops border']) {
      const all = index.search(q);
      expect(all.length).toBeGreaterThan(12);
      expect(index.search(q, { limit: 3 })).toEqual(all.slice(0, 3));
      expect(index.search(q, { limit: 10 })).toEqual(all.slice(0, 10));
    }
  });

  it('filter keeps only the allowed documents and leaves the scores alone', () => {
    const all = kb.index.quotes.search('talks');
    const even = kb.index.quotes.search('talks', { filter: (d) => d % 2 === 0 });
    expect(even.length).toBeGreaterThan(0);
    expect(even).toEqual(all.filter((h) => h.doc % 2 === 0));
  });

  it('a query of punctuation or an empty index finds nothing', () => {
    expect(kb.index.facts.search(' ,.; ')).toEqual([]);
    expect(TermIndex.build([], INDEX_OPTIONS.facts).search('troops')).toEqual([]);
  });

  it("loads without holding the thread, finding terms in the held index's tree, and answers as a fresh index", async () => {
    const { message } = serialiseIndexes(buildIndexes(kb));
    const held = TermIndex.load(message.facts, INDEX_OPTIONS.facts as never);
    const queries = ['troops', 'troopps', 'troo', 'lavr', 'talks in geneva', 'negotiatons'];
    const answers = (index: TermIndex) => queries.map((q) => index.search(q, { fuzzy: 0.2, prefix: true }));
    const heldAnswers = answers(held);
    // The same terms (a refresh that brought no new word): the held index's numbers and tree, the same answers.
    const same = await TermIndex.loadSlowly(structuredClone(message.facts), INDEX_OPTIONS.facts as never, held);
    expect(same.sharesTermsWith(held)).toBe(true);
    expect(answers(same)).toEqual(heldAnswers);
    // Other terms: numbered a few at a time with turns of the event loop between, found through the held tree with
    // the new terms added. Both answer as fresh indexes do: the held one does not see the other's terms.
    const other = TermIndex.build([...kb.facts.slice(0, 40), { ...kb.facts[0]!, text: 'Troopships and zygomorphic talks.' }], INDEX_OPTIONS.facts);
    // Turns of the event loop are counted by a chain of setImmediate callbacks, which run at every turn (a 1 ms
    // interval timer need not fire at all when the load takes under a millisecond a step, and made this test flaky).
    let turns = 0;
    let counting = true;
    const count = () => {
      if (!counting) return;
      turns++;
      setImmediate(count);
    };
    setImmediate(count);
    const loaded = await TermIndex.loadSlowly(structuredClone(other.data), INDEX_OPTIONS.facts as never, held, 50).finally(() => (counting = false));
    expect(other.data.terms.length).toBeGreaterThan(200);
    expect(turns).toBeGreaterThan(0);
    expect(loaded.sharesTermsWith(held)).toBe(true);
    expect(answers(loaded)).toEqual(answers(other));
    expect(loaded.search('zygomorphc', { fuzzy: 0.2 })).toHaveLength(1);
    expect(answers(held)).toEqual(heldAnswers);
    expect(held.search('zygomorphc', { fuzzy: 0.2 })).toEqual([]);
    // No held index: a tree of its own.
    expect((await TermIndex.loadSlowly(structuredClone(other.data), INDEX_OPTIONS.facts as never)).sharesTermsWith(held)).toBe(false);
  });

  it('makes the tree afresh when it has grown to over twice the terms (plus 10,000)', async () => {
    // 12,000 distinct words, then an index of a few: the held tree is too big to keep.
    const words = Array.from({ length: 12_000 }, (_, i) => `w${i.toString(36)}x`);
    const big = TermIndex.build(Array.from({ length: 1_200 }, (_, d) => ({ text: words.slice(d * 10, d * 10 + 10).join(' ') })), { fields: ['text'] });
    const bigLoaded = await TermIndex.loadSlowly(structuredClone(big.data), { fields: ['text'] });
    const small = TermIndex.build([{ text: 'troops talks' }], { fields: ['text'] });
    const loaded = await TermIndex.loadSlowly(structuredClone(small.data), { fields: ['text'] }, bigLoaded);
    expect(loaded.sharesTermsWith(bigLoaded)).toBe(false);
    expect(loaded.search('troop', { prefix: true })).toEqual(small.search('troop', { prefix: true }));
    const next = await TermIndex.loadSlowly(structuredClone(TermIndex.build([{ text: 'troops and talks' }], { fields: ['text'] }).data), { fields: ['text'] }, loaded);
    expect(next.sharesTermsWith(loaded)).toBe(true);
  });

  it('crosses to another thread by transfer and answers the same there', async () => {
    const { message, transfer } = serialiseIndexes(buildIndexes(kb));
    const before = TermIndex.load(message.facts, INDEX_OPTIONS.facts as never).search('100000 troops');
    const moved = structuredClone(message, { transfer });
    // The buffers moved: the sender's views are empty now, the receiver's are whole.
    expect(message.facts.postings[0]!.docs.length).toBe(0);
    const loaded = await loadIndexes(moved);
    expect(loaded.facts.search('100000 troops')).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
    expect(loaded.people.search('lavrov')[0]!.id).toBe(kb.index.people.search('lavrov')[0]!.id);
  });
});

describe('the tokenizer', () => {
  it('splits ASCII text exactly as the Unicode pattern of MiniSearch does (fast-check)', () => {
    const unicode = /[\n\r\p{Z}\p{P}]+/u;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'ab1 Z\n\r\t!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'.split('')), maxLength: 60 }), (s) => {
        expect(terms(s)).toEqual(s.split(unicode));
      }),
      { numRuns: 500 },
    );
    expect(terms('Die Söhne, schön!')).toEqual(['Die', 'Söhne', 'schön', '']);
  });
});
