import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../src/bench/corpus.js';
import { buildKnowledgeBase, type Indexes, type KnowledgeBase, type KnowledgeData } from '../../src/kb/build.js';
import { exportKnowledgeBase } from '../../src/kb/export.js';
import { loadSeeds } from '../../src/ingest/load.js';
import { KnowledgeStore } from '../../src/refresh/store.js';
import { seedsCopy } from '../helpers.js';
import { factSuggestions, findTimeline, warmUp } from '../../src/query/answers.js';
import { names } from '../../src/query/people.js';
import { fresh, Refresher } from './builds.js';

/**
 * A refresh keeps work from the last build (extractions, content words, index tokens, ...). Whatever it keeps, the
 * knowledge base it makes must be the one a fresh build of the same folder makes: these tests edit a folder of real
 * and synthetic articles step by step and compare the two after every step, data and search indexes alike.
 */

/** The two builds as comparable values: the data (but when it was built) and each index's terms and postings. */
function comparable(b: { data: KnowledgeData; index: Indexes }) {
  const { builtAt: _, ...data } = b.data;
  return {
    data: JSON.parse(JSON.stringify(data)) as unknown,
    quotes: b.index.quotes.data,
    facts: b.index.facts.data,
    events: b.index.events.data,
    people: JSON.stringify(b.index.people),
  };
}

/** A folder of the real seeds and `n` synthetic articles, and the synthetic articles' file names. */
async function mixedCorpus(n: number, seed: number): Promise<{ dir: string; files: string[] }> {
  const dir = await seedsCopy();
  await writeCorpus(dir, n, seed);
  return { dir, files: (await readdir(dir)).filter((f) => f.endsWith('_synthetic.txt')).sort() };
}

describe('a refresh builds what a fresh build builds', () => {
  let dir: string;
  let refresher: Refresher;
  let files: string[];

  beforeAll(async () => {
    ({ dir, files } = await mixedCorpus(80, 7));
    refresher = new Refresher(dir);
    await refresher.build();
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const same = async () => {
    const [a, b] = [await refresher.build(), await fresh(dir)];
    expect(comparable(a)).toEqual(comparable(b));
    return a.data;
  };

  it('after one article changes a quote', async () => {
    const file = path.join(dir, files[3]!);
    const text = await readFile(file, 'utf8');
    const quote = /"([^"]{20,}),"/.exec(text)!;
    await writeFile(file, text.replace(quote[1]!, `${quote[1]} And we said the talks in Geneva were frank`));
    const data = await same();
    expect(data.quotes.some((q) => q.text.includes('talks in Geneva were frank'))).toBe(true);
  }, 60_000);

  it('after sentences with and without amounts are added (the comparison of amounts kept, then made again)', async () => {
    // (After the dateline: the end of an article is page furniture.)
    const file = path.join(dir, files[6]!);
    const [first, ...rest] = (await readFile(file, 'utf8')).split('\n\n');
    await writeFile(file, [first, 'The talks went on into the evening.', ...rest].join('\n\n'));
    const kept = await same();
    await writeFile(file, [first, 'The ministry said 140,000 troops were massed near the border.', ...rest].join('\n\n'));
    const data = await same();
    const troops = data.numbers.find((n) => n.unit === 'troops' && n.qualifier === 'reported')!;
    expect(troops.values.find((v) => v.value === 140_000)?.articleIds).toEqual([files[6]!.replace(/\.txt$/, '')]);
    expect(kept.numbers.find((n) => n.unit === 'troops' && n.qualifier === 'reported')!.values.some((v) => v.value === 140_000)).toBe(false);
  }, 60_000);

  it('after an article is added that copies statements of others (new clusters)', async () => {
    const copied = (await Promise.all([files[10]!, files[11]!].map((f) => readFile(path.join(dir, f), 'utf8')))).join('\n\n');
    await writeFile(path.join(dir, '000900_copy.txt'), copied);
    const data = await same();
    expect(data.clusters.some((c) => c.articleIds.includes('000900_copy'))).toBe(true);
  }, 60_000);

  it('after a rewrite of two articles comes and goes (article families join, then part)', async () => {
    const copied = (await Promise.all([files[12]!, files[13]!].map((f) => readFile(path.join(dir, f), 'utf8')))).join('\n\n');
    await writeFile(path.join(dir, '000901_rewrite.txt'), copied);
    await writeFile(path.join(dir, '000901_rewrite.meta.json'), JSON.stringify({ kind: 'rewrite' }));
    const joined = await same();
    expect(joined.articles.find((a) => a.id === '000901_rewrite')!.kind).toBe('rewrite');
    await rm(path.join(dir, '000901_rewrite.txt'));
    await rm(path.join(dir, '000901_rewrite.meta.json'));
    await same();
  }, 60_000);

  it('after articles are removed (clusters split or go)', async () => {
    await rm(path.join(dir, files[10]!));
    await rm(path.join(dir, '000900_copy.txt'));
    await same();
  }, 60_000);

  it('after a dated seed changes its date (relative dates of others read again)', async () => {
    const meta = path.join(dir, (await readdir(dir)).find((f) => f.startsWith('000_') && f.endsWith('.meta.json'))!);
    const json = JSON.parse(await readFile(meta, 'utf8')) as { published: string | null };
    json.published = '2022-01-24';
    await writeFile(meta, `${JSON.stringify(json, null, 2)}\n`);
    await same();
  }, 60_000);

  it('after a line names a speaker in full where others gave a surname (people merge differently)', async () => {
    const file = path.join(dir, files[20]!);
    const [first, ...rest] = (await readFile(file, 'utf8')).split('\n\n');
    const line = 'Italian Foreign Minister Paolo Romano met reporters on Friday. "We will not accept this," Romano said.';
    await writeFile(file, [first, line, ...rest].join('\n\n'));
    const data = await same();
    expect(data.people.some((p) => p.name === 'Paolo Romano')).toBe(true);
  }, 60_000);
});

describe('a refresh through the worker sends only what changed', () => {
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    ({ dir, files } = await mixedCorpus(30, 11));
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  const exported = (kb: KnowledgeBase) => ({ ...exportKnowledgeBase(kb), builtAt: null });
  const freshKb = async () => {
    const { articles, warnings } = await loadSeeds(dir);
    return buildKnowledgeBase(articles, { warnings });
  };
  const addQuote = async (file: string, words: string) => {
    const text = await readFile(path.join(dir, file), 'utf8');
    await writeFile(path.join(dir, file), `${text}\n"${words}," Romano said.\n`);
  };

  it('keeps every unchanged item as the same object, and builds what a fresh build builds', async () => {
    const store = await KnowledgeStore.open(dir, { worker: true });
    try {
      const before = store.kb;
      const changed = files[2]!.replace(/\.txt$/, '');
      await addQuote(files[2]!, 'We will never accept these terms in Geneva');
      const r = await store.refresh();
      expect(r).toMatchObject({ ok: true, added: { quotes: 1 }, removed: { quotes: 0 } });
      const after = store.kb;
      const old = new Set<object>(before.quotes);
      const unchanged = after.quotes.filter((q) => q.articleId !== changed);
      expect(unchanged.length).toBeGreaterThan(100);
      // The main thread already held these: the worker sent only their place in the list.
      expect(unchanged.every((q) => old.has(q))).toBe(true);
      expect(after.quotes.filter((q) => !old.has(q)).map((q) => q.text)).toContain('We will never accept these terms in Geneva,');
      expect(exported(after)).toEqual(exported(await freshKb()));
      expect(Object.isFrozen(after.quotes.find((q) => !old.has(q)))).toBe(true);
      // The look-ups by id were patched from the old ones: exactly this knowledge base's items, each under its id.
      const lookups = (kb: KnowledgeBase) => {
        const { article, person, quote, fact, cluster } = kb.lookup;
        for (const [map, list] of [[article, kb.articles], [person, kb.people], [quote, kb.quotes], [fact, kb.facts], [cluster, kb.clusters]] as const) {
          expect(map.size).toBe(list.length);
          for (const x of list as readonly { id: string }[]) expect((map as ReadonlyMap<string, unknown>).get(x.id)).toBe(x);
        }
        expect(Array.from(kb.index.quoteSpeakers)).toEqual(kb.quotes.map((q) => kb.people.findIndex((p) => p.id === q.speakerId)));
        for (const [speaker, quotes] of kb.lookup.quotesBySpeaker) expect(quotes).toEqual(kb.quotes.filter((q) => q.speakerId === speaker));
        for (const [article, links] of kb.lookup.linksByArticle) expect(links).toEqual(kb.links.filter((l) => l.articleId === article));
        expect(kb.lookup.quotesBySpeaker.size).toBe(new Set(kb.quotes.map((q) => q.speakerId).filter(Boolean)).size);
      };
      lookups(after);
      // An article taken away: its items leave the look-ups too.
      const gone = files[4]!.replace(/\.txt$/, '');
      await rm(path.join(dir, files[4]!));
      expect(await store.refresh()).toMatchObject({ ok: true, removed: { articles: [gone] } });
      lookups(store.kb);
      expect([...store.kb.lookup.quote.values()].some((q) => q.articleId === gone)).toBe(false);
      expect(exported(store.kb)).toEqual(exported(await freshKb()));
      // A change that leaves the people as they were: the people index is not sent again, the old one answers.
      const held = store.kb;
      // (After the first paragraph, in the report: the end of a synthetic article is its readers' comments.)
      const [head, ...body] = (await readFile(path.join(dir, files[3]!), 'utf8')).split('\n\n');
      await writeFile(path.join(dir, files[3]!), [head, 'One more sentence, of no one, from Ouagadougou.', ...body].join('\n\n'));
      expect(await store.refresh()).toMatchObject({ ok: true });
      expect(store.kb.people).toEqual(held.people);
      expect(store.kb.index.people).toBe(held.index.people);
      const fresh = await freshKb();
      expect(exported(store.kb)).toEqual(exported(fresh));
      const name = fresh.people.find((p) => p.type === 'person')!.name;
      expect(store.kb.index.people.search(name).map((h) => h.id)).toEqual(fresh.index.people.search(name).map((h) => h.id));
      // Each index finds its terms in the held one's radix tree (the facts index's new word added to it), and answers
      // as a fresh one.
      expect(store.kb.index.quotes.sharesTermsWith(held.index.quotes)).toBe(true);
      expect(store.kb.index.facts.sharesTermsWith(held.index.facts)).toBe(true);
      for (const [kind, q] of [['quotes', 'acept terms'], ['facts', 'ouagadugou'], ['facts', 'troops'], ['quotes', 'geneva']] as const) {
        expect(store.kb.index[kind].search(q)).toEqual(fresh.index[kind].search(q));
      }
      expect(store.kb.facts[store.kb.index.facts.search('ouagadugou')[0]!.doc]!.text).toBe('One more sentence, of no one, from Ouagadougou.');
    } finally {
      await store.close();
    }
  }, 60_000);

  it('sends everything when the main thread did not take the last build in', async () => {
    let prepared = 0;
    const store = await KnowledgeStore.open(dir, {
      worker: true,
      prepare: () => {
        // The first refresh fails here, after the worker has sent its build: the store keeps the old one.
        if (++prepared === 2) throw new Error('prepare failed');
      },
    });
    try {
      const first = store.kb;
      await addQuote(files[5]!, 'The first change is never taken in');
      expect(await store.refresh()).toMatchObject({ ok: false });
      expect(store.kb).toBe(first);
      await addQuote(files[6]!, 'The second change is built against the right lists');
      expect(await store.refresh()).toMatchObject({ ok: true, added: { quotes: 2 } });
      expect(exported(store.kb)).toEqual(exported(await freshKb()));
    } finally {
      await store.close();
    }
  }, 60_000);
});

describe('the warm-up of a refreshed knowledge base, made from the last one', () => {
  let dir: string;
  let files: string[];
  beforeAll(async () => {
    ({ dir, files } = await mixedCorpus(40, 5));
  }, 60_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** The same knowledge base under another object: its caches are built afresh. */
  const afresh = (kb: KnowledgeBase) => ({ ...kb });
  const shown = (entries: ReturnType<typeof findTimeline>) => entries.map((e) => ({ date: e.date, events: e.events.map((x) => x.id), articleIds: e.articleIds, outlets: e.outlets, start: e.start, end: e.end }));
  const same = (kb: KnowledgeBase) => {
    const other = afresh(kb);
    expect(shown(findTimeline(kb, {}))).toEqual(shown(findTimeline(other, {})));
    for (const about of ['talks', 'troops', 'Geneva']) expect(shown(findTimeline(kb, { about }))).toEqual(shown(findTimeline(other, { about })));
    expect(factSuggestions(kb)).toEqual(factSuggestions(other));
    const [a, b] = [names(kb), names(other)];
    expect(a.ranked).toEqual(b.ranked);
    expect(a.joined).toEqual(b.joined);
    expect([...a.exact]).toEqual([...b.exact]);
    expect([...a.tokens]).toEqual([...b.tokens]);
  };

  it('answers as one built afresh, and keeps the dates no event of which changed', async () => {
    const store = await KnowledgeStore.open(dir, { worker: true, prepare: warmUp });
    try {
      const before = store.kb;
      const file = path.join(dir, files[3]!);
      const [first, ...rest] = (await readFile(file, 'utf8')).split('\n\n');
      await writeFile(file, [first, 'On 3 March 2022, 40 diplomats met again in Vienna for talks. "We will not accept this," Romano said.', ...rest].join('\n\n'));
      expect(await store.refresh()).toMatchObject({ ok: true });
      same(store.kb);
      const kept = findTimeline(before, {});
      const now = findTimeline(store.kb, {});
      // Most dates are the last knowledge base's entries themselves; the new date is new.
      expect(now.filter((e) => kept.includes(e)).length).toBeGreaterThan(kept.length / 2);
      expect(now.find((e) => e.date === '2022-03-03')?.events.map((e) => e.text)).toEqual(['On 3 March 2022, 40 diplomats met again in Vienna for talks.']);
      await rm(path.join(dir, files[6]!));
      expect(await store.refresh()).toMatchObject({ ok: true });
      same(store.kb);
      expect(findTimeline(store.kb, {}).some((e) => e.articleIds.includes(files[6]!.replace(/\.txt$/, '')))).toBe(false);
    } finally {
      await store.close();
    }
  }, 60_000);
});
